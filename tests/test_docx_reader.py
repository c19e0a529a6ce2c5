from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from corpus.errors import UnreadableFile
from corpus.parse import parse_document
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


def test_list_paragraphs_are_read_with_the_numbers_word_draws(tmp_path: Path) -> None:
    """An agenda written as a Word numbered list has its numbers in numbering.xml, not in the
    text: read with them, its points are found, and so is the record of each."""
    word = docx.Document()
    word.add_paragraph("Protokół nr 4/2024 z posiedzenia Komisji Rozwoju Rady Miasta Tarnowa z dnia 5 marca 2024 r.")
    word.add_paragraph("Porządek posiedzenia:")
    for point in ("Informacja o stanie dróg po zimie.", "Sprawy różne."):
        word.add_paragraph(point, style="List Number")
    word.add_paragraph("Ad. 1")
    word.add_paragraph("Dyrektor Zarządu Dróg Pan Adam Nowak poinformował, że naprawiono 1200 ubytków.")
    word.add_paragraph("Ad. 2")
    word.add_paragraph("Radny Piotr Wąs poinformował o skargach mieszkańców na hałas.")
    word.add_paragraph("Uwagi mieszkańców:")
    word.add_paragraph("hałas nocą,", style="List Bullet")
    path = tmp_path / "protokol.docx"
    word.save(str(path))
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts[2:4] == ["1. Informacja o stanie dróg po zimie.", "2. Sprawy różne."]
    assert "hałas nocą," in texts  # a bullet draws no number
    meeting = parse_document(read_document(path))
    assert meeting.agenda == ["Informacja o stanie dróg po zimie", "Sprawy różne"]
    reported = next(p for p in meeting.passages if "1200 ubytków" in p.text)
    assert reported.agenda_item == "1. Informacja o stanie dróg po zimie"


def _numbered(word, num_id: str, level: int, text: str) -> None:
    paragraph = word.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def test_nested_and_roman_list_numbers_are_counted_as_word_counts_them(tmp_path: Path) -> None:
    word = docx.Document()
    numbering = word.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2)"/></w:lvl>'
            "</w:abstractNum>"
        )
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>'
        )
    )
    for num_id, level, text in [
        ("90", 0, "Otwarcie"),
        ("90", 1, "quorum"),
        ("90", 1, "porządek"),
        ("90", 0, "Informacja"),
        ("90", 1, "drogi"),
        ("91", 0, "Sprawy różne"),
    ]:
        _numbered(word, num_id, level, text)
    path = tmp_path / "listy.docx"
    word.save(str(path))
    assert [p.text for p in read_document(path).paragraphs] == [
        "I. Otwarcie",
        "I.1) quorum",
        "I.2) porządek",
        "II. Informacja",
        "II.1) drogi",
        "IV. Sprawy różne",
    ]


def test_a_discussion_recorded_as_a_table_keeps_each_speaker_with_their_words(tmp_path: Path) -> None:
    """Cells were read one by one: "Radna Joanna Pawlik", then "Zapytała, ile …" on a line of
    its own, nobody's. A row of several cells is one record; a row of signatures is not."""
    word = docx.Document()
    for text in (
        "Protokół nr 7/2024 z posiedzenia Komisji Rozwoju Miasta Rady Miasta Rzeszowa z dnia 16 kwietnia 2024 r.",
        "Ad. 1",
        "Informację o budowie parkingu przedstawił Dyrektor Miejskiego Zarządu Dróg Pan Tomasz Wąs.",
    ):
        word.add_paragraph(text)
    rows = [
        ("Lp.", "Osoba zabierająca głos", "Treść wypowiedzi"),
        ("1.", "Radna Joanna Pawlik", "Zapytała, ile będzie kosztowała godzina parkowania."),
        ("2.", "Dyrektor Tomasz Wąs", "Odpowiedział, że pierwsza godzina będzie kosztowała 3 zł."),
        ("", "Radny Marek Lis", "Zwrócił uwagę, że mieszkańcy ul. Targowej obawiają się korków."),
    ]
    table = word.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    signatures = word.add_table(rows=1, cols=2)
    signatures.cell(0, 0).text = "Protokołowała:"
    signatures.cell(0, 0).add_paragraph("Ewa Mróz")
    signatures.cell(0, 1).text = "Przewodniczący Komisji"
    signatures.cell(0, 1).add_paragraph("Jerzy Kaczmarek")
    path = tmp_path / "protokol.docx"
    word.save(str(path))

    texts = [p.text for p in read_document(path).paragraphs]
    assert "1. Radna Joanna Pawlik – Zapytała, ile będzie kosztowała godzina parkowania." in texts
    assert "Radny Marek Lis – Zwrócił uwagę, że mieszkańcy ul. Targowej obawiają się korków." in texts
    meeting = parse_document(read_document(path))
    said = {
        p.text[s.start : s.end].strip(): s.speaker for p in meeting.passages for s in p.spans if s.speaker is not None
    }
    assert said["1. Radna Joanna Pawlik – Zapytała, ile będzie kosztowała godzina parkowania."] == "Joanna Pawlik"
    assert said["2. Dyrektor Tomasz Wąs – Odpowiedział, że pierwsza godzina będzie kosztowała 3 zł."] == "Tomasz Wąs"
    assert meeting.chair == "Jerzy Kaczmarek"
    assert meeting.minute_taker == "Ewa Mróz"


