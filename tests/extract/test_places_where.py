"""Which place an event is at when a sentence names several, and where a village the pack lacks
lies: quarters of a capital, alternative names, a far landmark, the town a road leads to, rivers
and men named like villages, two events of one sentence (the small test pack, plus Bamako as a
capital district holding its city, Yoro in Koro, Aguelhok and Tessalit in the Tessalit cercle, and Niger)."""
from __future__ import annotations

import shutil

import pytest

from conflictkg.loaders import report
from conflictkg.loaders.base import LoadContext

from .conftest import MINIPACK, Out

EXTRA = """
  - {id: place:ne, name: Niger, class: Country, iso2: NE, lat: 17.61, lon: 8.08}
  - {id: place:ml/bamako, name: Bamako, class: AdminArea, level: region, located_in: place:ml, lat: 12.65, lon: -8.0}
  - {id: place:ml/bamako/bamako, name: Bamako, class: Settlement, located_in: place:ml/bamako, lat: 12.65, lon: -8.0}
  - {id: place:ml/mopti/koro/yoro, name: Yoro, class: Settlement, located_in: place:ml/mopti/koro, lat: 14.2, lon: -2.1}
  - {id: place:ml/kidal, name: Kidal, class: AdminArea, level: region, located_in: place:ml, lat: 18.44, lon: 1.41}
  - {id: place:ml/kidal/tessalit, name: Tessalit, class: AdminArea, level: cercle, located_in: place:ml/kidal, lat: 20.2581, lon: 0.9905}
  - {id: place:ml/kidal/tessalit/tessalit, name: Tessalit, class: Settlement, located_in: place:ml/kidal/tessalit, lat: 20.2581, lon: 0.9905}
  - {id: place:ml/kidal/tessalit/aguelhok, name: Aguelhok, class: Settlement, located_in: place:ml/kidal/tessalit, lat: 19.4695, lon: 0.856}
"""


@pytest.fixture(scope="module")
def where_resolver(tmp_path_factory):
    from conflictkg.kg import KG

    pack = tmp_path_factory.mktemp("wherepack") / "pack"
    shutil.copytree(MINIPACK, pack)
    places = pack / "places.yaml"
    places.write_text(places.read_text(encoding="utf-8").rstrip("\n") + "\n" + EXTRA.lstrip("\n"), encoding="utf-8")
    kg = KG(tmp_path_factory.mktemp("where") / "kg.db", pack=str(pack))
    kg.ensure()
    return kg.resolver()


@pytest.fixture
def run(where_resolver, tmp_path):
    def _run(text, **options):
        p = tmp_path / "r.txt"
        p.write_text(text, encoding="utf-8")
        ctx = LoadContext(where_resolver, options)
        return Out(list(report.load(p, ctx)), ctx.issues, where_resolver)
    return _run


def _places(out, cls=None):
    return sorted(p for e in out.events(cls) for (_, _, p, _) in out.rel(e, "OCCURRED_AT"))


def _parents(out, place):
    return {o for (_, _, o, _) in out.rel(place, "LOCATED_IN")}


def test_a_quarter_of_the_capital_is_in_the_city_not_the_district(run):
    out = run("On 18 October 2020, residents demonstrated in the Lafiabougou area of Bamako against a waste dump.")
    assert _parents(out, "place:lafiabougou") == {"place:ml/bamako/bamako"}
    out = run("On 3 September 2020, an NGO head was kidnapped in front of his home in Kalaban Koura, Bamako.")
    assert _parents(out, "place:kalaban-koura") == {"place:ml/bamako/bamako"}


def test_a_village_word_after_the_name_does_not_hide_its_landmark(run):
    out = run("On 13 November 2020, militants and militiamen clashed in Tizimizi village, about 12km northeast "
              "of Bourem (Bourem, Gao).")
    assert _parents(out, "place:tizimizi") == {"place:ml/gao/bourem"}
    out = run("Le 13 novembre 2020, des jihadistes ont attaqué le village de Tizimizi, situé à 12 km de Bourem.", lang="fr")
    assert _parents(out, "place:tizimizi") == {"place:ml/gao/bourem"}


