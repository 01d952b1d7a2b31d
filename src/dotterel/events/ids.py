"""Stable event ids: the same article coded twice gives the same ids."""

from __future__ import annotations

import hashlib


def event_id(doc_id: str, sequence: int, trigger_start: int, trigger_end: int, category: str) -> str:
    """A 16-hex-digit hash of where the trigger is and what it was coded as."""
    key = f"{doc_id}\x1f{sequence}\x1f{trigger_start}\x1f{trigger_end}\x1f{category}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
