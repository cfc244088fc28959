<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AckModel</name>
    <message>
        <source>{name} (no longer taking part)</source>
        <translation>{name} (já não participa)</translation>
    </message>
    <message>
        <source>Ticked: has signed this version</source>
        <translation>Assinalado: assinou esta versão</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Ainda não assinou</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Start</source>
        <translation>Início</translation>
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
        <translation>Responsável</translation>
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
        <translation>Editar o ponto da agenda «{title}»</translation>
    </message>
    <message>
        <source>Add agenda item “{title}”</source>
        <translation>Adicionar o ponto da agenda «{title}»</translation>
    </message>
    <message>
        <source>Remove agenda item “{title}”</source>
        <translation>Remover o ponto da agenda «{title}»</translation>
    </message>
    <message>
        <source>Move agenda item “{title}”</source>
        <translation>Mover o ponto da agenda «{title}»</translation>
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
        <translation>Para &amp;cima</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Para &amp;baixo</translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation>&amp;Remover ponto</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>&amp;Adicionar ponto</translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <source>Announce Pairs</source>
        <translation>Anunciar os pares</translation>
    </message>
    <message>
        <source>Announce Session</source>
        <translation>Anunciar a sessão</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sessão:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Pré-visualização da mensagem</translation>
    </message>
    <message>
        <source>Preview (as the draft will open in your mail client):</source>
        <translation>Pré-visualização (tal como o rascunho abrirá no seu programa de e-mail):</translation>
    </message>
    <message>
        <source>Print Partner S&amp;lips…</source>
        <translation>Imprimir &amp;talões de par…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Also write a mail-merge &amp;CSV (to, subject, body)</source>
        <translation>Escrever também um &amp;CSV para impressão em série (para, assunto, texto)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>P&amp;asta:</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <source>&amp;Write Drafts</source>
        <translation>&amp;Escrever rascunhos</translation>
    </message>
    <message>
        <source>Edit &amp;Templates…</source>
        <translation>Editar m&amp;odelos…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>ainda sem data</translation>
    </message>
    <message>
        <source>This program has no cycle yet. Make one with Program &gt; New Cycle, add its sessions and pairs, then announce them.</source>
        <translation>Este programa ainda não tem nenhum ciclo. Crie um em Programa &gt; Novo ciclo, adicione as sessões e os pares e, depois, anuncie-os.</translation>
    </message>
    <message>
        <source>Go to &amp;Pairings</source>
        <translation>Ir para &amp;Pares</translation>
    </message>
    <message>
        <source>Go to &amp;Sessions</source>
        <translation>Ir para &amp;Sessões</translation>
    </message>
    <message>
        <source>{cycle} - pairs</source>
        <translation>{cycle} - pares</translation>
    </message>
    <message>
        <source>PeerDesk messages</source>
        <translation>Mensagens do PeerDesk</translation>
    </message>
    <message>
        <source>{name} — no draft: {why}</source>
        <translation>{name} — sem rascunho: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) to write</source>
        <translation>
            <numerusform>%n rascunho por escrever</numerusform>
            <numerusform>%n rascunhos por escrever</numerusform>
        </translation>
    </message>
    <message>
        <source>, {n_without_email} without e-mail</source>
        <translation>, {n_without_email} sem e-mail</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
    <message>
        <source>Choose the folder for the drafts first.</source>
        <translation>Escolha primeiro a pasta para os rascunhos.</translation>
    </message>
    <message>
        <source>Drafts not written</source>
        <translation>Rascunhos não escritos</translation>
    </message>
    <message>
        <source>The folder {parent} cannot be made: {value}.</source>
        <translation>Não é possível criar a pasta {parent}: {value}.</translation>
    </message>
    <message>
        <source>The drafts could not be written: {exc}. Nothing was written.</source>
        <translation>Não foi possível escrever os rascunhos: {exc}. Nada foi escrito.</translation>
    </message>
    <message>
        <source>Writing the drafts</source>
        <translation>A escrever os rascunhos</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Pasta para os rascunhos</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive {name}</source>
        <translation>Arquivar {name}</translation>
    </message>
    <message>
        <source>e.g. Left the company, on parental leave</source>
        <translation>p. ex. Saiu da empresa, em licença parental</translation>
    </message>
    <message>
        <source>Has left the company (counts for retention)</source>
        <translation>Saiu da empresa (conta para a retenção)</translation>
    </message>
    <message>
        <source>{name} will be hidden from new pairings and sessions. Their history stays, and you can unarchive them.</source>
        <translation>{name} deixa de aparecer em novos pares e sessões. O histórico mantém-se e pode desarquivar a pessoa mais tarde.</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Rate this cycle</source>
        <translation>Taxa neste ciclo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
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
        <translation>Faltou duas vezes seguidas</translation>
    </message>
    <message>
        <source>P present · A absent · E excused · Space next · Del clear</source>
        <translation>P presente · A ausente · E justificado · Espaço seguinte · Del limpar</translation>
    </message>
    <message>
        <source>{present} present, {absent} absent, {excused} excused in this cycle (excused absences do not count against the rate)</source>
        <translation>{present} presentes, {absent} ausentes, {excused} justificados neste ciclo (as faltas justificadas não contam para a taxa)</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Mark with the keyboard: P present, A absent, E excused, Space to cycle, Del to clear; the next person is selected.</source>
        <translation>Marque com o teclado: P presente, A ausente, E justificado, Espaço para alternar, Del para limpar; a pessoa seguinte fica selecionada.</translation>
    </message>
</context>
<context>
    <name>ChartWorker</name>
    <message>
        <source>the chart worker stopped</source>
        <translation>o processo dos gráficos parou</translation>
    </message>
    <message>
        <source>the picture could not be read ({error})</source>
        <translation>não foi possível ler a imagem ({error})</translation>
    </message>
    <message>
        <source>the chart worker gave no answer</source>
        <translation>o processo dos gráficos não respondeu</translation>
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
        <translation>Painel: todos os gráficos</translation>
    </message>
    <message>
        <source>Cycles shown</source>
        <translation>Ciclos apresentados</translation>
    </message>
    <message>
        <source>This cycle, session by session</source>
        <translation>Este ciclo, sessão a sessão</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>Todos os ciclos</translation>
    </message>
    <message>
        <source>Department shown</source>
        <translation>Departamento apresentado</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos os departamentos</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Guardar este gráfico em PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>The charts appear here.</source>
        <translation>Os gráficos aparecem aqui.</translation>
    </message>
    <message>
        <source>Chart picture</source>
        <translation>Imagem do gráfico</translation>
    </message>
    <message>
        <source>Open or create a program to see its charts.</source>
        <translation>Abra ou crie um programa para ver os respetivos gráficos.</translation>
    </message>
    <message>
        <source>Saving the chart as {name}…</source>
        <translation>A guardar o gráfico como {name}…</translation>
    </message>
    <message>
        <source>Drawing the dashboard…</source>
        <translation>A desenhar o painel…</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>A desenhar o gráfico…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>A desenhar os gráficos…</translation>
    </message>
    <message>
        <source>Feedback in this program is NOT anonymous. </source>
        <translation>O feedback neste programa NÃO é anónimo. </translation>
    </message>
    <message>
        <source>Figures resting on fewer than {min_group_size} responses show “too few responses”, and so do figures that would let one be worked out by subtraction, so nobody&apos;s answer can be singled out. Department figures are per cycle.</source>
        <translation>Os valores assentes em menos de {min_group_size} respostas mostram «respostas insuficientes», tal como os valores que permitiriam deduzir uma resposta por subtração, para que a resposta de ninguém possa ser identificada. Os valores por departamento são por ciclo.</translation>
    </message>
    <message>
        <source>The chart could not be drawn. Change a filter or reopen the program to try again.</source>
        <translation>Não foi possível desenhar o gráfico. Altere um filtro ou volte a abrir o programa para tentar de novo.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Gráfico não guardado</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation>Não foi possível escrever {target}: {value}.</translation>
    </message>
    <message>
        <source>Chart saved</source>
        <translation>Gráfico guardado</translation>
    </message>
    <message>
        <source>The chart was saved as {target}.</source>
        <translation>O gráfico foi guardado como {target}.</translation>
    </message>
</context>
<context>
    <name>ClosingRow</name>
    <message>
        <source>Close Feedback</source>
        <translation>Fechar feedback</translation>
    </message>
    <message>
        <source>All of this session&apos;s forms, typed or imported, join the figures together; after that the session takes no more forms (Edit &gt; Undo reopens it)</source>
        <translation>Todos os questionários desta sessão, digitados ou importados, entram juntos nos valores; depois a sessão não aceita mais questionários (Editar &gt; Anular reabre-a)</translation>
    </message>
    <message>
        <source>Go to an Open Session</source>
        <translation>Ir para uma sessão aberta</translation>
    </message>
    <message>
        <source>To type more forms, pick a session whose feedback is open, such as {title}.</source>
        <translation>Para escrever mais formulários, escolha uma sessão cujo feedback esteja aberto, como {title}.</translation>
    </message>
    <message>
        <source>Show {title}, whose feedback is open</source>
        <translation>Mostrar {title}, cujo feedback está aberto</translation>
    </message>
    <message>
        <source>No session of this cycle takes forms now.</source>
        <translation>Nenhuma sessão deste ciclo aceita formulários agora.</translation>
    </message>
    <message>
        <source>Feedback closed: it takes no more forms. Forms of this session are kept out of every figure: the rule held them back.</source>
        <translation>Feedback fechado: não aceita mais questionários. Questionários desta sessão ficam fora de todos os números: a regra reteve-os.</translation>
    </message>
    <message>
        <source>Feedback closed: this session&apos;s forms have joined the figures, and it takes no more forms.</source>
        <translation>Feedback fechado: os questionários desta sessão entraram nos valores, e ela não aceita mais questionários.</translation>
    </message>
    <message>
        <source>Feedback reopened by Undo: close it again to let the same forms join; it takes no new forms.</source>
        <translation>Feedback reaberto por Anular: feche-o de novo para que os mesmos questionários entrem; não aceita questionários novos.</translation>
    </message>
    <message>
        <source>Feedback open: its forms wait, counted in no figure, until you close the session&apos;s feedback.</source>
        <translation>Feedback aberto: os questionários esperam, sem contar em nenhum valor, até fechar o feedback da sessão.</translation>
    </message>
    <message>
        <source>Looking for the departments the forms can keep…</source>
        <translation>A procurar os departamentos que os questionários podem manter…</translation>
    </message>
    <message numerus="yes">
        <source>The departments written on some of these forms split them into groups too small to add to the figures apart. If the departments on %n form(s) are left out ({left_out}), all the forms can join now, those counted for all departments together.</source>
        <translation>
            <numerusform>Os departamentos escritos em alguns destes questionários dividem-nos em grupos pequenos demais para entrarem à parte nos números. Se os departamentos de %n questionário ficarem de fora ({left_out}), todos os questionários podem entrar já, esses contados para todos os departamentos juntos.</numerusform>
            <numerusform>Os departamentos escritos em alguns destes questionários dividem-nos em grupos pequenos demais para entrarem à parte nos números. Se os departamentos de %n questionários ficarem de fora ({left_out}), todos os questionários podem entrar já, esses contados para todos os departamentos juntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The others keep their departments ({kept}).</source>
        <translation>Os outros mantêm os departamentos ({kept}).</translation>
    </message>
    <message>
        <source>Edit &gt; Undo gives them back.</source>
        <translation>Editar &gt; Anular devolve-os.</translation>
    </message>
    <message>
        <source>Close without some departments?</source>
        <translation>Fechar sem alguns departamentos?</translation>
    </message>
    <message>
        <source>Leave Them Out and Close</source>
        <translation>Deixá-los de fora e fechar</translation>
    </message>
    <message>
        <source>Close and keep these forms out?</source>
        <translation>Fechar e deixar estes questionários de fora?</translation>
    </message>
    <message>
        <source>If no more forms will come for this session, close it now: its forms are kept, but out of every figure. The session then takes no more forms; Edit &gt; Undo opens it again. If more forms will come, keep typing: they join once there are enough.</source>
        <translation>Se não vierem mais questionários para esta sessão, feche-a agora: os seus questionários ficam guardados, mas fora de todos os números. A sessão deixa de aceitar questionários; Editar &gt; Anular volta a abri-la. Se vierem mais, continue a escrever: entram quando forem suficientes.</translation>
    </message>
    <message>
        <source>Close and Keep Them Out</source>
        <translation>Fechar e deixá-los de fora</translation>
    </message>
