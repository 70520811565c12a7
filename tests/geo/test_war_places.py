"""The place phrases of war reporting, on sentences written for each behaviour."""

import pytest

from warlog.geo.geometry import haversine_km

FILLER = " local officials and witnesses said."


def test_the_demonym_capital_is_the_capital_city_with_the_phrase(geoparser):
    text = "Missiles struck the Ukrainian capital overnight, officials said."
    [m] = geoparser.parse(text)
    assert (m.name, m.country, m.precision) == ("Kyiv", "UA", "city")
    assert text[m.phrase_start:m.phrase_end] == "the Ukrainian capital"


def test_a_countrys_capital_is_the_capital_city_not_the_country(geoparser):
    text = "Fighting continued in Somalia's capital on Monday."
    [m] = geoparser.parse(text)
    assert (m.name, m.country, m.precision) == ("Mogadishu", "SO", "city")
    assert text[m.phrase_start:m.phrase_end] == "Somalia's capital"


def test_the_capital_alone_is_the_capital_of_the_country_the_text_is_about(geoparser):
    text = ("Ukraine said Russian drones attacked Kharkiv. Explosions were also heard in the capital, "
            "Ukraine's air force said.")
    caps = [m for m in geoparser.parse(text) if m.text == "capital"]
    assert [(m.name, m.precision) for m in caps] == [("Kyiv", "city")]
    assert text[caps[0].phrase_start:caps[0].phrase_end] == "the capital"


def test_the_capital_is_left_alone_when_no_country_dominates(geoparser):
    text = "Officials in the capital met envoys from Russia and Ukraine."
    assert not [m for m in geoparser.parse(text) if m.text == "capital"]


def test_the_capital_named_after_the_phrase_is_that_name(geoparser):
    text = "Jets bombed the Syrian capital Damascus on Tuesday."
    [m] = geoparser.parse(text)
    assert (m.text, m.name, m.precision) == ("Damascus", "Damascus", "city")


def test_capital_punishment_is_no_place(geoparser):
    text = "Capital punishment was abolished in Ukraine, and Ukraine's courts agreed on capital cases."
    assert {m.country for m in geoparser.parse(text)} == {"UA"}
    assert all(m.precision == "country" for m in geoparser.parse(text))


@pytest.mark.parametrize("text, name, country", [
    ("A drone hit an oil depot in Russia's Krasnodar region.", "Krasnodar", "RU"),
    ("Shelling killed two in the Donetsk region.", "Donetsk", "UA"),
    ("Strikes hit Kharkiv oblast overnight.", "Kharkiv", "UA"),
    ("Airstrikes hit Idlib province in Syria.", "Idlib", "SY"),
    ("The junta bombed villages in Sagaing region, Myanmar.", "Sagaing", "MM"),
    ("Taliban fighters attacked a checkpoint in Helmand province.", "Helmand", "AF"),
    ("Russian troops shelled the Kherson Oblast.", "Kherson Oblast", "UA"),
    ("Ukrainian forces pushed into the Kursk region.", "Kursk", "RU"),
    ("Shelling hit the Belgorod region.", "Belgorod", "RU"),
])
def test_a_name_with_a_division_noun_is_the_first_level_division(geoparser, place_named, text, name, country):
    m = place_named(geoparser.parse(text), name)
    assert (m.country, m.precision) == (country, "admin1")
    phrase = text[m.phrase_start:m.phrase_end]
    assert name in phrase and phrase.split()[-1].lower() in ("region", "oblast", "province")
    assert " in " not in phrase  # the phrase is the division's words, not the clause before it


@pytest.mark.parametrize("text, name, country", [
    ("Missiles hit the city of Kharkiv.", "Kharkiv", "UA"),
    ("Missiles hit Kharkiv overnight," + FILLER, "Kharkiv", "UA"),
    ("Airstrikes hit Idlib overnight," + FILLER, "Idlib", "SY"),
    ("Israeli troops raided Jenin overnight," + FILLER, "Jenin", "PS"),
    ("Drones attacked Kursk overnight, Russian officials said.", "Kursk", "RU"),
])
def test_a_bare_name_is_the_town_not_the_division_named_after_it(geoparser, place_named, text, name, country):
    m = place_named(geoparser.parse(text), name)
    assert (m.country, m.precision) == (country, "city")


