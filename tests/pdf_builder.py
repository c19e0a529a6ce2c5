"""Builds the test PDFs: laid out like council protocols and Sejm stenograms (two columns,
running headers, page numbers, hyphenated line ends), so the PDF reader is tested on layout
it must undo rather than on the text it must find."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

FONTS = Path(__file__).parent / "data" / "fonts"


def _pdf() -> FPDF:
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    return pdf


def _header_and_number(pdf: FPDF, header: str, number: int) -> None:
    pdf.set_font("DejaVu", "", 8)
    pdf.set_xy(56, 28)
    pdf.cell(480, 10, header, align="C")
    pdf.set_xy(56, 800)
    pdf.cell(480, 10, str(number), align="C")


def _titled_page(title: str) -> FPDF:
    """One page with the record's title on top, written by hand below it."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.set_xy(56, 60)
    pdf.multi_cell(480, 14, title)
    return pdf


def _written_below(pdf: FPDF, paragraphs: list[str], y: float, gap: float) -> float:
    """``paragraphs`` one under another from ``y``, ``gap`` apart; where the last one ends."""
    for text in paragraphs:
        pdf.set_xy(56, y)
        pdf.multi_cell(480, 14, text)
        y = pdf.get_y() + gap
    return y


def _footer(pdf: FPDF, text: str, y: float = 800) -> None:
    """A line at the page's foot ("Protokół nr 7/2024 – strona 1 z 1"), not opening a page."""
    pdf.set_auto_page_break(False)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_xy(56, y)
    pdf.cell(480, 10, text, align="C")


def write_lines(path: Path, pages: list[list[tuple[str, float, bool]]], header: str) -> Path:
    """Single-column pages; each line is (text, x indent, bold)."""
    pdf = _pdf()
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        _header_and_number(pdf, header, number)
        y = 80.0
        for text, indent, bold in lines:
            if text == "":
                y += 14
                continue
            pdf.set_font("DejaVu", "B" if bold else "", 11)
            pdf.set_xy(56 + indent, y)
            pdf.cell(0, 12, text)
            y += 14
    pdf.output(str(path))
    return path


def write_two_columns(
    path: Path, pages: list[tuple[list[tuple[str, float, bool]], list[tuple[str, float, bool]]]], header: str
) -> Path:
    """Two-column pages: (left lines, right lines), each line (text, indent, bold)."""
    pdf = _pdf()
    for number, (left, right) in enumerate(pages, start=1):
        pdf.add_page()
        _header_and_number(pdf, header, number)
        for x, lines in ((56.0, left), (310.0, right)):
            y = 80.0
            for text, indent, bold in lines:
                pdf.set_font("DejaVu", "B" if bold else "", 10)
                pdf.set_xy(x + indent, y)
                pdf.cell(0, 12, text)
                y += 13
    pdf.output(str(path))
    return path