def test_two_alternative_names_before_the_container(run):
    out = run("On 12 July 2020, two armed groups clashed in the village of Tinjaran (Indarrane) [In-Anaka], Bourem "
              "(Bourem, Gao). No casualties were reported.")
    assert _parents(out, "place:tinjaran") == {"place:ml/gao/bourem"}


def test_an_ampersand_pairs_two_places_between_which_it_happened(run):
    out = run("On 4 March 2018, gunmen wounded two aid workers while trying to seize their car between Kabara & Bourem.")
    assert _places(out) == ["place:kabara"]
    assert _parents(out, "place:kabara") == {"place:ml/gao/bourem"}


def test_the_vehicle_they_were_travelling_in_is_not_a_journey_to_the_place(run):
    out = run("On 23 March 2020, five peacekeepers were hurt when the vehicle they were travelling in hit "
              "an IED in Gao.")
    assert _places(out) == ["place:ml/gao/gao/gao"]
    out = run("On 5 May 2020, a convoy hit an IED while travelling along the road near Bourem, two soldiers died.")
    assert _places(out) == ["place:ml/gao/bourem/bourem"]
    # a journey's end is still not where it happened
    out = run("On 3 May 2019, in Tizimizi (Bourem), gunmen killed two herders who were travelling to Gao.")
    assert _places(out) == ["place:tizimizi"]


def test_two_attacks_of_one_sentence_keep_their_own_places(run):
    out = run("On 3 May 2020, militants attacked a post in Tizimizi (Bourem, Gao) and ambushed a convoy in Gao.")
    assert _places(out) == ["place:ml/gao/gao/gao", "place:tizimizi"]
    out = run("Le 3 mai 2020, des jihadistes ont attaqué un poste à Tizimizi (Bourem, Gao) et ont tendu une "
              "embuscade à un convoi à Gao.", lang="fr")
    assert _places(out) == ["place:ml/gao/gao/gao", "place:tizimizi"]


def test_a_far_landmark_gives_way_to_the_place_named_with_it(run):
    out = run("On 20 August 2020, a vehicle of MINUSMA hit an IED 191km northeast of Gao in Tizimizi (Bourem, Gao).")
    assert _places(out) == ["place:tizimizi"]
    out = run("Le 20 août 2020, un véhicule de la MINUSMA a sauté sur un engin explosif à 191 km au nord-est de Gao, "
              "à Tizimizi (Bourem, Gao).", lang="fr")
    assert _places(out) == ["place:tizimizi"]
    # alone, the far landmark is still the best place the text gives
    out = run("On 8 June 2020, soldiers fired on a car 60 km east of Gao, killing two civilians.")
    assert _places(out) == ["place:ml/gao/gao/gao"]


def test_the_town_a_road_leads_to_is_not_the_place(run):
    out = run("On 16 August 2020, a truck was struck by an IED 65km west of Gao on the road toward Bourem, "
              "killing the driver.")
    assert _places(out) == ["place:ml/gao/gao/gao"]


def test_a_river_is_not_its_country(run):
    out = run("On 1 July 2020, militants burned the ferry used to cross the Niger River in Bourem (Bourem, Gao).")
    assert _places(out) == ["place:ml/gao/bourem/bourem"]
    out = run("Le 1er juillet 2020, des jihadistes ont incendié le bac sur le fleuve Niger à Bourem.", lang="fr")
    assert _places(out) == ["place:ml/gao/bourem/bourem"]


def test_a_mans_name_is_not_the_village_it_begins_like(run):
    out = run("On 9 February 2020, gunmen shot dead the militia chief Yoro Ould Daha near Gao.")
    assert _places(out) == ["place:ml/gao/gao/gao"]


