"""Every named query on the small graph of fixtures/sahel-queries.yaml, whose answers are known.

The graph (on the mini pack): Katiba Macina was part of Ansar Dine (2015 to 2017-03-02), then of
JNIM; JNIM is part of al-Qaeda and was allied with ISGS (2018 to 2019-12); the Bamba and Tarkint
attacks (two sources each, disagreeing on the toll and the date and, for Tarkint, the perpetrator);
the Cissé kidnapping (JNIM attributed, Katiba Macina probable) and the release of Cissé and
Pétronin; three negotiations and a direct Government–HCI link; Operation Monclar (3–23 March
2020) in the Liptako-Gourma, whose member cercles are Ménaka and Ansongo.
"""
import pytest

from conflictkg.errors import ResolutionError
from conflictkg.queries import QueryError, neighbourhood_ids, run

from .conftest import build, col


def rows_where(res, **match):
    return [r for r in res.records() if all(r[k] == v for k, v in match.items())]


def has_real_sources(res):
    """Every row names its sources by title or URL, not by bare id."""
    for r in res.records():
        assert r["sources"], r
        for s in r["sources"]:
            assert not s.startswith("source:"), s


# -- affiliations ---------------------------------------------------------------------------------

def test_affiliations_upward_chain_with_sources(q):
    res = q("affiliations", actor="Katiba Macina")
    up = {(r["from"], r["relation"], r["to"]) for r in rows_where(res, direction="up")}
    assert ("Katiba Macina", "PART_OF", "JNIM") in up
    assert ("JNIM", "PART_OF", "al-Qaeda") in up
    assert ("Katiba Macina", "PART_OF", "Ansar Dine") in up
    link = rows_where(res, direction="up", to="JNIM", **{"from": "Katiba Macina"})[0]
    assert link["valid_from"] == "2017-03-02" and link["depth"] == 1
    assert any("example.org/thread-2020-04-06" in s for s in link["sources"])
    assert rows_where(res, direction="up", to="al-Qaeda")[0]["depth"] == 2
    assert [(r["from"], r["to"]) for r in rows_where(res, direction="ally")] == [("JNIM", "ISGS")]
    assert {r["from"] for r in rows_where(res, direction="leader")} == {"Amadou Koufa", "Iyad Ag Ghaly"}
    has_real_sources(res)


def test_affiliations_show_an_alliance_inside_the_chain_once_whatever_the_row_order(tmp_path):
    from conflictkg.graph.engine import Result

    kg = build(tmp_path / "kg.db")
    extra = tmp_path / "chain-alliance.yaml"
    extra.write_text(
        "sources:\n  - {id: chain-note, title: 'A note on two allied groups', publisher: Example, published: 2020-05-01}\n"
        "statements:\n"
        "  - {subject: 'actor:jnim', predicate: ALLIED_WITH, object: 'actor:ansar-dine', source: chain-note,"
        " confidence: probable}\n", encoding="utf-8")
    kg.ingest([extra])

    class Reversed:  # the same engine, every result's rows in the opposite order
        def __init__(self, eng):
            self.eng = eng

        def run(self, text, params=None):
            res = self.eng.run(text, params)
            return Result(res.columns, res.rows[::-1])

    with kg.engine() as eng:
        straight = run("affiliations", eng, kg.resolver(), actor="Katiba Macina")
        reversed_ = run("affiliations", Reversed(eng), kg.resolver(), actor="Katiba Macina")
    allied = rows_where(straight, direction="ally", relation="ALLIED_WITH", confidence="probable")
    inside = [r for r in allied if {r["from"], r["to"]} == {"JNIM", "Ansar Dine"}]
    assert len(inside) == 1 and inside[0]["depth"] == 2  # from Ansar Dine, one level up
    assert reversed_.rows == straight.rows


def test_affiliations_downward_components(q):
    res = q("affiliations", actor="JNIM", depth=1)
    assert {r["from"] for r in rows_where(res, direction="down")} == {"Katiba Macina", "Ansar Dine"}
    assert not rows_where(res, direction="up", to="Ansar Dine")


