"""Where events happen and where villages lie: reading errors found on short real reports (session 6).

Synthetic sentences written for these tests; place names are Malian villages and towns of the Sahel
pack, or names the pack does not know (Kobira, Toumbiri, Samani)."""
from __future__ import annotations

import pytest



def _places(events):
    return {p for _, p in events}


KORO = "place:ml/mopti/koro"


# -- a parenthesis that gives a village's approximate location -----------------------------------

@pytest.mark.parametrize("paren", ["(coded as Dioungani at geoprecision 2)", "(geolocated at Dioungani)",
                                   "(approximate location: Dioungani)"])
def test_a_parenthesis_giving_an_approximate_location_locates_the_village(where, paren):
    ev, parents, _ = where(f"On 3 May, militiamen burned the village of Kobira {paren} and killed two herders.")
    assert _places(ev) == {"place:kobira"}
    assert parents.get("place:kobira") == {KORO}


def test_a_point_given_for_a_region_does_not_make_the_region_near_it(where):
    ev, parents, _ = where("On 3 May, soldiers raided a camp in the Mopti Region (coded as Mopti, geoprecision 3).")
    assert "place:ml/mopti" not in parents


# -- names with a hyphened lower-case syllable ---------------------------------------------------

def test_a_tamasheq_name_spelled_with_hyphens_is_one_place(where):
    ev, _, names = where("On 3 May, a soldier was wounded by a mine in the area of I-n-Kobira, near Anderamboukane.")
    assert _places(ev) == {"place:i-n-kobira"}
    assert names["place:i-n-kobira"] == {"I-n-Kobira"}


def test_a_syllable_hyphened_to_a_village_name_belongs_to_it(where):
    ev, _, names = where("On 3 May, militiamen burned the village of Kobira-na and seized cattle.")
    assert _places(ev) == {"place:kobira-na"}
    # a pack name followed by such a syllable is another, longer name
    ev, _, _ = where("On 3 May, militiamen burned the village of Boni-pen and seized cattle.")
    assert "place:ml/mopti/douentza/boni" not in _places(ev)


def test_a_compound_word_after_a_name_is_no_part_of_it(where):
    ev, _, _ = where("On 3 May, Boni-based militants attacked the village of Kobira and killed a herder.")
    assert _places(ev) == {"place:kobira"}


# -- a name after the kind of place, without "of" ------------------------------------------------

def test_a_name_right_after_hamlet_or_village_is_a_place(where):
    ev, _, names = where("On 3 May, Dozo militiamen attacked the Fulani hamlet Samani and burned it to the ground.")
    assert _places(ev) == {"place:samani"}
    ev, _, _ = where("On 3 May, militiamen surrounded the village Kobira and killed five villagers.")
    assert _places(ev) == {"place:kobira"}


# -- a near spelling of a pack place that the text puts elsewhere --------------------------------

def test_a_near_spelling_is_not_the_pack_place_when_the_text_locates_it_elsewhere(where):
    # Dougabougou is a village of Ségou: "the Daoudabougou area of Bamako" is another place
    ev, parents, _ = where("On 3 May, angry youths ransacked three bars in the Daoudabougou area of Bamako.")
    assert "place:ml/segou/segou/dougabougou" not in _places(ev)
    assert _places(ev) == {"place:daoudabougou"}
    # Madougou lies in Koro: a village given as near Mondoro (Douentza) is not it
    ev, parents, _ = where("On 3 May, soldiers killed an old herder in Manougou (coded as Mondoro at geoprecision 2).")
    assert _places(ev) == {"place:manougou"}
    assert parents["place:manougou"] == {"place:ml/mopti/douentza"}


def test_a_near_spelling_stays_the_pack_place_when_the_text_agrees(where):
    # Dounapen and Dioungani are both in Koro; a region that holds the place agrees too
    ev, _, _ = where("On 3 May, militiamen killed two men in the area of Douna-pen, near Dioungani.")
    assert _places(ev) == {"place:ml/mopti/koro/dounapen"}
    ev, _, _ = where("On 3 May, a mine killed three civilians near the village of Niangassadiou, Mopti.")
    assert _places(ev) == {"place:ml/mopti/douentza/niangassagou"}


def test_sangha_is_a_pack_town_of_bandiagara(where):
    ev, parents, _ = where("On 3 May, militiamen attacked the village of Kobira in the area of Sangha, killing a herder.")
    assert _places(ev) == {"place:kobira"}
    assert parents["place:kobira"] == {"place:ml/mopti/bandiagara/sangha"} or \
        parents["place:kobira"] == {"place:ml/mopti/bandiagara"}
