"""Claims: who says what happened, and what they do with it (asserts, denies, disputes, suggests).

Reporting structures found on the dependency parse:
  X said (that) ...  /  ..., X said  /  X added, alleging ...   -> the verb's clausal complement
  according to X, ...  /  ..., citing X                           -> the rest of the sentence
  X accused Y of ...  /  X blamed Y for ...                       -> the deed; Y is the culprit
  X denied ...  /  X and Z deny ...                               -> one claim per claimant
  'quote,' he said in a statement                                 -> the quote
Verbs and their stances live in data/claims.toml. Stances here are the speaker's own; whether a
blame gives a *different* culprit than the event's evidence (and so disputes it) is decided when
claims meet their events (warlog.link.merge).
"""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from warlog.extract import lexicon
from warlog.extract.actors import ActorResolver, resolver_for, side_of_word
from warlog.model import ActorMention, ClaimMention

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
COMPLEMENT_DEPS = ("ccomp", "xcomp", "dobj", "pcomp", "oprd", "attr")


def sentence_index(doc: Doc) -> dict[int, int]:
    """Sentence number of each sentence's first token."""
    return {s.start: n for n, s in enumerate(doc.sents)}


def _agent(verb: Token) -> Token | None:
    """"it was reported by the ministry", "are denied by both North Korea and Russia": the speaker."""
    for child in verb.children:
        if child.dep_ == "agent":
            for t in child.children:
                if t.dep_ == "pobj":
                    return t
    return None


def _subject(verb: Token) -> Token | None:
    # of a passive report the speaker is its agent, not its subject ("North Korea has been accused
    # by the United States of ...": the United States accuses)
    agent = _agent(verb)
    if agent is not None and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return agent
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if agent is not None:
        return agent
    # "Tbilisi denied the allegation and the Georgian television stations reported ...": the parser
    # often takes the second subject for a second object; a finite verb right after it is its verb
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and prev is not None and prev.dep_ == "conj" \
            and prev.pos_ in ("NOUN", "PROPN") and prev.head.dep_ == "dobj" and prev.head.head.i == verb.head.i:
        return prev
    # "the ministry added, alleging ...", "... said, and reported ...": the head's subject
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _conjuncts(token: Token) -> list[Token]:
    """"North Korea and Russia deny ..." -> [Korea, Russia]."""
    out = [token]
    for c in token.conjuncts:
        if c.i > token.i and c.pos_ in ("PROPN", "NOUN", "PRON"):
            out.append(c)
    return out


def _span_of(tokens: list[Token]) -> tuple[int, int] | None:
    if not tokens:
        return None
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _subtree_span(token: Token) -> tuple[int, int]:
    left, right = token.left_edge, token.right_edge
    return left.idx, right.idx + len(right)


def _content(verb: Token, sent: Span) -> tuple[int, int]:
    """What the speaker claims: the complement, else the sentence minus the reporting clause."""
    parts = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    channels = _channel_nouns()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "about", "on")):
        # "wrote on social media" names where it was said, "said on Monday" when: neither is what
        parts.extend(c for c in prep.children if not (prep.lower_ == "on" and (
            {c.lower_, c.lemma_.lower()} & channels or c.ent_type_ in ("DATE", "TIME"))))
    if parts:
        spans = [_subtree_span(p) for p in parts]
        return min(s for s, _ in spans), max(e for _, e in spans)
    # "..., the newspaper said." with the content before: the sentence without the speaker's clause
    own = _subtree_span(verb)
    if own[0] > sent.start_char:
        return sent.start_char, own[0]
    if own[1] < sent.end_char:
        return own[1], sent.end_char
    return sent.start_char, sent.end_char


@functools.lru_cache(maxsize=1)
def _channel_nouns() -> frozenset[str]:
    return frozenset(lexicon.claims()["channels"]["nouns"])


def _own_clause(head: Token) -> list[Token]:
    """The words of a clause without the clauses hung on it ("denied that its fighters had been there,
    calling the account a lie to justify the massacre": not the calling)."""
    out = [head]
    for c in head.children:
        if c.dep_ not in ("advcl", "relcl", "acl", "parataxis", "conj", "ccomp", "xcomp"):
            out.extend(_own_clause(c))
    return out


def _names_incident(t: Token) -> bool:
    """A verb or noun of an incident ("fired", "strike"); not "a target", though "to target" is one."""
    events = lexicon.events()
    lemma = t.lemma_.lower()
    return lemma in events.verb_classes if t.pos_ == "VERB" else t.pos_ in ("NOUN", "PROPN") and lemma in events.noun_classes


