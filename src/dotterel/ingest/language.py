"""A cheap English detector: share of very common function words, and the script of the letters.

Good enough to turn away articles in another language; short texts are given the benefit of the doubt.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SAMPLE_CHARS = 4000
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

_SCRIPT_LANGUAGES = {
    "CYRILLIC": "Russian or another Cyrillic-script language",
    "ARABIC": "Arabic or another Arabic-script language",
    "CJK": "Chinese",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "HANGUL": "Korean",
    "GREEK": "Greek",
    "HEBREW": "Hebrew",
    "DEVANAGARI": "Hindi or another Devanagari-script language",
    "THAI": "Thai",
}


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
    shares = {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in FUNCTION_WORDS.items()}
    if shares["English"] >= _MIN_ENGLISH_SHARE:
        return None
    best = max(shares, key=lambda lang: shares[lang])
    distinct = len(set(words) & FUNCTION_WORDS[best])
    if best != "English" and shares[best] >= _MIN_FOREIGN_SHARE and distinct >= 3:
        return best
    if shares["English"] == 0 and len(words) >= _MIN_WORDS_UNKNOWN:
        return "an unknown language"
    return None  # few function words of any language: names, figures, headlines


def _dominant_foreign_script(sample: str) -> str | None:
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return None
    counts: dict[str, int] = {}
    for char in letters:
        name = unicodedata.name(char, "")
        script = next((s for s in _SCRIPT_LANGUAGES if name.startswith(s)), None)
        if script:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    script, count = max(counts.items(), key=lambda item: item[1])
    return _SCRIPT_LANGUAGES[script] if count / len(letters) > 0.5 else None
