from __future__ import annotations

from pathlib import Path

import pytest
from pdf_builder import (
    write_bold_leads,
    write_footnote_across_pages,
    write_image_only,
    write_interjection_beside_a_higher_column,
    write_lines,
    write_listed_points,
    write_paragraphs,
    write_ruled_heading,
    write_signatures_side_by_side,
    write_small_type_below,
    write_speaker_rows,
    write_stamped,
    write_table,
    write_touching_pieces,
    write_two_columns,
)

from corpus.errors import UnreadableFile
from corpus.parse import parse_document
from corpus.readers import read_document

HEADER = "Protokół nr 12/2021 z posiedzenia Komisji Budżetowej Rady Miasta Krakowa"


def _protocol_pdf(tmp_path: Path) -> Path:
    page1 = [
        ("Obrady prowadził Przewodniczący Komisji Pan Jan Nowak.", 0, False),
        ("", 0, False),
        ("Skarbnik Miasta przedstawiła projekt uchwały budżetowej na rok", 14, False),
        ("2022 i wyjaśniła, że wydatki bieżące wzrosną o cztery procent, a wy-", 0, False),
        ("datki majątkowe pozostaną na poziomie roku poprzedniego, zaś", 0, False),
        ("rezerwa ogólna zostanie utrzymana w wysokości przewidzianej przez", 0, False),
    ]
    page2 = [
        ("ustawę o finansach publicznych.", 0, False),
        ("", 0, False),
        ("Radna Anna Wiśniewska zapytała o remont ulicy Lipowej.", 14, False),
    ]
    return write_lines(tmp_path / "protokol.pdf", [page1, page2], HEADER)


def test_running_headers_page_numbers_and_hyphenation_are_undone(tmp_path: Path) -> None:
    document = read_document(_protocol_pdf(tmp_path))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Obrady prowadził Przewodniczący Komisji Pan Jan Nowak."
    budget = texts[1]
    assert "a wydatki majątkowe" in budget
    assert budget.endswith("przewidzianej przez ustawę o finansach publicznych.")
    assert texts[2] == "Radna Anna Wiśniewska zapytała o remont ulicy Lipowej."
    assert not any(HEADER in t or t.strip().isdigit() for t in texts)
    # The paragraph split by the page break keeps the page it starts on.
    assert [p.page for p in document.paragraphs] == [1, 1, 2]


def test_two_columns_are_read_left_then_right(tmp_path: Path) -> None:
    left = [
        ("Poseł Jan Kowalski:", 0, True),
        ("Panie Marszałku! Wysoka Izbo! Projekt", 14, False),
        ("ustawy budżetowej przewiduje wzrost", 0, False),
        ("nakładów na ochronę zdrowia.", 0, False),
        ("Marszałek:", 0, True),
        ("Dziękuję bardzo. Proszę o zabranie", 14, False),
        ("głosu panią poseł Annę Nowak.", 0, False),
    ]
    right = [
        ("Poseł Anna Nowak:", 0, True),
        ("Panie Marszałku! Klub popiera projekt", 14, False),
        ("w całości i wnosi o jego przyjęcie", 0, False),
        ("bez poprawek.", 0, False),
    ]
    filler = [(f"Wiersz {i} wypełnia kolumnę.", 14, False) for i in range(40)]
    document = read_document(
        write_two_columns(
            tmp_path / "stenogram.pdf", [(left + filler[:20], right + filler[20:])], "1. posiedzenie Sejmu"
        )
    )
    texts = [p.text for p in document.paragraphs]
    order = [texts.index(t) for t in ("Poseł Jan Kowalski:", "Marszałek:", "Poseł Anna Nowak:")]
    assert order == sorted(order)
    assert (
        "Panie Marszałku! Wysoka Izbo! Projekt ustawy budżetowej przewiduje wzrost nakładów na ochronę zdrowia."
        in texts
    )
    assert "Panie Marszałku! Klub popiera projekt w całości i wnosi o jego przyjęcie bez poprawek." in texts
    assert all(p.bold for p in document.paragraphs if p.text.endswith(":"))


