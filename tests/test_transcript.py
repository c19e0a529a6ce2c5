from __future__ import annotations

from pathlib import Path

import pytest

from corpus.labels import SpeakerLabel, inline_label, looks_like_label, parse_label
from corpus.parse import parse_document
from corpus.readers import read_document
from corpus.transcript import MAX_PASSAGE_CHARS

SITTING = """Sejm Rzeczypospolitej Polskiej
Kadencja 10

Sprawozdanie Stenograficzne
z 7. posiedzenia Sejmu Rzeczypospolitej Polskiej
w dniu 6 marca 2024 r.

Marszałek Szymon Hołownia:
Wznawiam posiedzenie. Proponuję następujący porządek:
(Poseł Grzegorz Braun: Sprzeciw!)
Sprzeciw odnotowuję. (Oklaski)
(Głos z sali: Hańba!)
Poseł Anna Nowak (KO):
{long}
Ekspert Komisji, prof. Paweł Sarnecki:
Krótko: zgadzam się.
"""


def _parsed(path: Path, text: str):
    """The meeting parsed from ``text`` written to ``path`` as UTF-8."""
    path.write_text(text, encoding="utf-8")
    return parse_document(read_document(path))


def _said(meeting, chars: int | None = None) -> dict[str, tuple[str | None, str | None]]:
    """(speaker, role) of each span, by its passage's text (or the text's first ``chars``)."""
    return {p.text[:chars]: (s.speaker, s.role) for p in meeting.passages for s in p.spans}


def _sitting(tmp_path: Path) -> Path:
    paragraph = "Wysoka Izbo! Ustawa o samorządzie gminnym wymaga zmian w wielu miejscach. " * 8
    path = tmp_path / "posiedzenie.txt"
    path.write_text(SITTING.format(long="\n".join([paragraph.strip()] * 5)), encoding="utf-8")
    return path


def test_header_gives_sitting_number_date_and_body(tmp_path: Path) -> None:
    meeting = parse_document(read_document(_sitting(tmp_path)))
    assert meeting.style == "transcript"
    assert (meeting.number, meeting.date, meeting.body) == ("7", "2024-03-06", "Sejm Rzeczypospolitej Polskiej")


def test_one_turn_per_passage_long_turns_split_at_paragraphs(tmp_path: Path) -> None:
    passages = parse_document(read_document(_sitting(tmp_path))).passages
    labels = [p.speaker_label for p in passages]
    assert labels[0] == "Marszałek Szymon Hołownia:"
    assert labels[-1] == "Ekspert Komisji, prof. Paweł Sarnecki:"
    nowak = [p for p in passages if p.speaker_label == "Poseł Anna Nowak (KO):"]
    assert len(nowak) > 1 and all(len(p.text) <= MAX_PASSAGE_CHARS for p in nowak)
    assert "Proponuję następujący porządek:" in passages[0].text  # a colon inside speech is no label


def test_interjections_are_spans_of_their_own_speaker(tmp_path: Path) -> None:
    first = parse_document(read_document(_sitting(tmp_path))).passages[0]
    spans = first.spans
    assert spans[0].start == 0 and spans[-1].end == len(first.text)
    assert all(a.end == b.start for a, b in zip(spans, spans[1:]))
    by_text = {first.text[s.start : s.end]: s for s in spans}
    assert by_text["(Poseł Grzegorz Braun: Sprzeciw!)"].speaker == "Grzegorz Braun"
    assert by_text["(Oklaski)"].speaker is None and by_text["(Oklaski)"].narration  # the stenographer's
    # somebody said it, unnamed: not the record's own words
    assert by_text["(Głos z sali: Hańba!)"].speaker is None and not by_text["(Głos z sali: Hańba!)"].narration
    assert not any(s.narration for s in spans if s.speaker)
    assert by_text["Wznawiam posiedzenie. Proponuję następujący porządek:\n"].speaker == "Szymon Hołownia"


def test_labels_split_into_role_name_and_party() -> None:
    senator = parse_label("Senator Alicja Grześkowiak (NSZZ „S”):")
    assert (senator.role, senator.name, senator.party) == ("Senator", "Alicja Grześkowiak", "NSZZ „S”")
    expert = parse_label("Ekspert Komisji, prof. Paweł Sarnecki:")
    # A degree or rank is no part of the office (as in protocols): "Ekspert Komisji", not "…, prof.".
    assert (expert.role, expert.name) == ("Ekspert Komisji", "Paweł Sarnecki")
    officer = parse_label("Komendant Miejski Policji mł. insp. Adam Róg:")
    assert (officer.role, officer.name) == ("Komendant Miejski Policji", "Adam Róg")
    assert parse_label("Marszałek:").name is None
    shouted = parse_label("SEKRETARZ STANU W MINISTERSTWIE FINANSÓW JAN KOWALSKI:")
    assert (shouted.role, shouted.name) == ("Sekretarz Stanu w Ministerstwie Finansów", "Jan Kowalski")
    assert parse_label("Przewodniczący Rady – Jan Kowalski:").role == "Przewodniczący Rady"
    assert not looks_like_label("Proponuję następujący porządek:")
    assert looks_like_label("Wicemarszałek Krzysztof Bosak:")


def test_agenda_points_the_chair_announces_name_the_passages_that_follow(tmp_path: Path) -> None:
    text = """Sejm Rzeczypospolitej Polskiej
Sprawozdanie Stenograficzne z 9. posiedzenia Sejmu w dniu 7 marca 2024 r.

Marszałek Szymon Hołownia:
Dziękuję. Przystępujemy do rozpatrzenia punktu 4. porządku dziennego: Sprawozdanie Komisji Finansów Publicznych o projekcie ustawy o podatku od 2024 r. (druki nr 80 i 91). Proszę pana posła Jana Lisa.
Poseł Jan Lis:
Projekt obniża podatek.
Marszałek Szymon Hołownia:
Po przerwie przystąpimy do rozpatrzenia punktu 5. porządku dziennego, a teraz powracamy do rozpatrzenia punktu 4. porządku dziennego: Sprawozdanie Komisji Finansów Publicznych. Głos ma pani poseł.
Poseł Anna Nowak:
Jesteśmy przeciw.
"""
    path = tmp_path / "posiedzenie.txt"
    path.write_text(text, encoding="utf-8")
    meeting = parse_document(read_document(path))
    point = "4. Sprawozdanie Komisji Finansów Publicznych o projekcie ustawy o podatku od 2024 r. (druki nr 80 i 91)"
    assert meeting.agenda == [point]
    assert [p.agenda_item for p in meeting.passages] == [point] * 4


