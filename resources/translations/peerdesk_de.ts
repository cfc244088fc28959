<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AckModel</name>
    <message>
        <source>{name} (no longer taking part)</source>
        <translation>{name} (nimmt nicht mehr teil)</translation>
    </message>
    <message>
        <source>Ticked: has signed this version</source>
        <translation>Angehakt: hat diese Fassung unterschrieben</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Noch nicht unterschrieben</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Laufende Summe</translation>
    </message>
    <message>
        <source>+{n} min</source>
        <translation>+{n} Min.</translation>
    </message>
    <message>
        <source>{n} of {total} min</source>
        <translation>{n} von {total} Min.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>Edit agenda item “{title}”</source>
        <translation>Programmpunkt „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Add agenda item “{title}”</source>
        <translation>Programmpunkt „{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove agenda item “{title}”</source>
        <translation>Programmpunkt „{title}“ entfernen</translation>
    </message>
    <message>
        <source>Move agenda item “{title}”</source>
        <translation>Programmpunkt „{title}“ verschieben</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>&amp;Punkt hinzufügen</translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <source>Announce Pairs</source>
        <translation>Paare bekanntgeben</translation>
    </message>
    <message>
        <source>Announce Session</source>
        <translation>Sitzung bekanntgeben</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Vorschau der Nachricht</translation>
    </message>
    <message>
        <source>Preview (as the draft will open in your mail client):</source>
        <translation>Vorschau (so öffnet sich der Entwurf in Ihrem E-Mail-Programm):</translation>
    </message>
    <message>
        <source>Print Partner S&amp;lips…</source>
        <translation>Partner&amp;zettel drucken …</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Also write a mail-merge &amp;CSV (to, subject, body)</source>
        <translation>Auch eine Serienbrief-&amp;CSV schreiben (An, Betreff, Text)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Write Drafts</source>
        <translation>&amp;Entwürfe schreiben</translation>
    </message>
    <message>
        <source>Edit &amp;Templates…</source>
        <translation>&amp;Vorlagen bearbeiten …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>noch kein Datum</translation>
    </message>
    <message>
        <source>This program has no cycle yet. Make one with Program &gt; New Cycle, add its sessions and pairs, then announce them.</source>
        <translation>Dieses Programm hat noch keine Runde. Legen Sie eine mit Programm &gt; Neue Runde an, fügen Sie Sitzungen und Paare hinzu und geben Sie sie dann bekannt.</translation>
    </message>
    <message>
        <source>Go to &amp;Pairings</source>
        <translation>Zu den &amp;Paaren</translation>
    </message>
    <message>
        <source>Go to &amp;Sessions</source>
        <translation>Zu den &amp;Sitzungen</translation>
    </message>
    <message>
        <source>{cycle} - pairs</source>
        <translation>{cycle} – Paare</translation>
    </message>
    <message>
        <source>PeerDesk messages</source>
        <translation>PeerDesk-Nachrichten</translation>
    </message>
    <message>
        <source>{name} — no draft: {why}</source>
        <translation>{name} – kein Entwurf: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) to write</source>
        <translation>
            <numerusform>%n Entwurf zu schreiben</numerusform>
            <numerusform>%n Entwürfe zu schreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>, {n_without_email} without e-mail</source>
        <translation>, {n_without_email} ohne E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Choose the folder for the drafts first.</source>
        <translation>Wählen Sie zuerst den Ordner für die Entwürfe.</translation>
    </message>
    <message>
        <source>Drafts not written</source>
        <translation>Entwürfe nicht geschrieben</translation>
    </message>
    <message>
        <source>The folder {parent} cannot be made: {value}.</source>
        <translation>Der Ordner {parent} kann nicht angelegt werden: {value}.</translation>
    </message>
    <message>
        <source>The drafts could not be written: {exc}. Nothing was written.</source>
        <translation>Die Entwürfe konnten nicht geschrieben werden: {exc}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Writing the drafts</source>
        <translation>Entwürfe werden geschrieben</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Ordner für die Entwürfe</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive {name}</source>
        <translation>{name} archivieren</translation>
    </message>
    <message>
        <source>e.g. Left the company, on parental leave</source>
        <translation>z. B. hat das Unternehmen verlassen, in Elternzeit</translation>
    </message>
    <message>
        <source>Has left the company (counts for retention)</source>
        <translation>Hat das Unternehmen verlassen (zählt für die Mitarbeiterbindung)</translation>
    </message>
    <message>
        <source>{name} will be hidden from new pairings and sessions. Their history stays, and you can unarchive them.</source>
        <translation>{name} erscheint nicht mehr in neuen Paaren und Sitzungen. Die bisherige Historie bleibt erhalten, und Sie können die Archivierung aufheben.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Rate this cycle</source>
        <translation>Quote in dieser Runde</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <source>Missed two in a row</source>
        <translation>Zweimal in Folge gefehlt</translation>
    </message>
    <message>
        <source>P present · A absent · E excused · Space next · Del clear</source>
        <translation>P anwesend · A abwesend · E entschuldigt · Leertaste weiter · Entf löschen</translation>
    </message>
    <message>
        <source>{present} present, {absent} absent, {excused} excused in this cycle (excused absences do not count against the rate)</source>
        <translation>{present} anwesend, {absent} abwesend, {excused} entschuldigt in dieser Runde (entschuldigtes Fehlen zählt nicht gegen die Quote)</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Mark with the keyboard: P present, A absent, E excused, Space to cycle, Del to clear; the next person is selected.</source>
        <translation>Mit der Tastatur markieren: P anwesend, A abwesend, E entschuldigt, Leertaste zum Durchschalten, Entf zum Löschen; danach ist die nächste Person ausgewählt.</translation>
    </message>
</context>
<context>
    <name>ChartWorker</name>
    <message>
        <source>the chart worker stopped</source>
        <translation>der Diagrammprozess wurde beendet</translation>
    </message>
    <message>
        <source>the picture could not be read ({error})</source>
        <translation>das Bild konnte nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the chart worker gave no answer</source>
        <translation>der Diagrammprozess hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Dashboard: every chart</source>
        <translation>Übersicht: alle Diagramme</translation>
    </message>
    <message>
        <source>Cycles shown</source>
        <translation>Angezeigte Runden</translation>
    </message>
    <message>
        <source>This cycle, session by session</source>
        <translation>Diese Runde, Sitzung für Sitzung</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>Alle Runden</translation>
    </message>
    <message>
        <source>Department shown</source>
        <translation>Angezeigte Abteilung</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Dieses Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>The charts appear here.</source>
        <translation>Hier erscheinen die Diagramme.</translation>
    </message>
    <message>
        <source>Chart picture</source>
        <translation>Diagrammbild</translation>
    </message>
    <message>
        <source>Open or create a program to see its charts.</source>
        <translation>Öffnen oder erstellen Sie ein Programm, um seine Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>Saving the chart as {name}…</source>
        <translation>Diagramm wird als {name} gespeichert …</translation>
    </message>
    <message>
        <source>Drawing the dashboard…</source>
        <translation>Übersicht wird gezeichnet …</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Diagramm wird gezeichnet …</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Diagramme werden gezeichnet …</translation>
    </message>
    <message>
        <source>Feedback in this program is NOT anonymous. </source>
        <translation>Das Feedback in diesem Programm ist NICHT anonym. </translation>
    </message>
    <message>
        <source>Figures resting on fewer than {min_group_size} responses show “too few responses”, and so do figures that would let one be worked out by subtraction, so nobody&apos;s answer can be singled out. Department figures are per cycle.</source>
        <translation>Werte, die auf weniger als {min_group_size} Antworten beruhen, zeigen „zu wenige Antworten“, ebenso Werte, aus denen sich eine Antwort durch Subtraktion ermitteln ließe – so lässt sich niemandes Antwort herauslesen. Abteilungswerte gelten je Runde.</translation>
    </message>
    <message>
        <source>The chart could not be drawn. Change a filter or reopen the program to try again.</source>
        <translation>Das Diagramm konnte nicht gezeichnet werden. Ändern Sie einen Filter oder öffnen Sie das Programm erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation>{target} konnte nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Chart saved</source>
        <translation>Diagramm gespeichert</translation>
    </message>
    <message>
        <source>The chart was saved as {target}.</source>
        <translation>Das Diagramm wurde als {target} gespeichert.</translation>
    </message>
</context>
<context>
    <name>ClosingRow</name>
    <message>
        <source>Close Feedback</source>
        <translation>Feedback schließen</translation>
    </message>
    <message>
        <source>All of this session&apos;s forms, typed or imported, join the figures together; after that the session takes no more forms (Edit &gt; Undo reopens it)</source>
        <translation>Alle Bögen dieser Sitzung, abgetippt oder importiert, fließen gemeinsam in die Werte ein; danach nimmt die Sitzung keine Bögen mehr an (Bearbeiten &gt; Rückgängig öffnet sie wieder)</translation>
    </message>
    <message>
        <source>Go to an Open Session</source>
        <translation>Zu einer offenen Sitzung</translation>
    </message>
    <message>
        <source>To type more forms, pick a session whose feedback is open, such as {title}.</source>
        <translation>Um weitere Bögen abzutippen, wählen Sie eine Sitzung, deren Feedback offen ist, etwa {title}.</translation>
    </message>
    <message>
        <source>Show {title}, whose feedback is open</source>
        <translation>{title} zeigen, deren Feedback offen ist</translation>
    </message>
    <message>
        <source>No session of this cycle takes forms now.</source>
        <translation>Keine Sitzung dieser Runde nimmt jetzt Bögen an.</translation>
    </message>
    <message>
        <source>Feedback closed: it takes no more forms. Forms of this session are kept out of every figure: the rule held them back.</source>
        <translation>Feedback geschlossen: Es nimmt keine Bögen mehr an. Bögen dieser Sitzung bleiben aus allen Werten heraus: Die Regel hielt sie zurück.</translation>
    </message>
    <message>
        <source>Feedback closed: this session&apos;s forms have joined the figures, and it takes no more forms.</source>
        <translation>Feedback geschlossen: die Bögen dieser Sitzung sind in die Werte eingeflossen, und sie nimmt keine Bögen mehr an.</translation>
    </message>
    <message>
        <source>Feedback reopened by Undo: close it again to let the same forms join; it takes no new forms.</source>
        <translation>Feedback durch Rückgängig wieder geöffnet: schließen Sie es erneut, damit dieselben Bögen einfließen; es nimmt keine neuen Bögen an.</translation>
    </message>
    <message>
        <source>Feedback open: its forms wait, counted in no figure, until you close the session&apos;s feedback.</source>
        <translation>Feedback offen: die Bögen warten, in keinem Wert gezählt, bis Sie das Feedback der Sitzung schließen.</translation>
    </message>
    <message>
        <source>Looking for the departments the forms can keep…</source>
        <translation>Suche die Abteilungen, die die Bögen behalten können…</translation>
    </message>
    <message numerus="yes">
        <source>The departments written on some of these forms split them into groups too small to add to the figures apart. If the departments on %n form(s) are left out ({left_out}), all the forms can join now, those counted for all departments together.</source>
        <translation>
            <numerusform>Die auf einigen dieser Bögen angegebenen Abteilungen teilen sie in Gruppen, die zu klein sind, um getrennt in die Werte einzufließen. Werden die Abteilungen auf %n Bogen weggelassen ({left_out}), können alle Bögen jetzt einfließen, diese für alle Abteilungen zusammen gezählt.</numerusform>
            <numerusform>Die auf einigen dieser Bögen angegebenen Abteilungen teilen sie in Gruppen, die zu klein sind, um getrennt in die Werte einzufließen. Werden die Abteilungen auf %n Bögen weggelassen ({left_out}), können alle Bögen jetzt einfließen, diese für alle Abteilungen zusammen gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The others keep their departments ({kept}).</source>
        <translation>Die anderen behalten ihre Abteilungen ({kept}).</translation>
    </message>
    <message>
        <source>Edit &gt; Undo gives them back.</source>
        <translation>Bearbeiten &gt; Rückgängig gibt sie zurück.</translation>
    </message>
    <message>
        <source>Close without some departments?</source>
        <translation>Ohne einige Abteilungen schließen?</translation>
    </message>
    <message>
        <source>Leave Them Out and Close</source>
        <translation>Weglassen und schließen</translation>
    </message>
    <message>
        <source>Close and keep these forms out?</source>
        <translation>Schließen und diese Bögen heraushalten?</translation>
    </message>
    <message>
        <source>If no more forms will come for this session, close it now: its forms are kept, but out of every figure. The session then takes no more forms; Edit &gt; Undo opens it again. If more forms will come, keep typing: they join once there are enough.</source>
        <translation>Wenn für diese Sitzung keine Bögen mehr kommen, schließen Sie sie jetzt: Ihre Bögen bleiben erhalten, aber aus allen Werten heraus. Die Sitzung nimmt dann keine Bögen mehr an; Bearbeiten &gt; Rückgängig öffnet sie wieder. Wenn noch Bögen kommen, tippen Sie weiter: Sie fließen ein, sobald es genug sind.</translation>
    </message>
    <message>
        <source>Close and Keep Them Out</source>
        <translation>Schließen und heraushalten</translation>
    </message>
