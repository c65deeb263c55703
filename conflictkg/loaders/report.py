"""Reports: English and French free text (plain text, Markdown, numbered threads ``1/ 2/``,
optional YAML front matter) turned into statements.

``conflictkg ingest report.txt [--published DATE] [--url URL] [--publisher NAME] [--lang en|fr]``

The report becomes a ``Source`` (class ``Report``); every URL it cites becomes a ``Source`` it
``CITES`` (a cut display copy such as the seed's ``...">https://www.rfi.fr/fr/ticker...`` is
dropped in favour of the full link). The text goes through an extractor
(:mod:`conflictkg.extract`, rule-based by default) chunk by chunk, so a 20 MB file is read with
bounded memory. Every statement carries the sentence it comes from as ``evidence`` and the
character offsets of the words in the original text as ``span``.

Input that cannot be a report is refused with :class:`~conflictkg.errors.InputError` (empty,
binary); text that is not UTF-8 is decoded as Windows-1252/Latin-1 and the fallback is reported
as an issue.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..dates import is_partial, parse_partial
from ..errors import InputError
from ..graph.statements import ALIAS, Statement, source_id_for_url, url_problem
from ..ontology.model import ONTOLOGY
from .base import LoadContext

kind = "report"
upsert = False
LOADER = "report"

NUL = b"\x00"
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".report")
CHUNK_CHARS = 256 * 1024          # extractor input per call: paragraphs up to this size
READ_BYTES = 1024 * 1024
SOURCE_FIELDS = ("url", "publisher", "author", "title")
KINDS = set(ONTOLOGY.vocabulary("source_kind")) if "source_kind" in ONTOLOGY.vocabularies else set()


def sniff(path: Path, head: bytes) -> bool:
    if not path.is_file():
        return False
    if path.suffix.lower() in TEXT_SUFFIXES:
        return True
    if path.suffix:
        return False
    return bool(head) and (head.startswith(UTF16_BOMS) or b"\x00" not in head[:4096])


# -- reading ----------------------------------------------------------------------------------------

class _Scan:
    """What one streaming pass over the file learns: encoding, digest, size, the head."""

    def __init__(self):
        self.encoding = "utf-8"
        self.digest = ""
        self.size = 0
        self.head = ""
        self.url_dates: list[str] = []
        self.full_dates: list[str] = []
        self.years: list[int] = []


_HEAD_CHARS = 64 * 1024
_URL_DATE_RX = re.compile(r"https?://\S+")
_FULLDATE_RX = None


UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _scan(path: Path) -> _Scan:
    from ..extract.text import url_dates

    sc = _Scan()
    h = hashlib.sha1()
    dec = codecs.getincrementaldecoder("utf-8")("strict")
    utf8_ok = True
    head_parts: list[str] = []
    head_len = 0
    with open(path, "rb") as f:
        first = True
        while True:
            b = f.read(READ_BYTES)
            if not b:
                break
            if first:
                if b.startswith(UTF16_BOMS):
                    # Windows' "Unicode" text (Notepad, Word's plain text): UTF-16 with a
                    # byte-order mark, whose NUL bytes are half of its characters, not binary
                    sc.encoding = "utf-16"
                    dec = codecs.getincrementaldecoder("utf-16")("replace")
                else:
                    _refuse_binary(path, b)
                first = False
            elif b"\x00" in b and sc.encoding != "utf-16":
                at = sc.size + b.index(NUL)
                raise InputError(f"binary content (NUL bytes) at byte {at}: not a text report", str(path))
            sc.size += len(b)
            h.update(b)
            if utf8_ok:
                try:
                    t = dec.decode(b)
                except UnicodeDecodeError:
                    utf8_ok = False
                    t = ""
                if head_len < _HEAD_CHARS and t:
                    head_parts.append(t[: _HEAD_CHARS - head_len])
                    head_len += len(head_parts[-1])
                for m in _URL_DATE_RX.finditer(t):
                    sc.url_dates += url_dates(m.group(0))
    if utf8_ok:
        try:
            dec.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8_ok = False
    sc.digest = h.hexdigest()
    if not utf8_ok:
        sc.encoding = "cp1252"
        try:
            with open(path, "rb") as f:
                d2 = codecs.getincrementaldecoder("cp1252")("strict")
                while True:
                    b = f.read(READ_BYTES)
                    if not b:
                        break
                    d2.decode(b)
        except UnicodeDecodeError:
            sc.encoding = "latin-1"
        sc.url_dates = []
        head_parts = []
        for off, text in _chunks(path, sc.encoding, limit=_HEAD_CHARS):
            head_parts.append(text)
            for m in _URL_DATE_RX.finditer(text):
                sc.url_dates += url_dates(m.group(0))
    sc.head = "".join(head_parts)[:_HEAD_CHARS]
    if sc.head.startswith("\ufeff"):
        sc.head = sc.head[1:]
    return sc


def _refuse_binary(path: Path, b: bytes) -> None:
    if b"\x00" in b[:8192]:
        raise InputError("binary file (NUL bytes): not a text report", str(path))
    sample = b[:8192]
    ctrl = sum(1 for c in sample if c < 32 and c not in (9, 10, 12, 13))
    if sample and ctrl / len(sample) > 0.05:
        raise InputError("binary file (control bytes): not a text report", str(path))


def _chunks(path: Path, encoding: str, limit: int | None = None) -> Iterator[tuple[int, str]]:
    """(character offset, text) pieces of about CHUNK_CHARS that end at a blank line (or a
    thread item) when possible, so no paragraph is cut."""
    dec = codecs.getincrementaldecoder(encoding)("replace")
    buf = ""
    offset = 0
    first = True
    done = 0
    with open(path, "rb") as f:
        while True:
            b = f.read(READ_BYTES)
            final = not b
            buf += dec.decode(b, final=final)
            if first and buf.startswith("\ufeff"):
                buf = " " + buf[1:]   # keep offsets: the BOM becomes a space
                first = False
            while len(buf) >= CHUNK_CHARS or (final and buf):
                if final and len(buf) < CHUNK_CHARS:
                    cut = len(buf)
                else:
                    cut = _cut_point(buf, CHUNK_CHARS)
                piece, buf = buf[:cut], buf[cut:]
                yield offset, piece
                offset += len(piece)
                done += len(piece)
                if limit and done >= limit:
                    return
            if final:
                break


def _cut_point(buf: str, size: int) -> int:
    for sep in ("\n\n", "\n", ". ", " "):
        k = buf.rfind(sep, size // 2, size)
        if k != -1:
            return k + len(sep)
    return size


# -- metadata ----------------------------------------------------------------------------------------

def _meta(path: Path, sc: _Scan, ctx: LoadContext) -> dict:
    from ..extract.text import split_front_matter

    fm, body, err = split_front_matter(sc.head)
    if err:
        ctx.issue(path, 1, err)
    opts = ctx.options or {}
    meta = {"body_offset": body, "front": fm}
    for k in ("published", "url", "publisher", "lang", "title", "author", "kind", "language", "reliability"):
        v = opts.get(k)
        if v in (None, "") and k in fm:
            v = fm[k]
        if v not in (None, ""):
            meta[k] = v.isoformat() if hasattr(v, "isoformat") else str(v)
    if "language" in meta and "lang" not in meta:
        meta["lang"] = meta["language"]
    if meta.get("url") and url_problem(meta["url"]):
        ctx.issue(path, None, f"url {meta['url']!r} is not a web address ({url_problem(meta['url'])}); ignored")
        meta.pop("url")
    if meta.get("published") and not is_partial(meta["published"]):
        ctx.issue(path, None, f"published {meta['published']!r} is not an ISO date; ignored")
        meta.pop("published")
    return meta


def _title(text: str) -> str | None:
    for line in text.splitlines():
        s = line.strip().lstrip("#").strip()
        if s:
            if len(s) <= 200 and not re.match(r"^\d+\s*/", s):
                return s
            return None
    return None


# -- load ------------------------------------------------------------------------------------------

def load(path: Path, ctx: LoadContext) -> Iterator[Statement]:
    from ..extract import Document
    from ..extract.text import analysis_text, dedupe_urls, detect_language, is_thread

    path = Path(path)
    p = str(path)
    try:
        if path.stat().st_size == 0:
            raise InputError("empty file: nothing to read", p)
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", p) from None
    sc = _scan(path)
    if not sc.head.strip():
        raise InputError("empty report: the file holds only white space", p)
    if sc.encoding in ("cp1252", "latin-1"):
        ctx.note(p, None, f"not UTF-8: decoded as {'Windows-1252' if sc.encoding == 'cp1252' else 'Latin-1'}; "
                          "check accented names")
    meta = _meta(path, sc, ctx)
    body_head = sc.head[meta["body_offset"]:]
    lang = meta.get("lang") or detect_language(body_head)
    if lang not in ("en", "fr"):
        ctx.note(p, None, f"language {lang!r} is not supported by the rule extractor; read as English")
    meta["lang"] = lang
    thread = is_thread(body_head)
    kind_ = meta.get("kind") or ("thread" if thread else "report")
    if KINDS and kind_ not in KINDS:
        ctx.note(p, None, f"kind {kind_!r} is not a source kind ({', '.join(sorted(KINDS))}); using 'report'")
        kind_ = "report"
    ref, ref_note = _reference(meta, body_head, sc)
    if ref_note and ref.source == "none":
        ctx.note(p, None, ref_note)   # nothing to resolve "yesterday" against: the user should know
    meta["ref"] = ref

    # the report is named by its content, not its address: the same text fetched from a mirror,
    # with tracking parameters or another spelling of its URL is one source (Aleph and OpenCTI
    # dedupe files by hash the same way), which keeps each URL it was given as a `url` statement
    src = f"source:report/{sc.digest[:12]}"
    own = source_id_for_url(meta["url"]) if meta.get("url") else None
    meta["report_key"] = src

    def S(subject, predicate, **kw) -> Statement:
        return Statement(subject, predicate, src, loader=LOADER, **kw)

    title = meta.get("title") or _title(body_head) or path.name
    yield S(src, "class", value="Report")
    yield S(src, "name", value=title[:200])
    yield S(src, "kind", value=kind_)
    yield S(src, "language", value=lang)
    for f in SOURCE_FIELDS:
        if meta.get(f) and f != "title":
            yield S(src, f, value=str(meta[f]))
    if meta.get("title"):
        yield S(src, "title", value=str(meta["title"]))
    pub = meta.get("published") or _published_guess(ref)
    if pub:
        yield S(src, "published", value=pub)
    if ref_note and ref.source != "none":
        yield S(src, "description", value=ref_note)
    if meta.get("reliability") and meta["reliability"] in ONTOLOGY.vocabulary("reliability"):
        yield S(src, "reliability", value=meta["reliability"])

    resolver = ctx.resolver
    name = (ctx.options or {}).get("extractor") or "rules"
    ex = _extractor(name, resolver)
    state = None
    cited: set[str] = set()
    line_base = 1
    known_classes: dict[str, str] = {}
    emitted_new: set[str] = set()
    progress = (ctx.options or {}).get("progress")
    total = sc.size
    read = 0
    for offset, text in _chunks(path, sc.encoding):
        _, urls = analysis_text(text)
        for u in dedupe_urls(urls):
            sid = source_id_for_url(u.url)
            if sid in cited or sid == own:
                continue
            cited.add(sid)
            quote = text[u.start:u.end]
            span = (offset + u.start, offset + u.end)
            yield S(sid, "class", value="Report", evidence=quote, span=span)
            yield S(sid, "name", value=u.url, evidence=quote, span=span)
            yield S(sid, "url", value=u.url, evidence=quote, span=span)
            yield S(sid, "kind", value="web", evidence=quote, span=span)
            yield S(src, "CITES", object=sid, evidence=quote, span=span)
            if u.truncated:
                ctx.note(p, line_base + text.count("\n", 0, u.start), f"cited URL looks cut ({u.url}); kept as written")
        meta_chunk = dict(meta, final=False)
        doc = Document(text, offset=offset, meta=meta_chunk, state=state, path=p)
        extraction = ex.extract(doc)
        state = doc.state
        yield from _statements(extraction, S, src, resolver, known_classes, emitted_new, ctx, p, text, offset, line_base)
        line_base += text.count("\n")
        read += len(text.encode(sc.encoding, "replace")) if progress else 0
        if progress:
            progress(min(read, total), total, "bytes")
    # what the extractor still holds (events joined across chunks)
    finish = getattr(ex, "finish", None)
    if state is not None and finish is not None:
        yield from _statements(finish(state), S, src, resolver, known_classes, emitted_new, ctx, p, "", 0, line_base)


_CACHE = None  # weakref.WeakKeyDictionary: resolver -> {name: extractor}


def _extractor(name: str, resolver):
    """One extractor per resolver and name: building the gazetteer index costs more than
    reading a short report, and callers such as benchmarks load thousands of them."""
    import weakref

    from ..extract import get_extractor
    from ..extract.lexicon import SHORT_FORMS

    global _CACHE
    if _CACHE is None:
        _CACHE = weakref.WeakKeyDictionary()
    per = _CACHE.setdefault(resolver, {})
    if name not in per:
        kw = {"extra_aliases": SHORT_FORMS} if name == "rules" else {}
        per[name] = get_extractor(name, resolver, **kw)
    return per[name]


def _published_guess(ref) -> str | None:
    if ref.source in ("dateline", "today") and ref.day:
        return ref.day.isoformat()
    if ref.usable_year:
        return str(ref.usable_year)
    return None


def _reference(meta: dict, head: str, sc: _Scan):
    """The date relative expressions are resolved against, and how it was found."""
    from ..extract.datex import Ref, dateline_date, find_dates
    from ..extract.text import fold

    pub = meta.get("published")
    if pub:
        first, last, prec = parse_partial(pub)
        if prec == "day":
            return Ref(day=date.fromisoformat(first), source="published"), None
        return Ref(year=int(first[:4]), source="published"), None
    folded = fold(head)
    url_days = sorted(d for d in sc.url_dates if len(d) == 10)
    years = [int(d[:4]) for d in sc.url_dates]
    # explicit dates with a year in the text
    text_days = []
    for d in find_dates(folded, 0, len(folded), Ref()):
        if d.kind == "explicit":
            years.append(int(d.value[:4]))
            if d.precision == "day":
                text_days.append(d.value.split("/")[-1])
    year = max(years) if years else None
    # a wire dateline: "PARIS, 5 June 2020 - ..."
    lines = head.strip().splitlines()
    for i, line in enumerate(lines[:6]):
        if line.strip():
            dl = dateline_date(line.strip(), fold(line.strip()), year)
            if dl:
                return Ref(day=date.fromisoformat(dl), source="dateline"), f"publication date not given; {dl} taken from the dateline"
    # "this morning (6 April)", "aujourd'hui (6 avril)"
    latest = max(url_days + text_days) if (url_days or text_days) else None
    lower = Ref(day=date.fromisoformat(latest), source="latest-date") if latest else (Ref(year=year, source="year") if year else Ref())
    m = re.search(r"\b(?:this morning|today|tonight|this afternoon|ce matin|aujourd'hui|ce soir|cet apres-midi)\s*\(\s*(?:on\s+|le\s+)?([^)]{3,30})\)", folded)
    if m and (year or latest):
        inner = m.group(1)
        ref_for_year = Ref(day=lower.day, year=year, source="latest-date") if lower.day else Ref(year=year)
        for d in find_dates(inner, 0, len(inner), ref_for_year):
            if d.precision == "day":
                day = date.fromisoformat(d.value.split("/")[0])
                if lower.day and day < lower.day and day.replace(year=day.year + 1) >= lower.day:
                    day = day.replace(year=day.year + 1)
                return Ref(day=day, source="today"), f"publication date not given; {day.isoformat()} inferred from the text (\"{m.group(0)}\")"
    if lower.day:
        return Ref(day=lower.day, year=lower.day.year, source="latest-date", lower_bound=True), \
            f"publication date not given; relative dates resolved against {lower.day.isoformat()}, the latest date in the text and its links"
    if year:
        return Ref(year=year, source="year"), f"publication date not given; year {year} inferred from the text and its links"
    return Ref(), "publication date not given and none found in the text: relative dates (\"yesterday\", \"on Monday\") are not resolved; pass --published"


# -- extraction → statements ------------------------------------------------------------------------

def _statements(ex_out, S, src, resolver, known_classes, emitted_new, ctx, p, text, offset, line_base) -> Iterator[Statement]:
    def cls_of(eid: str) -> str | None:
        if eid in known_classes:
            return known_classes[eid]
        e = resolver.entities.get(eid)
        return e.cls if e else None

    for ne in ex_out.entities:
        known_classes[ne.id] = ne.cls
        if ne.id in emitted_new:
            continue
        emitted_new.add(ne.id)
        yield S(ne.id, "class", value=ne.cls, evidence=ne.evidence, span=ne.span)
        yield S(ne.id, "name", value=ne.name, evidence=ne.evidence, span=ne.span)
    for m in ex_out.mentions:
        if m.alias:
            yield S(m.id, ALIAS, value=m.surface, evidence=m.evidence, span=m.span)
        else:
            c = cls_of(m.id)
            if c:
                yield S(m.id, "class", value=c, evidence=m.evidence, span=m.span)
    for ev in ex_out.events:
        known_classes[ev.id] = ev.cls
        q, sp = ev.evidence, ev.span
        yield S(ev.id, "class", value=ev.cls, evidence=q, span=sp)
        if ev.name:
            yield S(ev.id, "name", value=ev.name, evidence=q, span=sp)
        if ev.date:
            dsp, dq = ev.props_evidence.get("date", (sp, q))[:2]
            yield S(ev.id, "date", value=ev.date, evidence=dq, span=dsp)
            yield S(ev.id, "date_precision", value=ev.precision or parse_partial(ev.date)[2], evidence=dq, span=dsp)
            if "/" in ev.date:
                a, b = ev.date.split("/", 1)
                yield S(ev.id, "start_date", value=a, evidence=dq, span=dsp)
                yield S(ev.id, "end_date", value=b, evidence=dq, span=dsp)
        if ev.fatalities_min is not None or ev.fatalities_max is not None:
            fsp, fq = ev.props_evidence.get("fatalities", (sp, q))[:2]
            if ev.fatalities_min is not None:
                yield S(ev.id, "fatalities_min", value=str(ev.fatalities_min), evidence=fq, span=fsp)
            if ev.fatalities_max is not None:
                yield S(ev.id, "fatalities_max", value=str(ev.fatalities_max), evidence=fq, span=fsp)
        if ev.status:
            ssp, sq = ev.props_evidence.get("status", (sp, q))[:2]
            yield S(ev.id, "status", value=ev.status, evidence=sq, span=ssp)
        if ev.troops is not None:
            tsp, tq = ev.props_evidence.get("troops", (sp, q))[:2]
            yield S(ev.id, "troops", value=str(ev.troops), evidence=tq, span=tsp)
        if ev.place:
            psp, pq = ev.props_evidence.get("place", (sp, q))[:2]
            yield S(ev.id, "OCCURRED_AT", object=ev.place, evidence=pq, span=psp, confidence="attributed")
        for s in ev.slots:
            if not _allowed(s.predicate, ev.cls, cls_of(s.actor)):
                continue
            yield S(ev.id, s.predicate, object=s.actor, evidence=s.evidence, span=s.span,
                    confidence=s.confidence if s.predicate == "ATTRIBUTED_TO" else None)
    for r in ex_out.relations:
        sc_, oc = cls_of(r.subject), cls_of(r.object)
        if not _allowed(r.predicate, sc_, oc):
            line = line_base + text.count("\n", 0, max(0, r.span[0] - offset)) if text else None
            ctx.note(p, line, f"{r.predicate} from {r.subject} ({sc_}) to {r.object} ({oc}) does not fit the ontology; skipped")
            continue
        conf = r.confidence
        if r.predicate in ("ATTRIBUTED_TO", "HELD_HOSTAGE_BY") and conf is None:
            conf = "attributed"
        yield S(r.subject, r.predicate, object=r.object, evidence=r.evidence, span=r.span, confidence=conf,
                valid_from=r.valid_from, valid_until=r.valid_until)
    for off, reason in ex_out.issues:
        line = line_base + text.count("\n", 0, max(0, off - offset)) if text and off is not None else None
        ctx.note(p, line, reason)


@lru_cache(maxsize=4096)
def _allowed(pred: str, subj_cls: str | None, obj_cls: str | None) -> bool:
    if subj_cls is None or obj_cls is None:
        return True  # unknown ends are checked by the projection
    try:
        return ONTOLOGY.allows(pred, subj_cls, obj_cls)
    except Exception:
        return False
