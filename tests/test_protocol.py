from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

from corpus.committee import split_committee_and_body
from corpus.parse import parse_document
from corpus.readers import read_document

PROTOCOLS = ROOT / "tests" / "data" / "protocols"


def _parse(path: Path):
    return parse_document(read_document(path))


def test_lublin_protocol_structure() -> None:
    meeting = _parse(SAMPLE)
    assert meeting.style == "protocol"
    assert meeting.number == "4/VIII/2019"
    assert meeting.date == "2019-11-18"
    assert meeting.committee.endswith("ds. Współpracy Międzynarodowej")
    assert meeting.body == "Rada Miasta Lublin"
    assert meeting.chair == "Monika Kwiatkowska"
    assert meeting.absent == ["Jadwiga Mach"]
    assert len(meeting.agenda) == 2 and meeting.agenda[1] == "Sprawy wniesione"
    assert meeting.minute_taker == "Sylwia Bednarska"
    assert (meeting.start_time, meeting.end_time) == ("14:00", "15:30")


def test_lublin_passages_never_break_mid_sentence_at_page_breaks() -> None:
    passages = _parse(SAMPLE).passages
    body = [p for p in passages if len(p.text) > 200]
    assert body and all(p.text.rstrip().endswith((".", ":", "?", "!")) for p in body)
    joined = [p for p in passages if "którzy mają swoje biznesy" in p.text]
    assert len(joined) == 1
    assert any("osoby niepełnosprawne, które mogą ocenić" in p.text for p in passages)
    assert all(p.agenda_item and p.agenda_item.startswith("1. Międzynarodowa") for p in passages if "klastr" in p.text)


def test_other_city_protocol_with_male_chair_inline_agenda_and_genitive_names() -> None:
    meeting = _parse(PROTOCOLS / "krakow-komisja-budzetowa-12-2021.txt")
    assert meeting.number == "12/2021"
    assert meeting.date == "2021-03-12"
    assert meeting.committee == "Komisja Budżetowa"
    assert meeting.body == "Rada Miasta Krakowa"
    assert meeting.chair == "Jan Kowalski"
    assert meeting.absent == ["Piotr Nowak", "Anna Zielińska"]
    assert meeting.agenda == [
        "Otwarcie posiedzenia",
        "Opinia do projektu uchwały w sprawie zmian w budżecie miasta na 2021 rok",
        "Sprawy różne",
    ]
    assert meeting.minute_taker == "Tomasz Wójcik"
    assert (meeting.start_time, meeting.end_time) == ("10:00", "11:45")
    items = {p.agenda_item for p in meeting.passages if "Skarbnik" in p.text}
    assert items == {"2. Opinia do projektu uchwały w sprawie zmian w budżecie miasta na 2021 rok"}


def test_roman_numbered_protocol_with_list_agenda_and_nobody_absent() -> None:
    meeting = _parse(PROTOCOLS / "gdansk-komisja-rewizyjna-XV-123-2020.md")
    assert meeting.number == "XV/123/2020"
    assert meeting.date == "2020-10-05"
    assert meeting.committee == "Komisja Rewizyjna"
    assert meeting.body == "Rada Miejska w Gdańsku"
    assert meeting.chair == "Barbara Lewandowska"
    assert meeting.absent == []
    assert meeting.agenda == ["Kontrola realizacji zadań inwestycyjnych w zakresie dróg gminnych", "Sprawy bieżące"]
    assert meeting.minute_taker == "Ewa Kamińska"
    roads = [p for p in meeting.passages if "chodnik" in p.text]
    assert len(roads) == 1 and "ulicy Polnej od trzech lat" in roads[0].text
    assert roads[0].agenda_item.startswith("1. Kontrola")
    assert any(p.agenda_item == "2. Sprawy bieżące" for p in meeting.passages)


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("Protokół nr 4/VIII/2019", "4/VIII/2019"),
        ("PROTOKÓŁ Nr XV/123/2020 z sesji", "XV/123/2020"),
        ("z 12. posiedzenia Sejmu", "12"),
        ("PROTOKÓŁ NR 7.2024 z posiedzenia", "7.2024"),
        ("Protokół nr 7. Posiedzenie otworzył", "7"),
        ("Zapis przebiegu XII sesji Rady Miejskiej w Żywcu", "XII"),
        ("12. posiedzenie Komisji Budżetu", "12"),
        # an office's file mark as the number: it was none ("BRM" is no numeral)
        ("Protokół nr BRM.0012.5.3.2024 z posiedzenia Komisji Zdrowia", "BRM.0012.5.3.2024"),
        ("Protokół Nr RM-KZ.0012.3.2024 z posiedzenia", "RM-KZ.0012.3.2024"),
    ],
)
def test_meeting_numbers_as_written(title: str, number: str) -> None:
    from corpus.protocol import meeting_number

    assert meeting_number(title) == number