@pytest.mark.parametrize("as_of, expected, allied", [
    ("2016", {"Ansar Dine"}, False),                     # before JNIM existed
    ("2020-06-01", {"JNIM", "al-Qaeda"}, False),          # Ansar Dine link ended in 2017
    ("2017", {"Ansar Dine", "JNIM", "al-Qaeda"}, False),  # the year of the merger overlaps both
    ("2019-05", {"JNIM", "al-Qaeda"}, True),              # the JNIM–ISGS alliance held 2018 to 2019-12
])
def test_affiliations_as_of_keeps_links_valid_then(q, as_of, expected, allied):
    res = q("affiliations", actor="Katiba Macina", as_of=as_of)
    assert {r["to"] for r in rows_where(res, direction="up")} == expected
    assert bool(rows_where(res, direction="ally")) == allied


def test_affiliations_depth_limits_the_walk(q):
    res = q("affiliations", actor="Katiba Macina", depth=1)
    assert "al-Qaeda" not in col(res, "to")


def test_affiliations_french_alias_and_empty_answer(q):
    assert "JNIM" in col(q("affiliations", actor="Front de libération du Macina"), "to")
    empty = q("affiliations", actor="Dozos of Niono")
    assert empty.rows == [] and any("No affiliation" in n for n in empty.notes)


def test_unknown_and_ambiguous_names_list_candidates(q):
    with pytest.raises(ResolutionError) as e:
        q("affiliations", actor="Boko Haram")
    assert "no entity named 'Boko Haram'" in str(e.value)
    with pytest.raises(ResolutionError) as e:
        q("timeline", entity="Bamba")
    assert set(e.value.candidates) == {"place:ml/gao/bourem/bamba", "place:ml/mopti/koro/bamba"}
    assert "Bamba (Bourem)" in str(e.value)
    with pytest.raises(ResolutionError) as e:  # a place where an actor is needed
        q("affiliations", actor="Bamba")
    assert "names no Actor" in str(e.value) and "place:ml/mopti/koro/bamba" in str(e.value)


# -- attributions ---------------------------------------------------------------------------------

def test_attributions_of_an_actor(q):
    res = q("attributions", actor="JNIM")
    conf = {r["event"]: r["confidence"] for r in res.records()}
    assert conf == {"Attack on Bamba": "attributed", "Attack on Tarkint": "probable",
                    "Kidnapping of Soumaila Cissé": "attributed", "Clash near Ménaka": "denied",
                    "IED somewhere in central Mali": "possible"}
    assert col(res, "date") == sorted(col(res, "date"), reverse=True)  # newest first
    tarkint = rows_where(res, event="Attack on Tarkint")[0]
    assert tarkint["competing"] == ["ISGS (possible)"] and tarkint["place"] == ["Tarkint"]
    bamba = rows_where(res, event="Attack on Bamba")[0]
    assert len(bamba["sources"]) == 2 and bamba["fatalities"] == "20"
    assert rows_where(res, event="Kidnapping of Soumaila Cissé")[0]["competing"] == ["Katiba Macina (probable)"]
    menaka = rows_where(res, event="Clash near Ménaka")[0]
    assert menaka["sources"] == ["denied in: JNIM denies Ménaka clash <https://example.org/jnim-denial>"]
    has_real_sources(res)


def test_attributions_limit_keeps_the_newest(q):
    res = q("attributions", actor="JNIM", limit=2)
    assert col(res, "event") == ["Attack on Bamba", "Kidnapping of Soumaila Cissé"]
    assert any("2 most recent of 5" in n for n in res.notes)
    assert len(q("attributions", actor="JNIM", limit=0).rows) == 5


def test_attributions_of_a_large_actor_are_not_counted_under_filters(q, monkeypatch):
    from conflictkg.queries import attributions

    small = q("attributions", actor="JNIM", since="2020-03-21", limit=1)
    assert any("1 most recent of 2 attributions" in n for n in small.notes)
    monkeypatch.setattr(attributions, "COUNT_MAX", 3)  # JNIM has 5 attributions at any date
    large = q("attributions", actor="JNIM", since="2020-03-21", limit=1)
    assert large.rows == small.rows
    assert any("1 most recent attributions matching the filters are listed (5 in all" in n for n in large.notes)
    unfiltered = q("attributions", actor="JNIM", limit=2)  # the anchor's size is the total
    assert any("2 most recent of 5" in n for n in unfiltered.notes)


