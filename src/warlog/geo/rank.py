"""Scoring: is a name a place (recognition evidence), and which place is it (candidate ranking).

Every candidate gets the same explainable features (FEATURES); a ranker is a weight per feature.
The hand weights below are the fallback; `data/geo/ranker.json` holds weights learned by logistic
regression on the development split of the geoparsing corpora (warlog.geo.train), used when present.
The "population" ranker is the published baseline: the most populous candidate.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from importlib import resources

import numpy as np

from warlog.geo.gazetteer import MAIN, Place
from warlog.geo.geometry import haversine_km

# --- recognition --------------------------------------------------------------------------------

RECOGNITION_THRESHOLD = 2.0


def recognition_evidence(*, pop: int, big_kind: bool, main: bool, prep: bool, designator: bool,
                         comma_place: bool, common: bool, sentence_initial: bool, titled: bool,
                         cap_neighbour: bool, ent: str | None, multiword: bool, locative: bool = False,
                         dateline: bool = False) -> float:
    """How much the words around a capitalised gazetteer name say it is a place (threshold 2.0)."""
    if titled:
        return 0.0  # "President Kim", "Sen. Warner"
    e = 0.3 * math.log10(1 + pop)
    e += 2.0 if big_kind else 0.0
    e += 0.8 if main else 0.0
    e += 1.0 if prep else 0.0
    e += 1.5 if designator else 0.0
    e += 1.5 if comma_place else 0.0
    e += 0.5 if multiword else 0.0
    e += 2.0 if dateline else 0.0  # "KYIV, Ukraine (AP) —": the place the report was filed from
    if common:
        # capitalised mid-sentence right after "in"/"near" ("in Oxford", "near Savannah"), the word
        # is a name (not after "of": "Chamber of Commerce", "Department of Justice")
        e -= 2.5 if sentence_initial else (1.0 if locative else 1.5)
    if cap_neighbour:
        e -= 1.5 if not big_kind else 0.5  # "Kim Jong Un", "Oleksiy Danilov": part of a longer name
    if ent in ("GPE", "LOC", "FAC"):
        e += 1.5
    elif ent == "PERSON+":
        e -= 3.0  # a several-word person name: "Chiquita Raquel Henry"
    elif ent == "ORG+" and not big_kind:
        e -= 1.5  # part of an organisation's name: "Un Security Council", "Dayton Daily News"
    elif ent in ("PERSON", "NORP"):
        e -= 0.5  # one word: en_core_web_sm calls Azov a PERSON, so only a nudge
    return e


# --- ranking ------------------------------------------------------------------------------------

FEATURES = (
    "log_population", "country", "admin1", "admin2", "continent", "main_name", "capital",
    "designator_division", "designator_city", "settlement_city", "settlement_other",
    "country_in_document", "country_in_sentence", "country_in_phrase", "division_in_document",
    "division_in_sentence", "in_container", "near_other_places", "division_named_after_city",
    "same_name_elsewhere", "top_country", "admin1_share", "coherence", "admin1_support", "neighbours",
    "alias_of_other",
)

HAND_WEIGHTS = {
    "log_population": 2.5, "country": 2.5, "admin1": 1.5, "admin2": -0.8, "continent": 2.0,
    "main_name": 1.0, "capital": 1.0, "designator_division": 3.0, "designator_city": -2.0,
    "settlement_city": 1.5, "settlement_other": -1.5, "country_in_document": 2.0,
    "country_in_sentence": 1.0, "country_in_phrase": 3.0, "division_in_document": 1.5,
    "division_in_sentence": 1.0, "in_container": 5.0, "near_other_places": 1.5,
    "division_named_after_city": -2.0, "same_name_elsewhere": 2.0, "top_country": 1.0, "admin1_share": 1.5,
    "coherence": 2.0, "admin1_support": 1.5, "neighbours": 2.0, "alias_of_other": -1.5,
}

COHERENCE_KM = 50.0  # the distance at which another name's candidate counts for e^-1 of its weight
_LOCAL = ("city", "admin2")


class DocumentContext:
    """What the rest of the document says about where it is."""

    def __init__(self, mentions, doc_countries: Counter, sent_countries: dict, previous):
        self.countries: Counter = Counter(doc_countries)
        self.sent_countries: dict[int, Counter] = {k: Counter(v) for k, v in sent_countries.items()}
        self.divisions: Counter = Counter()
        self.sent_divisions: dict[int, Counter] = {}
        self.points: list[tuple[str, int, float, float]] = []
        self.by_key: dict[str, list[tuple[int, Place]]] = {}  # other mentions of a name: where they went
        # what each name itself added: a name does not vouch for itself ("Mansfield" five times is
        # not five votes for England), so features subtract it
        self.key_countries: dict[str, Counter] = {}
        self.areas: Counter = Counter()  # first-level division of every place resolved (second pass)
        self.key_areas: dict[str, Counter] = {}
        for idx, m in enumerate(mentions):
            if previous is not None:
                p = previous[idx]
                if p is None:
                    continue
                picks = [(p, 1.0)]
                self.by_key.setdefault(m.key, []).append((idx, p))
            else:
                # first pass: names that can only be a country or a division count in full; others split
                strong = [c for c in m.candidates if c.kind in ("country", "admin1")]
                picks = [(c, 1.0 / len(strong)) for c in strong] if strong and len(strong) <= 2 else []
            for p, w in picks:
                if p.country:
                    self.countries[p.country] += w
                    self.key_countries.setdefault(m.key, Counter())[p.country] += w
                if previous is not None and p.admin1_code and p.kind in ("city", "admin2", "admin1"):
                    self.areas[p.admin1_code] += w
                    self.key_areas.setdefault(m.key, Counter())[p.admin1_code] += w
                    self.sent_countries.setdefault(m.sentence, Counter())[p.country] += w
                if p.kind == "admin1" and p.admin1_code:
                    self.divisions[p.admin1_code] += w
                    self.sent_divisions.setdefault(m.sentence, Counter())[p.admin1_code] += w
                if previous is not None and p.lat is not None and p.kind in ("city", "admin2", "admin1"):
                    self.points.append((m.key, p.geonameid, p.lat, p.lon))
            if m.country_hint:
                self.countries[m.country_hint] += 1
                self.sent_countries.setdefault(m.sentence, Counter())[m.country_hint] += 1
        self.total = sum(self.countries.values()) or 1.0
        self.areas_total = sum(self.areas.values())
        self._others: dict[str, tuple[Counter, float, str | None]] = {}
        self._support(mentions)

    def _support(self, mentions) -> None:
        """Joint resolution, softly: how much each candidate is backed by the candidates of the
        document's other names, each weighted by how likely the last pass found it (all alike before
        the first). "coherence": their weight near it (e^(-d / 50 km)), summed and squashed to 0..1
        (1 - e^-sum); "admin1_support": their weight in its first-level division, as a share of the
        other names. So a namesake in the state the whole article is about wins even when the first
        pass put every name elsewhere. A place does not back itself under another name ("Henry" and
        "Henry County")."""
        keys: dict[str, list] = {}
        for m in mentions:
            probs = m.probs
            got = keys.setdefault(m.key, [m.candidates, Counter(), 0])
            if probs is not None:
                for p, w in zip(m.candidates, probs, strict=True):
                    got[1][p.geonameid] += w
                got[2] += 1
        self.coherence: dict[tuple[str, int], float] = {}
        self.a1_support: dict[tuple[str, int], float] = {}
        self.neighbours: dict[tuple[str, int], float] = {}
        if len(keys) < 2:
            return
        rows = []  # (key index, geonameid, admin1_code, lat, lon, weight, local)
        names = list(keys)
        for ki, k in enumerate(names):
            cands, acc, n = keys[k]
            uniform = 1.0 / len(cands) if cands else 0.0
            for p in cands:
                w = acc[p.geonameid] / n if n else uniform
                if p.kind in ("city", "admin2", "admin1"):
                    rows.append((ki, p.geonameid, p.admin1_code, p.lat, p.lon, w, p.kind in _LOCAL and p.lat is not None))
        if not rows:
            return
        others = len(names) - 1
        key_idx = np.array([r[0] for r in rows])
        weight = np.array([r[5] for r in rows])
        local = np.array([r[6] for r in rows])
        lat = np.radians(np.array([r[3] if r[6] else 0.0 for r in rows]))
        lon = np.radians(np.array([r[4] if r[6] else 0.0 for r in rows]))
        li = np.flatnonzero(local)
        if len(li):
            la, lo = lat[li], lon[li]
            a = np.sin((la[:, None] - la[None, :]) / 2) ** 2 + np.cos(la)[:, None] * np.cos(la)[None, :] * \
                np.sin((lo[:, None] - lo[None, :]) / 2) ** 2
            d = 2 * 6371.0088 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
            kern = np.exp(-d / COHERENCE_KM)
            gid = np.array([rows[i][1] for i in li])
            # not the name's own other candidates, and not the same place under another name ("Henry"
            # of "Henry County" and "Henry County" do not vouch for each other)
            kern[(key_idx[li][:, None] == key_idx[li][None, :]) | (gid[:, None] == gid[None, :])] = 0.0
            coh = kern @ weight[li]
            coh = 1.0 - np.exp(-coh)
            # "neighbours": the same kernel, but each other name counts by its nearest reading, however
            # unlikely the last pass found it: Athens and Henderson County that can both be in East
            # Texas back each other from the start, whichever namesakes population put first
            # (rows are grouped by name, so each name's columns are one run)
            ki = key_idx[li]
            starts = np.flatnonzero(np.r_[True, ki[1:] != ki[:-1]])
            best = np.maximum.reduceat(kern, starts, axis=1).sum(axis=1)
            nb = 1.0 - np.exp(-best)
            for i, c, b in zip(li, coh, nb, strict=True):
                self.coherence[(names[rows[i][0]], rows[i][1])] = float(c)
                self.neighbours[(names[rows[i][0]], rows[i][1])] = float(b)
        by_a1: dict[str, Counter] = {}
        same: Counter = Counter()  # weight a place gets from every name that can be it
        for r in rows:
            if r[2]:
                by_a1.setdefault(r[2], Counter())[r[0]] += r[5]
                same[r[1]] += r[5]
        for r in rows:
            if r[2]:
                c = by_a1[r[2]]
                backing = sum(c.values()) - c.get(r[0], 0.0) - (same[r[1]] - r[5])
                self.a1_support[(names[r[0]], r[1])] = max(0.0, backing) / others

    def others(self, key: str) -> tuple[Counter, float, str | None]:
        """The countries the document names apart from `key`'s own mentions, their total and the
        most named of them (None on a tie)."""
        got = self._others.get(key)
        if got is None:
            c = self.countries - self.key_countries.get(key, Counter())
            ranked = c.most_common(2)
            top = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
            got = self._others[key] = (c, sum(c.values()) or 1.0, top)
        return got

    def area_share(self, key: str, admin1_code: str | None) -> float:
        """The share of the document's other resolved places that lie in this first-level division."""
        if not admin1_code or not self.areas_total:
            return 0.0
        own = self.key_areas.get(key, Counter())
        total = self.areas_total - sum(own.values())
        if total <= 0:
            return 0.0
        return (self.areas.get(admin1_code, 0.0) - own.get(admin1_code, 0.0)) / total


