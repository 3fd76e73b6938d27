"""Translations of group chats as the user sees them: New group, a group's header and
members, its membership lines, receipts and invitations (ui/chats/new_group_dialog.py,
member_entry.py, group_members_dialog.py, chat_groups.py, invitation_banner.py,
conversation_list_delegate.py, models/chats/group_texts.py, group_events.py,
new_group.py)."""

# source: (French, Simplified Chinese). WeChat's words: 群聊 (group chat), 群名 (group
# name), 群成员 (members), 退出群聊 (leave the group), 移出 (remove), 邀请…加入 (add).
TEXTS: dict[str, tuple[str, str]] = {
    "New group": ("Nouveau groupe", "发起群聊"),
    "New group (Ctrl+Shift+N)": ("Nouveau groupe (Ctrl+Maj+N)", "发起群聊（Ctrl+Shift+N）"),
    "Group name": ("Nom du groupe", "群名"),
    "e.g. Family": ("p. ex. Famille", "例如：家人"),
    "Members": ("Membres", "群成员"),
    "Add a member": ("Ajouter un membre", "添加成员"),
    "Add members": ("Ajouter des membres", "添加成员"),
    "Add": ("Ajouter", "添加"),
    "Create": ("Créer", "创建"),
    "Rename": ("Renommer", "修改群名"),
    "Leave group": ("Quitter le groupe", "退出群聊"),
    "Leave": ("Quitter", "退出"),
    "Join": ("Rejoindre", "加入"),
    "Double-click a member, or press Delete, to remove them.": (
        "Double-cliquez sur un membre, ou appuyez sur Suppr, pour le retirer.",
        "双击成员或按 Delete 键可将其移除。",
    ),
    "You are in the group already.": ("Vous êtes déjà dans le groupe.", "你已经在群里了。"),
    "%1 is in the list already.": ("%1 est déjà dans la liste.", "%1 已在列表中。"),
    "Leave “%1”? You will no longer get its messages, and someone in it has to add you"
    " again to come back.": (
        "Quitter « %1 » ? Vous ne recevrez plus ses messages, et il faudra qu’un membre"
        " vous ajoute à nouveau pour revenir.",
        "退出“%1”？你将不再收到群消息，之后需要群成员重新邀请你才能回来。",
    ),
    "You left this group.": ("Vous avez quitté ce groupe.", "你已退出该群聊。"),
    "You were removed from this group.": (
        "Vous ne faites plus partie de ce groupe.",
        "你已被移出该群聊。",
    ),
    "%1 added you to “%2”": ("%1 vous a ajouté à « %2 »", "%1 邀请你加入了“%2”"),
    "They are not in your contacts. Nothing of this group is shown and nothing is sent"
    " until you join.": (
        "Cette personne n’est pas dans vos contacts. Rien de ce groupe n’est affiché ni"
        " envoyé tant que vous ne l’avez pas rejoint.",
        "对方不在你的联系人中。加入之前，不会显示该群的任何内容，也不会发送任何消息。",
    ),
    "%1: %2": ("%1 : %2", "%1：%2"),
    # models/chats/group_texts.py
    "Give the group a name.": ("Donnez un nom au groupe.", "请给群聊起个名字。"),
    "A group name has at most %1 characters.": (
        "Un nom de groupe a au plus %1 caractères.",
        "群名最多 %1 个字符。",
    ),
    "Add at least one member.": ("Ajoutez au moins un membre.", "请至少添加一位成员。"),
    "A group has at most %1 other members.": (
        "Un groupe compte au plus %1 autres membres.",
        "群聊最多还能有 %1 位其他成员。",
    ),
    "Not a number or SIP address: %1": (
        "Ni un numéro ni une adresse SIP : %1",
        "不是号码或 SIP 地址：%1",
    ),
    "Not a number or SIP address.": (
        "Ni un numéro ni une adresse SIP.",
        "不是号码或 SIP 地址。",
    ),
    "You are no longer a member of this group.": (
        "Vous n’êtes plus membre de ce groupe.",
        "你已不是该群成员。",
    ),
    "Some members' phones cannot take part in a group.": (
        "Le téléphone de certains membres ne peut pas participer à un groupe.",
        "部分成员的电话无法参与群聊。",
    ),
    "1 member": ("1 membre", "1 位成员"),
    "%1 members": ("%1 membres", "%1 位成员"),
    "%1 of %2": ("%1 sur %2", "%1/%2"),
    "Delivered to %1 of %2": ("Remis à %1 sur %2", "已送达 %1/%2 人"),
    "read by %1": ("lu par %1", "%1 人已读"),
    "Someone": ("Quelqu’un", "某人"),
    # models/chats/group_events.py: a membership line in the conversation
    "%1 created the group “%2”": ("%1 a créé le groupe « %2 »", "%1 创建了群聊“%2”"),
    "%1 created the group": ("%1 a créé le groupe", "%1 创建了群聊"),
    "%1 renamed the group to “%2”": (
        "%1 a renommé le groupe « %2 »",
        "%1 修改群名为“%2”",
    ),
    "%1 left": ("%1 a quitté le groupe", "%1 退出了群聊"),
    "%1 added %3": ("%1 a ajouté %3", "%1 邀请 %3 加入了群聊"),
    "%1 removed %3": ("%1 a retiré %3", "%1 将 %3 移出了群聊"),
    "%1 added you": ("%1 vous a ajouté au groupe", "%1 邀请你加入了群聊"),
    "%1 removed you": ("%1 vous a retiré du groupe", "%1 将你移出了群聊"),
    "You created the group “%2”": ("Vous avez créé le groupe « %2 »", "你创建了群聊“%2”"),
    "You created the group": ("Vous avez créé le groupe", "你创建了群聊"),
    "You renamed the group to “%2”": (
        "Vous avez renommé le groupe « %2 »",
        "你修改群名为“%2”",
    ),
    "You added %3": ("Vous avez ajouté %3", "你邀请 %3 加入了群聊"),
    "You removed %3": ("Vous avez retiré %3", "你将 %3 移出了群聊"),
    "You left the group": ("Vous avez quitté le groupe", "你退出了群聊"),
    "1 more invitation": ("1 autre invitation", "还有 1 个邀请"),
    "%1 more invitations": ("%1 autres invitations", "还有 %1 个邀请"),
    "The group changed": ("Le groupe a changé", "群聊有变动"),
    ", ": (", ", "、"),
    "%1 and 1 other": ("%1 et 1 autre", "%1 和另外 1 人"),
    "%1 and %2 others": ("%1 et %2 autres", "%1 和另外 %2 人"),
}
