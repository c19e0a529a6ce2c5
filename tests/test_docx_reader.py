from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from corpus.errors import UnreadableFile
from corpus.readers import read_document


def _protocol_docx(path: Path) -> Path:
    word = docx.Document()
    word.add_paragraph("Protokół nr 3/2022 z posiedzenia Komisji Rewizyjnej Rady Miejskiej w Gdańsku")
    word.add_paragraph("Posiedzenie prowadził Przewodniczący Komisji Pan Piotr Zieliński.")
    split = word.add_paragraph("Radny Tomasz Lis zapytał o stan realizacji inwestycji, które")
    split.add_run().add_break(WD_BREAK.PAGE)
    word.add_paragraph("miasto zaplanowało na bieżący rok.")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Lista obecności: Piotr Zieliński, Tomasz Lis."
    bold = word.add_paragraph()
    bold.add_run("Ad. 2").bold = True
    word.save(str(path))
    return path


def test_docx_paragraphs_tables_bold_and_pages(tmp_path: Path) -> None:
    document = read_document(_protocol_docx(tmp_path / "protokol.docx"))
    texts = [p.text for p in document.paragraphs]
    assert texts[2] == "Radny Tomasz Lis zapytał o stan realizacji inwestycji, które miasto zaplanowało na bieżący rok."
    assert "Lista obecności: Piotr Zieliński, Tomasz Lis." in texts
    assert document.paragraphs[-1].bold and document.paragraphs[-1].text == "Ad. 2"
    assert [p.page for p in document.paragraphs] == [1, 1, 1, 2, 2]


def test_damaged_docx_is_refused(tmp_path: Path) -> None:
    good = _protocol_docx(tmp_path / "dobry.docx").read_bytes()
    damaged = tmp_path / "uszkodzony.docx"
    damaged.write_bytes(good[: len(good) // 2])
    with pytest.raises(UnreadableFile, match="damaged or truncated"):
        read_document(damaged)
    fake = tmp_path / "udawany.docx"
    fake.write_text("to nie jest plik Worda", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="damaged or truncated"):
        read_document(fake)
