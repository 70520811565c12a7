"""Event mentions: each telling of an incident, with its arguments, found on the dependency parse.

A trigger (data/events.toml: "struck", "shot down", "attack", "visit", "had taken") becomes a
mention when it passes the not-an-event filters (data/not_events.toml: habitual, hypothetical,
negated, generic, background). Its arguments come from syntax:

  subject / "by X" / "Russian" in "a Russian missile attack"  -> initiator (interceptions: target)
  object / "on X" / "against X"                                -> target
  weapons in its clause                                        -> weapons, and the ACLED subtype
  the place, date and casualty counts in its clause            -> location, date, casualties
  claims whose content holds it                                -> claims

Mentions of one incident are merged into events afterwards (warlog.link.merge).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from warlog.extract import lexicon
from warlog.extract.actors import ActorResolver, resolver_for, side_of_word
from warlog.extract.claims import hedge_words, unverified_sentences
from warlog.extract.places import ROUTE, UNLISTED
from warlog.extract.time import resolve_relative
from warlog.geo import country_name, get_geoparser
from warlog.geo.lexicon import context as geo_context
from warlog.model import ActorMention, ClaimMention, EventMention, PlaceMention, TimeMention

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "another": 2, "latest": None}
LOCATIVE_PREPS = {"in", "near", "outside", "at", "on", "over", "around", "across", "into", "inside",
                  "towards", "toward", "to", "from", "off", "within", "along", "throughout", "above",
                  "through", "of", "by"}
# clauses a trigger's arguments do not reach into: another claim, another event's relative clause
# "some of the soldiers", "dozens of residents": the group is named after the count
PARTITIVE_HEADS = {"some", "many", "most", "all", "several", "dozens", "hundreds", "scores", "thousands", "one",
                   "none", "each", "both", "few"}
CLAUSE_BARRIERS = {"ccomp", "relcl", "parataxis", "acl", "advcl"}
LIGHT_VERBS = {"make", "launch", "carry", "conduct", "stage", "mount", "begin", "start", "continue",
               "undertake", "step", "perform", "pay", "report", "suffer", "see", "claim", "unleash",
               "include", "be", "open"}
HEADLINE_BULLET = re.compile(r"^\s*[-•*–]\s+")
# a claim's subject standing for what was just told: "officials said this was a provocation"
INCIDENT_PRONOUNS = {"this", "that"}
QUOTE_MARKS = {'"', "“", "‘", "'", "«"}
STRAY_TOLL_REACH = 10  # sentences back a toll told with no incident word may reach (_last_untolled)
# verbs whose subject is the defender of a fight (its initiator is the attacker it repels)
DEFENCE_VERBS = {"repel", "repulse", "thwart", "foil", "fend", "beat"}
# classes whose telling at "X and Y" is one event per place (ACLED: one location per event)
SPLIT_BY_PLACE = {"attack", "impact", "explosion", "kill", "clash", "arrest", "protest", "riot", "abduct", "property"}
# adjectives that count a plural incident noun: "twin car bombings", "coordinated attacks"
COUNTED_PLURALS = {"twin", "double", "triple", "simultaneous", "coordinated", "back-to-back"}


def _locatable(p: PlaceMention) -> bool:
    """A place an event can be at: resolved to a point, or a settlement the text names that the
    gazetteer lacks ("the village of Prisi") - an unresolved name is not one."""
    return p.lat is not None or p.feature == UNLISTED


def _comes_under(t: Token) -> bool:
    """"Tamarasheni came under fire": the subject of "come under" is where it happened, not who acted."""
    return t.dep_ == "nsubj" and t.head.lemma_.lower() == "come" and any(
        c.dep_ == "prep" and c.lower_ == "under" for c in t.head.children)


def _clause(token: Token) -> list[Token]:
    """The tokens that can be the trigger's arguments: its subtree, minus embedded clauses."""
    out: list[Token] = []
    stack = [token]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in CLAUSE_BARRIERS and c.i != token.i:
                continue
            # "families clashed in a camp and gunmen opened fire in the valley": a conjoined clause
            # with a subject of its own holds its own arguments
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                continue
            stack.append(c)
    return out


def _modifies(t: Token, head: Token) -> bool:
    """Whether t is a modifier of head's own noun ("Grad multiple-launch rocket systems"), not of a
    noun further down its phrase ("millions of people rushing to bomb shelters")."""
    while t.i != head.i:
        if t.dep_ not in ("compound", "amod", "punct", "nmod", "npadvmod"):
            return False
        t = t.head
    return True


REFLEXIVES = {"himself", "herself", "themselves", "itself"}


def _next_but_reflexive(token: Token, particle: Token) -> bool:
    """The particle follows the verb, or a reflexive after it: "blew up", "blew himself up"."""
    return particle.i == token.i + 1 or (
        particle.i == token.i + 2 and token.doc[token.i + 1].lower_ in REFLEXIVES)


def _governing_verb(token: Token) -> Token:
    """The verb a nominal trigger is an argument of ("an attack wounded" -> wounded)."""
    t = token
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def _verbal_head(token: Token) -> Token:
    """The nearest verb above a word ("killing" in "..., killing three" hangs on "hit")."""
    t = token.head
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


