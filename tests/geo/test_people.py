"""Person names that are also place names (sentences written for the rules)."""


def _texts(mentions):
    return [m.text for m in mentions]


def test_surname_of_a_full_name_is_a_person_throughout_the_document(geoparser):
    text = ("The talks were led by Hillary Clinton on Monday. A deal was close, and Clinton flew on "
            "to Cairo.")
    got = _texts(geoparser.parse(text))
    assert "Clinton" not in got
    assert "Cairo" in got


def test_name_before_administration_is_a_person(geoparser):
    got = _texts(geoparser.parse("Critics said the Obama administration had ignored Cairo."))
    assert "Obama" not in got


def test_name_before_family_is_a_person(geoparser):
    got = _texts(geoparser.parse("The Jones family moved to a farm near Tulsa in May."))
    assert "Jones" not in got
    assert "Tulsa" in got


def test_surname_followed_by_its_state_is_still_the_town(geoparser, place_named):
    text = "Officers spoke to Hillary Clinton about the flood. The river rose fastest at Clinton, Iowa."
    clinton = place_named(geoparser.parse(text), "Clinton")
    assert (clinton.country, clinton.admin1) == ("US", "Iowa")


def test_a_word_describing_the_place_before_it_is_not_a_first_name(geoparser, place_named):
    text = "The parade filled the streets of Historic Dublin. Hotels in Dublin were full."
    assert "Dublin" in _texts(geoparser.parse(text))


def test_capital_in_a_full_name_stays_a_place_elsewhere(geoparser):
    text = "The singer Paris Hilton arrived on Tuesday. Officials in Paris confirmed the visit."
    assert "Paris" in _texts(geoparser.parse(text))


def test_small_capital_before_said_is_a_person(geoparser):
    # Douglas is the capital of the Isle of Man, too small to speak for a government
    got = _texts(geoparser.parse('"Nobody was hurt," Douglas said after the fire in Tulsa.'))
    assert "Douglas" not in got


def test_large_capital_before_says_is_its_government(geoparser):
    assert "Tbilisi" in _texts(geoparser.parse("Tbilisi says the troops crossed the border on Monday."))