</context>
<context>
    <name>ConductDialog</name>
    <message>
        <source>Code of Conduct</source>
        <translation>Código de conduta</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versão:</translation>
    </message>
    <message>
        <source>Text of the code of conduct</source>
        <translation>Texto do código de conduta</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>&amp;Guardar como nova versão</translation>
    </message>
    <message>
        <source>Save the changed text as a new version; everyone is then asked to sign it (Ctrl+S)</source>
        <translation>Guardar o texto alterado como nova versão; todos serão depois convidados a assiná-la (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Descartar alterações</translation>
    </message>
    <message>
        <source>&amp;Print Sheet…</source>
        <translation>&amp;Imprimir folha…</translation>
    </message>
    <message>
        <source>The code of conduct as a PDF with lines to sign</source>
        <translation>O código de conduta em PDF, com linhas para assinar</translation>
    </message>
    <message>
        <source>Who has signed</source>
        <translation>Quem assinou</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Procurar pessoas</translation>
    </message>
    <message>
        <source>Find a person or department</source>
        <translation>Procurar uma pessoa ou um departamento</translation>
    </message>
    <message>
        <source>Only who has &amp;not signed</source>
        <translation>Só quem &amp;não assinou</translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Signed</source>
        <translation>&amp;Marcar seleção como assinada</translation>
    </message>
    <message>
        <source>Mark as Not Si&amp;gned</source>
        <translation>Marcar como não a&amp;ssinada</translation>
    </message>
    <message>
        <source>Go to Participants</source>
        <translation>Ir para Participantes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nobody to sign yet&lt;/h3&gt;&lt;p&gt;Everyone taking part signs the code of conduct. Add participants on the Participants tab (or import them), then tick here who has signed the paper sheet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ainda ninguém para assinar&lt;/h3&gt;&lt;p&gt;Todos os participantes assinam o código de conduta. Adicione participantes no separador Participantes (ou importe-os) e, depois, assinale aqui quem assinou a folha em papel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version {version}{made}{current}</source>
        <translation>Versão {version}{made}{current}</translation>
    </message>
    <message>
        <source>There is no code of conduct yet: write one and save it.</source>
        <translation>Ainda não existe código de conduta: escreva um e guarde-o.</translation>
    </message>
    <message>
        <source>Edit the text and save: a change makes a new version for everyone to sign.</source>
        <translation>Edite o texto e guarde: cada alteração cria uma nova versão para todos assinarem.</translation>
    </message>
    <message>
        <source>An earlier version, kept with its signatures. Version {version} is current.</source>
        <translation>Uma versão anterior, guardada com as respetivas assinaturas. A versão atual é a {version}.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>a versão {version}</translation>
    </message>
    <message>
        <source>the code of conduct</source>
        <translation>o código de conduta</translation>
    </message>
    <message>
        <source>{signed} of {expected} people have signed {which}.</source>
        <translation>{signed} de {expected} pessoas assinaram {which}.</translation>
    </message>
    <message>
        <source> {value} have not.</source>
        <translation> {value} ainda não.</translation>
    </message>
    <message>
        <source>Change Code of Conduct</source>
        <translation>Alterar o código de conduta</translation>
    </message>
    <message>
        <source>Cannot save the code of conduct</source>
        <translation>Não é possível guardar o código de conduta</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {who} as Signed</source>
        <translation>Marcar {who} como assinado</translation>
    </message>
    <message>
        <source>Mark {who} as Not Signed</source>
        <translation>Marcar {who} como não assinado</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>New cycle</source>
        <translation>Novo ciclo</translation>
    </message>
    <message>
        <source>e.g. Spring 2027</source>
        <translation>p. ex. Primavera 2027</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fim</translation>
    </message>
    <message>
        <source>New cycle {name}</source>
        <translation>Novo ciclo {name}</translation>
    </message>
</context>
<context>
    <name>CyclePane</name>
    <message>
        <source>New session…</source>
        <translation>Nova sessão…</translation>
    </message>
    <message>
        <source>Add a session to this cycle</source>
        <translation>Adicionar uma sessão a este ciclo</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendário (.ics)…</translation>
    </message>
    <message>
        <source>Save all the cycle&apos;s sessions as calendar invites</source>
        <translation>Guardar todas as sessões do ciclo como convites de calendário</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>A new cycle with the same sessions, moved to new dates</source>
        <translation>Um novo ciclo com as mesmas sessões, em novas datas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this cycle (you can undo)</source>
        <translation>Eliminar este ciclo (pode anular)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nome *</translation>
    </message>
    <message>
        <source>Sta&amp;rts</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fim</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Sessions of the cycle</source>
        <translation>Sessões do ciclo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
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
        <translation>Taxa</translation>
    </message>
    <message>
        <source>Follow up with</source>
        <translation>Acompanhar</translation>
    </message>
    <message>
        <source>No sessions in this cycle yet.</source>
        <translation>Ainda não há sessões neste ciclo.</translation>
    </message>
    <message>
        <source>Add the first session…</source>
        <translation>Adicionar a primeira sessão…</translation>
    </message>
    <message>
        <source>Follow up with (missed two sessions in a row, unexcused):</source>
        <translation>Acompanhar (faltaram a duas sessões seguidas sem justificação):</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>não registada</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), attendance taken at {taken}. Attendance this cycle: {rate} ({present} present, {absent} absent, {excused} excused; excused absences do not count against the rate).</source>
        <translation>
            <numerusform>%n sessão, presenças registadas em {taken}. Presença neste ciclo: {rate} ({present} presentes, {absent} ausentes, {excused} justificados; as faltas justificadas não contam para a taxa).</numerusform>
            <numerusform>%n sessões, presenças registadas em {taken}. Presença neste ciclo: {rate} ({present} presentes, {absent} ausentes, {excused} justificados; as faltas justificadas não contam para a taxa).</numerusform>
        </translation>
    </message>
    <message>
        <source>{get} — missed {missed}</source>
        <translation>{get} — faltou a {missed}</translation>
    </message>
    <message>
        <source>Nobody: no one missed two sessions in a row.</source>
        <translation>Ninguém: ninguém faltou a duas sessões seguidas.</translation>
    </message>
    <message>
        <source>Edit cycle {name}</source>
        <translation>Editar o ciclo {name}</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Feedback forms, one row per form</source>
        <translation>Questionários de feedback, uma linha por questionário</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The document could not be made: {exc}</source>
        <translation>Não foi possível criar o documento: {exc}</translation>
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
        <translation>Cópias do questionário de feedback e da folha do código de conduta (por exemplo, uma por participante)</translation>
    </message>
    <message>
        <source>Split the sign-in sheet by initial (A–K, L–Z) for that many tables at the door</source>
        <translation>Dividir a folha de presenças pela inicial (A–K, L–Z), para esse número de mesas à entrada</translation>
    </message>
    <message>
        <source>Large print, for the wall</source>
        <translation>Letra grande, para afixar na parede</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sessão:</translation>
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
        <translation>Cópias dos &amp;questionários:</translation>
    </message>
    <message>
        <source>Sign-in s&amp;heets:</source>
        <translation>&amp;Folhas de presenças:</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;Open in PDF Viewer</source>
        <translation>&amp;Abrir no leitor de PDF</translation>
    </message>
    <message>
        <source>Open the document in your PDF viewer to print it</source>
        <translation>Abrir o documento no seu leitor de PDF para o imprimir</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>A preparar as páginas…</translation>
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
        <translation> Não é possível desenhar as páginas aqui: use «Abrir no leitor de PDF» para as ver.</translation>
    </message>
    <message>
        <source> The preview shows the first {n_images}.</source>
        <translation> A pré-visualização mostra as primeiras {n_images}.</translation>
    </message>
    <message>
        <source> Saving records that this session&apos;s sign-in sheet was printed.</source>
        <translation> Ao guardar, fica registado que a folha de presenças desta sessão foi impressa.</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Não é possível guardar o PDF</translation>
    </message>
    <message>
        <source>{path} could not be written: {value}.</source>
        <translation>Não foi possível escrever {path}: {value}.</translation>
    </message>
    <message>
        <source>Print Sign-in Sheet</source>
        <translation>Imprimir folha de presenças</translation>
    </message>
    <message>
        <source>Save {lower}</source>
        <translation>Guardar {lower}</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Nenhum leitor de PDF</translation>
    </message>
    <message>
        <source>No program opened the PDF. It is saved at {target}.</source>
        <translation>Nenhum programa abriu o PDF. Está guardado em {target}.</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>Facilitators</source>
        <translation>Facilitação</translation>
    </message>
    <message>
        <source>A facilitator guides the sessions and keeps them productive without owning the content. Choose someone with no authority over any participant, so people feel safe to say what they don&apos;t know.</source>
        <translation>Quem facilita orienta as sessões e mantém-nas produtivas, sem ser dono dos conteúdos. Escolha alguém sem autoridade sobre nenhum participante, para que todos se sintam à vontade para dizer o que não sabem.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>or an outside person&apos;s name</source>
        <translation>ou o nome de uma pessoa externa</translation>
    </message>
    <message>
        <source>their email</source>
        <translation>o e-mail da pessoa</translation>
    </message>
    <message>
        <source>&amp;Appoint</source>
        <translation>&amp;Nomear</translation>
    </message>
    <message>
        <source>Appoint a facilitator</source>
        <translation>Nomear quem facilita</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Participante</translation>
    </message>
    <message>
        <source>&amp;Outside person</source>
        <translation>Pessoa &amp;externa</translation>
    </message>
    <message>
        <source>outside person</source>
        <translation>pessoa externa</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>No facilitator yet: appoint one below.</source>
        <translation>Ainda ninguém facilita: nomeie alguém abaixo.</translation>
    </message>
    <message>
        <source>— choose a participant —</source>
        <translation>— escolha um participante —</translation>
    </message>
    <message>
        <source>✓ Manages nobody in the program: a neutral choice.</source>
        <translation>✓ Não chefia ninguém no programa: uma escolha neutra.</translation>
    </message>
    <message>
        <source>Appoint {value}</source>
        <translation>Nomear {value}</translation>
    </message>
    <message>
        <source>Remove facilitator {name}</source>
        <translation>Retirar {name} da facilitação</translation>
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
        <translation>Sessão</translation>
    </message>
    <message>
        <source>How each column is understood</source>
        <translation>Como é interpretada cada coluna</translation>
    </message>
    <message>
        <source>Keep the session&apos;s feedback open</source>
        <translation>Manter aberto o feedback da sessão</translation>
    </message>
    <message>
        <source>Unticked, the import closes the session&apos;s feedback: all its forms, typed or imported, join the figures together, and the session takes no more forms. Tick it when more forms for this session are still to come.</source>
        <translation>Sem marcar, a importação fecha o feedback da sessão: todos os seus questionários, digitados ou importados, entram juntos nos valores, e a sessão não aceita mais questionários. Marque-o quando ainda faltarem questionários desta sessão.</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Pré-visualização das linhas</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problemas e notas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Reconhecido como</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Não é possível ler o ficheiro</translation>
    </message>
    <message>
        <source>This program has no sessions yet: add the session on the Sessions tab first, then import its feedback.</source>
        <translation>Este programa ainda não tem sessões: adicione primeiro a sessão no separador Sessões e, depois, importe o respetivo feedback.</translation>
    </message>
    <message>
        <source>This program&apos;s feedback is anonymous: names, emails, times and anything else in the file that could tell who answered are not read and not stored.</source>
        <translation>O feedback deste programa é anónimo: nomes, e-mails, horas e tudo o mais no ficheiro que possa revelar quem respondeu não é lido nem guardado.</translation>
    </message>
    <message>
        <source>Respondents are linked to participants by their email.</source>
        <translation>Os inquiridos são associados aos participantes pelo e-mail.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nada para importar.</translation>
    </message>
    <message>
        <source> First say what each column below is.</source>
        <translation> Indique primeiro o que é cada coluna abaixo.</translation>
    </message>
    <message>
        <source>Import without the bad rows?</source>
        <translation>Importar sem as linhas com erros?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have answers that do not fit the questions and will not be imported. Import the other responses now?</source>
        <translation>
            <numerusform>%n linha tem respostas que não correspondem às perguntas e não será importada. Importar já as restantes respostas?</numerusform>
            <numerusform>%n linhas têm respostas que não correspondem às perguntas e não serão importadas. Importar já as restantes respostas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation>Importar as restantes</translation>
    </message>
    <message>
        <source>Import these answers?</source>
        <translation>Importar estas respostas?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importar mesmo assim</translation>
    </message>
    <message>
        <source>Import {n_responses} feedback responses from {name}</source>
        <translation>Importar {n_responses} respostas de feedback de {name}</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>Ainda não importado</translation>
    </message>
    <message>
        <source>Leave Them Out and Import</source>
        <translation>Deixá-los de fora e importar</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>A importação falhou</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation>Nada foi importado: {exc}.</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Feedback &amp;Questions…</source>
        <translation>&amp;Perguntas de feedback…</translation>
    </message>
    <message>
        <source>Add, edit, reorder or deactivate the feedback questions</source>
        <translation>Adicionar, editar, reordenar ou desativar as perguntas de feedback</translation>
    </message>
    <message>
        <source>&amp;Cycle Report…</source>
        <translation>&amp;Relatório do ciclo…</translation>
    </message>
    <message>
        <source>The cycle report for management, as a PDF</source>
        <translation>O relatório do ciclo para a direção, em PDF</translation>
    </message>
    <message>
        <source>The session whose paper forms you are typing in</source>
        <translation>A sessão cujos questionários em papel está a introduzir</translation>
    </message>
    <message>
        <source>Delete Form</source>
        <translation>Eliminar questionário</translation>
    </message>
    <message>
        <source>Delete the selected forms (Del); Edit &gt; Undo brings them back</source>
        <translation>Eliminar os questionários selecionados (Del); Editar &gt; Anular repõe-nos</translation>
    </message>
    <message>
        <source>Show Comments</source>
        <translation>Mostrar comentários</translation>
    </message>
    <message>
        <source>The cycle&apos;s written comments: for you, the facilitator, only. They never appear in participants&apos; handouts.</source>
        <translation>Os comentários escritos do ciclo: só para si, que facilita. Nunca aparecem nos documentos entregues aos participantes.</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>a seguir</translation>
    </message>
    <message>
        <source>Close the session&apos;s feedback, its forms kept out</source>
        <translation>Fechar o feedback da sessão, com os questionários de fora</translation>
    </message>
    <message>
        <source>Close the session&apos;s feedback without some departments</source>
        <translation>Fechar o feedback da sessão sem alguns departamentos</translation>
    </message>
    <message>
        <source>Close the session&apos;s feedback</source>
        <translation>Fechar o feedback da sessão</translation>
    </message>
    <message>
        <source>Select a comment that names someone and hide it before the report (Del)</source>
        <translation>Selecione um comentário que identifique alguém e oculte-o antes do relatório (Del)</translation>
    </message>
    <message>
        <source>Hide Comment</source>
        <translation>Ocultar comentário</translation>
    </message>
    <message>
        <source>Leave the selected comment out of every view and report (Edit &gt; Undo brings it back)</source>
        <translation>Excluir o comentário selecionado de todas as vistas e relatórios (Editar &gt; Anular repõe-no)</translation>
    </message>
    <message>
        <source>Show Hidden Comments Again</source>
        <translation>Voltar a mostrar os comentários ocultos</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sessão:</translation>
    </message>
    <message>
        <source>Set Up the Feedback Questions…</source>
        <translation>Configurar as perguntas de feedback…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No sessions to collect feedback from yet&lt;/h3&gt;&lt;p&gt;Plan the cycle&apos;s sessions on the Sessions tab; their paper forms are typed in here afterwards. Meanwhile you can set up the questions the forms will ask.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ainda não há sessões para recolher feedback&lt;/h3&gt;&lt;p&gt;Planeie as sessões do ciclo no separador Sessões; os respetivos questionários em papel são depois introduzidos aqui. Entretanto, pode configurar as perguntas dos questionários.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No program open&lt;/h3&gt;&lt;p&gt;Open or create a program with the File menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nenhum programa aberto&lt;/h3&gt;&lt;p&gt;Abra ou crie um programa no menu Ficheiro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>too few to show</source>
        <translation>insuficientes para mostrar</translation>
    </message>
    <message>
        <source>, {typing} being typed</source>
        <translation>, {typing} em introdução</translation>
    </message>
    <message>
        <source>Skill confidence, before the cycle</source>
        <translation>Confiança nas competências, antes do ciclo</translation>
    </message>
    <message>
        <source>Skill confidence, after the cycle</source>
        <translation>Confiança nas competências, depois do ciclo</translation>
    </message>
    <message>
        <source>{n_forms} being typed</source>
        <translation>{n_forms} em introdução</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n questionário</numerusform>
            <numerusform>%n questionários</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per paper form: type each answer and press Tab or Enter; the form is saved at the end of its row. Forms are anonymous: only a department written on the form is kept. Typed forms stay here to be corrected while the session&apos;s feedback is open. Close Feedback joins all of the session&apos;s forms, typed or imported, to the figures at once; after that the session takes no more forms. Imported answers are never listed one by one.</source>
        <translation>Uma linha por questionário em papel: escreva cada resposta e prima Tab ou Enter; o questionário é guardado no fim da sua linha. Os questionários são anónimos: só se guarda um departamento escrito no questionário. Os questionários digitados ficam aqui para corrigir enquanto o feedback da sessão está aberto. «Fechar feedback» faz entrar nos valores, de uma vez, todos os questionários da sessão, digitados ou importados; depois a sessão não aceita mais questionários. As respostas importadas nunca são listadas uma a uma.</translation>
    </message>
    <message>
        <source>Feedback in this program is NOT anonymous: each form is stored with who filled it in. One row per paper form; type who filled it in in the Person column.</source>
        <translation>O feedback neste programa NÃO é anónimo: cada questionário é guardado com o nome de quem o preencheu. Uma linha por questionário em papel; escreva na coluna Pessoa quem o preencheu.</translation>
    </message>
    <message>
        <source>Add feedback form</source>
        <translation>Adicionar questionário de feedback</translation>
    </message>
    <message>
        <source>Correct feedback form</source>
        <translation>Corrigir questionário de feedback</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feedback form(s)</source>
        <translation>
            <numerusform>Eliminar %n questionário de feedback</numerusform>
            <numerusform>Eliminar %n questionários de feedback</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide Comments</source>
        <translation>Ocultar comentários</translation>
    </message>
    <message>
        <source>Fewer than {min_group_size} people wrote a comment this cycle (or showing them would single out a smaller group), so the comments stay hidden: with so few, a comment could point to its writer.</source>
        <translation>Menos de {min_group_size} pessoas escreveram um comentário neste ciclo (ou mostrá-los identificaria um grupo mais pequeno), por isso os comentários ficam ocultos: com tão poucas pessoas, um comentário poderia apontar para quem o escreveu.</translation>
    </message>
    <message>
        <source>No written comments in this cycle yet.</source>
        <translation>Ainda não há comentários escritos neste ciclo.</translation>
    </message>
    <message>
        <source>For you only — never printed in participants&apos; handouts. Sorted, without sessions or departments. Hide a comment that names someone before you export the report.</source>
        <translation>Só para si — nunca impressos nos documentos dos participantes. Ordenados, sem sessões nem departamentos. Oculte os comentários que identifiquem alguém antes de exportar o relatório.</translation>
    </message>
    <message numerus="yes">
        <source> %n comment(s) hidden by you.</source>
        <translation>
            <numerusform> %n comentário ocultado por si.</numerusform>
            <numerusform> %n comentários ocultados por si.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide a comment</source>
        <translation>Ocultar um comentário</translation>
    </message>
    <message>
        <source>Show hidden comments again</source>
        <translation>Voltar a mostrar os comentários ocultos</translation>
    </message>
    <message>
        <source>Save the cycle report</source>
        <translation>Guardar o relatório do ciclo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>A desenhar os gráficos…</translation>
    </message>
    <message>
        <source>Cycle report saved</source>
        <translation>Relatório do ciclo guardado</translation>
    </message>
    <message>
        <source>The cycle report for {name} was saved as {saved}.</source>
        <translation>O relatório do ciclo {name} foi guardado como {saved}.</translation>
    </message>
    <message>
        <source>Cycle report not saved</source>
        <translation>Relatório do ciclo não guardado</translation>
    </message>
    <message>
        <source>{target} could not be written: {reason}.</source>
        <translation>Não foi possível escrever {target}: {reason}.</translation>
    </message>
    <message>
        <source>Drawing the cycle report</source>
        <translation>A desenhar o relatório do ciclo</translation>
    </message>
