"""Linking within a document: mentions of one incident become one event.

A report tells the same incident in its headline, lead, photo caption, body and a later summary
("Moscow accused Kyiv of firing two missiles ..."). Mentions merge when nothing they say conflicts
(family of event, place, day, initiator, weapon) and something ties them (the same place, weapon,
casualty count, day, or a definite reference such as "the explosion"). Each event keeps every
mention's evidence span and the union of its claims; its status and confidence follow from them.

Merging runs in three passes so that a headline told before the body joins the body's incident:
  1. mentions with a place of their own, in reading order;
  2. mentions with no place, to the best-tied event (or a new one);
  3. definite references ("the explosion", "the latest incident"), to the latest event before them.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from warlog.extract import lexicon
from warlog.extract.numbers import VAGUE
from warlog.geo.geometry import haversine_km
from warlog.model import (
    Actor,
    Casualties,
    Claim,
    ClaimMention,
    Document,
    Event,
    EventDate,
    EventMention,
    PlaceMention,
    Range,
    Trigger,
    derive_status,
)

FAMILY = {
    "attack": "remote", "weapon_use": "remote", "intercept": "remote", "explosion": "remote", "impact": "remote",
    "kill": "violence",
    "clash": "battle", "capture": "territory", "seize_weapons": "seizure", "arms_transfer": "arms",
    "visit": "visit", "meeting": "visit", "abduct": "abduct", "sexual_violence": "sexual", "arrest": "arrest",
    "agreement": "agreement", "annex": "annex", "property": "property", "protest": "protest", "riot": "riot",
}
# which family's type wins when a merged event holds several (the most specific telling)
STANCE_STRENGTH = {"denies": 3, "disputes": 2, "suggests": 1, "asserts": 0}
SAME_PLACE_KM = 30.0
# Actors whose nationality the report leaves unsaid are, by ACLED's practice, of the country where the
# incident happened: "police fatally shot four men" in Makhachkala are Russian police; "officials
# said" after a blast in Baghdad are Iraqi; unnamed "gunmen" or "rustlers" in Kenya are ACLED's
# "Unidentified Armed Group (Kenya)". Named groups keep the side the actor table gives them.
# Not so for other kinds, nor for phrases marked foreign.
LOCAL_KINDS = {"official", "government", "military", "witness", "civilians", "armed_group"}
FOREIGN_WORDS = {"western", "foreign", "international", "u.n.", "un", "european", "nato", "overseas", "allied",
                 "coalition", "peacekeeping", "peacekeepers", "diplomats", "diplomat", "envoy", "ambassador"}


def km(a, b) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


@dataclass
class Cluster:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def family(self) -> str:
        return FAMILY.get(self.mentions[0].event_class, self.mentions[0].event_class)

    def place(self):
        """The finest place its tellings give; one taken from "the village" counts after one named, and
        a headline's after the body's (the headline names the place readers know: "air strike on
        Sagaing village" over "bombs on Pin Lel village in Kanbalu township")."""
        placed = [m for m in self.mentions if m.place is not None]
        if not placed:
            return None
        best = min(placed, key=lambda m: (PRECISION_ORDER.get(m.place.precision, 9), m.place_inherited, m.headline))
        return best.place

    def day(self) -> str | None:
        for m in self.mentions:
            if m.time is not None and m.time.precision == "day" and not m.time_is_report_time:
                return m.time.value_start
        return None

    def initiator_side(self) -> str | None:
        sides = [m.initiator.side for m in self.mentions
                 if m.initiator is not None and m.initiator.side and not m.initiator_from_culprit and not m.counter]
        return Counter(sides).most_common(1)[0][0] if sides else None

    def weapons(self) -> set[str]:
        return {w for m in self.mentions if not m.counter for w, _, _ in m.weapons}

    def last_sentence_before(self, n: int) -> int | None:
        before = [m.sentence for m in self.mentions if m.sentence <= n]
        return max(before) if before else None


PRECISION_ORDER = {"exact": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5, "unknown": 6}


def _places_agree(a, b) -> tuple[bool, float]:
    """(compatible, tie strength) of two places."""
    if a is None or b is None:
        return True, 0.0
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True, 3.0
    if a.lat is None and b.lat is None and (a.name or a.text).lower() == (b.name or b.text).lower():
        return True, 3.0  # the same village the gazetteer lacks, named twice
    if a.lat is not None and b.lat is not None and km(a, b) <= SAME_PLACE_KM:
        return True, 2.5
    fine, coarse = sorted((a, b), key=lambda p: PRECISION_ORDER.get(p.precision, 9))
    if fine.lat is None and fine.country is None and coarse.precision in ("country", "region", "admin1"):
        return True, 0.5  # a village the gazetteer lacks may lie anywhere in a country told with it
    unlisted = fine if fine.lat is None else coarse if coarse.lat is None else None
    other = coarse if unlisted is fine else fine
    if unlisted is not None and unlisted.admin1 and other.lat is not None and (
            unlisted.country, unlisted.admin1) == (other.country, other.admin1):
        return True, 0.5  # "the village of Achguara of the Ochamchire district" ... "in the Ochamchire district"
    if coarse.precision in ("country", "region", "admin1") and coarse.country and coarse.country == fine.country:
        if coarse.precision == "admin1" and coarse.admin1 and fine.admin1 and coarse.admin1 != fine.admin1:
            return False, 0.0
        return True, 1.0
    return False, 0.0


def _names_the_unnamed(m: EventMention, c: Cluster):
    """"aircraft bombed a village in Sagaing region" ... next sentence "a fighter jet dropped bombs on
    Pin Lel village in Kanbalu township": the incident at an unnamed settlement of a province, then
    named at a place inside that province. Returns that province, or None."""
    last = c.last_sentence_before(m.sentence)
    if last is None or m.sentence - last != 1:
        return None
    # the province told in that sentence, though a headline may have named a finer place ("air strike
    # on Sagaing village" ... "bombed a village in Sagaing region" ... "bombs on Pin Lel village")
    told = [x.place for x in c.mentions if x.sentence == last and x.place is not None]
    coarse = min(told, key=lambda p: PRECISION_ORDER.get(p.precision, 9)) if told else None
    if coarse is None or coarse.precision not in ("admin1", "admin2", "region") or m.place is None:
        return None
    if not any(x.place_noun for x in c.mentions):
        return None
    inside = PRECISION_ORDER.get(m.place.precision, 9) < PRECISION_ORDER[coarse.precision] and bool(
        m.place.admin1) and (m.place.country, m.place.admin1) == (coarse.country, coarse.admin1)
    return coarse if inside else None


QUIET_FAMILIES = {"remote", "violence", "battle", "territory"}


# a killing told beside a strike or a fight is usually what it did ("shelling of the market kills 12",
# "the eleven people were killed when rustlers stormed a village")
KINDRED_FAMILIES = {frozenset({"violence", "remote"}), frozenset({"violence", "battle"}),
                   # "Russia said it captured the village; Ukraine said fighting for it was continuing":
                   # the fight for a place and its capture are one battle (ACLED types both Battles)
                   frozenset({"territory", "battle"}),
                   # "Dozens killed as insurgents overrun the town": the killing was the taking
                   frozenset({"territory", "violence"})}
# weapons fired in a fight are part of the fight: "a gun battle ... were met by hitmen lobbing hand grenades"
FIGHT_DETAIL_CLASSES = {"weapon_use", "explosion"}
# what follows a fight in the next sentence, with no place or day of its own, is its aftermath, one event
# in ACLED's coding: "Following the battle, the army seized a huge arsenal", "Five people were arrested"
AFTERMATH_FAMILIES = {"seizure", "arrest"}
VIOLENT_FAMILIES = {"battle", "remote", "violence"}


def _kindred(m: EventMention, c: Cluster, echoes: frozenset[int] = frozenset()) -> bool:
    """Whether a telling of another family than the incident's may still tell the same incident.
    `echoes`: sentences that refer back to a fight ("Following the battle, ...")."""
    family = FAMILY.get(m.event_class, m.event_class)
    if family == c.family or frozenset({family, c.family}) in KINDRED_FAMILIES:
        return True
    if c.family == "battle" and m.event_class in FIGHT_DETAIL_CLASSES and m.place is None:
        return True
    if {family, c.family} in ({"battle", "remote"}, {"territory", "remote"}):
        # a strike told beside a fight or a capture in one sentence is part of it: "killed in a
        # shootout as rustlers attacked the tribe", "killed in an assault by insurgents on the town"
        if any(x.sentence == m.sentence for x in c.mentions):
            return True
        # and an attack by fighters with no remote weapon is the fight, wherever told: "fighters
        # attacked a base ... the militants stormed the base", "an assault on the town ... overran it"
        remote = [m] if family == "remote" else [x for x in c.mentions if FAMILY.get(x.event_class) == "remote"]
        return all(_ground_attack(x) for x in remote)
    if family in AFTERMATH_FAMILIES and c.family in VIOLENT_FAMILIES and m.place is None:
        last = c.last_sentence_before(m.sentence)
        if last == m.sentence:  # "ambushed a convoy on Tuesday, killing seven soldiers and seizing weapons"
            return True
        return m.time is None and last is not None and (m.sentence - last <= 1 or m.sentence in echoes)
    return False


def _compatible(m: EventMention, c: Cluster, echoes: frozenset[int] = frozenset(), place=None) -> tuple[bool, float]:
    """Whether m may tell c's incident, and how strongly they tie; `place`: the incident's place to
    compare with, when not the finest one its tellings give."""
    if not _kindred(m, c, echoes):
        return False, 0.0
    ok, score = _places_agree(m.place, place or c.place())
    if not ok:
        return False, 0.0
    for other in c.mentions:
        # "struck Dnipro and pounded a key village": two places told in one sentence, two incidents
        same_sentence = other.sentence == m.sentence and not m.anaphoric and not other.anaphoric
        # (unless "the city" is the one just named: "in El Fasher ... in the south of the city")
        same_place = m.place is not None and other.place is not None and m.place.geonameid is not None \
            and m.place.geonameid == other.place.geonameid and (m.place_inherited or other.place_inherited)
        if same_sentence and not same_place and (
            (m.place_noun and other.place is not None and not other.place_inherited)
            or (other.place_noun and m.place is not None and not m.place_inherited)
        ):
            return False, 0.0
    if m.place_noun and any(x.place_noun == m.place_noun for x in c.mentions if x.sentence != m.sentence):
        score += 1.5  # "a key village" ... "the village"
    if any(x.sentence == m.sentence for x in c.mentions):
        score += 1.5  # "a car bomb exploded in Baghdad ..., in the fifth major attack in Iraq this month"
    thing = _struck_thing(m)
    if thing is not None and any(_struck_thing(x) == thing for x in c.mentions):
        score += 1.5  # "shells struck a hospital ... accusing the RSF of deliberately targeting the hospital"
    day = c.day()
    if m.time is not None and m.time.precision == "day" and not m.time_is_report_time and day:
        if m.time.value_start != day:
            return False, 0.0
        score += 1.0
    elif (m.time is not None and day and not m.time_is_report_time and m.time.value_start and m.time.value_end
          and not m.time.value_start <= day <= m.time.value_end):
        return False, 0.0  # "last weekend" cannot tell an incident of last Thursday
    elif m.time is not None and day and not m.anaphoric and m.time.precision != "day" \
            and m.time.text.lower().startswith("earlier") and day < m.time.value_end:
        # "Shells struck the hospital on Wednesday. ... a shell landed near it earlier in May": an
        # incident told as earlier than the day told is not that day's
        return False, 0.0
    # "Separatists had claimed the day before there were attacks above Prisi" (on or before Wednesday)
    # cannot tell "Prisi came under attack late last night" (Thursday): told before it happened
    if _told_before_it_happened(m, c.mentions):
        return False, 0.0
    side = c.initiator_side()
    if m.initiator is not None and m.initiator.side and side:
        if not m.initiator_from_culprit:
            if m.initiator.side != side:
                return False, 0.0
            score += 1.0
        elif m.initiator.side == side:
            score += 0.5  # the accused is the one the evidence names
    mw = {w for w, _, _ in m.weapons}
    cw = c.weapons()
    if mw and cw:
        kin = lexicon.weapon_kin()
        if not {k for w in mw for k in kin.get(w, (w,))} & cw:
            return False, 0.0
        score += 1.0
    if m.ordinal is not None and m.ordinal >= 2 and not any(x.ordinal == m.ordinal for x in c.mentions):
        # "a second Ukrainian missile": another incident than the first one told
        return False, 0.0
    for cm in (x for x in c.mentions for x in x.casualties if not x.stray):
        for mc in (x for x in m.casualties if not x.stray):
            if cm.category == mc.category and not cm.negated and not mc.negated:
                if _counts_agree(cm, mc):
                    score += 2.0
                elif not _other_people(cm, mc) and not _counts_overlap(cm, mc):
                    score -= 1.0  # ("at least nine" and "fourteen" do not contradict each other)
    if c.family not in QUIET_FAMILIES:
        score += 1.0  # a visit, a transfer, an arrest: rarely two of a kind in one report
    elif FAMILY.get(m.event_class) == "territory" and m.place is not None and any(
            FAMILY.get(x.event_class) == "territory" and x.place is not None and _places_agree(x.place, m.place)[1] >= 2.5
            for x in c.mentions):
        score += 1.0  # "insurgents overran Palma ... its fighters had seized Palma": a town falls once
    return True, score


def _struck_thing(m: EventMention) -> str | None:
    """The head word of what was struck when it is a thing, not people ("hospital", "market")."""
    t = m.target
    if t is None or t.kind not in (None, "witness") or t.side is not None or t.extra.get("person"):
        return None
    words = t.text.lower().split()
    return words[-1] if words else None


def _told_before_it_happened(m: EventMention, others: list[EventMention]) -> bool:
    """One telling dated by its report ("claimed on Wednesday that ...": on or before Wednesday) and
    another dated after that day."""
    def day(x: EventMention) -> str | None:
        t = x.time
        return t.value_start if t is not None and t.precision == "day" and t.kind in ("date", "relative_anchor") else None

    pairs = [(m, o) for o in others] + [(o, m) for o in others]
    return any(reported.time_is_report_time and not done.time_is_report_time and day(reported) and day(done)
               and day(done) > reported.time.value_end for reported, done in pairs)


def _other_people(a, b) -> bool:
    """Counts of other people, which cannot disagree: "four soldiers" are not "40 assailants", and
    "14 insurgents were killed" can be part of "at least 17 slain" or of "five officers and a dozen
    militants" (a count of people, or of several groups, that is not smaller)."""
    if a.who is not None and b.who is not None and a.who != b.who and "mixed" not in (a.who, b.who):
        return True
    general = {None, "mixed"}
    if (a.who in general) != (b.who in general):
        whole, part = (a, b) if a.who in general else (b, a)
        return (part.min or 0) <= (whole.max if whole.max is not None else whole.min or 0)
    return False


def _fighters_of_the_toll(a, b) -> bool:
    """"at least 17 dead ... 14 insurgents were killed": the fighters of one side are some of the dead,
    not another source's toll of them (a count of civilians may be: "31 civilians" and "a toll of 38")."""
    whole, part = (a, b) if b.who in _fighters() else (b, a)
    return part.who in _fighters() and whole.who is None and _other_people(whole, part)


def _counts_overlap(a, b) -> bool:
    """An open count and an exact one that falls within it: "at least nine" and 14 (not "at least
    four" and "at least 31", two tolls)."""
    return (a.max is None) != (b.max is None) and _ranges_meet(a, b)


def _ranges_meet(a, b) -> bool:
    """The two counts' ranges (an open one reaching up without end) have a number in common."""
    return (a.min or 0) <= (b.max if b.max is not None else 10**9) and (b.min or 0) <= (a.max if a.max is not None else 10**9)


def _counts_agree(a, b) -> bool:
    """"at least 17" agrees with 17; 20 does not agree with 9; a vague "dozens" agrees with an open
    count above it."""
    if a.max is None and b.max is None and a.min != b.min:
        # "kills dozens" and "at least 40 were killed" agree; "at least four" and "at least 31" do not
        vague = [x for x in (a, b) if _VAGUE_COUNT.search(x.text)]
        if len(vague) == 1:
            told = b if vague[0] is a else a
            return (told.min or 0) >= (vague[0].min or 0)
        return False
    return _ranges_meet(a, b) and (a.min == b.min or (a.max is not None and a.max == b.max))


def _unit_compatible(unit: list[EventMention], c: Cluster, echoes: frozenset[int] = frozenset()) -> tuple[bool, float]:
    """A unit ties as strongly as its best-tied mention; a conflicting count keeps its penalty."""
    scores = []
    for m in unit:
        ok, score = _compatible(m, c, echoes)
        if not ok:
            return False, 0.0
        scores.append(score)
    return True, max(scores)


def _units(mentions: list[EventMention]) -> list[list[EventMention]]:
    """Placeless tellings of one family in one sentence tell one incident: "accused Ukraine of a
    'terror attack' after a missile attack"."""
    units: list[list[EventMention]] = []
    for m in mentions:
        last = units[-1] if units else None
        if last is not None and last[-1].sentence == m.sentence and FAMILY.get(last[-1].event_class) == FAMILY.get(
            m.event_class
        ) and all(_compatible(m, Cluster([x]))[0] for x in last):
            last.append(m)
        else:
            units.append([m])
    return units


def _weapons_told_next(unit: list[EventMention], c: Cluster, text: str) -> bool:
    """The next sentence tells the same weapons back: "Russia launched 29 drones. Air defence shot
    down 24 of the drones" - not "In a separate incident, a roadside bomb hit a truck"."""
    weapons = {w[0] for m in unit for w in m.weapons}
    if not weapons:
        return False
    if any(x.sentence == unit[-1].sentence + 1 and name in weapons and DEFINITE_BEFORE.search(text[max(0, start - 12):start])
           for x in c.mentions for name, start, _ in x.weapons):
        return True
    # and back: "Iran fired 200 missiles at Israel. The military said most of the missiles were shot down"
    told = {name for x in c.mentions if x.sentence == unit[0].sentence - 1 for name, _, _ in x.weapons}
    return any(name in told and DEFINITE_BEFORE.search(text[max(0, start - 12):start])
               for m in unit for name, start, _ in m.weapons)


DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|both|its|their)\s+(?:\w+\s+)?$", re.IGNORECASE)


