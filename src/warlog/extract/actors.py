"""Actors: who a noun phrase names, which side they are on, what kind of actor they are.

One pass over the document in reading order records every actor-like phrase (named people and
organisations, "the Russian Defense Ministry", "Ukrainian soldiers", "Moscow" used as a
government). Later stages ask `ActorResolver.actor(token)` for the actor a subject or object names;
pronouns and definite descriptions ("he", "it", "the ministry", "the newspaper") resolve to the
latest matching actor told before them.

Sides come from the actor table (data/actors.toml) and, for countries, capitals and demonyms, from
the gazetteer: "Ukraine's secretary" -> UA, "Russian President Vladimir Putin" -> RU.
"""

from __future__ import annotations

import dataclasses
import functools

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from warlog import geo
from warlog.extract import lexicon
from warlog.extract.time import datelines
from warlog.model import ActorMention

PERSONAL_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
                     "it": "thing", "its": "thing", "they": "group", "them": "group", "their": "group",
                     "we": "speaker", "i": "speaker"}
# modifiers that belong to an actor phrase ("the", "Russian", "Defense", "Ukraine's", "local")
PHRASE_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod", "advmod"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "its", "their", "his", "her", "both", "either",
               "neither", "each"}


@functools.lru_cache(maxsize=65536)
def side_of_word(word: str) -> str | None:
    """The side a single word or name stands for: a country, a capital, a demonym, a known actor."""
    low = word.lower().strip()
    if not low:
        return None
    table = lexicon.actors()
    # a person is named with a capital: "gallant troops" are not Yoav Gallant's
    known = table.named.get(low) or (table.people.get(low) if word[:1].isupper() else None)
    if known is not None:
        # a group whose side depends on the report's date is judged with the date (ActorResolver)
        return None if known.governs_from else known.side
    # countries, capitals and demonyms are proper names: "car" is not the Central African Republic
    if not word[:1].isupper():
        return None
    return geo.demonym_country(word) or geo.country_of_name(word)


MAKER_PARTICIPLES = {"made", "built", "manufactured", "designed", "produced", "supplied", "developed"}


def _is_country_word(word: str) -> bool:
    return geo.country_of_name(word) is not None or geo.demonym_country(word) is not None