@pytest.mark.parametrize("title", ["Protokół z obrad i posiedzenia Komisji", "Odbyły się 2 posiedzenia"])
def test_no_meeting_number_from_a_conjunction_or_a_count(title: str) -> None:
    from corpus.protocol import meeting_number

    assert meeting_number(title) is None


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("odbytego w dniu 5.03.2024r.", "2024-03-05"),
        ("z dnia 05.03.2024 r.", "2024-03-05"),
        ("w dniu 2024-03-05", "2024-03-05"),
        ("5 marca 2024r.", "2024-03-05"),
        ("5 III 2024r.", "2024-03-05"),
        ("w marcu 2024r.", "2024-03"),
    ],
)
def test_meeting_dates_as_written(written: str, iso: str) -> None:
    from corpus.dates import find_date

    assert find_date(written)[0] == iso


@pytest.mark.parametrize(
    "title",
    [
        "Płock, 12 marca 2024 r. Protokół nr 3/2024 z posiedzenia Komisji Zdrowia z dnia 5 marca 2024 r.",
        "Płock, dnia 12.03.2024 r. Protokół nr 3/2024 z posiedzenia Komisji Zdrowia odbytego 5 marca 2024 r.",
        "Protokół nr 3/2024 z posiedzenia Komisji Zdrowia, które odbyło się 2024-03-05 (sporządzono 12.03.2024)",
    ],
)
def test_the_meeting_date_is_the_one_it_was_held_on_not_when_its_minutes_were_written(title: str) -> None:
    """The place and date the minutes were written, above the title, was taken for the
    meeting's date: the first date was taken, not the one the title says it was held on."""
    from corpus.dates import meeting_date

    assert meeting_date(title)[0] == "2024-03-05"


def test_a_meeting_number_after_the_council_is_no_part_of_the_committee() -> None:
    title = "Protokół z posiedzenia Komisji Turystyki i Promocji Rady Miasta Sopotu nr 3/2023"
    assert split_committee_and_body(title) == ("Komisja Turystyki i Promocji", "Rada Miasta Sopotu")


@pytest.mark.parametrize(
    ("title", "committee", "body"),
    [
        (
            "PROTOKÓŁ NR 4/2024 Z POSIEDZENIA KOMISJI BUDŻETU I FINANSÓW RADY MIASTA TORUNIA Z DNIA 5 MARCA 2024 R.",
            "Komisja Budżetu i Finansów",
            "Rada Miasta Torunia",
        ),
        (
            "Protokół nr 7/2024 z posiedzenia Komisji Statutowo-Regulaminowej Rady Dzielnicy Mokotów m.st. Warszawy",
            "Komisja Statutowo-Regulaminowa",
            "Rada Dzielnicy Mokotów m.st. Warszawy",
        ),
        (
            # a one-page PDF's running head above its title
            "Protokół nr 5/2024 Komisji Infrastruktury PROTOKÓŁ NR 5/2024 z posiedzenia Komisji Infrastruktury"
            " Rady Miasta Tarnowa z dnia 10 kwietnia 2024 r.",
            "Komisja Infrastruktury",
            "Rada Miasta Tarnowa",
        ),
        (
            # a letterhead in capitals above a title that is not
            "RADA MIASTA SŁUPSKA Komisja Rozwoju Gospodarczego Protokół z XII posiedzenia Komisji",
            "Komisja Rozwoju Gospodarczego",
            "Rada Miasta Słupska",
        ),
        ("Protokół z posiedzenia Komisji ds. MOPS Rady Gminy Kórnik", "Komisja ds. MOPS", "Rada Gminy Kórnik"),
        (
            # the title's next line run into it
            "PROTOKÓŁ Nr 5/2024 z posiedzenia Komisji Rolnictwa Rady Gminy Jabłonna Posiedzenie odbyło się w dniu 11"
            " czerwca 2024 roku",
            "Komisja Rolnictwa",
            "Rada Gminy Jabłonna",
        ),
    ],
)
def test_a_title_in_capitals_and_a_hyphenated_committee(title: str, committee: str, body: str) -> None:
    """A title in capitals named the committee "Komisja BUDŻETU I FINANSÓW RADY MIASTA TORUNIA"
    and no council; "Statutowo-Regulaminowej" lost its first part; a running head before the
    title made "PROTOKÓŁ" part of the committee's name and left no council; a letterhead in
    capitals ("RADA MIASTA SŁUPSKA") was no council (an acronym alone stays: "MOPS")."""
    assert split_committee_and_body(title) == (committee, body)


