"""Translations of desktop-integration messages (links opened by the system)."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "This link cannot be read as a phone or SIP address.": (
        "Ce lien ne peut pas être lu comme un numéro de téléphone ou une adresse SIP.",
        "无法将此链接识别为电话号码或 SIP 地址。",
    ),
    "This link cannot be called: %s": (
        "Impossible d’appeler ce lien : %s",
        "无法呼叫此链接：%s",
    ),
}
