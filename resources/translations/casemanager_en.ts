<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <source>Dit kan nu niet.</source>
        <translation>This is not possible right now.</translation>
    </message>
    <message>
        <source>Pestprotocol</source>
        <translation>Anti-bullying protocol</translation>
    </message>
    <message>
        <source>Het pestprotocol van de school is leidend.</source>
        <translation>The school&apos;s anti-bullying protocol takes precedence.</translation>
    </message>
    <message>
        <source>Mogelijk strafbaar</source>
        <translation>Possibly a criminal offence</translation>
    </message>
    <message>
        <source>Mogelijk een strafbaar feit: overweeg aangifte</source>
        <translation>Possibly a criminal offence: consider a police report</translation>
    </message>
    <message>
        <source>Mogelijk datalek</source>
        <translation>Possible data breach</translation>
    </message>
    <message>
        <source>Persoonsgegevens kunnen zijn gelekt: beoordeel binnen %d uur of het gemeld moet worden bij de Autoriteit Persoonsgegevens.</source>
        <translation>Personal data may have been leaked: assess within %d hours whether it must be reported to the Dutch Data Protection Authority (AP).</translation>
    </message>
    <message>
        <source>%d bytes</source>
        <translation>%d bytes</translation>
    </message>
    <message>
        <source>%s kB</source>
        <translation>%s kB</translation>
    </message>
    <message>
        <source>%s MB</source>
        <translation>%s MB</translation>
    </message>
    <message>
        <source>%s om %s</source>
        <translation>%s at %s</translation>
    </message>
    <message>
        <source>Wie waren er, wat is besproken, wat zei de persoon over de feiten, wat is afgesproken?</source>
        <translation>Who was there, what was discussed, what did the person say about the facts, and what was agreed?</translation>
    </message>
    <message>
        <source>Schrijf nog minstens %d tekens.</source>
        <translation>Write at least %d more characters.</translation>
    </message>
    <message>
        <source>Correctie op de verklaring van %s</source>
        <translation>Correction to the statement from %s</translation>
    </message>
    <message>
        <source>eerder</source>
        <translation>earlier</translation>
    </message>
    <message>
        <source>Later gecorrigeerd (%s)</source>
        <translation>Corrected later (%s)</translation>
    </message>
    <message>
        <source>vastgelegd door %s</source>
        <translation>recorded by %s</translation>
    </message>
    <message>
        <source>Verklaring van %s</source>
        <translation>Statement by %s</translation>
    </message>
    <message>
        <source>&apos;%s&apos; van %s</source>
        <translation>&apos;%s&apos; from %s</translation>
    </message>
    <message>
        <source>Correctie op %s</source>
        <translation>Correction to %s</translation>
    </message>
    <message>
        <source>Correctie</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Later gecorrigeerd op %s</source>
        <translation>Corrected later on %s</translation>
    </message>
    <message>
        <source>Alles wat er in deze zaak is gebeurd, het oudste bovenaan. Niets wordt overschreven: een correctie is een nieuwe regel.</source>
        <translation>Everything that has happened in this case, oldest first. Nothing is overwritten: a correction is a new entry.</translation>
    </message>
    <message>
        <source>Correctie toevoegen…</source>
        <translation>Add correction…</translation>
    </message>
    <message>
        <source>Kies eerst de regel die u wilt corrigeren.</source>
        <translation>First choose the entry you want to correct.</translation>
    </message>
    <message>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Opslaan als Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Opslaan lukte niet</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Het bestand %s kon niet worden opgeslagen: %s.

Kies een andere map.</source>
        <translation>The file %s could not be saved: %s.

