"""The lexical query on the second core, while the first walks the vector graph.

Encoding the question takes both cores; the graph walk that follows takes one, and about as
long as the FTS5 query of a Polish question (each 7–8 ms at the median over 100k passages).
The query runs meanwhile in a thread of its own, on a read-only connection it opens for the
question: sqlite3 and faiss both let go of the GIL while they work. (Started before the encoding, it
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

    def search(self, terms: list[str], limit: int, passages: int) -> Future[list[LexicalHit]]:
        return self._pool.submit(self._search, terms, limit, passages)

    def _search(self, terms: list[str], limit: int, passages: int) -> list[LexicalHit]:
        # A connection for each question (0.8 ms at 100k passages): one kept open would outlive
        # the store's own, and while any connection stays open SQLite leaves the last writes in
        # the -wal file, so the .db file alone, copied after the store was closed, lacked them.
        db = read_only_connection(self._path)
        try:
            return lexical.search_terms(db, terms, limit, passages)
        finally:
            db.close()


def read_only_connection(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA query_only = 1")
    db.execute("PRAGMA busy_timeout = 30000")  # as the store's own: wait for a writer, do not fail
    return db
