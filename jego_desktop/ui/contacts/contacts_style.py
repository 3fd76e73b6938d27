"""Style sheet rules of the Contacts page and its editor (on top of the window's)."""

from __future__ import annotations

from jego_desktop.ui.style import RADIUS, SPACING, Palette, focus_ring, scroll_bar_rules


def contacts_stylesheet(p: Palette) -> str:
    return (
        f"""
    QWidget#contactsList {{ background: {p.surface}; border-right: 1px solid {p.border}; }}
    QListView#contactList {{ background: transparent; border: none; outline: none; }}
    QLineEdit#searchField {{
        background: {p.window}; border: 1px solid {p.border}; border-radius: 15px;
        padding: 0 {SPACING}px; min-height: 30px; color: {p.text};
    }}
    QLineEdit#searchField:focus {{ border: 1px solid {p.accent}; }}
    QToolButton#headerAction {{ border: none; border-radius: 16px; padding: 5px; }}
    QToolButton#headerAction:hover {{ background: {p.hover}; }}
    QToolButton#headerAction::menu-indicator {{ image: none; }}
    QFrame#contactCard {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: {RADIUS}px;
    }}
    QFrame#contactCard QLabel {{ background: transparent; }}
    QLabel#fieldCaption {{ color: {p.muted}; font-size: 11px; }}
    QLabel#fieldValue {{ color: {p.text}; font-size: 14px; }}
    QToolButton#rowAction {{ border: none; border-radius: 16px; padding: 6px; }}
    QToolButton#rowAction:hover {{ background: {p.hover}; }}
    QPushButton#linkButton {{ color: {p.accent}; border: none; padding: 4px; }}
    QPushButton#dangerLink {{ color: {p.danger}; border: none; padding: 4px; }}
    QPushButton#linkButton:hover, QPushButton#dangerLink:hover {{ text-decoration: underline; }}
    QDialog#contactEditor {{ background: {p.window}; color: {p.text}; }}
    QDialog#contactEditor QLabel, QDialog#contactEditor QCheckBox {{ color: {p.text}; }}
    QDialog#contactEditor QLabel#dialMessage {{ color: {p.danger}; }}
    QDialog#contactEditor QLineEdit, QDialog#contactEditor QPlainTextEdit,
    QDialog#contactEditor QComboBox {{
        background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
        border-radius: 6px; padding: 4px 6px;
        selection-background-color: {p.accent}; selection-color: {p.accent_text};
    }}
    QDialog#contactEditor QLineEdit:focus, QDialog#contactEditor QPlainTextEdit:focus,
    QDialog#contactEditor QComboBox:focus {{ border: 1px solid {p.accent}; }}
    QDialog#contactEditor QPushButton#addNumber {{ color: {p.accent}; border: none; }}
    QListView#contactList:focus {{ border: 1px solid {p.accent}; border-radius: {RADIUS}px; }}
    QPushButton#linkButton:focus, QPushButton#dangerLink:focus {{
        text-decoration: underline; border: 1px solid {p.accent}; border-radius: 4px;
    }}
    """
        + focus_ring(p, "QToolButton#headerAction", "QToolButton#rowAction")
        + scroll_bar_rules(p, "QListView#contactList")
    )
