"""GroupChats and the fan-out over a real store and a fake engine: one stored message,
a copy per member, per-member states, plain text for a phone that refuses CPIM."""

from __future__ import annotations

from typing import Any

import pytest

from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.chat_headers import chat_header
from jego_desktop.domain.engine_events import (
    MessageDelivered,
    MessageDisplayed,
    MessageFailed,
    MessageReceived,
    MessageSent,
    RegistrationChanged,
)
from jego_desktop.domain.group_headers import GROUP_ID, GROUP_VERSION, parse_group_headers
from jego_desktop.domain.group_rules import MAX_PENDING_INVITATIONS
from jego_desktop.domain.groups import (
    GROUP_EVENT_CONTENT_TYPE,
    Group,
    GroupError,
    GroupProblem,
    GroupReceipts,
    GroupStatus,
)
from jego_desktop.domain.messages import MessageState
from jego_desktop.engine.signals import EngineSignals
from jego_desktop.models.chats.deletions import Deletion
from jego_desktop.models.chats.group_chats import GroupChats
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.groups import GroupStore
from jego_desktop.store.messages import MessageStore

KEY = "alice@127.0.0.1:5060"
ALICE, BOB, CAROL = "sip:alice@127.0.0.1", "sip:bob@127.0.0.1", "sip:carol@127.0.0.1"


class FakeEngine(EngineSignals):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[Any, ...]] = []
        self.history: list[tuple[Any, ...]] = []  # every copy sent, answered or not
        self.receipts: list[tuple[str, str, list[str]]] = []

    def send_message(self, *args: Any) -> None:
        self.sent.append(args)
        self.history.append(args)

    def send_display_receipts(self, account_key: str, peer: str, ids: list[str]) -> None:
        self.receipts.append((account_key, peer, ids))

    def send_typing(self, account_key: str, peer: str, active: bool) -> None:
        raise AssertionError("no typing notices in groups")

    def register(self, state: RegistrationState = RegistrationState.REGISTERED) -> None:
        self.registration_changed.emit(RegistrationChanged(KEY, state, 200, "registered", 300))

    def answer(self, code: int = 200) -> None:
        """The server answers every copy on its way."""
        sent, self.sent = self.sent, []
        for _key, peer, message_id, *_ in sent:
            if code == 200:
                self.message_sent.emit(MessageSent(KEY, peer, message_id, "call-id"))
            else:
                self.message_failed.emit(MessageFailed(KEY, peer, message_id, code, "refused"))


@pytest.fixture
def engine(qapp: Any) -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def messaging(engine: FakeEngine, db: Database) -> MessagingService:
    service = MessagingService(engine, ConversationStore(db), MessageStore(db))
    service.connect_engine(engine)
    return service


@pytest.fixture
def groups(messaging: MessagingService, db: Database) -> GroupChats:
    return GroupChats(messaging, db, own_uri=lambda _key: ALICE)


def family(groups: GroupChats, engine: FakeEngine) -> Group:
    engine.register()
    group = groups.create_group(KEY, "Family", ["bob", CAROL])
    engine.answer()
    return group


def test_creating_a_group_sends_its_event_to_every_member(
    groups: GroupChats, engine: FakeEngine, db: Database
) -> None:
    engine.register()
    changed: list[Group] = []
    groups.group_changed.connect(changed.append)
    group = groups.create_group(KEY, " Family ", ["bob", CAROL, "sip:alice@127.0.0.1"])
    assert (group.name, group.members, group.version) == ("Family", (BOB, CAROL), 1)
    assert changed == [group]
    assert [(peer, ctype, cpim) for _k, peer, _i, _b, ctype, cpim, _h in engine.sent] == [
        (BOB, GROUP_EVENT_CONTENT_TYPE, True),
        (CAROL, GROUP_EVENT_CONTENT_TYPE, True),
    ]
    headers = parse_group_headers(engine.sent[0][6])
    assert headers is not None and headers.members == (ALICE, BOB, CAROL)
    assert headers.event == "created"
    [line] = MessageStore(db).page(group.conversation_id)
    assert line.content_type == GROUP_EVENT_CONTENT_TYPE
    conversation = ConversationStore(db).get(group.conversation_id)
    assert conversation is not None and conversation.title == "Family"


