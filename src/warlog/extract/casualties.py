"""Casualty counts: who was killed, injured, missing or captured, and how many, as ranges.

`find_casualties(doc)` reads a spaCy Doc's text with a few combined patterns built from
data/casualties.toml, one per construction:

- subject counts: "20 people were injured", "a child was killed", "two soldiers and a civilian
  were killed" (one mention, the sum), "more than 30 dead", "40 killed";
- object counts: "wounded nine people", "killing at least 12", "killed 5 and wounded 11" (two
  mentions), "took 20 soldiers prisoner";
- noun counts: "12 deaths", "dozens of wounded";
- tolls: "the death toll rose to 40";
- stated absences: "no casualties", "no injuries or damage", "no one was hurt" (negated, 0..0, one
  mention per category the words zero).

Ranges follow the qualifier table ("at least 12" -> 12..None, "between 10 and 15" -> 10..15);
vague multiples take twice their unit as the lower bound ("dozens" -> 24..None, see numbers.py).
A count must name people, or stand alone next to its casualty word: "two missiles", "12-story",
"F-16", "the 18th month" and "killed a plan" are not counts. `anchor` is the offset of the casualty
word, the place the events stage ties a count to its trigger.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language

import warlog.nlp  # noqa: F401  (registers the Doc extensions)
from warlog.extract import lexicon
from warlog.extract.numbers import NUMBER, VAGUE, parse_number, vague_minimum
from warlog.model import CasualtyMention

CATEGORIES = ("killed", "injured", "missing", "captured")


@dataclass(frozen=True)
class _Lexicon:
    qualifiers: dict[str, tuple[int | None, int | None]]  # offsets; None = open
    passive: dict[str, str]  # word -> category
    active: dict[str, str]
    nouns: dict[str, str]
    toll: dict[str, str]
    took_verbs: tuple[str, ...]
    took_nouns: tuple[str, ...]
    auxiliaries: tuple[str, ...]
    who: dict[str, str | None]
    neg_subjects: tuple[str, ...]
    neg_nouns: dict[str, tuple[str, ...]]
    neg_participles: dict[str, tuple[str, ...]]
    neg_companions: tuple[str, ...]
    neg_adjectives: tuple[str, ...]
    people_only: frozenset[str] = frozenset()  # cues that count only people named ("neutralised")


def _key(text: str) -> str:
    return " ".join(text.lower().split())


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = tomllib.loads(resources.files("warlog.data").joinpath("casualties.toml").read_text("utf-8"))

    def offset(v):
        return None if v == "open" else int(v)

    kinds: dict[str, dict[str, str]] = {"passive": {}, "active": {}, "nouns": {}, "toll": {}}
    for category in CATEGORIES:
        for kind, table in kinds.items():
            for word in raw["cues"][category][kind]:
                table.setdefault(_key(word), category)
    who: dict[str, str | None] = {}
    for group, words in raw["who"].items():
        for word in words:
            who[_key(word)] = None if group == "people" else group
    neg = raw["negation"]
    return _Lexicon(
        qualifiers={_key(k): (offset(lo), offset(hi)) for k, (lo, hi) in raw["qualifiers"].items()},
        passive=kinds["passive"], active=kinds["active"], nouns=kinds["nouns"], toll=kinds["toll"],
        took_verbs=tuple(raw["took_prisoner"]["verbs"]), took_nouns=tuple(raw["took_prisoner"]["nouns"]),
        auxiliaries=tuple(raw["auxiliaries"]),
        who=who,
        neg_subjects=tuple(neg["subjects"]),
        neg_nouns={_key(k): tuple(v) for k, v in neg["nouns"].items()},
        neg_participles={_key(k): tuple(v) for k, v in neg["participles"].items()},
        neg_companions=tuple(neg["companions"]),
        neg_adjectives=tuple(neg["adjectives"]),
        people_only=frozenset(_key(w) for category in CATEGORIES for w in raw["cues"][category].get("people_only", [])),
    )


PLURAL_PEOPLE = {"men", "women", "children", "people"}


def _alt(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    group: re.Pattern  # one counted group, with named parts
    count: re.Pattern  # one count (qualifier + number), with named parts
    subject: re.Pattern
    object: re.Pattern
    took: re.Pattern
    noun: re.Pattern
    toll: re.Pattern
    neg_subject: re.Pattern
    neg_noun: re.Pattern
    next_word: re.Pattern


# words that may follow a bare count in object position ("killed 5 and wounded 11", "killing 12 in
# the city"); any other lowercase word means the count was of something else ("captured two villages")
_AFTER_BARE_COUNT = (
    "and", "or", "in", "on", "at", "as", "when", "after", "while", "during", "including", "of", "with",
    "near", "inside", "outside", "across", "since", "before", "among", "from", "according", "but", "so",
    "the", "that", "who", "were", "was", "more", "others", "overall", "altogether", "there", "this",
    "last", "early", "late", "earlier", "overnight", "yesterday", "today", "according",
)


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = _lexicon()
    qual = _alt(lex.qualifiers)
    # a demonym plural names people ("killed five Ukrainians")
    person = rf"(?:{_alt(lex.who)}|[A-Z][a-z]+(?:ians|ans|ese|is))"
    stop = r"(?:were|was|are|is|been|being|be|have|has|had|and|or|but|who|that|which|in|on|at|by|of|the|to|from|with|for|as)"
    # "a 68-year-old man": an age is a filler word too
    filler = rf"(?!{stop}\b)(?:[A-Za-z][\w'’\-]*|\d+-(?:year|month)s?-old)"
    number = rf"(?:between\s+{NUMBER}\s+and\s+{NUMBER}|{NUMBER}\s*(?:-|–|to)\s*{NUMBER}|{VAGUE}(?:\s+of)?|{NUMBER})"
    count = rf"(?:(?:{qual})\s+)?{number}"
    # "killed a woman and her son": a possessive names one person too
    art = r"(?:an?|one|another|his|her)"
    # "a member of the Volunteers for the Defence of the Homeland (VDP)", "three members of the
    # militia": members are counted by the body named after them
    cap = r"(?-i:[A-Z])[\w\-]*"
    body = rf"(?:{cap}(?:\s+(?:for|of|the|and))*\s+){{0,5}}?{cap}(?:\s+\((?-i:[A-Z]{{2,}})\))?"
    member_of = (rf"(?:(?:(?<=member)|(?<=members))\s+of\s+(?:the\s+)?"
                 rf"(?:{body}|(?:{filler}\s+){{0,2}}(?-i:[a-z][\w\-]*)))?")
    group = (rf"(?:{count}(?:\s+(?:{filler}\s+){{0,2}}?(?:{person}){member_of})?(?![\w\-])"
             rf"|{art}\s+(?:{filler}\s+){{0,2}}?(?:{person}){member_of}(?![\w\-]))")
    groups = rf"{group}(?:\s*,?\s+(?:and|plus)\s+{group}|\s*,\s*{group})*"
    aux = rf"(?:(?:{_alt(lex.auxiliaries)})\s+){{0,4}}"
    pp = r"(?:\s+(?:in|on|at|from|near|inside)\s+(?:the\s+)?[\w\-]+(?:\s+[A-Z][\w\-]+)?)?"
    passive = _alt(lex.passive)
    # "At least 30 people, including children, were killed": who they were, set off by commas
    # "Four soldiers and a member of the VDP, a civilian auxiliary force, were killed": an apposition
    aside = (r"(?:\s*,\s*(?:including|among\s+(?:them|whom)|(?:most|many|some)\s+of\s+(?:them|whom)|mostly"
             r"|an?(?=\s))\b[^,.;\n]{1,60},)?")
    flags = re.IGNORECASE
    companions = _alt([*lex.neg_nouns, *lex.neg_companions])
    return _Patterns(
        group=re.compile(
            rf"(?P<count>{count}|{art})(?:\s+(?P<fill>(?:{filler}\s+){{0,2}}?)(?P<person>{person}){member_of})?"
            rf"(?![\w\-])",
            flags),
        count=re.compile(
            rf"^(?:(?P<qual>{qual})\s+)?(?:between\s+(?P<lo>{NUMBER})\s+and\s+(?P<hi>{NUMBER})"
            rf"|(?P<lo2>{NUMBER})\s*(?:-|–|to)\s*(?P<hi2>{NUMBER})|(?P<vague>{VAGUE})(?:\s+of)?"
            rf"|(?P<num>{NUMBER})|(?P<art>{art}))$", flags),
        # "Between three and nine soldiers were injured along with three bystanders": more of them
        subject=re.compile(
            rf"(?<![\w\-'’])(?P<subj>{groups}){pp}{aside}\s+(?P<aux>{aux})(?P<cue>{passive})(?![\w\-])"
            rf"(?:\s*,?\s+(?:along\s+with|together\s+with|as\s+well\s+as)\s+(?P<more>{groups})(?![\w\-]))?", flags),
        object=re.compile(
            rf"(?<![\w\-])(?P<cue>{_alt(lex.active)})\s+(?P<subj>{groups})", flags),
        took=re.compile(
            rf"(?<![\w\-])(?P<verb>{_alt(lex.took_verbs)})\s+(?P<subj>{groups})\s+(?P<cue>{_alt(lex.took_nouns)})"
            rf"(?![\w\-])", flags),
        noun=re.compile(
            rf"(?<![\w\-'’])(?P<subj>{count})\s+(?:{filler}\s+){{0,2}}?(?P<cue>{_alt(lex.nouns)})(?![\w\-])",
            flags),
        toll=re.compile(
            rf"(?<![\w\-])(?P<cue>{_alt(lex.toll)})\s+(?:[\w\-]+\s+){{0,4}}?(?:to|at|of|reached|hit|is|was)\s+"
            rf"(?P<subj>{count})(?![\w\-])", flags),
        neg_subject=re.compile(
            rf"(?<![\w\-])(?P<neg>{_alt(lex.neg_subjects)}|no\s+(?P<person>{person}))\s+"
            rf"(?:of\s+(?:them|those|the)\s+(?:[\w\-]+\s+)?)?(?P<aux>{aux})"
            rf"(?P<cue>{passive})(?P<more>(?:\s*(?:,|or|and|nor)\s+(?:{passive}))*)(?![\w\-])", flags),
        neg_noun=re.compile(
            rf"(?<![\w\-])(?:no|without(?:\s+any)?|zero)\s+(?:(?:{_alt(lex.neg_adjectives)})\s+)?"
            rf"(?P<cue>{companions})(?P<more>(?:\s*(?:,|or|and|nor)\s+(?:{companions}))*)(?![\w\-])", flags),
        next_word=re.compile(r"\s*(\w[\w\-]*)"),
    )


# ----------------------------------------------------------------------------- counting


def _range(count_text: str) -> tuple[int | None, int | None] | None:
    lex = _lexicon()
    m = _patterns().count.match(" ".join(count_text.split()))
    if m is None:
        return None
    if m["lo"] or m["lo2"]:
        lo, hi = parse_number(m["lo"] or m["lo2"]), parse_number(m["hi"] or m["hi2"])
        if lo is None or hi is None or hi < lo:
            return None
        return lo, hi
    if m["vague"]:
        low = vague_minimum(m["vague"])
        if m["qual"]:
            lo_off, _ = lex.qualifiers[_key(m["qual"])]
            if lo_off is None:  # "up to hundreds": no usable bound
                return None
        return low, None
    n = 1 if m["art"] else parse_number(m["num"])
    if n is None:
        return None
    if m["qual"]:
        lo_off, hi_off = lex.qualifiers[_key(m["qual"])]
        return (None if lo_off is None else n + lo_off), (None if hi_off is None else n + hi_off)
    return n, n


@dataclass(slots=True)
class _Group:
    min: int | None
    max: int | None
    who: str | None
    has_person: bool
    end: int  # offset just after the group, relative to the groups' text


def _who_of(fill: str | None, person: str | None) -> str | None:
    who = _lexicon().who
    if person:
        value = who.get(_key(person))
        if value:
            return value
    for word in (fill or "").split():
        value = who.get(word.lower().strip(",")) if word.lower() not in ("man", "men") else None
        if value:
            return value
    return None


def _groups(text: str) -> list[_Group] | None:
    """The counted groups of "two soldiers and a civilian"; None when one is not a count."""
    found = []
    for m in _patterns().group.finditer(text):
        bounds = _range(m["count"])
        if bounds is None:
            return None
        is_article = _key(m["count"]) in ("a", "an", "another", "his", "her") or _key(m["count"]) == "one" and m["person"]
        if is_article and not m["person"]:
            return None
        # "her son" is one; "his men", "her children" are no count
        if _key(m["count"]) in ("his", "her") and (m["person"].lower().endswith("s") or _key(m["person"]) in PLURAL_PEOPLE):
            return None
        found.append(_Group(bounds[0], bounds[1], _who_of(m["fill"], m["person"]), bool(m["person"]), m.end()))
    return found or None


def _sum(groups: list[_Group]) -> tuple[int | None, int | None, str | None]:
    mins = [g.min for g in groups]
    maxes = [g.max for g in groups]
    low = sum(v or 0 for v in mins) if any(v is not None for v in mins) else None
    high = sum(maxes) if all(v is not None for v in maxes) else None
    whos = {g.who for g in groups if g.who}
    who = whos.pop() if len(whos) == 1 else "mixed" if whos else None
    return low, high, who


def _is_year(text: str, start: int, end: int) -> bool:
    """A four-digit year in a count's place ("in 2014 people ..."): not a count."""
    word = text[start:end].split()[0] if text[start:end].split() else ""
    return bool(re.fullmatch(r"(?:1[6-9]|20)\d\d", word)) and bool(
        re.search(r"(?:in|since|of|by|until|from|during)\s+$", text[max(0, start - 8):start], re.IGNORECASE))


