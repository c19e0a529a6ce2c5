"""The structured record: a meeting, its passages and the speaker spans that partition them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Span:
    start: int
    end: int
    speaker: str | None = None
    role: str | None = None
    # How sure the attribution is, 0–1; None where nobody is attributed.
    confidence: float | None = None
    # Nobody's words: the record's own narration ("Posiedzenie trwało…", "(Oklaski)"), as
    # against words somebody said whom the record does not let us name.
    narration: bool = False


@dataclass
class Passage:
    text: str
    page: int | None = None
    agenda_item: str | None = None
    # Verbatim transcripts: the "Poseł Jan Kowalski:" line as printed, for attribution.
    speaker_label: str | None = None
    spans: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.spans:
            self.spans = [Span(0, len(self.text))]


@dataclass
class MeetingPerson:
    """Someone named in a meeting: nominative name, roles and the forms the record used."""

    name: str
    roles: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)


@dataclass
class Meeting:
    style: str  # "protocol" (reported speech) or "transcript" (verbatim)
    number: str | None = None
    date: str | None = None
    committee: str | None = None
    body: str | None = None
    chair: str | None = None
    absent: list[str] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    minute_taker: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    passages: list[Passage] = field(default_factory=list)
    people: list[MeetingPerson] = field(default_factory=list)
