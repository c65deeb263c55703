"""The GEXF export opened by Gephi itself: the Gephi toolkit's importer (tools/gephi, built from
Maven Central) reads every file without an issue, and holds the nodes, relationships and time
intervals that were written. No package reachable here ships the official GEXF 1.3 XML schema
(tools/gephi/README.md), so the consumer the export is for is the check."""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conflictkg.exports import select
from conflictkg.exports.gexf import NS, write_gexf

from .conftest import ROOT, SHARED, need

CHECK = ROOT / "tools" / "gephi" / "check.sh"
# the only issue a clean file gives: Gephi says which GEXF version it read
EXPECTED_INFO = "GEXF version 1.3"


@pytest.fixture(scope="module")
def gephi():
    need(shutil.which("java") is not None, "java not found (the Gephi check runs the Gephi toolkit)")
    need(shutil.which("mvn") is not None or (CHECK.parent / "target" / "conflictkg-gephi.jar").exists(),
         "mvn not found to build tools/gephi (Debian package maven)")
    build = subprocess.run([str(CHECK), "--build"], capture_output=True, text=True, timeout=1800)
    assert build.returncode == 0, build.stderr

    def run(*paths: Path) -> tuple[int, dict[str, dict]]:
        res = subprocess.run([str(CHECK), *map(str, paths)], capture_output=True, text=True, timeout=600)
        out: dict[str, dict] = {}
        issues: list[tuple[str, str]] = []
        for line in res.stdout.splitlines():
            if line.startswith("issue "):
                level, _, message = line[len("issue "):].partition(" ")
                issues.append((level, message))
            elif line.startswith("file "):
                words = line.split()
                fields = dict(zip(words[2::2], words[3::2]))
                fields["issues"] = [i for i in issues if i != ("INFO", EXPECTED_INFO)]
                out[words[1]] = fields
                issues = []
        assert out or res.returncode, res.stdout + res.stderr
        return res.returncode, out

    return run


def _written(path: Path) -> dict:
    root = ET.parse(path).getroot()
    ns = {"g": NS}
    nodes = root.findall(".//g:nodes/g:node", ns)
    edges = root.findall(".//g:edges/g:edge", ns)
    return {"nodes": len(nodes), "edges": len(edges),
            "timed_nodes": sum(1 for n in nodes if n.get("start") or n.get("end")),
            "timed_edges": sum(1 for e in edges if e.get("start") or e.get("end"))}


def test_gephi_reads_every_export_as_written(gephi, export_proj, tmp_path):
    subs = {
        "default": select(export_proj),                                # hostile names and quotes included
        "provenance": select(export_proj, provenance=True),            # sources and claims as nodes
        "window": select(export_proj, since="2020-04", until="2020-12"),
        "actors": select(export_proj, types=["Actor"]),                # no time on most nodes
        "empty": select(export_proj, types=["Actor"], since="1900", until="1900-01"),
    }
    paths = {}
    for name, sub in subs.items():
        paths[name] = tmp_path / f"{name}.gexf"
        write_gexf(paths[name], sub, title=f'{name} <&> "graph"')
    rc, seen = gephi(*paths.values())
    for name, path in paths.items():
        got = seen[str(path)]
        assert got["issues"] == [], (name, got["issues"])
        want = _written(path)
        assert {k: int(got[k]) for k in want} == want, name
    assert rc == 0
    assert int(seen[str(paths["provenance"])]["nodes"]) > int(seen[str(paths["default"])]["nodes"])
    assert seen[str(paths["window"])]["bounds"] != "none"
    # every attribute column that was declared is one Gephi created
    declared = {a.get("id") for a in ET.parse(paths["provenance"]).getroot().iter(f"{{{NS}}}attribute")}
    columns = set(seen[str(paths["provenance"])]["node_columns"].split(",")) | \
        set(seen[str(paths["provenance"])]["edge_columns"].split(","))
    assert declared <= columns


def test_gephi_reads_the_seed_thread_export(gephi, tmp_path, _sahel_template):
    seed = SHARED / "data" / "seed" / "jnim-thread-2020-04-06.txt"
    need(seed.exists(), f"shared data not found: {seed}")
    from conflictkg.kg import KG

    shutil.copytree(_sahel_template, tmp_path / "kg.db")
    kg = KG(tmp_path / "kg.db", pack="sahel")
    kg.ingest([seed], options={"published": "2020-04-06"})
    path = tmp_path / "seed.gexf"
    write_gexf(path, select(kg.projection(), provenance=True))
    rc, seen = gephi(path)
    assert seen[str(path)]["issues"] == [] and rc == 0
    want = _written(path)
    assert {k: int(seen[str(path)][k]) for k in want} == want


def test_the_check_sees_what_gephi_cannot_read(gephi, export_proj, tmp_path):
    """The check is not a formality: a wrong value type, a date Gephi cannot parse and an edge to
    a node that was never written are each reported."""
    good = tmp_path / "good.gexf"
    write_gexf(good, select(export_proj))
    text = good.read_text(encoding="utf-8")
    bad = {
        "type": re.sub(r'(<attvalue for="fatalities_min" value=")[^"]*"', r'\1many"', text, count=1),
        "date": re.sub(r'start="\d{4}-\d\d-\d\d"', 'start="2020-13-45"', text, count=1),
        "dangling": re.sub(r'target="actor:jnim"', 'target="actor:nobody"', text, count=1),
    }
    paths = []
    for name, t in bad.items():
        assert t != text, name
        paths.append(tmp_path / f"bad-{name}.gexf")
        paths[-1].write_text(t, encoding="utf-8")
    rc, seen = gephi(*paths)
    assert rc == 1
    for p in paths:
        assert seen[str(p)]["issues"], p.name


def test_gephi_shows_names_colours_and_relationship_types_from_both_files(gephi, export_proj, tmp_path):
    """What a Gephi user sees on opening either export: each node under its name (not its id),
    coloured by class, each relationship labelled with its type and weighted by its sources.
    Gephi's GraphML importer reads these only from keys it knows (label, r/g/b or color, weight)."""
    from conflictkg.exports.graphml import write_graphml

    sub = select(export_proj)
    classes = len({(n["label"], n.get("class")) for n in sub.nodes.values()})
    gexf, graphml = tmp_path / "g.gexf", tmp_path / "g.graphml"
    write_gexf(gexf, sub)
    write_graphml(graphml, sub)
    _, seen = gephi(gexf, graphml)
    for path in (gexf, graphml):
        got = {k: int(v) for k, v in seen[str(path)].items() if k in ("nodes", "labelled", "colours", "labelled_edges")}
        assert got["labelled"] == got["nodes"] == len(sub.nodes), path.name
        assert got["colours"] >= min(classes, 3), path.name
        assert got["labelled_edges"] > 0, path.name
