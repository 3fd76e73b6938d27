"""The wizard's fields are checked one by one, with a reason for each wrong one."""

from __future__ import annotations

import pytest

from jego_desktop.domain.accounts import SrtpMode, Transport
from jego_desktop.models.settings.account_form import (
    AccountForm,
    form_errors,
    number_error,
    server_error,
    to_config,
)


@pytest.mark.parametrize(
    "number", ["+33 6 12 34 56 78", "+8613800138000", "0033612345678", "alice"]
)
def test_good_numbers(number: str) -> None:
    assert number_error(number) == ""


@pytest.mark.parametrize(
    ("number", "words"),
    [
        ("", "Type your mobile number"),
        ("0612345678", "international form"),
        ("+999 1234", "not a valid international number"),
        ("+33 6 12", "not a valid international number"),
        ("al ice", "neither a phone number"),
        ("bob@example.org", "neither a phone number"),
    ],
)
def test_bad_numbers(number: str, words: str) -> None:
    assert words in number_error(number)


@pytest.mark.parametrize(
    "server", ["sip.example.org", "sip.example.org:5061", "127.0.0.1:5060", "[::1]:5060"]
)
def test_good_servers(server: str) -> None:
    assert server_error(server) == ""


@pytest.mark.parametrize(
    ("server", "words"),
    [
        ("", "Type the server"),
        ("sip.example.org:0", "port"),
        ("sip.example.org:70000", "port"),
        ("sip.example.org:abc", "port"),
        ("sip example.org", "host name"),
        ("sip:alice@example.org", "port"),
        ("-bad.example.org", "host name"),
    ],
)
def test_bad_servers(server: str, words: str) -> None:
    assert words in server_error(server)


def test_every_wrong_field_is_named() -> None:
    form = AccountForm(number="06", server="", username="a b", display_name="x" * 200)
    errors = form_errors(form, password="", password_required=True)
    assert set(errors) == {"number", "server", "username", "display_name", "password"}


def test_an_edited_account_may_keep_its_password() -> None:
    form = AccountForm(number="+33612345678", server="sip.example.org")
    assert form_errors(form, password="", password_required=False) == {}


def test_config_has_the_number_in_e164_and_no_password() -> None:
    form = AccountForm(
        number="+33 6 12 34 56 78",
        server=" sip.example.org:5061 ",
        transport=Transport.TLS,
        display_name=" Camille ",
        srtp=SrtpMode.MANDATORY,
    )
    config = to_config(form)
    assert config.number == "+33612345678"
    assert config.server == "sip.example.org:5061"
    assert config.display_name == "Camille"
    assert config.key == "+33612345678@sip.example.org:5061"
    assert config.srtp is SrtpMode.MANDATORY
    assert AccountForm.from_config(config).number == "+33612345678"
