<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditCheckpointFile</name>
    <message>
        <source>The checkpoint cannot be written to %1: %2</source>
        <translation>Der Kontrollpunkt kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no checkpoint file %1.</source>
        <translation>Es gibt keine Kontrollpunktdatei %1.</translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be read: %2</source>
        <translation>Die Kontrollpunktdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid audit checkpoint: %2</source>
        <translation>%1 ist kein gültiger Kontrollpunkt des Prüfprotokolls: %2</translation>
    </message>
    <message>
        <source>it is larger than 1 MiB</source>
        <translation>die Datei ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>die Datei ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>its &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>ihr Feld &quot;format&quot; ist nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>it has no &quot;payload&quot; or no &quot;signature&quot;</source>
        <translation>der Datei fehlt &quot;payload&quot; oder &quot;signature&quot;</translation>
    </message>
    <message>
        <source>its payload is not JSON (%1 at byte %2)</source>
        <translation>ihr Inhalt (payload) ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>its payload lacks a valid &quot;seq&quot;, &quot;hash&quot; or &quot;database_id&quot;</source>
        <translation>ihrem Inhalt (payload) fehlt ein gültiges &quot;seq&quot;, &quot;hash&quot; oder &quot;database_id&quot;</translation>
    </message>
    <message>
        <source>The signature of the checkpoint %1 does not match its contents: the file was changed after key %2 signed it.</source>
        <translation>Die Signatur des Kontrollpunkts %1 passt nicht zu seinem Inhalt: Die Datei wurde geändert, nachdem Schlüssel %2 sie signiert hat.</translation>
    </message>
    <message>
        <source>The checkpoint %1 was signed by key %2, which is not in the keyring: import that public key if you trust it.</source>
        <translation>Der Kontrollpunkt %1 wurde mit Schlüssel %2 signiert, der nicht im Schlüsselbund ist: Importieren Sie diesen öffentlichen Schlüssel, wenn Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The checkpoint %1 names key %2 as its signer but was signed by key %3 (%4).</source>
        <translation>Der Kontrollpunkt %1 nennt Schlüssel %2 als Unterzeichner, wurde aber mit Schlüssel %3 (%4) signiert.</translation>
    </message>
    <message>
        <source>The checkpoint %1 was signed by key %2 (%3), not by the key %4 you gave.</source>
        <translation>Der Kontrollpunkt %1 wurde mit Schlüssel %2 (%3) signiert, nicht mit dem angegebenen Schlüssel %4.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit event needs an action (what was done).</source>
        <translation>Ein Ereignis des Prüfprotokolls braucht eine Aktion (was getan wurde).</translation>
    </message>
    <message>
        <source>The audit event &apos;%1&apos; is not valid: its action, object type and actor may have at most %2 characters each.</source>
        <translation>Das Ereignis „%1“ ist ungültig: Aktion, Objekttyp und Akteur dürfen je höchstens %2 Zeichen haben.</translation>
    </message>
    <message>
        <source>appending to the audit trail</source>
        <translation>Anhängen an das Prüfprotokoll</translation>
    </message>
    <message>
        <source>The database returned no audit event after appending one.</source>
        <translation>Die Datenbank hat nach dem Anhängen kein Ereignis zurückgegeben.</translation>
    </message>
    <message>
        <source>reading the head of the audit trail</source>
        <translation>Lesen des Stands des Prüfprotokolls</translation>
    </message>
    <message>
        <source>The audit trail of %1 has no head (the table audit_head is empty): it was damaged.</source>
        <translation>Das Prüfprotokoll von %1 hat keinen Stand (die Tabelle audit_head ist leer): Es wurde beschädigt.</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OpenPGP key fingerprint: give its 40 hexadecimal digits or its long key ID of 16.</source>
        <translation>„%1“ ist kein Fingerabdruck eines OpenPGP-Schlüssels: Geben Sie seine 40 Hexadezimalziffern oder seine lange Schlüssel-ID aus 16 an.</translation>
    </message>
    <message>
        <source>The checkpoint %1 is of another database (%2, identity %3); this database&apos;s identity is %4.</source>
        <translation>Der Kontrollpunkt %1 gehört zu einer anderen Datenbank (%2, Kennung %3); die Kennung dieser Datenbank ist %4.</translation>
    </message>
    <message>
        <source>verifying the audit trail</source>
        <translation>Prüfen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Event 1 is missing: the audit trail starts at event %1.</source>
        <translation>Ereignis 1 fehlt: Das Prüfprotokoll beginnt mit Ereignis %1.</translation>
    </message>
    <message>
        <source>Event %1 is missing: after event %2 comes event %3.</source>
        <translation>Ereignis %1 fehlt: Auf Ereignis %2 folgt Ereignis %3.</translation>
    </message>
    <message>
        <source>Event %1 does not match its hash: its contents or its hash were changed after it was written (stored %2, computed %3).</source>
        <translation>Ereignis %1 passt nicht zu seinem Hash: Inhalt oder Hash wurden nach dem Schreiben geändert (gespeichert %2, berechnet %3).</translation>
    </message>
    <message>
        <source>At event %1 the chain has the hash %2, but the signed checkpoint has %3: the trail up to that event was rewritten.</source>
        <translation>Bei Ereignis %1 hat die Kette den Hash %2, der signierte Kontrollpunkt aber %3: Das Protokoll bis zu diesem Ereignis wurde neu geschrieben.</translation>
    </message>
    <message>
        <source>Event %1 has the time %2, which has more than millisecond precision: it was changed after it was written.</source>
        <translation>Ereignis %1 hat die Zeit %2, die genauer als Millisekunden ist: Es wurde nach dem Schreiben geändert.</translation>
    </message>
    <message>
        <source>Event %1 is missing: the audit trail ends at event %2, but its head records %3 events, so events were cut off the end.</source>
        <translation>Ereignis %1 fehlt: Das Prüfprotokoll endet mit Ereignis %2, sein Stand verzeichnet aber %3 Ereignisse; am Ende wurden Ereignisse abgeschnitten.</translation>
    </message>
    <message>
        <source>Event %1 was not appended through the audit log: its head records only %2 events, but the chain goes on to event %3.</source>
        <translation>Ereignis %1 wurde nicht über das Prüfprotokoll angehängt: Sein Stand verzeichnet nur %2 Ereignisse, die Kette reicht aber bis Ereignis %3.</translation>
    </message>
    <message>
        <source>The head of the audit trail records the hash %1 for event %2, but the chain gives %3.</source>
        <translation>Der Stand des Prüfprotokolls verzeichnet für Ereignis %2 den Hash %1, die Kette ergibt aber %3.</translation>
    </message>
    <message>
        <source>Event %1 is missing: the audit trail ends at event %2, but the signed checkpoint holds event %3, so events were cut off the end.</source>
        <translation>Ereignis %1 fehlt: Das Prüfprotokoll endet mit Ereignis %2, der signierte Kontrollpunkt enthält aber Ereignis %3; am Ende wurden Ereignisse abgeschnitten.</translation>
    </message>
    <message>
        <source>The signed checkpoint of the empty trail has the hash %1 instead of %2.</source>
        <translation>Der signierte Kontrollpunkt des leeren Protokolls hat den Hash %1 statt %2.</translation>
    </message>
    <message>
        <source>No checkpoint was written: the audit trail is damaged. %1</source>
        <translation>Es wurde kein Kontrollpunkt geschrieben: Das Prüfprotokoll ist beschädigt. %1</translation>
    </message>
</context>
<context>
    <name>CabCommands</name>
    <message>
        <source>&apos;%1&apos; is not the number of a CAB meeting (see cab list)</source>
        <translation>„%1“ ist nicht die Nummer einer CAB-Sitzung (siehe cab list)</translation>
    </message>
    <message>
        <source>There is no person with the login &apos;%1&apos;.</source>
        <translation>Es gibt keine Person mit der Anmeldung „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of a request for change.</source>
        <translation>„%1“ ist nicht die Nummer eines Änderungsantrags.</translation>
    </message>
    <message>
        <source>RfC %1 is not on the agenda of &apos;%2&apos; (%3).</source>
        <translation>Änderungsantrag %1 steht nicht auf der Tagesordnung von „%2“ (%3).</translation>
    </message>
    <message>
        <source>cab needs a subcommand: %1</source>
        <translation>cab erwartet einen Unterbefehl: %1</translation>
    </message>
    <message>
        <source>unknown cab subcommand &apos;%1&apos;: use %2</source>
        <translation>unbekannter cab-Unterbefehl „%1“: Verwenden Sie %2</translation>
    </message>
    <message>
        <source>cab list takes no arguments</source>
        <translation>cab list nimmt keine Argumente</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3  %4, %n item(s)</source>
        <translation>
            <numerusform>%1  %2  %3  %4, %n Punkt</numerusform>
            <numerusform>%1  %2  %3  %4, %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>No CAB meetings.</source>
        <translation>Keine CAB-Sitzungen.</translation>
    </message>
    <message>
        <source>cab create needs the meeting&apos;s title</source>
        <translation>cab create braucht den Titel der Sitzung</translation>
    </message>
    <message>
        <source>cab create needs --at, the date and time of the meeting</source>
        <translation>cab create braucht --at, Datum und Uhrzeit der Sitzung</translation>
    </message>
    <message>
        <source>--quorum &apos;%1&apos; is not a number</source>
        <translation>--quorum „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Created CAB meeting %1 &apos;%2&apos; on %3.</source>
        <translation>CAB-Sitzung %1 „%2“ am %3 angelegt.</translation>
    </message>
    <message>
        <source>cab agenda needs the number of one meeting</source>
        <translation>cab agenda braucht die Nummer einer Sitzung</translation>
    </message>
    <message>
        <source>cab agenda takes one of --build, --add, --remove and --move at a time</source>
        <translation>cab agenda nimmt jeweils nur eine der Optionen --build, --add, --remove und --move</translation>
    </message>
    <message>
        <source>--add &apos;%1&apos; is not the number of a request</source>
        <translation>--add „%1“ ist nicht die Nummer eines Antrags</translation>
    </message>
    <message>
        <source>--move needs RFC:POSITION, e.g. 42:1</source>
        <translation>--move braucht ANTRAG:POSITION, z. B. 42:1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the pre-read package with %n sheet(s) to %1.</source>
        <translation>
            <numerusform>Die Sitzungsunterlagen mit %n Blatt wurden nach %1 geschrieben.</numerusform>
            <numerusform>Die Sitzungsunterlagen mit %n Blättern wurden nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>cab present needs the meeting and the logins of one or more members</source>
        <translation>cab present braucht die Sitzung und die Anmeldungen eines oder mehrerer Mitglieder</translation>
    </message>
    <message>
        <source>%1 of %2 voting members present (quorum %3).</source>
        <translation>%1 von %2 stimmberechtigten Mitgliedern anwesend (Beschlussfähigkeit ab %3).</translation>
    </message>
    <message>
        <source>cab vote needs the meeting, the request and approve, reject or abstain</source>
        <translation>cab vote braucht die Sitzung, den Antrag und approve, reject oder abstain</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a vote: use approve, reject or abstain</source>
        <translation>„%1“ ist keine Stimme: verwenden Sie approve, reject oder abstain</translation>
    </message>
    <message>
        <source>Vote recorded on RfC %1: %2 for approval, %3 for rejection, %4 abstaining.</source>
        <translation>Stimme zu Änderungsantrag %1 erfasst: %2 für Genehmigung, %3 für Ablehnung, %4 Enthaltungen.</translation>
    </message>
    <message>
        <source>cab decide needs the meeting, the request and one of: %1</source>
        <translation>cab decide braucht die Sitzung, den Antrag und eines von: %1</translation>
    </message>
    <message>
        <source>RfC %1: %2; the request is now &apos;%3&apos;.</source>
        <translation>Änderungsantrag %1: %2; der Antrag ist jetzt „%3“.</translation>
    </message>
    <message>
        <source>cab close needs the number of one meeting</source>
        <translation>cab close braucht die Nummer einer Sitzung</translation>
    </message>
    <message>
        <source>Closed CAB meeting %1 &apos;%2&apos;.</source>
        <translation>CAB-Sitzung %1 „%2“ abgeschlossen.</translation>
    </message>
    <message>
        <source>cab minutes needs the number of one meeting</source>
        <translation>cab minutes braucht die Nummer einer Sitzung</translation>
    </message>
    <message>
        <source>Wrote the minutes of &apos;%1&apos; to %2.</source>
        <translation>Das Protokoll von „%1“ wurde nach %2 geschrieben.</translation>
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
  cab list               die Sitzungen, die neueste zuerst
  cab create TITLE --at DATETIME [--end DATETIME] [--location TEXT] --chair LOGIN
                         --members LOGIN,... [--guests LOGIN,...] [--quorum N] [--as USER]
  cab agenda MEETING [--build | --add RFC | --remove RFC | --move RFC:POSITION]
                         [--pdf FILE] [--as USER]
                         die Tagesordnung mit einem Blatt je Antrag; --build nimmt die Anträge
                         auf, die auf das CAB warten; --pdf schreibt die Sitzungsunterlagen
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
        <translation>Punkt %1: Änderungsantrag #%2 %3</translation>
    </message>
    <message>
        <source>%1 for approval, %2 for rejection, %3 abstaining</source>
        <translation>%1 für Genehmigung, %2 für Ablehnung, %3 Enthaltungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pre-read: %1</source>
        <translation>Sitzungsunterlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Members: %1. Quorum: %n voting member(s).</source>
        <translation>
            <numerusform>Mitglieder: %1. Beschlussfähig ab %n stimmberechtigtem Mitglied.</numerusform>
            <numerusform>Mitglieder: %1. Beschlussfähig ab %n stimmberechtigten Mitgliedern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Die Tagesordnung ist leer.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Request for change</source>
        <translation>Änderungsantrag</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Type, category, priority</source>
        <translation>Art, Kategorie, Priorität</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>nicht eingestuft</translation>
    </message>
    <message>
        <source>What is changed</source>
        <translation>Was geändert wird</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Impact and risk</source>
        <translation>Auswirkungen und Risiko</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>Expected downtime: %n minute(s)</source>
        <translation>
            <numerusform>Erwartete Ausfallzeit: %n Minute</numerusform>
            <numerusform>Erwartete Ausfallzeit: %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The systems are restarted.</source>
        <translation>Die Systeme werden neu gestartet.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>%1 (%2, protection need %3)</source>
        <translation>%1 (%2, Schutzbedarf %3)</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <source>Affected configuration items</source>
        <translation>Betroffene Konfigurationselemente</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine genannt</translation>
    </message>
    <message>
        <source>Implementers</source>
        <translation>Umsetzende</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Recommendation of the change manager</source>
        <translation>Empfehlung des Change-Managers</translation>
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
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Fallback plan</source>
        <translation>Rückfalllösung</translation>
    </message>
    <message>
        <source>When to fall back</source>
        <translation>Wann zurückgefallen wird</translation>
    </message>
    <message>
        <source>%1 should be &apos;%2&apos;: %3 (%4)</source>
        <translation>%1 sollte „%2“ sein: %3 (%4)</translation>
    </message>
    <message>
        <source>Objections of security management</source>
        <translation>Einwände des Sicherheitsmanagements</translation>
    </message>
    <message>
        <source>Prepared on %1 by ChangeDesk.</source>
        <translation>Erstellt am %1 mit ChangeDesk.</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Draft: the meeting is not closed yet.</source>
        <translation>Entwurf: Die Sitzung ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>niemand erfasst</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Beschlussfähigkeit</translation>
    </message>
    <message>
        <source>reached: %1 of %2 voting members needed</source>
        <translation>gegeben: %1 der %2 nötigen stimmberechtigten Mitglieder</translation>
    </message>
    <message>
        <source>not reached: %1 of %2 voting members needed</source>
        <translation>nicht gegeben: %1 der %2 nötigen stimmberechtigten Mitglieder</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Reason and conditions</source>
        <translation>Begründung und Auflagen</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>no votes recorded</source>
        <translation>keine Stimmen erfasst</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The agenda was empty.</source>
        <translation>Die Tagesordnung war leer.</translation>
    </message>
    <message>
        <source>Generated on %1 by ChangeDesk from the meeting&apos;s record.</source>
        <translation>Am %1 von ChangeDesk aus den Aufzeichnungen der Sitzung erstellt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1. RfC #%2 %3 [%4, %5]</source>
        <translation>%1. Änderungsantrag #%2 %3 [%4, %5]</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Anwesend: %1</translation>
    </message>
    <message>
        <source>Quorum reached: %1 of %2</source>
        <translation>Beschlussfähig: %1 von %2</translation>
    </message>
    <message>
        <source>Quorum not reached: %1 of %2</source>
        <translation>Nicht beschlussfähig: %1 von %2</translation>
    </message>
    <message>
        <source>  Decision: %1</source>
        <translation>  Entscheidung: %1</translation>
    </message>
    <message>
        <source>  Recommendation: %1</source>
        <translation>  Empfehlung: %1</translation>
    </message>
    <message>
        <source>  Reason and conditions: %1</source>
        <translation>  Begründung und Auflagen: %1</translation>
    </message>
    <message>
        <source>  Votes: %1</source>
        <translation>  Stimmen: %1</translation>
    </message>
</context>
<context>
    <name>CabService</name>
    <message>
        <source>CAB meeting %1</source>
        <translation>CAB-Sitzung %1</translation>
    </message>
    <message>
        <source>nobody acting</source>
        <translation>niemand handelnd</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>vertagt</translation>
    </message>
    <message>
        <source>more information needed</source>
        <translation>weitere Informationen nötig</translation>
    </message>
    <message>
        <source>escalated to management</source>
        <translation>an die Leitung eskaliert</translation>
    </message>
    <message>
        <source>for approval</source>
        <translation>für Genehmigung</translation>
    </message>
    <message>
        <source>for rejection</source>
        <translation>für Ablehnung</translation>
    </message>
    <message>
        <source>abstains</source>
        <translation>enthält sich</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>There is no CAB meeting %1.</source>
        <translation>Es gibt keine CAB-Sitzung %1.</translation>
    </message>
    <message>
        <source>reading the members of %1</source>
        <translation>Lesen der Mitglieder von %1</translation>
    </message>
    <message>
        <source>reading the agenda of %1</source>
        <translation>Lesen der Tagesordnung von %1</translation>
    </message>
    <message>
        <source>reading the votes of %1</source>
        <translation>Lesen der Stimmen von %1</translation>
    </message>
    <message>
        <source>reading the CAB meetings</source>
        <translation>Lesen der CAB-Sitzungen</translation>
    </message>
    <message>
        <source>A CAB meeting needs a title.</source>
        <translation>Eine CAB-Sitzung braucht einen Titel.</translation>
    </message>
    <message>
        <source>The CAB meeting &apos;%1&apos; needs a date and time.</source>
        <translation>Die CAB-Sitzung „%1“ braucht Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>The CAB meeting &apos;%1&apos; ends before it starts.</source>
        <translation>Die CAB-Sitzung „%1“ endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Person %1 is named twice among the members of &apos;%2&apos;.</source>
        <translation>Person %1 ist unter den Mitgliedern von „%2“ zweimal genannt.</translation>
    </message>
    <message>
        <source>The CAB meeting &apos;%1&apos; has more than one chair.</source>
        <translation>Die CAB-Sitzung „%1“ hat mehr als einen Vorsitz.</translation>
    </message>
    <message numerus="yes">
        <source>The quorum of &apos;%1&apos; must be between 1 and the %n voting member(s).</source>
        <translation>
            <numerusform>Die Beschlussfähigkeit von „%1“ muss zwischen 1 und dem %n stimmberechtigten Mitglied liegen.</numerusform>
            <numerusform>Die Beschlussfähigkeit von „%1“ muss zwischen 1 und den %n stimmberechtigten Mitgliedern liegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>saving the members of %1</source>
        <translation>Speichern der Mitglieder von %1</translation>
    </message>
    <message>
        <source>adding person %1 to %2</source>
        <translation>Hinzufügen von Person %1 zu %2</translation>
    </message>
    <message>
        <source>ordering the agenda of %1</source>
        <translation>Ordnen der Tagesordnung von %1</translation>
    </message>
    <message>
        <source>Only a change manager or an administrator convenes the CAB; %1 is neither.</source>
        <translation>Nur ein Change-Manager oder ein Administrator beruft das CAB ein; %1 ist keines von beiden.</translation>
    </message>
    <message>
        <source>adding the CAB meeting &apos;%1&apos;</source>
        <translation>Anlegen der CAB-Sitzung „%1“</translation>
    </message>
    <message>
        <source>Only a change manager, an administrator or the chair keeps &apos;%1&apos;; %2 is none of them.</source>
        <translation>Nur ein Change-Manager, ein Administrator oder der Vorsitz führt „%1“; %2 ist nichts davon.</translation>
    </message>
    <message>
        <source>The CAB meeting &apos;%1&apos; is closed; its record no longer changes.</source>
        <translation>Die CAB-Sitzung „%1“ ist abgeschlossen; ihre Aufzeichnungen ändern sich nicht mehr.</translation>
    </message>
    <message>
        <source>Someone saved the CAB meeting &apos;%1&apos; in the meantime; reload it and try again.</source>
        <translation>Jemand hat die CAB-Sitzung „%1“ inzwischen gespeichert; laden Sie sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 has voted in &apos;%2&apos; and stays a member.</source>
        <translation>%1 hat in „%2“ abgestimmt und bleibt Mitglied.</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <source>Only a change manager or an administrator removes a CAB meeting; %1 is neither.</source>
        <translation>Nur ein Change-Manager oder ein Administrator entfernt eine CAB-Sitzung; %1 ist keines von beiden.</translation>
    </message>
    <message>
        <source>The CAB meeting &apos;%1&apos; has recorded decisions; it stays in the record.</source>
        <translation>Die CAB-Sitzung „%1“ hat erfasste Entscheidungen; sie bleibt erhalten.</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>Entfernen von %1</translation>
    </message>
    <message>
        <source>reading the agendas of the planned CAB meetings</source>
        <translation>Lesen der Tagesordnungen der geplanten CAB-Sitzungen</translation>
    </message>
    <message>
        <source>putting RfC %1 on the agenda of &apos;%2&apos;</source>
        <translation>Aufnehmen von Änderungsantrag %1 in die Tagesordnung von „%2“</translation>
    </message>
    <message>
        <source>RfC %1 is on the agenda of &apos;%2&apos; already.</source>
        <translation>Änderungsantrag %1 steht bereits auf der Tagesordnung von „%2“.</translation>
    </message>
    <message>
        <source>RfC %1 does not await the CAB: it is in the state &apos;%2&apos;.</source>
        <translation>Änderungsantrag %1 wartet nicht auf das CAB: Er ist im Status „%2“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no agenda item %2.</source>
        <translation>„%1“ hat keinen Tagesordnungspunkt %2.</translation>
    </message>
    <message>
        <source>RfC %1 has votes or a decision in &apos;%2&apos;; it stays on the agenda.</source>
        <translation>Änderungsantrag %1 hat Stimmen oder eine Entscheidung in „%2“; er bleibt auf der Tagesordnung.</translation>
    </message>
    <message>
        <source>taking RfC %1 off the agenda</source>
        <translation>Streichen von Änderungsantrag %1 von der Tagesordnung</translation>
    </message>
    <message>
        <source>Person %1 is not a member of &apos;%2&apos;.</source>
        <translation>Person %1 ist kein Mitglied von „%2“.</translation>
    </message>
    <message>
        <source>recording who is present at &apos;%1&apos;</source>
        <translation>Erfassen der Anwesenheit bei „%1“</translation>
    </message>
    <message>
        <source>RfC %1 is decided (%2); the vote is over.</source>
        <translation>Über Änderungsantrag %1 ist entschieden (%2); die Abstimmung ist vorbei.</translation>
    </message>
    <message>
        <source>Person %1 has no vote in &apos;%2&apos;.</source>
        <translation>Person %1 hat in „%2“ kein Stimmrecht.</translation>
    </message>
    <message>
        <source>%1 is not recorded as present at &apos;%2&apos; and cannot vote.</source>
        <translation>%1 ist bei „%2“ nicht als anwesend erfasst und kann nicht abstimmen.</translation>
    </message>
    <message>
        <source>recording the vote of %1</source>
        <translation>Erfassen der Stimme von %1</translation>
    </message>
    <message>
        <source>Choose a decision for RfC %1.</source>
        <translation>Wählen Sie eine Entscheidung für Änderungsantrag %1.</translation>
    </message>
    <message>
        <source>RfC %1 is decided already (%2).</source>
        <translation>Über Änderungsantrag %1 ist bereits entschieden (%2).</translation>
    </message>
    <message>
        <source>The board is not quorate: %1 of %2 voting members needed are present. Without a quorum it may defer, ask for more information or escalate.</source>
        <translation>Das CAB ist nicht beschlussfähig: %1 der %2 nötigen stimmberechtigten Mitglieder sind anwesend. Ohne Beschlussfähigkeit kann es vertagen, weitere Informationen verlangen oder eskalieren.</translation>
    </message>
    <message>
        <source>The decision &apos;%1&apos; on RfC %2 needs a note saying why or what is missing.</source>
        <translation>Die Entscheidung „%1“ zu Änderungsantrag %2 braucht eine Notiz, warum oder was fehlt.</translation>
    </message>
    <message>
        <source>RfC %1 is in the state &apos;%2&apos;, from which the workflow has no transition for the board to %3 it.</source>
        <translation>Änderungsantrag %1 ist im Status „%2“, aus dem der Workflow keinen Übergang hat, mit dem das CAB ihn %3 könnte.</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>genehmigen</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>%1 by the CAB in &apos;%2&apos;</source>
        <translation>%1 vom CAB in „%2“</translation>
    </message>
    <message>
        <source>recording the decision on RfC %1</source>
        <translation>Erfassen der Entscheidung zu Änderungsantrag %1</translation>
    </message>
    <message>
        <source>closing %1</source>
        <translation>Abschließen von %1</translation>
    </message>
    <message>
        <source>reading the people</source>
        <translation>Lesen der Personen</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>%1 &apos;%2&apos; is not a date (2026-12-01) or a date and time (2026-12-01T22:00, UTC unless a zone is given).</source>
        <translation>%1 „%2“ ist weder ein Datum (2026-12-01) noch ein Datum mit Uhrzeit (2026-12-01T22:00, UTC, sofern keine Zeitzone angegeben ist).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of a request for change.</source>
        <translation>„%1“ ist nicht die Nummer eines Änderungsantrags.</translation>
    </message>
    <message>
        <source>--to must be after --from.</source>
        <translation>--to muss nach --from liegen.</translation>
    </message>
    <message>
        <source>calendar needs a subcommand: %1</source>
        <translation>calendar erwartet einen Unterbefehl: %1</translation>
    </message>
    <message>
        <source>unknown calendar subcommand &apos;%1&apos;: use %2</source>
        <translation>unbekannter calendar-Unterbefehl „%1“: Verwenden Sie %2</translation>
    </message>
    <message>
        <source>calendar conflicts takes no arguments besides its options</source>
        <translation>calendar conflicts erwartet außer seinen Optionen keine Argumente</translation>
    </message>
    <message numerus="yes">
        <source>No conflicts among %n scheduled item(s).</source>
        <translation>
            <numerusform>Keine Konflikte: %n geplanter Eintrag geprüft.</numerusform>
            <numerusform>Keine Konflikte: %n geplante Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), %1 blocking.</source>
        <translation>
            <numerusform>%n Konflikt, davon %1 blockierend.</numerusform>
            <numerusform>%n Konflikte, davon %1 blockierend.</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar next-slot needs the number of one request for change</source>
        <translation>calendar next-slot erwartet die Nummer eines einzelnen Änderungsantrags</translation>
    </message>
    <message>
        <source>--duration &apos;%1&apos; is not a number of minutes from 1 to 44640.</source>
        <translation>--duration „%1“ ist keine Anzahl Minuten von 1 bis 44640.</translation>
    </message>
    <message numerus="yes">
        <source>There is no free slot of %n minute(s) for request #%1 within a year: its configuration items&apos; maintenance windows are too short or always taken.</source>
        <translation>
            <numerusform>Für Antrag #%1 gibt es innerhalb eines Jahres keinen freien Termin von %n Minute: Die Wartungsfenster seiner Konfigurationselemente sind zu kurz oder immer belegt.</numerusform>
            <numerusform>Für Antrag #%1 gibt es innerhalb eines Jahres keinen freien Termin von %n Minuten: Die Wartungsfenster seiner Konfigurationselemente sind zu kurz oder immer belegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request #%1: next free slot %2 to %3.</source>
        <translation>Antrag #%1: nächster freier Termin %2 bis %3.</translation>
    </message>
    <message>
        <source>give either a request or --from and --to, not both</source>
        <translation>geben Sie entweder einen Antrag oder --from und --to an, nicht beides</translation>
    </message>
    <message>
        <source>calendar ics needs the file to write</source>
        <translation>calendar ics erwartet die Zieldatei</translation>
    </message>
    <message>
        <source>--rfc needs the number of a request for change</source>
        <translation>--rfc erwartet die Nummer eines Änderungsantrags</translation>
    </message>
    <message>
        <source>ChangeDesk: forward schedule of changes</source>
        <translation>ChangeDesk: Zeitplan der anstehenden Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Termin nach %1 geschrieben.</numerusform>
            <numerusform>%n Termine nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar notice takes at most the number of one request for change</source>
        <translation>calendar notice erwartet höchstens die Nummer eines einzelnen Änderungsantrags</translation>
    </message>
    <message>
        <source>Nothing is scheduled then.</source>
        <translation>In diesem Zeitraum ist nichts geplant.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n notice(s) to %1.</source>
        <translation>
            <numerusform>%n Ankündigung nach %1 geschrieben.</numerusform>
            <numerusform>%n Ankündigungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar window needs list, add or remove</source>
        <translation>calendar window erwartet list, add oder remove</translation>
    </message>
    <message>
        <source>calendar window list takes no arguments</source>
        <translation>calendar window list erwartet keine Argumente</translation>
    </message>
    <message>
        <source>No maintenance windows.</source>
        <translation>Keine Wartungsfenster.</translation>
    </message>
    <message>
        <source>calendar window remove needs the id of one window</source>
        <translation>calendar window remove erwartet die ID eines einzelnen Wartungsfensters</translation>
    </message>
    <message>
        <source>Removed maintenance window %1 &apos;%2&apos;.</source>
        <translation>Wartungsfenster %1 „%2“ entfernt.</translation>
    </message>
    <message>
        <source>There is no maintenance window %1.</source>
        <translation>Es gibt kein Wartungsfenster %1.</translation>
    </message>
    <message>
        <source>calendar window add needs the window&apos;s name</source>
        <translation>calendar window add erwartet den Namen des Wartungsfensters</translation>
    </message>
    <message>
        <source>a window belongs to --ci or to --group, not to both</source>
        <translation>ein Wartungsfenster gehört zu --ci oder zu --group, nicht zu beiden</translation>
    </message>
    <message>
        <source>--ci: there is no configuration item named &apos;%1&apos;</source>
        <translation>--ci: Es gibt kein Konfigurationselement mit dem Namen „%1“</translation>
    </message>
    <message>
        <source>--group: there is no group named &apos;%1&apos;</source>
        <translation>--group: Es gibt keine Gruppe mit dem Namen „%1“</translation>
    </message>
    <message>
        <source>--frequency &apos;%1&apos; is not daily, weekly or monthly</source>
        <translation>--frequency „%1“ ist weder daily noch weekly noch monthly</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number</source>
        <translation>--%1 „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>calendar window add needs --start and --end (HH:MM, local time of --zone)</source>
        <translation>calendar window add erwartet --start und --end (HH:MM, Ortszeit von --zone)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time (HH:MM)</source>
        <translation>--%1 „%2“ ist keine Uhrzeit (HH:MM)</translation>
    </message>
    <message>
        <source>--from &apos;%1&apos; is not a date (2026-12-01)</source>
        <translation>--from „%1“ ist kein Datum (2026-12-01)</translation>
    </message>
    <message>
        <source>--until &apos;%1&apos; is not a date (2026-12-31)</source>
        <translation>--until „%1“ ist kein Datum (2026-12-31)</translation>
    </message>
    <message>
        <source>Added maintenance window %1 &apos;%2&apos;: %3.</source>
        <translation>Wartungsfenster %1 „%2“ angelegt: %3.</translation>
    </message>
    <message>
        <source>calendar freeze needs list, add or remove</source>
        <translation>calendar freeze erwartet list, add oder remove</translation>
    </message>
    <message>
        <source>calendar freeze list takes no arguments</source>
        <translation>calendar freeze list erwartet keine Argumente</translation>
    </message>
    <message>
        <source>No freeze periods.</source>
        <translation>Keine Änderungssperren.</translation>
    </message>
    <message>
        <source>calendar freeze remove needs the id of one freeze period</source>
        <translation>calendar freeze remove erwartet die ID einer einzelnen Änderungssperre</translation>
    </message>
    <message>
        <source>Removed freeze period %1 &apos;%2&apos;.</source>
        <translation>Änderungssperre %1 „%2“ entfernt.</translation>
    </message>
    <message>
        <source>There is no freeze period %1.</source>
        <translation>Es gibt keine Änderungssperre %1.</translation>
    </message>
    <message>
        <source>calendar freeze add needs the freeze period&apos;s name</source>
        <translation>calendar freeze add erwartet den Namen der Änderungssperre</translation>
    </message>
    <message>
        <source>calendar freeze add needs --from and --to</source>
        <translation>calendar freeze add erwartet --from und --to</translation>
    </message>
    <message>
        <source>Added freeze period %1 &apos;%2&apos; from %3 to %4.</source>
        <translation>Änderungssperre %1 „%2“ von %3 bis %4 angelegt.</translation>
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
        <translation>Änderungskalender:
  calendar conflicts [--from DATE] [--to DATE] [--rfc ID]
                         Konflikte der geplanten Änderungen mit ihren Gründen
  calendar next-slot RFC [--after DATE] [--duration MINUTES]
                         der nächste Zeitpunkt, der alle Regeln einhält
  calendar ics FILE [--rfc ID | --from DATE --to DATE]
                         iCalendar-Export einer Änderung oder des Zeitplans der
                         anstehenden Änderungen
  calendar notice [RFC] [--from DATE --to DATE] [--pdf FILE]
                         Ankündigung der Ausfallzeit: Dienste, Fachbereiche, Ansprechpersonen
  calendar window list | add NAME --start HH:MM --end HH:MM [--zone IANA]
                         [--frequency daily|weekly|monthly] [--interval N] [--days mo,tu,...]
                         [--month-day N | --week N] [--from DATE] [--until DATE]
                         [--ci NAME | --group NAME] [--as USER] | remove ID [--as USER]
  calendar freeze list | add NAME --from DATE --to DATE [--group NAME] [--reason TEXT]
                         [--as USER] | remove ID [--as USER]
  Datumsangaben nach ISO 8601: 2026-12-01 (Mitternacht UTC) oder 2026-12-01T22:00 (UTC,
  sofern keine Zeitzone angegeben ist).
</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>maintenance window &apos;%1&apos;</source>
        <translation>Wartungsfenster „%1“</translation>
    </message>
    <message>
        <source>freeze period &apos;%1&apos;</source>
        <translation>Änderungssperre „%1“</translation>
    </message>
    <message>
        <source>Only a change manager or an administrator keeps the maintenance windows and freeze periods; %1 is neither.</source>
        <translation>Wartungsfenster und Änderungssperren pflegen nur Change-Managerinnen und Change-Manager sowie Administratorinnen und Administratoren; %1 gehört nicht dazu.</translation>
    </message>
    <message>
        <source>nobody acting</source>
        <translation>eine Person ohne Anmeldung</translation>
    </message>
    <message>
        <source>reading the maintenance windows</source>
        <translation>Lesen der Wartungsfenster</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>Anlegen von %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>The %1 was removed in the meantime.</source>
        <translation>%1 wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>reading the freeze periods</source>
        <translation>Lesen der Änderungssperren</translation>
    </message>
    <message>
        <source>reading the scheduled changes</source>
        <translation>Lesen der geplanten Änderungen</translation>
    </message>
    <message>
        <source>reading the CIs of the scheduled changes</source>
        <translation>Lesen der CIs der geplanten Änderungen</translation>
    </message>
    <message>
        <source>reading the groups of the scheduled changes</source>
        <translation>Lesen der Gruppen der geplanten Änderungen</translation>
    </message>
    <message>
        <source>reading the implementers of the scheduled changes</source>
        <translation>Lesen der umsetzenden Personen der geplanten Änderungen</translation>
    </message>
    <message>
        <source>reading the rollout waves of the scheduled changes</source>
        <translation>Lesen der Verteilungswellen der geplanten Änderungen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>reading the CMDB&apos;s relations</source>
        <translation>Lesen der Beziehungen in der CMDB</translation>
    </message>
    <message>
        <source>reading the names of the CIs</source>
        <translation>Lesen der Namen der CIs</translation>
    </message>
    <message>
        <source>reading the names of people</source>
        <translation>Lesen der Namen der Personen</translation>
    </message>
</context>
<context>
    <name>ChangeAgenda</name>
    <message>
        <source>reading the to-do list</source>
        <translation>beim Lesen der Aufgabenliste</translation>
    </message>
    <message>
        <source>looking for overdue evaluations</source>
        <translation>bei der Suche nach überfälligen Bewertungen</translation>
    </message>
    <message>
        <source>The key figures need a period whose end (%1) is not before its start (%2).</source>
        <translation>Die Kennzahlen brauchen einen Zeitraum, dessen Ende (%1) nicht vor seinem Beginn (%2) liegt.</translation>
    </message>
    <message>
        <source>The key figures cover at most 100 years at a time.</source>
        <translation>Die Kennzahlen umfassen höchstens 100 Jahre auf einmal.</translation>
    </message>
    <message>
        <source>computing the key figures</source>
        <translation>beim Berechnen der Kennzahlen</translation>
    </message>
