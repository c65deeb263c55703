"""Session 7: unseen news reports (headline participles, compound French numbers, natural regions,
ethnic adjectives of villages). Invented EN/FR sentences, read with the Sahel pack."""
from __future__ import annotations

import pytest


@pytest.fixture
def read(sahel_roles):
    """{event class: {(predicate, object)}} and the LOCATED_IN/OPERATES_IN pairs of a snippet."""
    def _run(text, lang="fr"):
        sts, cls, slots = sahel_roles(text, lang, "2021-03-10")
        for s in sts:
            if s.subject in cls and s.predicate in ("fatalities_min", "fatalities_max"):
                slots.setdefault(cls[s.subject], set()).add((s.predicate, s.value))
        rels = {(s.subject, s.predicate, s.object) for s in sts if s.predicate in ("LOCATED_IN", "OPERATES_IN")}
        return cls, slots, rels, sts
    return _run


@pytest.mark.parametrize("text,lang,target,author", [
    ("Quatre soldats maliens tués par le JNIM près de Boni", "fr", "actor:fama", "actor:jnim"),
    ("Deux soldats burkinabè tués par l'EIGS près de Djibo", "fr", "actor:burkina-armed-forces", "actor:isgs"),
])
def test_headline_participle_is_passive(read, text, lang, target, author):
    # the victims are the participle's subject, the author follows "par"/"by": not an army operation
    cls, slots, _, _ = read(text, lang)
    assert set(cls.values()) == {"Attack"}
    assert ("TARGETED", target) in slots["Attack"]
    assert any(p == "ATTRIBUTED_TO" and o == author for p, o in slots["Attack"])
    assert not any(p == "ATTRIBUTED_TO" and o == target for p, o in slots["Attack"])


@pytest.mark.parametrize("text,lang,victim", [
    ("Trois soldats maliens tués par des jihadistes présumés près de Boni", "fr", "actor:fama"),
    ("Deux casques bleus tués par une mine près de Boni", "fr", "actor:minusma"),
])
def test_headline_participle_victims_are_not_authors(read, text, lang, victim):
    cls, slots, _, _ = read(text, lang)
    got = set().union(*slots.values())
    assert ("TARGETED", victim) in got
    assert ("ATTRIBUTED_TO", victim) not in got
    assert ("PARTICIPANT", victim) not in got


def test_active_french_verb_keeps_its_subject(read):
    # with its auxiliary, even past an adverb with an apostrophe, the verb is active
    cls, slots, _, _ = read("Des hommes armés ont d'abord attaqué le poste des Volontaires pour la défense de la patrie à Boni.")
    assert ("TARGETED", "actor:vdp") in set().union(*slots.values())


@pytest.mark.parametrize("text,value", [
    ("cinquante et un civils", 51),
    ("trente et une personnes", 31),
    ("soixante et onze soldats", 71),
    ("vingt-cinq morts", 25),
    ("cinquante-et-un morts", 51),
    ("twenty-five dead", 25),
])
def test_compound_number_words(text, value):
    from conflictkg.extract.numbers import find_numbers
    assert [n.value for n in find_numbers(text, 0, len(text))] == [value]


def test_tens_and_article_stay_apart():
    from conflictkg.extract.numbers import find_numbers
    t = "vingt soldats et un civil"
    assert [n.value for n in find_numbers(t, 0, len(t))] == [20, 1]


@pytest.mark.parametrize("text,lang,toll", [
    ("Mali : cinquante et un civils tués dans l'attaque de Ouatagouna dimanche", "fr", "51"),
    ("Twenty-five villagers were killed in Ouatagouna on Sunday.", "en", "25"),
])
def test_compound_toll(read, text, lang, toll):
    cls, slots, _, _ = read(text, lang)
    assert ("fatalities_min", toll) in set().union(*slots.values())


@pytest.mark.parametrize("text,lang", [
    ("Katiba Macina, which operates in the Macina region of central Mali, claimed the attack on Kati.", "en"),
    ("La katiba Macina, active dans la région du Macina, a revendiqué l'attaque de Kati.", "fr"),
])
def test_macina_region_is_an_area_not_the_cercle(read, text, lang):
    _, _, rels, sts = read(text, lang)
    ops = {o for s, p, o in rels if p == "OPERATES_IN" and s == "actor:katiba-macina"}
    assert "place:ml/segou/macina" not in ops
    area = {s.subject for s in sts if s.predicate == "class" and s.value == "Area"}
    assert ops and ops <= area


