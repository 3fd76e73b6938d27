"""Accounts: the bound numbers with their registration state; bind, edit, remove."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListView,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from jego_desktop.domain.accounts import AccountConfig, RegistrationState
from jego_desktop.models.settings.account_editor import AccountSaveError
from jego_desktop.models.settings.settings_accounts import AccountListModel, AccountRole
from jego_desktop.models.settings.settings_values import AppSettings
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.settings.account_wizard import AccountWizard
from jego_desktop.ui.settings.section import Section
from jego_desktop.ui.settings.services import SettingsServices
from jego_desktop.ui.style import SPACING, Palette

_ROW_HEIGHT = 64
_Index = QModelIndex | QPersistentModelIndex


class AccountDelegate(QStyledItemDelegate):
    """Two lines per account (name or number; server) and the state with a coloured dot."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), _ROW_HEIGHT)

    def _state_colour(self, state: object) -> QColor:
        p = self._palette
        if state is RegistrationState.REGISTERED:
            return QColor(p.success)
        if state is RegistrationState.FAILED:
            return QColor(p.danger)
        return QColor(p.muted)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        p = self._palette
        painter.save()
        rect = option.rect
        state_flags = option.state
        if state_flags & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(p.hover))
        inner = rect.adjusted(SPACING * 2, SPACING, -SPACING * 2, -SPACING)
        state_text = str(index.data(AccountRole.STATE_TEXT) or "")
        base = QFont(option.font)
        state_width = min(
            inner.width() // 2, painter.fontMetrics().horizontalAdvance(state_text) + 24
        )
        text_rect = QRect(
            inner.left(), inner.top(), inner.width() - state_width - SPACING, inner.height()
        )

        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title)
        painter.setPen(QColor(p.text))
        half = text_rect.height() // 2
        painter.drawText(
            text_rect.adjusted(0, 0, 0, -half),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            painter.fontMetrics().elidedText(
                str(index.data()), Qt.TextElideMode.ElideRight, text_rect.width()
            ),
        )
        painter.setFont(base)
        painter.setPen(QColor(p.muted))
        server = str(index.data(AccountRole.SERVER_TEXT) or "")
        painter.drawText(
            text_rect.adjusted(0, half + 2, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            painter.fontMetrics().elidedText(
                server, Qt.TextElideMode.ElideRight, text_rect.width()
            ),
        )

        state_rect = QRect(inner.right() - state_width, inner.top(), state_width, inner.height())
        colour = self._state_colour(index.data(AccountRole.STATE))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        centre_y = state_rect.center().y()
        painter.drawEllipse(state_rect.left() + 4, centre_y - 4, 8, 8)
        painter.setPen(colour if colour != QColor(p.muted) else QColor(p.muted))
        painter.drawText(
            state_rect.adjusted(18, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(
                state_text, Qt.TextElideMode.ElideRight, state_width - 18
            ),
        )
        if index.row() < index.model().rowCount() - 1:  # a rule between rows, not after
            painter.setPen(QColor(p.border))
            painter.drawLine(
                rect.left() + SPACING * 2, rect.bottom(), rect.right() - SPACING * 2, rect.bottom()
            )
        painter.restore()


class AccountsSection(Section):
    """Lists the bound numbers; the wizard binds or edits one."""

    def __init__(self, settings: AppSettings, palette: Palette, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self._palette = palette
        self._services: SettingsServices | None = None
        self.model = AccountListModel()
        self.wizard: AccountWizard | None = None

        self.card_title = PlainLabel()
        card = self.card(self.card_title)
        self.list = QListView()
        self.list.setObjectName("accountList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(AccountDelegate(palette, self.list))
        self.list.setUniformItemSizes(True)
        self.list.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = PlainLabel()
        self.empty.setObjectName("settingsHint")
        self.empty.setWordWrap(True)
        card.addWidget(self.empty)
        card.addWidget(self.list)
        self.error = self.error_label()
        card.addWidget(self.error)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName("primaryButton")
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("dangerButton")
        self.voicemail_button = QPushButton()
        self.voicemail_button.setObjectName("voicemailNumberButton")
        # (title, label, current text) -> the new text, or None when cancelled
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        card.addLayout(buttons)
        more = QHBoxLayout()  # its own line: four buttons do not fit the narrowest window
        more.addWidget(self.voicemail_button)
        more.addStretch(1)
        card.addLayout(more)
        self.receipts_hint = self.hint()  # the rule of engine/contacted_peers.py
        self.receipts_hint.setObjectName("receiptsRule")
        card.addWidget(self.receipts_hint)
        self.add_button.clicked.connect(self.bind_number)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.voicemail_button.clicked.connect(self.edit_voicemail_number)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.finish()
        self._update_buttons()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Accounts"))
        self.card_title.setText(self.tr("Bound numbers"))
        self.empty.setText(
            self.tr("No number bound yet. Bind your mobile number to make and receive calls here.")
        )
        self.add_button.setText(self.tr("Bind your number…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.voicemail_button.setText(self.tr("Voicemail number…"))
        self.list.setAccessibleName(self.tr("Bound numbers"))
        self.receipts_hint.setText(
            self.tr(
                "Delivery and read receipts and typing notices go only to people"
                " you have written to or called."
            )
        )
        self.model.layoutChanged.emit()  # state texts are translated by the model

    def connect_services(self, services: SettingsServices) -> None:
        self._services = services
        self.model = AccountListModel(services.status, parent=self)
        self.list.setModel(self.model)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        editor = self._services.accounts if self._services else None
        self.model.set_accounts(editor.accounts() if editor else [])

    def _selected_row(self) -> int:
        indexes = self.list.selectionModel().selectedIndexes()
        return indexes[0].row() if indexes else -1

    def _update_buttons(self) -> None:
        usable = self._services is not None and self._services.accounts is not None
        has_rows = self.model.rowCount() > 0
        self.list.setFixedHeight(min(self.model.rowCount(), 5) * _ROW_HEIGHT + 4)
        self.empty.setVisible(not has_rows)
        self.list.setVisible(has_rows)
        self.add_button.setEnabled(usable)
        chosen = usable and self._selected_row() >= 0
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.voicemail_button.setEnabled(
            chosen and self._services is not None and self._services.voicemail is not None
        )

    def bind_number(self) -> None:
        self._open_wizard(None)

    def edit_selected(self) -> None:
        config = self.model.account(self._selected_row())
        if config is not None:
            self._open_wizard(config)

    def _open_wizard(self, existing: AccountConfig | None) -> None:
        services = self._services
        if services is None or services.accounts is None:
            return
        self.wizard = AccountWizard(
            services.accounts,
            services.engine,
            self._settings,
            self._palette,
            existing,
            parent=self,
        )
        self.wizard.saved.connect(lambda _key: self.refresh())
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.open()

    def remove_selected(self) -> None:
        services = self._services
        config = self.model.account(self._selected_row())
        if services is None or services.accounts is None or config is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove account"),
            self.tr("Stop receiving calls for %s on this computer? Its history is kept.")
            % config.number,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            services.accounts.remove(config.key)
        except AccountSaveError as error:
            self.show_error(self.error, str(error))
            return
        self.show_error(self.error, "")
        self.refresh()

    def edit_voicemail_number(self) -> None:
        """Ask for the selected account's voicemail number (empty: the mailbox names it)."""
        services = self._services
        config = self.model.account(self._selected_row())
        if services is None or services.voicemail is None or config is None:
            return
        box = services.voicemail
        number = self.ask_text(
            self.tr("Voicemail number"),
            self.tr(
                "The number or SIP address that reaches the voicemail of %1. Leave it"
                " empty to use the one your operator announces."
            ).replace("%1", config.number),
            box.number(config.key),
        )
        if number is not None:
            box.set_number(config.key, number)

    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        answer, accepted = QInputDialog.getText(self, title, label, text=text)
        return str(answer) if accepted else None
