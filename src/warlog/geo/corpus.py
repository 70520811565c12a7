"""Corpus mode: geoparse a JSONL corpus of documents into the same JSONL form the gold files use.

Input: one JSON object per line with at least `id` and `text` (the format of the geoparsing
corpora). Output: per document `{"id", "toponyms": [{"start", "end", "name", "lat", "lon",
"geonameid"}]}`, so any scorer (warlog.geo.evaluate, shared/tools/geo_score.py) can compare.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import IO

from warlog.geo.parser import get_geoparser


def read_jsonl(path: str | os.PathLike) -> Iterator[dict]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def toponyms(text: str, ranker: str = "learned") -> list[dict]:
    """The place mentions of one text in the corpus form."""
    return [{"start": p.start, "end": p.end, "name": p.text, "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid}
            for p in get_geoparser(ranker).parse(text)]


def parse_corpus(in_path: str | os.PathLike, out_file: IO[str], ranker: str = "learned") -> int:
    """Geoparse every document of `in_path` into `out_file` (JSONL); returns the number of documents."""
    n = 0
    for doc in read_jsonl(in_path):
        out_file.write(json.dumps({"id": doc["id"], "toponyms": toponyms(doc["text"], ranker)},
                                  ensure_ascii=False) + "\n")
        n += 1
    return n
