"""Close spellings among many names, without comparing against every one of them.

``difflib.get_close_matches`` over the places data (tens of thousands of names) takes
about 0.2 s a word, so a file with thousands of unknown names took minutes (issue 11).
A trigram index first keeps the names that share enough three-letter pieces with the
word; difflib then ranks those few with its usual ratio. A name that difflib would call
close (ratio ≥ 0.75) shares most of its trigrams, so the filter loses nothing a reader
would want suggested.
"""

from __future__ import annotations

import difflib
from collections import Counter


def did_you_mean(word: str, choices) -> str | None:
    """The one choice spelled closest to ``word`` (difflib's ratio ≥ 0.6): for the few
    choices a key or a value has (a :class:`SpellingIndex` is for thousands of names)."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def _trigrams(text: str) -> set[str]:
    padded = f"  {text} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


class SpellingIndex:
    """Names indexed by their trigrams; :meth:`close` is ``get_close_matches`` on the likely ones."""

    def __init__(self, names):
        self.names = list(dict.fromkeys(names))
        self._postings: dict[str, list[int]] = {}
        for number, name in enumerate(self.names):
            for gram in _trigrams(name):
                self._postings.setdefault(gram, []).append(number)

    def close(self, word: str, n: int = 1, cutoff: float = 0.8) -> list[str]:
        grams = _trigrams(word)
        shared = Counter()
        for gram in grams:
            shared.update(self._postings.get(gram, ()))
        needed = max(1, len(grams) // 3)
        candidates = [self.names[number] for number, count in shared.items() if count >= needed]
        return difflib.get_close_matches(word, candidates, n=n, cutoff=cutoff)