</context>
<context>
    <name>ChangeAnalysis</name>
    <message>
        <source>confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a %2 need for %3.</source>
        <translation>„%1“ hat den Schutzbedarf „%2“ für %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a %2 need for %3, from &apos;%4&apos; that depends on it.</source>
        <translation>„%1“ hat den Schutzbedarf „%2“ für %3, geerbt von „%4“, das davon abhängt.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s) depend on &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n Konfigurationselement hängt von „%1“ ab.</numerusform>
            <numerusform>%n Konfigurationselemente hängen von „%1“ ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>No affected configuration item needs more than normal protection.</source>
        <translation>Kein betroffenes Konfigurationselement hat mehr als normalen Schutzbedarf.</translation>
    </message>
    <message>
        <source>An emergency change has high priority.</source>
        <translation>Eine Notfalländerung hat hohe Priorität.</translation>
    </message>
    <message>
        <source>It is security-relevant and touches a high protection need.</source>
        <translation>Sie ist sicherheitsrelevant und betrifft einen hohen Schutzbedarf.</translation>
    </message>
    <message>
        <source>There is no configuration item with id %1.</source>
        <translation>Es gibt kein Konfigurationselement mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::AboutDialog</name>
    <message>
        <source>About ChangeDesk</source>
        <translation>Über ChangeDesk</translation>
    </message>
    <message>
        <source>Patch and change management for public-sector IT: configuration items, requests for change, the change calendar and the Change Advisory Board, following BSI OPS.1.1.3 and the IBD patch management factsheet.</source>
        <translation>Patch- und Änderungsmanagement für die IT der öffentlichen Verwaltung: Konfigurationselemente (CI), Änderungsanträge, Änderungskalender und Change Advisory Board, nach BSI OPS.1.1.3 und dem Factsheet Patchmanagement der IBD.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message numerus="yes">
        <source>%n syntax definitions available</source>
        <translation>
            <numerusform>%n Syntaxdefinition verfügbar</numerusform>
            <numerusform>%n Syntaxdefinitionen verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Komponenten:</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::AcceptanceDialog</name>
    <message>
        <source>&amp;Accepted: the package passed every test case</source>
        <translation>&amp;Abgenommen: Das Paket hat jeden Testfall bestanden</translation>
    </message>
    <message>
        <source>&amp;Refused, because:</source>
        <translation>Abge&amp;lehnt, weil:</translation>
    </message>
    <message>
        <source>Acceptance of %1</source>
        <translation>Abnahme von %1</translation>
    </message>
    <message>
        <source>e.g. test lab, reference client W11-REF-01</source>
        <translation>z. B. Testlabor, Referenz-Client W11-REF-01</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add a test case</source>
        <translation>Testfall hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Test &amp;environment:</source>
        <translation>Test&amp;umgebung:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Test cases and their results:</source>
        <translation>Testfälle und ihre Ergebnisse:</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::AffectedDialog</name>
    <message>
        <source>Configuration item</source>
        <translation>Konfigurationselement</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Protection need</source>
        <translation>Schutzbedarf</translation>
    </message>
    <message>
        <source>Affected configuration items and groups</source>
        <translation>Betroffene Konfigurationselemente und Gruppen</translation>
    </message>
    <message>
        <source>Type to filter by name, class, site or platform</source>
        <translation>Tippen, um nach Name, Klasse, Standort oder Plattform zu filtern</translation>
    </message>
    <message>
        <source>Dynamic group: %1</source>
        <translation>Dynamische Gruppe: %1</translation>
    </message>
    <message>
        <source>Static group</source>
        <translation>Statische Gruppe</translation>
    </message>
    <message>
        <source>Configuration items</source>
        <translation>Konfigurationselemente</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>The CMDB has no groups yet.</source>
        <translation>Die CMDB hat noch keine Gruppen.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s)</source>
        <translation>
            <numerusform>%n Konfigurationselement</numerusform>
            <numerusform>%n Konfigurationselemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) chosen</source>
        <translation>
            <numerusform>%n Gruppe ausgewählt</numerusform>
            <numerusform>%n Gruppen ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::AttachmentViewer</name>
    <message>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>This file is not text; it is not shown here.</source>
        <translation>Diese Datei ist kein Text; sie wird hier nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 — %2, binary, SHA-256 %3</source>
        <translation>%1 — %2, binär, SHA-256 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n line(s), SHA-256 %3</source>
        <translation>
            <numerusform>%1 — %2, %n Zeile, SHA-256 %3</numerusform>
            <numerusform>%1 — %2, %n Zeilen, SHA-256 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 verglichen mit %2</translation>
    </message>
    <message>
        <source>Only text files are compared line by line; %1 is not text.</source>
        <translation>Nur Textdateien werden zeilenweise verglichen; %1 ist kein Text.</translation>
    </message>
    <message>
        <source>Left: %1 · right: %2 — %3. In the middle: the line numbers and ~ changed, - removed, + added.</source>
        <translation>Links: %1 · rechts: %2 — %3. In der Mitte: die Zeilennummern und ~ geändert, - entfernt, + hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CabMeetingDialog</name>
    <message>
        <source>New CAB meeting</source>
        <translation>Neue CAB-Sitzung</translation>
    </message>
    <message>
        <source>CAB meeting</source>
        <translation>CAB-Sitzung</translation>
    </message>
    <message>
        <source>e.g. Weekly CAB</source>
        <translation>z. B. Wöchentliches CAB</translation>
    </message>
    <message>
        <source>How many voting members (chair and members, not guests) must be present for the board to approve or reject.</source>
        <translation>Wie viele stimmberechtigte Mitglieder (Vorsitz und Mitglieder, keine Gäste) anwesend sein müssen, damit das CAB genehmigen oder ablehnen kann.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role in this meeting</source>
        <translation>Rolle in dieser Sitzung</translation>
    </message>
    <message>
        <source>not in this meeting</source>
        <translation>nicht in dieser Sitzung</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>Beschluss&amp;fähig ab:</translation>
    </message>
    <message>
        <source>Members (the composition may differ from meeting to meeting):</source>
        <translation>Mitglieder (die Besetzung kann von Sitzung zu Sitzung wechseln):</translation>
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
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Open a database to prepare Change Advisory Board meetings.</source>
        <translation>Öffnen Sie eine Datenbank, um Sitzungen des Change Advisory Board vorzubereiten.</translation>
    </message>
    <message>
        <source>Record &amp;vote</source>
        <translation>&amp;Stimme erfassen</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>&amp;Entscheidung erfassen</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Build agenda</source>
        <translation>Tagesordnung erstellen</translation>
    </message>
    <message>
        <source>Adds the requests awaiting the board, by priority, category and planned date</source>
        <translation>Nimmt die Anträge auf, die auf das CAB warten, nach Priorität, Kategorie und geplantem Datum</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Takes the request off the agenda</source>
        <translation>Streicht den Antrag von der Tagesordnung</translation>
    </message>
    <message>
        <source>Save the pre-read package</source>
        <translation>Sitzungsunterlagen speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the pre-read package to %1.</source>
        <translation>Die Sitzungsunterlagen wurden nach %1 gespeichert.</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Saved the minutes to %1.</source>
        <translation>Das Protokoll wurde nach %1 gespeichert.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projizieren</translation>
    </message>
    <message>
        <source>The agenda on the wall screen, one request at a time (F5)</source>
        <translation>Die Tagesordnung auf der Leinwand, ein Antrag nach dem anderen (F5)</translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation>Sitzung abschließen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>RfC</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <source>The board&apos;s recommendation</source>
        <translation>Die Empfehlung des CAB</translation>
    </message>
    <message>
        <source>Reason, conditions or what is missing</source>
        <translation>Begründung, Auflagen oder was fehlt</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Gewählter Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>No CAB meeting yet: create one with &quot;New meeting…&quot;.</source>
        <translation>Noch keine CAB-Sitzung: Legen Sie eine mit „Neue Sitzung…“ an.</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>for approval / for rejection / abstaining</source>
        <translation>für Genehmigung / für Ablehnung / Enthaltungen</translation>
    </message>
    <message>
        <source>quorate: %1 of %2 needed present</source>
        <translation>beschlussfähig: %1 der %2 Nötigen anwesend</translation>
    </message>
    <message>
        <source>not quorate: %1 of %2 needed present</source>
        <translation>nicht beschlussfähig: %1 der %2 Nötigen anwesend</translation>
    </message>
    <message>
        <source>%1 — %2 — %3%4</source>
        <translation>%1 — %2 — %3%4</translation>
    </message>
    <message>
        <source> — closed</source>
        <translation> — abgeschlossen</translation>
    </message>
    <message>
        <source>Created the CAB meeting &apos;%1&apos;.</source>
        <translation>Die CAB-Sitzung „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>New CAB meeting</source>
        <translation>Neue CAB-Sitzung</translation>
    </message>
    <message>
        <source>Saved the CAB meeting &apos;%1&apos;.</source>
        <translation>Die CAB-Sitzung „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>CAB meeting</source>
        <translation>CAB-Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) added to the agenda.</source>
        <translation>
            <numerusform>%n Antrag in die Tagesordnung aufgenommen.</numerusform>
            <numerusform>%n Anträge in die Tagesordnung aufgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>RfC #%1 is off the agenda.</source>
        <translation>Änderungsantrag #%1 ist von der Tagesordnung gestrichen.</translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation>%1 ist anwesend.</translation>
    </message>
    <message>
        <source>%1 is absent.</source>
        <translation>%1 ist abwesend.</translation>
    </message>
    <message>
        <source>Recorded the vote of %1 on RfC #%2.</source>
        <translation>Die Stimme von %1 zu Änderungsantrag #%2 wurde erfasst.</translation>
    </message>
    <message>
        <source>RfC #%1: %2.</source>
        <translation>Änderungsantrag #%1: %2.</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Sitzung abschließen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no decision; they come onto the next meeting&apos;s agenda. Close the meeting?</source>
        <translation>
            <numerusform>%n Punkt hat keine Entscheidung; er kommt auf die Tagesordnung der nächsten Sitzung. Sitzung abschließen?</numerusform>
            <numerusform>%n Punkte haben keine Entscheidung; sie kommen auf die Tagesordnung der nächsten Sitzung. Sitzung abschließen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting is closed; its minutes can be written.</source>
        <translation>Die Sitzung ist abgeschlossen; das Protokoll kann erstellt werden.</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Wählen Sie zuerst eine Sitzung.</translation>
    </message>
    <message>
        <source>Moves the request up the agenda (Alt+Up)</source>
        <translation>Schiebt den Antrag in der Tagesordnung nach oben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Moves the request down the agenda (Alt+Down)</source>
        <translation>Schiebt den Antrag in der Tagesordnung nach unten (Alt+Runter)</translation>
    </message>
    <message>
        <source>Pre-read package (PDF)…</source>
        <translation>Sitzungsunterlagen (PDF)…</translation>
    </message>
    <message>
        <source>Minutes (PDF)…</source>
        <translation>Protokoll (PDF)…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>RfC #%1 %2</source>
        <translation>Änderungsantrag #%1 %2</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CalendarPane</name>
    <message>
        <source>Change calendar</source>
        <translation>Änderungskalender</translation>
    </message>
    <message>
        <source>Request #%1 now runs from %2 to %3.</source>
        <translation>Antrag #%1 läuft jetzt von %2 bis %3.</translation>
    </message>
    <message>
        <source>Request #%1 was moved; mind: %2</source>
        <translation>Antrag #%1 wurde verschoben; beachten Sie: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Rows: groups</source>
        <translation>Zeilen: Gruppen</translation>
    </message>
    <message>
        <source>Rows: services</source>
        <translation>Zeilen: Dienste</translation>
    </message>
    <message>
        <source>Rows: configuration items</source>
        <translation>Zeilen: Konfigurationselemente</translation>
    </message>
    <message>
        <source>What the timeline&apos;s rows are</source>
        <translation>Was die Zeilen der Zeitleiste darstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Windows and freezes…</source>
        <translation>Fenster und Sperren…</translation>
    </message>
    <message>
        <source>The maintenance windows and freeze periods of the calendar</source>
        <translation>Die Wartungsfenster und Änderungssperren des Kalenders</translation>
    </message>
    <message>
        <source>Next free slot</source>
        <translation>Nächster freier Termin</translation>
    </message>
    <message>
        <source>Move the selected change to the first time that keeps every rule</source>
        <translation>Die ausgewählte Änderung auf den ersten Zeitpunkt verschieben, der alle Regeln einhält</translation>
    </message>
    <message>
        <source>Downtime notice…</source>
        <translation>Ausfallzeit ankündigen…</translation>
    </message>
    <message>
        <source>The notice of the selected change for the people affected, as PDF</source>
        <translation>Die Ankündigung der ausgewählten Änderung für die Betroffenen, als PDF</translation>
    </message>
    <message>
        <source>Save the downtime notice</source>
        <translation>Ankündigung der Ausfallzeit speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export iCalendar…</source>
        <translation>iCalendar exportieren…</translation>
    </message>
    <message>
        <source>The changes shown, for Outlook or Thunderbird</source>
        <translation>Die angezeigten Änderungen, für Outlook oder Thunderbird</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>Zeitplan exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Green: maintenance windows · red: freeze periods · outline: conflict (red blocking, orange dashed warning) · bar at the left: high priority</source>
        <translation>Grün: Wartungsfenster · Rot: Änderungssperren · Umrandung: Konflikt (rot: blockierend, orange gestrichelt: Warnung) · Balken links: hohe Priorität</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>Open a database to see its change calendar.</source>
        <translation>Öffnen Sie eine Datenbank, um deren Änderungskalender zu sehen.</translation>
    </message>
    <message>
        <source>Without a group</source>
        <translation>Ohne Gruppe</translation>
    </message>
    <message>
        <source>Without a configuration item</source>
        <translation>Ohne Konfigurationselement</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No service affected</source>
        <translation>Kein Dienst betroffen</translation>
    </message>
    <message>
        <source>move request #%1</source>
        <translation>Antrag #%1 verschieben</translation>
    </message>
    <message>
        <source>Nobody is acting: the calendar is shown read-only.</source>
        <translation>Niemand ist angemeldet: Der Kalender wird schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>Select a change first.</source>
        <translation>Wählen Sie zuerst eine Änderung aus.</translation>
    </message>
    <message>
        <source>There is no free slot for request #%1 within a year.</source>
        <translation>Für Antrag #%1 gibt es innerhalb eines Jahres keinen freien Termin.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>ChangeDesk: changes from %1</source>
        <translation>ChangeDesk: Änderungen ab %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>%n Änderung nach %1 exportiert.</numerusform>
            <numerusform>%n Änderungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the downtime notice to %1.</source>
        <translation>Ankündigung der Ausfallzeit unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
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
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Every CI</source>
        <translation>Alle CIs</translation>
    </message>
    <message>
        <source>Maintenance windows and freeze periods</source>
        <translation>Wartungsfenster und Änderungssperren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Freeze periods</source>
        <translation>Änderungssperren</translation>
    </message>
    <message>
        <source>Only a change manager or an administrator changes these; you see them read-only.</source>
        <translation>Ändern können diese Einträge nur Personen mit der Rolle Change-Manager oder Administrator; Sie sehen sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>There is no configuration item named &apos;%1&apos;.</source>
        <translation>Es gibt kein Konfigurationselement mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Added maintenance window &apos;%1&apos;.</source>
        <translation>Wartungsfenster „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Saved maintenance window &apos;%1&apos;.</source>
        <translation>Wartungsfenster „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Removed maintenance window &apos;%1&apos;.</source>
        <translation>Wartungsfenster „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Added freeze period &apos;%1&apos;.</source>
        <translation>Änderungssperre „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Saved freeze period &apos;%1&apos;.</source>
        <translation>Änderungssperre „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Removed freeze period &apos;%1&apos;.</source>
        <translation>Änderungssperre „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ChangeForm</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— nicht gesetzt —</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— nicht beantwortet —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>This change is relevant to information security</source>
        <translation>Diese Änderung ist für die Informationssicherheit relevant</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Sets priority and category to the suggested values</source>
        <translation>Setzt Priorität und Kategorie auf die vorgeschlagenen Werte</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Why priority or category differ from the suggestion</source>
        <translation>Warum Priorität oder Kategorie vom Vorschlag abweichen</translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation>Begründung der Abweichung</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Break point</source>
        <translation>Haltepunkt</translation>
    </message>
    <message>
        <source>Go/no-go criteria</source>
        <translation>Go/No-Go-Kriterien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Local time, %1</source>
        <translation>Ortszeit, %1</translation>
    </message>
    <message>
        <source>Add wave</source>
        <translation>Welle hinzufügen</translation>
    </message>
    <message>
        <source>Remove wave</source>
        <translation>Welle entfernen</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Add test case</source>
        <translation>Testfall hinzufügen</translation>
    </message>
    <message>
        <source>Remove test case</source>
        <translation>Testfall entfernen</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Users satisfied</source>
        <translation>Benutzer zufrieden</translation>
    </message>
    <message>
        <source>Cost and effort as planned</source>
        <translation>Kosten und Aufwand wie geplant</translation>
    </message>
    <message>
        <source>Schedule kept</source>
        <translation>Zeitplan eingehalten</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Post-tests by business users</source>
        <translation>Nachtests durch die Fachabteilung</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>CI %1</source>
        <translation>CI %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>No suggestion: no affected configuration items yet.</source>
        <translation>Kein Vorschlag: noch keine betroffenen Konfigurationselemente.</translation>
    </message>
    <message>
        <source>Priority %1, category %2.</source>
        <translation>Priorität %1, Kategorie %2.</translation>
    </message>
    <message>
        <source>Needed for: %1</source>
        <translation>Benötigt für: %1</translation>
    </message>
    <message>
        <source>The rollout stops here for a go/no-go decision</source>
        <translation>Die Verteilung hält hier für eine Go/No-Go-Entscheidung an</translation>
    </message>
    <message>
        <source>Rollout wave %1: &apos;%2&apos; is not a time like %3.</source>
        <translation>Verteilungswelle %1: „%2“ ist keine Zeitangabe wie %3.</translation>
    </message>
    <message>
        <source>Pilot group</source>
        <translation>Pilotgruppe</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Datei hinzufügen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Compare side by side</source>
        <translation>Nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Select two text files, e.g. a configuration before and after the change</source>
        <translation>Wählen Sie zwei Textdateien, z. B. eine Konfiguration vor und nach der Änderung</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the configuration items and groups this change affects</source>
        <translation>Die Konfigurationselemente und Gruppen auswählen, die diese Änderung betrifft</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Clear: not set</source>
        <translation>Leeren: nicht gesetzt</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>The systems are restarted; the change goes last in its maintenance window</source>
        <translation>Die Systeme werden neu gestartet; die Änderung kommt in ihrem Wartungsfenster zuletzt</translation>
    </message>
    <message>
        <source>Tick the people who carry out the change</source>
        <translation>Kreuzen Sie die Personen an, die die Änderung umsetzen</translation>
    </message>
    <message>
        <source>Blocking:</source>
        <translation>Blockierend:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ChangeTableModel</name>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Überfällig</translation>
    </message>
    <message>
        <source>⚠ Overdue since %1</source>
        <translation>⚠ Überfällig seit %1</translation>
    </message>
    <message>
        <source>Decide objection</source>
        <translation>Einwand entscheiden</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>To do by %1</source>
        <translation>Zu erledigen bis %1</translation>
    </message>
    <message>
        <source>⚑ Objection</source>
        <translation>⚑ Einwand</translation>
    </message>
    <message>
        <source>Security management objects to the priority or category</source>
        <translation>Das Sicherheitsmanagement erhebt Einwand gegen Priorität oder Kategorie</translation>
    </message>
    <message>
        <source>Open to you: %1</source>
        <translation>Für Sie möglich: %1</translation>
    </message>
    <message>
        <source>Security-relevant change</source>
        <translation>Sicherheitsrelevante Änderung</translation>
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
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <source>My to-do</source>
        <translation>Meine Aufgabe</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ChangesPane</name>
    <message>
        <source>Requests for change</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Open a database to see its requests for change.</source>
        <translation>Öffnen Sie eine Datenbank, um deren Änderungsanträge zu sehen.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Type to filter by number, title or applicant</source>
        <translation>Tippen, um nach Nummer, Titel oder Antragsteller zu filtern</translation>
    </message>
    <message>
        <source>My to-dos</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Only the requests on which you can act now; overdue ones first</source>
        <translation>Nur die Anträge, bei denen Sie jetzt handeln können; überfällige zuerst</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <source>Start a request for change as a draft, with you as the applicant</source>
        <translation>Einen Änderungsantrag als Entwurf beginnen, mit Ihnen als Antragsteller</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes in the form</source>
        <translation>Die Änderungen im Formular verwerfen</translation>
    </message>
    <message>
        <source>Object…</source>
        <translation>Einwand…</translation>
    </message>
    <message>
        <source>Object to the priority or category of this request (security management)</source>
        <translation>Einwand gegen Priorität oder Kategorie dieses Antrags erheben (Sicherheitsmanagement)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>You are not known here</source>
        <translation>Sie sind hier nicht bekannt</translation>
    </message>
    <message>
        <source>Requests for change are made and decided by the people recorded in this database. %1 An administrator adds you with your login and your roles.</source>
        <translation>Änderungsanträge werden von den in dieser Datenbank erfassten Personen gestellt und entschieden. %1 Eine Administratorin oder ein Administrator nimmt Sie mit Ihrer Anmeldung und Ihren Rollen auf.</translation>
    </message>
    <message>
        <source>The requests could not be read</source>
        <translation>Die Anträge konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no person with the login &apos;%1&apos;.</source>
        <translation>Es gibt keine Person mit der Anmeldung „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 von %n Antrag</numerusform>
            <numerusform>%1 von %n Anträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Kein Antrag ausgewählt</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Bearbeitet: %1</translation>
    </message>
    <message>
        <source>Objection raised</source>
        <translation>Einwand erhoben</translation>
    </message>
    <message>
        <source>Objection: %1</source>
        <translation>Einwand: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Request #%1 has changes that are not saved. Save them?</source>
        <translation>Antrag #%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>%1 Your changes are still in the form; save again to apply them to the current version.</source>
        <translation>%1 Ihre Änderungen stehen noch im Formular; speichern Sie erneut, um sie auf die aktuelle Version anzuwenden.</translation>
    </message>
    <message>
        <source>Request #%1 saved.</source>
        <translation>Antrag #%1 gespeichert.</translation>
    </message>
    <message>
        <source>No database is open, or you are not known in it.</source>
        <translation>Keine Datenbank geöffnet, oder Sie sind darin nicht bekannt.</translation>
    </message>
    <message>
        <source>The request in the form has unsaved changes.</source>
        <translation>Der Antrag im Formular hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>New request for change</source>
        <translation>Neuer Änderungsantrag</translation>
    </message>
    <message>
        <source>Draft #%1 created. Fill in the form, save, then submit it.</source>
        <translation>Entwurf #%1 angelegt. Füllen Sie das Formular aus, speichern Sie, und reichen Sie ihn dann ein.</translation>
    </message>
    <message>
        <source>%1: to &apos;%2&apos;</source>
        <translation>%1: nach „%2“</translation>
    </message>
    <message>
        <source>Nothing for you to do on this request now.</source>
        <translation>Für Sie gibt es bei diesem Antrag jetzt nichts zu tun.</translation>
    </message>
    <message>
        <source>#%1 %2 (%3 % alike)</source>
        <translation>#%1 %2 (%3 % ähnlich)</translation>
    </message>
    <message>
        <source>Similar Requests</source>
        <translation>Ähnliche Anträge</translation>
    </message>
    <message>
        <source>These open requests look like this one:

%1

If one of them is the same change, do not submit: name it in the problem reference or contact its applicant. Submit anyway?</source>
        <translation>Diese offenen Anträge ähneln diesem:

%1

Wenn einer davon dieselbe Änderung ist, reichen Sie nicht ein: Nennen Sie ihn im Problembezug oder wenden Sie sich an seinen Antragsteller. Trotzdem einreichen?</translation>
    </message>
    <message>
        <source>Why do you take the step &apos;%1&apos; on request #%2?</source>
        <translation>Warum führen Sie den Schritt „%1“ bei Antrag #%2 aus?</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1: request #%2 is now &apos;%3&apos;.</source>
        <translation>%1: Antrag #%2 ist jetzt „%3“.</translation>
    </message>
    <message>
        <source>The objection was refused: %1</source>
        <translation>Der Einwand wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Objection recorded; the request waits for the change manager&apos;s decision.</source>
        <translation>Einwand erfasst; der Antrag wartet auf die Entscheidung des Change-Managers.</translation>
    </message>
    <message>
        <source>⚑ Objection (%1) by %2: %3 should be &apos;%4&apos;. %5</source>
        <translation>⚑ Einwand (%1) von %2: %3 sollte „%4“ sein. %5</translation>
    </message>
    <message>
        <source>Accept objection</source>
        <translation>Einwand annehmen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Escalate to management</source>
        <translation>An die Leitung eskalieren</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>Stattgeben</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zurückweisen</translation>
    </message>
    <message>
        <source>Why do you decide so on the objection?</source>
        <translation>Warum entscheiden Sie so über den Einwand?</translation>
    </message>
    <message>
        <source>The decision was refused: %1</source>
        <translation>Die Entscheidung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Decision recorded: %1.</source>
        <translation>Entscheidung erfasst: %1.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file was not attached: %1</source>
        <translation>Die Datei wurde nicht angehängt: %1</translation>
    </message>
    <message>
        <source>Attached %1 (SHA-256 %2).</source>
        <translation>%1 angehängt (SHA-256 %2).</translation>
    </message>
    <message>
        <source>The attachment was not removed: %1</source>
        <translation>Der Anhang wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>The attachment was removed; the history keeps its name and SHA-256.</source>
        <translation>Der Anhang wurde entfernt; der Verlauf behält seinen Namen und seinen SHA-256.</translation>
    </message>
    <message>
        <source>There is no attachment %1 on this request.</source>
        <translation>Dieser Antrag hat keinen Anhang %1.</translation>
    </message>
    <message>
        <source>Key figures…</source>
        <translation>Kennzahlen …</translation>
    </message>
    <message>
        <source>Success rate, emergency share, rollback rate, lead times and overdue evaluations per month</source>
        <translation>Erfolgsquote, Notfallanteil, Rücksetzquote, Durchlaufzeiten und überfällige Bewertungen je Monat</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren …</translation>
    </message>
    <message>
        <source>Save the request with its waves, tests, attachments and history as a PDF file</source>
        <translation>Den Antrag mit Wellen, Tests, Anhängen und Verlauf als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Export the request as PDF</source>
        <translation>Den Antrag als PDF exportieren</translation>
    </message>
    <message>
        <source>request-%1.pdf</source>
        <translation>antrag-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>%1 angehängt</translation>
    </message>
    <message>
        <source>Removed the attachment %1</source>
        <translation>Anhang %1 entfernt</translation>
    </message>
    <message>
        <source>Select a request to export first.</source>
        <translation>Wählen Sie zuerst einen Antrag zum Exportieren aus.</translation>
    </message>
    <message>
        <source>Print request #%1</source>
        <translation>Antrag #%1 drucken</translation>
    </message>
    <message>
        <source>The workflow definition cannot be used</source>
        <translation>Die Workflow-Definition kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>%1
An administrator installs a corrected definition (changedeskctl workflow install).</source>
        <translation>%1
Ein Administrator setzt eine korrigierte Definition in Kraft (changedeskctl workflow install).</translation>
    </message>
    <message>
        <source>Wave %1: %2</source>
        <translation>Welle %1: %2</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CiDetailView</name>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Konfigurationselement</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Add Relation</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Relation</source>
        <translation>Beziehung entfernen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Recorded from</source>
        <translation>Erfasst aus</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Eingespielt</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>Eingespielt von</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Grundwert</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigener Bedarf</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksamer Bedarf</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Stammt von</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Name of the other configuration item</source>
        <translation>Name des anderen Konfigurationselements</translation>
    </message>
    <message>
        <source>New relation:</source>
        <translation>Neue Beziehung:</translation>
    </message>
    <message>
        <source>Protection requirement by the maximum principle: the highest need of everything that depends on this item, and where it comes from.</source>
        <translation>Schutzbedarf nach dem Maximumprinzip: der höchste Bedarf aller Elemente, die von diesem Element abhängen, und woher er stammt.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
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
        <translation>Historie</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Every field of the configuration item, editable</source>
        <translation>Alle Felder des Konfigurationselements, bearbeitbar</translation>
    </message>
    <message>
        <source>What it runs on, depends on, is connected to; and what relates to it</source>
        <translation>Worauf es läuft, wovon es abhängt, womit es verbunden ist – und was mit ihm in Beziehung steht</translation>
    </message>
    <message>
        <source>Installed software</source>
        <translation>Installierte Software</translation>
    </message>
    <message>
        <source>Patches applied to it, newest first</source>
        <translation>Eingespielte Patches, neueste zuerst</translation>
    </message>
    <message>
        <source>Every recorded change: when, who, which field, old and new value</source>
        <translation>Alle erfassten Änderungen: wann, wer, welches Feld, alter und neuer Wert</translation>
    </message>
    <message>
        <source>What a failure affects, and the protection requirement it inherits</source>
        <translation>Was ein Ausfall betrifft und welchen Schutzbedarf das Element erbt</translation>
    </message>
    <message>
        <source>configuration item %1</source>
        <translation>Konfigurationselement %1</translation>
    </message>
    <message>
        <source>CMDB</source>
        <translation>CMDB</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>dieses Element</translation>
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
        <translation>Kein Konfigurationselement ausgewählt</translation>
    </message>
    <message>
        <source>Select a configuration item in the table to see and edit its details.</source>
        <translation>Wählen Sie in der Tabelle ein Konfigurationselement aus, um seine Details anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>CI, relation, CI: app-01 runs on srv-01</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>Installed Software</source>
        <translation>Installierte Software</translation>
    </message>
    <message>
        <source>Patch History</source>
        <translation>Patch-Historie</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Platform version</source>
        <translation>Plattformversion</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Update source</source>
        <translation>Update-Quelle</translation>
    </message>
    <message>
        <source>Update mode</source>
        <translation>Update-Modus</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Data sent to the vendor</source>
        <translation>An den Hersteller gesendete Daten</translation>
    </message>
    <message>
        <source>Attribute &apos;%1&apos;</source>
        <translation>Attribut „%1“</translation>
    </message>
    <message>
        <source>Responsible (%1)</source>
        <translation>Zuständig (%1)</translation>
    </message>
    <message>
        <source>%1 (incoming)</source>
        <translation>%1 (eingehend)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>related</source>
        <translation>Beziehung angelegt</translation>
    </message>
    <message>
        <source>relation removed</source>
        <translation>Beziehung entfernt</translation>
    </message>
    <message>
        <source>Nothing depends on %1: its failure affects no other configuration item.</source>
        <translation>Nichts hängt von %1 ab: Ein Ausfall betrifft kein anderes Konfigurationselement.</translation>
    </message>
    <message numerus="yes">
        <source>A failure of %1 affects %n configuration item(s).</source>
        <translation>
            <numerusform>Ein Ausfall von %1 betrifft %n Konfigurationselement.</numerusform>
            <numerusform>Ein Ausfall von %1 betrifft %n Konfigurationselemente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency cycle(s) are marked with ↻.</source>
        <translation>
            <numerusform>%n Abhängigkeitszyklus ist mit ↻ markiert.</numerusform>
            <numerusform>%n Abhängigkeitszyklen sind mit ↻ markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 are shown.</source>
        <translation>Nur die ersten %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>its own requirement</source>
        <translation>eigener Schutzbedarf</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>%1

The form now shows the version saved meanwhile with your changes applied again. Check them and save again.</source>
        <translation>%1

Das Formular zeigt jetzt die zwischenzeitlich gespeicherte Version, auf die Ihre Änderungen erneut angewendet wurden. Prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has changes that are not saved. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Enter the name of the other configuration item.</source>
        <translation>Geben Sie den Namen des anderen Konfigurationselements ein.</translation>
    </message>
    <message>
        <source>There is no configuration item named &apos;%1&apos;.</source>
        <translation>Es gibt kein Konfigurationselement mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Relate &apos;%1&apos; %2 &apos;%3&apos;</source>
        <translation>Beziehung „%1“ %2 „%3“ anlegen</translation>
    </message>
    <message>
        <source>Remove relation &apos;%1&apos; %2 &apos;%3&apos;</source>
        <translation>Beziehung „%1“ %2 „%3“ entfernen</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>Inhaber ist</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation>Vergeben…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Grant a person or an organizational unit a rights profile on this item</source>
        <translation>Einer Person oder Organisationseinheit ein Rechteprofil auf diesem Element vergeben</translation>
    </message>
    <message>
        <source>Revoke the selected rights profile</source>
        <translation>Das ausgewählte Rechteprofil entziehen</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Rights profiles: who may do what on it, as a person or through an organizational unit</source>
        <translation>Rechteprofile: wer darauf was tun darf, als Person oder über eine Organisationseinheit</translation>
    </message>
    <message>
        <source>Rights Profiles</source>
        <translation>Rechteprofile</translation>
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
        <translation>Person</translation>
    </message>
    <message>
        <source>organizational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Rights profile &apos;%1&apos;, description</source>
        <translation>Rechteprofil „%1“, Beschreibung</translation>
    </message>
    <message>
        <source>Rights profile &apos;%1&apos;</source>
        <translation>Rechteprofil „%1“</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>vergeben</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>entzogen</translation>
    </message>
    <message>
        <source>Grant Rights Profile</source>
        <translation>Rechteprofil vergeben</translation>
    </message>
    <message>
        <source>Grant &apos;%1&apos; to %2 on &apos;%3&apos;</source>
        <translation>„%1“ für %2 auf „%3“ vergeben</translation>
    </message>
    <message>
        <source>Revoke Rights Profile</source>
        <translation>Rechteprofil entziehen</translation>
    </message>
    <message>
        <source>Revoke &apos;%1&apos; of %2 on &apos;%3&apos;</source>
        <translation>„%1“ von %2 auf „%3“ entziehen</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Organisationseinheit %1</translation>
    </message>
    <message>
        <source>unit %1 (%2)</source>
        <comment>organizational unit: name (code)</comment>
        <translation>Organisationseinheit %1 (%2)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change the holder, profile or description of the selected rights profile</source>
        <translation>Inhaber, Profil oder Beschreibung des ausgewählten Rechteprofils ändern</translation>
    </message>
    <message>
        <source>Change Rights Profile</source>
        <translation>Rechteprofil ändern</translation>
    </message>
    <message>
        <source>Change &apos;%1&apos; of %2 on &apos;%3&apos;</source>
        <translation>„%1“ von %2 auf „%3“ ändern</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CiForm</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Often offline (laptop, phone): tracked until updated</source>
        <translation>Oft offline (Laptop, Smartphone): wird bis zur Aktualisierung nachverfolgt</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>e.g. hardware inventory, crash reports</source>
        <translation>z. B. Hardware-Inventar, Absturzberichte</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>&amp;Lebenszyklus:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>e.g. Windows Server</source>
        <translation>z. B. Windows Server</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Organizational &amp;unit:</source>
        <translation>Organisations&amp;einheit:</translation>
    </message>
    <message>
        <source>Split responsibility, e.g. operating system and services (M2):</source>
        <translation>Aufgeteilte Zuständigkeit, z. B. Betriebssystem und Dienste (M2):</translation>
    </message>
    <message>
        <source>Protection requirement</source>
        <translation>Schutzbedarf</translation>
    </message>
    <message>
        <source>C&amp;onfidentiality:</source>
        <translation>Ver&amp;traulichkeit:</translation>
    </message>
    <message>
        <source>&amp;Integrity:</source>
        <translation>&amp;Integrität:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>Verfügb&amp;arkeit:</translation>
    </message>
    <message>
        <source>Update mechanism (M3)</source>
        <translation>Aktualisierungsmechanismus (M3)</translation>
    </message>
    <message>
        <source>Updates &amp;come from:</source>
        <translation>Update-&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Update-&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Reboot:</source>
        <translation>Neusta&amp;rt:</translation>
    </message>
    <message>
        <source>Data sent to the &amp;vendor:</source>
        <translation>An den &amp;Hersteller gesendete Daten:</translation>
    </message>
    <message>
        <source>Reachability (M14)</source>
        <translation>Erreichbarkeit (M14)</translation>
    </message>
    <message>
        <source>Last &amp;seen:</source>
        <translation>Zuletzt &amp;gesehen:</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Eigene Attribute</translation>
    </message>
    <message>
        <source>Save the changes to this configuration item (Ctrl+S); Undo takes them back</source>
        <translation>Änderungen an diesem Konfigurationselement speichern (Strg+S); „Rückgängig“ nimmt sie wieder zurück</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CiImportDialog</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>&amp;Write the valid records even if others are rejected</source>
        <translation>Gültige Datensätze auch dann &amp;schreiben, wenn andere abgelehnt werden</translation>
    </message>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Prüfen (Probelauf)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>C&amp;ancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Import into the CMDB</source>
        <translation>In die CMDB importieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
    <message>
        <source>CSV file of configuration items or relations, or an SBOM (JSON)</source>
        <translation>CSV-Datei mit Konfigurationselementen oder Beziehungen oder eine SBOM (JSON)</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Anhand des Inhalts erkennen</translation>
    </message>
    <message>
        <source>Configuration items (CSV)</source>
        <translation>Konfigurationselemente (CSV)</translation>
    </message>
    <message>
        <source>Relations (CSV)</source>
        <translation>Beziehungen (CSV)</translation>
    </message>
    <message>
        <source>CycloneDX SBOM (JSON)</source>
        <translation>CycloneDX-SBOM (JSON)</translation>
    </message>
    <message>
        <source>SPDX 2.3 SBOM (JSON)</source>
        <translation>SPDX-2.3-SBOM (JSON)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>Spaltenzu&amp;ordnung:</translation>
    </message>
    <message>
        <source>the configuration item the SBOM names</source>
        <translation>das in der SBOM genannte Konfigurationselement</translation>
    </message>
    <message>
        <source>Configuration &amp;item:</source>
        <translation>&amp;Konfigurationselement:</translation>
    </message>
    <message>
        <source>Describes:</source>
        <translation>Beschreibt:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Choose a file. A dry run shows what the import would do without changing anything.</source>
        <translation>Wählen Sie eine Datei. Ein Probelauf zeigt, was der Import bewirken würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>CSV and SBOM files (*.csv *.txt *.json);;All files (*)</source>
        <translation>CSV- und SBOM-Dateien (*.csv *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, separated by %2; %n column(s).</source>
        <translation>
            <numerusform>Gelesen als %1, Trennzeichen %2; %n Spalte.</numerusform>
            <numerusform>Gelesen als %1, Trennzeichen %2; %n Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n component(s))</source>
        <translation>
            <numerusform>%1 (%2, %n Komponente)</numerusform>
            <numerusform>%1 (%2, %n Komponenten)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing named</source>
        <translation>ohne Namensangabe</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>Package-URL</translation>
    </message>
    <message>
        <source>Cancelling: everything is being rolled back …</source>
        <translation>Wird abgebrochen: Alles wird zurückgesetzt …</translation>
    </message>
    <message>
        <source>Checking the file … %p%</source>
        <translation>Datei wird geprüft … %p%</translation>
    </message>
    <message>
        <source>Importing … %p%</source>
        <translation>Import läuft … %p%</translation>
    </message>
    <message>
        <source>Checking what the import would do …</source>
        <translation>Es wird geprüft, was der Import bewirken würde …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the rejected records, or choose to write the valid ones.</source>
        <translation>Es wurde nichts geschrieben: Korrigieren Sie die abgelehnten Datensätze oder wählen Sie, dass die gültigen geschrieben werden.</translation>
    </message>
    <message>
        <source>This was a dry run: nothing was written.</source>
        <translation>Dies war ein Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>Die Änderungen wurden gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s), as counted above.</source>
        <translation>
            <numerusform>… und %n weiterer Datensatz, wie oben gezählt.</numerusform>
            <numerusform>… und %n weitere Datensätze, wie oben gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import would be refused: correct the rejected records, or choose to write the valid ones.</source>
        <translation>Der Import würde abgelehnt: Korrigieren Sie die abgelehnten Datensätze oder wählen Sie, dass die gültigen geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CiStore</name>
    <message>
        <source>The relation &apos;%1&apos; %2 &apos;%3&apos; no longer exists: someone else removed it.</source>
        <translation>Die Beziehung „%1“ %2 „%3“ existiert nicht mehr: Sie wurde zwischenzeitlich von einer anderen Person entfernt.</translation>
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
        <translation>Schutzbedarf: Vertraulichkeit</translation>
    </message>
    <message>
        <source>Protection requirement: integrity</source>
        <translation>Schutzbedarf: Integrität</translation>
    </message>
    <message>
        <source>Protection requirement: availability</source>
        <translation>Schutzbedarf: Verfügbarkeit</translation>
    </message>
    <message>
        <source>Often offline (laptops, phones): tracked until updated</source>
        <translation>Oft offline (Laptops, Telefone): wird bis zur Aktualisierung nachverfolgt</translation>
    </message>
    <message>
        <source>When the system last reported</source>
        <translation>Wann sich das System zuletzt gemeldet hat</translation>
    </message>
    <message>
        <source>Custom attribute &apos;%1&apos;</source>
        <translation>Benutzerdefiniertes Attribut „%1“</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>C</source>
        <extracomment>Column header, short for the confidentiality protection requirement</extracomment>
        <translation>Vt</translation>
    </message>
    <message>
        <source>I</source>
        <extracomment>Column header, short for the integrity protection requirement</extracomment>
        <translation>I</translation>
    </message>
    <message>
        <source>A</source>
        <extracomment>Column header, short for the availability protection requirement</extracomment>
        <translation>Vf</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Update source</source>
        <translation>Update-Quelle</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CmdbPane</name>
    <message>
        <source>Organizational units</source>
        <translation>Organisationseinheiten</translation>
    </message>
    <message>
        <source>Filter people by name, login, unit, e-mail…</source>
        <translation>Personen nach Name, Anmeldename, Einheit, E-Mail filtern…</translation>
    </message>
    <message>
        <source>CMDB</source>
        <translation>CMDB</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people shown</source>
        <translation>
            <numerusform>%n von %1 Personen angezeigt</numerusform>
            <numerusform>%n von %1 Personen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>New Configuration Item</source>
        <translation>Neues Konfigurationselement</translation>
    </message>
    <message>
        <source>Unique name, e.g. the host name</source>
        <translation>Eindeutiger Name, zum Beispiel der Hostname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Zum Filtern tippen</translation>
    </message>
    <message>
        <source>Shows the configuration items whose visible columns contain every word typed</source>
        <translation>Zeigt die Konfigurationselemente, deren sichtbare Spalten jedes eingegebene Wort enthalten</translation>
    </message>
    <message>
        <source>Group expression (Enter applies)</source>
        <translation>Gruppenausdruck (mit Eingabetaste anwenden)</translation>
    </message>
    <message>
        <source>A condition over the configuration items, e.g.
