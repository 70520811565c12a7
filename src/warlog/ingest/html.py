"""An article page reduced to its body text (trafilatura), with a plain fallback for short pages."""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass

import lxml.html
import trafilatura

from warlog.ingest.errors import InputError

# Block elements whose text makes up a page's body when trafilatura finds no article.
_BLOCKS = ("h1", "h2", "h3", "h4", "p", "li", "blockquote", "pre")
# Fewer words than this is not a report (an empty template, a redirect page, a tag soup).
_MIN_BODY_WORDS = 5


@dataclass(slots=True)
class Page:
    text: str
    title: str | None = None
    published: str | None = None  # from the page's own metadata only, never guessed
    source: str | None = None
    url: str | None = None


def page_text(html: str, path: str) -> Page | InputError:
    """The article body and metadata of `html`, or an InputError of kind "html"."""
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # extensive_search off: the date comes from the page's metadata, not a date in the text
            result = trafilatura.bare_extraction(
                html, with_metadata=True, include_comments=False, include_tables=False,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        result = None
        failure = f"{type(exc).__name__}"
    else:
        failure = None
    if result is not None and (result.text or "").strip():
        return Page(text=result.text.strip(), title=result.title or None, published=result.date or None,
                    source=result.sitename or None, url=result.url or None)
    fallback = _block_text(html)
    if fallback is not None:
        return fallback
    reason = "malformed HTML: no article body found"
    return InputError(path, reason + (f" ({failure})" if failure else ""), "html")


def _block_text(html: str) -> Page | None:
    """Best effort for pages too short for trafilatura's extractor: the text of block elements."""
    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml.etree.ParserError on empty or non-HTML documents
        return None
    for bad in root.xpath("//script|//style|//nav|//footer|//header|//form|//noscript"):
        bad.drop_tree()
    lines = [" ".join(el.text_content().split()) for el in root.iter(*_BLOCKS)]
    text = "\n".join(line for line in lines if line)
    if len(re.findall(r"[^\W\d_]{2,}", text)) < _MIN_BODY_WORDS:
        return None
    title = root.findtext(".//title")
    return Page(text=text, title=" ".join(title.split()) if title else None)
