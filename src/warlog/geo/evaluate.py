"""Geoparsing evaluation: toponym recognition P/R/F1 and resolution error, the standard way.

Definitions (the same as ../shared/tools/geo_score.py, which the tests check agreement with):
- recognition: exact spans (same start and end) and overlapping spans (one-to-one, greedy by overlap
  length, exact matches first);
- resolution, over recognised gold places with coordinates (overlap matching): share within
  161 km, median error, AUC of the sorted ln(1 + error) curve (Gritta et al. 2018), lower is better;
  a matched prediction without coordinates counts as the maximum error, 20,039 km;
- end to end: share of ALL gold places with coordinates that were recognised and put within 161 km.

Documents split deterministically by a hash of their id (`split_of`): "dev" (tuned on) and "test"
(held out); `split=None` scores all. `dont_care` makes gold places that an analyst would not call
places (demonyms, streets, gold without coordinates) neither gold nor false positives.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import statistics
import time

from warlog.geo.corpus import read_jsonl, toponyms
from warlog.geo.geometry import haversine_km
from warlog.geo.lexicon import context, demonyms
from warlog.geo.names import norm

MAX_ERROR_KM = 20039.0


def split_of(doc_id: str) -> str:
    """"dev" or "test", by the first byte of the id's SHA-1: half and half, the same on every machine."""
    return "dev" if hashlib.sha1(str(doc_id).encode()).digest()[0] < 128 else "test"


def auc_of_error(errors: list[float]) -> float | None:
    if not errors:
        return None
    ys = [math.log(1 + min(e, MAX_ERROR_KM)) for e in sorted(errors)]
    if len(ys) == 1:
        return ys[0] / math.log(MAX_ERROR_KM)
    area = sum((a + b) / 2 for a, b in zip(ys, ys[1:], strict=False))
    return area / ((len(ys) - 1) * math.log(MAX_ERROR_KM))