def test_a_turn_whose_speaker_is_not_known_is_nobodys_but_not_narration(tmp_path: Path) -> None:
    text = """Sejm Rzeczypospolitej Polskiej
Sprawozdanie Stenograficzne z 9. posiedzenia Sejmu w dniu 7 marca 2024 r.

Marszałek:
Otwieram dyskusję. Czy ktoś z państwa chce zabrać głos?
Poseł Jan Lis:
Tak, ja.
Poseł Anna Nowak:
Jesteśmy przeciw.
"""
    path = tmp_path / "posiedzenie.txt"
    path.write_text(text, encoding="utf-8")
    opening = parse_document(read_document(path)).passages[0]
    # Somebody presiding said it; the record does not say who, and it is not the record's own words.
    assert [(s.speaker, s.narration) for s in opening.spans] == [(None, False)]


SESSION_INLINE = """Protokół nr XII/2024 z XII sesji Rady Miasta Torunia
w dniu 15 maja 2024 r.

Przewodniczący Rady Miasta Torunia Łukasz Walkusz: Otwieram XII sesję. Przystępujemy do rozpatrzenia punktu 3. porządku dziennego: Informacja o stanie dróg gminnych.

Radna Anna Lis (KO): Panie Przewodniczący! Wysoka Rado! Mieszkańcy Bielan czekają na chodnik od pięciu lat. Mam pytanie: kiedy powstanie?

Zastępca Prezydenta Miasta Paweł Gulewski: Chodnik znajdzie się w budżecie na przyszły rok. (Oklaski)

(Głos z sali: A ścieżka rowerowa?)

Przewodniczący Rady: Proszę o spokój. Zamykam dyskusję.
"""


def test_labels_on_the_speechs_own_line_open_turns_like_labels_on_their_own(tmp_path: Path) -> None:
    path = tmp_path / "sesja.txt"
    path.write_text(SESSION_INLINE, encoding="utf-8")
    meeting = parse_document(read_document(path))
    assert meeting.style == "transcript"
    turns = [
        (p.spans[0].speaker, p.spans[0].role, p.text[p.spans[0].start : p.spans[0].end][:20]) for p in meeting.passages
    ]
    assert turns == [
        ("Łukasz Walkusz", "Przewodniczący Rady Miasta Torunia", "Otwieram XII sesję. "),
        ("Anna Lis", "Radna", "Panie Przewodniczący"),
        ("Paweł Gulewski", "Zastępca Prezydenta Miasta", "Chodnik znajdzie się"),
        ("Łukasz Walkusz", "Przewodniczący Rady", "Proszę o spokój. Zam"),  # the bare role: who presides
    ]
    assert all(p.agenda_item == "3. Informacja o stanie dróg gminnych" for p in meeting.passages)
    voice = next(s for p in meeting.passages for s in p.spans if "ścieżka" in p.text[s.start : s.end])
    assert voice.speaker is None and not voice.narration  # somebody said it, unnamed


def test_a_label_with_an_initial_on_the_speechs_own_line_opens_a_turn() -> None:
    """ "Radna A. Kaczmarek: Jakie są plany …?" was read as the previous speaker's words (the
    initial's full stop looked like a sentence end); "Do posła A. Nowaka: …" stays no label."""
    assert inline_label("Radna A. Kaczmarek: Jakie są plany?") == ("Radna A. Kaczmarek:", "Jakie są plany?")
    assert inline_label("Do posła A. Nowaka: pytanie") is None
    assert inline_label("Radny Kowalski zapytał. Potem: nic") is None


def test_a_label_naming_who_then_her_office_after_a_dash_or_in_parentheses() -> None:
    """ "Pani Ewa Głowacka – Dyrektor Zarządu …: Miasto ma …" and "J. Bazylewicz (radny): …"
    went on as the previous speaker's words (the dash, and a role taken for a party)."""
    found = inline_label("Pani Ewa Głowacka – Dyrektor Zarządu Budynków: Miasto ma 11 200 mieszkań.")
    assert found and parse_label(found[0]).name == "Ewa Głowacka"
    assert parse_label(found[0]).role == "Dyrektor Zarządu Budynków"
    assert parse_label("J. Bazylewicz (radny):").role == "radny"
    assert parse_label("Poseł Jan Kowalski (PSL):").party == "PSL"
    assert inline_label("Radny Jan Nowak – zapytał: czy to prawda?") is None


def test_a_bare_chair_label_is_who_the_minutes_say_chaired(tmp_path: Path) -> None:
    path = tmp_path / "komisja.txt"
    path.write_text(
        "Protokół nr 7/2024 z posiedzenia Komisji Mieszkaniowej Rady Miasta Szczecin\n\n"
        "Posiedzenie prowadziła Przewodnicząca Komisji radna Urszula Pańka.\n\n"
        "Przewodnicząca: Otwieram posiedzenie.\n\n"
        "Radny Jan Lis: Mam pytanie o mieszkania.\n\n"
        "Przewodnicząca: Dziękuję. Zamykam posiedzenie.\n",
        encoding="utf-8",
    )
    meeting = parse_document(read_document(path))
    assert [p.spans[0].speaker for p in meeting.passages if p.speaker_label] == [
        "Urszula Pańka",
        "Jan Lis",
        "Urszula Pańka",
    ]


def test_a_protocol_reporting_speech_with_colons_stays_a_protocol(tmp_path: Path) -> None:
    path = tmp_path / "protokol.txt"
    path.write_text(
        "PROTOKÓŁ NR 5/2024\nz posiedzenia Komisji Rewizyjnej w dniu 3 czerwca 2024 r.\n\n"
        + "".join(
            f"Pani Kierownik odpowiedziała: sprawa {n} zostanie wyjaśniona.\n\nRadna Anna Lis zapytała: czy termin {n} jest realny?\n\n"
            for n in range(4)
        ),
        encoding="utf-8",
    )
    assert parse_document(read_document(path)).style == "protocol"


def test_a_committees_verbatim_minutes_head_points_as_protocols_do() -> None:
    """ "Ad. 1. Informacja o …" opens an agenda point in verbatim minutes too, and the
    minute-taker's sign-off after the last speech is the record's own words, not the chair's."""
    folder = Path(__file__).parent / "data" / "attribution"
    meeting = parse_document(read_document(folder / "bydgoszcz-komisja-oswiaty-27-2024.txt"))
    assert meeting.style == "transcript"
    point = "1. Informacja o stanie przygotowań do rekrutacji do szkół ponadpodstawowych"
    assert meeting.agenda == [point]
    assert meeting.passages[0].agenda_item is None  # the chair opens before any point
    assert {p.agenda_item for p in meeting.passages[1:]} == {point}
    last = meeting.passages[-1]
    assert last.text == "Protokołowała: Anna Kaczmarek"
    assert [(s.speaker, s.narration) for s in last.spans] == [(None, True)]
    assert "Protokołowała" not in meeting.passages[-2].text


