"""Which place of a sentence is an event's: not a landmark, a container, a group's name or an
institution's seat; between two towns, their common cercle or else the first named (small test
pack: Gao, Bourem, Bamba, Koro, Niafunké)."""


def _places(out, cls=None):
    return sorted(p for e in out.events(cls) for (_, _, p, _) in out.rel(e, "OCCURRED_AT"))


def test_a_landmark_is_not_the_events_place(run):
    out = run("On 14 February 2019, in the area of Taringuit, 20 km south of Bourem, jihadists clashed with militiamen.")
    assert _places(out) == ["place:taringuit"]


def test_a_groups_name_is_not_a_place(run):
    out = run("On 4 May 2020, gunmen killed three members of the Kel Bourem community in Tizimizi (Bourem, Gao).")
    assert _places(out) == ["place:tizimizi"]


def test_the_seat_of_an_institution_is_not_where_it_happened(run):
    out = run("On 18 March 2020, gunmen attacked two guards in front of the Governorate of Gao in Bourem.")
    assert _places(out) == ["place:ml/gao/bourem/bourem"]


def test_between_two_towns_of_one_region_is_the_first_named(run):
    out = run("On 23 November 2020, on the road between Bourem and Niafunké, gunmen attacked a convoy.")
    assert _places(out) == ["place:ml/gao/bourem/bourem"]


def test_between_two_villages_of_one_cercle_is_that_cercle(run):
    out = run("On 23 November 2020, gunmen attacked a convoy between Bamba (Bourem) and Bourem.")
    assert _places(out) == ["place:ml/gao/bourem"]


def test_killing_verb_takes_the_place_before_it_not_a_destination(run):
    out = run("On 3 May 2019, in Bamba (Bourem), gunmen killed two herders who were travelling to Gao.")
    assert _places(out) == ["place:ml/gao/bourem/bamba"]


def test_a_landmark_of_the_village_already_told_is_not_the_place(run):
    out = run("Le 9 juin 2019, des hommes armés ont attaqué Bamba (Bourem). Ils ont encerclé ce village proche de Gao, "
              "avant d'incendier les greniers.", lang="fr")
    assert "place:ml/gao/gao/gao" not in _places(out)
    out = run("On 9 June 2019, gunmen attacked Bamba (Bourem). They surrounded the village, 10 km from Gao, and "
              "burned granaries.")
    assert "place:ml/gao/gao/gao" not in _places(out)


def test_a_distance_from_a_town_is_not_an_origin(run):
    out = run("On 5 March 2019, soldiers clashed with militants 12 km from Bourem, the militants fled.")
    assert _places(out) == ["place:ml/gao/bourem/bourem"]


def test_people_in_a_village_and_a_post_at_a_village(run):
    out = run("On 14 January 2020, students in Yangasso marched in protest.")
    assert _places(out) == ["place:yangasso"]
    out = run("On 14 January 2020, an army checkpoint at Kabara was attacked by gunmen.")
    assert _places(out) == ["place:kabara"]


def test_an_article_is_not_the_french_a(run):
    out = run("A Comanav boat was attacked near Bourem on 5 March 2019.")
    assert "place:comanav" not in out.entities()
