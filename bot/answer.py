"""Answers laid out for a terminal."""

from __future__ import annotations

import textwrap

from bot.compose import compose
from bot.i18n import pick_language, t
from index.search import Result


def render_text(result: Result, language: str | None = None) -> str:
    language = language or pick_language(result.question, None)
    if result.no_answer:
        return t("nothing", language)
    blocks = []
    for answer in result.answers:
        composed = compose(answer, language)
        lines = [composed.where]
        if composed.place:
            lines.append(composed.place)
        lines.append(f"  🗣 {composed.speaker}")
        lines.append(textwrap.fill(composed.quote, width=88, initial_indent="  > ", subsequent_indent="  > "))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