def cluster_mentions(mentions: list[EventMention], text: str) -> list[Cluster]:
    clusters: list[Cluster] = []
    placed = [m for m in mentions if m.place is not None and not m.anaphoric and not m.generic]
    floating = [m for m in mentions if m.place is None and not m.anaphoric and not m.generic]
    anaphoric = [m for m in mentions if m.anaphoric or m.generic]

    for m in placed:
        best, best_score = None, 0.0
        for c in clusters:
            ok, score = _compatible(m, c)
            province = _names_the_unnamed(m, c)
            if province is not None:
                ok, score = _compatible(m, c, place=province)
                score += 1.5
            # a city ties by itself; "southern Russia" or "Ukraine" needs more to tie
            needed = 2.5 if PRECISION_ORDER.get(m.place.precision, 9) <= PRECISION_ORDER["admin2"] else 1.5
            if ok and score >= needed and score > best_score:
                best, best_score = c, score
        if best is None:
            clusters.append(Cluster([m]))
        else:
            best.mentions.append(m)

    echoes = frozenset(m.sentence for m in anaphoric if not m.generic and FAMILY.get(m.event_class) in VIOLENT_FAMILIES)
    for unit in _units(floating):
        best = _told_back_with(unit, anaphoric, clusters)
        if best is None:
            # "Russia launched 29 drones overnight. Air defence shot down 24 of the drones over Odesa":
            # the next sentence tells what became of the same weapons, and where
            best = next((c for c in clusters if _weapons_told_next(unit, c, text) and _unit_compatible(unit, c, echoes)[0]),
                        None)
        best_score = 0.0
        for c in clusters if best is None else ():
            ok, score = _unit_compatible(unit, c, echoes)
            if not ok:
                continue
            last = c.last_sentence_before(unit[0].sentence)
            if last is not None and unit[0].sentence - last <= 1:
                score += 1.0
            # a telling with no place joins an incident only when something ties them; a placeless
            # interception tally ("the air force said it shot down 16 of 20 drones overnight") is the
            # air defence's night, not the strike on a city told in another sentence
            if any(m.event_class == "intercept" for m in unit) and not any(
                    x.event_class == "intercept" or x.sentence == unit[0].sentence for x in c.mentions):
                continue
            if score >= 1.0 and score > best_score:
                best, best_score = c, score
        if best is None and _counter_account(unit):
            best = _disputed_incident(unit, clusters)
            for m in unit if best is not None else ():
                m.counter = True
        if best is None:
            clusters.append(Cluster(list(unit)))
        else:
            best.mentions.extend(unit)

    dated_ahead = []
    for m in anaphoric:
        best = _antecedent(m, clusters)
        if best is not None:
            best.mentions.append(m)
        # (a time alone does not do: "underscoring the seriousness of the fighting, television showed a
        # meeting Friday" dates the meeting, not the fighting)
        elif not m.generic and (m.casualties or m.place is not None or m.weapons):
            # "The suicide bombing occurred in the town of Akuressa": told only by reference, still told
            clusters.append(Cluster([m]))
        elif not m.generic and m.time is not None:
            dated_ahead.append(m)
    for m in dated_ahead:
        # "incidents such as the terrorist attack on Tuesday ... The suicide bombing occurred in the town
        # of Akuressa": a dated reference with no incident before it dates the one incident of its
        # kind the report tells undated, when no incident of its kind is told on that day
        same_day = [c for c in clusters if _may_point_to(m, c) and any(
            x.time is not None and x.time.value_start == m.time.value_start for x in c.mentions)]
        undated = [c for c in clusters if _may_point_to(m, c) and all(x.time is None for x in c.mentions)]
        if len(undated) == 1 and not same_day:
            undated[0].mentions.append(m)
    _share_with_twins(clusters)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.trigger_start)
    clusters = [c for c in clusters if _has_evidence(c)]
    clusters.sort(key=lambda c: c.mentions[0].trigger_start)
    return clusters