availability &gt;= high and site = &quot;Stadhuis&quot; and class in (server, vm)
Fields: %1</source>
        <translation>Eine Bedingung für die Konfigurationselemente, zum Beispiel
availability &gt;= high and site = &quot;Stadhuis&quot; and class in (server, vm)
Felder: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Saved Filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Add a configuration item</source>
        <translation>Konfigurationselement anlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected configuration item (can be undone)</source>
        <translation>Das ausgewählte Konfigurationselement löschen (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n configuration item(s)</source>
        <translation>
            <numerusform>%1 von %n Konfigurationselement</numerusform>
            <numerusform>%1 von %n Konfigurationselementen</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Delete Configuration Item</source>
        <translation>Konfigurationselement löschen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>expression: %1</source>
        <translation>Ausdruck: %1</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>Noch keine gespeicherten Filter</translation>
    </message>
    <message>
        <source>Save Current Filter…</source>
        <translation>Aktuellen Filter speichern…</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Name des Filters:</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>Gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import configuration items or relations from CSV, or a CI&apos;s software from an SBOM</source>
        <translation>Konfigurationselemente oder Beziehungen aus CSV importieren, oder die Software eines Konfigurationselements aus einer SBOM</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the configuration items that match the expression as CSV</source>
        <translation>Die Konfigurationselemente, auf die der Ausdruck zutrifft, als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Configuration Items</source>
        <translation>Konfigurationselemente exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n configuration item(s) to %1.</source>
        <translation>
            <numerusform>%n Konfigurationselement nach %1 exportiert.</numerusform>
            <numerusform>%n Konfigurationselemente nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration items</source>
        <translation>Konfigurationselemente</translation>
    </message>
    <message>
        <source>People and organizational units</source>
        <translation>Personen und Organisationseinheiten</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;?

What is recorded about it goes with it: relations: %2, installed software: %3, applied patches: %4, rights profiles: %5. Undo brings everything back.</source>
        <translation>„%1“ löschen?

Was dazu erfasst ist, wird mit gelöscht: Beziehungen: %2, installierte Software: %3, eingespielte Patches: %4, Rechteprofile: %5. Mit „Rückgängig“ lässt sich alles wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ConfirmKeyDialog</name>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Pinnen</translation>
    </message>
    <message>
        <source>Add to the trust store</source>
        <translation>Zum Vertrauensspeicher hinzufügen</translation>
    </message>
    <message>
        <source>Pin a key</source>
        <translation>Schlüssel pinnen</translation>
    </message>
    <message>
        <source>A key file cannot vouch for itself. Compare the fingerprint below with the one the publisher gives through another channel — their web page over HTTPS, a signed letter, a telephone call — before you pin it.</source>
        <translation>Eine Schlüsseldatei kann sich nicht selbst beglaubigen. Vergleichen Sie den Fingerabdruck unten mit dem, den der Herausgeber über einen anderen Kanal angibt – seine Website über HTTPS, ein unterschriebener Brief, ein Telefonanruf –, bevor Sie den Schlüssel pinnen.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1, does not expire</source>
        <translation>ab %1, läuft nicht ab</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>This key has been revoked by its owner.</source>
        <translation>Dieser Schlüssel wurde von seinem Inhaber widerrufen.</translation>
    </message>
    <message>
        <source>Paste or type the fingerprint from the second channel</source>
        <translation>Fingerabdruck aus dem zweiten Kanal einfügen oder eintippen</translation>
    </message>
    <message>
        <source>e.g. vendor&apos;s web page over HTTPS, telephone call with their PSIRT</source>
        <translation>z. B. Website des Herstellers über HTTPS, Telefonat mit dessen PSIRT</translation>
    </message>
    <message>
        <source>&amp;Fingerprint as published:</source>
        <translation>&amp;Veröffentlichter Fingerabdruck:</translation>
    </message>
    <message>
        <source>Compared &amp;through:</source>
        <translation>Verglichen &amp;über:</translation>
    </message>
    <message>
        <source>Add &amp;without pinning</source>
        <translation>&amp;Ohne Pinnen hinzufügen</translation>
    </message>
    <message>
        <source>Not compared yet.</source>
        <translation>Noch nicht verglichen.</translation>
    </message>
    <message>
        <source>✔ The fingerprints are the same.</source>
        <translation>✔ Die Fingerabdrücke stimmen überein.</translation>
    </message>
    <message>
        <source>✖ The fingerprints differ: do not trust this file.</source>
        <translation>✖ Die Fingerabdrücke weichen voneinander ab: Vertrauen Sie dieser Datei nicht.</translation>
    </message>
    <message>
        <source>Pinning needs the same fingerprint from a second channel, and which channel that was.</source>
        <translation>Zum Pinnen sind derselbe Fingerabdruck aus einem zweiten Kanal und die Angabe dieses Kanals nötig.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ConnectionDialog</name>
    <message>
        <source>The file does not exist yet; ChangeDesk will create it.</source>
        <translation>Die Datei existiert noch nicht; ChangeDesk legt sie an.</translation>
    </message>
    <message>
        <source>Connected, but the database was written by a newer ChangeDesk (schema version %1).</source>
        <translation>Verbunden, aber die Datenbank wurde von einer neueren ChangeDesk-Version geschrieben (Schemaversion %1).</translation>
    </message>
    <message>
        <source>Connected. The database is empty; ChangeDesk will set it up.</source>
        <translation>Verbunden. Die Datenbank ist leer; ChangeDesk richtet sie ein.</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>&amp;SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (shared)</source>
        <translation>&amp;PostgreSQL-Server (gemeinsam genutzt)</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>A new file is created and set up when it does not exist.</source>
        <translation>Ist die Datei nicht vorhanden, wird sie neu angelegt und eingerichtet.</translation>
    </message>
    <message>
        <source>require (encrypted)</source>
        <translation>require (verschlüsselt)</translation>
    </message>
    <message>
        <source>verify-full (encrypted, server certificate checked)</source>
        <translation>verify-full (verschlüsselt, Serverzertifikat geprüft)</translation>
    </message>
    <message>
        <source>verify-ca (encrypted, certificate authority checked)</source>
        <translation>verify-ca (verschlüsselt, Zertifizierungsstelle geprüft)</translation>
    </message>
    <message>
        <source>prefer (encrypted when the server offers it)</source>
        <translation>prefer (verschlüsselt, wenn der Server es anbietet)</translation>
    </message>
    <message>
        <source>disable (not encrypted; loopback only)</source>
        <translation>disable (unverschlüsselt; nur Loopback)</translation>
    </message>
    <message>
        <source>empty: use PGPASSWORD, ~/.pgpass or the keychain</source>
        <translation>leer: PGPASSWORD, ~/.pgpass oder Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Zuletzt verwendete Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Enter the database file.</source>
        <translation>Geben Sie die Datenbankdatei an.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server.</source>
        <translation>Geben Sie den PostgreSQL-Server an.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Geben Sie den Namen der Datenbank an.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Choose or Create a Database File</source>
        <translation>Datenbankdatei auswählen oder anlegen</translation>
    </message>
    <message>
        <source>ChangeDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>ChangeDesk-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connected read-only (schema version %1).</source>
        <translation>Schreibgeschützt verbunden (Schemaversion %1).</translation>
    </message>
    <message>
        <source>Connected (schema version %1).</source>
        <translation>Verbunden (Schemaversion %1).</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>P&amp;ort:</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::FreezeEditor</name>
    <message>
        <source>Freeze period &apos;%1&apos;</source>
        <translation>Änderungssperre „%1“</translation>
    </message>
    <message>
        <source>New freeze period</source>
        <translation>Neue Änderungssperre</translation>
    </message>
    <message>
        <source>Every configuration item</source>
        <translation>Alle Konfigurationselemente</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ImpactModel</name>
    <message>
        <source>A relation leads back to &apos;%1&apos;, which is shown elsewhere in this tree: the CIs depend on each other in a cycle.</source>
        <translation>Eine Beziehung führt zurück zu „%1“, das an anderer Stelle in diesem Baum angezeigt wird: Die CIs hängen zyklisch voneinander ab.</translation>
    </message>
    <message>
        <source>The analysed configuration item</source>
        <translation>Das analysierte Konfigurationselement</translation>
    </message>
    <message>
        <source>Dependency path (each depends on the one before): %1</source>
        <translation>Abhängigkeitspfad (jedes Element hängt vom vorherigen ab): %1</translation>
    </message>
    <message>
        <source>analysed</source>
        <translation>analysiert</translation>
    </message>
    <message>
        <source>closes a cycle: depends on %1</source>
        <translation>schließt einen Zyklus: hängt ab von %1</translation>
    </message>
    <message>
        <source>has part %1</source>
        <translation>enthält %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>relation, then the CI it relates to: runs on srv-01</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Konfigurationselement</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Depends how</source>
        <translation>Art der Abhängigkeit</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::IntegrityPane</name>
    <message>
        <source>Verify a file…</source>
        <translation>Datei prüfen…</translation>
    </message>
    <message>
        <source>Checks a package against its published checksum and signature (you can also drop the file onto this pane)</source>
        <translation>Prüft ein Paket anhand seiner veröffentlichten Prüfsumme und Signatur (Sie können die Datei auch auf diesen Bereich ziehen)</translation>
    </message>
    <message>
        <source>Trust store…</source>
        <translation>Vertrauensspeicher…</translation>
    </message>
    <message>
        <source>The keys and CA certificates signatures are checked against</source>
        <translation>Die Schlüssel und CA-Zertifikate, gegen die Signaturen geprüft werden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Every verification is recorded here, newest first. Drop a package file onto this pane to verify it.</source>
        <translation>Hier wird jede Prüfung festgehalten, die neueste zuerst. Ziehen Sie eine Paketdatei auf diesen Bereich, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Package integrity</source>
        <translation>Paketintegrität</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Open a database to verify packages and keep the trust store.</source>
        <translation>Öffnen Sie eine Datenbank, um Pakete zu prüfen und den Vertrauensspeicher zu pflegen.</translation>
    </message>
    <message>
        <source>Add package…</source>
        <translation>Paket hinzufügen…</translation>
    </message>
    <message>
        <source>Takes a package into the software library with the checksums and signature its vendor published</source>
        <translation>Nimmt ein Paket mit den Prüfsummen und der Signatur, die sein Hersteller veröffentlicht hat, in die Softwarebibliothek auf</translation>
    </message>
    <message>
        <source>Verify package</source>
        <translation>Paket prüfen</translation>
    </message>
    <message>
        <source>Checks the selected package&apos;s file as it is now</source>
        <translation>Prüft die Datei des ausgewählten Pakets in ihrem jetzigen Zustand</translation>
    </message>
    <message>
        <source>Acceptance…</source>
        <translation>Abnahme…</translation>
    </message>
    <message>
        <source>Records the tests of the selected package and whether it is accepted</source>
        <translation>Erfasst die Tests des ausgewählten Pakets und ob es abgenommen wird</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Releases the accepted package into the reference checksum register</source>
        <translation>Gibt das abgenommene Paket frei und trägt es in das Referenz-Prüfsummenregister ein</translation>
    </message>
    <message>
        <source>Release statement…</source>
        <translation>Freigabeerklärung…</translation>
    </message>
    <message>
        <source>Save the release statement</source>
        <translation>Freigabeerklärung speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The acceptance record and release statement as PDF</source>
        <translation>Abnahmeprotokoll und Freigabeerklärung als PDF</translation>
    </message>
    <message>
        <source>Attach to request…</source>
        <translation>Einem Antrag zuordnen…</translation>
    </message>
    <message>
        <source>Attach to a request for change</source>
        <translation>Einem Änderungsantrag zuordnen</translation>
    </message>
    <message>
        <source>Number of the request for change:</source>
        <translation>Nummer des Änderungsantrags:</translation>
    </message>
    <message>
        <source>A request cannot start implementation while a package attached to it is unverified or failed</source>
        <translation>Ein Antrag kann nicht mit der Umsetzung beginnen, solange ein ihm zugeordnetes Paket ungeprüft oder fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Check the register and the released files</source>
        <translation>Register und freigegebene Dateien prüfen</translation>
    </message>
    <message>
        <source>Checks the reference checksum register&apos;s chain and hashes every released file again</source>
        <translation>Prüft die Hash-Kette des Referenz-Prüfsummenregisters und berechnet die Hashwerte aller freigegebenen Dateien neu</translation>
    </message>
    <message>
        <source>Export for write-once media…</source>
        <translation>Für einmal beschreibbare Medien exportieren…</translation>
    </message>
    <message>
        <source>Export the checksum register</source>
        <translation>Prüfsummenregister exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Writes the register for write-once media (a backup of the reference checksums)</source>
        <translation>Schreibt das Register für einmal beschreibbare Medien (eine Sicherung der Referenz-Prüfsummen)</translation>
    </message>
    <message>
        <source>Checksum register</source>
        <translation>Prüfsummenregister</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Every package a change installs: verified against its vendor&apos;s evidence, accepted after its tests, released into the checksum register.</source>
        <translation>Jedes Paket, das eine Änderung installiert: anhand der Nachweise seines Herstellers geprüft, nach seinen Tests abgenommen und in das Prüfsummenregister freigegeben.</translation>
    </message>
    <message>
        <source>Software library</source>
        <translation>Softwarebibliothek</translation>
    </message>
    <message>
        <source>Verifications</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 Bytes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bezugsquelle</translation>
    </message>
    <message>
        <source>checksums from %1</source>
        <translation>Prüfsummen: %1</translation>
    </message>
    <message>
        <source>their signature %1</source>
        <translation>deren Signatur: %1</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>in %1, %2 by %3</source>
        <translation>in %1, %2 von %3</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Released for %1 by %2; register entry %3. Restrictions: %4</source>
        <translation>Freigegeben zum %1 von %2; Registereintrag %3. Einschränkungen: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Select a released package first.</source>
        <translation>Wählen Sie zuerst ein freigegebenes Paket aus.</translation>
    </message>
    <message>
        <source>Select a package first.</source>
        <translation>Wählen Sie zuerst ein Paket aus.</translation>
    </message>
    <message>
        <source>%1 is attached to request #%2.</source>
        <translation>%1 ist Antrag #%2 zugeordnet.</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>The checksum register is intact: %n entries, every released file unchanged.</source>
        <translation>
            <numerusform>Das Prüfsummenregister ist unversehrt: %n Eintrag, jede freigegebene Datei unverändert.</numerusform>
            <numerusform>Das Prüfsummenregister ist unversehrt: %n Einträge, alle freigegebenen Dateien unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n register entries to %1.</source>
        <translation>
            <numerusform>%n Registereintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Registereinträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::KpiDialog</name>
    <message>
        <source>Key figures of the change process</source>
        <translation>Kennzahlen des Änderungsprozesses</translation>
    </message>
    <message>
        <source>Success and rollback rates count the requests that were implemented and ended in the month; lead time runs from the request to its successful close.</source>
        <translation>Erfolgs- und Rücksetzquote zählen die Anträge, die umgesetzt wurden und im Monat endeten; die Durchlaufzeit reicht vom Antrag bis zum erfolgreichen Abschluss.</translation>
    </message>
    <message>
        <source>Rates per month (%)</source>
        <translation>Quoten je Monat (%)</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Emergency share</source>
        <translation>Notfallanteil</translation>
    </message>
    <message>
        <source>Rollback rate</source>
        <translation>Rücksetzquote</translation>
    </message>
    <message>
        <source>Requests and evaluations per month</source>
        <translation>Anträge und Bewertungen je Monat</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Evaluations due</source>
        <translation>Bewertungen fällig</translation>
    </message>
    <message>
        <source>Evaluations overdue</source>
        <translation>Bewertungen überfällig</translation>
    </message>
    <message>
        <source>Median lead time to success (days)</source>
        <translation>Mittlere Durchlaufzeit bis zum Erfolg (Tage)</translation>
    </message>
    <message>
        <source>Emergency changes</source>
        <translation>Notfalländerungen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::MainWindow</name>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>ChangeDesk</source>
        <translation>ChangeDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Configure ChangeDesk…</source>
        <translation>ChangeDesk &amp;konfigurieren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ChangeDesk</source>
        <translation>Ü&amp;ber ChangeDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Demo database (discarded on exit)</source>
        <translation>Demodatenbank (wird beim Beenden verworfen)</translation>
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
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>ChangeDesk — demo</source>
        <translation>ChangeDesk — Demo</translation>
    </message>
    <message>
        <source>ChangeDesk — %1</source>
        <translation>ChangeDesk — %1</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>ChangeDesk databases (*.db)</source>
        <translation>ChangeDesk-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>Die Datenbank wurde nach %1 gesichert.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ObjectionDialog</name>
    <message>
        <source>Object to the Classification</source>
        <translation>Einwand gegen die Einstufung</translation>
    </message>
    <message>
        <source>Object to:</source>
        <translation>Einwand gegen:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Vorgeschlagen:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::PackageDialog</name>
    <message>
        <source>Add a package to the software library</source>
        <translation>Paket zur Softwarebibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>The package file as downloaded</source>
        <translation>Die Paketdatei, wie sie heruntergeladen wurde</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>e.g. Microsoft</source>
        <translation>z. B. Microsoft</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>P&amp;rodukt:</translation>
    </message>
    <message>
        <source>e.g. Windows 11</source>
        <translation>z. B. Windows 11</translation>
    </message>
    <message>
        <source>V&amp;ersion:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>e.g. KB5070001 or 3.0.15</source>
        <translation>z. B. KB5070001 oder 3.0.15</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bezugsquelle:</translation>
    </message>
    <message>
        <source>Where it was obtained: URL, vendor portal, medium</source>
        <translation>Woher es bezogen wurde: URL, Herstellerportal, Datenträger</translation>
    </message>
    <message>
        <source>&amp;Checksum file:</source>
        <translation>&amp;Prüfsummendatei:</translation>
    </message>
    <message>
        <source>SHA256SUMS or FILE.sha256 as published</source>
        <translation>SHA256SUMS oder DATEI.sha256, wie veröffentlicht</translation>
    </message>
    <message>
        <source>Checksum file</source>
        <translation>Prüfsummendatei</translation>
    </message>
    <message>
        <source>or SHA-&amp;256:</source>
        <translation>oder SHA-&amp;256:</translation>
    </message>
    <message>
        <source>The published SHA-256, 64 hex digits</source>
        <translation>Der veröffentlichte SHA-256-Wert, 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Checksum file&apos;s signa&amp;ture:</source>
        <translation>Signa&amp;tur der Prüfsummendatei:</translation>
    </message>
    <message>
        <source>SHA256SUMS.asc, if the vendor signs it</source>
        <translation>SHA256SUMS.asc, falls der Hersteller sie signiert</translation>
    </message>
    <message>
        <source>Signature of the checksum file</source>
        <translation>Signatur der Prüfsummendatei</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>OpenPGP (.asc, .sig) or CMS (.p7s)</source>
        <translation>OpenPGP (.asc, .sig) oder CMS (.p7s)</translation>
    </message>
    <message>
        <source>Signature of the package</source>
        <translation>Signatur des Pakets</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>The file is hashed now and verified later; the checksums and signatures are kept with the package as the vendor published them.</source>
        <translation>Der Hashwert der Datei wird jetzt berechnet und die Datei später geprüft; Prüfsummen und Signaturen werden so, wie der Hersteller sie veröffentlicht hat, mit dem Paket aufbewahrt.</translation>
    </message>
    <message>
        <source>Choose the package file.</source>
        <translation>Wählen Sie die Paketdatei aus.</translation>
    </message>
    <message>
        <source>Give the checksum file or the SHA-256, not both.</source>
        <translation>Geben Sie die Prüfsummendatei oder den SHA-256-Wert an, nicht beides.</translation>
    </message>
    <message>
        <source>The SHA-256 &apos;%1&apos; is not 64 hex digits.</source>
        <translation>Der SHA-256-Wert „%1“ besteht nicht aus 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>manuell eingegeben</translation>
    </message>
    <message>
        <source>checksum file</source>
        <translation>Prüfsummendatei</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signaturdatei</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::PeopleModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <translation>CAB-Projektion</translation>
    </message>
    <message>
        <source>→ next   ← previous   Home/End first/last   Esc end</source>
        <translation>→ weiter   ← zurück   Pos1/Ende erster/letzter   Esc beenden</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Die Tagesordnung ist leer.</translation>
    </message>
    <message>
        <source>%1 · item %2 of %3 · RfC #%4</source>
        <translation>%1 · Punkt %2 von %3 · Änderungsantrag #%4</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Category · priority</source>
        <translation>Kategorie · Priorität</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>nicht eingestuft</translation>
    </message>
    <message>
        <source>%1 — protection need %2</source>
        <translation>%1 — Schutzbedarf %2</translation>
    </message>
    <message>
        <source>Affected CIs</source>
        <translation>Betroffene CIs</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine genannt</translation>
    </message>
    <message>
        <source>Impact and risk</source>
        <translation>Auswirkungen und Risiko</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>keine Konflikte</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Fallback plan</source>
        <translation>Rückfalllösung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>%1 should be &apos;%2&apos;: %3</source>
        <translation>%1 sollte „%2“ sein: %3</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Einwände</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keine offen</translation>
    </message>
    <message>
        <source>%1 for approval, %2 for rejection, %3 abstaining</source>
        <translation>%1 für Genehmigung, %2 für Ablehnung, %3 Enthaltungen</translation>
    </message>
    <message>
        <source>Votes and decision</source>
        <translation>Stimmen und Entscheidung</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ReasonDialog</name>
    <message>
        <source>The reason is kept in the request&apos;s history.</source>
        <translation>Die Begründung wird im Verlauf des Antrags festgehalten.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ReleaseDialog</name>
    <message>
        <source>Release %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <source>e.g. not on the measuring PCs of the lab; only after the year-end closing</source>
        <translation>z. B. nicht auf den Mess-PCs des Labors; erst nach dem Jahresabschluss</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Release &amp;date:</source>
        <translation>Freigabe&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Restrictions:</source>
        <translation>&amp;Einschränkungen:</translation>
    </message>
    <message>
        <source>The file is hashed again (SHA-256 and SHA-512); it must be the file that was verified and accepted. Its checksums go into the reference checksum register, which nobody can change afterwards.</source>
        <translation>Der Hashwert der Datei wird erneut berechnet (SHA-256 und SHA-512); es muss die Datei sein, die geprüft und abgenommen wurde. Ihre Prüfsummen werden in das Referenz-Prüfsummenregister eingetragen, das danach niemand mehr ändern kann.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::RightsCommand</name>
    <message>
        <source>The rights profile &apos;%1&apos; on &apos;%2&apos; no longer exists: someone else revoked it.</source>
        <translation>Das Rechteprofil „%1“ auf „%2“ besteht nicht mehr: Jemand anderes hat es entzogen.</translation>
    </message>
    <message>
        <source>The rights profile &apos;%1&apos; on &apos;%2&apos; no longer exists: someone else revoked or changed it.</source>
        <translation>Das Rechteprofil „%1“ auf „%2“ besteht nicht mehr: Jemand anderes hat es entzogen oder geändert.</translation>
    </message>
    <message>
        <source>The rights profile &apos;%1&apos; on &apos;%2&apos; was changed by someone else in the meantime; nothing was saved.</source>
        <translation>Das Rechteprofil „%1“ auf „%2“ wurde inzwischen von jemand anderem geändert; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::RightsGrantDialog</name>
    <message>
        <source>Grant Rights Profile on &apos;%1&apos;</source>
        <translation>Rechteprofil auf „%1“ vergeben</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>A standard profile, or type the name of your agency&apos;s own</source>
        <translation>Ein Standardprofil, oder geben Sie den Namen eines eigenen Profils Ihrer Behörde ein</translation>
    </message>
    <message>
        <source>What for, and until when (optional)</source>
        <translation>Wofür und bis wann (optional)</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Inhaber ist:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Vergeben</translation>
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
        <translation>Rechteprofil vergeben</translation>
    </message>
    <message>
        <source>Choose the person who holds the profile.</source>
        <translation>Wählen Sie die Person, die das Profil erhält.</translation>
    </message>
    <message>
        <source>Choose the organizational unit that holds the profile.</source>
        <translation>Wählen Sie die Organisationseinheit, die das Profil erhält.</translation>
    </message>
    <message>
        <source>Change Rights Profile</source>
        <translation>Rechteprofil ändern</translation>
    </message>
    <message>
        <source>Change Rights Profile on &apos;%1&apos;</source>
        <translation>Rechteprofil auf „%1“ ändern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::Session</name>
    <message>
        <source>No temporary folder for the demo database: %1</source>
        <translation>Für die Demodatenbank konnte kein temporärer Ordner angelegt werden: %1</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A new language takes effect when ChangeDesk starts again.</source>
        <translation>Eine geänderte Sprache wird beim nächsten Start von ChangeDesk wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::TimelineView</name>
    <message>
        <source>Nothing is scheduled in these four weeks.</source>
        <translation>In diesen vier Wochen ist nichts geplant.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::TrustDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Pin…</source>
        <translation>&amp;Pinnen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation>Vertrauensspeicher</translation>
    </message>
    <message>
        <source>Package signatures count only when made by a key or under a CA certificate that is pinned here. This store is ChangeDesk&apos;s own, never your personal keyring.</source>
        <translation>Paketsignaturen zählen nur, wenn sie mit einem hier gepinnten Schlüssel oder unter einem hier gepinnten CA-Zertifikat erstellt wurden. Dieser Speicher gehört ChangeDesk allein, er ist nie Ihr persönlicher Schlüsselbund.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Gepinnt</translation>
    </message>
    <message>
        <source>Only change managers, administrators and security management keep the trust store.</source>
        <translation>Nur Change-Manager, Administratoren und das Sicherheitsmanagement pflegen den Vertrauensspeicher.</translation>
    </message>
    <message>
        <source>checked against its CA</source>
        <translation>gegen die ausstellende CA geprüft</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>nicht gepinnt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Added and pinned: %1.</source>
        <translation>Hinzugefügt und gepinnt: %1.</translation>
    </message>
    <message>
        <source>Added, not pinned yet: %1. Its signatures do not count until it is pinned.</source>
        <translation>Hinzugefügt, noch nicht gepinnt: %1. Damit erstellte Signaturen zählen erst nach dem Pinnen.</translation>
    </message>
    <message>
        <source>Add a key, CA certificate or CRL</source>
        <translation>Schlüssel, CA-Zertifikat oder CRL hinzufügen</translation>
    </message>
    <message>
        <source>Keys and certificates (*.asc *.gpg *.pgp *.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>Schlüssel und Zertifikate (*.asc *.gpg *.pgp *.pem *.crt *.cer *.der *.crl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pinned: %1.</source>
        <translation>Gepinnt: %1.</translation>
    </message>
    <message>
        <source>Remove from the trust store</source>
        <translation>Aus dem Vertrauensspeicher entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? Signatures made with it no longer count.</source>
        <translation>%1 (%2) entfernen? Damit erstellte Signaturen zählen dann nicht mehr.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::VerifyDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Verify a package</source>
        <translation>Paket prüfen</translation>
    </message>
    <message>
        <source>Drop the package file here, or choose it</source>
        <translation>Paketdatei hierher ziehen oder auswählen</translation>
    </message>
    <message>
        <source>The published SHA-256 (or SHA-512), or a checksum file</source>
        <translation>Veröffentlichter SHA-256-Wert (oder SHA-512) oder eine Prüfsummendatei</translation>
    </message>
    <message>
        <source>OpenPGP (.asc, .sig) or CMS (.p7s) signature of the package</source>
        <translation>OpenPGP- (.asc, .sig) oder CMS-Signatur (.p7s) des Pakets</translation>
    </message>
    <message>
        <source>Signature of the checksum file, if it is signed</source>
        <translation>Signatur der Prüfsummendatei, falls sie signiert ist</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Package file:</source>
        <translation>Paket&amp;datei:</translation>
    </message>
    <message>
        <source>Choose the package file</source>
        <translation>Paketdatei auswählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Published &amp;checksum:</source>
        <translation>&amp;Veröffentlichte Prüfsumme:</translation>
    </message>
    <message>
        <source>Choose the checksum file</source>
        <translation>Prüfsummendatei auswählen</translation>
    </message>
    <message>
        <source>Checksum files (*SUMS *.sha256 *.sha512 *.sha384 *.txt);;All files (*)</source>
        <translation>Prüfsummendateien (*SUMS *.sha256 *.sha512 *.sha384 *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>Signatur auswählen</translation>
    </message>
    <message>
        <source>Signatures (*.asc *.sig *.gpg *.p7s *.p7b *.pem *.der);;All files (*)</source>
        <translation>Signaturen (*.asc *.sig *.gpg *.p7s *.p7b *.pem *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checksum file&apos;s si&amp;gnature:</source>
        <translation>Si&amp;gnatur der Prüfsummendatei:</translation>
    </message>
    <message>
        <source>Choose the signature of the checksum file</source>
        <translation>Signatur der Prüfsummendatei auswählen</translation>
    </message>
    <message>
        <source>Signatures (*.asc *.sig *.gpg *.p7s);;All files (*)</source>
        <translation>Signaturen (*.asc *.sig *.gpg *.p7s);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a package file and what its publisher gives to check it with.</source>
        <translation>Wählen Sie eine Paketdatei und das, was ihr Herausgeber zur Prüfung bereitstellt.</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was recorded.</source>
        <translation>Die Prüfung wurde abgebrochen; es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>Nothing lies beside the file to check it with: give the published checksum or the signature.</source>
        <translation>Neben der Datei liegt nichts, womit sie sich prüfen ließe: Geben Sie die veröffentlichte Prüfsumme oder die Signatur an.</translation>
    </message>
    <message>
        <source>Found beside the file: %1.</source>
        <translation>Neben der Datei gefunden: %1.</translation>
    </message>
    <message>
        <source>the published checksum</source>
        <translation>die veröffentlichte Prüfsumme</translation>
    </message>
    <message>
        <source>checksum file</source>
        <translation>Prüfsummendatei</translation>
    </message>
    <message>
        <source>A signature of the checksum file needs the checksum file itself under &quot;Published checksum&quot;.</source>
        <translation>Für eine Signatur der Prüfsummendatei muss die Prüfsummendatei selbst unter „Veröffentlichte Prüfsumme“ angegeben sein.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signaturdatei</translation>
    </message>
    <message>
        <source>Choose the package file first.</source>
        <translation>Wählen Sie zuerst die Paketdatei aus.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::WindowEditor</name>
    <message>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>Maintenance window &apos;%1&apos;</source>
        <translation>Wartungsfenster „%1“</translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation>Neues Wartungsfenster</translation>
    </message>
    <message>
        <source>Every configuration item</source>
        <translation>Alle Konfigurationselemente</translation>
    </message>
    <message>
        <source>One configuration item</source>
        <translation>Ein einzelnes Konfigurationselement</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>name of the CI, e.g. srv-01</source>
        <translation>Name des CI, z. B. srv-01</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>on day</source>
        <translation>am Tag</translation>
    </message>
    <message>
        <source>on the last day</source>
        <translation>am letzten Tag</translation>
    </message>
    <message>
        <source>on the</source>
        <translation>am</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>local time of</source>
        <translation>Ortszeit in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Konfigurationselement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Next times</source>
        <translation>Nächste Termine</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>Tag(e)</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>Woche(n)</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>Monat(e)</translation>
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
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>Problem or incident</source>
        <translation>Problem oder Störung</translation>
    </message>
    <message>
        <source>Affected configuration items</source>
        <translation>Betroffene Konfigurationselemente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Standard change template</source>
        <translation>Vorlage der Standardänderung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Change manager&apos;s recommendation</source>
        <translation>Empfehlung des Change-Managers</translation>
    </message>
    <message>
        <source>CAB recommendation</source>
        <translation>Empfehlung des CAB</translation>
    </message>
    <message>
        <source>Security assessment</source>
        <translation>Sicherheitsbewertung</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tatsächlicher Beginn</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Tatsächliches Ende</translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation>Bewertung fällig</translation>
    </message>
    <message>
        <source>Rejection justification</source>
        <translation>Begründung der Ablehnung</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplikat von</translation>
    </message>
    <message>
        <source>Rollout waves</source>
        <translation>Verteilungswellen</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>Fallback plan</source>
        <translation>Rückfalllösung</translation>
    </message>
    <message>
        <source>Criteria for the fallback plan</source>
        <translation>Kriterien für die Rückfalllösung</translation>
    </message>
    <message>
        <source>Security-relevant</source>
        <translation>Sicherheitsrelevant</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Follow-up request for change</source>
        <translation>Folge-Änderungsantrag</translation>
    </message>
    <message>
        <source>Expected downtime (minutes)</source>
        <translation>Erwartete Ausfallzeit (Minuten)</translation>
    </message>
    <message>
        <source>Needs a restart</source>
        <translation>Neustart nötig</translation>
    </message>
    <message>
        <source>Implementers</source>
        <translation>Umsetzende Personen</translation>
    </message>
    <message>
        <source>Verified packages</source>
        <translation>Geprüfte Pakete</translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Eingestuft</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>CAB review</source>
        <translation>CAB-Prüfung</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>In Umsetzung</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reject as duplicate</source>
        <translation>Als Duplikat ablehnen</translation>
    </message>
    <message>
        <source>Schedule standard change</source>
        <translation>Standardänderung einplanen</translation>
    </message>
    <message>
        <source>Expedite</source>
        <translation>Beschleunigt genehmigen</translation>
    </message>
    <message>
        <source>Fulfil</source>
        <translation>Erfüllen</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Einstufen</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Send to CAB</source>
        <translation>An das CAB geben</translation>
    </message>
    <message>
        <source>Send to security review</source>
        <translation>Zur Sicherheitsprüfung geben</translation>
    </message>
    <message>
        <source>Reclassify</source>
        <translation>Neu einstufen</translation>
    </message>
    <message>
        <source>Authorize (security)</source>
        <translation>Genehmigen (Sicherheit)</translation>
    </message>
    <message>
        <source>Reject (security)</source>
        <translation>Ablehnen (Sicherheit)</translation>
    </message>
    <message>
        <source>Authorize (CAB)</source>
        <translation>Genehmigen (CAB)</translation>
    </message>
    <message>
        <source>Reject (CAB)</source>
        <translation>Ablehnen (CAB)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Halt</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation>Bewertung beginnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close emergency change</source>
        <translation>Notfalländerung schließen</translation>
    </message>
    <message>
        <source>Close as failed</source>
        <translation>Als fehlgeschlagen schließen</translation>
    </message>
    <message>
        <source>Accept objection</source>
        <translation>Einwand annehmen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>Stattgeben</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zurückweisen</translation>
    </message>
    <message>
        <source>Standard change</source>
        <translation>Standardänderung</translation>
    </message>
    <message>
        <source>Normal change</source>
        <translation>Normale Änderung</translation>
    </message>
    <message>
        <source>Emergency change</source>
        <translation>Notfalländerung</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <source>High</source>
        <comment>priority</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>priority</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>priority</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Geringfügig</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Bedeutend</translation>
    </message>
    <message>
        <source>Far-reaching</source>
        <translation>Weitreichend</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>rollout wave</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>rollout wave</comment>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Halted</source>
        <comment>rollout wave</comment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>rollout wave</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>test result</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>test result</comment>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>test result</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>objection</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>objection</comment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Stattgegeben</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ChangePrint</name>
    <message>
        <source>request #%1</source>
        <translation>Antrag #%1</translation>
    </message>
    <message>
        <source>Request for change #%1: %2</source>
        <translation>Änderungsantrag #%1: %2</translation>
    </message>
    <message>
        <source>CI %1</source>
        <translation>CI %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1 · applicant: %2%3 · affected: %4</source>
        <translation>Status: %1 · Antragsteller: %2%3 · betroffen: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Classification and authorization</source>
        <translation>Einstufung und Genehmigung</translation>
    </message>
    <message>
        <source>Authorized:</source>
        <translation>Genehmigt:</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Rollout waves</source>
        <translation>Verteilungswellen</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Go/no-go criteria</source>
        <translation>Go/No-Go-Kriterien</translation>
    </message>
    <message>
        <source>Break point</source>
        <translation>Haltepunkt</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
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
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Users satisfied</source>
        <translation>Benutzer zufrieden</translation>
    </message>
    <message>
        <source>Budget kept</source>
        <translation>Budget eingehalten</translation>
    </message>
    <message>
        <source>Schedule kept</source>
        <translation>Zeitplan eingehalten</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 from ChangeDesk.</source>
        <translation>Gedruckt von %1 am %2 aus ChangeDesk.</translation>
    </message>
</context>
<context>
    <name>ChangeRecordFields</name>
    <message>
        <source>%1 &apos;%2&apos; is not one of: %3.</source>
        <translation>%1 „%2“ ist keiner dieser Werte: %3.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not the number of a request for change.</source>
        <translation>%1 „%2“ ist nicht die Nummer eines Änderungsantrags.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is neither true nor false.</source>
        <translation>%1 „%2“ ist weder wahr noch falsch.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be set as text; these are: %2.</source>
        <translation>„%1“ ist kein Feld, das als Text gesetzt werden kann; diese sind es: %2.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date and time: write it as 2026-03-02T08:15 (UTC) or 2026-03-02T09:15+01:00.</source>
        <translation>%1 „%2“ ist kein Datum mit Uhrzeit: Schreiben Sie 2026-03-02T08:15 (UTC) oder 2026-03-02T09:15+01:00.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number of minutes (0 or more).</source>
        <translation>%1 „%2“ ist keine Anzahl Minuten (0 oder mehr).</translation>
    </message>
</context>
<context>
    <name>ChangeRoles</name>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Change manager</source>
        <translation>Change-Manager</translation>
    </message>
    <message>
        <source>CAB member</source>
        <translation>CAB-Mitglied</translation>
    </message>
    <message>
        <source>Security management</source>
        <translation>Sicherheitsmanagement</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Umsetzende Person</translation>
    </message>
    <message>
        <source>Management (escalation)</source>
        <translation>Leitung (Eskalation)</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>ChangeService</name>
    <message>
        <source>request for change #%1</source>
        <translation>Änderungsantrag #%1</translation>
    </message>
    <message>
        <source>asking the server who is logged in</source>
        <translation>beim Abfragen der Anmeldung am Server</translation>
    </message>
    <message>
        <source>On PostgreSQL everybody acts as their own login: this connection is &apos;%1&apos;, so it cannot act as &apos;%2&apos;.</source>
        <translation>Unter PostgreSQL handelt jede Person unter ihrer eigenen Anmeldung: Diese Verbindung ist „%1“, sie kann also nicht als „%2“ handeln.</translation>
    </message>
    <message>
        <source>There is no person with the login &apos;%1&apos;.</source>
        <translation>Es gibt keine Person mit der Anmeldung „%1“.</translation>
    </message>
    <message>
        <source>The person &apos;%1&apos; is no longer active.</source>
        <translation>Die Person „%1“ ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>Status of the rollout waves</source>
        <translation>Status der Verteilungswellen</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be changed by %3 while it is &apos;%4&apos;.</source>
        <translation>%1 von %2 kann von %3 nicht geändert werden, solange der Antrag „%4“ ist.</translation>
    </message>
    <message>
        <source>A request for change needs a title.</source>
        <translation>Ein Änderungsantrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most 200 fit.</source>
        <translation>Der Titel hat %1 Zeichen; höchstens 200 passen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a type of change.</source>
        <translation>„%1“ ist keine Art von Änderung.</translation>
    </message>
    <message>
        <source>The planned end</source>
        <translation>Das geplante Ende</translation>
    </message>
    <message>
        <source>The actual end</source>
        <translation>Das tatsächliche Ende</translation>
    </message>
    <message>
        <source>%1 (%2) is before the start (%3).</source>
        <translation>%1 (%2) liegt vor dem Beginn (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be the request itself (#%2).</source>
        <translation>%1 kann nicht der Antrag selbst sein (#%2).</translation>
    </message>
    <message>
        <source>looking up request #%1</source>
        <translation>beim Nachschlagen von Antrag #%1</translation>
    </message>
    <message>
        <source>%1 names request #%2, which does not exist.</source>
        <translation>%1 nennt Antrag #%2, den es nicht gibt.</translation>
    </message>
    <message>
        <source>Rollout wave %1 needs a name.</source>
        <translation>Verteilungswelle %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rollout wave %1 (&apos;%2&apos;): &apos;%3&apos; is not a status (%4).</source>
        <translation>Verteilungswelle %1 („%2“): „%3“ ist kein Status (%4).</translation>
    </message>
    <message>
        <source>Rollout wave %1 (&apos;%2&apos;) ends before it starts.</source>
        <translation>Verteilungswelle %1 („%2“) endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Test case %1 needs a description.</source>
        <translation>Testfall %1 braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>Test case %1: &apos;%2&apos; is not a result (%3).</source>
        <translation>Testfall %1: „%2“ ist kein Ergebnis (%3).</translation>
    </message>
    <message>
        <source>The category &apos;%1&apos; differs from the suggested &apos;%2&apos; (%3): give a reason for the override (override_reason).</source>
        <translation>Die Kategorie „%1“ weicht von der vorgeschlagenen „%2“ ab (%3): Begründen Sie die Abweichung (override_reason).</translation>
    </message>
    <message>
        <source>The priority &apos;%1&apos; differs from the suggested &apos;%2&apos; (%3): give a reason for the override (override_reason).</source>
        <translation>Die Priorität „%1“ weicht von der vorgeschlagenen „%2“ ab (%3): Begründen Sie die Abweichung (override_reason).</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>beim Lesen von %1</translation>
    </message>
    <message>
        <source>There is no request for change #%1.</source>
        <translation>Es gibt keinen Änderungsantrag #%1.</translation>
    </message>
    <message>
        <source>listing requests for change</source>
        <translation>beim Auflisten der Änderungsanträge</translation>
    </message>
    <message>
        <source>reading attachment %1</source>
        <translation>beim Lesen von Anhang %1</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>Es gibt keinen Anhang %1.</translation>
    </message>
    <message>
        <source>reading the objections to %1</source>
        <translation>beim Lesen der Einwände gegen %1</translation>
    </message>
    <message>
        <source>looking for similar requests</source>
        <translation>bei der Suche nach ähnlichen Anträgen</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>beim Speichern von %1</translation>
    </message>
    <message>
        <source>%1 may not apply for changes: that needs the role applicant or change manager.</source>
        <translation>%1 darf keine Änderungen beantragen: Dazu braucht es die Rolle Antragsteller oder Change-Manager.</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>Es gibt keine Person mit der Kennung %1.</translation>
    </message>
    <message>
        <source>adding the request for change &apos;%1&apos;</source>
        <translation>beim Anlegen des Änderungsantrags „%1“</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was read (version %2, now %3); reload it and make the change again.</source>
        <translation>%1 wurde seit dem Lesen von jemand anderem geändert (Version %2, jetzt %3); laden Sie ihn neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was read (version %2, now %3); reload it and decide again.</source>
        <translation>%1 wurde seit dem Lesen von jemand anderem geändert (Version %2, jetzt %3); laden Sie ihn neu und entscheiden Sie erneut.</translation>
    </message>
    <message>
        <source>No transition &apos;%1&apos; out of &apos;%2&apos;.</source>
        <translation>Kein Übergang „%1“ aus „%2“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a reason: say why (--reason).</source>
        <translation>„%1“ braucht eine Begründung: Sagen Sie, warum (--reason).</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>Ein Anhang braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 cannot add attachments to %2 while it is &apos;%3&apos;.</source>
        <translation>%1 kann %2 keine Anhänge hinzufügen, solange der Antrag „%3“ ist.</translation>
    </message>
    <message>
        <source>attaching &apos;%1&apos; to %2</source>
        <translation>beim Anhängen von „%1“ an %2</translation>
    </message>
    <message>
        <source>%1 cannot remove attachments of %2 while it is &apos;%3&apos;.</source>
        <translation>%1 kann Anhänge von %2 nicht entfernen, solange der Antrag „%3“ ist.</translation>
    </message>
    <message>
        <source>removing attachment &apos;%1&apos;</source>
        <translation>beim Entfernen des Anhangs „%1“</translation>
    </message>
    <message>
        <source>Only security management may object to the priority or category; %1 is not in that role.</source>
        <translation>Nur das Sicherheitsmanagement darf Einwand gegen Priorität oder Kategorie erheben; %1 hat diese Rolle nicht.</translation>
    </message>
    <message>
        <source>An objection is to the priority or the category, not to &apos;%1&apos;.</source>
        <translation>Ein Einwand richtet sich gegen die Priorität oder die Kategorie, nicht gegen „%1“.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of: %3.</source>
        <translation>%1 „%2“ ist keiner dieser Werte: %3.</translation>
    </message>
    <message>
        <source>An objection needs a reason.</source>
        <translation>Ein Einwand braucht eine Begründung.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos; and has ended; it takes no objections.</source>
        <translation>%1 ist „%2“ und abgeschlossen; er nimmt keine Einwände mehr an.</translation>
    </message>
    <message>
        <source>%1 of %2 is already &apos;%3&apos;.</source>
        <translation>%1 von %2 ist bereits „%3“.</translation>
    </message>
    <message>
        <source>There is already an open objection to the %1 of %2 (objection %3).</source>
        <translation>Gegen %1 von %2 gibt es bereits einen offenen Einwand (Einwand %3).</translation>
    </message>
    <message>
        <source>recording an objection to %1</source>
        <translation>beim Erfassen eines Einwands gegen %1</translation>
    </message>
    <message>
        <source>reading objection %1</source>
        <translation>beim Lesen von Einwand %1</translation>
    </message>
    <message>
        <source>There is no objection %1.</source>
        <translation>Es gibt keinen Einwand %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on an objection needs the role %2; %3 does not have it.</source>
        <translation>„%1“ bei einem Einwand braucht die Rolle %2; %3 hat sie nicht.</translation>
    </message>
    <message>
        <source>Objection %1 is &apos;%2&apos;; &apos;%3&apos; needs it to be &apos;%4&apos;.</source>
        <translation>Einwand %1 ist „%2“; „%3“ setzt „%4“ voraus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on an objection needs a reason.</source>
        <translation>„%1“ bei einem Einwand braucht eine Begründung.</translation>
    </message>
    <message>
        <source>objection %1</source>
        <translation>Einwand %1</translation>
    </message>
    <message>
        <source>The database returned the parts of %1 in a form ChangeDesk does not read: %2</source>
        <translation>Die Datenbank hat die Teile von %1 in einer Form geliefert, die ChangeDesk nicht liest: %2</translation>
    </message>
    <message>
        <source>%1 cannot attach packages to %2 while it is &apos;%3&apos;.</source>
        <translation>%1 kann %2 keine Pakete zuordnen, solange der Antrag „%3“ ist.</translation>
    </message>
    <message>
        <source>reading the packages of %1</source>
        <translation>Lesen der Pakete von %1</translation>
    </message>
    <message>
        <source>attaching %1 to %2</source>
        <translation>Zuordnen von %1 zu %2</translation>
    </message>
    <message>
        <source>%1 cannot take packages off %2 while it is &apos;%3&apos;.</source>
        <translation>%1 kann die Zuordnung von Paketen zu %2 nicht aufheben, solange der Antrag „%3“ ist.</translation>
    </message>
    <message>
        <source>taking package %1 off %2</source>
        <translation>Aufheben der Zuordnung von Paket %1 zu %2</translation>
    </message>
    <message>
        <source>Package %1 is not attached to %2.</source>
        <translation>Paket %1 ist %2 nicht zugeordnet.</translation>
    </message>
    <message>
        <source>%1 (package %2) is %3: %4</source>
        <translation>%1 (Paket %2) ist %3: %4</translation>
    </message>
    <message>
        <source>%1 (package %2) is %3</source>
        <translation>%1 (Paket %2) ist %3</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>%1, line %2: unknown checksum algorithm &apos;%3&apos;.</source>
        <translation>%1, Zeile %2: unbekanntes Prüfsummenverfahren „%3“.</translation>
    </message>
    <message>
        <source>%1, line %2: a %3 checksum has %4 hex digits, not %5.</source>
        <translation>%1, Zeile %2: Eine %3-Prüfsumme hat %4 Hexadezimalziffern, nicht %5.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 hex digits are no checksum ChangeDesk knows (MD5 32, SHA-1 40, SHA-256 64, SHA-384 96, SHA-512 128).</source>
        <translation>%1, Zeile %2: %3 Hexadezimalziffern sind keine Prüfsumme, die ChangeDesk kennt (MD5 32, SHA-1 40, SHA-256 64, SHA-384 96, SHA-512 128).</translation>
    </message>
    <message>
        <source>%1, line %2 is not a checksum line (&quot;HEX  FILE&quot; or &quot;SHA256 (FILE) = HEX&quot;): %3</source>
        <translation>%1, Zeile %2 ist keine Prüfsummenzeile („HEX  DATEI“ oder „SHA256 (DATEI) = HEX“): %3</translation>
    </message>
    <message>
        <source>%1 holds no checksum.</source>
        <translation>%1 enthält keine Prüfsumme.</translation>
    </message>
    <message>
        <source>Could not read the %1 %2: %3</source>
        <translation>Die %1 %2 konnte nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>ChecksumRegister</name>
    <message>
        <source>Entry %1 follows entry %2: entries are missing or out of order.</source>
        <translation>Eintrag %1 folgt auf Eintrag %2: Einträge fehlen oder stehen in falscher Reihenfolge.</translation>
    </message>
    <message>
        <source>Entry %1 (%2 %3 %4) does not match its hash: it or an entry before it was changed after it was written.</source>
        <translation>Eintrag %1 (%2 %3 %4) passt nicht zu seinem Hash: Er oder ein Eintrag davor wurde nach dem Schreiben geändert.</translation>
    </message>
    <message>
        <source>waiting for the checksum register</source>
        <translation>Warten auf das Prüfsummenregister</translation>
    </message>
    <message>
        <source>reading the end of the checksum register</source>
        <translation>Lesen des Endes des Prüfsummenregisters</translation>
    </message>
    <message>
        <source>entering %1 %2 %3 into the checksum register</source>
        <translation>Eintragen von %1 %2 %3 in das Prüfsummenregister</translation>
    </message>
    <message>
        <source>reading the checksum register</source>
        <translation>Lesen des Prüfsummenregisters</translation>
    </message>
    <message>
        <source>Cannot write the register export %1: %2</source>
        <translation>Der Registerexport %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the register export %1: %2</source>
        <translation>Der Registerexport %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The register export %1 is not JSON (at byte %2: %3).</source>
        <translation>Der Registerexport %1 ist kein JSON (bei Byte %2: %3).</translation>
    </message>
    <message>
        <source>%1 is not a ChangeDesk checksum register export (format &apos;%2&apos;).</source>
        <translation>%1 ist kein Export eines ChangeDesk-Prüfsummenregisters (Format „%2“).</translation>
    </message>
    <message>
        <source>Entry %1 of the register export %2 lacks a field or has a bad value.</source>
        <translation>In Eintrag %1 des Registerexports %2 fehlt ein Feld oder ein Wert ist ungültig.</translation>
    </message>
</context>
<context>
    <name>CiCommand</name>
    <message>
        <source>Undo “%1” failed: %2</source>
        <translation>Rückgängigmachen von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Redo “%1” failed: %2</source>
        <translation>Wiederholen von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be changed back: it no longer exists.</source>
        <translation>„%1“ kann nicht zurückgeändert werden: Das Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be changed back: it was changed since (by someone else or in another window). Nothing was written.</source>
        <translation>„%1“ kann nicht zurückgeändert werden: Das Element wurde inzwischen geändert (von einer anderen Person oder in einem anderen Fenster). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Edit &apos;%1&apos;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos;</source>
        <translation>„%1“ anlegen</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>CiExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>Der Filter ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>CiFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Platform version</source>
        <translation>Plattformversion</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>Firmwareversion</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Update source</source>
        <translation>Update-Quelle</translation>
    </message>
    <message>
        <source>Update mode</source>
        <translation>Update-Modus</translation>
    </message>
    <message>
        <source>Restart handling</source>
        <translation>Neustartverhalten</translation>
    </message>
    <message>
        <source>Data sent to the vendor</source>
        <translation>An den Hersteller gesendete Daten</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>Attribut: %1</translation>
    </message>
</context>
<context>
    <name>CiImporter</name>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: the mapping names column %2, but the file has %n column(s)</source>
        <translation>
            <numerusform>%1: die Zuordnung nennt Spalte %2, die Datei hat aber nur %n Spalte</numerusform>
            <numerusform>%1: die Zuordnung nennt Spalte %2, die Datei hat aber nur %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the mapping names the column &apos;%2&apos;, which the file does not have; its columns are %3</source>
        <translation>%1: die Zuordnung nennt die Spalte „%2“, die es in der Datei nicht gibt; die Spalten sind: %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a field to map a column to; use one of %3, or &apos;-&apos; to ignore the column</source>
        <translation>%1: „%2“ ist kein Feld, dem eine Spalte zugeordnet werden kann; verwenden Sie eines von %3 oder „-“, um die Spalte zu ignorieren</translation>
    </message>
    <message>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; both map to the field &apos;%3&apos;; map one of them to another field or ignore it</source>
        <translation>die Spalten „%1“ und „%2“ sind beide dem Feld „%3“ zugeordnet; ordnen Sie eine davon einem anderen Feld zu oder ignorieren Sie sie</translation>
    </message>
    <message>
        <source>no column holds the name of the configuration item, which is the key of the import; name a column &apos;name&apos; (or map one to it). The columns are %1</source>
        <translation>keine Spalte enthält den Namen des Konfigurationselements, der als Schlüssel des Imports dient; nennen Sie eine Spalte „name“ (oder ordnen Sie eine Spalte diesem Feld zu). Die Spalten sind: %1</translation>
    </message>
    <message>
        <source>a relation file needs the columns source, type and target; missing: %1. The columns are %2</source>
        <translation>eine Beziehungsdatei benötigt die Spalten source, type und target; es fehlt: %1. Die Spalten sind: %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is not imported: it names no field</source>
        <translation>Spalte „%1“ wird nicht importiert: Ihr ist kein Feld zugeordnet</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing was changed. Import it again.</source>
        <translation>%1 hat sich während des Imports geändert; es wurde nichts geändert. Importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (%2): &apos;%3&apos; is not one of %4</source>
        <translation>Spalte „%1“ (%2): „%3“ ist keiner der Werte %4</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (%2): no person has the login &apos;%3&apos;</source>
        <translation>Spalte „%1“ (%2): keine Person hat den Anmeldenamen „%3“</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (%2): no organizational unit has the code or name &apos;%3&apos;</source>
        <translation>Spalte „%1“ (%2): keine Organisationseinheit hat das Kürzel oder den Namen „%3“</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (%2): &apos;%3&apos; is neither yes nor no</source>
        <translation>Spalte „%1“ (%2): „%3“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (%2): &apos;%3&apos; is not a date and time; write it as 2025-06-30T14:05:00Z or 30.06.2025 14:05</source>
        <translation>Spalte „%1“ (%2): „%3“ ist kein Datum mit Uhrzeit; schreiben Sie es als 2025-06-30T14:05:00Z oder 30.06.2025 14:05</translation>
    </message>
    <message>
        <source>adding configuration items</source>
        <translation>Anlegen der Konfigurationselemente</translation>
    </message>
    <message>
        <source>saving attributes</source>
        <translation>Speichern der Attribute</translation>
    </message>
    <message>
        <source>saving responsibilities</source>
        <translation>Speichern der Zuständigkeiten</translation>
    </message>
    <message>
        <source>recording the history</source>
        <translation>Protokollieren der Historie</translation>
    </message>
    <message>
        <source>updating configuration items</source>
        <translation>Aktualisieren der Konfigurationselemente</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (name): the name is empty; every configuration item needs one</source>
        <translation>Spalte „%1“ (name): der Name ist leer; jedes Konfigurationselement benötigt einen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is on line %2 already; a configuration item may appear only once in the file</source>
        <translation>„%1“ steht bereits in Zeile %2; ein Konfigurationselement darf nur einmal in der Datei vorkommen</translation>
    </message>
    <message>
        <source>reading configuration items</source>
        <translation>Lesen der Konfigurationselemente</translation>
    </message>
    <message>
        <source>reading relations</source>
        <translation>Lesen der Beziehungen</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (source): there is no configuration item named &apos;%2&apos;</source>
        <translation>Spalte „%1“ (source): es gibt kein Konfigurationselement mit dem Namen „%2“</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (type): &apos;%2&apos; is not one of %3</source>
        <translation>Spalte „%1“ (type): „%2“ ist keiner der Werte %3</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; (target): there is no configuration item named &apos;%2&apos;</source>
        <translation>Spalte „%1“ (target): es gibt kein Konfigurationselement mit dem Namen „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be related to itself</source>
        <translation>„%1“ kann nicht mit sich selbst in Beziehung stehen</translation>
    </message>
    <message>
        <source>the same relation is on line %1 already</source>
        <translation>dieselbe Beziehung steht bereits in Zeile %1</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>%1 (already in the database)</source>
        <translation>%1 (bereits in der Datenbank)</translation>
    </message>
    <message>
        <source>this relation would close a cycle of runs_on, part_of and located_at: %1; a configuration item cannot be inside itself</source>
        <translation>diese Beziehung würde einen Zyklus aus runs_on, part_of und located_at schließen: %1; ein Konfigurationselement kann nicht in sich selbst enthalten sein</translation>
    </message>
    <message>
        <source>this relation closes a cycle of depends_on: %1; impact analysis will report it</source>
        <translation>diese Beziehung schließt einen Zyklus aus depends_on: %1; die Auswirkungsanalyse wird ihn melden</translation>
    </message>
    <message>
        <source>adding relations</source>
        <translation>Anlegen der Beziehungen</translation>
    </message>
    <message>
        <source>Someone else changed configuration items of this file during the import (among them &apos;%1&apos;). Nothing was imported; import the file again.</source>
        <translation>Jemand anderes hat während des Imports Konfigurationselemente dieser Datei geändert (darunter „%1“). Es wurde nichts importiert; importieren Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>CiRepository</name>
    <message>
        <source>Configuration item &apos;%1&apos;</source>
        <translation>Konfigurationselement „%1“</translation>
    </message>
    <message>
        <source>A configuration item needs a name.</source>
        <translation>Ein Konfigurationselement benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; is not valid: at most 255 characters, no control characters and no spaces at either end.</source>
        <translation>Der Name „%1“ ist ungültig: höchstens 255 Zeichen, keine Steuerzeichen und keine Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>Attribute name &apos;%1&apos; of &apos;%2&apos; is not valid: use up to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Der Attributname „%1“ von „%2“ ist ungültig: Verwenden Sie bis zu 64 Buchstaben, Ziffern, „_“, „.“ oder „-“, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>Responsibility &apos;%1&apos; of &apos;%2&apos; needs a role name and a person.</source>
        <translation>Die Zuständigkeit „%1“ von „%2“ benötigt einen Rollennamen und eine Person.</translation>
    </message>
    <message>
        <source>recording the history of &apos;%1&apos;</source>
        <translation>Protokollieren der Historie von „%1“</translation>
    </message>
    <message>
        <source>saving the details of &apos;%1&apos;</source>
        <translation>Speichern der Details von „%1“</translation>
    </message>
    <message>
        <source>A configuration item named &apos;%1&apos; already exists.</source>
        <translation>Ein Konfigurationselement mit dem Namen „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>adding configuration item &apos;%1&apos;</source>
        <translation>Anlegen des Konfigurationselements „%1“</translation>
    </message>
    <message>
        <source>%1 no longer exists: someone else deleted it. Your change was not saved.</source>
        <translation>%1 existiert nicht mehr: Der Datensatz wurde zwischenzeitlich von einer anderen Person gelöscht. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>reading attributes</source>
        <translation>Lesen der Attribute</translation>
    </message>
    <message>
        <source>reading responsibilities</source>
        <translation>Lesen der Zuständigkeiten</translation>
    </message>
    <message>
        <source>reading configuration items</source>
        <translation>Lesen der Konfigurationselemente</translation>
    </message>
    <message>
        <source>counting configuration items</source>
        <translation>Zählen der Konfigurationselemente</translation>
    </message>
    <message>
        <source>A relation needs two existing configuration items.</source>
        <translation>Eine Beziehung benötigt zwei vorhandene Konfigurationselemente.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be related to itself.</source>
        <translation>„%1“ kann nicht mit sich selbst in Beziehung stehen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already %2 &apos;%3&apos;.</source>
        <translation>Die Beziehung „%1“ %2 „%3“ besteht bereits.</translation>
    </message>
    <message>
        <source>relating &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Verknüpfen von „%1“ mit „%2“</translation>
    </message>
    <message>
        <source>The relation &apos;%1&apos; %2 &apos;%3&apos;</source>
        <translation>Die Beziehung „%1“ %2 „%3“</translation>
    </message>
    <message>
        <source>reading relations</source>
        <translation>Lesen der Beziehungen</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>Lesen der Historie</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it has no id.</source>
        <translation>%1 kann nicht wiederhergestellt werden, da keine ID vorhanden ist.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: its id %2 belongs to &apos;%3&apos; now.</source>
        <translation>%1 kann nicht wiederhergestellt werden: Die ID %2 gehört inzwischen zu „%3“.</translation>
    </message>
    <message>
        <source>restoring configuration item &apos;%1&apos;</source>
        <translation>Wiederherstellen des Konfigurationselements „%1“</translation>
    </message>
</context>
<context>
    <name>CiSnapshots</name>
    <message>
        <source>Configuration item %1 no longer exists: someone else deleted it.</source>
        <translation>Das Konfigurationselement %1 existiert nicht mehr: Es wurde zwischenzeitlich von einer anderen Person gelöscht.</translation>
    </message>
</context>
<context>
    <name>CiSummaries</name>
    <message>
        <source>reading configuration items</source>
        <translation>Lesen der Konfigurationselemente</translation>
    </message>
    <message>
        <source>reading attributes</source>
        <translation>Lesen der Attribute</translation>
    </message>
    <message>
        <source>finding the matching configuration items</source>
        <translation>Ermitteln der passenden Konfigurationselemente</translation>
    </message>
</context>
<context>
    <name>CiViewSettings</name>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>Ein gespeicherter Filter benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The CMDB view settings could not be saved to %1.</source>
        <translation>Die Einstellungen der CMDB-Ansicht konnten nicht in %1 gespeichert werden.</translation>
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
        <translation>Arbeitsplatzrechner</translation>
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
        <translation>Virtuelle Maschine</translation>
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
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>Im Test</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>In Wartung</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>No update mechanism</source>
        <translation>Kein Aktualisierungsmechanismus</translation>
    </message>
    <message>
        <source>From the vendor</source>
        <translation>Vom Hersteller</translation>
    </message>
    <message>
        <source>Internal update server</source>
        <translation>Interner Update-Server</translation>
    </message>
    <message>
        <source>Vendor and internal server in parallel</source>
        <translation>Hersteller und interner Server parallel</translation>
    </message>
    <message>
        <source>Download only</source>
        <translation>Nur herunterladen</translation>
    </message>
    <message>
        <source>Install automatically</source>
        <translation>Automatisch installieren</translation>
    </message>
    <message>
        <source>No restart needed</source>
        <translation>Kein Neustart nötig</translation>
    </message>
    <message>
        <source>Restart by an administrator</source>
        <translation>Neustart durch die Administration</translation>
    </message>
    <message>
        <source>Restarts automatically</source>
        <translation>Startet automatisch neu</translation>
    </message>
    <message>
        <source>Restart in the maintenance window</source>
        <translation>Neustart im Wartungsfenster</translation>
    </message>
    <message>
        <source>runs on</source>
        <translation>läuft auf</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>connected to</source>
        <translation>verbunden mit</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>located at</source>
        <translation>befindet sich in</translation>
    </message>
</context>
<context>
    <name>CmsVerifier</name>
    <message>
        <source>OpenSSL could not set up the chain check: %1</source>
        <translation>OpenSSL konnte die Prüfung der Zertifikatskette nicht einrichten: %1</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is not for code signing: its extended key usage lacks codeSigning (1.3.6.1.5.5.7.3.3).</source>
        <translation>Das Zertifikat „%1“ ist nicht für Codesignatur bestimmt: Seiner erweiterten Schlüsselverwendung (Extended Key Usage) fehlt codeSigning (1.3.6.1.5.5.7.3.3).</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; is restricted by its extended key usage to uses other than code signing.</source>
        <translation>Das CA-Zertifikat „%1“ ist durch seine erweiterte Schlüsselverwendung auf andere Zwecke als Codesignatur beschränkt.</translation>
    </message>
    <message>
        <source>%1 (certificate &quot;%2&quot; at depth %3 of the chain)</source>
        <translation>%1 (Zertifikat „%2“ auf Tiefe %3 der Kette)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>OpenSSL offers no SHA-256 here (check OPENSSL_CONF and OPENSSL_MODULES; the default provider must be loadable): CMS signatures cannot be checked.</source>
        <translation>OpenSSL bietet hier kein SHA-256 an (prüfen Sie OPENSSL_CONF und OPENSSL_MODULES; der Provider „default“ muss geladen werden können): CMS-Signaturen können nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate or a CRL.</source>
        <translation>%1 ist zu groß für ein Zertifikat oder eine CRL.</translation>
    </message>
    <message>
        <source>%1 holds no readable PEM certificate or CRL (%2).</source>
        <translation>%1 enthält weder ein lesbares PEM-Zertifikat noch eine lesbare CRL (%2).</translation>
    </message>
    <message>
        <source>%1 is neither a certificate nor a CRL, in PEM or DER (%2).</source>
        <translation>%1 ist weder ein Zertifikat noch eine CRL im Format PEM oder DER (%2).</translation>
    </message>
    <message>
        <source>No verification time was given for %1.</source>
        <translation>Für %1 wurde kein Prüfzeitpunkt angegeben.</translation>
    </message>
    <message>
        <source>%1 is too large for a signature.</source>
        <translation>%1 ist zu groß für eine Signatur.</translation>
    </message>
    <message>
        <source>%1 is not a CMS signature in PEM or DER (%2).</source>
        <translation>%1 ist keine CMS-Signatur im Format PEM oder DER (%2).</translation>
    </message>
    <message>
        <source>%1 is a CMS structure, but not signed data.</source>
        <translation>%1 ist eine CMS-Struktur, enthält aber keine signierten Daten (SignedData).</translation>
    </message>
    <message>
        <source>%1 carries the signed content itself; a detached signature is needed (openssl cms -sign without -nodetach).</source>
        <translation>%1 enthält den signierten Inhalt selbst; benötigt wird eine abgetrennte Signatur (openssl cms -sign ohne -nodetach).</translation>
    </message>
    <message>
        <source>%1 holds no signer.</source>
        <translation>%1 enthält keinen Unterzeichner.</translation>
    </message>
    <message>
        <source>OpenSSL could not create a certificate store.</source>
        <translation>OpenSSL konnte keinen Zertifikatspeicher anlegen.</translation>
    </message>
    <message>
        <source>Pinned CA certificate %1 is neither a PEM nor a DER certificate.</source>
        <translation>Das gepinnte CA-Zertifikat %1 ist weder ein PEM- noch ein DER-Zertifikat.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be used to check %2 (%3).</source>
        <translation>%1 kann nicht zur Prüfung von %2 verwendet werden (%3).</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not digest %1 (%2).</source>
        <translation>OpenSSL konnte den Hashwert von %1 nicht berechnen (%2).</translation>
    </message>
    <message>
        <source>Checking the signature of %1 was cancelled.</source>
        <translation>Die Prüfung der Signatur von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The certificate of signer %1 is not in %2.</source>
        <translation>Das Zertifikat des Unterzeichners %1 ist nicht in %2 enthalten.</translation>
    </message>
    <message>
        <source>The signature by &quot;%1&quot; does not fit the bytes of %2 (%3).</source>
        <translation>Die Signatur von „%1“ passt nicht zu den Bytes von %2 (%3).</translation>
    </message>
    <message>
        <source>verification failure</source>
        <translation>Verifikation fehlgeschlagen</translation>
    </message>
    <message>
        <source>The signature uses the digest %1, which does not resist collisions.</source>
        <translation>Die Signatur verwendet das Hashverfahren %1, das nicht kollisionsresistent ist.</translation>
    </message>
    <message>
        <source>%1, QCA %2</source>
        <translation>%1, QCA %2</translation>
    </message>
    <message>
        <source>CRL %1 of the trust store is neither a PEM nor a DER CRL.</source>
        <translation>Die Sperrliste %1 im Vertrauensspeicher ist weder eine PEM- noch eine DER-Sperrliste.</translation>
    </message>
</context>
<context>
    <name>ConflictDetector</name>
    <message>
        <source>Same configuration item</source>
        <translation>Dasselbe Konfigurationselement</translation>
    </message>
    <message>
        <source>Dependent configuration items</source>
        <translation>Abhängige Konfigurationselemente</translation>
    </message>
    <message>
        <source>Outside the maintenance windows</source>
        <translation>Außerhalb der Wartungsfenster</translation>
    </message>
    <message>
        <source>In a freeze period</source>
        <translation>In einer Änderungssperre</translation>
    </message>
    <message>
        <source>Implementer booked twice</source>
        <translation>Umsetzende Person doppelt eingeplant</translation>
    </message>
    <message>
        <source>Restart not last</source>
        <translation>Neustart nicht als Letztes</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 &apos;%2&apos;</source>
        <translation>#%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Overlaps with %1 on %2 (%3).</source>
        <translation>Überschneidet sich mit %1 auf %2 (%3).</translation>
    </message>
    <message>
        <source>Overlaps with %1 (%2): %3 depends on %4.</source>
        <translation>Überschneidet sich mit %1 (%2): %3 hängt von %4 ab.</translation>
    </message>
    <message>
        <source>Overlaps with %1 (%2): %4 depends on %3.</source>
        <translation>Überschneidet sich mit %1 (%2): %4 hängt von %3 ab.</translation>
    </message>
    <message>
        <source>Outside the maintenance windows of %1.</source>
        <translation>Außerhalb der Wartungsfenster von %1.</translation>
    </message>
    <message>
        <source>In freeze period &apos;%1&apos; (%2) for all configuration items.</source>
        <translation>In der Änderungssperre „%1“ (%2) für alle Konfigurationselemente.</translation>
    </message>
    <message>
        <source>In freeze period &apos;%1&apos; (%2) for %3.</source>
        <translation>In der Änderungssperre „%1“ (%2) für %3.</translation>
    </message>
    <message>
        <source>%1 also implements %2 at that time (%3).</source>
        <translation>%1 setzt zur selben Zeit auch %2 um (%3).</translation>
    </message>
    <message>
        <source>%1 needs a restart and starts earlier in the same maintenance window on %2; changes needing a restart go last.</source>
        <translation>%1 erfordert einen Neustart und beginnt früher im selben Wartungsfenster auf %2; Änderungen mit Neustart kommen zuletzt.</translation>
    </message>
    <message>
        <source>Needs a restart but starts before %1 in the same maintenance window on %2; changes needing a restart go last.</source>
        <translation>Erfordert einen Neustart, beginnt aber vor %1 im selben Wartungsfenster auf %2; Änderungen mit Neustart kommen zuletzt.</translation>
    </message>
</context>
<context>
    <name>Cpe</name>
    <message>
        <source>&apos;%1&apos; is not a valid CPE name: %2</source>
        <translation>„%1“ ist kein gültiger CPE-Name: %2</translation>
    </message>
    <message>
        <source>The CPE name is empty.</source>
        <translation>Der CPE-Name ist leer.</translation>
    </message>
    <message>
        <source>a CPE 2.3 formatted string has 11 components after &quot;cpe:2.3:&quot;, this one has %1.</source>
        <translation>eine CPE-2.3-Zeichenkette (formatted string) hat nach &quot;cpe:2.3:&quot; 11 Komponenten, diese hat %1.</translation>
    </message>
    <message>
        <source>component %1 ends with a lone backslash.</source>
        <translation>Komponente %1 endet mit einem einzelnen Backslash.</translation>
    </message>
    <message>
        <source>the part must be a, o or h, not &apos;%1&apos;.</source>
        <translation>das Attribut part muss a, o oder h sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>a CPE 2.2 URI has at most 7 components after &quot;cpe:/&quot;, this one has %1.</source>
        <translation>ein CPE-2.2-URI hat nach &quot;cpe:/&quot; höchstens 7 Komponenten, dieser hat %1.</translation>
    </message>
    <message>
        <source>component %1 has a broken percent-escape.</source>
        <translation>Komponente %1 enthält eine fehlerhafte Prozentkodierung.</translation>
    </message>
    <message>
        <source>a component has a broken percent-escape.</source>
        <translation>eine Komponente enthält eine fehlerhafte Prozentkodierung.</translation>
    </message>
    <message>
        <source>a packed edition has the form ~edition~sw_edition~target_sw~target_hw~other, this one has %1 parts.</source>
        <translation>eine gepackte Edition hat die Form ~edition~sw_edition~target_sw~target_hw~other, diese hat %1 Teile.</translation>
    </message>
    <message>
        <source>the edition has a broken percent-escape.</source>
        <translation>die Edition enthält eine fehlerhafte Prozentkodierung.</translation>
    </message>
    <message>
        <source>it starts with neither &quot;cpe:2.3:&quot; (CPE 2.3) nor &quot;cpe:/&quot; (CPE 2.2).</source>
        <translation>er beginnt weder mit &quot;cpe:2.3:&quot; (CPE 2.3) noch mit &quot;cpe:/&quot; (CPE 2.2).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The password could not be stored in the system keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not open for reading</source>
        <translation>die Datei ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>%1 cannot be the delimiter of a CSV file</source>
        <translation>%1 kann nicht das Trennzeichen einer CSV-Datei sein</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>this build of Qt cannot decode %1</source>
        <translation>dieser Qt-Build kann %1 nicht dekodieren</translation>
    </message>
    <message>
        <source>line %1: %2 cannot be the delimiter of a CSV file</source>
        <translation>Zeile %1: %2 kann nicht das Trennzeichen einer CSV-Datei sein</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of field %2; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen von Feld %2; ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen muss verdoppelt werden (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: a quoted field opened here is not closed within %2 characters</source>
        <translation>Zeile %1: ein hier begonnenes Feld in Anführungszeichen wird nicht innerhalb von %2 Zeichen geschlossen</translation>
    </message>
    <message>
        <source>line %1: the record is longer than %2 characters</source>
        <translation>Zeile %1: der Datensatz ist länger als %2 Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n field(s), the header has %2</source>
        <translation>
            <numerusform>Zeile %1: %n Feld, die Kopfzeile hat %2</numerusform>
            <numerusform>Zeile %1: %n Felder, die Kopfzeile hat %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n field(s), the first record has %2</source>
        <translation>
            <numerusform>Zeile %1: %n Feld, der erste Datensatz hat %2</numerusform>
            <numerusform>Zeile %1: %n Felder, der erste Datensatz hat %2</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: a quoted field opened here is never closed</source>
        <translation>Zeile %1: ein hier begonnenes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>line %1: the file contains NUL characters: it is not a text file, or it is UTF-16 without a byte order mark (choose the encoding)</source>
        <translation>Zeile %1: die Datei enthält NUL-Zeichen: Entweder ist sie keine Textdatei, oder sie ist in UTF-16 ohne Byte-Order-Mark (BOM) gespeichert; wählen Sie dann die Zeichenkodierung</translation>
    </message>
    <message>
        <source>line %1: the file ends in the middle of a %2 character</source>
        <translation>Zeile %1: die Datei endet mitten in einem %2-Zeichen</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8; save the file as UTF-8 or choose its encoding (for example Windows-1252)</source>
        <translation>Zeile %1: der Text ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8 oder wählen Sie ihre Zeichenkodierung (zum Beispiel Windows-1252)</translation>
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
        <translation>%1 kann nicht das Trennzeichen einer CSV-Datei sein</translation>
    </message>
    <message>
        <source>a CSV record needs at least one field</source>
        <translation>ein CSV-Datensatz benötigt mindestens ein Feld</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the CSV data: %1</source>
        <translation>die CSV-Daten können nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Ctl</name>
    <message>
        <source>run &apos;changedeskctl --help&apos; for usage</source>
        <translation>weitere Informationen mit „changedeskctl --help“</translation>
    </message>
    <message>
        <source>Database URL.</source>
        <translation>Datenbank-URL.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>version takes no arguments</source>
        <translation>version erwartet keine Argumente</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init erwartet keine Argumente</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check erwartet keine Argumente</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Database schema version %1</source>
        <translation>Schemaversion der Datenbank: %1</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2).</source>
        <translation>%1 ist auf dem aktuellen Stand (Schemaversion %2).</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation>%1 wurde angelegt (Schemaversion %2).</translation>
    </message>
    <message>
        <source>Upgraded %1 from schema version %2 to %3.</source>
        <translation>%1 wurde von Schemaversion %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Datenbanksystem: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this ChangeDesk: %2)</source>
        <translation>Schemaversion: %1 (diese ChangeDesk-Version: %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Fremdschlüssel: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The database was written by a newer ChangeDesk.</source>
        <translation>Die Datenbank wurde von einer neueren ChangeDesk-Version geschrieben.</translation>
    </message>
    <message>
        <source>The schema is out of date: run &apos;changedeskctl init&apos;.</source>
        <translation>Das Schema ist veraltet: Führen Sie „changedeskctl init“ aus.</translation>
    </message>
    <message>
        <source>the check found problems in %1</source>
        <translation>die Prüfung hat in %1 Probleme gefunden</translation>
    </message>
    <message>
        <source>backup needs exactly one argument: the file to write</source>
        <translation>backup erwartet genau ein Argument: die zu schreibende Datei</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 wurde nach %2 gesichert.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Startwert für den Zufallsgenerator.</translation>
    </message>
    <message>
        <source>small, municipality or agency.</source>
        <translation>small, municipality oder agency.</translation>
    </message>
    <message>
        <source>demo-data takes no arguments besides --seed and --scale</source>
        <translation>demo-data erwartet außer --seed und --scale keine Argumente</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 4294967295 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Demo data (%1, seed %2) in %3: created %4.</source>
        <translation>Demodaten (%1, Startwert %2) in %3: %4 angelegt.</translation>
    </message>
    <message>
        <source>ci %1 needs the name of a configuration item</source>
        <translation>ci %1 erwartet den Namen eines Konfigurationselements</translation>
    </message>
    <message>
        <source>ci show takes exactly one name</source>
        <translation>ci show erwartet genau einen Namen</translation>
    </message>
    <message>
        <source>Attribute expression.</source>
        <translation>Attributausdruck.</translation>
    </message>
    <message>
        <source>ci list takes no arguments besides --filter</source>
        <translation>ci list erwartet außer --filter keine Argumente</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s)</source>
        <translation>
            <numerusform>%n Konfigurationselement</numerusform>
            <numerusform>%n Konfigurationselemente</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no configuration item named &apos;%1&apos;.</source>
        <translation>Es gibt kein Konfigurationselement mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>Beziehungen:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <source>Maximum depth.</source>
        <translation>Maximale Tiefe.</translation>
    </message>
    <message>
        <source>ci impact takes one name</source>
        <translation>ci impact erwartet genau einen Namen</translation>
    </message>
    <message>
        <source>--depth must be a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--depth muss eine ganze Zahl ab 1 sein, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s) depend on %1</source>
        <translation>
            <numerusform>%n Konfigurationselement hängt von %1 ab</numerusform>
            <numerusform>%n Konfigurationselemente hängen von %1 ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Inherited protection requirement (maximum principle):</source>
        <translation>Vererbter Schutzbedarf (Maximumprinzip):</translation>
    </message>
    <message numerus="yes">
        <source>Dependency cycles found: %n</source>
        <translation>
            <numerusform>Abhängigkeitszyklen gefunden: %n</numerusform>
            <numerusform>Abhängigkeitszyklen gefunden: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>group needs a subcommand: list or members NAME</source>
        <translation>group erwartet einen Unterbefehl: list oder members NAME</translation>
    </message>
    <message>
        <source>group list takes no arguments</source>
        <translation>group list erwartet keine Argumente</translation>
    </message>
    <message>
        <source>group members takes exactly one group name</source>
        <translation>group members erwartet genau einen Gruppennamen</translation>
    </message>
    <message>
        <source>There is no group named &apos;%1&apos;.</source>
        <translation>Es gibt keine Gruppe mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>person %1 (%2)</source>
        <translation>Person %1 (%2)</translation>
    </message>
    <message>
        <source>unit %1 (%2)</source>
        <translation>Einheit %1 (%2)</translation>
    </message>
    <message>
        <source>There is no organizational unit with the code or name &apos;%1&apos;.</source>
        <translation>Es gibt keine Organisationseinheit mit dem Kürzel oder Namen „%1“.</translation>
    </message>
    <message>
        <source>There is no person with the login &apos;%1&apos;.</source>
        <translation>Es gibt keine Person mit dem Anmeldenamen „%1“.</translation>
    </message>
    <message>
        <source>rights needs a subcommand: list, grant or revoke</source>
        <translation>rights erwartet einen Unterbefehl: list, grant oder revoke</translation>
    </message>
    <message>
        <source>unknown rights subcommand &apos;%1&apos;: use list, grant or revoke</source>
        <translation>unbekannter rights-Unterbefehl „%1“: Verwenden Sie list, grant oder revoke</translation>
    </message>
    <message>
        <source>Configuration item.</source>
        <translation>Konfigurationselement.</translation>
    </message>
    <message>
        <source>Person.</source>
        <translation>Person.</translation>
    </message>
    <message>
        <source>Organizational unit.</source>
        <translation>Organisationseinheit.</translation>
    </message>
    <message>
        <source>rights list takes no arguments besides --ci, --person or --unit</source>
        <translation>rights list erwartet außer --ci, --person oder --unit keine Argumente</translation>
    </message>
    <message>
        <source>rights list takes at most one of --ci, --person and --unit</source>
        <translation>rights list erwartet höchstens eine der Optionen --ci, --person und --unit</translation>
    </message>
    <message>
        <source>(through unit %1)</source>
        <translation>(über Einheit %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n rights profile(s)</source>
        <translation>
            <numerusform>%n Rechteprofil</numerusform>
            <numerusform>%n Rechteprofile</numerusform>
        </translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Beschreibung.</translation>
    </message>
    <message>
        <source>rights grant needs a configuration item and a profile, e.g. &apos;rights grant srv-01 --person jdoe administrator&apos;</source>
        <translation>rights grant erwartet ein Konfigurationselement und ein Profil, zum Beispiel „rights grant srv-01 --person jdoe administrator“</translation>
    </message>
    <message>
        <source>rights grant needs exactly one of --person LOGIN and --unit UNIT</source>
        <translation>rights grant erwartet genau eine der Optionen --person LOGIN und --unit UNIT</translation>
    </message>
    <message>
        <source>Granted &apos;%1&apos; on &apos;%2&apos; to %3 (rights profile %4).</source>
        <translation>Rechteprofil %4 vergeben: „%1“ auf „%2“ für %3.</translation>
    </message>
    <message>
        <source>rights revoke takes exactly one id (see rights list)</source>
        <translation>rights revoke erwartet genau eine ID (siehe rights list)</translation>
    </message>
    <message>
        <source>rights revoke needs the id of a rights profile (see rights list), not &apos;%1&apos;</source>
        <translation>rights revoke erwartet die ID eines Rechteprofils (siehe rights list), nicht „%1“</translation>
    </message>
    <message>
        <source>There is no rights profile with the id %1.</source>
        <translation>Es gibt kein Rechteprofil mit der ID %1.</translation>
    </message>
    <message>
        <source>Revoked &apos;%1&apos; on &apos;%2&apos; from %3 (rights profile %4).</source>
        <translation>Rechteprofil %4 entzogen: „%1“ auf „%2“ für %3.</translation>
    </message>
    <message>
        <source>software needs a subcommand: review PRODUCT APPROVAL or unneeded</source>
        <translation>software erwartet einen Unterbefehl: review PRODUCT APPROVAL oder unneeded</translation>
    </message>
    <message>
        <source>Why the product is not needed or forbidden.</source>
        <translation>Begründung, warum das Produkt nicht benötigt wird oder verboten ist.</translation>
    </message>
    <message>
        <source>Only configuration items matching EXPR.</source>
        <translation>Nur Konfigurationselemente, auf die EXPR zutrifft.</translation>
    </message>
    <message>
        <source>software review takes a product and one of: %1</source>
        <translation>software review erwartet ein Produkt und einen dieser Werte: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an approval; approvals: %2</source>
        <translation>„%1“ ist kein gültiger Freigabestatus; möglich sind: %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>software unneeded takes only --filter</source>
        <translation>software unneeded erwartet nur --filter</translation>
    </message>
    <message numerus="yes">
        <source>%n installation(s) to remove</source>
        <translation>
            <numerusform>%n zu entfernende Installation</numerusform>
            <numerusform>%n zu entfernende Installationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n configuration item(s)</source>
        <translation>
            <numerusform>auf %n Konfigurationselement</numerusform>
            <numerusform>auf %n Konfigurationselementen</numerusform>
        </translation>
    </message>
    <message>
        <source>ci needs a subcommand: list, show, impact, import or export</source>
        <translation>ci erwartet einen Unterbefehl: list, show, impact, import oder export</translation>
    </message>
    <message>
        <source>unknown ci subcommand &apos;%1&apos;: use list, show, impact, import or export</source>
        <translation>unbekannter ci-Unterbefehl „%1“: Verwenden Sie list, show, impact, import oder export</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Zuständigkeiten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Historieneinträge</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>csv, csv-relations, cyclonedx or spdx.</source>
        <translation>csv, csv-relations, cyclonedx oder spdx.</translation>
    </message>
    <message>
        <source>The configuration item an SBOM belongs to.</source>
        <translation>Das Konfigurationselement, zu dem eine SBOM gehört.</translation>
    </message>
    <message>
        <source>Check and report, write nothing.</source>
        <translation>Prüfen und berichten, nichts schreiben.</translation>
    </message>
    <message>
        <source>Import the valid records although others are rejected.</source>
        <translation>Die gültigen Datensätze importieren, auch wenn andere abgelehnt werden.</translation>
    </message>
    <message>
        <source>The CSV delimiter.</source>
        <translation>Das CSV-Trennzeichen.</translation>
    </message>
    <message>
        <source>The CSV encoding.</source>
        <translation>Die CSV-Zeichenkodierung.</translation>
    </message>
    <message>
        <source>Map a CSV column to a field.</source>
        <translation>Eine CSV-Spalte einem Feld zuordnen.</translation>
    </message>
    <message>
        <source>ci import needs exactly one file</source>
        <translation>ci import erwartet genau eine Datei</translation>
    </message>
    <message>
        <source>--delimiter takes one character or &apos;tab&apos;, not &apos;%1&apos;</source>
        <translation>--delimiter erwartet ein Zeichen oder „tab“, nicht „%1“</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-16le, utf-16be or windows-1252, not &apos;%1&apos;</source>
        <translation>--encoding erwartet utf-8, utf-16le, utf-16be oder windows-1252, nicht „%1“</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD (FIELD &apos;-&apos; ignores the column), not &apos;%1&apos;</source>
        <translation>--map erwartet COLUMN=FIELD (FIELD „-“ ignoriert die Spalte), nicht „%1“</translation>
    </message>
    <message>
        <source>--format takes csv, csv-relations, cyclonedx or spdx, not &apos;%1&apos;</source>
        <translation>--format erwartet csv, csv-relations, cyclonedx oder spdx, nicht „%1“</translation>
    </message>
    <message>
        <source>--delimiter, --encoding and --map are for CSV files; %1 is an SBOM</source>
        <translation>--delimiter, --encoding und --map gelten für CSV-Dateien; %1 ist eine SBOM</translation>
    </message>
    <message>
        <source>--ci is for SBOMs; %1 is a CSV file</source>
        <translation>--ci gilt für SBOMs; %1 ist eine CSV-Datei</translation>
    </message>
    <message>
        <source>%1: component %2</source>
        <translation>%1: Komponente %2</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1: Zeile %2</translation>
    </message>
    <message>
        <source>%1: %2 rejected: %3</source>
        <translation>%1: %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1: line %2: warning: %3</source>
        <translation>%1: Zeile %2: Warnung: %3</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>Configuration item: %1</source>
        <translation>Konfigurationselement: %1</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel).</source>
        <translation>Mit einer UTF-8-Byte-Order-Mark (BOM) beginnen (für Excel).</translation>
    </message>
    <message>
        <source>ci export needs exactly one file, or - for standard output</source>
        <translation>ci export erwartet genau eine Datei oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>ci export to standard output cannot also print JSON there</source>
        <translation>ci export auf die Standardausgabe kann dort nicht zusätzlich JSON ausgeben</translation>
    </message>
    <message>
        <source>standard output cannot be written: %1</source>
        <translation>die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n configuration item(s) to %1.</source>
        <translation>
            <numerusform>%n Konfigurationselement nach %1 exportiert.</numerusform>
            <numerusform>%n Konfigurationselemente nach %1 exportiert.</numerusform>
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
        <translation>workflow export nimmt höchstens eine Datei</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the workflow definition &apos;%2&apos;</source>
        <translation>%1: die Workflow-Definition „%2“</translation>
    </message>
    <message>
        <source>workflow check takes exactly one file</source>
        <translation>workflow check nimmt genau eine Datei</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: a valid workflow definition, &apos;%2&apos;</source>
        <translation>%1: eine gültige Workflow-Definition, „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s), starting at %1, ending at %2</source>
        <translation>
            <numerusform>%n Zustand, Beginn bei %1, Ende bei %2</numerusform>
            <numerusform>%n Zustände, Beginn bei %1, Ende bei %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n Übergang</numerusform>
            <numerusform>%n Übergänge</numerusform>
        </translation>
    </message>
    <message>
        <source>expedited: %1</source>
        <translation>beschleunigt: %1</translation>
    </message>
    <message>
        <source>audit needs a subcommand: verify, checkpoint or list</source>
        <translation>audit braucht einen Unterbefehl: verify, checkpoint oder list</translation>
    </message>
    <message>
        <source>unknown audit subcommand &apos;%1&apos;: use verify, checkpoint or list</source>
        <translation>unbekannter audit-Unterbefehl „%1“: verify, checkpoint oder list verwenden</translation>
    </message>
    <message>
        <source>Signed checkpoint to verify against.</source>
        <translation>Signierter Kontrollpunkt, gegen den geprüft wird.</translation>
    </message>
    <message>
        <source>The OpenPGP key that must have signed it.</source>
        <translation>Der OpenPGP-Schlüssel, der ihn signiert haben muss.</translation>
    </message>
    <message>
        <source>audit verify takes no arguments besides --checkpoint FILE and --key FINGERPRINT</source>
        <translation>audit verify nimmt außer --checkpoint DATEI und --key FINGERABDRUCK keine Argumente</translation>
    </message>
    <message>
        <source>audit verify --key needs --checkpoint FILE: the key is the one that signed it</source>
        <translation>audit verify --key braucht --checkpoint DATEI: Der Schlüssel ist der, der ihn signiert hat</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of %1 was tampered with: the first bad event is %2 (%n event(s) before it verified).</source>
        <translation>
            <numerusform>Das Prüfprotokoll von %1 wurde manipuliert: Das erste fehlerhafte Ereignis ist %2 (%n Ereignis davor geprüft).</numerusform>
            <numerusform>Das Prüfprotokoll von %1 wurde manipuliert: Das erste fehlerhafte Ereignis ist %2 (%n Ereignisse davor geprüft).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of %1 is intact: %n event(s), head %2.</source>
        <translation>
            <numerusform>Das Prüfprotokoll von %1 ist unversehrt: %n Ereignis, Stand %2.</numerusform>
            <numerusform>Das Prüfprotokoll von %1 ist unversehrt: %n Ereignisse, Stand %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checkpoint %1 (event %2, taken %3) is signed by %4 (%5) and the trail still holds it.</source>
        <translation>Der Kontrollpunkt %1 (Ereignis %2, erstellt %3) ist von %4 (%5) signiert, und das Protokoll enthält ihn noch.</translation>
    </message>
    <message>
        <source>The checkpoint %1 cannot be trusted.</source>
        <translation>Dem Kontrollpunkt %1 kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The OpenPGP key to sign with.</source>
        <translation>Der OpenPGP-Schlüssel zum Signieren.</translation>
    </message>
    <message>
        <source>audit checkpoint needs --key FINGERPRINT and the file to write, e.g. &apos;audit checkpoint --key 0123…CDEF audit-2026-03.checkpoint&apos;</source>
        <translation>audit checkpoint braucht --key FINGERABDRUCK und die zu schreibende Datei, z. B. „audit checkpoint --key 0123…CDEF audit-2026-03.checkpoint“</translation>
    </message>
    <message>
        <source>Wrote the checkpoint %1: event %2 with hash %3, signed with key %4.</source>
        <translation>Kontrollpunkt %1 geschrieben: Ereignis %2 mit Hash %3, signiert mit Schlüssel %4.</translation>
    </message>
    <message>
        <source>How many events.</source>
        <translation>Wie viele Ereignisse.</translation>
    </message>
    <message>
        <source>audit list takes no arguments besides --limit N</source>
        <translation>audit list nimmt außer --limit N keine Argumente</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 100000, not &apos;%1&apos;</source>
        <translation>--limit muss eine Zahl von 1 bis 100000 sein, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), newest first</source>
        <translation>
            <numerusform>%n Ereignis, neuestes zuerst</numerusform>
            <numerusform>%n Ereignisse, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Only units, people and the CMDB: no roles, no requests.</source>
        <translation>Nur Einheiten, Personen und die CMDB: keine Rollen, keine Anträge.</translation>
    </message>
    <message>
        <source>server password takes one login, and --password-file FILE or the password on standard input</source>
        <translation>server password erwartet ein Login und --password-file DATEI oder das Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the first line of %1 is empty: it should hold the password</source>
        <translation>die erste Zeile von %1 ist leer: sie sollte das Passwort enthalten</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>der Standardeingabe</translation>
    </message>
    <message>
        <source>The password of &apos;%1&apos; is set.</source>
        <translation>Das Passwort von „%1“ ist gesetzt.</translation>
    </message>
    <message>
        <source>server needs a subcommand: secure or password LOGIN</source>
        <translation>server braucht einen Unterbefehl: secure oder password LOGIN</translation>
    </message>
    <message>
        <source>server secure: unexpected argument &apos;%1&apos;</source>
        <translation>server secure: unerwartetes Argument „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Secured: owner %1, %n group role(s), %2 guarded transitions; new login roles: %3</source>
        <translation>
            <numerusform>Abgesichert: Eigentümer %1, %n Gruppenrolle, %2 geprüfte Übergänge; neue Login-Rollen: %3</numerusform>
            <numerusform>Abgesichert: Eigentümer %1, %n Gruppenrollen, %2 geprüfte Übergänge; neue Login-Rollen: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
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
        <translation>Aufruf: changedeskctl [--db URL] [--json] COMMAND [ARGUMENTS]

Befehle:
  version                     Versionen von ChangeDesk, Qt, QCA und KF6
  init                        Datenbank anlegen oder ihr Schema aktualisieren
  check                       Schemaversion, Integrität und Fremdschlüssel prüfen
  backup FILE                 konsistente Kopie einer SQLite-Datenbank nach FILE schreiben
  demo-data [--seed N] [--scale small|municipality|agency] [--without-requests]
                              deterministische Beispieldaten hinzufügen
  ci list [--filter EXPR]     Konfigurationselemente, zum Beispiel
                              --filter &apos;class in (server, vm)&apos;
  ci show NAME                ein Konfigurationselement mit seinen Beziehungen
  ci impact NAME [--depth N]  alles, was von NAME abhängt, und vererbter Schutzbedarf
  ci import FILE [--format csv|csv-relations|cyclonedx|spdx] [--ci NAME] [--dry-run]
            [--skip-rejected] [--delimiter C] [--encoding E] [--map COLUMN=FIELD ...]
                              CIs oder Beziehungen aus CSV importieren oder eine SBOM als
                              installierte Software eines CI (ohne Angabe wird das Format
                              erkannt)
  ci export FILE|- [--filter EXPR] [--delimiter C] [--bom]
                              CIs als CSV schreiben, die ci import wieder einlesen kann
  group list                  die Gruppen von Konfigurationselementen
  group members NAME          die aktuellen Konfigurationselemente einer Gruppe
  software review PRODUCT approved|unneeded|forbidden|unreviewed [--reason TEXT]
                              ein Produkt im Katalog einstufen (Prüfung zur Härtung)
  software unneeded [--filter EXPR]
                              Systeme, auf denen noch nicht benötigte oder verbotene
                              Software installiert ist
  rights list [--ci NAME | --person LOGIN | --unit UNIT]
                              Rechteprofile auf einem CI, einer Person (mit denen ihrer
                              Einheiten) oder einer Einheit (Kürzel oder Name)
  rights grant CI (--person LOGIN | --unit UNIT) PROFILE [--description TEXT]
                              einer Person oder Einheit ein Profil auf einem CI vergeben:
                              administrator, application-administrator, operator, user,
                              read-only, emergency-access oder ein eigenes Profil
  rights revoke ID            ein Rechteprofil entziehen (ID aus rights list)
  audit verify [--checkpoint DATEI [--key FINGERABDRUCK]]
                              die Hash-Kette des Prüfprotokolls neu berechnen und das erste
                              fehlerhafte Ereignis nennen (Exit 1); gegen einen signierten
                              Kontrollpunkt auch am Ende abgeschnittene Ereignisse finden und
                              prüfen, wer ihn signiert hat
  audit checkpoint --key FINGERABDRUCK DATEI
                              den Stand des Protokolls in DATEI schreiben, signiert mit
                              diesem OpenPGP-Schlüssel
  audit list [--limit N]      die letzten Ereignisse des Prüfprotokolls (Standard 20)
  workflow export [DATEI] [--shipped]
                              die geltende Workflow-Definition (JSON) oder die mitgelieferte
                              in DATEI oder auf die Standardausgabe schreiben, als
                              Ausgangspunkt für eine eigene Definition
  workflow check DATEI        eine Workflow-Definition prüfen und zusammenfassen
  workflow show               die geltende Workflow-Definition und die früheren
  workflow install DATEI [--as ADMIN]
                              eine geprüfte Definition in Kraft setzen (Administratoren;
                              kein Antrag darf in einem Zustand sein, den sie nicht hat);
                              die Prüfungen von PostgreSQL folgen ihr
  server secure [--admin LOGIN]
                              PostgreSQL, als Superuser: eine Login-Rolle je Person,
                              Gruppenrollen je App-Rolle, ein NOLOGIN-Eigentümer, nur
                              lesende Clients und aus dem geltenden Workflow erzeugte
                              Prüfungen (nach einem Upgrade erneut ausführen)
  server password LOGIN [--password-file DATEI]
                              PostgreSQL, als Superuser: das Passwort einer Person aus
                              der ersten Zeile von DATEI oder der Standardeingabe setzen

Optionen:
  --db URL     sqlite:PATH oder postgresql://USER@HOST:PORT/DATABASE?sslmode=...
               (Standard: $CHANGEDESK_DB, sonst %1)
  --json       maschinenlesbares JSON auf der Standardausgabe ausgeben

Exit-Codes: 0 ok, 1 Vorgang fehlgeschlagen, 2 ungültige Eingabe oder falscher Aufruf.
</translation>
    </message>
    <message>
        <source>workflow needs a subcommand: export [FILE] [--shipped], check FILE, show or install FILE</source>
        <translation>workflow braucht einen Unterbefehl: export [DATEI] [--shipped], check DATEI, show oder install DATEI</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed, so %2 cannot be opened.</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert, daher kann %2 nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create it with &apos;changedeskctl init&apos; or choose another file.</source>
        <translation>Unter %1 gibt es keine Datenbank. Legen Sie sie mit „changedeskctl init“ an oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so the database cannot be created there.</source>
        <translation>Der Ordner %1 ist schreibgeschützt, daher kann die Datenbank dort nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (permission denied).</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>Verbinden mit %1</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>Einrichten der Verbindung</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>Aktivieren der Fremdschlüssel</translation>
    </message>
    <message>
        <source>switching %1 to WAL mode</source>
        <translation>Umstellen von %1 auf den WAL-Modus</translation>
    </message>
    <message>
        <source>%1 could not be switched to WAL mode (it reports &apos;%2&apos;).</source>
        <translation>%1 konnte nicht auf den WAL-Modus umgestellt werden (Rückmeldung: „%2“).</translation>
    </message>
    <message>
        <source>setting synchronous mode</source>
        <translation>Festlegen des Synchronisationsmodus</translation>
    </message>
    <message>
        <source>running a database query</source>
        <translation>Ausführen einer Datenbankabfrage</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>Prüfen von %1</translation>
    </message>
    <message>
        <source>%1 no longer exists: someone else deleted it. Your change was not saved.</source>
        <translation>%1 existiert nicht mehr: Der Datensatz wurde zwischenzeitlich von einer anderen Person gelöscht. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you were editing it (your version %2, stored version %3). Your change was not saved; reload and apply it again.</source>
        <translation>%1 wurde während Ihrer Bearbeitung von einer anderen Person geändert (Ihre Version %2, gespeicherte Version %3). Ihre Änderung wurde nicht gespeichert; laden Sie die Daten neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <source>listing tables</source>
        <translation>Auflisten der Tabellen</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing can be changed in it.</source>
        <translation>%1 ist schreibgeschützt geöffnet; darin kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>committing the transaction</source>
        <translation>Festschreiben der Transaktion</translation>
    </message>
    <message>
        <source>%1 is not a ChangeDesk database or is damaged (%2). Nothing was changed; restore it from a backup or choose another file.</source>
        <translation>%1 ist keine ChangeDesk-Datenbank oder ist beschädigt (%2). Es wurde nichts geändert; stellen Sie die Datei aus einer Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is read-only, so %2 failed. Nothing was changed.</source>
        <translation>%1 ist schreibgeschützt, daher ist das %2 fehlgeschlagen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk is full while %1. Nothing was changed; free some space and try again.</source>
        <translation>Beim %1 war der Datenträger voll. Es wurde nichts geändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is busy: another program holds a lock on it while %2. Try again in a moment.</source>
        <translation>%1 ist belegt: Beim %2 war die Datei von einem anderen Programm gesperrt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed while %2 (%3).</source>
        <translation>Lesen oder Schreiben von %1 ist beim %2 fehlgeschlagen (%3).</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>Das %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>The database reported an error while %1: %2</source>
        <translation>Die Datenbank hat beim %1 einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused the password for user &apos;%2&apos;.</source>
        <translation>PostgreSQL unter %1 hat das Passwort für den Benutzer „%2“ abgelehnt.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 asks for a password for user &apos;%2&apos;, and none was found (PGPASSWORD, the password file ~/.pgpass or the system keychain).</source>
        <translation>PostgreSQL unter %1 verlangt ein Passwort für den Benutzer „%2“, es wurde aber keines gefunden (PGPASSWORD, Passwortdatei ~/.pgpass oder Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no database &apos;%2&apos;. Create it first (createdb %2).</source>
        <translation>PostgreSQL unter %1 hat keine Datenbank „%2“. Legen Sie sie zuerst an (createdb %2).</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no user &apos;%2&apos;.</source>
        <translation>PostgreSQL unter %1 kennt keinen Benutzer „%2“.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 cannot be reached (%2). Check that it runs and accepts connections, and the host name and port.</source>
        <translation>Der PostgreSQL-Server unter %1 ist nicht erreichbar (%2). Prüfen Sie, ob er läuft und Verbindungen annimmt, und prüfen Sie Hostname und Port.</translation>
    </message>
    <message>
        <source>The secure connection to PostgreSQL at %1 failed: %2</source>
        <translation>Die verschlüsselte Verbindung zu PostgreSQL unter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL database at %1 is read-only, so %2 failed.</source>
        <translation>Die PostgreSQL-Datenbank unter %1 ist schreibgeschützt, daher ist das %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 is out of disk space while %2.</source>
        <translation>Dem PostgreSQL-Server unter %1 ist beim %2 der Speicherplatz ausgegangen.</translation>
    </message>
    <message>
        <source>%1 collided with another user&apos;s change. Nothing was saved; try again.</source>
        <translation>Das %1 kollidierte mit der Änderung einer anderen Person. Es wurde nichts gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 failed: %2</source>
        <translation>Die Verbindung zu PostgreSQL unter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>setting the page cache</source>
        <translation>Festlegen des Seitenpuffers</translation>
    </message>
    <message>
        <source>setting the page size</source>
        <translation>Festlegen der Seitengröße</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused %1: %2</source>
        <translation>Der PostgreSQL-Server hat %1 verweigert: %2</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders for %2 values: %3</source>
        <translation>Die Anweisung hat %1 Platzhalter für %2 Werte: %3</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL is empty. Use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die Datenbank-URL ist leer. Verwenden Sie sqlite:PATH oder postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The database URL &apos;%1&apos; names no file. Use sqlite:PATH, for example sqlite:/home/me/changedesk.db.</source>
        <translation>Die Datenbank-URL „%1“ enthält keinen Dateinamen. Verwenden Sie sqlite:PATH, zum Beispiel sqlite:/home/me/changedesk.db.</translation>
    </message>
    <message>
        <source>In-memory SQLite databases are not supported in &apos;%1&apos;: ChangeDesk keeps your data in a file.</source>
        <translation>Speicherinterne SQLite-Datenbanken werden nicht unterstützt („%1“): ChangeDesk speichert Ihre Daten in einer Datei.</translation>
    </message>
    <message>
        <source>The database URL &apos;%1&apos; is malformed: %2</source>
        <translation>Die Datenbank-URL „%1“ ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>The database URL &apos;%1&apos; names no server. Use postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die Datenbank-URL „%1“ enthält keinen Server. Verwenden Sie postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The port in the database URL &apos;%1&apos; is not valid.</source>
        <translation>Der Port in der Datenbank-URL „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>The database URL &apos;%1&apos; names no database. Use postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die Datenbank-URL „%1“ enthält keinen Datenbanknamen. Verwenden Sie postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; in the database URL is not one of %2.</source>
        <translation>sslmode „%1“ in der Datenbank-URL ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>The database URL parameter &apos;%1&apos; is not supported. Supported: sslmode, %2.</source>
        <translation>Der Parameter „%1“ in der Datenbank-URL wird nicht unterstützt. Unterstützt werden: sslmode, %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database URL. Use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„%1“ ist keine Datenbank-URL. Verwenden Sie sqlite:PATH oder postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The database URL scheme &apos;%1&apos; in &apos;%2&apos; is not supported. Use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Das URL-Schema „%1“ in „%2“ wird nicht unterstützt. Verwenden Sie sqlite:PATH oder postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
</context>
<context>
    <name>DemoChanges</name>
    <message>
        <source>creating demo requests for change</source>
        <translation>beim Anlegen der Demo-Änderungsanträge</translation>
    </message>
    <message>
        <source>Apply the vendor&apos;s update as described in the attached notes.</source>
        <translation>Das Update des Herstellers wie in den beigefügten Hinweisen beschrieben einspielen.</translation>
    </message>
    <message>
        <source>Security advisory of the vendor; the systems are affected.</source>
        <translation>Sicherheitshinweis des Herstellers; die Systeme sind betroffen.</translation>
    </message>
    <message>
        <source>Restore the snapshot taken before the change.</source>
        <translation>Den vor der Änderung erstellten Snapshot wiederherstellen.</translation>
    </message>
    <message>
        <source>The service does not answer within 15 minutes after the change.</source>
        <translation>Der Dienst antwortet 15 Minuten nach der Änderung nicht.</translation>
    </message>
    <message>
        <source>Functional test by the application owner on the test system.</source>
        <translation>Funktionstest durch die Verfahrensverantwortlichen auf dem Testsystem.</translation>
    </message>
    <message>
        <source>Short interruption of the affected services.</source>
        <translation>Kurze Unterbrechung der betroffenen Dienste.</translation>
    </message>
    <message>
        <source>One administrator, two hours.</source>
        <translation>Eine Administratorin, zwei Stunden.</translation>
    </message>
    <message>
        <source>Classified by the change manager.</source>
        <translation>Vom Change-Manager eingestuft.</translation>
    </message>
    <message>
        <source>Approve: tested on the test system.</source>
        <translation>Genehmigen: auf dem Testsystem getestet.</translation>
    </message>
    <message>
        <source>No new attack surface.</source>
        <translation>Keine neue Angriffsfläche.</translation>
    </message>
    <message>
        <source>Approved by the CAB.</source>
        <translation>Vom CAB genehmigt.</translation>
    </message>
    <message>
        <source>Not needed: the systems are already up to date.</source>
        <translation>Nicht nötig: Die Systeme sind bereits aktuell.</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>No errors for one working day</source>
        <translation>Einen Arbeitstag lang keine Fehler</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>The service answers</source>
        <translation>Der Dienst antwortet</translation>
    </message>
    <message>
        <source>Start page within 2 seconds</source>
        <translation>Startseite innerhalb von 2 Sekunden</translation>
    </message>
    <message>
        <source>1.2 seconds</source>
        <translation>1,2 Sekunden</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>creating demo data</source>
        <translation>Anlegen der Demodaten</translation>
    </message>
    <message>
        <source>Weekly CAB</source>
        <translation>Wöchentliches CAB</translation>
    </message>
    <message>
        <source>Town hall, room 2.14</source>
        <translation>Rathaus, Raum 2.14</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Unknown demo scale &apos;%1&apos;: use small, municipality or agency.</source>
        <translation>Unbekannter Demo-Umfang „%1“: Verwenden Sie small, municipality oder agency.</translation>
    </message>
    <message>
        <source>Municipality of Demodorp</source>
        <translation>Gemeinde Demodorp</translation>
    </message>
    <message>
        <source>creating demo data</source>
        <translation>Erzeugen der Demodaten</translation>
    </message>
    <message numerus="yes">
        <source>%n organizational unit(s)</source>
        <translation>
            <numerusform>%n Organisationseinheit</numerusform>
            <numerusform>%n Organisationseinheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Business service %1</source>
        <translation>Fachdienst %1</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s)</source>
        <translation>
            <numerusform>%n Konfigurationselement</numerusform>
            <numerusform>%n Konfigurationselemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>First wave of every rollout</source>
        <translation>Erste Welle jedes Rollouts</translation>
    </message>
    <message>
        <source>Critical systems</source>
        <translation>Kritische Systeme</translation>
    </message>
    <message>
        <source>Windows workplaces</source>
        <translation>Windows-Arbeitsplätze</translation>
    </message>
    <message>
        <source>Mobile, not seen for 30 days</source>
        <translation>Mobil, seit 30 Tagen nicht gesehen</translation>
    </message>
    <message>
        <source>Tracked until updated (M14)</source>
        <translation>Bis zur Aktualisierung nachverfolgt (M14)</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none (WSUS)</source>
        <translation>keine (WSUS)</translation>
    </message>
    <message>
        <source>licence and version check</source>
        <translation>Lizenz- und Versionsprüfung</translation>
    </message>
    <message>
        <source>diagnostic data: required</source>
        <translation>Diagnosedaten: erforderlich</translation>
    </message>
    <message>
        <source>device analytics</source>
        <translation>Geräteanalysen</translation>
    </message>
    <message>
        <source>Pilot %1</source>
        <translation>Pilot %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n software installation(s)</source>
        <translation>
            <numerusform>%n Softwareinstallation</numerusform>
            <numerusform>%n Softwareinstallationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied patch(es)</source>
        <translation>
            <numerusform>%n eingespielter Patch</numerusform>
            <numerusform>%n eingespielte Patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rights profile(s)</source>
        <translation>
            <numerusform>%n Rechteprofil</numerusform>
            <numerusform>%n Rechteprofile</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data cannot be shrunk by %1.</source>
        <translation>Die Demodaten können nicht um den Faktor %1 verkleinert werden.</translation>
    </message>
    <message>
        <source>Rolled back after the restart: a business application no longer started. The system stays on the previous update.</source>
        <translation>Nach dem Neustart zurückgesetzt: Eine Fachanwendung startete nicht mehr. Das System bleibt auf dem vorherigen Update-Stand.</translation>
    </message>
    <message>
        <source>Installation failed with error 0x800f0922; retried in the next maintenance window.</source>
        <translation>Installation mit Fehler 0x800f0922 fehlgeschlagen; neuer Versuch im nächsten Wartungsfenster.</translation>
    </message>
    <message>
        <source>Server and network administration by the IT department</source>
        <translation>Server- und Netzwerkadministration durch die IT-Abteilung</translation>
    </message>
    <message>
        <source>Break-glass account: sealed credentials, every use is reviewed</source>
        <translation>Break-Glass-Konto: versiegelte Zugangsdaten, jede Nutzung wird geprüft</translation>
    </message>
    <message>
        <source>Staff of the department that owns the application</source>
        <translation>Beschäftigte des für die Anwendung verantwortlichen Fachbereichs</translation>
    </message>
    <message>
        <source>Functional administrator of the application</source>
        <translation>Fachadministration der Anwendung</translation>
    </message>
    <message>
        <source>reading configuration items</source>
        <translation>Lesen der Konfigurationselemente</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>Lesen der Personen</translation>
    </message>
    <message numerus="yes">
        <source>%n role assignment(s)</source>
        <translation>
            <numerusform>%n Rollenzuweisung</numerusform>
            <numerusform>%n Rollenzuweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for change</source>
        <translation>
            <numerusform>%n Änderungsantrag</numerusform>
            <numerusform>%n Änderungsanträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n Ereignis im Prüfprotokoll</numerusform>
            <numerusform>%n Ereignisse im Prüfprotokoll</numerusform>
        </translation>
    </message>
    <message>
        <source>Night of the critical systems</source>
        <translation>Nacht der kritischen Systeme</translation>
    </message>
    <message>
        <source>Agreed with the departments (M7)</source>
        <translation>Mit den Fachbereichen abgestimmt (M7)</translation>
    </message>
    <message>
        <source>Municipal election</source>
        <translation>Kommunalwahl</translation>
    </message>
    <message>
        <source>No changes while the votes are counted</source>
        <translation>Keine Änderungen, solange die Stimmen ausgezählt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s)</source>
        <translation>
            <numerusform>%n Wartungsfenster</numerusform>
            <numerusform>%n Wartungsfenster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n freeze period(s)</source>
        <translation>
            <numerusform>%n Änderungssperre</numerusform>
            <numerusform>%n Änderungssperren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Digests</name>
    <message>
        <source>No QCA provider computes %1 here (is the qca-qt6 ossl plugin installed?).</source>
        <translation>Kein QCA-Anbieter berechnet hier %1 (ist das ossl-Plugin von qca-qt6 installiert?).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Computing the checksum of %1 was cancelled.</source>
        <translation>Die Berechnung der Prüfsumme von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No QCA provider computes %1 here.</source>
        <translation>Kein QCA-Anbieter berechnet hier %1.</translation>
    </message>
</context>
<context>
    <name>DowntimeNotices</name>
    <message>
        <source>reading the affected configuration items</source>
        <translation>Lesen der betroffenen Konfigurationselemente</translation>
    </message>
    <message>
        <source>reading who is responsible for the CIs</source>
        <translation>Lesen der Zuständigkeiten für die CIs</translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation>Lesen der Fachbereiche</translation>
    </message>
    <message>
        <source>reading the contacts</source>
        <translation>Lesen der Ansprechpersonen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>owner of %1</source>
        <translation>verantwortlich für %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>antragstellende Person</translation>
    </message>
    <message>
        <source>implementer</source>
        <translation>umsetzende Person</translation>
    </message>
    <message>
        <source>Request for change #%1 has no planned start and end: there is no downtime to announce yet.</source>
        <translation>Änderungsantrag #%1 hat keinen geplanten Beginn und kein geplantes Ende: Es gibt noch keine Ausfallzeit anzukündigen.</translation>
    </message>
    <message>
        <source>reading the forward schedule</source>
        <translation>Lesen des Zeitplans der anstehenden Änderungen</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>date, time, time zone</comment>
        <translation>%1, %2 Uhr %3</translation>
    </message>
    <message>
        <source>Announcement of a change: #%1 %2</source>
        <translation>Ankündigung einer Änderung: #%1 %2</translation>
    </message>
    <message>
        <source>When: %1 to %2</source>
        <translation>Wann: %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>Expected downtime: %n minute(s)</source>
        <translation>
            <numerusform>Erwartete Ausfallzeit: %n Minute</numerusform>
            <numerusform>Erwartete Ausfallzeit: %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected downtime: none</source>
        <translation>Erwartete Ausfallzeit: keine</translation>
    </message>
    <message>
        <source>Expected downtime: not yet known; plan for the whole period</source>
        <translation>Erwartete Ausfallzeit: noch nicht bekannt; bitte den gesamten Zeitraum einplanen</translation>
    </message>
    <message>
        <source>The systems are restarted.</source>
        <translation>Die Systeme werden neu gestartet.</translation>
    </message>
    <message>
        <source>What: %1</source>
        <translation>Was: %1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Auswirkungen: %1</translation>
    </message>
    <message>
        <source>Configuration items changed: %1</source>
        <translation>Geänderte Konfigurationselemente: %1</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Services affected: %1</source>
        <translation>Betroffene Dienste: %1</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message>
        <source>Departments affected: %1</source>
        <translation>Betroffene Fachbereiche: %1</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Ansprechpersonen:</translation>
    </message>
</context>
<context>
    <name>GroupExpression</name>
    <message>
        <source>Column %1: &apos;)&apos; has no matching &apos;(&apos;</source>
        <translation>Spalte %1: zu &apos;)&apos; gibt es kein passendes &apos;(&apos;</translation>
    </message>
    <message>
        <source>Column %1: expected &apos;and&apos;, &apos;or&apos; or the end of the expression after %2, found %3</source>
        <translation>Spalte %1: &apos;and&apos;, &apos;or&apos; oder das Ende des Ausdrucks nach %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>end of expression</source>
        <translation>Ende des Ausdrucks</translation>
    </message>
    <message>
        <source>Column %1: expected %2, found %3</source>
        <translation>Spalte %1: %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>Column %1: expected %2 after %3, found %4</source>
        <translation>Spalte %1: %2 nach %3 erwartet, %4 gefunden</translation>
    </message>
    <message>
        <source>Column %1: unterminated string: the text that starts here needs a closing %2</source>
        <translation>Spalte %1: nicht abgeschlossene Zeichenkette: Der hier beginnende Text benötigt ein schließendes %2</translation>
    </message>
    <message>
        <source>Column %1: unexpected character &apos;!&apos;; use != or &apos;not&apos;</source>
        <translation>Spalte %1: unerwartetes Zeichen &apos;!&apos;; verwenden Sie != oder &apos;not&apos;</translation>
    </message>
    <message>
        <source>; use &apos;and&apos;</source>
        <translation>; verwenden Sie &apos;and&apos;</translation>
    </message>
    <message>
        <source>; use &apos;or&apos;</source>
        <translation>; verwenden Sie &apos;or&apos;</translation>
    </message>
    <message>
        <source>Column %1: unexpected character &apos;%2&apos;%3</source>
        <translation>Spalte %1: unerwartetes Zeichen &apos;%2&apos;%3</translation>
    </message>
    <message>
        <source>Column %1: the expression nests more than %2 levels deep</source>
        <translation>Spalte %1: der Ausdruck ist tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>Column %1: expected &apos;)&apos; to close the &apos;(&apos; at column %2, found end of expression</source>
        <translation>Spalte %1: &apos;)&apos; zum Schließen der Klammer &apos;(&apos; aus Spalte %2 erwartet, Ende des Ausdrucks gefunden</translation>
    </message>
    <message>
        <source>Column %1: expected &apos;and&apos;, &apos;or&apos; or &apos;)&apos; to close the &apos;(&apos; at column %2, found %3</source>
        <translation>Spalte %1: &apos;and&apos;, &apos;or&apos; oder &apos;)&apos; zum Schließen der Klammer &apos;(&apos; aus Spalte %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>a field name</source>
        <translation>ein Feldname</translation>
    </message>
    <message>
        <source>an attribute name</source>
        <translation>ein Attributname</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; cannot be used with &apos;%3&apos;: it is true or false; use = or !=</source>
        <translation>Spalte %1: &apos;%2&apos; kann nicht mit &apos;%3&apos; verwendet werden, denn sein Wert ist true oder false; verwenden Sie = oder !=</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; cannot be used with &apos;%3&apos;: its values have no order; use =, != or in</source>
        <translation>Spalte %1: &apos;%2&apos; kann nicht mit &apos;%3&apos; verwendet werden, denn seine Werte haben keine Reihenfolge; verwenden Sie =, != oder in</translation>
    </message>
    <message>
        <source>&apos;in&apos;</source>
        <translation>&apos;in&apos;</translation>
    </message>
    <message>
        <source>&apos;(&apos; and a list of values</source>
        <translation>&apos;(&apos; und eine Liste von Werten</translation>
    </message>
    <message>
        <source>Column %1: expected &apos;,&apos; or &apos;)&apos; to close the list that opens at column %2, found end of expression</source>
        <translation>Spalte %1: &apos;,&apos; oder &apos;)&apos; zum Schließen der in Spalte %2 begonnenen Liste erwartet, Ende des Ausdrucks gefunden</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos;</source>
        <translation>&apos;,&apos; oder &apos;)&apos;</translation>
    </message>
    <message>
        <source>Column %1: &apos;contains&apos; needs a text field; &apos;%2&apos; is not one (text fields: %3)</source>
        <translation>Spalte %1: &apos;contains&apos; benötigt ein Textfeld; &apos;%2&apos; ist keines (Textfelder: %3)</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; always has a value, so it is never empty; &apos;is empty&apos; applies to text fields and last_seen</source>
        <translation>Spalte %1: &apos;%2&apos; hat immer einen Wert und ist daher nie leer; &apos;is empty&apos; gilt für Textfelder und last_seen</translation>
    </message>
    <message>
        <source>&apos;empty&apos;</source>
        <translation>&apos;empty&apos;</translation>
    </message>
    <message>
        <source>&apos;empty&apos; or &apos;not empty&apos;</source>
        <translation>&apos;empty&apos; oder &apos;not empty&apos;</translation>
    </message>
    <message>
        <source>an operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, not in, contains, is empty)</source>
        <translation>ein Operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, not in, contains, is empty)</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>Column %1: unknown field &apos;%2&apos;; fields: %3</source>
        <translation>Spalte %1: unbekanntes Feld &apos;%2&apos;; Felder: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not a protection level; levels: %3</source>
        <translation>Spalte %1: &apos;%2&apos; ist keine Schutzbedarfskategorie; Kategorien: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not a class; classes: %3</source>
        <translation>Spalte %1: &apos;%2&apos; ist keine Klasse; Klassen: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not a lifecycle state; lifecycle states: %3</source>
        <translation>Spalte %1: &apos;%2&apos; ist kein Lebenszyklusstatus; Lebenszyklusstatus: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not an update source; update sources: %3</source>
        <translation>Spalte %1: &apos;%2&apos; ist keine Update-Quelle; Update-Quellen: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not an update mode; update modes: %3</source>
        <translation>Spalte %1: &apos;%2&apos; ist kein Update-Modus; Update-Modi: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not a reboot handling; reboot handlings: %3</source>
        <translation>Spalte %1: &apos;%2&apos; ist kein gültiges Neustartverhalten; mögliche Werte: %3</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not true or false; &apos;%3&apos; takes true or false</source>
        <translation>Spalte %1: &apos;%2&apos; ist weder true noch false; &apos;%3&apos; erwartet true oder false</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; is not a date or time; use a date (YYYY-MM-DD), now, or now minus an amount of days, hours or weeks: now-30d, now-12h, now-2w</source>
        <translation>Spalte %1: &apos;%2&apos; ist kein Datum und keine Uhrzeit; verwenden Sie ein Datum (YYYY-MM-DD), now oder now minus eine Anzahl von Tagen, Stunden oder Wochen: now-30d, now-12h, now-2w</translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>Group &apos;%1&apos;</source>
        <translation>Gruppe „%1“</translation>
    </message>
    <message>
        <source>A group needs a name without spaces at either end.</source>
        <translation>Eine Gruppe benötigt einen Namen ohne Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; lists its members; only a dynamic group has an expression.</source>
        <translation>Die Gruppe „%1“ hat eine feste Mitgliederliste; nur eine dynamische Gruppe hat einen Ausdruck.</translation>
    </message>
    <message>
        <source>Dynamic group &apos;%1&apos; needs an expression.</source>
        <translation>Die dynamische Gruppe „%1“ benötigt einen Ausdruck.</translation>
    </message>
    <message>
        <source>The expression of group &apos;%1&apos; is not valid: %2</source>
        <translation>Der Ausdruck der Gruppe „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>A group named &apos;%1&apos; already exists.</source>
        <translation>Eine Gruppe mit dem Namen „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>adding group &apos;%1&apos;</source>
        <translation>Anlegen der Gruppe „%1“</translation>
    </message>
    <message>
        <source>reading groups</source>
        <translation>Lesen der Gruppen</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; is dynamic: its members follow from its expression.</source>
        <translation>Die Gruppe „%1“ ist dynamisch: Die Mitglieder ergeben sich aus ihrem Ausdruck.</translation>
    </message>
    <message>
        <source>adding members to group &apos;%1&apos;</source>
        <translation>Hinzufügen von Mitgliedern zur Gruppe „%1“</translation>
    </message>
    <message>
        <source>removing members from group &apos;%1&apos;</source>
        <translation>Entfernen von Mitgliedern aus der Gruppe „%1“</translation>
    </message>
    <message>
        <source>reading the members of group &apos;%1&apos;</source>
        <translation>Lesen der Mitglieder der Gruppe „%1“</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Change #%1: %2</source>
        <translation>Änderung #%1: %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImpactAnalysis</name>
    <message>
        <source>finding what depends on configuration item %1</source>
        <translation>Ermitteln der vom Konfigurationselement mit der ID %1 abhängigen Elemente</translation>
    </message>
    <message>
        <source>reading protection requirements</source>
        <translation>Lesen der Schutzbedarfe</translation>
    </message>
    <message>
        <source>Configuration item %1 has a protection requirement outside 1 to 3.</source>
        <translation>Das Konfigurationselement mit der ID %1 hat einen Schutzbedarf außerhalb von 1 bis 3.</translation>
    </message>
    <message>
        <source>Configuration item %1 does not exist.</source>
        <translation>Das Konfigurationselement mit der ID %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message numerus="yes">
        <source>%1: %n record(s) rejected, so nothing was imported. Correct them, or import with &apos;skip rejected&apos; to import the others.</source>
        <translation>
            <numerusform>%1: %n Datensatz abgelehnt, daher wurde nichts importiert. Korrigieren Sie ihn oder lassen Sie abgelehnte Datensätze überspringen, um die übrigen zu importieren.</numerusform>
            <numerusform>%1: %n Datensätze abgelehnt, daher wurde nichts importiert. Korrigieren Sie sie oder lassen Sie abgelehnte Datensätze überspringen, um die übrigen zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Created %1, updated %2, unchanged %3, removed %4, rejected %5.</source>
        <translation>Angelegt: %1, aktualisiert: %2, unverändert: %3, entfernt: %4, abgelehnt: %5.</translation>
    </message>
    <message>
        <source>Dry run of %1, nothing was written: %2</source>
        <translation>Probelauf für %1, es wurde nichts geschrieben: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Der Import von %1 wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>IntegrityCommands</name>
    <message>
        <source>verify needs the package file</source>
        <translation>verify braucht die Paketdatei</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>--checksums-signature needs --checksums, the file it signs</source>
        <translation>--checksums-signature braucht --checksums (die Datei, die damit signiert ist)</translation>
    </message>
    <message>
        <source>--sha256 &apos;%1&apos; is not a SHA-256 digest (64 hex digits)</source>
        <translation>--sha256 „%1“ ist kein SHA-256-Hashwert (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>checksum file</source>
        <translation>Prüfsummendatei</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signaturdatei</translation>
    </message>
    <message>
        <source>VERIFIED %1: %2</source>
        <translation>VERIFIZIERT %1: %2</translation>
    </message>
    <message>
        <source>WEAK %1 (%2): %3</source>
        <translation>SCHWACH %1 (%2): %3</translation>
    </message>
    <message>
        <source>FAILED %1 (%2): %3</source>
        <translation>FEHLGESCHLAGEN %1 (%2): %3</translation>
    </message>
    <message>
        <source>  SHA-256      %1</source>
        <translation>  SHA-256       %1</translation>
    </message>
    <message>
        <source>  signer       %1, %2</source>
        <translation>  Unterzeichner %1, %2</translation>
    </message>
    <message>
        <source>  recorded as  verification %1</source>
        <translation>  erfasst als   Prüfung %1</translation>
    </message>
    <message>
        <source>%1 is not verified: %2 (%3)</source>
        <translation>%1 ist nicht verifiziert: %2 (%3)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>pinned by %1 (%2)</source>
        <translation>gepinnt von %1 (%2)</translation>
    </message>
    <message>
        <source>NOT PINNED</source>
        <translation>NICHT GEPINNT</translation>
    </message>
    <message>
        <source>%1  %2
    %3  %4%5</source>
        <translation>%1  %2
    %3  %4%5</translation>
    </message>
    <message>
        <source>  REVOKED</source>
        <translation>  WIDERRUFEN</translation>
    </message>
    <message>
        <source>trust add needs one file: an OpenPGP key, a CA certificate or a CRL</source>
        <translation>trust add braucht genau eine Datei: einen OpenPGP-Schlüssel, ein CA-Zertifikat oder eine CRL</translation>
    </message>
    <message>
        <source>--fingerprint and --via go together: the fingerprint you compared, and through which channel</source>
        <translation>--fingerprint und --via gehören zusammen: der verglichene Fingerabdruck und der Kanal, über den verglichen wurde</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Not pinned yet: compare the fingerprint above with the one the vendor publishes through another channel, then run: changedeskctl trust pin FINGERPRINT --via &quot;how you compared it&quot;</source>
        <translation>Noch nicht gepinnt: Vergleichen Sie den Fingerabdruck oben mit dem, den der Hersteller über einen anderen Kanal veröffentlicht, und führen Sie dann aus: changedeskctl trust pin FINGERPRINT --via &quot;wie Sie verglichen haben&quot;</translation>
    </message>
    <message>
        <source>trust list takes no arguments</source>
        <translation>trust list erwartet keine Argumente</translation>
    </message>
    <message>
        <source>The trust store is empty.</source>
        <translation>Der Vertrauensspeicher ist leer.</translation>
    </message>
    <message>
        <source>trust pin needs the full fingerprint</source>
        <translation>trust pin braucht den vollständigen Fingerabdruck</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation>Gepinnt: %1</translation>
    </message>
    <message>
        <source>trust remove needs the fingerprint</source>
        <translation>trust remove braucht den Fingerabdruck</translation>
    </message>
    <message>
        <source>Removed %1 from the trust store.</source>
        <translation>%1 wurde aus dem Vertrauensspeicher entfernt.</translation>
    </message>
    <message>
        <source>  signed       %1 over %2, the key %3 then</source>
        <translation>  signiert      %1 über %2, der Schlüssel damals %3</translation>
    </message>
    <message>
        <source>  signed       %1 over %2</source>
        <translation>  signiert      %1 über %2</translation>
    </message>
    <message>
        <source>give --sha256 or --checksums, not both</source>
        <translation>--sha256 oder --checksums angeben, nicht beides</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a package number</source>
        <translation>„%1“ ist keine Paketnummer</translation>
    </message>
    <message>
        <source>%1  %2  %3 (%4)  %5  %6</source>
        <translation>%1  %2  %3 (%4)  %5  %6</translation>
    </message>
    <message>
        <source>package add needs the package file</source>
        <translation>package add braucht die Paketdatei</translation>
    </message>
    <message>
        <source>package add needs --%1</source>
        <translation>package add braucht --%1</translation>
    </message>
    <message>
        <source>Added package %1: %2, %3 (SHA-256 %4). Verify it: changedeskctl package verify %1</source>
        <translation>Paket %1 hinzugefügt: %2, %3 (SHA-256 %4). Prüfen Sie es: changedeskctl package verify %1</translation>
    </message>
    <message>
        <source>package list takes no arguments</source>
        <translation>package list erwartet keine Argumente</translation>
    </message>
    <message>
        <source>The software library is empty.</source>
        <translation>Die Softwarebibliothek ist leer.</translation>
    </message>
    <message>
        <source>package show needs the package number</source>
        <translation>package show braucht die Paketnummer</translation>
    </message>
    <message>
        <source>  file          %1, %2 bytes</source>
        <translation>  Datei         %1, %2 Bytes</translation>
    </message>
    <message>
        <source>  SHA-256       %1</source>
        <translation>  SHA-256       %1</translation>
    </message>
    <message>
        <source>  checksums     %1</source>
        <translation>  Prüfsummen    %1</translation>
    </message>
    <message>
        <source>  signature     %1</source>
        <translation>  Signatur      %1</translation>
    </message>
    <message>
        <source>  verification  %1 %2 by %3: %4 — %5</source>
        <translation>  Prüfung       %1 %2 von %3: %4 — %5</translation>
    </message>
    <message>
        <source>  acceptance    %1 %2 by %3 in %4: %5</source>
        <translation>  Abnahme       %1 %2 von %3 in %4: %5</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>abgenommen</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>  released      %1 by %2, register entry %3</source>
        <translation>  freigegeben   zum %1 von %2, Registereintrag %3</translation>
    </message>
    <message>
        <source>  attached to   %1</source>
        <translation>  zugeordnet zu %1</translation>
    </message>
    <message>
        <source>package verify needs the package number</source>
        <translation>package verify braucht die Paketnummer</translation>
    </message>
    <message>
        <source>package accept needs the package number</source>
        <translation>package accept braucht die Paketnummer</translation>
    </message>
    <message>
        <source>package accept needs --accept or --refuse REASONS (one of them)</source>
        <translation>package accept braucht --accept oder --refuse REASONS (genau eines davon)</translation>
    </message>
    <message>
        <source>--test &apos;%1&apos; is not NAME=RESULT[:NOTE] (RESULT: passed, failed, not_run)</source>
        <translation>--test „%1“ hat nicht die Form NAME=RESULT[:NOTE] (RESULT: passed, failed, not_run)</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 accepted after %n test case(s) in %2 (acceptance %3).</source>
        <translation>
            <numerusform>Paket %1 nach %n Testfall in %2 abgenommen (Abnahme %3).</numerusform>
            <numerusform>Paket %1 nach %n Testfällen in %2 abgenommen (Abnahme %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 refused (acceptance %2): %3</source>
        <translation>Paket %1 abgelehnt (Abnahme %2): %3</translation>
    </message>
    <message>
        <source>package release needs the package number</source>
        <translation>package release braucht die Paketnummer</translation>
    </message>
    <message>
        <source>--date &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--date „%1“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Package %1 released for %2; register entry %3 (SHA-256 %4).</source>
        <translation>Paket %1 zum %2 freigegeben; Registereintrag %3 (SHA-256 %4).</translation>
    </message>
    <message>
        <source>Wrote the release statement to %1.</source>
        <translation>Freigabeerklärung nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>package statement needs the package number</source>
        <translation>package statement braucht die Paketnummer</translation>
    </message>
    <message>
        <source>%1 needs the package number and --rfc N</source>
        <translation>%1 braucht die Paketnummer und --rfc N</translation>
    </message>
    <message>
        <source>%1 needs --rfc N, the request for change</source>
        <translation>%1 braucht --rfc N, den Änderungsantrag</translation>
    </message>
    <message>
        <source>Package %1 is attached to RfC #%2.</source>
        <translation>Paket %1 ist RfC #%2 zugeordnet.</translation>
    </message>
    <message>
        <source>Package %1 is no longer attached to RfC #%2.</source>
        <translation>Paket %1 ist RfC #%2 nicht mehr zugeordnet.</translation>
    </message>
    <message>
        <source>register list takes no arguments</source>
        <translation>register list erwartet keine Argumente</translation>
    </message>
    <message>
        <source>%1  %2 %3 %4  %5  %6  released %7 by %8</source>
        <translation>%1  %2 %3 %4  %5  %6  freigegeben zum %7 von %8</translation>
    </message>
    <message>
        <source>The checksum register is empty: nothing has been released.</source>
        <translation>Das Prüfsummenregister ist leer: Es wurde noch nichts freigegeben.</translation>
    </message>
    <message>
        <source>register verify takes no arguments</source>
        <translation>register verify erwartet keine Argumente</translation>
    </message>
    <message numerus="yes">
        <source>The export&apos;s chain is intact: %n entries, head %1.</source>
        <translation>
            <numerusform>Die Kette des Exports ist unversehrt: %n Eintrag, Stand %1.</numerusform>
            <numerusform>Die Kette des Exports ist unversehrt: %n Einträge, Stand %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export&apos;s chain is broken at entry %1: %2</source>
        <translation>Die Kette des Exports ist bei Eintrag %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>The database differs from the export at entry %1.</source>
        <translation>Die Datenbank weicht bei Eintrag %1 vom Export ab.</translation>
    </message>
    <message>
        <source>The database holds the same entries.</source>
        <translation>Die Datenbank enthält dieselben Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>The register&apos;s chain is intact: %n entries, head %1.</source>
        <translation>
            <numerusform>Die Kette des Registers ist unversehrt: %n Eintrag, Stand %1.</numerusform>
            <numerusform>Die Kette des Registers ist unversehrt: %n Einträge, Stand %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register&apos;s chain is broken at entry %1: %2</source>
        <translation>Die Kette des Registers ist bei Eintrag %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>  intact   %1 (entry %2)</source>
        <translation>  unversehrt %1 (Eintrag %2)</translation>
    </message>
    <message>
        <source>  CHANGED  %1 (entry %2): file_changed_since_release — %3</source>
        <translation>  GEÄNDERT   %1 (Eintrag %2): file_changed_since_release — %3</translation>
    </message>
    <message>
        <source>  MISSING  %1 (entry %2): %3</source>
        <translation>  FEHLT      %1 (Eintrag %2): %3</translation>
    </message>
    <message>
        <source>The checksum register or a released file is not intact.</source>
        <translation>Das Prüfsummenregister oder eine freigegebene Datei ist nicht unversehrt.</translation>
    </message>
    <message>
        <source>register export needs the file to write</source>
        <translation>register export braucht die zu schreibende Datei</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n register entries to %1; head %2.</source>
        <translation>
            <numerusform>%n Registereintrag nach %1 geschrieben; Stand %2.</numerusform>
            <numerusform>%n Registereinträge nach %1 geschrieben; Stand %2.</numerusform>
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
        <translation>Integrität und Authentizität von Paketen:
  verify FILE [--sha256 HEX | --checksums FILE [--checksums-signature FILE]]
              [--signature FILE] [--at DATETIME] [--as USER]
                         prüft die Datei gegen ihre veröffentlichte Prüfsumme und ihre
                         OpenPGP- oder CMS-Signatur mit dem Vertrauensspeicher und erfasst
                         die Prüfung; Exit 0 geprüft, 1 nicht geprüft (mit Begründungscode),
                         2 unlesbare Eingabe
  trust list             die Schlüssel, CA-Zertifikate und Sperrlisten des Vertrauensspeichers
  trust add FILE [--fingerprint FPR --via TEXT] [--as USER]
                         fügt einen OpenPGP-Schlüssel, ein CA-Zertifikat oder eine Sperrliste
                         hinzu und zeigt den Fingerabdruck; sofort gepinnt, wenn FPR, über
                         einen anderen Kanal verglichen (--via), übereinstimmt
  trust pin FPR --via TEXT [--as USER]
  trust remove FPR [--as USER]
  package add FILE --kind KIND --vendor V --product P --version X [--source TEXT]
              [--sha256 HEX | --checksums FILE [--checksums-signature FILE]]
              [--signature FILE] [--notes TEXT] [--as USER]
                         nimmt ein Paket in die Bibliothek auf (KIND: patch, security_patch,
                         hotfix, service_pack, update_rollup, feature_pack, release)
  package list | show N  die Bibliothek; ein Paket mit seinen Prüfungen, Abnahme und Freigabe
  package verify N       prüft die Datei des Pakets in ihrem jetzigen Zustand (Exit wie verify)
  package accept N --environment TEXT --test NAME=RESULT[:NOTE]... (--accept | --refuse TEXT)
                         das Abnahmeprotokoll nach den Tests (RESULT: passed, failed, not_run)
  package release N [--date YYYY-MM-DD] [--restrictions TEXT] [--pdf FILE]
                         gibt ein abgenommenes Paket frei (Eintrag im Prüfsummenregister)
  package statement N [--pdf FILE]
                         Abnahmeprotokoll und Freigabeerklärung
  package attach|detach N --rfc M
                         kein Antrag beginnt, solange ein zugeordnetes Paket nicht geprüft ist
  register list          das Referenz-Prüfsummenregister
  register verify [--export FILE]
                         prüft die Hash-Kette des Registers und jede freigegebene Datei erneut
                         (Exit 1, wenn eine Datei seit der Freigabe geändert oder die Kette
                         unterbrochen ist); mit --export wird auch ein Export abgeglichen
  register export FILE   schreibt das Register für einmal beschreibbare Medien
</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2</source>
        <translation>%1 erwartet einen Unterbefehl: %2</translation>
    </message>
    <message>
        <source>unknown %1 subcommand &apos;%2&apos;: use %3</source>
        <translation>unbekannter %1-Unterbefehl „%2“: Verwenden Sie %3</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>reading the server version</source>
        <translation>Lesen der Serverversion</translation>
    </message>
    <message>
        <source>checking integrity</source>
        <translation>Prüfen der Integrität</translation>
    </message>
    <message>
        <source>checking foreign keys</source>
        <translation>Prüfen der Fremdschlüssel</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>%1, Zeile %2, verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>Backups of a shared PostgreSQL database are made on the server with pg_dump, for example: pg_dump -Fc -h %1 -p %2 -U %3 -f FILE %4</source>
        <translation>Sicherungen einer gemeinsam genutzten PostgreSQL-Datenbank werden auf dem Server mit pg_dump erstellt, zum Beispiel: pg_dump -Fc -h %1 -p %2 -U %3 -f FILE %4</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Es wurde keine Sicherungsdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; nothing was overwritten.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Dateinamen; es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>The folder %1 for the backup does not exist.</source>
        <translation>Der Ordner %1 für die Sicherung existiert nicht.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>Eine Sicherung kann nicht die Datenbank selbst ersetzen.</translation>
    </message>
    <message>
        <source>writing the backup %1</source>
        <translation>Schreiben der Sicherung %1</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2 The partial file was removed.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2 Die unvollständige Datei wurde entfernt.</translation>
    </message>
    <message>
        <source>The backup could not be renamed to %1 (does it exist now?). Nothing was overwritten.</source>
        <translation>Die Sicherung konnte nicht in %1 umbenannt werden (existiert die Datei inzwischen?). Es wurde nichts überschrieben.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>changing the database schema</source>
        <translation>Ändern des Datenbankschemas</translation>
    </message>
    <message>
        <source>%1 holds tables of another application (%2) and no ChangeDesk schema. ChangeDesk will not change it; choose an empty or ChangeDesk database.</source>
        <translation>%1 enthält Tabellen einer anderen Anwendung (%2) und kein ChangeDesk-Schema. ChangeDesk ändert diese Datenbank nicht; wählen Sie eine leere Datenbank oder eine ChangeDesk-Datenbank.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>%1 was written by a newer ChangeDesk (schema version %2; this version knows up to %3). Update ChangeDesk; the database was not changed.</source>
        <translation>%1 wurde von einer neueren ChangeDesk-Version geschrieben (Schemaversion %2; diese Version kennt Schemaversionen bis %3). Aktualisieren Sie ChangeDesk; die Datenbank wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and needs upgrading to %3: run &apos;changedeskctl init&apos; or open it in ChangeDesk.</source>
        <translation>%1 hat Schemaversion %2 und muss auf %3 aktualisiert werden: Führen Sie „changedeskctl init“ aus oder öffnen Sie die Datenbank in ChangeDesk.</translation>
    </message>
    <message>
        <source>%1 is read-only and has schema version %2; ChangeDesk needs version %3 and cannot upgrade it. Open a writable copy.</source>
        <translation>%1 ist schreibgeschützt und hat Schemaversion %2; ChangeDesk benötigt Version %3 und kann die Datenbank nicht aktualisieren. Öffnen Sie eine beschreibbare Kopie.</translation>
    </message>
    <message>
        <source>Schema version %1 cannot be upgraded with step %2.</source>
        <translation>Schemaversion %1 kann nicht mit Schritt %2 aktualisiert werden.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed; it stays at version %3. %4</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 (%2) ist fehlgeschlagen; sie bleibt auf Version %3. %4</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>Eintragen der Schemaversion</translation>
    </message>
</context>
<context>
    <name>NoticePrint</name>
    <message>
        <source>Announcement of a change</source>
        <translation>Ankündigung einer Änderung</translation>
    </message>
    <message>
        <source>Announcement of changes</source>
        <translation>Ankündigung von Änderungen</translation>
    </message>
    <message>
        <source>Change #%1: %2</source>
        <translation>Änderung #%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not yet known; plan for the whole period</source>
        <translation>noch nicht bekannt; bitte den gesamten Zeitraum einplanen</translation>
    </message>
    <message>
        <source>The systems are restarted.</source>
        <translation>Die Systeme werden neu gestartet.</translation>
    </message>
    <message>
        <source>Expected downtime</source>
        <translation>Erwartete Ausfallzeit</translation>
    </message>
    <message>
        <source>What is changed</source>
        <translation>Was geändert wird</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Services affected</source>
        <translation>Betroffene Dienste</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message>
        <source>Departments affected</source>
        <translation>Betroffene Fachbereiche</translation>
    </message>
    <message>
        <source>Configuration items changed</source>
        <translation>Geänderte Konfigurationselemente</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>Issued on %1 by ChangeDesk.</source>
        <translation>Erstellt von ChangeDesk am %1.</translation>
    </message>
    <message>
        <source>Announcement of change #%1</source>
        <translation>Ankündigung der Änderung #%1</translation>
    </message>
</context>
<context>
    <name>OpenPgp</name>
    <message>
        <source>OpenPGP signatures are not available: QCA has no OpenPGP provider. Install QCA&apos;s GnuPG plugin (qca-gnupg, in Debian libqca-qt6-plugins).</source>
        <translation>OpenPGP-Signaturen sind nicht verfügbar: QCA hat keinen OpenPGP-Anbieter. Installieren Sie das GnuPG-Plugin von QCA (qca-gnupg, in Debian libqca-qt6-plugins).</translation>
    </message>
    <message>
        <source>OpenPGP signatures are not available: the program gpg (GnuPG) is not installed or not on the PATH.</source>
        <translation>OpenPGP-Signaturen sind nicht verfügbar: Das Programm gpg (GnuPG) ist nicht installiert oder nicht im PATH.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OpenPGP key fingerprint: give its 40 hexadecimal digits (as &apos;gpg --list-secret-keys&apos; shows them) or its long key ID of 16.</source>
        <translation>„%1“ ist kein Fingerabdruck eines OpenPGP-Schlüssels: Geben Sie seine 40 Hexadezimalziffern (wie „gpg --list-secret-keys“ sie zeigt) oder seine lange Schlüssel-ID aus 16 an.</translation>
    </message>
    <message>
        <source>There is no secret OpenPGP key %1 in the keyring %2, so nothing can be signed with it. &apos;gpg --list-secret-keys&apos; shows the keys there.</source>
        <translation>Im Schlüsselbund %2 gibt es keinen geheimen OpenPGP-Schlüssel %1, also kann damit nichts signiert werden. „gpg --list-secret-keys“ zeigt die Schlüssel dort.</translation>
    </message>
    <message>
        <source>There is no OpenPGP key %1 in the keyring %2.</source>
        <translation>Im Schlüsselbund %2 gibt es keinen OpenPGP-Schlüssel %1.</translation>
    </message>
    <message>
        <source>The OpenPGP key %1 left the keyring %2 while signing.</source>
        <translation>Der OpenPGP-Schlüssel %1 ist während des Signierens aus dem Schlüsselbund %2 verschwunden.</translation>
    </message>
    <message>
        <source>the passphrase was wrong or not given</source>
        <translation>die Passphrase war falsch oder fehlte</translation>
    </message>
    <message>
        <source>Signing with the OpenPGP key %1 failed: %2</source>
        <translation>Das Signieren mit dem OpenPGP-Schlüssel %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>gpg gave no reason</source>
        <translation>gpg hat keinen Grund genannt</translation>
    </message>
    <message>
        <source>The OpenPGP signature cannot be checked: %1</source>
        <translation>Die OpenPGP-Signatur kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>it is not a signature</source>
        <translation>es ist keine Signatur</translation>
    </message>
</context>
<context>
    <name>OpenPgpKeyring</name>
    <message>
        <source>Could not create a private GnuPG home: %1</source>
        <translation>Es konnte kein eigenes GnuPG-Home-Verzeichnis angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not list the keys: %1</source>
        <translation>Die Schlüssel konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be read as an OpenPGP key: %2</source>
        <translation>%1 konnte nicht als OpenPGP-Schlüssel gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no OpenPGP key.</source>
        <translation>%1 enthält keinen OpenPGP-Schlüssel.</translation>
    </message>
    <message>
        <source>OpenPGP signatures cannot be checked: GnuPG (the gpg program) was not found or is too old (%1). Install GnuPG 2.2 or later.</source>
        <translation>OpenPGP-Signaturen können nicht geprüft werden: GnuPG (das Programm gpg) wurde nicht gefunden oder ist zu alt (%1). Installieren Sie GnuPG 2.2 oder neuer.</translation>
    </message>
    <message>
        <source>GPGME has no OpenPGP engine.</source>
        <translation>GPGME hat keine OpenPGP-Engine.</translation>
    </message>
    <message>
        <source>key %1 of the trust store</source>
        <translation>Schlüssel %1 des Vertrauensspeichers</translation>
    </message>
    <message>
        <source>%1 holds no OpenPGP public key.</source>
        <translation>%1 enthält keinen öffentlichen OpenPGP-Schlüssel.</translation>
    </message>
    <message>
        <source>Could not export key %1: %2</source>
        <translation>Schlüssel %1 konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Key %1 is not in this keyring.</source>
        <translation>Schlüssel %1 ist nicht in diesem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>Die Prüfung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be read as an OpenPGP signature: %2</source>
        <translation>%1 konnte nicht als OpenPGP-Signatur gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no OpenPGP signature.</source>
        <translation>%1 enthält keine OpenPGP-Signatur.</translation>
    </message>
    <message>
        <source>The signature was made by key %1, which is not in the trust store.</source>
        <translation>Die Signatur wurde mit Schlüssel %1 erstellt, der nicht im Vertrauensspeicher ist.</translation>
    </message>
    <message>
        <source>The signature does not fit these bytes.</source>
        <translation>Die Signatur passt nicht zu diesen Bytes.</translation>
    </message>
    <message>
        <source>GnuPG could not check the signature: %1</source>
        <translation>GnuPG konnte die Signatur nicht prüfen: %1</translation>
    </message>
    <message>
        <source>Key %1 (%2) is in the trust store, but its fingerprint has not been confirmed.</source>
        <translation>Schlüssel %1 (%2) ist im Vertrauensspeicher, aber sein Fingerabdruck wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Key %1 has been revoked.</source>
        <translation>Schlüssel %1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>The subkey %1 that made the signature has been revoked.</source>
        <translation>Der Unterschlüssel %1, mit dem die Signatur erstellt wurde, ist widerrufen.</translation>
    </message>
    <message>
        <source>The signature is made over a %1 digest, which can be forged.</source>
        <translation>Die Signatur beruht auf einem %1-Hashwert, der gefälscht werden kann.</translation>
    </message>
    <message>
        <source>The signature is dated %1, after the time of the check (%2).</source>
        <translation>Die Signatur ist auf %1 datiert, nach dem Prüfzeitpunkt (%2).</translation>
    </message>
    <message>
        <source>The key was made on %1, after the signature&apos;s date.</source>
        <translation>Der Schlüssel wurde am %1 erzeugt, nach dem Datum der Signatur.</translation>
    </message>
    <message>
        <source>The key had expired on %1, before the signature was made on %2.</source>
        <translation>Der Schlüssel war am %1 abgelaufen, bevor die Signatur am %2 erstellt wurde.</translation>
    </message>
    <message>
        <source>The signature expired on %1.</source>
        <translation>Die Signatur ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Good signature by %1 (%2).</source>
        <translation>Gültige Signatur von %1 (%2).</translation>
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
        <translation>Sicherheitspatch</translation>
    </message>
    <message>
        <source>Hotfix</source>
        <translation>Hotfix</translation>
    </message>
    <message>
        <source>Service pack</source>
        <translation>Service Pack</translation>
    </message>
    <message>
        <source>Update roll-up</source>
        <translation>Update-Rollup</translation>
    </message>
    <message>
        <source>Feature pack</source>
        <translation>Feature Pack</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Only change managers, implementers, security management and administrators keep the software library; %1 is none of these.</source>
        <translation>Nur Change-Manager, Umsetzer, das Sicherheitsmanagement und Administratoren pflegen die Softwarebibliothek; %1 hat keine dieser Rollen.</translation>
    </message>
    <message>
        <source>nobody acting</source>
        <translation>die handelnde Person (keine angegeben)</translation>
    </message>
    <message>
        <source>The kind &apos;%1&apos; is none of %2.</source>
        <translation>Die Art „%1“ ist keiner dieser Werte: %2.</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>A package needs its %1.</source>
        <translation>Ein Paket braucht die Angabe „%1“.</translation>
    </message>
    <message>
        <source>The package file %1 does not exist.</source>
        <translation>Die Paketdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The package %1 is not a file.</source>
        <translation>Das Paket %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 signs a checksum file, but no checksum file was given.</source>
        <translation>%1 signiert eine Prüfsummendatei, es wurde aber keine Prüfsummendatei angegeben.</translation>
    </message>
    <message>
        <source>looking for %1 in the software library</source>
        <translation>Suchen nach %1 in der Softwarebibliothek</translation>
    </message>
    <message>
        <source>The software library already has %1 (%2) as package %3.</source>
        <translation>Die Softwarebibliothek enthält %1 (%2) bereits als Paket %3.</translation>
    </message>
    <message>
        <source>adding %1 to the software library</source>
        <translation>Hinzufügen von %1 zur Softwarebibliothek</translation>
    </message>
    <message>
        <source>reading package %1</source>
        <translation>Lesen von Paket %1</translation>
    </message>
    <message>
        <source>The software library has no package %1.</source>
        <translation>Die Softwarebibliothek enthält kein Paket %1.</translation>
    </message>
    <message>
        <source>reading the software library</source>
        <translation>Lesen der Softwarebibliothek</translation>
    </message>
    <message>
        <source>setting the status of %1</source>
        <translation>Setzen des Status von %1</translation>
    </message>
    <message>
        <source>%1 has changed since it was released on %2: its SHA-256 is %3, the register (entry %4) holds %5.</source>
        <translation>%1 wurde seit der Freigabe am %2 verändert: Der SHA-256-Wert ist %3, das Register (Eintrag %4) enthält %5.</translation>
    </message>
    <message>
        <source>The file is not the one added to the library (SHA-256 then %1); the package record keeps the new one.</source>
        <translation>Die Datei ist nicht die, die in die Bibliothek aufgenommen wurde (damaliger SHA-256-Wert %1); der Paketdatensatz übernimmt die neue.</translation>
    </message>
    <message>
        <source>Name the test environment the package was tested in.</source>
        <translation>Geben Sie die Testumgebung an, in der das Paket getestet wurde.</translation>
    </message>
    <message>
        <source>An acceptance record needs at least one test case and its result.</source>
        <translation>Ein Abnahmeprotokoll braucht mindestens einen Testfall mit Ergebnis.</translation>
    </message>
    <message>
        <source>Test case %1 has no name.</source>
        <translation>Testfall %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>The result &apos;%1&apos; of the test case &apos;%2&apos; is none of %3.</source>
        <translation>Das Ergebnis „%1“ des Testfalls „%2“ ist keiner dieser Werte: %3.</translation>
    </message>
    <message>
        <source>The package cannot be accepted: the test case &apos;%1&apos; failed. Refuse it, saying why, or test again.</source>
        <translation>Das Paket kann nicht abgenommen werden: Der Testfall „%1“ ist fehlgeschlagen. Lehnen Sie es mit Begründung ab oder testen Sie erneut.</translation>
    </message>
    <message>
        <source>The package cannot be accepted: the test case &apos;%1&apos; was not run. Run it, or refuse the package, saying why.</source>
        <translation>Das Paket kann nicht abgenommen werden: Der Testfall „%1“ wurde nicht ausgeführt. Führen Sie ihn aus oder lehnen Sie das Paket mit Begründung ab.</translation>
    </message>
    <message>
        <source>A refusal needs its reasons.</source>
        <translation>Eine Ablehnung braucht eine Begründung.</translation>
    </message>
    <message>
        <source>%1 is released already.</source>
        <translation>%1 ist bereits freigegeben.</translation>
    </message>
    <message>
        <source>%1 is %2: only a verified package is tested for acceptance. Verify it first.</source>
        <translation>%1 ist %2: Nur ein geprüftes Paket wird auf Abnahme getestet. Prüfen Sie es zuerst.</translation>
    </message>
    <message>
        <source>recording the acceptance of %1</source>
        <translation>Erfassen der Abnahme von %1</translation>
    </message>
    <message>
        <source>reading the acceptance records of package %1</source>
        <translation>Lesen der Abnahmeprotokolle von Paket %1</translation>
    </message>
    <message>
        <source>Only change managers and administrators release packages; %1 is neither.</source>
        <translation>Nur Change-Manager und Administratoren geben Pakete frei; %1 hat keine dieser Rollen.</translation>
    </message>
    <message>
        <source>A release needs its date.</source>
        <translation>Eine Freigabe braucht ein Datum.</translation>
    </message>
    <message>
        <source>%1 is %2: only a verified and accepted package is released.</source>
        <translation>%1 ist %2: Nur ein geprüftes und abgenommenes Paket wird freigegeben.</translation>
    </message>
    <message>
        <source>%1 is not the file that was verified (SHA-256 now %2, verified %3): verify it again.</source>
        <translation>%1 ist nicht die Datei, die geprüft wurde (SHA-256 jetzt %2, geprüft %3): Prüfen Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 has no acceptance record: record its tests and accept it first.</source>
        <translation>%1 hat kein Abnahmeprotokoll: Erfassen Sie zuerst die Tests und nehmen Sie das Paket ab.</translation>
    </message>
    <message>
        <source>%1 was refused at its last acceptance: %2</source>
        <translation>%1 wurde bei der letzten Abnahme abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 was accepted as another file (SHA-256 %2): test and accept this one.</source>
        <translation>%1 wurde als eine andere Datei abgenommen (SHA-256 %2): Testen Sie diese Datei und nehmen Sie sie ab.</translation>
    </message>
    <message>
        <source>releasing %1</source>
        <translation>Freigeben von %1</translation>
    </message>
    <message>
        <source>%1 has not been released: there is no release statement.</source>
        <translation>%1 wurde nicht freigegeben: Es gibt keine Freigabeerklärung.</translation>
    </message>
    <message>
        <source>reading the requests package %1 is attached to</source>
        <translation>Lesen der Anträge, denen Paket %1 zugeordnet ist</translation>
    </message>
</context>
<context>
    <name>PackageUrl</name>
    <message>
        <source>&apos;%1&apos; is not a valid package URL (purl): %2</source>
        <translation>„%1“ ist keine gültige Package-URL (purl): %2</translation>
    </message>
    <message>
        <source>The package URL (purl) is empty.</source>
        <translation>Die Package-URL (purl) ist leer.</translation>
    </message>
    <message>
        <source>the subpath has a broken percent-escape or an encoded &apos;/&apos;.</source>
        <translation>der Unterpfad enthält eine fehlerhafte Prozentkodierung oder ein kodiertes &apos;/&apos;.</translation>
    </message>
    <message>
        <source>the qualifier &apos;%1&apos; has no &apos;=&apos;.</source>
        <translation>der Qualifier „%1“ hat kein &apos;=&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid qualifier key (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;, starting with a letter).</source>
        <translation>„%1“ ist kein gültiger Qualifier-Schlüssel (Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;, beginnend mit einem Buchstaben).</translation>
    </message>
    <message>
        <source>the value of qualifier &apos;%1&apos; has a broken percent-escape.</source>
        <translation>der Wert des Qualifiers „%1“ enthält eine fehlerhafte Prozentkodierung.</translation>
    </message>
    <message>
        <source>the qualifier &apos;%1&apos; appears more than once.</source>
        <translation>der Qualifier „%1“ kommt mehrfach vor.</translation>
    </message>
    <message>
        <source>it does not start with &quot;pkg:&quot;.</source>
        <translation>sie beginnt nicht mit &quot;pkg:&quot;.</translation>
    </message>
    <message>
        <source>it has no type and name (pkg:TYPE/NAME).</source>
        <translation>sie hat keinen Typ und Namen (pkg:TYPE/NAME).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid package type (letters, digits, &apos;.&apos;, &apos;-&apos;, starting with a letter).</source>
        <translation>„%1“ ist kein gültiger Pakettyp (Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos;, beginnend mit einem Buchstaben).</translation>
    </message>
    <message>
        <source>the version has a broken percent-escape.</source>
        <translation>die Version enthält eine fehlerhafte Prozentkodierung.</translation>
    </message>
    <message>
        <source>the name has a broken percent-escape.</source>
        <translation>der Name enthält eine fehlerhafte Prozentkodierung.</translation>
    </message>
    <message>
        <source>it has no name.</source>
        <translation>sie hat keinen Namen.</translation>
    </message>
    <message>
        <source>the namespace has a broken percent-escape or an encoded &apos;/&apos;.</source>
        <translation>der Namensraum enthält eine fehlerhafte Prozentkodierung oder ein kodiertes &apos;/&apos;.</translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <source>%1 has no checksum for %2.</source>
        <translation>%1 enthält keine Prüfsumme für %2.</translation>
    </message>
    <message>
        <source>Could not write a temporary file: %1</source>
        <translation>Eine temporäre Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The %1 of %2 is %3, but %4 (line %5) says %6.</source>
        <translation>Der %1-Wert von %2 ist %3, %4 (Zeile %5) nennt aber %6.</translation>
    </message>
    <message>
        <source>%1 — and %2 of the signed checksum file matches.</source>
        <translation>%1 — und der %2-Wert aus der signierten Prüfsummendatei stimmt überein.</translation>
    </message>
    <message>
        <source>The checksum file is signed, but it gives only MD5 or SHA-1 for %1.</source>
        <translation>Die Prüfsummendatei ist signiert, nennt für %1 aber nur MD5 oder SHA-1.</translation>
    </message>
    <message>
        <source>The %1 checksum from %2 matches; no signature was checked (checksum only).</source>
        <translation>Die %1-Prüfsumme stimmt überein (Quelle: %2); es wurde keine Signatur geprüft (nur Prüfsumme).</translation>
    </message>
    <message>
        <source>Only a weak checksum (%1) matches, and that can be forged: get a SHA-256 checksum or a signature from the vendor.</source>
        <translation>Nur eine schwache Prüfsumme (%1) stimmt überein, und die lässt sich fälschen: Besorgen Sie beim Hersteller eine SHA-256-Prüfsumme oder eine Signatur.</translation>
    </message>
    <message>
        <source>Nothing to compare %1 with: give the published checksum or the signature.</source>
        <translation>Nichts, womit %1 verglichen werden kann: Geben Sie die veröffentlichte Prüfsumme oder die Signatur an.</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>Person &apos;%1&apos;</source>
        <translation>Person „%1“</translation>
    </message>
    <message>
        <source>Organizational unit code &apos;%1&apos; is not valid: use 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Das Kürzel „%1“ der Organisationseinheit ist ungültig: Verwenden Sie 1 bis 32 Buchstaben, Ziffern, „.“, „_“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Organizational unit &apos;%1&apos; needs a name.</source>
        <translation>Die Organisationseinheit „%1“ benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Login &apos;%1&apos; is not valid: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;@&apos; or &apos;\&apos;, without spaces.</source>
        <translation>Der Anmeldename „%1“ ist ungültig: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, „.“, „_“, „-“, „@“ oder „\“, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>Person &apos;%1&apos; needs a name.</source>
        <translation>Die Person „%1“ benötigt einen Namen.</translation>
    </message>
    <message>
        <source>E-mail address &apos;%1&apos; of person &apos;%2&apos; is not valid.</source>
        <translation>Die E-Mail-Adresse „%1“ der Person „%2“ ist ungültig.</translation>
    </message>
    <message>
        <source>adding organizational unit &apos;%1&apos;</source>
        <translation>Anlegen der Organisationseinheit „%1“</translation>
    </message>
    <message>
        <source>reading organizational units</source>
        <translation>Lesen der Organisationseinheiten</translation>
    </message>
    <message>
        <source>A person with login &apos;%1&apos; already exists.</source>
        <translation>Eine Person mit dem Anmeldenamen „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>adding person &apos;%1&apos;</source>
        <translation>Anlegen der Person „%1“</translation>
    </message>
    <message>
        <source>looking up person &apos;%1&apos;</source>
        <translation>Suchen der Person „%1“</translation>
    </message>
    <message>
        <source>looking up person %1</source>
        <translation>Suchen der Person mit der ID %1</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>Lesen der Personen</translation>
    </message>
    <message>
        <source>counting people</source>
        <translation>Zählen der Personen</translation>
    </message>
    <message>
        <source>recording the rights of &apos;%1&apos; that end</source>
        <translation>Protokollieren der endenden Rechte von „%1“</translation>
    </message>
</context>
<context>
    <name>PersonRoles</name>
    <message>
        <source>reading the roles of a person</source>
        <translation>beim Lesen der Rollen einer Person</translation>
    </message>
    <message>
        <source>reading the roles of people</source>
        <translation>beim Lesen der Rollen der Personen</translation>
    </message>
    <message>
        <source>reading who has the role &apos;%1&apos;</source>
        <translation>beim Lesen, wer die Rolle „%1“ hat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; the roles are: %2.</source>
        <translation>„%1“ ist keine Rolle; die Rollen sind: %2.</translation>
    </message>
    <message>
        <source>reading a person</source>
        <translation>beim Lesen einer Person</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>Es gibt keine Person mit der Kennung %1.</translation>
    </message>
    <message>
        <source>Only an administrator may give people roles.</source>
        <translation>Nur eine Administratorin oder ein Administrator darf Personen Rollen geben.</translation>
    </message>
    <message>
        <source>changing the roles of &apos;%1&apos;</source>
        <translation>beim Ändern der Rollen von „%1“</translation>
    </message>
    <message>
        <source>Only an administrator may add people; %1 is not one.</source>
        <translation>Nur eine Administratorin oder ein Administrator darf Personen hinzufügen; %1 ist es nicht.</translation>
    </message>
    <message>
        <source>the person acting</source>
        <translation>die handelnde Person</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>The file is the one its publisher signed or published.</source>
        <translation>Die Datei ist genau die, die ihr Herausgeber signiert oder veröffentlicht hat.</translation>
    </message>
    <message>
        <source>The file&apos;s checksum differs from the published one.</source>
        <translation>Die Prüfsumme der Datei weicht von der veröffentlichten ab.</translation>
    </message>
    <message>
        <source>The signature does not match the file.</source>
        <translation>Die Signatur passt nicht zur Datei.</translation>
    </message>
    <message>
        <source>There is no signature or checksum for this file.</source>
        <translation>Für diese Datei gibt es weder Signatur noch Prüfsumme.</translation>
    </message>
    <message>
        <source>The signing key is not in the trust store.</source>
        <translation>Der signierende Schlüssel ist nicht im Vertrauensspeicher.</translation>
    </message>
    <message>
        <source>The signing key is in the trust store but its fingerprint has not been confirmed.</source>
        <translation>Der signierende Schlüssel ist im Vertrauensspeicher, sein Fingerabdruck wurde aber nicht bestätigt.</translation>
    </message>
    <message>
        <source>The signing key or certificate had expired.</source>
        <translation>Der signierende Schlüssel oder das Zertifikat war abgelaufen.</translation>
    </message>
    <message>
        <source>The signing key was revoked.</source>
        <translation>Der signierende Schlüssel wurde widerrufen.</translation>
    </message>
    <message>
        <source>The signature has expired.</source>
        <translation>Die Signatur ist abgelaufen.</translation>
    </message>
    <message>
        <source>Only MD5 or SHA-1 evidence: not enough on its own.</source>
        <translation>Nur MD5- oder SHA-1-Nachweis: allein nicht ausreichend.</translation>
    </message>
    <message>
        <source>A certificate of the signer&apos;s chain is revoked.</source>
        <translation>Ein Zertifikat in der Kette des Unterzeichners ist widerrufen.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not lead to a trusted CA.</source>
        <translation>Das Zertifikat des Unterzeichners führt zu keiner vertrauenswürdigen CA.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not meant for code signing.</source>
        <translation>Das Zertifikat des Unterzeichners ist nicht für Codesignatur bestimmt.</translation>
    </message>
    <message>
        <source>The key, certificate or signature is not valid yet.</source>
        <translation>Schlüssel, Zertifikat oder Signatur ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>A CA&apos;s revocation list is missing or out of date.</source>
        <translation>Die Sperrliste einer CA fehlt oder ist veraltet.</translation>
    </message>
    <message>
        <source>The file has changed since it was released.</source>
        <translation>Die Datei wurde seit ihrer Veröffentlichung verändert.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
</context>
<context>
    <name>ReleaseStatementDocument</name>
    <message>
        <source>no green verification of this file is on record</source>
        <translation>für diese Datei ist keine erfolgreiche Prüfung erfasst</translation>
    </message>
    <message>
        <source>verification %1 on %2 by %3: %4</source>
        <translation>Prüfung %1 am %2 von %3: %4</translation>
    </message>
    <message>
        <source>Signer: %1, fingerprint %2.</source>
        <translation>Unterzeichner: %1, Fingerabdruck %2.</translation>
    </message>
    <message>
        <source>Release statement: %1</source>
        <translation>Freigabeerklärung: %1</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation>Name und Version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bezugsquelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 Bytes</translation>
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
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Test environment</source>
        <translation>Testumgebung</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Accepted: the package passed the tests below.</source>
        <translation>Abgenommen: Das Paket hat die unten aufgeführten Tests bestanden.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Erklärt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Freigabedatum</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Checksum register</source>
        <translation>Prüfsummenregister</translation>
    </message>
    <message>
        <source>entry %1, chain hash %2</source>
        <translation>Eintrag %1, Kettenhash %2</translation>
    </message>
    <message>
        <source>Generated on %1 by ChangeDesk from the package&apos;s record. Compare the file with the SHA-256 above, or with the register&apos;s export, before installing it.</source>
        <translation>Erstellt am %1 von ChangeDesk aus dem Datensatz des Pakets. Vergleichen Sie die Datei vor der Installation mit dem SHA-256-Wert oben oder mit dem Export des Registers.</translation>
    </message>
    <message>
        <source>Release statement: %1 (%2)</source>
        <translation>Freigabeerklärung: %1 (%2)</translation>
    </message>
    <message>
        <source>  file          %1, %2 bytes</source>
        <translation>  Datei           %1, %2 Bytes</translation>
    </message>
    <message>
        <source>  SHA-256       %1</source>
        <translation>  SHA-256         %1</translation>
    </message>
    <message>
        <source>  verification  %1</source>
        <translation>  Prüfung         %1</translation>
    </message>
    <message>
        <source>  tested in     %1</source>
        <translation>  getestet in     %1</translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation>    %1: %2</translation>
    </message>
    <message>
        <source>  accepted by   %1 on %2</source>
        <translation>  abgenommen von  %1 am %2</translation>
    </message>
    <message>
        <source>  released by   %1 for %2</source>
        <translation>  freigegeben von %1 zum %2</translation>
    </message>
    <message>
        <source>  restrictions  %1</source>
        <translation>  Einschränkungen %1</translation>
    </message>
    <message>
        <source>  register      entry %1</source>
        <translation>  Register        Eintrag %1</translation>
    </message>
</context>
<context>
    <name>Rescheduler</name>
    <message>
        <source>A change must end after it starts.</source>
        <translation>Eine Änderung muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Request #%1 cannot be moved there: %2</source>
        <translation>Antrag #%1 kann nicht dorthin verschoben werden: %2</translation>
    </message>
    <message>
        <source>Request #%1 has no wave %2.</source>
        <translation>Antrag #%1 hat keine Welle %2.</translation>
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
        <translation>Betroffene Gruppen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Begründung der Abweichung</translation>
    </message>
    <message>
        <source>category %1, priority %2</source>
        <translation>Kategorie %1, Priorität %2</translation>
    </message>
    <message>
        <source>Suggested classification</source>
        <translation>Vorgeschlagene Einstufung</translation>
    </message>
    <message>
        <source>Authorized at</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Rollout waves:</source>
        <translation>Verteilungswellen:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Break point</source>
        <translation>Haltepunkt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Go criteria</source>
        <translation>Go-Kriterien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Test cases:</source>
        <translation>Testfälle:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>Getestet von</translation>
    </message>
    <message>
        <source>Evaluation (%1, %2):</source>
        <translation>Bewertung (%1, %2):</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Users satisfied</source>
        <translation>Benutzer zufrieden</translation>
    </message>
    <message>
        <source>Budget kept</source>
        <translation>Budget eingehalten</translation>
    </message>
    <message>
        <source>Schedule kept</source>
        <translation>Zeitplan eingehalten</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Tests afterwards</source>
        <translation>Nachtests</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>you may take it now</source>
        <translation>Sie können ihn jetzt ausführen</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>durch %1</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between role names</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>still missing: %1</source>
        <translation>fehlt noch: %1</translation>
    </message>
    <message>
        <source>not by the applicant</source>
        <translation>nicht durch den Antragsteller</translation>
    </message>
    <message>
        <source>waits for the objection to be decided</source>
        <translation>wartet auf die Entscheidung über den Einwand</translation>
    </message>
    <message>
        <source>needs --reason</source>
        <translation>braucht --reason</translation>
    </message>
    <message>
        <source>No step follows: the request has ended (&apos;%1&apos;).</source>
        <translation>Es folgt kein Schritt: Der Antrag ist abgeschlossen („%1“).</translation>
    </message>
    <message>
        <source>Next steps (for %1):</source>
        <translation>Nächste Schritte (für %1):</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>Wer und was</translation>
    </message>
    <message>
        <source>(%1 With --as LOGIN this shows what that person may do.)</source>
        <translation>(%1 Mit --as LOGIN zeigt dies, was diese Person tun darf.)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of: %3.</source>
        <translation>%1 „%2“ ist keiner dieser Werte: %3.</translation>
    </message>
    <message>
        <source>There is no person with the login &apos;%1&apos;.</source>
        <translation>Es gibt keine Person mit der Anmeldung „%1“.</translation>
    </message>
    <message>
        <source>person needs a subcommand: add, list or roles</source>
        <translation>person braucht einen Unterbefehl: add, list oder roles</translation>
    </message>
    <message>
        <source>unknown person subcommand &apos;%1&apos;: use add, list or roles</source>
        <translation>unbekannter person-Unterbefehl „%1“: Verwenden Sie add, list oder roles</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; the roles are: %2.</source>
        <translation>„%1“ ist keine Rolle; die Rollen sind: %2.</translation>
    </message>
    <message>
        <source>person add needs a login and --name, e.g. &apos;person add jdoe --name &quot;Jan de Vries&quot; --roles applicant&apos;</source>
        <translation>person add braucht eine Anmeldung und --name, z. B. „person add jdoe --name &quot;Jan de Vries&quot; --roles applicant“</translation>
    </message>
    <message>
        <source>There is no organizational unit with the code or name &apos;%1&apos;.</source>
        <translation>Es gibt keine Organisationseinheit mit dem Kürzel oder Namen „%1“.</translation>
    </message>
    <message>
        <source>Added %1 (%2), without roles.</source>
        <translation>%1 (%2) hinzugefügt, ohne Rollen.</translation>
    </message>
    <message>
        <source>Added %1 (%2) with the roles: %3.</source>
        <translation>%1 (%2) hinzugefügt mit den Rollen: %3.</translation>
    </message>
    <message>
        <source>person list takes no arguments</source>
        <translation>person list nimmt keine Argumente</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>person roles takes exactly one login</source>
        <translation>person roles nimmt genau eine Anmeldung</translation>
    </message>
    <message>
        <source>person roles takes at most one of --set, --grant and --revoke</source>
        <translation>person roles nimmt höchstens eine der Optionen --set, --grant und --revoke</translation>
    </message>
    <message>
        <source>--grant and --revoke need a role</source>
        <translation>--grant und --revoke brauchen eine Rolle</translation>
    </message>
    <message>
        <source>%1 has no roles.</source>
        <translation>%1 hat keine Rollen.</translation>
    </message>
    <message>
        <source>%1 now has the roles: %2 (%3).</source>
        <translation>%1 hat jetzt die Rollen: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 has the roles: %2 (%3).</source>
        <translation>%1 hat die Rollen: %2 (%3).</translation>
    </message>
    <message>
        <source>rfc needs a subcommand: %1</source>
        <translation>rfc braucht einen Unterbefehl: %1</translation>
    </message>
    <message>
        <source>unknown rfc subcommand &apos;%1&apos;: use %2</source>
        <translation>unbekannter rfc-Unterbefehl „%1“: Verwenden Sie %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>a request for change is a JSON object</source>
        <translation>ein Änderungsantrag ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Schlüssel „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names</source>
        <translation>„%1“ muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>affected: unknown key &apos;%1&apos; (known: cis, groups)</source>
        <translation>affected: unbekannter Schlüssel „%1“ (bekannt: cis, groups)</translation>
    </message>
    <message>
        <source>&apos;affected&apos; must be a list of CI names or {&quot;cis&quot;: [...], &quot;groups&quot;: [...]}</source>
        <translation>„affected“ muss eine Liste von CI-Namen oder {&quot;cis&quot;: [...], &quot;groups&quot;: [...]} sein</translation>
    </message>
    <message>
        <source>affected: there is no configuration item named &apos;%1&apos;</source>
        <translation>affected: Es gibt kein Konfigurationselement namens „%1“</translation>
    </message>
    <message>
        <source>affected: there is no group named &apos;%1&apos;</source>
        <translation>affected: Es gibt keine Gruppe namens „%1“</translation>
    </message>
    <message>
        <source>&apos;department&apos; must be the code of an organizational unit</source>
        <translation>„department“ muss das Kürzel einer Organisationseinheit sein</translation>
    </message>
    <message>
        <source>department: there is no organizational unit with the code or name &apos;%1&apos;</source>
        <translation>department: Es gibt keine Organisationseinheit mit dem Kürzel oder Namen „%1“</translation>
    </message>
    <message>
        <source>&apos;applicant&apos; must be a login</source>
        <translation>„applicant“ muss eine Anmeldung sein</translation>
    </message>
    <message>
        <source>applicant: there is no person with the login &apos;%1&apos;</source>
        <translation>applicant: Es gibt keine Person mit der Anmeldung „%1“</translation>
    </message>
    <message>
        <source>&apos;rollout_waves&apos; must be a list of waves</source>
        <translation>„rollout_waves“ muss eine Liste von Wellen sein</translation>
    </message>
    <message>
        <source>rollout wave %1</source>
        <translation>Verteilungswelle %1</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (known: %3)</source>
        <translation>%1: unbekannter Schlüssel „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>%1: &apos;break_point&apos; must be true or false</source>
        <translation>%1: „break_point“ muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be text</source>
        <translation>%1: „%2“ muss Text sein</translation>
    </message>
    <message>
        <source>%1: there is no group named &apos;%2&apos;</source>
        <translation>%1: Es gibt keine Gruppe namens „%2“</translation>
    </message>
    <message>
        <source>&apos;test_cases&apos; must be a list of test cases</source>
        <translation>„test_cases“ muss eine Liste von Testfällen sein</translation>
    </message>
    <message>
        <source>test case %1</source>
        <translation>Testfall %1</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (known: description, expected)</source>
        <translation>%1: unbekannter Schlüssel „%2“ (bekannt: description, expected)</translation>
    </message>
    <message>
        <source>Similar open requests (possible duplicates of this one):</source>
        <translation>Ähnliche offene Anträge (mögliche Duplikate dieses Antrags):</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Shared CIs</source>
        <translation>Gemeinsame CIs</translation>
    </message>
    <message>
        <source>rfc create takes exactly one JSON file</source>
        <translation>rfc create nimmt genau eine JSON-Datei</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: only a change manager may apply on behalf of somebody else (&apos;%2&apos;).</source>
        <translation>%1: Nur ein Change-Manager darf im Namen einer anderen Person beantragen („%2“).</translation>
    </message>
    <message>
        <source>Created request for change #%1 &apos;%2&apos; (%3), applicant %4.</source>
        <translation>Änderungsantrag #%1 „%2“ angelegt (%3), Antragsteller %4.</translation>
    </message>
    <message>
        <source>rfc show takes exactly one request number</source>
        <translation>rfc show nimmt genau eine Antragsnummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of a request for change</source>
        <translation>„%1“ ist nicht die Nummer eines Änderungsantrags</translation>
    </message>
    <message>
        <source>Request for change #%1: %2</source>
        <translation>Änderungsantrag #%1: %2</translation>
    </message>
    <message>
        <source>Objections:</source>
        <translation>Einwände:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Erhoben von</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>rfc list takes no arguments besides its options</source>
        <translation>rfc list nimmt außer seinen Optionen keine Argumente</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for change</source>
        <translation>
            <numerusform>%n Änderungsantrag</numerusform>
            <numerusform>%n Änderungsanträge</numerusform>
        </translation>
    </message>
    <message>
        <source>(!) security management objects to the priority or category</source>
        <translation>(!) Das Sicherheitsmanagement erhebt Einwand gegen Priorität oder Kategorie</translation>
    </message>
    <message>
        <source>rfc act needs a request number and an action, e.g. &apos;rfc act 12 submit&apos;</source>
        <translation>rfc act braucht eine Antragsnummer und einen Schritt, z. B. „rfc act 12 submit“</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not &apos;%1&apos;</source>
        <translation>--set nimmt FELD=WERT, nicht „%1“</translation>
    </message>
    <message>
        <source>Request for change #%1 is now &apos;%2&apos; (%3 from &apos;%4&apos; by %5).</source>
        <translation>Änderungsantrag #%1 ist jetzt „%2“ (%3 aus „%4“ durch %5).</translation>
    </message>
    <message>
        <source>If it is one of them, the change manager rejects it: rfc act %1 reject_duplicate --set duplicate_of=N --reason TEXT</source>
        <translation>Ist es einer davon, lehnt der Change-Manager ihn ab: rfc act %1 reject_duplicate --set duplicate_of=N --reason TEXT</translation>
    </message>
    <message>
        <source>rfc test needs a request number, the number of the test case and --result, e.g. &apos;rfc test 12 1 --result passed --actual &quot;HTTP 200&quot;&apos;</source>
        <translation>rfc test braucht eine Antragsnummer, die Nummer des Testfalls und --result, z. B. „rfc test 12 1 --result passed --actual &quot;HTTP 200&quot;“</translation>
    </message>
    <message>
        <source>rfc test needs a request number and a test case number (1, 2, …)</source>
        <translation>rfc test braucht eine Antragsnummer und eine Testfallnummer (1, 2, …)</translation>
    </message>
    <message numerus="yes">
        <source>Request for change #%1 has %n test case(s); there is no test case %2.</source>
        <translation>
            <numerusform>Änderungsantrag #%1 hat %n Testfall; es gibt keinen Testfall %2.</numerusform>
            <numerusform>Änderungsantrag #%1 hat %n Testfälle; es gibt keinen Testfall %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test case %1 of request for change #%2 (&apos;%3&apos;): %4.</source>
        <translation>Testfall %1 von Änderungsantrag #%2 („%3“): %4.</translation>
    </message>
    <message>
        <source>rfc wave needs a request number, the number of the wave and --status, e.g. &apos;rfc wave 12 1 --status passed&apos;</source>
        <translation>rfc wave braucht eine Antragsnummer, die Nummer der Welle und --status, z. B. „rfc wave 12 1 --status passed“</translation>
    </message>
    <message>
        <source>rfc wave needs a request number and a wave number (1, 2, …)</source>
        <translation>rfc wave braucht eine Antragsnummer und eine Wellennummer (1, 2, …)</translation>
    </message>
    <message numerus="yes">
        <source>Request for change #%1 has %n rollout wave(s); there is no wave %2.</source>
        <translation>
            <numerusform>Änderungsantrag #%1 hat %n Verteilungswelle; es gibt keine Welle %2.</numerusform>
            <numerusform>Änderungsantrag #%1 hat %n Verteilungswellen; es gibt keine Welle %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout wave %1 of request for change #%2 (&apos;%3&apos;): %4.</source>
        <translation>Verteilungswelle %1 von Änderungsantrag #%2 („%3“): %4.</translation>
    </message>
    <message>
        <source>rfc evaluate needs a request number and at least one answer, e.g. &apos;rfc evaluate 12 --goal-reached yes --side-effects none&apos;</source>
        <translation>rfc evaluate braucht eine Antragsnummer und mindestens eine Antwort, z. B. „rfc evaluate 12 --goal-reached yes --side-effects none“</translation>
    </message>
    <message>
        <source>Recorded the evaluation of request for change #%1.</source>
        <translation>Bewertung von Änderungsantrag #%1 erfasst.</translation>
    </message>
    <message>
        <source>rfc object needs a request number, priority or category, the value proposed and --reason, e.g. &apos;rfc object 12 category far_reaching --reason &quot;…&quot;&apos;</source>
        <translation>rfc object braucht eine Antragsnummer, priority oder category, den vorgeschlagenen Wert und --reason, z. B. „rfc object 12 category far_reaching --reason &quot;…&quot;“</translation>
    </message>
    <message>
        <source>Objection %1: %2 of request for change #%3 should be &apos;%4&apos;. The request waits until the change manager accepts or escalates it (rfc decide %1 …).</source>
        <translation>Einwand %1: %2 von Änderungsantrag #%3 sollte „%4“ sein. Der Antrag wartet, bis der Change-Manager den Einwand annimmt oder eskaliert (rfc decide %1 …).</translation>
    </message>
    <message>
        <source>rfc decide needs an objection number and one of: %1</source>
        <translation>rfc decide braucht eine Einwandnummer und eines von: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of an objection</source>
        <translation>„%1“ ist nicht die Nummer eines Einwands</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Die Entscheidung</translation>
    </message>
    <message>
        <source>Objection %1 is now &apos;%2&apos;. %3 of request for change #%4: &apos;%5&apos;.</source>
        <translation>Einwand %1 ist jetzt „%2“. %3 von Änderungsantrag #%4: „%5“.</translation>
    </message>
    <message>
        <source>rfc attach needs a request number and a file</source>
        <translation>rfc attach braucht eine Antragsnummer und eine Datei</translation>
    </message>
    <message numerus="yes">
        <source>Attached %1 (%n byte(s), SHA-256 %2) to request for change #%3 as attachment %4.</source>
        <translation>
            <numerusform>%1 (%n Byte, SHA-256 %2) als Anhang %4 an Änderungsantrag #%3 angehängt.</numerusform>
            <numerusform>%1 (%n Bytes, SHA-256 %2) als Anhang %4 an Änderungsantrag #%3 angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>rfc attachment needs an attachment number and a file, or - for standard output</source>
        <translation>rfc attachment braucht eine Anhangnummer und eine Datei, oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of an attachment</source>
        <translation>„%1“ ist nicht die Nummer eines Anhangs</translation>
    </message>
    <message>
        <source>rfc attachment to standard output cannot also print JSON there</source>
        <translation>rfc attachment kann bei Ausgabe auf die Standardausgabe dort nicht zugleich JSON ausgeben</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote attachment %1 (%n byte(s)) to %2.</source>
        <translation>
            <numerusform>Anhang %1 (%n Byte) nach %2 geschrieben.</numerusform>
            <numerusform>Anhang %1 (%n Bytes) nach %2 geschrieben.</numerusform>
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
        <translation>Personen und Änderungsanträge:
  person add LOGIN --name NAME [--email E] [--unit CODE] [--roles R1,R2] [--as ADMIN]
                              eine Person mit App-Rollen hinzufügen (sobald es eine
                              Administration gibt, nur durch sie; die erste darf jede
                              Person benennen)
  person list                 Personen mit ihrer Einheit und ihren Rollen
  person roles LOGIN [--set R1,R2 | --grant R | --revoke R] [--as ADMIN]
                              die Rollen einer Person zeigen oder ändern: applicant,
                              change_manager, cab_member, security_management,
                              implementer, management, auditor, administrator
  rfc create FILE.json [--as USER]
                              ein neuer Änderungsantrag aus einer JSON-Datei; gibt seine
                              Nummer und mögliche Duplikate unter den offenen Anträgen aus
  rfc show ID [--as USER]     der ganze Antrag, seine Einwände und sein Verlauf, und die
                              nächsten Schritte mit wer sie gehen darf und was noch fehlt
  rfc list [--state S]... [--type T] [--priority P] [--category C] [--mine] [--text WORDS]
                              Änderungsanträge, die neuesten zuerst
  rfc todo [--as USER]        was diese Person jetzt tun kann, Überfälliges zuerst
  kpi [--from YYYY-MM] [--to YYYY-MM]
                              Kennzahlen je Monat (Vorgabe: die letzten 12 Monate)
  rfc act ID ACTION [--set FIELD=VALUE]... [--reason TEXT] [--as USER]
                              einen Schritt des Ablaufs gehen (submit, accept, classify, …)
                              und dabei Felder ausfüllen
  rfc test ID N --result passed|failed|skipped [--actual TEXT] [--as USER]
                              das Ergebnis von Testfall N erfassen
  rfc wave ID N --status running|passed|halted|failed [--note TEXT] [--as USER]
                              den Status der Verteilungswelle N erfassen
  rfc evaluate ID [--goal-reached yes|no] [--users-satisfied yes|no] [--budget-kept yes|no]
               [--schedule-kept yes|no] [--side-effects TEXT] [--post-tests TEXT] [--as USER]
                              die Bewertung nach der Umsetzung erfassen
  rfc object ID priority|category VALUE --reason TEXT [--as USER]
                              Einwand des Sicherheitsmanagements gegen Priorität oder Kategorie
  rfc decide OBJECTION accept|escalate|withdraw|uphold|dismiss [--reason TEXT] [--as USER]
                              über einen Einwand entscheiden
  rfc attach ID FILE [--as USER]
                              eine Datei an einen Änderungsantrag anhängen
  rfc attachment ATTACHMENT_ID OUTFILE|-
                              einen Anhang in eine Datei oder die Standardausgabe schreiben
  --as USER handelt unter SQLite als diese Person (Vorgabe: die Anmeldung am Betriebssystem);
  unter PostgreSQL handelt jede Person als die Anmeldung der Verbindung.
</translation>
    </message>
    <message>
        <source>rfc todo takes no arguments besides --as</source>
        <translation>rfc todo nimmt außer --as keine Argumente</translation>
    </message>
    <message>
        <source>objection %1: %2</source>
        <translation>Einwand %1: %2</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s) for %1</source>
        <translation>
            <numerusform>%n Aufgabe für %1</numerusform>
            <numerusform>%n Aufgaben für %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them overdue</source>
        <translation>
            <numerusform>%n davon überfällig</numerusform>
            <numerusform>%n davon überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>kpi takes no arguments besides --from and --to</source>
        <translation>kpi nimmt außer --from und --to keine Argumente</translation>
    </message>
    <message>
        <source>--from and --to take a month as YYYY-MM, e.g. 2026-03</source>
        <translation>--from und --to nehmen einen Monat als YYYY-MM, z. B. 2026-03</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>Median lead time (days)</source>
        <translation>Mittlere Durchlaufzeit (Tage)</translation>
    </message>
    <message>
        <source>Evaluations overdue/due</source>
        <translation>Bewertungen überfällig/fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) overdue now</source>
        <translation>
            <numerusform>%n Bewertung jetzt überfällig</numerusform>
            <numerusform>%n Bewertungen jetzt überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos;, shipped with ChangeDesk</source>
        <translation>„%1“, mit ChangeDesk ausgeliefert</translation>
    </message>
    <message>
        <source>&apos;%1&apos;, installed by %2 on %3 (no. %4)</source>
        <translation>„%1“, in Kraft gesetzt von %2 am %3 (Nr. %4)</translation>
    </message>
    <message>
        <source>workflow show takes no arguments</source>
        <translation>workflow show nimmt keine Argumente</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>In Kraft: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s), %1 transitions</source>
        <translation>
            <numerusform>%n Zustand, %1 Übergänge</numerusform>
            <numerusform>%n Zustände, %1 Übergänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed before:</source>
        <translation>Vorher in Kraft:</translation>
    </message>
    <message>
        <source>workflow needs a subcommand: export [FILE] [--shipped], check FILE, show or install FILE</source>
        <translation>workflow braucht einen Unterbefehl: export [DATEI] [--shipped], check DATEI, show oder install DATEI</translation>
    </message>
    <message>
        <source>workflow install takes exactly one file</source>
        <translation>workflow install nimmt genau eine Datei</translation>
    </message>
    <message>
        <source>In force now: %1</source>
        <translation>Jetzt in Kraft: %1</translation>
    </message>
    <message>
        <source>implementers: there is no person with the login &apos;%1&apos;</source>
        <translation>implementers: Es gibt keine Person mit der Anmeldung „%1“</translation>
    </message>
