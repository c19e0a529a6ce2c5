"""The lexical query on the second core, while the first walks the vector graph.

Encoding the question takes both cores; the graph walk that follows takes one, and about as
long as the FTS5 query of a Polish question (each 7–8 ms at the median over 100k passages).
The query runs meanwhile in a thread of its own, on a read-only connection it opens for the
question: sqlite3 and faiss both let go of the GIL while they work. (Started before the
encoding, it competed with the encoder for the cores and made questions slower.)
"""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from index import lexical
from index.lexical import LexicalHit


class LexicalThread:
    """Runs one question's lexical query at a time, for one caller at a time."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="komisja-lexical")
        self._lock = threading.Lock()
        self._latest = 0
        self._latest_job: Future[list[LexicalHit]] | None = None
        self._stopped = 0
        self._running: sqlite3.Connection | None = None

    def search(self, terms: list[str], limit: int, passages: int) -> Future[list[LexicalHit]]:
        # Under the lock, so that stop() never sees a number whose job is not recorded yet.
        with self._lock:
            self._latest += 1
            job = self._pool.submit(self._search, self._latest, terms, limit, passages)
            self._latest_job = job
        return job

    def stop(self) -> None:
        """Give up on the latest search: a question with no answer needs no lexical hits, and
        a query left running (70 ms at the median over 1M passages) would hold up the next."""
        with self._lock:
            self._stopped = self._latest
            if (self._latest_job is not None and self._latest_job.cancel()) or self._running is None:
                return
            self._running.interrupt()

    def _search(self, number: int, terms: list[str], limit: int, passages: int) -> list[LexicalHit]:
        # A connection for each question (0.8 ms at 100k passages): one kept open would outlive
        # the store's own, and while any connection stays open SQLite leaves the last writes in
        # the -wal file, so the .db file alone, copied after the store was closed, lacked them.
        db = read_only_connection(self._path)
        try:
            with self._lock:
                if self._stopped == number:
                    return []
                self._running = db
            return lexical.search_terms(db, terms, limit, passages)
        except sqlite3.OperationalError:
            if self._stopped == number:  # interrupted by stop()
                return []
            raise
        finally:
            with self._lock:
                self._running = None
            db.close()


def read_only_connection(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA query_only = 1")
    db.execute("PRAGMA busy_timeout = 30000")  # as the store's own: wait for a writer, do not fail
    return db