def _share_with_twins(clusters: list[Cluster]) -> None:
    """"nine activists were arrested in Batumi and Tbilisi" is told as two events, one per place; a
    later reference to them ("denied any politics behind the arrest") and its claims are about both,
    so each twin gets the placeless, uncounted tellings the other took."""
    for a in clusters:
        for b in clusters:
            if a is b or not any(x.trigger_start == y.trigger_start for x in a.mentions for y in b.mentions):
                continue
            for m in list(a.mentions):
                if m.place is None and not m.casualties and m not in b.mentions:
                    b.mentions.append(m)


def _antecedent(m: EventMention, clusters: list[Cluster]) -> Cluster | None:
    """The incident a reference back ("the strike", "the attack") points to: the most recently told
    kindred one, preferring one named at the same place and one told by the same word."""
    if m.refers_to is not None:
        # resolved when the mention was found: "when it was hit" -> the telling of the school's strike
        told = next((c for c in clusters if any(x.trigger_start == m.refers_to for x in c.mentions)), None)
        if told is not None and _may_point_to(m, c=told):
            return told
    best, best_sentence, best_named, best_same_word = None, -1, False, False
    for c in clusters:
        # "The bomb went off in Herat on Tuesday" does not point back to Monday's bomb in Kandahar
        # (a place it only points back to, "fired from hills above the camp", tells nothing new)
        if (m.generic or (m.place is not None and not m.place_inherited)) and not _compatible(m, c)[0]:
            continue
        if not _may_point_to(m, c):
            continue
        last = c.last_sentence_before(m.sentence)
        # "the Kharkiv strike" points back to the incident at Kharkiv, not merely the latest one
        named = m.place is not None and _places_agree(m.place, c.place())[1] >= 2.5
        # of incidents told as recently, "the strike" is the one told as a strike
        same_word = any(x.lemma == m.lemma for x in c.mentions)
        # "the bombing", told by the incident's own word, reaches further back than "the incident"
        reach = 10 if same_word else 4
        if last is not None and m.sentence - last <= reach and (named, last, same_word) > (
                best_named, best_sentence, best_same_word):
            best, best_sentence, best_named, best_same_word = c, last, named, same_word
    return best


