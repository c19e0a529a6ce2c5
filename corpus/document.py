"""What every reader produces: the file's paragraphs in reading order, with their pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Paragraph:
    text: str
    page: int | None = None
    # Set where the format says so (PDF font, DOCX runs, markdown **…**): transcripts
    # typeset speaker labels in bold, so it helps tell a label from a speech line.
    bold: bool = False
    # A footnote (PDF: small type below a page's text): the record's, whoever spoke around it.
    note: bool = False


@dataclass
class Document:
    path: Path
    paragraphs: list[Paragraph] = field(default_factory=list)
    # What heads the pages, apart from the text: a PDF's running head, a .docx's header. A
    # template may name the council and the committee only there.
    letterhead: str = ""

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)