def features(m, idx: int, p: Place, flags: int, ctx: DocumentContext, container: Place | None) -> list[float]:
    kind = p.kind
    namesake = kind in ("admin1", "admin2") and any(
        c.kind == "city" and c.admin1_code == p.admin1_code for c in m.candidates)
    elsewhere = any(i != idx and (q.geonameid == p.geonameid or (q.kind == "admin1" and q.admin1_code == p.admin1_code
                                                                  and kind != "admin1"))
                    for i, q in ctx.by_key.get(m.key, ()))
    countries, total, top = ctx.others(m.key)
    sc = ctx.sent_countries.get(m.sentence, Counter())
    sd = ctx.sent_divisions.get(m.sentence, Counter())
    near = 0.0
    if ctx.points and p.lat is not None and kind in ("city", "admin2", "admin1"):
        d = min((haversine_km(p.lat, p.lon, la, lo) for k, g, la, lo in ctx.points
                 if k != m.key and g != p.geonameid), default=None)
        if d is not None:
            near = max(0.0, 1.0 - d / 1000.0)
    inside = 0.0
    if container is not None:
        if container.kind == "country":
            inside = float(p.country == container.country)
        elif container.kind == "admin1":
            inside = float(p.admin1_code == container.admin1_code and p.geonameid != container.geonameid)
        elif container.kind == "admin2":
            inside = float(p.admin1_code == container.admin1_code)
    return [
        math.log10(1 + p.population) / 7.0,
        float(kind == "country"), float(kind == "admin1"), float(kind == "admin2"), float(kind == "continent"),
        float(bool(flags & MAIN)), float(p.feature == "PPLC"),
        float(bool(m.designator) and kind in ("admin1", "admin2")),
        float(bool(m.designator) and kind == "city"),
        float(m.settlement and kind == "city"), float(m.settlement and kind != "city"),
        countries.get(p.country, 0.0) / total if p.country else 0.0,
        float(sc.get(p.country, 0.0) > 0) if p.country else 0.0,
        float(m.country_hint is not None and m.country_hint == p.country),
        float(ctx.divisions.get(p.admin1_code, 0.0) > 0 and kind != "admin1"),
        float(sd.get(p.admin1_code, 0.0) > 0 and kind != "admin1"),
        inside, near, float(namesake and not m.designator), float(elsewhere),
        float(top is not None and p.country == top), ctx.area_share(m.key, p.admin1_code),
        ctx.coherence.get((m.key, p.geonameid), 0.0), ctx.a1_support.get((m.key, p.geonameid), 0.0),
        ctx.neighbours.get((m.key, p.geonameid), 0.0),
        # a former or alternate name ("Berea" for Aleppo, "Washington" for Piqua) while another
        # candidate bears the name as its own: the name's own bearer is meant far more often
        float(not flags & MAIN and any(f & MAIN for _, f in m.entries)),
    ]


