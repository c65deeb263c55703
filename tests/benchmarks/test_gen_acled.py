"""The synthetic ACLED generator: deterministic, both layouts, labels and places from the pack,
country-consistent labels, skewed actors; and the product loader reads what it writes."""
from __future__ import annotations

import csv
import importlib.util
import io
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "conflictkg" / "ontology" / "packs" / "sahel"


def _gen():
    spec = importlib.util.spec_from_file_location("gen_acled", ROOT / "benchmarks" / "gen_acled.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rows(n=3000, **kw):
    buf = io.StringIO()
    _gen().generate(n, buf, **kw)
    return buf.getvalue()


def test_deterministic_and_dyadic_layout():
    a, b = _rows(seed=4), _rows(seed=4)
    assert a == b and a != _rows(seed=5)
    rows = list(csv.DictReader(io.StringIO(a)))
    assert len(rows) == 3000
    assert list(rows[0]) == _gen().DYADIC
    assert len({r["event_id_cnty"] for r in rows}) == 3000


def test_labels_and_places_come_from_the_pack():
    rows = list(csv.DictReader(io.StringIO(_rows(seed=2))))
    labels = {x["label"] for x in yaml.safe_load((PACK / "acled_actors.yaml").read_text("utf-8"))["acled_actors"]}
    for col in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        assert {r[col] for r in rows if r[col]} <= labels, col
    # a label naming a country appears only in that country's events
    for r in rows:
        for col in ("actor1", "actor2"):
            for country in ("Mali", "Burkina Faso", "Niger"):
                if f"({country})" in r[col]:
                    assert r["country"] == country, (r[col], r["country"])
    # skew: the most frequent actor1 label is far above the median one
    counts = sorted(Counter(r["actor1"] for r in rows).values(), reverse=True)
    assert counts[0] > 10 * counts[len(counts) // 2]
    # the ISO codes match the country
    assert {(r["country"], r["iso3"]) for r in rows} <= {("Mali", "MLI"), ("Burkina Faso", "BFA"), ("Niger", "NER")}


def test_monadic_layout_pairs_rows_on_event_id():
    rows = list(csv.DictReader(io.StringIO(_rows(layout="monadic", seed=3))))
    assert "actor2" not in rows[0]
    per_event = Counter(r["event_id_cnty"] for r in rows)
    assert max(per_event.values()) == 2 and 1 in per_event.values()


def test_the_acled_loader_reads_a_generated_file(tmp_path, sahel_kg):
    path = tmp_path / "synthetic.csv"
    path.write_text(_rows(300, seed=6, date_format="short"), encoding="utf-8")
    summary = sahel_kg.ingest([path], kind="acled")
    f = summary.files[-1]
    assert f.counters.get("events") == 300, f.counters
    assert not f.issues, [str(i) for i in f.issues[:3]]
    n = sahel_kg.cypher("MATCH (e:Event) WHERE e.id STARTS WITH 'event:acled/' RETURN count(e)").rows[0][0]
    assert n == 300