def test_scanned_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="no text layer"):
        read_document(write_image_only(tmp_path / "skan.pdf"))


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = _protocol_pdf(tmp_path)
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="tajne", owner_password="tajne")
    encrypted = tmp_path / "zaszyfrowany.pdf"
    with encrypted.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(UnreadableFile, match="encrypted"):
        read_document(encrypted)


@pytest.mark.parametrize("keep", [0, 40, 0.5])
def test_truncated_or_empty_pdf_is_refused(tmp_path: Path, keep: float) -> None:
    data = _protocol_pdf(tmp_path).read_bytes()
    cut = tmp_path / "ucięty.pdf"
    cut.write_bytes(data[: int(len(data) * keep) if isinstance(keep, float) else keep])
    with pytest.raises(UnreadableFile) as error:
        read_document(cut)
    assert "ucięty.pdf" in str(error.value)


def test_short_paragraphs_apart_only_by_space_stay_apart(tmp_path: Path) -> None:
    """Word's paragraphs, spaced but not indented, of one or two lines each: half the gaps
    between lines are paragraph gaps, and the median gap made a whole page one paragraph."""
    page = [
        ("Radny Piotr Bąk zapytał, kiedy rozpocznie się przebudowa ulicy", 0, False),
        ("Chojnowskiej.", 0, False),
        ("", 0, False),
        ("Pani Skarbnik odpowiedziała, że przetarg zostanie ogłoszony w kwietniu.", 0, False),
        ("", 0, False),
        ("Radna Ewa Lis zapytała o koszt przebudowy.", 0, False),
        ("", 0, False),
        ("Pani Skarbnik odpowiedziała, że kosztorys wynosi 4,2 mln zł.", 0, False),
    ]
    texts = [p.text for p in read_document(write_lines(tmp_path / "p.pdf", [page, page], HEADER)).paragraphs]
    assert texts == 2 * [
        "Radny Piotr Bąk zapytał, kiedy rozpocznie się przebudowa ulicy Chojnowskiej.",
        "Pani Skarbnik odpowiedziała, że przetarg zostanie ogłoszony w kwietniu.",
        "Radna Ewa Lis zapytała o koszt przebudowy.",
        "Pani Skarbnik odpowiedziała, że kosztorys wynosi 4,2 mln zł.",
    ]


def test_a_discussion_in_a_ruled_table_is_read_row_by_row(tmp_path: Path) -> None:
    """Columns of a table were read one after another: the names, then everything said, each
    speech nobody's. A row that makes one record is one paragraph, as in a .docx."""
    path = write_table(
        tmp_path / "protokol.pdf",
        ["Protokół nr 7/2024 z posiedzenia Komisji Rozwoju Miasta Rady Miasta Rzeszowa", "Przebieg dyskusji:"],
        [
            ("Lp.", "Osoba zabierająca głos", "Treść wypowiedzi"),
            (
                "1.",
                "Radna Joanna Pawlik",
                "Zapytała, ile będzie kosztowała godzina parkowania w nowym parkingu przy ulicy Targowej.",
            ),
            ("2.", "Dyrektor Tomasz Wąs", "Odpowiedział, że pierwsza godzina będzie kosztowała 3 zł."),
        ],
        (30, 120, 330),
    )
    texts = [p.text for p in read_document(path).paragraphs]
    assert (
        "1. Radna Joanna Pawlik – Zapytała, ile będzie kosztowała godzina parkowania w nowym parkingu przy ulicy "
        "Targowej." in texts
    )
    assert "2. Dyrektor Tomasz Wąs – Odpowiedział, że pierwsza godzina będzie kosztowała 3 zł." in texts


def test_rules_around_a_heading_make_no_table(tmp_path: Path) -> None:
    """A stenogram's rules around a line make a grid of one row, its edge under the middle of
    the line: read as a table row, the line was cut in two with a dash between."""
    heading = "Posiedzenie zostało wznowione po przerwie o godzinie dziesiątej."
    path = write_ruled_heading(tmp_path / "stenogram.pdf", heading, "Marszałek: Wznawiam obrady.")
    assert read_document(path).paragraphs[0].text.startswith(heading)


