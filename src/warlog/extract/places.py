"""Places: the spaCy component that puts the place mentions on the Doc.

Recognition and resolution of gazetteer places are warlog.geo's; this stage runs it over the parsed
document, then adds the settlements the text names by their kind but the gazetteer does not hold
("the villages of Nuli and Avnevi", "Tamarasheni, a Georgian town near Tskhinvali"). GeoNames'
cities500 leaves out places under 500 people, and war reporting names such villages all the time.
They carry the name, the span and (when the phrase says it) the country, and no coordinates: the
text says where, the gazetteer cannot say more, and warlog does not guess.
"""

from __future__ import annotations

import dataclasses
import math
import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from warlog import geo
from warlog.extract import lexicon
from warlog.extract.numbers import NUMBER, parse_number
from warlog.geo import get_geoparser
from warlog.geo.geometry import offset_point
from warlog.geo.lexicon import context
from warlog.model import PlaceMention

UNLISTED = "UNLISTED"  # feature code of a settlement the text names and the gazetteer lacks
# lower-case particles inside settlement names: "Mais al-Jabal", "Rostov-on-Don", "Nova Kakhovka"
NAME_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ibn", "bin", "de", "la", "du", "des", "di"}
# "the Georgian-controlled village": a demonym telling who holds it, not the country it lies in
CONTROL_WORDS = {"controlled", "held", "occupied", "run", "administered", "seized"}


ROUTE = "ROUTE"  # feature code of a road between two named places ("the road from Juba to Pibor")
_ROUTE_LINKS = (("from", ("to", "towards", "toward")), ("between", ("and",)))


# kinds of named actors (data/actors.toml) whose names are never places: "Hamas said" is not Hamm,
# Germany. Governments are left out: "South Ossetia" and "Abkhazia" are actors and places alike.
_ACTOR_KINDS_NOT_PLACES = {"armed_group", "military", "media", "international", "other"}


def _is_actor_name(p: PlaceMention) -> bool:
    actor = lexicon.actors().named.get(p.text.lower())
    return actor is not None and actor.kind in _ACTOR_KINDS_NOT_PLACES


# words that may follow a place name without making it part of a longer one: "Kharkiv Oblast",
# "Gaza City", "Kyiv Mayor ..." (titles come from the actor table)
_NAME_CONTINUING_KINDS = {"region", "province", "oblast", "city", "district", "governorate", "state", "county",
                          "valley", "river", "raion", "krai", "township", "prefecture", "municipality",
                          "strip", "bank", "front", "border", "airport", "port"}


