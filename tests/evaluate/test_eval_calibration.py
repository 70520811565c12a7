"""Reliability tables and expected calibration error over (confidence, matched) pairs."""

import math

import pytest

from warlog.evaluate.calibration import (
    calibration_pairs,
    expected_calibration_error,
    format_reliability_table,
    reliability_table,
)
from warlog.evaluate.events import GoldFile, evaluate_predictions


def test_each_bin_holds_its_count_mean_confidence_and_accuracy():
    rows = reliability_table([(0.1, False), (0.9, True), (0.85, False), (0.95, True)], bins=5)
    assert [r.count for r in rows] == [1, 0, 0, 0, 3]
    assert rows[4].mean_confidence == pytest.approx(0.9)
    assert rows[4].accuracy == pytest.approx(2 / 3)


def test_empty_bins_are_listed_without_means():
    rows = reliability_table([(0.5, True)], bins=4)
    assert len(rows) == 4
    assert rows[0].mean_confidence is None and rows[0].accuracy is None


def test_confidence_of_one_falls_in_the_last_bin():
    rows = reliability_table([(1.0, True)], bins=5)
    assert rows[-1].count == 1


def test_calibration_error_is_zero_when_accuracy_equals_confidence():
    pairs = [(0.75, True)] * 3 + [(0.75, False)]
    assert expected_calibration_error(pairs, bins=5) == pytest.approx(0.0)


def test_calibration_error_weights_bin_gaps_by_size():
    # bin 0.8-1.0: confidence 0.9, accuracy 0.5 (gap 0.4, weight 2/4); bin 0.0-0.2: 0.1 vs 0 (gap 0.1)
    pairs = [(0.9, True), (0.9, False), (0.1, False), (0.1, False)]
    assert expected_calibration_error(pairs, bins=5) == pytest.approx(0.5 * 0.4 + 0.5 * 0.1)


def test_calibration_error_is_none_without_predictions():
    assert expected_calibration_error([]) is None


def test_pairs_mark_which_predictions_matched_gold():
    gold = GoldFile(path=None, document={}, events=[{"type": "Battles", "subtype": "Armed clash"}])
    preds = [{"type": "Battles", "subtype": "Armed clash", "confidence": 0.8},
             {"type": "Riots", "subtype": "Mob violence", "confidence": 0.3},
             {"type": "Riots", "subtype": "Mob violence"}]  # no confidence stated: left out
    assert calibration_pairs(evaluate_predictions(gold, preds)) == [(0.8, True), (0.3, False)]


def test_formatted_table_has_a_row_per_bin_and_the_error():
    text = format_reliability_table(reliability_table([(0.9, True)], bins=2))
    assert text.count("\n") == 3
    assert "expected calibration error: 0.100 over 1 predictions" in text


def test_refit_lowers_an_overconfident_calibration():
    from warlog.evaluate.calibration import expected_calibration_error, refit_platt

    # confidences of 0.9 that are right only half the time, 0.6 right a quarter of the time
    pairs = [(0.9, i % 2 == 0) for i in range(40)] + [(0.6, i % 4 == 0) for i in range(40)]
    slope, intercept = refit_platt(pairs, slope=1.0, intercept=0.0)

    def recalibrated(c):
        return 1 / (1 + math.exp(-(slope * math.log(c / (1 - c)) + intercept)))

    assert recalibrated(0.9) < 0.9
    refitted = [(recalibrated(c), ok) for c, ok in pairs]
    assert expected_calibration_error(refitted) < expected_calibration_error(pairs)
