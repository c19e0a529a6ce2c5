"""Calibrate the no-answer thresholds on questions of our own.

Usage: python bench/calibrate_no_answer.py DB QUESTIONS.jsonl

Prints, for every question, the cosine of its best chunk and of its closest background
text, then the thresholds that separate answerable from unanswerable questions best.
The database must hold the records the questions are about (samples/ and tests/data/protocols/).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.store import Store  # noqa: E402
from index.embedders import get_embedder  # noqa: E402
from index.language import detect_language  # noqa: E402
from index.search import Searcher  # noqa: E402


def main(db: str, questions: str) -> None:
    searcher = Searcher(Store(db), get_embedder())
    searcher.prepare()
    rows = []
    for line in Path(questions).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        query = searcher.embedder.embed_query(item["question"])
        best = searcher.vectors.search(query, 1)[0][1]
        background = float(np.max(searcher.background @ query))
        group = "pl" if detect_language(item["question"]) == "pl" else "other"
        rows.append((group, best, background, bool(item.get("negative")), item["question"]))
    for group, best, background, negative, question in sorted(rows):
        print(f"{group:5} best={best:.3f} background={background:.3f} {'NEG' if negative else 'pos'}  {question}")
    for group in ("pl", "other"):
        subset = [r for r in rows if r[0] == group]
        results = []
        for threshold in np.arange(0.70, 0.90, 0.005):
            for margin in np.arange(-0.03, 0.031, 0.005):
                correct = sum(((r[1] < threshold) or (r[2] > r[1] + margin)) == r[3] for r in subset)
                kept = sum(not ((r[1] < threshold) or (r[2] > r[1] + margin)) for r in subset if not r[3])
                results.append((correct, kept, -abs(margin), threshold, margin))
        correct, kept, _, threshold, margin = max(results)
        print(
            f"{group}: below {threshold:.3f} or background above best{margin:+.3f}: "
            f"{correct}/{len(subset)} right, {kept} answerable kept"
        )
        ranges = [r for r in results if r[0] == correct]
        print(f"   equally good thresholds {min(r[3] for r in ranges):.3f}..{max(r[3] for r in ranges):.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
