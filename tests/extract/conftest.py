"""Shared fixtures of the extract tests: one spaCy pipeline per session (loading takes ~1 s)."""

import pytest

from warlog.nlp import load_spacy


@pytest.fixture(scope="session")
def nlp():
    return load_spacy()
