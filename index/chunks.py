"""What gets embedded: runs of up to three sentences inside one speaker span of a passage.

A chunk never crosses a speaker change, so the quote taken from the best chunk has one
speaker; and a passage is embedded once, chunk by chunk, so the model sees short texts
(fast, and within its 512-token window) while its score is the best of its chunks.
Narration that states who chaired, who was absent or when the meeting ran, a meeting's
agenda as listed, and a speaker opening the meeting ("Otwieram posiedzenie…"), are embedded
once more, led by the question they answer (FACT_QUESTIONS).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from corpus.meeting_facts import MEETING_FACT_SENTENCES
from corpus.protocol import opens_with_agenda
from corpus.sentences import split_sentences
from corpus.transcript import OPENS_MEETING, PRESIDING

MAX_CHUNK_CHARS = 400
MAX_CHUNK_SENTENCES = 3
MIN_CHUNK_CHARS = 20
_LISTS_POINTS = re.compile(r"(?:^|\s)1\s*[.)]\s")
# Raised whenever the rules below change what a chunk is: stores chunked by another version
# are chunked anew (their vectors, keyed by text, are kept).
CHUNKER_VERSION = "11"
# The question a sentence of the record's own narration answers when it states a fact of the
# meeting. "Kto prowadził posiedzenie?" meets "Obrady prowadziła Przewodnicząca…" no closer
# than "W posiedzeniu uczestniczyło…" by meaning alone; a second vector of the same chunk,
# led by the question, does. In Polish, as the record is: the model carries it across languages.
FACT_QUESTIONS = {
    "chair": "Kto prowadził posiedzenie i przewodniczył obradom?",
    "absent": "Kto był nieobecny na posiedzeniu?",
    "times": "O której godzinie rozpoczęło się i zakończyło posiedzenie, ile trwało?",
    "agenda": "Jaki był porządek obrad posiedzenia? Czym zajmowała się komisja, jakie sprawy omawiano?",
}


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int
    text: str
    speaker: str | None
    role: str | None
    confidence: float | None
    lead: str | None = None  # a question the chunk answers, read before it

    @property
    def embed_text(self) -> str:
        """What the model reads: who speaks, then the words, so "who said …" questions
        meet the speaker's name and role even where the sentence itself does not name them."""
        if self.speaker:
            text = f"{self.speaker}, {self.role}: {self.text}" if self.role else f"{self.speaker}: {self.text}"
        else:
            text = self.text
        return f"{self.lead} {text}" if self.lead else text

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.embed_text.encode("utf-8")).hexdigest()


def _sentence_groups(part: str) -> list[tuple[int, int]]:
    """Runs of up to MAX_CHUNK_SENTENCES sentences and about MAX_CHUNK_CHARS characters."""
    groups: list[tuple[int, int]] = []
    group: list[tuple[int, int]] = []
    for sentence in split_sentences(part):
        if group and (len(group) >= MAX_CHUNK_SENTENCES or sentence[1] - group[0][0] > MAX_CHUNK_CHARS):
            groups.append((group[0][0], group[-1][1]))
            group = []
        group.append(sentence)
    if group:
        groups.append((group[0][0], group[-1][1]))
    return groups


def _aside(body: str) -> bool:
    """A wholly parenthesised remark: "(Oklaski)", "(Głos z sali: Ile minut?)". These answer
    no question, and being short (often questions themselves) they sit close to every
    question asked, crowding out the speeches around them."""
    return body.startswith("(") and body.endswith(")")


def chunk_passage(text: str, spans: list[dict]) -> list[Chunk]:
    chunks: list[Chunk] = []
    whole = [{"start": 0, "end": len(text), "speaker": None, "role": None, "confidence": None}]
    for span in spans or whole:
        base = span["start"]
        for start, end in _sentence_groups(text[base : span["end"]]):
            body = text[base + start : base + end].strip()
            if len(body) < MIN_CHUNK_CHARS:
                continue
            chunk = Chunk(base + start, base + end, body, span["speaker"], span["role"], span.get("confidence"))
            if _aside(body):
                # "(Na posiedzeniu przewodniczą marszałek Sejmu …)" is the one aside that
                # answers a question; "(Przerwa w posiedzeniu od godz. …)" is no meeting's time.
                if PRESIDING.search(body):
                    chunks.append(replace(chunk, lead=FACT_QUESTIONS["chair"]))
                continue
            chunks.append(chunk)
            chunks.extend(replace(chunk, lead=question) for question in _fact_questions(chunk))
    return chunks


def _fact_questions(chunk: Chunk) -> list[str]:
    """The questions about the meeting that a chunk answers: the record's narration by what it
    states, a speaker by opening the meeting."""
    if chunk.speaker is not None:
        return [FACT_QUESTIONS["chair"]] if OPENS_MEETING.search(chunk.text) else []
    facts = [
        FACT_QUESTIONS[fact]
        for fact, patterns in MEETING_FACT_SENTENCES.items()
        if any(pattern.search(chunk.text) for pattern in patterns)
    ]
    # The agenda as listed ("Porządek posiedzenia: 1. …"), not a sentence naming it ("Porządek
    # obrad przyjęto jednogłośnie."), answers what the meeting was about.
    if opens_with_agenda(chunk.text) and _LISTS_POINTS.search(chunk.text):
        facts.append(FACT_QUESTIONS["agenda"])
    return facts