</context>
<context>
    <name>RightsProfileRepository</name>
    <message>
        <source>person &apos;%1&apos;</source>
        <translation>Person „%1“</translation>
    </message>
    <message>
        <source>unit &apos;%1&apos;</source>
        <translation>Organisationseinheit „%1“</translation>
    </message>
    <message>
        <source>The rights profile &apos;%1&apos; of %2 on &apos;%3&apos;</source>
        <translation>Das Rechteprofil „%1“ von %2 auf „%3“</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Application administrator</source>
        <translation>Anwendungsadministrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Notfallzugriff</translation>
    </message>
    <message>
        <source>Full control of the system: its configuration, software and accounts.</source>
        <translation>Volle Kontrolle über das System: Konfiguration, Software und Konten.</translation>
    </message>
    <message>
        <source>Manages an application&apos;s settings, content and users, not the system beneath it.</source>
        <translation>Verwaltet Einstellungen, Inhalte und Benutzer einer Anwendung, nicht das zugrunde liegende System.</translation>
    </message>
    <message>
        <source>Runs and monitors the system (start, stop, backups) without changing its configuration.</source>
        <translation>Betreibt und überwacht das System (Starten, Stoppen, Sicherungen), ohne dessen Konfiguration zu ändern.</translation>
    </message>
    <message>
        <source>Works with the system or application in daily business.</source>
        <translation>Arbeitet im Tagesgeschäft mit dem System oder der Anwendung.</translation>
    </message>
    <message>
        <source>Reads data and settings and changes nothing, e.g. for audits.</source>
        <translation>Liest Daten und Einstellungen, ändert aber nichts, zum Beispiel für Prüfungen.</translation>
    </message>
    <message>
        <source>Break-glass access for emergencies; every use is logged and reviewed.</source>
        <translation>Break-Glass-Zugang für Notfälle; jede Nutzung wird protokolliert und geprüft.</translation>
    </message>
    <message>
        <source>A rights profile needs the configuration item it applies to.</source>
        <translation>Ein Rechteprofil benötigt das Konfigurationselement, für das es gilt.</translation>
    </message>
    <message>
        <source>A rights profile is held by a person or by an organizational unit, not by both.</source>
        <translation>Ein Rechteprofil gehört entweder einer Person oder einer Organisationseinheit, nicht beiden.</translation>
    </message>
    <message>
        <source>A rights profile needs a holder: a person or an organizational unit.</source>
        <translation>Ein Rechteprofil benötigt einen Inhaber: eine Person oder eine Organisationseinheit.</translation>
    </message>
    <message>
        <source>A rights profile needs a profile, e.g. %1.</source>
        <translation>Ein Rechteprofil benötigt ein Profil, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is not valid: at most %2 characters and no control characters.</source>
        <translation>Das Profil „%1“ ist ungültig: höchstens %2 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>The description of the rights profile &apos;%1&apos; is too long: at most %2 characters.</source>
        <translation>Die Beschreibung des Rechteprofils „%1“ ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>looking up configuration item %1</source>
        <translation>Suchen des Konfigurationselements mit der ID %1</translation>
    </message>
    <message>
        <source>There is no configuration item with id %1.</source>
        <translation>Es gibt kein Konfigurationselement mit der ID %1.</translation>
    </message>
    <message>
        <source>looking up person %1</source>
        <translation>Suchen der Person mit der ID %1</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <source>looking up organizational unit %1</source>
        <translation>Suchen der Organisationseinheit mit der ID %1</translation>
    </message>
    <message>
        <source>There is no organizational unit with id %1.</source>
        <translation>Es gibt keine Organisationseinheit mit der ID %1.</translation>
    </message>
    <message>
        <source>checking the rights profiles of &apos;%1&apos;</source>
        <translation>Prüfen der Rechteprofile von „%1“</translation>
    </message>
    <message>
        <source>%1 already holds the profile &apos;%2&apos; on &apos;%3&apos; (rights profile %4).</source>
        <translation>%1 hat bereits das Profil „%2“ auf „%3“ (Rechteprofil %4).</translation>
    </message>
    <message>
        <source>granting &apos;%1&apos; on &apos;%2&apos;</source>
        <translation>Vergeben von „%1“ auf „%2“</translation>
    </message>
    <message>
        <source>Rights profile %1 no longer exists: someone else revoked it. Your change was not saved.</source>
        <translation>Das Rechteprofil %1 existiert nicht mehr: Es wurde zwischenzeitlich von einer anderen Person entzogen. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 cannot move to another configuration item: revoke it and grant a new one.</source>
        <translation>%1 kann nicht auf ein anderes Konfigurationselement übertragen werden: Entziehen Sie es und vergeben Sie ein neues.</translation>
    </message>
    <message>
        <source>Rights profile %1 does not exist (any more): someone else may have revoked it.</source>
        <translation>Das Rechteprofil %1 existiert nicht (mehr): Möglicherweise wurde es von einer anderen Person entzogen.</translation>
    </message>
    <message>
        <source>reading rights profiles</source>
        <translation>Lesen der Rechteprofile</translation>
    </message>
