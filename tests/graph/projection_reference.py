"""The projection as it was before the streaming rewrite (commit 7334ec7), kept verbatim as the
oracle that the in-memory and store-backed projections are compared against.

One documented rule changed since (issue 6, memory of the rebuild): a relationship built from
dataset rows (ACLED, UCDP) keeps as evidence the row reference that opens each statement's
evidence ("file.csv:57 MLI1234"), not the row's notes; its Claims keep the full quote. The
oracle follows the rule with its own reading of the reference (:func:`_dataset_ref`)."""
from __future__ import annotations

import re
from collections import defaultdict

from conflictkg.graph.projection import (  # noqa: F401
    CURATED, EVENT_CLAIM_PROPS, MAX_EVIDENCE, Projection, _label, _node_row, _Node, _Rel, _short, rel_id,
)
from conflictkg.graph.resolver import canonical_map
from conflictkg.graph.statements import ALIAS, Statement, label_from_id
from conflictkg.ontology.model import ONTOLOGY


DATASET_LOADERS = ("acled", "ucdp", "ucdp-actors")


def _dataset_ref(evidence: str) -> str:
    """The row reference of a dataset statement's evidence: up to the ': ' that follows
    'name:LINE ID' (or the whole text when that is all, or when no such reference opens it)."""
    at = re.search(r":[0-9]+ ", evidence)
    if at:
        end = evidence.find(": ", at.end())
        ref = evidence if end < 0 else evidence[:end]
        if "\n" not in ref[at.end():] and ":" not in ref[at.end():]:
            return _short(ref)
    return _short(evidence)


def reference_project(statements, judgements=()) -> Projection:
    """Build the property graph from statements and resolution judgements."""
    canon = canonical_map(judgements)
    c = lambda i: canon.get(i, i)  # noqa: E731
    nodes: dict[str, _Node] = {}
    rels: dict[tuple[str, str, str], _Rel] = {}
    claims: list[dict] = []

    def node(i: str) -> _Node:
        n = nodes.get(i)
        if n is None:
            n = nodes[i] = _Node(i)
        return n

    for st in statements:
        subj = c(st.subject)
        curated = st.loader in CURATED
        node(st.source)
        if st.object is None:
            n = node(subj)
            if st.predicate == ALIAS:
                n.aliases.append(st.value)
            else:
                n.values[st.predicate].append((st.value, st.source, curated))
                if st.predicate in EVENT_CLAIM_PROPS and label_from_id(subj) == "Event":
                    claims.append(_claim(st, subj, None, rel_id(subj, st.predicate, "")))
            n.sources.setdefault(st.source, None)
            if st.evidence and len(n.evidence) < MAX_EVIDENCE and st.predicate not in ("name", ALIAS, "class"):
                q = _short(st.evidence)
                if q not in n.evidence:
                    n.evidence.append(q)
            continue
        obj = c(st.object)
        if subj == obj:
            continue  # two entities merged into one: the relationship between them vanishes
        rdef = ONTOLOGY.rel(st.predicate)
        if rdef.symmetric and obj < subj:
            subj, obj = obj, subj
        node(subj).sources.setdefault(st.source, None)
        node(obj)
        key = (subj, st.predicate, obj)
        r = rels.get(key)
        if r is None:
            r = rels[key] = _Rel()
        r.sources.setdefault(st.source, None)
        if st.evidence and len(r.evidence) < MAX_EVIDENCE:
            q = _dataset_ref(st.evidence) if st.loader in DATASET_LOADERS else _short(st.evidence)
            if q not in r.evidence:
                r.evidence.append(q)
        r.confidences.append((st.confidence, st.source))
        if st.valid_from:
            r.froms.append(st.valid_from)
        if st.valid_until:
            r.untils.append(st.valid_until)
        else:
            r.open_ended = True
        claims.append(_claim(st, subj, obj, rel_id(*key)))

    labels = {i: _label(n) for i, n in nodes.items()}
    out_nodes: dict[str, list[dict]] = defaultdict(list)
    for i, n in nodes.items():
        out_nodes[labels[i]].append(_node_row(n, labels[i]))

    out_rels: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    dropped = []
    for (s, p, o), r in rels.items():
        ls, lo = labels[s], labels[o]
        if (ls, lo) not in ONTOLOGY.label_pairs(p):
            dropped.append(f"{s} -[{p}]-> {o}: {ls}->{lo} is not allowed for {p}")
            continue
        confs = [cf for cf, _ in r.confidences if cf]
        out_rels[(p, ls, lo)].append({
            "from": s, "to": o, "id": rel_id(s, p, o),
            "sources": list(r.sources), "evidence": r.evidence,
            "confidence": ONTOLOGY.best_confidence(confs),
            "denied_by": sorted({src for cf, src in r.confidences if cf == "denied"}),
            "n_sources": len(r.sources),
            "valid_from": min(r.froms) if r.froms else None,
            "valid_until": None if (r.open_ended or not r.untils) else max(r.untils),
        })

    for cl in claims:
        if cl["object"] is not None and (labels.get(cl["subject"]), labels.get(cl["object"])) not in ONTOLOGY.label_pairs(cl["predicate"]):
            continue
        out_nodes["Claim"].append(cl)
        out_rels[("STATED_IN", "Claim", "Source")].append({"from": cl["id"], "to": cl["source"]})
        out_rels[("ABOUT", "Claim", labels[cl["subject"]])].append({"from": cl["id"], "to": cl["subject"]})
    return Projection(dict(out_nodes), dict(out_rels), dropped)


def _claim(st: Statement, subj: str, obj: str | None, rid: str) -> dict:
    return {
        "id": "claim:" + st.id, "name": f"{st.predicate} claim", "class": "RelationshipClaim",
        "predicate": st.predicate, "subject": subj, "object": obj, "value": st.value,
        "source": st.source, "quote": _short(st.evidence) if st.evidence else None,
        "span_start": st.span[0] if st.span else None, "span_end": st.span[1] if st.span else None,
        "confidence": st.confidence, "valid_from": st.valid_from, "valid_until": st.valid_until,
        "rel_id": rid, "loader": st.loader, "sources": [st.source],
        "evidence": [_short(st.evidence)] if st.evidence else [],
    }