def test_attributions_min_confidence_and_dates(q):
    strong = q("attributions", actor="JNIM", min_confidence="probable")
    assert set(col(strong, "event")) == {"Attack on Bamba", "Attack on Tarkint", "Kidnapping of Soumaila Cissé"}
    later = q("attributions", actor="JNIM", since="2020-03-21")
    assert set(col(later, "event")) == {"Attack on Bamba", "Kidnapping of Soumaila Cissé"}
    march = q("attributions", actor="JNIM", since="2020-03", until="2020-03")
    assert "Attack on Bamba" not in col(march, "event") and "Attack on Tarkint" in col(march, "event")
    none = q("attributions", actor="JNIM", since="2021")
    assert none.rows == [] and any("No attributed events" in n for n in none.notes)


def test_attributions_with_components_are_marked(q):
    res = q("attributions", actor="JNIM", with_components=True)
    macina = rows_where(res, attributed_to="Katiba Macina")
    assert {r["event"] for r in macina} == {"Kidnapping of Soumaila Cissé", "Attack near Bamba (Koro)", "Raid in Koro cercle"}
    assert all(r["via"].startswith("component of JNIM") for r in macina)
    flagged = [r["event"] for r in macina if "outside the membership period" in r["via"]]
    assert flagged == ["Raid in Koro cercle"]  # 2016, before Katiba Macina joined JNIM (2017-03-02)
    assert set(col(q("attributions", actor="JNIM"), "attributed_to")) == {"JNIM"}
    # the component's attribution of the kidnapping is its own row, not a competitor
    cisse = rows_where(res, event="Kidnapping of Soumaila Cissé", attributed_to="JNIM")[0]
    assert cisse["competing"] == []


def test_attributions_of_an_event_source_by_source(q):
    res = q("attributions", event="Attack on Tarkint")
    perps = {(r["value"], r["confidence"], r["source"].split(" <")[0]) for r in rows_where(res, aspect="perpetrator")}
    assert perps == {("JNIM", "probable", "Analyst thread on JNIM"), ("ISGS", "possible", "France 24: Tarkint")}
    assert {r["value"] for r in rows_where(res, aspect="date")} == {"2020-03-19", "2020-03-20"}
    assert all(r["disputed"] == "yes" for r in rows_where(res, aspect="perpetrator") + rows_where(res, aspect="date"))
    assert not any(r["disputed"] for r in rows_where(res, aspect="fatalities_min"))
    assert any(n.startswith("Sources disagree on perpetrator") for n in res.notes)
    assert any(n.startswith("Sources disagree on date") and "France 24" in n for n in res.notes)
    assert rows_where(res, aspect="perpetrator")[0]["quote"] == "probably the same people"


def test_attributions_of_an_event_shows_toll_disagreement(q):
    res = q("attributions", event="event:2020-04-06-attack-bamba")
    tolls = {r["value"]: r["source"].split(" <")[0] for r in rows_where(res, aspect="fatalities_min")}
    assert tolls == {"20": "Analyst thread on JNIM", "25": "RFI: attack in Bamba"}
    assert any("fatalities_min" in n and "RFI" in n for n in res.notes)
    assert not any(n.startswith("Sources disagree on perpetrator") for n in res.notes)


def test_attributions_argument_errors(q):
    with pytest.raises(QueryError):
        q("attributions")
    with pytest.raises(QueryError):
        q("attributions", actor="JNIM", event="Attack on Bamba")
    with pytest.raises(QueryError):
        q("attributions", event="Attack on Bamba", since="2020")
    with pytest.raises(ResolutionError):
        q("attributions", actor="Attack on Bamba")  # an event, not an actor


