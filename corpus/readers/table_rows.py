"""A table row of a protocol as one line of text: a discussion recorded as a table of who
spoke and what they said ("1. | Radna Joanna Pawlik | Zapytała, ile …") keeps each speaker
with their words, as "1. Radna Joanna Pawlik – Zapytała, ile …" (the dash protocols write
after a speaker). Shared by the .docx and PDF readers."""

from __future__ import annotations

import re

# A cell holding only a row's number ("1.", "Lp.") leads the next cell's words; other cells
# are set apart by a dash, as protocols write "Radny Jan Lis – zapytał …".
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}[.)]?|lp\.?|[a-z]\))$", re.I)
# A cell of this many words says something, whatever its last character.
_SENTENCE_WORDS = 6


def one_record(cells: list[str]) -> bool:
    """Whether a row's (non-empty) cells make one record: numbered ("1. | Informacja o …"), or
    with words said or done after who said them ("Radna Joanna Pawlik | Zapytała, ile …"). A
    row of signatures ("Protokołowała: Ewa Mróz | Przewodniczący Komisji Jerzy Kaczmarek") or
    column headings is no record: its cells are lines of their own."""
    return len(cells) > 1 and (
        bool(_ROW_NUMBER.match(cells[0]))
        or any(cell.rstrip().endswith((".", "!", "?")) or len(cell.split()) >= _SENTENCE_WORDS for cell in cells[1:])
    )


def joined_cells(cells: list[str]) -> str:
    """The row's cells as one line."""
    joined = cells[0]
    for before, cell in zip(cells, cells[1:]):
        joined += (" " if _ROW_NUMBER.match(before) else " – ") + cell
    return joined
