"""Armed actors linked to the event they took part in: the other side of a clash, the subject of
a chain of verbs, forces acting together, and actors no pattern placed but that a verb of
violence governs. Synthetic sentences against the Sahel pack, English and French."""
from __future__ import annotations

def actors_of(out, cls):
    return {a for _, a in out.get(cls, set())}


def test_the_other_side_of_a_clash(roles):
    out = roles("On 3 May 2020, JNIM militants clashed with Dan Na Ambassagou militiamen near Bandiagara.")
    assert {"actor:jnim", "actor:dan-na-ambassagou"} <= actors_of(out, "Clash")
    out = roles("Clashes between FAMa and JNIM were reported in Koro on 3 May 2020.")
    assert {"actor:fama", "actor:jnim"} <= actors_of(out, "Clash")
    out = roles("Le 3 mai 2020, des combattants du JNIM se sont affrontés avec des miliciens de Dan Na Ambassagou "
                "près de Bandiagara.", "fr")
    assert "actor:dan-na-ambassagou" in actors_of(out, "Clash")


def test_the_subject_of_a_chain_of_verbs(roles):
    out = roles("On 1 January 2020, presumed Dogon militiamen killed 37 Fulani civilians, wounded others and burned "
                "houses in Kologon.")
    (cls,) = out
    assert ("ATTRIBUTED_TO", "actor:dogon-ethnic-militia-mali") in out[cls]
    assert ("ATTRIBUTED_TO", "actor:fulani-ethnic-group-mali") not in out[cls]


def test_forces_acting_together(roles):
    out = roles("On 16 October 2019, the Malian army supported by Barkhane clashed with Katiba Macina militants near Boni.")
    assert {"actor:fama", "actor:barkhane", "actor:katiba-macina"} <= actors_of(out, "Clash")
    out = roles("On 13 February 2020, French forces, in coordination with Malian forces, launched airstrikes "
                "on JNIM militants near Boni.")
    assert {"actor:barkhane", "actor:fama"} <= {a for v in out.values() for _, a in v}
    out = roles("Le 3 mai 2020, l'armée malienne, appuyée par la force Barkhane, a attaqué des combattants de la "
                "Katiba Macina près de Boni.", "fr")
    assert {"actor:fama", "actor:barkhane"} <= {a for v in out.values() for _, a in v}


def test_actors_a_verb_of_violence_governs(roles):
    out = roles("On 18 February 2020, Malian troops led an operation near Boni and killed several militants "
                "(believed to be JNIM).")
    assert ("TARGETED", "actor:jnim") in out["MilitaryOperation"]
    out = roles("On 9 March 2020, three Fulani militiamen died as Dan Na Ambassagou militiamen fought off an "
                "attack on Pongono village.")
    assert "actor:dan-na-ambassagou" in {a for v in out.values() for _, a in v}
    out = roles("Le 3 mai 2020, l'armée malienne a mené une opération près de Boni et a tué plusieurs jihadistes "
                "(présumés membres du JNIM).", "fr")
    assert ("TARGETED", "actor:jnim") in out["MilitaryOperation"]


def test_actors_of_other_verbs_and_speakers_stay_out(roles):
    out = roles("Mali's government dissolved the Dogon militia Dan Na Ambassagou on Sunday, a day after gunmen "
                "killed 134 Fulani villagers in Ogossagou.")
    assert "actor:dan-na-ambassagou" not in {a for v in out.values() for _, a in v}
    out = roles("The Malian army said gunmen killed two civilians in Boni on 3 May 2020.")
    assert "actor:fama" not in actors_of(out, "ViolenceAgainstCivilians")


def test_a_sentence_of_response_continues_the_event(roles):
    out = roles("On 9 June 2020, presumed Fulani militiamen raided Tendji, a Dogon village. "
                "Village self-defense repelled the attack. No casualties reported.")
    assert "actor:dogon-ethnic-militia-mali" in {a for v in out.values() for _, a in v}
    out = roles("On 12 July 2020, presumed ISGS militants raided camps near Tessit and burned houses. "
                "Malian soldiers intervened and put the militants to flight.")
    assert "actor:fama" in {a for v in out.values() for _, a in v}
    out = roles("Le 12 juillet 2020, des hommes armés ont attaqué le village de Tessit. L'armée malienne a riposté.", "fr")
    assert "actor:fama" in {a for v in out.values() for _, a in v}
    # the toll of an operation told in the next sentence: its fighters were the targets
    out = roles("On 22 October 2020, French forces conducted an operation near Bouroy. An unspecified number of "
                "presumed JNIM militants were killed.")
    assert ("TARGETED", "actor:jnim") in out["MilitaryOperation"]
    # a generic statement after the event is not a response: "can attack the army"
    out = roles("On 12 July 2020, JNIM militants attacked a camp near Tessit. Such groups can conduct attacks against "
                "the Malian army anywhere.")
    assert "actor:fama" not in {a for v in out.values() for _, a in v}


def test_absolute_with_and_escorts(roles):
    # those who fight back take part; they are not the authors of the attack
    out = roles("On 24 June 2020, unidentified gunmen raided Pongono village, with the village self-defense "
                "repelling the attack.")
    roles_of = {(r, a) for v in out.values() for r, a in v}
    assert ("PARTICIPANT", "actor:pongono-communal-militia-mali") in roles_of
    assert ("ATTRIBUTED_TO", "actor:pongono-communal-militia-mali") not in roles_of
    out = roles("On 14 August 2020, Fulani militiamen attacked a convoy of villagers escorted by Dogon militiamen near "
                "Tiguila.")
    assert "actor:dogon-ethnic-militia-mali" in {a for v in out.values() for _, a in v}


def test_alliance_for_the_salvation_of_the_sahel_by_its_acronym(roles):
    out = roles("On 8 July 2018, ASS militiamen killed four Dogon civilians in Dioungani.")
    assert "actor:alliance-for-the-salvation-of-the-sahel" in {a for v in out.values() for _, a in v}
    # the acronym only in capitals
    out = roles("On 8 July 2018, gunmen killed an ass and four civilians in Dioungani.")
    assert "actor:alliance-for-the-salvation-of-the-sahel" not in {a for v in out.values() for _, a in v}
