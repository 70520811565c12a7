"""Event dates: a temporal tagger and normaliser that resolves against the publication date.

`find_times` finds time expressions ("on Friday", "three months ago", "Dec. 10", "since June",
"the 1991 break-up", "every day") and gives each an inclusive ISO date range with a precision
(day / week / month / year / unknown) and a kind:

- "date": a point or period an event can be dated by;
- "duration": a stretch of time ("for three months", "its 18th month", "since June" - the latter
  keeps its start, June 1, and ends at publication);
- "set": habitual ("every day", "on Fridays"), never an event date;
- "relative_anchor": relative to the story's own day ("the next day", "earlier in the day"); the
  events stage may re-anchor it with `resolve_relative` to the date of the event told before it.

Conventions (each tested in tests/extract/test_time.py):
- a weekday is the most recent such day on or before publication (the publication day itself when
  it is that weekday), or the next one when the governing verb is future ("will meet on Friday");
- "overnight" is the night ending on the publication day: start the evening before, end the
  publication day, precision day (its start is the day the night began);
- "N days/weeks/months/years ago" is the calendar day/week/month/year that lies N units back;
- "more than N years ago" is open-ended (start None, end the year N years back, precision
  unknown), and anything 100+ years back ("more than a thousand years ago") is a historical aside,
  left unresolved: it must not date an event;
- without a publication date every relative expression stays unresolved (values None, precision
  unknown) - never resolved against today. Absolute ones ("December 10, 2022", "in 2014") resolve.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language

import warlog.nlp  # noqa: F401  (registers the Doc extensions)
from warlog.extract.numbers import NUMBER, ORDINALS, parse_number
from warlog.model import TimeMention

Date = dt.date


@dataclass(frozen=True, slots=True)
class _Value:
    kind: str
    start: Date | None
    end: Date | None
    precision: str


_UNRESOLVED = "unknown"


@dataclass(slots=True)
class _Context:
    published: Date | None
    future: Callable[[], bool]  # lazily: does the governing verb speak of the future?
    anchored: bool = False  # resolving an anchor against a reference day, not publication


# ----------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    month_names: tuple[str, ...]
    month_abbreviations: tuple[str, ...]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    day_words: dict[str, int]
    night_words: dict[str, tuple[int, int]]
    anchor_words: dict[str, int]
    anchor_fallback: frozenset[str]
    parts_of_day: tuple[str, ...]
    modifiers: dict[str, dict[str, tuple[int, int]]]
    seasons: dict[str, tuple[int, int]]
    historical_years: int
    future_cues: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = tomllib.loads(resources.files("warlog.data").joinpath("time.toml").read_text("utf-8"))
    months = {}
    for number, (_, words) in enumerate(raw["months"].items(), start=1):
        months.update({w: number for w in words})
    names = tuple(words[0] for words in raw["months"].values())
    weekdays = {}
    for number, (_, words) in enumerate(raw["weekdays"].items()):
        weekdays.update({w: number for w in words})
    anchors = dict(raw["anchor_words"])
    fallback = frozenset(anchors.pop("fallback_to_published"))
    return _Lexicon(
        months=months,
        month_names=names,
        month_abbreviations=tuple(w for w in months if w not in names),
        ambiguous_months=frozenset(raw["ambiguous_months"]),
        weekdays=weekdays,
        day_words=dict(raw["day_words"]),
        night_words={k: tuple(v) for k, v in raw["night_words"].items()},
        anchor_words=anchors,
        anchor_fallback=fallback,
        parts_of_day=tuple(raw["parts_of_day"]),
        modifiers={k: {m: tuple(r) for m, r in v.items()} for k, v in raw["modifiers"].items()},
        seasons={k: tuple(v) for k, v in raw["seasons"].items()},
        historical_years=int(raw["limits"]["historical_years"]),
        future_cues=tuple(raw["future"]["cues"]),
    )


def _alt(words) -> str:
    """A regex alternation of phrases, longest first, whitespace-tolerant."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(set(words), key=len, reverse=True))


