"""How the passages the dense search found are ordered: by their best chunk's similarity to
the question, raised a little for a second close chunk, by how far their agenda item stands
out for the question and, for Polish questions, for the lemmas they share with it. An
answer's score is this ranking score, so answers come best first by falling score."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from corpus.protocol import opens_with_agenda
from index.lexical import LexicalHit

# A passage ranks by its best chunk's similarity to the question plus at most this much for
# its bm25 (the best lexical hit gets all of it): lexical evidence decides between passages
# the dense search finds about equally close, never against a clear lead. Reciprocal rank
# fusion, used before, threw away how close: with all ranks 1/(60 + rank) apart, a passage at
# 0.82 that matched the lemmas went above one at 0.86 that did not. Measured on dev and
# calibration (bench/calibration-questions.jsonl) over a small store and all of ../shared:
# 0.01 to 0.03 win a Polish question on the small store's dev set (R@1 0.733 -> 0.767) and
# lose nothing anywhere; 0.06 is back to the rank fusion's figures; 0 (dense alone) loses
# Polish questions on the full store (dev R@3 0.900 -> 0.867). With SECOND_CHUNK_SHARE
# below: 0.02 to 0.03 give the same figures, 0.01 loses a small-store dev question, 0.05 two.
LEXICAL_BONUS = 0.03
# A passage whose second-best chunk is close to the question too is about it, not a single
# sentence that happens to share its words: it gains this share of how far that chunk
# stands above the last of the dense hits. Measured on dev and calibration over a small store
# and all of ../shared: 0.2 wins two dev questions on each store (R@1 0.767 -> 0.833 and
# 0.700 -> 0.767) and changes no calibration question; 0.1 wins one, 0.3 loses a calibration
# question, 0.5 and 1.0 lose several; counting the third to fifth chunks as well was worse.
SECOND_CHUNK_SHARE = 0.2


def passage_similarity(
    dense: list[tuple[int, float]], passage_of: dict[int, int], floor: float | None = None
) -> tuple[dict[int, tuple[int, float]], dict[int, float]]:
    """Each passage's best chunk among the ``dense`` hits (best first) and the passage's
    similarity: its best chunk's, plus SECOND_CHUNK_SHARE of how far its second-best chunk
    stands above ``floor`` (the last hit of the search; a passage with one chunk among the
    hits gains nothing)."""
    best_chunk: dict[int, tuple[int, float]] = {}
    runner_up: dict[int, float] = {}
    for chunk_id, score in dense:
        passage_id = passage_of[chunk_id]
        if passage_id not in best_chunk:
            best_chunk[passage_id] = (chunk_id, score)
        elif passage_id not in runner_up:
            runner_up[passage_id] = score
    if floor is None:
        floor = dense[-1][1] if dense else 0.0
    similarity = {
        pid: score + SECOND_CHUNK_SHARE * max(0.0, runner_up.get(pid, floor) - floor)
        for pid, (_, score) in best_chunk.items()
    }
    return best_chunk, similarity


def with_agenda_standing(
    similarity: dict[int, float], item_of: dict[int, Any], gain: Callable[[Any], float]
) -> dict[int, float]:
    """``similarity`` with each passage raised by the ``gain`` of its agenda item (how far
    the item stands out for the question: index/agenda_items.py); passages under no item
    standing out keep theirs."""
    return {pid: score + gain(item_of.get(pid)) for pid, score in similarity.items()}


def reranked(similarity: dict[int, float], hits: list[LexicalHit], weight: float) -> list[tuple[int, float]]:
    """(passage id, score) best first: the passages found by meaning (``similarity`` from
    ``passage_similarity``), each raised by up to ``weight`` × LEXICAL_BONUS for its share of
    the best bm25 in ``hits``. Lexical evidence adds no passages of its own: their quote could
    not be chosen by meaning."""
    score = dict(similarity)
    best_bm25 = max((hit.score for hit in hits), default=0.0)
    for hit in hits:
        if hit.passage_id in score and best_bm25 > 0:
            score[hit.passage_id] += weight * LEXICAL_BONUS * hit.score / best_bm25
    return sorted(score.items(), key=lambda item: -item[1])


# A passage among the closest ANSWER_WINDOW whose closest chunk holds the kind of answer the
# question asks for (a sum, a time: index/answer_type.py) gains this much: the passage that
# introduces a matter sits as close as the one that answers it. Measured on the seven question
# sets over a small store and all of ../shared: 0.01 wins two questions over the full store
# (R@1 96 -> 98 of 143; "Kiedy skończy się remont stadionu …?", "Ile będzie kosztować hala
# …?" had their answer second) and loses none on either; 0.02 wins one more on the small
# store and loses a German question on the full one.
ANSWER_TYPE_BONUS = 0.01
ANSWER_WINDOW = 10


def with_expected_answer(
    ranked: list[tuple[int, float]], holding_the_answer: Callable[[list[int]], set[int]]
) -> list[tuple[int, float]]:
    """``ranked`` with the closest passages that hold the kind of answer asked for raised by
    ANSWER_TYPE_BONUS (``holding_the_answer`` says which of the passage ids given do)."""
    window = ranked[:ANSWER_WINDOW]
    holding = holding_the_answer([pid for pid, _ in window])
    raised = [(pid, score + ANSWER_TYPE_BONUS * (pid in holding)) for pid, score in window]
    return sorted(raised, key=lambda item: -item[1]) + ranked[ANSWER_WINDOW:]


# How far down the ranking a meeting's front matter looks for a passage of its own meeting.
FRONT_MATTER_WINDOW = 10
# "PROTOKÓŁ NR 7/2023 z posiedzenia Komisji Edukacji …", "Protokół z posiedzenia Komisji
# Turystyki … nr 3/2023", "Protokół ze wspólnego posiedzenia …": a protocol's title (not
# "Protokół sporządziła: …", nor "Protokół przyjęto jednogłośnie.").
_TITLE = re.compile(r"\s*protokół\s+(?:nr\b|z\s+posiedzenia|ze\s+wspólnego)", re.I)


def is_front_matter(text: str) -> bool:
    """Whether a passage is a meeting's title or agenda ("Porządek posiedzenia: 1. …")."""
    return bool(_TITLE.match(text)) or opens_with_agenda(text)


