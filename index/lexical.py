"""Lexical search: SQLite FTS5 over morfeusz2 lemmas, user text never reaching FTS5 as syntax."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Protocol

from corpus.morphology import WORD, word_lemmas
from corpus.store import Store


class Queryable(Protocol):
    """A sqlite3 connection or a sqlite-utils Database."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


# Words too common in questions and records to tell passages apart.
STOP_LEMMAS = {
    "a",
    "aby",
    "albo",
    "ale",
    "bo",
    "by",
    "być",
    "co",
    "czy",
    "dla",
    "do",
    "gdzie",
    "i",
    "ile",
    "jak",
    "jaki",
    "jakiś",
    "jest",
    "jeżeli",
    "już",
    "kiedy",
    "kto",
    "który",
    "lub",
    "mieć",
    "mówić",
    "na",
    "nad",
    "nie",
    "o",
    "od",
    "oraz",
    "po",
    "pod",
    "przez",
    "przy",
    "się",
    "ten",
    "to",
    "tak",
    "też",
    "w",
    "we",
    "z",
    "za",
    "ze",
    "że",
    "on",
    "ona",
    "ono",
    "oni",
    "my",
    "wy",
    "ja",
    "ty",
    "swój",
    "mój",
    "twój",
    "nasz",
    "wasz",
    "powiedzieć",
    "pan",
    "pani",
}
MAX_QUERY_TERMS = 32
# Lemmas in more than this share of passages tell little and cost most (their posting lists
# are the longest): they are left out of the query. With all of ../shared loaded, 0.05 lost
# a dev question ("Kiedy komisja wróci do tematu współpracy …?": "temat", in 5.2% of the
# passages, fell out) and a calibration one that 0.1 and 0.2 keep; 0.2 doubled the 1M store's
# p99. (Measured while lemmas with Polish accents were never found in the vocabulary, and so
# left out of every query. Looking them up as indexed costs a Polish question 8.0 ms at the
# median at 100k passages instead of 5.1, 77 ms at 1M instead of 55. Measured again with them
# found: every share from 0.03 to 1.0 gives the same dev and calibration figures with all of
# ../shared loaded; at 100k passages the query takes 4.5 / 5.5 / 6.7 ms at the median with
# 0.05 / 0.1 / 0.2, 8.3 / 13.0 / 20.8 at the 90th percentile.)
MAX_DOCUMENT_SHARE = 0.1
VOCABULARY = "passages_fts_vocab"
TOKEN = re.compile(r"[^\W_]+")
ACCENTS = re.compile("[\u0300-\u036f]")


@dataclass
class LexicalHit:
    passage_id: int
    score: float


def query_terms(question: str) -> list[str]:
    terms: list[str] = []
    for match in WORD.finditer(question):
        for lemma in word_lemmas(match.group()):
            if lemma not in STOP_LEMMAS and lemma not in terms and len(lemma) > 1:
                terms.append(lemma)
    return terms[:MAX_QUERY_TERMS]


def fts_query(terms: list[str]) -> str:
    """Each term as an FTS5 string literal, so quotes, NEAR(, AND, * and : are plain words."""
    return " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)


def passage_count(store: Store) -> int:
    """Passages in the store (not their largest rowid: a re-read meeting's passages get new
    rowids, and after a few re-reads the largest was four times the count)."""
    return store.db.execute("select count(*) from passages").fetchone()[0]


def indexed_tokens(term: str) -> list[str]:
    """``term`` as the FTS5 tokenizer (unicode61, remove_diacritics 2) stores it: lower case,
    accents gone ("współpraca" is "wspołpraca": ł has no accent to take off), split where
    it splits. The vocabulary holds these, never the lemma as written."""
    return TOKEN.findall(ACCENTS.sub("", unicodedata.normalize("NFD", term.lower())))


def informative_terms(db: Queryable, terms: list[str], passages: int) -> list[str]:
    """The terms that occur in the record, but not in too large a share of its ``passages``
    (a term the tokenizer splits counts by its rarest part, which bounds how often it occurs)."""
    tokens = {term: indexed_tokens(term) for term in terms}
    wanted = sorted({token for parts in tokens.values() for token in parts})
    if not wanted:
        return []
    counts = dict(
        db.execute(f"select term, doc from {VOCABULARY} where term in ({', '.join('?' for _ in wanted)})", wanted)
    )
    limit = max(1, MAX_DOCUMENT_SHARE * passages)
    kept = []
    for term, parts in tokens.items():
        documents = min((counts.get(part, 0) for part in parts), default=0)
        if 0 < documents <= limit:
            kept.append(term)
    return kept


def search_terms(db: Queryable, terms: list[str], limit: int, passages: int) -> list[LexicalHit]:
    """Passages by bm25 of ``terms`` (lemmas; ``query_terms`` of a question), over any
    connection to the store: the searcher runs this on a connection of its own in a second
    thread. ``passages`` is the store's count (``passage_count``), which callers keep."""
    terms = informative_terms(db, terms, passages)
    if not terms:
        return []
    rows = db.execute(
        "select rowid, bm25(passages_fts) from passages_fts where passages_fts match ? order by 2 limit ?",
        [fts_query(terms), limit],
    ).fetchall()
    # bm25() is lower for better matches; flip it so a larger score is better.
    return [LexicalHit(int(rowid), -float(score)) for rowid, score in rows]
