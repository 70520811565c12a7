"""Event evaluation per SPEC §4: match predicted events to gold events and score them.

Gold files are `{"document": {...}, "events": [...], "not_events": [...]}`; predictions are events in the
SPEC §2 shape (JSON Lines, a JSON list, or an object with an `events` list). Both are read as plain dicts,
leniently: extra fields are ignored and missing optional fields count as "not given".

Decisions where the SPEC is silent (binding for every figure this module prints):

* Location tolerance defaults by gold precision: exact/city 25 km, admin2 50 km, admin1/region/unknown
  100 km, country 500 km; `tolerance_km` overrides. A location without coordinates counts as no location.
* A gold date with no `window` uses `[start, end or start]`; with neither start nor window it accepts any
  date. A prediction without a start date is accepted by any gold date.
* Greedy matching takes compatible (prediction, gold) pairs in order of distance: kilometres first, then
  days, then required gold before optional, then exact subtype before an accepted one, then file order.
  Kilometres are the great-circle distance when both sides have a point; an unlocated prediction lies at
  the gold tolerance (no closer than the loosest accepted point); against unlocated gold the distance is
  infinite (such gold takes only what located gold did not). Days are measured from the gold start, else
  from the middle of the gold window; an undated prediction lies half the window away.
* One-to-one: a prediction whose compatible gold events are all taken is a duplicate (a false positive),
  also when that gold is optional.
* Field scores run over all matched pairs (optional gold included) and only where the gold states the
  field: location where the gold has coordinates; exact date where the gold start is non-null (gold
  precision `unknown` with a start compares the day); sides where the gold has an initiator/target object
  (a null gold side is right only against a null prediction); killed/injured where the gold has
  `casualties` (null against null is right; an int n is the range n..n).
* A gold claimant is found by a predicted claim with an equal side (null equals null) and a name sharing a
  content word with the gold name or an alias. Its stance is judged on the best such claim: most shared
  content words, then first in the prediction.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from warlog.geo import geometry

DEFAULT_TOLERANCE_KM = {
    "exact": 25.0, "city": 25.0, "admin2": 50.0, "admin1": 100.0, "region": 100.0, "country": 500.0,
    "unknown": 100.0,
}
STOPWORDS = frozenset({
    "the", "of", "and", "s", "a", "an", "in", "on", "at", "for", "to", "by", "from", "its", "his", "her",
    "their",
})


class EvaluationInputError(ValueError):
    """A gold or prediction file that cannot be read; the message names the file and the reason."""


# --- reading -------------------------------------------------------------------------------------------


@dataclass
class GoldFile:
    """One gold file: its document description, gold events and documented non-events."""

    path: Path | None
    document: dict[str, Any]
    events: list[dict[str, Any]]
    not_events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.document.get("id") or (self.path.stem if self.path else "gold"))

    def document_text(self) -> str:
        """The report's text: `document.text`, else the file `document.file` names (relative to the gold)."""
        if isinstance(self.document.get("text"), str):
            return self.document["text"]
        rel = self.document.get("file")
        if not rel:
            raise EvaluationInputError(f"{self.path}: document has neither 'text' nor 'file'")
        base = self.path.parent if self.path else Path.cwd()
        text_path = base / rel
        try:
            return text_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise EvaluationInputError(f"{self.path}: cannot read document file {text_path}: {exc}") from exc

    def to_document(self):
        """The `warlog.model.Document` an extractor is given for this gold file."""
        from warlog.model import Document

        text = self.document_text()
        rel = self.document.get("file")
        text_path = (self.path.parent / rel) if (rel and self.path) else self.path
        return Document(
            id=self.document.get("id") or Document.content_id(text), text=text,
            title=self.document.get("title"), published=self.document.get("published"),
            source=self.document.get("source"), url=self.document.get("url"),
            language=self.document.get("language") or "en", path=str(text_path) if text_path else None,
        )


