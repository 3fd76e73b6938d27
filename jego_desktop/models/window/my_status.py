"""The status the user chose (Online, Away, Busy, Invisible), remembered in settings.ini."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from jego_desktop.domain.my_status import MyStatus
from jego_desktop.models.settings.settings_values import MY_STATUS, AppSettings

log = logging.getLogger(__name__)

SETTINGS_KEY = MY_STATUS


def status_label(status: MyStatus) -> str:
    """The status's name in the user's language, as the menus show it."""
    labels = {
        MyStatus.ONLINE: QCoreApplication.translate("MyStatus", "Online"),
        MyStatus.AWAY: QCoreApplication.translate("MyStatus", "Away"),
        MyStatus.BUSY: QCoreApplication.translate("MyStatus", "Do not disturb"),
        MyStatus.INVISIBLE: QCoreApplication.translate("MyStatus", "Invisible"),
    }
    return labels[status]


def status_hint(status: MyStatus) -> str:
    """One line on what the status does, for tooltips."""
    hints = {
        MyStatus.ONLINE: QCoreApplication.translate("MyStatus", "Your contacts see you online."),
        MyStatus.AWAY: QCoreApplication.translate(
            "MyStatus", "Your contacts see you away; calls still ring."
        ),
        MyStatus.BUSY: QCoreApplication.translate(
            "MyStatus", "Calls are declined as busy and listed as missed."
        ),
        MyStatus.INVISIBLE: QCoreApplication.translate(
            "MyStatus", "You appear offline; calls and messages still reach you."
        ),
    }
    return hints[status]


def saved_status(settings: QSettings) -> MyStatus:
    """The status kept in the profile's settings; Online when none or an unknown one is."""
    saved = AppSettings(settings).my_status() or MyStatus.ONLINE.value
    try:
        return MyStatus.parse(saved)
    except ValueError as error:
        log.warning("%s in settings.ini: using online", error)
        return MyStatus.ONLINE


class MyStatusChoice(QObject):
    """The chosen status, read from and written to the profile's settings.

    Signals:
        changed(MyStatus): the user chose another status.
    """

    changed = Signal(object)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._status = saved_status(settings)

    @property
    def status(self) -> MyStatus:
        return self._status

    def set_status(self, status: MyStatus) -> None:
        if status is self._status:
            return
        self._status = status
        AppSettings(self._settings).set_my_status(status.value)
        self.changed.emit(status)
