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
    hover: str  # a row or key under the pointer
    success: str  # answer, call
    danger: str  # hang up, decline, missed calls
    on_colour: str  # text and icons on success/danger buttons


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
    hover="#eef1f5",
    success="#16a34a",
    danger="#dc2626",
    on_colour="#ffffff",
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
    hover="#2a2e36",
    success="#22c55e",
    danger="#ef4444",
    on_colour="#ffffff",
)

SPACING = 8
RADIUS = 10
KEY_SIZE = 64  # dial pad keys and round call buttons
AVATAR_SIZE = 88


def current_palette() -> Palette:
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def ink(palette: Palette) -> QColor:
    return QColor(palette.text)


def faded(palette: Palette) -> QColor:
    """Icons of disabled buttons: the muted colour halfway to the window's."""
    muted, window = QColor(palette.muted), QColor(palette.window)
    return QColor(
        (muted.red() + window.red()) // 2,
        (muted.green() + window.green()) // 2,
        (muted.blue() + window.blue()) // 2,
    )


def focus_ring(p: Palette, *selectors: str, colour: str = "") -> str:
    """A 2 px ring on each of `selectors` while it has the keyboard focus: a flat button
    (`border: none`) shows nothing otherwise, and a keyboard user loses their place."""
    focused = ", ".join(f"{selector}:focus" for selector in selectors)
    return f"{focused} {{ border: 2px solid {colour or p.accent}; }}\n"


def scroll_bar_rules(p: Palette, scope: str) -> str:
    """Style sheet rules for a thin vertical scroll bar, rounded handle and no arrows, in the
    widgets `scope` selects (Fusion's own bar looks out of place next to the app's lists)."""
    bar = f"{scope} QScrollBar"
    return f"""
    {bar}:vertical {{ background: transparent; width: 10px; margin: 0; }}
    {bar}::handle:vertical {{
        background: {p.border}; border-radius: 4px; min-height: 32px; margin: 2px;
    }}
    {bar}::handle:vertical:hover {{ background: {p.muted}; }}
    {bar}::add-line:vertical, {bar}::sub-line:vertical {{ height: 0; }}
    {bar}::add-page:vertical, {bar}::sub-page:vertical {{ background: none; }}
    """


def stylesheet(p: Palette) -> str:
    return (
        f"""
    QMainWindow, QWidget#page {{ background: {p.window}; color: {p.text}; }}
    QWidget#rail {{ background: {p.rail}; border-right: 1px solid {p.border}; }}
    QToolButton#railButton {{
        border: none; border-radius: {RADIUS}px; padding: 6px 4px; color: {p.muted};
        font-size: 11px;
    }}
    QToolButton#railButton:checked {{ background: {p.surface}; color: {p.accent}; }}
    QToolButton#railButton:hover {{ background: {p.surface}; }}
    QToolButton#railButton:focus {{ border: 1px solid {p.accent}; }}
    QToolButton#railStatus {{
        border: none; border-radius: {RADIUS}px; padding: 4px 2px; color: {p.text};
        font-size: 11px;
    }}
    QToolButton#railStatus:hover, QToolButton#railStatus:focus {{ background: {p.surface}; }}
    QToolButton#railStatus::menu-indicator {{ image: none; width: 0; }}
    QMenu#myStatusMenu {{
        background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
        border-radius: {RADIUS}px; padding: 4px;
    }}
    QMenu#myStatusMenu::item {{ padding: 6px 16px 6px 8px; border-radius: 4px; }}
    QMenu#myStatusMenu::item:selected {{ background: {p.hover}; }}
    QMenu#myStatusMenu::item:checked {{ font-weight: 600; }}
    QMenu#myStatusMenu::indicator {{ width: 0; }}
    QMenu#myStatusMenu::icon {{ padding-left: 8px; }}
    QLabel#pageTitle {{ font-size: 20px; font-weight: 600; color: {p.text}; }}
    QLabel#emptyTitle {{ font-size: 16px; font-weight: 600; color: {p.text}; }}
    QLabel#emptyHint {{ color: {p.muted}; }}
    QLabel#accountState {{ color: {p.muted}; padding: 0 {SPACING}px; }}
    QFrame#notice {{
        background: {p.warning_bg}; border-radius: {RADIUS}px;
    }}
    QFrame#notice QLabel {{ color: {p.warning_text}; }}
    QWidget#topBar {{ background: {p.surface}; border-bottom: 1px solid {p.border}; }}
    QPushButton#bindNumberButton {{
        background: {p.accent}; color: {p.accent_text}; border: 1px solid {p.accent};
        border-radius: 6px; padding: 0 {SPACING * 2}px; font-weight: 600;
    }}
    QPushButton#bindNumberButton:focus {{ border: 2px solid {p.text}; }}
    QToolButton#windowMenuButton {{ border: none; border-radius: 6px; }}
    QToolButton#windowMenuButton:hover, QToolButton#windowMenuButton:focus {{
        background: {p.hover};
    }}
    QToolButton#windowMenuButton::menu-indicator {{ image: none; width: 0; }}
    QMenu#windowMenu {{
        background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
        border-radius: {RADIUS}px; padding: 4px;
    }}
    QMenu#windowMenu::item {{ padding: 6px 16px 6px 8px; border-radius: 4px; }}
    QMenu#windowMenu::item:selected {{ background: {p.hover}; }}
    QMenu#windowMenu::icon {{ padding-left: 8px; }}
    QMenu#windowMenu::separator {{ height: 1px; background: {p.border}; margin: 4px 8px; }}
    QScrollArea#pageScroller {{ background: transparent; }}
    """
        + scroll_bar_rules(p, "QScrollArea#pageScroller")
        + call_stylesheet(p)
    )