class ActorResolver:
    """Actors of one document, in reading order, with the memory that resolves references."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.table = lexicon.actors()
        self._cache: dict[int, ActorMention | None] = {}
        self.mentions: list[tuple[int, ActorMention]] = []  # (head token index, actor), reading order
        self.surnames: dict[str, ActorMention] = {}
        self._datelines = datelines(doc.text)
        ent_of: dict[int, Span] = {}
        for ent in doc.ents:
            for t in ent:
                ent_of[t.i] = ent
        self.ent_of = ent_of
        for token in doc:
            if self._is_phrase_head(token):
                actor = self.describe(token)
                if actor is not None and not self._describes_person(token):
                    self._remember(token, actor)
        self._sides_told_in_apposition()

    def _sides_told_in_apposition(self) -> None:
        """"Ambassador Ansar explained ... Ansar, a Sri Lankan Muslim himself, noted ...": a person's
        side told at one mention (in an apposition, or in the phrase itself) is that person's side at
        every mention."""
        learned: dict[str, str] = {}
        for i, actor in self.mentions:
            if not actor.extra.get("person"):
                continue
            if actor.side is not None:
                learned.setdefault(actor.name, actor.side)
                continue
            for appos in (c for c in self.doc[i].children if c.dep_ == "appos"):
                side = self._side_in_phrase(self.doc[appos.left_edge.i:appos.i + 1], appos)
                if side is not None:
                    learned.setdefault(actor.name, side)
        for _, actor in self.mentions if learned else ():
            if actor.extra.get("person") and actor.side is None and actor.name in learned:
                actor.side = learned[actor.name]

    # -- reading-order pass ---------------------------------------------------------------------
    def _is_phrase_head(self, token: Token) -> bool:
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        # inside a noun phrase, only its head is a phrase head ("Defense" in "Defense Ministry" is not)
        return not (token.dep_ in ("compound", "flat") and token.head.pos_ in ("NOUN", "PROPN")
                    and token.head.i > token.i)

    def _describes_person(self, token: Token) -> bool:
        """"Nino Burjanadze, the leader of DMUG": the title is the person, not a second actor that
        a later "she" could take."""
        if token.dep_ != "appos" or token.pos_ != "NOUN":
            return False
        parent = self._cache.get(token.head.i)
        return parent is not None and bool(parent.extra.get("person"))

    def _remember(self, token: Token, actor: ActorMention) -> None:
        self._cache[token.i] = actor
        self.mentions.append((token.i, actor))
        if actor.extra.get("person"):
            parts = actor.name.split()
            if len(parts) > 1:
                self.surnames.setdefault(parts[-1].lower(), actor)

    # -- describing a phrase --------------------------------------------------------------------
    def phrase_span(self, head: Token) -> tuple[int, int]:
        """Token range [start, end) of the actor phrase headed by `head` (left modifiers + flat names)."""
        ent = self.ent_of.get(head.i)
        if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP", "GPE", "FAC"):
            start, end = ent.start, ent.end
        else:
            start, end = head.i, head.i + 1
        for child in head.lefts:
            if child.dep_ in PHRASE_DEPS and child.i < start:
                start = min(start, child.left_edge.i)
        # "Defense Ministry" with head "Ministry": keep right compounds ("Kim Jong Un")
        for child in head.rights:
            if child.dep_ in ("compound", "flat", "appos") and child.pos_ == "PROPN" and child.i == end:
                end = child.i + 1
        while start < end and (self.doc[start].lower_ in DETERMINERS | {"'s", "’s"} or self.doc[start].is_punct):
            start += 1
        return start, end

    def describe(self, head: Token) -> ActorMention | None:
        """The actor a noun phrase headed by `head` names, or None if it names none."""
        if head.i in self._cache:
            return self._cache[head.i]
        doc = self.doc
        start, end = self.phrase_span(head)
        if start >= end:
            return None
        span = doc[start:end]
        text = span.text
        low = text.lower()
        # a dateline ("MAKHACHKALA -- Three days of fighting ...", "OUAGADOUGOU (AFP) -") says where
        # the report was filed
        if text.isupper() and len(text) > 3 and end < len(doc) and doc[end].text in ("--", "—", "–", "-", ","):
            return None
        if any(s <= span.start_char < e for s, e in self._datelines):
            return None
        ent = self.ent_of.get(head.i)
        kind: str | None = None
        side: str | None = None
        name = text
        person = False

        known = self._known(low)
        if known is None and head.i == end - 1:
            # "the paramilitary RSF", "the Lebanese group Hezbollah": a known name ending the phrase
            words = low.split()
            known = next((k for n in range(len(words) - 1, 0, -1)
                          if (k := self._known(" ".join(words[-n:]))) is not None), None)
            if known is None and self.table.head_kind.get(head.lemma_.lower()) in ("armed_group", "military"):
                # "the al-Shabaab extremist group", "Hamas militants", "the al-Qaida-linked al-Shabaab
                # extremist group": a known group named before its kind, the longest name first
                spans = sorted(((i, j) for j in range(1, len(words)) for i in range(j)), key=lambda ij: ij[0] - ij[1])
                known = self._as_of_report(next((k for i, j in spans
                                                 if (k := self.table.named.get(" ".join(words[i:j]))) is not None
                                                 and k.kind in ("armed_group", "military")), None))
        if known is None and head.lemma_.lower() in lexicon.events().noun_classes:
            return None  # "Envoy Condemns Dvani Attack" (a title-case headline): an incident, not someone
        if known is None and ent is not None and ent.label_ == "PERSON":
            # "Col Gen Oleksandr Syrskyi": the name without its title
            words = ent.text.lower().split()
            known = self._known(" ".join(words[-2:])) or self._known(words[-1])
        if known is not None:
            name, side, kind = known.name, known.side, known.kind
            person = known in self.table.people.values() and " " in known.name
        else:
            kind = self._kind_of_phrase(span, head)
            titled = self._title_kind(head) if head.pos_ == "PROPN" else None
            if (ent is not None and ent.label_ == "PERSON") or (kind is None and titled is not None):
                person = True
                name = ent.text if ent is not None else text
                if kind is None:
                    kind = titled
                remembered = self.surnames.get(name.split()[-1].lower())
                if remembered is not None and len(name.split()) == 1:
                    name, side, kind = remembered.name, remembered.side, remembered.kind or kind
            if ent is None and kind is None and not person and head.pos_ == "PROPN":
                # spaCy often leaves unfamiliar names unlabelled: "Utiashvili" told again, or
                # "Zviad Dzidziguri ... said:" - a capitalised name that speaks is a person
                remembered = self.surnames.get(head.lower_)
                if remembered is not None:
                    name, side, kind, person = remembered.name, remembered.side, remembered.kind, True
                elif self._speaks(head) and not self._is_place(span):
                    person = True
            elif ent is not None and ent.label_ == "ORG" and kind is None and side_of_word(text) is None \
                    and not self._is_place(span):
                # an organisation the table does not know: "Democratic Movement (DMUG) party said"
                kind = self._title_kind(head) or "other"
            side = side or self._side_in_phrase(span, head)
            if kind == "civilians" and self._backed_in(span):
                side = None  # "Abkhaz civilians": people of the place, not the patron's forces
            if kind is None and not person:
                # a bare country, capital or demonym used as an actor: "Russia said", "Moscow accused
                # Kyiv", "the Russians"
                word_side = side_of_word(text)
                if word_side is None:
                    return None
                side, kind = word_side, "government"
            if side is None:
                side = self._side_of_possessor(head)
        stateless = known is not None and known.stateless
        if known is None and (person or kind in ("official", "witness")):
            # "TPLF spokesman Getachew Reda", "UNRWA chief Philippe Lazzarini", "a Reuters witness":
            # the organisation named in the phrase says whose voice it is
            body = self._affiliation(span, head)
            if body is not None:
                side, stateless = body.side, body.stateless
                if body.kind == "international":
                    kind = "international"
        if known is None and any(self._patron(t) for t in span):
            stateless = True  # "the Iran-backed group": a proxy, neither its patron's nor where it acts
        if kind in ("government", "official") and any(t.lower_ in self.table.opposition_words for t in span):
            side, stateless = None, True  # "the shadow National Unity Government": not the state's
        if kind == "official" and self._serves_international_body(head):
            kind, side = "international", None
        if side is None and kind != "international" and not stateless:
            side = self._side_from_context(head)
        actor = ActorMention(
            start=span.start_char, end=span.end_char, text=span.text, name=name, side=side,
            kind=kind, is_demonym=False,
        )
        if person:
            actor.extra["person"] = True
        if stateless:
            actor.extra["stateless"] = True
        self._cache[head.i] = actor
        return actor

    def _affiliation(self, span: Span, head: Token):
        """A known organisation named before the head of a person's or witness's phrase, if any."""
        words = [t.lower_ for t in span if t.i < head.i and not t.is_punct]
        for n in range(min(4, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                known = self._as_of_report(self.table.named.get(" ".join(words[i:i + n])))
                if known is not None:
                    return known
        return None

    def _patron(self, token: Token) -> bool:
        """"Iran" in "Iran-backed": a patron named, not the actor's own side."""
        doc = self.doc
        return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and \
            doc[token.i + 2].lower_ in self.table.patronage_words

    def _backed_in(self, span: Span) -> bool:
        words = [t.lower_ for t in span]
        phrases = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
        return any(getattr(self.table.named.get(w), "backed", False) for w in phrases)

    def _speaks(self, head: Token) -> bool:
        """The subject of a reporting verb: "X said", "X told reporters"."""
        return head.dep_ == "nsubj" and head.head.lemma_.lower() in lexicon.claims()["stance_of"]

    def _is_place(self, span: Span) -> bool:
        places = self.doc._.places or []
        return any(p.start < span.end_char and span.start_char < p.end for p in places)

    def _side_of_possessor(self, head: Token) -> str | None:
        """"his troops" -> the side of whoever "his" is."""
        for child in head.children:
            if child.dep_ == "poss" and child.lower_ in PERSONAL_PRONOUNS:
                owner = self._resolve_pronoun(child)
                if owner is not None:
                    return owner.side
        return None

    def _known(self, low: str):
        table = self.table
        return self._as_of_report(table.named.get(low) or table.people.get(low))

    def _as_of_report(self, known):
        """"Taliban fighters attacked checkpoints" in June 2021: before the day a group took power
        (actors.toml `governs_from`) it is an insurgency of no side, after it the state's."""
        if known is None or not known.governs_from:
            return known
        published = self.doc._.published
        if published is not None and str(published) < known.governs_from:
            return dataclasses.replace(known, side=None, stateless=True)
        return known

    def _kind_of_phrase(self, span: Span, head: Token) -> str | None:
        words = [t.lower_ for t in span]
        lemmas = [t.lemma_.lower() for t in span]
        table = self.table.head_kind
        # longest multiword head first: "defense ministry", "air defense", "state media"
        for n in range(min(self.table.max_head_words, len(words)), 0, -1):
            for seq in (words[-n:], lemmas[-n:]):
                kind = table.get(" ".join(seq))
                if kind is not None:
                    return kind
        # a named organisation inside a longer phrase: "Kremlin spokesman" handled above by head;
        # "the National Security and Defense Council" -> council (government)
        return table.get(head.lemma_.lower())

    def _title_kind(self, head: Token) -> str | None:
        """Kind of a person from a title next to the name: "President X", "X, a resident"."""
        table = self.table.head_kind
        for child in list(head.lefts) + list(head.rights):
            if child.dep_ in ("compound", "appos", "amod") and child.i != head.i:
                for t in child.subtree:
                    kind = table.get(t.lemma_.lower()) or table.get(t.lower_)
                    if kind is not None:
                        return kind
        # "a local elder, Hussein Nur, told ...": the name in apposition to the title
        if head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ == "NOUN":
            return table.get(head.head.lemma_.lower()) or table.get(head.head.lower_)
        return None

    def _side_in_phrase(self, span: Span, head: Token) -> str | None:
        """A country, capital or demonym inside the phrase: "Russian", "Ukraine's", "North Korean"."""
        # two-word demonyms and names first: "South Sudanese" is not "Sudanese", "North Korean" not "Korean"
        toks = [t.text for t in span]
        for i in range(len(toks) - 1):
            side = side_of_word(f"{toks[i]} {toks[i + 1]}")
            if side is not None:
                return side
        for t in span:
            if t.i == head.i and len(span) > 1 or self._patron(t):
                continue
            side = side_of_word(t.text)
            if side is not None:
                return side
        return None

    def _serves_international_body(self, head: Token) -> bool:
        """"Special Representative of the UN Secretary-General for South Sudan": the UN's official,
        of no side, whatever country the title names."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return any(self.table.head_kind.get(t.lower_) == "international" for t in child.subtree)
        return False

    def _side_from_context(self, head: Token) -> str | None:
        """Side from what hangs on the phrase: "the commander of Ukraine's armed forces",
        "Oleksiy Danilov, Ukraine's secretary of ...", "X (Russia)"."""
        for child in head.children:
            if child.dep_ == "appos":
                for t in child.subtree:
                    if (t.dep_ in ("poss", "amod", "compound", "nmod") or t.i == child.i) and not self._patron(t):
                        side = side_of_word(t.text)
                        if side is not None:
                            return side
            if child.dep_ == "prep" and child.lower_ == "of":
                for t in child.subtree:
                    side = None if self._patron(t) else side_of_word(t.text)
                    if side is not None:
                        return side
            # "Shota Utiashvili, head of the Interior Ministry's department", "X of the ministry":
            # the side of the body named there, resolved like any reference ("the ministry" ->
            # the Georgian ministry told before)
            if child.dep_ in ("appos", "prep") and (child.dep_ == "appos" or child.lower_ in ("of", "from", "for")):
                for t in child.subtree:
                    if t.i != head.i and self._is_phrase_head(t) and t.pos_ in ("NOUN", "PROPN"):
                        body = self.actor(t)
                        if body is not None and body.side is not None and not body.extra.get("person"):
                            return body.side
        # the phrase is itself an apposition of a sided actor: "Ukraine's secretary ..., Oleksiy Danilov"
        if head.dep_ == "appos" and head.head.i in self._cache:
            parent = self._cache[head.head.i]
            if parent is not None:
                return parent.side
        return None

    # -- resolving references -------------------------------------------------------------------
    def actor(self, token: Token | None) -> ActorMention | None:
        """The actor `token` (a subject, object or possessor) refers to, resolving references."""
        if token is None:
            return None
        low = token.lower_
        if low in PERSONAL_PRONOUNS:
            return self._resolve_pronoun(token)
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        actor = self.describe(token)
        if actor is None:
            return self._issuer(token)
        if actor.side is None:
            earlier = self._antecedent(token, actor)
            if earlier is not None:
                resolved = ActorMention(
                    start=actor.start, end=actor.end, text=actor.text, name=earlier.name,
                    side=earlier.side, kind=actor.kind or earlier.kind, extra=dict(earlier.extra),
                )
                resolved.extra["antecedent"] = (earlier.start, earlier.end)
                return resolved
        return actor

    def sided(self, token: Token | None) -> ActorMention | None:
        """The actor a phrase names or, failing that, the side a word in it gives: "Russian air
        defense systems" -> RU, "Putin's forces" -> RU."""
        if token is None:
            return None
        actor = self.actor(token)
        if actor is not None:
            return actor
        for t in token.subtree:
            # "a Czech-made launcher", "North Korean-made rockets": the maker, not whose they are
            if t.head.lower_ in MAKER_PARTICIPLES and t.i < t.head.i:
                continue
            # npadvmod: "Houthi-controlled areas" parses "Houthi" as a modifier of "controlled"
            if t.dep_ in ("poss", "amod", "compound", "nmod", "npadvmod") or t.i == token.i:
                side = side_of_word(t.text)
                if side is not None:
                    start, end = token.left_edge.idx, token.idx + len(token)
                    text = self.doc.text[start:end]
                    return ActorMention(start=start, end=end, text=text, name=text, side=side, kind=None)
        # "government-held areas", "rebel-controlled villages": the force that holds them
        for t in token.subtree:
            if t.dep_ in ("npadvmod", "compound") and t.i < token.i and t.nbor(1).text == "-" and \
                    self.table.head_kind.get(t.lemma_.lower()) in ("government", "military", "armed_group"):
                return self.actor(t)
        return None

    def _antecedent(self, token: Token, actor: ActorMention) -> ActorMention | None:
        """Definite descriptions refer back: "the ministry" -> the ministry named before;
        "the newspaper", "the report" -> the last outlet; "Danilov" -> "Oleksiy Danilov"."""
        head_lemma = token.lemma_.lower()
        first_word = self.doc[token.left_edge.i].lower_
        definite = first_word in ("the", "this", "that", "these", "those") or actor.extra.get("person")
        if not definite:
            return None
        for i, earlier in reversed(self.mentions):
            if i >= token.i:
                continue
            if earlier.side is None and earlier.kind != "media" and not (
                    actor.extra.get("person") and earlier.extra.get("person")):
                continue
            if actor.extra.get("person"):
                if earlier.extra.get("person") and earlier.name.split()[-1] == actor.name.split()[-1]:
                    return earlier
                continue
            earlier_head = self.doc[i].lemma_.lower()
            # "the law enforcement agencies" is not "the news agency" told before
            same_head = earlier_head == head_lemma and not (actor.kind and earlier.kind and actor.kind != earlier.kind)
            outlet = actor.kind == "media" and earlier.kind == "media" and head_lemma in (
                "newspaper", "report", "paper", "outlet", "agency", "broadcaster")
            if same_head or outlet:
                if earlier.side is None and earlier.name.lower() == earlier.text.lower().removeprefix("the "):
                    # itself a bare description ("the newspaper"): what it referred to
                    resolved = self.actor(self.doc[i])
                    if resolved is not None and resolved.name != earlier.name:
                        return resolved
                    if outlet and earlier.kind == "media" and self.doc[i].pos_ != "PROPN":
                        continue
                return earlier
        return self._named_by_its_kind(token, actor)

    def _named_by_its_kind(self, token: Token, actor: ActorMention) -> ActorMention | None:
        """"the South Ossetian separatist leader ... the separatists launched an attack": a plain
        group noun is the side an earlier sided phrase gave its word as a modifier of ("separatist
        leader", "rebel commander"), not one that only coordinates it ("Georgian and separatist
        officials" holds two sides)."""
        if actor.kind not in ("armed_group", "military") or token.pos_ != "NOUN":
            return None
        lemma = token.lemma_.lower()
        for i, earlier in reversed(self.mentions):
            if i >= token.i or earlier.side is None:
                continue
            head = self.doc[i]
            start, end = self.phrase_span(head)
            if any(t.lemma_.lower() == lemma and t.i != head.i and t.dep_ in ("amod", "compound")
                   and t.head.i == head.i for t in self.doc[start:end]):
                return ActorMention(start=actor.start, end=actor.end, text=actor.text, name=actor.name,
                                    side=earlier.side, kind=actor.kind, extra=dict(actor.extra))
        return None

    def _issuer(self, token: Token) -> ActorMention | None:
        """"'The army responded ...,' the statement said": a definite statement speaks for the one who
        issued it - the speaker of the last "said in a statement" / "issued a statement" before it,
        else whoever a closing "it said" would be (data/claims.toml [issued_statements])."""
        nouns = statement_nouns()
        if token.lemma_.lower() not in nouns or token.dep_ != "nsubj" or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            return None
        for t in reversed(self.doc[:token.i]):
            if t.lemma_.lower() not in nouns or t.dep_ not in ("dobj", "pobj"):
                continue
            verb = t.head.head if t.dep_ == "pobj" else t.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            issuer = self.actor(subject) if subject is not None and subject.i != token.i else None
            if issuer is not None:
                return issuer
        told = self._told_of(token)
        for i, earlier in reversed(self.mentions):
            if i < token.i and i not in told and self._pronoun_fits("thing", earlier):
                return earlier
        return None

    def _resolve_pronoun(self, token: Token) -> ActorMention | None:
        wanted = PERSONAL_PRONOUNS[token.lower_]
        if wanted == "speaker":
            return None
        # "The ministry said it shot down ...": a pronoun subject inside what someone reports is,
        # first of all, the reporter
        verb = token.head
        while verb.dep_ in ("ccomp", "xcomp", "conj", "advcl", "relcl") and verb.head.i != verb.i:
            verb = verb.head
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i:
                    reporter = self.actor(child) if child.lower_ not in PERSONAL_PRONOUNS else None
                    if reporter is not None and self._pronoun_fits(wanted, reporter):
                        return reporter
        told = self._told_of(token)
        # "Al-Shabaab ... frequently carries out bombings in Mogadishu. Its deadliest attack ...": a
        # pronoun opening a sentence continues the subject of the sentence before
        sent = token.sent
        if token.i == sent.start and sent.start > 0:
            before = self.doc[sent.start - 1].sent
            subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            earlier = self._cache.get(subject.i) if subject is not None else None
            if earlier is not None and self._pronoun_fits(wanted, earlier):
                return earlier
        for i, earlier in reversed(self.mentions):
            if i >= token.i or i in told:
                continue
            if self._pronoun_fits(wanted, earlier):
                return earlier
        return None

    @staticmethod
    def _told_of(token: Token) -> set[int]:
        """"Four soldiers and a member of the VDP, a civilian auxiliary force, were killed, it said":
        the speaker of a closing "it said" is not one of the people or things its words tell of; the
        active subject of those words may be ("The army killed 20 rebels, it said")."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.i < token.i - 3:
            return set()
        told: set[int] = set()
        for content in verb.children:
            if content.dep_ in ("ccomp", "parataxis") and content.i < token.i:
                speakers = {t.i for c in content.children if c.dep_ == "nsubj" for t in c.subtree
                            if t.i <= c.i}  # the subject and its modifiers, not its apposition
                told |= {t.i for t in content.subtree} - speakers
        return told

    @staticmethod
    def _pronoun_fits(wanted: str, actor: ActorMention) -> bool:
        person = bool(actor.extra.get("person"))
        if wanted == "person":
            # "the head of the regional military administration said ... he added": a titled official
            return person or (actor.kind == "official" and not actor.text.lower().endswith("s"))
        if wanted == "thing":
            return not person and actor.kind in ("government", "military", "media", "international", "armed_group")
        return not person  # "they": a group, a force, a state


@functools.lru_cache(maxsize=1)
def statement_nouns() -> frozenset[str]:
    return frozenset(lexicon.claims()["issued_statements"]["nouns"])


@Language.component("warlog_actors")
def actors_component(doc: Doc) -> Doc:
    resolver = ActorResolver(doc)
    doc._.actors = [a for _, a in resolver.mentions]
    doc.user_data["warlog_actor_resolver"] = resolver
    return doc


def resolver_for(doc: Doc) -> ActorResolver:
    resolver = doc.user_data.get("warlog_actor_resolver")
    if resolver is None:
        resolver = ActorResolver(doc)
        doc.user_data["warlog_actor_resolver"] = resolver
    return resolver
