"""Retrieval quality on a question file: recall@1/@3, MRR, speaker accuracy, rejection of
questions the record cannot answer; overall and per language."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from index.search import Searcher, normalize_for_match

RANKS = 10


def load_questions(path: Path) -> list[dict[str, Any]]:
    lines = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            lines.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from error
    return lines


def _hit_rank(answers: list, gold_any: list[str]) -> int | None:
    wanted = [normalize_for_match(g) for g in gold_any]
    for rank, answer in enumerate(answers, start=1):
        text = normalize_for_match(answer.passage)
        if any(g in text for g in wanted):
            return rank
    return None


def _same_speaker(found: str | None, gold: str | None) -> bool:
    """Names compared as words, case aside; null (narration, nobody) equals only null."""
    if found is None or gold is None:
        return found is None and gold is None
    return found.casefold().split() == gold.casefold().split()


def evaluate(searcher: Searcher, questions: list[dict[str, Any]]) -> dict[str, Any]:
    groups: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    details = []
    for line in questions:
        language = line.get("lang", "?")
        result = searcher.ask(line["question"], top=RANKS)
        record: dict[str, Any] = {"question": line["question"], "lang": language, "no_answer": result.no_answer}
        for group in ("overall", language):
            bucket = groups[group]
            if line.get("negative"):
                bucket["rejected"].append(1.0 if result.no_answer else 0.0)
                continue
            rank = None if result.no_answer else _hit_rank(result.answers, line.get("gold_any", []))
            bucket["recall@1"].append(1.0 if rank == 1 else 0.0)
            bucket["recall@3"].append(1.0 if rank is not None and rank <= 3 else 0.0)
            bucket["mrr"].append(1.0 / rank if rank else 0.0)
            if "speaker" in line:
                top = result.answers[0].speaker if result.answers else None
                right = _same_speaker(top, line["speaker"])
                bucket["speaker"].append(1.0 if right else 0.0)
                record["speaker"], record["speaker_right"] = top, right
            record["rank"] = rank
        details.append(record)

    def summary(bucket: dict[str, list[float]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in ("recall@1", "recall@3", "mrr", "speaker", "rejected"):
            values = bucket.get(key, [])
            out[key] = round(sum(values) / len(values), 4) if values else None
        out["questions"] = len(bucket.get("recall@1", [])) + len(bucket.get("rejected", []))
        return out

    return {
        "overall": summary(groups["overall"]),
        "languages": {lang: summary(bucket) for lang, bucket in sorted(groups.items()) if lang != "overall"},
        "details": details,
    }
