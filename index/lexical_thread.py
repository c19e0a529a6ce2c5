"""The lexical query on the second core, while the first walks the vector graph.

Encoding the question takes both cores; the graph walk that follows takes one, and about as
long as the FTS5 query of a Polish question (each 7–8 ms at the median over 100k passages).
The query runs meanwhile in a thread of its own, on a read-only connection of its own:
sqlite3 and faiss both let go of the GIL while they work. (Started before the encoding, it
competed with the encoder for the cores and made questions slower.)
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from index import lexical
from index.lexical import LexicalHit


class LexicalThread:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="komisja-lexical")
        self._db: sqlite3.Connection | None = None

    def search(self, terms: list[str], limit: int, passages: int) -> Future[list[LexicalHit]]:
        return self._pool.submit(self._search, terms, limit, passages)

    def _search(self, terms: list[str], limit: int, passages: int) -> list[LexicalHit]:
        if self._db is None:
            # Opened here, so that only the worker thread ever uses it.
            self._db = sqlite3.connect(self._path)
            self._db.execute("PRAGMA query_only = 1")
            self._db.execute("PRAGMA busy_timeout = 30000")
        return lexical.search_terms(self._db, terms, limit, passages)

    def close(self) -> None:
        self._pool.submit(self._close).result()
        self._pool.shutdown()

    def _close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
