"""The wizard's example number is the home country's (issue #19 item 9): +86 for a Chinese
home, not a French number for everyone."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from jego_desktop.models.settings.settings_values import HOME_REGION
from jego_desktop.ui.settings import account_wizard
from tests.ui.settings.test_settings_page import Profile, make_page, open_wizard, profile

__all__ = ["profile"]


@pytest.mark.parametrize(
    ("region", "example"),
    [("CN", "+86 131 2345 6789"), ("FR", "+33 6 12 34 56 78"), ("GB", "+44 7400 123456")],
)
def test_the_example_number_follows_the_home_region_setting(
    qtbot: QtBot, profile: Profile, region: str, example: str
) -> None:
    profile.qsettings.setValue(HOME_REGION, region)
    page = make_page(qtbot, profile)  # the page owns the wizard: keep it alive
    wizard = open_wizard(qtbot, page)
    assert wizard.number_page.number.placeholderText() == example


def test_without_a_setting_the_example_follows_the_system_locale(
    qtbot: QtBot, profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(account_wizard, "default_home_region", lambda: "CN")
    page = make_page(qtbot, profile)  # the page owns the wizard: keep it alive
    wizard = open_wizard(qtbot, page)
    assert wizard.number_page.number.placeholderText().startswith("+86 ")
