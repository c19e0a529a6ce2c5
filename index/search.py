"""Hybrid search: dense chunks re-ranked by lexical lemmas, filters, the quote, and the
decision that nothing in the record answers."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from corpus.attribution import reports_a_question, reports_a_reply
from corpus.morphology import nominative_name
from corpus.protocol import opens_with_agenda
from corpus.roles import office_key
from corpus.store import Store
from index import lexical
from index.agenda_items import AgendaItems, ItemKey, chunks_under
from index.answer_type import expected_answer, holds
from index.embedders import Embedder
from index.language import detect_language
from index.lexical_thread import LexicalThread
from index.meeting_mentions import MeetingDirectory, MeetingRef
from index.question_frame import (
    asks_about_agenda,
    asks_about_asking,
    asks_anything,
    topic_of,
    without_markup,
    without_person,
)
from index.ranking import (
    agenda_first,
    front_matter_after_content,
    is_front_matter,
    passage_similarity,
    reranked,
    with_agenda_standing,
    with_expected_answer,
)
from index.speaker_names import known_speakers_of, names_match, speakers_named_in, surname_index
from index.vectors import VectorIndex

DENSE_CANDIDATES = 100
# Chunks taken from the passages under the agenda item standing out most for the question,
# besides the dense candidates: they may answer it only under their item, far from it by their
# own words (index/agenda_items.py). As many as the best 10 and 50 give the same figures.
ITEM_CANDIDATES = 20
# How many of the items standing out most are tried for one within the filters.
ITEMS_SEARCHED = 5
# Passages ranked beyond the answers asked for, to take the place of one whose quote is a
# reply in a passage already quoted.
REPLIES_ELSEWHERE = 3
LEXICAL_CANDIDATES = 50
# Lexical matching on Polish lemmas only helps Polish questions: for others a shared proper
# name ("Lublin") matches nearly every passage.
LEXICAL_WEIGHT = {"pl": 1.0}
# Nothing in the record answers when the best chunk is less similar to the question than
# a floor (questions in Polish meet Polish text closer than translated ones do), or when the
# best chunk does not lead the closest of the texts about everything else
# (index/data/background.txt) by enough. The best of N chunks creeps up with N even for a
# question the record knows nothing about, so the lead required grows with log10 of the
# chunks searched beyond REFERENCE_CHUNKS (a search filtered to one meeting is judged by its
# own size). Calibrated with bench/calibrate_no_answer.py on questions of our own, over a
# small store and one with all of ../shared loaded.
NO_ANSWER_BELOW = {"pl": 0.83, "other": 0.70}
REQUIRED_LEAD = {"pl": 0.0025, "other": -0.0175}
LEAD_PER_DECADE = 0.0125
REFERENCE_CHUNKS = 100
BACKGROUND_TEXTS = Path(__file__).parent / "data" / "background.txt"
# "Ja mam pytanie, czy …", "Moje pytanie brzmi: …": a question asked without its mark.
_HAS_A_QUESTION = re.compile(r"\bpytani(?:e|a)\b", re.I)
# Offices that chair a sitting: who speaks after a question with one gives the floor.
_CHAIRS = {"marszałek", "wicemarszałek", "przewodniczący", "wiceprzewodniczący"}


@dataclass
class Filters:
    speakers: list[str] = field(default_factory=list)
    committee: str | None = None
    meeting: str | None = None
    since: str | None = None
    until: str | None = None
    meeting_ids: list[int] = field(default_factory=list)

    def any(self) -> bool:
        return bool(self.speakers or self.names_meeting() or self.meeting_ids)

    def names_meeting(self) -> bool:
        return bool(self.committee or self.meeting or self.since or self.until)


@dataclass
class Answer:
    meeting: str | None
    date: str | None
    committee: str | None
    agenda_item: str | None
    page: int | None
    speaker: str | None
    role: str | None
    speaker_confidence: float | None
    narration: bool  # no speaker: the record's own words, not somebody unnamed
    quote: str
    passage: str
    score: float
    source: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Result:
    question: str
    language: str
    no_answer: bool
    answers: list[Answer]
    speakers: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "language": self.language,
            "no_answer": self.no_answer,
            "answers": [a.to_json() for a in self.answers],
        }


class Searcher:
    """The record, its vector index and the embedder, loaded once; answers many questions."""

    def __init__(self, store: Store, embedder: Embedder, vectors: VectorIndex | None = None) -> None:
        self.store = store
        self.embedder = embedder
        self.vectors = vectors or VectorIndex(store, embedder)
        self._speakers: list[str] | None = None
        self._speaker_index: dict[str, list[str]] = {}
        self._background: np.ndarray | None = None
        self._meetings: MeetingDirectory | None = None
        self._passage_count: int | None = None
        self._lexical_thread: LexicalThread | None = None
        self._agenda: AgendaItems | None = None

    def prepare(self, progress: Callable[[str, int, int], None] | None = None, switch_embedder: bool = False) -> None:
        """Embed what is new and load the index; next to free when nothing changed.
        ``progress(what, done, total)`` reports the embedding of new "passages" and "agenda
        items".

        An index built by another embedder is an error unless ``switch_embedder``: then every
        chunk is embedded anew with the configured one (vectors of the two are never mixed).
        """
        if not switch_embedder:
            self.vectors.check_embedder()
        if self.vectors.stale():
            self.vectors.sync(lambda done, total: progress("passages", done, total) if progress else None)
        self.vectors.load()
        self._speakers = known_speakers_of(self.store)
        self._speaker_index = surname_index(self._speakers)
        self._meetings = None
        self._passage_count = None
        self._background = None
        self._agenda = None
        # Pay the one-time costs now, not on the first user's question: the background
        # texts' vectors (embedded once per store), the model's and the dictionary's start.
        self.background  # noqa: B018
        self._agenda = AgendaItems.of(
            self.store, self.vectors, lambda done, total: progress("agenda items", done, total) if progress else None
        )
        self.embedder.embed_query("rozgrzewka")
        self._lexical_search("rozgrzewka").result()  # the dictionary, the thread and its connection

    @property
    def background(self) -> np.ndarray:
        if getattr(self, "_background", None) is None:
            lines = BACKGROUND_TEXTS.read_text(encoding="utf-8").splitlines()
            self._background = self.vectors.cached_vectors([t for t in lines if t.strip() and not t.startswith("#")])
        return self._background

    def unanswerable(self, language: str, best: float, query: np.ndarray, searched: int) -> bool:
        """Whether the best chunk of ``searched`` chunks is too weak an answer to quote."""
        group = "pl" if language == "pl" else "other"
        if best < NO_ANSWER_BELOW[group]:
            return True
        required = REQUIRED_LEAD[group] + LEAD_PER_DECADE * max(0.0, math.log10(searched / REFERENCE_CHUNKS))
        return best - float(np.max(self.background @ query)) < required

    @property
    def agenda(self) -> AgendaItems:
        if self._agenda is None:
            self._agenda = AgendaItems.of(self.store, self.vectors)
        return self._agenda

    @property
    def known_speakers(self) -> list[str]:
        if self._speakers is None:
            self._speakers = known_speakers_of(self.store)
            self._speaker_index = surname_index(self._speakers)
        return self._speakers

    @property
    def speaker_index(self) -> dict[str, list[str]]:
        self.known_speakers  # noqa: B018  (fills the index on first use)
        return self._speaker_index

    @property
    def passage_count(self) -> int:
        if self._passage_count is None:
            self._passage_count = lexical.passage_count(self.store)
        return self._passage_count

    @property
    def meetings(self) -> MeetingDirectory:
        if self._meetings is None:
            rows = self.store.db.execute("select id, number, date, committee, body from meetings")
            self._meetings = MeetingDirectory([MeetingRef(*row) for row in rows])
        return self._meetings

    def _allowed_chunks(self, filters: Filters) -> np.ndarray | None:
        if not filters.any():
            return None
        where, params = [], []
        if filters.speakers:
            where.append(f"c.speaker in ({', '.join('?' for _ in filters.speakers)})")
            params += filters.speakers
        if filters.committee:
            where.append("(m.committee like ? or m.body like ?)")
            params += [f"%{filters.committee}%"] * 2
        if filters.meeting:
            where.append("m.number = ?")
            params.append(filters.meeting)
        if filters.meeting_ids:
            where.append(f"m.id in ({', '.join('?' for _ in filters.meeting_ids)})")
            params += filters.meeting_ids
        if filters.since:
            where.append("m.date >= ?")
            params.append(filters.since)
        if filters.until:
            # A date given as a day includes that whole day; "2019-11" compares as a prefix.
            where.append("substr(m.date, 1, length(?)) <= ?")
            params += [filters.until, filters.until]
        rows = self.store.db.execute(
            "select c.id from chunks c join passages p on p.id = c.passage_id join meetings m on m.id = p.meeting_id"
            f" where {' and '.join(where)} order by c.id",
            params,
        ).fetchall()
        return np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))

    def resolve_speaker(self, name: str) -> list[str]:
        """Speakers matching a name given in any case form ("Viktoriyi Herun", "Herun")."""
        wanted = name.strip()
        words = wanted.split()
        forms = {wanted.lower(), nominative_name(words).lower()} if len(words) > 1 else set()
        exact = [s for s in self.known_speakers if s.lower() in forms]
        return (
            exact
            or speakers_named_in(wanted[:1].upper() + wanted[1:] if len(words) == 1 else wanted, self.known_speakers)
            or (speakers_named_in("x " + wanted, self.known_speakers))
        )

    def ask(self, question: str, top: int = 3, filters: Filters | None = None) -> Result:
        filters = filters or Filters()
        asked = unicodedata.normalize("NFC", without_markup(question))  # "ą" as "a" and its ogonek too
        language = detect_language(asked)
        if not asks_anything(asked):
            return Result(question, language, True, [], filters.speakers)
        named = speakers_named_in(asked, self.speaker_index)
        if named and not filters.speakers:
            filters = Filters(**{**asdict(filters), "speakers": named})
        # The words naming a meeting choose the record to search; the rest is what to find.
        searched_for = asked
        if not filters.names_meeting() and not filters.meeting_ids:
            mention = self.meetings.find(asked)
            if mention.meeting_ids:
                filters = Filters(**{**asdict(filters), "meeting_ids": sorted(mention.meeting_ids)})
                searched_for = mention.stripped(asked)
        allowed = self._allowed_chunks(filters)
        searched = len(allowed) if allowed is not None else self.vectors.size
        # "What did Kwiatkowska say?" asks for anything they said: nothing to judge it by.
        anything_they_said = False
        if named and filters.speakers == named:
            query, ranking = self._about_what_they_said(searched_for, named)
            anything_they_said = not topic_of(searched_for, _names_one_of(named))
        else:
            query = ranking = self.embedder.embed_query(searched_for)
        weight = LEXICAL_WEIGHT.get(language, 0.0)
        lexical_hits = self._lexical_search(searched_for) if weight else None
        dense = self.vectors.search(ranking, DENSE_CANDIDATES, allowed)
        judged = dense if ranking is query else self.vectors.search(query, 1, allowed)
        if not dense or (not anything_they_said and self.unanswerable(language, judged[0][1], query, searched)):
            if lexical_hits is not None and self._lexical_thread is not None:
                self._lexical_thread.stop()
            return Result(question, language, True, [], filters.speakers)

        standing = self.agenda.standing_out(ranking)
        candidates = self._with_item_candidates(dense, ranking, standing.strongest(ITEMS_SEARCHED), allowed)
        chunk_rows = self._chunks([chunk_id for chunk_id, _ in candidates])
        best_chunk, similarity = passage_similarity(
            candidates, {c: row["passage_id"] for c, row in chunk_rows.items()}, floor=dense[-1][1]
        )
        found = self._found_passages(list(similarity))
        similarity = with_agenda_standing(similarity, found.agenda_item, standing.gain)
        hits = lexical_hits.result() if lexical_hits is not None else []
        ranked = reranked(similarity, hits, weight)
        if expected := expected_answer(asked):
            ranked = with_expected_answer(ranked, lambda pids: self._holding(expected, pids, best_chunk))
        about_agenda = asks_about_agenda(asked)
        if about_agenda:
            ranked = agenda_first(ranked, found.agenda)
        else:
            ranked = front_matter_after_content(ranked, found.meetings_and_front_matter)
        # A reply quoted from the passage after may be a passage ranked too: a few spare.
        ranked = ranked[: top + REPLIES_ELSEWHERE]
        passages = {p["id"]: p for p in self.store.passages(ids=[pid for pid, _ in ranked[:top]])}

        def passage(pid: int) -> dict[str, Any]:
            if pid not in passages:
                passages.update((p["id"], p) for p in self.store.passages(ids=[pid]))
            return passages[pid]

        answers: list[Answer] = []
        quoted: set[int] = set()
        about_asking = asks_about_asking(asked)
        for pid, score in ranked:
            if len(answers) == top:
                break
            chunk = chunk_rows[best_chunk[pid][0]]
            # A question put in the meeting is closest to the same question put to us, but
            # what answers it is the reply that follows (unless we are asked who asked what).
            quote = (None if about_asking else self._reply_to(passage(pid), chunk, allowed)) or chunk
            if about_agenda and pid in found.agenda:
                quote = {**chunk, "start": 0, "end": len(passage(pid)["text"])}  # the whole agenda
            if quote["passage_id"] not in quoted:
                quoted.add(quote["passage_id"])
                answers.append(self._answer(passage(quote["passage_id"]), quote, score))
        return Result(question, language, False, answers, filters.speakers)

    def _holding(
        self, expected: list[re.Pattern[str]], passage_ids: list[int], best_chunk: dict[int, tuple[int, float]]
    ) -> set[int]:
        """Which of ``passage_ids`` have a best chunk holding the ``expected`` kind of answer
        (only the chunks' words are read, not whole passages: a Sejm speech runs to pages)."""
        chunk_ids = [best_chunk[pid][0] for pid in passage_ids]
        rows = self.store.db.execute(
            'select c.passage_id, substr(p.text, c.start + 1, c."end" - c.start) from chunks c'
            f" join passages p on p.id = c.passage_id where c.id in ({', '.join('?' for _ in chunk_ids)})",
            chunk_ids,
        ).fetchall()
        return {pid for pid, words in rows if holds(words, expected)}

    def _with_item_candidates(
        self, dense: list[tuple[int, float]], query: np.ndarray, items: list[ItemKey], allowed: np.ndarray | None
    ) -> list[tuple[int, float]]:
        """``dense`` and the chunks closest to ``query`` under the first of ``items`` that has
        chunks within ``allowed`` (a filter may leave the strongest item out), best first."""
        under = np.zeros(0, dtype=np.int64)
        for item in items:
            under = chunks_under(self.store, item)
            if allowed is not None:
                under = np.intersect1d(under, allowed, assume_unique=True)
            if len(under):
                break
        if not len(under):
            return dense
        found = dict(dense)
        for chunk_id, score in self.vectors.search(query, ITEM_CANDIDATES, under):
            found.setdefault(chunk_id, score)
        return sorted(found.items(), key=lambda hit: -hit[1])

    def _found_passages(self, passage_ids: list[int]) -> _FoundPassages:
        """What ranking needs of the passages found, read in one query: meeting, agenda item,
        and whether each is a meeting's title or agenda."""
        rows = self.store.db.execute(
            f"select id, meeting_id, agenda_item, substr(text, 1, 80) from passages"
            f" where id in ({', '.join('?' for _ in passage_ids)})",
            passage_ids,
        ).fetchall()
        return _FoundPassages(
            meeting={pid: meeting for pid, meeting, _, _ in rows},
            agenda_item={pid: (meeting, item) for pid, meeting, item, _ in rows if item is not None},
            front_matter={pid for pid, _, _, head in rows if is_front_matter(head)},
            agenda={pid for pid, _, _, head in rows if opens_with_agenda(head)},
        )

    def _lexical_search(self, question: str) -> Future[list[lexical.LexicalHit]]:
        """The lexical hits, found in a second thread while this one walks the vector graph
        (see index/lexical_thread.py); an in-memory store has no file to open twice."""
        terms = lexical.query_terms(question)  # morfeusz2 stays in this thread
        if self._lexical_thread is None and str(self.store.path) != ":memory:":
            self._lexical_thread = LexicalThread(self.store.path)
        if self._lexical_thread is not None:
            return self._lexical_thread.search(terms, LEXICAL_CANDIDATES, self.passage_count)
        done: Future[list[lexical.LexicalHit]] = Future()
        done.set_result(lexical.search_terms(self.store.db, terms, LEXICAL_CANDIDATES, self.passage_count))
        return done

    def _reply_to(self, passage: dict[str, Any], chunk: dict[str, Any], allowed: np.ndarray | None) -> dict | None:
        """The chunk that answers ``chunk``: the next words said by somebody else (and passing
        the filters). In a protocol, in its passage or opening the passage after under the same
        agenda item, when ``chunk`` reports a question or those words report a reply ("Radna …
        zwróciła uwagę, że … czekają na chodnik. Pan Dyrektor zapewnił, że …"); a question may
        be answered in the next paragraph, as protocols that give each speaker one do. In a
        transcript, the next turn, when ``chunk`` ends its speaker's turn with a question. None
        otherwise."""
        if not chunk["speaker"]:
            return None
        if passage["style"] == "transcript":
            return self._next_turn_answering(passage, chunk, allowed)
        if passage["style"] != "protocol":
            return None
        # The first later chunk not said by the same speaker: only that one can be the reply.
        following = self._chunk_rows(
            "passage_id = ? and start >= ? and lead is null and speaker is not ? order by start limit 1",
            [passage["id"], chunk["end"], chunk["speaker"]],
        )
        after = following[0] if following else None
        asked = reports_a_question(passage["text"][chunk["start"] : chunk["end"]])
        after_text = passage["text"]
        # Across a paragraph only a question reported: words reporting a reply may open a new
        # exchange ("Na pytanie radnego …, odpowiedział Pan Bąk.") after a statement.
        if after is None and asked:
            next_passage = self._next_passage(passage["id"])
            if next_passage is None:
                return None
            after, after_text = self._opening_chunk(next_passage[0]), next_passage[1]
        if not _said_by_another(after, chunk, allowed):
            return None
        return after if asked or reports_a_reply(after_text[after["start"] : after["end"]]) else None

    def _next_turn_answering(
        self, passage: dict[str, Any], chunk: dict[str, Any], allowed: np.ndarray | None
    ) -> dict | None:
        """The next turn of a transcript when ``chunk`` ends its speaker's turn with a question
        ("Ile mandatów wystawiono za spalanie śmieci?" and the commandant's "Za spalanie odpadów
        wystawiliśmy 58 mandatów."), unless the chair speaks next: the chair gives the floor."""
        text = passage["text"]
        said = text[chunk["start"] : chunk["end"]].rstrip()
        asks = said.endswith("?") or reports_a_question(said) or _HAS_A_QUESTION.search(said)
        if not asks or text[chunk["end"] :].strip():
            return None
        next_passage = self._next_passage(passage["id"])
        after = self._opening_chunk(next_passage[0]) if next_passage else None
        if not _said_by_another(after, chunk, allowed) or (
            after["role"] and office_key(after["role"].split()[0]) in _CHAIRS
        ):
            return None
        return after

    def _next_passage(self, passage_id: int) -> tuple[int, str] | None:
        """The passage after this one under the same agenda item: (id, text)."""
        return self.store.db.execute(
            """select n.id, n.text from passages p join passages n on n.meeting_id = p.meeting_id
               and n.seq = p.seq + 1 and n.agenda_item is p.agenda_item where p.id = ?""",
            [passage_id],
        ).fetchone()

    def _opening_chunk(self, passage_id: int) -> dict[str, Any] | None:
        rows = self._chunk_rows("passage_id = ? and lead is null order by start limit 1", [passage_id])
        return rows[0] if rows else None

    def _about_what_they_said(self, question: str, named: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """For a question about what the people it names said, once the filter holds them: the
        question without their names, to judge whether anything answers (with the names, every
        chunk that names them is close, so "What did Ms Herun say about the weather?" was
        answered), and that moved towards its topic alone, to rank (the name and the "what did …
        say about" frame pull towards chunks that name the person and report speech, away from
        the content sentences that follow)."""
        names_person = _names_one_of(named)
        unnamed = without_person(question, names_person)
        judged = self.embedder.embed_query(unnamed or question)
        topic = topic_of(question, names_person)
        if not topic or topic == unnamed:
            return judged, judged
        moved = judged + self.embedder.embed_query(topic)
        return judged, moved / np.linalg.norm(moved)

    def _chunks(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        rows = self._chunk_rows(f"id in ({', '.join('?' for _ in ids)})", ids)
        return {row["id"]: row for row in rows}

    def _chunk_rows(self, where: str, params: list) -> list[dict[str, Any]]:
        keys = ("id", "passage_id", "start", "end", "speaker", "role", "confidence")
        rows = self.store.db.execute(
            f'select id, passage_id, start, "end", speaker, role, confidence from chunks where {where}', params
        ).fetchall()
        return [dict(zip(keys, row)) for row in rows]

    def _answer(self, passage: dict[str, Any], chunk: dict[str, Any], score: float) -> Answer:
        text = passage["text"]
        start, end = chunk["start"], chunk["end"]
        quote = text[start:end].strip()
        if text[:start].strip():
            quote = "… " + quote
        if text[end:].strip():
            quote = quote + " …"
        return Answer(
            meeting=passage["meeting"],
            date=passage["date"],
            committee=passage["committee"] or passage["body"],
            agenda_item=passage["agenda_item"],
            page=passage["page"],
            speaker=chunk["speaker"],
            role=chunk["role"],
            speaker_confidence=chunk["confidence"],
            narration=chunk["speaker"] is None and _narrated(passage["spans"], start),
            quote=quote,
            passage=text,
            score=round(score, 4),
            source=passage["source"],
        )


@dataclass
class _FoundPassages:
    meeting: dict[int, int]
    agenda_item: dict[int, ItemKey]
    front_matter: set[int]
    agenda: set[int]

    def meetings_and_front_matter(self, passage_ids: list[int]) -> tuple[dict[int, int], set[int]]:
        """The meeting of each of ``passage_ids`` and which are a meeting's title or agenda."""
        return {pid: self.meeting[pid] for pid in passage_ids}, self.front_matter & set(passage_ids)


def _said_by_another(after: dict[str, Any] | None, chunk: dict[str, Any], allowed: np.ndarray | None) -> bool:
    """Whether ``after`` is somebody's words other than ``chunk``'s speaker's, within the filters."""
    return (
        after is not None
        and after["speaker"] not in (None, chunk["speaker"])
        and (allowed is None or after["id"] in allowed)
    )


def _names_one_of(named: list[str]) -> Callable[[str], bool]:
    """Whether a word of a question names one of the ``named`` speakers ("Herun", "Герун")."""
    words = [word for name in named for word in name.split()]
    return lambda word: any(names_match(word, name_word) for name_word in words)


def _narrated(spans: list[dict[str, Any]], offset: int) -> bool:
    return any(s["start"] <= offset < s["end"] and s["narration"] for s in spans)


_WHITESPACE = re.compile(r"\s+")


def normalize_for_match(text: str) -> str:
    return _WHITESPACE.sub(" ", text.replace("**", "")).strip()