class EventFinder:
    def __init__(self, doc: Doc, resolver: ActorResolver):
        self.doc = doc
        self.resolver = resolver
        self.lex = lexicon.events()
        self.not_events = lexicon.not_events()
        self.habitual = frozenset(self.not_events["habitual"]["adverbs"])
        self.modals = frozenset(self.not_events["hypothetical"]["modals"])
        self.intent_verbs = frozenset(self.not_events["hypothetical"]["intent_verbs"])
        self.hindering_verbs = frozenset(self.not_events["hypothetical"]["hindering_verbs"])
        self.conditionals = frozenset(self.not_events["hypothetical"]["conditionals"])
        self.prescriptive = frozenset(self.not_events["hypothetical"]["prescriptive_adjectives"])
        self.background_places = frozenset(self.not_events["background"]["place_nouns"])
        self.generic_nouns = frozenset(self.not_events["background"]["generic_nouns"])
        self.response_nouns = frozenset(self.not_events["background"]["response_nouns"])
        self.toll_nouns = frozenset(lexicon.claims()["toll_reports"]["nouns"])
        self.cumulative_words = frozenset(self.not_events["cumulative"]["since_words"])
        self.cumulative_phrases = tuple(self.not_events["cumulative"]["phrases"])
        self.cumulative_subjects = frozenset(self.not_events["cumulative"]["subjects"])
        self.cumulative_magnitudes = frozenset(self.not_events["cumulative"]["magnitudes"])
        self.hedges = hedge_words()
        self.hedge_verbs = frozenset(lexicon.claims()["hedges"]["passive_verbs"]) | frozenset(
            lexicon.claims()["hedges"]["raising_verbs"])
        self.weapons = lexicon.weapons()
        self.claim_nouns = frozenset(lexicon.claims()["claim_nouns"]["nouns"])
        self.accusation_verbs = frozenset(lexicon.claims()["accusation"]["verbs"])
        self.deed_preps = frozenset(lexicon.claims()["accusation"]["deed_prepositions"])
        self.places: list[PlaceMention] = sorted(doc._.places or [], key=lambda p: p.start)
        self.times: list[TimeMention] = sorted(doc._.times or [], key=lambda t: t.start)
        self.casualties = sorted(doc._.casualties or [], key=lambda c: c.start)
        self.claims = doc._.claims or []
        self.sents = list(doc.sents)
        self.unverified = set(unverified_sentences(doc))
        self.headline_sents = self._headline_sentences()
        self.weapon_spans = [(m.start(), m.end(), m.group(0)) for m in self.weapons.pattern.finditer(doc.text)]

    # -- document layout ------------------------------------------------------------------------
    def _headline_sentences(self) -> set[int]:
        """The title line and the bullet lines under it: headline register (present tense)."""
        text = self.doc.text
        heads: set[int] = set()
        first_break = text.find("\n")
        for n, s in enumerate(self.sents):
            if first_break == -1:
                break
            if s.start_char < first_break and n == 0:
                heads.add(n)
            line_start = text.rfind("\n", 0, s.start_char + 1) + 1
            if HEADLINE_BULLET.match(text[line_start:s.start_char + 2]) and n <= 6:
                heads.add(n)
        return heads

    # -- triggers -------------------------------------------------------------------------------
    def find(self) -> list[EventMention]:
        mentions: list[EventMention] = []
        self._regions: dict[int, tuple[Token, set[int]]] = {}
        self._not_events: set[int] = set()  # triggers told as not an event (background, habitual, ...)
        for n, sent in enumerate(self.sents):
            for token in sent:
                mention = self._mention(token, sent, n)
                if mention is not None:
                    mentions.append(mention)
        self._resolve_things_told_back(mentions)
        self._assign_places(mentions)
        mentions = self._one_per_place(mentions)
        self._anchor_relative_times(mentions)
        self._assign_casualties(mentions)
        self._assign_orphan_claims(mentions)
        return mentions

    def _resolve_things_told_back(self, mentions: list[EventMention]) -> None:
        """"The school had been sheltering 2,000 people when it was hit": "it" is the school, so the
        hitting is the incident told earlier of a school, not merely the latest one."""
        doc = self.doc
        for m in mentions:
            token = doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
            if token is None or not m.anaphoric:
                continue
            token = token.root
            if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in token.children):
                continue
            clause = token
            while clause.dep_ in ("advcl", "relcl", "conj") and clause.head.i != clause.i:
                clause = clause.head
            thing = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
            if thing is None or clause.i == token.i:
                continue
            for x in reversed([x for x in mentions if x.sentence < m.sentence]):
                region = self._regions[id(x)][1]
                if any(doc[i].lemma_ == thing.lemma_ for i in region):
                    m.refers_to = x.trigger_start
                    break

    def _one_per_place(self, mentions: list[EventMention]) -> list[EventMention]:
        """"nine activists were arrested in Batumi and Tbilisi", "missiles struck Kharkiv and Dnipro":
        ACLED codes one event per location, so a telling whose place is joined to others by "and" is
        told once per place (its counts stay with the first: they are not each place's)."""
        out: list[EventMention] = []
        for m in mentions:
            out.append(m)
            # deeds done at a place; an annexation of four provinces or a transfer is one act
            if m.place is None or m.place_inherited or m.event_class not in SPLIT_BY_PLACE:
                continue
            span = self.doc.char_span(m.place.start, m.place.end, alignment_mode="expand")
            if span is None:
                continue
            region = self._regions[id(m)][1]
            for conj in span.root.conjuncts:
                other = self._place_at(conj)
                if other is None or other is m.place or conj.i not in region or other.lat is None and m.place.lat:
                    continue
                twin = dataclasses.replace(m, place=other, claims=list(m.claims), casualties=[], weapons=list(m.weapons))
                self._regions[id(twin)] = self._regions[id(m)]
                out.append(twin)
        return out

    def _anchor_relative_times(self, mentions: list[EventMention]) -> None:
        """"the next day", "two days later": counted from the day of the incident told before."""
        last_day: dt.date | None = None
        for m in mentions:
            t = m.time
            # "a shell landed near it earlier in May": told as before the incident just told (merge)
            if t is not None and t.precision != "day" and re.search(r"\bearlier\s+$", self.doc.text[max(0, t.start - 8):t.start], re.I):
                start = self.doc.text.rindex("earlier", max(0, t.start - 8), t.start)
                t = m.time = dataclasses.replace(t, start=start, text=self.doc.text[start:t.end])
            if t is not None and t.kind == "relative_anchor" and last_day is not None:
                m.time = resolve_relative(t, last_day)
            if m.time is not None and m.time.value_start is None:
                m.time = None
            if m.time is not None and m.time.precision == "day" and m.time.kind == "date" and not m.time_is_report_time:
                last_day = dt.date.fromisoformat(m.time.value_start)

    def _assign_orphan_claims(self, mentions: list[EventMention]) -> None:
        """A claim whose words hold no trigger is about the incident told beside it: "local officials
        reported 20 people were injured" (same sentence), "'Russian missile terror again,' Zelenskyy
        wrote" (the sentence before)."""
        told_to: dict[int, EventMention] = {}  # sentence -> the telling a claim of it went to
        for c in self.claims:
            if any(c.content_start <= m.trigger_start < c.content_end for m in mentions):
                continue
            here = [m for m in mentions if m.sentence == c.sentence]
            if here:
                before = [m for m in here if m.trigger_start <= c.cue_start]
                (before[-1] if before else here[0]).claims.append(c)
                continue
            # "'Russian missile terror again,' Zelenskyy wrote"; "14 insurgents were killed, a
            # spokesman said": about the incident just told (up to two sentences back), when its
            # words speak of one. "The ambassador reiterated the government's commitment to aid"
            # after an ambush is about something else, and would make the ambush look contested.
            # A run of such sentences, each a voice on the same incident ("The White Helmets put the
            # toll at 38. Local activists said the jets had taken off from Hmeimim."), stays with it.
            previous = [m for m in mentions if c.sentence - 2 <= m.sentence < c.sentence]
            if not previous and c.sentence - 1 in told_to:
                previous = [told_to[c.sentence - 1]]
            if previous and self._speaks_of_incident(c):
                # "In Jermuk, ... two civilians were wounded, the mayor said", after shelling at Kapan
                # told just before it: the incident at the place its words name
                there = self._named_incident(c, [m for m in mentions if c.sentence - 6 <= m.sentence < c.sentence])
                if there is not None and there is not previous[-1] and previous[-1].place is not None \
                        and previous[-1].place.geonameid != there.place.geonameid:
                    previous = [there]
                previous[-1].claims.append(c)
                told_to[c.sentence] = previous[-1]
                # "The Observatory said the aircraft were Russian": the culprit of the strike told before
                if previous[-1].initiator is None and c.culprit is not None and c.culprit.side:
                    previous[-1].initiator = c.culprit
                    previous[-1].initiator_from_culprit = True
                continue
            # "Armenia's defence ministry denied that its forces had fired at Ganja", four sentences
            # after the strike on Ganja: a claim naming the place of an incident told before is about it
            named = self._named_incident(c, [m for m in mentions if c.sentence - 6 <= m.sentence < c.sentence])
            if named is None:
                named = self._incident_told_back(c, [m for m in mentions if c.sentence - 15 <= m.sentence < c.sentence])
            if named is None:
                named = self._participant_told_back(c, [m for m in mentions if c.sentence - 15 <= m.sentence < c.sentence])
            if named is not None:
                named.claims.append(c)

    def _incident_told_back(self, claim: ClaimMention, earlier: list[EventMention]) -> EventMention | None:
        """"Ambassador Ansar explained that the bombing was supposed to cause maximum damage", sentences
        after the suicide bombing: a definite incident noun in a claim's words ("the bombing", "the
        attack") is the latest incident told by that word."""
        span = self.doc.char_span(claim.content_start, claim.content_end, alignment_mode="expand")
        if span is None:
            return None
        for t in span:
            lemma = t.lemma_.lower()
            if lemma in self.lex.anaphora_nouns and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                        for c in t.children):
                same = [m for m in earlier if m.lemma == lemma or m.trigger.lower() == t.lower_]
                if same:
                    return same[-1]
        return None

    def _participant_told_back(self, claim: ClaimMention, earlier: list[EventMention]) -> EventMention | None:
        """"Local media reported that the gunmen were part of the Beltran Leyva gang", after a battle
        with drug gunmen: words that tell of "the gunmen" (a definite subject) are about the latest
        incident whose doer or target that word named."""
        span = self.doc.char_span(claim.content_start, claim.content_end, alignment_mode="expand")
        if span is None:
            return None
        named = {t.lemma_.lower() for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
                 and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.children)}
        if not named:
            return None
        for m in reversed(earlier):
            # its doer, its target, or the people its toll counts ("Two soldiers and 16 gunmen were killed")
            told = [(a.start, a.end) for a in (m.initiator, m.target) if a is not None]
            told += [(x.start, x.end) for x in m.casualties]
            for start, end in told:
                words = self.doc.char_span(start, end, alignment_mode="expand")
                if words is not None and any(t.pos_ == "NOUN" and t.lemma_.lower() in named for t in words):
                    return m
        return None

    def _named_incident(self, claim: ClaimMention, earlier: list[EventMention]) -> EventMention | None:
        """The latest incident before the claim whose place the claim's words name."""
        told = [p for p in self.places if claim.content_start <= p.start < claim.content_end]
        for m in reversed(earlier):
            if m.place is not None and any(
                    (p.geonameid is not None and p.geonameid == m.place.geonameid) or p.text == m.place.text for p in told):
                return m
        return None

    def _speaks_of_incident(self, claim: ClaimMention) -> bool:
        """The claim is a quoted reaction, or its words hold an incident word, a toll or a pronoun standing for
        what was just told ("said it was a deliberate attack", "said this was a provocation")."""
        span = self.doc.char_span(claim.content_start, claim.content_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return True
        if any(claim.content_start <= c.start < claim.content_end for c in self.casualties):
            return True
        # "Ukraine's General Staff denied the claim": answers the claim told before
        if claim.stance in ("denies", "disputes") and span.root.lemma_.lower() in self.claim_nouns:
            return True
        # "The army said militants had used the school. The group denied that its fighters had been
        # there": a denial answers the account told just before it
        if claim.stance in ("denies", "disputes") and any(
                other.sentence == claim.sentence - 1 and other.claimant.name != claim.claimant.name for other in self.claims):
            return True
        # "Kanyuka denied it, blaming pro-government militias": a denial of what was just told
        cue = self.doc.char_span(claim.cue_start, claim.cue_end, alignment_mode="expand")
        if claim.stance in ("denies", "disputes") and cue is not None and any(
                t.dep_ == "dobj" and t.lower_ in (*INCIDENT_PRONOUNS, "it") for t in cue.root.children):
            return True
        opening = self.doc.text[max(0, claim.content_start - 2):claim.content_end].lstrip()[:3]
        if QUOTE_MARKS & set(opening):
            return True  # "'Russian missile terror again,' Zelenskyy wrote": a reaction, quoted
        # "the group would continue to target ships": a threat or a plan, not an account of what happened
        if any(c.dep_ == "aux" and c.lower_ in self.modals for c in span.root.children):
            return False
        for token in span:
            lemma = token.lemma_.lower()
            # looser than a trigger (`_classes`): "the fight lasted two hours" speaks of one
            if (token.pos_ in ("VERB", "NOUN") and (lemma in self.lex.verb_classes or lemma in self.lex.noun_classes)) \
                    or lemma in self.lex.anaphora_nouns:
                return True
            if token.lower_ in INCIDENT_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass"):
                return True
            # "Local activists said the jets had taken off from Hmeimim": the weapon of the incident told
            if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                            for c in token.children) and lexicon.weapon_of(token.text):
                return True
        return False

    def _assign_casualties(self, mentions: list[EventMention]) -> None:
        """Each count goes to the incident it is a count of: the trigger whose clause holds it, the
        attack it is the result of ("an attack wounded nine"), else the nearest telling before it in
        its sentence, else - when its sentence tells no incident - the last one of the sentence before
        (or of the one before that, for a toll). A running total's count is no incident's."""
        by_sentence: dict[int, list[EventMention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        starts = [s.start_char for s in self.sents]
        import bisect

        counted_in: dict[int, EventMention] = {}  # sentence -> the telling a count in it went to
        stray_in: set[int] = set()  # sentences whose counts went to an incident told far before
        for c in self.casualties:
            n = bisect.bisect_right(starts, c.start) - 1
            here = by_sentence.get(n, [])
            owner = None
            anchor_span = self.doc.char_span(c.anchor, c.anchor + 1, alignment_mode="expand") if c.anchor is not None else None
            anchor = anchor_span.root if anchor_span is not None else None
            # "More than 3,200 civilians have been killed since the coup": the count of a running
            # total or a habit is no incident's toll
            if anchor is not None and (anchor.i in self._not_events or _verbal_head(anchor).i in self._not_events
                                       or anchor.tag_ == "VBN" and self._cumulative(anchor)):
                continue
            if anchor is not None:
                for m in here:
                    token, region = self._regions[id(m)]
                    if anchor.i in region or _verbal_head(anchor).i == token.i or any(
                        ch.i == token.i for ch in anchor.children if ch.dep_ in ("nsubj", "nsubjpass")
                    ):
                        owner = m
                        break
            if owner is None and here:
                before = [m for m in here if m.trigger_start <= c.start]
                owner = before[-1] if before else here[0]
            if owner is None and not here:
                # "Shelling hit Jermuk and Goris. ... In Jermuk, shells damaged a hotel and two civilians
                # were wounded": a count told in a sentence that names the place of an incident told
                # before is that incident's
                owner = self._incident_at_place_told(n, mentions)
            if owner is None and not here:
                # a count told on its own is of the incident told in the sentence before; a toll ("The
                # White Helmets put the death toll at 38", "the toll among soldiers was higher, with at
                # least nine killed") reaches one sentence further back
                told_before = self.doc.text[self.sents[n].start_char:c.end].lower()
                toll = any(w.strip(",.;:") in self.toll_nouns for w in told_before.split())
                told = by_sentence.get(n - 1) or (by_sentence.get(n - 2) if toll else None)
                owner = told[-1] if told else None
                # "... said the 20 killed included four children. The officials said 35 people also
                # were wounded": a run of counts, each told on its own, stays with the incident
                if owner is None:
                    owner = counted_in.get(n, counted_in.get(n - 1))
                    c.stray = owner is not None and n in stray_in
                if owner is None:
                    owner = self._last_untolled(mentions, n, counted_in, c)
                    c.stray = owner is not None
                if c.stray:
                    stray_in.add(n)
            if owner is not None:
                owner.casualties.append(c)
                counted_in[n] = owner

    def _incident_at_place_told(self, n: int, mentions: list[EventMention]) -> EventMention | None:
        """The latest incident, in the six sentences before sentence n, at a place sentence n names."""
        told = [p for p, _ in self._place_candidates(self.sents[n]) if p.geonameid is not None]
        if not told:
            return None
        for m in reversed([m for m in mentions if n - 6 <= m.sentence < n and m.place is not None]):
            if any(p.geonameid == m.place.geonameid for p in told):
                return m
        return None

    def _last_untolled(self, mentions: list[EventMention], n: int, counted_in: dict[int, EventMention], count):
        """"The suicide bombing occurred in the town of Akuressa. ... Some 14 people were killed and scores
        were injured as they joined the pilgrims": a toll told far from any incident word is of the last
        incident told before it (within STRAY_TOLL_REACH sentences), when that incident has no count yet
        and no other count was told in between - else it is no incident's."""
        # "the flu outbreak, which caused 89 deaths": only a toll told by its verb ("were killed")
        anchor = self.doc.char_span(count.anchor, count.anchor + 1, alignment_mode="expand") \
            if count.anchor is not None else None
        if count.negated or count.category not in ("killed", "injured") or anchor is None \
                or not anchor.root.tag_.startswith("VB"):
            return None
        before = [m for m in mentions if n - STRAY_TOLL_REACH <= m.sentence < n and not m.generic]
        if not before:
            return None
        last = before[-1]
        if any(m.casualties for m in mentions if m.sentence >= last.sentence and m.sentence < n) \
                or any(k >= last.sentence for k in counted_in):
            return None
        return last

    def _classes(self, token: Token) -> tuple[str, ...]:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.pos_ != "AUX"):
            return self.lex.verb_classes.get(lemma, ())
        if token.pos_ in ("NOUN", "PROPN"):
            found = self.lex.noun_classes.get(lemma, ()) or self.lex.noun_classes.get(token.lower_, ())
            if not found:
                return ()
            return found
        return ()

    def _mention(self, token: Token, sent: Span, n: int) -> EventMention | None:
        classes = self._classes(token)
        if not classes:
            return None
        # "killed March 22": a month, not a march
        if any(t.start <= token.idx < t.end for t in self.times):
            return None
        is_verb = token.pos_ == "VERB" or token.tag_.startswith("VB")
        # "a deliberately targeted attack", "an attempted raid": the noun tells the incident
        if is_verb and token.dep_ == "amod" and token.head.lemma_.lower() in self.lex.noun_classes:
            return None
        # "the country's jihadist-hit north", "war-torn", "drone-struck": a description, not a deed
        if is_verb and token.i > 0 and self.doc[token.i - 1].text == "-" and token.dep_ in ("amod", "compound"):
            return None
        # "a Kalashnikov assault rifle", "an attack helicopter": a kind of thing, not an incident
        if not is_verb and token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") \
                and token.head.lemma_.lower() not in self.lex.noun_classes \
                and token.head.lemma_.lower() not in self.lex.activity_nouns:
            return None
        for name in classes:
            cls = self.lex.classes[name]
            # "shot down" ("down" parsed as a particle or, before a number, as an adverb)
            if is_verb and token.lemma_.lower() in cls.particle_required and not any(
                c.dep_ in ("prt", "advmod") and c.lower_ in cls.particles and _next_but_reflexive(token, c)
                for c in token.children
            ):
                continue
            if cls.name == "explosion" and is_verb and not self._explodes(token):
                continue
            if is_verb and token.lemma_.lower() in cls.object_required and not any(
                    c.dep_ == "dobj" for c in token.children):
                continue
            excluded = cls.excluded_particles.get(token.lemma_.lower()) if is_verb else None
            if excluded and any(c.dep_ == "prt" and c.lower_ in excluded for c in token.children):
                continue
            if cls.actor_kinds and not self._actor_kind_fits(token, cls, is_verb):
                continue
            if cls.weapon_subject and not any(c.dep_ == "nsubj" and self._weapon_in(c) is not None for c in token.children):
                continue
            if cls.needs_object and not self._object_fits(token, cls.needs_object, is_verb):
                continue
            if not is_verb and not self._noun_is_event(token, name):
                continue
            if is_verb and name in CONSEQUENCE_CLASSES and self._is_consequence(token):
                # "a roadside bomb killed four soldiers": the weapon's use is the incident
                subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
                deed = self._deed_told_by_its_means(token)
                if deed is not None:
                    if self._not_an_event(deed, sent, n, True):
                        self._not_events.add(deed.i)
                        return None
                    return self._build(deed, self.lex.classes["attack"], sent, n, True)
                if subject is None or subject.lemma_.lower() in self.lex.noun_classes or self._weapon_in(subject) is None:
                    return None
                if self._not_an_event(token, sent, n, is_verb):
                    self._not_events.add(token.i)
                    return None
                return self._build(token, self.lex.classes["attack"], sent, n, is_verb)
            if name == "capture" and is_verb and not self._single_place_object(token):
                continue
            if self._not_an_event(token, sent, n, is_verb):
                self._not_events.add(token.i)
                return None
            return self._build(token, cls, sent, n, is_verb)
        return None

    def _deed_told_by_its_means(self, consequence: Token) -> Token | None:
        """"A suicide bomber drove a car packed with explosives into a checkpoint, killing 12": the
        deed is a verb no event class holds, known for one by its weapon and by what it did. The
        verb the casualty participle hangs on, when a weapon is its doer or its means."""
        head = consequence.head
        if consequence.tag_ != "VBG" or consequence.dep_ != "advcl" or head.pos_ != "VERB" or head.i == consequence.i:
            return None
        lemma = head.lemma_.lower()
        if lemma in self.lex.verb_classes or lemma in LIGHT_VERBS or lemma in lexicon.claims()["stance_of"]:
            return None
        inside = {t.i for t in consequence.subtree}
        # "opened fire on a bus, killing six": the deed has its own word
        if any(t.lemma_.lower() in self.lex.noun_classes for t in _clause(head) if t.i not in inside):
            return None
        if not any(lexicon.weapon_of(t.text) is not None for t in head.subtree if t.i not in inside and t.pos_ == "NOUN"):
            return None
        return head

    def _explodes(self, token: Token) -> bool:
        """"a car bomb exploded", "the car blew up", "militants detonated explosives": something that can
        blow up is the subject or object - not "the crowd exploded in anger"."""
        for c in token.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
                self._weapon_in(c) is not None or c.lemma_.lower() in VEHICLES_AND_DEVICES
            ):
                return True
            # "The car was parked near a bus terminal when it blew up": "it" is the clause's subject
            if c.dep_ == "nsubj" and c.lower_ == "it" and token.dep_ == "advcl" and any(
                    g.dep_ in ("nsubj", "nsubjpass") and (self._weapon_in(g) is not None or g.lemma_.lower() in VEHICLES_AND_DEVICES)
                    for g in token.head.children):
                return True
        return False

    def _actor_kind_fits(self, token: Token, cls, is_verb: bool) -> bool:
        """A visit is an official's: "the minister visited Kyiv", not "visiting tourists"."""
        subject = None
        if is_verb:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        else:
            subject = next((c for c in token.children if c.dep_ == "poss"), None)
            verb = token.head
            if subject is None and token.dep_ in ("dobj", "attr") and verb.lemma_.lower() in LIGHT_VERBS:
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None:
                for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"):
                    subject = next((g for g in prep.children if g.dep_ == "pobj"), None)
        actor = self.resolver.actor(subject) if subject is not None else None
        return actor is not None and actor.kind in cls.actor_kinds

    def _is_consequence(self, token: Token) -> bool:
        """A casualty or damage verb that tells what an attack did, not a deed of its own:
        "an attack wounded nine people", "20 people were injured", "..., injuring two people",
        "artillery fire had razed the village"."""
        if token.tag_ == "VBG" and token.dep_ in ("advcl", "conj", "xcomp", "acl", "pcomp"):
            return True
        # "the 20 killed included four children": the dead, named by a participle
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "amod", "appos"):
            return True
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        if subject is None and agent is None:
            return True  # passive with no doer: a count of victims
        doer = subject if subject is not None else next((g for g in agent.children if g.dep_ == "pobj"), None)
        if doer is None:
            return True
        if doer.lemma_.lower() in self.lex.noun_classes or self._weapon_in(doer) is not None:
            return True
        # "more than 30 wounded", "12 civilians were killed": the victims, not a doer
        return doer.like_num or lexicon.actors().head_kind.get(doer.lemma_.lower()) == "civilians"

    def _single_place_object(self, token: Token) -> bool:
        """"took Staromaiorske", "seized the town"; not "captured several other villages"."""
        for obj in self._objects(token, True):
            if self._place_at(obj) is not None:
                return True
            if obj.tag_ in ("NNS", "NNPS") or any(c.lower_ in ("several", "many", "some", "other", "dozens") for c in obj.children):
                # "took control of six villages in the Jabrayil district": villages told within one
                # named place are taken there
                # (the parser may hang "near Mosul" on the verb)
                return any(p.dep_ == "prep" and p.lower_ in ("in", "of", "near", "around") and self._place_at(g) is not None
                           for p in (*obj.children, *token.children) for g in p.children if g.dep_ == "pobj")
            if obj.lemma_.lower() in self.lex.place_nouns:
                return True
        return True

    # -- objects --------------------------------------------------------------------------------
    def _objects(self, token: Token, is_verb: bool) -> list[Token]:
        if is_verb:
            objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                    or (c.dep_ == "npadvmod" and c.like_num)]
            # "shot down 24 of the drones": the parser may hang the count on the particle
            objs += [g for c in token.children if c.dep_ in ("prt", "advmod") and c.i == token.i + 1
                     for g in c.children if g.dep_ in ("npadvmod", "dobj") and g.like_num]
            # "shot down 18 of 22 attack drones", "dozens of missiles": the thing counted; "had taken
            # control of Kanyabayonga": the thing controlled
            for obj in list(objs):
                if obj.like_num or obj.lower_ in ("dozens", "hundreds", "most", "all", "some", "many", "several",
                                                  "control", "majority", "bulk", "half", "number", "percent",
                                                  "rest", "none"):
                    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
                        objs += [g for g in prep.children if g.dep_ == "pobj"]
            # "taken Staromaiorske in the Donetsk region": a missed object shows as a place pobj
            objs += [c for c in token.children if c.dep_ == "attr"]
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "using", "to", "on")):
                objs += [g for g in prep.children if g.dep_ == "pobj"]
            # "the arms were captured" as a relative clause of "missiles": the noun it modifies
            if token.dep_ in ("acl", "relcl") and not objs:
                objs.append(token.head)
            if not objs and token.dep_ in ("conj",):
                objs = [c for c in token.head.children if c.dep_ == "dobj"]
            return objs
        objs = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "against")):
            objs += [g for g in prep.children if g.dep_ == "pobj"]
        return objs

    def _weapon_in(self, token: Token):
        phrase = " ".join(t.text for t in token.subtree if t.i == token.i or _modifies(t, token))
        w = lexicon.weapon_of(token.lemma_) or lexicon.weapon_of(token.text)
        if w is None:
            # a weapon word modifying a place or an industry is that thing ("rushing to bomb
            # shelters", "a missile factory"); "rocket systems" and "a drone attack" keep the weapon
            if token.lemma_.lower() in lexicon.not_weapon_heads():
                return None
            for m in self.weapons.pattern.finditer(phrase):
                w = lexicon.weapon_of(m.group(0))
                if w is not None:
                    break
        return w

    def _object_fits(self, token: Token, needs: str, is_verb: bool) -> bool:
        for obj in self._objects(token, is_verb):
            # "destroyed a tank with an anti-armour rocket": the rocket is what it was done with
            if needs == "projectile" and obj.dep_ == "pobj" and obj.head.lower_ in ("with", "using"):
                continue
            if needs == "weapon" and self._weapon_in(obj) is not None:
                return True
            if needs == "weapon_or_arms" and (self._weapon_in(obj) is not None or obj.lemma_.lower() in self.lex.arms_words):
                return True
            if needs == "projectile":
                w = self._weapon_in(obj)
                if (w is not None and w.projectile) or obj.lemma_.lower() in self.lex.noun_classes:
                    return True
            if needs == "arms":
                if obj.lemma_.lower() in self.lex.arms_words or obj.lower_ in self.lex.arms_words:
                    return True
                if self._weapon_in(obj) is not None:
                    return True
            if needs == "official":
                actor = self._actor(obj)
                if actor is not None and actor.kind in ("official", "government"):
                    return True
            if needs == "agreement" and (obj.lemma_.lower() in self.lex.agreement_objects
                                         or obj.lemma_.lower() in self.lex.noun_classes):
                return True
            if needs == "place":
                # "Jordan also took part": a part of nothing named is no place taken
                if obj.lemma_.lower() == "part" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
                    continue
                if self._place_at(obj) is not None or obj.lemma_.lower() in self.lex.place_nouns:
                    return True
                if any(t.lemma_.lower() in self.lex.place_nouns for t in obj.subtree if t.i < obj.i + 3):
                    return True
        return False

    def _noun_is_event(self, token: Token, class_name: str) -> bool:
        lemma = token.lemma_.lower()
        # "incident" only refers back: "the latest incident"
        if lemma == "incident":
            return self._anaphoric(token, False)
        # "fire" is an event only as "artillery fire", "rocket fire"
        if lemma == "fire":
            # "opened fire on a patrol" is an attack too, and so is "the town came under fire"
            if token.dep_ == "pobj" and token.head.lower_ == "under" and token.head.head.lemma_.lower() == "come":
                return True
            return token.head.lemma_.lower() == "open" or any(
                self._weapon_in(c) is not None for c in token.children if c.dep_ in ("compound", "amod"))
        # a noun that is itself the object of a trigger verb is that verb's argument, not a new event
        # ("repelled the attack", "providing arms" is fine), except light verbs ("launched a push")
        head = token.head
        if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in self.lex.verb_classes and head.i != token.i:
            # "repelled an attack", "intercepted the strike": the verb's event; its object is no other
            return head.lemma_.lower() in LIGHT_VERBS
        return True

    # -- not an event ---------------------------------------------------------------------------
    def _not_an_event(self, token: Token, sent: Span, n: int, is_verb: bool) -> bool:
        headline = n in self.headline_sents
        verb = token if is_verb else _governing_verb(token)
        # negated: "did not strike", "no attack"
        if any(c.dep_ == "neg" for c in token.children) or (
            not is_verb and any(c.lower_ in ("no", "without") and c.dep_ == "det" for c in token.children)
        ):
            return True
        if is_verb and token.dep_ == "pobj" and token.head.lower_ == "without":
            return True
        # "did not carry out any combat missions", "no ships were damaged": the deed is denied
        if not is_verb and token.dep_ in ("dobj", "compound") and any(c.dep_ == "neg" for c in verb.children):
            return True
        if is_verb and any(c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "no" and g.dep_ == "det"
                                                                     for g in c.children) for c in token.children):
            return True
        # "killed since fighting erupted on 27 September": what opens a span of time is background
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children) or (
                token.dep_ == "pobj" and token.head.lower_ == "since"):
            return True
        # habitual: "has often struck apartment buildings"; the adverb reaches the verbs coordinated
        # with its own: "has increasingly relied on air power ... and has bombed schools"
        for t in (token, verb, *([verb.head] if verb.dep_ == "conj" else [])):
            if any(c.dep_ == "advmod" and c.lower_ in self.habitual for c in t.children):
                return True
        # hypothetical / future: "would give", "could attack", "plans to strike", "if they capture"
        if self._hypothetical(token, verb):
            return True
        # "deployed weapons to push out the Kremlin's forces": a purpose, not a deed
        auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
        if is_verb and token.tag_ == "VB" and "to" in auxes and "have" not in auxes:
            return True
        # "it is attacking without air support": an ongoing state, an event only where it is placed
        if is_verb and not headline and token.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in token.children
        ) and self._direct_place(token) is None:
            return True
        if self._cumulative(verb) or (token.dep_ in ("nsubj", "csubj") and self._cumulative(token.head)):
            return True
        # present-tense statements outside headlines are generic: "fighting that targets the enemy's
        # artillery is a priority"; "the enemy clings ..., conducting fire"
        if not headline and self._generic_present(token if is_verb else verb):
            return True
        if not is_verb:
            lemma = token.lemma_.lower()
            # "Bakhmut, site of lengthy brutal fighting": background of a place
            if token.head.lower_ == "of" and token.head.head.lemma_.lower() in self.background_places:
                return True
            # "in response to Israeli attacks": incidents in general, given as the cause of this one
            if token.tag_ in ("NNS", "NNPS") and token.dep_ == "pobj" and token.head.lower_ in ("to", "for") \
                    and token.head.head.lemma_.lower() in self.response_nouns:
                return True
            # "his invasion", "the war": the war as a whole, unless a place is attached to it
            if lemma in self.generic_nouns and self._direct_place(token) is None:
                return True
        return False

    def _cumulative(self, verb: Token) -> bool:
        """"has killed tens of thousands since April 2023", "the war has killed thousands": a running
        total (not_events.toml [cumulative])."""
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.dep_ == "conj" and not auxes:  # "has killed thousands and displaced millions"
            auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
        if not any(a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return False
        verbs = [verb, *verb.conjuncts]
        for prep in (c for v in verbs for c in v.children if c.dep_ in ("prep", "advcl", "mark") or c.lower_ == "since"):
            if prep.lower_ != "since" and not any(g.lower_ == "since" for g in prep.children):
                continue
            # "opened an offensive on May 10, and has since claimed the capture of a dozen villages":
            # a bare 'since' counts from a time already told
            if prep.dep_ == "advmod" and not any(prep.children):
                return True
            # "have killed 31, in one of the deadliest days since the offensive began": the span is the
            # superlative's, whatever the parser hung it on
            if any(t.tag_ == "JJS" for t in self.doc[min(verb.i, prep.i):prep.left_edge.i]):
                continue
            for t in prep.subtree:
                if t.like_num and len(t.text) == 4 or t.ent_type_ == "DATE" and t.pos_ == "PROPN" \
                        or t.lemma_.lower() in self.cumulative_words:
                    return True
        subject = next((c for v in verbs for c in v.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in self.cumulative_subjects:
            return True
        for v in verbs:
            for c in v.children:
                if c.dep_ in ("dobj", "nsubjpass") and any(t.lower_ in self.cumulative_magnitudes for t in c.subtree):
                    return True
        words = " ".join(t.lower_ for t in verb.subtree)
        return any(f" {p} " in f" {words} " for p in self.cumulative_phrases)

    def _generic(self, token: Token, is_verb: bool) -> bool:
        """"drone, bomb and missile attacks on its territory", "deny conducting arms transactions": a
        plural with no number and no place speaks of incidents in general; it may only join one told
        nearby."""
        return (not is_verb and token.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in token.children)
                and self._direct_place(token) is None)

    def _hypothetical(self, token: Token, verb: Token) -> bool:
        chain = [token]
        t = token
        for _ in range(4):
            if t.head.i == t.i:
                break
            if t.dep_ in ("xcomp", "csubj", "csubjpass", "advcl", "pcomp", "pobj", "prep", "dobj", "nsubj",
                          "nsubjpass", "amod", "compound", "conj", "acomp", "attr"):
                t = t.head
                chain.append(t)
            else:
                break
        for i, t in enumerate(chain):
            aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in self.modals for a in aux):
                return True
            if any(c.dep_ == "mark" and c.lower_ in self.conditionals for c in t.children):
                return True
            if i == 0:
                continue
            prev = chain[i - 1]
            # "plans to strike", "threatened to attack"; but "claimed to have recaptured" happened
            if prev.dep_ == "xcomp" and t.lemma_.lower() in self.intent_verbs:
                perfect = any(c.lower_ == "have" and c.dep_ == "aux" for c in prev.children)
                if not perfect:
                    return True
            if t.lemma_.lower() in self.prescriptive and prev.dep_ in ("xcomp", "ccomp"):
                return True
            # "blocked from entering the region", "prevented them from reaching the town"
            # ("had held back from storming it": the particle between)
            if i >= 2 and prev.dep_ == "prep" and prev.lower_ == "from" and chain[i - 2].dep_ == "pcomp" and (
                    t.lemma_.lower() in self.hindering_verbs
                    or (t.lower_ == "back" and t.head.lemma_.lower() in self.hindering_verbs)):
                return True
        # "Capturing the village ... would give": a gerund subject of a modal clause
        if token.dep_ in ("csubj", "csubjpass"):
            return any(c.dep_ == "aux" and c.lower_ in self.modals for c in token.head.children)
        return False

    def _generic_present(self, verb: Token) -> bool:
        t = verb
        # climb participles and relative clauses to the finite verb that carries tense
        for _ in range(3):
            if t.tag_ in ("VBG", "VBN", "VB", "NN") and t.dep_ in ("advcl", "relcl", "acl", "xcomp", "conj", "pcomp",
                                                                  "nsubj", "csubj"):
                t = t.head
            else:
                break
        if t.tag_ not in ("VBZ", "VBP"):
            aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
            # "is attacking", "are pushing": ongoing, counts; "has struck": past, counts
            return False if aux else False
        # a present finite verb: generic unless it is only a copula/auxiliary of a past report
        return t.lemma_.lower() not in ("be", "have") or not any(
            c.tag_ in ("VBN", "VBD") for c in t.children
        )

    # -- arguments ------------------------------------------------------------------------------
    def _place_at(self, token: Token) -> PlaceMention | None:
        for p in self._places_in_sentence_containing(token.idx):
            if p.start <= token.idx < p.end or (p.phrase_start is not None and p.phrase_start <= token.idx < p.phrase_end):
                return p
        return None

    def _places_in_sentence_containing(self, char: int) -> list[PlaceMention]:
        return [p for p in self.places if _locatable(p) and abs(p.start - char) < 400]

    def _direct_place(self, token: Token) -> PlaceMention | None:
        """A place attached to the trigger itself: "attack on Dnipro", "fighting in Bakhmut"."""
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS):
            for t in prep.subtree:
                p = self._place_at(t)
                if p is not None:
                    return p
        for c in token.children:
            if c.dep_ in ("compound", "npadvmod", "advmod"):
                p = self._place_at(c)
                if p is not None:
                    return p
            if c.lower_ in ("there", "here"):
                return None
        return None

    def _argument_region(self, token: Token, is_verb: bool) -> list[Token]:
        region = _clause(token)
        if not is_verb:
            verb = _governing_verb(token)
            if verb.i != token.i and (verb.lemma_.lower() in LIGHT_VERBS or verb.lemma_.lower() in self.lex.verb_classes
                                      or token.dep_ in ("nsubj", "nsubjpass")):
                region = _clause(verb)
        return region

    def _build(self, token: Token, cls: lexicon.EventClass, sent: Span, n: int, is_verb: bool) -> EventMention:
        doc = self.doc
        trigger_start, trigger_end = token.idx, token.idx + len(token)
        # phrasal triggers: "shot down"
        for c in token.children:
            if c.dep_ in ("prt", "advmod") and c.i == token.i + 1 and c.lower_ in cls.particles:
                trigger_end = c.idx + len(c)
        region = self._argument_region(token, is_verb)
        region_idx = {t.i for t in region}
        m = EventMention(
            trigger_start=trigger_start, trigger_end=trigger_end, trigger=doc.text[trigger_start:trigger_end],
            lemma=token.lemma_.lower(), event_class=cls.name, type=cls.type, subtype=cls.subtype, sentence=n,
            sent_start=sent.start_char, sent_end=sent.end_char, strength=cls.strength,
            headline=n in self.headline_sents, unverified=False, is_verb=is_verb,
        )
        self._roles(m, token, cls, is_verb)
        m.weapons = self._weapons(region_idx, sent, token)
        m.place = self._place(token, region_idx, sent, m)
        m.place_noun = self._place_noun(token, region_idx)
        m.time, m.time_is_report_time = self._time(token, region_idx, sent)
        m.time_of_report = m.time is not None and not self._in_region(m.time, region_idx) and self._reports(m.time)
        self._regions[id(m)] = (token, region_idx)
        m.claims = [c for c in self.claims if c.content_start <= trigger_start < c.content_end]
        m.damage = self._tells_damage(region_idx)
        m.hedged = self._hedged(token)
        m.anaphoric = self._anaphoric(token, is_verb)
        # "killed in twin car bombings": a counted plural tells an incident, not incidents in general
        m.generic = self._generic(token, is_verb) and not any(
            c.dep_ == "amod" and c.lower_ in COUNTED_PLURALS for c in token.children) and not (
            # "warplanes carried out air strikes on RSF positions on Tuesday night": the strikes one
            # actor carried out on one day are an incident
            _governing_verb(token).lemma_.lower() in LIGHT_VERBS and token.dep_ == "dobj"
            and m.time is not None and m.time.precision == "day" and not m.time_is_report_time)
        m.ordinal = self._ordinal(token, is_verb)
        m.count = self._count(token, is_verb)
        if m.initiator is None:
            culprit = next((c.culprit for c in m.claims if c.culprit is not None), None)
            if culprit is not None:
                m.initiator = culprit
                m.initiator_from_culprit = True
        return m

    def _roles(self, m: EventMention, token: Token, cls: lexicon.EventClass, is_verb: bool) -> None:
        subject = obj = agent = None
        if is_verb:
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
            for c in token.children:
                if c.dep_ == "nsubj":
                    subject = c
                elif c.dep_ == "nsubjpass":
                    obj = c
                elif c.dep_ == "dobj":
                    obj = obj or c
                elif c.dep_ == "agent":
                    agent = next((g for g in c.children if g.dep_ == "pobj"), None)
            if subject is None and not passive and (token.dep_ in ("xcomp", "conj", "advcl", "acl", "relcl") or (
                    token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.dep_ == "prep"
                    and token.head.lower_ in ("after", "before", "while", "by", "upon", "since", "without"))):
                # "is understood to be targeting": the subject of the verb it hangs on; "soldiers
                # rescued them after overrunning a position": of the verb its preposition hangs on (not
                # "accused North Korea of providing arms": the accused does it)
                head = token.head.head if token.dep_ == "pcomp" else token.head
                if token.dep_ == "acl" and token.tag_ == "VBG":
                    subject = head  # "units advancing along the Tigris": the ones who advance
                elif token.dep_ in ("acl", "relcl"):
                    obj = obj or head
                else:
                    # (a passive's subject is its patient: "four were killed ... hit the town" does not
                    # make the four the attackers)
                    deps = ("nsubj",) if token.dep_ == "conj" else ("nsubj", "nsubjpass")
                    subject = next((c for c in head.children if c.dep_ in deps), None)
            if agent is not None:
                subject = agent
            if obj is None:
                for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against")):
                    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if obj is not None:
                        break
        else:
            for c in token.children:
                if c.dep_ in ("poss",):
                    subject = c
                if c.dep_ in ("amod", "compound") and side_of_word(c.text):
                    subject = subject or c
                if c.dep_ == "prep" and c.lower_ == "by":
                    subject = next((g for g in c.children if g.dep_ == "pobj"), subject)
                if c.dep_ == "prep" and c.lower_ in ("on", "against", "at"):
                    obj = next((g for g in c.children if g.dep_ == "pobj"), obj)
            # "an apparent Russian missile attack wounded nine people": the victims are the verb's object
            verb = token.head
            if token.dep_ == "nsubj" and obj is None:
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            # "made a rare visit", "launched a push": the light verb's subject acts
            if subject is None and token.dep_ in ("dobj", "attr") and verb.lemma_.lower() in LIGHT_VERBS:
                subject = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
            # "opened fire on an army patrol": the light verb holds what was attacked
            if obj is None and token.dep_ == "dobj" and verb.lemma_.lower() in LIGHT_VERBS:
                obj = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at")
                            for g in c.children if g.dep_ == "pobj"), None)
        # "the car was parked near a terminal when it blew up": the device, no one who acts
        if subject is not None and cls.name == "explosion" and subject.lower_ == "it":
            subject = None
        # a weapon as subject: "a missile hit the building" -> the weapon's owner acts
        if subject is not None and self._weapon_in(subject) is not None:
            owner = self._owner_side(subject, forces_named=cls.name != "explosion")
            subject = owner if owner is not None else None
        # "Kharkiv struck overnight" (a headline's reduced passive): a town as the subject is where
        # it happened, not who did it; a capital may speak for its government ("Kyiv struck back")
        if subject is not None and subject.pos_ == "PROPN" and (place := self._place_at(subject)) is not None \
                and place.precision in ("city", "admin1", "admin2") and place.feature != "PPLC":
            subject = None
        initiator = self._actor(subject)
        if initiator is None and subject is None and cls.name in ("attack", "weapon_use"):
            # "came under mortar fire from government-held areas": whoever holds where it came from
            # (not "arms captured from the Russians": the ones they were taken from)
            # ("came under fire from ...": the "from" may hang on the verb)
            holders = [token, token.head.head] if token.dep_ == "pobj" and token.head.lower_ == "under" else [token]
            initiator = next((a for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                              for g in c.children if g.dep_ == "pobj"
                              if (a := self.resolver.sided(g)) is not None
                              and (a.side or a.kind in ("military", "government"))), None)
        accused = self._accused(token) if subject is None and initiator is None else None
        if accused is not None:
            m.initiator_from_culprit = True
            initiator = accused
        target = self._actor(obj)
        if is_verb and token.lemma_.lower() in DEFENCE_VERBS:
            # "the army repelled an attack by armed groups": the one who repels defends; the attackers
            # are the object or its "by ..."
            attacked = initiator
            attackers = next((o for o in self._objects(token, is_verb)), None)
            initiator = (self._by_or_from(attackers) or self._actor(attackers)) if attackers is not None else None
            target = attacked
        elif cls.name == "intercept":
            # the shooter defends; the projectile's owner attacked
            projectile = next((o for o in self._objects(token, is_verb) if self._weapon_in(o) is not None), obj)
            defender = initiator
            initiator = self._actor(self._owner_side(projectile)) if projectile is not None else None
            if initiator is None and projectile is not None:
                initiator = self._by_or_from(projectile)
            target = defender
        elif cls.name in ("arms_transfer",):
            recipient = None
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "for")):
                recipient = next((g for g in prep.children if g.dep_ == "pobj"), None)
            target = self._actor(recipient)
        elif cls.name in ("seize_weapons",):
            source = None
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"):
                source = next((g for g in prep.children if g.dep_ == "pobj"), None)
            target = self._actor(source) or self._actor(self._owner_side(obj)) if obj is not None else self._actor(source)
        elif cls.name in ("attack", "weapon_use", "kill", "clash") and target is not None and target.kind is None:
            target = None
        if target is not None and self._place_at_token(obj):
            # "struck the city of Dnipro": a place is where, not whom; its country is the target side
            target = dataclasses.replace(target, kind="civilians" if cls.name == "attack" else target.kind)
        if target is not None and target.kind in (None, "civilians") and self._fought_back(obj):
            target = dataclasses.replace(target, kind="armed_group")
        m.initiator = initiator
        m.target = target

    def _tells_damage(self, region_idx: set[int]) -> bool:
        for i in region_idx:
            t = self.doc[i]
            if t.lemma_.lower() not in self.lex.damage_lemmas:
                continue
            # "no injuries or damage": the conjunct's "no" negates it too
            heads = [t, *([t.head] if t.dep_ == "conj" else [])]
            if not any(c.lower_ in ("no", "without") for h in heads for c in h.children) and t.head.lower_ != "without":
                return True
        return False

    def _accused(self, token: Token) -> ActorMention | None:
        """The one accused of the deed in a passive accusation: "RSF accused of shelling market",
        "the rebels were blamed for the attack". (The active "X accused Y of ..." gives its culprit
        through the claim.)"""
        prep = token.head
        if token.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in self.deed_preps:
            return None
        verb = prep.head
        if verb.lemma_.lower() not in self.accusation_verbs or verb.tag_ != "VBN":
            return None
        if any(c.dep_ == "aux" for c in verb.children) and not any(c.dep_ == "auxpass" for c in verb.children):
            return None  # "has accused Kyiv of ...": active, the culprit is the object
        accused = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if accused is None and verb.dep_ in ("acl", "relcl"):
            accused = verb.head  # "the group, accused of the bombing, ..."
        return self._actor(accused)

    def _fought_back(self, victims: Token | None) -> bool:
        """"shot four men who ... began shooting at officers": victims told as firing or attacking
        in their own relative clause were armed, and the killing an exchange of fire (a battle)."""
        if victims is None:
            return False
        fighting = {"attack", "weapon_use", "clash", "kill"}
        for rel in (c for c in victims.children if c.dep_ == "relcl"):
            for t in rel.subtree:
                if t.pos_ == "VERB" and fighting & set(self.lex.verb_classes.get(t.lemma_.lower(), ())):
                    return True
        return False

    def _place_at_token(self, token: Token | None) -> bool:
        return token is not None and self._place_at(token) is not None

    def _actor(self, token: Token | None) -> ActorMention | None:
        # "nine of its activists were arrested": the count's group is the actor
        if token is not None and (token.like_num or token.lower_ in PARTITIVE_HEADS):
            group = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), None)
            if group is not None:
                token = group
        return self.resolver.sided(token)

    def _owner_side(self, weapon_token: Token | None, forces_named: bool = True) -> Token | None:
        """The word that says whose a weapon is: "a Ukrainian missile" -> Ukrainian; "the army's
        warplanes" -> army; "its aircraft", after "the military said", -> the military."""
        if weapon_token is None:
            return None
        for t in weapon_token.subtree:
            if t.i >= weapon_token.i and t.i != weapon_token.i:
                continue
            if t.dep_ in ("amod", "compound", "poss", "nmod") and side_of_word(t.text):
                return t
        owner = next((c for c in weapon_token.children if c.dep_ == "poss"), None)
        if owner is not None and self._actor(owner) is not None:
            return owner
        # "army warplanes", "government helicopters": a force named before the weapon (`forces_named`;
        # not for what blew up: "a police pickup exploded on a mine" is the victim's)
        for c in weapon_token.children if forces_named else ():
            # ("artillery shells": a weapon word, not a force)
            if c.dep_ in ("compound", "nmod") and c.i < weapon_token.i and lexicon.weapon_of(c.text) is None:
                actor = self._actor(c)
                if actor is not None and actor.kind in ("military", "government", "armed_group"):
                    return c
        return None

    def _by_or_from(self, projectile: Token) -> ActorMention | None:
        for t in projectile.subtree:
            if t.dep_ in ("prep", "agent") and t.lower_ in ("by", "from"):
                pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
                # "drones launched from Houthi-controlled areas": whoever holds the launch site
                actor = self._actor(pobj) or self.resolver.sided(pobj)
                if actor is not None:
                    return actor
        return None

    def _weapons(self, region_idx: set[int], sent: Span, trigger: Token) -> list[tuple[str, int, int]]:
        out: list[tuple[str, int, int]] = []
        seen: set[str] = set()
        doc = self.doc
        for start, end, text in self.weapon_spans:
            if not (sent.start_char <= start < sent.end_char):
                continue
            tok = doc.char_span(start, end, alignment_mode="expand")
            if tok is None or not any(t.i in region_idx for t in tok):
                continue
            # "missile strike on Kharkiv kills 7; air force says 24 drones downed": not across a semicolon
            if self._across_semicolon(start, trigger.idx):
                continue
            # "strike near Nabatieh kills three as rockets hit northern Israel": a weapon right before
            # another deed's verb is that deed's, however the parser hung it
            after = doc[tok.end] if tok.end < len(doc) else None
            if after is not None and after.i != trigger.i and after.pos_ == "VERB" \
                    and after.lemma_.lower() in self.lex.verb_classes:
                continue
            w = lexicon.weapon_of(text)
            back = lexicon.weapon_told_back().get(text.lower())
            if back is not None and any(s < start and lexicon.weapon_of(t) == back for s, _, t in self.weapon_spans):
                w = back
            if w is None or w.name in seen:
                continue
            seen.add(w.name)
            out.append((w.name, start, end))
        return out

    def _actor_use(self, root: Token) -> bool:
        """A country or city named as someone who acts or speaks: "Moscow accused Kyiv", "Ukraine's
        defence ministry", "a terror attack by Ukraine" - not where anything happened."""
        if _comes_under(root):
            return False
        if root.dep_ in ("nsubj", "poss") or root.tag_ == "POS":
            return True
        if root.dep_ == "nmod" and any(c.tag_ == "POS" for c in root.children):
            return True
        if root.dep_ == "dobj" and root.head.lemma_.lower() in lexicon.claims()["stance_of"]:
            return True
        return root.dep_ == "pobj" and root.head.lower_ == "by"

    def _locative(self, root: Token) -> bool:
        """Whether a place name stands where a place of occurrence stands: "in Dnipro", "near the city
        of Azov", "struck Kyiv", "a visit to Pyongyang" - not "made by North Korea", "border with Ukraine"."""
        t = root
        for _ in range(6):
            if t.dep_ in ("compound", "nmod") and t.head.lemma_.lower() in self.lex.noun_classes:
                return True  # "the Dvani attack", "the Kramatorsk strike"
            if t.dep_ in ("compound", "appos", "conj", "nmod", "amod") and t.head.i != t.i:
                t = t.head
                continue
            if _comes_under(t):
                return True  # "the village of Prisi came under attack"
            if t.dep_ == "pobj":
                prep = t.head
                word = prep.lower_
                # ("the European Hospital east of Khan Younis": a bearing, though "east" is also a
                # place noun, "the east of the country")
                if word == "of" and prep.head.lower_ in DIRECTIONAL_HEADS:
                    return True  # "outside of Saida", "north of the capital"
                if word == "of" and prep.head.lemma_.lower() in self.lex.place_nouns:
                    t = prep.head  # "the city of Taganrog"
                    continue
                if word == "of" and prep.head.lemma_.lower() in self.lex.noun_classes:
                    return True  # "the shelling of El Fasher market", "the bombing of Gaza"
                if word == "of" and prep.head.lower_ == "control" and prep.head.dep_ == "dobj" \
                        and prep.head.head.lemma_.lower() in self.lex.verb_classes:
                    return True  # "had taken control of Kanyabayonga": the place taken
                return word in LOCATIVE_PREPS and word not in ("by", "with", "of", "from")
            return bool(t.dep_ in ("dobj", "nsubjpass", "npadvmod") and t.head.lemma_.lower() in self.lex.verb_classes)
        return False

    def _apposed_place_noun(self, root: Token) -> Token | None:
        """"In the Dagestani capital, Makhachkala, police shot ...": the parser often hangs a name set off
        by commas on the comma; the place noun before the comma says where the name stands."""
        doc = self.doc
        if root.i < 2 or doc[root.i - 1].text != "," or root.dep_ in ("pobj", "dobj", "appos"):
            return None
        closed = root.i + 1 >= len(doc) or doc[root.i + 1].is_punct
        noun = doc[root.i - 2]
        return noun if closed and noun.lemma_.lower() in self.lex.place_nouns and noun.dep_ in ("pobj", "dobj") else None

    def _place_candidates(self, sent: Span, m: EventMention | None = None) -> list[tuple[PlaceMention, Token]]:
        """Places of occurrence told in a sentence (not countries acting, not "made by North Korea")."""
        # ("shells hit El Fasher hospital": a struck hospital is a place, though one that speaks is a source)
        actor_spans = [] if m is None else [
            (a.start, a.end) for a in (m.initiator, m.target) if a is not None and a.kind not in (None, "civilians")
            and not (a is m.target and a.kind == "witness")]
        # "EU Monitoring Mission in Georgia said": a place in a speaker's name is not where it happened
        # (a speaker resolved from "he" carries the span of its first naming: only speakers named here count)
        # "Russian troops captured Bakhmut and have since claimed ...": the speaker's phrase, not all
        # that comes before the verb
        actor_spans += [(c.claimant.start, self._speaker_phrase_end(c))
                        for c in self.claims
                        if sent.start_char <= c.claimant.start < sent.end_char and sent.start_char <= c.cue_start < sent.end_char]
        out = []
        routes = [p for p in self.places if p.feature == ROUTE and sent.start_char <= p.start < sent.end_char]
        for p in self.places:
            if not (sent.start_char <= p.start < sent.end_char) or not _locatable(p):
                continue
            if p.feature != ROUTE and any(r.start <= p.start and p.end <= r.end for r in routes):
                continue  # an end of a route told: the route is the place
            if any(s <= p.start < e for s, e in actor_spans):
                continue
            ptok = self.doc.char_span(p.start, p.end, alignment_mode="expand")
            if ptok is None:
                continue
            root = self._apposed_place_noun(ptok.root) or ptok.root
            # a route is told as where people travelled ("drove from Juba to Pibor"): placed by its phrase
            if p.feature != ROUTE and (self._actor_use(root) or not self._locative(root)):
                continue
            # "told reporters in Washington that the attack had failed": where it was said
            # (data/claims.toml [speech]: "were shown by troops ... near Bakhmut" keeps its place)
            if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "from") and \
                    root.head.head.lemma_.lower() in lexicon.claims()["speech"]["verbs"] and any(
                    c.cue_start == root.head.head.idx for c in self.claims):
                continue
            out.append((p, root))
        return out

    def _speaker_phrase_end(self, c: ClaimMention) -> int:
        if c.claimant.start >= c.cue_start:
            return c.claimant.end
        span = self.doc.char_span(c.claimant.start, c.claimant.end, alignment_mode="expand")
        if span is None:
            return c.cue_start
        right = span.root.right_edge
        return max(c.claimant.end, min(c.cue_start, right.idx + len(right)))

    def _place(self, token: Token, region_idx: set[int], sent: Span, m: EventMention) -> PlaceMention | None:
        """The place in the trigger's own clause, the finest first."""
        candidates = [(PRECISION_RANK.get(p.precision, 9), abs(p.start - token.idx), p)
                      for p, root in self._place_candidates(sent, m) if root.i in region_idx]
        return min(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None

    def _assign_places(self, mentions: list[EventMention]) -> None:
        """Places for tellings whose own clause names none, in reading order:
        1. a place of the sentence that no telling's clause holds: "Nine people were wounded in Dnipro
           when a missile attack hit the area" (the place hangs on "wounded", not on "attack");
        2. a bare direction, read against the report's country: "a major push in the southeast";
        3. a reference back: "debris fell on the city", "razed the village", "fighting ... there".
        """
        by_sentence: dict[int, list[EventMention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        for n, here in by_sentence.items():
            placeless = [m for m in here if m.place is None]
            if not placeless:
                continue
            held = set().union(*(self._regions[id(m)][1] for m in here))
            leftover = [p for p, root in self._place_candidates(self.sents[n]) if root.i not in held]
            for m in placeless:
                # "families clashed in a refugee camp and gunmen fired on a patrol in the Bekaa Valley":
                # a telling at a place told by its kind is there, not at the sentence's other place
                if leftover and not m.place_noun:
                    m.place = min(leftover, key=lambda p: (PRECISION_RANK.get(p.precision, 9),
                                                           abs(p.start - m.trigger_start)))
        for m in mentions:
            # "in the city's Kyivskyi district": a part of the city told before, not a namesake elsewhere
            if m.place is not None and re.search(r"\bthe (?:city|town|village|capital)['’]s\s+$",
                                                 self.doc.text[max(0, m.place.start - 30):m.place.start]):
                m.place = self._previous_place(m.sentence, mentions) or m.place
                m.place_inherited = True
            if m.place is not None:
                continue
            token, region = self._regions[id(m)]
            m.place = self._direction_place(region)
            noun = self._refers_back(region) if m.place is None else None
            if noun is not None:
                # "In El Fasher, ... RSF fighters attacked a base in the south of the city": the city
                # its own sentence named, before an incident told in an earlier one
                m.place = self._last_named_place(m, noun, same_sentence=True) or self._previous_place(
                    m.sentence, mentions) or self._last_named_place(m, noun)
                m.place_inherited = m.place is not None

    def _refers_back(self, region: set[int]) -> str | None:
        """The word that points back to a place told before ("there", "the village", "the region"), if any."""
        for i in region:
            t = self.doc[i]
            if t.lower_ == "there" and t.dep_ == "advmod":
                return "there"
            if t.lemma_.lower() in ANAPHORIC_PLACE_NOUNS and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children
            ) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
                return t.lemma_.lower()
        return None

    def _last_named_place(self, m: EventMention, noun: str, same_sentence: bool = False) -> PlaceMention | None:
        """The place the text last named, in this sentence or the two before (or in this sentence
        only), of the kind the noun says. "South Ossetia on edge of war. ... heavy fighting in the
        region killed at least a dozen": the region is South Ossetia."""
        kinds = ANAPHORIC_PLACE_PRECISIONS.get(noun, ANAPHORIC_PLACE_PRECISIONS["there"])
        start = self.sents[m.sentence if same_sentence else max(0, m.sentence - 2)].start_char
        named = [p for p in self.places if start <= p.start < m.trigger_start and p.precision in kinds
                 and _locatable(p)]
        return named[-1] if named else None

    def _direction_place(self, region: set[int]) -> PlaceMention | None:
        """"in the southeast", "in the east of the country": a part of the country the report is about."""
        directions = geo_context().directions
        for i in sorted(region):
            t = self.doc[i]
            d = directions.get(t.lower_)
            if d is None or t.dep_ != "pobj" or t.head.lower_ not in ("in", "across", "throughout"):
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                continue
            # "in the south of the city": a part of the town told, not of the country
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None and any(g.lemma_.lower() in SETTLEMENT_NOUNS or self._place_at(g) is not None
                                      for g in of.children if g.dep_ == "pobj"):
                return None
            country = self._main_country()
            if country is None:
                return None
            point = get_geoparser().gaz.region_point(country, *d)
            if point is None:
                return None
            return PlaceMention(start=t.idx, end=t.idx + len(t), text=t.text, name=f"{t.lower_} {country_name(country) or country}",
                                geonameid=None, lat=point[0], lon=point[1], country=country, admin1=None,
                                feature="REGION", precision="region", score=0.5)
        return None

    def _main_country(self) -> str | None:
        """The country the report is about: the one its places lie in most often."""
        if not hasattr(self, "_country"):
            counts: dict[str, int] = {}
            for p in self.places:
                if p.country:
                    counts[p.country] = counts.get(p.country, 0) + 1
            self._country = max(counts, key=counts.get) if counts else None
        return self._country

    def _place_noun(self, token: Token, region_idx: set[int]) -> str | None:
        """"pounded a key village", "razed the village": a place told by its kind, not its name."""
        for i in sorted(region_idx):
            t = self.doc[i]
            lemma = t.lemma_.lower()
            if t.pos_ == "NOUN" and lemma in SETTLEMENT_NOUNS and self._place_at(t) is None:
                return lemma
        return None

    def _previous_place(self, n: int, mentions: list[EventMention]) -> PlaceMention | None:
        """Where the incident told just before happened (the sentence before, or the one before that)."""
        for m in reversed(mentions):
            if m.sentence >= n:
                continue
            if m.sentence < n - 2:
                return None
            if m.place is not None:
                return m.place
        return None

    def _time(self, token: Token, region_idx: set[int], sent: Span) -> tuple[TimeMention | None, bool]:
        in_sent = [t for t in self.times if sent.start_char <= t.start < sent.end_char
                   and (t.kind == "relative_anchor" or (t.kind == "date" and t.value_start is not None))]
        if not in_sent:
            return None, False
        governing = []
        report_times = []
        claimed = []
        for t in in_sent:
            span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None:
                continue
            # "the army said on Monday it had beaten back an attack": a date right after the
            # reporting verb is the report's, wherever the parser hangs it
            before = self.doc[span.start - 1] if span.start > 0 else None
            if before is not None and before.lemma_.lower() in lexicon.claims()["stance_of"] and before.pos_ == "VERB" \
                    and before.i != token.i:
                report_times.append(t)
                continue
            if span.root.i in region_idx and not (token.pos_ == "NOUN" and self._reports(t)):
                governing.append(t)
                continue
            if span.root.i in region_idx:
                # "On Monday, IS claimed responsibility for the attack": the day of the claim, the
                # attack on or before it
                claimed.append(t)
                continue
            if self._reports(t):
                report_times.append(t)
        if governing:
            return min(governing, key=lambda t: abs(t.start - token.idx)), False
        if claimed:
            return claimed[0], True
        if report_times:
            # "the ministry said on March 23 that ten were arrested": that day, unless the deed is told
            # as before the report ("soldiers said Thursday they had taken the village")
            return report_times[0], self._pluperfect(token)
        # the nearest other date of the sentence, unless a semicolon or another deed's clause holds it
        # ("Russian missile strike on Kharkiv kills 7; air force says 24 of 29 drones downed overnight")
        others = [t for t in in_sent if not self._across_semicolon(t.start, token.idx)
                  and not self._dates_another_deed(t, token)]
        if others:
            return min(others, key=lambda t: abs(t.start - token.idx)), False
        return None, False

    def _reports(self, t: TimeMention) -> bool:
        """The date of a report: "said Thursday that ...", "reported on Saturday"."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root.head
        while head.dep_ == "prep" and head.head.i != head.i:
            head = head.head
        return head.lemma_.lower() in lexicon.claims()["stance_of"] or head.lemma_.lower() in ("post", "show")

    def _in_region(self, t: TimeMention, region_idx: set[int]) -> bool:
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        return span is not None and span.root.i in region_idx

    def _across_semicolon(self, a: int, b: int) -> bool:
        """A semicolon between two offsets: a headline's two clauses tell two things."""
        return ";" in self.doc.text[min(a, b):max(a, b)]

    def _dates_another_deed(self, t: TimeMention, token: Token) -> bool:
        """Whether the time hangs on another trigger verb than `token` (and not on one above it)."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        above = {a.i for a in token.ancestors} | {token.i}
        for head in span.root.ancestors:
            if head.i in above:
                return False
            if head.pos_ == "VERB" and head.lemma_.lower() in self.lex.verb_classes:
                return True
        return False

    @staticmethod
    def _pluperfect(token: Token) -> bool:
        """"had taken", "had launched": a deed told as already done when it was reported."""
        verb = _verbal_head(token) if token.pos_ not in ("VERB", "AUX") else token
        # "said Wednesday it had repelled an attack ..., killing some 40": the participle shares the
        # tense of the deed it hangs on
        for _ in range(3):
            if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
                return True
            if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
                return False
            verb = verb.head
        return False

    def _hedged(self, token: Token) -> bool:
        if any(c.lower_ in self.hedges for c in token.children):
            return True
        for t in token.ancestors:
            if t.lower_ in self.hedges:
                return True
            if t.lemma_.lower() in self.hedge_verbs and any(c.dep_ in ("auxpass",) for c in t.children):
                return True
            if t.lemma_.lower() in ("appear", "seem"):
                return True
        return False

    def _anaphoric(self, token: Token, is_verb: bool) -> bool:
        if is_verb:
            # "The explosive went off in a village": the device told before, going off again in the
            # telling; "the school had been sheltering 2,000 people when it was hit": the thing told
            return any((c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in VEHICLES_AND_DEVICES
                        and any(d.dep_ == "det" and d.lower_ in self.lex.anaphora_determiners for d in c.children))
                       or (c.dep_ == "nsubjpass" and c.lower_ == "it")
                       for c in token.children)
        if token.lemma_.lower() not in self.lex.anaphora_nouns:
            return False
        # "there seems little doubt that this was a deliberately targeted attack": what it was
        if token.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that")
                                        for c in token.head.children):
            return True
        mods = {c.lower_ for c in token.children if c.dep_ in ("det", "poss", "amod")}
        if any(c.tag_ == "JJS" for c in token.children):
            return False  # "the fiercest fighting in years": a superlative describes, it does not point back
        has_args = any(c.dep_ == "prep" and self._direct_place(token) for c in token.children)
        return bool(mods & self.lex.anaphora_determiners) and not has_args

    def _ordinal(self, token: Token, is_verb: bool) -> int | None:
        pool = list(token.children)
        if is_verb:
            for c in token.children:
                if c.dep_ in ("dobj", "nsubjpass"):
                    pool += list(c.children)
        for c in pool:
            if c.lower_ in ORDINALS and ORDINALS[c.lower_] is not None and c.dep_ in ("amod", "det", "advmod"):
                det = next((d for d in c.head.children if d.dep_ == "det"), None)
                return ORDINALS[c.lower_] if det is None or det.lower_ in ("a", "an", "another") else None
        return None

    def _count(self, token: Token, is_verb: bool) -> int | None:
        pool = [token]
        if is_verb:
            pool += [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        for t in pool:
            for c in t.children:
                if c.dep_ == "nummod" and c.like_num:
                    try:
                        return int(c.text.replace(",", ""))
                    except ValueError:
                        return None
                if c.dep_ == "nummod" and c.lower_ in NUMBER_WORDS:
                    return NUMBER_WORDS[c.lower_]
        return None


VEHICLES_AND_DEVICES = {"car", "vehicle", "truck", "lorry", "bus", "motorcycle", "bicycle", "device", "explosive",
                        "explosives", "bomb", "mine", "shell", "munition", "ammunition", "depot", "cart", "van"}
DIRECTIONAL_HEADS = {"outside", "inside", "north", "south", "east", "west", "northeast", "northwest", "southeast",
                     "southwest", "ahead", "out",
                     # "on the western outskirts of Goma", "in the suburbs of Kharkiv"
                     "outskirts", "suburbs", "edge", "vicinity", "environs"}
SETTLEMENT_NOUNS = {"village", "town", "city", "settlement", "hamlet", "camp"}
ANAPHORIC_PLACE_NOUNS = SETTLEMENT_NOUNS | {"area", "region", "province", "district", "port", "base", "zone"}
# what a place noun pointing back can name: "the region" a region or division, "the town" a settlement
_AREA = ("region", "admin1", "admin2")
ANAPHORIC_PLACE_PRECISIONS = {
    **{n: ("city",) for n in SETTLEMENT_NOUNS}, "region": _AREA, "province": ("admin1", "region"),
    "district": ("admin2", "admin1", "region"), "zone": _AREA, "area": _AREA + ("city",),
    "there": ("city", "admin2", "admin1", "region"),
}
CONSEQUENCE_CLASSES = {"kill", "property"}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
PRECISION_RANK = {"exact": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5, "unknown": 6}


@Language.component("warlog_events")
def events_component(doc: Doc) -> Doc:
    finder = EventFinder(doc, resolver_for(doc))
    mentions = finder.find()
    for m in mentions:
        m.unverified = any(0 <= s - m.sentence <= lexicon.claims()["verification"]["scope_sentences"]
                           for s in finder.unverified)
    doc._.event_mentions = mentions
    return doc
