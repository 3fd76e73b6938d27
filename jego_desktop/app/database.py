"""Opens the profile's database, saying in the window when it cannot or was repaired."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from jego_desktop.models.window.engine_texts import engine_text
from jego_desktop.store.database import Database
from jego_desktop.store.errors import StoreError
from jego_desktop.store.profile import Profile
from jego_desktop.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


def open_database(profile: Profile, window: MainWindow) -> Database | None:
    try:
        database = Database.open(profile.database_path)
    except (StoreError, OSError) as error:
        log.error("cannot open the database: %s", error)
        window.notices.set_notice(
            "database",
            QCoreApplication.translate("Notices", "Your history cannot be opened: %s")
            % engine_text(str(error)),
        )
        return None
    if database.recovery is not None:
        log.warning("database recovered: %s", database.recovery.reason)
        message = database.recovery.user_message
        window.notices.set_notice("database", lambda: engine_text(message))
    return database
