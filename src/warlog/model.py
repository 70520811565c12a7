"""The data model every stage imports: documents in, events out (SPEC §1-§2).

Field names and vocabularies follow ../shared/SPEC.md exactly. A `Span` is a pair of character
offsets into `Document.text`; `text[start:end]` is always the words a value came from.
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]

Side = str  # ISO 3166-1 alpha-2 ("UA", "RU", "KP"), or None when unknown
ActorKind = Literal[
    "military", "government", "official", "civilians", "armed_group", "media", "witness",
    "international", "other",
]
Stance = Literal["asserts", "denies", "disputes", "suggests"]
Status = Literal["single-source", "corroborated", "contested", "unverified"]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
PlacePrecision = Literal["exact", "city", "admin2", "admin1", "country", "region", "unknown"]

# ACLED event types and sub-event types (SPEC §2), spelled as ACLED spells them. The two
# extensions marked * in the SPEC export to ACLED as "Strategic developments / Other".
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
        "Grenade", "Suicide bomb", "Chemical weapon",
    ),
    "Violence against civilians": ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other", "Arms transfer", "Diplomatic visit",
    ),
}
EXTENSION_SUBTYPES = frozenset({"Arms transfer", "Diplomatic visit"})


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Document(Model):
    """One news report and what is known about it (SPEC §1)."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    source: str | None = None
    url: str | None = None
    language: str = "en"
    path: str | None = None  # where it was read from, for messages

    @staticmethod
    def content_id(text: str) -> str:
        """Stable id: a hash of the normalised text (NFC, whitespace folded)."""
        norm = " ".join(unicodedata.normalize("NFC", text).split())
        return "doc_" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


class Range(Model):
    """A count that may be a range: "at least 20" is {min: 20, max: null}."""

    min: int | None = None
    max: int | None = None


class EventDate(Model):
    start: str | None = None
    end: str | None = None
    precision: DatePrecision = "unknown"
    text: str | None = None
    span: Span | None = None


class Location(Model):
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    precision: PlacePrecision = "unknown"
    text: str | None = None
    span: Span | None = None


class Actor(Model):
    name: str | None = None
    side: Side | None = None
    kind: ActorKind | None = None
    text: str | None = None
    span: Span | None = None


class Claim(Model):
    claimant: str
    side: Side | None = None
    kind: ActorKind | None = None
    stance: Stance
    text: str
    span: Span
    # the words that carry the stance ("said", "denied", "blamed", "is understood to")
    cue: str | None = None
    cue_span: Span | None = None


class Casualties(Model):
    killed: Range | None = None
    injured: Range | None = None
    missing: Range | None = None
    captured: Range | None = None
    who: str | None = None  # "civilians", "soldiers", ... when the text says
    span: Span | None = None


class Trigger(Model):
    """The words that made this an event ("shot down", "struck", "visit")."""

    text: str
    span: Span


class Event(Model):
    """One real-world incident, with every value's evidence (SPEC §2)."""

    id: str
    document: str
    type: str
    subtype: str
    summary: str
    date: EventDate | None = None
    location: Location | None = None
    initiator: Actor | None = None
    target: Actor | None = None
    weapons: list[str] = Field(default_factory=list)
    weapon_spans: list[Span] = Field(default_factory=list)
    casualties: Casualties = Field(default_factory=Casualties)
    claims: list[Claim] = Field(default_factory=list)
    status: Status = "single-source"
    evidence: list[Span] = Field(default_factory=list)
    trigger: Trigger | None = None
    confidence: float = 0.5
    # ids of the same incident as told by other documents (filled by cross-document linking)
    same_as: list[str] = Field(default_factory=list)


def derive_status(claims: list[Claim], unverified: bool = False) -> Status:
    """SPEC §2: status from the claims.

    `unverified` wins when the report itself says it could not verify; then contested when any
    claimant denies or disputes; corroborated when two or more independent claimants assert;
    otherwise single-source.
    """
    if unverified:
        return "unverified"
    if any(c.stance in ("denies", "disputes") for c in claims):
        return "contested"
    # independent: different sources, not one actor named twice, nor two voices of one state ("the
    # Israeli military said" and "Israel says" are one source; so are a ministry and its minister)
    sources = {("state", c.side) if c.side and c.kind in STATE_KINDS else ("name", c.claimant.lower())
               for c in claims if c.stance == "asserts"}
    if len(sources) >= 2:
        return "corroborated"
    return "single-source"


STATE_KINDS = frozenset({"government", "military", "official"})


def event_json_schema() -> dict:
    return Event.model_json_schema()


# --- Mentions: what the extract stages find in one document, before linking into events. ---
# Plain dataclasses (not pydantic): they are made by the thousand on the hot path.

from dataclasses import dataclass, field  # noqa: E402


@dataclass(slots=True)
class PlaceMention:
    """A place name found in the text and what it resolved to (warlog.geo)."""

    start: int
    end: int
    text: str  # text[start:end], the name as written
    name: str | None = None  # the gazetteer's name of the resolved place
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None  # name of the first-level division
    feature: str | None = None  # GeoNames feature code (PPLA, ADM1, PCLI, ...); "REGION" for "southeast X"
    precision: str = "unknown"  # a PlacePrecision
    score: float = 0.0  # resolver's confidence in [0, 1]
    phrase_start: int | None = None  # the whole phrase ("the city of Taganrog") when wider than the name
    phrase_end: int | None = None

    def to_location(self) -> Location:
        s, e = (self.phrase_start, self.phrase_end) if self.phrase_start is not None else (self.start, self.end)
        return Location(
            name=self.name or self.text, geonameid=self.geonameid, lat=self.lat, lon=self.lon,
            country=self.country, admin1=self.admin1, precision=self.precision,  # type: ignore[arg-type]
            text=self.text, span=(self.start, self.end) if s is None else (s, e),
        )


