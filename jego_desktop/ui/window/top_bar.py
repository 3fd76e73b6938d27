"""The main window's top bar: the account line, "Bind your number" before any number is
bound, and the window's menu (Settings, Quit) at the right end."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget

from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING, Palette, ink
from jego_desktop.ui.window.account_state_line import AccountStateLine

# The bar's buttons are this tall, so the bar keeps its height when the bind button goes.
BUTTON_HEIGHT = 28


class TopBar(QWidget):
    """Holds the actions every page shares; the window connects them.

    `quit_action` (Ctrl+Q) belongs to the window so its shortcut works wherever focus is.
    """

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.account_state = AccountStateLine()
        self.bind_button = QPushButton()
        self.bind_button.setObjectName("bindNumberButton")
        self.bind_button.setFixedHeight(BUTTON_HEIGHT)
        self.bind_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.bind_button.hide()
        self.settings_action = QAction(self)
        self.settings_action.setIcon(icon("settings", ink(palette), 16))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.menu = QMenu(self)
        self.menu.setObjectName("windowMenu")
        self.menu.addAction(self.settings_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("windowMenuButton")
        self.menu_button.setIcon(icon("more", ink(palette), 20))
        self.menu_button.setIconSize(QSize(20, 20))
        self.menu_button.setFixedSize(BUTTON_HEIGHT + 4, BUTTON_HEIGHT)
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setCursor(Qt.CursorShape.PointingHandCursor)
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACING * 2, SPACING, SPACING, SPACING)
        row.setSpacing(SPACING)
        row.addWidget(self.account_state, 1)
        row.addWidget(self.bind_button)
        row.addWidget(self.menu_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.bind_button.setText(self.tr("Bind your number"))
        self.bind_button.setToolTip(
            self.tr("Register your mobile number with your operator's service to start.")
        )
        self.settings_action.setText(self.tr("Settings"))
        self.quit_action.setText(self.tr("Quit Jego"))
        self.menu_button.setAccessibleName(self.tr("Menu"))
        self.menu_button.setToolTip(self.tr("Menu"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_numbers_bound(self, bound: bool) -> None:
        """Before the first number is bound, binding one is the first thing to do."""
        self.bind_button.setVisible(not bound)
