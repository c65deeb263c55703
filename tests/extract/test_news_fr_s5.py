"""French news reports on the Sahel, fifth session: errors that fresh reports in the style of AFP,
RFI, Le Faso.net, ActuNiger and official communiqués triggered. Synthetic sentences, Sahel pack."""
from __future__ import annotations

import pytest

from conflictkg.loaders import report
from conflictkg.loaders.base import LoadContext


@pytest.fixture
def load(sahel, tmp_path):
    """Events {id: {"class", "date", "status", "place", "slots": {(role, actor, confidence)}}} and
    relations {(subject, predicate, object)} of a snippet."""
    def _run(text, lang="fr", published="2020-05-10"):
        p = tmp_path / "r.txt"
        p.write_text(text, encoding="utf-8")
        sts = list(report.load(p, LoadContext(sahel, {"lang": lang, "published": published})))
        evs: dict = {}
        rels = set()
        for s in sts:
            if s.subject.startswith("event:"):
                e = evs.setdefault(s.subject, {"class": None, "date": None, "status": None, "place": None, "slots": set()})
                if s.predicate in ("class", "status", "date"):
                    e[s.predicate] = s.value
                elif s.predicate == "OCCURRED_AT":
                    e["place"] = s.object
                elif s.object and s.predicate in ("PARTICIPANT", "VICTIM", "TARGETED", "MEDIATED_BY", "ATTRIBUTED_TO", "CONCERNS"):
                    e["slots"].add((s.predicate, s.object, s.confidence))
            elif s.object:
                rels.add((s.subject, s.predicate, s.object))
        return evs, rels
    return _run


def of(evs, cls):
    return [e for e in evs.values() if e["class"] == cls]


def perps(evs, cls):
    return {(a, c) for e in of(evs, cls) for (r, a, c) in e["slots"] if r == "ATTRIBUTED_TO"}


# -- claims ----------------------------------------------------------------------------------------

def test_auxiliary_after_an_apposition_is_no_unknown_speaker(load):
    # ", a revendiqué": the "a" is the French auxiliary, not an article opening an unnamed speaker
    evs, _ = load("Des hommes armés ont attaqué le camp de Nampala mardi. Le GSIM, lié à Al-Qaïda, a revendiqué l'attaque.")
    assert ("actor:jnim", "claimed") in perps(evs, "Attack")
    assert any(("PARTICIPANT", "actor:jnim", None) in e["slots"] for e in of(evs, "Statement"))


def test_says_it_is_the_author_is_a_claim(load):
    evs, _ = load("Des hommes armés ont attaqué le camp de Nampala mardi. Le lendemain, l'ANSIPRJ a affirmé en être l'auteur.")
    assert ("actor:ansiprj", "claimed") in perps(evs, "Attack")
    evs, _ = load("Des hommes armés ont attaqué le camp de Nampala mardi. Ansar Dine s'est attribué l'attaque mercredi.")
    assert ("actor:ansar-dine", "claimed") in perps(evs, "Attack")


# -- dates -----------------------------------------------------------------------------------------

def test_day_of_the_current_month(load):
    evs, _ = load("Le 8 courant, des hommes armés ont attaqué le camp de Nampala.", published="2021-11-17")
    assert [e["date"] for e in of(evs, "Attack")] == ["2021-11-08"]
    evs, _ = load("Des hommes armés ont attaqué Nampala le 3 du mois en cours.", published="2021-11-17")
    assert [e["date"] for e in of(evs, "Attack")] == ["2021-11-03"]


# -- who informs is not who attacks ------------------------------------------------------------------

def test_government_informing_is_no_perpetrator(load):
    evs, _ = load("Le gouvernement malien informe l'opinion que, dimanche, des terroristes de la katiba du Macina "
                  "ont attaqué le village de Sobane Da.")
    ps = {a for e in evs.values() for (r, a, c) in e["slots"] if r == "ATTRIBUTED_TO"}
    assert "actor:katiba-macina" in ps
    assert "actor:government-of-mali" not in ps


