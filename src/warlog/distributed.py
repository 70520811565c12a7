"""Corpus extraction on a Dask cluster: many files in, documents and events in the database.

The driver (the process that calls `extract_corpus`) only lists the input: it expands folders and
cuts big JSON Lines files into blocks of lines, then groups these work units into partitions of
about equal size. Each partition is one Dask task (`dask.bag.map_partitions`) that, on a worker,
reads its files (`warlog.ingest`), drops documents already stored, extracts events with the spaCy
pipeline (loaded once per worker process, reused by every partition that process runs) and either
stores them itself or sends them back:

- a server database (PostgreSQL URL): every partition writes directly, one transaction per
  document as `Store.save` does, so writing scales with the workers;
- a SQLite file: SQLite has one writer and the file lives on the driver's disk, so partitions send
  their documents and events back and the driver saves them, partition by partition as they finish.

Re-running stores nothing twice: a document already in the database (same id or same text) is
skipped before extraction, and `Store.save` checks again inside its transaction. Every input that
cannot be read, extracted or stored comes back as a `Failure` with its one-line reason.

Workers must see the input paths (a shared filesystem or the same paths on every machine) and have
the same version of warlog installed. See docs/distributed.md.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

try:
    import dask
    import dask.bag
except ImportError as exc:  # an optional extra: say how to get it
    raise ImportError("warlog.distributed needs Dask: pip install 'warlog[distributed]'") from exc

from warlog.ingest import InputError, expand_paths, extract_safely, read_file
from warlog.ingest.reader import _jsonl_documents
from warlog.model import Document, Event

# Dask's own single-machine schedulers, no cluster: handy for tests and debugging.
LOCAL_SCHEDULERS = ("synchronous", "threads", "processes")
# A JSON Lines file is cut into blocks of this many lines so that one big file spreads over workers.
JSONL_LINES_PER_UNIT = 200
# Partitions hold at most about this many documents: it bounds what a partition sends back (SQLite)
# and what a worker loses when it dies.
DOCUMENTS_PER_PARTITION = 500
# ... and there are at least this many partitions per worker thread, so fast workers take more.
PARTITIONS_PER_THREAD = 4

log = logging.getLogger(__name__)


class Failure(NamedTuple):
    """An input that was not stored: where it is (file, or file:line for JSON Lines) and why."""

    path: str
    reason: str


@dataclass
class Summary:
    """What a corpus run did."""

    documents_read: int = 0  # documents read successfully (refused inputs are in `errors`)
    stored: int = 0  # documents newly stored
    skipped: int = 0  # documents already in the database
    events_stored: int = 0
    errors: list[Failure] = field(default_factory=list)
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class WorkUnit:
    """What one reader call covers: a whole file, or a block of lines of a JSON Lines file."""

    path: str
    first_line: int = 1  # number of the block's first line (JSON Lines blocks)
    start: int = 0  # byte offsets of the block; end None means the whole file
    end: int | None = None
    documents: int = 1  # how many documents it holds, about: for sizing partitions

    def where(self) -> str:
        if self.end is None:
            return self.path
        return f"{self.path}:{self.first_line}-{self.first_line + self.documents - 1}"


@dataclass
class PartitionResult:
    """What one partition sends back to the driver."""

    read: int = 0
    stored: int = 0
    skipped: int = 0
    events_stored: int = 0
    errors: list[Failure] = field(default_factory=list)
    # SQLite: the documents and events for the driver to save (empty when the partition saved them)
    extracted: list[tuple[Document, list[Event]]] = field(default_factory=list)


@dataclass(frozen=True)
class StoredDocuments:
    """The ids and text hashes already in a database, shipped to workers that cannot query it."""

    ids: frozenset[str] = frozenset()
    hashes: frozenset[str] = frozenset()

    def __contains__(self, document: Document) -> bool:
        from warlog.store import content_hash

        return document.id in self.ids or content_hash(document.text) in self.hashes


def extract_corpus(
    paths: Iterable[str | os.PathLike],
    db: str | os.PathLike,
    *,
    scheduler: str | None = None,
    partitions: int | None = None,
    published: str | None = None,
    source: str | None = None,
    workers: int | None = None,
) -> Summary:
    """Read, extract and store every document under `paths` on a Dask cluster.

    `db` is a SQLite file path or a SQLAlchemy URL (`postgresql+psycopg://...`). `scheduler` is None
    for a local cluster of worker processes (`workers` of them, default one per core), the address of
    a running Dask scheduler (`tcp://host:8786`), or one of Dask's local schedulers ("synchronous",
    "threads", "processes"). `partitions` overrides how many tasks the corpus is cut into.
    `published` and `source` fill in what an input does not say itself, as in `read_documents`.
    """
    from warlog.store import Store

    started = time.perf_counter()
    summary = Summary()
    with Store(db) as store:  # creates the tables once, before any worker connects
        # a remote worker resolves a relative path against its own working folder, not ours
        remote = scheduler is not None and scheduler not in LOCAL_SCHEDULERS
        units = work_units(paths, absolute=remote)
        if units:
            with _dask_client(scheduler, workers) as client:
                _run_on_dask(units, store, client, scheduler, partitions, summary,
                             published=published, source=source)
    summary.errors.sort()
    summary.seconds = time.perf_counter() - started
    return summary


def _run_on_dask(units: list[WorkUnit], store, client, scheduler: str | None, partitions: int | None,
                 summary: Summary, **reading) -> None:
    workers_write = store.engine.dialect.name != "sqlite"
    threads = _thread_count(client)
    groups = partition_units(units, partitions or _default_partitions(units, threads))
    log.info("warlog: %d work unit(s) in %d partition(s) on %d thread(s)", len(units), len(groups), threads)
    bag = dask.bag.from_sequence(groups, partition_size=1).map_partitions(
        _run_partition, db_url=store.url if workers_write else None,
        stored_documents=None if workers_write else _stored_documents(store), **reading,
    )
    for group, result in _results(bag, groups, client, scheduler):
        if isinstance(result, BaseException):  # the worker died under the task
            result = _failed_partition([group], f"the worker failed ({type(result).__name__}: {result})")
        _save_on_driver(store, result)
        _add(summary, result)


def work_units(paths: Iterable[str | os.PathLike], absolute: bool = False) -> list[WorkUnit]:
    """The input as work units: every file, with big JSON Lines files cut into blocks of lines."""
    units: list[WorkUnit] = []
    for path in expand_paths(paths):
        path = path.absolute() if absolute else path
        if path.suffix.lower() == ".jsonl":
            units.extend(_jsonl_units(path))
        else:
            units.append(WorkUnit(str(path)))
    return units


def _jsonl_units(path: Path, lines_per_unit: int | None = None) -> list[WorkUnit]:
    lines_per_unit = lines_per_unit or JSONL_LINES_PER_UNIT
    try:
        with path.open("rb") as file:
            if file.read(2) in (b"\xff\xfe", b"\xfe\xff"):
                return [WorkUnit(str(path))]  # UTF-16: a block without the byte-order mark is unreadable
            file.seek(0)
            blocks: list[WorkUnit] = []
            start = offset = lines = 0
            for line in file:  # splits on b"\n", whatever the line ending
                offset += len(line)
                lines += 1
                if lines == lines_per_unit:
                    blocks.append(WorkUnit(str(path), 1 + len(blocks) * lines_per_unit, start, offset, lines))
                    start, lines = offset, 0
            if lines:
                blocks.append(WorkUnit(str(path), 1 + len(blocks) * lines_per_unit, start, offset, lines))
    except OSError:
        return [WorkUnit(str(path))]  # the reader on the worker reports it
    if len(blocks) <= 1:
        return [WorkUnit(str(path), documents=max(1, sum(b.documents for b in blocks)))]
    return blocks


def partition_units(units: list[WorkUnit], count: int) -> list[list[WorkUnit]]:
    """`units` in order, cut into at most `count` consecutive groups of about equal document counts."""
    if not units:
        return []
    target = sum(unit.documents for unit in units) / max(1, count)
    groups: list[list[WorkUnit]] = [[]]
    weight = 0
    for unit in units:
        if groups[-1] and weight + unit.documents / 2 > target and len(groups) < count:
            groups.append([])
            weight = 0
        groups[-1].append(unit)
        weight += unit.documents
    return groups


def _default_partitions(units: list[WorkUnit], threads: int) -> int:
    documents = sum(unit.documents for unit in units)
    wanted = max(threads * PARTITIONS_PER_THREAD, math.ceil(documents / DOCUMENTS_PER_PARTITION))
    return max(1, min(len(units), wanted))


# --- on the workers ---


def _run_partition(groups: Iterable[list[WorkUnit]], **options) -> list[PartitionResult]:
    groups = list(groups)
    try:
        return process_partition(groups, **options)
    except Exception as exc:  # e.g. the database is unreachable: report the inputs, let the others go on
        return [_failed_partition(groups, f"{type(exc).__name__}: {exc}")]


def _failed_partition(groups: list[list[WorkUnit]], reason: str) -> PartitionResult:
    # with a server database, some of its documents may be stored already; a re-run skips them
    return PartitionResult(errors=[Failure(unit.where(), f"not processed: {reason}")
                                   for group in groups for unit in group])


def process_partition(
    groups: Iterable[list[WorkUnit]],
    *,
    db_url: str | None,
    stored_documents: StoredDocuments | None,
    published: str | None,
    source: str | None,
) -> list[PartitionResult]:
    """One partition, on a worker: read, skip what is stored, extract, store (db_url) or send back.

    The bag holds one group of work units per partition; the result is a one-element list because a
    bag partition is a sequence.
    """
    result = PartitionResult()
    store = _worker_store(db_url) if db_url else None

    def is_stored(document: Document) -> bool:
        return store.has(document) if store is not None else document in (stored_documents or ())

    def fresh_documents() -> Iterator[Document]:
        for group in groups:
            for unit in group:
                for item in read_unit(unit, published=published, source=source):
                    if isinstance(item, InputError):
                        result.errors.append(Failure(item.path, item.reason))
                        continue
                    result.read += 1
                    if is_stored(item):  # re-running changes nothing: skip before extracting
                        result.skipped += 1
                        continue
                    yield item

    def extraction_failed(document: Document, exc: Exception) -> None:
        result.errors.append(Failure(_where(document), f"extraction failed ({type(exc).__name__}: {exc})"))

    # extract_safely parses in batches (nlp.pipe) and retries a failing batch document by document
    for document, events in extract_safely(fresh_documents(), extraction_failed):
        if store is None:
            result.extracted.append((document, events))
        else:
            _save(store, document, events, result)
    return [result]


def read_unit(unit: WorkUnit, *, published: str | None = None,
              source: str | None = None) -> Iterator[Document | InputError]:
    """The documents of one work unit, or why its inputs were refused."""
    try:
        if unit.end is None:
            yield from read_file(Path(unit.path), published=published, source=source)
        else:
            yield from _read_jsonl_block(unit, published, source)
    except Exception as exc:  # a reader bug must not take the partition's other files down with it
        yield InputError(unit.where(), f"cannot read: {type(exc).__name__}: {exc}", "unreadable")


def _read_jsonl_block(unit: WorkUnit, published: str | None, source: str | None) -> Iterator[Document | InputError]:
    try:
        with open(unit.path, "rb") as file:
            file.seek(unit.start)
            data = file.read(unit.end - unit.start)
    except OSError as exc:
        yield InputError(unit.where(), f"cannot read: {exc.strerror or exc}", "unreadable")
        return
    if not data.strip():
        return  # blank lines
    # the reader numbers lines from 1 within the block; messages must name the line in the file
    for item in _jsonl_documents(data, unit.path, published, source, None):
        if isinstance(item, InputError):
            yield InputError(_renumbered(item.path, unit), item.reason, item.kind)
        else:
            yield item.model_copy(update={"path": _renumbered(item.path, unit)})


def _renumbered(where: str | None, unit: WorkUnit) -> str:
    prefix = unit.path + ":"
    if where and where.startswith(prefix) and where[len(prefix):].isdigit():
        return f"{prefix}{int(where[len(prefix):]) + unit.first_line - 1}"
    return unit.where()  # said of the whole block (e.g. "binary file")


@functools.lru_cache(maxsize=4)
def _worker_store(db_url: str):
    """One Store (engine and connection pool) per worker process, shared by its partitions."""
    from warlog.store import Store

    return Store(db_url)


def _save(store, document: Document, events: list[Event], result: PartitionResult) -> None:
    try:
        saved = store.save(document, events)
    except Exception as exc:
        # Two workers may race to store the same text (a duplicate in the corpus): the loser's
        # transaction fails on the unique content hash, and the document is in fact stored.
        try:
            already = store.has(document)
        except Exception:
            already = False
        if already:
            result.skipped += 1
        else:
            result.errors.append(Failure(_where(document), f"not stored ({type(exc).__name__}: {exc})"))
        return
    if saved:
        result.stored += 1
        result.events_stored += len(events)
    else:
        result.skipped += 1


def _where(document: Document) -> str:
    return document.path or document.id


# --- on the driver ---


def _stored_documents(store) -> StoredDocuments:
    import sqlalchemy as sa

    from warlog.store import documents

    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(documents.c.id, documents.c.content_hash)).all()
    return StoredDocuments(frozenset(r[0] for r in rows), frozenset(r[1] for r in rows))


@contextmanager
def _dask_client(scheduler: str | None, workers: int | None):
    """A distributed Client (local cluster or remote scheduler), or None for Dask's local schedulers."""
    if scheduler in LOCAL_SCHEDULERS:
        yield None
        return
    from distributed import Client, LocalCluster

    if scheduler is None:
        # processes, one thread each: spaCy holds the GIL, so threads would not parse in parallel
        with LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                          dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            yield client
    else:
        with Client(scheduler) as client:
            client.get_versions(check=True)  # a worker with another Python or Dask fails later, obscurely
            yield client


