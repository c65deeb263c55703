"""An event the lede tells without a date is the news of the publication day; later undated
events and reports without a publication date stay undated."""


def _dates(out, cls):
    return [out.props(e).get("date") for e in out.events(cls)]


def test_undated_lede_event_takes_the_publication_day(run):
    out = run("Gunmen attacked a gendarmerie post in Bamba (Bourem), killing two gendarmes.", published="2019-07-14")
    assert _dates(out, "Attack") == ["2019-07-14"]


def test_undated_lede_event_in_french(run):
    out = run("Des hommes armés ont attaqué un poste de gendarmerie à Bamba (Bourem).", lang="fr", published="2019-07-14")
    assert _dates(out, "Attack") == ["2019-07-14"]


def test_explicit_date_wins_over_the_publication_day(run):
    out = run("On 10 July, gunmen attacked a gendarmerie post in Bamba (Bourem).", published="2019-07-14")
    assert _dates(out, "Attack") == ["2019-07-10"]


def test_background_event_far_from_the_lede_stays_undated(run):
    out = run("Gunmen attacked a gendarmerie post in Bamba (Bourem). The post had been reinforced. "
              "Residents said the town was calm.\n\nThe governor visited the wounded.\n\n"
              "JNIM has kidnapped several officials in Gao in the past.", published="2019-07-14")
    kid = out.events("Kidnapping")
    assert kid and all("date" not in out.props(e) for e in kid)


def test_no_publication_date_no_story_date(run):
    out = run("Gunmen attacked a gendarmerie post in Bamba (Bourem), killing two gendarmes.")
    assert _dates(out, "Attack") == [None]
