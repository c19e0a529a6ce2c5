from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

from corpus.ingest import ingest, ingest_file
from corpus.store import Store

PROTOCOLS = ROOT / "tests" / "data" / "protocols"


def _snapshot(store: Store) -> list:
    return [
        store.db.execute(f"select * from {table} order by 1").fetchall()
        for table in ("meetings", "passages", "spans", "people")
    ]


def _consistent(path: Path) -> None:
    db = sqlite3.connect(path)
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert (
        db.execute(
            "select count(*) from meetings m where not exists (select 1 from passages p where p.meeting_id = m.id)"
        ).fetchone()[0]
        == 0
    )
    assert (
        db.execute(
            "select count(*) from passages p where not exists (select 1 from meetings m where m.id = p.meeting_id)"
        ).fetchone()[0]
        == 0
    )
    assert (
        db.execute(
            "select count(*) from spans s where not exists (select 1 from passages p where p.id = s.passage_id)"
        ).fetchone()[0]
        == 0
    )
    db.execute("insert into passages_fts(passages_fts) values('integrity-check')")
    assert (
        db.execute("select count(*) from passages_fts").fetchone()[0]
        == db.execute("select count(*) from passages").fetchone()[0]
    )
    db.close()


def test_spans_partition_every_passage(store: Store, sample_copy: Path) -> None:
    ingest(store, [sample_copy])
    for passage in store.passages():
        spans = passage["spans"]
        assert spans[0]["start"] == 0 and spans[-1]["end"] == len(passage["text"])
        assert all(a["end"] == b["start"] for a, b in zip(spans, spans[1:]))


def test_unchanged_reingest_changes_nothing(store: Store, sample_copy: Path) -> None:
    first = ingest(store, [sample_copy])
    assert [r.status for r in first] == ["added"]
    before = _snapshot(store)
    again = ingest(store, [sample_copy])
    assert [r.status for r in again] == ["unchanged"]
    assert _snapshot(store) == before


def test_copy_of_an_ingested_file_is_not_stored_twice(store: Store, sample_copy: Path, tmp_path: Path) -> None:
    ingest(store, [sample_copy])
    twin = tmp_path / "kopia.md"
    shutil.copy(sample_copy, twin)
    result = ingest_file(store, twin)
    assert result.status == "duplicate" and str(sample_copy.resolve()) in result.reason
    assert store.counts()["meetings"] == 1


def test_changed_file_replaces_its_meeting(store: Store, sample_copy: Path) -> None:
    ingest(store, [sample_copy])
    old_ids = {p["id"] for p in store.passages()}
    text = sample_copy.read_text(encoding="utf-8").replace(
        "Nieobecna była radna Jadwiga Mach.", "Nieobecny był radny Adam Zięba."
    )
    sample_copy.write_text(text, encoding="utf-8")
    assert ingest_file(store, sample_copy).status == "replaced"
    meetings = store.meetings()
    assert len(meetings) == 1 and meetings[0]["absent"] == ["Adam Zięba"]
    assert not old_ids & {p["id"] for p in store.passages()}
    assert len(store.passages()) == len(old_ids)


def test_failing_file_leaves_store_and_others_go_in(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "a.md")
    (folder / "b-pusty.txt").write_bytes(b"")
    (folder / "c-zepsuty.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    shutil.copy(PROTOCOLS / "krakow-komisja-budzetowa-12-2021.txt", folder / "d.txt")
    results = {r.path.name: r for r in ingest(store, [folder, tmp_path / "missing"])}
    assert results["a.md"].status == "added" and results["d.txt"].status == "added"
    assert results["b-pusty.txt"].failed and "no text" in results["b-pusty.txt"].reason
    assert results["c-zepsuty.pdf"].failed and "PDF" in results["c-zepsuty.pdf"].reason
    assert results["missing"].failed
    assert store.counts()["meetings"] == 2


def test_failure_inside_the_write_rolls_back_the_whole_meeting(store: Store, sample_copy: Path, tmp_path: Path) -> None:
    ingest(store, [sample_copy])
    before = _snapshot(store)
    sample_copy.write_text(sample_copy.read_text(encoding="utf-8") + "\n\nDopisany akapit na końcu protokołu.", "utf-8")

    def failing_lemmatize(text: str) -> str:
        if "Dopisany" in text:
            raise RuntimeError("disk full")
        return text

    from corpus.ingest import content_hash
    from corpus.parse import parse_document
    from corpus.readers import read_document

    meeting = parse_document(read_document(sample_copy))
    with pytest.raises(RuntimeError):
        store.replace_meeting(str(sample_copy.resolve()), "new-hash", meeting, failing_lemmatize, content_hash)
    assert _snapshot(store) == before
    _consistent(store.path)


def test_people_rows_come_from_attributed_spans(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text(
        "Sejm Rzeczypospolitej Polskiej\nz 3. posiedzenia Sejmu Rzeczypospolitej Polskiej\nw dniu 5 stycznia 2024 r.\n\n"
        "Poseł Jan Nowak:\nDziękuję.\nPoseł Anna Lis:\nProszę.\nPoseł Jan Nowak:\nJeszcze raz dziękuję.\n",
        encoding="utf-8",
    )
    ingest(store, [path])
    rows = store.db.execute("select name, roles from people order by name").fetchall()
    assert rows == [("Anna Lis", '["Poseł"]'), ("Jan Nowak", '["Poseł"]')]
    # one office written in lower case in another sitting's record is not a second role
    later = tmp_path / "s2.txt"
    later.write_text(
        path.read_text(encoding="utf-8")
        .replace("3. posiedzenia", "4. posiedzenia")
        .replace("Poseł Anna", "poseł Anna"),
        encoding="utf-8",
    )
    ingest(store, [later])
    assert store.db.execute("select roles from people where name = 'Anna Lis'").fetchone() == ('["Poseł"]',)


def test_a_store_read_by_an_older_parser_is_read_again_on_the_next_ingest(tmp_path: Path, sample_copy: Path) -> None:
    path = tmp_path / "old.db"
    old = Store(path)
    ingest(old, [sample_copy])
    # as stores were before spans knew narration and meetings their parser
    old.db.execute("alter table spans drop column narration")
    old.db.execute("alter table meetings drop column parser")
    old.close()
    reopened = Store(path)
    spans = [s for p in reopened.passages() for s in p["spans"]]
    # Nothing is claimed to be narration until the file is read again: "speaker uncertain" stays.
    assert spans and not any(s["narration"] for s in spans)
    assert ingest_file(reopened, sample_copy).status == "reread"
    assert any(s["narration"] for p in reopened.passages() for s in p["spans"])
    assert ingest_file(reopened, sample_copy).status == "unchanged"
    reopened.close()
