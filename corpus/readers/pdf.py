"""PDF with a text layer: columns read in order, running headers and page numbers dropped,
hyphenated line ends joined, each paragraph tied to the page where it starts; a ruled table's
row that makes one record read as one paragraph (corpus/readers/table_rows.py), not column by
column."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from corpus.document import Document, Paragraph
from corpus.errors import UnreadableFile
from corpus.labels import shouted_label
from corpus.readers.table_rows import joined_cells, one_record
from corpus.textjoin import (
    LISTED_POINT,
    continues,
    join_broken_paragraphs,
    join_lines,
    names_in_a_lead,
    normalize_spaces,
)

# Running headers and footers live in these bands of the page height.
_HEADER_BAND = 0.075
_FOOTER_BAND = 0.925
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:str(?:ona)?\.?\s*)?\d{1,4}(?:\s*(?:/|z|of)\s*\d{1,4})?[-–—\s]*$", re.I)
_DIGITS = re.compile(r"\d+")
# "Protokół nr 15/2024 – strona 1 z 3" at the foot of a page: a footer even on a page alone.
_PAGE_OF = re.compile(r"\b(?:strona|str\.)\s*\d{1,4}\s*(?:/|z|of)\s*\d{1,4}\b", re.I)
# Font changes (italic interjections) make the extractor put spaces inside brackets
# and before punctuation, where Polish typesetting has none.
_SPACED_PAREN = (re.compile(r"\(\s+"), re.compile(r"\s+\)"), re.compile(r"(?<=[\w)])\s+(?=[:;,!?](?:\s|$))"))


@dataclass
class _Line:
    text: str
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    bold: bool
    column: str  # "L", "R" or "S" (spans the page)
    table_row: bool = False  # a paragraph of its own: one row of a table


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return "bold" in name or "black" in name or "heavy" in name or name.endswith(",b")


# Points: the Sejm's gutter is 22 or 23 wide; spaces between justified words that line up
# down a short page leave a run of 2 to 5.
_GUTTER_MIN_WIDTH = 8


def _column_split(words: list[dict], width: float, height: float) -> float | None:
    """The x of a gutter that splits the body into two columns, if the page has one."""
    body = [w for w in words if _HEADER_BAND * height < w["top"] < _FOOTER_BAND * height]
    if len(body) < 40:
        return None
    import numpy as np

    # crossing[x]: how many body words a vertical cut at x would slice through.
    size = int(width) + 2
    delta = np.zeros(size + 1, dtype=np.int64)
    for w in body:
        start, end = int(w["x0"]) + 1, int(w["x1"])
        if start < end:
            delta[max(0, start)] += 1
            delta[min(size, end)] -= 1
    crossing_at = np.cumsum(delta)
    low, high = int(width * 0.3), int(width * 0.7)
    window = crossing_at[low:high]
    best_crossing = int(window.min())
    # The middle of the widest run of least crossing is the gutter's centre.
    best_run, run_start = (0, 0), None
    for i, value in enumerate(window.tolist() + [best_crossing + 1]):
        if value == best_crossing and run_start is None:
            run_start = i
        elif value != best_crossing and run_start is not None:
            if i - run_start > best_run[1] - best_run[0]:
                best_run = (run_start, i)
            run_start = None
    best_x = low + (best_run[0] + best_run[1]) // 2
    left = sum(w["x1"] <= best_x for w in body)
    right = sum(w["x0"] >= best_x for w in body)
    # A gutter has (almost) no word across it and a fifth of the words or more on each
    # side; a ragged single column or a centred title has neither. And one that the words of
    # many lines cross is wider than the space between two words: down a short page of
    # justified text a few such spaces line up (a contents page's leaders cross a gutter too).
    lines = len({round(w["top"]) for w in body})
    if (
        best_crossing > max(2, 0.03 * len(body))
        or min(left, right) < 0.2 * len(body)
        # Down fewer than ten lines, spaces line up by chance with nothing across them: a short
        # page whose signatures stand side by side at its end was read as two columns.
        or (max(best_crossing, 1) > 0.1 * lines and best_run[1] - best_run[0] < _GUTTER_MIN_WIDTH)
    ):
        return None
    return float(best_x)


def _rows(words: list[dict]) -> list[list[dict]]:
    rows: list[list[dict]] = []
    # Measured from the row's lowest word so far, not its first: a line of the right column
    # set 2.4 points higher took an italic name of the left column's line into its row and
    # left the line's plain words for the next ("Poseł Antoni Macierewicz" over "(: …)").
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows and abs(rows[-1][-1]["top"] - word["top"]) <= 2.5:
            rows[-1].append(word)
        else:
            rows.append([word])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows


def _spanning_words(row: list[dict], split: float) -> set[int]:
    """Words of a row that belong to a line running across the gutter.

    Only the run of closely spaced words around a word that crosses the gutter spans;
    the other column's line at the same height stays in its column.
    """
    spanning: set[int] = set()
    for index, word in enumerate(row):
        if not word["x0"] < split < word["x1"]:
            continue
        spanning.add(index)
        gap_limit = word["size"] * 1.2 if "size" in word else 12.0
        for step in (-1, 1):
            i = index
            while 0 <= i + step < len(row):
                a, b = sorted((row[i], row[i + step]), key=lambda w: w["x0"])
                if b["x0"] - a["x1"] > gap_limit:
                    break
                i += step
                spanning.add(i)
    return spanning


_TOUCHING = 0.6  # points between two words' boxes


def _join_words(words: list[dict]) -> str:
    """Words of one line; letter-spaced titles ("S e j m") come as one word per letter,
    and only the wider gaps between them are real spaces."""
    single = sum(len(w["text"]) == 1 for w in words)
    if len(words) < 4 or single < 0.7 * len(words):
        # Words that touch are one: the extractor parts letters where the font changes
        # ("(" + italic "Oklaski" + ")") or a line's closing hyphen is drawn apart ("Przedsta"
        # + "-"), which read as "( Oklaski )", "Przedsta - wienie". Between words a space is
        # never narrower than 0.75 pt in the Sejm PDF of ../shared; touching ones overlap.
        text = words[0]["text"] if words else ""
        for a, b in zip(words, words[1:]):
            text += ("" if b["x0"] - a["x1"] < _TOUCHING else " ") + b["text"]
        return text
    gaps = sorted(b["x0"] - a["x1"] for a, b in zip(words, words[1:]))
    letter_gap = gaps[len(gaps) // 4]
    text = words[0]["text"]
    for a, b in zip(words, words[1:]):
        text += ("" if b["x0"] - a["x1"] <= letter_gap * 1.6 + 0.5 else " ") + b["text"]
    return text


def _group_lines(words: list[dict], page_number: int, split: float | None) -> list[_Line]:
    lines: list[_Line] = []
    for row in _rows(words):
        if split is None:
            groups = {"S": row}
        else:
            spanning = _spanning_words(row, split)
            rest = [w for i, w in enumerate(row) if i not in spanning]
            groups = {
                "S": [w for i, w in enumerate(row) if i in spanning],
                "L": [w for w in rest if w["x1"] <= split],
                "R": [w for w in rest if w["x1"] > split],
            }
        for column, group in groups.items():
            if group:
                lines.extend(_line(part, page_number, column) for part in _apart_from_bold_lead(group))
    return lines


def _apart_from_bold_lead(group: list[dict]) -> list[list[dict]]:
    """A line's words, or its bold lead naming who speaks and the plain words after it as two
    ("**Radna Ewa Kot** Ile kosztował festiwal?", as stenograms set them)."""
    bold = 0
    while bold < len(group) and _is_bold(group[bold]["fontname"]):
        bold += 1
    if 0 < bold < len(group) and names_in_a_lead(_join_words(group[:bold]), _join_words(group[bold:])):
        return [group[:bold], group[bold:]]
    return [group]


def _line(group: list[dict], page_number: int, column: str) -> _Line:
    text = _join_words(group)
    for pattern, replacement in zip(_SPACED_PAREN, ("(", ")", "")):
        text = pattern.sub(replacement, text)
    return _Line(
        text=normalize_spaces(text),
        page=page_number,
        top=min(w["top"] for w in group),
        bottom=max(w["bottom"] for w in group),
        x0=group[0]["x0"],
        x1=group[-1]["x1"],
        size=Counter(round(w["size"], 1) for w in group).most_common(1)[0][0],
        bold=all(_is_bold(w["fontname"]) for w in group),
        column=column,
    )


def _table_rows(tables: list, words: list[dict], page_number: int) -> tuple[list[_Line], list[dict]]:
    """The rows of the page's ruled tables that hold records, one line each, and the words
    left for the page's running text. A table with no row that makes a record (signatures
    laid out in a grid, a frame around the page) stays running text."""
    lines: list[_Line] = []
    taken: set[int] = set()
    for table in tables:
        rows = []
        for row in table.rows:
            cells = [
                [i for i, word in enumerate(words) if i not in taken and _inside(word, bbox)]
                for bbox in row.cells
                if bbox is not None
            ]
            cells = [cell for cell in cells if cell]
            rows.append((row.bbox, cells, [_cell_text([words[i] for i in cell]) for cell in cells]))
        # Rules drawn around a stenogram's headings make "tables" of one row, their edges
        # through the middle of words ("(Wznowienie posiedze | nia o godz. 10 min 13)").
        records = sum(one_record(texts) for _, _, texts in rows)
        if records == 0 or sum(len(texts) > 1 for _, _, texts in rows) < 2 or _cuts_words(table, words):
            continue
        for (x0, top, x1, bottom), cells, texts in rows:
            if not texts:
                continue
            inside = [words[i] for cell in cells for i in cell]
            taken.update(i for cell in cells for i in cell)
            lines.append(
                _Line(
                    text=joined_cells(texts) if one_record(texts) else " ".join(texts),
                    page=page_number,
                    top=top,
                    bottom=bottom,
                    x0=x0,
                    x1=x1,
                    size=Counter(round(w["size"], 1) for w in inside).most_common(1)[0][0],
                    bold=all(_is_bold(w["fontname"]) for w in inside),
                    column="S",
                    table_row=True,
                )
            )
    return lines, [word for i, word in enumerate(words) if i not in taken]


# A speaker's cell in a table drawn without rules ("Dyrektor Miejskiego Zarządu Dróg / Tomasz
# Wąs" beside his words) runs to a few lines at most.
_LABEL_LINES = 4
_LABEL_CHARS = 100


def _labelled_rows(words: list[dict], split: float, page_number: int, height: float) -> tuple[list[_Line], list[dict]]:
    """A discussion laid out as a table without rules, who spoke on the left and what they
    said on the right: one line per row, as for a ruled table (the words left for the page's
    running text with them). Read as two columns, every name came first and every speech
    after, nobody's. Two columns of running text are no such table: their left column is as
    full as the right, not a few short names level with the start of each speech."""
    # A line across both columns (the title above the table) is running text, and so are
    # the page's header and footer.
    across = {id(w) for row in _rows(words) if any(w["x0"] < split < w["x1"] for w in row) for w in row}
    across |= {id(w) for w in words if not _HEADER_BAND * height < w["top"] < _FOOTER_BAND * height}
    left = [i for i, w in enumerate(words) if w["x1"] <= split and id(w) not in across]
    right = [i for i, w in enumerate(words) if w["x0"] >= split and id(w) not in across]
    if not left or 2 * len(left) > len(right):
        return [], words
    left_lines = _group_lines([words[i] for i in left], page_number, None)
    right_lines = _group_lines([words[i] for i in right], page_number, None)
    blocks: list[list[_Line]] = []
    for line in left_lines:
        if blocks and line.top - blocks[-1][-1].top <= blocks[-1][-1].size * 1.6:
            blocks[-1].append(line)
        else:
            blocks.append([line])

    def level(block: list[_Line]) -> bool:
        return any(abs(r.top - block[0].top) <= 3 for r in right_lines)

    while blocks and not level(blocks[0]):
        blocks.pop(0)  # above the table: running text
    if (
        len(blocks) < 2
        or sum(map(level, blocks)) < 0.8 * len(blocks)
        or any(len(b) > _LABEL_LINES or sum(len(x.text) for x in b) > _LABEL_CHARS for b in blocks)
    ):
        return [], words
    starts = [b[0].top - 3 for b in blocks] + [float("inf")]
    rows: list[_Line] = []
    records = 0
    for block, start, end in zip(blocks, starts, starts[1:]):
        said = [r for r in right_lines if start <= r.top < end]
        cells = [" ".join(x.text for x in block), ""]
        for line in said:
            cells[1] = join_lines(cells[1], line.text) if cells[1] else line.text
        cells = [cell for cell in cells if cell]
        records += one_record(cells)
        rows.append(
            _Line(
                text=joined_cells(cells) if one_record(cells) else " ".join(cells),
                page=page_number,
                top=block[0].top,
                bottom=max([x.bottom for x in block] + [x.bottom for x in said]),
                x0=block[0].x0,
                x1=max([x.x1 for x in said], default=block[0].x1),
                size=block[0].size,
                bold=False,
                column="S",
                table_row=True,
            )
        )
    if records < 0.5 * len(rows):
        return [], words  # names beside names (a list of who attended): no discussion
    taken = {i for i in left if words[i]["top"] >= starts[0]} | {i for i in right if words[i]["top"] >= starts[0]}
    return rows, [w for i, w in enumerate(words) if i not in taken]


def _cuts_words(table, words: list[dict]) -> bool:
    """Whether an edge between two cells of the table runs through a word."""
    for row in table.rows:
        _, top, _, bottom = row.bbox
        edges = sorted({bbox[0] for bbox in row.cells if bbox is not None})[1:]
        for word in words:
            if top <= (word["top"] + word["bottom"]) / 2 <= bottom and any(
                word["x0"] + 1 < edge < word["x1"] - 1 for edge in edges
            ):
                return True
    return False


def _inside(word: dict, bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    return x0 <= (word["x0"] + word["x1"]) / 2 <= x1 and top <= (word["top"] + word["bottom"]) / 2 <= bottom


def _cell_text(words: list[dict]) -> str:
    """A cell's words, line by line, hyphenated line ends joined."""
    text = ""
    for row in _rows(words):
        line = normalize_spaces(_join_words(row))
        text = join_lines(text, line) if text else line
    return text


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """Full-width lines cut the page into bands; each band is read left column, then right."""
    ordered: list[_Line] = []
    band: list[_Line] = []

    def flush() -> None:
        ordered.extend(sorted((x for x in band if x.column == "L"), key=lambda x: x.top))
        ordered.extend(sorted((x for x in band if x.column == "R"), key=lambda x: x.top))
        band.clear()

    for line in sorted(lines, key=lambda x: x.top):
        if line.column == "S":
            flush()
            ordered.append(line)
        else:
            band.append(line)
    flush()
    return ordered


