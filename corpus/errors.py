"""Errors a caller can turn into one clear line about one file."""

from __future__ import annotations

from pathlib import Path


class UnreadableFile(Exception):
    """A file that cannot become a meeting: scanned, encrypted, empty, truncated, unknown type."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason
