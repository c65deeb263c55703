"""Event classes from who suffers: an attack or a killing whose only victims are civilians (people
named by trade, role, kinship or community; their villages, camps, markets and vehicles) is
violence against civilians; an armed target keeps it an attack. Synthetic sentences, EN and FR."""
import pytest


@pytest.mark.parametrize("text", [
    "On 3 May 2021, gunmen attacked a group of merchants near Bamba (Bourem) and killed two of them.",
    "On 3 May 2021, gunmen opened fire on an ambulance between Gao and Bourem.",
    "On 3 May 2021, gunmen attacked vehicles carrying gold miners near Bourem.",
    "On 3 May 2021, gunmen attacked a Tuareg camp near Bourem, killing an elderly man.",
    "On 3 May 2021, gunmen attacked the convoy of a mayor near Bourem.",
    "Le 3 mai 2021, des hommes armés ont attaqué des orpailleurs près de Bourem.",
])
def test_attacks_on_civilians_are_violence_against_civilians(run, text):
    out = run(text, published="2021-05-04", lang="fr" if text.startswith("Le ") else "en")
    assert sorted(out.classes()) == ["ViolenceAgainstCivilians"]


@pytest.mark.parametrize("text", [
    "On 3 May 2021, gunmen killed two Fulani near Bourem.",
    "On 3 May 2021, gunmen shot dead a shopkeeper in Gao.",
    "On 3 May 2021, unknown individuals decapitated a traditional healer in Gao.",
    "On 3 May 2021, policemen beat a man to death in Gao.",
    "Le 3 mai 2021, des hommes armés ont tué quatre Bozos près de Bourem.",
])
def test_killings_of_civilians_without_an_event_word(run, text):
    out = run(text, published="2021-05-04", lang="fr" if text.startswith("Le ") else "en")
    assert sorted(out.classes()) == ["ViolenceAgainstCivilians"]


def test_fighters_of_a_community_are_not_civilians(run):
    out = run("On 3 May 2021, JNIM attacked Fulani militiamen near Bourem.", published="2021-05-04")
    assert sorted(out.classes()) == ["Attack"]


def test_an_armed_target_keeps_an_attack(run):
    out = run("On 3 May 2021, JNIM attacked a Malian army convoy carrying traders near Bourem.", published="2021-05-04")
    assert sorted(out.classes()) == ["Attack"]


@pytest.mark.parametrize("text", [
    "On 3 May 2021, gunmen killed two traders and seized their motorbikes near Bourem.",
    "On 3 May 2021, gunmen shot and wounded a man and stole his car in Gao.",
    "On 3 May 2021, gunmen opened fire against a truck near Bourem. The driver was killed.",
    "On 3 May 2021, gunmen fired shots at a vehicle near Bourem. One passenger wounded.",
    "Le 3 mai 2021, des hommes armés ont tué deux commerçants et volé leurs motos près de Bourem.",
    # the passive's subject is the last part of the sentence, not the assailants told before it
    "On 3 May 2021, gunmen attacked a truck near Bourem, the driver was seriously wounded.",
    "On 3 May 2021, gunmen tried to stop a car near Bourem: the driver refused, and was wounded.",
    "Le 3 mai 2021, des assaillants ont attaqué un camion près de Bourem, le chauffeur a été grièvement blessé par balle.",
    "On 3 May 2021, gunmen attacked a car near Bourem, wounding the driver.",
    # beatings and assaults harm people too
    "On 3 May 2021, gunmen looted shops in Bourem, an imam was also assaulted.",
    "On 3 May 2021, JNIM fighters ambushed a party delegation near Bourem. The fighters wounded a delegation member.",
    "Le 3 mai 2021, des assaillants ont pillé des boutiques à Bourem, un imam a été passé à tabac.",
    # the pronoun after the killing is the victims, not the assailants
    "On 3 May 2021, Fulani militiamen attacked a group of traders near Bourem, and killed two of them.",
    "On 3 May 2021, Fulani militiamen opened fire against three Bozos near Bourem, wounding one of them.",
])
def test_an_attack_whose_wounded_or_dead_are_civilians_is_violence_against_civilians(run, text):
    out = run(text, published="2021-05-04", lang="fr" if text.startswith("Le ") else "en")
    assert out.classes()[0] == "ViolenceAgainstCivilians"


