from __future__ import annotations

import textwrap
import unicodedata
from pathlib import Path

import pytest

from corpus.errors import UnreadableFile
from corpus.parse import parse_document
from corpus.readers import read_document

POLISH = "Zażółć gęślą jaźń. Przewodnicząca Komisji Pani Monika Kwiatkowska otworzyła posiedzenie."


def _read_back(path: Path, text: str) -> list[str]:
    """The paragraphs the reader finds in ``text`` written to ``path`` as UTF-8."""
    path.write_text(text, encoding="utf-8")
    return [p.text for p in read_document(path).paragraphs]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1250", "iso-8859-2"])
def test_polish_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "protokol.txt"
    path.write_bytes(f"{POLISH}\n\nŚródmieście, Łódź, źródło, ŹRÓDŁO, świeżość.".encode(encoding))
    document = read_document(path)
    assert document.paragraphs[0].text == POLISH
    assert document.paragraphs[1].text == "Śródmieście, Łódź, źródło, ŹRÓDŁO, świeżość."


def test_page_break_mid_sentence_is_joined_and_page_kept(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(
        "Pierwszy akapit kończy się kropką.\n\nDrugi akapit urywa się w połowie, bo przedsiębiorcy, którzy mają\f"
        "swoje firmy w mieście, mówią o osiągnięciach.\n\nTrzeci akapit.",
        encoding="utf-8",
    )
    paragraphs = read_document(path).paragraphs
    assert [p.text for p in paragraphs] == [
        "Pierwszy akapit kończy się kropką.",
        "Drugi akapit urywa się w połowie, bo przedsiębiorcy, którzy mają swoje firmy w mieście, mówią o osiągnięciach.",
        "Trzeci akapit.",
    ]
    assert [p.page for p in paragraphs] == [1, 1, 2]


def test_hard_wrapped_text_becomes_paragraphs(tmp_path: Path) -> None:
    lines = [
        "Radny Jan Nowak zapytał, czy miasto planuje remont ulicy Lipowej w przyszłym",
        "roku. Pan Dyrektor odpowiedział, że remont jest ujęty w budżecie na rok 2022 i",
        "rozpocznie się wiosną, po zakończeniu przetargu na wykonawcę robót drogowych.",
        "",
        "Radna Anna Wiśniewska zwróciła uwagę na brak miejsc parkingowych przy szkole,",
        "co utrudnia rodzicom odbieranie dzieci. Zaproponowała wprowadzenie strefy",
        "krótkiego postoju wzdłuż ulicy Szkolnej, od strony boiska sportowego szkoły.",
    ]
    path = tmp_path / "wrapped.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    paragraphs = read_document(path).paragraphs
    assert len(paragraphs) == 2
    assert paragraphs[0].text.startswith("Radny Jan Nowak") and paragraphs[0].text.endswith("drogowych.")
    assert "w przyszłym roku." in paragraphs[0].text


def test_markdown_emphasis_and_bullets_are_not_record_text(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text(
        "# Protokół\n\n- 1. Sprawy różne.**\n\nNa pytanie **radnej Mai Zaborowskiej** odpowiedziano.", "utf-8"
    )
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts == ["Protokół", "1. Sprawy różne.", "Na pytanie radnej Mai Zaborowskiej odpowiedziano."]
    # One mark around words is emphasis too; a footnote's "*)" and "2 * 3" are text.
    path.write_text("*Radny Jan Lis* zapytał o _Lublin_.\n\nKoszt 2 * 3 mln zł *) zob. przypis.", "utf-8")
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts == ["Radny Jan Lis zapytał o Lublin.", "Koszt 2 * 3 mln zł *) zob. przypis."]
    # A speech set off as a quotation was quoted to users with its marks ("> Basen …").
    path.write_text("**Dyrektor Anna Bąk:**\n\n> Basen zostanie otwarty we wrześniu.\n>> Bilet: 18 zł.", "utf-8")
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts == ["Dyrektor Anna Bąk:", "Basen zostanie otwarty we wrześniu.", "Bilet: 18 zł."]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "no text"), (b"  \n\n \t\n", "no text"), (b"\x00\x01\x02binary\x00", "binary")],
)
def test_empty_or_binary_text_is_refused_with_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as error:
        read_document(path)
    assert reason in error.value.reason
    assert "bad.txt" in str(error.value)


