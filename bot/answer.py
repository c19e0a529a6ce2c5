"""One answer for every front end: where the words stand in the record, who said them, the quote."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from corpus.morphology import WORD, word_lemmas
from corpus.store import Store
from index.lexical import STOP_LEMMAS, search

_SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+|$)")
MAX_QUOTE_SENTENCES = 3


@dataclass
class Answer:
    meeting: str | None
    date: str | None
    committee: str | None
    body: str | None
    agenda_item: str | None
    page: int | None
    speaker: str | None
    role: str | None
    quote: str
    passage: str
    score: float
    source: str


def _lemma_set(text: str) -> set[str]:
    return {lemma for m in WORD.finditer(text) for lemma in word_lemmas(m.group())} - STOP_LEMMAS


def best_quote(text: str, question: str) -> tuple[int, int]:
    """Character range of the 1–3 consecutive sentences sharing most words with the question."""
    wanted = _lemma_set(question)
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    if not sentences:
        return 0, len(text)
    overlaps = [len(_lemma_set(text[s:e]) & wanted) for s, e in sentences]
    best = max(range(len(sentences)), key=lambda i: (overlaps[i], -i))
    first = last = best
    while last - first + 1 < MAX_QUOTE_SENTENCES and last + 1 < len(sentences) and overlaps[last + 1] > 0:
        last += 1
    start, end = sentences[first][0], sentences[last][1]
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _speaker_of(spans: list[dict[str, Any]], start: int, end: int) -> tuple[str | None, str | None]:
    """The speaker only when one person's span covers the whole quote; otherwise uncertain."""
    covering = [s for s in spans if s["start"] <= start and s["end"] >= end]
    if covering and covering[0]["speaker"]:
        return covering[0]["speaker"], covering[0]["role"]
    return None, None


def answer(store: Store, question: str, limit: int = 3) -> list[Answer]:
    hits = search(store, question, limit=limit)
    if not hits:
        return []
    by_id = {p["id"]: p for p in store.passages(ids=[h.passage_id for h in hits])}
    answers = []
    for hit in hits:
        passage = by_id[hit.passage_id]
        start, end = best_quote(passage["text"], question)
        quote = passage["text"][start:end].strip()
        if start > 0:
            quote = "…" + quote
        if end < len(passage["text"].rstrip()):
            quote += "…"
        speaker, role = _speaker_of(passage["spans"], start, end)
        answers.append(
            Answer(
                meeting=passage["meeting"],
                date=passage["date"],
                committee=passage["committee"],
                body=passage["body"],
                agenda_item=passage["agenda_item"],
                page=passage["page"],
                speaker=speaker,
                role=role,
                quote=quote,
                passage=passage["text"],
                score=hit.score,
                source=passage["source"],
            )
        )
    return answers
