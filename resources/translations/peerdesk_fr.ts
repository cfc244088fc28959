<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AckModel</name>
    <message>
        <source>{name} (no longer taking part)</source>
        <translation>{name} (ne participe plus)</translation>
    </message>
    <message>
        <source>Ticked: has signed this version</source>
        <translation>Coché&#xa0;: a signé cette version</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Pas encore signé</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>+{n} min</source>
        <translation>+{n} min</translation>
    </message>
    <message>
        <source>{n} of {total} min</source>
        <translation>{n} sur {total} min</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Edit agenda item “{title}”</source>
        <translation>Modifier le point «&#xa0;{title}&#xa0;» de l’ordre du jour</translation>
    </message>
    <message>
        <source>Add agenda item “{title}”</source>
        <translation>Ajouter le point «&#xa0;{title}&#xa0;» à l’ordre du jour</translation>
    </message>
    <message>
        <source>Remove agenda item “{title}”</source>
        <translation>Retirer le point «&#xa0;{title}&#xa0;» de l’ordre du jour</translation>
    </message>
    <message>
        <source>Move agenda item “{title}”</source>
        <translation>Déplacer le point «&#xa0;{title}&#xa0;» de l’ordre du jour</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation>&amp;Retirer le point</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>Ajouter un &amp;point</translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <source>Announce Pairs</source>
        <translation>Annoncer les binômes</translation>
    </message>
    <message>
        <source>Announce Session</source>
        <translation>Annoncer la séance</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Séance&#xa0;:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <source>Preview (as the draft will open in your mail client):</source>
        <translation>Aperçu (tel que le brouillon s’ouvrira dans votre messagerie)&#xa0;:</translation>
    </message>
    <message>
        <source>Print Partner S&amp;lips…</source>
        <translation>Imprimer les &amp;fiches binôme…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Also write a mail-merge &amp;CSV (to, subject, body)</source>
        <translation>Écrire aussi un &amp;CSV pour le publipostage (destinataire, objet, texte)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Write Drafts</source>
        <translation>&amp;Écrire les brouillons</translation>
    </message>
    <message>
        <source>Edit &amp;Templates…</source>
        <translation>Modifier les m&amp;odèles…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message>
        <source>This program has no cycle yet. Make one with Program &gt; New Cycle, add its sessions and pairs, then announce them.</source>
        <translation>Ce programme n’a pas encore de cycle. Créez-en un avec Programme &gt; Nouveau cycle, ajoutez ses séances et ses binômes, puis annoncez-les.</translation>
    </message>
    <message>
        <source>Go to &amp;Pairings</source>
        <translation>Aller aux &amp;binômes</translation>
    </message>
    <message>
        <source>Go to &amp;Sessions</source>
        <translation>Aller aux &amp;séances</translation>
    </message>
    <message>
        <source>{cycle} - pairs</source>
        <translation>{cycle} - binômes</translation>
    </message>
    <message>
        <source>PeerDesk messages</source>
        <translation>Messages PeerDesk</translation>
    </message>
    <message>
        <source>{name} — no draft: {why}</source>
        <translation>{name} — pas de brouillon&#xa0;: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) to write</source>
        <translation>
            <numerusform>%n brouillon à écrire</numerusform>
            <numerusform>%n brouillons à écrire</numerusform>
        </translation>
    </message>
    <message>
        <source>, {n_without_email} without e-mail</source>
        <translation>, {n_without_email} sans adresse e-mail</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Choose the folder for the drafts first.</source>
        <translation>Choisissez d’abord le dossier des brouillons.</translation>
    </message>
    <message>
        <source>Drafts not written</source>
        <translation>Brouillons non écrits</translation>
    </message>
    <message>
        <source>The folder {parent} cannot be made: {value}.</source>
        <translation>Impossible de créer le dossier {parent}&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>The drafts could not be written: {exc}. Nothing was written.</source>
        <translation>Les brouillons n’ont pas pu être écrits&#xa0;: {exc}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Writing the drafts</source>
        <translation>Écriture des brouillons</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Dossier des brouillons</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive {name}</source>
        <translation>Archiver {name}</translation>
    </message>
    <message>
        <source>e.g. Left the company, on parental leave</source>
        <translation>p. ex. A quitté l’entreprise, en congé parental</translation>
    </message>
    <message>
        <source>Has left the company (counts for retention)</source>
        <translation>A quitté l’entreprise (compte pour la fidélisation)</translation>
    </message>
    <message>
        <source>{name} will be hidden from new pairings and sessions. Their history stays, and you can unarchive them.</source>
        <translation>{name} n’apparaîtra plus dans les nouveaux binômes ni dans les nouvelles séances. Son historique est conservé et vous pourrez le désarchiver.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Rate this cycle</source>
        <translation>Taux sur ce cycle</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Missed two in a row</source>
        <translation>Deux absences d’affilée</translation>
    </message>
    <message>
        <source>P present · A absent · E excused · Space next · Del clear</source>
        <translation>P présent · A absent · E excusé · Espace suivant · Suppr effacer</translation>
    </message>
    <message>
        <source>{present} present, {absent} absent, {excused} excused in this cycle (excused absences do not count against the rate)</source>
        <translation>{present} présents, {absent} absents, {excused} excusés sur ce cycle (les absences excusées ne comptent pas dans le taux)</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Mark with the keyboard: P present, A absent, E excused, Space to cycle, Del to clear; the next person is selected.</source>
        <translation>Saisie au clavier&#xa0;: P présent, A absent, E excusé, Espace pour faire défiler, Suppr pour effacer&#x202f;; la personne suivante est alors sélectionnée.</translation>
    </message>
</context>
<context>
    <name>ChartWorker</name>
    <message>
        <source>the chart worker stopped</source>
        <translation>le processus des graphiques s’est arrêté</translation>
    </message>
    <message>
        <source>the picture could not be read ({error})</source>
        <translation>l’image n’a pas pu être lue ({error})</translation>
    </message>
    <message>
        <source>the chart worker gave no answer</source>
        <translation>le processus des graphiques n’a pas répondu</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Dashboard: every chart</source>
        <translation>Tableau de bord&#xa0;: tous les graphiques</translation>
    </message>
    <message>
        <source>Cycles shown</source>
        <translation>Cycles affichés</translation>
    </message>
    <message>
        <source>This cycle, session by session</source>
        <translation>Ce cycle, séance par séance</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>Tous les cycles</translation>
    </message>
    <message>
        <source>Department shown</source>
        <translation>Service affiché</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Enregistrer ce graphique en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>The charts appear here.</source>
        <translation>Les graphiques s’affichent ici.</translation>
    </message>
    <message>
        <source>Chart picture</source>
        <translation>Image du graphique</translation>
    </message>
    <message>
        <source>Open or create a program to see its charts.</source>
        <translation>Ouvrez ou créez un programme pour voir ses graphiques.</translation>
    </message>
    <message>
        <source>Saving the chart as {name}…</source>
        <translation>Enregistrement du graphique sous {name}…</translation>
    </message>
    <message>
        <source>Drawing the dashboard…</source>
        <translation>Tracé du tableau de bord…</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Tracé du graphique…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Tracé des graphiques…</translation>
    </message>
    <message>
        <source>Feedback in this program is NOT anonymous. </source>
        <translation>Les retours de ce programme ne sont PAS anonymes. </translation>
    </message>
    <message>
        <source>Figures resting on fewer than {min_group_size} responses show “too few responses”, and so do figures that would let one be worked out by subtraction, so nobody&apos;s answer can be singled out. Department figures are per cycle.</source>
        <translation>Les chiffres fondés sur moins de {min_group_size} réponses affichent «&#xa0;trop peu de réponses&#xa0;», de même que ceux qui permettraient d’en déduire une par soustraction&#xa0;: ainsi, personne ne peut être identifié par sa réponse. Les chiffres par service sont calculés par cycle.</translation>
    </message>
    <message>
        <source>The chart could not be drawn. Change a filter or reopen the program to try again.</source>
        <translation>Le graphique n’a pas pu être tracé. Modifiez un filtre ou rouvrez le programme pour réessayer.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation>Impossible d’écrire {target}&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>Chart saved</source>
        <translation>Graphique enregistré</translation>
    </message>
    <message>
        <source>The chart was saved as {target}.</source>
        <translation>Le graphique a été enregistré sous {target}.</translation>
    </message>
</context>
<context>
    <name>ClosingRow</name>
    <message>
        <source>Close Feedback</source>
        <translation>Clore les retours</translation>
    </message>
    <message>
        <source>All of this session&apos;s forms, typed or imported, join the figures together; after that the session takes no more forms (Edit &gt; Undo reopens it)</source>
        <translation>Tous les questionnaires de cette séance, saisis ou importés, rejoignent ensemble les chiffres&#x202f;; ensuite la séance n’en accepte plus (Édition &gt; Annuler la rouvre)</translation>
    </message>
    <message>
        <source>Go to an Open Session</source>
        <translation>Aller à une séance ouverte</translation>
    </message>
    <message>
        <source>To type more forms, pick a session whose feedback is open, such as {title}.</source>
        <translation>Pour saisir d’autres formulaires, choisissez une séance dont les retours sont ouverts, comme {title}.</translation>
    </message>
    <message>
        <source>Show {title}, whose feedback is open</source>
        <translation>Afficher {title}, dont les retours sont ouverts</translation>
    </message>
    <message>
        <source>No session of this cycle takes forms now.</source>
        <translation>Aucune séance de ce cycle n’accepte de formulaires pour l’instant.</translation>
    </message>
    <message>
        <source>Feedback closed: it takes no more forms. Forms of this session are kept out of every figure: the rule held them back.</source>
        <translation>Retours clos&#xa0;: la séance n’accepte plus de questionnaires. Des questionnaires de cette séance restent hors de tous les chiffres&#xa0;: la règle les a retenus.</translation>
    </message>
    <message>
        <source>Feedback closed: this session&apos;s forms have joined the figures, and it takes no more forms.</source>
        <translation>Retours clos&#xa0;: les questionnaires de cette séance ont rejoint les chiffres, et elle n’en accepte plus.</translation>
    </message>
    <message>
        <source>Feedback reopened by Undo: close it again to let the same forms join; it takes no new forms.</source>
        <translation>Retours rouverts par Annuler&#xa0;: closez-les à nouveau pour que les mêmes questionnaires les rejoignent&#x202f;; aucun nouveau questionnaire n’est accepté.</translation>
    </message>
    <message>
        <source>Feedback open: its forms wait, counted in no figure, until you close the session&apos;s feedback.</source>
        <translation>Retours ouverts&#xa0;: les questionnaires attendent, comptés dans aucun chiffre, jusqu’à ce que vous closiez les retours de la séance.</translation>
    </message>
    <message>
        <source>Looking for the departments the forms can keep…</source>
        <translation>Recherche des services que les questionnaires peuvent garder…</translation>
    </message>
    <message numerus="yes">
        <source>The departments written on some of these forms split them into groups too small to add to the figures apart. If the departments on %n form(s) are left out ({left_out}), all the forms can join now, those counted for all departments together.</source>
        <translation>
            <numerusform>Les services écrits sur certains de ces questionnaires les répartissent en groupes trop petits pour entrer à part dans les chiffres. Si les services de %n questionnaire sont laissés de côté ({left_out}), tous les questionnaires peuvent entrer maintenant, ceux-là comptés pour tous les services ensemble.</numerusform>
            <numerusform>Les services écrits sur certains de ces questionnaires les répartissent en groupes trop petits pour entrer à part dans les chiffres. Si les services de %n questionnaires sont laissés de côté ({left_out}), tous les questionnaires peuvent entrer maintenant, ceux-là comptés pour tous les services ensemble.</numerusform>
        </translation>
    </message>
    <message>
        <source>The others keep their departments ({kept}).</source>
        <translation>Les autres gardent leurs services ({kept}).</translation>
    </message>
    <message>
        <source>Edit &gt; Undo gives them back.</source>
        <translation>Édition &gt; Annuler les rend.</translation>
    </message>
    <message>
        <source>Close without some departments?</source>
        <translation>Clore sans certains services&#x202f;?</translation>
    </message>
    <message>
        <source>Leave Them Out and Close</source>
        <translation>Les laisser de côté et clore</translation>
    </message>
    <message>
        <source>Close and keep these forms out?</source>
        <translation>Clore et laisser ces questionnaires de côté&#x202f;?</translation>
    </message>
    <message>
        <source>If no more forms will come for this session, close it now: its forms are kept, but out of every figure. The session then takes no more forms; Edit &gt; Undo opens it again. If more forms will come, keep typing: they join once there are enough.</source>
        <translation>Si aucun autre questionnaire ne viendra pour cette séance, closez-la maintenant&#xa0;: ses questionnaires sont gardés, mais hors de tous les chiffres. La séance n’accepte alors plus de questionnaires&#x202f;; Édition &gt; Annuler la rouvre. Si d’autres questionnaires viendront, continuez la saisie&#xa0;: ils entreront quand il y en aura assez.</translation>
    </message>
    <message>
        <source>Close and Keep Them Out</source>
        <translation>Clore et les laisser de côté</translation>
    </message>