def test_attributions_event_lists_fused_records(tmp_path):
    kg = build(tmp_path / "kg.db")
    extra = tmp_path / "acled-row.yaml"
    extra.write_text(
        "sources:\n  - {id: acled-row, title: 'ACLED row MLI9999', publisher: ACLED, published: 2020-04-10}\n"
        "entities:\n  - {id: 'event:acled-mli9999', name: 'Attack (ACLED MLI9999)', class: Attack}\n"
        "statements:\n"
        "  - {subject: 'event:acled-mli9999', predicate: date, value: 2020-04-06, source: acled-row}\n"
        "  - {subject: 'event:acled-mli9999', predicate: fatalities_min, value: 33, source: acled-row}\n"
        "  - {subject: 'event:acled-mli9999', predicate: ATTRIBUTED_TO, object: 'actor:jnim', source: acled-row,"
        " confidence: attributed}\n", encoding="utf-8")
    kg.ingest([extra])
    kg.judge("merge", "event:2020-04-06-attack-bamba", "event:acled-mli9999", "same day, place and perpetrator")
    ids = {"event:2020-04-06-attack-bamba", "event:acled-mli9999"}
    canonical = kg.resolver().canonical("event:acled-mli9999")
    assert canonical in ids
    (fused,) = ids - {canonical}
    with kg.engine() as eng:  # asked for by either id, the answer is the fused event
        res = run("attributions", eng, kg.resolver(), event=fused, judgements=kg.store.judgements())
    merged = rows_where(res, aspect="merged record")
    assert [m["value"] for m in merged] == [fused]
    assert "manual" in merged[0]["source"] and merged[0]["quote"] == "same day, place and perpetrator"
    assert {r["value"] for r in rows_where(res, aspect="fatalities_min")} == {"20", "25", "33"}
    assert len(rows_where(res, aspect="perpetrator")) == 3
    # without the judgements, the resolver's merge map still names the fused record
    with kg.engine() as eng:
        res = run("attributions", eng, kg.resolver(), event="Attack on Bamba")
    assert [m["value"] for m in rows_where(res, aspect="merged record")] == [fused]


# -- channels and brokers ---------------------------------------------------------------------------

def channel_paths(res):
    out = {}
    for r in res.records():
        if r["step"] != "rep":
            out.setdefault(r["channel"], []).append((r["from"], r["to"]))
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def test_channels_direct_talks(q):
    res = q("channels", a="Government of Mali", b="JNIM")
    direct = rows_where(res, via="Government talks with JNIM leaders")
    assert len(direct) == 1
    d = direct[0]
    assert (d["from"], d["to"], d["hops"], d["status"], d["date"]) == ("Government of Mali", "JNIM", 1, "announced", "2020-02 (month)")
    assert d["sources"] == ["Talks with the jihadists <https://example.org/talks-2020>"]
    has_real_sources(res)


def test_channels_through_mediators_and_representatives(q):
    res = q("channels", a="Government of Mali", b="JNIM")
    paths = set(channel_paths(res).values())
    assert (("Government of Mali", "Dioncounda Traoré"), ("Dioncounda Traoré", "Iyad Ag Ghaly")) in paths
    reps = rows_where(res, step="rep", **{"from": "Iyad Ag Ghaly"})
    assert reps and reps[0]["to"] == "JNIM" and reps[0]["via"] == "LEADER_OF"
    # the Niono truce reaches JNIM through its component, with the mediator as the middle hop
    assert (("Government of Mali", "High Islamic Council of Mali"), ("High Islamic Council of Mali", "Katiba Macina")) in paths


def test_channels_ranking(q):
    by_recency = q("channels", a="Government of Mali", b="JNIM")
    first = channel_paths(by_recency)[1]
    assert first[-1] == ("High Islamic Council of Mali", "Katiba Macina")  # the 2021 Niono truce is the freshest
    by_length = q("channels", a="Government of Mali", b="JNIM", rank="length")
    assert channel_paths(by_length)[1] == (("Government of Mali", "JNIM"),)
    assert q("channels", a="Government of Mali", b="JNIM", limit=1).records()[-1]["channel"] == 1


