"""Translations of what protects the user from received files: voice-message and picture
bombs, programs that would run on a click, markup in strangers' texts."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "the voice message is longer than 10 minutes, the longest this app plays": (
        "le message vocal dure plus de 10 minutes, le maximum que cette application lit",
        "语音消息超过 10 分钟，超出本应用可播放的最长时长",
    ),
    "this file is not a sound format we know": (
        "ce fichier n’est pas dans un format sonore connu",
        "此文件不是已知的声音格式",
    ),
}
