"""Render the Chats view with sample conversations into docs/screenshots/.

Run from the repository root (after `bash translations/update.sh` and lrelease):
    .venv/bin/python docs/screenshot_chats.py [--dark] [--language fr|zh_CN|zh_TW]
Offscreen, with a temporary database, the fake engine and a stand-in file service;
no account or network.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication
from screenshot_kit import (
    ACCOUNT,
    parse_variant,
    sample_main_window,
    sample_settings,
    save,
    start_app,
    use_locale,
)

from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.engine_events import RegistrationChanged, TypingChanged
from jego_desktop.domain.file_transfer import FT_HTTP_CONTENT_TYPE
from jego_desktop.domain.messages import Attachment, AttachmentState, Message
from jego_desktop.domain.messages import MessageState as State
from jego_desktop.models.chats.chat_services import ChatServices
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from jego_desktop.ui.chats.chat_attachments import ChatAttachments
from jego_desktop.ui.chats.chats_page import ChatsPage
from tests.ui.fake_engine import FakeEngine

CAMILLE = "sip:+33612345678@sip.example.org"
WANG = "sip:+8613800138000@sip.example.org"
BOB = "sip:+442079460000@sip.example.org"
ALICE = "sip:alice@example.net"
CONTACTS = [
    Contact("Camille Martin", (PhoneNumber("+33 6 12 34 56 78", "cell"),)),
    Contact("王小明", (PhoneNumber("+86 138 0013 8000", "cell"),)),
    Contact("Bob Smith", (PhoneNumber("+44 20 7946 0000", "work"),)),
]


class SampleFiles(QObject):
    """Answers the view's questions about files from a temporary folder."""

    progress = Signal(int, object, object)
    problem = Signal(str)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.thumbnails: dict[int, Path] = {}
        self.files: dict[int, Path] = {}

    def thumbnail_file(self, attachment: Attachment) -> Path | None:
        return self.thumbnails.get(attachment.id or -1)

    def local_file(self, attachment: Attachment) -> Path | None:
        return self.files.get(attachment.id or -1)

    def send_file(self, *_args: object) -> None: ...
    def send_voice_message(self, *_args: object) -> None: ...
    def download(self, *_args: object) -> None: ...
    def mark_opened(self, *_args: object) -> None: ...
    def mark_from_internet(self, *_args: object) -> None: ...

    def recording_folder(self) -> Path:
        return self.folder


class SamplePlayback(QObject):
    position_changed = Signal(str, float, float)
    finished = Signal(str)
    failed = Signal(str, str)

    def play(self, path: Path) -> None: ...
    def stop(self) -> None: ...

    def current(self) -> Path | None:
        return None


