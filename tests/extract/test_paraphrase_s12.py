"""Paraphrase robustness, second round: the phenomena the first round (test_paraphrase_s11) left
out, told in the words reports vary them with. Attribution hedges and their levels (a group "said
it was behind", "is believed to be behind", "bears the hallmarks of", "les soupçons se portent
sur", "pourrait être derrière", "was probably responsible", a hedge after the group's fighters or
in a relative clause; "took credit", "distanced itself", "n'avoir rien à voir avec");
affiliations ("close to", "proche de", "closely linked to", "an ally of", "fidèle à", "issu d'une
scission", "que dirige"; a bare "linked to" names no kind of tie); negotiations (a government's
emissaries, "under the auspices of"); dates ("au début du mois", "at the start of the month", "en
fin de semaine dernière"). Each variant is a wording the extractor missed before this file; the
guards after them keep the new rules from reading what they should not. Invented sentences, EN
and FR, read with the Sahel pack and a report published on Sunday 9 May 2021."""
import pytest

from .conftest import event_classes

JNIM, ISGS, MACINA, ANSARUL = "actor:jnim", "actor:isgs", "actor:katiba-macina", "actor:ansarul-islam"
HCI, GOV = "actor:high-islamic-council-of-mali", "actor:government-of-mali"

ATTACK_EN = "On 3 May 2021, gunmen attacked an army post in Boni, killing four soldiers. "
ATTACK_FR = "Le 3 mai 2021, des hommes armés ont attaqué un poste de l'armée à Boni, tuant quatre soldats. "


@pytest.fixture
def read(sahel_read):
    """(events {id: (class, date, {(role, actor): confidence})}, relations {(subject, predicate, object)})."""
    def _run(text, lang):
        sts = sahel_read(text, lang, "2021-05-09")
        cls = event_classes(sts)
        evs = {e: (c, None, {}) for e, c in cls.items()}
        rels = set()
        for s in sts:
            if s.subject in evs:
                c, d, slots = evs[s.subject]
                if s.predicate == "date":
                    evs[s.subject] = (c, s.value, slots)
                elif s.object and s.predicate in ("ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT", "MEDIATED_BY"):
                    slots.setdefault((s.predicate, s.object), set()).add(s.confidence)
            elif s.object and s.subject.startswith("actor:") and s.object.startswith("actor:"):
                rels.add((s.subject, s.predicate, s.object))
        return evs, rels
    return _run


def blame(evs, actor, cls="Attack"):
    """The confidences of the attributions of the events of ``cls`` to ``actor``."""
    return {c for (k, _, slots) in evs.values() if k == cls for c in slots.get(("ATTRIBUTED_TO", actor), ())}


# -- 1. attribution hedges: who is behind the attack, and how surely ---------------------------

