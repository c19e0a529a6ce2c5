"""Joining text that layout broke apart: hyphenated line ends, wrapped lines, page breaks."""

from __future__ import annotations

import re

from corpus.document import Paragraph

# A paragraph that ends on one of these has ended its sentence (or is a label/heading).
_TERMINAL = tuple('.!?…:;)"”»')
_LETTER_HYPHEN_END = re.compile(r"[^\W\d_]-$")
# Below this length a paragraph without final punctuation is more likely a heading
# than a body paragraph that a page break cut; only body paragraphs are joined to a
# following capitalised one.
_BODY_PARAGRAPH_MIN_CHARS = 150


def join_lines(left: str, right: str) -> str:
    """Join two lines of one paragraph, undoing end-of-line hyphenation."""
    left = left.rstrip()
    right = right.lstrip()
    if not left:
        return right
    if not right:
        return left
    if _LETTER_HYPHEN_END.search(left):
        # Polish typesetting repeats the hyphen of a compound word on the next line.
        if right.startswith("-"):
            return left + right[1:]
        if right[0].islower():
            return left[:-1] + right
        return left + right
    return f"{left} {right}"


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


def continues(previous: str, following: str) -> bool:
    """Whether ``following`` is the rest of a sentence that ``previous`` left open."""
    previous = previous.rstrip()
    following = following.lstrip()
    if not previous or not following or ends_sentence(previous):
        return False
    if _LETTER_HYPHEN_END.search(previous):
        return True
    first = following[0]
    if first.islower():
        return True
    return first.isalpha() and len(previous) >= _BODY_PARAGRAPH_MIN_CHARS and previous[-1].isalpha()


def join_broken_paragraphs(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Rejoin paragraphs that a page break or a blank line split mid-sentence.

    The joined paragraph keeps the page where it starts.
    """
    joined: list[Paragraph] = []
    for paragraph in paragraphs:
        if joined and not paragraph.bold and not joined[-1].bold and continues(joined[-1].text, paragraph.text):
            joined[-1].text = join_lines(joined[-1].text, paragraph.text)
        else:
            joined.append(Paragraph(paragraph.text, paragraph.page, paragraph.bold))
    return joined


_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def normalize_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
