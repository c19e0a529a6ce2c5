"""The real records in ../shared (present on developer machines and in CI; skipped elsewhere)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import shared_path

from corpus.ingest import ingest
from corpus.parse import parse_document
from corpus.readers import read_document

_SEJM_FILE = re.compile(r"sejm-x-(\d+)-posiedzenie-(\d{4}-\d{2}-\d{2})\.txt")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_all_sejm_days_ingest_with_sitting_number_and_date(tmp_path: Path) -> None:
    from corpus.store import Store

    folder = shared_path("corpus", "sejm-x-kadencja")
    store = Store(tmp_path / "sejm.db")
    results = ingest(store, [folder])
    assert len(results) == 65
    assert not [r for r in results if r.failed]
    meetings = {Path(m["source"]).name: m for m in store.meetings()}
    for name, meeting in meetings.items():
        number, day = _SEJM_FILE.fullmatch(name).groups()
        assert (meeting["number"], meeting["date"]) == (str(int(number)), day), name
    assert store.counts()["passages"] > 28_000
    store.close()


@pytest.mark.parametrize("name", ["biuletyn-13-1.txt", "biuletyn-13-2.2.txt", "biuletyn-14-podkomisja-cz-II.txt"])
def test_bulletins_have_number_month_and_committee(name: str) -> None:
    meeting = parse_document(read_document(shared_path("corpus", "komisja-konstytucyjna-1995", name)))
    assert meeting.style == "transcript"
    assert meeting.number == name.split("-")[1]
    assert meeting.date == "1995-02"
    assert meeting.committee == "Komisja Konstytucyjna"
    assert meeting.body == "Zgromadzenie Narodowe"
    assert all(p.speaker_label for p in meeting.passages)


def test_all_bulletins_ingest(store) -> None:
    results = ingest(store, [shared_path("corpus", "komisja-konstytucyjna-1995")])
    assert len(results) == 9 and not [r for r in results if r.failed]


@pytest.fixture(scope="module")
def stenogram():
    """The stenogram PDF parsed once for the tests below (it takes a while)."""
    folder = shared_path("corpus", "sejm-stenogram-pdf")
    return folder, parse_document(read_document(next(folder.glob("*.pdf"))))


def test_stenogram_pdf_speech_turns_come_in_reading_order(stenogram) -> None:
    folder, meeting = stenogram
    assert (meeting.number, meeting.date, meeting.body) == ("1", "2023-12-12", "Sejm Rzeczypospolitej Polskiej")
    reference = ET.parse(next(folder.glob("*.first-speeches.xml"))).getroot()
    speeches = reference.find("content").findall("speech")
    flat = [(p.speaker_label or "", _squash(p.text)) for p in meeting.passages]
    position, found = 0, 0
    for speech in speeches:
        first_words = _squash(speech.find("utt").text)[:60]
        role = speech.get("speaker").split()[0]
        for index in range(position, len(flat)):
            label, text = flat[index]
            if text.startswith(first_words) or f"\n{first_words}" in text:
                if label.startswith(role):
                    found += 1
                position = index + 1
                break
    assert found / len(speeches) >= 0.95, f"{found} of {len(speeches)} turns in order"


def test_stenogram_pdf_reads_words_as_printed_and_finds_the_point_of_the_expose(stenogram) -> None:
    """Letters the extractor parts where the face changes or a line's hyphen is drawn apart
    read as printed ("Przedsta - wienie", "(Okla - ski)" before), and so the point the
    Marszałek opens ("… punktu 38. porządku dziennego: Przedstawienie przez Prezesa Rady
    Ministrów …") is the point of the exposé after it."""
    _, meeting = stenogram
    text = "\n".join(p.text for p in meeting.passages)
    assert " - wienie" not in text and "(Okla - ski)" not in text and "(Dzwo - nek)" not in text
    expose = next(p for p in meeting.passages if p.text.startswith("Panie Marszałku! Panie Posłanki!"))
    assert expose.agenda_item and expose.agenda_item.startswith("38. Przedstawienie przez Prezesa Rady Ministrów")


def _find_squashed(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text`` when runs of whitespace (line breaks between
    paragraphs included) count as one space: (start, end) in ``text`` itself."""
    positions, squashed = [], []
    for index, char in enumerate(text):
        if char.isspace():
            if squashed and squashed[-1] != " ":
                positions.append(index)
                squashed.append(" ")
            continue
        positions.append(index)
        squashed.append(char)
    at = "".join(squashed).find(quote)
    return None if at < 0 else (positions[at], positions[at + len(quote) - 1] + 1)


def _speaker_at(passages, quote: str):
    """The speaker of the one span holding ``quote``."""
    quote = _squash(quote)
    for passage in passages:
        found = _find_squashed(passage.text, quote)
        if found is None:
            continue
        start, end = found
        spans = [s for s in passage.spans if s.start <= start and end <= s.end]
        return spans[0].speaker if len(spans) == 1 else "(crosses spans)"
    return "(quote not found)"


def test_dev_speaker_gold() -> None:
    import json

    gold = [json.loads(line) for line in shared_path("eval", "dev-speakers.jsonl").read_text("utf-8").splitlines()]
    documents = {}
    right = 0
    for line in gold:
        name = line["document"]
        if name not in documents:
            documents[name] = parse_document(read_document(shared_path("corpus", "protokoly", name))).passages
        right += _speaker_at(documents[name], line["quote"]) == line["speaker"]
    assert right / len(gold) >= 0.95, f"{right} of {len(gold)}"


def test_stenogram_pdf_speakers_match_the_reference_parse(stenogram) -> None:
    from corpus.labels import parse_label

    folder, meeting = stenogram
    speeches = ET.parse(next(folder.glob("*.first-speeches.xml"))).getroot().find("content").findall("speech")
    right = 0
    for speech in speeches:
        expected = parse_label(speech.get("speaker") + ":").name
        right += _speaker_at(meeting.passages, _squash(speech.find("utt").text)[:60]) == expected
    assert right / len(speeches) >= 0.95, f"{right} of {len(speeches)}"
