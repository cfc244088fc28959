<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AckModel</name>
    <message>
        <source>{name} (no longer taking part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: has signed this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agenda item “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda item “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agenda item “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move agenda item “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <source>Announce Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (as the draft will open in your mail client):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Partner S&amp;lips…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write a mail-merge &amp;CSV (to, subject, body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program has no cycle yet. Make one with Program &gt; New Cycle, add its sessions and pairs, then announce them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cycle} - pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeerDesk messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — no draft: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) to write</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, {n_without_email} without e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the drafts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {parent} cannot be made: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts could not be written: {exc}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Left the company, on parental leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has left the company (counts for retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will be hidden from new pairings and sessions. Their history stays, and you can unarchive them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate this cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed two in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P present · A absent · E excused · Space next · Del clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} present, {absent} absent, {excused} excused in this cycle (excused absences do not count against the rate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Mark with the keyboard: P present, A absent, E excused, Space to cycle, Del to clear; the next person is selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard: every chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cycle, session by session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback in this program is NOT anonymous. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures resting on fewer than {min_group_size} responses show “too few responses”, and so do figures that would let one be worked out by subtraction, so nobody&apos;s answer can be singled out. Department figures are per cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was saved as {target}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConductDialog</name>
    <message>
        <source>Code of Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the code of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed text as a new version; everyone is then asked to sign it (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of conduct as a PDF with lines to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only who has &amp;not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Not Si&amp;gned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nobody to sign yet&lt;/h3&gt;&lt;p&gt;Everyone taking part signs the code of conduct. Add participants on the Participants tab (or import them), then tick here who has signed the paper sheet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}{made}{current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no code of conduct yet: write one and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the text and save: a change makes a new version for everyone to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier version, kept with its signatures. Version {version} is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signed} of {expected} people have signed {which}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {value} have not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Code of Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the code of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {who} as Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {who} as Not Signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>New cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cycle {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CyclePane</name>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session to this cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all the cycle&apos;s sessions as calendar invites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new cycle with the same sessions, moved to new dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this cycle (you can undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this cycle yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with (missed two sessions in a row, unexcused):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), attendance taken at {taken}. Attendance this cycle: {rate} ({present} present, {absent} absent, {excused} excused; excused absences do not count against the rate).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{get} — missed {missed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: no one missed two sessions in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cycle {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Feedback forms, one row per form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The document could not be made: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of the feedback form and the code-of-conduct sheet (one form per attendee, say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the sign-in sheet by initial (A–K, L–Z) for that many tables at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print, for the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of &amp;forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in s&amp;heets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in PDF Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the document in your PDF viewer to print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> The pages cannot be drawn here: use Open in PDF Viewer to look at them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The preview shows the first {n_images}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Saving records that this session&apos;s sign-in sheet was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Sign-in Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {lower}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program opened the PDF. It is saved at {target}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A facilitator guides the sessions and keeps them productive without owning the content. Choose someone with no authority over any participant, so people feel safe to say what they don&apos;t know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or an outside person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appoint a facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outside person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facilitator yet: appoint one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a participant —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Manages nobody in the program: a neutral choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appoint {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove facilitator {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackImportDialog</name>
    <message>
        <source>Import feedback from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each column is understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program has no sessions yet: add the session on the Sessions tab first, then import its feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program&apos;s feedback is anonymous: names, emails, times and anything else in the file that could tell who answered are not read and not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents are linked to participants by their email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> First say what each column below is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import without the bad rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have answers that do not fit the questions and will not be imported. Import the other responses now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import these answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {n_responses} feedback responses from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Feedback &amp;Questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit, reorder or deactivate the feedback questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle report for management, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session whose paper forms you are typing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected forms (Del); Edit &gt; Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle&apos;s written comments: for you, the facilitator, only. They never appear in participants&apos; handouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typed forms of this session join the figures and are no longer listed one by one (Edit &gt; Undo reopens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a comment that names someone and hide it before the report (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected comment out of every view and report (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Hidden Comments Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up the Feedback Questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No sessions to collect feedback from yet&lt;/h3&gt;&lt;p&gt;Plan the cycle&apos;s sessions on the Sessions tab; their paper forms are typed in here afterwards. Meanwhile you can set up the questions the forms will ask.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No program open&lt;/h3&gt;&lt;p&gt;Open or create a program with the File menu.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {typing} being typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill confidence, before the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill confidence, after the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_forms} being typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per paper form: type each answer and press Tab or Enter; the form is saved at the end of its row. Forms are anonymous: only a department written on the form is kept. Typed forms stay here to be corrected until you press Finish Typing; then they join the figures and are no longer listed one by one. Imported answers are never listed one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback in this program is NOT anonymous: each form is stored with who filled it in. One row per paper form; type who filled it in in the Person column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feedback form(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finish typing the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than {min_group_size} people wrote a comment this cycle (or showing them would single out a smaller group), so the comments stay hidden: with so few, a comment could point to its writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No written comments in this cycle yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you only — never printed in participants&apos; handouts. Sorted, without sessions or departments. Hide a comment that names someone before you export the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n comment(s) hidden by you.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hide a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hidden comments again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cycle report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle report for {name} was saved as {saved}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the cycle report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the next paper form here; it is saved when you finish the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill: the skill the confidence answer is about (type the first letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: who filled in the form (feedback is named in this program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: the respondent&apos;s department, optional (type the first letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant matches “{text}”: type the first letters of their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department matches “{text}”. Departments: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PeerDesk quick guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandChanges</name>
    <message>
        <source>{verb} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} refused: {describe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recruit loses their buddy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{describe} {verb} anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap {name} and {name2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to another pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair {name} with {name2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap {name} with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of any pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name} to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair {name} with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pair {name} with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional, only you see it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} are already never to be paired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pair {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} will never be paired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> They are in the same pair now: move one of them, or generate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow these two to be paired again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow {value} to be paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let {name} be paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can now be paired: generate again, or pair them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a pair that breaks a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{join} A pin keeps it as it is through every new run. Pin anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish the pairs of {name}? They stop counting for the no-repeat rule until you publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish the pairs of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the {count} pairs and trios of {name}? Published pairs are recorded, and nobody will be paired with the same partner in a later cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the pairs of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairs of {name} are published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pairing rules and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing rules and weights changed: generate again to use them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeFormDialog</name>
    <message>
        <source>Intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each participant what they could teach and would like to learn. Paste these questions into a new Google Form or Microsoft Form, with the answer type given for each (the wordings let PeerDesk recognise the answers on File &gt; Import Intake). For paper, print the PDF form; for a spreadsheet, hand out the Excel template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF Form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Excel Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions are on the clipboard: paste them into your form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} intake form.{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeImportDialog</name>
    <message>
        <source>Import intake answers from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;All Merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject All Merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {describe}, {n_table} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “{header}” is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can teach {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered as at the last import: left alone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>can teach {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_understood} of {n_headers} columns understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Not used: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (choose what they are on the left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill names that look like one skill ({n}). Tick the merges to take and choose the name to keep; an untaken merge keeps the names as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every skill name is new or already in the program&apos;s vocabulary: no merges to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{updated} participants updated, {new} of {offered} new people added, %n skill merge(s) taken.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteesDialog</name>
    <message>
        <source>Invite pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited: tick each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cycle has no pairs yet: generate them in the Pairings tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks the selected line; Ctrl+A then Space ticks them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of this program to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the program back as it was at an earlier backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appoint the program&apos;s neutral facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure thresholds, buddy capacity, confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new cycle, such as “Summer 2027”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> C&amp;ycle: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle every tab shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open in another PeerDesk window{holder}. Two programs writing the same file would lose changes. You can look at it read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds things PeerDesk did not put there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc}

You can ask whoever sent it for a clean file, or open a cleaned copy: it keeps the people, sessions, pairs and feedback, without those objects. The file you chose stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Cleaned Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cleaned copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the cleaned copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name: the file you chose stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleaned copy could not be written: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this program yet. PeerDesk makes one each time you open a program and once a day while it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the program back as it was at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in {name} with the backup from {label}? A backup of the current state is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc} Your program was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} could not be created: {exc}. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PeerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeerDesk {version__}

Run a peer learning program: participants, buddy pairings, sessions, feedback. Everything stays in one file on this computer; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide is missing from this installation. Reinstall PeerDesk to get it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column {heading}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeModel</name>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same skill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring 2027 peer learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is set to {here}. Sessions start in the program&apos;s zone; a remote session can have its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the program a name, such as “Spring 2027”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text_typed}” is not a time zone; type a city and pick it from the list, e.g. Europe/Lisbon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewQuestionDialog</name>
    <message>
        <source>Add a feedback question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. My partner was well prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the psychological-safety score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse-scored (agreeing means less safety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: {name} ({total_minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the agenda of “{title}” ({name}, {short_date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the template&apos;s name, or “Session N”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone the session happens in; the calendar invitations carry it. The program&apos;s zone is {setting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewDock</name>
    <message>
        <source>Program checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cycle is a period such as “Spring 2027” with its own pairs, sessions and feedback. Steps 4 to 8 start once it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a program file, or create one with File &gt; New Program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program checklist steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist cannot be read from this file: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{warning} to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{todo} to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the code of conduct is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit P&amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {n_images}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingSettingsDialog</name>
    <message>
        <source>&amp;Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for each skill one teaches and the other wants (half more for an expert, half for basics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Different departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs that break silos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenure gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new recruit with a seasoned colleague (half for a smaller gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same &amp;office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatible &amp;availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day or time both gave, or one is free any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to &amp;learn from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one named the other on the intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing rules and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points each part of a pair&apos;s score is worth. Hard rules (the reporting chain, exclusions, facilitators) are never traded for points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every earlier cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is paired again with someone they were paired with in this many of the latest published cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;repeats from the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingsTab</name>
    <message>
        <source>&amp;Generate Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair the cycle&apos;s participants, keeping pinned pairs (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the pairs: they then count for the no-repeat rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the selected pair: generating again keeps it (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the chosen member with someone in another pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen member into another pair, or out of any (or drag them from this list onto a pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to a Pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected person into a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair &amp;With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new pair with another person who has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never Pair With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pair the chosen person with someone (an exclusion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove an Exclusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow two people who were never to be paired again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair This &amp;Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the selected facilitator be paired like everyone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing &amp;Rules and Weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each part of the score weighs; how far back the no-repeat rule looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the selected pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (choose one to swap or move):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No program open&lt;/h3&gt;&lt;p&gt;Open or create a program (File menu) to pair its participants.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cycle yet&lt;/h3&gt;&lt;p&gt;Pairs belong to a cycle, such as “Spring 2027”, with its own sessions and feedback. Create the first one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No pairs yet for {name}&lt;/h3&gt;&lt;p&gt;Generate them: every new recruit gets a seasoned buddy where the rules allow, and everyone else is paired for the best total score. Each pair says why it was made, and you can change it afterwards.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pairs of {name}&lt;/b&gt; · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pairs of {name}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total score {total:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paired: {rowCount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;generate Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;publish Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair to see why it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{people}&lt;/b&gt;&lt;br&gt;Score {score:g}{pinned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs not generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) and trio(s) made</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not paired.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Generating was cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>buddy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new recruit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned pairs are kept when you generate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: kept when you generate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Levels: 1 basic, 2 good, 3 expert. Write them in brackets: “SQL (3), Git (2)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside manager&apos;s name (not in the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside manager&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they can teach, e.g. SQL (3), Presenting (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want to learn, e.g. Negotiation (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mornings, not Fridays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many new recruits this person can buddy at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can &amp;teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to &amp;learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes in this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived — unarchive to edit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recruit: under {new} months; seasoned: {seasoned} months or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on {short_date}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, emails, departments, skills…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tenures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Selected Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archi&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected person (keeps their history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected person, or archive them if they have history (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update participants from an HR export (.csv or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No participants yet&lt;/h3&gt;&lt;p&gt;Import the staff list HR sent you (File &amp;gt; Import Participants), or add people one by one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the staff list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n person(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has history in this program (pairs, attendance or feedback), so they can&apos;t be deleted. Archive them instead? Their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} from the program? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>Import participants from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each column is understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day first (31/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month first (12/31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Columns&lt;/b&gt; — change any that were not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Preview&lt;/b&gt; — every row of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;3. What will happen&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 03/04/2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hire dates could be read day-first or month-first ({examples}). Which does the file use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date order above to see what will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Rows with problems are left out unless you fix the file and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archive the %n person(s) no longer in the file ({names})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import {good}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import without the bad rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will not be imported. Import the other rows now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {count} participants from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {done:,} of {total:,}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the program: a new participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the program: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}
(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramContext</name>
    <message>
        <source>This program is open read-only, so it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program file {path} was moved or deleted while it was open, so this change was not saved. Use File &gt; Save a Copy As now to keep everything saved so far, then open that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Feedback questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological-safety items: {SAFETY_CITATION} Reverse-scored items are flipped before averaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a question to change its words. A question with answers keeps its kind and scale; deactivate it and add a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend (eNPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, reverse-scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Everyone in the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kick-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this session is about (shown in the invite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the session happens: a remote session can keep its own zone, and invitations carry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room, or a video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own notes (not in the calendar invite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this session (Enter, or Ctrl+Enter from the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPane</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session pack, agenda, sign-in sheet and feedback forms as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this session as a calendar invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of this session a week after the cycle&apos;s last one (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this session (you can undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bsent (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excused (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone else present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everyone not marked yet as present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type P, A or E for each name as you read the sign-in sheet; the next name is selected each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) invited</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Running total: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting} not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — rate {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot invite them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({total_minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the agenda of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the agenda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the {n_agenda} items of this agenda? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda from template {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the agenda of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {who} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark attendance for a future session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Mark it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Cycles and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cycles yet&lt;/h3&gt;&lt;p&gt;A cycle is a period such as “Spring 2027” that holds its sessions, pairs and feedback. Create one, then plan its sessions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a program (File menu) to plan sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cycle or a session on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a session, from a template or a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a cycle such as “Summer 2027”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected session or cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session or cycle (you can undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar for This &amp;Session (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected session as a calendar invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar for This C&amp;ycle (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every session of the cycle as calendar invites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda &amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the kick-off, regular and close-out agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a cycle first: sessions belong to a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate cycle {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot duplicate the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and its attendance ({marked} marks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” of {weekday_date} with its agenda{extra}? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cycle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the cycle “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with its {held}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cycle {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {strerror}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Import the file into Outlook, Google Calendar or Thunderbird. Saving it again after a change updates the same events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Program settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback is anonymous (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sessions start in this zone; sessions already planned keep their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recruit: under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasoned: from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruits per &amp;buddy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest group &amp;shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results from fewer responses than this show “too few responses”, so nobody&apos;s answers can be singled out. Never below 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; with anonymous feedback stored, never below {least}: figures read before and after lowering it could single an answer out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text_typed}” is not a time zone; type a city and pick it from the list, e.g. Europe/Lisbon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make feedback named?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants were told their feedback is anonymous. From now on, forms will be stored with the respondent&apos;s name, and every view and report will say the feedback is not anonymous. Answers stored so far stay anonymous. The switch is logged in the program file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make feedback named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make feedback anonymous?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every form stored so far loses its respondent&apos;s name, its date and any department filled in from the participant list, for good. Undo switches back to named feedback, but cannot give those names back. The switch is logged in the program file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make feedback anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in Program settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change program settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureModel</name>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsDialog</name>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skills yet. They come from the participants&apos; forms (“Can teach”, “Wants to learn”) or from File &gt; Import Intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the &amp;Ticked Ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeerDesk thinks these look like one skill ({n_proposed}). Tick the merges you want, choose the name to keep, then merge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two skills look alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{value}” (a name another skill has merges the two):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename skill {value} to {strip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {n_names} skills one. Keep the name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {join} into {into}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {n_merges} groups of skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {n_names} unused skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Want to learn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: &lt;b&gt;{describe}&lt;/b&gt;, {n_table} rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to: {rstrip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}, {title}: {value}. {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>Undo not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: Enter inserts one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders (double-click or Enter to insert; write {{ or }} for a brace):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new template, starting as a copy of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total_minutes} min in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (template {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename template {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template {strip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Sessions made from it keep their agendas. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnmatchedColumns</name>
    <message>
        <source>Columns that match no question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answers would be lost: say what each one is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “{value}” is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new question ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out (its answers are not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnpairedModel</name>
    <message>
        <source>Not paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a city, e.g. Lisbon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>PeerDesk ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {exc}

Your saved work is safe: every change is saved as you make it. Details were written to:
{log_path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct</name>
    <message>
        <source>&amp;Code of Conduct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the code of conduct and tick who has signed it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <source>The disk is full, so this change was not saved. Free some space and try again; everything saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program file can no longer be written (the folder or file became read-only), so this change was not saved. Use File &gt; Save a Copy As to keep working in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be saved ({exc}). Everything saved before is safe. Use File &gt; Save a Copy As to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>PeerDesk programs (*.peerdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;CSV or text (*.csv *.txt *.tsv);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, opens in Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms exports and spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Session &amp;Pack (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover, agenda, sign-in sheet, pairs, code of conduct and feedback forms in one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invited people with boxes to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s agenda with start times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing &amp;List (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs and trios with their reasons, for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner S&amp;lips (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One slip per participant naming their partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback Form (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback form to fill in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code of Conduct Sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of conduct with lines to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {saved_path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feedback.entry_model</name>
    <message>
        <source>free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reverse-scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>Import &amp;Participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update participants from an HR export (.csv or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in answers from Google Forms, Microsoft Forms or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the participants to a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants imported: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback belongs to a session. Add the session on the Sessions tab first, then import its feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_ids} feedback responses imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} participants written to {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>importing.feedback_dialog</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>S&amp;kills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename and merge skills; see how many can teach or want to learn each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake Form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions to paste into Google or Microsoft Forms, the PDF form and the Excel template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills, capacity and availability from the participants&apos; own answers (Forms export, template or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import intake answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake imported: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>intake.form_dialog</name>
    <message>
        <source>Intake form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locale</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>&amp;Announce Pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one e-mail draft per person naming their partner, with the kick-off invitation attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce &amp;Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one e-mail draft per invitee with the session&apos;s invitation, a reminder or a thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the words of the pairs, session, reminder and thank-you messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>participants.form</name>
    <message>
        <source>“{part}” has no skill name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level of {name} must be 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>participants.model</name>
    <message>
        <source>Left the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sessions.edits</name>
    <message>
        <source>Change who is invited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
