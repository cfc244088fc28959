<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt ships Brazilian Portuguese only (qtbase_pt_BR.qm): these are the words of Qt's own
     dialogs that Portugal says differently, and the few Qt 6 added since. Loaded over qtbase_pt_BR by peerdesk/ui/language.py. -->
<TS version="2.1" language="pt_PT" sourcelanguage="en">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Pasta não encontrada.
Verifique se indicou o nome correto da pasta.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Ficheiro não encontrado.
Verifique se indicou o nome correto do ficheiro.</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Ficheiro %1</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 já existe.
Quer substituí-lo?</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' está protegido contra escrita.
Quer eliminá-lo mesmo assim?</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Nome alternativo</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Cima</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Tem a certeza de que quer eliminar '%1'?</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Mudar para a vista de detalhes</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Mudar para a vista de lista</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Não foi possível eliminar a pasta.</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Criar uma nova pasta</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Vista de detalhes</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Ficheiro</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nome do ficheiro:</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Pasta de ficheiros</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Ficheiros</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Ficheiros do tipo:</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Vista de lista</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>O meu computador</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Mostrar ficheiros &amp;ocultos</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Procurar em:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Ficheiros do &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;O nome «%1» não pode ser utilizado.&lt;/b&gt;&lt;p&gt;Experimente outro nome, com menos carateres ou sem sinais de pontuação.</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Nome de ficheiro inválido</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>O meu computador</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Introduza um valor:</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Keyboard</source>
            <translation>Teclado</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Anular</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Selecionar tudo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Co&amp;lar</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Anular</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Selecionar tudo</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copiar o endereço da &amp;ligação</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Hide Details...</source>
            <translation>Ocultar detalhes...</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>Mostrar detalhes...</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Acerca do Qt</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Abort</source>
            <translation>Abortar</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Repor</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Repor predefinições</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Guardar tudo</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Sim p&amp;ara todos</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Nã&amp;o para todos</translation>
        </message>
    </context>
</TS>