</context>
<context>
    <name>ConductDialog</name>
    <message>
        <source>Code of Conduct</source>
        <translation>Code de conduite</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>Text of the code of conduct</source>
        <translation>Texte du code de conduite</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Save the changed text as a new version; everyone is then asked to sign it (Ctrl+S)</source>
        <translation>Enregistrer le texte modifié comme nouvelle version&#x202f;; chacun sera alors invité à la signer (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Print Sheet…</source>
        <translation>&amp;Imprimer la feuille…</translation>
    </message>
    <message>
        <source>The code of conduct as a PDF with lines to sign</source>
        <translation>Le code de conduite en PDF, avec des lignes pour signer</translation>
    </message>
    <message>
        <source>Who has signed</source>
        <translation>Qui a signé</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Find a person or department</source>
        <translation>Rechercher une personne ou un service</translation>
    </message>
    <message>
        <source>Only who has &amp;not signed</source>
        <translation>Seulement qui n’a &amp;pas signé</translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Signed</source>
        <translation>&amp;Marquer la sélection comme signée</translation>
    </message>
    <message>
        <source>Mark as Not Si&amp;gned</source>
        <translation>Marquer comme non si&amp;gnée</translation>
    </message>
    <message>
        <source>Go to Participants</source>
        <translation>Aller aux participants</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nobody to sign yet&lt;/h3&gt;&lt;p&gt;Everyone taking part signs the code of conduct. Add participants on the Participants tab (or import them), then tick here who has signed the paper sheet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Personne n’a encore à signer&lt;/h3&gt;&lt;p&gt;Chaque participant signe le code de conduite. Ajoutez des participants dans l’onglet Participants (ou importez-les), puis cochez ici qui a signé la feuille papier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version {version}{made}{current}</source>
        <translation>Version {version}{made}{current}</translation>
    </message>
    <message>
        <source>There is no code of conduct yet: write one and save it.</source>
        <translation>Il n’y a pas encore de code de conduite&#xa0;: rédigez-en un et enregistrez-le.</translation>
    </message>
    <message>
        <source>Edit the text and save: a change makes a new version for everyone to sign.</source>
        <translation>Modifiez le texte et enregistrez&#xa0;: chaque modification crée une nouvelle version que tout le monde doit signer.</translation>
    </message>
    <message>
        <source>An earlier version, kept with its signatures. Version {version} is current.</source>
        <translation>Une version antérieure, conservée avec ses signatures. La version en vigueur est la {version}.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>la version {version}</translation>
    </message>
    <message>
        <source>the code of conduct</source>
        <translation>le code de conduite</translation>
    </message>
    <message>
        <source>{signed} of {expected} people have signed {which}.</source>
        <translation>{signed} personnes sur {expected} ont signé {which}.</translation>
    </message>
    <message>
        <source> {value} have not.</source>
        <translation> {value} ne l’ont pas encore fait.</translation>
    </message>
    <message>
        <source>Change Code of Conduct</source>
        <translation>Modifier le code de conduite</translation>
    </message>
    <message>
        <source>Cannot save the code of conduct</source>
        <translation>Impossible d’enregistrer le code de conduite</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {who} as Signed</source>
        <translation>Marquer {who} comme signé</translation>
    </message>
    <message>
        <source>Mark {who} as Not Signed</source>
        <translation>Marquer {who} comme non signé</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>New cycle</source>
        <translation>Nouveau cycle</translation>
    </message>
    <message>
        <source>e.g. Spring 2027</source>
        <translation>p. ex. Printemps 2027</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>New cycle {name}</source>
        <translation>Nouveau cycle {name}</translation>
    </message>
</context>
<context>
    <name>CyclePane</name>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Add a session to this cycle</source>
        <translation>Ajouter une séance à ce cycle</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Save all the cycle&apos;s sessions as calendar invites</source>
        <translation>Enregistrer toutes les séances du cycle comme invitations d’agenda</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>A new cycle with the same sessions, moved to new dates</source>
        <translation>Un nouveau cycle avec les mêmes séances, déplacées à de nouvelles dates</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this cycle (you can undo)</source>
        <translation>Supprimer ce cycle (annulable)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>Sta&amp;rts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Sessions of the cycle</source>
        <translation>Séances du cycle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Follow up with</source>
        <translation>À relancer</translation>
    </message>
    <message>
        <source>No sessions in this cycle yet.</source>
        <translation>Pas encore de séance dans ce cycle.</translation>
    </message>
    <message>
        <source>Add the first session…</source>
        <translation>Ajouter la première séance…</translation>
    </message>
    <message>
        <source>Follow up with (missed two sessions in a row, unexcused):</source>
        <translation>À relancer (deux séances manquées d’affilée sans excuse)&#xa0;:</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>non relevée</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), attendance taken at {taken}. Attendance this cycle: {rate} ({present} present, {absent} absent, {excused} excused; excused absences do not count against the rate).</source>
        <translation>
            <numerusform>%n séance, présence relevée à {taken}. Présence sur ce cycle&#xa0;: {rate} ({present} présents, {absent} absents, {excused} excusés&#x202f;; les absences excusées ne comptent pas dans le taux).</numerusform>
            <numerusform>%n séances, présence relevée à {taken}. Présence sur ce cycle&#xa0;: {rate} ({present} présents, {absent} absents, {excused} excusés&#x202f;; les absences excusées ne comptent pas dans le taux).</numerusform>
        </translation>
    </message>
    <message>
        <source>{get} — missed {missed}</source>
        <translation>{get} — a manqué {missed}</translation>
    </message>
    <message>
        <source>Nobody: no one missed two sessions in a row.</source>
        <translation>Personne&#xa0;: aucune personne n’a manqué deux séances d’affilée.</translation>
    </message>
    <message>
        <source>Edit cycle {name}</source>
        <translation>Modifier le cycle {name}</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Feedback forms, one row per form</source>
        <translation>Questionnaires de retour, une ligne par questionnaire</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The document could not be made: {exc}</source>
        <translation>Le document n’a pas pu être créé&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>Print Documents</source>
        <translation>Imprimer des documents</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Copies of the feedback form and the code-of-conduct sheet (one form per attendee, say)</source>
        <translation>Exemplaires du questionnaire de retour et de la feuille du code de conduite (un questionnaire par participant, par exemple)</translation>
    </message>
    <message>
        <source>Split the sign-in sheet by initial (A–K, L–Z) for that many tables at the door</source>
        <translation>Répartir la feuille d’émargement par initiale (A–K, L–Z) pour autant de tables à l’entrée</translation>
    </message>
    <message>
        <source>Large print, for the wall</source>
        <translation>Gros caractères, pour le mur</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Séance&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;ycle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Copies of &amp;forms:</source>
        <translation>Exemplaires des &amp;questionnaires&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in s&amp;heets:</source>
        <translation>Feuilles d’é&amp;margement&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>&amp;Open in PDF Viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse PDF</translation>
    </message>
    <message>
        <source>Open the document in your PDF viewer to print it</source>
        <translation>Ouvrir le document dans votre visionneuse PDF pour l’imprimer</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source> The pages cannot be drawn here: use Open in PDF Viewer to look at them.</source>
        <translation> Les pages ne peuvent pas être affichées ici&#xa0;: utilisez «&#xa0;Ouvrir dans la visionneuse PDF&#xa0;» pour les voir.</translation>
    </message>
    <message>
        <source> The preview shows the first {n_images}.</source>
        <translation> L’aperçu montre les {n_images} premières.</translation>
    </message>
    <message>
        <source> Saving records that this session&apos;s sign-in sheet was printed.</source>
        <translation> L’enregistrement note que la feuille d’émargement de cette séance a été imprimée.</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Impossible d’enregistrer le PDF</translation>
    </message>
    <message>
        <source>{path} could not be written: {value}.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>Print Sign-in Sheet</source>
        <translation>Imprimer la feuille d’émargement</translation>
    </message>
    <message>
        <source>Save {lower}</source>
        <translation>Enregistrer {lower}</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Pas de visionneuse PDF</translation>
    </message>
    <message>
        <source>No program opened the PDF. It is saved at {target}.</source>
        <translation>Aucun programme n’a ouvert le PDF. Il est enregistré sous {target}.</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>Facilitators</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>A facilitator guides the sessions and keeps them productive without owning the content. Choose someone with no authority over any participant, so people feel safe to say what they don&apos;t know.</source>
        <translation>La personne qui anime guide les séances et veille à ce qu’elles restent productives, sans s’approprier le contenu. Choisissez une personne sans autorité sur aucun participant, pour que chacun ose dire ce qu’il ne sait pas.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>or an outside person&apos;s name</source>
        <translation>ou le nom d’une personne extérieure</translation>
    </message>
    <message>
        <source>their email</source>
        <translation>son adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Appoint</source>
        <translation>&amp;Désigner</translation>
    </message>
    <message>
        <source>Appoint a facilitator</source>
        <translation>Désigner la personne qui anime</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Participant</translation>
    </message>
    <message>
        <source>&amp;Outside person</source>
        <translation>Personne &amp;extérieure</translation>
    </message>
    <message>
        <source>outside person</source>
        <translation>personne extérieure</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>No facilitator yet: appoint one below.</source>
        <translation>Personne n’anime encore&#xa0;: désignez quelqu’un ci-dessous.</translation>
    </message>
    <message>
        <source>— choose a participant —</source>
        <translation>— choisir un participant —</translation>
    </message>
    <message>
        <source>✓ Manages nobody in the program: a neutral choice.</source>
        <translation>✓ N’encadre personne dans le programme&#xa0;: un choix neutre.</translation>
    </message>
    <message>
        <source>Appoint {value}</source>
        <translation>Désigner {value}</translation>
    </message>
    <message>
        <source>Remove facilitator {name}</source>
        <translation>Retirer {name} de l’animation</translation>
    </message>
</context>
<context>
    <name>FeedbackImportDialog</name>
    <message>
        <source>Import feedback from {name}</source>
        <translation>Importer les retours de {name}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>How each column is understood</source>
        <translation>Comment chaque colonne est comprise</translation>
    </message>
    <message>
        <source>Keep the session&apos;s feedback open</source>
        <translation>Garder ouverts les retours de la séance</translation>
    </message>
    <message>
        <source>Unticked, the import closes the session&apos;s feedback: all its forms, typed or imported, join the figures together, and the session takes no more forms. Tick it when more forms for this session are still to come.</source>
        <translation>Non cochée, l’import clôt les retours de la séance&#xa0;: tous ses questionnaires, saisis ou importés, rejoignent ensemble les chiffres, et la séance n’en accepte plus. Cochez-la quand d’autres questionnaires de cette séance doivent encore arriver.</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Aperçu des lignes</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problèmes et remarques</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Reconnu comme</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>This program has no sessions yet: add the session on the Sessions tab first, then import its feedback.</source>
        <translation>Ce programme n’a pas encore de séance&#xa0;: ajoutez d’abord la séance dans l’onglet Séances, puis importez ses retours.</translation>
    </message>
    <message>
        <source>This program&apos;s feedback is anonymous: names, emails, times and anything else in the file that could tell who answered are not read and not stored.</source>
        <translation>Les retours de ce programme sont anonymes&#xa0;: les noms, adresses e-mail, horaires et tout ce qui, dans le fichier, pourrait révéler qui a répondu ne sont ni lus ni conservés.</translation>
    </message>
    <message>
        <source>Respondents are linked to participants by their email.</source>
        <translation>Les répondants sont rattachés aux participants par leur adresse e-mail.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message>
        <source> First say what each column below is.</source>
        <translation> Indiquez d’abord ce qu’est chaque colonne ci-dessous.</translation>
    </message>
    <message>
        <source>Import without the bad rows?</source>
        <translation>Importer sans les lignes erronées&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have answers that do not fit the questions and will not be imported. Import the other responses now?</source>
        <translation>
            <numerusform>%n ligne contient des réponses qui ne correspondent pas aux questions et ne sera pas importée. Importer maintenant les autres réponses&#x202f;?</numerusform>
            <numerusform>%n lignes contiennent des réponses qui ne correspondent pas aux questions et ne seront pas importées. Importer maintenant les autres réponses&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation>Importer les autres</translation>
    </message>
    <message>
        <source>Import these answers?</source>
        <translation>Importer ces réponses&#x202f;?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importer quand même</translation>
    </message>
    <message>
        <source>Import {n_responses} feedback responses from {name}</source>
        <translation>Importer {n_responses} réponses de {name}</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>Pas encore importé</translation>
    </message>
    <message>
        <source>Leave Them Out and Import</source>
        <translation>Les laisser de côté et importer</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>L’import a échoué</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation>Rien n’a été importé&#xa0;: {exc}.</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Feedback &amp;Questions…</source>
        <translation>&amp;Questions de retour…</translation>
    </message>
    <message>
        <source>Add, edit, reorder or deactivate the feedback questions</source>
        <translation>Ajouter, modifier, réordonner ou désactiver les questions de retour</translation>
    </message>
    <message>
        <source>&amp;Cycle Report…</source>
        <translation>&amp;Rapport de cycle…</translation>
    </message>
    <message>
        <source>The cycle report for management, as a PDF</source>
        <translation>Le rapport de cycle pour la direction, en PDF</translation>
    </message>
    <message>
        <source>The session whose paper forms you are typing in</source>
        <translation>La séance dont vous saisissez les questionnaires papier</translation>
    </message>
    <message>
        <source>Delete Form</source>
        <translation>Supprimer le questionnaire</translation>
    </message>
    <message>
        <source>Delete the selected forms (Del); Edit &gt; Undo brings them back</source>
        <translation>Supprimer les questionnaires sélectionnés (Suppr)&#x202f;; Édition &gt; Annuler les rétablit</translation>
    </message>
    <message>
        <source>Show Comments</source>
        <translation>Afficher les commentaires</translation>
    </message>
    <message>
        <source>The cycle&apos;s written comments: for you, the facilitator, only. They never appear in participants&apos; handouts.</source>
        <translation>Les commentaires écrits du cycle&#xa0;: pour vous seul, qui animez. Ils n’apparaissent jamais dans les documents remis aux participants.</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>Close the session&apos;s feedback, its forms kept out</source>
        <translation>Clore les retours de la séance, questionnaires laissés de côté</translation>
    </message>
    <message>
        <source>Close the session&apos;s feedback without some departments</source>
        <translation>Clore les retours de la séance sans certains services</translation>
    </message>
    <message>
        <source>Close the session&apos;s feedback</source>
        <translation>Clore les retours de la séance</translation>
    </message>
    <message>
        <source>Select a comment that names someone and hide it before the report (Del)</source>
        <translation>Sélectionnez un commentaire qui nomme quelqu’un et masquez-le avant le rapport (Suppr)</translation>
    </message>
    <message>
        <source>Hide Comment</source>
        <translation>Masquer le commentaire</translation>
    </message>
    <message>
        <source>Leave the selected comment out of every view and report (Edit &gt; Undo brings it back)</source>
        <translation>Retirer le commentaire sélectionné de toutes les vues et de tous les rapports (Édition &gt; Annuler le rétablit)</translation>
    </message>
    <message>
        <source>Show Hidden Comments Again</source>
        <translation>Réafficher les commentaires masqués</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Séance&#xa0;:</translation>
    </message>
    <message>
        <source>Set Up the Feedback Questions…</source>
        <translation>Configurer les questions de retour…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No sessions to collect feedback from yet&lt;/h3&gt;&lt;p&gt;Plan the cycle&apos;s sessions on the Sessions tab; their paper forms are typed in here afterwards. Meanwhile you can set up the questions the forms will ask.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de séance pour recueillir des retours&lt;/h3&gt;&lt;p&gt;Planifiez les séances du cycle dans l’onglet Séances&#x202f;; leurs questionnaires papier seront ensuite saisis ici. En attendant, vous pouvez configurer les questions des questionnaires.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No program open&lt;/h3&gt;&lt;p&gt;Open or create a program with the File menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun programme ouvert&lt;/h3&gt;&lt;p&gt;Ouvrez ou créez un programme avec le menu Fichier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>too few to show</source>
        <translation>trop peu pour afficher</translation>
    </message>
    <message>
        <source>, {typing} being typed</source>
        <translation>, {typing} en cours de saisie</translation>
    </message>
    <message>
        <source>Skill confidence, before the cycle</source>
        <translation>Confiance dans les compétences, avant le cycle</translation>
    </message>
    <message>
        <source>Skill confidence, after the cycle</source>
        <translation>Confiance dans les compétences, après le cycle</translation>
    </message>
    <message>
        <source>{n_forms} being typed</source>
        <translation>{n_forms} en cours de saisie</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n questionnaire</numerusform>
            <numerusform>%n questionnaires</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per paper form: type each answer and press Tab or Enter; the form is saved at the end of its row. Forms are anonymous: only a department written on the form is kept. Typed forms stay here to be corrected while the session&apos;s feedback is open. Close Feedback joins all of the session&apos;s forms, typed or imported, to the figures at once; after that the session takes no more forms. Imported answers are never listed one by one.</source>
        <translation>Une ligne par questionnaire papier&#xa0;: saisissez chaque réponse puis Tab ou Entrée&#x202f;; le questionnaire est enregistré au bout de sa ligne. Les questionnaires sont anonymes&#xa0;: seul un service écrit sur le questionnaire est gardé. Les questionnaires saisis restent ici pour être corrigés tant que les retours de la séance sont ouverts. «&#xa0;Clore les retours&#xa0;» fait rejoindre les chiffres, à la fois, à tous les questionnaires de la séance, saisis ou importés&#x202f;; ensuite la séance n’en accepte plus. Les réponses importées ne sont jamais listées une par une.</translation>
    </message>
    <message>
        <source>Feedback in this program is NOT anonymous: each form is stored with who filled it in. One row per paper form; type who filled it in in the Person column.</source>
        <translation>Les retours de ce programme ne sont PAS anonymes&#xa0;: chaque questionnaire est enregistré avec le nom de la personne qui l’a rempli. Une ligne par questionnaire papier&#x202f;; indiquez dans la colonne Personne qui l’a rempli.</translation>
    </message>
    <message>
        <source>Add feedback form</source>
        <translation>Ajouter un questionnaire de retour</translation>
    </message>
    <message>
        <source>Correct feedback form</source>
        <translation>Corriger un questionnaire de retour</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feedback form(s)</source>
        <translation>
            <numerusform>Supprimer %n questionnaire de retour</numerusform>
            <numerusform>Supprimer %n questionnaires de retour</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide Comments</source>
        <translation>Masquer les commentaires</translation>
    </message>
    <message>
        <source>Fewer than {min_group_size} people wrote a comment this cycle (or showing them would single out a smaller group), so the comments stay hidden: with so few, a comment could point to its writer.</source>
        <translation>Moins de {min_group_size} personnes ont écrit un commentaire sur ce cycle (ou les afficher isolerait un groupe plus petit)&#xa0;: les commentaires restent donc masqués, car avec si peu de personnes, un commentaire pourrait trahir son auteur.</translation>
    </message>
    <message>
        <source>No written comments in this cycle yet.</source>
        <translation>Pas encore de commentaire écrit sur ce cycle.</translation>
    </message>
    <message>
        <source>For you only — never printed in participants&apos; handouts. Sorted, without sessions or departments. Hide a comment that names someone before you export the report.</source>
        <translation>Pour vous seul — jamais imprimés dans les documents des participants. Triés, sans séance ni service. Masquez tout commentaire qui nomme quelqu’un avant d’exporter le rapport.</translation>
    </message>
    <message numerus="yes">
        <source> %n comment(s) hidden by you.</source>
        <translation>
            <numerusform> %n commentaire masqué par vous.</numerusform>
            <numerusform> %n commentaires masqués par vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide a comment</source>
        <translation>Masquer un commentaire</translation>
    </message>
    <message>
        <source>Show hidden comments again</source>
        <translation>Réafficher les commentaires masqués</translation>
    </message>
    <message>
        <source>Save the cycle report</source>
        <translation>Enregistrer le rapport de cycle</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Tracé des graphiques…</translation>
    </message>
    <message>
        <source>Cycle report saved</source>
        <translation>Rapport de cycle enregistré</translation>
    </message>
    <message>
        <source>The cycle report for {name} was saved as {saved}.</source>
        <translation>Le rapport du cycle {name} a été enregistré sous {saved}.</translation>
    </message>
    <message>
        <source>Cycle report not saved</source>
        <translation>Rapport de cycle non enregistré</translation>
    </message>
    <message>
        <source>{target} could not be written: {reason}.</source>
        <translation>Impossible d’écrire {target}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Drawing the cycle report</source>
        <translation>Création du rapport de cycle</translation>
    </message>
