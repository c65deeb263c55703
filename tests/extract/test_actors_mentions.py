"""Armed actors named by collective nouns, resolved against the Sahel pack: the country's army,
police and gendarmerie, the UN mission, coordinated nationalities, self-defence groups and mobs.
Synthetic sentences, English and French."""
from __future__ import annotations

import pytest

from conflictkg.extract.mentions import MentionFinder
from conflictkg.extract.rules import RuleExtractor
from conflictkg.extract.text import analysis_text, blocks, fold, sentences


@pytest.fixture(scope="module")
def sahel(tmp_path_factory):
    from conflictkg.kg import KG

    kg = KG(tmp_path_factory.mktemp("sahel") / "kg.db")
    kg.ensure()
    return RuleExtractor(kg.resolver())


def actors(rx, text, lang="en"):
    """Per sentence, the (surface, actor id) of every actor mention."""
    st = rx.new_state({"lang": lang})
    analysed, _ = analysis_text(text)
    folded = fold(analysed)
    finder = MentionFinder(st)
    out = []
    for blk in blocks(text, 0):
        for s in sentences(analysed, blk):
            _, ms, _ = finder.find(analysed, folded, s.start, s.end)
            out.append([(m.surface, m.eid) for m in ms if m.label == "Actor"])
            finder.remember(ms)
    return out


def ids(rx, text, lang="en"):
    return {eid for sent in actors(rx, text, lang) for _, eid in sent}


@pytest.mark.parametrize("text", [
    "On 3 May, gunmen attacked an army convoy near Tiguila.",       # no known place: the pack's main country
    "Unknown gunmen shot dead a soldier in Youwarou.",
    "Two national guards were wounded in an ambush near Tessit.",
    "The Malian air force conducted airstrikes near the village.",
    "Un garde national a été tué à Ménaka.",
])
def test_bare_army_words_name_the_national_army(sahel, text):
    assert "actor:fama" in ids(sahel, text, "fr" if "été" in text else "en")


def test_capitalised_national_guard_is_not_a_new_actor(sahel):
    assert ids(sahel, "Gunmen killed a National Guard in Gao.") == {"actor:fama"}


def test_police_and_gendarmerie_singular(sahel):
    assert "actor:mali-police" in ids(sahel, "Gunmen shot dead a policeman in San.")
    assert "actor:mali-gendarmerie" in ids(sahel, "A gendarme was wounded in Macina.")
    assert "actor:mali-police" in ids(sahel, "Un policier a été blessé à Gao.", "fr")


def test_security_forces_facing_demonstrators_are_the_police(sahel):
    assert "actor:mali-police" in ids(sahel, "Demonstrators threw stones in Bamako and security forces fired tear gas.")
    assert "actor:mali-police" in ids(sahel, "Des manifestants ont marché à Bamako. Les forces de l'ordre les ont dispersés.", "fr")
    # outside crowd control "security forces" may be any of them: left unresolved
    assert ids(sahel, "Security forces killed two militants near Koro.") & {"actor:mali-police", "actor:fama"} == set()


def test_peacekeepers_are_the_un_mission_of_the_country(sahel):
    assert ids(sahel, "Two peacekeepers were wounded by an IED near Kidal.") == {"actor:minusma"}
    assert "actor:minusma" in ids(sahel, "Un casque bleu a été tué près de Tessalit.", "fr")
    # a national contingent: that army, and the mission it serves in
    assert {"actor:chad-armed-forces", "actor:minusma"} <= ids(sahel, "A Chadian peacekeeper was killed in Aguelhok.")


def test_coordinated_nationalities_share_the_force_noun(sahel):
    assert {"actor:barkhane", "actor:fama"} <= ids(sahel, "French and Malian forces killed ten militants near Dialloubé.")
    assert {"actor:barkhane", "actor:fama", "actor:niger-armed-forces"} <= \
        ids(sahel, "French, Malian and Nigerien troops conducted an operation near Tessit.")
    assert {"actor:barkhane", "actor:fama"} <= \
        ids(sahel, "Les armées malienne et française ont mené une opération près de Boulikessi.", "fr")


def test_nationality_with_military_assets(sahel):
    assert "actor:barkhane" in ids(sahel, "A French helicopter conducted an airstrike near Ménaka.")
    assert "actor:barkhane" in ids(sahel, "An IED struck a French armoured vehicle near Tessalit.")
    assert "actor:fama" in ids(sahel, "Gunmen ambushed a Malian convoy near Boni.")


