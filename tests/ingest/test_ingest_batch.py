"""extract_safely: one document the extractor fails on is reported; the others still come out."""

from warlog.ingest import extract_safely
from warlog.model import Document


def doc(name: str) -> Document:
    return Document(id=name, text=f"text of {name}")


def extract_document(document: Document) -> list:
    if document.id == "bad":
        raise ValueError("cannot parse")
    return [document.id]


def extract_documents(documents):
    for document in documents:
        yield document, extract_document(document)


def test_documents_after_a_failing_one_are_still_extracted():
    errors = []
    results = list(extract_safely(
        [doc("a"), doc("bad"), doc("c")], lambda d, exc: errors.append((d.id, str(exc))),
        extract_documents=extract_documents, extract_document=extract_document,
    ))
    assert [(d.id, events) for d, events in results] == [("a", ["a"]), ("c", ["c"])]
    assert errors == [("bad", "cannot parse")]


def test_without_failures_every_document_is_extracted_once_in_order():
    calls = []

    def counting(document):
        calls.append(document.id)
        return []

    names = [str(i) for i in range(150)]  # more than one chunk
    results = list(extract_safely(
        map(doc, names), lambda d, exc: None,
        extract_documents=lambda docs: ((d, counting(d)) for d in docs), extract_document=counting,
    ))
    assert [d.id for d, _ in results] == names
    assert calls == names
