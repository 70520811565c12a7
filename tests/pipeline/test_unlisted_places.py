"""Settlements the text names by their kind but the gazetteer lacks (warlog.extract.places)."""

from warlog.extract.places import UNLISTED

PUBLISHED = "2024-03-15"


def unlisted(parse, text):
    return [p for p in parse(text)._.places if p.feature == UNLISTED]


def test_the_village_of_a_name_the_gazetteer_lacks_is_a_place_without_coordinates(parse):
    (p,) = unlisted(parse, "Rebels shelled the village of Zorvakhi on Monday.")
    assert (p.text, p.lat, p.lon, p.geonameid, p.precision) == ("Zorvakhi", None, None, None, "city")


def test_a_plural_settlement_noun_lists_every_village(parse):
    names = [p.text for p in unlisted(parse, "Militants attacked the villages of Zorvakhi and Pelmetsi.")]
    assert names == ["Zorvakhi", "Pelmetsi"]


def test_a_described_name_takes_the_country_of_its_description(parse):
    (p,) = unlisted(parse, "Zorvakhi, a Georgian village near the border, came under fire.")
    assert (p.text, p.country) == ("Zorvakhi", "GE")


def test_who_controls_a_village_is_not_its_country(parse):
    (p,) = unlisted(parse, "The Russian-controlled village of Zorvakhi was shelled.")
    assert p.country is None


def test_the_division_it_is_told_in_gives_its_country_and_province(parse):
    (p,) = unlisted(parse, "A mine exploded in the village of Zorvakhi in the Kherson region.")
    assert p.country == "UA"


def test_a_weekday_after_the_name_is_not_part_of_it(parse):
    (p,) = unlisted(parse, "Troops entered the town of Mais al-Jabal on Tuesday.")
    assert p.text == "Mais al-Jabal"


def test_a_village_the_gazetteer_holds_is_left_to_the_geoparser(parse):
    assert unlisted(parse, "Troops entered the village of Staromaiorske.") == []


def test_two_unlisted_villages_struck_are_two_events(extract):
    text = ("Separatists attacked the village of Zorvakhi on Monday, officials said. "
            "The village of Pelmetsi came under attack on Monday, according to the interior ministry.")
    events = extract(text, PUBLISHED)
    assert sorted(e.location.name for e in events) == ["Pelmetsi", "Zorvakhi"]
    assert all(e.location.lat is None for e in events)


def test_the_village_right_before_its_name_is_a_place(parse):
    (p,) = unlisted(parse, "A mine exploded near the village Zorvakhi on Monday.")
    assert p.text == "Zorvakhi"


def test_an_introduced_village_named_again_bare_is_the_same_place(parse):
    places = unlisted(parse, "Zorvakhi Blast Kills Two. A mine exploded near the village Zorvakhi on Monday.")
    assert [p.text for p in places] == ["Zorvakhi", "Zorvakhi"]


def test_a_stated_distance_and_bearing_from_a_listed_town_gives_the_point(parse):
    (p,) = unlisted(parse, "A mine exploded near the village Zorvakhi, which is ten kilometers north of Gori.")
    gori = next(q for q in parse("Gori")._.places)
    assert abs(p.lat - gori.lat - 0.09) < 0.01 and abs(p.lon - gori.lon) < 0.01
    assert p.country == "GE"


def test_a_distance_without_a_bearing_gives_no_point(parse):
    (p,) = unlisted(parse, "A mine exploded near the village Zorvakhi, ten kilometers from Gori.")
    assert p.lat is None


def test_a_rough_long_distance_gives_no_point(parse):
    (p,) = unlisted(parse, "The bombing occurred in the town of Zorvakhi, some 160km south of Tbilisi.")
    assert p.lat is None


def test_a_container_after_a_comma_gives_the_country(parse):
    (p,) = unlisted(parse, "The bombing occurred in the town of Zorvakhi, in Matara district, on Tuesday.")
    assert p.country == "LK"


def test_an_event_at_an_unlisted_village_takes_the_point_of_the_region_named_with_it(extract):
    text = "Separatists attacked the villages of Zemo Nikozi in South Ossetia on Thursday, officials said."
    e = extract(text, "2024-03-15")[0]
    assert e.location.name.startswith("Zemo Nikozi")
    assert e.location.lat is not None and e.location.precision == "region"


def test_a_village_told_beside_a_town_takes_the_towns_point(parse):
    (p,) = unlisted(parse, "Troops entered the village of Zorvakhi, west of Bakhmut, on Monday.")
    bakhmut = next(q for q in parse("Troops entered Bakhmut.")._.places if q.text == "Bakhmut")
    assert (p.lat, p.lon, p.country) == (bakhmut.lat, bakhmut.lon, "UA")


def test_a_village_told_with_a_bare_direction_gets_no_point(parse):
    (p,) = unlisted(parse, "Troops entered the village of Zorvakhi in the west on Monday.")
    assert p.lat is None
