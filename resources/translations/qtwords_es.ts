<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Words of Qt's own dialogs that Qt 6 added and its catalogue for this language lacks.
     Loaded over qtbase_es by peerdesk/ui/language.py. -->
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Buscar en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Archivos de &amp;tipo:</translation>
        </message>
    </context>
</TS>