def agenda_first(ranked: list[tuple[int, float]], agendas: set[int]) -> list[tuple[int, float]]:
    """For a question about what a meeting dealt with ("Jaki był porządek obrad?", "What was
    discussed at …?"): the best ranked agenda as listed first, at the top score. Closer by
    meaning may be any short line of that meeting ("Protokołowała: …"), which answers nothing."""
    best = next(((pid, score) for pid, score in ranked if pid in agendas), None)
    if best is None:
        return ranked
    return [(best[0], ranked[0][1])] + [(pid, score) for pid, score in ranked if pid != best[0]]


def front_matter_after_content(
    ranked: list[tuple[int, float]],
    meetings_and_front_matter: Callable[[list[int]], tuple[dict[int, int], set[int]]],
) -> list[tuple[int, float]]:
    """``ranked`` with a meeting's title and agenda moved after the passages of the same meeting
    that follow them closely (within FRONT_MATTER_WINDOW): they name what a question is about
    in the fewest words, so they sit close to it, but the passages recording that item answer
    it (after the first of them only, the agenda stood between the first and the second: "When
    will the stadium's renovation end?" found its answer third). They take the last such
    passage's score, so scores still fall down the list."""
    window = ranked[:FRONT_MATTER_WINDOW]
    meeting_of, front = meetings_and_front_matter([pid for pid, _ in window])
    if not front:
        return ranked
    order = list(window)
    # Last first, so that front matter moved to the same place keeps its order.
    for pid in reversed([pid for pid, _ in window if pid in front]):
        at = next(i for i, (p, _) in enumerate(order) if p == pid)
        content = max(
            (
                i
                for i in range(at + 1, len(order))
                if order[i][0] not in front and meeting_of.get(order[i][0]) == meeting_of.get(pid)
            ),
            default=None,
        )
        if content is not None:
            moved = order.pop(at)
            order.insert(content, (moved[0], min(moved[1], order[content - 1][1])))
    return order + ranked[FRONT_MATTER_WINDOW:]
