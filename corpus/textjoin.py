"""Joining text that layout broke apart: hyphenated line ends, wrapped lines, page breaks."""

from __future__ import annotations

import re
import unicodedata

from corpus.document import Paragraph

# A paragraph that ends on one of these has ended its sentence (or is a label/heading).
_TERMINAL = tuple('.!?…:;)"”»')
_LETTER_HYPHEN_END = re.compile(r"[^\W\d_]-$")
# Below this length a paragraph without final punctuation is more likely a heading
# than a body paragraph that a page break cut; only body paragraphs are joined to a
# following capitalised one.
_BODY_PARAGRAPH_MIN_CHARS = 150
# A listed point's line: a number, letter or bullet first ("1. …", "a) …", "- …").
LISTED_POINT = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z]\)|[-•*–])\s", re.M)
# "[00:12:33]", "00:12:33", "(1:02:10)" opening a line: where a recording's transcript marks
# who speaks when. Such a line is no sentence cut by the layout.
TIMESTAMP = re.compile(r"^\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+")


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


def timed_label_line(text: str) -> bool:
    """ "00:03:05 Radny Piotr Maj": who speaks from that time on, alone on its line (with a
    colon the speech may follow on the same line, and a wrapped line continue it)."""
    timed = TIMESTAMP.match(text)
    return bool(timed) and ":" not in text[timed.end() :]


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


def continues(previous: str, following: str) -> bool:
    """Whether ``following`` is the rest of a sentence that ``previous`` left open."""
    previous = previous.rstrip()
    following = following.lstrip()
    if not previous or not following or ends_sentence(previous):
        return False
    if TIMESTAMP.match(previous) or TIMESTAMP.match(following):
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


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_spaces(text: str) -> str:
    # A letter and its accent as two characters ("a" and U+0328, as some PDFs and Mac files
    # write "ą") is one letter to the dictionary only when composed.
    text = unicodedata.normalize("NFC", _LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text))
    text = _HYPHEN.sub("-", _SYMBOL_FONT.sub("•", _INVISIBLE.sub("", text)))
    return _SPACES.sub(" ", text).strip()


# Soft hyphens, zero-width spaces and joiners, byte-order marks: Word and PDFs keep them inside
# words ("i\xadłącznik"), where they split the word for lemmas and for finding quotes.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Word's non-breaking hyphen and the typographic one, as PDFs keep them: in "Kowalska‑Nowak" the
# name was no double-barrelled name, its speaker unread and never found by that name.
_HYPHEN = re.compile("[\u2010\u2011]")
# Typeset ligatures that some PDFs keep as one character ("ﬁnanse", "proﬁl"): no lemma or
# search finds the word until its letters are two again.
_LIGATURE = re.compile("[\ufb00-\ufb06]")
# Word's bullets drawn from the Symbol and Wingdings fonts come out of PDFs as private-use
# characters ("\uf0b7 radna Anna Kot – pytała …"): a bullet, quoted as one.
_SYMBOL_FONT = re.compile("[\ue000-\uf8ff]")


# A lead in bold that names who speaks: a few capitalised words ("Radna Ewa Kot", "Dyrektor
# Wydziału Kultury Anna Lis") and the small words an office may have between them.
_LEAD_WORDS = 10
_SMALL_WORDS = {"ds.", "i", "w", "z", "ze", "do", "na", "–", "-"}


def names_in_a_lead(lead: str, rest: str) -> bool:
    """Whether bold words opening a paragraph or line, before plain ones, name who speaks the
    rest, as stenograms set them ("**Radna Ewa Kot** Ile kosztował festiwal?"). Not a lead
    with its colon ("**Radna Ewa Kot:** …", a label as it is), a point's number ("**Ad. 1.**
    …"), or bold words a sentence goes on from ("**Ważne** jest, aby …")."""
    words = lead.split()
    if not 2 <= len(words) <= _LEAD_WORDS or not (words[-1].isalpha() and words[-1][:1].isupper()):
        return False  # a name ends it ("… Anna Lis"), not a colon, a dash or a number
    if any(not (w[:1].isupper() or w in _SMALL_WORDS) or any(c.isdigit() for c in w) for w in words):
        return False
    rest = rest.lstrip()
    return rest[:1].isupper() or rest[:1] in '„"'
