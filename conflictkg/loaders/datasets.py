"""What the coded-dataset loaders (ACLED, UCDP) share: streaming CSV rows with their line numbers,
pack lookup tables, dataset places, and the record writer that replaces a dataset row's statements
when a newer export of it is ingested.

Dataset rows carry a ``record`` key (ACLED ``event_id_cnty``, UCDP ``id``). Statements that describe
the row's own event carry it, so a newer export of the row replaces them and ``--prune`` can retract
rows missing from a full re-export. Statements about entities that many rows share (an actor created
for an unknown label, a place, the dataset source itself, an affiliation seen in the rows) carry no
record: statement ids are content hashes, so such a statement is stored once and could only keep one
row's key — retracting that row would then remove a fact the other rows still support.
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import InputError
from ..graph.resolver import Resolver, normalize
from ..graph.statements import I_RECORD, Statement, label_from_id, slug
from ..graph.store import WriteResult
from ..ontology import terms as T
from .base import LoadContext, read_yaml

# ISO 3166 alpha-3 -> alpha-2 for the countries ACLED and UCDP code in and around the Sahel;
# place ids use the two-letter code (place:ml/...). Others fall back to the lowercased alpha-3.
ISO3_TO_ISO2 = {
    "MLI": "ml", "BFA": "bf", "NER": "ne", "MRT": "mr", "SEN": "sn", "GIN": "gn", "CIV": "ci",
    "GHA": "gh", "TGO": "tg", "BEN": "bj", "NGA": "ng", "TCD": "td", "DZA": "dz", "LBY": "ly",
    "CMR": "cm", "SDN": "sd", "GMB": "gm", "GNB": "gw", "SLE": "sl", "LBR": "lr", "MAR": "ma",
    "TUN": "tn", "EGY": "eg", "CAF": "cf", "ESH": "eh", "FRA": "fr",
}
COUNTRY_TO_ISO2 = {
    "mali": "ml", "burkina faso": "bf", "niger": "ne", "mauritania": "mr", "senegal": "sn",
    "guinea": "gn", "ivory coast": "ci", "cote d ivoire": "ci", "ghana": "gh", "togo": "tg",
    "benin": "bj", "nigeria": "ng", "chad": "td", "algeria": "dz", "libya": "ly", "cameroon": "cm",
    "sudan": "sd", "gambia": "gm", "guinea bissau": "gw", "sierra leone": "sl", "liberia": "lr",
    "morocco": "ma", "tunisia": "tn", "central african republic": "cf", "france": "fr",
}
# What the second administrative level is called, for places a dataset introduces.
ADMIN2_LEVEL = {"ml": "cercle", "bf": "province", "ne": "department"}

CONFIDENCE_ORDER = ["claimed", "attributed", "probable", "possible"]


def weaker(*levels: str | None) -> str | None:
    """The weakest of several confidence levels (None ignored)."""
    known = [lv for lv in levels if lv in CONFIDENCE_ORDER]
    return max(known, key=CONFIDENCE_ORDER.index) if known else None


def iso2(iso3: str | None, country: str | None) -> str:
    if iso3 and iso3.strip().upper() in ISO3_TO_ISO2:
        return ISO3_TO_ISO2[iso3.strip().upper()]
    if country and normalize(country) in COUNTRY_TO_ISO2:
        return COUNTRY_TO_ISO2[normalize(country)]
    if iso3 and re.fullmatch(r"[A-Za-z]{3}", iso3.strip()):
        return iso3.strip().lower()
    return slug(country or "xx")


# -- CSV -----------------------------------------------------------------------------------------

def csv_header(head: bytes) -> list[str]:
    """Lowercased column names of the first line of ``head`` (BOM and quotes removed)."""
    text = head.decode("utf-8", "ignore").lstrip("\ufeff")
    first = text.splitlines()[0] if text else ""
    try:
        return [c.strip().lower() for c in next(csv.reader([first]))]
    except (csv.Error, StopIteration):
        return []


@dataclass
class CsvFile:
    """A CSV file read as ``(line, row)`` pairs: BOM, CRLF and quoted newlines handled, ``line`` the
    physical line where the row starts. Rows with too few or too many fields are yielded with
    ``row`` = None and the reason in ``error``, so the loader can report them."""

    path: Path
    ctx: LoadContext
    label: str = "rows"
    header: list[str] = field(default_factory=list)
    #: lowercase the column names and strip the values (ACLED's and UCDP's names vary in case)
    normalize: bool = False

    def __iter__(self) -> Iterator[tuple[int, dict | None, str | None]]:
        p = str(self.path)
        progress: Callable | None = self.ctx.options.get("progress")
        total = os.path.getsize(self.path)
        try:
            f = open(self.path, "r", encoding="utf-8-sig", newline="")
        except OSError as e:
            raise InputError(f"cannot read: {e.strerror}", p) from None
        line = 1
        try:
            with f:
                reader = csv.reader(f)
                try:
                    self.header = [h.strip() for h in next(reader)]
                except StopIteration:
                    raise InputError("empty file (no header line)", p, 1) from None
                n = len(self.header)
                keys = [h.lower() for h in self.header] if self.normalize else self.header
                prev = reader.line_num
                for i, fields in enumerate(reader):
                    line = prev + 1
                    prev = reader.line_num
                    if not fields or (len(fields) == 1 and not fields[0].strip()):
                        continue  # blank line
                    if len(fields) != n:
                        yield line, None, (f"row has {len(fields)} fields, the header has {n} "
                                           f"({'missing columns' if len(fields) < n else 'extra fields'})")
                    elif self.normalize:
                        yield line, dict(zip(keys, [v.strip() for v in fields])), None
                    else:
                        yield line, dict(zip(self.header, fields)), None
                    if progress and i % 2000 == 0:
                        progress(min(f.buffer.tell(), total), total, self.label)
        except UnicodeDecodeError as e:
            raise InputError(f"not UTF-8 text ({e.reason}); re-export the file as UTF-8", p, line) from None
        except csv.Error as e:
            raise InputError(f"unreadable CSV: {e}", p, line) from None
        if progress:
            progress(total, total, self.label)


def require_columns(header: Iterable[str], required: Iterable[str], path, what: str) -> None:
    missing = [c for c in required if c not in set(header)]
    if missing:
        raise InputError(f"not {what}: missing column(s) {', '.join(missing)}", str(path), 1)


# -- pack tables ---------------------------------------------------------------------------------

def pack_file(ctx: LoadContext, name: str) -> Path | None:
    """A file of the region pack the store was built with (None when the pack has no such file)."""
    from .. import settings
    from .pack import pack_dir

    pack = ctx.options.get("pack") or settings.get().pack
    try:
        d = pack_dir(str(pack))
    except InputError:
        return None
    f = d / name
    return f if f.exists() else None


def pack_list(ctx: LoadContext, filename: str, key: str) -> list[dict]:
    """The list under ``key`` in a pack file (lookup tables: no line numbers needed, so the C
    parser, several times faster than the line-tracking one on the 300-entry ACLED table)."""
    import yaml

    f = pack_file(ctx, filename)
    if f is None:
        return []
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(f.read_text(encoding="utf-8"), Loader=loader) or {}
    except yaml.YAMLError:
        data = read_yaml(f) or {}  # raises with the file and line
    items = data.get(key) if isinstance(data, dict) else None
    return [x for x in items or [] if isinstance(x, dict)]


def pack_affiliations(ctx: LoadContext) -> dict[tuple[str, str], str]:
    """(member, group) -> PART_OF / MEMBER_OF from the pack's curated relations: the direction
    a dataset's 'associated actor' column cannot give by itself."""
    out = {}
    for r in pack_list(ctx, "relations.yaml", "relations"):
        if r.get("predicate") in (T.PART_OF, T.MEMBER_OF) and r.get("subject") and r.get("object"):
            out[(str(r["subject"]), str(r["object"]))] = r["predicate"]
    return out


