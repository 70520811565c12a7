"""Numbers as reports write them: digits ("1,200"), words ("twenty-three", "a dozen", "two hundred
and fifty") and vague multiples ("dozens", "hundreds").

Shared by the time tagger ("three months ago") and the casualty counter ("killing at least 12").
English numerals are a closed class of the language, so their table lives here, not in a data file.

`NUMBER` is a regex fragment (no groups) matching one number expression; `parse_number` turns the
matched text into an int. `VAGUE` matches a vague multiple; `vague_minimum` gives its lower bound.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}

# Vague multiples read as "at least two of the unit": "dozens" is at least 24, "hundreds" at least 200.
# The convention is the plural's own meaning (more than one dozen), so it never overstates a toll.
VAGUE_MINIMUM = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20_000,
    "hundreds of thousands": 200_000, "millions": 2_000_000,
}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen"], key=len, reverse=True))
# digits: "12", "1,200", "1.5 million"; never part of "F-16", "12-story", "1,000-kilometer", "18th"
_DIGITS = (
    r"(?<![\w.,\-/])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+\s+(?:million|thousand))?"
    r"(?:\s+(?:hundred|thousand|million))?(?![\w\-/]|[.,]\d)"
)
_WORDS = (
    rf"(?<![\w\-])(?:an?\s+(?=(?:dozen|hundred|thousand|million)\b))?(?:{_WORD})"
    rf"(?:(?:\s+and\s+|[\s\-]+)(?:{_WORD}))*(?![\w\-])"
)
NUMBER = rf"(?:{_DIGITS}|{_WORDS})"
VAGUE = r"(?:(?:tens|hundreds)\s+of\s+thousands|dozens|scores|hundreds|thousands|millions)(?![\w\-])"

_NUMBER_RE = re.compile(rf"^{NUMBER}$", re.IGNORECASE)
_TOKEN_RE = re.compile(r"[a-z]+")


def parse_number(text: str) -> int | None:
    """The value of one number expression, or None when `text` is not one.

    >>> parse_number("twenty-three"), parse_number("1,200"), parse_number("a dozen")
    (23, 1200, 12)
    """
    text = text.strip()
    if not _NUMBER_RE.match(text):
        return None
    low = text.lower().replace(",", "")
    first = low.split()[0]
    if first[0].isdigit():
        value = float(first)
        for word in low.split()[1:]:
            value *= SCALES.get(word, 1)
        return int(round(value))
    total, current = 0, 0
    for word in _TOKEN_RE.findall(low):
        if word in ("a", "an"):
            current = max(current, 1)
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = max(current, 1) * 12
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:  # thousand, million close a group: "two hundred thousand"
            total += max(current, 1) * SCALES[word]
            current = 0
    return total + current


def vague_minimum(text: str) -> int | None:
    """Lower bound of a vague multiple ("dozens" -> 24), None when `text` is not one."""
    return VAGUE_MINIMUM.get(" ".join(text.lower().split()))


def parse_ordinal(text: str) -> int | None:
    """"18th" -> 18, "third" -> 3; None otherwise."""
    low = text.strip().lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", low)
    if m:
        return int(m.group(1))
    return ORDINALS.get(low)