def test_a_stenograms_speaker_repeated_atop_a_page_is_no_text_and_splits_no_word(tmp_path: Path) -> None:
    """Stenograms repeat who speaks atop each page, bold, no colon ("Poseł Jan Lis"), even
    in the middle of a word: it was read into the speech ("w kie- Poseł Jan Lis runku")."""
    page1 = [
        ("Poseł Jan Lis:", 0, True),
        ("Panie Marszałku! Wysoka Izbo! Protestuję przeciwko działaniom w kie-", 0, False),
    ]
    page2 = [
        ("Poseł Jan Lis", 0, True),
        ("runku zmian w konstytucji, najpierw niech przestrzegają tej, która obowiązuje.", 0, False),
    ]
    document = read_document(write_lines(tmp_path / "stenogram.pdf", [page1, page2], HEADER))
    text = " ".join(p.text for p in document.paragraphs)
    assert "w kierunku zmian w konstytucji" in text
    assert text.count("Poseł Jan Lis") == 1


def test_paragraphs_with_no_gap_or_indent_between_them_end_where_a_line_falls_short(tmp_path: Path) -> None:
    """Word's minutes without paragraph spacing were read as one paragraph per page: every
    speaker's words in one passage. A justified line short of the edge ends its paragraph; a
    ragged one ends it where the next line's first word would have fitted after it."""
    said = []
    for year, school, halls in ((2019, 4, 2), (2020, 17, 3), (2021, 34, 5), (2022, 8, 1), (2023, 51, 6), (2024, 12, 4)):
        said += [
            f"Naczelnik Wydziału Edukacji Pani Joanna Kot poinformowała, że w {year} roku wyremontowano {halls} "
            f"sal{'e' if halls < 5 else ''} gimnastyczn{'e' if halls < 5 else 'ych'} za {halls * 310} tys. zł.",
            f"Radny Piotr Masłowski zapytał, kiedy zostanie wyremontowana sala w Szkole Podstawowej nr {school}, "
            "w której od dwóch lat przecieka dach.",
            f"Pani Naczelnik odpowiedziała, że remont dachu jest zaplanowany na wakacje {year + 2} roku.",
            "Tak.",
            f"Radny Piotr Masłowski podziękował i poprosił o harmonogram prac w szkole nr {school} na piśmie.",
        ]
    justified = read_document(write_paragraphs(tmp_path / "j.pdf", said, "J"))
    assert [p.text for p in justified.paragraphs] == said
    ragged = read_document(write_paragraphs(tmp_path / "l.pdf", said, "L"))
    # A ragged last line that left no room for the next first word is not known to end.
    assert all(p.text.startswith(tuple(s[:20] for s in said)) for p in ragged.paragraphs)
    assert len(ragged.paragraphs) >= len(said) // 2


def test_a_points_text_hanging_under_it_goes_on_and_a_lone_pages_footer_is_dropped(tmp_path: Path) -> None:
    """A point's second line, indented past its number, opened a paragraph of its own (an
    indent opens one), so the agenda lost half the point; and a page alone has no running
    footer to recognise, so "Protokół nr 15/2024 – strona 1 z 1" was record text."""
    points = [
        "Otwarcie posiedzenia.",
        "Informacja o realizacji zadań w zakresie utrzymania zieleni miejskiej w 2024 roku, w tym o nasadzeniach "
        "drzew i krzewów w parkach miejskich.",
        "Sprawy różne.",
    ]
    path = write_listed_points(
        tmp_path / "porzadek.pdf", "Proponowany porządek posiedzenia:", points, "Protokół nr 15/2024 – strona 1 z 1"
    )
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts == ["Proponowany porządek posiedzenia:"] + [f"{n}. {text}" for n, text in enumerate(points, start=1)]