def test_a_speech_that_opens_like_a_sign_off_stays_the_speakers(tmp_path: Path) -> None:
    """Only "Protokołowała: …" with its colon is the record's sign-off; a short paragraph of
    speech opening "Sporządziłem …" is still the speaker's."""
    minutes = tmp_path / "komisja.txt"
    minutes.write_text(
        "PROTOKÓŁ NR 3/2024\nz posiedzenia Komisji Budżetowej Rady Miasta\nz dnia 5 marca 2024 r.\n\n"
        "Przewodnicząca Komisji Anna Wilk:\nOtwieram posiedzenie.\n\n"
        "Radny Adam Nowak:\nMam pytanie o budżet.\nSporządziłem raport w tej sprawie.\n\n"
        "Skarbnik Miasta Ewa Malinowska:\nOdpowiem na piśmie.\n\n"
        "Radny Adam Nowak:\nDziękuję.\nSporządziłem też wniosek.\n\n"
        "Protokołowała: Ewa Lis\n",
        encoding="utf-8",
    )
    meeting = parse_document(read_document(minutes))
    assert meeting.style == "transcript"
    said = " ".join(p.text for p in meeting.passages if p.spans[0].speaker == "Adam Nowak")
    assert "Sporządziłem raport" in said and "Protokołowała" not in said
    assert [(s.speaker, s.narration) for s in meeting.passages[-1].spans] == [(None, True)]


def test_what_verbatim_minutes_record_before_the_first_speech_is_kept(tmp_path: Path) -> None:
    """Who chaired and the point the speeches open under, stated before the first label, are
    the record's (a narration passage, the first agenda item); a stenogram's table of
    contents there ("Punkt 38. porządku dziennego: …") names no point of what follows."""
    minutes = tmp_path / "komisja.txt"
    minutes.write_text(
        "Protokół nr 7/2024\nz posiedzenia Komisji Gospodarki Mieszkaniowej Rady Miasta Szczecin\n"
        "z dnia 9 kwietnia 2024 r.\n\n"
        "Posiedzenie prowadziła Przewodnicząca Komisji radna Urszula Pańka.\n\n"
        "Ad. 1. Informacja o zasobie mieszkań komunalnych.\n\n"
        "Przewodnicząca: Otwieram posiedzenie.\n\n"
        "Pani Ewa Głowacka – Dyrektor Zarządu Budynków: Miasto ma 11 200 mieszkań.\n\n"
        "Radny Jan Lis: Ile osób czeka na mieszkanie?\n",
        encoding="utf-8",
    )
    meeting = parse_document(read_document(minutes))
    first = meeting.passages[0]
    assert first.text == "Posiedzenie prowadziła Przewodnicząca Komisji radna Urszula Pańka."
    assert [(s.speaker, s.narration) for s in first.spans] == [(None, True)]
    assert meeting.chair == "Urszula Pańka"
    point = "1. Informacja o zasobie mieszkań komunalnych"
    assert meeting.agenda == [point]
    assert [p.agenda_item for p in meeting.passages[1:]] == [point] * 3

    sitting = tmp_path / "posiedzenie.txt"
    sitting.write_text(
        "Sejm Rzeczypospolitej Polskiej\nSprawozdanie Stenograficzne z 1. posiedzenia w dniu 12 grudnia 2023 r.\n"
        "SPIS TREŚCI\nPunkt 38. porządku dziennego: Przedstawienie programu działania Rady Ministrów\n\n"
        "Marszałek Szymon Hołownia:\nWznawiam posiedzenie.\n\n"
        "Poseł Anna Nowak:\nDziękuję.\n\n"
        "Poseł Jan Lis:\nDziękuję bardzo.\n",
        encoding="utf-8",
    )
    stenogram = parse_document(read_document(sitting))
    assert stenogram.agenda == []
    assert all(p.speaker_label for p in stenogram.passages)


@pytest.mark.parametrize(
    "label",
    [
        "[00:03:05] Radny Piotr Maj: {speech}",
        "00:03:05 Radny Piotr Maj\n{speech}",
        "(0:03:05) Radny Piotr Maj:\n{speech}",
        "Piotr Maj (Radny) [00:03:05]:\n{speech}",  # or after them
        "Piotr Maj (Radny) [00:03:05]: {speech}",
    ],
)
def test_a_recordings_transcript_with_times_by_its_labels(tmp_path: Path, label: str) -> None:
    """Transcripts of a session's recording mark when each speaker begins, before who it is or
    after: the time is no part of who speaks (after it, its colons made "Piotr Maj (Radny)
    [00:03:05]:" no label, his question the speech before), and a timed label line, colon or
    not, is no sentence to join the speech to."""
    turns = [
        ("[00:00:12] Przewodniczący Komisji Jan Kowalski: {speech}", "Otwieram posiedzenie komisji."),
        ("[00:01:40] Skarbnik Miasta Anna Lis: {speech}", "Dochody budżetu wzrosły o 12 procent"),
        (label, "Czy miasto planuje nowe inwestycje drogowe?"),
        ("[00:03:30] Skarbnik Miasta Anna Lis: {speech}", "Tak, w przyszłym roku przeznaczymy 20 mln zł na drogi."),
    ]
    path = tmp_path / "stenogram.txt"
    path.write_text(
        "Stenogram z posiedzenia Komisji Budżetu Rady Miasta Kalisza nr 9/2024 z dnia 12 czerwca 2024 r.\n\n"
        + "\n\n".join(line.format(speech=speech) for line, speech in turns),
        encoding="utf-8",
    )
    meeting = parse_document(read_document(path))
    assert meeting.style == "transcript"
    said = [(p.spans[0].speaker, p.spans[0].role, p.text) for p in meeting.passages]
    assert said == [
        ("Jan Kowalski", "Przewodniczący Komisji", "Otwieram posiedzenie komisji."),
        ("Anna Lis", "Skarbnik Miasta", "Dochody budżetu wzrosły o 12 procent"),
        ("Piotr Maj", "Radny", "Czy miasto planuje nowe inwestycje drogowe?"),
        ("Anna Lis", "Skarbnik Miasta", "Tak, w przyszłym roku przeznaczymy 20 mln zł na drogi."),
    ]
    lis = next(person for person in meeting.people if person.name == "Anna Lis")
    assert lis.variants == ["Skarbnik Miasta Anna Lis"]  # as labelled, once, without a time