</context>
<context>
    <name>ConductDialog</name>
    <message>
        <source>Code of Conduct</source>
        <translation>Verhaltenskodex</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Fassung:</translation>
    </message>
    <message>
        <source>Text of the code of conduct</source>
        <translation>Text des Verhaltenskodex</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>Als neue Fassung &amp;speichern</translation>
    </message>
    <message>
        <source>Save the changed text as a new version; everyone is then asked to sign it (Ctrl+S)</source>
        <translation>Den geänderten Text als neue Fassung speichern; alle werden dann gebeten, sie zu unterschreiben (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Print Sheet…</source>
        <translation>Unterschriftenblatt &amp;drucken …</translation>
    </message>
    <message>
        <source>The code of conduct as a PDF with lines to sign</source>
        <translation>Der Verhaltenskodex als PDF mit Zeilen zum Unterschreiben</translation>
    </message>
    <message>
        <source>Who has signed</source>
        <translation>Wer hat unterschrieben</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Find a person or department</source>
        <translation>Person oder Abteilung suchen</translation>
    </message>
    <message>
        <source>Only who has &amp;not signed</source>
        <translation>Nur wer &amp;nicht unterschrieben hat</translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Signed</source>
        <translation>Auswahl als unterschrieben &amp;markieren</translation>
    </message>
    <message>
        <source>Mark as Not Si&amp;gned</source>
        <translation>Als nicht unterschrieben mar&amp;kieren</translation>
    </message>
    <message>
        <source>Go to Participants</source>
        <translation>Zu den Teilnehmenden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nobody to sign yet&lt;/h3&gt;&lt;p&gt;Everyone taking part signs the code of conduct. Add participants on the Participants tab (or import them), then tick here who has signed the paper sheet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch niemand zum Unterschreiben&lt;/h3&gt;&lt;p&gt;Alle Teilnehmenden unterschreiben den Verhaltenskodex. Fügen Sie auf der Registerkarte „Teilnehmende“ Personen hinzu (oder importieren Sie sie) und haken Sie dann hier ab, wer das Papierblatt unterschrieben hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version {version}{made}{current}</source>
        <translation>Fassung {version}{made}{current}</translation>
    </message>
    <message>
        <source>There is no code of conduct yet: write one and save it.</source>
        <translation>Es gibt noch keinen Verhaltenskodex: Schreiben Sie einen und speichern Sie ihn.</translation>
    </message>
    <message>
        <source>Edit the text and save: a change makes a new version for everyone to sign.</source>
        <translation>Bearbeiten Sie den Text und speichern Sie: Jede Änderung ergibt eine neue Fassung, die alle unterschreiben.</translation>
    </message>
    <message>
        <source>An earlier version, kept with its signatures. Version {version} is current.</source>
        <translation>Eine frühere Fassung, mit ihren Unterschriften aufbewahrt. Aktuell ist Fassung {version}.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>Fassung {version}</translation>
    </message>
    <message>
        <source>the code of conduct</source>
        <translation>den Verhaltenskodex</translation>
    </message>
    <message>
        <source>{signed} of {expected} people have signed {which}.</source>
        <translation>{signed} von {expected} Personen haben {which} unterschrieben.</translation>
    </message>
    <message>
        <source> {value} have not.</source>
        <translation> {value} noch nicht.</translation>
    </message>
    <message>
        <source>Change Code of Conduct</source>
        <translation>Verhaltenskodex ändern</translation>
    </message>
    <message>
        <source>Cannot save the code of conduct</source>
        <translation>Der Verhaltenskodex kann nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {who} as Signed</source>
        <translation>{who} als unterschrieben markieren</translation>
    </message>
    <message>
        <source>Mark {who} as Not Signed</source>
        <translation>{who} als nicht unterschrieben markieren</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>New cycle</source>
        <translation>Neue Runde</translation>
    </message>
    <message>
        <source>e.g. Spring 2027</source>
        <translation>z. B. Frühjahr 2027</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>New cycle {name}</source>
        <translation>Neue Runde {name}</translation>
    </message>
</context>
<context>
    <name>CyclePane</name>
    <message>
        <source>New session…</source>
        <translation>Neue Sitzung …</translation>
    </message>
    <message>
        <source>Add a session to this cycle</source>
        <translation>Dieser Runde eine Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Kalender (.ics) …</translation>
    </message>
    <message>
        <source>Save all the cycle&apos;s sessions as calendar invites</source>
        <translation>Alle Sitzungen der Runde als Kalendereinladungen speichern</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplizieren …</translation>
    </message>
    <message>
        <source>A new cycle with the same sessions, moved to new dates</source>
        <translation>Eine neue Runde mit denselben Sitzungen, auf neue Termine verschoben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this cycle (you can undo)</source>
        <translation>Diese Runde löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>Sta&amp;rts</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Sessions of the cycle</source>
        <translation>Sitzungen der Runde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Follow up with</source>
        <translation>Nachfassen bei</translation>
    </message>
    <message>
        <source>No sessions in this cycle yet.</source>
        <translation>Noch keine Sitzungen in dieser Runde.</translation>
    </message>
    <message>
        <source>Add the first session…</source>
        <translation>Erste Sitzung hinzufügen …</translation>
    </message>
    <message>
        <source>Follow up with (missed two sessions in a row, unexcused):</source>
        <translation>Nachfassen bei (zwei Sitzungen in Folge unentschuldigt gefehlt):</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), attendance taken at {taken}. Attendance this cycle: {rate} ({present} present, {absent} absent, {excused} excused; excused absences do not count against the rate).</source>
        <translation>
            <numerusform>%n Sitzung, Anwesenheit erfasst bei {taken}. Anwesenheit in dieser Runde: {rate} ({present} anwesend, {absent} abwesend, {excused} entschuldigt; entschuldigtes Fehlen zählt nicht gegen die Quote).</numerusform>
            <numerusform>%n Sitzungen, Anwesenheit erfasst bei {taken}. Anwesenheit in dieser Runde: {rate} ({present} anwesend, {absent} abwesend, {excused} entschuldigt; entschuldigtes Fehlen zählt nicht gegen die Quote).</numerusform>
        </translation>
    </message>
    <message>
        <source>{get} — missed {missed}</source>
        <translation>{get} – {missed} verpasst</translation>
    </message>
    <message>
        <source>Nobody: no one missed two sessions in a row.</source>
        <translation>Niemand: Keine Person hat zwei Sitzungen in Folge verpasst.</translation>
    </message>
    <message>
        <source>Edit cycle {name}</source>
        <translation>Runde {name} bearbeiten</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Feedback forms, one row per form</source>
        <translation>Feedbackbögen, eine Zeile pro Bogen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The document could not be made: {exc}</source>
        <translation>Das Dokument konnte nicht erstellt werden: {exc}</translation>
    </message>
    <message>
        <source>Print Documents</source>
        <translation>Dokumente drucken</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Copies of the feedback form and the code-of-conduct sheet (one form per attendee, say)</source>
        <translation>Exemplare des Feedbackbogens und des Verhaltenskodex-Blatts (etwa ein Bogen pro teilnehmender Person)</translation>
    </message>
    <message>
        <source>Split the sign-in sheet by initial (A–K, L–Z) for that many tables at the door</source>
        <translation>Die Anwesenheitsliste nach Anfangsbuchstaben aufteilen (A–K, L–Z), für so viele Tische am Eingang</translation>
    </message>
    <message>
        <source>Large print, for the wall</source>
        <translation>Großdruck, für die Wand</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Copies of &amp;forms:</source>
        <translation>Exemplare der &amp;Bögen:</translation>
    </message>
    <message>
        <source>Sign-in s&amp;heets:</source>
        <translation>Anwesenheits&amp;listen:</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>PDF spei&amp;chern …</translation>
    </message>
    <message>
        <source>&amp;Open in PDF Viewer</source>
        <translation>Im PDF-Betrachter ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the document in your PDF viewer to print it</source>
        <translation>Das Dokument zum Drucken in Ihrem PDF-Betrachter öffnen</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Seiten werden vorbereitet …</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source> The pages cannot be drawn here: use Open in PDF Viewer to look at them.</source>
        <translation> Die Seiten können hier nicht dargestellt werden: Öffnen Sie sie mit „Im PDF-Betrachter öffnen“.</translation>
    </message>
    <message>
        <source> The preview shows the first {n_images}.</source>
        <translation> Die Vorschau zeigt die ersten {n_images}.</translation>
    </message>
    <message>
        <source> Saving records that this session&apos;s sign-in sheet was printed.</source>
        <translation> Beim Speichern wird vermerkt, dass die Anwesenheitsliste dieser Sitzung gedruckt wurde.</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Das PDF kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{path} could not be written: {value}.</source>
        <translation>{path} konnte nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Print Sign-in Sheet</source>
        <translation>Anwesenheitsliste drucken</translation>
    </message>
    <message>
        <source>Save {lower}</source>
        <translation>{lower} speichern</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Kein PDF-Betrachter</translation>
    </message>
    <message>
        <source>No program opened the PDF. It is saved at {target}.</source>
        <translation>Kein Programm hat das PDF geöffnet. Es ist unter {target} gespeichert.</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>Facilitators</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>A facilitator guides the sessions and keeps them productive without owning the content. Choose someone with no authority over any participant, so people feel safe to say what they don&apos;t know.</source>
        <translation>Die Moderation leitet die Sitzungen und hält sie produktiv, ohne die Inhalte zu bestimmen. Wählen Sie jemanden ohne Weisungsbefugnis gegenüber den Teilnehmenden, damit alle offen sagen können, was sie nicht wissen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>or an outside person&apos;s name</source>
        <translation>oder der Name einer externen Person</translation>
    </message>
    <message>
        <source>their email</source>
        <translation>ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Appoint</source>
        <translation>&amp;Bestimmen</translation>
    </message>
    <message>
        <source>Appoint a facilitator</source>
        <translation>Moderation bestimmen</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Teilnehmende Person</translation>
    </message>
    <message>
        <source>&amp;Outside person</source>
        <translation>Externe &amp;Person</translation>
    </message>
    <message>
        <source>outside person</source>
        <translation>externe Person</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>aus dem Programm</translation>
    </message>
    <message>
        <source>No facilitator yet: appoint one below.</source>
        <translation>Noch keine Moderation: Bestimmen Sie unten jemanden.</translation>
    </message>
    <message>
        <source>— choose a participant —</source>
        <translation>— teilnehmende Person wählen —</translation>
    </message>
    <message>
        <source>✓ Manages nobody in the program: a neutral choice.</source>
        <translation>✓ Hat keine Führungsverantwortung im Programm: eine neutrale Wahl.</translation>
    </message>
    <message>
        <source>Appoint {value}</source>
        <translation>{value} bestimmen</translation>
    </message>
    <message>
        <source>Remove facilitator {name}</source>
        <translation>{name} nicht mehr mit der Moderation betrauen</translation>
    </message>
