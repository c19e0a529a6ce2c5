"""What kind of answer a question asks for, and which passages hold one."""

from __future__ import annotations

import pytest

from index.answer_type import expected_answer, holds
from index.ranking import ANSWER_TYPE_BONUS, ANSWER_WINDOW, with_expected_answer


@pytest.mark.parametrize(
    ("question", "answer", "other"),
    [
        (
            "Ile będzie kosztować hala sportowa?",
            "koszt inwestycji wyniesie 38 mln zł",
            "hala będzie gotowa w 2026 roku",
        ),
        ("How much does a stay at the day centre cost?", "Pobyt jest bezpłatny dla seniorów.", "Ośrodek ma 40 miejsc."),
        ("Скільки коштує квиток?", "Bilet kosztuje 3,40 zł.", "Bilety są w automatach."),
        ("Wie viel kostet der Umbau?", "Przebudowa pochłonie 1 200 tys. zł.", "Przebudowa ruszy wkrótce."),
        ("Kiedy skończy się remont stadionu?", "Remont potrwa do końca października.", "Remont kosztuje 9 mln zł."),
        ("When will the pool reopen?", "Basen zostanie otwarty w 2025 roku.", "Basen ma 25 metrów."),
        ("¿Cuándo empezará la obra?", "Prace ruszą wiosną.", "Prace wykona firma z Kielc."),
    ],
)
def test_a_question_for_a_sum_or_a_time_is_answered_by_text_holding_one(question: str, answer: str, other: str) -> None:
    expected = expected_answer(question)
    assert expected and holds(answer, expected) and not holds(other, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Wie viele Kindergartenplätze fehlten in diesem Jahr?",  # a count, not a price
        "How many people are waiting for a flat?",
        "Kto zaproponował zwiększenie środków?",
        "Co mówiła Pani Herun o praktykach?",
    ],
)
def test_other_questions_expect_nothing_in_particular(question: str) -> None:
    assert expected_answer(question) == [] and not holds("koszt wyniesie 38 mln zł w 2025 roku", [])


def test_the_closest_passages_holding_the_answer_rise_a_little() -> None:
    ranked = [(1, 0.90), (2, 0.895), (3, 0.80)] + [(10 + i, 0.70 - i / 100) for i in range(ANSWER_WINDOW)]
    beyond = ranked[ANSWER_WINDOW]
    raised = with_expected_answer(ranked, lambda pids: {2, 3, beyond[0]} & set(pids))
    assert [pid for pid, _ in raised[:3]] == [2, 1, 3]  # 0.895 + bonus passes 0.90; 0.80 stays third
    assert dict(raised)[2] == pytest.approx(0.895 + ANSWER_TYPE_BONUS)
    assert dict(raised)[beyond[0]] == beyond[1]  # beyond the window, as it was
    assert [score for _, score in raised] == sorted((score for _, score in raised), reverse=True)


@pytest.mark.parametrize(
    "text", ["Mieszkańcy mają problem z parkowaniem.", "Chodnik przy ul. Lipowej.", "Czerwony dach."]
)
def test_words_that_begin_like_a_month_are_no_time(text: str) -> None:
    assert not holds(text, expected_answer("Kiedy?"))
