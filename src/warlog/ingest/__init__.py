"""Ingest: files, folders and JSON Lines in; Documents (or one-line InputErrors) out.

`read_documents` reads .txt, .html/.htm and .jsonl; `warlog.ingest.clean` finds scraped-article
noise as spans into the original text; `extract_safely` runs extraction over a stream of
documents so that one failing document does not stop the batch.
"""

from warlog.ingest.batch import extract_safely
from warlog.ingest.errors import InputError
from warlog.ingest.reader import document_warnings, expand_paths, headline, read_documents, read_file

__all__ = [
    "InputError", "document_warnings", "expand_paths", "extract_safely", "headline", "read_documents",
    "read_file",
]