def test_unknown_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "protokol.odt"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(UnreadableFile, match="unsupported file type .odt"):
        read_document(path)


def test_invisible_characters_inside_words_are_dropped(tmp_path: Path) -> None:
    """A byte-order mark, a zero-width space and a soft hyphen ("szko\\u00adły") split words
    for lemmas and for finding a quote, though nobody sees them."""
    path = tmp_path / "p.txt"
    path.write_text("\ufeffProtokół nr 1/2024\n\nRadny Jan Ko\u200bwalski zapytał o remont szko\u00adły.\n", "utf-8")
    assert [p.text for p in read_document(path).paragraphs] == [
        "Protokół nr 1/2024",
        "Radny Jan Kowalski zapytał o remont szkoły.",
    ]


def test_a_sentence_or_point_per_line_is_no_wrapping(tmp_path: Path) -> None:
    """Lines of about one length were taken for an editor's wrapping, and a protocol written a
    sentence per line, its attendance list too, ran into one paragraph."""
    lines = [
        "Obecni członkowie Komisji:",
        "1. Jan Lis – Przewodniczący Komisji",
        "2. Ewa Mak – Wiceprzewodnicząca Komisji",
        "Pani Dyrektor poinformowała, że z programu korzysta 340 seniorów.",
        "Radny Kos zapytał o listę oczekujących na miejsce.",
        "Pan Kierownik odpowiedział, że na liście jest 58 osób.",
        "Pani Wiceprzewodnicząca zapytała, kiedy lista się skróci.",
    ]
    path = tmp_path / "protokol.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    texts = [p.text for p in read_document(path).paragraphs]
    assert "Radny Kos zapytał o listę oczekujących na miejsce." in texts
    assert not any("Komisji 2. Ewa Mak" in text for text in texts)
    # Wrapped text keeps a listed point on a line of its own.
    wrapped = [
        "Radny Jan Nowak zapytał, czy miasto planuje remont ulicy Lipowej w przyszłym",
        "roku. Pan Dyrektor odpowiedział, że remont jest ujęty w budżecie na rok 2022 i",
        "rozpocznie się wiosną, po zakończeniu przetargu. Wnioski Komisji są następujące:",
        "1. Komisja wnosi o przyspieszenie przetargu na wykonawcę robót drogowych w mieście",
        "i o sprawdzenie stanu chodników na ulicach Lipowej, Polnej, Leśnej oraz Długiej.",
        "2. Komisja wnosi o ustawienie progów zwalniających przy szkole na ulicy Polnej.",
    ]
    path.write_text("\n".join(wrapped), encoding="utf-8")
    texts = [p.text for p in read_document(path).paragraphs]
    assert any(text.startswith("1. Komisja wnosi") and text.endswith("Długiej.") for text in texts), texts


def test_page_numbers_on_lines_of_their_own_are_no_record_text(tmp_path: Path) -> None:
    """ "Strona 2 z 2" at the end of a page was read as the words of whoever spoke last."""
    assert _read_back(
        tmp_path / "protokol.txt",
        "Protokół nr 12/2024\n\nRadny Jan Kot zapytał o program.\n\nStrona 1 z 2\n\f"
        "Pani Dyrektor odpowiedziała, że program obejmie dorosłych.\n\n- 2 -\n",
    ) == [
        "Protokół nr 12/2024",
        "Radny Jan Kot zapytał o program.",
        "Pani Dyrektor odpowiedziała, że program obejmie dorosłych.",
    ]
    number_alone = "Protokół nr\n12/2024\n\nRadny Jan Kot zapytał o program.\n"
    # A meeting's number stays, and goes on the title it was wrapped from.
    assert "Protokół nr 12/2024" in _read_back(tmp_path / "protokol.txt", number_alone)