</context>
<context>
    <name>FormsModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Type the next paper form here; it is saved when you finish the row.</source>
        <translation>Saisissez ici le questionnaire papier suivant&#x202f;; il est enregistré quand vous terminez la ligne.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Skill: the skill the confidence answer is about (type the first letters).</source>
        <translation>Compétence&#xa0;: la compétence sur laquelle porte la réponse de confiance (tapez les premières lettres).</translation>
    </message>
    <message>
        <source>Person: who filled in the form (feedback is named in this program).</source>
        <translation>Personne&#xa0;: qui a rempli le questionnaire (dans ce programme, les retours sont nominatifs).</translation>
    </message>
    <message>
        <source>Department: the respondent&apos;s department, optional (type the first letters).</source>
        <translation>Service&#xa0;: le service du répondant, facultatif (tapez les premières lettres).</translation>
    </message>
    <message>
        <source>No participant matches “{text}”: type the first letters of their name.</source>
        <translation>Aucun participant ne correspond à «&#xa0;{text}&#xa0;»&#xa0;: tapez les premières lettres de son nom.</translation>
    </message>
    <message>
        <source>No department matches “{text}”. Departments: {value}.</source>
        <translation>Aucun service ne correspond à «&#xa0;{text}&#xa0;». Services&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PeerDesk quick guide</source>
        <translation>Guide rapide de PeerDesk</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Guide rapide</translation>
    </message>
</context>
<context>
    <name>HandChanges</name>
    <message>
        <source>{verb} refused</source>
        <translation>{verb}&#xa0;: refusé</translation>
    </message>
    <message>
        <source>{verb} refused: {describe}</source>
        <translation>{verb}&#xa0;: refusé&#xa0;: {describe}</translation>
    </message>
    <message>
        <source>A new recruit loses their buddy</source>
        <translation>Un nouvel arrivant perd son parrain</translation>
    </message>
    <message>
        <source>{describe} {verb} anyway?</source>
        <translation>{describe} {verb} quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Lower total score</source>
        <translation>Score total plus bas</translation>
    </message>
    <message>
        <source>Swap {name} and {name2}</source>
        <translation>Échanger {name} et {name2}</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Échanger</translation>
    </message>
    <message>
        <source>out of the pair</source>
        <translation>hors du binôme</translation>
    </message>
    <message>
        <source>to another pair</source>
        <translation>vers un autre binôme</translation>
    </message>
    <message>
        <source>Move {name} {where}</source>
        <translation>Déplacer {name} {where}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Pair {name} with {name2}</source>
        <translation>Associer {name} à {name2}</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>not paired</source>
        <translation>sans binôme</translation>
    </message>
    <message>
        <source>Swap {name} with:</source>
        <translation>Échanger {name} avec&#xa0;:</translation>
    </message>
    <message>
        <source>Out of any pair</source>
        <translation>Hors de tout binôme</translation>
    </message>
    <message>
        <source>Move {name} into:</source>
        <translation>Déplacer {name} dans&#xa0;:</translation>
    </message>
    <message>
        <source>Add to a pair</source>
        <translation>Ajouter à un binôme</translation>
    </message>
    <message>
        <source>Add {name} to:</source>
        <translation>Ajouter {name} à&#xa0;:</translation>
    </message>
    <message>
        <source>Pair with</source>
        <translation>Associer à</translation>
    </message>
    <message>
        <source>Pair {name} with:</source>
        <translation>Associer {name} à&#xa0;:</translation>
    </message>
    <message>
        <source>Never pair</source>
        <translation>Ne jamais associer</translation>
    </message>
    <message>
        <source>Never pair {name} with:</source>
        <translation>Ne jamais associer {name} à&#xa0;:</translation>
    </message>
    <message>
        <source>Why (optional, only you see it):</source>
        <translation>Pourquoi (facultatif, visible de vous seul)&#xa0;:</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} et {b}</translation>
    </message>
    <message>
        <source>{names} are already never to be paired.</source>
        <translation>{names} ne doivent déjà jamais être associés.</translation>
    </message>
    <message>
        <source>Never pair {names}</source>
        <translation>Ne jamais associer {names}</translation>
    </message>
    <message>
        <source>{names} will never be paired.</source>
        <translation>{names} ne seront jamais associés.</translation>
    </message>
    <message>
        <source> They are in the same pair now: move one of them, or generate again.</source>
        <translation> Ils forment actuellement un binôme&#xa0;: déplacez l’un d’eux ou générez à nouveau.</translation>
    </message>
    <message>
        <source>Remove an exclusion</source>
        <translation>Lever une exclusion</translation>
    </message>
    <message>
        <source>Allow these two to be paired again:</source>
        <translation>Autoriser à nouveau ces deux personnes à être associées&#xa0;:</translation>
    </message>
    <message>
        <source>Allow {value} to be paired</source>
        <translation>Autoriser l’association de {value}</translation>
    </message>
    <message>
        <source>Let {name} be paired</source>
        <translation>Autoriser {name} à être associé</translation>
    </message>
    <message>
        <source>{name} can now be paired: generate again, or pair them by hand.</source>
        <translation>{name} peut maintenant être associé&#xa0;: générez à nouveau, ou formez le binôme à la main.</translation>
    </message>
    <message>
        <source>Pin a pair that breaks a rule</source>
        <translation>Épingler un binôme qui enfreint une règle</translation>
    </message>
    <message>
        <source>{join} A pin keeps it as it is through every new run. Pin anyway?</source>
        <translation>{join} Un binôme épinglé reste tel quel à chaque nouvelle génération. L’épingler quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Pin {people}</source>
        <translation>Épingler {people}</translation>
    </message>
    <message>
        <source>Unpin {people}</source>
        <translation>Désépingler {people}</translation>
    </message>
    <message>
        <source>Unpublish pairs</source>
        <translation>Dépublier les binômes</translation>
    </message>
    <message>
        <source>Unpublish the pairs of {name}? They stop counting for the no-repeat rule until you publish again.</source>
        <translation>Dépublier les binômes de {name}&#x202f;? Ils ne comptent plus pour la règle de non-répétition jusqu’à ce que vous les publiiez de nouveau.</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Dépublier</translation>
    </message>
    <message>
        <source>Unpublish the pairs of {name}</source>
        <translation>Dépublier les binômes de {name}</translation>
    </message>
    <message>
        <source>Publish pairs</source>
        <translation>Publier les binômes</translation>
    </message>
    <message>
        <source>Publish the {count} pairs and trios of {name}? Published pairs are recorded, and nobody will be paired with the same partner in a later cycle.</source>
        <translation>Publier les {count} binômes et trinômes de {name}&amp;#x202f;? Les binômes publiés sont enregistrés, et personne ne sera de nouveau associé à la même personne lors d’un cycle ultérieur.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Publish the pairs of {name}</source>
        <translation>Publier les binômes de {name}</translation>
    </message>
    <message>
        <source>The pairs of {name} are published.</source>
        <translation>Les binômes de {name} sont publiés.</translation>
    </message>
    <message>
        <source>Change pairing rules and weights</source>
        <translation>Modifier les règles et pondérations d’association</translation>
    </message>
    <message>
        <source>Pairing rules and weights changed: generate again to use them.</source>
        <translation>Règles et pondérations d’association modifiées&#xa0;: générez à nouveau pour les appliquer.</translation>
    </message>
</context>
<context>
    <name>IntakeFormDialog</name>
    <message>
        <source>Intake form</source>
        <translation>Formulaire d’inscription</translation>
    </message>
    <message>
        <source>Ask each participant what they could teach and would like to learn. Paste these questions into a new Google Form or Microsoft Form, with the answer type given for each (the wordings let PeerDesk recognise the answers on File &gt; Import Intake). For paper, print the PDF form; for a spreadsheet, hand out the Excel template.</source>
        <translation>Demandez à chaque participant ce qu’il pourrait enseigner et ce qu’il aimerait apprendre. Collez ces questions dans un nouveau formulaire Google ou Microsoft, avec le type de réponse indiqué pour chacune (c’est à leur formulation que PeerDesk reconnaît les réponses dans Fichier &gt; Importer les inscriptions). Pour le papier, imprimez le formulaire PDF&#x202f;; pour un tableur, distribuez le modèle Excel.</translation>
    </message>
    <message>
        <source>&amp;Copy Questions</source>
        <translation>&amp;Copier les questions</translation>
    </message>
    <message>
        <source>Save &amp;Questions…</source>
        <translation>Enregistrer les &amp;questions…</translation>
    </message>
    <message>
        <source>Save &amp;PDF Form…</source>
        <translation>Enregistrer le formulaire &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Excel Template…</source>
        <translation>Enregistrer le modèle &amp;Excel…</translation>
    </message>
    <message>
        <source>The questions are on the clipboard: paste them into your form.</source>
        <translation>Les questions sont dans le presse-papiers&#xa0;: collez-les dans votre formulaire.</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{name} intake form.{kind}</source>
        <translation>{name} formulaire d’inscription.{kind}</translation>
    </message>
    <message>
        <source>Save the intake form</source>
        <translation>Enregistrer le formulaire d’inscription</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation>Impossible d’écrire {target}&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>Saved {target}</source>
        <translation>{target} enregistré</translation>
    </message>