@pytest.mark.parametrize("text,lang,place", [
    ("Gunmen killed 12 civilians in the Mopti region on Monday.", "en", "place:ml/mopti"),
    ("Des hommes armés ont tué 12 civils dans la région de Mopti lundi.", "fr", "place:ml/mopti"),
    ("Gunmen killed 12 civilians in Macina on Monday.", "en", "place:ml/segou/macina"),
    # a town's region is its surroundings, in its cercle
    ("Gunmen killed 12 civilians in the Douentza region on Monday.", "en", "place:ml/mopti/douentza"),
    ("Gunmen killed 12 civilians near Sokolo, Niono, Region, on Monday.", "en", "place:ml/segou/niono/sokolo"),
])
def test_administrative_regions_and_bare_cercles_stay(read, text, lang, place):
    _, _, _, sts = read(text, lang)
    assert place in {s.object for s in sts if s.predicate == "OCCURRED_AT"}


@pytest.mark.parametrize("text,lang", [
    ("Gunmen attacked the Dogon village of Gangafani on Monday, killing 12 people.", "en"),
    ("Le village dogon de Yoro a été attaqué lundi par des hommes armés.", "fr"),
])
def test_dogon_village_is_no_militia(read, text, lang):
    cls, slots, _, sts = read(text, lang)
    actors = {o for v in slots.values() for p, o in v if isinstance(o, str) and o.startswith("actor:")}
    assert not any("dogon" in a and "militia" in a for a in actors)
    assert not any(s.subject.startswith("actor:") and "militia" in s.subject and "dogon" in s.subject for s in sts)


@pytest.mark.parametrize("text,toll", [
    ("Trente-cinq personnes ont été tuées à Sobane Da en juin 2019.", "35"),
    ("Douze femmes avaient été tuées à Ogossagou, dans le cercle de Bankass.", "12"),
])
def test_feminine_plural_killing(read, text, toll):
    # "tuées" is a killing like "tués"
    cls, slots, _, _ = read(text)
    assert "ViolenceAgainstCivilians" in cls.values()
    assert ("fatalities_min", toll) in slots["ViolenceAgainstCivilians"]


def test_crowd_word_as_headline_victims_is_no_riot(read):
    cls, _, _, _ = read("Deux femmes tuées par des hommes armés près de Boni")
    assert set(cls.values()) == {"ViolenceAgainstCivilians"}


@pytest.mark.parametrize("text,lang,inner,outer", [
    ("At least 40 people were killed in Solhan, in neighbouring Yagha province, in June.", "en", "place:bf/sahel/yagha/solhan", "place:bf/sahel/yagha"),
    ("Twelve soldiers died in an attack in Koutougou, also in Soum province.", "en", "place:bf/sahel/soum/koutougou", "place:bf/sahel/soum"),
    ("L'attaque lancée dimanche contre Djibo, chef-lieu de la province du Soum, a été repoussée.", "fr", "place:bf/sahel/soum/djibo", "place:bf/sahel/soum"),
])
def test_container_after_adjective_or_head_noun(read, text, lang, inner, outer):
    _, _, rels, _ = read(text, lang)
    assert (inner, "LOCATED_IN", outer) in rels


@pytest.mark.parametrize("text,lang,name,outer", [
    ("Des hommes armés ont attaqué Kourbala, localité de la province du Sanmatenga, samedi.", "fr", "kourbala", "place:bf/centre-nord/sanmatenga"),
    ("Gunmen stormed Wendou, in Seno province near the border with Niger, on Saturday.", "en", "wendou", "place:bf/sahel/seno"),
])
def test_unknown_name_in_a_place_apposition_is_a_place(read, text, lang, name, outer):
    _, _, rels, sts = read(text, lang)
    assert (f"place:{name}", "LOCATED_IN", outer) in rels
    assert f"place:{name}" in {s.object for s in sts if s.predicate == "OCCURRED_AT"}


@pytest.mark.parametrize("text,lang", [
    ("Mali raises massacre toll to 79 as thousands flee to Bankass", "en"),
    ("Le bilan du massacre passe à 79 morts; des milliers d'habitants fuient vers Bankass", "fr"),
])
def test_where_people_flee_is_no_event_place(read, text, lang):
    _, _, _, sts = read(text, lang)
    at = {s.object for s in sts if s.predicate == "OCCURRED_AT"}
    assert not any(p.startswith("place:ml/mopti/bankass") for p in at)


def test_known_new_place_at_sentence_start(read):
    # a village the report created, named again as the first word of a sentence, keeps its container
    _, _, rels, _ = read("Des civils ont été tués samedi à Kourbala. Kourbala, localité de la province du Sanmatenga, "
                         "accueille des milliers de déplacés.")
    assert ("place:kourbala", "LOCATED_IN", "place:bf/centre-nord/sanmatenga") in rels
