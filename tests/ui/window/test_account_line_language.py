"""The account line at the top of the window is in the user's language, engine reasons
included, and the screenshot scripts make it the way the app does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from jego_desktop.domain.accounts import AccountConfig, RegistrationState, Transport
from jego_desktop.domain.engine_events import RegistrationChanged
from jego_desktop.domain.sip_reasons import registration_reason
from jego_desktop.models.settings.settings_accounts import AccountListModel, AccountRole
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.ui import translations
from tests.ui.account_line import registered_line

ROOT = Path(__file__).resolve().parents[3]


def _line_of(states: dict[str, tuple[RegistrationState, int, str]]) -> str:
    status = RegistrationStatus({key: key for key in states})
    for key, (state, code, pjsip_reason) in states.items():
        reason = registration_reason(code, pjsip_reason)  # as the engine words it
        status.on_registration_changed(RegistrationChanged(key, state, code, reason))
    return status.summary()


@pytest.mark.parametrize(
    ("language", "online", "unreachable", "server_error"),
    [
        ("fr", "en ligne", "serveur injoignable", "erreur du serveur (500 Server Internal Error)"),
        ("zh_CN", "在线", "无法连接服务器", "服务器错误（500 Server Internal Error）"),
    ],
)
def test_the_account_line_is_translated_engine_reasons_included(
    qapp: QCoreApplication,
    compiled_translations: Path,
    language: str,
    online: str,
    unreachable: str,
    server_error: str,
) -> None:
    translations.switch_language(qapp, language)
    line = _line_of(
        {
            "+33612345678": (RegistrationState.REGISTERED, 200, "OK"),
            "+8613800138000": (RegistrationState.FAILED, 408, "Request Timeout"),
            "alice": (RegistrationState.FAILED, 500, "Server Internal Error"),
        }
    )
    assert f"+33 6 12 34 56 78: {online}" in line  # numbers spaced for people
    assert "+86 138 0013 8000: " in line
    assert unreachable in line
    assert server_error in line
    assert registered_line("+33 1 00 00 00 00") == f"+33 1 00 00 00 00: {online}"
    for english in ("online", "not connected", "server unreachable", "server error"):
        assert english not in line


def test_the_settings_account_list_says_the_reason_in_french(
    qapp: QCoreApplication, compiled_translations: Path
) -> None:
    translations.switch_language(qapp, "fr")
    status = RegistrationStatus({})
    model = AccountListModel(status)
    model.set_accounts([AccountConfig("+8613800138000", "voip.example.cn", Transport.UDP)])
    reason = registration_reason(408, "Request Timeout")  # as the engine words it
    status.on_registration_changed(
        RegistrationChanged("+8613800138000@voip.example.cn", RegistrationState.FAILED, 408, reason)
    )
    text = model.index(0).data(AccountRole.STATE_TEXT)
    assert text == "Non connecté : serveur injoignable"


def test_no_screenshot_script_writes_the_account_line_in_english() -> None:
    literal = re.compile(r"set_account_state\(\s*[\"']")
    offenders = [
        path.name
        for path in sorted((ROOT / "docs").glob("*.py"))
        if literal.search(path.read_text())
    ]
    assert offenders == []