def test_a_village_on_a_road_between_two_towns_of_one_cercle_is_in_that_cercle(run):
    out = run("On 3 March 2019, nine peacekeepers were wounded by an IED in Taghlit, axis Aguelhok-Tessalit, Kidal Region.")
    assert _places(out) == ["place:taghlit"]
    assert _parents(out, "place:taghlit") == {"place:ml/kidal/tessalit"}
    out = run("On 3 March 2019, an IED destroyed two MINUSMA vehicles in the Taghlit area on the Aguelhok-Tessalit axis.")
    assert _parents(out, "place:taghlit") == {"place:ml/kidal/tessalit"}
    out = run("Le 3 mars 2019, un engin explosif a blessé neuf casques bleus à Taghlit, sur l'axe Aguelhok-Tessalit.", lang="fr")
    assert _parents(out, "place:taghlit") == {"place:ml/kidal/tessalit"}
    # the ends of a road across two cercles tell no area, and neither end is where it happened
    out = run("On 16 June 2019, hunters entered the village of Daga, axis Gao-Bourem, and killed two men.")
    assert _places(out) == ["place:daga"]
    assert _parents(out, "place:daga") == set()


def test_a_word_of_kind_after_a_known_name_is_not_a_place(run):
    out = run("On 4 May 2020, a number of residents in Tizimizi, Bourem Commune (Gao) demonstrated against the results.")
    assert "place:commune" not in out.entities()
    assert _places(out) == ["place:tizimizi"]


def test_a_known_name_hyphened_to_another_word_is_part_of_a_longer_name(run):
    out = run("On 14 March 2018, two militias clashed in the area of Bourem-Inaly, Timbuktu region; seven were killed.")
    assert _places(out) == ["place:bourem-inaly"]
    out = run("Le 3 juillet 2020, des hommes armés ont attaqué le village de Gao-Koyra, sans faire de victimes.", lang="fr")
    assert "place:ml/gao/gao/gao" not in _places(out)
    # but a road named by its ends keeps them, known or not
    out = run("On 3 March 2020, a vehicle hit an IED while travelling on the Gao-Bourem road.")
    assert _places(out) == ["place:ml/gao/gao/gao"]
    out = run("On 26 October 2017, an army vehicle was struck by an IED, axis Bourem-Dia, two soldiers were wounded.")
    assert _places(out) == ["place:ml/gao/bourem/bourem"]


def test_forests_valleys_and_village_chiefs_name_places(run):
    out = run("On 5 May 2019, the air force carried out an air raid in the forest of Ouagadou, killing three militants.")
    assert _places(out) == ["place:ouagadou"]
    out = run("Le 5 mai 2019, des jihadistes ont tué trois bergers dans la forêt de Ouagadou.", lang="fr")
    assert _places(out) == ["place:ouagadou"]
    out = run("On 25 November 2019, soldiers were killed in an ambush during an operation in the valley of Eranga.")
    assert set(_places(out)) == {"place:eranga"}
    out = run("On 17 April 2019, gunmen assassinated the village chief of Pissa.")
    assert _places(out) == ["place:pissa"]
    out = run("On 17 April 2019, the Chief of Staff said gunmen killed two soldiers in Gao.")
    assert "place:staff" not in out.entities()


def test_a_village_near_or_some_km_from_is_a_place(run):
    out = run("On 13 January 2020, an IED went off near Gangafani without causing any casualties.")
    assert _places(out) == ["place:gangafani"]
    out = run("On 8 June 2019, soldiers fired on a vehicle 20 km east of Lerneb, killing three civilians.")
    assert _places(out) == ["place:lerneb"]
    out = run("Le 8 juin 2019, des soldats ont tiré sur un véhicule à 20 km à l'est de Lerneb, tuant trois civils.", lang="fr")
    assert _places(out) == ["place:lerneb"]
