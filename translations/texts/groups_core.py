"""Translations of group chats' core: why a group message was not sent."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "you are no longer a member of this group": (
        "vous ne faites plus partie de ce groupe",
        "你已不是该群的成员",
    ),
    "not sent to %1": ("non envoyé à %1", "未发送给 %1"),
}
