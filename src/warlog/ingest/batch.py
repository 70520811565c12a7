"""Extraction over a stream of documents that survives a document the extractor chokes on.

Documents go through `warlog.pipeline.extract_documents` in chunks (spaCy parses a batch faster
than one text at a time). When a chunk raises, the documents of that chunk not yet returned are
retried one by one with `extract_document`, so only the document that fails is lost and reported.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator

from warlog.model import Document, Event

CHUNK = 64

Extractor = Callable[[Iterable[Document]], Iterator[tuple[Document, list[Event]]]]
SingleExtractor = Callable[[Document], list[Event]]


def extract_safely(
    documents: Iterable[Document],
    on_error: Callable[[Document, Exception], None],
    extract_documents: Extractor | None = None,
    extract_document: SingleExtractor | None = None,
) -> Iterator[tuple[Document, list[Event]]]:
    """(document, events) for every document that extracts; `on_error(document, exc)` for the others."""
    if extract_documents is None or extract_document is None:
        from warlog import pipeline

        extract_documents = extract_documents or pipeline.extract_documents
        extract_document = extract_document or pipeline.extract_document
    iterator = iter(documents)
    while chunk := list(itertools.islice(iterator, CHUNK)):
        done = 0
        try:
            for result in extract_documents(chunk):
                done += 1
                yield result
        except Exception:
            for document in chunk[done:]:
                try:
                    events = extract_document(document)
                except Exception as exc:
                    on_error(document, exc)
                else:
                    yield document, events
