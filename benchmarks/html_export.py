#!/usr/bin/env python3
"""HTML export: time and size for 500, 2,000 and 5,000 nodes, and time to a usable page in
headless Chromium.

The graph is synthetic but shaped like the projection of a conflict store: a place hierarchy
(country, regions, cercles, settlements; LOCATED_IN), actors (PART_OF, ALLIED_WITH, RIVAL_OF),
events (OCCURRED_AT a settlement, ATTRIBUTED_TO one or two actors at every confidence level,
some denied, TARGETED), 1–3 sources per relationship, each with its own claim and quote. About
2 relationships per node. It is built as projection rows and goes through the same
``select`` → ``generate_html`` path as ``conflictkg export html``.

Measured per size:
- export: ``select`` + ``generate_html`` (layout, pyvis rendering), best of ``--runs``; HTML size;
- browser (Chromium headless, software rendering, network blocked): time from navigation start to
  the page's script running (data parsed, DataSets built), and to the first draw after physics
  has stabilised and stopped (``window.ckg.stabilisedAt``); then the time to redraw after a zoom
  and after toggling a class filter (both until the next frame is drawn).

Run:  python benchmarks/html_export.py                  (writes benchmarks/results/html_export.{md,json})
      python benchmarks/html_export.py --sizes 500 --browser-sizes 500 --out /tmp/bench
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import machine as common_machine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "benchmarks" / "results"
LEVELS = ["claimed", "attributed", "attributed", "probable", "possible", "denied"]
ACTOR_CLASSES = ["ArmedGroup"] * 4 + ["StateForce", "Government", "Militia", "Person", "Organization",
                                      "InternationalMission"]
EVENT_CLASSES = ["Attack"] * 4 + ["Clash"] * 2 + ["Explosion", "Kidnapping", "ViolenceAgainstCivilians",
                                                   "Negotiation", "Statement", "Release"]
WORDS = ("militants attacked the army camp near the town at dawn killing soldiers according to local "
         "sources who said the group claimed responsibility in a statement released later that day").split()


def synthetic_projection(n: int, seed: int = 7):
    """Projection rows for about ``n`` nodes (30% places, 20% actors, 50% events)."""
    from conflictkg.graph.projection import Projection, rel_id

    rnd = random.Random(seed)
    n_places, n_actors = max(10, int(n * 0.3)), max(5, int(n * 0.2))
    n_events = max(5, n - n_places - n_actors)
    sources = [{"id": f"source:example.org/{i:04d}", "class": "Report", "name": f"Report {i}",
                "title": f"Report {i} on the Sahel", "url": f"https://example.org/reports/{i}",
                "publisher": rnd.choice(["Example News", "Example Analyst", "Example Monitor"]),
                "published": f"20{rnd.randint(17, 20)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                "reliability": rnd.choice("ABCD"), "kind": "article", "aliases": [], "sources": [],
                "evidence": [], "disputed": [], "verified": False} for i in range(200)]
    nodes = {"Place": [], "Actor": [], "Event": [], "Source": sources, "Claim": []}
    rels: dict = {}

    def quote():
        return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(12, 24)))

    def rel(t, fl, tl, a, b, conf="attributed", valid_from=None):
        srcs = rnd.sample(sources, rnd.randint(1, 3))
        rid = rel_id(a, t, b)
        confs = [conf] + [rnd.choice(LEVELS[:5]) for _ in srcs[1:]]
        for s, c in zip(srcs, confs):
            nodes["Claim"].append({"id": f"claim:{rid[4:]}{s['id'][-4:]}", "name": f"{t} claim",
                                   "class": "RelationshipClaim", "predicate": t, "subject": a, "object": b,
                                   "value": None, "source": s["id"], "quote": quote(), "confidence": c,
                                   "valid_from": valid_from, "valid_until": None, "rel_id": rid, "loader": "bench",
                                   "sources": [s["id"]], "evidence": []})
        positive = [c for c in confs if c != "denied"]
        best = min(positive, key=LEVELS.index) if positive else "denied"
        rels.setdefault((t, fl, tl), []).append({
            "from": a, "to": b, "id": rid, "sources": [s["id"] for s in srcs], "evidence": [quote()],
            "confidence": best, "denied_by": [s["id"] for s, c in zip(srcs, confs) if c == "denied"],
            "n_sources": len(srcs), "valid_from": valid_from, "valid_until": None})

    def place(i, cls, parent):
        nodes["Place"].append({"id": f"place:xx/{i}", "class": cls, "name": f"Place {i}", "aliases": [],
                               "lat": round(rnd.uniform(10, 25), 4), "lon": round(rnd.uniform(-12, 4), 4),
                               "sources": [sources[0]["id"]], "evidence": [], "disputed": [], "verified": True})
        if parent is not None:
            rel("LOCATED_IN", "Place", "Place", f"place:xx/{i}", f"place:xx/{parent}")

    place(0, "Country", None)
    regions = list(range(1, 9))
    for r in regions:
        place(r, "AdminArea", 0)
    cercles = list(range(9, 9 + max(8, n_places // 10)))
    for c in cercles:
        place(c, "AdminArea", rnd.choice(regions))
    settlements = list(range(cercles[-1] + 1, n_places))
    for s in settlements:
        place(s, "Settlement", rnd.choice(cercles))
    for i in range(n_actors):
        nodes["Actor"].append({"id": f"actor:a{i}", "class": rnd.choice(ACTOR_CLASSES), "name": f"Group {i}",
                               "aliases": [f"G{i}"], "sources": [sources[0]["id"]], "evidence": [], "disputed": [],
                               "verified": True})
        if i and rnd.random() < 0.5:
            rel("PART_OF", "Actor", "Actor", f"actor:a{i}", f"actor:a{rnd.randrange(i)}", valid_from="2017")
        if i and rnd.random() < 0.15:
            rel(rnd.choice(["ALLIED_WITH", "RIVAL_OF"]), "Actor", "Actor", f"actor:a{rnd.randrange(i)}", f"actor:a{i}")
    for i in range(n_events):
        day = f"20{rnd.randint(17, 20)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        eid = f"event:{day}-e{i}"
        nodes["Event"].append({"id": eid, "class": rnd.choice(EVENT_CLASSES), "name": f"Event {i}", "date": day,
                               "start_date": day, "end_date": day, "date_precision": "day",
                               "fatalities_min": rnd.randint(0, 30), "aliases": [], "sources": [sources[1]["id"]],
                               "evidence": [quote()], "disputed": [], "verified": False})
        rel("OCCURRED_AT", "Event", "Place", eid, f"place:xx/{rnd.choice(settlements or cercles)}")
        for a in rnd.sample(range(n_actors), rnd.randint(1, 2)):
            rel("ATTRIBUTED_TO", "Event", "Actor", eid, f"actor:a{a}", conf=rnd.choice(LEVELS))
        if rnd.random() < 0.3:
            rel("TARGETED", "Event", "Actor", eid, f"actor:a{rnd.randrange(n_actors)}")
    return Projection(nodes, rels)


def time_export(n: int, runs: int, out_dir: Path) -> dict:
    from conflictkg.exports import select
    from conflictkg.exports.html import generate_html

    proj = synthetic_projection(n)
    best_sel = best_gen = float("inf")
    text = ""
    for _ in range(runs):
        t0 = time.perf_counter()
        sub = select(proj)
        t1 = time.perf_counter()
        text = generate_html(sub, max_nodes=None)
        t2 = time.perf_counter()
        best_sel, best_gen = min(best_sel, t1 - t0), min(best_gen, t2 - t1)
    path = out_dir / f"graph-{n}.html"
    path.write_text(text, encoding="utf-8")
    data = json.loads(text.split('id="ckg-data">', 1)[1].split("</script>", 1)[0])
    return {"nodes": len(sub.nodes), "edges": len(sub.edges), "select_s": round(best_sel, 3),
            "generate_s": round(best_gen, 3), "total_s": round(best_sel + best_gen, 3),
            "html_bytes": len(text.encode("utf-8")), "physics_iterations": data["page"]["physics"], "path": str(path)}


def wait_ready(page, timeout_s: float) -> None:
    """Poll from Python: Playwright's wait_for_function compiles its predicate inside the page,
    which the page's Content-Security-Policy (no eval) refuses."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate("() => !!(window.ckg && window.ckg.ready)"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"page not ready after {timeout_s:.0f} s")
        time.sleep(0.05)