def _may_point_to(m: EventMention, c: Cluster) -> bool:
    """A reference back of `m`'s word can mean `c`'s incident: a kindred one, or the fight an attack
    became ("repelled an attack on a post ... The attack, which began early on Tuesday")."""
    return _kindred(m, c) or (
        c.family in ("remote", "violence") and m.event_class in ("attack", "kill", "intercept", "explosion")
    ) or (c.family == "battle" and m.event_class in ("attack", "kill"))


def _bare(m: EventMention) -> bool:
    """A telling with nothing of its own, no place, day, actor, weapon or toll: "condemned what it
    called a heinous massacre"."""
    return not (m.place or m.time or m.initiator or m.target or m.weapons or m.casualties or m.headline)


def _told_back_with(unit: list[EventMention], anaphoric: list[EventMention], clusters: list[Cluster]) -> Cluster | None:
    """The incident a placeless telling goes with when its sentence points back to one ("confirmed the
    air strike but said it had targeted a ceremony": what it targeted is the strike told back), or
    when it has nothing of its own and so is itself a reference back."""
    pointers = [a for a in anaphoric if a.sentence == unit[0].sentence and not a.generic]
    # "al-Shabaab claimed responsibility in a statement, saying it had targeted a convoy": a deed owned
    # up to with no deed named is the incident just told
    if not pointers and all(_bare(m) or _owned_up(m) for m in unit):
        pointers = unit[:1]
    for pointer in pointers:
        c = _antecedent(pointer, clusters)
        if c is not None and _unit_compatible(unit, c)[0]:
            return c
    return None


def _owned_up(m: EventMention) -> bool:
    """Told in a claim of responsibility (its claimant is its culprit, warlog.extract.claims) and
    placing the deed nowhere of its own."""
    return m.place is None and m.time is None and any(cm.culprit is cm.claimant for cm in m.claims)


def _counter_account(unit: list[EventMention]) -> bool:
    """Tellings inside a denial or another account: "X denied the accusation, saying Y had bombed the
    market"; "Kyiv said the assault was repelled"."""
    return all(any(cm.stance in ("denies", "disputes") or cm.disputing for cm in m.claims) for m in unit)


def _disputed_incident(unit: list[EventMention], clusters: list[Cluster]) -> Cluster | None:
    """The incident a denial right after it answers: told in the two sentences before, of a violent
    family, with no place or day that conflicts. Its weapon and culprit may differ: that is the
    other account."""
    first = unit[0]
    best, best_sentence = None, -1
    for c in clusters:
        last = c.last_sentence_before(first.sentence)
        if last is None or first.sentence - last > 2 or last <= best_sentence:
            continue
        if c.family not in VIOLENT_FAMILIES or FAMILY.get(first.event_class) not in VIOLENT_FAMILIES:
            continue
        day = c.day()
        if any(m.time is not None and m.time.precision == "day" and not m.time_is_report_time and day
               and m.time.value_start != day for m in unit):
            continue
        best, best_sentence = c, last
    return best