def test_labels_of_an_office_or_of_nobody_in_office_and_headings_that_are_none(tmp_path: Path) -> None:
    """Without a name, a label opens with an office ("Komendant Straży Miejskiej:") or names
    who speaks without one ("Mieszkaniec ulicy Długiej:"); a protocol's headings ("Wnioski
    Komisji:", "Obecni członkowie Komisji:") are no labels, though their words are capitalised."""
    assert looks_like_label("Komendant Straży Miejskiej:")
    assert looks_like_label("Mieszkaniec ulicy Długiej:")
    assert looks_like_label("Sołtys Wsi Bolechowo:")
    assert not looks_like_label("Wnioski Komisji:")
    assert not looks_like_label("Obecni członkowie Komisji:")
    assert inline_label("Przewodniczący Komisji: Tomasz Pilch") is None  # a signature
    path = tmp_path / "zapis.txt"
    path.write_text(
        "Przewodniczący Komisji Jan Nowak:\n\nOtwieram posiedzenie.\n\n"
        "Komendant Straży Miejskiej:\n\nW wakacje przeprowadziliśmy 4 210 interwencji.\n\n"
        "Mieszkaniec ulicy Długiej:\n\nPod moim oknem co noc jest głośno.\n",
        encoding="utf-8",
    )
    passages = parse_document(read_document(path)).passages
    night = next(p for p in passages if "co noc" in p.text)
    assert (night.spans[0].speaker, night.spans[0].role) == (None, "Mieszkaniec ulicy Długiej")
    patrols = next(p for p in passages if "interwencji" in p.text)
    assert (patrols.spans[0].speaker, patrols.spans[0].role) == (None, "Komendant Straży Miejskiej")


def test_a_label_addressing_the_chair_is_who_chairs_if_the_address_fits(tmp_path: Path) -> None:
    """ "Pani Przewodnicząca:" is the chairwoman named before (it was nobody: the office was
    read as "Pani"); "Pan Przewodniczący:" where a woman chaired is somebody else in the chair.
    "Pani Skarbnik Ewa Dąbek:" is the Skarbnik, not "Pani Skarbnik"."""
    path = tmp_path / "zapis.txt"
    path.write_text(
        "Przewodnicząca Komisji Anna Lis:\n\nOtwieram posiedzenie komisji.\n\n"
        "Pani Przewodnicząca:\n\nProszę, pani skarbnik.\n\n"
        "Pani Skarbnik Ewa Dąbek:\n\nPieniądze są zabezpieczone.\n\n"
        "Pan Przewodniczący:\n\nDziękuję.\n",
        encoding="utf-8",
    )
    spans = {p.text: p.spans[0] for p in parse_document(read_document(path)).passages}
    assert spans["Proszę, pani skarbnik."].speaker == "Anna Lis"
    assert (spans["Pieniądze są zabezpieczone."].speaker, spans["Pieniądze są zabezpieczone."].role) == (
        "Ewa Dąbek",
        "Skarbnik",
    )
    assert (spans["Dziękuję."].speaker, spans["Dziękuję."].role) == (None, "Przewodniczący")


def test_a_label_by_initial_is_the_person_labelled_in_full_and_who_opens_chairs(tmp_path: Path) -> None:
    """ "J. Nowak:" after "PRZEWODNICZĄCY KOMISJI JAN NOWAK:" was a speaker of its own, so a
    search for what Jan Nowak said missed it; the speaker who opens the meeting chairs it."""
    path = tmp_path / "stenogram.md"
    path.write_text(
        "# Stenogram z posiedzenia Komisji Rozwoju Miasta Rady Miasta Torunia nr 12/2024 z dnia 7 maja 2024 r.\n\n"
        "PRZEWODNICZĄCY KOMISJI JAN NOWAK:\nOtwieram posiedzenie. Witam państwa.\n\n"
        "Pani Ewa Lis – Dyrektor Wydziału Inwestycji:\nŚcieżka będzie gotowa w sierpniu.\n\n"
        "J. Nowak:\nDziękuję. Czy są jeszcze pytania?\n\n"
        "Radny Jan Zych:\nParking jest potrzebny od lat.\n\n"
        "Dyrektor E. Lis:\nParking jest w planie na przyszły rok.\n\n"
        "J. Zych:\nDziękuję.\n",
        encoding="utf-8",
    )
    meeting = parse_document(read_document(path))
    said = {p.text.split("\n")[0]: p.spans[0].speaker for p in meeting.passages}
    assert said["Dziękuję. Czy są jeszcze pytania?"] == "Jan Nowak"
    assert said["Parking jest w planie na przyszły rok."] == "Ewa Lis"
    assert said["Dziękuję."] == "Jan Zych"
    assert meeting.chair == "Jan Nowak"


def test_speaker_lines_of_a_hard_wrapped_record_and_labels_naming_the_words(tmp_path: Path) -> None:
    """A record typed in short lines read as wrapped prose, each speaker's line joined to the
    speech under it, and "Wypowiedź radnego Piotra Zięby: Teatr czeka …" went to whoever spoke
    before (a wrong name). "Anna Lis (Dyrektor Wydziału Kultury):" was no label at all."""
    path = tmp_path / "zapis.txt"
    path.write_text(
        "Zapis przebiegu posiedzenia Komisji Kultury Rady Miasta Gdańska nr 8/2024 z dnia 4 czerwca\n"
        "2024 r.\n\n"
        "Jan Kowalski, radny:\nChciałbym zapytać o remont teatru.\n\n"
        "Anna Lis (Dyrektor Wydziału Kultury):\nRemont ruszy w lipcu tego roku.\n\n"
        "Wypowiedź radnego Piotra Zięby:\nTeatr czeka na remont od dziesięciu lat.\n\n"
        "Odpowiedź Dyrektor Anny Lis:\nTak, przerwa potrwa trzy miesiące.\n",
        encoding="utf-8",
    )
    meeting = parse_document(read_document(path))
    assert meeting.style == "transcript"
    said = _said(meeting)
    assert said["Chciałbym zapytać o remont teatru."] == ("Jan Kowalski", "radny")
    assert said["Remont ruszy w lipcu tego roku."] == ("Anna Lis", "Dyrektor Wydziału Kultury")
    assert said["Teatr czeka na remont od dziesięciu lat."] == ("Piotr Zięba", "Radny")
    assert said["Tak, przerwa potrwa trzy miesiące."] == ("Anna Lis", "Dyrektor")


