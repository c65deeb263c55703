"""Negotiations, releases and hostages in news reports: a video a group "released" frees nobody,
people who greet the freed are not hostages, a prisoner exchange is its own release, the group
that frees hostages held them, a party that says it took no part is no party, "no agreement" is no
agreement, an armed group's emissaries are a party and not mediators, mediators named after the
verb or by their role, coordinated parties, and "the agreement" told again is the same agreement.
Synthetic sentences (English and French) against the Sahel pack."""
from __future__ import annotations

import pytest

from conflictkg.loaders import report
from conflictkg.loaders.base import LoadContext


@pytest.fixture
def load(sahel, tmp_path):
    """Events {id: {"class", "status", "slots": {(role, actor)}}} and relations {(s, p, o)} of a snippet."""
    def _run(text, lang="en", published="2020-10-09"):
        p = tmp_path / "r.txt"
        p.write_text(text, encoding="utf-8")
        sts = list(report.load(p, LoadContext(sahel, {"lang": lang, "published": published})))
        evs: dict = {}
        rels = set()
        for s in sts:
            if s.subject.startswith("event:"):
                e = evs.setdefault(s.subject, {"class": None, "status": None, "slots": set()})
                if s.predicate in ("class", "status"):
                    e[s.predicate] = s.value
                elif s.object and s.predicate in ("PARTICIPANT", "VICTIM", "MEDIATED_BY", "ATTRIBUTED_TO"):
                    e["slots"].add((s.predicate, s.object))
            elif s.object:
                rels.add((s.subject, s.predicate, s.object))
        return evs, rels
    return _run


def of(evs, cls):
    return [e for e in evs.values() if e["class"] == cls]


# -- releases ------------------------------------------------------------------------------------

def test_released_a_video_is_no_release(load):
    evs, _ = load("In 2017 JNIM released a video showing Sophie Petronin and Soumaila Cisse.")
    assert not of(evs, "Release")


def test_who_welcomes_the_release_is_no_hostage_en(load):
    evs, _ = load("Sophie Petronin was freed on Thursday. President Emmanuel Macron welcomed the release of Sophie Petronin.")
    victims = {a for e in of(evs, "Release") for (r, a) in e["slots"] if r == "VICTIM"}
    assert "actor:sophie-petronin" in victims
    assert "actor:emmanuel-macron" not in victims


def test_who_receives_the_freed_is_no_hostage_fr(load):
    evs, _ = load("Soumaïla Cissé a été libéré jeudi. Emmanuel Macron a reçu Sophie Pétronin, libérée le même jour.", lang="fr")
    victims = {a for e in of(evs, "Release") for (r, a) in e["slots"] if r == "VICTIM"}
    assert "actor:emmanuel-macron" not in victims
    assert "actor:sophie-petronin" in victims


def test_opposition_leader_is_the_hostage_not_a_relation(load):
    evs, _ = load("Malian opposition leader Soumaila Cisse was freed on Thursday by JNIM.")
    rel = of(evs, "Release")
    assert rel and ("VICTIM", "actor:soumaila-cisse") in rel[0]["slots"]


def test_the_group_that_frees_hostages_held_them_en(load):
    evs, rels = load("Soumaila Cisse and Sophie Petronin were freed by the al Qaeda-linked JNIM alliance on Thursday.")
    assert ("PARTICIPANT", "actor:jnim") in of(evs, "Release")[0]["slots"]
    assert ("actor:sophie-petronin", "HELD_HOSTAGE_BY", "actor:jnim") in rels
    assert ("actor:soumaila-cisse", "HELD_HOSTAGE_BY", "actor:jnim") in rels


def test_the_group_that_frees_hostages_held_them_fr(load):
    evs, rels = load("Sophie Pétronin a été libérée jeudi par le GSIM.", lang="fr")
    assert ("actor:sophie-petronin", "HELD_HOSTAGE_BY", "actor:jnim") in rels


def test_prisoners_freed_in_exchange_are_another_release_en(load):
    evs, _ = load("Sophie Petronin and Soumaila Cisse were freed by JNIM on Thursday. "
                  "In exchange, the authorities freed some 200 prisoners.")
    rels = of(evs, "Release")
    assert len(rels) == 2
    assert any(("VICTIM", "actor:sophie-petronin") in e["slots"] for e in rels)


def test_prisoners_freed_in_exchange_are_another_release_fr(load):
    evs, _ = load("Sophie Pétronin et Soumaïla Cissé ont été libérés jeudi par le GSIM. "
                  "En échange, les autorités ont relâché quelque 200 prisonniers.", lang="fr")
    assert len(of(evs, "Release")) == 2


def test_mediator_of_a_release_by_intervention(load):
    evs, _ = load("Sophie Petronin was released on Thursday after the intervention of the Government of Niger.")
    assert ("MEDIATED_BY", "actor:government-of-niger") in of(evs, "Release")[0]["slots"]


# -- talks and agreements ------------------------------------------------------------------------

