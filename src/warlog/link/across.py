"""Linking across documents: the same incident told by several outlets.

Two events of different documents are one incident when their ACLED types agree (or one is an
interception and the other the strike it disrupted), their dates overlap within a day, and their
places lie within the same-place distance (or share a GeoNames id). Events with no place or no date
are never linked: two vague tellings are not evidence of one incident. Linking is symmetric and
recorded in each event's `same_as`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from warlog.link.merge import SAME_PLACE_KM, km
from warlog.model import Event

# interceptions and the strikes they disrupted are the same incident told two ways (SPEC §2)
COMPATIBLE_TYPES = {
    frozenset({"Explosions/Remote violence", "Strategic developments"}),
}
SAME_DAY_SLACK = dt.timedelta(days=1)


def _days(event: Event) -> tuple[dt.date, dt.date] | None:
    d = event.date
    if d is None or d.start is None:
        return None
    start = dt.date.fromisoformat(d.start)
    end = dt.date.fromisoformat(d.end) if d.end else start
    return start, end


def _types_fit(a: Event, b: Event) -> bool:
    if a.type == b.type:
        return a.type != "Strategic developments" or a.subtype == b.subtype
    pair = frozenset({a.type, b.type})
    if pair in COMPATIBLE_TYPES:
        return "Disrupted weapons use" in (a.subtype, b.subtype)
    return False


def same_incident(a: Event, b: Event) -> bool:
    if a.document == b.document or not _types_fit(a, b):
        return False
    da, db = _days(a), _days(b)
    if da is None or db is None:
        return False
    if da[0] - SAME_DAY_SLACK > db[1] or db[0] - SAME_DAY_SLACK > da[1]:
        return False
    la, lb = a.location, b.location
    if la is None or lb is None or la.lat is None or lb.lat is None:
        return False
    if la.geonameid is not None and la.geonameid == lb.geonameid:
        return True
    return km(la, lb) <= SAME_PLACE_KM


def link_events(new: Iterable[Event], existing: Iterable[Event]) -> list[tuple[str, str]]:
    """Pairs (new event id, existing event id) of one incident; both events' `same_as` are updated."""
    existing = list(existing)
    pairs: list[tuple[str, str]] = []
    for event in new:
        for other in existing:
            if other.id != event.id and same_incident(event, other):
                pairs.append((event.id, other.id))
                if other.id not in event.same_as:
                    event.same_as.append(other.id)
                if event.id not in other.same_as:
                    other.same_as.append(event.id)
    return pairs
