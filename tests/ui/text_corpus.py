"""Message texts in many scripts and shapes, for measuring chat bubbles."""

from __future__ import annotations

LATIN = [
    "ok",
    "See you at the station tonight?",
    "Réunion demain à 9 h, café avant ?",
    "trailing spaces   ",
    "  leading spaces",
    "x" * 300,  # one very long word
    "https://example.org/" + "a/very/long/path/" * 12,
    " ".join(["bonjour demain merci"] * 30),  # a long paragraph
    "Dear Bob,\nthe files are here.\n\nThanks,\nAlice",
    "line one\r\nline two",
    "<b>not bold</b> & &amp; literal",
]
CJK = [
    "明天见",
    "我们明天在车站见面，好吗？",
    "我们" * 200,
    "日本語のテキストも表示できます。",
    "한국어 메시지입니다",
    "明天\n见面",
]
EMOJI = [
    "👍",
    "Happy birthday 🎂🎉🥳",
    "👨‍👩‍👧‍👦🏳️‍🌈🇫🇷",
    "😀" * 120,
]
RTL = [
    "مرحبا، كيف حالك؟",
    "שלום עולם",
    "Mixed English and العربية in one line",
    "مرحبا " * 80,
]
OTHER = [
    "Привет, как дела?",
    "Γειά σου κόσμε",
    "नमस्ते दुनिया",
    "สวัสดีครับ",
    "Ǆ ǅ ǆ ɐ ɑ ɒ",  # around the end of Latin Extended-B
    "a" * 58,
    " ",
]
CORPUS = LATIN + CJK + EMOJI + RTL + OTHER
WIDTHS = [96, 200, 381, 536]
