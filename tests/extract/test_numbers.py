"""Numbers, death tolls and troop counts, English and French."""
import pytest

from conflictkg.extract.numbers import find_numbers, tolls, troop_count
from conflictkg.extract.text import fold


def toll(text):
    f = fold(text)
    ts = tolls(f, 0, len(f), find_numbers(f, 0, len(f)))
    return [(t.lo, t.hi, t.kind) for t in ts]


@pytest.mark.parametrize("text, expected", [
    ("they killed at least 20 Malian soldiers", [(20, None, "min")]),
    ("the attack that killed 29 Malian soldiers", [(29, 29, "exact")]),
    ("71 soldiers were killed and 12 wounded", [(71, 71, "exact")]),
    ("53 soldats et un civil ont été tués", [(54, 54, "exact")]),
    ("Four US soldiers and four Nigerien soldiers were killed.", [(8, 8, "exact")]),
    ("entre 132 et 160 civils tués", [(132, 160, "range")]),
    ("une vingtaine de villageois ont été tués", [(20, 20, "approx")]),
    ("around 300 men were executed", [(300, 300, "approx")]),
    ("dozens of people were killed", [(24, None, "min")]),
    ("a dozen civilians were killed", [(12, 12, "approx")]),
    ("35 morts, dont 24 enfants, et non 95", [(35, 35, "exact")]),
    ("Son garde du corps a été tué.", [(1, 1, "exact")]),
    ("plus de 7 000 familles ont fui", []),
    ("IS said its fighters had killed more than a hundred soldiers", []),   # the perpetrator's own claim
    ("la coalition affirme avoir tué 85 militaires", []),
    # another clause, other people: the commander alone is dead (not his two aides)
    ("the commander was executed while his two aides were released", [(1, 1, "exact")]),
    ("le chef a été exécuté alors que ses deux adjoints ont été relâchés", [(1, 1, "exact")]),
])
def test_tolls(text, expected):
    assert toll(text) == expected


def test_number_words_and_separators():
    f = fold("quatre-vingt-dix, two hundred and fifty, 5,000 and 7 000")
    vals = [n.value for n in find_numbers(f, 0, len(f))]
    assert vals == [90, 250, 5000, 7000]


def test_troops():
    f = fold("operation Monclar that saw the deployment of 5,000 troops in the area")
    assert troop_count(f, 0, len(f), find_numbers(f, 0, len(f)))[0] == 5000
    f = fold("the attack killed 300 soldiers")
    assert troop_count(f, 0, len(f), find_numbers(f, 0, len(f))) is None


def test_troop_word_read_whole():
    # the third word after the number straddles the 40-character window the count looks in:
    # "menaces" is no "men", and "soldiers" is read whole
    f = fold("The study listed 250 internationally-financed structural menaces to stability.")
    assert troop_count(f, 0, len(f), find_numbers(f, 0, len(f))) is None
    f = fold("Paris deployed 600 internationally-financed additional soldiers to the region.")
    count, a, b = troop_count(f, 0, len(f), find_numbers(f, 0, len(f)))
    assert count == 600 and f[a:b] == "600 internationally-financed additional soldiers"


@pytest.mark.parametrize("text, expected", [
    # one person as the object of the verb of killing
    ("gunmen shot dead a shopkeeper near the market", [(1, 1, "exact")]),
    ("militiamen killed a young Fulani herder in his field", [(1, 1, "exact")]),
    ("soldiers killed an alleged militant commander near the river", [(1, 1, "exact")]),
    ("the bandits executed a suspected informant on Tuesday", [(1, 1, "exact")]),
    # a group, or the perpetrator's own word, or no person at all
    ("gunmen killed a number of villagers near the river", []),
    ("militiamen killed a family of traders on the road", []),
    ("the group said it had killed a soldier near the river", []),
    ("the army shot dead a stray dog", []),
])
def test_one_victim_of_a_verb_of_killing(text, expected):
    assert toll(text) == expected
