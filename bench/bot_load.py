"""Bot load benchmark: answers per second and p95 reply latency for simulated users.

Usage: python bench/bot_load.py [--users 50] [--rate 30] [--seconds 20]

`komisja serve` runs in its own process against the local Bot API server of the tests
(tests/fake_bot_api.py), over a store holding the bundled sample. The users send questions
(bench/calibration-questions.jsonl, each user its own chat) at --rate questions per second in
total; latency is from the moment an update is handed to the bot's getUpdates until the
answer's sendMessage reaches the server.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from fake_bot_api import TOKEN, FakeBotApi  # noqa: E402


class TimedApi(FakeBotApi):
    """Remembers when each update left in getUpdates and when each chat got its answer."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.handed: dict[int, float] = {}
        self.answered: dict[int, list[float]] = {}

    def api_getUpdates(self, params: dict) -> list[dict]:
        updates = super().api_getUpdates(params)
        now = time.perf_counter()
        for update in updates:
            self.handed.setdefault(update["update_id"], now)
        return updates

    def api_sendMessage(self, params: dict) -> dict:
        result = super().api_sendMessage(params)
        # The bot answers one chat's questions in order: the k-th answer is to the k-th question.
        self.answered.setdefault(int(params["chat_id"]), []).append(time.perf_counter())
        return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--rate", type=float, default=30.0, help="questions per second, all users together")
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()

    api = TimedApi().start()
    work = Path(tempfile.mkdtemp(prefix="komisja-bot-load-"))
    config = work / "config.toml"
    config.write_text(
        f'[store]\ndb = "k.db"\n[sample]\npath = "{ROOT / "samples"}"\n[telegram]\nquestions_per_minute = 100000\n',
        encoding="utf-8",
    )
    komisja = [str(Path(sys.executable).parent / "komisja")]
    subprocess.run(
        [*komisja, "ingest", "--config", str(config), str(ROOT / "samples")], check=True, capture_output=True
    )
    bot = subprocess.Popen(
        [*komisja, "serve", "--config", str(config), "--base-url", api.url],
        env={**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    while "getUpdates" not in api.requests:
        time.sleep(0.1)
    questions = [
        json.loads(line)["question"]
        for line in (ROOT / "bench" / "calibration-questions.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    sent: dict[int, list[int]] = {}  # chat → update ids in order
    total = int(args.rate * args.seconds)
    started = time.perf_counter()
    for n in range(total):
        user = 10_000 + n % args.users
        message = api.message(questions[n % len(questions)], chat_id=user, user=api.user(user, "pl"))
        sent.setdefault(user, []).append(api.push({"message": message}))
        time.sleep(max(0.0, started + (n + 1) / args.rate - time.perf_counter()))
    deadline = time.perf_counter() + 60
    while sum(len(v) for v in api.answered.values()) < total and time.perf_counter() < deadline:
        time.sleep(0.05)
    finished = max(max(v) for v in api.answered.values())
    bot.terminate()
    bot.wait(timeout=30)
    api.stop()
    latencies = sorted(
        (answered - api.handed[update]) * 1000
        for chat, updates in sent.items()
        for update, answered in zip(updates, api.answered.get(chat, []))
        if update in api.handed
    )
    print(
        json.dumps(
            {
                "users": args.users,
                "offered_per_s": args.rate,
                "questions": total,
                "answered": len(latencies),
                "answers_per_s": round(len(latencies) / (finished - started), 1),
                "p50_ms": round(latencies[len(latencies) // 2], 1),
                "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1], 1),
                "refused_by_api": len(api.refused),
            }
        )
    )


if __name__ == "__main__":
    main()
