"""Files the way desktops move them: dropped on a chat, pasted in the composer, several at
once, shown in a strip (thumbnails, names, each removable) and sent one by one through
the attachment service."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jego_desktop.models.chats.pending_files import MAX_PENDING
from jego_desktop.ui.chats.chat_attachments import ChatAttachments
from jego_desktop.ui.chats.conversation_view import ConversationView
from tests.ui.chats import test_chats_page as chat_fixtures
from tests.ui.chats.test_chat_attachments import FakeAttachments, FakePlayback
from tests.ui.chats.test_chats_page import ACCOUNT, BOB, Chats

chats = chat_fixtures.chats


def picture_file(folder: Path, name: str, colour: str = "#e0442b") -> Path:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = folder / name
    assert image.save(str(path))
    return path


def plain_file(folder: Path, name: str, data: bytes = b"%PDF-1.4\n") -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def files_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def drop(chats: Chats, mime: QMimeData) -> tuple[bool, bool]:
    return drop_on(chats.page.view, mime)


def drop_on(view: ConversationView, mime: QMimeData) -> tuple[bool, bool]:
    """Drag `mime` over `view` and drop it: (drag accepted, drop accepted). Qt delivers a
    drop only to the widget that accepted the drag's entry."""
    where = view.list.geometry().center()
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPointF(where), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view, enter)
    dropped = QDropEvent(
        QPointF(where), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view, dropped)
    return enter.isAccepted(), dropped.isAccepted()


def attached(chats: Chats, tmp_path: Path) -> FakeAttachments:
    service = FakeAttachments(tmp_path)
    ChatAttachments(chats.page, service, FakePlayback())
    chats.page.open_conversation(ACCOUNT, BOB)
    return service


def sent(service: FakeAttachments) -> list[str]:
    return [Path(str(call[3])).name for call in service.calls if call[0] == "send_file"]


def test_dropped_files_wait_in_the_strip_and_each_is_sent(
    qtbot: QtBot, chats: Chats, tmp_path: Path
) -> None:
    service = attached(chats, tmp_path)
    strip = chats.page.view.strip
    beach = picture_file(tmp_path, "beach.jpg")
    report = plain_file(tmp_path, "report.pdf")
    notes = plain_file(tmp_path, "notes.txt", b"hello")
    assert not strip.isVisible()

    assert drop(chats, files_mime(beach, report, notes)) == (True, True)
    assert strip.isVisible()
    assert [chip.item.name for chip in strip.chips] == ["beach.jpg", "report.pdf", "notes.txt"]
    picture = strip.chips[0].picture.pixmap()
    assert not picture.isNull() and max(picture.width(), picture.height()) == 56  # a thumbnail
    assert strip.chips[1].picture.text() == "PDF"
    assert strip.count_label.text() == "Files to send: 3"
    assert service.calls == []  # nothing leaves before the user says so

    qtbot.mouseClick(strip.chips[2].remove_button, Qt.MouseButton.LeftButton)
    assert [chip.item.name for chip in strip.chips] == ["beach.jpg", "report.pdf"]
    qtbot.mouseClick(strip.send_button, Qt.MouseButton.LeftButton)
    assert [call[:3] for call in service.calls] == [("send_file", ACCOUNT, BOB)] * 2
    assert sent(service) == ["beach.jpg", "report.pdf"]
    assert not strip.isVisible() and len(chats.page.view.pending) == 0


def test_a_pasted_picture_and_pasted_files_go_to_the_strip_not_the_text(
    qtbot: QtBot, chats: Chats, tmp_path: Path
) -> None:
    service = attached(chats, tmp_path)
    composer = chats.page.view.composer
    clipboard = QGuiApplication.clipboard()

    screenshot = QImage(800, 600, QImage.Format.Format_RGB32)
    screenshot.fill(QColor("#2b7de0"))
    clipboard.setImage(screenshot)
    composer.editor.setFocus()
    composer.editor.paste()
    clipboard.setMimeData(files_mime(plain_file(tmp_path, "a.txt"), plain_file(tmp_path, "b.doc")))
    qtbot.keyClick(composer.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert composer.text() == ""
    pending = chats.page.view.pending.items
    assert [item.name for item in pending[1:]] == ["a.txt", "b.doc"]
    pasted = pending[0]
    assert pasted.pasted and pasted.is_picture and pasted.path.suffix == ".png"
    assert QImage(str(pasted.path)).size() == screenshot.size()

    qtbot.keyClick(composer.editor, Qt.Key.Key_Return)  # Enter with no text sends the files
    assert sent(service) == [pasted.name, "a.txt", "b.doc"]
    assert not pasted.path.exists()  # our temporary copy, once handed over


def test_text_still_pastes_as_text_and_a_caption_sends_the_files_with_it(
    qtbot: QtBot, chats: Chats, tmp_path: Path
) -> None:
    service = attached(chats, tmp_path)
    composer = chats.page.view.composer
    QGuiApplication.clipboard().setText("see you at 8")
    composer.editor.setFocus()
    composer.editor.paste()
    assert composer.text() == "see you at 8"
    assert drop(chats, files_mime(picture_file(tmp_path, "menu.png"))) == (True, True)
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return)
    assert sent(service) == ["menu.png"]
    assert chats.engine.names().count("send_message") == 1


def test_what_is_not_a_file_is_refused_and_the_count_is_bounded(
    qtbot: QtBot, chats: Chats, tmp_path: Path
) -> None:
    attached(chats, tmp_path)
    text = QMimeData()
    text.setText("just words")
    assert drop(chats, text) == (False, False)
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/cat.jpg")])
    assert drop(chats, web) == (False, False)

    with qtbot.waitSignal(chats.page.problem) as folder_refused:
        drop(chats, files_mime(tmp_path))
    assert "Only files can be sent" in str(folder_refused.args[0])
    many = [plain_file(tmp_path, f"{n}.txt") for n in range(MAX_PENDING + 5)]
    with qtbot.waitSignal(chats.page.problem) as too_many:
        drop(chats, files_mime(*many))
    assert str(MAX_PENDING) in str(too_many.args[0])
    assert len(chats.page.view.pending) == MAX_PENDING
    qtbot.mouseClick(chats.page.view.strip.clear_button, Qt.MouseButton.LeftButton)
    assert len(chats.page.view.pending) == 0


def test_without_an_open_conversation_nothing_is_taken(
    qtbot: QtBot, chats: Chats, tmp_path: Path
) -> None:
    service = FakeAttachments(tmp_path)
    ChatAttachments(chats.page, service, FakePlayback())
    view = chats.page.view
    mime = files_mime(plain_file(tmp_path, "x.txt"))
    enter = QDragEnterEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, enter)
    assert not enter.isAccepted() and len(view.pending) == 0
