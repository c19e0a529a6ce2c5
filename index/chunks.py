"""What gets embedded: runs of up to three sentences inside one speaker span of a passage.

A chunk never crosses a speaker change, so the quote taken from the best chunk has one
speaker; and a passage is embedded once, chunk by chunk, so the model sees short texts
(fast, and within its 512-token window) while its score is the best of its chunks.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from corpus.sentences import split_sentences

MAX_CHUNK_CHARS = 400
MAX_CHUNK_SENTENCES = 3
# Interjections such as "(Oklaski)" carry nothing to search for.
MIN_CHUNK_CHARS = 20


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int
    text: str
    speaker: str | None
    role: str | None
    confidence: float | None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def chunk_passage(text: str, spans: list[dict]) -> list[Chunk]:
    chunks: list[Chunk] = []
    for span in spans or [{"start": 0, "end": len(text), "speaker": None, "role": None, "confidence": None}]:
        base = span["start"]
        part = text[base : span["end"]]
        group: list[tuple[int, int]] = []

        def close() -> None:
            if group:
                start, end = base + group[0][0], base + group[-1][1]
                body = text[start:end].strip()
                if len(body) >= MIN_CHUNK_CHARS:
                    chunks.append(
                        Chunk(start, end, body, span["speaker"], span["role"], span.get("confidence"))
                    )
                group.clear()

        for sentence in split_sentences(part):
            if group and (
                len(group) >= MAX_CHUNK_SENTENCES or sentence[1] - group[0][0] > MAX_CHUNK_CHARS
            ):
                close()
            group.append(sentence)
        close()
    return chunks
