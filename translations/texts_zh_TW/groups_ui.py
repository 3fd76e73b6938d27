"""Traditional Chinese (Taiwan, Hong Kong) of group chats: New group, members, membership
lines, receipts and invitations."""

# source: Traditional Chinese. LINE and WeChat in Taiwan say 群組 (group), 成員
# (members), 退出群組 (leave), 邀請…加入 (add), 移除 (remove).
TEXTS: dict[str, str] = {
    "New group": "建立群組",
    "New group (Ctrl+Shift+N)": "建立群組（Ctrl+Shift+N）",
    "Group name": "群組名稱",
    "e.g. Family": "例如：家人",
    "Members": "成員",
    "Add a member": "新增成員",
    "Add members": "新增成員",
    "Add": "新增",
    "Create": "建立",
    "Rename": "變更名稱",
    "Leave group": "退出群組",
    "Leave": "退出",
    "Join": "加入",
    "Double-click a member, or press Delete, to remove them.": (
        "按兩下成員或按 Delete 鍵即可移除。"
    ),
    "You are in the group already.": "您已經在群組裡了。",
    "%1 is in the list already.": "%1 已在清單中。",
    "Leave “%1”? You will no longer get its messages, and someone in it has to add you"
    " again to come back.": (
        "要退出「%1」嗎？您將不再收到群組訊息，之後需要成員重新邀請您才能回來。"
    ),
    "You left this group.": "您已退出這個群組。",
    "You were removed from this group.": "您已被移出這個群組。",
    "%1 added you to “%2”": "%1 邀請您加入「%2」",
    "They are not in your contacts. Nothing of this group is shown and nothing is sent"
    " until you join.": (
        "對方不在您的聯絡人中。加入之前，不會顯示這個群組的任何內容，也不會傳送任何訊息。"
    ),
    "%1: %2": "%1：%2",
    "Give the group a name.": "請為群組取個名稱。",
    "A group name has at most %1 characters.": "群組名稱最多 %1 個字元。",
    "Add at least one member.": "請至少新增一位成員。",
    "A group has at most %1 other members.": "群組最多還能有 %1 位其他成員。",
    "Not a number or SIP address: %1": "不是電話號碼或 SIP 位址：%1",
    "Not a number or SIP address.": "不是電話號碼或 SIP 位址。",
    "You are no longer a member of this group.": "您已不是這個群組的成員。",
    "Some members' phones cannot take part in a group.": "部分成員的電話無法加入群組聊天。",
    "1 member": "1 位成員",
    "%1 members": "%1 位成員",
    "%1 of %2": "%1/%2",
    "Delivered to %1 of %2": "已送達 %1/%2 人",
    "read by %1": "%1 人已讀",
    "Someone": "某人",
    "%1 created the group “%2”": "%1 建立了群組「%2」",
    "%1 created the group": "%1 建立了群組",
    "%1 renamed the group to “%2”": "%1 將群組名稱變更為「%2」",
    "%1 left": "%1 退出了群組",
    "%1 added %3": "%1 邀請 %3 加入群組",
    "%1 removed %3": "%1 將 %3 移出群組",
    "%1 added you": "%1 邀請您加入群組",
    "%1 removed you": "%1 將您移出群組",
    "You created the group “%2”": "您建立了群組「%2」",
    "You created the group": "您建立了群組",
    "You renamed the group to “%2”": "您將群組名稱變更為「%2」",
    "You added %3": "您邀請 %3 加入群組",
    "You removed %3": "您將 %3 移出群組",
    "You left the group": "您退出了群組",
    "1 more invitation": "還有 1 個邀請",
    "%1 more invitations": "還有 %1 個邀請",
    "The group changed": "群組有所變動",
    ", ": "、",
    "%1 and 1 other": "%1 和另外 1 人",
    "%1 and %2 others": "%1 和另外 %2 人",
}
