"""Tray icon and menu, rail badges, and notifications for calls and messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from jego_desktop import APP_NAME, DESKTOP_ID
from jego_desktop.engine.worker import CallEngine
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.ui.resources import resources_dir
from jego_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from jego_desktop.app.after_paint import AfterFirstPaint


def wire_presence(
    window: MainWindow,
    engine: CallEngine,
    status: RegistrationStatus,
    messaging: MessagingService | None,
    database: Database | None,
    after_paint: AfterFirstPaint | None = None,
) -> None:
    """Tray icon and menu, rail badges, and notifications for calls and messages; the
    notifications once the window has painted when `after_paint` is given (QtDBus, the
    session bus and the notifier's thread: nothing the first screen shows)."""
    presence = window.presence
    tray = presence.tray
    tray.call_requested.connect(engine.make_call)

    def on_status(summary: str) -> None:
        tray.set_registered(status.any_registered())
        tray.set_tooltip(summary)

    status.changed.connect(on_status)
    window.settings_slot.when_built(
        lambda page: page.language_changed.connect(lambda _lang: on_status(status.summary()))
    )
    on_status(status.summary())
    conversations = ConversationStore(database) if database is not None else None
    if after_paint is None:
        wire_notifications(window, engine, messaging, conversations)
    else:
        after_paint.later(lambda: wire_notifications(window, engine, messaging, conversations))
    if database is not None:
        presence.attention.set_sources(CallHistory(database), conversations)
        window.call_history.modelReset.connect(presence.attention.refresh_soon)
    if messaging is not None:
        messaging.message_added.connect(presence.attention.refresh_soon)
        messaging.message_changed.connect(presence.attention.refresh_soon)
    if tray.available():
        tray.show_icon()
        # Hidden in the tray, the app must outlive its last closed window (a call window).
        QApplication.setQuitOnLastWindowClosed(False)


def wire_notifications(
    window: MainWindow,
    engine: CallEngine,
    messaging: MessagingService | None,
    conversations: ConversationStore | None,
) -> None:
    """Desktop notifications of calls and messages, and the tray's hints."""
    from jego_desktop.platform.notifications import DesktopNotifier
    from jego_desktop.ui.window.event_notifications import EventNotifications

    presence = window.presence
    notifier = DesktopNotifier(
        APP_NAME,
        str(resources_dir() / "icons" / "jego.svg"),
        desktop_entry=DESKTOP_ID,
        tray=presence.tray.icon,
        parent=window,
    )
    presence.notify = lambda title, text: notifier.notify("tray-hint", title, text)
    events = EventNotifications(
        notifier,
        conversations.get if conversations is not None else lambda _id: None,
        window_in_front=lambda: window.isVisible() and window.isActiveWindow(),
        names=window.peer_names.name_for,
        home_region=window.home_region,
        parent=window,
    )
    engine.call_changed.connect(events.on_call_changed)
    events.answer_requested.connect(engine.answer)
    events.decline_requested.connect(engine.decline)
    events.call_shown.connect(lambda _call_id: presence.bring_to_front())
    events.conversation_requested.connect(lambda _key, _peer: presence.bring_to_front())
    events.conversation_requested.connect(window.open_conversation)
    if messaging is not None:
        messaging.message_added.connect(events.on_message_added)


def wire_my_status(window: MainWindow, engine: CallEngine) -> None:
    """The chosen status goes to the engine now (before the accounts are added, so that
    they publish it from the start) and on every change."""
    engine.set_my_status(window.my_status.status)
    window.my_status.changed.connect(engine.set_my_status)