class LinearRanker:
    def __init__(self, name: str, weights: dict[str, float], bias: float = 0.0):
        self.name = name
        self.w = [weights.get(f, 0.0) for f in FEATURES]
        self.bias = bias

    def score(self, f: list[float]) -> float:
        return self.bias + sum(a * b for a, b in zip(self.w, f, strict=True))

    def rank_document(self, mentions, doc_countries, sent_countries, previous):
        ctx = DocumentContext(mentions, doc_countries, sent_countries, previous)
        chosen: list[Place | None] = []
        for idx, m in enumerate(mentions):
            container = mentions[m.container].choice if m.container is not None else None
            flags = dict(m.entries)
            best, best_s, second = None, -1e9, -1e9
            scores = []
            for p in m.candidates:
                s = self.score(features(m, idx, p, flags.get(p.geonameid, 0), ctx, container))
                scores.append(s)
                if s > best_s:
                    best, best_s, second = p, s, best_s
                elif s > second:
                    second = s
            ex = [math.exp(s - best_s) for s in scores]
            total = sum(ex)
            m.choice = best
            m.probs = [e / total for e in ex]
            margin = best_s - second if second > -1e9 else 5.0
            m.score = 1.0 / (1.0 + math.exp(-margin))
            chosen.append(best)
        return chosen


class PopulationRanker:
    """Baseline: the most populous of the name's candidates (countries and divisions included)."""

    name = "population"

    def rank_document(self, mentions, doc_countries, sent_countries, previous):
        chosen = []
        for m in mentions:
            m.choice = max(m.candidates, key=lambda p: p.population)
            m.score = 0.5
            chosen.append(m.choice)
        return chosen


@functools.lru_cache(maxsize=1)
def learned_weights() -> dict | None:
    """The shipped learned weights, or None when no model file is installed."""
    f = resources.files("warlog") / "data" / "geo" / "ranker.json"
    if not f.is_file():
        return None
    return json.loads(f.read_text("utf-8"))


def get_ranker(name: str):
    if name == "population":
        return PopulationRanker()
    if name == "learned":
        model = learned_weights()
        if model is not None:
            return LinearRanker("learned", model["weights"], model.get("bias", 0.0))
        name = "hand"  # no model file: the hand weights are the fallback
    if name == "hand":
        return LinearRanker("hand", HAND_WEIGHTS)
    raise ValueError(f"unknown ranker {name!r}: learned, hand or population")
