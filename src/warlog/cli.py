"""warlog's command line: a thin skin over the library (ingest, pipeline, store, export, evaluate, geo).

Every user error is one line on stderr, `warlog: PATH: reason`; a batch goes on past it and the
exit code is 1 when anything failed (2 for usage errors, as click does). Output goes to stdout.
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from warlog.ingest import InputError, document_warnings, expand_paths, extract_safely, read_documents
from warlog.model import Document, Event

app = typer.Typer(
    add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    help="War reporting in, a sourced, geolocated event log out.",
)

# Show a progress bar on `ingest` from this many input files on.
PROGRESS_MIN_FILES = 10


class Format(enum.StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


class Ranker(enum.StrEnum):
    learned = "learned"
    hand = "hand"
    population = "population"


class Reporter:
    """One-line messages on stderr, and whether anything failed."""

    def __init__(self) -> None:
        self.failures = 0
        # through rich, so that messages print above a live progress bar instead of through it
        self.console = Console(stderr=True, highlight=False, soft_wrap=True)

    def note(self, where: str, message: str) -> None:
        self.console.print(f"warlog: {where}: {message}", markup=False)

    def fail(self, where: str, message: str) -> None:
        self.failures += 1
        self.note(where, message)

    def input_error(self, error: InputError) -> None:
        self.fail(error.path, error.reason)

    def extraction_error(self, document: Document, exc: Exception) -> None:
        self.fail(_where(document), f"extraction failed ({type(exc).__name__}: {exc})")

    def exit(self) -> None:
        if self.failures:
            raise typer.Exit(1)


def _where(document: Document) -> str:
    return document.path or document.id


def _good_documents(items: Iterable[Document | InputError], reporter: Reporter) -> Iterator[Document]:
    for item in items:
        if isinstance(item, InputError):
            reporter.input_error(item)
            continue
        for warning in document_warnings(item):
            reporter.note(_where(item), f"warning: {warning}")
        yield item


def _write(events: list[Event], fmt: Format, documents: Iterable[Document] = ()) -> None:
    from warlog import export

    if fmt is Format.jsonl:
        export.to_jsonl(events, sys.stdout)
    elif fmt is Format.csv:
        export.to_acled_csv(events, sys.stdout, documents=list(documents))
    elif fmt is Format.geojson:
        sys.stdout.write(json.dumps(export.to_geojson(events), ensure_ascii=False, indent=1) + "\n")
    elif events:
        export.print_table(events, table_console())


def table_console() -> Console:
    """A terminal's own width; piped or captured output gets room for every column."""
    return Console() if sys.stdout.isatty() else Console(width=200)


PublishedOption = Annotated[
    str | None, typer.Option("--published", help="publication date (ISO 8601) for inputs that do not say")]