@pytest.mark.parametrize("marked_by", ["bold", "heading style", "bold character style"])
def test_speakers_named_in_bold_lines_without_a_colon(tmp_path: Path, marked_by: str) -> None:
    """Word minutes often mark who speaks by bold type alone: "Radny Piotr Lis", then the
    speech. Those lines named nobody, and every speech was nobody's; so did a heading's style
    ("Nagłówek 3") or a bold character style ("Pogrubienie"), which leave the runs' own bold
    unset."""
    word = docx.Document()

    def mark(label: str) -> None:
        if marked_by == "heading style":
            word.add_heading(label, level=3)
        elif marked_by == "bold character style":
            word.add_paragraph().add_run(label, style="Strong")
        else:
            word.add_paragraph().add_run(label).bold = True

    word.add_paragraph("Protokół nr 2/2025 z posiedzenia Komisji Sportu Rady Miasta Opola z dnia 20 stycznia 2025 r.")
    for label, speech in [
        ("Przewodniczący Komisji Marek Wilk", "Otwieram posiedzenie. Proszę panią dyrektor o informację."),
        ("Dyrektor Wydziału Sportu Anna Bąk", "Na dotacje przeznaczono w tym roku 6,2 mln zł."),
        ("Radny Piotr Lis", "Dlaczego kluby łucznicze dostały mniej pieniędzy?"),
        ("Dyrektor Anna Bąk", "Kryterium jest liczba licencjonowanych zawodników."),
    ]:
        mark(label)
        word.add_paragraph(speech)
    heading = word.add_paragraph()
    heading.add_run("Informacja Dyrektora Anny Bąk").bold = True  # a heading naming her: no label
    word.add_paragraph("Informację przyjęto.")
    path = tmp_path / "protokol.docx"
    word.save(str(path))
    meeting = parse_document(read_document(path))
    said = {p.text[:20]: s.speaker for p in meeting.passages for s in p.spans}
    assert said["Dlaczego kluby łuczn"] == "Piotr Lis"
    assert said["Kryterium jest liczb"] == "Anna Bąk"
    assert meeting.chair == "Marek Wilk"


def test_a_speakers_line_then_the_words_reported_make_one_sentence(tmp_path: Path) -> None:
    """ "Radny Piotr Lis" in bold on its own line, "zapytał, dlaczego …" below: read apart, the
    name was a listing's line and the question nobody's."""
    word = docx.Document()
    word.add_paragraph("Protokół nr 3/2025 z posiedzenia Komisji Sportu Rady Miasta Opola z dnia 24 lutego 2025 r.")
    word.add_paragraph("Ad. 1. Dotacje dla klubów sportowych")
    for label, speech in [
        ("Dyrektor Wydziału Sportu Anna Bąk", "poinformowała, że na dotacje przeznaczono 6,2 mln zł."),
        ("Radny Piotr Lis", "zapytał, dlaczego kluby łucznicze dostały mniej pieniędzy."),
        ("Radna Ewa Mak", "zaproponowała zmianę kryteriów."),
    ]:
        word.add_paragraph().add_run(label).bold = True
        word.add_paragraph(speech)
    path = tmp_path / "protokol.docx"
    word.save(str(path))
    meeting = parse_document(read_document(path))
    assert meeting.style == "protocol"
    said = {p.text[s.start : s.end].strip(): s.speaker for p in meeting.passages for s in p.spans}
    assert said["Radny Piotr Lis zapytał, dlaczego kluby łucznicze dostały mniej pieniędzy."] == "Piotr Lis"
    assert said["Radna Ewa Mak zaproponowała zmianę kryteriów."] == "Ewa Mak"


