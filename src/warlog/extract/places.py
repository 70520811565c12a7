"""Places: the spaCy component that puts the geoparser's place mentions on the Doc.

Recognition and resolution are warlog.geo's; this stage only runs it over the parsed document.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warlog.geo import get_geoparser


@Language.component("warlog_places")
def places_component(doc: Doc) -> Doc:
    doc._.places = get_geoparser().parse(doc.text, doc=doc)
    return doc
