<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>Missed call from %s</source>
        <translation>来自 %s 的未接来电</translation>
    </message>
    <message>
        <source>Incoming call from %s</source>
        <translation>来自 %s 的来电</translation>
    </message>
    <message>
        <source>Outgoing call to %s</source>
        <translation>呼出至 %s</translation>
    </message>
</context>
<context>
    <name>CallWindows</name>
    <message>
        <source>Recording needs a profile folder.</source>
        <translation>录音需要一个配置文件夹。</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>暂无通话</translation>
    </message>
    <message>
        <source>Calls you make and receive will be listed here.</source>
        <translation>您拨出和接听的电话将显示在这里。</translation>
    </message>
</context>
<context>
    <name>DialPadModel</name>
    <message>
        <source>Only digits, +, * and # can be dialled.</source>
        <translation>只能拨打数字、+、* 和 #。</translation>
    </message>
    <message>
        <source>Unknown country code.</source>
        <translation>未知的国家代码。</translation>
    </message>
    <message>
        <source>Too many digits for a phone number.</source>
        <translation>电话号码位数过多。</translation>
    </message>
    <message>
        <source>Type a number or a SIP address first.</source>
        <translation>请先输入号码或 SIP 地址。</translation>
    </message>
    <message>
        <source>This is not a valid SIP address.</source>
        <translation>这不是有效的 SIP 地址。</translation>
    </message>
    <message>
        <source>Bind your number in Settings to call phone numbers.</source>
        <translation>请在设置中绑定您的号码以拨打电话号码。</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>这不是有效的电话号码。</translation>
    </message>
</context>
<context>
    <name>DialPadPage</name>
    <message>
        <source>Dial pad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <source>Number or SIP address</source>
        <translation>号码或 SIP 地址</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>要拨打的号码</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>重拨上一个号码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>重拨</translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <source>Missed call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>%s, not answered</source>
        <translation>%s，未接通</translation>
    </message>
</context>
<context>
    <name>InCallWindow</name>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>Merge calls</source>
        <translation>合并通话</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Call with %s</source>
        <translation>与 %s 通话</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>正在呼叫…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>正在响铃…</translation>
    </message>
    <message>
        <source>Incoming call…</source>
        <translation>来电…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>On hold · %s</source>
        <translation>保持中 · %s</translation>
    </message>
    <message>
        <source>Held by the other side · %s</source>
        <translation>对方已保持 · %s</translation>
    </message>
    <message>
        <source>%s %s kHz · jitter %s ms · loss %s%% / %s%% · RTT %s ms</source>
        <translation>%s %s kHz · 抖动 %s 毫秒 · 丢包 %s%% / %s%% · 往返 %s 毫秒</translation>
    </message>
    <message>
        <source>%s (ringing)</source>
        <translation>%s（响铃中）</translation>
    </message>
    <message>
        <source>%s (on hold)</source>
        <translation>%s（保持中）</translation>
    </message>
    <message>
        <source>Also on the line: %s</source>
        <translation>线路上还有：%s</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <source>Number or SIP address to transfer the call to:</source>
        <translation>要转接到的号码或 SIP 地址：</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Incoming call…</source>
        <translation>来电…</translation>
    </message>
    <message>
        <source>Decline the call</source>
        <translation>拒接来电</translation>
    </message>
    <message>
        <source>Answer the call</source>
        <translation>接听来电</translation>
    </message>
    <message>
        <source>Incoming call from %s</source>
        <translation>来自 %s 的来电</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒接</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>接听</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Star</source>
        <translation>星号</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>井号</translation>
    </message>
    <message>
        <source>Hold for +</source>
        <translation>长按输入 +</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No number bound yet: bind your number in Settings.</source>
        <translation>尚未绑定号码：请在设置中绑定您的号码。</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>暂无会话</translation>
    </message>
    <message>
        <source>Messages to and from your contacts will appear here.</source>
        <translation>您与联系人之间的消息将显示在这里。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>暂无联系人</translation>
    </message>
    <message>
        <source>Add the people you call and write to.</source>
        <translation>添加您常打电话和发消息的人。</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <source>Call any phone</source>
        <translation>拨打任何电话</translation>
    </message>
    <message>
        <source>Landlines and mobiles, at home and abroad.</source>
        <translation>国内外的固定电话和手机。</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>暂无通话</translation>
    </message>
    <message>
        <source>Calls you make and receive will be listed here.</source>
        <translation>您拨出和接听的电话将显示在这里。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Bind your number</source>
        <translation>绑定您的号码</translation>
    </message>
    <message>
        <source>Register your mobile number with your operator's service to start.</source>
        <translation>在运营商的服务上注册您的手机号码即可开始。</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Your history cannot be opened: %s</source>
        <translation>无法打开您的历史记录：%s</translation>
    </message>
    <message>
        <source>No sound: %s. Calls still connect, without audio.</source>
        <translation>没有声音：%s。通话仍可接通，但没有音频。</translation>
    </message>
    <message>
        <source>No keyring: %s. Passwords cannot be saved; you will be asked each time.</source>
        <translation>没有密钥环：%s。无法保存密码，每次都会询问您。</translation>
    </message>
    <message>
        <source>No network connection.</source>
        <translation>没有网络连接。</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <source>No number bound yet: bind your number in Settings.</source>
        <translation>尚未绑定号码：请在设置中绑定您的号码。</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>not connected (%s)</source>
        <translation>未连接（%s）</translation>
    </message>
</context>
</TS>