def test_a_label_with_a_name_left_unread_is_not_the_last_holder_of_its_office(tmp_path: Path) -> None:
    """ "Poseł Agata Wojtyszek:" (a surname the dictionary knew only as a place) went to the
    posłanka who spoke before her, 45 speeches of the Sejm (a wrong name)."""
    path = tmp_path / "posiedzenie.txt"
    path.write_text(
        SITTING.format(long="Pytanie o budowę drogi.").replace(
            "Ekspert Komisji, prof. Paweł Sarnecki:", "Poseł Agata Wojtyszek:"
        ),
        encoding="utf-8",
    )
    meeting = parse_document(read_document(path))
    last = meeting.passages[-1]
    assert last.text == "Krótko: zgadzam się." and last.spans[0].speaker == "Agata Wojtyszek"
    # A surname that is only a common noun ("stół") stays unread: then nobody's, never hers.
    path.write_text(path.read_text(encoding="utf-8").replace("Agata Wojtyszek", "Jan Stół"), encoding="utf-8")
    last = parse_document(read_document(path)).passages[-1]
    assert last.spans[0].speaker is None and last.spans[0].role == "Poseł Jan Stół"


def test_a_label_of_an_office_and_a_surname_is_that_surnames_person(tmp_path: Path) -> None:
    """ "Dyrektor Zając:" after "Pani Ewa Kot, Dyrektor MOPS:" went to whoever held "Dyrektor"
    last (a wrong name, had she spoken after him); "P. Jan Nowak:" was a speaker "P. Jan Nowak"."""
    path = tmp_path / "stenogram.txt"
    path.write_text(
        "Stenogram z posiedzenia Komisji Rewizyjnej Rady Miasta Kielce nr 3/2024 z dnia 12 marca 2024 r.\n\n"
        "Przewodniczący Komisji – Jan Nowak:\nOtwieram posiedzenie Komisji Rewizyjnej.\n\n"
        "Pan Piotr Zając, Dyrektor MPK:\nKontrola zakończyła się w lutym.\n\n"
        "Pani Ewa Kot, Dyrektor MOPS:\nPomoc społeczna nie była kontrolowana.\n\n"
        "P. Jan Nowak:\nDziękuję. Czy ktoś jeszcze chce zabrać głos?\n\n"
        "Dyrektor Zając:\nZalecenia zostaną wdrożone do końca czerwca.\n\n"
        "Dyrektor Wrona:\nNie było mnie na kontroli.\n",
        encoding="utf-8",
    )
    said = {p.text: (p.spans[0].speaker, p.spans[0].role) for p in parse_document(read_document(path)).passages}
    assert said["Dziękuję. Czy ktoś jeszcze chce zabrać głos?"][0] == "Jan Nowak"
    assert said["Zalecenia zostaną wdrożone do końca czerwca."] == ("Piotr Zając", "Dyrektor")
    # nobody of that surname labelled before: the surname as the label gives it
    assert said["Nie było mnie na kontroli."] == ("Wrona", "Dyrektor")


def test_a_bare_feminine_office_is_no_man_labelled_with_it_last(tmp_path: Path) -> None:
    """ "Przewodnicząca:" after the council's "Przewodniczący Rady Miasta Jan Nowak:" spoke was
    he (a wrong name): she is the committee's chairwoman labelled before; a bare
    "Przewodniczący:" still goes to him, who holds that office last."""
    path = tmp_path / "stenogram.txt"
    path.write_text(
        "Stenogram z posiedzenia Komisji Budżetu Rady Miasta Opola nr 5/2024 z dnia 9 kwietnia 2024 r.\n\n"
        "Przewodnicząca Komisji Anna Lis:\nOtwieram posiedzenie. Witam pana przewodniczącego rady.\n\n"
        "Przewodniczący Rady Miasta Jan Nowak:\nSesja będzie 25 kwietnia.\n\n"
        "Przewodnicząca:\nDziękuję. Przechodzimy do punktu pierwszego.\n\n"
        "Radny Piotr Kot:\nMam pytanie o budżet.\n\n"
        "Przewodniczący:\nOdpowiem, bo pytanie dotyczy sesji.\n",
        encoding="utf-8",
    )
    said = {p.text: p.spans[0].speaker for p in parse_document(read_document(path)).passages}
    assert said["Dziękuję. Przechodzimy do punktu pierwszego."] == "Anna Lis"
    assert said["Odpowiem, bo pytanie dotyczy sesji."] == "Jan Nowak"


def test_labels_followed_by_words_reported_make_a_protocol_and_lose_nothing_before_them(tmp_path: Path) -> None:
    """ "Radny Jan Lis: zapytał, ile …" names the speaker first and reports his words: read as
    a transcript, the presentation before the first such line was dropped as a header."""
    meeting = _parsed(
        tmp_path / "protokol.txt",
        "Protokół nr 3/2025\nz posiedzenia Komisji Bezpieczeństwa Rady Miasta Radomia z dnia 14 stycznia 2025 r.\n\n"
        "Informację przedstawił insp. Andrzej Górski, Komendant Miejski Policji w Radomiu. Liczba przestępstw "
        "spadła o 8 proc.\n"
        "Radny Jan Lis: zapytał, ile patroli pieszych działa w nocy.\n"
        "Komendant Górski: odpowiedział, że w nocy pełnią służbę cztery patrole.\n"
        "Radna Ewa Sikora: zwróciła uwagę na brak monitoringu na osiedlu Ustronie.\n"
        "Zastępca Prezydenta Miasta Pan Mateusz Tyczyński: poinformował, że kamery zostaną zamontowane w maju.\n",
    )
    assert meeting.style == "protocol"
    spans = {p.text[s.start : s.end].strip()[:25]: (s.speaker, s.role) for p in meeting.passages for s in p.spans}
    assert spans["Informację przedstawił in"] == ("Andrzej Górski", "Komendant Miejski Policji w Radomiu")
    assert spans["Komendant Górski: odpowie"][0] == "Andrzej Górski"
    assert spans["Radny Jan Lis: zapytał, i"][0] == "Jan Lis"


def test_a_recordings_transcript_in_lower_case_stays_a_transcript(tmp_path: Path) -> None:
    """Speech recognition writes no capitals: "dziękuję bardzo, …" after a label is the
    speaker's own words, not words reported as "zapytał, …" are."""
    meeting = _parsed(
        tmp_path / "nagranie.txt",
        "Transkrypcja nagrania posiedzenia Komisji Sportu Rady Miasta Opola z dnia 3 marca 2025 r.\n\n"
        + "".join(
            f"[00:0{n}:00] Radny Piotr Maj:\ndziękuję bardzo panie przewodniczący mam pytanie numer {n}\n\n"
            f"[00:0{n}:30] Przewodniczący Komisji Jan Lis:\nproszę bardzo pani dyrektor odpowie\n\n"
            for n in range(3)
        ),
    )
    assert meeting.style == "transcript"
    assert {s.speaker for p in meeting.passages for s in p.spans} >= {"Piotr Maj", "Jan Lis"}