def test_a_joint_meeting_names_each_committee_in_the_nominative() -> None:
    title = (
        "Protokół ze wspólnego posiedzenia Komisji Budżetu i Finansów oraz Komisji Rozwoju Miasta Rady Miasta Gliwice"
    )
    assert split_committee_and_body(title) == (
        "Komisja Budżetu i Finansów oraz Komisja Rozwoju Miasta",
        "Rada Miasta Gliwice",
    )


def test_closing_words_and_signatures_belong_to_no_agenda_point(tmp_path: Path) -> None:
    lublin = _parse(SAMPLE).passages
    assert [p.agenda_item for p in lublin[-2:]] == [None, None]  # "Na tym posiedzenie zakończono…", "Protokołowała…"
    gdansk = _parse(PROTOCOLS / "gdansk-komisja-rewizyjna-XV-123-2020.md").passages
    assert [p.agenda_item for p in gdansk[-2:]] == ["2. Sprawy bieżące", None]
    # unless the last point is the closing itself
    closing = tmp_path / "zamkniecie.txt"
    closing.write_text(
        "PROTOKÓŁ NR 3/2024\nz posiedzenia Komisji Kultury Rady Miasta w dniu 4 marca 2024 r.\n\n"
        "Porządek posiedzenia:\n1. Sprawy bieżące.\n2. Zamknięcie posiedzenia.\n\n"
        "Ad. 1\nKomisja omówiła plan pracy na kwiecień.\n\n"
        "Ad. 2\nPrzewodniczący zamknął posiedzenie o godz. 12.00.\n\nProtokołowała: Anna Lis\n",
        encoding="utf-8",
    )
    items = [p.agenda_item for p in _parse(closing).passages if "Anna Lis" in p.text or "zamknął" in p.text]
    assert items == ["2. Zamknięcie posiedzenia"] * 2


_POINTS_HEADED = """Protokół nr 5/2024
z posiedzenia Komisji Infrastruktury Rady Miasta Tarnowa
z dnia 10 kwietnia 2024 r.

Porządek posiedzenia:
1. Otwarcie posiedzenia.
2. Informacja o stanie dróg po zimie.
3. Sprawy różne i wolne wnioski.

{first}
Przewodniczący otworzył posiedzenie i stwierdził quorum.

{second}
Dyrektor Zarządu Dróg Pan Adam Nowak poinformował, że po zimie naprawiono 1200 ubytków w jezdniach.

{third}
Radny Piotr Wąs poinformował o skargach mieszkańców na hałas.
"""


