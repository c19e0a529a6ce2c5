"""What a question is about once its frame is set aside: the topic of "what did X say about …",
and whether it asks who asked."""

from __future__ import annotations

import pytest

from index.question_frame import asks_about_agenda, asks_about_asking, asks_anything, topic_of, without_markup


def test_the_topic_of_a_question_about_what_somebody_said() -> None:
    def herun(word: str) -> bool:
        return word.lower() in {"herun", "герун"}

    assert topic_of("What did Ms Herun say about internships?", herun) == "internships"
    assert topic_of("Що казала пані Герун про стажування?", herun) == "стажування"
    assert topic_of("Co mówiła Pani Herun o kursach języka polskiego?", herun) == "kursach języka polskiego"
    assert topic_of("What did Ms Herun say?", herun) == ""


@pytest.mark.parametrize(
    ("question", "about_asking"),
    [
        ("Who asked about the costs?", True),
        ("Kto zapytał, skąd pochodzą środki?", True),
        ("Хто питав про кошти?", True),
        ("Кто спросил о деньгах?", True),
        ("Wer fragte nach den Kosten?", True),
        ("¿Quién preguntó por los costes?", True),
        ("Kto zwrócił uwagę na brak chodnika?", True),
        ("Who raised the issue of the pavement?", True),
        ("Хто звернув увагу на тротуар?", True),
        ("Wer hat den Gehweg angesprochen?", True),
        ("Skąd pochodzą środki?", False),
        ("When will the pavement be built?", False),
        ("Did the council raise parking fees?", False),
        ("Jak poruszać się po mieście komunikacją?", False),
        # "питання", "вопрос", "question" also name an issue
        ("Що вирішила комісія з питань освіти?", False),
        ("Что решила комиссия по вопросам бюджета?", False),
        ("What was decided on the question of funding?", False),
    ],
)
def test_questions_about_who_asked_what(question: str, about_asking: bool) -> None:
    assert asks_about_asking(question) == about_asking


def test_markup_is_no_part_of_a_question() -> None:
    assert without_markup("<b>Kto</b> prowadził&nbsp;posiedzenie?&#160;") == "Kto prowadził posiedzenie?"
    # a lone "<" or ">" is text: "ile < 5"
    assert without_markup("czy koszt był < 5 mln?") == "czy koszt był < 5 mln?"


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("12345", False),
        ("👍 :)", False),
        ("?", False),
        ("ok", False),
        ("co?", False),
        ("Wie?", True),
        ("koszt", True),
        ("Що?", False),
        ("Коли?", True),
        ("地铁", False),
        ("地铁站", True),
    ],
)
def test_a_message_asks_something_when_it_holds_a_word(message: str, asks: bool) -> None:
    assert asks_anything(message) == asks


@pytest.mark.parametrize(
    ("question", "about_agenda"),
    [
        ("Jaki był porządek obrad posiedzenia 23/2022?", True),
        ("What was on the agenda of the transport committee?", True),
        ("Що було в порядку денному засідання?", True),
        ("Какая была повестка дня?", True),
        ("Was stand auf der Tagesordnung?", True),
        ("¿Cuál fue el orden del día?", True),
        ("Ile pieniędzy zaplanowano na dotacje do remontów zabytków?", False),
        ("What did the committee decide about cluster fees?", False),
        ("Co omawiano na posiedzeniu komisji w czerwcu?", True),
        ("What was discussed at the Opole education committee?", True),
        ("Was wurde im Juni 2024 in Wołomin besprochen?", True),
        ("¿De qué se habló en la comisión de transporte?", True),
        ("Що обговорювали на комісії?", True),
        ("О чём говорили на заседании комиссии?", True),
        # a topic the committee will take up is content, not what a meeting dealt with
        ("When will the committee discuss international cooperation again?", False),
        ("Когда комиссия снова обсудит международное экономическое сотрудничество?", False),
    ],
)
def test_questions_about_the_agenda(question: str, about_agenda: bool) -> None:
    """Those are answered by a meeting's agenda as listed."""
    assert asks_about_agenda(question) is about_agenda