def sunset(path: Path) -> None:
    """A made-up holiday picture: sky, sun and sea."""
    image = QImage(320, 220, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    sky = QLinearGradient(QPointF(0, 0), QPointF(0, 140))
    sky.setColorAt(0, QColor("#fb923c"))
    sky.setColorAt(1, QColor("#fde68a"))
    painter.fillRect(0, 0, 320, 140, sky)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f97316"))
    painter.drawEllipse(QPointF(200, 130), 36, 36)
    sea = QLinearGradient(QPointF(0, 140), QPointF(0, 220))
    sea.setColorAt(0, QColor("#0ea5e9"))
    sea.setColorAt(1, QColor("#075985"))
    painter.fillRect(0, 140, 320, 80, sea)
    painter.end()
    image.save(str(path))


def at(day_offset: int, hour: int, minute: int) -> float:
    day = datetime.now().replace(hour=hour, minute=minute, second=0, microsecond=0)
    return (day + timedelta(days=day_offset)).timestamp()


def fill(db: Database, files: SampleFiles, folder: Path, language: str) -> None:
    conversations = ConversationStore(db)
    store = MessageStore(db)

    def out(peer: str, body: str, when: float, state: State, **extra: object) -> Message:
        conversation = conversations.get_or_create(ACCOUNT, peer)
        message = store.insert_outgoing(conversation.id, body, created_at=when, **extra)  # type: ignore[arg-type]
        for step in (State.SENT, State.DELIVERED, State.DISPLAYED):
            if state is State.PENDING:
                break
            if state is State.FAILED:
                store.update_outgoing_state(message.message_id, State.FAILED, reason="480")
                break
            store.update_outgoing_state(message.message_id, step)
            if step is state:
                break
        return message

    def inc(peer: str, number: int, body: str, when: float, **extra: object) -> Message:
        conversation = conversations.get_or_create(ACCOUNT, peer)
        return store.insert_incoming(
            conversation.id,
            f"in-{number}",
            body,
            received_at=when,
            **extra,  # type: ignore[arg-type]
        ).message

    picture = Attachment(
        "plage.jpg",
        "image/jpeg",
        184_000,
        "files/received/plage.jpg",
        state=AttachmentState.AVAILABLE,
    )
    voice = Attachment(
        "voice.ogg",
        "audio/ogg;voice-recording=yes",
        22_000,
        "files/received/voice.ogg",
        state=AttachmentState.AVAILABLE,
        duration=14.0,
    )
    report = Attachment(
        "Devis-2026.pdf",
        "application/pdf",
        2_400_000,
        state=AttachmentState.REMOTE,
        download_url="https://files.example.org/abc",
    )
    inc(CAMILLE, 1, "Coucou ! Tu es rentré de Lisbonne ?", at(-1, 18, 2))
    out(CAMILLE, "Oui, hier soir. Il faisait 28 °C 😎", at(-1, 18, 5), State.DISPLAYED)
    shot = inc(
        CAMILLE, 2, "", at(-1, 18, 7), content_type=FT_HTTP_CONTENT_TYPE, attachments=(picture,)
    )
    out(CAMILLE, "Magnifique ! On dîne ensemble jeudi ?", at(0, 9, 12), State.DISPLAYED)
    said = inc(
        CAMILLE, 3, "", at(0, 9, 20), content_type=FT_HTTP_CONTENT_TYPE, attachments=(voice,)
    )
    inc(
        CAMILLE,
        4,
        "Et voilà le devis pour la cuisine <b>(en PDF)</b>",
        at(0, 9, 21),
        content_type=FT_HTTP_CONTENT_TYPE,
        attachments=(report,),
    )
    out(
        CAMILLE,
        "Parfait, je regarde ce soir.\nJeudi 20 h chez Lucien ?",
        at(0, 9, 30),
        State.DELIVERED,
    )
    out(CAMILLE, "Je réserve une table pour 4", at(0, 9, 31), State.SENT)
    out(CAMILLE, "Tu peux prévenir Alice ?", at(0, 9, 32), State.PENDING)
    out(CAMILLE, "(message envoyé hors ligne)", at(0, 9, 33), State.FAILED)

    inc(WANG, 1, "你好！明天下午三点开会，别忘了带电脑。", at(0, 8, 40))
    out(WANG, "好的，没问题 👍", at(0, 8, 45), State.DISPLAYED)
    history(store, conversations.get_or_create(ACCOUNT, BOB).id, language)
    inc(BOB, 1, "Are we still on for Friday?", at(-3, 16, 0))
    inc(BOB, 2, "Let me know by tonight", at(0, 7, 58))
    out(ALICE, "Merci pour hier soir !", at(-9, 22, 10), State.DISPLAYED)

    thumbnails = folder / "thumbnails"
    thumbnails.mkdir()
    sunset(thumbnails / "plage.jpg")
    files.thumbnails[shot.attachments[0].id or 0] = thumbnails / "plage.jpg"
    files.files[shot.attachments[0].id or 0] = thumbnails / "plage.jpg"
    files.files[said.attachments[0].id or 0] = thumbnails / "plage.jpg"


HISTORY_EN = [
    "Did you see the match last night?",
    "Yes! What a finish.",
    "The train is late again, I'll be there in twenty minutes.",
    "No worries, I'm having a coffee at the station.",
    "Can you send me the address of the restaurant?",
    "12 rue des Lilas, second floor. The door code is 4521.",
    "Thanks, see you soon",
    "I found the book you were talking about, it's in the shop near the river. "
    "Should I buy it for you?",
]
HISTORY_ZH = [
    "昨晚的比赛你看了吗？",
    "看了！结局太精彩了。",
    "火车又晚点了，我二十分钟后到。",
    "没关系，我在车站喝咖啡。",
    "能把餐厅地址发给我吗？",
    "丁香街12号二楼，门禁密码4521。",
    "谢谢，一会儿见",
    "我找到你说的那本书了，就在河边那家书店。要我帮你买吗？",
]
HISTORY_ZH_TW = [
    "昨晚的比賽你有看嗎？",
    "有啊！結局太精彩了。",
    "火車又誤點了，我二十分鐘後到。",
    "沒關係，我在車站喝咖啡。",
    "可以把餐廳地址傳給我嗎？",
    "丁香街12號二樓，大門密碼4521。",
    "謝謝，待會見",
    "我找到你說的那本書了，就在河邊那家書店。要幫你買嗎？",
]
HISTORY = {"zh_CN": HISTORY_ZH, "zh_TW": HISTORY_ZH_TW}


def history(store: MessageStore, conversation_id: int, language: str) -> None:
    """Weeks of older messages with Bob: enough to scroll up through several pages."""
    lines = HISTORY.get(language, HISTORY_EN)
    for number in range(600):
        when = at(-40 + number // 16, 9 + (number % 16) // 2, (number * 7) % 60)
        body = lines[number % len(lines)]
        if number % 3:
            store.insert_incoming(conversation_id, f"old-{number}", body, received_at=when)
        else:
            sent = store.insert_outgoing(conversation_id, body, created_at=when)
            for state in (State.SENT, State.DELIVERED, State.DISPLAYED):
                store.update_outgoing_state(sent.message_id, state)
    store.mark_read(conversation_id)  # read back then: the list shows only today's unread


def scroll_up_through_history(page: ChatsPage) -> None:
    """Open the long conversation and scroll up as a user would: older pages load
    at the top while the rows on screen stay put."""
    page.open_conversation(ACCOUNT, BOB)
    bar = page.view.list.verticalScrollBar()
    for _ in range(5):
        QApplication.processEvents()
    for _ in range(12):
        bar.setValue(max(0, bar.value() - 900))
        for _ in range(3):
            QApplication.processEvents()
            time.sleep(0.02)


def main() -> int:
    variant = parse_variant(sys.argv[1:])
    language, suffix = variant.language, variant.suffix
    start_app(variant)
    use_locale(language)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        db = Database.open(folder / "jego.sqlite3")
        ContactStore(db).add_many(CONTACTS)
        files = SampleFiles(folder)
        fill(db, files, folder, language)
        engine = FakeEngine()
        messaging = MessagingService(engine, ConversationStore(db), MessageStore(db))
        messaging.connect_engine(engine)
        engine.publish(RegistrationChanged(ACCOUNT, RegistrationState.REGISTERED, 200, "OK"))
        window = sample_main_window(sample_settings(folder), 1080, 720)
        window.contacts.set_store(ContactStore(db))
        page = window.chats_page
        page.connect_services(
            ChatServices(
                messaging,
                ConversationStore(db),
                MessageStore(db),
                NewerMessages(db),
                MessageSearch(db),
            )
        )
        ChatAttachments(page, files, SamplePlayback())
        window.show()
        window.activateWindow()
        window.show_page(0)
        opened = page.open_conversation(ACCOUNT, CAMILLE)
        assert opened is not None
        messaging.mark_read(opened.id)  # offscreen windows are never active: as if seen
        page.conversations.refresh()
        voice_path = str(files.files[max(files.files)])
        page.view.delegate.voice_position[voice_path] = (5.0, 14.0)
        engine.publish(TypingChanged(ACCOUNT, WANG, True, 60))
        page.view.list.scroll_to_end()
        for _ in range(5):
            QApplication.processEvents()
            time.sleep(0.02)
        save(window, f"chats{suffix}")

        page.open_search()
        page.search.setText({"zh_CN": "开会", "zh_TW": "書店"}.get(language, "table"))
        save(window, f"chats-search{suffix}")
        page.close_search()

        scroll_up_through_history(page)
        save(window, f"chats-history{suffix}")
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
