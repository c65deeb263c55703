"""Short incident notes, the way event datasets summarise one incident in a sentence or two (session 12,
helper notes12): who acted, where, and how many died. Invented sentences, EN and FR, read with the Sahel
pack.

1. One person killed, told without a number: "assassinated a councillor", "killed a Bozo", "killed the
   son of the village chief", "the mayor was assassinated", "the officer died", "he later succumbed to
   his wounds", "ont tué un commerçant", "a assassiné le chef du village", "l'un d'eux a succombé",
   "qui est décédé": a toll of one (not "the chief and his two sons", nor "the assailants"); the
   number after "killed by" counts the killers, not the dead.
2. Tolls summed or cut as the sentence counts them: one person and N others ("killing the subprefect
   and four others", "killing himself and two soldiers", "tuant le sous-préfet et quatre autres"),
   one more named in a list ("two civilians and a police officer", "deux gendarmes, un douanier et
   quatre civils"), the total before its part ("nine passengers including two teachers", "neuf
   passagers dont deux enseignants"); "an unknown number" is no one.
3. Numbers after a killing that do not count the dead: goods ("and destroyed twenty motorbikes",
   "seized six-hundred heads of livestock"), the wounded ("and one wounded"), time ("succumbed ...
   three weeks later"), the killers ("killed in X by 3 gunmen"); "between three and four" is a range,
   not seven.
4. Armed actors named the way short notes name them: the defenders of a community's village ("the Dogon
   village of X. Village defense responded"), a community's fighter ("a presumed Dogon militiaman"), its
   armed group ("militants from a Fulani armed group", "un groupe armé peul"), a community alone as the
   agent ("attacked by alleged Fulani", "attaqué par des Peuls"), the community before its named militia
   ("Dogon Dan Na Ambassagou militiamen"); two armed actors hyphened into one side ("the GATIA-MSA
   coalition", "the joint Barkhane-MINUSMA base"), one side of "clashes between X-Y militiamen and Z";
   the army named by the adjective of its sites and vehicles ("a military camp", "un convoi militaire").
5. A village told apart by a number ("the village of Gangafani 2", "Dougoutene 1 commune") is one place,
   and its number counts nobody.
6. The count of another verb is not the dead ("abducted two traders and killed their driver": one);
   a death told in its own clause beside an abduction ("...were seized; a fourth who resisted was shot
   dead") is not the abduction's toll.
"""
import pytest

from .conftest import event_classes


def _lang(text):
    return "fr" if text.startswith(("Le ", "La ", "Des ", "Les ", "L'")) else "en"


@pytest.fixture
def events(sahel_read):
    """[(class, {(role, actor id)}, fatalities_min, fatalities_max)] of a snippet's events, in the order emitted."""
    def _run(text):
        sts = sahel_read(text, _lang(text), "2021-05-09")
        out = []
        for eid, c in event_classes(sts).items():
            roles = {(s.predicate, s.object) for s in sts if s.subject == eid and s.object and
                     s.predicate in ("ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT")}
            lo = next((int(s.value) for s in sts if s.subject == eid and s.predicate == "fatalities_min"), None)
            hi = next((int(s.value) for s in sts if s.subject == eid and s.predicate == "fatalities_max"), None)
            out.append((c, roles, lo, hi))
        return out
    return _run


# -- 1. one person killed, no number -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 3 May 2021, gunmen assassinated a municipal councillor at his home in Tinkar.",
    "On 3 May 2021, militiamen killed a Bozo on the road to Tinkar.",
    "On 3 May 2021, armed men murdered a Fulani herder near Tinkar and took his goats.",
    "On 3 May 2021, militants killed the eldest son of the village chief in Tinkar.",
    "On 3 May 2021, suspected jihadists executed the imam of Tinkar in front of the mosque.",
    "On 3 May 2021, the deputy mayor of Tinkar was assassinated by two men on a motorbike.",
    "On 3 May 2021, a trader was reportedly murdered on the outskirts of Tinkar.",
    "On 3 May 2021, gunmen ambushed a customs officer near Tinkar. The officer died on the way to hospital.",
    "On 3 May 2021, gunmen shot a shopkeeper near Tinkar; he later succumbed to his wounds.",
    "On 3 May 2021, gunmen attacked two guards near Tinkar, with one later dying from his injuries.",
    "On 3 May 2021, gunmen shot two traders in Tinkar. One of them succumbed to his wounds.",
    "Le 3 mai 2021, des hommes armés ont tué un commerçant à Tinkar.",
    "Le 3 mai 2021, des hommes armés ont assassiné le chef du village de Tinkar.",
    "Le 3 mai 2021, le maire de Tinkar a été assassiné par des hommes armés.",
    "Le 3 mai 2021, un berger a été égorgé près de Tinkar.",
    "Le 3 mai 2021, des hommes armés ont blessé deux commerçants à Tinkar. L'un d'eux a succombé à ses blessures.",
    "Le 3 mai 2021, des hommes armés ont attaqué le chef du village de Tinkar, qui est décédé le lendemain.",
])
def test_one_person_killed_is_a_toll_of_one(events, text):
    evs = events(text)
    assert evs and (evs[0][2], evs[0][3]) == (1, 1)


