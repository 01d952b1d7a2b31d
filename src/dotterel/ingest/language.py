"""A cheap English detector: share of very common function words, and the script of the letters.

Good enough to turn away articles in another language; short texts are given the benefit of the doubt.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NON_LATIN = re.compile(r"[^\W\d_\u0000-\u036f]")  # letters beyond Latin and its diacritics
_SAMPLE_CHARS = 1500  # a couple of hundred words
_MIN_WORDS = 12  # below this, a function-word share says too little
_MIN_ENGLISH_SHARE = 0.12  # English news prose is typically 30-45% function words of this list
_MIN_FOREIGN_SHARE = 0.12
_MIN_WORDS_UNKNOWN = 30  # a long text with not one English function word

def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# A few dozen of the most frequent function words per language, written out by hand.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "English": _words(
        "the of and to in is was that for on with as by at from it he she they his her its their this"
        " which have has had are were be been not but or an will would said who after also than"
    ),
    "French": _words(
        "le la les des du et est une un dans pour que qui sur au aux pas par avec ce cette sont il elle"
        " ont été mais ou leur plus"
    ),
    "Spanish": _words(
        "el la los las del y es una un en por que con para se su sus al lo como pero más fue ha han"
        " este esta son"
    ),
    "German": _words(
        "der die das und ist nicht ein eine einen dem den des mit von zu auf für im sich auch wird"
        " wurde sind hat haben bei"
    ),
    "Italian": _words(
        "il lo la gli le di che è e per una un del della nel con non sono si ha al alla più anche"
        " dei"
    ),
    "Portuguese": _words(
        "o os as do da dos das e é um uma em no na para com não que se por mais foi são ao pelo pela"
    ),
    "Dutch": _words(
        "de het een en van is dat op te in zijn niet met voor er maar ook aan worden werd door"
    ),
}

# Unicode blocks of scripts other than Latin, with the language(s) a news text in them is likely in.
_SCRIPT_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Russian or another Cyrillic-script language"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic or another Arabic-script language"),
    (0x0750, 0x077F, "Arabic or another Arabic-script language"),
    (0x0900, 0x097F, "Hindi or another Devanagari-script language"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x1100, 0x11FF, "Korean"),
    (0x3040, 0x30FF, "Japanese"),
    (0x4E00, 0x9FFF, "Chinese"),
    (0xAC00, 0xD7AF, "Korean"),
)


def guess_non_english(text: str) -> str | None:
    """None when the text looks English (or is too short to tell); otherwise the language it looks like."""
    sample = text[:_SAMPLE_CHARS]
    script = _dominant_foreign_script(sample)
    if script:
        return script
    # Acronyms ("UN", "DE") are left out: they look like function words of other languages.
    words = [w.casefold() for w in _WORD.findall(sample) if not (w.isupper() and len(w) > 1)]
    if len(words) < _MIN_WORDS:
        return None
    counts = Counter(words)
    shares = {lang: sum(counts[w] for w in vocab) / len(words) for lang, vocab in FUNCTION_WORDS.items()}
    if shares["English"] >= _MIN_ENGLISH_SHARE:
        return None
    best = max(shares, key=lambda lang: shares[lang])
    distinct = len(counts.keys() & FUNCTION_WORDS[best])
    if best != "English" and shares[best] >= _MIN_FOREIGN_SHARE and distinct >= 3:
        return best
    if shares["English"] == 0 and len(words) >= _MIN_WORDS_UNKNOWN:
        return "an unknown language"
    return None  # few function words of any language: names, figures, headlines


def _dominant_foreign_script(sample: str) -> str | None:
    if sample.isascii():
        return None  # the quick, common case
    foreign = _NON_LATIN.findall(sample)
    letters = sum(1 for c in sample if c.isalpha()) if len(foreign) * 3 > len(sample) else 0
    if len(foreign) <= letters / 2 or not letters:
        return None
    counts: dict[str, int] = {}
    for char in foreign:
        code = ord(char)
        script = next((name for low, high, name in _SCRIPT_BLOCKS if low <= code <= high), None)
        if script:
            counts[script] = counts.get(script, 0) + 1
    if counts.get("Japanese", 0) > letters / 10:  # Japanese mixes kana with Chinese characters
        counts["Japanese"] += counts.pop("Chinese", 0)
    if not counts:
        return None
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count > letters / 2 else None
