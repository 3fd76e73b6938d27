"""Screenshots of every settings section and the "bind your number" wizard (offscreen).

Run from the repository root: .venv/bin/python docs/screenshot_settings.py [--language LANG]
Writes docs/screenshots/settings-*.png in light and dark (English) and in French and
Chinese (light), against the fake engine, fake sound devices and a throwaway profile;
with --language (e.g. zh_TW), in that language only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import keyring
from PySide6.QtWidgets import QApplication, QWidget
from screenshot_kit import ROOT, sample_settings, start_app, use_locale, use_palette
from screenshot_kit import save as save_picture

from jego_desktop.domain.accounts import AccountConfig, RegistrationState, Transport
from jego_desktop.domain.engine_events import (
    CodecInfo,
    CodecsListed,
    RegistrationChanged,
    RegistrationTested,
)
from jego_desktop.domain.sip_reasons import registration_reason
from jego_desktop.media import devices
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.media.sound_check import SoundCheck
from jego_desktop.models.settings.account_editor import AccountEditor
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database
from jego_desktop.store.secrets import SecretStore
from jego_desktop.ui import style, translations
from jego_desktop.ui.settings.services import SettingsServices
from jego_desktop.ui.window.main_window import SETTINGS_PAGE, MainWindow
from tests.support.file_keyring import FileKeyring
from tests.ui.fake_engine import FakeEngine
from tests.unit.fake_sounddevice import FakeSoundDevice, device

SECTIONS = ["accounts", "audio", "calls", "network", "files", "language"]


def save(widget: QWidget, name: str) -> None:
    save_picture(widget, name, settle=3)


def compile_translations(folder: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for language in ("fr", "zh_CN", "zh_TW"):
        subprocess.run(
            [
                str(lrelease),
                str(ROOT / "translations" / f"jego_{language}.ts"),
                "-qm",
                str(folder / f"jego_{language}.qm"),
            ],
            check=True,
            capture_output=True,
        )


def fake_devices() -> FakeSoundDevice:
    fake = FakeSoundDevice()
    fake.devices = [
        device("Built-in Audio Analog Stereo"),
        device("Jabra Evolve2 65", 1, 1),
        device("HDMI / DisplayPort 1", 0, 2),
    ]
    return fake


def shoot(work: Path, suffix: str, dark: bool, language: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.switch_language(app, language)
    use_palette(style.DARK if dark else style.LIGHT)

    folder = work / f"profile{suffix}"
    folder.mkdir()
    settings = sample_settings(folder)
    settings.setValue("ui/language", language)
    settings.setValue("audio/input", "Jabra Evolve2 65")
    settings.setValue("files/server_url", "https://files.example.org/upload")
    database = Database.open(folder / "jego.sqlite3")
    engine = FakeEngine()
    status = RegistrationStatus({})
    editor = AccountEditor(AccountStore(database), SecretStore("jego-screenshots"), lambda: None)
    work_account = AccountConfig(
        "+33612345678", "sip.example.org", Transport.TLS, display_name="Camille Martin"
    )
    home_account = AccountConfig("+8613800138000", "voip.example.cn:5060", Transport.UDP)
    for config in (work_account, home_account):
        editor.add(config, "not-a-real-password")
        status.add_account(config.key, config.number)

    window = MainWindow(settings)
    window.resize(980, 700)
    window.settings_page.connect_services(
        SettingsServices(
            engine=engine, status=status, accounts=editor, sound_check=SoundCheck(SoundBridge())
        )
    )
    status.on_registration_changed(
        RegistrationChanged(work_account.key, RegistrationState.REGISTERED, 200, "OK")
    )
    status.on_registration_changed(
        RegistrationChanged(  # the reason as the engine words it: the window translates it
            home_account.key,
            RegistrationState.FAILED,
            408,
            registration_reason(408, "Request Timeout"),
        )
    )
    window.set_account_state(status.summary())
    window.set_numbers_bound(status.has_numbers())
    engine.publish(
        CodecsListed(
            tuple(
                CodecInfo(codec, priority)
                for codec, priority in (
                    ("G722/16000/1", 250),
                    ("PCMA/8000/1", 249),
                    ("PCMU/8000/1", 248),
                    ("speex/16000/1", 247),
                    ("GSM/8000/1", 0),
                    ("iLBC/8000/1", 0),
                )
            )
        )
    )
    window.show()
    window.show_page(SETTINGS_PAGE)
    page = window.settings_page
    for index, name in enumerate(SECTIONS):
        page.show_section(index)
        if name == "audio":
            stream = devices._load_sounddevice().open_streams("input")
            if stream:
                stream[-1].feed(b"\x00\x18" * 1600)
                page.audio._show_level()
        if name == "calls":
            page.calls.codec_list.setCurrentIndex(page.calls.codecs.index(1))
        save(window, f"settings-{name}{suffix}")
        if name == "calls":  # the country list, in the language on screen
            region = page.calls.region
            region.showPopup()
            save(region.view().window(), f"settings-countries{suffix}")
            region.hidePopup()

    if language != "en":  # the wizard opened in English follows a switch while it is open
        translations.switch_language(app, "en")

    page.show_section(0)
    page.accounts.add_button.click()
    wizard = page.accounts.wizard
    assert wizard is not None
    translations.switch_language(app, language)
    wizard.number_page.number.setText("06 12 34")
    wizard.next()
    save(wizard, f"settings-wizard-number{suffix}")
    wizard.number_page.number.setText("+33 6 98 76 54 32")
    wizard.number_page.display_name.setText("Camille Martin")
    wizard.next()
    wizard.server_page.server.setText("sip.example.org:5061")
    wizard.server_page.transport.setCurrentIndex(2)
    save(wizard, f"settings-wizard-server{suffix}")
    wizard.next()
    wizard.security_page.password.setText("not-a-real-password")
    wizard.next()
    wizard.test_page.test_button.click()
    request_id = engine.last("test_registration")[1]
    engine.publish(RegistrationTested(request_id, False, "wrong user name or password"))
    save(wizard, f"settings-wizard-failed{suffix}")
    wizard.test_page.test_button.click()
    engine.publish(RegistrationTested(engine.last("test_registration")[1], True, "registered"))
    save(wizard, f"settings-wizard-tested{suffix}")
    wizard.reject()
    page.audio.meter.stop()
    window.close()
    database.close()


def main() -> int:
    only = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else ""
    use_locale()
    app = start_app()
    fake = fake_devices()
    devices._load_sounddevice = lambda: fake
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        os.environ["JEGO_TEST_KEYRING_FILE"] = str(work / "keyring.json")
        keyring.set_keyring(FileKeyring())  # type: ignore[no-untyped-call]
        compiled = work / "translations"
        compiled.mkdir()
        compile_translations(compiled)
        translations.translations_dir = lambda: compiled
        if only:
            shoot(work, f"-{only}", dark=False, language=only)
        else:
            shoot(work, "", dark=False, language="en")
            shoot(work, "-dark", dark=True, language="en")
            shoot(work, "-fr", dark=False, language="fr")
            shoot(work, "-zh_CN", dark=False, language="zh_CN")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
