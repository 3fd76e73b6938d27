"""One place for spacing and colours; follows the system's light or dark scheme."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication


@dataclass(frozen=True)
class Palette:
    window: str
    surface: str
    rail: str
    text: str
    muted: str
    accent: str
    accent_text: str
    warning_bg: str
    warning_text: str
    border: str


LIGHT = Palette(
    window="#f5f6f8",
    surface="#ffffff",
    rail="#eef1f5",
    text="#1f2937",
    muted="#6b7280",
    accent="#2563eb",
    accent_text="#ffffff",
    warning_bg="#fef3c7",
    warning_text="#92400e",
    border="#e5e7eb",
)
DARK = Palette(
    window="#17191d",
    surface="#1f2228",
    rail="#23262d",
    text="#e5e7eb",
    muted="#9ca3af",
    accent="#3b82f6",
    accent_text="#ffffff",
    warning_bg="#3b2f12",
    warning_text="#fcd34d",
    border="#2f333b",
)

SPACING = 8
RADIUS = 10


def current_palette() -> Palette:
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def ink(palette: Palette) -> QColor:
    return QColor(palette.text)


def stylesheet(p: Palette) -> str:
    return f"""
    QMainWindow, QWidget#page {{ background: {p.window}; color: {p.text}; }}
    QWidget#rail {{ background: {p.rail}; border-right: 1px solid {p.border}; }}
    QToolButton#railButton {{
        border: none; border-radius: {RADIUS}px; padding: 6px 4px; color: {p.muted};
        font-size: 11px;
    }}
    QToolButton#railButton:checked {{ background: {p.surface}; color: {p.accent}; }}
    QToolButton#railButton:hover {{ background: {p.surface}; }}
    QToolButton#railButton:focus {{ border: 1px solid {p.accent}; }}
    QLabel#pageTitle {{ font-size: 20px; font-weight: 600; color: {p.text}; }}
    QLabel#emptyTitle {{ font-size: 16px; font-weight: 600; color: {p.text}; }}
    QLabel#emptyHint {{ color: {p.muted}; }}
    QLabel#accountState {{ color: {p.muted}; padding: 0 {SPACING}px; }}
    QFrame#notice {{
        background: {p.warning_bg}; border-radius: {RADIUS}px;
    }}
    QFrame#notice QLabel {{ color: {p.warning_text}; }}
    QWidget#topBar {{ background: {p.surface}; border-bottom: 1px solid {p.border}; }}
    """
