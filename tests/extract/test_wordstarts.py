"""A word pattern tried at a sentence's words finds exactly what the engine's scan finds."""
import random
import re

import pytest

from conflictkg.extract import numbers, rules, triggers
from conflictkg.extract.gazetteer import tokenize
from conflictkg.extract.text import fold
from conflictkg.extract.wordstarts import WordGate, Words, first_words, sentence_words

SENTENCES = [
    "Gunmen attacked the village on Saturday, killing at least 35 civilians; the army said it had launched an operation.",
    "JNIM claimed responsibility for the ambush, while the government denied any involvement in the killings.",
    "Le 6 avril, des hommes armés ont attaqué le camp : au moins vingt morts, l'armée n'a pas confirmé, mais le groupe revendique l'attaque.",
    "Aujourd'hui, qu'ils aient tué ou non, jusqu'à dix villageois ont été enlevés puis relâchés ; d'autres ont été égorgés.",
    "The militia's raid left two stab-wounded herders; a cessez-le-feu was signed, then violated, and a truce announced.",
    "Les assaillants ont été passés à tabac, tabassés et maltraités ; un soldat a été blessé par balles à Gao.",
    "x'killed 'claimed -killed _killed killed-off killed's a'a l'a l'accord qu'a-t-il dit",
    "The bodies were found executed; he was beaten back, not beaten, and was found with his throat slit.",
    # harm and goods taken, a series of attacks
    "The attackers most likely belonged to the group, suspected of a series of attacks; two were wounded.",
    "Une série d'attaques ; les assaillants ont pillé le bétail et brûlé des greniers.",
    "They seized livestock, burned two granaries and abducted three people in several attacks.",
    "Des éléments de la katiba ont enlevé deux femmes et volé des motos lors d'attaques simultanées.",
    "",
]


def _noise(seed: int) -> str:
    rnd = random.Random(seed)
    words = ["a", "tue", "killed", "said", "l'attaque", "accord", "dit", "shot", "dead", "kill", "-", "'", "’", "é",
             "revendique", "attack", "ont", "a ete", "x", "9", "_", "claimed", ",", ";", "(", ")", "aujourd'hui"]
    return "".join(rnd.choice(words) + rnd.choice([" ", "", "'", "-", ". "]) for _ in range(120))


@pytest.mark.parametrize("pattern, words, prefixes", [
    (r"(?<![\w-])(?:kill(?:ed|s)?|shot dead)(?![\w-])", {"kill", "killed", "kills", "shot"}, ()),
    (r"\b(?:revendiqu\w*|a dit)\b", {"a"}, ("revendiqu",)),
    (r"(?P<x>(?<![\w-])claims?)|(?P<y>\bden(?:y|ied))", set(), ("claim", "claims", "deny", "denied")),
    (r"(?<![\w-])(?:stab-?wounded|l'armee)(?![\w-])", {"stab", "stabwounded", "l"}, ()),
    (r"(?<![\w-])(?:attack|raid)+", set(), ("attack", "raid")),
])
def test_first_words(pattern, words, prefixes):
    got = first_words(pattern)
    assert got is not None and got[0] == words and set(got[1]) == set(prefixes)


@pytest.mark.parametrize("pattern", [
    r"kill(?:ed)?",                         # may begin inside a word ("skilled")
    r"(?<![\w-])(?:killed|\w+ed)",          # an alternative opening with a class
    r"(?i)(?<![\w-])killed",                # case-insensitive
    r"(?<![\w-])(?:killed|)",               # an empty alternative
    r"(?<![\w-])(?:killed|Killed)",         # a capital is no folded letter
])
def test_patterns_left_to_the_scan(pattern):
    assert first_words(pattern) is None
    gate = WordGate(re.compile(pattern))
    text = "skilled Killed killed"
    toks = tokenize(text, text, 0, len(text))
    assert [m.span() for m in gate.finditer(text, 0, len(text), Words(text, 0, len(text), toks))] == \
        [m.span() for m in re.compile(pattern).finditer(text)]