def _has_coords(t: dict) -> bool:
    return t.get("lat") is not None and t.get("lon") is not None


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _overlap_pairs(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    ranked = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            o = _overlap(g, p)
            if o:
                exact = g["start"] == p["start"] and g["end"] == p["end"]
                ranked.append((not exact, -o, abs(g["start"] - p["start"]), gi, pi))
    ranked.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, gi, pi in ranked:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


_STREET = None


def analyst_dont_care(t: dict) -> str | None:
    """Why a gold toponym is not a place an analyst needs resolved, or None: "demonym" ("American"),
    "street" ("Main Street", "Highway 19"), "no_coords" (the annotators found no point)."""
    global _STREET
    if _STREET is None:
        words = "|".join(re.escape(w) for w in sorted(context().feature_after - {"sea", "river", "lake", "bay",
                                                                                  "gulf", "island", "islands"}))
        _STREET = re.compile(rf"\b(?:{words})\.?$|^(?:interstate|highway|route|us|i)[- ]?\d", re.IGNORECASE)
    if norm(t["name"]) in demonyms():
        return "demonym"
    if _STREET.search(t["name"]):
        return "street"
    if not _has_coords(t):
        return "no_coords"
    return None


def score(gold_docs: dict, order: list[str], pred_docs: dict, tail_frac: float | None = None,
          dont_care=None) -> dict:
    """Scores of predictions against gold, both {id: {"toponyms": [...]}}; `order` is the gold file order."""
    ids = order[len(order) - round(len(order) * tail_frac):] if tail_frac else order
    n_gold = n_pred = tp_exact = tp_overlap = n_coords = e2e = 0
    errors: dict[str, list[float]] = {"exact": [], "overlap": []}
    unresolved = {"exact": 0, "overlap": 0}
    for did in ids:
        g_all = gold_docs[did]["toponyms"]
        p_all = pred_docs.get(did, {"toponyms": []})["toponyms"]
        ignored = [g for g in g_all if dont_care and dont_care(g)]
        gold = [g for g in g_all if not (dont_care and dont_care(g))]
        pred = [p for p in p_all
                if not (any(_overlap(p, d) for d in ignored) and not any(_overlap(p, g) for g in gold))]
        n_gold += len(gold)
        n_pred += len(pred)
        n_coords += sum(1 for g in gold if _has_coords(g))
        by_span = {(g["start"], g["end"]): g for g in gold}
        seen = set()
        exact_pairs = []
        for p in pred:
            k = (p["start"], p["end"])
            if k in by_span and k not in seen:
                seen.add(k)
                exact_pairs.append((by_span[k], p))
        overlap_pairs = [(gold[gi], pred[pi]) for gi, pi in _overlap_pairs(gold, pred)]
        tp_exact += len(exact_pairs)
        tp_overlap += len(overlap_pairs)
        for mode, pairs in (("exact", exact_pairs), ("overlap", overlap_pairs)):
            for g, p in pairs:
                if not _has_coords(g):
                    continue
                if _has_coords(p):
                    e = haversine_km(float(g["lat"]), float(g["lon"]), float(p["lat"]), float(p["lon"]))
                    errors[mode].append(e)
                    if mode == "overlap" and e < 161.0:
                        e2e += 1
                else:
                    unresolved[mode] += 1
                    errors[mode].append(MAX_ERROR_KM)
    out = {"docs": len(ids), "gold_toponyms": n_gold, "pred_toponyms": n_pred}
    for mode, tp in (("exact", tp_exact), ("overlap", tp_overlap)):
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        out[f"ner_{mode}"] = {"tp": tp, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
        errs = errors[mode]
        out[f"geo_{mode}"] = {
            "n": len(errs), "unresolved": unresolved[mode],
            "acc@161km": sum(1 for e in errs if e < 161.0) / len(errs) if errs else None,
            "median_km": statistics.median(errs) if errs else None, "auc": auc_of_error(errs),
        }
    out["end_to_end"] = {"gold_with_coords": n_coords, "acc@161km": e2e / n_coords if n_coords else None}
    return out


def resolution_misses(gold_docs: dict, pred_docs: dict, places) -> dict[str, int]:
    """Why recognised gold places ended beyond 161 km, counted: "same entity, other point" (the right
    country, division or continent, whose representative point the corpus puts elsewhere: GeoVirus
    uses Wikipedia's points, GeoNames others), "other place" (a namesake: the wrong one), "region
    phrase" ("southern Sudan" for gold "Sudan"). `places`: geonameid -> Place (Gazetteer.places)."""
    out: dict[str, int] = {"same entity, other point": 0, "other place": 0, "region phrase": 0}
    for did, pred in pred_docs.items():
        gold, got = gold_docs[did]["toponyms"], pred["toponyms"]
        for gi, pi in _overlap_pairs(gold, got):
            g, p = gold[gi], got[pi]
            if not _has_coords(g) or (_has_coords(p) and haversine_km(
                    float(g["lat"]), float(g["lon"]), float(p["lat"]), float(p["lon"])) < 161.0):
                continue
            if p.get("geonameid") is None:
                out["region phrase"] += 1
                continue
            place = places.get(p["geonameid"])
            area = place is not None and place.kind in ("country", "admin1", "admin2", "continent")
            same = g.get("geonameid") is not None and int(g["geonameid"]) == p["geonameid"] or \
                g.get("geonameid") is None and norm(g["name"]) == norm(p["name"])
            out["same entity, other point" if area and same else "other place"] += 1
    return out


def evaluate_corpus(gold_path: str | os.PathLike, ranker: str = "learned", tail_frac: float | None = None,
                    split: str | None = None, dont_care: bool = False) -> dict:
    """Geoparse the corpus's texts and score them against its gold toponyms.

    ranker: "learned" (weights in data/geo/ranker.json, hand weights if absent), "hand" or
    "population" (the largest-population baseline). tail_frac: score only the last fraction of the
    documents in file order. split: "dev" / "test" half (see split_of). dont_care: leave out gold
    places an analyst would not count (see analyst_dont_care).
    """
    gold_docs, order = {}, []
    for d in read_jsonl(gold_path):
        did = str(d["id"])
        if split and split_of(did) != split:
            continue
        gold_docs[did] = d
        order.append(did)
    if tail_frac:
        order = order[len(order) - round(len(order) * tail_frac):]
    t0 = time.perf_counter()
    preds = {did: {"toponyms": toponyms(gold_docs[did]["text"], ranker)} for did in order}
    seconds = time.perf_counter() - t0
    res = score(gold_docs, order, preds, dont_care=analyst_dont_care if dont_care else None)
    res.update({"corpus": os.path.basename(str(gold_path)), "ranker": ranker, "split": split or "all",
                "dont_care": dont_care, "seconds": seconds, "predictions": preds})
    return res


def format_table(results: list[dict]) -> str:
    """One line per result: recognition P/R/F1 (exact, overlap), acc@161 / median / AUC, end to end."""
    head = (f"{'corpus':<16}{'split':<6}{'ranker':<11}{'P':>6}{'R':>6}{'F1':>6}{'F1ex':>6}"
            f"{'acc161':>8}{'median':>8}{'AUC':>7}{'e2e161':>8}{'gold':>6}")
    lines = [head, "-" * len(head)]
    for r in results:
        ov, ex, geo, e2e = r["ner_overlap"], r["ner_exact"], r["geo_overlap"], r["end_to_end"]
        name = r.get("corpus", "")[:15] + ("*" if r.get("dont_care") else "")
        lines.append(
            f"{name:<16}{r.get('split', ''):<6}{r.get('ranker', ''):<11}{ov['precision']:>6.3f}{ov['recall']:>6.3f}"
            f"{ov['f1']:>6.3f}{ex['f1']:>6.3f}{_f(geo['acc@161km'], 8, 3)}{_f(geo['median_km'], 8, 1)}"
            f"{_f(geo['auc'], 7, 3)}{_f(e2e['acc@161km'], 8, 3)}{r['gold_toponyms']:>6}")
    if any(r.get("dont_care") for r in results):
        lines.append("* demonyms, streets and gold places without coordinates left out (neither gold nor errors)")
    return "\n".join(lines)


def _f(x: float | None, width: int, digits: int) -> str:
    return f"{x:>{width}.{digits}f}" if x is not None else f"{'-':>{width}}"
