"""The knowledge files under warlog/data, loaded once per process.

Code never names a weapon, a reporting verb or an actor: it asks these tables.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources


def load_toml(name: str) -> dict:
    with resources.files("warlog.data").joinpath(name).open("rb") as f:
        return tomllib.load(f)


@functools.cache
def load_toml_cached(name: str) -> dict:
    return load_toml(name)


@dataclass(frozen=True)
class Weapon:
    name: str
    subtype: str
    projectile: bool
    remote: bool
    subtype_going_off: str | None = None  # "a bomb went off": planted, not dropped


@dataclass(frozen=True)
class WeaponTable:
    by_form: dict[str, Weapon]  # lower-case form -> weapon
    pattern: re.Pattern  # longest forms first, whole words, optional plural s


@functools.lru_cache(maxsize=1)
def weapons() -> WeaponTable:
    by_form: dict[str, Weapon] = {}
    for w in load_toml("weapons.toml")["weapon"]:
        weapon = Weapon(w["name"], w["subtype"], bool(w.get("projectile")), bool(w.get("remote", True)),
                        w.get("subtype_going_off"))
        for form in w["forms"]:
            by_form[form.lower()] = weapon
    alternatives = "|".join(re.escape(f) for f in sorted(by_form, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?:e?s)?(?![\w-])", re.IGNORECASE)
    return WeaponTable(by_form, pattern)


@functools.lru_cache(maxsize=1)
def not_weapon_heads() -> frozenset[str]:
    """Nouns a weapon word may modify without naming a weapon (data/weapons.toml `not_weapon_heads`)."""
    return frozenset(load_toml("weapons.toml").get("not_weapon_heads", ()))


@functools.lru_cache(maxsize=1)
def weapon_kin() -> dict[str, frozenset[str]]:
    """Weapon name -> the names one incident may be told with beside it (data/weapons.toml `carries`,
    both ways): a suicide bomb and the explosives it is made of."""
    kin: dict[str, set[str]] = {}
    for w in load_toml("weapons.toml")["weapon"]:
        kin.setdefault(w["name"], {w["name"]})
        for other in w.get("carries", []):
            kin[w["name"]].add(other)
            kin.setdefault(other, {other}).add(w["name"])
    return {name: frozenset(names) for name, names in kin.items()}


@functools.lru_cache(maxsize=1)
def weapon_told_back() -> dict[str, Weapon]:
    """A word -> the weapon it stands for once that weapon is told (data/weapons.toml `told_back_as`):
    "a suicide bomber ... the bomber"."""
    named = {w.name: w for w in weapons().by_form.values()}
    return {form: named[w["name"]] for w in load_toml("weapons.toml")["weapon"] for form in w.get("told_back_as", [])}


def weapon_of(text: str) -> Weapon | None:
    """The weapon a word or phrase names ("missiles" -> missile), or None."""
    table = weapons()
    low = text.lower().strip()
    if low in table.by_form:
        return table.by_form[low]
    for suffix in ("es", "s"):
        if low.endswith(suffix) and low[: -len(suffix)] in table.by_form:
            return table.by_form[low[: -len(suffix)]]
    return None


@dataclass(frozen=True)
class EventClass:
    name: str
    type: str
    subtype: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    strength: float
    needs_object: str | None
    particle_required: frozenset[str]
    particles: frozenset[str]
    actor_kinds: frozenset[str]
    excluded_particles: dict[str, frozenset[str]]  # "take up (arms)" is not "take (arms)"
    object_required: frozenset[str] = frozenset()  # verbs that tell the incident only with a direct object
    weapon_subject: bool = False  # told only with a weapon as its subject ("rockets slammed into ...")


@dataclass(frozen=True)
class EventLexicon:
    classes: dict[str, EventClass]
    verb_classes: dict[str, tuple[str, ...]]  # lemma -> class names, in file order
    noun_classes: dict[str, tuple[str, ...]]
    arms_words: frozenset[str]
    place_nouns: frozenset[str]
    anaphora_nouns: frozenset[str]
    anaphora_determiners: frozenset[str]
    agreement_objects: frozenset[str]
    activity_nouns: frozenset[str]
    route_words: frozenset[str]
    damage_lemmas: frozenset[str]  # damage told in a clause: an interception with damage is the strike
    ground_assault_verbs: frozenset[str]  # assault verbs that make a fight with no remote weapon a battle


@functools.lru_cache(maxsize=1)
def events() -> EventLexicon:
    data = load_toml("events.toml")
    classes: dict[str, EventClass] = {}
    verb_classes: dict[str, list[str]] = {}
    noun_classes: dict[str, list[str]] = {}
    for name, c in data["class"].items():
        cls = EventClass(
            name=name, type=c["type"], subtype=c["subtype"], verbs=frozenset(c.get("verbs", [])),
            nouns=frozenset(c.get("nouns", [])), strength=float(c.get("strength", 0.5)),
            needs_object=c.get("needs_object"), particle_required=frozenset(c.get("particle_required", [])),
            particles=frozenset(c.get("particles", ["down"])),
            actor_kinds=frozenset(c.get("actor_kinds", [])),
            excluded_particles={k: frozenset(v) for k, v in c.get("excluded_particles", {}).items()},
            object_required=frozenset(c.get("object_required", [])),
            weapon_subject=bool(c.get("weapon_subject", False)),
        )
        classes[name] = cls
        for v in cls.verbs:
            verb_classes.setdefault(v, []).append(name)
        for n in cls.nouns:
            noun_classes.setdefault(n, []).append(name)
    return EventLexicon(
        classes=classes,
        verb_classes={k: tuple(v) for k, v in verb_classes.items()},
        noun_classes={k: tuple(v) for k, v in noun_classes.items()},
        arms_words=frozenset(data["arms"]["words"]),
        place_nouns=frozenset(data["place_nouns"]["words"]),
        anaphora_nouns=frozenset(data["anaphora"]["nouns"]),
        anaphora_determiners=frozenset(data["anaphora"]["determiners"]),
        agreement_objects=frozenset(data["agreement_objects"]["words"]),
        activity_nouns=frozenset(data["activity_nouns"]["words"]),
        route_words=frozenset(data["route_nouns"]["words"]),
        damage_lemmas=frozenset(data["damage"]["lemmas"]),
        ground_assault_verbs=frozenset(data["ground_assault"]["verbs"]),
    )


@functools.lru_cache(maxsize=1)
def claims() -> dict:
    data = load_toml("claims.toml")
    stance_of: dict[str, str] = {}
    # a verb listed under several stances takes the first of this order: the most specific
    for stance in ("denies", "disputes", "suggests", "asserts"):
        for verb in data["verbs"][stance]:
            stance_of.setdefault(verb, stance)
    data["stance_of"] = stance_of
    data["verification_re"] = re.compile(
        "|".join(re.escape(p) for p in data["verification"]["patterns"]), re.IGNORECASE
    )
    return data


@functools.lru_cache(maxsize=1)
def not_events() -> dict:
    return load_toml("not_events.toml")


@dataclass(frozen=True)
class KnownActor:
    name: str
    side: str | None
    kind: str
    backed: bool = False  # a breakaway entity fighting for a patron state: its forces take the patron's side
    stateless: bool = False  # side stated as none (side = ""): never given the country it acts in
    governs_from: str | None = None  # ISO date it took power: before it, a group of no side (the Taliban)


@dataclass(frozen=True)
class ActorTable:
    head_kind: dict[str, str]  # head noun (or multiword) -> kind
    named: dict[str, KnownActor]  # lower-case name or alias -> actor (organisations)
    people: dict[str, KnownActor]  # lower-case full name or alias -> person
    max_head_words: int
    insurgent_words: frozenset[str] = frozenset()  # "rebels", "jihadists": armed groups fighting the state
    patronage_words: frozenset[str] = frozenset()  # "Iran-backed": the country is the patron's
    opposition_words: frozenset[str] = frozenset()  # "shadow", "exiled": a government against the state


@functools.lru_cache(maxsize=1)
def actors() -> ActorTable:
    data = load_toml("actors.toml")
    head_kind: dict[str, str] = {}
    for kind, words in data["heads"].items():
        for w in words:
            head_kind.setdefault(w.lower(), kind)
    named: dict[str, KnownActor] = {}
    for a in data.get("named", []):
        actor = KnownActor(a["name"], a["side"] or None, a["kind"], bool(a.get("backed")), a["side"] == "",
                           a.get("governs_from"))
        for alias in [a["name"], *a.get("aliases", [])]:
            named[alias.lower()] = actor
    people: dict[str, KnownActor] = {}
    for p in data.get("person", []):
        person = KnownActor(p["name"], p["side"] or None, p["kind"])
        for alias in [p["name"], *p.get("aliases", [])]:
            people[alias.lower()] = person
    return ActorTable(head_kind, named, people, max(len(k.split()) for k in head_kind),
                      frozenset(data["insurgents"]["words"]), frozenset(data["patronage"]["words"]),
                      frozenset(data["opposition"]["words"]))
