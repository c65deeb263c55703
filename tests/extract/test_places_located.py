"""Where an unknown village lies: its container, a landmark near it, the list it belongs to; and
which place of a clause is the event's (small test pack: Gao, Bourem, Bamba, Koro, Niafunké)."""


def _places(out, cls=None):
    return [p for e in out.events(cls) for (_, _, p, _) in out.rel(e, "OCCURRED_AT")]


def _parents(out, place):
    return {(o, c) for (_, _, o, c) in out.rel(place, "LOCATED_IN")}


def test_village_after_a_locative_preposition_is_a_place(run):
    out = run("On 28 May 2019, a gunman attacked an army checkpoint in Wabaria, and the assailant fled.")
    assert _places(out, "Attack") == ["place:wabaria"]
    out = run("On 27 May 2019, gunmen killed a herder near Yara.")
    assert _places(out) == ["place:yara"]
    out = run("Le 27 mai 2019, des hommes armés ont tué un berger à Yara, selon des habitants.", lang="fr")
    assert _places(out) == ["place:yara"]


def test_languages_and_faiths_after_in_are_not_places(run):
    out = run("On 27 May 2019, the group published a video in Arabic, and gunmen attacked a post in Wabaria.")
    assert "place:arabic" not in out.entities()


def test_area_of_and_list_of_villages(run):
    out = run("On 2 May 2019, an army vehicle hit a mine in the area of Boundjigire, two soldiers were wounded.")
    assert _places(out) == ["place:boundjigire"]
    out = run("On 19 February 2020, militiamen attacked the villages of Sankoro, Bidi, and Kourouni, in Koro.")
    assert {"place:sankoro", "place:bidi", "place:kourouni"} <= out.entities()
    for v in ("place:sankoro", "place:bidi", "place:kourouni"):
        assert _parents(out, v) == {("place:ml/mopti/koro", None)}     # the list shares its container


def test_village_with_its_cercle_and_region_in_parentheses(run):
    out = run("On 11 July 2020, militiamen attacked the hamlet of Gnagnabou [Nyagambou] (Koro, Mopti), killing one man.")
    assert _places(out) == ["place:gnagnabou"]
    assert _parents(out, "place:gnagnabou") == {("place:ml/mopti/koro", None)}


def test_commune_between_village_and_cercle(run):
    out = run("On 20 March 2020, militiamen attacked the village of Yanda, Dioungani Commune (Koro, Mopti).")
    assert _parents(out, "place:yanda") == {("place:dioungani-commune", None)}
    assert _parents(out, "place:dioungani-commune") == {("place:ml/mopti/koro", None)}
    assert any(s.subject == "place:dioungani-commune" and s.predicate == "class" and s.value == "AdminArea" for s in out.all)


def test_village_located_by_a_landmark_is_probably_in_its_cercle(run):
    out = run("On 20 June 2020, gunmen wounded a passenger in Tizimizi, 13km northwest of Bourem (Bourem, Gao).")
    assert _places(out) == ["place:tizimizi"]                    # the landmark is not the event's place
    assert _parents(out, "place:tizimizi") == {("place:ml/gao/bourem", "probable")}
    out = run("Le 20 juin 2020, des hommes armés ont tué un berger à Tizimizi, à 13 km au nord de Bourem.", lang="fr")
    assert _places(out) == ["place:tizimizi"]
    assert _parents(out, "place:tizimizi") == {("place:ml/gao/bourem", "probable")}


def test_village_in_a_town_is_in_the_towns_cercle(run):
    out = run("On 24 March 2019, militiamen killed a civilian in the village of Yorou, in Niafunké.")
    assert _parents(out, "place:yorou") == {("place:ml/timbuktu/niafunke", None)}


def test_between_an_unknown_village_and_a_town(run):
    out = run("On 29 December 2020, militants abducted six teachers between Dala and Bourem (Bourem, Gao).")
    assert _parents(out, "place:dala") == {("place:ml/gao/bourem", "probable")}


def test_repeated_cercle_and_region_names_in_parentheses(run):
    out = run("On 17 December 2020, militiamen killed a herder in the hamlet of Nabara, in Tondi Commune (Gao, Gao).")
    assert _parents(out, "place:tondi-commune") == {("place:ml/gao/gao", None)}


def test_a_far_landmark_tells_no_area(run):
    out = run("On 20 June 2020, gunmen raided a camp in the Inkadagotane area, some 60km southwest of Bourem.")
    assert _places(out) == ["place:inkadagotane"]
    assert _parents(out, "place:inkadagotane") == set()


def test_between_an_unknown_village_and_a_known_town(run):
    out = run("On 9 February 2019, a car bomb exploded on the road between Kabara and Bourem.")
    assert _parents(out, "place:kabara") == {("place:ml/gao/bourem", "probable")}


def test_town_then_its_cercle_and_region_named_alike(run):
    out = run("On 23 November 2020, gunmen attacked a convoy in Gao (Gao, Gao).")
    assert ("place:ml/gao/gao/gao", "LOCATED_IN", "place:ml/gao/gao", None) in out.rel(predicate="LOCATED_IN")