def test_transition_government_heading_is_no_new_body(sahel, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("COMMUNIQUÉ DU GOUVERNEMENT DE LA TRANSITION\n\nLe Gouvernement de la Transition condamne "
                 "l'attaque de Sobane Da au Mali.", encoding="utf-8")
    sts = list(report.load(p, LoadContext(sahel, {"lang": "fr", "published": "2022-06-20"})))
    new = {s.subject for s in sts if s.predicate == "class" and s.subject.startswith("actor:")}
    assert not any("communique" in a or "transition" in a for a in new)
    assert any(s.object == "actor:government-of-mali" for s in sts if s.predicate == "PARTICIPANT")


# -- leaders and hostages ------------------------------------------------------------------------------

def test_leader_of_the_group_not_of_its_patron(load):
    _, rels = load("Le GSIM, l'organisation liée à Al-Qaïda dirigée par Iyad Ag Ghaly, a attaqué Boulkessi.")
    assert ("actor:iyad-ag-ghaly", "LEADER_OF", "actor:jnim") in rels
    assert ("actor:iyad-ag-ghaly", "LEADER_OF", "actor:al-qaeda") not in rels


def test_subject_pronoun_of_a_later_clause_is_no_hostage(load):
    evs, rels = load("Sophie Pétronin avait été enlevée par le GSIM, dirigé par Iyad Ag Ghaly, alors qu'elle se rendait à Gao.")
    victims = {a for e in of(evs, "Kidnapping") for (r, a, c) in e["slots"] if r == "VICTIM"}
    assert "actor:sophie-petronin" in victims
    assert "actor:iyad-ag-ghaly" not in victims
    assert ("actor:iyad-ag-ghaly", "HELD_HOSTAGE_BY", "actor:jnim") not in rels


# -- negotiations ----------------------------------------------------------------------------------------

def test_country_that_mediates_is_its_government(load):
    evs, _ = load("Sophie Pétronin a été libérée lundi. Sa libération est le fruit de la médiation du Niger.")
    slots = {(r, a) for e in evs.values() for (r, a, c) in e["slots"]}
    assert any(a == "actor:government-of-niger" for (r, a) in slots)
    evs, _ = load("The talks were brokered by Niger, officials said.", lang="en")
    slots = {(r, a) for e in evs.values() for (r, a, c) in e["slots"]}
    assert any(a == "actor:government-of-niger" for (r, a) in slots)


def test_suspending_participation_fails_the_talks(load):
    evs, _ = load("La CMA a annoncé jeudi suspendre sa participation aux négociations avec le gouvernement malien.")
    assert [e["status"] for e in of(evs, "Negotiation")] == ["failed"]
    evs, _ = load("The CMA withdrew from the talks with the Malian government on Thursday.", lang="en")
    assert [e["status"] for e in of(evs, "Negotiation")] == ["failed"]


def test_discussions_with_a_party_are_talks(load):
    evs, _ = load("Les discussions entre la CMA et le gouvernement malien sont au point mort depuis plusieurs mois.")
    negs = of(evs, "Negotiation")
    assert negs and negs[0]["status"] == "failed"
    assert {("PARTICIPANT", "actor:cma"), ("PARTICIPANT", "actor:government-of-mali")} <= {(r, a) for (r, a, c) in negs[0]["slots"]}


# -- agreements ------------------------------------------------------------------------------------------

def test_word_inside_a_name_is_no_membership(load):
    # "unité" in "Haut Conseil pour l'unité de l'Azawad" is part of the name, not "a unit of"
    _, rels = load("Le texte a été signé par le Mouvement national de libération de l'Azawad (MNLA), "
                   "le Haut Conseil pour l'unité de l'Azawad (HCUA) et le Mouvement arabe de l'Azawad (MAA).")
    assert not any(p == "PART_OF" for (s, p, o) in rels)


def test_who_obtains_an_agreement_between_others_mediates(load):
    evs, _ = load("Le président Mahamadou Issoufou a obtenu vendredi à Kidal la signature d'un accord de cessez-le-feu "
                  "entre le gouvernement malien et la CMA.", published="2014-05-23")
    agr = of(evs, "Agreement")
    assert agr and ("MEDIATED_BY", "actor:mahamadou-issoufou", None) in agr[0]["slots"]
    assert ("PARTICIPANT", "actor:cma", None) in agr[0]["slots"]
    evs, _ = load("Mahamadou Issoufou secured on Friday a ceasefire between the Malian government and the CMA.",
                  lang="en", published="2014-05-23")
    agr = of(evs, "Agreement")
    assert agr and ("MEDIATED_BY", "actor:mahamadou-issoufou", None) in agr[0]["slots"]


def test_initialled_text_names_the_parties(load):
    evs, _ = load("Un accord de cessez-le-feu a été conclu vendredi à Kidal. Le texte a été paraphé par le MNLA et le HCUA.",
                  published="2014-05-23")
    agr = of(evs, "Agreement")
    assert len(agr) == 1
    assert {("PARTICIPANT", "actor:mnla", None), ("PARTICIPANT", "actor:hcua", None)} <= agr[0]["slots"]


# -- places and dates ---------------------------------------------------------------------------------------

def test_ends_of_a_route_are_not_the_place(load):
    evs, _ = load("Le bateau qui assurait la liaison entre Gao et Mopti a été attaqué jeudi à hauteur de Bamba, "
                  "dans le cercle de Bourem.", published="2023-09-09")
    assert [e["place"] for e in of(evs, "Attack")] == ["place:ml/gao/bourem/bamba"]
    evs, _ = load("A boat plying between Gao and Mopti was attacked on Thursday near Bamba.", lang="en", published="2023-09-09")
    places = [e["place"] for e in of(evs, "Attack")]
    assert len(places) == 1 and places[0].endswith("bamba")


def test_same_day_takes_the_told_event_date(load):
    evs, _ = load("Des jihadistes ont attaqué Bamba jeudi. Le même jour, le camp militaire de Bourem a été la cible d'une attaque.",
                  published="2023-09-09")
    assert sorted(e["date"] for e in of(evs, "Attack")) == ["2023-09-07", "2023-09-07"]
    evs, _ = load("Militants attacked Bamba on Thursday. On the same day, the army camp in Bourem came under attack.",
                  lang="en", published="2023-09-09")
    assert sorted(e["date"] for e in of(evs, "Attack")) == ["2023-09-07", "2023-09-07"]


def test_where_residents_live_is_a_place(sahel, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Les assaillants ont ouvert le feu sur les habitants de Tchoma Bangou, où soixante-dix personnes ont péri, "
                 "et de Zaroumdareye, où trente villageois ont été tués.", encoding="utf-8")
    sts = list(report.load(p, LoadContext(sahel, {"lang": "fr", "published": "2021-01-04"})))
    cls = {s.subject: s.value for s in sts if s.predicate == "class"}
    assert cls.get("place:tchoma-bangou") == "Settlement" and cls.get("place:zaroumdareye") == "Settlement"
    assert "actor:tchoma-bangou" not in cls


def test_last_two_names_of_a_list_of_villages(sahel, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Des terroristes ont attaqué les villages de Sankoro, Bidi et Kourouni, dans le cercle de Bankass.", encoding="utf-8")
    sts = list(report.load(p, LoadContext(sahel, {"lang": "fr", "published": "2022-06-20"})))
    located = {s.subject for s in sts if s.predicate == "LOCATED_IN" and s.object == "place:ml/mopti/bankass"}
    assert {"place:sankoro", "place:bidi", "place:kourouni"} <= located


# -- a post that underwent an attack; habits -----------------------------------------------------------

def test_post_that_underwent_an_attack_is_its_target(load):
    evs, _ = load("Dimanche, l'emprise des FAMa à Tessit a fait l'objet d'une attaque complexe de la part des "
                  "terroristes de l'EIGS.", published="2022-08-08")
    att = of(evs, "Attack")
    assert att and ("TARGETED", "actor:fama", None) in att[0]["slots"]
    assert ("actor:isgs", "attributed") in perps(evs, "Attack")
    evs, _ = load("On Sunday the Malian army camp in Tessit came under attack by ISGS fighters.", lang="en", published="2022-08-08")
    assert ("TARGETED", "actor:fama", None) in of(evs, "Attack")[0]["slots"]


def test_place_regularly_the_scene_of_clashes_is_no_event(load):
    evs, _ = load("La localité de Tessit est régulièrement le théâtre d'affrontements entre l'EIGS et le JNIM.",
                  published="2022-08-08")
    assert not of(evs, "Clash")
    evs, _ = load("Tessit is frequently the scene of clashes between ISGS and JNIM.", lang="en", published="2022-08-08")
    assert not of(evs, "Clash")


def test_morning_of_a_named_day_is_that_day(load):
    evs, _ = load("Dans la matinée du dimanche 14 novembre 2021, des individus armés ont attaqué le poste de gendarmerie d'Inata.",
                  published="2021-11-17")
    assert [e["date"] for e in of(evs, "Attack")] == ["2021-11-14"]
    evs, _ = load("On the morning of Sunday 14 November 2021, gunmen attacked the gendarmerie post in Inata.",
                  lang="en", published="2021-11-17")
    assert [e["date"] for e in of(evs, "Attack")] == ["2021-11-14"]


def test_gendarmes_and_a_few_civilians_killed_is_still_an_attack(load):
    evs, _ = load("Dimanche, des hommes armés ont attaqué le poste d'Inata. Selon le gouvernement, quarante-neuf gendarmes "
                  "et quatre civils ont été tués.", published="2021-11-17")
    assert of(evs, "Attack") and not of(evs, "ViolenceAgainstCivilians")


# -- bodies named the French way -------------------------------------------------------------------------

CSP = ("Les mouvements signataires réunis au sein du Cadre stratégique permanent pour la paix, la sécurité et le "
       "développement (CSP-PSD) ont annoncé jeudi suspendre leur participation aux négociations. Dans un communiqué, "
       "le CSP-PSD, dont fait partie la Coordination des mouvements de l'Azawad (CMA), reproche aux autorités de "
       "transition leur manque de volonté politique.")


def test_body_named_with_its_acronym(sahel, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text(CSP, encoding="utf-8")
    sts = list(report.load(p, LoadContext(sahel, {"lang": "fr", "published": "2022-12-23"})))
    new = {s.subject: s.value for s in sts if s.predicate == "class" and s.subject.startswith("actor:")}
    csp = [a for a in new if a.startswith("actor:cadre-strategique")]
    assert len(csp) == 1 and new[csp[0]] == "ArmedGroup"
    # the acronym alone, in the next sentence, is the same body
    assert any(s.object == csp[0] and (s.evidence or "").startswith("Dans un communiqué") for s in sts)


def test_member_named_after_dont_fait_partie(load):
    _, rels = load(CSP, published="2022-12-23")
    part = [(s, o) for (s, p, o) in rels if p == "PART_OF"]
    assert ("actor:cma", ) == tuple(s for s, o in part if o.startswith("actor:cadre-strategique"))
    assert not any(p == "RIVAL_OF" for (s, p, o) in rels)


# -- attributions in French ------------------------------------------------------------------------------

def test_attributed_in_french(load):
    for text in ("Des hommes armés ont attaqué le camp de Bourem jeudi. L'attaque est attribuée au JNIM.",
                 "Des hommes armés ont attaqué le camp de Bourem jeudi. Les autorités attribuent l'attaque au JNIM."):
        evs, _ = load(text, published="2023-09-09")
        assert ("actor:jnim", "attributed") in perps(evs, "Attack"), text
        assert not any(r == "TARGETED" and a == "actor:jnim" for e in evs.values() for (r, a, c) in e["slots"])


def test_who_attributes_an_attack_did_not_commit_it(load):
    evs, _ = load("Le camp militaire de Bourem a été la cible d'une attaque jeudi. Les attaques sont attribuées par "
                  "le gouvernement malien à des terroristes du JNIM.", published="2023-09-09")
    ps = {a for (a, c) in perps(evs, "Attack")}
    assert "actor:jnim" in ps and "actor:government-of-mali" not in ps
    evs, _ = load("The Bourem army camp came under attack on Thursday. The attacks were blamed by the Malian government "
                  "on JNIM militants.", lang="en", published="2023-09-09")
    assert "actor:government-of-mali" not in {a for (a, c) in perps(evs, "Attack")}


def test_name_in_quotes_is_no_place(load):
    evs, _ = load("Attaque du bateau « Tombouctou » : au moins 49 civils ont été tués jeudi.", published="2023-09-09")
    assert not any(e["place"] == "place:ml/timbuktu" or (e["place"] or "").startswith("place:ml/timbuktu") for e in evs.values())


# -- a communiqué that claims; hedges after the subject; allies ------------------------------------------

NAMPALA = ("Dix-sept militaires maliens ont été tués mardi lors de l'attaque du camp de Nampala. Dans un communiqué, "
           "l'ANSIPRJ, un mouvement apparu en juin, a affirmé en être l'auteur. Selon une source sécuritaire, des "
           "combattants de la katiba Macina, alliée d'Ansar Dine, ont vraisemblablement pris part à l'opération.")


def test_communique_that_claims_is_a_claim(load):
    evs, _ = load(NAMPALA, published="2016-07-20")
    assert ("actor:ansiprj", "claimed") in perps(evs, "Attack")
    # the month the group appeared is not the date of its communiqué
    assert not any(e["date"] == "2016-06" for e in of(evs, "Statement"))


def test_hedge_after_the_auxiliary_and_ally_in_apposition(load):
    evs, rels = load(NAMPALA, published="2016-07-20")
    ps = perps(evs, "Attack")
    assert ("actor:katiba-macina", "probable") in ps
    assert not any(a == "actor:ansar-dine" for (a, c) in ps)
    assert ("actor:katiba-macina", "ALLIED_WITH", "actor:ansar-dine") in rels
    evs, _ = load("Soldiers were killed in an attack on the Nampala camp on Tuesday. Fighters of the Katiba Macina, "
                  "an ally of Ansar Dine, have probably taken part in the assault.", lang="en", published="2016-07-20")
    ps = perps(evs, "Attack")
    assert ("actor:katiba-macina", "probable") in ps and not any(a == "actor:ansar-dine" for (a, c) in ps)


def test_two_kidnappings_in_one_sentence_keep_their_own_hostages(load):
    evs, _ = load("Enlevé le 8 avril 2021 à Gao, le journaliste Olivier Dubois a été libéré lundi, en même temps que "
                  "l'humanitaire américain Jeffery Woodke, kidnappé en octobre 2016 à Abalak.", published="2023-03-21")
    kid = {e["date"]: {a for (r, a, c) in e["slots"] if r == "VICTIM"} for e in of(evs, "Kidnapping")}
    assert kid.get("2021-04-08") == {"actor:olivier-dubois"}
    assert kid.get("2016-10") == {"actor:jeffery-woodke"}
    rel = {a for e in of(evs, "Release") for (r, a, c) in e["slots"] if r == "VICTIM"}
    assert {"actor:olivier-dubois", "actor:jeffery-woodke"} <= rel


def test_the_town_is_the_one_just_named(load):
    evs, _ = load("Un cessez-le-feu a été conclu vendredi à Kidal. Il intervient deux jours après l'échec de l'offensive "
                  "lancée mercredi par l'armée malienne pour reprendre le contrôle de la ville.", published="2014-05-23")
    assert [e["place"] for e in of(evs, "MilitaryOperation")] == ["place:ml/kidal/kidal/kidal"]
    evs, _ = load("A ceasefire was agreed in Kidal on Friday, two days after the army launched an offensive on "
                  "Wednesday to retake the town.", lang="en", published="2014-05-23")
    assert [e["place"] for e in of(evs, "MilitaryOperation")] == ["place:ml/kidal/kidal/kidal"]


def test_the_village_targeted_is_the_event_just_told(load):
    evs, _ = load("Au moins cent personnes ont été tuées samedi dans une attaque contre le village de Tchoma Bangou. "
                  "Le village a été visé en fin de matinée, selon un habitant.", published="2021-01-04")
    violent = [e for e in evs.values() if e["class"] in ("Attack", "ViolenceAgainstCivilians")]
    assert len(violent) == 1 and violent[0]["date"] == "2021-01-02"
    evs, _ = load("At least a hundred people were killed on Saturday in an attack on the village of Tchoma Bangou. "
                  "The village was targeted late in the morning, a resident said.", lang="en", published="2021-01-04")
    violent = [e for e in evs.values() if e["class"] in ("Attack", "ViolenceAgainstCivilians")]
    assert len(violent) == 1 and violent[0]["date"] == "2021-01-02"


def test_subject_pronoun_before_the_verb_is_still_the_hostage(load):
    evs, _ = load("Sophie Pétronin vivait à Gao. Elle avait déjà été retenue en otage en 2012, puis libérée après une "
                  "médiation.", published="2020-10-10")
    victims = {a for e in of(evs, "Release") for (r, a, c) in e["slots"] if r == "VICTIM"}
    assert "actor:sophie-petronin" in victims


def test_both_attacks_attributed(load):
    evs, _ = load("Le bateau a été attaqué jeudi près de Bamba. Le même jour, le camp militaire de Bourem a été la cible "
                  "d'une attaque. Les deux attaques sont attribuées par les autorités à des terroristes du JNIM.",
                  published="2023-09-09")
    att = of(evs, "Attack")
    assert len(att) == 2 and all(("ATTRIBUTED_TO", "actor:jnim", "attributed") in e["slots"] for e in att)
    assert not any(a == "actor:government-of-mali" for e in att for (r, a, c) in e["slots"])
    evs, _ = load("A boat was attacked near Bamba on Thursday. The same day, the army camp in Bourem was attacked. "
                  "Both attacks were attributed to JNIM.", lang="en", published="2023-09-09")
    att = of(evs, "Attack")
    assert len(att) == 2 and all(("ATTRIBUTED_TO", "actor:jnim", "attributed") in e["slots"] for e in att)


def test_hostage_named_again_joins_his_own_kidnapping(load):
    evs, _ = load("Enlevé le 8 avril 2021 à Gao, le journaliste Olivier Dubois a été libéré lundi, en même temps que "
                  "l'humanitaire Jeffery Woodke, kidnappé en octobre 2016 à Abalak. Olivier Dubois avait été pris en otage "
                  "par le JNIM.", published="2023-03-21")
    kid = {e["date"]: e["slots"] for e in of(evs, "Kidnapping")}
    assert ("ATTRIBUTED_TO", "actor:jnim", "attributed") in kid["2021-04-08"]
    assert not any(a == "actor:jnim" or a == "actor:olivier-dubois" for (r, a, c) in kid["2016-10"])


def test_list_of_bodies_each_with_its_acronym(load):
    evs, _ = load("Un accord de cessez-le-feu a été conclu vendredi à Kidal. Le texte a été paraphé par le Mouvement "
                  "national de libération de l'Azawad (MNLA), le Haut Conseil pour l'unité de l'Azawad (HCUA) et le "
                  "Mouvement arabe de l'Azawad (MAA).", published="2014-05-23")
    parts = {a for e in of(evs, "Agreement") for (r, a, c) in e["slots"] if r == "PARTICIPANT"}
    assert {"actor:mnla", "actor:hcua", "actor:maa"} <= parts
