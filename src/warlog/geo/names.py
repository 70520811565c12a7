"""Name normalisation shared by the gazetteer build and the text matcher.

Both sides fold a name the same way, so "Artemivs'k", "Artemivsk" and "ARTEMIVSK" meet, and
"U.S." meets "US": transliterate to ASCII, lower-case, drop apostrophes and full stops, fold
runs of spaces. Hyphens stay ("Rostov-on-Don" is not "Rostov on Don" in GeoNames either; the
build adds the spaced form as a variant).
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

_DROP = re.compile(r"[.'’‘`ʼʹ]")
_SPACES = re.compile(r"\s+")
# Latin script with its diacritics, plus the punctuation names use; anything else (Cyrillic,
# Arabic, CJK...) is not a name an English text will contain.
_LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9 .,'’‘`ʼʹ()\-]*$")


def norm(name: str) -> str:
    """The lookup key of a name: ASCII, lower case, no apostrophes or full stops, single spaces."""
    if not name.isascii():
        name = unidecode(unicodedata.normalize("NFC", name))
    return _SPACES.sub(" ", _DROP.sub("", name.lower())).strip()


def is_latin_name(name: str) -> bool:
    """A name worth indexing: Latin script, starting with a capital letter.

    GeoNames alternate names include romanisations written in lower case ("ta gan luo ge") and
    names in other scripts; English reporting uses neither.
    """
    return bool(name) and name[0].isupper() and _LATIN_NAME.match(name) is not None
