"""Words that announce events, by class (triggers.py): looting and robbery, fights where both sides
fire, grenades, explosives, mines and rockets, forced disappearances, attempted killings, crowds in
the street. Synthetic phrases, English and French; and words that must not announce an event."""
import pytest

from conflictkg.extract.text import fold
from conflictkg.extract.triggers import find_triggers


def trig(text):
    f = fold(text)
    return [(t.cls, t.text) for t in find_triggers(f, 0, len(f), [])]


@pytest.mark.parametrize("text, cls", [
    ("gunmen seized a herd of livestock in the village", "Attack"),
    ("gunmen seized 200 heads of livestock", "Attack"),
    ("gunmen seized two vehicles belonging to an NGO", "Attack"),
    ("unknown gunmen robbed a group of traders", "Attack"),
    ("militants extorted cash from the population", "Attack"),
    ("gunmen stripped passengers of their belongings", "Attack"),
    ("gunmen vandalized a polling station", "Attack"),
    ("gunmen fired several gunshots at a car", "Attack"),
    ("ils ont saccagé la mairie", "Attack"),
    ("des hommes armés ont dépouillé les passagers", "Attack"),
    ("a shootout between two groups", "Clash"),
    ("a skirmish between the two militias", "Clash"),
    ("soldiers exchanged gunshots with gunmen", "Clash"),
    ("an exchange of gunfire between soldiers and gunmen", "Clash"),
    ("the peacekeepers returned fire", "Clash"),
    ("gunmen threw a grenade at the police station", "Explosion"),
    ("militants set off explosives and damaged a bridge", "Explosion"),
    ("militants destroyed a school by setting off explosives", "Explosion"),
    ("the truck hit a mine near the village", "Explosion"),
    ("the truck hit an anti-tank mine near the village", "Explosion"),
    ("militants fired 10 rockets against the camp", "Explosion"),
    ("two rockets fired by militants struck the airport", "Explosion"),
    ("the camp was hit by rockets", "Explosion"),
    ("a detonation was heard in the town", "Explosion"),
    ("des assaillants ont lancé une grenade sur le poste", "Explosion"),
    ("militiamen forcefully disappeared three members of the community", "Kidnapping"),
    ("the forced disappearance of two herders", "Kidnapping"),
    ("gunmen took them to an unknown destination", "Kidnapping"),
    ("gunmen attempted to abduct a trader", "Kidnapping:attempted to abduct"),
    ("gunmen attempted to assassinate the mayor", "ViolenceAgainstCivilians"),
    ("une tentative d'assassinat contre le maire", "ViolenceAgainstCivilians:tentative d'assassinat"),
    ("residents took to the streets of the town", "Protest"),
    ("residents barricaded the main road", "Protest"),
    ("employees held daily sit-ins in front of the hospital", "Protest"),
    ("youths burned tires in the town", "Protest"),
    ("des jeunes sont descendus dans la rue", "Protest"),
    ("une marche pacifique a eu lieu", "Protest"),
    # a seizure of weapons by a force is an operation (ACLED's disrupted weapons use), not an explosion
    ("soldiers seized weapons and explosives", "MilitaryOperation:seized weapons and explosives"),
])
def test_new_event_words(text, cls):
    """``cls`` or ``cls:words`` (the whole phrase is the trigger: "attempted to" is no modal)."""
    if ":" in cls:
        assert tuple(cls.split(":", 1)) in trig(text), trig(text)
    else:
        assert cls in {c for c, _ in trig(text)}, trig(text)


@pytest.mark.parametrize("text", [
    "soldiers discovered an IED on the road",
    "an anti-tank mine was disposed of near the school",
    "l'armée a découvert un engin explosif sur la route",
])
def test_a_device_found_before_it_went_off_is_no_explosion(text):
    """Weapons use disrupted: an operation's deed, not an explosion."""
    assert {c for c, _ in trig(text)} == {"MilitaryOperation"}, trig(text)


@pytest.mark.parametrize("text", [
    "the gold mine employs hundreds of people",     # a mine that is a workplace
    "il a manifesté son soutien au gouvernement",   # "manifester" as to show
    "the party rallied support among voters",
    "a vehicle of the market",                      # "marché" folded to "marche" is not a march
])
def test_words_that_announce_no_event(text):
    assert trig(text) == []
