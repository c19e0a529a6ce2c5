"""Word .docx: body paragraphs and table cells in document order, list paragraphs led by the
number Word draws before them; pages counted from the page breaks Word records, where it
recorded any."""

from __future__ import annotations

import zipfile
from pathlib import Path

from corpus.document import Document, Paragraph
from corpus.errors import UnreadableFile
from corpus.readers.docx_numbering import ListNumbers
from corpus.textjoin import join_broken_paragraphs, normalize_spaces

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _page_breaks(element) -> int:
    rendered = len(element.findall(f".//{_W}lastRenderedPageBreak"))
    explicit = sum(br.get(f"{_W}type") == "page" for br in element.iter(f"{_W}br"))
    return rendered + explicit


def _paragraph_text_and_bold(element) -> tuple[str, bool]:
    from docx.text.paragraph import Paragraph as DocxParagraph

    paragraph = DocxParagraph(element, None)
    runs = [run for run in paragraph.runs if run.text.strip()]
    bold = bool(runs) and all(run.bold for run in runs)
    return paragraph.text, bold


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
    paragraphs: list[Paragraph] = []
    for block in body.iterchildren():
        if block.tag == f"{_W}p":
            elements = [block]
        elif block.tag == f"{_W}tbl":
            elements = list(block.iter(f"{_W}p"))
        else:
            continue
        for element in elements:
            text, bold = _paragraph_text_and_bold(element)
            text = normalize_spaces(text)
            label = numbers.label(element)
            if label and text:
                text = f"{label} {text}"
            if text:
                paragraphs.append(Paragraph(text, page if pages_known else None, bold))
            # A break inside a paragraph moves the *next* paragraph to the new page;
            # the paragraph itself keeps the page it starts on.
            page += _page_breaks(element)
    return Document(path, join_broken_paragraphs(paragraphs))
