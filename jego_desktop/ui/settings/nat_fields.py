"""Crossing routers in the account wizard: STUN, ICE, TURN (server, transport, user) and
the SIP keep-alive, filled with the user's values or else the operator's defaults
(settings.ini [operator]), so that nobody types what the operator provides. They apply to
every account, as in Settings > Network & security; the TURN password is set there (keyring only).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from jego_desktop.domain.nat import NatTraversal, TurnTransport
from jego_desktop.models.settings.settings_values import nat_server_error
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.settings.field_errors import error_label, set_error
from jego_desktop.ui.style import SPACING


class NatFields(QWidget):
    def __init__(self, nat: NatTraversal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = nat  # what the fields were filled with
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(SPACING // 2)
        self.stun_server = QLineEdit(nat.stun_server)
        self.stun_server.setObjectName("wizardStunField")
        self.stun_label = PlainLabel()
        form.addRow(self.stun_label, self.stun_server)
        self.stun_error = error_label()
        form.addRow("", self.stun_error)
        self.ice = QCheckBox()
        self.ice.setChecked(nat.ice)
        form.addRow("", self.ice)
        self.turn_server = QLineEdit(nat.turn_server)
        self.turn_server.setObjectName("wizardTurnField")
        self.turn_transport = QComboBox()
        for transport in TurnTransport:
            self.turn_transport.addItem(transport.value.upper(), transport)
        self.turn_transport.setCurrentIndex(self.turn_transport.findData(nat.turn_transport))
        self.turn_label = PlainLabel()
        form.addRow(self.turn_label, self.turn_server)
        self.transport_label = PlainLabel()
        form.addRow(self.transport_label, self.turn_transport)
        self.turn_error = error_label()
        form.addRow("", self.turn_error)
        self.turn_user = QLineEdit(nat.turn_user)
        self.turn_user_label = PlainLabel()
        form.addRow(self.turn_user_label, self.turn_user)
        self.keepalive = QSpinBox()
        self.keepalive.setRange(0, 3600)
        self.keepalive.setValue(nat.keepalive_s)
        self.keepalive_label = PlainLabel()
        form.addRow(self.keepalive_label, self.keepalive)
        self.note = PlainLabel()
        self.note.setObjectName("settingsHint")
        self.note.setWordWrap(True)
        form.addRow("", self.note)
        self.retranslate()

    def chosen(self) -> NatTraversal:
        return dataclasses.replace(
            self.shown,
            stun_server=self.stun_server.text().strip(),
            ice=self.ice.isChecked(),
            turn_server=self.turn_server.text().strip(),
            turn_transport=self.turn_transport.currentData(),
            turn_user=self.turn_user.text().strip(),
            keepalive_s=self.keepalive.value(),
        )

    def validate(self) -> bool:
        """Shows what is wrong with the servers; True when nothing is."""
        stun = nat_server_error(self.stun_server.text())
        turn = nat_server_error(self.turn_server.text())
        set_error(self.stun_server, self.stun_error, stun)
        set_error(self.turn_server, self.turn_error, turn)
        return not (stun or turn)

    def retranslate(self) -> None:
        self.stun_label.setText(self.tr("STUN server"))
        self.stun_server.setAccessibleName(self.tr("STUN server"))
        self.stun_server.setPlaceholderText(self.tr("None"))
        self.ice.setText(self.tr("Use ICE to find a path for the sound (recommended)"))
        self.turn_label.setText(self.tr("TURN relay server"))
        self.turn_server.setAccessibleName(self.tr("TURN relay server"))
        self.turn_server.setPlaceholderText(self.tr("None"))
        self.transport_label.setText(self.tr("TURN transport"))
        self.turn_transport.setAccessibleName(self.tr("TURN transport"))
        self.turn_user_label.setText(self.tr("TURN user name"))
        self.turn_user.setAccessibleName(self.tr("TURN user name"))
        self.keepalive_label.setText(self.tr("Keep-alive every"))
        self.keepalive.setAccessibleName(self.tr("Keep-alive interval in seconds"))
        self.keepalive.setSuffix(self.tr(" s"))
        self.keepalive.setSpecialValueText(self.tr("Never"))
        self.note.setText(
            self.tr(
                "Filled in from your operator's settings when it provides them. These apply"
                " to every account, after a restart; the TURN password is set in Settings >"
                " Network & security."
            )
        )
        if self.stun_error.isVisible() or self.turn_error.isVisible():
            self.validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
