"""Word .docx: body paragraphs and tables in document order, list paragraphs led by the
number Word draws before them; pages counted from the page breaks Word records, where it
recorded any. A table row that makes one record is one paragraph (corpus/readers/table_rows.py)."""

from __future__ import annotations

import zipfile
from itertools import takewhile
from pathlib import Path

from corpus.document import Document, Paragraph
from corpus.errors import UnreadableFile
from corpus.readers.docx_numbering import ListNumbers
from corpus.readers.table_rows import joined_cells, one_record
from corpus.textjoin import join_broken_paragraphs, names_in_a_lead, normalize_spaces

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _page_breaks(element) -> int:
    rendered = len(element.findall(f".//{_W}lastRenderedPageBreak"))
    explicit = sum(br.get(f"{_W}type") == "page" for br in element.iter(f"{_W}br"))
    return rendered + explicit


# What a paragraph says lies in runs anywhere under it: inside a change tracked as inserted
# ("w:ins", which python-docx's paragraph text leaves out), a hyperlink, a field's result.
# Text deleted or moved away is no longer what it says; a text box's paragraphs are its own.
_NOT_SAID = {f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent"}


def _said(element) -> list[str]:
    parts: list[str] = []
    for child in element:
        if child.tag == f"{_W}r":
            parts.append(child.text)  # python-docx's reading of a run: tabs, breaks, hyphens
        elif child.tag not in _NOT_SAID:
            parts.extend(_said(child))
    return parts


# Containers Word wraps paragraphs and tables in: a content control (a form's field, a
# template's section) and custom XML. What they hold is the document's text like the rest.
_WRAPPERS = {f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"}


def _blocks(container):
    """The body's paragraphs and tables in document order, inside any wrapper too, and a text
    box's before the paragraph it is anchored in."""
    for child in container.iterchildren():
        if child.tag in _WRAPPERS:
            yield from _blocks(child)
        elif child.tag == f"{_W}p":
            for box in _text_boxes(child):
                yield from _blocks(box)
            yield child
        elif child.tag == f"{_W}tbl":
            yield child


# Word saves a text box twice, as a drawing and as the VML fallback for older readers.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(paragraph) -> list:
    """The text boxes anchored in a paragraph (a template's title "PROTOKÓŁ NR 5/2024 …" set in
    one was never read: the meeting had no number, date or committee), each once, outermost."""
    return [
        box
        for box in paragraph.iter(f"{_W}txbxContent")
        if not any(
            node.tag in (_FALLBACK, f"{_W}txbxContent")
            for node in takewhile(lambda node: node is not paragraph, box.iterancestors())
        )
    ]


def _bold_styles(word) -> dict[str, bool]:
    """By style id, whether a paragraph or character style sets its text apart: bold by the
    style or a style it is based on, or a heading ("Nagłówek 3" over a speech names who speaks,
    as a bold line does; Word leaves such runs' own bold unset)."""
    from docx.enum.style import WD_STYLE_TYPE

    set_apart: dict[str, bool] = {}
    for style in word.styles:
        if style.type not in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            continue
        bold, based_on = None, style
        while bold is None and based_on is not None:
            bold, based_on = based_on.font.bold, based_on.base_style
        heading = (style.name or "").lower().startswith(("heading", "nagłówek", "title", "tytuł"))
        set_apart[style.style_id] = bool(bold) or heading
    return set_apart


def _style_of(element, kind: str) -> str | None:
    """The id of the style a paragraph (``kind`` "pPr/pStyle") or a run ("rPr/rStyle") has."""
    found = element.find(f"{_W}{kind.replace('/', f'/{_W}')}")
    return found.get(f"{_W}val") if found is not None else None


def _read_paragraph(element, bold_styles: dict[str, bool] | None = None) -> tuple[str, bool, str | None]:
    """A paragraph's text, whether it is all bold (by its runs or their styles), and the bold
    words naming who speaks that it opens with before the speech in plain type ("**Radna Ewa
    Kot** Ile kosztował festiwal?", see names_in_a_lead), if it does."""
    from docx.text.paragraph import Paragraph as DocxParagraph

    bold_styles = bold_styles or {}
    paragraph_bold = bold_styles.get(_style_of(element, "pPr/pStyle") or "", False)

    def bold(run) -> bool:
        if run.bold is not None:
            return run.bold
        return bold_styles.get(_style_of(run._r, "rPr/rStyle") or "", False) or paragraph_bold

    text = "".join(_said(element))
    runs = [run for run in DocxParagraph(element, None).runs if run.text.strip()]
    leading_bold = 0
    while leading_bold < len(runs) and bold(runs[leading_bold]):
        leading_bold += 1
    if not runs or leading_bold == len(runs):
        return text, bool(runs), None
    named = normalize_spaces("".join(run.text for run in runs[:leading_bold]))
    said = normalize_spaces(text)
    speaks = named and said.startswith(named) and names_in_a_lead(named, said[len(named) :])
    return text, False, named if speaks else None


def read_docx(path: Path) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnreadableFile(path, "damaged or truncated .docx (not a valid Word file)") from error
    except OSError as error:
        raise UnreadableFile(path, f"cannot read the file ({error.strerror or error})") from error

    body = word.element.body
    pages_known = _page_breaks(body) > 0
    page = 1
    numbers = ListNumbers(word)
    bold_styles = _bold_styles(word)
    paragraphs: list[Paragraph] = []

    def text_of(element) -> tuple[str, bool, str | None]:
        text, bold, lead = _read_paragraph(element, bold_styles)
        text = normalize_spaces(text)
        label = numbers.label(element)
        return (f"{label} {text}" if label and text else text), bold, None if label else lead

    for block in _blocks(body):
        if block.tag == f"{_W}p":
            rows = [[[block]]]
        elif block.tag == f"{_W}tbl":
            rows = [_cells(row) for row in block.iter(f"{_W}tr")]
        else:
            continue
        for cells in rows:
            filled = [[text_of(element) for element in cell] for cell in cells]
            filled_cells = [cell for cell in filled if any(text for text, _, _ in cell)]
            starts_on = page if pages_known else None
            texts = [" ".join(text for text, _, _ in cell if text) for cell in filled_cells]
            if one_record(texts):
                bold = all(b for cell in filled_cells for text, b, _ in cell if text)
                paragraphs.append(Paragraph(joined_cells(texts), starts_on, bold))
            else:
                for cell, elements in zip(filled, cells):
                    for (text, bold, lead), element in zip(cell, elements):
                        if lead:
                            paragraphs.append(Paragraph(lead, page if pages_known else None, True))
                            text = text[len(lead) :].strip()
                        if text:
                            paragraphs.append(Paragraph(text, page if pages_known else None, bold))
                        # A break inside a paragraph moves the *next* paragraph to the new
                        # page; the paragraph itself keeps the page it starts on.
                        page += _page_breaks(element)
                continue
            page += sum(_page_breaks(element) for cell in cells for element in cell)
    return Document(path, join_broken_paragraphs(paragraphs), " ".join(_letterhead(word)))


def _letterhead(word) -> list[str]:
    """The first page's header, where a template may name the council and the committee that
    the title leaves out ("Rada Miejska w Kaliszu – Komisja Polityki Społecznej" over
    "Protokół nr 22/2024 z posiedzenia Komisji …")."""
    section = word.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    if header.is_linked_to_previous:
        return []
    texts = (normalize_spaces(_read_paragraph(element)[0]) for element in header._element.iter(f"{_W}p"))
    return [text for text in texts if text]


def _cells(row) -> list[list]:
    """The paragraphs of each cell of a table row (a nested table's with its cell's)."""
    return [list(cell.iter(f"{_W}p")) for cell in row.iterchildren(f"{_W}tc")]