@pytest.mark.parametrize(
    "headings",
    [
        ("1. Otwarcie posiedzenia.", "2. Informacja o stanie dróg po zimie", "3. Sprawy różne."),
        ("Do pkt 1.", "Do pkt 2.", "Do pkt 3."),
        ("Ad. I", "Ad. II", "Ad. III"),
        ("Ad. punktu 1 porządku obrad", "Punkt 2.", "Ad 3)"),
    ],
)
def test_the_record_of_each_point_is_found_however_it_is_headed(tmp_path: Path, headings: tuple[str, ...]) -> None:
    """By the point's number and title as the agenda lists them (the numbering starting again
    after the agenda), "Do pkt 1.", Roman numerals, "Ad 3)"."""
    path = tmp_path / "protokol.txt"
    path.write_text(_POINTS_HEADED.format(first=headings[0], second=headings[1], third=headings[2]), encoding="utf-8")
    meeting = _parse(path)
    assert meeting.agenda == [
        "Otwarcie posiedzenia",
        "Informacja o stanie dróg po zimie",
        "Sprawy różne i wolne wnioski",
    ]
    item_of = {p.text.split()[0]: p.agenda_item for p in meeting.passages}
    assert item_of["Przewodniczący"] == "1. Otwarcie posiedzenia"
    assert item_of["Dyrektor"] == "2. Informacja o stanie dróg po zimie"
    assert item_of["Radny"] == "3. Sprawy różne i wolne wnioski"
    assert not any(p.text in headings for p in meeting.passages)  # headings are no passages


def test_what_a_points_heading_line_goes_on_to_record_is_kept(tmp_path: Path) -> None:
    """ "Ad. 1. Informacja o stanie dróg po zimie. Dyrektor … poinformował …": the title is the
    agenda's, the rest is the record of the point (it was dropped with the heading); "Ad. 2."
    followed by a councillor's words has no title at all; "Tematyka posiedzenia" lists the
    agenda as "Porządek posiedzenia" does."""
    path = tmp_path / "protokol.txt"
    path.write_text(
        "Protokół nr 5/2024\nz posiedzenia Komisji Infrastruktury Rady Miasta Tarnowa\n\n"
        "Tematyka posiedzenia:\n1. Informacja o stanie dróg po zimie.\n2. Sprawy różne.\n3. Wolne wnioski.\n\n"
        "Ad. 1. Informacja o stanie dróg po zimie. Dyrektor Zarządu Dróg Pan Adam Nowak poinformował, że"
        " naprawiono 1200 ubytków.\n\n"
        "Ad. 2. Radny Piotr Wąs poinformował o skargach mieszkańców na hałas.\n\n"
        "Ad. 3. Wolne wnioski – radna Ewa Lis zgłosiła wniosek o nowe ławki.\n",
        encoding="utf-8",
    )
    meeting = _parse(path)
    assert meeting.agenda == ["Informacja o stanie dróg po zimie", "Sprawy różne", "Wolne wnioski"]
    recorded = [(p.agenda_item, p.text) for p in meeting.passages if p.agenda_item]
    assert recorded == [
        (
            "1. Informacja o stanie dróg po zimie",
            "Dyrektor Zarządu Dróg Pan Adam Nowak poinformował, że naprawiono 1200 ubytków.",
        ),
        ("2. Sprawy różne", "Radny Piotr Wąs poinformował o skargach mieszkańców na hałas."),
        ("3. Wolne wnioski", "radna Ewa Lis zgłosiła wniosek o nowe ławki."),
    ]


def test_meeting_facts_written_as_a_form(tmp_path: Path) -> None:
    """ "Przewodniczyła: radna Anna Nowak – …" and "Początek posiedzenia: godz. 16.00.
    Zakończenie posiedzenia: godz. 17.45." gave no chair and no times."""
    path = tmp_path / "protokol.txt"
    path.write_text(
        "Protokół nr 9/2024\nz posiedzenia Komisji Kultury Rady Miasta Leszna\nz dnia 4 kwietnia 2024 r.\n\n"
        "Początek posiedzenia: godz. 16.00. Zakończenie posiedzenia: godz. 17.45.\n\n"
        "Przewodniczyła: radna Anna Nowak – Przewodnicząca Komisji.\n\n"
        "Ad. 1\nDyrektor Muzeum Pan Adam Wilk poinformował, że muzeum odwiedziło 40 tys. osób.\n\n"
        "Zakończenie remontu muzeum planowane jest na 2025 rok.\n",
        encoding="utf-8",
    )
    meeting = _parse(path)
    assert meeting.chair == "Anna Nowak"
    assert (meeting.start_time, meeting.end_time) == ("16:00", "17:45")