def _inside_date(start: int, end: int, times) -> bool:
    return any(t.start < end and start < t.end and t.kind != "duration" for t in times or ())


def find_casualties(doc) -> list[CasualtyMention]:
    """Casualty counts in a spaCy Doc (see the module docstring); sorted by position."""
    text = doc.text
    lex = _lexicon()
    pats = _patterns()
    times = getattr(doc._, "times", None) if hasattr(doc, "_") else None
    found: list[CasualtyMention] = []

    def add(start, end, category, low, high, who, anchor, negated=False):
        found.append(CasualtyMention(start=start, end=end, text=text[start:end], category=category,
                                     min=low, max=high, who=who, anchor=anchor, negated=negated))

    def counted(m: re.Match) -> tuple[int | None, int | None, str | None, list[_Group]] | None:
        s, e = m.span("subj")
        if _is_year(text, s, e) or _inside_date(s, e, times):
            return None
        groups = _groups(text[s:e])
        if groups is None:
            return None
        return (*_sum(groups), groups)

    for m in pats.subject.finditer(text):
        result = counted(m)
        if result is None:
            continue
        low, high, who, groups = result
        cue = _key(m["cue"])
        # "12 soldiers killed 5 civilians" is active: the subject did the killing
        if not m["aux"].strip() and cue in lex.active and _object_follows(text, m.end("cue")):
            continue
        if cue in lex.people_only and not all(g.has_person for g in groups):
            continue  # "two tanks were neutralised"
        more = _groups(m["more"]) if m["more"] else None
        if more is not None and all(g.has_person for g in more):
            low, high, who = _sum(groups + more)
            end = m.end()
        else:
            end = m.end("cue")
        add(m.start(), end, lex.passive[cue], low, high, who, m.start("cue"))

    for m in pats.object.finditer(text):
        result = counted(m)
        if result is None:
            continue
        low, high, who, groups = result
        # "killing a man, a police officer told Reuters": the last of the list is who tells it
        if len(groups) > 1 and _speaks(doc, m.start("subj") + groups[-1].end):
            groups = groups[:-1]
            low, high, who = _sum(groups)
        last = groups[-1]
        if not last.has_person and (_key(m["cue"]) in lex.people_only
                                    or not _bare_count_ends(text, m.start("subj") + last.end)):
            continue  # ("neutralised two Russian tanks" is no toll)
        end = m.start("subj") + last.end
        add(m.start(), end, lex.active[_key(m["cue"])], low, high, who, m.start("cue"))

    for m in pats.took.finditer(text):
        result = counted(m)
        if result is not None:
            low, high, who, _ = result
            add(m.start(), m.end(), "captured", low, high, who, m.start("verb"))

    for m in pats.noun.finditer(text):
        s, e = m.span("subj")
        if _is_year(text, s, e) or _inside_date(s, e, times):
            continue
        bounds = _range(m["subj"])
        if bounds is None:
            continue
        fill = text[e:m.start("cue")]
        add(m.start(), m.end(), lex.nouns[_key(m["cue"])], *bounds, _who_of(fill, None), m.start("cue"))

    for m in pats.toll.finditer(text):
        bounds = _range(m["subj"])
        if bounds is not None and not _is_year(text, *m.span("subj")):
            add(m.start(), m.end(), lex.toll[_key(m["cue"])], *bounds, None, m.start("cue"))

    for m in pats.neg_subject.finditer(text):
        words = [m["cue"], *re.split(r"\s*(?:,|\bor\b|\band\b|\bnor\b)\s*", m["more"] or "")]
        categories = _zeroed(words, lex.neg_participles)
        who = _who_of(None, m["person"]) if m["person"] else None
        for category in categories:
            add(m.start(), m.end(), category, 0, 0, who, m.start("cue"), negated=True)

    for m in pats.neg_noun.finditer(text):
        words = [m["cue"], *re.split(r"\s*(?:,|\bor\b|\band\b|\bnor\b)\s*", m["more"] or "")]
        categories = _zeroed(words, lex.neg_nouns)
        anchor = next((m.start("cue") + text[m.start("cue"):m.end()].lower().find(w.lower())
                       for w in words if _key(w) in lex.neg_nouns), m.start("cue"))
        for category in categories:
            add(m.start(), m.end(), category, 0, 0, None, anchor, negated=True)

    return _dedupe(found)


