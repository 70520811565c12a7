"""SPEC §4 evaluation on tiny hand-made gold and predictions: matching, then the scores."""

import json

import pytest

from warlog.evaluate.events import (
    EvaluationInputError,
    GoldFile,
    evaluate_files,
    evaluate_gold_set,
    evaluate_predictions,
    load_predictions,
)

STRIKE = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
DRONE = ("Explosions/Remote violence", "Air/drone strike")
INTERCEPT = ("Strategic developments", "Disrupted weapons use")
CLASH = ("Battles", "Armed clash")
KM_PER_DEGREE_LAT = 111.19


def north_of(lat: float, km: float) -> float:
    return lat + km / KM_PER_DEGREE_LAT


def event(id="E", kind=STRIKE, lat=50.0, lon=30.0, precision="city", tolerance=None, start="2023-07-28",
          date_precision="day", window=None, **extra):
    """A gold or predicted event; lat=None gives no location, start=None a date without start."""
    ev = {"id": id, "type": kind[0], "subtype": kind[1], "summary": f"event {id}"}
    if lat is not None:
        ev["location"] = {"name": f"place {id}", "lat": lat, "lon": lon, "precision": precision}
        if tolerance is not None:
            ev["location"]["tolerance_km"] = tolerance
    ev["date"] = {"start": start, "end": start, "precision": date_precision}
    if window:
        ev["date"]["window"] = window
    ev.update(extra)
    return ev


def score(golds, preds):
    return evaluate_predictions(GoldFile(path=None, document={"id": "doc"}, events=golds), preds)


# --- matching ---


def test_same_type_with_another_subtype_matches_but_scores_subtype_wrong():
    report = score([event(kind=STRIKE)], [event(kind=DRONE)])
    assert report.recall == 1.0
    assert report.scores["subtype_accuracy"] == 0.0


def test_pair_listed_in_accept_types_matches_across_types():
    gold = event(kind=STRIKE, accept_types=[list(INTERCEPT)])
    report = score([gold], [event(kind=INTERCEPT)])
    assert report.recall == 1.0
    assert report.scores["subtype_accuracy"] == 1.0


def test_other_type_not_in_accept_types_does_not_match():
    report = score([event(kind=STRIKE, accept_types=[list(INTERCEPT)])], [event(kind=CLASH)])
    assert report.recall == 0.0
    assert report.precision == 0.0


def test_prediction_beyond_tolerance_km_does_not_match():
    gold = event(tolerance=10)
    assert score([gold], [event(lat=north_of(50.0, 15))]).recall == 0.0
    assert score([gold], [event(lat=north_of(50.0, 5))]).recall == 1.0


def test_city_gold_defaults_to_25_km_tolerance():
    gold = event(precision="city")
    assert score([gold], [event(lat=north_of(50.0, 20))]).recall == 1.0
    assert score([gold], [event(lat=north_of(50.0, 30))]).recall == 0.0


def test_admin1_gold_defaults_to_100_km_tolerance():
    gold = event(precision="admin1")
    assert score([gold], [event(lat=north_of(50.0, 90))]).recall == 1.0
    assert score([gold], [event(lat=north_of(50.0, 110))]).recall == 0.0


def test_gold_without_location_accepts_any_place():
    report = score([event(lat=None)], [event(lat=10.0, lon=100.0)])
    assert report.recall == 1.0


def test_prediction_without_location_matches_located_gold_but_scores_location_wrong():
    report = score([event()], [event(lat=None)])
    assert report.recall == 1.0
    assert report.scores["location_within_tolerance"] == 0.0


def test_predicted_start_must_fall_in_gold_window():
    gold = event(start=None, window=["2023-07-20", "2023-07-28"])
    assert score([gold], [event(start="2023-07-20")]).recall == 1.0
    assert score([gold], [event(start="2023-07-29")]).recall == 0.0


def test_gold_without_window_uses_its_start_to_end():
    gold = event(start="2023-07-28")
    assert score([gold], [event(start="2023-07-27")]).recall == 0.0


def test_undated_prediction_matches_any_gold_window():
    gold = event(start=None, window=["2023-07-20", "2023-07-28"])
    assert score([gold], [event(start=None)]).recall == 1.0


def test_gold_with_null_date_accepts_any_date():
    gold = event(date=None)
    assert score([gold], [event(start="1999-01-01")]).recall == 1.0


def test_second_prediction_of_a_matched_gold_is_a_duplicate_false_positive():
    report = score([event(id="G")], [event(id="P1"), event(id="P2")])
    assert report.recall == 1.0
    assert report.precision == 0.5
    (pred, duplicate_of), = report.files[0].unmatched
    assert duplicate_of == "G"


def test_duplicate_of_an_optional_gold_is_still_a_false_positive():
    report = score([event(id="G", required=False)], [event(id="P1"), event(id="P2")])
    assert report.precision == 0.5


