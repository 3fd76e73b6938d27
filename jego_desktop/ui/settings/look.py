"""The settings view's part of the stylesheet (cards, section list, hints, errors)."""

from __future__ import annotations

from jego_desktop.ui.resources import resources_dir
from jego_desktop.ui.style import RADIUS, SPACING, Palette, scroll_bar_rules


def _in_cards(selector: str) -> str:
    """The selector, also inside cards and the wizard (where labels get the text colour)."""
    return f"{selector}, QFrame#settingsCard {selector}, QWizard {selector}"


def settings_stylesheet(p: Palette) -> str:
    chevron = (resources_dir() / "icons" / "chevron_down.svg").as_posix()
    return (
        f"""
    QWidget#settingsPage, QWidget#settingsBody, QScrollArea#settingsSection {{
        background: {p.window}; color: {p.text};
    }}
    QListWidget#settingsSections {{
        background: {p.surface}; border: none; border-right: 1px solid {p.border};
        outline: none; padding: {SPACING}px;
    }}
    QListWidget#settingsSections::item {{
        padding: {SPACING}px {SPACING * 1.5}px; border-radius: {RADIUS - 2}px; color: {p.text};
        margin-bottom: 2px;
    }}
    QListWidget#settingsSections::item:hover {{ background: {p.hover}; }}
    QListWidget#settingsSections::item:selected {{
        background: {p.accent}; color: {p.accent_text};
    }}
    QFrame#settingsCard QLabel, QWizard QLabel {{ background: transparent; color: {p.text}; }}
    QLabel#sectionTitle {{ font-size: 20px; font-weight: 600; color: {p.text}; }}
    QFrame#settingsCard {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: {RADIUS}px;
    }}
    QLabel#cardTitle {{ font-size: 14px; font-weight: 600; color: {p.text}; }}
    {_in_cards("QLabel#settingsHint")} {{ color: {p.muted}; }}
    {_in_cards("QLabel#fieldError")} {{ color: {p.danger}; }}
    {_in_cards("QLabel#testSuccess")} {{ color: {p.success}; font-weight: 600; }}
    {_in_cards("QLabel#testFailure")} {{ color: {p.danger}; font-weight: 600; }}
    QLineEdit, QComboBox, QSpinBox {{
        background: {p.window}; color: {p.text}; border: 1px solid {p.border};
        border-radius: 6px; padding: 5px {SPACING}px; min-height: 20px;
    }}
    QSpinBox QLineEdit {{
        border: none; padding: 0 {SPACING}px; min-height: 0; background: transparent;
    }}
    /* a styled spin box without its buttons leaves its text field 1 px wide otherwise */
    QSpinBox::up-button, QSpinBox::down-button {{ subcontrol-origin: border; width: 0px; }}
    QComboBox::drop-down {{ border: none; width: 28px; }}
    QComboBox::down-arrow {{ image: url("{chevron}"); width: 14px; height: 14px; }}
    QLineEdit:focus, QComboBox:focus, QSpinBox:focus {{ border: 1px solid {p.accent}; }}
    QLineEdit[invalid="true"] {{ border: 1px solid {p.danger}; }}
    QComboBox QAbstractItemView {{
        background: {p.surface}; color: {p.text}; selection-background-color: {p.accent};
        selection-color: {p.accent_text};
    }}
    QPushButton {{
        background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
        border-radius: 6px; padding: 6px {SPACING * 2}px;
    }}
    QPushButton:hover {{ background: {p.hover}; }}
    QPushButton:focus {{ border: 1px solid {p.accent}; }}
    QPushButton:disabled {{ color: {p.muted}; }}
    QPushButton#primaryButton {{
        background: {p.accent}; color: {p.accent_text}; border: 1px solid {p.accent};
    }}
    QPushButton#primaryButton:disabled {{
        background: {p.hover}; color: {p.muted}; border: 1px solid {p.border};
    }}
    QPushButton#dangerButton {{ color: {p.danger}; }}
    QCheckBox, QRadioButton {{ color: {p.text}; spacing: {SPACING}px; }}
    QListView#accountList, QListView#codecList {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: {RADIUS}px;
        outline: none; color: {p.text};
    }}
    QListView#codecList::item {{ padding: 4px; }}
    QListView#codecList::item:selected {{ background: {p.hover}; color: {p.text}; }}
    QProgressBar#levelMeter {{
        background: {p.window}; border: 1px solid {p.border}; border-radius: 4px;
        max-height: 8px; min-height: 8px;
    }}
    QProgressBar#levelMeter::chunk {{ background: {p.success}; border-radius: 3px; }}
    QSlider::groove:horizontal {{ height: 4px; background: {p.border}; border-radius: 2px; }}
    QSlider::sub-page:horizontal {{ background: {p.accent}; border-radius: 2px; }}
    QSlider::handle:horizontal {{
        background: {p.accent}; width: 14px; margin: -6px 0; border-radius: 7px;
    }}
    QSlider::handle:horizontal:focus {{ background: {p.text}; }}
    QListWidget#settingsSections:focus, QListView#accountList:focus,
    QListView#codecList:focus {{ border: 1px solid {p.accent}; }}
    QWizard, QWizard QWidget#wizardBody {{ background: {p.window}; color: {p.text}; }}
    """
        + scroll_bar_rules(p, "QWidget#settingsPage")
        + scroll_bar_rules(p, "QWizard")
    )
