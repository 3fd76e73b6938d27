"""Dropped and pasted files through the real attachment path: upload to the file server
with progress, then a file message through Kamailio (Bob writes to his own address, so
each one comes back like any other message)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from jego_desktop.domain.messages import Attachment, AttachmentState, MessageDirection, MessageState
from jego_desktop.models.chats.chat_services import ChatServices
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.search import MessageSearch
from jego_desktop.ui.chats.chat_attachments import ChatAttachments
from jego_desktop.ui.chats.chats_page import ChatsPage
from jego_desktop.ui.style import LIGHT
from tests.integration.test_attachments import Stack, bob
from tests.peers.file_server import FileServer, file_server_fixture
from tests.peers.kamailio import Kamailio
from tests.ui.chats.test_chat_attachments import FakePlayback
from tests.ui.chats.test_drop_and_paste import drop_on

__all__ = ["bob", "file_server_fixture"]

pytestmark = pytest.mark.peers


def test_dropped_and_pasted_files_are_uploaded_with_progress_and_sent(
    qtbot: QtBot, bob: Stack, kamailio: Kamailio, file_server: FileServer, tmp_path: Path
) -> None:
    file_server.users.update({"bob": "secret-b"})
    page = ChatsPage(LIGHT, lambda text: (text, ""), account_key=lambda: bob.account.key)
    page.connect_services(
        ChatServices(
            bob.messaging,
            ConversationStore(bob.database),
            bob.messages,
            NewerMessages(bob.database),
            MessageSearch(bob.database),
        )
    )
    qtbot.addWidget(page)
    ChatAttachments(page, bob.attachments, FakePlayback())
    progress: dict[int, list[tuple[object, object]]] = {}
    bob.attachments.progress.connect(
        lambda attachment_id, done, total: progress.setdefault(attachment_id, []).append(
            (done, total)
        )
    )
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    page.open_conversation(bob.account.key, kamailio.aor("bob"))

    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 400)  # ~100 kB
    notes = tmp_path / "notes.txt"
    notes.write_text("dinner at 8\n" * 100)
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(report)), QUrl.fromLocalFile(str(notes))])
    view = page.view
    assert drop_on(view, files) == (True, True)
    screenshot = QImage(400, 300, QImage.Format.Format_RGB32)
    screenshot.fill(QColor("#2b7de0"))
    QGuiApplication.clipboard().setImage(screenshot)
    view.composer.editor.setFocus()
    view.composer.editor.paste()
    assert len(view.pending) == 3
    qtbot.mouseClick(view.strip.send_button, Qt.MouseButton.LeftButton)

    def outgoing_sent() -> list[Attachment]:
        conversation = page.current
        assert conversation is not None
        return [
            m.attachments[0]
            for m in bob.messages.page(conversation.id, limit=50)
            if m.direction is MessageDirection.OUTGOING
            and m.state is not MessageState.PENDING
            and m.attachments
            and m.attachments[0].state is AttachmentState.AVAILABLE
        ]

    qtbot.waitUntil(lambda: len(outgoing_sent()) == 3, timeout=20_000)
    sent = outgoing_sent()
    names = [attachment.file_name for attachment in sent]
    assert names[:2] == ["report.pdf", "notes.txt"] and names[2].endswith(".png")
    uploads = [r for r in file_server.requests if r.method == "POST" and r.status == 200]
    assert len(uploads) == 3
    reports = {a.file_name: progress.get(a.id or -1, []) for a in sent}
    print(f"\nupload progress reports per file: { {n: len(r) for n, r in reports.items()} }")
    for name, attachment in zip(names, sent, strict=True):
        assert reports[name] and reports[name][-1] == (attachment.size, attachment.size)
    assert bob.problems == []
    stored = {f.name for f in bob.files.folder("sent").iterdir()}
    assert {"report.pdf", "notes.txt"} <= stored