@pytest.mark.parametrize(
    ("name", "members", "problem"),
    [
        ("", ["bob"], GroupProblem.NO_NAME),
        ("Family", [], GroupProblem.NO_MEMBERS),
        ("Family", ["bob", "no way!"], GroupProblem.BAD_ADDRESS),
        ("Family", [f"m{n}" for n in range(50)], GroupProblem.TOO_MANY_MEMBERS),
    ],
)
def test_a_group_that_cannot_be_made_says_why(
    groups: GroupChats, name: str, members: list[str], problem: GroupProblem
) -> None:
    with pytest.raises(GroupError) as error:
        groups.create_group(KEY, name, members)
    assert error.value.problem is problem


def test_one_message_to_the_group_is_one_stored_message_with_a_copy_per_member(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    group = family(groups, engine)
    message = messaging.send(KEY, group.peer_uri, "hello")
    assert [(peer, body) for _k, peer, _i, body, *_ in engine.sent] == [
        (BOB, "hello"),
        (CAROL, "hello"),
    ]
    assert {args[2] for args in engine.sent} == {message.message_id}
    # Everyone saw version 0 so far (no message from them): the list goes along.
    assert chat_header(engine.sent[0][6], GROUP_ID) == group.id
    engine.answer()
    stored = MessageStore(db).get(message.id)
    assert stored is not None and stored.state is MessageState.SENT
    engine.message_delivered.emit(MessageDelivered(KEY, BOB, message.message_id))
    engine.message_displayed.emit(MessageDisplayed(KEY, BOB, message.message_id))
    assert groups.receipts(message.message_id) == GroupReceipts(2, 1, 1)
    stored = MessageStore(db).get(message.id)
    assert stored is not None and stored.state is MessageState.SENT  # Carol has not yet
    engine.message_delivered.emit(MessageDelivered(KEY, CAROL, message.message_id))
    stored = MessageStore(db).get(message.id)
    assert stored is not None and stored.state is MessageState.DELIVERED


def test_a_receipt_from_someone_the_group_message_did_not_go_to_changes_nothing(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    """Eve learnt the message's id (a member showed her): her receipts are not the
    members', and the message as a whole must not read "read" or "delivered"."""
    group = family(groups, engine)
    message = messaging.send(KEY, group.peer_uri, "hello")
    engine.answer()
    eve = "sip:eve@127.0.0.1"
    engine.message_delivered.emit(MessageDelivered(KEY, eve, message.message_id))
    engine.message_displayed.emit(MessageDisplayed(KEY, eve, message.message_id))
    stored = MessageStore(db).get(message.id)
    assert stored is not None and stored.state is MessageState.SENT
    assert groups.receipts(message.message_id) == GroupReceipts(2, 0, 0)


def test_a_member_whose_phone_refuses_cpim_gets_plain_text_with_the_group_in_front(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    group = family(groups, engine)
    message = messaging.send(KEY, group.peer_uri, "lunch at noon")
    to_carol = engine.sent.pop()
    engine.message_failed.emit(MessageFailed(KEY, CAROL, to_carol[2], 415, "unsupported"))
    assert engine.sent[-1][1:6] == (
        CAROL,
        message.message_id,
        "[Family] alice: lunch at noon",
        "text/plain",
        False,
    )
    engine.answer()
    stored = MessageStore(db).get(message.id)
    assert stored is not None and stored.state is MessageState.SENT


def test_copies_to_one_member_leave_one_at_a_time_and_wait_for_registration(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    group = family(groups, engine)
    engine.register(RegistrationState.UNREGISTERED)
    first = messaging.send(KEY, group.peer_uri, "one")
    second = messaging.send(KEY, group.peer_uri, "two")
    assert engine.sent == []
    engine.register()
    assert [(args[1], args[3]) for args in engine.sent] == [(BOB, "one"), (CAROL, "one")]
    engine.answer()
    assert [(args[1], args[3]) for args in engine.sent] == [(BOB, "two"), (CAROL, "two")]
    engine.answer(503)  # a temporary failure: tried again at the next registration
    stored = MessageStore(db).get(second.id)
    assert stored is not None and stored.state is MessageState.FAILED
    engine.register()
    assert sorted(args[1] for args in engine.sent) == [BOB, CAROL]
    engine.answer()
    for message in (first, second):
        stored = MessageStore(db).get(message.id)
        assert stored is not None and stored.state is MessageState.SENT


@pytest.mark.parametrize("whole_conversation", [False, True])
def test_a_group_message_deleted_in_the_undo_window_does_not_leave(
    groups: GroupChats,
    messaging: MessagingService,
    engine: FakeEngine,
    db: Database,
    whole_conversation: bool,
) -> None:
    """Neither behind a copy on its way to the same member, nor at the next
    registration after a temporary failure."""
    group = family(groups, engine)
    first = messaging.send(KEY, group.peer_uri, "first")
    gone = messaging.send(KEY, group.peer_uri, "not for the family after all")
    assert [args[2] for args in engine.sent] == [first.message_id] * 2  # gone waits
    conversation = ConversationStore(db).get(group.conversation_id)
    deletion = (
        Deletion(conversation=conversation) if whole_conversation else Deletion(messages=(gone,))
    )
    messaging.withhold(deletion)
    engine.answer(503)  # first: a temporary failure, tried again at the next registration
    engine.register()
    for _ in range(3):
        engine.answer()
    sent = [args[2] for args in engine.history]
    assert gone.message_id not in sent
    assert (sent.count(first.message_id) == 4) is not whole_conversation
    messaging.give_back(deletion)  # undone: it goes after all
    for _ in range(3):
        engine.answer()
    assert gone.message_id in [args[2] for args in engine.history]


def test_rename_add_remove_and_leave_each_make_a_new_version(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    group = family(groups, engine)
    groups.rename_group(group.id, "Family 2026")
    groups.add_members(group.id, ["dave"])
    groups.remove_member(group.id, BOB)
    engine.answer()  # (copies go one at a time per member)
    engine.answer()
    engine.answer()
    now = groups.group(group.id)
    assert now is not None
    assert (now.name, now.version) == ("Family 2026", 4)
    assert now.members == (CAROL, "sip:dave@127.0.0.1")
    groups.leave_group(group.id)
    left = groups.group(group.id)
    assert left is not None and left.status is GroupStatus.LEFT
    with pytest.raises(GroupError):
        messaging.send(KEY, group.peer_uri, "still there?")
    lines = MessageStore(db).page(group.conversation_id)
    events = [line.body for line in lines if line.content_type == GROUP_EVENT_CONTENT_TYPE]
    assert [e.split('"')[3] for e in events] == ["created", "renamed", "added", "removed", "left"]
    versions = {chat_header(args[6], GROUP_VERSION) for args in engine.sent}
    assert versions == {"5"}  # the "left" copies carry the last version


def test_display_receipts_go_to_each_author_and_invitations_wait(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    group = family(groups, engine)
    received = MessageStore(db).insert_incoming(
        group.conversation_id, "from-bob", "hi", wants_display_report=True, author_uri=BOB
    )
    messaging.on_message_received(
        MessageReceived(KEY, BOB, "from-bob", "hi", "text/plain", stored=received.message)
    )
    messaging.mark_read(group.conversation_id)
    assert engine.receipts == [(KEY, BOB, ["from-bob"])]

    invited: list[Group] = []
    groups.invitation_received.connect(invited.append)
    stranger = Group("f" * 32, KEY, "Prize", (CAROL,), 1, GroupStatus.INVITED, "sip:eve@x", 0)
    GroupStore(db).save(stranger)
    messaging.on_message_received(MessageReceived(KEY, "sip:eve@x", "x", "", "text/plain"))
    assert [g.id for g in invited] == [stranger.id]
    groups.accept_invitation(stranger.id)
    joined = groups.group(stranger.id)
    assert joined is not None and joined.status is GroupStatus.MEMBER and joined.conversation_id
    [line] = MessageStore(db).page(joined.conversation_id)
    assert line.author_uri == "sip:eve@x"


def test_a_deleted_group_conversation_comes_back_with_the_next_change(
    groups: GroupChats, engine: FakeEngine, db: Database
) -> None:
    group = family(groups, engine)
    ConversationStore(db).delete(group.conversation_id)
    assert groups.group(group.id) is not None
    groups.rename_group(group.id, "Family again")
    renamed = groups.group(group.id)
    assert renamed is not None and renamed.conversation_id
    conversation = ConversationStore(db).get(renamed.conversation_id)
    assert conversation is not None and conversation.title == "Family again"


def test_a_change_made_by_another_member_is_signalled_once(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    from jego_desktop.domain.group_events import GroupEvent
    from jego_desktop.domain.group_headers import GroupHeaders
    from jego_desktop.domain.incoming_messages import IncomingText

    group = family(groups, engine)
    changed: list[Group] = []
    groups.group_changed.connect(changed.append)
    renamed = GroupEvent("renamed", BOB, "Family 2026").to_json()
    for copy in range(2):  # a retransmission changes nothing more
        accepted = messaging.sink.accept(
            IncomingText(
                account_key=KEY,
                peer_uri=BOB,
                message_id="rename-1",
                body=renamed,
                content_type=GROUP_EVENT_CONTENT_TYPE,
                own_uri=ALICE,
                group=GroupHeaders(group.id, "Family 2026", 2, (ALICE, BOB, CAROL), "renamed"),
            )
        )
        assert accepted.is_new is (copy == 0)
        messaging.on_message_received(
            MessageReceived(
                KEY,
                BOB,
                "rename-1",
                renamed,
                GROUP_EVENT_CONTENT_TYPE,
                stored=accepted.stored if accepted.is_new else None,
            )
        )
    assert [(g.name, g.version) for g in changed] == [("Family 2026", 2)]


def deliver(
    messaging: MessagingService,
    sender: str,
    message_id: str,
    body: str,
    headers: Any,
    content_type: str = "text/plain",
) -> Any:
    """A group message from `sender` through the store's sink, announced like the engine."""
    from jego_desktop.domain.incoming_messages import IncomingText

    accepted = messaging.sink.accept(
        IncomingText(
            account_key=KEY,
            peer_uri=sender,
            message_id=message_id,
            body=body,
            content_type=content_type,
            own_uri=ALICE,
            group=headers,
        )
    )
    messaging.on_message_received(
        MessageReceived(KEY, sender, message_id, body, content_type, stored=accepted.stored)
    )
    return accepted


def event_of(kind: str, by: str, name: str, members: tuple[str, ...]) -> str:
    from jego_desktop.domain.group_events import GroupEvent

    return GroupEvent(kind, by, name, members).to_json()


def group_headers(
    group_id: str,
    version: int,
    members: tuple[str, ...] | None,
    event: str = "",
    name: str = "Family",
) -> Any:
    from jego_desktop.domain.group_headers import GroupHeaders

    return GroupHeaders(group_id, name, version, members, event)


@pytest.mark.parametrize("known", [True, False])
def test_a_user_who_left_is_a_member_again_when_a_member_adds_them(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database, known: bool
) -> None:
    group = family(groups, engine)
    if known:
        messaging.send(KEY, BOB, "hi Bob")  # someone the user wrote to
    groups.leave_group(group.id)  # version 2
    chatter = group_headers(group.id, 2, None)
    assert not deliver(messaging, BOB, "b-1", "you left?", chatter).is_new
    invited: list[Group] = []
    groups.invitation_received.connect(invited.append)
    everyone = (ALICE, BOB, CAROL)
    re_add = event_of("added", BOB, "Family", (ALICE,))
    deliver(
        messaging,
        BOB,
        "b-2",
        re_add,
        group_headers(group.id, 3, everyone, "added"),
        GROUP_EVENT_CONTENT_TYPE,
    )
    again = groups.group(group.id)
    assert again is not None and again.version == 3 and again.invited_by == BOB
    if known:
        assert again.status is GroupStatus.MEMBER and invited == []
    else:
        assert again.status is GroupStatus.INVITED and [g.id for g in invited] == [group.id]
        groups.accept_invitation(group.id)
    assert deliver(messaging, BOB, "b-3", "welcome back", group_headers(group.id, 3, None)).is_new
    bodies = [m.body for m in MessageStore(db).page(group.conversation_id)]
    assert bodies[-1] == "welcome back"
    messaging.send(KEY, group.peer_uri, "thanks")  # and the user can write again


def test_messages_to_an_invited_user_wait_for_the_yes_and_go_with_a_no(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    engine.register()
    eve, dave = "sip:eve@x", "sip:dave@x"
    answers = {}
    for answer, group_id in (("yes", "a" * 32), ("no", "b" * 32)):
        everyone = (eve, ALICE, dave)
        created = event_of("created", eve, "Prize", everyone)
        first = group_headers(group_id, 1, everyone, "created", "Prize")
        deliver(messaging, eve, f"{answer}-0", created, first, GROUP_EVENT_CONTENT_TYPE)
        for n in range(55):  # more than are held: the newest 50 wait
            author = eve if n % 2 else dave
            accepted = deliver(
                messaging,
                author,
                f"{answer}-{n + 1}",
                f"message {n + 1}",
                group_headers(group_id, 1, None, name="Prize"),
            )
            assert not accepted.is_new and accepted.stored is None
        invitation = groups.group(group_id)
        assert invitation is not None and invitation.status is GroupStatus.INVITED
        assert invitation.conversation_id == 0  # nothing of it is shown yet
        answers[answer] = group_id
    groups.decline_invitation(answers["no"])
    assert GroupStore(db).held(answers["no"]) == []
    from jego_desktop.domain.incoming_messages import IncomingRecall

    # Eve takes back her message 54 before Alice answers; Dave cannot take it back for her
    messaging.sink.recall(IncomingRecall(KEY, dave, "yes-52", answers["yes"]))
    messaging.sink.recall(IncomingRecall(KEY, eve, "yes-54", answers["yes"]))
    shown: list[Any] = []
    messaging.message_added.connect(shown.append)
    groups.accept_invitation(answers["yes"])
    joined = groups.group(answers["yes"])
    assert joined is not None and joined.status is GroupStatus.MEMBER
    lines = MessageStore(db).page(joined.conversation_id, limit=100)
    texts = [line.body for line in lines if line.content_type == "text/plain"]
    assert texts == [f"message {n}" for n in range(6, 56) if n != 54]
    assert {line.author_uri for line in lines if line.content_type == "text/plain"} == {eve, dave}
    assert len(shown) == 50  # the "added" line and the 49 held still
    assert GroupStore(db).held(answers["yes"]) == []


def test_a_group_file_is_fetched_by_who_sent_it_not_by_whether_the_user_wrote_in_the_group(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database, tmp_path: Any
) -> None:
    from pathlib import Path

    from jego_desktop.domain.download_limits import DownloadLimits
    from jego_desktop.domain.file_transfer import FT_HTTP_CONTENT_TYPE, FileInfo, attachment_for
    from jego_desktop.models.chats.attachments import AttachmentService
    from jego_desktop.store.auto_downloads import AutoDownloads
    from jego_desktop.store.file_store import FileStore

    asked: list[tuple[str, str]] = []

    def known_sender(account_key: str, peer_uri: str) -> bool:
        asked.append((account_key, peer_uri))
        return False  # a stranger's file waits for a click

    service = AttachmentService(
        messaging,
        MessageStore(db),
        ConversationStore(db),
        FileStore(Path(tmp_path) / "files"),
        server_url=lambda _key: "",
        credentials=lambda _key: None,
        limits=lambda: DownloadLimits(10_000_000, 100, 100_000_000, 1_000_000_000),
        known_sender=known_sender,
        auto_downloads=AutoDownloads(db),
    )
    group = family(groups, engine)  # the user wrote in the group
    info = FileInfo("a.jpg", 1000, "image/jpeg", "https://files.example.org/a.jpg")
    stored = MessageStore(db).insert_incoming(
        group.conversation_id,
        "file-1",
        "<file/>",
        content_type=FT_HTTP_CONTENT_TYPE,
        attachments=(attachment_for(info),),
        author_uri=CAROL,
    )
    messaging.message_added.emit(stored.message)
    assert asked == [(KEY, CAROL)]
    service.shutdown()


def test_the_author_takes_a_group_message_back_from_every_cpim_member(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    from jego_desktop.domain.chat_headers import RECALL_ID
    from jego_desktop.domain.recall_rules import RecallRefusal

    group = family(groups, engine)
    message = messaging.send(KEY, group.peer_uri, "wrong group!")
    to_carol = engine.sent.pop()
    engine.message_failed.emit(MessageFailed(KEY, CAROL, to_carol[2], 415, "unsupported"))
    engine.answer()  # Bob's CPIM copy and Carol's plain-text copy
    sent = MessageStore(db).get(message.id)
    assert sent is not None and sent.state is MessageState.SENT
    assert messaging.recall_refusal(sent) is None
    assert messaging.recall(sent) is None
    [(_key, peer, _id, _body, _ctype, cpim, headers)] = engine.sent  # Carol cannot be told
    assert (peer, cpim, chat_header(headers, RECALL_ID)) == (BOB, True, message.message_id)
    assert chat_header(headers, GROUP_ID) == group.id
    changed: list[Any] = []
    messaging.message_changed.connect(changed.append)
    engine.answer()
    taken = MessageStore(db).get(message.id)
    assert taken is not None and taken.recalled
    assert any(m.id == message.id and m.recalled for m in changed)
    assert messaging.recall_refusal(taken) is RecallRefusal.RECALLED


def test_only_the_author_s_recall_takes_a_group_message_back(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    from jego_desktop.domain.incoming_messages import IncomingRecall

    group = family(groups, engine)
    deliver(messaging, BOB, "from-bob", "a secret", group_headers(group.id, 1, None))
    assert messaging.sink.recall(IncomingRecall(KEY, CAROL, "from-bob", group.id)) is None
    assert messaging.sink.recall(IncomingRecall(KEY, BOB, "from-bob", "e" * 32)) is None
    taken = messaging.sink.recall(IncomingRecall(KEY, BOB, "from-bob", group.id))
    assert taken is not None and taken.stored.recalled and taken.stored.author_uri == BOB
    [line] = [m for m in MessageStore(db).page(group.conversation_id) if m.message_id == "from-bob"]
    assert line.recalled and "secret" not in line.body


@pytest.mark.parametrize("event_id", ["0-sorts-first", "z-sorts-last"])
def test_the_user_s_change_and_a_member_s_of_the_same_version_settle_by_their_order(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, event_id: str
) -> None:
    """Alice (the user) renames while Carol adds Dave: both make version 2. Carol's
    ("sip:carol...", id) sorts after Alice's ("sip:alice...", id) whatever the ids."""
    group = family(groups, engine)
    groups.rename_group(group.id, "Alice's name")
    dave = "sip:dave@127.0.0.1"
    added = event_of("added", CAROL, "Family", (dave,))
    everyone = (ALICE, BOB, CAROL, dave)
    deliver(
        messaging,
        CAROL,
        event_id,
        added,
        group_headers(group.id, 2, everyone, "added"),
        GROUP_EVENT_CONTENT_TYPE,
    )
    settled = groups.group(group.id)
    assert settled is not None and settled.version == 2
    assert (settled.name, settled.members) == ("Family", (BOB, CAROL, dave))
    # Bob's rename of version 2 sorts before Carol's: it changes nothing any more
    renamed = event_of("renamed", BOB, "Bob's name", ())
    bob_headers = group_headers(group.id, 2, (ALICE, BOB, CAROL), "renamed", "Bob's name")
    assert not deliver(messaging, BOB, "zzz", renamed, bob_headers, GROUP_EVENT_CONTENT_TYPE).is_new
    again = groups.group(group.id)
    assert again is not None and (again.name, again.members) == ("Family", (BOB, CAROL, dave))


def test_invitations_made_and_withdrawn_over_and_over_are_not_all_remembered(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine
) -> None:
    """Strangers invite and withdraw at will (each a new group): what the GUI keeps of
    the invitations it announced must not grow with them."""
    engine.register()
    invited: list[Group] = []
    withdrawn: list[str] = []
    groups.invitation_received.connect(invited.append)
    groups.invitation_withdrawn.connect(withdrawn.append)
    rounds = 2 * MAX_PENDING_INVITATIONS
    for n in range(rounds):
        eve, group_id, dave = f"sip:eve{n}@x", f"{n:032x}", "sip:dave@x"
        everyone = (eve, ALICE, dave)
        created = event_of("created", eve, "Prize", everyone)
        invitation = group_headers(group_id, 1, everyone, "created", "Prize")
        deliver(messaging, eve, f"i{n}", created, invitation, GROUP_EVENT_CONTENT_TYPE)
        removed = event_of("removed", eve, "Prize", (ALICE,))
        withdrawal = group_headers(group_id, 2, (eve, dave), "removed", "Prize")
        deliver(messaging, eve, f"w{n}", removed, withdrawal, GROUP_EVENT_CONTENT_TYPE)
    assert len(invited) == rounds and groups.invitations() == []
    assert withdrawn == [f"{n:032x}" for n in range(rounds)]  # each at once
    assert len(groups._seen) <= MAX_PENDING_INVITATIONS  # the memory at stake


DAVE, ERIN = "sip:dave@127.0.0.1", "sip:erin@127.0.0.1"


def members_change_on_every_read(
    monkeypatch: pytest.MonkeyPatch, messaging: MessagingService, group: Group, times: int
) -> None:
    """Bob's change arrives on the engine thread right after each of the next `times`
    reads of the group, before the user's change of it is saved: first Bob adds Dave,
    then he renames the group."""
    real_get = GroupStore.get
    arrived: list[int] = []

    def get(store: GroupStore, group_id: str) -> Group | None:
        found = real_get(store, group_id)
        if len(arrived) < times:
            version = len(arrived) + 2
            arrived.append(version)
            everyone = (ALICE, BOB, CAROL, DAVE)
            if version == 2:
                body, headers = (
                    event_of("added", BOB, "Family", (DAVE,)),
                    group_headers(group.id, 2, everyone, "added"),
                )
            else:
                name = f"Family {version}"
                body, headers = (
                    event_of("renamed", BOB, name, ()),
                    group_headers(group.id, version, everyone, "renamed", name),
                )
            deliver(messaging, BOB, f"b-{version}", body, headers, GROUP_EVENT_CONTENT_TYPE)
        return found

    monkeypatch.setattr(GroupStore, "get", get)


@pytest.mark.parametrize(
    ("action", "name", "members", "status"),
    [
        ("rename", "Us", (BOB, CAROL, DAVE), GroupStatus.MEMBER),
        ("add", "Family", (BOB, CAROL, DAVE, ERIN), GroupStatus.MEMBER),
        ("remove", "Family", (BOB, DAVE), GroupStatus.MEMBER),
        ("leave", "Family", (BOB, CAROL, DAVE), GroupStatus.LEFT),
    ],
)
def test_a_member_s_change_arriving_while_the_user_changes_the_group_is_kept(
    groups: GroupChats,
    messaging: MessagingService,
    engine: FakeEngine,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
    name: str,
    members: tuple[str, ...],
    status: GroupStatus,
) -> None:
    group = family(groups, engine)
    members_change_on_every_read(monkeypatch, messaging, group, times=1)
    if action == "rename":
        groups.rename_group(group.id, "Us")
    elif action == "add":
        groups.add_members(group.id, [ERIN])
    elif action == "remove":
        groups.remove_member(group.id, CAROL)
    else:
        groups.leave_group(group.id)
    now = groups.group(group.id)
    assert now is not None
    assert (now.name, now.members, now.version, now.status) == (name, members, 3, status)
    headers = parse_group_headers(engine.sent[-1][6])  # what the members are told
    assert headers is not None and headers.version == 3
    assert DAVE in [peer for _key, peer, *_ in engine.sent]
    lines = [m for m in MessageStore(db).page(group.conversation_id) if m.author_uri == BOB]
    assert len(lines) == 1  # Bob's "added Dave" line stays too


def test_the_user_s_change_gives_up_when_members_change_the_group_at_every_try(
    groups: GroupChats,
    messaging: MessagingService,
    engine: FakeEngine,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from jego_desktop.models.chats.group_chats import MAX_ATTEMPTS
    from jego_desktop.store.errors import GroupChangedError

    group = family(groups, engine)
    members_change_on_every_read(monkeypatch, messaging, group, times=MAX_ATTEMPTS)
    with pytest.raises(GroupError) as raised:
        groups.rename_group(group.id, "Us")
    assert raised.value.problem is GroupProblem.NOT_SAVED
    assert isinstance(raised.value.__cause__, GroupChangedError)
    now = groups.group(group.id)
    last = MAX_ATTEMPTS + 1
    assert now is not None and (now.name, now.version) == (f"Family {last}", last)
    assert engine.sent == []  # nothing of the user's rename went out
    own = [m for m in MessageStore(db).page(group.conversation_id) if not m.author_uri]
    assert len(own) == 1  # only the "created" line


def test_a_change_of_the_user_s_that_cannot_be_stored_whole_leaves_nothing(
    groups: GroupChats, engine: FakeEngine, db: Database
) -> None:
    from jego_desktop.store.errors import DatabaseError

    group = family(groups, engine)
    changed: list[Group] = []
    groups.group_changed.connect(changed.append)
    with db.write() as connection:  # the last step fails, as on a full disk
        connection.execute(
            "CREATE TEMP TRIGGER full_disk BEFORE INSERT ON main.group_deliveries"
            " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    with pytest.raises(GroupError) as raised:
        groups.rename_group(group.id, "Us")
    assert raised.value.problem is GroupProblem.NOT_SAVED
    assert isinstance(raised.value.__cause__, DatabaseError)
    assert groups.group(group.id) == group and changed == [] and engine.sent == []
    conversation = ConversationStore(db).get(group.conversation_id)
    assert conversation is not None and conversation.title == "Family"
    assert len(MessageStore(db).page(group.conversation_id)) == 1  # the "created" line only
    assert GroupStore(db).last_change(group.id).prior_members == ()  # the creation's
