from warlog.geo import gazetteer as gz
from warlog.geo.names import norm


def ids(gazetteer, name):
    return {gid for gid, _ in gazetteer.lookup([norm(name)]).get(norm(name), ())}


def test_info_counts_every_kind_of_place(gazetteer):
    info = gz.info()
    assert {"continent", "country", "admin1", "admin2", "city"} <= set(info["counts"])
    assert info["counts"]["city"] > 200_000
    assert info["path"].endswith(f"gazetteer-{gz.SCHEMA_VERSION}.sqlite")


def test_old_and_new_spellings_reach_the_same_place(gazetteer):
    for old, new in [("Kiev", "Kyiv"), ("Kharkov", "Kharkiv"), ("Odessa", "Odesa"),
                     ("Dnepropetrovsk", "Dnipro"), ("Artemivsk", "Bakhmut"), ("Zaporozhye", "Zaporizhzhia")]:
        assert ids(gazetteer, old) & ids(gazetteer, new), (old, new)


def test_transliteration_rule_adds_russian_form_of_ukrainian_village(gazetteer):
    assert ids(gazetteer, "Staromayorskoye") & ids(gazetteer, "Staromaiorske")


def test_division_point_is_computed_from_its_places(gazetteer):
    rostov = [p for p in gazetteer.places(ids(gazetteer, "Rostov Oblast")).values() if p.kind == "admin1"][0]
    assert 46 < rostov.lat < 50 and 38 < rostov.lon < 44


def test_region_point_lies_in_the_named_part_of_the_country(gazetteer):
    lat, lon = gazetteer.region_point("UA", -1, 1)  # south-east
    centre = gazetteer.country("UA")
    assert lat < centre.lat and lon > centre.lon


def test_abbreviations_are_flagged_to_need_a_preceding_place(gazetteer):
    flags = dict(gazetteer.lookup(["la"])["la"])
    louisiana = next(gid for gid in flags if gazetteer.place(gid).name == "Louisiana")
    assert flags[louisiana] & gz.ABBREV


def test_supplement_file_adds_its_places(tmp_path):
    row = ["99000001", "Zalissia Mala", "Zalissia Mala", "Zalissya Mala,Malaya Zalesye", "48.1", "37.2",
           "P", "PPL", "UA", "", "05", "", "", "", "120", "", "200", "Europe/Kyiv", "2024-01-01"]
    f = tmp_path / "extra.txt"
    f.write_text("\t".join(row) + "\n", encoding="utf-8")
    b = gz._Builder(lambda _msg: None)
    assert b.read_supplement(f, {}) == 1
    assert (norm("Zalissya Mala"), 99000001) in b.names
    assert b.places[99000001].population == 120


def test_every_region_of_the_regions_file_is_in_the_gazetteer_with_a_point(gazetteer):
    import tomllib
    from importlib import resources

    regions = tomllib.loads((resources.files("warlog") / "data" / "geo" / "regions.toml").read_text("utf-8"))
    for name, entry in regions["region"].items():
        from warlog.geo.names import norm

        found = gazetteer.lookup([norm(name)]).get(norm(name), ())
        places = gazetteer.places(g for g, _ in found)
        region = [p for p in places.values() if p.kind == "region"]
        assert region, name
        assert region[0].country == entry["country"] and region[0].lat is not None, name


def test_region_mention_has_region_precision_and_no_geonameid(geoparser, place_named):
    donbas = place_named(geoparser.parse("Shelling continued across the Donbas on Sunday."), "Donbas")
    assert (donbas.precision, donbas.geonameid, donbas.country) == ("region", None, "UA")
    assert 47.0 < donbas.lat < 50.0 and 36.0 < donbas.lon < 40.0


def test_a_built_gazetteer_records_the_digest_of_the_data_it_was_built_from():
    import sqlite3

    from warlog.geo.gazetteer import data_digest, ensure

    con = sqlite3.connect(f"file:{ensure()}?mode=ro", uri=True)
    stored = dict(con.execute("SELECT key, value FROM meta"))["data"]
    con.close()
    assert stored == data_digest()