def test_channels_max_hops_and_since(q):
    one = q("channels", a="Government of Mali", b="JNIM", max_hops=1)
    assert set(channel_paths(one).values()) == {(("Government of Mali", "JNIM"),)}
    recent = q("channels", a="Government of Mali", b="JNIM", since="2021")
    assert "Government talks with JNIM leaders" not in col(recent, "via")
    assert set(channel_paths(recent).values()) == {(("Government of Mali", "High Islamic Council of Mali"),
                                                    ("High Islamic Council of Mali", "Katiba Macina"))}


def test_channels_per_hop_lists_the_most_recent_links_and_counts_the_rest(q):
    full = q("channels", a="Government of Mali", b="JNIM")
    hops = {}
    for r in full.records():
        if r["step"] != "rep":
            hops.setdefault((r["channel"], r["step"]), []).append(r)
    busy = {k: v for k, v in hops.items() if len(v) > 1}
    assert busy, "the fixture has a hop with several links"
    one = q("channels", a="Government of Mali", b="JNIM", per_hop=1)
    got = {}
    for r in one.records():
        if r["step"] != "rep":
            got.setdefault((r["channel"], r["step"]), []).append(r)
    assert got.keys() == hops.keys()
    for k, v in hops.items():
        assert got[k] == v[:1], "the first (most recent) link of each hop"
    assert any(f"lists 1 of its {len(v)} links" in n for k, v in busy.items() for n in one.notes)
    assert any("--per-hop 0" in n for n in one.notes)
    assert not any("--per-hop 0" in n for n in full.notes)
    assert q("channels", a="Government of Mali", b="JNIM", per_hop=0).rows == full.rows


def test_channels_none(q):
    res = q("channels", a="ISGS", b="Government of Mali")
    assert res.rows == []
    assert any("ISGS" in n and "no negotiation" in n for n in res.notes)
    with pytest.raises(QueryError):
        q("channels", a="JNIM", b="GSIM")  # the same actor by its French acronym


def test_brokers(q):
    res = q("brokers")
    ranked = col(res, "actor")
    assert ranked[:3] == ["High Islamic Council of Mali", "Government of Mali", "Dioncounda Traoré"]
    bc = dict(zip(ranked, col(res, "betweenness")))
    assert bc["JNIM"] == 0 and bc["High Islamic Council of Mali"] > bc["Government of Mali"] > bc["Dioncounda Traoré"] > 0
    hci = rows_where(res, actor="High Islamic Council of Mali")[0]
    assert hci["as_mediator"] == 2 and hci["counterparts"] == 4
    has_real_sources(res)
    recent = q("brokers", since="2021")
    assert "Dioncounda Traoré" not in col(recent, "actor")
    assert col(q("brokers", limit=2), "rank") == [1, 2]
    assert q("brokers", since="2030").rows == []


# -- hostages -------------------------------------------------------------------------------------

def test_hostages(q):
    res = q("hostages")
    held = {(r["hostage"], r["held_by"], r["confidence"], r["basis"]) for r in res.records()}
    assert held == {("Soumaila Cissé", "JNIM", "attributed", "held hostage by"),
                    ("Soumaila Cissé", "Katiba Macina", "probable", "held hostage by"),
                    ("Sophie Pétronin", "JNIM", "attributed", "held hostage by"),
                    ("Pier Luigi Maccalli", "ISGS", "possible", "perpetrator of the kidnapping")}
    cisse = rows_where(res, hostage="Soumaila Cissé", held_by="JNIM")[0]
    assert (cisse["since"], cisse["until"]) == ("2020-03-25", "2020-10-08")
    assert cisse["kidnapping"] == ["Kidnapping of Soumaila Cissé (2020-03-25, Niafunké)"]
    assert cisse["release"] == ["Release of Cissé and Pétronin (2020-10-08)"]
    assert "High Islamic Council of Mali (mediator to the release, possible)" in cisse["negotiated_by"]
    assert "Government of Mali (party to the release, attributed)" in cisse["negotiated_by"]
    assert cisse["talks"] == ["Talks for Cissé's release (2020-04-06, ongoing; JNIM)"]
    petronin = rows_where(res, hostage="Sophie Pétronin")[0]
    assert (petronin["since"], petronin["until"]) == ("2016-12-24", "2020-10-08")
    has_real_sources(res)