def test_a_discussion_in_a_table_without_rules_keeps_each_speaker_with_their_words(tmp_path: Path) -> None:
    """Who spoke in a narrow column, what they said beside it, no rules drawn: read as two
    columns, every name came first and every speech after, all of them nobody's."""
    title = "Protokół nr 7/2024 z posiedzenia Komisji Rozwoju Miasta Rady Miasta Rzeszowa z dnia 16 kwietnia 2024 r."
    rows = [
        (
            "Radna Joanna Pawlik",
            "Zapytała, ile będzie kosztowała godzina postoju w nowym parkingu wielopoziomowym przy ulicy "
            "Targowej i kiedy zostanie on otwarty dla mieszkańców.",
        ),
        (
            "Dyrektor Miejskiego Zarządu Dróg Tomasz Wąs",
            "Odpowiedział, że pierwsza godzina postoju będzie kosztowała 3 zł, a parking zostanie otwarty w "
            "czerwcu, po odbiorach technicznych.",
        ),
        ("Radny Piotr Lis", "Zwrócił uwagę, że brakuje miejsc dla osób z niepełnosprawnościami na parterze."),
        ("Dyrektor Miejskiego Zarządu Dróg Tomasz Wąs", "Wyjaśnił, że na parterze wyznaczono dwanaście takich miejsc."),
    ]
    path = write_speaker_rows(tmp_path / "dyskusja.pdf", title, rows)
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts == [title] + [f"{who} – {said}" for who, said in rows]


def test_who_speaks_in_bold_before_the_speech_on_its_line_is_a_line_of_its_own(tmp_path: Path) -> None:
    """ "Radna Ewa Kot" in bold, then "Ile kosztował festiwal?" in plain type on the same line:
    one line, so the speech went to nobody. A bold lead ending in no name stays in its line."""
    title = "Stenogram z posiedzenia Komisji Kultury Rady Miasta Torunia z dnia 7 maja 2024 r."
    turns = [
        ("Przewodniczący Komisji Jan Nowak", "Otwieram posiedzenie. Proszę panią dyrektor o informację."),
        ("Radna Ewa Kot", "Ile kosztował festiwal Skyway i ile osób go odwiedziło w ubiegłym roku?"),
        ("Dyrektor Wydziału Kultury Anna Lis", "Skyway kosztował 1,2 mln zł, a odwiedziło go 600 tysięcy osób."),
        ("Załącznik –", "Teksty wystąpień niewygłoszonych."),
    ]
    path = write_bold_leads(tmp_path / "stenogram.pdf", title, turns)
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts == [title] + [part for who, said in turns[:3] for part in (who, said)] + [" ".join(turns[3])]


def test_who_speaks_in_capitals_is_a_line_of_its_own_without_a_gap(tmp_path: Path) -> None:
    """A stenogram exported with no gap between turns: the label in capitals above each speech
    ran into the speech before it ("… 2,1 miliarda złotych. PRZEWODNICZĄCY KOMISJI RADNY …")."""
    said = [
        "Stenogram z posiedzenia Komisji Budżetu",
        "SKARBNIK MIASTA MAŁGORZATA OSTROWSKA",
        "Zadłużenie na koniec 2025 roku wyniesie 2,1 miliarda złotych.",
        "PRZEWODNICZĄCY KOMISJI RADNY PAWEŁ BIAŁY",
        "Dziękuję. Zamykam dyskusję.",
    ]
    paragraphs = [p.text for p in read_document(write_paragraphs(tmp_path / "s.pdf", said, "L")).paragraphs]
    assert paragraphs[-4:] == said[1:]


