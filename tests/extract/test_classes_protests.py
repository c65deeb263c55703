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


@pytest.mark.parametrize("text", [
    # violence told beside the protest is the protest turning into a riot
    "On 16 May 2020, dozens of young men ransacked bars in Gao during a protest against alcohol.",
    "On 16 May 2020, residents demonstrating against the curfew vandalized a police station in Bourem.",
    "Le 16 mai 2020, des dizaines d'hommes ont saccagé des bars à Gao lors d'une manifestation contre l'alcool.",
    # a crowd fighting the police
    "On 16 May 2020, the demonstrators clashed with police in Gao, who fired tear gas.",
    "On 16 May 2020, clashes between police and youths in Gao: two wounded.",
    "Le 16 mai 2020, des affrontements ont opposé des jeunes à la police à Gao.",
])
def test_crowd_violence_and_fights_with_the_police_are_protests(run, text):
    out = run(text, published="2020-05-17", lang="fr" if text.startswith("Le ") else "en")
    assert out.classes() == ["Protest"]


@pytest.mark.parametrize("text", [
    "On 16 May 2020, armed youths and miners clashed near Bourem.",
    "On 16 May 2020, rival students clashed with firearms in Gao.",
    "On 16 May 2020, JNIM militants clashed with the army in Gao during a protest.",
])
def test_armed_fighting_beside_crowds_stays_a_clash(run, text):
    out = run(text, published="2020-05-17")
    assert out.classes()[0] == "Clash"
