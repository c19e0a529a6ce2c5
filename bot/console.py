"""Console chat: questions from stdin, a line each (typed or piped), answers on stdout."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from bot.answer import render_text
from bot.compose import MAX_QUESTION_CHARS
from bot.i18n import pick_language, t
from bot.meeting_lines import meeting_lines, meetings_lines
from index.search import Searcher


def _terminal_language() -> str | None:
    """The user's language as the terminal's locale says ("pl_PL.UTF-8" → "pl")."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(variable):
            return value.split("_")[0].split(".")[0]
    return None


# Lines that end the chat, as a user types them; Ctrl-D (end of input) does too.
QUIT = {"/quit", "/exit", "quit", "exit"}


def reply(searcher: Searcher, question: str) -> str:
    question = question.strip()
    if not question:
        return ""
    language = pick_language(question, _terminal_language())
    if len(question) > MAX_QUESTION_CHARS:
        return t("too_long", language, length=len(question), limit=MAX_QUESTION_CHARS)
    if question.startswith("/"):
        # The no-answer reply points to /meetings: a command, never a question to search for.
        return _command(searcher, question, pick_language("", _terminal_language()))
    return render_text(searcher.ask(question, top=1), language)


def _command(searcher: Searcher, line: str, language: str) -> str:
    command, _, argument = line.partition(" ")
    argument = argument.strip()
    if command == "/meetings":
        rows = searcher.store.meetings()
        return "\n".join(meetings_lines(rows, language)) if rows else t("meetings_empty", language)
    if command == "/meeting":
        if not argument:
            return t("meeting_usage", language)
        rows = [row for row in searcher.store.meetings() if row["number"] == argument]
        if not rows:
            return t("meeting_unknown", language, number=argument[:80])
        return "\n\n".join("\n".join(meeting_lines(row, language)) for row in rows)
    return t("console_commands", language)


def run(searcher: Searcher, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    interactive = stdin.isatty()
    if interactive:
        stdout.write("komisja — /quit or Ctrl-D to quit, /meetings for the list of meetings.\n")
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = stdin.readline()
        if not line or line.strip().lower() in QUIT:
            break
        text = reply(searcher, line)
        if text:
            stdout.write(text + "\n\n")
            stdout.flush()
