"""Translations of the texts about networks: a call whose far end vanished, NAT
traversal settings (STUN, ICE, TURN, keep-alives)."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "Connection lost": ("Connexion perdue", "连接已断开"),
    "%s, connection lost": ("%s, connexion perdue", "%s，连接已断开"),
}