def test_hostages_held_by(q):
    assert {(r["hostage"], r["held_by"]) for r in q("hostages", held_by="Katiba Macina").records()} == \
        {("Soumaila Cissé", "Katiba Macina")}
    assert set(col(q("hostages", held_by="JNIM"), "hostage")) == {"Soumaila Cissé", "Sophie Pétronin"}
    assert col(q("hostages", held_by="EIGS"), "hostage") == ["Pier Luigi Maccalli"]  # French acronym of ISGS
    none = q("hostages", held_by="Government of Mali")
    assert none.rows == [] and any("No hostages" in n for n in none.notes)


# -- timeline -------------------------------------------------------------------------------------

def test_timeline_of_an_actor(q):
    res = q("timeline", entity="JNIM")
    assert col(res, "date") == ["2020-02", "2020-03-14", "2020-03-15", "2020-03-20", "2020-03-25", "2020-04-06",
                                "2020-04-06", "2020-10-08"]
    assert col(res, "precision")[0] == "month"
    assert rows_where(res, event="Attack on Tarkint")[0]["role"] == "perpetrator (probable)"
    assert rows_where(res, event="Release of Cissé and Pétronin")[0]["role"] == "participant (attributed)"
    has_real_sources(res)


def test_timeline_of_a_place_includes_places_inside_it(q):
    bourem = q("timeline", entity="Bourem")  # the cercle, not the town: a container name
    assert col(bourem, "event") == ["Attack on Tarkint", "Attack on Bamba"]
    koro = q("timeline", entity="Koro")
    assert [(r["date"], r["precision"]) for r in koro.records()] == [("2016", "year"), ("2019-06", "month")]
    mali = q("timeline", entity="Mali", since="2020-03", until="2020-03")
    assert col(mali, "event") == ["Air strike in Ansongo", "Clash near Ménaka", "Attack on Tarkint",
                                  "Kidnapping of Soumaila Cissé"]
    assert rows_where(mali, event="Clash near Ménaka")[0]["perpetrators"] == ["ISGS (attributed)", "JNIM (denied)"]


def test_timeline_limits_empty_and_wrong_kind(q):
    short = q("timeline", entity="JNIM", limit=2)
    assert len(short.rows) == 2 and any("Only the first 2" in n for n in short.notes)
    empty = q("timeline", entity="Bourem", since="2021")
    assert empty.rows == [] and any("No dated events" in n for n in empty.notes)
    with pytest.raises(QueryError):
        q("timeline", entity="Attack on Bamba")


# -- manoeuvre ------------------------------------------------------------------------------------

def test_manoeuvre_places_bamba_and_tarkint_outside(q):
    res = q("manoeuvre", operation="Operation Monclar")
    zone = {}
    for r in res.records():
        for e in r["event_list"]:
            zone.setdefault(e.split(" (")[0].split(" ", 1)[1], set()).add(r["zone"])
    assert zone["Attack on Bamba"] == {"outside"}
    assert zone["Attack on Tarkint"] == {"outside"}
    assert zone["Clash near Ménaka"] == {"inside"}  # Ménaka cercle is LOCATED_IN the Liptako-Gourma
    assert "Air strike in Ansongo" not in zone       # part of the operation, by its own forces
    assert "Attack in Ménaka in May" not in zone     # after the 30-day margin
    jnim_out = rows_where(res, zone="outside", actor="JNIM")
    assert {r["region"] for r in jnim_out} == {"Gao", "Timbuktu"}
    assert rows_where(res, zone="outside", actor="JNIM", phase="after", region="Gao")[0]["fatalities_min"] == 20
    assert not rows_where(res, zone="inside", actor="JNIM"), "a denied attribution is not JNIM's activity"
    assert any("Operation Barkhane" in n for n in res.notes)
    has_real_sources(res)


def test_manoeuvre_window_margins(q):
    strict = q("manoeuvre", operation="Monclar", after=0)
    assert all(r["phase"] == "during" for r in strict.records())
    assert not any("Attack on Bamba" in e for r in strict.records() for e in r["event_list"])
    wide = q("manoeuvre", operation="Monclar", after=60)
    may = [r for r in wide.records() if any("Attack in Ménaka in May" in e for e in r["event_list"])]
    assert [(r["zone"], r["phase"], r["actor"]) for r in may] == [("inside", "after", "ISGS")]


