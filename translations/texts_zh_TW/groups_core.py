"""Traditional Chinese (Taiwan, Hong Kong) of group chats' core texts."""

TEXTS: dict[str, str] = {
    "you are no longer a member of this group": "你已不是這個群組的成員",
    "not sent to %1": "未傳送給 %1",
}
