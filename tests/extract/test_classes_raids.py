"""Event classes from what a raid did and how: a raid on civilians that harmed no one and only took
or burned their goods, homes included, is looting (an Attack); harming people keeps it violence
against civilians; an attack on a force stays an attack though a civilian died; a defender that
fought back makes a clash; an attack carried out with explosives is an explosion; a hold-up whose
outcome is an abduction is a kidnapping. Synthetic sentences, EN and FR."""
import pytest


def _lang(text):
    return "fr" if text.startswith(("Le ", "La ", "Des ")) else "en"


@pytest.mark.parametrize("text, cls", [
    ("On 3 May 2021, gunmen attacked the village of Dari near Bourem and seized livestock. No casualties were reported.",
     "Attack"),
    ("On 3 May 2021, unknown gunmen raided a hamlet near Bourem. The gunmen burned two trucks.", "Attack"),
    ("Le 3 mai 2021, des hommes armés ont attaqué le village de Dari près de Bourem et ont emporté du bétail. "
     "Aucune victime n'a été signalée.", "Attack"),
    # burnt houses are property destroyed, no person harmed (the ontology: looting/property destruction is an Attack)
    ("On 3 May 2021, gunmen attacked the village of Dari near Bourem, seized livestock and burned houses.",
     "Attack"),
    ("On 3 May 2021, gunmen attacked the village of Dari near Bourem, killed a herder and seized livestock.",
     "ViolenceAgainstCivilians"),
    ("On 3 May 2021, gunmen attacked a camp of herders near Bourem and stole their animals. Two herders went missing.",
     "ViolenceAgainstCivilians"),
])
def test_looting_without_harm_is_an_attack(run, text, cls):
    out = run(text, published="2021-05-04", lang=_lang(text))
    assert out.classes()[0] == cls


def test_an_attack_on_a_post_that_also_killed_a_civilian_stays_an_attack(run):
    out = run("On 3 May 2021, gunmen attacked the army post of Dari near Bourem, killed a trader and wounded three "
              "soldiers.", published="2021-05-04")
    assert out.classes() == ["Attack"]


@pytest.mark.parametrize("text", [
    "On 3 May 2021, gunmen attacked the hamlet of Dari near Bourem. The village defence responded to the attack.",
    "On 3 May 2021, gunmen attacked two hamlets near Bourem. Local self-defence groups responded to the attacks.",
    "On 3 May 2021, two gunmen were killed when hunters repelled an attack on the village of Dari near Bourem.",
])
def test_defenders_who_fight_back_make_a_clash(run, text):
    out = run(text, published="2021-05-04")
    assert out.classes()[0] == "Clash"


@pytest.mark.parametrize("text, cls", [
    ("On 3 May 2021, JNIM attacked the army post of Dari near Bourem using a car bomb.", "Explosion"),
    ("On 3 May 2021, the army camp in Bourem came under attack. Several mortar shells hit the camp.", "Explosion"),
    ("Le 3 mai 2021, des jihadistes ont attaqué le camp militaire de Bourem avec un véhicule piégé.", "Explosion"),
    # a car bomb followed by gunfire: an assault, the attack stays
    ("On 3 May 2021, JNIM attacked the army post of Dari near Bourem with a car bomb followed by small arms fire.",
     "Attack"),
])
def test_an_attack_by_explosives_is_an_explosion(run, text, cls):
    out = run(text, published="2021-05-04", lang=_lang(text))
    assert out.classes()[0] == cls


def test_a_later_blast_elsewhere_is_not_the_attack(run):
    out = run("On 3 May 2021, JNIM attacked the army camp in Bourem, killing ten soldiers. On 5 May, an IED struck a "
              "convoy near Gao.", published="2021-05-06")
    assert out.classes() == ["Attack", "Explosion"]


@pytest.mark.parametrize("text", [
    "On 3 May 2021, gunmen intercepted a bus near Bourem and abducted six passengers.",
    "On 3 May 2021, gunmen robbed travellers near Bourem and kidnapped their driver.",
    "Le 3 mai 2021, des hommes armés ont braqué un car près de Bourem et ont enlevé six passagers.",
])
def test_a_hold_up_ending_in_an_abduction_is_a_kidnapping(run, text):
    out = run(text, published="2021-05-04", lang=_lang(text))
    assert out.classes() == ["Kidnapping"]