def test_surnames_in_capitals_and_acronyms_before_a_name() -> None:
    """Some offices write surnames in capitals ("radny Jan KOWALSKI", "Radny J. KOWALSKI"):
    one person, Jan Kowalski, not "Jan KOWALSKI" and a stranger "J. Kowalski". An office's
    acronym before a name ("Dyrektor ZDM Jan Mroczek") is no first name."""
    meeting = _parse(ROOT / "tests" / "data" / "attribution" / "radom-komisja-bezpieczenstwa-9-2024.txt")
    assert meeting.chair == "Jan Kowalski"
    people = {person.name for person in meeting.people}
    assert {"Jan Kowalski", "Piotr Zając", "Anna Nowak-Król", "Marek Wrona", "Jan Mroczek"} <= people
    assert not {name for name in people if name.isupper() or "ZDM" in name or name.startswith("J. ")}


def test_an_agenda_numbered_in_roman_numerals_heads_its_points(tmp_path: Path) -> None:
    """ "Porządek posiedzenia: I. Otwarcie … II. Informacja …", each point then headed "II.
    Informacja …": no agenda was found, no passage was under a point, and the headings went
    on as the speech of the speaker before."""
    path = tmp_path / "gniezno.txt"
    path.write_text(
        "Protokół nr 3/2024\nz posiedzenia Komisji Infrastruktury Rady Miejskiej w Gnieźnie\n\n"
        "Porządek posiedzenia:\nI. Otwarcie posiedzenia.\nII. Informacja o stanie dróg po zimie.\n"
        "III. Sprawy różne.\n\nI. Otwarcie posiedzenia.\n"
        "Przewodniczący Komisji Jan Lis otworzył posiedzenie i stwierdził quorum.\n\n"
        "II. Informacja o stanie dróg po zimie.\n"
        "Dyrektor Zarządu Dróg Pani Ewa Mak poinformowała, że naprawiono 1 200 ubytków w jezdniach.\n\n"
        "III. Sprawy różne.\nRadny Adam Bór zapytał o oświetlenie ulicy Wrzesińskiej.\n",
        encoding="utf-8",
    )
    meeting = _parse(path)
    assert meeting.agenda == ["Otwarcie posiedzenia", "Informacja o stanie dróg po zimie", "Sprawy różne"]
    items = {p.text[:20]: p.agenda_item for p in meeting.passages}
    assert items["Dyrektor Zarządu Dró"] == "2. Informacja o stanie dróg po zimie"
    assert items["Radny Adam Bór zapyt"] == "3. Sprawy różne"
    assert not any(p.text.startswith("II.") for p in meeting.passages)


def test_the_chair_named_after_p_abbreviating_pani(tmp_path: Path) -> None:
    """ "Posiedzenie otworzyła Przewodnicząca Komisji p. Joanna Rak." gave no chair: the
    sentence was cut after "p.", as if it ended a sentence."""
    path = tmp_path / "protokol.txt"
    path.write_text(
        "Protokół nr 11/2024\nz posiedzenia Komisji Rodziny Rady Miasta Torunia\nz dnia 14 maja 2024 r.\n\n"
        "Posiedzenie otworzyła Przewodnicząca Komisji p. Joanna Rak. Stwierdziła quorum.\n\n"
        "Ad. 1\nRadny Jan Kot zapytał o noclegownię.\n",
        encoding="utf-8",
    )
    assert _parse(path).chair == "Joanna Rak"


def test_an_agenda_headed_porzadek_alone(tmp_path: Path) -> None:
    path = tmp_path / "protokol.txt"
    path.write_text(
        "Protokół nr 21/2024\nz posiedzenia Komisji Oświaty Rady Miejskiej w Gnieźnie\nz dnia 8 października 2024 r.\n\n"
        "Porządek:\n1. Informacja o przygotowaniu szkół.\n2. Sprawy różne.\n\n"
        "Ad. 1\nNaczelnik Wydziału Oświaty Pani Katarzyna Lis przedstawiła informację.\n\n"
        "Ad. 2\nRadny Jan Pawlak zapytał o dowóz uczniów.\n",
        encoding="utf-8",
    )
    meeting = _parse(path)
    assert meeting.agenda == ["Informacja o przygotowaniu szkół", "Sprawy różne"]
    assert meeting.passages[-1].agenda_item == "2. Sprawy różne"


