"""Speaker labels of verbatim transcripts: "Poseł Jan Kowalski (PSL):" → role, name, party."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.names import find_names

# Words that open a speaker label in Polish parliamentary and council transcripts.
ROLE_WORDS = {
    "poseł",
    "posłanka",
    "marszałek",
    "wicemarszałek",
    "senator",
    "sekretarz",
    "podsekretarz",
    "minister",
    "wiceminister",
    "prezes",
    "wiceprezes",
    "przewodniczący",
    "przewodnicząca",
    "wiceprzewodniczący",
    "wiceprzewodnicząca",
    "ekspert",
    "przedstawiciel",
    "przedstawicielka",
    "rzecznik",
    "zastępca",
    "szef",
    "prokurator",
    "członek",
    "prezydent",
    "wiceprezydent",
    "pierwszy",
    "radny",
    "radna",
    "burmistrz",
    "wójt",
    "starosta",
    "skarbnik",
    "dyrektor",
    "kierownik",
    "naczelnik",
    "sprawozdawca",
    "głos",
    "pani",
    "pan",
    "mecenas",
    "prof.",
    "dr",
}
_PARTY = re.compile(r"\s*\(([^()]{1,60})\)\s*$")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[a-ząćęłńóśźż]")
_MAX_LABEL_WORDS = 16


@dataclass
class SpeakerLabel:
    raw: str
    name: str | None
    role: str | None
    party: str | None


def looks_like_label(text: str, bold: bool = False) -> bool:
    """A line that names who speaks next ("Marszałek:", "Poseł Anna Nowak (KO):")."""
    text = text.strip()
    if not text.endswith(":") or len(text) > 200 or text.startswith("("):
        return False
    body = text[:-1].strip()
    words = body.split()
    if not words or len(words) > _MAX_LABEL_WORDS or _SENTENCE_INSIDE.search(body):
        return False
    if bold:
        return True
    if words[0].lower().strip(",") in ROLE_WORDS:
        return True
    capitalised = [w for w in _PARTY.sub("", body).split() if w[:1].isupper()]
    return len(capitalised) >= 2 and len(capitalised) >= 0.6 * len(words)


def parse_label(raw: str) -> SpeakerLabel:
    text = raw.strip().rstrip(":").strip()
    party = None
    if match := _PARTY.search(text):
        party = match.group(1).strip()
        text = text[: match.start()].strip()
    names = find_names(text)
    if not names:
        return SpeakerLabel(raw, None, text or None, party)
    last = names[-1]
    role = (text[: last.start] + text[last.end :]).strip(" ,")
    return SpeakerLabel(raw, last.name, role or None, party)