def _in_longer_name(doc: Doc, p: PlaceMention, starts: set[int]) -> bool:
    """"the Ras Isa area", "the Abu Oreiban school": a one-word place name directly followed by another
    capitalised name word that no place starts is the first part of a name the gazetteer lacks; and
    "the United Kingdom Maritime Trade Operations centre": a name inside an organisation's name."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return False
    if any(e.label_ == "ORG" and e.start < span.start and span.end <= e.end for e in doc.ents):
        return True
    if " " in p.text or span.end >= len(doc) or doc.text[p.end:doc[span.end].idx] != " ":
        return False
    nxt = doc[span.end]
    return (nxt.pos_ == "PROPN" and nxt.is_title and nxt.idx not in starts and not nxt.is_sent_start
            and nxt.lower_ not in _NAME_CONTINUING_KINDS and nxt.lower_ not in lexicon.actors().head_kind)


@Language.component("warlog_places")
def places_component(doc: Doc) -> Doc:
    found = [p for p in get_geoparser().parse(doc.text, doc=doc) if not _is_actor_name(p)]
    starts = {p.start for p in found}
    found = [p for p in found if not _in_longer_name(doc, p, starts)]
    found = found + unlisted_settlements(doc, found)
    doc._.places = sorted(found + routes(doc, found), key=lambda p: p.start)
    return doc


def routes(doc: Doc, found: list[PlaceMention]) -> list[PlaceMention]:
    """"on the road from Juba to Pibor", "drove from the capital, Juba, northeast to Pibor", "the
    highway between Homs and Hama": a route from a town the gazetteer holds to another named place,
    in a sentence that speaks of travel. It is a place of precision `region` named "Juba–Pibor road",
    spanning the words from one end to the other. The text gives no point on it: its point is the
    midpoint of its ends, or the one end the gazetteer holds when the other is a village it lacks."""
    words = lexicon.events().route_words
    towns = [p for p in found if p.lat is not None and p.precision in ("city", "exact")]
    out: list[PlaceMention] = []
    for sent in doc.sents:
        if not any(t.lower_ in words or t.lemma_.lower() in words for t in sent):
            continue
        for a in (p for p in towns if sent.start_char <= p.start < sent.end_char):
            before = doc.text[max(sent.start_char, a.start - 30):a.start].lower().split()
            links = next((links for opener, links in _ROUTE_LINKS if opener in before[-3:]), None)
            if links is None:
                continue
            end = _route_end(doc, a, links, towns, sent.end_char)
            if end is None:
                continue
            b_start, b_end, b = end
            ends = [q for q in (a, b) if q is not None]
            out.append(PlaceMention(
                start=a.start, end=b_end, text=doc.text[a.start:b_end],
                name=f"{a.text}–{doc.text[b_start:b_end]} road",
                lat=round(sum(q.lat for q in ends) / len(ends), 5), lon=round(sum(q.lon for q in ends) / len(ends), 5),
                country=a.country if b is None or a.country == b.country else None,
                admin1=a.admin1 if b is not None and a.admin1 == b.admin1 else None,
                feature=ROUTE, precision="region", score=0.5,
            ))
    return out


def _route_end(doc: Doc, a: PlaceMention, links: tuple[str, ...], towns: list[PlaceMention],
               limit: int) -> tuple[int, int, PlaceMention | None] | None:
    """The other end after "to"/"and" within a few words of `a`: a listed town or a capitalised name."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return None
    for i in range(span.end, min(span.end + 6, len(doc))):
        if doc[i].idx >= limit:
            return None
        if doc[i].lower_ not in links:
            continue
        j = i + 1
        while j < len(doc) and doc[j].pos_ == "DET":
            j += 1
        if j >= len(doc):
            return None
        listed = next((q for q in towns if q.start == doc[j].idx), None)
        if listed is not None:
            return listed.start, listed.end, listed
        name = _name_at(doc, j)
        if name is None:
            return None
        return doc[name[0]].idx, doc[name[1] - 1].idx + len(doc[name[1] - 1]), None
    return None


def unlisted_settlements(doc: Doc, found: list[PlaceMention]) -> list[PlaceMention]:
    """Settlements named with their kind whose names no gazetteer mention covers."""
    nouns = context().settlement_nouns
    taken = [(p.start, p.end) for p in found]
    out: list[PlaceMention] = []
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ != "NOUN" or (lemma not in nouns and t.lower_ not in nouns):
            continue
        phrase_start = _phrase_start(t)
        country = _country_in(doc[phrase_start.i:t.i])
        names = _names_after_of(t) + _name_before_description(t, phrase_start)
        container = _container_after(doc, max(names[-1][1], t.i + 1), found) if names else None
        for name_start, name_end in names:
            span = doc[name_start:name_end]
            start, end = span.start_char, span.end_char
            if any(s < end and start < e for s, e in taken):
                continue
            if t.i < name_start:  # the whole "villages of Nuli and Avnevi" for each
                p_start, p_end = phrase_start.idx, doc[names[-1][1] - 1].idx + len(doc[names[-1][1] - 1])
            else:
                p_start, p_end = start, t.idx + len(t)
            out.append(PlaceMention(
                start=start, end=end, text=span.text, name=span.text, feature=UNLISTED, precision="city",
                country=container.country if container is not None else country,
                admin1=container.admin1 if container is not None else None,
                score=0.5, phrase_start=p_start, phrase_end=p_end,
            ))
            taken.append((start, end))
    for p in out:
        _place_by_stated_offset(doc, p, found)
    return out + _told_again(doc, out, taken)


