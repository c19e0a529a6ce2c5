"""Dense vectors of the record's chunks: kept in the SQLite file, searched with FAISS.

The SQLite file is the truth: chunk rows and their vectors (keyed by embedder and content
hash, so unchanged text is never embedded twice) change in transactions. The FAISS file
beside it is derived; it carries the fingerprint of the chunk set it was built from and is
rebuilt from the stored vectors, without embedding anything, whenever the two disagree,
so the index and the store cannot disagree after a crash.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from corpus.native import faiss
from corpus.store import Store
from index.chunk_table import UNCHUNKED, chunk_new_passages, chunked_by_this_version, ensure_chunk_table
from index.chunks import Chunk
from index.embedders import Embedder
from index.shards import ShardedIndex

EMBED_BATCH = 32
# Hashes looked up in one query: SQLite takes at most 32,766 parameters.
LOOKUP_BATCH = 500
# Up to this many vectors an exact (flat) index answers fast enough; above it, HNSW.
EXACT_LIMIT = 200_000
# Either kind is kept in two shards searched at once, one per core of a 2-core machine
# (index/shards.py): a flat scan of the 138,120 real chunks of ../shared takes 6.1 ms a
# search in two halves against 12.1 whole, and see below for the graph.
INDEX_SHARDS = 2
# e5 query vectors lie away from the passage vectors they should find, so the search beam
# has to be wide, and the graph built carefully. Over the bench's 100k store (424,061 vectors
# spread like real ones), recall@10 of one graph of all of them with M 24, one search at a
# time on one core:
#   efConstruction 200: efSearch 1536 0.963, 2048 0.974, 3072 0.984 (8.7 / 12.2 / 16.6 ms a search)
#   efConstruction 400: 1536 0.976, 2048 0.984, 3072 0.990 (7.1–8.2 / 9.8–10.1 / 14.8 ms)
#   efConstruction 800: 1024 0.971, 1280 0.979, 1536 0.984 (5.9 / 6.7 / 7.6–8.4 ms)
# A better graph reaches the same recall with a narrower beam, and a beam of a given width
# takes the same time in any of them: 800 answers at 1536 what 400 needs 2048 for, about 2 ms
# sooner. Its build takes twice as long (824 s at 100k instead of 419), still a small part of
# an ingest next to embedding the passages (hours at 100k). More neighbours buy less (M 32:
# 0.969, M 48: 0.978 at efConstruction 200 and 2048's search time; M 48 doubles the graph and
# its build), float32 vectors nothing (0.964 at 1536, 9.1 ms: the walk, not the distances,
# takes the time). Over all 137,358 real chunks of ../shared (bench/retrieval.py --recall-db):
# 0.990 at efConstruction 400 and efSearch 2048.
# In two graphs of half the vectors each (367,461 vectors in the store the bench builds now),
# searched at once: efSearch 768 0.973, 1024 0.987, 1536 0.993 (5.3 / 6.7 / 9.7 ms a search,
# where one graph of them all takes 10.9 ms at 1536 for 0.980). Each half builds in 255 s.
HNSW_NEIGHBOURS = 24
HNSW_EF_CONSTRUCTION = 800
HNSW_EF_SEARCH = 1024
# The least beam that reaches 0.98 there, by the beam the graph was built with (for other
# beams, that of one whole graph: more than its halves need). A graph keeps its own build
# beam when it grows (so that beam stays true of all of it) and is searched as widely as that
# beam needs.
HNSW_EF_SEARCH_BY_BUILD_BEAM = ((HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH), (400, 2048), (0, 3072))
# The wider the graph, the more the beam misses: on the bench's 1M store (4,237,774 vectors)
# recall@10 with efConstruction 400 is 0.937 at 2048, 0.957 at 3072 and 0.967 at 4096
# (13.5 / 19.1 / 25.5 ms a search; with efConstruction 200 it was 0.884 / 0.917 / 0.932, and
# the build took 53 min instead of 88). Answers take 34–41 ms at the median with 3072
# (bench/retrieval.py --serve, runs of two sessions), against a 40 ms target, so the beam
# stays there. (A 1M graph built with efConstruction 800, three to four hours here, has not
# been measured yet, nor have two graphs of half of them each: each half is wider than
# HNSW_WIDE_GRAPH there, and is searched with the wide beam.)
# An inverted file (k-means cells, the cells nearest the question scanned) is no way out: on
# the bench's 1M store it beat the graph (8,192 cells, a sixteenth scanned: 0.970 in 13.0 ms
# against 0.935 in 19.2 for the bench's questions; built in 4.5 minutes), but those vectors
# are synthetic, and over the 137,358 real chunks of ../shared it found 0.76 / 0.87 / 0.95 of
# the exact top 10 scanning a sixteenth / eighth / quarter of its cells (4 √n of them; 4× as
# many: 0.87 / 0.92 / 0.97), where this graph finds 0.990.
HNSW_WIDE_GRAPH = 1_000_000
HNSW_EF_SEARCH_WIDE = 3072
# A filter that leaves this few chunks is searched exactly over just those vectors.
FILTERED_EXACT_LIMIT = 50_000


def ef_search_for(count: int, built_with: int = HNSW_EF_CONSTRUCTION) -> int:
    """The HNSW search beam for a graph of ``count`` vectors built with beam ``built_with``."""
    if count > HNSW_WIDE_GRAPH:
        return HNSW_EF_SEARCH_WIDE
    return next(search for build, search in HNSW_EF_SEARCH_BY_BUILD_BEAM if built_with >= build)


def exact_index(dim: int) -> faiss.Index:
    """A flat scan of every vector, stored in half precision. A scan of all of them is bound by
    memory, not arithmetic, so half the bytes take two thirds of the time (100k real chunk
    vectors, one core: 7.6 ms a search against 11.1 in float32; a whole answer over the 138k
    chunks of ../shared 27.0 ms against 31.6) and half the memory. It finds 0.998 of float32's
    top 10 for questions near real chunks (the rest ties within 1e-4)."""
    return faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)


def empty_index(kind: str, dim: int) -> ShardedIndex:
    """An index of ``kind`` (VectorIndex._kind) with nothing in it yet, in INDEX_SHARDS shards."""
    make = exact_index if kind.startswith("exact") else approximate_index
    return ShardedIndex([faiss.IndexIDMap2(make(dim)) for _ in range(INDEX_SHARDS)])


def approximate_index(dim: int) -> faiss.Index:
    """HNSW over half-precision vectors: half the memory of float32 at the same recall."""
    hnsw = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_fp16, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    hnsw.train(np.zeros((1, dim), dtype=np.float32))
    return hnsw


class IndexMismatch(Exception):
    """The index was built by another embedder than the one configured."""


@dataclass
class SyncReport:
    chunks: int
    embedded: int
    reused: int
    removed: int


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:80]


class VectorIndex:
    def __init__(self, store: Store, embedder: Embedder) -> None:
        self.store = store
        self.embedder = embedder
        self.db = store.db
        self._ensure_tables()
        self.index = None
        self.last_report: SyncReport | None = None
        self.last_load: str | None = None  # "read", "extended" or "built": how load() got it

    @property
    def path(self) -> Path:
        return self.store.path.with_name(f"{self.store.path.name}.{_slug(self.embedder.name)}.faiss")

    def _ensure_tables(self) -> None:
        with self.db.atomic():
            ensure_chunk_table(self.db)
            if "vectors" not in self.db.table_names():
                self.db["vectors"].create({"embedder": str, "hash": str, "vector": bytes}, pk=("embedder", "hash"))

    def sync(self, progress: Callable[[int, int], None] | None = None) -> SyncReport:
        """Bring chunks and vectors up to date with the passages; embed only unseen text."""
        removed = chunk_new_passages(self.store)
        name = self.embedder.name
        # One row per unseen text: chunks that say the same thing share one vector.
        missing = self.db.execute(
            """select c.hash, c.passage_id, c.start, c."end", c.speaker, c.role, c.lead from chunks c
               where c.id in (select min(c2.id) from chunks c2
                              where not exists (select 1 from vectors v where v.embedder = ? and v.hash = c2.hash)
                              group by c2.hash)
               order by c.id""",
            [name],
        ).fetchall()
        total_chunks = self.db.execute("select count(*) from chunks").fetchone()[0]
        texts: dict[int, str] = {}
        embedded = 0
        for start in range(0, len(missing), EMBED_BATCH):
            batch = missing[start : start + EMBED_BATCH]
            passage_ids = sorted({row[1] for row in batch} - texts.keys())
            for pid, text in self.db.execute(
                f"select id, text from passages where id in ({', '.join('?' for _ in passage_ids)})", passage_ids
            ):
                texts[pid] = text
            chunk_texts = [
                Chunk(s, e, texts[pid][s:e].strip(), speaker, role, None, lead).embed_text
                for _, pid, s, e, speaker, role, lead in batch
            ]
            vectors = self.embedder.embed_passages(chunk_texts).astype(np.float32)
            with self.db.atomic():
                self.db["vectors"].insert_all(
                    [
                        {"embedder": name, "hash": row[0], "vector": vector.tobytes()}
                        for row, vector in zip(batch, vectors)
                    ],
                    replace=True,
                )
            embedded += len(batch)
            if progress:
                progress(embedded, len(missing))
        with self.db.atomic():
            self.db["index_meta"].insert_all(
                [
                    {"key": f"{name}:dim", "value": str(self.embedder.dim)},
                    {"key": "last_embedder", "value": name},
                ],
                replace=True,
            )
        self.index = None
        self.last_report = SyncReport(
            chunks=total_chunks, embedded=embedded, reused=total_chunks - embedded, removed=removed
        )
        return self.last_report

    def cached_vectors(self, texts: list[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Vectors of fixed texts (not passages), embedded once per store and embedder;
        ``progress(done, total)`` after each batch embedded."""
        name = self.embedder.name
        hashes = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
        text_of = dict(zip(hashes, texts))  # a text repeated (an item of every copy of a sitting) once
        unique = list(text_of)
        known: dict[str, np.ndarray] = {}
        for start in range(0, len(unique), LOOKUP_BATCH):
            batch = unique[start : start + LOOKUP_BATCH]
            for h, v in self.db.execute(
                f"select hash, vector from vectors where embedder = ? and hash in ({', '.join('?' for _ in batch)})",
                [name, *batch],
            ):
                known[h] = np.frombuffer(v, dtype=np.float32)
        missing = [h for h in unique if h not in known]
        for start in range(0, len(missing), EMBED_BATCH):
            batch = missing[start : start + EMBED_BATCH]
            fresh = self.embedder.embed_passages([text_of[h] for h in batch]).astype(np.float32)
            with self.db.atomic():
                self.db["vectors"].insert_all(
                    [{"embedder": name, "hash": h, "vector": v.tobytes()} for h, v in zip(batch, fresh)],
                    replace=True,
                )
            known.update(zip(batch, fresh))
            if progress:
                progress(start + len(batch), len(missing))
        return np.vstack([known[h] for h in hashes]) if hashes else np.zeros((0, self.embedder.dim), np.float32)

    def stale(self) -> bool:
        """Whether passages exist that have no chunks, or chunks lack vectors: cheap to ask."""
        if not chunked_by_this_version(self.db):
            return True
        unchunked = self.db.execute(f"select exists(select 1 from passages where {UNCHUNKED})").fetchone()[0]
        orphaned = self.db.execute(
            "select exists(select 1 from chunks where passage_id not in (select id from passages))"
        ).fetchone()[0]
        unembedded = self.db.execute(
            """select exists(select 1 from chunks c where not exists
               (select 1 from vectors v where v.embedder = ? and v.hash = c.hash))""",
            [self.embedder.name],
        ).fetchone()[0]
        return bool(unchunked or orphaned or unembedded)

    def check_embedder(self) -> None:
        last = self.db.execute("select value from index_meta where key = 'last_embedder'").fetchone()
        if last and last[0] != self.embedder.name:
            raise IndexMismatch(
                f"the index was built with {last[0]}, the configuration names {self.embedder.name}; "
                "run `komisja index` to build it for the configured embedder"
            )
        dim = self.db.execute("select value from index_meta where key = ?", [f"{self.embedder.name}:dim"]).fetchone()
        if dim and int(dim[0]) != self.embedder.dim:
            raise IndexMismatch(
                f"the index holds {dim[0]}-dimensional vectors but {self.embedder.name} makes {self.embedder.dim}; "
                "run `komisja index` to rebuild it"
            )

    # -- the FAISS file -------------------------------------------------------------------

    def _chunk_table(self, prefix_upto: int | None = None) -> tuple[np.ndarray, str, str | None]:
        """Chunk ids in order, the fingerprint of the chunk set a FAISS file must match, and
        the fingerprint of the chunks up to id ``prefix_upto`` (what an older file may hold)."""
        rows = self.db.execute("select id, hash from chunks order by id").fetchall()
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        digest = hashlib.sha1(self.embedder.name.encode())
        prefix = digest.hexdigest() if prefix_upto is not None else None
        for r in rows:
            digest.update(f"{r[0]}:{r[1]};".encode())
            if prefix_upto is not None and r[0] <= prefix_upto:
                prefix = digest.hexdigest()
        return ids, digest.hexdigest(), prefix

    @staticmethod
    def _kind(count: int) -> str:
        # An older version's index in one piece ("exact-fp16", "hnsw-fp16") is built anew, once.
        return f"exact-fp16x{INDEX_SHARDS}" if count <= EXACT_LIMIT else f"hnsw-fp16x{INDEX_SHARDS}"

    def _add(self, index: faiss.Index | ShardedIndex, ids: np.ndarray) -> None:
        dim = self.embedder.dim
        faiss.omp_set_num_threads(os.cpu_count() or 1)  # building a graph uses every core
        for start in range(0, len(ids), 50_000):
            block = ids[start : start + 50_000]
            rows = self.db.execute(
                """select c.id, v.vector from chunks c join vectors v on v.embedder = ? and v.hash = c.hash
                    where c.id between ? and ? order by c.id""",
                [self.embedder.name, int(block[0]), int(block[-1])],
            ).fetchall()
            if len(rows) != len(block):
                raise IndexMismatch("some chunks have no vector yet; run `komisja index`")
            matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), dim)
            index.add_with_ids(matrix, np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows)))

    def _build(self, ids: np.ndarray) -> ShardedIndex:
        index = empty_index(self._kind(len(ids)), self.embedder.dim)
        for shard, part in zip(index.shards, np.array_split(ids, len(index.shards))):
            self._add(shard, part)
        return index

    def _read_sidecar(self) -> dict:
        try:
            return json.loads(self.path.with_suffix(".json").read_text())
        except (OSError, ValueError):
            return {}

    def load(self) -> None:
        """The FAISS index for the current chunks: read from its file; extended when the store
        only gained chunks since (building an HNSW graph anew takes minutes at scale, adding a
        new file's chunks seconds); otherwise rebuilt from the stored vectors and saved."""
        self.check_embedder()
        saved = self._read_sidecar()
        last_id = saved.get("last_id")
        ids, fingerprint, prefix = self._chunk_table(last_id if isinstance(last_id, int) else None)
        index = None
        self.last_load = "read"
        # A file of another kind than the store's size now calls for (grown past EXACT_LIMIT,
        # or an older version's float32 flat index, "exact") is built anew.
        if (
            self.path.exists()
            and saved.get("fingerprint")
            and saved["fingerprint"] in (fingerprint, prefix)
            and saved.get("kind") == self._kind(len(ids))
        ):
            try:
                index = ShardedIndex.read(self.path, saved.get("shards", 1))
            except (OSError, RuntimeError):
                index = None
            if index is not None and saved["fingerprint"] != fingerprint:
                # Chunks were only added: extend the index when it is the one the sidecar
                # describes (a crash between writing the two files leaves them disagreeing).
                if index.ntotal == saved.get("count"):
                    self._add(index, ids[ids > last_id])
                    self._save(index, fingerprint, ids)
                    self.last_load = "extended"
                else:
                    index = None
        if index is None:
            index = self._build(ids)
            self._save(index, fingerprint, ids)
            self.last_load = "built"
        self._set_search_params(index)
        self.index = index

    @staticmethod
    def _set_search_params(index: ShardedIndex) -> None:
        for inner in index.inner():
            if isinstance(inner, faiss.IndexHNSW):
                inner.hnsw.efSearch = ef_search_for(inner.ntotal, inner.hnsw.efConstruction)

    def _save(self, index: ShardedIndex, fingerprint: str, ids: np.ndarray) -> None:
        # Write-then-rename, the index first: a crash leaves the old file or the new one, and
        # a sidecar that describes it or is told apart by its count.
        index.write(self.path)
        sidecar = self.path.with_suffix(".json")
        tmp_sidecar = sidecar.with_name(sidecar.name + ".tmp")
        tmp_sidecar.write_text(
            json.dumps(
                {
                    "fingerprint": fingerprint,
                    "embedder": self.embedder.name,
                    "dim": self.embedder.dim,
                    "count": len(ids),
                    "last_id": int(ids[-1]) if len(ids) else 0,
                    "kind": self._kind(len(ids)),
                    "shards": len(index.shards),
                }
            )
        )
        os.replace(tmp_sidecar, sidecar)

    # -- searching --------------------------------------------------------------------------

    @property
    def size(self) -> int:
        """Chunks in the index."""
        if self.index is None:
            self.load()
        return int(self.index.ntotal)

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(chunk id, cosine) best first; ``allowed`` restricts to those chunk ids."""
        if self.index is None:
            self.load()
        if self.index.ntotal == 0:
            return []
        query = np.asarray(query, dtype=np.float32).reshape(1, -1)
        if allowed is not None:
            if len(allowed) == 0:
                return []
            if len(allowed) <= FILTERED_EXACT_LIMIT:
                vectors = self.index.reconstruct_batch(np.asarray(allowed, dtype=np.int64))
                scores = vectors @ query[0]
                order = np.argsort(-scores)[:k]
                return [(int(allowed[i]), float(scores[i])) for i in order]
        scores, ids = self.index.search(query, k, allowed)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