def test_a_label_with_a_rank_before_the_name_opens_a_turn(tmp_path: Path) -> None:
    """ "mł. insp." read as a sentence's end, so "Komendant Miejski Policji mł. insp. Adam Róg:"
    was no label and his speech went to the chair who spoke before."""
    meeting = _parsed(
        tmp_path / "sesja.txt",
        "Protokół z XV sesji Rady Miasta Zamość z dnia 28 marca 2024 r.\n\n"
        "Przewodniczący Rady Miasta Tomasz Kot:\nOtwieram XV sesję Rady Miasta.\n\n"
        "Komendant Miejski Policji mł. insp. Adam Róg:\nW 2023 roku liczba przestępstw spadła o 6 procent.\n\n"
        "Radna Ewa Wilk (KO):\nPanie Komendancie, ile rowerów skradziono w centrum?\n\n"
        "Komendant Miejski Policji:\nW centrum skradziono 140 rowerów.\n",
    )
    said = {p.text[:20]: s.speaker for p in meeting.passages for s in p.spans}
    assert said["W 2023 roku liczba p"] == "Adam Róg"
    assert said["W centrum skradziono"] == "Adam Róg"
    assert said["Otwieram XV sesję Ra"] == "Tomasz Kot"


def test_labels_naming_who_then_her_office_after_a_comma_or_a_councillors_title(tmp_path: Path) -> None:
    """ "Pani Agnieszka Wolna, Dyrektor Wydziału Oświaty: Dziękuję. …" was no label (a comma),
    nor "Przewodniczący Komisji radny Łukasz Mikuła (KO): …" (a lowercase word): the file was
    read as a protocol and the director's speech was nobody's."""
    meeting = _parsed(
        tmp_path / "stenogram.txt",
        "Stenogram z posiedzenia Komisji Edukacji Rady Miasta Poznania z dnia 5 marca 2024 r.\n\n"
        "Przewodniczący Komisji radny Łukasz Mikuła (KO): Otwieram posiedzenie. Punkt pierwszy: nabór.\n\n"
        "Pani Agnieszka Wolna, Dyrektor Wydziału Oświaty: Dziękuję. Złożono 4 812 wniosków.\n\n"
        "Radna Halina Owsianna (Lewica): Czy te miejsca są blisko domu?\n\n"
        "Pani Agnieszka Wolna, Dyrektor Wydziału Oświaty: Na Naramowicach otwieramy nowe przedszkole.\n",
    )
    assert meeting.style == "transcript"
    said = _said(meeting, chars=20)
    assert said["Dziękuję. Złożono 4 "] == ("Agnieszka Wolna", "Dyrektor Wydziału Oświaty")
    assert said["Na Naramowicach otwi"] == ("Agnieszka Wolna", "Dyrektor Wydziału Oświaty")
    assert said["Otwieram posiedzenie"] == ("Łukasz Mikuła", "Przewodniczący Komisji")
    assert parse_label("PRZEWODNICZĄCY KOMISJI RADNY MAREK DUKLANOWSKI:").role == "Przewodniczący Komisji"
    assert parse_label("Jan Kowalski, radny:").role == "radny"
    assert inline_label("Pani poseł, ma pani rację: to nie tak.") is None
    assert inline_label("Jan Lis, pan wie, że: nic") is None


SHOUTED = (
    "STENOGRAM z posiedzenia Komisji Budżetu i Finansów Rady Miasta Szczecin w dniu 5 listopada 2024 roku\n\n"
    "PRZEWODNICZĄCY KOMISJI RADNY PAWEŁ BIAŁY\nOtwieram posiedzenie. Proszę Panią Skarbnik.\n\n"
    "SKARBNIK MIASTA MAŁGORZATA OSTROWSKA\nDeficyt pokryjemy emisją obligacji.\n\n"
    "RADNA KINGA ZAWADZKA\nIle wyniesie dług miasta na koniec 2025 roku?\n\n"
    "SKARBNIK MIASTA MAŁGORZATA OSTROWSKA\nZadłużenie wyniesie 2,1 miliarda złotych.\n"
)


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_who_speaks_in_capitals_on_a_line_of_their_own_opens_a_turn(tmp_path: Path, gap: str) -> None:
    """A stenogram that sets who speaks in capitals above the speech, no colon, was a protocol:
    every speech nobody's, the councillor's question too. With or without blank lines between
    turns (the text reader then joins a label to the speech's first line)."""
    meeting = _parsed(tmp_path / "stenogram.txt", SHOUTED.replace("\n\n", gap))
    assert meeting.style == "transcript"
    said = _said(meeting, chars=20)
    assert said["Ile wyniesie dług mi"] == ("Kinga Zawadzka", "Radna")
    assert said["Zadłużenie wyniesie "] == ("Małgorzata Ostrowska", "Skarbnik Miasta")
    assert said["Otwieram posiedzenie"] == ("Paweł Biały", "Przewodniczący Komisji")
    assert not looks_like_label("PORZĄDEK POSIEDZENIA")
    assert not looks_like_label("INFORMACJA DYREKTORA ANNY BĄK")


def test_an_office_after_pan_or_pani_labels_a_turn_on_the_speechs_line(tmp_path: Path) -> None:
    """ "Pan Przewodniczący: Otwieram …", "Pan Kierownik Wydziału Sportu: Stok …": an office
    addressed as Pan or Pani and no name; the lines were read as a protocol's."""
    meeting = _parsed(
        tmp_path / "zapis.txt",
        "Zapis przebiegu posiedzenia Komisji Sportu i Turystyki Rady Miasta Zakopane, 12 lutego 2024 r.\n\n"
        "Pan Przewodniczący: Otwieram posiedzenie komisji.\n"
        "Pan Kierownik Wydziału Sportu: Stok będzie czynny do 15 marca.\n"
        "Pani Radna Halina Gąsienica: Dlaczego wyciąg jest zamknięty?\n"
        "Pan Kierownik Wydziału Sportu: Wyciąg przechodzi przegląd techniczny.\n",
    )
    assert meeting.style == "transcript"
    assert meeting.committee == "Komisja Sportu i Turystyki"
    said = _said(meeting, chars=20)
    assert said["Wyciąg przechodzi pr"] == (None, "Kierownik Wydziału Sportu")
    assert said["Otwieram posiedzenie"] == (None, "Przewodniczący")
    assert inline_label("Pani Kierownik odpowiedziała: tak.") is None