def test_greedy_matching_pairs_the_nearest_first():
    # P1 lies within tolerance of both golds but on top of G2; P2 lies on top of G1.
    golds = [event(id="G1", tolerance=100), event(id="G2", lat=north_of(50.0, 50), tolerance=100)]
    preds = [event(id="P1", lat=north_of(50.0, 50)), event(id="P2")]
    pairs = {(m.gold.id, m.pred.id) for m in score(golds, preds).files[0].matches}
    assert pairs == {("G1", "P2"), ("G2", "P1")}


def test_located_prediction_wins_the_gold_over_an_unlocated_one():
    report = score([event(id="G")], [event(id="unlocated", lat=None), event(id="located")])
    assert [m.pred.id for m in report.files[0].matches] == ["located"]


def test_at_equal_distance_the_nearer_date_wins():
    golds = [event(id="G27", start="2023-07-27", window=["2023-07-25", "2023-07-29"]),
             event(id="G29", start="2023-07-29", window=["2023-07-25", "2023-07-29"])]
    # in file order P29 would take G27; by days it takes G29 and leaves G27 to P27
    preds = [event(id="P29", start="2023-07-29"), event(id="P27", start="2023-07-27")]
    pairs = {(m.gold.id, m.pred.id) for m in score(golds, preds).files[0].matches}
    assert pairs == {("G27", "P27"), ("G29", "P29")}


def test_missed_optional_gold_costs_no_recall():
    report = score([event(id="G"), event(id="O", kind=CLASH, required=False)], [event()])
    assert report.recall == 1.0


def test_prediction_matching_optional_gold_is_not_a_false_positive():
    report = score([event(id="G"), event(id="O", kind=CLASH, required=False)], [event(), event(kind=CLASH)])
    assert report.precision == 1.0
    assert report.counts.required_gold == 1


def test_f1_is_the_harmonic_mean_of_recall_and_precision():
    golds = [event(id="A"), event(id="B", kind=CLASH)]
    preds = [event(), event(kind=DRONE), event(kind=INTERCEPT)]
    report = score(golds, preds)
    assert (report.recall, report.precision) == (0.5, pytest.approx(1 / 3))
    assert report.f1 == pytest.approx(0.4)


# --- field scores over matched events ---


def test_week_precision_date_is_exact_within_the_same_iso_week():
    gold = event(start="2023-07-24", date_precision="week", window=["2023-07-24", "2023-07-30"])
    assert score([gold], [event(start="2023-07-29")]).scores["exact_date"] == 1.0


def test_month_precision_date_is_exact_within_the_same_month():
    gold = event(start="2023-04-01", date_precision="month", window=["2023-03-01", "2023-05-31"])
    assert score([gold], [event(start="2023-04-30")]).scores["exact_date"] == 1.0
    assert score([gold], [event(start="2023-05-01")]).scores["exact_date"] == 0.0


def test_exact_date_is_not_scored_when_gold_start_is_null():
    gold = event(start=None, window=["2023-07-01", "2023-07-29"])
    report = score([gold], [event(start="2023-07-10")])
    assert report.counts.fields["exact_date"].scored == 0
    assert report.scores["exact_date"] is None


def test_day_precision_date_score_counts_only_day_precision_gold():
    golds = [event(id="D", start="2023-07-28"),
             event(id="M", kind=CLASH, start="2023-07-01", date_precision="month",
                   window=["2023-07-01", "2023-07-31"])]
    preds = [event(start="2023-07-28"), event(kind=CLASH, start="2023-07-31")]
    report = score(golds, preds)
    assert report.counts.fields["exact_date_day_precision"].scored == 1
    assert report.counts.fields["exact_date"].scored == 2


def test_initiator_side_must_equal_gold_side():
    gold = event(initiator={"side": "UA"})
    assert score([gold], [event(initiator={"name": "Ukraine", "side": "UA"})]).scores["initiator_side"] == 1.0
    assert score([gold], [event(initiator={"side": "RU"})]).scores["initiator_side"] == 0.0


def test_null_gold_side_is_right_only_against_no_side():
    gold = event(target={"side": None})
    assert score([gold], [event()]).scores["target_side"] == 1.0
    assert score([gold], [event(target={"side": "RU"})]).scores["target_side"] == 0.0


def test_gold_casualty_count_as_int_equals_the_exact_range():
    gold = event(casualties={"killed": 0, "injured": None})
    pred = event(casualties={"killed": {"min": 0, "max": 0}, "injured": None})
    assert score([gold], [pred]).scores["casualties_exact"] == 1.0


def test_open_range_differs_from_exact_count():
    gold = event(casualties={"killed": None, "injured": {"min": 20, "max": 20}})
    pred = event(casualties={"injured": {"min": 20, "max": None}})
    report = score([gold], [pred])
    assert report.scores["injured_exact"] == 0.0
    assert report.scores["killed_exact"] == 1.0


def test_claimant_found_through_an_alias_content_word():
    gold = event(claims=[{"claimant": "Russian Defense Ministry", "aliases": ["Moscow"], "side": "RU",
                          "stance": "asserts"}])
    pred = event(claims=[{"claimant": "Moscow", "side": "RU", "stance": "asserts"}])
    assert score([gold], [pred]).scores["claimant_recall"] == 1.0


