<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnounceDialog</name>
    <message numerus="yes">
        <source>%n draft(s) to write</source>
        <translation>
            <numerusform>%n draft to write</numerusform>
            <numerusform>%n drafts to write</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingRow</name>
    <message numerus="yes">
        <source>The departments written on some of these forms split them into groups too small to add to the figures apart. If the departments on %n form(s) are left out ({left_out}), all the forms can join now, those counted for all departments together.</source>
        <translation>
            <numerusform>The departments written on some of these forms split them into groups too small to add to the figures apart. If the departments on %n form are left out ({left_out}), all the forms can join now, those counted for all departments together.</numerusform>
            <numerusform>The departments written on some of these forms split them into groups too small to add to the figures apart. If the departments on %n forms are left out ({left_out}), all the forms can join now, those counted for all departments together.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConductDialog</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CyclePane</name>
    <message numerus="yes">
        <source>%n session(s), attendance taken at {taken}. Attendance this cycle: {rate} ({present} present, {absent} absent, {excused} excused; excused absences do not count against the rate).</source>
        <translation>
            <numerusform>%n session, attendance taken at {taken}. Attendance this cycle: {rate} ({present} present, {absent} absent, {excused} excused; excused absences do not count against the rate).</numerusform>
            <numerusform>%n sessions, attendance taken at {taken}. Attendance this cycle: {rate} ({present} present, {absent} absent, {excused} excused; excused absences do not count against the rate).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) have answers that do not fit the questions and will not be imported. Import the other responses now?</source>
        <translation>
            <numerusform>%n row has answers that do not fit the questions and will not be imported. Import the other responses now?</numerusform>
            <numerusform>%n rows have answers that do not fit the questions and will not be imported. Import the other responses now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n form</numerusform>
            <numerusform>%n forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feedback form(s)</source>
        <translation>
            <numerusform>Delete %n feedback form</numerusform>
            <numerusform>Delete %n feedback forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n comment(s) hidden by you.</source>
        <translation>
            <numerusform> %n comment hidden by you.</numerusform>
            <numerusform> %n comments hidden by you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeImportDialog</name>
    <message numerus="yes">
        <source>%n person(s) answered as at the last import: left alone.</source>
        <translation>
            <numerusform>%n person answered as at the last import: left alone.</numerusform>
            <numerusform>%n people answered as at the last import: left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{updated} participants updated, {new} of {offered} new people added, %n skill merge(s) taken.</source>
        <translation>
            <numerusform>{updated} participants updated, {new} of {offered} new people added, %n skill merge taken.</numerusform>
            <numerusform>{updated} participants updated, {new} of {offered} new people added, %n skill merges taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingsTab</name>
    <message numerus="yes">
        <source>%n pair(s) and trio(s) made</source>
        <translation>
            <numerusform>%n pair or trio made</numerusform>
            <numerusform>%n pairs and trios made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not paired.</source>
        <translation>
            <numerusform>%n person not paired.</numerusform>
            <numerusform>%n people not paired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message numerus="yes">
        <source>{shown} of %n person(s) shown</source>
        <translation>
            <numerusform>{shown} of %n person shown</numerusform>
            <numerusform>{shown} of %n people shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message numerus="yes">
        <source>Archive the %n person(s) no longer in the file ({names})</source>
        <translation>
            <numerusform>Archive the %n person no longer in the file ({names})</numerusform>
            <numerusform>Archive the %n people no longer in the file ({names})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will not be imported. Import the other rows now?</source>
        <translation>
            <numerusform>%n row has problems and will not be imported. Import the other rows now?</numerusform>
            <numerusform>%n rows have problems and will not be imported. Import the other rows now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPane</name>
    <message numerus="yes">
        <source>%n person(s) invited</source>
        <translation>
            <numerusform>%n person invited</numerusform>
            <numerusform>%n people invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s)</source>
        <translation>
            <numerusform>%n feedback form</numerusform>
            <numerusform>%n feedback forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Postpone {title} and %n later session(s) by a week</source>
        <translation>
            <numerusform>Postpone {title} and %n later session by a week</numerusform>
            <numerusform>Postpone {title} and %n later sessions by a week</numerusform>
        </translation>
    </message>
</context>
</TS>
