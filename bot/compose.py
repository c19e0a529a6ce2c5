"""The one answer composer: what every front end shows for an answer, in the user's language.

Front ends only lay it out (terminal text, Telegram HTML); the words are chosen here.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import t
from index.search import Answer

# Longer messages are not questions; every front end refuses them with the same limit.
MAX_QUESTION_CHARS = 1000
# Below this attribution confidence the speaker is shown as uncertain: a wrong name is
# worse than none.
SURE_SPEAKER = 0.7


@dataclass(frozen=True)
class Composed:
    where: str  # committee · meeting number · date
    place: str  # agenda item · page, where known
    speaker: str  # who, or that it is uncertain
    speaker_known: bool
    quote: str  # verbatim, "…" where cut
    passage: str  # the whole passage, or "" when the quote is all of it
    passage_label: str


def compose(answer: Answer, language: str) -> Composed:
    where = " · ".join(
        p for p in (answer.committee, f"nr {answer.meeting}" if answer.meeting else "", answer.date) if p
    )
    place = " · ".join(
        p
        for p in (
            f"{t('agenda_item', language)} {answer.agenda_item}" if answer.agenda_item else "",
            f"{t('page', language)} {answer.page}" if answer.page else "",
        )
        if p
    )
    if answer.speaker:
        who = f"{answer.speaker}, {answer.role}" if answer.role else answer.speaker
        if (answer.speaker_confidence or 0) < SURE_SPEAKER:
            who = f"{t('probably', language)}: {who} ({t('speaker_uncertain', language)})"
    elif answer.narration:
        who = t("narration", language)
    elif answer.role:
        # "Głos z sali:", "Mieszkaniec ulicy Długiej:": who spoke is known by office or place alone.
        who = f"{answer.role} ({t('name_not_recorded', language)})"
    else:
        who = t("speaker_uncertain", language)
    passage = answer.passage if answer.passage.strip() != answer.quote.strip("… ").strip() else ""
    return Composed(where, place, who, bool(answer.speaker), answer.quote, passage, t("passage", language))
