"""The `komisja` command: a thin layer over the corpus, index and bot packages."""

from __future__ import annotations

import functools
import json
import re
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


def _require_records(store) -> None:
    """Questions over an empty store (a mistyped --db is a new, empty file) are an error, not
    "nothing in the record"."""
    if not store.db.execute("select exists(select 1 from passages)").fetchone()[0]:
        raise click.ClickException(f"the store {store.path} is empty: add files with `komisja ingest PATH`")


def _searcher(store, config: Path | None, switch_embedder: bool = False):
    """The configured embedder over this store, its index brought up to date (with progress)."""
    from index.embedders import EmbedderError, get_embedder
    from index.search import Searcher
    from index.vectors import IndexMismatch

    try:
        searcher = Searcher(store, get_embedder(load_config(config).embedder))
        shown: dict[str, Any] = {}  # what is being embedded → its bar (one at a time)

        def progress(what: str, done: int, total: int) -> None:
            if what not in shown:
                for earlier in shown.values():
                    earlier.__exit__(None, None, None)
                shown.clear()
                shown[what] = click.progressbar(length=total, label=f"Embedding new {what}", file=sys.stderr)
                shown[what].__enter__()
            shown[what].update(done - shown[what].pos)

        searcher.prepare(progress, switch_embedder=switch_embedder)
        for bar in shown.values():
            bar.__exit__(None, None, None)
        return searcher
    except (EmbedderError, IndexMismatch, ConfigError) as error:
        raise click.ClickException(str(error)) from error


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group()
@click.version_option(package_name="komisja")
def cli() -> None:
    """Answers questions about council committee work by quoting the official record."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--index/--no-index", default=True, help="Embed new passages for search afterwards (default: yes).")
@store_options
def ingest(paths: tuple[Path, ...], index: bool, store, config) -> None:
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
    if index:
        report = _searcher(store, config).vectors.last_report
        if report:
            click.echo(f"Index: {report.embedded} chunk(s) embedded, {report.reused} unchanged.")
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


@cli.command("index")
@store_options
def build_index(store, config) -> None:
    """Embed what is not embedded yet, or everything anew for a newly configured embedder."""
    searcher = _searcher(store, config, switch_embedder=True)
    report = searcher.vectors.last_report
    chunks = searcher.vectors.index.ntotal if searcher.vectors.index is not None else 0
    embedded = report.embedded if report else 0
    click.echo(f"{chunks} chunk(s) indexed with {searcher.embedder.name}; {embedded} embedded now.")


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--top", default=3, show_default=True, type=click.IntRange(1, 50), help="How many answers.")
@click.option("--speaker", help="Only what this person said (any case form: 'Herun', 'Viktoriyi Herun').")
@click.option("--committee", help="Only meetings of committees (or bodies) whose name contains this.")
@click.option("--meeting", "meeting_number", help="Only this meeting number, e.g. 4/VIII/2019.")
@click.option("--since", help="Only meetings on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only meetings on or before this date (YYYY-MM-DD).")
@store_options
def ask(
    question: str, as_json: bool, top: int, speaker, committee, meeting_number, since, until, store, config
) -> None:
    """Answer a question by quoting the record."""
    from bot.answer import render_text
    from bot.compose import MAX_QUESTION_CHARS
    from index.search import Filters, Result

    if not question.strip():
        raise click.UsageError("the question is empty")
    if len(question) > MAX_QUESTION_CHARS:
        raise click.UsageError(f"the question is too long ({len(question)} characters, limit {MAX_QUESTION_CHARS})")
    for value in (since, until):
        if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise click.UsageError(f"not a date: {value!r} (use YYYY-MM-DD)")
    _require_records(store)
    searcher = _searcher(store, config)
    speakers: list[str] = []
    if speaker:
        speakers = searcher.resolve_speaker(speaker)
    filters = Filters(speakers, committee, meeting_number, since, until)
    if speaker and not speakers:
        result = Result(question, "", True, [])
    else:
        result = searcher.ask(question, top=top, filters=filters)
    if as_json:
        _print_json(result.to_json())
    else:
        click.echo(render_text(result))


@cli.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output, with per-question details.")
@store_options
def evaluate_command(file: Path, as_json: bool, store, config) -> None:
    """Measure retrieval on a question file (JSON lines: lang, question, gold_any, negative, speaker)."""
    from index.evaluate import evaluate, load_questions

    try:
        questions = load_questions(file)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    _require_records(store)
    report = evaluate(_searcher(store, config), questions)
    if as_json:
        _print_json(report)
        return
    header = f"{'':8} {'n':>4} {'R@1':>6} {'R@3':>6} {'MRR':>6} {'speaker':>8} {'rejected':>9}"
    click.echo(header)
    for name, row in [("overall", report["overall"]), *report["languages"].items()]:
        cells = [
            f"{row[k]:.3f}" if row[k] is not None else "-"
            for k in ("recall@1", "recall@3", "mrr", "speaker", "rejected")
        ]
        click.echo(
            f"{name:8} {row['questions']:>4} {cells[0]:>6} {cells[1]:>6} {cells[2]:>6} {cells[3]:>8} {cells[4]:>9}"
        )


@cli.command()
@click.option("--base-url", help="Bot API server (default: [telegram] base_url in config, else Telegram's).")
@click.option("--webhook-url", help="Public HTTPS URL for webhook mode; without it the bot long-polls.")
@click.option("--listen", default="0.0.0.0", show_default=True, help="Webhook mode: address to listen on.")
@click.option("--port", default=8443, show_default=True, type=int, help="Webhook mode: port to listen on.")
@click.option("--secret", envvar="TELEGRAM_WEBHOOK_SECRET", help="Webhook mode: secret token Telegram must send.")
@store_options
def serve(base_url, webhook_url, listen, port, secret, store, config) -> None:
    """Run the Telegram bot (token from TELEGRAM_BOT_TOKEN)."""
    import logging
    import os
    from urllib.parse import urlparse

    from bot.telegram_bot import BotSettings, KomisjaBot

    token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise click.ClickException("set TELEGRAM_BOT_TOKEN to the bot's token (from @BotFather)")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL, and Bot API URLs carry the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    settings = load_config(config)
    telegram = settings.telegram
    bot = KomisjaBot(
        _searcher(store, config),
        BotSettings(set(telegram.admins), telegram.questions_per_minute, telegram.max_upload_mb, telegram.uploads),
    )
    application = bot.application(token, base_url=base_url or telegram.base_url)
    if webhook_url:
        if not secret:
            raise click.ClickException("webhook mode needs --secret (or TELEGRAM_WEBHOOK_SECRET)")
        path = urlparse(webhook_url).path.lstrip("/") or "telegram"
        application.run_webhook(listen=listen, port=port, url_path=path, webhook_url=webhook_url, secret_token=secret)
    else:
        application.run_polling(allowed_updates=["message", "edited_message", "callback_query", "inline_query"])


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
    run(_searcher(store, config))


def main() -> None:
    cli()
