"""macOS's "open URL" events (QFileOpenEvent) take the same path as a forwarded link."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from jego_desktop.cli.remote_commands import RemoteActions, RemoteCommands
from jego_desktop.domain.accounts import AccountConfig, Transport
from jego_desktop.domain.links import DialRequest
from jego_desktop.platform.url_open_events import UrlOpenFilter

ACCOUNT = AccountConfig("+33612345678", "sip.example.fr", Transport.TLS)


class Desk:
    """The app's side: the dial pad, the calls placed and the notices shown."""

    def __init__(self, call_at_once: bool = False) -> None:
        self.dial_pad: list[DialRequest] = []
        self.calls: list[tuple[str, str]] = []
        self.notices: list[str] = []
        self.commands = RemoteCommands(
            RemoteActions(
                accounts=lambda: [ACCOUNT],
                make_call=self._make_call,
                answer=lambda call_id: None,
                hangup=lambda call_id: None,
                show_window=lambda: None,
                show_in_dial_pad=self.dial_pad.append,
                reload_accounts=lambda: None,
                home_region="FR",
                call_links_at_once=call_at_once,
            )
        )

    def _make_call(self, uri: str, key: str) -> str:
        self.calls.append((uri, key))
        return "call-1"


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[tuple[Desk, UrlOpenFilter]]:
    desk = Desk()
    url_filter = UrlOpenFilter(desk.commands.handle, desk.notices.append)
    qapp.installEventFilter(url_filter)
    yield desk, url_filter
    qapp.removeEventFilter(url_filter)


def open_url(url: str) -> bool:
    app = QCoreApplication.instance()
    assert app is not None
    return QCoreApplication.sendEvent(app, QFileOpenEvent(QUrl(url)))


def test_a_tel_link_lands_in_the_dial_pad(installed: tuple[Desk, UrlOpenFilter]) -> None:
    desk, _ = installed
    assert open_url("tel:+86-138-0013-8000;ext=12")
    assert desk.dial_pad == [DialRequest("tel", "+8613800138000", "12")]
    assert desk.notices == []


def test_a_sip_link_is_called_at_once_when_chosen(qapp: QApplication) -> None:
    desk = Desk(call_at_once=True)
    url_filter = UrlOpenFilter(desk.commands.handle, desk.notices.append)
    qapp.installEventFilter(url_filter)
    try:
        assert open_url("sip:bob@example.org;transport=tcp")
    finally:
        qapp.removeEventFilter(url_filter)
    assert desk.calls == [("sip:bob@example.org;transport=tcp", ACCOUNT.key)]


def test_a_refused_link_is_reported_and_nothing_dialled(
    installed: tuple[Desk, UrlOpenFilter],
) -> None:
    desk, _ = installed
    assert open_url("tel:+33%ZZ")
    assert desk.dial_pad == [] and desk.calls == []
    assert desk.notices == ["This link cannot be called: “+33%ZZ” is not a phone number"]
    assert open_url("callto://+33612345678")  # Qt cannot parse it: said, not dialled
    assert "cannot be read" in desk.notices[-1] and desk.dial_pad == []


def test_documents_are_not_taken(installed: tuple[Desk, UrlOpenFilter]) -> None:
    desk, _ = installed
    assert not open_url("file:///tmp/notes.txt")
    assert desk.dial_pad == [] and desk.notices == []
