<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CallHistoryModel</name>
    <message>
        <location filename="../jego_desktop/models/call_history.py" line="114" />
        <source>Missed call from %s</source>
        <translation>Appel manqué de %s</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/call_history.py" line="116" />
        <source>Incoming call from %s</source>
        <translation>Appel entrant de %s</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/call_history.py" line="117" />
        <source>Outgoing call to %s</source>
        <translation>Appel sortant vers %s</translation>
    </message>
</context>
<context>
    <name>CallWindows</name>
    <message>
        <location filename="../jego_desktop/ui/call_windows.py" line="118" />
        <source>Recording needs a profile folder.</source>
        <translation>L’enregistrement nécessite un dossier de profil.</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../jego_desktop/ui/calls_page.py" line="37" />
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/calls_page.py" line="42" />
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/calls_page.py" line="55" />
        <source>No calls yet</source>
        <translation>Aucun appel pour l’instant</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/calls_page.py" line="56" />
        <source>Calls you make and receive will be listed here.</source>
        <translation>Les appels passés et reçus apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>DialPadModel</name>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="148" />
        <location filename="../jego_desktop/models/dial_pad.py" line="188" />
        <source>Only digits, +, * and # can be dialled.</source>
        <translation>Seuls les chiffres, +, * et # peuvent être composés.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="153" />
        <location filename="../jego_desktop/models/dial_pad.py" line="156" />
        <source>Unknown country code.</source>
        <translation>Indicatif de pays inconnu.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="158" />
        <source>Too many digits for a phone number.</source>
        <translation>Trop de chiffres pour un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="184" />
        <source>Type a number or a SIP address first.</source>
        <translation>Saisissez d’abord un numéro ou une adresse SIP.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="186" />
        <source>This is not a valid SIP address.</source>
        <translation>Ce n’est pas une adresse SIP valide.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="190" />
        <source>Bind your number in Settings to call phone numbers.</source>
        <translation>Liez votre numéro dans les Réglages pour appeler des numéros de téléphone.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="191" />
        <source>This is not a valid phone number.</source>
        <translation>Ce n’est pas un numéro de téléphone valide.</translation>
    </message>
</context>
<context>
    <name>DialPadPage</name>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="60" />
        <source>Dial pad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="66" />
        <source>Number or SIP address</source>
        <translation>Numéro ou adresse SIP</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="67" />
        <source>Number to call</source>
        <translation>Numéro à appeler</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="73" />
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="85" />
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="86" />
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="107" />
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="91" />
        <source>Call the last number again</source>
        <translation>Rappeler le dernier numéro</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="106" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="108" />
        <source>Redial</source>
        <translation>Rappel</translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <location filename="../jego_desktop/ui/history_delegate.py" line="120" />
        <source>Missed call</source>
        <translation>Appel manqué</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/history_delegate.py" line="121" />
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/history_delegate.py" line="121" />
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/history_delegate.py" line="123" />
        <source>%s, not answered</source>
        <translation>%s, sans réponse</translation>
    </message>
