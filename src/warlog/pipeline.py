"""The whole path for one document: clean -> parse -> extract -> link into events.

    from warlog.pipeline import extract_document
    events = extract_document(Document(id="d1", text=..., published="2023-07-29"))

The spaCy pipeline is the English model plus warlog's components, each with one job, in order:
line breaks end sentences (before the parser), then places, times, casualties, actors, claims and
event mentions, each reading what the earlier ones left on the Doc. Linking (warlog.link.merge)
turns the mentions into events.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from warlog import nlp as language
from warlog.ingest.clean import mask, noise_spans
from warlog.link.merge import build_events
from warlog.model import Document, Event

WARLOG_COMPONENTS = ("warlog_places", "warlog_times", "warlog_casualties", "warlog_actors", "warlog_claims",
                     "warlog_events")


def _import_components() -> None:
    # importing the modules registers their components with spaCy
    from warlog.extract import actors, casualties, claims, events, places, time  # noqa: F401


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The English pipeline with warlog's components added, once per process."""
    _import_components()
    nlp = language.load_spacy()
    if "warlog_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("warlog_line_breaks", before="parser")
    for name in WARLOG_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def published_date(document: Document) -> dt.date | None:
    if not document.published:
        return None
    try:
        return dt.date.fromisoformat(document.published[:10])
    except ValueError:
        return None


def make_doc(document: Document) -> Doc:
    """A Doc of the document's text with ingest noise blanked out: same length, same offsets."""
    nlp = get_nlp()
    text = document.text
    noise = noise_spans(text)
    doc = nlp.make_doc(mask(text, noise) if noise else text)
    doc._.published = published_date(document)
    doc._.document = document
    doc._.masked = noise
    return doc


def _events_of(doc: Doc, document: Document) -> list[Event]:
    events = build_events(doc._.event_mentions or [], document, doc._.places or [])
    doc.user_data.pop("warlog_actor_resolver", None)
    return events


def parse(document: Document) -> Doc:
    nlp = get_nlp()
    doc = make_doc(document)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def extract_document(document: Document) -> list[Event]:
    """Every event the document tells, with its evidence."""
    return _events_of(parse(document), document)


def extract_documents(documents: Iterable[Document], batch_size: int = 16) -> Iterator[tuple[Document, list[Event]]]:
    """Events of many documents, parsed in batches (spaCy's nlp.pipe)."""
    nlp = get_nlp()
    batch: list[Document] = []

    def flush():
        docs = [make_doc(d) for d in batch]
        for document, doc in zip(batch, nlp.pipe(docs, batch_size=batch_size), strict=True):
            yield document, _events_of(doc, document)

    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()