def time_browser(path: Path, timeout_s: float) -> dict:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "tests" / "exports"))
    from helpers import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

    out: dict = {}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        ctx = b.new_context(viewport={"width": 1400, "height": 900})
        blocked: list[str] = []
        ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
                  else (blocked.append(r.request.url), r.abort()))
        page = ctx.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        t0 = time.perf_counter()
        page.goto(path.resolve().as_uri(), timeout=timeout_s * 1000)
        wait_ready(page, timeout_s)
        wall = time.perf_counter() - t0
        started, stabilised = page.evaluate("[ckg.startedAt, ckg.stabilisedAt]")
        zoom = page.evaluate("""() => new Promise(function (resolve) {
            var t0 = performance.now();
            ckg.network.once('afterDrawing', function () { resolve(performance.now() - t0); });
            ckg.network.moveTo({scale: ckg.network.getScale() * 1.5});
        })""")
        toggle = page.evaluate("""() => new Promise(function (resolve) {
            var box = document.querySelector('input[data-class=Settlement]');
            var t0 = performance.now();
            ckg.network.once('afterDrawing', function () { resolve(performance.now() - t0); });
            box.click();
        })""")
        search = page.evaluate("""() => { var t0 = performance.now(); var hits = ckg.search('Group 1');
            ckg.selectNode(hits[0]); return performance.now() - t0; }""")
        out = {"script_ms": round(started), "stabilised_ms": round(stabilised), "wall_s": round(wall, 2),
               "zoom_frame_ms": round(zoom), "filter_frame_ms": round(toggle), "search_ms": round(search),
               "errors": errors, "blocked_requests": blocked}
        b.close()
    return out