def _speaks(doc, end: int) -> bool:
    """The word ending at `end` is the subject of a reporting verb ("a police officer told")."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    token = span[-1] if span is not None and len(span) else None
    return token is not None and token.dep_ == "nsubj" and token.head.lemma_.lower() in lexicon.claims()["stance_of"]


def _zeroed(words: list[str], table: dict[str, tuple[str, ...]]) -> list[str]:
    categories: list[str] = []
    for word in words:
        for category in table.get(_key(word), ()):
            if category not in categories:
                categories.append(category)
    return [c for c in CATEGORIES if c in categories]


def _object_follows(text: str, pos: int) -> bool:
    """Does a count or a determiner + person follow (so the verb before is active)?"""
    m = _patterns().next_word.match(text, pos)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in ("a", "an", "the", "his", "her", "their", "two") or parse_number(word) is not None


def _bare_count_ends(text: str, pos: int) -> bool:
    """A count without a person noun must end the phrase: "killing 12." / "killed 5 and"."""
    m = _patterns().next_word.match(text, pos)
    if m is None:
        return True
    word = m.group(1)
    between = text[pos:m.start(1)]
    if any(ch in between for ch in ",.;:)—–\n"):
        return True
    return word.lower() in _AFTER_BARE_COUNT or word[0].isupper() or word[0].isdigit()


def _dedupe(found: list[CasualtyMention]) -> list[CasualtyMention]:
    """One mention per (category, anchor): the longest phrase wins; overlapping same-category
    mentions from two patterns ("40 dead" as subject and as noun count) collapse."""
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[CasualtyMention] = []
    for c in found:
        if any(k.category == c.category and (k.anchor == c.anchor or (k.start < c.end and c.start < k.end))
               for k in kept):
            continue
        kept.append(c)
    kept.sort(key=lambda c: (c.start, CATEGORIES.index(c.category)))
    return kept


@Language.component("warlog_casualties")
def casualties_component(doc):
    """spaCy component: doc._.casualties."""
    doc._.casualties = find_casualties(doc)
    return doc