</context>
<context>
    <name>SbomImporter</name>
    <message>
        <source>%1 is a %2 SBOM, not %3.</source>
        <translation>%1 ist eine %2-SBOM, keine %3-SBOM.</translation>
    </message>
    <message>
        <source>component %1 (%2): the CPE &apos;%3&apos; is not valid and was left out: %4</source>
        <translation>Komponente %1 (%2): der CPE „%3“ ist ungültig und wurde weggelassen: %4</translation>
    </message>
    <message>
        <source>component %1 (%2): the package URL &apos;%3&apos; is not valid and was left out: %4</source>
        <translation>Komponente %1 (%2): die Package-URL „%3“ ist ungültig und wurde weggelassen: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; gives no product name the catalogue can use</source>
        <translation>„%1“ liefert keinen Produktnamen, den der Katalog verwenden kann</translation>
    </message>
    <message>
        <source>the same product and version as component %1</source>
        <translation>dasselbe Produkt in derselben Version wie Komponente %1</translation>
    </message>
    <message>
        <source>looking up configuration item &apos;%1&apos;</source>
        <translation>Suchen des Konfigurationselements „%1“</translation>
    </message>
    <message>
        <source>There is no configuration item named &apos;%1&apos; to import %2 into.</source>
        <translation>Es gibt kein Konfigurationselement mit dem Namen „%1“, in das %2 importiert werden könnte.</translation>
    </message>
    <message>
        <source>%1 does not say which system it describes; choose the configuration item to import it into.</source>
        <translation>%1 gibt nicht an, welches System beschrieben wird; wählen Sie das Konfigurationselement, in das die Datei importiert werden soll.</translation>
    </message>
    <message>
        <source>%1 describes &apos;%2&apos;, and no configuration item has that name; choose the configuration item to import it into.</source>
        <translation>%1 beschreibt „%2“, aber kein Konfigurationselement hat diesen Namen; wählen Sie das Konfigurationselement, in das die Datei importiert werden soll.</translation>
    </message>
    <message>
        <source>reading the product catalogue</source>
        <translation>Lesen des Produktkatalogs</translation>
    </message>
    <message>
        <source>reading installed software</source>
        <translation>Lesen der installierten Software</translation>
    </message>
    <message>
        <source>already recorded from %1; left as it is</source>
        <translation>bereits aus %1 erfasst; unverändert gelassen</translation>
    </message>
    <message>
        <source>adding products to the catalogue</source>
        <translation>Hinzufügen von Produkten zum Katalog</translation>
    </message>
    <message>
        <source>recording installed software</source>
        <translation>Erfassen der installierten Software</translation>
    </message>
    <message>
        <source>Product &apos;%1&apos; vanished while it was being added.</source>
        <translation>Das Produkt „%1“ ist beim Anlegen verschwunden.</translation>
    </message>
    <message>
        <source>removing software the SBOM no longer lists</source>
        <translation>Entfernen von Software, die die SBOM nicht mehr aufführt</translation>
    </message>
