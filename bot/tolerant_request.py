"""Bot API responses made whole before python-telegram-bot reads them.

Telegram itself never needs this; Bot API emulators and some self-hosted servers do: a getMe
without ``is_bot``, dates in milliseconds, a callback query without ``chat_instance`` or a
message without ``message_id``, a getUpdates that answers at once instead of long-polling.
Every repair is one Telegram's own responses never trigger.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from telegram.request import HTTPXRequest, RequestData

# Any Unix time past this is in milliseconds (it is the year 5138 in seconds).
_MILLISECONDS = 10**11
_DATE_FIELDS = {"date", "edit_date", "forward_date"}
_IDLE_POLL_SECONDS = 0.5


def _repair(value: Any) -> Any:
    if isinstance(value, list):
        return [_repair(item) for item in value]
    if not isinstance(value, dict):
        return value
    repaired = {key: _repair(item) for key, item in value.items()}
    for key in _DATE_FIELDS & repaired.keys():
        if isinstance(repaired[key], int | float) and repaired[key] > _MILLISECONDS:
            repaired[key] = int(repaired[key] // 1000)
    if "chat" in repaired and "message_id" not in repaired:
        repaired["message_id"] = 0
    if "chat" in repaired and "date" not in repaired:
        repaired["date"] = int(time.time())
    if "data" in repaired and "from" in repaired and "id" in repaired and "chat_instance" not in repaired:
        repaired["chat_instance"] = ""
    return repaired


class TolerantRequest(HTTPXRequest):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._last_update_id: int | None = None

    async def post(self, url: str, request_data: RequestData | None = None, *args: Any, **kwargs: Any) -> Any:
        started = time.monotonic()
        result = await super().post(url, request_data, *args, **kwargs)
        endpoint = url.rsplit("/", 1)[-1]
        if endpoint == "getMe" and isinstance(result, dict):
            result.setdefault("is_bot", True)
        if endpoint == "getUpdates" and isinstance(result, list):
            # Drop updates already delivered, for servers that ignore the offset.
            if self._last_update_id is not None:
                result = [u for u in result if u.get("update_id", 0) > self._last_update_id]
            if result:
                self._last_update_id = max(u.get("update_id", 0) for u in result)
            timeout = (request_data.parameters.get("timeout") if request_data else None) or 0
            if not result and timeout and time.monotonic() - started < 0.1:
                # A server that does not long-poll: don't spin.
                await asyncio.sleep(_IDLE_POLL_SECONDS)
        if endpoint.startswith("edit") and result is None:
            return True
        return _repair(result)