def _key(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


# ----------------------------------------------------------------------------- calendar helpers


def _month_end(year: int, month: int) -> Date:
    return Date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _monday(day: Date) -> Date:
    return day - dt.timedelta(days=day.weekday())


def _safe_date(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def _day_month_year(day: int, month: int, pub: Date | None, future: bool) -> Date | None:
    """The date of "Dec. 10" without a year: the most recent on or before publication (the next
    on or after it when future). Feb 29 skips to the nearest leap year in that direction."""
    if pub is None:
        return None
    step = 1 if future else -1
    for offset in range(0, 9):
        candidate = _safe_date(pub.year + step * offset, month, day)
        if candidate is None:
            continue
        if (candidate >= pub) if future else (candidate <= pub):
            return candidate
    return None


def _month_year(month: int, pub: Date, future: bool, which: str | None) -> int:
    """The year of a month named without one ("in September", "last March")."""
    if which == "this":
        return pub.year
    if which == "last":
        return pub.year if month < pub.month else pub.year - 1
    if which == "next" or future:
        return pub.year if month >= pub.month and which != "next" or month > pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _slice(kind: str, mod: str | None, start: Date, end: Date) -> tuple[Date, Date]:
    """Narrow a period by early / mid / late (data: [modifiers])."""
    if not mod:
        return start, end
    table = _lexicon().modifiers[kind]
    bounds = table.get(_key(mod))
    if bounds is None:
        return start, end
    lo, hi = bounds
    if kind == "month":
        last = calendar.monthrange(start.year, start.month)[1]
        return start.replace(day=min(lo, last)), start.replace(day=min(hi, last))
    if kind == "year":
        return Date(start.year, lo, 1), _month_end(start.year, hi)
    return start + dt.timedelta(days=lo), min(end, start + dt.timedelta(days=hi))


def _cap(end: Date, pub: Date | None, future: bool) -> Date:
    """A current period ends at publication: "this week" cannot include days not yet reported."""
    return min(end, pub) if pub is not None and not future else end


# ----------------------------------------------------------------------------- handlers
# Each takes the match and the context and returns a _Value, or None to reject the match.

_PREP = r"(?P<pre>on|in|since|from|until|till|by|during|before|after|through|throughout|over|at|as\s+of)"
_MOD = r"(?P<mod>early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_RANGE_SEP = r"\s*(?:-|–|—|to|and)\s*"
_UNIT = r"(?P<unit>days?|weeks?|months?|years?|decades?|centuries|century|hours?)"
_AMOUNT = rf"(?P<n>{NUMBER}|an?|a\s+few|several|a\s+couple\s+of|a\s+couple)"


def _kind_for(m: re.Match) -> str:
    pre = m.groupdict().get("pre")
    return "duration" if pre and pre.lower() == "since" else "date"


def _since(value: _Value, m: re.Match, pub: Date | None) -> _Value:
    """"since June": a duration from the start of June to publication."""
    if _kind_for(m) == "duration":
        return _Value("duration", value.start, pub if value.start else None, value.precision)
    return value


def _day_of(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _h_iso(m: re.Match, ctx: _Context) -> _Value | None:
    day = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if day is None:
        return None
    return _since(_Value("date", day, day, "day"), m, ctx.published)


def _calendar_day(m: re.Match, ctx: _Context) -> _Value | None:
    lex = _lexicon()
    mon_text = m["mon"]
    if not mon_text[0].isupper():  # "12 may" is not a date; reports capitalise months
        return None
    month = lex.months[mon_text.lower().rstrip(".")]
    d1 = _day_of(m["d1"])
    d2 = _day_of(m["d2"]) if m["d2"] else None
    if m["y"]:
        start = _safe_date(int(m["y"]), month, d1)
        if start is None:
            return None
    elif ctx.published is None:
        return _Value(_kind_for(m), None, None, _UNRESOLVED)
    else:
        start = _day_month_year(d1, month, ctx.published, ctx.future())
        if start is None:
            return None
    end = start
    if d2 is not None:
        end = _safe_date(start.year, month, d2)
        if end is None or end < start:
            return None
    return _since(_Value("date", start, end, "day"), m, ctx.published)


def _h_month(m: re.Match, ctx: _Context) -> _Value | None:
    lex = _lexicon()
    mon_text = m["mon"]
    if not mon_text[0].isupper():
        return None
    word = mon_text.lower().rstrip(".")
    if word in lex.ambiguous_months and not (m["pre"] or m["mod"] or m["y"] or m["which"]):
        return None  # "May" the verb, "March" the verb
    month = lex.months[word]
    pub = ctx.published
    if m["y"]:
        year = int(m["y"])
    elif pub is None:
        return _Value(_kind_for(m), None, None, _UNRESOLVED)
    else:
        which = m["which"].lower() if m["which"] else None
        year = _month_year(month, pub, ctx.future(), which)
    start, end = _slice("month", m["mod"], Date(year, month, 1), _month_end(year, month))
    if pub is not None and start <= pub and not ctx.future():
        end = min(end, pub)  # "in July" in a July report: the days reported so far
    return _since(_Value("date", start, end, "month"), m, pub)


def _h_year(m: re.Match, ctx: _Context) -> _Value | None:
    year = int(m["y"])
    if not (m["pre"] or m["mod"] or m["the"]):
        # "2000 soldiers" is a count: a bare year must not be followed by a plural noun
        after = m.string[m.end(): m.end() + 30]
        nxt = re.match(r"\s+([a-z][a-z\-]*)", after)
        if nxt and nxt.group(1).endswith("s") and not nxt.group(1).endswith("ss"):
            return None
        before = m.string[max(0, m.start() - 2): m.start()]
        if before.endswith(("$", "£", "€")):
            return None
    if m["decade"]:
        if year % 10:
            return None
        return _since(_Value("date", Date(year, 1, 1), Date(year + 9, 12, 31), "year"), m, ctx.published)
    start, end = _slice("year", m["mod"], Date(year, 1, 1), Date(year, 12, 31))
    return _since(_Value("date", start, end, "year"), m, ctx.published)


def _h_weekday(m: re.Match, ctx: _Context) -> _Value | None:
    lex = _lexicon()
    if not m["wd"][0].isupper():
        return None
    if m["plural"]:
        return _Value("set", None, None, _UNRESOLVED)  # "on Fridays"
    pub = ctx.published
    kind = "duration" if m["pre"] and m["pre"].lower() == "since" else "date"
    if pub is None:
        return _Value(kind, None, None, _UNRESOLVED)
    wd = lex.weekdays[m["wd"].lower()]
    pre = _key(m["pre"] or "")
    which = pre if pre in ("last", "next", "this") else None
    if which == "next" or (which != "last" and ctx.future()):
        delta = (wd - pub.weekday()) % 7
        day = pub + dt.timedelta(days=delta or (7 if which == "next" else 0))
    else:
        delta = (pub.weekday() - wd) % 7
        day = pub - dt.timedelta(days=delta or (7 if which == "last" else 0))
    if pre.startswith("overnight") and pre != "overnight on":
        # "overnight into Friday": the night that ends on Friday
        return _Value(kind, day - dt.timedelta(days=1), day, "day")
    if kind == "duration":
        return _Value(kind, day, pub, "day")
    return _Value(kind, day, day, "day")


def _h_day_word(m: re.Match, ctx: _Context) -> _Value | None:
    lex = _lexicon()
    word = _key(m["w"])
    pub = ctx.published
    if pub is None:
        return _Value("date", None, None, _UNRESOLVED)
    if word in lex.night_words:
        lo, hi = lex.night_words[word]
        return _Value("date", pub + dt.timedelta(days=lo), pub + dt.timedelta(days=hi), "day")
    day = pub + dt.timedelta(days=lex.day_words[word])
    return _Value("date", day, day, "day")


def _h_anchor_word(m: re.Match, ctx: _Context) -> _Value | None:
    lex = _lexicon()
    word = _key(m["w"])
    ref = ctx.published
    if ref is None or not (ctx.anchored or word in lex.anchor_fallback):
        return _Value("relative_anchor", None, None, _UNRESOLVED)
    day = ref + dt.timedelta(days=lex.anchor_words[word])
    return _Value("relative_anchor", day, day, "day")


def _amount(m: re.Match) -> int | None:
    text = _key(m["n"])
    if text in ("a", "an"):
        return 1
    if text in ("a couple", "a couple of"):
        return 2
    if text in ("a few", "several"):
        return None
    return parse_number(m["n"])


def _unit_back(pub: Date, unit: str, n: int) -> _Value:
    """The calendar unit that lies n units before publication."""
    if unit.startswith("hour"):
        day = pub - dt.timedelta(days=round(n / 24))
        return _Value("date", day, day, "day")
    if unit.startswith("day"):
        day = pub - dt.timedelta(days=n)
        return _Value("date", day, day, "day")
    if unit.startswith("week"):
        monday = _monday(pub - dt.timedelta(weeks=n))
        return _Value("date", monday, monday + dt.timedelta(days=6), "week")
    if unit.startswith("month"):
        y, mo = _add_months(pub.year, pub.month, -n)
        return _Value("date", Date(y, mo, 1), _month_end(y, mo), "month")
    years = n * (100 if unit.startswith("centur") else 10 if unit.startswith("decade") else 1)
    year = pub.year - years
    return _Value("date", Date(year, 1, 1), Date(year, 12, 31), "year")


def _h_ago(m: re.Match, ctx: _Context) -> _Value | None:
    pub = ctx.published
    n = _amount(m)
    unit = m["unit"].lower()
    if pub is None:
        return _Value("date", None, None, _UNRESOLVED)
    if n is None:  # "a few days ago", "several weeks ago": two to seven units back, one size coarser
        early, late = _unit_back(pub, unit, 7), _unit_back(pub, unit, 2)
        coarser = {"day": "week", "week": "month", "month": "year"}.get(late.precision, late.precision)
        return _Value("date", early.start, late.end, coarser)
    years = n * (100 if unit.startswith("centur") else 10 if unit.startswith("decade") else 1)
    if unit[0] in "ydc" and unit[:2] != "da" and years >= _lexicon().historical_years:
        return _Value("date", None, None, _UNRESOLVED)  # a historical aside, not an event date
    value = _unit_back(pub, unit, n)
    qual = _key(m["qual"] or "")
    if qual in ("more than", "over", "just over"):
        return _Value("date", None, value.end, _UNRESOLVED)  # open-ended: only its latest date is known
    return value


def _h_later(m: re.Match, ctx: _Context) -> _Value | None:
    """"two days later", "a week earlier": relative to the story's day."""
    ref = ctx.published
    n = _amount(m)
    if not ctx.anchored or ref is None or n is None:
        return _Value("relative_anchor", None, None, _UNRESOLVED)
    sign = 1 if m["dir"].lower() in ("later", "after", "afterwards") else -1
    unit = m["unit"].lower()
    if unit.startswith("day"):
        day = ref + dt.timedelta(days=sign * n)
        return _Value("relative_anchor", day, day, "day")
    if unit.startswith("week"):
        day = ref + dt.timedelta(weeks=sign * n)
        return _Value("relative_anchor", day, day, "week")
    return _Value("relative_anchor", None, None, _UNRESOLVED)


def _h_period(m: re.Match, ctx: _Context) -> _Value | None:
    """"this week", "last month", "late last year", "the past week", "last summer"."""
    pub = ctx.published
    if pub is None:
        return _Value("date", None, None, _UNRESOLVED)
    which = _key(m["which"])
    unit = m["unit"].lower()
    if which == "the" and unit != "weekend":
        return None  # "the year" is not a date; "the weekend" is the last one
    future = which in ("next", "coming", "the coming")
    past = which in ("last", "previous", "the previous", "this past")
    mod = m["mod"] if m["mod"] and _key(m["mod"]) not in ("earlier", "later") else None
    if which in ("past", "the past"):  # "the past week": the days up to publication
        span = {"week": 6, "month": 30, "year": 364, "weekend": 2}.get(unit)
        if span is None:
            return None
        return _Value("date", pub - dt.timedelta(days=span), pub, "week" if unit != "year" else "year")
    if unit == "week":
        monday = _monday(pub) + dt.timedelta(weeks=-1 if past else 1 if future else 0)
        start, end = _slice("week", mod, monday, monday + dt.timedelta(days=6))
        return _Value("date", start, _cap(end, pub, future), "week")
    if unit == "weekend":
        saturday = _monday(pub) + dt.timedelta(days=5)
        if future or (which == "this" and pub < saturday and ctx.future()):
            if saturday <= pub:
                saturday += dt.timedelta(weeks=1)
        elif saturday > pub or (past and pub.weekday() >= 5):
            saturday -= dt.timedelta(weeks=1)
        return _Value("date", saturday, _cap(saturday + dt.timedelta(days=1), pub, future), "week")
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, -1 if past else 1 if future else 0)
        start, end = _slice("month", mod, Date(y, mo, 1), _month_end(y, mo))
        return _Value("date", start, _cap(end, pub, future), "month")
    if unit == "year":
        year = pub.year + (-1 if past else 1 if future else 0)
        start, end = _slice("year", mod, Date(year, 1, 1), Date(year, 12, 31))
        return _Value("date", start, _cap(end, pub, future), "year")
    return _season(unit, pub, past, future)


def _season(name: str, pub: Date, past: bool, future: bool) -> _Value:
    first, last = _lexicon().seasons[name]
    # the season's start in the year it starts; candidates around publication
    starts = [Date(y, first, 1) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]

    def end_of(start: Date) -> Date:
        return _month_end(start.year + (1 if last < first else 0), last)

    current = [s for s in starts if s <= pub <= end_of(s)]
    if future:
        start = next(s for s in starts if s > pub)
    elif past:
        start = max(s for s in starts if end_of(s) < pub)
    elif current:
        start = current[0]
    else:
        start = max(s for s in starts if end_of(s) < pub)
    return _Value("date", start, _cap(end_of(start), pub, future), "month")


def _h_past_n(m: re.Match, ctx: _Context) -> _Value | None:
    """"in the past 24 hours", "over the last three weeks": the stretch up to publication."""
    pub = ctx.published
    kind = "duration" if m["pre"] and m["pre"].lower() == "for" else "date"
    if pub is None:
        return _Value(kind, None, None, _UNRESOLVED)
    text = _key(m["n"])
    n = {"few": 3, "several": 3, "couple of": 2}.get(text) or parse_number(m["n"])
    if n is None:
        return None
    unit = m["unit"].lower()
    days = {"h": n / 24, "d": n, "w": 7 * n, "m": 30 * n, "y": 365 * n}[unit[0]]
    precision = "day" if days <= 2 else "week" if days <= 14 else "month" if days <= 62 else "year"
    return _Value(kind, pub - dt.timedelta(days=max(1, round(days))), pub, precision)


def _h_duration(m: re.Match, ctx: _Context) -> _Value | None:
    return _Value("duration", None, None, _UNRESOLVED)


def _h_set(m: re.Match, ctx: _Context) -> _Value | None:
    word = m.group(0)
    if word[0].isupper() and re.fullmatch(r"(?i)daily|nightly|weekly|monthly", word):
        return None  # "Daily Mail", a title
    return _Value("set", None, None, _UNRESOLVED)


# ----------------------------------------------------------------------------- patterns


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, Callable], ...]:
    lex = _lexicon()
    # full names stand alone; abbreviations may carry their dot ("Dec. 10"), never a sentence's full stop
    month = rf"(?P<mon>{_alt(lex.month_names)}|(?:{_alt(lex.month_abbreviations)})\.?)"
    weekday = _alt(lex.weekdays)
    pod = _alt(lex.parts_of_day)
    ordinal = "|".join(sorted(ORDINALS, key=len, reverse=True))
    flags = re.IGNORECASE
    day_range = rf"(?P<d1>{_DAYNUM})(?:{_RANGE_SEP}(?P<d2>{_DAYNUM}))?"
    table: list[tuple[str, Callable]] = [
        (rf"(?:{_PREP}\s+)?(?<![\d\-])(?P<y>\d{{4}})-(?P<mo>\d{{2}})-(?P<d>\d{{2}})(?![\d\-])", _h_iso),
        # "10 December 2022", "on the night of 4 to 5 May", "12th of February"
        (rf"(?:{_PREP}\s+)?(?:the\s+)?(?:night\s+of\s+(?:the\s+)?)?(?<![\w\-.,]){day_range}\s+(?:of\s+)?"
         rf"{month}(?:,?\s+(?P<y>\d{{4}}))?(?![\w\-])", _calendar_day),
        # "December 10, 2022", "Dec. 10", "July 27", "May 4-5"
        (rf"(?:{_PREP}\s+)?{month}\s+{day_range}(?![\d\-]|[.,]\d)(?:,?\s+(?P<y>\d{{4}})(?!\d))?(?![\w\-])",
         _calendar_day),
        # "in September", "mid-March", "early April", "March 2022", "last March", "since June"
        (rf"(?:{_PREP}\s+)?(?:(?P<which>last|this|next)\s+)?(?:{_MOD}[\s\-]+(?:of\s+)?)?{month}"
         rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?(?![\w\-])", _h_month),
        # "in 2014", "the 1991 break-up", "late 2022", "the 1990s"
        (rf"(?:{_PREP}\s+)?(?:{_MOD}[\s\-]+)?(?P<the>the\s+)?(?<![\w.,$£€])(?<!\d-)(?P<y>(?:1[5-9]|20)\d{{2}})"
         rf"(?P<decade>s)?(?![\w\-%]|[.,]\d)", _h_year),
        # "on Friday", "Thursday night", "last Sunday", "overnight into Saturday", "on Fridays"
        (rf"(?:(?P<pre>on|by|since|from|until|till|last|this|next|overnight(?:\s+(?:into|to|on))?|"
         rf"(?:early|late)(?:\s+on)?)\s+)?(?P<wd>{weekday})(?P<plural>s)?(?:\s+(?P<pod>{pod}))?(?![\w\-])",
         _h_weekday),
        # "yesterday", "overnight", "last night", "earlier today", "yesterday morning"
        (rf"(?<![\w\-])(?:(?:early|late)\s+)?(?P<w>{_alt([*lex.day_words, *lex.night_words])})"
         rf"(?:\s+(?P<pod>{pod}))?(?![\w\-])", _h_day_word),
        (rf"(?<![\w\-])(?P<w>{_alt(lex.anchor_words)})(?![\w\-])", _h_anchor_word),
        # "three months ago", "a year ago", "more than a thousand years ago"
        (rf"(?<![\w\-])(?:(?P<qual>more\s+than|just\s+over|over|nearly|almost|about|around|some|roughly|"
         rf"exactly|less\s+than)\s+)?{_AMOUNT}\s+{_UNIT}\s+ago(?![\w\-])", _h_ago),
        (rf"(?<![\w\-]){_AMOUNT}\s+{_UNIT}\s+(?P<dir>later|earlier|afterwards|after|before)(?![\w\-])"
         rf"(?!\s+(?:the|a|an|his|her|their|its)\b)", _h_later),
        # "this week", "last month", "late last year", "earlier this month", "the weekend"
        (rf"(?<![\w\-])(?:(?P<mod>early|mid|late|earlier|later|the\s+(?:beginning|start|middle|end)\s+of)"
         rf"[\s\-]+(?:in\s+)?)?(?:(?:in|over|during|at|on|since|from)\s+)?"
         rf"(?P<which>this\s+past|last|this|next|the\s+past|past|the\s+previous|previous|the\s+coming|coming|the)"
         rf"\s+(?P<unit>week|month|year|weekend|{_alt(lex.seasons)})(?![\w\-])", _h_period),
        # "in the past 24 hours", "over the last three weeks", "for the past two months"
        (rf"(?<![\w\-])(?:(?P<pre>in|over|during|within|for)\s+)?the\s+(?:past|last|previous)\s+"
         rf"(?P<n>{NUMBER}|few|several|couple\s+of)\s+(?P<unit>hours|days|weeks|months|years)(?![\w\-])",
         _h_past_n),
        # durations: "for three months", "its 18th month", "the war's 500th day"
        (rf"(?<![\w\-])for\s+(?:(?:more\s+than|nearly|almost|over|about|around|some)\s+)?"
         rf"(?:{NUMBER}|an?|a\s+few|several|a\s+couple\s+of|many)\s+"
         rf"(?:days?|weeks?|months?|years?|hours?|decades?)(?![\w\-])", _h_duration),
        (rf"(?<![\w\-])(?:its|their|the|a|his|her|[\w\-]+['’]s)\s+(?:\d+(?:st|nd|rd|th)|{ordinal})\s+"
         rf"(?:(?:straight|consecutive|successive|full)\s+)?(?:day|night|week|month|year)(?![\w\-])",
         _h_duration),
        # habitual: "every day", "each night", "every Friday", "daily", "day after day"
        (rf"(?<![\w\-])(?:(?:every|each)\s+(?:single\s+)?(?:other\s+)?(?:day|night|week|month|year|morning|"
         rf"evening|afternoon|weekend|{weekday})|daily|nightly|weekly|monthly|day\s+after\s+day|"
         rf"night\s+after\s+night)(?![\w\-])", _h_set),
    ]
    # every expression starts at a word boundary: saying so first lets the engine skip mid-word positions
    return tuple((re.compile(r"\b" + p, flags), h) for p, h in table)


# ----------------------------------------------------------------------------- tense


@functools.lru_cache(maxsize=1)
def _future_cue_re() -> re.Pattern:
    return re.compile(rf"(?<![\w'’])(?:{_alt(_lexicon().future_cues)})(?![\w])", re.IGNORECASE)


def _future_from_text(text: str, start: int, end: int) -> bool:
    """Future cues in the clause just before the expression, or in the expression itself."""
    window = text[max(0, start - 60): end]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("; "), window.rfind(", "))
    if cut >= 0 and cut < len(window) - (end - start):
        window = window[cut + 1:]
    return bool(_future_cue_re().search(window))


