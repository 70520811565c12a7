"""Learn the candidate ranker's weights (data/geo/ranker.json) from geoparsing corpora.

    python -m warlog.geo.train CORPUS.jsonl [CORPUS.jsonl ...]

Uses only the "dev" half of each corpus (warlog.geo.evaluate.split_of), so the "test" half stays
held out. Every candidate of every recognised name that overlaps a gold place with coordinates is
one example: its features (warlog.geo.rank.FEATURES, computed in the ranker's second pass, with the
hand-weighted first pass as context) and whether it lies within 161 km of the gold point. A logistic
regression over those examples gives one weight per feature; the ranker then picks the candidate
with the highest score, as it does with the hand weights.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from warlog.geo import rank
from warlog.geo.corpus import read_jsonl
from warlog.geo.evaluate import split_of
from warlog.geo.geometry import haversine_km
from warlog.geo.parser import Geoparser

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "geo" / "ranker.json"


def examples(paths: list[str]) -> tuple[list[list[float]], list[int]]:
    """Pairs of candidates of one name, the right one and a wrong one: their feature difference,
    labelled 1 (and its negation, labelled 0). A logistic regression on those learns to rank a name's
    candidates against each other, which is what the ranker does, rather than to score candidates
    of different names on one scale."""
    parser = Geoparser(ranker="hand")
    xs: list[list[float]] = []
    ys: list[int] = []
    for path in paths:
        for d in read_jsonl(path):
            if split_of(str(d["id"])) != "dev":
                continue
            text = d["text"]
            mentions, toks = parser.recognise(text)
            if not mentions:
                continue
            for m in mentions:
                parser._phrase(m, toks, text)
            demonym_countries: Counter = Counter()
            sentence_countries: dict = {}
            for t in toks:
                iso = parser.demonyms.get(t.lower) if t.cap else None
                if iso:
                    demonym_countries[iso] += 1
                    sentence_countries.setdefault(t.sent, Counter())[iso] += 1
            first = parser.ranker.rank_document(mentions, demonym_countries, sentence_countries, None)
            ctx = rank.DocumentContext(mentions, demonym_countries, sentence_countries, first)
            gold = [g for g in d["toponyms"] if g.get("lat") is not None]
            for idx, m in enumerate(mentions):
                g = next((g for g in gold if g["start"] < m.end and m.start < g["end"]), None)
                if g is None:
                    continue
                container = mentions[m.container].choice if m.container is not None else None
                flags = dict(m.entries)
                cands = [p for p in m.candidates if p.lat is not None]
                errors = [haversine_km(g["lat"], g["lon"], p.lat, p.lon) for p in cands]
                fs = [rank.features(m, idx, p, flags.get(p.geonameid, 0), ctx, container) for p in cands]
                right = [_is_right(p, err, g, min(errors)) for p, err in zip(cands, errors, strict=True)]
                for fp, rp in zip(fs, right, strict=True):
                    if not rp:
                        continue
                    for fn, rn in zip(fs, right, strict=True):
                        if rn:
                            continue
                        diff = [a - b for a, b in zip(fp, fn, strict=True)]
                        xs.append(diff)
                        ys.append(1)
                        xs.append([-x for x in diff])
                        ys.append(0)
    return xs, ys


def _is_right(p, error: float, gold: dict, best_error: float) -> bool:
    """The gold's own GeoNames entry when it names one; otherwise the nearest candidate, if within
    161 km. (Not "every candidate within 161 km": a capital and the division of the same name both
    are, and the ranker must learn to tell the city from the division.)"""
    if gold.get("geonameid") is not None:
        return p.geonameid == int(gold["geonameid"])
    return error < 161.0 and error == best_error


def train(paths: list[str], out: Path = MODEL_PATH) -> dict:
    from sklearn.linear_model import LogisticRegression

    xs, ys = examples(paths)
    model = LogisticRegression(C=1.0, max_iter=2000, fit_intercept=False)
    model.fit(xs, ys)
    result = {
        "features": list(rank.FEATURES),
        "weights": {f: round(float(w), 4) for f, w in zip(rank.FEATURES, model.coef_[0], strict=True)},
        "bias": 0.0,  # pairwise: only differences between a name's candidates count
        "trained_on": [f"{Path(p).name} (dev half)" for p in paths],
        "pairs": len(ys) // 2,
    }
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    print(json.dumps(train(sys.argv[1:]), indent=1))
