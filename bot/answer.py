"""One answer text for the terminal: where the words stand in the record, who said them, the quote."""

from __future__ import annotations

import textwrap

from index.search import Answer, Result

# Below this, the speaker is shown as uncertain: a wrong name is worse than none.
SURE_SPEAKER = 0.7


def speaker_line(answer: Answer) -> str:
    if not answer.speaker:
        return "speaker uncertain"
    who = f"{answer.speaker} ({answer.role})" if answer.role else answer.speaker
    if (answer.speaker_confidence or 0) < SURE_SPEAKER:
        return f"{who}, speaker uncertain"
    return who


def header(answer: Answer) -> str:
    parts = (
        answer.committee,
        f"nr {answer.meeting}" if answer.meeting else None,
        answer.date,
        f"pkt {answer.agenda_item}" if answer.agenda_item else None,
        f"s. {answer.page}" if answer.page else None,
    )
    return " · ".join(part for part in parts if part)


def render_text(result: Result) -> str:
    if result.no_answer:
        return "Nothing in the record about that. Try other words, or list the meetings with `komisja meetings`."
    blocks = []
    for answer in result.answers:
        quote = textwrap.fill(answer.quote, width=88, initial_indent="  > ", subsequent_indent="  > ")
        blocks.append(f"{header(answer)}\n  {speaker_line(answer)}:\n{quote}")
    return "\n\n".join(blocks)
