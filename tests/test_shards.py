"""An index in shards answers as one index of all its vectors would."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from corpus.native import faiss
from index.shards import ShardedIndex


def unit_vectors(count: int, dim: int = 32, seed: int = 3) -> np.ndarray:
    vectors = np.random.default_rng(seed).standard_normal((count, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.fixture
def vectors() -> np.ndarray:
    return unit_vectors(300)


@pytest.fixture
def ids() -> np.ndarray:
    # Chunk ids have gaps where chunks were removed.
    return np.arange(1, 601, 2, dtype=np.int64)


def flat(dim: int) -> faiss.Index:
    return faiss.IndexIDMap2(faiss.IndexFlatIP(dim))


def sharded(vectors: np.ndarray, ids: np.ndarray, shards: int = 2) -> ShardedIndex:
    index = ShardedIndex([flat(vectors.shape[1]) for _ in range(shards)])
    for shard, part in zip(index.shards, np.array_split(np.arange(len(ids)), shards)):
        shard.add_with_ids(vectors[part], ids[part])
    return index


def whole(vectors: np.ndarray, ids: np.ndarray) -> faiss.Index:
    index = flat(vectors.shape[1])
    index.add_with_ids(vectors, ids)
    return index


def test_the_shards_find_what_one_index_of_all_the_vectors_finds(vectors: np.ndarray, ids: np.ndarray) -> None:
    queries = unit_vectors(7, seed=11)
    scores, found = sharded(vectors, ids).search(queries, 10)
    expected_scores, expected = whole(vectors, ids).search(queries, 10)
    assert (found == expected).all() and np.allclose(scores, expected_scores)
    assert {int(i) for i in found.ravel()} & set(ids[:150]) and {int(i) for i in found.ravel()} & set(ids[150:])


def test_a_filter_is_split_between_the_shards(vectors: np.ndarray, ids: np.ndarray) -> None:
    allowed = np.array([ids[3], ids[40], ids[200], ids[299]], dtype=np.int64)
    queries = unit_vectors(2, seed=5)
    scores, found = sharded(vectors, ids).search(queries, 10, allowed)
    # Four allowed ids, ten asked for: the rest are empty places, best first throughout.
    assert {int(i) for i in found[0] if i >= 0} == set(allowed.tolist())
    assert (found[:, 4:] == -1).all() and (np.diff(scores[:, :4], axis=1) <= 0).all()
    params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
    expected_scores, expected = whole(vectors, ids).search(queries, 4, params=params)
    assert (found[:, :4] == expected).all() and np.allclose(scores[:, :4], expected_scores)
    only_one_shard = np.array([ids[1], ids[2]], dtype=np.int64)
    assert set(sharded(vectors, ids).search(queries, 3, only_one_shard)[1][0][:2].tolist()) == set(only_one_shard)


def test_vectors_come_back_in_the_order_asked_from_any_shard(vectors: np.ndarray, ids: np.ndarray) -> None:
    asked = np.array([ids[299], ids[0], ids[151], ids[149]], dtype=np.int64)
    assert np.allclose(sharded(vectors, ids).reconstruct_batch(asked), vectors[[299, 0, 151, 149]])


def test_new_vectors_go_to_the_smallest_shard(vectors: np.ndarray, ids: np.ndarray) -> None:
    index = ShardedIndex([flat(32) for _ in range(2)])
    index.shards[0].add_with_ids(vectors[:200], ids[:200])
    index.shards[1].add_with_ids(vectors[200:250], ids[200:250])
    assert np.allclose(index.reconstruct_batch(ids[240:242]), vectors[240:242])
    index.add_with_ids(vectors[250:], ids[250:])
    assert [shard.ntotal for shard in index.shards] == [200, 100]
    assert np.allclose(index.reconstruct_batch(ids[[10, 260]]), vectors[[10, 260]])  # told where they went
    assert index.ntotal == 300


def test_every_shard_is_written_to_one_file_and_read_back(vectors: np.ndarray, ids: np.ndarray, tmp_path: Path) -> None:
    path = tmp_path / "chunks.faiss"
    sharded(vectors, ids, shards=3).write(path)
    assert not list(tmp_path.glob("*.tmp"))
    again = ShardedIndex.read(path, 3)
    assert [shard.ntotal for shard in again.shards] == [100, 100, 100]
    queries = unit_vectors(3, seed=8)
    assert (again.search(queries, 5)[1] == whole(vectors, ids).search(queries, 5)[1]).all()
    with pytest.raises(RuntimeError):
        ShardedIndex.read(path, 4)  # a file holding fewer shards than its sidecar says is unreadable
