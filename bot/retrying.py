"""Every Bot API call retried through flood control (429 retry_after), server errors (5xx)
and network failures, so no reply is lost; requests Telegram rejects as bad are not retried."""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
# getUpdates: the updater polls again by itself. The rest are courtesies that a retry would
# only delay an answer for.
SINGLE_ATTEMPT = {"getUpdates", "sendChatAction", "setMyCommands"}
FIRST_BACKOFF = 0.5
MAX_RETRY_AFTER = 60.0


def _seconds(retry_after: int | float | dtm.timedelta) -> float:
    return retry_after.total_seconds() if isinstance(retry_after, dtm.timedelta) else float(retry_after)


class RetryingLimiter(BaseRateLimiter[None]):
    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if endpoint in SINGLE_ATTEMPT:
            return await callback(*args, **kwargs)
        backoff = FIRST_BACKOFF
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                wait = min(_seconds(error.retry_after), MAX_RETRY_AFTER)
                log.warning("%s: flood control, retrying in %.1fs", endpoint, wait)
                await asyncio.sleep(wait + 0.05)
            except (BadRequest, Forbidden, InvalidToken):
                raise
            except (TimedOut, NetworkError) as error:
                if attempt == MAX_ATTEMPTS:
                    raise
                log.warning("%s: %s, retrying in %.1fs", endpoint, error, backoff)
                await asyncio.sleep(backoff)
                backoff *= 2
        return await callback(*args, **kwargs)