def load_gold(path: str | Path) -> GoldFile:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationInputError(f"{path}: cannot read gold file: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise EvaluationInputError(f"{path}: a gold file is an object with an 'events' list")
    for i, ev in enumerate(data["events"]):
        if not isinstance(ev, dict) or not ev.get("type"):
            raise EvaluationInputError(f"{path}: gold event {i + 1} has no 'type'")
    return GoldFile(path=path, document=data.get("document") or {}, events=data["events"],
                    not_events=data.get("not_events") or [])


def load_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Predicted events from JSON Lines (one event per line), a JSON list, or an object with 'events'."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationInputError(f"{path}: cannot read predictions: {exc}") from exc
    try:
        whole = json.loads(text) if text.strip() else []
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, list):
        events = whole
    elif isinstance(whole, dict):
        events = whole["events"] if isinstance(whole.get("events"), list) else [whole]
    else:
        events = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EvaluationInputError(f"{path}: line {n} is not JSON: {exc.msg}") from exc
    for n, ev in enumerate(events, 1):
        if not isinstance(ev, dict):
            raise EvaluationInputError(f"{path}: prediction {n} is not a JSON object")
    return events


# --- normalised views of gold and predicted events --------------------------------------------------------


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _range(value: Any) -> tuple[int | None, int | None] | None:
    """A casualty count as (min, max); None when not given. An int n is n..n."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return (value, value)
    if isinstance(value, dict):
        lo, hi = value.get("min"), value.get("max")
        return None if lo is None and hi is None else (lo, hi)
    return None


def _side(value: Any) -> str | None:
    return value.strip().upper() if isinstance(value, str) and value.strip() else None


def content_words(name: str | None) -> set[str]:
    """Lowercase alphanumeric tokens minus stopwords: "Russia's Defense Ministry" -> {russia, defense, ministry}."""
    return {t for t in re.findall(r"[a-z0-9]+", (name or "").lower()) if t not in STOPWORDS}


_ABSENT = object()  # an actor the gold does not state (so its side is not scored)


@dataclass
class ClaimView:
    name: str
    words: set[str]
    side: str | None
    stance: str | None


@dataclass
class EventView:
    """What matching and scoring need from one event, gold or predicted."""

    raw: dict[str, Any]
    index: int
    id: str
    type: str
    subtype: str
    summary: str
    required: bool
    accept_types: set[tuple[str, str]]
    has_date: bool
    start: date | None
    precision: str
    window: tuple[date | None, date | None] | None
    place: str | None
    point: tuple[float, float] | None
    tolerance_km: float | None
    initiator: Any  # side string / None, or _ABSENT
    target: Any
    has_casualties: bool
    killed: tuple[int | None, int | None] | None
    injured: tuple[int | None, int | None] | None
    claims: list[ClaimView]
    confidence: float | None

    @classmethod
    def from_dict(cls, ev: dict[str, Any], index: int) -> EventView:
        dt = ev.get("date") if isinstance(ev.get("date"), dict) else None
        start = _parse_date(dt.get("start")) if dt else None
        window = None
        if dt:
            w = dt.get("window")
            if isinstance(w, list | tuple) and len(w) == 2:
                window = (_parse_date(w[0]), _parse_date(w[1]))
            elif start:
                window = (start, _parse_date(dt.get("end")) or start)
        loc = ev.get("location") if isinstance(ev.get("location"), dict) else None
        point = None
        tolerance = None
        if loc and isinstance(loc.get("lat"), int | float) and isinstance(loc.get("lon"), int | float):
            point = (float(loc["lat"]), float(loc["lon"]))
            tol = loc.get("tolerance_km")
            tolerance = float(tol) if isinstance(tol, int | float) else DEFAULT_TOLERANCE_KM.get(
                str(loc.get("precision") or "unknown"), DEFAULT_TOLERANCE_KM["unknown"])
        cas = ev.get("casualties") if isinstance(ev.get("casualties"), dict) else None
        claims = []
        for c in ev.get("claims") or []:
            if not isinstance(c, dict):
                continue
            name = str(c.get("claimant") or c.get("name") or "")
            words = content_words(name)
            for alias in c.get("aliases") or []:
                words |= content_words(alias)
            claims.append(ClaimView(name=name, words=words, side=_side(c.get("side")), stance=c.get("stance")))

        def actor(key: str) -> Any:
            a = ev.get(key)
            return _side(a.get("side")) if isinstance(a, dict) else _ABSENT

        conf = ev.get("confidence")
        return cls(
            raw=ev, index=index, id=str(ev.get("id") or f"#{index + 1}"), type=str(ev.get("type") or ""),
            subtype=str(ev.get("subtype") or ""), summary=str(ev.get("summary") or ""),
            required=ev.get("required", True) is not False,
            accept_types={(str(p[0]), str(p[1])) for p in ev.get("accept_types") or [] if len(p) == 2},
            has_date=dt is not None, start=start, precision=str(dt.get("precision") or "unknown") if dt else "",
            window=window, place=(loc.get("name") or loc.get("text")) if loc else None, point=point,
            tolerance_km=tolerance, initiator=actor("initiator"), target=actor("target"),
            has_casualties=cas is not None, killed=_range(cas.get("killed")) if cas else None,
            injured=_range(cas.get("injured")) if cas else None, claims=claims,
            confidence=float(conf) if isinstance(conf, int | float) and not isinstance(conf, bool) else None,
        )

    def describe(self) -> str:
        """One line: id, type / subtype, place, date, summary."""
        if self.start:
            when = self.start.isoformat()
        elif self.window and self.window[0]:
            when = f"{self.window[0].isoformat()}..{self.window[1].isoformat() if self.window[1] else ''}"
        else:
            when = "no date"
        return (f"{self.id}: {self.type} / {self.subtype} | {self.place or 'no place'} | {when}"
                f" | {self.summary[:100]}")


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return geometry.haversine_km(*a, *b)


# --- matching -------------------------------------------------------------------------------------------


def types_compatible(pred: EventView, gold: EventView) -> bool:
    return pred.type == gold.type or (pred.type, pred.subtype) in gold.accept_types


def location_within(pred: EventView, gold: EventView) -> bool:
    if pred.point is None or gold.point is None:
        return True
    return haversine_km(pred.point, gold.point) <= gold.tolerance_km


def date_within(pred: EventView, gold: EventView) -> bool:
    if pred.start is None or gold.window is None:
        return True
    lo, hi = gold.window
    return (lo is None or lo <= pred.start) and (hi is None or pred.start <= hi)


def matches(pred: EventView, gold: EventView) -> bool:
    return types_compatible(pred, gold) and location_within(pred, gold) and date_within(pred, gold)


def pair_distance(pred: EventView, gold: EventView) -> tuple[float, float]:
    """(km, days) between a compatible pair; see the module docstring for the unknown cases."""
    if gold.point is None:
        km = math.inf
    elif pred.point is None:
        km = gold.tolerance_km
    else:
        km = haversine_km(pred.point, gold.point)
    centre = gold.start
    half_window = None
    if gold.window and gold.window[0] and gold.window[1]:
        lo, hi = gold.window
        half_window = (hi - lo).days / 2
        centre = centre or lo.fromordinal((lo.toordinal() + hi.toordinal()) // 2)
    if pred.start and centre:
        days = float(abs((pred.start - centre).days))
    elif half_window is not None:
        days = half_window
    else:
        days = math.inf
    return km, days


@dataclass
class Match:
    pred: EventView
    gold: EventView
    km: float
    days: float
    errors: list[str] = field(default_factory=list)  # the fields this prediction got wrong


def match_events(preds: list[EventView], golds: list[EventView]) -> tuple[list[Match], dict[int, str | None]]:
    """Greedy one-to-one matching. Returns the matches and, for each unmatched prediction index, the id of
    the gold event it duplicates (None when no gold event fits it at all)."""
    candidates = []
    for p in preds:
        for g in golds:
            if matches(p, g):
                km, days = pair_distance(p, g)
                exact = p.type == g.type and p.subtype == g.subtype
                candidates.append((km, days, not g.required, not exact, p.index, g.index, p, g))
    candidates.sort(key=lambda c: c[:6])
    taken_pred: set[int] = set()
    taken_gold: dict[int, str] = {}
    out: list[Match] = []
    duplicate_of: dict[int, str | None] = {}
    for km, days, *_rest, p, g in candidates:
        if p.index in taken_pred:
            continue
        if g.index in taken_gold:
            duplicate_of.setdefault(p.index, g.id)
            continue
        taken_pred.add(p.index)
        taken_gold[g.index] = g.id
        out.append(Match(p, g, km, days))
    unmatched = {p.index: duplicate_of.get(p.index) for p in preds if p.index not in taken_pred}
    return out, unmatched


# --- field scores ---------------------------------------------------------------------------------------


@dataclass
class Tally:
    right: int = 0
    scored: int = 0

    def add(self, ok: bool) -> bool:
        self.right += int(ok)
        self.scored += 1
        return ok

    @property
    def rate(self) -> float | None:
        return self.right / self.scored if self.scored else None

    def __iadd__(self, other: Tally) -> Tally:
        self.right += other.right
        self.scored += other.scored
        return self


FIELD_SCORES = (
    ("subtype_accuracy", "subtype"),
    ("location_within_tolerance", "location within tolerance"),
    ("exact_date", "exact date"),
    ("exact_date_day_precision", "exact date (day-precision gold)"),
    ("initiator_side", "initiator side"),
    ("target_side", "target side"),
    ("killed_exact", "killed exact"),
    ("injured_exact", "injured exact"),
    ("casualties_exact", "casualties exact (killed and injured)"),
    ("claimant_recall", "claimant recall"),
    ("stance_accuracy", "stance accuracy (found claimants)"),
)


def same_date_at(pred: date, gold: date, precision: str) -> bool:
    if precision == "week":
        return pred.isocalendar()[:2] == gold.isocalendar()[:2]
    if precision == "month":
        return (pred.year, pred.month) == (gold.year, gold.month)
    if precision == "year":
        return pred.year == gold.year
    return pred == gold  # day, and unknown precision with a stated start


def _fmt_range(r: tuple[int | None, int | None] | None) -> str:
    if r is None:
        return "null"
    return str(r[0]) if r[0] == r[1] else f"{r[0]}..{r[1]}"


def best_claim(gold_claim: ClaimView, preds: list[ClaimView]) -> ClaimView | None:
    """The predicted claim that finds this gold claimant: equal side, shared content word, most shared."""
    best, best_shared = None, 0
    for c in preds:
        shared = len(c.words & gold_claim.words)
        if c.side == gold_claim.side and shared > best_shared:
            best, best_shared = c, shared
    return best


def score_match(m: Match, tallies: dict[str, Tally]) -> None:
    """Add one matched pair to the field tallies and record what it got wrong in `m.errors`."""
    p, g = m.pred, m.gold
    if not tallies["subtype_accuracy"].add(p.subtype == g.subtype or (p.type, p.subtype) in g.accept_types):
        m.errors.append(f"subtype {p.type} / {p.subtype}")
    if g.point is not None and not tallies["location_within_tolerance"].add(
            p.point is not None and haversine_km(p.point, g.point) <= g.tolerance_km):
        m.errors.append(f"location {p.place or 'none'}")
    if g.start is not None:
        ok = p.start is not None and same_date_at(p.start, g.start, g.precision)
        tallies["exact_date"].add(ok)
        if g.precision == "day":
            tallies["exact_date_day_precision"].add(ok)
        if not ok:
            m.errors.append(f"date {p.start.isoformat() if p.start else 'none'} (gold {g.start.isoformat()})")
    for key, role in (("initiator_side", "initiator"), ("target_side", "target")):
        gs = getattr(g, role)
        if gs is not _ABSENT:
            ps = getattr(p, role)
            ps = None if ps is _ABSENT else ps
            if not tallies[key].add(ps == gs):
                m.errors.append(f"{role} side {ps} (gold {gs})")
    if g.has_casualties:
        killed_ok = tallies["killed_exact"].add(p.killed == g.killed)
        injured_ok = tallies["injured_exact"].add(p.injured == g.injured)
        tallies["casualties_exact"].add(killed_ok and injured_ok)
        if not killed_ok:
            m.errors.append(f"killed {_fmt_range(p.killed)} (gold {_fmt_range(g.killed)})")
        if not injured_ok:
            m.errors.append(f"injured {_fmt_range(p.injured)} (gold {_fmt_range(g.injured)})")
    for gc in g.claims:
        found = best_claim(gc, p.claims)
        if not tallies["claimant_recall"].add(found is not None):
            m.errors.append(f"claimant {gc.name} ({gc.side}) not found")
        elif not tallies["stance_accuracy"].add(found.stance == gc.stance):
            m.errors.append(f"stance of {gc.name}: {found.stance} (gold {gc.stance})")


# --- reports --------------------------------------------------------------------------------------------


@dataclass
class Counts:
    required_gold: int = 0
    required_matched: int = 0
    predictions: int = 0
    predictions_matched: int = 0
    fields: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k, _ in FIELD_SCORES})

    def __iadd__(self, other: Counts) -> Counts:
        self.required_gold += other.required_gold
        self.required_matched += other.required_matched
        self.predictions += other.predictions
        self.predictions_matched += other.predictions_matched
        for k, t in other.fields.items():
            self.fields[k] += t
        return self

    @property
    def recall(self) -> float | None:
        return self.required_matched / self.required_gold if self.required_gold else None

    @property
    def precision(self) -> float | None:
        return self.predictions_matched / self.predictions if self.predictions else None

    @property
    def f1(self) -> float | None:
        r, p = self.recall, self.precision
        if r is None or p is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def scores(self) -> dict[str, float | None]:
        out = {"event_recall": self.recall, "event_precision": self.precision, "event_f1": self.f1}
        out.update({k: t.rate for k, t in self.fields.items()})
        return out


@dataclass
class FileResult:
    """The evaluation of one document's predictions against its gold file."""

    name: str
    counts: Counts
    matches: list[Match]
    missed: list[EventView]  # required gold events nothing matched
    unmatched: list[tuple[EventView, str | None]]  # false positives, with the gold id they duplicate
    predictions: list[EventView]

    def matched_pred_indices(self) -> set[int]:
        return {m.pred.index for m in self.matches}


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


