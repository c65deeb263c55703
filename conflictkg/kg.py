"""The Python API: one object per store, used by the CLI, the queries and the exports.

>>> from conflictkg.kg import KG
>>> kg = KG("conflictkg.db")            # doctest: +SKIP
>>> kg.ingest(["report.txt"])            # doctest: +SKIP
>>> kg.cypher("MATCH (a:Actor) RETURN count(a) AS n").rows   # doctest: +SKIP
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from . import loaders, settings
from .errors import ConflictKGError, InputError, StoreMissingError
from .graph import incremental, projection
from .graph.engine import Engine, Result
from .graph.resolver import Resolver
from .graph.statements import label_from_id
from .graph.store import Store
from .loaders.base import Issue, LoadContext


@dataclass
class FileSummary:
    path: str
    kind: str
    read: int = 0
    new: int = 0
    removed: int = 0
    issues: list[Issue] = field(default_factory=list)
    counters: dict = field(default_factory=dict)


@dataclass
class IngestSummary:
    files: list[FileSummary] = field(default_factory=list)
    statements_total: int = 0
    graph_counts: dict = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(f.new for f in self.files)


log = logging.getLogger(__name__)

#: Steps run inside an ingest transaction after the loader, e.g. event fusion:
#: ``hook(tx, resolver, file_summary)``. Registered by the modules that provide them.
POST_LOAD_HOOKS: list[Callable] = []


class KG:
    def __init__(self, db: str | Path | None = None, pack: str | None = None, lock_timeout: float | None = None):
        s = settings.get(db=db, pack=pack, lock_timeout=lock_timeout)
        self.settings = s
        self.store = Store(s.db, lock_timeout=s.lock_timeout)
        self.last_refresh: str | None = None  # how the last refresh_graph went: current, incremental, full

    def require(self) -> "KG":
        """This KG, if its store exists; else StoreMissingError. For commands that only read: a
        mistyped --db would otherwise become a new store holding only the region pack, and every
        question would get an empty or partial answer instead of an error."""
        if not self.store.exists:
            raise StoreMissingError(
                f"no store at {self.store.path}: create one with `conflictkg demo` or `conflictkg ingest FILE` "
                "(--db or CONFLICTKG_DB to use another store)")
        return self

    # -- writing -----------------------------------------------------------------------------
    def ensure(self) -> None:
        """Create the store on first use, with the default region pack, and its projection."""
        if self.store.exists and self.store.get_meta("pack") is not None:
            if not self.store.graph_path.exists():
                self.rebuild()
                return
            gen, ggen = self.store.generations()
            if (gen is not None and gen != ggen) or not incremental.graph_is_current_schema(self.store):
                # statements the graph does not reflect (a write that failed or was killed after
                # its commit), or a graph made with other tables (an older version's): catch up
                # before reading
                try:
                    self.refresh_graph(wait=0)
                except ConflictKGError:
                    # a writer holds the lock (it brings the graph up to date when it is done), or
                    # this user cannot write the store: read the graph as it is
                    pass
            return
        self.ingest([], _pack_only=True)

    def ingest(self, paths: Iterable[str | Path], kind: str | None = None, options: dict | None = None,
               progress: Callable | None = None, _pack_only: bool = False) -> IngestSummary:
        """Load each path in its own transaction (all or nothing per file), then bring the graph up
        to date (incrementally when the change is small: :meth:`refresh_graph`)."""
        summary = IngestSummary()
        paths = [Path(p) for p in paths]
        for p in paths:
            if not p.exists():
                raise InputError("no such file or directory", str(p))
        current = "the region pack"
        try:
            if not self.store.exists or self.store.get_meta("pack") is None:
                summary.files.append(self._load_one(None, "pack", {}, progress, pack=True))
            for p in paths:
                for f in _expand(p):
                    current = str(f)
                    summary.files.append(self._load_one(f, kind, options or {}, progress))
        except KeyboardInterrupt:
            raise IngestInterrupted(_what_stays([f.path for f in summary.files if f.kind != "pack"], current)) from None
        except ConflictKGError as e:
            # each file is its own transaction: those before the bad one are in the store, so the
            # graph must show them, and the user must know they need not be loaded again
            done = [f for f in summary.files if f.kind != "pack"]
            if summary.files:
                self.refresh_graph()
            if done:
                names = ", ".join(f.path for f in done)
                e.message += f" (stopped there; {len(done)} file(s) before it were loaded: {names})"
            raise
        try:
            counts, dropped = self.refresh_graph()
        except KeyboardInterrupt:
            raise IngestInterrupted(_what_stays([f.path for f in summary.files if f.kind != "pack"], None)) from None
        summary.graph_counts, summary.dropped = counts, dropped
        summary.statements_total = self.store.count()
        return summary

    def _load_one(self, path: Path | None, kind: str | None, options: dict, progress, pack: bool = False) -> FileSummary:
        with self.store.transaction() as tx:
            if pack:
                from .loaders import pack as pack_loader

                target = pack_loader.pack_dir(self.settings.pack)
                mod = pack_loader
            else:
                target = path
                mod = loaders.pick(path, kind)
            fs = FileSummary(str(target), mod.kind)
            ctx = LoadContext(Resolver.from_store(tx), dict(options, progress=progress))
            statements = mod.load(target, ctx)
            if getattr(mod, "upsert", False) and hasattr(mod, "write"):
                res = mod.write(tx, statements, ctx)  # loaders with record replacement handle it themselves
            else:
                res = tx.add(statements)
            fs.read, fs.new, fs.removed = res.read, res.new, getattr(res, "removed", 0)
            for hook in POST_LOAD_HOOKS:
                hook(tx, ctx, fs)
            fs.issues, fs.counters = ctx.issues, ctx.counters
            if options.get("strict") and ctx.errors:
                raise InputError(f"refused (--strict): {len(ctx.errors)} problem(s); first: {ctx.errors[0].refused()}",
                                 str(target))
            if pack:
                tx.set_meta("pack", self.settings.pack)
        return fs

    def rebuild(self) -> tuple[dict, list[str]]:
        """Rebuild the whole graph projection from the statements (under the writer lock)."""
        with self.store.write_lock():
            return self._rebuild_locked()

    def _rebuild_locked(self) -> tuple[dict, list[str]]:
        if not self.store.exists:
            raise ConflictKGError(f"no store at {self.store.path}")
        con = self.store.reader()
        try:
            from .graph.store import Transaction

            gen, _ = self.store.generations(con)
            tx = Transaction(con)
            # streamed from the store in subject order, not loaded as Statement objects
            tmp, counts, dropped = projection.rebuild_from_store(self.store, con, tx.judgements())
        finally:
            con.close()
        try:
            projection.swap_in(tmp, self.store.graph_path)
        except OSError as e:
            raise ConflictKGError(f"cannot replace {self.store.graph_path}: {e}") from None
        if gen is not None:
            incremental.mark_current(self.store, gen)
        incremental.mark_schema(self.store)
        self.last_refresh = "full"
        return counts, dropped

    def refresh_graph(self, wait: float | None = None) -> tuple[dict, list[str]]:
        """Bring the graph up to date with the statements: the entities that the changes since its
        generation affect are re-projected into it, or it is rebuilt whole when that cannot be
        bounded (see :mod:`conflictkg.graph.incremental`). Returns (counts, dropped relationships
        of the entities re-projected). ``wait``: seconds to wait for the writer lock (default:
        the store's lock timeout)."""
        with self.store.write_lock(wait):
            con = self.store.reader()
            try:
                gen, ggen = self.store.generations(con)
                # CONFLICTKG_INCREMENTAL=0: every write rebuilds the whole graph (as before the
                # incremental update; for comparisons, or to rule it out when something looks wrong)
                incremental_on = os.environ.get("CONFLICTKG_INCREMENTAL", "1") != "0"
                if self.store.graph_path.exists() and gen is not None and ggen is not None and incremental_on \
                        and incremental.graph_is_current_schema(self.store):
                    if gen == ggen:
                        self.last_refresh = "current"
                        with Engine(self.store.graph_path) as eng:
                            return incremental.graph_counts(eng._con), []
                    try:
                        counts, dropped = incremental.update(self.store, con, gen, ggen)
                    except incremental.FullRebuildNeeded as e:
                        log.info("graph rebuilt whole: %s", e)
                    except Exception as e:  # noqa: BLE001 - the full rebuild is the recovery path
                        # the old graph is untouched; a fault of the update must not stop the ingest
                        log.warning("incremental graph update failed (%s); rebuilding the whole graph", e)
                    else:
                        incremental.mark_current(self.store, gen)
                        self.last_refresh = "incremental"
                        return counts, dropped
            finally:
                con.close()
            return self._rebuild_locked()

    def judge(self, kind: str, a: str, b: str, reason: str = "", auto: bool = False) -> int:
        self.ensure()
        r = self.resolver()
        if kind == "split":
            # an id names the entity itself, not the cluster a merge (e.g. event fusion) put it in
            ida, idb = (x if x in r.entities or (":" in x and label_from_id(x)) else r.resolve_or_raise(x) for x in (a, b))
            if ida == idb:
                raise ConflictKGError(f"{a!r} and {b!r} are one entity ({ida}) through merges; split them by the ids "
                                      "the merge judgements name (`conflictkg resolve list`)")
        else:
            ida, idb = r.resolve_or_raise(a), r.resolve_or_raise(b)
        for given, i in ((a, ida), (b, idb)):
            if not r.known(i):  # a judgement about a mistyped id would put a phantom at the head of a cluster
                raise ConflictKGError(f"no entity {i} in the store" + (f" (from {given!r})" if given != i else "")
                                      + ": give a name or an existing id (`conflictkg resolve name NAME`)")
        if ida == idb and kind == "merge":
            raise ConflictKGError(f"{a!r} and {b!r} are already the same entity ({ida})")
        with self.store.transaction() as tx:
            jid = tx.add_judgement(kind, ida, idb, reason, auto)
        self.refresh_graph()
        return jid

    def undo_judgement(self, jid: int) -> None:
        with self.store.transaction() as tx:
            if not tx.retract_judgement(jid):
                raise ConflictKGError(f"no active judgement #{jid} (see `conflictkg resolve list`)")
        self.refresh_graph()

    # -- reading -----------------------------------------------------------------------------
    def resolver(self) -> Resolver:
        self.ensure()
        return Resolver.from_store(self.store)

    def engine(self, write: bool = False) -> Engine:
        self.ensure()
        return Engine(self.store.graph_path, write=write)

    def projection(self) -> "projection.Projection":
        """The property graph as rows (for networkx, RDF, Neo4j push and exports)."""
        self.ensure()
        return projection.project(self.store.statements(), self.store.judgements())

    def networkx(self, include_claims: bool = False):
        from .graph.nxgraph import to_networkx

        return to_networkx(self.projection(), include_claims=include_claims)

    def cypher(self, query: str, params: dict | None = None, write: bool = False) -> Result:
        with self.engine(write=write) as eng:
            return eng.run(query, params)


# Files that describe a folder (provenance, licence) rather than being inputs: a dataset folder's
# SOURCE.md must not be read as a report.
FOLDER_DOCS = {"readme", "source", "sources", "license", "licence", "copying", "notice", "changelog"}


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during an ingest; its message says what the store kept, so that the user knows
    what to load again."""


def _what_stays(stored: list[str], current: str | None) -> str:
    """What an interrupted ingest left: the file being loaded is rolled back whole, those before
    it stay; once every file is stored, only the graph is behind and the next command updates it."""
    before = f"{len(stored)} file(s) stored ({', '.join(stored)})" if stored else ""
    if current is None:
        return (f"{before or 'every file stored'}; the graph is brought up to date by the next command "
                "(or `conflictkg rebuild`)")
    rolled = f"{current} rolled back (run the ingest again to load it)"
    return f"{rolled}; {before} before it" if before else rolled


def _expand(p: Path) -> list[Path]:
    """A directory is a pack (if it has pack.yaml) or a folder of inputs, read in name order
    (without its README/SOURCE/LICENSE files)."""
    if p.is_dir() and not (p / "pack.yaml").exists():
        files = sorted(x for x in p.iterdir() if x.is_file() and not x.name.startswith(".")
                       and x.suffix.lower() in (".csv", ".txt", ".md", ".yaml", ".yml", ".ttl", ".json")
                       and x.stem.lower() not in FOLDER_DOCS)
        if not files:
            raise InputError("directory holds no input files (.csv .txt .md .yaml .ttl .json)", str(p))
        return files
    return [p]


from .graph import fusion as _fusion  # noqa: E402,F401  registers event fusion in POST_LOAD_HOOKS