def test_claimant_with_another_side_is_not_found():
    gold = event(claims=[{"claimant": "Defense Ministry", "side": "RU", "stance": "asserts"}])
    pred = event(claims=[{"claimant": "Ukraine's defence ministry", "side": "UA", "stance": "asserts"}])
    assert score([gold], [pred]).scores["claimant_recall"] == 0.0


def test_stopwords_alone_do_not_find_a_claimant():
    gold = event(claims=[{"claimant": "the Ministry of Defence", "side": "UA", "stance": "asserts"}])
    pred = event(claims=[{"claimant": "The Office of the President", "side": "UA", "stance": "asserts"}])
    assert score([gold], [pred]).scores["claimant_recall"] == 0.0


def test_stance_accuracy_counts_only_found_claimants():
    gold = event(claims=[{"claimant": "Oleksiy Danilov", "side": "UA", "stance": "disputes"},
                         {"claimant": "local officials", "side": "RU", "stance": "asserts"}])
    pred = event(claims=[{"claimant": "Danilov", "side": "UA", "stance": "asserts"}])
    report = score([gold], [pred])
    assert report.scores["claimant_recall"] == 0.5
    assert report.counts.fields["stance_accuracy"].scored == 1
    assert report.scores["stance_accuracy"] == 0.0


def test_stance_is_judged_on_the_claim_sharing_most_words():
    gold = event(claims=[{"claimant": "Russian Defense Ministry", "side": "RU", "stance": "asserts"}])
    pred = event(claims=[{"claimant": "Russian military bloggers", "side": "RU", "stance": "disputes"},
                         {"claimant": "Russia's Defense Ministry", "side": "RU", "stance": "asserts"}])
    assert score([gold], [pred]).scores["stance_accuracy"] == 1.0


# --- reading files and reporting ---


def test_predictions_jsonl_skips_blank_lines(tmp_path):
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(event(id="a")) + "\n\n" + json.dumps(event(id="b")) + "\n")
    assert [p["id"] for p in load_predictions(path)] == ["a", "b"]


def test_malformed_prediction_line_names_file_and_line(tmp_path):
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(event()) + "\n{not json\n")
    with pytest.raises(EvaluationInputError, match=r"pred\.jsonl: line 2"):
        load_predictions(path)


def test_evaluate_files_reads_gold_and_jsonl_predictions(tmp_path):
    (tmp_path / "gold.json").write_text(json.dumps({"document": {"id": "d"}, "events": [event()]}))
    (tmp_path / "pred.jsonl").write_text(json.dumps(event()) + "\n")
    assert evaluate_files(tmp_path / "gold.json", tmp_path / "pred.jsonl").f1 == 1.0


def test_report_lists_missed_gold_and_unmatched_predictions():
    golds = [event(id="E1", summary="missile hits Dnipro")]
    text = score(golds, [event(id="ev_x", kind=CLASH, summary="clash near Bakhmut")]).format()
    missed = text.split("missed required gold events (1):\n")[1].splitlines()[0]
    unmatched = text.split("unmatched predictions (1):\n")[1].splitlines()[0]
    assert "E1" in missed and "missile hits Dnipro" in missed and "place E1" in missed
    assert "ev_x" in unmatched and "Battles / Armed clash" in unmatched and "2023-07-28" in unmatched


def test_report_as_dict_holds_scores_and_per_file_counts():
    data = score([event()], [event()]).as_dict()
    assert data["scores"]["event_f1"] == 1.0
    assert data["files"][0]["counts"]["required_gold"] == 1
    json.dumps(data)  # serialisable as is


def write_gold_set(folder, docs):
    for name, (text, events) in docs.items():
        (folder / f"{name}.txt").write_text(text)
        gold = {"document": {"id": name, "file": f"{name}.txt", "published": "2023-07-29"}, "events": events}
        (folder / f"{name}.json").write_text(json.dumps(gold))


def test_gold_set_passes_each_document_text_and_metadata_to_predict(tmp_path):
    write_gold_set(tmp_path, {"a": ("Text of a.", [event()])})
    seen = []
    evaluate_gold_set(tmp_path, predict=lambda doc: seen.append(doc) or [])
    assert [(d.id, d.text, d.published) for d in seen] == [("a", "Text of a.", "2023-07-29")]


def test_gold_set_scores_are_micro_averaged_over_files(tmp_path):
    write_gold_set(tmp_path, {
        "a": ("a", [event(id="A1"), event(id="A2", kind=CLASH), event(id="A3", kind=INTERCEPT)]),
        "b": ("b", [event(id="B1")]),
    })
    # a: 1 of 3 found; b: 1 of 1 found -> micro recall 2/4 (a macro average would say 2/3)
    report = evaluate_gold_set(tmp_path, predict=lambda doc: [event()])
    assert report.recall == 0.5
    assert "a: recall 0.333 (1/3)" in report.format()
