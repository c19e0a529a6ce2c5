"""Readers turn one file into a :class:`~corpus.document.Document`; each raises
:class:`~corpus.errors.UnreadableFile` with a one-line reason when it cannot."""

from __future__ import annotations

from pathlib import Path

from corpus.document import Document
from corpus.errors import UnreadableFile

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx")


def read_document(path: Path) -> Document:
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md"):
        from corpus.readers.text import read_text

        document = read_text(path)
    elif suffix == ".pdf":
        from corpus.readers.pdf import read_pdf

        document = read_pdf(path)
    elif suffix == ".docx":
        from corpus.readers.docx import read_docx

        document = read_docx(path)
    else:
        raise UnreadableFile(path, f"unsupported file type {suffix or '(none)'}; use {', '.join(SUPPORTED_SUFFIXES)}")
    if not any(p.text.strip() for p in document.paragraphs):
        raise UnreadableFile(path, "no text in the file (empty?)")
    return document
