"""Traditional Chinese of the contacts' presence."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "away": "離開",
}