</context>
<context>
    <name>SbomParser</name>
    <message>
        <source>%1 is larger than %2, the limit for SBOM files; it was not read. Split the SBOM or raise the limit.</source>
        <translation>%1 ist größer als %2, die Obergrenze für SBOM-Dateien; die Datei wurde nicht gelesen. Teilen Sie die SBOM auf oder erhöhen Sie die Obergrenze.</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the name</source>
        <translation>&apos;:&apos; nach dem Namen erwartet</translation>
    </message>
    <message>
        <source>expected a value (text in quotes, a number, true, false, null, an object or a list)</source>
        <translation>Wert erwartet (Text in Anführungszeichen, eine Zahl, true, false, null, ein Objekt oder eine Liste)</translation>
    </message>
    <message>
        <source>expected a value after &apos;,&apos;</source>
        <translation>Wert nach &apos;,&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation>unerwarteter Text nach dem Ende des JSON-Dokuments</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>text in quotes is not closed</source>
        <translation>Text in Anführungszeichen ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1 is empty; expected a CycloneDX or SPDX SBOM in JSON format.</source>
        <translation>%1 ist leer; erwartet wurde eine CycloneDX- oder SPDX-SBOM im JSON-Format.</translation>
    </message>
    <message>
        <source>%1 is JSON but neither a CycloneDX nor an SPDX document (it is a list, not an object).</source>
        <translation>%1 ist JSON, aber weder ein CycloneDX- noch ein SPDX-Dokument (es ist eine Liste, kein Objekt).</translation>
    </message>
    <message>
        <source>%1 is an SPDX 3 document (JSON-LD), which is not supported. Supported: SPDX-2.3 JSON and CycloneDX %2 JSON.</source>
        <translation>%1 ist ein SPDX-3-Dokument (JSON-LD), das nicht unterstützt wird. Unterstützt werden: SPDX-2.3 JSON und CycloneDX %2 JSON.</translation>
    </message>
    <message>
        <source>%1 is JSON but neither a CycloneDX nor an SPDX document: it has no &quot;bomFormat&quot;: &quot;CycloneDX&quot; and no &quot;spdxVersion&quot;.</source>
        <translation>%1 ist JSON, aber weder ein CycloneDX- noch ein SPDX-Dokument: Es enthält weder &quot;bomFormat&quot;: &quot;CycloneDX&quot; noch &quot;spdxVersion&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the JSON document ends unexpectedly; the file seems truncated (an interrupted download or copy?).</source>
        <translation>%1, Zeile %2, Spalte %3: das JSON-Dokument endet unerwartet; die Datei scheint abgeschnitten zu sein (ein abgebrochener Download oder Kopiervorgang?).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: invalid JSON: %4.</source>
        <translation>%1, Zeile %2, Spalte %3: ungültiges JSON: %4.</translation>
    </message>
    <message>
        <source>%1 is a CycloneDX SBOM in XML format; only JSON is supported. Export or convert the SBOM to CycloneDX JSON and import that.</source>
        <translation>%1 ist eine CycloneDX-SBOM im XML-Format; unterstützt wird nur JSON. Exportieren oder konvertieren Sie die SBOM nach CycloneDX JSON und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 is an SPDX document in RDF/XML format; only SPDX-2.3 JSON is supported.</source>
        <translation>%1 ist ein SPDX-Dokument im RDF/XML-Format; unterstützt wird nur SPDX-2.3 JSON.</translation>
    </message>
    <message>
        <source>%1 is an XML file, not a JSON SBOM. Supported: CycloneDX %2 JSON and SPDX-2.3 JSON.</source>
        <translation>%1 ist eine XML-Datei, keine JSON-SBOM. Unterstützt werden: CycloneDX %2 JSON und SPDX-2.3 JSON.</translation>
    </message>
    <message>
        <source>%1 is an SPDX document in tag-value format; only SPDX-2.3 JSON is supported.</source>
        <translation>%1 ist ein SPDX-Dokument im Tag-Value-Format; unterstützt wird nur SPDX-2.3 JSON.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: not a JSON document (JSON starts with &apos;{&apos;). Supported: CycloneDX %4 JSON and SPDX-2.3 JSON.</source>
        <translation>%1, Zeile %2, Spalte %3: kein JSON-Dokument (JSON beginnt mit &apos;{&apos;). Unterstützt werden: CycloneDX %4 JSON und SPDX-2.3 JSON.</translation>
    </message>
    <message>
        <source>without a specVersion</source>
        <translation>ohne specVersion</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>der Version %1</translation>
    </message>
    <message>
        <source>%1 is a CycloneDX document %2, which is not supported. Supported CycloneDX versions: %3 (JSON).</source>
        <translation>%1 ist ein CycloneDX-Dokument %2, das nicht unterstützt wird. Unterstützte CycloneDX-Versionen: %3 (JSON).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list.</source>
        <translation>%1: &quot;%2&quot; ist keine Liste.</translation>
    </message>
    <message>
        <source>%1: the component at %2 is not a JSON object.</source>
        <translation>%1: die Komponente unter %2 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: the component at %2 has no name (and no bom-ref).</source>
        <translation>%1: die Komponente unter %2 hat keinen Namen (und keine bom-ref).</translation>
    </message>
    <message>
        <source>%1: the component at %2 (bom-ref &quot;%3&quot;) has no name.</source>
        <translation>%1: die Komponente unter %2 (bom-ref &quot;%3&quot;) hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 is an SPDX document of version &quot;%2&quot;, which is not supported. Supported: %3 (JSON).</source>
        <translation>%1 ist ein SPDX-Dokument der Version &quot;%2&quot;; diese Version wird nicht unterstützt. Unterstützt werden: %3 (JSON).</translation>
    </message>
    <message>
        <source>%1: &quot;packages&quot; is not a list.</source>
        <translation>%1: &quot;packages&quot; ist keine Liste.</translation>
    </message>
    <message>
        <source>%1: the package at %2 is not a JSON object.</source>
        <translation>%1: das Paket unter %2 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: the package at %2 has no name (and no SPDXID).</source>
        <translation>%1: das Paket unter %2 hat keinen Namen (und keine SPDXID).</translation>
    </message>
    <message>
        <source>%1: the package at %2 (SPDXID &quot;%3&quot;) has no name.</source>
        <translation>%1: das Paket unter %2 (SPDXID &quot;%3&quot;) hat keinen Namen.</translation>
    </message>
    <message>
        <source>The SBOM file %1 does not exist.</source>
        <translation>Die SBOM-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an SBOM file.</source>
        <translation>%1 ist ein Ordner, keine SBOM-Datei.</translation>
    </message>
    <message>
        <source>Cannot read the SBOM file %1: %2</source>
        <translation>Die SBOM-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ServerPolicy</name>
    <message>
        <source>Server-side authorization is for PostgreSQL. An SQLite file has one user, and ChangeDesk&apos;s own checks apply to it.</source>
        <translation>Die serverseitige Autorisierung gibt es für PostgreSQL. Eine SQLite-Datei hat einen Benutzer, und für sie gelten die Prüfungen von ChangeDesk selbst.</translation>
    </message>
    <message>
        <source>asking the server for the database name</source>
        <translation>beim Erfragen des Datenbanknamens vom Server</translation>
    </message>
    <message>
        <source>The database is called &apos;%1&apos;; its roles are named after it, so the name must be at most 40 lower-case letters, digits and underscores.</source>
        <translation>Die Datenbank heißt „%1“; ihre Rollen werden nach ihr benannt, daher darf der Name höchstens 40 Kleinbuchstaben, Ziffern und Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>looking for the server-side authorization</source>
        <translation>beim Suchen der serverseitigen Autorisierung</translation>
    </message>
    <message>
        <source>The password for &apos;%1&apos; is empty.</source>
        <translation>Das Passwort für „%1“ ist leer.</translation>
    </message>
    <message>
        <source>There is no person with the login &apos;%1&apos;.</source>
        <translation>Es gibt keine Person mit dem Login „%1“.</translation>
    </message>
    <message>
        <source>looking up the login role &apos;%1&apos;</source>
        <translation>beim Nachschlagen der Login-Rolle „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no login role on the server yet: secure the database first (changedeskctl server secure).</source>
        <translation>„%1“ hat noch keine Login-Rolle auf dem Server: sichern Sie zuerst die Datenbank ab (changedeskctl server secure).</translation>
    </message>
    <message>
        <source>setting the password of &apos;%1&apos;</source>
        <translation>beim Setzen des Passworts von „%1“</translation>
    </message>
    <message>
        <source>asking the server who is logged in</source>
        <translation>beim Erfragen der angemeldeten Person vom Server</translation>
    </message>
    <message>
        <source>Securing the database makes roles and changes owners: log in as a superuser of the PostgreSQL server (the database administrator) to do it.</source>
        <translation>Das Absichern der Datenbank legt Rollen an und ändert Eigentümer: melden Sie sich dafür als Superuser des PostgreSQL-Servers an (Datenbankadministration).</translation>
    </message>
    <message>
        <source>securing the database</source>
        <translation>beim Absichern der Datenbank</translation>
    </message>
    <message>
        <source>reading the columns of change_request</source>
        <translation>beim Lesen der Spalten von change_request</translation>
    </message>
    <message>
        <source>The column change_request.%1 belongs to no field the guards know.</source>
        <translation>Die Spalte change_request.%1 gehört zu keinem Feld, das die Prüfungen kennen.</translation>
    </message>
    <message>
        <source>The database has no requests for change yet: run changedeskctl init on it first.</source>
        <translation>Die Datenbank hat noch keine Änderungsanträge: führen Sie zuerst changedeskctl init darauf aus.</translation>
    </message>
    <message>
        <source>making the people&apos;s login roles</source>
        <translation>beim Anlegen der Login-Rollen der Personen</translation>
    </message>
    <message>
        <source>counting the transitions the guards check against</source>
        <translation>beim Zählen der Übergänge, gegen die die Prüfungen prüfen</translation>
    </message>
</context>
<context>
    <name>SoftwareRepository</name>
    <message>
        <source>&apos;%1&apos; does not name a product: give a name, a package URL or a CPE.</source>
        <translation>„%1“ bezeichnet kein Produkt: Geben Sie einen Namen, eine Package-URL oder einen CPE an.</translation>
    </message>
    <message>
        <source>adding product &apos;%1&apos;</source>
        <translation>Anlegen des Produkts „%1“</translation>
    </message>
    <message>
        <source>reading product &apos;%1&apos;</source>
        <translation>Lesen des Produkts „%1“</translation>
    </message>
    <message>
        <source>Product &apos;%1&apos; vanished while it was being added.</source>
        <translation>Das Produkt „%1“ ist beim Anlegen verschwunden.</translation>
    </message>
    <message>
        <source>looking up product &apos;%1&apos;</source>
        <translation>Suchen des Produkts „%1“</translation>
    </message>
    <message>
        <source>recording %1 %2 on a configuration item</source>
        <translation>Erfassen von %1 %2 auf einem Konfigurationselement</translation>
    </message>
    <message>
        <source>reading installed software</source>
        <translation>Lesen der installierten Software</translation>
    </message>
    <message>
        <source>An applied patch needs a title.</source>
        <translation>Ein eingespielter Patch benötigt einen Titel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a patch result; use %2.</source>
        <translation>„%1“ ist kein Ergebnis eines Patches; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>recording patch &apos;%1&apos;</source>
        <translation>Erfassen des Patches „%1“</translation>
    </message>
    <message>
        <source>reading applied patches</source>
        <translation>Lesen der eingespielten Patches</translation>
    </message>
</context>
<context>
    <name>SoftwareReview</name>
    <message>
        <source>not reviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht benötigt</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>Say why &apos;%1&apos; is %2: the reason tells the system owners why it has to go.</source>
        <translation>Geben Sie an, warum „%1“ %2 ist: Die Begründung erklärt den Systemverantwortlichen, warum das Produkt entfernt werden muss.</translation>
    </message>
    <message>
        <source>There is no product &apos;%1&apos; in the catalogue (searched by name, alias, package URL and CPE).</source>
        <translation>Im Katalog gibt es kein Produkt „%1“ (gesucht nach Name, Alias, Package-URL und CPE).</translation>
    </message>
    <message>
        <source>product &apos;%1&apos;</source>
        <translation>Produkt „%1“</translation>
    </message>
    <message>
        <source>reading the approval of product %1</source>
        <translation>Lesen des Freigabestatus des Produkts mit der ID %1</translation>
    </message>
    <message>
        <source>There is no product with id %1.</source>
        <translation>Es gibt kein Produkt mit der ID %1.</translation>
    </message>
    <message>
        <source>finding software that is not needed</source>
        <translation>Ermitteln nicht benötigter Software</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>unknown language &apos;%1&apos;: use %2</source>
        <translation>unbekannte Sprache „%1“, verfügbar sind: %2</translation>
    </message>
    <message>
        <source>Patch and change management for public-sector IT.</source>
        <translation>Patch- und Änderungsmanagement für die IT der öffentlichen Verwaltung.</translation>
    </message>
    <message>
        <source>Open the database URL (sqlite:PATH or postgresql://USER@HOST:PORT/DB).</source>
        <translation>Datenbank-URL öffnen (sqlite:PATH oder postgresql://USER@HOST:PORT/DB).</translation>
    </message>
    <message>
        <source>Open a freshly seeded sample municipality.</source>
        <translation>Eine neu erzeugte Beispielgemeinde öffnen.</translation>
    </message>
    <message>
        <source>Start, save a screenshot of the main window to FILE and exit.</source>
        <translation>Starten, ein Bildschirmfoto des Hauptfensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Language: en, de or nl.</source>
        <translation>Sprache: en, de oder nl.</translation>
    </message>
    <message>
        <source>--pane must be a number from 1 to %1</source>
        <translation>--pane muss eine Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>the screenshot could not be written to %1</source>
        <translation>das Bildschirmfoto konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Pane to show first: 1 CMDB, 2 calendar, 3 requests for change, 4 CAB, 5 package integrity.</source>
        <translation>Zuerst angezeigter Bereich: 1 CMDB, 2 Änderungskalender, 3 Änderungsanträge, 4 CAB, 5 Paketintegrität.</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>The texts are the same.</source>
        <translation>Die Texte sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed</source>
        <translation>
            <numerusform>%n Zeile geändert</numerusform>
            <numerusform>%n Zeilen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt</numerusform>
            <numerusform>%n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>(too many differing lines to pair them up)</source>
        <translation>(zu viele abweichende Zeilen, um sie einander zuzuordnen)</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>OpenPGP key</source>
        <translation>OpenPGP-Schlüssel</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Revocation list (CRL)</source>
        <translation>Sperrliste (CRL)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is the certificate of &apos;%2&apos;, which is not a CA: pin the CA that issued it (&apos;%3&apos;) instead.</source>
        <translation>%1 ist das Zertifikat von „%2“ und kein CA-Zertifikat: Pinnen Sie stattdessen die CA, die es ausgestellt hat („%3“).</translation>
    </message>
    <message>
        <source>%1 is neither an OpenPGP public key nor an X.509 CA certificate or CRL.</source>
        <translation>%1 ist weder ein öffentlicher OpenPGP-Schlüssel noch ein X.509-CA-Zertifikat oder eine CRL.</translation>
    </message>
    <message>
        <source>Only a change manager, an administrator or security management keeps the trust store; %1 is none of these.</source>
        <translation>Nur ein Change-Manager, ein Administrator oder das Sicherheitsmanagement pflegt den Vertrauensspeicher; %1 hat keine dieser Rollen.</translation>
    </message>
    <message>
        <source>nobody acting</source>
        <translation>die handelnde Person (keine angegeben)</translation>
    </message>
    <message>
        <source>reading the trust store</source>
        <translation>Lesen des Vertrauensspeichers</translation>
    </message>
    <message>
        <source>The fingerprint you compared (%1) is not that of %2 (%3): do not trust this file.</source>
        <translation>Der verglichene Fingerabdruck (%1) ist nicht der von %2 (%3): Vertrauen Sie dieser Datei nicht.</translation>
    </message>
    <message>
        <source>Say through which channel the fingerprint was compared (for example the vendor&apos;s web page or a telephone call).</source>
        <translation>Geben Sie an, über welchen Kanal der Fingerabdruck verglichen wurde (zum Beispiel die Website des Herstellers oder ein Telefonanruf).</translation>
    </message>
    <message>
        <source>The trust store already has a newer revocation list of &apos;%1&apos; (of %2).</source>
        <translation>Der Vertrauensspeicher enthält bereits eine neuere Sperrliste von „%1“ (vom %2).</translation>
    </message>
    <message>
        <source>replacing the revocation list of &apos;%1&apos;</source>
        <translation>Ersetzen der Sperrliste von „%1“</translation>
    </message>
    <message>
        <source>adding %1 to the trust store</source>
        <translation>Hinzufügen von %1 zum Vertrauensspeicher</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a full fingerprint: compare and type all of it (40 or 64 hex digits).</source>
        <translation>„%1“ ist kein vollständiger Fingerabdruck: Vergleichen Sie ihn vollständig und geben Sie ihn ganz ein (40 oder 64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>No key or certificate with the fingerprint %1 is in the trust store.</source>
        <translation>Im Vertrauensspeicher gibt es keinen Schlüssel und kein Zertifikat mit dem Fingerabdruck %1.</translation>
    </message>
    <message>
        <source>A revocation list is not pinned: its CA is.</source>
        <translation>Eine Sperrliste wird nicht gepinnt, sondern ihre CA.</translation>
    </message>
    <message>
        <source>pinning %1</source>
        <translation>Pinnen von %1</translation>
    </message>
    <message>
        <source>removing %1 from the trust store</source>
        <translation>Entfernen von %1 aus dem Vertrauensspeicher</translation>
    </message>
</context>
<context>
    <name>VerificationLog</name>
    <message>
        <source>recording the verification of %1</source>
        <translation>Erfassen der Prüfung von %1</translation>
    </message>
    <message>
        <source>reading the verification records</source>
        <translation>Lesen der erfassten Prüfungen</translation>
    </message>
</context>
<context>
    <name>VerificationView</name>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Weak evidence</source>
        <translation>Schwacher Nachweis</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Checksum compared</source>
        <translation>Verglichene Prüfsumme</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
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
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Signing subkey</source>
        <translation>Signierender Unterschlüssel</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Digest of the signature</source>
        <translation>Hashverfahren der Signatur</translation>
    </message>
    <message>
        <source>Key when signing</source>
        <translation>Schlüssel beim Signieren</translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Schlüssel läuft ab</translation>
    </message>
    <message>
        <source>All signatures</source>
        <translation>Alle Signaturen</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>verification %1, by %2 on %3</source>
        <translation>Prüfung %1, von %2 am %3</translation>
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
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>QCA %1, providers: %2</source>
        <translation>QCA %1, Provider: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
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
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>SQL drivers: %1</source>
        <translation>SQL-Treiber: %1</translation>
    </message>
</context>
<context>
    <name>WindowRules</name>
    <message>
        <source>The maintenance window</source>
        <translation>Das Wartungsfenster</translation>
    </message>
    <message>
        <source>Maintenance window &apos;%1&apos;</source>
        <translation>Wartungsfenster „%1“</translation>
    </message>
    <message>
        <source>A maintenance window needs a name.</source>
        <translation>Ein Wartungsfenster benötigt einen Namen.</translation>
    </message>
    <message>
        <source>%1 belongs to a CI or to a group, not to both.</source>
        <translation>%1 gehört zu einem CI oder zu einer Gruppe, nicht zu beiden.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time zone (use an IANA name such as Europe/Berlin).</source>
        <translation>%1: „%2“ ist keine Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin).</translation>
    </message>
    <message>
        <source>%1 needs the date of its first occurrence.</source>
        <translation>%1 benötigt das Datum seines ersten Termins.</translation>
    </message>
    <message>
        <source>%1 ends (%2) before it begins (%3).</source>
        <translation>%1 endet (%2), bevor es beginnt (%3).</translation>
    </message>
    <message>
        <source>%1 needs a start and an end time.</source>
        <translation>%1 benötigt eine Beginn- und eine Endzeit.</translation>
    </message>
    <message>
        <source>%1: the interval must be from 1 to 52, not %2.</source>
        <translation>%1: Das Intervall muss zwischen 1 und 52 liegen, nicht %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not a day of the week (1 Monday to 7 Sunday, each once).</source>
        <translation>%1: %2 ist kein Wochentag (1 Montag bis 7 Sonntag, jeder nur einmal).</translation>
    </message>
    <message>
        <source>%1 repeats monthly: give either a day of the month or a week of the month with a weekday.</source>
        <translation>%1 wiederholt sich monatlich: Geben Sie entweder einen Tag des Monats oder eine Woche des Monats mit einem Wochentag an.</translation>
    </message>
    <message>
        <source>%1: the day of the month must be from 1 to 31, or -1 for the last day, not %2.</source>
        <translation>%1: Der Tag des Monats muss zwischen 1 und 31 liegen oder -1 für den letzten Tag sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1: the week of the month must be from 1 to 5, or -1 for the last, not %2.</source>
        <translation>%1: Die Woche des Monats muss zwischen 1 und 5 liegen oder -1 für die letzte sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1: a monthly window by week of the month needs exactly one weekday.</source>
        <translation>%1: Ein monatliches Wartungsfenster nach Woche des Monats benötigt genau einen Wochentag.</translation>
    </message>
    <message>
        <source>%1: a monthly window on a day of the month has no weekdays.</source>
        <translation>%1: Ein monatliches Wartungsfenster an einem Tag des Monats hat keine Wochentage.</translation>
    </message>
    <message>
        <source>%1: a day or week of the month belongs to monthly windows only.</source>
        <translation>%1: Ein Tag oder eine Woche des Monats gehört nur zu monatlichen Wartungsfenstern.</translation>
    </message>
    <message>
        <source>%1: a daily window has no weekdays; make it weekly to choose days.</source>
        <translation>%1: Ein tägliches Wartungsfenster hat keine Wochentage; machen Sie es wöchentlich, um Tage auszuwählen.</translation>
    </message>
    <message>
        <source>A freeze period needs a name.</source>
        <translation>Eine Änderungssperre benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Freeze period &apos;%1&apos; needs a start and an end.</source>
        <translation>Die Änderungssperre „%1“ benötigt einen Beginn und ein Ende.</translation>
    </message>
    <message>
        <source>Freeze period &apos;%1&apos; must end after it starts.</source>
        <translation>Die Änderungssperre „%1“ muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the week (use mo, tu, we, th, fr, sa, su).</source>
        <translation>„%1“ ist kein Wochentag (verwenden Sie mo, tu, we, th, fr, sa, su).</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Jeden %n. Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation>Jede Woche am %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>Jede %n. Woche am %1</numerusform>
            <numerusform>Alle %n Wochen am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>on the last day</source>
        <translation>am letzten Tag</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>am %1.</translation>
    </message>
    <message>
        <source>on the first %1</source>
        <translation>am ersten %1</translation>
    </message>
    <message>
        <source>on the second %1</source>
        <translation>am zweiten %1</translation>
    </message>
    <message>
        <source>on the third %1</source>
        <translation>am dritten %1</translation>
    </message>
    <message>
        <source>on the fourth %1</source>
        <translation>am vierten %1</translation>
    </message>
    <message>
        <source>on the fifth %1</source>
        <translation>am fünften %1</translation>
    </message>
    <message>
        <source>on the last %1</source>
        <translation>am letzten %1</translation>
    </message>
    <message>
        <source>Every month %1</source>
        <translation>Jeden Monat %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months %1</source>
        <translation>
            <numerusform>Jeden %n. Monat %1</numerusform>
            <numerusform>Alle %n Monate %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4)</source>
        <translation>%1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
</context>
<context>
    <name>WorkflowDefinition</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of texts</source>
        <translation>&apos;%1&apos; muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>Zeile 1</translation>
    </message>
    <message>
        <source>a workflow definition is a JSON object</source>
        <translation>eine Workflow-Definition ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;%1&quot;</source>
        <translation>&apos;format&apos; muss &quot;%1&quot; sein</translation>
    </message>
    <message>
        <source>&apos;version&apos; %1 is not supported (this ChangeDesk reads version %2)</source>
        <translation>&apos;version&apos; %1 wird nicht unterstützt (dieses ChangeDesk liest Version %2)</translation>
    </message>
    <message>
        <source>&apos;name&apos; is missing</source>
        <translation>&apos;name&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;states&apos; must be a list</source>
        <translation>&apos;states&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>states[%1]</source>
        <translation>states[%1]</translation>
    </message>
    <message>
        <source>a state is an object with an &apos;id&apos;</source>
        <translation>ein Zustand ist ein Objekt mit einer &apos;id&apos;</translation>
    </message>
    <message>
        <source>&apos;transitions&apos; must be a list</source>
        <translation>&apos;transitions&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>transitions[%1]</source>
        <translation>transitions[%1]</translation>
    </message>
    <message>
        <source>a transition is an object with &apos;action&apos;, &apos;from&apos;, &apos;to&apos; and &apos;roles&apos;</source>
        <translation>ein Übergang ist ein Objekt mit &apos;action&apos;, &apos;from&apos;, &apos;to&apos; und &apos;roles&apos;</translation>
    </message>
    <message>
        <source>transitions[%1] (&apos;%2&apos;)</source>
        <translation>transitions[%1] (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>&apos;to&apos; must name a state</source>
        <translation>&apos;to&apos; muss einen Zustand nennen</translation>
    </message>
    <message>
        <source>&apos;when&apos; must be an object of fields and their values</source>
        <translation>&apos;when&apos; muss ein Objekt aus Feldern und ihren Werten sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid state id (lower-case letters, digits and &apos;_&apos;, starting with a letter)</source>
        <translation>&apos;%1&apos; ist keine gültige Zustandskennung (Kleinbuchstaben, Ziffern und &apos;_&apos;, beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; is declared twice</source>
        <translation>der Zustand &apos;%1&apos; ist zweimal angegeben</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; cannot be both initial and final</source>
        <translation>der Zustand &apos;%1&apos; kann nicht zugleich Anfangs- und Endzustand sein</translation>
    </message>
    <message>
        <source>no state is marked initial; exactly one must be</source>
        <translation>kein Zustand ist als Anfangszustand markiert; genau einer muss es sein</translation>
    </message>
    <message>
        <source>%1 states are marked initial (%2); exactly one must be</source>
        <translation>%1 Zustände sind als Anfangszustand markiert (%2); genau einer darf es sein</translation>
    </message>
    <message>
        <source>no state is marked final; a change must be able to end</source>
        <translation>kein Zustand ist als Endzustand markiert; eine Änderung muss enden können</translation>
    </message>
    <message>
        <source>&apos;action&apos; must be an id (lower-case letters, digits and &apos;_&apos;, starting with a letter)</source>
        <translation>&apos;action&apos; muss eine Kennung sein (Kleinbuchstaben, Ziffern und &apos;_&apos;, beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <source>&apos;from&apos; names no state</source>
        <translation>&apos;from&apos; nennt keinen Zustand</translation>
    </message>
    <message>
        <source>&apos;from&apos; names the state &apos;%1&apos;, which is not declared</source>
        <translation>&apos;from&apos; nennt den Zustand &apos;%1&apos;, der nicht angegeben ist</translation>
    </message>
    <message>
        <source>&apos;from&apos; names the final state &apos;%1&apos;; nothing leaves a final state</source>
        <translation>&apos;from&apos; nennt den Endzustand &apos;%1&apos;; aus einem Endzustand führt kein Übergang heraus</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; has two transitions named &apos;%2&apos;</source>
        <translation>der Zustand &apos;%1&apos; hat zwei Übergänge namens &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;to&apos; names the state &apos;%1&apos;, which is not declared</source>
        <translation>&apos;to&apos; nennt den Zustand &apos;%1&apos;, der nicht angegeben ist</translation>
    </message>
    <message>
        <source>&apos;roles&apos; names nobody; at least one role must be allowed</source>
        <translation>&apos;roles&apos; nennt niemanden; mindestens eine Rolle muss berechtigt sein</translation>
    </message>
    <message>
        <source>&apos;roles&apos; names &apos;%1&apos;, which is not a role (roles: %2)</source>
        <translation>&apos;roles&apos; nennt &apos;%1&apos;, das keine Rolle ist (Rollen: %2)</translation>
    </message>
    <message>
        <source>&apos;requires&apos; names &apos;%1&apos;, which is not a field of a change</source>
        <translation>&apos;requires&apos; nennt &apos;%1&apos;, das kein Feld einer Änderung ist</translation>
    </message>
    <message>
        <source>&apos;when&apos; names &apos;%1&apos;; a transition can depend on %2</source>
        <translation>&apos;when&apos; nennt &apos;%1&apos;; ein Übergang kann abhängen von %2</translation>
    </message>
    <message>
        <source>&apos;when&apos; gives &apos;%1&apos; no value</source>
        <translation>&apos;when&apos; gibt &apos;%1&apos; keinen Wert</translation>
    </message>
    <message>
        <source>&apos;when&apos; gives &apos;%1&apos; the value &apos;%2&apos; (values: %3)</source>
        <translation>&apos;when&apos; gibt &apos;%1&apos; den Wert &apos;%2&apos; (Werte: %3)</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; cannot be reached from &apos;%2&apos;</source>
        <translation>der Zustand &apos;%1&apos; ist von &apos;%2&apos; aus nicht erreichbar</translation>
    </message>
    <message>
        <source>no transition leaves the state &apos;%1&apos;, which is not final</source>
        <translation>kein Übergang führt aus dem Zustand &apos;%1&apos; heraus, der kein Endzustand ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not possible: nothing follows the state &apos;%2&apos;.</source>
        <translation>„%1“ ist nicht möglich: Auf den Zustand „%2“ folgt nichts mehr.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not possible in the state &apos;%2&apos; (possible: %3).</source>
        <translation>„%1“ ist im Zustand „%2“ nicht möglich (möglich: %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs the role %2; you do not have it.</source>
        <translation>„%1“ erfordert die Rolle %2; Sie haben sie nicht.</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between role names</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 to be %3; it is not set.</source>
        <translation>„%1“ erfordert für %2 den Wert %3; es ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 to be %3; it is &apos;%4&apos;.</source>
        <translation>„%1“ erfordert für %2 den Wert %3; es ist „%4“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs these fields filled in first: %2.</source>
        <translation>„%1“ erfordert zuerst diese Felder: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be done by someone other than the applicant (four-eyes principle).</source>
        <translation>„%1“ muss von jemand anderem als dem Antragsteller ausgeführt werden (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; waits: security management objects to the priority or category. The change manager resolves the objection, or management decides.</source>
        <translation>„%1“ wartet: Das Sicherheitsmanagement hat Einspruch gegen Priorität oder Kategorie erhoben. Der Change-Manager löst den Einspruch auf, oder die Leitung entscheidet.</translation>
    </message>
    <message>
        <source>&apos;stamps&apos; names &apos;%1&apos;; a transition can stamp %2</source>
        <translation>„stamps“ nennt „%1“; ein Übergang kann %2 stempeln</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs the role %2, and an applicant may take it only on their own request; this one is somebody else&apos;s.</source>
        <translation>„%1“ braucht die Rolle %2, und Antragstellende dürfen ihn nur bei ihrem eigenen Antrag ausführen; dieser gehört jemand anderem.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; waits for the packages attached to this request to be verified: %2.</source>
        <translation>„%1“ wartet darauf, dass die diesem Antrag zugeordneten Pakete geprüft sind: %2.</translation>
    </message>
</context>
<context>
    <name>WorkflowStore</name>
    <message>
        <source>reading the workflow definition</source>
        <translation>beim Lesen der Workflow-Definition</translation>
    </message>
    <message>
        <source>reading the workflow definitions</source>
        <translation>beim Lesen der Workflow-Definitionen</translation>
    </message>
    <message>
        <source>The workflow definition &apos;%1&apos; (installed %2)</source>
        <translation>Die Workflow-Definition „%1“ (in Kraft gesetzt %2)</translation>
    </message>
    <message>
        <source>Only an administrator may install a workflow definition; %1 is not one.</source>
        <translation>Nur eine Administratorin oder ein Administrator darf eine Workflow-Definition in Kraft setzen; %1 ist es nicht.</translation>
    </message>
    <message>
        <source>reading the states of the requests for change</source>
        <translation>beim Lesen der Zustände der Änderungsanträge</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in &apos;%1&apos;</source>
        <translation>
            <numerusform>%n Antrag in „%1“</numerusform>
            <numerusform>%n Anträge in „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not have every state that requests for change are in: %2. Keep those states (they may be left by new transitions) or finish the requests first.</source>
        <translation>%1 hat nicht jeden Zustand, in dem Änderungsanträge sind: %2. Behalten Sie diese Zustände (neue Übergänge dürfen aus ihnen herausführen) oder schließen Sie die Anträge zuerst ab.</translation>
    </message>
    <message>
        <source>installing the workflow definition &apos;%1&apos;</source>
        <translation>beim Inkraftsetzen der Workflow-Definition „%1“</translation>
    </message>
</context>
</TS>