MAX_OFFSET_KM = 30
_OFFSET = re.compile(
    rf"\b({NUMBER}|\d+(?:\.\d+)?)[\s-]*(kilometers|kilometres|km|miles)\s+(?:to the\s+)?"
    r"([a-z]+(?:-[a-z]+)?)\s+(?:of|from)\b", re.IGNORECASE)


def _place_by_stated_offset(doc: Doc, p: PlaceMention, found: list[PlaceMention]) -> None:
    """"the village Dvani, which is seven kilometers south-west of ... Tskhinvali": the text gives
    the village's point as a distance and bearing from a place the gazetteer holds. The point is
    computed from those words; without a direction, or too far from the name, nothing is set."""
    sent = doc.char_span(p.start, p.end, alignment_mode="expand")
    if sent is None:
        return
    sentence = sent.sent
    window = doc.text[p.end:min(sentence.end_char, p.end + 80)]
    match = _OFFSET.search(window)
    if match is None:
        _place_by_named_neighbour(p, window, found)
        return
    vector = context().directions.get(match.group(3).lower())
    distance = parse_number(match.group(1)) if not match.group(1)[0].isdigit() else float(match.group(1))
    # "some 160km south of the capital" is a rough figure, and over such a distance a rough bearing
    # misses by tens of kilometres: only short, close offsets place a village
    if vector is None or not distance or distance > MAX_OFFSET_KM:
        return
    after = p.end + match.end()
    origin = next((q for q in found if after <= q.start <= after + 60 and q.lat is not None
                   and q.precision in ("city", "exact")), None)
    if origin is None:
        return
    km = distance * (1.609 if match.group(2).lower() == "miles" else 1.0)
    p.lat, p.lon = offset_point(origin.lat, origin.lon, km, math.degrees(math.atan2(vector[1], vector[0])))
    p.country = p.country or origin.country
    p.admin1 = p.admin1 or origin.admin1


# ", west of Vovchansk", " near Bakhmut", ", outside Goma": right after the name, nothing between
_NEIGHBOUR = re.compile(
    r"^\s*,?\s*(?:(?:just|some|immediately|a few kilometres|a few kilometers|a few miles)\s+)?"
    r"(?:(?:to the\s+)?([a-z]+(?:-[a-z]+)?)\s+of|near|outside|on the outskirts of|close to)\s+(?:the\s+)?",
    re.IGNORECASE)


def _place_by_named_neighbour(p: PlaceMention, window: str, found: list[PlaceMention]) -> None:
    """"the village of Starytsia, west of Vovchansk": a village the gazetteer lacks, told only by a town
    it lies beside, takes that town's point - the nearest point the text gives, as ACLED codes a
    village it cannot find ("near the town", geo-precision 2). Without such words nothing is set."""
    match = _NEIGHBOUR.match(window)
    if match is None or match.group(1) and match.group(1).lower() not in context().directions:
        return
    at = p.end + match.end()
    origin = next((q for q in found if q.start == at and q.lat is not None and q.precision in ("city", "exact")), None)
    if origin is None:
        return
    p.lat, p.lon = origin.lat, origin.lon
    p.country = p.country or origin.country
    p.admin1 = p.admin1 or origin.admin1