</context>
<context>
    <name>FormsModel</name>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Type the next paper form here; it is saved when you finish the row.</source>
        <translation>Introduza aqui o próximo questionário em papel; é guardado quando terminar a linha.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competência</translation>
    </message>
    <message>
        <source>Skill: the skill the confidence answer is about (type the first letters).</source>
        <translation>Competência: a competência a que se refere a resposta de confiança (escreva as primeiras letras).</translation>
    </message>
    <message>
        <source>Person: who filled in the form (feedback is named in this program).</source>
        <translation>Pessoa: quem preencheu o questionário (neste programa o feedback é nominativo).</translation>
    </message>
    <message>
        <source>Department: the respondent&apos;s department, optional (type the first letters).</source>
        <translation>Departamento: o departamento de quem respondeu, opcional (escreva as primeiras letras).</translation>
    </message>
    <message>
        <source>No participant matches “{text}”: type the first letters of their name.</source>
        <translation>Nenhum participante corresponde a «{text}»: escreva as primeiras letras do nome.</translation>
    </message>
    <message>
        <source>No department matches “{text}”. Departments: {value}.</source>
        <translation>Nenhum departamento corresponde a «{text}». Departamentos: {value}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ainda nenhum</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PeerDesk quick guide</source>
        <translation>Guia rápido do PeerDesk</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Guia rápido</translation>
    </message>
</context>
<context>
    <name>HandChanges</name>
    <message>
        <source>{verb} refused</source>
        <translation>{verb} recusado</translation>
    </message>
    <message>
        <source>{verb} refused: {describe}</source>
        <translation>{verb} recusado: {describe}</translation>
    </message>
    <message>
        <source>A new recruit loses their buddy</source>
        <translation>Um novo colaborador fica sem padrinho</translation>
    </message>
    <message>
        <source>{describe} {verb} anyway?</source>
        <translation>{describe} {verb} mesmo assim?</translation>
    </message>
    <message>
        <source>Lower total score</source>
        <translation>Pontuação total mais baixa</translation>
    </message>
    <message>
        <source>Swap {name} and {name2}</source>
        <translation>Trocar {name} e {name2}</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Trocar</translation>
    </message>
    <message>
        <source>out of the pair</source>
        <translation>para fora do par</translation>
    </message>
    <message>
        <source>to another pair</source>
        <translation>para outro par</translation>
    </message>
    <message>
        <source>Move {name} {where}</source>
        <translation>Mover {name} {where}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Pair {name} with {name2}</source>
        <translation>Emparelhar {name} com {name2}</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparelhar</translation>
    </message>
    <message>
        <source>not paired</source>
        <translation>sem par</translation>
    </message>
    <message>
        <source>Swap {name} with:</source>
        <translation>Trocar {name} com:</translation>
    </message>
    <message>
        <source>Out of any pair</source>
        <translation>Fora de qualquer par</translation>
    </message>
    <message>
        <source>Move {name} into:</source>
        <translation>Mover {name} para:</translation>
    </message>
    <message>
        <source>Add to a pair</source>
        <translation>Adicionar a um par</translation>
    </message>
    <message>
        <source>Add {name} to:</source>
        <translation>Adicionar {name} a:</translation>
    </message>
    <message>
        <source>Pair with</source>
        <translation>Emparelhar com</translation>
    </message>
    <message>
        <source>Pair {name} with:</source>
        <translation>Emparelhar {name} com:</translation>
    </message>
    <message>
        <source>Never pair</source>
        <translation>Nunca emparelhar</translation>
    </message>
    <message>
        <source>Never pair {name} with:</source>
        <translation>Nunca emparelhar {name} com:</translation>
    </message>
    <message>
        <source>Why (optional, only you see it):</source>
        <translation>Porquê (opcional, só visível para si):</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} e {b}</translation>
    </message>
    <message>
        <source>{names} are already never to be paired.</source>
        <translation>{names} já estão marcados para nunca serem emparelhados.</translation>
    </message>
    <message>
        <source>Never pair {names}</source>
        <translation>Nunca emparelhar {names}</translation>
    </message>
    <message>
        <source>{names} will never be paired.</source>
        <translation>{names} nunca serão emparelhados.</translation>
    </message>
    <message>
        <source> They are in the same pair now: move one of them, or generate again.</source>
        <translation> Neste momento formam um par: mova um deles ou gere os pares de novo.</translation>
    </message>
    <message>
        <source>Remove an exclusion</source>
        <translation>Remover uma exclusão</translation>
    </message>
    <message>
        <source>Allow these two to be paired again:</source>
        <translation>Permitir que estes dois voltem a ser emparelhados:</translation>
    </message>
    <message>
        <source>Allow {value} to be paired</source>
        <translation>Permitir que {value} sejam emparelhados</translation>
    </message>
    <message>
        <source>Let {name} be paired</source>
        <translation>Permitir que {name} seja emparelhado</translation>
    </message>
    <message>
        <source>{name} can now be paired: generate again, or pair them by hand.</source>
        <translation>{name} já pode ser emparelhado: gere os pares de novo ou forme o par à mão.</translation>
    </message>
    <message>
        <source>Pin a pair that breaks a rule</source>
        <translation>Fixar um par que viola uma regra</translation>
    </message>
    <message>
        <source>{join} A pin keeps it as it is through every new run. Pin anyway?</source>
        <translation>{join} Um par fixado mantém-se igual em cada nova geração. Fixar mesmo assim?</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
    <message>
        <source>Pin {people}</source>
        <translation>Fixar {people}</translation>
    </message>
    <message>
        <source>Unpin {people}</source>
        <translation>Desafixar {people}</translation>
    </message>
    <message>
        <source>Unpublish pairs</source>
        <translation>Anular a publicação dos pares</translation>
    </message>
    <message>
        <source>Unpublish the pairs of {name}? They stop counting for the no-repeat rule until you publish again.</source>
        <translation>Anular a publicação dos pares de {name}? Deixam de contar para a regra de não repetição até voltar a publicá-los.</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Anular publicação</translation>
    </message>
    <message>
        <source>Unpublish the pairs of {name}</source>
        <translation>Anular a publicação dos pares de {name}</translation>
    </message>
    <message>
        <source>Publish pairs</source>
        <translation>Publicar os pares</translation>
    </message>
    <message>
        <source>Publish the {count} pairs and trios of {name}? Published pairs are recorded, and nobody will be paired with the same partner in a later cycle.</source>
        <translation>Publicar os {count} pares e trios de {name}? Os pares publicados ficam registados e ninguém será emparelhado com o mesmo colega num ciclo posterior.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish the pairs of {name}</source>
        <translation>Publicar os pares de {name}</translation>
    </message>
    <message>
        <source>The pairs of {name} are published.</source>
        <translation>Os pares de {name} estão publicados.</translation>
    </message>
    <message>
        <source>Change pairing rules and weights</source>
        <translation>Alterar as regras e os pesos do emparelhamento</translation>
    </message>
    <message>
        <source>Pairing rules and weights changed: generate again to use them.</source>
        <translation>Regras e pesos do emparelhamento alterados: gere os pares de novo para os aplicar.</translation>
    </message>
