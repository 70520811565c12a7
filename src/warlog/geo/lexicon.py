"""The word lists the geoparser reads from `warlog/data`, loaded once per process."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from warlog.geo.names import norm


def _read(name: str) -> str:
    return (resources.files("warlog") / "data" / name).read_text("utf-8")


@dataclass(frozen=True)
class Context:
    settlement_nouns: frozenset[str]
    division_nouns: frozenset[str]
    feature_before: frozenset[str]
    feature_after: frozenset[str]
    place_prepositions: frozenset[str]
    person_titles: frozenset[str]
    directions: dict[str, tuple[int, int]]
    not_places: frozenset[str]
    person_verbs: frozenset[str]
    institution_nouns: frozenset[str]
    sentence_openers: frozenset[str]
    person_nouns_after: frozenset[str]
    place_modifiers: frozenset[str]
    locative_prepositions: frozenset[str]
    water_nouns: frozenset[str] = frozenset()
    capital_not_place: frozenset[str] = frozenset()
    war_verbs: frozenset[str] = frozenset()
    named_landforms: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def context() -> Context:
    d = tomllib.loads(_read("geo/context.toml"))
    return Context(
        frozenset(d["settlement_nouns"]), frozenset(d["division_nouns"]), frozenset(d["feature_before"]),
        frozenset(d["feature_after"]), frozenset(d["place_prepositions"]), frozenset(d["person_titles"]),
        {k: (int(v[0]), int(v[1])) for k, v in d["directions"].items()},
        frozenset(d["not_places"]), frozenset(d["person_verbs"]), frozenset(d["institution_nouns"]),
        frozenset(d.get("sentence_openers", ())), frozenset(d.get("person_nouns_after", ())),
        frozenset(d.get("place_modifiers", ())), frozenset(d.get("locative_prepositions", ())),
        frozenset(d.get("water_nouns", ())), frozenset(d.get("capital_not_place", ())),
        frozenset(d.get("war_verbs", ())), frozenset(d.get("named_landforms", ())),
    )


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    return frozenset(w for w in _read("geo/common_words.txt").split("\n") if w and not w.startswith("#"))


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Normalised demonym ("ukrainian", "ukrainians", "north korean") -> ISO2."""
    out: dict[str, str] = {}
    for line in _read("demonyms.tsv").splitlines():
        if not line or line.startswith("#") or line.startswith("iso2\t"):
            continue
        iso2, forms = line.split("\t")
        for form in forms.split("|"):
            key = norm(form)
            out.setdefault(key, iso2)
            if key.endswith(("an", "i", "ic")):
                out.setdefault(key + "s", iso2)
    return out
