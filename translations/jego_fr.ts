<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>Missed call from %s</source>
        <translation>Appel manqué de %s</translation>
    </message>
    <message>
        <source>Incoming call from %s</source>
        <translation>Appel entrant de %s</translation>
    </message>
    <message>
        <source>Outgoing call to %s</source>
        <translation>Appel sortant vers %s</translation>
    </message>
</context>
<context>
    <name>CallWindows</name>
    <message>
        <source>Recording needs a profile folder.</source>
        <translation>L’enregistrement nécessite un dossier de profil.</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Aucun appel pour l’instant</translation>
    </message>
    <message>
        <source>Calls you make and receive will be listed here.</source>
        <translation>Les appels passés et reçus apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>DialPadModel</name>
    <message>
        <source>Only digits, +, * and # can be dialled.</source>
        <translation>Seuls les chiffres, +, * et # peuvent être composés.</translation>
    </message>
    <message>
        <source>Unknown country code.</source>
        <translation>Indicatif de pays inconnu.</translation>
    </message>
    <message>
        <source>Too many digits for a phone number.</source>
        <translation>Trop de chiffres pour un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Type a number or a SIP address first.</source>
        <translation>Saisissez d’abord un numéro ou une adresse SIP.</translation>
    </message>
    <message>
        <source>This is not a valid SIP address.</source>
        <translation>Ce n’est pas une adresse SIP valide.</translation>
    </message>
    <message>
        <source>Bind your number in Settings to call phone numbers.</source>
        <translation>Liez votre numéro dans les Réglages pour appeler des numéros de téléphone.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>Ce n’est pas un numéro de téléphone valide.</translation>
    </message>
</context>
<context>
    <name>DialPadPage</name>
    <message>
        <source>Dial pad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Number or SIP address</source>
        <translation>Numéro ou adresse SIP</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numéro à appeler</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Rappeler le dernier numéro</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Rappel</translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <source>Missed call</source>
        <translation>Appel manqué</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>%s, not answered</source>
        <translation>%s, sans réponse</translation>
    </message>
</context>
<context>
    <name>InCallWindow</name>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Merge calls</source>
        <translation>Fusionner les appels</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Call with %s</source>
        <translation>Appel avec %s</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Appel en cours…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Ça sonne…</translation>
    </message>
    <message>
        <source>Incoming call…</source>
        <translation>Appel entrant…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>On hold · %s</source>
        <translation>En attente · %s</translation>
    </message>
    <message>
        <source>Held by the other side · %s</source>
        <translation>Mis en attente par l’autre côté · %s</translation>
    </message>
    <message>
        <source>%s %s kHz · jitter %s ms · loss %s%% / %s%% · RTT %s ms</source>
        <translation>%s %s kHz · gigue %s ms · pertes %s %% / %s %% · RTT %s ms</translation>
    </message>
    <message>
        <source>%s (ringing)</source>
        <translation>%s (sonne)</translation>
    </message>
    <message>
        <source>%s (on hold)</source>
        <translation>%s (en attente)</translation>
    </message>
    <message>
        <source>Also on the line: %s</source>
        <translation>Également en ligne : %s</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Transférer l’appel</translation>
    </message>
    <message>
        <source>Number or SIP address to transfer the call to:</source>
        <translation>Numéro ou adresse SIP vers lequel transférer l’appel :</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>Incoming call…</source>
        <translation>Appel entrant…</translation>
    </message>
    <message>
        <source>Decline the call</source>
        <translation>Refuser l’appel</translation>
    </message>
    <message>
        <source>Answer the call</source>
        <translation>Répondre à l’appel</translation>
    </message>
    <message>
        <source>Incoming call from %s</source>
        <translation>Appel entrant de %s</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Dièse</translation>
    </message>
    <message>
        <source>Hold for +</source>
        <translation>Maintenir pour +</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No number bound yet: bind your number in Settings.</source>
        <translation>Aucun numéro lié : liez votre numéro dans les Réglages.</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l’instant</translation>
    </message>
    <message>
        <source>Messages to and from your contacts will appear here.</source>
        <translation>Les messages échangés avec vos contacts apparaîtront ici.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <source>Add the people you call and write to.</source>
        <translation>Ajoutez les personnes que vous appelez et à qui vous écrivez.</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Call any phone</source>
        <translation>Appelez n’importe quel téléphone</translation>
    </message>
    <message>
        <source>Landlines and mobiles, at home and abroad.</source>
        <translation>Fixes et mobiles, au pays et à l’étranger.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Aucun appel pour l’instant</translation>
    </message>
    <message>
        <source>Calls you make and receive will be listed here.</source>
        <translation>Les appels passés et reçus apparaîtront ici.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Bind your number</source>
        <translation>Liez votre numéro</translation>
    </message>
    <message>
        <source>Register your mobile number with your operator's service to start.</source>
        <translation>Enregistrez votre numéro mobile auprès du service de votre opérateur pour commencer.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Your history cannot be opened: %s</source>
        <translation>Votre historique ne peut pas être ouvert : %s</translation>
    </message>
    <message>
        <source>No sound: %s. Calls still connect, without audio.</source>
        <translation>Pas de son : %s. Les appels aboutissent quand même, sans audio.</translation>
    </message>
    <message>
        <source>No keyring: %s. Passwords cannot be saved; you will be asked each time.</source>
        <translation>Pas de trousseau : %s. Les mots de passe ne peuvent pas être enregistrés ; ils vous seront demandés à chaque fois.</translation>
    </message>
    <message>
        <source>No network connection.</source>
        <translation>Pas de connexion réseau.</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <source>No number bound yet: bind your number in Settings.</source>
        <translation>Aucun numéro lié : liez votre numéro dans les Réglages.</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>not connected (%s)</source>
        <translation>non connecté (%s)</translation>
    </message>
</context>
</TS>