@pytest.mark.parametrize("text,lang,actor,level", [
    # the group says it was behind it: a claim
    (ATTACK_EN + "JNIM said it was behind the attack.", "en", JNIM, "claimed"),
    (ATTACK_EN + "In a message on Monday, the Islamic State in the Greater Sahara said it was behind the assault.",
     "en", ISGS, "claimed"),
    # "believed to be behind", "may be behind", "pourrait être derrière": the author comes first
    (ATTACK_EN + "JNIM is believed to be behind the attack.", "en", JNIM, "probable"),
    (ATTACK_EN + "Officials said JNIM was most likely behind the ambush.", "en", JNIM, "probable"),
    (ATTACK_EN + "JNIM may be behind the attack, a local official said.", "en", JNIM, "possible"),
    (ATTACK_FR + "Le JNIM pourrait être derrière l'attaque.", "fr", JNIM, "possible"),
    (ATTACK_FR + "Selon une source sécuritaire, l'EIGS est probablement derrière cette attaque.", "fr", ISGS, "probable"),
    # the deed told with an active verb after a modal
    (ATTACK_EN + "JNIM may have carried out the attack.", "en", JNIM, "possible"),
    (ATTACK_EN + "The Islamic State in the Greater Sahara probably carried out the raid.", "en", ISGS, "probable"),
    (ATTACK_FR + "L'EIGS aurait pu mener cette attaque.", "fr", ISGS, "possible"),
    # the attackers said to be the group's men
    (ATTACK_EN + "The attackers are thought to be JNIM fighters.", "en", JNIM, "probable"),
    (ATTACK_FR + "Les assaillants seraient vraisemblablement des combattants du JNIM.", "fr", JNIM, "probable"),
    (ATTACK_EN + "The assailants were JNIM militants, the army said.", "en", JNIM, "attributed"),
    # the hallmarks of a group
    (ATTACK_EN + "The attack bears the hallmarks of JNIM.", "en", JNIM, "probable"),
    (ATTACK_EN + "The ambush had all the hallmarks of the Islamic State in the Greater Sahara.", "en", ISGS, "probable"),
    (ATTACK_FR + "L'attaque porte la marque du JNIM.", "fr", JNIM, "probable"),
    (ATTACK_FR + "Cette embuscade porte la signature de l'EIGS.", "fr", ISGS, "probable"),
    # suspicion falls on a group
    (ATTACK_FR + "Les soupçons se portent sur le JNIM.", "fr", JNIM, "possible"),
    (ATTACK_FR + "Les soupçons pèsent sur l'EIGS.", "fr", ISGS, "possible"),
    (ATTACK_EN + "Suspicion fell on JNIM.", "en", JNIM, "possible"),
    (ATTACK_EN + "Suspicion has fallen on the Islamic State in the Greater Sahara.", "en", ISGS, "possible"),
    # the hedge after the group's fighters, or in a relative clause about the deed
    ("According to local sources, JNIM fighters probably attacked the army post in Boni on 3 May 2021, killing four "
     "soldiers.", "en", JNIM, "probable"),
    ("Selon des sources locales, des combattants du JNIM ont probablement attaqué le poste de Boni le 3 mai 2021, "
     "tuant quatre soldats.", "fr", JNIM, "probable"),
    ("JNIM, which is thought to have carried out the attack, killed four soldiers at an army post in Boni on 3 May "
     "2021.", "en", JNIM, "probable"),
    ("Le JNIM, qui serait vraisemblablement l'auteur de l'attaque, a tué quatre soldats à Boni le 3 mai 2021.",
     "fr", JNIM, "probable"),
    # "responsible" closing the clause, the deed told before
    (ATTACK_EN + "Analysts say JNIM was probably responsible.", "en", JNIM, "probable"),
    (ATTACK_FR + "Pour plusieurs analystes, l'EIGS serait probablement responsable.", "fr", ISGS, "probable"),
    # credit taken, involvement denied in other words
    (ATTACK_EN + "The Islamic State in the Greater Sahara later took credit for the attack.", "en", ISGS, "claimed"),
    (ATTACK_FR + "Le JNIM dément être impliqué.", "fr", JNIM, "denied"),
    (ATTACK_EN + "JNIM distanced itself from the attack.", "en", JNIM, "denied"),
    (ATTACK_EN + "In a statement, JNIM said it had nothing to do with the attack.", "en", JNIM, "denied"),
    (ATTACK_FR + "Dans un communiqué, le JNIM affirme n'avoir rien à voir avec cette attaque.", "fr", JNIM, "denied"),
])
def test_attribution_hedged(read, text, lang, actor, level):
    evs, _ = read(text, lang)
    assert blame(evs, actor) == {level}