@pytest.mark.parametrize("name, country", [
    ("Hodeidah", "YE"), ("Marib", "YE"), ("Sanaa", "YE"), ("Aden", "YE"),
    ("Maarat al-Numan", "SY"), ("Deir ez-Zor", "SY"), ("Deir el-Zour", "SY"), ("Qamishli", "SY"),
    ("Jisr al-Shughur", "SY"), ("Bukamal", "SY"), ("Tal Rifaat", "SY"), ("Kobani", "SY"),
    ("Khan Younis", "PS"), ("Deir al-Balah", "PS"), ("Deir el-Balah", "PS"), ("Nuseirat", "PS"),
    ("Jabalia", "PS"), ("Beit Lahia", "PS"), ("Tulkarem", "PS"), ("Qalqilya", "PS"),
    ("Stepanakert", "AZ"), ("Mekelle", "ET"), ("Shire", "ET"), ("Wad Madani", "SD"), ("El Fasher", "SD"),
    ("Zaporizhzhia", "UA"), ("Avdiivka", "UA"), ("Kidal", "ML"), ("Timbuktu", "ML"), ("Menaka", "ML"),
    ("Bunia", "CD"), ("Rutshuru", "CD"), ("Kandahar", "AF"), ("Lashkar Gah", "AF"), ("Laukkaing", "MM"),
])
def test_war_reporting_spellings_resolve_to_the_town(geoparser, place_named, name, country):
    m = place_named(geoparser.parse(f"Fighting was reported in {name} on Monday," + FILLER), name)
    assert (m.country, m.precision) == (country, "city")


@pytest.mark.parametrize("text", [
    "Houthi forces fired missiles at ships in the Red Sea.",
    "A tanker was attacked in the Gulf of Aden.",
    "The fleet lost a ship in the Black Sea.",
    "Drones attacked ships in the Sea of Azov.",
])
def test_a_sea_is_not_the_land_named_after_it(geoparser, text):
    assert geoparser.parse(text) == []


def test_a_division_named_after_a_sea_is_still_the_division(geoparser, place_named):
    m = place_named(geoparser.parse("The Red Sea State governor said Port Sudan was calm."), "Red Sea State")
    assert (m.country, m.precision) == ("SD", "admin1")


@pytest.mark.parametrize("text, name, country", [
    ("KYIV, Ukraine (AP) — Russia launched drones overnight.", "KYIV", "UA"),
    ("GAZA CITY (Reuters) - Israeli strikes continued.", "GAZA CITY", "PS"),
    ("BEIRUT (Reuters) - Israeli strikes hit southern Lebanon.", "BEIRUT", "LB"),
])
def test_a_dateline_in_capitals_is_a_place(geoparser, place_named, text, name, country):
    assert place_named(geoparser.parse(text), name).country == country


def test_palestinian_governorates_have_their_own_points(gazetteer):
    jenin = [p for p in gazetteer.places(g for g, _ in gazetteer.lookup(["jenin governorate"])["jenin governorate"]).values()]
    hebron = [p for p in gazetteer.places(g for g, _ in gazetteer.lookup(["hebron governorate"])["hebron governorate"]).values()]
    assert jenin[0].kind == "admin2" and hebron[0].kind == "admin2"
    assert haversine_km(jenin[0].lat, jenin[0].lon, hebron[0].lat, hebron[0].lon) > 50
    assert jenin[0].admin1 == "West Bank"


def test_a_name_read_far_from_every_country_the_text_names_takes_its_reading_beside_them(geoparser):
    # "Gaza" is also a province of Mozambique; the text's Israelis put it beside Israel
    found = geoparser.parse("Israeli strikes on Gaza kill 20\nIsraeli strikes hit Gaza overnight, officials said.")
    assert {p.country for p in found} == {"PS"}


def test_a_name_in_a_named_country_keeps_its_reading(geoparser):
    found = geoparser.parse("Officials in Mozambique said floods hit Gaza province and Maputo on Monday.")
    assert "MZ" in {p.country for p in found if p.text.startswith("Gaza")}


def test_a_name_captured_or_shelled_is_a_place_whatever_the_person_label(extract):
    # through the whole pipeline: en_core_web_sm labels this Avdiivka a PERSON
    e = extract("Title\nRussian troops captured Avdiivka after months of fighting, Ukraine said.", "2024-02-18")[0]
    assert e.location.country == "UA" and e.location.precision == "city"


def test_congo_alone_is_the_democratic_republic_as_wire_copy_means_it(geoparser):
    found = geoparser.parse("Title\nM23 rebels seized a town in eastern Congo on Friday.")
    assert [p.country for p in found] == ["CD"]
