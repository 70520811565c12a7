"""The Dask engine: same events as the sequential path, nothing stored twice, bad inputs reported."""

from __future__ import annotations

import json
import os
import uuid
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from war_reports import MOSUL, PUBLISHED, REFUSED

from warlog import distributed
from warlog.distributed import Failure, WorkUnit, extract_corpus, partition_units, read_unit, work_units
from warlog.ingest import InputError, read_documents
from warlog.model import Document
from warlog.pipeline import extract_document
from warlog.store import Store


def sequential_events(corpus) -> list[dict]:
    """What the one-process path finds: extract_document on every document read_documents yields."""
    found = []
    for item in read_documents([corpus], published=PUBLISHED):
        if isinstance(item, Document):
            found.extend(extract_document(item))
    return sorted((e.model_dump(mode="json") for e in found), key=lambda e: e["id"])


def stored_events(db) -> list[dict]:
    with Store(db) as store:
        return sorted((e.model_dump(mode="json") for e in store.events()), key=lambda e: e["id"])


def refused(corpus) -> list[Failure]:
    return [Failure(str(corpus / where), reason) for where, reason in REFUSED]


def assert_refused(summary, corpus) -> None:
    got = [(f.path, f.reason[:len(reason)]) for f, (_, reason) in zip(summary.errors, REFUSED, strict=True)]
    assert got == [(path, reason) for path, reason in refused(corpus)]


# --- work units and partitions (no spaCy) ---


def test_a_big_jsonl_file_is_cut_into_blocks_that_name_their_true_lines(tmp_path, monkeypatch):
    monkeypatch.setattr(distributed, "JSONL_LINES_PER_UNIT", 2)
    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"text": f"Report {n}: shelling hit Kharkiv and the governor said it."}) for n in range(5)]
    lines[3] = "{broken"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    units = work_units([path])
    assert [(u.first_line, u.documents) for u in units] == [(1, 2), (3, 2), (5, 1)]
    items = [item for unit in units for item in read_unit(unit)]
    assert [item.path for item in items] == [f"{path}:{n}" for n in range(1, 6)]
    assert isinstance(items[3], InputError) and items[3].reason.startswith("not valid JSON")
    assert [item.text for item in items if isinstance(item, Document)] == [
        json.loads(line)["text"] for n, line in enumerate(lines) if n != 3]


def test_a_small_jsonl_file_is_one_unit(corpus):
    units = work_units([corpus / "reports.jsonl"])
    assert units == [WorkUnit(str(corpus / "reports.jsonl"), documents=4)]


def test_partitions_keep_the_order_and_balance_documents():
    units = [WorkUnit("a.jsonl", 1, 0, 10, documents=6)] + [WorkUnit(f"{n}.txt") for n in range(6)]
    groups = partition_units(units, 2)
    assert [unit for group in groups for unit in group] == units
    assert [sum(u.documents for u in group) for group in groups] == [6, 6]
    assert partition_units(units[1:], 10) == [[unit] for unit in units[1:]]


# --- the engine, with Dask's in-process scheduler ---


def test_it_stores_the_events_sequential_extraction_finds_and_reports_bad_inputs(corpus, tmp_path):
    db = tmp_path / "warlog.db"
    summary = extract_corpus([corpus], str(db), scheduler="synchronous", partitions=3, published=PUBLISHED)

    assert (summary.documents_read, summary.stored, summary.skipped) == (5, 5, 0)
    assert_refused(summary, corpus)
    events = stored_events(db)
    assert events == sequential_events(corpus)
    assert summary.events_stored == len(events) > 0
    places = {e["location"]["name"] for e in events if e["location"]}
    assert {"Kharkiv", "Mosul", "Bakhmut"} <= places


def test_running_again_stores_nothing_twice(corpus, tmp_path):
    db = str(tmp_path / "warlog.db")
    extract_corpus([corpus], db, scheduler="synchronous", published=PUBLISHED)
    with Store(db) as store:
        before = store.counts()

    again = extract_corpus([corpus], db, scheduler="threads", partitions=2, published=PUBLISHED)

    assert (again.documents_read, again.stored, again.skipped, again.events_stored) == (5, 0, 5, 0)
    with Store(db) as store:
        assert store.counts() == before