def _locate_within(location, c: Cluster, places: list[PlaceMention]) -> None:
    """A village the gazetteer lacks ("the villages of Nuli and Avnevi" in South Ossetia) keeps its
    name, and takes the point of the finest place with coordinates that its tellings' sentences name
    in the same country, with a precision no finer than that place's: the point says no more than
    the text does."""
    spans = [(m.sent_start, m.sent_end) for m in c.mentions]
    told = [p for p in places if p.lat is not None and any(s <= p.start < e for s, e in spans)
            and (location.country is None or p.country == location.country)
            and p.precision in ("admin2", "admin1", "region", "country")]
    if not told:
        return
    # (a town named beside it, "Starytsia, west of Vovchansk", is not used: its point can lie tens of
    # kilometres off, and a town's precision would claim more than the text says)
    around = min(told, key=lambda p: PRECISION_ORDER.get(p.precision, 9))
    location.lat, location.lon = around.lat, around.lon
    location.precision = around.precision
    location.country = location.country or around.country
    location.admin1 = location.admin1 or around.admin1


def _has_evidence(c: Cluster) -> bool:
    """An incident needs more than a word: a place, a time, a toll, a side, a weapon or a claim.
    "the guys didn't have combat experience" tells none of these."""
    return any(
        m.place is not None or m.time is not None or m.casualties or m.weapons or m.claims
        or (m.initiator is not None and m.initiator.side) or (m.target is not None and m.target.side)
        for m in c.mentions
    )


# -- from a cluster to an event ------------------------------------------------------------------

def _event_type(c: Cluster, main_country: str | None = None) -> tuple[str, str]:
    mentions = c.mentions
    has_casualties = any(not x.negated and (x.min or 0) > 0 for m in mentions for x in m.casualties)
    mentions = [m for m in mentions if not m.generic] or mentions
    classes = [m.event_class for m in mentions]
    # SPEC: an interception is Disrupted weapons use unless the report gives damage or casualties
    if "intercept" in classes and not has_casualties and not any(m.damage for m in mentions):
        return "Strategic developments", "Disrupted weapons use"

    subtypes = []
    # "a plane dropped a bomb that exploded": something delivered it
    delivered = any(m.event_class != "explosion" and m.weapons for m in mentions)
    for m in (x for x in mentions if not x.counter):
        for name, _, _ in m.weapons:
            w = lexicon.weapon_of(name)
            if w is None or not w.subtype:
                continue
            going_off = m.event_class == "explosion" and not delivered
            subtypes.append(w.subtype_going_off if going_off and w.subtype_going_off else w.subtype)
    # the incident's own family names it: an arrest after a battle leaves it a battle
    own = [m for m in mentions if FAMILY.get(m.event_class, m.event_class) == c.family] or mentions
    main = max(own, key=lambda m: (m.strength + (0.2 if not m.anaphoric else 0), -m.trigger_start))
    if c.family in ("remote", "violence"):
        if subtypes:
            order = ["Suicide bomb", "Chemical weapon", "Remote explosive/landmine/IED", "Air/drone strike",
                     "Grenade", "Shelling/artillery/missile attack"]
            return "Explosions/Remote violence", min(subtypes, key=order.index)
        if c.family == "violence" or main.event_class == "kill":
            targets = [m.target for m in mentions if m.target is not None]
            if any(t.kind in ("military", "armed_group") for t in targets):
                return "Battles", "Armed clash"
            return "Violence against civilians", "Attack"
        # "opened fire on a patrol", "the town came under fire" with no weapon named: gunfire, which
        # ACLED codes as a clash between armed groups, or an attack on civilians when it kills or
        # wounds people who are not fighters ("opened fire on a bus, killing six passengers")
        if all(m.lemma == "fire" and not m.is_verb for m in own):
            targets = [m.target for m in mentions if m.target is not None]
            hit = [x for m in mentions for x in m.casualties if not x.negated and (x.min or 0) > 0]
            if not any(t.kind in ("military", "armed_group") for t in targets) and (
                    _victims(c) is not None or any(t.kind == "civilians" for t in targets)
                    or (hit and not any(x.who in _fighters() for x in hit))):
                return "Violence against civilians", "Attack"
            return "Battles", "Armed clash"
        if _ground_assault(mentions):
            if _victims(c) is not None or any(m.target is not None and m.target.kind == "civilians" for m in mentions):
                return "Violence against civilians", "Attack"
            return "Battles", "Armed clash"
        return main.type, main.subtype
    if c.family == "territory":
        initiator = c.initiator_side()
        place = c.place()
        if initiator and place is not None and place.country == initiator:
            return "Battles", "Government regains territory"
        # "soldiers rescued them after overrunning a militant position": troops of unsaid nationality
        # are the state's where they fight (LOCAL_KINDS)
        if initiator is None and any(m.initiator is not None and m.initiator.kind == "military" and not m.counter
                                     for m in mentions):
            return "Battles", "Government regains territory"
        # "retook", "recaptured": regained; "liberated" too, unless a foreign force says it ("Russia
        # said it had 'liberated' the village" of Ukraine's is taking it)
        held_by = place.country if place is not None and place.country else main_country
        if any(m.lemma in ("recapture", "retake", "regain") for m in mentions) or (
                any(m.lemma == "liberate" for m in mentions) and not (initiator and held_by and held_by != initiator)):
            return "Battles", "Government regains territory"
        return "Battles", "Non-state actor overtakes territory"
    return main.type, main.subtype


def _ground_attack(m: EventMention) -> bool:
    """An attack told by a word of assault (events.toml [ground_assault]: not "shelled"), with
    fighters or soldiers as its doer and no remote weapon."""
    return m.lemma in lexicon.events().ground_assault_verbs and m.initiator is not None and m.initiator.kind in (
        "military", "armed_group") and not any(
        (w := lexicon.weapon_of(name)) is not None and w.remote for name, _, _ in m.weapons)


def _ground_assault(mentions: list[EventMention]) -> bool:
    """A verb of assault with soldiers or fighters as its subject (events.toml [ground_assault])."""
    verbs = lexicon.events().ground_assault_verbs
    return any(m.is_verb and m.lemma in verbs and m.initiator is not None
               and m.initiator.kind in ("military", "armed_group") for m in mentions)


def _stance(claim: ClaimMention, event_initiator: str | None, triggers: tuple = ()) -> str:
    if claim.negated and claim.stance == "asserts":
        return "denies"
    # "Hamas denied that its fighters had been present at the school": a circumstance denied, the
    # strike itself not - another account of it (SPEC: disputes), not a denial that it happened
    if claim.stance == "denies" and claim.circumstance:
        return "disputes"
    # "the army said it had repelled an attack": the repelling, told by the one who repelled, is the
    # incident it tells, not another outcome ("Kyiv said the assault was repelled" still disputes)
    if claim.disputing and not any(claim.content_start <= start < claim.content_end and lemma in _dispute_lemmas()
                                   and defender is not None and _speaks_for(claim.claimant, defender)
                                   for start, lemma, defender in triggers):
        return "disputes" if claim.stance != "denies" else "denies"
    # a blame that names another culprit than the event's evidence gives a different account
    if claim.culprit is not None and claim.culprit.side and event_initiator and claim.culprit.side != event_initiator:
        return "disputes"
    return claim.stance


