"""Where events happen and where villages lie: reading errors found on short real reports (session 5).

Synthetic sentences written for these tests; place names are Malian villages and towns of the Sahel
pack, or names the pack does not know."""
from __future__ import annotations


def _places(events):
    return {p for _, p in events}


# -- a distance without a number: the event is near the place, not coming from it ---------------

def test_a_few_kilometres_from_a_village_is_where_it_happened(where):
    ev, _, _ = where("Gunmen on motorbikes fired on a water tanker a few kilometres from Amalaoulaou on 2 May; its driver was hurt.")
    assert _places(ev) == {"place:ml/gao/ansongo/amalaoulaou"}
    ev, _, _ = where("Four soldiers died on 2 May when their supply column was attacked several km from Diabata.")
    assert _places(ev) == {"place:diabata"}


# -- a sentence that only sets the scene, or only says where -------------------------------------

def test_the_place_of_the_sentence_before_sets_the_scene(where):
    ev, _, _ = where("On 3 May, a lorry of rice traders broke down near Temera (Bourem, Gao). Armed bandits attacked the traders and took their money.")
    assert _places(ev) == {"place:temera"}
    ev, _, _ = where("Le 3 mai, un camion de commerçants est tombé en panne près de Temera (Bourem, Gao). Des bandits armés ont attaqué les commerçants et pris leur argent.", "fr")
    assert _places(ev) == {"place:temera"}


def test_a_sentence_that_only_says_where_places_the_event_just_told(where):
    ev, _, _ = where("On 3 May, two gunmen shot dead a cattle trader. It happened in the village of Gossi, near the well.")
    assert _places(ev) == {"place:ml/timbuktu/gourma-rharous/gossi"}
    ev, _, _ = where("Le 3 mai, deux hommes armés ont abattu un éleveur. Les faits se sont produits dans le village de Gossi, près du puits.", "fr")
    assert _places(ev) == {"place:ml/timbuktu/gourma-rharous/gossi"}
    # where the victim lived is not where he was killed
    ev, _, _ = where("On 3 May, two gunmen shot dead a cattle trader on his way home. He lived in the village of Gossi.")
    assert _places(ev) == {None}


def test_no_scene_across_a_sentence_without_a_village(where):
    ev, _, _ = where("Gunmen stopped a bus on the road in Mali on Monday. They killed two passengers.")
    assert _places(ev) == {None}


# -- containers and landmarks ----------------------------------------------------------------

def test_a_quarter_in_the_capital_or_city_of_a_town(where):
    _, parents, _ = where("Angry youths set tyres on fire on 4 May in the Sabalibougou area in the capital of Bamako.")
    assert parents["place:sabalibougou"] == {"place:ml/bamako/bamako"}
    _, parents, _ = where("A shopkeeper was shot on 4 May in the Kossoukoira area in the city of Gao.")
    assert parents["place:kossoukoira"] <= {"place:ml/gao/gao/gao", "place:ml/gao/gao"}
    _, parents, _ = where("Des jeunes en colère ont brûlé des pneus le 4 mai dans le quartier de Sabalibougou, dans la capitale de Bamako.", "fr")
    assert parents["place:sabalibougou"] == {"place:ml/bamako/bamako"}


def test_at_a_distance_from_a_town(where):
    _, parents, _ = where("A landmine destroyed a water truck on 4 May in the area of Tinfadimata, at 6 km from Kidal.")
    assert parents["place:tinfadimata"] == {"place:ml/kidal/kidal"}


def test_another_name_in_parentheses_before_a_direction(where):
    _, parents, names = where("A young herder was shot dead on 4 May in Tin-Wazoulan (In-Wazoulan) south of Anderamboukane.")
    assert parents["place:tin-wazoulan"] == {"place:ml/menaka/anderamboukane"}
    assert "In-Wazoulan" in names["place:tin-wazoulan"]


def test_the_kind_of_area_inside_parentheses(where):
    _, parents, _ = where("Militants set fire to a fuel truck on 4 May around Guire (Cercle of Nara), Koulikoro Region.")
    assert parents["place:ml/koulikoro/nara/guire"] == {"place:ml/koulikoro/nara"}


def test_a_village_between_two_towns_of_one_cercle(where):
    ev, parents, _ = where("An army supply column fell into an ambush on 4 May in the area of Sarafoula between Diafarabe and Tenenkou.")
    assert _places(ev) == {"place:sarafoula"}
    assert parents["place:sarafoula"] == {"place:ml/mopti/tenenkou"}
    ev, parents, _ = where("Une colonne de ravitaillement est tombée dans une embuscade le 4 mai près de Sarafoula, entre Diafarabé et Ténenkou.", "fr")
    assert parents["place:sarafoula"] == {"place:ml/mopti/tenenkou"}