@pytest.mark.parametrize("text,lang,actor,level", [
    # guards: the wordings that already worked keep their levels
    (ATTACK_EN + "JNIM took responsibility for the attack on Tuesday.", "en", JNIM, "claimed"),
    (ATTACK_FR + "L'attaque a été revendiquée par le JNIM.", "fr", JNIM, "claimed"),
    (ATTACK_FR + "Le GSIM a assumé la responsabilité de l'attaque.", "fr", JNIM, "claimed"),
    (ATTACK_EN + "The attack was attributed to JNIM.", "en", JNIM, "attributed"),
    (ATTACK_FR + "L'attaque est imputée à l'EIGS.", "fr", ISGS, "attributed"),
    (ATTACK_EN + "The attack was most likely carried out by JNIM.", "en", JNIM, "probable"),
    (ATTACK_EN + "JNIM is suspected of carrying out the attack.", "en", JNIM, "possible"),
    (ATTACK_EN + "JNIM rejected any involvement in the attack.", "en", JNIM, "denied"),
    (ATTACK_FR + "Le JNIM a démenti toute implication dans l'attaque.", "fr", JNIM, "denied"),
    # a relative clause whose hedge is about something else leaves the deed's author plain
    ("JNIM, which is believed to have close ties to al-Qaeda, killed four soldiers at an army post in Boni on 3 May "
     "2021.", "en", JNIM, "attributed"),
])
def test_attribution_levels_kept(read, text, lang, actor, level):
    evs, _ = read(text, lang)
    assert blame(evs, actor) == {level}


@pytest.mark.parametrize("text,lang", [
    # guards: soldiers behind a barricade, a group's men near the place, suspicion about something else
    (ATTACK_EN + "The soldiers who survived hid behind the walls of the post.", "en"),
    (ATTACK_EN + "JNIM has been present in the area for years.", "en"),
    (ATTACK_FR + "Les soupçons de fraude électorale pèsent toujours sur le scrutin.", "fr"),
    # a denial by someone else about the group
    (ATTACK_EN + "Residents said the attack had nothing to do with JNIM.", "en"),
    (ATTACK_FR + "Le maire dément toute présence du JNIM dans la commune.", "fr"),
])
def test_no_attribution_from_look_alikes(read, text, lang):
    evs, _ = read(text, lang)
    assert not blame(evs, JNIM)


@pytest.mark.parametrize("text,lang", [
    (ATTACK_EN + "The assault was the deadliest since the attack on the Dioura camp on 17 March 2021, in which 26 "
     "soldiers died. Officials said the attackers were probably JNIM fighters.", "en"),
    (ATTACK_FR + "L'assaut est le plus meurtrier depuis l'attaque du camp de Dioura le 17 mars 2021, où 26 soldats "
     "avaient péri. Selon des responsables, les assaillants seraient vraisemblablement des combattants du JNIM.", "fr"),
])
def test_attackers_of_the_story_not_of_its_yardstick(read, text, lang):
    """An attack named only as the measure of the story's ("the deadliest since X") is not the one
    whose attackers the next sentence describes."""
    evs, _ = read(text, lang)
    boni = [slots for (c, d, slots) in evs.values() if c == "Attack" and d == "2021-05-03"]
    assert boni and boni[0].get(("ATTRIBUTED_TO", JNIM)) == {"probable"}
    assert not [e for e in evs.values() if e[1] != "2021-05-03" and ("ATTRIBUTED_TO", JNIM) in e[2]]


def test_blamed_group_that_denies_keeps_both(read):
    evs, _ = read(ATTACK_EN + "The army said JNIM was behind the attack, but the group denied any involvement.", "en")
    assert blame(evs, JNIM) == {"attributed", "denied"}