# -- places --------------------------------------------------------------------------------------

class DatasetPlaces:
    """Dataset locations to places: a pack place when the name and the administrative context
    agree (Bamba in Bourem is not Bamba in Koro), else a new unverified place under the best
    known parent, ``place:<cc>/<admin1>/<admin2>/<location>``."""

    def __init__(self, resolver: Resolver, source: str, loader: str):
        self.r = resolver
        self.source = source
        self.loader = loader
        self.cache: dict[tuple, str] = {}
        self.parents: dict[str, str] = {}  # places created by this load -> parent
        self.created = 0

    def _ancestors(self, pid: str) -> set[str]:
        out = set(self.r.ancestors(pid))
        p = self.parents.get(pid)
        while p and p not in out:
            out.add(p)
            out |= self.r.ancestors(p)
            p = self.parents.get(p)
        return out

    def _known(self, pid: str) -> bool:
        return pid in self.r.entities or pid in self.parents

    def _find(self, name: str, parent: str | None, admin: bool) -> str | None:
        ids, _ = self.r.lookup(name, fuzzy=False)
        ids = {self.r.canonical(i) for i in ids if label_from_id(self.r.canonical(i)) == T.Place}
        if admin:
            ids = {i for i in ids if (self.r.entities.get(i) and self.r.entities[i].cls) in (T.AdminArea, None)}
        if parent:
            ids = {i for i in ids if parent in self._ancestors(i)}
        if len(ids) > 1:
            # eponymous nesting (the town of Bourem inside the cercle of Bourem): the admin level
            # wants the outer one, a location the inner one
            anc = {i: self._ancestors(i) for i in ids}
            if admin:
                ids = {i for i in ids if not (anc[i] & ids)}
            else:
                ids = {i for i in ids if not any(i in anc[j] for j in ids if j != i)}
        return next(iter(ids)) if len(ids) == 1 else None

    def resolve(self, cc: str, country: str, admin1: str, admin2: str, location: str,
                lat: str | None, lon: str | None, commune: str | None, evidence: str) -> tuple[str | None, list[Statement]]:
        key = (cc, country, admin1, admin2, location)
        if key in self.cache:
            return self.cache[key], []
        out: list[Statement] = []

        def S(subject, predicate, **kw):
            return Statement(subject, predicate, self.source, loader=self.loader, **kw)

        def new(pid: str, name: str, cls: str, parent: str | None, **props) -> str:
            if self._known(pid):
                return pid
            self.created += 1
            out.append(S(pid, "class", value=cls))
            out.append(S(pid, "name", value=name))
            for k, v in props.items():
                if v not in (None, ""):
                    out.append(S(pid, k, value=str(v)))
            if parent:
                self.parents[pid] = parent
                out.append(S(pid, T.LOCATED_IN, object=parent, evidence=evidence, confidence="attributed"))
            return pid

        country_id = None
        if country:
            country_id = self._find(country, None, admin=False)
            if country_id is None or (self.r.entities.get(country_id) and self.r.entities[country_id].cls != T.Country):
                country_id = new(f"place:{cc}", country, T.Country, None, iso2=cc.upper())
        known = country_id  # nearest parent that the pack knows, for the next level's lookup
        parent = country_id
        if admin1:
            a1 = self._find(admin1, known, admin=True)
            if a1 is None:
                a1 = new(f"{parent or 'place:' + cc}/{slug(admin1)}", admin1, T.AdminArea, parent, level="region")
            else:
                known = a1
            parent = a1
        if admin2:
            a2 = self._find(admin2, known, admin=True)
            if a2 is None:
                a2 = new(f"{parent or 'place:' + cc}/{slug(admin2)}", admin2, T.AdminArea, parent,
                         level=ADMIN2_LEVEL.get(cc, "district"))
            else:
                known = a2
            parent = a2
        pid = parent
        if location:
            loc = self._find(location, known, admin=False)
            if loc is None:
                loc = new(f"{parent or 'place:' + cc}/{slug(location)}", location, T.Settlement, parent,
                          lat=lat, lon=lon, commune=commune)
            pid = loc
        self.cache[key] = pid
        return pid, out


