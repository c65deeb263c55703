"""Forces struck through their things: the owner of a vehicle, a convoy or a camp that is hit,
or that runs over a mine, is the target of the event, never its author; an "IED" is a device, not
a verb. Synthetic sentences against the Sahel pack, English and French."""
from __future__ import annotations

import pytest


def test_an_ied_is_not_a_verb(roles):
    out = roles("On 2 May 2020, a peacekeeper was hurt by the explosion of an IED close to Douentza.")
    assert out["Explosion"] == {("TARGETED", "actor:minusma")}


@pytest.mark.parametrize("text, lang, actor", [
    ("On 2 May 2020, an IED struck a vehicle of the Malian army near Boni.", "en", "actor:fama"),
    ("On 2 May 2020, a MINUSMA truck struck an IED near Tessalit.", "en", "actor:minusma"),
    ("On 2 May 2020, a MINUSMA convoy hit a landmine near Aguelhok.", "en", "actor:minusma"),
    ("On 2 May 2020, an armoured vehicle of the Malian army struck an IED near Boni, wounding two soldiers.", "en",
     "actor:fama"),
    ("Le 2 mai 2020, un véhicule des FAMa a sauté sur une mine près de Boni.", "fr", "actor:fama"),
])
def test_the_owner_of_a_thing_struck_is_the_target(roles, text, lang, actor):
    out = roles(text, lang)
    assert ("TARGETED", actor) in out["Explosion"]
    assert ("ATTRIBUTED_TO", actor) not in out["Explosion"]


def test_the_author_of_a_device_aimed_at_a_vehicle_stays_its_author(roles):
    out = roles("On 2 May 2020, JNIM militants set off an IED against a Malian army vehicle near Toye.")
    assert {("ATTRIBUTED_TO", "actor:jnim"), ("TARGETED", "actor:fama")} <= out["Explosion"]
    out = roles("On 2 May 2020, a JNIM ambush killed five soldiers near Toye.")
    assert ("ATTRIBUTED_TO", "actor:jnim") in next(iter(out.values()))


@pytest.mark.parametrize("text, lang, actor", [
    ("On 2 May 2020, three Irish peacekeepers were injured by the explosion of an IED close to Gao.", "en", "actor:minusma"),
    ("On 2 May 2020, two army vehicles were hit by a roadside bomb near Niala.", "en", "actor:fama"),
    ("Armoured MINUSMA vehicle struck by IED in Kidal on 2 May 2020.", "en", "actor:minusma"),
    ("On 2 May 2020, a MINUSMA convoy was subjected to a complex attack near Tabrichat.", "en", "actor:minusma"),
    ("Le 2 mai 2020, trois casques bleus ont été blessés par l'explosion d'un engin explosif près de Kidal.", "fr",
     "actor:minusma"),
])
def test_those_struck_by_a_device_or_an_attack_are_its_target(roles, text, lang, actor):
    out = roles(text, lang)
    assert any(("TARGETED", actor) in v for v in out.values()), out
    assert not any(("ATTRIBUTED_TO", actor) in v for v in out.values()), out


def test_the_device_planted_by_a_group_keeps_its_author(roles):
    out = roles("On 2 May 2020, two MSA militiamen died in the blast of an IED presumably planted by ISGS "
                "militants near Tidimbawen.")
    assert ("TARGETED", "actor:msa") in out["Explosion"]
    assert ("ATTRIBUTED_TO", "actor:isgs") in out["Explosion"]