# -- 2. affiliations -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,rel", [
    ("Ansarul Islam, which is close to JNIM, attacked a gendarmerie post in Djibo.", "en", (ANSARUL, "ALLIED_WITH", JNIM)),
    ("Ansarul Islam, a group close to JNIM, is active in northern Burkina Faso.", "en", (ANSARUL, "ALLIED_WITH", JNIM)),
    ("Ansarul Islam, proche du JNIM, a attaqué Djibo.", "fr", (ANSARUL, "ALLIED_WITH", JNIM)),
    ("Ansarul Islam, a group closely linked to JNIM, is active in northern Burkina Faso.", "en", (ANSARUL, "ALLIED_WITH", JNIM)),
    ("Ansarul Islam, étroitement lié au JNIM, opère dans le Soum.", "fr", (ANSARUL, "ALLIED_WITH", JNIM)),
    ("Ansarul Islam is an ally of JNIM.", "en", (ANSARUL, "ALLIED_WITH", JNIM)),
    ("L'EIGS, fidèle à l'État islamique, est actif dans la région de Ménaka.", "fr", (ISGS, "PLEDGED_ALLEGIANCE_TO", "actor:islamic-state")),
    ("The Islamic State in the Greater Sahara, loyal to the Islamic State, is active in Ménaka.", "en",
     (ISGS, "PLEDGED_ALLEGIANCE_TO", "actor:islamic-state")),
    ("L'EIGS, issu d'une scission d'Al-Mourabitoune, est actif à Ménaka.", "fr", (ISGS, "SPLINTER_OF", "actor:al-mourabitoun")),
    ("L'EIGS est né en 2015 d'une scission au sein d'Al-Mourabitoune.", "fr", (ISGS, "SPLINTER_OF", "actor:al-mourabitoun")),
    ("ISGS emerged from a split within al-Mourabitoun in 2015.", "en", (ISGS, "SPLINTER_OF", "actor:al-mourabitoun")),
    ("Le JNIM, que dirige Iyad Ag Ghaly, est actif au Mali.", "fr", ("actor:iyad-ag-ghaly", "LEADER_OF", JNIM)),
    ("Katiba Macina, which Amadou Koufa leads, is active in central Mali.", "en", ("actor:amadou-koufa", "LEADER_OF", MACINA)),
])
def test_affiliation_in_other_words(read, text, lang, rel):
    _, rels = read(text, lang)
    assert rel in rels


@pytest.mark.parametrize("text,lang,rel", [
    # guards: what worked keeps working
    ("Katiba Macina, an affiliate of JNIM, has expanded into the Ségou region.", "en", (MACINA, "PART_OF", JNIM)),
    ("La katiba Macina, affiliée au JNIM, est active dans le centre du Mali.", "fr", (MACINA, "PART_OF", JNIM)),
    ("ISGS, which broke away from al-Mourabitoun in 2015, is active in Ménaka.", "en", (ISGS, "SPLINTER_OF", "actor:al-mourabitoun")),
    ("La katiba Macina, dirigée par Amadou Koufa, est active dans le centre du Mali.", "fr", ("actor:amadou-koufa", "LEADER_OF", MACINA)),
    ("Adnan Abou Walid al-Sahraoui a prêté allégeance à l'État islamique en 2015.", "fr",
     ("actor:adnan-abu-walid-al-sahrawi", "PLEDGED_ALLEGIANCE_TO", "actor:islamic-state")),
])
def test_affiliation_kept(read, text, lang, rel):
    _, rels = read(text, lang)
    assert rel in rels


@pytest.mark.parametrize("text,lang", [
    # guards: a source close to a group, a place close to another, a split of something else
    ("After the attack on Boni on 3 May 2021, a source close to JNIM said that FAMa had lost four soldiers.", "en"),
    ("Le 3 mai 2021, les FAMa ont repoussé le JNIM près de Boni, proche de la frontière.", "fr"),
    ("Le 3 mai 2021, les FAMa, fidèles à leur mission, ont repoussé le JNIM à Boni.", "fr"),
    # a bare "linked to" names some tie, not which one (a branch, an ally, shared men)
    ("Le 3 mai 2021, le JNIM, lié à Al-Qaïda, a revendiqué une attaque contre les FAMa à Boni.", "fr"),
    ("On 3 May 2021 JNIM, which is linked to al-Qaeda, claimed an attack on FAMa in Boni.", "en"),
])
def test_no_affiliation_from_look_alikes(read, text, lang):
    _, rels = read(text, lang)
    assert not {r for r in rels if r[1] in ("ALLIED_WITH", "PLEDGED_ALLEGIANCE_TO") and JNIM in (r[0], r[2])}