</context>
<context>
    <name>InCallWindow</name>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="64" />
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="112" />
        <location filename="../jego_desktop/ui/in_call_window.py" line="127" />
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="113" />
        <location filename="../jego_desktop/ui/in_call_window.py" line="128" />
        <source>Hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="114" />
        <location filename="../jego_desktop/ui/in_call_window.py" line="129" />
        <source>Keypad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="115" />
        <location filename="../jego_desktop/ui/in_call_window.py" line="130" />
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="116" />
        <source>Merge calls</source>
        <translation>Fusionner les appels</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="117" />
        <location filename="../jego_desktop/ui/in_call_window.py" line="132" />
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="119" />
        <location filename="../jego_desktop/ui/in_call_window.py" line="154" />
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="131" />
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="191" />
        <source>Call with %s</source>
        <translation>Appel avec %s</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="216" />
        <source>Calling…</source>
        <translation>Appel en cours…</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="218" />
        <source>Ringing…</source>
        <translation>Ça sonne…</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="220" />
        <source>Incoming call…</source>
        <translation>Appel entrant…</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="222" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="225" />
        <source>On hold · %s</source>
        <translation>En attente · %s</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="227" />
        <source>Held by the other side · %s</source>
        <translation>Mis en attente par l’autre côté · %s</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="238" />
        <source>%s %s kHz · jitter %s ms · loss %s%% / %s%% · RTT %s ms</source>
        <translation>%s %s kHz · gigue %s ms · pertes %s %% / %s %% · RTT %s ms</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="253" />
        <source>%s (ringing)</source>
        <translation>%s (sonne)</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="255" />
        <source>%s (on hold)</source>
        <translation>%s (en attente)</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="259" />
        <source>Also on the line: %s</source>
        <translation>Également en ligne : %s</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="294" />
        <source>Transfer the call</source>
        <translation>Transférer l’appel</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="295" />
        <source>Number or SIP address to transfer the call to:</source>
        <translation>Numéro ou adresse SIP vers lequel transférer l’appel :</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="39" />
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="49" />
        <source>Incoming call…</source>
        <translation>Appel entrant…</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="57" />
        <source>Decline the call</source>
        <translation>Refuser l’appel</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="60" />
        <source>Answer the call</source>
        <translation>Répondre à l’appel</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="64" />
        <source>Incoming call from %s</source>
        <translation>Appel entrant de %s</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="69" />
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="70" />
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../jego_desktop/ui/keypad.py" line="65" />
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/keypad.py" line="65" />
        <source>Hash</source>
        <translation>Dièse</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/keypad.py" line="71" />
        <source>Hold for +</source>
        <translation>Maintenir pour +</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="64" />
        <source>No number bound yet: bind your number in Settings.</source>
        <translation>Aucun numéro lié : liez votre numéro dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="75" />
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="76" />
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l’instant</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="77" />
        <source>Messages to and from your contacts will appear here.</source>
        <translation>Les messages échangés avec vos contacts apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="81" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="82" />
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="83" />
        <source>Add the people you call and write to.</source>
        <translation>Ajoutez les personnes que vous appelez et à qui vous écrivez.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="87" />
        <source>Dial pad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="88" />
        <source>Call any phone</source>
        <translation>Appelez n’importe quel téléphone</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="89" />
        <source>Landlines and mobiles, at home and abroad.</source>
        <translation>Fixes et mobiles, au pays et à l’étranger.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="93" />
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="94" />
        <source>No calls yet</source>
        <translation>Aucun appel pour l’instant</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="95" />
        <source>Calls you make and receive will be listed here.</source>
        <translation>Les appels passés et reçus apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="99" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="100" />
        <source>Bind your number</source>
        <translation>Liez votre numéro</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="101" />
        <source>Register your mobile number with your operator's service to start.</source>
        <translation>Enregistrez votre numéro mobile auprès du service de votre opérateur pour commencer.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../jego_desktop/app.py" line="287" />
        <source>Your history cannot be opened: %s</source>
        <translation>Votre historique ne peut pas être ouvert : %s</translation>
    </message>
    <message>
        <location filename="../jego_desktop/app.py" line="318" />
        <source>No sound: %s. Calls still connect, without audio.</source>
        <translation>Pas de son : %s. Les appels aboutissent quand même, sans audio.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/app.py" line="328" />
        <source>No keyring: %s. Passwords cannot be saved; you will be asked each time.</source>
        <translation>Pas de trousseau : %s. Les mots de passe ne peuvent pas être enregistrés ; ils vous seront demandés à chaque fois.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/app.py" line="341" />
        <source>No network connection.</source>
        <translation>Pas de connexion réseau.</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../jego_desktop/models/registration_status.py" line="43" />
        <source>No number bound yet: bind your number in Settings.</source>
        <translation>Aucun numéro lié : liez votre numéro dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/registration_status.py" line="52" />
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/registration_status.py" line="54" />
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/registration_status.py" line="56" />
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/registration_status.py" line="57" />
        <source>not connected (%s)</source>
        <translation>non connecté (%s)</translation>
    </message>
</context>
</TS>