def _thread_count(client) -> int:
    if client is None:
        return os.cpu_count() or 1
    return sum(client.nthreads().values()) or os.cpu_count() or 1


def _results(bag: dask.bag.Bag, groups: list[list[WorkUnit]], client,
             scheduler: str | None) -> Iterator[tuple[list[WorkUnit], PartitionResult | BaseException]]:
    """(group, its result or the exception that killed its task), as partitions finish."""
    parts = bag.to_delayed()
    if client is None:
        for group, computed in zip(groups, dask.compute(*parts, scheduler=scheduler), strict=True):
            yield group, computed[0]
        return
    from distributed import as_completed

    futures = client.compute(parts)
    group_of = {future.key: group for future, group in zip(futures, groups, strict=True)}
    for future in as_completed(futures):
        try:
            yield group_of[future.key], future.result()[0]
        except Exception as exc:
            yield group_of[future.key], exc
        future.release()  # the driver has it now: free the worker's copy


def _save_on_driver(store, result: PartitionResult) -> None:
    for document, events in result.extracted:
        _save(store, document, events, result)
    result.extracted = []


def _add(summary: Summary, result: PartitionResult) -> None:
    summary.documents_read += result.read
    summary.stored += result.stored
    summary.skipped += result.skipped
    summary.events_stored += result.events_stored
    summary.errors.extend(result.errors)