def test_a_document_the_extractor_chokes_on_is_reported_and_the_others_stored(corpus, tmp_path, monkeypatch):
    from warlog import pipeline

    real = pipeline.extract_document

    def fragile(document):
        if "Mosul" in document.text:
            raise RuntimeError("parser crashed")
        return real(document)

    def one_by_one(documents):
        for document in documents:
            yield document, fragile(document)

    monkeypatch.setattr(pipeline, "extract_document", fragile)
    monkeypatch.setattr(pipeline, "extract_documents", one_by_one)
    db = str(tmp_path / "warlog.db")
    summary = extract_corpus([corpus], db, scheduler="synchronous", published=PUBLISHED)

    mosul = str(corpus / "iraq" / "mosul.txt")
    assert Failure(mosul, "extraction failed (RuntimeError: parser crashed)") in summary.errors
    assert (summary.documents_read, summary.stored) == (5, 4)
    with Store(db) as store:
        assert MOSUL not in {d.text.strip() for d in store.documents()}


def test_a_partition_that_fails_is_reported_input_by_input(corpus, tmp_path, monkeypatch):
    real = distributed.process_partition

    def dies_on_mosul(groups, **options):
        if any("mosul" in unit.path for group in groups for unit in group):
            raise ConnectionError("database went away")
        return real(groups, **options)

    monkeypatch.setattr(distributed, "process_partition", dies_on_mosul)
    summary = extract_corpus([corpus], str(tmp_path / "warlog.db"), scheduler="synchronous",
                             partitions=4, published=PUBLISHED)

    mosul = str(corpus / "iraq" / "mosul.txt")
    assert Failure(mosul, "not processed: ConnectionError: database went away") in summary.errors
    assert summary.stored == 4


def test_a_partition_can_store_its_own_results(corpus, tmp_path):
    # the path a PostgreSQL run takes on every worker, here against a SQLite file in one process
    db = tmp_path / "warlog.db"
    with Store(db) as store:
        url = store.url
    groups = [work_units([corpus])]
    [first] = distributed.process_partition(groups, db_url=url, stored_documents=None, published=PUBLISHED,
                                            source=None)
    [again] = distributed.process_partition(groups, db_url=url, stored_documents=None, published=PUBLISHED,
                                            source=None)
    distributed._worker_store(url).close()
    distributed._worker_store.cache_clear()

    assert (first.read, first.stored, first.extracted) == (5, 5, [])
    assert (again.stored, again.skipped) == (0, 5)
    assert stored_events(db) == sequential_events(corpus)


def test_an_empty_corpus_starts_no_cluster(tmp_path):
    summary = extract_corpus([tmp_path], str(tmp_path / "warlog.db"))
    assert (summary.documents_read, summary.stored, summary.errors) == (0, 0, [])


# --- a real cluster ---


def test_a_local_cluster_of_two_worker_processes_finds_what_one_process_finds(corpus, tmp_path):
    db = str(tmp_path / "warlog.db")
    summary = extract_corpus([corpus], db, workers=2, published=PUBLISHED)

    assert (summary.documents_read, summary.stored, summary.skipped) == (5, 5, 0)
    assert_refused(summary, corpus)
    assert stored_events(db) == sequential_events(corpus)


def test_a_running_scheduler_is_used_by_its_address(corpus, tmp_path):
    from distributed import LocalCluster

    # in-process workers (threads) keep this cheap; the client still talks to it by address
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        summary = extract_corpus([corpus], str(tmp_path / "warlog.db"), scheduler=cluster.scheduler_address,
                                 published=PUBLISHED)
    assert (summary.documents_read, summary.stored) == (5, 5)
    assert_refused(summary, corpus)


@pytest.fixture
def postgres_url():
    """A fresh schema in the test database, dropped afterwards (runs when WARLOG_TEST_POSTGRES_URL is set)."""
    url = os.environ.get("WARLOG_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("set WARLOG_TEST_POSTGRES_URL (see .ci/postgres.sh) to run against PostgreSQL")
    schema = f"warlog_distributed_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(url)
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in url else "?"
    yield f"{url}{separator}options={quote(f'-csearch_path={schema}')}"
    with admin.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


def test_with_postgresql_the_workers_write_and_a_rerun_stores_nothing(corpus, postgres_url):
    summary = extract_corpus([corpus], postgres_url, scheduler="threads", partitions=3, published=PUBLISHED)
    assert (summary.documents_read, summary.stored) == (5, 5)
    assert_refused(summary, corpus)
    assert stored_events(postgres_url) == sequential_events(corpus)

    again = extract_corpus([corpus], postgres_url, scheduler="threads", partitions=3, published=PUBLISHED)
    assert (again.stored, again.skipped, again.events_stored) == (0, 5, 0)
    distributed._worker_store(postgres_url).close()  # the "threads" workers' pool, before the schema goes
    distributed._worker_store.cache_clear()

