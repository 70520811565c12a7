"""`warlog ingest --engine dask`: the same ingest through the Dask engine, from the command line."""

from typer.testing import CliRunner

from tests.conftest import REPO
from warlog.cli import app


def test_ingest_on_dask_stores_the_samples_once(tmp_path):
    db = tmp_path / "w.db"
    args = ["ingest", str(REPO / "samples"), "--db", str(db), "--engine", "dask", "--workers", "1"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0
    assert "0 document(s)" in again.output and "2 already stored" in again.output


def test_unknown_engine_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["ingest", str(REPO / "samples"), "--db", str(tmp_path / "w.db"),
                                      "--engine", "spark"])
    assert result.exit_code == 2
