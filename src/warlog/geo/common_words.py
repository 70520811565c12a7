"""Regenerate data/geo/common_words.txt: English words that are also GeoNames place names.

    python -m warlog.geo.common_words /usr/share/dict/words

Reads a word list (one word a line; Debian's `wamerican` package ships one), keeps the words written
in lower case (ordinary English words, not proper names) that the gazetteer knows as a place name,
and writes them to the data file the geoparser reads. A capitalised word from this list needs more
than its capital letter to count as a place ("Police said", "Mobile phones").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from warlog.geo.gazetteer import open_gazetteer

OUT = Path(__file__).resolve().parent.parent / "data" / "geo" / "common_words.txt"
HEADER = """# English words (lower case in an English dictionary, Debian's wamerican list) that are also
# GeoNames place names: capitalised at a sentence start or in a headline, they need more than
# capitalisation to count as a place ("Police said", "Mobile phones", "Reading the report").
# Regenerate with: python -m warlog.geo.common_words /usr/share/dict/words
"""


def common_place_words(word_list: Path) -> list[str]:
    words = {w.strip() for w in word_list.read_text("utf-8", errors="ignore").splitlines()}
    words = sorted(w for w in words if re.fullmatch(r"[a-z]+", w))
    found = open_gazetteer().lookup(words)
    return [w for w in words if w in found]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    OUT.write_text(HEADER + "\n".join(common_place_words(Path(sys.argv[1]))) + "\n", encoding="utf-8")