def _texts():
    return [fold(s) for s in SENTENCES] + [_noise(i) for i in range(6)]


def test_sentence_words_are_the_runs_of_letters_and_digits():
    for f in _texts():
        toks = tokenize(f, f, 0, len(f))
        assert sentence_words(f, toks) == [(m.start(), m.group()) for m in re.finditer(r"[a-z0-9]+", f)]


@pytest.mark.parametrize("gate", [triggers._UNION_AT, triggers.SPEECH_AT, rules._KILL_VERB_AT, numbers._KILL_AT,
                                  rules._HARM_AT, rules._LOOT_AT, rules._SERIES_AT, numbers._WGATE_AT],
                         ids=["triggers", "speech", "kill-verbs", "kill-words", "harm", "loot", "series", "number-words"])
def test_gated_search_finds_what_the_scan_finds(gate):
    assert gate.words, "the pattern's first words are read"
    texts = _texts()
    for f in texts:
        # a sentence inside a longer text (positions in the text), and a sentence alone (offset)
        doc = "Before. " + f + " After killed."
        a, b = len("Before. "), len("Before. ") + len(f)
        toks = tokenize(doc, doc, a, b)
        # the tokens' keys stand for the words of a sentence without an apostrophe, else its runs
        for words in (Words(doc, a, b, toks, {t.key for t in toks}), Words(doc, a, b, toks)):
            want = [(m.span(), m.lastgroup) for m in gate.rx.finditer(doc, a, b)]
            assert [(m.span(), m.lastgroup) for m in gate.finditer(doc, a, b, words)] == want
            seg = doc[a:b]
            want = [(m.span(), m.lastgroup) for m in gate.rx.finditer(seg)]
            assert [(m.span(), m.lastgroup) for m in gate.finditer_in(seg, 0, len(seg), words, a)] == want
            # the first match alone: what ``rx.search`` gives
            got, want = gate.search(doc, a, b, words), gate.rx.search(doc, a, b)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
    assert any(list(gate.rx.finditer(f)) for f in texts)


def test_words_read_before_the_vocabulary_was_forgotten(monkeypatch):
    from conflictkg.extract import wordstarts

    monkeypatch.setattr(wordstarts, "_MAX_SEEN", 5)
    gate = triggers._UNION_AT
    first = fold("Hier, des hommes armés ont attaqué le village et enlevé trois bergers.")
    toks = tokenize(first, first, 0, len(first))
    words = Words(first, 0, len(first), toks, {t.key for t in toks})
    for k in range(3):   # other sentences, each past the small bound: what was read is forgotten
        other = fold(f"Une réunion numéro {k} sur la pluie et le beau temps, sans rien d'autre.")
        Words(other, 0, len(other), tokenize(other, other, 0, len(other)), None)
    assert [m.span() for m in gate.finditer(first, 0, len(first), words)] == \
        [m.span() for m in gate.rx.finditer(first)] != []


NUMBER_SENTENCES = [
    "Vingt-cinq soldats et une douzaine de civils ont été tués, deux autres blessés.",
    "A soldier and two dozen villagers were killed; hundreds fled, 1 200 displaced.",
    "Twelve people, including a child, died in 2019 (at least 3 more later).",
    "No toll was given for the raid on the village.",
    "Une femme et un homme ont été enlevés.",
]


@pytest.mark.parametrize("before", ["", ". ", "x", "_", "9"])
def test_numbers_read_alike_with_the_sentence_words(before):
    # a letter or digit right before the sentence is read by the whole-text test, not by the sentence's words
    for s in NUMBER_SENTENCES:
        f = fold(s)
        doc = before + f + " 7 more."
        a, b = len(before), len(before) + len(f)
        toks = tokenize(doc, doc, a, b)
        for words in (Words(doc, a, b, toks, {t.key for t in toks}), Words(doc, a, b, toks)):
            assert numbers.find_numbers(doc, a, b, [], words) == numbers.find_numbers(doc, a, b, [])
    assert any(numbers.find_numbers(fold(s), 0, len(fold(s))) for s in NUMBER_SENTENCES)