@dataclass(slots=True)
class TimeMention:
    """A time expression and its normalised value (warlog.extract.time)."""

    start: int
    end: int
    text: str
    value_start: str | None  # ISO date, inclusive
    value_end: str | None  # ISO date, inclusive
    precision: str  # a DatePrecision
    kind: str = "date"  # "date" | "duration" | "set" (habitual: "every day") | "relative_anchor" | "dateline"

    def to_date(self) -> EventDate:
        return EventDate(start=self.value_start, end=self.value_end, precision=self.precision,  # type: ignore[arg-type]
                         text=self.text, span=(self.start, self.end))


@dataclass(slots=True)
class ActorMention:
    """A reference to an actor: a state, force, ministry, person, group (warlog.extract.actors)."""

    start: int
    end: int
    text: str
    name: str  # canonical name ("Russian Defense Ministry", "Volodymyr Zelenskyy")
    side: str | None
    kind: str | None
    is_demonym: bool = False  # "Ukrainian" in "a Ukrainian missile": yields a side, names no actor
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class CasualtyMention:
    """A count of people killed / injured / missing / captured (warlog.extract.casualties)."""

    start: int  # the whole phrase ("20 people were injured")
    end: int
    text: str
    category: str  # "killed" | "injured" | "missing" | "captured"
    min: int | None  # "at least 20" -> 20, None; "dozens" -> 24, None; "no one" -> 0, 0
    max: int | None
    who: str | None = None  # "civilians", "soldiers", "children", ... when stated
    anchor: int | None = None  # char offset of the verb/noun the count hangs on ("injured", "killed")
    negated: bool = False  # "no injuries" / "no one was killed": a count of zero, stated
    stray: bool = False  # told sentences away from any incident word: counts only for an untolled incident


@dataclass(slots=True)
class ClaimMention:
    """Someone saying something about what happened (warlog.extract.claims)."""

    claimant: ActorMention
    stance: str  # a Stance, before comparison with the event ("blamed X" may become 'disputes')
    cue: str  # the words that carry it: "said", "denied", "according to", "is understood to"
    cue_start: int
    cue_end: int
    content_start: int  # what is claimed: the complement clause, or the rest of the sentence
    content_end: int
    sentence: int  # index of the sentence in the document
    start: int  # the whole claim, claimant to content, for the evidence text
    end: int
    culprit: ActorMention | None = None  # "accused Kyiv of ...", "blamed Russian air defense for ..."
    disputing: bool = False  # content gives another outcome: "insisted the push has failed"
    negated: bool = False  # content denies the deed: "said it did not strike civilians"
    circumstance: bool = False  # what is claimed is a clause with no incident word ("denied that its fighters were there")


@dataclass(slots=True)
class EventMention:
    """One telling of an incident in one sentence, before mentions are merged into events."""

    trigger_start: int
    trigger_end: int
    trigger: str
    lemma: str
    event_class: str  # a class of data/events.toml ("attack", "intercept", ...)
    type: str
    subtype: str
    sentence: int
    sent_start: int
    sent_end: int
    strength: float
    initiator: ActorMention | None = None
    initiator_from_culprit: bool = False  # known only from an accusation ("blamed X for ...")
    target: ActorMention | None = None
    weapons: list[tuple[str, int, int]] = field(default_factory=list)  # (canonical, start, end)
    place: PlaceMention | None = None
    place_inherited: bool = False  # from "the city" / an earlier sentence, not this clause
    place_noun: str | None = None  # "a key village", "the town": a place told without its name
    time: TimeMention | None = None
    time_is_report_time: bool = False  # the date governs the report of it: the event is on or before
    time_of_report: bool = False  # the date is the report's ("the army said Wednesday ..."), taken as the deed's
    casualties: list[CasualtyMention] = field(default_factory=list)
    claims: list[ClaimMention] = field(default_factory=list)
    anaphoric: bool = False  # "the explosion", "the latest incident": refers to an incident told before
    refers_to: int | None = None  # trigger offset of the telling it points back to ("... when it was hit")
    generic: bool = False  # "deny conducting arms transactions": joins an incident told nearby, never one of its own
    # told inside a denial, another account of an incident told just before ("The RSF denied the
    # accusation, saying the army's warplanes had bombed the market"): set when linking; its weapon
    # and culprit are the denier's version, so they neither type the event nor name its initiator
    counter: bool = False
    damage: bool = False  # its clause tells damage done ("set fire to an oil depot"): data/events.toml [damage]
    hedged: bool = False  # "apparent", "is understood to"
    headline: bool = False
    is_verb: bool = False  # told by a verb ("forces attacked the village"), not a noun ("a Russian attack")
    ordinal: int | None = None  # "a second missile", "the third drone strike"
    count: int | None = None  # "two missiles"
    unverified: bool = False
