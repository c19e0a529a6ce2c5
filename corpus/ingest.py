"""Files → store: one transaction per file, unchanged files skipped by content hash, a file
that fails leaves the store as it was while the rest of the run goes on."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from corpus.errors import UnreadableFile
from corpus.morphology import lemmatize
from corpus.parse import PARSER_VERSION, parse_document
from corpus.readers import SUPPORTED_SUFFIXES, read_document
from corpus.store import Store

# Larger files are refused before reading: no council protocol comes near it, and a
# runaway file must not take the machine's memory.
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass
class FileResult:
    path: Path
    # "added", "replaced" (the file changed), "reread" (same file, read by an older parser),
    # "unchanged", "duplicate" or "failed"
    status: str
    reason: str | None = None
    number: str | None = None
    date: str | None = None
    passages: int = 0

    @property
    def failed(self) -> bool:
        return self.status == "failed"


def content_hash(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def find_files(paths: Iterable[Path]) -> tuple[list[Path], list[FileResult]]:
    """Files to ingest (folders searched recursively) and results for paths that are not."""
    files: list[Path] = []
    problems: list[FileResult] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(FileResult(path, "failed", "no such file or folder"))
    return list(dict.fromkeys(files)), problems


def ingest_file(store: Store, path: Path, source: str | None = None) -> FileResult:
    """Read one file into the store. ``source`` is the key the record keeps it under (its
    resolved path by default), for files read from a staging place before they are filed."""
    source = source or str(path.resolve())
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                path, f"file too large ({size // (1024 * 1024)} MB, limit {MAX_FILE_BYTES // (1024 * 1024)} MB)"
            )
        raw = path.read_bytes()
    except OSError as error:
        return FileResult(path, "failed", f"cannot read the file ({error.strerror or error})")
    except UnreadableFile as error:
        return FileResult(path, "failed", error.reason)
    digest = content_hash(raw)
    known = store.meeting_id_for_source(source)
    same_bytes = bool(known) and known[1] == digest
    if same_bytes and store.parser_of(known[0]) == PARSER_VERSION:
        return FileResult(path, "unchanged")
    twin = store.source_with_hash(digest)
    if twin and twin != source:
        return FileResult(path, "duplicate", f"same content as {twin}")
    try:
        meeting = parse_document(read_document(path))
        if not meeting.passages:
            raise UnreadableFile(path, "no passages found in the file")
    except UnreadableFile as error:
        return FileResult(path, "failed", error.reason)
    except Exception as error:  # a parser bug on one file must not stop the others
        return FileResult(path, "failed", f"could not parse the file ({type(error).__name__}: {error})")
    store.replace_meeting(source, digest, meeting, lemmatize, content_hash, parser=PARSER_VERSION)
    status = "reread" if same_bytes else "replaced" if known else "added"
    return FileResult(path, status, number=meeting.number, date=meeting.date, passages=len(meeting.passages))


def ingest(
    store: Store, paths: Iterable[Path], on_file: Callable[[FileResult], None] | None = None
) -> list[FileResult]:
    files, results = find_files(paths)
    for path in files:
        result = ingest_file(store, path)
        results.append(result)
        if on_file:
            on_file(result)
    return results
