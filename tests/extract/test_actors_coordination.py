"""Parties named together: "X/Y militants" are both, armed subjects joined by "and" share their
verb ("X militiamen and Malian soldiers intervened"), the men "of" a group act for it ("les
chasseurs de X ont repoussé"); spellings of names and of hunters ("donzos"). Synthetic sentences
against the Sahel pack, English and French."""
from __future__ import annotations

import pytest


def actors(out):
    return {a for v in out.values() for _, a in v}


def test_a_slash_joins_two_names_of_one_party(roles):
    out = roles("On 2 May 2020, presumed JNIM/Katiba Macina militants robbed bus passengers near Bore.")
    assert {"actor:jnim", "actor:katiba-macina"} <= actors(out)
    out = roles("On 2 May 2020, French forces killed about twenty JNIM/Katiba Macina militants south of Mopti.")
    assert {("TARGETED", "actor:jnim"), ("TARGETED", "actor:katiba-macina")} <= set().union(*out.values())


@pytest.mark.parametrize("text, lang", [
    ("On 2 May 2020, gunmen attacked the village of Dim. Dan Na Ambassagou militiamen and Malian soldiers "
     "intervened and repelled the attack.", "en"),
    ("Le 2 mai 2020, des hommes armés ont attaqué le village de Dim. Les chasseurs de Dan Na Ambassagou et les "
     "soldats maliens ont repoussé l'attaque.", "fr"),
])
def test_armed_subjects_joined_by_and_share_their_verb(roles, text, lang):
    out = roles(text, lang)
    assert {("PARTICIPANT", "actor:dan-na-ambassagou"), ("PARTICIPANT", "actor:fama")} <= out["Clash"]


def test_spellings_of_names_and_of_hunters(roles):
    out = roles("On 2 May 2020, Dogon donzos attacked and burned a hamlet near Mbana.")
    assert "actor:dogon-ethnic-militia-mali" in actors(out)
    out = roles("On 2 May 2020, presumed Dana Amassagou militiamen killed two herders near Dorodo.")
    assert "actor:dan-na-ambassagou" in actors(out)
    out = roles("On 2 May 2020, a truck struck a mine near Tarkint; the device was likely planted by Mourabitoune "
                "militants.")
    assert ("ATTRIBUTED_TO", "actor:al-mourabitoun") in out["Explosion"]


@pytest.mark.parametrize("text, role", [
    ("On 2 May 2020, presumed Katiba Macina (JNIM) militants set off explosives and damaged the bridge in Songho.",
     "ATTRIBUTED_TO"),
    ("On 2 May 2020, airstrikes hit a camp near Boni, likely targeting Katiba Serma (JNIM) militants.",
     "TARGETED"),
])
def test_the_group_named_in_parentheses_acts_with_its_unit(roles, text, role):
    out = roles(text)
    assert (role, "actor:jnim") in out["Explosion"]


def test_a_hedged_parenthesis_is_not_a_second_party(roles):
    out = roles("On 2 May 2020, JNIM (most probably the Katiba Macina) shelled the camp in Boni.")
    assert ("ATTRIBUTED_TO", "actor:jnim") not in out.get("Explosion", set()) or \
        ("ATTRIBUTED_TO", "actor:katiba-macina") not in out.get("Explosion", set())


@pytest.mark.parametrize("text, lang", [
    ("On 2 May 2020, the Malian army carried out the forced disappearance of six herders near Diabi.", "en"),
])
def test_a_forced_disappearance_is_a_noun_whose_author_carried_it_out(roles, text, lang):
    out = roles(text, lang)
    assert ("ATTRIBUTED_TO", "actor:fama") in out["Kidnapping"]
