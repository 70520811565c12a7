from warlog.geo.names import is_latin_name, norm


def test_norm_folds_apostrophes_stops_and_diacritics():
    assert norm("Artemivs'k") == norm("Artemivsk") == "artemivsk"
    assert norm("U.S.") == norm("US") == "us"
    assert norm("Dnipró") == "dnipro"


def test_only_capitalised_latin_names_are_indexed():
    assert is_latin_name("Taganrog")
    assert not is_latin_name("Таганрог")
    assert not is_latin_name("ta gan luo ge")
