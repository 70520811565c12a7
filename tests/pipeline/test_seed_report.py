"""The seed report scored per SPEC §4, and a paraphrase of it scored the same way.

The paraphrase (tests/data/seed_paraphrase/, written by the team) tells the same events in other
words; a rule tuned to the seed's wording would score well on one and not the other.
"""

import pytest

from tests.conftest import REPO, SEED
from warlog.evaluate.events import evaluate_predictions, load_gold

PARAPHRASE = REPO / "tests" / "data" / "seed_paraphrase"


def score(extract, folder):
    gold = load_gold(folder / "gold.json")
    document = gold.to_document()
    return evaluate_predictions(gold, extract(document.text, document.published)).scores


@pytest.fixture(scope="module")
def seed_scores(extract):
    return score(extract, SEED)


@pytest.fixture(scope="module")
def paraphrase_scores(extract):
    return score(extract, PARAPHRASE)


def test_seed_recall_and_precision(seed_scores):
    assert seed_scores["event_recall"] >= 0.8
    assert seed_scores["event_precision"] >= 0.6


def test_seed_places_and_claimants(seed_scores):
    assert seed_scores["location_within_tolerance"] >= 0.8
    assert seed_scores["claimant_recall"] >= 0.5


def test_paraphrase_scores_within_015_of_the_seed(seed_scores, paraphrase_scores):
    for key in ("event_recall", "event_precision", "event_f1"):
        assert abs(seed_scores[key] - paraphrase_scores[key]) <= 0.15, key