def _same_actor(a, b) -> bool:
    """One actor named twice: the same name, or a reference resolved to the other's words ("it")."""
    return a.name == b.name or a.extra.get("antecedent") == (b.start, b.end) or (a.start, a.end) == (b.start, b.end)


def _speaks_for(speaker, force) -> bool:
    """The force itself, or its own military spokesman: "'The gallant troops repelled the attack,' the
    statement said", issued by army spokesperson Brigadier General X. A government or a leader
    telling of its forces' success is another matter (Putin: "the offensive has failed")."""
    return _same_actor(force, speaker) or (
        speaker.kind == "military" and force.kind == "military" and speaker.side in (None, force.side))


@functools.lru_cache(maxsize=1)
def _dispute_lemmas() -> frozenset[str]:
    return frozenset(lexicon.claims()["dispute_words"]["lemmas"])


def _local_side(kind: str | None, text: str, place_country: str | None, stateless: bool = False) -> str | None:
    """The side of an actor whose nationality is unsaid: the country it happened in (see LOCAL_KINDS).
    None for a group the actor table gives no state (`stateless`: "the RSF", "M23")."""
    if place_country is None or stateless:
        return None
    low = text.lower()
    if kind == "media" and ("state-owned" in low or "state-run" in low or "state media" in low or low.startswith("state ")):
        return place_country  # "State-owned Vesti-24 television": the state's outlet
    if kind == "media" and low.startswith(("local ", "the local ")):
        return place_country  # "Local media reported ...": the outlets of the place it happened in
    if kind not in LOCAL_KINDS:
        return None
    words = set(text.lower().replace("’", "'").split())
    if kind == "armed_group" and words & lexicon.actors().insurgent_words:
        return None  # "armed terrorist groups", "the rebels": fighting the state, for none
    if FOREIGN_WORDS & set(text.lower().replace("’", "'").split()):
        return None
    return place_country


def _other_tolls(c: Cluster, text: str) -> set[int]:
    """Claims (by id) that set another toll against the claim told just before them: "Tolchinsky said
    14 insurgents were killed, but Interfax cited the FSB as saying 12 died"; "a security source said
    the toll was higher". A different outcome told as such is a different account (SPEC: disputes);
    a further count told plainly ("The White Helmets put the death toll at 38") is a source's own
    figure, and the event's range spans both. Counts of different people ("14 insurgents", "5
    officers and 12 militants") are not compared."""
    tolls = [x for m in c.mentions for x in m.casualties if not x.negated]
    told = []
    for cm in sorted({id(cm): cm for m in c.mentions for cm in m.claims}.values(), key=lambda cm: cm.cue_start):
        x = next((x for x in tolls if cm.content_start <= x.start < cm.content_end), None)
        if x is not None:
            told.append((cm, x))
    disputing: set[int] = set()
    for (_, before), (cm, x) in zip(told, told[1:], strict=False):
        same_people = before.who is None or x.who is None or before.who == x.who
        if before.category == x.category and same_people and not _counts_agree(before, x) and _set_against(
                text[text.rfind(".", 0, cm.start) + 1:cm.content_end]):
            disputing.add(id(cm))
    return disputing


@functools.lru_cache(maxsize=1)
def _contrast_words() -> frozenset[str]:
    return frozenset(lexicon.claims()["toll_reports"]["contrast"])


def _set_against(clause: str) -> bool:
    """"..., but Interfax cited the FSB as saying 12 died", "the toll was higher": a count told against another."""
    return any(w in _contrast_words() for w in re.findall(r"[a-z]+", clause.lower()))


def _fight_goes_on(m: EventMention, cm: ClaimMention, c: Cluster, side: str | None) -> bool:
    """A capture claimed by one side, and the other side telling of the fight as still going on
    ("fighting for the village was continuing"): the other side disputes the outcome."""
    if c.family != "territory" or FAMILY.get(m.event_class) != "battle" or side is None:
        return False
    captors = {x.initiator.side for x in c.mentions
               if x.event_class == "capture" and x.initiator is not None and x.initiator.side}
    return bool(captors) and side not in captors


def _claims(c: Cluster, text: str, initiator_side: str | None, place_country: str | None) -> list[Claim]:
    by_claimant: dict[str, Claim] = {}
    stances: dict[str, set[str]] = {}
    triggers = tuple((x.trigger_start, x.lemma, x.target) for x in c.mentions)
    other_toll = _other_tolls(c, text)
    for m in c.mentions:
        for cm in m.claims:
            side = cm.claimant.side or _local_side(cm.claimant.kind, cm.claimant.text, place_country,
                                                   cm.claimant.extra.get("stateless", False))
            stance = _stance(cm, initiator_side, triggers)
            if stance == "asserts" and id(cm) in other_toll:
                stance = "disputes"
            if m.hedged and stance == "asserts" and cm.cue.lower() in ("suggested", "suggest", "suggests"):
                stance = "suggests"
            if stance == "asserts" and _fight_goes_on(m, cm, c, side):
                stance = "disputes"
            key = cm.claimant.name.lower()
            claim = Claim(
                claimant=cm.claimant.name, side=side, kind=cm.claimant.kind, stance=stance,
                text=text[cm.start:cm.end], span=(cm.start, cm.end), cue=cm.cue, cue_span=(cm.cue_start, cm.cue_end),
            )
            prior = by_claimant.get(key)
            stances.setdefault(key, set()).add(stance)
            if prior is None or STANCE_STRENGTH[stance] > STANCE_STRENGTH[prior.stance]:
                by_claimant[key] = claim
    for key, claim in by_claimant.items():
        # "confirmed the air strike ... and denied that civilians had been killed": it happened, but
        # otherwise than told - a different account (SPEC: disputes), not a denial
        if {"asserts", "denies"} <= stances[key]:
            claim.stance = "disputes"
    return list(by_claimant.values())


def _state_that_tells_its_arrest(c: Cluster):
    """"Ten persons have been arrested ..., the Georgian Interior Ministry said": an arrest told with
    no one doing it, by a ministry, police or army of a state, is that state's own (ACLED: arrests are
    made by state forces or those holding the ground). Not when others tell it: "the party said nine
    of its activists were arrested" names no arrester."""
    for m in c.mentions:
        if m.counter:
            continue
        for cm in m.claims:
            a = cm.claimant
            if a.side and a.kind in ("government", "military") and cm.stance == "asserts" and not a.extra.get("person"):
                return a
    return None


def _victims(c: Cluster) -> str | None:
    """The civilians a casualty count names ("75 civilians were killed"), if it names civilians."""
    civilians = lexicon.actors().head_kind
    for m in c.mentions:
        for x in m.casualties:
            if x.who and not x.negated and civilians.get(x.who.lower()) == "civilians":
                return x.who
    return None


_VAGUE_COUNT = re.compile(rf"\b{VAGUE}|\b(?:several|many|some|a number of|scores of)\b", re.IGNORECASE)


