"""The one SQLite file: meetings, passages, speaker spans, people, and an FTS5 index over
Polish lemmas. Written with sqlite-utils; every meeting is written in one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from corpus.model import Meeting

SCHEMA_VERSION = 1
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


class Store:
    """The record. ``Store(path)`` creates the file and its tables on first use."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # One thread at a time uses the connection (the bot hands all record work to a single
        # worker thread), but not always the thread that opened it.
        self.db = sqlite_utils.Database(sqlite3.connect(str(path), check_same_thread=False))
        # Ingest and the bot may share the file: wait for a writer instead of failing.
        self.db.execute("PRAGMA busy_timeout = 30000")
        if str(path) != ":memory:":
            self.db.enable_wal()
        self._ensure_schema()

    def close(self) -> None:
        self.db.close()

    def _ensure_schema(self) -> None:
        db = self.db
        if "meetings" in db.table_names():
            # Stores made before the lemma statistics existed get them here.
            db.execute("create virtual table if not exists passages_fts_vocab using fts5vocab(passages_fts, 'row')")
            # and the narration flag of spans: null (not known) until their files are read again.
            if "narration" not in db["spans"].columns_dict:
                db["spans"].add_column("narration", int)
            if "parser" not in db["meetings"].columns_dict:
                db["meetings"].add_column("parser", str)
            return
        with db.atomic():
            db["meetings"].create(
                {
                    "id": int,
                    "source": str,
                    "content_hash": str,
                    "style": str,
                    "number": str,
                    "date": str,
                    "committee": str,
                    "body": str,
                    "chair": str,
                    "absent": str,
                    "agenda": str,
                    "minute_taker": str,
                    "start_time": str,
                    "end_time": str,
                    "ingested_at": str,
                    "parser": str,
                },
                pk="id",
                not_null={"source", "content_hash", "style"},
            )
            db["meetings"].create_index(["source"], unique=True)
            db["meetings"].create_index(["content_hash"])
            db["meetings"].create_index(["number"])
            # AUTOINCREMENT: a passage id is never reused, so an id held elsewhere (the
            # vector index, a Telegram button) can never point at other text.
            db.execute(
                """create table passages (
                    id integer primary key autoincrement,
                    meeting_id integer not null references meetings(id),
                    seq integer not null, agenda_item text, page integer, text text not null,
                    speaker_label text, lemmas text, content_hash text)"""
            )
            db["passages"].create_index(["meeting_id", "seq"], unique=True)
            db["passages"].create_index(["content_hash"])
            db["people"].create(
                {"id": int, "body": str, "name": str, "variants": str, "roles": str},
                pk="id",
                not_null={"name"},
            )
            db["people"].create_index(["body", "name"], unique=True)
            db["spans"].create(
                {
                    "id": int,
                    "passage_id": int,
                    "start": int,
                    "end": int,
                    "speaker": str,
                    "role": str,
                    "confidence": float,
                    "person_id": int,
                    "narration": int,
                },
                pk="id",
                foreign_keys=[("passage_id", "passages", "id"), ("person_id", "people", "id")],
                not_null={"passage_id", "start", "end"},
            )
            db["meeting_people"].create(
                {"meeting_id": int, "person_id": int},
                pk=("meeting_id", "person_id"),
                foreign_keys=[("meeting_id", "meetings", "id"), ("person_id", "people", "id")],
            )
            db["meeting_people"].create_index(["person_id"])
            db["spans"].create_index(["passage_id"])
            db["spans"].create_index(["person_id"])
            db["passages"].enable_fts(["lemmas"], create_triggers=True, tokenize=FTS_TOKENIZER)

            # Document frequencies of lemmas, for leaving out those that match half the record.
            db.execute("create virtual table passages_fts_vocab using fts5vocab(passages_fts, 'row')")
            db["schema_info"].insert({"key": "version", "value": str(SCHEMA_VERSION)}, pk="key")

    # -- writing --------------------------------------------------------------------------

    def meeting_id_for_source(self, source: str) -> tuple[int, str] | None:
        row = self.db.execute("select id, content_hash from meetings where source = ?", [source]).fetchone()
        return (row[0], row[1]) if row else None

    def parser_of(self, meeting_id: int) -> str | None:
        """The parser version that read the meeting's file (None: before versions were kept)."""
        row = self.db.execute("select parser from meetings where id = ?", [meeting_id]).fetchone()
        return row[0] if row else None

    def source_with_hash(self, content_hash: str) -> str | None:
        row = self.db.execute("select source from meetings where content_hash = ?", [content_hash]).fetchone()
        return row[0] if row else None

    def replace_meeting(
        self,
        source: str,
        content_hash: str,
        meeting: Meeting,
        lemmatize: Callable[[str], str],
        passage_hash: Callable[[str], str],
        parser: str | None = None,
    ) -> int:
        """Write ``meeting`` for ``source``, replacing what that file gave before, atomically."""
        db = self.db
        with db.atomic():
            existing = self.meeting_id_for_source(source)
            if existing:
                self._delete_meeting(existing[0])
            meeting_id = (
                db["meetings"]
                .insert(
                    {
                        "source": source,
                        "content_hash": content_hash,
                        "style": meeting.style,
                        "number": meeting.number,
                        "date": meeting.date,
                        "committee": meeting.committee,
                        "body": meeting.body,
                        "chair": meeting.chair,
                        "absent": json.dumps(meeting.absent, ensure_ascii=False),
                        "agenda": json.dumps(meeting.agenda, ensure_ascii=False),
                        "minute_taker": meeting.minute_taker,
                        "start_time": meeting.start_time,
                        "end_time": meeting.end_time,
                        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
                        "parser": parser,
                    }
                )
                .last_pk
            )
            next_passage = (
                1
                + db.execute(
                    "select max(coalesce((select max(id) from passages), 0),"
                    " coalesce((select seq from sqlite_sequence where name = 'passages'), 0))"
                ).fetchone()[0]
            )
            passage_rows, span_rows = [], []
            people: dict[str, int] = {}
            for person in meeting.people:
                people[person.name] = self._person(meeting.body, person.name, person.roles, person.variants)
            for seq, passage in enumerate(meeting.passages):
                passage_id = next_passage + seq
                passage_rows.append(
                    {
                        "id": passage_id,
                        "meeting_id": meeting_id,
                        "seq": seq,
                        "agenda_item": passage.agenda_item,
                        "page": passage.page,
                        "text": passage.text,
                        "speaker_label": passage.speaker_label,
                        "lemmas": lemmatize(passage.text),
                        "content_hash": passage_hash(passage.text),
                    }
                )
                for span in passage.spans:
                    person_id = None
                    if span.speaker:
                        if span.speaker not in people:
                            roles = [span.role] if span.role else []
                            people[span.speaker] = self._person(meeting.body, span.speaker, roles, [span.speaker])
                        person_id = people[span.speaker]
                    span_rows.append(
                        {
                            "passage_id": passage_id,
                            "start": span.start,
                            "end": span.end,
                            "speaker": span.speaker,
                            "role": span.role,
                            "confidence": span.confidence,
                            "person_id": person_id,
                            "narration": int(span.narration),
                        }
                    )
            db["meeting_people"].insert_all(
                [{"meeting_id": meeting_id, "person_id": person_id} for person_id in set(people.values())]
            )
            db["passages"].insert_all(passage_rows, batch_size=500)
            db["spans"].insert_all(span_rows, batch_size=1000)
            self._delete_unreferenced_people()
        return int(meeting_id)

    def _person(self, body: str | None, name: str, roles: list[str], variants: list[str]) -> int:
        """The person's row in this body, created or with new roles and name forms merged in."""
        row = self.db.execute(
            "select id, roles, variants from people where body is ? and name = ?", [body, name]
        ).fetchone()
        if row is None:
            return int(
                self.db["people"]
                .insert(
                    {
                        "body": body,
                        "name": name,
                        "variants": json.dumps(variants, ensure_ascii=False),
                        "roles": json.dumps(roles, ensure_ascii=False),
                    }
                )
                .last_pk
            )
        known_roles = json.loads(row[1] or "[]")
        known_variants = json.loads(row[2] or "[]")
        # "radna" in one record's words is the "Radna" of another's
        merged_roles = known_roles + [r for r in roles if r.lower() not in {k.lower() for k in known_roles}]
        merged_variants = known_variants + [v for v in variants if v not in known_variants]
        if (merged_roles, merged_variants) != (known_roles, known_variants):
            self.db["people"].update(
                row[0],
                {
                    "roles": json.dumps(merged_roles, ensure_ascii=False),
                    "variants": json.dumps(merged_variants, ensure_ascii=False),
                },
            )
        return int(row[0])

    def _delete_meeting(self, meeting_id: int) -> None:
        self.db.execute(
            "delete from spans where passage_id in (select id from passages where meeting_id = ?)", [meeting_id]
        )
        self.db.execute("delete from passages where meeting_id = ?", [meeting_id])
        self.db.execute("delete from meeting_people where meeting_id = ?", [meeting_id])
        self.db.execute("delete from meetings where id = ?", [meeting_id])

    def _delete_unreferenced_people(self) -> None:
        self.db.execute("delete from people where id not in (select person_id from spans where person_id is not null)")

    def remove_source(self, source: str) -> bool:
        existing = self.meeting_id_for_source(source)
        if not existing:
            return False
        with self.db.atomic():
            self._delete_meeting(existing[0])
            self._delete_unreferenced_people()
        return True

    # -- reading --------------------------------------------------------------------------

    def meetings(self) -> list[dict[str, Any]]:
        rows = self.db.query("select * from meetings order by date, number, source")
        return [
            {
                "number": row["number"],
                "date": row["date"],
                "committee": row["committee"],
                "body": row["body"],
                "chair": row["chair"],
                "absent": json.loads(row["absent"] or "[]"),
                "agenda": json.loads(row["agenda"] or "[]"),
                "minute_taker": row["minute_taker"],
                "source": row["source"],
                "style": row["style"],
                "start_time": row["start_time"],
                "end_time": row["end_time"],
            }
            for row in rows
        ]

    def passages(self, meeting_number: str | None = None, ids: list[int] | None = None) -> list[dict[str, Any]]:
        where, params = [], []
        if meeting_number is not None:
            where.append("m.number = ?")
            params.append(meeting_number)
        if ids is not None:
            where.append(f"p.id in ({', '.join('?' for _ in ids)})")
            params.extend(ids)
        sql = (
            "select p.id, p.text, p.page, p.agenda_item, p.speaker_label, m.number, m.date, m.committee, m.body,"
            " m.source, m.style from passages p join meetings m on m.id = p.meeting_id"
            + (" where " + " and ".join(where) if where else "")
            + " order by m.date, m.number, m.source, p.seq"
        )
        passages = list(self.db.query(sql, params))
        spans: dict[int, list[dict[str, Any]]] = {}
        if passages:
            id_list = [p["id"] for p in passages]
            for chunk_start in range(0, len(id_list), 900):
                chunk = id_list[chunk_start : chunk_start + 900]
                for row in self.db.query(
                    f"select passage_id, start, end, speaker, role, confidence, narration from spans"
                    f" where passage_id in ({', '.join('?' for _ in chunk)}) order by passage_id, start",
                    chunk,
                ):
                    spans.setdefault(row["passage_id"], []).append(
                        {
                            "start": row["start"],
                            "end": row["end"],
                            "speaker": row["speaker"],
                            "role": row["role"],
                            "confidence": row["confidence"],
                            "narration": bool(row["narration"]),
                        }
                    )
        return [
            {
                "id": p["id"],
                "meeting": p["number"],
                "date": p["date"],
                "committee": p["committee"],
                "body": p["body"],
                "agenda_item": p["agenda_item"],
                "page": p["page"],
                "text": p["text"],
                "speaker_label": p["speaker_label"],
                "spans": spans.get(p["id"], []),
                "source": p["source"],
                "style": p["style"],
            }
            for p in passages
        ]

    def people(self, name: str | None = None) -> list[dict[str, Any]]:
        rows = self.db.query(
            """select p.id, p.name, p.body, p.roles, p.variants,
                 (select count(*) from spans s where s.person_id = p.id) as statements,
                 (select json_group_array(m.number) from meeting_people mp join meetings m on m.id = mp.meeting_id
                   where mp.person_id = p.id) as meetings
               from people p order by p.name, p.body"""
        )
        return [
            {
                "name": row["name"],
                "body": row["body"],
                "roles": json.loads(row["roles"] or "[]"),
                "variants": json.loads(row["variants"] or "[]"),
                "meetings": sorted({m for m in json.loads(row["meetings"]) if m}),
                "statements": row["statements"],
            }
            for row in rows
            if name is None or name.lower() in (row["name"] + " " + (row["variants"] or "")).lower()
        ]

    def counts(self) -> dict[str, int]:
        return {name: self.db[name].count for name in ("meetings", "passages", "spans", "people")}
