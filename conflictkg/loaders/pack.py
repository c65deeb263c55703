"""Region packs: curated actors, places and relations (``conflictkg/ontology/packs/<name>/``).

Each fact is attributed to the web sources the pack names for it (one statement per source,
so every link leads back to a URL), or to the pack itself when no URL is known.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..graph.statements import ALIAS, Statement, source_id_for_url
from ..ontology.model import ONTOLOGY, OntologyError
from .base import LINE, LoadContext, iso, read_yaml

kind = "pack"
upsert = False
LOADER = "pack"


def pack_dir(name: str) -> Path:
    """Directory of a bundled pack, or the path itself when it is a directory with pack.yaml."""
    p = Path(name)
    if (p / "pack.yaml").exists():
        return p
    bundled = Path(str(resources.files("conflictkg.ontology").joinpath("packs", name)))
    if (bundled / "pack.yaml").exists():
        return bundled
    raise InputError(f"no region pack named {name!r} (looked for {p}/pack.yaml and the bundled packs)")


def sniff(path: Path, head: bytes) -> bool:
    return path.is_dir() and (path / "pack.yaml").exists()


def _sources(item: dict, default: str, emit) -> list[tuple[str, str | None]]:
    """(source id, url) for the URLs a fact cites; plain-text references stay as evidence."""
    out = []
    for ref in item.get("sources") or []:
        ref = str(ref)
        if ref.startswith(("http://", "https://")):
            sid = source_id_for_url(ref)
            emit(sid, ref)
            out.append((sid, ref))
    return out or [(default, None)]


def load(path: Path, ctx: LoadContext) -> Iterator[Statement]:
    d = pack_dir(str(path))
    meta = read_yaml(d / "pack.yaml") or {}
    src = meta.get("source") or {}
    pack_source = src.get("id") or f"source:pack-{meta.get('id', d.name)}"
    seen_web: set[str] = set()
    web: list[Statement] = []

    def emit_web(sid: str, url: str) -> None:
        if sid not in seen_web:
            seen_web.add(sid)
            for p, v in (("class", "Report"), ("name", url), ("url", url), ("kind", "web")):
                web.append(Statement(sid, p, pack_source, value=v, loader=LOADER))
            web.append(Statement(pack_source, "CITES", pack_source, object=sid, loader=LOADER))

    def S(subject, predicate, source=pack_source, **kw) -> Statement:
        return Statement(subject, predicate, source, loader=LOADER, **kw)

    yield S(pack_source, "class", value="Dataset")
    yield S(pack_source, "name", value=src.get("title") or f"region pack {meta.get('id', d.name)}")
    yield S(pack_source, "kind", value="pack")
    yield S(pack_source, "verified", value="true")
    if src.get("reliability"):
        yield S(pack_source, "reliability", value=str(src["reliability"]))
    if src.get("publisher"):
        yield S(pack_source, "publisher", value=str(src["publisher"]))

    files = {"actors": d / "actors.yaml", "places": d / "places.yaml", "relations": d / "relations.yaml"}
    for section in ("actors", "places"):
        f = files[section]
        if not f.exists():
            continue
        for item in (read_yaml(f) or {}).get(section) or []:
            try:
                yield from _entity(item, pack_source, emit_web, S)
            except (KeyError, OntologyError) as e:
                raise InputError(f"bad {section[:-1]}: {e}", str(f), item.get(LINE)) from None
    f = files["relations"]
    if f.exists():
        for item in (read_yaml(f) or {}).get("relations") or []:
            try:
                pred = item["predicate"]
                ONTOLOGY.rel(pred)
                for sid, url in _sources(item, pack_source, emit_web):
                    yield S(item["subject"], pred, sid, object=item["object"],
                            evidence=str(item.get("note") or f"{d.name} pack, relations.yaml line {item.get(LINE)}"),
                            confidence=item.get("confidence") or "attributed",
                            valid_from=iso(item.get("from")), valid_until=iso(item.get("until")))
            except (KeyError, OntologyError) as e:
                raise InputError(f"bad relation: {e}", str(f), item.get(LINE)) from None
    yield from web


def _entity(item: dict, pack_source: str, emit_web, S) -> Iterator[Statement]:
    eid = item["id"]
    cls = item["class"]
    ONTOLOGY.cls(cls)
    srcs = _sources(item, pack_source, emit_web)
    main = srcs[0][0]
    yield S(eid, "class", value=cls)
    yield S(eid, "name", value=str(item["name"]))
    yield S(eid, "verified", value="true")
    for a in item.get("aliases") or []:
        if isinstance(a, dict):
            yield S(eid, ALIAS, value=str(a["name"]), valid_from=iso(a.get("from")), valid_until=iso(a.get("until")))
        else:
            yield S(eid, ALIAS, value=str(a))
    for prop in ("founded", "dissolved", "description", "level", "iso2", "commune", "lat", "lon", "radius_km", "ucdp_id"):
        if item.get(prop) is not None:
            yield S(eid, prop, main, value=iso(item[prop]))
    for c in item.get("countries") or []:
        yield S(eid, "countries", main, value=str(c))
    if item.get("located_in"):
        yield S(eid, "LOCATED_IN", main, object=item["located_in"], evidence="administrative hierarchy", confidence="attributed")
    for m in item.get("members") or []:
        yield S(m, "LOCATED_IN", main, object=eid, evidence=f"part of the {item['name']} zone", confidence="attributed")
