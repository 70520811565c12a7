"""Files and folders to Documents: plain text, HTML article pages and JSON Lines of documents.

Every bad input becomes an InputError (yielded, not raised) so a batch goes on past it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from warlog.ingest.clean import config
from warlog.ingest.errors import InputError
from warlog.ingest.html import page_text
from warlog.ingest.text import decode, looks_english
from warlog.model import Document

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
# A first line is a headline when it is short and does not end like a sentence.
_HEADLINE_MAX_CHARS = 250
_JSONL_FIELDS = ("id", "text", "published", "source", "url", "title", "language")


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files named, and the readable files under folders named (recursively, sorted, no dot-files).

    A missing path is kept so that reading it reports it.
    """
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = [
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            files.extend(sorted(found))
        else:
            files.append(path)
    return files


def read_documents(
    paths: Iterable[str | os.PathLike],
    published: str | None = None,
    source: str | None = None,
    title: str | None = None,
) -> Iterator[Document | InputError]:
    """Documents from files and folders, in order; an InputError for each input that is refused.

    `published`, `source` and `title` fill in what a file does not say itself (a JSONL line's own
    fields and an HTML page's metadata win over them).
    """
    for path in expand_paths(paths):
        yield from read_file(path, published=published, source=source, title=title)


def read_file(
    path: Path, published: str | None = None, source: str | None = None, title: str | None = None,
) -> Iterator[Document | InputError]:
    name = str(path)
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    data = _read_bytes(path)
    if isinstance(data, InputError):
        yield data
        return
    if kind == "jsonl":
        yield from _jsonl_documents(data, name, published, source, title)
        return
    text = decode(data, name)
    if isinstance(text, InputError):
        yield text
        return
    if kind == "html":
        page = page_text(text, name)
        if isinstance(page, InputError):
            yield page
            return
        yield _document(page.text, name, title=title or page.title, published=published or page.published,
                        source=source or page.source, url=page.url)
    else:
        yield _document(text, name, title=title or headline(text), published=published, source=source)


def _read_bytes(path: Path) -> bytes | InputError:
    name = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            return InputError(name, "is a folder with no readable files", "unsupported")
        if path.suffix.lower() != ".jsonl" and size > config()["limits"]["max_file_bytes"]:
            return InputError(name, f"too large ({size:,} bytes; limit "
                              f"{config()['limits']['max_file_bytes']:,})", "too_large")
        return path.read_bytes()
    except FileNotFoundError:
        return InputError(name, "no such file", "missing")
    except OSError as exc:
        return InputError(name, f"cannot read: {exc.strerror or exc}", "unreadable")


def headline(text: str) -> str | None:
    """The first line when it looks like a headline (short, not ending like a sentence) and more follows."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if not rest.strip() or not first or len(first) > _HEADLINE_MAX_CHARS:
        return None
    if first.endswith((".", ",", ";", ":")) or not re.search(r"[^\W\d_]", first):
        return None
    return first


def _document(
    text: str, path: str, *, id: str | None = None, title: str | None = None, published: str | None = None,
    source: str | None = None, url: str | None = None, language: str | None = None,
) -> Document | InputError:
    max_chars = config()["limits"]["max_text_chars"]
    if not text.strip():
        return InputError(path, "no text", "empty")
    if len(text) > max_chars:
        return InputError(path, f"text too long ({len(text):,} characters; limit {max_chars:,})", "too_large")
    if language:
        language = language.strip().lower()[:2]
        if language != "en":
            return InputError(path, f"language {language!r} is not supported (English only)", "language")
    elif not looks_english(text):
        return InputError(path, "does not look like English (too few English function words)", "language")
    return Document(
        id=id or Document.content_id(text), text=text, title=title, published=published, source=source,
        url=url, language=language or "en", path=path,
    )


def _jsonl_documents(
    data: bytes, path: str, published: str | None, source: str | None, title: str | None,
) -> Iterator[Document | InputError]:
    text = decode(data, path)
    if isinstance(text, InputError):
        yield text
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"not valid JSON ({exc.msg})", "jsonl")
            continue
        if not isinstance(record, dict):
            yield InputError(where, f"not a JSON object (a {type(record).__name__})", "jsonl")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputError(where, "no 'text'", "jsonl")
            continue
        fields = {k: record.get(k) for k in _JSONL_FIELDS if k != "text"}
        bad = [k for k, v in fields.items() if v is not None and not isinstance(v, str | int)]
        if bad:
            yield InputError(where, f"field {bad[0]!r} is not a string", "jsonl")
            continue
        fields = {k: (str(v) if v is not None else None) for k, v in fields.items()}
        yield _document(
            body, where, id=fields["id"], title=fields["title"] or title,
            published=fields["published"] or published, source=fields["source"] or source,
            url=fields["url"], language=fields["language"],
        )


def document_warnings(document: Document) -> list[str]:
    """What is worth telling the user about a document that was still read."""
    notes = []
    if not document.published:
        notes.append("no publication date: relative dates (\"on Friday\") stay unresolved")
    return notes