@pytest.mark.parametrize("text", [
    "On 3 May 2021, gunmen attacked a checkpoint near Bourem. Two civilians were wounded.",
    "On 3 May 2021, gunmen opened fire against a vehicle near Bourem and wounded two soldiers.",
    "On 3 May 2021, gunmen seized a truck near Bourem and wounded a member of a self-defence militia.",
    "On 3 May 2021, gunmen seized a truck near Bourem. A Malian army driver was wounded.",
    "On 3 May 2021, gunmen seized a truck near Bourem. No one was wounded.",
    "On 3 May 2021, gunmen attacked a truck near Bourem, two soldiers, including a sergeant, were wounded.",
])
def test_harm_to_forces_or_none_keeps_an_attack(run, text):
    out = run(text, published="2021-05-04")
    assert out.classes()[0] == "Attack"


@pytest.mark.parametrize("text, expected", [
    # the owners of the goods taken are the victims, not the killers ("their" is not a victim)
    ("On 3 May 2021, Dan Na Ambassagou militiamen killed two herders and seized their cattle near Bourem.", "ViolenceAgainstCivilians"),
    # the victim inside the verb phrase; a detainee is a civilian in custody
    ("On 3 May 2021, soldiers beat a detainee to death near Bourem.", "ViolenceAgainstCivilians"),
    # a second verb with the same victim, then looting
    ("On 3 May, Dozo militiamen killed and beheaded an old shepherd and took his sheep near Bourem.",
     "ViolenceAgainstCivilians"),
    # armed victims keep it an attack
    ("On 3 May 2021, gunmen killed two soldiers and seized their weapons near Bourem.", "Attack"),
    # the pronoun object is not the subject: "attacked merchants and killed two of them"
    ("On 3 May 2021, Dan Na Ambassagou militiamen attacked a group of traders near Bourem and killed two of them.",
     "ViolenceAgainstCivilians"),
])
def test_killings_with_looting_are_classed_by_their_victims(run, text, expected):
    assert run(text, published="2021-05-04").classes()[:1] == [expected]


@pytest.mark.parametrize("text", [
    "On 3 May 2021, JNIM fighters searched the buses near Bourem, one passenger was beaten.",
    "On 3 May 2021, JNIM fighters burned the town hall in Bourem, residents were also assaulted.",
    "Le 3 mai 2021, des combattants du JNIM ont fouillé les cars près de Bourem, un passager a été passé à tabac.",
])
def test_the_victims_of_a_later_passive_are_not_the_assailants_told_first(run, text):
    out = run(text, published="2021-05-04", lang="fr" if text.startswith("Le ") else "en")
    assert out.classes()[0] == "ViolenceAgainstCivilians"
    assert not {r for r in out.rel() if r[1] in ("TARGETED", "VICTIM") and r[2] == "actor:jnim"}


def test_the_armed_subject_told_first_did_what_a_later_passive_tells(run):
    out = run("On 3 May 2021, JNIM fighters set up a checkpoint near Bourem, drivers were extorted.", published="2021-05-04")
    assert {r[2] for r in out.rel(predicate="ATTRIBUTED_TO")} == {"actor:jnim"}
    assert not out.rel(predicate="TARGETED")


def test_a_place_between_the_target_and_its_passive_verb_keeps_the_target(roles):
    got = roles("On 3 May 2021, the army camp, in Bourem, was attacked by JNIM.")
    assert ("TARGETED", "actor:fama") in got["Attack"]


@pytest.mark.parametrize("text", [
    "Le 3 mars 2021, les chasseurs dozos ont violé l'accord de cessez-le-feu signé à Niono avec la Katiba Macina.",
    "Le 3 mars 2021, le JNIM a violé la trêve conclue à Niono, selon le maire.",
    "Le 3 mars 2021, des drones ont violé l'espace aérien du Mali près de Ménaka.",
])
def test_a_violated_agreement_or_border_is_no_harm(run, text):
    out = run(text, published="2021-03-04", lang="fr")
    assert not {"Clash", "Attack", "ViolenceAgainstCivilians"} & set(out.classes())
