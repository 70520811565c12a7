"""Find place names in a text and resolve each to one GeoNames place.

Recognition is gazetteer matching: every run of capitalised words (with the small words names
contain: "Rostov-on-Don", "Isle of Wight") is looked up, longest first. A hit counts as a place on
evidence that explains itself: the kind and size of the places it can be, a preposition that takes
places before it ("in", "near", "outside"), a designator after it ("region", "County"), a place after
it ("Alexandria, La."), spaCy's GPE/LOC label when a Doc is given; against: being an ordinary English
word at a sentence start ("Police said"), a title or another capitalised name next to it (a person),
a natural feature or street around it ("Sea of Azov", "Main Street"), being a demonym ("Ukrainian").

Resolution ranks each name's candidates (see warlog.geo.rank) with the population, kind, the phrase
around the name, the countries and divisions the document and the sentence name, "X, Y" (Y contains
X) and the distance to the other places of the document, in two passes: the second sees where the
first put everything else.

Region phrases ("southeast Ukraine", "southern Russia") become one mention of precision "region"
with a point in that part of the country.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from warlog.geo import rank
from warlog.geo.gazetteer import ABBREV, ACRONYM, MAIN, Gazetteer, Place, open_gazetteer
from warlog.geo.geometry import haversine_km
from warlog.geo.lexicon import common_words, context, demonyms
from warlog.geo.names import norm
from warlog.model import PlaceMention

# a word: letters/digits with inner apostrophes and full stops ("U.S", "W.Va"). A hyphen splits words
# and the name matcher joins them again across it, so "Rostov-on-Don" is found whole and
# "Logan-Rogersville" (a school district of two towns) yields both towns.
_WORD = re.compile(r"[^\W_](?:\w|[’'.](?=[^\W_]))*")
# "St. Petersburg", "Ft. Worth", "Mt. Airy": an abbreviation whose full stop stays inside a name
_NAME_ABBREVIATIONS = frozenset({"st", "ste", "ft", "mt", "pt"})
_POSSESSIVE = re.compile(r"[’']s$")
# a full stop ends a sentence unless it ends an abbreviation ("St. Michael's", "Mr. Smith", "U.S. troops")
_SENTENCE_GAP = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])[.!?][\"'”’)]*\s+(?=[\"“‘']?[A-Z0-9])|\n")
# small words inside multi-word names: "Isle of Wight", "Rio de Janeiro", "Stratford upon Avon",
# "Port-au-Prince", "Dar es Salaam", "Aix-en-Provence", "Mazar-i-Sharif", "Rostov-na-Donu"
_CONNECTORS = frozenset({"of", "on", "upon", "de", "del", "la", "le", "du", "des", "da", "do", "dos", "am",
                         "an", "der", "den", "sur", "al", "el", "y", "and", "the", "au", "aux", "en", "es",
                         "les", "i", "na", "nad", "sous",
                         # the Arabic article assimilated: "Deir ez-Zor", "Jisr ash-Shughur", "Ras al-Ain"
                         "ez", "ed", "er", "et", "ad", "ar", "as", "ash", "at", "az", "adh", "ath"})
_MAX_WORDS = 6
# "Idlib Governorate", "Kharkiv Oblast", "Tillabéri Region": a division's name less its designator
_DESIGNATOR_TAIL = re.compile(r"\s+(?:" + "|".join(sorted(context().division_nouns, key=len, reverse=True))
                              + r")$")
STRAY_POPULATION = 20_000  # a town abroad smaller than this needs support from the rest of the document
CITY_WITH_PARTS = 1_000_000  # "southern Khartoum" is a part of the city; "northern Hama" of the province
STRAY_ABROAD_POPULATION = 200_000  # ... and one smaller than this, told beside the document's own country's places
CAPITAL_SPEAKS = 100_000  # a capital this size before "said" is its government ("Tbilisi says"), not Douglas
PASSES = 4  # ranking passes: each sees where the previous one put the other names
_AGE_AFTER = re.compile(r", \d{1,3},")
# A wire dateline opening a line: "KYIV, Ukraine (AP) —", "BEIRUT (Reuters) -", "GAZA CITY, May 12 --".
# The place in capitals is where the report was filed; a short one ("KYIV", "GAZA") is no acronym there.
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})"
                       r"(?=(?:,[^\n()—–]{1,40})?[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:--|[-–—]))", re.MULTILINE)
# a country dominates the document when it has at least this many mentions and twice the next one's
DOMINANT_MENTIONS = 2
_PRECISION = {"city": "city", "admin1": "admin1", "admin2": "admin2", "country": "country",
              "continent": "region", "region": "region"}


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    lower: str
    cap: bool
    possessive: bool = False
    sent: int = 0


@dataclass(slots=True)
class Mention:
    """A recognised name and what the ranker needs to know about its surroundings."""

    start: int
    end: int
    key: str
    tok_i: int
    tok_j: int
    sentence: int
    entries: tuple[tuple[int, int], ...]  # (geonameid, flags)
    designator: str | None = None  # "region", "county" after the name
    settlement: bool = False  # "the city of X", "X, a village"
    phrase_start: int | None = None
    phrase_end: int | None = None
    country_hint: str | None = None  # "the Ukrainian city of X", "Ukraine's X region"
    container: int | None = None  # index of the mention Y in "X, Y"
    candidates: list[Place] = field(default_factory=list)
    probs: list[float] | None = None  # the last ranking pass's probability of each candidate
    choice: Place | None = None
    score: float = 0.0


def _own_names(p: Place) -> set[str]:
    """A division's name as written, with and without its designator: "Hama Governorate" -> {"hama
    governorate", "hama"}."""
    own = {norm(p.name), norm(p.admin1 or "")} if p.kind == "admin1" else {norm(p.name)}
    return own | {_DESIGNATOR_TAIL.sub("", n) for n in own}