def test_wrapped_paragraphs_with_no_blank_line_between_end_where_a_line_left_room(tmp_path: Path) -> None:
    """Text wrapped at a width with no blank line between paragraphs (as pdftotext leaves it) was
    one paragraph: the agenda point's heading and every speaker in it. A line that ends a
    sentence with room left for the next line's first word ended its paragraph."""
    said = [
        "Ad. 1. Informacja o stanie bazy sportowej szkół.",
        "Naczelnik Wydziału Edukacji Pani Joanna Kot poinformowała, że w 2023 roku wyremontowano pięć sal "
        "gimnastycznych, a koszt prac wyniósł półtora miliona złotych. Prace objęły wymianę podłóg.",
        "Radny Piotr Masłowski zapytał, kiedy zostanie wyremontowana sala w Szkole Podstawowej nr 34, w której od "
        "dwóch lat przecieka dach, a zajęcia odbywają się na korytarzu.",
        "Pani Naczelnik odpowiedziała, że remont dachu jest zaplanowany na wakacje 2025 roku, a dokumentacja "
        "projektowa jest gotowa.",
        "Radny Piotr Masłowski podziękował i poprosił o harmonogram prac na piśmie.",
    ]
    wrapped = "\n".join(line for text in said for line in textwrap.wrap(text, 78)) + "\n"
    assert _read_back(tmp_path / "pdftotext.txt", wrapped) == said


def test_symbol_font_bullets_and_typeset_ligatures_are_plain_text(tmp_path: Path) -> None:
    """Word's bullets drawn from the Symbol font come out as private-use characters, which
    were quoted to users as a box before the speaker's name; a ligature kept as one character
    ("\ufb01nanse") hid the word from lemmas and search."""
    assert _read_back(
        tmp_path / "lista.txt",
        "W dyskusji głos zabrali:\n\uf0b7 radna Anna Kot – pytała o \ufb01nanse i pro\ufb01l szkoły.\n",
    ) == [
        "W dyskusji głos zabrali:",
        "• radna Anna Kot – pytała o finanse i profil szkoły.",
    ]


def test_letters_written_with_their_accent_apart_are_one_letter(tmp_path: Path) -> None:
    """ "zapytała" written as "a" and a combining ogonek (some PDFs, files from a Mac) was no
    word the dictionary knew: the verb went unread and so did who asked."""
    assert _read_back(tmp_path / "nfd.txt", unicodedata.normalize("NFD", POLISH)) == [POLISH]


def test_a_markdown_table_of_who_said_what_is_read_row_by_row(tmp_path: Path) -> None:
    """A discussion as a Markdown table ran into one paragraph, pipes and all, and the
    director's answer went to the councillor named first."""
    assert _read_back(
        tmp_path / "protokol.md",
        "| Lp. | Osoba zabierająca głos | Treść wypowiedzi |\n|---|:---|---|\n"
        "| 1. | Radna Joanna Pawlik | Zapytała, ile będzie kosztowała godzina postoju. |\n"
        "| 2. | Dyrektor MZD Tomasz Wąs | Odpowiedział, że pierwsza godzina będzie kosztowała 3 zł. |\n",
    ) == [
        "Lp. Osoba zabierająca głos – Treść wypowiedzi",
        "1. Radna Joanna Pawlik – Zapytała, ile będzie kosztowała godzina postoju.",
        "2. Dyrektor MZD Tomasz Wąs – Odpowiedział, że pierwsza godzina będzie kosztowała 3 zł.",
    ]


def test_who_speaks_in_bold_before_the_speech_on_a_markdown_line_is_a_line_of_its_own(tmp_path: Path) -> None:
    """ "**Radna Ewa Kot** Ile kosztował festiwal?" was one line: the speech went to nobody."""
    path = tmp_path / "stenogram.md"
    path.write_text(
        "**Radna Ewa Kot** Ile kosztował festiwal Skyway?\n\n**Ad. 1.** Informacja o festiwalach.\n", encoding="utf-8"
    )
    document = read_document(path)
    assert [(p.text, p.bold) for p in document.paragraphs] == [
        ("Radna Ewa Kot", True),
        ("Ile kosztował festiwal Skyway?", False),
        ("Ad. 1. Informacja o festiwalach.", False),
    ]


