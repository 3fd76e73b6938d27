"""Which addresses a received file description may reach, and which get credentials."""

from __future__ import annotations

import ipaddress

import pytest

from jego_desktop.domain.fetch_rules import FileServerTrust, is_public_address, origin_of

ip = ipaddress.ip_address

PRIVATE = [
    "127.0.0.1", "127.0.0.2", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
    "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1",
    "::ffff:127.0.0.1", "::ffff:192.168.0.1", "2002:7f00:1::", "ff02::1", "::",
]  # fmt: skip
PUBLIC = ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"]


@pytest.mark.parametrize("address", PRIVATE)
def test_local_private_and_special_addresses_are_not_public(address: str) -> None:
    assert not is_public_address(ip(address))


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses(address: str) -> None:
    assert is_public_address(ip(address))


def test_origins_compare_scheme_host_and_port() -> None:
    assert origin_of("https://Files.Example.com/a") == origin_of("https://files.example.com:443/b")
    assert origin_of("http://files.example.com/a") != origin_of("https://files.example.com/a")
    assert origin_of("https://files.example.com:8443/") != origin_of("https://files.example.com/")
    assert origin_of("ftp://files.example.com/") is None
    assert origin_of("https://files.example.com:99999/") is None


def test_credentials_only_to_the_configured_origin_over_https() -> None:
    trust = FileServerTrust("https://files.example.com/upload")
    public = ip("93.184.216.34")
    assert trust.may_send_credentials("https://files.example.com/d/1", public)
    assert not trust.may_send_credentials("http://files.example.com/d/1", public)
    assert not trust.may_send_credentials("https://files.example.com:8443/d/1", public)
    assert not trust.may_send_credentials("https://files.example.com.evil.test/d/1", public)
    assert not trust.may_send_credentials("https://evil.test/d/1", public)
    assert not FileServerTrust().may_send_credentials("https://files.example.com/d/1", public)


def test_plain_http_credentials_only_on_loopback_and_by_the_explicit_setting() -> None:
    url = "http://127.0.0.1:8080/d/1"
    assert not FileServerTrust("http://127.0.0.1:8080/up").may_send_credentials(
        url, ip("127.0.0.1")
    )
    allowed = FileServerTrust("http://127.0.0.1:8080/up", plain_http_loopback=True)
    assert allowed.may_send_credentials(url, ip("127.0.0.1"))
    lan = FileServerTrust("http://files.lan:8080/up", plain_http_loopback=True)
    assert not lan.may_send_credentials("http://files.lan:8080/d", ip("192.168.1.5"))


def test_only_the_configured_server_may_be_private() -> None:
    trust = FileServerTrust("https://files.lan/upload")
    assert trust.may_connect("https://files.lan/d/1", ip("192.168.1.5"))
    assert not trust.may_connect("https://other.lan/d/1", ip("192.168.1.6"))
    assert trust.may_connect("https://cdn.example.com/d/1", ip("93.184.216.34"))
