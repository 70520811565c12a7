"""Cross-document linking: one incident told by two outlets."""

from warlog.link.across import link_events, same_incident
from warlog.model import Event, EventDate, Location


def event(doc, type_="Explosions/Remote violence", subtype="Shelling/artillery/missile attack",
          day="2024-03-11", place=("Kharkiv", 49.98, 36.25, 706483)):
    name, lat, lon, gid = place
    return Event(id=f"ev_{doc}_{day}_{name}", document=doc, type=type_, subtype=subtype, summary="s",
                 date=EventDate(start=day, end=day, precision="day"),
                 location=Location(name=name, lat=lat, lon=lon, geonameid=gid, precision="city"))


def test_same_place_and_day_in_two_documents_is_one_incident():
    assert same_incident(event("a"), event("b"))


def test_a_day_apart_is_still_one_incident():
    assert same_incident(event("a", day="2024-03-11"), event("b", day="2024-03-12"))


def test_a_week_apart_is_not():
    assert not same_incident(event("a", day="2024-03-11"), event("b", day="2024-03-18"))


def test_another_city_is_not():
    assert not same_incident(event("a"), event("b", place=("Odesa", 46.48, 30.73, 698740)))


def test_interception_and_strike_are_one_incident():
    intercept = event("b", type_="Strategic developments", subtype="Disrupted weapons use")
    assert same_incident(event("a"), intercept)


def test_two_tellings_in_one_document_are_not_linked_here():
    assert not same_incident(event("a"), event("a", day="2024-03-12"))


def test_an_event_without_a_date_is_never_linked():
    undated = event("b")
    undated.date = EventDate(precision="unknown")
    assert not same_incident(event("a"), undated)


def test_linking_records_both_directions():
    a, b = event("a"), event("b")
    assert link_events([a], [b]) == [(a.id, b.id)]
    assert a.same_as == [b.id] and b.same_as == [a.id]
