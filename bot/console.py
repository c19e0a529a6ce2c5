"""Console chat: questions from stdin, a line each (typed or piped), answers on stdout."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from bot.answer import render_text
from bot.compose import MAX_QUESTION_CHARS
from bot.i18n import pick_language, t
from index.search import Searcher


def _terminal_language() -> str | None:
    """The user's language as the terminal's locale says ("pl_PL.UTF-8" → "pl")."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(variable):
            return value.split("_")[0].split(".")[0]
    return None


def reply(searcher: Searcher, question: str) -> str:
    question = question.strip()
    if not question:
        return ""
    language = pick_language(question, _terminal_language())
    if len(question) > MAX_QUESTION_CHARS:
        return t("too_long", language, length=len(question), limit=MAX_QUESTION_CHARS)
    return render_text(searcher.ask(question, top=1), language)


def run(searcher: Searcher, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    interactive = stdin.isatty()
    if interactive:
        stdout.write("komisja — Ctrl-D to quit.\n")
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        text = reply(searcher, line)
        if text:
            stdout.write(text + "\n\n")
            stdout.flush()
