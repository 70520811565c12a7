"""Throughput of the whole extraction pipeline against the bare spaCy parse of the same texts.

    python benchmarks/throughput.py [--docs 300] [--corpus PATH.jsonl ...]

Texts: report-sized news articles from the development corpora in ../shared/data/geo (real news,
many of them conflict reports), plus the seed report; `--docs` of them, cycled if fewer. Both runs
process exactly the same texts in the same process, one after the other, after a warm-up:

  baseline  spaCy's English pipeline (en_core_web_sm) over the texts, nothing else
  warlog    ingest cleaning + that parse + warlog's components + linking into events

Prints documents/s, words/s, peak RSS and the ratio warlog / baseline.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def load_texts(paths: list[Path], n: int) -> list[str]:
    texts: list[str] = []
    for path in paths:
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as f:
                texts.extend(json.loads(line)["text"] for line in f if line.strip())
        else:
            texts.append(path.read_text(encoding="utf-8"))
    texts = [t for t in texts if len(t.split()) >= 80]  # report-sized
    if not texts:
        sys.exit("benchmark: no texts found")
    return [texts[i % len(texts)] for i in range(n)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(label: str, fn, texts: list[str]) -> float:
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    fn(texts)
    seconds = time.perf_counter() - start
    print(f"{label:<10} {len(texts) / seconds:8.1f} docs/s {words / seconds:10.0f} words/s "
          f"{seconds:7.2f} s   peak RSS {peak_rss_mb():7.0f} MB")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--corpus", type=Path, nargs="*", default=[
        SHARED / "data/geo/geovirus.jsonl", SHARED / "data/geo/lgl.jsonl", SHARED / "examples/seed/article.txt",
    ])
    args = parser.parse_args()
    texts = load_texts([p for p in args.corpus if p.exists()], args.docs)

    from warlog.geo import get_geoparser
    from warlog.model import Document
    from warlog.pipeline import extract_documents, get_nlp

    t0 = time.perf_counter()
    get_geoparser()
    print(f"gazetteer + geoparser open: {time.perf_counter() - t0:.2f} s")
    get_nlp()
    nlp = get_nlp()
    warlog_pipes = [name for name in nlp.pipe_names if name.startswith("warlog_") and name != "warlog_line_breaks"]

    def baseline(batch: list[str]) -> None:
        with nlp.select_pipes(disable=[*warlog_pipes, "warlog_line_breaks"]):
            for _ in nlp.pipe(batch, batch_size=16):
                pass

    def full(batch: list[str]) -> None:
        docs = (Document(id=f"b{i}", text=t, published="2023-07-29") for i, t in enumerate(batch))
        for _ in extract_documents(docs, batch_size=16):
            pass

    # warm-up: load everything, fill caches
    baseline(texts[:5])
    full(texts[:5])
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} documents, {words} words")
    base_s = run("baseline", baseline, texts)
    full_s = run("warlog", full, texts)
    print(f"ratio warlog / bare spaCy parse: {full_s / base_s:.2f}x")


if __name__ == "__main__":
    main()
