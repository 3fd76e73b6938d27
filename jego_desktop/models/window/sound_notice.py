"""The one notice for a sound problem, whoever finds it (the start-up check, the device
watcher, the sound bridge), in the language on screen when it is shown."""

from __future__ import annotations

from functools import reduce

from PySide6.QtCore import QCoreApplication

from jego_desktop.models.window.engine_texts import engine_text


def sound_notice(problem: str) -> str:
    """ "No sound: <the problem, translated>. Calls still connect, without audio." """
    if not problem:
        return ""
    reasons = reduce(
        lambda before, after: (
            QCoreApplication.translate("Notices", "%1; %2")
            .replace("%1", before)
            .replace("%2", after)
        ),
        _translated_parts(problem),
    )
    return (
        QCoreApplication.translate("Notices", "No sound: %s. Calls still connect, without audio.")
        % reasons
    )


def _translated_parts(problem: str) -> list[str]:
    """The reasons of a problem made of several joined with "; ", each translated. A reason
    may hold "; " itself ("… is not connected; using the system default (…)"), and a
    detail could swallow the next reason: of the ways to cut the text, the one with the
    most known reasons wins."""
    parts = problem.split("; ")
    # best[i]: (known reasons, -unknown parts, texts) for parts[i:]
    best: list[tuple[int, int, list[str]]] = [(0, 0, [])] * (len(parts) + 1)
    for start in range(len(parts) - 1, -1, -1):
        choices = []
        for end in range(start + 1, len(parts) + 1):
            joined = "; ".join(parts[start:end])
            translated = engine_text(joined)
            known = translated != joined
            if not known and end > start + 1:
                continue  # an unknown text is taken one part at a time
            known_after, unknown_after, texts = best[end]
            choices.append((known_after + known, unknown_after - (not known), [translated, *texts]))
        best[start] = max(choices, key=lambda choice: (choice[0], choice[1]))
    return best[0][2]
