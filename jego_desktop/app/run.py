"""Starts the app: the profile, logging, translations, the window and the services."""

from __future__ import annotations

import gc
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from jego_desktop import APP_ID, APP_NAME, DESKTOP_ID, __version__
from jego_desktop.app.after_paint import AfterFirstPaint
from jego_desktop.app.capabilities import report_missing_capabilities
from jego_desktop.app.services import Services
from jego_desktop.app.versions import log_library_versions
from jego_desktop.cli.remote_client import print_reply, reply_without_app
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.models.settings.settings_values import AppSettings
from jego_desktop.platform.quit_signals import QuitOnSignals
from jego_desktop.platform.single_instance import (
    InstanceServer,
    forward,
    server_name,
    stranger_reply,
)
from jego_desktop.platform.url_open_events import UrlOpenFilter
from jego_desktop.store.logs import configure_logging
from jego_desktop.store.private_files import use_private_umask
from jego_desktop.store.profile import Profile
from jego_desktop.ui.resources import icon, resources_dir
from jego_desktop.ui.translations import choose_language, install_translators
from jego_desktop.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    profile_dir: Path | None
    verbose: bool = False
    command: tuple[str, ...] = ()  # e.g. ("call", "tel:…"); () just starts or shows the app
    start_hidden: bool = False  # at login: run without showing the window


def run(options: Options) -> int:
    # PySide6 6.12's signal delivery and pjsua2's wrappers both drop references to True
    # and None they never took; on CPython < 3.12 the app would abort after a while.
    protect_singletons()
    use_private_umask()
    profile = Profile.open(options.profile_dir)
    name = server_name(profile.root)
    reply = forward(name, list(options.command) or ["show"])
    if reply == stranger_reply(name):  # told nothing; listening below takes the name back
        print_reply(reply)
        reply = None
    if reply is None:  # no instance: `status` reads the store, `answer` etc. fail
        reply = reply_without_app(profile, list(options.command))
    if reply is not None:
        return print_reply(reply)

    restricted = profile.restrict_modes()
    configure_logging(profile.logs_dir, options.verbose)
    log.info("%s %s starting with profile %s", APP_NAME, __version__, profile.root)
    for move in profile.moved:
        log.info("moved from the old profile layout: %s", move)
    if restricted:
        log.info("made %d files and folders of the profile private to this user", restricted)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(icon("jego", size=64))

    settings = QSettings(str(profile.settings_path), QSettings.Format.IniFormat)
    values = AppSettings(settings)
    language = choose_language(values.language())
    translators = install_translators(app, language)
    log.info("language %s (%d translators)", language, len(translators))
    window = MainWindow(settings)
    after_paint = AfterFirstPaint(window)  # what the first screen does not show waits
    after_paint.later(gc.enable)  # main() turned it off for the start
    after_paint.later(log_library_versions)  # ssl's import loads OpenSSL: ~3 ms
    report_missing_capabilities(window, after_paint)
    services = Services.start(profile, settings, window, after_paint)
    instance = InstanceServer(name, services.handle, parent=window)
    instance.listen()
    if sys.platform == "darwin":  # only macOS hands clicked links over as QFileOpenEvent
        filter_link_events(app, window, services)
    app.aboutToQuit.connect(instance.close)
    app.aboutToQuit.connect(services.stop)
    QuitOnSignals(app)  # SIGTERM (logout, kill) hangs up and unregisters like Quit does
    start_hidden = options.start_hidden or values.start_hidden()
    if not (start_hidden and window.presence.tray.shown):  # hidden needs a tray to come back
        window.show()
        log.info("main window shown")
    after_paint.later(claim_link_types)  # writes icons: ~20 ms
    after_paint.later(window.chats_page.pane.page)  # the conversation pane, ready to open
    if options.command:  # after the accounts are bound and the engine started (`later`)
        after_paint.later(lambda: print_reply(services.handle(list(options.command))))
    return app.exec()


def filter_link_events(app: QApplication, window: MainWindow, services: Services) -> None:
    # Not elsewhere: a Python filter on the application sees every event of every widget,
    # and shiboken's first wrapping of each widget type then creates hundreds of Qt enum
    # classes (~40 ms of CPU before the first paint).
    links = UrlOpenFilter(
        services.handle,
        lambda text: window.notices.set_notice("link", text),
        parent=window,
    )
    app.installEventFilter(links)
    # Widgets still alive at exit are destroyed by PySide's atexit cleanup; their events
    # would reach this Python filter with the interpreter half gone (a segfault).
    app.aboutToQuit.connect(lambda: app.removeEventFilter(links))


def claim_link_types() -> None:
    from jego_desktop.platform.link_handler import install_link_handler  # after the paint

    try:
        install_link_handler(resources_dir() / "icons" / "jego.svg")
    except OSError as error:
        log.warning("could not register as the handler of phone links: %s", error)