def test_village_self_defence_is_the_militia_of_the_village_community(sahel):
    sents = actors(sahel, "Gunmen attacked the Dogon village of Kiri. The village self-defense repelled the attack.")
    assert ("village self-defense", "actor:dogon-ethnic-militia-mali") in sents[1]
    assert "actor:fulani-ethnic-militia-mali" in ids(sahel, "Fulani self-defense repelled the attack on Kiri.")
    # a village whose own militia the pack knows
    assert "actor:pongono-communal-militia-mali" in ids(sahel, "Gunmen attacked the village of Pongono and the village self-defense responded.")
    # no community and no known militia: nobody is guessed
    assert ids(sahel, "Gunmen attacked the village of Kiri and the village self-defense responded.") == set()


def test_a_mob_is_the_vigilante_category(sahel):
    assert ids(sahel, "A mob lynched a suspected thief in Gao.") == {"actor:vigilante-group-mali"}


def test_generic_fighters_are_not_resolved_to_a_group(sahel):
    found = ids(sahel, "Unknown gunmen and jihadists attacked the village of Kiri. The militants fled.")
    assert not {"actor:jnim", "actor:isgs", "actor:katiba-macina"} & found


def test_foreign_force_keeps_its_soldiers(sahel):
    # "Barkhane soldiers" are Barkhane's; "the army" beside Barkhane is still the national army
    assert ids(sahel, "Barkhane soldiers killed two militants near Ménaka.") == {"actor:barkhane"}
    assert {"actor:fama", "actor:barkhane"} <= ids(sahel, "The army, supported by Barkhane, clashed with militants near Boni.")


def test_forest_guards(sahel):
    assert "actor:mali-forest-guards" in ids(sahel, "Gunmen burned the forest guard station in Sanando.")
    assert "actor:mali-forest-guards" in ids(sahel, "Des assaillants ont tué deux agents des eaux et forêts près de Kita.", "fr")


def test_a_movement_and_its_coalition_in_parentheses_is_the_wing(sahel):
    assert ids(sahel, "MAA (Platform) militiamen attacked a camp near Lerneb.") == {"actor:maa-platform"}
    assert ids(sahel, "Le MAA (Plateforme) a attaqué un campement près de Lerneb.", "fr") == {"actor:maa-platform"}
    # a name with its parent group in parentheses stays two groups
    assert {"actor:katiba-macina", "actor:jnim"} <= ids(sahel, "Katiba Macina (JNIM) militants attacked Dioura.")


def test_communities_sharing_one_noun_or_fighting_each_other(sahel):
    assert {"actor:fulani-ethnic-militia-mali", "actor:dozo-communal-militia-mali"} <= \
        ids(sahel, "On 27 April, Fulani and Dozo militiamen clashed near Anakila.")
    assert {"actor:dogon-ethnic-militia-mali", "actor:dan-na-ambassagou"} <= \
        ids(sahel, "Dogon and Dan Na Ambassagou militiamen attacked the village of Nema.")
    assert {"actor:bambara-ethnic-militia-mali", "actor:fulani-ethnic-militia-mali"} <= \
        ids(sahel, "Ten people were killed in clashes between Bambara and Fulani near Diabaly.")
    # communities named together without fighting are not militias
    assert not ids(sahel, "Tensions between Fulani and Dogon communities remain high in Koro.")


def test_a_named_militia_described_by_its_community_is_also_that_communitys_militia(sahel):
    assert {"actor:dan-na-ambassagou", "actor:dogon-ethnic-militia-mali"} <= \
        ids(sahel, "In Birga, Dogon hunters (Dan Na Ambassagou) shot dead two Fulani civilians.")
    assert {"actor:dan-na-ambassagou", "actor:dogon-ethnic-militia-mali"} <= \
        ids(sahel, "Des miliciens dogons de Dan Na Ambassagou ont attaqué le village de Birga.", "fr")
    # only where it tells of violence: "the Dogon militia Dan Na Ambassagou was dissolved"
    assert ids(sahel, "The government dissolved the Dogon militia Dan Na Ambassagou on Sunday.") == {"actor:dan-na-ambassagou", "actor:government-of-mali"}
