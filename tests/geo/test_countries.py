from warlog.geo import country_name, country_of_name, demonym_country


def test_demonyms_and_their_plurals_give_the_country():
    assert demonym_country("Ukrainian") == "UA"
    assert demonym_country("Russians") == "RU"
    assert demonym_country("North Korean") == "KP"
    assert demonym_country("table") is None


def test_country_of_a_name_is_the_country_or_the_capital_s(gazetteer):
    assert country_of_name("Ukraine") == "UA"
    assert country_of_name("Kyiv") == "UA"
    assert country_of_name("Moscow") == "RU"
    assert country_of_name("Bakhmut") is None


def test_country_name_from_iso_code(gazetteer):
    assert country_name("UA") == "Ukraine"
    assert country_name("kp") == "North Korea"
    assert country_name("ZZ") is None
