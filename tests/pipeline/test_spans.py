"""Evidence for everything: every value from the text carries a span that is exactly its words."""

import json

from tests.conftest import SEED


def check_spans(text, events):
    for e in events:
        for start, end in e.evidence:
            assert 0 <= start < end <= len(text)
        if e.trigger is not None:
            assert text[e.trigger.span[0]:e.trigger.span[1]] == e.trigger.text
        if e.location is not None and e.location.span is not None:
            assert text[e.location.span[0]:e.location.span[1]] == e.location.text or \
                e.location.text in text[e.location.span[0]:e.location.span[1]]
        if e.date is not None and e.date.span is not None:
            assert text[e.date.span[0]:e.date.span[1]] == e.date.text
        for actor in (e.initiator, e.target):
            if actor is not None and actor.span is not None:
                assert text[actor.span[0]:actor.span[1]] == actor.text
        for name, (start, end) in zip(e.weapons, e.weapon_spans, strict=True):
            assert text[start:end]
            assert name
        for c in e.claims:
            assert text[c.span[0]:c.span[1]] == c.text


def test_seed_report_spans_are_its_words(extract):
    text = (SEED / "article.txt").read_text(encoding="utf-8")
    check_spans(text, extract(text, json.loads((SEED / "gold.json").read_text())["document"]["published"]))


def test_own_report_spans_are_their_words(extract):
    text = ("Shelling hits Kharkiv\nRussian artillery shelled a residential area of Kharkiv on Tuesday, "
            "killing two people and wounding 11, the regional governor said. Moscow denied targeting civilians.")
    check_spans(text, extract(text, "2024-03-15"))
