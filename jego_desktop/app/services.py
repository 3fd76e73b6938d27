"""The store, the engine and what connects them to the window; stopped at quit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from jego_desktop.app.accounts import AccountBinding, ask_missing_passwords
from jego_desktop.app.calls import wire_call_views, wire_voicemail
from jego_desktop.app.chats import wire_chats
from jego_desktop.app.database import open_database
from jego_desktop.app.engine_setup import engine_config, follow_network_changes, show_engine_error
from jego_desktop.app.presence import wire_my_status, wire_presence
from jego_desktop.app.settings import wire_settings
from jego_desktop.cli.remote_commands import RemoteActions, RemoteCommands
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.echo import VoiceSettings
from jego_desktop.media.ringer import Ringer
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.models.calls.call_log import CallLogRecorder
from jego_desktop.models.calls.dtmf_choice import DtmfByMethod
from jego_desktop.models.calls.post_dial import PostDial
from jego_desktop.models.calls.ring_control import RingControl
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.models.settings.settings_values import AppSettings
from jego_desktop.models.settings.sound_devices import SoundDevices
from jego_desktop.models.settings.turn_password import TurnPassword
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.models.window.sound_notice import sound_notice
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.secrets import SecretStore

if TYPE_CHECKING:
    from jego_desktop.app.after_paint import AfterFirstPaint
    from jego_desktop.domain.commands import Reply
    from jego_desktop.store.database import Database
    from jego_desktop.store.profile import Profile
    from jego_desktop.ui.window.main_window import MainWindow


class Services:
    """The store, the engine and what connects them to the window; stopped at quit.

    Made before the window's first paint; the accounts are bound (the keyring read) and
    the engine started (pjsua2 imported) by `begin`, once the window has painted or when
    a command comes first (issue #15)."""

    def __init__(
        self,
        database: Database | None,
        engine: CallEngine,
        commands: RemoteCommands,
        call_log: CallLogRecorder | None = None,
        begin: Callable[[], None] | None = None,
    ) -> None:
        self.database = database
        self.engine = engine
        self.commands = commands
        self.call_log = call_log
        self._begin = begin

    @classmethod
    def start(
        cls,
        profile: Profile,
        settings: QSettings,
        window: MainWindow,
        after_paint: AfterFirstPaint,
    ) -> Services:
        values = AppSettings(settings)
        database = open_database(profile, window)
        bridge, sound_devices = start_sound(values, window)
        secrets = SecretStore(profile.keyring_service, profile.legacy_keyring_services)
        engine = CallEngine(engine_config(values, TurnPassword(secrets)), bridge, parent=window)
        wire_engine_problems(engine, bridge, window)
        status = wire_registration_status(engine, window)
        messaging, recorder = wire_store(engine, database, window)
        ringer, rings = wire_ringing(engine, values, window)
        bound = AccountBinding(engine, secrets, database, status)
        wire_my_status(window, engine)  # before the accounts: they publish it from the start
        bound.show_stored()  # the first paint shows the numbers; `begin` binds them
        if messaging is not None and database is not None:
            # Files and voice messages (~10 ms of imports) once the window has painted,
            # before `begin` starts the engine (later in the same list): before any message.
            def wire_attachments() -> None:
                from jego_desktop.app.attachments import wire_attachments as wire

                wire(messaging, database, profile, settings, secrets, window)

            after_paint.later(wire_attachments)
        post_dial = wire_post_dial(engine, window)
        wire_call_views(window, engine, bound.accounts, status, profile, post_dial)
        wire_voicemail(window, engine, bound.accounts, status, database)
        wire_presence(window, engine, status, messaging, database, after_paint)
        wire_settings(
            window,
            engine,
            status,
            bound,
            secrets,
            database,
            bridge,
            rings,
            ringer,
            profile.root,
            sound_devices,
        )
        after_paint.later(lambda: follow_network_changes(engine, window))
        commands = wire_remote_commands(
            engine, bound, messaging, database, post_dial, values, window
        )

        def begin() -> None:
            bound.reload()
            ask_missing_passwords(window, bound, secrets)
            # Last: a queued event is delivered only to the slots connected when it is
            # emitted, and a registration can come back before the wiring above is done.
            # The commands given so far (accounts, codecs, message sink) wait in the
            # engine's queue.
            engine.start()

        services = cls(database, engine, commands, recorder, begin)
        after_paint.later(services.begin)
        return services

    def begin(self) -> None:
        """Bind the accounts and start the engine, once."""
        begin, self._begin = self._begin, None
        if begin is not None:
            begin()

    def handle(self, argv: list[str]) -> Reply:
        """Run a command line a later launch (or a link) hands over; one that comes
        before the window's first paint starts the engine at once."""
        self.begin()
        return self.commands.handle(argv)

    def stop(self) -> None:
        self.engine.stop()
        if self.call_log is not None:
            # The engine's last call events were queued for an event loop that has quit:
            # deliver them, then store the calls it never reported ended.
            QCoreApplication.sendPostedEvents(self.call_log, QEvent.Type.MetaCall)
            self.call_log.finish()
        if self.database is not None:
            self.database.close()


def _send(messaging: MessagingService, account_key: str, uri: str, text: str) -> None:
    messaging.send(account_key, uri, text)


def _raise(window: MainWindow) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


def _unread(database: Database | None) -> int:
    return ConversationStore(database).unread_total() if database else 0


def start_sound(values: AppSettings, window: MainWindow) -> tuple[SoundBridge, SoundDevices]:
    """The bridge between the engine and the sound devices, and the watch on devices."""
    audio = values.audio()
    bridge = SoundBridge(
        audio.input_device,
        audio.output_device,
        voice=VoiceSettings(
            echo_cancellation=audio.echo_cancellation,
            noise_suppression=audio.noise_suppression,
        ),
    )
    sound_devices = SoundDevices(bridge, parent=window)
    sound_devices.devices_problem.connect(
        lambda problem: window.notices.set_notice("sound", lambda: sound_notice(problem))
    )
    sound_devices.start()
    QCoreApplication.instance().aboutToQuit.connect(sound_devices.stop)  # type: ignore[union-attr]
    return bridge, sound_devices


def wire_engine_problems(engine: CallEngine, bridge: SoundBridge, window: MainWindow) -> None:
    """Sound problems (the bridge's and the engine's) and engine errors reach the window."""

    def sound_problem(message: str) -> None:
        from jego_desktop.domain.engine_events import AudioProblem

        engine.audio_problem.emit(AudioProblem(message))

    bridge.on_problem = sound_problem
    engine.audio_problem.connect(
        lambda event: window.notices.set_notice("sound", lambda: sound_notice(event.message))
    )
    engine.error.connect(lambda event: show_engine_error(window, event))


def wire_registration_status(engine: CallEngine, window: MainWindow) -> RegistrationStatus:
    status = RegistrationStatus({}, parent=window)
    status.changed.connect(window.set_account_state)
    status.changed.connect(lambda _summary: window.set_numbers_bound(status.has_numbers()))
    engine.registration_changed.connect(status.on_registration_changed)
    window.set_account_state(status.summary())
    window.set_numbers_bound(status.has_numbers())
    return status


def wire_store(
    engine: CallEngine, database: Database | None, window: MainWindow
) -> tuple[MessagingService | None, CallLogRecorder | None]:
    """Messages, call history and contacts over the database (none without one)."""
    if database is None:
        return None, None
    messaging = MessagingService(
        engine,
        ConversationStore(database),
        MessageStore(database),
        calls=CallHistory(database),
        parent=window,
    )
    messaging.connect_engine(engine)
    engine.set_message_sink(messaging.sink)  # before any account is added
    engine.free_before_trim(database.free_writer_cache)  # messages fill it on the engine thread
    wire_chats(window, messaging, database)
    recorder = CallLogRecorder(CallHistory(database), parent=window)
    engine.call_changed.connect(recorder.on_call_changed)
    window.call_history.set_source(CallHistory(database))
    window.contacts.set_store(ContactStore(database))
    recorder.call_logged.connect(window.call_history.on_call_logged)
    return messaging, recorder


def wire_ringing(
    engine: CallEngine, values: AppSettings, window: MainWindow
) -> tuple[Ringer, RingControl]:
    ringer = Ringer()
    audio = values.audio()
    rings = RingControl(
        ringer,
        ringer_device=audio.ringer_device,
        output_device=audio.output_device,
        parent=window,
    )
    engine.call_changed.connect(rings.on_call_changed)
    return ringer, rings


def wire_post_dial(engine: CallEngine, window: MainWindow) -> PostDial:
    """An extension's digits go the way the settings say, as the keypad's do."""
    dtmf = DtmfByMethod(engine, window.app_settings.dtmf_method)
    post_dial = PostDial(dtmf.send_dtmf, parent=window)
    engine.call_changed.connect(post_dial.on_call_changed)
    return post_dial


def wire_remote_commands(
    engine: CallEngine,
    bound: AccountBinding,
    messaging: MessagingService | None,
    database: Database | None,
    post_dial: PostDial,
    values: AppSettings,
    window: MainWindow,
) -> RemoteCommands:
    """What later launches ask of this instance (call, answer, message, status...)."""
    commands = RemoteCommands(
        RemoteActions(
            accounts=bound.accounts,
            make_call=engine.make_call,
            answer=engine.answer,
            hangup=engine.hangup,
            show_window=lambda: _raise(window),
            show_in_dial_pad=lambda request: window.show_dial_request(request),
            reload_accounts=bound.reload,
            send_message=(
                None
                if messaging is None
                else lambda key, uri, text: _send(messaging, key, uri, text)
            ),
            unread_count=lambda: _unread(database),
            my_status=lambda: window.my_status.status,
            home_region=values.home_region(),
            call_links_at_once=values.call_links_at_once(),
            post_dial=post_dial,
        ),
        parent=window,
    )
    engine.call_changed.connect(commands.on_call_changed)
    engine.registration_changed.connect(commands.on_registration_changed)
    return commands
