"""Console chat: questions from stdin, a line each (typed or piped), answers on stdout."""

from __future__ import annotations

import sys
import textwrap
from typing import TextIO

from bot.answer import Answer, answer
from corpus.store import Store

MAX_QUESTION_CHARS = 1000


def render(found: Answer) -> str:
    header = " · ".join(
        part
        for part in (
            found.committee or found.body,
            f"nr {found.meeting}" if found.meeting else None,
            found.date,
            f"pkt {found.agenda_item}" if found.agenda_item else None,
            f"s. {found.page}" if found.page else None,
        )
        if part
    )
    who = f"{found.speaker} ({found.role})" if found.speaker and found.role else found.speaker
    quote = textwrap.fill(found.quote, width=88, initial_indent="  > ", subsequent_indent="  > ")
    return f"{header}\n  {who or 'speaker uncertain'}:\n{quote}"


def reply(store: Store, question: str) -> str:
    question = question.strip()
    if not question:
        return ""
    if len(question) > MAX_QUESTION_CHARS:
        return f"That question is too long ({len(question)} characters); please keep it under {MAX_QUESTION_CHARS}."
    found = answer(store, question, limit=1)
    if not found:
        return "Nothing in the record about that. Try other words, or list the meetings with `komisja meetings`."
    return render(found[0])


def run(store: Store, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
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
        text = reply(store, line)
        if text:
            stdout.write(text + "\n\n")
            stdout.flush()
