"""Traditional Chinese of links handed to the app (tel:, sip:)."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "This link cannot be read as a phone or SIP address.": (
        "無法將這個連結辨識為電話號碼或 SIP 位址。"
    ),
    "This link cannot be called: %s": "無法撥打這個連結：%s",
}