class Geoparser:
    """Recognises and resolves place names; one per process (see get_geoparser)."""

    def __init__(self, gazetteer: Gazetteer | None = None, ranker: str = "learned"):
        self.gaz = gazetteer or open_gazetteer()
        self.ctx = context()
        self.common = common_words()
        self.demonyms = demonyms()
        self.ranker = rank.get_ranker(ranker)
        self._country_keys: dict[str, str] = {}

    # ------------------------------------------------------------------------------------------
    def parse(self, text: str, doc=None) -> list[PlaceMention]:
        """Place mentions in `text`, in text order. `doc`: an optional spaCy Doc of the same text."""
        mentions, toks = self.recognise(text, doc)
        if mentions:
            self.resolve(mentions, toks, text)
        regions = self._regions(text, toks, mentions)
        capitals = self._capitals(text, toks, mentions)
        out = [self._to_place_mention(m, text) for m in mentions if m.choice is not None] + regions + capitals
        out.sort(key=lambda p: p.start)
        return out

    # --- recognition ---------------------------------------------------------------------------
    def tokens(self, text: str) -> list[_Tok]:
        toks = []
        for m in _WORD.finditer(text):
            s, e = m.span()
            w = m.group()
            poss = False
            if len(w) > 2 and _POSSESSIVE.search(w):
                e -= 2
                w = w[:-2]
                poss = True
            toks.append(_Tok(s, e, w, w.lower(), w[0].isupper(), poss))
        return toks

    def _sentence_starts(self, text: str, toks: list[_Tok], doc) -> list[int]:
        """The sentence number of each token."""
        if doc is not None:
            bounds = sorted(s.start_char for s in doc.sents)
        else:
            bounds = [0] + [m.end() for m in _SENTENCE_GAP.finditer(text)]
        out, b = [], 0
        for t in toks:
            while b + 1 < len(bounds) and bounds[b + 1] <= t.start:
                b += 1
            out.append(b)
        return out

    def recognise(self, text: str, doc=None) -> tuple[list[Mention], list[_Tok]]:
        toks = self.tokens(text)
        n = len(toks)
        sent = self._sentence_starts(text, toks, doc)
        for t, s_i in zip(toks, sent, strict=True):
            t.sent = s_i
        spans: list[tuple[int, int, str]] = []
        for i, t in enumerate(toks):
            if not t.cap:
                continue
            for j in range(i, min(i + _MAX_WORDS, n)):
                if j > i:
                    gap = text[toks[j - 1].end:toks[j].start]
                    abbreviated = gap == ". " and toks[j - 1].lower in _NAME_ABBREVIATIONS
                    if (gap not in (" ", "-") and not abbreviated) or toks[j - 1].possessive:
                        break
                    if not toks[j].cap and toks[j].lower not in _CONNECTORS:
                        break
                if toks[j].cap:
                    spans.append((i, j, norm(text[t.start:toks[j].end])))
        hits = self.gaz.lookup({k for _, _, k in spans})
        self._datelines = [m.span(1) for m in _DATELINE.finditer(text)]
        ents = _entity_labels(doc)
        self._title_case = _title_case_sentences(toks)
        self._people = self._person_names(text, toks, hits)
        chosen: list[Mention] = []
        taken = [False] * n
        # longest first at each start; earlier starts first
        for i, j, key in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
            entries = hits.get(key)
            if not entries or any(taken[i:j + 1]):
                continue
            m = self._accept(text, toks, sent, i, j, key, entries, chosen, ents)
            if m is not None:
                chosen.append(m)
                for k in range(i, j + 1):
                    taken[k] = True
        chosen.sort(key=lambda m: m.start)
        self._link_containers(chosen, text)
        return chosen, toks

    def _accept(self, text, toks, sent, i, j, key, entries, chosen, ents) -> Mention | None:
        ctx = self.ctx
        surface = text[toks[i].start:toks[j].end]
        prev = toks[i - 1] if i > 0 and sent[i - 1] == sent[i] else None
        prev_gap = text[prev.end:toks[i].start] if prev else ""
        nxt = toks[j + 1] if j + 1 < len(toks) and sent[j + 1] == sent[j] else None
        next_gap = text[toks[j].end:nxt.start] if nxt else ""
        after_comma_place = bool(prev and prev_gap.strip() == "," and chosen and chosen[-1].tok_j == i - 1)
        # abbreviations only right after "Place, "; acronyms only in capitals; and a short word in
        # capitals in ordinary prose is an acronym ("UN", "NATO"), not the town "Un"
        caps = surface.replace(".", "").isupper()
        dateline = any(s <= toks[i].start and toks[j].end <= e for s, e in self._datelines)
        acronym_text = caps and len(key) <= 4 and " " not in key and sent[i] not in self._title_case \
            and not dateline
        entries = tuple(e for e in entries
                        if (not e[1] & ABBREV or after_comma_place)
                        and (not e[1] & ACRONYM or caps)
                        and (e[1] & ACRONYM or not acronym_text))
        if not entries:
            return None
        places = self.gaz.places(g for g, _ in entries)
        cands = [places[g] for g, _ in entries if g in places]
        if not cands:
            return None
        kinds = {p.kind for p in cands}
        # a country, a continent or a sizeable first-level division (not one of Slovenia's 200 municipalities)
        big_kind = any(p.kind in ("country", "continent", "region") or (p.kind == "admin1" and p.population >= 100_000)
                       for p in cands)
        if key in self.demonyms and "country" not in kinds:
            return None
        if single_word_direction(key, self.ctx) or key in self.ctx.not_places:
            return None  # "North" of "North Korean", "Western weapons", "on Thursday"
        if i == j and toks[i].lower in ctx.institution_nouns and chosen and chosen[-1].tok_j == i - 1 \
                and text[toks[i - 1].end:toks[i].start] == " ":
            return None  # "Killeen Police Department": the rest of an institution's name after a place
        capital = any(p.feature == "PPLC" and p.population >= CAPITAL_SPEAKS for p in cands)
        if key in self._people and not big_kind and not capital \
                and not self._container_follows(toks, j, text):
            return None  # "Bob Jones ... Jones said": a person's name throughout the document; not a capital
            # speaking for its government ("Tbilisi says"); "Clinton, Iowa" is the town whoever else is named so
        prev2 = toks[i - 2].lower if i > 1 and prev and sent[i - 2] == sent[i] else ""
        before = f"{prev2} {prev.lower}" if prev else ""
        if prev and (prev.lower in ctx.feature_before or before.strip() in ctx.feature_before):
            return None  # "Sea of Azov", "Lake Erie", "University of Georgia"
        landform_end = None
        if nxt and next_gap == " " and nxt.lower.rstrip(".") in ctx.feature_after:
            inside = [p for p in cands if p.kind in ("admin1", "admin2", "city")]
            if nxt.lower not in ctx.named_landforms or not inside or big_kind:
                return None  # "Main Street", "Dnipro River"
            # "the Bekaa Valley": the division it is named for, the span over both words
            cands = inside
            entries = tuple(e for e in entries if e[0] in {p.geonameid for p in inside})
            landform_end = nxt.end
        if j > i and toks[j].lower in ctx.water_nouns and not (nxt and next_gap == " " and nxt.lower in ctx.division_nouns):
            return None  # "the Red Sea" is the sea, not Sudan's Red Sea State (which "Red Sea State" names)
        label = ents.get((toks[i].start, toks[j].end)) or ents.get(toks[i].start)
        single_word = i == j
        # "captured Avdiivka", "shelled Kherson": what is captured or shelled is no person, whatever
        # en_core_web_sm's label says
        if label == "PERSON" and single_word and prev is not None and prev_gap == " " and prev.lower in ctx.war_verbs:
            label = None
        # "the provincial capital Goma", "the border town Kupiansk": a settlement noun names what follows
        after_kind = bool(prev and prev_gap == " " and prev.lower in ctx.settlement_nouns)
        if label == "PERSON" and single_word and after_kind:
            label = None
        common = single_word and key in self.common and not big_kind
        title_case = sent[i] in self._title_case
        sentence_initial = title_case or prev is None or prev_gap.strip() in ("\"", "“", "‘", "'", "(", "-", "—", ":")
        evidence = rank.recognition_evidence(
            pop=max(p.population for p in cands), big_kind=big_kind,
            main=any(f & MAIN for _, f in entries),
            prep=bool(prev and prev_gap == " " and (prev.lower in ctx.place_prepositions
                                                    or before.strip() in ctx.place_prepositions)),
            # "the Rostov region", and "the Chechen capital, Grozny," (a name set off after its kind)
            designator=bool(nxt and next_gap == " " and nxt.lower in ctx.division_nouns | ctx.settlement_nouns)
            or landform_end is not None or bool(prev and prev_gap.strip() == "," and prev.lower in ctx.settlement_nouns) or after_kind,
            comma_place=after_comma_place or self._container_follows(toks, j, text),
            common=common, sentence_initial=sentence_initial,
            titled=bool(prev and prev.lower.rstrip(".") in ctx.person_titles and prev_gap.strip(".") == " "),
            cap_neighbour=not title_case and bool(prev and prev.cap and prev_gap == " " and not sentence_initial
                               and prev.lower not in self.ctx.directions and norm(prev.text) not in self.demonyms
                               and not (chosen and chosen[-1].tok_j == i - 1)
                               and not (prev.lower in ctx.sentence_openers and _opens_sentence(text, toks, sent, i - 1)))
            or (not title_case and bool(nxt and nxt.cap and next_gap == " " and nxt.lower not in ctx.division_nouns)
                and not self._names_institution(text, toks, i, j, prev)),
            ent=label, multiword=not single_word,
            locative=bool(prev and prev_gap == " " and prev.lower in ctx.locative_prepositions),
            dateline=dateline,
        )
        if evidence < rank.RECOGNITION_THRESHOLD:
            return None
        return Mention(toks[i].start, landform_end or toks[j].end, key, i, j, sent[i], entries, candidates=cands)

    def _names_institution(self, text: str, toks: list[_Tok], i: int, j: int, prev: _Tok | None) -> bool:
        """Whether the capitalised words after the name make it part of an institution's name rather
        than a person's: "Gainesville's VFW Post", "the Dublin Historical Society", "Paris Public
        Library", "Kharkiv Regional Administration". A person's name does not follow "the" or a
        possessive, and does not end in "Library" or "Police"."""
        if toks[j].possessive or (prev is not None and prev.lower == "the" and toks[i].start - prev.end == 1):
            return True
        k = j + 1
        while k < len(toks) and k <= j + 5 and toks[k].cap and text[toks[k - 1].end:toks[k].start] == " " \
                and not toks[k - 1].possessive:
            if toks[k].lower in self.ctx.institution_nouns:
                return True
            k += 1
        return False

    def _person_names(self, text: str, toks: list[_Tok], hits: dict) -> set[str]:
        """Words the document uses as people's names: after a title ("Sen. Warner"), before "said"
        ("Jones said"), or closing a full name followed by an age ("Chiquita Raquel Henry, 19,")."""
        ctx = self.ctx
        people: set[str] = set()
        n = len(toks)
        run = titled = 0
        for k, t in enumerate(toks):
            gap_before = text[toks[k - 1].end:t.start] if k else ""
            if t.cap and k and toks[k - 1].cap and gap_before == " " and toks[k - 1].sent == t.sent:
                run += 1
            else:
                run = 1 if t.cap else 0
            if not t.cap:
                continue
            key = norm(t.text)
            prev = toks[k - 1] if k else None
            if prev and prev.cap and prev.lower.rstrip(".") in ctx.person_titles and gap_before in (" ", ". "):
                people.add(key)
                titled = run  # the name goes on: "the Rev. Roy Jones", "Sen. Mark Warner"
            elif titled and run > titled and run <= titled + 2:
                people.add(key)
            else:
                titled = 0
            if k + 1 < n and text[t.end:toks[k + 1].start] == " " and toks[k + 1].lower in ctx.person_verbs:
                people.add(key)
            if _AGE_AFTER.match(text, t.end) and (run >= 2 or not (prev and prev.lower in ctx.place_prepositions)):
                people.add(key)  # "Chiquita Raquel Henry, 19, of ...", "Campbell, 42, was": a name with an age
            if k + 1 < n and text[t.end:toks[k + 1].start] == " " and toks[k + 1].lower in ctx.person_nouns_after:
                people.add(key)  # "the Obama administration", "the Jones family"
        people |= self._surnames(text, toks, hits)
        return people

    def _surnames(self, text: str, toks: list[_Tok], hits: dict) -> set[str]:
        """Place names the document uses as the surname of a full name: "Hillary Clinton" makes the
        later bare "Clinton" the person too. Two capitalised words in prose (not a headline), the
        first neither sentence-initial nor a word that describes a place ("Historic Dublin",
        "North Arlington", "Ukrainian Kherson"), the pair not a place itself; a middle initial may sit
        between them ("Boyd J. Jones")."""
        ctx = self.ctx
        out: set[str] = set()
        n = len(toks)
        for k in range(1, n):
            b = toks[k]
            if not b.cap or b.sent in self._title_case or (k + 1 < n and toks[k + 1].cap
                                                           and text[b.end:toks[k + 1].start] == " "):
                continue
            a_i = k - 1
            gap = text[toks[a_i].end:b.start]
            if gap == ". " and len(toks[a_i].text) == 1 and a_i > 0:  # a middle initial
                a_i -= 1
                gap = text[toks[a_i].end:toks[a_i + 1].start]
            a = toks[a_i]
            if gap != " " or not a.cap or a.possessive or a.sent != b.sent or len(a.text) < 2 or a.text.isupper():
                continue
            if a_i == 0 or toks[a_i - 1].sent != a.sent or text[toks[a_i - 1].end:a.start].strip() not in ("", ","):
                continue  # sentence-initial: capitalised by position, it may be any word ("Visiting Paris")
            if toks[a_i - 1].cap and text[toks[a_i - 1].end:a.start] == " ":
                continue  # a longer run: "Charles Webb Center" is not handled here
            key_b = norm(b.text)
            if key_b not in hits or norm(text[a.start:b.end]) in hits:
                continue
            la = a.lower
            if la in ctx.sentence_openers or la in ctx.directions or la in ctx.place_modifiers \
                    or la in ctx.person_titles or la in ctx.settlement_nouns or la in ctx.division_nouns \
                    or la in ctx.institution_nouns or norm(a.text) in self.demonyms or la in ctx.not_places:
                continue
            out.add(key_b)
        return out

    def _link_containers(self, mentions: list[Mention], text: str) -> None:
        """"Alexandria, La." / "Springfield, Ohio": the second names where the first is."""
        for a, b in zip(mentions, mentions[1:], strict=False):
            if text[a.end:b.start].strip() == "," and b.sentence == a.sentence \
                    and any(p.kind in ("admin1", "country", "admin2") for p in b.candidates):
                a.container = mentions.index(b)

    # --- resolution ----------------------------------------------------------------------------
    def _phrase(self, m: Mention, toks: list[_Tok], text: str) -> None:
        """The words around the name: "the city of X", "the central Ukrainian city of X", "the X region"."""
        ctx = self.ctx
        i, j = m.tok_i, m.tok_j
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt and text[toks[j].end:nxt.start] == " " and nxt.lower in ctx.division_nouns:
            m.designator = nxt.lower
            m.phrase_end = nxt.end
        elif nxt and text[toks[j].end:nxt.start] == " " and nxt.lower in ctx.settlement_nouns:
            m.settlement = True
        # look back: [the] [adjectives / demonym / country's] [settlement noun of | division noun]
        k = i - 1
        start = None
        if k >= 1 and toks[k].lower == "of" and toks[k - 1].lower in ctx.settlement_nouns:
            m.settlement = True
            start = toks[k - 1].start
            k -= 2
        elif k >= 0 and toks[k].lower in ctx.settlement_nouns and text[toks[k].end:toks[i].start] == " ":
            m.settlement = True  # "the village Staromaiorske"
            start = toks[k].start
            k -= 1
        if start is not None or m.designator:
            # up to four modifiers back to "the": "the destroyed eastern city of Bakhmut"
            for back in range(k, max(k - 5, -1), -1):
                t = toks[back]
                if t.sent != toks[i].sent or (t.lower in ctx.place_prepositions and not t.cap):
                    break  # "bombed villages in Sagaing region": the phrase is "Sagaing region"
                d = self.demonyms.get(norm(t.text))
                if d:
                    m.country_hint = d
                if t.possessive:
                    iso = self.country_of_key(norm(t.text))
                    if iso:
                        m.country_hint = iso
                if t.lower == "the":
                    start = t.start
                    break
                if t.cap and not d and not t.possessive:
                    break
        elif k >= 0 and toks[k].possessive:
            iso = self.country_of_key(norm(toks[k].text))  # "Ukraine's Donetsk region"
            if iso:
                m.country_hint = iso
        elif i < j and toks[j].lower in ctx.division_nouns and k >= 0 and toks[k].lower == "the" \
                and toks[k].sent == toks[i].sent:
            start = toks[k].start  # "the Kherson Oblast": the designator is inside the name
        if start is not None or m.phrase_end is not None:
            m.phrase_start = start if start is not None else m.start
            m.phrase_end = m.phrase_end or m.end

    def _container_follows(self, toks: list[_Tok], j: int, text: str) -> bool:
        """"X, Ohio" / "X in the Donetsk region": a country or division right after the name."""
        if j + 1 >= len(toks) or toks[j + 1].sent != toks[j].sent:
            return False
        nxt = toks[j + 1]
        gap = text[toks[j].end:nxt.start].strip()
        if gap == ",":
            return nxt.cap and not nxt.possessive and self._is_container(nxt.text)
        if gap == "" and nxt.lower in ("in", "near"):
            for t in toks[j + 2:j + 4]:
                if t.cap:
                    return self._is_container(t.text)
        return False

    def _is_container(self, word: str) -> bool:
        """Whether a word names a country or first-level division ("Ohio", "La.", "Ukraine")."""
        key = norm(word)
        entries = self.gaz.lookup([key]).get(key, ())
        places = self.gaz.places(g for g, _ in entries)
        return any(places[g].kind in ("admin1", "country") for g, _ in entries if g in places)

    def country_of_key(self, key: str) -> str | None:
        if key in self._country_keys:
            return self._country_keys[key]
        iso = None
        entries = self.gaz.lookup([key]).get(key, ())
        places = self.gaz.places(g for g, _ in entries)
        for g, _ in entries:
            p = places.get(g)
            if p and p.kind == "country":
                iso = p.country
                break
        self._country_keys[key] = iso
        return iso

    def resolve(self, mentions: list[Mention], toks: list[_Tok], text: str) -> None:
        for m in mentions:
            self._phrase(m, toks, text)
        # what the document names: countries (also through demonyms) and their counts per sentence
        doc_countries: Counter[str] = Counter()
        sent_countries: dict[int, Counter[str]] = {}
        for t in toks:
            if t.cap:
                iso = self.demonyms.get(t.lower)
                if iso:
                    doc_countries[iso] += 1
                    sent_countries.setdefault(t.sent, Counter())[iso] += 1
        chosen = self.ranker.rank_document(mentions, doc_countries, sent_countries, None)
        for _ in range(PASSES - 1):
            again = self.ranker.rank_document(mentions, doc_countries, sent_countries, chosen)
            if again == chosen:
                break
            chosen = again
        self._prefer_towns(mentions, toks)
        self._keep_to_the_region(mentions, doc_countries)
        self._drop_strays(mentions, doc_countries)
        self._keep_in_the_country_told(mentions, text)

    def _keep_in_the_country_told(self, mentions: list[Mention], text: str) -> None:
        """"the town of Palma in northern Mozambique": the country told right after a name holds it.
        A reading elsewhere (Palma de Mallorca) gives way to one in that country, or to no match when
        the gazetteer has none there (the settlement is then told as unlisted)."""
        for m, nxt in zip(mentions, mentions[1:], strict=False):
            home = nxt.choice
            if m.choice is None or home is None or home.kind != "country" or nxt.sentence != m.sentence:
                continue
            between = text[m.end:nxt.start].lower().split()
            if not between or between[0] not in ("in", "near") or any(
                    w not in ("in", "near", "the") and w not in self.ctx.directions for w in between):
                continue
            if m.choice.kind in ("country", "continent") or m.choice.country == home.country:
                continue
            inside = [c for c in m.candidates if c.country == home.country and c.kind not in ("country", "continent")
                      and c.lat is not None]
            m.choice = max(inside, key=lambda c: c.population) if inside else None
            # one name, one place through the report: its other tellings follow
            for other in mentions:
                if other.key == m.key and other.choice is not None and other.choice.country != home.country:
                    other.choice = m.choice

    def _keep_to_the_region(self, mentions: list[Mention], doc_countries: Counter) -> None:
        """"Israeli strikes hit Gaza": a name resolved to a place far from every country the document
        names (Mozambique's Gaza Province) while one of its readings lies in a named country or a
        country bordering one (the Gaza Strip, beside Israel) is that reading. Only when the document
        names its countries more than once, and never for a country itself."""
        from warlog.geo import neighbours

        by_key: dict[str, Counter[str]] = {}
        for m in mentions:
            if m.choice is not None and m.choice.kind in ("country", "admin1") and m.choice.country:
                by_key.setdefault(m.key, Counter())[m.choice.country] += 1
        border = neighbours()
        for m in mentions:
            p = m.choice
            if p is None or p.kind in ("country", "continent") or not p.country:
                continue
            # what the other names say: a name does not vouch for its own reading
            named: Counter[str] = Counter(doc_countries)
            for key, countries in by_key.items():
                if key != m.key:
                    named.update(countries)
            if sum(named.values()) < 2:
                continue
            near = set(named) | {n for c in named for n in border.get(c, ())}
            if p.country in near:
                continue
            here = [c for c in m.candidates if c.country in near and c.kind in ("city", "admin1", "admin2", "region")]
            if here:
                # the populous reading, a named country's thrice over a neighbour's
                m.choice = max(here, key=lambda c: c.population * (3 if c.country in named else 1))

    def _prefer_towns(self, mentions: list[Mention], toks: list[_Tok]) -> None:
        """A bare name shared by a town and the division named after it ("Idlib", "Kharkiv", "Jenin",
        "Tillaberi") is the town unless the text says division: a designator ("Idlib province"), or the
        name standing as the container of another ("Kramatorsk, Donetsk"). The division is "named
        after" the town when its own name, less its designator, is the name written."""
        containers = {m.container for m in mentions if m.container is not None}
        for idx, m in enumerate(mentions):
            p = m.choice
            prev = toks[m.tok_i - 1] if m.tok_i and toks[m.tok_i - 1].sent == toks[m.tok_i].sent else None
            if p is not None and prev is not None and prev.lower.endswith("ern") and prev.lower in self.ctx.directions:
                # "in northern Hama", "southern Idlib": a part of the division, not of the town; but a
                # great city has parts of its own ("eastern Aleppo", "southern Khartoum")
                if p.kind == "city" and p.population < CITY_WITH_PARTS:
                    divisions = [c for c in m.candidates if c.kind in ("admin1", "admin2") and
                                 c.admin1_code == p.admin1_code and m.key in _own_names(c)]
                    if divisions:
                        m.choice = min(divisions, key=lambda c: c.kind)  # admin1 before admin2
                continue
            if p is None or p.kind not in ("admin1", "admin2") or m.designator or idx in containers:
                continue
            if m.key not in _own_names(p):
                continue
            towns = [c for c in m.candidates if c.kind == "city" and c.admin1_code == p.admin1_code
                     and (p.lat is None or c.lat is None or haversine_km(p.lat, p.lon, c.lat, c.lon) <= 150)]
            if towns:
                m.choice = max(towns, key=lambda c: c.population)

    def _drop_strays(self, mentions: list[Mention], doc_countries: Counter) -> None:
        """A small town abroad that nothing else in the document points to ("the Shaab district of
        Baghdad" when the only Shaab is a village in Israel) is more likely a local place the gazetteer
        lacks than a trip abroad: no match rather than a wrong guess."""
        support: dict[str, Counter[str]] = {}
        for m in mentions:
            if m.choice is not None and m.choice.country:
                support.setdefault(m.key, Counter())[m.choice.country] = 1
        total: Counter[str] = Counter(doc_countries)
        for c in support.values():
            total.update(c)
        from warlog.geo import neighbours

        border = neighbours()
        for m in mentions:
            p = m.choice
            if p is None or p.kind != "city" or p.population >= STRAY_ABROAD_POPULATION or not p.country:
                continue
            others = total - support.get(m.key, Counter())
            if others.get(p.country, 0) != 0 or not others or max(others.values()) < 2:
                continue
            if p.population < STRAY_POPULATION:
                m.choice = None
                continue
            # a larger town abroad, far from the country the document is about, told in a sentence
            # that places it there: "air strikes in southern Khartoum near the Yarmouk military
            # industrial complex" is not Syria's al-Yarmouk
            home, count = others.most_common(1)[0]
            if count >= 3 and p.country not in border.get(home, ()) and any(
                    o is not m and o.sentence == m.sentence and o.choice is not None and o.choice.country == home
                    for o in mentions):
                m.choice = None

    def _to_place_mention(self, m: Mention, text: str) -> PlaceMention:
        p = m.choice
        assert p is not None
        end = m.end
        # "U.S." / "W.Va." / "La.": the final full stop is part of the abbreviation
        abbrev = dict(m.entries).get(p.geonameid, 0) & ABBREV
        if end < len(text) and text[end] == "." and ("." in text[m.start:end].split()[-1] or abbrev):
            end += 1
        return PlaceMention(
            start=m.start, end=end, text=text[m.start:end], name=p.admin1 if p.kind == "admin1" and p.admin1 else p.name,
            geonameid=p.geonameid if p.geonameid > 0 else None,  # a region of regions.toml: not GeoNames'
            lat=p.lat, lon=p.lon, country=p.country, admin1=p.admin1,
            feature=p.feature, precision=_PRECISION.get(p.kind, "unknown"), score=round(m.score, 3),
            phrase_start=m.phrase_start, phrase_end=m.phrase_end,
        )

    def _capitals(self, text: str, toks: list[_Tok], mentions: list[Mention]) -> list[PlaceMention]:
        """"the Ukrainian capital", "Somalia's capital", "the capital of Sudan", and "the capital" alone
        when one country dominates the document: that country's capital city (the gazetteer's country
        table), with the phrase as its span. Not when the capital's name follows ("the Syrian capital
        Damascus", "the capital, Juba": the name is the mention) or precedes ("Kyiv, the capital"), and
        not "capital punishment" or "capital gains" (`capital_not_place`)."""
        ctx = self.ctx
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions}
        dominant = None
        out: list[PlaceMention] = []
        for k, t in enumerate(toks):
            if t.lower != "capital" or t.possessive:
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == t.sent else None
            gap = text[t.end:nxt.start].strip() if nxt else ""
            if nxt and gap in ("", ",") and nxt.start in by_start and by_start[nxt.start].choice is not None \
                    and by_start[nxt.start].choice.kind == "city":
                continue  # "the Syrian capital Damascus", "the capital, Juba"
            if nxt and gap == "" and (nxt.lower in ctx.capital_not_place or nxt.lower in ("city", "region", "district")
                                      and k + 2 < len(toks) and toks[k + 2].cap):
                continue  # "capital punishment"; "the capital city Kyiv" is told by its name
            iso, start, end, drop = None, t.start, t.end, None
            prev = toks[k - 1] if k and toks[k - 1].sent == t.sent else None
            the = None
            if prev is not None and prev.possessive and prev.end + 2 >= t.start - 1:
                iso = self.country_of_key(norm(prev.text))  # "Somalia's capital"
                start = prev.start
                drop = by_start.get(prev.start)
            elif prev is not None and norm(prev.text) in self.demonyms and prev.cap:
                iso = self.demonyms[norm(prev.text)]  # "the Ukrainian capital"
                start = prev.start
                the = toks[k - 2] if k >= 2 and toks[k - 2].lower == "the" else None
            elif prev is not None and prev.lower == "the":
                the = prev
                if nxt and nxt.lower == "of" and gap == "" and k + 2 < len(toks):
                    m = by_start.get(toks[k + 2].start)  # "the capital of Sudan"
                    if m is not None and m.choice is not None and m.choice.kind == "country":
                        iso, end, drop = m.choice.country, m.end, m
                if iso is None:
                    before = text[:prev.start].rstrip()
                    if before.endswith(",") and by_end.get(len(before) - 1) is not None:
                        continue  # "Kyiv, the capital, ...": the name is already there
                    if nxt and gap == "" and nxt.lower == "of":
                        continue  # "the capital of the region": not the country's
                    if dominant is None:
                        dominant = self._dominant_country(mentions, toks) or ""
                    iso = dominant or None
            if not iso or iso not in self.gaz.countries or not self.gaz.countries[iso][9]:
                continue
            city = self.gaz.place(self.gaz.countries[iso][9])
            if city is None:
                continue
            if drop is not None:
                drop.choice = None  # "Somalia's capital" names the city, not the country
            out.append(PlaceMention(
                start=start, end=end, text=text[start:end], name=city.name, geonameid=city.geonameid,
                lat=city.lat, lon=city.lon, country=city.country, admin1=city.admin1, feature=city.feature,
                precision="city", score=0.9 if start != t.start else 0.6,
                phrase_start=the.start if the is not None else start, phrase_end=end,
            ))
        return out

    def _dominant_country(self, mentions: list[Mention], toks: list[_Tok]) -> str | None:
        """The country the document is about: the one its places and demonyms name most, at least
        DOMINANT_MENTIONS times and twice as often as any other."""
        counts: Counter[str] = Counter()
        for m in mentions:
            if m.choice is not None and m.choice.country:
                counts[m.choice.country] += 1
        for t in toks:
            if t.cap:
                iso = self.demonyms.get(norm(t.text))
                if iso:
                    counts[iso] += 1
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < DOMINANT_MENTIONS:
            return None
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        return ranked[0][0]

    def _regions(self, text: str, toks: list[_Tok], mentions: list[Mention]) -> list[PlaceMention]:
        """"southeast Ukraine", "southern Russia": a direction word right before a country name."""
        out = []
        by_start = {m.start: m for m in mentions}
        for k, t in enumerate(toks[:-1]):
            d = self.ctx.directions.get(t.lower)
            if d is None:
                continue
            start = t.start
            if k and text[toks[k - 1].end:t.start] == "-":  # "north-east Ukraine"
                joined = f"{toks[k - 1].lower}-{t.lower}"
                if joined in self.ctx.directions:
                    d, start = self.ctx.directions[joined], toks[k - 1].start
            nxt = toks[k + 1]
            m = by_start.get(nxt.start)
            if m is None or m.choice is None or m.choice.kind != "country" or text[t.end:nxt.start] != " ":
                continue
            point = self.gaz.region_point(m.choice.country, *d)
            if point is None:
                continue
            # the mention becomes the region: one place, the part of the country
            m.choice = None
            out.append(PlaceMention(
                start=nxt.start, end=m.end, text=text[nxt.start:m.end], name=f"{text[start:t.end].lower()} {text[nxt.start:m.end]}",
                geonameid=None, lat=point[0], lon=point[1], country=_country_of(m), admin1=None,
                feature="REGION", precision="region",
                score=round(m.score, 3), phrase_start=start, phrase_end=m.end,
            ))
        return out


