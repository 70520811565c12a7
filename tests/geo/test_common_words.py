"""Place names that are also English words ("oxford", "savannah", "commerce")."""


def _texts(mentions):
    return [m.text for m in mentions]


def test_english_word_capitalised_after_in_is_a_place(geoparser):
    assert "Oxford" in _texts(geoparser.parse("She grew up in Oxford and later studied law."))


def test_english_word_capitalised_after_of_is_not_a_place(geoparser):
    assert "Commerce" not in _texts(geoparser.parse("He spoke to the Chamber of Commerce last week."))


def test_english_word_opening_a_sentence_is_not_a_place(geoparser):
    assert "Savannah" not in _texts(geoparser.parse("Savannah grass covered the plain near the river."))
