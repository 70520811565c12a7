import importlib.util
import io
import json
from pathlib import Path

import pytest

from warlog.geo.corpus import parse_corpus
from warlog.geo.evaluate import (
    analyst_dont_care,
    evaluate_corpus,
    format_table,
    resolution_misses,
    score,
    split_of,
)

GEO_SCORE = Path(__file__).resolve().parents[3] / "shared" / "tools" / "geo_score.py"

TEXT_A = "Shelling hit Kherson and Kyiv. Later, officials in Odesa said nothing."
TEXT_B = "The American envoy flew to Paris and then to Lyon, France."


def toponym(text, name, lat, lon, gid=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return {"start": start, "end": start + len(name), "name": name, "lat": lat, "lon": lon, "geonameid": gid}


@pytest.fixture
def corpus(tmp_path):
    gold = [
        {"id": "a", "text": TEXT_A, "toponyms": [
            toponym(TEXT_A, "Kherson", 46.64, 32.61), toponym(TEXT_A, "Kyiv", 50.45, 30.52, 703448),
            toponym(TEXT_A, "Odesa", 46.48, 30.73)]},
        {"id": "b", "text": TEXT_B, "toponyms": [
            toponym(TEXT_B, "American", 39.76, -98.5), toponym(TEXT_B, "Paris", 48.85, 2.35),
            toponym(TEXT_B, "Lyon", 45.75, 4.85), toponym(TEXT_B, "France", 46.0, 2.0)]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in gold), encoding="utf-8")
    return path, gold


def test_parse_corpus_writes_one_line_per_document_in_the_gold_form(corpus, geoparser):
    path, gold = corpus
    out = io.StringIO()
    assert parse_corpus(path, out) == 2
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [d["id"] for d in lines] == ["a", "b"]
    for d, g in zip(lines, gold, strict=True):
        for t in d["toponyms"]:
            assert set(t) == {"start", "end", "name", "lat", "lon", "geonameid"}
            assert g["text"][t["start"]:t["end"]] == t["name"]


def test_evaluate_corpus_scores_a_corpus_it_gets_right(corpus, geoparser):
    path, _ = corpus
    res = evaluate_corpus(path)
    # everything but the demonym "American", which warlog does not call a place
    assert res["ner_overlap"]["tp"] == 6 and res["gold_toponyms"] == 7
    assert res["geo_overlap"]["acc@161km"] == 1.0
    assert res["end_to_end"]["acc@161km"] == pytest.approx(6 / 7)
    assert "lgl" not in format_table([res]) and "gold.jsonl" in format_table([res])


def test_analyst_view_leaves_demonyms_out_of_the_gold(corpus, geoparser):
    path, _ = corpus
    assert analyst_dont_care({"name": "American", "lat": 1, "lon": 1}) == "demonym"
    assert analyst_dont_care({"name": "Main Street", "lat": 1, "lon": 1}) == "street"
    res = evaluate_corpus(path, dont_care=True)
    assert res["gold_toponyms"] == 6 and res["ner_overlap"]["recall"] == 1.0


@pytest.mark.skipif(not GEO_SCORE.exists(), reason="shared/tools/geo_score.py is not beside the repo")
def test_scores_agree_with_the_reference_scorer(corpus):
    spec = importlib.util.spec_from_file_location("geo_score", GEO_SCORE)
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    _, gold = corpus
    gold_docs = {d["id"]: d for d in gold}
    # predictions with a miss, a partial overlap, a false positive, a wrong point and no point
    pred = {
        "a": {"toponyms": [toponym(TEXT_A, "Kherson", 46.6, 32.6), {"start": 25, "end": 28, "name": "Kyi",
                                                                    "lat": 40.0, "lon": 30.0, "geonameid": 1},
                           toponym(TEXT_A, "officials", 10.0, 10.0)]},
        "b": {"toponyms": [toponym(TEXT_B, "Paris", 33.66, -95.55), toponym(TEXT_B, "France", None, None)]},
    }
    mine = score(gold_docs, ["a", "b"], pred)
    theirs = ref.score(gold_docs, ["a", "b"], pred)
    for part in ("ner_exact", "ner_overlap"):
        for k in ("tp", "precision", "recall", "f1"):
            assert mine[part][k] == pytest.approx(theirs[part][k]), (part, k)
    for part in ("geo_exact", "geo_overlap"):
        for k in ("n", "unresolved", "acc@161km", "median_km", "auc"):
            assert mine[part][k] == pytest.approx(theirs[part][k]), (part, k)
    assert mine["end_to_end"]["acc@161km"] == pytest.approx(theirs["end_to_end"]["acc@161km"])


def test_split_is_deterministic_and_roughly_half():
    ids = [f"doc-{i}" for i in range(1000)]
    dev = [i for i in ids if split_of(i) == "dev"]
    assert dev == [i for i in ids if split_of(i) == "dev"]
    assert 400 < len(dev) < 600


def test_resolution_misses_tell_a_point_convention_from_a_namesake(gazetteer):
    gold = {"d": {"toponyms": [
        {"start": 0, "end": 6, "name": "Russia", "lat": 60.0, "lon": 90.0},  # Wikipedia's point
        {"start": 11, "end": 16, "name": "Paris", "lat": 33.66, "lon": -95.56, "geonameid": 4717560},
    ]}}
    pred = {"d": {"toponyms": [
        {"start": 0, "end": 6, "name": "Russia", "lat": 60.0, "lon": 100.0, "geonameid": 2017370},
        {"start": 11, "end": 16, "name": "Paris", "lat": 48.85, "lon": 2.35, "geonameid": 2988507},
    ]}}
    misses = resolution_misses(gold, pred, gazetteer.places([2017370, 2988507]))
    assert misses == {"same entity, other point": 1, "other place": 1, "region phrase": 0}