def test_a_point_opening_on_a_statement_keeps_it_as_the_record(tmp_path: Path) -> None:
    """Without an agenda, "Ad. 1" followed by "Dyrektor … Pan Jan Lis przedstawił plan remontów."
    took that sentence for the point's title: it left the passage (unsearchable, nobody's) and
    "Jak poinformował Pan Dyrektor, …" after it had no one to refer to."""
    path = tmp_path / "protokol.txt"
    path.write_text(
        "Protokół nr 3/2025 z posiedzenia Komisji Infrastruktury Rady Miasta Siedlce z dnia 14 stycznia 2025 r.\n\n"
        "Ad. 1\nDyrektor Zarządu Dróg Pan Jan Lis przedstawił plan remontów.\n\n"
        "Jak poinformował Pan Dyrektor, najdroższa będzie przebudowa ul. Sokołowskiej.\n\n"
        "Ad. 2. Sprawy różne.\nRadna Anna Kot zapytała o chodniki.\n",
        encoding="utf-8",
    )
    meeting = _parse(path)
    first, reference, last = meeting.passages[1:4]
    assert first.text.startswith("Dyrektor Zarządu Dróg Pan Jan Lis przedstawił")
    assert first.agenda_item == "1" and first.spans[0].speaker == "Jan Lis"
    assert reference.spans[0].speaker == "Jan Lis"
    assert last.agenda_item == "2. Sprawy różne" and last.text.startswith("Radna Anna Kot")


def test_the_chair_named_before_opening_the_meeting_and_the_hour_it_opened(tmp_path: Path) -> None:
    """ "Przewodnicząca Komisji, radna Katarzyna Pawlak, otworzyła posiedzenie o godz. 15.00"
    gave no chair (the name is before the verb) and no start; the hours of a help desk
    ("czynny od 8.00 do 20.00") were the meeting's."""
    path = tmp_path / "protokol.txt"
    path.write_text(
        "Protokół nr 9/2022\nz posiedzenia Komisji Spraw Społecznych Rady Miasta Gdyni\nz dnia 21 września 2022 r.\n\n"
        "Przewodnicząca Komisji, radna Katarzyna Pawlak, otworzyła posiedzenie o godz. 15.00.\n\n"
        "Ad. 1\nDyrektor Ośrodka Pan Tomasz Zieliński poinformował, że punkt informacyjny jest czynny "
        "od 8.00 do 20.00.\n",
        encoding="utf-8",
    )
    meeting = _parse(path)
    assert meeting.chair == "Katarzyna Pawlak"
    assert (meeting.start_time, meeting.end_time) == ("15:00", None)
    path.write_text(
        path.read_text(encoding="utf-8").replace("o godz. 15.00", "na wniosek radnego Jana Lisa")
        + "\nPosiedzenie trwało od godz. 15.00 do 16.30.\n",
        encoding="utf-8",
    )
    assert (_parse(path).start_time, _parse(path).end_time) == ("15:00", "16:30")
    path.write_text(
        "Protokół nr 9/2022\nz posiedzenia Komisji Spraw Społecznych Rady Miasta Gdyni\n\n"
        "Na wniosek radnego Jana Lisa Przewodnicząca otworzyła posiedzenie.\n",
        encoding="utf-8",
    )
    assert _parse(path).chair is None  # the name before the verb is not the chair's


def test_a_bare_chairs_office_is_who_the_record_says_chaired(tmp_path: Path) -> None:
    """ "Posiedzeniu przewodniczył radny Jan Lis." never names him with the office, so
    "Przewodniczący zapytał …" had nobody; "Pani Przewodnicząca" is still nobody (he is a man)."""
    path = tmp_path / "protokol.txt"
    path.write_text(
        "Protokół nr 1/2024 z posiedzenia Komisji Sportu Rady Miasta Opola z dnia 5 maja 2024 r.\n\n"
        "Posiedzeniu przewodniczył radny Jan Lis.\n\nAd. 1. Sprawy różne.\n"
        "Przewodniczący zapytał, czy są uwagi do porządku. Pani Przewodnicząca podziękowała za udział.\n",
        encoding="utf-8",
    )
    meeting = _parse(path)
    assert meeting.chair == "Jan Lis"
    assert [s.speaker for s in meeting.passages[-1].spans] == ["Jan Lis", None]