def test_a_party_that_took_no_part_en(load):
    evs, _ = load("The release followed weeks of negotiations between the Government of Mali and JNIM. "
                  "France said it had played no part in the talks.")
    parts = {a for e in of(evs, "Negotiation") for (r, a) in e["slots"] if r == "PARTICIPANT"}
    assert {"actor:government-of-mali", "actor:jnim"} <= parts
    assert "actor:government-of-france" not in parts


def test_a_party_that_took_no_part_fr(load):
    evs, _ = load("La France a affirmé qu'elle n'avait pas pris part aux négociations avec le GSIM.", lang="fr")
    parts = {a for e in of(evs, "Negotiation") for (r, a) in e["slots"] if r == "PARTICIPANT"}
    assert "actor:government-of-france" not in parts


def test_no_agreement_is_no_agreement_en(load):
    evs, _ = load("Mohamed Bazoum said talks with the ISGS had begun in February 2022 but that no agreement had been reached.")
    assert not of(evs, "Agreement")
    assert of(evs, "Negotiation")


def test_no_agreement_is_no_agreement_fr(load):
    evs, _ = load("Des discussions entre le gouvernement nigérien et l'EIGS ont eu lieu en février 2022, mais aucun accord n'a été trouvé.", lang="fr")
    assert not of(evs, "Agreement")


def test_opposition_to_any_talks_is_no_talks_fr(load):
    evs, _ = load("Paris a répété le 20 octobre 2021 son opposition à toute négociation avec le GSIM.", lang="fr")
    assert not of(evs, "Negotiation")


def test_opposition_to_any_talks_is_no_talks_en(load):
    evs, _ = load("On 20 October 2021 France repeated that it was opposed to any negotiation with JNIM.")
    assert not of(evs, "Negotiation")


def test_group_emissaries_are_a_party_not_mediators_fr(load):
    evs, _ = load("Le 12 octobre 2021, le Haut conseil islamique a établi des contacts avec des émissaires de la katiba Macina.", lang="fr")
    ev = of(evs, "Negotiation")[0]
    assert ("PARTICIPANT", "actor:katiba-macina") in ev["slots"]
    assert ("MEDIATED_BY", "actor:katiba-macina") not in ev["slots"]


def test_group_emissaries_are_a_party_not_mediators_en(load):
    evs, _ = load("On 12 October 2021 the High Islamic Council held talks with emissaries of Katiba Macina.")
    ev = of(evs, "Negotiation")[0]
    assert ("MEDIATED_BY", "actor:katiba-macina") not in ev["slots"]


def test_broker_named_after_a_date(load):
    evs, _ = load("The ceasefire between Katiba Macina and Dozo hunters, brokered in March 2021 by the High Islamic Council, has collapsed.")
    ev = of(evs, "Agreement")[0]
    assert ("MEDIATED_BY", "actor:high-islamic-council-of-mali") in ev["slots"]


def test_mediator_by_role_en(load):
    evs, _ = load("In December 2022 the CMA asked for talks with the Government of Mali under international mediation. "
                  "The CMA wants the Government of Algeria, which leads the international mediation, to host the talks.")
    med = {a for e in of(evs, "Negotiation") for (r, a) in e["slots"] if r == "MEDIATED_BY"}
    assert "actor:government-of-algeria" in med


def test_mediator_by_role_fr(load):
    evs, _ = load("Les négociations entre le gouvernement malien et la CMA ont repris le 3 mai 2022 ; "
                  "l'Algérie, qui conduit la médiation internationale, a salué ces négociations.", lang="fr")
    med = {a for e in of(evs, "Negotiation") for (r, a) in e["slots"] if r == "MEDIATED_BY"}
    assert "actor:government-of-algeria" in med


def test_coordinated_parties_told_through_their_fighters_fr(load):
    evs, _ = load("Les chasseurs dozos et les combattants de la katiba Macina ont conclu le 14 mars 2021 un cessez-le-feu à Niono.", lang="fr")
    parts = {a for e in of(evs, "Agreement") for (r, a) in e["slots"] if r == "PARTICIPANT"}
    assert "actor:katiba-macina" in parts


def test_coordinated_parties_told_through_their_fighters_en(load):
    evs, _ = load("On 14 March 2021 Dozo hunters and fighters of Katiba Macina agreed a ceasefire in Niono.")
    parts = {a for e in of(evs, "Agreement") for (r, a) in e["slots"] if r == "PARTICIPANT"}
    assert "actor:katiba-macina" in parts


def test_the_agreement_told_again_is_the_same_fr(load):
    evs, _ = load("Le 14 mars 2021, les chasseurs dozos et la katiba Macina ont conclu un cessez-le-feu à Niono. "
                  "Aux termes de l'accord, les jihadistes lèvent le blocus du village de Farabougou.", lang="fr")
    assert len(of(evs, "Agreement")) == 1


def test_the_agreement_told_again_is_the_same_en(load):
    evs, _ = load("On 14 March 2021 Dozo hunters and Katiba Macina agreed a ceasefire in Niono. "
                  "Under the deal, the jihadists lift the blockade of Farabougou.")
    assert len(of(evs, "Agreement")) == 1
