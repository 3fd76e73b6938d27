"""One click on a received program asks first, showing its real extension; documents
open at once; a received file gets Windows' "from the Internet" mark when opened."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jego_desktop.domain.engine_events import MessageReceived
from jego_desktop.domain.file_transfer import FT_HTTP_CONTENT_TYPE
from jego_desktop.domain.incoming_messages import IncomingText
from jego_desktop.domain.messages import Attachment, AttachmentState, Message
from jego_desktop.store.messages import MessageStore
from jego_desktop.ui.chats.chat_attachments import ChatAttachments
from jego_desktop.ui.program_warning import program_warning
from tests.ui.chats import test_chats_page as chat_fixtures
from tests.ui.chats.test_chat_attachments import FakeAttachments, FakePlayback
from tests.ui.chats.test_chats_page import ACCOUNT, BOB, Chats

chats = chat_fixtures.chats


def receive(chats: Chats, message_id: str, attachment: Attachment) -> Message:
    text = IncomingText(
        ACCOUNT, BOB, message_id, "<file/>", FT_HTTP_CONTENT_TYPE, attachments=(attachment,)
    )
    accepted = chats.messaging.sink.accept(text)
    chats.engine.publish(
        MessageReceived(ACCOUNT, BOB, message_id, "<file/>", FT_HTTP_CONTENT_TYPE, accepted.stored)
    )
    message = MessageStore(chats.db).get(accepted.stored_id or 0)
    assert message is not None
    return message


def offered(name: str, url: str) -> Attachment:
    return Attachment(name, "application/octet-stream", 2, download_url=url)


class Clicks:
    def __init__(self, chats: Chats, tmp_path: Path, answer: bool) -> None:
        self.asked: list[tuple[str, str]] = []
        self.opened: list[Path] = []
        self.service = FakeAttachments(tmp_path)
        self.answer = answer
        self.glue = ChatAttachments(
            chats.page,
            self.service,
            FakePlayback(),
            confirm_program=self._confirm,
            open_file=self.opened.append,
        )
        self.chats = chats
        self.tmp_path = tmp_path

    def _confirm(self, name: str, extension: str) -> bool:
        self.asked.append((name, extension))
        return self.answer

    def arrive(self, name: str, content: bytes) -> tuple[Message, Attachment, Path]:
        message = receive(self.chats, f"files-{name}", offered(name, f"https://f.example/{name}"))
        attachment = message.attachments[0]
        assert attachment.id is not None
        path = self.tmp_path / f"{attachment.id}-{name}"
        path.write_bytes(content)
        self.service.files[attachment.id] = path
        available = dataclasses.replace(attachment, state=AttachmentState.AVAILABLE)
        MessageStore(self.chats.db).update_attachment(available)
        return message, available, path

    def click(self, message: Message, attachment: Attachment) -> None:
        self.glue.on_attachment_clicked(message, attachment)


def test_a_program_is_not_opened_without_asking(qtbot: QtBot, chats: Chats, tmp_path: Path) -> None:
    clicks = Clicks(chats, tmp_path, answer=False)
    chats.page.open_conversation(ACCOUNT, BOB)
    for name, content, extension in [
        ("invoice.pdf.exe", b"MZ", ".exe"),
        ("holiday.jpg.lnk", b"L\x00\x00\x00", ".lnk"),
        ("viewer.desktop", b"[Desktop Entry]", ".desktop"),
        ("notes.txt", b"#!/bin/sh\nrm -rf ~\n", ""),
    ]:
        message, attachment, _ = clicks.arrive(name, content)
        clicks.click(message, attachment)
        assert clicks.asked[-1] == (name, extension)
    assert clicks.opened == [] and clicks.service.internet_marks == []


def test_a_program_opens_when_the_user_says_so_with_the_mark(
    qtbot: QtBot, chats: Chats, tmp_path: Path
) -> None:
    clicks = Clicks(chats, tmp_path, answer=True)
    chats.page.open_conversation(ACCOUNT, BOB)
    message, attachment, path = clicks.arrive("setup.msi", b"\xd0\xcf\x11\xe0")
    clicks.click(message, attachment)
    assert clicks.asked == [("setup.msi", ".msi")]
    assert clicks.opened == [path]
    assert clicks.service.internet_marks == [(path, "https://f.example/setup.msi")]


def test_a_document_opens_at_once(qtbot: QtBot, chats: Chats, tmp_path: Path) -> None:
    clicks = Clicks(chats, tmp_path, answer=False)
    chats.page.open_conversation(ACCOUNT, BOB)
    message, attachment, path = clicks.arrive("report.pdf", b"%PDF-1.7")
    clicks.click(message, attachment)
    assert (
        clicks.asked == [] and clicks.opened == [path] and len(clicks.service.internet_marks) == 1
    )


def test_the_question_names_the_real_extension_and_defaults_to_cancel(qtbot: QtBot) -> None:
    box, open_button = program_warning(None, "<b>invoice</b>.pdf.exe", ".exe")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "“<b>invoice</b>.pdf.exe” is a program or a script (.exe), not a document."
    assert open_button.text() == "Open anyway"
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert box.defaultButton() is cancel and box.escapeButton() is cancel
