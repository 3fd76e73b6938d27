"""The video pane's part of the stylesheet: the camera chooser under the picture."""

from __future__ import annotations

from jego_desktop.ui.resources import resources_dir
from jego_desktop.ui.style import SPACING, Palette


def camera_chooser_stylesheet(p: Palette) -> str:
    chevron = (resources_dir() / "icons" / "chevron_down.svg").as_posix()
    return f"""
    QComboBox#cameraChoice {{
        background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
        border-radius: 15px; padding: 4px {SPACING + 4}px; min-height: 20px; font-size: 12px;
        combobox-popup: 0; /* a list below the box, not a menu over it */
    }}
    QComboBox#cameraChoice:hover {{ background: {p.hover}; }}
    QComboBox#cameraChoice:focus {{ border: 1px solid {p.accent}; }}
    QComboBox#cameraChoice::drop-down {{ border: none; width: 26px; }}
    QComboBox#cameraChoice::down-arrow {{ image: url("{chevron}"); width: 12px; height: 12px; }}
    QComboBox#cameraChoice QFrame {{ background: {p.surface}; border: none; }}
    QComboBox#cameraChoice QAbstractItemView {{
        background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
        selection-background-color: {p.accent}; selection-color: {p.accent_text};
        outline: none;
    }}
    QComboBox#cameraChoice QAbstractItemView::item {{ padding: 5px {SPACING}px; }}
    """
