"""Event classes at the boundary of Attack, Clash and ViolenceAgainstCivilians: fighting told as
mutual (both sides fought, the assailants were pushed back, a shootout followed the attack, both
sides named over days of clashes) is a Clash; a weapon's name is no event; an abduction told beside
a fight does not turn the fight into violence against civilians. Invented sentences, EN and FR,
read with the Sahel pack."""
import pytest

from .conftest import event_classes


def _lang(text):
    return "fr" if text.startswith(("Le ", "La ", "Des ", "Entre ", "Ce ", "Trois ", "Deux ")) else "en"


@pytest.fixture
def events(sahel_read):
    """[(class, {(role, actor id)})] of a snippet's events, in the order emitted."""
    def _run(text):
        sts = sahel_read(text, _lang(text), "2021-05-09")
        cls = event_classes(sts)
        out = []
        for eid, c in cls.items():
            roles = {(s.predicate, s.object) for s in sts if s.subject == eid and s.object and
                     s.predicate in ("ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT")}
            out.append((c, roles))
        return out
    return _run


# -- 1. days of fighting with both sides named: one episode, a clash --------------------------

@pytest.mark.parametrize("text", [
    "Two days of clashes between the army and JNIM near Tinkar left at least ten dead.",
    "Three weeks of fighting between GATIA and the CMA near Tinkar left dozens dead.",
    "Trois jours d'affrontements entre miliciens peuls et dogons à Tinkar : l'assassinat d'un chasseur a provoqué des représailles.",
])
def test_days_of_clashes_between_two_sides_are_a_clash(events, text):
    evs = events(text)
    assert evs and evs[0][0] == "Clash"


@pytest.mark.parametrize("text", [
    # a span with no sides named stays generic, as before
    "Five months of fighting have displaced thousands in central Mali.",
])
def test_months_of_fighting_without_sides_stay_generic(events, text):
    assert not any(c == "Clash" for c, _ in events(text))


# -- 2. the assailants pushed back, a shootout after the attack -------------------------------

@pytest.mark.parametrize("text", [
    "On 3 May 2021, militants raided Tinkar, but the village self-defence pushed them back.",
    "On 3 May 2021, gunmen attacked the village of Tinkar; Dozos drove the assailants off.",
    "On 3 May 2021, the army pushed back an attack by militants near Tinkar.",
    "On 3 May 2021, gunmen attacked a customs team in Tinkar; a gunman and an officer died in the ensuing shootout.",
    "Le 3 mai 2021, des jihadistes ont attaqué le village de Tinkar, mais les chasseurs dozos les ont repoussés.",
])
def test_assailants_driven_off_or_a_shootout_make_a_clash(events, text):
    assert events(text)[0][0] == "Clash"


@pytest.mark.parametrize("text", [
    # a convoy sent back to its camp is no fight
    "On 3 May 2021, the convoy was forced back to the camp after militants attacked it near Tinkar.",
    "On 3 May 2021, gunmen attacked a truck near Tinkar and drove off with the cargo.",
])
def test_going_back_is_not_pushing_back(events, text):
    assert events(text)[0][0] != "Clash"


@pytest.mark.parametrize("text", [
    # "repelled attack", no article: the attack repelled all the same
    "Soldiers repelled attack on their post near Tinkar on 3 May 2021.",
])
def test_an_attack_repelled_without_an_article_is_a_clash(events, text):
    assert events(text)[0][0] == "Clash"


# -- 3. a weapon's name is no event ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 3 May 2021, Malian troops killed three jihadists near Tinkar and took four assault rifles from their bodies.",
])
def test_assault_rifles_are_no_attack(events, text):
    assert events(text)[0][0] == "Clash"


def test_an_assault_is_still_an_attack(events):
    assert events("On 3 May 2021, militants assaulted a MINUSMA convoy near Tinkar.")[0][0] == "Attack"


# -- 4. an abduction beside a fight --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 3 May 2021, a militia raided Tinkar and clashed with the hunters guarding it; two died, and the raiders "
    "abducted two men.",
])
def test_an_abduction_beside_a_clash_keeps_the_clash(events, text):
    classes = [c for c, _ in events(text)]
    assert classes[0] == "Clash" and "Kidnapping" in classes


@pytest.mark.parametrize("text", [
    # the captives put to death: still a killing with the abduction beside it
    "On 3 May 2021, gunmen abducted and executed two herders near Tinkar.",
])
def test_an_abduction_with_its_captives_killed_stays_a_killing(events, text):
    classes = [c for c, _ in events(text)]
    assert classes[0] == "ViolenceAgainstCivilians" and "Kidnapping" in classes