def test_a_bare_chairs_office_is_who_signs_as_chair_after_the_words(tmp_path: Path) -> None:
    """A chair named only in the signature under the minutes was found as the chair, but
    "Pan Przewodniczący poinformował …" before it had nobody: he was never named so far."""
    path = tmp_path / "protokol.txt"
    path.write_text(
        "Protokół nr 17/2024 z posiedzenia Komisji Rozwoju Rady Miasta Zielona Góra z dnia 21 października 2024 r.\n\n"
        "Ad. 1. Sprawy bieżące.\nPani radna Barbara Sowa poprosiła o informację o remoncie ul. Wrocławskiej.\n"
        "Pan Przewodniczący poinformował, że informacja zostanie przekazana na następnym posiedzeniu.\n\n"
        "Przewodniczący Komisji\nTomasz Nesterowicz\n",
        encoding="utf-8",
    )
    meeting = _parse(path)
    assert meeting.chair == "Tomasz Nesterowicz"
    said = {p.text[s.start : s.start + 20]: s.speaker for p in meeting.passages for s in p.spans}
    assert said["Pan Przewodniczący p"] == "Tomasz Nesterowicz"
    assert said["Pani radna Barbara S"] == "Barbara Sowa"


def test_a_points_words_before_the_closing_in_one_paragraph_stay_the_points(tmp_path: Path) -> None:
    """ "Ad. 3. … Nie zgłoszono spraw różnych. Na tym posiedzenie zakończono." belonged to no
    point: the closing words after the last point took the point's own words with them."""
    path = tmp_path / "protokol.txt"
    path.write_text(
        "Protokół nr 15/2024 z posiedzenia Komisji Zdrowia Rady Miasta Opola z dnia 10 września 2024 r.\n\n"
        "Porządek posiedzenia:\n1. Otwarcie posiedzenia.\n2. Szczepienia.\n3. Sprawy różne.\n\n"
        "Ad. 2.\nRadny Jan Kot zapytał o szczepienia.\n\n"
        "Ad. 3.\nNie zgłoszono spraw różnych. Na tym posiedzenie zakończono.\n\n"
        "Na tym posiedzenie zakończono.\n\nProtokołowała: Anna Zawada\n",
        encoding="utf-8",
    )
    items = {p.text[:20]: p.agenda_item for p in _parse(path).passages}
    assert items["Nie zgłoszono spraw "] == "3. Sprawy różne"
    assert items["Na tym posiedzenie z"] is None


@pytest.mark.parametrize(
    "signatures",
    [
        # A text export: the heads' row, then the names' row.
        "Protokołowała        Przewodniczący Komisji\n(-) Marta Wójtowicz        (-) Stanisław Mazurek\n",
        # A Word table of signatures: each cell a paragraph of its own, row by row.
        "Protokołowała\n\nPrzewodniczący Komisji\n\n(-) Marta Wójtowicz\n\n(-) Stanisław Mazurek\n",
    ],
)
def test_signatures_side_by_side_read_row_by_row(tmp_path: Path, signatures: str) -> None:
    """Both names went to the minute-taker ("Marta Wójtowicz Stanisław Mazurek") and the chair
    was nobody, or the minute-taker (the first name after "Przewodniczący Komisji")."""
    path = tmp_path / "protokol.txt"
    path.write_text(
        "Protokół nr 4/2024\nz posiedzenia Komisji Rodziny Rady Miejskiej w Chełmie\nz dnia 9 kwietnia 2024 r.\n\n"
        "Ad. 1. Informacja o programie.\nRadny Jan Lis zapytał, czy karta obejmie komunikację miejską.\n\n"
        + signatures,
        encoding="utf-8",
    )
    meeting = _parse(path)
    assert (meeting.chair, meeting.minute_taker) == ("Stanisław Mazurek", "Marta Wójtowicz")
