"""Exports: canonical JSONL, ACLED-column CSV with ACLED's codes, GeoJSON, and the terminal table."""

import csv
import io
import json

import pytest
from rich.console import Console

from warlog.export import ACLED_COLUMNS, acled_row, print_table, to_acled_csv, to_geojson, to_jsonl
from warlog.model import Actor, Casualties, Claim, Document, Event, EventDate, Location, Range

TEXT = "Russia said it shot down a Ukrainian drone over Belgorod on Monday; Kyiv denied it."


def event(**changes) -> Event:
    fields = dict(
        id="ev_1", document="doc_1", type="Strategic developments", subtype="Disrupted weapons use",
        summary="Drone downed over Belgorod",
        date=EventDate(start="2024-03-04", end="2024-03-04", precision="day"),
        location=Location(name="Belgorod", geonameid=578072, lat=50.61074, lon=36.58015, country="RU",
                          admin1="Belgorod Oblast", precision="city"),
        initiator=Actor(name="Military Forces of Ukraine", side="UA", kind="military"),
        target=Actor(side="RU", kind="military"),
        claims=[Claim(claimant="Russian Defence Ministry", side="RU", stance="asserts", text=TEXT[:48], span=(0, 48)),
                Claim(claimant="Kyiv", side="UA", stance="denies", text=TEXT[68:], span=(68, len(TEXT)))],
        status="contested",
    )
    fields.update(changes)
    return Event(**fields)


def test_jsonl_writes_one_event_per_line_that_reads_back_as_the_event():
    out = io.StringIO()
    to_jsonl([event(), event(id="ev_2")], out)
    lines = out.getvalue().splitlines()
    assert [Event.model_validate_json(line) for line in lines] == [event(), event(id="ev_2")]
    assert json.loads(lines[0])["claims"][1]["span"] == [68, len(TEXT)]


def test_csv_has_exactly_acleds_columns():
    out = io.StringIO()
    to_acled_csv([event()], out)
    assert tuple(next(csv.reader(io.StringIO(out.getvalue())))) == ACLED_COLUMNS


def test_csv_row_uses_the_country_name_and_the_place():
    row = acled_row(event())
    assert (row["country"], row["admin1"], row["location"]) == ("Russia", "Belgorod Oblast", "Belgorod")
    assert (row["latitude"], row["longitude"]) == ("50.6107", "36.5802")


@pytest.mark.parametrize(("date", "code"), [
    (EventDate(start="2024-03-04", end="2024-03-04", precision="day"), 1),
    (EventDate(start="2024-03-01", end="2024-03-04", precision="day"), 2),
    (EventDate(start="2024-02-26", end="2024-03-03", precision="week"), 2),
    (EventDate(start="2024-03-01", end="2024-03-31", precision="month"), 3),
    (None, 3),
])
def test_time_precision_uses_acleds_codes(date, code):
    assert acled_row(event(date=date))["time_precision"] == code


@pytest.mark.parametrize(("precision", "code"), [
    ("exact", 1), ("city", 1), ("admin2", 2), ("admin1", 3), ("region", 3), ("country", 3),
])
def test_geo_precision_uses_acleds_codes(precision, code):
    location = event().location.model_copy(update={"precision": precision})
    assert acled_row(event(location=location))["geo_precision"] == code


@pytest.mark.parametrize(("type_", "subtype", "disorder"), [
    ("Battles", "Armed clash", "Political violence"),
    ("Explosions/Remote violence", "Air/drone strike", "Political violence"),
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Riots", "Mob violence", "Political violence"),
    ("Strategic developments", "Arrests", "Strategic developments"),
])
def test_disorder_type_follows_the_event_type(type_, subtype, disorder):
    assert acled_row(event(type=type_, subtype=subtype))["disorder_type"] == disorder


@pytest.mark.parametrize("subtype", ["Arms transfer", "Diplomatic visit"])
def test_extension_subtypes_export_as_strategic_developments_other(subtype):
    row = acled_row(event(subtype=subtype))
    assert (row["event_type"], row["sub_event_type"]) == ("Strategic developments", "Other")
    assert row["notes"].startswith(subtype)


@pytest.mark.parametrize(("killed", "fatalities"), [
    (Range(min=3, max=5), 5), (Range(min=12, max=None), 12), (None, 0),
])
def test_fatalities_are_killed_max_else_min_else_zero(killed, fatalities):
    assert acled_row(event(casualties=Casualties(killed=killed)))["fatalities"] == fatalities


def test_notes_carry_the_summary_and_the_claims_with_their_stances():
    notes = acled_row(event())["notes"]
    assert notes.startswith("Drone downed over Belgorod")
    assert "Russian Defence Ministry (RU) asserts; Kyiv (UA) denies" in notes


def test_csv_source_comes_from_the_events_document():
    out = io.StringIO()
    to_acled_csv([event()], out, documents=[Document(id="doc_1", text=TEXT, source="Meridian Wire")])
    assert next(csv.DictReader(io.StringIO(out.getvalue())))["source"] == "Meridian Wire"


def test_an_actor_without_a_name_is_named_from_its_kind_and_side():
    assert acled_row(event())["actor2"] == "Military (Russia)"


def test_geojson_has_one_point_per_located_event_in_lon_lat_order():
    collection = to_geojson([event(), event(id="ev_2", location=None)])
    assert collection["type"] == "FeatureCollection"
    feature, = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.58015, 50.61074]}
    assert feature["properties"]["id"] == "ev_1" and feature["properties"]["status"] == "contested"


def test_the_table_shows_place_actors_casualties_claims_and_status():
    console = Console(file=io.StringIO(), width=200)
    print_table([event(casualties=Casualties(killed=Range(min=2, max=None)))], console)
    out = console.file.getvalue()
    for words in ("2024-03-04", "Belgorod, RU", "Military Forces of Ukraine → RU", "≥2 killed",
                  "Kyiv: denies", "contested"):
        assert words in out
