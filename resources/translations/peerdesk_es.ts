<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AckModel</name>
    <message>
        <source>{name} (no longer taking part)</source>
        <translation>{name} (ya no participa)</translation>
    </message>
    <message>
        <source>Ticked: has signed this version</source>
        <translation>Marcado: ha firmado esta versión</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Aún no ha firmado</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
    <message>
        <source>+{n} min</source>
        <translation>+{n} min</translation>
    </message>
    <message>
        <source>{n} of {total} min</source>
        <translation>{n} de {total} min</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Edit agenda item “{title}”</source>
        <translation>Editar el punto de la agenda «{title}»</translation>
    </message>
    <message>
        <source>Add agenda item “{title}”</source>
        <translation>Añadir el punto de la agenda «{title}»</translation>
    </message>
    <message>
        <source>Remove agenda item “{title}”</source>
        <translation>Quitar el punto de la agenda «{title}»</translation>
    </message>
    <message>
        <source>Move agenda item “{title}”</source>
        <translation>Mover el punto de la agenda «{title}»</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation>&amp;Quitar punto</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>&amp;Añadir punto</translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <source>Announce Pairs</source>
        <translation>Anunciar las parejas</translation>
    </message>
    <message>
        <source>Announce Session</source>
        <translation>Anunciar la sesión</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <source>Preview (as the draft will open in your mail client):</source>
        <translation>Vista previa (tal como se abrirá el borrador en su programa de correo):</translation>
    </message>
    <message>
        <source>Print Partner S&amp;lips…</source>
        <translation>Imprimir &amp;tarjetas de pareja…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Also write a mail-merge &amp;CSV (to, subject, body)</source>
        <translation>Escribir también un &amp;CSV para combinar correspondencia (para, asunto, cuerpo)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>C&amp;arpeta:</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>&amp;Write Drafts</source>
        <translation>Escribir &amp;borradores</translation>
    </message>
    <message>
        <source>Edit &amp;Templates…</source>
        <translation>Editar &amp;plantillas…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>aún sin fecha</translation>
    </message>
    <message>
        <source>This program has no cycle yet. Make one with Program &gt; New Cycle, add its sessions and pairs, then announce them.</source>
        <translation>Este programa aún no tiene ningún ciclo. Cree uno en Programa &gt; Nuevo ciclo, añada sus sesiones y parejas, y después anúncielas.</translation>
    </message>
    <message>
        <source>Go to &amp;Pairings</source>
        <translation>Ir a &amp;Parejas</translation>
    </message>
    <message>
        <source>Go to &amp;Sessions</source>
        <translation>Ir a &amp;Sesiones</translation>
    </message>
    <message>
        <source>{cycle} - pairs</source>
        <translation>{cycle} - parejas</translation>
    </message>
    <message>
        <source>PeerDesk messages</source>
        <translation>Mensajes de PeerDesk</translation>
    </message>
    <message>
        <source>{name} — no draft: {why}</source>
        <translation>{name} — sin borrador: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) to write</source>
        <translation>
            <numerusform>%n borrador por escribir</numerusform>
            <numerusform>%n borradores por escribir</numerusform>
        </translation>
    </message>
    <message>
        <source>, {n_without_email} without e-mail</source>
        <translation>, {n_without_email} sin correo electrónico</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>Choose the folder for the drafts first.</source>
        <translation>Elija primero la carpeta para los borradores.</translation>
    </message>
    <message>
        <source>Drafts not written</source>
        <translation>Borradores no escritos</translation>
    </message>
    <message>
        <source>The folder {parent} cannot be made: {value}.</source>
        <translation>No se puede crear la carpeta {parent}: {value}.</translation>
    </message>
    <message>
        <source>The drafts could not be written: {exc}. Nothing was written.</source>
        <translation>No se han podido escribir los borradores: {exc}. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Writing the drafts</source>
        <translation>Escribiendo los borradores</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Carpeta para los borradores</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive {name}</source>
        <translation>Archivar a {name}</translation>
    </message>
    <message>
        <source>e.g. Left the company, on parental leave</source>
        <translation>p. ej. Ha dejado la empresa, de baja por paternidad</translation>
    </message>
    <message>
        <source>Has left the company (counts for retention)</source>
        <translation>Ha dejado la empresa (cuenta para la retención)</translation>
    </message>
    <message>
        <source>{name} will be hidden from new pairings and sessions. Their history stays, and you can unarchive them.</source>
        <translation>{name} dejará de aparecer en nuevas parejas y sesiones. Su historial se conserva y puede desarchivarlo más adelante.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Rate this cycle</source>
        <translation>Tasa en este ciclo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Missed two in a row</source>
        <translation>Ha faltado dos veces seguidas</translation>
    </message>
    <message>
        <source>P present · A absent · E excused · Space next · Del clear</source>
        <translation>P presente · A ausente · E justificado · Espacio siguiente · Supr borrar</translation>
    </message>
    <message>
        <source>{present} present, {absent} absent, {excused} excused in this cycle (excused absences do not count against the rate)</source>
        <translation>{present} presentes, {absent} ausentes, {excused} justificados en este ciclo (las ausencias justificadas no cuentan para la tasa)</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Mark with the keyboard: P present, A absent, E excused, Space to cycle, Del to clear; the next person is selected.</source>
        <translation>Marque con el teclado: P presente, A ausente, E justificado, Espacio para alternar, Supr para borrar; se selecciona la persona siguiente.</translation>
    </message>
</context>
<context>
    <name>ChartWorker</name>
    <message>
        <source>the chart worker stopped</source>
        <translation>el proceso de los gráficos se ha detenido</translation>
    </message>
    <message>
        <source>the picture could not be read ({error})</source>
        <translation>no se ha podido leer la imagen ({error})</translation>
    </message>
    <message>
        <source>the chart worker gave no answer</source>
        <translation>el proceso de los gráficos no ha respondido</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Dashboard: every chart</source>
        <translation>Panel: todos los gráficos</translation>
    </message>
    <message>
        <source>Cycles shown</source>
        <translation>Ciclos mostrados</translation>
    </message>
    <message>
        <source>This cycle, session by session</source>
        <translation>Este ciclo, sesión a sesión</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>Todos los ciclos</translation>
    </message>
    <message>
        <source>Department shown</source>
        <translation>Departamento mostrado</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Guardar este gráfico como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>The charts appear here.</source>
        <translation>Aquí aparecen los gráficos.</translation>
    </message>
    <message>
        <source>Chart picture</source>
        <translation>Imagen del gráfico</translation>
    </message>
    <message>
        <source>Open or create a program to see its charts.</source>
        <translation>Abra o cree un programa para ver sus gráficos.</translation>
    </message>
    <message>
        <source>Saving the chart as {name}…</source>
        <translation>Guardando el gráfico como {name}…</translation>
    </message>
    <message>
        <source>Drawing the dashboard…</source>
        <translation>Dibujando el panel…</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Dibujando el gráfico…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Dibujando los gráficos…</translation>
    </message>
    <message>
        <source>Feedback in this program is NOT anonymous. </source>
        <translation>El feedback de este programa NO es anónimo. </translation>
    </message>
    <message>
        <source>Figures resting on fewer than {min_group_size} responses show “too few responses”, and so do figures that would let one be worked out by subtraction, so nobody&apos;s answer can be singled out. Department figures are per cycle.</source>
        <translation>Los valores basados en menos de {min_group_size} respuestas muestran «respuestas insuficientes», al igual que los que permitirían deducir una respuesta por resta, para que no se pueda identificar la respuesta de nadie. Los valores por departamento son por ciclo.</translation>
    </message>
    <message>
        <source>The chart could not be drawn. Change a filter or reopen the program to try again.</source>
        <translation>No se ha podido dibujar el gráfico. Cambie un filtro o vuelva a abrir el programa para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Gráfico no guardado</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation>No se ha podido escribir {target}: {value}.</translation>
    </message>
    <message>
        <source>Chart saved</source>
        <translation>Gráfico guardado</translation>
    </message>
    <message>
        <source>The chart was saved as {target}.</source>
        <translation>El gráfico se ha guardado como {target}.</translation>
    </message>
</context>
<context>
    <name>ClosingRow</name>
    <message>
        <source>Close Feedback</source>
        <translation>Cerrar valoración</translation>
    </message>
    <message>
        <source>All of this session&apos;s forms, typed or imported, join the figures together; after that the session takes no more forms (Edit &gt; Undo reopens it)</source>
        <translation>Todos los cuestionarios de esta sesión, tecleados o importados, entran juntos en los valores; después la sesión no admite más cuestionarios (Editar &gt; Deshacer la vuelve a abrir)</translation>
    </message>
    <message>
        <source>Go to an Open Session</source>
        <translation>Ir a una sesión abierta</translation>
    </message>
    <message>
        <source>To type more forms, pick a session whose feedback is open, such as {title}.</source>
        <translation>Para teclear más formularios, elija una sesión cuyo feedback esté abierto, como {title}.</translation>
    </message>
    <message>
        <source>Show {title}, whose feedback is open</source>
        <translation>Mostrar {title}, cuyo feedback está abierto</translation>
    </message>
    <message>
        <source>No session of this cycle takes forms now.</source>
        <translation>Ninguna sesión de este ciclo admite formularios ahora.</translation>
    </message>
    <message>
        <source>Feedback closed: it takes no more forms. Forms of this session are kept out of every figure: the rule held them back.</source>
        <translation>Feedback cerrado: no admite más cuestionarios. Los cuestionarios de esta sesión quedan fuera de todas las cifras: la regla los retuvo.</translation>
    </message>
    <message>
        <source>Feedback closed: this session&apos;s forms have joined the figures, and it takes no more forms.</source>
        <translation>Valoración cerrada: los cuestionarios de esta sesión han entrado en los valores, y no admite más cuestionarios.</translation>
    </message>
    <message>
        <source>Feedback reopened by Undo: close it again to let the same forms join; it takes no new forms.</source>
        <translation>Valoración reabierta al deshacer: ciérrela de nuevo para que entren los mismos cuestionarios; no admite cuestionarios nuevos.</translation>
    </message>
    <message>
        <source>Feedback open: its forms wait, counted in no figure, until you close the session&apos;s feedback.</source>
        <translation>Valoración abierta: los cuestionarios esperan, sin contar en ningún valor, hasta que cierre la valoración de la sesión.</translation>
    </message>
    <message>
        <source>Looking for the departments the forms can keep…</source>
        <translation>Buscando los departamentos que los cuestionarios pueden conservar…</translation>
    </message>
    <message numerus="yes">
        <source>The departments written on some of these forms split them into groups too small to add to the figures apart. If the departments on %n form(s) are left out ({left_out}), all the forms can join now, those counted for all departments together.</source>
        <translation>
            <numerusform>Los departamentos escritos en algunos de estos cuestionarios los dividen en grupos demasiado pequeños para entrar por separado en las cifras. Si se omiten los departamentos de %n cuestionario ({left_out}), todos los cuestionarios pueden entrar ya, esos contados para todos los departamentos juntos.</numerusform>
            <numerusform>Los departamentos escritos en algunos de estos cuestionarios los dividen en grupos demasiado pequeños para entrar por separado en las cifras. Si se omiten los departamentos de %n cuestionarios ({left_out}), todos los cuestionarios pueden entrar ya, esos contados para todos los departamentos juntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The others keep their departments ({kept}).</source>
        <translation>Los demás conservan sus departamentos ({kept}).</translation>
    </message>
    <message>
        <source>Edit &gt; Undo gives them back.</source>
        <translation>Editar &gt; Deshacer los devuelve.</translation>
    </message>
    <message>
        <source>Close without some departments?</source>
        <translation>¿Cerrar sin algunos departamentos?</translation>
    </message>
    <message>
        <source>Leave Them Out and Close</source>
        <translation>Omitirlos y cerrar</translation>
    </message>
    <message>
        <source>Close and keep these forms out?</source>
        <translation>¿Cerrar y dejar fuera estos cuestionarios?</translation>
    </message>
    <message>
        <source>If no more forms will come for this session, close it now: its forms are kept, but out of every figure. The session then takes no more forms; Edit &gt; Undo opens it again. If more forms will come, keep typing: they join once there are enough.</source>
        <translation>Si no van a llegar más cuestionarios para esta sesión, ciérrela ahora: sus cuestionarios se conservan, pero fuera de todas las cifras. La sesión ya no admite más cuestionarios; Editar &gt; Deshacer la vuelve a abrir. Si van a llegar más, siga escribiendo: entran cuando haya suficientes.</translation>
    </message>
    <message>
        <source>Close and Keep Them Out</source>
        <translation>Cerrar y dejarlos fuera</translation>
    </message>