@dataclass
class EvalReport:
    files: list[FileResult]

    @property
    def counts(self) -> Counts:
        total = Counts()
        for f in self.files:
            total += f.counts
        return total

    @property
    def scores(self) -> dict[str, float | None]:
        """Micro-averaged over all files."""
        return self.counts.scores()

    @property
    def recall(self) -> float | None:
        return self.counts.recall

    @property
    def precision(self) -> float | None:
        return self.counts.precision

    @property
    def f1(self) -> float | None:
        return self.counts.f1

    def format(self) -> str:
        c = self.counts
        lines = [
            f"event recall     {_fmt(c.recall)}  ({c.required_matched}/{c.required_gold} required gold events)",
            f"event precision  {_fmt(c.precision)}  ({c.predictions_matched}/{c.predictions} predictions)",
            f"event F1         {_fmt(c.f1)}",
            f"over matched events ({sum(len(f.matches) for f in self.files)}):",
        ]
        for key, label in FIELD_SCORES:
            t = c.fields[key]
            lines.append(f"  {label:<38} {_fmt(t.rate)}  ({t.right}/{t.scored})")
        multi = len(self.files) > 1
        if multi:
            lines.append("per file:")
            for f in self.files:
                fc = f.counts
                lines.append(f"  {f.name}: recall {_fmt(fc.recall)} ({fc.required_matched}/{fc.required_gold})"
                             f"  precision {_fmt(fc.precision)} ({fc.predictions_matched}/{fc.predictions})")

        def tag(f: FileResult) -> str:
            return f"[{f.name}] " if multi else ""

        missed = [f"  {tag(f)}{g.describe()}" for f in self.files for g in f.missed]
        lines.append(f"missed required gold events ({len(missed)}):")
        lines.extend(missed or ["  none"])
        unmatched = [f"  {tag(f)}{p.describe()}" + (f"  [duplicate of {dup}]" if dup else "")
                     for f in self.files for p, dup in f.unmatched]
        lines.append(f"unmatched predictions ({len(unmatched)}):")
        lines.extend(unmatched or ["  none"])
        wrong = [f"  {tag(f)}{m.gold.id} <- {m.pred.id}: " + "; ".join(m.errors)
                 for f in self.files for m in f.matches if m.errors]
        if wrong:
            lines.append(f"matched events with wrong fields ({len(wrong)}):")
            lines.extend(wrong)
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        c = self.counts

        def counts_dict(k: Counts) -> dict[str, Any]:
            return {"required_gold": k.required_gold, "required_matched": k.required_matched,
                    "predictions": k.predictions, "predictions_matched": k.predictions_matched,
                    **{key: {"right": t.right, "scored": t.scored} for key, t in k.fields.items()}}

        return {
            "scores": c.scores(),
            "counts": counts_dict(c),
            "files": [{
                "name": f.name,
                "scores": f.counts.scores(),
                "counts": counts_dict(f.counts),
                "matches": [{"gold": m.gold.id, "prediction": m.pred.id, "km": None if math.isinf(m.km) else m.km,
                             "days": None if math.isinf(m.days) else m.days, "errors": m.errors}
                            for m in f.matches],
                "missed": [{"gold": g.id, "line": g.describe()} for g in f.missed],
                "unmatched": [{"prediction": p.id, "duplicate_of": dup, "line": p.describe()}
                              for p, dup in f.unmatched],
            } for f in self.files],
        }


