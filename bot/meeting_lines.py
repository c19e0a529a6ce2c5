"""The lines that list the meetings of the record and describe one: the same in every front end
(Telegram lays them out as HTML, the console prints them)."""

from __future__ import annotations

from typing import Any

from bot.i18n import t


def meetings_lines(rows: list[dict[str, Any]], language: str) -> list[str]:
    """ "Meetings in the record:" and a line per meeting: number · date · committee."""
    return [t("meetings_header", language)] + [
        f"• {row['number'] or '?'} · {row['date'] or '?'} · {row['committee'] or row['body'] or ''}" for row in rows
    ]


def meeting_lines(row: dict[str, Any], language: str) -> list[str]:
    """One meeting: its title, chair, who was absent, agenda and minute-taker."""
    lines = [f"{row['committee'] or row['body'] or ''} · nr {row['number']} · {row['date'] or '?'}"]
    if row["chair"]:
        lines.append(f"{t('chair', language)}: {row['chair']}")
    lines.append(f"{t('absent', language)}: {', '.join(row['absent']) or t('nobody', language)}")
    if row["agenda"]:
        lines.append(f"{t('agenda', language)}:")
        lines += [f"{i}. {item}" for i, item in enumerate(row["agenda"], start=1)]
    if row["minute_taker"]:
        lines.append(f"{t('minute_taker', language)}: {row['minute_taker']}")
    return lines