</context>
<context>
    <name>ConductDialog</name>
    <message>
        <source>Code of Conduct</source>
        <translation>Código de conducta</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Text of the code of conduct</source>
        <translation>Texto del código de conducta</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>&amp;Guardar como nueva versión</translation>
    </message>
    <message>
        <source>Save the changed text as a new version; everyone is then asked to sign it (Ctrl+S)</source>
        <translation>Guardar el texto modificado como nueva versión; después se pedirá a todos que la firmen (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Print Sheet…</source>
        <translation>&amp;Imprimir hoja…</translation>
    </message>
    <message>
        <source>The code of conduct as a PDF with lines to sign</source>
        <translation>El código de conducta en PDF, con líneas para firmar</translation>
    </message>
    <message>
        <source>Who has signed</source>
        <translation>Quién ha firmado</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Find a person or department</source>
        <translation>Buscar una persona o un departamento</translation>
    </message>
    <message>
        <source>Only who has &amp;not signed</source>
        <translation>Solo quien &amp;no ha firmado</translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Signed</source>
        <translation>&amp;Marcar la selección como firmada</translation>
    </message>
    <message>
        <source>Mark as Not Si&amp;gned</source>
        <translation>Marcar como no &amp;firmada</translation>
    </message>
    <message>
        <source>Go to Participants</source>
        <translation>Ir a Participantes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nobody to sign yet&lt;/h3&gt;&lt;p&gt;Everyone taking part signs the code of conduct. Add participants on the Participants tab (or import them), then tick here who has signed the paper sheet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay nadie que deba firmar&lt;/h3&gt;&lt;p&gt;Todos los participantes firman el código de conducta. Añada participantes en la pestaña Participantes (o impórtelos) y después marque aquí quién ha firmado la hoja en papel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version {version}{made}{current}</source>
        <translation>Versión {version}{made}{current}</translation>
    </message>
    <message>
        <source>There is no code of conduct yet: write one and save it.</source>
        <translation>Aún no hay código de conducta: escriba uno y guárdelo.</translation>
    </message>
    <message>
        <source>Edit the text and save: a change makes a new version for everyone to sign.</source>
        <translation>Edite el texto y guárdelo: cada cambio crea una nueva versión que todos deben firmar.</translation>
    </message>
    <message>
        <source>An earlier version, kept with its signatures. Version {version} is current.</source>
        <translation>Una versión anterior, conservada con sus firmas. La versión vigente es la {version}.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>la versión {version}</translation>
    </message>
    <message>
        <source>the code of conduct</source>
        <translation>el código de conducta</translation>
    </message>
    <message>
        <source>{signed} of {expected} people have signed {which}.</source>
        <translation>{signed} de {expected} personas han firmado {which}.</translation>
    </message>
    <message>
        <source> {value} have not.</source>
        <translation> {value} aún no.</translation>
    </message>
    <message>
        <source>Change Code of Conduct</source>
        <translation>Modificar el código de conducta</translation>
    </message>
    <message>
        <source>Cannot save the code of conduct</source>
        <translation>No se puede guardar el código de conducta</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {who} as Signed</source>
        <translation>Marcar a {who} como firmado</translation>
    </message>
    <message>
        <source>Mark {who} as Not Signed</source>
        <translation>Marcar a {who} como no firmado</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>New cycle</source>
        <translation>Nuevo ciclo</translation>
    </message>
    <message>
        <source>e.g. Spring 2027</source>
        <translation>p. ej. Primavera 2027</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>New cycle {name}</source>
        <translation>Nuevo ciclo {name}</translation>
    </message>
</context>
<context>
    <name>CyclePane</name>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Add a session to this cycle</source>
        <translation>Añadir una sesión a este ciclo</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendario (.ics)…</translation>
    </message>
    <message>
        <source>Save all the cycle&apos;s sessions as calendar invites</source>
        <translation>Guardar todas las sesiones del ciclo como invitaciones de calendario</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>A new cycle with the same sessions, moved to new dates</source>
        <translation>Un nuevo ciclo con las mismas sesiones, trasladadas a nuevas fechas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this cycle (you can undo)</source>
        <translation>Eliminar este ciclo (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>Sta&amp;rts</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Sessions of the cycle</source>
        <translation>Sesiones del ciclo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Follow up with</source>
        <translation>Hacer seguimiento a</translation>
    </message>
    <message>
        <source>No sessions in this cycle yet.</source>
        <translation>Aún no hay sesiones en este ciclo.</translation>
    </message>
    <message>
        <source>Add the first session…</source>
        <translation>Añadir la primera sesión…</translation>
    </message>
    <message>
        <source>Follow up with (missed two sessions in a row, unexcused):</source>
        <translation>Hacer seguimiento a (faltaron a dos sesiones seguidas sin justificar):</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>sin registrar</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), attendance taken at {taken}. Attendance this cycle: {rate} ({present} present, {absent} absent, {excused} excused; excused absences do not count against the rate).</source>
        <translation>
            <numerusform>%n sesión, asistencia registrada en {taken}. Asistencia en este ciclo: {rate} ({present} presentes, {absent} ausentes, {excused} justificados; las ausencias justificadas no cuentan para la tasa).</numerusform>
            <numerusform>%n sesiones, asistencia registrada en {taken}. Asistencia en este ciclo: {rate} ({present} presentes, {absent} ausentes, {excused} justificados; las ausencias justificadas no cuentan para la tasa).</numerusform>
        </translation>
    </message>
    <message>
        <source>{get} — missed {missed}</source>
        <translation>{get} — faltó a {missed}</translation>
    </message>
    <message>
        <source>Nobody: no one missed two sessions in a row.</source>
        <translation>Nadie: nadie ha faltado a dos sesiones seguidas.</translation>
    </message>
    <message>
        <source>Edit cycle {name}</source>
        <translation>Editar el ciclo {name}</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Feedback forms, one row per form</source>
        <translation>Cuestionarios de valoración, una fila por cuestionario</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The document could not be made: {exc}</source>
        <translation>No se ha podido generar el documento: {exc}</translation>
    </message>
    <message>
        <source>Print Documents</source>
        <translation>Imprimir documentos</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Copies of the feedback form and the code-of-conduct sheet (one form per attendee, say)</source>
        <translation>Copias del cuestionario de valoración y de la hoja del código de conducta (por ejemplo, una por asistente)</translation>
    </message>
    <message>
        <source>Split the sign-in sheet by initial (A–K, L–Z) for that many tables at the door</source>
        <translation>Dividir la hoja de asistencia por inicial (A–K, L–Z) para ese número de mesas en la entrada</translation>
    </message>
    <message>
        <source>Large print, for the wall</source>
        <translation>Letra grande, para la pared</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>&amp;Ciclo:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Copies of &amp;forms:</source>
        <translation>Copias de los &amp;cuestionarios:</translation>
    </message>
    <message>
        <source>Sign-in s&amp;heets:</source>
        <translation>&amp;Hojas de asistencia:</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;Open in PDF Viewer</source>
        <translation>Abrir en el &amp;visor de PDF</translation>
    </message>
    <message>
        <source>Open the document in your PDF viewer to print it</source>
        <translation>Abrir el documento en su visor de PDF para imprimirlo</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Preparando las páginas…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source> The pages cannot be drawn here: use Open in PDF Viewer to look at them.</source>
        <translation> Las páginas no se pueden mostrar aquí: use «Abrir en el visor de PDF» para verlas.</translation>
    </message>
    <message>
        <source> The preview shows the first {n_images}.</source>
        <translation> La vista previa muestra las primeras {n_images}.</translation>
    </message>
    <message>
        <source> Saving records that this session&apos;s sign-in sheet was printed.</source>
        <translation> Al guardar, se registra que se ha impreso la hoja de asistencia de esta sesión.</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>No se puede guardar el PDF</translation>
    </message>
    <message>
        <source>{path} could not be written: {value}.</source>
        <translation>No se ha podido escribir {path}: {value}.</translation>
    </message>
    <message>
        <source>Print Sign-in Sheet</source>
        <translation>Imprimir hoja de asistencia</translation>
    </message>
    <message>
        <source>Save {lower}</source>
        <translation>Guardar {lower}</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>No hay visor de PDF</translation>
    </message>
    <message>
        <source>No program opened the PDF. It is saved at {target}.</source>
        <translation>Ningún programa ha abierto el PDF. Está guardado en {target}.</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>Facilitators</source>
        <translation>Facilitación</translation>
    </message>
    <message>
        <source>A facilitator guides the sessions and keeps them productive without owning the content. Choose someone with no authority over any participant, so people feel safe to say what they don&apos;t know.</source>
        <translation>La persona facilitadora guía las sesiones y las mantiene productivas sin adueñarse del contenido. Elija a alguien sin autoridad sobre ningún participante, para que todos se sientan seguros al decir lo que no saben.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>or an outside person&apos;s name</source>
        <translation>o el nombre de una persona externa</translation>
    </message>
    <message>
        <source>their email</source>
        <translation>su correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Appoint</source>
        <translation>&amp;Nombrar</translation>
    </message>
    <message>
        <source>Appoint a facilitator</source>
        <translation>Nombrar a una persona facilitadora</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Participante</translation>
    </message>
    <message>
        <source>&amp;Outside person</source>
        <translation>Persona &amp;externa</translation>
    </message>
    <message>
        <source>outside person</source>
        <translation>persona externa</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>No facilitator yet: appoint one below.</source>
        <translation>Aún no hay persona facilitadora: nombre a alguien abajo.</translation>
    </message>
    <message>
        <source>— choose a participant —</source>
        <translation>— elija un participante —</translation>
    </message>
    <message>
        <source>✓ Manages nobody in the program: a neutral choice.</source>
        <translation>✓ No tiene a nadie a su cargo en el programa: una elección neutral.</translation>
    </message>
    <message>
        <source>Appoint {value}</source>
        <translation>Nombrar a {value}</translation>
    </message>
    <message>
        <source>Remove facilitator {name}</source>
        <translation>Quitar a {name} de la facilitación</translation>
    </message>
</context>
<context>
    <name>FeedbackImportDialog</name>
    <message>
        <source>Import feedback from {name}</source>
        <translation>Importar feedback de {name}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>How each column is understood</source>
        <translation>Cómo se interpreta cada columna</translation>
    </message>
    <message>
        <source>Keep the session&apos;s feedback open</source>
        <translation>Mantener abierta la valoración de la sesión</translation>
    </message>
    <message>
        <source>Unticked, the import closes the session&apos;s feedback: all its forms, typed or imported, join the figures together, and the session takes no more forms. Tick it when more forms for this session are still to come.</source>
        <translation>Sin marcar, la importación cierra la valoración de la sesión: todos sus cuestionarios, tecleados o importados, entran juntos en los valores, y la sesión no admite más cuestionarios. Márquelo cuando aún falten cuestionarios de esta sesión.</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Vista previa de las filas</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problemas y notas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Reconocido como</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>No se puede leer el archivo</translation>
    </message>
    <message>
        <source>This program has no sessions yet: add the session on the Sessions tab first, then import its feedback.</source>
        <translation>Este programa aún no tiene sesiones: añada primero la sesión en la pestaña Sesiones y después importe su feedback.</translation>
    </message>
    <message>
        <source>This program&apos;s feedback is anonymous: names, emails, times and anything else in the file that could tell who answered are not read and not stored.</source>
        <translation>El feedback de este programa es anónimo: los nombres, correos electrónicos, horas y todo lo demás del archivo que pudiera revelar quién respondió no se leen ni se guardan.</translation>
    </message>
    <message>
        <source>Respondents are linked to participants by their email.</source>
        <translation>Las personas que responden se vinculan a los participantes por su correo electrónico.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <source> First say what each column below is.</source>
        <translation> Indique primero qué es cada columna de abajo.</translation>
    </message>
    <message>
        <source>Import without the bad rows?</source>
        <translation>¿Importar sin las filas erróneas?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have answers that do not fit the questions and will not be imported. Import the other responses now?</source>
        <translation>
            <numerusform>%n fila tiene respuestas que no encajan con las preguntas y no se importará. ¿Importar ahora las demás respuestas?</numerusform>
            <numerusform>%n filas tienen respuestas que no encajan con las preguntas y no se importarán. ¿Importar ahora las demás respuestas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation>Importar las demás</translation>
    </message>
    <message>
        <source>Import these answers?</source>
        <translation>¿Importar estas respuestas?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importar de todos modos</translation>
    </message>
    <message>
        <source>Import {n_responses} feedback responses from {name}</source>
        <translation>Importar {n_responses} respuestas de feedback de {name}</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>Aún no importado</translation>
    </message>
    <message>
        <source>Leave Them Out and Import</source>
        <translation>Omitirlos e importar</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>La importación ha fallado</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation>No se ha importado nada: {exc}.</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Feedback &amp;Questions…</source>
        <translation>&amp;Preguntas de feedback…</translation>
    </message>
    <message>
        <source>Add, edit, reorder or deactivate the feedback questions</source>
        <translation>Añadir, editar, reordenar o desactivar las preguntas de feedback</translation>
    </message>
    <message>
        <source>&amp;Cycle Report…</source>
        <translation>&amp;Informe del ciclo…</translation>
    </message>
    <message>
        <source>The cycle report for management, as a PDF</source>
        <translation>El informe del ciclo para la dirección, en PDF</translation>
    </message>
    <message>
        <source>The session whose paper forms you are typing in</source>
        <translation>La sesión cuyos cuestionarios en papel está introduciendo</translation>
    </message>
    <message>
        <source>Delete Form</source>
        <translation>Eliminar cuestionario</translation>
    </message>
    <message>
        <source>Delete the selected forms (Del); Edit &gt; Undo brings them back</source>
        <translation>Eliminar los cuestionarios seleccionados (Supr); Edición &gt; Deshacer los recupera</translation>
    </message>
    <message>
        <source>Show Comments</source>
        <translation>Mostrar comentarios</translation>
    </message>
    <message>
        <source>The cycle&apos;s written comments: for you, the facilitator, only. They never appear in participants&apos; handouts.</source>
        <translation>Los comentarios escritos del ciclo: solo para usted, como persona facilitadora. Nunca aparecen en los documentos para los participantes.</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Close the session&apos;s feedback, its forms kept out</source>
        <translation>Cerrar el feedback de la sesión, con sus cuestionarios fuera</translation>
    </message>
    <message>
        <source>Close the session&apos;s feedback without some departments</source>
        <translation>Cerrar el feedback de la sesión sin algunos departamentos</translation>
    </message>
    <message>
        <source>Close the session&apos;s feedback</source>
        <translation>Cerrar la valoración de la sesión</translation>
    </message>
    <message>
        <source>Select a comment that names someone and hide it before the report (Del)</source>
        <translation>Seleccione un comentario que mencione a alguien y ocúltelo antes del informe (Supr)</translation>
    </message>
    <message>
        <source>Hide Comment</source>
        <translation>Ocultar comentario</translation>
    </message>
    <message>
        <source>Leave the selected comment out of every view and report (Edit &gt; Undo brings it back)</source>
        <translation>Excluir el comentario seleccionado de todas las vistas e informes (Edición &gt; Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Show Hidden Comments Again</source>
        <translation>Volver a mostrar los comentarios ocultos</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>Set Up the Feedback Questions…</source>
        <translation>Configurar las preguntas de feedback…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No sessions to collect feedback from yet&lt;/h3&gt;&lt;p&gt;Plan the cycle&apos;s sessions on the Sessions tab; their paper forms are typed in here afterwards. Meanwhile you can set up the questions the forms will ask.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay sesiones de las que recoger feedback&lt;/h3&gt;&lt;p&gt;Planifique las sesiones del ciclo en la pestaña Sesiones; después se introducen aquí sus cuestionarios en papel. Mientras tanto, puede configurar las preguntas de los cuestionarios.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No program open&lt;/h3&gt;&lt;p&gt;Open or create a program with the File menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay ningún programa abierto&lt;/h3&gt;&lt;p&gt;Abra o cree un programa desde el menú Archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>too few to show</source>
        <translation>insuficientes para mostrar</translation>
    </message>
    <message>
        <source>, {typing} being typed</source>
        <translation>, {typing} en introducción</translation>
    </message>
    <message>
        <source>Skill confidence, before the cycle</source>
        <translation>Confianza en las habilidades, antes del ciclo</translation>
    </message>
    <message>
        <source>Skill confidence, after the cycle</source>
        <translation>Confianza en las habilidades, después del ciclo</translation>
    </message>
    <message>
        <source>{n_forms} being typed</source>
        <translation>{n_forms} en introducción</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n cuestionario</numerusform>
            <numerusform>%n cuestionarios</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per paper form: type each answer and press Tab or Enter; the form is saved at the end of its row. Forms are anonymous: only a department written on the form is kept. Typed forms stay here to be corrected while the session&apos;s feedback is open. Close Feedback joins all of the session&apos;s forms, typed or imported, to the figures at once; after that the session takes no more forms. Imported answers are never listed one by one.</source>
        <translation>Una fila por cuestionario en papel: escriba cada respuesta y pulse Tab o Intro; el cuestionario se guarda al final de su fila. Los cuestionarios son anónimos: solo se guarda un departamento escrito en el cuestionario. Los cuestionarios tecleados quedan aquí para corregirlos mientras la valoración de la sesión está abierta. «Cerrar valoración» hace entrar en los valores, a la vez, todos los cuestionarios de la sesión, tecleados o importados; después la sesión no admite más cuestionarios. Las respuestas importadas nunca se listan una a una.</translation>
    </message>
    <message>
        <source>Feedback in this program is NOT anonymous: each form is stored with who filled it in. One row per paper form; type who filled it in in the Person column.</source>
        <translation>El feedback de este programa NO es anónimo: cada cuestionario se guarda con el nombre de quien lo rellenó. Una fila por cuestionario en papel; escriba en la columna Persona quién lo rellenó.</translation>
    </message>
    <message>
        <source>Add feedback form</source>
        <translation>Añadir cuestionario de valoración</translation>
    </message>
    <message>
        <source>Correct feedback form</source>
        <translation>Corregir cuestionario de valoración</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feedback form(s)</source>
        <translation>
            <numerusform>Eliminar %n cuestionario de valoración</numerusform>
            <numerusform>Eliminar %n cuestionarios de valoración</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide Comments</source>
        <translation>Ocultar comentarios</translation>
    </message>
    <message>
        <source>Fewer than {min_group_size} people wrote a comment this cycle (or showing them would single out a smaller group), so the comments stay hidden: with so few, a comment could point to its writer.</source>
        <translation>Menos de {min_group_size} personas han escrito un comentario en este ciclo (o mostrarlos permitiría identificar a un grupo más pequeño), así que los comentarios permanecen ocultos: con tan pocas personas, un comentario podría delatar a quien lo escribió.</translation>
    </message>
    <message>
        <source>No written comments in this cycle yet.</source>
        <translation>Aún no hay comentarios escritos en este ciclo.</translation>
    </message>
    <message>
        <source>For you only — never printed in participants&apos; handouts. Sorted, without sessions or departments. Hide a comment that names someone before you export the report.</source>
        <translation>Solo para usted: nunca se imprimen en los documentos de los participantes. Ordenados, sin sesiones ni departamentos. Oculte los comentarios que mencionen a alguien antes de exportar el informe.</translation>
    </message>
    <message numerus="yes">
        <source> %n comment(s) hidden by you.</source>
        <translation>
            <numerusform> %n comentario ocultado por usted.</numerusform>
            <numerusform> %n comentarios ocultados por usted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide a comment</source>
        <translation>Ocultar un comentario</translation>
    </message>
    <message>
        <source>Show hidden comments again</source>
        <translation>Volver a mostrar los comentarios ocultos</translation>
    </message>
    <message>
        <source>Save the cycle report</source>
        <translation>Guardar el informe del ciclo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Dibujando los gráficos…</translation>
    </message>
    <message>
        <source>Cycle report saved</source>
        <translation>Informe del ciclo guardado</translation>
    </message>
    <message>
        <source>The cycle report for {name} was saved as {saved}.</source>
        <translation>El informe del ciclo {name} se ha guardado como {saved}.</translation>
    </message>
    <message>
        <source>Cycle report not saved</source>
        <translation>Informe del ciclo no guardado</translation>
    </message>
    <message>
        <source>{target} could not be written: {reason}.</source>
        <translation>No se ha podido escribir {target}: {reason}.</translation>
    </message>
    <message>
        <source>Drawing the cycle report</source>
        <translation>Generando el informe del ciclo</translation>
    </message>
</context>
<context>
    <name>FormsModel</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Type the next paper form here; it is saved when you finish the row.</source>
        <translation>Escriba aquí el siguiente cuestionario en papel; se guarda al terminar la fila.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Skill: the skill the confidence answer is about (type the first letters).</source>
        <translation>Habilidad: la habilidad a la que se refiere la respuesta de confianza (escriba las primeras letras).</translation>
    </message>
    <message>
        <source>Person: who filled in the form (feedback is named in this program).</source>
        <translation>Persona: quién rellenó el cuestionario (en este programa el feedback es nominativo).</translation>
    </message>
    <message>
        <source>Department: the respondent&apos;s department, optional (type the first letters).</source>
        <translation>Departamento: el departamento de quien responde, opcional (escriba las primeras letras).</translation>
    </message>
    <message>
        <source>No participant matches “{text}”: type the first letters of their name.</source>
        <translation>Ningún participante coincide con «{text}»: escriba las primeras letras de su nombre.</translation>
    </message>
    <message>
        <source>No department matches “{text}”. Departments: {value}.</source>
        <translation>Ningún departamento coincide con «{text}». Departamentos: {value}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PeerDesk quick guide</source>
        <translation>Guía rápida de PeerDesk</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Guía rápida</translation>
    </message>
</context>
<context>
    <name>HandChanges</name>
    <message>
        <source>{verb} refused</source>
        <translation>{verb}: rechazado</translation>
    </message>
    <message>
        <source>{verb} refused: {describe}</source>
        <translation>{verb}: rechazado: {describe}</translation>
    </message>
    <message>
        <source>A new recruit loses their buddy</source>
        <translation>Una nueva incorporación se queda sin padrino</translation>
    </message>
    <message>
        <source>{describe} {verb} anyway?</source>
        <translation>{describe} ¿{verb} de todos modos?</translation>
    </message>
    <message>
        <source>Lower total score</source>
        <translation>Puntuación total más baja</translation>
    </message>
    <message>
        <source>Swap {name} and {name2}</source>
        <translation>Intercambiar a {name} y {name2}</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Intercambiar</translation>
    </message>
    <message>
        <source>out of the pair</source>
        <translation>fuera de la pareja</translation>
    </message>
    <message>
        <source>to another pair</source>
        <translation>a otra pareja</translation>
    </message>
    <message>
        <source>Move {name} {where}</source>
        <translation>Mover a {name} {where}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Pair {name} with {name2}</source>
        <translation>Emparejar a {name} con {name2}</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejar</translation>
    </message>
    <message>
        <source>not paired</source>
        <translation>sin pareja</translation>
    </message>
    <message>
        <source>Swap {name} with:</source>
        <translation>Intercambiar a {name} con:</translation>
    </message>
    <message>
        <source>Out of any pair</source>
        <translation>Fuera de cualquier pareja</translation>
    </message>
    <message>
        <source>Move {name} into:</source>
        <translation>Mover a {name} a:</translation>
    </message>
    <message>
        <source>Add to a pair</source>
        <translation>Añadir a una pareja</translation>
    </message>
    <message>
        <source>Add {name} to:</source>
        <translation>Añadir a {name} a:</translation>
    </message>
    <message>
        <source>Pair with</source>
        <translation>Emparejar con</translation>
    </message>
    <message>
        <source>Pair {name} with:</source>
        <translation>Emparejar a {name} con:</translation>
    </message>
    <message>
        <source>Never pair</source>
        <translation>No emparejar nunca</translation>
    </message>
    <message>
        <source>Never pair {name} with:</source>
        <translation>No emparejar nunca a {name} con:</translation>
    </message>
    <message>
        <source>Why (optional, only you see it):</source>
        <translation>Por qué (opcional, solo lo ve usted):</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} y {b}</translation>
    </message>
    <message>
        <source>{names} are already never to be paired.</source>
        <translation>{names} ya están marcados para no emparejarse nunca.</translation>
    </message>
    <message>
        <source>Never pair {names}</source>
        <translation>No emparejar nunca a {names}</translation>
    </message>
    <message>
        <source>{names} will never be paired.</source>
        <translation>{names} no se emparejarán nunca.</translation>
    </message>
    <message>
        <source> They are in the same pair now: move one of them, or generate again.</source>
        <translation> Ahora mismo forman pareja: mueva a uno de ellos o vuelva a generar las parejas.</translation>
    </message>
    <message>
        <source>Remove an exclusion</source>
        <translation>Quitar una exclusión</translation>
    </message>
    <message>
        <source>Allow these two to be paired again:</source>
        <translation>Permitir que estos dos vuelvan a emparejarse:</translation>
    </message>
    <message>
        <source>Allow {value} to be paired</source>
        <translation>Permitir emparejar a {value}</translation>
    </message>
    <message>
        <source>Let {name} be paired</source>
        <translation>Permitir emparejar a {name}</translation>
    </message>
    <message>
        <source>{name} can now be paired: generate again, or pair them by hand.</source>
        <translation>{name} ya se puede emparejar: vuelva a generar las parejas o forme la pareja a mano.</translation>
    </message>
    <message>
        <source>Pin a pair that breaks a rule</source>
        <translation>Fijar una pareja que incumple una regla</translation>
    </message>
    <message>
        <source>{join} A pin keeps it as it is through every new run. Pin anyway?</source>
        <translation>{join} Una pareja fijada se mantiene igual en cada nueva generación. ¿Fijarla de todos modos?</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Pin {people}</source>
        <translation>Fijar a {people}</translation>
    </message>
    <message>
        <source>Unpin {people}</source>
        <translation>Dejar de fijar a {people}</translation>
    </message>
    <message>
        <source>Unpublish pairs</source>
        <translation>Retirar la publicación de las parejas</translation>
    </message>
    <message>
        <source>Unpublish the pairs of {name}? They stop counting for the no-repeat rule until you publish again.</source>
        <translation>¿Retirar la publicación de las parejas de {name}? Dejarán de contar para la regla de no repetición hasta que vuelva a publicarlas.</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Retirar publicación</translation>
    </message>
    <message>
        <source>Unpublish the pairs of {name}</source>
        <translation>Retirar la publicación de las parejas de {name}</translation>
    </message>
    <message>
        <source>Publish pairs</source>
        <translation>Publicar las parejas</translation>
    </message>
    <message>
        <source>Publish the {count} pairs and trios of {name}? Published pairs are recorded, and nobody will be paired with the same partner in a later cycle.</source>
        <translation>¿Publicar las {count} parejas y tríos de {name}? Las parejas publicadas quedan registradas y nadie volverá a emparejarse con la misma persona en un ciclo posterior.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish the pairs of {name}</source>
        <translation>Publicar las parejas de {name}</translation>
    </message>
    <message>
        <source>The pairs of {name} are published.</source>
        <translation>Las parejas de {name} están publicadas.</translation>
    </message>
    <message>
        <source>Change pairing rules and weights</source>
        <translation>Cambiar las reglas y los pesos del emparejamiento</translation>
    </message>
    <message>
        <source>Pairing rules and weights changed: generate again to use them.</source>
        <translation>Reglas y pesos del emparejamiento cambiados: vuelva a generar las parejas para aplicarlos.</translation>
    </message>
</context>
<context>
    <name>IntakeFormDialog</name>
    <message>
        <source>Intake form</source>
        <translation>Formulario de inscripción</translation>
    </message>
    <message>
        <source>Ask each participant what they could teach and would like to learn. Paste these questions into a new Google Form or Microsoft Form, with the answer type given for each (the wordings let PeerDesk recognise the answers on File &gt; Import Intake). For paper, print the PDF form; for a spreadsheet, hand out the Excel template.</source>
        <translation>Pregunte a cada participante qué podría enseñar y qué le gustaría aprender. Pegue estas preguntas en un nuevo formulario de Google o de Microsoft, con el tipo de respuesta indicado para cada una (por su redacción, PeerDesk reconoce las respuestas en Archivo &gt; Importar inscripciones). Para papel, imprima el formulario en PDF; para una hoja de cálculo, reparta la plantilla de Excel.</translation>
    </message>
    <message>
        <source>&amp;Copy Questions</source>
        <translation>&amp;Copiar preguntas</translation>
    </message>
    <message>
        <source>Save &amp;Questions…</source>
        <translation>Guardar pregun&amp;tas…</translation>
    </message>
    <message>
        <source>Save &amp;PDF Form…</source>
        <translation>Guardar formulario &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Excel Template…</source>
        <translation>Guardar plantilla de &amp;Excel…</translation>
    </message>
    <message>
        <source>The questions are on the clipboard: paste them into your form.</source>
        <translation>Las preguntas están en el portapapeles: péguelas en su formulario.</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{name} intake form.{kind}</source>
        <translation>{name} formulario de inscripción.{kind}</translation>
    </message>
    <message>
        <source>Save the intake form</source>
        <translation>Guardar el formulario de inscripción</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation>No se ha podido escribir {target}: {value}.</translation>
    </message>
    <message>
        <source>Saved {target}</source>
        <translation>{target} guardado</translation>
    </message>
</context>
<context>
    <name>IntakeImportDialog</name>
    <message>
        <source>Import intake answers from {name}</source>
        <translation>Importar inscripciones de {name}</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leído como</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>People in the file</source>
        <translation>Personas del archivo</translation>
    </message>
    <message>
        <source>Skill merges</source>
        <translation>Fusiones de habilidades</translation>
    </message>
    <message>
        <source>Accept &amp;All Merges</source>
        <translation>&amp;Aceptar todas las fusiones</translation>
    </message>
    <message>
        <source>&amp;Reject All Merges</source>
        <translation>&amp;Rechazar todas las fusiones</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problemas y notas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {describe}, {n_table} rows.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {describe}, {n_table} filas.</translation>
    </message>
    <message>
        <source>What “{header}” is</source>
        <translation>Qué es «{header}»</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <source>Can teach {value}</source>
        <translation>Puede enseñar {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered as at the last import: left alone.</source>
        <translation>
            <numerusform>%n persona respondió igual que en la última importación: se deja como estaba.</numerusform>
            <numerusform>%n personas respondieron igual que en la última importación: se dejan como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>can teach {value}</source>
        <translation>puede enseñar {value}</translation>
    </message>
    <message>
        <source>{n_understood} of {n_headers} columns understood.</source>
        <translation>{n_understood} de {n_headers} columnas interpretadas.</translation>
    </message>
    <message>
        <source> Not used: </source>
        <translation> Sin usar: </translation>
    </message>
    <message>
        <source> (choose what they are on the left).</source>
        <translation> (indique a la izquierda qué son).</translation>
    </message>
    <message>
        <source>Skill names that look like one skill ({n}). Tick the merges to take and choose the name to keep; an untaken merge keeps the names as typed.</source>
        <translation>Nombres de habilidades que parecen la misma ({n}). Marque las fusiones que quiera hacer y elija el nombre que se conserva; una fusión no aceptada mantiene los nombres tal como se escribieron.</translation>
    </message>
    <message>
        <source>Every skill name is new or already in the program&apos;s vocabulary: no merges to decide.</source>
        <translation>Todos los nombres de habilidades son nuevos o ya están en el vocabulario del programa: no hay fusiones que decidir.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <source>{updated} participants updated, {new} of {offered} new people added, %n skill merge(s) taken.</source>
        <translation>
            <numerusform>{updated} participantes actualizados, {new} de {offered} personas nuevas añadidas, %n fusión de habilidades aceptada.</numerusform>
            <numerusform>{updated} participantes actualizados, {new} de {offered} personas nuevas añadidas, %n fusiones de habilidades aceptadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>La importación ha fallado</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation>No se ha importado nada: {exc}.</translation>
    </message>
</context>
<context>
    <name>InviteesDialog</name>
    <message>
        <source>Invite pairs</source>
        <translation>Invitar a parejas</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Invitar a personas</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar la lista</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Invited: tick each one</source>
        <translation>Invitados: marque cada uno</translation>
    </message>
    <message>
        <source>This cycle has no pairs yet: generate them in the Pairings tab first.</source>
        <translation>Este ciclo aún no tiene parejas: genérelas primero en la pestaña Parejas.</translation>
    </message>
    <message>
        <source>Space ticks the selected line; Ctrl+A then Space ticks them all.</source>
        <translation>Espacio marca la línea seleccionada; Ctrl+A y después Espacio las marca todas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>P&amp;airings</source>
        <translation>Pa&amp;rejas</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>&amp;Nuevo programa…</translation>
    </message>
    <message>
        <source>Create a new, empty program file</source>
        <translation>Crear un archivo de programa nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a program file</source>
        <translation>Abrir un archivo de programa</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>Write a copy of this program to another file</source>
        <translation>Escribir una copia de este programa en otro archivo</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Res&amp;taurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Put the program back as it was at an earlier backup</source>
        <translation>Devolver el programa al estado de una copia de seguridad anterior</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Facilitators…</source>
        <translation>&amp;Facilitación…</translation>
    </message>
    <message>
        <source>Appoint the program&apos;s neutral facilitators</source>
        <translation>Nombrar a las personas facilitadoras neutrales del programa</translation>
    </message>
    <message>
        <source>Program &amp;Settings…</source>
        <translation>Configuración &amp;del programa…</translation>
    </message>
    <message>
        <source>Tenure thresholds, buddy capacity, confidentiality</source>
        <translation>Umbrales de antigüedad, capacidad de los padrinos, confidencialidad</translation>
    </message>
    <message>
        <source>New C&amp;ycle…</source>
        <translation>&amp;Nuevo ciclo…</translation>
    </message>
    <message>
        <source>Start a new cycle, such as “Summer 2027”</source>
        <translation>Empezar un nuevo ciclo, como «Verano 2027»</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>&amp;Acerca de PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Quick Guide</source>
        <translation>&amp;Guía rápida</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>{title} is not part of this build.</source>
        <translation>{title} no forma parte de esta versión.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source> C&amp;ycle: </source>
        <translation> &amp;Ciclo: </translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>The cycle every tab shows</source>
        <translation>El ciclo que muestran todas las pestañas</translation>
    </message>
    <message>
        <source>This program is already open</source>
        <translation>Este programa ya está abierto</translation>
    </message>
    <message>
        <source>{name} is open in another PeerDesk window{holder}. Two programs writing the same file would lose changes. You can look at it read-only here.</source>
        <translation>{name} está abierto en otra ventana de PeerDesk{holder}. Si dos programas escriben en el mismo archivo, se perderían cambios. Aquí puede consultarlo en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Cannot write to this file</source>
        <translation>No se puede escribir en este archivo</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <source>This file holds things PeerDesk did not put there</source>
        <translation>Este archivo contiene elementos que PeerDesk no ha puesto ahí</translation>
    </message>
    <message>
        <source>{exc}

You can ask whoever sent it for a clean file, or open a cleaned copy: it keeps the people, sessions, pairs and feedback, without those objects. The file you chose stays as it is.</source>
        <translation>{exc}

Puede pedir a quien se lo envió un archivo limpio, o abrir una copia limpia: conserva las personas, las sesiones, las parejas y el feedback, sin esos objetos. El archivo elegido se queda tal como está.</translation>
    </message>
    <message>
        <source>Open a Cleaned Copy…</source>
        <translation>Abrir una copia limpia…</translation>
    </message>
    <message>
        <source>Save the cleaned copy as</source>
        <translation>Guardar la copia limpia como</translation>
    </message>
    <message>
        <source>Cannot save the cleaned copy</source>
        <translation>No se puede guardar la copia limpia</translation>
    </message>
    <message>
        <source>Choose another name: the file you chose stays as it is.</source>
        <translation>Elija otro nombre: el archivo elegido se queda tal como está.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written: {err}</source>
        <translation>No se ha podido escribir la copia limpia: {err}</translation>
    </message>
    <message>
        <source>Backup failed: {exc}</source>
        <translation>La copia de seguridad ha fallado: {exc}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups of this program yet. PeerDesk makes one each time you open a program and once a day while it is open.</source>
        <translation>Aún no hay copias de seguridad de este programa. PeerDesk hace una cada vez que abre un programa y otra al día mientras está abierto.</translation>
    </message>
    <message>
        <source>Put the program back as it was at:</source>
        <translation>Devolver el programa al estado del:</translation>
    </message>
    <message>
        <source>Replace everything in {name} with the backup from {label}? A backup of the current state is made first.</source>
        <translation>¿Sustituir todo el contenido de {name} por la copia de seguridad del {label}? Antes se hace una copia de seguridad del estado actual.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauración ha fallado</translation>
    </message>
    <message>
        <source>{exc} Your program was not changed.</source>
        <translation>{exc} Su programa no se ha modificado.</translation>
    </message>
    <message>
        <source>Restored the backup from {label}</source>
        <translation>Restaurada la copia de seguridad del {label}</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <source>Cannot create the program</source>
        <translation>No se puede crear el programa</translation>
    </message>
    <message>
        <source>{target} could not be created: {exc}. Choose a folder you can write to.</source>
        <translation>No se ha podido crear {target}: {exc}. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Open program</source>
        <translation>Abrir programa</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>No se puede guardar la copia</translation>
    </message>
    <message>
        <source>The copy could not be written: {exc}</source>
        <translation>No se ha podido escribir la copia: {exc}</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>Copia guardada en {path}</translation>
    </message>
    <message>
        <source>About PeerDesk</source>
        <translation>Acerca de PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk {version__}

Run a peer learning program: participants, buddy pairings, sessions, feedback. Everything stays in one file on this computer; nothing is sent anywhere.</source>
        <translation>PeerDesk {version__}

Gestione un programa de aprendizaje entre compañeros: participantes, parejas con padrino, sesiones, feedback. Todo se queda en un único archivo en este ordenador; no se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Guía rápida</translation>
    </message>
    <message>
        <source>The guide is missing from this installation. Reinstall PeerDesk to get it back.</source>
        <translation>La guía no está en esta instalación. Vuelva a instalar PeerDesk para recuperarla.</translation>
    </message>
    <message>
        <source>No program open</source>
        <translation>No hay ningún programa abierto</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(en memoria)</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[solo lectura]</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Aún no hay ciclos</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importado como</translation>
    </message>
    <message>
        <source>Column {value}</source>
        <translation>Columna {value}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Field for column {heading}</source>
        <translation>Campo para la columna {heading}</translation>
    </message>
</context>
<context>
    <name>MergeModel</name>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Keep as</source>
        <translation>Conservar como</translation>
    </message>
    <message>
        <source>Names merged into it</source>
        <translation>Nombres fusionados en ella</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>likely typo</source>
        <translation>probable errata</translation>
    </message>
    <message>
        <source>same skill</source>
        <translation>la misma habilidad</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <source>e.g. Spring 2027 peer learning</source>
        <translation>p. ej. Aprendizaje entre compañeros, primavera 2027</translation>
    </message>
    <message>
        <source>This computer is set to {here}. Sessions start in the program&apos;s zone; a remote session can have its own.</source>
        <translation>Este ordenador está configurado en {here}. Las sesiones empiezan en la zona horaria del programa; una sesión a distancia puede tener la suya propia.</translation>
    </message>
    <message>
        <source>Program &amp;name</source>
        <translation>&amp;Nombre del programa</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Give the program a name, such as “Spring 2027”.</source>
        <translation>Dé un nombre al programa, como «Primavera 2027».</translation>
    </message>
    <message>
        <source>“{text_typed}” is not a time zone; type a city and pick it from the list, e.g. Europe/Lisbon.</source>
        <translation>«{text_typed}» no es una zona horaria; escriba una ciudad y elíjala en la lista, p. ej. Europe/Madrid.</translation>
    </message>
</context>
<context>
    <name>NewQuestionDialog</name>
    <message>
        <source>Add a feedback question</source>
        <translation>Añadir una pregunta de feedback</translation>
    </message>
    <message>
        <source>e.g. My partner was well prepared.</source>
        <translation>p. ej. Mi compañero venía bien preparado.</translation>
    </message>
    <message>
        <source>Lowest answer</source>
        <translation>Respuesta más baja</translation>
    </message>
    <message>
        <source>Highest answer</source>
        <translation>Respuesta más alta</translation>
    </message>
    <message>
        <source>Part of the psychological-safety score</source>
        <translation>Forma parte de la puntuación de seguridad psicológica</translation>
    </message>
    <message>
        <source>Reverse-scored (agreeing means less safety)</source>
        <translation>Puntuación invertida (estar de acuerdo significa menos seguridad)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Words on the form</source>
        <translation>&amp;Texto en el cuestionario</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Escala</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session in {name}</source>
        <translation>Nueva sesión en {name}</translation>
    </message>
    <message>
        <source>Template: {name} ({total_minutes} min)</source>
        <translation>Plantilla: {name} ({total_minutes} min)</translation>
    </message>
    <message>
        <source>An empty agenda</source>
        <translation>Una agenda vacía</translation>
    </message>
    <message>
        <source>Copy the agenda of “{title}” ({name}, {short_date})</source>
        <translation>Copiar la agenda de «{title}» ({name}, {short_date})</translation>
    </message>
    <message>
        <source>Default: the template&apos;s name, or “Session N”</source>
        <translation>Por defecto: el nombre de la plantilla, o «Sesión N»</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The zone the session happens in; the calendar invitations carry it. The program&apos;s zone is {setting}.</source>
        <translation>La zona horaria en la que se celebra la sesión; las invitaciones de calendario la incluyen. La zona horaria del programa es {setting}.</translation>
    </message>
    <message>
        <source>&amp;Agenda from</source>
        <translation>&amp;Agenda a partir de</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Empieza a las</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>New session {title}</source>
        <translation>Nueva sesión {title}</translation>
    </message>
</context>
<context>
    <name>OverviewDock</name>
    <message>
        <source>Program checklist</source>
        <translation>Lista de comprobación del programa</translation>
    </message>
    <message>
        <source>Program Check&amp;list</source>
        <translation>&amp;Lista de comprobación del programa</translation>
    </message>
    <message>
        <source>New Cycle…</source>
        <translation>Nuevo ciclo…</translation>
    </message>
    <message>
        <source>Create the first cycle</source>
        <translation>Crear el primer ciclo</translation>
    </message>
    <message>
        <source>A cycle is a period such as “Spring 2027” with its own pairs, sessions and feedback. Steps 4 to 8 start once it exists.</source>
        <translation>Un ciclo es un periodo, como «Primavera 2027», con sus propias parejas, sesiones y feedback. Los pasos 4 a 8 empiezan cuando existe.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>No program open</source>
        <translation>No hay ningún programa abierto</translation>
    </message>
    <message>
        <source>Open a program file, or create one with File &gt; New Program.</source>
        <translation>Abra un archivo de programa, o cree uno en Archivo &gt; Nuevo programa.</translation>
    </message>
    <message>
        <source>Program checklist steps</source>
        <translation>Pasos de la lista de comprobación del programa</translation>
    </message>
    <message>
        <source>The checklist cannot be read from this file: {exc}.</source>
        <translation>No se puede leer la lista de comprobación de este archivo: {exc}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{n} done</source>
        <translation>{n} hechos</translation>
    </message>
    <message>
        <source>{warning} to look at</source>
        <translation>{warning} por revisar</translation>
    </message>
    <message>
        <source>{todo} to do</source>
        <translation>{todo} pendientes</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Aún no hay ciclos</translation>
    </message>
    <message>
        <source>Editing the code of conduct is not part of this build.</source>
        <translation>La edición del código de conducta no forma parte de esta versión.</translation>
    </message>
    <message>
        <source>The program is open read-only.</source>
        <translation>El programa está abierto en modo de solo lectura.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Ajustar el ancho de la página a la ventana</translation>
    </message>
    <message>
        <source>Fit P&amp;age</source>
        <translation>Página c&amp;ompleta</translation>
    </message>
    <message>
        <source>Show a whole page</source>
        <translation>Mostrar una página completa</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>of 0</source>
        <translation>de 0</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Pági&amp;na</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vista previa de las páginas</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
    <message>
        <source>of {n_images}</source>
        <translation>de {n_images}</translation>
    </message>
</context>
<context>
    <name>PairingSettingsDialog</name>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Habilidades</translation>
    </message>
    <message>
        <source>for each skill one teaches and the other wants (half more for an expert, half for basics)</source>
        <translation>por cada habilidad que uno enseña y el otro quiere aprender (la mitad más si es experto, la mitad si son conocimientos básicos)</translation>
    </message>
    <message>
        <source>Different de&amp;partments</source>
        <translation>&amp;Departamentos distintos</translation>
    </message>
    <message>
        <source>pairs that break silos</source>
        <translation>parejas que rompen silos</translation>
    </message>
    <message>
        <source>&amp;Tenure gap</source>
        <translation>Diferencia de &amp;antigüedad</translation>
    </message>
    <message>
        <source>a new recruit with a seasoned colleague (half for a smaller gap)</source>
        <translation>una nueva incorporación con un compañero veterano (la mitad si la diferencia es menor)</translation>
    </message>
    <message>
        <source>Same &amp;office</source>
        <translation>Misma &amp;oficina</translation>
    </message>
    <message>
        <source>Compatible &amp;availability</source>
        <translation>Disponibilidad &amp;compatible</translation>
    </message>
    <message>
        <source>a day or time both gave, or one is free any time</source>
        <translation>un día u hora que ambos indicaron, o uno de ellos está disponible en cualquier momento</translation>
    </message>
    <message>
        <source>Asked to &amp;learn from them</source>
        <translation>Pidió a&amp;prender del otro</translation>
    </message>
    <message>
        <source>one named the other on the intake form</source>
        <translation>uno nombró al otro en el formulario de inscripción</translation>
    </message>
    <message>
        <source>Pairing rules and weights</source>
        <translation>Reglas y pesos del emparejamiento</translation>
    </message>
    <message>
        <source>Points each part of a pair&apos;s score is worth. Hard rules (the reporting chain, exclusions, facilitators) are never traded for points.</source>
        <translation>Puntos que vale cada parte de la puntuación de una pareja. Las reglas firmes (la línea jerárquica, las exclusiones, la facilitación) nunca se cambian por puntos.</translation>
    </message>
    <message>
        <source>every earlier cycle</source>
        <translation>todos los ciclos anteriores</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> ciclos</translation>
    </message>
    <message>
        <source>Nobody is paired again with someone they were paired with in this many of the latest published cycles</source>
        <translation>Nadie vuelve a emparejarse con alguien con quien ya formó pareja en este número de los últimos ciclos publicados</translation>
    </message>
    <message>
        <source>No &amp;repeats from the last</source>
        <translation>Sin &amp;repeticiones de los últimos</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Restablecer &amp;valores predeterminados</translation>
    </message>
</context>
<context>
    <name>PairingsTab</name>
    <message>
        <source>&amp;Generate Pairs</source>
        <translation>&amp;Generar parejas</translation>
    </message>
    <message>
        <source>Pair the cycle&apos;s participants, keeping pinned pairs (Ctrl+Shift+G)</source>
        <translation>Emparejar a los participantes del ciclo, manteniendo las parejas fijadas (Ctrl+Mayús+G)</translation>
    </message>
    <message>
        <source>&amp;Publish Pairs</source>
        <translation>Pu&amp;blicar parejas</translation>
    </message>
    <message>
        <source>Publish the pairs: they then count for the no-repeat rule</source>
        <translation>Publicar las parejas: a partir de entonces cuentan para la regla de no repetición</translation>
    </message>
    <message>
        <source>P&amp;in</source>
        <translation>F&amp;ijar</translation>
    </message>
    <message>
        <source>Pin the selected pair: generating again keeps it (Ctrl+Shift+I)</source>
        <translation>Fijar la pareja seleccionada: al volver a generar, se mantiene (Ctrl+Mayús+I)</translation>
    </message>
    <message>
        <source>&amp;Swap…</source>
        <translation>&amp;Intercambiar…</translation>
    </message>
    <message>
        <source>Swap the chosen member with someone in another pair</source>
        <translation>Intercambiar al miembro elegido con alguien de otra pareja</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>Move the chosen member into another pair, or out of any (or drag them from this list onto a pair)</source>
        <translation>Mover al miembro elegido a otra pareja, o fuera de cualquier pareja (o arrastrarlo desde esta lista a una pareja)</translation>
    </message>
    <message>
        <source>&amp;Add to a Pair…</source>
        <translation>&amp;Añadir a una pareja…</translation>
    </message>
    <message>
        <source>Put the selected person into a pair</source>
        <translation>Poner a la persona seleccionada en una pareja</translation>
    </message>
    <message>
        <source>Pair &amp;With…</source>
        <translation>Emparejar &amp;con…</translation>
    </message>
    <message>
        <source>Make a new pair with another person who has none</source>
        <translation>Formar una nueva pareja con otra persona que no tenga</translation>
    </message>
    <message>
        <source>&amp;Never Pair With…</source>
        <translation>&amp;No emparejar nunca con…</translation>
    </message>
    <message>
        <source>Never pair the chosen person with someone (an exclusion)</source>
        <translation>No emparejar nunca a la persona elegida con alguien (una exclusión)</translation>
    </message>
    <message>
        <source>&amp;Remove an Exclusion…</source>
        <translation>&amp;Quitar una exclusión…</translation>
    </message>
    <message>
        <source>Allow two people who were never to be paired again</source>
        <translation>Permitir que dos personas que no debían emparejarse nunca vuelvan a emparejarse</translation>
    </message>
    <message>
        <source>Pair This &amp;Facilitator</source>
        <translation>Emparejar a esta persona &amp;facilitadora</translation>
    </message>
    <message>
        <source>Let the selected facilitator be paired like everyone else</source>
        <translation>Permitir que la persona facilitadora seleccionada se empareje como los demás</translation>
    </message>
    <message>
        <source>Pairing &amp;Rules and Weights…</source>
        <translation>&amp;Reglas y pesos del emparejamiento…</translation>
    </message>
    <message>
        <source>What each part of the score weighs; how far back the no-repeat rule looks</source>
        <translation>Cuánto pesa cada parte de la puntuación; hasta dónde llega la regla de no repetición</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Sin pareja</translation>
    </message>
    <message>
        <source>Generate pairs</source>
        <translation>Generar parejas</translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation>Nuevo ciclo…</translation>
    </message>
    <message>
        <source>Members of the selected pair</source>
        <translation>Miembros de la pareja seleccionada</translation>
    </message>
    <message>
        <source>Members (choose one to swap or move):</source>
        <translation>Miembros (elija uno para intercambiarlo o moverlo):</translation>
    </message>
    <message>
        <source>Why this pair:</source>
        <translation>Por qué esta pareja:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No program open&lt;/h3&gt;&lt;p&gt;Open or create a program (File menu) to pair its participants.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay ningún programa abierto&lt;/h3&gt;&lt;p&gt;Abra o cree un programa (menú Archivo) para emparejar a sus participantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cycle yet&lt;/h3&gt;&lt;p&gt;Pairs belong to a cycle, such as “Spring 2027”, with its own sessions and feedback. Create the first one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay ciclos&lt;/h3&gt;&lt;p&gt;Las parejas pertenecen a un ciclo, como «Primavera 2027», con sus propias sesiones y feedback. Cree el primero.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No pairs yet for {name}&lt;/h3&gt;&lt;p&gt;Generate them: every new recruit gets a seasoned buddy where the rules allow, and everyone else is paired for the best total score. Each pair says why it was made, and you can change it afterwards.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay parejas para {name}&lt;/h3&gt;&lt;p&gt;Genérelas: cada nueva incorporación recibe un padrino veterano cuando las reglas lo permiten, y los demás se emparejan para obtener la mejor puntuación total. Cada pareja indica por qué se formó, y puede cambiarla después.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicadas</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pairs of {name}&lt;/b&gt; · {state}</source>
        <translation>&lt;b&gt;Parejas de {name}&lt;/b&gt; · {state}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pairs of {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parejas de {name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Total score {total:g}</source>
        <translation>Puntuación total {total:g}</translation>
    </message>
    <message>
        <source>Not paired: {rowCount}</source>
        <translation>Sin pareja: {rowCount}</translation>
    </message>
    <message>
        <source>Re&amp;generate Pairs</source>
        <translation>&amp;Volver a generar parejas</translation>
    </message>
    <message>
        <source>Un&amp;publish Pairs</source>
        <translation>Re&amp;tirar la publicación</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Dejar de f&amp;ijar</translation>
    </message>
    <message>
        <source>Select a pair to see why it was made.</source>
        <translation>Seleccione una pareja para ver por qué se formó.</translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation> · fijada</translation>
    </message>
    <message>
        <source>&lt;b&gt;{people}&lt;/b&gt;&lt;br&gt;Score {score:g}{pinned}</source>
        <translation>&lt;b&gt;{people}&lt;/b&gt;&lt;br&gt;Puntuación {score:g}{pinned}</translation>
    </message>
    <message>
        <source> (buddy)</source>
        <translation> (padrino)</translation>
    </message>
    <message>
        <source> (new recruit)</source>
        <translation> (nueva incorporación)</translation>
    </message>
    <message>
        <source>Pairs not generated</source>
        <translation>Parejas no generadas</translation>
    </message>
    <message>
        <source>Generating pairs…</source>
        <translation>Generando parejas…</translation>
    </message>
    <message>
        <source>Generating pairs</source>
        <translation>Generando parejas</translation>
    </message>
    <message>
        <source>Pairs not saved</source>
        <translation>Parejas no guardadas</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) and trio(s) made</source>
        <translation>
            <numerusform>%n pareja o trío formado</numerusform>
            <numerusform>%n parejas y tríos formados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not paired.</source>
        <translation>
            <numerusform>%n persona sin pareja.</numerusform>
            <numerusform>%n personas sin pareja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating was cancelled; nothing changed.</source>
        <translation>La generación se ha cancelado; no ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>buddy</source>
        <translation>padrino</translation>
    </message>
    <message>
        <source>new recruit</source>
        <translation>nueva incorporación</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Pinned pairs are kept when you generate again</source>
        <translation>Las parejas fijadas se mantienen al volver a generar</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Padrino</translation>
    </message>
    <message>
        <source>Trio</source>
        <translation>Trío</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <source>Pinned: kept when you generate again</source>
        <translation>Fijada: se mantiene al volver a generar</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>No fijada</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>no fijada</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Levels: 1 basic, 2 good, 3 expert. Write them in brackets: “SQL (3), Git (2)”.</source>
        <translation>Niveles: 1 básico, 2 bueno, 3 experto. Escríbalos entre paréntesis: «SQL (3), Git (2)».</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.es</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Outside manager&apos;s name</source>
        <translation>Nombre del responsable externo</translation>
    </message>
    <message>
        <source>Outside manager&apos;s name (not in the program)</source>
        <translation>Nombre del responsable externo (fuera del programa)</translation>
    </message>
    <message>
        <source>Outside manager&apos;s email</source>
        <translation>Correo electrónico del responsable externo</translation>
    </message>
    <message>
        <source>What they can teach, e.g. SQL (3), Presenting (2)</source>
        <translation>Lo que puede enseñar, p. ej. SQL (3), Presentaciones (2)</translation>
    </message>
    <message>
        <source>What they want to learn, e.g. Negotiation (1)</source>
        <translation>Lo que quiere aprender, p. ej. Negociación (1)</translation>
    </message>
    <message>
        <source>e.g. Mornings, not Fridays</source>
        <translation>p. ej. Por las mañanas, nunca los viernes</translation>
    </message>
    <message>
        <source>Takes part in the program</source>
        <translation>Participa en el programa</translation>
    </message>
    <message>
        <source>Program default</source>
        <translation>Valor predeterminado del programa</translation>
    </message>
    <message>
        <source>How many new recruits this person can buddy at once</source>
        <translation>Cuántas nuevas incorporaciones puede apadrinar esta persona a la vez</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Correo e&amp;lectrónico</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Departamento</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation>Fecha de &amp;incorporación</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Can &amp;teach</source>
        <translation>Puede &amp;enseñar</translation>
    </message>
    <message>
        <source>Wants to &amp;learn</source>
        <translation>Quiere &amp;aprender</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>Disponi&amp;bilidad</translation>
    </message>
    <message>
        <source>Buddy capacity</source>
        <translation>Capacidad como padrino</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this person (Enter)</source>
        <translation>Guardar esta persona (Intro)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Rever&amp;tir</translation>
    </message>
    <message>
        <source>Throw away the changes in this form</source>
        <translation>Descartar los cambios de este formulario</translation>
    </message>
    <message>
        <source>Participant details</source>
        <translation>Datos del participante</translation>
    </message>
    <message>
        <source>No manager in the program</source>
        <translation>Sin responsable en el programa</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>{name} (archived — unarchive to edit)</source>
        <translation>{name} (archivado: desarchívelo para editarlo)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Teaches</source>
        <translation>Enseña</translation>
    </message>
    <message>
        <source>Learns</source>
        <translation>Aprende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New recruit: under {new} months; seasoned: {seasoned} months or more</source>
        <translation>Nueva incorporación: menos de {new} meses; veterano: {seasoned} meses o más</translation>
    </message>
    <message>
        <source>Archived on {short_date}: {value}</source>
        <translation>Archivado el {short_date}: {value}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>No participa</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <source>Search names, emails, departments, skills…  (Ctrl+F)</source>
        <translation>Buscar nombres, correos, departamentos, habilidades…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Filtro de departamento</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Tenure filter</source>
        <translation>Filtro de antigüedad</translation>
    </message>
    <message>
        <source>All tenures</source>
        <translation>Cualquier antigüedad</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Edit the Selected Participant</source>
        <translation>Editar el participante seleccionado</translation>
    </message>
    <message>
        <source>&amp;Add Participant</source>
        <translation>&amp;Añadir participante</translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+Shift+N)</source>
        <translation>Añadir un participante (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Archi&amp;ve</source>
        <translation>Archi&amp;var</translation>
    </message>
    <message>
        <source>Archive the selected person (keeps their history)</source>
        <translation>Archivar a la persona seleccionada (conserva su historial)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected person, or archive them if they have history (Del)</source>
        <translation>Eliminar a la persona seleccionada, o archivarla si tiene historial (Supr)</translation>
    </message>
    <message>
        <source>&amp;Import People…</source>
        <translation>&amp;Importar personas…</translation>
    </message>
    <message>
        <source>Add or update participants from an HR export (.csv or .xlsx)</source>
        <translation>Añadir o actualizar participantes a partir de una exportación de RR. HH. (.csv o .xlsx)</translation>
    </message>
    <message>
        <source>Facilitators…</source>
        <translation>Facilitación…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No participants yet&lt;/h3&gt;&lt;p&gt;Import the staff list HR sent you (File &amp;gt; Import Participants), or add people one by one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay participantes&lt;/h3&gt;&lt;p&gt;Importe la lista de personal que le envió RR. HH. (Archivo &amp;gt; Importar participantes), o añada a las personas una a una.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add the first participant</source>
        <translation>Añadir el primer participante</translation>
    </message>
    <message>
        <source>Import the staff list…</source>
        <translation>Importar la lista de personal…</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;Desarchivar</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n person(s) shown</source>
        <translation>
            <numerusform>{shown} de %n persona mostradas</numerusform>
            <numerusform>{shown} de %n personas mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Añadir a {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Archivar a {name}</translation>
    </message>
    <message>
        <source>Unarchive {name}</source>
        <translation>Desarchivar a {name}</translation>
    </message>
    <message>
        <source>Archive instead?</source>
        <translation>¿Archivar en su lugar?</translation>
    </message>
    <message>
        <source>{name} already has history in this program (pairs, attendance or feedback), so they can&apos;t be deleted. Archive them instead? Their history stays.</source>
        <translation>{name} ya tiene historial en este programa (parejas, asistencia o feedback), así que no se puede eliminar. ¿Archivarlo en su lugar? Su historial se conserva.</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivar…</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar a {name}?</translation>
    </message>
    <message>
        <source>Delete {name} from the program? You can undo this with Edit &gt; Undo.</source>
        <translation>¿Eliminar a {name} del programa? Puede deshacerlo con Edición &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar a {name}</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>Import participants from {name}</source>
        <translation>Importar participantes de {name}</translation>
    </message>
    <message>
        <source>How each column is understood</source>
        <translation>Cómo se interpreta cada columna</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Vista previa de las filas</translation>
    </message>
    <message>
        <source>&amp;Day first (31/12)</source>
        <translation>&amp;Día primero (31/12)</translation>
    </message>
    <message>
        <source>&amp;Month first (12/31)</source>
        <translation>&amp;Mes primero (12/31)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Columns&lt;/b&gt; — change any that were not understood</source>
        <translation>&lt;b&gt;1. Columnas&lt;/b&gt;: cambie las que no se hayan interpretado</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Preview&lt;/b&gt; — every row of the file</source>
        <translation>&lt;b&gt;2. Vista previa&lt;/b&gt;: todas las filas del archivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. What will happen&lt;/b&gt;</source>
        <translation>&lt;b&gt;3. Qué va a pasar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>No se puede leer el archivo</translation>
    </message>
    <message>
        <source>for example 03/04/2024</source>
        <translation>por ejemplo 03/04/2024</translation>
    </message>
    <message>
        <source>The hire dates could be read day-first or month-first ({examples}). Which does the file use?</source>
        <translation>Las fechas de incorporación pueden leerse con el día primero o con el mes primero ({examples}). ¿Cuál usa el archivo?</translation>
    </message>
    <message>
        <source>Choose the date order above to see what will be imported.</source>
        <translation>Elija arriba el orden de las fechas para ver qué se importará.</translation>
    </message>
    <message>
        <source> Rows with problems are left out unless you fix the file and import again.</source>
        <translation> Las filas con problemas se omiten, salvo que corrija el archivo y vuelva a importarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Archive the %n person(s) no longer in the file ({names})</source>
        <translation>
            <numerusform>Archivar a la %n persona que ya no está en el archivo ({names})</numerusform>
            <numerusform>Archivar a las %n personas que ya no están en el archivo ({names})</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import {good}</source>
        <translation>&amp;Importar {good}</translation>
    </message>
    <message>
        <source>Import without the bad rows?</source>
        <translation>¿Importar sin las filas erróneas?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will not be imported. Import the other rows now?</source>
        <translation>
            <numerusform>%n fila tiene problemas y no se importará. ¿Importar ahora las demás filas?</numerusform>
            <numerusform>%n filas tienen problemas y no se importarán. ¿Importar ahora las demás filas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation>Importar las demás</translation>
    </message>
    <message>
        <source>Import {count} participants from {name}</source>
        <translation>Importar {count} participantes de {name}</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>La importación ha fallado</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation>No se ha importado nada: {exc}.</translation>
    </message>
    <message>
        <source>Writing participants…</source>
        <translation>Escribiendo participantes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing participants</source>
        <translation>Importando participantes</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} de {total}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>not in the program: a new participant</source>
        <translation>no está en el programa: un nuevo participante</translation>
    </message>
    <message>
        <source>not in the program: left out</source>
        <translation>no está en el programa: se omite</translation>
    </message>
    <message>
        <source>updates {what}</source>
        <translation>actualiza {what}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Type part of a name to narrow the list</source>
        <translation>Escriba parte de un nombre para acotar la lista</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Buscar en la lista</translation>
    </message>
    <message>
        <source>Nothing matches: erase some of what you typed.</source>
        <translation>No hay coincidencias: borre parte de lo que ha escrito.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Column {value}</source>
        <translation>Columna {value}</translation>
    </message>
    <message>
        <source>{heading}
(ignored)</source>
        <translation>{heading}
(ignorada)</translation>
    </message>
</context>
<context>
    <name>ProgramContext</name>
    <message>
        <source>This program is open read-only, so it cannot be changed here.</source>
        <translation>Este programa está abierto en modo de solo lectura, así que no se puede modificar aquí.</translation>
    </message>
    <message>
        <source>The program file {path} was moved or deleted while it was open, so this change was not saved. Use File &gt; Save a Copy As now to keep everything saved so far, then open that copy.</source>
        <translation>El archivo del programa {path} se ha movido o eliminado mientras estaba abierto, así que este cambio no se ha guardado. Use ahora Archivo &gt; Guardar una copia como para conservar todo lo guardado hasta ahora y después abra esa copia.</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Feedback questions</source>
        <translation>Preguntas de feedback</translation>
    </message>
    <message>
        <source>&amp;Add Question…</source>
        <translation>&amp;Añadir pregunta…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Psychological-safety items: {SAFETY_CITATION} Reverse-scored items are flipped before averaging.</source>
        <translation>Ítems de seguridad psicológica: {SAFETY_CITATION} Los ítems de puntuación invertida se invierten antes de calcular la media.</translation>
    </message>
    <message>
        <source>Double-click a question to change its words. A question with answers keeps its kind and scale; deactivate it and add a new one instead.</source>
        <translation>Haga doble clic en una pregunta para cambiar su texto. Una pregunta con respuestas conserva su tipo y su escala; desactívela y añada una nueva en su lugar.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Edit question “{text}”</source>
        <translation>Editar la pregunta «{text}»</translation>
    </message>
    <message>
        <source>Add question “{text}”</source>
        <translation>Añadir la pregunta «{text}»</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Mover pregunta</translation>
    </message>
    <message>
        <source>Activate question</source>
        <translation>Activar pregunta</translation>
    </message>
    <message>
        <source>Deactivate question</source>
        <translation>Desactivar pregunta</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Psychological safety</source>
        <translation>Seguridad psicológica</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Recommend (eNPS)</source>
        <translation>Recomendación (eNPS)</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>Skill confidence</source>
        <translation>Confianza en la habilidad</translation>
    </message>
    <message>
        <source>Yes, reverse-scored</source>
        <translation>Sí, puntuación invertida</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se pregunta</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Everyone in the cycle</source>
        <translation>Todos los del ciclo</translation>
    </message>
    <message>
        <source>Chosen pairs</source>
        <translation>Parejas elegidas</translation>
    </message>
    <message>
        <source>Chosen people</source>
        <translation>Personas elegidas</translation>
    </message>
    <message>
        <source>e.g. Kick-off</source>
        <translation>p. ej. Sesión inicial</translation>
    </message>
    <message>
        <source>What this session is about (shown in the invite)</source>
        <translation>De qué trata esta sesión (aparece en la invitación)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Termina a las</translation>
    </message>
    <message>
        <source>Where the session happens: a remote session can keep its own zone, and invitations carry it</source>
        <translation>Dónde se celebra la sesión: una sesión a distancia puede conservar su propia zona horaria, y las invitaciones la incluyen</translation>
    </message>
    <message>
        <source>A room, or a video link</source>
        <translation>Una sala, o un enlace de vídeo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Your own notes (not in the calendar invite)</source>
        <translation>Sus propias notas (no van en la invitación de calendario)</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Título *</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>Fec&amp;ha *</translation>
    </message>
    <message>
        <source>Sta&amp;rts *</source>
        <translation>&amp;Inicio *</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitación</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translation>In&amp;vitados</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this session (Enter, or Ctrl+Enter from the notes)</source>
        <translation>Guardar esta sesión (Intro, o Ctrl+Intro desde las notas)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation>Sin facilitación</translation>
    </message>
</context>
<context>
    <name>SessionPane</name>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Session pack, agenda, sign-in sheet and feedback forms as PDF</source>
        <translation>Dosier de la sesión, agenda, hoja de asistencia y cuestionarios de valoración en PDF</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendario (.ics)…</translation>
    </message>
    <message>
        <source>Save this session as a calendar invite</source>
        <translation>Guardar esta sesión como invitación de calendario</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>A copy of this session a week after the cycle&apos;s last one (Ctrl+D)</source>
        <translation>Una copia de esta sesión una semana después de la última del ciclo (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this session (you can undo)</source>
        <translation>Eliminar esta sesión (se puede deshacer)</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Datos de la sesión</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>A&amp;sistencia</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Empezar a partir de…</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Añadir punto</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>Añadir un punto después del seleccionado (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Quitar el punto seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message>
        <source>&amp;Present (P)</source>
        <translation>&amp;Presente (P)</translation>
    </message>
    <message>
        <source>A&amp;bsent (A)</source>
        <translation>Ause&amp;nte (A)</translation>
    </message>
    <message>
        <source>&amp;Excused (E)</source>
        <translation>&amp;Justificado (E)</translation>
    </message>
    <message>
        <source>Clear (Del)</source>
        <translation>Borrar (Supr)</translation>
    </message>
    <message>
        <source>Everyone else present</source>
        <translation>Todos los demás presentes</translation>
    </message>
    <message>
        <source>Mark everyone not marked yet as present</source>
        <translation>Marcar como presentes a todos los que aún no están marcados</translation>
    </message>
    <message>
        <source>Type P, A or E for each name as you read the sign-in sheet; the next name is selected each time.</source>
        <translation>Escriba P, A o E para cada nombre mientras lee la hoja de asistencia; cada vez se selecciona el nombre siguiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) invited</source>
        <translation>
            <numerusform>%n persona invitada</numerusform>
            <numerusform>%n personas invitadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Running total: {summary}</source>
        <translation>Total acumulado: {summary}</translation>
    </message>
    <message>
        <source>{n} present</source>
        <translation>{n} presentes</translation>
    </message>
    <message>
        <source>{n} absent</source>
        <translation>{n} ausentes</translation>
    </message>
    <message>
        <source>{n} excused</source>
        <translation>{n} justificados</translation>
    </message>
    <message>
        <source>{waiting} not marked</source>
        <translation>{waiting} sin marcar</translation>
    </message>
    <message>
        <source> — rate {percent}</source>
        <translation> — tasa {percent}</translation>
    </message>
    <message>
        <source>This session&apos;s feedback forms wait to join the figures: they join with the next forms typed or imported, when comparing the figures can no longer give them away.</source>
        <translation>Los cuestionarios de valoración de esta sesión esperan para entrar en las cifras: entran con los próximos cuestionarios tecleados o importados, cuando comparar las cifras ya no pueda revelarlos.</translation>
    </message>
    <message>
        <source>Edit session {title}</source>
        <translation>Editar la sesión {title}</translation>
    </message>
    <message>
        <source>Cannot invite them</source>
        <translation>No se puede invitarlos</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo punto</translation>
    </message>
    <message>
        <source>{name} ({total_minutes} min)</source>
        <translation>{name} ({total_minutes} min)</translation>
    </message>
    <message>
        <source>Copy the agenda of</source>
        <translation>Copiar la agenda de</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Editar plantillas…</translation>
    </message>
    <message>
        <source>Replace the agenda?</source>
        <translation>¿Sustituir la agenda?</translation>
    </message>
    <message>
        <source>Replace the {n_agenda} items of this agenda? You can undo this.</source>
        <translation>¿Sustituir los {n_agenda} puntos de esta agenda? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Agenda from template {name}</source>
        <translation>Agenda a partir de la plantilla {name}</translation>
    </message>
    <message>
        <source>Copy the agenda of {title}</source>
        <translation>Copiar la agenda de {title}</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Save template {name}</source>
        <translation>Guardar la plantilla {name}</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>justificado</translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {who} {what}</source>
        <translation>Marcar a {who} como {what}</translation>
    </message>
    <message>
        <source>Attendance not changed</source>
        <translation>Asistencia no cambiada</translation>
    </message>
    <message>
        <source>Feedback forms wait</source>
        <translation>Los cuestionarios de valoración esperan</translation>
    </message>
    <message>
        <source>Mark attendance for a future session?</source>
        <translation>¿Registrar la asistencia de una sesión futura?</translation>
    </message>
    <message>
        <source> Mark it anyway?</source>
        <translation> ¿Registrarla de todos modos?</translation>
    </message>
    <message>
        <source>Mark Attendance</source>
        <translation>Registrar asistencia</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Cycles and sessions</source>
        <translation>Ciclos y sesiones</translation>
    </message>
    <message>
        <source>Create the first cycle…</source>
        <translation>Crear el primer ciclo…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cycles yet&lt;/h3&gt;&lt;p&gt;A cycle is a period such as “Spring 2027” that holds its sessions, pairs and feedback. Create one, then plan its sessions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay ciclos&lt;/h3&gt;&lt;p&gt;Un ciclo es un periodo, como «Primavera 2027», que reúne sus sesiones, parejas y feedback. Cree uno y después planifique sus sesiones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open or create a program (File menu) to plan sessions.</source>
        <translation>Abra o cree un programa (menú Archivo) para planificar sesiones.</translation>
    </message>
    <message>
        <source>Choose a cycle or a session on the left.</source>
        <translation>Elija un ciclo o una sesión a la izquierda.</translation>
    </message>
    <message>
        <source>New &amp;Session…</source>
        <translation>Nueva &amp;sesión…</translation>
    </message>
    <message>
        <source>Plan a session, from a template or a copy</source>
        <translation>Planificar una sesión a partir de una plantilla o de una copia</translation>
    </message>
    <message>
        <source>New C&amp;ycle…</source>
        <translation>&amp;Nuevo ciclo…</translation>
    </message>
    <message>
        <source>Start a cycle such as “Summer 2027”</source>
        <translation>Empezar un ciclo, como «Verano 2027»</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>Du&amp;plicar</translation>
    </message>
    <message>
        <source>Duplicate the selected session or cycle</source>
        <translation>Duplicar la sesión o el ciclo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Rename Cycle…</source>
        <translation>&amp;Cambiar el nombre del ciclo…</translation>
    </message>
    <message>
        <source>Give the selected cycle a new name (you can undo)</source>
        <translation>Dar un nombre nuevo al ciclo seleccionado (se puede deshacer)</translation>
    </message>
    <message>
        <source>Delete the selected session or cycle (you can undo)</source>
        <translation>Eliminar la sesión o el ciclo seleccionado (se puede deshacer)</translation>
    </message>
    <message>
        <source>Calendar for This Sess&amp;ion (.ics)…</source>
        <translation>Calendario de esta &amp;sesión (.ics)…</translation>
    </message>
    <message>
        <source>Save the selected session as a calendar invite</source>
        <translation>Guardar la sesión seleccionada como invitación de calendario</translation>
    </message>
    <message>
        <source>Calendar for This C&amp;ycle (.ics)…</source>
        <translation>Calendario de este &amp;ciclo (.ics)…</translation>
    </message>
    <message>
        <source>Save every session of the cycle as calendar invites</source>
        <translation>Guardar todas las sesiones del ciclo como invitaciones de calendario</translation>
    </message>
    <message>
        <source>Agenda &amp;Templates…</source>
        <translation>Plantillas de &amp;agenda…</translation>
    </message>
    <message>
        <source>Edit the kick-off, regular and close-out agendas</source>
        <translation>Editar las agendas de la sesión inicial, las sesiones habituales y el cierre</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Aún no hay ciclos</translation>
    </message>
    <message>
        <source>Create a cycle first: sessions belong to a cycle.</source>
        <translation>Cree primero un ciclo: las sesiones pertenecen a un ciclo.</translation>
    </message>
    <message>
        <source>Duplicate {title}</source>
        <translation>Duplicar {title}</translation>
    </message>
    <message>
        <source>Duplicate cycle</source>
        <translation>Duplicar ciclo</translation>
    </message>
    <message>
        <source>Name of the new cycle:</source>
        <translation>Nombre del nuevo ciclo:</translation>
    </message>
    <message>
        <source>{name} (next)</source>
        <translation>{name} (siguiente)</translation>
    </message>
    <message>
        <source>Duplicate cycle {name}</source>
        <translation>Duplicar el ciclo {name}</translation>
    </message>
    <message>
        <source>Cannot duplicate the cycle</source>
        <translation>No se puede duplicar el ciclo</translation>
    </message>
    <message>
        <source>Postpone by a &amp;Week</source>
        <translation>Apla&amp;zar una semana</translation>
    </message>
    <message>
        <source>Move the selected session and the later ones of its cycle a week later (you can undo)</source>
        <translation>Aplazar una semana la sesión seleccionada y las posteriores de su ciclo (se puede deshacer)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source> and its attendance ({marked} marks)</source>
        <translation> y su asistencia ({marked} registros)</translation>
    </message>
    <message>
        <source>Its feedback forms stay in the cycle&apos;s figures, as forms of the cycle: taking them out would move the figures by just those forms.</source>
        <translation>Sus cuestionarios de valoración se quedan en las cifras del ciclo, como cuestionarios del ciclo: quitarlos movería las cifras justo por esos cuestionarios.</translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation>¿Eliminar la sesión?</translation>
    </message>
    <message>
        <source>Delete “{title}” of {weekday_date} with its agenda{extra}? You can undo this.</source>
        <translation>¿Eliminar «{title}» del {weekday_date} con su agenda{extra}? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete session {title}</source>
        <translation>Eliminar la sesión {title}</translation>
    </message>
    <message>
        <source>Session not deleted</source>
        <translation>Sesión no eliminada</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pareja</numerusform>
            <numerusform>%n parejas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s)</source>
        <translation>
            <numerusform>%n cuestionario de valoración</numerusform>
            <numerusform>%n cuestionarios de valoración</numerusform>
        </translation>
    </message>
    <message>
        <source>feedback forms</source>
        <translation>cuestionarios de valoración</translation>
    </message>
    <message>
        <source>Delete cycle?</source>
        <translation>¿Eliminar el ciclo?</translation>
    </message>
    <message>
        <source>Delete the cycle “{name}”{held}? You can undo this.</source>
        <translation>¿Eliminar el ciclo «{name}»{held}? Puede deshacerlo.</translation>
    </message>
    <message>
        <source> with its {held}</source>
        <translation> con sus {held}</translation>
    </message>
    <message>
        <source>Delete cycle {name}</source>
        <translation>Eliminar el ciclo {name}</translation>
    </message>
    <message>
        <source>Cycle not deleted</source>
        <translation>Ciclo no eliminado</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Guardar calendario</translation>
    </message>
    <message>
        <source>Cannot save the calendar</source>
        <translation>No se puede guardar el calendario</translation>
    </message>
    <message>
        <source>{path} could not be written: {strerror}. Choose another folder.</source>
        <translation>No se ha podido escribir {path}: {strerror}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Calendar saved</source>
        <translation>Calendario guardado</translation>
    </message>
    <message>
        <source>

Import the file into Outlook, Google Calendar or Thunderbird. Saving it again after a change updates the same events.</source>
        <translation>

Importe el archivo en Outlook, Google Calendar o Thunderbird. Si vuelve a guardarlo después de un cambio, se actualizan los mismos eventos.</translation>
    </message>
    <message numerus="yes">
        <source>Postpone {title} and %n later session(s) by a week</source>
        <translation>
            <numerusform>Aplazar {title} y %n sesión posterior una semana</numerusform>
            <numerusform>Aplazar {title} y %n sesiones posteriores una semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Postpone {title} by a week</source>
        <translation>Aplazar {title} una semana</translation>
    </message>
    <message>
        <source>Session not postponed</source>
        <translation>Sesión no aplazada</translation>
    </message>
    <message>
        <source>Rename cycle</source>
        <translation>Cambiar el nombre del ciclo</translation>
    </message>
    <message>
        <source>New name of the cycle “{name}”:</source>
        <translation>Nuevo nombre del ciclo «{name}»:</translation>
    </message>
    <message>
        <source>Rename cycle {old} to {new}</source>
        <translation>Cambiar el nombre del ciclo {old} a {new}</translation>
    </message>
    <message>
        <source>Cycle not renamed</source>
        <translation>No se ha cambiado el nombre del ciclo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Program settings</source>
        <translation>Configuración del programa</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Feedback is anonymous (recommended)</source>
        <translation>El feedback es anónimo (recomendado)</translation>
    </message>
    <message>
        <source>New sessions start in this zone; sessions already planned keep their own</source>
        <translation>Las nuevas sesiones empiezan en esta zona horaria; las ya planificadas conservan la suya</translation>
    </message>
    <message>
        <source>Program &amp;name</source>
        <translation>&amp;Nombre del programa</translation>
    </message>
    <message>
        <source>New recruit: under</source>
        <translation>Nueva incorporación: menos de</translation>
    </message>
    <message>
        <source>Seasoned: from</source>
        <translation>Veterano: desde</translation>
    </message>
    <message>
        <source>Recruits per &amp;buddy</source>
        <translation>Incorporaciones por &amp;padrino</translation>
    </message>
    <message>
        <source>Smallest group &amp;shown</source>
        <translation>Grupo más pequeño &amp;mostrado</translation>
    </message>
    <message>
        <source>Results from fewer responses than this show “too few responses”, so nobody&apos;s answers can be singled out. Never below 3</source>
        <translation>Los resultados con menos respuestas que este número muestran «respuestas insuficientes», para que no se puedan identificar las respuestas de nadie. Nunca por debajo de 3</translation>
    </message>
    <message>
        <source>; with anonymous feedback stored, never below {least}: figures read before and after lowering it could single an answer out.</source>
        <translation>; con feedback anónimo guardado, nunca por debajo de {least}: los valores leídos antes y después de bajarlo podrían identificar una respuesta.</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Documents in</source>
        <translation>&amp;Documentos en</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>&amp;Idioma de la ventana</translation>
    </message>
    <message>
        <source>As this computer ({language})</source>
        <translation>Como este ordenador ({language})</translation>
    </message>
    <message>
        <source>The window changes language the next time PeerDesk starts. This choice is kept on this computer, not in the program.</source>
        <translation>La ventana cambia de idioma la próxima vez que se inicie PeerDesk. Esta elección se guarda en este ordenador, no en el programa.</translation>
    </message>
    <message>
        <source>The language of everything printed and of the messages to participants, whatever the window&apos;s</source>
        <translation>El idioma de todo lo que se imprime y de los mensajes a los participantes, sea cual sea el de la ventana</translation>
    </message>
    <message>
        <source>“{text_typed}” is not a time zone; type a city and pick it from the list, e.g. Europe/Lisbon.</source>
        <translation>«{text_typed}» no es una zona horaria; escriba una ciudad y elíjala en la lista, p. ej. Europe/Madrid.</translation>
    </message>
    <message>
        <source>Make feedback named?</source>
        <translation>¿Hacer nominativo el feedback?</translation>
    </message>
    <message>
        <source>Participants were told their feedback is anonymous. From now on, forms will be stored with the respondent&apos;s name, and every view and report will say the feedback is not anonymous. Answers stored so far stay anonymous. The switch is logged in the program file.</source>
        <translation>A los participantes se les dijo que su feedback es anónimo. A partir de ahora, los cuestionarios se guardarán con el nombre de quien responde, y todas las vistas e informes indicarán que el feedback no es anónimo. Las respuestas guardadas hasta ahora siguen siendo anónimas. El cambio queda registrado en el archivo del programa.</translation>
    </message>
    <message>
        <source>Make feedback named</source>
        <translation>Hacer nominativo el feedback</translation>
    </message>
    <message>
        <source>Make feedback anonymous?</source>
        <translation>¿Hacer anónimo el feedback?</translation>
    </message>
    <message>
        <source>Every form stored so far loses its respondent&apos;s name, its date and any department filled in from the participant list, for good. Undo switches back to named feedback, but cannot give those names back. The switch is logged in the program file.</source>
        <translation>Cada cuestionario guardado hasta ahora pierde para siempre el nombre de quien respondió, su fecha y cualquier departamento tomado de la lista de participantes. Deshacer vuelve al feedback nominativo, pero no puede recuperar esos nombres. El cambio queda registrado en el archivo del programa.</translation>
    </message>
    <message>
        <source>Make feedback anonymous</source>
        <translation>Hacer anónimo el feedback</translation>
    </message>
    <message>
        <source>changed in Program settings</source>
        <translation>cambiado en la configuración del programa</translation>
    </message>
    <message>
        <source>Change program settings</source>
        <translation>Cambiar la configuración del programa</translation>
    </message>
</context>
<context>
    <name>SignatureModel</name>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
</context>
<context>
    <name>SkillsDialog</name>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>No skills yet. They come from the participants&apos; forms (“Can teach”, “Wants to learn”) or from File &gt; Import Intake.</source>
        <translation>Aún no hay habilidades. Proceden de las fichas de los participantes («Puede enseñar», «Quiere aprender») o de Archivo &gt; Importar inscripciones.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>&amp;Merge Selected…</source>
        <translation>&amp;Fusionar las seleccionadas…</translation>
    </message>
    <message>
        <source>&amp;Delete Unused</source>
        <translation>&amp;Eliminar las no usadas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Merge the &amp;Ticked Ones</source>
        <translation>Fusionar las &amp;marcadas</translation>
    </message>
    <message>
        <source>PeerDesk thinks these look like one skill ({n_proposed}). Tick the merges you want, choose the name to keep, then merge:</source>
        <translation>PeerDesk cree que estas parecen la misma habilidad ({n_proposed}). Marque las fusiones que quiera, elija el nombre que se conserva y después fusione:</translation>
    </message>
    <message>
        <source>No two skills look alike.</source>
        <translation>No hay dos habilidades parecidas.</translation>
    </message>
    <message>
        <source>Skills not changed</source>
        <translation>Habilidades no modificadas</translation>
    </message>
    <message>
        <source>Rename skill</source>
        <translation>Cambiar el nombre de la habilidad</translation>
    </message>
    <message>
        <source>New name for “{value}” (a name another skill has merges the two):</source>
        <translation>Nuevo nombre para «{value}» (un nombre que ya tenga otra habilidad fusiona las dos):</translation>
    </message>
    <message>
        <source>Rename skill {value} to {strip}</source>
        <translation>Cambiar el nombre de la habilidad {value} a {strip}</translation>
    </message>
    <message>
        <source>Merge skills</source>
        <translation>Fusionar habilidades</translation>
    </message>
    <message>
        <source>Make {n_names} skills one. Keep the name:</source>
        <translation>Convertir {n_names} habilidades en una. Conservar el nombre:</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegido por usted</translation>
    </message>
    <message>
        <source>Merge {join} into {into}</source>
        <translation>Fusionar {join} en {into}</translation>
    </message>
    <message>
        <source>Merge {n_merges} groups of skills</source>
        <translation>Fusionar {n_merges} grupos de habilidades</translation>
    </message>
    <message>
        <source>Skills not merged</source>
        <translation>Habilidades no fusionadas</translation>
    </message>
    <message>
        <source>Delete {n_names} unused skills</source>
        <translation>Eliminar {n_names} habilidades no usadas</translation>
    </message>
    <message>
        <source>Skill not deleted</source>
        <translation>Habilidad no eliminada</translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Pueden enseñar</translation>
    </message>
    <message>
        <source>Want to learn</source>
        <translation>Quieren aprender</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Codificación</translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation>Se&amp;parador</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>&amp;Hoja</translation>
    </message>
    <message>
        <source>Read as: &lt;b&gt;{describe}&lt;/b&gt;, {n_table} rows</source>
        <translation>Leído como: &lt;b&gt;{describe}&lt;/b&gt;, {n_table} filas</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>Go to: {rstrip}</source>
        <translation>Ir a: {rstrip}</translation>
    </message>
    <message>
        <source>Step {number}, {title}: {value}. {summary}</source>
        <translation>Paso {number}, {title}: {value}. {summary}</translation>
    </message>
    <message>
        <source>Details ({count})</source>
        <translation>Detalles ({count})</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>Redo not possible</source>
        <translation>No se puede rehacer</translation>
    </message>
    <message>
        <source>Undo not possible</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Undo not saved</source>
        <translation>Deshacer no guardado</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Plantillas de mensaje</translation>
    </message>
    <message>
        <source>Kinds of message</source>
        <translation>Tipos de mensaje</translation>
    </message>
    <message>
        <source>Placeholders: Enter inserts one</source>
        <translation>Marcadores: Intro inserta uno</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Restablecer el predeterminado</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Placeholders (double-click or Enter to insert; write {{ or }} for a brace):</source>
        <translation>Marcadores (doble clic o Intro para insertar; escriba {{ o }} para una llave):</translation>
    </message>
    <message>
        <source>Change message templates</source>
        <translation>Cambiar las plantillas de mensaje</translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation>Plantillas de agenda</translation>
    </message>
    <message>
        <source>N&amp;ew…</source>
        <translation>N&amp;ueva…</translation>
    </message>
    <message>
        <source>A new template, starting as a copy of the selected one</source>
        <translation>Una nueva plantilla, que empieza como copia de la seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Items of the template</source>
        <translation>Puntos de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Añadir punto</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>{total_minutes} min in all</source>
        <translation>{total_minutes} min en total</translation>
    </message>
    <message>
        <source>{text} (template {name})</source>
        <translation>{text} (plantilla {name})</translation>
    </message>
    <message>
        <source>Rename template {name}</source>
        <translation>Cambiar el nombre de la plantilla {name}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo punto</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Nombre de la nueva plantilla:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>New template {strip}</source>
        <translation>Nueva plantilla {strip}</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>¿Eliminar la plantilla?</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Sessions made from it keep their agendas. You can undo this.</source>
        <translation>¿Eliminar la plantilla «{name}»? Las sesiones creadas a partir de ella conservan sus agendas. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete template {name}</source>
        <translation>Eliminar la plantilla {name}</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
</context>
<context>
    <name>UnmatchedColumns</name>
    <message>
        <source>Columns that match no question</source>
        <translation>Columnas que no corresponden a ninguna pregunta</translation>
    </message>
    <message>
        <source>Their answers would be lost: say what each one is.</source>
        <translation>Sus respuestas se perderían: indique qué es cada una.</translation>
    </message>
    <message>
        <source>What “{value}” is</source>
        <translation>Qué es «{value}»</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texto libre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Add as a new question ({kind})</source>
        <translation>Añadir como nueva pregunta ({kind})</translation>
    </message>
    <message>
        <source>Leave out (its answers are not imported)</source>
        <translation>Omitir (sus respuestas no se importan)</translation>
    </message>
    <message>
        <source>Answers: {text}</source>
        <translation>Respuestas: {text}</translation>
    </message>
</context>
<context>
    <name>UnpairedModel</name>
    <message>
        <source>Not paired</source>
        <translation>Sin pareja</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Type a city, e.g. Lisbon</source>
        <translation>Escriba una ciudad, p. ej. Madrid</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>PeerDesk ran into a problem</source>
        <translation>PeerDesk ha encontrado un problema</translation>
    </message>
    <message>
        <source>Something went wrong: {exc}

Your saved work is safe: every change is saved as you make it. Details were written to:
{log_path}</source>
        <translation>Algo ha fallado: {exc}

Su trabajo guardado está a salvo: cada cambio se guarda en el momento en que lo hace. Los detalles se han escrito en:
{log_path}</translation>
    </message>
</context>
<context>
    <name>conduct</name>
    <message>
        <source>&amp;Code of Conduct…</source>
        <translation>&amp;Código de conducta…</translation>
    </message>
    <message>
        <source>Edit the code of conduct and tick who has signed it</source>
        <translation>Editar el código de conducta y marcar quién lo ha firmado</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <source>The disk is full, so this change was not saved. Free some space and try again; everything saved before is safe.</source>
        <translation>El disco está lleno, así que este cambio no se ha guardado. Libere espacio y vuelva a intentarlo; todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <source>The program file can no longer be written (the folder or file became read-only), so this change was not saved. Use File &gt; Save a Copy As to keep working in a folder you can write to.</source>
        <translation>Ya no se puede escribir en el archivo del programa (la carpeta o el archivo han pasado a ser de solo lectura), así que este cambio no se ha guardado. Use Archivo &gt; Guardar una copia como para seguir trabajando en una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>This change could not be saved ({exc}). Everything saved before is safe. Use File &gt; Save a Copy As to keep a copy.</source>
        <translation>Este cambio no se ha podido guardar ({exc}). Todo lo guardado antes está a salvo. Use Archivo &gt; Guardar una copia como para conservar una copia.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>PeerDesk programs (*.peerdesk);;All files (*)</source>
        <translation>Programas de PeerDesk (*.peerdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;CSV or text (*.csv *.txt *.tsv);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.txt *.tsv *.xlsx);;CSV o texto (*.csv *.txt *.tsv);;Libro de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV, se abre en Excel (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Archivos de calendario (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Forms exports and spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Exportaciones de formularios y hojas de cálculo (*.csv *.txt *.tsv *.xlsx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Session &amp;Pack (PDF)…</source>
        <translation>&amp;Dosier de la sesión (PDF)…</translation>
    </message>
    <message>
        <source>Cover, agenda, sign-in sheet, pairs, code of conduct and feedback forms in one PDF</source>
        <translation>Portada, agenda, hoja de asistencia, parejas, código de conducta y cuestionarios de valoración en un solo PDF</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet (PDF)…</source>
        <translation>&amp;Hoja de asistencia (PDF)…</translation>
    </message>
    <message>
        <source>The invited people with boxes to sign</source>
        <translation>Las personas invitadas, con casillas para firmar</translation>
    </message>
    <message>
        <source>&amp;Agenda (PDF)…</source>
        <translation>&amp;Agenda (PDF)…</translation>
    </message>
    <message>
        <source>The session&apos;s agenda with start times</source>
        <translation>La agenda de la sesión con las horas de inicio</translation>
    </message>
    <message>
        <source>Pairing &amp;List (PDF)…</source>
        <translation>&amp;Lista de parejas (PDF)…</translation>
    </message>
    <message>
        <source>Pairs and trios with their reasons, for you</source>
        <translation>Parejas y tríos con sus motivos, para usted</translation>
    </message>
    <message>
        <source>Pa&amp;rtner Slips (PDF)…</source>
        <translation>&amp;Tarjetas de pareja (PDF)…</translation>
    </message>
    <message>
        <source>One slip per participant naming their partner</source>
        <translation>Una tarjeta por participante con el nombre de su pareja</translation>
    </message>
    <message>
        <source>&amp;Feedback Form (PDF)…</source>
        <translation>Cuestionario de &amp;valoración (PDF)…</translation>
    </message>
    <message>
        <source>The feedback form to fill in by hand</source>
        <translation>El cuestionario de valoración para rellenar a mano</translation>
    </message>
    <message>
        <source>Code of Con&amp;duct Sheet (PDF)…</source>
        <translation>Hoja del código de co&amp;nducta (PDF)…</translation>
    </message>
    <message>
        <source>The code of conduct with lines to sign</source>
        <translation>El código de conducta con líneas para firmar</translation>
    </message>
    <message>
        <source>Saved {saved_path}</source>
        <translation>{saved_path} guardado</translation>
    </message>
</context>
<context>
    <name>feedback.entry_model</name>
    <message>
        <source>free text</source>
        <translation>texto libre</translation>
    </message>
    <message>
        <source>, reverse-scored</source>
        <translation>, puntuación invertida</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>Import &amp;Participants…</source>
        <translation>Importar &amp;participantes…</translation>
    </message>
    <message>
        <source>Add or update participants from an HR export (.csv or .xlsx)</source>
        <translation>Añadir o actualizar participantes a partir de una exportación de RR. HH. (.csv o .xlsx)</translation>
    </message>
    <message>
        <source>Import &amp;Feedback…</source>
        <translation>Importar &amp;feedback…</translation>
    </message>
    <message>
        <source>Bring in answers from Google Forms, Microsoft Forms or a CSV file</source>
        <translation>Traer respuestas de Google Forms, Microsoft Forms o un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Export Participants…</source>
        <translation>&amp;Exportar participantes…</translation>
    </message>
    <message>
        <source>Write the participants to a CSV or Excel file</source>
        <translation>Escribir los participantes en un archivo CSV o Excel</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} de {total}</translation>
    </message>
    <message>
        <source>{name} could not be read: {exc}.</source>
        <translation>No se ha podido leer {name}: {exc}.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>No se puede leer el archivo</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>Participants imported: {summary}.</source>
        <translation>Participantes importados: {summary}.</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Aún no hay sesiones</translation>
    </message>
    <message>
        <source>Feedback belongs to a session. Add the session on the Sessions tab first, then import its feedback.</source>
        <translation>El feedback pertenece a una sesión. Añada primero la sesión en la pestaña Sesiones y después importe su feedback.</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>Importar feedback</translation>
    </message>
    <message>
        <source>{n_ids} feedback responses imported.</source>
        <translation>{n_ids} respuestas de feedback importadas.</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Exportar participantes</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation>No se ha podido escribir {target}: {value}.</translation>
    </message>
    <message>
        <source>{count} participants written to {target}</source>
        <translation>{count} participantes escritos en {target}</translation>
    </message>
</context>
<context>
    <name>importing.feedback_dialog</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>S&amp;kills…</source>
        <translation>&amp;Habilidades…</translation>
    </message>
    <message>
        <source>Rename and merge skills; see how many can teach or want to learn each</source>
        <translation>Cambiar el nombre de las habilidades y fusionarlas; ver cuántos pueden enseñar o quieren aprender cada una</translation>
    </message>
    <message>
        <source>&amp;Intake Form…</source>
        <translation>Formulario de &amp;inscripción…</translation>
    </message>
    <message>
        <source>The questions to paste into Google or Microsoft Forms, the PDF form and the Excel template</source>
        <translation>Las preguntas para pegar en Google Forms o Microsoft Forms, el formulario en PDF y la plantilla de Excel</translation>
    </message>
    <message>
        <source>Import &amp;Intake…</source>
        <translation>Importar &amp;inscripciones…</translation>
    </message>
    <message>
        <source>Skills, capacity and availability from the participants&apos; own answers (Forms export, template or CSV)</source>
        <translation>Habilidades, capacidad y disponibilidad a partir de las propias respuestas de los participantes (exportación de Forms, plantilla o CSV)</translation>
    </message>
    <message>
        <source>Import intake answers</source>
        <translation>Importar inscripciones</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Intake imported: {summary}.</source>
        <translation>Inscripciones importadas: {summary}.</translation>
    </message>
    <message>
        <source>{name} could not be read: {exc}.</source>
        <translation>No se ha podido leer {name}: {exc}.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>No se puede leer el archivo</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
</context>
<context>
    <name>locale</name>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>&amp;Announce Pairs…</source>
        <translation>&amp;Anunciar las parejas…</translation>
    </message>
    <message>
        <source>Write one e-mail draft per person naming their partner, with the kick-off invitation attached</source>
        <translation>Escribir un borrador de correo por persona con el nombre de su pareja, con la invitación a la sesión inicial adjunta</translation>
    </message>
    <message>
        <source>&amp;Announce Session…</source>
        <translation>&amp;Anunciar la sesión…</translation>
    </message>
    <message>
        <source>Write one e-mail draft per invitee with the session&apos;s invitation, a reminder or a thank-you</source>
        <translation>Escribir un borrador de correo por invitado con la invitación a la sesión, un recordatorio o un agradecimiento</translation>
    </message>
    <message>
        <source>&amp;Message Templates…</source>
        <translation>Plantillas de &amp;mensaje…</translation>
    </message>
    <message>
        <source>Edit the words of the pairs, session, reminder and thank-you messages</source>
        <translation>Editar el texto de los mensajes de parejas, sesión, recordatorio y agradecimiento</translation>
    </message>
</context>
<context>
    <name>participants.form</name>
    <message>
        <source>“{part}” has no skill name.</source>
        <translation>«{part}» no tiene nombre de habilidad.</translation>
    </message>
    <message>
        <source>The level of {name} must be 1, 2 or 3.</source>
        <translation>El nivel de {name} debe ser 1, 2 o 3.</translation>
    </message>
</context>
<context>
    <name>participants.model</name>
    <message>
        <source>Left the company</source>
        <translation>Ha dejado la empresa</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>No participa</translation>
    </message>
</context>
<context>
    <name>sessions.edits</name>
    <message>
        <source>Undo not done</source>
        <translation>No se deshizo</translation>
    </message>
    <message>
        <source>Change who is invited</source>
        <translation>Cambiar quién está invitado</translation>
    </message>
</context>
</TS>
