"""The Telegram front end (python-telegram-bot 22).

Private chats: every text message is a question. Groups: only when the bot is mentioned,
replied to, or asked with /ask. Inline mode offers the top answers as articles. Admins send
PDF/DOCX/TXT/MD files to add them to the record. One error handler logs and still answers.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatAction, ChatType, MessageEntityType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.compose import MAX_QUESTION_CHARS, compose
from bot.i18n import COMMANDS, LANGUAGES, pick_language, t
from bot.meeting_lines import meeting_lines, meetings_lines
from bot.retrying import RetryingLimiter
from bot.telegram_html import Block, answer_blocks, fit, lines_blocks, split
from bot.tolerant_request import TolerantRequest
from corpus.ingest import ingest_file
from corpus.readers import SUPPORTED_SUFFIXES
from index.search import Result, Searcher

log = logging.getLogger(__name__)
T = TypeVar("T")

ANSWERS_PER_QUESTION = 5
KEPT_RESULTS = 2000
INLINE_ANSWERS = 3


@dataclass
class BotSettings:
    admins: set[int] = field(default_factory=set)
    questions_per_minute: int = 12
    max_upload_mb: int = 20
    uploads: Path = Path("data/uploads")


class KomisjaBot:
    """Handlers over one Searcher; the record is read and written in the event loop's thread."""

    def __init__(self, searcher: Searcher, settings: BotSettings) -> None:
        self.searcher = searcher
        # The record (SQLite, FAISS, the model) is used from this one thread, so the event
        # loop keeps sending and receiving while a question is embedded and searched.
        self._record_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="record")
        self.settings = settings
        self.results: OrderedDict[str, tuple[Result, str]] = OrderedDict()
        self.next_key = 0
        self.recent: dict[int, deque[float]] = {}

    # -- wiring ---------------------------------------------------------------------------

    def application(self, token: str, base_url: str | None = None, base_file_url: str | None = None) -> Application:
        builder: ApplicationBuilder = (
            Application.builder()
            .token(token)
            .rate_limiter(RetryingLimiter())
            .request(TolerantRequest(connection_pool_size=64))
            .get_updates_request(TolerantRequest())
        )
        if base_url:
            builder = builder.base_url(base_url.rstrip("/") + "/bot").base_file_url(
                (base_file_url or base_url).rstrip("/") + "/file/bot"
            )
        # Several updates in flight: one user's long question does not hold up the others.
        application = builder.post_init(self._register_commands).concurrent_updates(16).build()
        self.add_handlers(application)
        return application

    def add_handlers(self, application: Application) -> None:
        application.add_handler(CommandHandler(["start", "help"], self.start))
        application.add_handler(CommandHandler("ask", self.ask_command))
        application.add_handler(CommandHandler("meetings", self.meetings))
        application.add_handler(CommandHandler("meeting", self.meeting))
        application.add_handler(CommandHandler("who", self.who))
        application.add_handler(CommandHandler("more", self.more))
        application.add_handler(CallbackQueryHandler(self.page, pattern=r"^p:"))
        application.add_handler(CallbackQueryHandler(self.page_number, pattern=r"^n:"))
        application.add_handler(InlineQueryHandler(self.inline))
        application.add_handler(MessageHandler(filters.Document.ALL, self.document))
        application.add_handler(
            MessageHandler(filters.TEXT & ~filters.COMMAND & (filters.UpdateType.MESSAGES), self.text)
        )
        application.add_handler(
            MessageHandler(~filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE, self.other)
        )
        application.add_error_handler(self.on_error)

    async def _register_commands(self, application: Application) -> None:
        try:
            for language in LANGUAGES:
                commands = [BotCommand(name, description) for name, description in COMMANDS[language]]
                await application.bot.set_my_commands(commands, language_code=language)
            await application.bot.set_my_commands([BotCommand(n, d) for n, d in COMMANDS["en"]])
        except TelegramError as error:
            # A server without setMyCommands (an emulator) still gets a working bot.
            log.warning("could not register the command menu: %s", error)

    @staticmethod
    async def _typing(message: Message) -> None:
        """Best effort: "typing…" is a courtesy, not worth delaying or failing an answer for."""
        try:
            await message.chat.send_action(ChatAction.TYPING)
        except TelegramError as error:
            log.info("no typing indicator: %s", error)

    # -- helpers --------------------------------------------------------------------------

    async def _on_record(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._record_thread, partial(work, *args, **kwargs))

    @staticmethod
    def _language(update: Update, text: str | None = None) -> str:
        user = update.effective_user
        return pick_language(text, user.language_code if user else None)

    def _rate_limited(self, user_id: int) -> int:
        """Seconds until this user may ask again, or 0."""
        now = time.monotonic()
        window = self.recent.setdefault(user_id, deque())
        while window and now - window[0] > 60:
            window.popleft()
        if len(window) >= self.settings.questions_per_minute:
            return int(60 - (now - window[0])) + 1
        window.append(now)
        return 0

    def _keep(self, result: Result, language: str) -> str:
        key = format(self.next_key, "x")
        self.next_key += 1
        self.results[key] = (result, language)
        while len(self.results) > KEPT_RESULTS:
            self.results.popitem(last=False)
        return key

    @staticmethod
    def _keyboard(key: str, index: int, total: int, language: str) -> InlineKeyboardMarkup | None:
        if total <= 1:
            return None
        buttons = []
        if index > 0:
            buttons.append(InlineKeyboardButton("◂", callback_data=f"p:{key}:{index - 1}"))
        buttons.append(InlineKeyboardButton(f"{index + 1}/{total}", callback_data=f"n:{key}"))
        if index + 1 < total:
            buttons.append(InlineKeyboardButton(t("more_button", language), callback_data=f"p:{key}:{index + 1}"))
        return InlineKeyboardMarkup([buttons])

    async def _reply_html(
        self, message: Message, blocks: list[Block], markup: InlineKeyboardMarkup | None = None
    ) -> None:
        parts = split(blocks)
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            await message.reply_html(part, reply_markup=markup if last else None, do_quote=index == 0)

    async def answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
        message = update.effective_message
        question = question.strip()
        language = self._language(update, question)
        if not question:
            await message.reply_text(t("empty", language))
            return
        if len(question) > MAX_QUESTION_CHARS:
            await message.reply_text(t("too_long", language, length=len(question), limit=MAX_QUESTION_CHARS))
            return
        if update.effective_user and (wait := self._rate_limited(update.effective_user.id)):
            await message.reply_text(t("rate_limited", language, seconds=wait))
            return
        typing = asyncio.create_task(self._typing(message))
        result = await self._on_record(self.searcher.ask, question, top=ANSWERS_PER_QUESTION)
        await typing
        if result.no_answer:
            await message.reply_text(t("nothing", language))
            return
        key = self._keep(result, language)
        if context.chat_data is not None:
            context.chat_data["last"] = (key, 0)
        markup = self._keyboard(key, 0, len(result.answers), language)
        await self._reply_html(message, answer_blocks(result.answers[0], language), markup)

    def _addressed_to_bot(self, message: Message, bot_username: str, bot_id: int) -> tuple[bool, str]:
        """In groups: whether the bot is mentioned or replied to, and the text without the mention."""
        text = message.text or ""
        if message.chat.type == ChatType.PRIVATE:
            return True, text
        if (
            message.reply_to_message
            and message.reply_to_message.from_user
            and message.reply_to_message.from_user.id == bot_id
        ):
            return True, text
        for entity in message.entities or ():
            mentioned = message.parse_entity(entity)
            if entity.type == MessageEntityType.MENTION and mentioned.lower() == f"@{bot_username.lower()}":
                return True, (text[: entity.offset] + text[entity.offset + entity.length :]).strip()
            if entity.type == MessageEntityType.TEXT_MENTION and entity.user and entity.user.id == bot_id:
                return True, (text[: entity.offset] + text[entity.offset + entity.length :]).strip()
        return False, text

    # -- handlers -------------------------------------------------------------------------

    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        language = self._language(update)
        command = (update.effective_message.text or "").split()[0].lstrip("/").split("@")[0]
        key = "start" if command == "start" else "help"
        text = t(key, language) + ("\n\n" + t("help", language) if key == "start" else "")
        await update.effective_message.reply_text(text)

    async def ask_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.answer(update, context, " ".join(context.args or []))

    async def text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or message.text is None:
            return
        addressed, question = self._addressed_to_bot(message, context.bot.username, context.bot.id)
        if addressed:
            await self.answer(update, context, question)

    async def other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Stickers, photos, voice…: a hint in private chats, silence in groups."""
        message = update.effective_message
        if message is not None and message.chat.type == ChatType.PRIVATE:
            await message.reply_text(t("text_only", self._language(update)))

    async def more(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        language = self._language(update)
        last = (context.chat_data or {}).get("last")
        if not last or last[0] not in self.results:
            await update.effective_message.reply_text(t("no_previous", language))
            return
        key, index = last
        result, language = self.results[key]
        if index + 1 >= len(result.answers):
            await update.effective_message.reply_text(t("no_more", language))
            return
        context.chat_data["last"] = (key, index + 1)
        markup = self._keyboard(key, index + 1, len(result.answers), language)
        await self._reply_html(update.effective_message, answer_blocks(result.answers[index + 1], language), markup)

    async def page(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        _, key, index_text = query.data.split(":")
        stored = self.results.get(key)
        if stored is None or not index_text.isdigit():
            await query.answer(t("no_previous", self._language(update)))
            return
        result, language = stored
        index = min(int(index_text), len(result.answers) - 1)
        await query.answer()
        if context.chat_data is not None:
            context.chat_data["last"] = (key, index)
        markup = self._keyboard(key, index, len(result.answers), language)
        text = fit(answer_blocks(result.answers[index], language))
        if query.message is not None and query.message.message_id:
            try:
                await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
                return
            except BadRequest as error:
                if "not modified" in str(error).lower():
                    return  # a double tap: the page is already shown
                log.info("could not edit the answer in place (%s); sending it anew", error)
        if update.effective_chat is not None:
            await context.bot.send_message(
                update.effective_chat.id, text, parse_mode=ParseMode.HTML, reply_markup=markup
            )

    async def page_number(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The "2/5" button between the arrows only says where the user is."""
        await update.callback_query.answer()

    async def inline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.inline_query
        question = query.query.strip()[:MAX_QUESTION_CHARS]
        if len(question) < 3:
            await query.answer([], cache_time=5)
            return
        language = pick_language(question, query.from_user.language_code)
        result = await self._on_record(self.searcher.ask, question, top=INLINE_ANSWERS)
        articles = [
            InlineQueryResultArticle(
                id=f"{index}",
                title=f"{compose(answer, language).speaker} · nr {answer.meeting} · {answer.date}",
                description=answer.quote[:200],
                input_message_content=InputTextMessageContent(
                    fit(answer_blocks(answer, language, with_passage=False)), parse_mode=ParseMode.HTML
                ),
            )
            for index, answer in enumerate(result.answers)
        ]
        await query.answer(articles, cache_time=30)

    async def meetings(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        language = self._language(update)
        rows = await self._on_record(self.searcher.store.meetings)
        if not rows:
            await update.effective_message.reply_text(t("meetings_empty", language))
            return
        for part in split(lines_blocks(meetings_lines(rows, language))):
            await update.effective_message.reply_html(part)

    async def meeting(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        language = self._language(update)
        number = " ".join(context.args or []).strip()
        if not number:
            await update.effective_message.reply_text(t("meeting_usage", language))
            return
        rows = [row for row in await self._on_record(self.searcher.store.meetings) if row["number"] == number]
        if not rows:
            await update.effective_message.reply_text(t("meeting_unknown", language, number=number[:80]))
            return
        blocks: list[Block] = []
        for row in rows:
            blocks += lines_blocks(meeting_lines(row, language)) + [Block("\n\n")]
        for part in split(blocks):
            await update.effective_message.reply_html(part)

    async def who(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        language = self._language(update)
        name = " ".join(context.args or []).strip()[:100]
        if not name:
            await update.effective_message.reply_text(t("who_usage", language))
            return
        people, recent_by_person = await self._on_record(self._people_and_statements, name)
        if not people:
            await update.effective_message.reply_text(t("who_unknown", language, name=name))
            return
        blocks: list[Block] = []
        for person in people[:3]:
            lines = [
                person["name"],
                ", ".join(person["roles"]) or "—",
                f"{', '.join(person['meetings'])} · {person['statements']} {t('statements', language)}",
            ]
            blocks += lines_blocks(lines)
            recent = recent_by_person[person["name"]]
            if recent:
                blocks.append(Block(f"\n{t('recent', language)}\n"))
                for text, start, end, number, date in recent:
                    quote = text[start:end].strip()
                    quote = quote if len(quote) <= 300 else quote[:300].rsplit(" ", 1)[0] + " …"
                    blocks.append(Block(f"nr {number} · {date}", "<i>", "</i>"))
                    blocks.append(Block(quote, "<blockquote>", "</blockquote>"))
            blocks.append(Block("\n"))
        for part in split(blocks):
            await update.effective_message.reply_html(part)

    def _people_and_statements(self, name: str) -> tuple[list[dict], dict[str, list[tuple]]]:
        speakers = self.searcher.resolve_speaker(name)
        store = self.searcher.store
        people = [p for p in store.people() if p["name"] in speakers] or store.people(name)
        recent = {
            person["name"]: store.db.execute(
                """select p.text, s.start, s."end", m.number, m.date from spans s join people pe on pe.id = s.person_id
                   join passages p on p.id = s.passage_id join meetings m on m.id = p.meeting_id
                   where pe.name = ? and s."end" - s.start > 40 order by m.date desc, p.seq desc limit 3""",
                [person["name"]],
            ).fetchall()
            for person in people[:3]
        }
        return people, recent

    def _file_upload(self, staged: Path, target: Path):
        result = ingest_file(self.searcher.store, staged, source=str(target.resolve()))
        if result.status in ("added", "replaced", "reread"):
            staged.replace(target)
            self.searcher.prepare()
        return result

    async def document(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        language = self._language(update)
        user = update.effective_user
        if user is None or user.id not in self.settings.admins:
            if (
                message.chat.type == ChatType.PRIVATE
                or message.caption
                and f"@{context.bot.username}" in message.caption
            ):
                await message.reply_text(t("upload_refused", language))
            return
        document = message.document
        name = Path(document.file_name or "upload").name
        if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
            await message.reply_text(t("upload_type", language))
            return
        size_mb = (document.file_size or 0) / (1024 * 1024)
        if size_mb > self.settings.max_upload_mb:
            await message.reply_text(
                t("upload_too_big", language, size=round(size_mb, 1), limit=self.settings.max_upload_mb)
            )
            return
        await self._typing(message)
        target = self.settings.uploads / name
        incoming = self.settings.uploads / ".incoming"
        incoming.mkdir(parents=True, exist_ok=True)
        staged = incoming / name
        # Read from a staging copy under the final name's key: a failed or partial upload
        # never replaces a file that is already in the record.
        await (await document.get_file()).download_to_drive(staged)
        try:
            result = await self._on_record(self._file_upload, staged, target)
        finally:
            staged.unlink(missing_ok=True)
        if result.failed:
            await message.reply_text(t("upload_failed", language, name=name, reason=result.reason))
            return
        if result.status in ("unchanged", "duplicate"):
            await message.reply_text(t("upload_unchanged", language, name=name))
            return
        await message.reply_text(
            t(
                "upload_done",
                language,
                name=name,
                number=result.number or "?",
                date=result.date or "?",
                passages=result.passages,
            )
        )

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("error while handling an update", exc_info=context.error)
        if isinstance(update, Update) and update.effective_message is not None:
            try:
                await update.effective_message.reply_text(t("error", self._language(update)))
            except Exception:  # the user cannot be reached either; the log has it
                log.exception("could not tell the user about the error")