def machine() -> dict:
    import pyvis

    m = common_machine()
    return dict(m, mem_gb=round(m["mem_mb"] / 1024, 1) if m["mem_mb"] else None, loadavg_start=m["load_avg"],
                chromium=_run("/usr/bin/chromium", "--version").splitlines()[-1:] or [""],
                pyvis=getattr(pyvis, "__version__", "?"), vis_network="9.1.2")


def _run(*cmd) -> str:
    try:
        return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=20).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def markdown(res: dict) -> str:
    m = res["machine"]
    lines = ["# HTML export benchmark", "",
             f"Machine: {m['nproc']} CPU(s) available, {m['cpu']}, {m['mem_gb']} GB RAM; {m['os']}; Python {m['python']}; "
             f"{m['chromium'][0] if m['chromium'] else 'chromium ?'} (headless, `--disable-gpu`: software rendering); "
             f"pyvis {m['pyvis']}, vis-network {m['vis_network']}; {m['date']}; commit {m['commit']}. "
             f"Load average (1, 5, 15 min) at start {m['loadavg_start']}, at end {res.get('loadavg_end')}: "
             "other work on the machine slows every figure (the engine notes saw 1.5x between a quiet and a busy machine).", "",
             "Synthetic conflict-shaped graph (`benchmarks/html_export.py`), about 2 relationships per node, "
             "1–3 sources per relationship each with its own quote.", "",
             "## Export (Python): `select` + `generate_html`", "",
             "| nodes | relationships | select | generate (layout + render) | total | HTML size | physics iterations in the page |",
             "|---:|---:|---:|---:|---:|---:|---:|"]
    for r in res["export"]:
        lines.append(f"| {r['nodes']:,} | {r['edges']:,} | {r['select_s']:.2f} s | {r['generate_s']:.2f} s | "
                     f"{r['total_s']:.2f} s | {r['html_bytes'] / 1e6:.2f} MB | {r['physics_iterations']} |")
    lines += ["", "## Browser: headless Chromium, network blocked", "",
              "Times from navigation start. *Script* = data parsed and DataSets built; *usable* = first draw after "
              "the physics polish has stabilised and been switched off (no physics at all above 1,000 nodes: the "
              "precomputed layout is drawn as is). *Zoom* and *filter* = until the next frame is drawn. "
              f"Fastest–slowest of {res['browser_runs']} openings; the machine is shared, so single figures vary by up to 2x.", "",
              "| nodes | relationships | script | usable (stabilised, drawn) | zoom frame | class filter + frame | search + select | errors | requests to other hosts |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    def span(runs, key, scale=1.0, fmt="{:.1f}", unit=" s"):
        vals = sorted(x[key] / scale for x in runs)
        lo, hi = fmt.format(vals[0]), fmt.format(vals[-1])
        return (lo if lo == hi else f"{lo}–{hi}") + unit

    for r in res["browser"]:
        ok = [b for b in r["runs"] if "error" not in b]
        if not ok:
            lines.append(f"| {r['nodes']:,} | {r['edges']:,} | – | {r['runs'][0]['error']} | | | | | |")
            continue
        lines.append(f"| {r['nodes']:,} | {r['edges']:,} | {span(ok, 'script_ms', 1000)} | {span(ok, 'stabilised_ms', 1000)} | "
                     f"{span(ok, 'zoom_frame_ms', fmt='{:.0f}', unit=' ms')} | {span(ok, 'filter_frame_ms', fmt='{:.0f}', unit=' ms')} | "
                     f"{span(ok, 'search_ms', fmt='{:.0f}', unit=' ms')} | {sum(len(b['errors']) for b in ok)} | "
                     f"{sum(len(b['blocked_requests']) for b in ok)} |")
    lines += ["", "Raw figures: `html_export.json`.", ""]
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="500,2000,5000,10000", help="Node counts for the export timing.")
    ap.add_argument("--browser-sizes", default="500,2000,5000,10000", help="Node counts opened in Chromium ('' for none).")
    ap.add_argument("--runs", type=int, default=3, help="Export runs per size (best kept).")
    ap.add_argument("--browser-runs", type=int, default=2, help="Page openings per size (fastest and slowest shown).")
    ap.add_argument("--timeout", type=float, default=600, help="Seconds to wait for a page to become usable.")
    ap.add_argument("--out", type=Path, default=RESULTS, help="Directory for html_export.{md,json}.")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x]
    bsizes = {int(x) for x in args.browser_sizes.split(",") if x}
    res = {"machine": machine(), "export": [], "browser": [], "browser_runs": args.browser_runs}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            r = time_export(n, args.runs, Path(tmp))
            res["export"].append(r)
            print(f"export {n}: {r['total_s']} s, {r['html_bytes'] / 1e6:.2f} MB", flush=True)
            if n in bsizes:
                runs = []
                for _ in range(args.browser_runs):
                    try:
                        runs.append(time_browser(Path(r["path"]), args.timeout))
                    except Exception as e:  # noqa: BLE001 - a timeout is a result too
                        runs.append({"error": f"{type(e).__name__}: {str(e).splitlines()[0][:120]}"})
                    print(f"browser {n}: {runs[-1]}", flush=True)
                res["browser"].append({"nodes": r["nodes"], "edges": r["edges"], "runs": runs})
    for r in res["export"]:
        r.pop("path", None)
    res["loadavg_end"] = [round(x, 1) for x in os.getloadavg()]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "html_export.json").write_text(json.dumps(res, indent=1) + "\n")
    (args.out / "html_export.md").write_text(markdown(res))
    print(f"wrote {args.out / 'html_export.md'}")


if __name__ == "__main__":
    main()
