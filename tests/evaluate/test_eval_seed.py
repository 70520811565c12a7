"""The seed gold scored against itself, and the seed paraphrase fixture that reuses the seed gold."""

import json
import re
from pathlib import Path

from warlog.evaluate.events import evaluate_gold_set, evaluate_predictions, gold_as_predictions, load_gold

REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "examples" / "seed"
PARAPHRASE = REPO / "tests" / "data" / "seed_paraphrase"


def test_seed_gold_scored_against_itself_is_perfect():
    gold = load_gold(SEED / "gold.json")
    report = evaluate_predictions(gold, gold_as_predictions(gold))
    assert (report.recall, report.precision) == (1.0, 1.0)
    assert all(rate in (1.0, None) for rate in report.scores.values())


def test_seed_gold_pairs_each_event_with_itself():
    gold = load_gold(SEED / "gold.json")
    matches = evaluate_predictions(gold, gold_as_predictions(gold)).files[0].matches
    assert [m.gold.id for m in matches] == [m.pred.id for m in matches] == [e["id"] for e in gold.events]


def test_paraphrase_keeps_the_seed_gold_events_unchanged():
    seed = json.loads((SEED / "gold.json").read_text())
    paraphrase = json.loads((PARAPHRASE / "gold.json").read_text())
    assert paraphrase["events"] == seed["events"]
    assert paraphrase["not_events"] == seed["not_events"]
    assert paraphrase["document"]["published"] == seed["document"]["published"]


def test_paraphrase_gold_points_at_its_own_article():
    gold = load_gold(PARAPHRASE / "gold.json")
    assert gold.to_document().text == (PARAPHRASE / "article.txt").read_text()
    assert gold.name != load_gold(SEED / "gold.json").name


def test_paraphrase_names_every_city_of_the_gold():
    text = (PARAPHRASE / "article.txt").read_text()
    gold = load_gold(PARAPHRASE / "gold.json")
    cities = {e["location"]["name"] for e in gold.events if (e.get("location") or {}).get("precision") == "city"}
    assert cities and all(name in text for name in cities)


def test_paraphrase_rewords_the_seed_outside_quotations():
    seed = (SEED / "article.txt").read_text()
    paraphrase = (PARAPHRASE / "article.txt").read_text()
    # sentences of six or more words, the quoted speech (kept word for word, as quotes are) left out
    sentences = [s for s in re.split(r"(?<=[.!?’])\s+|\n", seed) if len(s.split()) >= 6 and "‘" not in s]
    kept = [s for s in sentences if s in paraphrase]
    assert len(kept) <= len(sentences) // 10, kept


def test_gold_set_runs_predict_on_a_single_gold_file():
    gold = load_gold(PARAPHRASE / "gold.json")
    report = evaluate_gold_set(PARAPHRASE / "gold.json", predict=lambda doc: gold_as_predictions(gold))
    assert report.files[0].name == "seed-taganrog-2023-07-29-paraphrase"
    assert report.f1 == 1.0