def _drop_running_heads(pages: list[list[_Line]], height: float) -> list[list[_Line]]:
    def key(line: _Line) -> str:
        return _DIGITS.sub("#", line.text.lower())

    def in_margin(line: _Line) -> bool:
        return line.bottom < _HEADER_BAND * height or line.top > _FOOTER_BAND * height

    seen_on = Counter(k for page in pages for k in {key(x) for x in page if in_margin(x)})
    repeated = 2 if len(pages) >= 2 else 3
    kept = []
    for page in pages:
        kept.append(
            [
                x
                for x in page
                if not (
                    in_margin(x)
                    and (_PAGE_NUMBER.match(x.text) or _PAGE_OF.search(x.text) or seen_on[key(x)] >= repeated)
                )
            ]
        )
    return kept


def _letterhead(pages: list[list[_Line]], height: float) -> str:
    """The first page's lines above its text ("Rada Miejska w Kaliszu – Komisja Polityki
    Społecznej"), page numbers aside."""
    first = pages[0] if pages else []
    return " ".join(
        x.text
        for x in first
        if x.bottom < _HEADER_BAND * height and not (_PAGE_NUMBER.match(x.text) or _PAGE_OF.search(x.text))
    )


def _paragraphs(lines: list[_Line]) -> list[Paragraph]:
    if not lines:
        return []
    body_size = Counter(x.size for x in lines if not x.bold).most_common(1)
    size = body_size[0][0] if body_size else lines[0].size
    gaps = [
        b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and a.column == b.column and b.top > a.top
    ]
    # The line spacing: the smallest gap that is common, not the median, which in a protocol of
    # one- and two-line paragraphs ("Radny … zapytał …", then the reply) is the paragraph gap
    # itself, and every paragraph of a page ran into one.
    spacing = sorted(gaps)[len(gaps) // 10] if gaps else size * 1.2
    # Column left edge per page and column: a line that starts right of it opens a paragraph.
    edges: dict[tuple[int, str], float] = {}
    right_edges: dict[tuple[int, str], float] = {}
    for line in lines:
        k = (line.page, line.column)
        edges[k] = min(edges.get(k, line.x0), line.x0)
        right_edges[k] = max(right_edges.get(k, line.x1), line.x1)
    flush = sum(right_edges[(line.page, line.column)] - line.x1 < 1.0 for line in lines if not line.bold)
    justified = flush >= 0.5 * sum(not line.bold for line in lines)
    indents = sum(line.x0 - edges[(line.page, line.column)] > size * 0.8 for line in lines)
    # One line set in (a centred title or letterhead) is no style of indented paragraphs.
    indent_style = indents >= max(2, 0.03 * len(lines))

    paragraphs: list[Paragraph] = []
    previous: _Line | None = None
    opened_at = 0.0  # where the paragraph's first line starts
    for line in lines:
        indented = line.x0 - edges[(line.page, line.column)] > size * 0.8
        if previous is None or line.bold != previous.bold or line.table_row or previous.table_row:
            new = True
        elif line.bold:
            new = previous.text.endswith(":")
        elif line.page != previous.page or line.column != previous.column or line.top < previous.top:
            # A column or page break: continue when the layout or the sentence says so.
            new = indented if indent_style else not continues(previous.text, line.text)
        elif _hangs_under(paragraphs[-1], opened_at, previous, line):
            new = False
        else:
            gap = line.top - previous.top
            new = (
                gap > spacing * 1.6
                or (indent_style and indented)
                or _ends_a_paragraph(previous, line, right_edges, justified)
            )
        if new:
            paragraphs.append(Paragraph(line.text, line.page, line.bold))
            opened_at = line.x0
        else:
            paragraphs[-1].text = join_lines(paragraphs[-1].text, line.text)
        previous = line
    return paragraphs


# Word's minutes often have neither a gap nor an indent between paragraphs: a paragraph ends
# where a line ending a sentence left room for the next line's first word, which would have
# gone on it had the paragraph gone on (with this much to spare: letters differ in width).
_ROOM_TO_SPARE = 1.3


def _ends_a_paragraph(previous: _Line, line: _Line, right_edges: dict[tuple[int, str], float], justified: bool) -> bool:
    words = line.text.split()
    if shouted_label(line.text) or shouted_label(previous.text):
        return True  # "RADNA KINGA ZAWADZKA" is a line of its own, as a label with a colon is
    if not words or not previous.text.rstrip().endswith((".", "!", "?", ":", "”", '"')) or not words[0][:1].isupper():
        return False
    letter = (line.x1 - line.x0) / max(len(line.text), 1)
    room = right_edges[(previous.page, previous.column)] - previous.x1
    # Justified, every line of a paragraph but its last reaches the edge.
    return room > _ROOM_TO_SPARE * letter * (len(words[0]) + 1) or (justified and room > previous.size * 1.5)


def _hangs_under(point: Paragraph, point_x0: float, previous: _Line, line: _Line) -> bool:
    """Whether ``line`` goes on the text of a listed point, indented past its number under it
    ("2. Informacja o realizacji zadań … w" over "2024 roku, w tym …"), where an indent would
    otherwise open a paragraph."""
    return (
        bool(LISTED_POINT.match(point.text))
        and line.x0 > point_x0 + previous.size
        and not LISTED_POINT.match(line.text)
        and not previous.text.rstrip().endswith((".", ";", ":"))
    )


# How far a letter's baseline may turn from the horizontal (its matrix's b / a) and still be
# a line's: italic type shears (c), it does not turn (b).
_LEVEL = 0.05


def _level(item: dict) -> bool:
    """Whether a page object is anything but a letter set at an angle."""
    if item.get("object_type") != "char":
        return True
    a, b = item.get("matrix", (1.0, 0.0))[:2]
    return a > 0 and abs(b) <= _LEVEL * a


def read_pdf(path: Path) -> Document:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(path) as pdf:
            if not pdf.pages:
                raise UnreadableFile(path, "the PDF has no pages")
            height = float(pdf.pages[0].height)
            pages: list[list[_Line]] = []
            for number, page in enumerate(pdf.pages, start=1):
                # Text set at an angle is no line of the record: an e-signature's id up the
                # margin ("Id: 7A2C4E91-…. Podpisany."), a "KOPIA" stamp across the page. Its
                # letters, read as words, made paragraphs of noise and pushed the right edge.
                if not all(_level(char) for char in page.chars):
                    page = page.filter(_level)
                words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
                rows, words = _table_rows(page.find_tables(), words, number)
                split = _column_split(words, float(page.width), float(page.height))
                if split is not None:
                    labelled, words = _labelled_rows(words, split, number, float(page.height))
                    if labelled:
                        rows += labelled
                        split = _column_split(words, float(page.width), float(page.height))
                pages.append(_reading_order(_group_lines(words, number, split) + rows))
    except UnreadableFile:
        raise
    except PDFPasswordIncorrect as error:
        raise UnreadableFile(path, "the PDF is encrypted; save an unprotected copy") from error
    except Exception as error:  # pdfminer raises many unrelated types for damaged files
        if "encrypt" in str(error).lower() or "password" in str(error).lower():
            raise UnreadableFile(path, "the PDF is encrypted; save an unprotected copy") from error
        raise UnreadableFile(path, f"damaged or truncated PDF ({type(error).__name__})") from error
    if not any(pages):
        raise UnreadableFile(path, "the PDF has no text layer (a scan?); run OCR on it first")
    letterhead = _letterhead(pages, height)
    pages = _drop_running_heads(pages, height)
    body_sizes = Counter(line.size for page in pages for line in page if not line.bold).most_common(1)
    body_size = body_sizes[0][0] if body_sizes else 0.0
    text: list[_Line] = []
    notes: list[_Line] = []
    for page in pages:
        running, foot = _footnotes_apart(page, body_size, height)
        text += running
        notes += foot
    # Footnotes go last: between a page's last line and the next page's first they cut a
    # paragraph running on in two, and read as part of it.
    footnotes = [replace(paragraph, note=True) for paragraph in _paragraphs(notes)]
    return Document(path, join_broken_paragraphs(_paragraphs(_drop_speaker_heads(text))) + footnotes, letterhead)


# "¹ Uchwała nr …", "1) Dz.U. …", "* Tekst …": a footnote's mark before its text.
_FOOTNOTE_MARK = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}\)?|\*+\)?)\s*\S")
# A footnote is set smaller than the text it annotates, at the foot of the page (small type
# higher up, a list or a vote in a smaller font, stays where it is).
_FOOTNOTE_SIZE = 0.9
_FOOTNOTE_BAND = 0.75