def test_manoeuvre_lists_the_earliest_events_and_counts_the_rest(q, monkeypatch):
    from conflictkg.queries import manoeuvre

    wide = q("manoeuvre", operation="Monclar", before=2000, after=400)
    koro = rows_where(wide, zone="outside", phase="before", actor="Katiba Macina", region="Mopti")[0]
    assert koro["events"] == 2 and len(koro["event_list"]) == 2
    monkeypatch.setattr(manoeuvre, "MAX_LISTED", 1)
    capped = q("manoeuvre", operation="Monclar", before=2000, after=400)
    row = rows_where(capped, zone="outside", phase="before", actor="Katiba Macina", region="Mopti")[0]
    assert row["events"] == 2 and row["fatalities_min"] == koro["fatalities_min"]
    assert row["event_list"] == [koro["event_list"][0], "… and 1 more"]
    assert row["sources"], "the listed event's sources"
    assert any("1 earliest events of each row" in n for n in capped.notes)
    assert not any("earliest events" in n for n in wide.notes)
    assert [r[:6] for r in capped.rows] == [r[:6] for r in wide.rows]


def test_manoeuvre_limit_lists_the_first_rows_and_says_so(q):
    full = q("manoeuvre", operation="Monclar", before=2000, after=400)
    assert len(full.rows) > 2 and not any("Only the first" in n for n in full.notes)
    assert q("manoeuvre", operation="Monclar", before=2000, after=400, limit=0).rows == full.rows
    short = q("manoeuvre", operation="Monclar", before=2000, after=400, limit=2)
    assert short.rows == full.rows[:2]
    hidden = sum(r[4] for r in full.rows[2:])
    assert any(f"Only the first 2 of {len(full.rows)} rows" in n and f"hold {hidden} actor-event(s)" in n
               for n in short.notes), short.notes
    totals = [n for n in full.notes if n.startswith(("Inside the area", "Outside the area"))]
    assert totals and all(n in short.notes for n in totals), "the totals count the rows not listed too"


def test_manoeuvre_needs_an_operation(q):
    with pytest.raises(QueryError):
        q("manoeuvre", operation="Attack on Bamba")
    with pytest.raises(ResolutionError) as e:
        q("manoeuvre", operation="Operation Barkhane")  # an actor, not an event
    assert "names no Event" in str(e.value)


# -- neighbourhood --------------------------------------------------------------------------------

def test_neighbourhood(q):
    res = q("neighbourhood", entity="JNIM")
    edges = {(r["from"], r["relation"], r["to"]) for r in res.records()}
    assert ("JNIM", "PART_OF", "al-Qaeda") in edges and ("Katiba Macina", "PART_OF", "JNIM") in edges
    assert ("Attack on Bamba", "ATTRIBUTED_TO", "JNIM") in edges
    assert all(r["depth"] == 1 for r in res.records())
    assert not any(r["relation"] in ("ABOUT", "STATED_IN") for r in res.records())
    has_real_sources(res)


def test_neighbourhood_ids_for_exports(q):
    ids = neighbourhood_ids(q.engine, "actor:katiba-macina", depth=2, types=["PART_OF"])
    assert ids == {"actor:katiba-macina", "actor:jnim", "actor:ansar-dine", "actor:al-qaeda"}
    places = neighbourhood_ids(q.engine, "event:2020-04-06-attack-bamba", depth=1, types=["Place"])
    assert places == {"event:2020-04-06-attack-bamba", "place:ml/gao/bourem/bamba"}
    assert neighbourhood_ids(q.engine, "actor:dozos-niono", depth=0) == {"actor:dozos-niono"}


