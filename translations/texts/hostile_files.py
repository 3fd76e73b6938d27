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
    "Open a program?": ("Ouvrir un programme ?", "打开程序？"),
    "“%1” is a program or a script (%2), not a document.": (
        "« %1 » est un programme ou un script (%2), pas un document.",
        "“%1”是程序或脚本（%2），不是文档。",
    ),
    "“%1” is a program or a script, not a document.": (
        "« %1 » est un programme ou un script, pas un document.",
        "“%1”是程序或脚本，不是文档。",
    ),
    "Opening it runs it on this computer, with your rights. Open it only if you expected"
    " it from someone you trust.": (
        "L’ouvrir l’exécute sur cet ordinateur, avec vos droits. Ne l’ouvrez que si vous"
        " l’attendiez de quelqu’un de confiance.",
        "打开它就会以您的权限在这台电脑上运行它。只有在您预期收到且来自可信之人时才打开。",
    ),
    "Open anyway": ("Ouvrir quand même", "仍然打开"),
}