# --- entry points ---------------------------------------------------------------------------------------


def _as_dicts(predictions: Iterable[Any]) -> list[dict[str, Any]]:
    """Accept pydantic events as well as dicts."""
    return [p.model_dump(mode="json") if hasattr(p, "model_dump") else dict(p) for p in predictions]


def evaluate_file_result(gold: GoldFile, predictions: Iterable[Any], name: str | None = None) -> FileResult:
    golds = [EventView.from_dict(ev, i) for i, ev in enumerate(gold.events)]
    preds = [EventView.from_dict(ev, i) for i, ev in enumerate(_as_dicts(predictions))]
    found, unmatched = match_events(preds, golds)
    counts = Counts(required_gold=sum(g.required for g in golds),
                    required_matched=sum(m.gold.required for m in found),
                    predictions=len(preds), predictions_matched=len(found))
    for m in sorted(found, key=lambda m: m.gold.index):
        score_match(m, counts.fields)
    matched_gold = {m.gold.index for m in found}
    return FileResult(
        name=name or gold.name, counts=counts, matches=sorted(found, key=lambda m: m.gold.index),
        missed=[g for g in golds if g.required and g.index not in matched_gold],
        unmatched=[(preds[i], dup) for i, dup in sorted(unmatched.items())], predictions=preds,
    )


