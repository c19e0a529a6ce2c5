"""Calibrate the no-answer rule on questions of our own, over stores of different sizes.

Usage: python bench/calibrate_no_answer.py QUESTIONS.jsonl DB [DB ...]

The rule (index/search.py): nothing in the record answers when the best chunk's cosine is
below a floor, or when it does not lead the closest background text by a required lead. The
best of N chunks creeps up with N even for a question the record knows nothing about, so the
lead required grows with log10 of the chunks searched. Give a
small store (the protocols of samples/ and tests/data/protocols/) and a large one (the same
plus ../shared, Sejm included) so that both ends of that growth are measured.

A question counts as answerable in a store when one of its gold_any strings is in it; the
others must be rejected there. Prints each question's figures per store, then the floors,
leads and slope that get the most questions right with answerable ones judged SAFETY weaker
than measured (their best cosine lowered by that much: our questions were written knowing the
record, users' are phrased less like it); among equals, the least strict.
"""

from __future__ import annotations

import itertools
import json
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.store import Store  # noqa: E402
from index.embedders import get_embedder  # noqa: E402
from index.language import detect_language  # noqa: E402
from index.search import REFERENCE_CHUNKS, Searcher, normalize_for_match  # noqa: E402


def figures(db: str, questions: list[dict]) -> list[tuple]:
    searcher = Searcher(Store(db), get_embedder())
    searcher.prepare()
    searched = searcher.vectors.index.ntotal
    texts = [normalize_for_match(t) for (t,) in searcher.store.db.execute("select text from passages")]
    rows = []
    for item in questions:
        query = searcher.embedder.embed_query(item["question"])
        best = searcher.vectors.search(query, 1)[0][1]
        background = float(np.max(searcher.background @ query))
        group = "pl" if detect_language(item["question"]) == "pl" else "other"
        gold = [normalize_for_match(g) for g in item.get("gold_any", [])]
        answerable = not item.get("negative") and any(g in t for g in gold for t in texts)
        rows.append((group, best, background, searched, answerable, item["question"]))
    searcher.store.close()
    return rows


SAFETY = 0.01


def rejects(row: tuple, floor: float, lead: float, slope: float) -> bool:
    _, best, background, searched, answerable, _ = row
    if answerable:
        best -= SAFETY
    required = lead + slope * max(0.0, math.log10(searched / REFERENCE_CHUNKS))
    return best < floor or best - background < required


def main(questions_file: str, dbs: list[str]) -> None:
    questions = [json.loads(line) for line in Path(questions_file).read_text(encoding="utf-8").splitlines() if line]
    rows = [row for db in dbs for row in figures(db, questions)]
    for group, best, background, searched, answerable, question in sorted(rows, key=lambda r: (r[3], r[0], r[4])):
        print(
            f"{searched:>7} {group:5} best={best:.3f} background={background:.3f} "
            f"diff={best - background:+.3f} {'ans' if answerable else 'NEG'}  {question}"
        )
    floors = np.arange(0.70, 0.85, 0.005)
    leads = np.arange(-0.04, 0.061, 0.0025)
    slopes = np.arange(0.0, 0.0301, 0.0025)
    best_choice = None
    for slope in slopes:
        choice = {}
        for group in ("pl", "other"):
            subset = [r for r in rows if r[0] == group]
            answerable = sum(r[4] for r in subset)
            scored = []
            for floor, lead in itertools.product(floors, leads):
                verdicts = [(rejects(r, floor, lead, slope), r[4]) for r in subset]
                kept = sum(not rejected for rejected, is_answerable in verdicts if is_answerable)
                rejected = sum(rejected for rejected, is_answerable in verdicts if not is_answerable)
                scored.append((kept + rejected, -floor, -lead, floor, lead, rejected, kept))
            _, _, _, floor, lead, rejected, kept = max(scored)
            choice[group] = (floor, lead, rejected, len(subset) - answerable, kept, answerable)
        key = (sum(c[2] + c[4] for c in choice.values()), -slope)
        if best_choice is None or key > best_choice[0]:
            best_choice = (key, slope, choice)
    _, slope, choice = best_choice
    print(f"\nlead per decade of chunks searched (from {REFERENCE_CHUNKS}): {slope:.4f}")
    for group, (floor, lead, rejected, negatives, kept, answerable) in choice.items():
        print(
            f"{group}: floor {floor:.3f}, lead {lead:+.4f}: {rejected}/{negatives} negatives rejected, "
            f"{kept}/{answerable} answerable kept"
        )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
