import pytest

from warlog.geo.gazetteer import ensure, open_gazetteer
from warlog.geo.parser import get_geoparser


@pytest.fixture(scope="session")
def gazetteer():
    ensure()  # built once per machine (about 15 s), then opened read-only
    return open_gazetteer()


@pytest.fixture(scope="session")
def geoparser(gazetteer):
    return get_geoparser()


@pytest.fixture(scope="session")
def hand_geoparser(gazetteer):
    return get_geoparser("hand")


def _place_named(mentions, surface):
    found = [m for m in mentions if m.text == surface]
    assert found, f"no mention of {surface!r} in {[m.text for m in mentions]}"
    return found[0]


@pytest.fixture(scope="session")
def place_named():
    """The mention whose text is the given words (fails the test when there is none)."""
    return _place_named
