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
        <source>ten hoogste %d %s</source>
        <translation>at most %d %s</translation>
    </message>
    <message>
        <source>duur in %s</source>
        <translation>duration in %s</translation>
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
</context>
</TS>