def call_stylesheet(p: Palette) -> str:
    """The dial pad, the history and the call windows (these are top-level windows too)."""
    round_big = KEY_SIZE // 2
    return f"""
    QDialog#incomingCall, QWidget#inCallWindow {{ background: {p.window}; color: {p.text}; }}
    QLineEdit#dialEntry {{
        border: none; border-bottom: 2px solid {p.border}; background: transparent;
        font-size: 26px; padding: 4px {SPACING}px; color: {p.text};
        selection-background-color: {p.accent}; selection-color: {p.accent_text};
    }}
    QLineEdit#dialEntry:focus {{ border-bottom: 2px solid {p.accent}; }}
    QLabel#dialMessage {{ color: {p.danger}; }}
    QPushButton#dialKey {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: {round_big}px;
        color: {p.text};
    }}
    QPushButton#dialKey:hover {{ background: {p.hover}; }}
    QPushButton#dialKey:pressed {{ background: {p.border}; }}
    QPushButton#dialKey:focus {{ border: 2px solid {p.accent}; }}
    QLabel#keyDigit {{ font-size: 22px; color: {p.text}; background: transparent; }}
    QLabel#keyLetters {{
        font-size: 9px; letter-spacing: 1px; color: {p.muted}; background: transparent;
    }}
    QToolButton#roundAction, QToolButton#callAction {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: {round_big}px;
    }}
    QToolButton#roundAction:hover, QToolButton#callAction:hover {{ background: {p.hover}; }}
    QToolButton#roundAction:focus, QToolButton#callAction:focus {{
        border: 2px solid {p.accent};
    }}
    QToolButton#callAction:checked {{ background: {p.accent}; border-color: {p.accent}; }}
    QToolButton#roundAction:disabled, QToolButton#callAction:disabled {{
        background: transparent;
    }}
    QToolButton#callButton, QToolButton#answerButton {{
        background: {p.success}; border: none; border-radius: {round_big}px;
    }}
    QToolButton#hangupButton, QToolButton#declineButton {{
        background: {p.danger}; border: none; border-radius: {round_big}px;
    }}
    QToolButton#callButton:disabled {{ background: {p.border}; }}
    QToolButton#callButton:focus, QToolButton#answerButton:focus,
    QToolButton#hangupButton:focus, QToolButton#declineButton:focus {{
        border: 2px solid {p.text};
    }}
    QToolButton#hangupButton[ended="true"] {{ background: {p.muted}; }}
    QToolButton#detailsButton {{
        border: none; background: transparent; color: {p.accent}; padding: 2px 4px;
    }}
    QToolButton#detailsButton:hover, QToolButton#detailsButton:checked {{
        text-decoration: underline;
    }}
    QToolButton#detailsButton:focus {{
        border: 1px solid {p.accent}; border-radius: 4px;
    }}
    QLabel#actionCaption {{ color: {p.muted}; font-size: 11px; }}
    QLabel#callPeer {{ font-size: 22px; font-weight: 600; color: {p.text}; }}
    QLabel#callNumber {{ color: {p.muted}; font-size: 14px; }}
    QLabel#callStatus {{ color: {p.text}; font-size: 14px; }}
    QLabel#callStats {{ color: {p.muted}; font-size: 11px; }}
    QLabel#avatar {{
        background: {p.accent}; color: {p.accent_text}; border-radius: {AVATAR_SIZE // 2}px;
        font-size: 30px; font-weight: 600;
    }}
    QListView#history {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: {RADIUS}px;
        outline: none;
    }}
    QListView#history:focus {{ border: 1px solid {p.accent}; }}
    """