def test_speakers_a_recording_cannot_name_open_turns_of_their_own(tmp_path: Path) -> None:
    """ "Mówca niezidentyfikowany: A co z wycinką drzew?" ran on in the deputy mayor's turn (his
    words, by the record); "[00:00:10] Mówca 1: Otwieram …" was read as a label alone, every
    line of the transcript one, and the whole file gave no passage."""
    meeting = _parsed(
        tmp_path / "zapis.txt",
        "Transkrypcja posiedzenia Komisji Rozwoju Miasta Rady Miasta Piły z dnia 3 kwietnia 2024 r.\n\n"
        "Przewodniczący Komisji Tomasz Bela: Otwieram posiedzenie.\n"
        "Zastępca Prezydenta Krzysztof Szewczyk: Obwodnica będzie gotowa w 2026 roku.\n"
        "Mówca niezidentyfikowany: A co z wycinką drzew?\n"
        "Zastępca Prezydenta Krzysztof Szewczyk: Wytniemy 420 drzew.\n",
    )
    said = _said(meeting)
    assert said["A co z wycinką drzew?"] == (None, "Mówca niezidentyfikowany")
    assert said["Obwodnica będzie gotowa w 2026 roku."] == ("Krzysztof Szewczyk", "Zastępca Prezydenta")
    timed = _parsed(
        tmp_path / "nagranie.txt",
        "Transkrypcja nagrania posiedzenia Komisji Oświaty Rady Miasta Ełku, 5 marca 2024 r.\n\n"
        "[00:00:10] Mówca 1: Otwieram posiedzenie komisji.\n"
        "[00:00:40] Mówca 2: Mam pytanie o stołówkę w szkole numer 4.\n"
        "[00:01:20] Mówca 3: Stołówka zostanie otwarta we wrześniu.\n",
    )
    said = _said(timed)
    assert said["Stołówka zostanie otwarta we wrześniu."] == (None, "Mówca 3")
    assert not looks_like_label("[00:00:10] Mówca 1: Otwieram posiedzenie komisji.")


def test_a_file_of_labels_with_nothing_said_loses_none_of_its_lines(tmp_path: Path) -> None:
    """Read as a transcript, a file whose every line looks like a label (a list of who signs,
    or a misread recording) gave no passage: nothing of it could be found. It is read as a
    protocol then."""
    meeting = _parsed(
        tmp_path / "lista.txt",
        "Lista podpisów członków Komisji Oświaty Rady Miasta Ełku\n\n"
        "Radny Jan Kot:\nRadna Ewa Lis:\nRadny Adam Nowak:\nRadna Maria Wrona:\n",
    )
    assert meeting.style == "protocol"
    assert "Radna Maria Wrona:" in " ".join(p.text for p in meeting.passages)


def test_who_spoke_before_labelled_again_by_surname_a_degree_or_an_abbreviated_office(tmp_path: Path) -> None:
    """Transcripts shorten who speaks again: "Kowalski:", "Lis: Nie, …" after "Przewodniczący
    Komisji Jan Kowalski:" and "Skarbnik Miasta Ewa Lis:" are they, as "Prof. dr hab. Jan
    Nowak: Tak, …" after "Prof. dr hab. Jan Nowak:" on a line of its own, "p. Anna Sowa: …" and
    "Przew. J. Kowalski: …" are (their words went on in the speech before, at full confidence:
    a wrong name). A word alone before a colon that is nobody's surname heads what follows
    ("Wniosek: …"); a voice from the floor in parentheses and words said to someone ("Do
    posła Jana Kowalskiego: …") stay in the speech."""
    meeting = _parsed(
        tmp_path / "zapis.txt",
        "Zapis przebiegu posiedzenia Komisji Rewizyjnej Rady Miejskiej w Kutnie z dnia 12 marca 2024 r.\n\n"
        "Przewodniczący Komisji Jan Kowalski: Otwieram posiedzenie.\n\n"
        "Skarbnik Miasta Ewa Lis: Wykonanie budżetu wyniosło 96 procent.\n\n"
        "Radna Anna Sowa: Ile wyniosło zadłużenie?\n\n"
        "Lis: Zadłużenie wyniosło 41 mln zł.\n\nWniosek: mieścimy się w limitach.\n\n"
        "Kowalski:\nProszę o spokój.\n\n"
        "Prof. dr hab. Jan Nowak:\nPrzedstawię wyniki audytu.\n\n"
        "p. Anna Sowa: Czy audyt objął spółki?\n\n"
        "Prof. dr hab. Jan Nowak: Tak, wszystkie trzy.\n(Radna Anna Sowa: Dziękuję.)\n"
        "Do radnej Anny Sowy: raport jest jawny.\n\n"
        "Dyr. E. Lis: Dziękuję.\n\n"
        "Przew. Kom. J. Kowalski: Zamykam posiedzenie.\n",
    )
    assert meeting.style == "transcript"
    said = [(p.spans[0].speaker, p.text) for p in meeting.passages]
    assert said == [
        ("Jan Kowalski", "Otwieram posiedzenie."),
        ("Ewa Lis", "Wykonanie budżetu wyniosło 96 procent."),
        ("Anna Sowa", "Ile wyniosło zadłużenie?"),
        ("Ewa Lis", "Zadłużenie wyniosło 41 mln zł.\nWniosek: mieścimy się w limitach."),
        ("Jan Kowalski", "Proszę o spokój."),
        ("Jan Nowak", "Przedstawię wyniki audytu."),
        ("Anna Sowa", "Czy audyt objął spółki?"),
        ("Jan Nowak", "Tak, wszystkie trzy.\n(Radna Anna Sowa: Dziękuję.)\nDo radnej Anny Sowy: raport jest jawny."),
        ("Ewa Lis", "Dziękuję."),
        ("Jan Kowalski", "Zamykam posiedzenie."),
    ]