Choose a different folder.</translation>
    </message>
    <message>
        <source>Brief afdrukken</source>
        <translation>Print letter</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>De brief kon niet worden gelezen.</source>
        <translation>The letter could not be read.</translation>
    </message>
    <message>
        <source>De printer kon niet worden gestart. Controleer of hij aan staat en kies hem opnieuw.</source>
        <translation>The printer could not be started. Check that it is switched on and select it again.</translation>
    </message>
    <message>
        <source>De printer weigerde de pagina.</source>
        <translation>The printer rejected the page.</translation>
    </message>
    <message>
        <source>Pagina %d van %d</source>
        <translation>Page %d of %d</translation>
    </message>
    <message>
        <source>Er is nog nooit een back-up van dit dossier gemaakt.</source>
        <translation>No backup of this dossier has ever been made.</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>{days} dagen geleden</source>
        <translation>{days} days ago</translation>
    </message>
    <message>
        <source>{day} om {time} ({ago})</source>
        <translation>{day} at {time} ({ago})</translation>
    </message>
    <message>
        <source>Maak nu een eerste back-up en bewaar die op een andere plek dan deze computer.</source>
        <translation>Make a first backup now and keep it somewhere other than this computer.</translation>
    </message>
    <message>
        <source>De laatste back-up is ouder dan {days} dagen. Maak nu een nieuwe: wat sindsdien is vastgelegd, gaat anders verloren als deze computer stukgaat of wordt gestolen.</source>
        <translation>The last backup is more than {days} days old. Make a new one now: otherwise anything recorded since then will be lost if this computer breaks down or is stolen.</translation>
    </message>
    <message>
        <source>De back-up is teruggezet op {path}.</source>
        <translation>The backup has been restored to {path}.</translation>
    </message>
    <message>
        <source>Het dossier dat open was, staat nu op {path} (niet gewist).</source>
        <translation>The dossier that was open is now at {path} (not deleted).</translation>
    </message>
    <message>
        <source>Meld u opnieuw aan om verder te werken.</source>
        <translation>Please sign in again to continue working.</translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Het dossier is niet veranderd en weer geopend; u kunt verder werken.</source>
        <translation>The dossier has not been changed and has been reopened; you can carry on working.</translation>
    </message>
    <message>
        <source>Het dossier is niet veranderd, maar wel gesloten. Meld u opnieuw aan.</source>
        <translation>The dossier has not been changed, but it has been closed. Please sign in again.</translation>
    </message>
    <message>
        <source>Back-up niet teruggezet</source>
        <translation>Backup not restored</translation>
    </message>
    <message>
        <source>Back-up terugzetten…</source>
        <translation>Restoring backup…</translation>
    </message>
    <message>
        <source>termijn verstreken</source>
        <translation>deadline passed</translation>
    </message>
    <message>
        <source>nog {hours} uur</source>
        <translation>{hours} hours left</translation>
    </message>
    <message>
        <source>nog {minutes} minuten</source>
        <translation>{minutes} minutes left</translation>
    </message>
    <message>
        <source>Beoordelen: {left}</source>
        <translation>Assess: {left}</translation>
    </message>
    <message>
        <source>Gemeld bij de AP op {day}</source>
        <translation>Reported to the AP on {day}</translation>
    </message>
    <message>
        <source>Niet gemeld (besloten op {day})</source>
        <translation>Not reported (decided on {day})</translation>
    </message>
    <message>
        <source>nog niet besloten</source>
        <translation>not yet decided</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gecontroleerd.</source>
        <translation>The file cannot be checked.</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Leerlingnummer</source>
        <translation>Student number</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In dienst</source>
        <translation>Start of employment</translation>
    </message>
    <message>
        <source>Ingeschreven</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Uit dienst</source>
        <translation>End of employment</translation>
    </message>
    <message>
        <source>Vertrokken</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Er staan geen gegevens in het register.</source>
        <translation>There are no details in the register.</translation>
    </message>
    <message>
        <source>Ouders/verzorgers</source>
        <translation>Parents/carers</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Kinderen (%d)</source>
        <translation>Children (%d)</translation>
    </message>
    <message>
        <source>Ouders/verzorgers (%d)</source>
        <translation>Parents/carers (%d)</translation>
    </message>
    <message>
        <source>ontvangt brieven</source>
        <translation>receives letters</translation>
    </message>
    <message>
        <source>geen brieven</source>
        <translation>no letters</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter: %s openen</source>
        <translation>Double-click or Enter: open %s</translation>
    </message>
    <message>
        <source>Er zijn geen ouders of verzorgers bekend.</source>
        <translation>No parents or carers are known.</translation>
    </message>
    <message>
        <source>vertrokken</source>
        <translation>left</translation>
    </message>
    <message>
        <source>Er zijn geen kinderen bekend die u mag zien.</source>
        <translation>No children are known that you are allowed to see.</translation>
    </message>
    <message>
        <source>Zaken en maatregelen</source>
        <translation>Cases and measures</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Overtreding</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Maatregelen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Zaken en maatregelen (%d zaken, %d maatregelen)</source>
        <translation>Cases and measures (%d cases, %d measures)</translation>
    </message>
    <message>
        <source>Geen zaken over deze persoon (die u mag zien).</source>
        <translation>No cases about this person (that you are allowed to see).</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter: zaak openen</source>
        <translation>Double-click or Enter: open case</translation>
    </message>
    <message>
        <source>%s (tot %s)</source>
        <translation>%s (until %s)</translation>
    </message>
    <message>
        <source>zaak {number} in te zien of te bewerken</source>
        <translation>view or edit case {number}</translation>
    </message>
    <message>
        <source>De gebruikersnaam &apos;{username}&apos; kan niet: gebruik 2 tot 64 kleine letters, cijfers, punten, streepjes of lage streepjes, beginnend met een letter of cijfer.</source>
        <translation>The username &apos;{username}&apos; cannot be used: use 2 to 64 lower-case letters, digits, full stops, hyphens or underscores, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Het wachtwoord is te kort: gebruik minstens {minimum} tekens. Een zin van een paar woorden is sterk en goed te onthouden.</source>
        <translation>The password is too short: use at least {minimum} characters. A sentence of a few words is strong and easy to remember.</translation>
    </message>
    <message>
        <source>Het wachtwoord is te lang: gebruik hoogstens 1024 tekens.</source>
        <translation>The password is too long: use at most 1024 characters.</translation>
    </message>
    <message>
        <source>Onbekende rol &apos;{name}&apos;. Kies uit: {known}.</source>
        <translation>Unknown role &apos;{name}&apos;. Choose from: {known}.</translation>
    </message>
    <message>
        <source>Geef het account minstens één rol.</source>
        <translation>Give the account at least one role.</translation>
    </message>
    <message>
        <source>Er bestaat al een account &apos;{username}&apos; (ook verwijderde accounts houden hun naam). Kies een andere gebruikersnaam.</source>
        <translation>There is already an account &apos;{username}&apos; (removed accounts keep their name too). Choose another username.</translation>
    </message>
    <message>
        <source>Het account &apos;{username}&apos; is verwijderd en krijgt geen rollen.</source>
        <translation>The account &apos;{username}&apos; has been removed and cannot be given roles.</translation>
    </message>
    <message>
        <source>U kunt uw eigen beheerdersrol niet afnemen. Laat een andere beheerder dat doen; maak zo nodig eerst een ander account beheerder.</source>
        <translation>You cannot take away your own administrator role. Ask another administrator to do that; if necessary, make another account an administrator first.</translation>
    </message>
    <message>
        <source>Het account &apos;{username}&apos; is verwijderd en krijgt geen wachtwoord.</source>
        <translation>The account &apos;{username}&apos; has been removed and cannot be given a password.</translation>
    </message>
    <message>
        <source>Het account &apos;{username}&apos; is al verwijderd.</source>
        <translation>The account &apos;{username}&apos; has already been removed.</translation>
    </message>
    <message>
        <source>uw eigen account uit te schakelen of te verwijderen</source>
        <translation>disable or remove your own account</translation>
    </message>
    <message>
        <source>Dit is het laatste actieve beheerdersaccount. Maak eerst een ander account beheerder.</source>
        <translation>This is the last active administrator account. Make another account an administrator first.</translation>
    </message>
    <message>
        <source>Er is geen account &apos;{username}&apos;. Controleer de gebruikersnaam.</source>
        <translation>There is no account &apos;{username}&apos;. Check the username.</translation>
    </message>
    <message>
        <source>regel {expected} ontbreekt of staat op een andere plaats (gevonden: regel {found})</source>
        <translation>entry {expected} is missing or out of place (found: entry {found})</translation>
    </message>
    <message>
        <source>regel {seq} sluit niet aan op de vorige</source>
        <translation>entry {seq} does not follow on from the previous one</translation>
    </message>
    <message>
        <source>regel {seq} is na het schrijven gewijzigd</source>
        <translation>entry {seq} was changed after it was written</translation>
    </message>
    <message>
        <source>dossier aangemaakt</source>
        <translation>dossier created</translation>
    </message>
    <message>
        <source>aangemeld</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>dossier gecontroleerd</source>
        <translation>dossier checked</translation>
    </message>
    <message>
        <source>back-up gemaakt</source>
        <translation>backup made</translation>
    </message>
    <message>
        <source>back-up teruggezet</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <source>sleutel vervangen</source>
        <translation>key replaced</translation>
    </message>
    <message>
        <source>account toegevoegd</source>
        <translation>account added</translation>
    </message>
    <message>
        <source>wachtwoord ingesteld</source>
        <translation>password set</translation>
    </message>
    <message>
        <source>account ingeschakeld</source>
        <translation>account enabled</translation>
    </message>
    <message>
        <source>account uitgeschakeld</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <source>account verwijderd</source>
        <translation>account removed</translation>
    </message>
    <message>
        <source>rollen gewijzigd</source>
        <translation>roles changed</translation>
    </message>
    <message>
        <source>zaak gemeld</source>
        <translation>case reported</translation>
    </message>
    <message>
        <source>zaak ingezien</source>
        <translation>case viewed</translation>
    </message>
    <message>
        <source>betrokkene toegevoegd</source>
        <translation>person involved added</translation>
    </message>
    <message>
        <source>onderzoek gestart</source>
        <translation>investigation started</translation>
    </message>
    <message>
        <source>verklaring vastgelegd</source>
        <translation>statement recorded</translation>
    </message>
    <message>
        <source>notitie toegevoegd</source>
        <translation>note added</translation>
    </message>
    <message>
        <source>bewijs toegevoegd</source>
        <translation>evidence added</translation>
    </message>
    <message>
        <source>bewijs ingezien</source>
        <translation>evidence viewed</translation>
    </message>
    <message>
        <source>hoorgesprek gepland</source>
        <translation>hearing planned</translation>
    </message>
    <message>
        <source>hoorgesprek gehouden</source>
        <translation>hearing held</translation>
    </message>
    <message>
        <source>voornemen vastgelegd</source>
        <translation>intended decision recorded</translation>
    </message>
    <message>
        <source>besluit genomen</source>
        <translation>decision taken</translation>
    </message>
    <message>
        <source>besluit bekendgemaakt</source>
        <translation>decision made known</translation>
    </message>
    <message>
        <source>melding gedaan</source>
        <translation>notification made</translation>
    </message>
    <message>
        <source>bezwaar ontvangen</source>
        <translation>objection received</translation>
    </message>
    <message>
        <source>op bezwaar besloten</source>
        <translation>objection decided</translation>
    </message>
    <message>
        <source>zaak afgesloten</source>
        <translation>case closed</translation>
    </message>
    <message>
        <source>zaak geseponeerd</source>
        <translation>case dismissed</translation>
    </message>
    <message>
        <source>zaak heropend</source>
        <translation>case reopened</translation>
    </message>
    <message>
        <source>persoon ingezien</source>
        <translation>person viewed</translation>
    </message>
    <message>
        <source>geschiedenis ingezien</source>
        <translation>history viewed</translation>
    </message>
    <message>
        <source>inzage gemaakt</source>
        <translation>subject access report made</translation>
    </message>
    <message>
        <source>brief gemaakt</source>
        <translation>letter created</translation>
    </message>
    <message>
        <source>brief vrijgegeven</source>
        <translation>letter released</translation>
    </message>
    <message>
        <source>brief ingezien</source>
        <translation>letter viewed</translation>
    </message>
    <message>
        <source>brieven afgedrukt</source>
        <translation>letters printed</translation>
    </message>
    <message>
        <source>brief verzonden</source>
        <translation>letter sent</translation>
    </message>
    <message>
        <source>briefsjabloon opgeslagen</source>
        <translation>letter template saved</translation>
    </message>
    <message>
        <source>briefsjabloon teruggezet</source>
        <translation>letter template reset</translation>
    </message>
    <message>
        <source>schoolgegevens gewijzigd</source>
        <translation>school details changed</translation>
    </message>
    <message>
        <source>logo gewijzigd</source>
        <translation>logo changed</translation>
    </message>
    <message>
        <source>ondertekenaars gewijzigd</source>
        <translation>signatories changed</translation>
    </message>
    <message>
        <source>datalek geregistreerd</source>
        <translation>data breach registered</translation>
    </message>
    <message>
        <source>datalek beoordeeld</source>
        <translation>data breach assessed</translation>
    </message>
    <message>
        <source>auditlog geëxporteerd</source>
        <translation>audit log exported</translation>
    </message>
    <message>
        <source>beleid ingesteld</source>
        <translation>policy set</translation>
    </message>
    <message>
        <source>team toegevoegd</source>
        <translation>team added</translation>
    </message>
    <message>
        <source>demodossier gemaakt</source>
        <translation>demo dossier created</translation>
    </message>
    <message>
        <source>personen geïmporteerd</source>
        <translation>people imported</translation>
    </message>
    <message>
        <source>verlopen gegevens verwijderd</source>
        <translation>expired data deleted</translation>
    </message>
    <message>
        <source>keten gebroken bij regel {line}: {why}</source>
        <translation>chain broken at entry {line}: {why}</translation>
    </message>
    <message>
        <source>de eerder genoteerde kop-hash ontbreekt: er zijn regels verdwenen</source>
        <translation>the previously noted head hash is missing: entries have disappeared</translation>
    </message>
    <message>
        <source>de zaak is {status}</source>
        <translation>the case has the status &apos;{status}&apos;</translation>
    </message>
    <message>
        <source>U werkt niet aan zaken van dit team of deze ladder.</source>
        <translation>You do not work on cases of this team or this ladder.</translation>
    </message>
    <message>
        <source>{phase}; heropen de zaak eerst</source>
        <translation>{phase}; reopen the case first</translation>
    </message>
    <message>
        <source>er is geen gepland hoorgesprek zonder verslag</source>
        <translation>there is no planned hearing without minutes</translation>
    </message>
    <message>
        <source>uw rol mag op deze ladder geen maatregel nemen</source>
        <translation>your role may not take a measure on this ladder</translation>
    </message>
    <message>
        <source>er is geen besluit dat nog bekendgemaakt moet worden</source>
        <translation>there is no decision whose notice still has to be given</translation>
    </message>
    <message>
        <source>er staan geen meldingen open</source>
        <translation>there are no open notifications</translation>
    </message>
    <message>
        <source>bezwaar kan alleen tegen een bekendgemaakt besluit</source>
        <translation>an objection can only be made against a decision of which notice has been given</translation>
    </message>
    <message>
        <source>er is geen bezwaar waarop nog beslist moet worden</source>
        <translation>there is no objection still waiting for a decision</translation>
    </message>
    <message>
        <source>de zaak is niet gesloten</source>
        <translation>the case is not closed</translation>
    </message>
    <message>
        <source>Zaak {case} bestaat niet (meer). Ververs de lijst en probeer het opnieuw.</source>
        <translation>Case {case} does not exist (any more). Refresh the list and try again.</translation>
    </message>
    <message>
        <source>Vul &apos;{field}&apos; in; dit veld is verplicht.</source>
        <translation>Fill in &apos;{field}&apos;; this field is required.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is te kort: schrijf minstens {minimum} tekens.</source>
        <translation>&apos;{field}&apos; is too short: write at least {minimum} characters.</translation>
    </message>
    <message>
        <source>Persoon {person} bestaat niet (meer). Kies de persoon opnieuw.</source>
        <translation>Person {person} does not exist (any more). Choose the person again.</translation>
    </message>
    <message>
        <source>Zaak {number} bestaat niet. Controleer het zaaknummer.</source>
        <translation>Case {number} does not exist. Check the case number.</translation>
    </message>
    <message>
        <source>Hoorgesprek houden en verslag vastleggen</source>
        <translation>Hold the hearing and record the minutes</translation>
    </message>
    <message>
        <source>Gepland om {time}</source>
        <translation>Planned at {time}</translation>
    </message>
    <message>
        <source>Hoorgesprek plannen (verplicht vóór het besluit)</source>
        <translation>Plan a hearing (required before the decision)</translation>
    </message>
    <message>
        <source>Melding: {to}</source>
        <translation>Notification: {to}</translation>
    </message>
    <message>
        <source>{description}</source>
        <translation>{description}</translation>
    </message>
    <message>
        <source>{measure} eindigt</source>
        <translation>{measure} ends</translation>
    </message>
    <message>
        <source>Plan zo nodig een terugkeergesprek.</source>
        <translation>Plan a return meeting if needed.</translation>
    </message>
    <message>
        <source>Bezwaartermijn loopt af; daarna kan de zaak worden afgesloten</source>
        <translation>Objection period ends; after that the case can be closed</translation>
    </message>
    <message>
        <source>Beslissen op het bezwaar</source>
        <translation>Decide on the objection</translation>
    </message>
    <message>
        <source>Zienswijzetermijn eindigt; daarna het besluit nemen</source>
        <translation>Period for a written response ends; then take the decision</translation>
    </message>
    <message>
        <source>Datalek beoordelen: {leak}</source>
        <translation>Assess data breach: {leak}</translation>
    </message>
    <message>
        <source>Uiterlijk {moment} (UTC) melden bij de AP, zo nodig</source>
        <translation>Report to the AP by {moment} (UTC) at the latest, if necessary</translation>
    </message>
    <message>
        <source>Bewaartermijn verstreken voor 1 persoon</source>
        <translation>Retention period passed for 1 person</translation>
    </message>
    <message>
        <source>Bewaartermijn verstreken voor {count} personen</source>
        <translation>Retention period passed for {count} people</translation>
    </message>
    <message>
        <source>Bekijk de lijst en verwijder hun gegevens.</source>
        <translation>Check the list and delete their data.</translation>
    </message>
    <message>
        <source>Voor &apos;{rung}&apos; moet eerst een hoorgesprek zijn gehouden. Plan het hoorgesprek en leg het verslag vast; neem daarna het besluit.</source>
        <translation>Before &apos;{rung}&apos; a hearing must have been held. Plan the hearing and record the minutes; then take the decision.</translation>
    </message>
    <message>
        <source>De termijn voor de zienswijze loopt tot en met {until}. Neem het besluit daarna, of leg vast dat de zienswijze is ontvangen.</source>
        <translation>The period for a written response runs up to and including {until}. Take the decision after that, or record that the written response has been received.</translation>
    </message>
    <message>
        <source>Geef de eerste dag van de {measure} op.</source>
        <translation>Enter the first day of the {measure}.</translation>
    </message>
    <message>
        <source>{day} is geen schooldag; kies een schooldag als eerste dag.</source>
        <translation>{day} is not a school day; choose a school day as the first day.</translation>
    </message>
    <message>
        <source>{path} is een map. Kies een bestand (bijvoorbeeld een screenshot).</source>
        <translation>{path} is a folder. Choose a file (for example a screenshot).</translation>
    </message>
    <message>
        <source>Het bestand {path} bestaat niet (meer).</source>
        <translation>The file {path} does not exist (any more).</translation>
    </message>
    <message>
        <source>bewijs toe te voegen</source>
        <translation>add evidence</translation>
    </message>
    <message>
        <source>Het bewijsstuk heeft geen bestandsnaam.</source>
        <translation>The piece of evidence has no file name.</translation>
    </message>
    <message>
        <source>Het bestand {name} zit al bij deze zaak (zelfde inhoud).</source>
        <translation>The file {name} is already part of this case (same content).</translation>
    </message>
    <message>
        <source>Dit bewijsstuk bestaat niet (meer).</source>
        <translation>This piece of evidence does not exist (any more).</translation>
    </message>
    <message>
        <source>Het bestand {name} is leeg.</source>
        <translation>The file {name} is empty.</translation>
    </message>
    <message>
        <source>Het bestand {name} is {size} MB; het maximum is {maximum} MB. Verklein het (bijvoorbeeld een screenshot in plaats van een video) of bewaar het buiten het dossier en beschrijf waar.</source>
        <translation>The file {name} is {size} MB; the maximum is {maximum} MB. Make it smaller (for example a screenshot instead of a video) or keep it outside the dossier and describe where.</translation>
    </message>
    <message>
        <source>een hoorgesprek te plannen</source>
        <translation>plan a hearing</translation>
    </message>
    <message>
        <source>Dit hoorgesprek bestaat niet (meer).</source>
        <translation>This hearing does not exist (any more).</translation>
    </message>
    <message>
        <source>het verslag van een hoorgesprek vast te leggen</source>
        <translation>record the minutes of a hearing</translation>
    </message>
    <message>
        <source>Van dit hoorgesprek is het verslag al vastgelegd. Een aanvulling of correctie legt u vast als notitie bij de zaak.</source>
        <translation>The minutes of this hearing have already been recorded. Record an addition or a correction as a note on the case.</translation>
    </message>
    <message>
        <source>Het hoorgesprek kan niet in de toekomst gehouden zijn. Controleer datum en tijd.</source>
        <translation>The hearing cannot have been held in the future. Check the date and time.</translation>
    </message>
    <message>
        <source>verslag</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>een verklaring vast te leggen</source>
        <translation>record a statement</translation>
    </message>
    <message>
        <source>verklaring</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>Het moment van de verklaring ligt in de toekomst. Controleer datum en tijd.</source>
        <translation>The time of the statement is in the future. Check the date and time.</translation>
    </message>
    <message>
        <source>De verklaring die u wilt corrigeren hoort niet bij deze zaak.</source>
        <translation>The statement you want to correct does not belong to this case.</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>De notitie die u wilt corrigeren hoort niet bij deze zaak.</source>
        <translation>The note you want to correct does not belong to this case.</translation>
    </message>
    <message>
        <source>Er is geen persoon met nummer {number}. Controleer het leerling- of personeelsnummer.</source>
        <translation>There is no person with number {number}. Check the student or staff number.</translation>
    </message>
    <message>
        <source>Het nummer {number} hoort bij meer dan één persoon (leerling en medewerker).</source>
        <translation>The number {number} belongs to more than one person (a student and a staff member).</translation>
    </message>
    <message>
        <source>de gegevens van {person} in te zien</source>
        <translation>view the data of {person}</translation>
    </message>
    <message>
        <source>een inzage-overzicht van {person} te maken: niet al deze zaken vallen onder uw team of rol. Vraag de directie om het overzicht</source>
        <translation>create a subject access report for {person}: not all of these cases fall under your team or role. Ask school management for the report</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Maak hem eerst aan of kies een andere map.</source>
        <translation>The folder {folder} does not exist. Create it first or choose a different folder.</translation>
    </message>
    <message>
        <source>Er staat al een bestand op {path}; kies een andere map.</source>
        <translation>There is already a file at {path}; choose a different folder.</translation>
    </message>
    <message>
        <source>Inspectie van het Onderwijs</source>
        <translation>Education Inspectorate</translation>
    </message>
    <message>
        <source>leerplichtambtenaar</source>
        <translation>school attendance officer</translation>
    </message>
    <message>
        <source>ouders/verzorgers</source>
        <translation>parents/carers</translation>
    </message>
    <message>
        <source>aangifte bij de politie</source>
        <translation>police report</translation>
    </message>
    <message>
        <source>Autoriteit Persoonsgegevens</source>
        <translation>Dutch Data Protection Authority</translation>
    </message>
    <message>
        <source>Er is geen besluit dat nog bekendgemaakt moet worden.</source>
        <translation>There is no decision whose notice still has to be given.</translation>
    </message>
    <message>
        <source>De datum van bekendmaking ligt niet tussen het besluit en vandaag.</source>
        <translation>The date of the notice of decision is not between the decision and today.</translation>
    </message>
    <message>
        <source>Deze melding bestaat niet (meer).</source>
        <translation>This notification does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze melding is al als gedaan vastgelegd.</source>
        <translation>This notification has already been recorded as done.</translation>
    </message>
    <message>
        <source>De datum van de melding ligt in de toekomst.</source>
        <translation>The date of the notification is in the future.</translation>
    </message>
    <message>
        <source>Er is nog geen besluit waartegen bezwaar kan worden gemaakt.</source>
        <translation>There is no decision yet that an objection can be made against.</translation>
    </message>
    <message>
        <source>De datum van ontvangst ligt in de toekomst.</source>
        <translation>The date of receipt is in the future.</translation>
    </message>
    <message>
        <source>gronden van het bezwaar</source>
        <translation>grounds of the objection</translation>
    </message>
    <message>
        <source>Dit bezwaar bestaat niet (meer).</source>
        <translation>This objection does not exist (any more).</translation>
    </message>
    <message>
        <source>Op dit bezwaar is al beslist.</source>
        <translation>This objection has already been decided.</translation>
    </message>
    <message>
        <source>De datum van de beslissing ligt niet tussen de ontvangst en vandaag.</source>
        <translation>The date of the decision is not between the receipt and today.</translation>
    </message>
    <message>
        <source>beslissing op bezwaar</source>
        <translation>decision on the objection</translation>
    </message>
    <message>
        <source>De bezwaartermijn loopt nog tot en met {end}. Sluit de zaak daarna, of leg eerst een ontvangen bezwaar vast.</source>
        <translation>The objection period runs up to and including {end}. Close the case after that, or first record an objection that has been received.</translation>
    </message>
    <message>
        <source>Er is nog niet beslist op het bezwaar. Leg eerst de beslissing op bezwaar vast.</source>
        <translation>The objection has not been decided yet. First record the decision on the objection.</translation>
    </message>
    <message>
        <source>reden van seponeren</source>
        <translation>reason for dismissal</translation>
    </message>
    <message>
        <source>reden van heropenen</source>
        <translation>reason for reopening</translation>
    </message>
    <message>
        <source>een melding te maken over {person}</source>
        <translation>make a report about {person}</translation>
    </message>
    <message>
        <source>een melding te maken over {person} (ander team of andere ladder)</source>
        <translation>make a report about {person} (another team or another ladder)</translation>
    </message>
    <message>
        <source>omschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <source>iemand toe te voegen</source>
        <translation>add someone</translation>
    </message>
    <message>
        <source>Deze persoon staat al met deze rol bij de zaak.</source>
        <translation>This person is already part of the case with this role.</translation>
    </message>
    <message>
        <source>Kies minstens één overtreding uit het protocol.</source>
        <translation>Choose at least one violation from the protocol.</translation>
    </message>
    <message>
        <source>De overtreding &apos;{code}&apos; staat niet in het beleid. Kies een overtreding uit de lijst.</source>
        <translation>The violation &apos;{code}&apos; is not in the policy. Choose a violation from the list.</translation>
    </message>
    <message>
        <source>De overtreding &apos;{violation}&apos; geldt niet voor een {kind} (alleen voor: {kinds}).</source>
        <translation>The violation &apos;{violation}&apos; does not apply to the kind of person &apos;{kind}&apos; (only to: {kinds}).</translation>
    </message>
    <message>
        <source>De datum van het incident ligt in de toekomst. Controleer de datum.</source>
        <translation>The date of the incident is in the future. Check the date.</translation>
    </message>
    <message>
        <source>De datum van het incident ligt meer dan {years} jaar terug. Controleer de datum.</source>
        <translation>The date of the incident is more than {years} years ago. Check the date.</translation>
    </message>
    <message>
        <source>De persoon over wie de melding gaat, staat al bij de zaak.</source>
        <translation>The person the report is about is already part of the case.</translation>
    </message>
    <message>
        <source>er is niets geteld</source>
        <translation>nothing has been counted</translation>
    </message>
    <message>
        <source>{count} van de gekozen personen zijn (nog) niet voorbij hun bewaartermijn op {day}; {outcome}. Ververs de lijst en kies opnieuw.</source>
        <translation>{count} of the chosen people are not (yet) past their retention period on {day}; {outcome}. Refresh the list and choose again.</translation>
    </message>
    <message>
        <source>er is niets verwijderd</source>
        <translation>nothing has been deleted</translation>
    </message>
    <message>
        <source>Alleen {roles} mag &apos;{rung}&apos; nemen.</source>
        <translation>Only {roles} may take the measure &apos;{rung}&apos;.</translation>
    </message>
    <message>
        <source>De zaak is {status}; een besluit kan nu niet.</source>
        <translation>The case has the status &apos;{status}&apos;; a decision is not possible now.</translation>
    </message>
    <message>
        <source>Voor &apos;{rung}&apos; moet eerst een hoorgesprek zijn gehouden (met verslag).</source>
        <translation>Before &apos;{rung}&apos; a hearing must have been held (with minutes).</translation>
    </message>
    <message>
        <source>De termijn voor de zienswijze loopt tot en met {until}; besluit daarna, of vink aan dat de zienswijze is ontvangen.</source>
        <translation>The period for a written response runs up to and including {until}; decide after that, or tick that the written response has been received.</translation>
    </message>
    <message>
        <source>De begindatum van de periode ligt na de einddatum.</source>
        <translation>The start date of the period is after the end date.</translation>
    </message>
    <message>
        <source>Dit team bestaat niet (meer). Kies een ander team.</source>
        <translation>This team does not exist (any more). Choose another team.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Kies een andere map.</source>
        <translation>The folder {folder} does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>per post</source>
        <translation>by post</translation>
    </message>
    <message>
        <source>aangetekend</source>
        <translation>by registered mail</translation>
    </message>
    <message>
        <source>per e-mail</source>
        <translation>by email</translation>
    </message>
    <message>
        <source>persoonlijk overhandigd</source>
        <translation>handed over in person</translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Status: {before} → {after}</source>
        <translation>Status: {before} → {after}</translation>
    </message>
    <message>
        <source>Melding: {subject}</source>
        <translation>Notification: {subject}</translation>
    </message>
    <message>
        <source>Betrokkene toegevoegd: {name} ({role})</source>
        <translation>Party added: {name} ({role})</translation>
    </message>
    <message>
        <source>Bewijs toegevoegd: {name}</source>
        <translation>Evidence added: {name}</translation>
    </message>
    <message>
        <source>Correctie op verklaring van {person}</source>
        <translation>Correction of the statement by {person}</translation>
    </message>
    <message>
        <source>Verklaring van {person}</source>
        <translation>Statement by {person}</translation>
    </message>
    <message>
        <source>Hoorgesprek gepland op {day} om {time}</source>
        <translation>Hearing planned on {day} at {time}</translation>
    </message>
    <message>
        <source>Hoorgesprek gehouden op {day}</source>
        <translation>Hearing held on {day}</translation>
    </message>
    <message>
        <source>Voornemen: {rung}</source>
        <translation>Intended decision: {rung}</translation>
    </message>
    <message>
        <source>Zienswijze mogelijk tot en met {until}.</source>
        <translation>A response can be given up to and including {until}.</translation>
    </message>
    <message>
        <source>Besluit: {rung} van {first} tot en met {last}</source>
        <translation>Decision: {rung} from {first} up to and including {last}</translation>
    </message>
    <message>
        <source>Besluit: {rung}</source>
        <translation>Decision: {rung}</translation>
    </message>
    <message>
        <source>Motivering: {text}</source>
        <translation>Reasons: {text}</translation>
    </message>
    <message>
        <source>Bekendgemaakt op {day}</source>
        <translation>Notice given on {day}</translation>
    </message>
    <message>
        <source>Bezwaartermijn loopt tot en met {end}</source>
        <translation>Objection period runs up to and including {end}</translation>
    </message>
    <message>
        <source>Melding gedaan: {label} op {day} (kenmerk {reference})</source>
        <translation>Notification made: {label} on {day} (reference {reference})</translation>
    </message>
    <message>
        <source>Melding gedaan: {label} op {day}</source>
        <translation>Notification made: {label} on {day}</translation>
    </message>
    <message>
        <source>Bezwaar ontvangen (na afloop van de termijn op {end})</source>
        <translation>Objection received (after the period ended on {end})</translation>
    </message>
    <message>
        <source>Bezwaar ontvangen</source>
        <translation>Objection received</translation>
    </message>
    <message>
        <source>Bezwaar ontvangen op {day} (na afloop van de termijn op {end})</source>
        <translation>Objection received on {day} (after the period ended on {end})</translation>
    </message>
    <message>
        <source>Bezwaar ontvangen op {day}</source>
        <translation>Objection received on {day}</translation>
    </message>
    <message>
        <source>Beslissing op bezwaar: {outcome}</source>
        <translation>Decision on the objection: {outcome}</translation>
    </message>
    <message>
        <source>Brief gemaakt: {title}</source>
        <translation>Letter made: {title}</translation>
    </message>
    <message>
        <source>Aan {addressee}; versie {version}.</source>
        <translation>To {addressee}; version {version}.</translation>
    </message>
    <message>
        <source>Brief vrijgegeven voor de administratie</source>
        <translation>Letter released to the office</translation>
    </message>
    <message>
        <source>{subject}, aan {addressee} (versie {version}).</source>
        <translation>{subject}, to {addressee} (version {version}).</translation>
    </message>
    <message>
        <source>Brief verzonden</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <source>{method}, barcode {barcode}</source>
        <translation>{method}, barcode {barcode}</translation>
    </message>
    <message>
        <source>{subject}, aan {addressee}: {how} op {day}.</source>
        <translation>{subject}, to {addressee}: {how} on {day}.</translation>
    </message>
    <message>
        <source>gemeld</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>in onderzoek</source>
        <translation>under investigation</translation>
    </message>
    <message>
        <source>hoorgesprek</source>
        <translation>hearing</translation>
    </message>
    <message>
        <source>bekendgemaakt</source>
        <translation>notice given</translation>
    </message>
    <message>
        <source>in bezwaar</source>
        <translation>under objection</translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>geseponeerd</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <source>heropend</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>teamleider</source>
        <translation>team leader</translation>
    </message>
    <message>
        <source>hr</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>directie</source>
        <translation>school management</translation>
    </message>
    <message>
        <source>leerling</source>
        <translation>student</translation>
    </message>
    <message>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <source>schooldagen</source>
        <translation>school days</translation>
    </message>
    <message>
        <source>kalenderdagen</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>Aangifte overwegen (art. {articles} Sr) en het besluit vastleggen</source>
        <translation>Consider a police report (art. {articles} Sr) and record the decision</translation>
    </message>
    <message>
        <source>{earlier} of {next}</source>
        <translation>{earlier} or {next}</translation>
    </message>
    <message>
        <source>{earlier}; {next}</source>
        <translation>{earlier}; {next}</translation>
    </message>
    <message>
        <source>{earlier}, {next}</source>
        <translation>{earlier}, {next}</translation>
    </message>
    <message>
        <source>het onderzoek starten</source>
        <translation>start the investigation</translation>
    </message>
    <message>
        <source>een hoorgesprek plannen</source>
        <translation>plan a hearing</translation>
    </message>
    <message>
        <source>een besluit nemen</source>
        <translation>take a decision</translation>
    </message>
    <message>
        <source>het besluit als bekendgemaakt vastleggen</source>
        <translation>record the notice of decision</translation>
    </message>
    <message>
        <source>een bezwaar vastleggen</source>
        <translation>record an objection</translation>
    </message>
    <message>
        <source>de zaak afsluiten</source>
        <translation>close the case</translation>
    </message>
    <message>
        <source>de zaak seponeren</source>
        <translation>dismiss the case</translation>
    </message>
    <message>
        <source>de zaak heropenen</source>
        <translation>reopen the case</translation>
    </message>
    <message>
        <source>U kunt nu niet {action}: de zaak is {status}. In deze fase kunt u: {options}.</source>
        <translation>You cannot {action} now: the case has the status &apos;{status}&apos;. At this stage you can: {options}.</translation>
    </message>
    <message>
        <source>niets meer</source>
        <translation>nothing more</translation>
    </message>
    <message>
        <source>Zaak {number} is {status}; heropen de zaak eerst om {action}.</source>
        <translation>Case {number} has the status &apos;{status}&apos;; reopen the case first to {action}.</translation>
    </message>
    <message>
        <source>Oorzaak: {text}</source>
        <translation>Cause: {text}</translation>
    </message>
    <message>
        <source>Genomen maatregelen: {text}</source>
        <translation>Measures taken: {text}</translation>
    </message>
    <message>
        <source>Mogelijk datalek bij zaak {number}</source>
        <translation>Possible data breach in case {number}</translation>
    </message>
    <message>
        <source>Gemeld bij zaak {number}: {subject}</source>
        <translation>Reported with case {number}: {subject}</translation>
    </message>
    <message>
        <source>Het moment van ontdekken ligt in de toekomst. Controleer datum en tijd.</source>
        <translation>The moment of discovery is in the future. Check the date and time.</translation>
    </message>
    <message>
        <source>Het aantal betrokken personen kan niet negatief zijn.</source>
        <translation>The number of people affected cannot be negative.</translation>
    </message>
    <message>
        <source>Dit datalek staat niet (meer) in het register.</source>
        <translation>This data breach is not in the register (any more).</translation>
    </message>
    <message>
        <source>Over dit datalek is al besloten. Leg een aanvulling vast in de omschrijving.</source>
        <translation>A decision has already been made on this data breach. Record any addition in the description.</translation>
    </message>
    <message>
        <source>Het moment van het besluit ligt in de toekomst. Controleer het.</source>
        <translation>The moment of the decision is in the future. Please check it.</translation>
    </message>
    <message>
        <source>Het moment van het besluit ligt vóór de ontdekking van het lek. Controleer het.</source>
        <translation>The moment of the decision is before the breach was discovered. Please check it.</translation>
    </message>
    <message>
        <source>Het dossier {path} bestaat niet. Controleer de map en de bestandsnaam, of maak een nieuw dossier met &apos;casemanager init&apos;.</source>
        <translation>The dossier {path} does not exist. Check the folder and the file name, or create a new dossier with &apos;casemanager init&apos;.</translation>
    </message>
    <message>
        <source>Het bestand {path} is geen casemanager-dossier ({reason}). Kies het .casedb-bestand van uw dossier.</source>
        <translation>The file {path} is not a casemanager dossier ({reason}). Choose the .casedb file of your dossier.</translation>
    </message>
    <message>
        <source>Het bestand {path} is geen casemanager-dossier. Kies het .casedb-bestand van uw dossier.</source>
        <translation>The file {path} is not a casemanager dossier. Choose the .casedb file of your dossier.</translation>
    </message>
    <message>
        <source>Het sleutelbestand {path} ontbreekt. Zonder dit bestand kan het dossier niet worden geopend. Zet het sleutelbestand terug uit een back-up (het bestand met dezelfde naam en de extensie .casekeys) of neem contact op met de beheerder.</source>
        <translation>The key file {path} is missing. Without this file the dossier cannot be opened. Restore the key file from a backup (the file with the same name and the extension .casekeys) or contact the administrator.</translation>
    </message>
    <message>
        <source>Het sleutelbestand {path} is beschadigd ({detail}). Zet de vorige versie terug ({path}.bak staat ernaast) of gebruik een back-up; neem bij twijfel contact op met de beheerder.</source>
        <translation>The key file {path} is damaged ({detail}). Put back the previous version ({path}.bak is next to it) or use a backup; if in doubt, contact the administrator.</translation>
    </message>
    <message>
        <source>Het sleutelbestand {path} hoort niet bij dit dossier. Zet het juiste sleutelbestand naast het dossier (zelfde naam, extensie .casekeys).</source>
        <translation>The key file {path} does not belong to this dossier. Put the right key file next to the dossier (same name, extension .casekeys).</translation>
    </message>
    <message>
        <source>Er is geen account &apos;{username}&apos; in dit dossier. Controleer de gebruikersnaam of vraag de beheerder om een account.</source>
        <translation>There is no account &apos;{username}&apos; in this dossier. Check the username or ask the administrator for an account.</translation>
    </message>
    <message>
        <source>Het wachtwoord voor &apos;{username}&apos; is onjuist. Probeer het opnieuw; let op hoofdletters. Bent u het vergeten, vraag de beheerder dan om een nieuw wachtwoord.</source>
        <translation>The password for &apos;{username}&apos; is incorrect. Try again, minding capital letters. If you have forgotten it, ask the administrator for a new password.</translation>
    </message>
    <message>
        <source>De herstelsleutel is onjuist. Typ hem precies over van het afgedrukte herstelblad (streepjes en spaties mogen weg).</source>
        <translation>The recovery key is incorrect. Type it exactly as it is on the printed recovery sheet (dashes and spaces may be left out).</translation>
    </message>
    <message>
        <source>Het account &apos;{username}&apos; is uitgeschakeld. Vraag de beheerder om het weer in te schakelen.</source>
        <translation>The account &apos;{username}&apos; has been disabled. Ask the administrator to enable it again.</translation>
    </message>
    <message>
        <source>Het dossier {path} is beschadigd of onvolledig ({detail}). Er is niets gewijzigd. Zet de laatste back-up terug met &apos;casemanager restore&apos; en neem contact op met de beheerder.</source>
        <translation>The dossier {path} is damaged or incomplete ({detail}). Nothing has been changed. Restore the latest backup with &apos;casemanager restore&apos; and contact the administrator.</translation>
    </message>
    <message>
        <source>Het dossier {path} is gemaakt met een nieuwere versie van casemanager (schemaversie {revision}). Installeer de nieuwste versie van casemanager om het te openen.</source>
        <translation>The dossier {path} was made with a newer version of casemanager (schema version {revision}). Install the latest version of casemanager to open it.</translation>
    </message>
    <message>
        <source>Er staat al een bestand op {path}; het wordt niet overschreven. Kies een andere naam of verwijder het oude bestand eerst zelf.</source>
        <translation>There is already a file at {path}; it will not be overwritten. Choose another name or delete the old file yourself first.</translation>
    </message>
    <message>
        <source>U hebt geen toestemming om {what}. Vraag iemand met de juiste rol, of de beheerder, om u die rol te geven.</source>
        <translation>You are not allowed to {what}. Ask someone with the right role, or the administrator, to give you that role.</translation>
    </message>
    <message>
        <source>Het veld &apos;{field}&apos; is te lang: {actual} tekens, het maximum is {maximum}. Kort de tekst in en probeer het opnieuw.</source>
        <translation>The field &apos;{field}&apos; is too long: {actual} characters, the maximum is {maximum}. Shorten the text and try again.</translation>
    </message>
    <message>
        <source>Het dossier is bezet door een andere gebruiker of een ander programma. Wacht even en probeer het opnieuw.</source>
        <translation>The dossier is in use by another user or another program. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>geen casemanager-sleutelbestand</source>
        <translation>not a casemanager key file</translation>
    </message>
    <message>
        <source>onbekende versie {version}</source>
        <translation>unknown version {version}</translation>
    </message>
    <message>
        <source>te zwakke sleutelafleiding</source>
        <translation>key derivation too weak</translation>
    </message>
    <message>
        <source>Kies minstens één overtreding; zonder overtreding is er geen voorstel.</source>
        <translation>Choose at least one violation; without a violation there is no proposal.</translation>
    </message>
    <message>
        <source>Zwaarste overtreding: {violation} ({code}, artikel {article}), ernst {severity}: de ladder begint bij &apos;{rung}&apos;.</source>
        <translation>Most serious violation: {violation} ({code}, article {article}), severity {severity}: the ladder starts at &apos;{rung}&apos;.</translation>
    </message>
    <message>
        <source>{ordinal} overtreding binnen {months} maanden: eerder &apos;{rung}&apos; op {day} (zaak {case}): +1.</source>
        <translation>{ordinal} violation within {months} months: earlier &apos;{rung}&apos; on {day} (case {case}): +1.</translation>
    </message>
    <message>
        <source>De hoogste sport is bereikt: het voorstel blijft &apos;{rung}&apos;.</source>
        <translation>The top step of the ladder has been reached: the proposal remains &apos;{rung}&apos;.</translation>
    </message>
    <message>
        <source>art. {article} Sr: {offence}</source>
        <translation>art. {article} Sr: {offence}</translation>
    </message>
    <message>
        <source>Mogelijk strafbaar: overweeg aangifte bij de politie ({articles}).</source>
        <translation>Possibly a criminal offence: consider a police report ({articles}).</translation>
    </message>
    <message>
        <source>Pesten: het pestprotocol van de school is leidend naast deze ladder.</source>
        <translation>Bullying: alongside this ladder, the school&apos;s anti-bullying protocol takes precedence.</translation>
    </message>
    <message>
        <source>Mogelijk datalek: beoordeel binnen {hours} uur of het gemeld moet worden bij de Autoriteit Persoonsgegevens.</source>
        <translation>Possible data breach: assess within {hours} hours whether it must be reported to the Dutch Data Protection Authority.</translation>
    </message>
    <message>
        <source>De maatregel &apos;{chosen}&apos; bestaat niet op deze ladder; kies uit {codes}.</source>
        <translation>The measure &apos;{chosen}&apos; does not exist on this ladder; choose from {codes}.</translation>
    </message>
    <message>
        <source>de maatregel &apos;{rung}&apos; te nemen; dat mag alleen: {roles}</source>
        <translation>take the measure &apos;{rung}&apos;; only the following may do so: {roles}</translation>
    </message>
    <message>
        <source>U kiest &apos;{rung}&apos; in plaats van het voorstel. {problem} De motivering wordt bewaard en staat in het dossier.</source>
        <translation>You are choosing &apos;{rung}&apos; instead of the proposal. {problem} The reasons are kept and are part of the dossier.</translation>
    </message>
    <message>
        <source>Geef de duur van de {measure} op, in {unit}.</source>
        <translation>Enter the duration of the {measure}, in {unit}.</translation>
    </message>
    <message>
        <source>Een {measure} duurt ten hoogste {maximum} {unit}; u gaf {given}. Een langere maatregel is een nieuw besluit.</source>
        <translation>A {measure} lasts at most {maximum} {unit}; you entered {given}. A longer measure is a new decision.</translation>
    </message>
    <message>
        <source>De maatregel &apos;{rung}&apos; heeft geen duur; laat de duur leeg.</source>
        <translation>The measure &apos;{rung}&apos; has no duration; leave the duration empty.</translation>
    </message>
    <message>
        <source>Schrijf een motivering: waarom wijkt u af van het voorstel?</source>
        <translation>Write your reasons: why are you departing from the proposal?</translation>
    </message>
    <message>
        <source>De motivering is te kort: schrijf in minstens {words} woorden ({characters} tekens) waarom u afwijkt van het voorstel.</source>
        <translation>The reasons are too short: explain in at least {words} words ({characters} characters) why you are departing from the proposal.</translation>
    </message>
    <message>
        <source>De motivering herhaalt steeds hetzelfde; leg in eigen woorden uit waarom u afwijkt.</source>
        <translation>The reasons keep repeating the same thing; explain in your own words why you are departing from the proposal.</translation>
    </message>
    <message>
        <source>Tweede</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>Derde</source>
        <translation>Third</translation>
    </message>
    <message>
        <source>Vierde</source>
        <translation>Fourth</translation>
    </message>
    <message>
        <source>Vijfde</source>
        <translation>Fifth</translation>
    </message>
    <message>
        <source>Zesde</source>
        <translation>Sixth</translation>
    </message>
    <message>
        <source>Zevende</source>
        <translation>Seventh</translation>
    </message>
    <message>
        <source>Achtste</source>
        <translation>Eighth</translation>
    </message>
    <message>
        <source>Negende</source>
        <translation>Ninth</translation>
    </message>
    <message>
        <source>Tiende</source>
        <translation>Tenth</translation>
    </message>
    <message>
        <source>licht</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>middel</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>zwaar</source>
        <translation>serious</translation>
    </message>
    <message>
        <source>ernstig</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>{number}e</source>
        <translation>{number}th</translation>
    </message>
    <message>
        <source>De samenvatting kon niet worden gemaakt. {problem}</source>
        <translation>The summary could not be made. {problem}</translation>
    </message>
    <message>
        <source>Er is geen adres bekend van de ouders of verzorgers van {child}, en ook niet van {first_name} zelf. Vul het adres aan in de leerlingadministratie, importeer de leerlingen opnieuw en maak de brief dan opnieuw.</source>
        <translation>No address is known for the parents/carers of {child}, nor for {first_name} themselves. Add the address in the student administration system, import the students again and then make the letter again.</translation>
    </message>
    <message>
        <source>Het adres van {name} is niet bekend. Vul het adres aan in de administratie, importeer opnieuw en maak de brief dan opnieuw.</source>
        <translation>The address of {name} is not known. Add the address in the administration system, import again and then make the letter again.</translation>
    </message>
    <message>
        <source>Besluit {number} bestaat niet (meer).</source>
        <translation>Decision {number} does not exist (any more).</translation>
    </message>
    <message>
        <source>Hoorgesprek {number} bestaat niet (meer).</source>
        <translation>Hearing {number} does not exist (any more).</translation>
    </message>
    <message>
        <source>Het beleid kent geen briefsoort &apos;{letter_type}&apos;.</source>
        <translation>The policy has no letter type &apos;{letter_type}&apos;.</translation>
    </message>
    <message>
        <source>De samenvatting voor de aangifte is geen brief; maak haar met &apos;Samenvatting voor aangifte&apos; (casemanager letters … aangifte).</source>
        <translation>The summary for the police report is not a letter; make it with &apos;Samenvatting voor aangifte&apos; (casemanager letters … aangifte).</translation>
    </message>
    <message>
        <source>De brief &apos;{title}&apos; hoort bij een ander soort zaak en past niet bij zaak {number}.</source>
        <translation>The letter &apos;{title}&apos; belongs to another kind of case and does not fit case {number}.</translation>
    </message>
    <message>
        <source>Dit hoorgesprek hoort niet bij deze zaak.</source>
        <translation>This hearing does not belong to this case.</translation>
    </message>
    <message>
        <source>De brief kon niet worden gemaakt. {problem}</source>
        <translation>The letter could not be made. {problem}</translation>
    </message>
    <message>
        <source>Dit besluit hoort niet bij deze zaak.</source>
        <translation>This decision does not belong to this case.</translation>
    </message>
    <message>
        <source>De samenvatting voor de aangifte gaat niet per post: neem haar mee naar de politie of geef haar aan de wijkagent. Sla haar op als PDF om af te drukken.</source>
        <translation>The summary for the police report is not sent by post: take it to the police or give it to the community police officer. Save it as a PDF to print it.</translation>
    </message>
    <message>
        <source>Deze brief is al vrijgegeven voor de administratie.</source>
        <translation>This letter has already been released to the administration office.</translation>
    </message>
    <message>
        <source>Er is een nieuwere versie van deze brief; geef die vrij.</source>
        <translation>There is a newer version of this letter; release that one.</translation>
    </message>
    <message>
        <source>Van deze brief is geen Word-bestand bewaard; gebruik de PDF.</source>
        <translation>No Word file of this letter has been kept; use the PDF.</translation>
    </message>
    <message>
        <source>Kies eerst de brieven die u wilt afdrukken.</source>
        <translation>First choose the letters you want to print.</translation>
    </message>
    <message>
        <source>Er staat al een bestand op {path}; kies een andere naam.</source>
        <translation>There is already a file at {path}; choose another name.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Brieven samenvoegen</source>
        <translation>Combining letters</translation>
    </message>
    <message>
        <source>Deze brief is nog niet vrijgegeven; vraag de behandelaar dat te doen.</source>
        <translation>This letter has not been released yet; ask the person handling the case to release it.</translation>
    </message>
    <message>
        <source>Deze brief is al als verzonden geregistreerd ({date}).</source>
        <translation>This letter has already been registered as sent ({date}).</translation>
    </message>
    <message>
        <source>De verzenddatum ligt in de toekomst. Registreer de brief als hij weg is.</source>
        <translation>The date of sending is in the future. Register the letter once it has gone.</translation>
    </message>
    <message>
        <source>De verzenddatum ligt vóór de vrijgave op {date}; controleer de datum.</source>
        <translation>The date of sending is before the release on {date}; please check the date.</translation>
    </message>
    <message>
        <source>Vul de barcode van de aangetekende zending in (letters en cijfers, bijvoorbeeld 3SABCD1234567); die staat op het verzendbewijs van PostNL.</source>
        <translation>Enter the barcode of the registered item (letters and digits, for example 3SABCD1234567); it is on the PostNL proof of posting.</translation>
    </message>
    <message>
        <source>Deze brief moet aangetekend worden verstuurd.</source>
        <translation>This letter must be sent by registered mail.</translation>
    </message>
    <message>
        <source>Brief {number} bestaat niet (meer). Ververs de lijst.</source>
        <translation>Letter {number} does not exist (any more). Refresh the list.</translation>
    </message>
    <message>
        <source>Brief {number} is niet vrijgegeven en kan niet worden afgedrukt.</source>
        <translation>Letter {number} has not been released and cannot be printed.</translation>
    </message>
    <message>
        <source>Deze brief hoort niet bij een zaak.</source>
        <translation>This letter does not belong to a case.</translation>
    </message>
    <message>
        <source>Onbekend schoolgegeven: {names}.</source>
        <translation>Unknown school detail: {names}.</translation>
    </message>
    <message>
        <source>De naam van de school mag niet leeg zijn.</source>
        <translation>The name of the school cannot be empty.</translation>
    </message>
    <message>
        <source>Het logo moet een PNG-bestand zijn. Sla het logo op als PNG en kies het opnieuw.</source>
        <translation>The logo must be a PNG file. Save the logo as a PNG and choose it again.</translation>
    </message>
    <message>
        <source>Het logo is beschadigd of geen echte afbeelding. Sla het opnieuw op als PNG.</source>
        <translation>The logo is damaged or not a real image. Save it again as a PNG.</translation>
    </message>
    <message>
        <source>Het logo is {size} MB; het maximum is 2 MB. Verklein het logo (een breedte van 600 pixels is ruim genoeg).</source>
        <translation>The logo is {size} MB; the maximum is 2 MB. Make the logo smaller (a width of 600 pixels is plenty).</translation>
    </message>
    <message>
        <source>Kies &apos;leerling&apos; of &apos;medewerker&apos; als soort zaak, niet &apos;{ladder}&apos;.</source>
        <translation>Choose &apos;leerling&apos; (student) or &apos;medewerker&apos; (staff) as the kind of case, not &apos;{ladder}&apos;.</translation>
    </message>
    <message>
        <source>Een brief heeft ten hoogste {maximum} ondertekenaars.</source>
        <translation>A letter has at most {maximum} signatories.</translation>
    </message>
    <message>
        <source>Geef elke ondertekenaar een naam én een functie.</source>
        <translation>Give every signatory both a name and a job title.</translation>
    </message>
    <message>
        <source>Dit dossier heeft geen schoolgegevens. Vraag de beheerder ze in te vullen.</source>
        <translation>This dossier has no school details. Ask the administrator to fill them in.</translation>
    </message>
    <message>
        <source>Er is geen briefsjabloon voor &apos;{letter_type}&apos; ({file}). Vraag de beheerder om &apos;casemanager policy check&apos; te draaien en de sjabloon toe te voegen.</source>
        <translation>There is no letter template for &apos;{letter_type}&apos; ({file}). Ask the administrator to run &apos;casemanager policy check&apos; and add the template.</translation>
    </message>
    <message>
        <source>Het beleid kent geen briefsoort &apos;{letter_type}&apos;. Kies uit: {known}.</source>
        <translation>The policy has no letter type &apos;{letter_type}&apos;. Choose from: {known}.</translation>
    </message>
    <message>
        <source>De sjabloon is {length} tekens lang; het maximum is {maximum}.</source>
        <translation>The template is {length} characters long; the maximum is {maximum}.</translation>
    </message>
    <message>
        <source>De sjabloon is niet opgeslagen:
{problems}</source>
        <translation>The template has not been saved:
{problems}</translation>
    </message>
    <message>
        <source>soort</source>
        <translation>type</translation>
    </message>
    <message>
        <source>nummer</source>
        <translation>number</translation>
    </message>
    <message>
        <source>roepnaam</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>voornaam</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>tussenvoegsel</source>
        <translation>surname prefix</translation>
    </message>
    <message>
        <source>achternaam</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>geboortedatum</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>teamnaam</source>
        <translation>team name</translation>
    </message>
    <message>
        <source>klas</source>
        <translation>class</translation>
    </message>
    <message>
        <source>functie</source>
        <translation>job title</translation>
    </message>
    <message>
        <source>adres</source>
        <translation>address</translation>
    </message>
    <message>
        <source>huisnummer</source>
        <translation>house number</translation>
    </message>
    <message>
        <source>toevoeging</source>
        <translation>house number addition</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>woonplaats</source>
        <translation>town</translation>
    </message>
    <message>
        <source>e-mailadres</source>
        <translation>email address</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>datum in</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>datum uit</source>
        <translation>leaving date</translation>
    </message>
    <message>
        <source>nummer kind</source>
        <translation>child&apos;s number</translation>
    </message>
    <message>
        <source>relatie</source>
        <translation>relationship</translation>
    </message>
    <message>
        <source>Het veld &apos;{target}&apos; in de koppeling bestaat niet. Kies uit: {names} (of &apos;{ignore}&apos; om een kolom over te slaan).</source>
        <translation>The field &apos;{target}&apos; in the column mapping does not exist. Choose from: {names} (or &apos;{ignore}&apos; to skip a column).</translation>
    </message>
    <message>
        <source>de kolom &apos;{column}&apos; uit de koppeling staat niet in het bestand; de kolommen zijn: {columns}.</source>
        <translation>the column &apos;{column}&apos; from the column mapping is not in the file; the columns are: {columns}.</translation>
    </message>
    <message>
        <source>geen van de kolommen is bekend (kopregel: {header}). Is dit de export met personen? Koppel de kolommen dan zelf (in het programma bij &quot;Kolommen koppelen&quot;, op de opdrachtregel met --map &quot;Kolom=veld&quot;).</source>
        <translation>none of the columns is known (header line: {header}). Is this the export with the people in it? Then map the columns yourself (in the program under &quot;Map columns&quot;, on the command line with --map &quot;Kolom=veld&quot;).</translation>
    </message>
    <message>
        <source>de kolom voor de {label} ontbreekt (bekende namen: {names}). Voeg de kolom toe, of koppel een kolom (in het programma bij &quot;Kolommen koppelen&quot;, op de opdrachtregel met --map &quot;Kolom={field}&quot;).</source>
        <translation>the column for the {label} is missing (known names: {names}). Add the column, or map a column (in the program under &quot;Map columns&quot;, on the command line with --map &quot;Kolom={field}&quot;).</translation>
    </message>
    <message>
        <source>puntkomma</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>een Excel- of zip-bestand</source>
        <translation>an Excel or zip file</translation>
    </message>
    <message>
        <source>een oud Excel- of Word-bestand</source>
        <translation>an old Excel or Word file</translation>
    </message>
    <message>
        <source>een PDF-bestand</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <source>Exporteer de gegevens opnieuw als CSV (in Excel: Opslaan als &gt; CSV (gescheiden door lijstscheidingsteken)) en kies dat bestand.</source>
        <translation>Export the data again as CSV (in Excel: Save As &gt; CSV (Comma delimited)) and choose that file.</translation>
    </message>
    <message>
        <source>regel {line}: {problem}</source>
        <translation>line {line}: {problem}</translation>
    </message>
    <message>
        <source>Het bestand {path} is niet geïmporteerd: er staat {count} fout in. Er is niets gewijzigd. Verbeter het bestand en importeer het daarna opnieuw.
{lines}</source>
        <translation>The file {path} has not been imported: it contains {count} error. Nothing has been changed. Correct the file and then import it again.
{lines}</translation>
    </message>
    <message>
        <source>Het bestand {path} is niet geïmporteerd: er staan {count} fouten in. Er is niets gewijzigd. Verbeter het bestand en importeer het daarna opnieuw.
{lines}</source>
        <translation>The file {path} has not been imported: it contains {count} errors. Nothing has been changed. Correct the file and then import it again.
{lines}</translation>
    </message>
    <message>
        <source>{first}
{rest}</source>
        <translation>{first}
{rest}</translation>
    </message>
    <message>
        <source>deze regel is geen geldige CSV ({detail}); controleer de aanhalingstekens.</source>
        <translation>this line is not valid CSV ({detail}); check the quotation marks.</translation>
    </message>
    <message>
        <source>Het bestand {path} bevat alleen lege cellen. Exporteer de gegevens opnieuw.</source>
        <translation>The file {path} contains only empty cells. Export the data again.</translation>
    </message>
    <message>
        <source>Het bestand {path} bevat alleen een kopregel en geen personen. Exporteer de gegevens opnieuw, met de personen erin.</source>
        <translation>The file {path} contains only a header line and no people. Export the data again, with the people in it.</translation>
    </message>
    <message>
        <source>{path} is een map, geen bestand. Kies het CSV-bestand zelf.</source>
        <translation>{path} is a folder, not a file. Choose the CSV file itself.</translation>
    </message>
    <message>
        <source>Het bestand {path} is te groot ({megabytes} MB) voor een export van personen. Controleer of u het juiste bestand hebt gekozen.</source>
        <translation>The file {path} is too large ({megabytes} MB) for an export of people. Check that you have chosen the right file.</translation>
    </message>
    <message>
        <source>Het bestand {path} bestaat niet. Controleer de map en de bestandsnaam.</source>
        <translation>The file {path} does not exist. Check the folder and the file name.</translation>
    </message>
    <message>
        <source>Het bestand {path} kan niet worden gelezen: geen toegang. Sluit het in Excel of vraag toegang aan de beheerder van de computer.</source>
        <translation>The file {path} cannot be read: access denied. Close it in Excel or ask the computer&apos;s administrator for access.</translation>
    </message>
    <message>
        <source>Het bestand {path} kan niet worden gelezen ({detail}). Kopieer het naar deze computer en probeer het opnieuw.</source>
        <translation>The file {path} cannot be read ({detail}). Copy it to this computer and try again.</translation>
    </message>
    <message>
        <source>Het bestand {path} is {what}, geen CSV-bestand. {save_as_csv}</source>
        <translation>The file {path} is {what}, not a CSV file. {save_as_csv}</translation>
    </message>
    <message>
        <source>De tekens in het bestand {path} zijn niet te lezen (geen UTF-8 of Windows-1252). {save_as_csv} Kies als codering UTF-8.</source>
        <translation>The characters in the file {path} cannot be read (not UTF-8 or Windows-1252). {save_as_csv} Choose UTF-8 as the encoding.</translation>
    </message>
    <message>
        <source>Het bestand {path} lijkt geen CSV-bestand: de eerste regel bevat geen kolommen gescheiden door ; of , (gevonden: &apos;{found}&apos;). {save_as_csv}</source>
        <translation>The file {path} does not look like a CSV file: the first line has no columns separated by ; or , (found: &apos;{found}&apos;). {save_as_csv}</translation>
    </message>
    <message>
        <source>Het bestand {path} is leeg. Kies het CSV-bestand met de export van de leerling- of personeelsadministratie.</source>
        <translation>The file {path} is empty. Choose the CSV file with the export from the student or staff administration system.</translation>
    </message>
    <message>
        <source>Het bestand {path} is geen tekstbestand. {save_as_csv}</source>
        <translation>The file {path} is not a text file. {save_as_csv}</translation>
    </message>
    <message>
        <source>Het bestand controleren</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <source>Personen opslaan</source>
        <translation>Saving people</translation>
    </message>
    <message>
        <source>{name} is dezelfde persoon als op regel {line}.</source>
        <translation>{name} is the same person as on line {line}.</translation>
    </message>
    <message>
        <source>er is geen leerling met nummer {number} (nummer kind).</source>
        <translation>there is no student with number {number} (child&apos;s number).</translation>
    </message>
    <message>
        <source>De soort klopt niet: {problem}</source>
        <translation>The type is not right: {problem}</translation>
    </message>
    <message>
        <source>er zijn {count} personen {name} met deze postcode; vul het nummer in om te kiezen.</source>
        <translation>there are {count} people called {name} with this postcode; fill in the number to choose.</translation>
    </message>
    <message>
        <source>Regel {line}: {message}</source>
        <translation>Line {line}: {message}</translation>
    </message>
    <message>
        <source>de soort &apos;{kind}&apos; is onbekend; gebruik leerling, ouder, medewerker of overig.</source>
        <translation>the type &apos;{kind}&apos; is unknown; use leerling (student), ouder (parent), medewerker (staff member) or overig (other).</translation>
    </message>
    <message>
        <source>de {label} &apos;{date}&apos; is geen geldige datum; schrijf dd-mm-jjjj (bijvoorbeeld 07-03-2011) of jjjj-mm-dd.</source>
        <translation>the {label} &apos;{date}&apos; is not a valid date; write dd-mm-yyyy (for example 07-03-2011) or yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>deze regel heeft {cells} velden, de kopregel {header}; staat er een {delimiter} in een waarde? Zet die waarde dan tussen aanhalingstekens.</source>
        <translation>this line has {cells} fields, the header line {header}; is there a {delimiter} in a value? If so, put that value in quotation marks.</translation>
    </message>
    <message>
        <source>de soort ontbreekt: vul leerling, ouder, medewerker of overig in (of geef de soort voor het hele bestand op: in het programma bij &apos;Wie staan erin&apos;, op de opdrachtregel met --kind).</source>
        <translation>the type is missing: fill in leerling (student), ouder (parent), medewerker (staff member) or overig (other) (or give the type for the whole file: in the program under &apos;Who is in it&apos;, on the command line with --kind).</translation>
    </message>
    <message>
        <source>het nummer ontbreekt; een {kind} heeft altijd een nummer.</source>
        <translation>the number is missing; a {kind} always has a number.</translation>
    </message>
    <message>
        <source>de {label} ontbreekt.</source>
        <translation>the {label} is missing.</translation>
    </message>
    <message>
        <source>het e-mailadres &apos;{email}&apos; is ongeldig.</source>
        <translation>the email address &apos;{email}&apos; is not valid.</translation>
    </message>
    <message>
        <source>de geboortedatum {date} ligt in de toekomst.</source>
        <translation>the date of birth {date} is in the future.</translation>
    </message>
    <message>
        <source>de datum uit ({leave}) ligt vóór de datum in ({start}).</source>
        <translation>the leaving date ({leave}) is before the start date ({start}).</translation>
    </message>
    <message>
        <source>het veld &apos;{label}&apos; is te lang: {length} tekens, het maximum is {maximum}.</source>
        <translation>the field &apos;{label}&apos; is too long: {length} characters, the maximum is {maximum}.</translation>
    </message>
    <message>
        <source>een {kind} heeft geen kinderen in de administratie; laat het nummer van het kind leeg, of maak van de soort &apos;ouder&apos;.</source>
        <translation>a {kind} has no children in the administration; leave the child&apos;s number empty, or make the type &apos;ouder&apos; (parent).</translation>
    </message>
    <message>
        <source>nummer {number} staat meer dan eens in het bestand (ook op regel {others}).</source>
        <translation>number {number} appears more than once in the file (also on line {others}).</translation>
    </message>
    <message>
        <source>{name} (zelfde naam en postcode) staat meer dan eens in het bestand (ook op regel {others}).</source>
        <translation>{name} (same name and postcode) appears more than once in the file (also on line {others}).</translation>
    </message>
    <message>
        <source>Sorteren op &apos;{sort}&apos; kan niet; kies uit {sorts}.</source>
        <translation>Sorting by &apos;{sort}&apos; is not possible; choose from {sorts}.</translation>
    </message>
    <message>
        <source>Begin en aantal van een lijst kunnen niet negatief zijn.</source>
        <translation>The start and size of a list cannot be negative.</translation>
    </message>
    <message>
        <source>De soort &apos;{kind}&apos; bestaat niet; kies uit {names}.</source>
        <translation>The type &apos;{kind}&apos; does not exist; choose from {names}.</translation>
    </message>
    <message>
        <source>accounts te beheren</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>het auditlog in te zien</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>een back-up te maken</source>
        <translation>make a backup</translation>
    </message>
    <message>
        <source>de sleutel van het dossier te vervangen</source>
        <translation>replace the key of the dossier</translation>
    </message>
    <message>
        <source>de integriteit van het dossier te controleren</source>
        <translation>check the integrity of the dossier</translation>
    </message>
    <message>
        <source>het beleid van de school te wijzigen</source>
        <translation>change the school&apos;s policy</translation>
    </message>
    <message>
        <source>met zaken te werken</source>
        <translation>work on cases</translation>
    </message>
    <message>
        <source>personen in te zien</source>
        <translation>view people</translation>
    </message>
    <message>
        <source>personen te importeren</source>
        <translation>import people</translation>
    </message>
    <message>
        <source>verlopen gegevens te verwijderen</source>
        <translation>delete expired data</translation>
    </message>
    <message>
        <source>datalekken te registreren en te beoordelen</source>
        <translation>register and assess data breaches</translation>
    </message>
    <message>
        <source>de schoolgegevens en het briefhoofd te wijzigen</source>
        <translation>change the school details and the letterhead</translation>
    </message>
    <message>
        <source>vrijgegeven brieven af te drukken en als verzonden te registreren</source>
        <translation>print released letters and register them as sent</translation>
    </message>
    <message>
        <source>de cijfers over zaken in te zien</source>
        <translation>view the figures on cases</translation>
    </message>
    <message>
        <source>Doelmap controleren</source>
        <translation>Checking the destination folder</translation>
    </message>
    <message>
        <source>Dossier en sleutelbestand versleuteld kopiëren</source>
        <translation>Copying the dossier and key file, encrypted</translation>
    </message>
    <message>
        <source>Er is te weinig ruimte in {folder} voor de back-up. Maak ruimte vrij of kies een andere schijf.</source>
        <translation>There is not enough space in {folder} for the backup. Free up some space or choose another drive.</translation>
    </message>
    <message>
        <source>Dit is het dossier zelf, geen back-up. Kies het back-upbestand.</source>
        <translation>This is the dossier itself, not a backup. Choose the backup file.</translation>
    </message>
    <message>
        <source>Back-up openen</source>
        <translation>Opening the backup</translation>
    </message>
    <message>
        <source>Back-up controleren</source>
        <translation>Checking the backup</translation>
    </message>
    <message>
        <source>een back-up terug te zetten (alleen een beheerder)</source>
        <translation>restore a backup (administrators only)</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Maak de map eerst aan of kies een andere.</source>
        <translation>The folder {folder} does not exist. Create the folder first or choose another one.</translation>
    </message>
    <message>
        <source>Geef de naam van de school op; die komt boven elke brief.</source>
        <translation>Enter the name of the school; it appears at the top of every letter.</translation>
    </message>
    <message>
        <source>een deel van het bestand is onleesbaar</source>
        <translation>part of the file cannot be read</translation>
    </message>
    <message>
        <source>het is een PDF-bestand</source>
        <translation>it is a PDF file</translation>
    </message>
    <message>
        <source>het is een ZIP- of Office-bestand</source>
        <translation>it is a ZIP or Office file</translation>
    </message>
    <message>
        <source>het is een afbeelding</source>
        <translation>it is an image</translation>
    </message>
    <message>
        <source>het is een map</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>het bestand is leeg</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>het is een onversleutelde SQLite-database</source>
        <translation>it is an unencrypted SQLite database</translation>
    </message>
    <message>
        <source>het bestand is afgekapt</source>
        <translation>the file has been cut short</translation>
    </message>
    <message>
        <source>de eerste pagina kan niet worden ontsleuteld: het bestand is beschadigd, of het sleutelbestand hoort bij een ander dossier</source>
        <translation>the first page cannot be decrypted: the file is damaged, or the key file belongs to another dossier</translation>
    </message>
    <message>
        <source>versleuteld, maar zonder casemanager-gegevens</source>
        <translation>encrypted, but without casemanager data</translation>
    </message>
    <message>
        <source>de dossiergegevens ontbreken</source>
        <translation>the dossier&apos;s own details are missing</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>opslag: {storage}, auditlog: {chain}</source>
        <translation>storage: {storage}, audit log: {chain}</translation>
    </message>
    <message>
        <source>opslag: {storage}</source>
        <translation>storage: {storage}</translation>
    </message>
    <message>
        <source>auditlog: {chain}</source>
        <translation>audit log: {chain}</translation>
    </message>
    <message>
        <source>in orde</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>niet gecontroleerd</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>onleesbare gegevens: {detail}</source>
        <translation>unreadable data: {detail}</translation>
    </message>
    <message>
        <source>de accounts zijn onleesbaar: {detail}</source>
        <translation>the accounts cannot be read: {detail}</translation>
    </message>
    <message>
        <source>De sjabloon moet beginnen met een regel &apos;Onderwerp: …&apos; met het onderwerp van de brief.</source>
        <translation>The template must begin with a line &apos;Onderwerp: …&apos; giving the subject of the letter.</translation>
    </message>
    <message>
        <source>{template}, regel {line}: {problem}</source>
        <translation>{template}, line {line}: {problem}</translation>
    </message>
    <message>
        <source>{template}: {problem}</source>
        <translation>{template}: {problem}</translation>
    </message>
    <message>
        <source>{template}: een veld heeft voor deze zaak geen waarde ({detail}). Controleer de sjabloon met &apos;casemanager policy check&apos;.</source>
        <translation>{template}: a field has no value for this case ({detail}). Check the template with &apos;casemanager policy check&apos;.</translation>
    </message>
    <message>
        <source>{template}: de sjabloon kon niet worden gevuld ({detail}).</source>
        <translation>{template}: the template could not be filled in ({detail}).</translation>
    </message>
    <message>
        <source>nr. %s</source>
        <translation>no. %s</translation>
    </message>
    <message>
        <source>uit %s</source>
        <translation>left %s</translation>
    </message>
    <message>
        <source>Bestand {file} ({encoding}, gescheiden door {delimiter}): {rows} regels met personen.</source>
        <translation>File {file} ({encoding}, separated by {delimiter}): {rows} lines with people.</translation>
    </message>
    <message>
        <source>Toegevoegd: {added}, gewijzigd: {changed}, overgeslagen: {skipped}.</source>
        <translation>Added: {added}, changed: {changed}, skipped: {skipped}.</translation>
    </message>
    <message>
        <source>Nieuwe teams: {teams}.</source>
        <translation>New teams: {teams}.</translation>
    </message>
    <message>
        <source>Niet gebruikte kolommen: {columns}.</source>
        <translation>Columns not used: {columns}.</translation>
    </message>
    <message>
        <source>Let op: {note}.</source>
        <translation>Please note: {note}.</translation>
    </message>
    <message>
        <source>Zonder team</source>
        <translation>Without a team</translation>
    </message>
    <message>
        <source>de code {code} komt meer dan eens voor</source>
        <translation>the code {code} occurs more than once</translation>
    </message>
    <message>
        <source>een strafbare overtreding noemt minstens één artikel uit het Wetboek van Strafrecht</source>
        <translation>a criminal offence must name at least one article of the Dutch Criminal Code (Wetboek van Strafrecht)</translation>
    </message>
    <message>
        <source>artikelen uit het Wetboek van Strafrecht vragen strafbaar = true</source>
        <translation>articles of the Dutch Criminal Code (Wetboek van Strafrecht) require strafbaar = true</translation>
    </message>
    <message>
        <source>artikel {article} staat niet in de lijst [wvsr] van dit bestand</source>
        <translation>article {article} is not in this file&apos;s [wvsr] list</translation>
    </message>
    <message>
        <source>de ladder {ladder} ontbreekt</source>
        <translation>the ladder {ladder} is missing</translation>
    </message>
    <message>
        <source>geen startsport voor de ernst {severity}</source>
        <translation>no starting rung for the severity {severity}</translation>
    </message>
    <message>
        <source>de sport {rung} bestaat niet in deze ladder; kies uit {choices}</source>
        <translation>the rung {rung} does not exist in this ladder; choose from {choices}</translation>
    </message>
    <message>
        <source>een zwaardere ernst mag niet op een lagere sport beginnen</source>
        <translation>a more serious severity may not start on a lower rung</translation>
    </message>
    <message>
        <source>de sport {rung} komt meer dan eens voor</source>
        <translation>the rung {rung} occurs more than once</translation>
    </message>
    <message>
        <source>een maatregel met een duur noemt de maximale duur</source>
        <translation>a measure with a duration must state its maximum duration</translation>
    </message>
    <message>
        <source>max_duration vraagt een duur (schooldagen of kalenderdagen)</source>
        <translation>max_duration requires a duration (school days or calendar days)</translation>
    </message>
    <message>
        <source>intent_letters vraagt intent_first = true</source>
        <translation>intent_letters requires intent_first = true</translation>
    </message>
    <message>
        <source>longer_than_days kan alleen bij een maatregel met een duur</source>
        <translation>longer_than_days is only possible for a measure with a duration</translation>
    </message>
    <message>
        <source>{kind} staat in meer dan één ladder</source>
        <translation>{kind} is in more than one ladder</translation>
    </message>
    <message>
        <source>de vakantie eindigt voordat hij begint</source>
        <translation>the holiday ends before it begins</translation>
    </message>
    <message>
        <source>deze tekst staat nergens in het beleid; schrijf links de Nederlandse tekst precies zoals hij in het beleid staat (hoofdletters, leestekens en spaties tellen mee), of laat de regel weg</source>
        <translation>this text does not appear anywhere in the policy; write the Dutch text on the left exactly as it appears in the policy (capitals, punctuation and spaces count), or remove the line</translation>
    </message>
    <message>
        <source>{problem}; bedoelt u {text}?</source>
        <translation>{problem}; did you mean {text}?</translation>
    </message>
    <message>
        <source>de Engelse tekst is leeg; vul hem in, of laat de regel weg (dan blijft deze tekst Nederlands)</source>
        <translation>the English text is empty; fill it in, or remove the line (the text then stays in Dutch)</translation>
    </message>
    <message>
        <source>geen ladder geldt voor {kind}</source>
        <translation>no ladder applies to {kind}</translation>
    </message>
    <message>
        <source>het brieftype {code} staat niet in [letter_types]</source>
        <translation>the letter type {code} is not in [letter_types]</translation>
    </message>
    <message>
        <source>{path} is te groot voor een beleidsbestand (meer dan 2 MB).</source>
        <translation>{path} is too large for a policy file (more than 2 MB).</translation>
    </message>
    <message>
        <source>Het beleidsbestand {path} bestaat niet.</source>
        <translation>The policy file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is een map; kies het beleidsbestand (.toml).</source>
        <translation>{path} is a folder; choose the policy file (.toml).</translation>
    </message>
    <message>
        <source>het bestand is geen UTF-8-tekst</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>geen geldige TOML: {detail}, aan het einde van het bestand</source>
        <translation>not valid TOML: {detail}, at the end of the file</translation>
    </message>
    <message>
        <source>geen geldige TOML: {detail}</source>
        <translation>not valid TOML: {detail}</translation>
    </message>
    <message>
        <source>ontbreekt</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>onbekende sleutel (tikfout?)</source>
        <translation>unknown key (typing error?)</translation>
    </message>
    <message>
        <source>moet tekst zijn</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>mag niet leeg zijn</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>is te lang</source>
        <translation>is too long</translation>
    </message>
    <message>
        <source>moet met een letter beginnen en mag alleen letters, cijfers, &apos;.&apos;, &apos;-&apos; en &apos;_&apos; bevatten (hoogstens 40 tekens; een overtredingscode 20)</source>
        <translation>must start with a letter and may only contain letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (at most 40 characters; a violation code at most 20)</translation>
    </message>
    <message>
        <source>moet een heel getal zijn</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>moet true of false zijn</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>moet een datum zijn, zoals 2026-12-19</source>
        <translation>must be a date, such as 2026-12-19</translation>
    </message>
    <message>
        <source>moet een datum zonder tijd zijn</source>
        <translation>must be a date without a time</translation>
    </message>
    <message>
        <source>moet een lijst zijn, zoals [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>must be a list, such as [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>moet een tabel zijn</source>
        <translation>must be a table</translation>
    </message>
    <message>
        <source>is te klein</source>
        <translation>is too small</translation>
    </message>
    <message>
        <source>is te groot</source>
        <translation>is too large</translation>
    </message>
    <message>
        <source>{value} is geen geldige waarde; kies uit {choices}</source>
        <translation>{value} is not a valid value; choose from {choices}</translation>
    </message>
    <message>
        <source>moet minstens {limit} zijn</source>
        <translation>must be at least {limit}</translation>
    </message>
    <message>
        <source>moet hoogstens {limit} zijn</source>
        <translation>must be at most {limit}</translation>
    </message>
</context>
<context>
    <name>AccountRemoval</name>
    <message>
        <source>Account verwijderen</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <source>Het account van %s verwijderen?

%s kan daarna niet meer aanmelden. Besluiten, brieven en het auditlog blijven de naam noemen bij wat deze persoon deed. Verwijderen kan niet ongedaan worden gemaakt; wie later terugkomt, krijgt een nieuw account met een andere gebruikersnaam.</source>
        <translation>Remove the account of %s?

%s will then no longer be able to sign in. Decisions, letters and the audit log will still show the name against what this person did. Removal cannot be undone; anyone who comes back later gets a new account with a different username.</translation>
    </message>
    <message>
        <source>Het account van %s is verwijderd: het wachtwoord opent niets meer.</source>
        <translation>The account of %s has been removed: its password no longer opens anything.</translation>
    </message>
    <message>
        <source>Na het verwijderen van een account hoort het dossier een nieuwe sleutel.</source>
        <translation>After an account has been removed, the dossier should get a new key.</translation>
    </message>
    <message>
        <source>Sleutel vervangen</source>
        <translation>Replace key</translation>
    </message>
    <message>
        <source>Wie ooit toegang had, kan nog een kopie van de oude sleutel van het dossier hebben, bijvoorbeeld in een oud sleutelbestand. Met een nieuwe sleutel opent zo&apos;n kopie het dossier niet meer. De andere gebruikers merken er niets van: hun wachtwoorden blijven hetzelfde.

Het vervangen duurt bij een groot dossier een paar minuten. Vraag collega&apos;s het programma zolang te sluiten.

De sleutel nu vervangen?</source>
        <translation>Anyone who ever had access may still have a copy of the dossier&apos;s old key, for example in an old key file. With a new key, such a copy no longer opens the dossier. The other users will not notice anything: their passwords stay the same.

For a large dossier, replacing the key takes a few minutes. Ask colleagues to close the program in the meantime.

Replace the key now?</translation>
    </message>
    <message>
        <source>Het dossier wordt opnieuw versleuteld met een nieuwe sleutel. Even geduld…</source>
        <translation>The dossier is being re-encrypted with a new key. Please wait…</translation>
    </message>
    <message>
        <source>Het dossier heeft een nieuwe sleutel (vingerafdruk %s). Oude kopieën van de sleutel openen het niet meer.

Maak nu een nieuwe back-up: een oudere back-up blijft met de oude sleutel en de oude wachtwoorden te openen.</source>
        <translation>The dossier has a new key (fingerprint %s). Old copies of the key no longer open it.

Make a new backup now: an older backup can still be opened with the old key and the old passwords.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Verwijderde accounts tonen</source>
        <translation>Show removed accounts</translation>
    </message>
    <message>
        <source>Nieuw account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Rollen en teams…</source>
        <translation>Roles and teams…</translation>
    </message>
    <message>
        <source>Uitschakelen</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord…</source>
        <translation>New password…</translation>
    </message>
    <message>
        <source>Met herstelsleutel…</source>
        <translation>With recovery key…</translation>
    </message>
    <message>
        <source>Een nieuw wachtwoord instellen met de afgedrukte herstelsleutel</source>
        <translation>Set a new password using the printed recovery key</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Sleutel vervangen…</source>
        <translation>Replace key…</translation>
    </message>
    <message>
        <source>Wachtwoorden staan niet in het dossier: alleen de gebruiker zelf kent het eigen wachtwoord. Na het verwijderen van een account vervangt u de sleutel van het dossier, zodat een oude kopie ervan niets meer opent.</source>
        <translation>Passwords are not stored in the dossier: only users themselves know their own password. After removing an account, replace the dossier&apos;s key so that an old copy of it no longer opens anything.</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>uitgeschakeld</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Kies een account in de lijst.</source>
        <translation>Choose an account in the list.</translation>
    </message>
    <message>
        <source>Inschakelen</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Account %s toegevoegd. Geef het eerste wachtwoord persoonlijk door.</source>
        <translation>Account %s added. Pass on the first password in person.</translation>
    </message>
    <message>
        <source>De rollen en teams van %s zijn gewijzigd; ze gelden vanaf de volgende keer aanmelden.</source>
        <translation>The roles and teams of %s have been changed; they apply from the next sign-in.</translation>
    </message>
    <message>
        <source>%s kan niet meer aanmelden tot het account weer is ingeschakeld.</source>
        <translation>%s can no longer sign in until the account is enabled again.</translation>
    </message>
    <message>
        <source>%s kan weer aanmelden.</source>
        <translation>%s can sign in again.</translation>
    </message>
    <message>
        <source>%s heeft een nieuw wachtwoord.</source>
        <translation>%s has a new password.</translation>
    </message>
    <message>
        <source>Het account van %s is verwijderd.</source>
        <translation>The account of %s has been removed.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Nieuw account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Account toevoegen</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>bijvoorbeeld f.yilmaz</source>
        <translation>for example f.yilmaz</translation>
    </message>
    <message>
        <source>bijvoorbeeld teamleider bovenbouw</source>
        <translation>for example team leader, upper school</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Volledige naam</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>De functie staat onder de naam in brieven.</source>
        <translation>The job title appears below the name in letters.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eerste wachtwoord&lt;/b&gt;</source>
        <translation>&lt;b&gt;First password&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Geef het wachtwoord persoonlijk door; de nieuwe gebruiker kiest daarna zelf een ander.</source>
        <translation>Pass on the password in person; the new user then chooses a different one.</translation>
    </message>
</context>
<context>
    <name>AddPartyDialog</name>
    <message>
        <source>Betrokkene toevoegen</source>
        <translation>Add party involved</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>niet verplicht</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>School en briefhoofd</source>
        <translation>School and letterhead</translation>
    </message>
    <message>
        <source>Beleid</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Datalekken</source>
        <translation>Data breaches</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Het dossier is vergrendeld.</source>
        <translation>The dossier is locked.</translation>
    </message>
</context>
<context>
    <name>AssessLeakDialog</name>
    <message>
        <source>Datalek beoordelen</source>
        <translation>Assess data breach</translation>
    </message>
    <message>
        <source>Besluit vastleggen</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Ontdekt {discovered}; uiterlijk melden {deadline}: {left}</source>
        <translation>Discovered {discovered}; report by {deadline}: {left}</translation>
    </message>
    <message>
        <source>Melden bij de Autoriteit Persoonsgegevens</source>
        <translation>Report to the Dutch Data Protection Authority (AP)</translation>
    </message>
    <message>
        <source>Niet melden</source>
        <translation>Do not report</translation>
    </message>
    <message>
        <source>het meldingsnummer dat de AP gaf</source>
        <translation>the report number the AP gave</translation>
    </message>
    <message>
        <source>Meldingsnummer AP</source>
        <translation>AP report number</translation>
    </message>
    <message>
        <source>Besloten op</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Meld het lek binnen de termijn als het waarschijnlijk een risico is voor de betrokkenen (AVG artikel 33). Het besluit wordt vastgelegd en kan daarna niet meer worden gewijzigd; ook een lek dat niet wordt gemeld, blijft in het register.</source>
        <translation>Report the breach within the deadline if it is likely to pose a risk to the people affected (GDPR Article 33). The decision is recorded and cannot be changed afterwards; a breach that is not reported also stays in the register.</translation>
    </message>
    <message>
        <source>Gemeld op</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Waarom melden: welk risico lopen de betrokkenen?</source>
        <translation>Why report: what risk do the people affected run?</translation>
    </message>
    <message>
        <source>Waarom niet melden: waarom is er geen risico voor de betrokkenen?</source>
        <translation>Why not report: why is there no risk to the people affected?</translation>
    </message>
</context>
<context>
    <name>AuditCheckBox</name>
    <message>
        <source>Keten controleren</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Controleert of het dossier onbeschadigd is en of alle regels van het auditlog nog onveranderd op elkaar aansluiten. Noteer de kop-hash buiten dit dossier (op papier, of in een mail aan uzelf): staat hij bij een latere controle niet meer in het log, dan zijn er regels weggehaald.</source>
        <translation>Checks that the dossier is undamaged and that all entries in the audit log still link up unchanged. Note the head hash down outside this dossier (on paper, or in an email to yourself): if it is no longer in the log at a later check, entries have been removed.</translation>
    </message>
    <message>
        <source>Eerder genoteerde kop-hash (niet verplicht)</source>
        <translation>Previously noted head hash (optional)</translation>
    </message>
    <message>
        <source>nog niet gecontroleerd</source>
        <translation>not yet checked</translation>
    </message>
    <message>
        <source>Kop-hash</source>
        <translation>Head hash</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Vergelijk met:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <source>Kop-hash:</source>
        <translation>Head hash:</translation>
    </message>
    <message>
        <source>Keten controleren…</source>
        <translation>Verifying chain…</translation>
    </message>
    <message>
        <source>regel</source>
        <translation>entry</translation>
    </message>
    <message>
        <source>regels</source>
        <translation>entries</translation>
    </message>
    <message>
        <source>In orde: het dossier is onbeschadigd en de keten van {entries} sluit.</source>
        <translation>All in order: the dossier is undamaged and the chain of {entries} is intact.</translation>
    </message>
    <message>
        <source>De eerder genoteerde kop-hash staat er nog in.</source>
        <translation>The previously noted head hash is still in it.</translation>
    </message>
    <message>
        <source>Bewaar de bestaande back-ups zoals ze zijn en meld dit bij de functionaris gegevensbescherming.</source>
        <translation>Keep the existing backups as they are and report this to the data protection officer.</translation>
    </message>
    <message>
        <source>Er is een probleem gevonden:</source>
        <translation>A problem has been found:</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Persoon: nummer of naam</source>
        <translation>Person: number or name</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Het leerling- of personeelsnummer, of het begin van de naam</source>
        <translation>The student or staff number, or the beginning of the name</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Alleen regels uit deze periode</source>
        <translation>Only entries from this period</translation>
    </message>
    <message>
        <source>Periode vanaf</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Periode tot en met</source>
        <translation>Period up to and including</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Alle gebruikers</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>zaak</source>
        <translation>case</translation>
    </message>
    <message>
        <source>persoon</source>
        <translation>person</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>bewijsstuk</source>
        <translation>piece of evidence</translation>
    </message>
    <message>
        <source>hoorgesprek</source>
        <translation>hearing</translation>
    </message>
    <message>
        <source>besluit</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>melding</source>
        <translation>notification</translation>
    </message>
    <message>
        <source>bezwaar</source>
        <translation>objection</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>beleid</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>schoolgegevens</source>
        <translation>school details</translation>
    </message>
    <message>
        <source>ondertekenaars</source>
        <translation>signatories</translation>
    </message>
    <message>
        <source>briefsjabloon</source>
        <translation>letter template</translation>
    </message>
    <message>
        <source>datalek</source>
        <translation>data breach</translation>
    </message>
    <message>
        <source>auditlog</source>
        <translation>audit log</translation>
    </message>
    <message>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Regel {seq}: {action} ({code})</source>
        <translation>Entry {seq}: {action} ({code})</translation>
    </message>
    <message>
        <source>Door {user} als {role}</source>
        <translation>By {user} as {role}</translation>
    </message>
    <message>
        <source>Details: {details}</source>
        <translation>Details: {details}</translation>
    </message>
    <message>
        <source>Object: {kind} {id}</source>
        <translation>Object: {kind} {id}</translation>
    </message>
    <message>
        <source>Hash: {hash}</source>
        <translation>Hash: {hash}</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>persoon {id} (verwijderd)</source>
        <translation>person {id} (deleted)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Exporteren als CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>De regels die de filters nu vinden; het exporteren wordt zelf gelogd.</source>
        <translation>The entries the filters currently find; the export itself is logged.</translation>
    </message>
    <message>
        <source>{number}+ regels, tellen…</source>
        <translation>{number}+ entries, counting…</translation>
    </message>
    <message>
        <source>Geen regels gevonden.
Pas de filters aan.</source>
        <translation>No entries found.
Adjust the filters.</translation>
    </message>
    <message>
        <source>{number} regels</source>
        <translation>{number} entries</translation>
    </message>
    <message>
        <source>1 regel</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>Auditlog exporteren</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Auditlog exporteren…</source>
        <translation>Exporting audit log…</translation>
    </message>
    <message>
        <source>{rows} geëxporteerd naar {path}.</source>
        <translation>{rows} exported to {path}.</translation>
    </message>
    <message>
        <source>regel</source>
        <translation>entry</translation>
    </message>
    <message>
        <source>regels</source>
        <translation>entries</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Back-up maken…</source>
        <translation>Make backup…</translation>
    </message>
    <message>
        <source>Back-up maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Laatste back-up:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <source>Een back-up is een versleutelde kopie van het dossier: twee bestanden die bij elkaar horen (.casedb en .casekeys). Bewaar ze samen, op een andere plek dan deze computer, bijvoorbeeld op een versleutelde USB-schijf. Iedereen kan doorwerken terwijl de back-up wordt gemaakt.</source>
        <translation>A backup is an encrypted copy of the dossier: two files that belong together (.casedb and .casekeys). Keep them together, somewhere other than this computer, for example on an encrypted USB drive. Everyone can carry on working while the backup is being made.</translation>
    </message>
    <message>
        <source>Back-up terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Gebruik dit alleen als het dossier beschadigd of kwijt is, of als er per ongeluk iets is verwijderd. Het dossier dat nu open is, wordt niet gewist: het blijft onder een nieuwe naam in dezelfde map staan. Daarna meldt u zich opnieuw aan in de teruggezette back-up.</source>
        <translation>Only use this if the dossier is damaged or lost, or if something has been deleted by mistake. The dossier that is open now is not deleted: it stays in the same folder under a new name. Afterwards you sign in again to the restored backup.</translation>
    </message>
    <message>
        <source>Back-up opslaan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Casemanager-dossier (*{suffix})</source>
        <translation>Casemanager dossier (*{suffix})</translation>
    </message>
    <message>
        <source>Back-up gemaakt: {path} ({size}), met het sleutelbestand {keys}. Bewaar beide bestanden samen.</source>
        <translation>Backup made: {path} ({size}), with the key file {keys}. Keep both files together.</translation>
    </message>
    <message>
        <source>Welke back-up wilt u terugzetten?</source>
        <translation>Which backup do you want to restore?</translation>
    </message>
</context>
<context>
    <name>BarcodeEntry</name>
    <message>
        <source>bijv. {code}</source>
        <translation>e.g. {code}</translation>
    </message>
    <message>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Aangetekend</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>verplicht</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>CaseClosing</name>
    <message>
        <source>Zaak afsluiten…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <source>Seponeren…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <source>Heropenen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Status van de zaak: %s</source>
        <translation>Case status: %s</translation>
    </message>
    <message>
        <source>Zaak afsluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>De zaak wordt afgesloten. Toelichting (niet verplicht):</source>
        <translation>The case will be closed. Explanation (optional):</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Zaak seponeren</source>
        <translation>Dismiss case</translation>
    </message>
    <message>
        <source>De zaak wordt zonder maatregel afgesloten. Waarom?</source>
        <translation>The case will be closed without a measure. Why?</translation>
    </message>
    <message>
        <source>Seponeren</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Zaak heropenen</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <source>Waarom wordt de zaak heropend?</source>
        <translation>Why is the case being reopened?</translation>
    </message>
    <message>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Zoeken in zaken… (Ctrl+F)</source>
        <translation>Search cases… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoeken in zaken</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alle open zaken</source>
        <translation>All open cases</translation>
    </message>
    <message>
        <source>Alle zaken</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Alle teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>Overtreding</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Alle overtredingen</source>
        <translation>All violations</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Zonder vinkje: geen periode. Met vinkje: alleen zaken met een incidentdatum in deze periode.</source>
        <translation>Unticked: no period. Ticked: only cases with an incident date in this period.</translation>
    </message>
    <message>
        <source>Periode vanaf</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Periode tot en met</source>
        <translation>Period up to and including</translation>
    </message>
    <message>
        <source>Alleen &amp;mijn zaken</source>
        <translation>Only &amp;my cases</translation>
    </message>
    <message>
        <source>Alleen de zaken waarvan jij de behandelaar bent</source>
        <translation>Only the cases you are handling</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Alle filters en de zoektekst wissen</source>
        <translation>Clear all filters and the search text</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Onderzoek starten</source>
        <translation>Start investigation</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Klas en team</source>
        <translation>Class and team</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Overtreding</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>gemeld op %s</source>
        <translation>reported on %s</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Overtreding</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Op deze kolom kan niet worden gesorteerd.</source>
        <translation>This column cannot be sorted.</translation>
    </message>
    <message>
        <source>Zaak {number}: {person}</source>
        <translation>Case {number}: {person}</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Team: {team}</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Overtreding: {violations}</source>
        <translation>Violation: {violations}</translation>
    </message>
    <message>
        <source>Ernst: {severity}</source>
        <translation>Severity: {severity}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Behandelaar: {owner}</source>
        <translation>Case handler: {owner}</translation>
    </message>
    <message>
        <source>Volgende termijn: {due} (verstreken)</source>
        <translation>Next deadline: {due} (passed)</translation>
    </message>
    <message>
        <source>Volgende termijn: {due}</source>
        <translation>Next deadline: {due}</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Met jouw rol werk je niet met zaken.</source>
        <translation>Your role does not involve working with cases.</translation>
    </message>
    <message>
        <source>{number}+ zaken, tellen…</source>
        <translation>{number}+ cases, counting…</translation>
    </message>
    <message>
        <source>Er zijn geen open zaken.</source>
        <translation>There are no open cases.</translation>
    </message>
    <message>
        <source>Geen zaken gevonden.
Pas de filters aan of wis de zoektekst.</source>
        <translation>No cases found.
Adjust the filters or clear the search text.</translation>
    </message>
    <message>
        <source>Geen zaken</source>
        <translation>No cases</translation>
    </message>
    <message>
        <source>1 zaak</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>{number} zaken</source>
        <translation>{number} cases</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>gemeld</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>in onderzoek</source>
        <translation>under investigation</translation>
    </message>
    <message>
        <source>hoorgesprek</source>
        <translation>hearing</translation>
    </message>
    <message>
        <source>besluit genomen</source>
        <translation>decided</translation>
    </message>
    <message>
        <source>bekendgemaakt</source>
        <translation>notice given</translation>
    </message>
    <message>
        <source>in bezwaar</source>
        <translation>under objection</translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>geseponeerd</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <source>heropend</source>
        <translation>reopened</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>leerling</source>
        <translation>student</translation>
    </message>
    <message>
        <source>ouder/verzorger</source>
        <translation>parent/carer</translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <source>slachtoffer</source>
        <translation>victim</translation>
    </message>
    <message>
        <source>getuige</source>
        <translation>witness</translation>
    </message>
    <message>
        <source>melder</source>
        <translation>reporter</translation>
    </message>
    <message>
        <source>betrokkene (mede-dader)</source>
        <translation>involved party (co-perpetrator)</translation>
    </message>
    <message>
        <source>teamleider</source>
        <translation>team leader</translation>
    </message>
    <message>
        <source>hr</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>directie</source>
        <translation>school management</translation>
    </message>
</context>
<context>
    <name>CaseViewWidget</name>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Verklaringen en notities</source>
        <translation>Statements and notes</translation>
    </message>
    <message>
        <source>Hoorgesprek</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Besluit en afhandeling</source>
        <translation>Decision and follow-up</translation>
    </message>
    <message>
        <source>Zaak %d</source>
        <translation>Case %d</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Zaken per maand</source>
        <translation>Cases per month</translation>
    </message>
    <message>
        <source>Zaken per overtreding</source>
        <translation>Cases per violation</translation>
    </message>
    <message>
        <source>Zaken per team</source>
        <translation>Cases per team</translation>
    </message>
    <message>
        <source>Maatregelen (laatste besluit)</source>
        <translation>Measures (latest decision)</translation>
    </message>
    <message>
        <source>{first} t/m {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>de {shown} meest voorkomende van {all}; alle staan in Tabel</source>
        <translation>the {shown} most common of {all}; all are listed under Table</translation>
    </message>
    <message>
        <source>jan feb mrt apr mei jun jul aug sep okt nov dec</source>
        <translation>Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Kolommen koppelen</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <source>Kies bij elk gegeven de kolom uit het bestand. Roepnaam en achternaam zijn verplicht; een kolom die u niet gebruikt, blijft buiten de import.</source>
        <translation>For each item, choose the column from the file. First name (roepnaam) and surname are required; a column you do not use is left out of the import.</translation>
    </message>
    <message>
        <source>Grijs: de waarde in de eerste regel van het bestand.</source>
        <translation>Grey: the value in the first row of the file.</translation>
    </message>
    <message>
        <source>— niet gebruiken —</source>
        <translation>— do not use —</translation>
    </message>
    <message>
        <source>Kies een kolom voor: {fields}. Zonder die gegevens kan niemand worden geïmporteerd.</source>
        <translation>Choose a column for: {fields}. Without these details nobody can be imported.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Besluiten</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maatregel kiezen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Choose a measure&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Zonder overtreding uit het beleid is er geen voorstel.</source>
        <translation>Without a violation from the policy there is no proposal.</translation>
    </message>
    <message>
        <source>Een besluit nemen kan nu niet.</source>
        <translation>A decision cannot be taken now.</translation>
    </message>
    <message>
        <source>Een besluit nemen kan nu niet: %s.</source>
        <translation>A decision cannot be taken now: %s.</translation>
    </message>
    <message>
        <source>%s Leg de zaak aan hen voor, of kies met een motivering een andere maatregel.</source>
        <translation>%s Put the case to them, or choose a different measure and give your reasons.</translation>
    </message>
    <message>
        <source>Er kan nu geen besluit worden genomen.</source>
        <translation>No decision can be taken now.</translation>
    </message>
    <message>
        <source>Voornemen vastleggen</source>
        <translation>Record intended decision</translation>
    </message>
    <message>
        <source>De zienswijze is ontvangen (de termijn loopt tot en met %s)</source>
        <translation>The written response has been received (the period runs up to and including %s)</translation>
    </message>
    <message>
        <source>U legt het voornemen &apos;%s&apos; voor %s vast. De zienswijzetermijn gaat vandaag in.</source>
        <translation>You are recording the intended decision &apos;%s&apos; for %s. The period for a written response starts today.</translation>
    </message>
    <message>
        <source>U besluit tot &apos;%s&apos; voor %s. Een besluit wordt niet overschreven; een correctie is een nieuw besluit.</source>
        <translation>You are deciding on &apos;%s&apos; for %s. A decision is never overwritten; a correction is a new decision.</translation>
    </message>
    <message>
        <source>Doorgaan?</source>
        <translation>Continue?</translation>
    </message>
    <message>
        <source>%s of %s</source>
        <translation>%s or %s</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>De personen zijn geïmporteerd.</source>
        <translation>The people have been imported.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Bewijs toevoegen aan zaak %s</source>
        <translation>Add evidence to case %s</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>bekend:</source>
        <translation>known:</translation>
    </message>
    <message>
        <source>https://… (niet verplicht)</source>
        <translation>https://… (optional)</translation>
    </message>
    <message>
        <source>bijv. @gebruikersnaam (niet verplicht)</source>
        <translation>e.g. @username (optional)</translation>
    </message>
    <message>
        <source>bijv. screenshot aangeleverd door de melder</source>
        <translation>e.g. screenshot supplied by the reporter</translation>
    </message>
    <message>
        <source>Vastgelegd op</source>
        <translation>Captured on</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Internetadres</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Wat u hieronder invult geldt voor alle bestanden hierboven. Het bestand wordt versleuteld in het dossier bewaard, met een vingerafdruk (SHA-256) waaraan te zien is dat het niet veranderd is.</source>
        <translation>What you fill in below applies to all the files above. Each file is stored encrypted in the dossier, with a fingerprint (SHA-256) that shows it has not been changed.</translation>
    </message>
</context>
<context>
    <name>EvidenceFileList</name>
    <message>
        <source>Sleep screenshots hierheen of kies &apos;Bestanden toevoegen…&apos; (tot %d MB).</source>
        <translation>Drag screenshots here or choose &apos;Add files…&apos; (up to %d MB).</translation>
    </message>
    <message>
        <source>Bestanden toevoegen…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Bewijs kiezen</source>
        <translation>Choose evidence</translation>
    </message>
    <message>
        <source>Het bestand %s kon niet worden gelezen (%s).</source>
        <translation>The file %s could not be read (%s).</translation>
    </message>
    <message>
        <source>%s staat al in de lijst (zelfde inhoud).</source>
        <translation>%s is already in the list (same content).</translation>
    </message>
    <message>
        <source>Alleen bestanden van deze computer kunnen bewijs zijn, geen internetadressen. Sla het eerst op (bijvoorbeeld als screenshot) en sleep dat bestand hierheen.</source>
        <translation>Only files on this computer can be evidence, not web addresses. Save it first (for example as a screenshot) and drag that file here.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Bewijs toevoegen…</source>
        <translation>Add evidence…</translation>
    </message>
    <message>
        <source>U kunt bestanden ook hierheen slepen.</source>
        <translation>You can also drag files here.</translation>
    </message>
    <message>
        <source>Er is nog geen bewijs bij deze zaak.</source>
        <translation>There is no evidence in this case yet.</translation>
    </message>
    <message>
        <source>Kies links een bestand.</source>
        <translation>Choose a file on the left.</translation>
    </message>
    <message>
        <source>Van dit soort bestand (%s) is geen voorbeeld te zien.</source>
        <translation>No preview is available for this type of file (%s).</translation>
    </message>
    <message>
        <source>Het beeld wordt geladen…</source>
        <translation>Loading the image…</translation>
    </message>
    <message>
        <source>Dit beeld kan niet worden getoond.</source>
        <translation>This image cannot be displayed.</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Vastgelegd op</source>
        <translation>Captured on</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Internetadres</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Toegevoegd op</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Bewijs kiezen</source>
        <translation>Choose evidence</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>de persoon</source>
        <translation>the person</translation>
    </message>
    <message>
        <source>een overtreding</source>
        <translation>a violation</translation>
    </message>
    <message>
        <source>een omschrijving</source>
        <translation>a description</translation>
    </message>
    <message>
        <source>een juiste tijd</source>
        <translation>a valid time</translation>
    </message>
    <message>
        <source>Kies de persoon over wie de melding gaat: typ een deel van de naam en kies uit de lijst.</source>
        <translation>Choose the person the report is about: type part of the name and choose from the list.</translation>
    </message>
    <message>
        <source>Niemand gevonden bij &apos;%s&apos;. Controleer de spelling, of zoek op leerlingnummer.</source>
        <translation>Nobody found for &apos;%s&apos;. Check the spelling, or search by student number.</translation>
    </message>
    <message>
        <source>Kies de persoon uit de lijst die onder het veld verschijnt.</source>
        <translation>Choose the person from the list that appears below the field.</translation>
    </message>
    <message>
        <source>Een melding over een medewerker maakt P&amp;O (hr) of de directie; met uw rol kan dat hier niet.</source>
        <translation>A report about a staff member is made by HR or management; your role cannot do that here.</translation>
    </message>
    <message>
        <source>Een melding over een leerling, ouder of iemand van buiten maakt de teamleider of de directie; met uw rol kan dat hier niet.</source>
        <translation>A report about a student, a parent or someone from outside the school is made by the team leader or management; your role cannot do that here.</translation>
    </message>
    <message>
        <source>Kies minstens één overtreding uit de lijst.</source>
        <translation>Choose at least one violation from the list.</translation>
    </message>
    <message>
        <source>Beschrijf wat er is gebeurd (minstens %d tekens).</source>
        <translation>Describe what happened (at least %d characters).</translation>
    </message>
    <message>
        <source>Schrijf iets meer: minstens %d tekens (nu %d).</source>
        <translation>Write a little more: at least %d characters (now %d).</translation>
    </message>
    <message>
        <source>De omschrijving is te lang: %d tekens, het maximum is %d.</source>
        <translation>The description is too long: %d characters, the maximum is %d.</translation>
    </message>
    <message>
        <source>Schrijf de tijd als uu:mm, bijvoorbeeld 14:35, of laat het veld leeg.</source>
        <translation>Write the time as hh:mm, for example 14:35, or leave the field empty.</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Aantal zaken</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Per overtreding (een zaak met meer overtredingen telt bij elk)</source>
        <translation>Per violation (a case with several violations counts under each)</translation>
    </message>
    <message>
        <source>Geen overtredingen geregistreerd</source>
        <translation>No violations recorded</translation>
    </message>
    <message>
        <source>Per team</source>
        <translation>Per team</translation>
    </message>
    <message>
        <source>Per maatregel (laatste besluit; een voornemen telt niet)</source>
        <translation>Per measure (latest decision; an intended decision does not count)</translation>
    </message>
    <message>
        <source>Zonder besluit</source>
        <translation>Without a decision</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Zaken in de periode</source>
        <translation>Cases in the period</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Kies de CSV-export met leerlingen, ouders of medewerkers. Alles of niets: heeft het bestand een fout, dan wordt niets geïmporteerd.</source>
        <translation>Choose the CSV export with students, parents or staff. All or nothing: if the file contains an error, nothing is imported.</translation>
    </message>
    <message>
        <source>Kies een .csv-bestand</source>
        <translation>Choose a .csv file</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Zoals het bestand aangeeft</source>
        <translation>As stated in the file</translation>
    </message>
    <message>
        <source>Export uit</source>
        <translation>Export from</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Wie staan erin</source>
        <translation>Who is in it</translation>
    </message>
    <message>
        <source>Magister: Leerlingen &gt; Exporteren &gt; CSV. Somtoday: Leerlingen &gt; Exporteren. Heeft het bestand geen kolom &apos;soort&apos;, kies dan hierboven wie erin staan (bij een leerling- of personeelsnummer ziet het programma dat zelf).</source>
        <translation>Magister: Leerlingen &gt; Exporteren &gt; CSV. Somtoday: Leerlingen &gt; Exporteren. If the file has no &apos;soort&apos; (type) column, choose above who is in it (from a student or staff number the program can tell by itself).</translation>
    </message>
    <message>
        <source>CSV-export kiezen</source>
        <translation>Choose CSV export</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Casemanager — eerste start</source>
        <translation>Casemanager — first start</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Get started</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>HearingPanel</name>
    <message>
        <source>Hoorgesprek plannen…</source>
        <translation>Plan hearing…</translation>
    </message>
    <message>
        <source>Verslag vastleggen…</source>
        <translation>Record minutes…</translation>
    </message>
    <message>
        <source>Uitnodiging maken</source>
        <translation>Create invitation</translation>
    </message>
    <message>
        <source>Maakt de uitnodigingsbrief voor het geplande hoorgesprek.</source>
        <translation>Creates the letter of invitation to the planned hearing.</translation>
    </message>
    <message>
        <source>Er is nog geen hoorgesprek gepland.</source>
        <translation>No hearing has been planned yet.</translation>
    </message>
    <message>
        <source>Voor de voorgestelde maatregel (%s) is een hoorgesprek niet verplicht, maar wel mogelijk.</source>
        <translation>For the proposed measure (%s) a hearing is not required, but it is possible.</translation>
    </message>
    <message>
        <source>Het verplichte hoorgesprek is gehouden.</source>
        <translation>The required hearing has been held.</translation>
    </message>
    <message>
        <source>Voor de voorgestelde maatregel (%s) is een hoorgesprek verplicht vóór het besluit.</source>
        <translation>For the proposed measure (%s) a hearing is required before the decision.</translation>
    </message>
    <message>
        <source>Waar: %s</source>
        <translation>Where: %s</translation>
    </message>
    <message>
        <source>Wie: </source>
        <translation>Who: </translation>
    </message>
    <message>
        <source>Gehouden op %s</source>
        <translation>Held on %s</translation>
    </message>
    <message>
        <source>Nog geen verslag vastgelegd.</source>
        <translation>No minutes recorded yet.</translation>
    </message>
    <message>
        <source>De uitnodiging wordt gemaakt…</source>
        <translation>Creating the invitation…</translation>
    </message>
    <message>
        <source>De uitnodiging is niet gemaakt.</source>
        <translation>The invitation has not been created.</translation>
    </message>
    <message>
        <source>1 brief gemaakt; hij staat als concept klaar.</source>
        <translation>1 letter created; it is ready as a draft.</translation>
    </message>
    <message>
        <source>%d brieven gemaakt; ze staan als concept klaar.</source>
        <translation>%d letters created; they are ready as drafts.</translation>
    </message>
</context>
<context>
    <name>HoldHearingDialog</name>
    <message>
        <source>Verslag van het hoorgesprek</source>
        <translation>Minutes of the hearing</translation>
    </message>
    <message>
        <source>Verslag vastleggen</source>
        <translation>Record minutes</translation>
    </message>
    <message>
        <source>Gepland op %s</source>
        <translation>Planned for %s</translation>
    </message>
    <message>
        <source>Gehouden op</source>
        <translation>Held on</translation>
    </message>
</context>
<context>
    <name>ImportAction</name>
    <message>
        <source>toegevoegd</source>
        <translation>added</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>overgeslagen</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Personen importeren</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>&lt; Vorige</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Volgende &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Alles importeren</source>
        <translation>Import all</translation>
    </message>
    <message>
        <source>Het bestand controleren…</source>
        <translation>Checking the file…</translation>
    </message>
</context>
<context>
    <name>LeakListModel</name>
    <message>
        <source>Ontdekt</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Wat er gebeurde</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Gemeld bij AP</source>
        <translation>Reported to AP</translation>
    </message>
    <message>
        <source>Meldingsnummer</source>
        <translation>Report number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uiterlijk melden: {moment}</source>
        <translation>Report by: {moment}</translation>
    </message>
</context>
<context>
    <name>LeaksPage</name>
    <message>
        <source>Datalekken</source>
        <translation>Data breaches</translation>
    </message>
    <message>
        <source>Mogelijk datalek registreren…</source>
        <translation>Register possible data breach…</translation>
    </message>
    <message>
        <source>Het gekozen datalek</source>
        <translation>The selected data breach</translation>
    </message>
    <message>
        <source>Beoordelen…</source>
        <translation>Assess…</translation>
    </message>
    <message>
        <source>{leaks}, waarvan {waiting} nog te beoordelen</source>
        <translation>{leaks}, {waiting} of them still to be assessed</translation>
    </message>
    <message>
        <source>datalek</source>
        <translation>data breach</translation>
    </message>
    <message>
        <source>datalekken</source>
        <translation>data breaches</translation>
    </message>
    <message>
        <source>Ontdekt {moment}</source>
        <translation>Discovered {moment}</translation>
    </message>
    <message>
        <source>betrokken persoon</source>
        <translation>person affected</translation>
    </message>
    <message>
        <source>betrokkenen</source>
        <translation>people affected</translation>
    </message>
    <message>
        <source>gegevens: {kinds}</source>
        <translation>data: {kinds}</translation>
    </message>
    <message>
        <source>Uiterlijk melden bij de AP: {deadline} — {left}</source>
        <translation>Report to the AP by: {deadline} — {left}</translation>
    </message>
    <message>
        <source>Gemeld bij de Autoriteit Persoonsgegevens op {moment}, meldingsnummer {ref}.</source>
        <translation>Reported to the Dutch Data Protection Authority on {moment}, report number {ref}.</translation>
    </message>
    <message>
        <source>Besloten op {moment}: niet melden bij de Autoriteit Persoonsgegevens.</source>
        <translation>Decided on {moment}: not to report to the Dutch Data Protection Authority.</translation>
    </message>
    <message>
        <source>Motivering: {text}</source>
        <translation>Reasons: {text}</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>&lt;b&gt;Voorbeeld&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, aangetekend</source>
        <translation>, by registered mail</translation>
    </message>
    <message>
        <source>Het voorbeeld wordt bijgewerkt…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <source>Zo ziet een brief eruit met de gegevens links, ook als ze nog niet zijn opgeslagen. De leerling en de zaak zijn verzonnen.</source>
        <translation>This is how a letter looks with the details on the left, even before they are saved. The student and the case are fictitious.</translation>
    </message>
    <message>
        <source>Het voorbeeld kon niet worden gemaakt. %s</source>
        <translation>The preview could not be created. %s</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Brieven – zaak %s</source>
        <translation>Letters – case %s</translation>
    </message>
    <message>
        <source>Vrijgeven voor de administratie</source>
        <translation>Release to the office</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Opslaan als Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Bij dit besluit horen geen brieven.</source>
        <translation>There are no letters for this decision.</translation>
    </message>
    <message>
        <source>Even geduld: de brief wordt nog afgedrukt.</source>
        <translation>Please wait: the letter is still being printed.</translation>
    </message>
    <message>
        <source>, aangetekend</source>
        <translation>, by registered mail</translation>
    </message>
    <message>
        <source>aan %s</source>
        <translation>to %s</translation>
    </message>
    <message>
        <source>versie %d · %s</source>
        <translation>version %d · %s</translation>
    </message>
    <message>
        <source>verzonden (%s)</source>
        <translation>sent (%s)</translation>
    </message>
    <message>
        <source>vrijgegeven voor de administratie</source>
        <translation>released to the office</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>%s · %s · gemaakt op %s door %s</source>
        <translation>%s · %s · created on %s by %s</translation>
    </message>
    <message>
        <source>De administratie drukt de brief af en verstuurt hem.</source>
        <translation>The office prints the letter and sends it.</translation>
    </message>
    <message>
        <source>Kies eerst een brief.</source>
        <translation>Choose a letter first.</translation>
    </message>
    <message>
        <source>Alleen wie aan de zaak werkt, kan een brief vrijgeven.</source>
        <translation>Only someone working on the case can release a letter.</translation>
    </message>
    <message>
        <source>De samenvatting voor de aangifte gaat niet per post; sla haar op als PDF.</source>
        <translation>The summary for the police report is not sent by post; save it as a PDF.</translation>
    </message>
    <message>
        <source>Deze brief is al vrijgegeven voor de administratie (op %s).</source>
        <translation>This letter has already been released to the office (on %s).</translation>
    </message>
    <message>
        <source>Er is een nieuwere versie van deze brief; geef die vrij.</source>
        <translation>There is a newer version of this letter; release that one.</translation>
    </message>
    <message>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%d pagina&apos;s</source>
        <translation>%d pages</translation>
    </message>
    <message>
        <source>Brief vrijgeven</source>
        <translation>Release letter</translation>
    </message>
    <message>
        <source>De administratie ziet de brief aan %s dan in de afdrukwachtrij, drukt hem af en verstuurt hem. Vrijgeven kan niet ongedaan worden gemaakt.

Doorgaan?</source>
        <translation>The office will then see the letter to %s in the print queue, print it and send it. Releasing cannot be undone.

Continue?</translation>
    </message>
    <message>
        <source>De brief staat klaar bij de administratie.</source>
        <translation>The letter is ready at the office.</translation>
    </message>
    <message>
        <source>Nog één brief vrij te geven</source>
        <translation>One more letter to release</translation>
    </message>
    <message>
        <source>Nog %d brieven vrij te geven</source>
        <translation>%d more letters to release</translation>
    </message>
    <message>
        <source>De brief staat klaar bij de administratie. %s; de volgende is gekozen.</source>
        <translation>The letter is ready at the office. %s; the next one has been selected.</translation>
    </message>
    <message>
        <source>Opgeslagen als %s.</source>
        <translation>Saved as %s.</translation>
    </message>
    <message>
        <source>Bezig met afdrukken…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>%s naar de printer gestuurd.</source>
        <translation>%s sent to the printer.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Het dossier is vergrendeld</source>
        <translation>The dossier is locked</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Alleen {0} ({1}) kan het dossier weer openen. Uw werk staat klaar.</source>
        <translation>Only {0} ({1}) can open the dossier again. Your work is waiting for you.</translation>
    </message>
    <message>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>directie</source>
        <translation>management</translation>
    </message>
    <message>
        <source>teamleider</source>
        <translation>team leader</translation>
    </message>
    <message>
        <source>P&amp;O (hr)</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>administratie</source>
        <translation>office</translation>
    </message>
    <message>
        <source>beheerder</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Casemanager</source>
        <translation>Casemanager</translation>
    </message>
    <message>
        <source>Te doen</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Alle zaken</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Uw account heeft geen rol met onderdelen. Vraag de beheerder om een rol.</source>
        <translation>Your account has no role with any sections. Ask the administrator for a role.</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Nieuwe melding</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>De back-up is teruggezet. Meld u opnieuw aan om ermee te werken.</source>
        <translation>The backup has been restored. Sign in again to work with it.</translation>
    </message>
    <message>
        <source>Aangemeld als {0} ({1}) · {2}</source>
        <translation>Signed in as {0} ({1}) · {2}</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Rapportage</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>{n} brieven als verzonden markeren</source>
        <translation>Mark {n} letters as sent</translation>
    </message>
    <message>
        <source>Brief als verzonden markeren</source>
        <translation>Mark letter as sent</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Per post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Aangetekend</source>
        <translation>By registered mail</translation>
    </message>
    <message>
        <source>Per e-mail</source>
        <translation>By email</translation>
    </message>
    <message>
        <source>Afgegeven (persoonlijk overhandigd)</source>
        <translation>Delivered (handed over in person)</translation>
    </message>
    <message>
        <source>Typ of scan bij elke brief de barcode van het verzendbewijs van PostNL.</source>
        <translation>For each letter, type or scan the barcode on the PostNL proof of postage.</translation>
    </message>
    <message>
        <source>De barcode staat op het verzendbewijs van PostNL.</source>
        <translation>The barcode is on the PostNL proof of postage.</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Verzonden op</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Hoe verstuurd</source>
        <translation>How sent</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>{title} aan {to}, zaak {number}</source>
        <translation>{title} to {to}, case {number}</translation>
    </message>
    <message>
        <source>Deze brief moet aangetekend worden verstuurd.</source>
        <translation>This letter must be sent by registered mail.</translation>
    </message>
    <message>
        <source>Deze brieven moeten aangetekend worden verstuurd.</source>
        <translation>These letters must be sent by registered mail.</translation>
    </message>
    <message>
        <source>1 van deze {total} brieven moet aangetekend worden verstuurd.</source>
        <translation>1 of these {total} letters must be sent by registered mail.</translation>
    </message>
    <message>
        <source>{n} van deze {total} brieven moeten aangetekend worden verstuurd.</source>
        <translation>{n} of these {total} letters must be sent by registered mail.</translation>
    </message>
    <message>
        <source>De verzenddatum ligt vóór de vrijgave op {day}.</source>
        <translation>The date of sending is before the release on {day}.</translation>
    </message>
    <message>
        <source>Vul de barcode van het verzendbewijs in: 9 tot 40 letters en cijfers, bijvoorbeeld 3SABCD1234567.</source>
        <translation>Enter the barcode on the proof of postage: 9 to 40 letters and digits, for example 3SABCD1234567.</translation>
    </message>
    <message>
        <source>Vul bij elke brief de barcode in (9 tot 40 letters en cijfers); bij {n} van de {total} ontbreekt hij of klopt hij niet.</source>
        <translation>Enter the barcode for each letter (9 to 40 letters and digits); for {n} of the {total} it is missing or incorrect.</translation>
    </message>
    <message>
        <source>Elke brief heeft een eigen barcode; er staan er twee gelijk.</source>
        <translation>Each letter has its own barcode; two of them are the same.</translation>
    </message>
    <message>
        <source>Brief aan {to} (zaak {number}): {message} Er is niets vastgelegd.</source>
        <translation>Letter to {to} (case {number}): {message} Nothing has been recorded.</translation>
    </message>
</context>
<context>
    <name>NewDossierPage</name>
    <message>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>De school, waar het dossier komt, en de eerste beheerder.</source>
        <translation>The school, where the dossier will be stored, and the first administrator.</translation>
    </message>
    <message>
        <source>Dossier aanmaken</source>
        <translation>Create dossier</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Bestandsnaam</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Naam van de school</source>
        <translation>Name of the school</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Gebruikersnaam beheerder</source>
        <translation>Administrator&apos;s username</translation>
    </message>
    <message>
        <source>Naam beheerder</source>
        <translation>Administrator&apos;s name</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Wachtwoord nogmaals</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Map voor het dossier</source>
        <translation>Folder for the dossier</translation>
    </message>
    <message>
        <source>te kort (minstens 10 tekens)</source>
        <translation>too short (at least 10 characters)</translation>
    </message>
    <message>
        <source>redelijk</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>goed</source>
        <translation>good</translation>
    </message>
    <message>
        <source>sterk</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>Sterkte van het wachtwoord: {0}</source>
        <translation>Password strength: {0}</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Correctie toevoegen</source>
        <translation>Add correction</translation>
    </message>
    <message>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Kort: waar gaat de notitie over?</source>
        <translation>Briefly: what is the note about?</translation>
    </message>
    <message>
        <source>Toelichting (niet verplicht)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <source>Correctie: %s</source>
        <translation>Correction: %s</translation>
    </message>
    <message>
        <source>Wat klopt er niet, en wat is juist?</source>
        <translation>What is wrong, and what is correct?</translation>
    </message>
    <message>
        <source>&apos;%s&apos; blijft staan zoals het is; deze correctie komt erbij en verwijst ernaar.</source>
        <translation>&apos;%s&apos; stays as it is; this correction is added and refers to it.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Er zijn geen meldingen verschuldigd.</source>
        <translation>No notifications are due.</translation>
    </message>
    <message>
        <source>kenmerk (niet verplicht)</source>
        <translation>reference (optional)</translation>
    </message>
    <message>
        <source>Vink aan zodra de melding is gedaan; de datum wordt vandaag.</source>
        <translation>Tick as soon as the notification has been made; the date will be set to today.</translation>
    </message>
    <message>
        <source>gedaan op %s</source>
        <translation>done on %s</translation>
    </message>
    <message>
        <source>, kenmerk %s</source>
        <translation>, reference %s</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>te laat: uiterlijk %s</source>
        <translation>overdue: due by %s</translation>
    </message>
    <message>
        <source>uiterlijk %s</source>
        <translation>due by %s</translation>
    </message>
</context>
<context>
    <name>ObjectionPanel</name>
    <message>
        <source>Ongegrond: het besluit blijft staan</source>
        <translation>Unfounded: the decision stands</translation>
    </message>
    <message>
        <source>Deels gegrond: een nieuw besluit volgt</source>
        <translation>Partly well-founded: a new decision follows</translation>
    </message>
    <message>
        <source>Gegrond: het besluit vervalt</source>
        <translation>Well-founded: the decision is revoked</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Bekendmaking vastleggen</source>
        <translation>Record notice of decision</translation>
    </message>
    <message>
        <source>Bezwaar vastleggen…</source>
        <translation>Record objection…</translation>
    </message>
    <message>
        <source>Beslissing op bezwaar…</source>
        <translation>Decision on objection…</translation>
    </message>
    <message>
        <source>Waartegen maakt de indiener bezwaar, en waarom?</source>
        <translation>What is the objector objecting to, and why?</translation>
    </message>
    <message>
        <source>Bezwaar vastleggen</source>
        <translation>Record objection</translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Gronden</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>De beslissing en haar motivering</source>
        <translation>The decision and its reasons</translation>
    </message>
    <message>
        <source>Beslissing vastleggen</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Bekendgemaakt op</source>
        <translation>Notice given on</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Schrijf minstens %d tekens.</source>
        <translation>Write at least %d characters.</translation>
    </message>
    <message>
        <source>Het besluit is bekendgemaakt op %s.</source>
        <translation>Notice of the decision was given on %s.</translation>
    </message>
    <message>
        <source>De bezwaartermijn loopt tot en met %s.</source>
        <translation>The objection period runs up to and including %s.</translation>
    </message>
    <message>
        <source>Leg vast op welke dag het besluit is bekendgemaakt (brief verstuurd of overhandigd); dan gaat de bezwaartermijn van %d weken in.</source>
        <translation>Record the day on which notice of the decision was given (letter sent or handed over); the objection period of %d weeks then starts.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bezwaar ontvangen op %s&lt;/b&gt;: %s</source>
        <translation>&lt;b&gt;Objection received on %s&lt;/b&gt;: %s</translation>
    </message>
    <message>
        <source>Beslist op %s: %s. %s</source>
        <translation>Decided on %s: %s. %s</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Betrokkene toevoegen…</source>
        <translation>Add party involved…</translation>
    </message>
    <message>
        <source>Wat is er gebeurd?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>Overtreding van het protocol</source>
        <translation>Violation of the protocol</translation>
    </message>
    <message>
        <source>Betrokkenen</source>
        <translation>Parties involved</translation>
    </message>
    <message>
        <source>artikel %s van het protocol</source>
        <translation>article %s of the protocol</translation>
    </message>
    <message>
        <source>over wie de melding gaat (%s)</source>
        <translation>who the report is about (%s)</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Zoek nog iemand (naam of nummer)…</source>
        <translation>Search for someone else (name or number)…</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>als</source>
        <translation>as</translation>
    </message>
    <message>
        <source>%s is de persoon over wie de melding gaat. Die kan hier alleen als melder staan.</source>
        <translation>%s is the person the report is about and can only be listed here as the reporter.</translation>
    </message>
    <message>
        <source>%s staat al in de lijst als %s.</source>
        <translation>%s is already in the list as %s.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Wachtwoord herstellen met de herstelsleutel</source>
        <translation>Reset password with the recovery key</translation>
    </message>
    <message>
        <source>Wachtwoord instellen</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Typ de herstelsleutel over zoals hij is afgedrukt toen het dossier werd aangemaakt: acht groepen van vier letters en cijfers. Hoofd- of kleine letters en streepjes maken niet uit. Daarna krijgt %s het nieuwe wachtwoord.</source>
        <translation>Type in the recovery key exactly as it was printed when the dossier was created: eight groups of four letters and digits. Upper or lower case and hyphens do not matter. %s then gets the new password.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>%s meldt voortaan aan met dit wachtwoord. Geef het persoonlijk door en vraag om daarna zelf een ander te kiezen.</source>
        <translation>From now on %s signs in with this password. Pass it on in person and ask them to choose a different one afterwards.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Nogmaals</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>te kort (minstens 10 tekens)</source>
        <translation>too short (at least 10 characters)</translation>
    </message>
    <message>
        <source>redelijk</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>goed</source>
        <translation>good</translation>
    </message>
    <message>
        <source>sterk</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>Sterkte: %s. Een zin van een paar woorden is sterk en goed te onthouden.</source>
        <translation>Strength: %s. A sentence of a few words is strong and easy to remember.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Dit schooljaar</source>
        <translation>This school year</translation>
    </message>
    <message>
        <source>Vorig schooljaar</source>
        <translation>Last school year</translation>
    </message>
    <message>
        <source>Laatste 12 maanden</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Andere periode</source>
        <translation>Other period</translation>
    </message>
    <message>
        <source>Van (datum van het incident)</source>
        <translation>From (date of the incident)</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Alle teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>PersonFilterBar</name>
    <message>
        <source>Zoeken op naam of nummer… (Ctrl+F)</source>
        <translation>Search by name or number… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoeken in personen</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Alle teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Actief of vertrokken</source>
        <translation>Active or left</translation>
    </message>
    <message>
        <source>Actief en vertrokken</source>
        <translation>Active and left</translation>
    </message>
    <message>
        <source>Alleen actief</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>Alleen vertrokken</source>
        <translation>Left only</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Alle filters en de zoektekst wissen</source>
        <translation>Clear all filters and the search text</translation>
    </message>
    <message>
        <source>Alle klassen</source>
        <translation>All classes</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>vertrokken</source>
        <translation>left</translation>
    </message>
    <message>
        <source>actief, tot {date}</source>
        <translation>active, until {date}</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Nummer: {number}</source>
        <translation>Number: {number}</translation>
    </message>
    <message>
        <source>Klas en team: {where}</source>
        <translation>Class and team: {where}</translation>
    </message>
    <message>
        <source>Vertrokken op {date}</source>
        <translation>Left on {date}</translation>
    </message>
    <message>
        <source>Enter of dubbelklik: persoon openen</source>
        <translation>Enter or double-click: open person</translation>
    </message>
</context>
<context>
    <name>PersonListPage</name>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Personen importeren…</source>
        <translation>Import people…</translation>
    </message>
    <message>
        <source>Leerlingen, ouders of medewerkers inlezen uit een CSV-export van Magister of Somtoday</source>
        <translation>Read in students, parents or staff from a Magister or Somtoday CSV export</translation>
    </message>
    <message>
        <source>Met uw rol kunt u geen personen inzien.</source>
        <translation>Your role does not allow you to view people.</translation>
    </message>
    <message>
        <source>{number}+ personen, tellen…</source>
        <translation>{number}+ people, counting…</translation>
    </message>
    <message>
        <source>Er staan nog geen personen in het dossier die u mag zien.</source>
        <translation>There are no people in the dossier yet that you are allowed to see.</translation>
    </message>
    <message>
        <source>Geen personen gevonden.
Pas de filters aan of wis de zoektekst.</source>
        <translation>No people found.
Adjust the filters or clear the search text.</translation>
    </message>
    <message>
        <source>Geen personen</source>
        <translation>No people</translation>
    </message>
    <message>
        <source>1 persoon</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{number} personen</source>
        <translation>{number} people</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Typ een deel van de naam of het leerlingnummer…</source>
        <translation>Type part of the name or the student number…</translation>
    </message>
    <message>
        <source>Niemand gevonden bij &apos;%s&apos;</source>
        <translation>Nobody found for &apos;%s&apos;</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Alle personen</source>
        <translation>All people</translation>
    </message>
    <message>
        <source>Terug naar de lijst (Alt+Links)</source>
        <translation>Back to the list (Alt+Left)</translation>
    </message>
    <message>
        <source>Inzage exporteren…</source>
        <translation>Export subject access…</translation>
    </message>
    <message>
        <source>Alles wat het dossier over deze persoon bevat opslaan als JSON en PDF (inzageverzoek, AVG artikel 15)</source>
        <translation>Save everything the dossier contains about this person as JSON and PDF (subject access request, GDPR Article 15)</translation>
    </message>
    <message>
        <source>Persoon niet te tonen</source>
        <translation>Person cannot be shown</translation>
    </message>
    <message>
        <source>nr. {number}</source>
        <translation>no. {number}</translation>
    </message>
    <message>
        <source>vertrokken op {date}</source>
        <translation>left on {date}</translation>
    </message>
    <message>
        <source>Met uw rol ziet u geen zaken of maatregelen.</source>
        <translation>With your role you cannot see cases or measures.</translation>
    </message>
    <message>
        <source>Map kiezen voor het inzage-overzicht</source>
        <translation>Choose a folder for the subject access report</translation>
    </message>
    <message>
        <source>Inzage opgeslagen</source>
        <translation>Subject access report saved</translation>
    </message>
    <message>
        <source>Het inzage-overzicht is opgeslagen in {folder}:

{names}</source>
        <translation>The subject access report has been saved in {folder}:

{names}</translation>
    </message>
    <message>
        <source>Inzage-overzicht maken…</source>
        <translation>Creating subject access report…</translation>
    </message>
</context>
<context>
    <name>PlanHearingDialog</name>
    <message>
        <source>Hoorgesprek plannen</source>
        <translation>Plan hearing</translation>
    </message>
    <message>
        <source>Plannen</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Het gesprek is al gehouden: ik leg nu ook het verslag vast</source>
        <translation>The hearing has already taken place: I am recording the minutes now as well</translation>
    </message>
    <message>
        <source>bijv. kamer van de teamleider</source>
        <translation>e.g. the team leader&apos;s office</translation>
    </message>
    <message>
        <source>ouders/verzorgers</source>
        <translation>parents/carers</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Wie zijn erbij</source>
        <translation>Who will attend</translation>
    </message>
    <message>
        <source>De zaak krijgt de status &apos;hoorgesprek&apos;. Daarna kunt u de uitnodigingsbrief maken.</source>
        <translation>The case gets the status &apos;hearing&apos;. You can then create the letter of invitation.</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>PolicyChanges</name>
    <message>
        <source>Naam: &apos;%s&apos; → &apos;%s&apos;</source>
        <translation>Name: &apos;%s&apos; → &apos;%s&apos;</translation>
    </message>
    <message>
        <source>Versie: %s → %s</source>
        <translation>Version: %s → %s</translation>
    </message>
    <message>
        <source>Overtredingen</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Treden van de ladder %s</source>
        <translation>Steps of ladder %s</translation>
    </message>
    <message>
        <source>Briefsoorten</source>
        <translation>Letter types</translation>
    </message>
    <message>
        <source>Vakanties: %d, waren %d</source>
        <translation>Holidays: %d, previously %d</translation>
    </message>
    <message>
        <source>Engelse teksten: %d nieuw of gewijzigd, %d vervallen</source>
        <translation>English texts: %d new or changed, %d removed</translation>
    </message>
    <message>
        <source>%d nieuw (%s)</source>
        <translation>%d new (%s)</translation>
    </message>
    <message>
        <source>%d vervallen (%s)</source>
        <translation>%d removed (%s)</translation>
    </message>
    <message>
        <source>%d gewijzigd (%s)</source>
        <translation>%d changed (%s)</translation>
    </message>
</context>
<context>
    <name>PolicyFormatter</name>
    <message>
        <source>Inspectie</source>
        <translation>Education Inspectorate</translation>
    </message>
    <message>
        <source>leerplichtambtenaar</source>
        <translation>compulsory education officer</translation>
    </message>
    <message>
        <source>ouders</source>
        <translation>parents</translation>
    </message>
    <message>
        <source>aangifte</source>
        <translation>police report</translation>
    </message>
    <message>
        <source>teamleider</source>
        <translation>team leader</translation>
    </message>
    <message>
        <source>P&amp;O</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>directie</source>
        <translation>management</translation>
    </message>
    <message>
        <source>%s t/m %s</source>
        <translation>%s to %s</translation>
    </message>
    <message>
        <source>Overtredingen</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Ladder: %s</source>
        <translation>Ladder: %s</translation>
    </message>
    <message>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Vakanties en vrije dagen</source>
        <translation>Holidays and days off</translation>
    </message>
    <message>
        <source>Geen.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Ga naar:</source>
        <translation>Go to:</translation>
    </message>
    <message>
        <source>pestprotocol</source>
        <translation>anti-bullying protocol</translation>
    </message>
    <message>
        <source>strafbaar</source>
        <translation>criminal offence</translation>
    </message>
    <message>
        <source>datalek</source>
        <translation>data breach</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Geldt voor</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Zwaarte</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Kenmerken</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>%d soorten overtredingen, elk met het artikel van het protocol.</source>
        <translation>%d types of violation, each with its article of the protocol.</translation>
    </message>
    <message>
        <source>Geldt voor: %s. Een overtreding begint bij: %s.</source>
        <translation>Applies to: %s. A violation starts at: %s.</translation>
    </message>
    <message>
        <source>Trede</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Besluit door</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>hoorgesprek verplicht</source>
        <translation>hearing required</translation>
    </message>
    <message>
        <source>eerst een voornemen, dan de zienswijze</source>
        <translation>first an intended decision, then the written response</translation>
    </message>
    <message>
        <source>ten hoogste %d schooldagen</source>
        <translation>at most %d school days</translation>
    </message>
    <message>
        <source>ten hoogste %d kalenderdagen</source>
        <translation>at most %d calendar days</translation>
    </message>
    <message>
        <source>duur in schooldagen</source>
        <translation>duration in school days</translation>
    </message>
    <message>
        <source>duur in kalenderdagen</source>
        <translation>duration in calendar days</translation>
    </message>
    <message>
        <source>brief aangetekend</source>
        <translation>letter by registered mail</translation>
    </message>
    <message>
        <source> (langer dan een dag)</source>
        <translation> (longer than one day)</translation>
    </message>
    <message>
        <source> (langer dan %d dagen)</source>
        <translation> (longer than %d days)</translation>
    </message>
    <message>
        <source> (bij minderjarigen)</source>
        <translation> (for minors)</translation>
    </message>
    <message>
        <source>Bezwaartermijn</source>
        <translation>Objection period</translation>
    </message>
    <message>
        <source>%d weken</source>
        <translation>%d weeks</translation>
    </message>
    <message>
        <source>Beslissen op een bezwaar</source>
        <translation>Deciding on an objection</translation>
    </message>
    <message>
        <source>binnen %d weken na de termijn</source>
        <translation>within %d weeks after the objection period</translation>
    </message>
    <message>
        <source>Zienswijze van een medewerker</source>
        <translation>Written response from a staff member</translation>
    </message>
    <message>
        <source>Aangifte doen</source>
        <translation>Filing a police report</translation>
    </message>
    <message>
        <source>binnen %d werkdagen na het besluit</source>
        <translation>within %d working days after the decision</translation>
    </message>
    <message>
        <source>Datalek beoordelen en zo nodig melden</source>
        <translation>Assessing a data breach and reporting it if necessary</translation>
    </message>
    <message>
        <source>binnen %d uur</source>
        <translation>within %d hours</translation>
    </message>
    <message>
        <source>Eerdere maatregelen tellen mee</source>
        <translation>Earlier measures taken into account</translation>
    </message>
    <message>
        <source>%d maanden terug</source>
        <translation>going back %d months</translation>
    </message>
    <message>
        <source>Hoorgesprek houden</source>
        <translation>Holding a hearing</translation>
    </message>
    <message>
        <source>binnen %d schooldagen</source>
        <translation>within %d school days</translation>
    </message>
    <message>
        <source>Einde van een maatregel in Te doen</source>
        <translation>End of a measure in To do</translation>
    </message>
    <message>
        <source>%d dagen vooraf</source>
        <translation>%d days in advance</translation>
    </message>
    <message>
        <source>Einde bezwaartermijn in Te doen</source>
        <translation>End of the objection period in To do</translation>
    </message>
    <message>
        <source>%d jaar na de laatste afgesloten zaak</source>
        <translation>%d years after the last closed case</translation>
    </message>
    <message>
        <source>Leerlingen</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>%d jaar na vertrek van school</source>
        <translation>%d years after leaving school</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>%d jaar na einde dienstverband</source>
        <translation>%d years after employment ends</translation>
    </message>
    <message>
        <source>Ouders en verzorgers</source>
        <translation>Parents and carers</translation>
    </message>
    <message>
        <source>Overigen</source>
        <translation>Others</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Beleid</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Eigen beleid laden…</source>
        <translation>Load custom policy…</translation>
    </message>
    <message>
        <source>Beleid exporteren…</source>
        <translation>Export policy…</translation>
    </message>
    <message>
        <source>Een eigen beleid is een tekstbestand (.toml). Begin met &apos;Beleid exporteren…&apos;: u krijgt het beleid waarmee dit dossier nu werkt, met de uitleg van elke instelling. Bij het laden wordt het bestand eerst gecontroleerd; bij een fout verandert er niets.</source>
        <translation>A school&apos;s own policy is a text file (.toml). Start with &apos;Export policy…&apos;: you get the policy this dossier works with now, with an explanation of every setting. When you load a file it is checked first; if it has an error, nothing changes.</translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Beleid exporteren</source>
        <translation>Export policy</translation>
    </message>
    <message>
        <source>Beleidsbestanden (*.toml)</source>
        <translation>Policy files (*.toml)</translation>
    </message>
    <message>
        <source>Het beleid staat in %s. Pas het aan en laad het daarna hier.</source>
        <translation>The policy is in %s. Edit it, then load it here.</translation>
    </message>
    <message>
        <source>Dit dossier werkt met het standaardbeleid: &lt;b&gt;%s&lt;/b&gt; (versie %s).</source>
        <translation>This dossier uses the default policy: &lt;b&gt;%s&lt;/b&gt; (version %s).</translation>
    </message>
    <message>
        <source>Dit dossier werkt met het eigen beleid van de school: &lt;b&gt;%s&lt;/b&gt; (versie %s).</source>
        <translation>This dossier uses the school&apos;s own policy: &lt;b&gt;%s&lt;/b&gt; (version %s).</translation>
    </message>
    <message>
        <source>Let op: het opgeslagen eigen beleid is ongeldig geworden en wordt niet gebruikt; zolang geldt het standaardbeleid. Laad een verbeterd bestand.
%s</source>
        <translation>Please note: the saved custom policy has become invalid and is not being used; until it is fixed, the default policy applies. Load a corrected file.
%s</translation>
    </message>
    <message>
        <source>Beleidsbestand kiezen</source>
        <translation>Choose policy file</translation>
    </message>
    <message>
        <source>Beleidsbestand (*.toml)</source>
        <translation>Policy file (*.toml)</translation>
    </message>
    <message>
        <source>%s wordt gecontroleerd…</source>
        <translation>Checking %s…</translation>
    </message>
    <message>
        <source>Het bestand is te groot voor een beleidsbestand (meer dan 2 MB).</source>
        <translation>The file is too large for a policy file (more than 2 MB).</translation>
    </message>
    <message>
        <source>Het bestand is geen tekst in UTF-8. Sla het beleid op als UTF-8 (in Kladblok: Opslaan als… → Codering: UTF-8) en kies het opnieuw.</source>
        <translation>The file is not UTF-8 text. Save the policy as UTF-8 (in Notepad: Save As… → Encoding: UTF-8) and choose it again.</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen (%s).</source>
        <translation>The file cannot be read (%s).</translation>
    </message>
    <message>
        <source>Briefsjabloon %s</source>
        <translation>Letter template %s</translation>
    </message>
    <message>
        <source>, regel %d</source>
        <translation>, line %d</translation>
    </message>
    <message>
        <source>Regel %d</source>
        <translation>Line %d</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%s is niet geladen: er is 1 probleem.</source>
        <translation>%s has not been loaded: there is 1 problem.</translation>
    </message>
    <message>
        <source>%s is niet geladen: er zijn %d problemen.</source>
        <translation>%s has not been loaded: there are %d problems.</translation>
    </message>
    <message>
        <source>Er is niets veranderd. Verbeter het bestand en laad het opnieuw.</source>
        <translation>Nothing has been changed. Correct the file and load it again.</translation>
    </message>
    <message>
        <source>Het bestand is inhoudelijk gelijk aan het huidige beleid.</source>
        <translation>The content of the file is the same as the current policy.</translation>
    </message>
    <message>
        <source>%s is in orde: &apos;%s&apos; (versie %s).

Wat verandert:
%s</source>
        <translation>%s is in order: &apos;%s&apos; (version %s).

What changes:
%s</translation>
    </message>
    <message>
        <source>Voor deze briefsoorten is nog geen sjabloon: %s. Brieven van die soort kunnen pas worden gemaakt als er een sjabloon voor is.</source>
        <translation>There is no template yet for these letter types: %s. Letters of those types can only be created once there is a template for them.</translation>
    </message>
    <message>
        <source>Nieuwe zaken en voorstellen volgen dan dit beleid. Opslaan?</source>
        <translation>New cases and proposals will then follow this policy. Save?</translation>
    </message>
    <message>
        <source>Eigen beleid opslaan</source>
        <translation>Save custom policy</translation>
    </message>
    <message>
        <source>Niet opgeslagen; het beleid is niet veranderd.</source>
        <translation>Not saved; the policy has not been changed.</translation>
    </message>
    <message>
        <source>Het dossier werkt nu met &apos;%s&apos; (versie %s).</source>
        <translation>The dossier now uses &apos;%s&apos; (version %s).</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Regel</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Probleem of resultaat</source>
        <translation>Problem or result</translation>
    </message>
    <message>
        <source>in orde</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Controleren en importeren</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <source>Zo wordt het bestand ingelezen. Er is nog niets gewijzigd.</source>
        <translation>This is how the file will be read in. Nothing has been changed yet.</translation>
    </message>
    <message>
        <source>Alleen regels met een probleem tonen</source>
        <translation>Show only rows with a problem</translation>
    </message>
    <message>
        <source>Het bestand wordt gecontroleerd…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Het bestand kan zo niet worden geïmporteerd; er is niets gewijzigd. Pas de koppeling van de kolommen aan (Vorige) of verbeter het bestand.</source>
        <translation>The file cannot be imported like this; nothing has been changed. Adjust the column mapping (Back) or correct the file.</translation>
    </message>
    <message>
        <source>{bad} van de {total} regels hebben een probleem (rood). Er wordt niets geïmporteerd: verbeter deze regels in het bestand of in de administratie, exporteer opnieuw en kies het bestand nog eens.</source>
        <translation>{bad} of the {total} rows have a problem (red). Nothing will be imported: correct these rows in the file or in the student administration system, export again and choose the file once more.</translation>
    </message>
    <message>
        <source>Het bestand wordt nog gecontroleerd.</source>
        <translation>The file is still being checked.</translation>
    </message>
    <message>
        <source>Alle regels in één keer importeren</source>
        <translation>Import all rows in one go</translation>
    </message>
    <message>
        <source>Het bestand heeft problemen (rood gemarkeerd); verbeter die eerst. Er wordt niets geïmporteerd zolang er één probleem is.</source>
        <translation>The file has problems (marked in red); correct them first. Nothing will be imported as long as there is a single problem.</translation>
    </message>
</context>
<context>
    <name>ProcedurePanel</name>
    <message>
        <source>Brieven van deze zaak…</source>
        <translation>Letters for this case…</translation>
    </message>
    <message>
        <source>Brieven opnieuw maken</source>
        <translation>Recreate letters</translation>
    </message>
    <message>
        <source>Maakt een nieuwe versie van de brieven bij het laatste besluit.</source>
        <translation>Creates a new version of the letters for the latest decision.</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Genomen besluiten</source>
        <translation>Decisions taken</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Bekendmaking en bezwaar</source>
        <translation>Notice of decision and objection</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Voornemen</source>
        <translation>Intended decision</translation>
    </message>
    <message>
        <source>%s door %s (%s)</source>
        <translation>%s by %s (%s)</translation>
    </message>
    <message>
        <source>van %s tot en met %s</source>
        <translation>from %s up to and including %s</translation>
    </message>
    <message>
        <source>Afwijkend van het voorstel &apos;%s&apos;. Motivering: %s</source>
        <translation>Departs from the proposal &apos;%s&apos;. Reasons: %s</translation>
    </message>
    <message>
        <source>zienswijze tot en met %s</source>
        <translation>written response up to and including %s</translation>
    </message>
    <message>
        <source>bekendgemaakt op %s</source>
        <translation>notice given on %s</translation>
    </message>
    <message>
        <source>De brieven worden gemaakt…</source>
        <translation>Creating the letters…</translation>
    </message>
    <message>
        <source>De brieven zijn niet gemaakt. Probeer &apos;Brieven opnieuw maken&apos;.</source>
        <translation>The letters have not been created. Try &apos;Recreate letters&apos;.</translation>
    </message>
    <message>
        <source>Brieven maken</source>
        <translation>Creating letters</translation>
    </message>
    <message>
        <source>1 brief gemaakt; hij staat als concept klaar.</source>
        <translation>1 letter created; it is ready as a draft.</translation>
    </message>
    <message>
        <source>%d brieven gemaakt; ze staan als concept klaar.</source>
        <translation>%d letters created; they are ready as drafts.</translation>
    </message>
    <message>
        <source>Bij deze maatregel horen geen brieven.</source>
        <translation>There are no letters for this measure.</translation>
    </message>
    <message>
        <source>Deze zaak heeft nog geen brieven.</source>
        <translation>This case has no letters yet.</translation>
    </message>
</context>
<context>
    <name>ProposalBox</name>
    <message>
        <source>Alle zaken van deze persoon tonen</source>
        <translation>Show all cases of this person</translation>
    </message>
    <message>
        <source>Het inzien van de geschiedenis wordt gelogd.</source>
        <translation>Viewing the history is logged.</translation>
    </message>
    <message>
        <source>Geen voorstel: deze zaak heeft geen overtreding.</source>
        <translation>No proposal: this case has no violation.</translation>
    </message>
    <message>
        <source>Voorstel van de ladder: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Proposal from the ladder: &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>het pestprotocol is leidend</source>
        <translation>the anti-bullying protocol takes precedence</translation>
    </message>
    <message>
        <source>aangifte overwegen (art. %s Sr)</source>
        <translation>consider a police report (art. %s Sr, Dutch Criminal Code)</translation>
    </message>
    <message>
        <source>mogelijk datalek: binnen %d uur beoordelen</source>
        <translation>possible data breach: assess within %d hours</translation>
    </message>
    <message>
        <source>Let op: %s.</source>
        <translation>Please note: %s.</translation>
    </message>
    <message>
        <source>Waarom:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>(zaak %s)</source>
        <translation>(case %s)</translation>
    </message>
    <message>
        <source>Eerdere maatregelen (laatste %d maanden):</source>
        <translation>Earlier measures (last %d months):</translation>
    </message>
    <message>
        <source>Geen eerdere maatregelen in de laatste %d maanden.</source>
        <translation>No earlier measures in the last %d months.</translation>
    </message>
    <message>
        <source>Geen andere zaken over deze persoon.</source>
        <translation>No other cases about this person.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Soort brief</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Vrijgegeven</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Aangetekend</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>te versturen</source>
        <translation>to be sent</translation>
    </message>
    <message>
        <source>verzonden op {day}</source>
        <translation>sent on {day}</translation>
    </message>
    <message>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{n} pagina&apos;s</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>Aan: {addressee}</source>
        <translation>To: {addressee}</translation>
    </message>
    <message>
        <source>Versie {version}, {pages}</source>
        <translation>Version {version}, {pages}</translation>
    </message>
    <message>
        <source>Moet aangetekend worden verstuurd.</source>
        <translation>Must be sent by registered mail.</translation>
    </message>
    <message>
        <source>, barcode {code}</source>
        <translation>, barcode {code}</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Nog te versturen</source>
        <translation>Still to be sent</translation>
    </message>
    <message>
        <source>Ook verzonden (laatste {days} dagen)</source>
        <translation>Also sent (last {days} days)</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Als verzonden markeren…</source>
        <translation>Mark as sent…</translation>
    </message>
    <message>
        <source>Met jouw rol druk je geen brieven af.</source>
        <translation>Your role does not involve printing letters.</translation>
    </message>
    <message>
        <source>{n}+ brieven, tellen…</source>
        <translation>{n}+ letters, counting…</translation>
    </message>
    <message>
        <source>Er liggen geen brieven klaar om te versturen.</source>
        <translation>There are no letters ready to be sent.</translation>
    </message>
    <message>
        <source>Geen brieven te versturen, en de laatste {days} dagen niets verzonden.</source>
        <translation>No letters to send, and nothing sent in the last {days} days.</translation>
    </message>
    <message>
        <source>1 brief</source>
        <translation>1 letter</translation>
    </message>
    <message>
        <source>{n} brieven</source>
        <translation>{n} letters</translation>
    </message>
    <message>
        <source>Geen brieven</source>
        <translation>No letters</translation>
    </message>
    <message>
        <source>{n} brieven afdrukken…</source>
        <translation>Print {n} letters…</translation>
    </message>
    <message>
        <source>Nog even geduld: er wordt afgedrukt.</source>
        <translation>Please wait a moment: printing is in progress.</translation>
    </message>
    <message>
        <source>De gekozen brieven als één afdruktaak; elke brief op een nieuw vel.</source>
        <translation>The selected letters as one print job; each letter on a new sheet.</translation>
    </message>
    <message>
        <source>Kies eerst brieven die nog verstuurd moeten worden.</source>
        <translation>First choose letters that still need to be sent.</translation>
    </message>
    <message>
        <source>Leg vast op welke dag en hoe de gekozen brieven zijn verstuurd.</source>
        <translation>Record on which day and how the selected letters were sent.</translation>
    </message>
    <message>
        <source>{letters} gekozen, {pages} pagina&apos;s</source>
        <translation>{letters} selected, {pages} pages</translation>
    </message>
    <message>
        <source>Kies brieven met Ctrl of Shift.</source>
        <translation>Select letters with Ctrl or Shift.</translation>
    </message>
    <message>
        <source>{letters} als verzonden vastgelegd.</source>
        <translation>{letters} recorded as sent.</translation>
    </message>
</context>
<context>
    <name>QueuePreview</name>
    <message>
        <source>Kies een brief in de lijst om hem hier te zien.</source>
        <translation>Choose a letter in the list to see it here.</translation>
    </message>
    <message>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{n} pagina&apos;s</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>versie {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>aangetekend</source>
        <translation>registered mail</translation>
    </message>
    <message>
        <source>De brief wordt geladen…</source>
        <translation>Loading the letter…</translation>
    </message>
</context>
<context>
    <name>QueuePrinter</name>
    <message>
        <source>Brief afdrukken</source>
        <translation>Print letter</translation>
    </message>
    <message>
        <source>{n} brieven afdrukken</source>
        <translation>Print {n} letters</translation>
    </message>
    <message>
        <source>Brieven {day} ({n})</source>
        <translation>Letters {day} ({n})</translation>
    </message>
    <message>
        <source>Brieven samenvoegen</source>
        <translation>Combining letters</translation>
    </message>
    <message>
        <source>Bezig met afdrukken…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>1 brief naar de printer gestuurd ({pages} pagina&apos;s). Markeer hem als verzonden zodra hij weg is.</source>
        <translation>1 letter sent to the printer ({pages} pages). Mark it as sent as soon as it has gone out.</translation>
    </message>
    <message>
        <source>{n} brieven naar de printer gestuurd ({pages} pagina&apos;s). Markeer ze als verzonden zodra ze weg zijn.</source>
        <translation>{n} letters sent to the printer ({pages} pages). Mark them as sent as soon as they have gone out.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Schrijf minstens %d tekens.</source>
        <translation>Write at least %d characters.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Uw herstelsleutel</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Deze sleutel ziet u maar één keer. Zonder wachtwoord en zonder deze sleutel is het dossier voor altijd onleesbaar.</source>
        <translation>You will see this key only once. Without a password and without this key, the dossier is unreadable for good.</translation>
    </message>
    <message>
        <source>Opslaan als PDF om af te drukken…</source>
        <translation>Save as PDF for printing…</translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel afgedrukt of opgeschreven en veilig opgeborgen.</source>
        <translation>I have printed or written down the recovery key and stored it safely.</translation>
    </message>
    <message>
        <source>Herstelsleutel opslaan</source>
        <translation>Save recovery key</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Opgeslagen in {0}. Druk het bestand af en verwijder het daarna van de computer.</source>
        <translation>Saved in {0}. Print the file and then delete it from the computer.</translation>
    </message>
</context>
<context>
    <name>RegisterLeakDialog</name>
    <message>
        <source>namen en adressen</source>
        <translation>names and addresses</translation>
    </message>
    <message>
        <source>e-mailadressen en telefoonnummers</source>
        <translation>email addresses and phone numbers</translation>
    </message>
    <message>
        <source>geboortedata</source>
        <translation>dates of birth</translation>
    </message>
    <message>
        <source>cijfers en resultaten</source>
        <translation>marks and results</translation>
    </message>
    <message>
        <source>gegevens over zorg en begeleiding</source>
        <translation>data on pupil care and support</translation>
    </message>
    <message>
        <source>gezondheidsgegevens</source>
        <translation>health data</translation>
    </message>
    <message>
        <source>foto&apos;s of video&apos;s</source>
        <translation>photos or videos</translation>
    </message>
    <message>
        <source>burgerservicenummers (BSN)</source>
        <translation>citizen service numbers (BSN)</translation>
    </message>
    <message>
        <source>inloggegevens</source>
        <translation>login details</translation>
    </message>
    <message>
        <source>gegevens over strafbare feiten</source>
        <translation>data on criminal offences</translation>
    </message>
    <message>
        <source>Mogelijk datalek registreren</source>
        <translation>Register possible data breach</translation>
    </message>
    <message>
        <source>Registreren</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>bijv. Laptop met cijferlijsten verloren in de trein</source>
        <translation>e.g. Laptop with mark lists lost on the train</translation>
    </message>
    <message>
        <source>Wat is er precies gebeurd, en hoe is het ontdekt?</source>
        <translation>What exactly happened, and how was it discovered?</translation>
    </message>
    <message>
        <source>Anders, namelijk …</source>
        <translation>Other, namely …</translation>
    </message>
    <message>
        <source>bijv. laptop zonder versleuteling, e-mail aan de verkeerde ouders</source>
        <translation>e.g. laptop without encryption, email to the wrong parents</translation>
    </message>
    <message>
        <source>bijv. account geblokkeerd, ontvangers gevraagd de mail te verwijderen</source>
        <translation>e.g. account blocked, recipients asked to delete the email</translation>
    </message>
    <message>
        <source>Wat is er gebeurd?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Ontdekt op</source>
        <translation>Discovered on</translation>
    </message>
    <message>
        <source>Aantal betrokken personen</source>
        <translation>Number of people affected</translation>
    </message>
    <message>
        <source>Soorten gegevens</source>
        <translation>Types of data</translation>
    </message>
    <message>
        <source>Oorzaak</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Genomen maatregelen</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>De termijn van {hours} uur om zo nodig te melden bij de Autoriteit Persoonsgegevens loopt vanaf het moment van ontdekken. Registreer ook een lek waarvan u nog niet zeker bent: ook wat niet gemeld wordt, hoort in het register.</source>
        <translation>The {hours}-hour deadline for reporting to the Dutch Data Protection Authority, if necessary, runs from the moment of discovery. Also register a breach you are not yet sure about: what is not reported belongs in the register too.</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>moeder</source>
        <translation>mother</translation>
    </message>
    <message>
        <source>vader</source>
        <translation>father</translation>
    </message>
    <message>
        <source>voogd</source>
        <translation>guardian</translation>
    </message>
    <message>
        <source>verzorger</source>
        <translation>carer</translation>
    </message>
    <message>
        <source>pleegouder</source>
        <translation>foster parent</translation>
    </message>
</context>
<context>
    <name>ReportFields</name>
    <message>
        <source>Nieuwe melding</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>Niet verplicht; leeg: de naam van de overtreding</source>
        <translation>Optional; if empty: the name of the violation</translation>
    </message>
    <message>
        <source>Wat is er gebeurd? Beschrijf feitelijk: wie, wat, waar, hoe het bekend werd.</source>
        <translation>What happened? Stick to the facts: who, what, where, how it came to light.</translation>
    </message>
    <message>
        <source>bijv. 14:35</source>
        <translation>e.g. 14:35</translation>
    </message>
    <message>
        <source>Niet verplicht: het tijdstip, als het bekend is.</source>
        <translation>Optional: the time, if known.</translation>
    </message>
    <message>
        <source>bijv. klassenapp 3H2, aula, thuis</source>
        <translation>e.g. class group chat 3H2, main hall, at home</translation>
    </message>
    <message>
        <source>kies of typ (niet verplicht)</source>
        <translation>choose or type (optional)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Melden</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Over wie gaat de melding?</source>
        <translation>Who is the report about?</translation>
    </message>
    <message>
        <source>Welke overtreding van het protocol?</source>
        <translation>Which violation of the protocol?</translation>
    </message>
    <message>
        <source>Wat is er gebeurd?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Wanneer en waar?</source>
        <translation>When and where?</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Andere betrokkenen</source>
        <translation>Other parties involved</translation>
    </message>
    <message>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>De melding wordt opgeslagen…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <source>Nog nodig: %s.</source>
        <translation>Still needed: %s.</translation>
    </message>
    <message>
        <source>Alles is ingevuld. Druk op Melden om op te slaan.</source>
        <translation>Everything has been filled in. Press Report to save.</translation>
    </message>
    <message>
        <source>Melding niet opslaan?</source>
        <translation>Discard the report?</translation>
    </message>
    <message>
        <source>U hebt de melding nog niet opgeslagen. Wat u hebt ingevuld gaat verloren. Wilt u stoppen zonder op te slaan?</source>
        <translation>You have not saved the report yet. What you have filled in will be lost. Do you want to stop without saving?</translation>
    </message>
</context>
<context>
    <name>ReportingPage</name>
    <message>
        <source>Rapportage</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Exporteren als CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Alleen aantallen, zonder namen. Een zaak telt in de maand van het incident; bij een maatregel telt het laatste besluit, een voornemen nog niet.</source>
        <translation>Counts only, without names. A case counts in the month of the incident; for a measure the latest decision counts, an intended decision does not yet.</translation>
    </message>
    <message>
        <source>Grafieken</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Met jouw rol zie je geen cijfers over zaken.</source>
        <translation>With your role you cannot see figures about cases.</translation>
    </message>
    <message>
        <source>De begindatum ligt na de einddatum. Kies een andere periode.</source>
        <translation>The start date is after the end date. Choose a different period.</translation>
    </message>
    <message>
        <source>Bezig met tellen…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Geen zaken van {start} t/m {end}.
Kies een andere periode of een ander team.</source>
        <translation>No cases from {start} to {end}.
Choose a different period or a different team.</translation>
    </message>
    <message>
        <source>Geen zaken in deze periode</source>
        <translation>No cases in this period</translation>
    </message>
    <message>
        <source>1 zaak</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>{n} zaken</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>{cases}, {decided} met een besluit · alleen aantallen</source>
        <translation>{cases}, {decided} with a decision · counts only</translation>
    </message>
    <message>
        <source>Cijfers exporteren als CSV</source>
        <translation>Export figures as CSV</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Opgeslagen als {name}</source>
        <translation>Saved as {name}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>&lt;p&gt;U zet deze back-up terug:&lt;br&gt;&lt;b&gt;{backup}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wat er gebeurt:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Het dossier dat nu open is, wordt &lt;b&gt;niet gewist&lt;/b&gt;. Het blijft met zijn sleutelbestand in dezelfde map staan, onder de naam {aside}.&lt;/li&gt;&lt;li&gt;Wat na het maken van de back-up is vastgelegd, staat daarna alleen in dat opzijgezette dossier.&lt;/li&gt;&lt;li&gt;Het programma sluit het dossier, zet de back-up terug en vraagt u opnieuw aan te melden.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;You are restoring this backup:&lt;br&gt;&lt;b&gt;{backup}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What happens:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The dossier that is open now is &lt;b&gt;not deleted&lt;/b&gt;. It stays in the same folder with its key file, under the name {aside}.&lt;/li&gt;&lt;li&gt;Anything recorded after the backup was made will then only be in that set-aside dossier.&lt;/li&gt;&lt;li&gt;The program closes the dossier, restores the backup and asks you to sign in again.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Uw wachtwoord:</source>
        <translation>Your password:</translation>
    </message>
    <message>
        <source>Het wachtwoord van {user} zoals het gold toen de back-up werd gemaakt.</source>
        <translation>The password of {user} as it was when the backup was made.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Back-up controleren…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Ander dossier</source>
        <translation>Different dossier</translation>
    </message>
    <message>
        <source>Deze back-up hoort bij een ander dossier dan het dossier dat nu open is. Het huidige dossier wordt opzijgezet, niet gewist. Toch terugzetten?</source>
        <translation>This backup belongs to a different dossier from the one that is open now. The current dossier will be set aside, not deleted. Restore anyway?</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Volgens het beleid worden gegevens van leerlingen {leerling} jaar en van medewerkers {medewerker} jaar na hun vertrek bewaard, van ouders en anderen {ouder} jaar na hun laatste zaak. Kies wie nu weg mag. Wie nog in de zaak van een ander voorkomt, wordt geanonimiseerd in plaats van verwijderd. Het auditlog houdt bij hoeveel er is verwijderd, zonder namen.</source>
        <translation>Under the policy, data on students is kept for {leerling} years and data on staff for {medewerker} years after they leave; data on parents and others is kept for {ouder} years after their last case. Choose who may be deleted now. Anyone who still appears in someone else&apos;s case is anonymised instead of deleted. The audit log records how many were deleted, without names.</translation>
    </message>
    <message>
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Niets selecteren</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vertrokken</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Laatste zaak</source>
        <translation>Last case</translation>
    </message>
    <message>
        <source>Einde bewaartermijn</source>
        <translation>End of retention period</translation>
    </message>
    <message>
        <source>Niemand is voorbij de bewaartermijn: er is niets te verwijderen.</source>
        <translation>Nobody is past the retention period: there is nothing to delete.</translation>
    </message>
    <message>
        <source>Aanvinken om te verwijderen</source>
        <translation>Tick to delete</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{persons} voorbij de bewaartermijn</source>
        <translation>{persons} past the retention period</translation>
    </message>
    <message>
        <source>persoon</source>
        <translation>person</translation>
    </message>
    <message>
        <source>personen</source>
        <translation>people</translation>
    </message>
    <message>
        <source>Verwijderen… ({count})</source>
        <translation>Delete… ({count})</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Definitief verwijderen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <source>zaak</source>
        <translation>case</translation>
    </message>
    <message>
        <source>zaken</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>tijdlijnregel</source>
        <translation>timeline entry</translation>
    </message>
    <message>
        <source>tijdlijnregels</source>
        <translation>timeline entries</translation>
    </message>
    <message>
        <source>{cases} en {entries} van {persons} worden definitief verwijderd of geanonimiseerd.</source>
        <translation>{cases} and {entries} of {persons} will be permanently deleted or anonymised.</translation>
    </message>
    <message>
        <source>bewijsstuk</source>
        <translation>item of evidence</translation>
    </message>
    <message>
        <source>bewijsstukken</source>
        <translation>items of evidence</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>brieven</source>
        <translation>letters</translation>
    </message>
    <message>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Daarmee gaan ook {things} weg.</source>
        <translation>This also removes {things}.</translation>
    </message>
    <message>
        <source>{count} van hen komen nog voor in de zaak van een ander: die worden geanonimiseerd (naam en gegevens weg) in plaats van verwijderd.</source>
        <translation>{count} of them still appear in someone else&apos;s case: they will be anonymised (name and details removed) instead of deleted.</translation>
    </message>
    <message>
        <source>Dit kan niet ongedaan worden gemaakt. Doorgaan?</source>
        <translation>This cannot be undone. Continue?</translation>
    </message>
    <message>
        <source>Verlopen gegevens verwijderen…</source>
        <translation>Deleting expired data…</translation>
    </message>
    <message>
        <source>Verwijderd: {persons}, {cases}; {anonymised} geanonimiseerd.</source>
        <translation>Deleted: {persons}, {cases}; {anonymised} anonymised.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Rollen en teams van %s</source>
        <translation>Roles and teams of %s</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Wat %s (%s) mag zien en doen. Een wijziging geldt vanaf de volgende keer dat %s aanmeldt.</source>
        <translation>What %s (%s) may see and do. A change applies from the next time %s signs in.</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <source>Teamleider</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>meldt en behandelt zaken uit de eigen teams</source>
        <translation>reports and handles cases from their own teams</translation>
    </message>
    <message>
        <source>P&amp;O (hr)</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>behandelt zaken van medewerkers</source>
        <translation>handles staff cases</translation>
    </message>
    <message>
        <source>Directie</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>ziet alle zaken; besluit over verwijdering en ontslag</source>
        <translation>sees all cases; decides on expulsion and dismissal</translation>
    </message>
    <message>
        <source>Administratie</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>drukt vrijgegeven brieven af en verstuurt ze</source>
        <translation>prints released letters and sends them</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>accounts, schoolgegevens, beleid en back-ups</source>
        <translation>accounts, school details, policy and backups</translation>
    </message>
    <message>
        <source>Naam van een nieuw team</source>
        <translation>Name of a new team</translation>
    </message>
    <message>
        <source>Team toevoegen</source>
        <translation>Add team</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rollen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Roles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teams&lt;/b&gt;</source>
        <translation>&lt;b&gt;Teams&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Een teamleider ziet alleen de leerlingen en zaken van de teams die hier zijn aangevinkt. Voor de andere rollen maken teams niets uit.</source>
        <translation>A team leader only sees the students and cases of the teams ticked here. For the other roles, teams make no difference.</translation>
    </message>
</context>
<context>
    <name>RungChooser</name>
    <message>
        <source>Eerste dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Waarom kiest u een andere maatregel dan het voorstel?</source>
        <translation>Why are you choosing a different measure from the proposal?</translation>
    </message>
    <message>
        <source>  (voorstel)</source>
        <translation>  (proposal)</translation>
    </message>
    <message>
        <source>beslist door %s</source>
        <translation>decided by %s</translation>
    </message>
    <message>
        <source>hoorgesprek vereist</source>
        <translation>hearing required</translation>
    </message>
    <message>
        <source>eerst een voornemen</source>
        <translation>first an intended decision</translation>
    </message>
    <message>
        <source>ten hoogste %d %s</source>
        <translation>at most %d %s</translation>
    </message>
    <message>
        <source>kalenderdagen</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>&lt;b&gt;Motivering&lt;/b&gt; (verplicht: u wijkt af van het voorstel &apos;%s&apos;)</source>
        <translation>&lt;b&gt;Reasons&lt;/b&gt; (required: you are departing from the proposal &apos;%s&apos;)</translation>
    </message>
    <message>
        <source>Vooraf nodig:</source>
        <translation>Required beforehand:</translation>
    </message>
    <message>
        <source>schooldag</source>
        <translation>school day</translation>
    </message>
    <message>
        <source>schooldagen</source>
        <translation>school days</translation>
    </message>
    <message>
        <source>dag</source>
        <translation>day</translation>
    </message>
    <message>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <source>laatste dag: %s</source>
        <translation>last day: %s</translation>
    </message>
    <message>
        <source>De motivering is voldoende.</source>
        <translation>The reasons given are sufficient.</translation>
    </message>
    <message>
        <source>Kies een maatregel.</source>
        <translation>Choose a measure.</translation>
    </message>
    <message>
        <source>%s is geen schooldag; kies een schooldag als eerste dag.</source>
        <translation>%s is not a school day; choose a school day as the first day.</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <source>Naam van de school</source>
        <translation>Name of the school</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode en plaats</source>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Zaken van leerlingen</source>
        <translation>Student cases</translation>
    </message>
    <message>
        <source>Zaken van medewerkers</source>
        <translation>Staff cases</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>De plaats staat ook boven elke brief, bij de datum.</source>
        <translation>The town also appears at the top of every letter, next to the date.</translation>
    </message>
    <message>
        <source>Bevoegd gezag</source>
        <translation>Competent authority (school board)</translation>
    </message>
    <message>
        <source>Hier maken ouders en medewerkers bezwaar; de brieven noemen naam en adres. Leeg: de school zelf.</source>
        <translation>This is where parents and staff lodge objections; the letters give its name and address. If empty: the school itself.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo kiezen…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Logo weghalen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Een PNG-bestand van hoogstens 2 MB; 600 pixels breed is ruim genoeg.</source>
        <translation>A PNG file of at most 2 MB; 600 pixels wide is plenty.</translation>
    </message>
    <message>
        <source>Ondertekenaars van aangetekende brieven</source>
        <translation>Signatories of registered letters</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een besluit tot verwijdering of een berisping. Leeg: wie het besluit nam, ondertekent.</source>
        <translation>For example a decision to expel or a reprimand (berisping). If empty: whoever took the decision signs.</translation>
    </message>
    <message>
        <source>naam, bijv. drs. A. Hendriks</source>
        <translation>name, e.g. drs. A. Hendriks</translation>
    </message>
    <message>
        <source>functie, bijv. rector</source>
        <translation>job title, e.g. principal</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen (%s). Kies een ander bestand.</source>
        <translation>The file cannot be read (%s). Choose a different file.</translation>
    </message>
    <message>
        <source>Dit bestand is geen PNG-afbeelding. Sla het logo op als PNG (bijvoorbeeld met Paint of Voorbeeld) en kies het opnieuw.</source>
        <translation>This file is not a PNG image. Save the logo as PNG (for example with Paint or Preview) and choose it again.</translation>
    </message>
    <message>
        <source>geen logo</source>
        <translation>no logo</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School en briefhoofd</source>
        <translation>School and letterhead</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Wijzigingen ongedaan maken</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Deze gegevens staan op elke brief, op elke computer. Het voorbeeld rechts verandert mee terwijl u typt.</source>
        <translation>These details appear on every letter, on every computer. The preview on the right changes as you type.</translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>There are changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>Opgeslagen. Nieuwe brieven krijgen dit briefhoofd.</source>
        <translation>Saved. New letters will have this letterhead.</translation>
    </message>
    <message>
        <source>Niets opgeslagen: verbeter wat in rood staat en kies dan opnieuw Opslaan.</source>
        <translation>Nothing saved: correct what is shown in red and then choose Save again.</translation>
    </message>
</context>
<context>
    <name>SendMethod</name>
    <message>
        <source>per post</source>
        <translation>by post</translation>
    </message>
    <message>
        <source>aangetekend</source>
        <translation>by registered mail</translation>
    </message>
    <message>
        <source>per e-mail</source>
        <translation>by email</translation>
    </message>
    <message>
        <source>persoonlijk overhandigd</source>
        <translation>handed over in person</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>De nieuwe taal gaat in wanneer u het programma opnieuw start.</source>
        <translation>The new language takes effect when you restart the program.</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <source>Zonder toetsenbord of muis vergrendelt het dossier zich na deze tijd; u opent het weer met uw wachtwoord.</source>
        <translation>With no keyboard or mouse activity, the dossier locks itself after this time; you open it again with your password.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>licht</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>middel</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>zwaar</source>
        <translation>serious</translation>
    </message>
    <message>
        <source>ernstig</source>
        <translation>grave</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welkom bij Casemanager</source>
        <translation>Welcome to Casemanager</translation>
    </message>
    <message>
        <source>Er is op deze computer nog geen dossier bekend.</source>
        <translation>No dossier is known on this computer yet.</translation>
    </message>
    <message>
        <source>Een nieuw dossier aanmaken voor onze school</source>
        <translation>Create a new dossier for our school</translation>
    </message>
    <message>
        <source>Een bestaand dossier openen</source>
        <translation>Open an existing dossier</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Correctie op verklaring</source>
        <translation>Correction to statement</translation>
    </message>
    <message>
        <source>Correctie vastleggen</source>
        <translation>Record correction</translation>
    </message>
    <message>
        <source>Verklaring vastleggen</source>
        <translation>Record statement</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Iemand anders zoeken…</source>
        <translation>Search for someone else…</translation>
    </message>
    <message>
        <source>Wat heeft deze persoon verklaard? Zo letterlijk mogelijk.</source>
        <translation>What did this person state? As literally as possible.</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>De oorspronkelijke verklaring blijft bewaard; deze correctie komt erbij en verwijst ernaar. Pas de tekst hieronder aan.</source>
        <translation>The original statement is kept; this correction is added and refers to it. Edit the text below.</translation>
    </message>
    <message>
        <source>Minstens %d tekens.</source>
        <translation>At least %d characters.</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <source>Verklaring toevoegen…</source>
        <translation>Add statement…</translation>
    </message>
    <message>
        <source>Corrigeren…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Notitie toevoegen…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <source>Nog geen verklaringen.</source>
        <translation>No statements yet.</translation>
    </message>
    <message>
        <source>Nog geen notities.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>Verklaringen</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kies eerst wat u wilt corrigeren.</source>
        <translation>First choose what you want to correct.</translation>
    </message>
</context>
<context>
    <name>StatisticsChart</name>
    <message>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>SubjectChooser</name>
    <message>
        <source>Team van de zaak:</source>
        <translation>Team for the case:</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>Te doen</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>De lijst opnieuw opbouwen (F5)</source>
        <translation>Rebuild the list (F5)</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Bezig met laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Niets te doen.
Termijnen van jouw zaken verschijnen hier vanzelf.</source>
        <translation>Nothing to do.
Deadlines for your cases appear here automatically.</translation>
    </message>
    <message>
        <source>{n} te laat</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <source>{n} vandaag</source>
        <translation>{n} today</translation>
    </message>
    <message>
        <source>{n} in totaal</source>
        <translation>{n} in total</translation>
    </message>
    <message>
        <source>hoorgesprek</source>
        <translation>hearing</translation>
    </message>
    <message>
        <source>melding</source>
        <translation>notification</translation>
    </message>
    <message>
        <source>einde van een maatregel</source>
        <translation>end of a measure</translation>
    </message>
    <message>
        <source>bezwaartermijn</source>
        <translation>objection period</translation>
    </message>
    <message>
        <source>bezwaar</source>
        <translation>objection</translation>
    </message>
    <message>
        <source>zienswijze</source>
        <translation>written response</translation>
    </message>
    <message>
        <source>datalek</source>
        <translation>data breach</translation>
    </message>
    <message>
        <source>bewaartermijn</source>
        <translation>retention period</translation>
    </message>
    <message>
        <source>Soort: {kind}</source>
        <translation>Type: {kind}</translation>
    </message>
    <message>
        <source>Enter of dubbelklik opent zaak {number}.</source>
        <translation>Enter or double-click opens case {number}.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Casemanager — aanmelden</source>
        <translation>Casemanager — sign in</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Ander dossier…</source>
        <translation>Other dossier…</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <source>Dossiers (*.casedb)</source>
        <translation>Dossiers (*.casedb)</translation>
    </message>
    <message>
        <source>Kies eerst het dossier waarin u wilt werken.</source>
        <translation>First choose the dossier you want to work in.</translation>
    </message>
    <message>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Nog geen dossier gekozen.</source>
        <translation>No dossier chosen yet.</translation>
    </message>
    <message>
        <source>Dossier: {0}</source>
        <translation>Dossier: {0}</translation>
    </message>
    <message>
        <source>Dit is het demodossier met een verzonnen school. Meld u aan met een van de accounts {0}; het wachtwoord is voor alle accounts: {1}</source>
        <translation>This is the demo dossier with a fictitious school. Sign in with one of the accounts {0}; the password for all accounts is: {1}</translation>
    </message>
</context>
<context>
    <name>ViolationPicker</name>
    <message>
        <source>Zoek in de overtredingen (bijv. pesten, A.6)…</source>
        <translation>Search the violations (e.g. pesten (bullying), A.6)…</translation>
    </message>
    <message>
        <source>Overtreding</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Geldt niet voor een %s (alleen voor: %s).</source>
        <translation>Does not apply to a %s (only to: %s).</translation>
    </message>
    <message>
        <source>Nog geen overtreding gekozen: vink er een of meer aan (of dubbelklik).</source>
        <translation>No violation chosen yet: tick one or more (or double-click).</translation>
    </message>
    <message>
        <source>Gekozen: %s</source>
        <translation>Selected: %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; — artikel %s van het protocol</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; — article %s of the protocol</translation>
    </message>
    <message>
        <source>(geen artikeltekst in het beleid)</source>
        <translation>(no article text in the policy)</translation>
    </message>
    <message>
        <source>Ernst: %s · geldt voor: %s</source>
        <translation>Severity: %s · applies to: %s</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.webp *.heic *.bmp);;Alle bestanden (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.heic *.bmp);;All files (*)</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Er ging iets onverwachts mis. Er is niets half opgeslagen. Probeer het opnieuw; blijft het gebeuren, geef dan deze melding door aan de beheerder:</source>
        <translation>Something unexpected went wrong. Nothing has been partly saved. Please try again; if it keeps happening, pass this message on to the administrator:</translation>
    </message>
    <message>
        <source>Dat lukte niet</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
