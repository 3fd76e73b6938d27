"""The one notice for a sound problem, whoever finds it (the start-up check, the device
watcher, the sound bridge), in the language on screen when it is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jego_desktop.models.window.engine_texts import engine_text


def sound_notice(problem: str) -> str:
    """ "No sound: <the problem, translated>. Calls still connect, without audio." """
    if not problem:
        return ""
    reasons = "; ".join(engine_text(part) for part in problem.split("; "))
    return (
        QCoreApplication.translate("Notices", "No sound: %s. Calls still connect, without audio.")
        % reasons
    )
