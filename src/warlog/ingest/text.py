"""Bytes to trustworthy text: decoding fallbacks, binary sniffing, and the English check.

Decoding, in order (each fallback is there for the case named):
1. a UTF-16 byte-order mark: UTF-16 (Windows Notepad's "Unicode" save);
2. a UTF-8 byte-order mark: UTF-8-SIG (Notepad's "UTF-8 with BOM"; the BOM is not text);
3. UTF-8, strict;
4. cp1252, only when every byte decodes and non-ASCII characters stay rare (articles saved by
   Word or old Windows editors, curly quotes as 0x92). A Cyrillic or Greek 8-bit text also
   "decodes" as cp1252, into accented-letter soup; the rarity rule refuses it.
Anything else is refused as not UTF-8; a NUL byte in the first bytes (without a UTF-16 BOM) or
many control characters after decoding is refused as binary.
"""

from __future__ import annotations

import codecs
import re

from warlog.ingest.clean import config
from warlog.ingest.errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def decode(data: bytes, path: str) -> str | InputError:
    """The text of `data`, or why it is not text (kinds: empty, binary, encoding)."""
    limits = config()["limits"]
    if not data.strip():
        return InputError(path, "empty file", "empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return InputError(path, "binary or corrupt: bad UTF-16 after its byte-order mark", "binary")
    elif b"\x00" in data[: limits["sniff_bytes"]]:
        return InputError(path, "binary file (contains NUL bytes)", "binary")
    elif data.startswith(codecs.BOM_UTF8):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return InputError(path, "not valid UTF-8 after its byte-order mark", "encoding")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = _cp1252(data)
            if text is None:
                return InputError(
                    path, f"not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}) "
                    "and not plain cp1252 text", "encoding")
    if not text.strip():
        return InputError(path, "empty file", "empty")
    if len(_CONTROL.findall(text)) > limits["max_control_ratio"] * len(text):
        return InputError(path, "binary file (control characters)", "binary")
    return text


def _cp1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    visible = [c for c in text if not c.isspace()]
    non_ascii = sum(1 for c in visible if ord(c) > 127)
    if non_ascii > config()["decoding"]["cp1252_max_non_ascii_ratio"] * max(1, len(visible)):
        return None
    return text


def english_ratio(text: str) -> tuple[float, int]:
    """(share of words that are English function words, number of words)."""
    function_words = frozenset(config()["language"]["function_words"])
    words = [w.lower() for w in _WORDS.findall(text)]
    if not words:
        return 0.0, 0
    return sum(1 for w in words if w in function_words) / len(words), len(words)


def looks_english(text: str) -> bool:
    """Cheap offline check: too few English function words in a text long enough to tell."""
    cfg = config()["language"]
    ratio, n_words = english_ratio(text)
    return n_words < cfg["min_words"] or ratio >= cfg["min_function_word_ratio"]