# -- 3. negotiations ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("On 3 May 2021 the government entered into negotiations with JNIM under the auspices of the High Islamic Council.", "en"),
    ("Le 3 mai 2021, le gouvernement a ouvert des pourparlers avec le JNIM sous les auspices du Haut conseil islamique.", "fr"),
])
def test_mediator_under_the_auspices(read, text, lang):
    evs, _ = read(text, lang)
    talks = [slots for (c, _, slots) in evs.values() if c == "Negotiation"]
    assert talks and ("MEDIATED_BY", HCI) in talks[0] and ("PARTICIPANT", JNIM) in talks[0]
    assert "MilitaryOperation" not in {c for (c, _, _) in evs.values()}


@pytest.mark.parametrize("text,lang", [
    ("Le 3 mai 2021, des émissaires du gouvernement malien ont rencontré des responsables de la katiba Macina près de Niono.", "fr"),
    ("On 3 May 2021 emissaries of the government met leaders of Katiba Macina near Niono.", "en"),
])
def test_a_government_emissaries_are_its_side(read, text, lang):
    evs, _ = read(text, lang)
    talks = [slots for (c, _, slots) in evs.values() if c == "Negotiation"]
    assert talks and {("PARTICIPANT", GOV), ("PARTICIPANT", MACINA)} <= set(talks[0])
    assert not {k for k in talks[0] if k[0] == "MEDIATED_BY"}   # the men they met are no go-betweens


# -- 4. dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,when", [
    ("Au début du mois, des hommes armés ont attaqué un poste de l'armée à Boni, tuant quatre soldats.", "fr", "2021-05"),
    ("En début de mois, des hommes armés ont attaqué un poste de l'armée à Boni, tuant quatre soldats.", "fr", "2021-05"),
    ("Gunmen attacked an army post in Boni at the start of the month, killing four soldiers.", "en", "2021-05"),
    ("Gunmen attacked an army post in Boni at the beginning of this month, killing four soldiers.", "en", "2021-05"),
    ("Des hommes armés ont attaqué un poste de l'armée à Boni en fin de semaine dernière, tuant quatre soldats.", "fr",
     "2021-04-30/2021-05-02"),
    ("Gunmen attacked an army post in Boni late last week, killing four soldiers.", "en", "2021-04-30/2021-05-02"),
])
def test_relative_period(read, text, lang, when):
    evs, _ = read(text, lang)
    assert [d for (c, d, _) in evs.values() if c == "Attack"] == [when]


@pytest.mark.parametrize("text,lang,when", [
    # guards: the forms that worked, and a month named after "début du mois de"
    ("Earlier this month gunmen attacked an army post in Boni, killing four soldiers.", "en", "2021-05"),
    ("La semaine dernière, des hommes armés ont attaqué un poste de l'armée à Boni, tuant quatre soldats.", "fr",
     "2021-04-26/2021-05-02"),
    ("Au début du mois d'avril, des hommes armés ont attaqué un poste de l'armée à Boni, tuant quatre soldats.", "fr", "2021-04"),
    ("Dans la nuit de samedi à dimanche, des hommes armés ont attaqué un poste de l'armée à Boni, tuant quatre soldats.",
     "fr", "2021-05-08/2021-05-09"),
    ("Des hommes armés ont attaqué le 3 courant un poste de l'armée à Boni, tuant quatre soldats.", "fr", "2021-05-03"),
])
def test_relative_dates_kept(read, text, lang, when):
    evs, _ = read(text, lang)
    assert [d for (c, d, _) in evs.values() if c == "Attack"] == [when]