# -- writing with record replacement -----------------------------------------------------------

@dataclass
class PruneScope:
    """Which stored records a full re-export speaks for: records with these prefixes (ACLED's
    country code in ``MLI3661``) whose date falls in the export's span."""

    prefixes: set[str] = field(default_factory=set)
    start: str | None = None
    end: str | None = None

    def add(self, record: str, start_day: str, end_day: str) -> None:
        self.prefixes.add(record_prefix(record))
        self.start = start_day if self.start is None or start_day < self.start else self.start
        self.end = end_day if self.end is None or end_day > self.end else self.end

    def covers(self, record: str, dates: list[str]) -> bool:
        from ..dates import parse_partial

        if record_prefix(record) not in self.prefixes or self.start is None:
            return False
        for d in dates:
            try:
                s, e, _ = parse_partial(d)
            except ValueError:
                continue
            if s <= self.end and e >= self.start:
                return True
        return False


def record_prefix(record: str) -> str:
    m = re.match(r"^[A-Za-z]*", record)
    return m.group(0).upper() if m else ""


#: CSV bytes per statement a dataset row gives, about (ACLED: 410 bytes and 12.5 statements a row);
#: only used to guess whether a load outweighs the store (see ``Transaction.bulk``)
BYTES_PER_STATEMENT = 40