def test_neighbourhood_types_limit_and_errors(q):
    res = q("neighbourhood", entity="Bamba (Bourem)", depth=2, types="Event,Actor")
    assert {r["to"] for r in res.records() if r["relation"] == "ATTRIBUTED_TO"} == {"JNIM"}
    assert not any(r["relation"] == "LOCATED_IN" for r in res.records())
    capped = q("neighbourhood", entity="JNIM", limit=3)
    assert len({r["from_id"] for r in capped.records()} | {r["to_id"] for r in capped.records()}) <= 3
    assert any("Stopped at 3 nodes" in n for n in capped.notes)
    with pytest.raises(QueryError):
        q("neighbourhood", entity="JNIM", types=["FRIENDS_WITH"])
    with pytest.raises(QueryError):
        q("neighbourhood", entity="JNIM", types=["STATED_IN"])
    lonely = q("neighbourhood", entity="Dozos of Niono", types=["PART_OF"])
    assert lonely.rows == [] and any("No neighbours" in n for n in lonely.notes)


def test_brokers_estimate_on_big_networks_is_said(q, monkeypatch):
    from conflictkg.queries import channels

    monkeypatch.setattr(channels, "BETWEENNESS_BUDGET", 1)
    monkeypatch.setattr(channels, "MIN_SAMPLE", 3)
    res = q("brokers")
    assert len(res.rows) == 7 and any("Estimated from 3 of 7 actors" in n for n in res.notes)
    assert res.rows == q("brokers").rows  # a fixed seed: the same estimate every time


@pytest.mark.parametrize("fill", [2.0, 0.001])
@pytest.mark.parametrize("name, args", [
    ("timeline", {"entity": "JNIM"}), ("timeline", {"entity": "JNIM", "limit": 2}),
    ("timeline", {"entity": "Mali", "since": "2020-03", "until": "2020-03"}), ("timeline", {"entity": "Bourem"}),
    ("timeline", {"entity": "Bourem", "limit": 1, "since": "2020-04"}),
    ("attributions", {"actor": "JNIM", "with_components": True}), ("attributions", {"actor": "JNIM", "limit": 2}),
    ("attributions", {"actor": "JNIM", "with_components": True, "since": "2020-01", "limit": 3}),
    ("attributions", {"actor": "JNIM", "until": "2020-03-31", "limit": 1})])
def test_windowed_plan_gives_the_same_answer(q, monkeypatch, name, args, fill):
    """Large anchors are searched in date windows (base.by_date_windows): forced here on the small
    graph, with windows of one day growing fourfold (fill 0.001) or at once covering everything."""
    from conflictkg.queries import base

    anchored = q(name, **args)
    monkeypatch.setattr(base, "WINDOW_ABOVE", -1)  # as for JNIM or a country at a million events
    monkeypatch.setattr(base, "WINDOW_FILL", fill)
    windowed = q(name, **args)
    assert windowed.rows == anchored.rows and windowed.notes == anchored.notes and anchored.rows


class _Span:
    def __init__(self, first, last):
        from datetime import date

        self.span = (date.fromisoformat(first), date.fromisoformat(last))

    def date_span(self):
        return self.span


@pytest.mark.parametrize("newest", [False, True])
def test_date_windows_grow_until_they_fill_or_cover_everything(newest):
    from conflictkg.queries.base import by_date_windows

    days = [f"2020-01-{d:02d}" for d in range(1, 32)] + [f"2020-02-{d:02d}" for d in range(1, 30)]
    ctx, calls = _Span(days[0], days[-1]), []

    def windows(n, want):
        def pick(bound, big):
            calls.append(bound)
            assert big or bound is None
            inside = [d for d in days if bound is None or (d >= bound if newest else d <= bound)]
            return sorted(inside, reverse=newest)[:want]

        calls.clear()
        return by_date_windows(ctx, pick, anchor_n=n, want=want, newest=newest)

    assert windows(10**6, 5) == sorted(days, reverse=newest)[:5]
    assert calls[0] is not None and len(calls) >= 2  # a one-day window first, then a wider one
    assert windows(10**6, 100) == sorted(days, reverse=newest)
    assert calls[-1] is None  # never filled: the last run covers every date (and undated events)
    assert windows(3, 5) == sorted(days, reverse=newest)[:5]
    assert calls == [None]  # a small anchor is read whole