def _casualties(c: Cluster) -> Casualties:
    out = Casualties()
    spans = []
    # a count in figures before a vague one ("At least 40 people were killed" over the headline's
    # "kills dozens"), then reading order
    told = [(m, x) for m in c.mentions for x in m.casualties]
    told.sort(key=lambda mx: (bool(_VAGUE_COUNT.search(mx[1].text)), mx[1].start))
    first: dict[str, object] = {}
    claims = {id(cm): cm for m in c.mentions for cm in m.claims}.values()

    def claimant(x) -> str | None:
        told_by = next((cm.claimant.name.lower() for cm in claims if cm.content_start <= x.start < cm.content_end), None)
        if told_by is None:
            # "Shelling of Omdurman market kills 18" (a headline): the count is that of whoever tells
            # the same figure ("killing at least 18 civilians, a local volunteer group said")
            told_by = next((cm.claimant.name.lower() for _, y in told if y is not x and y.category == x.category
                            and _counts_agree(x, y) for cm in claims if cm.content_start <= y.start < cm.content_end), None)
        return told_by

    for _, x in told:
        primary = first.get(x.category)
        if primary is None:
            first[x.category] = x
            setattr(out, x.category, Range(min=x.min, max=x.max))
            spans.append((x.start, x.end))
            if x.who and out.who is None:
                out.who = x.who
        elif not x.negated and not primary.negated and not _counts_agree(primary, x) and (
                not (x.who and primary.who) or x.who == primary.who) and not _fighters_of_the_toll(primary, x):
            # "Iraqi officials said as many as 20 were killed ... the U.S. military said eight": the toll
            # is the range the claimants' counts span (each stays in its own claim's words); a count
            # of some of them ("14 insurgents" of "at least 17 dead") is no other toll
            a, b = claimant(primary), claimant(x)
            if a is not None and b is not None and a != b:
                r = getattr(out, x.category)
                lows = [v for v in (r.min, x.min) if v is not None]
                highs = [v for v in (r.max, x.max) if v is not None]
                setattr(out, x.category, Range(min=min(lows) if lows else None, max=max(highs) if highs else None))
                spans.append((x.start, x.end))
    for category in ("killed", "injured", "missing", "captured"):
        whole = _camps_sum([x for _, x in told if x.category == category])
        told_range = getattr(out, category)
        if whole is not None and told_range is not None and (whole[0] or 0) > (
                told_range.max if told_range.max is not None else told_range.min or 0):
            # the camps' counts exceed every toll told: no toll was the whole, the sum is
            setattr(out, category, Range(min=whole[0], max=whole[1]))
            if category == "killed":
                out.who = "mixed"
            spans.extend(whole[2])
    # "no injuries or damage": where no one was hurt, no one was killed either (convention)
    if out.injured is not None and out.injured.max == 0 and out.killed is None:
        out.killed = Range(min=0, max=0)
    if spans:
        out.span = (min(s for s, _ in spans), max(e for _, e in spans))
    return out


@functools.lru_cache(maxsize=1)
def _camp_of() -> dict[str, str]:
    """who ("soldiers") -> camp ("forces"), from data/casualties.toml [camps]."""
    return {who: camp for camp, whos in lexicon.load_toml_cached("casualties.toml")["camps"].items() for who in whos}


@functools.lru_cache(maxsize=1)
def _fighters() -> frozenset[str]:
    """The counted people who fight: the camps of forces and of militants."""
    return frozenset(who for who, camp in _camp_of().items() if camp in ("forces", "militants"))


def _camps_sum(counts: list) -> tuple[int | None, int | None, list[tuple[int, int]]] | None:
    """The sum of the first count of each camp (data/casualties.toml [camps]) when two or more camps
    are counted: "killing some 40 assailants", "Four soldiers were killed" -> 44."""
    firsts: dict[str, object] = {}
    for x in counts:
        camp = _camp_of().get(x.who)
        if camp is not None and not x.negated and camp not in firsts:
            firsts[camp] = x
    if len(firsts) < 2:
        return None
    low = sum(x.min or 0 for x in firsts.values())
    high = sum(x.max for x in firsts.values()) if all(x.max is not None for x in firsts.values()) else None
    return low, high, [(x.start, x.end) for x in firsts.values()]


def _actor(mention_actor) -> Actor | None:
    if mention_actor is None:
        return None
    return Actor(name=mention_actor.name, side=mention_actor.side, kind=mention_actor.kind,
                 text=mention_actor.text, span=(mention_actor.start, mention_actor.end))


def _date(c: Cluster) -> EventDate:
    def rank(m: EventMention):
        t = m.time
        precision = {"day": 0, "week": 1, "month": 2, "year": 3}.get(t.precision, 4)
        # the deed's own date ("The attack, which began early on Tuesday") before the report's, taken
        # for a telling that has no other ("the army said Wednesday ..., in the latest assault")
        return (m.time_is_report_time, precision, m.time_of_report, m.trigger_start)

    timed = [m for m in c.mentions if m.time is not None and m.time.value_start is not None]
    if not timed:
        return EventDate(precision="unknown")
    best = min(timed, key=rank)
    t = best.time
    if best.time_is_report_time:
        # "soldiers said Thursday they had taken X": it happened on or before the report
        return EventDate(start=None, end=t.value_end, precision="unknown", text=t.text, span=(t.start, t.end))
    return t.to_date()


def _confidence(c: Cluster, claims: list[Claim], event: Event) -> float:
    main = max(c.mentions, key=lambda m: m.strength)
    score = -1.2 + 2.0 * main.strength
    score += 0.5 if event.location is not None else -0.3
    score += 0.4 if event.date is not None and event.date.precision != "unknown" else 0.0
    score += 0.3 if event.initiator is not None and event.initiator.side else 0.0
    score += 0.3 if event.weapons else 0.0
    score += 0.3 * min(len(c.mentions) - 1, 3)
    score += 0.3 if claims else 0.0
    if all(m.hedged for m in c.mentions):
        score -= 0.6
    if all(m.headline for m in c.mentions):
        score -= 0.5
    calibration = lexicon.load_toml_cached("confidence.toml")
    score = calibration["slope"] * score + calibration["intercept"]
    return round(1.0 / (1.0 + math.exp(-score)), 3)


def _summary(c: Cluster, text: str) -> str:
    main = next((m for m in c.mentions if not m.headline and not m.anaphoric), c.mentions[0])
    sentence = " ".join(text[main.sent_start:main.sent_end].split())
    return sentence if len(sentence) <= 240 else sentence[:237].rstrip() + "..."


def opponent(sides: Counter, side: str | None) -> str | None:
    for s, _ in sides.most_common():
        if s and s != side:
            return s
    return None


LEAD_SENTENCES = 3


def lead_date(mentions: list[EventMention]):
    """The first day-precision date told in the report's lead (its first sentences)."""
    for m in sorted(mentions, key=lambda m: m.trigger_start):
        if m.sentence > LEAD_SENTENCES:
            return None
        if m.time is not None and m.time.precision == "day" and m.time.kind == "date" and not m.time_is_report_time:
            return m.time
    return None


