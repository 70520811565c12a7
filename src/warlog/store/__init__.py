"""The event database: documents and their events, queryable with plain SQL.

SQLAlchemy Core over a SQLite file by default, or PostgreSQL by URL (`postgresql+psycopg://...`).
Tables (see docs/cli.md for example queries):

- documents: one row per report (id, content_hash, text, title, published, source, url, ...)
- events: one row per event with flattened, queryable columns (type, dates, place, actors,
  casualties, status, confidence) and the full event as JSON (`event_json`), from which
  `Store.events()` rebuilds Events exactly
- claims: one row per claim (claimant, side, kind, stance, text and its span)
- places: one row per GeoNames place any event is located at (join on geonameid)
- evidence: one row per evidence span of an event (span_start, span_end, text)

Span columns are `span_start` / `span_end` because END is a reserved word in SQL.
Each document and its events are written in ONE transaction; a document already stored (same id
or same content hash) is skipped, so re-ingesting changes nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from warlog.model import Document, Event

metadata = sa.MetaData()
_JSON = sa.JSON().with_variant(JSONB(), "postgresql")

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("content_hash", sa.String, nullable=False, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("language", sa.String),
    sa.Column("path", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("n_events", sa.Integer, nullable=False),
    sa.Column("ingested_at", sa.String, nullable=False),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("document_id", sa.String, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("type", sa.String, nullable=False, index=True),
    sa.Column("subtype", sa.String, nullable=False),
    sa.Column("summary", sa.Text),
    sa.Column("date_start", sa.String, index=True),
    sa.Column("date_end", sa.String),
    sa.Column("date_precision", sa.String),
    sa.Column("place", sa.Text),
    sa.Column("geonameid", sa.Integer, index=True),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("country", sa.String, index=True),
    sa.Column("admin1", sa.Text),
    sa.Column("place_precision", sa.String),
    sa.Column("initiator", sa.Text),
    sa.Column("initiator_side", sa.String),
    sa.Column("initiator_kind", sa.String),
    sa.Column("target", sa.Text),
    sa.Column("target_side", sa.String),
    sa.Column("target_kind", sa.String),
    sa.Column("weapons", sa.Text),  # comma-separated, for LIKE '%drone%'
    sa.Column("killed_min", sa.Integer),
    sa.Column("killed_max", sa.Integer),
    sa.Column("injured_min", sa.Integer),
    sa.Column("injured_max", sa.Integer),
    sa.Column("status", sa.String, index=True),
    sa.Column("confidence", sa.Float),
    sa.Column("event_json", _JSON, nullable=False),
)

claims = sa.Table(
    "claims", metadata,
    sa.Column("event_id", sa.String, sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("claimant", sa.Text, nullable=False),
    sa.Column("side", sa.String),
    sa.Column("kind", sa.String),
    sa.Column("stance", sa.String, nullable=False, index=True),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("cue", sa.Text),
)

places = sa.Table(
    "places", metadata,
    sa.Column("geonameid", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("country", sa.String),
    sa.Column("admin1", sa.Text),
    sa.Column("precision", sa.String),
)

evidence = sa.Table(
    "evidence", metadata,
    sa.Column("event_id", sa.String, sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

TABLES = ("documents", "events", "claims", "places", "evidence")

# Store.events(**filters): filter name -> events column, compared for equality.
_EQUAL_FILTERS = {
    "type": events.c.type, "subtype": events.c.subtype, "document": events.c.document_id,
    "country": events.c.country, "status": events.c.status, "geonameid": events.c.geonameid,
    "initiator_side": events.c.initiator_side, "target_side": events.c.target_side,
}


def content_hash(text: str) -> str:
    """The hash that says two documents are the same report (Document.content_id without prefix)."""
    return Document.content_id(text).removeprefix("doc_")


def database_url(url_or_path: str | os.PathLike) -> str:
    """A SQLAlchemy URL: URLs pass through, anything else is a SQLite file path."""
    text = os.fspath(url_or_path)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser())


class Store:
    """Documents and events in a SQL database (SQLite file path or SQLAlchemy URL)."""

    def __init__(self, url_or_path: str | os.PathLike = "warlog.db") -> None:
        self.url = database_url(url_or_path)
        self.engine = sa.create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_foreign_keys)
        metadata.create_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def has(self, document: Document) -> bool:
        with self.engine.connect() as conn:
            return self._has(conn, document)

    def _has(self, conn: sa.Connection, document: Document) -> bool:
        query = sa.select(documents.c.id).where(
            sa.or_(documents.c.id == document.id, documents.c.content_hash == content_hash(document.text)))
        return conn.execute(query.limit(1)).first() is not None

    def save(self, document: Document, events_: Iterable[Event]) -> bool:
        """Store a document and its events in one transaction; False when it is already stored."""
        events_ = list(events_)
        with self.engine.begin() as conn:
            if self._has(conn, document):
                return False
            conn.execute(documents.insert().values(
                id=document.id, content_hash=content_hash(document.text), title=document.title,
                published=document.published, source=document.source, url=document.url,
                language=document.language, path=document.path, text=document.text,
                n_events=len(events_), ingested_at=datetime.now(UTC).isoformat(timespec="microseconds"),
            ))
            for event in events_:
                self._insert_event(conn, document, event)
        return True

    def _insert_event(self, conn: sa.Connection, document: Document, event: Event) -> None:
        loc, date, cas = event.location, event.date, event.casualties
        conn.execute(events.insert().values(
            id=event.id, document_id=document.id, type=event.type, subtype=event.subtype,
            summary=event.summary,
            date_start=date.start if date else None, date_end=date.end if date else None,
            date_precision=date.precision if date else None,
            place=loc.name if loc else None, geonameid=loc.geonameid if loc else None,
            lat=loc.lat if loc else None, lon=loc.lon if loc else None,
            country=loc.country if loc else None, admin1=loc.admin1 if loc else None,
            place_precision=loc.precision if loc else None,
            **_actor_columns("initiator", event.initiator), **_actor_columns("target", event.target),
            weapons=", ".join(event.weapons) or None,
            killed_min=cas.killed.min if cas.killed else None, killed_max=cas.killed.max if cas.killed else None,
            injured_min=cas.injured.min if cas.injured else None,
            injured_max=cas.injured.max if cas.injured else None,
            status=event.status, confidence=event.confidence,
            event_json=event.model_dump(mode="json"),
        ))
        if event.claims:
            conn.execute(claims.insert(), [
                dict(event_id=event.id, seq=i, claimant=c.claimant, side=c.side, kind=c.kind, stance=c.stance,
                     span_start=c.span[0], span_end=c.span[1], text=c.text, cue=c.cue)
                for i, c in enumerate(event.claims)
            ])
        if event.evidence:
            conn.execute(evidence.insert(), [
                dict(event_id=event.id, seq=i, span_start=s, span_end=e, text=document.text[s:e])
                for i, (s, e) in enumerate(event.evidence)
            ])
        if loc is not None and loc.geonameid is not None:
            known = conn.execute(sa.select(places.c.geonameid).where(places.c.geonameid == loc.geonameid))
            if known.first() is None:
                conn.execute(places.insert().values(
                    geonameid=loc.geonameid, name=loc.name, lat=loc.lat, lon=loc.lon, country=loc.country,
                    admin1=loc.admin1, precision=loc.precision))

    def events(self, since: str | None = None, until: str | None = None, **filters: object) -> list[Event]:
        """Stored events, by document then id; filters: type, subtype, document, country, status,
        geonameid, initiator_side, target_side (equality), since / until (ISO date_start bounds)."""
        unknown = set(filters) - set(_EQUAL_FILTERS)
        if unknown:
            raise TypeError(f"unknown event filter(s): {', '.join(sorted(unknown))}")
        query = sa.select(events.c.event_json).order_by(events.c.document_id, events.c.date_start, events.c.id)
        for name, value in filters.items():
            if value is not None:
                query = query.where(_EQUAL_FILTERS[name] == value)
        if since:
            query = query.where(events.c.date_start >= since)
        if until:
            query = query.where(events.c.date_start <= until)
        with self.engine.connect() as conn:
            return [Event.model_validate(_loaded(row[0])) for row in conn.execute(query)]

    def documents(self) -> list[Document]:
        """Stored documents in the order they were ingested."""
        cols = [documents.c[name] for name in ("id", "text", "title", "published", "source", "url",
                                                "language", "path")]
        query = sa.select(*cols).order_by(documents.c.ingested_at, documents.c.id)
        with self.engine.connect() as conn:
            return [Document(**row._mapping) for row in conn.execute(query)]

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        with self.engine.connect() as conn:
            return {name: conn.execute(sa.select(sa.func.count()).select_from(metadata.tables[name])).scalar_one()
                    for name in TABLES}


def _actor_columns(role: str, actor) -> dict:
    return {role: actor.name if actor else None, f"{role}_side": actor.side if actor else None,
            f"{role}_kind": actor.kind if actor else None}


def _loaded(value):
    # SQLite hands JSON back parsed; some drivers return the string
    return json.loads(value) if isinstance(value, str) else value


def _sqlite_foreign_keys(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()
