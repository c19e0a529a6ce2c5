"""The chunk rows, kept in step with the passages: new and changed passages chunked, rows of
passages gone dropped, and after a change of chunking rules everything chunked anew with the
rows of chunks cut the same kept (their ids, and so the FAISS index built over them, stay)."""

from __future__ import annotations

from sqlite_utils import Database

from corpus.store import Store
from index.chunks import CHUNKER_VERSION, chunk_passage


def ensure_chunk_table(db: Database) -> None:
    """The chunks table and the index's notes (index_meta), made if missing."""
    if "chunks" in db.table_names():
        if "lead" not in db["chunks"].columns_dict:
            db["chunks"].add_column("lead", str)  # stores chunked before leads existed
    else:
        db.execute(
            """create table chunks (
                id integer primary key autoincrement,
                passage_id integer not null references passages(id),
                passage_hash text not null, start integer not null, "end" integer not null,
                speaker text, role text, confidence float, hash text not null, lead text)"""
        )
        db["chunks"].create_index(["passage_id"])
        db["chunks"].create_index(["hash"])
        db["chunks"].create_index(["speaker"])
    if "index_meta" not in db.table_names():
        db["index_meta"].create({"key": str, "value": str}, pk="key")
    if "chunked" not in db.table_names():
        # Which passages (at which content) have been chunked, whether or not they gave a
        # chunk: a passage too short for one ("To za długo!") otherwise looks new on every
        # start, and every start then wrote to the store (and failed while another wrote).
        db["chunked"].create({"passage_id": int, "passage_hash": str}, pk="passage_id")
        db.execute(
            "insert into chunked select distinct passage_id, passage_hash from chunks"
            " where passage_hash = (select content_hash from passages p where p.id = chunks.passage_id)"
        )


def chunk_new_passages(store: Store) -> int:
    """Chunk rows for passages that have none (new or changed); drop rows of passages gone;
    after a change of chunking rules, chunk everything anew."""
    db = store.db
    with db.atomic():
        ensure_chunk_table(db)
        removed = db.execute(
            """delete from chunks where passage_id not in (select id from passages)
               or passage_hash != (select content_hash from passages p where p.id = chunks.passage_id)"""
        ).rowcount
        db.execute(
            "delete from chunked where passage_hash is not (select content_hash from passages p where p.id = passage_id)"
        )
        if not chunked_by_this_version(db):
            removed += _rechunk_keeping_unchanged(store)
        db["index_meta"].insert({"key": "chunker", "value": CHUNKER_VERSION}, replace=True)
        todo = [row[0] for row in db.execute(f"select id from passages where {UNCHUNKED} order by id")]
        for start in range(0, len(todo), 900):
            db["chunks"].insert_all(_chunk_rows(store, todo[start : start + 900]), batch_size=1000)
        db.execute(f"insert or replace into chunked select id, content_hash from passages where {UNCHUNKED}")
    return removed


# A passage not chunked at its present content.
UNCHUNKED = (
    "not exists (select 1 from chunked c where c.passage_id = passages.id and c.passage_hash = passages.content_hash)"
)


def _rechunk_keeping_unchanged(store: Store) -> int:
    """Every passage chunked by this version's rules. A chunk the new rules cut the same
    keeps its row and id, so a rule that only adds chunks lets the FAISS index be extended
    (load()) where new ids everywhere would rebuild it: an hour at a million passages."""
    removed = 0
    passage_ids = [row[0] for row in store.db.execute("select id from passages order by id")]
    for start in range(0, len(passage_ids), 900):
        ids = passage_ids[start : start + 900]
        kept: dict[tuple, list[int]] = {}
        for chunk_id, *key in store.db.execute(
            f'select id, passage_id, start, "end", hash from chunks where passage_id in ({", ".join("?" for _ in ids)})',
            ids,
        ):
            kept.setdefault(tuple(key), []).append(chunk_id)
        fresh = []
        for row in _chunk_rows(store, ids):
            same = kept.get((row["passage_id"], row["start"], row["end"], row["hash"]))
            if same:
                same.pop()
            else:
                fresh.append(row)
        stale = [chunk_id for chunk_ids in kept.values() for chunk_id in chunk_ids]
        if stale:
            store.db.execute(f"delete from chunks where id in ({', '.join('?' for _ in stale)})", stale)
        removed += len(stale)
        store.db["chunks"].insert_all(fresh, batch_size=1000)
    store.db.execute("insert or replace into chunked select id, content_hash from passages")
    return removed


def _chunk_rows(store: Store, passage_ids: list[int]) -> list[dict]:
    hashes = dict(
        store.db.execute(
            f"select id, content_hash from passages where id in ({', '.join('?' for _ in passage_ids)})",
            passage_ids,
        )
    )
    return [
        {
            "passage_id": passage["id"],
            "passage_hash": hashes[passage["id"]],
            "start": chunk.start,
            "end": chunk.end,
            "speaker": chunk.speaker,
            "role": chunk.role,
            "confidence": chunk.confidence,
            "hash": chunk.content_hash,
            "lead": chunk.lead,
        }
        for passage in store.passages(ids=passage_ids)
        for chunk in chunk_passage(passage["text"], passage["spans"])
    ]


def chunked_by_this_version(db: Database) -> bool:
    """Whether the chunk rows were cut by this version's rules (else all are cut again)."""
    row = db.execute("select value from index_meta where key = 'chunker'").fetchone()
    if row is None and not db.execute("select exists(select 1 from chunks)").fetchone()[0]:
        return True  # nothing chunked yet: any version will do
    return bool(row) and row[0] == CHUNKER_VERSION
