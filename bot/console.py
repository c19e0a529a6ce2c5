"""Console chat: questions from stdin, a line each (typed or piped), answers on stdout."""

from __future__ import annotations

import sys
from typing import TextIO

from bot.answer import render_text
from index.search import Searcher

MAX_QUESTION_CHARS = 1000


def reply(searcher: Searcher, question: str) -> str:
    question = question.strip()
    if not question:
        return ""
    if len(question) > MAX_QUESTION_CHARS:
        return f"That question is too long ({len(question)} characters); please keep it under {MAX_QUESTION_CHARS}."
    return render_text(searcher.ask(question, top=1))


def run(searcher: Searcher, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    interactive = stdin.isatty()
    if interactive:
        stdout.write("Ask about the committee record (Ctrl-D to quit).\n")
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