def test_who_speaks_as_a_markdown_heading_over_the_speech_opens_a_turn(tmp_path: Path) -> None:
    """ "### Radna Ewa Sowa" over her question stands out as a bold line does: every speech under
    such headings was nobody's (the heading ran into the speech as one paragraph)."""
    path = tmp_path / "stenogram.md"
    path.write_text(
        "# Stenogram z posiedzenia Komisji Sportu Rady Miasta Radomia z dnia 14 maja 2024 r.\n\n"
        "### Przewodniczący Komisji Jan Kowalski\n\nOtwieram posiedzenie.\n\n"
        "### Dyrektor MOSiR Anna Lis\n\nStadion zostanie oddany w sierpniu.\n\n"
        "### Radna Ewa Sowa\n\nCzy trybuny będą zadaszone?\n",
        encoding="utf-8",
    )
    meeting = parse_document(read_document(path))
    assert [(p.spans[0].speaker, p.text) for p in meeting.passages] == [
        ("Jan Kowalski", "Otwieram posiedzenie."),
        ("Anna Lis", "Stadion zostanie oddany w sierpniu."),
        ("Ewa Sowa", "Czy trybuny będą zadaszone?"),
    ]


def test_a_running_head_between_form_feeds_is_the_letterhead_not_the_text(tmp_path: Path) -> None:
    """pdftotext puts the page's head atop every page: it ran into the first sentence of each
    page and named nothing. It is the letterhead, read once, and names the committee."""
    head = "Rada Miejska w Kaliszu – Komisja Polityki Społecznej"
    path = tmp_path / "protokol.txt"
    path.write_text(
        f"{head}\n\nProtokół nr 22/2024\nz posiedzenia Komisji odbytego w dniu 5 listopada 2024 r.\n\n"
        "Dyrektor MOPR Pani Anna Lis poinformowała, że z pomocy skorzystało 3 120 rodzin.\n\nStrona 1 z 2\n\f"
        f"{head}\n\nRadny Piotr Kaczmarek zapytał o kolejki do asystentów rodziny.\n\nStrona 2 z 2\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.letterhead == head
    assert not any("Kaliszu" in p.text for p in document.paragraphs)
    meeting = parse_document(document)
    assert (meeting.committee, meeting.body) == ("Komisja Polityki Społecznej", "Rada Miejska w Kaliszu")


def test_a_line_opening_with_a_number_goes_on_a_sentence_left_open(tmp_path: Path) -> None:
    """ "… skorzystało w tym roku" over "3 120 rodzin, …" was two paragraphs, the second
    nobody's for sure; a listed point ("1. Otwarcie") still opens its own line."""
    assert _read_back(
        tmp_path / "a.txt",
        "Pani Anna Lis poinformowała, że z pomocy skorzystało w tym roku\n3 120 rodzin.\n\n"
        "Porządek obrad\n1. Otwarcie posiedzenia.\n",
    ) == [
        "Pani Anna Lis poinformowała, że z pomocy skorzystało w tym roku 3 120 rodzin.",
        "Porządek obrad",
        "1. Otwarcie posiedzenia.",
    ]


def test_a_line_drawn_across_is_no_text(tmp_path: Path) -> None:
    """Markdown's thematic break ("---") before the sign-off was quoted as part of it."""
    assert _read_back(
        tmp_path / "a.md", "Radny Jan Kot zapytał o bilety.\n\n---\nProtokołował: *Michał Sowa*\n\n* * *\n\n=====\n"
    ) == ["Radny Jan Kot zapytał o bilety.", "Protokołował: Michał Sowa"]


def test_typographic_hyphens_and_spaces_are_plain_ones(tmp_path: Path) -> None:
    """Word's non-breaking hyphen in "Kowalska‑Nowak" (U+2011) made the councillor "Anna
    Kowalska", and a thin space or an ideographic one split nothing the way a space does."""
    path = tmp_path / "protokol.txt"
    path.write_text(
        "Protokół nr 3/2024 z posiedzenia Komisji Oświaty Rady Miasta Lublin z dnia 5 marca 2024 r.\n\n"
        "Radna Anna Kowalska\u2011Nowak zapytała o\u2009basen za 1\u202f200\u3000zł.\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.paragraphs[-1].text == "Radna Anna Kowalska-Nowak zapytała o basen za 1 200 zł."
    assert parse_document(document).passages[-1].spans[0].speaker == "Anna Kowalska-Nowak"
