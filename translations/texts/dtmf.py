"""Translations of the call window's lines about keypad tones (DTMF) that were lost."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "The other side refused the keypad tones “%1” (%2).": (
        "Le correspondant a refusé les tonalités du clavier « %1 » (%2).",
        "对方拒绝了按键音“%1”（%2）。",
    ),
    "The keypad tones “%1” could not be sent: this call carries none.": (
        "Les tonalités « %1 » n’ont pas pu être envoyées : cet appel n’en transmet aucune.",
        "无法发送按键音“%1”：此通话不支持按键音。",
    ),
}