</context>
<context>
    <name>FeedbackImportDialog</name>
    <message>
        <source>Import feedback from {name}</source>
        <translation>Feedback aus {name} importieren</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>How each column is understood</source>
        <translation>Wie jede Spalte verstanden wird</translation>
    </message>
    <message>
        <source>Keep the session&apos;s feedback open</source>
        <translation>Feedback der Sitzung offen lassen</translation>
    </message>
    <message>
        <source>Unticked, the import closes the session&apos;s feedback: all its forms, typed or imported, join the figures together, and the session takes no more forms. Tick it when more forms for this session are still to come.</source>
        <translation>Nicht angekreuzt schließt der Import das Feedback der Sitzung: alle ihre Bögen, abgetippt oder importiert, fließen gemeinsam in die Werte ein, und die Sitzung nimmt keine Bögen mehr an. Kreuzen Sie es an, wenn für diese Sitzung noch Bögen kommen.</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Vorschau der Zeilen</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Probleme und Hinweise</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Erkannt als</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>This program has no sessions yet: add the session on the Sessions tab first, then import its feedback.</source>
        <translation>Dieses Programm hat noch keine Sitzungen: Legen Sie die Sitzung zuerst auf der Registerkarte „Sitzungen“ an und importieren Sie dann ihr Feedback.</translation>
    </message>
    <message>
        <source>This program&apos;s feedback is anonymous: names, emails, times and anything else in the file that could tell who answered are not read and not stored.</source>
        <translation>Das Feedback dieses Programms ist anonym: Namen, E-Mail-Adressen, Uhrzeiten und alles andere in der Datei, was verraten könnte, wer geantwortet hat, wird weder gelesen noch gespeichert.</translation>
    </message>
    <message>
        <source>Respondents are linked to participants by their email.</source>
        <translation>Antwortende werden über ihre E-Mail-Adresse den Teilnehmenden zugeordnet.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <source> First say what each column below is.</source>
        <translation> Legen Sie zuerst fest, was jede Spalte unten bedeutet.</translation>
    </message>
    <message>
        <source>Import without the bad rows?</source>
        <translation>Ohne die fehlerhaften Zeilen importieren?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have answers that do not fit the questions and will not be imported. Import the other responses now?</source>
        <translation>
            <numerusform>%n Zeile enthält Antworten, die nicht zu den Fragen passen, und wird nicht importiert. Die übrigen Antworten jetzt importieren?</numerusform>
            <numerusform>%n Zeilen enthalten Antworten, die nicht zu den Fragen passen, und werden nicht importiert. Die übrigen Antworten jetzt importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation>Die übrigen importieren</translation>
    </message>
    <message>
        <source>Import these answers?</source>
        <translation>Diese Antworten importieren?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <source>Import {n_responses} feedback responses from {name}</source>
        <translation>{n_responses} Feedback-Antworten aus {name} importieren</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>Noch nicht importiert</translation>
    </message>
    <message>
        <source>Leave Them Out and Import</source>
        <translation>Weglassen und importieren</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Der Import ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation>Es wurde nichts importiert: {exc}.</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Feedback &amp;Questions…</source>
        <translation>Feedback&amp;fragen …</translation>
    </message>
    <message>
        <source>Add, edit, reorder or deactivate the feedback questions</source>
        <translation>Feedbackfragen hinzufügen, bearbeiten, umordnen oder deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Cycle Report…</source>
        <translation>R&amp;undenbericht …</translation>
    </message>
    <message>
        <source>The cycle report for management, as a PDF</source>
        <translation>Der Rundenbericht für die Geschäftsleitung, als PDF</translation>
    </message>
    <message>
        <source>The session whose paper forms you are typing in</source>
        <translation>Die Sitzung, deren Papierbögen Sie eingeben</translation>
    </message>
    <message>
        <source>Delete Form</source>
        <translation>Bogen löschen</translation>
    </message>
    <message>
        <source>Delete the selected forms (Del); Edit &gt; Undo brings them back</source>
        <translation>Die ausgewählten Bögen löschen (Entf); Bearbeiten &gt; Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>Show Comments</source>
        <translation>Kommentare anzeigen</translation>
    </message>
    <message>
        <source>The cycle&apos;s written comments: for you, the facilitator, only. They never appear in participants&apos; handouts.</source>
        <translation>Die schriftlichen Kommentare der Runde: nur für Sie. Sie erscheinen nie in Unterlagen für Teilnehmende.</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>steht an</translation>
    </message>
    <message>
        <source>Close the session&apos;s feedback, its forms kept out</source>
        <translation>Feedback der Sitzung schließen, Bögen herausgehalten</translation>
    </message>
    <message>
        <source>Close the session&apos;s feedback without some departments</source>
        <translation>Feedback der Sitzung ohne einige Abteilungen schließen</translation>
    </message>
    <message>
        <source>Close the session&apos;s feedback</source>
        <translation>Feedback der Sitzung schließen</translation>
    </message>
    <message>
        <source>Select a comment that names someone and hide it before the report (Del)</source>
        <translation>Einen Kommentar auswählen, der jemanden namentlich nennt, und ihn vor dem Bericht ausblenden (Entf)</translation>
    </message>
    <message>
        <source>Hide Comment</source>
        <translation>Kommentar ausblenden</translation>
    </message>
    <message>
        <source>Leave the selected comment out of every view and report (Edit &gt; Undo brings it back)</source>
        <translation>Den ausgewählten Kommentar aus allen Ansichten und Berichten herausnehmen (Bearbeiten &gt; Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <source>Show Hidden Comments Again</source>
        <translation>Ausgeblendete Kommentare wieder anzeigen</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>Set Up the Feedback Questions…</source>
        <translation>Feedbackfragen einrichten …</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No sessions to collect feedback from yet&lt;/h3&gt;&lt;p&gt;Plan the cycle&apos;s sessions on the Sessions tab; their paper forms are typed in here afterwards. Meanwhile you can set up the questions the forms will ask.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Sitzungen, für die Feedback gesammelt werden kann&lt;/h3&gt;&lt;p&gt;Planen Sie die Sitzungen der Runde auf der Registerkarte „Sitzungen“; ihre Papierbögen werden danach hier eingegeben. Inzwischen können Sie die Fragen der Bögen einrichten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No program open&lt;/h3&gt;&lt;p&gt;Open or create a program with the File menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein Programm geöffnet&lt;/h3&gt;&lt;p&gt;Öffnen oder erstellen Sie ein Programm über das Menü „Datei“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>too few to show</source>
        <translation>zu wenige zum Anzeigen</translation>
    </message>
    <message>
        <source>, {typing} being typed</source>
        <translation>, {typing} in Eingabe</translation>
    </message>
    <message>
        <source>Skill confidence, before the cycle</source>
        <translation>Sicherheit in den Fähigkeiten, vor der Runde</translation>
    </message>
    <message>
        <source>Skill confidence, after the cycle</source>
        <translation>Sicherheit in den Fähigkeiten, nach der Runde</translation>
    </message>
    <message>
        <source>{n_forms} being typed</source>
        <translation>{n_forms} in Eingabe</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n Bogen</numerusform>
            <numerusform>%n Bögen</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per paper form: type each answer and press Tab or Enter; the form is saved at the end of its row. Forms are anonymous: only a department written on the form is kept. Typed forms stay here to be corrected while the session&apos;s feedback is open. Close Feedback joins all of the session&apos;s forms, typed or imported, to the figures at once; after that the session takes no more forms. Imported answers are never listed one by one.</source>
        <translation>Eine Zeile pro Papierbogen: tippen Sie jede Antwort ein und drücken Sie Tab oder Enter; der Bogen wird am Ende seiner Zeile gespeichert. Bögen sind anonym: nur eine auf dem Bogen angegebene Abteilung wird behalten. Abgetippte Bögen bleiben hier zum Korrigieren, solange das Feedback der Sitzung offen ist. „Feedback schließen“ lässt alle Bögen der Sitzung, abgetippt oder importiert, zugleich in die Werte einfließen; danach nimmt die Sitzung keine Bögen mehr an. Importierte Antworten werden nie einzeln aufgelistet.</translation>
    </message>
    <message>
        <source>Feedback in this program is NOT anonymous: each form is stored with who filled it in. One row per paper form; type who filled it in in the Person column.</source>
        <translation>Das Feedback in diesem Programm ist NICHT anonym: Jeder Bogen wird mit der Person gespeichert, die ihn ausgefüllt hat. Eine Zeile pro Papierbogen; tragen Sie in der Spalte „Person“ ein, wer ihn ausgefüllt hat.</translation>
    </message>
    <message>
        <source>Add feedback form</source>
        <translation>Feedbackbogen hinzufügen</translation>
    </message>
    <message>
        <source>Correct feedback form</source>
        <translation>Feedbackbogen korrigieren</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feedback form(s)</source>
        <translation>
            <numerusform>%n Feedbackbogen löschen</numerusform>
            <numerusform>%n Feedbackbögen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide Comments</source>
        <translation>Kommentare ausblenden</translation>
    </message>
    <message>
        <source>Fewer than {min_group_size} people wrote a comment this cycle (or showing them would single out a smaller group), so the comments stay hidden: with so few, a comment could point to its writer.</source>
        <translation>Weniger als {min_group_size} Personen haben in dieser Runde einen Kommentar geschrieben (oder die Anzeige würde eine kleinere Gruppe erkennbar machen), deshalb bleiben die Kommentare verborgen: Bei so wenigen könnte ein Kommentar auf die schreibende Person hindeuten.</translation>
    </message>
    <message>
        <source>No written comments in this cycle yet.</source>
        <translation>Noch keine schriftlichen Kommentare in dieser Runde.</translation>
    </message>
    <message>
        <source>For you only — never printed in participants&apos; handouts. Sorted, without sessions or departments. Hide a comment that names someone before you export the report.</source>
        <translation>Nur für Sie – nie in Unterlagen für Teilnehmende gedruckt. Sortiert, ohne Sitzungen oder Abteilungen. Blenden Sie Kommentare, die jemanden namentlich nennen, aus, bevor Sie den Bericht exportieren.</translation>
    </message>
    <message numerus="yes">
        <source> %n comment(s) hidden by you.</source>
        <translation>
            <numerusform> %n Kommentar von Ihnen ausgeblendet.</numerusform>
            <numerusform> %n Kommentare von Ihnen ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide a comment</source>
        <translation>Einen Kommentar ausblenden</translation>
    </message>
    <message>
        <source>Show hidden comments again</source>
        <translation>Ausgeblendete Kommentare wieder anzeigen</translation>
    </message>
    <message>
        <source>Save the cycle report</source>
        <translation>Rundenbericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Diagramme werden gezeichnet …</translation>
    </message>
    <message>
        <source>Cycle report saved</source>
        <translation>Rundenbericht gespeichert</translation>
    </message>
    <message>
        <source>The cycle report for {name} was saved as {saved}.</source>
        <translation>Der Rundenbericht für {name} wurde als {saved} gespeichert.</translation>
    </message>
    <message>
        <source>Cycle report not saved</source>
        <translation>Rundenbericht nicht gespeichert</translation>
    </message>
    <message>
        <source>{target} could not be written: {reason}.</source>
        <translation>{target} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Drawing the cycle report</source>
        <translation>Rundenbericht wird gezeichnet</translation>
    </message>
</context>
<context>
    <name>FormsModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Type the next paper form here; it is saved when you finish the row.</source>
        <translation>Geben Sie hier den nächsten Papierbogen ein; er wird gespeichert, sobald Sie die Zeile abschließen.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Skill: the skill the confidence answer is about (type the first letters).</source>
        <translation>Fähigkeit: die Fähigkeit, auf die sich die Antwort zur Sicherheit bezieht (Anfangsbuchstaben eingeben).</translation>
    </message>
    <message>
        <source>Person: who filled in the form (feedback is named in this program).</source>
        <translation>Person: wer den Bogen ausgefüllt hat (das Feedback ist in diesem Programm namentlich).</translation>
    </message>
    <message>
        <source>Department: the respondent&apos;s department, optional (type the first letters).</source>
        <translation>Abteilung: die Abteilung der antwortenden Person, optional (Anfangsbuchstaben eingeben).</translation>
    </message>
    <message>
        <source>No participant matches “{text}”: type the first letters of their name.</source>
        <translation>Keine teilnehmende Person passt zu „{text}“: Geben Sie die Anfangsbuchstaben des Namens ein.</translation>
    </message>
    <message>
        <source>No department matches “{text}”. Departments: {value}.</source>
        <translation>Keine Abteilung passt zu „{text}“. Abteilungen: {value}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PeerDesk quick guide</source>
        <translation>PeerDesk-Kurzanleitung</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Kurzanleitung</translation>
    </message>
</context>
<context>
    <name>HandChanges</name>
    <message>
        <source>{verb} refused</source>
        <translation>{verb} abgelehnt</translation>
    </message>
    <message>
        <source>{verb} refused: {describe}</source>
        <translation>{verb} abgelehnt: {describe}</translation>
    </message>
    <message>
        <source>A new recruit loses their buddy</source>
        <translation>Ein Neuzugang verliert seinen Buddy</translation>
    </message>
    <message>
        <source>{describe} {verb} anyway?</source>
        <translation>{describe} Trotzdem {verb}?</translation>
    </message>
    <message>
        <source>Lower total score</source>
        <translation>Niedrigere Gesamtpunktzahl</translation>
    </message>
    <message>
        <source>Swap {name} and {name2}</source>
        <translation>{name} und {name2} tauschen</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>out of the pair</source>
        <translation>aus dem Paar</translation>
    </message>
    <message>
        <source>to another pair</source>
        <translation>in ein anderes Paar</translation>
    </message>
    <message>
        <source>Move {name} {where}</source>
        <translation>{name} {where} verschieben</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Pair {name} with {name2}</source>
        <translation>{name} mit {name2} paaren</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Paarung</translation>
    </message>
    <message>
        <source>not paired</source>
        <translation>ohne Paar</translation>
    </message>
    <message>
        <source>Swap {name} with:</source>
        <translation>{name} tauschen mit:</translation>
    </message>
    <message>
        <source>Out of any pair</source>
        <translation>Aus jedem Paar heraus</translation>
    </message>
    <message>
        <source>Move {name} into:</source>
        <translation>{name} verschieben in:</translation>
    </message>
    <message>
        <source>Add to a pair</source>
        <translation>Zu einem Paar hinzufügen</translation>
    </message>
    <message>
        <source>Add {name} to:</source>
        <translation>{name} hinzufügen zu:</translation>
    </message>
    <message>
        <source>Pair with</source>
        <translation>Paaren mit</translation>
    </message>
    <message>
        <source>Pair {name} with:</source>
        <translation>{name} paaren mit:</translation>
    </message>
    <message>
        <source>Never pair</source>
        <translation>Nie paaren</translation>
    </message>
    <message>
        <source>Never pair {name} with:</source>
        <translation>{name} nie paaren mit:</translation>
    </message>
    <message>
        <source>Why (optional, only you see it):</source>
        <translation>Warum (optional, nur für Sie sichtbar):</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} und {b}</translation>
    </message>
    <message>
        <source>{names} are already never to be paired.</source>
        <translation>{names} werden bereits nie gepaart.</translation>
    </message>
    <message>
        <source>Never pair {names}</source>
        <translation>{names} nie paaren</translation>
    </message>
    <message>
        <source>{names} will never be paired.</source>
        <translation>{names} werden nie gepaart.</translation>
    </message>
    <message>
        <source> They are in the same pair now: move one of them, or generate again.</source>
        <translation> Sie bilden gerade ein Paar: Verschieben Sie eine der beiden Personen oder erzeugen Sie die Paare neu.</translation>
    </message>
    <message>
        <source>Remove an exclusion</source>
        <translation>Ausschluss aufheben</translation>
    </message>
    <message>
        <source>Allow these two to be paired again:</source>
        <translation>Diese beiden dürfen wieder gepaart werden:</translation>
    </message>
    <message>
        <source>Allow {value} to be paired</source>
        <translation>{value} wieder paaren lassen</translation>
    </message>
    <message>
        <source>Let {name} be paired</source>
        <translation>{name} paaren lassen</translation>
    </message>
    <message>
        <source>{name} can now be paired: generate again, or pair them by hand.</source>
        <translation>{name} kann jetzt gepaart werden: Erzeugen Sie die Paare neu oder bilden Sie das Paar von Hand.</translation>
    </message>
    <message>
        <source>Pin a pair that breaks a rule</source>
        <translation>Ein Paar fixieren, das eine Regel verletzt</translation>
    </message>
    <message>
        <source>{join} A pin keeps it as it is through every new run. Pin anyway?</source>
        <translation>{join} Ein fixiertes Paar bleibt bei jedem neuen Durchlauf unverändert. Trotzdem fixieren?</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <source>Pin {people}</source>
        <translation>{people} fixieren</translation>
    </message>
    <message>
        <source>Unpin {people}</source>
        <translation>Fixierung von {people} lösen</translation>
    </message>
    <message>
        <source>Unpublish pairs</source>
        <translation>Veröffentlichung zurücknehmen</translation>
    </message>
    <message>
        <source>Unpublish the pairs of {name}? They stop counting for the no-repeat rule until you publish again.</source>
        <translation>Die Veröffentlichung der Paare von {name} zurücknehmen? Sie zählen dann nicht mehr für die Regel gegen Wiederholungen, bis Sie sie erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Unpublish the pairs of {name}</source>
        <translation>Veröffentlichung der Paare von {name} zurücknehmen</translation>
    </message>
    <message>
        <source>Publish pairs</source>
        <translation>Paare veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the {count} pairs and trios of {name}? Published pairs are recorded, and nobody will be paired with the same partner in a later cycle.</source>
        <translation>Die {count} Paare und Dreiergruppen von {name} veröffentlichen? Veröffentlichte Paare werden festgehalten, und in einer späteren Runde wird niemand erneut mit derselben Person gepaart.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the pairs of {name}</source>
        <translation>Paare von {name} veröffentlichen</translation>
    </message>
    <message>
        <source>The pairs of {name} are published.</source>
        <translation>Die Paare von {name} sind veröffentlicht.</translation>
    </message>
    <message>
        <source>Change pairing rules and weights</source>
        <translation>Paarungsregeln und Gewichte ändern</translation>
    </message>
    <message>
        <source>Pairing rules and weights changed: generate again to use them.</source>
        <translation>Paarungsregeln und Gewichte geändert: Erzeugen Sie die Paare neu, um sie anzuwenden.</translation>
    </message>
</context>
<context>
    <name>IntakeFormDialog</name>
    <message>
        <source>Intake form</source>
        <translation>Aufnahmebogen</translation>
    </message>
    <message>
        <source>Ask each participant what they could teach and would like to learn. Paste these questions into a new Google Form or Microsoft Form, with the answer type given for each (the wordings let PeerDesk recognise the answers on File &gt; Import Intake). For paper, print the PDF form; for a spreadsheet, hand out the Excel template.</source>
        <translation>Fragen Sie alle Teilnehmenden, was sie beibringen können und was sie lernen möchten. Fügen Sie diese Fragen in ein neues Google- oder Microsoft-Formular ein, jeweils mit dem angegebenen Antworttyp (an den Formulierungen erkennt PeerDesk die Antworten bei Datei &gt; Aufnahmebögen importieren). Für Papier drucken Sie das PDF-Formular; für eine Tabelle geben Sie die Excel-Vorlage aus.</translation>
    </message>
    <message>
        <source>&amp;Copy Questions</source>
        <translation>Fragen &amp;kopieren</translation>
    </message>
    <message>
        <source>Save &amp;Questions…</source>
        <translation>&amp;Fragen speichern …</translation>
    </message>
    <message>
        <source>Save &amp;PDF Form…</source>
        <translation>&amp;PDF-Formular speichern …</translation>
    </message>
    <message>
        <source>Save &amp;Excel Template…</source>
        <translation>&amp;Excel-Vorlage speichern …</translation>
    </message>
    <message>
        <source>The questions are on the clipboard: paste them into your form.</source>
        <translation>Die Fragen sind in der Zwischenablage: Fügen Sie sie in Ihr Formular ein.</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>{name} intake form.{kind}</source>
        <translation>{name} Aufnahmebogen.{kind}</translation>
    </message>
    <message>
        <source>Save the intake form</source>
        <translation>Aufnahmebogen speichern</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation>{target} konnte nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Saved {target}</source>
        <translation>{target} gespeichert</translation>
    </message>
