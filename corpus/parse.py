"""Document → meeting: verbatim transcripts and reported-speech protocols take different parsers."""

from __future__ import annotations

from corpus.document import Document
from corpus.model import Meeting
from corpus.protocol import parse_protocol
from corpus.transcript import as_transcript, parse_transcript

# Raised whenever what parsing makes of a file changes (speakers, narration, agenda points):
# a file read by another version is read again on its next ingest, though its bytes are the
# same. Its chunks that come out the same keep their vectors: nothing is embedded twice.
PARSER_VERSION = "74"


def parse_document(document: Document) -> Meeting:
    transcript = as_transcript(document)
    return parse_transcript(transcript) if transcript else parse_protocol(document)
