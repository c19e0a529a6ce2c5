"""Document → meeting: verbatim transcripts and reported-speech protocols take different parsers."""

from __future__ import annotations

from corpus.document import Document
from corpus.model import Meeting
from corpus.protocol import parse_protocol
from corpus.transcript import is_transcript, parse_transcript


def parse_document(document: Document) -> Meeting:
    if is_transcript(document):
        return parse_transcript(document)
    return parse_protocol(document)
