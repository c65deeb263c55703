#!/usr/bin/env python3
"""`conflictkg eval` on the shared seed gold and on the development set, recorded.

Runs the same scoring as `conflictkg eval` (``conflictkg.evaluate.evaluate_files``) on
``../shared/gold/*.yaml`` and on ``tests/devset/gold/*.yaml``, and writes the figures, the
misses and false positives grouped by kind, and the machine and commit to
``benchmarks/results/gold_scores.md`` and ``.json``.

Run:  python benchmarks/gold_scores.py [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from acled_notes import machine  # noqa: E402

from conflictkg.evaluate import CATEGORIES, LABELS, evaluate_files  # noqa: E402
from conflictkg.graph.files import atomic_write_text  # noqa: E402

SETS = {
    "seed thread (shared/gold)": (ROOT.parent / "shared" / "gold", {"overall": 0.90, "attributions_confidence": 0.85}),
    "development set (tests/devset/gold)": (ROOT / "tests" / "devset" / "gold", {"overall": 0.80}),
}
_SLOT = re.compile(r": (perpetrator|target|victim|participant|fatalities|status|troops|concerns|name)\b")
_PRED = re.compile(r" ([A-Z][A-Z_]{3,}) ")
_CLASS = re.compile(r"\((\w+)[,)]")


def error_class(item: dict) -> str:
    """A coarse class for a miss or a false positive: kind plus slot, predicate or class."""
    kind, text = item["kind"], item["item"]
    if kind == "type":
        return "type: wrong class"
    m = _SLOT.search(text) if kind in ("slot", "attribution", "attribution_confidence") else None
    if m:
        return f"{kind}: {m.group(1)}"
    m = _PRED.search(text)
    if kind.startswith(("relation", "attribution")) and m:
        return f"{kind}: {m.group(1)}"
    m = _CLASS.search(text)
    return f"{kind}: {m.group(1)}" if m and kind in ("entity", "event") else kind


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = ap.parse_args(argv)
    meta = machine()
    doc = {"machine": meta, "sets": {}}
    md = ["# Gold scores (`conflictkg eval`)", "",
          "Each report ingested alone into a fresh store (default region pack), scored as",
          "`../shared/gold/README.md` says (`conflictkg/evaluate.py`). Produced by `benchmarks/gold_scores.py`.", "",
          f"Machine: {meta['nproc']} CPU(s), {meta['cpu']}; Python {meta['python']}; {meta['date']}; commit {meta['commit']}.", ""]
    for title, (folder, bars) in SETS.items():
        files = sorted(folder.glob("*.yaml"))
        if not files:
            print(f"skipped {title}: no gold files in {folder}", file=sys.stderr)
            continue
        result, scores, _ = evaluate_files(files)
        misses = Counter(error_class(i) for i in result["misses"])
        fps = Counter(error_class(i) for i in result["false_positives"])
        doc["sets"][title] = {"gold_files": [str(f.relative_to(ROOT.parent)) for f in files], "bars": bars,
                              "per_report_overall_f1": {Path(s.report).name: round(s.overall.f1, 4) for s in scores},
                              "misses_by_class": dict(misses.most_common()),
                              "false_positives_by_class": dict(fps.most_common()), **result}
        md += [f"## {title}: {result['reports']} report(s)", "",
               "| figure | precision | recall | F1 | tp | fp | fn | bar |", "|---|---:|---:|---:|---:|---:|---:|---|"]
        for c in (*CATEGORIES, "overall"):
            r = result[c]
            bar = f"F1 ≥ {bars[c]:.2f}: {'pass' if r['f1'] >= bars[c] else '**below**'}" if c in bars else ""
            md.append(f"| {LABELS[c]} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['tp']} | {r['fp']} | {r['fn']} | {bar} |")
        ta = result["type_accuracy"]
        md += ["", f"Type accuracy over found entities: {'n/a' if ta is None else f'{ta:.3f}'}.", ""]
        if len(scores) > 1:
            md += ["Overall F1 per report: " + "; ".join(f"{Path(s.report).stem} {s.overall.f1:.2f}" for s in scores) + ".", ""]
        md += ["Misses by class: " + ("; ".join(f"{k} {n}" for k, n in misses.most_common(15)) or "none") + ".", "",
               "False positives by class: " + ("; ".join(f"{k} {n}" for k, n in fps.most_common(15)) or "none") + ".", ""]
    atomic_write_text(args.out / "gold_scores.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    atomic_write_text(args.out / "gold_scores.md", "\n".join(md))
    print(f"wrote {args.out / 'gold_scores.md'} and .json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