def news_day(events: list[Event], anchored: set[str]) -> str | None:
    """The day most of a report's incidents happened on: what "earlier in the day" refers to."""
    days = Counter(e.date.start for e in events if e.date is not None and e.date.precision == "day"
                   and e.id not in anchored)
    return days.most_common(1)[0][0] if days else None


def _date_the_series(events: list[Event], clusters: list[Cluster]) -> None:
    """"said it downed a second Ukrainian missile near Azov": the second of a series told undated is
    of the day of the first of its weapon told before it."""
    for i, (event, c) in enumerate(zip(events, clusters, strict=True)):
        if event.date is None or event.date.start is not None or event.date.end is not None:
            continue
        if not any(m.ordinal is not None and m.ordinal >= 2 for m in c.mentions) or not event.weapons:
            continue
        first = next((e for e in reversed(events[:i]) if set(e.weapons) & set(event.weapons)
                      and e.date is not None and e.date.precision == "day"), None)
        if first is not None:
            event.date = first.date.model_copy()


def _anchored(c: Cluster, date: EventDate) -> bool:
    return any(m.time is not None and m.time.kind == "relative_anchor" and date.span == (m.time.start, m.time.end)
               for m in c.mentions)


def build_events(mentions: list[EventMention], document: Document,
                 places: list[PlaceMention] | None = None) -> list[Event]:
    text = document.text
    clusters = cluster_mentions(mentions, document.text)
    told_in = Counter(id(m) for c in clusters for m in c.mentions)  # tellings shared by twins (_share_with_twins)
    used_keys: set[str] = set()
    doc_sides: Counter = Counter(
        a.side for m in mentions for a in (m.initiator, m.target) if a is not None and a.side
    )
    events: list[Event] = []
    kept: list[Cluster] = []
    anchored: set[str] = set()
    countries = Counter(m.place.country for m in mentions if m.place is not None and m.place.country)
    if not countries:
        # no incident is placed: the country the report names most is the one it is about
        countries = Counter(p.country for p in places or [] if p.country)
    main_country = countries.most_common(1)[0][0] if countries else None
    for c in clusters:
        etype, subtype = _event_type(c, main_country)
        initiator_side = c.initiator_side()
        initiator_m = next((m.initiator for m in c.mentions
                            if m.initiator is not None and not m.initiator_from_culprit and not m.counter), None)
        if initiator_m is None:
            initiator_m = next((m.initiator for m in c.mentions if m.initiator is not None and not m.counter), None)
        target_m = next((m.target for m in c.mentions if m.target is not None and m.target.side), None)
        if target_m is None:
            # "the army repelled an attack": a target of unsaid nationality, given one below (LOCAL_KINDS)
            target_m = next((m.target for m in c.mentions if m.target is not None and m.target.kind in LOCAL_KINDS
                             and not m.counter), None)
        place = c.place()
        location = place.to_location() if place is not None else None
        if location is not None and location.lat is None:
            _locate_within(location, c, places or [])
        if initiator_m is None and c.family == "arrest":
            initiator_m = _state_that_tells_its_arrest(c)
        initiator = _actor(initiator_m)
        if initiator is not None and initiator.kind in (None, "government") and etype in (
            "Battles", "Explosions/Remote violence") and initiator.name and initiator.side:
            initiator.kind = "military"
        target = _actor(target_m)
        place_country = location.country if location is not None else main_country
        # unnamed gunmen who fire on an army patrol fight the state, so belong to no side (the team
        # gold's "unidentified gunmen fighting a state are null"); raiders of a village stay local
        fights_the_state = target is not None and target.kind == "military" and target.side in (None, place_country)
        for actor, told in ((initiator, initiator_m), (target, target_m)):
            if actor is not None and actor.side is None:
                stateless = (told is not None and told.extra.get("stateless", False)) or (
                    actor is initiator and actor.kind == "armed_group" and fights_the_state)
                actor.side = _local_side(actor.kind, actor.text or "", place_country, stateless)
        if target is None and c.family in ("territory", "battle") and initiator is not None:
            # who lost the ground or fought back: the other side of this report's war
            other = opponent(doc_sides, initiator.side)
            if other is not None:
                target = Actor(name=None, side=other, kind="military")
        if target is None and location is not None and location.country and c.family in ("remote", "violence", "visit"):
            # a strike on a place hits that place's side (SPEC example: Taganrog -> RU)
            target = Actor(name=None, side=location.country, kind=None)
        victims = _victims(c)
        if target is None and victims is not None and place_country and c.family in ("remote", "violence"):
            # "75 civilians were killed last week as a result of army shelling": the dead are the target,
            # of the country it happened in (see LOCAL_KINDS)
            target = Actor(name=victims, side=place_country, kind="civilians")
        claims = _claims(c, text, initiator_side or (initiator.side if initiator else None), place_country)
        weapons: list[str] = []
        weapon_spans = []
        for m in c.mentions:
            if m.generic or m.counter:
                continue
            for name, s, e in m.weapons:
                if name not in weapons:
                    weapons.append(name)
                    weapon_spans.append((s, e))
        evidence = sorted({(m.sent_start, m.sent_end) for m in c.mentions})
        own = [m for m in c.mentions if told_in[id(m)] == 1] or c.mentions
        main = max(own, key=lambda m: (not m.anaphoric, not m.headline, m.strength))
        unverified = any(m.unverified for m in c.mentions)
        status = derive_status(claims, unverified=False)
        if unverified and status != "contested":
            status = "unverified"
        key = f"{document.id}:{main.trigger_start}:{etype}"
        if key in used_keys and location is not None:
            key += f":{location.geonameid or location.text}"  # a twin told in the same words at another place
        used_keys.add(key)
        digest = hashlib.sha1(key.encode()).hexdigest()[:12]
        event = Event(
            id=f"ev_{digest}", document=document.id, type=etype, subtype=subtype, summary=_summary(c, text),
            date=_date(c), location=location, initiator=initiator, target=target, weapons=weapons,
            weapon_spans=weapon_spans, casualties=_casualties(c), claims=claims, status=status,
            evidence=evidence, trigger=Trigger(text=main.trigger, span=(main.trigger_start, main.trigger_end)),
        )
        event.confidence = _confidence(c, claims, event)
        kept.append(c)
        if event.date is not None and _anchored(c, event.date):
            anchored.add(event.id)
        events.append(event)
    # an incident told in the lead with no date of its own happened on the lead's date (issue 4's rule:
    # the governing date, else the sentence's, else the document's lead date, else unknown)
    lead = lead_date(mentions)
    for event, c in zip(events, kept, strict=True):
        if lead is not None and event.date is not None and event.date.start is None and event.date.end is None \
                and min(m.sentence for m in c.mentions) <= LEAD_SENTENCES:
            event.date = lead.to_date()
    _date_the_series(events, kept)
    # "earlier in the day", "later that day": the day of the report's news, not of its publication
    day = news_day(events, anchored)
    for event in events:
        # (not a date told as the report's, "had claimed the day before": on or before that day)
        if event.id in anchored and day is not None and event.date is not None and event.date.precision == "day":
            event.date.start = event.date.end = day
    return events