def test_a_speakers_heading_then_the_words_reported_in_a_sentence_of_their_own(tmp_path: Path) -> None:
    """ "Radny Piotr Lis" as a heading (or bold) on its own line, "Zapytał, dlaczego …" below,
    opening a sentence of its own: the question was nobody's (the record's own words)."""
    word = docx.Document()
    word.add_paragraph("Protokół nr 3/2025 z posiedzenia Komisji Sportu Rady Miasta Opola z dnia 24 lutego 2025 r.")
    word.add_paragraph("Dyrektor Wydziału Sportu Pani Anna Bąk poinformowała, że na dotacje przeznaczono 6,2 mln zł.")
    word.add_heading("Radny Piotr Lis", level=3)
    word.add_paragraph("Zapytał, dlaczego kluby łucznicze dostały mniej pieniędzy.")
    path = tmp_path / "protokol.docx"
    word.save(str(path))
    said = {
        p.text[s.start : s.end].strip(): s.speaker
        for p in parse_document(read_document(path)).passages
        for s in p.spans
    }
    assert said["Zapytał, dlaczego kluby łucznicze dostały mniej pieniędzy."] == "Piotr Lis"
    assert said["Radny Piotr Lis"] is None  # the line naming him is no words of his


def test_words_of_a_change_tracked_as_inserted_are_read_and_deleted_ones_not(tmp_path: Path) -> None:
    """Minutes saved with their changes still tracked lost every inserted word ("3 100
    seniorów" of "zaszczepiono 3 100 seniorów"): python-docx leaves "w:ins" out of a
    paragraph's text. What was deleted is not."""
    word = docx.Document()
    word.add_paragraph("Protokół nr 3/2024 z posiedzenia Komisji Zdrowia Rady Miasta Płocka z dnia 4 marca 2024 r.")
    said = word.add_paragraph("Dyrektor Pani Ewa Lis poinformowała, że zaszczepiono ")
    tracked = (
        f'<w:ins {nsdecls("w")} w:id="1" w:author="Biuro Rady" w:date="2024-03-05T10:00:00Z">'
        '<w:r><w:t xml:space="preserve">3 100 seniorów</w:t></w:r></w:ins>'
        f'<w:del {nsdecls("w")} w:id="2" w:author="Biuro Rady" w:date="2024-03-05T10:00:00Z">'
        '<w:r><w:delText xml:space="preserve"> 2 900 osób</w:delText></w:r></w:del>'
    )
    for element in parse_xml(f"<w:root {nsdecls('w')}>{tracked}</w:root>"):
        said._p.append(element)
    said.add_run(" w ramach programu.")
    path = tmp_path / "sledzone-zmiany.docx"
    word.save(str(path))
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts[1] == "Dyrektor Pani Ewa Lis poinformowała, że zaszczepiono 3 100 seniorów w ramach programu."


def test_paragraphs_inside_a_content_control_are_read(tmp_path: Path) -> None:
    """A template that wraps the minutes' body in a content control ("w:sdt") lost all of it:
    only the body's own paragraphs were read."""
    word = docx.Document()
    word.add_paragraph("Protokół nr 3/2024 z posiedzenia Komisji Zdrowia Rady Miasta Płocka z dnia 4 marca 2024 r.")
    control = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent>"
        "<w:p><w:r><w:t>Radny Jan Kot zapytał o szczepienia seniorów.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Pani Dyrektor odpowiedziała, że zaszczepiono 3 100 osób.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    word.element.body.insert(1, control)
    path = tmp_path / "szablon.docx"
    word.save(str(path))
    assert [p.text for p in read_document(path).paragraphs][1:] == [
        "Radny Jan Kot zapytał o szczepienia seniorów.",
        "Pani Dyrektor odpowiedziała, że zaszczepiono 3 100 osób.",
    ]