def test_signatures_side_by_side_make_no_columns_of_a_short_page(tmp_path: Path) -> None:
    """A short page with the signatures side by side at its end was read as two columns: spaces
    of its few lines lined up at the gap between the signatures, and every line was cut there
    ("Radny Stanisław Mazurek zapytał, czy karta Pani Kierownik …")."""
    said = [
        "Radny Stanisław Mazurek zapytał, czy karta obejmie komunikację miejską.",
        "Pani Kierownik Halina Szpak wyjaśniła, że od lipca seniorzy zapłacą połowę ceny biletu.",
    ]
    path = write_signatures_side_by_side(
        tmp_path / "p.pdf",
        "Protokół nr 4/2024 z posiedzenia Komisji Rodziny i Polityki Społecznej Rady Miejskiej w Chełmie "
        "z dnia 9 kwietnia 2024 r.",
        said,
        [("Protokołowała", "Przewodniczący Komisji"), ("(-) Marta Wójtowicz", "(-) Stanisław Mazurek")],
    )
    document = read_document(path)
    assert [p.text for p in document.paragraphs if p.text in said] == said
    meeting = parse_document(document)
    assert (meeting.chair, meeting.minute_taker) == ("Stanisław Mazurek", "Marta Wójtowicz")


def test_a_footnote_below_a_page_cuts_no_paragraph_and_is_nobodys_speech(tmp_path: Path) -> None:
    """A footnote under a paragraph that runs on to the next page stood between its two halves:
    the director's sentence was cut in two, and the footnote read as her words."""
    running = (
        "Dyrektor Wydziału Gospodarki Komunalnej Pani Ewa Sowa poinformowała, że w 2024 roku miasto wydało "
        "na utrzymanie zieleni 4,2 mln zł, z czego 1,1 mln zł przeznaczono na nasadzenia drzew wzdłuż ulic, "
        "a pozostałą kwotę na koszenie trawników i pielęgnację parków. Dodała, że program nasadzeń będzie "
        "kontynuowany w 2025 roku¹ w tej samej skali, a jego koszt pokryje budżet miasta."
    )
    note = "¹ Uchwała nr XII/145/2024 Rady Miasta Tychy w sprawie programu nasadzeń."
    path = write_footnote_across_pages(
        tmp_path / "p.pdf",
        "Protokół nr 11/2024 z posiedzenia Komisji Gospodarki Komunalnej Rady Miasta Tychy z dnia 5 listopada 2024 r.",
        running,
        note,
        ["Radna Beata Lis zapytała, ile drzew posadzono w tym roku."],
    )
    document = read_document(path)
    assert running in [p.text for p in document.paragraphs]
    meeting = parse_document(document)
    said = {p.text: [(s.speaker, s.narration) for s in p.spans] for p in meeting.passages}
    assert said[running] == [("Ewa Sowa", False)]
    assert said[note] == [(None, True)]
    assert said["Radna Beata Lis zapytała, ile drzew posadzono w tym roku."] == [("Beata Lis", False)]


def test_text_at_an_angle_is_no_part_of_the_record(tmp_path: Path) -> None:
    """An e-signature's id up the margin made paragraphs of single letters ("1 a n o r t S"),
    and a "KOPIA" stamp across the text wove its letters into the lines below it."""
    said = [
        "Radna Joanna Kos zapytała, ile dzieci nie dostało miejsca w przedszkolu w zeszłym roku.",
        "Naczelnik Wydziału Oświaty Pan Marek Dudek odpowiedział, że miejsca zabrakło dla 37 dzieci, "
        "a w tym roku otwarte zostaną dwa nowe oddziały przy ulicy Sokołowskiej.",
    ]
    path = write_stamped(tmp_path / "p.pdf", "Protokół nr 2/2024 z posiedzenia Komisji Oświaty", said)
    assert [p.text for p in read_document(path).paragraphs][1:] == said


