"""Which date of a report dates an event: a stated day is not widened by a later span that
covers more than the event, a night refines it, and the date of a clause founding or setting up
something belongs to that clause."""


def _dates(out, cls):
    return sorted(out.props(e).get("date") for e in out.events(cls))


def test_stated_day_is_not_widened_by_a_span_of_several_operations(run):
    out = run("On 24 October 2020, French forces conducted an operation near Gao against ISGS. Around thirty "
              "militants were killed during operations between 20 and 29 October.")
    assert _dates(out, "MilitaryOperation") == ["2020-10-24"]


def test_stated_day_is_not_widened_by_a_span_of_several_operations_fr(run):
    out = run("Le 24 octobre 2020, les forces françaises ont mené une opération près de Gao contre l'EIGS. Une "
              "trentaine de jihadistes ont été tués lors d'opérations menées entre le 20 et le 29 octobre.", lang="fr")
    assert _dates(out, "MilitaryOperation") == ["2020-10-24"]


def test_a_night_refines_the_stated_day(run):
    out = run("On 6 April 2020, gunmen attacked the army post of Gao. The attack took place in the night of 5 to 6 April.")
    assert _dates(out, "Attack") == ["2020-04-05/2020-04-06"]


def test_a_night_refines_the_stated_day_fr(run):
    out = run("Le 6 avril 2020, des hommes armés ont attaqué le poste de Gao. L'attaque a eu lieu dans la nuit du 5 au 6 avril.",
              lang="fr")
    assert _dates(out, "Attack") == ["2020-04-05/2020-04-06"]


def test_date_of_a_founding_clause_is_not_the_attack_date(run):
    out = run("Gunmen attacked a military camp near Gao that had been built by the army in 2018.", published="2019-10-15")
    assert _dates(out, "Attack") == ["2019-10-15"]


def test_date_of_a_founding_clause_is_not_the_attack_date_fr(run):
    out = run("Des hommes armés ont attaqué un camp militaire près de Gao qui avait été installé par l'armée en 2018.",
              lang="fr", published="2019-10-15")
    assert _dates(out, "Attack") == ["2019-10-15"]


def test_date_after_the_target_of_a_later_sentence(run):
    out = run("A self-defence group was attacked in Gao by gunmen. The group targeted was founded by a former "
              "army officer earlier this year.", published="2019-10-15")
    assert _dates(out, "Attack") == ["2019-10-15"]


def test_reported_clash_keeps_the_date_of_its_report(run):
    out = run("Clashes between JNIM and a Malian army patrol were signalled this evening in Gao.", published="2019-10-15")
    assert _dates(out, "Clash") == ["2019-10-15"]


def test_days_counted_from_the_event_told(run):
    out = run("On 3 March 2020, gunmen attacked the army post of Gao. Two days later, they kidnapped a teacher in Bamba.",
              published="2020-03-10")
    assert _dates(out, "Kidnapping") == ["2020-03-05"]


def test_days_counted_from_the_event_told_fr(run):
    out = run("Le 3 mars 2020, des hommes armés ont attaqué le poste de Gao. Deux jours après l'attaque, ils ont enlevé "
              "un enseignant à Bamba.", lang="fr", published="2020-03-10")
    assert _dates(out, "Kidnapping") == ["2020-03-05"]


def test_the_previous_day_is_the_eve_of_the_event_told(run):
    out = run("On 3 March 2020, gunmen attacked the army post of Gao. The previous day, they had kidnapped a teacher in Bamba.",
              published="2020-03-10")
    assert _dates(out, "Kidnapping") == ["2020-03-02"]


def test_la_veille_is_the_eve_of_the_event_told(run):
    out = run("Le 3 mars 2020, des hommes armés ont attaqué le poste de Gao. La veille, ils avaient enlevé un enseignant à Bamba.",
              lang="fr", published="2020-03-10")
    assert _dates(out, "Kidnapping") == ["2020-03-02"]


def test_days_earlier_count_from_the_event_not_the_publication(run):
    out = run("On 3 March 2020, gunmen attacked the army post of Gao. Three days earlier, they had kidnapped a teacher in Bamba.",
              published="2020-03-10")
    assert _dates(out, "Kidnapping") == ["2020-02-29"]


def test_the_stated_day_after_a_counted_one_says_which_day(run):
    out = run("Le 3 mars 2020, des hommes armés ont attaqué le poste de Gao. Trois jours plus tard, le 7 mars, ils ont "
              "enlevé un enseignant à Bamba.", lang="fr", published="2020-03-10")
    assert _dates(out, "Kidnapping") == ["2020-03-07"]