# -- 5. goods taken after a killing are its spoils: who was killed says what happened ----------

@pytest.mark.parametrize("text, parties", [
    ("On 3 May 2021, FAMa troops killed four JNIM militants at Tinkar and seized three motorbikes.",
     {"actor:fama", "actor:jnim"}),
    ("On 3 May 2021, Dozo militiamen killed two JNIM fighters and recovered the stolen cattle near Tinkar.",
     {"actor:jnim", "actor:dozo-communal-militia-mali"}),
    ("Le 3 mai 2021, les FAMa ont tué quatre terroristes à Tinkar et saisi trois motos.", {"actor:fama"}),
])
def test_fighters_killed_then_goods_seized_is_a_clash(events, text, parties):
    cls, roles = events(text)[0]
    assert cls == "Clash"
    assert {a for r, a in roles if r == "PARTICIPANT"} >= parties
    assert not any(r == "ATTRIBUTED_TO" for r, _ in roles)


@pytest.mark.parametrize("text, cls", [
    # civilians or soldiers killed before the goods were taken: as before
    ("On 3 May 2021, gunmen killed two herders and seized their livestock near Tinkar.", "ViolenceAgainstCivilians"),
    ("On 3 May 2021, militants killed two soldiers and seized their weapons near Tinkar.", "Attack"),
    # the wounded named before the robbery are its victims, not its authors
    ("Gendarme wounded near Tinkar on 3 May 2021 when bandits seized his motorbike.", "Attack"),
])
def test_killings_of_others_then_goods_seized_keep_their_class(events, text, cls):
    assert events(text)[0][0] == cls


# -- 6. civilians named as the passive subject of the attack, convoys a force hires ------------

@pytest.mark.parametrize("text", [
    "Pilgrims on their way home to Tinkar were attacked by gunmen on 3 May 2021.",
    "An ambulance run by an NGO was attacked near Tinkar on 3 May 2021; its driver was hurt.",
    "On 3 May 2021, a group of traders was ambushed by gunmen near Tinkar, two were wounded.",
    "Le 3 mai 2021, des commerçants ont été attaqués par des hommes armés près de Tinkar, deux ont été blessés.",
])
def test_civilians_attacked_in_the_passive_are_violence_against_civilians(events, text):
    assert events(text)[0][0] == "ViolenceAgainstCivilians"


@pytest.mark.parametrize("text", [
    # soldiers, a patrol or a post as the passive subject: an attack on a force
    "An army patrol was attacked by gunmen near Tinkar on 3 May 2021. One wounded.",
    "Two soldiers were ambushed near Tinkar on 3 May 2021.",
])
def test_forces_attacked_in_the_passive_stay_an_attack(events, text):
    assert events(text)[0][0] == "Attack"


@pytest.mark.parametrize("text", [
    "On 3 May 2021, militants ambushed a MINUSMA-chartered water truck near Tinkar, killing its two civilian drivers.",
    "On 3 May 2021, gunmen attacked a civilian convoy supplying MINUSMA near Tinkar and wounded one of its drivers.",
    "Le 3 mai 2021, des hommes armés ont attaqué un convoi de camions affrétés par la MINUSMA près de Tinkar, deux civils ont été tués.",
])
def test_civilians_harmed_in_a_convoy_a_force_hires_are_violence_against_civilians(events, text):
    assert events(text)[0][0] == "ViolenceAgainstCivilians"


@pytest.mark.parametrize("text", [
    # the force's own convoy: its wounded driver is the force's
    "On 3 May 2021, militants ambushed a MINUSMA logistics convoy near Tinkar, wounding two civilians.",
])
def test_civilians_harmed_in_a_forces_own_convoy_stay_an_attack(events, text):
    assert events(text)[0][0] == "Attack"


# -- 7. members of a force who are not serving -----------------------------------------------

@pytest.mark.parametrize("text", [
    "On 3 May 2021, gunmen shot dead an off-duty gendarme outside his home in Tinkar.",
    "On 3 May 2021, gunmen opened fire in a shop in Tinkar and killed its owner, a retired soldier.",
    "On 3 May 2021, gunmen shot dead two soldiers on leave who were visiting relatives in Tinkar.",
    "On 3 May 2021, militants kidnapped and killed an off-duty soldier in Tinkar.",
    "Le 3 mai 2021, des hommes armés ont tué un gendarme à la retraite au marché de Tinkar.",
])
def test_killing_members_of_a_force_off_duty_is_violence_against_civilians(events, text):
    assert events(text)[0][0] == "ViolenceAgainstCivilians"