SourceOption = Annotated[str | None, typer.Option("--source", help="outlet name for inputs that do not say")]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="output format")]


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help=".txt, .html or .jsonl files, or folders")],
    published: PublishedOption = None,
    source: SourceOption = None,
    title: Annotated[str | None, typer.Option("--title", help="headline, when the file has none")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Extract events from reports and print them (nothing is stored)."""
    reporter = Reporter()
    documents = _good_documents(read_documents(files, published=published, source=source, title=title),
                                reporter)
    all_events: list[Event] = []
    seen: list[Document] = []
    for document, events in extract_safely(documents, reporter.extraction_error):
        if not events:
            reporter.note(_where(document), "no events found")
        if fmt is Format.jsonl:  # stream the canonical format
            _write(events, fmt)
        else:
            all_events.extend(events)
            seen.append(document)
    if fmt is not Format.jsonl:
        _write(all_events, fmt, seen)
    reporter.exit()


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help=".txt, .html or .jsonl files, or folders")],
    db: Annotated[str, typer.Option("--db", help="SQLite file or database URL")] = "warlog.db",
    published: PublishedOption = None,
    source: SourceOption = None,
    engine: Annotated[str, typer.Option("--engine", help="local (this process) or dask (a cluster)")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="with --engine dask: tcp://host:8786 of a running scheduler; default a local cluster")] = None,
    workers: Annotated[int | None, typer.Option("--workers", help="with --engine dask: local worker processes")] = None,
) -> None:
    """Extract events from reports and store documents and events in the database."""
    from warlog.store import Store

    if engine == "dask":
        _ingest_on_dask(paths, db, published, source, scheduler, workers)
        return
    if engine != "local":
        raise typer.BadParameter(f"unknown engine {engine!r}: local or dask", param_hint="--engine")
    reporter = Reporter()
    files = expand_paths(paths)
    stored = skipped = n_events = 0
    progress = Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=reporter.console, transient=True,
        disable=len(files) < PROGRESS_MIN_FILES or not reporter.console.is_terminal,
    )
    # One step per document (or refused input); a JSONL file holds an unknown number of documents.
    total = None if any(f.suffix.lower() == ".jsonl" for f in files) else len(files)
    with Store(db) as store, progress:
        task = progress.add_task("ingest", total=total)

        def fresh(items: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
            nonlocal skipped
            for item in items:
                if isinstance(item, InputError):
                    progress.advance(task)
                elif store.has(item):  # re-ingesting changes nothing: skip before extracting
                    skipped += 1
                    progress.advance(task)
                    continue
                yield item

        def failed(document: Document, exc: Exception) -> None:
            progress.advance(task)
            reporter.extraction_error(document, exc)

        documents = _good_documents(fresh(read_documents(files, published=published, source=source)), reporter)
        for document, events in extract_safely(documents, failed):
            progress.advance(task)
            if not events:
                reporter.note(_where(document), "no events found")
            try:
                saved = store.save(document, events)
            except Exception as exc:  # e.g. a database error: this document is rolled back, the rest go on
                reporter.fail(_where(document), f"not stored ({type(exc).__name__}: {exc})")
                continue
            stored += saved
            skipped += not saved
            n_events += len(events) if saved else 0
    reporter.console.print(f"warlog: stored {stored} document(s) with {n_events} event(s); {skipped} already "
                           f"stored; {reporter.failures} failed", markup=False)
    reporter.exit()


def _ingest_on_dask(paths, db, published, source, scheduler, workers) -> None:
    """The same ingest, spread over a Dask cluster (docs/distributed.md)."""
    try:
        from warlog.distributed import extract_corpus
    except ImportError as exc:
        typer.echo(f"warlog: {exc}", err=True)
        raise typer.Exit(2) from exc
    summary = extract_corpus([str(p) for p in paths], db, scheduler=scheduler, workers=workers,
                             published=published, source=source)
    for failure in summary.errors:
        typer.echo(f"warlog: {failure.path}: {failure.reason}", err=True)
    typer.echo(f"warlog: stored {summary.stored} document(s) with {summary.events_stored} event(s); "
               f"{summary.skipped} already stored; {len(summary.errors)} failed", err=True)
    if summary.errors:
        raise typer.Exit(1)


@app.command()
def events(
    db: Annotated[str, typer.Option("--db", help="SQLite file or database URL")] = "warlog.db",
    fmt: FormatOption = Format.table,
    type_: Annotated[str | None, typer.Option("--type", help="ACLED event type")] = None,
    subtype: Annotated[str | None, typer.Option("--subtype", help="ACLED sub-event type")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166-1 alpha-2 of the place")] = None,
    status: Annotated[str | None, typer.Option("--status", help="single-source, corroborated, ...")] = None,
    since: Annotated[str | None, typer.Option("--since", help="earliest start date (ISO)")] = None,
    until: Annotated[str | None, typer.Option("--until", help="latest start date (ISO)")] = None,
) -> None:
    """Print the events stored in the database."""
    from warlog.store import Store

    if "://" not in db and not Path(db).is_file():
        typer.echo(f"warlog: {db}: no such database (run `warlog ingest` first)", err=True)
        raise typer.Exit(1)
    with Store(db) as store:
        found = store.events(type=type_, subtype=subtype, country=country, status=status, since=since,
                             until=until)
        _write(found, fmt, store.documents() if fmt is Format.csv else ())


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="gold file (SPEC §4)")],
    pred: Annotated[Path, typer.Argument(help="predicted events, JSON Lines")],
) -> None:
    """Score predicted events against a gold file (SPEC §4)."""
    from warlog.evaluate.events import EvaluationInputError, evaluate_files

    try:
        report = evaluate_files(gold, pred)
    except EvaluationInputError as exc:
        typer.echo(f"warlog: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(report.format())


@app.command("eval-set")
def eval_set(
    gold_dir: Annotated[Path, typer.Argument(help="folder of gold files")],
    reliability: Annotated[bool, typer.Option("--reliability", help="also print the confidence reliability table")] = False,
    refit: Annotated[bool, typer.Option("--refit-calibration",
                                        help="print the slope and intercept for data/confidence.toml fitted on this set")] = False,
) -> None:
    """Extract and score every gold file in a folder."""
    from warlog.evaluate.calibration import (
        calibration_pairs,
        format_reliability_table,
        refit_platt,
        reliability_table,
    )
    from warlog.evaluate.events import EvaluationInputError, evaluate_gold_set
    from warlog.extract.lexicon import load_toml_cached

    try:
        report = evaluate_gold_set(gold_dir)
    except EvaluationInputError as exc:
        typer.echo(f"warlog: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(report.format())
    if reliability:
        typer.echo(format_reliability_table(reliability_table(calibration_pairs(report))))
    if refit:
        current = load_toml_cached("confidence.toml")
        slope, intercept = refit_platt(calibration_pairs(report), current["slope"], current["intercept"])
        typer.echo(f"calibration fitted on this set: slope = {slope}  intercept = {intercept}"
                   f"  (now {current['slope']}, {current['intercept']})")


@app.command()
def places(corpus: Annotated[Path, typer.Argument(help="JSON Lines of {id, text}")]) -> None:
    """Geoparse a corpus: one {id, toponyms} line per document on stdout."""
    from warlog.geo.corpus import parse_corpus

    if not corpus.is_file():
        typer.echo(f"warlog: {corpus}: no such file", err=True)
        raise typer.Exit(1)
    parse_corpus(corpus, sys.stdout)


@app.command("eval-places")
def eval_places(
    gold: Annotated[Path, typer.Argument(help="JSON Lines of {id, text, toponyms}")],
    ranker: Annotated[Ranker, typer.Option("--ranker", help="candidate ranker")] = Ranker.learned,
) -> None:
    """Geoparse a gold corpus and print toponym and resolution scores."""
    from warlog.geo.evaluate import evaluate_corpus, format_table

    if not gold.is_file():
        typer.echo(f"warlog: {gold}: no such file", err=True)
        raise typer.Exit(1)
    typer.echo(format_table([evaluate_corpus(gold, ranker=ranker.value)]))


@app.command()
def gazetteer(
    ensure: Annotated[bool, typer.Option("--ensure", help="build it if missing")] = False,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="build it again from the installed data")] = False,
) -> None:
    """Where the GeoNames gazetteer is and what it holds (building it when asked)."""
    from warlog.geo import gazetteer as gz

    if rebuild:
        gz.rebuild()
    elif ensure:
        gz.ensure()
        return
    for key, value in gz.info().items():
        typer.echo(f"{key}: {json.dumps(value) if isinstance(value, dict | list) else value}")


def schema_text() -> str:
    """The Event JSON Schema as written to schema/event.schema.json."""
    from warlog.model import event_json_schema

    return json.dumps(event_json_schema(), indent=2, ensure_ascii=False) + "\n"


@app.command()
def schema() -> None:
    """Print the JSON Schema of an event."""
    sys.stdout.write(schema_text())


if __name__ == "__main__":
    app()