</context>
<context>
    <name>IntakeImportDialog</name>
    <message>
        <source>Import intake answers from {name}</source>
        <translation>Aufnahmebögen aus {name} importieren</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>People in the file</source>
        <translation>Personen in der Datei</translation>
    </message>
    <message>
        <source>Skill merges</source>
        <translation>Zusammenführungen von Fähigkeiten</translation>
    </message>
    <message>
        <source>Accept &amp;All Merges</source>
        <translation>&amp;Alle Zusammenführungen annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject All Merges</source>
        <translation>Alle Zusammenführungen a&amp;blehnen</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Probleme und Hinweise</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {describe}, {n_table} rows.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {describe}, {n_table} Zeilen.</translation>
    </message>
    <message>
        <source>What “{header}” is</source>
        <translation>Was „{header}“ ist</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>Can teach {value}</source>
        <translation>Kann {value} beibringen</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered as at the last import: left alone.</source>
        <translation>
            <numerusform>%n Person hat wie beim letzten Import geantwortet: unverändert gelassen.</numerusform>
            <numerusform>%n Personen haben wie beim letzten Import geantwortet: unverändert gelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>can teach {value}</source>
        <translation>kann {value} beibringen</translation>
    </message>
    <message>
        <source>{n_understood} of {n_headers} columns understood.</source>
        <translation>{n_understood} von {n_headers} Spalten verstanden.</translation>
    </message>
    <message>
        <source> Not used: </source>
        <translation> Nicht verwendet: </translation>
    </message>
    <message>
        <source> (choose what they are on the left).</source>
        <translation> (legen Sie links fest, was sie sind).</translation>
    </message>
    <message>
        <source>Skill names that look like one skill ({n}). Tick the merges to take and choose the name to keep; an untaken merge keeps the names as typed.</source>
        <translation>Namen von Fähigkeiten, die nach derselben Fähigkeit aussehen ({n}). Haken Sie die gewünschten Zusammenführungen an und wählen Sie den Namen, der bleibt; ohne Zusammenführung bleiben die Namen wie eingegeben.</translation>
    </message>
    <message>
        <source>Every skill name is new or already in the program&apos;s vocabulary: no merges to decide.</source>
        <translation>Jeder Name einer Fähigkeit ist neu oder steht schon im Vokabular des Programms: nichts zusammenzuführen.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>{updated} participants updated, {new} of {offered} new people added, %n skill merge(s) taken.</source>
        <translation>
            <numerusform>{updated} Teilnehmende aktualisiert, {new} von {offered} neuen Personen hinzugefügt, %n Zusammenführung von Fähigkeiten übernommen.</numerusform>
            <numerusform>{updated} Teilnehmende aktualisiert, {new} von {offered} neuen Personen hinzugefügt, %n Zusammenführungen von Fähigkeiten übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Der Import ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation>Es wurde nichts importiert: {exc}.</translation>
    </message>
</context>
<context>
    <name>InviteesDialog</name>
    <message>
        <source>Invite pairs</source>
        <translation>Paare einladen</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Personen einladen</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern …</translation>
    </message>
    <message>
        <source>Invited: tick each one</source>
        <translation>Eingeladen: jeweils anhaken</translation>
    </message>
    <message>
        <source>This cycle has no pairs yet: generate them in the Pairings tab first.</source>
        <translation>Diese Runde hat noch keine Paare: Erzeugen Sie sie zuerst auf der Registerkarte „Paare“.</translation>
    </message>
    <message>
        <source>Space ticks the selected line; Ctrl+A then Space ticks them all.</source>
        <translation>Die Leertaste hakt die ausgewählte Zeile an; Strg+A und dann die Leertaste hakt alle an.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>P&amp;airings</source>
        <translation>P&amp;aare</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>&amp;Neues Programm …</translation>
    </message>
    <message>
        <source>Create a new, empty program file</source>
        <translation>Eine neue, leere Programmdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a program file</source>
        <translation>Eine Programmdatei öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter …</translation>
    </message>
    <message>
        <source>Write a copy of this program to another file</source>
        <translation>Eine Kopie dieses Programms in eine andere Datei schreiben</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Put the program back as it was at an earlier backup</source>
        <translation>Das Programm auf den Stand einer früheren Sicherung zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Facilitators…</source>
        <translation>&amp;Moderation …</translation>
    </message>
    <message>
        <source>Appoint the program&apos;s neutral facilitators</source>
        <translation>Die neutrale Moderation des Programms bestimmen</translation>
    </message>
    <message>
        <source>Program &amp;Settings…</source>
        <translation>Programmein&amp;stellungen …</translation>
    </message>
    <message>
        <source>Tenure thresholds, buddy capacity, confidentiality</source>
        <translation>Schwellen für die Betriebszugehörigkeit, Kapazität der Buddys, Vertraulichkeit</translation>
    </message>
    <message>
        <source>New C&amp;ycle…</source>
        <translation>Neue &amp;Runde …</translation>
    </message>
    <message>
        <source>Start a new cycle, such as “Summer 2027”</source>
        <translation>Eine neue Runde beginnen, etwa „Sommer 2027“</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>&amp;Über PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Quick Guide</source>
        <translation>&amp;Kurzanleitung</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>{title} is not part of this build.</source>
        <translation>{title} ist nicht Teil dieser Version.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source> C&amp;ycle: </source>
        <translation> &amp;Runde: </translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>The cycle every tab shows</source>
        <translation>Die Runde, die alle Registerkarten zeigen</translation>
    </message>
    <message>
        <source>This program is already open</source>
        <translation>Dieses Programm ist bereits geöffnet</translation>
    </message>
    <message>
        <source>{name} is open in another PeerDesk window{holder}. Two programs writing the same file would lose changes. You can look at it read-only here.</source>
        <translation>{name} ist in einem anderen PeerDesk-Fenster geöffnet{holder}. Wenn zwei Programme in dieselbe Datei schreiben, gehen Änderungen verloren. Hier können Sie es schreibgeschützt ansehen.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Cannot write to this file</source>
        <translation>In diese Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Diese Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This file holds things PeerDesk did not put there</source>
        <translation>Diese Datei enthält Dinge, die nicht von PeerDesk stammen</translation>
    </message>
    <message>
        <source>{exc}

You can ask whoever sent it for a clean file, or open a cleaned copy: it keeps the people, sessions, pairs and feedback, without those objects. The file you chose stays as it is.</source>
        <translation>{exc}

Sie können die Person, die sie geschickt hat, um eine saubere Datei bitten oder eine bereinigte Kopie öffnen: Sie enthält die Personen, Sitzungen, Paare und das Feedback, aber nicht diese Objekte. Die gewählte Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Open a Cleaned Copy…</source>
        <translation>Bereinigte Kopie öffnen …</translation>
    </message>
    <message>
        <source>Save the cleaned copy as</source>
        <translation>Bereinigte Kopie speichern unter</translation>
    </message>
    <message>
        <source>Cannot save the cleaned copy</source>
        <translation>Die bereinigte Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Choose another name: the file you chose stays as it is.</source>
        <translation>Wählen Sie einen anderen Namen: Die gewählte Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written: {err}</source>
        <translation>Die bereinigte Kopie konnte nicht geschrieben werden: {err}</translation>
    </message>
    <message>
        <source>Backup failed: {exc}</source>
        <translation>Sicherung fehlgeschlagen: {exc}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of this program yet. PeerDesk makes one each time you open a program and once a day while it is open.</source>
        <translation>Von diesem Programm gibt es noch keine Sicherungen. PeerDesk legt bei jedem Öffnen eines Programms eine an und einmal täglich, solange es geöffnet ist.</translation>
    </message>
    <message>
        <source>Put the program back as it was at:</source>
        <translation>Das Programm zurücksetzen auf den Stand vom:</translation>
    </message>
    <message>
        <source>Replace everything in {name} with the backup from {label}? A backup of the current state is made first.</source>
        <translation>Alles in {name} durch die Sicherung vom {label} ersetzen? Vorher wird der aktuelle Stand gesichert.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>{exc} Your program was not changed.</source>
        <translation>{exc} Ihr Programm wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Restored the backup from {label}</source>
        <translation>Sicherung vom {label} wiederhergestellt</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>Cannot create the program</source>
        <translation>Das Programm kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>{target} could not be created: {exc}. Choose a folder you can write to.</source>
        <translation>{target} konnte nicht angelegt werden: {exc}. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Open program</source>
        <translation>Programm öffnen</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Die Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The copy could not be written: {exc}</source>
        <translation>Die Kopie konnte nicht geschrieben werden: {exc}</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>Kopie gespeichert unter {path}</translation>
    </message>
    <message>
        <source>About PeerDesk</source>
        <translation>Über PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk {version__}

Run a peer learning program: participants, buddy pairings, sessions, feedback. Everything stays in one file on this computer; nothing is sent anywhere.</source>
        <translation>PeerDesk {version__}

Für Ihr Peer-Learning-Programm: Teilnehmende, Buddy-Paare, Sitzungen, Feedback. Alles bleibt in einer Datei auf diesem Computer; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Kurzanleitung</translation>
    </message>
    <message>
        <source>The guide is missing from this installation. Reinstall PeerDesk to get it back.</source>
        <translation>Die Anleitung fehlt in dieser Installation. Installieren Sie PeerDesk neu, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>No program open</source>
        <translation>Kein Programm geöffnet</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Noch keine Runde</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Column {value}</source>
        <translation>Spalte {value}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Field for column {heading}</source>
        <translation>Feld für Spalte {heading}</translation>
    </message>
</context>
<context>
    <name>MergeModel</name>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Keep as</source>
        <translation>Behalten als</translation>
    </message>
    <message>
        <source>Names merged into it</source>
        <translation>Darin zusammengeführte Namen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>likely typo</source>
        <translation>wahrscheinlich Tippfehler</translation>
    </message>
    <message>
        <source>same skill</source>
        <translation>dieselbe Fähigkeit</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <source>New program</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>e.g. Spring 2027 peer learning</source>
        <translation>z. B. Peer-Learning Frühjahr 2027</translation>
    </message>
    <message>
        <source>This computer is set to {here}. Sessions start in the program&apos;s zone; a remote session can have its own.</source>
        <translation>Dieser Computer ist auf {here} eingestellt. Sitzungen beginnen in der Zeitzone des Programms; eine Online-Sitzung kann eine eigene haben.</translation>
    </message>
    <message>
        <source>Program &amp;name</source>
        <translation>Programm&amp;name</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Ze&amp;itzone</translation>
    </message>
    <message>
        <source>Give the program a name, such as “Spring 2027”.</source>
        <translation>Geben Sie dem Programm einen Namen, etwa „Frühjahr 2027“.</translation>
    </message>
    <message>
        <source>“{text_typed}” is not a time zone; type a city and pick it from the list, e.g. Europe/Lisbon.</source>
        <translation>„{text_typed}“ ist keine Zeitzone; geben Sie eine Stadt ein und wählen Sie sie aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>NewQuestionDialog</name>
    <message>
        <source>Add a feedback question</source>
        <translation>Eine Feedbackfrage hinzufügen</translation>
    </message>
    <message>
        <source>e.g. My partner was well prepared.</source>
        <translation>z. B. Mein Gegenüber war gut vorbereitet.</translation>
    </message>
    <message>
        <source>Lowest answer</source>
        <translation>Niedrigste Antwort</translation>
    </message>
    <message>
        <source>Highest answer</source>
        <translation>Höchste Antwort</translation>
    </message>
    <message>
        <source>Part of the psychological-safety score</source>
        <translation>Teil des Werts für psychologische Sicherheit</translation>
    </message>
    <message>
        <source>Reverse-scored (agreeing means less safety)</source>
        <translation>Umgekehrt gewertet (Zustimmung bedeutet weniger Sicherheit)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Words on the form</source>
        <translation>&amp;Wortlaut auf dem Bogen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Skala</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session in {name}</source>
        <translation>Neue Sitzung in {name}</translation>
    </message>
    <message>
        <source>Template: {name} ({total_minutes} min)</source>
        <translation>Vorlage: {name} ({total_minutes} Min.)</translation>
    </message>
    <message>
        <source>An empty agenda</source>
        <translation>Ein leerer Ablauf</translation>
    </message>
    <message>
        <source>Copy the agenda of “{title}” ({name}, {short_date})</source>
        <translation>Den Ablauf von „{title}“ kopieren ({name}, {short_date})</translation>
    </message>
    <message>
        <source>Default: the template&apos;s name, or “Session N”</source>
        <translation>Standard: der Name der Vorlage oder „Sitzung N“</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>The zone the session happens in; the calendar invitations carry it. The program&apos;s zone is {setting}.</source>
        <translation>Die Zeitzone, in der die Sitzung stattfindet; die Kalendereinladungen enthalten sie. Die Zeitzone des Programms ist {setting}.</translation>
    </message>
    <message>
        <source>&amp;Agenda from</source>
        <translation>&amp;Ablauf aus</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Beginn um</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>Da&amp;uer</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Ze&amp;itzone</translation>
    </message>
    <message>
        <source>New session {title}</source>
        <translation>Neue Sitzung {title}</translation>
    </message>
</context>
<context>
    <name>OverviewDock</name>
    <message>
        <source>Program checklist</source>
        <translation>Programm-Checkliste</translation>
    </message>
    <message>
        <source>Program Check&amp;list</source>
        <translation>Programm-&amp;Checkliste</translation>
    </message>
    <message>
        <source>New Cycle…</source>
        <translation>Neue Runde …</translation>
    </message>
    <message>
        <source>Create the first cycle</source>
        <translation>Die erste Runde anlegen</translation>
    </message>
    <message>
        <source>A cycle is a period such as “Spring 2027” with its own pairs, sessions and feedback. Steps 4 to 8 start once it exists.</source>
        <translation>Eine Runde ist ein Zeitraum wie „Frühjahr 2027“ mit eigenen Paaren, Sitzungen und eigenem Feedback. Die Schritte 4 bis 8 beginnen, sobald es sie gibt.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>No program open</source>
        <translation>Kein Programm geöffnet</translation>
    </message>
    <message>
        <source>Open a program file, or create one with File &gt; New Program.</source>
        <translation>Öffnen Sie eine Programmdatei oder legen Sie mit Datei &gt; Neues Programm eine an.</translation>
    </message>
    <message>
        <source>Program checklist steps</source>
        <translation>Schritte der Programm-Checkliste</translation>
    </message>
    <message>
        <source>The checklist cannot be read from this file: {exc}.</source>
        <translation>Die Checkliste kann aus dieser Datei nicht gelesen werden: {exc}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{n} done</source>
        <translation>{n} erledigt</translation>
    </message>
    <message>
        <source>{warning} to look at</source>
        <translation>{warning} zu prüfen</translation>
    </message>
    <message>
        <source>{todo} to do</source>
        <translation>{todo} zu tun</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Noch keine Runde</translation>
    </message>
    <message>
        <source>Editing the code of conduct is not part of this build.</source>
        <translation>Das Bearbeiten des Verhaltenskodex ist nicht Teil dieser Version.</translation>
    </message>
    <message>
        <source>The program is open read-only.</source>
        <translation>Das Programm ist schreibgeschützt geöffnet.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Fit &amp;Width</source>
        <translation>An Breite &amp;anpassen</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Die Seitenbreite an das Fenster anpassen</translation>
    </message>
    <message>
        <source>Fit P&amp;age</source>
        <translation>&amp;Ganze Seite</translation>
    </message>
    <message>
        <source>Show a whole page</source>
        <translation>Eine ganze Seite zeigen</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Vorige Seite (Bild auf)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>of 0</source>
        <translation>von 0</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>S&amp;eite</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vorschau der Seiten</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Seite {number}</translation>
    </message>
    <message>
        <source>of {n_images}</source>
        <translation>von {n_images}</translation>
    </message>