</context>
<context>
    <name>IntakeImportDialog</name>
    <message>
        <source>Import intake answers from {name}</source>
        <translation>Importer les inscriptions de {name}</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>People in the file</source>
        <translation>Personnes du fichier</translation>
    </message>
    <message>
        <source>Skill merges</source>
        <translation>Fusions de compétences</translation>
    </message>
    <message>
        <source>Accept &amp;All Merges</source>
        <translation>&amp;Accepter toutes les fusions</translation>
    </message>
    <message>
        <source>&amp;Reject All Merges</source>
        <translation>&amp;Refuser toutes les fusions</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problèmes et remarques</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {describe}, {n_table} rows.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&#xa0;: {describe}, {n_table} lignes.</translation>
    </message>
    <message>
        <source>What “{header}” is</source>
        <translation>Ce qu’est «&#xa0;{header}&#xa0;»</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non utilisée</translation>
    </message>
    <message>
        <source>Can teach {value}</source>
        <translation>Peut enseigner {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered as at the last import: left alone.</source>
        <translation>
            <numerusform>%n personne a répondu comme lors du dernier import&#xa0;: laissée telle quelle.</numerusform>
            <numerusform>%n personnes ont répondu comme lors du dernier import&#xa0;: laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>can teach {value}</source>
        <translation>peut enseigner {value}</translation>
    </message>
    <message>
        <source>{n_understood} of {n_headers} columns understood.</source>
        <translation>{n_understood} colonnes sur {n_headers} comprises.</translation>
    </message>
    <message>
        <source> Not used: </source>
        <translation> Non utilisées&#xa0;: </translation>
    </message>
    <message>
        <source> (choose what they are on the left).</source>
        <translation> (indiquez à gauche ce qu’elles sont).</translation>
    </message>
    <message>
        <source>Skill names that look like one skill ({n}). Tick the merges to take and choose the name to keep; an untaken merge keeps the names as typed.</source>
        <translation>Noms de compétences qui semblent désigner la même ({n}). Cochez les fusions à faire et choisissez le nom à garder&#x202f;; une fusion non retenue garde les noms tels qu’ils ont été saisis.</translation>
    </message>
    <message>
        <source>Every skill name is new or already in the program&apos;s vocabulary: no merges to decide.</source>
        <translation>Chaque nom de compétence est nouveau ou figure déjà dans le vocabulaire du programme&#xa0;: aucune fusion à décider.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>{updated} participants updated, {new} of {offered} new people added, %n skill merge(s) taken.</source>
        <translation>
            <numerusform>{updated} participants mis à jour, {new} personnes ajoutées sur {offered} nouvelles, %n fusion de compétences retenue.</numerusform>
            <numerusform>{updated} participants mis à jour, {new} personnes ajoutées sur {offered} nouvelles, %n fusions de compétences retenues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>L’import a échoué</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation>Rien n’a été importé&#xa0;: {exc}.</translation>
    </message>
</context>
<context>
    <name>InviteesDialog</name>
    <message>
        <source>Invite pairs</source>
        <translation>Inviter des binômes</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Inviter des personnes</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Invited: tick each one</source>
        <translation>Invités&#xa0;: cochez chacun</translation>
    </message>
    <message>
        <source>This cycle has no pairs yet: generate them in the Pairings tab first.</source>
        <translation>Ce cycle n’a pas encore de binômes&#xa0;: générez-les d’abord dans l’onglet Binômes.</translation>
    </message>
    <message>
        <source>Space ticks the selected line; Ctrl+A then Space ticks them all.</source>
        <translation>Espace coche la ligne sélectionnée&#x202f;; Ctrl+A puis Espace les coche toutes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>P&amp;airings</source>
        <translation>&amp;Binômes</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <source>Create a new, empty program file</source>
        <translation>Créer un nouveau fichier de programme vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a program file</source>
        <translation>Ouvrir un fichier de programme</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Write a copy of this program to another file</source>
        <translation>Écrire une copie de ce programme dans un autre fichier</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Put the program back as it was at an earlier backup</source>
        <translation>Remettre le programme dans l’état d’une sauvegarde antérieure</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Facilitators…</source>
        <translation>&amp;Animation…</translation>
    </message>
    <message>
        <source>Appoint the program&apos;s neutral facilitators</source>
        <translation>Désigner les personnes qui animent le programme, en toute neutralité</translation>
    </message>
    <message>
        <source>Program &amp;Settings…</source>
        <translation>Paramètres du pr&amp;ogramme…</translation>
    </message>
    <message>
        <source>Tenure thresholds, buddy capacity, confidentiality</source>
        <translation>Seuils d’ancienneté, capacité des parrains, confidentialité</translation>
    </message>
    <message>
        <source>New C&amp;ycle…</source>
        <translation>Nouveau c&amp;ycle…</translation>
    </message>
    <message>
        <source>Start a new cycle, such as “Summer 2027”</source>
        <translation>Commencer un nouveau cycle, par exemple «&#xa0;Été 2027&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>À &amp;propos de PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Quick Guide</source>
        <translation>&amp;Guide rapide</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>{title} is not part of this build.</source>
        <translation>{title} ne fait pas partie de cette version.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source> C&amp;ycle: </source>
        <translation> C&amp;ycle&#xa0;: </translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>The cycle every tab shows</source>
        <translation>Le cycle affiché par tous les onglets</translation>
    </message>
    <message>
        <source>This program is already open</source>
        <translation>Ce programme est déjà ouvert</translation>
    </message>
    <message>
        <source>{name} is open in another PeerDesk window{holder}. Two programs writing the same file would lose changes. You can look at it read-only here.</source>
        <translation>{name} est ouvert dans une autre fenêtre PeerDesk{holder}. Si deux programmes écrivaient dans le même fichier, des modifications seraient perdues. Vous pouvez le consulter ici en lecture seule.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Cannot write to this file</source>
        <translation>Impossible d’écrire dans ce fichier</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Impossible d’ouvrir ce fichier</translation>
    </message>
    <message>
        <source>This file holds things PeerDesk did not put there</source>
        <translation>Ce fichier contient des éléments que PeerDesk n’y a pas mis</translation>
    </message>
    <message>
        <source>{exc}

You can ask whoever sent it for a clean file, or open a cleaned copy: it keeps the people, sessions, pairs and feedback, without those objects. The file you chose stays as it is.</source>
        <translation>{exc}

Vous pouvez demander un fichier propre à la personne qui vous l’a envoyé, ou ouvrir une copie nettoyée&#xa0;: elle conserve les personnes, les séances, les binômes et les retours, sans ces objets. Le fichier choisi reste tel quel.</translation>
    </message>
    <message>
        <source>Open a Cleaned Copy…</source>
        <translation>Ouvrir une copie nettoyée…</translation>
    </message>
    <message>
        <source>Save the cleaned copy as</source>
        <translation>Enregistrer la copie nettoyée sous</translation>
    </message>
    <message>
        <source>Cannot save the cleaned copy</source>
        <translation>Impossible d’enregistrer la copie nettoyée</translation>
    </message>
    <message>
        <source>Choose another name: the file you chose stays as it is.</source>
        <translation>Choisissez un autre nom&#xa0;: le fichier choisi reste tel quel.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written: {err}</source>
        <translation>La copie nettoyée n’a pas pu être écrite&#xa0;: {err}</translation>
    </message>
    <message>
        <source>Backup failed: {exc}</source>
        <translation>La sauvegarde a échoué&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups of this program yet. PeerDesk makes one each time you open a program and once a day while it is open.</source>
        <translation>Il n’y a pas encore de sauvegarde de ce programme. PeerDesk en fait une à chaque ouverture d’un programme, et une par jour tant qu’il reste ouvert.</translation>
    </message>
    <message>
        <source>Put the program back as it was at:</source>
        <translation>Remettre le programme dans son état du&#xa0;:</translation>
    </message>
    <message>
        <source>Replace everything in {name} with the backup from {label}? A backup of the current state is made first.</source>
        <translation>Remplacer tout le contenu de {name} par la sauvegarde du {label}&#x202f;? L’état actuel est sauvegardé d’abord.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauration a échoué</translation>
    </message>
    <message>
        <source>{exc} Your program was not changed.</source>
        <translation>{exc} Votre programme n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Restored the backup from {label}</source>
        <translation>Sauvegarde du {label} restaurée</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Cannot create the program</source>
        <translation>Impossible de créer le programme</translation>
    </message>
    <message>
        <source>{target} could not be created: {exc}. Choose a folder you can write to.</source>
        <translation>{target} n’a pas pu être créé&#xa0;: {exc}. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Open program</source>
        <translation>Ouvrir un programme</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
    <message>
        <source>The copy could not be written: {exc}</source>
        <translation>La copie n’a pas pu être écrite&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>Copie enregistrée sous {path}</translation>
    </message>
    <message>
        <source>About PeerDesk</source>
        <translation>À propos de PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk {version__}

Run a peer learning program: participants, buddy pairings, sessions, feedback. Everything stays in one file on this computer; nothing is sent anywhere.</source>
        <translation>PeerDesk {version__}

Pour animer un programme d’apprentissage entre pairs&#xa0;: participants, binômes avec parrain, séances, retours. Tout reste dans un seul fichier sur cet ordinateur&#x202f;; rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Guide rapide</translation>
    </message>
    <message>
        <source>The guide is missing from this installation. Reinstall PeerDesk to get it back.</source>
        <translation>Le guide manque dans cette installation. Réinstallez PeerDesk pour le retrouver.</translation>
    </message>
    <message>
        <source>No program open</source>
        <translation>Aucun programme ouvert</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(en mémoire)</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[lecture seule]</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Pas encore de cycle</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importé comme</translation>
    </message>
    <message>
        <source>Column {value}</source>
        <translation>Colonne {value}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Field for column {heading}</source>
        <translation>Champ pour la colonne {heading}</translation>
    </message>
</context>
<context>
    <name>MergeModel</name>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Keep as</source>
        <translation>Garder comme</translation>
    </message>
    <message>
        <source>Names merged into it</source>
        <translation>Noms fusionnés dans celle-ci</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>likely typo</source>
        <translation>faute de frappe probable</translation>
    </message>
    <message>
        <source>same skill</source>
        <translation>même compétence</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>e.g. Spring 2027 peer learning</source>
        <translation>p. ex. Apprentissage entre pairs, printemps 2027</translation>
    </message>
    <message>
        <source>This computer is set to {here}. Sessions start in the program&apos;s zone; a remote session can have its own.</source>
        <translation>Cet ordinateur est réglé sur {here}. Les séances commencent dans le fuseau horaire du programme&#x202f;; une séance à distance peut avoir le sien.</translation>
    </message>
    <message>
        <source>Program &amp;name</source>
        <translation>&amp;Nom du programme</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Give the program a name, such as “Spring 2027”.</source>
        <translation>Donnez un nom au programme, par exemple «&#xa0;Printemps 2027&#xa0;».</translation>
    </message>
    <message>
        <source>“{text_typed}” is not a time zone; type a city and pick it from the list, e.g. Europe/Lisbon.</source>
        <translation>«&#xa0;{text_typed}&#xa0;» n’est pas un fuseau horaire&#x202f;; tapez une ville et choisissez-la dans la liste, p. ex. Europe/Paris.</translation>
    </message>
</context>
<context>
    <name>NewQuestionDialog</name>
    <message>
        <source>Add a feedback question</source>
        <translation>Ajouter une question de retour</translation>
    </message>
    <message>
        <source>e.g. My partner was well prepared.</source>
        <translation>p. ex. Mon binôme était bien préparé.</translation>
    </message>
    <message>
        <source>Lowest answer</source>
        <translation>Réponse la plus basse</translation>
    </message>
    <message>
        <source>Highest answer</source>
        <translation>Réponse la plus haute</translation>
    </message>
    <message>
        <source>Part of the psychological-safety score</source>
        <translation>Compte dans le score de sécurité psychologique</translation>
    </message>
    <message>
        <source>Reverse-scored (agreeing means less safety)</source>
        <translation>Score inversé (être d’accord signifie moins de sécurité)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Words on the form</source>
        <translation>&amp;Formulation sur le questionnaire</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Échelle</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session in {name}</source>
        <translation>Nouvelle séance dans {name}</translation>
    </message>
    <message>
        <source>Template: {name} ({total_minutes} min)</source>
        <translation>Modèle&#xa0;: {name} ({total_minutes} min)</translation>
    </message>
    <message>
        <source>An empty agenda</source>
        <translation>Un ordre du jour vide</translation>
    </message>
    <message>
        <source>Copy the agenda of “{title}” ({name}, {short_date})</source>
        <translation>Copier l’ordre du jour de «&#xa0;{title}&#xa0;» ({name}, {short_date})</translation>
    </message>
    <message>
        <source>Default: the template&apos;s name, or “Session N”</source>
        <translation>Par défaut&#xa0;: le nom du modèle, ou «&#xa0;Séance N&#xa0;»</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The zone the session happens in; the calendar invitations carry it. The program&apos;s zone is {setting}.</source>
        <translation>Le fuseau horaire où se tient la séance&#x202f;; les invitations d’agenda l’indiquent. Le fuseau horaire du programme est {setting}.</translation>
    </message>
    <message>
        <source>&amp;Agenda from</source>
        <translation>&amp;Ordre du jour à partir de</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>Dé&amp;but à</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>New session {title}</source>
        <translation>Nouvelle séance {title}</translation>
    </message>
</context>
<context>
    <name>OverviewDock</name>
    <message>
        <source>Program checklist</source>
        <translation>Liste de contrôle du programme</translation>
    </message>
    <message>
        <source>Program Check&amp;list</source>
        <translation>&amp;Liste de contrôle du programme</translation>
    </message>
    <message>
        <source>New Cycle…</source>
        <translation>Nouveau cycle…</translation>
    </message>
    <message>
        <source>Create the first cycle</source>
        <translation>Créer le premier cycle</translation>
    </message>
    <message>
        <source>A cycle is a period such as “Spring 2027” with its own pairs, sessions and feedback. Steps 4 to 8 start once it exists.</source>
        <translation>Un cycle est une période, comme «&#xa0;Printemps 2027&#xa0;», avec ses propres binômes, séances et retours. Les étapes 4 à 8 commencent dès qu’il existe.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>No program open</source>
        <translation>Aucun programme ouvert</translation>
    </message>
    <message>
        <source>Open a program file, or create one with File &gt; New Program.</source>
        <translation>Ouvrez un fichier de programme, ou créez-en un avec Fichier &gt; Nouveau programme.</translation>
    </message>
    <message>
        <source>Program checklist steps</source>
        <translation>Étapes de la liste de contrôle du programme</translation>
    </message>
    <message>
        <source>The checklist cannot be read from this file: {exc}.</source>
        <translation>La liste de contrôle ne peut pas être lue dans ce fichier&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{n} done</source>
        <translation>{n} faites</translation>
    </message>
    <message>
        <source>{warning} to look at</source>
        <translation>{warning} à vérifier</translation>
    </message>
    <message>
        <source>{todo} to do</source>
        <translation>{todo} à faire</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Pas encore de cycle</translation>
    </message>
    <message>
        <source>Editing the code of conduct is not part of this build.</source>
        <translation>La modification du code de conduite ne fait pas partie de cette version.</translation>
    </message>
    <message>
        <source>The program is open read-only.</source>
        <translation>Le programme est ouvert en lecture seule.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Ajuster la largeur de la page à la fenêtre</translation>
    </message>
    <message>
        <source>Fit P&amp;age</source>
        <translation>Page en&amp;tière</translation>
    </message>
    <message>
        <source>Show a whole page</source>
        <translation>Afficher une page entière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>of 0</source>
        <translation>sur 0</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Aperçu des pages</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>of {n_images}</source>
        <translation>sur {n_images}</translation>
    </message>
</context>
<context>
    <name>PairingSettingsDialog</name>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Compétences</translation>
    </message>
    <message>
        <source>for each skill one teaches and the other wants (half more for an expert, half for basics)</source>
        <translation>pour chaque compétence que l’un enseigne et que l’autre veut apprendre (moitié plus pour un expert, moitié moins pour des bases)</translation>
    </message>
    <message>
        <source>Different de&amp;partments</source>
        <translation>&amp;Services différents</translation>
    </message>
    <message>
        <source>pairs that break silos</source>
        <translation>des binômes qui décloisonnent</translation>
    </message>
    <message>
        <source>&amp;Tenure gap</source>
        <translation>Écart d’a&amp;ncienneté</translation>
    </message>
    <message>
        <source>a new recruit with a seasoned colleague (half for a smaller gap)</source>
        <translation>un nouvel arrivant avec un collègue expérimenté (moitié pour un écart plus faible)</translation>
    </message>
    <message>
        <source>Same &amp;office</source>
        <translation>&amp;Même site</translation>
    </message>
    <message>
        <source>Compatible &amp;availability</source>
        <translation>&amp;Disponibilités compatibles</translation>
    </message>
    <message>
        <source>a day or time both gave, or one is free any time</source>
        <translation>un jour ou un horaire indiqué par les deux, ou l’un est disponible à tout moment</translation>
    </message>
    <message>
        <source>Asked to &amp;learn from them</source>
        <translation>A demandé à &amp;apprendre de l’autre</translation>
    </message>
    <message>
        <source>one named the other on the intake form</source>
        <translation>l’un a nommé l’autre dans le formulaire d’inscription</translation>
    </message>
    <message>
        <source>Pairing rules and weights</source>
        <translation>Règles et pondérations d’association</translation>
    </message>
    <message>
        <source>Points each part of a pair&apos;s score is worth. Hard rules (the reporting chain, exclusions, facilitators) are never traded for points.</source>
        <translation>Points que vaut chaque composante du score d’un binôme. Les règles strictes (la ligne hiérarchique, les exclusions, l’animation) ne s’échangent jamais contre des points.</translation>
    </message>
    <message>
        <source>every earlier cycle</source>
        <translation>tous les cycles précédents</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> cycles</translation>
    </message>
    <message>
        <source>Nobody is paired again with someone they were paired with in this many of the latest published cycles</source>
        <translation>Personne n’est de nouveau associé à quelqu’un avec qui il a formé un binôme dans ce nombre de derniers cycles publiés</translation>
    </message>
    <message>
        <source>No &amp;repeats from the last</source>
        <translation>Pas de &amp;répétition sur les derniers</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Valeurs par dé&amp;faut</translation>
    </message>
</context>
<context>
    <name>PairingsTab</name>
    <message>
        <source>&amp;Generate Pairs</source>
        <translation>&amp;Générer les binômes</translation>
    </message>
    <message>
        <source>Pair the cycle&apos;s participants, keeping pinned pairs (Ctrl+Shift+G)</source>
        <translation>Associer les participants du cycle, en gardant les binômes épinglés (Ctrl+Maj+G)</translation>
    </message>
    <message>
        <source>&amp;Publish Pairs</source>
        <translation>&amp;Publier les binômes</translation>
    </message>
    <message>
        <source>Publish the pairs: they then count for the no-repeat rule</source>
        <translation>Publier les binômes&#xa0;: ils comptent alors pour la règle de non-répétition</translation>
    </message>
    <message>
        <source>P&amp;in</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>Pin the selected pair: generating again keeps it (Ctrl+Shift+I)</source>
        <translation>Épingler le binôme sélectionné&#xa0;: il est conservé lors d’une nouvelle génération (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>&amp;Swap…</source>
        <translation>É&amp;changer…</translation>
    </message>
    <message>
        <source>Swap the chosen member with someone in another pair</source>
        <translation>Échanger le membre choisi avec quelqu’un d’un autre binôme</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Move the chosen member into another pair, or out of any (or drag them from this list onto a pair)</source>
        <translation>Déplacer le membre choisi dans un autre binôme, ou hors de tout binôme (ou le faire glisser de cette liste sur un binôme)</translation>
    </message>
    <message>
        <source>&amp;Add to a Pair…</source>
        <translation>&amp;Ajouter à un binôme…</translation>
    </message>
    <message>
        <source>Put the selected person into a pair</source>
        <translation>Placer la personne sélectionnée dans un binôme</translation>
    </message>
    <message>
        <source>Pair &amp;With…</source>
        <translation>Associer &amp;à…</translation>
    </message>
    <message>
        <source>Make a new pair with another person who has none</source>
        <translation>Former un nouveau binôme avec une autre personne qui n’en a pas</translation>
    </message>
    <message>
        <source>&amp;Never Pair With…</source>
        <translation>&amp;Ne jamais associer à…</translation>
    </message>
    <message>
        <source>Never pair the chosen person with someone (an exclusion)</source>
        <translation>Ne jamais associer la personne choisie à quelqu’un (une exclusion)</translation>
    </message>
    <message>
        <source>&amp;Remove an Exclusion…</source>
        <translation>&amp;Lever une exclusion…</translation>
    </message>
    <message>
        <source>Allow two people who were never to be paired again</source>
        <translation>Autoriser à nouveau l’association de deux personnes qui ne devaient jamais être associées</translation>
    </message>
    <message>
        <source>Pair This &amp;Facilitator</source>
        <translation>Associer cette personne qui &amp;anime</translation>
    </message>
    <message>
        <source>Let the selected facilitator be paired like everyone else</source>
        <translation>Permettre à la personne sélectionnée, qui anime, d’être associée comme les autres</translation>
    </message>
    <message>
        <source>Pairing &amp;Rules and Weights…</source>
        <translation>&amp;Règles et pondérations d’association…</translation>
    </message>
    <message>
        <source>What each part of the score weighs; how far back the no-repeat rule looks</source>
        <translation>Le poids de chaque composante du score&#x202f;; jusqu’où remonte la règle de non-répétition</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Sans binôme</translation>
    </message>
    <message>
        <source>Generate pairs</source>
        <translation>Générer les binômes</translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation>Nouveau cycle…</translation>
    </message>
    <message>
        <source>Members of the selected pair</source>
        <translation>Membres du binôme sélectionné</translation>
    </message>
    <message>
        <source>Members (choose one to swap or move):</source>
        <translation>Membres (choisissez-en un pour l’échanger ou le déplacer)&#xa0;:</translation>
    </message>
    <message>
        <source>Why this pair:</source>
        <translation>Pourquoi ce binôme&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No program open&lt;/h3&gt;&lt;p&gt;Open or create a program (File menu) to pair its participants.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun programme ouvert&lt;/h3&gt;&lt;p&gt;Ouvrez ou créez un programme (menu Fichier) pour former les binômes de ses participants.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cycle yet&lt;/h3&gt;&lt;p&gt;Pairs belong to a cycle, such as “Spring 2027”, with its own sessions and feedback. Create the first one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de cycle&lt;/h3&gt;&lt;p&gt;Les binômes appartiennent à un cycle, comme «&#xa0;Printemps 2027&#xa0;», avec ses propres séances et retours. Créez le premier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No pairs yet for {name}&lt;/h3&gt;&lt;p&gt;Generate them: every new recruit gets a seasoned buddy where the rules allow, and everyone else is paired for the best total score. Each pair says why it was made, and you can change it afterwards.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de binômes pour {name}&lt;/h3&gt;&lt;p&gt;Générez-les&#xa0;: chaque nouvel arrivant reçoit un parrain expérimenté lorsque les règles le permettent, et tous les autres sont associés pour obtenir le meilleur score total. Chaque binôme indique pourquoi il a été formé, et vous pouvez le modifier ensuite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publiés</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pairs of {name}&lt;/b&gt; · {state}</source>
        <translation>&lt;b&gt;Binômes de {name}&lt;/b&gt; · {state}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pairs of {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Binômes de {name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Total score {total:g}</source>
        <translation>Score total {total:g}</translation>
    </message>
    <message>
        <source>Not paired: {rowCount}</source>
        <translation>Sans binôme&#xa0;: {rowCount}</translation>
    </message>
    <message>
        <source>Re&amp;generate Pairs</source>
        <translation>Re&amp;générer les binômes</translation>
    </message>
    <message>
        <source>Un&amp;publish Pairs</source>
        <translation>Dé&amp;publier les binômes</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Désé&amp;pingler</translation>
    </message>
    <message>
        <source>Select a pair to see why it was made.</source>
        <translation>Sélectionnez un binôme pour voir pourquoi il a été formé.</translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation> · épinglé</translation>
    </message>
    <message>
        <source>&lt;b&gt;{people}&lt;/b&gt;&lt;br&gt;Score {score:g}{pinned}</source>
        <translation>&lt;b&gt;{people}&lt;/b&gt;&lt;br&gt;Score {score:g}{pinned}</translation>
    </message>
    <message>
        <source> (buddy)</source>
        <translation> (parrain)</translation>
    </message>
    <message>
        <source> (new recruit)</source>
        <translation> (nouvel arrivant)</translation>
    </message>
    <message>
        <source>Pairs not generated</source>
        <translation>Binômes non générés</translation>
    </message>
    <message>
        <source>Generating pairs…</source>
        <translation>Génération des binômes…</translation>
    </message>
    <message>
        <source>Generating pairs</source>
        <translation>Génération des binômes</translation>
    </message>
    <message>
        <source>Pairs not saved</source>
        <translation>Binômes non enregistrés</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) and trio(s) made</source>
        <translation>
            <numerusform>%n binôme ou trinôme formé</numerusform>
            <numerusform>%n binômes et trinômes formés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not paired.</source>
        <translation>
            <numerusform>%n personne sans binôme.</numerusform>
            <numerusform>%n personnes sans binôme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating was cancelled; nothing changed.</source>
        <translation>La génération a été annulée&#x202f;; rien n’a changé.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>buddy</source>
        <translation>parrain</translation>
    </message>
    <message>
        <source>new recruit</source>
        <translation>nouvel arrivant</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Pinned pairs are kept when you generate again</source>
        <translation>Les binômes épinglés sont conservés lors d’une nouvelle génération</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Parrainage</translation>
    </message>
    <message>
        <source>Trio</source>
        <translation>Trinôme</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Pinned: kept when you generate again</source>
        <translation>Épinglé&#xa0;: conservé lors d’une nouvelle génération</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Non épinglé</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>non épinglé</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Levels: 1 basic, 2 good, 3 expert. Write them in brackets: “SQL (3), Git (2)”.</source>
        <translation>Niveaux&#xa0;: 1 notions, 2 bon, 3 expert. Écrivez-les entre parenthèses&#xa0;: «&#xa0;SQL (3), Git (2)&#xa0;».</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Outside manager&apos;s name</source>
        <translation>Nom du responsable extérieur</translation>
    </message>
    <message>
        <source>Outside manager&apos;s name (not in the program)</source>
        <translation>Nom du responsable extérieur (hors programme)</translation>
    </message>
    <message>
        <source>Outside manager&apos;s email</source>
        <translation>Adresse e-mail du responsable extérieur</translation>
    </message>
    <message>
        <source>What they can teach, e.g. SQL (3), Presenting (2)</source>
        <translation>Ce que la personne peut enseigner, p. ex. SQL (3), Prise de parole (2)</translation>
    </message>
    <message>
        <source>What they want to learn, e.g. Negotiation (1)</source>
        <translation>Ce que la personne veut apprendre, p. ex. Négociation (1)</translation>
    </message>
    <message>
        <source>e.g. Mornings, not Fridays</source>
        <translation>p. ex. Le matin, pas le vendredi</translation>
    </message>
    <message>
        <source>Takes part in the program</source>
        <translation>Participe au programme</translation>
    </message>
    <message>
        <source>Program default</source>
        <translation>Valeur par défaut du programme</translation>
    </message>
    <message>
        <source>How many new recruits this person can buddy at once</source>
        <translation>Combien de nouveaux arrivants cette personne peut parrainer à la fois</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation>Date d’em&amp;bauche</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Can &amp;teach</source>
        <translation>Peut ensei&amp;gner</translation>
    </message>
    <message>
        <source>Wants to &amp;learn</source>
        <translation>Veut &amp;apprendre</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>&amp;Disponibilités</translation>
    </message>
    <message>
        <source>Buddy capacity</source>
        <translation>Capacité de parrainage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this person (Enter)</source>
        <translation>Enregistrer cette personne (Entrée)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Rétab&amp;lir</translation>
    </message>
    <message>
        <source>Throw away the changes in this form</source>
        <translation>Abandonner les modifications de ce formulaire</translation>
    </message>
    <message>
        <source>Participant details</source>
        <translation>Fiche du participant</translation>
    </message>
    <message>
        <source>No manager in the program</source>
        <translation>Aucun responsable dans le programme</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>{name} (archived — unarchive to edit)</source>
        <translation>{name} (archivé — désarchivez pour modifier)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Date d’embauche</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Teaches</source>
        <translation>Enseigne</translation>
    </message>
    <message>
        <source>Learns</source>
        <translation>Apprend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>New recruit: under {new} months; seasoned: {seasoned} months or more</source>
        <translation>Nouvel arrivant&#xa0;: moins de {new} mois&#x202f;; expérimenté&#xa0;: {seasoned} mois ou plus</translation>
    </message>
    <message>
        <source>Archived on {short_date}: {value}</source>
        <translation>Archivé le {short_date}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Ne participe pas</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <source>Search names, emails, departments, skills…  (Ctrl+F)</source>
        <translation>Rechercher des noms, e-mails, services, compétences…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Filtre par service</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Tenure filter</source>
        <translation>Filtre par ancienneté</translation>
    </message>
    <message>
        <source>All tenures</source>
        <translation>Toutes anciennetés</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Edit the Selected Participant</source>
        <translation>Modifier le participant sélectionné</translation>
    </message>
    <message>
        <source>&amp;Add Participant</source>
        <translation>&amp;Ajouter un participant</translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+Shift+N)</source>
        <translation>Ajouter un participant (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Archi&amp;ve</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <source>Archive the selected person (keeps their history)</source>
        <translation>Archiver la personne sélectionnée (conserve son historique)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected person, or archive them if they have history (Del)</source>
        <translation>Supprimer la personne sélectionnée, ou l’archiver si elle a un historique (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Import People…</source>
        <translation>&amp;Importer des personnes…</translation>
    </message>
    <message>
        <source>Add or update participants from an HR export (.csv or .xlsx)</source>
        <translation>Ajouter ou mettre à jour des participants à partir d’un export RH (.csv ou .xlsx)</translation>
    </message>
    <message>
        <source>Facilitators…</source>
        <translation>Animation…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No participants yet&lt;/h3&gt;&lt;p&gt;Import the staff list HR sent you (File &amp;gt; Import Participants), or add people one by one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de participants&lt;/h3&gt;&lt;p&gt;Importez la liste du personnel envoyée par les RH (Fichier &amp;gt; Importer des participants), ou ajoutez les personnes une par une.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add the first participant</source>
        <translation>Ajouter le premier participant</translation>
    </message>
    <message>
        <source>Import the staff list…</source>
        <translation>Importer la liste du personnel…</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;Désarchiver</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n person(s) shown</source>
        <translation>
            <numerusform>{shown} sur %n personne affichées</numerusform>
            <numerusform>{shown} sur %n personnes affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Archiver {name}</translation>
    </message>
    <message>
        <source>Unarchive {name}</source>
        <translation>Désarchiver {name}</translation>
    </message>
    <message>
        <source>Archive instead?</source>
        <translation>Archiver plutôt&#x202f;?</translation>
    </message>
    <message>
        <source>{name} already has history in this program (pairs, attendance or feedback), so they can&apos;t be deleted. Archive them instead? Their history stays.</source>
        <translation>{name} a déjà un historique dans ce programme (binômes, présence ou retours) et ne peut donc pas être supprimé. L’archiver plutôt&#x202f;? Son historique est conservé.</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name}&#x202f;?</translation>
    </message>
    <message>
        <source>Delete {name} from the program? You can undo this with Edit &gt; Undo.</source>
        <translation>Supprimer {name} du programme&#x202f;? Vous pouvez annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>Import participants from {name}</source>
        <translation>Importer des participants depuis {name}</translation>
    </message>
    <message>
        <source>How each column is understood</source>
        <translation>Comment chaque colonne est comprise</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Aperçu des lignes</translation>
    </message>
    <message>
        <source>&amp;Day first (31/12)</source>
        <translation>&amp;Jour d’abord (31/12)</translation>
    </message>
    <message>
        <source>&amp;Month first (12/31)</source>
        <translation>&amp;Mois d’abord (12/31)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Columns&lt;/b&gt; — change any that were not understood</source>
        <translation>&lt;b&gt;1. Colonnes&lt;/b&gt; — modifiez celles qui n’ont pas été comprises</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Preview&lt;/b&gt; — every row of the file</source>
        <translation>&lt;b&gt;2. Aperçu&lt;/b&gt; — chaque ligne du fichier</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. What will happen&lt;/b&gt;</source>
        <translation>&lt;b&gt;3. Ce qui va se passer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>for example 03/04/2024</source>
        <translation>par exemple 03/04/2024</translation>
    </message>
    <message>
        <source>The hire dates could be read day-first or month-first ({examples}). Which does the file use?</source>
        <translation>Les dates d’embauche peuvent se lire jour d’abord ou mois d’abord ({examples}). Quel ordre le fichier utilise-t-il&#x202f;?</translation>
    </message>
    <message>
        <source>Choose the date order above to see what will be imported.</source>
        <translation>Choisissez l’ordre des dates ci-dessus pour voir ce qui sera importé.</translation>
    </message>
    <message>
        <source> Rows with problems are left out unless you fix the file and import again.</source>
        <translation> Les lignes qui posent problème sont écartées, à moins que vous ne corrigiez le fichier et ne l’importiez de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Archive the %n person(s) no longer in the file ({names})</source>
        <translation>
            <numerusform>Archiver la %n personne qui n’est plus dans le fichier ({names})</numerusform>
            <numerusform>Archiver les %n personnes qui ne sont plus dans le fichier ({names})</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import {good}</source>
        <translation>&amp;Importer {good}</translation>
    </message>
    <message>
        <source>Import without the bad rows?</source>
        <translation>Importer sans les lignes erronées&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will not be imported. Import the other rows now?</source>
        <translation>
            <numerusform>%n ligne pose problème et ne sera pas importée. Importer maintenant les autres lignes&#x202f;?</numerusform>
            <numerusform>%n lignes posent problème et ne seront pas importées. Importer maintenant les autres lignes&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation>Importer les autres</translation>
    </message>
    <message>
        <source>Import {count} participants from {name}</source>
        <translation>Importer {count} participants depuis {name}</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>L’import a échoué</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}.</source>
        <translation>Rien n’a été importé&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>Writing participants…</source>
        <translation>Écriture des participants…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing participants</source>
        <translation>Import des participants</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}&#xa0;: {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>not in the program: a new participant</source>
        <translation>absent du programme&#xa0;: un nouveau participant</translation>
    </message>
    <message>
        <source>not in the program: left out</source>
        <translation>absent du programme&#xa0;: écarté</translation>
    </message>
    <message>
        <source>updates {what}</source>
        <translation>met à jour {what}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Type part of a name to narrow the list</source>
        <translation>Tapez une partie d’un nom pour filtrer la liste</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Rechercher dans la liste</translation>
    </message>
    <message>
        <source>Nothing matches: erase some of what you typed.</source>
        <translation>Aucun résultat&#xa0;: effacez une partie de votre saisie.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Column {value}</source>
        <translation>Colonne {value}</translation>
    </message>
    <message>
        <source>{heading}
(ignored)</source>
        <translation>{heading}
(ignorée)</translation>
    </message>
</context>
<context>
    <name>ProgramContext</name>
    <message>
        <source>This program is open read-only, so it cannot be changed here.</source>
        <translation>Ce programme est ouvert en lecture seule&#xa0;: il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>The program file {path} was moved or deleted while it was open, so this change was not saved. Use File &gt; Save a Copy As now to keep everything saved so far, then open that copy.</source>
        <translation>Le fichier du programme {path} a été déplacé ou supprimé pendant qu’il était ouvert&#xa0;: cette modification n’a donc pas été enregistrée. Utilisez dès maintenant Fichier &gt; Enregistrer une copie sous pour garder tout ce qui a été enregistré jusqu’ici, puis ouvrez cette copie.</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Feedback questions</source>
        <translation>Questions de retour</translation>
    </message>
    <message>
        <source>&amp;Add Question…</source>
        <translation>&amp;Ajouter une question…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Psychological-safety items: {SAFETY_CITATION} Reverse-scored items are flipped before averaging.</source>
        <translation>Items de sécurité psychologique&#xa0;: {SAFETY_CITATION} Les items à score inversé sont retournés avant le calcul de la moyenne.</translation>
    </message>
    <message>
        <source>Double-click a question to change its words. A question with answers keeps its kind and scale; deactivate it and add a new one instead.</source>
        <translation>Double-cliquez sur une question pour en modifier la formulation. Une question qui a des réponses garde son type et son échelle&#x202f;; désactivez-la plutôt et ajoutez-en une nouvelle.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Edit question “{text}”</source>
        <translation>Modifier la question «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Add question “{text}”</source>
        <translation>Ajouter la question «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Déplacer la question</translation>
    </message>
    <message>
        <source>Activate question</source>
        <translation>Activer la question</translation>
    </message>
    <message>
        <source>Deactivate question</source>
        <translation>Désactiver la question</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Psychological safety</source>
        <translation>Sécurité psychologique</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Recommend (eNPS)</source>
        <translation>Recommandation (eNPS)</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Skill confidence</source>
        <translation>Confiance dans la compétence</translation>
    </message>
    <message>
        <source>Yes, reverse-scored</source>
        <translation>Oui, score inversé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non posée</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Everyone in the cycle</source>
        <translation>Tout le cycle</translation>
    </message>
    <message>
        <source>Chosen pairs</source>
        <translation>Binômes choisis</translation>
    </message>
    <message>
        <source>Chosen people</source>
        <translation>Personnes choisies</translation>
    </message>
    <message>
        <source>e.g. Kick-off</source>
        <translation>p. ex. Lancement</translation>
    </message>
    <message>
        <source>What this session is about (shown in the invite)</source>
        <translation>Le sujet de cette séance (figure dans l’invitation)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Fin à</translation>
    </message>
    <message>
        <source>Where the session happens: a remote session can keep its own zone, and invitations carry it</source>
        <translation>Où se tient la séance&#xa0;: une séance à distance peut garder son propre fuseau horaire, et les invitations l’indiquent</translation>
    </message>
    <message>
        <source>A room, or a video link</source>
        <translation>Une salle, ou un lien de visioconférence</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Your own notes (not in the calendar invite)</source>
        <translation>Vos notes personnelles (absentes de l’invitation d’agenda)</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pendant</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu’à</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titre *</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>S&amp;ujet</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>Sta&amp;rts *</source>
        <translation>Dé&amp;but *</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Animation</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translation>&amp;Invités</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this session (Enter, or Ctrl+Enter from the notes)</source>
        <translation>Enregistrer cette séance (Entrée, ou Ctrl+Entrée depuis les notes)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation>Sans animation</translation>
    </message>
</context>
<context>
    <name>SessionPane</name>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Session pack, agenda, sign-in sheet and feedback forms as PDF</source>
        <translation>Dossier de séance, ordre du jour, feuille d’émargement et questionnaires de retour en PDF</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Save this session as a calendar invite</source>
        <translation>Enregistrer cette séance comme invitation d’agenda</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>A copy of this session a week after the cycle&apos;s last one (Ctrl+D)</source>
        <translation>Une copie de cette séance une semaine après la dernière du cycle (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this session (you can undo)</source>
        <translation>Supprimer cette séance (annulable)</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>&amp;Présence</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Partir de…</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Ajouter un &amp;point</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>Ajouter un point après celui sélectionné (Inser)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Retirer le point sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>&amp;Present (P)</source>
        <translation>&amp;Présent (P)</translation>
    </message>
    <message>
        <source>A&amp;bsent (A)</source>
        <translation>A&amp;bsent (A)</translation>
    </message>
    <message>
        <source>&amp;Excused (E)</source>
        <translation>&amp;Excusé (E)</translation>
    </message>
    <message>
        <source>Clear (Del)</source>
        <translation>Effacer (Suppr)</translation>
    </message>
    <message>
        <source>Everyone else present</source>
        <translation>Tous les autres présents</translation>
    </message>
    <message>
        <source>Mark everyone not marked yet as present</source>
        <translation>Marquer présents tous ceux qui ne sont pas encore marqués</translation>
    </message>
    <message>
        <source>Type P, A or E for each name as you read the sign-in sheet; the next name is selected each time.</source>
        <translation>Tapez P, A ou E pour chaque nom en lisant la feuille d’émargement&#x202f;; le nom suivant est sélectionné à chaque fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) invited</source>
        <translation>
            <numerusform>%n personne invitée</numerusform>
            <numerusform>%n personnes invitées</numerusform>
        </translation>
    </message>
    <message>
        <source>Running total: {summary}</source>
        <translation>Cumul&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>{n} present</source>
        <translation>{n} présents</translation>
    </message>
    <message>
        <source>{n} absent</source>
        <translation>{n} absents</translation>
    </message>
    <message>
        <source>{n} excused</source>
        <translation>{n} excusés</translation>
    </message>
    <message>
        <source>{waiting} not marked</source>
        <translation>{waiting} non marqués</translation>
    </message>
    <message>
        <source> — rate {percent}</source>
        <translation> — taux {percent}</translation>
    </message>
    <message>
        <source>This session&apos;s feedback forms wait to join the figures: they join with the next forms typed or imported, when comparing the figures can no longer give them away.</source>
        <translation>Les questionnaires de retour de cette séance attendent d’entrer dans les chiffres&amp;#xa0;: ils entrent avec les prochains questionnaires saisis ou importés, quand comparer les chiffres ne pourra plus les révéler.</translation>
    </message>
    <message>
        <source>Edit session {title}</source>
        <translation>Modifier la séance {title}</translation>
    </message>
    <message>
        <source>Cannot invite them</source>
        <translation>Impossible de les inviter</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>{name} ({total_minutes} min)</source>
        <translation>{name} ({total_minutes} min)</translation>
    </message>
    <message>
        <source>Copy the agenda of</source>
        <translation>Copier l’ordre du jour de</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Modifier les modèles…</translation>
    </message>
    <message>
        <source>Replace the agenda?</source>
        <translation>Remplacer l’ordre du jour&#x202f;?</translation>
    </message>
    <message>
        <source>Replace the {n_agenda} items of this agenda? You can undo this.</source>
        <translation>Remplacer les {n_agenda} points de cet ordre du jour&#x202f;? Vous pouvez annuler.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Agenda from template {name}</source>
        <translation>Ordre du jour à partir du modèle {name}</translation>
    </message>
    <message>
        <source>Copy the agenda of {title}</source>
        <translation>Copier l’ordre du jour de {title}</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Save template {name}</source>
        <translation>Enregistrer le modèle {name}</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation>non relevé</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>relevé</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {who} {what}</source>
        <translation>Marquer {who} comme {what}</translation>
    </message>
    <message>
        <source>Attendance not changed</source>
        <translation>Présences non modifiées</translation>
    </message>
    <message>
        <source>Feedback forms wait</source>
        <translation>Les questionnaires de retour attendent</translation>
    </message>
    <message>
        <source>Mark attendance for a future session?</source>
        <translation>Relever la présence d’une séance à venir&#x202f;?</translation>
    </message>
    <message>
        <source> Mark it anyway?</source>
        <translation> La relever quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Mark Attendance</source>
        <translation>Relever la présence</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Cycles and sessions</source>
        <translation>Cycles et séances</translation>
    </message>
    <message>
        <source>Create the first cycle…</source>
        <translation>Créer le premier cycle…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No cycles yet&lt;/h3&gt;&lt;p&gt;A cycle is a period such as “Spring 2027” that holds its sessions, pairs and feedback. Create one, then plan its sessions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de cycle&lt;/h3&gt;&lt;p&gt;Un cycle est une période, comme «&#xa0;Printemps 2027&#xa0;», qui regroupe ses séances, ses binômes et ses retours. Créez-en un, puis planifiez ses séances.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open or create a program (File menu) to plan sessions.</source>
        <translation>Ouvrez ou créez un programme (menu Fichier) pour planifier des séances.</translation>
    </message>
    <message>
        <source>Choose a cycle or a session on the left.</source>
        <translation>Choisissez un cycle ou une séance à gauche.</translation>
    </message>
    <message>
        <source>New &amp;Session…</source>
        <translation>Nouvelle &amp;séance…</translation>
    </message>
    <message>
        <source>Plan a session, from a template or a copy</source>
        <translation>Planifier une séance à partir d’un modèle ou d’une copie</translation>
    </message>
    <message>
        <source>New C&amp;ycle…</source>
        <translation>Nouveau c&amp;ycle…</translation>
    </message>
    <message>
        <source>Start a cycle such as “Summer 2027”</source>
        <translation>Commencer un cycle, par exemple «&#xa0;Été 2027&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected session or cycle</source>
        <translation>Dupliquer la séance ou le cycle sélectionné</translation>
    </message>
    <message>
        <source>&amp;Rename Cycle…</source>
        <translation>Re&amp;nommer le cycle…</translation>
    </message>
    <message>
        <source>Give the selected cycle a new name (you can undo)</source>
        <translation>Donner un nouveau nom au cycle sélectionné (annulable)</translation>
    </message>
    <message>
        <source>Delete the selected session or cycle (you can undo)</source>
        <translation>Supprimer la séance ou le cycle sélectionné (annulable)</translation>
    </message>
    <message>
        <source>Calendar for This Sess&amp;ion (.ics)…</source>
        <translation>Calendrier de cette &amp;séance (.ics)…</translation>
    </message>
    <message>
        <source>Save the selected session as a calendar invite</source>
        <translation>Enregistrer la séance sélectionnée comme invitation d’agenda</translation>
    </message>
    <message>
        <source>Calendar for This C&amp;ycle (.ics)…</source>
        <translation>Calendrier de ce c&amp;ycle (.ics)…</translation>
    </message>
    <message>
        <source>Save every session of the cycle as calendar invites</source>
        <translation>Enregistrer toutes les séances du cycle comme invitations d’agenda</translation>
    </message>
    <message>
        <source>Agenda &amp;Templates…</source>
        <translation>&amp;Modèles d’ordre du jour…</translation>
    </message>
    <message>
        <source>Edit the kick-off, regular and close-out agendas</source>
        <translation>Modifier les ordres du jour de lancement, de séance habituelle et de clôture</translation>
    </message>
    <message>
        <source>No cycle yet</source>
        <translation>Pas encore de cycle</translation>
    </message>
    <message>
        <source>Create a cycle first: sessions belong to a cycle.</source>
        <translation>Créez d’abord un cycle&#xa0;: les séances appartiennent à un cycle.</translation>
    </message>
    <message>
        <source>Duplicate {title}</source>
        <translation>Dupliquer {title}</translation>
    </message>
    <message>
        <source>Duplicate cycle</source>
        <translation>Dupliquer le cycle</translation>
    </message>
    <message>
        <source>Name of the new cycle:</source>
        <translation>Nom du nouveau cycle&#xa0;:</translation>
    </message>
    <message>
        <source>{name} (next)</source>
        <translation>{name} (suivant)</translation>
    </message>
    <message>
        <source>Duplicate cycle {name}</source>
        <translation>Dupliquer le cycle {name}</translation>
    </message>
    <message>
        <source>Cannot duplicate the cycle</source>
        <translation>Impossible de dupliquer le cycle</translation>
    </message>
    <message>
        <source>Postpone by a &amp;Week</source>
        <translation>&amp;Reporter d’une semaine</translation>
    </message>
    <message>
        <source>Move the selected session and the later ones of its cycle a week later (you can undo)</source>
        <translation>Reporter d’une semaine la séance sélectionnée et les suivantes de son cycle (annulable)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source> and its attendance ({marked} marks)</source>
        <translation> et sa présence ({marked} relevés)</translation>
    </message>
    <message>
        <source>Its feedback forms stay in the cycle&apos;s figures, as forms of the cycle: taking them out would move the figures by just those forms.</source>
        <translation>Ses questionnaires de retour restent dans les chiffres du cycle, comme questionnaires du cycle&amp;#xa0;: les retirer ferait bouger les chiffres de ces seuls questionnaires.</translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation>Supprimer la séance&#x202f;?</translation>
    </message>
    <message>
        <source>Delete “{title}” of {weekday_date} with its agenda{extra}? You can undo this.</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;» du {weekday_date} avec son ordre du jour{extra}&#x202f;? Vous pouvez annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete session {title}</source>
        <translation>Supprimer la séance {title}</translation>
    </message>
    <message>
        <source>Session not deleted</source>
        <translation>Séance non supprimée</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n binôme</numerusform>
            <numerusform>%n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s)</source>
        <translation>
            <numerusform>%n questionnaire de retour</numerusform>
            <numerusform>%n questionnaires de retour</numerusform>
        </translation>
    </message>
    <message>
        <source>feedback forms</source>
        <translation>questionnaires de retour</translation>
    </message>
    <message>
        <source>Delete cycle?</source>
        <translation>Supprimer le cycle&#x202f;?</translation>
    </message>
    <message>
        <source>Delete the cycle “{name}”{held}? You can undo this.</source>
        <translation>Supprimer le cycle «&#xa0;{name}&#xa0;»{held}&#x202f;? Vous pouvez annuler.</translation>
    </message>
    <message>
        <source> with its {held}</source>
        <translation> avec ses {held}</translation>
    </message>
    <message>
        <source>Delete cycle {name}</source>
        <translation>Supprimer le cycle {name}</translation>
    </message>
    <message>
        <source>Cycle not deleted</source>
        <translation>Cycle non supprimé</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>Cannot save the calendar</source>
        <translation>Impossible d’enregistrer le calendrier</translation>
    </message>
    <message>
        <source>{path} could not be written: {strerror}. Choose another folder.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {strerror}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Calendar saved</source>
        <translation>Calendrier enregistré</translation>
    </message>
    <message>
        <source>

Import the file into Outlook, Google Calendar or Thunderbird. Saving it again after a change updates the same events.</source>
        <translation>

Importez le fichier dans Outlook, Google Agenda ou Thunderbird. Si vous l’enregistrez de nouveau après une modification, les mêmes événements sont mis à jour.</translation>
    </message>
    <message numerus="yes">
        <source>Postpone {title} and %n later session(s) by a week</source>
        <translation>
            <numerusform>Reporter {title} et %n séance suivante d’une semaine</numerusform>
            <numerusform>Reporter {title} et les %n séances suivantes d’une semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>Postpone {title} by a week</source>
        <translation>Reporter {title} d’une semaine</translation>
    </message>
    <message>
        <source>Session not postponed</source>
        <translation>Séance non reportée</translation>
    </message>
    <message>
        <source>Rename cycle</source>
        <translation>Renommer le cycle</translation>
    </message>
    <message>
        <source>New name of the cycle “{name}”:</source>
        <translation>Nouveau nom du cycle «&#xa0;{name}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Rename cycle {old} to {new}</source>
        <translation>Renommer le cycle {old} en {new}</translation>
    </message>
    <message>
        <source>Cycle not renamed</source>
        <translation>Cycle non renommé</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Program settings</source>
        <translation>Paramètres du programme</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Feedback is anonymous (recommended)</source>
        <translation>Les retours sont anonymes (recommandé)</translation>
    </message>
    <message>
        <source>New sessions start in this zone; sessions already planned keep their own</source>
        <translation>Les nouvelles séances commencent dans ce fuseau horaire&#x202f;; celles déjà planifiées gardent le leur</translation>
    </message>
    <message>
        <source>Program &amp;name</source>
        <translation>&amp;Nom du programme</translation>
    </message>
    <message>
        <source>New recruit: under</source>
        <translation>Nouvel arrivant&#xa0;: moins de</translation>
    </message>
    <message>
        <source>Seasoned: from</source>
        <translation>Expérimenté&#xa0;: à partir de</translation>
    </message>
    <message>
        <source>Recruits per &amp;buddy</source>
        <translation>Nouveaux arrivants par &amp;parrain</translation>
    </message>
    <message>
        <source>Smallest group &amp;shown</source>
        <translation>Plus petit groupe &amp;affiché</translation>
    </message>
    <message>
        <source>Results from fewer responses than this show “too few responses”, so nobody&apos;s answers can be singled out. Never below 3</source>
        <translation>Les résultats fondés sur moins de réponses affichent «&#xa0;trop peu de réponses&#xa0;», pour que personne ne puisse être identifié par ses réponses. Jamais moins de 3</translation>
    </message>
    <message>
        <source>; with anonymous feedback stored, never below {least}: figures read before and after lowering it could single an answer out.</source>
        <translation>&#x202f;; avec des retours anonymes enregistrés, jamais moins de {least}&#xa0;: des chiffres lus avant et après l’avoir abaissé pourraient isoler une réponse.</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Documents in</source>
        <translation>&amp;Documents en</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>&amp;Langue de la fenêtre</translation>
    </message>
    <message>
        <source>As this computer ({language})</source>
        <translation>Comme cet ordinateur ({language})</translation>
    </message>
    <message>
        <source>The window changes language the next time PeerDesk starts. This choice is kept on this computer, not in the program.</source>
        <translation>La fenêtre change de langue au prochain démarrage de PeerDesk. Ce choix est conservé sur cet ordinateur, pas dans le programme.</translation>
    </message>
    <message>
        <source>The language of everything printed and of the messages to participants, whatever the window&apos;s</source>
        <translation>La langue de tout ce qui est imprimé et des messages aux participants, quelle que soit celle de la fenêtre</translation>
    </message>
    <message>
        <source>“{text_typed}” is not a time zone; type a city and pick it from the list, e.g. Europe/Lisbon.</source>
        <translation>«&#xa0;{text_typed}&#xa0;» n’est pas un fuseau horaire&#x202f;; tapez une ville et choisissez-la dans la liste, p. ex. Europe/Paris.</translation>
    </message>
    <message>
        <source>Make feedback named?</source>
        <translation>Rendre les retours nominatifs&#x202f;?</translation>
    </message>
    <message>
        <source>Participants were told their feedback is anonymous. From now on, forms will be stored with the respondent&apos;s name, and every view and report will say the feedback is not anonymous. Answers stored so far stay anonymous. The switch is logged in the program file.</source>
        <translation>Les participants ont été informés que leurs retours sont anonymes. Désormais, les questionnaires seront enregistrés avec le nom du répondant, et chaque vue et chaque rapport indiquera que les retours ne sont pas anonymes. Les réponses déjà enregistrées restent anonymes. Le changement est consigné dans le fichier du programme.</translation>
    </message>
    <message>
        <source>Make feedback named</source>
        <translation>Rendre les retours nominatifs</translation>
    </message>
    <message>
        <source>Make feedback anonymous?</source>
        <translation>Rendre les retours anonymes&#x202f;?</translation>
    </message>
    <message>
        <source>Every form stored so far loses its respondent&apos;s name, its date and any department filled in from the participant list, for good. Undo switches back to named feedback, but cannot give those names back. The switch is logged in the program file.</source>
        <translation>Chaque questionnaire enregistré jusqu’ici perd définitivement le nom de son répondant, sa date et tout service repris de la liste des participants. Annuler revient aux retours nominatifs, mais ne peut pas rendre ces noms. Le changement est consigné dans le fichier du programme.</translation>
    </message>
    <message>
        <source>Make feedback anonymous</source>
        <translation>Rendre les retours anonymes</translation>
    </message>
    <message>
        <source>changed in Program settings</source>
        <translation>modifié dans les paramètres du programme</translation>
    </message>
    <message>
        <source>Change program settings</source>
        <translation>Modifier les paramètres du programme</translation>
    </message>
</context>
<context>
    <name>SignatureModel</name>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
</context>
<context>
    <name>SkillsDialog</name>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>No skills yet. They come from the participants&apos; forms (“Can teach”, “Wants to learn”) or from File &gt; Import Intake.</source>
        <translation>Pas encore de compétences. Elles proviennent des fiches des participants («&#xa0;Peut enseigner&#xa0;», «&#xa0;Veut apprendre&#xa0;») ou de Fichier &gt; Importer les inscriptions.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Merge Selected…</source>
        <translation>&amp;Fusionner la sélection…</translation>
    </message>
    <message>
        <source>&amp;Delete Unused</source>
        <translation>&amp;Supprimer les inutilisées</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Merge the &amp;Ticked Ones</source>
        <translation>Fusionner celles &amp;cochées</translation>
    </message>
    <message>
        <source>PeerDesk thinks these look like one skill ({n_proposed}). Tick the merges you want, choose the name to keep, then merge:</source>
        <translation>PeerDesk pense que celles-ci désignent la même compétence ({n_proposed}). Cochez les fusions voulues, choisissez le nom à garder, puis fusionnez&#xa0;:</translation>
    </message>
    <message>
        <source>No two skills look alike.</source>
        <translation>Aucune compétence ne ressemble à une autre.</translation>
    </message>
    <message>
        <source>Skills not changed</source>
        <translation>Compétences non modifiées</translation>
    </message>
    <message>
        <source>Rename skill</source>
        <translation>Renommer la compétence</translation>
    </message>
    <message>
        <source>New name for “{value}” (a name another skill has merges the two):</source>
        <translation>Nouveau nom pour «&#xa0;{value}&#xa0;» (un nom déjà porté par une autre compétence fusionne les deux)&#xa0;:</translation>
    </message>
    <message>
        <source>Rename skill {value} to {strip}</source>
        <translation>Renommer la compétence {value} en {strip}</translation>
    </message>
    <message>
        <source>Merge skills</source>
        <translation>Fusionner des compétences</translation>
    </message>
    <message>
        <source>Make {n_names} skills one. Keep the name:</source>
        <translation>Faire de {n_names} compétences une seule. Garder le nom&#xa0;:</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisi par vous</translation>
    </message>
    <message>
        <source>Merge {join} into {into}</source>
        <translation>Fusionner {join} dans {into}</translation>
    </message>
    <message>
        <source>Merge {n_merges} groups of skills</source>
        <translation>Fusionner {n_merges} groupes de compétences</translation>
    </message>
    <message>
        <source>Skills not merged</source>
        <translation>Compétences non fusionnées</translation>
    </message>
    <message>
        <source>Delete {n_names} unused skills</source>
        <translation>Supprimer {n_names} compétences inutilisées</translation>
    </message>
    <message>
        <source>Skill not deleted</source>
        <translation>Compétence non supprimée</translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Peuvent l’enseigner</translation>
    </message>
    <message>
        <source>Want to learn</source>
        <translation>Veulent l’apprendre</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Encodage</translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation>Sé&amp;parateur</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>&amp;Feuille</translation>
    </message>
    <message>
        <source>Read as: &lt;b&gt;{describe}&lt;/b&gt;, {n_table} rows</source>
        <translation>Lu comme&#xa0;: &lt;b&gt;{describe}&lt;/b&gt;, {n_table} lignes</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>et {n} de plus</translation>
    </message>
    <message>
        <source>Go to: {rstrip}</source>
        <translation>Aller à&#xa0;: {rstrip}</translation>
    </message>
    <message>
        <source>Step {number}, {title}: {value}. {summary}</source>
        <translation>Étape {number}, {title}&#xa0;: {value}. {summary}</translation>
    </message>
    <message>
        <source>Details ({count})</source>
        <translation>Détails ({count})</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>Redo not possible</source>
        <translation>Rétablissement impossible</translation>
    </message>
    <message>
        <source>Undo not possible</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <source>Undo not saved</source>
        <translation>Annulation non enregistrée</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Modèles de message</translation>
    </message>
    <message>
        <source>Kinds of message</source>
        <translation>Types de message</translation>
    </message>
    <message>
        <source>Placeholders: Enter inserts one</source>
        <translation>Champs&#xa0;: Entrée en insère un</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders (double-click or Enter to insert; write {{ or }} for a brace):</source>
        <translation>Champs (double-clic ou Entrée pour insérer&#x202f;; écrivez {{ ou }} pour une accolade)&#xa0;:</translation>
    </message>
    <message>
        <source>Change message templates</source>
        <translation>Modifier les modèles de message</translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation>Modèles d’ordre du jour</translation>
    </message>
    <message>
        <source>N&amp;ew…</source>
        <translation>N&amp;ouveau…</translation>
    </message>
    <message>
        <source>A new template, starting as a copy of the selected one</source>
        <translation>Un nouveau modèle, partant d’une copie de celui sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Items of the template</source>
        <translation>Points du modèle</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Ajouter un &amp;point</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>{total_minutes} min in all</source>
        <translation>{total_minutes} min au total</translation>
    </message>
    <message>
        <source>{text} (template {name})</source>
        <translation>{text} (modèle {name})</translation>
    </message>
    <message>
        <source>Rename template {name}</source>
        <translation>Renommer le modèle {name}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Nom du nouveau modèle&#xa0;:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>New template {strip}</source>
        <translation>Nouveau modèle {strip}</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Supprimer le modèle&#x202f;?</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Sessions made from it keep their agendas. You can undo this.</source>
        <translation>Supprimer le modèle «&#xa0;{name}&#xa0;»&#x202f;? Les séances créées à partir de lui gardent leur ordre du jour. Vous pouvez annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete template {name}</source>
        <translation>Supprimer le modèle {name}</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler&#xa0;: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir&#xa0;: {action}</translation>
    </message>
</context>
<context>
    <name>UnmatchedColumns</name>
    <message>
        <source>Columns that match no question</source>
        <translation>Colonnes qui ne correspondent à aucune question</translation>
    </message>
    <message>
        <source>Their answers would be lost: say what each one is.</source>
        <translation>Leurs réponses seraient perdues&#xa0;: indiquez ce qu’est chacune.</translation>
    </message>
    <message>
        <source>What “{value}” is</source>
        <translation>Ce qu’est «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Add as a new question ({kind})</source>
        <translation>Ajouter comme nouvelle question ({kind})</translation>
    </message>
    <message>
        <source>Leave out (its answers are not imported)</source>
        <translation>Écarter (ses réponses ne sont pas importées)</translation>
    </message>
    <message>
        <source>Answers: {text}</source>
        <translation>Réponses&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>UnpairedModel</name>
    <message>
        <source>Not paired</source>
        <translation>Sans binôme</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Type a city, e.g. Lisbon</source>
        <translation>Tapez une ville, p. ex. Paris</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>PeerDesk ran into a problem</source>
        <translation>PeerDesk a rencontré un problème</translation>
    </message>
    <message>
        <source>Something went wrong: {exc}

Your saved work is safe: every change is saved as you make it. Details were written to:
{log_path}</source>
        <translation>Un problème est survenu&#xa0;: {exc}

Votre travail enregistré est en sécurité&#xa0;: chaque modification est enregistrée dès que vous la faites. Les détails ont été écrits dans&#xa0;:
{log_path}</translation>
    </message>
</context>
<context>
    <name>conduct</name>
    <message>
        <source>&amp;Code of Conduct…</source>
        <translation>&amp;Code de conduite…</translation>
    </message>
    <message>
        <source>Edit the code of conduct and tick who has signed it</source>
        <translation>Modifier le code de conduite et cocher qui l’a signé</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <source>The disk is full, so this change was not saved. Free some space and try again; everything saved before is safe.</source>
        <translation>Le disque est plein&#xa0;: cette modification n’a donc pas été enregistrée. Libérez de l’espace et réessayez&#x202f;; tout ce qui a été enregistré auparavant est en sécurité.</translation>
    </message>
    <message>
        <source>The program file can no longer be written (the folder or file became read-only), so this change was not saved. Use File &gt; Save a Copy As to keep working in a folder you can write to.</source>
        <translation>Le fichier du programme n’est plus accessible en écriture (le dossier ou le fichier est passé en lecture seule)&#xa0;: cette modification n’a donc pas été enregistrée. Utilisez Fichier &gt; Enregistrer une copie sous pour continuer dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>This change could not be saved ({exc}). Everything saved before is safe. Use File &gt; Save a Copy As to keep a copy.</source>
        <translation>Cette modification n’a pas pu être enregistrée ({exc}). Tout ce qui a été enregistré auparavant est en sécurité. Utilisez Fichier &gt; Enregistrer une copie sous pour en garder une copie.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>PeerDesk programs (*.peerdesk);;All files (*)</source>
        <translation>Programmes PeerDesk (*.peerdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;CSV or text (*.csv *.txt *.tsv);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt *.tsv *.xlsx);;CSV ou texte (*.csv *.txt *.tsv);;Classeur Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV, s’ouvre dans Excel (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Fichiers de calendrier (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Forms exports and spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Exports de formulaires et tableurs (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Session &amp;Pack (PDF)…</source>
        <translation>&amp;Dossier de séance (PDF)…</translation>
    </message>
    <message>
        <source>Cover, agenda, sign-in sheet, pairs, code of conduct and feedback forms in one PDF</source>
        <translation>Couverture, ordre du jour, feuille d’émargement, binômes, code de conduite et questionnaires de retour dans un seul PDF</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet (PDF)…</source>
        <translation>&amp;Feuille d’émargement (PDF)…</translation>
    </message>
    <message>
        <source>The invited people with boxes to sign</source>
        <translation>Les personnes invitées, avec des cases pour signer</translation>
    </message>
    <message>
        <source>&amp;Agenda (PDF)…</source>
        <translation>&amp;Ordre du jour (PDF)…</translation>
    </message>
    <message>
        <source>The session&apos;s agenda with start times</source>
        <translation>L’ordre du jour de la séance avec les heures de début</translation>
    </message>
    <message>
        <source>Pairing &amp;List (PDF)…</source>
        <translation>&amp;Liste des binômes (PDF)…</translation>
    </message>
    <message>
        <source>Pairs and trios with their reasons, for you</source>
        <translation>Binômes et trinômes avec leurs raisons, pour vous</translation>
    </message>
    <message>
        <source>Pa&amp;rtner Slips (PDF)…</source>
        <translation>Fiches &amp;binôme (PDF)…</translation>
    </message>
    <message>
        <source>One slip per participant naming their partner</source>
        <translation>Une fiche par participant avec le nom de son binôme</translation>
    </message>
    <message>
        <source>&amp;Feedback Form (PDF)…</source>
        <translation>Questionnaire de re&amp;tour (PDF)…</translation>
    </message>
    <message>
        <source>The feedback form to fill in by hand</source>
        <translation>Le questionnaire de retour à remplir à la main</translation>
    </message>
    <message>
        <source>Code of Con&amp;duct Sheet (PDF)…</source>
        <translation>Feuille du &amp;code de conduite (PDF)…</translation>
    </message>
    <message>
        <source>The code of conduct with lines to sign</source>
        <translation>Le code de conduite avec des lignes pour signer</translation>
    </message>
    <message>
        <source>Saved {saved_path}</source>
        <translation>{saved_path} enregistré</translation>
    </message>
</context>
<context>
    <name>feedback.entry_model</name>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>, reverse-scored</source>
        <translation>, score inversé</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>Import &amp;Participants…</source>
        <translation>Importer des &amp;participants…</translation>
    </message>
    <message>
        <source>Add or update participants from an HR export (.csv or .xlsx)</source>
        <translation>Ajouter ou mettre à jour des participants à partir d’un export RH (.csv ou .xlsx)</translation>
    </message>
    <message>
        <source>Import &amp;Feedback…</source>
        <translation>Importer des re&amp;tours…</translation>
    </message>
    <message>
        <source>Bring in answers from Google Forms, Microsoft Forms or a CSV file</source>
        <translation>Reprendre des réponses de Google Forms, de Microsoft Forms ou d’un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Export Participants…</source>
        <translation>&amp;Exporter les participants…</translation>
    </message>
    <message>
        <source>Write the participants to a CSV or Excel file</source>
        <translation>Écrire les participants dans un fichier CSV ou Excel</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>{name} could not be read: {exc}.</source>
        <translation>{name} n’a pas pu être lu&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Participants imported: {summary}.</source>
        <translation>Participants importés&#xa0;: {summary}.</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Pas encore de séance</translation>
    </message>
    <message>
        <source>Feedback belongs to a session. Add the session on the Sessions tab first, then import its feedback.</source>
        <translation>Les retours appartiennent à une séance. Ajoutez d’abord la séance dans l’onglet Séances, puis importez ses retours.</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>Importer des retours</translation>
    </message>
    <message>
        <source>{n_ids} feedback responses imported.</source>
        <translation>{n_ids} réponses importées.</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}.</source>
        <translation>Impossible d’écrire {target}&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>{count} participants written to {target}</source>
        <translation>{count} participants écrits dans {target}</translation>
    </message>
</context>
<context>
    <name>importing.feedback_dialog</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>S&amp;kills…</source>
        <translation>Compé&amp;tences…</translation>
    </message>
    <message>
        <source>Rename and merge skills; see how many can teach or want to learn each</source>
        <translation>Renommer et fusionner les compétences&#x202f;; voir combien peuvent enseigner ou veulent apprendre chacune</translation>
    </message>
    <message>
        <source>&amp;Intake Form…</source>
        <translation>Formulaire d’&amp;inscription…</translation>
    </message>
    <message>
        <source>The questions to paste into Google or Microsoft Forms, the PDF form and the Excel template</source>
        <translation>Les questions à coller dans Google Forms ou Microsoft Forms, le formulaire PDF et le modèle Excel</translation>
    </message>
    <message>
        <source>Import &amp;Intake…</source>
        <translation>Importer les &amp;inscriptions…</translation>
    </message>
    <message>
        <source>Skills, capacity and availability from the participants&apos; own answers (Forms export, template or CSV)</source>
        <translation>Compétences, capacité et disponibilités tirées des réponses des participants eux-mêmes (export Forms, modèle ou CSV)</translation>
    </message>
    <message>
        <source>Import intake answers</source>
        <translation>Importer les inscriptions</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Intake imported: {summary}.</source>
        <translation>Inscriptions importées&#xa0;: {summary}.</translation>
    </message>
    <message>
        <source>{name} could not be read: {exc}.</source>
        <translation>{name} n’a pas pu être lu&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
</context>
<context>
    <name>locale</name>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>&amp;Announce Pairs…</source>
        <translation>&amp;Annoncer les binômes…</translation>
    </message>
    <message>
        <source>Write one e-mail draft per person naming their partner, with the kick-off invitation attached</source>
        <translation>Écrire un brouillon d’e-mail par personne nommant son binôme, avec l’invitation au lancement en pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Announce Session…</source>
        <translation>&amp;Annoncer la séance…</translation>
    </message>
    <message>
        <source>Write one e-mail draft per invitee with the session&apos;s invitation, a reminder or a thank-you</source>
        <translation>Écrire un brouillon d’e-mail par invité avec l’invitation à la séance, un rappel ou un remerciement</translation>
    </message>
    <message>
        <source>&amp;Message Templates…</source>
        <translation>Modèles de m&amp;essage…</translation>
    </message>
    <message>
        <source>Edit the words of the pairs, session, reminder and thank-you messages</source>
        <translation>Modifier le texte des messages de binômes, de séance, de rappel et de remerciement</translation>
    </message>
</context>
<context>
    <name>participants.form</name>
    <message>
        <source>“{part}” has no skill name.</source>
        <translation>«&#xa0;{part}&#xa0;» n’a pas de nom de compétence.</translation>
    </message>
    <message>
        <source>The level of {name} must be 1, 2 or 3.</source>
        <translation>Le niveau de {name} doit être 1, 2 ou 3.</translation>
    </message>
</context>
<context>
    <name>participants.model</name>
    <message>
        <source>Left the company</source>
        <translation>A quitté l’entreprise</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Ne participe pas</translation>
    </message>
</context>
<context>
    <name>sessions.edits</name>
    <message>
        <source>Undo not done</source>
        <translation>Annulation non effectuée</translation>
    </message>
    <message>
        <source>Change who is invited</source>
        <translation>Modifier qui est invité</translation>
    </message>
</context>
</TS>
