"""Messages Telegram accepts: escaped text, under 4096 characters, tags never broken."""

from __future__ import annotations

from fake_bot_api import check_text

from bot.telegram_html import MESSAGE_LIMIT, Block, answer_blocks, fit, split
from index.search import Answer


def _answer(passage: str, quote: str) -> Answer:
    return Answer(
        meeting="4/VIII/2019", date="2019-11-18", committee="Komisja <Rewizyjna> & Co", agenda_item="1. Sprawy",
        page=3, speaker="Jan Kowalski", role="radny", speaker_confidence=1.0, narration=False, quote=quote, passage=passage,
        score=0.9, source="x.md",
    )  # fmt: skip


def test_record_text_is_escaped_and_accepted() -> None:
    passage = 'Radny zapytał: czy 5 < 7 & "x" > y? <script>alert(1)</script> &amp; *bold* _it_'
    html = fit(answer_blocks(_answer(passage, passage[:40]), "pl"))
    visible = check_text(html, "HTML")  # raises like Telegram on bad entities
    assert "<script>" in visible and "5 < 7 &" in visible and "Komisja <Rewizyjna> & Co" in visible


def test_long_answers_split_under_the_limit_with_tags_reopened() -> None:
    passage = ("Bardzo długi akapit protokołu o budżecie miasta. " * 300).strip()
    messages = split(answer_blocks(_answer(passage, passage[:300]), "en"))
    assert len(messages) >= 2
    for message in messages:
        visible = check_text(message, "HTML")
        assert len(visible) <= MESSAGE_LIMIT
    assert messages[-1].startswith("<blockquote expandable>") and messages[-1].endswith("</blockquote>")
    # Nothing lost or doubled at the cuts: the passage's 300 sentences, plus those the quote repeats.
    repeated = passage[:300].count("Bardzo długi akapit")
    assert "".join(check_text(m, "HTML") for m in messages).count("Bardzo długi akapit") == 300 + repeated


def test_fit_cuts_the_last_block_to_stay_one_message() -> None:
    blocks = [Block("nagłówek", "<b>", "</b>"), Block("x " * 5000, "<blockquote>", "</blockquote>")]
    message = fit(blocks)
    assert len(check_text(message, "HTML")) <= MESSAGE_LIMIT and message.endswith("…</blockquote>")