@pytest.mark.parametrize("text, toll", [
    # several people: not a toll of one, but each counted ("the chief and his two sons": three)
    ("On 3 May 2021, militants killed the chief and his two sons in Tinkar.", 3),
    ("Le 3 mai 2021, des hommes armés ont tué un commerçant et son fils à Tinkar.", 2),
    ("On 3 May 2021, militiamen killed a Fulani and a Bozo near Tinkar.", 2),
    ("On 3 May 2021, suspected militiamen stopped a car near Tinkar, and killed the driver and a passenger.", 2),
    ("Le 3 mai 2021, des hommes armés ont tué le chauffeur et un passager près de Tinkar.", 2),
    # a body of people, no count
    ("On 3 May 2021, soldiers killed the assailants near Tinkar.", None),
    # the number after "by" counts the killers
    ("On 3 May 2021, the mayor of Tinkar was killed by two men on a motorbike.", 1),
    ("Le 3 mai 2021, le maire de Tinkar a été tué par deux hommes armés.", 1),
    # a number before a verb of murder is the toll
    ("On 3 May 2021, two traders were assassinated near Tinkar.", 2),
    ("Le 3 mai 2021, trois bergers ont été égorgés près de Tinkar.", 3),
])
def test_one_person_rule_keeps_its_limits(events, text, toll):
    evs = events(text)
    assert evs and evs[0][2] == toll


# -- 2. tolls summed or cut as the sentence counts them ------------------------------------------

@pytest.mark.parametrize("text, lo, hi", [
    ("On 3 May 2021, militants detonated an IED near Tinkar, killing the subprefect of Tinkar and four others.", 5, 5),
    ("On 3 May 2021, a suicide bomber blew up his car near an army post in Tinkar, killing himself and two soldiers.", 3, 3),
    ("Le 3 mai 2021, une mine a explosé près de Tinkar, tuant le sous-préfet et quatre autres personnes.", 5, 5),
    ("On 3 May 2021, two civilians and a police officer were killed in an attack on a checkpoint in Tinkar.", 3, 3),
    ("On 3 May 2021, gunmen attacked a checkpoint in Tinkar, killing two gendarmes, a customs agent, and four civilians.", 7, 7),
    ("Le 3 mai 2021, deux civils et un policier ont été tués dans l'attaque d'un poste à Tinkar.", 3, 3),
    ("Le 3 mai 2021, des hommes armés ont attaqué un poste à Tinkar, tuant deux gendarmes, un douanier et quatre civils.", 7, 7),
    ("On 3 May 2021, nine passengers including two teachers were killed when their bus struck a mine near Tinkar.", 9, 9),
    ("Le 3 mai 2021, neuf passagers dont deux enseignants ont été tués par l'explosion d'une mine près de Tinkar.", 9, 9),
    ("On 3 May 2021, two militiamen including an officer were killed by an IED near Tinkar.", 2, 2),
    ("On 3 May 2021, soldiers killed an unspecified number of militants near Tinkar.", None, None),
])
def test_tolls_as_the_sentence_counts_them(events, text, lo, hi):
    evs = events(text)
    assert evs and (evs[0][2], evs[0][3]) == (lo, hi)


# -- 3. numbers after a killing that are not the dead --------------------------------------------

@pytest.mark.parametrize("text, lo, hi", [
    ("On 3 May 2021, French forces killed thirty presumed militants near Tinkar, and destroyed twenty motorbikes.", 30, 30),
    ("On 3 May 2021, militants raided Tinkar, killed one herder and burned eight carts.", 1, 1),
    ("On 3 May 2021, gunmen attacked the village of Tinkar, killed at least one civilian and seized six-hundred heads of cattle.",
     1, None),
    ("On 3 May 2021, GATIA fighters stormed a hideout near Tinkar, killing four gunmen and one wounded among their own.", 4, 4),
    ("On 3 May 2021, gunmen attacked the camp in Tinkar, wounding a peacekeeper who succumbed to his wounds three weeks later.",
     1, 1),
    ("On 3 May 2021, a GATIA commander was shot dead in Tinkar by 3 gunmen on motorbikes.", 1, 1),
    ("On 3 May 2021, the army killed between three and four militants near Tinkar.", 3, 4),
    # guards: people after the first count are still the dead
    ("On 3 May 2021, the army killed three militants and two civilians near Tinkar.", 5, 5),
    ("On 3 May 2021, gunmen shot dead at least one truck driver on the road to Tinkar and abducted another.", 1, None),
])
def test_numbers_that_are_not_the_dead(events, text, lo, hi):
    evs = events(text)
    assert evs and (evs[0][2], evs[0][3]) == (lo, hi)


