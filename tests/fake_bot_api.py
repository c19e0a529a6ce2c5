"""A local Bot API server for the end-to-end tests: the only fake, at Telegram's edge.

It answers the HTTP calls python-telegram-bot makes the way Telegram does, including the
refusals: HTML it cannot parse, text over 4096 characters after entity parsing, callback
data over 64 bytes, answer texts over 200 characters; and on demand 429 with retry_after,
500/502, so the bot's retries are exercised. Tests push updates (what users do) and read
what the bot sent.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TOKEN = "123456:TEST-token-never-logged"
BOT_ID = 123456
BOT_USERNAME = "komisja_test_bot"
ALLOWED_TAGS = {
    "b": set(), "strong": set(), "i": set(), "em": set(), "u": set(), "ins": set(), "s": set(),
    "strike": set(), "del": set(), "tg-spoiler": set(), "span": {"class"}, "a": {"href"}, "code": {"class"},
    "pre": set(), "blockquote": {"expandable"}, "tg-emoji": {"emoji-id"},
}  # fmt: skip
JSON_FIELDS = {
    "reply_markup",
    "results",
    "commands",
    "entities",
    "allowed_updates",
    "reply_parameters",
    "link_preview_options",
}


class TelegramError(Exception):
    def __init__(self, code: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


class _EntityParser(HTMLParser):
    """Parses Telegram HTML as strictly as Telegram: known tags, balanced, known entities."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise TelegramError(400, f'Bad Request: can\'t parse entities: Unsupported start tag "{tag}"')
        for name, _ in attrs:
            if name not in ALLOWED_TAGS[tag]:
                raise TelegramError(400, f'Bad Request: can\'t parse entities: Unsupported attribute "{name}"')
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise TelegramError(400, f'Bad Request: can\'t parse entities: Unmatched end tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            raise TelegramError(400, "Bad Request: can't parse entities: Unexpected character")
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        known = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
        if name not in known:
            raise TelegramError(400, f'Bad Request: can\'t parse entities: Unsupported entity "&{name};"')
        self.text.append(known[name])

    def handle_charref(self, name: str) -> None:
        self.text.append(chr(int(name[1:], 16) if name.lower().startswith("x") else int(name)))


def visible_text(text: str, parse_mode: str | None) -> str:
    if parse_mode != "HTML":
        return text
    if re.search(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", text):
        raise TelegramError(400, "Bad Request: can't parse entities: Character '&' is reserved")
    parser = _EntityParser()
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise TelegramError(
            400,
            f"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{parser.stack[-1]}\"",
        )
    return "".join(parser.text)


def check_text(text: Any, parse_mode: str | None) -> str:
    if not isinstance(text, str) or not text.strip():
        raise TelegramError(400, "Bad Request: message text is empty")
    visible = visible_text(text, parse_mode)
    if not visible.strip():
        raise TelegramError(400, "Bad Request: message text is empty")
    if len(visible.encode("utf-16-le")) // 2 > 4096:
        raise TelegramError(400, "Bad Request: message is too long")
    return visible


def check_markup(markup: dict | None) -> None:
    if not markup:
        return
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode("utf-8")) <= 64:
                raise TelegramError(400, "Bad Request: BUTTON_DATA_INVALID")
            if not button.get("text"):
                raise TelegramError(400, "Bad Request: text buttons are unallowed in the inline keyboard")


@dataclass
class Sent:
    method: str
    params: dict[str, Any]
    visible: str = ""
    message_id: int = 0


@dataclass
class FakeBotApi:
    host: str = "127.0.0.1"
    port: int = 0
    updates: list[dict] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    failures: list[tuple[str, int, int | None]] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Condition()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._server: ThreadingHTTPServer | None = None

    # -- what tests do -------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> FakeBotApi:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                api._serve_file(self)

            def do_POST(self) -> None:
                api._serve_method(self)

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def fail_next(self, method: str, status: int, retry_after: int | None = None) -> None:
        with self._lock:
            self.failures.append((method, status, retry_after))

    def push(self, update: dict) -> int:
        with self._lock:
            update_id = next(self._update_ids)
            self.updates.append({"update_id": update_id, **update})
            self._lock.notify_all()
            return update_id

    def user(self, user_id: int = 1001, language_code: str = "pl", first_name: str = "Anna") -> dict:
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": language_code}

    def message(
        self,
        text: str | None = None,
        chat_id: int = 1001,
        user: dict | None = None,
        chat_type: str = "private",
        **extra: Any,
    ) -> dict:
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type, **({"title": "Rada"} if chat_type != "private" else {})},
            "from": user or self.user(chat_id if chat_type == "private" else 1001),
            **extra,
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return message

    def add_file(self, file_id: str, content: bytes) -> None:
        self.files[file_id] = content

    def wait_for(self, predicate, timeout: float = 30.0) -> list[Sent]:
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [s for s in self.sent if predicate(s)]
                if found:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"nothing matching was sent; sent: {[(s.method, s.visible[:80]) for s in self.sent]}"
                    )
                self._lock.wait(remaining)

    def replies(self, chat_id: int) -> list[Sent]:
        with self._lock:
            return [s for s in self.sent if s.method == "sendMessage" and int(s.params["chat_id"]) == chat_id]

    # -- HTTP -------------------------------------------------------------------------------

    def _respond(self, handler: BaseHTTPRequestHandler, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _serve_file(self, handler: BaseHTTPRequestHandler) -> None:
        match = re.fullmatch(r"/file/bot([^/]+)/(.+)", urllib.parse.unquote(handler.path))
        if not match or match.group(1) != TOKEN or match.group(2) not in self.files:
            self._respond(handler, 404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        data = self.files[match.group(2)]
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _params(self, handler: BaseHTTPRequestHandler) -> dict[str, Any]:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        kind = handler.headers.get("Content-Type", "")
        if kind.startswith("application/json"):
            return json.loads(raw or b"{}")
        params: dict[str, Any] = {
            k: v[-1] for k, v in urllib.parse.parse_qs(raw.decode(), keep_blank_values=True).items()
        }
        for key in JSON_FIELDS & params.keys():
            params[key] = json.loads(params[key])
        return params

    def _serve_method(self, handler: BaseHTTPRequestHandler) -> None:
        match = re.fullmatch(r"/bot([^/]+)/(\w+)", handler.path)
        if not match or match.group(1) != TOKEN:
            self._respond(handler, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        method = match.group(2)
        params = self._params(handler)
        self.requests.append(method)
        with self._lock:
            failure = next((f for f in self.failures if f[0] == method), None)
            if failure:
                self.failures.remove(failure)
        if failure:
            _, status, retry_after = failure
            body: dict[str, Any] = {"ok": False, "error_code": status, "description": "Internal Server Error"}
            if status == 429:
                body = {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {retry_after}",
                    "parameters": {"retry_after": retry_after},
                }
            self._respond(handler, status, body)
            return
        try:
            result = getattr(self, f"api_{method}")(params)
        except AttributeError:
            self._respond(handler, 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"})
            return
        except TelegramError as error:
            with self._lock:
                self.refused.append((method, error.description))
                self._lock.notify_all()
            body = {"ok": False, "error_code": error.code, "description": error.description}
            if error.parameters:
                body["parameters"] = error.parameters
            self._respond(handler, error.code, body)
            return
        self._respond(handler, 200, {"ok": True, "result": result})

    def _record(self, method: str, params: dict, visible: str = "") -> Sent:
        with self._lock:
            sent = Sent(method, params, visible, next(self._message_ids))
            self.sent.append(sent)
            self._lock.notify_all()
            return sent

    def _chat_id(self, params: dict) -> int:
        try:
            return int(params["chat_id"])
        except (KeyError, ValueError) as error:
            raise TelegramError(400, "Bad Request: chat not found") from error

    # -- Bot API methods --------------------------------------------------------------------

    def api_getMe(self, params: dict) -> dict:
        return {
            "id": BOT_ID, "is_bot": True, "first_name": "Komisja", "username": BOT_USERNAME,
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True,
        }  # fmt: skip

    def api_deleteWebhook(self, params: dict) -> bool:
        return True

    def api_getUpdates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + timeout
        with self._lock:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and time.monotonic() < deadline:
                self._lock.wait(deadline - time.monotonic())
            return self.updates[:limit]

    def api_setMyCommands(self, params: dict) -> bool:
        for command in params.get("commands", []):
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command["command"]) or not 1 <= len(command["description"]) <= 256:
                raise TelegramError(400, "Bad Request: BOT_COMMAND_INVALID")
        self._record("setMyCommands", params)
        return True

    def api_sendChatAction(self, params: dict) -> bool:
        self._chat_id(params)
        self._record("sendChatAction", params)
        return True

    def api_sendMessage(self, params: dict) -> dict:
        chat_id = self._chat_id(params)
        visible = check_text(params.get("text"), params.get("parse_mode"))
        check_markup(params.get("reply_markup"))
        sent = self._record("sendMessage", params, visible)
        return {
            "message_id": sent.message_id, "date": int(time.time()), "text": visible,
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": self.api_getMe({}),
        }  # fmt: skip

    def api_editMessageText(self, params: dict) -> dict | bool:
        visible = check_text(params.get("text"), params.get("parse_mode"))
        check_markup(params.get("reply_markup"))
        self._record("editMessageText", params, visible)
        if "inline_message_id" in params:
            return True
        chat_id = self._chat_id(params)
        return {
            "message_id": int(params["message_id"]), "date": int(time.time()), "edit_date": int(time.time()),
            "text": visible, "chat": {"id": chat_id, "type": "private"}, "from": self.api_getMe({}),
        }  # fmt: skip

    def api_answerCallbackQuery(self, params: dict) -> bool:
        if len(params.get("text") or "") > 200:
            raise TelegramError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._record("answerCallbackQuery", params)
        return True

    def api_answerInlineQuery(self, params: dict) -> bool:
        results = params.get("results", [])
        if len(results) > 50:
            raise TelegramError(400, "Bad Request: RESULTS_TOO_MUCH")
        for result in results:
            if not 1 <= len(str(result.get("id", "")).encode()) <= 64:
                raise TelegramError(400, "Bad Request: RESULT_ID_INVALID")
            content = result.get("input_message_content") or {}
            check_text(content.get("message_text"), content.get("parse_mode"))
        self._record("answerInlineQuery", params)
        return True

    def api_getFile(self, params: dict) -> dict:
        file_id = params.get("file_id")
        if file_id not in self.files:
            raise TelegramError(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(self.files[file_id]),
            "file_path": file_id,
        }
