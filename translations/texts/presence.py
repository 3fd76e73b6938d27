"""Translations of the contacts' presence ("online" and "offline" are in core.py)."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "away": ("absent", "离开"),
}