@pytest.mark.parametrize("text", [
    # serving soldiers, or a retired one named beside serving ones: an attack on the force
    "On 3 May 2021, gunmen opened fire in a shop in Tinkar and killed a soldier.",
    "On 3 May 2021, militants kidnapped and killed a soldier in Tinkar.",
    "On 3 May 2021, gunmen opened fire at a checkpoint in Tinkar and killed a retired officer and two soldiers.",
])
def test_killing_serving_members_of_a_force_stays_an_attack(events, text):
    assert events(text)[0][0] == "Attack"


# -- 8. a camp named alone may be herders': the people killed say whose ------------------------

@pytest.mark.parametrize("text", [
    "On 3 May 2021, jihadists attacked a camp near Tinkar and shot dead nine men.",
    "On 3 May 2021, gunmen stormed a camp outside Tinkar, killing eleven men.",
    "Le 3 mai 2021, des jihadistes ont attaqué un camp près de Tinkar et tué douze hommes.",
])
def test_people_killed_in_a_camp_named_alone_are_civilians(events, text):
    assert events(text)[0][0] == "ViolenceAgainstCivilians"


@pytest.mark.parametrize("text", [
    # an army camp or a post: civilians killed beside it do not make it a massacre
    "On 3 May 2021, militants attacked an army camp in Tinkar, killing two civilians.",
    "On 3 May 2021, militants attacked a gendarmerie post in Tinkar, killing two civilians.",
])
def test_civilians_killed_in_an_attack_on_a_force_camp_stay_an_attack(events, text):
    assert events(text)[0][0] == "Attack"


# -- 9. the killers named after the dead are not the dead ---------------------------------------

@pytest.mark.parametrize("text", [
    # the soldiers named after "by" killed; the dead is a civilian
    "On 3 May 2021, an elderly shepherd was killed by Malian soldiers near Tinkar.",
    "On 3 May 2021, a 60-year-old herder was killed by soldiers near Tinkar.",
    # a participle with its agent a phrase later is passive: the herdsman was beheaded
    "Shepherd known as Amadou Traoré reportedly killed in public by jihadists near Tinkar yesterday.",
    "Le 3 mai 2021, un berger aurait été égorgé en public par des jihadistes près de Tinkar.",
])
def test_a_civilian_killed_by_named_killers_is_violence_against_civilians(events, text):
    assert events(text)[0][0] == "ViolenceAgainstCivilians"


@pytest.mark.parametrize("text", [
    "On 3 May 2021, two soldiers were killed by militants near Tinkar.",
])
def test_soldiers_killed_by_militants_stay_an_attack(events, text):
    assert events(text)[0][0] == "Attack"


# -- 10. violence between two armed groups named is their fight ---------------------------------

@pytest.mark.parametrize("text", [
    "Near Tinkar, violence erupted between GATIA and the CMA on Sunday, leaving ten dead.",
    "Des violences ont éclaté entre le GATIA et la CMA près de Tinkar : dix morts.",
])
def test_violence_between_two_armed_groups_is_a_clash(events, text):
    cls, roles = events(text)[0]
    assert cls == "Clash"
    assert {"actor:gatia", "actor:cma"} <= {a for r, a in roles if r == "PARTICIPANT"}


@pytest.mark.parametrize("text", [
    # communities, not groups, with no day nor village: generic, as before
    "Renewed violence between Fulani and Dogon in central Mali.",
    "Des violences intercommunautaires entre Peuls et Dogons ont fait des morts dans le centre du Mali.",
])
def test_violence_between_communities_stays_generic(events, text):
    assert not any(c == "Clash" for c, _ in events(text))


def test_the_killing_told_before_the_looting_holds_the_toll(sahel_read):
    # the killing heads the sentence's events: its dead are its own, not the looting's
    sts = sahel_read("On 3 May 2021, ISGS militants killed a GATIA fighter in Boni in the hamlet of Tinkar, "
                     "pillaged shops, and seized cattle.", "en", "2021-05-09")
    cls = event_classes(sts)
    first = next(iter(cls))
    tolls = {s.subject: s.value for s in sts if s.predicate == "fatalities_min"}
    assert tolls.get(first) == "1"
