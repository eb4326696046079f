<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <source>Dit kan nu niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pestprotocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het pestprotocol van de school is leidend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mogelijk strafbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mogelijk een strafbaar feit: overweeg aangifte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mogelijk datalek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoonsgegevens kunnen zijn gelekt: beoordeel binnen %d uur of het gemeld moet worden bij de Autoriteit Persoonsgegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s om %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie waren er, wat is besproken, wat zei de persoon over de feiten, wat is afgesproken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf nog minstens %d tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctie op de verklaring van %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later gecorrigeerd (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vastgelegd door %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verklaring van %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctie op %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later gecorrigeerd op %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles wat er in deze zaak is gebeurd, het oudste bovenaan. Niets wordt overschreven: een correctie is een nieuwe regel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctie toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst de regel die u wilt corrigeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word-document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan lukte niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand %s kon niet worden opgeslagen: %s.

Kies een andere map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De brief kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De printer kon niet worden gestart. Controleer of hij aan staat en kies hem opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De printer weigerde de pagina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagina %d van %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPartyDialog</name>
    <message>
        <source>Betrokkene toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseClosing</name>
    <message>
        <source>Zaak afsluiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seponeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heropenen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van de zaak: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zaak wordt afgesloten. Toelichting (niet verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak seponeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zaak wordt zonder maatregel afgesloten. Waarom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seponeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak heropenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom wordt de zaak heropend?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heropenen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Zoeken in zaken… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle open zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtreding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle overtredingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder vinkje: geen periode. Met vinkje: alleen zaken met een incidentdatum in deze periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t/m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen &amp;mijn zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de zaken waarvan jij de behandelaar bent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle filters en de zoektekst wissen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Onderzoek starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klas en team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtreding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ernst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeld op %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtreding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op deze kolom kan niet worden gesorteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak {number}: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtreding: {violations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ernst: {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandelaar: {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende termijn: {due} (verstreken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende termijn: {due}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met jouw rol werk je niet met zaken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}+ zaken, tellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen open zaken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen zaken gevonden.
Pas de filters aan of wis de zoektekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} zaken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouder/verzorger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slachtoffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getuige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>betrokkene (mede-dader)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseViewWidget</name>
    <message>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verklaringen en notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoorgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit en afhandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Maatregel kiezen&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder overtreding uit het beleid is er geen voorstel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een besluit nemen kan nu niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een besluit nemen kan nu niet: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s Leg de zaak aan hen voor, of kies met een motivering een andere maatregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er kan nu geen besluit worden genomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornemen vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zienswijze is ontvangen (de termijn loopt tot en met %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U legt het voornemen &apos;%s&apos; voor %s vast. De zienswijzetermijn gaat vandaag in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U besluit tot &apos;%s&apos; voor %s. Een besluit wordt niet overschreven; een correctie is een nieuw besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Bewijs toevoegen aan zaak %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bekend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (niet verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. @gebruikersnaam (niet verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. screenshot aangeleverd door de melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internetadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u hieronder invult geldt voor alle bestanden hierboven. Het bestand wordt versleuteld in het dossier bewaard, met een vingerafdruk (SHA-256) waaraan te zien is dat het niet veranderd is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceFileList</name>
    <message>
        <source>Sleep screenshots hierheen of kies &apos;Bestanden toevoegen…&apos; (tot %d MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestanden toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewijs kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand %s kon niet worden gelezen (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s staat al in de lijst (zelfde inhoud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen bestanden van deze computer kunnen bewijs zijn, geen internetadressen. Sla het eerst op (bijvoorbeeld als screenshot) en sleep dat bestand hierheen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Bewijs toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U kunt bestanden ook hierheen slepen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen bewijs bij deze zaak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies links een bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van dit soort bestand (%s) is geen voorbeeld te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het beeld wordt geladen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit beeld kan niet worden getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internetadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewijs kiezen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>de persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een overtreding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een juiste tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de persoon over wie de melding gaat: typ een deel van de naam en kies uit de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niemand gevonden bij &apos;%s&apos;. Controleer de spelling, of zoek op leerlingnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de persoon uit de lijst die onder het veld verschijnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een melding over een medewerker maakt P&amp;O (hr) of de directie; met uw rol kan dat hier niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een melding over een leerling, ouder of iemand van buiten maakt de teamleider of de directie; met uw rol kan dat hier niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies minstens één overtreding uit de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschrijf wat er is gebeurd (minstens %d tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf iets meer: minstens %d tekens (nu %d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De omschrijving is te lang: %d tekens, het maximum is %d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf de tijd als uu:mm, bijvoorbeeld 14:35, of laat het veld leeg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Casemanager — eerste start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingPanel</name>
    <message>
        <source>Hoorgesprek plannen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitnodiging maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maakt de uitnodigingsbrief voor het geplande hoorgesprek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen hoorgesprek gepland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor de voorgestelde maatregel (%s) is een hoorgesprek niet verplicht, maar wel mogelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verplichte hoorgesprek is gehouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor de voorgestelde maatregel (%s) is een hoorgesprek verplicht vóór het besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gehouden op %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen verslag vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De uitnodiging wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De uitnodiging is niet gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 brief gemaakt; hij staat als concept klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d brieven gemaakt; ze staan als concept klaar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldHearingDialog</name>
    <message>
        <source>Verslag van het hoorgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepland op %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gehouden op</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Brieven – zaak %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijgeven voor de administratie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij dit besluit horen geen brieven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even geduld: de brief wordt nog afgedrukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, aangetekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aan %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versie %d · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s · %s · gemaakt op %s door %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De administratie drukt de brief af en verstuurt hem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen wie aan de zaak werkt, kan een brief vrijgeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De samenvatting voor de aangifte gaat niet per post; sla haar op als PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze brief is al vrijgegeven voor de administratie (op %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is een nieuwere versie van deze brief; geef die vrij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d pagina&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief vrijgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De administratie ziet de brief aan %s dan in de afdrukwachtrij, drukt hem af en verstuurt hem. Vrijgeven kan niet ongedaan worden gemaakt.

Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De brief staat klaar bij de administratie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog één brief vrij te geven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog %d brieven vrij te geven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De brief staat klaar bij de administratie. %s; de volgende is gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen als %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s naar de printer gestuurd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Het dossier is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen {0} ({1}) kan het dossier weer openen. Uw werk staat klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul uw wachtwoord in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>directie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teamleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;O (hr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administratie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beheerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casemanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw rol heeft in deze versie nog geen onderdelen in het programma. De beheerder werkt met &apos;casemanager&apos; op de opdrachtregel; de administratie vindt de brieven met &apos;casemanager letters … queue&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangemeld als {0} ({1}) · {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDossierPage</name>
    <message>
        <source>Nieuw dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De school, waar het dossier komt, en de eerste beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestandsnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikersnaam beheerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam beheerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord nogmaals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map voor het dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te kort (minstens 10 tekens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sterk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterkte van het wachtwoord: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Correctie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kort: waar gaat de notitie over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting (niet verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctie: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat klopt er niet, en wat is juist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%s&apos; blijft staan zoals het is; deze correctie komt erbij en verwijst ernaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Er zijn geen meldingen verschuldigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kenmerk (niet verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vink aan zodra de melding is gedaan; de datum wordt vandaag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gedaan op %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, kenmerk %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te laat: uiterlijk %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uiterlijk %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectionPanel</name>
    <message>
        <source>Ongegrond: het besluit blijft staan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deels gegrond: een nieuw besluit volgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegrond: het besluit vervalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekendmaking vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezwaar vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissing op bezwaar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waartegen maakt de indiener bezwaar, en waarom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezwaar vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De beslissing en haar motivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissing vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekendgemaakt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf minstens %d tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het besluit is bekendgemaakt op %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bezwaartermijn loopt tot en met %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg vast op welke dag het besluit is bekendgemaakt (brief verstuurd of overhandigd); dan gaat de bezwaartermijn van %d weken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bezwaar ontvangen op %s&lt;/b&gt;: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslist op %s: %s. %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Betrokkene toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat is er gebeurd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtreding van het protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artikel %s van het protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over wie de melding gaat (%s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Zoek nog iemand (naam of nummer)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is de persoon over wie de melding gaat. Die kan hier alleen als melder staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s staat al in de lijst als %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Typ een deel van de naam of het leerlingnummer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niemand gevonden bij &apos;%s&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanHearingDialog</name>
    <message>
        <source>Hoorgesprek plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gesprek is al gehouden: ik leg nu ook het verslag vast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. kamer van de teamleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouders/verzorgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie zijn erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zaak krijgt de status &apos;hoorgesprek&apos;. Daarna kunt u de uitnodigingsbrief maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedurePanel</name>
    <message>
        <source>Brieven van deze zaak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brieven opnieuw maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maakt een nieuwe versie van de brieven bij het laatste besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genomen besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekendmaking en bezwaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s door %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>van %s tot en met %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwijkend van het voorstel &apos;%s&apos;. Motivering: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zienswijze tot en met %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bekendgemaakt op %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De brieven worden gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De brieven zijn niet gemaakt. Probeer &apos;Brieven opnieuw maken&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brieven maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 brief gemaakt; hij staat als concept klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d brieven gemaakt; ze staan als concept klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij deze maatregel horen geen brieven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze zaak heeft nog geen brieven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalBox</name>
    <message>
        <source>Alle zaken van deze persoon tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het inzien van de geschiedenis wordt gelogd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen voorstel: deze zaak heeft geen overtreding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorstel van de ladder: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het pestprotocol is leidend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aangifte overwegen (art. %s Sr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mogelijk datalek: binnen %d uur beoordelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(zaak %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerdere maatregelen (laatste %d maanden):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen eerdere maatregelen in de laatste %d maanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen andere zaken over deze persoon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf minstens %d tekens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Uw herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze sleutel ziet u maar één keer. Zonder wachtwoord en zonder deze sleutel is het dossier voor altijd onleesbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF om af te drukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel afgedrukt of opgeschreven en veilig opgeborgen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelsleutel opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen in {0}. Druk het bestand af en verwijder het daarna van de computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFields</name>
    <message>
        <source>Nieuwe melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet verplicht; leeg: de naam van de overtreding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat is er gebeurd? Beschrijf feitelijk: wie, wat, waar, hoe het bekend werd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. 14:35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet verplicht: het tijdstip, als het bekend is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. klassenapp 3H2, aula, thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies of typ (niet verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over wie gaat de melding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke overtreding van het protocol?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat is er gebeurd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer en waar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere betrokkenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewijs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>De melding wordt opgeslagen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog nodig: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles is ingevuld. Druk op Melden om op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding niet opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U hebt de melding nog niet opgeslagen. Wat u hebt ingevuld gaat verloren. Wilt u stoppen zonder op te slaan?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RungChooser</name>
    <message>
        <source>Eerste dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom kiest u een andere maatregel dan het voorstel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (voorstel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beslist door %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoorgesprek vereist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eerst een voornemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten hoogste %d %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Motivering&lt;/b&gt; (verplicht: u wijkt af van het voorstel &apos;%s&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vooraf nodig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schooldag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schooldagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laatste dag: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De motivering is voldoende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een maatregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is geen schooldag; kies een schooldag als eerste dag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De nieuwe taal gaat in wanneer u het programma opnieuw start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder toetsenbord of muis vergrendelt het dossier zich na deze tijd; u opent het weer met uw wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welkom bij Casemanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is op deze computer nog geen dossier bekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuw dossier aanmaken voor onze school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een bestaand dossier openen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Correctie op verklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctie vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verklaring vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iemand anders zoeken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat heeft deze persoon verklaard? Zo letterlijk mogelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De oorspronkelijke verklaring blijft bewaard; deze correctie komt erbij en verwijst ernaar. Pas de tekst hieronder aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minstens %d tekens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <source>Verklaring toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrigeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen verklaringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen notities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verklaringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst wat u wilt corrigeren.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectChooser</name>
    <message>
        <source>Team van de zaak:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>Te doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De lijst opnieuw opbouwen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets te doen.
Termijnen van jouw zaken verschijnen hier vanzelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} in totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter of dubbelklik opent zaak {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Casemanager — aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ander dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers (*.casedb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst het dossier waarin u wilt werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen dossier gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is het demodossier met een verzonnen school. Meld u aan met een van de accounts {0}; het wachtwoord is voor alle accounts: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationPicker</name>
    <message>
        <source>Zoek in de overtredingen (bijv. pesten, A.6)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtreding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artikel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldt niet voor een %s (alleen voor: %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen overtreding gekozen: vink er een of meer aan (of dubbelklik).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; — artikel %s van het protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen artikeltekst in het beleid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ernst: %s · geldt voor: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.webp *.heic *.bmp);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Er ging iets onverwachts mis. Er is niets half opgeslagen. Probeer het opnieuw; blijft het gebeuren, geef dan deze melding door aan de beheerder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat lukte niet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