def _title_case_sentences(toks: list[_Tok]) -> set[int]:
    """Sentences written in headline style ("Gainesville Man Charged In Fire"), where capitals say little."""
    caps: Counter[int] = Counter()
    words: Counter[int] = Counter()
    for t in toks:
        if len(t.text) >= 4:
            words[t.sent] += 1
            caps[t.sent] += t.cap
    return {s for s, n in words.items() if n >= 4 and caps[s] / n >= 0.75}


def _opens_sentence(text: str, toks: list[_Tok], sent: list[int], k: int) -> bool:
    """Whether token k is the first word of its sentence (after any opening quote or bracket)."""
    return k == 0 or sent[k - 1] != sent[k] or text[toks[k - 1].end:toks[k].start].strip() in (
        "\"", "“", "‘", "'", "(", "-", "—", ":")


def single_word_direction(key: str, ctx) -> bool:
    return key in ctx.directions


def _country_of(m: Mention) -> str | None:
    for p in m.candidates:
        if p.kind == "country":
            return p.country
    return None


def _entity_labels(doc) -> dict:
    """spaCy's entities by (start, end) and by start, when a Doc is given."""
    if doc is None:
        return {}
    out = {}
    for e in doc.ents:
        out[(e.start_char, e.end_char)] = e.label_
        out.setdefault(e.start_char, e.label_ if len(e) == 1 else f"{e.label_}+")
        for t in e[1:]:  # a word inside a longer name: "Un" of "Kim Jong Un", "Gaza" of "Gaza Health Ministry"
            out.setdefault(t.idx, f"{e.label_}+")
    return out


@functools.lru_cache(maxsize=4)
def get_geoparser(ranker: str = "learned") -> Geoparser:
    """The geoparser, built once per process (and per ranker)."""
    return Geoparser(ranker=ranker)
