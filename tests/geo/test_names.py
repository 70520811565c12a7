from warlog.geo.names import is_latin_name, norm


def test_norm_folds_apostrophes_stops_and_diacritics():
    assert norm("Artemivs'k") == norm("Artemivsk") == "artemivsk"
    assert norm("U.S.") == norm("US") == "us"
    assert norm("Dnipró") == "dnipro"


def test_only_capitalised_latin_names_are_indexed():
    assert is_latin_name("Taganrog")
    assert not is_latin_name("Таганрог")
    assert not is_latin_name("ta gan luo ge")


def test_small_word_inside_a_hyphenated_name_joins_it(geoparser):
    got = [(m.text, m.country) for m in geoparser.parse("Aid flights reached Port-au-Prince on Monday.")]
    assert got == [("Port-au-Prince", "HT")]


def test_small_word_between_capitalised_words_joins_the_name(geoparser):
    got = [(m.text, m.country) for m in geoparser.parse("The ship docked in Dar es Salaam at dawn.")]
    assert got == [("Dar es Salaam", "TZ")]