def _future_from_doc(doc, start: int, end: int) -> bool | None:
    """True/False when the verb governing the expression is (not) future; None when no verb found."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            break
        if token.head is token:
            return None
        token = token.head
    else:
        return None
    if token.pos_ not in ("VERB", "AUX"):
        return None
    for child in token.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in ("will", "shall", "'ll", "wo", "’ll"):
            return True
        if child.dep_ == "aux" and child.lower_ == "to" and token.head.lemma_ in ("go", "due", "set", "schedule"):
            return True
    return token.lower_ == "due" or (token.head is not token and token.head.lower_ in ("due", "set"))


# ----------------------------------------------------------------------------- API


def _as_date(published) -> Date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, Date):
        return published
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _candidates(text: str) -> list[tuple[int, int, int, re.Match, Callable]]:
    found = []
    for priority, (pattern, handler) in enumerate(_patterns()):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), priority, m, handler))
    return found


def _scan(text: str, published, doc=None, force_future: bool = False, anchored: bool = False
          ) -> list[TimeMention]:
    pub = _as_date(published)
    candidates = _candidates(text)
    # longest first, then pattern order; keep those that do not overlap a better one
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    mentions: list[TimeMention] = []
    for start, end, _, m, handler in candidates:
        if any(start < e and s < end for s, e in taken):
            continue

        def future(start=start, end=end) -> bool:
            if force_future:
                return True
            if doc is not None:
                verdict = _future_from_doc(doc, start, end)
                if verdict is not None:
                    return verdict
            return _future_from_text(text, start, end)

        value = handler(m, _Context(pub, future, anchored))
        if value is None:
            continue
        taken.append((start, end))
        mentions.append(TimeMention(
            start=start, end=end, text=text[start:end],
            value_start=value.start.isoformat() if value.start else None,
            value_end=value.end.isoformat() if value.end else None,
            precision=value.precision, kind=value.kind,
        ))
    mentions.sort(key=lambda t: t.start)
    return mentions


# A wire dateline opening a line says where and when the report was filed, not when anything
# happened: "KYIV, May 12 (Reuters) - Russian forces struck ... overnight"; "BEIRUT, Lebanon (AP) —";
# "Gaza City (AFP) -". The place is in capitals or an agency follows in brackets.
_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z'’.-]{2,}(?:[ \t]+[A-Z][A-Z'’.-]+){0,3}(?:,[ \t]*[A-Z][\w.'’ -]{1,30}?)?"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?(?:[ \t]*\([^()\n]{1,40}\))?"
    r"|[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3}(?:,[ \t]*[A-Z][\w.'’ -]{1,30}?)?"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?[ \t]*\([^()\n]{1,40}\))"
    r"[ \t]*(?:--|[-–—])[ \t]*",
    re.MULTILINE,
)


def datelines(text: str) -> list[tuple[int, int]]:
    """Character spans of the wire datelines that open lines of `text`."""
    return [m.span() for m in _DATELINE.finditer(text)]


def find_times(text: str, published: dt.date | None, doc=None) -> list[TimeMention]:
    """Every time expression in `text`, resolved against `published` (see the module docstring).

    `doc` is an optional spaCy Doc of the same text; with it the tense of the governing verb decides
    whether a bare weekday or month is past or future. A date in a dateline is of kind "dateline":
    when the report was filed."""
    mentions = _scan(text, published, doc)
    lines = datelines(text)
    for t in mentions:
        if any(s <= t.start < e for s, e in lines):
            t.kind = "dateline"
    return mentions


def normalise(expression: str, published: dt.date | None, future: bool = False
              ) -> tuple[str | None, str | None, str]:
    """(start, end, precision) of one expression: ISO dates, inclusive; (None, None, "unknown")
    when it is not a date or cannot be resolved."""
    mentions = _scan(expression, published, force_future=future)
    if not mentions:
        return None, None, _UNRESOLVED
    best = max(mentions, key=lambda t: t.end - t.start)
    return best.value_start, best.value_end, best.precision


def resolve_relative(mention: TimeMention, reference: dt.date) -> TimeMention:
    """Re-anchor a "relative_anchor" mention ("the next day", "two days later", "earlier in the
    day") to `reference`, the date of the event the story told before it."""
    if mention.kind != "relative_anchor":
        return mention
    found = _scan(mention.text, reference, anchored=True)
    if not found:
        return mention
    value = found[0]
    return TimeMention(start=mention.start, end=mention.end, text=mention.text,
                       value_start=value.value_start, value_end=value.value_end,
                       precision=value.precision, kind=mention.kind)


@Language.component("warlog_times")
def times_component(doc):
    """spaCy component: doc._.times from doc._.published."""
    doc._.times = find_times(doc.text, doc._.published, doc)
    return doc
