"""The dial pad, the history and the contacts dial; call windows follow the calls."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject

from jego_desktop.app.video import wire_video_calls
from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY, AccountConfig
from jego_desktop.engine.worker import CallEngine
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dtmf_choice import DtmfByMethod
from jego_desktop.models.calls.dtmf_failures import DtmfFailures
from jego_desktop.models.calls.post_dial import PostDial, connect_dial_pad
from jego_desktop.models.contacts.contact_presence import ContactPresenceWatch
from jego_desktop.models.video.video_call import VideoCalls
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database
from jego_desktop.store.profile import Profile
from jego_desktop.ui.style import current_palette
from jego_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from jego_desktop.ui.calls.call_windows import CallWindows


class CallViews(QObject):
    """The incoming-call dialogs and the in-call window, made when the first call comes
    (issue #15: they and their modules cost ~20 ms and ~40 modules at every start)."""

    def __init__(
        self, calls: CallsModel, build: Callable[[], CallWindows], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._build = build
        self.windows: CallWindows | None = None
        calls.rowsInserted.connect(self._on_call_added)

    def _on_call_added(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        if self.windows is None:
            self._calls.rowsInserted.disconnect(self._on_call_added)
            self.windows = self._build()

    def close_all(self) -> None:
        if self.windows is not None:
            self.windows.close_all()


def wire_call_views(
    window: MainWindow,
    engine: CallEngine,
    accounts: Callable[[], list[AccountConfig]],
    status: RegistrationStatus,
    profile: Profile,
    post_dial: PostDial,
) -> CallViews:
    """The dial pad and the history dial through the first account; call windows follow
    the calls from the first one on."""

    def use_first_account() -> None:
        first = next(iter(accounts()), None)
        window.set_bound_number(first.number if first else "")
        window.dial_pad.set_account(
            first.key if first else DIRECT_ACCOUNT_KEY, first.domain if first else None
        )

    use_first_account()
    status.changed.connect(lambda _: use_first_account())  # an account was added or removed
    presence = ContactPresenceWatch(
        window.contacts, engine.watch_presence, accounts, window.home_region, parent=window
    )
    engine.presence_changed.connect(window.contacts.on_presence_changed)
    status.changed.connect(lambda _: presence.accounts_changed())
    presence.refresh()
    connect_dial_pad(window.dial_pad, engine.make_call, post_dial)
    window.calls_slot.when_built(lambda page: page.call_back_requested.connect(engine.make_call))
    window.contacts_slot.when_built(lambda page: page.call_requested.connect(engine.make_call))
    window.chats_page.call_requested.connect(engine.make_call)
    calls = CallsModel(parent=window)
    engine.call_changed.connect(calls.on_call_changed)
    engine.call_stats.connect(calls.on_call_stats)
    config = engine.config
    video = VideoCalls(engine, parent=window, bind_address=config.bind_address, nat=config.nat)
    video.connect_engine(engine)
    failures = DtmfFailures(parent=window)
    engine.dtmf_failed.connect(failures.on_dtmf_failed)
    engine.call_changed.connect(failures.on_call_changed)

    def build() -> CallWindows:
        from jego_desktop.ui.calls.call_windows import CallWindows
        from jego_desktop.ui.video.video_view import attach_video

        windows = CallWindows(
            DtmfByMethod(engine, window.app_settings.dtmf_method),
            calls,
            current_palette(),
            window.dial_pad.uri_for,
            recordings_dir=profile.files_dir / "recordings",
            home_region=window.home_region,
            parent=window,
            names=window.peer_names.name_for,
        )
        window.contacts.modelReset.connect(lambda: windows.set_names(window.peer_names.name_for))
        pane = attach_video(windows.window, calls, video, current_palette())
        windows.window.follow_extensions(post_dial)
        windows.follow_dtmf_failures(failures)
        # Made while the first call's row is being announced, which they no longer get.
        windows.sync()
        pane.refresh()
        return windows

    views = CallViews(calls, build, parent=window)
    wire_video_calls(window, engine, video, post_dial)
    # Connected before Services.stop: video sessions end before the engine does.
    QCoreApplication.instance().aboutToQuit.connect(video.shutdown)  # type: ignore[union-attr]
    return views


def wire_voicemail(
    window: MainWindow,
    engine: CallEngine,
    accounts: Callable[[], list[AccountConfig]],
    status: RegistrationStatus,
    database: Database | None,
) -> None:
    """Each account's mailbox (RFC 3842) on the Calls page, the rail and the tray."""
    box = window.voicemail
    box.set_sources(accounts, AccountStore(database) if database is not None else None)
    engine.voicemail_changed.connect(box.on_voicemail_changed)
    box.call_requested.connect(engine.make_call)
    status.changed.connect(lambda _: box.accounts_changed())  # an account was removed