def _has_dispute_word(doc: Doc, start: int, end: int, words: frozenset[str]) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for t in span:
        if t.lemma_.lower() not in words and t.lower_ not in words:
            continue
        # "shot four men who failed to stop their car": a word describing someone in a relative
        # clause says nothing about how the incident went
        if any(a.dep_ in ("relcl", "acl") and span.start <= a.i < span.end for a in [t, *t.ancestors]):
            continue
        return True
    return False


def _reduced_passive(verb: Token) -> bool:
    """"RSF accused of shelling market", "Kyiv blamed for blast": a past participle heading its
    clause with a subject but no auxiliary ("has accused" and "was accused" have one)."""
    return verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "ccomp", "conj") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children) and any(c.dep_ == "nsubj" for c in verb.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _disowns(verb: Token) -> bool:
    """A clause that disowns a deed without a "not": "had nothing to do with", "played no role in"
    (data/claims.toml [disowning])."""
    roles = lexicon.claims()["disowning"]["roles"]
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ == "nothing" and any(t.lower_ == "with" for t in c.subtree):
            return True
        if c.lemma_.lower() in roles and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
    return False


class ClaimFinder:
    def __init__(self, doc: Doc, resolver: ActorResolver):
        self.doc = doc
        self.resolver = resolver
        self.data = lexicon.claims()
        self.stance_of: dict[str, str] = self.data["stance_of"]
        self.accusation_verbs = frozenset(self.data["accusation"]["verbs"])
        self.toll_verbs = frozenset(self.data["toll_reports"]["verbs"])
        self.toll_nouns = frozenset(self.data["toll_reports"]["nouns"])
        self.responsibility_verbs = frozenset(self.data["responsibility"]["verbs"])
        self.responsibility_nouns = frozenset(self.data["responsibility"]["nouns"])
        self.deed_preps = frozenset(self.data["accusation"]["deed_prepositions"])
        self.passive_hedges = frozenset(self.data["hedges"]["passive_verbs"])
        self.hedges = frozenset(self.data["hedges"]["words"])
        self.dispute_words = frozenset(self.data["dispute_words"]["lemmas"])
        self.according = [p.split() for p in self.data["according"]["phrases"]]
        self.habitual = frozenset(lexicon.not_events()["habitual"]["adverbs"])

    def find(self) -> list[ClaimMention]:
        claims: list[ClaimMention] = []
        for n, sent in enumerate(self.doc.sents):
            for token in sent:
                if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
                    claims.extend(self._verb_claims(token, sent, n))
            claims.extend(self._according_claims(sent, n))
        return claims

    def _verb_claims(self, verb: Token, sent: Span, n: int) -> list[ClaimMention]:
        lemma = verb.lemma_.lower()
        stance = self.stance_of.get(lemma)
        # "put the blame for the explosion on Russian air defense", "laid the blame on Kyiv"
        blame_put = lemma in ("put", "lay", "pin", "place") and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "blame" for c in verb.children)
        if blame_put:
            stance = "asserts"
        if stance is None and lemma in self.toll_verbs and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.toll_nouns for c in verb.children):
            stance = "asserts"  # "the agency put the death toll at 22"
        if stance is None:
            return []
        # "is understood to", "is believed to": a hedge with no speaker, not a claim
        if lemma in self.passive_hedges and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "agent" for c in verb.children
        ):
            return []
        if _negated(verb):  # "officials did not confirm": no claim is made
            return []
        # "officials rarely confirm ...": a habit, not a claim about this incident
        if any(c.dep_ == "advmod" and c.lower_ in self.habitual for c in verb.children):
            return []
        # "soldiers were observed using ...": the subject of a passive report is not its speaker
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive and not any(c.dep_ == "agent" for c in verb.children):
            return []
        # "Paramilitary RSF accused of shelling market": a headline's reduced passive names the
        # accused, not the accuser
        if _reduced_passive(verb) and lemma in self.accusation_verbs:
            return []
        if lemma in ("cite", "quote"):
            return self._citation(verb, sent, n)
        subject = _subject(verb)
        # "'Russian missile terror again,' Zelenskyy wrote": of two subjects, the one that names a speaker
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:
            subject = next((c for c in subjects if self.resolver.actor(c) is not None), subject)
        # "... near the city's Grand Mosque, military spokesman General X said": the parser makes the
        # place the subject and the speaker its apposition; a person named there speaks
        if subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ != "PERSON":
            person = next((a for a in subject.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"
                           and self._names_person(a)), None)
            if person is not None:
                subject = person
        tail = self._tail_speaker(verb, sent)
        if tail is not None and (subject is None or self.resolver.actor(subject) is None):
            subject = tail
        if subject is None:
            return []
        content_start, content_end = _content(verb, sent)
        if tail is not None and subject.i == tail.i:
            # "..., reported Lebanon's National News Agency.": what was said is the sentence before it
            first = tail.left_edge.i
            # "..., a local elder, Hussein Nur, told ...": the title before the name is not what was said
            if self.doc[verb.i - 1].text == "," and tail.dep_ == "appos" and tail.head.i < tail.i \
                    and self.resolver.actor(tail.head) is not None:
                first = tail.head.left_edge.i
            content_start, content_end = sent.start_char, self.doc[min(verb.i, first) - 1].idx
        culprit: ActorMention | None = None
        complement = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
        if lemma in self.accusation_verbs or blame_put:
            # "accused the paramilitary Rapid Support Forces of ...": the parser may give two objects;
            # "North Korea has been accused by the United States of ...": the accused is the subject;
            # "put the blame for the explosion on Russian air defense": the one it is put on
            objects = [c for c in verb.children if c.dep_ == "dobj" and not blame_put]
            if passive:
                objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if blame_put:
                objects = [g for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                           for g in p.children if g.dep_ == "pobj"]
            obj = next((c for c in objects if self.resolver.sided(c) is not None), objects[0] if objects else None)
            culprit = self.resolver.sided(obj) if obj is not None else None
            deed = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in self.deed_preps]
            if not deed and obj is not None:  # "blamed X for Y" parsed with "for" on X
                deed = [p for p in obj.children if p.dep_ == "prep" and p.lower_ in self.deed_preps]
            if not deed and blame_put:  # "put the blame for the explosion on ..."
                deed = [p for c in verb.children if c.dep_ == "dobj" for p in c.children
                        if p.dep_ == "prep" and p.lower_ in self.deed_preps]
            if not deed and lemma in ("accuse", "blame"):
                return []
            if deed:
                content_start, content_end = _subtree_span(deed[0])
        if culprit is None and complement is not None:
            culprit = self._weapons_owner(complement)
        owns_deed = lemma in self.responsibility_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.responsibility_nouns for c in verb.children)
        disputing = _has_dispute_word(self.doc, content_start, content_end, self.dispute_words) \
            or self._told_otherwise(verb)
        circumstance = complement is not None and complement.dep_ == "ccomp" and not any(
            _names_incident(t) for t in _own_clause(complement))
        # "'Schools are not a target,' he wrote": a negation of no incident denies nothing that happened
        # ("had nothing to do with the bombing" disowns the incident its relative clause names)
        disowned = complement is not None and _disowns(complement)
        circumstance = circumstance and not disowned
        negated = complement is not None and (_negated(complement) or disowned) and not circumstance
        # "said the jets had apparently taken off from Hmeimim": the speaker hedges what he tells
        if stance == "asserts" and complement is not None and any(
                c.dep_ == "advmod" and c.lower_ in self.hedges for c in complement.children):
            stance = "suggests"
        out = []
        for subj in _conjuncts(subject):
            claimant = self.resolver.actor(subj)
            if claimant is None or claimant.kind == "civilians" and any(t.like_num for t in subj.subtree):
                continue  # "20 people were injured, identifying ...": victims, not speakers
            start = min(content_start, claimant.start, verb.idx)
            end = max(content_end, claimant.end, verb.idx + len(verb))
            out.append(ClaimMention(
                claimant=claimant, stance=stance, cue=verb.text, cue_start=verb.idx,
                cue_end=verb.idx + len(verb), content_start=content_start, content_end=content_end,
                sentence=n, start=start, end=end, culprit=claimant if owns_deed else culprit,
                disputing=disputing, negated=negated, circumstance=circumstance,
            ))
        return out

    def _names_person(self, token: Token) -> bool:
        actor = self.resolver.actor(token)
        return actor is not None and bool(actor.extra.get("person"))

    def _told_otherwise(self, verb: Token) -> bool:
        """"confirmed the air strike ..., but said it had targeted a ceremony": owned to, then told
        otherwise in a clause set against the owning (data/claims.toml [concession])."""
        concession = self.data["concession"]
        head = verb.head
        return verb.dep_ == "conj" and head.lemma_.lower() in concession["verbs"] and any(
            c.dep_ == "cc" and c.lower_ in concession["contrast"] for c in (*head.children, *verb.children))

    def _weapons_owner(self, clause: Token) -> ActorMention | None:
        """"The Observatory said the aircraft were Russian": whose the weapons of the incident were,
        told as a copula of a weapon and a nationality - the culprit the speaker names."""
        if clause.lemma_ != "be":
            return None
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        owner = next((c for c in clause.children if c.dep_ in ("attr", "acomp")), None)
        if subject is None or owner is None or lexicon.weapon_of(subject.text) is None:
            return None
        if side_of_word(owner.text) is None:
            return None
        return self.resolver.sided(owner)

    def _tail_speaker(self, verb: Token, sent: Span) -> Token | None:
        """The speaker of a reporting clause that closes the sentence after a comma, when the parser
        did not make it the verb's subject: "..., Lebanon's health ministry said." (the ministry parsed
        as an apposition) and "..., reported Lebanon's official National News Agency." (inverted)."""
        doc = self.doc
        k = sent.end - 1
        while k > sent.start and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        last = k + 1  # past the last word of the sentence
        # "..., reported the agency."
        if verb.i > sent.start and doc[verb.i - 1].text == ",":
            after = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "nsubj", "attr", "npadvmod")]
            if after and after[0].right_edge.i + 1 >= last and self.resolver.actor(after[0]) is not None:
                return after[0]
        # "..., the health ministry said." and "..., a local elder told The Associated Press by phone."
        if self._closes_sentence(verb, last) and verb.i > sent.start and not any(
                c.dep_ == "nsubj" for c in verb.children):
            before = doc[verb.i - 1]
            # "..., a local elder, Hussein Nur, told ...": the name in apposition before the verb
            if before.text == "," and verb.i - 2 > sent.start:
                before = doc[verb.i - 2]
            if before.pos_ in ("NOUN", "PROPN"):
                start, _ = self.resolver.phrase_span(before)
                if start > sent.start and doc[start - 1].text == "," and self.resolver.actor(before) is not None:
                    return before
        return None

    @staticmethod
    def _closes_sentence(verb: Token, last: int) -> bool:
        """Nothing follows the verb but whom it told and how ("told AFP by phone", "said on Telegram"):
        no clause of what was said comes after it, so that came before."""
        after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
        if any(c.dep_ in ("ccomp", "xcomp", "advcl", "conj", "nsubj") for c in after):
            return False
        return all(t.i < last for c in after for t in c.subtree) and (
            verb.i + 1 >= last or all(c.dep_ in ("dobj", "dative", "prep", "npadvmod", "advmod") for c in after))

    def _citation(self, verb: Token, sent: Span, n: int) -> list[ClaimMention]:
        """"Interfax cited the Federal Security Service as saying 12 died": the one cited claims."""
        source = next((c for c in verb.children if c.dep_ == "dobj"), None)
        claimant = self.resolver.actor(source) if source is not None else None
        if claimant is None:
            return []
        said = [t for t in verb.subtree if t.lemma_.lower() in self.stance_of and t.i != verb.i]
        content = _content(said[0], sent) if said else (claimant.end, sent.end_char)
        return [ClaimMention(
            claimant=claimant, stance="asserts", cue=verb.text, cue_start=verb.idx, cue_end=verb.idx + len(verb),
            content_start=content[0], content_end=content[1], sentence=n,
            start=min(claimant.start, verb.idx, content[0]), end=max(content[1], claimant.end),
        )]

    def _according_claims(self, sent: Span, n: int) -> list[ClaimMention]:
        out = []
        words = [t.lower_ for t in sent]
        for phrase in self.according:
            k = len(phrase)
            for i in range(len(words) - k + 1):
                if words[i:i + k] != phrase:
                    continue
                cue_first, cue_last = sent[i], sent[i + k - 1]
                # the source: the object of the last word of the phrase ("to" -> X; "citing" -> X)
                source = next((c for c in cue_last.children if c.dep_ in ("pobj", "dobj")), None)
                if source is None and i + k < len(sent):
                    source = sent[i + k].head if sent[i + k].head.i >= sent[i + k].i else sent[i + k]
                claimant = self.resolver.actor(source) if source is not None else None
                if claimant is None:
                    continue
                phrase_end = max(cue_last.right_edge.idx + len(cue_last.right_edge), claimant.end)
                if cue_first.idx > sent.start_char:
                    content = (sent.start_char, cue_first.idx)
                else:
                    content = (phrase_end, sent.end_char)
                out.append(ClaimMention(
                    claimant=claimant, stance="asserts", cue=" ".join(t.text for t in sent[i:i + k]),
                    cue_start=cue_first.idx, cue_end=cue_last.idx + len(cue_last),
                    content_start=content[0], content_end=content[1], sentence=n,
                    start=sent.start_char, end=sent.end_char,
                ))
        return out


def unverified_sentences(doc: Doc) -> list[int]:
    """Sentences in which the report says it could not verify what it reports."""
    pattern = lexicon.claims()["verification_re"]
    return [n for n, s in enumerate(doc.sents) if pattern.search(s.text)]


def hedge_words() -> frozenset[str]:
    return frozenset(lexicon.claims()["hedges"]["words"])


@Language.component("warlog_claims")
def claims_component(doc: Doc) -> Doc:
    doc._.claims = ClaimFinder(doc, resolver_for(doc)).find()
    return doc
