"""Scraped-article noise, found without touching the text.

Web copies of war reports carry promotional lines ("READ MORE: ..."), bylines, share-button bars,
photo captions and captions that repeat the lead word for word. This module finds them and
returns spans into the ORIGINAL text; nothing is deleted, so every offset the extractor reports
still indexes the document as it was read. `mask` blanks the spans with spaces (newlines kept),
giving a same-length text for stages that should not see the noise.

The patterns are data (`warlog/data/noise.toml`), each with the case that needed it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import defaultdict
from importlib import resources

from warlog.model import Span

_WORD = re.compile(r"\w+(?:[.'’-]\w+)*\.?", re.UNICODE)
# A sentence ends at . ! ? (with closing quotes/brackets) followed by whitespace.
_SENTENCE_END = re.compile(r"[.!?]+['\"’”)\]]*(?=\s)")


@functools.lru_cache(maxsize=1)
def config() -> dict:
    """The parsed noise.toml (limits, decoding, language and noise patterns)."""
    with resources.files("warlog.data").joinpath("noise.toml").open("rb") as fp:
        return tomllib.load(fp)


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[list[re.Pattern], list[re.Pattern]]:
    cfg = config()
    line = [re.compile(entry["pattern"], re.IGNORECASE) for entry in cfg["line"]]
    inline = [re.compile(entry["pattern"], re.IGNORECASE) for entry in cfg["inline"]]
    return line, inline


def line_spans(text: str) -> list[Span]:
    """Each non-blank line's content, stripped of surrounding whitespace, as a span."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        segment = match.group()
        stripped = segment.strip()
        if stripped:
            start = match.start() + (len(segment) - len(segment.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


def _is_social_line(line: str) -> bool:
    cfg = config()["social"]
    words = line.lower().replace(",", " ").split()
    return 0 < len(words) <= cfg["max_words"] and all(w in cfg["words"] for w in words)


def _is_byline(line: str) -> bool:
    cfg = config()["byline"]
    if len(line) > cfg["max_chars"] or not re.match(r"by\s", line, re.IGNORECASE) or line.endswith("."):
        return False
    words = re.findall(r"[^\W\d_][\w.'’-]*", line)[1:]  # after "By"
    names = []
    for word in words:
        if not word[0].isupper():
            break
        names.append(word)
    if not names or names[0].lower().rstrip(".") in cfg["not_names"]:
        return False
    # Everything not capitalised must be a byline's glue word ("and", "for", "published", "am").
    return all(w[0].isupper() or w.lower().rstrip(".") in cfg["lowercase_words"] for w in words)


def noise_spans(text: str) -> list[Span]:
    """Spans of promotional lines, bylines, share bars and inline captions, sorted and merged."""
    line_patterns, inline_patterns = _patterns()
    spans: list[Span] = []
    for start, end in line_spans(text):
        line = text[start:end]
        if _is_social_line(line) or _is_byline(line) or any(p.fullmatch(line) for p in line_patterns):
            spans.append((start, end))
    for pattern in inline_patterns:
        spans.extend(m.span() for m in pattern.finditer(text))
    return _merge(spans)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def sentence_spans(text: str) -> list[Span]:
    """Sentences (a line break always ends one), stripped, as spans into `text`.

    A period after an abbreviation or an initial ("Gen.", "Dec.", "U.S.", "J.") does not end a
    sentence, nor does one followed by a lowercase word ("approx. 20 km").
    """
    abbreviations = set(config()["sentences"]["abbreviations"])
    spans: list[Span] = []
    for line_start, line_end in line_spans(text):
        start = line_start
        for match in _SENTENCE_END.finditer(text, line_start, line_end):
            end = match.end()
            following = text[end:line_end].lstrip()
            if not following:
                continue
            if match.group()[0] == ".":
                word = re.search(r"[\w.]*$", text[start:match.start()]).group().lower()
                if word in abbreviations or (len(word) == 1 and word.isalpha()):
                    continue
                if following[0].islower():
                    continue
            spans.append((start, end))
            start = end + (len(text[end:line_end]) - len(following))
        if start < line_end:
            spans.append((start, line_end))
    return spans


def _shingles(sentence: str, size: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", sentence.lower())
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def duplicate_sentences(text: str) -> list[tuple[Span, Span]]:
    """Exact and near-duplicate sentences: (later duplicate, earlier original) pairs.

    A later sentence duplicates an earlier one when most of its word trigrams occur in it (a
    caption that repeats the lead, or repeats it cut short). Duplicates always point at the first
    telling, never at another duplicate.
    """
    cfg = config()["duplicates"]
    size, threshold = cfg["shingle_words"], cfg["min_containment"]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    originals: list[Span] = []
    pairs: list[tuple[Span, Span]] = []
    for span in sentence_spans(text):
        sentence = text[span[0]:span[1]]
        if len(re.findall(r"\w+", sentence)) < cfg["min_words"]:
            continue
        shingles = _shingles(sentence, size)
        shared: dict[int, int] = defaultdict(int)
        for shingle in shingles:
            for original in index.get(shingle, ()):
                shared[original] += 1
        best = max(shared, key=lambda i: (shared[i], -i), default=None)
        if best is not None and shared[best] / len(shingles) >= threshold:
            pairs.append((span, originals[best]))
            continue
        for shingle in shingles:
            index[shingle].append(len(originals))
        originals.append(span)
    return pairs


def mask(text: str, spans: list[Span]) -> str:
    """`text` with every character inside `spans` replaced by a space, newlines kept: same length."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
