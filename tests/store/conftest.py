import pytest
from sample_events import TEXT

from warlog.model import Document


@pytest.fixture
def document() -> Document:
    return Document(id=Document.content_id(TEXT), text=TEXT, published="2023-07-29", source="Wire",
                    path="report.txt")
