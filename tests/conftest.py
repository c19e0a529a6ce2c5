from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "lublin-komisja-wspolpracy-miedzynarodowej-4-VIII-2019.md"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def store(tmp_path: Path):
    opened = Store(tmp_path / "komisja.db")
    yield opened
    opened.close()


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    target = tmp_path / "files" / SAMPLE.name
    target.parent.mkdir()
    shutil.copy(SAMPLE, target)
    return target


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared not present ({path})")
    return path