# -- 4. armed actors as short notes name them ----------------------------------------------------

def _actors(evs):
    return {a for _, roles, _, _ in evs for _, a in roles}


@pytest.mark.parametrize("text, actor", [
    ("On 7 May 2021, JNIM militants attacked the Dogon village of Tinkar. Village defense fighters responded to the attack.",
     "actor:dogon-ethnic-militia-mali"),
    ("On 7 May 2021, the army killed a presumed Dogon militiaman near Tinkar.", "actor:dogon-ethnic-militia-mali"),
    ("On 7 May 2021, the army killed two militants from a Fulani armed group near Tinkar.", "actor:fulani-ethnic-militia-mali"),
    ("Le 7 mai 2021, un groupe armé peul a attaqué le village de Tinkar.", "actor:fulani-ethnic-militia-mali"),
    ("On 7 May 2021, a Tuareg camp near Tinkar was attacked by alleged Fulani, killing five.", "actor:fulani-ethnic-militia-mali"),
    ("Le 7 mai 2021, un campement touareg a été attaqué par des Peuls près de Tinkar.", "actor:fulani-ethnic-militia-mali"),
    ("On 7 May 2021, Dogon Dan Na Ambassagou militiamen raided Tinkar and burned a granary.", "actor:dogon-ethnic-militia-mali"),
    ("On 7 May 2021, JNIM militants clashed with the GATIA-MSA coalition near Tinkar.", "actor:msa"),
    ("On 7 May 2021, clashes between MSA-GATIA militiamen and Arab fighters left three dead near Tinkar.", "actor:gatia"),
    ("On 7 May 2021, militants fired rockets at the joint Barkhane-MINUSMA base in Tinkar.", "actor:minusma"),
    ("On 7 May 2021, militants fired two rockets at a military camp in Boni.", "actor:fama"),
    ("On 7 May 2021, a military convoy struck an IED near Boni.", "actor:fama"),
    ("Le 7 mai 2021, des jihadistes ont attaqué un camp militaire à Boni.", "actor:fama"),
])
def test_armed_actors_of_short_notes(events, text, actor):
    assert actor in _actors(events(text))


@pytest.mark.parametrize("text, actor", [
    # a community that speaks, or shares a noun with another, is no militia
    ("On 7 May 2021, the attack on Tinkar was condemned by Fulani and Dogon leaders.", "actor:fulani-ethnic-militia-mali"),
    # a foreign force's camp is not the national army's
    ("On 7 May 2021, militants shelled the French military base in Gao.", "actor:fama"),
    # civilians of a community stay civilians
    ("On 7 May 2021, two Fulani herders were killed by Dozo hunters near Tinkar.", "actor:fulani-ethnic-militia-mali"),
])
def test_communities_that_are_not_militias(events, text, actor):
    assert actor not in _actors(events(text))


def test_hyphened_allies_are_not_rivals(sahel_read):
    sts = sahel_read("On 7 May 2021, clashes between MSA-GATIA militiamen and Arab fighters left three dead near Tinkar.",
                     "en", "2021-05-09")
    rivals = {(s.subject, s.object) for s in sts if s.predicate == "RIVAL_OF"}
    assert ("actor:msa", "actor:gatia") not in rivals and ("actor:gatia", "actor:msa") not in rivals


# -- 5. a village told apart by a number ----------------------------------------------------------

@pytest.mark.parametrize("text, place, toll", [
    ("On 7 May 2021, militants attacked the Dogon village of Gangafani 2 and killed three people.", "place:gangafani-2", 3),
    ("On 7 May 2021, gunmen shot dead a teacher in Dougoutene 1 commune.", "place:dougoutene-1", 1),
])
def test_a_numbered_village_is_one_place(sahel_read, events, text, place, toll):
    sts = sahel_read(text, "en", "2021-05-09")
    assert place in {s.object for s in sts if s.predicate == "OCCURRED_AT"}
    assert events(text)[0][2] == toll


# -- 6. the count of another verb; a death beside an abduction -----------------------------------

@pytest.mark.parametrize("text, toll", [
    ("On 3 May 2021, gunmen abducted two traders near Tinkar and killed their driver.", 1),
    ("Le 3 mai 2021, des hommes armés ont enlevé deux commerçants près de Tinkar et tué leur chauffeur.", 1),
])
def test_the_count_of_another_verb_is_not_the_dead(events, text, toll):
    assert [e[2] for e in events(text) if e[0] == "ViolenceAgainstCivilians"] == [toll]


@pytest.mark.parametrize("text", [
    "On 3 May 2021, gunmen seized three herders near Tinkar; a fourth who resisted was shot dead.",
    "Le 3 mai 2021, trois bergers ont été enlevés près de Tinkar ; un quatrième, qui résistait, a été abattu.",
])
def test_a_death_beside_an_abduction_is_not_its_toll(events, text):
    assert [e[2] for e in events(text) if e[0] == "Kidnapping"] == [None]
