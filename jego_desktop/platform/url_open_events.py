"""macOS: clicked tel:/sip:/sips:/callto: links arrive as QFileOpenEvent, not as arguments.

Launch Services starts the app (or reuses the running one) and Qt turns the "open URL"
Apple event into a QFileOpenEvent on the application object, at start as well as later.
This filter hands the link to the same command path as a link forwarded by a second
launch (`["open-link", url]`), so it lands in the dial pad or is called at once, and
a refused link is reported the same way. Other platforms never send these events for
URLs; the filter is harmless there.

Known limit: Qt builds the event's QUrl from the link text and `callto://+33…` (a
number where a host name should be) is not a valid QUrl, so such a link arrives
empty and is reported as unreadable; `callto:+33…` and every tel:/sip: link are fine.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QFileOpenEvent

from jego_desktop.domain.commands import Reply

log = logging.getLogger(__name__)

LINK_SCHEMES = ("tel", "sip", "sips", "callto")


class UrlOpenFilter(QObject):
    """Install on the QApplication: `app.installEventFilter(UrlOpenFilter(...))`.

    `handle` runs a command line as the single-instance server does; `report` shows a
    refused link's message to the user (there is no terminal on macOS).
    """

    def __init__(
        self,
        handle: Callable[[list[str]], Reply],
        report: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._handle = handle
        self._report = report

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return super().eventFilter(watched, event)
        url = event.url()
        if event.file():  # a document, not a link: nothing of ours
            return super().eventFilter(watched, event)
        if not url.isValid() or url.scheme().lower() not in LINK_SCHEMES:
            log.warning("an opened link could not be read: %s", url.errorString()[:200])
            self._report(self.tr("This link cannot be read as a phone or SIP address."))
            return True
        link = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        reply = self._handle(["open-link", link])
        if reply.exit_code != 0:
            log.info("opened link refused: %s", reply.error)
            self._report(self.tr("This link cannot be called: %s") % reply.error)
        return True