def test_list_members_with_a_name_in_brackets_share_the_container(where):
    _, parents, names = where("Soldiers chased cattle raiders on 4 May in the area between Gomou [Gomo] and Sandiera [Sandjera] (Koro, Mopti).")
    assert parents["place:gomou"] == {"place:ml/mopti/koro"} and parents["place:sandiera"] == {"place:ml/mopti/koro"}
    assert "Gomo" in names["place:gomou"]


def test_a_title_of_a_town_is_not_where_the_event_was(where):
    ev, _, _ = where("Bandits attacked the cars of a wedding party of the imam of Nioro on 4 May in the area of Guire.")
    assert _places(ev) == {"place:ml/koulikoro/nara/guire"}
    ev, _, _ = where("Des bandits ont attaqué le cortège d'un mariage de l'imam de Nioro le 4 mai dans la zone de Guiré.", "fr")
    assert _places(ev) == {"place:ml/koulikoro/nara/guire"}


def test_a_part_of_a_town_named_by_its_possessive(where):
    ev, _, _ = where("A rocket landed in Kidal's northern outskirts on Monday night, wounding a child.")
    assert _places(ev) == {"place:ml/kidal/kidal/kidal"}
    ev, _, _ = where("Niger's army killed ten militants near Menaka on Monday.")
    assert _places(ev) == {"place:ml/menaka/menaka/menaka"}


def test_near_a_village_is_no_journeys_end(where):
    ev, _, _ = where("Two herders travelling south were killed by a mine near Dangatene on 4 May.")
    assert _places(ev) == {"place:ml/mopti/koro/dangatene"}


# -- villages the pack does not know --------------------------------------------------------------

def test_every_member_of_a_list_before_its_and(where):
    _, parents, _ = where("Armed men burned granaries on 4 May in the villages of Semari, Kondiou, Toroli, and Dagani, in the Bamba Commune (Koro, Mopti).")
    for v in ("semari", "kondiou", "toroli", "dagani"):
        assert parents.get(f"place:{v}") == {"place:bamba-commune"}, v


def test_two_villages_of_two_words_joined_by_and(where):
    _, _, names = where("Cattle raiders struck the neighbouring villages of Sari Maoudo and Ouro Samba on 4 May, killing two herders.")
    assert "place:sari-maoudo" in names and "place:ouro-samba" in names


def test_a_verb_right_after_a_village_closes_the_place(where):
    ev, _, _ = where("On 4 May soldiers searched houses in Tialougou looking for weapons and killed two men.")
    assert _places(ev) == {"place:tialougou"}
    ev, _, _ = where("On 4 May, women in Dioungoura marched against the closure of the weekly market.")
    assert _places(ev) == {"place:dioungoura"}


def test_a_name_before_village_or_a_site_word(where):
    ev, _, _ = where("On 4 May, bandits looted Tambarou village and shot a shopkeeper.")
    assert _places(ev) == {"place:tambarou"}
    ev, _, _ = where("Two gendarmes died on 4 May in an attack at the Kouloumbou post.")
    assert _places(ev) == {"place:kouloumbou"}
    ev, _, _ = where("On 4 May, hunters shot three farmers in a Bambara (Marka) village of Seribala.")
    assert _places(ev) == {"place:seribala"}


def test_a_qualifier_after_between_is_no_place(where):
    ev, _, names = where("Fighting broke out on Monday between Islamist fighters and the army near Kadial, the mayor said.")
    assert _places(ev) == {"place:ml/mopti/tenenkou/kadial"}
    assert "place:islamist" not in names


def test_two_containers_in_parentheses(where):
    _, parents, _ = where("A farmer was shot dead on 4 May in the village of Sondourou (Dimbal, Bankass).")
    assert parents["place:sondourou"] == {"place:dimbal"} and parents["place:dimbal"] == {"place:ml/mopti/bankass"}


def test_another_name_of_a_village_is_its_alias(where):
    ev, _, names = where("Two shepherds were shot dead on 4 May near the village of Tenessou (Tinessou).")
    assert _places(ev) == {"place:tenessou"} and "Tinessou" in names["place:tenessou"]
    ev, _, names = where("Deux bergers ont été abattus le 4 mai près du village de Tenessou (Tinessou).", "fr")
    assert _places(ev) == {"place:tenessou"} and "Tinessou" in names["place:tenessou"]
    # a country in parentheses is where the village is, not another name of it
    _, _, names = where("Two armed groups fought on 4 May some 30 km from Fassoudebe (Mauritania), on the Malian side.")
    assert "Mauritania" not in names.get("place:fassoudebe", set())