</context>
<context>
    <name>IntakeFormDialog</name>
    <message>
        <source>Intake form</source>
        <translation>Formulário de inscrição</translation>
    </message>
    <message>
        <source>Ask each participant what they could teach and would like to learn. Paste these questions into a new Google Form or Microsoft Form, with the answer type given for each (the wordings let PeerDesk recognise the answers on File &gt; Import Intake). For paper, print the PDF form; for a spreadsheet, hand out the Excel template.</source>
        <translation>Pergunte a cada participante o que poderia ensinar e o que gostaria de aprender. Cole estas perguntas num novo formulário do Google ou da Microsoft, com o tipo de resposta indicado para cada uma (é pela redação que o PeerDesk reconhece as respostas em Ficheiro &gt; Importar inscrições). Para papel, imprima o formulário em PDF; para uma folha de cálculo, distribua o modelo Excel.</translation>
    </message>
    <message>
        <source>&amp;Copy Questions</source>
        <translation>&amp;Copiar perguntas</translation>
    </message>
    <message>
        <source>Save &amp;Questions…</source>
        <translation>Guardar pergun&amp;tas…</translation>
    </message>
    <message>
        <source>Save &amp;PDF Form…</source>
        <translation>Guardar formulário &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Excel Template…</source>
        <translation>Guardar modelo &amp;Excel…</translation>
    </message>
    <message>
        <source>The questions are on the clipboard: paste them into your form.</source>
        <translation>As perguntas estão na área de transferência: cole-as no seu formulário.</translation>
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
        <translation>Livro do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{name} intake form.{kind}</source>
        <translation>{name} formulário de inscrição.{kind}</translation>
    </message>
    <message>
        <source>Save the intake form</source>
        <translation>Guardar o formulário de inscrição</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Não é possível guardar</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation>Não foi possível escrever {target}: {value}.</translation>
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
        <translation>Importar inscrições de {name}</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no ficheiro</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lido como</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colunas do ficheiro</translation>
    </message>
    <message>
        <source>People in the file</source>
        <translation>Pessoas no ficheiro</translation>
    </message>
    <message>
        <source>Skill merges</source>
        <translation>Fusões de competências</translation>
    </message>
    <message>
        <source>Accept &amp;All Merges</source>
        <translation>&amp;Aceitar todas as fusões</translation>
    </message>
    <message>
        <source>&amp;Reject All Merges</source>
        <translation>&amp;Rejeitar todas as fusões</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problemas e notas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {describe}, {n_table} rows.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {describe}, {n_table} linhas.</translation>
    </message>
    <message>
        <source>What “{header}” is</source>
        <translation>O que é «{header}»</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Não utilizada</translation>
    </message>
    <message>
        <source>Can teach {value}</source>
        <translation>Pode ensinar {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered as at the last import: left alone.</source>
        <translation>
            <numerusform>%n pessoa respondeu como na última importação: ficou como estava.</numerusform>
            <numerusform>%n pessoas responderam como na última importação: ficaram como estavam.</numerusform>
        </translation>
    </message>
    <message>
        <source>can teach {value}</source>
        <translation>pode ensinar {value}</translation>
    </message>
    <message>
        <source>{n_understood} of {n_headers} columns understood.</source>
        <translation>{n_understood} de {n_headers} colunas interpretadas.</translation>
    </message>
    <message>
        <source> Not used: </source>
        <translation> Não utilizadas: </translation>
    </message>
    <message>
        <source> (choose what they are on the left).</source>
        <translation> (indique à esquerda o que são).</translation>
    </message>
    <message>
        <source>Skill names that look like one skill ({n}). Tick the merges to take and choose the name to keep; an untaken merge keeps the names as typed.</source>
        <translation>Nomes de competências que parecem ser a mesma ({n}). Assinale as fusões a fazer e escolha o nome a manter; uma fusão não aceite mantém os nomes tal como foram escritos.</translation>
    </message>
    <message>
        <source>Every skill name is new or already in the program&apos;s vocabulary: no merges to decide.</source>
        <translation>Todos os nomes de competências são novos ou já constam do vocabulário do programa: não há fusões a decidir.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nada para importar.</translation>
    </message>
    <message numerus="yes">
        <source>{updated} participants updated, {new} of {offered} new people added, %n skill merge(s) taken.</source>
        <translation>
            <numerusform>{updated} participantes atualizados, {new} de {offered} novas pessoas adicionadas, %n fusão de competências aceite.</numerusform>
            <numerusform>{updated} participantes atualizados, {new} de {offered} novas pessoas adicionadas, %n fusões de competências aceites.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>A importação falhou</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation>Nada foi importado: {exc}.</translation>
    </message>
</context>
<context>
    <name>InviteesDialog</name>
    <message>
        <source>Invite pairs</source>
        <translation>Convidar pares</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Convidar pessoas</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar a lista</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Invited: tick each one</source>
        <translation>Convidados: assinale cada um</translation>
    </message>
    <message>
        <source>This cycle has no pairs yet: generate them in the Pairings tab first.</source>
        <translation>Este ciclo ainda não tem pares: gere-os primeiro no separador Pares.</translation>
    </message>
    <message>
        <source>Space ticks the selected line; Ctrl+A then Space ticks them all.</source>
        <translation>Espaço assinala a linha selecionada; Ctrl+A e depois Espaço assinala todas.</translation>
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
        <translation>Pares</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessões</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>P&amp;airings</source>
        <translation>P&amp;ares</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>&amp;Novo programa…</translation>
    </message>
    <message>
        <source>Create a new, empty program file</source>
        <translation>Criar um ficheiro de programa novo e vazio</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a program file</source>
        <translation>Abrir um ficheiro de programa</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Guardar uma &amp;cópia como…</translation>
    </message>
    <message>
        <source>Write a copy of this program to another file</source>
        <translation>Escrever uma cópia deste programa noutro ficheiro</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurar a partir de cópia de &amp;segurança…</translation>
    </message>
    <message>
        <source>Put the program back as it was at an earlier backup</source>
        <translation>Repor o programa tal como estava numa cópia de segurança anterior</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Facilitators…</source>
        <translation>&amp;Facilitação…</translation>
    </message>
    <message>
        <source>Appoint the program&apos;s neutral facilitators</source>
        <translation>Nomear quem facilita o programa, com neutralidade</translation>
    </message>
    <message>
        <source>Program &amp;Settings…</source>
        <translation>&amp;Definições do programa…</translation>
    </message>
    <message>
        <source>Tenure thresholds, buddy capacity, confidentiality</source>
        <translation>Limiares de antiguidade, capacidade dos padrinhos, confidencialidade</translation>
    </message>
    <message>
        <source>New C&amp;ycle…</source>
        <translation>&amp;Novo ciclo…</translation>
    </message>
    <message>
        <source>Start a new cycle, such as “Summer 2027”</source>
        <translation>Iniciar um novo ciclo, como «Verão 2027»</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>&amp;Acerca do PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Quick Guide</source>
        <translation>&amp;Guia rápido</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>{title} is not part of this build.</source>
        <translation>{title} não faz parte desta versão.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
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
        <translation>O ciclo que todos os separadores mostram</translation>
    </message>
    <message>
        <source>This program is already open</source>
        <translation>Este programa já está aberto</translation>
    </message>
    <message>
        <source>{name} is open in another PeerDesk window{holder}. Two programs writing the same file would lose changes. You can look at it read-only here.</source>
        <translation>{name} está aberto noutra janela do PeerDesk{holder}. Dois programas a escrever no mesmo ficheiro perderiam alterações. Pode consultá-lo aqui só para leitura.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir só para leitura</translation>
    </message>
    <message>
        <source>Cannot write to this file</source>
        <translation>Não é possível escrever neste ficheiro</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Não é possível abrir este ficheiro</translation>
    </message>
    <message>
        <source>This file holds things PeerDesk did not put there</source>
        <translation>Este ficheiro contém elementos que não foram colocados pelo PeerDesk</translation>
    </message>
    <message>
        <source>{exc}

You can ask whoever sent it for a clean file, or open a cleaned copy: it keeps the people, sessions, pairs and feedback, without those objects. The file you chose stays as it is.</source>
        <translation>{exc}

Pode pedir a quem o enviou um ficheiro limpo, ou abrir uma cópia limpa: mantém as pessoas, as sessões, os pares e o feedback, sem esses objetos. O ficheiro que escolheu fica tal como está.</translation>
    </message>
    <message>
        <source>Open a Cleaned Copy…</source>
        <translation>Abrir uma cópia limpa…</translation>
    </message>
    <message>
        <source>Save the cleaned copy as</source>
        <translation>Guardar a cópia limpa como</translation>
    </message>
    <message>
        <source>Cannot save the cleaned copy</source>
        <translation>Não é possível guardar a cópia limpa</translation>
    </message>
    <message>
        <source>Choose another name: the file you chose stays as it is.</source>
        <translation>Escolha outro nome: o ficheiro que escolheu fica tal como está.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written: {err}</source>
        <translation>Não foi possível escrever a cópia limpa: {err}</translation>
    </message>
    <message>
        <source>Backup failed: {exc}</source>
        <translation>A cópia de segurança falhou: {exc}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar a partir de cópia de segurança</translation>
    </message>
    <message>
        <source>There are no backups of this program yet. PeerDesk makes one each time you open a program and once a day while it is open.</source>
        <translation>Ainda não há cópias de segurança deste programa. O PeerDesk faz uma sempre que abre um programa e uma vez por dia enquanto está aberto.</translation>
    </message>
    <message>
        <source>Put the program back as it was at:</source>
        <translation>Repor o programa tal como estava em:</translation>
    </message>
    <message>
        <source>Replace everything in {name} with the backup from {label}? A backup of the current state is made first.</source>
        <translation>Substituir tudo em {name} pela cópia de segurança de {label}? Antes disso, é feita uma cópia de segurança do estado atual.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>O restauro falhou</translation>
    </message>
    <message>
        <source>{exc} Your program was not changed.</source>
        <translation>{exc} O seu programa não foi alterado.</translation>
    </message>
    <message>
        <source>Restored the backup from {label}</source>
        <translation>Restaurada a cópia de segurança de {label}</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Novo programa</translation>
    </message>
    <message>
        <source>Cannot create the program</source>
        <translation>Não é possível criar o programa</translation>
    </message>
    <message>
        <source>{target} could not be created: {exc}. Choose a folder you can write to.</source>
        <translation>Não foi possível criar {target}: {exc}. Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
        <source>Open program</source>
        <translation>Abrir programa</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Guardar uma cópia como</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Não é possível guardar a cópia</translation>
    </message>
    <message>
        <source>The copy could not be written: {exc}</source>
        <translation>Não foi possível escrever a cópia: {exc}</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>Cópia guardada em {path}</translation>
    </message>
    <message>
        <source>About PeerDesk</source>
        <translation>Acerca do PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk {version__}

Run a peer learning program: participants, buddy pairings, sessions, feedback. Everything stays in one file on this computer; nothing is sent anywhere.</source>
        <translation>PeerDesk {version__}

Gira um programa de aprendizagem entre pares: participantes, pares de padrinhos, sessões, feedback. Tudo fica num único ficheiro neste computador; nada é enviado para lado nenhum.</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Guia rápido</translation>
    </message>
    <message>
        <source>The guide is missing from this installation. Reinstall PeerDesk to get it back.</source>
        <translation>O guia não está nesta instalação. Reinstale o PeerDesk para o recuperar.</translation>
    </message>
    <message>
        <source>No program open</source>
        <translation>Nenhum programa aberto</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(em memória)</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[só de leitura]</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Ainda não há ciclos</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Só de leitura</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todas as alterações guardadas</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no ficheiro</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importado como</translation>
    </message>
    <message>
        <source>Column {value}</source>
        <translation>Coluna {value}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Field for column {heading}</source>
        <translation>Campo para a coluna {heading}</translation>
    </message>
</context>
<context>
    <name>MergeModel</name>
    <message>
        <source>Merge</source>
        <translation>Fundir</translation>
    </message>
    <message>
        <source>Keep as</source>
        <translation>Manter como</translation>
    </message>
    <message>
        <source>Names merged into it</source>
        <translation>Nomes fundidos nela</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Porquê</translation>
    </message>
    <message>
        <source>likely typo</source>
        <translation>provável gralha</translation>
    </message>
    <message>
        <source>same skill</source>
        <translation>a mesma competência</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <source>New program</source>
        <translation>Novo programa</translation>
    </message>
    <message>
        <source>e.g. Spring 2027 peer learning</source>
        <translation>p. ex. Aprendizagem entre pares, primavera 2027</translation>
    </message>
    <message>
        <source>This computer is set to {here}. Sessions start in the program&apos;s zone; a remote session can have its own.</source>
        <translation>Este computador está configurado para {here}. As sessões começam no fuso horário do programa; uma sessão à distância pode ter o seu próprio.</translation>
    </message>
    <message>
        <source>Program &amp;name</source>
        <translation>&amp;Nome do programa</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fuso &amp;horário</translation>
    </message>
    <message>
        <source>Give the program a name, such as “Spring 2027”.</source>
        <translation>Dê um nome ao programa, como «Primavera 2027».</translation>
    </message>
    <message>
        <source>“{text_typed}” is not a time zone; type a city and pick it from the list, e.g. Europe/Lisbon.</source>
        <translation>«{text_typed}» não é um fuso horário; escreva uma cidade e escolha-a na lista, p. ex. Europe/Lisbon.</translation>
    </message>
</context>
<context>
    <name>NewQuestionDialog</name>
    <message>
        <source>Add a feedback question</source>
        <translation>Adicionar uma pergunta de feedback</translation>
    </message>
    <message>
        <source>e.g. My partner was well prepared.</source>
        <translation>p. ex. O meu par vinha bem preparado.</translation>
    </message>
    <message>
        <source>Lowest answer</source>
        <translation>Resposta mais baixa</translation>
    </message>
    <message>
        <source>Highest answer</source>
        <translation>Resposta mais alta</translation>
    </message>
    <message>
        <source>Part of the psychological-safety score</source>
        <translation>Faz parte da pontuação de segurança psicológica</translation>
    </message>
    <message>
        <source>Reverse-scored (agreeing means less safety)</source>
        <translation>Pontuação invertida (concordar significa menos segurança)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Words on the form</source>
        <translation>&amp;Texto no questionário</translation>
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
        <translation>Nova sessão em {name}</translation>
    </message>
    <message>
        <source>Template: {name} ({total_minutes} min)</source>
        <translation>Modelo: {name} ({total_minutes} min)</translation>
    </message>
    <message>
        <source>An empty agenda</source>
        <translation>Uma agenda vazia</translation>
    </message>
    <message>
        <source>Copy the agenda of “{title}” ({name}, {short_date})</source>
        <translation>Copiar a agenda de «{title}» ({name}, {short_date})</translation>
    </message>
    <message>
        <source>Default: the template&apos;s name, or “Session N”</source>
        <translation>Predefinição: o nome do modelo, ou «Sessão N»</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The zone the session happens in; the calendar invitations carry it. The program&apos;s zone is {setting}.</source>
        <translation>O fuso horário em que a sessão decorre; os convites de calendário incluem-no. O fuso horário do programa é {setting}.</translation>
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
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Começa às</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>D&amp;uração</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fuso &amp;horário</translation>
    </message>
    <message>
        <source>New session {title}</source>
        <translation>Nova sessão {title}</translation>
    </message>
</context>
<context>
    <name>OverviewDock</name>
    <message>
        <source>Program checklist</source>
        <translation>Lista de verificação do programa</translation>
    </message>
    <message>
        <source>Program Check&amp;list</source>
        <translation>&amp;Lista de verificação do programa</translation>
    </message>
    <message>
        <source>New Cycle…</source>
        <translation>Novo ciclo…</translation>
    </message>
    <message>
        <source>Create the first cycle</source>
        <translation>Criar o primeiro ciclo</translation>
    </message>
    <message>
        <source>A cycle is a period such as “Spring 2027” with its own pairs, sessions and feedback. Steps 4 to 8 start once it exists.</source>
        <translation>Um ciclo é um período, como «Primavera 2027», com os seus próprios pares, sessões e feedback. Os passos 4 a 8 começam quando ele existir.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>No program open</source>
        <translation>Nenhum programa aberto</translation>
    </message>
    <message>
        <source>Open a program file, or create one with File &gt; New Program.</source>
        <translation>Abra um ficheiro de programa, ou crie um em Ficheiro &gt; Novo programa.</translation>
    </message>
    <message>
        <source>Program checklist steps</source>
        <translation>Passos da lista de verificação do programa</translation>
    </message>
    <message>
        <source>The checklist cannot be read from this file: {exc}.</source>
        <translation>Não é possível ler a lista de verificação deste ficheiro: {exc}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{n} done</source>
        <translation>{n} concluídos</translation>
    </message>
    <message>
        <source>{warning} to look at</source>
        <translation>{warning} para rever</translation>
    </message>
    <message>
        <source>{todo} to do</source>
        <translation>{todo} por fazer</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Ainda não há ciclos</translation>
    </message>
    <message>
        <source>Editing the code of conduct is not part of this build.</source>
        <translation>A edição do código de conduta não faz parte desta versão.</translation>
    </message>
    <message>
        <source>The program is open read-only.</source>
        <translation>O programa está aberto só para leitura.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajustar à &amp;largura</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Ajustar a largura da página à janela</translation>
    </message>
    <message>
        <source>Fit P&amp;age</source>
        <translation>Página &amp;inteira</translation>
    </message>
    <message>
        <source>Show a whole page</source>
        <translation>Mostrar uma página inteira</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Reduzir (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ampliar (Ctrl++)</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Página seguinte (Page Down)</translation>
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
        <translation>Pré-visualização das páginas</translation>
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
        <translation>&amp;Competências</translation>
    </message>
    <message>
        <source>for each skill one teaches and the other wants (half more for an expert, half for basics)</source>
        <translation>por cada competência que um ensina e o outro quer aprender (mais metade para um perito, metade para conhecimentos básicos)</translation>
    </message>
    <message>
        <source>Different de&amp;partments</source>
        <translation>Departamentos di&amp;ferentes</translation>
    </message>
    <message>
        <source>pairs that break silos</source>
        <translation>pares que quebram silos</translation>
    </message>
    <message>
        <source>&amp;Tenure gap</source>
        <translation>Diferença de an&amp;tiguidade</translation>
    </message>
    <message>
        <source>a new recruit with a seasoned colleague (half for a smaller gap)</source>
        <translation>um novo colaborador com um colega experiente (metade para uma diferença menor)</translation>
    </message>
    <message>
        <source>Same &amp;office</source>
        <translation>Mesmo &amp;escritório</translation>
    </message>
    <message>
        <source>Compatible &amp;availability</source>
        <translation>&amp;Disponibilidade compatível</translation>
    </message>
    <message>
        <source>a day or time both gave, or one is free any time</source>
        <translation>um dia ou uma hora que ambos indicaram, ou um deles está sempre disponível</translation>
    </message>
    <message>
        <source>Asked to &amp;learn from them</source>
        <translation>Pediu para &amp;aprender com o outro</translation>
    </message>
    <message>
        <source>one named the other on the intake form</source>
        <translation>um indicou o outro no formulário de inscrição</translation>
    </message>
    <message>
        <source>Pairing rules and weights</source>
        <translation>Regras e pesos do emparelhamento</translation>
    </message>
    <message>
        <source>Points each part of a pair&apos;s score is worth. Hard rules (the reporting chain, exclusions, facilitators) are never traded for points.</source>
        <translation>Pontos que vale cada parte da pontuação de um par. As regras fixas (a cadeia hierárquica, as exclusões, a facilitação) nunca são trocadas por pontos.</translation>
    </message>
    <message>
        <source>every earlier cycle</source>
        <translation>todos os ciclos anteriores</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> ciclos</translation>
    </message>
    <message>
        <source>Nobody is paired again with someone they were paired with in this many of the latest published cycles</source>
        <translation>Ninguém volta a ser emparelhado com alguém com quem formou par em tantos dos últimos ciclos publicados</translation>
    </message>
    <message>
        <source>No &amp;repeats from the last</source>
        <translation>Sem &amp;repetições dos últimos</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Repor &amp;predefinições</translation>
    </message>
</context>
<context>
    <name>PairingsTab</name>
    <message>
        <source>&amp;Generate Pairs</source>
        <translation>&amp;Gerar pares</translation>
    </message>
    <message>
        <source>Pair the cycle&apos;s participants, keeping pinned pairs (Ctrl+Shift+G)</source>
        <translation>Emparelhar os participantes do ciclo, mantendo os pares fixados (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>&amp;Publish Pairs</source>
        <translation>Pu&amp;blicar pares</translation>
    </message>
    <message>
        <source>Publish the pairs: they then count for the no-repeat rule</source>
        <translation>Publicar os pares: passam então a contar para a regra de não repetição</translation>
    </message>
    <message>
        <source>P&amp;in</source>
        <translation>F&amp;ixar</translation>
    </message>
    <message>
        <source>Pin the selected pair: generating again keeps it (Ctrl+Shift+I)</source>
        <translation>Fixar o par selecionado: ao gerar de novo, mantém-se (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Swap…</source>
        <translation>&amp;Trocar…</translation>
    </message>
    <message>
        <source>Swap the chosen member with someone in another pair</source>
        <translation>Trocar o membro escolhido com alguém de outro par</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>Move the chosen member into another pair, or out of any (or drag them from this list onto a pair)</source>
        <translation>Mover o membro escolhido para outro par, ou para fora de qualquer par (ou arrastá-lo desta lista para um par)</translation>
    </message>
    <message>
        <source>&amp;Add to a Pair…</source>
        <translation>&amp;Adicionar a um par…</translation>
    </message>
    <message>
        <source>Put the selected person into a pair</source>
        <translation>Colocar a pessoa selecionada num par</translation>
    </message>
    <message>
        <source>Pair &amp;With…</source>
        <translation>Emparelhar &amp;com…</translation>
    </message>
    <message>
        <source>Make a new pair with another person who has none</source>
        <translation>Formar um novo par com outra pessoa que ainda não tenha par</translation>
    </message>
    <message>
        <source>&amp;Never Pair With…</source>
        <translation>&amp;Nunca emparelhar com…</translation>
    </message>
    <message>
        <source>Never pair the chosen person with someone (an exclusion)</source>
        <translation>Nunca emparelhar a pessoa escolhida com alguém (uma exclusão)</translation>
    </message>
    <message>
        <source>&amp;Remove an Exclusion…</source>
        <translation>&amp;Remover uma exclusão…</translation>
    </message>
    <message>
        <source>Allow two people who were never to be paired again</source>
        <translation>Permitir que duas pessoas que nunca deviam formar par voltem a ser emparelhadas</translation>
    </message>
    <message>
        <source>Pair This &amp;Facilitator</source>
        <translation>Emparelhar quem &amp;facilita</translation>
    </message>
    <message>
        <source>Let the selected facilitator be paired like everyone else</source>
        <translation>Permitir que a pessoa selecionada, que facilita, seja emparelhada como as restantes</translation>
    </message>
    <message>
        <source>Pairing &amp;Rules and Weights…</source>
        <translation>&amp;Regras e pesos do emparelhamento…</translation>
    </message>
    <message>
        <source>What each part of the score weighs; how far back the no-repeat rule looks</source>
        <translation>Quanto pesa cada parte da pontuação; até onde recua a regra de não repetição</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Sem par</translation>
    </message>
    <message>
        <source>Generate pairs</source>
        <translation>Gerar pares</translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation>Novo ciclo…</translation>
    </message>
    <message>
        <source>Members of the selected pair</source>
        <translation>Membros do par selecionado</translation>
    </message>
    <message>
        <source>Members (choose one to swap or move):</source>
        <translation>Membros (escolha um para trocar ou mover):</translation>
    </message>
    <message>
        <source>Why this pair:</source>
        <translation>Porquê este par:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No program open&lt;/h3&gt;&lt;p&gt;Open or create a program (File menu) to pair its participants.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nenhum programa aberto&lt;/h3&gt;&lt;p&gt;Abra ou crie um programa (menu Ficheiro) para emparelhar os participantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cycle yet&lt;/h3&gt;&lt;p&gt;Pairs belong to a cycle, such as “Spring 2027”, with its own sessions and feedback. Create the first one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ainda não há ciclos&lt;/h3&gt;&lt;p&gt;Os pares pertencem a um ciclo, como «Primavera 2027», com as suas próprias sessões e feedback. Crie o primeiro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No pairs yet for {name}&lt;/h3&gt;&lt;p&gt;Generate them: every new recruit gets a seasoned buddy where the rules allow, and everyone else is paired for the best total score. Each pair says why it was made, and you can change it afterwards.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ainda não há pares para {name}&lt;/h3&gt;&lt;p&gt;Gere-os: cada novo colaborador recebe um padrinho experiente sempre que as regras o permitam, e todos os outros são emparelhados para obter a melhor pontuação total. Cada par indica porque foi formado, e pode alterá-lo depois.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicados</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pairs of {name}&lt;/b&gt; · {state}</source>
        <translation>&lt;b&gt;Pares de {name}&lt;/b&gt; · {state}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pairs of {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pares de {name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Total score {total:g}</source>
        <translation>Pontuação total {total:g}</translation>
    </message>
    <message>
        <source>Not paired: {rowCount}</source>
        <translation>Sem par: {rowCount}</translation>
    </message>
    <message>
        <source>Re&amp;generate Pairs</source>
        <translation>&amp;Gerar pares de novo</translation>
    </message>
    <message>
        <source>Un&amp;publish Pairs</source>
        <translation>&amp;Anular a publicação dos pares</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Desa&amp;fixar</translation>
    </message>
    <message>
        <source>Select a pair to see why it was made.</source>
        <translation>Selecione um par para ver porque foi formado.</translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation> · fixado</translation>
    </message>
    <message>
        <source>&lt;b&gt;{people}&lt;/b&gt;&lt;br&gt;Score {score:g}{pinned}</source>
        <translation>&lt;b&gt;{people}&lt;/b&gt;&lt;br&gt;Pontuação {score:g}{pinned}</translation>
    </message>
    <message>
        <source> (buddy)</source>
        <translation> (padrinho)</translation>
    </message>
    <message>
        <source> (new recruit)</source>
        <translation> (novo colaborador)</translation>
    </message>
    <message>
        <source>Pairs not generated</source>
        <translation>Pares não gerados</translation>
    </message>
    <message>
        <source>Generating pairs…</source>
        <translation>A gerar os pares…</translation>
    </message>
    <message>
        <source>Generating pairs</source>
        <translation>A gerar os pares</translation>
    </message>
    <message>
        <source>Pairs not saved</source>
        <translation>Pares não guardados</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) and trio(s) made</source>
        <translation>
            <numerusform>%n par ou trio formado</numerusform>
            <numerusform>%n pares e trios formados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not paired.</source>
        <translation>
            <numerusform>%n pessoa sem par.</numerusform>
            <numerusform>%n pessoas sem par.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating was cancelled; nothing changed.</source>
        <translation>A geração foi cancelada; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>buddy</source>
        <translation>padrinho</translation>
    </message>
    <message>
        <source>new recruit</source>
        <translation>novo colaborador</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Porquê</translation>
    </message>
    <message>
        <source>Pinned pairs are kept when you generate again</source>
        <translation>Os pares fixados mantêm-se quando gerar de novo</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Padrinho</translation>
    </message>
    <message>
        <source>Trio</source>
        <translation>Trio</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Pinned: kept when you generate again</source>
        <translation>Fixado: mantém-se quando gerar de novo</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Não fixado</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>não fixado</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixado</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Levels: 1 basic, 2 good, 3 expert. Write them in brackets: “SQL (3), Git (2)”.</source>
        <translation>Níveis: 1 básico, 2 bom, 3 perito. Escreva-os entre parênteses: «SQL (3), Git (2)».</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@empresa.pt</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <source>Outside manager&apos;s name</source>
        <translation>Nome da chefia externa</translation>
    </message>
    <message>
        <source>Outside manager&apos;s name (not in the program)</source>
        <translation>Nome da chefia externa (fora do programa)</translation>
    </message>
    <message>
        <source>Outside manager&apos;s email</source>
        <translation>E-mail da chefia externa</translation>
    </message>
    <message>
        <source>What they can teach, e.g. SQL (3), Presenting (2)</source>
        <translation>O que pode ensinar, p. ex. SQL (3), Apresentações (2)</translation>
    </message>
    <message>
        <source>What they want to learn, e.g. Negotiation (1)</source>
        <translation>O que quer aprender, p. ex. Negociação (1)</translation>
    </message>
    <message>
        <source>e.g. Mornings, not Fridays</source>
        <translation>p. ex. De manhã, nunca às sextas</translation>
    </message>
    <message>
        <source>Takes part in the program</source>
        <translation>Participa no programa</translation>
    </message>
    <message>
        <source>Program default</source>
        <translation>Predefinição do programa</translation>
    </message>
    <message>
        <source>How many new recruits this person can buddy at once</source>
        <translation>Quantos novos colaboradores esta pessoa pode apadrinhar ao mesmo tempo</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nome *</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>N.º de colaborador</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Departamento</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>E&amp;scritório</translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation>Data de &amp;admissão</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>C&amp;hefia</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Can &amp;teach</source>
        <translation>Pode ens&amp;inar</translation>
    </message>
    <message>
        <source>Wants to &amp;learn</source>
        <translation>Quer a&amp;prender</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>Disponibi&amp;lidade</translation>
    </message>
    <message>
        <source>Buddy capacity</source>
        <translation>Capacidade como padrinho</translation>
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
        <translation>Guardar esta pessoa (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>Throw away the changes in this form</source>
        <translation>Descartar as alterações neste formulário</translation>
    </message>
    <message>
        <source>Participant details</source>
        <translation>Dados do participante</translation>
    </message>
    <message>
        <source>No manager in the program</source>
        <translation>Sem chefia no programa</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Novo participante</translation>
    </message>
    <message>
        <source>{name} (archived — unarchive to edit)</source>
        <translation>{name} (arquivado — desarquive para editar)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Data de admissão</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Antiguidade</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chefia</translation>
    </message>
    <message>
        <source>Teaches</source>
        <translation>Ensina</translation>
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
        <translation>Novo colaborador: menos de {new} meses; experiente: {seasoned} meses ou mais</translation>
    </message>
    <message>
        <source>Archived on {short_date}: {value}</source>
        <translation>Arquivado em {short_date}: {value}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sem motivo indicado</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Não participa</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Procurar participantes</translation>
    </message>
    <message>
        <source>Search names, emails, departments, skills…  (Ctrl+F)</source>
        <translation>Procurar nomes, e-mails, departamentos, competências…  (Ctrl+F)</translation>
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
        <translation>Filtro de antiguidade</translation>
    </message>
    <message>
        <source>All tenures</source>
        <translation>Todas as antiguidades</translation>
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
        <translation>Editar o participante selecionado</translation>
    </message>
    <message>
        <source>&amp;Add Participant</source>
        <translation>&amp;Adicionar participante</translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+Shift+N)</source>
        <translation>Adicionar um participante (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Archi&amp;ve</source>
        <translation>Arqui&amp;var</translation>
    </message>
    <message>
        <source>Archive the selected person (keeps their history)</source>
        <translation>Arquivar a pessoa selecionada (mantém o histórico)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected person, or archive them if they have history (Del)</source>
        <translation>Eliminar a pessoa selecionada, ou arquivá-la se tiver histórico (Del)</translation>
    </message>
    <message>
        <source>&amp;Import People…</source>
        <translation>&amp;Importar pessoas…</translation>
    </message>
    <message>
        <source>Add or update participants from an HR export (.csv or .xlsx)</source>
        <translation>Adicionar ou atualizar participantes a partir de uma exportação dos RH (.csv ou .xlsx)</translation>
    </message>
    <message>
        <source>Facilitators…</source>
        <translation>Facilitação…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No participants yet&lt;/h3&gt;&lt;p&gt;Import the staff list HR sent you (File &amp;gt; Import Participants), or add people one by one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ainda não há participantes&lt;/h3&gt;&lt;p&gt;Importe a lista de pessoal enviada pelos RH (Ficheiro &amp;gt; Importar participantes), ou adicione as pessoas uma a uma.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add the first participant</source>
        <translation>Adicionar o primeiro participante</translation>
    </message>
    <message>
        <source>Import the staff list…</source>
        <translation>Importar a lista de pessoal…</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;Desarquivar</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos os departamentos</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n person(s) shown</source>
        <translation>
            <numerusform>{shown} de %n pessoa apresentadas</numerusform>
            <numerusform>{shown} de %n pessoas apresentadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Adicionar {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Arquivar {name}</translation>
    </message>
    <message>
        <source>Unarchive {name}</source>
        <translation>Desarquivar {name}</translation>
    </message>
    <message>
        <source>Archive instead?</source>
        <translation>Arquivar em vez disso?</translation>
    </message>
    <message>
        <source>{name} already has history in this program (pairs, attendance or feedback), so they can&apos;t be deleted. Archive them instead? Their history stays.</source>
        <translation>{name} já tem histórico neste programa (pares, presenças ou feedback), por isso não pode ser eliminado. Arquivar em vez disso? O histórico mantém-se.</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Arquivar…</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Eliminar {name}?</translation>
    </message>
    <message>
        <source>Delete {name} from the program? You can undo this with Edit &gt; Undo.</source>
        <translation>Eliminar {name} do programa? Pode anular com Editar &gt; Anular.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
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
        <translation>Como é interpretada cada coluna</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Pré-visualização das linhas</translation>
    </message>
    <message>
        <source>&amp;Day first (31/12)</source>
        <translation>&amp;Dia primeiro (31/12)</translation>
    </message>
    <message>
        <source>&amp;Month first (12/31)</source>
        <translation>&amp;Mês primeiro (12/31)</translation>
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
        <translation>&lt;b&gt;1. Colunas&lt;/b&gt; — altere as que não foram interpretadas</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Preview&lt;/b&gt; — every row of the file</source>
        <translation>&lt;b&gt;2. Pré-visualização&lt;/b&gt; — todas as linhas do ficheiro</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. What will happen&lt;/b&gt;</source>
        <translation>&lt;b&gt;3. O que vai acontecer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Não é possível ler o ficheiro</translation>
    </message>
    <message>
        <source>for example 03/04/2024</source>
        <translation>por exemplo 03/04/2024</translation>
    </message>
    <message>
        <source>The hire dates could be read day-first or month-first ({examples}). Which does the file use?</source>
        <translation>As datas de admissão podem ser lidas com o dia primeiro ou com o mês primeiro ({examples}). Qual usa o ficheiro?</translation>
    </message>
    <message>
        <source>Choose the date order above to see what will be imported.</source>
        <translation>Escolha acima a ordem das datas para ver o que será importado.</translation>
    </message>
    <message>
        <source> Rows with problems are left out unless you fix the file and import again.</source>
        <translation> As linhas com problemas ficam de fora, a menos que corrija o ficheiro e importe de novo.</translation>
    </message>
    <message numerus="yes">
        <source>Archive the %n person(s) no longer in the file ({names})</source>
        <translation>
            <numerusform>Arquivar a %n pessoa que já não está no ficheiro ({names})</numerusform>
            <numerusform>Arquivar as %n pessoas que já não estão no ficheiro ({names})</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import {good}</source>
        <translation>&amp;Importar {good}</translation>
    </message>
    <message>
        <source>Import without the bad rows?</source>
        <translation>Importar sem as linhas com erros?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will not be imported. Import the other rows now?</source>
        <translation>
            <numerusform>%n linha tem problemas e não será importada. Importar já as restantes linhas?</numerusform>
            <numerusform>%n linhas têm problemas e não serão importadas. Importar já as restantes linhas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation>Importar as restantes</translation>
    </message>
    <message>
        <source>Import {count} participants from {name}</source>
        <translation>Importar {count} participantes de {name}</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>A importação falhou</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation>Nada foi importado: {exc}.</translation>
    </message>
    <message>
        <source>Writing participants…</source>
        <translation>A escrever os participantes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing participants</source>
        <translation>A importar participantes</translation>
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
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
    <message>
        <source>not in the program: a new participant</source>
        <translation>não está no programa: um novo participante</translation>
    </message>
    <message>
        <source>not in the program: left out</source>
        <translation>não está no programa: fica de fora</translation>
    </message>
    <message>
        <source>updates {what}</source>
        <translation>atualiza {what}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sem alterações</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Type part of a name to narrow the list</source>
        <translation>Escreva parte de um nome para filtrar a lista</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Procurar na lista</translation>
    </message>
    <message>
        <source>Nothing matches: erase some of what you typed.</source>
        <translation>Nada corresponde: apague parte do que escreveu.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sem alterações</translation>
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
        <translation>De fora</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Column {value}</source>
        <translation>Coluna {value}</translation>
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
        <translation>Este programa está aberto só para leitura, por isso não pode ser alterado aqui.</translation>
    </message>
    <message>
        <source>The program file {path} was moved or deleted while it was open, so this change was not saved. Use File &gt; Save a Copy As now to keep everything saved so far, then open that copy.</source>
        <translation>O ficheiro do programa {path} foi movido ou eliminado enquanto estava aberto, por isso esta alteração não foi guardada. Use já Ficheiro &gt; Guardar uma cópia como para manter tudo o que foi guardado até agora e, depois, abra essa cópia.</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Alteração não guardada</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Feedback questions</source>
        <translation>Perguntas de feedback</translation>
    </message>
    <message>
        <source>&amp;Add Question…</source>
        <translation>&amp;Adicionar pergunta…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Para &amp;cima</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Para &amp;baixo</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>Psychological-safety items: {SAFETY_CITATION} Reverse-scored items are flipped before averaging.</source>
        <translation>Itens de segurança psicológica: {SAFETY_CITATION} Os itens de pontuação invertida são invertidos antes de calcular a média.</translation>
    </message>
    <message>
        <source>Double-click a question to change its words. A question with answers keeps its kind and scale; deactivate it and add a new one instead.</source>
        <translation>Faça duplo clique numa pergunta para alterar o texto. Uma pergunta com respostas mantém o tipo e a escala; desative-a e adicione uma nova em vez disso.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Ativar</translation>
    </message>
    <message>
        <source>Edit question “{text}”</source>
        <translation>Editar a pergunta «{text}»</translation>
    </message>
    <message>
        <source>Add question “{text}”</source>
        <translation>Adicionar a pergunta «{text}»</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Mover pergunta</translation>
    </message>
    <message>
        <source>Activate question</source>
        <translation>Ativar pergunta</translation>
    </message>
    <message>
        <source>Deactivate question</source>
        <translation>Desativar pergunta</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
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
        <translation>Segurança psicológica</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Recommend (eNPS)</source>
        <translation>Recomendação (eNPS)</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto livre</translation>
    </message>
    <message>
        <source>Skill confidence</source>
        <translation>Confiança na competência</translation>
    </message>
    <message>
        <source>Yes, reverse-scored</source>
        <translation>Sim, pontuação invertida</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Não perguntado</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Everyone in the cycle</source>
        <translation>Todos no ciclo</translation>
    </message>
    <message>
        <source>Chosen pairs</source>
        <translation>Pares escolhidos</translation>
    </message>
    <message>
        <source>Chosen people</source>
        <translation>Pessoas escolhidas</translation>
    </message>
    <message>
        <source>e.g. Kick-off</source>
        <translation>p. ex. Arranque</translation>
    </message>
    <message>
        <source>What this session is about (shown in the invite)</source>
        <translation>Do que trata esta sessão (aparece no convite)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Termina às</translation>
    </message>
    <message>
        <source>Where the session happens: a remote session can keep its own zone, and invitations carry it</source>
        <translation>Onde decorre a sessão: uma sessão à distância pode manter o seu próprio fuso horário, e os convites incluem-no</translation>
    </message>
    <message>
        <source>A room, or a video link</source>
        <translation>Uma sala, ou uma ligação de vídeo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Your own notes (not in the calendar invite)</source>
        <translation>As suas notas (não vão no convite de calendário)</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>until</source>
        <translation>até</translation>
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
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <source>Sta&amp;rts *</source>
        <translation>&amp;Início *</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fuso &amp;horário</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitação</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translation>C&amp;onvidados</translation>
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
        <translation>Guardar esta sessão (Enter, ou Ctrl+Enter a partir das notas)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation>Sem facilitação</translation>
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
        <translation>Dossier da sessão, agenda, folha de presenças e questionários de feedback em PDF</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendário (.ics)…</translation>
    </message>
    <message>
        <source>Save this session as a calendar invite</source>
        <translation>Guardar esta sessão como convite de calendário</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>A copy of this session a week after the cycle&apos;s last one (Ctrl+D)</source>
        <translation>Uma cópia desta sessão uma semana depois da última do ciclo (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this session (you can undo)</source>
        <translation>Eliminar esta sessão (pode anular)</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Dados da sessão</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>&amp;Presenças</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Começar a partir de…</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Adicionar ponto</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>Adicionar um ponto a seguir ao selecionado (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Remover o ponto selecionado (Del)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Para cima (Alt+Cima)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Para baixo (Alt+Baixo)</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Guardar como modelo…</translation>
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
        <translation>Limpar (Del)</translation>
    </message>
    <message>
        <source>Everyone else present</source>
        <translation>Todos os outros presentes</translation>
    </message>
    <message>
        <source>Mark everyone not marked yet as present</source>
        <translation>Marcar como presentes todos os que ainda não estão marcados</translation>
    </message>
    <message>
        <source>Type P, A or E for each name as you read the sign-in sheet; the next name is selected each time.</source>
        <translation>Escreva P, A ou E para cada nome à medida que lê a folha de presenças; o nome seguinte fica selecionado de cada vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) invited</source>
        <translation>
            <numerusform>%n pessoa convidada</numerusform>
            <numerusform>%n pessoas convidadas</numerusform>
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
        <translation>{waiting} por marcar</translation>
    </message>
    <message>
        <source> — rate {percent}</source>
        <translation> — taxa {percent}</translation>
    </message>
    <message>
        <source>This session&apos;s feedback forms wait to join the figures: they join with the next forms typed or imported, when comparing the figures can no longer give them away.</source>
        <translation>Os questionários de feedback desta sessão aguardam para entrar nos números: entram com os próximos questionários escritos ou importados, quando comparar os números já não os puder revelar.</translation>
    </message>
    <message>
        <source>Edit session {title}</source>
        <translation>Editar a sessão {title}</translation>
    </message>
    <message>
        <source>Cannot invite them</source>
        <translation>Não é possível convidá-los</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Novo ponto</translation>
    </message>
    <message>
        <source>{name} ({total_minutes} min)</source>
        <translation>{name} ({total_minutes} min)</translation>
    </message>
    <message>
        <source>Copy the agenda of</source>
        <translation>Copiar a agenda de</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Editar modelos…</translation>
    </message>
    <message>
        <source>Replace the agenda?</source>
        <translation>Substituir a agenda?</translation>
    </message>
    <message>
        <source>Replace the {n_agenda} items of this agenda? You can undo this.</source>
        <translation>Substituir os {n_agenda} pontos desta agenda? Pode anular.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Agenda from template {name}</source>
        <translation>Agenda a partir do modelo {name}</translation>
    </message>
    <message>
        <source>Copy the agenda of {title}</source>
        <translation>Copiar a agenda de {title}</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Guardar como modelo</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nome do modelo:</translation>
    </message>
    <message>
        <source>Save template {name}</source>
        <translation>Guardar o modelo {name}</translation>
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
        <translation>sem registo</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>registado</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 pessoa</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {who} {what}</source>
        <translation>Marcar {who} como {what}</translation>
    </message>
    <message>
        <source>Attendance not changed</source>
        <translation>Presenças não alteradas</translation>
    </message>
    <message>
        <source>Feedback forms wait</source>
        <translation>Questionários de feedback aguardam</translation>
    </message>
    <message>
        <source>Mark attendance for a future session?</source>
        <translation>Registar presenças numa sessão futura?</translation>
    </message>
    <message>
        <source> Mark it anyway?</source>
        <translation> Registar mesmo assim?</translation>
    </message>
    <message>
        <source>Mark Attendance</source>
        <translation>Registar presenças</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Cycles and sessions</source>
        <translation>Ciclos e sessões</translation>
    </message>
    <message>
        <source>Create the first cycle…</source>
        <translation>Criar o primeiro ciclo…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cycles yet&lt;/h3&gt;&lt;p&gt;A cycle is a period such as “Spring 2027” that holds its sessions, pairs and feedback. Create one, then plan its sessions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ainda não há ciclos&lt;/h3&gt;&lt;p&gt;Um ciclo é um período, como «Primavera 2027», que reúne as suas sessões, pares e feedback. Crie um e, depois, planeie as sessões.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open or create a program (File menu) to plan sessions.</source>
        <translation>Abra ou crie um programa (menu Ficheiro) para planear sessões.</translation>
    </message>
    <message>
        <source>Choose a cycle or a session on the left.</source>
        <translation>Escolha um ciclo ou uma sessão à esquerda.</translation>
    </message>
    <message>
        <source>New &amp;Session…</source>
        <translation>Nova &amp;sessão…</translation>
    </message>
    <message>
        <source>Plan a session, from a template or a copy</source>
        <translation>Planear uma sessão, a partir de um modelo ou de uma cópia</translation>
    </message>
    <message>
        <source>New C&amp;ycle…</source>
        <translation>&amp;Novo ciclo…</translation>
    </message>
    <message>
        <source>Start a cycle such as “Summer 2027”</source>
        <translation>Iniciar um ciclo, como «Verão 2027»</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected session or cycle</source>
        <translation>Duplicar a sessão ou o ciclo selecionado</translation>
    </message>
    <message>
        <source>&amp;Rename Cycle…</source>
        <translation>Mudar o nome do &amp;ciclo…</translation>
    </message>
    <message>
        <source>Give the selected cycle a new name (you can undo)</source>
        <translation>Dar um novo nome ao ciclo selecionado (pode anular)</translation>
    </message>
    <message>
        <source>Delete the selected session or cycle (you can undo)</source>
        <translation>Eliminar a sessão ou o ciclo selecionado (pode anular)</translation>
    </message>
    <message>
        <source>Calendar for This Sess&amp;ion (.ics)…</source>
        <translation>Calendário desta &amp;sessão (.ics)…</translation>
    </message>
    <message>
        <source>Save the selected session as a calendar invite</source>
        <translation>Guardar a sessão selecionada como convite de calendário</translation>
    </message>
    <message>
        <source>Calendar for This C&amp;ycle (.ics)…</source>
        <translation>Calendário deste &amp;ciclo (.ics)…</translation>
    </message>
    <message>
        <source>Save every session of the cycle as calendar invites</source>
        <translation>Guardar todas as sessões do ciclo como convites de calendário</translation>
    </message>
    <message>
        <source>Agenda &amp;Templates…</source>
        <translation>&amp;Modelos de agenda…</translation>
    </message>
    <message>
        <source>Edit the kick-off, regular and close-out agendas</source>
        <translation>Editar as agendas de arranque, de sessão normal e de encerramento</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Ainda não há ciclos</translation>
    </message>
    <message>
        <source>Create a cycle first: sessions belong to a cycle.</source>
        <translation>Crie primeiro um ciclo: as sessões pertencem a um ciclo.</translation>
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
        <translation>Nome do novo ciclo:</translation>
    </message>
    <message>
        <source>{name} (next)</source>
        <translation>{name} (seguinte)</translation>
    </message>
    <message>
        <source>Duplicate cycle {name}</source>
        <translation>Duplicar o ciclo {name}</translation>
    </message>
    <message>
        <source>Cannot duplicate the cycle</source>
        <translation>Não é possível duplicar o ciclo</translation>
    </message>
    <message>
        <source>Postpone by a &amp;Week</source>
        <translation>Adiar uma se&amp;mana</translation>
    </message>
    <message>
        <source>Move the selected session and the later ones of its cycle a week later (you can undo)</source>
        <translation>Adiar uma semana a sessão selecionada e as seguintes do seu ciclo (pode anular)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source> and its attendance ({marked} marks)</source>
        <translation> e as respetivas presenças ({marked} registos)</translation>
    </message>
    <message>
        <source>Its feedback forms stay in the cycle&apos;s figures, as forms of the cycle: taking them out would move the figures by just those forms.</source>
        <translation>Os seus questionários de feedback ficam nos números do ciclo, como questionários do ciclo: retirá-los mudaria os números exatamente por esses questionários.</translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation>Eliminar a sessão?</translation>
    </message>
    <message>
        <source>Delete “{title}” of {weekday_date} with its agenda{extra}? You can undo this.</source>
        <translation>Eliminar «{title}» de {weekday_date} com a respetiva agenda{extra}? Pode anular.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete session {title}</source>
        <translation>Eliminar a sessão {title}</translation>
    </message>
    <message>
        <source>Session not deleted</source>
        <translation>Sessão não eliminada</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n par</numerusform>
            <numerusform>%n pares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s)</source>
        <translation>
            <numerusform>%n questionário de feedback</numerusform>
            <numerusform>%n questionários de feedback</numerusform>
        </translation>
    </message>
    <message>
        <source>feedback forms</source>
        <translation>questionários de feedback</translation>
    </message>
    <message>
        <source>Delete cycle?</source>
        <translation>Eliminar o ciclo?</translation>
    </message>
    <message>
        <source>Delete the cycle “{name}”{held}? You can undo this.</source>
        <translation>Eliminar o ciclo «{name}»{held}? Pode anular.</translation>
    </message>
    <message>
        <source> with its {held}</source>
        <translation> com {held}</translation>
    </message>
    <message>
        <source>Delete cycle {name}</source>
        <translation>Eliminar o ciclo {name}</translation>
    </message>
    <message>
        <source>Cycle not deleted</source>
        <translation>Ciclo não eliminado</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Guardar calendário</translation>
    </message>
    <message>
        <source>Cannot save the calendar</source>
        <translation>Não é possível guardar o calendário</translation>
    </message>
    <message>
        <source>{path} could not be written: {strerror}. Choose another folder.</source>
        <translation>Não foi possível escrever {path}: {strerror}. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Calendar saved</source>
        <translation>Calendário guardado</translation>
    </message>
    <message>
        <source>

Import the file into Outlook, Google Calendar or Thunderbird. Saving it again after a change updates the same events.</source>
        <translation>

Importe o ficheiro no Outlook, no Google Calendar ou no Thunderbird. Se o guardar de novo depois de uma alteração, os mesmos eventos são atualizados.</translation>
    </message>
    <message numerus="yes">
        <source>Postpone {title} and %n later session(s) by a week</source>
        <translation>
            <numerusform>Adiar {title} e %n sessão seguinte uma semana</numerusform>
            <numerusform>Adiar {title} e as %n sessões seguintes uma semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Postpone {title} by a week</source>
        <translation>Adiar {title} uma semana</translation>
    </message>
    <message>
        <source>Session not postponed</source>
        <translation>Sessão não adiada</translation>
    </message>
    <message>
        <source>Rename cycle</source>
        <translation>Mudar o nome do ciclo</translation>
    </message>
    <message>
        <source>New name of the cycle “{name}”:</source>
        <translation>Novo nome do ciclo «{name}»:</translation>
    </message>
    <message>
        <source>Rename cycle {old} to {new}</source>
        <translation>Mudar o nome do ciclo {old} para {new}</translation>
    </message>
    <message>
        <source>Cycle not renamed</source>
        <translation>Nome do ciclo não alterado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Program settings</source>
        <translation>Definições do programa</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Feedback is anonymous (recommended)</source>
        <translation>O feedback é anónimo (recomendado)</translation>
    </message>
    <message>
        <source>New sessions start in this zone; sessions already planned keep their own</source>
        <translation>As novas sessões começam neste fuso horário; as já planeadas mantêm o seu</translation>
    </message>
    <message>
        <source>Program &amp;name</source>
        <translation>&amp;Nome do programa</translation>
    </message>
    <message>
        <source>New recruit: under</source>
        <translation>Novo colaborador: menos de</translation>
    </message>
    <message>
        <source>Seasoned: from</source>
        <translation>Experiente: a partir de</translation>
    </message>
    <message>
        <source>Recruits per &amp;buddy</source>
        <translation>Novos colaboradores por &amp;padrinho</translation>
    </message>
    <message>
        <source>Smallest group &amp;shown</source>
        <translation>Grupo mais pequeno &amp;apresentado</translation>
    </message>
    <message>
        <source>Results from fewer responses than this show “too few responses”, so nobody&apos;s answers can be singled out. Never below 3</source>
        <translation>Os resultados com menos respostas do que este número mostram «respostas insuficientes», para que as respostas de ninguém possam ser identificadas. Nunca abaixo de 3</translation>
    </message>
    <message>
        <source>; with anonymous feedback stored, never below {least}: figures read before and after lowering it could single an answer out.</source>
        <translation>; com feedback anónimo guardado, nunca abaixo de {least}: valores lidos antes e depois de o baixar poderiam identificar uma resposta.</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Fuso &amp;horário</translation>
    </message>
    <message>
        <source>&amp;Documents in</source>
        <translation>&amp;Documentos em</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>&amp;Idioma da janela</translation>
    </message>
    <message>
        <source>As this computer ({language})</source>
        <translation>Como este computador ({language})</translation>
    </message>
    <message>
        <source>The window changes language the next time PeerDesk starts. This choice is kept on this computer, not in the program.</source>
        <translation>A janela muda de idioma da próxima vez que o PeerDesk for iniciado. Esta escolha fica guardada neste computador, não no programa.</translation>
    </message>
    <message>
        <source>The language of everything printed and of the messages to participants, whatever the window&apos;s</source>
        <translation>O idioma de tudo o que é impresso e das mensagens aos participantes, seja qual for o da janela</translation>
    </message>
    <message>
        <source>“{text_typed}” is not a time zone; type a city and pick it from the list, e.g. Europe/Lisbon.</source>
        <translation>«{text_typed}» não é um fuso horário; escreva uma cidade e escolha-a na lista, p. ex. Europe/Lisbon.</translation>
    </message>
    <message>
        <source>Make feedback named?</source>
        <translation>Tornar o feedback nominativo?</translation>
    </message>
    <message>
        <source>Participants were told their feedback is anonymous. From now on, forms will be stored with the respondent&apos;s name, and every view and report will say the feedback is not anonymous. Answers stored so far stay anonymous. The switch is logged in the program file.</source>
        <translation>Os participantes foram informados de que o feedback é anónimo. A partir de agora, os questionários são guardados com o nome de quem responde, e todas as vistas e relatórios indicarão que o feedback não é anónimo. As respostas guardadas até agora continuam anónimas. A alteração fica registada no ficheiro do programa.</translation>
    </message>
    <message>
        <source>Make feedback named</source>
        <translation>Tornar o feedback nominativo</translation>
    </message>
    <message>
        <source>Make feedback anonymous?</source>
        <translation>Tornar o feedback anónimo?</translation>
    </message>
    <message>
        <source>Every form stored so far loses its respondent&apos;s name, its date and any department filled in from the participant list, for good. Undo switches back to named feedback, but cannot give those names back. The switch is logged in the program file.</source>
        <translation>Cada questionário guardado até agora perde, de forma definitiva, o nome de quem respondeu, a data e qualquer departamento preenchido a partir da lista de participantes. Anular volta ao feedback nominativo, mas não recupera esses nomes. A alteração fica registada no ficheiro do programa.</translation>
    </message>
    <message>
        <source>Make feedback anonymous</source>
        <translation>Tornar o feedback anónimo</translation>
    </message>
    <message>
        <source>changed in Program settings</source>
        <translation>alterado nas definições do programa</translation>
    </message>
    <message>
        <source>Change program settings</source>
        <translation>Alterar as definições do programa</translation>
    </message>
</context>
<context>
    <name>SignatureModel</name>
    <message>
        <source>Signed</source>
        <translation>Assinado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Assinado em</translation>
    </message>
</context>
<context>
    <name>SkillsDialog</name>
    <message>
        <source>Skills</source>
        <translation>Competências</translation>
    </message>
    <message>
        <source>No skills yet. They come from the participants&apos; forms (“Can teach”, “Wants to learn”) or from File &gt; Import Intake.</source>
        <translation>Ainda não há competências. Vêm das fichas dos participantes («Pode ensinar», «Quer aprender») ou de Ficheiro &gt; Importar inscrições.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Mudar o nome…</translation>
    </message>
    <message>
        <source>&amp;Merge Selected…</source>
        <translation>&amp;Fundir as selecionadas…</translation>
    </message>
    <message>
        <source>&amp;Delete Unused</source>
        <translation>&amp;Eliminar as não utilizadas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>Merge the &amp;Ticked Ones</source>
        <translation>Fundir as &amp;assinaladas</translation>
    </message>
    <message>
        <source>PeerDesk thinks these look like one skill ({n_proposed}). Tick the merges you want, choose the name to keep, then merge:</source>
        <translation>O PeerDesk acha que estas parecem ser a mesma competência ({n_proposed}). Assinale as fusões que quer, escolha o nome a manter e, depois, funda:</translation>
    </message>
    <message>
        <source>No two skills look alike.</source>
        <translation>Não há duas competências parecidas.</translation>
    </message>
    <message>
        <source>Skills not changed</source>
        <translation>Competências não alteradas</translation>
    </message>
    <message>
        <source>Rename skill</source>
        <translation>Mudar o nome da competência</translation>
    </message>
    <message>
        <source>New name for “{value}” (a name another skill has merges the two):</source>
        <translation>Novo nome para «{value}» (um nome que outra competência já tenha funde as duas):</translation>
    </message>
    <message>
        <source>Rename skill {value} to {strip}</source>
        <translation>Mudar o nome da competência {value} para {strip}</translation>
    </message>
    <message>
        <source>Merge skills</source>
        <translation>Fundir competências</translation>
    </message>
    <message>
        <source>Make {n_names} skills one. Keep the name:</source>
        <translation>Fazer de {n_names} competências uma só. Manter o nome:</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>escolhido por si</translation>
    </message>
    <message>
        <source>Merge {join} into {into}</source>
        <translation>Fundir {join} em {into}</translation>
    </message>
    <message>
        <source>Merge {n_merges} groups of skills</source>
        <translation>Fundir {n_merges} grupos de competências</translation>
    </message>
    <message>
        <source>Skills not merged</source>
        <translation>Competências não fundidas</translation>
    </message>
    <message>
        <source>Delete {n_names} unused skills</source>
        <translation>Eliminar {n_names} competências não utilizadas</translation>
    </message>
    <message>
        <source>Skill not deleted</source>
        <translation>Competência não eliminada</translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>Skill</source>
        <translation>Competência</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Podem ensinar</translation>
    </message>
    <message>
        <source>Want to learn</source>
        <translation>Querem aprender</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>Encoding</source>
        <translation>Codificação</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detetar</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Folha</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Codificação</translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation>Se&amp;parador</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>&amp;Folha</translation>
    </message>
    <message>
        <source>Read as: &lt;b&gt;{describe}&lt;/b&gt;, {n_table} rows</source>
        <translation>Lido como: &lt;b&gt;{describe}&lt;/b&gt;, {n_table} linhas</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation>a rever</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>por fazer</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>e mais {n}</translation>
    </message>
    <message>
        <source>Go to: {rstrip}</source>
        <translation>Ir para: {rstrip}</translation>
    </message>
    <message>
        <source>Step {number}, {title}: {value}. {summary}</source>
        <translation>Passo {number}, {title}: {value}. {summary}</translation>
    </message>
    <message>
        <source>Details ({count})</source>
        <translation>Detalhes ({count})</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>Redo not possible</source>
        <translation>Não é possível refazer</translation>
    </message>
    <message>
        <source>Undo not possible</source>
        <translation>Não é possível anular</translation>
    </message>
    <message>
        <source>Undo not saved</source>
        <translation>Anulação não guardada</translation>
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
        <translation>Algo correu mal</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Modelos de mensagem</translation>
    </message>
    <message>
        <source>Kinds of message</source>
        <translation>Tipos de mensagem</translation>
    </message>
    <message>
        <source>Placeholders: Enter inserts one</source>
        <translation>Marcadores: Enter insere um</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Repor predefinição</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Assunto:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>Placeholders (double-click or Enter to insert; write {{ or }} for a brace):</source>
        <translation>Marcadores (duplo clique ou Enter para inserir; escreva {{ ou }} para uma chaveta):</translation>
    </message>
    <message>
        <source>Change message templates</source>
        <translation>Alterar os modelos de mensagem</translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation>Modelos de agenda</translation>
    </message>
    <message>
        <source>N&amp;ew…</source>
        <translation>N&amp;ovo…</translation>
    </message>
    <message>
        <source>A new template, starting as a copy of the selected one</source>
        <translation>Um novo modelo, começando como cópia do selecionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Items of the template</source>
        <translation>Pontos do modelo</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Adicionar ponto</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Para &amp;cima</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Para &amp;baixo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>{total_minutes} min in all</source>
        <translation>{total_minutes} min no total</translation>
    </message>
    <message>
        <source>{text} (template {name})</source>
        <translation>{text} (modelo {name})</translation>
    </message>
    <message>
        <source>Rename template {name}</source>
        <translation>Mudar o nome do modelo {name}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Novo ponto</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Nome do novo modelo:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (cópia)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>New template {strip}</source>
        <translation>Novo modelo {strip}</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Eliminar o modelo?</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Sessions made from it keep their agendas. You can undo this.</source>
        <translation>Eliminar o modelo «{name}»? As sessões criadas a partir dele mantêm as suas agendas. Pode anular.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete template {name}</source>
        <translation>Eliminar o modelo {name}</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Anular: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Refazer: {action}</translation>
    </message>
</context>
<context>
    <name>UnmatchedColumns</name>
    <message>
        <source>Columns that match no question</source>
        <translation>Colunas que não correspondem a nenhuma pergunta</translation>
    </message>
    <message>
        <source>Their answers would be lost: say what each one is.</source>
        <translation>As respostas perder-se-iam: indique o que é cada uma.</translation>
    </message>
    <message>
        <source>What “{value}” is</source>
        <translation>O que é «{value}»</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texto livre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Add as a new question ({kind})</source>
        <translation>Adicionar como nova pergunta ({kind})</translation>
    </message>
    <message>
        <source>Leave out (its answers are not imported)</source>
        <translation>Deixar de fora (as respostas não são importadas)</translation>
    </message>
    <message>
        <source>Answers: {text}</source>
        <translation>Respostas: {text}</translation>
    </message>
</context>
<context>
    <name>UnpairedModel</name>
    <message>
        <source>Not paired</source>
        <translation>Sem par</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Porquê</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Type a city, e.g. Lisbon</source>
        <translation>Escreva uma cidade, p. ex. Lisboa</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>PeerDesk ran into a problem</source>
        <translation>O PeerDesk encontrou um problema</translation>
    </message>
    <message>
        <source>Something went wrong: {exc}

Your saved work is safe: every change is saved as you make it. Details were written to:
{log_path}</source>
        <translation>Algo correu mal: {exc}

O trabalho guardado está seguro: cada alteração é guardada no momento em que a faz. Os detalhes foram escritos em:
{log_path}</translation>
    </message>
</context>
<context>
    <name>conduct</name>
    <message>
        <source>&amp;Code of Conduct…</source>
        <translation>&amp;Código de conduta…</translation>
    </message>
    <message>
        <source>Edit the code of conduct and tick who has signed it</source>
        <translation>Editar o código de conduta e assinalar quem o assinou</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <source>The disk is full, so this change was not saved. Free some space and try again; everything saved before is safe.</source>
        <translation>O disco está cheio, por isso esta alteração não foi guardada. Liberte espaço e tente de novo; tudo o que foi guardado antes está seguro.</translation>
    </message>
    <message>
        <source>The program file can no longer be written (the folder or file became read-only), so this change was not saved. Use File &gt; Save a Copy As to keep working in a folder you can write to.</source>
        <translation>Já não é possível escrever no ficheiro do programa (a pasta ou o ficheiro passou a ser só de leitura), por isso esta alteração não foi guardada. Use Ficheiro &gt; Guardar uma cópia como para continuar a trabalhar numa pasta onde possa escrever.</translation>
    </message>
    <message>
        <source>This change could not be saved ({exc}). Everything saved before is safe. Use File &gt; Save a Copy As to keep a copy.</source>
        <translation>Não foi possível guardar esta alteração ({exc}). Tudo o que foi guardado antes está seguro. Use Ficheiro &gt; Guardar uma cópia como para manter uma cópia.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>PeerDesk programs (*.peerdesk);;All files (*)</source>
        <translation>Programas PeerDesk (*.peerdesk);;Todos os ficheiros (*)</translation>
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
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;CSV or text (*.csv *.txt *.tsv);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Folhas de cálculo (*.csv *.txt *.tsv *.xlsx);;CSV ou texto (*.csv *.txt *.tsv);;Livro do Excel (*.xlsx);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV, abre no Excel (*.csv);;Livro do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Ficheiros de calendário (*.ics);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Forms exports and spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Exportações de formulários e folhas de cálculo (*.csv *.txt *.tsv *.xlsx);;Todos os ficheiros (*)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Session &amp;Pack (PDF)…</source>
        <translation>&amp;Dossier da sessão (PDF)…</translation>
    </message>
    <message>
        <source>Cover, agenda, sign-in sheet, pairs, code of conduct and feedback forms in one PDF</source>
        <translation>Capa, agenda, folha de presenças, pares, código de conduta e questionários de feedback num só PDF</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet (PDF)…</source>
        <translation>&amp;Folha de presenças (PDF)…</translation>
    </message>
    <message>
        <source>The invited people with boxes to sign</source>
        <translation>As pessoas convidadas, com espaços para assinar</translation>
    </message>
    <message>
        <source>&amp;Agenda (PDF)…</source>
        <translation>&amp;Agenda (PDF)…</translation>
    </message>
    <message>
        <source>The session&apos;s agenda with start times</source>
        <translation>A agenda da sessão com as horas de início</translation>
    </message>
    <message>
        <source>Pairing &amp;List (PDF)…</source>
        <translation>&amp;Lista de pares (PDF)…</translation>
    </message>
    <message>
        <source>Pairs and trios with their reasons, for you</source>
        <translation>Pares e trios com os respetivos motivos, para si</translation>
    </message>
    <message>
        <source>Pa&amp;rtner Slips (PDF)…</source>
        <translation>&amp;Talões de par (PDF)…</translation>
    </message>
    <message>
        <source>One slip per participant naming their partner</source>
        <translation>Um talão por participante com o nome do seu par</translation>
    </message>
    <message>
        <source>&amp;Feedback Form (PDF)…</source>
        <translation>&amp;Questionário de feedback (PDF)…</translation>
    </message>
    <message>
        <source>The feedback form to fill in by hand</source>
        <translation>O questionário de feedback para preencher à mão</translation>
    </message>
    <message>
        <source>Code of Con&amp;duct Sheet (PDF)…</source>
        <translation>Folha do código de co&amp;nduta (PDF)…</translation>
    </message>
    <message>
        <source>The code of conduct with lines to sign</source>
        <translation>O código de conduta com linhas para assinar</translation>
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
        <translation>texto livre</translation>
    </message>
    <message>
        <source>, reverse-scored</source>
        <translation>, pontuação invertida</translation>
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
        <translation>Adicionar ou atualizar participantes a partir de uma exportação dos RH (.csv ou .xlsx)</translation>
    </message>
    <message>
        <source>Import &amp;Feedback…</source>
        <translation>Importar &amp;feedback…</translation>
    </message>
    <message>
        <source>Bring in answers from Google Forms, Microsoft Forms or a CSV file</source>
        <translation>Trazer respostas do Google Forms, do Microsoft Forms ou de um ficheiro CSV</translation>
    </message>
    <message>
        <source>&amp;Export Participants…</source>
        <translation>&amp;Exportar participantes…</translation>
    </message>
    <message>
        <source>Write the participants to a CSV or Excel file</source>
        <translation>Escrever os participantes num ficheiro CSV ou Excel</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>A ler {name}…</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} de {total}</translation>
    </message>
    <message>
        <source>{name} could not be read: {exc}.</source>
        <translation>Não foi possível ler {name}: {exc}.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Não é possível ler o ficheiro</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>A ler o ficheiro</translation>
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
        <translation>Ainda não há sessões</translation>
    </message>
    <message>
        <source>Feedback belongs to a session. Add the session on the Sessions tab first, then import its feedback.</source>
        <translation>O feedback pertence a uma sessão. Adicione primeiro a sessão no separador Sessões e, depois, importe o respetivo feedback.</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>Importar feedback</translation>
    </message>
    <message>
        <source>{n_ids} feedback responses imported.</source>
        <translation>{n_ids} respostas de feedback importadas.</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Exportar participantes</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Não é possível exportar</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation>Não foi possível escrever {target}: {value}.</translation>
    </message>
    <message>
        <source>{count} participants written to {target}</source>
        <translation>{count} participantes escritos em {target}</translation>
    </message>
</context>
<context>
    <name>importing.feedback_dialog</name>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>S&amp;kills…</source>
        <translation>Compe&amp;tências…</translation>
    </message>
    <message>
        <source>Rename and merge skills; see how many can teach or want to learn each</source>
        <translation>Mudar o nome e fundir competências; ver quantos podem ensinar ou querem aprender cada uma</translation>
    </message>
    <message>
        <source>&amp;Intake Form…</source>
        <translation>Formulário de &amp;inscrição…</translation>
    </message>
    <message>
        <source>The questions to paste into Google or Microsoft Forms, the PDF form and the Excel template</source>
        <translation>As perguntas para colar no Google Forms ou no Microsoft Forms, o formulário em PDF e o modelo Excel</translation>
    </message>
    <message>
        <source>Import &amp;Intake…</source>
        <translation>Impor&amp;tar inscrições…</translation>
    </message>
    <message>
        <source>Skills, capacity and availability from the participants&apos; own answers (Forms export, template or CSV)</source>
        <translation>Competências, capacidade e disponibilidade a partir das respostas dos próprios participantes (exportação do Forms, modelo ou CSV)</translation>
    </message>
    <message>
        <source>Import intake answers</source>
        <translation>Importar inscrições</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>A ler {name}…</translation>
    </message>
    <message>
        <source>Intake imported: {summary}.</source>
        <translation>Inscrições importadas: {summary}.</translation>
    </message>
    <message>
        <source>{name} could not be read: {exc}.</source>
        <translation>Não foi possível ler {name}: {exc}.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Não é possível ler o ficheiro</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>A ler o ficheiro</translation>
    </message>
</context>
<context>
    <name>locale</name>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>&amp;Announce Pairs…</source>
        <translation>&amp;Anunciar os pares…</translation>
    </message>
    <message>
        <source>Write one e-mail draft per person naming their partner, with the kick-off invitation attached</source>
        <translation>Escrever um rascunho de e-mail por pessoa com o nome do seu par, com o convite para o arranque em anexo</translation>
    </message>
    <message>
        <source>&amp;Announce Session…</source>
        <translation>&amp;Anunciar a sessão…</translation>
    </message>
    <message>
        <source>Write one e-mail draft per invitee with the session&apos;s invitation, a reminder or a thank-you</source>
        <translation>Escrever um rascunho de e-mail por convidado com o convite da sessão, um lembrete ou um agradecimento</translation>
    </message>
    <message>
        <source>&amp;Message Templates…</source>
        <translation>Modelos de m&amp;ensagem…</translation>
    </message>
    <message>
        <source>Edit the words of the pairs, session, reminder and thank-you messages</source>
        <translation>Editar o texto das mensagens de pares, sessão, lembrete e agradecimento</translation>
    </message>
</context>
<context>
    <name>participants.form</name>
    <message>
        <source>“{part}” has no skill name.</source>
        <translation>«{part}» não tem nome de competência.</translation>
    </message>
    <message>
        <source>The level of {name} must be 1, 2 or 3.</source>
        <translation>O nível de {name} tem de ser 1, 2 ou 3.</translation>
    </message>
</context>
<context>
    <name>participants.model</name>
    <message>
        <source>Left the company</source>
        <translation>Saiu da empresa</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Não participa</translation>
    </message>
</context>
<context>
    <name>sessions.edits</name>
    <message>
        <source>Undo not done</source>
        <translation>Anulação não feita</translation>
    </message>
    <message>
        <source>Change who is invited</source>
        <translation>Alterar quem é convidado</translation>
    </message>
</context>
</TS>
