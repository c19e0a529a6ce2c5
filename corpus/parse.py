"""Document → meeting: verbatim transcripts and reported-speech protocols take different parsers."""

from __future__ import annotations

from dataclasses import replace

from corpus.committee import split_committee_and_body
from corpus.document import Document
from corpus.model import Meeting, Passage, Span
from corpus.protocol import parse_protocol
from corpus.transcript import as_transcript, parse_transcript

# Raised whenever what parsing makes of a file changes (speakers, narration, agenda points):
# a file read by another version is read again on its next ingest, though its bytes are the
# same. Its chunks that come out the same keep their vectors: nothing is embedded twice.
PARSER_VERSION = "118"


def parse_document(document: Document) -> Meeting:
    notes = [paragraph for paragraph in document.paragraphs if paragraph.note]
    if notes:
        document = replace(document, paragraphs=[p for p in document.paragraphs if not p.note])
    transcript = as_transcript(document)
    meeting = parse_transcript(transcript) if transcript else None
    if meeting is None or not meeting.passages:
        # A transcript of labels and nothing said is a misreading: the words are somewhere.
        meeting = parse_protocol(document)
    if document.letterhead:
        # "… z posiedzenia Komisji …" under a letterhead naming the committee and the council.
        committee, body = split_committee_and_body(document.letterhead)
        if meeting.committee in (None, "Komisja"):
            meeting.committee = committee or meeting.committee
        meeting.body = meeting.body or body
    # Footnotes last, as the record's own words: within the text they ran a speech on.
    meeting.passages += [
        Passage(note.text, note.page, spans=[Span(0, len(note.text), narration=True)]) for note in notes
    ]
    return meeting
