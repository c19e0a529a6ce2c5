"""The `komisja` command: a thin layer over the corpus, index and bot packages."""

from __future__ import annotations

import functools
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from komisja.config import ConfigError, load_config


def _store(db: Path | None, config: Path | None):
    from corpus.store import Store

    try:
        path = db or load_config(config).db
        return Store(path)
    except ConfigError as error:
        raise click.ClickException(str(error)) from error
    except sqlite3.DatabaseError as error:
        raise click.ClickException(f"cannot open the store {db or ''}: {error}") from error


def store_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--db and --config, on every command that reads or writes the record."""

    @click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="SQLite file (default: config.toml)")
    @click.option("--config", "config", type=click.Path(dir_okay=False, path_type=Path), help="config.toml to use")
    @functools.wraps(command)
    def wrapper(*args: Any, db: Path | None, config: Path | None, **kwargs: Any) -> Any:
        store = _store(db, config)
        try:
            return command(*args, store=store, config=config, **kwargs)
        finally:
            store.close()

    return wrapper


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group()
@click.version_option(package_name="komisja")
def cli() -> None:
    """Answers questions about council committee work by quoting the official record."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_options
def ingest(paths: tuple[Path, ...], store, config) -> None:
    """Read protocol and transcript files (PDF, DOCX, TXT, MD) or folders of them into the store."""
    from corpus.ingest import find_files, ingest_file

    files, results = find_files(paths)
    for problem in results:
        click.echo(f"✗ {problem.path}: {problem.reason}", err=True)
    with click.progressbar(
        files, label="Ingesting", file=sys.stderr, item_show_func=lambda p: p.name if p else ""
    ) as bar:
        for path in bar:
            result = ingest_file(store, path)
            results.append(result)
            if result.failed:
                click.echo(f"\n✗ {result.path}: {result.reason}", err=True)
    counts: dict[str, int] = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    passages = sum(r.passages for r in results)
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "no files"
    click.echo(f"{len(results)} file(s): {summary}; {passages} passage(s) written.")
    if counts.get("failed"):
        sys.exit(1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@store_options
def meetings(as_json: bool, store, config) -> None:
    """List the meetings in the store."""
    rows = store.meetings()
    if as_json:
        _print_json(
            [
                {
                    key: row[key]
                    for key in (
                        "number",
                        "date",
                        "committee",
                        "body",
                        "chair",
                        "absent",
                        "agenda",
                        "minute_taker",
                        "source",
                    )
                }
                for row in rows
            ]
        )
        return
    if not rows:
        click.echo("The store is empty: add files with `komisja ingest PATH`.")
    for row in rows:
        click.echo(f"{row['number'] or '?':>14}  {row['date'] or '?':10}  {row['committee'] or row['body'] or ''}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--meeting", "meeting_number", help="Only the passages of this meeting number, e.g. 4/VIII/2019.")
@store_options
def passages(as_json: bool, meeting_number: str | None, store, config) -> None:
    """List passages with their agenda item, page and speaker spans."""
    rows = store.passages(meeting_number=meeting_number)
    if as_json:
        keys = ("id", "meeting", "date", "committee", "agenda_item", "page", "text", "spans")
        _print_json([{key: row[key] for key in keys} for row in rows])
        return
    for row in rows:
        speakers = sorted({s["speaker"] for s in row["spans"] if s["speaker"]})
        click.echo(f"[{row['id']}] {row['meeting']} {row['date']} p.{row['page'] or '-'} {', '.join(speakers)}")
        click.echo(f"    {row['text'][:200]}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--name", help="Only people whose name or a recorded form of it contains this.")
@store_options
def people(as_json: bool, name: str | None, store, config) -> None:
    """List the people of the record: roles, meetings and how many statements are theirs."""
    rows = store.people(name)
    if as_json:
        _print_json([{key: row[key] for key in ("name", "roles", "meetings", "statements")} for row in rows])
        return
    for row in rows:
        click.echo(f"{row['name']:32} {', '.join(row['roles'])[:50]:50} {row['statements']:5} statement(s)")


@cli.command()
@store_options
def chat(store, config) -> None:
    """Ask questions in the terminal (or piped on stdin), answered from the record."""
    from bot.console import run
    from corpus.ingest import find_files, ingest_file

    if not store.counts()["meetings"]:
        sample = load_config(config).sample
        files, _ = find_files([sample])
        if not files:
            raise click.ClickException(f"the store is empty and there is no sample at {sample}")
        with click.progressbar(files, label="Building the sample record", file=sys.stderr) as bar:
            for path in bar:
                result = ingest_file(store, path)
                if result.failed:
                    click.echo(f"\n✗ {result.path}: {result.reason}", err=True)
    run(store)


def main() -> None:
    cli()
