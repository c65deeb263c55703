"""Analyst facts: a YAML file of statements, each with its source.

```yaml
sources:
  - {id: crisis-group-2020, url: https://..., title: ..., publisher: ..., published: 2020-05-28, reliability: B}
entities:                       # optional: entities the pack does not know
  - {id: actor:katiba-serma, name: Katiba Serma, class: ArmedGroup, aliases: [Serma]}
statements:
  - {subject: Katiba Serma, predicate: PART_OF, object: JNIM, source: crisis-group-2020,
     quote: "...", confidence: attributed, from: 2018, until: null}
  - {subject: event:2020-04-06-attack-bamba, predicate: fatalities_min, value: 20, source: crisis-group-2020}
```
A curated file is all or nothing: any unknown class, relationship type, name or source refuses the
whole file with its line and reason.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..errors import InputError, ResolutionError
from ..graph.statements import ALIAS, Statement, label_from_id, source_id_for_url, validate
from ..ontology.model import ONTOLOGY, OntologyError
from .base import LINE, LoadContext, iso, read_yaml

kind = "facts"
upsert = False
LOADER = "facts"
SOURCE_FIELDS = ("url", "title", "publisher", "author", "published", "language", "reliability")


def sniff(path: Path, head: bytes) -> bool:
    if path.suffix.lower() not in (".yaml", ".yml"):
        return False
    text = head.decode("utf-8", "ignore")
    return "statements:" in text or "sources:" in text and "entities:" in text


def load(path: Path, ctx: LoadContext) -> Iterator[Statement]:
    data = read_yaml(path)
    p = str(path)
    if not isinstance(data, dict) or "statements" not in data:
        raise InputError("not a facts file: expected a mapping with 'statements' (and 'sources')", p, 1)
    for section in ("sources", "entities", "statements"):
        if data.get(section) is not None and not isinstance(data[section], list):
            raise InputError(f"'{section}' must be a list", p, data.get(LINE))
    out: list[Statement] = []  # validated before anything is yielded: all or nothing
    sources: dict[str, str] = {}
    for s in data.get("sources") or []:
        line = s.get(LINE) if isinstance(s, dict) else None
        if not isinstance(s, dict) or not (s.get("id") or s.get("url")):
            raise InputError("a source needs an 'id' or a 'url'", p, line)
        key = str(s.get("id") or s["url"])
        sid = key if key.startswith("source:") else (source_id_for_url(s["url"]) if s.get("url") and not s.get("id") else f"source:{key}")
        sources[key] = sid
        out.append(Statement(sid, "class", sid, value="Report", loader=LOADER))
        out.append(Statement(sid, "name", sid, value=str(s.get("title") or s.get("url") or key), loader=LOADER))
        out.append(Statement(sid, "kind", sid, value=str(s.get("kind") or "facts"), loader=LOADER))
        for f in SOURCE_FIELDS:
            if s.get(f) is not None:
                out.append(Statement(sid, f, sid, value=iso(s[f]), loader=LOADER))
    resolver = ctx.resolver
    local: dict[str, str] = {}
    for e in data.get("entities") or []:
        line = e.get(LINE) if isinstance(e, dict) else None
        if not isinstance(e, dict):
            raise InputError("each entity must be a mapping", p, line)
        try:
            eid, cls, name = e["id"], e["class"], str(e["name"])
            ONTOLOGY.cls(cls)
        except (KeyError, TypeError) as err:
            raise InputError(f"an entity needs id, name and class (missing {err})", p, line) from None
        except OntologyError as err:
            raise InputError(err.message, p, line) from None
        if label_from_id(eid) != ONTOLOGY.label_of(cls):
            raise InputError(f"id {eid!r} does not fit class {cls} (expected prefix {ONTOLOGY.label_of(cls).lower()}:)", p, line)
        src = _source_of(e, sources, p, line, required=False) or f"source:facts/{path.name}"
        local[name] = eid
        out.append(Statement(eid, "class", src, value=cls, loader=LOADER))
        out.append(Statement(eid, "name", src, value=name, loader=LOADER))
        out.append(Statement(eid, "verified", src, value="true", loader=LOADER))
        for a in e.get("aliases") or []:
            local[str(a)] = eid
            out.append(Statement(eid, ALIAS, src, value=str(a), loader=LOADER))
    if any(st.source.startswith("source:facts/") for st in out):
        fs = f"source:facts/{path.name}"
        out += [Statement(fs, "class", fs, value="Dataset", loader=LOADER),
                Statement(fs, "name", fs, value=path.name, loader=LOADER)]

    def ref(name, line, label=None) -> str:
        name = str(name)
        if name in local:
            return local[name]
        if ":" in name and label_from_id(name):
            return name
        try:
            return resolver.resolve_or_raise(name, label=label)
        except ResolutionError as err:
            raise InputError(err.message, p, line) from None

    for st in data.get("statements") or []:
        line = st.get(LINE) if isinstance(st, dict) else None
        if not isinstance(st, dict):
            raise InputError("each statement must be a mapping", p, line)
        for k in ("subject", "predicate"):
            if not st.get(k):
                raise InputError(f"statement without {k!r}", p, line)
        pred = str(st["predicate"])
        src = _source_of(st, sources, p, line, required=True)
        has_obj = st.get("object") is not None
        if has_obj:
            if pred not in ONTOLOGY.relationships:
                raise InputError(f"unknown relationship type {pred!r} (known: {', '.join(sorted(ONTOLOGY.relationships))})", p, line)
        elif "value" not in st:
            raise InputError(f"statement {pred!r} needs an 'object' (relationship) or a 'value' (property)", p, line)
        stmt = Statement(
            subject=ref(st["subject"], line), predicate=pred, source=src,
            object=ref(st["object"], line) if has_obj else None,
            value=None if has_obj else iso(st["value"]),
            evidence=str(st.get("quote") or st.get("evidence") or f"{path.name}, line {line}"),
            confidence=st.get("confidence"), valid_from=iso(st.get("from")), valid_until=iso(st.get("until")),
            loader=LOADER,
        )
        try:
            validate(stmt)
        except OntologyError as err:
            raise InputError(err.message, p, line) from None
        out.append(stmt)
    unknown = set(data) - {"sources", "entities", "statements", LINE}
    if unknown:
        ctx.note(p, None, f"ignored top-level keys: {', '.join(sorted(unknown))}")
    yield from out


def _source_of(item: dict, sources: dict, path: str, line, required: bool) -> str | None:
    ref = item.get("source")
    if ref is None:
        if required:
            raise InputError("statement without a 'source' (every fact needs one)", path, line)
        return None
    ref = str(ref)
    if ref in sources:
        return sources[ref]
    if ref.startswith(("http://", "https://")):
        return source_id_for_url(ref)
    raise InputError(f"unknown source {ref!r} (declare it under 'sources')", path, line)
