"""Answers as Telegram HTML: every piece of record or user text escaped, messages kept under
Telegram's 4096 characters by splitting between blocks (or inside a block's text, with its
tags closed and reopened), never inside a tag."""

from __future__ import annotations

import html
from dataclasses import dataclass

from bot.compose import compose
from index.search import Answer

MESSAGE_LIMIT = 4096


@dataclass(frozen=True)
class Block:
    """One balanced piece of a message: plain text inside zero or more tags."""

    text: str
    open_tags: str = ""
    close_tags: str = ""

    def html(self) -> str:
        return f"{self.open_tags}{html.escape(self.text, quote=False)}{self.close_tags}"

    def __len__(self) -> int:
        return len(self.text)


def answer_blocks(answer: Answer, language: str, with_passage: bool = True) -> list[Block]:
    composed = compose(answer, language)
    blocks = [Block(composed.where, "<b>", "</b>")]
    if composed.place:
        blocks.append(Block("\n" + composed.place))
    if composed.speaker_known:
        blocks.append(Block(f"\n🗣 {composed.speaker}"))
    else:
        blocks.append(Block(f"\n🗣 {composed.speaker}", "<i>", "</i>"))
    blocks.append(Block("\n"))
    blocks.append(Block(composed.quote, "<blockquote>", "</blockquote>"))
    if with_passage and composed.passage:
        blocks.append(Block(f"{composed.passage_label}:", "<i>", "</i>"))
        blocks.append(Block(composed.passage, "<blockquote expandable>", "</blockquote>"))
    return blocks


def fit(blocks: list[Block], limit: int = MESSAGE_LIMIT) -> str:
    """One message: the blocks, the last ones cut short (with "…") if they do not fit."""
    out, used = [], 0
    for block in blocks:
        if used + len(block) <= limit:
            out.append(block.html())
            used += len(block)
            continue
        room = limit - used - 1
        if room > 20:
            out.append(Block(block.text[:room].rstrip() + "…", block.open_tags, block.close_tags).html())
        break
    return "".join(out)


def split(blocks: list[Block], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Messages of at most ``limit`` visible characters; a long block continues in the next
    message with its tags reopened."""
    pieces: list[Block] = []
    for block in blocks:
        text = block.text
        while len(text) > limit:
            cut = text.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            pieces.append(Block(text[:cut], block.open_tags, block.close_tags))
            text = text[cut:].lstrip()
        pieces.append(Block(text, block.open_tags, block.close_tags))
    messages: list[list[Block]] = [[]]
    used = 0
    for piece in pieces:
        if used + len(piece) > limit and messages[-1]:
            messages.append([])
            used = 0
        messages[-1].append(piece)
        used += len(piece)
    return ["".join(b.html() for b in message) for message in messages if message]


def lines_blocks(lines: list[str], bold_first: bool = True) -> list[Block]:
    blocks = []
    for index, line in enumerate(lines):
        text = line + ("\n" if index < len(lines) - 1 else "")
        blocks.append(Block(text, "<b>", "</b>") if index == 0 and bold_first else Block(text))
    return blocks
