"""What the docs/screenshot_*.py scripts share: offscreen Qt and an importable repository,
the --dark / --language options and the file-name suffix they make, translators, the dark
palette, saving a picture into docs/screenshots/, throwaway settings, the main window with a
registered sample account, and call windows driven by the fake engine.

Import it before anything from `tests`: it puts the repository root on sys.path.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtGui import QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from jego_desktop.domain.call_history import CallHistoryEntry  # noqa: E402
from jego_desktop.domain.calls import CallDirection, CallRecord  # noqa: E402
from jego_desktop.engine.refcount_workaround import protect_singletons  # noqa: E402
from jego_desktop.models.calls.calls import CallsModel  # noqa: E402
from jego_desktop.ui import style  # noqa: E402
from jego_desktop.ui.calls.call_windows import CallWindows, TargetResolver  # noqa: E402
from jego_desktop.ui.translations import install_translators  # noqa: E402
from jego_desktop.ui.window import main_window as main_window_module  # noqa: E402
from jego_desktop.ui.window.main_window import MainWindow  # noqa: E402
from tests.ui.account_line import registered_line  # noqa: E402
from tests.ui.fake_engine import FakeEngine  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("fr", "zh_CN")  # every script's translated pictures
# Traditional Chinese: only on demand (--language zh_TW), for the few pictures kept of it.
CHOICES = (*LANGUAGES, "zh_TW")
ACCOUNT = "+33100000000@sip.example.org"
ACCOUNT_NUMBER = "+33 1 00 00 00 00"
DOMAIN = "sip.example.org"
HOME_REGION = "FR"


@dataclass(frozen=True)
class Variant:
    """One look of the pictures: light or dark, English or a translation."""

    dark: bool = False
    language: str = ""

    @property
    def suffix(self) -> str:
        """What the file names end with: "", "-dark", "-fr", "-dark-zh_CN"..."""
        return ("-dark" if self.dark else "") + (f"-{self.language}" if self.language else "")

    @property
    def palette(self) -> style.Palette:
        return style.DARK if self.dark else style.LIGHT


def parse_variant(argv: Sequence[str], *, languages: Sequence[str] = CHOICES) -> Variant:
    """--dark and, when the script has translated pictures, --language fr|zh_CN|zh_TW."""
    parser = argparse.ArgumentParser(description=sys.modules["__main__"].__doc__)
    parser.add_argument("--dark", action="store_true", help="dark palette")
    if languages:
        parser.add_argument("--language", choices=languages, default="", help="translated")
    options = parser.parse_args(argv)
    return Variant(options.dark, getattr(options, "language", ""))


def start_app(variant: Variant = Variant()) -> QApplication:
    """The application, with `variant`'s translators and palette, and OUT made."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    protect_singletons()
    if variant.language:
        install_translators(app, variant.language)
    if variant.dark:
        use_palette(style.DARK)
    OUT.mkdir(parents=True, exist_ok=True)
    return app


def use_palette(palette: style.Palette) -> None:
    """The offscreen platform has no colour scheme to follow: pretend it is `palette`'s."""
    style.current_palette = lambda: palette
    vars(main_window_module)["current_palette"] = lambda: palette  # its own imported name


def use_locale(language: str = "") -> None:
    """Dates and numbers as in `language`, British English when there is none."""
    if language:
        QLocale.setDefault(QLocale(language))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@contextmanager
def translated(app: QApplication, language: str) -> Iterator[None]:
    """`language`'s translators for the pictures taken inside; English after."""
    translators = install_translators(app, language)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def each_variant(app: QApplication) -> Iterator[Variant]:
    """English light and dark, then each translation in light, its translators installed
    while the caller takes its pictures."""
    yield Variant()
    yield Variant(dark=True)
    for language in LANGUAGES:
        with translated(app, language):
            yield Variant(language=language)


def shoot_each_variant(shoot: Callable[[Variant, Path], None]) -> int:
    """`shoot` in every variant of `each_variant`, with a scratch folder; British dates."""
    use_locale()
    app = start_app()
    with tempfile.TemporaryDirectory() as work:
        for variant in each_variant(app):
            shoot(variant, Path(work))
    return 0


def save(picture: QWidget | QPixmap, name: str, *, settle: int = 1) -> Path:
    """`picture` (a widget is grabbed after `settle` rounds of events) as OUT/<name>.png."""
    for _ in range(settle if isinstance(picture, QWidget) else 0):
        QApplication.processEvents()
    pixmap = picture.grab() if isinstance(picture, QWidget) else picture
    path = OUT / f"{name}.png"
    if not pixmap.save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)
    return path


def sample_settings(folder: Path, name: str = "settings.ini") -> QSettings:
    """Settings in a file under `folder`, dialling from France."""
    settings = QSettings(str(folder / name), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", HOME_REGION)
    return settings


def sample_main_window(settings: QSettings, width: int, height: int) -> MainWindow:
    """The main window at `width` x `height`, the sample number registered."""
    window = MainWindow(settings)
    window.resize(width, height)
    window.set_account_state(registered_line(ACCOUNT_NUMBER))
    window.set_numbers_bound(True)
    window.dial_pad.set_account(ACCOUNT, DOMAIN)
    return window


@dataclass
class FakeCalls:
    """Call windows whose calls come from the fake engine."""

    engine: FakeEngine
    calls: CallsModel
    windows: CallWindows


def fake_calls(palette: style.Palette, uri_for: TargetResolver, folder: Path) -> FakeCalls:
    engine = FakeEngine()
    calls = CallsModel()
    engine.call_changed.connect(calls.on_call_changed)
    engine.call_stats.connect(calls.on_call_stats)
    windows = CallWindows(engine, calls, palette, uri_for, folder, HOME_REGION)
    return FakeCalls(engine, calls, windows)


@dataclass(frozen=True)
class PastCall:
    """A made-up finished call; times in seconds."""

    peer: str
    direction: CallDirection
    started_at: float
    answered_after: float | None  # None: never answered
    length: float
    missed: bool = False
    reason: str = ""


class SampleHistory:
    """A call history source over made-up calls, for the history page and the tray."""

    def __init__(self, calls: Sequence[PastCall]) -> None:
        self.entries = [
            CallHistoryEntry(
                number + 1,
                CallRecord(
                    call_id=f"sample-{number}",
                    account_key=ACCOUNT,
                    direction=call.direction,
                    peer=call.peer,
                    started_at=call.started_at,
                    answered_at=None
                    if call.answered_after is None
                    else call.started_at + call.answered_after,
                    ended_at=call.started_at + call.length,
                    reason=call.reason,
                ),
                call.missed,
            )
            for number, call in enumerate(calls)
        ]

    def recent(
        self, *, limit: int = 200, account_key: str | None = None, missed_only: bool = False
    ) -> list[CallHistoryEntry]:
        entries = [e for e in self.entries if e.missed] if missed_only else self.entries
        return entries[:limit]

    def clear(self) -> int:
        cleared, self.entries = len(self.entries), []
        return cleared

    def delete(self, entry_id: int) -> bool:
        before = len(self.entries)
        self.entries = [entry for entry in self.entries if entry.id != entry_id]
        return len(self.entries) < before

    def missed_count(self, *, account_key: str | None = None) -> int:
        return sum(entry.missed for entry in self.entries)

    def mark_missed_seen(self) -> int:
        return 0