def test_a_letterhead_atop_every_page_names_the_committee_and_a_centred_title_indents_nothing(
    tmp_path: Path,
) -> None:
    """A letterhead repeated atop each page is dropped from the text as a running head, and with
    it went all that named the council and the committee ("… z posiedzenia Komisji …"). And one
    centred title made a short protocol's paragraphs "indented": the two speeches either side of
    its page break ran into one."""
    path = write_lines(
        tmp_path / "p.pdf",
        [
            [
                ("PROTOKÓŁ NR 22/2024", 150, True),
                ("", 0, False),
                ("z posiedzenia Komisji odbytego w dniu 5 listopada 2024 r.", 0, False),
                ("", 0, False),
                ("Dyrektor MOPR Pani Anna Lis poinformowała, że z pomocy skorzystało 3 120 rodzin.", 0, False),
            ],
            [("Radny Piotr Kaczmarek zapytał o kolejki do asystentów rodziny.", 0, False)],
        ],
        header="Rada Miejska w Kaliszu – Komisja Polityki Społecznej",
    )
    document = read_document(path)
    texts = [p.text for p in document.paragraphs]
    assert not any("Kaliszu" in text for text in texts)
    assert document.letterhead == "Rada Miejska w Kaliszu – Komisja Polityki Społecznej"
    assert texts[-2:] == [
        "Dyrektor MOPR Pani Anna Lis poinformowała, że z pomocy skorzystało 3 120 rodzin.",
        "Radny Piotr Kaczmarek zapytał o kolejki do asystentów rodziny.",
    ]
    meeting = parse_document(document)
    assert (meeting.committee, meeting.body) == ("Komisja Polityki Społecznej", "Rada Miejska w Kaliszu")


@pytest.mark.parametrize(("top", "footnote"), [(770, True), (300, False)])
def test_small_type_is_a_footnote_only_at_the_foot_of_the_page(tmp_path: Path, top: float, footnote: bool) -> None:
    """Lines in smaller type under the text that open with a mark ("1) …") are footnotes at the
    page's foot; higher up (a vote or a list set smaller) they stay the record's text in place."""
    said = ["Radny Jan Kot zgłosił wniosek o remont boiska.", "Wyniki głosowania:"]
    small = ["1) za – 6 radnych,", "2) przeciw – 1 radny."]
    path = write_small_type_below(
        tmp_path / "p.pdf", "Protokół nr 3/2024 z posiedzenia Komisji Sportu", said, small, top
    )
    document = read_document(path)
    notes = [p.text for p in document.paragraphs if p.note]
    assert bool(notes) == footnote
    assert [p.text for p in document.paragraphs][-1].endswith("2) przeciw – 1 radny.")


def test_a_line_set_a_little_lower_than_the_other_columns_stays_whole(tmp_path: Path) -> None:
    """Rows of words were measured from their first word: beside a right column set 2.6
    points higher, a left line's speaker set 0.2 points higher than its words went into the
    right column's row, and the line was read as two ("Poseł Jan Nowak" over "(: Tak
    jest.)"; in the Sejm PDF of ../shared "Głos z sali" over "(: Brawo!)", "komen-Gwar na sali
    tarze… ()")."""
    document = read_document(write_interjection_beside_a_higher_column(tmp_path / "stenogram.pdf"))
    texts = " ".join(p.text for p in document.paragraphs)
    assert "(Poseł Jan Nowak: Tak jest.)" in texts
    assert "(:" not in texts


def test_pieces_of_a_word_drawn_apart_are_one_word(tmp_path: Path) -> None:
    """A hyphen drawn apart from its word ("Przedsta" + "-") and a word in another face between
    brackets ("(" + "Oklaski" + ")") touch, with no space between: they read "Przedsta -
    wienie", "( Oklaski )" (in the Sejm PDF of ../shared a hundred words so, and the agenda
    point "Przedsta - wienie przez Prezesa Rady Ministrów …" was never found)."""
    document = read_document(
        write_touching_pieces(
            tmp_path / "stenogram.pdf",
            [
                [("Przystępujemy do rozpatrzenia punktu 38. porządku dziennego: Przedsta", ""), ("-", "B")],
                [("wienie programu rządu. ", ""), ("(", ""), ("Oklaski", "B"), (")", ""), (" Dziękuję.", "")],
            ],
        )
    )
    text = " ".join(p.text for p in document.paragraphs)
    assert "porządku dziennego: Przedstawienie programu rządu. (Oklaski) Dziękuję." in text