</context>
<context>
    <name>PairingSettingsDialog</name>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Fähigkeiten</translation>
    </message>
    <message>
        <source>for each skill one teaches and the other wants (half more for an expert, half for basics)</source>
        <translation>für jede Fähigkeit, die eine Person beibringt und die andere lernen möchte (die Hälfte mehr bei Expertise, die Hälfte bei Grundkenntnissen)</translation>
    </message>
    <message>
        <source>Different de&amp;partments</source>
        <translation>Verschiedene &amp;Abteilungen</translation>
    </message>
    <message>
        <source>pairs that break silos</source>
        <translation>Paare, die Silos aufbrechen</translation>
    </message>
    <message>
        <source>&amp;Tenure gap</source>
        <translation>Unterschied in der &amp;Betriebszugehörigkeit</translation>
    </message>
    <message>
        <source>a new recruit with a seasoned colleague (half for a smaller gap)</source>
        <translation>ein Neuzugang mit einer erfahrenen Kollegin oder einem erfahrenen Kollegen (die Hälfte bei kleinerem Abstand)</translation>
    </message>
    <message>
        <source>Same &amp;office</source>
        <translation>&amp;Gleicher Standort</translation>
    </message>
    <message>
        <source>Compatible &amp;availability</source>
        <translation>Passende &amp;Verfügbarkeit</translation>
    </message>
    <message>
        <source>a day or time both gave, or one is free any time</source>
        <translation>ein Tag oder eine Uhrzeit, die beide angegeben haben, oder eine Person ist jederzeit verfügbar</translation>
    </message>
    <message>
        <source>Asked to &amp;learn from them</source>
        <translation>Möchte von der anderen Person &amp;lernen</translation>
    </message>
    <message>
        <source>one named the other on the intake form</source>
        <translation>eine Person hat die andere im Aufnahmebogen genannt</translation>
    </message>
    <message>
        <source>Pairing rules and weights</source>
        <translation>Paarungsregeln und Gewichte</translation>
    </message>
    <message>
        <source>Points each part of a pair&apos;s score is worth. Hard rules (the reporting chain, exclusions, facilitators) are never traded for points.</source>
        <translation>Punkte, die jeder Teil der Punktzahl eines Paars wert ist. Feste Regeln (die Berichtslinie, Ausschlüsse, die Moderation) werden nie gegen Punkte aufgewogen.</translation>
    </message>
    <message>
        <source>every earlier cycle</source>
        <translation>alle früheren Runden</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> Runden</translation>
    </message>
    <message>
        <source>Nobody is paired again with someone they were paired with in this many of the latest published cycles</source>
        <translation>Niemand wird erneut mit einer Person gepaart, mit der er oder sie in so vielen der letzten veröffentlichten Runden gepaart war</translation>
    </message>
    <message>
        <source>No &amp;repeats from the last</source>
        <translation>Keine &amp;Wiederholung aus den letzten</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
