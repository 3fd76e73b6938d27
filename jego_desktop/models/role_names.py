"""Qt role names from a model's role enum (for QML, accessibility tools, qtmodeltester)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QByteArray


def role_names(base: dict[int, QByteArray], roles: type[enum.IntEnum]) -> dict[int, QByteArray]:
    """`base` (Qt's own names) plus each role under its enum name in lower case."""
    names = dict(base)
    names.update({int(role): QByteArray(role.name.lower().encode()) for role in roles})
    return names
