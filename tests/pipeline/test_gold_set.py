"""The development gold set as a regression suite: extracted and scored per SPEC §4 on every run.

The floors sit a little under the figures measured when they were set (README, "Accuracy,
measured"); a change that loses ground on real reports fails here. Raise them as warlog improves.
"""

import pytest

from tests.conftest import REPO
from warlog.evaluate.events import evaluate_gold_set

GOLD_SET = REPO / "tests" / "data" / "gold"


@pytest.fixture(scope="module")
def scores():
    return evaluate_gold_set(GOLD_SET).scores


def test_gold_set_holds_the_seed_and_at_least_twelve_real_reports():
    assert len(list(GOLD_SET.glob("*.json"))) >= 13


def test_gold_set_event_detection_does_not_regress(scores):
    assert scores["event_recall"] >= 0.82
    assert scores["event_precision"] >= 0.92
    assert scores["event_f1"] >= 0.87


def test_gold_set_claims_do_not_regress(scores):
    # 47 of 58: South Ossetia's villages have no coordinates, so its events are paired with gold by
    # type and order rather than place, and their claimants are counted against the wrong ones
    assert scores["claimant_recall"] >= 0.80
    assert scores["stance_accuracy"] >= 0.86


def test_gold_set_actors_and_tolls_do_not_regress(scores):
    assert scores["initiator_side"] >= 0.89
    assert scores["target_side"] >= 0.68
    assert scores["casualties_exact"] >= 0.85


WRITTEN_SET = REPO / "tests" / "data" / "written"


@pytest.fixture(scope="module")
def written_scores():
    return evaluate_gold_set(WRITTEN_SET).scores


def test_written_set_holds_a_score_of_reports_of_other_wars():
    assert len(list(WRITTEN_SET.glob("*.json"))) >= 30


def test_written_set_does_not_regress(written_scores):
    # the team's wire-style reports (tests/data/written/README.md): weaker than the development set,
    # and nearer to what held-out reports look like. Its second and third batches first scored F1
    # 0.615 and 0.684 on their own, and the third was read only in part, which is why these floors
    # are lower than the first batch's were (they fell with the third batch, not with the code)
    assert written_scores["event_recall"] >= 0.78
    assert written_scores["event_precision"] >= 0.70
    assert written_scores["event_f1"] >= 0.74
    assert written_scores["claimant_recall"] >= 0.69
    assert written_scores["stance_accuracy"] >= 0.88
    assert written_scores["initiator_side"] >= 0.73
    assert written_scores["casualties_exact"] >= 0.62
    assert written_scores["exact_date_day_precision"] >= 0.80