def _told_again(doc: Doc, introduced: list[PlaceMention], taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Once the text has said "the village Dvani", a bare "Dvani" elsewhere (the headline's "Dvani
    Attack") is that village too."""
    out: list[PlaceMention] = []
    names = {p.name: p for p in introduced}
    for name, first in names.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            out.append(dataclasses.replace(first, start=start, end=end, text=name, phrase_start=start, phrase_end=end))
            taken.append((start, end))
    return out


def _container_after(doc: Doc, i: int, found: list[PlaceMention]) -> PlaceMention | None:
    """"the village of Achguara of the Ochamchire district", "the village of X in the Y region": the
    division or country the text puts the settlement in (its country and province, not its point)."""
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "in":
        i += 1  # "the town of Akuressa, in Matara district"
    if i >= len(doc) or doc[i].lower_ not in ("of", "in"):
        return None
    j = i + 1
    # "the town of Palma in northern Mozambique": past the article and a direction
    while j < len(doc) and (doc[j].pos_ == "DET" or doc[j].lower_ in context().directions):
        j += 1
    if j >= len(doc):
        return None
    at = doc[j].idx
    return next((p for p in found if p.start == at and p.lat is not None), None)


def _phrase_start(noun: Token) -> Token:
    """The first word of the noun's phrase: "the Georgian-controlled village" -> "the"."""
    left = [c for c in noun.lefts if c.dep_ in ("det", "amod", "compound", "nmod", "punct", "npadvmod", "advmod")]
    return min([noun, *left, *(w for c in left for w in c.subtree)], key=lambda w: w.i)


def _country_in(words) -> str | None:
    """A demonym in the phrase names the country ("a Georgian town"), unless it says who holds it."""
    toks = list(words)
    for i, w in enumerate(toks):
        after = toks[i + 2].lower_ if i + 2 < len(toks) and toks[i + 1].text == "-" else ""
        if w.is_title and after not in CONTROL_WORDS:
            country = geo.demonym_country(w.text)
            if country:
                return country
    return None


def _name_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """A capitalised name starting at token i, with hyphens and particles inside it."""
    not_names = context().not_places  # "the village of Prisi on Tuesday"
    if i >= len(doc) or not doc[i].is_title or doc[i].pos_ not in ("PROPN", "NOUN", "ADJ") \
            or doc[i].lower_ in not_names:
        return None
    j = i + 1
    while j < len(doc) and _continues_name(doc, j, not_names):
        j += 1
    while doc[j - 1].text == "-" or doc[j - 1].lower_ in NAME_PARTICLES:
        j -= 1
    return (i, j) if j > i else None


def _continues_name(doc: Doc, j: int, not_names: frozenset[str]) -> bool:
    """Whether token j goes on with the name before it: "Nova Petrivka", "Ivano-Frankivsk", "Mais al-Jabal"."""
    w = doc[j]
    more = j + 1 < len(doc)
    if w.text == "-":
        return doc[j - 1].whitespace_ == "" and more
    if w.lower_ in NAME_PARTICLES:
        return more and (doc[j + 1].is_title or doc[j + 1].text == "-")
    return w.is_title and w.pos_ == "PROPN" and w.lower_ not in not_names


def _names_after_of(noun: Token) -> list[tuple[int, int]]:
    """"the village of Prisi", "the villages of Nuli and Avnevi", "near the village Dvani"."""
    doc = noun.doc
    i = noun.i + 1
    if i >= len(doc):
        return []
    if doc[i].lower_ != "of":
        # "the village Dvani": a name right after a singular settlement noun with "the"
        # (the parser may hang "the" and "village" both on the name)
        holder = noun.head if noun.dep_ == "compound" and noun.head.i >= i else noun
        direct = noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in holder.children)
        name = _name_at(doc, i) if direct and doc[i].pos_ == "PROPN" else None
        return [name] if name is not None else []
    names: list[tuple[int, int]] = []
    i += 1
    while True:
        name = _name_at(doc, i)
        if name is None:
            break
        names.append(name)
        i = name[1]
        plural = noun.tag_ in ("NNS", "NNPS")
        if plural and i + 1 < len(doc) and doc[i].lower_ in ("and", ",") and doc[i + 1].is_title:
            i += 1
        elif plural and i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "and":
            i += 2
        else:
            break
    return names


def _name_before_description(noun: Token, phrase_start: Token) -> list[tuple[int, int]]:
    """"Tamarasheni, a Georgian town near Tskhinvali": a name described by an apposition after it."""
    doc = noun.doc
    k = phrase_start.i
    if k < 2 or doc[k].lower_ not in ("a", "an") or doc[k - 1].text != ",":
        return []
    end = k - 1
    start = end - 1
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].text == "-" or doc[start - 1].lower_ in NAME_PARTICLES) \
            and not doc[start - 1].is_sent_start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    name = _name_at(doc, start)
    if name is None or name[1] != end:
        return []
    # a sentence-initial word or one after a preposition: the name opens a noun phrase of its own
    before = doc[start - 1] if start > 0 else None
    if before is not None and not (doc[start].is_sent_start or before.pos_ in ("ADP", "PUNCT", "CCONJ")):
        return []
    return [name]