def test_who_speaks_on_a_line_of_its_own_without_a_colon(tmp_path: Path) -> None:
    """Transcripts exported as text set who speaks alone on a line over the speech, no colon:
    every speech was the record's, nobody's. Where the labels have colons, a name alone on a
    line is no label (the PDF reader leaves an interjection's first half so: "Poseł Antoni
    Macierewicz" over "(: Pełnowymiarowy, no gratulacje.)"), nor is a list of names."""
    meeting = _parsed(
        tmp_path / "transkrypcja.txt",
        "Transkrypcja obrad Komisji Oświaty Rady Miasta Kielce z dnia 5 marca 2024 r.\n\n"
        "Obecni:\n\nJan Kowalski\nAnna Lis\nEwa Sowa\n\n"
        "Przewodniczący Komisji Jan Kowalski\nOtwieram posiedzenie.\n\n"
        "Dyrektor Wydziału Edukacji Anna Lis\nW tym roku wyremontowaliśmy cztery szkoły.\n\n"
        "Radna Ewa Sowa\nKiedy ruszy remont Szkoły Podstawowej nr 5?\n\n"
        "Dyrektor Wydziału Edukacji Anna Lis\nRemont ruszy w lipcu.\n",
    )
    assert [(p.spans[0].speaker, p.text) for p in meeting.passages] == [
        ("Jan Kowalski", "Otwieram posiedzenie."),
        ("Anna Lis", "W tym roku wyremontowaliśmy cztery szkoły."),
        ("Ewa Sowa", "Kiedy ruszy remont Szkoły Podstawowej nr 5?"),
        ("Anna Lis", "Remont ruszy w lipcu."),
    ]
    labelled = _parsed(
        tmp_path / "stenogram.txt",
        "Stenogram z posiedzenia Komisji Oświaty Rady Miasta Kielce z dnia 5 marca 2024 r.\n\n"
        "Przewodniczący Komisji Jan Kowalski:\n\nOtwieram posiedzenie.\n\n"
        "Dyrektor Wydziału Edukacji Anna Lis:\n\nWyremontowaliśmy cztery szkoły.\n\n"
        "Radny Piotr Gil\n\n(: Tylko cztery?)\n\nW przyszłym roku następne.\n\n"
        "Radna Ewa Sowa:\n\nKiedy ruszy remont?\n",
    )
    speeches = {p.text: p.spans[0].speaker for p in labelled.passages}
    assert (
        speeches["Wyremontowaliśmy cztery szkoły.\nRadny Piotr Gil\n(: Tylko cztery?)\nW przyszłym roku następne."]
        == "Anna Lis"
    )


def test_a_bare_office_many_hold_is_nobody_named(tmp_path: Path) -> None:
    """ "Radny (niezidentyfikowany):" and a bare "Radny:" were the councillor labelled last, at
    0.9: a meeting has many councillors. An office one person holds ("Pani Skarbnik:") is hers."""
    meeting = _parsed(
        tmp_path / "budzet.txt",
        "Zapis przebiegu posiedzenia Komisji Budżetu Rady Miasta Torunia nr 7/2024 z dnia 12 marca 2024 r.\n\n"
        "Skarbnik Miasta Ewa Lis: Deficyt wyniesie 40 mln zł.\n\n"
        "Radny Jan Kos: A ile wyniesie spłata zadłużenia?\n\n"
        "Pani Skarbnik: Spłata wyniesie 25 mln zł w tym roku.\n\n"
        "Radny (niezidentyfikowany): Ja mam jeszcze pytanie.\n\n"
        "Radna: A co z rezerwą?\n",
    )
    said = _said(meeting)
    assert said["Spłata wyniesie 25 mln zł w tym roku."] == ("Ewa Lis", "Skarbnik")
    assert said["Ja mam jeszcze pytanie."][0] is None
    assert said["A co z rezerwą?"][0] is None


def test_a_label_of_a_name_alone_shows_the_office_labelled_before(tmp_path: Path) -> None:
    """ "Irena Maj:" after "Skarbnik Miasta Pani Irena Maj:" showed her words with no office;
    "Radna Anna Sowa, Wiceprzewodnicząca Komisji:" gave the role "Radna , Wiceprzewodnicząca
    Komisji"."""
    meeting = _parsed(
        tmp_path / "budzet.txt",
        "Zapis przebiegu posiedzenia Komisji Budżetowej Rady Miasta Gdańska nr 12/2024 z dnia 4 czerwca 2024 r.\n\n"
        "Skarbnik Miasta Pani Irena Maj:\n\nDochody wzrosną o 12 mln zł.\n\n"
        "Radna Anna Sowa, Wiceprzewodnicząca Komisji:\n\nJa mam pytanie o inwestycje.\n\n"
        "Irena Maj:\n\nInwestycje pozostają bez zmian.\n",
    )
    said = _said(meeting)
    assert said["Inwestycje pozostają bez zmian."] == ("Irena Maj", "Skarbnik Miasta")
    assert said["Ja mam pytanie o inwestycje."] == ("Anna Sowa", "Radna, Wiceprzewodnicząca Komisji")


def test_a_label_naming_who_then_the_office_after_a_dash_opens_a_turn(tmp_path: Path) -> None:
    """ "J. Wrona – radny:" was no label: the councillor's question ran on in the President's
    speech, his at full confidence. "Wrona – radny:" is Piotr Wrona when he was labelled in
    full before, the surname as given when not."""
    meeting = _parsed(
        tmp_path / "stenogram.txt",
        "STENOGRAM\nz XII sesji Rady Miasta Opola\nw dniu 12 marca 2024 r.\n\n"
        "Przewodniczący Rady Miasta Jan Kos:\nOtwieram sesję.\n\n"
        "Radny Piotr Wrona:\nMam pytanie o basen.\n\n"
        "Prezydent Miasta – Marek Dąb:\nRemont basenu rozpocznie się w czerwcu.\n\n"
        "J. Sowa – radna:\nIle to będzie kosztować?\n\n"
        "Prezydent:\nKwota jest w rezerwie celowej.\n\n"
        "Wrona – radny:\nA kiedy ogłoszą przetarg?\n\n"
        "Dąb – Prezydent Miasta:\nW maju.\n",
    )
    assert meeting.style == "transcript"
    said = _said(meeting, chars=20)
    assert said["Remont basenu rozpoc"] == ("Marek Dąb", "Prezydent Miasta")
    assert said["Ile to będzie koszto"] == ("J. Sowa", "radna")
    assert said["A kiedy ogłoszą prze"] == ("Piotr Wrona", "radny")
    assert said["W maju."] == ("Marek Dąb", "Prezydent Miasta")


def test_a_party_in_slashes_and_an_office_before_the_party_in_parentheses() -> None:
    """ "Radny Jan Kos /PiS/:" had the office "Radny /PiS/", "Jan Kos (radny, PiS):" none."""
    assert parse_label("Radny Jan Kos /PiS/:") == SpeakerLabel("Radny Jan Kos /PiS/:", "Jan Kos", "Radny", "PiS")
    assert parse_label("Jan Kos (radny, PiS):") == SpeakerLabel("Jan Kos (radny, PiS):", "Jan Kos", "radny", "PiS")
    assert parse_label("J. Bazylewicz (radny):").role == "radny"