def write_image_only(path: Path) -> Path:
    """A 'scan': drawing but no text layer."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_fill_color(90, 90, 90)
    for row in range(40):
        pdf.rect(56, 60 + row * 18, 480, 9, style="F")
    pdf.output(str(path))
    return path


def write_table(path: Path, before: list[str], rows: list[tuple[str, ...]], widths: tuple[float, ...]) -> Path:
    """Paragraphs, then a ruled table (Word's way of recording a discussion: who, what)."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.set_xy(56, 60)
    pdf.multi_cell(480, 14, "\n\n".join(before))
    pdf.ln(10)
    pdf.set_x(56)
    with pdf.table(col_widths=widths, width=480, align="LEFT") as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.output(str(path))
    return path


def write_ruled_heading(path: Path, heading: str, text: str) -> Path:
    """A heading between ruled lines that cross under it, as a stenogram draws them: no table,
    though the rules make a grid of two cells."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_line_width(0.5)
    for y in (100.0, 130.0):
        pdf.line(56, y, 538, y)
    for x in (56.0, 297.0, 538.0):
        pdf.line(x, 100, x, 130)
    pdf.set_font("DejaVu", "", 11)
    pdf.set_xy(56, 108)
    pdf.cell(482, 14, heading, align="C")
    pdf.set_xy(56, 150)
    pdf.multi_cell(480, 14, text)
    pdf.output(str(path))
    return path


def write_paragraphs(path: Path, paragraphs: list[str], align: str) -> Path:
    """Paragraphs as Word exports its "Normal" style without spacing: no gap and no indent
    between them, justified ("J") or ragged ("L"), a running header and "Strona 1 z 2" below."""
    pdf = _pdf()
    pdf.set_margins(56, 80)
    pdf.set_auto_page_break(True, margin=70)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    for text in paragraphs:
        pdf.set_x(56)
        pdf.multi_cell(480, 15, text, align=align)
    pages = pdf.page
    for number in range(1, pages + 1):
        pdf.page = number
        _footer(pdf, "Protokół Komisji Oświaty", y=25)
        _footer(pdf, f"Strona {number} z {pages}", y=805)
    pdf.output(str(path))
    return path


def write_listed_points(path: Path, heading: str, points: list[str], footer: str) -> Path:
    """One page: a heading, points numbered with their text hanging past the number (Word's
    list indent), and a footer such as "Protokół nr 15/2024 – strona 1 z 1"."""
    pdf = _pdf()
    pdf.set_margins(70, 80, 70)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(455, 14, heading)
    for number, text in enumerate(points, start=1):
        pdf.set_x(88)
        pdf.cell(14, 14, f"{number}.")
        pdf.set_x(102)
        pdf.multi_cell(423, 14, text, align="J")
    _footer(pdf, footer)
    pdf.output(str(path))
    return path


def write_speaker_rows(path: Path, title: str, rows: list[tuple[str, str]]) -> Path:
    """A discussion as Word lays out a table whose borders are hidden: who spoke in a narrow
    left column (a name may take two lines), what they said beside it, justified; a footer."""
    pdf = _titled_page(title)
    y = 110.0
    for who, said in rows:
        pdf.set_xy(56, y)
        pdf.multi_cell(140, 14, who)
        below_who = pdf.get_y()
        pdf.set_xy(210, y)
        pdf.multi_cell(326, 14, said, align="J")
        y = max(below_who, pdf.get_y()) + 8
    _footer(pdf, "Protokół nr 7/2024 – strona 1 z 1")
    pdf.output(str(path))
    return path


def write_bold_leads(path: Path, title: str, turns: list[tuple[str, str]]) -> Path:
    """A stenogram that sets who speaks in bold at the start of the line, the speech after it
    in plain type on the same line and the lines below."""
    pdf = _titled_page(title)
    y = 100.0
    for who, said in turns:
        pdf.set_xy(56, y)
        pdf.set_font("DejaVu", "B", 11)
        pdf.write(14, who + " ")
        pdf.set_font("DejaVu", "", 11)
        pdf.write(14, said)
        y = pdf.get_y() + 24
    pdf.output(str(path))
    return path


def write_signatures_side_by_side(
    path: Path, title: str, paragraphs: list[str], signatures: list[tuple[str, str]]
) -> Path:
    """A one-page protocol whose signatures stand side by side under its last paragraph, the
    minute-taker's on the left, the chair's on the right."""
    pdf = _titled_page(title)
    y = _written_below(pdf, paragraphs, 100.0, gap=6) + 30
    for left, right in signatures:
        pdf.set_xy(56, y)
        pdf.cell(200, 14, left)
        pdf.set_xy(350, y)
        pdf.cell(200, 14, right)
        y += 16
    pdf.output(str(path))
    return path


def write_footnote_across_pages(path: Path, title: str, running: str, note: str, after: list[str]) -> Path:
    """A paragraph running from the foot of page 1 onto page 2, a footnote in small type below
    it on page 1 (its mark in the paragraph), then ``after`` on page 2; page numbers below."""
    pdf = _titled_page(title)
    pdf.set_font("DejaVu", "", 11)
    lines = pdf.multi_cell(480, 14, running, align="J", dry_run=True, output="LINES")
    y = 740.0 - 14 * (len(lines) // 2)
    for line in lines[: len(lines) // 2]:
        pdf.set_xy(56, y)
        pdf.multi_cell(480, 14, line, align="J")
        y += 14
    pdf.set_font("DejaVu", "", 7)
    pdf.set_xy(56, 770)
    pdf.cell(480, 9, note)
    _footer(pdf, "- 1 -")
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    y = 60.0
    for line in lines[len(lines) // 2 :]:
        pdf.set_xy(56, y)
        pdf.multi_cell(480, 14, line, align="J" if line is not lines[-1] else "L")
        y += 14
    for text in after:
        pdf.set_xy(56, y + 10)
        pdf.multi_cell(480, 14, text)
        y = pdf.get_y()
    _footer(pdf, "- 2 -")
    pdf.output(str(path))
    return path


def write_stamped(path: Path, title: str, paragraphs: list[str]) -> Path:
    """A protocol as e-office systems sign it: an id up the left margin, turned 90°, and a
    "KOPIA" stamp across the page at 45°, in light grey."""
    pdf = _titled_page(title)
    _written_below(pdf, paragraphs, 100.0, gap=10)
    pdf.set_font("DejaVu", "", 7)
    with pdf.rotation(90, 30, 600):
        pdf.set_xy(30, 600)
        pdf.cell(500, 8, "Id: 7A2C4E91-3B5D-4F6A-8C9E-1D2F3A4B5C6D. Podpisany. Strona 1")
    pdf.set_font("DejaVu", "", 40)
    pdf.set_text_color(220, 220, 220)
    with pdf.rotation(45, 300, 140):
        pdf.set_xy(150, 140)
        pdf.cell(300, 40, "KOPIA")
    pdf.output(str(path))
    return path


def write_small_type_below(path: Path, title: str, paragraphs: list[str], small: list[str], top: float) -> Path:
    """A page of ``paragraphs`` with ``small`` lines in 8 pt under them from ``top`` down, and
    nothing after: a footnote at the page's foot, or a list set smaller higher up."""
    pdf = _titled_page(title)
    _written_below(pdf, paragraphs, 100.0, gap=6)
    pdf.set_font("DejaVu", "", 8)
    for number, line in enumerate(small):
        pdf.set_xy(56, top + 11 * number)
        pdf.cell(480, 10, line)
    pdf.output(str(path))
    return path


def write_interjection_beside_a_higher_column(path: Path) -> Path:
    """Two columns, the right one's lines set 2.6 points higher than the left's, and in one
    left line an interjection whose speaker is set 0.2 points higher than its words (as an
    italic name sits in a stenogram): "(Poseł Jan Nowak: Tak jest.)"."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    for row in range(30):
        y = 80.0 + 13 * row
        pdf.set_xy(310, y - 2.6)
        pdf.cell(0, 12, f"Prawa kolumna, wiersz {row} tekstu.")
        if row != 12:
            pdf.set_xy(56, y)
            pdf.cell(0, 12, f"Lewa kolumna, wiersz {row} tekstu.")
            continue
        x = 56.0
        # The name in another face, as the stenogram's italic: a word of its own to the reader.
        for piece, lift, style in (("(", 0.0, ""), ("Poseł Jan Nowak", 0.2, "B"), (": Tak jest.)", 0.0, "")):
            pdf.set_font("DejaVu", style, 10)
            pdf.set_xy(x, y - lift)
            pdf.cell(0, 12, piece)
            x += pdf.get_string_width(piece) + (2 if piece != "(" else 0)
        pdf.set_font("DejaVu", "", 10)
    pdf.output(str(path))
    return path


def write_touching_pieces(path: Path, lines: list[list[tuple[str, str]]]) -> Path:
    """Lines written piece by piece, each piece (text, font style) right where the one before
    ends, no space between: a line's hyphen or an italic word in brackets drawn apart, as a
    stenogram's typesetter leaves them ("Przedsta" + "-", "(" + "Oklaski" + ")")."""
    pdf = _pdf()
    pdf.add_page()
    for row, pieces in enumerate(lines):
        x = 56.0
        for text, style in pieces:
            pdf.set_font("DejaVu", style, 11)
            pdf.set_xy(x, 80 + 14 * row)
            pdf.cell(0, 12, text)
            x += pdf.get_string_width(text)
    pdf.output(str(path))
    return path