def _chunks(items: list, n: int = 500):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def write_records(tx, statements: Iterable[Statement], ctx: LoadContext, source_prefix: str,
                  batch: int = 20000) -> WriteResult:
    """Insert a dataset's statements so that each record replaces its earlier version.

    For each record seen for the first time in this load, the statements earlier loads stored for
    it (under any source of the dataset, e.g. an older export file) and that the new version no
    longer makes are deleted; unchanged statements stay, so re-ingesting the same file is a no-op.
    Memory is bounded by ``batch``: the records already seen live in a temporary SQLite table.
    With ``prune`` in the options, records of the dataset that the export covers (see
    :class:`PruneScope`, left in ``ctx.options['_prune_scope']`` by the loader) but no longer
    contains are retracted."""
    con = tx.con
    con.execute("CREATE TEMP TABLE IF NOT EXISTS seen_records (record TEXT PRIMARY KEY)")
    con.execute("DELETE FROM seen_records")
    hi = source_prefix[:-1] + chr(ord(source_prefix[-1]) + 1)
    prior = [r[0] for r in con.execute(
        "SELECT DISTINCT source FROM statements WHERE source >= ? AND source < ?", (source_prefix, hi))]
    res = WriteResult()
    replaced = 0

    def flush(buf: list[Statement]) -> None:
        nonlocal replaced
        if not buf:
            return
        recs = list(dict.fromkeys(st[I_RECORD] for st in buf if st[I_RECORD]))
        fresh = []
        for chunk in _chunks(recs):
            seen = {r[0] for r in con.execute(
                f"SELECT record FROM seen_records WHERE record IN ({','.join('?' * len(chunk))})", chunk)}
            fresh += [r for r in chunk if r not in seen]
        con.executemany("INSERT INTO seen_records (record) VALUES (?)", ((r,) for r in fresh))
        if prior and fresh:
            new_ids: dict[str, set[str]] = {}
            for st in buf:
                if st.record:
                    new_ids.setdefault(st.record, set()).add(st.id)
            stale: list[str] = []
            changed: set[str] = set()
            old_ids: dict[str, set[str]] = {}
            for chunk in _chunks(fresh, 400):
                sql = (f"SELECT id, record FROM statements WHERE source IN ({','.join('?' * len(prior))}) "
                       f"AND record IN ({','.join('?' * len(chunk))})")
                for sid, rec in con.execute(sql, prior + chunk):
                    old_ids.setdefault(rec, set()).add(sid)
                    if sid not in new_ids.get(rec, ()):
                        stale.append(sid)
                        changed.add(rec)
            for rec, ids in old_ids.items():
                if new_ids.get(rec, set()) - ids:
                    changed.add(rec)
            for chunk in _chunks(stale):
                con.execute(f"DELETE FROM statements WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            res.removed += len(stale)
            replaced += len(changed)
        r = tx.add(buf)
        res.read += r.read
        res.new += r.new
        buf.clear()

    buf: list[Statement] = []
    append = buf.append
    current = None
    # a first export into a store smaller than it: secondary indexes built once at the end (the
    # record lookups above only run when an earlier export is stored, i.e. never in this case)
    expected = 0 if prior else ctx.options.get("_input_bytes", 0) // BYTES_PER_STATEMENT
    with tx.bulk(expected):
        for st in statements:
            # flush only between records, so one record's statements are compared as a whole
            rec = st[I_RECORD]
            if len(buf) >= batch and rec != current:
                flush(buf)
            append(st)
            current = rec
        flush(buf)
    res.new -= tx.bulk_duplicates  # stored twice inside a bulk load, once at its end
    if replaced:
        ctx.count("replaced", replaced)
    if ctx.options.get("prune"):
        scope: PruneScope | None = ctx.options.get("_prune_scope")
        sources = prior + [s for s in ctx.options.get("_sources", []) if s not in prior]
        gone = _prune(con, sources, scope) if scope and sources else []
        removed = 0
        for chunk in _chunks(gone):
            cur = con.execute(
                f"DELETE FROM statements WHERE source IN ({','.join('?' * len(sources))}) "
                f"AND record IN ({','.join('?' * len(chunk))})", sources + chunk)
            removed += cur.rowcount
        res.removed += removed
        ctx.count("pruned", len(gone))
    return res


def _prune(con, sources: list[str], scope: PruneScope) -> list[str]:
    marks = ",".join("?" * len(sources))
    dates: dict[str, list[str]] = {}
    for rec, value in con.execute(
            f"SELECT record, value FROM statements WHERE source IN ({marks}) AND record IS NOT NULL "
            f"AND predicate = 'date' AND record NOT IN (SELECT record FROM seen_records)", sources):
        dates.setdefault(rec, []).append(value)
    return sorted(r for r, ds in dates.items() if scope.covers(r, ds))