def evaluate_predictions(gold: GoldFile, predictions: Iterable[Any]) -> EvalReport:
    return EvalReport([evaluate_file_result(gold, predictions)])


def evaluate_files(gold_path: str | Path, pred_path: str | Path) -> EvalReport:
    """`warlog eval GOLD PRED`: one gold file against a file of predicted events."""
    return evaluate_predictions(load_gold(gold_path), load_predictions(pred_path))


def default_predict(document) -> list:
    from warlog.pipeline import extract_document  # written alongside; imported only when used

    return extract_document(document)


def evaluate_gold_set(gold_dir: str | Path, predict: Callable[[Any], Iterable[Any]] | None = None) -> EvalReport:
    """Run `predict` (default: the warlog pipeline) on every `*.json` gold file's document in a folder
    (or on one gold file) and score it; scores are micro-averaged over the files."""
    gold_dir = Path(gold_dir)
    paths = [gold_dir] if gold_dir.is_file() else sorted(gold_dir.glob("*.json"))
    if not paths:
        raise EvaluationInputError(f"{gold_dir}: no *.json gold files")
    predict = predict or default_predict
    results = []
    for path in paths:
        gold = load_gold(path)
        results.append(evaluate_file_result(gold, predict(gold.to_document())))
    return EvalReport(results)


def gold_as_predictions(gold: GoldFile) -> list[dict[str, Any]]:
    """The gold events in the prediction shape (gold-only fields dropped): a perfect extractor's output."""
    out = []
    for ev in gold.events:
        pred = {k: v for k, v in ev.items() if k not in ("required", "accept_types")}
        if isinstance(pred.get("date"), dict):
            pred["date"] = {k: v for k, v in pred["date"].items() if k != "window"}
        if isinstance(pred.get("location"), dict):
            pred["location"] = {k: v for k, v in pred["location"].items() if k != "tolerance_km"}
        pred["claims"] = [{k: v for k, v in c.items() if k != "aliases"} for c in pred.get("claims") or []]
        out.append(pred)
    return out
