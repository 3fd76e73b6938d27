"""DialPadModel: sanitising, as-you-type formatting, validation, redial."""

from __future__ import annotations

import pytest

from jego_desktop.models.calls.dial_pad import DialPadModel, format_as_you_type, sanitise

DOMAIN = "example.org"
KEY = "+33100000000@example.org"


def pad(region: str = "FR", domain: str | None = DOMAIN) -> DialPadModel:
    model = DialPadModel(region)
    model.set_account(KEY if domain else "", domain)
    return model


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("+33 (0)6-12.34.56.78", "+33612345678"),
        ("  06 12 34 56 78\n", "0612345678"),
        ("tel:+1-202-555-0100;ext=1", "+12025550100"),
        ("+44\u00a020\u20117946\u20110000", "+442079460000"),
        ("sip:alice@example.org", "sip:alice@example.org"),
        ("*21#", "*21#"),
        ("call me", "call me"),
    ],
)
def test_sanitise(raw: str, clean: str) -> None:
    assert sanitise(raw) == clean


def test_formats_as_you_type_for_the_home_region() -> None:
    assert format_as_you_type("0612345678", "FR") == "06 12 34 56 78"
    assert format_as_you_type("+442079460000", "FR") == "+44 20 7946 0000"
    assert format_as_you_type("2025550100", "US") == "(202) 555-0100"


def test_digits_build_a_formatted_number(qtbot) -> None:
    model = pad()
    with qtbot.waitSignal(model.text_changed):
        for digit in "0612":
            model.press(digit)
    assert model.text == "06 12"
    model.backspace()
    assert model.text == "061"


def test_dial_emits_the_sip_uri_and_remembers_the_number(qtbot) -> None:
    model = pad()
    model.set_text("06 12 34 56 78")
    with qtbot.waitSignal(model.call_requested) as blocker:
        assert model.dial()
    assert blocker.args == [f"sip:+33612345678@{DOMAIN}", KEY]
    assert model.last_dialled == "06 12 34 56 78"


@pytest.mark.parametrize(
    ("text", "domain"),
    [("", DOMAIN), ("06 12 ab", DOMAIN), ("0612345678", None), ("sip:bad address", DOMAIN)],
)
def test_invalid_entries_explain_and_do_not_dial(qtbot, text: str, domain: str | None) -> None:
    model = pad(domain=domain)
    model.set_text(text)
    with qtbot.assertNotEmitted(model.call_requested):
        assert not model.dial()
    assert model.message


def test_live_messages() -> None:
    model = pad()
    assert model.message == ""
    model.set_text("+999 123")
    assert model.message  # unknown country code
    model.set_text("+33 6 12 34 56 78 90 12 34")
    assert model.message  # too long
    model.set_text("+33 6")
    assert model.message == ""


def test_redial_and_empty_call_button(qtbot) -> None:
    model = pad()
    assert not model.redial()
    model.set_text("0612345678")
    model.dial()
    model.clear()
    assert not model.dial()  # the empty entry fills in the last number first
    assert model.text == "06 12 34 56 78"
    model.clear()
    with qtbot.waitSignal(model.call_requested) as blocker:
        assert model.redial()
    assert blocker.args[0] == f"sip:+33612345678@{DOMAIN}"


def test_message_button_asks_for_a_chat(qtbot) -> None:
    model = pad()
    model.set_text("sip:bob@example.net")
    with qtbot.waitSignal(model.message_requested) as blocker:
        assert model.write()
    assert blocker.args == ["sip:bob@example.net", KEY]


@pytest.mark.parametrize(
    ("text", "domain", "uri"),
    [("bob", DOMAIN, f"sip:bob@{DOMAIN}"), ("王小明", DOMAIN, None), ("bob", None, None)],
)
def test_names_are_completed_or_explained(text: str, domain: str | None, uri: str | None) -> None:
    model = pad(domain=domain)
    model.set_text(text)
    assert model.uri_for(text)[0] == uri
    assert model.can_call is (uri is not None) and model.call_enabled is (uri is not None)
    assert ("name@server" in model.message) is (uri is None)


def test_the_call_button_is_enabled_when_it_calls_or_brings_back_a_number(qtbot) -> None:
    model = pad()
    states = [model.call_enabled]
    model.set_text("0612345678")
    states.append(model.call_enabled)
    model.dial()
    model.clear()
    states.append(model.call_enabled)  # it fills in the last number
    assert states == [False, True, True]
    with qtbot.waitSignal(model.call_enabled_changed) as blocker:
        model.set_text("bob?")
    assert blocker.args == [False]
