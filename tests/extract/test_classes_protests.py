"""Protests and riots: crowds in the street, and residents, youths or a mob who burn, ransack,
stone or lynch (a riot, not an armed attack). Synthetic sentences, English and French."""
import pytest


@pytest.mark.parametrize("text", [
    "On 16 May 2020, residents in Bourem ransacked the town hall and burned a vehicle.",
    "On 16 May 2020, youths in Gao vandalized shops.",
    "On 16 May 2020, a mob burned to death a young man in Gao.",
    "On 16 May 2020, villagers equipped with sticks attacked and wounded a fisherman near Bourem.",
    "On 16 May 2020, a number of women threw stones at a convoy in Bourem.",
    "On 16 May 2020, residents took to the streets of Gao to denounce insecurity.",
    "On 16 May 2020, residents barricaded the main road in Bourem.",
    "Le 16 mai 2020, des jeunes ont saccagé la mairie de Bourem.",
])
def test_crowds_make_protests(run, text):
    out = run(text, published="2020-05-17", lang="fr" if text.startswith("Le ") else "en")
    assert out.classes() == ["Protest"]


def test_an_attack_on_residents_stays_violence(run):
    out = run("On 16 May 2020, JNIM fighters attacked residents in Bourem.", published="2020-05-17")
    assert out.classes() == ["ViolenceAgainstCivilians"]


def test_armed_men_who_burn_are_not_a_crowd(run):
    out = run("On 16 May 2020, JNIM fighters burned the town hall in Bourem.", published="2020-05-17")
    assert out.classes() == ["Attack"]
