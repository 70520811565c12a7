"""The Store: one transaction per document, idempotent re-ingest, exact round-trip, plain SQL."""

import os

import pytest
import sqlalchemy as sa
from sample_events import TEXT, make_event

from warlog.model import Document
from warlog.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "warlog.db") as s:
        yield s


def test_saving_a_new_document_returns_true_and_stores_its_rows(store, document):
    assert store.save(document, [make_event(document)]) is True
    assert store.counts() == {"documents": 1, "events": 1, "claims": 2, "places": 1, "evidence": 2}


def test_saving_the_same_document_again_changes_nothing(store, document):
    store.save(document, [make_event(document)])
    before = store.counts()
    assert store.save(document, [make_event(document, id="ev_other")]) is False
    assert store.counts() == before


def test_the_same_text_under_another_id_is_the_same_document(store, document):
    store.save(document, [make_event(document)])
    again = document.model_copy(update={"id": "given-id"})
    assert store.save(again, [make_event(again, id="ev_2")]) is False


def test_a_failure_mid_save_leaves_nothing_of_that_document(store, document):
    duplicate_ids = [make_event(document, id="ev_same"), make_event(document, id="ev_same")]
    with pytest.raises(sa.exc.IntegrityError):
        store.save(document, duplicate_ids)
    assert store.counts() == {"documents": 0, "events": 0, "claims": 0, "places": 0, "evidence": 0}


def test_an_event_round_trips_exactly(store, document):
    event = make_event(document)
    store.save(document, [event])
    assert store.events() == [event]


def test_a_document_round_trips(store, document):
    store.save(document, [])
    assert store.documents() == [document]


def test_events_are_filtered_by_type_country_and_date(store, document):
    other = Document(id="doc_other", text=TEXT + " More.")
    store.save(document, [make_event(document)])
    store.save(other, [make_event(other, id="ev_2", type="Battles", subtype="Armed clash",
                                  date=None, location=None)])
    assert [e.id for e in store.events(type="Battles")] == ["ev_2"]
    assert [e.id for e in store.events(country="RU")] == ["ev_1"]
    assert [e.id for e in store.events(since="2023-07-28", until="2023-07-28")] == ["ev_1"]


def test_an_unknown_filter_is_an_error(store):
    with pytest.raises(TypeError, match="colour"):
        store.events(colour="red")


def test_evidence_rows_hold_the_words_of_their_span(store, document):
    store.save(document, [make_event(document)])
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT span_start, span_end, text FROM evidence ORDER BY seq")).all()
    assert [text for _, _, text in rows] == [document.text[s:e] for s, e, _ in rows]
    assert rows[0].text.startswith("Russia's defence ministry said")


def test_claims_and_flattened_event_columns_answer_plain_sql(store, document):
    store.save(document, [make_event(document)])
    with store.engine.connect() as conn:
        row = conn.execute(sa.text(
            "SELECT e.place, e.injured_max, e.initiator_side, c.claimant FROM events e "
            "JOIN claims c ON c.event_id = e.id WHERE c.stance = 'disputes'")).one()
    assert tuple(row) == ("Taganrog", 20, "UA", "Kyiv")


def test_two_events_at_one_place_share_its_places_row(store, document):
    other = Document(id="doc_other", text=TEXT + " Again.")
    store.save(document, [make_event(document)])
    store.save(other, [make_event(other, id="ev_2")])
    assert store.counts()["places"] == 1


@pytest.mark.skipif(not os.environ.get("WARLOG_TEST_POSTGRES_URL"),
                    reason="set WARLOG_TEST_POSTGRES_URL (see .ci/postgres.sh) to run against PostgreSQL")
def test_postgresql_stores_idempotently_and_round_trips(document):
    with Store(os.environ["WARLOG_TEST_POSTGRES_URL"]) as pg:
        with pg.engine.begin() as conn:  # a clean slate in the test database
            for table in ("evidence", "claims", "events", "places", "documents"):
                conn.execute(sa.text(f"DELETE FROM {table}"))
        event = make_event(document)
        assert pg.save(document, [event]) is True
        assert pg.save(document, [event]) is False
        assert pg.events(country="RU") == [event]
        with pytest.raises(sa.exc.IntegrityError):
            other = Document(id="doc_other", text=TEXT + " More.")
            pg.save(other, [make_event(other, id="ev_x"), make_event(other, id="ev_x")])
        assert pg.counts()["documents"] == 1
