"""Geoparsing benchmark: accuracy on the held-out halves of the corpora, and speed.

    .venv/bin/python benchmarks/geoparse.py [--data ../shared/data/geo] [--split test]

Prints, per corpus (lgl.jsonl, geovirus.jsonl), the table of toponym P/R/F1, acc@161 km, median
error, AUC and end-to-end acc@161 for the learned ranker, the hand-weighted ranker and the
"largest population" baseline, on the half not tuned on (warlog.geo.evaluate.split_of); the rows
marked * leave out gold places an analyst would not count, with the counts of each kind. Then the
speed of the geoparser alone against the bare spaCy parse of the same texts, the gazetteer's open
time and the peak memory.
"""

from __future__ import annotations

import argparse
import resource
import time
from collections import Counter
from pathlib import Path

from warlog.geo.corpus import read_jsonl
from warlog.geo.evaluate import analyst_dont_care, evaluate_corpus, format_table, resolution_misses, split_of
from warlog.geo.gazetteer import Gazetteer, ensure
from warlog.geo.parser import Geoparser
from warlog.nlp import load_spacy

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "geo"


def conventions(path: Path, split: str) -> str:
    counts: Counter[str] = Counter()
    total = 0
    for d in read_jsonl(path):
        if split_of(str(d["id"])) != split:
            continue
        for t in d["toponyms"]:
            total += 1
            counts[analyst_dont_care(t) or "place"] += 1
    parts = ", ".join(f"{k} {v}" for k, v in counts.most_common())
    return f"{path.name} ({split}): {total} gold toponyms: {parts}"


def speed(paths: list[Path]) -> str:
    texts = [d["text"] for p in paths for d in read_jsonl(p)]
    t0 = time.perf_counter()
    gaz = Gazetteer(ensure())
    gaz.lookup(["kyiv"])
    open_s = time.perf_counter() - t0
    nlp = load_spacy()
    list(nlp.pipe(texts[:20]))  # warm up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    spacy_s = time.perf_counter() - t0
    parser = Geoparser(gazetteer=gaz)  # a fresh parser: no cached lookups from the accuracy runs
    t0 = time.perf_counter()
    n_places = sum(len(parser.parse(t)) for t in texts)
    geo_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_doc_places = sum(len(parser.parse(t, doc)) for t, doc in zip(texts, docs, strict=True))
    geo_doc_s = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return "\n".join([
        f"texts: {len(texts)} documents, {words:,} tokens",
        f"gazetteer open + first lookup: {open_s * 1000:.1f} ms",
        f"spaCy parse ({nlp.meta['name']}):      {spacy_s:7.2f} s  {len(texts) / spacy_s:8.1f} docs/s",
        f"geoparser, text only:        {geo_s:7.2f} s  {len(texts) / geo_s:8.1f} docs/s  "
        f"{n_places / geo_s:9.0f} places/s  = {100 * geo_s / spacy_s:.1f}% of the spaCy parse",
        f"geoparser with the spaCy Doc: {geo_doc_s:7.2f} s  {len(texts) / geo_doc_s:8.1f} docs/s  "
        f"{n_doc_places / geo_doc_s:9.0f} places/s  = {100 * geo_doc_s / spacy_s:.1f}% of the spaCy parse",
        f"peak memory (RSS): {peak_mb:.0f} MB",
    ])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="test", choices=["test", "dev", "all"])
    a = ap.parse_args()
    paths = [a.data / "lgl.jsonl", a.data / "geovirus.jsonl"]
    split = None if a.split == "all" else a.split
    ensure()
    results = []
    for p in paths:
        for dont_care in (False, True):
            for ranker in ("learned", "hand", "population"):
                results.append(evaluate_corpus(p, ranker=ranker, split=split, dont_care=dont_care))
    print(format_table(results))
    print()
    gaz = Gazetteer(ensure())
    for p, r in zip(paths, results[::6], strict=True):  # the learned ranker on all gold places
        if split:
            print(conventions(p, split))
        gold = {str(d["id"]): d for d in read_jsonl(p)}
        pred = r["predictions"]
        ids = [g for d in pred.values() for g in (t.get("geonameid") for t in d["toponyms"]) if g is not None]
        misses = resolution_misses(gold, pred, gaz.places(ids))
        print("  recognised but beyond 161 km (learned): " + ", ".join(f"{k} {v}" for k, v in misses.items()))
    print()
    print(speed(paths))


if __name__ == "__main__":
    main()
