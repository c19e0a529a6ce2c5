"""A scripted user session against telegram-test-api (npm), a Bot API emulator that is not
ours: it leaves out is_bot from getMe, sends dates in milliseconds, returns null from
editMessageText, ignores getUpdates' offset and timeout, and knows no setMyCommands."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE
from test_cli import KOMISJA

from corpus.ingest import ingest
from corpus.store import Store
from index.embedders import get_embedder
from index.search import Searcher

EMULATOR = ROOT / "tests" / "emulator"
TOKEN = "777:emulator-token"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_user_session_against_telegram_test_api(tmp_path: Path) -> None:
    if not (EMULATOR / "node_modules" / "telegram-test-api").exists():
        pytest.skip("run `npm ci --prefix tests/emulator` (make test does)")
    store = Store(tmp_path / "k.db")
    ingest(store, [SAMPLE])
    Searcher(store, get_embedder()).prepare()
    store.close()
    config = tmp_path / "config.toml"
    config.write_text('[store]\ndb = "k.db"\n', encoding="utf-8")

    port = _free_port()
    session = subprocess.Popen(
        ["node", str(EMULATOR / "session.js"), str(port), TOKEN],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert session.stdout.readline().strip() == "ready", session.stderr.read()
    log = (tmp_path / "bot.log").open("w")
    bot = subprocess.Popen(
        [*KOMISJA, "serve", "--config", str(config), "--base-url", f"http://127.0.0.1:{port}"],
        env={**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN}, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while "Application started" not in (tmp_path / "bot.log").read_text():
            assert bot.poll() is None and time.monotonic() < deadline, (tmp_path / "bot.log").read_text()
            time.sleep(0.2)
        output, errors = session.communicate("go\n", timeout=180)
    finally:
        bot.terminate()
        bot.wait(timeout=30)
        log.close()
    assert session.returncode == 0, errors + (tmp_path / "bot.log").read_text()
    results = json.loads(output.strip().splitlines()[-1])

    def texts(key: str) -> str:
        return "\n".join(m.get("text", "") for m in results[key])

    assert "/meetings" in texts("start")
    assert "nr 4/VIII/2019" in texts("polish") and "Viktoriya Herun" in texts("polish")
    assert "nr 4/VIII/2019" in texts("english") and "Full passage" in texts("english")
    assert "nr 4/VIII/2019" in texts("page") and texts("page") != texts("english")
    assert "administrator" in texts("upload")