def test_a_speakers_name_in_bold_before_the_speech_opens_a_turn(tmp_path: Path) -> None:
    """A stenogram that sets who speaks in bold at the start of the paragraph, no colon, the
    speech after it in plain type, gave the speech to nobody (or, for the chair, to the
    record). A bold point number or a bold word a sentence goes on from stays in its line."""
    word = docx.Document()
    word.add_paragraph("Stenogram z posiedzenia Komisji Kultury Rady Miasta Torunia z dnia 7 maja 2024 r.")
    for lead, rest in [
        ("Przewodniczący Komisji Jan Nowak", " Otwieram posiedzenie. Proszę panią dyrektor o informację."),
        ("Dyrektor Wydziału Kultury Anna Lis", " Dziękuję. W tym roku dofinansowaliśmy 42 festiwale."),
        ("Radna Ewa Kot", " Ile kosztował festiwal Skyway?"),
        ("Dyrektor Wydziału Kultury Anna Lis", " Skyway kosztował 1,2 mln zł."),
    ]:
        paragraph = word.add_paragraph()
        paragraph.add_run(lead).bold = True
        paragraph.add_run(rest)
    path = tmp_path / "stenogram.docx"
    word.save(str(path))
    said = {p.text[s.start : s.end]: s.speaker for p in parse_document(read_document(path)).passages for s in p.spans}
    assert said["Ile kosztował festiwal Skyway?"] == "Ewa Kot"
    assert said["Skyway kosztował 1,2 mln zł."] == "Anna Lis"
    assert said["Otwieram posiedzenie. Proszę panią dyrektor o informację."] == "Jan Nowak"

    kept = docx.Document()
    for lead, rest in [("Ad. 1.", " Informacja o festiwalach."), ("Ważne", " jest, aby festiwal odbył się latem.")]:
        paragraph = kept.add_paragraph()
        paragraph.add_run(lead).bold = True
        paragraph.add_run(rest)
    kept.save(str(path))
    assert [p.text for p in read_document(path).paragraphs] == [
        "Ad. 1. Informacja o festiwalach.",
        "Ważne jest, aby festiwal odbył się latem.",
    ]


@pytest.mark.parametrize("first_page_apart", [False, True])
def test_a_letterhead_in_the_page_header_names_the_council_and_the_committee(
    tmp_path: Path, first_page_apart: bool
) -> None:
    """A template that names the council and the committee in the page header, the title only
    "Protokół … z posiedzenia Komisji …": the meeting had no committee and no council. The
    header is the letterhead, apart from the text; a footer's page number is not read."""
    word = docx.Document()
    section = word.sections[0]
    section.different_first_page_header_footer = first_page_apart
    header = section.first_page_header if first_page_apart else section.header
    header.paragraphs[0].text = "Rada Miejska w Kaliszu – Komisja Polityki Społecznej"
    section.footer.paragraphs[0].text = "Strona 1 z 2"
    for text in [
        "Protokół nr 22/2024",
        "z posiedzenia Komisji odbytego w dniu 5 listopada 2024 r.",
        "Dyrektor MOPR Pani Anna Lis poinformowała, że z pomocy skorzystało 3 120 rodzin.",
    ]:
        word.add_paragraph(text)
    word.add_page_break()
    word.add_paragraph("Radny Piotr Kaczmarek zapytał o kolejki do asystentów rodziny.")
    path = tmp_path / "protokol.docx"
    word.save(str(path))
    document = read_document(path)
    texts = [p.text for p in document.paragraphs]
    assert document.letterhead == "Rada Miejska w Kaliszu – Komisja Polityki Społecznej"
    assert not any("Kaliszu" in text or "Strona" in text for text in texts)
    meeting = parse_document(document)
    assert (meeting.committee, meeting.body) == ("Komisja Polityki Społecznej", "Rada Miejska w Kaliszu")


def test_a_title_set_in_a_text_box_is_read_once(tmp_path: Path) -> None:
    """A template that sets the title in a text box ("Protokół nr 5/2024 …"): python-docx reads
    no text box, and the meeting had no number, date or committee. Word saves a box twice (a
    drawing, and its VML fallback for older readers): it is read once, before its paragraph."""
    word = docx.Document()
    box = (
        "<w:txbxContent><w:p><w:r><w:t>Protokół nr 5/2024 z posiedzenia Komisji Zdrowia Rady Miasta Tarnowa "
        "z dnia 6 maja 2024 r.</w:t></w:r></w:p></w:txbxContent>"
    )
    anchor = word.add_paragraph()
    anchor._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing>'
            f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
            "</mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    word.add_paragraph("Dyrektor Szpitala Pan Marek Zając poinformował, że oddział zostanie otwarty w czerwcu.")
    path = tmp_path / "protokol.docx"
    word.save(str(path))
    document = read_document(path)
    assert [p.text for p in document.paragraphs] == [
        "Protokół nr 5/2024 z posiedzenia Komisji Zdrowia Rady Miasta Tarnowa z dnia 6 maja 2024 r.",
        "Dyrektor Szpitala Pan Marek Zając poinformował, że oddział zostanie otwarty w czerwcu.",
    ]
    meeting = parse_document(document)
    assert (meeting.number, meeting.date, meeting.committee) == ("5/2024", "2024-05-06", "Komisja Zdrowia")
