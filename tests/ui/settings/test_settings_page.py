"""The settings view against the fake engine: wizard, devices, codecs, live language switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import phonenumbers
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import AccountConfig, SrtpMode, Transport
from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import CodecInfo, CodecsListed, RegistrationTested
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.models.settings.account_editor import AccountEditor
from jego_desktop.models.settings.settings_values import AppSettings, AudioPreferences
from jego_desktop.models.settings.sound_devices import SoundDevices
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database
from jego_desktop.store.secrets import SecretStore
from jego_desktop.ui import translations
from jego_desktop.ui.settings.account_wizard import AccountWizard
from jego_desktop.ui.settings.services import SettingsServices
from jego_desktop.ui.settings.settings_page import AUDIO, CALLS, SettingsPage
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.window.main_window import SETTINGS_PAGE, MainWindow
from tests.support.keyring_fixture import KeyringFile, file_keyring
from tests.ui.fake_engine import FakeEngine
from tests.unit.fake_sounddevice import FakeSoundDevice, device, fake_sd

__all__ = ["fake_sd", "file_keyring"]

SERVICE = "jego-settings-test"
SECRET = "Tr0ub4dor&3-secret"


class Profile:
    def __init__(self, tmp_path: Path) -> None:
        self.settings_path = tmp_path / "settings.ini"
        self.qsettings = QSettings(str(self.settings_path), QSettings.Format.IniFormat)
        self.database = Database.open(tmp_path / "jego.sqlite3")
        self.engine = FakeEngine()
        self.status = RegistrationStatus({})
        self.reloads = 0
        self.applied: list[AudioPreferences] = []
        self.editor = AccountEditor(AccountStore(self.database), SecretStore(SERVICE), self._reload)

    def _reload(self) -> None:
        self.reloads += 1

    def services(self) -> SettingsServices:
        return SettingsServices(
            engine=self.engine,
            status=self.status,
            accounts=self.editor,
            apply_audio=self.applied.append,
        )


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    made = Profile(tmp_path)
    yield made
    made.database.close()


def make_page(qtbot: QtBot, profile: Profile) -> SettingsPage:
    page = SettingsPage(AppSettings(profile.qsettings), LIGHT)
    qtbot.addWidget(page)
    page.connect_services(profile.services())
    page.resize(900, 640)
    page.show()
    return page


def open_wizard(qtbot: QtBot, page: SettingsPage) -> AccountWizard:
    page.accounts.add_button.click()
    wizard = page.accounts.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    return wizard


def fill_valid(wizard: AccountWizard) -> None:
    wizard.number_page.number.setText("+33 6 12 34 56 78")
    wizard.number_page.display_name.setText("Camille")
    wizard.next()
    wizard.server_page.server.setText("127.0.0.1:5070")
    wizard.server_page.transport.setCurrentIndex(
        wizard.server_page.transport.findData(Transport.TCP)
    )
    wizard.next()
    wizard.security_page.password.setText(SECRET)
    wizard.security_page.srtp.setCurrentIndex(wizard.security_page.srtp.findData(SrtpMode.OPTIONAL))
    wizard.next()


# ----- the wizard -------------------------------------------------------------------------


def test_wizard_refuses_bad_fields_with_reasons(qtbot: QtBot, profile: Profile) -> None:
    page = make_page(qtbot, profile)
    wizard = open_wizard(qtbot, page)
    number_edit, number_error = wizard.number_page.fields["number"]
    number_edit.setText("0612345678")
    wizard.next()
    assert wizard.currentPage() is wizard.number_page
    assert number_error.isVisibleTo(wizard)
    assert "international form" in number_error.text()
    assert number_edit.property("invalid") is True
    number_edit.setText("+33612345678")
    wizard.next()
    assert wizard.currentPage() is wizard.server_page

    server_edit, server_error = wizard.server_page.fields["server"]
    server_edit.setText("sip.example.org:99999")
    wizard.next()
    assert wizard.currentPage() is wizard.server_page
    assert "port" in server_error.text()
    server_edit.setText("sip.example.org")
    wizard.next()
    assert wizard.currentPage() is wizard.security_page
    wizard.next()  # no password
    assert wizard.currentPage() is wizard.security_page
    assert "password" in wizard.security_page.fields["password"][1].text()
    assert profile.engine.names() == []  # nothing was tried


def test_tls_shows_certificate_options_and_checks_the_ca_file(
    qtbot: QtBot, profile: Profile, tmp_path: Path
) -> None:
    page = make_page(qtbot, profile)
    wizard = open_wizard(qtbot, page)
    wizard.number_page.number.setText("+33612345678")
    wizard.next()
    server = wizard.server_page
    assert not server.tls_box.isVisibleTo(wizard)
    server.server.setText("sip.example.org:5061")
    server.transport.setCurrentIndex(server.transport.findData(Transport.TLS))
    assert server.tls_box.isVisibleTo(wizard)
    assert server.verify.isChecked()  # verification is on by default
    server.ca_file.setText(str(tmp_path / "missing.pem"))
    wizard.next()
    assert wizard.currentPage() is server
    assert "does not exist" in server.ca_error.text()
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    server.ca_file.setText(str(ca))
    wizard.next()
    assert wizard.currentPage() is wizard.security_page


def test_failed_then_successful_test_registration(qtbot: QtBot, profile: Profile) -> None:
    page = make_page(qtbot, profile)
    wizard = open_wizard(qtbot, page)
    fill_valid(wizard)
    test_page = wizard.test_page
    assert wizard.currentPage() is test_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # not tested yet

    test_page.test_button.click()
    _, request_id, config, password = profile.engine.last("test_registration")
    assert config.number == "+33612345678"
    assert config.server == "127.0.0.1:5070"
    assert config.transport is Transport.TCP
    assert config.srtp is SrtpMode.OPTIONAL
    assert password == SECRET
    assert not test_page.test_button.isEnabled()
    profile.engine.publish(RegistrationTested(request_id, False, "wrong user name or password"))
    assert "wrong user name or password" in test_page.result.text()
    assert test_page.result.objectName() == "testFailure"
    assert not finish.isEnabled()
    assert test_page.save_anyway.isVisibleTo(wizard)

    test_page.test_button.click()
    _, second_id, _, _ = profile.engine.last("test_registration")
    profile.engine.publish(RegistrationTested(request_id, False, "stale answer"))  # ignored
    assert "stale" not in test_page.result.text()
    profile.engine.publish(RegistrationTested(second_id, True, "registered"))
    assert test_page.result.objectName() == "testSuccess"
    assert finish.isEnabled()
    assert profile.editor.accounts() == []  # nothing saved before Finish


def test_saving_keeps_the_password_in_the_keyring_only(
    qtbot: QtBot, profile: Profile, file_keyring: KeyringFile, tmp_path: Path
) -> None:
    page = make_page(qtbot, profile)
    wizard = open_wizard(qtbot, page)
    fill_valid(wizard)
    wizard.test_page.test_button.click()
    _, request_id, _, _ = profile.engine.last("test_registration")
    profile.engine.publish(RegistrationTested(request_id, True, "registered"))
    wizard.button(QWizard.WizardButton.FinishButton).click()

    (saved,) = profile.editor.accounts()
    assert saved.key == "+33612345678@127.0.0.1:5070"
    assert saved.display_name == "Camille"
    assert file_keyring.entries() == {f"{SERVICE}\0{saved.key}": SECRET}
    assert profile.reloads == 1  # the engine's accounts are reloaded, as after `account add`
    assert page.accounts.model.rowCount() == 1
    assert "Camille" in page.accounts.model.index(0).data()
    profile.qsettings.sync()
    profile.database.close()
    for path in [profile.settings_path, *tmp_path.glob("jego.sqlite3*")]:
        if path.exists():
            assert SECRET.encode() not in path.read_bytes(), path


def test_editing_keeps_the_password_when_left_empty(
    qtbot: QtBot, profile: Profile, file_keyring: KeyringFile
) -> None:
    first = AccountConfig("+33612345678", "127.0.0.1:5070")
    profile.editor.add(first, SECRET)
    page = make_page(qtbot, profile)
    page.accounts.list.setCurrentIndex(page.accounts.model.index(0))
    page.accounts.edit_button.click()
    wizard = page.accounts.wizard
    assert wizard is not None
    assert wizard.number_page.number.text() == "+33612345678"
    wizard.next()
    wizard.server_page.server.setText("127.0.0.1:5080")
    wizard.next()
    wizard.next()  # the password may stay empty
    assert wizard.currentPage() is wizard.test_page
    wizard.test_page.test_button.click()
    _, request_id, _, password = profile.engine.last("test_registration")
    assert password == SECRET  # the stored one is tested
    profile.engine.publish(RegistrationTested(request_id, True, "registered"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    (saved,) = profile.editor.accounts()
    assert saved.server == "127.0.0.1:5080"
    assert file_keyring.entries() == {f"{SERVICE}\0{saved.key}": SECRET}


def test_new_accounts_offer_encrypted_calls_and_edited_ones_keep_theirs(
    qtbot: QtBot, profile: Profile, file_keyring: KeyringFile
) -> None:
    profile.editor.add(AccountConfig("+33612345678", "127.0.0.1:5070"), SECRET)  # stored: off
    page = make_page(qtbot, profile)
    assert page.network.srtp.currentData() is SrtpMode.OPTIONAL
    page.accounts.list.setCurrentIndex(page.accounts.model.index(0))
    page.accounts.edit_button.click()
    editing = page.accounts.wizard
    assert editing is not None
    assert editing.security_page.srtp.currentData() is SrtpMode.DISABLED
    editing.reject()
    wizard = open_wizard(qtbot, page)
    assert wizard is not editing
    assert wizard.security_page.srtp.currentData() is SrtpMode.OPTIONAL


def test_the_accounts_section_says_who_gets_receipts(qtbot: QtBot, profile: Profile) -> None:
    page = make_page(qtbot, profile)
    assert page.accounts.receipts_hint.isVisible()
    assert "written to or called" in page.accounts.receipts_hint.text()


# ----- audio ------------------------------------------------------------------------------


def test_device_lists_come_from_sounddevice(
    qtbot: QtBot, profile: Profile, fake_sd: FakeSoundDevice
) -> None:
    fake_sd.devices.append({**fake_sd.devices[0], "name": "Mic Only", "max_output_channels": 0})
    AppSettings(profile.qsettings).set_audio(AudioPreferences(input_device="Gone Mic"))
    page = make_page(qtbot, profile)
    audio = page.audio
    assert audio.input_choice.count() == 0  # PortAudio is asked only when the page shows
    audio.echo.setChecked(False)
    assert AppSettings(profile.qsettings).audio().input_device == "Gone Mic"  # kept meanwhile
    page.show_section(AUDIO)
    items = [audio.input_choice.itemText(i) for i in range(audio.input_choice.count())]
    assert items == [
        "System default",
        "default",
        "USB Headset",
        "Mic Only",
        "Gone Mic (not connected)",
    ]
    outputs = [audio.output_choice.itemData(i) for i in range(audio.output_choice.count())]
    assert outputs == ["", "default", "USB Headset"]
    assert audio.input_choice.currentData() == "Gone Mic"  # remembered, not replaced

    audio.input_choice.setCurrentIndex(audio.input_choice.findData("USB Headset"))
    audio.ringer_choice.setCurrentIndex(audio.ringer_choice.findData("default"))
    audio.volume.setValue(40)
    again = AppSettings(QSettings(str(profile.settings_path), QSettings.Format.IniFormat)).audio()
    assert again.input_device == "USB Headset"
    assert again.ringer_device == "default"
    assert not again.echo_cancellation
    assert again.ringtone_volume == 40
    assert profile.applied[-1] == again  # applied live

    qtbot.waitUntil(lambda: audio.meter.running)
    stream = fake_sd.stream("input")
    assert stream.device == 1  # the USB headset
    stream.feed(b"\x00\x40" * 1600)
    qtbot.waitUntil(lambda: audio.level.value() > 80)
    profile.engine.publish(profile.engine.call_event("c1"))
    assert not audio.meter.running  # a call owns the microphone
    assert not audio.record_button.isEnabled()
    page.show_section(CALLS)
    profile.engine.publish(profile.engine.call_event("c1", state=CallState.ENDED))
    assert not audio.meter.running  # not on screen


def test_device_lists_follow_devices_coming_and_going(
    qtbot: QtBot, profile: Profile, fake_sd: FakeSoundDevice
) -> None:
    plugged = [device("default")]
    fake_sd.devices = list(plugged)
    fake_sd._initialize = lambda: setattr(fake_sd, "devices", list(plugged))  # type: ignore[method-assign]
    AppSettings(profile.qsettings).set_audio(AudioPreferences(input_device="Headset"))
    nodes = [0]
    watched = SoundDevices(SoundBridge("", ""), signature=lambda: nodes[0], interval_s=0.01)
    page = make_page(qtbot, profile)
    audio = page.audio
    audio.follow_devices(watched.changed)
    page.show_section(AUDIO)

    def inputs() -> list[str]:
        return [audio.input_choice.itemText(i) for i in range(audio.input_choice.count())]

    assert inputs() == ["System default", "default", "Headset (not connected)"]
    # PortAudio re-scans only with no stream open: the level meter's closes off screen.
    page.show_section(CALLS)
    watched.start()
    try:
        plugged.append(device("Headset"))
        nodes[0] += 1
        qtbot.waitUntil(lambda: inputs() == ["System default", "default", "Headset"], timeout=3000)
        assert audio.input_choice.currentData() == "Headset"  # the choice is kept
        outputs = [audio.output_choice.itemData(i) for i in range(audio.output_choice.count())]
        assert outputs == ["", "default", "Headset"]
        plugged.pop()
        nodes[0] += 1
        qtbot.waitUntil(lambda: "Headset (not connected)" in inputs(), timeout=3000)
        assert AppSettings(profile.qsettings).audio().input_device == "Headset"
    finally:
        watched.stop()


# ----- codecs -----------------------------------------------------------------------------


def test_codec_order_is_saved_and_sent_to_the_engine(qtbot: QtBot, profile: Profile) -> None:
    page = make_page(qtbot, profile)
    calls = page.calls
    page.show_section(CALLS)
    assert calls.codecs_empty.isVisibleTo(page)
    profile.engine.publish(
        CodecsListed(
            (
                CodecInfo("G722/16000/1", 250),
                CodecInfo("PCMA/8000/1", 249),
                CodecInfo("PCMU/8000/1", 248),
                CodecInfo("GSM/8000/1", 0),
            )
        )
    )
    assert not calls.codecs_empty.isVisibleTo(page)
    calls.codec_list.setCurrentIndex(calls.codecs.index(1))
    calls.up_button.click()
    assert profile.engine.last("set_codec_priorities") == (
        "set_codec_priorities",
        ["PCMA/8000/1", "G722/16000/1", "PCMU/8000/1"],
    )
    assert calls.codec_list.currentIndex().row() == 0  # the moved codec stays selected
    assert not calls.up_button.isEnabled()
    text = profile.settings_path.read_text(encoding="utf-8")
    assert "codec_order" in text
    assert AppSettings(profile.qsettings).codec_order() == [
        "PCMA/8000/1",
        "G722/16000/1",
        "PCMU/8000/1",
    ]


def test_files_server_must_be_an_http_address(qtbot: QtBot, profile: Profile) -> None:
    page = make_page(qtbot, profile)
    files = page.files
    files.server_url.setText("ftp://files.example.org")
    files.server_url.editingFinished.emit()
    assert "https://" in files.server_error.text()
    assert AppSettings(profile.qsettings).files_server_url() == ""
    files.server_url.setText("https://files.example.org/upload")
    files.server_url.editingFinished.emit()
    assert not files.server_error.isVisibleTo(page)
    assert AppSettings(profile.qsettings).files_server_url() == "https://files.example.org/upload"


def test_voice_message_format_is_chosen_in_files(qtbot: QtBot, profile: Profile) -> None:
    page = make_page(qtbot, profile)
    choice = page.files.voice_format
    assert choice.currentData() == "ogg" and "Ogg Opus" in choice.currentText()
    assert "Linphone" in page.files.voice_format_hint.text()
    choice.setCurrentIndex(choice.findData("matroska"))
    saved = QSettings(str(profile.settings_path), QSettings.Format.IniFormat)
    assert AppSettings(saved).voice_format() == "matroska"  # what AttachmentService reads
    again = SettingsPage(AppSettings(saved), LIGHT)
    qtbot.addWidget(again)
    assert again.files.voice_format.currentText() == "Matroska — for Linphone"
    choice.setCurrentIndex(choice.findData("ogg"))
    assert AppSettings(saved).voice_format() == "ogg"


# ----- the live language switch ------------------------------------------------------------


def test_language_switch_retranslates_the_rail_live(
    qtbot: QtBot, tmp_path: Path, compiled_translations: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page(SETTINGS_PAGE)
    startup = window.settings_page.startup
    rail = window.rail.buttons()
    assert [b.text() for b in rail][-1] == "Settings"

    startup.language.setCurrentIndex(startup.language.findData("fr"))
    qtbot.waitUntil(lambda: rail[-1].text() == "Réglages")
    assert rail[0].text() == "Discussions"
    assert rail[-1].accessibleName() == "Réglages"
    assert window.settings_page.sections_list.item(0).text() != "Accounts"
    assert startup.title.text() != "Language & startup"

    startup.language.setCurrentIndex(startup.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: rail[-1].text() == "设置")
    assert rail[2].text() == "拨号盘"
    assert settings.value("ui/language") == "zh_CN"

    startup.language.setCurrentIndex(startup.language.findData("en"))
    qtbot.waitUntil(lambda: rail[-1].text() == "Settings")
    assert window.settings_page.sections_list.item(0).text() == "Accounts"
    assert QApplication.instance() is not None


def test_traditional_chinese_is_chosen_in_settings_live(
    qtbot: QtBot, profile: Profile, compiled_translations: Path
) -> None:
    """繁體中文 in the language list: the page, Qt's own buttons (qtbase_zh_TW) and the
    country list switch at once, and the choice is kept."""
    profile.qsettings.setValue("dialing/home_region", "DE")
    page = make_page(qtbot, profile)
    startup = page.startup
    assert startup.language.itemText(startup.language.findData("zh_TW")) == "繁體中文"
    assert startup.language.itemText(startup.language.findData("zh_CN")) == "简体中文"
    wizard = open_wizard(qtbot, page)

    startup.language.setCurrentIndex(startup.language.findData("zh_TW"))
    qtbot.waitUntil(lambda: startup.title.text() == "語言與啟動")
    assert profile.qsettings.value("ui/language") == "zh_TW"
    assert translations.current_language() == "zh_TW"
    assert page.sections_list.item(0).text() == "帳號"
    assert wizard.number_page.title() == "您的號碼"
    assert "下一個" in wizard.buttonText(QWizard.WizardButton.NextButton)  # qtbase_zh_TW's
    assert page.calls.region.currentText() == "德國 (+49)"
    region_names = [page.calls.region.itemText(i) for i in range(page.calls.region.count())]
    assert "臺灣 (+886)" in region_names and "科索沃 (+383)" in region_names
    wizard.reject()


def test_home_country_reaches_the_dial_pad_live(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", "FR")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    region = window.settings_page.calls.region
    assert region.currentData() == "FR"
    assert region.currentText() == "France (+33)"
    region.setCurrentIndex(region.findData("CN"))
    assert window.dial_pad.home_region == "CN"
    assert settings.value("dialing/home_region") == "CN"
    window.dial_pad.set_text("13800138000")
    assert window.dial_pad.text.startswith("138 0013")


def test_start_at_login_goes_through_the_app(qtbot: QtBot, profile: Profile) -> None:
    calls: list[tuple[bool, bool]] = []
    services = profile.services()
    services.set_start_at_login = lambda enabled, hidden: calls.append((enabled, hidden))
    services.starts_at_login = lambda: False
    page = SettingsPage(AppSettings(profile.qsettings), LIGHT)
    qtbot.addWidget(page)
    startup = page.startup
    assert not startup.at_login.isEnabled()  # unknown until the app answers
    page.connect_services(services)
    assert startup.at_login.isEnabled() and not startup.at_login.isChecked()
    startup.at_login.setChecked(True)
    startup.hidden.setChecked(True)
    assert calls == [(True, False), (True, True)]
    assert AppSettings(profile.qsettings).start_hidden()
    startup.at_login.setChecked(False)
    assert calls[-1] == (False, True)


def test_the_open_wizard_follows_a_language_switch(
    qtbot: QtBot, profile: Profile, compiled_translations: Path
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    page = make_page(qtbot, profile)
    wizard = open_wizard(qtbot, page)
    number = wizard.number_page
    number.validatePage()  # an empty number: its error is on screen
    _edit, number_error = number.fields["number"]
    english_error = number_error.text()
    assert number.title() == "Your number" and number_error.isVisible()
    assert number.labels["number"].text() == "Number"

    translations.switch_language(app, "fr")
    qtbot.waitUntil(lambda: number.title() == "Votre numéro")
    assert number.labels["number"].text() == "Numéro"
    assert number.number.accessibleName() == "Numéro"
    assert number_error.text() not in ("", english_error)  # the error too
    assert wizard.windowTitle() == "Liez votre numéro"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Suivant >"  # qtbase's
    assert wizard.server_page.labels["server"].text() == "Serveur"
    assert wizard.security_page.srtp.itemText(0) == "Désactivé"
    assert wizard.test_page.test_button.text() == "Tester l’enregistrement"

    fill_valid(wizard)  # on the test page now, "not tested yet" in French
    assert wizard.test_page.result.text() == "Pas encore testé."
    translations.switch_language(app, "zh_CN")
    qtbot.waitUntil(lambda: wizard.test_page.result.text() == "尚未测试。")
    assert wizard.test_page.test_button.text() == "测试注册"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "取消"
    assert number.labels["number"].text() == "号码"
    translations.switch_language(app, "en")
    qtbot.waitUntil(lambda: wizard.test_page.result.text() == "Not tested yet.")
    wizard.reject()


def test_country_list_is_in_the_language_on_screen(
    qtbot: QtBot, profile: Profile, compiled_translations: Path
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    profile.qsettings.setValue("dialing/home_region", "DE")
    page = make_page(qtbot, profile)
    region = page.calls.region

    def names() -> list[str]:
        return [region.itemText(i) for i in range(1, region.count())]

    assert region.currentText() == "Germany (+49)"
    translations.switch_language(app, "fr")
    qtbot.waitUntil(lambda: region.currentText() == "Allemagne (+49)")
    assert region.itemText(0) == "Selon mon numéro, sinon la langue du système"
    assert "Chine (+86)" in names() and "Île Christmas (+61)" in names()
    assert names().index("Île Christmas (+61)") < names().index("Inde (+91)")
    assert region.count() == len(phonenumbers.SUPPORTED_REGIONS) + 1

    translations.switch_language(app, "zh_CN")
    qtbot.waitUntil(lambda: region.currentText() == "德国 (+49)")
    assert names().index("阿富汗 (+93)") < names().index("中国 (+86)")
    assert "萨摩亚 (+685)" in names()  # missing in phonenumbers' table: our translation
    assert AppSettings(profile.qsettings).home_region() == "DE"  # re-listing is no choice

    region.setCurrentIndex(region.findData("FR"))
    assert region.currentText() == "法国 (+33)"
    assert AppSettings(profile.qsettings).home_region() == "FR"
    translations.switch_language(app, "en")
    qtbot.waitUntil(lambda: region.currentText() == "France (+33)")
