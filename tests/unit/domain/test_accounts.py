"""Account addresses derived from the bound number and the server."""

from __future__ import annotations

from jego_desktop.domain.accounts import AccountConfig, Transport, split_host_port


def test_account_uris() -> None:
    account = AccountConfig(
        number="+8613800138000",
        server="sip.example.cn:5061",
        transport=Transport.TLS,
        display_name='Li "Lei"',
    )
    assert account.aor == "sip:+8613800138000@sip.example.cn"
    assert account.server_uri() == "sip:sip.example.cn:5061;transport=tls"
    assert account.identity() == '"Li Lei" <sip:+8613800138000@sip.example.cn>'
    assert account.auth_username == "+8613800138000"
    assert account.key == "+8613800138000@sip.example.cn:5061"


def test_split_host_port() -> None:
    assert split_host_port("example.org") == ("example.org", None)
    assert split_host_port("example.org:5080") == ("example.org", 5080)
    assert split_host_port("[::1]:5060") == ("[::1]", 5060)
    assert split_host_port("[::1]") == ("[::1]", None)