</context>
<context>
    <name>PairingsTab</name>
    <message>
        <source>&amp;Generate Pairs</source>
        <translation>Paare &amp;erzeugen</translation>
    </message>
    <message>
        <source>Pair the cycle&apos;s participants, keeping pinned pairs (Ctrl+Shift+G)</source>
        <translation>Die Teilnehmenden der Runde paaren, fixierte Paare bleiben erhalten (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <source>&amp;Publish Pairs</source>
        <translation>&amp;Paare veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the pairs: they then count for the no-repeat rule</source>
        <translation>Die Paare veröffentlichen: Sie zählen dann für die Regel gegen Wiederholungen</translation>
    </message>
    <message>
        <source>P&amp;in</source>
        <translation>&amp;Fixieren</translation>
    </message>
    <message>
        <source>Pin the selected pair: generating again keeps it (Ctrl+Shift+I)</source>
        <translation>Das ausgewählte Paar fixieren: Beim erneuten Erzeugen bleibt es erhalten (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>&amp;Swap…</source>
        <translation>&amp;Tauschen …</translation>
    </message>
    <message>
        <source>Swap the chosen member with someone in another pair</source>
        <translation>Das gewählte Mitglied mit jemandem aus einem anderen Paar tauschen</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben …</translation>
    </message>
    <message>
        <source>Move the chosen member into another pair, or out of any (or drag them from this list onto a pair)</source>
        <translation>Das gewählte Mitglied in ein anderes Paar oder aus allen Paaren heraus verschieben (oder aus dieser Liste auf ein Paar ziehen)</translation>
    </message>
    <message>
        <source>&amp;Add to a Pair…</source>
        <translation>Zu einem Paar &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Put the selected person into a pair</source>
        <translation>Die ausgewählte Person einem Paar hinzufügen</translation>
    </message>
    <message>
        <source>Pair &amp;With…</source>
        <translation>Paaren &amp;mit …</translation>
    </message>
    <message>
        <source>Make a new pair with another person who has none</source>
        <translation>Ein neues Paar mit einer anderen Person bilden, die noch keines hat</translation>
    </message>
    <message>
        <source>&amp;Never Pair With…</source>
        <translation>&amp;Nie paaren mit …</translation>
    </message>
    <message>
        <source>Never pair the chosen person with someone (an exclusion)</source>
        <translation>Die gewählte Person nie mit jemandem paaren (ein Ausschluss)</translation>
    </message>
    <message>
        <source>&amp;Remove an Exclusion…</source>
        <translation>Ausschluss auf&amp;heben …</translation>
    </message>
    <message>
        <source>Allow two people who were never to be paired again</source>
        <translation>Zwei Personen, die nie gepaart werden sollten, wieder paaren lassen</translation>
    </message>
    <message>
        <source>Pair This &amp;Facilitator</source>
        <translation>Person aus der &amp;Moderation paaren</translation>
    </message>
    <message>
        <source>Let the selected facilitator be paired like everyone else</source>
        <translation>Die ausgewählte Person aus der Moderation wie alle anderen paaren lassen</translation>
    </message>
    <message>
        <source>Pairing &amp;Rules and Weights…</source>
        <translation>Paarungsre&amp;geln und Gewichte …</translation>
    </message>
    <message>
        <source>What each part of the score weighs; how far back the no-repeat rule looks</source>
        <translation>Was jeder Teil der Punktzahl wiegt; wie weit die Regel gegen Wiederholungen zurückreicht</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Ohne Paar</translation>
    </message>
    <message>
        <source>Generate pairs</source>
        <translation>Paare erzeugen</translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation>Neue Runde …</translation>
    </message>
    <message>
        <source>Members of the selected pair</source>
        <translation>Mitglieder des ausgewählten Paars</translation>
    </message>
    <message>
        <source>Members (choose one to swap or move):</source>
        <translation>Mitglieder (eines wählen, um es zu tauschen oder zu verschieben):</translation>
    </message>
    <message>
        <source>Why this pair:</source>
        <translation>Warum dieses Paar:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No program open&lt;/h3&gt;&lt;p&gt;Open or create a program (File menu) to pair its participants.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein Programm geöffnet&lt;/h3&gt;&lt;p&gt;Öffnen oder erstellen Sie ein Programm (Menü „Datei“), um seine Teilnehmenden zu paaren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cycle yet&lt;/h3&gt;&lt;p&gt;Pairs belong to a cycle, such as “Spring 2027”, with its own sessions and feedback. Create the first one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Runde&lt;/h3&gt;&lt;p&gt;Paare gehören zu einer Runde wie „Frühjahr 2027“, mit eigenen Sitzungen und eigenem Feedback. Legen Sie die erste an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No pairs yet for {name}&lt;/h3&gt;&lt;p&gt;Generate them: every new recruit gets a seasoned buddy where the rules allow, and everyone else is paired for the best total score. Each pair says why it was made, and you can change it afterwards.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Paare für {name}&lt;/h3&gt;&lt;p&gt;Erzeugen Sie sie: Jeder Neuzugang bekommt, wo die Regeln es erlauben, einen erfahrenen Buddy, und alle anderen werden für die beste Gesamtpunktzahl gepaart. Jedes Paar sagt, warum es gebildet wurde, und Sie können es danach ändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pairs of {name}&lt;/b&gt; · {state}</source>
        <translation>&lt;b&gt;Paare von {name}&lt;/b&gt; · {state}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pairs of {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Paare von {name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Total score {total:g}</source>
        <translation>Gesamtpunktzahl {total:g}</translation>
    </message>
    <message>
        <source>Not paired: {rowCount}</source>
        <translation>Ohne Paar: {rowCount}</translation>
    </message>
    <message>
        <source>Re&amp;generate Pairs</source>
        <translation>Paare neu &amp;erzeugen</translation>
    </message>
    <message>
        <source>Un&amp;publish Pairs</source>
        <translation>Veröffentlichung &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Fixierung &amp;lösen</translation>
    </message>
    <message>
        <source>Select a pair to see why it was made.</source>
        <translation>Wählen Sie ein Paar, um zu sehen, warum es gebildet wurde.</translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation> · fixiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;{people}&lt;/b&gt;&lt;br&gt;Score {score:g}{pinned}</source>
        <translation>&lt;b&gt;{people}&lt;/b&gt;&lt;br&gt;Punktzahl {score:g}{pinned}</translation>
    </message>
    <message>
        <source> (buddy)</source>
        <translation> (Buddy)</translation>
    </message>
    <message>
        <source> (new recruit)</source>
        <translation> (Neuzugang)</translation>
    </message>
    <message>
        <source>Pairs not generated</source>
        <translation>Paare nicht erzeugt</translation>
    </message>
    <message>
        <source>Generating pairs…</source>
        <translation>Paare werden erzeugt …</translation>
    </message>
    <message>
        <source>Generating pairs</source>
        <translation>Paare werden erzeugt</translation>
    </message>
    <message>
        <source>Pairs not saved</source>
        <translation>Paare nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) and trio(s) made</source>
        <translation>
            <numerusform>%n Paar oder Dreiergruppe gebildet</numerusform>
            <numerusform>%n Paare und Dreiergruppen gebildet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not paired.</source>
        <translation>
            <numerusform>%n Person ohne Paar.</numerusform>
            <numerusform>%n Personen ohne Paar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating was cancelled; nothing changed.</source>
        <translation>Das Erzeugen wurde abgebrochen; nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>buddy</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>new recruit</source>
        <translation>Neuzugang</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Pinned pairs are kept when you generate again</source>
        <translation>Fixierte Paare bleiben beim erneuten Erzeugen erhalten</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>Trio</source>
        <translation>Dreiergruppe</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Pinned: kept when you generate again</source>
        <translation>Fixiert: bleibt beim erneuten Erzeugen erhalten</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Nicht fixiert</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>nicht fixiert</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixiert</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Levels: 1 basic, 2 good, 3 expert. Write them in brackets: “SQL (3), Git (2)”.</source>
        <translation>Stufen: 1 Grundkenntnisse, 2 gut, 3 Expertise. Schreiben Sie sie in Klammern: „SQL (3), Git (2)“.</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Outside manager&apos;s name</source>
        <translation>Name der externen Führungskraft</translation>
    </message>
    <message>
        <source>Outside manager&apos;s name (not in the program)</source>
        <translation>Name der externen Führungskraft (nicht im Programm)</translation>
    </message>
    <message>
        <source>Outside manager&apos;s email</source>
        <translation>E-Mail-Adresse der externen Führungskraft</translation>
    </message>
    <message>
        <source>What they can teach, e.g. SQL (3), Presenting (2)</source>
        <translation>Was die Person beibringen kann, z. B. SQL (3), Präsentieren (2)</translation>
    </message>
    <message>
        <source>What they want to learn, e.g. Negotiation (1)</source>
        <translation>Was die Person lernen möchte, z. B. Verhandeln (1)</translation>
    </message>
    <message>
        <source>e.g. Mornings, not Fridays</source>
        <translation>z. B. vormittags, nicht freitags</translation>
    </message>
    <message>
        <source>Takes part in the program</source>
        <translation>Nimmt am Programm teil</translation>
    </message>
    <message>
        <source>Program default</source>
        <translation>Standard des Programms</translation>
    </message>
    <message>
        <source>How many new recruits this person can buddy at once</source>
        <translation>Wie viele Neuzugänge diese Person gleichzeitig als Buddy begleiten kann</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Berufsbezeichnung</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>Stan&amp;dort</translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation>Ein&amp;trittsdatum</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Führungskraft</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Can &amp;teach</source>
        <translation>Kann beibrin&amp;gen</translation>
    </message>
    <message>
        <source>Wants to &amp;learn</source>
        <translation>Möchte &amp;lernen</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>&amp;Verfügbarkeit</translation>
    </message>
    <message>
        <source>Buddy capacity</source>
        <translation>Buddy-Kapazität</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this person (Enter)</source>
        <translation>Diese Person speichern (Eingabe)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Throw away the changes in this form</source>
        <translation>Die Änderungen in diesem Formular verwerfen</translation>
    </message>
    <message>
        <source>Participant details</source>
        <translation>Angaben zur Person</translation>
    </message>
    <message>
        <source>No manager in the program</source>
        <translation>Keine Führungskraft im Programm</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Neue teilnehmende Person</translation>
    </message>
    <message>
        <source>{name} (archived — unarchive to edit)</source>
        <translation>{name} (archiviert – zum Bearbeiten Archivierung aufheben)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Eintrittsdatum</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Betriebszugehörigkeit</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Teaches</source>
        <translation>Bringt bei</translation>
    </message>
    <message>
        <source>Learns</source>
        <translation>Lernt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New recruit: under {new} months; seasoned: {seasoned} months or more</source>
        <translation>Neuzugang: unter {new} Monaten; erfahren: ab {seasoned} Monaten</translation>
    </message>
    <message>
        <source>Archived on {short_date}: {value}</source>
        <translation>Archiviert am {short_date}: {value}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Nimmt nicht teil</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Teilnehmende suchen</translation>
    </message>
    <message>
        <source>Search names, emails, departments, skills…  (Ctrl+F)</source>
        <translation>Namen, E-Mail-Adressen, Abteilungen, Fähigkeiten suchen …  (Strg+F)</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Abteilungsfilter</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Tenure filter</source>
        <translation>Filter nach Betriebszugehörigkeit</translation>
    </message>
    <message>
        <source>All tenures</source>
        <translation>Alle Dienstalter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Edit the Selected Participant</source>
        <translation>Ausgewählte Person bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add Participant</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+Shift+N)</source>
        <translation>Eine teilnehmende Person hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Archi&amp;ve</source>
        <translation>Archi&amp;vieren</translation>
    </message>
    <message>
        <source>Archive the selected person (keeps their history)</source>
        <translation>Die ausgewählte Person archivieren (ihre Historie bleibt erhalten)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected person, or archive them if they have history (Del)</source>
        <translation>Die ausgewählte Person löschen oder, wenn sie eine Historie hat, archivieren (Entf)</translation>
    </message>
    <message>
        <source>&amp;Import People…</source>
        <translation>Personen &amp;importieren …</translation>
    </message>
    <message>
        <source>Add or update participants from an HR export (.csv or .xlsx)</source>
        <translation>Teilnehmende aus einem Personalexport (.csv oder .xlsx) hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Facilitators…</source>
        <translation>Moderation …</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No participants yet&lt;/h3&gt;&lt;p&gt;Import the staff list HR sent you (File &amp;gt; Import Participants), or add people one by one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Teilnehmenden&lt;/h3&gt;&lt;p&gt;Importieren Sie die Mitarbeiterliste aus der Personalabteilung (Datei &amp;gt; Teilnehmende importieren) oder fügen Sie Personen einzeln hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add the first participant</source>
        <translation>Erste Person hinzufügen</translation>
    </message>
    <message>
        <source>Import the staff list…</source>
        <translation>Mitarbeiterliste importieren …</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>Archivierung a&amp;ufheben</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n person(s) shown</source>
        <translation>
            <numerusform>{shown} von %n Person angezeigt</numerusform>
            <numerusform>{shown} von %n Personen angezeigt</numerusform>
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
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>{name} archivieren</translation>
    </message>
    <message>
        <source>Unarchive {name}</source>
        <translation>Archivierung von {name} aufheben</translation>
    </message>
    <message>
        <source>Archive instead?</source>
        <translation>Stattdessen archivieren?</translation>
    </message>
    <message>
        <source>{name} already has history in this program (pairs, attendance or feedback), so they can&apos;t be deleted. Archive them instead? Their history stays.</source>
        <translation>{name} hat in diesem Programm bereits eine Historie (Paare, Anwesenheit oder Feedback) und kann daher nicht gelöscht werden. Stattdessen archivieren? Die Historie bleibt erhalten.</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren …</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>Delete {name} from the program? You can undo this with Edit &gt; Undo.</source>
        <translation>{name} aus dem Programm löschen? Mit Bearbeiten &gt; Rückgängig können Sie das zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>Import participants from {name}</source>
        <translation>Teilnehmende aus {name} importieren</translation>
    </message>
    <message>
        <source>How each column is understood</source>
        <translation>Wie jede Spalte verstanden wird</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Vorschau der Zeilen</translation>
    </message>
    <message>
        <source>&amp;Day first (31/12)</source>
        <translation>&amp;Tag zuerst (31.12.)</translation>
    </message>
    <message>
        <source>&amp;Month first (12/31)</source>
        <translation>&amp;Monat zuerst (12/31)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Columns&lt;/b&gt; — change any that were not understood</source>
        <translation>&lt;b&gt;1. Spalten&lt;/b&gt; – ändern Sie alle, die nicht verstanden wurden</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Preview&lt;/b&gt; — every row of the file</source>
        <translation>&lt;b&gt;2. Vorschau&lt;/b&gt; – jede Zeile der Datei</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. What will happen&lt;/b&gt;</source>
        <translation>&lt;b&gt;3. Was geschehen wird&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>for example 03/04/2024</source>
        <translation>zum Beispiel 03/04/2024</translation>
    </message>
    <message>
        <source>The hire dates could be read day-first or month-first ({examples}). Which does the file use?</source>
        <translation>Die Eintrittsdaten lassen sich mit dem Tag oder mit dem Monat zuerst lesen ({examples}). Welche Reihenfolge verwendet die Datei?</translation>
    </message>
    <message>
        <source>Choose the date order above to see what will be imported.</source>
        <translation>Wählen Sie oben die Reihenfolge des Datums, um zu sehen, was importiert wird.</translation>
    </message>
    <message>
        <source> Rows with problems are left out unless you fix the file and import again.</source>
        <translation> Zeilen mit Problemen werden ausgelassen, es sei denn, Sie korrigieren die Datei und importieren erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Archive the %n person(s) no longer in the file ({names})</source>
        <translation>
            <numerusform>Die %n Person archivieren, die nicht mehr in der Datei steht ({names})</numerusform>
            <numerusform>Die %n Personen archivieren, die nicht mehr in der Datei stehen ({names})</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import {good}</source>
        <translation>{good} &amp;importieren</translation>
    </message>
    <message>
        <source>Import without the bad rows?</source>
        <translation>Ohne die fehlerhaften Zeilen importieren?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will not be imported. Import the other rows now?</source>
        <translation>
            <numerusform>%n Zeile hat Probleme und wird nicht importiert. Die übrigen Zeilen jetzt importieren?</numerusform>
            <numerusform>%n Zeilen haben Probleme und werden nicht importiert. Die übrigen Zeilen jetzt importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation>Die übrigen importieren</translation>
    </message>
    <message>
        <source>Import {count} participants from {name}</source>
        <translation>{count} Teilnehmende aus {name} importieren</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Der Import ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation>Es wurde nichts importiert: {exc}.</translation>
    </message>
    <message>
        <source>Writing participants…</source>
        <translation>Teilnehmende werden geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing participants</source>
        <translation>Teilnehmende werden importiert</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} von {total}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>not in the program: a new participant</source>
        <translation>nicht im Programm: eine neue teilnehmende Person</translation>
    </message>
    <message>
        <source>not in the program: left out</source>
        <translation>nicht im Programm: ausgelassen</translation>
    </message>
    <message>
        <source>updates {what}</source>
        <translation>aktualisiert {what}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Type part of a name to narrow the list</source>
        <translation>Einen Teil des Namens eingeben, um die Liste einzugrenzen</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Liste durchsuchen</translation>
    </message>
    <message>
        <source>Nothing matches: erase some of what you typed.</source>
        <translation>Nichts passt: Löschen Sie einen Teil der Eingabe.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Column {value}</source>
        <translation>Spalte {value}</translation>
    </message>
    <message>
        <source>{heading}
(ignored)</source>
        <translation>{heading}
(ignoriert)</translation>
    </message>
</context>
<context>
    <name>ProgramContext</name>
    <message>
        <source>This program is open read-only, so it cannot be changed here.</source>
        <translation>Dieses Programm ist schreibgeschützt geöffnet und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>The program file {path} was moved or deleted while it was open, so this change was not saved. Use File &gt; Save a Copy As now to keep everything saved so far, then open that copy.</source>
        <translation>Die Programmdatei {path} wurde verschoben oder gelöscht, während sie geöffnet war; diese Änderung wurde daher nicht gespeichert. Sichern Sie jetzt mit Datei &gt; Kopie speichern unter alles bisher Gespeicherte und öffnen Sie dann diese Kopie.</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Feedback questions</source>
        <translation>Feedbackfragen</translation>
    </message>
    <message>
        <source>&amp;Add Question…</source>
        <translation>Frage &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Psychological-safety items: {SAFETY_CITATION} Reverse-scored items are flipped before averaging.</source>
        <translation>Aussagen zur psychologischen Sicherheit: {SAFETY_CITATION} Umgekehrt gewertete Aussagen werden vor der Mittelwertbildung umgepolt.</translation>
    </message>
    <message>
        <source>Double-click a question to change its words. A question with answers keeps its kind and scale; deactivate it and add a new one instead.</source>
        <translation>Doppelklicken Sie auf eine Frage, um ihren Wortlaut zu ändern. Eine Frage mit Antworten behält ihre Art und Skala; deaktivieren Sie sie stattdessen und fügen Sie eine neue hinzu.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Edit question “{text}”</source>
        <translation>Frage „{text}“ bearbeiten</translation>
    </message>
    <message>
        <source>Add question “{text}”</source>
        <translation>Frage „{text}“ hinzufügen</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Frage verschieben</translation>
    </message>
    <message>
        <source>Activate question</source>
        <translation>Frage aktivieren</translation>
    </message>
    <message>
        <source>Deactivate question</source>
        <translation>Frage deaktivieren</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Psychological safety</source>
        <translation>Psychologische Sicherheit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Recommend (eNPS)</source>
        <translation>Weiterempfehlung (eNPS)</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Skill confidence</source>
        <translation>Sicherheit in der Fähigkeit</translation>
    </message>
    <message>
        <source>Yes, reverse-scored</source>
        <translation>Ja, umgekehrt gewertet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Everyone in the cycle</source>
        <translation>Alle in der Runde</translation>
    </message>
    <message>
        <source>Chosen pairs</source>
        <translation>Ausgewählte Paare</translation>
    </message>
    <message>
        <source>Chosen people</source>
        <translation>Ausgewählte Personen</translation>
    </message>
    <message>
        <source>e.g. Kick-off</source>
        <translation>z. B. Auftakt</translation>
    </message>
    <message>
        <source>What this session is about (shown in the invite)</source>
        <translation>Worum es in dieser Sitzung geht (steht in der Einladung)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Endet um</translation>
    </message>
    <message>
        <source>Where the session happens: a remote session can keep its own zone, and invitations carry it</source>
        <translation>Wo die Sitzung stattfindet: Eine Online-Sitzung kann ihre eigene Zeitzone behalten, und die Einladungen enthalten sie</translation>
    </message>
    <message>
        <source>A room, or a video link</source>
        <translation>Ein Raum oder ein Videolink</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Your own notes (not in the calendar invite)</source>
        <translation>Ihre eigenen Notizen (nicht in der Kalendereinladung)</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Datum *</translation>
    </message>
    <message>
        <source>Sta&amp;rts *</source>
        <translation>&amp;Beginn *</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Ze&amp;itzone</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Moderation</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translation>&amp;Eingeladen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this session (Enter, or Ctrl+Enter from the notes)</source>
        <translation>Diese Sitzung speichern (Eingabe, oder Strg+Eingabe in den Notizen)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation>Keine Moderation</translation>
    </message>
</context>
<context>
    <name>SessionPane</name>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Session pack, agenda, sign-in sheet and feedback forms as PDF</source>
        <translation>Sitzungsmappe, Ablauf, Anwesenheitsliste und Feedbackbögen als PDF</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Kalender (.ics) …</translation>
    </message>
    <message>
        <source>Save this session as a calendar invite</source>
        <translation>Diese Sitzung als Kalendereinladung speichern</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>A copy of this session a week after the cycle&apos;s last one (Ctrl+D)</source>
        <translation>Eine Kopie dieser Sitzung eine Woche nach der letzten der Runde (Strg+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this session (you can undo)</source>
        <translation>Diese Sitzung löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Angaben zur Sitzung</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ablauf</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>A&amp;nwesenheit</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Beginnen mit …</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>Einen Punkt nach dem ausgewählten einfügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Den ausgewählten Punkt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Pfeil oben)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Pfeil unten)</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Als Vorlage speichern …</translation>
    </message>
    <message>
        <source>&amp;Present (P)</source>
        <translation>&amp;Anwesend (P)</translation>
    </message>
    <message>
        <source>A&amp;bsent (A)</source>
        <translation>A&amp;bwesend (A)</translation>
    </message>
    <message>
        <source>&amp;Excused (E)</source>
        <translation>&amp;Entschuldigt (E)</translation>
    </message>
    <message>
        <source>Clear (Del)</source>
        <translation>Leeren (Entf)</translation>
    </message>
    <message>
        <source>Everyone else present</source>
        <translation>Alle anderen anwesend</translation>
    </message>
    <message>
        <source>Mark everyone not marked yet as present</source>
        <translation>Alle noch nicht Markierten als anwesend markieren</translation>
    </message>
    <message>
        <source>Type P, A or E for each name as you read the sign-in sheet; the next name is selected each time.</source>
        <translation>Tippen Sie beim Lesen der Anwesenheitsliste für jeden Namen P, A oder E; danach ist jeweils der nächste Name ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) invited</source>
        <translation>
            <numerusform>%n Person eingeladen</numerusform>
            <numerusform>%n Personen eingeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Running total: {summary}</source>
        <translation>Laufende Summe: {summary}</translation>
    </message>
    <message>
        <source>{n} present</source>
        <translation>{n} anwesend</translation>
    </message>
    <message>
        <source>{n} absent</source>
        <translation>{n} abwesend</translation>
    </message>
    <message>
        <source>{n} excused</source>
        <translation>{n} entschuldigt</translation>
    </message>
    <message>
        <source>{waiting} not marked</source>
        <translation>{waiting} nicht markiert</translation>
    </message>
    <message>
        <source> — rate {percent}</source>
        <translation> – Quote {percent}</translation>
    </message>
    <message>
        <source>This session&apos;s feedback forms wait to join the figures: they join with the next forms typed or imported, when comparing the figures can no longer give them away.</source>
        <translation>Die Feedbackbögen dieser Sitzung warten darauf, in die Werte einzugehen: Sie gehen mit den nächsten getippten oder importierten Bögen ein, sobald ein Vergleich der Werte sie nicht mehr verraten kann.</translation>
    </message>
    <message>
        <source>Edit session {title}</source>
        <translation>Sitzung {title} bearbeiten</translation>
    </message>
    <message>
        <source>Cannot invite them</source>
        <translation>Einladen nicht möglich</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neuer Punkt</translation>
    </message>
    <message>
        <source>{name} ({total_minutes} min)</source>
        <translation>{name} ({total_minutes} Min.)</translation>
    </message>
    <message>
        <source>Copy the agenda of</source>
        <translation>Den Ablauf kopieren von</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Vorlagen bearbeiten …</translation>
    </message>
    <message>
        <source>Replace the agenda?</source>
        <translation>Ablauf ersetzen?</translation>
    </message>
    <message>
        <source>Replace the {n_agenda} items of this agenda? You can undo this.</source>
        <translation>Die {n_agenda} Punkte dieses Ablaufs ersetzen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Agenda from template {name}</source>
        <translation>Ablauf aus Vorlage {name}</translation>
    </message>
    <message>
        <source>Copy the agenda of {title}</source>
        <translation>Ablauf von {title} kopieren</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Save template {name}</source>
        <translation>Vorlage {name} speichern</translation>
    </message>
    <message>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>entschuldigt</translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {who} {what}</source>
        <translation>{who} als {what} markieren</translation>
    </message>
    <message>
        <source>Attendance not changed</source>
        <translation>Anwesenheit nicht geändert</translation>
    </message>
    <message>
        <source>Feedback forms wait</source>
        <translation>Feedbackbögen warten</translation>
    </message>
    <message>
        <source>Mark attendance for a future session?</source>
        <translation>Anwesenheit für eine künftige Sitzung erfassen?</translation>
    </message>
    <message>
        <source> Mark it anyway?</source>
        <translation> Trotzdem erfassen?</translation>
    </message>
    <message>
        <source>Mark Attendance</source>
        <translation>Anwesenheit erfassen</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Cycles and sessions</source>
        <translation>Runden und Sitzungen</translation>
    </message>
    <message>
        <source>Create the first cycle…</source>
        <translation>Die erste Runde anlegen …</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cycles yet&lt;/h3&gt;&lt;p&gt;A cycle is a period such as “Spring 2027” that holds its sessions, pairs and feedback. Create one, then plan its sessions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Runden&lt;/h3&gt;&lt;p&gt;Eine Runde ist ein Zeitraum wie „Frühjahr 2027“, zu dem Sitzungen, Paare und Feedback gehören. Legen Sie eine an und planen Sie dann ihre Sitzungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open or create a program (File menu) to plan sessions.</source>
        <translation>Öffnen oder erstellen Sie ein Programm (Menü „Datei“), um Sitzungen zu planen.</translation>
    </message>
    <message>
        <source>Choose a cycle or a session on the left.</source>
        <translation>Wählen Sie links eine Runde oder eine Sitzung.</translation>
    </message>
    <message>
        <source>New &amp;Session…</source>
        <translation>Neue &amp;Sitzung …</translation>
    </message>
    <message>
        <source>Plan a session, from a template or a copy</source>
        <translation>Eine Sitzung planen, aus einer Vorlage oder als Kopie</translation>
    </message>
    <message>
        <source>New C&amp;ycle…</source>
        <translation>Neue &amp;Runde …</translation>
    </message>
    <message>
        <source>Start a cycle such as “Summer 2027”</source>
        <translation>Eine Runde beginnen, etwa „Sommer 2027“</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected session or cycle</source>
        <translation>Die ausgewählte Sitzung oder die ausgewählte Runde duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename Cycle…</source>
        <translation>Runde &amp;umbenennen …</translation>
    </message>
    <message>
        <source>Give the selected cycle a new name (you can undo)</source>
        <translation>Der ausgewählten Runde einen neuen Namen geben (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Delete the selected session or cycle (you can undo)</source>
        <translation>Die ausgewählte Sitzung oder die ausgewählte Runde löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Calendar for This Sess&amp;ion (.ics)…</source>
        <translation>Kalender für diese &amp;Sitzung (.ics) …</translation>
    </message>
    <message>
        <source>Save the selected session as a calendar invite</source>
        <translation>Die ausgewählte Sitzung als Kalendereinladung speichern</translation>
    </message>
    <message>
        <source>Calendar for This C&amp;ycle (.ics)…</source>
        <translation>Kalender für diese &amp;Runde (.ics) …</translation>
    </message>
    <message>
        <source>Save every session of the cycle as calendar invites</source>
        <translation>Alle Sitzungen der Runde als Kalendereinladungen speichern</translation>
    </message>
    <message>
        <source>Agenda &amp;Templates…</source>
        <translation>A&amp;blaufvorlagen …</translation>
    </message>
    <message>
        <source>Edit the kick-off, regular and close-out agendas</source>
        <translation>Die Abläufe für Auftakt, reguläre Sitzung und Abschluss bearbeiten</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Noch keine Runde</translation>
    </message>
    <message>
        <source>Create a cycle first: sessions belong to a cycle.</source>
        <translation>Legen Sie zuerst eine Runde an: Sitzungen gehören zu einer Runde.</translation>
    </message>
    <message>
        <source>Duplicate {title}</source>
        <translation>{title} duplizieren</translation>
    </message>
    <message>
        <source>Duplicate cycle</source>
        <translation>Runde duplizieren</translation>
    </message>
    <message>
        <source>Name of the new cycle:</source>
        <translation>Name der neuen Runde:</translation>
    </message>
    <message>
        <source>{name} (next)</source>
        <translation>{name} (Folgerunde)</translation>
    </message>
    <message>
        <source>Duplicate cycle {name}</source>
        <translation>Runde {name} duplizieren</translation>
    </message>
    <message>
        <source>Cannot duplicate the cycle</source>
        <translation>Die Runde kann nicht dupliziert werden</translation>
    </message>
    <message>
        <source>Postpone by a &amp;Week</source>
        <translation>Um eine &amp;Woche verschieben</translation>
    </message>
    <message>
        <source>Move the selected session and the later ones of its cycle a week later (you can undo)</source>
        <translation>Die ausgewählte Sitzung und die späteren ihrer Runde um eine Woche verschieben (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source> and its attendance ({marked} marks)</source>
        <translation> und ihre Anwesenheit ({marked} Einträge)</translation>
    </message>
    <message>
        <source>Its feedback forms stay in the cycle&apos;s figures, as forms of the cycle: taking them out would move the figures by just those forms.</source>
        <translation>Ihre Feedbackbögen bleiben in den Werten der Runde, als Bögen der Runde: sie herauszunehmen würde die Werte um genau diese Bögen verschieben.</translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation>Sitzung löschen?</translation>
    </message>
    <message>
        <source>Delete “{title}” of {weekday_date} with its agenda{extra}? You can undo this.</source>
        <translation>„{title}“ vom {weekday_date} mit ihrem Ablauf{extra} löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete session {title}</source>
        <translation>Sitzung {title} löschen</translation>
    </message>
    <message>
        <source>Session not deleted</source>
        <translation>Sitzung nicht gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n Paar</numerusform>
            <numerusform>%n Paaren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s)</source>
        <translation>
            <numerusform>%n Feedbackbogen</numerusform>
            <numerusform>%n Feedbackbögen</numerusform>
        </translation>
    </message>
    <message>
        <source>feedback forms</source>
        <translation>Feedbackbögen</translation>
    </message>
    <message>
        <source>Delete cycle?</source>
        <translation>Runde löschen?</translation>
    </message>
    <message>
        <source>Delete the cycle “{name}”{held}? You can undo this.</source>
        <translation>Die Runde „{name}“{held} löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source> with its {held}</source>
        <translation> mit ihren {held}</translation>
    </message>
    <message>
        <source>Delete cycle {name}</source>
        <translation>Runde {name} löschen</translation>
    </message>
    <message>
        <source>Cycle not deleted</source>
        <translation>Runde nicht gelöscht</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Kalender speichern</translation>
    </message>
    <message>
        <source>Cannot save the calendar</source>
        <translation>Der Kalender kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{path} could not be written: {strerror}. Choose another folder.</source>
        <translation>{path} konnte nicht geschrieben werden: {strerror}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Calendar saved</source>
        <translation>Kalender gespeichert</translation>
    </message>
    <message>
        <source>

Import the file into Outlook, Google Calendar or Thunderbird. Saving it again after a change updates the same events.</source>
        <translation>

Importieren Sie die Datei in Outlook, Google Kalender oder Thunderbird. Wenn Sie sie nach einer Änderung erneut speichern, werden dieselben Termine aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>Postpone {title} and %n later session(s) by a week</source>
        <translation>
            <numerusform>{title} und %n spätere Sitzung um eine Woche verschieben</numerusform>
            <numerusform>{title} und %n spätere Sitzungen um eine Woche verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Postpone {title} by a week</source>
        <translation>{title} um eine Woche verschieben</translation>
    </message>
    <message>
        <source>Session not postponed</source>
        <translation>Sitzung nicht verschoben</translation>
    </message>
    <message>
        <source>Rename cycle</source>
        <translation>Runde umbenennen</translation>
    </message>
    <message>
        <source>New name of the cycle “{name}”:</source>
        <translation>Neuer Name der Runde „{name}“:</translation>
    </message>
    <message>
        <source>Rename cycle {old} to {new}</source>
        <translation>Runde {old} in {new} umbenennen</translation>
    </message>
    <message>
        <source>Cycle not renamed</source>
        <translation>Runde nicht umbenannt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Program settings</source>
        <translation>Programmeinstellungen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Feedback is anonymous (recommended)</source>
        <translation>Feedback ist anonym (empfohlen)</translation>
    </message>
    <message>
        <source>New sessions start in this zone; sessions already planned keep their own</source>
        <translation>Neue Sitzungen beginnen in dieser Zeitzone; bereits geplante Sitzungen behalten ihre eigene</translation>
    </message>
    <message>
        <source>Program &amp;name</source>
        <translation>Programm&amp;name</translation>
    </message>
    <message>
        <source>New recruit: under</source>
        <translation>Neuzugang: unter</translation>
    </message>
    <message>
        <source>Seasoned: from</source>
        <translation>Erfahren: ab</translation>
    </message>
    <message>
        <source>Recruits per &amp;buddy</source>
        <translation>Neuzugänge pro &amp;Buddy</translation>
    </message>
    <message>
        <source>Smallest group &amp;shown</source>
        <translation>Kleinste angezeigte &amp;Gruppe</translation>
    </message>
    <message>
        <source>Results from fewer responses than this show “too few responses”, so nobody&apos;s answers can be singled out. Never below 3</source>
        <translation>Ergebnisse aus weniger Antworten zeigen „zu wenige Antworten“, damit sich niemandes Antworten herauslesen lassen. Nie unter 3</translation>
    </message>
    <message>
        <source>; with anonymous feedback stored, never below {least}: figures read before and after lowering it could single an answer out.</source>
        <translation>; bei gespeichertem anonymem Feedback nie unter {least}: Werte, die vor und nach dem Senken gelesen werden, könnten eine Antwort erkennbar machen.</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Ze&amp;itzone</translation>
    </message>
    <message>
        <source>&amp;Documents in</source>
        <translation>&amp;Dokumente auf</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>&amp;Sprache des Fensters</translation>
    </message>
    <message>
        <source>As this computer ({language})</source>
        <translation>Wie dieser Computer ({language})</translation>
    </message>
    <message>
        <source>The window changes language the next time PeerDesk starts. This choice is kept on this computer, not in the program.</source>
        <translation>Das Fenster wechselt die Sprache beim nächsten Start von PeerDesk. Diese Wahl wird auf diesem Computer gespeichert, nicht im Programm.</translation>
    </message>
    <message>
        <source>The language of everything printed and of the messages to participants, whatever the window&apos;s</source>
        <translation>Die Sprache aller gedruckten Unterlagen und der Nachrichten an die Teilnehmenden, unabhängig von der Sprache des Fensters</translation>
    </message>
    <message>
        <source>“{text_typed}” is not a time zone; type a city and pick it from the list, e.g. Europe/Lisbon.</source>
        <translation>„{text_typed}“ ist keine Zeitzone; geben Sie eine Stadt ein und wählen Sie sie aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Make feedback named?</source>
        <translation>Feedback namentlich machen?</translation>
    </message>
    <message>
        <source>Participants were told their feedback is anonymous. From now on, forms will be stored with the respondent&apos;s name, and every view and report will say the feedback is not anonymous. Answers stored so far stay anonymous. The switch is logged in the program file.</source>
        <translation>Den Teilnehmenden wurde gesagt, ihr Feedback sei anonym. Ab jetzt werden Bögen mit dem Namen der antwortenden Person gespeichert, und jede Ansicht und jeder Bericht weist darauf hin, dass das Feedback nicht anonym ist. Bisher gespeicherte Antworten bleiben anonym. Die Umstellung wird in der Programmdatei protokolliert.</translation>
    </message>
    <message>
        <source>Make feedback named</source>
        <translation>Feedback namentlich machen</translation>
    </message>
    <message>
        <source>Make feedback anonymous?</source>
        <translation>Feedback anonym machen?</translation>
    </message>
    <message>
        <source>Every form stored so far loses its respondent&apos;s name, its date and any department filled in from the participant list, for good. Undo switches back to named feedback, but cannot give those names back. The switch is logged in the program file.</source>
        <translation>Jeder bisher gespeicherte Bogen verliert endgültig den Namen der antwortenden Person, sein Datum und jede aus der Teilnehmendenliste übernommene Abteilung. Rückgängig schaltet wieder auf namentliches Feedback um, kann diese Namen aber nicht zurückbringen. Die Umstellung wird in der Programmdatei protokolliert.</translation>
    </message>
    <message>
        <source>Make feedback anonymous</source>
        <translation>Feedback anonym machen</translation>
    </message>
    <message>
        <source>changed in Program settings</source>
        <translation>in den Programmeinstellungen geändert</translation>
    </message>
    <message>
        <source>Change program settings</source>
        <translation>Programmeinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>SignatureModel</name>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterschrieben am</translation>
    </message>
</context>
<context>
    <name>SkillsDialog</name>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>No skills yet. They come from the participants&apos; forms (“Can teach”, “Wants to learn”) or from File &gt; Import Intake.</source>
        <translation>Noch keine Fähigkeiten. Sie stammen aus den Formularen der Teilnehmenden („Kann beibringen“, „Möchte lernen“) oder aus Datei &gt; Aufnahmebögen importieren.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Merge Selected…</source>
        <translation>Auswahl &amp;zusammenführen …</translation>
    </message>
    <message>
        <source>&amp;Delete Unused</source>
        <translation>Ungenutzte &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Merge the &amp;Ticked Ones</source>
        <translation>&amp;Angehakte zusammenführen</translation>
    </message>
    <message>
        <source>PeerDesk thinks these look like one skill ({n_proposed}). Tick the merges you want, choose the name to keep, then merge:</source>
        <translation>PeerDesk hält diese für jeweils dieselbe Fähigkeit ({n_proposed}). Haken Sie die gewünschten Zusammenführungen an, wählen Sie den Namen, der bleibt, und führen Sie dann zusammen:</translation>
    </message>
    <message>
        <source>No two skills look alike.</source>
        <translation>Keine zwei Fähigkeiten sehen sich ähnlich.</translation>
    </message>
    <message>
        <source>Skills not changed</source>
        <translation>Fähigkeiten nicht geändert</translation>
    </message>
    <message>
        <source>Rename skill</source>
        <translation>Fähigkeit umbenennen</translation>
    </message>
    <message>
        <source>New name for “{value}” (a name another skill has merges the two):</source>
        <translation>Neuer Name für „{value}“ (ein Name, den schon eine andere Fähigkeit trägt, führt beide zusammen):</translation>
    </message>
    <message>
        <source>Rename skill {value} to {strip}</source>
        <translation>Fähigkeit {value} in {strip} umbenennen</translation>
    </message>
    <message>
        <source>Merge skills</source>
        <translation>Fähigkeiten zusammenführen</translation>
    </message>
    <message>
        <source>Make {n_names} skills one. Keep the name:</source>
        <translation>{n_names} Fähigkeiten zu einer machen. Diesen Namen behalten:</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>Merge {join} into {into}</source>
        <translation>{join} in {into} zusammenführen</translation>
    </message>
    <message>
        <source>Merge {n_merges} groups of skills</source>
        <translation>{n_merges} Gruppen von Fähigkeiten zusammenführen</translation>
    </message>
    <message>
        <source>Skills not merged</source>
        <translation>Fähigkeiten nicht zusammengeführt</translation>
    </message>
    <message>
        <source>Delete {n_names} unused skills</source>
        <translation>{n_names} ungenutzte Fähigkeiten löschen</translation>
    </message>
    <message>
        <source>Skill not deleted</source>
        <translation>Fähigkeit nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Kann beibringen</translation>
    </message>
    <message>
        <source>Want to learn</source>
        <translation>Lernen möchten</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Zeichenkodierung</translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation>&amp;Trennzeichen</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>Tabellen&amp;blatt</translation>
    </message>
    <message>
        <source>Read as: &lt;b&gt;{describe}&lt;/b&gt;, {n_table} rows</source>
        <translation>Gelesen als: &lt;b&gt;{describe}&lt;/b&gt;, {n_table} Zeilen</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>zu tun</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>und {n} weitere</translation>
    </message>
    <message>
        <source>Go to: {rstrip}</source>
        <translation>Gehe zu: {rstrip}</translation>
    </message>
    <message>
        <source>Step {number}, {title}: {value}. {summary}</source>
        <translation>Schritt {number}, {title}: {value}. {summary}</translation>
    </message>
    <message>
        <source>Details ({count})</source>
        <translation>Details ({count})</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>Redo not possible</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
    <message>
        <source>Undo not possible</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
    <message>
        <source>Undo not saved</source>
        <translation>Rückgängigmachen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>Kinds of message</source>
        <translation>Arten von Nachrichten</translation>
    </message>
    <message>
        <source>Placeholders: Enter inserts one</source>
        <translation>Platzhalter: Eingabe fügt einen ein</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Placeholders (double-click or Enter to insert; write {{ or }} for a brace):</source>
        <translation>Platzhalter (Doppelklick oder Eingabe zum Einfügen; schreiben Sie {{ oder }} für eine geschweifte Klammer):</translation>
    </message>
    <message>
        <source>Change message templates</source>
        <translation>Nachrichtenvorlagen ändern</translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation>Ablaufvorlagen</translation>
    </message>
    <message>
        <source>N&amp;ew…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>A new template, starting as a copy of the selected one</source>
        <translation>Eine neue Vorlage, zunächst als Kopie der ausgewählten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Items of the template</source>
        <translation>Punkte der Vorlage</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Punkt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>{total_minutes} min in all</source>
        <translation>{total_minutes} Min. insgesamt</translation>
    </message>
    <message>
        <source>{text} (template {name})</source>
        <translation>{text} (Vorlage {name})</translation>
    </message>
    <message>
        <source>Rename template {name}</source>
        <translation>Vorlage {name} umbenennen</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neuer Punkt</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Name der neuen Vorlage:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>New template {strip}</source>
        <translation>Neue Vorlage {strip}</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Vorlage löschen?</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Sessions made from it keep their agendas. You can undo this.</source>
        <translation>Die Vorlage „{name}“ löschen? Daraus erstellte Sitzungen behalten ihren Ablauf. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete template {name}</source>
        <translation>Vorlage {name} löschen</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederherstellen: {action}</translation>
    </message>
</context>
<context>
    <name>UnmatchedColumns</name>
    <message>
        <source>Columns that match no question</source>
        <translation>Spalten, die zu keiner Frage passen</translation>
    </message>
    <message>
        <source>Their answers would be lost: say what each one is.</source>
        <translation>Ihre Antworten gingen verloren: Legen Sie fest, was jede einzelne ist.</translation>
    </message>
    <message>
        <source>What “{value}” is</source>
        <translation>Was „{value}“ ist</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Add as a new question ({kind})</source>
        <translation>Als neue Frage hinzufügen ({kind})</translation>
    </message>
    <message>
        <source>Leave out (its answers are not imported)</source>
        <translation>Auslassen (die Antworten werden nicht importiert)</translation>
    </message>
    <message>
        <source>Answers: {text}</source>
        <translation>Antworten: {text}</translation>
    </message>
</context>
<context>
    <name>UnpairedModel</name>
    <message>
        <source>Not paired</source>
        <translation>Ohne Paar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Type a city, e.g. Lisbon</source>
        <translation>Stadt eingeben, z. B. Berlin</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>PeerDesk ran into a problem</source>
        <translation>PeerDesk ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Something went wrong: {exc}

Your saved work is safe: every change is saved as you make it. Details were written to:
{log_path}</source>
        <translation>Etwas ist schiefgegangen: {exc}

Ihre gespeicherte Arbeit ist sicher: Jede Änderung wird gespeichert, sobald Sie sie vornehmen. Einzelheiten wurden geschrieben nach:
{log_path}</translation>
    </message>
</context>
<context>
    <name>conduct</name>
    <message>
        <source>&amp;Code of Conduct…</source>
        <translation>&amp;Verhaltenskodex …</translation>
    </message>
    <message>
        <source>Edit the code of conduct and tick who has signed it</source>
        <translation>Den Verhaltenskodex bearbeiten und abhaken, wer ihn unterschrieben hat</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <source>The disk is full, so this change was not saved. Free some space and try again; everything saved before is safe.</source>
        <translation>Der Datenträger ist voll, daher wurde diese Änderung nicht gespeichert. Schaffen Sie Platz und versuchen Sie es erneut; alles zuvor Gespeicherte ist sicher.</translation>
    </message>
    <message>
        <source>The program file can no longer be written (the folder or file became read-only), so this change was not saved. Use File &gt; Save a Copy As to keep working in a folder you can write to.</source>
        <translation>In die Programmdatei kann nicht mehr geschrieben werden (Ordner oder Datei sind schreibgeschützt geworden), daher wurde diese Änderung nicht gespeichert. Arbeiten Sie mit Datei &gt; Kopie speichern unter in einem Ordner weiter, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>This change could not be saved ({exc}). Everything saved before is safe. Use File &gt; Save a Copy As to keep a copy.</source>
        <translation>Diese Änderung konnte nicht gespeichert werden ({exc}). Alles zuvor Gespeicherte ist sicher. Sichern Sie mit Datei &gt; Kopie speichern unter eine Kopie.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>PeerDesk programs (*.peerdesk);;All files (*)</source>
        <translation>PeerDesk-Programme (*.peerdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;CSV or text (*.csv *.txt *.tsv);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv *.xlsx);;CSV oder Text (*.csv *.txt *.tsv);;Excel-Arbeitsmappe (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV, öffnet in Excel (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Forms exports and spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Formular-Exporte und Tabellen (*.csv *.txt *.tsv *.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Session &amp;Pack (PDF)…</source>
        <translation>Sitzungs&amp;mappe (PDF) …</translation>
    </message>
    <message>
        <source>Cover, agenda, sign-in sheet, pairs, code of conduct and feedback forms in one PDF</source>
        <translation>Deckblatt, Ablauf, Anwesenheitsliste, Paare, Verhaltenskodex und Feedbackbögen in einem PDF</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet (PDF)…</source>
        <translation>&amp;Anwesenheitsliste (PDF) …</translation>
    </message>
    <message>
        <source>The invited people with boxes to sign</source>
        <translation>Die eingeladenen Personen mit Feldern zum Unterschreiben</translation>
    </message>
    <message>
        <source>&amp;Agenda (PDF)…</source>
        <translation>A&amp;blauf (PDF) …</translation>
    </message>
    <message>
        <source>The session&apos;s agenda with start times</source>
        <translation>Der Ablauf der Sitzung mit Anfangszeiten</translation>
    </message>
    <message>
        <source>Pairing &amp;List (PDF)…</source>
        <translation>Paar&amp;liste (PDF) …</translation>
    </message>
    <message>
        <source>Pairs and trios with their reasons, for you</source>
        <translation>Paare und Dreiergruppen mit ihren Begründungen, für Sie</translation>
    </message>
    <message>
        <source>Pa&amp;rtner Slips (PDF)…</source>
        <translation>Partner&amp;zettel (PDF) …</translation>
    </message>
    <message>
        <source>One slip per participant naming their partner</source>
        <translation>Ein Zettel pro teilnehmender Person mit dem Namen des Gegenübers</translation>
    </message>
    <message>
        <source>&amp;Feedback Form (PDF)…</source>
        <translation>&amp;Feedbackbogen (PDF) …</translation>
    </message>
    <message>
        <source>The feedback form to fill in by hand</source>
        <translation>Der Feedbackbogen zum Ausfüllen von Hand</translation>
    </message>
    <message>
        <source>Code of Con&amp;duct Sheet (PDF)…</source>
        <translation>&amp;Verhaltenskodex-Blatt (PDF) …</translation>
    </message>
    <message>
        <source>The code of conduct with lines to sign</source>
        <translation>Der Verhaltenskodex mit Zeilen zum Unterschreiben</translation>
    </message>
    <message>
        <source>Saved {saved_path}</source>
        <translation>{saved_path} gespeichert</translation>
    </message>
</context>
<context>
    <name>feedback.entry_model</name>
    <message>
        <source>free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>, reverse-scored</source>
        <translation>, umgekehrt gewertet</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>Import &amp;Participants…</source>
        <translation>&amp;Teilnehmende importieren …</translation>
    </message>
    <message>
        <source>Add or update participants from an HR export (.csv or .xlsx)</source>
        <translation>Teilnehmende aus einem Personalexport (.csv oder .xlsx) hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Import &amp;Feedback…</source>
        <translation>Feedback im&amp;portieren …</translation>
    </message>
    <message>
        <source>Bring in answers from Google Forms, Microsoft Forms or a CSV file</source>
        <translation>Antworten aus Google Forms, Microsoft Forms oder einer CSV-Datei übernehmen</translation>
    </message>
    <message>
        <source>&amp;Export Participants…</source>
        <translation>Teilnehmende &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write the participants to a CSV or Excel file</source>
        <translation>Die Teilnehmenden in eine CSV- oder Excel-Datei schreiben</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen …</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} von {total}</translation>
    </message>
    <message>
        <source>{name} could not be read: {exc}.</source>
        <translation>{name} konnte nicht gelesen werden: {exc}.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Teilnehmende importieren</translation>
    </message>
    <message>
        <source>Participants imported: {summary}.</source>
        <translation>Teilnehmende importiert: {summary}.</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Noch keine Sitzungen</translation>
    </message>
    <message>
        <source>Feedback belongs to a session. Add the session on the Sessions tab first, then import its feedback.</source>
        <translation>Feedback gehört zu einer Sitzung. Legen Sie die Sitzung zuerst auf der Registerkarte „Sitzungen“ an und importieren Sie dann ihr Feedback.</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>Feedback importieren</translation>
    </message>
    <message>
        <source>{n_ids} feedback responses imported.</source>
        <translation>{n_ids} Feedback-Antworten importiert.</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Teilnehmende exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation>{target} konnte nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>{count} participants written to {target}</source>
        <translation>{count} Teilnehmende nach {target} geschrieben</translation>
    </message>
</context>
<context>
    <name>importing.feedback_dialog</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>S&amp;kills…</source>
        <translation>Fä&amp;higkeiten …</translation>
    </message>
    <message>
        <source>Rename and merge skills; see how many can teach or want to learn each</source>
        <translation>Fähigkeiten umbenennen und zusammenführen; sehen, wie viele sie beibringen können oder lernen möchten</translation>
    </message>
    <message>
        <source>&amp;Intake Form…</source>
        <translation>&amp;Aufnahmebogen …</translation>
    </message>
    <message>
        <source>The questions to paste into Google or Microsoft Forms, the PDF form and the Excel template</source>
        <translation>Die Fragen zum Einfügen in Google oder Microsoft Forms, das PDF-Formular und die Excel-Vorlage</translation>
    </message>
    <message>
        <source>Import &amp;Intake…</source>
        <translation>Aufnahmebögen &amp;importieren …</translation>
    </message>
    <message>
        <source>Skills, capacity and availability from the participants&apos; own answers (Forms export, template or CSV)</source>
        <translation>Fähigkeiten, Kapazität und Verfügbarkeit aus den eigenen Antworten der Teilnehmenden (Forms-Export, Vorlage oder CSV)</translation>
    </message>
    <message>
        <source>Import intake answers</source>
        <translation>Aufnahmebögen importieren</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen …</translation>
    </message>
    <message>
        <source>Intake imported: {summary}.</source>
        <translation>Aufnahmebögen importiert: {summary}.</translation>
    </message>
    <message>
        <source>{name} could not be read: {exc}.</source>
        <translation>{name} konnte nicht gelesen werden: {exc}.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
</context>
<context>
    <name>locale</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>&amp;Announce Pairs…</source>
        <translation>Paare &amp;bekanntgeben …</translation>
    </message>
    <message>
        <source>Write one e-mail draft per person naming their partner, with the kick-off invitation attached</source>
        <translation>Pro Person einen E-Mail-Entwurf schreiben, der das Gegenüber nennt, mit der Einladung zum Auftakt im Anhang</translation>
    </message>
    <message>
        <source>&amp;Announce Session…</source>
        <translation>Sitzung &amp;bekanntgeben …</translation>
    </message>
    <message>
        <source>Write one e-mail draft per invitee with the session&apos;s invitation, a reminder or a thank-you</source>
        <translation>Pro eingeladener Person einen E-Mail-Entwurf schreiben: mit der Einladung zur Sitzung, einer Erinnerung oder einem Dank</translation>
    </message>
    <message>
        <source>&amp;Message Templates…</source>
        <translation>&amp;Nachrichtenvorlagen …</translation>
    </message>
    <message>
        <source>Edit the words of the pairs, session, reminder and thank-you messages</source>
        <translation>Den Wortlaut der Nachrichten zu Paaren, Sitzungen, Erinnerungen und Dank bearbeiten</translation>
    </message>
</context>
<context>
    <name>participants.form</name>
    <message>
        <source>“{part}” has no skill name.</source>
        <translation>„{part}“ hat keinen Namen für die Fähigkeit.</translation>
    </message>
    <message>
        <source>The level of {name} must be 1, 2 or 3.</source>
        <translation>Die Stufe von {name} muss 1, 2 oder 3 sein.</translation>
    </message>
</context>
<context>
    <name>participants.model</name>
    <message>
        <source>Left the company</source>
        <translation>Hat das Unternehmen verlassen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Nimmt nicht teil</translation>
    </message>
</context>
<context>
    <name>sessions.edits</name>
    <message>
        <source>Undo not done</source>
        <translation>Rückgängig nicht ausgeführt</translation>
    </message>
    <message>
        <source>Change who is invited</source>
        <translation>Ändern, wer eingeladen ist</translation>
    </message>
</context>
</TS>
