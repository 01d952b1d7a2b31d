"""Publication dates in any common written form -> YYYY-MM-DD."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$")
_SLASHED_YMD = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})(?:\s.*)?$")
_WRITTEN_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%Y%m%d")


def normalise_date(value: object) -> str | None:
    """The date as YYYY-MM-DD, or None when it cannot be read (never raises)."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    if not text:
        return None
    for pattern in (_ISO_PREFIX, _SLASHED_YMD):
        if match := pattern.match(text):
            return _valid(*(int(part) for part in match.groups()))
    for fmt in _WRITTEN_FORMATS:
        try:
            return datetime.strptime(text, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    try:  # RFC 822 dates, as in RSS: "Tue, 16 Aug 2022 10:00:00 GMT"
        return parsedate_to_datetime(text).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
