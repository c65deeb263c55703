"""Spellings of place names: the Tamasheq "In"/"Tin" prefix ("I-n-Tamede", "In-Tamede", "In
Tamede"), and the "In" of a name the pack does not know."""
from conflictkg.extract.gazetteer import Gazetteer, tokenize
from conflictkg.extract.text import fold
from conflictkg.graph.resolver import Entity, Resolver


def _gaz():
    ents = {
        "place:x/in-tamede": Entity("place:x/in-tamede", "Place", "Settlement", "I-n-Tamede", {"I-n-Tamede"}, True),
        "place:x/tin-zaouaten": Entity("place:x/tin-zaouaten", "Place", "Settlement", "Tin Zaouaten", {"Tin Zaouaten"}, True),
    }
    return Gazetteer(Resolver(ents))


def _match(gaz, text, at):
    toks = tokenize(text, fold(text), 0, len(text))
    m = gaz.match(toks, at, 0)
    return (m.ids, m.j - m.i) if m else None


def test_in_prefix_spellings_find_the_pack_place():
    gaz = _gaz()
    assert _match(gaz, "killed in In-Tamede", 2) == ({"place:x/in-tamede"}, 2)
    assert _match(gaz, "killed in In Tamede", 2) == ({"place:x/in-tamede"}, 2)
    assert _match(gaz, "killed in I-n-Tamede", 2) == ({"place:x/in-tamede"}, 3)
    assert _match(gaz, "tués à Ti-n-Zaouaten", 2) == ({"place:x/tin-zaouaten"}, 3)


def test_a_preposition_is_not_the_prefix():
    # "in Tamede": the preposition and a bare name, not "In Tamede"
    assert _match(_gaz(), "killed in Tamede", 1) is None


def test_unknown_in_name_keeps_its_prefix(run):
    out = run("On 28 May 2020, gunmen killed two herders in the area of In Gouyaz (Gao, Gao).")
    assert "place:in-gouyaz" in out.entities()
    out = run("On 6 May 2018, militiamen executed two herders in In-Kakane.")
    assert "place:in-kakane" in out.entities()


def test_transliteration_variants_of_a_pack_village():
    ents = {
        "place:x/dallah": Entity("place:x/dallah", "Place", "Settlement", "Dallah", {"Dallah"}, True),
        "place:x/gourti": Entity("place:x/gourti", "Place", "Settlement", "Gourti", {"Gourti"}, True),
        "place:x/segou": Entity("place:x/segou", "Place", "Settlement", "Ségou", {"Ségou"}, True),
    }
    gaz = Gazetteer(Resolver(ents))
    assert gaz.spelling("Dala") == "place:x/dallah"
    assert gaz.spelling("Gourty") == "place:x/gourti"
    assert gaz.spelling("Ségué") is None          # another village, not a spelling
    assert gaz.spelling("Bi") is None             # too short to tell

