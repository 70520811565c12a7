"""The command line: formats, batch error handling, exit codes, idempotent ingest, the schema file."""

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warlog.cli import app, schema_text
from warlog.export import ACLED_COLUMNS
from warlog.model import Event
from warlog.store import Store

REPO = Path(__file__).resolve().parents[2]
REPORT = (
    "Missile strike on Kharkiv school kills three, governor says\n"
    "A Russian missile struck a school in the city of Kharkiv on Monday, killing three people and "
    "injuring at least eight, the regional governor said. Russia's defence ministry denied targeting "
    "civilians and said it had hit a Ukrainian army command post in the city.\n"
)
QUIET = (
    "Markets calm as spring weather returns\n"
    "Shoppers filled the central market on a mild and sunny morning, and traders said prices for "
    "vegetables had fallen slightly since the start of the month. The city council said it would "
    "plant new trees along the river embankment later in the year.\n"
)
FRENCH = (
    "Une frappe de missile russe a touché une école à Kharkiv lundi, tuant trois personnes et en "
    "blessant huit autres, selon le gouverneur régional. Le ministère russe de la Défense a nié avoir "
    "visé des civils et a affirmé avoir frappé un poste de commandement de l'armée ukrainienne."
)

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def report(tmp_path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(REPORT)
    return path


@pytest.fixture
def mixed_folder(tmp_path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (folder / "cyrillic.txt").write_bytes("Ракета попала в школу в Харькове в понедельник.".encode("cp1251"))
    (folder / "broken.html").write_text("<html><body><div><p></span></div>")
    (folder / "french.txt").write_text(FRENCH)
    return folder


def test_extract_jsonl_prints_one_event_per_line(report):
    result = run("extract", report, "--published", "2024-03-05", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    events = [Event.model_validate_json(line) for line in result.stdout.splitlines()]
    assert events and all(e.document.startswith("doc_") for e in events)


def test_extract_csv_prints_acled_columns(report):
    result = run("extract", report, "--published", "2024-03-05", "--source", "Meridian Wire", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert {row["source"] for row in rows} == {"Meridian Wire"}


def test_extract_geojson_prints_a_feature_collection(report):
    result = run("extract", report, "--published", "2024-03-05", "--format", "geojson")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["type"] == "FeatureCollection"


def test_extract_table_is_the_default(report):
    result = runner.invoke(app, ["extract", str(report), "--published", "2024-03-05"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert "initiator → target" in result.stdout and "Kharkiv" in result.stdout


def test_a_missing_publication_date_is_a_warning_on_stderr_only(report):
    result = run("extract", report, "--format", "jsonl")
    assert result.exit_code == 0
    assert f"warlog: {report}: warning: no publication date" in result.stderr


def test_a_report_with_no_events_is_a_note_not_a_failure(tmp_path):
    path = tmp_path / "quiet.txt"
    path.write_text(QUIET)
    result = run("extract", path, "--published", "2024-03-05", "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert f"warlog: {path}: no events found" in result.stderr


def test_bad_files_are_named_on_stderr_and_the_good_one_is_still_stored(mixed_folder, tmp_path):
    db = tmp_path / "warlog.db"
    result = run("ingest", mixed_folder, "--db", db, "--published", "2024-03-05")
    assert result.exit_code == 1
    for name in ("empty.txt", "binary.txt", "cyrillic.txt", "broken.html", "french.txt"):
        assert f"warlog: {mixed_folder / name}: " in result.stderr, name
    assert "Traceback" not in result.stderr
    with Store(db) as store:
        assert [Path(d.path).name for d in store.documents()] == ["good.txt"]


def test_each_error_message_is_one_line(mixed_folder, tmp_path):
    result = run("ingest", mixed_folder, "--db", tmp_path / "warlog.db", "--published", "2024-03-05")
    errors = [line for line in result.stderr.splitlines() if str(mixed_folder) in line]
    assert len(errors) == 5


def test_ingesting_again_changes_nothing(report, tmp_path):
    db = tmp_path / "warlog.db"
    first = run("ingest", report, "--db", db, "--published", "2024-03-05")
    with Store(db) as store:
        before = store.counts()
    second = run("ingest", report, "--db", db, "--published", "2024-03-05")
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert "1 already stored" in second.stderr
    with Store(db) as store:
        assert store.counts() == before and before["documents"] == 1


def test_events_prints_what_ingest_stored(report, tmp_path):
    db = tmp_path / "warlog.db"
    run("ingest", report, "--db", db, "--published", "2024-03-05")
    result = run("events", "--db", db, "--format", "jsonl")
    assert result.exit_code == 0
    with Store(db) as store:
        assert [Event.model_validate_json(line) for line in result.stdout.splitlines()] == store.events()


def test_events_on_a_missing_database_is_a_one_line_error(tmp_path):
    result = run("events", "--db", tmp_path / "none.db")
    assert result.exit_code == 1
    assert result.stderr.startswith("warlog: ") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("args", [["extract"], ["extract", "x.txt", "--format", "pdf"], ["no-such-command"]])
def test_usage_errors_exit_with_2(args):
    assert run(*args).exit_code == 2


def test_schema_prints_the_event_json_schema():
    result = run("schema")
    assert json.loads(result.stdout)["title"] == "Event"


def test_the_schema_file_in_the_repo_is_current():
    assert (REPO / "schema" / "event.schema.json").read_text() == schema_text(), (
        "regenerate it: warlog schema > schema/event.schema.json")


def test_eval_set_prints_the_reliability_table_on_request(tmp_path):
    import shutil

    gold = Path(__file__).resolve().parents[1] / "data" / "gold"
    for suffix in (".json", ".txt"):
        shutil.copy(gold / f"lgl-42573065{suffix}", tmp_path)
    result = run("eval-set", tmp_path, "--reliability")
    assert result.exit_code == 0, result.output
    assert "event F1" in result.output
    assert "0.80-1.00" in result.output and "expected calibration error" in result.output
