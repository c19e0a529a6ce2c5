"""The real bot (`komisja serve`, in its own process) talking HTTP to a local Bot API server."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE
from fake_bot_api import BOT_USERNAME, TOKEN, FakeBotApi
from test_cli import KOMISJA

from corpus.ingest import ingest
from corpus.store import Store
from index.embedders import get_embedder
from index.search import Searcher

ADMIN = 4242
PROTOCOLS = ROOT / "tests" / "data" / "protocols"


@pytest.fixture(scope="module")
def api():
    server = FakeBotApi().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def bot(api: FakeBotApi, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bot")
    store = Store(folder / "k.db")
    ingest(store, [SAMPLE])
    Searcher(store, get_embedder()).prepare()
    store.close()
    config = folder / "config.toml"
    config.write_text(
        f'[store]\ndb = "k.db"\n[telegram]\nadmins = [{ADMIN}]\nquestions_per_minute = 6\nuploads = "uploads"\n',
        encoding="utf-8",
    )
    log = (folder / "bot.log").open("w")
    process = subprocess.Popen(
        [*KOMISJA, "serve", "--config", str(config), "--base-url", api.url],
        env={**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 120
    while "getUpdates" not in api.requests:  # commands registered, polling started
        assert process.poll() is None and time.monotonic() < deadline, (folder / "bot.log").read_text()
        time.sleep(0.1)
    yield folder
    process.terminate()
    process.wait(timeout=30)
    log.close()


def ask(api: FakeBotApi, chat_id: int, text: str, language: str = "pl", **extra) -> list:
    before = len(api.replies(chat_id))
    api.push({"message": api.message(text, chat_id=chat_id, user=api.user(chat_id, language), **extra)})
    return api.wait_for(
        lambda s: (
            s.method == "sendMessage" and int(s.params["chat_id"]) == chat_id and s in api.replies(chat_id)[before:]
        )
    )


def test_start_and_commands_in_every_language(api: FakeBotApi, bot: Path) -> None:
    registered = {s.params.get("language_code") for s in api.sent if s.method == "setMyCommands"}
    assert {"pl", "en", "uk", "ru"} <= registered
    reply = ask(api, 2001, "/start", language="uk")[0]
    assert "Вітаю" in reply.visible and "/meetings" in reply.visible


def test_polish_question_gets_quote_meeting_and_speaker(api: FakeBotApi, bot: Path) -> None:
    reply = ask(api, 2002, "Ilu studentów zagranicznych studiuje w Lublinie?")[0]
    assert reply.params["parse_mode"] == "HTML"
    assert "nr 4/VIII/2019" in reply.visible and "2019-11-18" in reply.visible
    assert "Viktoriya Herun" in reply.visible
    assert "<blockquote>" in reply.params["text"] and "<blockquote expandable>" in reply.params["text"]
    assert any(s.method == "sendChatAction" and int(s.params["chat_id"]) == 2002 for s in api.sent)


def test_english_question_answers_with_english_interface(api: FakeBotApi, bot: Path) -> None:
    reply = ask(api, 2003, "How many foreign students study in Lublin?", language="pl")[0]
    assert "nr 4/VIII/2019" in reply.visible and "Full passage" in reply.visible
    unanswerable = ask(api, 2003, "Who won the football world cup in 2018?")[-1]
    assert unanswerable.visible.startswith("Nothing in the record")


def test_button_pages_to_further_answers(api: FakeBotApi, bot: Path) -> None:
    reply = ask(api, 2004, "Jakie klastry działają w Lublinie?")[0]
    buttons = reply.params["reply_markup"]["inline_keyboard"][0]
    forward = buttons[-1]["callback_data"]
    assert len(forward.encode()) <= 64
    api.push(
        {
            "callback_query": {
                "id": "cb-1",
                "from": api.user(2004),
                "chat_instance": "ci",
                "data": forward,
                "message": {
                    "message_id": reply.message_id,
                    "date": int(time.time()),
                    "chat": {"id": 2004, "type": "private"},
                    "from": api.api_getMe({}),
                    "text": reply.visible,
                },
            }
        }
    )
    edited = api.wait_for(lambda s: s.method == "editMessageText" and int(s.params["chat_id"]) == 2004)[0]
    assert edited.visible != reply.visible and "nr 4/VIII/2019" in edited.visible
    assert any(s.method == "answerCallbackQuery" and s.params["callback_query_id"] == "cb-1" for s in api.sent)
    more = ask(api, 2004, "/more")[-1]
    assert "nr 4/VIII/2019" in more.visible


def test_group_answers_only_when_addressed(api: FakeBotApi, bot: Path) -> None:
    group = -3001
    question = "Czy w klastrach są składki?"
    api.push({"message": api.message(question, chat_id=group, chat_type="supergroup")})
    mention = f"@{BOT_USERNAME} {question}"
    api.push(
        {
            "message": api.message(
                mention,
                chat_id=group,
                chat_type="supergroup",
                entities=[{"type": "mention", "offset": 0, "length": len(BOT_USERNAME) + 1}],
            )
        }
    )
    replies = api.wait_for(lambda s: s.method == "sendMessage" and int(s.params["chat_id"]) == group)
    time.sleep(1.0)
    assert len(api.replies(group)) == 1 and "nr 4/VIII/2019" in replies[0].visible
    ask(api, group, f"/ask@{BOT_USERNAME} Kto prowadził obrady?", chat_type="supergroup")
    assert len(api.replies(group)) == 2
    bot_message = {
        "message_id": replies[0].message_id,
        "date": int(time.time()),
        "chat": {"id": group, "type": "supergroup"},
        "from": api.api_getMe({}),
    }
    ask(api, group, "A ile kosztuje udział?", chat_type="supergroup", reply_to_message=bot_message)
    assert len(api.replies(group)) == 3


def test_inline_query_offers_articles(api: FakeBotApi, bot: Path) -> None:
    api.push(
        {
            "inline_query": {
                "id": "iq-1",
                "from": api.user(2005),
                "query": "kursy języka polskiego dla studentów",
                "offset": "",
            }
        }
    )
    answer = api.wait_for(lambda s: s.method == "answerInlineQuery" and s.params["inline_query_id"] == "iq-1")[0]
    results = answer.params["results"]
    assert results and all(r["type"] == "article" for r in results)
    assert "nr 4/VIII/2019" in results[0]["title"]


def _document(api: FakeBotApi, chat_id: int, name: str, content: bytes, size: int | None = None) -> dict:
    file_id = f"file-{chat_id}-{name}"
    api.add_file(file_id, content)
    document = {
        "file_id": file_id,
        "file_unique_id": f"u-{file_id}",
        "file_name": name,
        "file_size": size or len(content),
    }
    return {"message": api.message(None, chat_id=chat_id, user=api.user(chat_id), document=document)}


def test_admin_upload_goes_into_the_record_and_others_are_refused(api: FakeBotApi, bot: Path) -> None:
    content = (PROTOCOLS / "gdansk-komisja-rewizyjna-XV-123-2020.md").read_bytes()
    api.push(_document(api, 2006, "gdansk.md", content))
    refused = api.wait_for(lambda s: s.method == "sendMessage" and int(s.params["chat_id"]) == 2006)[0]
    assert "administrator" in refused.visible.lower()

    api.push(_document(api, ADMIN, "gdansk.md", content))
    done = api.wait_for(lambda s: s.method == "sendMessage" and int(s.params["chat_id"]) == ADMIN)[0]
    assert "XV/123/2020" in done.visible and "2020-10-05" in done.visible
    answer = ask(api, ADMIN, "Kiedy powstanie chodnik na ulicy Polnej?")[-1]
    assert "XV/123/2020" in answer.visible and "Krzysztof Dąbrowski" in answer.visible
    assert (bot / "uploads" / "gdansk.md").exists()


def test_bad_uploads_get_a_clear_reply_and_change_nothing(api: FakeBotApi, bot: Path) -> None:
    store = Store(bot / "k.db")
    before = store.counts()
    store.close()
    for name, content, size, expected in (
        ("skan.pdf", b"%PDF-1.4 broken", None, "skan.pdf"),
        ("ogromny.pdf", b"%PDF", 60 * 1024 * 1024, "60"),
        ("arkusz.xlsx", b"PK", None, "PDF, DOCX"),
    ):
        earlier = api.replies(ADMIN)
        api.push(_document(api, ADMIN, name, content, size))
        reply = api.wait_for(
            lambda s, seen=earlier: s.method == "sendMessage" and int(s.params["chat_id"]) == ADMIN and s not in seen
        )[0]
        assert expected in reply.visible
    store = Store(bot / "k.db")
    assert store.counts() == before
    store.close()


def test_flood_control_and_server_errors_are_retried(api: FakeBotApi, bot: Path) -> None:
    api.fail_next("sendMessage", 429, retry_after=1)
    started = time.monotonic()
    reply = ask(api, 2007, "Jakie są filary pracy referatu umiędzynarodowienia?")[0]
    assert time.monotonic() - started >= 1.0 and "nr 4/VIII/2019" in reply.visible
    api.fail_next("sendMessage", 502)
    api.fail_next("sendChatAction", 500)
    assert "nr 4/VIII/2019" in ask(api, 2007, "Ile firm współpracuje w Lubelskiej Wyżynie IT?")[0].visible


@pytest.mark.parametrize(
    ("chat_id", "update", "expected"),
    [
        (2101, {"text": "<b>składki</b> & <script>alert(1)</script> w klastrach?"}, "nr 4/VIII/2019"),
        (
            2102,
            {"text": "*Jakie podmioty* należą do _klastra_ `Lubelska Medycyna`? [link](http://x)"},
            "nr 4/VIII/2019",
        ),
        (2103, {"text": "x" * 10_000}, "za długie"),
        (2104, {"text": "🙂🙂🙂"}, "W protokołach nie ma nic"),
        (2105, {"text": "/ask"}, "/ask"),
        (
            2106,
            {
                "sticker": {
                    "file_id": "s",
                    "file_unique_id": "s",
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                }
            },
            "tekstowe",
        ),
        (2107, {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 90}]}, "tekstowe"),
    ],
)
def test_hostile_input_gets_a_clear_reply(
    api: FakeBotApi, bot: Path, chat_id: int, update: dict, expected: str
) -> None:
    text = update.pop("text", None)
    api.push({"message": api.message(text, chat_id=chat_id, user=api.user(chat_id), **update)})
    reply = api.wait_for(lambda s: s.method == "sendMessage" and int(s.params["chat_id"]) == chat_id)[0]
    assert expected in reply.visible
    assert not [r for r in api.refused if r[0] == "sendMessage"], api.refused


def test_edited_message_is_answered_again(api: FakeBotApi, bot: Path) -> None:
    edited = api.message("Kto prowadził obrady komisji?", chat_id=2108, user=api.user(2108))
    edited["edit_date"] = int(time.time())
    api.push({"edited_message": edited})
    reply = api.wait_for(lambda s: s.method == "sendMessage" and int(s.params["chat_id"]) == 2108)[0]
    assert "nr 4/VIII/2019" in reply.visible


def test_rate_limit_replies_kindly(api: FakeBotApi, bot: Path) -> None:
    for _ in range(6):
        ask(api, 2109, "Czy w klastrach są składki?")
    limited = ask(api, 2109, "Czy w klastrach są składki?")[-1]
    assert "Chwileczkę" in limited.visible


def test_meeting_and_who_commands(api: FakeBotApi, bot: Path) -> None:
    meetings = ask(api, 2110, "/meetings")[-1]
    assert "4/VIII/2019" in meetings.visible
    meeting = ask(api, 2110, "/meeting 4/VIII/2019")[-1]
    assert (
        "Monika Kwiatkowska" in meeting.visible
        and "Jadwiga Mach" in meeting.visible
        and "Sprawy wniesione" in meeting.visible
    )
    who = ask(api, 2110, "/who Herun")[-1]
    assert "Viktoriya Herun" in who.visible and "Kierownik referatu umiędzynarodowienia" in who.visible


def test_token_is_never_logged_and_no_request_was_refused(api: FakeBotApi, bot: Path) -> None:
    log = (bot / "bot.log").read_text(encoding="utf-8")
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    assert not api.refused, api.refused