def _footnotes_apart(page: list[_Line], body_size: float, height: float) -> tuple[list[_Line], list[_Line]]:
    """A page's lines, and apart from them its footnotes: the lines below its last line of
    text, in a smaller type at the foot of the page, the first opening with a footnote's mark."""
    small = [line.size < _FOOTNOTE_SIZE * body_size for line in page]
    first = len(page)
    while first > 0 and small[first - 1] and not page[first - 1].table_row:
        first -= 1
    if first == len(page) or first == 0 or not _FOOTNOTE_MARK.match(page[first].text):
        return page, []
    if page[first].top < _FOOTNOTE_BAND * height:
        return page, []
    if page[first].top < max(line.bottom for line in page[:first]):
        return page, []  # beside the text, not below it
    return page[:first], page[first:]


def _drop_speaker_heads(lines: list[_Line]) -> list[_Line]:
    """A stenogram repeats who is speaking atop each page or column ("Prezes Rady Ministrów
    Donald Tusk", bold, no colon), mid-speech and even mid-word ("w kie- | runku"): not a
    turn of its own, and not words of the speech. Dropped where it repeats a label seen
    before ("Prezes Rady Ministrów Donald Tusk:") and opens its page or column."""
    labels: set[str] = set()
    kept: list[_Line] = []
    bold_run = ""  # a label may take two lines: "Prezes Rady Ministrów / Donald Tusk:"
    for line in lines:
        bold_run = f"{bold_run} {line.text}".strip() if line.bold else ""
        if bold_run.endswith(":"):
            labels.add(bold_run[:-1].strip())
            bold_run = ""
        opens = not kept or kept[-1].page != line.page or kept[-1].column != line.column
        if opens and line.bold and line.text.strip() in labels:
            continue
        kept.append(line)
    return kept
