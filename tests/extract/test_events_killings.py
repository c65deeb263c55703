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
