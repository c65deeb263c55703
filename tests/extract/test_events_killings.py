"""Killings told without an event word: by a passive ("were killed by gunmen"), by a headline
participle ("one civilian killed in X"), or before an abduction ("killed a man and abducted his
daughter": two events, the killing first). Synthetic sentences."""


def test_a_passive_killing_of_civilians_is_an_event(run):
    out = run("On 10 February 2020, two members of the Fulani community were killed by gunmen near Bourem.",
              published="2020-02-11")
    assert out.classes() == ["ViolenceAgainstCivilians"]


def test_a_headline_participle_killing_is_an_event(run):
    out = run("One civilian and a forest agent killed in Bourem", published="2020-02-11")
    assert out.classes() == ["ViolenceAgainstCivilians"]


def test_a_passive_killing_of_soldiers_is_an_attack(run):
    out = run("On 10 February 2020, a Malian soldier was killed by gunmen near Bourem.", published="2020-02-11")
    assert out.classes() == ["Attack"]


def test_a_passive_killing_after_an_event_is_its_toll(run):
    out = run("On 10 February 2020, JNIM and ISGS militants clashed near Bourem. Eight ISGS fighters were killed.",
              published="2020-02-11")
    (ev,) = out.events()
    assert out.props(ev)["fatalities_min"] == "8"


def test_a_killing_before_an_abduction_is_its_own_event_told_first(run):
    out = run("On 20 November 2020, ISGS militants killed a herder and abducted one of his daughters near Bourem.",
              published="2020-11-21")
    assert out.classes() == ["ViolenceAgainstCivilians", "Kidnapping"]


def test_french_passive_killing(run):
    out = run("Le 10 février 2020, deux bergers ont été tués par des hommes armés près de Bourem.",
              published="2020-02-11", lang="fr")
    assert out.classes() == ["ViolenceAgainstCivilians"]


# a second verb sharing the victim, a death found, a guard or a youngster as the victim

def test_a_killing_with_a_second_verb_on_the_body_is_an_event(run):
    out = run("On 4 March 2021, gunmen killed and dumped the body of a young herder near Bourem.", published="2021-03-05")
    assert out.classes() == ["ViolenceAgainstCivilians"]
    out = run("On 4 March 2021, militiamen reportedly killed and mutilated an elderly man near Bourem.", published="2021-03-05")
    assert out.classes() == ["ViolenceAgainstCivilians"]


def test_french_killing_with_a_second_verb_on_the_body(run):
    out = run("Le 4 mars 2021, des hommes armés ont tué puis brûlé le corps d'un berger près de Bourem.",
              published="2021-03-05", lang="fr")
    assert out.classes() == ["ViolenceAgainstCivilians"]


def test_a_second_verb_does_not_swallow_an_abduction(run):
    out = run("On 7 May 2021, militiamen beat two elderly men, leaving them wounded, and abducted two others near Bourem.",
              published="2021-05-08")
    assert "Attack" not in out.classes() and "ViolenceAgainstCivilians" not in out.classes()


def test_people_found_dead_is_a_killing_of_civilians(run):
    out = run("On 5 March 2021, six farmers were found dead in their fields near Bourem.", published="2021-03-06")
    (ev,) = out.events()
    assert out.classes() == ["ViolenceAgainstCivilians"]
    assert out.props(ev)["fatalities_min"] == "6"


def test_french_people_found_dead(run):
    out = run("Le 5 mars 2021, trois bergers ont été retrouvés morts près de Bourem.", published="2021-03-06", lang="fr")
    assert out.classes() == ["ViolenceAgainstCivilians"]


def test_found_dead_after_an_illness_or_as_a_figure_is_no_killing(run):
    assert run("On 5 March 2021, a retired teacher was found dead at his home in Bamako after a long illness.",
               published="2021-03-06").classes() == []
    assert run("Le 5 mars 2021, un vieil homme a été retrouvé mort de maladie dans sa maison à Gao.",
               published="2021-03-06", lang="fr").classes() == []
    assert run("On 5 March 2021, residents found dead fish along the river near Bourem.", published="2021-03-06").classes() == []
    assert "ViolenceAgainstCivilians" not in run("The old plan was found dead on arrival in Bamako, a minister said.",
                                                 published="2021-03-06").classes()


def test_a_military_guard_shot_dead_is_an_attack(run):
    out = run("On 6 March 2021, an unknown gunman shot dead a national guard in front of a shop in Gao.", published="2021-03-07")
    assert out.classes() == ["Attack"]


def test_youngsters_and_a_thief_are_civilians(run):
    assert run("On 6 March 2021, armed men shot two youngsters on a motorbike near Gao.",
               published="2021-03-07").classes() == ["ViolenceAgainstCivilians"]
    assert run("On 6 March 2021, a suspected thief was killed by armed men near Gao.",
               published="2021-03-07").classes() == ["ViolenceAgainstCivilians"]
