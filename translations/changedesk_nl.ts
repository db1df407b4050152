<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditCheckpointFile</name>
    <message>
        <source>The checkpoint cannot be written to %1: %2</source>
        <translation>Het controlepunt kan niet naar %1 worden geschreven: %2</translation>
    </message>
    <message>
        <source>There is no checkpoint file %1.</source>
        <translation>Er is geen controlepuntbestand %1.</translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be read: %2</source>
        <translation>Het controlepuntbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid audit checkpoint: %2</source>
        <translation>%1 is geen geldig controlepunt van het auditspoor: %2</translation>
    </message>
    <message>
        <source>it is larger than 1 MiB</source>
        <translation>het bestand is groter dan 1 MiB</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>het bestand is geen JSON (%1 bij byte %2)</translation>
    </message>
    <message>
        <source>its &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>het veld &quot;format&quot; is niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>it has no &quot;payload&quot; or no &quot;signature&quot;</source>
        <translation>het bestand mist &quot;payload&quot; of &quot;signature&quot;</translation>
    </message>
    <message>
        <source>its payload is not JSON (%1 at byte %2)</source>
        <translation>de inhoud (payload) is geen JSON (%1 bij byte %2)</translation>
    </message>
    <message>
        <source>its payload lacks a valid &quot;seq&quot;, &quot;hash&quot; or &quot;database_id&quot;</source>
        <translation>de inhoud (payload) mist een geldige &quot;seq&quot;, &quot;hash&quot; of &quot;database_id&quot;</translation>
    </message>
    <message>
        <source>The signature of the checkpoint %1 does not match its contents: the file was changed after key %2 signed it.</source>
        <translation>De handtekening van het controlepunt %1 past niet bij de inhoud: het bestand is gewijzigd nadat sleutel %2 het ondertekende.</translation>
    </message>
    <message>
        <source>The checkpoint %1 was signed by key %2, which is not in the keyring: import that public key if you trust it.</source>
        <translation>Het controlepunt %1 is ondertekend met sleutel %2, die niet in de sleutelbos staat: importeer die publieke sleutel als u hem vertrouwt.</translation>
    </message>
    <message>
        <source>The checkpoint %1 names key %2 as its signer but was signed by key %3 (%4).</source>
        <translation>Het controlepunt %1 noemt sleutel %2 als ondertekenaar, maar is ondertekend met sleutel %3 (%4).</translation>
    </message>
    <message>
        <source>The checkpoint %1 was signed by key %2 (%3), not by the key %4 you gave.</source>
        <translation>Het controlepunt %1 is ondertekend met sleutel %2 (%3), niet met de opgegeven sleutel %4.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit event needs an action (what was done).</source>
        <translation>Een gebeurtenis in het auditspoor heeft een actie nodig (wat er is gedaan).</translation>
    </message>
    <message>
        <source>The audit event &apos;%1&apos; is not valid: its action, object type and actor may have at most %2 characters each.</source>
        <translation>De gebeurtenis ‘%1’ is ongeldig: actie, objecttype en actor mogen elk hoogstens %2 tekens hebben.</translation>
    </message>
    <message>
        <source>appending to the audit trail</source>
        <translation>toevoegen aan het auditspoor</translation>
    </message>
    <message>
        <source>The database returned no audit event after appending one.</source>
        <translation>De database gaf na het toevoegen geen gebeurtenis terug.</translation>
    </message>
    <message>
        <source>reading the head of the audit trail</source>
        <translation>lezen van de stand van het auditspoor</translation>
    </message>
    <message>
        <source>The audit trail of %1 has no head (the table audit_head is empty): it was damaged.</source>
        <translation>Het auditspoor van %1 heeft geen stand (de tabel audit_head is leeg): het is beschadigd.</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>lezen van het auditspoor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OpenPGP key fingerprint: give its 40 hexadecimal digits or its long key ID of 16.</source>
        <translation>‘%1’ is geen vingerafdruk van een OpenPGP-sleutel: geef de 40 hexadecimale cijfers of de lange sleutel-ID van 16.</translation>
    </message>
    <message>
        <source>The checkpoint %1 is of another database (%2, identity %3); this database&apos;s identity is %4.</source>
        <translation>Het controlepunt %1 hoort bij een andere database (%2, identiteit %3); de identiteit van deze database is %4.</translation>
    </message>
    <message>
        <source>verifying the audit trail</source>
        <translation>controleren van het auditspoor</translation>
    </message>
    <message>
        <source>Event 1 is missing: the audit trail starts at event %1.</source>
        <translation>Gebeurtenis 1 ontbreekt: het auditspoor begint bij gebeurtenis %1.</translation>
    </message>
    <message>
        <source>Event %1 is missing: after event %2 comes event %3.</source>
        <translation>Gebeurtenis %1 ontbreekt: na gebeurtenis %2 komt gebeurtenis %3.</translation>
    </message>
    <message>
        <source>Event %1 does not match its hash: its contents or its hash were changed after it was written (stored %2, computed %3).</source>
        <translation>Gebeurtenis %1 past niet bij haar hash: inhoud of hash is na het schrijven gewijzigd (opgeslagen %2, berekend %3).</translation>
    </message>
    <message>
        <source>At event %1 the chain has the hash %2, but the signed checkpoint has %3: the trail up to that event was rewritten.</source>
        <translation>Bij gebeurtenis %1 heeft de keten de hash %2, maar het ondertekende controlepunt %3: het spoor tot die gebeurtenis is herschreven.</translation>
    </message>
    <message>
        <source>Event %1 has the time %2, which has more than millisecond precision: it was changed after it was written.</source>
        <translation>Gebeurtenis %1 heeft de tijd %2, nauwkeuriger dan milliseconden: ze is na het schrijven gewijzigd.</translation>
    </message>
    <message>
        <source>Event %1 is missing: the audit trail ends at event %2, but its head records %3 events, so events were cut off the end.</source>
        <translation>Gebeurtenis %1 ontbreekt: het auditspoor eindigt bij gebeurtenis %2, maar de stand vermeldt %3 gebeurtenissen; aan het eind zijn gebeurtenissen afgeknipt.</translation>
    </message>
    <message>
        <source>Event %1 was not appended through the audit log: its head records only %2 events, but the chain goes on to event %3.</source>
        <translation>Gebeurtenis %1 is niet via het auditspoor toegevoegd: de stand vermeldt maar %2 gebeurtenissen, maar de keten loopt door tot gebeurtenis %3.</translation>
    </message>
    <message>
        <source>The head of the audit trail records the hash %1 for event %2, but the chain gives %3.</source>
        <translation>De stand van het auditspoor vermeldt voor gebeurtenis %2 de hash %1, maar de keten geeft %3.</translation>
    </message>
    <message>
        <source>Event %1 is missing: the audit trail ends at event %2, but the signed checkpoint holds event %3, so events were cut off the end.</source>
        <translation>Gebeurtenis %1 ontbreekt: het auditspoor eindigt bij gebeurtenis %2, maar het ondertekende controlepunt bevat gebeurtenis %3; aan het eind zijn gebeurtenissen afgeknipt.</translation>
    </message>
    <message>
        <source>The signed checkpoint of the empty trail has the hash %1 instead of %2.</source>
        <translation>Het ondertekende controlepunt van het lege spoor heeft de hash %1 in plaats van %2.</translation>
    </message>
    <message>
        <source>No checkpoint was written: the audit trail is damaged. %1</source>
        <translation>Er is geen controlepunt geschreven: het auditspoor is beschadigd. %1</translation>
    </message>
</context>
<context>
    <name>CabCommands</name>
    <message>
        <source>&apos;%1&apos; is not the number of a CAB meeting (see cab list)</source>
        <translation>‘%1’ is niet het nummer van een CAB-vergadering (zie cab list)</translation>
    </message>
    <message>
        <source>There is no person with the login &apos;%1&apos;.</source>
        <translation>Er is geen persoon met de login ‘%1’.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of a request for change.</source>
        <translation>‘%1’ is niet het nummer van een wijzigingsverzoek.</translation>
    </message>
    <message>
        <source>RfC %1 is not on the agenda of &apos;%2&apos; (%3).</source>
        <translation>Wijzigingsverzoek %1 staat niet op de agenda van ‘%2’ (%3).</translation>
    </message>
    <message>
        <source>cab needs a subcommand: %1</source>
        <translation>cab verwacht een subopdracht: %1</translation>
    </message>
    <message>
        <source>unknown cab subcommand &apos;%1&apos;: use %2</source>
        <translation>onbekende cab-subopdracht ‘%1’: gebruik %2</translation>
    </message>
    <message>
        <source>cab list takes no arguments</source>
        <translation>cab list neemt geen argumenten</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3  %4, %n item(s)</source>
        <translation>
            <numerusform>%1  %2  %3  %4, %n punt</numerusform>
            <numerusform>%1  %2  %3  %4, %n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>No CAB meetings.</source>
        <translation>Geen CAB-vergaderingen.</translation>
    </message>
    <message>
        <source>cab create needs the meeting&apos;s title</source>
        <translation>cab create heeft de titel van de vergadering nodig</translation>
    </message>
    <message>
        <source>cab create needs --at, the date and time of the meeting</source>
        <translation>cab create heeft --at nodig, de datum en tijd van de vergadering</translation>
    </message>
    <message>
        <source>--quorum &apos;%1&apos; is not a number</source>
        <translation>--quorum ‘%1’ is geen getal</translation>
    </message>
    <message>
        <source>Created CAB meeting %1 &apos;%2&apos; on %3.</source>
        <translation>CAB-vergadering %1 ‘%2’ op %3 aangemaakt.</translation>
    </message>
    <message>
        <source>cab agenda needs the number of one meeting</source>
        <translation>cab agenda heeft het nummer van één vergadering nodig</translation>
    </message>
    <message>
        <source>cab agenda takes one of --build, --add, --remove and --move at a time</source>
        <translation>cab agenda neemt telkens één van --build, --add, --remove en --move</translation>
    </message>
    <message>
        <source>--add &apos;%1&apos; is not the number of a request</source>
        <translation>--add ‘%1’ is niet het nummer van een verzoek</translation>
    </message>
    <message>
        <source>--move needs RFC:POSITION, e.g. 42:1</source>
        <translation>--move heeft VERZOEK:POSITIE nodig, bijv. 42:1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the pre-read package with %n sheet(s) to %1.</source>
        <translation>
            <numerusform>Het voorbereidingspakket met %n blad is naar %1 geschreven.</numerusform>
            <numerusform>Het voorbereidingspakket met %n bladen is naar %1 geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>cab present needs the meeting and the logins of one or more members</source>
        <translation>cab present heeft de vergadering en de logins van een of meer leden nodig</translation>
    </message>
    <message>
        <source>%1 of %2 voting members present (quorum %3).</source>
        <translation>%1 van %2 stemgerechtigde leden aanwezig (quorum %3).</translation>
    </message>
    <message>
        <source>cab vote needs the meeting, the request and approve, reject or abstain</source>
        <translation>cab vote heeft de vergadering, het verzoek en approve, reject of abstain nodig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a vote: use approve, reject or abstain</source>
        <translation>‘%1’ is geen stem: gebruik approve, reject of abstain</translation>
    </message>
    <message>
        <source>Vote recorded on RfC %1: %2 for approval, %3 for rejection, %4 abstaining.</source>
        <translation>Stem over wijzigingsverzoek %1 vastgelegd: %2 voor goedkeuring, %3 voor afwijzing, %4 onthoudingen.</translation>
    </message>
    <message>
        <source>cab decide needs the meeting, the request and one of: %1</source>
        <translation>cab decide heeft de vergadering, het verzoek en een van deze nodig: %1</translation>
    </message>
    <message>
        <source>RfC %1: %2; the request is now &apos;%3&apos;.</source>
        <translation>Wijzigingsverzoek %1: %2; het verzoek is nu ‘%3’.</translation>
    </message>
    <message>
        <source>cab close needs the number of one meeting</source>
        <translation>cab close heeft het nummer van één vergadering nodig</translation>
    </message>
    <message>
        <source>Closed CAB meeting %1 &apos;%2&apos;.</source>
        <translation>CAB-vergadering %1 ‘%2’ gesloten.</translation>
    </message>
    <message>
        <source>cab minutes needs the number of one meeting</source>
        <translation>cab minutes heeft het nummer van één vergadering nodig</translation>
    </message>
    <message>
        <source>Wrote the minutes of &apos;%1&apos; to %2.</source>
        <translation>De notulen van ‘%1’ zijn naar %2 geschreven.</translation>
    </message>
    <message>
        <source>Change Advisory Board:
  cab list               the meetings, newest first
  cab create TITLE --at DATETIME [--end DATETIME] [--location TEXT] --chair LOGIN
                         --members LOGIN,... [--guests LOGIN,...] [--quorum N] [--as USER]
  cab agenda MEETING [--build | --add RFC | --remove RFC | --move RFC:POSITION]
                         [--pdf FILE] [--as USER]
                         the agenda with one sheet per request; --build adds the requests
                         awaiting the board; --pdf writes the pre-read package
  cab present MEETING LOGIN... [--absent] [--as USER]
  cab vote MEETING RFC approve|reject|abstain [--for LOGIN] [--comment TEXT] [--as USER]
  cab decide MEETING RFC approve|reject|defer|more_information|escalate
                         [--recommendation TEXT] [--note TEXT] [--as USER]
  cab close MEETING [--as USER]
  cab minutes MEETING [--pdf FILE]
</source>
        <translation>Change Advisory Board (CAB):
  cab list               de vergaderingen, nieuwste eerst
  cab create TITLE --at DATETIME [--end DATETIME] [--location TEXT] --chair LOGIN
                         --members LOGIN,... [--guests LOGIN,...] [--quorum N] [--as USER]
  cab agenda MEETING [--build | --add RFC | --remove RFC | --move RFC:POSITION]
                         [--pdf FILE] [--as USER]
                         de agenda met één blad per verzoek; --build voegt de verzoeken toe
                         die op de CAB wachten; --pdf schrijft het voorbereidingspakket
  cab present MEETING LOGIN... [--absent] [--as USER]
  cab vote MEETING RFC approve|reject|abstain [--for LOGIN] [--comment TEXT] [--as USER]
  cab decide MEETING RFC approve|reject|defer|more_information|escalate
                         [--recommendation TEXT] [--note TEXT] [--as USER]
  cab close MEETING [--as USER]
  cab minutes MEETING [--pdf FILE]
</translation>
    </message>
</context>
<context>
    <name>CabDocuments</name>
    <message>
        <source>Item %1: RfC #%2 %3</source>
        <translation>Punt %1: wijzigingsverzoek #%2 %3</translation>
    </message>
    <message>
        <source>%1 for approval, %2 for rejection, %3 abstaining</source>
        <translation>%1 voor goedkeuring, %2 voor afwijzing, %3 onthoudingen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pre-read: %1</source>
        <translation>Voorbereiding: %1</translation>
    </message>
    <message numerus="yes">
        <source>Members: %1. Quorum: %n voting member(s).</source>
        <translation>
            <numerusform>Leden: %1. Quorum: %n stemgerechtigd lid.</numerusform>
            <numerusform>Leden: %1. Quorum: %n stemgerechtigde leden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>De agenda is leeg.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Request for change</source>
        <translation>Wijzigingsverzoek</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplande start</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Type, category, priority</source>
        <translation>Type, categorie, prioriteit</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>niet ingedeeld</translation>
    </message>
    <message>
        <source>What is changed</source>
        <translation>Wat er verandert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Impact and risk</source>
        <translation>Impact en risico</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message numerus="yes">
        <source>Expected downtime: %n minute(s)</source>
        <translation>
            <numerusform>Verwachte uitvaltijd: %n minuut</numerusform>
            <numerusform>Verwachte uitvaltijd: %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The systems are restarted.</source>
        <translation>De systemen worden herstart.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>%1 (%2, protection need %3)</source>
        <translation>%1 (%2, beschermingsbehoefte %3)</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Groepen: %1</translation>
    </message>
    <message>
        <source>Affected configuration items</source>
        <translation>Betrokken configuratie-items</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>geen genoemd</translation>
    </message>
    <message>
        <source>Implementers</source>
        <translation>Uitvoerders</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blokkerend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Recommendation of the change manager</source>
        <translation>Advies van de wijzigingsbeheerder</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testresultaten</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>geen vastgelegd</translation>
    </message>
    <message>
        <source>Fallback plan</source>
        <translation>Terugvalplan</translation>
    </message>
    <message>
        <source>When to fall back</source>
        <translation>Wanneer wordt teruggevallen</translation>
    </message>
    <message>
        <source>%1 should be &apos;%2&apos;: %3 (%4)</source>
        <translation>%1 zou ‘%2’ moeten zijn: %3 (%4)</translation>
    </message>
    <message>
        <source>Objections of security management</source>
        <translation>Bezwaren van security management</translation>
    </message>
    <message>
        <source>Prepared on %1 by ChangeDesk.</source>
        <translation>Opgesteld op %1 met ChangeDesk.</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Notulen: %1</translation>
    </message>
    <message>
        <source>Draft: the meeting is not closed yet.</source>
        <translation>Concept: de vergadering is nog niet gesloten.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>niemand vastgelegd</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>reached: %1 of %2 voting members needed</source>
        <translation>bereikt: %1 van de %2 benodigde stemgerechtigde leden</translation>
    </message>
    <message>
        <source>not reached: %1 of %2 voting members needed</source>
        <translation>niet bereikt: %1 van de %2 benodigde stemgerechtigde leden</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Reason and conditions</source>
        <translation>Reden en voorwaarden</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>no votes recorded</source>
        <translation>geen stemmen vastgelegd</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>The agenda was empty.</source>
        <translation>De agenda was leeg.</translation>
    </message>
    <message>
        <source>Generated on %1 by ChangeDesk from the meeting&apos;s record.</source>
        <translation>Op %1 door ChangeDesk opgesteld uit de vastleggingen van de vergadering.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1. RfC #%2 %3 [%4, %5]</source>
        <translation>%1. Wijzigingsverzoek #%2 %3 [%4, %5]</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Aanwezig: %1</translation>
    </message>
    <message>
        <source>Quorum reached: %1 of %2</source>
        <translation>Quorum bereikt: %1 van %2</translation>
    </message>
    <message>
        <source>Quorum not reached: %1 of %2</source>
        <translation>Quorum niet bereikt: %1 van %2</translation>
    </message>
    <message>
        <source>  Decision: %1</source>
        <translation>  Besluit: %1</translation>
    </message>
    <message>
        <source>  Recommendation: %1</source>
        <translation>  Advies: %1</translation>
    </message>
    <message>
        <source>  Reason and conditions: %1</source>
        <translation>  Reden en voorwaarden: %1</translation>
    </message>
    <message>
        <source>  Votes: %1</source>
        <translation>  Stemmen: %1</translation>
    </message>
</context>
<context>
    <name>CabService</name>
    <message>
        <source>CAB meeting %1</source>
        <translation>CAB-vergadering %1</translation>
    </message>
    <message>
        <source>nobody acting</source>
        <translation>niemand die handelt</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>niet besloten</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>more information needed</source>
        <translation>meer informatie nodig</translation>
    </message>
    <message>
        <source>escalated to management</source>
        <translation>geëscaleerd naar het management</translation>
    </message>
    <message>
        <source>for approval</source>
        <translation>voor goedkeuring</translation>
    </message>
    <message>
        <source>for rejection</source>
        <translation>voor afwijzing</translation>
    </message>
    <message>
        <source>abstains</source>
        <translation>onthoudt zich</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>voorzitter</translation>
    </message>
    <message>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>gast</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 lezen</translation>
    </message>
    <message>
        <source>There is no CAB meeting %1.</source>
        <translation>Er is geen CAB-vergadering %1.</translation>
    </message>
    <message>
        <source>reading the members of %1</source>
        <translation>de leden van %1 lezen</translation>
    </message>
    <message>
        <source>reading the agenda of %1</source>
        <translation>de agenda van %1 lezen</translation>
    </message>
    <message>
        <source>reading the votes of %1</source>
        <translation>de stemmen van %1 lezen</translation>
    </message>
    <message>
        <source>reading the CAB meetings</source>
        <translation>de CAB-vergaderingen lezen</translation>
    </message>
    <message>
        <source>A CAB meeting needs a title.</source>
        <translation>Een CAB-vergadering heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The CAB meeting &apos;%1&apos; needs a date and time.</source>
        <translation>De CAB-vergadering ‘%1’ heeft een datum en tijd nodig.</translation>
    </message>
    <message>
        <source>The CAB meeting &apos;%1&apos; ends before it starts.</source>
        <translation>De CAB-vergadering ‘%1’ eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>Person %1 is named twice among the members of &apos;%2&apos;.</source>
        <translation>Persoon %1 staat twee keer tussen de leden van ‘%2’.</translation>
    </message>
    <message>
        <source>The CAB meeting &apos;%1&apos; has more than one chair.</source>
        <translation>De CAB-vergadering ‘%1’ heeft meer dan één voorzitter.</translation>
    </message>
    <message numerus="yes">
        <source>The quorum of &apos;%1&apos; must be between 1 and the %n voting member(s).</source>
        <translation>
            <numerusform>Het quorum van ‘%1’ moet tussen 1 en het %n stemgerechtigde lid liggen.</numerusform>
            <numerusform>Het quorum van ‘%1’ moet tussen 1 en de %n stemgerechtigde leden liggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>saving the members of %1</source>
        <translation>de leden van %1 opslaan</translation>
    </message>
    <message>
        <source>adding person %1 to %2</source>
        <translation>persoon %1 aan %2 toevoegen</translation>
    </message>
    <message>
        <source>ordering the agenda of %1</source>
        <translation>de agenda van %1 ordenen</translation>
    </message>
    <message>
        <source>Only a change manager or an administrator convenes the CAB; %1 is neither.</source>
        <translation>Alleen een wijzigingsbeheerder of een beheerder roept de CAB bijeen; %1 is geen van beide.</translation>
    </message>
    <message>
        <source>adding the CAB meeting &apos;%1&apos;</source>
        <translation>de CAB-vergadering ‘%1’ aanmaken</translation>
    </message>
    <message>
        <source>Only a change manager, an administrator or the chair keeps &apos;%1&apos;; %2 is none of them.</source>
        <translation>Alleen een wijzigingsbeheerder, een beheerder of de voorzitter beheert ‘%1’; %2 is geen van hen.</translation>
    </message>
    <message>
        <source>The CAB meeting &apos;%1&apos; is closed; its record no longer changes.</source>
        <translation>De CAB-vergadering ‘%1’ is gesloten; de vastleggingen veranderen niet meer.</translation>
    </message>
    <message>
        <source>Someone saved the CAB meeting &apos;%1&apos; in the meantime; reload it and try again.</source>
        <translation>Iemand heeft de CAB-vergadering ‘%1’ intussen opgeslagen; laad haar opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>%1 has voted in &apos;%2&apos; and stays a member.</source>
        <translation>%1 heeft in ‘%2’ gestemd en blijft lid.</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>%1 opslaan</translation>
    </message>
    <message>
        <source>Only a change manager or an administrator removes a CAB meeting; %1 is neither.</source>
        <translation>Alleen een wijzigingsbeheerder of een beheerder verwijdert een CAB-vergadering; %1 is geen van beide.</translation>
    </message>
    <message>
        <source>The CAB meeting &apos;%1&apos; has recorded decisions; it stays in the record.</source>
        <translation>De CAB-vergadering ‘%1’ heeft vastgelegde besluiten; ze blijft bewaard.</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>reading the agendas of the planned CAB meetings</source>
        <translation>de agenda’s van de geplande CAB-vergaderingen lezen</translation>
    </message>
    <message>
        <source>putting RfC %1 on the agenda of &apos;%2&apos;</source>
        <translation>wijzigingsverzoek %1 op de agenda van ‘%2’ zetten</translation>
    </message>
    <message>
        <source>RfC %1 is on the agenda of &apos;%2&apos; already.</source>
        <translation>Wijzigingsverzoek %1 staat al op de agenda van ‘%2’.</translation>
    </message>
    <message>
        <source>RfC %1 does not await the CAB: it is in the state &apos;%2&apos;.</source>
        <translation>Wijzigingsverzoek %1 wacht niet op de CAB: het is in de status ‘%2’.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no agenda item %2.</source>
        <translation>‘%1’ heeft geen agendapunt %2.</translation>
    </message>
    <message>
        <source>RfC %1 has votes or a decision in &apos;%2&apos;; it stays on the agenda.</source>
        <translation>Wijzigingsverzoek %1 heeft stemmen of een besluit in ‘%2’; het blijft op de agenda.</translation>
    </message>
    <message>
        <source>taking RfC %1 off the agenda</source>
        <translation>wijzigingsverzoek %1 van de agenda halen</translation>
    </message>
    <message>
        <source>Person %1 is not a member of &apos;%2&apos;.</source>
        <translation>Persoon %1 is geen lid van ‘%2’.</translation>
    </message>
    <message>
        <source>recording who is present at &apos;%1&apos;</source>
        <translation>vastleggen wie aanwezig is bij ‘%1’</translation>
    </message>
    <message>
        <source>RfC %1 is decided (%2); the vote is over.</source>
        <translation>Over wijzigingsverzoek %1 is besloten (%2); de stemming is voorbij.</translation>
    </message>
    <message>
        <source>Person %1 has no vote in &apos;%2&apos;.</source>
        <translation>Persoon %1 heeft geen stemrecht in ‘%2’.</translation>
    </message>
    <message>
        <source>%1 is not recorded as present at &apos;%2&apos; and cannot vote.</source>
        <translation>%1 is bij ‘%2’ niet als aanwezig vastgelegd en kan niet stemmen.</translation>
    </message>
    <message>
        <source>recording the vote of %1</source>
        <translation>de stem van %1 vastleggen</translation>
    </message>
    <message>
        <source>Choose a decision for RfC %1.</source>
        <translation>Kies een besluit voor wijzigingsverzoek %1.</translation>
    </message>
    <message>
        <source>RfC %1 is decided already (%2).</source>
        <translation>Over wijzigingsverzoek %1 is al besloten (%2).</translation>
    </message>
    <message>
        <source>The board is not quorate: %1 of %2 voting members needed are present. Without a quorum it may defer, ask for more information or escalate.</source>
        <translation>De CAB heeft geen quorum: %1 van de %2 benodigde stemgerechtigde leden zijn aanwezig. Zonder quorum kan ze uitstellen, meer informatie vragen of escaleren.</translation>
    </message>
    <message>
        <source>The decision &apos;%1&apos; on RfC %2 needs a note saying why or what is missing.</source>
        <translation>Het besluit ‘%1’ over wijzigingsverzoek %2 heeft een notitie nodig over het waarom of wat er ontbreekt.</translation>
    </message>
    <message>
        <source>RfC %1 is in the state &apos;%2&apos;, from which the workflow has no transition for the board to %3 it.</source>
        <translation>Wijzigingsverzoek %1 is in de status ‘%2’, waaruit de workflow geen overgang heeft waarmee de CAB het kan %3.</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>goedkeuren</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>afwijzen</translation>
    </message>
    <message>
        <source>%1 by the CAB in &apos;%2&apos;</source>
        <translation>%1 door de CAB in ‘%2’</translation>
    </message>
    <message>
        <source>recording the decision on RfC %1</source>
        <translation>het besluit over wijzigingsverzoek %1 vastleggen</translation>
    </message>
    <message>
        <source>closing %1</source>
        <translation>%1 sluiten</translation>
    </message>
    <message>
        <source>reading the people</source>
        <translation>de personen lezen</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groep %1</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>%1 &apos;%2&apos; is not a date (2026-12-01) or a date and time (2026-12-01T22:00, UTC unless a zone is given).</source>
        <translation>%1 ‘%2’ is geen datum (2026-12-01) en ook geen datum en tijd (2026-12-01T22:00, UTC tenzij een tijdzone is opgegeven).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of a request for change.</source>
        <translation>‘%1’ is niet het nummer van een wijzigingsverzoek.</translation>
    </message>
    <message>
        <source>--to must be after --from.</source>
        <translation>--to moet na --from liggen.</translation>
    </message>
    <message>
        <source>calendar needs a subcommand: %1</source>
        <translation>calendar verwacht een subopdracht: %1</translation>
    </message>
    <message>
        <source>unknown calendar subcommand &apos;%1&apos;: use %2</source>
        <translation>onbekende calendar-subopdracht ‘%1’: gebruik %2</translation>
    </message>
    <message>
        <source>calendar conflicts takes no arguments besides its options</source>
        <translation>calendar conflicts accepteert geen argumenten behalve de eigen opties</translation>
    </message>
    <message numerus="yes">
        <source>No conflicts among %n scheduled item(s).</source>
        <translation>
            <numerusform>Geen conflicten: %n gepland item gecontroleerd.</numerusform>
            <numerusform>Geen conflicten: %n geplande items gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), %1 blocking.</source>
        <translation>
            <numerusform>%n conflict, waarvan %1 blokkerend.</numerusform>
            <numerusform>%n conflicten, waarvan %1 blokkerend.</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar next-slot needs the number of one request for change</source>
        <translation>calendar next-slot verwacht het nummer van één wijzigingsverzoek</translation>
    </message>
    <message>
        <source>--duration &apos;%1&apos; is not a number of minutes from 1 to 44640.</source>
        <translation>--duration ‘%1’ is geen aantal minuten van 1 tot en met 44640.</translation>
    </message>
    <message numerus="yes">
        <source>There is no free slot of %n minute(s) for request #%1 within a year: its configuration items&apos; maintenance windows are too short or always taken.</source>
        <translation>
            <numerusform>Voor verzoek #%1 is er binnen een jaar geen vrij tijdslot van %n minuut: de onderhoudsvensters van de configuratie-items zijn te kort of altijd bezet.</numerusform>
            <numerusform>Voor verzoek #%1 is er binnen een jaar geen vrij tijdslot van %n minuten: de onderhoudsvensters van de configuratie-items zijn te kort of altijd bezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request #%1: next free slot %2 to %3.</source>
        <translation>Verzoek #%1: eerstvolgend vrij tijdslot %2 tot %3.</translation>
    </message>
    <message>
        <source>give either a request or --from and --to, not both</source>
        <translation>geef een verzoek óf --from en --to op, niet beide</translation>
    </message>
    <message>
        <source>calendar ics needs the file to write</source>
        <translation>calendar ics verwacht het doelbestand</translation>
    </message>
    <message>
        <source>--rfc needs the number of a request for change</source>
        <translation>--rfc verwacht het nummer van een wijzigingsverzoek</translation>
    </message>
    <message>
        <source>ChangeDesk: forward schedule of changes</source>
        <translation>ChangeDesk: planning van komende wijzigingen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%n agenda-item naar %1 geschreven.</numerusform>
            <numerusform>%n agenda-items naar %1 geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar notice takes at most the number of one request for change</source>
        <translation>calendar notice accepteert hoogstens het nummer van één wijzigingsverzoek</translation>
    </message>
    <message>
        <source>Nothing is scheduled then.</source>
        <translation>In die periode is niets gepland.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n notice(s) to %1.</source>
        <translation>
            <numerusform>%n aankondiging naar %1 geschreven.</numerusform>
            <numerusform>%n aankondigingen naar %1 geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar window needs list, add or remove</source>
        <translation>calendar window verwacht list, add of remove</translation>
    </message>
    <message>
        <source>calendar window list takes no arguments</source>
        <translation>calendar window list accepteert geen argumenten</translation>
    </message>
    <message>
        <source>No maintenance windows.</source>
        <translation>Geen onderhoudsvensters.</translation>
    </message>
    <message>
        <source>calendar window remove needs the id of one window</source>
        <translation>calendar window remove verwacht de ID van één onderhoudsvenster</translation>
    </message>
    <message>
        <source>Removed maintenance window %1 &apos;%2&apos;.</source>
        <translation>Onderhoudsvenster %1 ‘%2’ verwijderd.</translation>
    </message>
    <message>
        <source>There is no maintenance window %1.</source>
        <translation>Er is geen onderhoudsvenster %1.</translation>
    </message>
    <message>
        <source>calendar window add needs the window&apos;s name</source>
        <translation>calendar window add verwacht de naam van het onderhoudsvenster</translation>
    </message>
    <message>
        <source>a window belongs to --ci or to --group, not to both</source>
        <translation>een onderhoudsvenster hoort bij --ci of bij --group, niet bij beide</translation>
    </message>
    <message>
        <source>--ci: there is no configuration item named &apos;%1&apos;</source>
        <translation>--ci: er is geen configuratie-item met de naam ‘%1’</translation>
    </message>
    <message>
        <source>--group: there is no group named &apos;%1&apos;</source>
        <translation>--group: er is geen groep met de naam ‘%1’</translation>
    </message>
    <message>
        <source>--frequency &apos;%1&apos; is not daily, weekly or monthly</source>
        <translation>--frequency ‘%1’ is niet daily, weekly of monthly</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number</source>
        <translation>--%1 ‘%2’ is geen getal</translation>
    </message>
    <message>
        <source>calendar window add needs --start and --end (HH:MM, local time of --zone)</source>
        <translation>calendar window add verwacht --start en --end (HH:MM, lokale tijd van --zone)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time (HH:MM)</source>
        <translation>--%1 ‘%2’ is geen tijd (HH:MM)</translation>
    </message>
    <message>
        <source>--from &apos;%1&apos; is not a date (2026-12-01)</source>
        <translation>--from ‘%1’ is geen datum (2026-12-01)</translation>
    </message>
    <message>
        <source>--until &apos;%1&apos; is not a date (2026-12-31)</source>
        <translation>--until ‘%1’ is geen datum (2026-12-31)</translation>
    </message>
    <message>
        <source>Added maintenance window %1 &apos;%2&apos;: %3.</source>
        <translation>Onderhoudsvenster %1 ‘%2’ toegevoegd: %3.</translation>
    </message>
    <message>
        <source>calendar freeze needs list, add or remove</source>
        <translation>calendar freeze verwacht list, add of remove</translation>
    </message>
    <message>
        <source>calendar freeze list takes no arguments</source>
        <translation>calendar freeze list accepteert geen argumenten</translation>
    </message>
    <message>
        <source>No freeze periods.</source>
        <translation>Geen wijzigingsstops.</translation>
    </message>
    <message>
        <source>calendar freeze remove needs the id of one freeze period</source>
        <translation>calendar freeze remove verwacht de ID van één wijzigingsstop</translation>
    </message>
    <message>
        <source>Removed freeze period %1 &apos;%2&apos;.</source>
        <translation>Wijzigingsstop %1 ‘%2’ verwijderd.</translation>
    </message>
    <message>
        <source>There is no freeze period %1.</source>
        <translation>Er is geen wijzigingsstop %1.</translation>
    </message>
    <message>
        <source>calendar freeze add needs the freeze period&apos;s name</source>
        <translation>calendar freeze add verwacht de naam van de wijzigingsstop</translation>
    </message>
    <message>
        <source>calendar freeze add needs --from and --to</source>
        <translation>calendar freeze add verwacht --from en --to</translation>
    </message>
    <message>
        <source>Added freeze period %1 &apos;%2&apos; from %3 to %4.</source>
        <translation>Wijzigingsstop %1 ‘%2’ van %3 tot %4 toegevoegd.</translation>
    </message>
    <message>
        <source>Change calendar:
  calendar conflicts [--from DATE] [--to DATE] [--rfc ID]
                         conflicts of the scheduled changes, with their reasons
  calendar next-slot RFC [--after DATE] [--duration MINUTES]
                         the next time that keeps every rule
  calendar ics FILE [--rfc ID | --from DATE --to DATE]
                         iCalendar export of one change or of the forward schedule
  calendar notice [RFC] [--from DATE --to DATE] [--pdf FILE]
                         downtime notice: services, departments, contacts
  calendar window list | add NAME --start HH:MM --end HH:MM [--zone IANA]
                         [--frequency daily|weekly|monthly] [--interval N] [--days mo,tu,...]
                         [--month-day N | --week N] [--from DATE] [--until DATE]
                         [--ci NAME | --group NAME] [--as USER] | remove ID [--as USER]
  calendar freeze list | add NAME --from DATE --to DATE [--group NAME] [--reason TEXT]
                         [--as USER] | remove ID [--as USER]
  Dates are ISO 8601: 2026-12-01 (midnight UTC) or 2026-12-01T22:00 (UTC unless a zone is given).
</source>
        <translation>Wijzigingskalender:
  calendar conflicts [--from DATE] [--to DATE] [--rfc ID]
                         conflicten bij de geplande wijzigingen, met hun oorzaken
  calendar next-slot RFC [--after DATE] [--duration MINUTES]
                         het eerstvolgende tijdstip dat aan alle regels voldoet
  calendar ics FILE [--rfc ID | --from DATE --to DATE]
                         iCalendar-export van één wijziging of van de planning van
                         komende wijzigingen
  calendar notice [RFC] [--from DATE --to DATE] [--pdf FILE]
                         aankondiging van uitvaltijd: diensten, afdelingen, contactpersonen
  calendar window list | add NAME --start HH:MM --end HH:MM [--zone IANA]
                         [--frequency daily|weekly|monthly] [--interval N] [--days mo,tu,...]
                         [--month-day N | --week N] [--from DATE] [--until DATE]
                         [--ci NAME | --group NAME] [--as USER] | remove ID [--as USER]
  calendar freeze list | add NAME --from DATE --to DATE [--group NAME] [--reason TEXT]
                         [--as USER] | remove ID [--as USER]
  Datums volgens ISO 8601: 2026-12-01 (middernacht UTC) of 2026-12-01T22:00 (UTC tenzij
  een tijdzone is opgegeven).
</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>maintenance window &apos;%1&apos;</source>
        <translation>onderhoudsvenster ‘%1’</translation>
    </message>
    <message>
        <source>freeze period &apos;%1&apos;</source>
        <translation>wijzigingsstop ‘%1’</translation>
    </message>
    <message>
        <source>Only a change manager or an administrator keeps the maintenance windows and freeze periods; %1 is neither.</source>
        <translation>Alleen een wijzigingsbeheerder of een beheerder houdt de onderhoudsvensters en wijzigingsstops bij; %1 is geen van beide.</translation>
    </message>
    <message>
        <source>nobody acting</source>
        <translation>iemand zonder aanmelding</translation>
    </message>
    <message>
        <source>reading the maintenance windows</source>
        <translation>lezen van de onderhoudsvensters</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>toevoegen van %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lezen van %1</translation>
    </message>
    <message>
        <source>The %1 was removed in the meantime.</source>
        <translation>Intussen is %1 verwijderd.</translation>
    </message>
    <message>
        <source>reading the freeze periods</source>
        <translation>lezen van de wijzigingsstops</translation>
    </message>
    <message>
        <source>reading the scheduled changes</source>
        <translation>lezen van de geplande wijzigingen</translation>
    </message>
    <message>
        <source>reading the CIs of the scheduled changes</source>
        <translation>lezen van de CI’s van de geplande wijzigingen</translation>
    </message>
    <message>
        <source>reading the groups of the scheduled changes</source>
        <translation>lezen van de groepen van de geplande wijzigingen</translation>
    </message>
    <message>
        <source>reading the implementers of the scheduled changes</source>
        <translation>lezen van de uitvoerders van de geplande wijzigingen</translation>
    </message>
    <message>
        <source>reading the rollout waves of the scheduled changes</source>
        <translation>lezen van de uitrolgolven van de geplande wijzigingen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>reading the CMDB&apos;s relations</source>
        <translation>lezen van de relaties in de CMDB</translation>
    </message>
    <message>
        <source>reading the names of the CIs</source>
        <translation>lezen van de namen van de CI’s</translation>
    </message>
    <message>
        <source>reading the names of people</source>
        <translation>lezen van de namen van personen</translation>
    </message>
</context>
<context>
    <name>ChangeAgenda</name>
    <message>
        <source>reading the to-do list</source>
        <translation>bij het lezen van de takenlijst</translation>
    </message>
    <message>
        <source>looking for overdue evaluations</source>
        <translation>bij het zoeken naar achterstallige evaluaties</translation>
    </message>
    <message>
        <source>The key figures need a period whose end (%1) is not before its start (%2).</source>
        <translation>De kengetallen hebben een periode nodig waarvan het einde (%1) niet vóór het begin (%2) ligt.</translation>
    </message>
    <message>
        <source>The key figures cover at most 100 years at a time.</source>
        <translation>De kengetallen beslaan ten hoogste 100 jaar tegelijk.</translation>
    </message>
    <message>
        <source>computing the key figures</source>
        <translation>bij het berekenen van de kengetallen</translation>
    </message>
</context>
<context>
    <name>ChangeAnalysis</name>
    <message>
        <source>confidentiality</source>
        <translation>vertrouwelijkheid</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>integriteit</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>beschikbaarheid</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a %2 need for %3.</source>
        <translation>‘%1’ heeft beschermingsbehoefte ‘%2’ voor %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a %2 need for %3, from &apos;%4&apos; that depends on it.</source>
        <translation>‘%1’ heeft beschermingsbehoefte ‘%2’ voor %3, overgenomen van ‘%4’, dat ervan afhangt.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s) depend on &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n configuratie-item hangt af van ‘%1’.</numerusform>
            <numerusform>%n configuratie-items hangen af van ‘%1’.</numerusform>
        </translation>
    </message>
    <message>
        <source>No affected configuration item needs more than normal protection.</source>
        <translation>Geen betrokken configuratie-item heeft meer dan normale beschermingsbehoefte.</translation>
    </message>
    <message>
        <source>An emergency change has high priority.</source>
        <translation>Een spoedwijziging heeft hoge prioriteit.</translation>
    </message>
    <message>
        <source>It is security-relevant and touches a high protection need.</source>
        <translation>Ze is beveiligingsrelevant en raakt een hoge beschermingsbehoefte.</translation>
    </message>
    <message>
        <source>There is no configuration item with id %1.</source>
        <translation>Er is geen configuratie-item met ID %1.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::AboutDialog</name>
    <message>
        <source>About ChangeDesk</source>
        <translation>Over ChangeDesk</translation>
    </message>
    <message>
        <source>Patch and change management for public-sector IT: configuration items, requests for change, the change calendar and the Change Advisory Board, following BSI OPS.1.1.3 and the IBD patch management factsheet.</source>
        <translation>Patch- en wijzigingsbeheer voor de ICT van de publieke sector: configuratie-items (CI’s), wijzigingsverzoeken, de wijzigingskalender en de Change Advisory Board, volgens BSI OPS.1.1.3 en de IBD-factsheet Patchmanagement.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Uitgebracht onder de GNU General Public License, versie 3 of later.</translation>
    </message>
    <message numerus="yes">
        <source>%n syntax definitions available</source>
        <translation>
            <numerusform>%n syntaxdefinitie beschikbaar</numerusform>
            <numerusform>%n syntaxdefinities beschikbaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Componenten:</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::AcceptanceDialog</name>
    <message>
        <source>&amp;Accepted: the package passed every test case</source>
        <translation>&amp;Geaccepteerd: het pakket heeft elk testgeval doorstaan</translation>
    </message>
    <message>
        <source>&amp;Refused, because:</source>
        <translation>&amp;Afgewezen, omdat:</translation>
    </message>
    <message>
        <source>Acceptance of %1</source>
        <translation>Acceptatie van %1</translation>
    </message>
    <message>
        <source>e.g. test lab, reference client W11-REF-01</source>
        <translation>bijv. testlab, referentieclient W11-REF-01</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testgeval</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Add a test case</source>
        <translation>Testgeval toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Pakket:</translation>
    </message>
    <message>
        <source>Test &amp;environment:</source>
        <translation>Test&amp;omgeving:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Test cases and their results:</source>
        <translation>Testgevallen en hun resultaten:</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::AffectedDialog</name>
    <message>
        <source>Configuration item</source>
        <translation>Configuratie-item</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Protection need</source>
        <translation>Beschermingsbehoefte</translation>
    </message>
    <message>
        <source>Affected configuration items and groups</source>
        <translation>Betrokken configuratie-items en groepen</translation>
    </message>
    <message>
        <source>Type to filter by name, class, site or platform</source>
        <translation>Typ om te filteren op naam, klasse, locatie of platform</translation>
    </message>
    <message>
        <source>Dynamic group: %1</source>
        <translation>Dynamische groep: %1</translation>
    </message>
    <message>
        <source>Static group</source>
        <translation>Statische groep</translation>
    </message>
    <message>
        <source>Configuration items</source>
        <translation>Configuratie-items</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>The CMDB has no groups yet.</source>
        <translation>De CMDB heeft nog geen groepen.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s)</source>
        <translation>
            <numerusform>%n configuratie-item</numerusform>
            <numerusform>%n configuratie-items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) chosen</source>
        <translation>
            <numerusform>%n groep gekozen</numerusform>
            <numerusform>%n groepen gekozen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::AttachmentViewer</name>
    <message>
        <source>Attachment %1</source>
        <translation>Bijlage %1</translation>
    </message>
    <message>
        <source>This file is not text; it is not shown here.</source>
        <translation>Dit bestand is geen tekst; het wordt hier niet getoond.</translation>
    </message>
    <message>
        <source>%1 — %2, binary, SHA-256 %3</source>
        <translation>%1 — %2, binair, SHA-256 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n line(s), SHA-256 %3</source>
        <translation>
            <numerusform>%1 — %2, %n regel, SHA-256 %3</numerusform>
            <numerusform>%1 — %2, %n regels, SHA-256 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 vergeleken met %2</translation>
    </message>
    <message>
        <source>Only text files are compared line by line; %1 is not text.</source>
        <translation>Alleen tekstbestanden worden regel voor regel vergeleken; %1 is geen tekst.</translation>
    </message>
    <message>
        <source>Left: %1 · right: %2 — %3. In the middle: the line numbers and ~ changed, - removed, + added.</source>
        <translation>Links: %1 · rechts: %2 — %3. In het midden: de regelnummers en ~ gewijzigd, - verwijderd, + toegevoegd.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CabMeetingDialog</name>
    <message>
        <source>New CAB meeting</source>
        <translation>Nieuwe CAB-vergadering</translation>
    </message>
    <message>
        <source>CAB meeting</source>
        <translation>CAB-vergadering</translation>
    </message>
    <message>
        <source>e.g. Weekly CAB</source>
        <translation>bijv. Wekelijkse CAB</translation>
    </message>
    <message>
        <source>How many voting members (chair and members, not guests) must be present for the board to approve or reject.</source>
        <translation>Hoeveel stemgerechtigde leden (voorzitter en leden, geen gasten) aanwezig moeten zijn om goed te keuren of af te wijzen.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Role in this meeting</source>
        <translation>Rol in deze vergadering</translation>
    </message>
    <message>
        <source>not in this meeting</source>
        <translation>niet in deze vergadering</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Begint:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Eindigt:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <source>Members (the composition may differ from meeting to meeting):</source>
        <translation>Leden (de samenstelling kan per vergadering verschillen):</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CabPane</name>
    <message>
        <source>CAB</source>
        <translation>CAB</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <source>Open a database to prepare Change Advisory Board meetings.</source>
        <translation>Open een database om vergaderingen van de Change Advisory Board voor te bereiden.</translation>
    </message>
    <message>
        <source>Record &amp;vote</source>
        <translation>&amp;Stem vastleggen</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>&amp;Besluit vastleggen</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nieuwe vergadering…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Build agenda</source>
        <translation>Agenda opstellen</translation>
    </message>
    <message>
        <source>Adds the requests awaiting the board, by priority, category and planned date</source>
        <translation>Voegt de verzoeken toe die op de CAB wachten, op prioriteit, categorie en geplande datum</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Takes the request off the agenda</source>
        <translation>Haalt het verzoek van de agenda</translation>
    </message>
    <message>
        <source>Save the pre-read package</source>
        <translation>Voorbereidingspakket opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the pre-read package to %1.</source>
        <translation>Het voorbereidingspakket is opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Notulen opslaan</translation>
    </message>
    <message>
        <source>Saved the minutes to %1.</source>
        <translation>De notulen zijn opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projecteren</translation>
    </message>
    <message>
        <source>The agenda on the wall screen, one request at a time (F5)</source>
        <translation>De agenda op het scherm aan de wand, één verzoek tegelijk (F5)</translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation>Vergadering sluiten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>RfC</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Opmerking (optioneel)</translation>
    </message>
    <message>
        <source>The board&apos;s recommendation</source>
        <translation>Het advies van de CAB</translation>
    </message>
    <message>
        <source>Reason, conditions or what is missing</source>
        <translation>Reden, voorwaarden of wat ontbreekt</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Geselecteerd agendapunt</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Stem:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Besluit:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>No CAB meeting yet: create one with &quot;New meeting…&quot;.</source>
        <translation>Nog geen CAB-vergadering: maak er een aan met ‘Nieuwe vergadering…’.</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>for approval / for rejection / abstaining</source>
        <translation>voor goedkeuring / voor afwijzing / onthoudingen</translation>
    </message>
    <message>
        <source>quorate: %1 of %2 needed present</source>
        <translation>quorum: %1 van de %2 benodigden aanwezig</translation>
    </message>
    <message>
        <source>not quorate: %1 of %2 needed present</source>
        <translation>geen quorum: %1 van de %2 benodigden aanwezig</translation>
    </message>
    <message>
        <source>%1 — %2 — %3%4</source>
        <translation>%1 — %2 — %3%4</translation>
    </message>
    <message>
        <source> — closed</source>
        <translation> — gesloten</translation>
    </message>
    <message>
        <source>Created the CAB meeting &apos;%1&apos;.</source>
        <translation>De CAB-vergadering ‘%1’ is aangemaakt.</translation>
    </message>
    <message>
        <source>New CAB meeting</source>
        <translation>Nieuwe CAB-vergadering</translation>
    </message>
    <message>
        <source>Saved the CAB meeting &apos;%1&apos;.</source>
        <translation>De CAB-vergadering ‘%1’ is opgeslagen.</translation>
    </message>
    <message>
        <source>CAB meeting</source>
        <translation>CAB-vergadering</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) added to the agenda.</source>
        <translation>
            <numerusform>%n verzoek aan de agenda toegevoegd.</numerusform>
            <numerusform>%n verzoeken aan de agenda toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>RfC #%1 is off the agenda.</source>
        <translation>Wijzigingsverzoek #%1 is van de agenda gehaald.</translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation>%1 is aanwezig.</translation>
    </message>
    <message>
        <source>%1 is absent.</source>
        <translation>%1 is afwezig.</translation>
    </message>
    <message>
        <source>Recorded the vote of %1 on RfC #%2.</source>
        <translation>De stem van %1 over wijzigingsverzoek #%2 is vastgelegd.</translation>
    </message>
    <message>
        <source>RfC #%1: %2.</source>
        <translation>Wijzigingsverzoek #%1: %2.</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Vergadering sluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no decision; they come onto the next meeting&apos;s agenda. Close the meeting?</source>
        <translation>
            <numerusform>%n punt heeft geen besluit; het komt op de agenda van de volgende vergadering. Vergadering sluiten?</numerusform>
            <numerusform>%n punten hebben geen besluit; ze komen op de agenda van de volgende vergadering. Vergadering sluiten?</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting is closed; its minutes can be written.</source>
        <translation>De vergadering is gesloten; de notulen kunnen worden opgesteld.</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Kies eerst een vergadering.</translation>
    </message>
    <message>
        <source>Moves the request up the agenda (Alt+Up)</source>
        <translation>Zet het verzoek hoger op de agenda (Alt+Omhoog)</translation>
    </message>
    <message>
        <source>Moves the request down the agenda (Alt+Down)</source>
        <translation>Zet het verzoek lager op de agenda (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>Pre-read package (PDF)…</source>
        <translation>Voorbereidingspakket (PDF)…</translation>
    </message>
    <message>
        <source>Minutes (PDF)…</source>
        <translation>Notulen (PDF)…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>RfC #%1 %2</source>
        <translation>Wijzigingsverzoek #%1 %2</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CalendarPane</name>
    <message>
        <source>Change calendar</source>
        <translation>Wijzigingskalender</translation>
    </message>
    <message>
        <source>Request #%1 now runs from %2 to %3.</source>
        <translation>Verzoek #%1 loopt nu van %2 tot %3.</translation>
    </message>
    <message>
        <source>Request #%1 was moved; mind: %2</source>
        <translation>Verzoek #%1 is verplaatst; let op: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Rows: groups</source>
        <translation>Rijen: groepen</translation>
    </message>
    <message>
        <source>Rows: services</source>
        <translation>Rijen: diensten</translation>
    </message>
    <message>
        <source>Rows: configuration items</source>
        <translation>Rijen: configuratie-items</translation>
    </message>
    <message>
        <source>What the timeline&apos;s rows are</source>
        <translation>Wat de rijen van de tijdlijn weergeven</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Windows and freezes…</source>
        <translation>Vensters en stops…</translation>
    </message>
    <message>
        <source>The maintenance windows and freeze periods of the calendar</source>
        <translation>De onderhoudsvensters en wijzigingsstops van de kalender</translation>
    </message>
    <message>
        <source>Next free slot</source>
        <translation>Eerstvolgend vrij tijdslot</translation>
    </message>
    <message>
        <source>Move the selected change to the first time that keeps every rule</source>
        <translation>De geselecteerde wijziging verplaatsen naar het eerste tijdstip dat aan alle regels voldoet</translation>
    </message>
    <message>
        <source>Downtime notice…</source>
        <translation>Uitvaltijd aankondigen…</translation>
    </message>
    <message>
        <source>The notice of the selected change for the people affected, as PDF</source>
        <translation>De aankondiging van de geselecteerde wijziging voor de betrokkenen, als pdf</translation>
    </message>
    <message>
        <source>Save the downtime notice</source>
        <translation>Aankondiging van uitvaltijd opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Export iCalendar…</source>
        <translation>iCalendar exporteren…</translation>
    </message>
    <message>
        <source>The changes shown, for Outlook or Thunderbird</source>
        <translation>De getoonde wijzigingen, voor Outlook of Thunderbird</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>Planning exporteren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Green: maintenance windows · red: freeze periods · outline: conflict (red blocking, orange dashed warning) · bar at the left: high priority</source>
        <translation>Groen: onderhoudsvensters · rood: wijzigingsstops · omlijning: conflict (rood: blokkerend, oranje onderbroken: waarschuwing) · balk links: hoge prioriteit</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Geen database</translation>
    </message>
    <message>
        <source>Open a database to see its change calendar.</source>
        <translation>Open een database om de wijzigingskalender daarvan te bekijken.</translation>
    </message>
    <message>
        <source>Without a group</source>
        <translation>Zonder groep</translation>
    </message>
    <message>
        <source>Without a configuration item</source>
        <translation>Zonder configuratie-item</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> en nog %n</numerusform>
            <numerusform> en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No service affected</source>
        <translation>Geen dienst betrokken</translation>
    </message>
    <message>
        <source>move request #%1</source>
        <translation>verzoek #%1 verplaatsen</translation>
    </message>
    <message>
        <source>Nobody is acting: the calendar is shown read-only.</source>
        <translation>Niemand is aangemeld: de kalender wordt alleen-lezen getoond.</translation>
    </message>
    <message>
        <source>Select a change first.</source>
        <translation>Kies eerst een wijziging.</translation>
    </message>
    <message>
        <source>There is no free slot for request #%1 within a year.</source>
        <translation>Voor verzoek #%1 is er binnen een jaar geen vrij tijdslot.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>ChangeDesk: changes from %1</source>
        <translation>ChangeDesk: wijzigingen vanaf %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>%n wijziging naar %1 geëxporteerd.</numerusform>
            <numerusform>%n wijzigingen naar %1 geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the downtime notice to %1.</source>
        <translation>Aankondiging van uitvaltijd opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CalendarRulesDialog</name>
    <message>
        <source>CI %1</source>
        <translation>CI %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <source>Every CI</source>
        <translation>Alle CI’s</translation>
    </message>
    <message>
        <source>Maintenance windows and freeze periods</source>
        <translation>Onderhoudsvensters en wijzigingsstops</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Van – tot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Onderhoudsvensters</translation>
    </message>
    <message>
        <source>Freeze periods</source>
        <translation>Wijzigingsstops</translation>
    </message>
    <message>
        <source>Only a change manager or an administrator changes these; you see them read-only.</source>
        <translation>Alleen een wijzigingsbeheerder of een beheerder kan deze wijzigen; u kunt ze alleen bekijken.</translation>
    </message>
    <message>
        <source>There is no configuration item named &apos;%1&apos;.</source>
        <translation>Er is geen configuratie-item met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>Added maintenance window &apos;%1&apos;.</source>
        <translation>Onderhoudsvenster ‘%1’ toegevoegd.</translation>
    </message>
    <message>
        <source>Saved maintenance window &apos;%1&apos;.</source>
        <translation>Onderhoudsvenster ‘%1’ opgeslagen.</translation>
    </message>
    <message>
        <source>Removed maintenance window &apos;%1&apos;.</source>
        <translation>Onderhoudsvenster ‘%1’ verwijderd.</translation>
    </message>
    <message>
        <source>Added freeze period &apos;%1&apos;.</source>
        <translation>Wijzigingsstop ‘%1’ toegevoegd.</translation>
    </message>
    <message>
        <source>Saved freeze period &apos;%1&apos;.</source>
        <translation>Wijzigingsstop ‘%1’ opgeslagen.</translation>
    </message>
    <message>
        <source>Removed freeze period &apos;%1&apos;.</source>
        <translation>Wijzigingsstop ‘%1’ verwijderd.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ChangeForm</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— niet ingesteld —</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— niet beantwoord —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>This change is relevant to information security</source>
        <translation>Deze wijziging is relevant voor de informatiebeveiliging</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Voorstel overnemen</translation>
    </message>
    <message>
        <source>Sets priority and category to the suggested values</source>
        <translation>Zet prioriteit en categorie op de voorgestelde waarden</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Why priority or category differ from the suggestion</source>
        <translation>Waarom prioriteit of categorie afwijken van het voorstel</translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation>Reden voor de afwijking</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Golf</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplande start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Break point</source>
        <translation>Breekpunt</translation>
    </message>
    <message>
        <source>Go/no-go criteria</source>
        <translation>Go/no-go-criteria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Local time, %1</source>
        <translation>Lokale tijd, %1</translation>
    </message>
    <message>
        <source>Add wave</source>
        <translation>Golf toevoegen</translation>
    </message>
    <message>
        <source>Remove wave</source>
        <translation>Golf verwijderen</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testgeval</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Add test case</source>
        <translation>Testgeval toevoegen</translation>
    </message>
    <message>
        <source>Remove test case</source>
        <translation>Testgeval verwijderen</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Doel bereikt</translation>
    </message>
    <message>
        <source>Users satisfied</source>
        <translation>Gebruikers tevreden</translation>
    </message>
    <message>
        <source>Cost and effort as planned</source>
        <translation>Kosten en inspanning zoals gepland</translation>
    </message>
    <message>
        <source>Schedule kept</source>
        <translation>Planning gehaald</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Neveneffecten</translation>
    </message>
    <message>
        <source>Post-tests by business users</source>
        <translation>Natests door de gebruikersorganisatie</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <source>CI %1</source>
        <translation>CI %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>No suggestion: no affected configuration items yet.</source>
        <translation>Geen voorstel: nog geen betrokken configuratie-items.</translation>
    </message>
    <message>
        <source>Priority %1, category %2.</source>
        <translation>Prioriteit %1, categorie %2.</translation>
    </message>
    <message>
        <source>Needed for: %1</source>
        <translation>Nodig voor: %1</translation>
    </message>
    <message>
        <source>The rollout stops here for a go/no-go decision</source>
        <translation>De uitrol stopt hier voor een go/no-go-besluit</translation>
    </message>
    <message>
        <source>Rollout wave %1: &apos;%2&apos; is not a time like %3.</source>
        <translation>Uitrolgolf %1: ‘%2’ is geen tijd zoals %3.</translation>
    </message>
    <message>
        <source>Pilot group</source>
        <translation>Pilotgroep</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Golf %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Bestand toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Compare side by side</source>
        <translation>Naast elkaar vergelijken</translation>
    </message>
    <message>
        <source>Select two text files, e.g. a configuration before and after the change</source>
        <translation>Kies twee tekstbestanden, bijv. een configuratie voor en na de wijziging</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose the configuration items and groups this change affects</source>
        <translation>De configuratie-items en groepen kiezen waarop deze wijziging betrekking heeft</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groep %1</translation>
    </message>
    <message>
        <source>Clear: not set</source>
        <translation>Wissen: niet ingesteld</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>The systems are restarted; the change goes last in its maintenance window</source>
        <translation>De systemen worden herstart; de wijziging komt als laatste in het onderhoudsvenster</translation>
    </message>
    <message>
        <source>Tick the people who carry out the change</source>
        <translation>Vink de personen aan die de wijziging uitvoeren</translation>
    </message>
    <message>
        <source>Blocking:</source>
        <translation>Blokkerend:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Waarschuwing:</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ChangeTableModel</name>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Achterstallig</translation>
    </message>
    <message>
        <source>⚠ Overdue since %1</source>
        <translation>⚠ Achterstallig sinds %1</translation>
    </message>
    <message>
        <source>Decide objection</source>
        <translation>Bezwaar beslissen</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>To do by %1</source>
        <translation>Te doen vóór %1</translation>
    </message>
    <message>
        <source>⚑ Objection</source>
        <translation>⚑ Bezwaar</translation>
    </message>
    <message>
        <source>Security management objects to the priority or category</source>
        <translation>Beveiligingsmanagement maakt bezwaar tegen de prioriteit of categorie</translation>
    </message>
    <message>
        <source>Open to you: %1</source>
        <translation>Voor u mogelijk: %1</translation>
    </message>
    <message>
        <source>Security-relevant change</source>
        <translation>Beveiligingsrelevante wijziging</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplande start</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>My to-do</source>
        <translation>Mijn taak</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ChangesPane</name>
    <message>
        <source>Requests for change</source>
        <translation>Wijzigingsverzoeken</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <source>Open a database to see its requests for change.</source>
        <translation>Open een database om de wijzigingsverzoeken daarin te bekijken.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle prioriteiten</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Type to filter by number, title or applicant</source>
        <translation>Typ om te filteren op nummer, titel of aanvrager</translation>
    </message>
    <message>
        <source>My to-dos</source>
        <translation>Mijn taken</translation>
    </message>
    <message>
        <source>Only the requests on which you can act now; overdue ones first</source>
        <translation>Alleen de verzoeken waarin u nu iets kunt doen; achterstallige eerst</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <source>Start a request for change as a draft, with you as the applicant</source>
        <translation>Een wijzigingsverzoek als concept beginnen, met u als aanvrager</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <source>Discard the changes in the form</source>
        <translation>De wijzigingen in het formulier verwerpen</translation>
    </message>
    <message>
        <source>Object…</source>
        <translation>Bezwaar…</translation>
    </message>
    <message>
        <source>Object to the priority or category of this request (security management)</source>
        <translation>Bezwaar maken tegen de prioriteit of categorie van dit verzoek (beveiligingsmanagement)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>You are not known here</source>
        <translation>U bent hier niet bekend</translation>
    </message>
    <message>
        <source>Requests for change are made and decided by the people recorded in this database. %1 An administrator adds you with your login and your roles.</source>
        <translation>Wijzigingsverzoeken worden ingediend en beslist door de personen die in deze database zijn vastgelegd. %1 Een beheerder voegt u toe met uw aanmelding en uw rollen.</translation>
    </message>
    <message>
        <source>The requests could not be read</source>
        <translation>De verzoeken konden niet worden gelezen</translation>
    </message>
    <message>
        <source>There is no person with the login &apos;%1&apos;.</source>
        <translation>Er is geen persoon met de aanmelding ‘%1’.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 van %n verzoek</numerusform>
            <numerusform>%1 van %n verzoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Geen verzoek geselecteerd</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bewerkt</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Bewerkt: %1</translation>
    </message>
    <message>
        <source>Objection raised</source>
        <translation>Bezwaar gemaakt</translation>
    </message>
    <message>
        <source>Objection: %1</source>
        <translation>Bezwaar: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Request #%1 has changes that are not saved. Save them?</source>
        <translation>Verzoek #%1 heeft wijzigingen die niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <source>%1 Your changes are still in the form; save again to apply them to the current version.</source>
        <translation>%1 Uw wijzigingen staan nog in het formulier; sla opnieuw op om ze op de huidige versie toe te passen.</translation>
    </message>
    <message>
        <source>Request #%1 saved.</source>
        <translation>Verzoek #%1 opgeslagen.</translation>
    </message>
    <message>
        <source>No database is open, or you are not known in it.</source>
        <translation>Er is geen database geopend, of u bent daarin niet bekend.</translation>
    </message>
    <message>
        <source>The request in the form has unsaved changes.</source>
        <translation>Het verzoek in het formulier heeft niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source>New request for change</source>
        <translation>Nieuw wijzigingsverzoek</translation>
    </message>
    <message>
        <source>Draft #%1 created. Fill in the form, save, then submit it.</source>
        <translation>Concept #%1 aangemaakt. Vul het formulier in, sla op en dien het daarna in.</translation>
    </message>
    <message>
        <source>%1: to &apos;%2&apos;</source>
        <translation>%1: naar ‘%2’</translation>
    </message>
    <message>
        <source>Nothing for you to do on this request now.</source>
        <translation>Voor u is er bij dit verzoek nu niets te doen.</translation>
    </message>
    <message>
        <source>#%1 %2 (%3 % alike)</source>
        <translation>#%1 %2 (%3 % gelijk)</translation>
    </message>
    <message>
        <source>Similar Requests</source>
        <translation>Vergelijkbare verzoeken</translation>
    </message>
    <message>
        <source>These open requests look like this one:

%1

If one of them is the same change, do not submit: name it in the problem reference or contact its applicant. Submit anyway?</source>
        <translation>Deze open verzoeken lijken op dit verzoek:

%1

Als een ervan dezelfde wijziging is, dien dan niet in: noem het in de probleemverwijzing of neem contact op met de aanvrager. Toch indienen?</translation>
    </message>
    <message>
        <source>Why do you take the step &apos;%1&apos; on request #%2?</source>
        <translation>Waarom zet u de stap ‘%1’ bij verzoek #%2?</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 is geweigerd: %2</translation>
    </message>
    <message>
        <source>%1: request #%2 is now &apos;%3&apos;.</source>
        <translation>%1: verzoek #%2 is nu ‘%3’.</translation>
    </message>
    <message>
        <source>The objection was refused: %1</source>
        <translation>Het bezwaar is geweigerd: %1</translation>
    </message>
    <message>
        <source>Objection recorded; the request waits for the change manager&apos;s decision.</source>
        <translation>Bezwaar vastgelegd; het verzoek wacht op het besluit van de wijzigingsbeheerder.</translation>
    </message>
    <message>
        <source>⚑ Objection (%1) by %2: %3 should be &apos;%4&apos;. %5</source>
        <translation>⚑ Bezwaar (%1) van %2: %3 zou ‘%4’ moeten zijn. %5</translation>
    </message>
    <message>
        <source>Accept objection</source>
        <translation>Bezwaar aanvaarden</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Escalate to management</source>
        <translation>Escaleren naar het management</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Why do you decide so on the objection?</source>
        <translation>Waarom beslist u zo over het bezwaar?</translation>
    </message>
    <message>
        <source>The decision was refused: %1</source>
        <translation>Het besluit is geweigerd: %1</translation>
    </message>
    <message>
        <source>Decision recorded: %1.</source>
        <translation>Besluit vastgelegd: %1.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Een bestand bijvoegen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The file was not attached: %1</source>
        <translation>Het bestand is niet bijgevoegd: %1</translation>
    </message>
    <message>
        <source>Attached %1 (SHA-256 %2).</source>
        <translation>%1 bijgevoegd (SHA-256 %2).</translation>
    </message>
    <message>
        <source>The attachment was not removed: %1</source>
        <translation>De bijlage is niet verwijderd: %1</translation>
    </message>
    <message>
        <source>The attachment was removed; the history keeps its name and SHA-256.</source>
        <translation>De bijlage is verwijderd; de geschiedenis bewaart de naam en de SHA-256.</translation>
    </message>
    <message>
        <source>There is no attachment %1 on this request.</source>
        <translation>Dit verzoek heeft geen bijlage %1.</translation>
    </message>
    <message>
        <source>Key figures…</source>
        <translation>Kengetallen…</translation>
    </message>
    <message>
        <source>Success rate, emergency share, rollback rate, lead times and overdue evaluations per month</source>
        <translation>Slagingspercentage, aandeel spoedwijzigingen, terugdraaipercentage, doorlooptijden en achterstallige evaluaties per maand</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als pdf exporteren…</translation>
    </message>
    <message>
        <source>Save the request with its waves, tests, attachments and history as a PDF file</source>
        <translation>Het verzoek met golven, tests, bijlagen en geschiedenis als pdf-bestand opslaan</translation>
    </message>
    <message>
        <source>Export the request as PDF</source>
        <translation>Het verzoek als pdf exporteren</translation>
    </message>
    <message>
        <source>request-%1.pdf</source>
        <translation>verzoek-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>%1 bijgevoegd</translation>
    </message>
    <message>
        <source>Removed the attachment %1</source>
        <translation>Bijlage %1 verwijderd</translation>
    </message>
    <message>
        <source>Select a request to export first.</source>
        <translation>Kies eerst een verzoek om te exporteren.</translation>
    </message>
    <message>
        <source>Print request #%1</source>
        <translation>Verzoek #%1 afdrukken</translation>
    </message>
    <message>
        <source>The workflow definition cannot be used</source>
        <translation>De workflowdefinitie kan niet worden gebruikt</translation>
    </message>
    <message>
        <source>%1
An administrator installs a corrected definition (changedeskctl workflow install).</source>
        <translation>%1
Een beheerder stelt een verbeterde definitie in werking (changedeskctl workflow install).</translation>
    </message>
    <message>
        <source>Wave %1: %2</source>
        <translation>Golf %1: %2</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CiDetailView</name>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Configuratie-item</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Add Relation</source>
        <translation>Relatie toevoegen</translation>
    </message>
    <message>
        <source>Remove Relation</source>
        <translation>Relatie verwijderen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Recorded from</source>
        <translation>Vastgelegd via</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Geïnstalleerd</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>Geïnstalleerd door</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Beschermingsbehoefte</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effectief</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Afkomstig van</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pad</translation>
    </message>
    <message>
        <source>Name of the other configuration item</source>
        <translation>Naam van het andere configuratie-item</translation>
    </message>
    <message>
        <source>New relation:</source>
        <translation>Nieuwe relatie:</translation>
    </message>
    <message>
        <source>Protection requirement by the maximum principle: the highest need of everything that depends on this item, and where it comes from.</source>
        <translation>Beschermingsbehoefte volgens het maximumprincipe: de hoogste behoefte van alles wat van dit item afhankelijk is, en waar die vandaan komt.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributen</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Every field of the configuration item, editable</source>
        <translation>Alle velden van het configuratie-item, bewerkbaar</translation>
    </message>
    <message>
        <source>What it runs on, depends on, is connected to; and what relates to it</source>
        <translation>Waarop het draait, waarvan het afhankelijk is, waarmee het verbonden is; en wat er een relatie mee heeft</translation>
    </message>
    <message>
        <source>Installed software</source>
        <translation>Geïnstalleerde software</translation>
    </message>
    <message>
        <source>Patches applied to it, newest first</source>
        <translation>Geïnstalleerde patches, nieuwste eerst</translation>
    </message>
    <message>
        <source>Every recorded change: when, who, which field, old and new value</source>
        <translation>Alle vastgelegde wijzigingen: wanneer, wie, welk veld, oude en nieuwe waarde</translation>
    </message>
    <message>
        <source>What a failure affects, and the protection requirement it inherits</source>
        <translation>Waarop een storing van invloed is, en de beschermingsbehoefte die het overerft</translation>
    </message>
    <message>
        <source>configuration item %1</source>
        <translation>configuratie-item met ID %1</translation>
    </message>
    <message>
        <source>CMDB</source>
        <translation>CMDB</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>dit item</translation>
    </message>
    <message>
        <source>%1 %2 …</source>
        <translation>%1 %2 …</translation>
    </message>
    <message>
        <source>… %1 %2</source>
        <translation>… %1 %2</translation>
    </message>
    <message>
        <source>No configuration item selected</source>
        <translation>Geen configuratie-item geselecteerd</translation>
    </message>
    <message>
        <source>Select a configuration item in the table to see and edit its details.</source>
        <translation>Selecteer een configuratie-item in de tabel om de details te bekijken en te bewerken.</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>eigenaar: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>CI, relation, CI: app-01 runs on srv-01</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>uitgaand</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>inkomend</translation>
    </message>
    <message>
        <source>Installed Software</source>
        <translation>Geïnstalleerde software</translation>
    </message>
    <message>
        <source>Patch History</source>
        <translation>Patchgeschiedenis</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>success</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>teruggedraaid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Levenscyclus</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Platform version</source>
        <translation>Platformversie</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <source>Update source</source>
        <translation>Updatebron</translation>
    </message>
    <message>
        <source>Update mode</source>
        <translation>Updatemodus</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Herstart</translation>
    </message>
    <message>
        <source>Data sent to the vendor</source>
        <translation>Gegevens naar de leverancier</translation>
    </message>
    <message>
        <source>Attribute &apos;%1&apos;</source>
        <translation>Attribuut ‘%1’</translation>
    </message>
    <message>
        <source>Responsible (%1)</source>
        <translation>Verantwoordelijke (%1)</translation>
    </message>
    <message>
        <source>%1 (incoming)</source>
        <translation>%1 (inkomend)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>hersteld</translation>
    </message>
    <message>
        <source>related</source>
        <translation>gekoppeld</translation>
    </message>
    <message>
        <source>relation removed</source>
        <translation>relatie verwijderd</translation>
    </message>
    <message>
        <source>Nothing depends on %1: its failure affects no other configuration item.</source>
        <translation>Niets is afhankelijk van %1: een storing ervan heeft geen gevolgen voor andere configuratie-items.</translation>
    </message>
    <message numerus="yes">
        <source>A failure of %1 affects %n configuration item(s).</source>
        <translation>
            <numerusform>Een storing van %1 heeft gevolgen voor %n configuratie-item.</numerusform>
            <numerusform>Een storing van %1 heeft gevolgen voor %n configuratie-items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency cycle(s) are marked with ↻.</source>
        <translation>
            <numerusform>%n afhankelijkheidscyclus is gemarkeerd met ↻.</numerusform>
            <numerusform>%n afhankelijkheidscycli zijn gemarkeerd met ↻.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 are shown.</source>
        <translation>Alleen de eerste %1 worden weergegeven.</translation>
    </message>
    <message>
        <source>its own requirement</source>
        <translation>eigen beschermingsbehoefte</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>%1

The form now shows the version saved meanwhile with your changes applied again. Check them and save again.</source>
        <translation>%1

Het formulier toont nu de intussen opgeslagen versie, met uw wijzigingen opnieuw toegepast. Controleer ze en sla opnieuw op.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has changes that are not saved. Save them?</source>
        <translation>‘%1’ heeft wijzigingen die niet zijn opgeslagen. Wilt u ze opslaan?</translation>
    </message>
    <message>
        <source>Enter the name of the other configuration item.</source>
        <translation>Voer de naam van het andere configuratie-item in.</translation>
    </message>
    <message>
        <source>There is no configuration item named &apos;%1&apos;.</source>
        <translation>Er is geen configuratie-item met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>Relate &apos;%1&apos; %2 &apos;%3&apos;</source>
        <translation>Relatie ‘%1’ %2 ‘%3’ toevoegen</translation>
    </message>
    <message>
        <source>Remove relation &apos;%1&apos; %2 &apos;%3&apos;</source>
        <translation>Relatie ‘%1’ %2 ‘%3’ verwijderen</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>Houder is</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation>Toekennen…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Grant a person or an organizational unit a rights profile on this item</source>
        <translation>Een persoon of organisatieonderdeel een rechtenprofiel op dit item toekennen</translation>
    </message>
    <message>
        <source>Revoke the selected rights profile</source>
        <translation>Het geselecteerde rechtenprofiel intrekken</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <source>Rights profiles: who may do what on it, as a person or through an organizational unit</source>
        <translation>Rechtenprofielen: wie wat mag op dit item, als persoon of via een organisatieonderdeel</translation>
    </message>
    <message>
        <source>Rights Profiles</source>
        <translation>Rechtenprofielen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person: name (login)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>unit: name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <source>organizational unit</source>
        <translation>organisatieonderdeel</translation>
    </message>
    <message>
        <source>Rights profile &apos;%1&apos;, description</source>
        <translation>Rechtenprofiel ‘%1’, omschrijving</translation>
    </message>
    <message>
        <source>Rights profile &apos;%1&apos;</source>
        <translation>Rechtenprofiel ‘%1’</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>toegekend</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>Grant Rights Profile</source>
        <translation>Rechtenprofiel toekennen</translation>
    </message>
    <message>
        <source>Grant &apos;%1&apos; to %2 on &apos;%3&apos;</source>
        <translation>‘%1’ toekennen aan %2 op ‘%3’</translation>
    </message>
    <message>
        <source>Revoke Rights Profile</source>
        <translation>Rechtenprofiel intrekken</translation>
    </message>
    <message>
        <source>Revoke &apos;%1&apos; of %2 on &apos;%3&apos;</source>
        <translation>‘%1’ van %2 op ‘%3’ intrekken</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>organisatieonderdeel %1</translation>
    </message>
    <message>
        <source>unit %1 (%2)</source>
        <comment>organizational unit: name (code)</comment>
        <translation>organisatieonderdeel %1 (%2)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Change the holder, profile or description of the selected rights profile</source>
        <translation>Houder, profiel of omschrijving van het geselecteerde rechtenprofiel wijzigen</translation>
    </message>
    <message>
        <source>Change Rights Profile</source>
        <translation>Rechtenprofiel wijzigen</translation>
    </message>
    <message>
        <source>Change &apos;%1&apos; of %2 on &apos;%3&apos;</source>
        <translation>‘%1’ van %2 op ‘%3’ wijzigen</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CiForm</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Often offline (laptop, phone): tracked until updated</source>
        <translation>Vaak offline (laptop, telefoon): wordt gevolgd totdat het is bijgewerkt</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribuut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>e.g. hardware inventory, crash reports</source>
        <translation>bijv. hardware-inventaris, crashrapporten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>&amp;Levenscyclus:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>Lo&amp;catie:</translation>
    </message>
    <message>
        <source>e.g. Windows Server</source>
        <translation>bijv. Windows Server</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwoordelijkheid</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>Organizational &amp;unit:</source>
        <translation>Organisatieon&amp;derdeel:</translation>
    </message>
    <message>
        <source>Split responsibility, e.g. operating system and services (M2):</source>
        <translation>Verdeelde verantwoordelijkheid, bijv. besturingssysteem en diensten (M2):</translation>
    </message>
    <message>
        <source>Protection requirement</source>
        <translation>Beschermingsbehoefte</translation>
    </message>
    <message>
        <source>C&amp;onfidentiality:</source>
        <translation>&amp;Vertrouwelijkheid:</translation>
    </message>
    <message>
        <source>&amp;Integrity:</source>
        <translation>&amp;Integriteit:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>&amp;Beschikbaarheid:</translation>
    </message>
    <message>
        <source>Update mechanism (M3)</source>
        <translation>Updatemechanisme (M3)</translation>
    </message>
    <message>
        <source>Updates &amp;come from:</source>
        <translation>&amp;Updates komen van:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Reboot:</source>
        <translation>&amp;Herstart:</translation>
    </message>
    <message>
        <source>Data sent to the &amp;vendor:</source>
        <translation>&amp;Gegevens naar de leverancier:</translation>
    </message>
    <message>
        <source>Reachability (M14)</source>
        <translation>Bereikbaarheid (M14)</translation>
    </message>
    <message>
        <source>Last &amp;seen:</source>
        <translation>Laatst ge&amp;zien:</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Aangepaste attributen</translation>
    </message>
    <message>
        <source>Save the changes to this configuration item (Ctrl+S); Undo takes them back</source>
        <translation>De wijzigingen aan dit configuratie-item opslaan (Ctrl+S); met Ongedaan maken draait u ze terug</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CiImportDialog</name>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>verticale streep</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>&amp;Write the valid records even if others are rejected</source>
        <translation>Geldige records &amp;wegschrijven, ook als andere worden afgewezen</translation>
    </message>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Controleren (proefrun)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>C&amp;ancel import</source>
        <translation>Import &amp;annuleren</translation>
    </message>
    <message>
        <source>Import into the CMDB</source>
        <translation>Importeren in de CMDB</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>CSV file of configuration items or relations, or an SBOM (JSON)</source>
        <translation>CSV-bestand met configuratie-items of relaties, of een SBOM (JSON)</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Herkennen aan de inhoud</translation>
    </message>
    <message>
        <source>Configuration items (CSV)</source>
        <translation>Configuratie-items (CSV)</translation>
    </message>
    <message>
        <source>Relations (CSV)</source>
        <translation>Relaties (CSV)</translation>
    </message>
    <message>
        <source>CycloneDX SBOM (JSON)</source>
        <translation>CycloneDX SBOM (JSON)</translation>
    </message>
    <message>
        <source>SPDX 2.3 SBOM (JSON)</source>
        <translation>SPDX 2.3 SBOM (JSON)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>B&amp;estand:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormaat:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Tekencodering:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>&amp;Kolomtoewijzing:</translation>
    </message>
    <message>
        <source>the configuration item the SBOM names</source>
        <translation>het configuratie-item dat de SBOM noemt</translation>
    </message>
    <message>
        <source>Configuration &amp;item:</source>
        <translation>Configuratie-ite&amp;m:</translation>
    </message>
    <message>
        <source>Describes:</source>
        <translation>Beschrijft:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Choose a file. A dry run shows what the import would do without changing anything.</source>
        <translation>Kies een bestand. Een proefrun laat zien wat de import zou doen, zonder iets te wijzigen.</translation>
    </message>
    <message>
        <source>CSV and SBOM files (*.csv *.txt *.json);;All files (*)</source>
        <translation>CSV- en SBOM-bestanden (*.csv *.txt *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, separated by %2; %n column(s).</source>
        <translation>
            <numerusform>Gelezen als %1, gescheiden door %2; %n kolom.</numerusform>
            <numerusform>Gelezen als %1, gescheiden door %2; %n kolommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>niet geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n component(s))</source>
        <translation>
            <numerusform>%1 (%2, %n component)</numerusform>
            <numerusform>%1 (%2, %n componenten)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing named</source>
        <translation>zonder naam</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>Package-URL</translation>
    </message>
    <message>
        <source>Cancelling: everything is being rolled back …</source>
        <translation>Annuleren: alles wordt teruggedraaid …</translation>
    </message>
    <message>
        <source>Checking the file … %p%</source>
        <translation>Bestand controleren … %p%</translation>
    </message>
    <message>
        <source>Importing … %p%</source>
        <translation>Importeren … %p%</translation>
    </message>
    <message>
        <source>Checking what the import would do …</source>
        <translation>Controleren wat de import zou doen …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Importeren …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>De import is geannuleerd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the rejected records, or choose to write the valid ones.</source>
        <translation>Er is niets weggeschreven: corrigeer de afgewezen records, of kies ervoor de geldige records weg te schrijven.</translation>
    </message>
    <message>
        <source>This was a dry run: nothing was written.</source>
        <translation>Dit was een proefrun: er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>De wijzigingen zijn opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n waarschuwing.</numerusform>
            <numerusform>%n waarschuwingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s), as counted above.</source>
        <translation>
            <numerusform>… en nog %n record, zoals hierboven geteld.</numerusform>
            <numerusform>… en nog %n records, zoals hierboven geteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import would be refused: correct the rejected records, or choose to write the valid ones.</source>
        <translation>De import zou worden geweigerd: corrigeer de afgewezen records, of kies ervoor de geldige records weg te schrijven.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CiStore</name>
    <message>
        <source>The relation &apos;%1&apos; %2 &apos;%3&apos; no longer exists: someone else removed it.</source>
        <translation>De relatie ‘%1’ %2 ‘%3’ bestaat intussen niet meer: iemand anders heeft deze verwijderd.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CiTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Protection requirement: confidentiality</source>
        <translation>Beschermingsbehoefte: vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Protection requirement: integrity</source>
        <translation>Beschermingsbehoefte: integriteit</translation>
    </message>
    <message>
        <source>Protection requirement: availability</source>
        <translation>Beschermingsbehoefte: beschikbaarheid</translation>
    </message>
    <message>
        <source>Often offline (laptops, phones): tracked until updated</source>
        <translation>Vaak offline (laptops, telefoons): gevolgd totdat ze zijn bijgewerkt</translation>
    </message>
    <message>
        <source>When the system last reported</source>
        <translation>Wanneer het systeem zich voor het laatst heeft gemeld</translation>
    </message>
    <message>
        <source>Custom attribute &apos;%1&apos;</source>
        <translation>Eigen attribuut ‘%1’</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Levenscyclus</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <source>C</source>
        <extracomment>Column header, short for the confidentiality protection requirement</extracomment>
        <translation>V</translation>
    </message>
    <message>
        <source>I</source>
        <extracomment>Column header, short for the integrity protection requirement</extracomment>
        <translation>I</translation>
    </message>
    <message>
        <source>A</source>
        <extracomment>Column header, short for the availability protection requirement</extracomment>
        <translation>B</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Update source</source>
        <translation>Updatebron</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CmdbPane</name>
    <message>
        <source>Organizational units</source>
        <translation>Organisatieonderdelen</translation>
    </message>
    <message>
        <source>Filter people by name, login, unit, e-mail…</source>
        <translation>Personen filteren op naam, gebruikersnaam, onderdeel, e-mail…</translation>
    </message>
    <message>
        <source>CMDB</source>
        <translation>CMDB</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people shown</source>
        <translation>
            <numerusform>%n van %1 personen weergegeven</numerusform>
            <numerusform>%n van %1 personen weergegeven</numerusform>
        </translation>
    </message>
    <message>
        <source>New Configuration Item</source>
        <translation>Nieuw configuratie-item</translation>
    </message>
    <message>
        <source>Unique name, e.g. the host name</source>
        <translation>Unieke naam, bijv. de hostnaam</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Typ om te filteren</translation>
    </message>
    <message>
        <source>Shows the configuration items whose visible columns contain every word typed</source>
        <translation>Toont de configuratie-items waarvan de zichtbare kolommen alle getypte woorden bevatten</translation>
    </message>
    <message>
        <source>Group expression (Enter applies)</source>
        <translation>Groepsexpressie (toepassen met Enter)</translation>
    </message>
    <message>
        <source>A condition over the configuration items, e.g.
availability &gt;= high and site = &quot;Stadhuis&quot; and class in (server, vm)
Fields: %1</source>
        <translation>Een voorwaarde voor de configuratie-items, bijv.
availability &gt;= high and site = &quot;Stadhuis&quot; and class in (server, vm)
Velden: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Saved Filters</source>
        <translation>Opgeslagen filters</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Add a configuration item</source>
        <translation>Een configuratie-item toevoegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected configuration item (can be undone)</source>
        <translation>Het geselecteerde configuratie-item verwijderen (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n configuration item(s)</source>
        <translation>
            <numerusform>%1 van %n configuratie-item</numerusform>
            <numerusform>%1 van %n configuratie-items</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>Delete Configuration Item</source>
        <translation>Configuratie-item verwijderen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Opnieuw: %1</translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>tekst: %1</translation>
    </message>
    <message>
        <source>expression: %1</source>
        <translation>expressie: %1</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>Nog geen opgeslagen filters</translation>
    </message>
    <message>
        <source>Save Current Filter…</source>
        <translation>Huidig filter opslaan…</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Filter opslaan</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Naam van het filter:</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>Opgeslagen filter verwijderen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Import configuration items or relations from CSV, or a CI&apos;s software from an SBOM</source>
        <translation>Configuratie-items of relaties uit CSV importeren, of de software van een configuratie-item uit een SBOM</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Export the configuration items that match the expression as CSV</source>
        <translation>De configuratie-items die aan de expressie voldoen als CSV exporteren</translation>
    </message>
    <message>
        <source>Export Configuration Items</source>
        <translation>Configuratie-items exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n configuration item(s) to %1.</source>
        <translation>
            <numerusform>%n configuratie-item naar %1 geëxporteerd.</numerusform>
            <numerusform>%n configuratie-items naar %1 geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration items</source>
        <translation>Configuratie-items</translation>
    </message>
    <message>
        <source>People and organizational units</source>
        <translation>Personen en organisatieonderdelen</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;?

What is recorded about it goes with it: relations: %2, installed software: %3, applied patches: %4, rights profiles: %5. Undo brings everything back.</source>
        <translation>‘%1’ verwijderen?

Wat erover is vastgelegd, wordt mee verwijderd: relaties: %2, geïnstalleerde software: %3, geïnstalleerde patches: %4, rechtenprofielen: %5. Met Ongedaan maken zet u alles terug.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ConfirmKeyDialog</name>
    <message>
        <source>&amp;Pin</source>
        <translation>Vast&amp;pinnen</translation>
    </message>
    <message>
        <source>Add to the trust store</source>
        <translation>Aan de vertrouwensopslag toevoegen</translation>
    </message>
    <message>
        <source>Pin a key</source>
        <translation>Sleutel vastpinnen</translation>
    </message>
    <message>
        <source>A key file cannot vouch for itself. Compare the fingerprint below with the one the publisher gives through another channel — their web page over HTTPS, a signed letter, a telephone call — before you pin it.</source>
        <translation>Een sleutelbestand kan niet voor zichzelf instaan. Vergelijk de vingerafdruk hieronder met die welke de uitgever via een ander kanaal bekendmaakt — de website via HTTPS, een ondertekende brief, een telefoongesprek — voordat u de sleutel vastpint.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>from %1, does not expire</source>
        <translation>vanaf %1, verloopt niet</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Geldig:</translation>
    </message>
    <message>
        <source>This key has been revoked by its owner.</source>
        <translation>Deze sleutel is door de eigenaar ingetrokken.</translation>
    </message>
    <message>
        <source>Paste or type the fingerprint from the second channel</source>
        <translation>Plak of typ de vingerafdruk uit het tweede kanaal</translation>
    </message>
    <message>
        <source>e.g. vendor&apos;s web page over HTTPS, telephone call with their PSIRT</source>
        <translation>bijv. website van de leverancier via HTTPS, telefoongesprek met hun PSIRT</translation>
    </message>
    <message>
        <source>&amp;Fingerprint as published:</source>
        <translation>&amp;Vingerafdruk zoals gepubliceerd:</translation>
    </message>
    <message>
        <source>Compared &amp;through:</source>
        <translation>Vergeleken v&amp;ia:</translation>
    </message>
    <message>
        <source>Add &amp;without pinning</source>
        <translation>Toevoegen &amp;zonder vastpinnen</translation>
    </message>
    <message>
        <source>Not compared yet.</source>
        <translation>Nog niet vergeleken.</translation>
    </message>
    <message>
        <source>✔ The fingerprints are the same.</source>
        <translation>✔ De vingerafdrukken zijn gelijk.</translation>
    </message>
    <message>
        <source>✖ The fingerprints differ: do not trust this file.</source>
        <translation>✖ De vingerafdrukken verschillen: vertrouw dit bestand niet.</translation>
    </message>
    <message>
        <source>Pinning needs the same fingerprint from a second channel, and which channel that was.</source>
        <translation>Vastpinnen vereist dezelfde vingerafdruk uit een tweede kanaal en de vermelding van dat kanaal.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ConnectionDialog</name>
    <message>
        <source>The file does not exist yet; ChangeDesk will create it.</source>
        <translation>Het bestand bestaat nog niet; ChangeDesk maakt het aan.</translation>
    </message>
    <message>
        <source>Connected, but the database was written by a newer ChangeDesk (schema version %1).</source>
        <translation>Verbonden, maar de database is geschreven door een nieuwere versie van ChangeDesk (schemaversie %1).</translation>
    </message>
    <message>
        <source>Connected. The database is empty; ChangeDesk will set it up.</source>
        <translation>Verbonden. De database is leeg; ChangeDesk richt deze in.</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>&amp;SQLite-bestand op deze computer</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (shared)</source>
        <translation>&amp;PostgreSQL-server (gedeeld)</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Wachtwoord onthouden in de sleutel&amp;hanger van het systeem</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Bestan&amp;d:</translation>
    </message>
    <message>
        <source>A new file is created and set up when it does not exist.</source>
        <translation>Als het bestand niet bestaat, wordt het aangemaakt en ingericht.</translation>
    </message>
    <message>
        <source>require (encrypted)</source>
        <translation>require (versleuteld)</translation>
    </message>
    <message>
        <source>verify-full (encrypted, server certificate checked)</source>
        <translation>verify-full (versleuteld, servercertificaat gecontroleerd)</translation>
    </message>
    <message>
        <source>verify-ca (encrypted, certificate authority checked)</source>
        <translation>verify-ca (versleuteld, certificeringsinstantie gecontroleerd)</translation>
    </message>
    <message>
        <source>prefer (encrypted when the server offers it)</source>
        <translation>prefer (versleuteld als de server dat aanbiedt)</translation>
    </message>
    <message>
        <source>disable (not encrypted; loopback only)</source>
        <translation>disable (niet versleuteld; alleen loopback)</translation>
    </message>
    <message>
        <source>empty: use PGPASSWORD, ~/.pgpass or the keychain</source>
        <translation>leeg: PGPASSWORD, ~/.pgpass of sleutelhanger</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Datab&amp;ase:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Versleute&amp;ling:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Recente databases</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Enter the database file.</source>
        <translation>Geef het databasebestand op.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server.</source>
        <translation>Geef de PostgreSQL-server op.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Geef de naam van de database op.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Choose or Create a Database File</source>
        <translation>Databasebestand kiezen of aanmaken</translation>
    </message>
    <message>
        <source>ChangeDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>ChangeDesk-databases (*.db *.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Connected read-only (schema version %1).</source>
        <translation>Verbonden, alleen-lezen (schemaversie %1).</translation>
    </message>
    <message>
        <source>Connected (schema version %1).</source>
        <translation>Verbonden (schemaversie %1).</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Poo&amp;rt:</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::FreezeEditor</name>
    <message>
        <source>Freeze period &apos;%1&apos;</source>
        <translation>Wijzigingsstop ‘%1’</translation>
    </message>
    <message>
        <source>New freeze period</source>
        <translation>Nieuwe wijzigingsstop</translation>
    </message>
    <message>
        <source>Every configuration item</source>
        <translation>Alle configuratie-items</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groep: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ImpactModel</name>
    <message>
        <source>A relation leads back to &apos;%1&apos;, which is shown elsewhere in this tree: the CIs depend on each other in a cycle.</source>
        <translation>Een relatie leidt terug naar ‘%1’, dat elders in deze boom staat: de CI’s zijn in een cyclus van elkaar afhankelijk.</translation>
    </message>
    <message>
        <source>The analysed configuration item</source>
        <translation>Het geanalyseerde configuratie-item</translation>
    </message>
    <message>
        <source>Dependency path (each depends on the one before): %1</source>
        <translation>Afhankelijkheidspad (elk item is afhankelijk van het vorige): %1</translation>
    </message>
    <message>
        <source>analysed</source>
        <translation>geanalyseerd</translation>
    </message>
    <message>
        <source>closes a cycle: depends on %1</source>
        <translation>sluit een cyclus: is afhankelijk van %1</translation>
    </message>
    <message>
        <source>has part %1</source>
        <translation>heeft onderdeel %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>relation, then the CI it relates to: runs on srv-01</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Configuratie-item</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Depends how</source>
        <translation>Soort afhankelijkheid</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Diepte</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::IntegrityPane</name>
    <message>
        <source>Verify a file…</source>
        <translation>Bestand verifiëren…</translation>
    </message>
    <message>
        <source>Checks a package against its published checksum and signature (you can also drop the file onto this pane)</source>
        <translation>Controleert een pakket aan de hand van de gepubliceerde controlesom en handtekening (u kunt het bestand ook naar dit paneel slepen)</translation>
    </message>
    <message>
        <source>Trust store…</source>
        <translation>Vertrouwensopslag…</translation>
    </message>
    <message>
        <source>The keys and CA certificates signatures are checked against</source>
        <translation>De sleutels en CA-certificaten waartegen handtekeningen worden gecontroleerd</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Uitslag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Every verification is recorded here, newest first. Drop a package file onto this pane to verify it.</source>
        <translation>Elke verificatie wordt hier vastgelegd, nieuwste eerst. Sleep een pakketbestand naar dit paneel om het te verifiëren.</translation>
    </message>
    <message>
        <source>Package integrity</source>
        <translation>Pakketintegriteit</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <source>Open a database to verify packages and keep the trust store.</source>
        <translation>Open een database om pakketten te verifiëren en de vertrouwensopslag bij te houden.</translation>
    </message>
    <message>
        <source>Add package…</source>
        <translation>Pakket toevoegen…</translation>
    </message>
    <message>
        <source>Takes a package into the software library with the checksums and signature its vendor published</source>
        <translation>Neemt een pakket op in de softwarebibliotheek, met de controlesommen en de handtekening die de leverancier heeft gepubliceerd</translation>
    </message>
    <message>
        <source>Verify package</source>
        <translation>Pakket verifiëren</translation>
    </message>
    <message>
        <source>Checks the selected package&apos;s file as it is now</source>
        <translation>Controleert het bestand van het geselecteerde pakket zoals het nu is</translation>
    </message>
    <message>
        <source>Acceptance…</source>
        <translation>Acceptatie…</translation>
    </message>
    <message>
        <source>Records the tests of the selected package and whether it is accepted</source>
        <translation>Legt de tests van het geselecteerde pakket vast en of het is geaccepteerd</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Vrijgeven…</translation>
    </message>
    <message>
        <source>Releases the accepted package into the reference checksum register</source>
        <translation>Geeft het geaccepteerde pakket vrij in het referentieregister van controlesommen</translation>
    </message>
    <message>
        <source>Release statement…</source>
        <translation>Vrijgaveverklaring…</translation>
    </message>
    <message>
        <source>Save the release statement</source>
        <translation>Vrijgaveverklaring opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The acceptance record and release statement as PDF</source>
        <translation>Het acceptatieverslag en de vrijgaveverklaring als PDF</translation>
    </message>
    <message>
        <source>Attach to request…</source>
        <translation>Aan verzoek koppelen…</translation>
    </message>
    <message>
        <source>Attach to a request for change</source>
        <translation>Aan een wijzigingsverzoek koppelen</translation>
    </message>
    <message>
        <source>Number of the request for change:</source>
        <translation>Nummer van het wijzigingsverzoek:</translation>
    </message>
    <message>
        <source>A request cannot start implementation while a package attached to it is unverified or failed</source>
        <translation>Met de uitvoering van een verzoek kan niet worden begonnen zolang een daaraan gekoppeld pakket niet geverifieerd of mislukt is</translation>
    </message>
    <message>
        <source>Check the register and the released files</source>
        <translation>Register en vrijgegeven bestanden controleren</translation>
    </message>
    <message>
        <source>Checks the reference checksum register&apos;s chain and hashes every released file again</source>
        <translation>Controleert de keten van het referentieregister van controlesommen en hasht elk vrijgegeven bestand opnieuw</translation>
    </message>
    <message>
        <source>Export for write-once media…</source>
        <translation>Exporteren voor eenmalig beschrijfbare media…</translation>
    </message>
    <message>
        <source>Export the checksum register</source>
        <translation>Controlesomregister exporteren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Writes the register for write-once media (a backup of the reference checksums)</source>
        <translation>Schrijft het register weg voor eenmalig beschrijfbare media (een back-up van de referentiecontrolesommen)</translation>
    </message>
    <message>
        <source>Checksum register</source>
        <translation>Controlesomregister</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Every package a change installs: verified against its vendor&apos;s evidence, accepted after its tests, released into the checksum register.</source>
        <translation>Elk pakket dat een wijziging installeert: geverifieerd aan de hand van het bewijs van de leverancier, geaccepteerd na de tests, vrijgegeven in het controlesomregister.</translation>
    </message>
    <message>
        <source>Software library</source>
        <translation>Softwarebibliotheek</translation>
    </message>
    <message>
        <source>Verifications</source>
        <translation>Verificaties</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 bytes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>checksums from %1</source>
        <translation>controlesommen uit %1</translation>
    </message>
    <message>
        <source>their signature %1</source>
        <translation>handtekening daarvan %1</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>handtekening %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptatie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Afgewezen: %1</translation>
    </message>
    <message>
        <source>in %1, %2 by %3</source>
        <translation>in %1, %2 door %3</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Vrijgave</translation>
    </message>
    <message>
        <source>Released for %1 by %2; register entry %3. Restrictions: %4</source>
        <translation>Vrijgegeven per %1 door %2; registervermelding %3. Beperkingen: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 verifiëren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>De verificatie is geannuleerd.</translation>
    </message>
    <message>
        <source>Select a released package first.</source>
        <translation>Selecteer eerst een vrijgegeven pakket.</translation>
    </message>
    <message>
        <source>Select a package first.</source>
        <translation>Selecteer eerst een pakket.</translation>
    </message>
    <message>
        <source>%1 is attached to request #%2.</source>
        <translation>%1 is gekoppeld aan verzoek #%2.</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Geen database geopend.</translation>
    </message>
    <message numerus="yes">
        <source>The checksum register is intact: %n entries, every released file unchanged.</source>
        <translation>
            <numerusform>Het controlesomregister is intact: %n vermelding, elk vrijgegeven bestand is ongewijzigd.</numerusform>
            <numerusform>Het controlesomregister is intact: %n vermeldingen, elk vrijgegeven bestand is ongewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n register entries to %1.</source>
        <translation>
            <numerusform>%n registervermelding naar %1 geschreven.</numerusform>
            <numerusform>%n registervermeldingen naar %1 geschreven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::KpiDialog</name>
    <message>
        <source>Key figures of the change process</source>
        <translation>Kengetallen van het wijzigingsproces</translation>
    </message>
    <message>
        <source>Success and rollback rates count the requests that were implemented and ended in the month; lead time runs from the request to its successful close.</source>
        <translation>Slagings- en terugdraaipercentage tellen de verzoeken die zijn uitgevoerd en in de maand zijn afgesloten; de doorlooptijd loopt van het verzoek tot de geslaagde afsluiting.</translation>
    </message>
    <message>
        <source>Rates per month (%)</source>
        <translation>Percentages per maand (%)</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Slagingspercentage</translation>
    </message>
    <message>
        <source>Emergency share</source>
        <translation>Aandeel spoedwijzigingen</translation>
    </message>
    <message>
        <source>Rollback rate</source>
        <translation>Terugdraaipercentage</translation>
    </message>
    <message>
        <source>Requests and evaluations per month</source>
        <translation>Verzoeken en evaluaties per maand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Evaluations due</source>
        <translation>Evaluaties verwacht</translation>
    </message>
    <message>
        <source>Evaluations overdue</source>
        <translation>Evaluaties achterstallig</translation>
    </message>
    <message>
        <source>Median lead time to success (days)</source>
        <translation>Mediane doorlooptijd tot succes (dagen)</translation>
    </message>
    <message>
        <source>Emergency changes</source>
        <translation>Spoedwijzigingen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Teruggedraaid</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::MainWindow</name>
    <message>
        <source>Open Database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>ChangeDesk</source>
        <translation>ChangeDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Back-up van database maken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Configure ChangeDesk…</source>
        <translation>ChangeDesk &amp;configureren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ChangeDesk</source>
        <translation>&amp;Over ChangeDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <source>Demo database (discarded on exit)</source>
        <translation>Demodatabase (wordt bij afsluiten verwijderd)</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>alleen-lezen</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <source>ChangeDesk — demo</source>
        <translation>ChangeDesk — demo</translation>
    </message>
    <message>
        <source>ChangeDesk — %1</source>
        <translation>ChangeDesk — %1</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Back-up van database maken</translation>
    </message>
    <message>
        <source>ChangeDesk databases (*.db)</source>
        <translation>ChangeDesk-databases (*.db)</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>Er is een back-up van de database gemaakt in %1.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n meer</numerusform>
            <numerusform>+%n meer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ObjectionDialog</name>
    <message>
        <source>Object to the Classification</source>
        <translation>Bezwaar tegen de classificatie</translation>
    </message>
    <message>
        <source>Object to:</source>
        <translation>Bezwaar tegen:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Voorgesteld:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::PackageDialog</name>
    <message>
        <source>Add a package to the software library</source>
        <translation>Pakket aan de softwarebibliotheek toevoegen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>The package file as downloaded</source>
        <translation>Het pakketbestand zoals gedownload</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Pakketbestand</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Leverancier:</translation>
    </message>
    <message>
        <source>e.g. Microsoft</source>
        <translation>bijv. Microsoft</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>e.g. Windows 11</source>
        <translation>bijv. Windows 11</translation>
    </message>
    <message>
        <source>V&amp;ersion:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <source>e.g. KB5070001 or 3.0.15</source>
        <translation>bijv. KB5070001 of 3.0.15</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <source>Where it was obtained: URL, vendor portal, medium</source>
        <translation>Waar het is verkregen: URL, leveranciersportaal, medium</translation>
    </message>
    <message>
        <source>&amp;Checksum file:</source>
        <translation>&amp;Controlesombestand:</translation>
    </message>
    <message>
        <source>SHA256SUMS or FILE.sha256 as published</source>
        <translation>SHA256SUMS of FILE.sha256 zoals gepubliceerd</translation>
    </message>
    <message>
        <source>Checksum file</source>
        <translation>Controlesombestand</translation>
    </message>
    <message>
        <source>or SHA-&amp;256:</source>
        <translation>of SHA-&amp;256:</translation>
    </message>
    <message>
        <source>The published SHA-256, 64 hex digits</source>
        <translation>De gepubliceerde SHA-256, 64 hexadecimale cijfers</translation>
    </message>
    <message>
        <source>Checksum file&apos;s signa&amp;ture:</source>
        <translation>Hand&amp;tekening van het controlesombestand:</translation>
    </message>
    <message>
        <source>SHA256SUMS.asc, if the vendor signs it</source>
        <translation>SHA256SUMS.asc, als de leverancier het ondertekent</translation>
    </message>
    <message>
        <source>Signature of the checksum file</source>
        <translation>Handtekening van het controlesombestand</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>&amp;Handtekening:</translation>
    </message>
    <message>
        <source>OpenPGP (.asc, .sig) or CMS (.p7s)</source>
        <translation>OpenPGP (.asc, .sig) of CMS (.p7s)</translation>
    </message>
    <message>
        <source>Signature of the package</source>
        <translation>Handtekening van het pakket</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>The file is hashed now and verified later; the checksums and signatures are kept with the package as the vendor published them.</source>
        <translation>Het bestand wordt nu gehasht en later geverifieerd; de controlesommen en handtekeningen worden bij het pakket bewaard zoals de leverancier ze heeft gepubliceerd.</translation>
    </message>
    <message>
        <source>Choose the package file.</source>
        <translation>Kies het pakketbestand.</translation>
    </message>
    <message>
        <source>Give the checksum file or the SHA-256, not both.</source>
        <translation>Geef het controlesombestand of de SHA-256 op, niet beide.</translation>
    </message>
    <message>
        <source>The SHA-256 &apos;%1&apos; is not 64 hex digits.</source>
        <translation>De SHA-256 ‘%1’ bestaat niet uit 64 hexadecimale cijfers.</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>handmatig ingevoerd</translation>
    </message>
    <message>
        <source>checksum file</source>
        <translation>het controlesombestand</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>het handtekeningbestand</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::PeopleModel</name>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ProjectionView</name>
    <message>
        <source>CAB projection</source>
        <translation>CAB-projectie</translation>
    </message>
    <message>
        <source>→ next   ← previous   Home/End first/last   Esc end</source>
        <translation>→ volgende   ← vorige   Home/End eerste/laatste   Esc stoppen</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>De agenda is leeg.</translation>
    </message>
    <message>
        <source>%1 · item %2 of %3 · RfC #%4</source>
        <translation>%1 · punt %2 van %3 · wijzigingsverzoek #%4</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Category · priority</source>
        <translation>Categorie · prioriteit</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>niet ingedeeld</translation>
    </message>
    <message>
        <source>%1 — protection need %2</source>
        <translation>%1 — beschermingsbehoefte %2</translation>
    </message>
    <message>
        <source>Affected CIs</source>
        <translation>Betrokken CI’s</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>geen genoemd</translation>
    </message>
    <message>
        <source>Impact and risk</source>
        <translation>Impact en risico</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blokkerend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>geen conflicten</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Fallback plan</source>
        <translation>Terugvalplan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testresultaten</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>geen vastgelegd</translation>
    </message>
    <message>
        <source>%1 should be &apos;%2&apos;: %3</source>
        <translation>%1 zou ‘%2’ moeten zijn: %3</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Bezwaren</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>geen open</translation>
    </message>
    <message>
        <source>%1 for approval, %2 for rejection, %3 abstaining</source>
        <translation>%1 voor goedkeuring, %2 voor afwijzing, %3 onthoudingen</translation>
    </message>
    <message>
        <source>Votes and decision</source>
        <translation>Stemmen en besluit</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ReasonDialog</name>
    <message>
        <source>The reason is kept in the request&apos;s history.</source>
        <translation>De reden wordt bewaard in de geschiedenis van het verzoek.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ReleaseDialog</name>
    <message>
        <source>Release %1</source>
        <translation>%1 vrijgeven</translation>
    </message>
    <message>
        <source>e.g. not on the measuring PCs of the lab; only after the year-end closing</source>
        <translation>bijv. niet op de meet-pc’s van het lab; pas na de jaarafsluiting</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Pakket:</translation>
    </message>
    <message>
        <source>Release &amp;date:</source>
        <translation>&amp;Vrijgavedatum:</translation>
    </message>
    <message>
        <source>&amp;Restrictions:</source>
        <translation>&amp;Beperkingen:</translation>
    </message>
    <message>
        <source>The file is hashed again (SHA-256 and SHA-512); it must be the file that was verified and accepted. Its checksums go into the reference checksum register, which nobody can change afterwards.</source>
        <translation>Het bestand wordt opnieuw gehasht (SHA-256 en SHA-512); het moet het bestand zijn dat is geverifieerd en geaccepteerd. De controlesommen komen in het referentieregister van controlesommen, dat daarna door niemand meer kan worden gewijzigd.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Vrijgeven</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::RightsCommand</name>
    <message>
        <source>The rights profile &apos;%1&apos; on &apos;%2&apos; no longer exists: someone else revoked it.</source>
        <translation>Het rechtenprofiel ‘%1’ op ‘%2’ bestaat niet meer: iemand anders heeft het ingetrokken.</translation>
    </message>
    <message>
        <source>The rights profile &apos;%1&apos; on &apos;%2&apos; no longer exists: someone else revoked or changed it.</source>
        <translation>Het rechtenprofiel ‘%1’ op ‘%2’ bestaat niet meer: iemand anders heeft het ingetrokken of gewijzigd.</translation>
    </message>
    <message>
        <source>The rights profile &apos;%1&apos; on &apos;%2&apos; was changed by someone else in the meantime; nothing was saved.</source>
        <translation>Het rechtenprofiel ‘%1’ op ‘%2’ is intussen door iemand anders gewijzigd; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::RightsGrantDialog</name>
    <message>
        <source>Grant Rights Profile on &apos;%1&apos;</source>
        <translation>Rechtenprofiel op ‘%1’ toekennen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <source>A standard profile, or type the name of your agency&apos;s own</source>
        <translation>Een standaardprofiel, of typ de naam van een eigen profiel van uw organisatie</translation>
    </message>
    <message>
        <source>What for, and until when (optional)</source>
        <translation>Waarvoor, en tot wanneer (optioneel)</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Houder is:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Houder:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profiel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Toekennen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person: name (login)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>unit: name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Grant Rights Profile</source>
        <translation>Rechtenprofiel toekennen</translation>
    </message>
    <message>
        <source>Choose the person who holds the profile.</source>
        <translation>Kies de persoon die het profiel krijgt.</translation>
    </message>
    <message>
        <source>Choose the organizational unit that holds the profile.</source>
        <translation>Kies het organisatieonderdeel dat het profiel krijgt.</translation>
    </message>
    <message>
        <source>Change Rights Profile</source>
        <translation>Rechtenprofiel wijzigen</translation>
    </message>
    <message>
        <source>Change Rights Profile on &apos;%1&apos;</source>
        <translation>Rechtenprofiel op ‘%1’ wijzigen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::Session</name>
    <message>
        <source>No temporary folder for the demo database: %1</source>
        <translation>Er kon geen tijdelijke map voor de demodatabase worden aangemaakt: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>A new language takes effect when ChangeDesk starts again.</source>
        <translation>Een andere taal wordt actief zodra ChangeDesk opnieuw wordt gestart.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::TimelineView</name>
    <message>
        <source>Nothing is scheduled in these four weeks.</source>
        <translation>In deze vier weken is niets gepland.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::TrustDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Pin…</source>
        <translation>Vast&amp;pinnen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation>Vertrouwensopslag</translation>
    </message>
    <message>
        <source>Package signatures count only when made by a key or under a CA certificate that is pinned here. This store is ChangeDesk&apos;s own, never your personal keyring.</source>
        <translation>Pakkethandtekeningen tellen alleen mee als ze zijn gemaakt met een sleutel of onder een CA-certificaat dat hier is vastgepind. Deze opslag is van ChangeDesk zelf, nooit uw persoonlijke sleutelbos.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Vastgepind</translation>
    </message>
    <message>
        <source>Only change managers, administrators and security management keep the trust store.</source>
        <translation>Alleen wijzigingsbeheerders, beheerders en beveiligingsmanagement houden de vertrouwensopslag bij.</translation>
    </message>
    <message>
        <source>checked against its CA</source>
        <translation>gecontroleerd tegen de uitgevende CA</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>niet vastgepind</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (uit %2)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Added and pinned: %1.</source>
        <translation>Toegevoegd en vastgepind: %1.</translation>
    </message>
    <message>
        <source>Added, not pinned yet: %1. Its signatures do not count until it is pinned.</source>
        <translation>Toegevoegd, nog niet vastgepind: %1. Handtekeningen die ermee zijn gemaakt, tellen pas mee na het vastpinnen.</translation>
    </message>
    <message>
        <source>Add a key, CA certificate or CRL</source>
        <translation>Sleutel, CA-certificaat of CRL toevoegen</translation>
    </message>
    <message>
        <source>Keys and certificates (*.asc *.gpg *.pgp *.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>Sleutels en certificaten (*.asc *.gpg *.pgp *.pem *.crt *.cer *.der *.crl);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Pinned: %1.</source>
        <translation>Vastgepind: %1.</translation>
    </message>
    <message>
        <source>Remove from the trust store</source>
        <translation>Uit de vertrouwensopslag verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? Signatures made with it no longer count.</source>
        <translation>%1 (%2) verwijderen? Handtekeningen die ermee zijn gemaakt, tellen dan niet meer mee.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::VerifyDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifiëren</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Controle annuleren</translation>
    </message>
    <message>
        <source>Verify a package</source>
        <translation>Pakket verifiëren</translation>
    </message>
    <message>
        <source>Drop the package file here, or choose it</source>
        <translation>Sleep het pakketbestand hierheen of kies het</translation>
    </message>
    <message>
        <source>The published SHA-256 (or SHA-512), or a checksum file</source>
        <translation>Gepubliceerde SHA-256-waarde (of SHA-512), of een controlesombestand</translation>
    </message>
    <message>
        <source>OpenPGP (.asc, .sig) or CMS (.p7s) signature of the package</source>
        <translation>OpenPGP- (.asc, .sig) of CMS-handtekening (.p7s) van het pakket</translation>
    </message>
    <message>
        <source>Signature of the checksum file, if it is signed</source>
        <translation>Handtekening van het controlesombestand, als het ondertekend is</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Package file:</source>
        <translation>&amp;Pakketbestand:</translation>
    </message>
    <message>
        <source>Choose the package file</source>
        <translation>Pakketbestand kiezen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Published &amp;checksum:</source>
        <translation>Gepubliceerde &amp;controlesom:</translation>
    </message>
    <message>
        <source>Choose the checksum file</source>
        <translation>Controlesombestand kiezen</translation>
    </message>
    <message>
        <source>Checksum files (*SUMS *.sha256 *.sha512 *.sha384 *.txt);;All files (*)</source>
        <translation>Controlesombestanden (*SUMS *.sha256 *.sha512 *.sha384 *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Handtekening:</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>Handtekening kiezen</translation>
    </message>
    <message>
        <source>Signatures (*.asc *.sig *.gpg *.p7s *.p7b *.pem *.der);;All files (*)</source>
        <translation>Handtekeningen (*.asc *.sig *.gpg *.p7s *.p7b *.pem *.der);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Checksum file&apos;s si&amp;gnature:</source>
        <translation>Handtekening van het controlesom&amp;bestand:</translation>
    </message>
    <message>
        <source>Choose the signature of the checksum file</source>
        <translation>Handtekening van het controlesombestand kiezen</translation>
    </message>
    <message>
        <source>Signatures (*.asc *.sig *.gpg *.p7s);;All files (*)</source>
        <translation>Handtekeningen (*.asc *.sig *.gpg *.p7s);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose a package file and what its publisher gives to check it with.</source>
        <translation>Kies een pakketbestand en wat de uitgever ervan aanbiedt om het te controleren.</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was recorded.</source>
        <translation>De controle is geannuleerd; er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Nothing lies beside the file to check it with: give the published checksum or the signature.</source>
        <translation>Naast het bestand staat niets om het mee te controleren: geef de gepubliceerde controlesom of de handtekening op.</translation>
    </message>
    <message>
        <source>Found beside the file: %1.</source>
        <translation>Naast het bestand gevonden: %1.</translation>
    </message>
    <message>
        <source>the published checksum</source>
        <translation>de gepubliceerde controlesom</translation>
    </message>
    <message>
        <source>checksum file</source>
        <translation>het controlesombestand</translation>
    </message>
    <message>
        <source>A signature of the checksum file needs the checksum file itself under &quot;Published checksum&quot;.</source>
        <translation>Voor een handtekening van het controlesombestand moet het controlesombestand zelf bij ‘Gepubliceerde controlesom’ zijn opgegeven.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>het handtekeningbestand</translation>
    </message>
    <message>
        <source>Choose the package file first.</source>
        <translation>Kies eerst het pakketbestand.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Er is geen bestand %1.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wordt gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::WindowEditor</name>
    <message>
        <source>Ends on</source>
        <translation>Eindigt op</translation>
    </message>
    <message>
        <source>Maintenance window &apos;%1&apos;</source>
        <translation>Onderhoudsvenster ‘%1’</translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation>Nieuw onderhoudsvenster</translation>
    </message>
    <message>
        <source>Every configuration item</source>
        <translation>Alle configuratie-items</translation>
    </message>
    <message>
        <source>One configuration item</source>
        <translation>Eén configuratie-item</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groep: %1</translation>
    </message>
    <message>
        <source>name of the CI, e.g. srv-01</source>
        <translation>naam van het CI, bijv. srv-01</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <source>every </source>
        <translation>om de </translation>
    </message>
    <message>
        <source>on day</source>
        <translation>op dag</translation>
    </message>
    <message>
        <source>on the last day</source>
        <translation>op de laatste dag</translation>
    </message>
    <message>
        <source>on the</source>
        <translation>op de</translation>
    </message>
    <message>
        <source>first</source>
        <translation>eerste</translation>
    </message>
    <message>
        <source>second</source>
        <translation>tweede</translation>
    </message>
    <message>
        <source>third</source>
        <translation>derde</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierde</translation>
    </message>
    <message>
        <source>last</source>
        <translation>laatste</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>local time of</source>
        <translation>lokale tijd in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Configuratie-item</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Dag van de maand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Next times</source>
        <translation>Volgende keren</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>dag(en)</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>week/weken</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>maand(en)</translation>
    </message>
</context>
<context>
    <name>ChangeFields</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Problem or incident</source>
        <translation>Probleem of incident</translation>
    </message>
    <message>
        <source>Affected configuration items</source>
        <translation>Betrokken configuratie-items</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Standard change template</source>
        <translation>Sjabloon van de standaardwijziging</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Middelen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Change manager&apos;s recommendation</source>
        <translation>Advies van de wijzigingsbeheerder</translation>
    </message>
    <message>
        <source>CAB recommendation</source>
        <translation>Advies van de CAB</translation>
    </message>
    <message>
        <source>Security assessment</source>
        <translation>Beveiligingsbeoordeling</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplande start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Werkelijke start</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Werkelijk einde</translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation>Evaluatie uiterlijk</translation>
    </message>
    <message>
        <source>Rejection justification</source>
        <translation>Motivering van de afwijzing</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplicaat van</translation>
    </message>
    <message>
        <source>Rollout waves</source>
        <translation>Uitrolgolven</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testresultaten</translation>
    </message>
    <message>
        <source>Fallback plan</source>
        <translation>Terugvalplan</translation>
    </message>
    <message>
        <source>Criteria for the fallback plan</source>
        <translation>Criteria voor het terugvalplan</translation>
    </message>
    <message>
        <source>Security-relevant</source>
        <translation>Beveiligingsrelevant</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Follow-up request for change</source>
        <translation>Vervolgwijzigingsverzoek</translation>
    </message>
    <message>
        <source>Expected downtime (minutes)</source>
        <translation>Verwachte uitvaltijd (minuten)</translation>
    </message>
    <message>
        <source>Needs a restart</source>
        <translation>Herstart nodig</translation>
    </message>
    <message>
        <source>Implementers</source>
        <translation>Uitvoerders</translation>
    </message>
    <message>
        <source>Verified packages</source>
        <translation>Geverifieerde pakketten</translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Geclassificeerd</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>Beveiligingsbeoordeling</translation>
    </message>
    <message>
        <source>CAB review</source>
        <translation>CAB-beoordeling</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Ingepland</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Teruggedraaid</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Indienen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Reject as duplicate</source>
        <translation>Afwijzen als duplicaat</translation>
    </message>
    <message>
        <source>Schedule standard change</source>
        <translation>Standaardwijziging inplannen</translation>
    </message>
    <message>
        <source>Expedite</source>
        <translation>Versneld goedkeuren</translation>
    </message>
    <message>
        <source>Fulfil</source>
        <translation>Uitvoeren</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classificeren</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Send to CAB</source>
        <translation>Naar het CAB sturen</translation>
    </message>
    <message>
        <source>Send to security review</source>
        <translation>Naar beveiligingsbeoordeling sturen</translation>
    </message>
    <message>
        <source>Reclassify</source>
        <translation>Opnieuw classificeren</translation>
    </message>
    <message>
        <source>Authorize (security)</source>
        <translation>Goedkeuren (beveiliging)</translation>
    </message>
    <message>
        <source>Reject (security)</source>
        <translation>Afwijzen (beveiliging)</translation>
    </message>
    <message>
        <source>Authorize (CAB)</source>
        <translation>Goedkeuren (CAB)</translation>
    </message>
    <message>
        <source>Reject (CAB)</source>
        <translation>Afwijzen (CAB)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Inplannen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Halt</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Voltooien</translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation>Evaluatie starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Close emergency change</source>
        <translation>Spoedwijziging afsluiten</translation>
    </message>
    <message>
        <source>Close as failed</source>
        <translation>Afsluiten als mislukt</translation>
    </message>
    <message>
        <source>Accept objection</source>
        <translation>Bezwaar aanvaarden</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escaleren</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Standard change</source>
        <translation>Standaardwijziging</translation>
    </message>
    <message>
        <source>Normal change</source>
        <translation>Normale wijziging</translation>
    </message>
    <message>
        <source>Emergency change</source>
        <translation>Spoedwijziging</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Serviceverzoek</translation>
    </message>
    <message>
        <source>High</source>
        <comment>priority</comment>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>priority</comment>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Ingrijpend</translation>
    </message>
    <message>
        <source>Far-reaching</source>
        <translation>Verstrekkend</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>rollout wave</comment>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>rollout wave</comment>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Halted</source>
        <comment>rollout wave</comment>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>rollout wave</comment>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>test result</comment>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>test result</comment>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>test result</comment>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>objection</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>objection</comment>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>ChangePrint</name>
    <message>
        <source>request #%1</source>
        <translation>verzoek #%1</translation>
    </message>
    <message>
        <source>Request for change #%1: %2</source>
        <translation>Wijzigingsverzoek #%1: %2</translation>
    </message>
    <message>
        <source>CI %1</source>
        <translation>CI %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groep</numerusform>
            <numerusform>%n groepen</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1 · applicant: %2%3 · affected: %4</source>
        <translation>Status: %1 · aanvrager: %2%3 · betrokken: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Classification and authorization</source>
        <translation>Classificatie en autorisatie</translation>
    </message>
    <message>
        <source>Authorized:</source>
        <translation>Geautoriseerd:</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Rollout waves</source>
        <translation>Uitrolgolven</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Golf</translation>
    </message>
    <message>
        <source>Go/no-go criteria</source>
        <translation>Go/no-go-criteria</translation>
    </message>
    <message>
        <source>Break point</source>
        <translation>Breekpunt</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplande start</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testgeval</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Doel bereikt</translation>
    </message>
    <message>
        <source>Users satisfied</source>
        <translation>Gebruikers tevreden</translation>
    </message>
    <message>
        <source>Budget kept</source>
        <translation>Budget gehaald</translation>
    </message>
    <message>
        <source>Schedule kept</source>
        <translation>Planning gehaald</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Neveneffecten</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Geëvalueerd</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 from ChangeDesk.</source>
        <translation>Afgedrukt door %1 op %2 uit ChangeDesk.</translation>
    </message>
</context>
<context>
    <name>ChangeRecordFields</name>
    <message>
        <source>%1 &apos;%2&apos; is not one of: %3.</source>
        <translation>%1 ‘%2’ is niet een van: %3.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not the number of a request for change.</source>
        <translation>%1 ‘%2’ is niet het nummer van een wijzigingsverzoek.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is neither true nor false.</source>
        <translation>%1 ‘%2’ is niet waar en niet onwaar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be set as text; these are: %2.</source>
        <translation>‘%1’ is geen veld dat als tekst kan worden ingesteld; dat zijn: %2.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date and time: write it as 2026-03-02T08:15 (UTC) or 2026-03-02T09:15+01:00.</source>
        <translation>%1 ‘%2’ is geen datum en tijd: schrijf 2026-03-02T08:15 (UTC) of 2026-03-02T09:15+01:00.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number of minutes (0 or more).</source>
        <translation>%1 ‘%2’ is geen aantal minuten (0 of meer).</translation>
    </message>
</context>
<context>
    <name>ChangeRoles</name>
    <message>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Change manager</source>
        <translation>Wijzigingsbeheerder</translation>
    </message>
    <message>
        <source>CAB member</source>
        <translation>CAB-lid</translation>
    </message>
    <message>
        <source>Security management</source>
        <translation>Beveiligingsmanagement</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <source>Management (escalation)</source>
        <translation>Management (escalatie)</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
</context>
<context>
    <name>ChangeService</name>
    <message>
        <source>request for change #%1</source>
        <translation>wijzigingsverzoek #%1</translation>
    </message>
    <message>
        <source>asking the server who is logged in</source>
        <translation>bij het opvragen bij de server wie er is aangemeld</translation>
    </message>
    <message>
        <source>On PostgreSQL everybody acts as their own login: this connection is &apos;%1&apos;, so it cannot act as &apos;%2&apos;.</source>
        <translation>Op PostgreSQL handelt iedereen onder de eigen aanmelding: deze verbinding is ‘%1’ en kan dus niet handelen als ‘%2’.</translation>
    </message>
    <message>
        <source>There is no person with the login &apos;%1&apos;.</source>
        <translation>Er is geen persoon met de aanmelding ‘%1’.</translation>
    </message>
    <message>
        <source>The person &apos;%1&apos; is no longer active.</source>
        <translation>De persoon ‘%1’ is niet meer actief.</translation>
    </message>
    <message>
        <source>Status of the rollout waves</source>
        <translation>Status van de uitrolgolven</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be changed by %3 while it is &apos;%4&apos;.</source>
        <translation>%1 van %2 kan door %3 niet worden gewijzigd zolang het verzoek ‘%4’ is.</translation>
    </message>
    <message>
        <source>A request for change needs a title.</source>
        <translation>Een wijzigingsverzoek heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most 200 fit.</source>
        <translation>De titel heeft %1 tekens; er passen er ten hoogste 200.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a type of change.</source>
        <translation>‘%1’ is geen soort wijziging.</translation>
    </message>
    <message>
        <source>The planned end</source>
        <translation>Het geplande einde</translation>
    </message>
    <message>
        <source>The actual end</source>
        <translation>Het werkelijke einde</translation>
    </message>
    <message>
        <source>%1 (%2) is before the start (%3).</source>
        <translation>%1 (%2) ligt vóór het begin (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be the request itself (#%2).</source>
        <translation>%1 kan niet het verzoek zelf zijn (#%2).</translation>
    </message>
    <message>
        <source>looking up request #%1</source>
        <translation>bij het opzoeken van verzoek #%1</translation>
    </message>
    <message>
        <source>%1 names request #%2, which does not exist.</source>
        <translation>%1 noemt verzoek #%2, dat niet bestaat.</translation>
    </message>
    <message>
        <source>Rollout wave %1 needs a name.</source>
        <translation>Uitrolgolf %1 heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Rollout wave %1 (&apos;%2&apos;): &apos;%3&apos; is not a status (%4).</source>
        <translation>Uitrolgolf %1 (‘%2’): ‘%3’ is geen status (%4).</translation>
    </message>
    <message>
        <source>Rollout wave %1 (&apos;%2&apos;) ends before it starts.</source>
        <translation>Uitrolgolf %1 (‘%2’) eindigt voordat hij begint.</translation>
    </message>
    <message>
        <source>Test case %1 needs a description.</source>
        <translation>Testgeval %1 heeft een beschrijving nodig.</translation>
    </message>
    <message>
        <source>Test case %1: &apos;%2&apos; is not a result (%3).</source>
        <translation>Testgeval %1: ‘%2’ is geen resultaat (%3).</translation>
    </message>
    <message>
        <source>The category &apos;%1&apos; differs from the suggested &apos;%2&apos; (%3): give a reason for the override (override_reason).</source>
        <translation>De categorie ‘%1’ wijkt af van de voorgestelde ‘%2’ (%3): geef een reden voor de afwijking (override_reason).</translation>
    </message>
    <message>
        <source>The priority &apos;%1&apos; differs from the suggested &apos;%2&apos; (%3): give a reason for the override (override_reason).</source>
        <translation>De prioriteit ‘%1’ wijkt af van de voorgestelde ‘%2’ (%3): geef een reden voor de afwijking (override_reason).</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>bij het lezen van %1</translation>
    </message>
    <message>
        <source>There is no request for change #%1.</source>
        <translation>Er is geen wijzigingsverzoek #%1.</translation>
    </message>
    <message>
        <source>listing requests for change</source>
        <translation>bij het opsommen van de wijzigingsverzoeken</translation>
    </message>
    <message>
        <source>reading attachment %1</source>
        <translation>bij het lezen van bijlage %1</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>Er is geen bijlage %1.</translation>
    </message>
    <message>
        <source>reading the objections to %1</source>
        <translation>bij het lezen van de bezwaren tegen %1</translation>
    </message>
    <message>
        <source>looking for similar requests</source>
        <translation>bij het zoeken naar vergelijkbare verzoeken</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>bij het opslaan van %1</translation>
    </message>
    <message>
        <source>%1 may not apply for changes: that needs the role applicant or change manager.</source>
        <translation>%1 mag geen wijzigingen aanvragen: daarvoor is de rol aanvrager of wijzigingsbeheerder nodig.</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>Er is geen persoon met het id %1.</translation>
    </message>
    <message>
        <source>adding the request for change &apos;%1&apos;</source>
        <translation>bij het toevoegen van het wijzigingsverzoek ‘%1’</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was read (version %2, now %3); reload it and make the change again.</source>
        <translation>%1 is sinds het lezen door iemand anders gewijzigd (versie %2, nu %3); laad het opnieuw en breng de wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was read (version %2, now %3); reload it and decide again.</source>
        <translation>%1 is sinds het lezen door iemand anders gewijzigd (versie %2, nu %3); laad het opnieuw en beslis opnieuw.</translation>
    </message>
    <message>
        <source>No transition &apos;%1&apos; out of &apos;%2&apos;.</source>
        <translation>Geen overgang ‘%1’ vanuit ‘%2’.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a reason: say why (--reason).</source>
        <translation>‘%1’ heeft een reden nodig: zeg waarom (--reason).</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>Een bijlage heeft een bestandsnaam nodig.</translation>
    </message>
    <message>
        <source>%1 cannot add attachments to %2 while it is &apos;%3&apos;.</source>
        <translation>%1 kan geen bijlagen aan %2 toevoegen zolang het verzoek ‘%3’ is.</translation>
    </message>
    <message>
        <source>attaching &apos;%1&apos; to %2</source>
        <translation>bij het toevoegen van ‘%1’ aan %2</translation>
    </message>
    <message>
        <source>%1 cannot remove attachments of %2 while it is &apos;%3&apos;.</source>
        <translation>%1 kan bijlagen van %2 niet verwijderen zolang het verzoek ‘%3’ is.</translation>
    </message>
    <message>
        <source>removing attachment &apos;%1&apos;</source>
        <translation>bij het verwijderen van bijlage ‘%1’</translation>
    </message>
    <message>
        <source>Only security management may object to the priority or category; %1 is not in that role.</source>
        <translation>Alleen beveiligingsmanagement mag bezwaar maken tegen de prioriteit of categorie; %1 heeft die rol niet.</translation>
    </message>
    <message>
        <source>An objection is to the priority or the category, not to &apos;%1&apos;.</source>
        <translation>Een bezwaar geldt de prioriteit of de categorie, niet ‘%1’.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of: %3.</source>
        <translation>%1 ‘%2’ is niet een van: %3.</translation>
    </message>
    <message>
        <source>An objection needs a reason.</source>
        <translation>Een bezwaar heeft een reden nodig.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos; and has ended; it takes no objections.</source>
        <translation>%1 is ‘%2’ en afgesloten; er kunnen geen bezwaren meer tegen worden gemaakt.</translation>
    </message>
    <message>
        <source>%1 of %2 is already &apos;%3&apos;.</source>
        <translation>%1 van %2 is al ‘%3’.</translation>
    </message>
    <message>
        <source>There is already an open objection to the %1 of %2 (objection %3).</source>
        <translation>Er is al een open bezwaar tegen de %1 van %2 (bezwaar %3).</translation>
    </message>
    <message>
        <source>recording an objection to %1</source>
        <translation>bij het vastleggen van een bezwaar tegen %1</translation>
    </message>
    <message>
        <source>reading objection %1</source>
        <translation>bij het lezen van bezwaar %1</translation>
    </message>
    <message>
        <source>There is no objection %1.</source>
        <translation>Er is geen bezwaar %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on an objection needs the role %2; %3 does not have it.</source>
        <translation>‘%1’ bij een bezwaar vereist de rol %2; %3 heeft die niet.</translation>
    </message>
    <message>
        <source>Objection %1 is &apos;%2&apos;; &apos;%3&apos; needs it to be &apos;%4&apos;.</source>
        <translation>Bezwaar %1 is ‘%2’; ‘%3’ vereist ‘%4’.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on an objection needs a reason.</source>
        <translation>‘%1’ bij een bezwaar heeft een reden nodig.</translation>
    </message>
    <message>
        <source>objection %1</source>
        <translation>bezwaar %1</translation>
    </message>
    <message>
        <source>The database returned the parts of %1 in a form ChangeDesk does not read: %2</source>
        <translation>De database gaf de onderdelen van %1 terug in een vorm die ChangeDesk niet leest: %2</translation>
    </message>
    <message>
        <source>%1 cannot attach packages to %2 while it is &apos;%3&apos;.</source>
        <translation>%1 kan geen pakketten aan %2 koppelen zolang het verzoek ‘%3’ is.</translation>
    </message>
    <message>
        <source>reading the packages of %1</source>
        <translation>lezen van de pakketten van %1</translation>
    </message>
    <message>
        <source>attaching %1 to %2</source>
        <translation>koppelen van %1 aan %2</translation>
    </message>
    <message>
        <source>%1 cannot take packages off %2 while it is &apos;%3&apos;.</source>
        <translation>%1 kan geen pakketten van %2 loskoppelen zolang het verzoek ‘%3’ is.</translation>
    </message>
    <message>
        <source>taking package %1 off %2</source>
        <translation>loskoppelen van pakket %1 van %2</translation>
    </message>
    <message>
        <source>Package %1 is not attached to %2.</source>
        <translation>Pakket %1 is niet gekoppeld aan %2.</translation>
    </message>
    <message>
        <source>%1 (package %2) is %3: %4</source>
        <translation>%1 (pakket %2) is %3: %4</translation>
    </message>
    <message>
        <source>%1 (package %2) is %3</source>
        <translation>%1 (pakket %2) is %3</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>%1, line %2: unknown checksum algorithm &apos;%3&apos;.</source>
        <translation>%1, regel %2: onbekend controlesomalgoritme ‘%3’.</translation>
    </message>
    <message>
        <source>%1, line %2: a %3 checksum has %4 hex digits, not %5.</source>
        <translation>%1, regel %2: een %3-controlesom heeft %4 hexadecimale cijfers, niet %5.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 hex digits are no checksum ChangeDesk knows (MD5 32, SHA-1 40, SHA-256 64, SHA-384 96, SHA-512 128).</source>
        <translation>%1, regel %2: %3 hexadecimale cijfers zijn geen controlesom die ChangeDesk kent (MD5 32, SHA-1 40, SHA-256 64, SHA-384 96, SHA-512 128).</translation>
    </message>
    <message>
        <source>%1, line %2 is not a checksum line (&quot;HEX  FILE&quot; or &quot;SHA256 (FILE) = HEX&quot;): %3</source>
        <translation>%1, regel %2 is geen controlesomregel (‘HEX  BESTAND’ of ‘SHA256 (BESTAND) = HEX’): %3</translation>
    </message>
    <message>
        <source>%1 holds no checksum.</source>
        <translation>%1 bevat geen controlesom.</translation>
    </message>
    <message>
        <source>Could not read the %1 %2: %3</source>
        <translation>Kon %1 %2 niet lezen: %3</translation>
    </message>
</context>
<context>
    <name>ChecksumRegister</name>
    <message>
        <source>Entry %1 follows entry %2: entries are missing or out of order.</source>
        <translation>Vermelding %1 volgt op vermelding %2: er ontbreken vermeldingen of ze staan in de verkeerde volgorde.</translation>
    </message>
    <message>
        <source>Entry %1 (%2 %3 %4) does not match its hash: it or an entry before it was changed after it was written.</source>
        <translation>Vermelding %1 (%2 %3 %4) komt niet overeen met de hash ervan: deze vermelding of een eerdere is gewijzigd nadat ze is geschreven.</translation>
    </message>
    <message>
        <source>waiting for the checksum register</source>
        <translation>wachten op het controlesomregister</translation>
    </message>
    <message>
        <source>reading the end of the checksum register</source>
        <translation>lezen van het einde van het controlesomregister</translation>
    </message>
    <message>
        <source>entering %1 %2 %3 into the checksum register</source>
        <translation>opnemen van %1 %2 %3 in het controlesomregister</translation>
    </message>
    <message>
        <source>reading the checksum register</source>
        <translation>lezen van het controlesomregister</translation>
    </message>
    <message>
        <source>Cannot write the register export %1: %2</source>
        <translation>Kan de registerexport %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot read the register export %1: %2</source>
        <translation>Kan de registerexport %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The register export %1 is not JSON (at byte %2: %3).</source>
        <translation>De registerexport %1 is geen JSON (bij byte %2: %3).</translation>
    </message>
    <message>
        <source>%1 is not a ChangeDesk checksum register export (format &apos;%2&apos;).</source>
        <translation>%1 is geen export van een ChangeDesk-controlesomregister (formaat ‘%2’).</translation>
    </message>
    <message>
        <source>Entry %1 of the register export %2 lacks a field or has a bad value.</source>
        <translation>Vermelding %1 van de registerexport %2 mist een veld of heeft een ongeldige waarde.</translation>
    </message>
</context>
<context>
    <name>CiCommand</name>
    <message>
        <source>Undo “%1” failed: %2</source>
        <translation>Ongedaan maken van “%1” is mislukt: %2</translation>
    </message>
    <message>
        <source>Redo “%1” failed: %2</source>
        <translation>Opnieuw uitvoeren van “%1” is mislukt: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be changed back: it no longer exists.</source>
        <translation>‘%1’ kan niet worden teruggezet: het bestaat niet meer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be changed back: it was changed since (by someone else or in another window). Nothing was written.</source>
        <translation>‘%1’ kan niet worden teruggezet: het is intussen gewijzigd (door iemand anders of in een ander venster). Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Edit &apos;%1&apos;</source>
        <translation>‘%1’ bewerken</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos;</source>
        <translation>‘%1’ toevoegen</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;</source>
        <translation>‘%1’ verwijderen</translation>
    </message>
</context>
<context>
    <name>CiExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>Het filter is ongeldig: %1</translation>
    </message>
</context>
<context>
    <name>CiFields</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Levenscyclus</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Platform version</source>
        <translation>Platformversie</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>Firmwareversie</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <source>Update source</source>
        <translation>Updatebron</translation>
    </message>
    <message>
        <source>Update mode</source>
        <translation>Updatemodus</translation>
    </message>
    <message>
        <source>Restart handling</source>
        <translation>Herstartafhandeling</translation>
    </message>
    <message>
        <source>Data sent to the vendor</source>
        <translation>Gegevens naar de leverancier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Verantwoordelijke: %1</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>Attribuut: %1</translation>
    </message>
</context>
<context>
    <name>CiImporter</name>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: regel %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: the mapping names column %2, but the file has %n column(s)</source>
        <translation>
            <numerusform>%1: de toewijzing noemt kolom %2, maar het bestand heeft %n kolom</numerusform>
            <numerusform>%1: de toewijzing noemt kolom %2, maar het bestand heeft %n kolommen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the mapping names the column &apos;%2&apos;, which the file does not have; its columns are %3</source>
        <translation>%1: de toewijzing noemt de kolom ‘%2’, maar die komt niet in het bestand voor; de kolommen zijn %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a field to map a column to; use one of %3, or &apos;-&apos; to ignore the column</source>
        <translation>%1: ‘%2’ is geen veld waaraan een kolom kan worden toegewezen; gebruik een van %3, of ‘-’ om de kolom te negeren</translation>
    </message>
    <message>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; both map to the field &apos;%3&apos;; map one of them to another field or ignore it</source>
        <translation>de kolommen ‘%1’ en ‘%2’ zijn allebei aan het veld ‘%3’ toegewezen; wijs een van beide aan een ander veld toe of negeer die kolom</translation>
    </message>
    <message>
        <source>no column holds the name of the configuration item, which is the key of the import; name a column &apos;name&apos; (or map one to it). The columns are %1</source>
        <translation>geen enkele kolom bevat de naam van het configuratie-item, de sleutel van de import; noem een kolom ‘name’ (of wijs er een aan dat veld toe). De kolommen zijn %1</translation>
    </message>
    <message>
        <source>a relation file needs the columns source, type and target; missing: %1. The columns are %2</source>
        <translation>een relatiebestand heeft de kolommen source, type en target nodig; ontbrekend: %1. De kolommen zijn %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is not imported: it names no field</source>
        <translation>kolom ‘%1’ wordt niet geïmporteerd: de naam komt met geen enkel veld overeen</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing was changed. Import it again.</source>
        <translation>%1 is tijdens het importeren gewijzigd; er is niets gewijzigd. Importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (%2): &apos;%3&apos; is not one of %4</source>
        <translation>kolom ‘%1’ (%2): ‘%3’ is geen van %4</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (%2): no person has the login &apos;%3&apos;</source>
        <translation>kolom ‘%1’ (%2): er is geen persoon met de gebruikersnaam ‘%3’</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (%2): no organizational unit has the code or name &apos;%3&apos;</source>
        <translation>kolom ‘%1’ (%2): er is geen organisatieonderdeel met de code of naam ‘%3’</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (%2): &apos;%3&apos; is neither yes nor no</source>
        <translation>kolom ‘%1’ (%2): ‘%3’ is niet ja of nee</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (%2): &apos;%3&apos; is not a date and time; write it as 2025-06-30T14:05:00Z or 30.06.2025 14:05</source>
        <translation>kolom ‘%1’ (%2): ‘%3’ is geen datum en tijd; schrijf deze als 2025-06-30T14:05:00Z of 30.06.2025 14:05</translation>
    </message>
    <message>
        <source>adding configuration items</source>
        <translation>toevoegen van de configuratie-items</translation>
    </message>
    <message>
        <source>saving attributes</source>
        <translation>opslaan van de attributen</translation>
    </message>
    <message>
        <source>saving responsibilities</source>
        <translation>opslaan van de verantwoordelijkheden</translation>
    </message>
    <message>
        <source>recording the history</source>
        <translation>vastleggen van de geschiedenis</translation>
    </message>
    <message>
        <source>updating configuration items</source>
        <translation>bijwerken van de configuratie-items</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (name): the name is empty; every configuration item needs one</source>
        <translation>kolom ‘%1’ (name): de naam is leeg; elk configuratie-item heeft een naam nodig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is on line %2 already; a configuration item may appear only once in the file</source>
        <translation>‘%1’ staat al op regel %2; een configuratie-item mag maar één keer in het bestand voorkomen</translation>
    </message>
    <message>
        <source>reading configuration items</source>
        <translation>lezen van de configuratie-items</translation>
    </message>
    <message>
        <source>reading relations</source>
        <translation>lezen van de relaties</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (source): there is no configuration item named &apos;%2&apos;</source>
        <translation>kolom ‘%1’ (source): er is geen configuratie-item met de naam ‘%2’</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (type): &apos;%2&apos; is not one of %3</source>
        <translation>kolom ‘%1’ (type): ‘%2’ is geen van %3</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (target): there is no configuration item named &apos;%2&apos;</source>
        <translation>kolom ‘%1’ (target): er is geen configuratie-item met de naam ‘%2’</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be related to itself</source>
        <translation>‘%1’ kan geen relatie met zichzelf hebben</translation>
    </message>
    <message>
        <source>the same relation is on line %1 already</source>
        <translation>dezelfde relatie staat al op regel %1</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (regel %2)</translation>
    </message>
    <message>
        <source>%1 (already in the database)</source>
        <translation>%1 (al in de database)</translation>
    </message>
    <message>
        <source>this relation would close a cycle of runs_on, part_of and located_at: %1; a configuration item cannot be inside itself</source>
        <translation>deze relatie zou een cyclus van runs_on, part_of en located_at sluiten: %1; een configuratie-item kan zich niet in zichzelf bevinden</translation>
    </message>
    <message>
        <source>this relation closes a cycle of depends_on: %1; impact analysis will report it</source>
        <translation>deze relatie sluit een cyclus van depends_on: %1; de impactanalyse zal deze melden</translation>
    </message>
    <message>
        <source>adding relations</source>
        <translation>toevoegen van de relaties</translation>
    </message>
    <message>
        <source>Someone else changed configuration items of this file during the import (among them &apos;%1&apos;). Nothing was imported; import the file again.</source>
        <translation>Iemand anders heeft tijdens het importeren configuratie-items uit dit bestand gewijzigd (waaronder ‘%1’). Er is niets geïmporteerd; importeer het bestand opnieuw.</translation>
    </message>
</context>
<context>
    <name>CiRepository</name>
    <message>
        <source>Configuration item &apos;%1&apos;</source>
        <translation>configuratie-item ‘%1’</translation>
    </message>
    <message>
        <source>A configuration item needs a name.</source>
        <translation>Een configuratie-item heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; is not valid: at most 255 characters, no control characters and no spaces at either end.</source>
        <translation>De naam ‘%1’ is ongeldig: ten hoogste 255 tekens, geen stuurtekens en geen spaties aan het begin of einde.</translation>
    </message>
    <message>
        <source>Attribute name &apos;%1&apos; of &apos;%2&apos; is not valid: use up to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>De attribuutnaam ‘%1’ van ‘%2’ is ongeldig: gebruik ten hoogste 64 letters, cijfers, ‘_’, ‘.’ of ‘-’, te beginnen met een letter.</translation>
    </message>
    <message>
        <source>Responsibility &apos;%1&apos; of &apos;%2&apos; needs a role name and a person.</source>
        <translation>De verantwoordelijkheid ‘%1’ van ‘%2’ heeft een rolnaam en een persoon nodig.</translation>
    </message>
    <message>
        <source>recording the history of &apos;%1&apos;</source>
        <translation>vastleggen van de geschiedenis van ‘%1’</translation>
    </message>
    <message>
        <source>saving the details of &apos;%1&apos;</source>
        <translation>opslaan van de details van ‘%1’</translation>
    </message>
    <message>
        <source>A configuration item named &apos;%1&apos; already exists.</source>
        <translation>Er bestaat al een configuratie-item met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>adding configuration item &apos;%1&apos;</source>
        <translation>toevoegen van configuratie-item ‘%1’</translation>
    </message>
    <message>
        <source>%1 no longer exists: someone else deleted it. Your change was not saved.</source>
        <translation>Intussen bestaat %1 niet meer: iemand anders heeft het record verwijderd. Uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>reading attributes</source>
        <translation>lezen van de attributen</translation>
    </message>
    <message>
        <source>reading responsibilities</source>
        <translation>lezen van de verantwoordelijkheden</translation>
    </message>
    <message>
        <source>reading configuration items</source>
        <translation>lezen van de configuratie-items</translation>
    </message>
    <message>
        <source>counting configuration items</source>
        <translation>tellen van de configuratie-items</translation>
    </message>
    <message>
        <source>A relation needs two existing configuration items.</source>
        <translation>Een relatie heeft twee bestaande configuratie-items nodig.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be related to itself.</source>
        <translation>‘%1’ kan geen relatie met zichzelf hebben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already %2 &apos;%3&apos;.</source>
        <translation>De relatie ‘%1’ %2 ‘%3’ bestaat al.</translation>
    </message>
    <message>
        <source>relating &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>koppelen van ‘%1’ aan ‘%2’</translation>
    </message>
    <message>
        <source>The relation &apos;%1&apos; %2 &apos;%3&apos;</source>
        <translation>De relatie ‘%1’ %2 ‘%3’</translation>
    </message>
    <message>
        <source>reading relations</source>
        <translation>lezen van de relaties</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>lezen van de geschiedenis</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it has no id.</source>
        <translation>%1 kan niet worden teruggezet: het heeft geen ID.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: its id %2 belongs to &apos;%3&apos; now.</source>
        <translation>%1 kan niet worden teruggezet: het ID %2 hoort nu bij ‘%3’.</translation>
    </message>
    <message>
        <source>restoring configuration item &apos;%1&apos;</source>
        <translation>terugzetten van configuratie-item ‘%1’</translation>
    </message>
</context>
<context>
    <name>CiSnapshots</name>
    <message>
        <source>Configuration item %1 no longer exists: someone else deleted it.</source>
        <translation>Het configuratie-item met ID %1 bestaat intussen niet meer: iemand anders heeft het verwijderd.</translation>
    </message>
</context>
<context>
    <name>CiSummaries</name>
    <message>
        <source>reading configuration items</source>
        <translation>lezen van de configuratie-items</translation>
    </message>
    <message>
        <source>reading attributes</source>
        <translation>lezen van de attributen</translation>
    </message>
    <message>
        <source>finding the matching configuration items</source>
        <translation>zoeken naar de overeenkomende configuratie-items</translation>
    </message>
</context>
<context>
    <name>CiViewSettings</name>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>Een opgeslagen filter heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The CMDB view settings could not be saved to %1.</source>
        <translation>De weergave-instellingen van de CMDB konden niet in %1 worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CmdbNames</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtuele machine</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Applicatie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>In test</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>In productie</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>In onderhoud</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normaal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>zeer hoog</translation>
    </message>
    <message>
        <source>No update mechanism</source>
        <translation>Geen updatemechanisme</translation>
    </message>
    <message>
        <source>From the vendor</source>
        <translation>Van de leverancier</translation>
    </message>
    <message>
        <source>Internal update server</source>
        <translation>Interne updateserver</translation>
    </message>
    <message>
        <source>Vendor and internal server in parallel</source>
        <translation>Leverancier en interne server naast elkaar</translation>
    </message>
    <message>
        <source>Download only</source>
        <translation>Alleen downloaden</translation>
    </message>
    <message>
        <source>Install automatically</source>
        <translation>Automatisch installeren</translation>
    </message>
    <message>
        <source>No restart needed</source>
        <translation>Geen herstart nodig</translation>
    </message>
    <message>
        <source>Restart by an administrator</source>
        <translation>Herstart door een beheerder</translation>
    </message>
    <message>
        <source>Restarts automatically</source>
        <translation>Herstart automatisch</translation>
    </message>
    <message>
        <source>Restart in the maintenance window</source>
        <translation>Herstart in het onderhoudsvenster</translation>
    </message>
    <message>
        <source>runs on</source>
        <translation>draait op</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>is afhankelijk van</translation>
    </message>
    <message>
        <source>connected to</source>
        <translation>verbonden met</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>onderdeel van</translation>
    </message>
    <message>
        <source>located at</source>
        <translation>bevindt zich in</translation>
    </message>
</context>
<context>
    <name>CmsVerifier</name>
    <message>
        <source>OpenSSL could not set up the chain check: %1</source>
        <translation>OpenSSL kon de controle van de certificaatketen niet opzetten: %1</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is not for code signing: its extended key usage lacks codeSigning (1.3.6.1.5.5.7.3.3).</source>
        <translation>Het certificaat ‘%1’ is niet bedoeld voor codeondertekening: in het uitgebreide sleutelgebruik (extended key usage) ontbreekt codeSigning (1.3.6.1.5.5.7.3.3).</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; is restricted by its extended key usage to uses other than code signing.</source>
        <translation>Het CA-certificaat ‘%1’ is door het uitgebreide sleutelgebruik beperkt tot andere toepassingen dan codeondertekening.</translation>
    </message>
    <message>
        <source>%1 (certificate &quot;%2&quot; at depth %3 of the chain)</source>
        <translation>%1 (certificaat ‘%2’ op diepte %3 van de keten)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>OpenSSL offers no SHA-256 here (check OPENSSL_CONF and OPENSSL_MODULES; the default provider must be loadable): CMS signatures cannot be checked.</source>
        <translation>OpenSSL biedt hier geen SHA-256 (controleer OPENSSL_CONF en OPENSSL_MODULES; de provider ‘default’ moet kunnen worden geladen): CMS-handtekeningen kunnen niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate or a CRL.</source>
        <translation>%1 is te groot voor een certificaat of een CRL.</translation>
    </message>
    <message>
        <source>%1 holds no readable PEM certificate or CRL (%2).</source>
        <translation>%1 bevat geen leesbaar PEM-certificaat en geen leesbare CRL (%2).</translation>
    </message>
    <message>
        <source>%1 is neither a certificate nor a CRL, in PEM or DER (%2).</source>
        <translation>%1 is geen certificaat en geen CRL in PEM of DER (%2).</translation>
    </message>
    <message>
        <source>No verification time was given for %1.</source>
        <translation>Voor %1 is geen verificatietijdstip opgegeven.</translation>
    </message>
    <message>
        <source>%1 is too large for a signature.</source>
        <translation>%1 is te groot voor een handtekening.</translation>
    </message>
    <message>
        <source>%1 is not a CMS signature in PEM or DER (%2).</source>
        <translation>%1 is geen CMS-handtekening in PEM of DER (%2).</translation>
    </message>
    <message>
        <source>%1 is a CMS structure, but not signed data.</source>
        <translation>%1 is een CMS-structuur, maar geen ondertekende gegevens (SignedData).</translation>
    </message>
    <message>
        <source>%1 carries the signed content itself; a detached signature is needed (openssl cms -sign without -nodetach).</source>
        <translation>%1 bevat de ondertekende inhoud zelf; er is een losse (detached) handtekening nodig (openssl cms -sign zonder -nodetach).</translation>
    </message>
    <message>
        <source>%1 holds no signer.</source>
        <translation>%1 bevat geen ondertekenaar.</translation>
    </message>
    <message>
        <source>OpenSSL could not create a certificate store.</source>
        <translation>OpenSSL kon geen certificaatopslag aanmaken.</translation>
    </message>
    <message>
        <source>Pinned CA certificate %1 is neither a PEM nor a DER certificate.</source>
        <translation>Het vastgepinde CA-certificaat %1 is geen PEM- en geen DER-certificaat.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be used to check %2 (%3).</source>
        <translation>%1 kan niet worden gebruikt om %2 te controleren (%3).</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Het lezen van %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not digest %1 (%2).</source>
        <translation>OpenSSL kon de hashwaarde van %1 niet berekenen (%2).</translation>
    </message>
    <message>
        <source>Checking the signature of %1 was cancelled.</source>
        <translation>Het controleren van de handtekening van %1 is geannuleerd.</translation>
    </message>
    <message>
        <source>The certificate of signer %1 is not in %2.</source>
        <translation>Het certificaat van ondertekenaar %1 zit niet in %2.</translation>
    </message>
    <message>
        <source>The signature by &quot;%1&quot; does not fit the bytes of %2 (%3).</source>
        <translation>De handtekening van ‘%1’ past niet bij de bytes van %2 (%3).</translation>
    </message>
    <message>
        <source>verification failure</source>
        <translation>verificatie mislukt</translation>
    </message>
    <message>
        <source>The signature uses the digest %1, which does not resist collisions.</source>
        <translation>De handtekening gebruikt het hashalgoritme %1, dat niet botsingsbestendig is.</translation>
    </message>
    <message>
        <source>%1, QCA %2</source>
        <translation>%1, QCA %2</translation>
    </message>
    <message>
        <source>CRL %1 of the trust store is neither a PEM nor a DER CRL.</source>
        <translation>Intrekkingslijst %1 in de vertrouwensopslag is geen PEM- en geen DER-intrekkingslijst.</translation>
    </message>
</context>
<context>
    <name>ConflictDetector</name>
    <message>
        <source>Same configuration item</source>
        <translation>Hetzelfde configuratie-item</translation>
    </message>
    <message>
        <source>Dependent configuration items</source>
        <translation>Afhankelijke configuratie-items</translation>
    </message>
    <message>
        <source>Outside the maintenance windows</source>
        <translation>Buiten de onderhoudsvensters</translation>
    </message>
    <message>
        <source>In a freeze period</source>
        <translation>Tijdens een wijzigingsstop</translation>
    </message>
    <message>
        <source>Implementer booked twice</source>
        <translation>Uitvoerder dubbel ingepland</translation>
    </message>
    <message>
        <source>Restart not last</source>
        <translation>Herstart niet als laatste</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blokkerend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 &apos;%2&apos;</source>
        <translation>#%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Overlaps with %1 on %2 (%3).</source>
        <translation>Overlapt met %1 op %2 (%3).</translation>
    </message>
    <message>
        <source>Overlaps with %1 (%2): %3 depends on %4.</source>
        <translation>Overlapt met %1 (%2): %3 is afhankelijk van %4.</translation>
    </message>
    <message>
        <source>Overlaps with %1 (%2): %4 depends on %3.</source>
        <translation>Overlapt met %1 (%2): %4 is afhankelijk van %3.</translation>
    </message>
    <message>
        <source>Outside the maintenance windows of %1.</source>
        <translation>Buiten de onderhoudsvensters van %1.</translation>
    </message>
    <message>
        <source>In freeze period &apos;%1&apos; (%2) for all configuration items.</source>
        <translation>Tijdens wijzigingsstop ‘%1’ (%2) voor alle configuratie-items.</translation>
    </message>
    <message>
        <source>In freeze period &apos;%1&apos; (%2) for %3.</source>
        <translation>Tijdens wijzigingsstop ‘%1’ (%2) voor %3.</translation>
    </message>
    <message>
        <source>%1 also implements %2 at that time (%3).</source>
        <translation>%1 voert op dat moment ook %2 uit (%3).</translation>
    </message>
    <message>
        <source>%1 needs a restart and starts earlier in the same maintenance window on %2; changes needing a restart go last.</source>
        <translation>%1 vereist een herstart en begint eerder in hetzelfde onderhoudsvenster op %2; wijzigingen met een herstart komen als laatste.</translation>
    </message>
    <message>
        <source>Needs a restart but starts before %1 in the same maintenance window on %2; changes needing a restart go last.</source>
        <translation>Vereist een herstart, maar begint vóór %1 in hetzelfde onderhoudsvenster op %2; wijzigingen met een herstart komen als laatste.</translation>
    </message>
</context>
<context>
    <name>Cpe</name>
    <message>
        <source>&apos;%1&apos; is not a valid CPE name: %2</source>
        <translation>‘%1’ is geen geldige CPE-naam: %2</translation>
    </message>
    <message>
        <source>The CPE name is empty.</source>
        <translation>De CPE-naam is leeg.</translation>
    </message>
    <message>
        <source>a CPE 2.3 formatted string has 11 components after &quot;cpe:2.3:&quot;, this one has %1.</source>
        <translation>een CPE 2.3-tekenreeks (formatted string) heeft na &quot;cpe:2.3:&quot; 11 componenten, deze heeft er %1.</translation>
    </message>
    <message>
        <source>component %1 ends with a lone backslash.</source>
        <translation>component %1 eindigt op een losse backslash.</translation>
    </message>
    <message>
        <source>the part must be a, o or h, not &apos;%1&apos;.</source>
        <translation>het attribuut part moet a, o of h zijn, niet ‘%1’.</translation>
    </message>
    <message>
        <source>a CPE 2.2 URI has at most 7 components after &quot;cpe:/&quot;, this one has %1.</source>
        <translation>een CPE 2.2-URI heeft na &quot;cpe:/&quot; ten hoogste 7 componenten, deze heeft er %1.</translation>
    </message>
    <message>
        <source>component %1 has a broken percent-escape.</source>
        <translation>component %1 bevat een ongeldige procentcodering.</translation>
    </message>
    <message>
        <source>a component has a broken percent-escape.</source>
        <translation>een component bevat een ongeldige procentcodering.</translation>
    </message>
    <message>
        <source>a packed edition has the form ~edition~sw_edition~target_sw~target_hw~other, this one has %1 parts.</source>
        <translation>een verpakte editie heeft de vorm ~edition~sw_edition~target_sw~target_hw~other, deze heeft er %1 delen.</translation>
    </message>
    <message>
        <source>the edition has a broken percent-escape.</source>
        <translation>de editie bevat een ongeldige procentcodering.</translation>
    </message>
    <message>
        <source>it starts with neither &quot;cpe:2.3:&quot; (CPE 2.3) nor &quot;cpe:/&quot; (CPE 2.2).</source>
        <translation>de naam begint niet met &quot;cpe:2.3:&quot; (CPE 2.3) en ook niet met &quot;cpe:/&quot; (CPE 2.2).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The password could not be stored in the system keychain: %1</source>
        <translation>Het wachtwoord kon niet worden opgeslagen in de sleutelhanger van het systeem: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation>Het wachtwoord kon niet worden verwijderd uit de sleutelhanger van het systeem: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not open for reading</source>
        <translation>het bestand is niet geopend om te lezen</translation>
    </message>
    <message>
        <source>%1 cannot be the delimiter of a CSV file</source>
        <translation>%1 kan niet het scheidingsteken van een CSV-bestand zijn</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>het bestand kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>this build of Qt cannot decode %1</source>
        <translation>deze build van Qt kan %1 niet decoderen</translation>
    </message>
    <message>
        <source>line %1: %2 cannot be the delimiter of a CSV file</source>
        <translation>regel %1: %2 kan niet het scheidingsteken van een CSV-bestand zijn</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of field %2; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>regel %1: tekst na het afsluitende aanhalingsteken van veld %2; een aanhalingsteken binnen een veld tussen aanhalingstekens moet worden verdubbeld (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: a quoted field opened here is not closed within %2 characters</source>
        <translation>regel %1: een hier geopend veld tussen aanhalingstekens wordt niet binnen %2 tekens gesloten</translation>
    </message>
    <message>
        <source>line %1: the record is longer than %2 characters</source>
        <translation>regel %1: het record is langer dan %2 tekens</translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n field(s), the header has %2</source>
        <translation>
            <numerusform>regel %1: %n veld, de kopregel heeft er %2</numerusform>
            <numerusform>regel %1: %n velden, de kopregel heeft er %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n field(s), the first record has %2</source>
        <translation>
            <numerusform>regel %1: %n veld, het eerste record heeft er %2</numerusform>
            <numerusform>regel %1: %n velden, het eerste record heeft er %2</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: a quoted field opened here is never closed</source>
        <translation>regel %1: een hier geopend veld tussen aanhalingstekens wordt nooit gesloten</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>line %1: the file contains NUL characters: it is not a text file, or it is UTF-16 without a byte order mark (choose the encoding)</source>
        <translation>regel %1: het bestand bevat NUL-tekens: het is geen tekstbestand, of het is UTF-16 zonder byte-order-mark (BOM); kies in dat geval de tekencodering</translation>
    </message>
    <message>
        <source>line %1: the file ends in the middle of a %2 character</source>
        <translation>regel %1: het bestand eindigt midden in een %2-teken</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8; save the file as UTF-8 or choose its encoding (for example Windows-1252)</source>
        <translation>regel %1: de tekst is geen geldige UTF-8; sla het bestand op als UTF-8 of kies de tekencodering ervan (bijvoorbeeld Windows-1252)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>%1 cannot be the delimiter of a CSV file</source>
        <translation>%1 kan niet het scheidingsteken van een CSV-bestand zijn</translation>
    </message>
    <message>
        <source>a CSV record needs at least one field</source>
        <translation>een CSV-record heeft ten minste één veld nodig</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>cannot write the CSV data: %1</source>
        <translation>de CSV-gegevens kunnen niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>Ctl</name>
    <message>
        <source>run &apos;changedeskctl --help&apos; for usage</source>
        <translation>meer informatie met ‘changedeskctl --help’</translation>
    </message>
    <message>
        <source>Database URL.</source>
        <translation>Database-URL.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Machineleesbare uitvoer.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Help weergeven.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>De uit te voeren opdracht.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>geen opdracht opgegeven</translation>
    </message>
    <message>
        <source>version takes no arguments</source>
        <translation>version accepteert geen argumenten</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init accepteert geen argumenten</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check accepteert geen argumenten</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>onbekende opdracht ‘%1’</translation>
    </message>
    <message>
        <source>Database schema version %1</source>
        <translation>Schemaversie van de database: %1</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2).</source>
        <translation>%1 is actueel (schemaversie %2).</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation>%1 is aangemaakt (schemaversie %2).</translation>
    </message>
    <message>
        <source>Upgraded %1 from schema version %2 to %3.</source>
        <translation>%1 is bijgewerkt van schemaversie %2 naar %3.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Databasesysteem: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this ChangeDesk: %2)</source>
        <translation>Schemaversie: %1 (deze versie van ChangeDesk: %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integriteit: %1</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Vreemde sleutels: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>The database was written by a newer ChangeDesk.</source>
        <translation>De database is geschreven door een nieuwere versie van ChangeDesk.</translation>
    </message>
    <message>
        <source>The schema is out of date: run &apos;changedeskctl init&apos;.</source>
        <translation>Het schema is verouderd: voer ‘changedeskctl init’ uit.</translation>
    </message>
    <message>
        <source>the check found problems in %1</source>
        <translation>de controle heeft problemen gevonden in %1</translation>
    </message>
    <message>
        <source>backup needs exactly one argument: the file to write</source>
        <translation>backup verwacht precies één argument: het te schrijven bestand</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Back-up van %1 gemaakt in %2.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Beginwaarde voor de toevalsgenerator.</translation>
    </message>
    <message>
        <source>small, municipality or agency.</source>
        <translation>small, municipality of agency.</translation>
    </message>
    <message>
        <source>demo-data takes no arguments besides --seed and --scale</source>
        <translation>demo-data accepteert geen argumenten behalve --seed en --scale</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation>--seed moet een geheel getal van 0 tot en met 4294967295 zijn, niet ‘%1’</translation>
    </message>
    <message>
        <source>Demo data (%1, seed %2) in %3: created %4.</source>
        <translation>Demogegevens (%1, beginwaarde %2) in %3: %4 aangemaakt.</translation>
    </message>
    <message>
        <source>ci %1 needs the name of a configuration item</source>
        <translation>ci %1 verwacht de naam van een configuratie-item</translation>
    </message>
    <message>
        <source>ci show takes exactly one name</source>
        <translation>ci show verwacht precies één naam</translation>
    </message>
    <message>
        <source>Attribute expression.</source>
        <translation>Attribuutexpressie.</translation>
    </message>
    <message>
        <source>ci list takes no arguments besides --filter</source>
        <translation>ci list accepteert geen argumenten behalve --filter</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s)</source>
        <translation>
            <numerusform>%n configuratie-item</numerusform>
            <numerusform>%n configuratie-items</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no configuration item named &apos;%1&apos;.</source>
        <translation>Er is geen configuratie-item met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>Relaties:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  geen</translation>
    </message>
    <message>
        <source>Maximum depth.</source>
        <translation>Maximale diepte.</translation>
    </message>
    <message>
        <source>ci impact takes one name</source>
        <translation>ci impact verwacht precies één naam</translation>
    </message>
    <message>
        <source>--depth must be a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--depth moet een geheel getal van ten minste 1 zijn, niet ‘%1’</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s) depend on %1</source>
        <translation>
            <numerusform>%n configuratie-item is afhankelijk van %1</numerusform>
            <numerusform>%n configuratie-items zijn afhankelijk van %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Inherited protection requirement (maximum principle):</source>
        <translation>Overgeërfde beschermingsbehoefte (maximumprincipe):</translation>
    </message>
    <message numerus="yes">
        <source>Dependency cycles found: %n</source>
        <translation>
            <numerusform>Afhankelijkheidscycli gevonden: %n</numerusform>
            <numerusform>Afhankelijkheidscycli gevonden: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>group needs a subcommand: list or members NAME</source>
        <translation>group verwacht een subopdracht: list of members NAME</translation>
    </message>
    <message>
        <source>group list takes no arguments</source>
        <translation>group list accepteert geen argumenten</translation>
    </message>
    <message>
        <source>group members takes exactly one group name</source>
        <translation>group members verwacht precies één groepsnaam</translation>
    </message>
    <message>
        <source>There is no group named &apos;%1&apos;.</source>
        <translation>Er is geen groep met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>person %1 (%2)</source>
        <translation>persoon %1 (%2)</translation>
    </message>
    <message>
        <source>unit %1 (%2)</source>
        <translation>organisatieonderdeel %1 (%2)</translation>
    </message>
    <message>
        <source>There is no organizational unit with the code or name &apos;%1&apos;.</source>
        <translation>Er is geen organisatieonderdeel met de code of naam ‘%1’.</translation>
    </message>
    <message>
        <source>There is no person with the login &apos;%1&apos;.</source>
        <translation>Er is geen persoon met de gebruikersnaam ‘%1’.</translation>
    </message>
    <message>
        <source>rights needs a subcommand: list, grant or revoke</source>
        <translation>rights verwacht een subopdracht: list, grant of revoke</translation>
    </message>
    <message>
        <source>unknown rights subcommand &apos;%1&apos;: use list, grant or revoke</source>
        <translation>onbekende rights-subopdracht ‘%1’: gebruik list, grant of revoke</translation>
    </message>
    <message>
        <source>Configuration item.</source>
        <translation>Configuratie-item.</translation>
    </message>
    <message>
        <source>Person.</source>
        <translation>Persoon.</translation>
    </message>
    <message>
        <source>Organizational unit.</source>
        <translation>Organisatieonderdeel.</translation>
    </message>
    <message>
        <source>rights list takes no arguments besides --ci, --person or --unit</source>
        <translation>rights list accepteert geen argumenten behalve --ci, --person of --unit</translation>
    </message>
    <message>
        <source>rights list takes at most one of --ci, --person and --unit</source>
        <translation>rights list accepteert ten hoogste één van --ci, --person en --unit</translation>
    </message>
    <message>
        <source>(through unit %1)</source>
        <translation>(via organisatieonderdeel %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n rights profile(s)</source>
        <translation>
            <numerusform>%n rechtenprofiel</numerusform>
            <numerusform>%n rechtenprofielen</numerusform>
        </translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Omschrijving.</translation>
    </message>
    <message>
        <source>rights grant needs a configuration item and a profile, e.g. &apos;rights grant srv-01 --person jdoe administrator&apos;</source>
        <translation>rights grant verwacht een configuratie-item en een profiel, bijv. ‘rights grant srv-01 --person jdoe administrator’</translation>
    </message>
    <message>
        <source>rights grant needs exactly one of --person LOGIN and --unit UNIT</source>
        <translation>rights grant verwacht precies één van --person LOGIN en --unit UNIT</translation>
    </message>
    <message>
        <source>Granted &apos;%1&apos; on &apos;%2&apos; to %3 (rights profile %4).</source>
        <translation>Profiel ‘%1’ op ‘%2’ toegekend aan %3 (rechtenprofiel %4).</translation>
    </message>
    <message>
        <source>rights revoke takes exactly one id (see rights list)</source>
        <translation>rights revoke verwacht precies één ID (zie rights list)</translation>
    </message>
    <message>
        <source>rights revoke needs the id of a rights profile (see rights list), not &apos;%1&apos;</source>
        <translation>rights revoke verwacht het ID van een rechtenprofiel (zie rights list), niet ‘%1’</translation>
    </message>
    <message>
        <source>There is no rights profile with the id %1.</source>
        <translation>Er is geen rechtenprofiel met ID %1.</translation>
    </message>
    <message>
        <source>Revoked &apos;%1&apos; on &apos;%2&apos; from %3 (rights profile %4).</source>
        <translation>Profiel ‘%1’ op ‘%2’ van %3 ingetrokken (rechtenprofiel %4).</translation>
    </message>
    <message>
        <source>software needs a subcommand: review PRODUCT APPROVAL or unneeded</source>
        <translation>software verwacht een subopdracht: review PRODUCT APPROVAL of unneeded</translation>
    </message>
    <message>
        <source>Why the product is not needed or forbidden.</source>
        <translation>Waarom het product overbodig of verboden is.</translation>
    </message>
    <message>
        <source>Only configuration items matching EXPR.</source>
        <translation>Alleen configuratie-items die aan EXPR voldoen.</translation>
    </message>
    <message>
        <source>software review takes a product and one of: %1</source>
        <translation>software review verwacht een product en een van: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an approval; approvals: %2</source>
        <translation>‘%1’ is geen beoordeling; beoordelingen: %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is nu %2.</translation>
    </message>
    <message>
        <source>software unneeded takes only --filter</source>
        <translation>software unneeded accepteert alleen --filter</translation>
    </message>
    <message numerus="yes">
        <source>%n installation(s) to remove</source>
        <translation>
            <numerusform>%n te verwijderen installatie</numerusform>
            <numerusform>%n te verwijderen installaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n configuration item(s)</source>
        <translation>
            <numerusform>op %n configuratie-item</numerusform>
            <numerusform>op %n configuratie-items</numerusform>
        </translation>
    </message>
    <message>
        <source>ci needs a subcommand: list, show, impact, import or export</source>
        <translation>ci verwacht een subopdracht: list, show, impact, import of export</translation>
    </message>
    <message>
        <source>unknown ci subcommand &apos;%1&apos;: use list, show, impact, import or export</source>
        <translation>onbekende ci-subopdracht ‘%1’: gebruik list, show, impact, import of export</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Verantwoordelijkheden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributen</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Geschiedenisvermeldingen</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>csv, csv-relations, cyclonedx or spdx.</source>
        <translation>csv, csv-relations, cyclonedx of spdx.</translation>
    </message>
    <message>
        <source>The configuration item an SBOM belongs to.</source>
        <translation>Het configuratie-item waartoe een SBOM behoort.</translation>
    </message>
    <message>
        <source>Check and report, write nothing.</source>
        <translation>Controleren en rapporteren, niets schrijven.</translation>
    </message>
    <message>
        <source>Import the valid records although others are rejected.</source>
        <translation>De geldige records importeren, ook als andere worden afgewezen.</translation>
    </message>
    <message>
        <source>The CSV delimiter.</source>
        <translation>Het CSV-scheidingsteken.</translation>
    </message>
    <message>
        <source>The CSV encoding.</source>
        <translation>De tekencodering van het CSV-bestand.</translation>
    </message>
    <message>
        <source>Map a CSV column to a field.</source>
        <translation>Een CSV-kolom aan een veld toewijzen.</translation>
    </message>
    <message>
        <source>ci import needs exactly one file</source>
        <translation>ci import verwacht precies één bestand</translation>
    </message>
    <message>
        <source>--delimiter takes one character or &apos;tab&apos;, not &apos;%1&apos;</source>
        <translation>--delimiter accepteert één teken of ‘tab’, niet ‘%1’</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-16le, utf-16be or windows-1252, not &apos;%1&apos;</source>
        <translation>--encoding accepteert utf-8, utf-16le, utf-16be of windows-1252, niet ‘%1’</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD (FIELD &apos;-&apos; ignores the column), not &apos;%1&apos;</source>
        <translation>--map verwacht COLUMN=FIELD (FIELD ‘-’ negeert de kolom), niet ‘%1’</translation>
    </message>
    <message>
        <source>--format takes csv, csv-relations, cyclonedx or spdx, not &apos;%1&apos;</source>
        <translation>--format accepteert csv, csv-relations, cyclonedx of spdx, niet ‘%1’</translation>
    </message>
    <message>
        <source>--delimiter, --encoding and --map are for CSV files; %1 is an SBOM</source>
        <translation>--delimiter, --encoding en --map zijn bedoeld voor CSV-bestanden; %1 is een SBOM</translation>
    </message>
    <message>
        <source>--ci is for SBOMs; %1 is a CSV file</source>
        <translation>--ci is bedoeld voor SBOM’s; %1 is een CSV-bestand</translation>
    </message>
    <message>
        <source>%1: component %2</source>
        <translation>%1: component %2</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1: regel %2</translation>
    </message>
    <message>
        <source>%1: %2 rejected: %3</source>
        <translation>%1: %2 afgewezen: %3</translation>
    </message>
    <message>
        <source>%1: line %2: warning: %3</source>
        <translation>%1: regel %2: waarschuwing: %3</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: waarschuwing: %2</translation>
    </message>
    <message>
        <source>Configuration item: %1</source>
        <translation>Configuratie-item: %1</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel).</source>
        <translation>Beginnen met een UTF-8-byte-order-mark (BOM, voor Excel).</translation>
    </message>
    <message>
        <source>ci export needs exactly one file, or - for standard output</source>
        <translation>ci export verwacht precies één bestand, of - voor de standaarduitvoer</translation>
    </message>
    <message>
        <source>ci export to standard output cannot also print JSON there</source>
        <translation>ci export naar de standaarduitvoer kan daar niet ook JSON uitvoeren</translation>
    </message>
    <message>
        <source>standard output cannot be written: %1</source>
        <translation>er kan niet naar de standaarduitvoer worden geschreven: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n configuration item(s) to %1.</source>
        <translation>
            <numerusform>%n configuratie-item geëxporteerd naar %1.</numerusform>
            <numerusform>%n configuratie-items geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
    <message>
        <source>workflow export takes at most one file</source>
        <translation>workflow export neemt hoogstens één bestand</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kan niet naar de standaarduitvoer schrijven</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1: the workflow definition &apos;%2&apos;</source>
        <translation>%1: de workflowdefinitie ‘%2’</translation>
    </message>
    <message>
        <source>workflow check takes exactly one file</source>
        <translation>workflow check neemt precies één bestand</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 bestaat niet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: a valid workflow definition, &apos;%2&apos;</source>
        <translation>%1: een geldige workflowdefinitie, ‘%2’</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s), starting at %1, ending at %2</source>
        <translation>
            <numerusform>%n status, begint bij %1, eindigt bij %2</numerusform>
            <numerusform>%n statussen, begint bij %1, eindigt bij %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n overgang</numerusform>
            <numerusform>%n overgangen</numerusform>
        </translation>
    </message>
    <message>
        <source>expedited: %1</source>
        <translation>versneld: %1</translation>
    </message>
    <message>
        <source>audit needs a subcommand: verify, checkpoint or list</source>
        <translation>audit heeft een subopdracht nodig: verify, checkpoint of list</translation>
    </message>
    <message>
        <source>unknown audit subcommand &apos;%1&apos;: use verify, checkpoint or list</source>
        <translation>onbekende audit-subopdracht ‘%1’: gebruik verify, checkpoint of list</translation>
    </message>
    <message>
        <source>Signed checkpoint to verify against.</source>
        <translation>Ondertekend controlepunt om tegen te controleren.</translation>
    </message>
    <message>
        <source>The OpenPGP key that must have signed it.</source>
        <translation>De OpenPGP-sleutel die het moet hebben ondertekend.</translation>
    </message>
    <message>
        <source>audit verify takes no arguments besides --checkpoint FILE and --key FINGERPRINT</source>
        <translation>audit verify neemt naast --checkpoint BESTAND en --key VINGERAFDRUK geen argumenten</translation>
    </message>
    <message>
        <source>audit verify --key needs --checkpoint FILE: the key is the one that signed it</source>
        <translation>audit verify --key heeft --checkpoint BESTAND nodig: de sleutel is die waarmee het is ondertekend</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of %1 was tampered with: the first bad event is %2 (%n event(s) before it verified).</source>
        <translation>
            <numerusform>Er is geknoeid met het auditspoor van %1: de eerste foute gebeurtenis is %2 (%n gebeurtenis ervoor gecontroleerd).</numerusform>
            <numerusform>Er is geknoeid met het auditspoor van %1: de eerste foute gebeurtenis is %2 (%n gebeurtenissen ervoor gecontroleerd).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of %1 is intact: %n event(s), head %2.</source>
        <translation>
            <numerusform>Het auditspoor van %1 is intact: %n gebeurtenis, stand %2.</numerusform>
            <numerusform>Het auditspoor van %1 is intact: %n gebeurtenissen, stand %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checkpoint %1 (event %2, taken %3) is signed by %4 (%5) and the trail still holds it.</source>
        <translation>Het controlepunt %1 (gebeurtenis %2, gemaakt %3) is ondertekend door %4 (%5) en het spoor bevat het nog.</translation>
    </message>
    <message>
        <source>The checkpoint %1 cannot be trusted.</source>
        <translation>Het controlepunt %1 is niet te vertrouwen.</translation>
    </message>
    <message>
        <source>The OpenPGP key to sign with.</source>
        <translation>De OpenPGP-sleutel om mee te ondertekenen.</translation>
    </message>
    <message>
        <source>audit checkpoint needs --key FINGERPRINT and the file to write, e.g. &apos;audit checkpoint --key 0123…CDEF audit-2026-03.checkpoint&apos;</source>
        <translation>audit checkpoint heeft --key VINGERAFDRUK en het te schrijven bestand nodig, bijv. ‘audit checkpoint --key 0123…CDEF audit-2026-03.checkpoint’</translation>
    </message>
    <message>
        <source>Wrote the checkpoint %1: event %2 with hash %3, signed with key %4.</source>
        <translation>Controlepunt %1 geschreven: gebeurtenis %2 met hash %3, ondertekend met sleutel %4.</translation>
    </message>
    <message>
        <source>How many events.</source>
        <translation>Hoeveel gebeurtenissen.</translation>
    </message>
    <message>
        <source>audit list takes no arguments besides --limit N</source>
        <translation>audit list neemt naast --limit N geen argumenten</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 100000, not &apos;%1&apos;</source>
        <translation>--limit moet een getal van 1 tot 100000 zijn, niet ‘%1’</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), newest first</source>
        <translation>
            <numerusform>%n gebeurtenis, nieuwste eerst</numerusform>
            <numerusform>%n gebeurtenissen, nieuwste eerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Only units, people and the CMDB: no roles, no requests.</source>
        <translation>Alleen eenheden, personen en de CMDB: geen rollen, geen verzoeken.</translation>
    </message>
    <message>
        <source>server password takes one login, and --password-file FILE or the password on standard input</source>
        <translation>server password verwacht één login, en --password-file BESTAND of het wachtwoord op de standaardinvoer</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>kan de standaardinvoer niet lezen</translation>
    </message>
    <message>
        <source>the first line of %1 is empty: it should hold the password</source>
        <translation>de eerste regel van %1 is leeg: daar hoort het wachtwoord te staan</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>de standaardinvoer</translation>
    </message>
    <message>
        <source>The password of &apos;%1&apos; is set.</source>
        <translation>Het wachtwoord van &apos;%1&apos; is ingesteld.</translation>
    </message>
    <message>
        <source>server needs a subcommand: secure or password LOGIN</source>
        <translation>server heeft een subopdracht nodig: secure of password LOGIN</translation>
    </message>
    <message>
        <source>server secure: unexpected argument &apos;%1&apos;</source>
        <translation>server secure: onverwacht argument &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Secured: owner %1, %n group role(s), %2 guarded transitions; new login roles: %3</source>
        <translation>
            <numerusform>Beveiligd: eigenaar %1, %n groepsrol, %2 bewaakte overgangen; nieuwe loginrollen: %3</numerusform>
            <numerusform>Beveiligd: eigenaar %1, %n groepsrollen, %2 bewaakte overgangen; nieuwe loginrollen: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Usage: changedeskctl [--db URL] [--json] COMMAND [ARGUMENTS]

Commands:
  version                     versions of ChangeDesk, Qt, QCA and KF6
  init                        create the database or bring its schema up to date
  check                       check schema version, integrity and foreign keys
  backup FILE                 write a consistent copy of an SQLite database to FILE
  demo-data [--seed N] [--scale small|municipality|agency] [--without-requests]
                              add deterministic sample data
  ci list [--filter EXPR]     configuration items, e.g. --filter &apos;class in (server, vm)&apos;
  ci show NAME                one configuration item with its relations
  ci impact NAME [--depth N]  everything that depends on NAME, and inherited protection
  ci import FILE [--format csv|csv-relations|cyclonedx|spdx] [--ci NAME] [--dry-run]
            [--skip-rejected] [--delimiter C] [--encoding E] [--map COLUMN=FIELD ...]
                              import CIs or relations from CSV, or an SBOM as the
                              installed software of a CI (format detected when not given)
  ci export FILE|- [--filter EXPR] [--delimiter C] [--bom]
                              write CIs as CSV that ci import reads back
  group list                  the groups of configuration items
  group members NAME          the configuration items in a group now
  software review PRODUCT approved|unneeded|forbidden|unreviewed [--reason TEXT]
                              mark a catalogue product (hardening review)
  software unneeded [--filter EXPR]
                              systems that still have unneeded or forbidden software
  rights list [--ci NAME | --person LOGIN | --unit UNIT]
                              rights profiles on a CI, of a person (with those of their
                              units) or of a unit (code or name)
  rights grant CI (--person LOGIN | --unit UNIT) PROFILE [--description TEXT]
                              give a person or unit a profile on a CI: administrator,
                              application-administrator, operator, user, read-only,
                              emergency-access or an agency&apos;s own
  rights revoke ID            take a rights profile away (ID from rights list)
  audit verify [--checkpoint FILE [--key FINGERPRINT]]
                              recompute the audit trail&apos;s hash chain and name the first
                              bad event (exit 1); against a signed checkpoint, also catch
                              events cut off the end and check who signed it
  audit checkpoint --key FINGERPRINT FILE
                              write the trail&apos;s head to FILE, signed with that OpenPGP key
  audit list [--limit N]      the latest events of the audit trail (default 20)
  workflow export [FILE] [--shipped]
                              write the workflow definition in force (JSON), or the shipped
                              one, to FILE or standard output, as a start for an agency&apos;s own
  workflow check FILE         check a workflow definition and summarise it
  workflow show               the workflow definition in force and those before it
  workflow install FILE [--as ADMIN]
                              put a checked definition in force (administrators; requests
                              must not be in states it lacks); PostgreSQL guards follow it
  server secure [--admin LOGIN]
                              PostgreSQL, as a superuser: a login role per person, group
                              roles per app role, a NOLOGIN owner, read-only clients and
                              guards generated from the workflow in force (run again after
                              an upgrade)
  server password LOGIN [--password-file FILE]
                              PostgreSQL, as a superuser: set a person&apos;s password from the
                              first line of FILE or of standard input

Options:
  --db URL     sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE?sslmode=...
               (default: $CHANGEDESK_DB, else %1)
  --json       print machine-readable JSON on standard output

Exit codes: 0 ok, 1 the operation failed, 2 bad input or usage.
</source>
        <translation>Gebruik: changedeskctl [--db URL] [--json] COMMAND [ARGUMENTS]

Opdrachten:
  version                     versies van ChangeDesk, Qt, QCA en KF6
  init                        de database aanmaken of het schema ervan bijwerken
  check                       schemaversie, integriteit en vreemde sleutels controleren
  backup FILE                 consistente kopie van een SQLite-database in FILE maken
  demo-data [--seed N] [--scale small|municipality|agency] [--without-requests]
                              deterministische voorbeeldgegevens toevoegen
  ci list [--filter EXPR]     configuratie-items, bijv. --filter &apos;class in (server, vm)&apos;
  ci show NAME                één configuratie-item met zijn relaties
  ci impact NAME [--depth N]  alles wat van NAME afhankelijk is, en de
                              overgeërfde bescherming
  ci import FILE [--format csv|csv-relations|cyclonedx|spdx] [--ci NAME] [--dry-run]
            [--skip-rejected] [--delimiter C] [--encoding E] [--map COLUMN=FIELD ...]
                              CI’s of relaties importeren uit CSV, of een SBOM als de
                              geïnstalleerde software van een CI (het formaat wordt
                              herkend als het niet is opgegeven)
  ci export FILE|- [--filter EXPR] [--delimiter C] [--bom]
                              CI’s als CSV schrijven die ci import weer kan inlezen
  group list                  de groepen van configuratie-items
  group members NAME          de configuratie-items die nu in een groep zitten
  software review PRODUCT approved|unneeded|forbidden|unreviewed [--reason TEXT]
                              een product uit de catalogus beoordelen (hardening)
  software unneeded [--filter EXPR]
                              systemen die nog overbodige of verboden software hebben
  rights list [--ci NAME | --person LOGIN | --unit UNIT]
                              rechtenprofielen op een CI, van een persoon (inclusief
                              die van diens organisatieonderdelen) of van een
                              organisatieonderdeel (code of naam)
  rights grant CI (--person LOGIN | --unit UNIT) PROFILE [--description TEXT]
                              een persoon of organisatieonderdeel een profiel op een CI
                              geven: administrator, application-administrator, operator,
                              user, read-only, emergency-access of een eigen profiel
                              van de organisatie
  rights revoke ID            een rechtenprofiel intrekken (ID uit rights list)
  audit verify [--checkpoint BESTAND [--key VINGERAFDRUK]]
                              de hashketen van het auditspoor opnieuw berekenen en de eerste
                              foute gebeurtenis noemen (exit 1); tegen een ondertekend
                              controlepunt ook afgeknipte gebeurtenissen aan het eind vinden
                              en controleren wie het ondertekende
  audit checkpoint --key VINGERAFDRUK BESTAND
                              de stand van het spoor naar BESTAND schrijven, ondertekend met
                              die OpenPGP-sleutel
  audit list [--limit N]      de laatste gebeurtenissen van het auditspoor (standaard 20)
  workflow export [BESTAND] [--shipped]
                              de geldende workflowdefinitie (JSON) of de meegeleverde naar
                              BESTAND of standaarduitvoer schrijven, als begin voor een
                              eigen definitie
  workflow check BESTAND      een workflowdefinitie controleren en samenvatten
  workflow show               de geldende workflowdefinitie en de eerdere
  workflow install BESTAND [--as ADMIN]
                              een gecontroleerde definitie in werking stellen (beheerders;
                              geen verzoek mag in een toestand zijn die zij niet heeft);
                              de controles van PostgreSQL volgen haar
  server secure [--admin LOGIN]
                              PostgreSQL, als superuser: een loginrol per persoon,
                              groepsrollen per app-rol, een NOLOGIN-eigenaar, alleen-
                              lezende clients en controles die uit de geldende workflow
                              worden gegenereerd (na een upgrade opnieuw uitvoeren)
  server password LOGIN [--password-file BESTAND]
                              PostgreSQL, als superuser: het wachtwoord van een persoon
                              instellen uit de eerste regel van BESTAND of de standaardinvoer

Opties:
  --db URL     sqlite:PATH of postgresql://USER@HOST:PORT/DATABASE?sslmode=...
               (standaard: $CHANGEDESK_DB, anders %1)
  --json       machineleesbare JSON op de standaarduitvoer schrijven

Afsluitcodes: 0 ok, 1 de bewerking is mislukt, 2 ongeldige invoer of onjuist gebruik.
</translation>
    </message>
    <message>
        <source>workflow needs a subcommand: export [FILE] [--shipped], check FILE, show or install FILE</source>
        <translation>workflow heeft een subopdracht nodig: export [BESTAND] [--shipped], check BESTAND, show of install BESTAND</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed, so %2 cannot be opened.</source>
        <translation>Het Qt-SQL-stuurprogramma %1 is niet geïnstalleerd, daardoor kan %2 niet worden geopend.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create it with &apos;changedeskctl init&apos; or choose another file.</source>
        <translation>Er is geen database op %1. Maak deze aan met ‘changedeskctl init’ of kies een ander bestand.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the database.</source>
        <translation>De map %1 voor de database kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so the database cannot be created there.</source>
        <translation>De map %1 is alleen-lezen, daardoor kan de database daar niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (permission denied).</source>
        <translation>Het databasebestand %1 kan niet worden gelezen (toegang geweigerd).</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>openen van %1</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>verbinden met %1</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>instellen van de verbinding</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lezen van %1</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>inschakelen van de vreemde sleutels</translation>
    </message>
    <message>
        <source>switching %1 to WAL mode</source>
        <translation>omschakelen van %1 naar de WAL-modus</translation>
    </message>
    <message>
        <source>%1 could not be switched to WAL mode (it reports &apos;%2&apos;).</source>
        <translation>%1 kon niet naar de WAL-modus worden omgeschakeld (melding: ‘%2’).</translation>
    </message>
    <message>
        <source>setting synchronous mode</source>
        <translation>instellen van de synchronisatiemodus</translation>
    </message>
    <message>
        <source>running a database query</source>
        <translation>uitvoeren van een databasequery</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>opslaan van %1</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>controleren van %1</translation>
    </message>
    <message>
        <source>%1 no longer exists: someone else deleted it. Your change was not saved.</source>
        <translation>Intussen bestaat %1 niet meer: iemand anders heeft het record verwijderd. Uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you were editing it (your version %2, stored version %3). Your change was not saved; reload and apply it again.</source>
        <translation>Terwijl u %1 bewerkte, heeft iemand anders het record gewijzigd (uw versie %2, opgeslagen versie %3). Uw wijziging is niet opgeslagen; laad de gegevens opnieuw en breng uw wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>listing tables</source>
        <translation>opvragen van de tabellen</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing can be changed in it.</source>
        <translation>%1 is alleen-lezen geopend; er kan niets in worden gewijzigd.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>starten van een transactie</translation>
    </message>
    <message>
        <source>committing the transaction</source>
        <translation>vastleggen van de transactie</translation>
    </message>
    <message>
        <source>%1 is not a ChangeDesk database or is damaged (%2). Nothing was changed; restore it from a backup or choose another file.</source>
        <translation>%1 is geen ChangeDesk-database of is beschadigd (%2). Er is niets gewijzigd; zet het bestand terug vanuit een back-up of kies een ander bestand.</translation>
    </message>
    <message>
        <source>%1 is read-only, so %2 failed. Nothing was changed.</source>
        <translation>%1 is alleen-lezen, daardoor is het %2 mislukt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The disk is full while %1. Nothing was changed; free some space and try again.</source>
        <translation>De schijf was vol tijdens het %1. Er is niets gewijzigd; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 is busy: another program holds a lock on it while %2. Try again in a moment.</source>
        <translation>%1 is bezet: tijdens het %2 was het bestand vergrendeld door een ander programma. Probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1 kan niet worden geopend (%2).</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed while %2 (%3).</source>
        <translation>Lezen of schrijven van %1 is mislukt tijdens het %2 (%3).</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>Het %1 is geweigerd: %2</translation>
    </message>
    <message>
        <source>The database reported an error while %1: %2</source>
        <translation>De database meldde een fout tijdens het %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused the password for user &apos;%2&apos;.</source>
        <translation>PostgreSQL op %1 heeft het wachtwoord voor gebruiker ‘%2’ geweigerd.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 asks for a password for user &apos;%2&apos;, and none was found (PGPASSWORD, the password file ~/.pgpass or the system keychain).</source>
        <translation>PostgreSQL op %1 vraagt om een wachtwoord voor gebruiker ‘%2’, maar er is geen wachtwoord gevonden (PGPASSWORD, het wachtwoordbestand ~/.pgpass of de sleutelhanger van het systeem).</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no database &apos;%2&apos;. Create it first (createdb %2).</source>
        <translation>PostgreSQL op %1 heeft geen database ‘%2’. Maak deze eerst aan (createdb %2).</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no user &apos;%2&apos;.</source>
        <translation>PostgreSQL op %1 kent geen gebruiker ‘%2’.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 cannot be reached (%2). Check that it runs and accepts connections, and the host name and port.</source>
        <translation>De PostgreSQL-server op %1 is niet bereikbaar (%2). Controleer of de server draait en verbindingen accepteert, en controleer de hostnaam en de poort.</translation>
    </message>
    <message>
        <source>The secure connection to PostgreSQL at %1 failed: %2</source>
        <translation>De versleutelde verbinding met PostgreSQL op %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL database at %1 is read-only, so %2 failed.</source>
        <translation>De PostgreSQL-database op %1 is alleen-lezen, daardoor is het %2 mislukt.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 is out of disk space while %2.</source>
        <translation>De PostgreSQL-server op %1 had geen schijfruimte meer tijdens het %2.</translation>
    </message>
    <message>
        <source>%1 collided with another user&apos;s change. Nothing was saved; try again.</source>
        <translation>Het %1 botste met een wijziging van een andere gebruiker. Er is niets opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 failed: %2</source>
        <translation>De verbinding met PostgreSQL op %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>setting the page cache</source>
        <translation>instellen van de paginacache</translation>
    </message>
    <message>
        <source>setting the page size</source>
        <translation>instellen van de paginagrootte</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused %1: %2</source>
        <translation>De PostgreSQL-server weigerde %1: %2</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders for %2 values: %3</source>
        <translation>De opdracht heeft %1 plaatshouders voor %2 waarden: %3</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL is empty. Use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>De database-URL is leeg. Gebruik sqlite:PATH of postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The database URL &apos;%1&apos; names no file. Use sqlite:PATH, for example sqlite:/home/me/changedesk.db.</source>
        <translation>De database-URL ‘%1’ bevat geen bestandsnaam. Gebruik sqlite:PATH, bijvoorbeeld sqlite:/home/me/changedesk.db.</translation>
    </message>
    <message>
        <source>In-memory SQLite databases are not supported in &apos;%1&apos;: ChangeDesk keeps your data in a file.</source>
        <translation>SQLite-databases in het geheugen worden niet ondersteund (‘%1’): ChangeDesk bewaart uw gegevens in een bestand.</translation>
    </message>
    <message>
        <source>The database URL &apos;%1&apos; is malformed: %2</source>
        <translation>De database-URL ‘%1’ is onjuist opgebouwd: %2</translation>
    </message>
    <message>
        <source>The database URL &apos;%1&apos; names no server. Use postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>De database-URL ‘%1’ bevat geen server. Gebruik postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The port in the database URL &apos;%1&apos; is not valid.</source>
        <translation>De poort in de database-URL ‘%1’ is ongeldig.</translation>
    </message>
    <message>
        <source>The database URL &apos;%1&apos; names no database. Use postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>De database-URL ‘%1’ bevat geen databasenaam. Gebruik postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; in the database URL is not one of %2.</source>
        <translation>sslmode ‘%1’ in de database-URL is geen van de waarden %2.</translation>
    </message>
    <message>
        <source>The database URL parameter &apos;%1&apos; is not supported. Supported: sslmode, %2.</source>
        <translation>De parameter ‘%1’ in de database-URL wordt niet ondersteund. Ondersteund: sslmode, %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database URL. Use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>‘%1’ is geen database-URL. Gebruik sqlite:PATH of postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The database URL scheme &apos;%1&apos; in &apos;%2&apos; is not supported. Use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Het URL-schema ‘%1’ in ‘%2’ wordt niet ondersteund. Gebruik sqlite:PATH of postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
</context>
<context>
    <name>DemoChanges</name>
    <message>
        <source>creating demo requests for change</source>
        <translation>bij het aanmaken van demo-wijzigingsverzoeken</translation>
    </message>
    <message>
        <source>Apply the vendor&apos;s update as described in the attached notes.</source>
        <translation>De update van de leverancier installeren zoals beschreven in de bijgevoegde notities.</translation>
    </message>
    <message>
        <source>Security advisory of the vendor; the systems are affected.</source>
        <translation>Beveiligingsadvies van de leverancier; de systemen zijn getroffen.</translation>
    </message>
    <message>
        <source>Restore the snapshot taken before the change.</source>
        <translation>De vóór de wijziging gemaakte snapshot terugzetten.</translation>
    </message>
    <message>
        <source>The service does not answer within 15 minutes after the change.</source>
        <translation>De dienst antwoordt niet binnen 15 minuten na de wijziging.</translation>
    </message>
    <message>
        <source>Functional test by the application owner on the test system.</source>
        <translation>Functionele test door de applicatie-eigenaar op het testsysteem.</translation>
    </message>
    <message>
        <source>Short interruption of the affected services.</source>
        <translation>Korte onderbreking van de betrokken diensten.</translation>
    </message>
    <message>
        <source>One administrator, two hours.</source>
        <translation>Eén beheerder, twee uur.</translation>
    </message>
    <message>
        <source>Classified by the change manager.</source>
        <translation>Geclassificeerd door de wijzigingsbeheerder.</translation>
    </message>
    <message>
        <source>Approve: tested on the test system.</source>
        <translation>Goedkeuren: getest op het testsysteem.</translation>
    </message>
    <message>
        <source>No new attack surface.</source>
        <translation>Geen nieuw aanvalsoppervlak.</translation>
    </message>
    <message>
        <source>Approved by the CAB.</source>
        <translation>Goedgekeurd door het CAB.</translation>
    </message>
    <message>
        <source>Not needed: the systems are already up to date.</source>
        <translation>Niet nodig: de systemen zijn al bijgewerkt.</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>No errors for one working day</source>
        <translation>Eén werkdag lang geen fouten</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle systemen</translation>
    </message>
    <message>
        <source>The service answers</source>
        <translation>De dienst antwoordt</translation>
    </message>
    <message>
        <source>Start page within 2 seconds</source>
        <translation>Startpagina binnen 2 seconden</translation>
    </message>
    <message>
        <source>1.2 seconds</source>
        <translation>1,2 seconden</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <source>creating demo data</source>
        <translation>demogegevens aanmaken</translation>
    </message>
    <message>
        <source>Weekly CAB</source>
        <translation>Wekelijkse CAB</translation>
    </message>
    <message>
        <source>Town hall, room 2.14</source>
        <translation>Stadhuis, zaal 2.14</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Unknown demo scale &apos;%1&apos;: use small, municipality or agency.</source>
        <translation>Onbekende demo-omvang ‘%1’: gebruik small, municipality of agency.</translation>
    </message>
    <message>
        <source>Municipality of Demodorp</source>
        <translation>Gemeente Demodorp</translation>
    </message>
    <message>
        <source>creating demo data</source>
        <translation>aanmaken van demogegevens</translation>
    </message>
    <message numerus="yes">
        <source>%n organizational unit(s)</source>
        <translation>
            <numerusform>%n organisatieonderdeel</numerusform>
            <numerusform>%n organisatieonderdelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Business service %1</source>
        <translation>Bedrijfsdienst %1</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s)</source>
        <translation>
            <numerusform>%n configuratie-item</numerusform>
            <numerusform>%n configuratie-items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relatie</numerusform>
            <numerusform>%n relaties</numerusform>
        </translation>
    </message>
    <message>
        <source>First wave of every rollout</source>
        <translation>Eerste golf van elke uitrol</translation>
    </message>
    <message>
        <source>Critical systems</source>
        <translation>Kritieke systemen</translation>
    </message>
    <message>
        <source>Windows workplaces</source>
        <translation>Windows-werkplekken</translation>
    </message>
    <message>
        <source>Mobile, not seen for 30 days</source>
        <translation>Mobiel, 30 dagen niet gezien</translation>
    </message>
    <message>
        <source>Tracked until updated (M14)</source>
        <translation>Gevolgd totdat ze zijn bijgewerkt (M14)</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groep</numerusform>
            <numerusform>%n groepen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>none (WSUS)</source>
        <translation>geen (WSUS)</translation>
    </message>
    <message>
        <source>licence and version check</source>
        <translation>licentie- en versiecontrole</translation>
    </message>
    <message>
        <source>diagnostic data: required</source>
        <translation>diagnostische gegevens: vereist</translation>
    </message>
    <message>
        <source>device analytics</source>
        <translation>apparaatanalyse</translation>
    </message>
    <message>
        <source>Pilot %1</source>
        <translation>Pilot %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n producten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n software installation(s)</source>
        <translation>
            <numerusform>%n software-installatie</numerusform>
            <numerusform>%n software-installaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied patch(es)</source>
        <translation>
            <numerusform>%n geïnstalleerde patch</numerusform>
            <numerusform>%n geïnstalleerde patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rights profile(s)</source>
        <translation>
            <numerusform>%n rechtenprofiel</numerusform>
            <numerusform>%n rechtenprofielen</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data cannot be shrunk by %1.</source>
        <translation>De demogegevens kunnen niet met factor %1 worden verkleind.</translation>
    </message>
    <message>
        <source>Rolled back after the restart: a business application no longer started. The system stays on the previous update.</source>
        <translation>Na de herstart teruggedraaid: een bedrijfsapplicatie startte niet meer. Het systeem blijft op de vorige update.</translation>
    </message>
    <message>
        <source>Installation failed with error 0x800f0922; retried in the next maintenance window.</source>
        <translation>Installatie mislukt met fout 0x800f0922; opnieuw geprobeerd in het volgende onderhoudsvenster.</translation>
    </message>
    <message>
        <source>Server and network administration by the IT department</source>
        <translation>Server- en netwerkbeheer door de ICT-afdeling</translation>
    </message>
    <message>
        <source>Break-glass account: sealed credentials, every use is reviewed</source>
        <translation>Noodaccount (break-glass): verzegelde inloggegevens, elk gebruik wordt gecontroleerd</translation>
    </message>
    <message>
        <source>Staff of the department that owns the application</source>
        <translation>Medewerkers van de afdeling die eigenaar is van de applicatie</translation>
    </message>
    <message>
        <source>Functional administrator of the application</source>
        <translation>Functioneel beheerder van de applicatie</translation>
    </message>
    <message>
        <source>reading configuration items</source>
        <translation>lezen van de configuratie-items</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>lezen van de personen</translation>
    </message>
    <message numerus="yes">
        <source>%n role assignment(s)</source>
        <translation>
            <numerusform>%n roltoewijzing</numerusform>
            <numerusform>%n roltoewijzingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for change</source>
        <translation>
            <numerusform>%n wijzigingsverzoek</numerusform>
            <numerusform>%n wijzigingsverzoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n auditgebeurtenis</numerusform>
            <numerusform>%n auditgebeurtenissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Night of the critical systems</source>
        <translation>Nacht van de kritieke systemen</translation>
    </message>
    <message>
        <source>Agreed with the departments (M7)</source>
        <translation>Afgestemd met de afdelingen (M7)</translation>
    </message>
    <message>
        <source>Municipal election</source>
        <translation>Gemeenteraadsverkiezing</translation>
    </message>
    <message>
        <source>No changes while the votes are counted</source>
        <translation>Geen wijzigingen zolang de stemmen worden geteld</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s)</source>
        <translation>
            <numerusform>%n onderhoudsvenster</numerusform>
            <numerusform>%n onderhoudsvensters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n freeze period(s)</source>
        <translation>
            <numerusform>%n wijzigingsstop</numerusform>
            <numerusform>%n wijzigingsstops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Digests</name>
    <message>
        <source>No QCA provider computes %1 here (is the qca-qt6 ossl plugin installed?).</source>
        <translation>Geen QCA-provider berekent hier %1 (is de ossl-plug-in van qca-qt6 geïnstalleerd?).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Het lezen van %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Computing the checksum of %1 was cancelled.</source>
        <translation>Het berekenen van de controlesom van %1 is geannuleerd.</translation>
    </message>
    <message>
        <source>No QCA provider computes %1 here.</source>
        <translation>Geen QCA-provider berekent hier %1.</translation>
    </message>
</context>
<context>
    <name>DowntimeNotices</name>
    <message>
        <source>reading the affected configuration items</source>
        <translation>lezen van de betrokken configuratie-items</translation>
    </message>
    <message>
        <source>reading who is responsible for the CIs</source>
        <translation>lezen van wie verantwoordelijk is voor de CI’s</translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation>lezen van de afdelingen</translation>
    </message>
    <message>
        <source>reading the contacts</source>
        <translation>lezen van de contactpersonen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>owner of %1</source>
        <translation>eigenaar van %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>aanvrager</translation>
    </message>
    <message>
        <source>implementer</source>
        <translation>uitvoerder</translation>
    </message>
    <message>
        <source>Request for change #%1 has no planned start and end: there is no downtime to announce yet.</source>
        <translation>Wijzigingsverzoek #%1 heeft geen geplande start en geen gepland einde: er is nog geen uitvaltijd om aan te kondigen.</translation>
    </message>
    <message>
        <source>reading the forward schedule</source>
        <translation>lezen van de planning van komende wijzigingen</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>date, time, time zone</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Announcement of a change: #%1 %2</source>
        <translation>Aankondiging van een wijziging: #%1 %2</translation>
    </message>
    <message>
        <source>When: %1 to %2</source>
        <translation>Wanneer: %1 tot %2</translation>
    </message>
    <message numerus="yes">
        <source>Expected downtime: %n minute(s)</source>
        <translation>
            <numerusform>Verwachte uitvaltijd: %n minuut</numerusform>
            <numerusform>Verwachte uitvaltijd: %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected downtime: none</source>
        <translation>Verwachte uitvaltijd: geen</translation>
    </message>
    <message>
        <source>Expected downtime: not yet known; plan for the whole period</source>
        <translation>Verwachte uitvaltijd: nog niet bekend; houd rekening met de hele periode</translation>
    </message>
    <message>
        <source>The systems are restarted.</source>
        <translation>De systemen worden herstart.</translation>
    </message>
    <message>
        <source>What: %1</source>
        <translation>Wat: %1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Impact: %1</translation>
    </message>
    <message>
        <source>Configuration items changed: %1</source>
        <translation>Gewijzigde configuratie-items: %1</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>geen opgegeven</translation>
    </message>
    <message>
        <source>Services affected: %1</source>
        <translation>Betrokken diensten: %1</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>geen bekend</translation>
    </message>
    <message>
        <source>Departments affected: %1</source>
        <translation>Betrokken afdelingen: %1</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contactpersonen:</translation>
    </message>
</context>
<context>
    <name>GroupExpression</name>
    <message>
        <source>Column %1: &apos;)&apos; has no matching &apos;(&apos;</source>
        <translation>Kolom %1: bij &apos;)&apos; hoort geen &apos;(&apos;</translation>
    </message>
    <message>
        <source>Column %1: expected &apos;and&apos;, &apos;or&apos; or the end of the expression after %2, found %3</source>
        <translation>Kolom %1: &apos;and&apos;, &apos;or&apos; of het einde van de expressie verwacht na %2, %3 gevonden</translation>
    </message>
    <message>
        <source>end of expression</source>
        <translation>einde van de expressie</translation>
    </message>
    <message>
        <source>Column %1: expected %2, found %3</source>
        <translation>Kolom %1: %2 verwacht, %3 gevonden</translation>
    </message>
    <message>
        <source>Column %1: expected %2 after %3, found %4</source>
        <translation>Kolom %1: %2 verwacht na %3, %4 gevonden</translation>
    </message>
    <message>
        <source>Column %1: unterminated string: the text that starts here needs a closing %2</source>
        <translation>Kolom %1: niet-afgesloten tekenreeks: de tekst die hier begint, heeft een afsluitende %2 nodig</translation>
    </message>
    <message>
        <source>Column %1: unexpected character &apos;!&apos;; use != or &apos;not&apos;</source>
        <translation>Kolom %1: onverwacht teken &apos;!&apos;; gebruik != of &apos;not&apos;</translation>
    </message>
    <message>
        <source>; use &apos;and&apos;</source>
        <translation>; gebruik &apos;and&apos;</translation>
    </message>
    <message>
        <source>; use &apos;or&apos;</source>
        <translation>; gebruik &apos;or&apos;</translation>
    </message>
    <message>
        <source>Column %1: unexpected character &apos;%2&apos;%3</source>
        <translation>Kolom %1: onverwacht teken &apos;%2&apos;%3</translation>
    </message>
    <message>
        <source>Column %1: the expression nests more than %2 levels deep</source>
        <translation>Kolom %1: de expressie is meer dan %2 niveaus diep genest</translation>
    </message>
    <message>
        <source>Column %1: expected &apos;)&apos; to close the &apos;(&apos; at column %2, found end of expression</source>
        <translation>Kolom %1: &apos;)&apos; verwacht om de &apos;(&apos; uit kolom %2 te sluiten, einde van de expressie gevonden</translation>
    </message>
    <message>
        <source>Column %1: expected &apos;and&apos;, &apos;or&apos; or &apos;)&apos; to close the &apos;(&apos; at column %2, found %3</source>
        <translation>Kolom %1: &apos;and&apos;, &apos;or&apos; of &apos;)&apos; verwacht om de &apos;(&apos; uit kolom %2 te sluiten, %3 gevonden</translation>
    </message>
    <message>
        <source>a field name</source>
        <translation>een veldnaam</translation>
    </message>
    <message>
        <source>an attribute name</source>
        <translation>een attribuutnaam</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; cannot be used with &apos;%3&apos;: it is true or false; use = or !=</source>
        <translation>Kolom %1: &apos;%2&apos; kan niet met &apos;%3&apos; worden gebruikt: de waarde is true of false; gebruik = of !=</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; cannot be used with &apos;%3&apos;: its values have no order; use =, != or in</source>
        <translation>Kolom %1: &apos;%2&apos; kan niet met &apos;%3&apos; worden gebruikt: de waarden hebben geen volgorde; gebruik =, != of in</translation>
    </message>
    <message>
        <source>&apos;in&apos;</source>
        <translation>&apos;in&apos;</translation>
    </message>
    <message>
        <source>&apos;(&apos; and a list of values</source>
        <translation>&apos;(&apos; en een lijst met waarden</translation>
    </message>
    <message>
        <source>Column %1: expected &apos;,&apos; or &apos;)&apos; to close the list that opens at column %2, found end of expression</source>
        <translation>Kolom %1: &apos;,&apos; of &apos;)&apos; verwacht om de lijst te sluiten die in kolom %2 begint, einde van de expressie gevonden</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos;</source>
        <translation>&apos;,&apos; of &apos;)&apos;</translation>
    </message>
    <message>
        <source>Column %1: &apos;contains&apos; needs a text field; &apos;%2&apos; is not one (text fields: %3)</source>
        <translation>Kolom %1: &apos;contains&apos; vereist een tekstveld; &apos;%2&apos; is dat niet (tekstvelden: %3)</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; always has a value, so it is never empty; &apos;is empty&apos; applies to text fields and last_seen</source>
        <translation>Kolom %1: &apos;%2&apos; heeft altijd een waarde en is dus nooit leeg; &apos;is empty&apos; geldt voor tekstvelden en last_seen</translation>
    </message>
    <message>
        <source>&apos;empty&apos;</source>
        <translation>&apos;empty&apos;</translation>
    </message>
    <message>
        <source>&apos;empty&apos; or &apos;not empty&apos;</source>
        <translation>&apos;empty&apos; of &apos;not empty&apos;</translation>
    </message>
    <message>
        <source>an operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, not in, contains, is empty)</source>
        <translation>een operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, not in, contains, is empty)</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>een waarde</translation>
    </message>
    <message>
        <source>Column %1: unknown field &apos;%2&apos;; fields: %3</source>
        <translation>Kolom %1: onbekend veld &apos;%2&apos;; velden: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not a protection level; levels: %3</source>
        <translation>Kolom %1: &apos;%2&apos; is geen beschermingsniveau; niveaus: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not a class; classes: %3</source>
        <translation>Kolom %1: &apos;%2&apos; is geen klasse; klassen: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not a lifecycle state; lifecycle states: %3</source>
        <translation>Kolom %1: &apos;%2&apos; is geen levenscyclusstatus; levenscyclusstatussen: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not an update source; update sources: %3</source>
        <translation>Kolom %1: &apos;%2&apos; is geen updatebron; updatebronnen: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not an update mode; update modes: %3</source>
        <translation>Kolom %1: &apos;%2&apos; is geen updatemodus; updatemodi: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not a reboot handling; reboot handlings: %3</source>
        <translation>Kolom %1: &apos;%2&apos; is geen herstartafhandeling; herstartafhandelingen: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not true or false; &apos;%3&apos; takes true or false</source>
        <translation>Kolom %1: &apos;%2&apos; is niet true of false; &apos;%3&apos; accepteert alleen true of false</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not a date or time; use a date (YYYY-MM-DD), now, or now minus an amount of days, hours or weeks: now-30d, now-12h, now-2w</source>
        <translation>Kolom %1: &apos;%2&apos; is geen datum of tijdstip; gebruik een datum (JJJJ-MM-DD), now, of now min een aantal dagen, uren of weken: now-30d, now-12h, now-2w</translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>Group &apos;%1&apos;</source>
        <translation>groep ‘%1’</translation>
    </message>
    <message>
        <source>A group needs a name without spaces at either end.</source>
        <translation>Een groep heeft een naam nodig zonder spaties aan het begin of einde.</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; lists its members; only a dynamic group has an expression.</source>
        <translation>Groep ‘%1’ heeft een vaste ledenlijst; alleen een dynamische groep heeft een expressie.</translation>
    </message>
    <message>
        <source>Dynamic group &apos;%1&apos; needs an expression.</source>
        <translation>Dynamische groep ‘%1’ heeft een expressie nodig.</translation>
    </message>
    <message>
        <source>The expression of group &apos;%1&apos; is not valid: %2</source>
        <translation>De expressie van groep ‘%1’ is ongeldig: %2</translation>
    </message>
    <message>
        <source>A group named &apos;%1&apos; already exists.</source>
        <translation>Er bestaat al een groep met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>adding group &apos;%1&apos;</source>
        <translation>toevoegen van groep ‘%1’</translation>
    </message>
    <message>
        <source>reading groups</source>
        <translation>lezen van de groepen</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; is dynamic: its members follow from its expression.</source>
        <translation>Groep ‘%1’ is dynamisch: de leden volgen uit de expressie.</translation>
    </message>
    <message>
        <source>adding members to group &apos;%1&apos;</source>
        <translation>toevoegen van leden aan groep ‘%1’</translation>
    </message>
    <message>
        <source>removing members from group &apos;%1&apos;</source>
        <translation>verwijderen van leden uit groep ‘%1’</translation>
    </message>
    <message>
        <source>reading the members of group &apos;%1&apos;</source>
        <translation>lezen van de leden van groep ‘%1’</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Change #%1: %2</source>
        <translation>Wijziging #%1: %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Uitvaltijd</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>ImpactAnalysis</name>
    <message>
        <source>finding what depends on configuration item %1</source>
        <translation>bepalen van wat afhankelijk is van het configuratie-item met ID %1</translation>
    </message>
    <message>
        <source>reading protection requirements</source>
        <translation>lezen van de beschermingsbehoeften</translation>
    </message>
    <message>
        <source>Configuration item %1 has a protection requirement outside 1 to 3.</source>
        <translation>Het configuratie-item met ID %1 heeft een beschermingsbehoefte buiten 1 tot en met 3.</translation>
    </message>
    <message>
        <source>Configuration item %1 does not exist.</source>
        <translation>Het configuratie-item met ID %1 bestaat niet.</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message numerus="yes">
        <source>%1: %n record(s) rejected, so nothing was imported. Correct them, or import with &apos;skip rejected&apos; to import the others.</source>
        <translation>
            <numerusform>%1: %n record afgewezen, daarom is er niets geïmporteerd. Corrigeer het record, of kies bij het importeren voor het overslaan van afgewezen records om de overige te importeren.</numerusform>
            <numerusform>%1: %n records afgewezen, daarom is er niets geïmporteerd. Corrigeer ze, of kies bij het importeren voor het overslaan van afgewezen records om de overige te importeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>Created %1, updated %2, unchanged %3, removed %4, rejected %5.</source>
        <translation>Aangemaakt: %1, bijgewerkt: %2, ongewijzigd: %3, verwijderd: %4, afgewezen: %5.</translation>
    </message>
    <message>
        <source>Dry run of %1, nothing was written: %2</source>
        <translation>Proefdraai van %1, er is niets geschreven: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 is niet geïmporteerd: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 geïmporteerd: %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Het importeren van %1 is geannuleerd; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>IntegrityCommands</name>
    <message>
        <source>verify needs the package file</source>
        <translation>verify heeft het pakketbestand nodig</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Er is geen bestand %1.</translation>
    </message>
    <message>
        <source>--checksums-signature needs --checksums, the file it signs</source>
        <translation>--checksums-signature heeft --checksums nodig (het bestand dat ermee is ondertekend)</translation>
    </message>
    <message>
        <source>--sha256 &apos;%1&apos; is not a SHA-256 digest (64 hex digits)</source>
        <translation>--sha256 ‘%1’ is geen SHA-256-hashwaarde (64 hexadecimale cijfers)</translation>
    </message>
    <message>
        <source>checksum file</source>
        <translation>het controlesombestand</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>het handtekeningbestand</translation>
    </message>
    <message>
        <source>VERIFIED %1: %2</source>
        <translation>GEVERIFIEERD %1: %2</translation>
    </message>
    <message>
        <source>WEAK %1 (%2): %3</source>
        <translation>ZWAK %1 (%2): %3</translation>
    </message>
    <message>
        <source>FAILED %1 (%2): %3</source>
        <translation>MISLUKT %1 (%2): %3</translation>
    </message>
    <message>
        <source>  SHA-256      %1</source>
        <translation>  SHA-256        %1</translation>
    </message>
    <message>
        <source>  signer       %1, %2</source>
        <translation>  ondertekenaar  %1, %2</translation>
    </message>
    <message>
        <source>  recorded as  verification %1</source>
        <translation>  vastgelegd als verificatie %1</translation>
    </message>
    <message>
        <source>%1 is not verified: %2 (%3)</source>
        <translation>%1 is niet geverifieerd: %2 (%3)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>pinned by %1 (%2)</source>
        <translation>vastgepind door %1 (%2)</translation>
    </message>
    <message>
        <source>NOT PINNED</source>
        <translation>NIET VASTGEPIND</translation>
    </message>
    <message>
        <source>%1  %2
    %3  %4%5</source>
        <translation>%1  %2
    %3  %4%5</translation>
    </message>
    <message>
        <source>  REVOKED</source>
        <translation>  INGETROKKEN</translation>
    </message>
    <message>
        <source>trust add needs one file: an OpenPGP key, a CA certificate or a CRL</source>
        <translation>trust add heeft één bestand nodig: een OpenPGP-sleutel, een CA-certificaat of een CRL</translation>
    </message>
    <message>
        <source>--fingerprint and --via go together: the fingerprint you compared, and through which channel</source>
        <translation>--fingerprint en --via horen bij elkaar: de vingerafdruk die u hebt vergeleken, en via welk kanaal</translation>
    </message>
    <message>
        <source>file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <source>Not pinned yet: compare the fingerprint above with the one the vendor publishes through another channel, then run: changedeskctl trust pin FINGERPRINT --via &quot;how you compared it&quot;</source>
        <translation>Nog niet vastgepind: vergelijk de vingerafdruk hierboven met die welke de leverancier via een ander kanaal publiceert, en voer daarna uit: changedeskctl trust pin FINGERPRINT --via &quot;hoe u hebt vergeleken&quot;</translation>
    </message>
    <message>
        <source>trust list takes no arguments</source>
        <translation>trust list accepteert geen argumenten</translation>
    </message>
    <message>
        <source>The trust store is empty.</source>
        <translation>De vertrouwensopslag is leeg.</translation>
    </message>
    <message>
        <source>trust pin needs the full fingerprint</source>
        <translation>trust pin heeft de volledige vingerafdruk nodig</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation>Vastgepind: %1</translation>
    </message>
    <message>
        <source>trust remove needs the fingerprint</source>
        <translation>trust remove heeft de vingerafdruk nodig</translation>
    </message>
    <message>
        <source>Removed %1 from the trust store.</source>
        <translation>%1 is uit de vertrouwensopslag verwijderd.</translation>
    </message>
    <message>
        <source>  signed       %1 over %2, the key %3 then</source>
        <translation>  ondertekend    %1 over %2, de sleutel toen %3</translation>
    </message>
    <message>
        <source>  signed       %1 over %2</source>
        <translation>  ondertekend    %1 over %2</translation>
    </message>
    <message>
        <source>give --sha256 or --checksums, not both</source>
        <translation>geef --sha256 of --checksums op, niet beide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a package number</source>
        <translation>‘%1’ is geen pakketnummer</translation>
    </message>
    <message>
        <source>%1  %2  %3 (%4)  %5  %6</source>
        <translation>%1  %2  %3 (%4)  %5  %6</translation>
    </message>
    <message>
        <source>package add needs the package file</source>
        <translation>package add heeft het pakketbestand nodig</translation>
    </message>
    <message>
        <source>package add needs --%1</source>
        <translation>package add heeft --%1 nodig</translation>
    </message>
    <message>
        <source>Added package %1: %2, %3 (SHA-256 %4). Verify it: changedeskctl package verify %1</source>
        <translation>Pakket %1 toegevoegd: %2, %3 (SHA-256 %4). Verifieer het: changedeskctl package verify %1</translation>
    </message>
    <message>
        <source>package list takes no arguments</source>
        <translation>package list accepteert geen argumenten</translation>
    </message>
    <message>
        <source>The software library is empty.</source>
        <translation>De softwarebibliotheek is leeg.</translation>
    </message>
    <message>
        <source>package show needs the package number</source>
        <translation>package show heeft het pakketnummer nodig</translation>
    </message>
    <message>
        <source>  file          %1, %2 bytes</source>
        <translation>  bestand         %1, %2 bytes</translation>
    </message>
    <message>
        <source>  SHA-256       %1</source>
        <translation>  SHA-256         %1</translation>
    </message>
    <message>
        <source>  checksums     %1</source>
        <translation>  controlesommen  %1</translation>
    </message>
    <message>
        <source>  signature     %1</source>
        <translation>  handtekening    %1</translation>
    </message>
    <message>
        <source>  verification  %1 %2 by %3: %4 — %5</source>
        <translation>  verificatie     %1 %2 door %3: %4 — %5</translation>
    </message>
    <message>
        <source>  acceptance    %1 %2 by %3 in %4: %5</source>
        <translation>  acceptatie      %1 %2 door %3 in %4: %5</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>afgewezen: %1</translation>
    </message>
    <message>
        <source>  released      %1 by %2, register entry %3</source>
        <translation>  vrijgegeven     %1 door %2, registervermelding %3</translation>
    </message>
    <message>
        <source>  attached to   %1</source>
        <translation>  gekoppeld aan   %1</translation>
    </message>
    <message>
        <source>package verify needs the package number</source>
        <translation>package verify heeft het pakketnummer nodig</translation>
    </message>
    <message>
        <source>package accept needs the package number</source>
        <translation>package accept heeft het pakketnummer nodig</translation>
    </message>
    <message>
        <source>package accept needs --accept or --refuse REASONS (one of them)</source>
        <translation>package accept heeft --accept of --refuse REASONS nodig (een van beide)</translation>
    </message>
    <message>
        <source>--test &apos;%1&apos; is not NAME=RESULT[:NOTE] (RESULT: passed, failed, not_run)</source>
        <translation>--test ‘%1’ heeft niet de vorm NAME=RESULT[:NOTE] (RESULT: passed, failed, not_run)</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 accepted after %n test case(s) in %2 (acceptance %3).</source>
        <translation>
            <numerusform>Pakket %1 geaccepteerd na %n testgeval in %2 (acceptatie %3).</numerusform>
            <numerusform>Pakket %1 geaccepteerd na %n testgevallen in %2 (acceptatie %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 refused (acceptance %2): %3</source>
        <translation>Pakket %1 afgewezen (acceptatie %2): %3</translation>
    </message>
    <message>
        <source>package release needs the package number</source>
        <translation>package release heeft het pakketnummer nodig</translation>
    </message>
    <message>
        <source>--date &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--date ‘%1’ is geen datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Package %1 released for %2; register entry %3 (SHA-256 %4).</source>
        <translation>Pakket %1 vrijgegeven per %2; registervermelding %3 (SHA-256 %4).</translation>
    </message>
    <message>
        <source>Wrote the release statement to %1.</source>
        <translation>Vrijgaveverklaring naar %1 geschreven.</translation>
    </message>
    <message>
        <source>package statement needs the package number</source>
        <translation>package statement heeft het pakketnummer nodig</translation>
    </message>
    <message>
        <source>%1 needs the package number and --rfc N</source>
        <translation>%1 heeft het pakketnummer en --rfc N nodig</translation>
    </message>
    <message>
        <source>%1 needs --rfc N, the request for change</source>
        <translation>%1 heeft --rfc N nodig, het wijzigingsverzoek</translation>
    </message>
    <message>
        <source>Package %1 is attached to RfC #%2.</source>
        <translation>Pakket %1 is gekoppeld aan RfC #%2.</translation>
    </message>
    <message>
        <source>Package %1 is no longer attached to RfC #%2.</source>
        <translation>Pakket %1 is niet langer gekoppeld aan RfC #%2.</translation>
    </message>
    <message>
        <source>register list takes no arguments</source>
        <translation>register list accepteert geen argumenten</translation>
    </message>
    <message>
        <source>%1  %2 %3 %4  %5  %6  released %7 by %8</source>
        <translation>%1  %2 %3 %4  %5  %6  vrijgegeven %7 door %8</translation>
    </message>
    <message>
        <source>The checksum register is empty: nothing has been released.</source>
        <translation>Het controlesomregister is leeg: er is nog niets vrijgegeven.</translation>
    </message>
    <message>
        <source>register verify takes no arguments</source>
        <translation>register verify accepteert geen argumenten</translation>
    </message>
    <message numerus="yes">
        <source>The export&apos;s chain is intact: %n entries, head %1.</source>
        <translation>
            <numerusform>De keten van de export is intact: %n vermelding, stand %1.</numerusform>
            <numerusform>De keten van de export is intact: %n vermeldingen, stand %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export&apos;s chain is broken at entry %1: %2</source>
        <translation>De keten van de export is verbroken bij vermelding %1: %2</translation>
    </message>
    <message>
        <source>The database differs from the export at entry %1.</source>
        <translation>De database wijkt bij vermelding %1 af van de export.</translation>
    </message>
    <message>
        <source>The database holds the same entries.</source>
        <translation>De database bevat dezelfde vermeldingen.</translation>
    </message>
    <message numerus="yes">
        <source>The register&apos;s chain is intact: %n entries, head %1.</source>
        <translation>
            <numerusform>De keten van het register is intact: %n vermelding, stand %1.</numerusform>
            <numerusform>De keten van het register is intact: %n vermeldingen, stand %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register&apos;s chain is broken at entry %1: %2</source>
        <translation>De keten van het register is verbroken bij vermelding %1: %2</translation>
    </message>
    <message>
        <source>  intact   %1 (entry %2)</source>
        <translation>  intact     %1 (vermelding %2)</translation>
    </message>
    <message>
        <source>  CHANGED  %1 (entry %2): file_changed_since_release — %3</source>
        <translation>  GEWIJZIGD  %1 (vermelding %2): file_changed_since_release — %3</translation>
    </message>
    <message>
        <source>  MISSING  %1 (entry %2): %3</source>
        <translation>  ONTBREEKT  %1 (vermelding %2): %3</translation>
    </message>
    <message>
        <source>The checksum register or a released file is not intact.</source>
        <translation>Het controlesomregister of een vrijgegeven bestand is niet intact.</translation>
    </message>
    <message>
        <source>register export needs the file to write</source>
        <translation>register export heeft het te schrijven bestand nodig</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n register entries to %1; head %2.</source>
        <translation>
            <numerusform>%n registervermelding naar %1 geschreven; stand %2.</numerusform>
            <numerusform>%n registervermeldingen naar %1 geschreven; stand %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity and authenticity of packages:
  verify FILE [--sha256 HEX | --checksums FILE [--checksums-signature FILE]]
              [--signature FILE] [--at DATETIME] [--as USER]
                         checks the file against its published checksum and its OpenPGP or
                         CMS signature with the trust store, and records the verification;
                         exit 0 verified, 1 not verified (with the reason code), 2 unreadable
                         input
  trust list             the keys, CA certificates and CRLs of the trust store
  trust add FILE [--fingerprint FPR --via TEXT] [--as USER]
                         adds an OpenPGP key, a CA certificate or a CRL and shows its
                         fingerprint; pinned at once when FPR, compared through another
                         channel (--via), matches
  trust pin FPR --via TEXT [--as USER]
  trust remove FPR [--as USER]
  package add FILE --kind KIND --vendor V --product P --version X [--source TEXT]
              [--sha256 HEX | --checksums FILE [--checksums-signature FILE]]
              [--signature FILE] [--notes TEXT] [--as USER]
                         adds a package to the software library (KIND: patch, security_patch,
                         hotfix, service_pack, update_rollup, feature_pack, release)
  package list | show N  the library; one package with its verifications, acceptance, release
  package verify N       verifies the package&apos;s file as it is now (exit as verify)
  package accept N --environment TEXT --test NAME=RESULT[:NOTE]... (--accept | --refuse TEXT)
                         the acceptance record after the tests (RESULT: passed, failed, not_run)
  package release N [--date YYYY-MM-DD] [--restrictions TEXT] [--pdf FILE]
                         releases an accepted package into the checksum register
  package statement N [--pdf FILE]
                         the acceptance record and release statement
  package attach|detach N --rfc M
                         a request cannot start while an attached package is not verified
  register list          the reference checksum register
  register verify [--export FILE]
                         checks the register&apos;s hash chain and hashes every released file again
                         (exit 1 when a file changed since its release or the chain is broken);
                         with --export also an export read back and compared
  register export FILE   writes the register for write-once media
</source>
        <translation>Integriteit en authenticiteit van pakketten:
  verify FILE [--sha256 HEX | --checksums FILE [--checksums-signature FILE]]
              [--signature FILE] [--at DATETIME] [--as USER]
                         controleert het bestand aan de hand van de gepubliceerde controlesom
                         en de OpenPGP- of CMS-handtekening met de vertrouwensopslag, en legt
                         de verificatie vast; exit 0 geverifieerd, 1 niet geverifieerd (met de
                         redencode), 2 onleesbare invoer
  trust list             de sleutels, CA-certificaten en intrekkingslijsten van de
                         vertrouwensopslag
  trust add FILE [--fingerprint FPR --via TEXT] [--as USER]
                         voegt een OpenPGP-sleutel, een CA-certificaat of een intrekkingslijst
                         toe en toont de vingerafdruk; meteen vastgepind als FPR, vergeleken
                         via een ander kanaal (--via), overeenkomt
  trust pin FPR --via TEXT [--as USER]
  trust remove FPR [--as USER]
  package add FILE --kind KIND --vendor V --product P --version X [--source TEXT]
              [--sha256 HEX | --checksums FILE [--checksums-signature FILE]]
              [--signature FILE] [--notes TEXT] [--as USER]
                         voegt een pakket toe aan de softwarebibliotheek (KIND: patch,
                         security_patch, hotfix, service_pack, update_rollup, feature_pack,
                         release)
  package list | show N  de bibliotheek; één pakket met verificaties, acceptatie, vrijgave
  package verify N       verifieert het pakketbestand zoals het nu is (exit als bij verify)
  package accept N --environment TEXT --test NAME=RESULT[:NOTE]... (--accept | --refuse TEXT)
                         het acceptatieverslag na de tests (RESULT: passed, failed, not_run)
  package release N [--date YYYY-MM-DD] [--restrictions TEXT] [--pdf FILE]
                         geeft een geaccepteerd pakket vrij in het controlesomregister
  package statement N [--pdf FILE]
                         het acceptatieverslag en de vrijgaveverklaring
  package attach|detach N --rfc M
                         een verzoek kan niet starten zolang een gekoppeld pakket niet
                         geverifieerd is
  register list          het referentieregister van controlesommen
  register verify [--export FILE]
                         controleert de hashketen van het register en hasht elk vrijgegeven
                         bestand opnieuw (exit 1 als een bestand sinds de vrijgave is
                         gewijzigd of de keten is verbroken); met --export ook een export
                         teruggelezen en vergeleken
  register export FILE   schrijft het register voor eenmalig beschrijfbare media
</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2</source>
        <translation>%1 verwacht een subopdracht: %2</translation>
    </message>
    <message>
        <source>unknown %1 subcommand &apos;%2&apos;: use %3</source>
        <translation>onbekende %1-subopdracht ‘%2’: gebruik %3</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>reading the server version</source>
        <translation>lezen van de serverversie</translation>
    </message>
    <message>
        <source>checking integrity</source>
        <translation>controleren van de integriteit</translation>
    </message>
    <message>
        <source>checking foreign keys</source>
        <translation>controleren van de vreemde sleutels</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>%1, rij %2, verwijst naar een ontbrekende rij in %3</translation>
    </message>
    <message>
        <source>Backups of a shared PostgreSQL database are made on the server with pg_dump, for example: pg_dump -Fc -h %1 -p %2 -U %3 -f FILE %4</source>
        <translation>Back-ups van een gedeelde PostgreSQL-database worden op de server gemaakt met pg_dump, bijvoorbeeld: pg_dump -Fc -h %1 -p %2 -U %3 -f FILE %4</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Er is geen back-upbestand opgegeven.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; nothing was overwritten.</source>
        <translation>%1 bestaat al. Kies een nieuwe bestandsnaam; er is niets overschreven.</translation>
    </message>
    <message>
        <source>The folder %1 for the backup does not exist.</source>
        <translation>De map %1 voor de back-up bestaat niet.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>Een back-up kan de database zelf niet vervangen.</translation>
    </message>
    <message>
        <source>writing the backup %1</source>
        <translation>schrijven van de back-up %1</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2 The partial file was removed.</source>
        <translation>De back-up %1 kon niet worden geschreven: %2 Het onvolledige bestand is verwijderd.</translation>
    </message>
    <message>
        <source>The backup could not be renamed to %1 (does it exist now?). Nothing was overwritten.</source>
        <translation>De back-up kon niet worden hernoemd naar %1 (bestaat dat bestand inmiddels?). Er is niets overschreven.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>changing the database schema</source>
        <translation>wijzigen van het databaseschema</translation>
    </message>
    <message>
        <source>%1 holds tables of another application (%2) and no ChangeDesk schema. ChangeDesk will not change it; choose an empty or ChangeDesk database.</source>
        <translation>%1 bevat tabellen van een andere toepassing (%2) en geen ChangeDesk-schema. ChangeDesk wijzigt deze database niet; kies een lege database of een ChangeDesk-database.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lezen van de schemaversie</translation>
    </message>
    <message>
        <source>%1 was written by a newer ChangeDesk (schema version %2; this version knows up to %3). Update ChangeDesk; the database was not changed.</source>
        <translation>%1 is geschreven door een nieuwere versie van ChangeDesk (schemaversie %2; deze versie kent schemaversies tot en met %3). Werk ChangeDesk bij; de database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and needs upgrading to %3: run &apos;changedeskctl init&apos; or open it in ChangeDesk.</source>
        <translation>%1 heeft schemaversie %2 en moet worden bijgewerkt naar %3: voer ‘changedeskctl init’ uit of open de database in ChangeDesk.</translation>
    </message>
    <message>
        <source>%1 is read-only and has schema version %2; ChangeDesk needs version %3 and cannot upgrade it. Open a writable copy.</source>
        <translation>%1 is alleen-lezen en heeft schemaversie %2; ChangeDesk heeft versie %3 nodig en kan de database niet bijwerken. Open een beschrijfbare kopie.</translation>
    </message>
    <message>
        <source>Schema version %1 cannot be upgraded with step %2.</source>
        <translation>Schemaversie %1 kan niet met stap %2 worden bijgewerkt.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed; it stays at version %3. %4</source>
        <translation>Het bijwerken van de database naar schemaversie %1 (%2) is mislukt; de database blijft op versie %3. %4</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>vastleggen van de schemaversie</translation>
    </message>
</context>
<context>
    <name>NoticePrint</name>
    <message>
        <source>Announcement of a change</source>
        <translation>Aankondiging van een wijziging</translation>
    </message>
    <message>
        <source>Announcement of changes</source>
        <translation>Aankondiging van wijzigingen</translation>
    </message>
    <message>
        <source>Change #%1: %2</source>
        <translation>Wijziging #%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>not yet known; plan for the whole period</source>
        <translation>nog niet bekend; houd rekening met de hele periode</translation>
    </message>
    <message>
        <source>The systems are restarted.</source>
        <translation>De systemen worden herstart.</translation>
    </message>
    <message>
        <source>Expected downtime</source>
        <translation>Verwachte uitvaltijd</translation>
    </message>
    <message>
        <source>What is changed</source>
        <translation>Wat er wordt gewijzigd</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Services affected</source>
        <translation>Betrokken diensten</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>geen bekend</translation>
    </message>
    <message>
        <source>Departments affected</source>
        <translation>Betrokken afdelingen</translation>
    </message>
    <message>
        <source>Configuration items changed</source>
        <translation>Gewijzigde configuratie-items</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>geen opgegeven</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Issued on %1 by ChangeDesk.</source>
        <translation>Opgesteld door ChangeDesk op %1.</translation>
    </message>
    <message>
        <source>Announcement of change #%1</source>
        <translation>Aankondiging van wijziging #%1</translation>
    </message>
</context>
<context>
    <name>OpenPgp</name>
    <message>
        <source>OpenPGP signatures are not available: QCA has no OpenPGP provider. Install QCA&apos;s GnuPG plugin (qca-gnupg, in Debian libqca-qt6-plugins).</source>
        <translation>OpenPGP-handtekeningen zijn niet beschikbaar: QCA heeft geen OpenPGP-provider. Installeer de GnuPG-plugin van QCA (qca-gnupg, in Debian libqca-qt6-plugins).</translation>
    </message>
    <message>
        <source>OpenPGP signatures are not available: the program gpg (GnuPG) is not installed or not on the PATH.</source>
        <translation>OpenPGP-handtekeningen zijn niet beschikbaar: het programma gpg (GnuPG) is niet geïnstalleerd of staat niet in het PATH.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OpenPGP key fingerprint: give its 40 hexadecimal digits (as &apos;gpg --list-secret-keys&apos; shows them) or its long key ID of 16.</source>
        <translation>‘%1’ is geen vingerafdruk van een OpenPGP-sleutel: geef de 40 hexadecimale cijfers (zoals ‘gpg --list-secret-keys’ ze toont) of de lange sleutel-ID van 16.</translation>
    </message>
    <message>
        <source>There is no secret OpenPGP key %1 in the keyring %2, so nothing can be signed with it. &apos;gpg --list-secret-keys&apos; shows the keys there.</source>
        <translation>In de sleutelbos %2 staat geen geheime OpenPGP-sleutel %1, dus er kan niets mee worden ondertekend. ‘gpg --list-secret-keys’ toont de sleutels daar.</translation>
    </message>
    <message>
        <source>There is no OpenPGP key %1 in the keyring %2.</source>
        <translation>In de sleutelbos %2 staat geen OpenPGP-sleutel %1.</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 left the keyring %2 while signing.</source>
        <translation>De OpenPGP-sleutel %1 is tijdens het ondertekenen uit de sleutelbos %2 verdwenen.</translation>
    </message>
    <message>
        <source>the passphrase was wrong or not given</source>
        <translation>de wachtwoordzin was onjuist of ontbrak</translation>
    </message>
    <message>
        <source>Signing with the OpenPGP key %1 failed: %2</source>
        <translation>Ondertekenen met de OpenPGP-sleutel %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>gpg gave no reason</source>
        <translation>gpg gaf geen reden</translation>
    </message>
    <message>
        <source>The OpenPGP signature cannot be checked: %1</source>
        <translation>De OpenPGP-handtekening kan niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>it is not a signature</source>
        <translation>het is geen handtekening</translation>
    </message>
</context>
<context>
    <name>OpenPgpKeyring</name>
    <message>
        <source>Could not create a private GnuPG home: %1</source>
        <translation>Kon geen eigen GnuPG-homemap aanmaken: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Could not list the keys: %1</source>
        <translation>Kon de sleutels niet opsommen: %1</translation>
    </message>
    <message>
        <source>%1 could not be read as an OpenPGP key: %2</source>
        <translation>%1 kon niet als OpenPGP-sleutel worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 holds no OpenPGP key.</source>
        <translation>%1 bevat geen OpenPGP-sleutel.</translation>
    </message>
    <message>
        <source>OpenPGP signatures cannot be checked: GnuPG (the gpg program) was not found or is too old (%1). Install GnuPG 2.2 or later.</source>
        <translation>OpenPGP-handtekeningen kunnen niet worden gecontroleerd: GnuPG (het programma gpg) is niet gevonden of is te oud (%1). Installeer GnuPG 2.2 of nieuwer.</translation>
    </message>
    <message>
        <source>GPGME has no OpenPGP engine.</source>
        <translation>GPGME heeft geen OpenPGP-engine.</translation>
    </message>
    <message>
        <source>key %1 of the trust store</source>
        <translation>sleutel %1 van de vertrouwensopslag</translation>
    </message>
    <message>
        <source>%1 holds no OpenPGP public key.</source>
        <translation>%1 bevat geen publieke OpenPGP-sleutel.</translation>
    </message>
    <message>
        <source>Could not export key %1: %2</source>
        <translation>Kon sleutel %1 niet exporteren: %2</translation>
    </message>
    <message>
        <source>Key %1 is not in this keyring.</source>
        <translation>Sleutel %1 staat niet in deze sleutelbos.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kon %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>De controle van %1 is geannuleerd.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>De controle is geannuleerd.</translation>
    </message>
    <message>
        <source>%1 could not be read as an OpenPGP signature: %2</source>
        <translation>%1 kon niet als OpenPGP-handtekening worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 holds no OpenPGP signature.</source>
        <translation>%1 bevat geen OpenPGP-handtekening.</translation>
    </message>
    <message>
        <source>The signature was made by key %1, which is not in the trust store.</source>
        <translation>De handtekening is gemaakt met sleutel %1, die niet in de vertrouwensopslag staat.</translation>
    </message>
    <message>
        <source>The signature does not fit these bytes.</source>
        <translation>De handtekening past niet bij deze bytes.</translation>
    </message>
    <message>
        <source>GnuPG could not check the signature: %1</source>
        <translation>GnuPG kon de handtekening niet controleren: %1</translation>
    </message>
    <message>
        <source>Key %1 (%2) is in the trust store, but its fingerprint has not been confirmed.</source>
        <translation>Sleutel %1 (%2) staat in de vertrouwensopslag, maar de vingerafdruk ervan is niet bevestigd.</translation>
    </message>
    <message>
        <source>Key %1 has been revoked.</source>
        <translation>Sleutel %1 is ingetrokken.</translation>
    </message>
    <message>
        <source>The subkey %1 that made the signature has been revoked.</source>
        <translation>De subsleutel %1 waarmee de handtekening is gemaakt, is ingetrokken.</translation>
    </message>
    <message>
        <source>The signature is made over a %1 digest, which can be forged.</source>
        <translation>De handtekening berust op een %1-hashwaarde, die kan worden vervalst.</translation>
    </message>
    <message>
        <source>The signature is dated %1, after the time of the check (%2).</source>
        <translation>De handtekening is gedateerd op %1, na het tijdstip van de controle (%2).</translation>
    </message>
    <message>
        <source>The key was made on %1, after the signature&apos;s date.</source>
        <translation>De sleutel is op %1 aangemaakt, na de datum van de handtekening.</translation>
    </message>
    <message>
        <source>The key had expired on %1, before the signature was made on %2.</source>
        <translation>De sleutel was op %1 verlopen, voordat de handtekening op %2 werd gezet.</translation>
    </message>
    <message>
        <source>The signature expired on %1.</source>
        <translation>De handtekening is op %1 verlopen.</translation>
    </message>
    <message>
        <source>Good signature by %1 (%2).</source>
        <translation>Geldige handtekening van %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PackageLibrary</name>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Security patch</source>
        <translation>Beveiligingspatch</translation>
    </message>
    <message>
        <source>Hotfix</source>
        <translation>Hotfix</translation>
    </message>
    <message>
        <source>Service pack</source>
        <translation>Servicepack</translation>
    </message>
    <message>
        <source>Update roll-up</source>
        <translation>Update-rollup</translation>
    </message>
    <message>
        <source>Feature pack</source>
        <translation>Featurepack</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Niet geverifieerd</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Vrijgegeven</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>niet uitgevoerd</translation>
    </message>
    <message>
        <source>Only change managers, implementers, security management and administrators keep the software library; %1 is none of these.</source>
        <translation>Alleen wijzigingsbeheerders, uitvoerders, beveiligingsmanagement en beheerders houden de softwarebibliotheek bij; %1 heeft geen van deze rollen.</translation>
    </message>
    <message>
        <source>nobody acting</source>
        <translation>de handelende persoon (niet opgegeven)</translation>
    </message>
    <message>
        <source>The kind &apos;%1&apos; is none of %2.</source>
        <translation>De soort ‘%1’ is niet een van %2.</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>leverancier</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <source>A package needs its %1.</source>
        <translation>Een pakket heeft een %1 nodig.</translation>
    </message>
    <message>
        <source>The package file %1 does not exist.</source>
        <translation>Het pakketbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The package %1 is not a file.</source>
        <translation>Het pakket %1 is geen bestand.</translation>
    </message>
    <message>
        <source>%1 signs a checksum file, but no checksum file was given.</source>
        <translation>%1 ondertekent een controlesombestand, maar er is geen controlesombestand opgegeven.</translation>
    </message>
    <message>
        <source>looking for %1 in the software library</source>
        <translation>zoeken naar %1 in de softwarebibliotheek</translation>
    </message>
    <message>
        <source>The software library already has %1 (%2) as package %3.</source>
        <translation>De softwarebibliotheek bevat %1 (%2) al als pakket %3.</translation>
    </message>
    <message>
        <source>adding %1 to the software library</source>
        <translation>toevoegen van %1 aan de softwarebibliotheek</translation>
    </message>
    <message>
        <source>reading package %1</source>
        <translation>lezen van pakket %1</translation>
    </message>
    <message>
        <source>The software library has no package %1.</source>
        <translation>De softwarebibliotheek heeft geen pakket %1.</translation>
    </message>
    <message>
        <source>reading the software library</source>
        <translation>lezen van de softwarebibliotheek</translation>
    </message>
    <message>
        <source>setting the status of %1</source>
        <translation>instellen van de status van %1</translation>
    </message>
    <message>
        <source>%1 has changed since it was released on %2: its SHA-256 is %3, the register (entry %4) holds %5.</source>
        <translation>%1 is gewijzigd sinds de vrijgave op %2: de SHA-256 is %3, het register (vermelding %4) bevat %5.</translation>
    </message>
    <message>
        <source>The file is not the one added to the library (SHA-256 then %1); the package record keeps the new one.</source>
        <translation>Het bestand is niet het bestand dat aan de bibliotheek is toegevoegd (SHA-256 toen %1); de pakketgegevens nemen het nieuwe bestand over.</translation>
    </message>
    <message>
        <source>Name the test environment the package was tested in.</source>
        <translation>Geef de testomgeving op waarin het pakket is getest.</translation>
    </message>
    <message>
        <source>An acceptance record needs at least one test case and its result.</source>
        <translation>Een acceptatieverslag heeft ten minste één testgeval met het resultaat ervan nodig.</translation>
    </message>
    <message>
        <source>Test case %1 has no name.</source>
        <translation>Testgeval %1 heeft geen naam.</translation>
    </message>
    <message>
        <source>The result &apos;%1&apos; of the test case &apos;%2&apos; is none of %3.</source>
        <translation>Het resultaat ‘%1’ van het testgeval ‘%2’ is niet een van %3.</translation>
    </message>
    <message>
        <source>The package cannot be accepted: the test case &apos;%1&apos; failed. Refuse it, saying why, or test again.</source>
        <translation>Het pakket kan niet worden geaccepteerd: het testgeval ‘%1’ is mislukt. Wijs het af met een motivering, of test opnieuw.</translation>
    </message>
    <message>
        <source>The package cannot be accepted: the test case &apos;%1&apos; was not run. Run it, or refuse the package, saying why.</source>
        <translation>Het pakket kan niet worden geaccepteerd: het testgeval ‘%1’ is niet uitgevoerd. Voer het uit, of wijs het pakket af met een motivering.</translation>
    </message>
    <message>
        <source>A refusal needs its reasons.</source>
        <translation>Een afwijzing heeft een motivering nodig.</translation>
    </message>
    <message>
        <source>%1 is released already.</source>
        <translation>%1 is al vrijgegeven.</translation>
    </message>
    <message>
        <source>%1 is %2: only a verified package is tested for acceptance. Verify it first.</source>
        <translation>%1 is %2: alleen een geverifieerd pakket wordt op acceptatie getest. Verifieer het eerst.</translation>
    </message>
    <message>
        <source>recording the acceptance of %1</source>
        <translation>vastleggen van de acceptatie van %1</translation>
    </message>
    <message>
        <source>reading the acceptance records of package %1</source>
        <translation>lezen van de acceptatieverslagen van pakket %1</translation>
    </message>
    <message>
        <source>Only change managers and administrators release packages; %1 is neither.</source>
        <translation>Alleen wijzigingsbeheerders en beheerders geven pakketten vrij; %1 is geen van beide.</translation>
    </message>
    <message>
        <source>A release needs its date.</source>
        <translation>Een vrijgave heeft een datum nodig.</translation>
    </message>
    <message>
        <source>%1 is %2: only a verified and accepted package is released.</source>
        <translation>%1 is %2: alleen een geverifieerd en geaccepteerd pakket wordt vrijgegeven.</translation>
    </message>
    <message>
        <source>%1 is not the file that was verified (SHA-256 now %2, verified %3): verify it again.</source>
        <translation>%1 is niet het bestand dat is geverifieerd (SHA-256 nu %2, geverifieerd %3): verifieer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 has no acceptance record: record its tests and accept it first.</source>
        <translation>%1 heeft geen acceptatieverslag: leg eerst de tests vast en accepteer het pakket.</translation>
    </message>
    <message>
        <source>%1 was refused at its last acceptance: %2</source>
        <translation>%1 is bij de laatste acceptatie afgewezen: %2</translation>
    </message>
    <message>
        <source>%1 was accepted as another file (SHA-256 %2): test and accept this one.</source>
        <translation>%1 is als een ander bestand geaccepteerd (SHA-256 %2): test en accepteer dit bestand.</translation>
    </message>
    <message>
        <source>releasing %1</source>
        <translation>vrijgeven van %1</translation>
    </message>
    <message>
        <source>%1 has not been released: there is no release statement.</source>
        <translation>%1 is niet vrijgegeven: er is geen vrijgaveverklaring.</translation>
    </message>
    <message>
        <source>reading the requests package %1 is attached to</source>
        <translation>lezen van de verzoeken waaraan pakket %1 is gekoppeld</translation>
    </message>
</context>
<context>
    <name>PackageUrl</name>
    <message>
        <source>&apos;%1&apos; is not a valid package URL (purl): %2</source>
        <translation>‘%1’ is geen geldige package-URL (purl): %2</translation>
    </message>
    <message>
        <source>The package URL (purl) is empty.</source>
        <translation>De package-URL (purl) is leeg.</translation>
    </message>
    <message>
        <source>the subpath has a broken percent-escape or an encoded &apos;/&apos;.</source>
        <translation>het subpad bevat een ongeldige procentcodering of een gecodeerde &apos;/&apos;.</translation>
    </message>
    <message>
        <source>the qualifier &apos;%1&apos; has no &apos;=&apos;.</source>
        <translation>qualifier ‘%1’ heeft geen &apos;=&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid qualifier key (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;, starting with a letter).</source>
        <translation>‘%1’ is geen geldige qualifiersleutel (letters, cijfers, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;, te beginnen met een letter).</translation>
    </message>
    <message>
        <source>the value of qualifier &apos;%1&apos; has a broken percent-escape.</source>
        <translation>de waarde van qualifier ‘%1’ bevat een ongeldige procentcodering.</translation>
    </message>
    <message>
        <source>the qualifier &apos;%1&apos; appears more than once.</source>
        <translation>qualifier ‘%1’ komt meer dan eens voor.</translation>
    </message>
    <message>
        <source>it does not start with &quot;pkg:&quot;.</source>
        <translation>de URL begint niet met &quot;pkg:&quot;.</translation>
    </message>
    <message>
        <source>it has no type and name (pkg:TYPE/NAME).</source>
        <translation>de URL heeft geen type en naam (pkg:TYPE/NAME).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid package type (letters, digits, &apos;.&apos;, &apos;-&apos;, starting with a letter).</source>
        <translation>‘%1’ is geen geldig pakkettype (letters, cijfers, &apos;.&apos;, &apos;-&apos;, te beginnen met een letter).</translation>
    </message>
    <message>
        <source>the version has a broken percent-escape.</source>
        <translation>de versie bevat een ongeldige procentcodering.</translation>
    </message>
    <message>
        <source>the name has a broken percent-escape.</source>
        <translation>de naam bevat een ongeldige procentcodering.</translation>
    </message>
    <message>
        <source>it has no name.</source>
        <translation>de URL heeft geen naam.</translation>
    </message>
    <message>
        <source>the namespace has a broken percent-escape or an encoded &apos;/&apos;.</source>
        <translation>de naamruimte bevat een ongeldige procentcodering of een gecodeerde &apos;/&apos;.</translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <source>%1 has no checksum for %2.</source>
        <translation>%1 bevat geen controlesom voor %2.</translation>
    </message>
    <message>
        <source>Could not write a temporary file: %1</source>
        <translation>Kon geen tijdelijk bestand schrijven: %1</translation>
    </message>
    <message>
        <source>The %1 of %2 is %3, but %4 (line %5) says %6.</source>
        <translation>De %1-waarde van %2 is %3, maar %4 (regel %5) vermeldt %6.</translation>
    </message>
    <message>
        <source>%1 — and %2 of the signed checksum file matches.</source>
        <translation>%1 — en de %2-waarde uit het ondertekende controlesombestand komt overeen.</translation>
    </message>
    <message>
        <source>The checksum file is signed, but it gives only MD5 or SHA-1 for %1.</source>
        <translation>Het controlesombestand is ondertekend, maar geeft voor %1 alleen MD5 of SHA-1.</translation>
    </message>
    <message>
        <source>The %1 checksum from %2 matches; no signature was checked (checksum only).</source>
        <translation>De %1-controlesom komt overeen (bron: %2); er is geen handtekening gecontroleerd (alleen controlesom).</translation>
    </message>
    <message>
        <source>Only a weak checksum (%1) matches, and that can be forged: get a SHA-256 checksum or a signature from the vendor.</source>
        <translation>Alleen een zwakke controlesom (%1) komt overeen, en die kan worden vervalst: vraag de leverancier om een SHA-256-controlesom of een handtekening.</translation>
    </message>
    <message>
        <source>Nothing to compare %1 with: give the published checksum or the signature.</source>
        <translation>Niets om %1 mee te vergelijken: geef de gepubliceerde controlesom of de handtekening op.</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>Person &apos;%1&apos;</source>
        <translation>persoon ‘%1’</translation>
    </message>
    <message>
        <source>Organizational unit code &apos;%1&apos; is not valid: use 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>De code ‘%1’ van het organisatieonderdeel is ongeldig: gebruik 1 tot en met 32 letters, cijfers, ‘.’, ‘_’ of ‘-’, te beginnen met een letter of cijfer.</translation>
    </message>
    <message>
        <source>Organizational unit &apos;%1&apos; needs a name.</source>
        <translation>Organisatieonderdeel ‘%1’ heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Login &apos;%1&apos; is not valid: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;@&apos; or &apos;\&apos;, without spaces.</source>
        <translation>Gebruikersnaam ‘%1’ is ongeldig: gebruik 1 tot en met 64 letters, cijfers, ‘.’, ‘_’, ‘-’, ‘@’ of ‘\’, zonder spaties.</translation>
    </message>
    <message>
        <source>Person &apos;%1&apos; needs a name.</source>
        <translation>Persoon ‘%1’ heeft een naam nodig.</translation>
    </message>
    <message>
        <source>E-mail address &apos;%1&apos; of person &apos;%2&apos; is not valid.</source>
        <translation>Het e-mailadres ‘%1’ van persoon ‘%2’ is ongeldig.</translation>
    </message>
    <message>
        <source>adding organizational unit &apos;%1&apos;</source>
        <translation>toevoegen van organisatieonderdeel ‘%1’</translation>
    </message>
    <message>
        <source>reading organizational units</source>
        <translation>lezen van de organisatieonderdelen</translation>
    </message>
    <message>
        <source>A person with login &apos;%1&apos; already exists.</source>
        <translation>Er bestaat al een persoon met gebruikersnaam ‘%1’.</translation>
    </message>
    <message>
        <source>adding person &apos;%1&apos;</source>
        <translation>toevoegen van persoon ‘%1’</translation>
    </message>
    <message>
        <source>looking up person &apos;%1&apos;</source>
        <translation>opzoeken van persoon ‘%1’</translation>
    </message>
    <message>
        <source>looking up person %1</source>
        <translation>opzoeken van de persoon met ID %1</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>lezen van de personen</translation>
    </message>
    <message>
        <source>counting people</source>
        <translation>tellen van de personen</translation>
    </message>
    <message>
        <source>recording the rights of &apos;%1&apos; that end</source>
        <translation>vastleggen van de beëindigde rechten van ‘%1’</translation>
    </message>
</context>
<context>
    <name>PersonRoles</name>
    <message>
        <source>reading the roles of a person</source>
        <translation>bij het lezen van de rollen van een persoon</translation>
    </message>
    <message>
        <source>reading the roles of people</source>
        <translation>bij het lezen van de rollen van personen</translation>
    </message>
    <message>
        <source>reading who has the role &apos;%1&apos;</source>
        <translation>bij het lezen wie de rol ‘%1’ heeft</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; the roles are: %2.</source>
        <translation>‘%1’ is geen rol; de rollen zijn: %2.</translation>
    </message>
    <message>
        <source>reading a person</source>
        <translation>bij het lezen van een persoon</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>Er is geen persoon met het id %1.</translation>
    </message>
    <message>
        <source>Only an administrator may give people roles.</source>
        <translation>Alleen een beheerder mag personen rollen geven.</translation>
    </message>
    <message>
        <source>changing the roles of &apos;%1&apos;</source>
        <translation>bij het wijzigen van de rollen van ‘%1’</translation>
    </message>
    <message>
        <source>Only an administrator may add people; %1 is not one.</source>
        <translation>Alleen een beheerder mag personen toevoegen; %1 is dat niet.</translation>
    </message>
    <message>
        <source>the person acting</source>
        <translation>de handelende persoon</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>The file is the one its publisher signed or published.</source>
        <translation>Dit is precies het bestand dat de uitgever heeft ondertekend of gepubliceerd.</translation>
    </message>
    <message>
        <source>The file&apos;s checksum differs from the published one.</source>
        <translation>De controlesom van het bestand wijkt af van de gepubliceerde.</translation>
    </message>
    <message>
        <source>The signature does not match the file.</source>
        <translation>De handtekening past niet bij het bestand.</translation>
    </message>
    <message>
        <source>There is no signature or checksum for this file.</source>
        <translation>Voor dit bestand is er geen handtekening en geen controlesom.</translation>
    </message>
    <message>
        <source>The signing key is not in the trust store.</source>
        <translation>De ondertekeningssleutel staat niet in de vertrouwensopslag.</translation>
    </message>
    <message>
        <source>The signing key is in the trust store but its fingerprint has not been confirmed.</source>
        <translation>De ondertekeningssleutel staat in de vertrouwensopslag, maar de vingerafdruk ervan is niet bevestigd.</translation>
    </message>
    <message>
        <source>The signing key or certificate had expired.</source>
        <translation>De ondertekeningssleutel of het certificaat was verlopen.</translation>
    </message>
    <message>
        <source>The signing key was revoked.</source>
        <translation>De ondertekeningssleutel is ingetrokken.</translation>
    </message>
    <message>
        <source>The signature has expired.</source>
        <translation>De handtekening is verlopen.</translation>
    </message>
    <message>
        <source>Only MD5 or SHA-1 evidence: not enough on its own.</source>
        <translation>Alleen bewijs via MD5 of SHA-1: op zichzelf niet voldoende.</translation>
    </message>
    <message>
        <source>A certificate of the signer&apos;s chain is revoked.</source>
        <translation>Een certificaat in de keten van de ondertekenaar is ingetrokken.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not lead to a trusted CA.</source>
        <translation>Het certificaat van de ondertekenaar leidt niet naar een vertrouwde CA.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not meant for code signing.</source>
        <translation>Het certificaat van de ondertekenaar is niet bedoeld voor codeondertekening.</translation>
    </message>
    <message>
        <source>The key, certificate or signature is not valid yet.</source>
        <translation>De sleutel, het certificaat of de handtekening is nog niet geldig.</translation>
    </message>
    <message>
        <source>A CA&apos;s revocation list is missing or out of date.</source>
        <translation>De intrekkingslijst van een CA ontbreekt of is verouderd.</translation>
    </message>
    <message>
        <source>The file has changed since it was released.</source>
        <translation>Het bestand is gewijzigd sinds het is uitgebracht.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>nog niet geldig</translation>
    </message>
</context>
<context>
    <name>ReleaseStatementDocument</name>
    <message>
        <source>no green verification of this file is on record</source>
        <translation>er is geen geslaagde verificatie van dit bestand vastgelegd</translation>
    </message>
    <message>
        <source>verification %1 on %2 by %3: %4</source>
        <translation>verificatie %1 op %2 door %3: %4</translation>
    </message>
    <message>
        <source>Signer: %1, fingerprint %2.</source>
        <translation>Ondertekenaar: %1, vingerafdruk %2.</translation>
    </message>
    <message>
        <source>Release statement: %1</source>
        <translation>Vrijgaveverklaring: %1</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation>Naam en versie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 bytes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-512</source>
        <translation>SHA-512</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptatie</translation>
    </message>
    <message>
        <source>Test environment</source>
        <translation>Testomgeving</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Verklaring</translation>
    </message>
    <message>
        <source>Accepted: the package passed the tests below.</source>
        <translation>Geaccepteerd: het pakket heeft de onderstaande tests doorstaan.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Afgewezen: %1</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Verklaard</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Testgevallen</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testgeval</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Vrijgave</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Vrijgavedatum</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Beperkingen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>Vrijgegeven door</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Checksum register</source>
        <translation>Controlesomregister</translation>
    </message>
    <message>
        <source>entry %1, chain hash %2</source>
        <translation>vermelding %1, ketenhash %2</translation>
    </message>
    <message>
        <source>Generated on %1 by ChangeDesk from the package&apos;s record. Compare the file with the SHA-256 above, or with the register&apos;s export, before installing it.</source>
        <translation>Op %1 door ChangeDesk gegenereerd uit de gegevens van het pakket. Vergelijk het bestand vóór de installatie met de SHA-256 hierboven of met de export van het register.</translation>
    </message>
    <message>
        <source>Release statement: %1 (%2)</source>
        <translation>Vrijgaveverklaring: %1 (%2)</translation>
    </message>
    <message>
        <source>  file          %1, %2 bytes</source>
        <translation>  bestand            %1, %2 bytes</translation>
    </message>
    <message>
        <source>  SHA-256       %1</source>
        <translation>  SHA-256            %1</translation>
    </message>
    <message>
        <source>  verification  %1</source>
        <translation>  verificatie        %1</translation>
    </message>
    <message>
        <source>  tested in     %1</source>
        <translation>  getest in          %1</translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation>    %1: %2</translation>
    </message>
    <message>
        <source>  accepted by   %1 on %2</source>
        <translation>  geaccepteerd door  %1 op %2</translation>
    </message>
    <message>
        <source>  released by   %1 for %2</source>
        <translation>  vrijgegeven door   %1 per %2</translation>
    </message>
    <message>
        <source>  restrictions  %1</source>
        <translation>  beperkingen        %1</translation>
    </message>
    <message>
        <source>  register      entry %1</source>
        <translation>  register           vermelding %1</translation>
    </message>
</context>
<context>
    <name>Rescheduler</name>
    <message>
        <source>A change must end after it starts.</source>
        <translation>Een wijziging moet na het begin eindigen.</translation>
    </message>
    <message>
        <source>Request #%1 cannot be moved there: %2</source>
        <translation>Verzoek #%1 kan niet daarheen worden verplaatst: %2</translation>
    </message>
    <message>
        <source>Request #%1 has no wave %2.</source>
        <translation>Verzoek #%1 heeft geen golf %2.</translation>
    </message>
</context>
<context>
    <name>RfcCommands</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Affected groups</source>
        <translation>Betrokken groepen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Reden voor de afwijking</translation>
    </message>
    <message>
        <source>category %1, priority %2</source>
        <translation>categorie %1, prioriteit %2</translation>
    </message>
    <message>
        <source>Suggested classification</source>
        <translation>Voorgestelde classificatie</translation>
    </message>
    <message>
        <source>Authorized at</source>
        <translation>Goedgekeurd op</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versie %2)</translation>
    </message>
    <message>
        <source>Rollout waves:</source>
        <translation>Uitrolgolven:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Break point</source>
        <translation>Breekpunt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Go criteria</source>
        <translation>Go-criteria</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Test cases:</source>
        <translation>Testgevallen:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>Getest door</translation>
    </message>
    <message>
        <source>Evaluation (%1, %2):</source>
        <translation>Evaluatie (%1, %2):</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Doel bereikt</translation>
    </message>
    <message>
        <source>Users satisfied</source>
        <translation>Gebruikers tevreden</translation>
    </message>
    <message>
        <source>Budget kept</source>
        <translation>Budget gehaald</translation>
    </message>
    <message>
        <source>Schedule kept</source>
        <translation>Planning gehaald</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Neveneffecten</translation>
    </message>
    <message>
        <source>Tests afterwards</source>
        <translation>Natests</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Bijlagen:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Geschiedenis:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>you may take it now</source>
        <translation>u kunt deze nu zetten</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between role names</comment>
        <translation> of </translation>
    </message>
    <message>
        <source>still missing: %1</source>
        <translation>ontbreekt nog: %1</translation>
    </message>
    <message>
        <source>not by the applicant</source>
        <translation>niet door de aanvrager</translation>
    </message>
    <message>
        <source>waits for the objection to be decided</source>
        <translation>wacht op het besluit over het bezwaar</translation>
    </message>
    <message>
        <source>needs --reason</source>
        <translation>vereist --reason</translation>
    </message>
    <message>
        <source>No step follows: the request has ended (&apos;%1&apos;).</source>
        <translation>Er volgt geen stap: het verzoek is afgesloten (‘%1’).</translation>
    </message>
    <message>
        <source>Next steps (for %1):</source>
        <translation>Volgende stappen (voor %1):</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Volgende stappen:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>Wie en wat</translation>
    </message>
    <message>
        <source>(%1 With --as LOGIN this shows what that person may do.)</source>
        <translation>(%1 Met --as LOGIN toont dit wat die persoon mag doen.)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of: %3.</source>
        <translation>%1 ‘%2’ is niet een van: %3.</translation>
    </message>
    <message>
        <source>There is no person with the login &apos;%1&apos;.</source>
        <translation>Er is geen persoon met de aanmelding ‘%1’.</translation>
    </message>
    <message>
        <source>person needs a subcommand: add, list or roles</source>
        <translation>person heeft een subopdracht nodig: add, list of roles</translation>
    </message>
    <message>
        <source>unknown person subcommand &apos;%1&apos;: use add, list or roles</source>
        <translation>onbekende subopdracht van person ‘%1’: gebruik add, list of roles</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; the roles are: %2.</source>
        <translation>‘%1’ is geen rol; de rollen zijn: %2.</translation>
    </message>
    <message>
        <source>person add needs a login and --name, e.g. &apos;person add jdoe --name &quot;Jan de Vries&quot; --roles applicant&apos;</source>
        <translation>person add heeft een aanmelding en --name nodig, bijv. ‘person add jdoe --name &quot;Jan de Vries&quot; --roles applicant’</translation>
    </message>
    <message>
        <source>There is no organizational unit with the code or name &apos;%1&apos;.</source>
        <translation>Er is geen organisatie-eenheid met de code of naam ‘%1’.</translation>
    </message>
    <message>
        <source>Added %1 (%2), without roles.</source>
        <translation>%1 (%2) toegevoegd, zonder rollen.</translation>
    </message>
    <message>
        <source>Added %1 (%2) with the roles: %3.</source>
        <translation>%1 (%2) toegevoegd met de rollen: %3.</translation>
    </message>
    <message>
        <source>person list takes no arguments</source>
        <translation>person list neemt geen argumenten</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>person roles takes exactly one login</source>
        <translation>person roles neemt precies één aanmelding</translation>
    </message>
    <message>
        <source>person roles takes at most one of --set, --grant and --revoke</source>
        <translation>person roles neemt ten hoogste één van --set, --grant en --revoke</translation>
    </message>
    <message>
        <source>--grant and --revoke need a role</source>
        <translation>--grant en --revoke hebben een rol nodig</translation>
    </message>
    <message>
        <source>%1 has no roles.</source>
        <translation>%1 heeft geen rollen.</translation>
    </message>
    <message>
        <source>%1 now has the roles: %2 (%3).</source>
        <translation>%1 heeft nu de rollen: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 has the roles: %2 (%3).</source>
        <translation>%1 heeft de rollen: %2 (%3).</translation>
    </message>
    <message>
        <source>rfc needs a subcommand: %1</source>
        <translation>rfc heeft een subopdracht nodig: %1</translation>
    </message>
    <message>
        <source>unknown rfc subcommand &apos;%1&apos;: use %2</source>
        <translation>onbekende subopdracht van rfc ‘%1’: gebruik %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>geen geldige JSON bij teken %1: %2</translation>
    </message>
    <message>
        <source>a request for change is a JSON object</source>
        <translation>een wijzigingsverzoek is een JSON-object</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (known: %2)</source>
        <translation>onbekende sleutel ‘%1’ (bekend: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>‘%1’ moet tekst zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names</source>
        <translation>‘%1’ moet een lijst van namen zijn</translation>
    </message>
    <message>
        <source>affected: unknown key &apos;%1&apos; (known: cis, groups)</source>
        <translation>affected: onbekende sleutel ‘%1’ (bekend: cis, groups)</translation>
    </message>
    <message>
        <source>&apos;affected&apos; must be a list of CI names or {&quot;cis&quot;: [...], &quot;groups&quot;: [...]}</source>
        <translation>‘affected’ moet een lijst van CI-namen of {&quot;cis&quot;: [...], &quot;groups&quot;: [...]} zijn</translation>
    </message>
    <message>
        <source>affected: there is no configuration item named &apos;%1&apos;</source>
        <translation>affected: er is geen configuratie-item met de naam ‘%1’</translation>
    </message>
    <message>
        <source>affected: there is no group named &apos;%1&apos;</source>
        <translation>affected: er is geen groep met de naam ‘%1’</translation>
    </message>
    <message>
        <source>&apos;department&apos; must be the code of an organizational unit</source>
        <translation>‘department’ moet de code van een organisatie-eenheid zijn</translation>
    </message>
    <message>
        <source>department: there is no organizational unit with the code or name &apos;%1&apos;</source>
        <translation>department: er is geen organisatie-eenheid met de code of naam ‘%1’</translation>
    </message>
    <message>
        <source>&apos;applicant&apos; must be a login</source>
        <translation>‘applicant’ moet een aanmelding zijn</translation>
    </message>
    <message>
        <source>applicant: there is no person with the login &apos;%1&apos;</source>
        <translation>applicant: er is geen persoon met de aanmelding ‘%1’</translation>
    </message>
    <message>
        <source>&apos;rollout_waves&apos; must be a list of waves</source>
        <translation>‘rollout_waves’ moet een lijst van golven zijn</translation>
    </message>
    <message>
        <source>rollout wave %1</source>
        <translation>uitrolgolf %1</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 moet een object zijn</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (known: %3)</source>
        <translation>%1: onbekende sleutel ‘%2’ (bekend: %3)</translation>
    </message>
    <message>
        <source>%1: &apos;break_point&apos; must be true or false</source>
        <translation>%1: ‘break_point’ moet true of false zijn</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be text</source>
        <translation>%1: ‘%2’ moet tekst zijn</translation>
    </message>
    <message>
        <source>%1: there is no group named &apos;%2&apos;</source>
        <translation>%1: er is geen groep met de naam ‘%2’</translation>
    </message>
    <message>
        <source>&apos;test_cases&apos; must be a list of test cases</source>
        <translation>‘test_cases’ moet een lijst van testgevallen zijn</translation>
    </message>
    <message>
        <source>test case %1</source>
        <translation>testgeval %1</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (known: description, expected)</source>
        <translation>%1: onbekende sleutel ‘%2’ (bekend: description, expected)</translation>
    </message>
    <message>
        <source>Similar open requests (possible duplicates of this one):</source>
        <translation>Vergelijkbare open verzoeken (mogelijke duplicaten van dit verzoek):</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Gelijkenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Shared CIs</source>
        <translation>Gedeelde CI&apos;s</translation>
    </message>
    <message>
        <source>rfc create takes exactly one JSON file</source>
        <translation>rfc create neemt precies één JSON-bestand</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 bestaat niet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: only a change manager may apply on behalf of somebody else (&apos;%2&apos;).</source>
        <translation>%1: alleen een wijzigingsbeheerder mag namens iemand anders aanvragen (‘%2’).</translation>
    </message>
    <message>
        <source>Created request for change #%1 &apos;%2&apos; (%3), applicant %4.</source>
        <translation>Wijzigingsverzoek #%1 ‘%2’ aangemaakt (%3), aanvrager %4.</translation>
    </message>
    <message>
        <source>rfc show takes exactly one request number</source>
        <translation>rfc show neemt precies één verzoeknummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of a request for change</source>
        <translation>‘%1’ is niet het nummer van een wijzigingsverzoek</translation>
    </message>
    <message>
        <source>Request for change #%1: %2</source>
        <translation>Wijzigingsverzoek #%1: %2</translation>
    </message>
    <message>
        <source>Objections:</source>
        <translation>Bezwaren:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Ingediend door</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>rfc list takes no arguments besides its options</source>
        <translation>rfc list neemt naast de opties geen argumenten</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplande start</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for change</source>
        <translation>
            <numerusform>%n wijzigingsverzoek</numerusform>
            <numerusform>%n wijzigingsverzoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>(!) security management objects to the priority or category</source>
        <translation>(!) beveiligingsmanagement maakt bezwaar tegen de prioriteit of categorie</translation>
    </message>
    <message>
        <source>rfc act needs a request number and an action, e.g. &apos;rfc act 12 submit&apos;</source>
        <translation>rfc act heeft een verzoeknummer en een stap nodig, bijv. ‘rfc act 12 submit’</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not &apos;%1&apos;</source>
        <translation>--set neemt VELD=WAARDE, niet ‘%1’</translation>
    </message>
    <message>
        <source>Request for change #%1 is now &apos;%2&apos; (%3 from &apos;%4&apos; by %5).</source>
        <translation>Wijzigingsverzoek #%1 is nu ‘%2’ (%3 vanuit ‘%4’ door %5).</translation>
    </message>
    <message>
        <source>If it is one of them, the change manager rejects it: rfc act %1 reject_duplicate --set duplicate_of=N --reason TEXT</source>
        <translation>Is het er een van, dan wijst de wijzigingsbeheerder het af: rfc act %1 reject_duplicate --set duplicate_of=N --reason TEXT</translation>
    </message>
    <message>
        <source>rfc test needs a request number, the number of the test case and --result, e.g. &apos;rfc test 12 1 --result passed --actual &quot;HTTP 200&quot;&apos;</source>
        <translation>rfc test heeft een verzoeknummer, het nummer van het testgeval en --result nodig, bijv. ‘rfc test 12 1 --result passed --actual &quot;HTTP 200&quot;’</translation>
    </message>
    <message>
        <source>rfc test needs a request number and a test case number (1, 2, …)</source>
        <translation>rfc test heeft een verzoeknummer en een testgevalnummer nodig (1, 2, …)</translation>
    </message>
    <message numerus="yes">
        <source>Request for change #%1 has %n test case(s); there is no test case %2.</source>
        <translation>
            <numerusform>Wijzigingsverzoek #%1 heeft %n testgeval; er is geen testgeval %2.</numerusform>
            <numerusform>Wijzigingsverzoek #%1 heeft %n testgevallen; er is geen testgeval %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test case %1 of request for change #%2 (&apos;%3&apos;): %4.</source>
        <translation>Testgeval %1 van wijzigingsverzoek #%2 (‘%3’): %4.</translation>
    </message>
    <message>
        <source>rfc wave needs a request number, the number of the wave and --status, e.g. &apos;rfc wave 12 1 --status passed&apos;</source>
        <translation>rfc wave heeft een verzoeknummer, het nummer van de golf en --status nodig, bijv. ‘rfc wave 12 1 --status passed’</translation>
    </message>
    <message>
        <source>rfc wave needs a request number and a wave number (1, 2, …)</source>
        <translation>rfc wave heeft een verzoeknummer en een golfnummer nodig (1, 2, …)</translation>
    </message>
    <message numerus="yes">
        <source>Request for change #%1 has %n rollout wave(s); there is no wave %2.</source>
        <translation>
            <numerusform>Wijzigingsverzoek #%1 heeft %n uitrolgolf; er is geen golf %2.</numerusform>
            <numerusform>Wijzigingsverzoek #%1 heeft %n uitrolgolven; er is geen golf %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout wave %1 of request for change #%2 (&apos;%3&apos;): %4.</source>
        <translation>Uitrolgolf %1 van wijzigingsverzoek #%2 (‘%3’): %4.</translation>
    </message>
    <message>
        <source>rfc evaluate needs a request number and at least one answer, e.g. &apos;rfc evaluate 12 --goal-reached yes --side-effects none&apos;</source>
        <translation>rfc evaluate heeft een verzoeknummer en ten minste één antwoord nodig, bijv. ‘rfc evaluate 12 --goal-reached yes --side-effects none’</translation>
    </message>
    <message>
        <source>Recorded the evaluation of request for change #%1.</source>
        <translation>Evaluatie van wijzigingsverzoek #%1 vastgelegd.</translation>
    </message>
    <message>
        <source>rfc object needs a request number, priority or category, the value proposed and --reason, e.g. &apos;rfc object 12 category far_reaching --reason &quot;…&quot;&apos;</source>
        <translation>rfc object heeft een verzoeknummer, priority of category, de voorgestelde waarde en --reason nodig, bijv. ‘rfc object 12 category far_reaching --reason &quot;…&quot;’</translation>
    </message>
    <message>
        <source>Objection %1: %2 of request for change #%3 should be &apos;%4&apos;. The request waits until the change manager accepts or escalates it (rfc decide %1 …).</source>
        <translation>Bezwaar %1: %2 van wijzigingsverzoek #%3 zou ‘%4’ moeten zijn. Het verzoek wacht tot de wijzigingsbeheerder het bezwaar aanvaardt of escaleert (rfc decide %1 …).</translation>
    </message>
    <message>
        <source>rfc decide needs an objection number and one of: %1</source>
        <translation>rfc decide heeft een bezwaarnummer en een van deze nodig: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of an objection</source>
        <translation>‘%1’ is niet het nummer van een bezwaar</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Het besluit</translation>
    </message>
    <message>
        <source>Objection %1 is now &apos;%2&apos;. %3 of request for change #%4: &apos;%5&apos;.</source>
        <translation>Bezwaar %1 is nu ‘%2’. %3 van wijzigingsverzoek #%4: ‘%5’.</translation>
    </message>
    <message>
        <source>rfc attach needs a request number and a file</source>
        <translation>rfc attach heeft een verzoeknummer en een bestand nodig</translation>
    </message>
    <message numerus="yes">
        <source>Attached %1 (%n byte(s), SHA-256 %2) to request for change #%3 as attachment %4.</source>
        <translation>
            <numerusform>%1 (%n byte, SHA-256 %2) als bijlage %4 aan wijzigingsverzoek #%3 toegevoegd.</numerusform>
            <numerusform>%1 (%n bytes, SHA-256 %2) als bijlage %4 aan wijzigingsverzoek #%3 toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>rfc attachment needs an attachment number and a file, or - for standard output</source>
        <translation>rfc attachment heeft een bijlagenummer en een bestand nodig, of - voor de standaarduitvoer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of an attachment</source>
        <translation>‘%1’ is niet het nummer van een bijlage</translation>
    </message>
    <message>
        <source>rfc attachment to standard output cannot also print JSON there</source>
        <translation>rfc attachment naar de standaarduitvoer kan daar niet ook JSON afdrukken</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kan niet naar de standaarduitvoer schrijven</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote attachment %1 (%n byte(s)) to %2.</source>
        <translation>
            <numerusform>Bijlage %1 (%n byte) naar %2 geschreven.</numerusform>
            <numerusform>Bijlage %1 (%n bytes) naar %2 geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>People and requests for change:
  person add LOGIN --name NAME [--email E] [--unit CODE] [--roles R1,R2] [--as ADMIN]
                              add a person with app roles (once there is an administrator,
                              only an administrator; the first may be named by anybody)
  person list                 people with their unit and roles
  person roles LOGIN [--set R1,R2 | --grant R | --revoke R] [--as ADMIN]
                              show or change a person&apos;s roles: applicant, change_manager,
                              cab_member, security_management, implementer, management,
                              auditor, administrator
  rfc create FILE.json [--as USER]
                              a new request for change from a JSON file; prints its number
                              and the open requests it may duplicate
  rfc show ID [--as USER]     the whole record, its objections and history, and the next
                              steps with who may take them and what they still need
  rfc list [--state S]... [--type T] [--priority P] [--category C] [--mine] [--text WORDS]
                              requests for change, newest first
  rfc todo [--as USER]        what that person can do now, overdue first
  kpi [--from YYYY-MM] [--to YYYY-MM]
                              key figures per month (default: the last 12 months)
  rfc act ID ACTION [--set FIELD=VALUE]... [--reason TEXT] [--as USER]
                              take a step of the workflow (submit, accept, classify, …),
                              filling in fields on the way
  rfc test ID N --result passed|failed|skipped [--actual TEXT] [--as USER]
                              record the result of test case N
  rfc wave ID N --status running|passed|halted|failed [--note TEXT] [--as USER]
                              record the status of rollout wave N
  rfc evaluate ID [--goal-reached yes|no] [--users-satisfied yes|no] [--budget-kept yes|no]
               [--schedule-kept yes|no] [--side-effects TEXT] [--post-tests TEXT] [--as USER]
                              record the review after the implementation
  rfc object ID priority|category VALUE --reason TEXT [--as USER]
                              security management objects to the priority or category
  rfc decide OBJECTION accept|escalate|withdraw|uphold|dismiss [--reason TEXT] [--as USER]
                              decide on an objection
  rfc attach ID FILE [--as USER]
                              attach a file to a request for change
  rfc attachment ATTACHMENT_ID OUTFILE|-
                              write an attachment to a file or standard output
  --as USER acts as that person on SQLite (default: the operating-system user); on
  PostgreSQL everybody acts as the login of the connection.
</source>
        <translation>Personen en wijzigingsverzoeken:
  person add LOGIN --name NAME [--email E] [--unit CODE] [--roles R1,R2] [--as ADMIN]
                              een persoon met app-rollen toevoegen (zodra er een beheerder
                              is, alleen door een beheerder; de eerste mag door iedereen
                              worden benoemd)
  person list                 personen met hun eenheid en rollen
  person roles LOGIN [--set R1,R2 | --grant R | --revoke R] [--as ADMIN]
                              de rollen van een persoon tonen of wijzigen: applicant,
                              change_manager, cab_member, security_management,
                              implementer, management, auditor, administrator
  rfc create FILE.json [--as USER]
                              een nieuw wijzigingsverzoek uit een JSON-bestand; toont het
                              nummer en de open verzoeken waarvan het een duplicaat kan zijn
  rfc show ID [--as USER]     het hele verzoek, de bezwaren en de geschiedenis, en de
                              volgende stappen met wie ze mag zetten en wat nog ontbreekt
  rfc list [--state S]... [--type T] [--priority P] [--category C] [--mine] [--text WORDS]
                              wijzigingsverzoeken, nieuwste eerst
  rfc todo [--as USER]        wat die persoon nu kan doen, achterstallige eerst
  kpi [--from YYYY-MM] [--to YYYY-MM]
                              kengetallen per maand (standaard: de laatste 12 maanden)
  rfc act ID ACTION [--set FIELD=VALUE]... [--reason TEXT] [--as USER]
                              een stap van de werkstroom zetten (submit, accept, classify, …)
                              en daarbij velden invullen
  rfc test ID N --result passed|failed|skipped [--actual TEXT] [--as USER]
                              het resultaat van testgeval N vastleggen
  rfc wave ID N --status running|passed|halted|failed [--note TEXT] [--as USER]
                              de status van uitrolgolf N vastleggen
  rfc evaluate ID [--goal-reached yes|no] [--users-satisfied yes|no] [--budget-kept yes|no]
               [--schedule-kept yes|no] [--side-effects TEXT] [--post-tests TEXT] [--as USER]
                              de evaluatie na de uitvoering vastleggen
  rfc object ID priority|category VALUE --reason TEXT [--as USER]
                              bezwaar van beveiligingsmanagement tegen prioriteit of categorie
  rfc decide OBJECTION accept|escalate|withdraw|uphold|dismiss [--reason TEXT] [--as USER]
                              over een bezwaar beslissen
  rfc attach ID FILE [--as USER]
                              een bestand aan een wijzigingsverzoek toevoegen
  rfc attachment ATTACHMENT_ID OUTFILE|-
                              een bijlage naar een bestand of de standaarduitvoer schrijven
  --as USER handelt op SQLite als die persoon (standaard: de aanmelding bij het
  besturingssysteem); op PostgreSQL handelt iedereen als de aanmelding van de verbinding.
</translation>
    </message>
    <message>
        <source>rfc todo takes no arguments besides --as</source>
        <translation>rfc todo neemt naast --as geen argumenten</translation>
    </message>
    <message>
        <source>objection %1: %2</source>
        <translation>bezwaar %1: %2</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ACHTERSTALLIG</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s) for %1</source>
        <translation>
            <numerusform>%n taak voor %1</numerusform>
            <numerusform>%n taken voor %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them overdue</source>
        <translation>
            <numerusform>%n daarvan achterstallig</numerusform>
            <numerusform>%n daarvan achterstallig</numerusform>
        </translation>
    </message>
    <message>
        <source>kpi takes no arguments besides --from and --to</source>
        <translation>kpi neemt naast --from en --to geen argumenten</translation>
    </message>
    <message>
        <source>--from and --to take a month as YYYY-MM, e.g. 2026-03</source>
        <translation>--from en --to nemen een maand als YYYY-MM, bijv. 2026-03</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Spoed</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succes</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Teruggedraaid</translation>
    </message>
    <message>
        <source>Median lead time (days)</source>
        <translation>Mediane doorlooptijd (dagen)</translation>
    </message>
    <message>
        <source>Evaluations overdue/due</source>
        <translation>Evaluaties achterstallig/verwacht</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) overdue now</source>
        <translation>
            <numerusform>%n evaluatie nu achterstallig</numerusform>
            <numerusform>%n evaluaties nu achterstallig</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos;, shipped with ChangeDesk</source>
        <translation>‘%1’, meegeleverd met ChangeDesk</translation>
    </message>
    <message>
        <source>&apos;%1&apos;, installed by %2 on %3 (no. %4)</source>
        <translation>‘%1’, in werking gesteld door %2 op %3 (nr. %4)</translation>
    </message>
    <message>
        <source>workflow show takes no arguments</source>
        <translation>workflow show heeft geen argumenten</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>Geldend: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s), %1 transitions</source>
        <translation>
            <numerusform>%n toestand, %1 overgangen</numerusform>
            <numerusform>%n toestanden, %1 overgangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed before:</source>
        <translation>Eerder geldend:</translation>
    </message>
    <message>
        <source>workflow needs a subcommand: export [FILE] [--shipped], check FILE, show or install FILE</source>
        <translation>workflow heeft een subopdracht nodig: export [BESTAND] [--shipped], check BESTAND, show of install BESTAND</translation>
    </message>
    <message>
        <source>workflow install takes exactly one file</source>
        <translation>workflow install heeft precies één bestand nodig</translation>
    </message>
    <message>
        <source>In force now: %1</source>
        <translation>Nu geldend: %1</translation>
    </message>
    <message>
        <source>implementers: there is no person with the login &apos;%1&apos;</source>
        <translation>implementers: er is geen persoon met de aanmelding ‘%1’</translation>
    </message>
</context>
<context>
    <name>RightsProfileRepository</name>
    <message>
        <source>person &apos;%1&apos;</source>
        <translation>persoon ‘%1’</translation>
    </message>
    <message>
        <source>unit &apos;%1&apos;</source>
        <translation>organisatieonderdeel ‘%1’</translation>
    </message>
    <message>
        <source>The rights profile &apos;%1&apos; of %2 on &apos;%3&apos;</source>
        <translation>rechtenprofiel ‘%1’ van %2 op ‘%3’</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Application administrator</source>
        <translation>Applicatiebeheerder</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Noodtoegang</translation>
    </message>
    <message>
        <source>Full control of the system: its configuration, software and accounts.</source>
        <translation>Volledige controle over het systeem: configuratie, software en accounts.</translation>
    </message>
    <message>
        <source>Manages an application&apos;s settings, content and users, not the system beneath it.</source>
        <translation>Beheert de instellingen, inhoud en gebruikers van een applicatie, niet het onderliggende systeem.</translation>
    </message>
    <message>
        <source>Runs and monitors the system (start, stop, backups) without changing its configuration.</source>
        <translation>Bedient en bewaakt het systeem (starten, stoppen, back-ups) zonder de configuratie te wijzigen.</translation>
    </message>
    <message>
        <source>Works with the system or application in daily business.</source>
        <translation>Werkt in de dagelijkse praktijk met het systeem of de applicatie.</translation>
    </message>
    <message>
        <source>Reads data and settings and changes nothing, e.g. for audits.</source>
        <translation>Leest gegevens en instellingen en wijzigt niets, bijv. voor audits.</translation>
    </message>
    <message>
        <source>Break-glass access for emergencies; every use is logged and reviewed.</source>
        <translation>Noodtoegang (break-glass) voor noodgevallen; elk gebruik wordt gelogd en gecontroleerd.</translation>
    </message>
    <message>
        <source>A rights profile needs the configuration item it applies to.</source>
        <translation>Een rechtenprofiel heeft het configuratie-item nodig waarop het van toepassing is.</translation>
    </message>
    <message>
        <source>A rights profile is held by a person or by an organizational unit, not by both.</source>
        <translation>Een rechtenprofiel is toegekend aan een persoon of aan een organisatieonderdeel, niet aan beide.</translation>
    </message>
    <message>
        <source>A rights profile needs a holder: a person or an organizational unit.</source>
        <translation>Een rechtenprofiel heeft een houder nodig: een persoon of een organisatieonderdeel.</translation>
    </message>
    <message>
        <source>A rights profile needs a profile, e.g. %1.</source>
        <translation>Een rechtenprofiel heeft een profiel nodig, bijv. %1.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is not valid: at most %2 characters and no control characters.</source>
        <translation>Het profiel ‘%1’ is ongeldig: ten hoogste %2 tekens en geen stuurtekens.</translation>
    </message>
    <message>
        <source>The description of the rights profile &apos;%1&apos; is too long: at most %2 characters.</source>
        <translation>De omschrijving van rechtenprofiel ‘%1’ is te lang: ten hoogste %2 tekens.</translation>
    </message>
    <message>
        <source>looking up configuration item %1</source>
        <translation>opzoeken van het configuratie-item met ID %1</translation>
    </message>
    <message>
        <source>There is no configuration item with id %1.</source>
        <translation>Er is geen configuratie-item met ID %1.</translation>
    </message>
    <message>
        <source>looking up person %1</source>
        <translation>opzoeken van de persoon met ID %1</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Er is geen persoon met ID %1.</translation>
    </message>
    <message>
        <source>looking up organizational unit %1</source>
        <translation>opzoeken van het organisatieonderdeel met ID %1</translation>
    </message>
    <message>
        <source>There is no organizational unit with id %1.</source>
        <translation>Er is geen organisatieonderdeel met ID %1.</translation>
    </message>
    <message>
        <source>checking the rights profiles of &apos;%1&apos;</source>
        <translation>controleren van de rechtenprofielen van ‘%1’</translation>
    </message>
    <message>
        <source>%1 already holds the profile &apos;%2&apos; on &apos;%3&apos; (rights profile %4).</source>
        <translation>Het profiel ‘%2’ op ‘%3’ is al toegekend aan %1 (rechtenprofiel %4).</translation>
    </message>
    <message>
        <source>granting &apos;%1&apos; on &apos;%2&apos;</source>
        <translation>toekennen van ‘%1’ op ‘%2’</translation>
    </message>
    <message>
        <source>Rights profile %1 no longer exists: someone else revoked it. Your change was not saved.</source>
        <translation>Rechtenprofiel %1 bestaat intussen niet meer: iemand anders heeft het ingetrokken. Uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>%1 cannot move to another configuration item: revoke it and grant a new one.</source>
        <translation>Het is niet mogelijk %1 naar een ander configuratie-item te verplaatsen: trek het in en ken een nieuw profiel toe.</translation>
    </message>
    <message>
        <source>Rights profile %1 does not exist (any more): someone else may have revoked it.</source>
        <translation>Rechtenprofiel %1 bestaat niet (meer): mogelijk heeft iemand anders het ingetrokken.</translation>
    </message>
    <message>
        <source>reading rights profiles</source>
        <translation>lezen van de rechtenprofielen</translation>
    </message>
</context>
<context>
    <name>SbomImporter</name>
    <message>
        <source>%1 is a %2 SBOM, not %3.</source>
        <translation>%1 is een %2-SBOM, geen %3.</translation>
    </message>
    <message>
        <source>component %1 (%2): the CPE &apos;%3&apos; is not valid and was left out: %4</source>
        <translation>component %1 (%2): de CPE ‘%3’ is ongeldig en is weggelaten: %4</translation>
    </message>
    <message>
        <source>component %1 (%2): the package URL &apos;%3&apos; is not valid and was left out: %4</source>
        <translation>component %1 (%2): de package-URL ‘%3’ is ongeldig en is weggelaten: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; gives no product name the catalogue can use</source>
        <translation>‘%1’ levert geen productnaam op die de catalogus kan gebruiken</translation>
    </message>
    <message>
        <source>the same product and version as component %1</source>
        <translation>hetzelfde product en dezelfde versie als component %1</translation>
    </message>
    <message>
        <source>looking up configuration item &apos;%1&apos;</source>
        <translation>opzoeken van configuratie-item ‘%1’</translation>
    </message>
    <message>
        <source>There is no configuration item named &apos;%1&apos; to import %2 into.</source>
        <translation>Er is geen configuratie-item met de naam ‘%1’ om %2 in te importeren.</translation>
    </message>
    <message>
        <source>%1 does not say which system it describes; choose the configuration item to import it into.</source>
        <translation>%1 vermeldt niet welk systeem het beschrijft; kies het configuratie-item waarin het moet worden geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 describes &apos;%2&apos;, and no configuration item has that name; choose the configuration item to import it into.</source>
        <translation>%1 beschrijft ‘%2’, maar er is geen configuratie-item met die naam; kies het configuratie-item waarin het moet worden geïmporteerd.</translation>
    </message>
    <message>
        <source>reading the product catalogue</source>
        <translation>lezen van de productcatalogus</translation>
    </message>
    <message>
        <source>reading installed software</source>
        <translation>lezen van de geïnstalleerde software</translation>
    </message>
    <message>
        <source>already recorded from %1; left as it is</source>
        <translation>al vastgelegd vanuit %1; ongewijzigd gelaten</translation>
    </message>
    <message>
        <source>adding products to the catalogue</source>
        <translation>toevoegen van producten aan de catalogus</translation>
    </message>
    <message>
        <source>recording installed software</source>
        <translation>vastleggen van de geïnstalleerde software</translation>
    </message>
    <message>
        <source>Product &apos;%1&apos; vanished while it was being added.</source>
        <translation>Product ‘%1’ is tijdens het toevoegen verdwenen.</translation>
    </message>
    <message>
        <source>removing software the SBOM no longer lists</source>
        <translation>verwijderen van software die niet meer in de SBOM staat</translation>
    </message>
</context>
<context>
    <name>SbomParser</name>
    <message>
        <source>%1 is larger than %2, the limit for SBOM files; it was not read. Split the SBOM or raise the limit.</source>
        <translation>%1 is groter dan %2, de limiet voor SBOM-bestanden; het bestand is niet gelezen. Splits de SBOM of verhoog de limiet.</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; of &apos;}&apos; verwacht</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; of &apos;]&apos; verwacht</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the name</source>
        <translation>&apos;:&apos; verwacht na de naam</translation>
    </message>
    <message>
        <source>expected a value (text in quotes, a number, true, false, null, an object or a list)</source>
        <translation>waarde verwacht (tekst tussen aanhalingstekens, een getal, true, false, null, een object of een lijst)</translation>
    </message>
    <message>
        <source>expected a value after &apos;,&apos;</source>
        <translation>waarde verwacht na &apos;,&apos;</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation>onverwachte tekst na het einde van het JSON-document</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ongeldig getal</translation>
    </message>
    <message>
        <source>text in quotes is not closed</source>
        <translation>tekst tussen aanhalingstekens is niet afgesloten</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ongeldige escapereeks</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>de tekst is geen geldige UTF-8</translation>
    </message>
    <message>
        <source>%1 is empty; expected a CycloneDX or SPDX SBOM in JSON format.</source>
        <translation>%1 is leeg; verwacht werd een CycloneDX- of SPDX-SBOM in JSON-formaat.</translation>
    </message>
    <message>
        <source>%1 is JSON but neither a CycloneDX nor an SPDX document (it is a list, not an object).</source>
        <translation>%1 is JSON, maar geen CycloneDX- of SPDX-document (het is een lijst, geen object).</translation>
    </message>
    <message>
        <source>%1 is an SPDX 3 document (JSON-LD), which is not supported. Supported: SPDX-2.3 JSON and CycloneDX %2 JSON.</source>
        <translation>%1 is een SPDX 3-document (JSON-LD), dat niet wordt ondersteund. Ondersteund: SPDX-2.3 JSON en CycloneDX %2 JSON.</translation>
    </message>
    <message>
        <source>%1 is JSON but neither a CycloneDX nor an SPDX document: it has no &quot;bomFormat&quot;: &quot;CycloneDX&quot; and no &quot;spdxVersion&quot;.</source>
        <translation>%1 is JSON, maar geen CycloneDX- of SPDX-document: het bevat geen &quot;bomFormat&quot;: &quot;CycloneDX&quot; en geen &quot;spdxVersion&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the JSON document ends unexpectedly; the file seems truncated (an interrupted download or copy?).</source>
        <translation>%1, regel %2, kolom %3: het JSON-document eindigt onverwacht; het bestand lijkt afgekapt (een onderbroken download of kopie?).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: invalid JSON: %4.</source>
        <translation>%1, regel %2, kolom %3: ongeldige JSON: %4.</translation>
    </message>
    <message>
        <source>%1 is a CycloneDX SBOM in XML format; only JSON is supported. Export or convert the SBOM to CycloneDX JSON and import that.</source>
        <translation>%1 is een CycloneDX-SBOM in XML-formaat; alleen JSON wordt ondersteund. Exporteer of converteer de SBOM naar CycloneDX JSON en importeer die.</translation>
    </message>
    <message>
        <source>%1 is an SPDX document in RDF/XML format; only SPDX-2.3 JSON is supported.</source>
        <translation>%1 is een SPDX-document in RDF/XML-formaat; alleen SPDX-2.3 JSON wordt ondersteund.</translation>
    </message>
    <message>
        <source>%1 is an XML file, not a JSON SBOM. Supported: CycloneDX %2 JSON and SPDX-2.3 JSON.</source>
        <translation>%1 is een XML-bestand, geen JSON-SBOM. Ondersteund: CycloneDX %2 JSON en SPDX-2.3 JSON.</translation>
    </message>
    <message>
        <source>%1 is an SPDX document in tag-value format; only SPDX-2.3 JSON is supported.</source>
        <translation>%1 is een SPDX-document in tag-value-formaat; alleen SPDX-2.3 JSON wordt ondersteund.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: not a JSON document (JSON starts with &apos;{&apos;). Supported: CycloneDX %4 JSON and SPDX-2.3 JSON.</source>
        <translation>%1, regel %2, kolom %3: geen JSON-document (JSON begint met &apos;{&apos;). Ondersteund: CycloneDX %4 JSON en SPDX-2.3 JSON.</translation>
    </message>
    <message>
        <source>without a specVersion</source>
        <translation>zonder specVersion</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>van versie %1</translation>
    </message>
    <message>
        <source>%1 is a CycloneDX document %2, which is not supported. Supported CycloneDX versions: %3 (JSON).</source>
        <translation>%1 is een CycloneDX-document %2, dat niet wordt ondersteund. Ondersteunde CycloneDX-versies: %3 (JSON).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list.</source>
        <translation>%1: &quot;%2&quot; is geen lijst.</translation>
    </message>
    <message>
        <source>%1: the component at %2 is not a JSON object.</source>
        <translation>%1: de component op %2 is geen JSON-object.</translation>
    </message>
    <message>
        <source>%1: the component at %2 has no name (and no bom-ref).</source>
        <translation>%1: de component op %2 heeft geen naam (en geen bom-ref).</translation>
    </message>
    <message>
        <source>%1: the component at %2 (bom-ref &quot;%3&quot;) has no name.</source>
        <translation>%1: de component op %2 (bom-ref &quot;%3&quot;) heeft geen naam.</translation>
    </message>
    <message>
        <source>%1 is an SPDX document of version &quot;%2&quot;, which is not supported. Supported: %3 (JSON).</source>
        <translation>%1 is een SPDX-document van versie &quot;%2&quot;; die versie wordt niet ondersteund. Ondersteund: %3 (JSON).</translation>
    </message>
    <message>
        <source>%1: &quot;packages&quot; is not a list.</source>
        <translation>%1: &quot;packages&quot; is geen lijst.</translation>
    </message>
    <message>
        <source>%1: the package at %2 is not a JSON object.</source>
        <translation>%1: het pakket op %2 is geen JSON-object.</translation>
    </message>
    <message>
        <source>%1: the package at %2 has no name (and no SPDXID).</source>
        <translation>%1: het pakket op %2 heeft geen naam (en geen SPDXID).</translation>
    </message>
    <message>
        <source>%1: the package at %2 (SPDXID &quot;%3&quot;) has no name.</source>
        <translation>%1: het pakket op %2 (SPDXID &quot;%3&quot;) heeft geen naam.</translation>
    </message>
    <message>
        <source>The SBOM file %1 does not exist.</source>
        <translation>Het SBOM-bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an SBOM file.</source>
        <translation>%1 is een map, geen SBOM-bestand.</translation>
    </message>
    <message>
        <source>Cannot read the SBOM file %1: %2</source>
        <translation>Het SBOM-bestand %1 kan niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>ServerPolicy</name>
    <message>
        <source>Server-side authorization is for PostgreSQL. An SQLite file has one user, and ChangeDesk&apos;s own checks apply to it.</source>
        <translation>Autorisatie aan de serverkant is er voor PostgreSQL. Een SQLite-bestand heeft één gebruiker, en daarvoor gelden de controles van ChangeDesk zelf.</translation>
    </message>
    <message>
        <source>asking the server for the database name</source>
        <translation>bij het opvragen van de databasenaam bij de server</translation>
    </message>
    <message>
        <source>The database is called &apos;%1&apos;; its roles are named after it, so the name must be at most 40 lower-case letters, digits and underscores.</source>
        <translation>De database heet &apos;%1&apos;; de rollen worden ernaar genoemd, dus de naam mag uit hoogstens 40 kleine letters, cijfers en underscores bestaan.</translation>
    </message>
    <message>
        <source>looking for the server-side authorization</source>
        <translation>bij het zoeken naar de autorisatie aan de serverkant</translation>
    </message>
    <message>
        <source>The password for &apos;%1&apos; is empty.</source>
        <translation>Het wachtwoord voor &apos;%1&apos; is leeg.</translation>
    </message>
    <message>
        <source>There is no person with the login &apos;%1&apos;.</source>
        <translation>Er is geen persoon met de login &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>looking up the login role &apos;%1&apos;</source>
        <translation>bij het opzoeken van de loginrol &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no login role on the server yet: secure the database first (changedeskctl server secure).</source>
        <translation>&apos;%1&apos; heeft nog geen loginrol op de server: beveilig eerst de database (changedeskctl server secure).</translation>
    </message>
    <message>
        <source>setting the password of &apos;%1&apos;</source>
        <translation>bij het instellen van het wachtwoord van &apos;%1&apos;</translation>
    </message>
    <message>
        <source>asking the server who is logged in</source>
        <translation>bij het opvragen bij de server wie is aangemeld</translation>
    </message>
    <message>
        <source>Securing the database makes roles and changes owners: log in as a superuser of the PostgreSQL server (the database administrator) to do it.</source>
        <translation>Het beveiligen van de database maakt rollen aan en wijzigt eigenaars: meld u daarvoor aan als superuser van de PostgreSQL-server (het databasebeheer).</translation>
    </message>
    <message>
        <source>securing the database</source>
        <translation>bij het beveiligen van de database</translation>
    </message>
    <message>
        <source>reading the columns of change_request</source>
        <translation>bij het lezen van de kolommen van change_request</translation>
    </message>
    <message>
        <source>The column change_request.%1 belongs to no field the guards know.</source>
        <translation>De kolom change_request.%1 hoort bij geen veld dat de controles kennen.</translation>
    </message>
    <message>
        <source>The database has no requests for change yet: run changedeskctl init on it first.</source>
        <translation>De database heeft nog geen wijzigingsverzoeken: voer er eerst changedeskctl init op uit.</translation>
    </message>
    <message>
        <source>making the people&apos;s login roles</source>
        <translation>bij het aanmaken van de loginrollen van de personen</translation>
    </message>
    <message>
        <source>counting the transitions the guards check against</source>
        <translation>bij het tellen van de overgangen waartegen de controles toetsen</translation>
    </message>
</context>
<context>
    <name>SoftwareRepository</name>
    <message>
        <source>&apos;%1&apos; does not name a product: give a name, a package URL or a CPE.</source>
        <translation>‘%1’ is geen product: geef een naam, een package-URL of een CPE op.</translation>
    </message>
    <message>
        <source>adding product &apos;%1&apos;</source>
        <translation>toevoegen van product ‘%1’</translation>
    </message>
    <message>
        <source>reading product &apos;%1&apos;</source>
        <translation>lezen van product ‘%1’</translation>
    </message>
    <message>
        <source>Product &apos;%1&apos; vanished while it was being added.</source>
        <translation>Product ‘%1’ is tijdens het toevoegen verdwenen.</translation>
    </message>
    <message>
        <source>looking up product &apos;%1&apos;</source>
        <translation>opzoeken van product ‘%1’</translation>
    </message>
    <message>
        <source>recording %1 %2 on a configuration item</source>
        <translation>vastleggen van %1 %2 op een configuratie-item</translation>
    </message>
    <message>
        <source>reading installed software</source>
        <translation>lezen van de geïnstalleerde software</translation>
    </message>
    <message>
        <source>An applied patch needs a title.</source>
        <translation>Een geïnstalleerde patch heeft een titel nodig.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a patch result; use %2.</source>
        <translation>‘%1’ is geen resultaat van een patch; gebruik %2.</translation>
    </message>
    <message>
        <source>recording patch &apos;%1&apos;</source>
        <translation>vastleggen van patch ‘%1’</translation>
    </message>
    <message>
        <source>reading applied patches</source>
        <translation>lezen van de geïnstalleerde patches</translation>
    </message>
</context>
<context>
    <name>SoftwareReview</name>
    <message>
        <source>not reviewed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>overbodig</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verboden</translation>
    </message>
    <message>
        <source>Say why &apos;%1&apos; is %2: the reason tells the system owners why it has to go.</source>
        <translation>Geef aan waarom ‘%1’ %2 is: de reden laat de systeemeigenaren weten waarom het product moet verdwijnen.</translation>
    </message>
    <message>
        <source>There is no product &apos;%1&apos; in the catalogue (searched by name, alias, package URL and CPE).</source>
        <translation>Er is geen product ‘%1’ in de catalogus (gezocht op naam, alias, package-URL en CPE).</translation>
    </message>
    <message>
        <source>product &apos;%1&apos;</source>
        <translation>product ‘%1’</translation>
    </message>
    <message>
        <source>reading the approval of product %1</source>
        <translation>lezen van de beoordeling van het product met ID %1</translation>
    </message>
    <message>
        <source>There is no product with id %1.</source>
        <translation>Er is geen product met ID %1.</translation>
    </message>
    <message>
        <source>finding software that is not needed</source>
        <translation>zoeken naar overbodige software</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>unknown language &apos;%1&apos;: use %2</source>
        <translation>onbekende taal ‘%1’, beschikbaar zijn: %2</translation>
    </message>
    <message>
        <source>Patch and change management for public-sector IT.</source>
        <translation>Patch- en wijzigingsbeheer voor de ICT van de publieke sector.</translation>
    </message>
    <message>
        <source>Open the database URL (sqlite:PATH or postgresql://USER@HOST:PORT/DB).</source>
        <translation>De database-URL openen (sqlite:PATH of postgresql://USER@HOST:PORT/DB).</translation>
    </message>
    <message>
        <source>Open a freshly seeded sample municipality.</source>
        <translation>Een nieuw aangemaakte voorbeeldgemeente openen.</translation>
    </message>
    <message>
        <source>Start, save a screenshot of the main window to FILE and exit.</source>
        <translation>Starten, een schermafbeelding van het hoofdvenster in FILE opslaan en afsluiten.</translation>
    </message>
    <message>
        <source>Language: en, de or nl.</source>
        <translation>Taal: en, de of nl.</translation>
    </message>
    <message>
        <source>--pane must be a number from 1 to %1</source>
        <translation>--pane moet een getal van 1 tot en met %1 zijn</translation>
    </message>
    <message>
        <source>the screenshot could not be written to %1</source>
        <translation>de schermafbeelding kon niet naar %1 worden geschreven</translation>
    </message>
    <message>
        <source>Pane to show first: 1 CMDB, 2 calendar, 3 requests for change, 4 CAB, 5 package integrity.</source>
        <translation>Paneel dat eerst wordt getoond: 1 CMDB, 2 wijzigingskalender, 3 wijzigingsverzoeken, 4 CAB, 5 pakketintegriteit.</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>The texts are the same.</source>
        <translation>De teksten zijn gelijk.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed</source>
        <translation>
            <numerusform>%n regel gewijzigd</numerusform>
            <numerusform>%n regels gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n regel verwijderd</numerusform>
            <numerusform>%n regels verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n regel toegevoegd</numerusform>
            <numerusform>%n regels toegevoegd</numerusform>
        </translation>
    </message>
    <message>
        <source>(too many differing lines to pair them up)</source>
        <translation>(te veel verschillende regels om ze aan elkaar te koppelen)</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>OpenPGP key</source>
        <translation>OpenPGP-sleutel</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <source>Revocation list (CRL)</source>
        <translation>Intrekkingslijst (CRL)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>%1 is the certificate of &apos;%2&apos;, which is not a CA: pin the CA that issued it (&apos;%3&apos;) instead.</source>
        <translation>%1 is het certificaat van ‘%2’ en geen CA-certificaat: pin in plaats daarvan de CA vast die het heeft uitgegeven (‘%3’).</translation>
    </message>
    <message>
        <source>%1 is neither an OpenPGP public key nor an X.509 CA certificate or CRL.</source>
        <translation>%1 is geen publieke OpenPGP-sleutel, geen X.509-CA-certificaat en geen CRL.</translation>
    </message>
    <message>
        <source>Only a change manager, an administrator or security management keeps the trust store; %1 is none of these.</source>
        <translation>Alleen een wijzigingsbeheerder, een beheerder of beveiligingsmanagement houdt de vertrouwensopslag bij; %1 heeft geen van deze rollen.</translation>
    </message>
    <message>
        <source>nobody acting</source>
        <translation>de handelende persoon (niet opgegeven)</translation>
    </message>
    <message>
        <source>reading the trust store</source>
        <translation>lezen van de vertrouwensopslag</translation>
    </message>
    <message>
        <source>The fingerprint you compared (%1) is not that of %2 (%3): do not trust this file.</source>
        <translation>De vergeleken vingerafdruk (%1) is niet die van %2 (%3): vertrouw dit bestand niet.</translation>
    </message>
    <message>
        <source>Say through which channel the fingerprint was compared (for example the vendor&apos;s web page or a telephone call).</source>
        <translation>Geef aan via welk kanaal de vingerafdruk is vergeleken (bijvoorbeeld de website van de leverancier of een telefoongesprek).</translation>
    </message>
    <message>
        <source>The trust store already has a newer revocation list of &apos;%1&apos; (of %2).</source>
        <translation>De vertrouwensopslag bevat al een nieuwere intrekkingslijst van ‘%1’ (van %2).</translation>
    </message>
    <message>
        <source>replacing the revocation list of &apos;%1&apos;</source>
        <translation>vervangen van de intrekkingslijst van ‘%1’</translation>
    </message>
    <message>
        <source>adding %1 to the trust store</source>
        <translation>toevoegen van %1 aan de vertrouwensopslag</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a full fingerprint: compare and type all of it (40 or 64 hex digits).</source>
        <translation>‘%1’ is geen volledige vingerafdruk: vergelijk en typ hem helemaal (40 of 64 hexadecimale cijfers).</translation>
    </message>
    <message>
        <source>No key or certificate with the fingerprint %1 is in the trust store.</source>
        <translation>In de vertrouwensopslag staat geen sleutel of certificaat met de vingerafdruk %1.</translation>
    </message>
    <message>
        <source>A revocation list is not pinned: its CA is.</source>
        <translation>Een intrekkingslijst wordt niet vastgepind, de CA ervan wel.</translation>
    </message>
    <message>
        <source>pinning %1</source>
        <translation>vastpinnen van %1</translation>
    </message>
    <message>
        <source>removing %1 from the trust store</source>
        <translation>verwijderen van %1 uit de vertrouwensopslag</translation>
    </message>
</context>
<context>
    <name>VerificationLog</name>
    <message>
        <source>recording the verification of %1</source>
        <translation>vastleggen van de verificatie van %1</translation>
    </message>
    <message>
        <source>reading the verification records</source>
        <translation>lezen van de vastgelegde verificaties</translation>
    </message>
</context>
<context>
    <name>VerificationView</name>
    <message>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <source>Weak evidence</source>
        <translation>Zwak bewijs</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Niet geverifieerd</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Checksum compared</source>
        <translation>Vergeleken controlesom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>CMS (X.509)</source>
        <translation>CMS (X.509)</translation>
    </message>
    <message>
        <source>OpenPGP</source>
        <translation>OpenPGP</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Signing subkey</source>
        <translation>Ondertekenende subsleutel</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Digest of the signature</source>
        <translation>Hashalgoritme van de handtekening</translation>
    </message>
    <message>
        <source>Key when signing</source>
        <translation>Sleutel bij ondertekening</translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Sleutel verloopt</translation>
    </message>
    <message>
        <source>All signatures</source>
        <translation>Alle handtekeningen</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Hulpprogramma’s</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>verification %1, by %2 on %3</source>
        <translation>verificatie %1, door %2 op %3</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>ChangeDesk %1</source>
        <translation>ChangeDesk %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (gebouwd met %2)</translation>
    </message>
    <message>
        <source>QCA %1, providers: %2</source>
        <translation>QCA %1, providers: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>KF6 Syntax Highlighting %1</source>
        <translation>KF6 Syntax Highlighting %1</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>SQL drivers: %1</source>
        <translation>SQL-stuurprogramma’s: %1</translation>
    </message>
</context>
<context>
    <name>WindowRules</name>
    <message>
        <source>The maintenance window</source>
        <translation>Het onderhoudsvenster</translation>
    </message>
    <message>
        <source>Maintenance window &apos;%1&apos;</source>
        <translation>Onderhoudsvenster ‘%1’</translation>
    </message>
    <message>
        <source>A maintenance window needs a name.</source>
        <translation>Een onderhoudsvenster heeft een naam nodig.</translation>
    </message>
    <message>
        <source>%1 belongs to a CI or to a group, not to both.</source>
        <translation>%1 hoort bij een CI of bij een groep, niet bij beide.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time zone (use an IANA name such as Europe/Berlin).</source>
        <translation>%1: ‘%2’ is geen tijdzone (gebruik een IANA-naam zoals Europe/Berlin).</translation>
    </message>
    <message>
        <source>%1 needs the date of its first occurrence.</source>
        <translation>%1 heeft de datum nodig waarop het voor het eerst plaatsvindt.</translation>
    </message>
    <message>
        <source>%1 ends (%2) before it begins (%3).</source>
        <translation>%1 eindigt (%2) voordat het begint (%3).</translation>
    </message>
    <message>
        <source>%1 needs a start and an end time.</source>
        <translation>%1 heeft een begin- en een eindtijd nodig.</translation>
    </message>
    <message>
        <source>%1: the interval must be from 1 to 52, not %2.</source>
        <translation>%1: het interval moet van 1 tot en met 52 zijn, niet %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not a day of the week (1 Monday to 7 Sunday, each once).</source>
        <translation>%1: %2 is geen dag van de week (1 maandag tot en met 7 zondag, elk maar één keer).</translation>
    </message>
    <message>
        <source>%1 repeats monthly: give either a day of the month or a week of the month with a weekday.</source>
        <translation>%1 herhaalt zich maandelijks: geef óf een dag van de maand óf een week van de maand met een dag van de week op.</translation>
    </message>
    <message>
        <source>%1: the day of the month must be from 1 to 31, or -1 for the last day, not %2.</source>
        <translation>%1: de dag van de maand moet van 1 tot en met 31 zijn, of -1 voor de laatste dag, niet %2.</translation>
    </message>
    <message>
        <source>%1: the week of the month must be from 1 to 5, or -1 for the last, not %2.</source>
        <translation>%1: de week van de maand moet van 1 tot en met 5 zijn, of -1 voor de laatste, niet %2.</translation>
    </message>
    <message>
        <source>%1: a monthly window by week of the month needs exactly one weekday.</source>
        <translation>%1: een maandelijks venster op basis van de week van de maand heeft precies één dag van de week nodig.</translation>
    </message>
    <message>
        <source>%1: a monthly window on a day of the month has no weekdays.</source>
        <translation>%1: een maandelijks venster op een dag van de maand heeft geen dagen van de week.</translation>
    </message>
    <message>
        <source>%1: a day or week of the month belongs to monthly windows only.</source>
        <translation>%1: een dag of week van de maand hoort alleen bij maandelijkse vensters.</translation>
    </message>
    <message>
        <source>%1: a daily window has no weekdays; make it weekly to choose days.</source>
        <translation>%1: een dagelijks venster heeft geen dagen van de week; maak het wekelijks om dagen te kiezen.</translation>
    </message>
    <message>
        <source>A freeze period needs a name.</source>
        <translation>Een wijzigingsstop heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Freeze period &apos;%1&apos; needs a start and an end.</source>
        <translation>Wijzigingsstop ‘%1’ heeft een begin en een einde nodig.</translation>
    </message>
    <message>
        <source>Freeze period &apos;%1&apos; must end after it starts.</source>
        <translation>Wijzigingsstop ‘%1’ moet na het begin eindigen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the week (use mo, tu, we, th, fr, sa, su).</source>
        <translation>‘%1’ is geen dag van de week (gebruik mo, tu, we, th, fr, sa, su).</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Elke dag</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Om de %n dag</numerusform>
            <numerusform>Om de %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation>Elke week op %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>Om de %n week op %1</numerusform>
            <numerusform>Om de %n weken op %1</numerusform>
        </translation>
    </message>
    <message>
        <source>on the last day</source>
        <translation>op de laatste dag</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>op de %1e</translation>
    </message>
    <message>
        <source>on the first %1</source>
        <translation>op de eerste %1</translation>
    </message>
    <message>
        <source>on the second %1</source>
        <translation>op de tweede %1</translation>
    </message>
    <message>
        <source>on the third %1</source>
        <translation>op de derde %1</translation>
    </message>
    <message>
        <source>on the fourth %1</source>
        <translation>op de vierde %1</translation>
    </message>
    <message>
        <source>on the fifth %1</source>
        <translation>op de vijfde %1</translation>
    </message>
    <message>
        <source>on the last %1</source>
        <translation>op de laatste %1</translation>
    </message>
    <message>
        <source>Every month %1</source>
        <translation>Elke maand %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months %1</source>
        <translation>
            <numerusform>Om de %n maand %1</numerusform>
            <numerusform>Om de %n maanden %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4)</source>
        <translation>%1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot en met %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
</context>
<context>
    <name>WorkflowDefinition</name>
    <message>
        <source>line %1, column %2</source>
        <translation>regel %1, kolom %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; ontbreekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of texts</source>
        <translation>&apos;%1&apos; moet een lijst van teksten zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; moet true of false zijn</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (known: %2)</source>
        <translation>onbekende sleutel &apos;%1&apos; (bekend: %2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>regel 1</translation>
    </message>
    <message>
        <source>a workflow definition is a JSON object</source>
        <translation>een workflowdefinitie is een JSON-object</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>het document</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;%1&quot;</source>
        <translation>&apos;format&apos; moet &quot;%1&quot; zijn</translation>
    </message>
    <message>
        <source>&apos;version&apos; %1 is not supported (this ChangeDesk reads version %2)</source>
        <translation>&apos;version&apos; %1 wordt niet ondersteund (deze ChangeDesk leest versie %2)</translation>
    </message>
    <message>
        <source>&apos;name&apos; is missing</source>
        <translation>&apos;name&apos; ontbreekt</translation>
    </message>
    <message>
        <source>&apos;states&apos; must be a list</source>
        <translation>&apos;states&apos; moet een lijst zijn</translation>
    </message>
    <message>
        <source>states[%1]</source>
        <translation>states[%1]</translation>
    </message>
    <message>
        <source>a state is an object with an &apos;id&apos;</source>
        <translation>een status is een object met een &apos;id&apos;</translation>
    </message>
    <message>
        <source>&apos;transitions&apos; must be a list</source>
        <translation>&apos;transitions&apos; moet een lijst zijn</translation>
    </message>
    <message>
        <source>transitions[%1]</source>
        <translation>transitions[%1]</translation>
    </message>
    <message>
        <source>a transition is an object with &apos;action&apos;, &apos;from&apos;, &apos;to&apos; and &apos;roles&apos;</source>
        <translation>een overgang is een object met &apos;action&apos;, &apos;from&apos;, &apos;to&apos; en &apos;roles&apos;</translation>
    </message>
    <message>
        <source>transitions[%1] (&apos;%2&apos;)</source>
        <translation>transitions[%1] (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>&apos;to&apos; must name a state</source>
        <translation>&apos;to&apos; moet een status noemen</translation>
    </message>
    <message>
        <source>&apos;when&apos; must be an object of fields and their values</source>
        <translation>&apos;when&apos; moet een object van velden en hun waarden zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid state id (lower-case letters, digits and &apos;_&apos;, starting with a letter)</source>
        <translation>&apos;%1&apos; is geen geldige status-id (kleine letters, cijfers en &apos;_&apos;, beginnend met een letter)</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; is declared twice</source>
        <translation>de status &apos;%1&apos; is twee keer opgegeven</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; cannot be both initial and final</source>
        <translation>de status &apos;%1&apos; kan niet tegelijk begin- en eindstatus zijn</translation>
    </message>
    <message>
        <source>no state is marked initial; exactly one must be</source>
        <translation>geen status is als beginstatus gemarkeerd; precies één moet dat zijn</translation>
    </message>
    <message>
        <source>%1 states are marked initial (%2); exactly one must be</source>
        <translation>%1 statussen zijn als beginstatus gemarkeerd (%2); precies één mag dat zijn</translation>
    </message>
    <message>
        <source>no state is marked final; a change must be able to end</source>
        <translation>geen status is als eindstatus gemarkeerd; een wijziging moet kunnen eindigen</translation>
    </message>
    <message>
        <source>&apos;action&apos; must be an id (lower-case letters, digits and &apos;_&apos;, starting with a letter)</source>
        <translation>&apos;action&apos; moet een id zijn (kleine letters, cijfers en &apos;_&apos;, beginnend met een letter)</translation>
    </message>
    <message>
        <source>&apos;from&apos; names no state</source>
        <translation>&apos;from&apos; noemt geen status</translation>
    </message>
    <message>
        <source>&apos;from&apos; names the state &apos;%1&apos;, which is not declared</source>
        <translation>&apos;from&apos; noemt de status &apos;%1&apos;, die niet is opgegeven</translation>
    </message>
    <message>
        <source>&apos;from&apos; names the final state &apos;%1&apos;; nothing leaves a final state</source>
        <translation>&apos;from&apos; noemt de eindstatus &apos;%1&apos;; uit een eindstatus leidt geen overgang</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; has two transitions named &apos;%2&apos;</source>
        <translation>de status &apos;%1&apos; heeft twee overgangen met de naam &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;to&apos; names the state &apos;%1&apos;, which is not declared</source>
        <translation>&apos;to&apos; noemt de status &apos;%1&apos;, die niet is opgegeven</translation>
    </message>
    <message>
        <source>&apos;roles&apos; names nobody; at least one role must be allowed</source>
        <translation>&apos;roles&apos; noemt niemand; minstens één rol moet bevoegd zijn</translation>
    </message>
    <message>
        <source>&apos;roles&apos; names &apos;%1&apos;, which is not a role (roles: %2)</source>
        <translation>&apos;roles&apos; noemt &apos;%1&apos;, dat geen rol is (rollen: %2)</translation>
    </message>
    <message>
        <source>&apos;requires&apos; names &apos;%1&apos;, which is not a field of a change</source>
        <translation>&apos;requires&apos; noemt &apos;%1&apos;, dat geen veld van een wijziging is</translation>
    </message>
    <message>
        <source>&apos;when&apos; names &apos;%1&apos;; a transition can depend on %2</source>
        <translation>&apos;when&apos; noemt &apos;%1&apos;; een overgang kan afhangen van %2</translation>
    </message>
    <message>
        <source>&apos;when&apos; gives &apos;%1&apos; no value</source>
        <translation>&apos;when&apos; geeft &apos;%1&apos; geen waarde</translation>
    </message>
    <message>
        <source>&apos;when&apos; gives &apos;%1&apos; the value &apos;%2&apos; (values: %3)</source>
        <translation>&apos;when&apos; geeft &apos;%1&apos; de waarde &apos;%2&apos; (waarden: %3)</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; cannot be reached from &apos;%2&apos;</source>
        <translation>de status &apos;%1&apos; is vanuit &apos;%2&apos; niet bereikbaar</translation>
    </message>
    <message>
        <source>no transition leaves the state &apos;%1&apos;, which is not final</source>
        <translation>geen overgang leidt uit de status &apos;%1&apos;, die geen eindstatus is</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not possible: nothing follows the state &apos;%2&apos;.</source>
        <translation>‘%1’ is niet mogelijk: na de status ‘%2’ volgt niets meer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not possible in the state &apos;%2&apos; (possible: %3).</source>
        <translation>‘%1’ is in de status ‘%2’ niet mogelijk (mogelijk: %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs the role %2; you do not have it.</source>
        <translation>‘%1’ vereist de rol %2; die hebt u niet.</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between role names</comment>
        <translation> of </translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 to be %3; it is not set.</source>
        <translation>‘%1’ vereist voor %2 de waarde %3; die is niet ingevuld.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 to be %3; it is &apos;%4&apos;.</source>
        <translation>‘%1’ vereist voor %2 de waarde %3; die is ‘%4’.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs these fields filled in first: %2.</source>
        <translation>‘%1’ vereist eerst deze velden: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be done by someone other than the applicant (four-eyes principle).</source>
        <translation>‘%1’ moet door iemand anders dan de aanvrager worden gedaan (vier-ogenprincipe).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; waits: security management objects to the priority or category. The change manager resolves the objection, or management decides.</source>
        <translation>‘%1’ wacht: het beveiligingsmanagement maakt bezwaar tegen de prioriteit of categorie. De wijzigingsbeheerder lost het bezwaar op, of het management beslist.</translation>
    </message>
    <message>
        <source>&apos;stamps&apos; names &apos;%1&apos;; a transition can stamp %2</source>
        <translation>‘stamps’ noemt ‘%1’; een overgang kan %2 vastleggen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs the role %2, and an applicant may take it only on their own request; this one is somebody else&apos;s.</source>
        <translation>‘%1’ vereist de rol %2, en een aanvrager mag dit alleen bij het eigen verzoek doen; dit verzoek is van iemand anders.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; waits for the packages attached to this request to be verified: %2.</source>
        <translation>‘%1’ wacht tot de pakketten die aan dit verzoek zijn gekoppeld, zijn geverifieerd: %2.</translation>
    </message>
</context>
<context>
    <name>WorkflowStore</name>
    <message>
        <source>reading the workflow definition</source>
        <translation>bij het lezen van de workflowdefinitie</translation>
    </message>
    <message>
        <source>reading the workflow definitions</source>
        <translation>bij het lezen van de workflowdefinities</translation>
    </message>
    <message>
        <source>The workflow definition &apos;%1&apos; (installed %2)</source>
        <translation>De workflowdefinitie ‘%1’ (in werking gesteld %2)</translation>
    </message>
    <message>
        <source>Only an administrator may install a workflow definition; %1 is not one.</source>
        <translation>Alleen een beheerder mag een workflowdefinitie in werking stellen; %1 is dat niet.</translation>
    </message>
    <message>
        <source>reading the states of the requests for change</source>
        <translation>bij het lezen van de toestanden van de wijzigingsverzoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in &apos;%1&apos;</source>
        <translation>
            <numerusform>%n verzoek in ‘%1’</numerusform>
            <numerusform>%n verzoeken in ‘%1’</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not have every state that requests for change are in: %2. Keep those states (they may be left by new transitions) or finish the requests first.</source>
        <translation>%1 heeft niet elke toestand waarin wijzigingsverzoeken zich bevinden: %2. Behoud die toestanden (nieuwe overgangen mogen eruit leiden) of rond de verzoeken eerst af.</translation>
    </message>
    <message>
        <source>installing the workflow definition &apos;%1&apos;</source>
        <translation>bij het in werking stellen van de workflowdefinitie ‘%1’</translation>
    </message>
</context>
</TS>
