"""Plain text and Markdown: UTF-8, or the cp1250 / ISO-8859-2 that Polish offices still produce."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from corpus.document import Document, Paragraph
from corpus.errors import UnreadableFile
from corpus.labels import looks_like_label, shouted_label
from corpus.readers.table_rows import joined_cells, one_record
from corpus.textjoin import (
    LISTED_POINT,
    TIMESTAMP,
    ends_sentence,
    join_broken_paragraphs,
    join_lines,
    names_in_a_lead,
    normalize_spaces,
    timed_label_line,
)

_POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
# Letters that a wrong single-byte guess produces in Polish text: ISO-8859-2 read as
# cp1250 gives ± ¶ ¼ ¦ ¬ for ą ś ź Ś Ź, and the reverse gives C1 control characters.
_WRONG_GUESS = set(
    "±¶¼¦¬¹¥\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a"
    "\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096"
    "\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f"
)
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|__")
# "*Radny Jan Lis* zapytał …", "_Komisja_": emphasis by one mark around words, not a footnote's
# "*)" nor a multiplication's "2 * 3".
_MARKDOWN_ITALIC = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\1(?![\w*])")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# "> Basen zostanie otwarty we wrześniu.": a speech set off as a quotation.
_MARKDOWN_QUOTE = re.compile(r"^\s*(?:>\s?)+")
# A page's number on a line of its own ("Strona 2 z 5", "str. 3", "2/5", "- 4 -"): never the
# record's words (a bare "4" may be a table's cell, and is kept).
_PAGE_MARK = re.compile(
    r"^\s*(?:str(?:ona)?\.?\s*(\d{1,3})(?:\s*(?:/|z|of)\s*(\d{1,3}))?|(\d{1,3})\s*(?:/|z|of)\s*(\d{1,3})|[-–—]\s*\d{1,3}\s*[-–—])\s*$",
    re.I,
)


def _page_mark(line: str) -> bool:
    """Whether ``line`` only numbers its page; "12/2024" (a meeting's number) and "5/3" do not."""
    match = _PAGE_MARK.match(line)
    if not match:
        return False
    page, of = match.group(1) or match.group(3), match.group(2) or match.group(4)
    return not (page and of) or int(page) <= int(of)


_MARKDOWN_BULLET = re.compile(r"^[-*+]\s+")


def decode(raw: bytes, path: Path) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    if b"\x00" in raw:
        raise UnreadableFile(path, "not a text file (binary content)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best_text, best_score = None, None
    for encoding in ("cp1250", "iso-8859-2"):
        text = raw.decode(encoding, errors="replace")
        score = sum(c in _POLISH_LETTERS for c in text) - 5 * sum(c in _WRONG_GUESS or c == "\ufffd" for c in text)
        if best_score is None or score > best_score:
            best_text, best_score = text, score
    assert best_text is not None
    return best_text


def _wrap_width(lines: list[str]) -> int | None:
    """The width the editor wrapped lines at, when line breaks are its wrapping rather than
    paragraph ends; None when they are paragraph ends."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 5:
        return None
    width = lengths[int(len(lengths) * 0.95) - 1]
    if width > 110:
        return None
    near_width = [line.rstrip() for line in lines if len(line) >= 0.75 * width and line.strip()]
    # Wrapping cuts sentences wherever the width falls; a file of one sentence or item per
    # line ("1. Jan Lis – Przewodniczący Komisji", "Radny Kos zapytał o listę.") ends them.
    cut = sum(not line.endswith((".", "!", "?", ":", ";")) for line in near_width)
    return width if len(near_width) >= 0.5 * len(lengths) and cut >= 0.5 * len(near_width) else None


def _ends_a_wrapped_paragraph(previous_line: str, line: str, width: int) -> bool:
    """Wrapped text with no blank line between paragraphs: a line ending a sentence that left
    room for the next line's first word ended its paragraph (the word would have fitted)."""
    return (
        previous_line.endswith((".", "!", "?", ":"))
        and line[:1].isupper()
        and len(previous_line) + 1 + len(line.split()[0]) <= width
    )


# A table as Markdown and plain-text exports write one: "| Radna Joanna Pawlik | Zapytała … |",
# under its header a rule "|---|:---:|".
_TABLE_ROW = re.compile(r"^\|(.*)\|$")
# A line drawn across ("---", "***", "====="): Markdown's thematic break, a text's separator.
_RULE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?$")


def _table_cells(line: str) -> list[str] | None:
    row = _TABLE_ROW.match(line)
    if not row:
        return None
    cells = [cell.strip() for cell in row.group(1).split("|")]
    return [cell for cell in cells if cell] or None


_BOLD_LEAD = re.compile(r"^\s*\*\*([^*]+?)\*\*\s*(\S.*)$")


def _split_bold_leads(lines: list[str]) -> list[str]:
    """ "**Radna Ewa Kot** Ile kosztował festiwal?": who speaks in bold, on a line of their own."""
    split: list[str] = []
    for line in lines:
        lead = _BOLD_LEAD.match(line)
        if lead and names_in_a_lead(lead.group(1).strip(), lead.group(2)):
            split += [f"**{lead.group(1).strip()}**", lead.group(2)]
        else:
            split.append(line)
    return split


def _clean_markdown(line: str) -> tuple[str, bool]:
    # A heading stands out as bold does ("### Radna Ewa Sowa" over her speech names who speaks).
    bold = bool(_MARKDOWN_HEADING.match(line)) or (
        line.strip().startswith("**") and line.strip().rstrip(":").endswith("**")
    )
    line = _MARKDOWN_HEADING.sub("", _MARKDOWN_QUOTE.sub("", line))
    line = _MARKDOWN_BULLET.sub("", line)
    return _MARKDOWN_ITALIC.sub(r"\2", _MARKDOWN_EMPHASIS.sub("", line)), bold


def _running_head(pages: list[str]) -> str:
    """The line atop every page of a text export (pdftotext's running head, between form
    feeds): no line of the record, but the letterhead that may name the committee."""
    if len(pages) < 2:
        return ""
    firsts = [next((normalize_spaces(line) for line in page.split("\n") if line.strip()), "") for page in pages]
    heads = [first for first in firsts if first]
    return heads[0] if len(heads) >= 2 and all(first == heads[0] for first in heads) else ""


def _goes_on(text: str, line: str) -> bool:
    """Whether ``line`` goes on the sentence ``text`` left open: it opens in lower case, or with
    a number after a word ("… skorzystało w tym roku" over "3 120 rodzin, …"; not "1. Otwarcie")."""
    return line[0].islower() or (line[0].isdigit() and text[-1:].isalpha() and not LISTED_POINT.match(line))


def read_text(path: Path) -> Document:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(path, f"cannot read the file ({error.strerror})") from error
    text = decode(raw, path).replace("\r\n", "\n").replace("\r", "\n")
    is_markdown = path.suffix.lower() == ".md"
    pages = text.split("\f")
    running = _running_head(pages)
    all_lines = text.split("\n")
    wrap_width = _wrap_width(all_lines)
    paragraphs: list[Paragraph] = []
    for page_index, page_text in enumerate(pages):
        # A form feed is the only page mark plain text has.
        page = page_index + 1 if len(pages) > 1 else None
        block: list[Paragraph] = []
        previous_line = ""
        lines = page_text.split("\n")
        for line in (_split_bold_leads(lines) if is_markdown else lines) + [""]:
            if _RULE.match(line):
                continue
            bold = False
            if is_markdown:
                line, bold = _clean_markdown(line)
            line = normalize_spaces(line)
            if _page_mark(line) or _TABLE_RULE.match(line) or (running and line == running):
                continue
            if cells := _table_cells(line):
                # "| 1. | Radna Joanna Pawlik | Zapytała, ile … |": a row is a paragraph of its
                # own, who spoke kept with their words as in a Word or PDF table.
                paragraphs.extend(block)
                block = []
                previous_line = ""
                paragraphs.append(Paragraph(joined_cells(cells) if one_record(cells) else " ".join(cells), page))
                continue
            if not line:
                paragraphs.extend(block)
                block = []
                continue
            wrapped_on = wrap_width is not None and not _ends_a_wrapped_paragraph(previous_line, line, wrap_width)
            previous_line = line
            if (
                block
                and not bold
                and not block[-1].bold
                and not TIMESTAMP.match(line)
                and not timed_label_line(block[-1].text)
                and (wrapped_on or not ends_sentence(block[-1].text) and _goes_on(block[-1].text, line))
                # A listed point opens its own line, wrapped text or not.
                and not (LISTED_POINT.match(line) and block[-1].text.endswith((".", ":", ";")))
                # A speaker's line ("Jan Kowalski, radny:") wraps nothing: the speech is next.
                and not (block[-1].text.endswith(":") and looks_like_label(block[-1].text))
                # Nor does one in capitals ("RADNA KINGA ZAWADZKA"), nor is one wrapped on.
                and not shouted_label(block[-1].text)
                and not shouted_label(line)
            ):
                block[-1].text = join_lines(block[-1].text, line)
            else:
                block.append(Paragraph(line, page, bold))
    return Document(path, join_broken_paragraphs(paragraphs), running)
