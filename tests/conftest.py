"""Shared fixtures: the extraction pipeline, loaded once for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "examples" / "seed"


@pytest.fixture(scope="session")
def extract():
    """extract(text, published=None) -> list[Event], through the whole pipeline."""
    from warlog.model import Document
    from warlog.pipeline import extract_document

    def run(text: str, published: str | None = "2024-03-15"):
        return extract_document(Document(id=Document.content_id(text), text=text, published=published))

    return run


@pytest.fixture(scope="session")
def parse():
    """parse(text, published=None) -> the spaCy Doc with every warlog component's output."""
    from warlog.model import Document
    from warlog.pipeline import parse as parse_document

    def run(text: str, published: str | None = "2024-03-15"):
        return parse_document(Document(id="t", text=text, published=published))

    return run
