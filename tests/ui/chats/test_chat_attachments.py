"""Pictures, voice messages and files in the chats page, with a stand-in attachment service."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from jego_desktop.domain.engine_events import MessageReceived
from jego_desktop.domain.file_transfer import FT_HTTP_CONTENT_TYPE
from jego_desktop.domain.incoming_messages import IncomingText
from jego_desktop.domain.messages import Attachment, AttachmentState, Message, MessageState
from jego_desktop.media import voice_message
from jego_desktop.store.messages import MessageStore
from jego_desktop.ui.chats.bubble_layout import AttachmentKind
from jego_desktop.ui.chats.chat_attachments import ChatAttachments
from jego_desktop.ui.chats.chat_text import file_size
from tests.ui.chats import test_chats_page as chat_fixtures
from tests.ui.chats.test_chats_page import ACCOUNT, BOB, Chats
from tests.unit.fake_sounddevice import FakeSoundDevice, fake_sd
from tests.unit.test_voice_message import FloatSoundDevice

__all__ = ["fake_sd"]

chats = chat_fixtures.chats

PICTURE = Attachment("beach.jpg", "image/jpeg", 120_000, download_url="https://f.example/1")
VOICE = Attachment(
    "voice.ogg",
    "audio/ogg;voice-recording=yes",
    9_000,
    download_url="https://f.example/2",
    duration=7.0,
)
REPORT = Attachment("report.pdf", "application/pdf", 2_400_000, download_url="https://f.example/3")


class FakeAttachments(QObject):
    progress = Signal(int, object, object)
    problem = Signal(str)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.internet_marks: list[tuple[Path, str]] = []
        self.folder = folder
        self.calls: list[tuple[object, ...]] = []
        self.files: dict[int, Path] = {}
        self.thumbnails: dict[int, Path] = {}

    def send_file(self, account_key: str, peer_uri: str, path: Path) -> None:
        self.calls.append(("send_file", account_key, peer_uri, path))

    def send_voice_message(self, account_key: str, peer: str, path: Path, length: float) -> None:
        self.calls.append(("send_voice_message", account_key, peer, path, length))

    def download(self, message: Message, attachment: Attachment) -> None:
        self.calls.append(("download", message.id, attachment.file_name))

    def mark_from_internet(self, path: Path, attachment: Attachment) -> None:
        self.internet_marks.append((path, attachment.download_url or ""))

    def mark_opened(self, attachment: Attachment) -> None:
        self.calls.append(("mark_opened", attachment.file_name))

    def local_file(self, attachment: Attachment) -> Path | None:
        return self.files.get(attachment.id or -1)

    def thumbnail_file(self, attachment: Attachment) -> Path | None:
        return self.thumbnails.get(attachment.id or -1)

    def recording_folder(self) -> Path:
        return self.folder


class FakePlayback(QObject):
    position_changed = Signal(str, float, float)
    finished = Signal(str)
    failed = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.playing: Path | None = None

    def play(self, path: Path) -> None:
        self.playing = path

    def stop(self) -> None:
        path, self.playing = self.playing, None
        if path is not None:
            self.finished.emit(str(path))

    def current(self) -> Path | None:
        return self.playing


def receive_files(chats: Chats, *attachments: Attachment) -> Message:
    accepted = chats.messaging.sink.accept(
        IncomingText(
            ACCOUNT, BOB, "files-1", "<file/>", FT_HTTP_CONTENT_TYPE, attachments=attachments
        )
    )
    chats.engine.publish(
        MessageReceived(ACCOUNT, BOB, "files-1", "<file/>", FT_HTTP_CONTENT_TYPE, accepted.stored)
    )
    message = MessageStore(chats.db).get(accepted.stored_id or 0)
    assert message is not None
    return message


def boxes(chats: Chats) -> list[tuple[Attachment, QRect]]:
    view = chats.page.view.list
    index = view.source_index(chats.page.messages.rowCount() - 1)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    geometry = chats.page.view.delegate.geometry(option, index)
    assert geometry is not None
    return geometry.attachments


def test_clicks_fetch_play_and_send_files(qtbot: QtBot, chats: Chats, tmp_path: Path) -> None:
    service = FakeAttachments(tmp_path)
    playback = FakePlayback()
    ChatAttachments(chats.page, service, playback)
    chats.page.open_conversation(ACCOUNT, BOB)
    message = receive_files(chats, PICTURE, VOICE, REPORT)
    view = chats.page.view.list
    qtbot.waitUntil(lambda: len(boxes(chats)) == 3)
    qtbot.waitUntil(lambda: view.visualRect(view.source_index(0)).contains(boxes(chats)[2][1]))

    picture_box = boxes(chats)[0][1]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=picture_box.center())
    assert service.calls[-1] == ("download", message.id, "beach.jpg")

    # The voice message is here now: a click plays it, a second click stops it.
    voice = message.attachments[1]
    audio = tmp_path / "voice.ogg"
    audio.write_bytes(b"OggS")
    assert voice.id is not None
    service.files[voice.id] = audio
    store = MessageStore(chats.db)
    store.update_attachment(
        dataclasses.replace(voice, state=AttachmentState.AVAILABLE, local_path="x")
    )
    changed = chats.messaging.publish_changed(message.id)
    assert changed is not None
    voice_box = boxes(chats)[1][1]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=voice_box.center())
    assert playback.playing == audio
    assert ("mark_opened", "voice.ogg") in service.calls  # kept when room is made
    playback.position_changed.emit(str(audio), 3.0, 7.0)
    assert chats.page.view.delegate.voice_position[str(audio)] == (3.0, 7.0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=voice_box.center())
    assert playback.current() is None
    assert str(audio) not in chats.page.view.delegate.voice_position

    report = message.attachments[2]
    assert report.id is not None
    service.progress.emit(report.id, 1_200_000, 2_400_000)
    assert chats.page.view.delegate.progress[report.id] == (1_200_000, 2_400_000)

    chosen = tmp_path / "notes.txt"
    chats.page.view.composer.attach_requested.emit(chosen)
    assert ("send_file", ACCOUNT, BOB, chosen) in service.calls


def test_a_picture_is_drawn_from_its_thumbnail(qtbot: QtBot, chats: Chats, tmp_path: Path) -> None:
    service = FakeAttachments(tmp_path)
    ChatAttachments(chats.page, service, FakePlayback())
    chats.page.open_conversation(ACCOUNT, BOB)
    image = QImage(200, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff00ff"))
    thumbnail = tmp_path / "thumb.png"
    assert image.save(str(thumbnail))
    message = receive_files(chats, PICTURE)
    picture = message.attachments[0]
    assert picture.id is not None
    service.thumbnails[picture.id] = thumbnail
    chats.page.view.delegate.forget_picture(picture.id)
    box = boxes(chats)[0][1]
    assert (box.width(), box.height()) == (200, 120)
    view = chats.page.view.list
    qtbot.waitUntil(lambda: view.visualRect(view.source_index(0)).contains(boxes(chats)[0][1]))
    grabbed = view.viewport().grab(boxes(chats)[0][1]).toImage()
    centre = grabbed.pixelColor(grabbed.width() // 2, grabbed.height() // 2)
    assert (centre.red(), centre.green(), centre.blue()) == (255, 0, 255)


def test_clicking_a_file_that_failed_to_upload_sends_it_again(
    qtbot: QtBot, chats: Chats, tmp_path: Path
) -> None:
    ChatAttachments(chats.page, FakeAttachments(tmp_path), FakePlayback())
    chats.page.open_conversation(ACCOUNT, BOB)
    uploading = dataclasses.replace(REPORT, state=AttachmentState.UPLOADING, download_url=None)
    held = chats.messaging.add_held(ACCOUNT, BOB, FT_HTTP_CONTENT_TYPE, (uploading,))
    store = MessageStore(chats.db)
    store.update_attachment(dataclasses.replace(held.attachments[0], state=AttachmentState.FAILED))
    store.update_outgoing_state(held.message_id, MessageState.FAILED, reason="server down")
    chats.messaging.publish_changed(held.id)
    view = chats.page.view.list
    qtbot.waitUntil(lambda: view.visualRect(view.source_index(0)).contains(boxes(chats)[0][1]))
    with qtbot.waitSignal(chats.messaging.upload_wanted) as wanted:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=boxes(chats)[0][1].center()
        )
    assert wanted.args[0].message_id == held.message_id
    assert chats.last_row().state is MessageState.PENDING


def test_voice_messages_are_recorded_with_the_chosen_microphone(
    qtbot: QtBot,
    chats: Chats,
    tmp_path: Path,
    fake_sd: FakeSoundDevice,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sd = FloatSoundDevice()
    monkeypatch.setattr(voice_message, "_load_sounddevice", lambda: sd)
    chosen = ["USB Headset"]  # fake_sd lists "default" (0) and "USB Headset" (1)
    attachments = ChatAttachments(
        chats.page, FakeAttachments(tmp_path), FakePlayback(), input_device=lambda: chosen[0]
    )
    chats.page.open_conversation(ACCOUNT, BOB)
    chats.page.view.composer.record_requested.emit()
    recorder = attachments.recorder
    assert recorder is not None and recorder.is_recording()
    assert [stream.kwargs["device"] for stream in sd.streams] == [1]
    recorder.cancel()

    chosen[0] = ""  # back to the system default: asked again at the next recording
    chats.page.view.composer.record_requested.emit()
    assert recorder.is_recording()
    assert sd.streams[-1].kwargs["device"] is None
    recorder.cancel()


def test_a_file_waiting_for_a_click_names_its_host_and_size(chats: Chats) -> None:
    """A stranger chose the address: the bubble says where a click will fetch it from."""
    cards = chats.page.view.delegate.cards
    assert cards.state_text(REPORT, AttachmentKind.FILE) == "Click to download from f.example"
    picture = dataclasses.replace(PICTURE, download_url="http://198.51.100.7:8080/p.jpg")
    assert cards.state_text(picture, AttachmentKind.PICTURE) == (
        f"{file_size(120_000)} · Click to download from 198.51.100.7:8080"
    )
