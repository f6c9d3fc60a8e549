//! A sixth held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks: its day-one result is the
//! honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_6: &[(&str, &str, &str)] = &[
    (
        "einspruch-geschwindigkeit-l113-messakte",
        "36",
        "Markus Derichs
Auf der Bitz 12
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 14. Oktober 2026

Einspruch gegen den Bußgeldbescheid vom 6. Oktober 2026
Aktenzeichen: 601.847392.1
Kennzeichen: MYK-MD 418

Sehr geehrte Damen und Herren,

hiermit lege ich gegen den oben genannten Bußgeldbescheid, mir zugestellt am 9. Oktober 2026, Einspruch ein.

Laut Bescheid soll ich am 28. August 2026 um 6:42 Uhr mit meinem Pkw auf der L 113 zwischen Mendig und Thür außerorts die zulässige Höchstgeschwindigkeit von 70 km/h um 23 km/h überschritten haben. Festgesetzt wurden 100,00 Euro zuzüglich Gebühren und Auslagen von 28,50 Euro, außerdem soll ein Punkt eingetragen werden.

Ich fahre diese Strecke seit elf Jahren jeden Morgen zur Frühschicht und kenne sie genau. Die Beschränkung auf 70 km/h beginnt erst kurz hinter der Kuppe, und das Schild war an diesem Tag nach meiner Erinnerung durch einen Anhänger teilweise verdeckt, der dort am Feldweg abgestellt war. Außerdem habe ich erhebliche Zweifel an der Messung selbst. Ich bin zu dem Zeitpunkt dicht hinter einem weißen Transporter gefahren, und auf dem Foto, das dem Anhörungsbogen beilag, ist für mich nicht eindeutig zu erkennen, welches Fahrzeug eigentlich gemessen wurde.

Ich beantrage deshalb Einsicht in die vollständige Akte, insbesondere in das Messprotokoll, den Eichschein des Messgeräts, die Schulungsnachweise des Messbeamten und die digitale Falldatei der Messung. Bitte senden Sie mir die Unterlagen in Kopie zu oder teilen Sie mir mit, wann ich sie bei Ihnen einsehen kann.

Eine weitere Begründung des Einspruchs behalte ich mir nach Akteneinsicht ausdrücklich vor.

Mit freundlichen Grüßen

Markus Derichs",
    ),
    (
        "grundsicherung-nach-schlaganfall",
        "50",
        "Frank Schüller
Rheinstraße 63
56220 Urmitz

An die
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Urmitz, 2. November 2026

Antrag auf finanzielle Hilfe – ich komme mit meiner Rente nicht aus

Sehr geehrte Damen und Herren,

mein Name ist Frank Schüller, ich bin 52 Jahre alt und wohne allein in Urmitz. Diesen Brief schreibt meine Schwester für mich, weil ich seit meinem Schlaganfall im Februar 2025 rechts gelähmt bin und nicht mehr gut schreiben kann.

Ich war vorher 27 Jahre als Lagerist tätig. Nach der Reha hat die Deutsche Rentenversicherung festgestellt, dass ich nicht mehr arbeiten kann. Seit 1. August 2026 bekomme ich eine volle Erwerbsminderungsrente, und zwar auf Dauer, also nicht befristet. Die Rente beträgt aber nur 812,37 Euro im Monat. Meine Warmmiete liegt bei 540 Euro, dazu kommen Strom, Telefon und die Zuzahlungen für die Medikamente. Das Krankengeld ist ausgelaufen, und meine Ersparnisse sind so gut wie aufgebraucht, auf dem Konto sind noch knapp 1.900 Euro.

Beim Jobcenter hat man mir gesagt, ich sei dort nicht mehr richtig, weil ich dauerhaft erwerbsgemindert bin, und ich solle mich an die Kreisverwaltung wenden. Ich bitte Sie deshalb, mir die nötigen Antragsformulare zuzuschicken und zu prüfen, ob mir eine ergänzende Leistung zusteht. Da ich nur schlecht laufen kann, wäre es gut, wenn die Sache schriftlich erledigt werden könnte.

Ich lege den Rentenbescheid, meinen Mietvertrag und die letzten Kontoauszüge in Kopie bei.

Mit freundlichen Grüßen

Frank Schüller
(geschrieben von Petra Hürter, Schwester)

Anlagen:
Rentenbescheid vom 12.07.2026
Mietvertrag
Kontoauszüge August bis Oktober 2026",
    ),
    (
        "restmuelltonne-nach-sturm-verschwunden",
        "70",
        "Heinz-Josef Kirch
Hauptstraße 47
56753 Mertloch

An die Kreisverwaltung
in Koblenz

Mertloch, den 19.10.2026

Betr.: Mülltonne verschwunden

Sehr geehrte Damen und Herren,

ich muss Ihnen leider mitteilen das unsere graue Mülltonne seit letzten Donnerstag nicht mehr da ist. An dem Tag war ja der starke Sturm und ich hatte die Tonne morgens wie immer an die Straße gestellt. Als ich nachmittags nachsehen wollte war sie weg. Meine Tochter und ich haben das ganze Dorf abgesucht, auch unten am Bach und beim Sportplatz, aber nichts gefunden. Die Nachbarn haben auch keine gesehen. Vielleicht hat sie auch einer mitgenommen, das weiß man ja heute nicht.

Jetzt steht der Müll bei mir im Schuppen in Säcken und es fängt an zu riechen. Ich bin 84 Jahre alt und kann nicht einfach irgendwo hinfahren, ein Auto habe ich nicht mehr.

Auf der Tonne stand unsere Hausnummer drauf mit weißer Farbe, es war eine 120 Liter Tonne mit schwarzem Deckel und dem Aufkleber mit dem Strichcode. Ich bitte Sie mir so schnell wie möglich eine neue Tonne zu bringen. Wenn das was kostet schicken Sie mir bitte Bescheid. Die Gebühren zahle ich ja sowieso jedes Jahr pünktlich.

Telefonisch bin ich unter 02654 8812 zu erreichen, am besten vormittags.

Hochachtungsvoll

Heinz-Josef Kirch",
    ),
    (
        "verpflichtungserklaerung-eltern-aus-indien",
        "33",
        "Von: Arjun Venkataraman <a.venkataraman@posteo.de>
An: poststelle@kvmyk.de
Datum: 2. November 2026, 08:17
Betreff: Besuch meiner Eltern aus Indien – welche Unterlagen brauche ich?

Sehr geehrte Damen und Herren,

meine Frau und ich erwarten Ende Januar 2027 unser erstes Kind. Meine Eltern, Herr Raghavan Venkataraman (geb. 11.04.1956) und Frau Lakshmi Venkataraman (geb. 23.09.1959), leben in Chennai und möchten uns für etwa drei Monate, von Mitte Januar bis Mitte April 2027, besuchen, um meiner Frau nach der Geburt zu helfen.

Für ihren Visumantrag beim deutschen Generalkonsulat in Chennai verlangt man dort eine förmliche Verpflichtungserklärung, mit der ich zusichere, für alle Kosten ihres Aufenthalts aufzukommen. Soweit ich verstanden habe, muss ich diese Erklärung bei Ihnen abgeben.

Zu meiner Person: Ich lebe seit 2019 in Deutschland, besitze eine Niederlassungserlaubnis und arbeite unbefristet als Entwicklungsingenieur bei einem Unternehmen in Koblenz. Mein Nettoeinkommen beträgt rund 4.300 Euro im Monat. Unsere Mietwohnung in Vallendar hat 96 Quadratmeter und ein eigenes Gästezimmer.

Meine Fragen:
1. Wie bekomme ich einen Termin, und wie lange im Voraus sollte ich ihn buchen?
2. Welche Nachweise muss ich mitbringen (Gehaltsabrechnungen, Arbeitsvertrag, Mietvertrag, Kontoauszüge)?
3. Reicht eine Erklärung für beide Elternteile, oder brauche ich zwei?
4. Kann meine Frau die Erklärung mit unterzeichnen, falls mein Einkommen allein nicht ausreicht?

Für eine kurze Rückmeldung wäre ich Ihnen sehr dankbar, da die Termine beim Konsulat in Chennai ebenfalls lange Wartezeiten haben.

Mit freundlichen Grüßen

Dr. Arjun Venkataraman
Hillscheider Straße 23
56179 Vallendar
Tel. 0261 9887 4402",
    ),
    (
        "hoergeraet-im-kreishaus-verloren",
        "10",
        "Gertrud Schäfer
Hochstraße 88
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 21. Oktober 2026

Verlorenes Hörgerät

Sehr geehrte Damen und Herren,

am Dienstag, dem 20. Oktober, war ich gegen halb elf mit meinem Sohn bei Ihnen im Kreishaus in Koblenz, weil er dort etwas abzugeben hatte. Wir haben eine ganze Weile unten im Eingangsbereich auf den Stühlen neben dem Aufzug gewartet. Ich war danach noch auf der Toilette im Erdgeschoss. Erst zu Hause habe ich bemerkt, dass mir mein linkes Hörgerät fehlt.

Es ist ein kleines Gerät, das hinter dem Ohr sitzt, beige-silberfarben, Marke Phonak, mit einem durchsichtigen Schläuchlein. Vermutlich ist es mir beim Abnehmen der Mütze herausgefallen. Das Gerät hat über 1.800 Euro gekostet, und die Krankenkasse bezahlt ein neues erst wieder in einigen Jahren. Ohne das Gerät verstehe ich am Telefon kaum etwas, deshalb schreibe ich Ihnen lieber.

Ich wäre Ihnen sehr dankbar, wenn Sie an der Pforte, bei der Reinigung und bei den Fundsachen nachsehen könnten. Falls es gefunden wurde, holt mein Sohn Thomas es gerne bei Ihnen ab. Er ist unter 0171 4428913 zu erreichen.

Vielen Dank im Voraus und freundliche Grüße

Gertrud Schäfer",
    ),
    (
        "rechnung-heizungswartung-umwaelzpumpe",
        "20",
        "Haustechnik Wagner & Söhne GmbH
Heizung · Sanitär · Lüftung
Industriestraße 18
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
z. Hd. Herrn Breitbach
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 29.10.2026

RECHNUNG Nr. 2026-1187
Kunden-Nr.: 40215
Ihr Auftrag vom: 07.10.2026
Leistungsort: Verwaltungsgebäude Bahnhofstraße 9, Heizzentrale UG
Leistungszeitraum: 14.10.2026 bis 15.10.2026

Sehr geehrte Damen und Herren,

für die in Ihrem Auftrag ausgeführten Arbeiten erlauben wir uns, wie folgt zu berechnen:

Pos. 1  Jahreswartung Gas-Brennwertkessel, 2 Stück à 245,00 €  –  490,00 €
Pos. 2  Zündelektrode inkl. Dichtung, ersetzt, 1 Stück  –  64,80 €
Pos. 3  Hocheffizienz-Umwälzpumpe Heizkreis 2, geliefert und montiert, 1 Stück  –  1.126,00 €
Pos. 4  Arbeitszeit Monteur und Helfer, 5,5 Std. à 72,00 €  –  396,00 €
Pos. 5  Anfahrtspauschale  –  38,00 €

Summe netto: 2.114,80 €
zzgl. 19 % USt: 401,81 €
Rechnungsbetrag: 2.516,61 €

Die alte Umwälzpumpe war festgelaufen und wurde nach telefonischer Rücksprache mit Herrn Breitbach am 14.10.2026 ersetzt. Das Wartungsprotokoll und die Abgasmessung liegen bei.

Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen ohne Abzug unter Angabe der Rechnungsnummer auf das unten genannte Konto. Für Rückfragen steht Ihnen Frau Lehnert in unserer Buchhaltung unter 02630 95 77 12 zur Verfügung.

Wir bedanken uns für Ihren Auftrag.

Mit freundlichen Grüßen

Haustechnik Wagner & Söhne GmbH
i. A. Melanie Lehnert

Anlagen: Wartungsprotokoll, Messprotokoll Abgas

Haustechnik Wagner & Söhne GmbH · Sitz: Mülheim-Kärlich · Amtsgericht Koblenz HRB 21874
Geschäftsführer: Stefan Wagner, Lukas Wagner · USt-IdNr. DE148233907
Sparkasse Koblenz · IBAN DE41 5705 0120 0012 3456 78 · BIC MALADE51KOB",
    ),
    (
        "beistandschaft-unterhalt-tochter-bendorf",
        "51",
        "Jasmin Hoffmann
Sayner Straße 61
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 26.10.2026

Bitte um Unterstützung beim Unterhalt für meine Tochter Lina

Sehr geehrte Damen und Herren,

ich bin alleinerziehend und lebe mit meiner Tochter Lina Hoffmann, geboren am 14.03.2021, in Bendorf. Der Vater, Herr Kevin Brandt, wohnt in Neuwied. Wir waren nicht verheiratet, die Vaterschaft hat er aber gleich nach der Geburt anerkannt.

Seit wir uns im Frühjahr 2024 getrennt haben, zahlt er für Lina sehr unregelmäßig. Mal kommen 150 Euro, mal 100 Euro, in manchen Monaten gar nichts. Wenn ich ihn darauf anspreche, sagt er, er verdiene zu wenig. Ich weiß aber, dass er seit einem Jahr Vollzeit bei einer Spedition arbeitet und sich gerade ein neues Auto gekauft hat. Einen Anwalt kann ich mir nicht leisten, und ehrlich gesagt habe ich auch keine Kraft mehr für den ständigen Streit.

Eine Bekannte hat mir erzählt, dass das Jugendamt für das Kind den Unterhalt ausrechnen und beim Vater einfordern kann, und dass das nichts kostet. Genau das möchte ich hiermit beantragen. Bitte teilen Sie mir mit, welche Unterlagen Sie noch brauchen und ob ich dafür persönlich vorbeikommen muss.

Eine Kopie der Geburtsurkunde und der Vaterschaftsanerkennung lege ich bei.

Mit freundlichen Grüßen

Jasmin Hoffmann
Tel. 0157 3382 1190

Anlagen:
Geburtsurkunde Lina (Kopie)
Urkunde über die Vaterschaftsanerkennung (Kopie)",
    ),
    (
        "hund-tag-und-nacht-auf-balkon",
        "39",
        "Von: Sandra Kolb <sandra.kolb83@web.de>
Gesendet: Mittwoch, 4. November 2026 22:14
An: info@kvmyk.de
Betreff: Hund steht Tag und Nacht auf dem Balkon!!!

Hallo,

ich weiß nicht, ob ich bei Ihnen richtig bin, aber ich halte das nicht mehr aus. Im Haus gegenüber von mir, Mühlenweg 9 in Weißenthurm, 2. Stock rechts, wird seit mindestens drei Wochen ein Hund auf dem Balkon gehalten. Es ist ein mittelgroßer Schäferhundmischling, der inzwischen richtig dünn aussieht, man sieht die Rippen.

Der Hund steht da draußen bei Regen und nachts bei 3 Grad, ohne Hütte, ohne Decke, nur mit einem umgekippten Napf. Er jault stundenlang und kratzt an der Balkontür, aber keiner macht auf. Die Leute sind oft tagelang gar nicht da, das Auto ist dann auch weg. Ich habe letzte Woche geklingelt und höflich gefragt, ob alles in Ordnung ist, und wurde nur beschimpft, ich solle mich um meinen eigenen Kram kümmern.

Die Polizei hat mir heute Abend gesagt, dass dafür die Kreisverwaltung zuständig ist. Ich habe mehrere Videos und Fotos vom Balkon, auch mit Datum, die ich Ihnen gerne schicke. Bitte schauen Sie sich das schnell an, bevor der Hund erfriert oder verhungert!

Sandra Kolb
Mühlenweg 12
56575 Weißenthurm
Tel. 0176 2210 4583",
    ),
    (
        "keuchhusten-grundschule-polch",
        "53",
        "Grundschule St. Georg Polch
Schulstraße 4
56751 Polch
Tel. 02654 9410-0

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 6. November 2026

Mitteilung über mehrere Keuchhusten-Erkrankungen in der Klasse 2b

Sehr geehrte Damen und Herren,

hiermit teile ich Ihnen mit, dass in unserer Klasse 2b (23 Schülerinnen und Schüler) innerhalb der letzten zehn Tage bei drei Kindern Keuchhusten ärztlich festgestellt worden ist. Die Eltern haben uns jeweils die Diagnose des Kinderarztes mitgeteilt, zuletzt heute Morgen. Zwei weitere Kinder der Klasse fehlen seit Montag mit starkem Husten, eine Diagnose liegt uns dort noch nicht vor. Außerdem hustet ein Geschwisterkind aus der Klasse 4a seit einigen Tagen auffällig.

Besonders besorgt sind wir, weil die Klassenlehrerin der 2b sich in der 30. Schwangerschaftswoche befindet und eine Kollegin aus der Betreuung ein Kind von vier Monaten zu Hause hat.

Wir bitten um Ihre Unterstützung bei folgenden Fragen: Müssen alle Eltern der Schule informiert werden, und gibt es dafür ein Musterschreiben? Wann dürfen die erkrankten Kinder wieder am Unterricht teilnehmen, und brauchen sie dafür ein ärztliches Attest? Was raten Sie der schwangeren Kollegin?

Die Namen, Geburtsdaten und Anschriften der betroffenen Kinder sowie die Tage der Erkrankung sende ich Ihnen aus Datenschutzgründen gesondert per Fax. Für Rückfragen bin ich täglich bis 13 Uhr im Sekretariat erreichbar.

Mit freundlichen Grüßen

Annette Lingen
Rektorin",
    ),
    (
        "adhs-sohn-eltern-am-ende-andernach",
        "JA-AND",
        "Katarzyna und Dariusz Nowak
Am Stadtgraben 7
56626 Andernach

An die Kreisverwaltung
Bahnhofstraße 9
56068 Koblenz

Andernach, 12.10.2026

Wir brauchen Hilfe mit unserem Sohn

Sehr geehrte Damen und Herren,

es fällt mir nicht leicht, diesen Brief zu schreiben, aber wir wissen nicht mehr weiter. Unser Sohn Jonas ist 9 Jahre alt und geht in die 3. Klasse einer Grundschule hier in Andernach. Im Frühjahr wurde bei ihm ADHS festgestellt. Seitdem hat sich nichts gebessert, eher im Gegenteil.

Fast jeden Tag ruft die Schule an, weil Jonas im Unterricht herumläuft, andere Kinder schlägt oder einfach aus dem Klassenzimmer rennt. Zu Hause ist es genauso. Er geht auf seine kleine Schwester (4) los, wirft Sachen durch die Wohnung, und jede Hausaufgabe endet in Geschrei. Mein Mann arbeitet im Schichtdienst, ich arbeite halbtags, und wir sind beide nur noch erschöpft. Ich merke, dass ich selbst immer öfter laut werde, und das will ich nicht.

Auf einen Therapieplatz warten wir seit acht Monaten, man hat uns gesagt, es kann noch bis Sommer dauern. Unsere Kinderärztin meinte, wir sollten uns an das Jugendamt wenden, dort gebe es Beratung und vielleicht auch jemanden, der zu uns nach Hause kommt und uns im Alltag unterstützt.

Bitte sagen Sie uns, wie wir an so eine Hilfe kommen. Wir würden gerne so bald wie möglich zu einem Gespräch kommen, am besten nachmittags.

Mit freundlichen Grüßen

Katarzyna Nowak
Tel. 0151 6620 8814",
    ),
    (
        "terrassenueberdachung-genehmigungspflicht",
        "63",
        "Von: Thomas Reifferscheid <t.reifferscheid@t-online.de>
An: info@kvmyk.de
Datum: Montag, 9. November 2026 19:40
Betreff: Frage Überdachung Terrasse – brauchen wir eine Genehmigung?

Sehr geehrte Damen und Herren,

wir, meine Frau und ich, wohnen in einem Reihenendhaus in Kobern-Gondorf, Im Kirchfeld 14, Flur 9, Flurstück 212/4. Wir möchten im Frühjahr an der Rückseite des Hauses eine Terrassenüberdachung aus Aluminium mit Glasdach anbringen lassen. Geplant sind 6,00 m Breite, 3,50 m Tiefe und eine Höhe von 3,10 m am Haus, vorne ca. 2,60 m. Zur Grundstücksgrenze des Nachbarn wären es noch 1,20 m.

Der Händler, bei dem wir das Angebot eingeholt haben, sagt, so etwas sei genehmigungsfrei. Unser Nachbar meint dagegen, man brauche dafür in jedem Fall eine Baugenehmigung, und er werde sich beschweren, wenn wir einfach anfangen. Zusätzlich würden wir gerne die Seite zum Nachbarn mit einer festen Glaswand schließen, damit es im Herbst nicht so zieht. Für unser Baugebiet gibt es einen Bebauungsplan, den wir uns aber ehrlich gesagt noch nicht genau angesehen haben.

Können Sie uns sagen, ob wir dafür einen Antrag stellen müssen und ob wir dann einen Architekten brauchen? Falls ja, welche Unterlagen wären nötig? Gerne würden wir das auch in einem kurzen Gespräch klären, bevor wir den Auftrag erteilen.

Vielen Dank und freundliche Grüße

Thomas Reifferscheid
Im Kirchfeld 14
56330 Kobern-Gondorf
Tel. 02607 974413",
    ),
    (
        "bewerbung-verwaltungsfachangestellte-kennziffer",
        "11",
        "Larissa Becker
Am Weiher 3
56299 Ochtendung
Tel. 0160 9934 2217
larissa.becker@gmx.de

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 12. Oktober 2026

Bewerbung als Verwaltungsfachangestellte (m/w/d) – Kennziffer 38/2026

Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Stellenausschreibung auf interamt.de gelesen und bewerbe mich hiermit um die ausgeschriebene Stelle in Vollzeit.

Nach meiner Ausbildung zur Verwaltungsfachangestellten, die ich 2019 mit der Note gut abgeschlossen habe, arbeite ich seit sieben Jahren bei einer Stadtverwaltung im Rhein-Lahn-Kreis. Dort bin ich im Bürgerbüro und seit 2023 in der Sachbearbeitung für Friedhofsangelegenheiten tätig. Zu meinen Aufgaben gehören das Erstellen von Bescheiden, die Beratung von Bürgerinnen und Bürgern am Telefon und am Schalter sowie die Arbeit mit verschiedenen Fachverfahren. Im vergangenen Jahr habe ich außerdem den Angestelltenlehrgang II begonnen, den ich voraussichtlich im Frühjahr 2027 abschließe.

Ich möchte mich beruflich weiterentwickeln und zugleich näher an meinem Wohnort arbeiten. Die Kreisverwaltung reizt mich wegen der Vielfalt der Aufgaben und der Möglichkeit, mobil zu arbeiten.

Ich bin derzeit in Entgeltgruppe 8 TVöD eingruppiert. Meine Kündigungsfrist beträgt sechs Wochen zum Quartalsende. Über eine Einladung zu einem Vorstellungsgespräch freue ich mich sehr.

Mit freundlichen Grüßen

Larissa Becker

Anlagen:
Lebenslauf
Prüfungszeugnis Verwaltungsfachangestellte
Zwischenzeugnis des jetzigen Arbeitgebers
Schulabschlusszeugnis",
    ),
    (
        "erwerbsanzeige-revolver-gelbe-wbk",
        "32",
        "Bernd Schmitz
Zehnthofstraße 6
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 27.10.2026

Anzeige des Erwerbs einer Schusswaffe
Waffenbesitzkarte für Sportschützen (gelb) Nr. 017/2014

Sehr geehrte Damen und Herren,

hiermit zeige ich fristgerecht an, dass ich am 22. Oktober 2026 aufgrund meiner gelben Waffenbesitzkarte folgende Waffe erworben habe:

Art: Revolver
Hersteller/Modell: Smith & Wesson 686
Kaliber: .357 Magnum
Seriennummer: CFK4471
Überlassen durch: Waffen Kremer GmbH, Löhrstraße 102, 56068 Koblenz

Ich bin seit 2011 aktives Mitglied im Schützenverein Maifeld 1921 e. V. und schieße regelmäßig in der Disziplin Großkaliber-Revolver. Die Waffe wird zusammen mit meinen übrigen Waffen im vorhandenen Waffenschrank aufbewahrt, der Ihnen bereits bekannt ist.

Ich bitte um Eintragung der Waffe in meine Waffenbesitzkarte. Das Original der WBK sowie eine Kopie des Kaufvertrags füge ich bei. Bitte teilen Sie mir mit, ob ich die Karte per Post zurückbekomme oder persönlich abholen soll, und welche Gebühr anfällt.

Mit freundlichen Grüßen

Bernd Schmitz

Anlagen:
Waffenbesitzkarte Nr. 017/2014 (Original)
Kaufvertrag vom 22.10.2026 (Kopie)",
    ),
    (
        "fahrkosten-oberstufe-eigenanteil-befreiung",
        "40",
        "Nadine Pütz
Lindenstraße 22
56642 Kruft

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kruft, 15. Oktober 2026

Fahrkarte für meinen Sohn Luca Pütz, Jahrgangsstufe 11 – Bitte um Übernahme

Sehr geehrte Damen und Herren,

mein Sohn Luca, geboren am 02.05.2010, besucht seit diesem Schuljahr die 11. Klasse eines Gymnasiums in Andernach. Bis zur 10. Klasse hat er die Busfahrkarte immer über die Schule bekommen, ohne dass wir etwas bezahlen mussten.

Jetzt hat man uns gesagt, dass es ab der Oberstufe keine kostenlose Fahrkarte mehr gibt, außer wenn das Einkommen der Familie niedrig ist. Das ist bei uns leider der Fall. Ich bin alleinerziehend mit drei Kindern, arbeite 25 Stunden in der Pflege und bekomme zusätzlich Kinderzuschlag. Die Monatskarte kostet fast 60 Euro, das kann ich neben allem anderen einfach nicht stemmen. Luca fährt seit September mit Fahrkarten, die ich vorgestreckt habe, die Quittungen habe ich aufgehoben.

Ich beantrage daher die Übernahme der Fahrkosten für Luca für das Schuljahr 2026/2027 und, wenn möglich, die Erstattung der bisher bezahlten Fahrkarten. Den Bescheid über den Kinderzuschlag, meine Gehaltsabrechnungen und die Schulbescheinigung lege ich bei.

Falls ein bestimmtes Formular ausgefüllt werden muss, schicken Sie es mir bitte zu.

Mit freundlichen Grüßen

Nadine Pütz

Anlagen:
Schulbescheinigung 2026/2027
Bescheid Kinderzuschlag vom 04.08.2026
Gehaltsabrechnungen Juli bis September 2026
Quittungen Fahrkarten September und Oktober",
    ),
    (
        "wohngeld-weiterleistung-rentnerehepaar",
        "50",
        "Walter und Hildegard Kläs
Am Kirchberg 5
56637 Plaidt

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Plaidt, den 20. Oktober 2026

Weiterleistungsantrag – Wohngeld-Nr. 118-2025-0473

Sehr geehrte Damen und Herren,

unser Mietzuschuss läuft laut dem letzten Bescheid am 31. Dezember 2026 aus. Wir möchten ihn gerne weiter bekommen und schicken Ihnen deshalb den ausgefüllten Antrag mit.

Es hat sich seit dem letzten Mal etwas geändert: Ich, Walter Kläs, trage seit dem 1. September 2026 zweimal in der Woche morgens das Amtsblatt und Werbung aus und bekomme dafür etwa 280 Euro im Monat. Die Abrechnung vom September liegt bei. Unsere Renten sind im Juli etwas gestiegen, die neuen Rentenmitteilungen sind auch dabei.

Die Miete ist gleich geblieben, aber die Nebenkostenvorauszahlung wurde vom Vermieter ab November von 190 auf 235 Euro erhöht, weil die Heizkosten so hoch waren. Das Schreiben vom Vermieter ist ebenfalls beigelegt.

Wir hoffen, dass alles vollständig ist, und bitten darum, dass die Zahlung im Januar ohne Unterbrechung weitergeht. Wenn noch etwas fehlt, rufen Sie uns bitte an, Telefon 02632 47195.

Mit freundlichen Grüßen

Walter Kläs          Hildegard Kläs

Anlagen:
Weiterleistungsantrag (unterschrieben)
Rentenmitteilungen Juli 2026
Verdienstabrechnung September 2026
Schreiben des Vermieters vom 28.09.2026",
    ),
    (
        "landgericht-klage-amtshaftung-vorverfahren",
        "30",
        "Landgericht Koblenz
Karmeliterstraße 14
56068 Koblenz

Geschäftsnummer: 1 O 318/26
(Bitte bei allen Schreiben angeben)

Landgericht Koblenz · Karmeliterstraße 14 · 56068 Koblenz

Landkreis Mayen-Koblenz
vertreten durch den Landrat
Bahnhofstraße 9
56068 Koblenz

Koblenz, 9. November 2026

Zustellung gegen Empfangsbekenntnis

In dem Rechtsstreit

Gerd Ulmen, Auf dem Hahn 3, 56745 Bell,
– Kläger –
Prozessbevollmächtigte: Rechtsanwälte Dr. Haas & Kollegen, Löhrstraße 78, 56068 Koblenz

gegen

Landkreis Mayen-Koblenz, vertreten durch den Landrat, Bahnhofstraße 9, 56068 Koblenz,
– Beklagter –

wegen Schadensersatzes aus Amtspflichtverletzung

Sehr geehrte Damen und Herren,

anliegend wird Ihnen die Klageschrift vom 21. Oktober 2026 nebst Anlagen K 1 bis K 14 zugestellt. Der Streitwert ist vorläufig auf 48.600,00 Euro festgesetzt.

Der Vorsitzende hat das schriftliche Vorverfahren angeordnet (§ 276 ZPO). Sie werden aufgefordert, dem Gericht binnen einer Notfrist von zwei Wochen ab Zustellung dieses Schreibens schriftlich anzuzeigen, ob Sie sich gegen die Klage verteidigen wollen. Innerhalb einer weiteren Frist von vier Wochen ist auf die Klage schriftlich zu erwidern.

Wird die Verteidigungsbereitschaft nicht rechtzeitig angezeigt, kann das Gericht auf Antrag des Klägers ohne mündliche Verhandlung ein Versäumnisurteil erlassen. Vor dem Landgericht müssen sich die Parteien grundsätzlich durch einen Rechtsanwalt vertreten lassen; auf die Ausnahme des § 78 Abs. 2 ZPO für Behörden und juristische Personen des öffentlichen Rechts wird hingewiesen.

Das beigefügte Empfangsbekenntnis senden Sie bitte unverzüglich unterschrieben zurück.

Mit freundlichen Grüßen

Auf Anordnung
Schneider, Justizbeschäftigte

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.

Anlagen:
beglaubigte Abschrift der Klageschrift nebst Anlagen K 1 bis K 14
Empfangsbekenntnis",
    ),
    (
        "unterhaltsurkunde-vater-mayen",
        "JA-MY",
        "Patrick Lenz
Polcher Straße 31
56727 Mayen

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 3. November 2026

Termin für Unterhaltsurkunde

Hallo,

ich bin der Vater von Emilia Wirges, geboren am 08.06.2022. Emilia wohnt bei ihrer Mutter, Frau Sarah Wirges, ebenfalls hier in Mayen, in der Hausener Straße.

Wir haben uns im Sommer getrennt, verstehen uns aber zum Glück noch gut und haben uns geeinigt, dass ich für Emilia 380 Euro im Monat zahle. Das habe ich nach der Düsseldorfer Tabelle ausgerechnet, mit meinem Nettogehalt von ungefähr 2.450 Euro. Emilias Mutter möchte das aber schriftlich haben, damit sie etwas Offizielles in der Hand hat, falls mal was ist. Das verstehe ich auch.

Ein Kollege hat mir gesagt, dass man so eine Urkunde beim Jugendamt machen lassen kann und dass das kostenlos ist, anders als beim Notar oder Anwalt. Deshalb bitte ich um einen Termin dafür.

Bitte schreiben Sie mir, was ich mitbringen muss, also ob Personalausweis, Gehaltsabrechnungen und Geburtsurkunde reichen, und ob Emilias Mutter dabei sein muss. Ich arbeite im Schichtdienst, am besten passt es mir dienstags oder donnerstags nachmittags.

Vielen Dank und Gruß

Patrick Lenz
Handy 0172 5518 306",
    ),
    (
        "h-kennzeichen-oldtimer-umschreibung",
        "36",
        "Von: Hans-Peter Mertes <hp.mertes@freenet.de>
An: info@kvmyk.de
Datum: 16.10.2026, 11:02
Betreff: Oldtimer ummelden mit H-Kennzeichen

Guten Tag,

ich habe mir vor zwei Wochen einen Mercedes-Benz 280 TE, Baujahr 1984, von einem privaten Verkäufer aus Trier gekauft. Das Fahrzeug ist dort noch auf den Verkäufer zugelassen, mit dem Kennzeichen TR-WK 280. Der Verkäufer hat mir die Zulassungsbescheinigung Teil I und Teil II, den Kaufvertrag und die Schilder mitgegeben.

Ich möchte den Wagen jetzt auf mich umschreiben lassen und dabei ein H-Kennzeichen bekommen. Ein Oldtimer-Gutachten vom TÜV nach § 23 StVZO habe ich letzte Woche machen lassen, die Hauptuntersuchung ist ebenfalls neu. Die Versicherung hat mir die eVB-Nummer schon geschickt. Als Wunschkennzeichen hätte ich gerne MYK-HP 84H, falls das noch frei ist.

Meine Fragen: Kann ich das in der Außenstelle in Mayen erledigen, oder muss ich nach Koblenz? Brauche ich dafür einen Termin, und wie bekomme ich den? Kann ich das Wunschkennzeichen vorher schon reservieren? Und muss der Verkäufer mit, oder reicht eine Vollmacht von ihm?

Vielen Dank für eine kurze Antwort.

Mit freundlichen Grüßen

Hans-Peter Mertes
Im Nettetal 17
56727 Mayen",
    ),
    (
        "windeln-zwillinge-tonne-zu-klein",
        "70",
        "Melanie und Kai Bender
Siegfriedstraße 40
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 23. Oktober 2026

Unsere Restmülltonne reicht nicht mehr – Zwillinge

Sehr geehrte Damen und Herren,

im August sind unsere Zwillinge Mia und Noah zur Welt gekommen. Seitdem reicht unsere 80-Liter-Tonne für den Restmüll hinten und vorne nicht mehr. Wir brauchen zusammen fast 14 Windeln am Tag, und nach einer Woche ist die Tonne bis oben voll, obwohl sie nur alle zwei Wochen geleert wird. Die restlichen Windelbeutel stehen dann bei uns auf dem Balkon, was im Sommer schon eine Zumutung war.

Wir haben gehört, dass es in manchen Kreisen eine spezielle Regelung für Familien mit Babys gibt, zum Beispiel zusätzliche Säcke oder eine Windeltonne zu einem günstigeren Preis. Gibt es so etwas bei Ihnen auch? Ansonsten möchten wir die Tonne auf eine größere umstellen lassen, möglichst ab sofort und nur für die nächsten zwei bis drei Jahre.

Bitte teilen Sie uns mit, was wir dafür tun müssen und was das kostet. Unsere Kundennummer steht auf dem letzten Bescheid: 3.117.2045.

Mit freundlichen Grüßen

Melanie Bender",
    ),
    (
        "fiktionsbescheinigung-koch-reise-tunesien",
        "33",
        "Mehdi Ben Salah
Bahnhofstraße 26
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 28.10.2026

Mein Aufenthaltstitel läuft ab – Bitte um Bescheinigung

Sehr geehrte Damen und Herren,

mein Name ist Mehdi Ben Salah, geboren am 17.02.1994, Staatsangehörigkeit tunesisch. Ich arbeite seit drei Jahren als Koch in einem Hotel in Kobern-Gondorf. Meine Aufenthaltserlaubnis als Fachkraft ist gültig bis 30.11.2026.

Ich habe schon am 12. September online die Verlängerung beantragt und alle Unterlagen hochgeladen, Arbeitsvertrag, Gehaltsabrechnungen, Mietvertrag und Pass. Ich habe eine Eingangsbestätigung per E-Mail bekommen, aber bis heute keinen Termin. Am Telefon komme ich leider nicht durch.

Jetzt habe ich zwei Probleme. Mein Chef fragt, was ich ihm ab Dezember zeigen kann, damit ich weiter arbeiten darf. Und meine Mutter in Sousse muss am 14. Dezember operiert werden, ich möchte für zwei Wochen zu ihr fliegen. Ich habe Angst, dass ich danach nicht mehr nach Deutschland zurück darf.

Bitte stellen Sie mir ein Papier aus, dass mein Aufenthalt weiter gilt, bis Sie über meinen Antrag entschieden haben, und mit dem ich auch reisen und wieder einreisen kann. Ich komme gerne jederzeit persönlich vorbei.

Vielen Dank.

Mit freundlichen Grüßen

Mehdi Ben Salah
Tel. 0176 8843 2290

Anlage: Kopie Eingangsbestätigung vom 12.09.2026, Kopie Aufenthaltstitel, Kopie Pass",
    ),
    (
        "asialaden-abgelaufene-ware-kuehlung",
        "39",
        "Dr. Ursula Kemp
Kirchstraße 9
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 5. November 2026

Hinweis auf Missstände in einem Lebensmittelgeschäft in Andernach

Sehr geehrte Damen und Herren,

ich möchte Sie auf Zustände in einem kleinen asiatischen Lebensmittelmarkt in der Andernacher Innenstadt (Schafbachstraße, neben dem Handyladen) hinweisen, die mich als Kundin sehr beunruhigt haben.

Am Samstag, dem 31. Oktober, habe ich dort eingekauft. In der Tiefkühltruhe waren die Teigtaschen und Garnelen zu großen Klumpen zusammengefroren und mit einer dicken Eisschicht überzogen, offenbar waren sie zwischendurch aufgetaut. Das Thermometer der Truhe zeigte minus 7 Grad. Tofu, Fischbällchen und abgepackte Nudeln, auf denen ausdrücklich „gekühlt lagern“ steht, lagen ungekühlt im normalen Regal neben der Heizung.

Zu Hause habe ich festgestellt, dass zwei der gekauften Produkte, eine Sojasoße und eine Packung Reisnudeln, bereits seit März bzw. Juni 2026 abgelaufen waren. Beim genaueren Hinsehen beim nächsten Besuch fielen mir im Regal noch weitere Artikel mit Mindesthaltbarkeitsdaten aus dem Frühjahr auf. Der Boden im hinteren Bereich war zudem klebrig und verschmutzt.

Ich habe den Inhaber darauf angesprochen, er hat nur mit den Schultern gezuckt. Ich möchte niemanden anschwärzen, halte eine Kontrolle aber im Interesse aller Kunden für dringend geboten. Den Kassenbon und Fotos der Produkte kann ich Ihnen gerne zur Verfügung stellen.

Mit freundlichen Grüßen

Dr. Ursula Kemp",
    ),
    (
        "oeffnungszeiten-internet-falsch-tuer-zu",
        "10",
        "Von: Oliver Reichert <oliver.reichert@gmail.com>
Gesendet: Mittwoch, 28. Oktober 2026 17:31
An: info@kvmyk.de
Betreff: Beschwerde – vor verschlossener Tür gestanden

Sehr geehrte Damen und Herren,

ich möchte mich auf diesem Weg über Ihren Service beschweren.

Laut Ihrer Internetseite ist der Bürgerservice im Kreishaus mittwochs bis 18 Uhr geöffnet. Ich habe mir deshalb heute extra einen halben Tag Urlaub genommen, bin von Kettig nach Koblenz gefahren, habe 6 Euro fürs Parkhaus bezahlt und stand um 16:45 Uhr vor einer verschlossenen Tür. Dort hing ein handgeschriebener Zettel „Heute ab 14 Uhr geschlossen“. Kein Grund, kein Hinweis, wo man sonst hingehen kann, und auf der Internetseite stand auch um 17 Uhr noch nichts davon.

Ich wollte lediglich ein paar Unterlagen abgeben, das hätte zwei Minuten gedauert. Einen Briefkasten, in den man etwas einwerfen kann, habe ich auf die Schnelle auch nicht gefunden. Ich bin berufstätig und kann nicht beliebig oft freinehmen.

Ich erwarte, dass solche Schließungen rechtzeitig auf der Internetseite bekannt gegeben werden und dass die dort angegebenen Öffnungszeiten auch stimmen. Außerdem würde mich interessieren, warum es keine Möglichkeit gibt, am Samstagvormittag etwas zu erledigen, wie es viele Städte inzwischen anbieten.

Über eine Antwort würde ich mich freuen.

Mit freundlichen Grüßen

Oliver Reichert
Kirchweg 3
56220 Kettig",
    ),
    (
        "bettwanzen-mietwohnung-baby",
        "53",
        "Aylin und Mert Doğan
Heerstraße 112
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 30.10.2026

Bettwanzen in unserer Mietwohnung – Vermieter unternimmt nichts

Sehr geehrte Damen und Herren,

wir wohnen mit unserer acht Monate alten Tochter in einer Mietwohnung im 1. Obergeschoss eines Mehrfamilienhauses in Vallendar. Seit Anfang September haben wir in der Wohnung Bettwanzen. Wir wachen fast jede Nacht mit neuen Stichen auf, unsere Tochter hat an Armen und Beinen rote, entzündete Quaddeln, und die Kinderärztin hat uns bestätigt, dass es sich um Bettwanzenstiche handelt.

Wir haben die Tiere selbst in den Ritzen des Bettgestells und hinter den Fußleisten gefunden, Fotos haben wir gemacht. Nach Auskunft der Nachbarin gibt es das Problem auch in der Wohnung unter uns. Wir haben den Vermieter im September und noch einmal am 12. Oktober schriftlich aufgefordert, einen Kammerjäger zu beauftragen. Er sagt, das sei unser Problem, wir hätten die Tiere eingeschleppt, und er zahle nichts.

Wir haben inzwischen selbst die Matratzen entsorgt und ein Mittel aus dem Baumarkt benutzt, aber das hilft nicht. Wir schlafen zum Teil auf dem Sofa im Wohnzimmer, und unsere Tochter kann kaum noch durchschlafen.

Wir bitten Sie, sich die Wohnung anzusehen und dem Vermieter klarzumachen, dass hier etwas getan werden muss. Ein Attest der Kinderärztin und die Fotos liegen bei.

Mit freundlichen Grüßen

Aylin Doğan

Anlagen: Attest Dr. Weyand vom 21.10.2026, 6 Fotos, Schreiben an den Vermieter",
    ),
    (
        "tagesmutter-werden-pflegeerlaubnis",
        "51",
        "Sabine Theisen
Am Wingert 11
56648 Saffig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Saffig, 19. Oktober 2026

Ich möchte Tagesmutter werden

Sehr geehrte Damen und Herren,

ich bin 36 Jahre alt, verheiratet und habe zwei Kinder im Alter von 4 und 7 Jahren. Ursprünglich bin ich gelernte Bürokauffrau, bin aber seit der Geburt meines zweiten Kindes zu Hause. In unserem Ort gibt es viele junge Familien, die keinen Betreuungsplatz für ihre Kleinkinder finden, und mehrere Bekannte haben mich schon gefragt, ob ich nicht ihre Kinder mitbetreuen könnte.

Deshalb möchte ich mich gerne als Tagesmutter selbstständig machen und in unserem Haus bis zu fünf Kinder unter drei Jahren betreuen. Wir haben im Erdgeschoss ein großes Spielzimmer mit direktem Zugang zum eingezäunten Garten.

Ich weiß, dass ich dafür eine Erlaubnis brauche und vorher einen Kurs machen muss. Könnten Sie mir bitte mitteilen, wann und wo der nächste Qualifizierungskurs stattfindet, welche Unterlagen ich für die Erlaubnis einreichen muss, zum Beispiel Führungszeugnis und Erste-Hilfe-Kurs, und ob jemand zu uns kommt und sich die Räume ansieht? Mich würde auch interessieren, wie die Bezahlung geregelt ist und ob es Zuschüsse für die Erstausstattung gibt.

Über einen Beratungstermin würde ich mich sehr freuen.

Mit freundlichen Grüßen

Sabine Theisen
Tel. 02625 958 774",
    ),
    (
        "mahnung-verlag-loseblattwerk",
        "20",
        "Rheinischer Fachverlag für Verwaltungsrecht GmbH
Kundenservice
Hohenzollernring 54
50672 Köln

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Köln, 4. November 2026

Zahlungserinnerung – 2. Mahnung
Kundennummer: 770193

Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die nachstehende Rechnung trotz unserer Erinnerung vom 7. Oktober 2026 noch nicht ausgeglichen ist:

Rechnung Nr. RF-2026-08841 vom 02.07.2026
Abonnement „Kommunalrecht Rheinland-Pfalz“, Loseblattwerk, Ergänzungslieferungen 61 bis 63
Rechnungsbetrag: 187,40 € (inkl. 7 % USt)
Mahngebühr: 5,00 €
Offener Gesamtbetrag: 192,40 €

Sicherlich handelt es sich um ein Versehen. Wir bitten Sie, den offenen Betrag bis spätestens 18. November 2026 auf das unten genannte Konto zu überweisen. Bitte geben Sie als Verwendungszweck unbedingt Rechnungs- und Kundennummer an, damit wir Ihre Zahlung zuordnen können.

Sollten Sie die Zahlung inzwischen veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Falls Sie die Rechnung nicht erhalten haben, senden wir Ihnen gerne eine Kopie zu.

Mit freundlichen Grüßen

Rheinischer Fachverlag für Verwaltungsrecht GmbH
Forderungsmanagement
Jana Wilms

Rheinischer Fachverlag für Verwaltungsrecht GmbH · Sitz Köln · Amtsgericht Köln HRB 88412
Geschäftsführung: Dr. Christian Olbrich, Ute Hammes · USt-IdNr. DE 812 440 317
Commerzbank Köln · IBAN DE27 3704 0044 0532 0118 00 · BIC COBADEFFXXX",
    ),
    (
        "leerstehendes-haus-dachziegel-gehweg",
        "63",
        "Josef Weber
Rheinstraße 18
56220 Kaltenengers

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kaltenengers, 10.11.2026

Baufälliges leerstehendes Haus Rheinstraße 21

Sehr geehrte Damen und Herren,

schräg gegenüber von mir steht das Haus Rheinstraße 21 seit über vier Jahren leer. Die alte Eigentümerin ist verstorben, die Erben wohnen nach meinem Wissen im Ausland und kümmern sich um nichts.

Das Haus verfällt zusehends. Bei den Stürmen im Oktober sind mehrere Dachziegel auf den Gehweg und einmal sogar auf die Straße gefallen. Die Dachrinne hängt auf der Straßenseite halb herunter, und an der Giebelwand sieht man einen Riss, der seit dem Sommer deutlich breiter geworden ist. Ein Fenster im Obergeschoss ist eingeschlagen, der Fensterrahmen bewegt sich bei Wind.

Auf dem Gehweg vor dem Haus laufen jeden Tag viele Leute, darunter ältere Mitbürger auf dem Weg zur Bäckerei und zum Friedhof. Ich habe wirklich Angst, dass hier bald jemand schwer verletzt wird. Die Ortsgemeinde hat provisorisch ein rot-weißes Band gespannt, sagt aber, sie selbst könne gegen den Eigentümer nichts unternehmen, dafür sei die Kreisverwaltung zuständig.

Ich bitte Sie daher dringend, sich das Gebäude anzusehen und dafür zu sorgen, dass es gesichert wird. Fotos vom Zustand füge ich bei.

Mit freundlichen Grüßen

Josef Weber

Anlage: 5 Fotos vom 25.10. und 8.11.2026",
    ),
    (
        "schulweg-ohne-gehweg-kreisstrasse",
        "40",
        "Christina und Jan Kohlhaas
Hof Waldblick 2
56729 Kehrig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kehrig, 2. November 2026

Widerspruch gegen die Ablehnung der Beförderung unserer Tochter Ella

Sehr geehrte Damen und Herren,

unsere Tochter Ella ist im August eingeschult worden und besucht die Grundschule im Ort. Unseren Antrag auf eine Busfahrkarte haben Sie mit Schreiben vom 14. Oktober 2026 abgelehnt, weil der Schulweg nur 1,7 Kilometer lang sei.

Die Länge mag stimmen, aber Sie haben sich offenbar nicht angesehen, wie dieser Weg aussieht. Unser Hof liegt außerhalb des Ortes. Ella müsste zuerst etwa 600 Meter über einen unbeleuchteten Wirtschaftsweg durch ein Waldstück laufen und dann rund 800 Meter an der Kreisstraße entlang, auf der 100 km/h erlaubt sind. Dort gibt es weder einen Gehweg noch einen Seitenstreifen, nur eine schmale Grasnarbe und den Graben. Morgens fahren dort viele Pendler und Traktoren, und im Winter ist es um 7:30 Uhr noch dunkel.

Kein vernünftiger Mensch würde ein sechsjähriges Kind diesen Weg allein gehen lassen. Wir fahren Ella im Moment jeden Tag selbst, was aber wegen unserer Arbeitszeiten auf Dauer nicht möglich ist. Der Schulbus fährt übrigens sowieso an der Einmündung unseres Weges vorbei.

Wir bitten Sie, den Schulweg vor Ort zu prüfen und Ella die Beförderung zu bewilligen. Fotos und eine Karte mit dem Weg legen wir bei.

Mit freundlichen Grüßen

Christina Kohlhaas          Jan Kohlhaas

Anlagen: Ihr Schreiben vom 14.10.2026, Lageplan mit Schulweg, 4 Fotos",
    ),
    (
        "grosseltern-umgang-enkel-namedy",
        "JA-AND",
        "Rudolf und Marianne Krämer
Burgweg 14
56626 Andernach-Namedy

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 22. Oktober 2026

Wir dürfen unsere Enkel nicht mehr sehen

Sehr geehrte Damen und Herren,

wir wenden uns in großer Sorge und Traurigkeit an Sie. Unser Sohn Daniel ist im Juni 2025 bei einem Motorradunfall ums Leben gekommen. Er hinterlässt seine Frau Stefanie und zwei Kinder, Paul (9) und Marie (6). Die Familie wohnt ebenfalls in Andernach, nur wenige Straßen von uns entfernt.

Bis zum Tod unseres Sohnes und auch noch im ersten Jahr danach waren die Kinder sehr oft bei uns, Paul hat fast jeden Nachmittag nach der Schule bei uns gegessen und Hausaufgaben gemacht. Seit März 2026 hat unsere Schwiegertochter den Kontakt vollständig abgebrochen. Sie hat einen neuen Partner und sagt, die Kinder müssten jetzt zur Ruhe kommen. Geburtstagsgeschenke kamen ungeöffnet zurück, Anrufe nimmt sie nicht an.

Wir wollen niemandem etwas wegnehmen und uns nicht in die Erziehung einmischen. Wir glauben aber, dass es für Paul und Marie wichtig ist, die Familie ihres Vaters nicht auch noch zu verlieren. Vor Gericht wollen wir eigentlich nicht gehen.

Gibt es bei Ihnen die Möglichkeit, ein vermittelndes Gespräch mit unserer Schwiegertochter zu führen? Wir sind zu jedem Termin bereit.

Mit freundlichen Grüßen

Rudolf Krämer          Marianne Krämer
Tel. 02632 71 38 40",
    ),
    (
        "bewerbung-duales-studium-verwaltung",
        "11",
        "Jonas Hermes
Am Viehtor 5
56321 Rhens
jonas.hermes2008@icloud.com
0152 0194 7783

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Rhens, 25.10.2026

Bewerbung um einen Studienplatz im dualen Studium Verwaltung (B.A.) zum 1. August 2027

Sehr geehrte Damen und Herren,

auf der Ausbildungsmesse in Koblenz habe ich mich an Ihrem Stand über das duale Studium bei der Kreisverwaltung informiert, und das Gespräch mit Ihrer Studentin hat mich überzeugt. Hiermit bewerbe ich mich für das Einstellungsjahr 2027.

Derzeit besuche ich die 13. Jahrgangsstufe eines Gymnasiums in Koblenz und werde im März 2027 mein Abitur ablegen. Meine Leistungskurse sind Sozialkunde, Deutsch und Mathematik, im letzten Halbjahreszeugnis hatte ich einen Durchschnitt von 2,1. In meiner Freizeit bin ich seit fünf Jahren Jugendtrainer im Handballverein und engagiere mich in der Schülervertretung, wo ich gelernt habe, Verantwortung zu übernehmen und mit unterschiedlichen Menschen umzugehen.

Mich reizt am Studium die Verbindung aus Theorie an der Hochschule und Praxis in ganz unterschiedlichen Bereichen der Verwaltung. Besonders interessiert mich, wie Entscheidungen vor Ort vorbereitet und umgesetzt werden.

Über die Einladung zum Auswahlverfahren würde ich mich sehr freuen.

Mit freundlichen Grüßen

Jonas Hermes

Anlagen:
Lebenslauf
Zeugnisse der Jahrgangsstufen 11 und 12
Bescheinigung über die Tätigkeit als Jugendtrainer",
    ),
    (
        "open-air-konzert-sportplatz-ausschank",
        "32",
        "SV Rot-Weiß Kretz 1949 e. V.
Der Vorstand
Sportplatzweg 1
56630 Kretz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kretz, 5. November 2026

Open-Air „Rock am Sportplatz“ am 19. Juni 2027 – Bitte um Genehmigungen

Sehr geehrte Damen und Herren,

unser Verein möchte im kommenden Jahr anlässlich der Einweihung unseres neuen Kunstrasenplatzes erstmals ein Open-Air-Konzert veranstalten. Geplant ist Samstag, der 19. Juni 2027, auf unserem Sportgelände in Kretz. Es sollen drei regionale Bands spielen, Beginn 17 Uhr, Ende der Livemusik um 23:30 Uhr. Wir rechnen mit 800 bis 1.200 Besuchern, der Eintritt soll 12 Euro kosten.

Der Verein wird selbst Bier, Wein, alkoholfreie Getränke und Bratwurst verkaufen, dafür stellen wir einen Getränkewagen und ein Zelt auf. Die Veranstaltung soll nach dem Konzert mit Musik vom DJ im Zelt bis 2 Uhr nachts weitergehen.

Wir bitten Sie um Auskunft, welche Erlaubnisse wir für den Getränkeausschank und für die Verlängerung bis 2 Uhr benötigen und bis wann wir die Anträge stellen müssen. Außerdem möchten wir wissen, ob für eine Veranstaltung dieser Größe ein Sicherheitskonzept und ein Sanitätsdienst vorgeschrieben sind. Ein Lageplan des Geländes mit Bühne, Zelt und Parkflächen liegt bei. Für ein Vorgespräch stehen wir gerne zur Verfügung.

Mit sportlichen Grüßen

Michael Gräf
1. Vorsitzender

Anlage: Lageplan Sportgelände

SV Rot-Weiß Kretz 1949 e. V. · Vereinsregister Amtsgericht Koblenz VR 10238
Vorsitzender: Michael Gräf · Volksbank RheinAhrEifel eG · IBAN DE63 5776 1591 0021 4478 00",
    ),
    (
        "regress-wasserrohrbruch-sporthalle",
        "30",
        "Westrhein Versicherung AG
Schadenabteilung Sach
Postfach 10 44 20
50484 Köln

Landkreis Mayen-Koblenz
Kreisverwaltung
Bahnhofstraße 9
56068 Koblenz

Köln, 27. Oktober 2026

Unser Zeichen: SH-26-0448217
Versicherungsnehmer: Klaus und Monika Breuer, Schulstraße 12, 56642 Kruft
Schadentag: 17.08.2026
Regressforderung gemäß § 86 VVG

Sehr geehrte Damen und Herren,

wir sind der Wohngebäudeversicherer der Eheleute Breuer. Am 17. August 2026 ist an der Ihnen als Schulträger gehörenden Sporthalle der Integrierten Gesamtschule Kruft die Wasserzuleitung im Außenbereich geborsten. Das austretende Wasser ist über mehrere Stunden unkontrolliert in das tiefer gelegene Nachbargrundstück unserer Versicherungsnehmer gelaufen und hat deren Keller etwa 20 Zentimeter hoch überflutet.

Nach dem Bericht des von uns beauftragten Sachverständigen war die Leitung stark korrodiert und hätte bei ordnungsgemäßer Wartung längst ausgetauscht werden müssen. Zudem wurde der Schaden trotz telefonischer Meldung unserer Versicherungsnehmer erst am Folgetag durch Abstellen der Hauptleitung beendet.

Wir haben unseren Versicherungsnehmern für die Trocknung, die Erneuerung des Estrichs und des Kellerputzes sowie für zerstörte Heizungsteile insgesamt 14.870,35 Euro erstattet. In dieser Höhe sind die Ansprüche unserer Versicherungsnehmer gegen Sie auf uns übergegangen.

Wir bitten Sie, die Angelegenheit Ihrem Haftpflichtversicherer bzw. Ihrem kommunalen Schadenausgleich zu melden und uns bis zum 30. November 2026 die Einstandspflicht dem Grunde nach zu bestätigen. Das Sachverständigengutachten und die Zahlungsbelege fügen wir in Kopie bei.

Mit freundlichen Grüßen

Westrhein Versicherung AG
i. A. Dirk Obermann
Regressabteilung

Westrhein Versicherung AG · Sitz Köln · Amtsgericht Köln HRB 40512
Vorstand: Dr. Helmut Rasch (Vors.), Petra Sievers · Vorsitzender des Aufsichtsrats: Georg Lindner",
    ),
    (
        "hilfe-ueber-18-wohngruppe-ausbildung",
        "JA-MY",
        "Leonie Arenz
c/o Jugendwohngemeinschaft Löhrstraße
Löhrstraße 8
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 29. Oktober 2026

Antrag auf Weiterhilfe nach meinem 18. Geburtstag

Sehr geehrte Damen und Herren,

ich heiße Leonie Arenz und werde am 12. Dezember 2026 18 Jahre alt. Seit zwei Jahren lebe ich in einer Jugendwohngruppe hier in Mayen, weil es bei meiner Mutter, die auch in Mayen wohnt, nicht mehr ging. Die Wohngruppe wird vom Jugendamt bezahlt.

Seit August mache ich eine Ausbildung zur Zahnmedizinischen Fachangestellten in einer Praxis in Mayen, die Ausbildung dauert bis Sommer 2029. Es läuft gut, aber ich bin noch nicht so weit, dass ich ganz allein wohnen und alles schaffen kann, vor allem Geld, Behördenpost und Berufsschule gleichzeitig. Zurück zu meiner Mutter kann ich nicht.

Meine Betreuerin in der Wohngruppe, Frau Hennes, hat mir gesagt, dass die Hilfe mit 18 nicht automatisch weitergeht und ich selbst einen Antrag stellen muss. Das mache ich hiermit. Ich möchte gerne noch mindestens ein Jahr in der Wohngruppe bleiben und danach in eine betreute eigene Wohnung ziehen.

Bitte sagen Sie mir, ob Sie noch etwas von mir brauchen. Frau Hennes unterstützt mich und würde auch zum Gespräch mitkommen.

Viele Grüße

Leonie Arenz",
    ),
    (
        "fuehrerschein-lkw-verlaengerung-ce",
        "36",
        "Achim Saal
Im Brühl 9
56745 Rieden

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Rieden, den 21.10.2026

Verlängerung meiner Fahrerlaubnisklassen C1, C1E, C und CE

Sehr geehrte Damen und Herren,

meine Lkw-Klassen laufen am 14. Januar 2027 ab. Ich bin 54 Jahre alt und arbeite als Berufskraftfahrer bei einer Spedition in Polch, ohne gültigen Führerschein kann ich also nicht arbeiten.

Ich habe in den letzten Wochen alles erledigt, was nötig ist: die ärztliche Untersuchung beim Betriebsarzt, den Sehtest beim Augenarzt und die fünf Module der Weiterbildung für die Schlüsselzahl 95. Die Bescheinigungen lege ich bei, außerdem ein biometrisches Passbild und eine Kopie meines Personalausweises und meines jetzigen Führerscheins.

Ich bitte um Verlängerung und um Ausstellung eines neuen Kartenführerscheins. Können Sie mir bitte mitteilen, ob ich den alten Führerschein schon jetzt abgeben muss oder erst bei Abholung des neuen? Falls es mit der Herstellung knapp wird, bräuchte ich eine vorläufige Bescheinigung für meinen Arbeitgeber.

Mit freundlichen Grüßen

Achim Saal
Tel. 02655 3319

Anlagen:
Ärztliche Bescheinigung (Anlage 5 FeV)
Sehtestbescheinigung / augenärztliches Zeugnis (Anlage 6 FeV)
Nachweis Weiterbildung Berufskraftfahrer
Passbild
Kopien Personalausweis und Führerschein",
    ),
    (
        "blauzungenkrankheit-schafe-verdacht",
        "39",
        "Schäferei Hilger
Inh. Peter Hilger
Am Laacher Weg 30
56645 Nickenich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Nickenich, 13. Oktober 2026

Verdacht auf Blauzungenkrankheit in meiner Herde
Betriebsnummer 07 137 076 0041

Sehr geehrte Damen und Herren,

ich halte im Nebenerwerb 140 Mutterschafe und ein paar Ziegen auf Weiden zwischen Nickenich und Kruft. Seit dem vergangenen Donnerstag haben mehrere Tiere hohes Fieber, geschwollene Köpfe, Speichelfluss und lahmen stark. Ein Mutterschaf ist gestern verendet, zwei weitere stehen kaum noch auf.

Mein Tierarzt, Herr Dr. Flöck aus Plaidt, hat am Montag Blutproben genommen und vermutet Blauzungenkrankheit. Das Ergebnis steht noch aus. Ein Teil der Herde war im Frühjahr geimpft, die diesjährigen Lämmer und die zugekauften Tiere aber noch nicht.

Ich bitte um kurzfristige Auskunft, was ich jetzt beachten muss. Konkret: Darf ich die Herde wie geplant Ende Oktober auf die Winterweide bei Saffig treiben? Muss das verendete Tier untersucht werden, oder kann es direkt zur Tierkörperbeseitigung? Und gibt es für die Impfung der restlichen Tiere noch eine Beihilfe?

Für Rückfragen bin ich jederzeit mobil erreichbar unter 0170 4455 982.

Mit freundlichen Grüßen

Peter Hilger",
    ),
    (
        "gruenschnitt-sammelstelle-laubsaecke",
        "70",
        "Von: Elke Dötsch <elke.doetsch@gmx.net>
An: info@kvmyk.de
Datum: 3. November 2026, 09:48
Betreff: Laub und Grünschnitt – wohin damit?

Guten Morgen,

ich wohne in Dieblich am Hang und habe auf dem Grundstück vier große alte Walnussbäume und eine Buchenhecke. Jeden Herbst fällt bei mir eine riesige Menge Laub an, dieses Jahr besonders viel.

Meine braune Tonne ist nach einem Nachmittag Laubfegen voll, und sie wird nur alle zwei Wochen geleert. Bisher bin ich mit dem Anhänger zur Grünschnittsammelstelle gefahren. Dort war aber am vergangenen Samstag geschlossen, obwohl im Abfallkalender Öffnung bis 16 Uhr steht. Ein Schild gab es nicht. Ein anderer Bürger, der ebenfalls umsonst gekommen war, hat seinen Anhänger dann einfach vor dem Tor abgekippt.

Meine Fragen: Gelten für die Sammelstelle im November andere Öffnungszeiten, und wo kann ich die aktuellen Zeiten nachlesen? Gibt es bei Ihnen zusätzliche Laubsäcke, die man neben die Biotonne stellen kann, und was kosten die? Und wäre eine größere Biotonne für die Herbstmonate möglich?

Vielen Dank und viele Grüße

Elke Dötsch
Hauptstraße 77b
56332 Dieblich",
    ),
    (
        "aufenthaltstitel-neugeborenes-kind",
        "33",
        "Blerim und Arbëreshë Krasniqi
Koblenzer Straße 140
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 16.10.2026

Antrag auf Aufenthaltserlaubnis für unsere Tochter Elira Krasniqi, geb. 30.09.2026

Sehr geehrte Damen und Herren,

am 30. September 2026 ist unsere Tochter Elira im Krankenhaus in Koblenz geboren. Wir sind beide kosovarische Staatsangehörige und leben seit 2021 in Deutschland. Ich, Blerim Krasniqi, arbeite als Elektriker bei einer Firma in Weißenthurm und habe eine Aufenthaltserlaubnis für Beschäftigung bis 2028. Meine Frau hat eine Aufenthaltserlaubnis zum Familiennachzug, ebenfalls bis 2028.

Da Elira die deutsche Staatsangehörigkeit nicht automatisch bekommen hat, brauchen wir für sie eine eigene Aufenthaltserlaubnis. Die Geburtsurkunde vom Standesamt haben wir, und beim Generalkonsulat der Republik Kosovo in Frankfurt haben wir bereits einen Pass für sie beantragt. Der Pass soll in etwa sechs Wochen fertig sein.

Wir bitten Sie, uns mitzuteilen, ob wir den Antrag schon jetzt stellen können oder auf den Pass warten müssen, und welche Unterlagen Sie brauchen. Müssen wir mit dem Baby persönlich kommen?

Vielen Dank.

Mit freundlichen Grüßen

Blerim Krasniqi
Tel. 0157 7712 0448

Anlagen: Geburtsurkunde (Kopie), Kopien unserer Aufenthaltstitel, Bestätigung Passantrag",
    ),
    (
        "schirmherrschaft-benefizlauf-hospiz",
        "10",
        "Förderverein Ambulanter Hospizdienst Maifeld e. V.
Ostlinger Straße 12
56751 Polch

Herrn Landrat
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 20. Oktober 2026

5. Maifelder Benefizlauf am 9. Mai 2027 – Bitte um Übernahme der Schirmherrschaft

Sehr geehrter Herr Landrat,

seit 2019 veranstaltet unser Förderverein jedes Frühjahr den Maifelder Benefizlauf zugunsten des Ambulanten Hospizdienstes, der schwerstkranke und sterbende Menschen und ihre Angehörigen im Maifeld begleitet. Beim letzten Lauf waren über 600 Läuferinnen und Läufer, viele Schulklassen und Vereine dabei, und wir konnten 23.400 Euro an den Hospizdienst übergeben.

Im kommenden Jahr findet der Lauf zum fünften Mal statt, und zwar am Sonntag, dem 9. Mai 2027, mit Start und Ziel am Marktplatz in Polch. Aus diesem Anlass würden wir uns sehr freuen, wenn Sie die Schirmherrschaft übernehmen würden.

Besonders schön wäre es, wenn Sie um 10 Uhr den Startschuss für den Hauptlauf geben und ein kurzes Grußwort an die Teilnehmenden richten könnten. Außerdem möchten wir Sie um ein Grußwort für unser Programmheft bitten, Redaktionsschluss wäre der 15. März 2027.

Für Rückfragen steht Ihnen unsere Geschäftsführerin Frau Kerstin Mohr unter 02654 88 12 40 zur Verfügung. Wir würden uns über eine Zusage sehr freuen.

Mit freundlichen Grüßen

Dr. Elisabeth Fassbender
Vorsitzende

Förderverein Ambulanter Hospizdienst Maifeld e. V. · Vereinsregister Amtsgericht Koblenz VR 21107
Als gemeinnützig anerkannt · Kreissparkasse Mayen · IBAN DE88 5765 0010 0098 1123 45",
    ),
    (
        "leichenpass-ueberfuehrung-tuerkei",
        "53",
        "Bestattungen Kaiser GmbH
Brauerstraße 22
56743 Mendig
Tel. 02652 4310 · Tag und Nacht erreichbar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vorab per Fax

Mendig, 9. November 2026

Antrag auf Ausstellung eines Leichenpasses – Überführung in die Türkei
Verstorbener: Herr Hüseyin Yıldırım, geb. 03.07.1948, gest. 07.11.2026 in Mendig

Sehr geehrte Damen und Herren,

im Auftrag der Angehörigen beantragen wir die Ausstellung eines Leichenpasses für den oben genannten Verstorbenen. Herr Yıldırım soll nach dem Wunsch der Familie in seinem Heimatort in der Provinz Konya beigesetzt werden. Die Überführung ist per Luftfracht ab Frankfurt am Main für Donnerstag, den 12. November 2026, vorgesehen.

Der Verstorbene wird in einem verlöteten Zinksarg überführt. Laut Todesbescheinigung lag keine übertragbare Krankheit vor, Todesursache war ein Herzversagen bei bekannter Vorerkrankung.

Wir fügen folgende Unterlagen bei: die Sterbeurkunde, eine Kopie der Todesbescheinigung einschließlich des vertraulichen Teils, die Bescheinigung über die Einsargung sowie die Kopie des Reisepasses des Verstorbenen. Die Bescheinigung des türkischen Generalkonsulats wird parallel eingeholt.

Da die Familie und der Flug bereits warten, bitten wir um möglichst schnelle Bearbeitung. Wir würden den Leichenpass am Mittwoch gerne persönlich bei Ihnen abholen und die Gebühr bar oder per Karte begleichen.

Mit freundlichen Grüßen

Bestattungen Kaiser GmbH
Ralf Kaiser, Bestattermeister

Bestattungen Kaiser GmbH · Sitz Mendig · Amtsgericht Koblenz HRB 19230 · Geschäftsführer: Ralf Kaiser
Kreissparkasse Mayen · IBAN DE19 5765 0010 0012 7788 90",
    ),
    (
        "stundung-gebuehrenbescheid-kurzarbeit",
        "20",
        "Dennis Gerhartz
Moselstraße 5a
56332 Lehmen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Lehmen, 30.10.2026

Kassenzeichen 5.0612.448391.7 – Bitte um Zahlungsaufschub

Sehr geehrte Damen und Herren,

mit Bescheid vom 2. Oktober 2026 haben Sie mir Gebühren in Höhe von 318,00 Euro in Rechnung gestellt, zahlbar bis zum 2. November. Gestern habe ich außerdem eine Zahlungserinnerung der Kreiskasse erhalten.

Ich bestreite die Forderung nicht. Leider bin ich aber seit September in Kurzarbeit, mein Betrieb in Koblenz hat die Arbeitszeit für die ganze Belegschaft auf 50 Prozent gesenkt. Dadurch fehlen mir jeden Monat rund 700 Euro. Im Oktober musste außerdem unser Auto repariert werden, das ich für den Weg zur Arbeit brauche.

Laut meinem Arbeitgeber soll die Kurzarbeit zum Jahresende beendet sein. Ich bitte Sie deshalb, mir den Betrag bis zum 31. Januar 2027 zu stunden. Ich würde dann die vollen 318,00 Euro Ende Januar in einer Summe überweisen. Falls das nicht möglich ist, wäre ich auch mit zwei Raten im Dezember und Januar einverstanden.

Eine Bescheinigung meines Arbeitgebers über die Kurzarbeit lege ich bei. Ich bitte um kurze schriftliche Bestätigung, damit ich keine weiteren Mahnungen bekomme.

Mit freundlichen Grüßen

Dennis Gerhartz

Anlage: Bescheinigung über Kurzarbeit vom 01.09.2026",
    ),
    (
        "bauvoranfrage-photovoltaik-acker",
        "63",
        "Markus Schwindenhammer
Landwirtschaftlicher Betrieb
Hofgut Kerben 1
56295 Kerben

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kerben, 6. November 2026

Bauvoranfrage – Photovoltaik-Freiflächenanlage auf meinem Acker
Gemarkung Kerben, Flur 4, Flurstücke 31 und 32

Sehr geehrte Damen und Herren,

ich bewirtschafte in Kerben einen Ackerbaubetrieb mit rund 85 Hektar. Ich möchte auf zwei eigenen Ackerflächen mit zusammen etwa 1,8 Hektar eine Photovoltaikanlage mit aufgeständerten Modulen errichten. Die Flächen liegen unmittelbar an der Autobahn A 48, der nächste Modulrand wäre etwa 60 Meter vom Fahrbahnrand entfernt. Geplant sind rund 1,6 Megawatt Leistung, die Einspeisung soll über den Netzanschlusspunkt am Umspannwerk erfolgen, dafür liegt die Zusage des Netzbetreibers vor.

Mir wurde gesagt, dass solche Anlagen entlang von Autobahnen inzwischen im Außenbereich privilegiert sein können und kein Bebauungsplan nötig ist. Bevor ich Planer und Gutachter beauftrage, möchte ich aber verbindlich wissen, ob das Vorhaben an diesem Standort grundsätzlich zulässig ist.

Ich stelle daher eine Bauvoranfrage mit folgenden Fragen: Ist die Anlage am geplanten Standort planungsrechtlich zulässig? Welche Abstände zur Autobahn und zu den angrenzenden Flurstücken sind einzuhalten? Welche Unterlagen brauche ich später für den eigentlichen Antrag, insbesondere im Hinblick auf Blendwirkung und Naturschutz?

Einen Lageplan im Maßstab 1:1000, einen Auszug aus der Liegenschaftskarte und eine Projektbeschreibung füge ich bei.

Mit freundlichen Grüßen

Markus Schwindenhammer

Anlagen: Lageplan, Auszug Liegenschaftskataster, Projektbeschreibung, Zusage Netzbetreiber",
    ),
    (
        "trainer-sorge-um-jungen-andernach",
        "JA-AND",
        "Stefan Kurth
Jugendtrainer E-Jugend
Theodor-Heuss-Straße 52
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 7. November 2026

Sorge um einen Jungen aus meiner Fußballmannschaft

Sehr geehrte Damen und Herren,

ich trainiere ehrenamtlich die E-Jugend eines Fußballvereins in Andernach. Ich schreibe Ihnen, weil ich mir große Sorgen um einen meiner Spieler mache und nicht weiß, an wen ich mich sonst wenden soll.

Es geht um Kevin S., 10 Jahre alt, wohnhaft in Andernach in der Nähe des Bahnhofs. Er kommt seit einigen Wochen mehrmals in der Woche ohne Essen und ohne Jacke zum Training, auch bei Regen und Kälte. Oft trägt er tagelang dieselben Sachen. Letzten Dienstag hat er mich nach dem Training gefragt, ob ich noch ein Brot für ihn habe, weil es zu Hause nichts gebe. Beim Umziehen habe ich am Oberarm und am Rücken mehrere blaue Flecken gesehen. Auf meine Frage sagte er nur, der Papa sei wütend gewesen, und wollte dann nicht mehr darüber sprechen.

Seine Eltern habe ich in eineinhalb Jahren noch nie beim Training oder bei einem Spiel gesehen. Er wird auch nie abgeholt und läuft abends allein durch die Stadt nach Hause, manchmal erst nach 20 Uhr.

Ich möchte niemanden zu Unrecht beschuldigen, aber ich habe ein sehr ungutes Gefühl. Den vollständigen Namen und die Adresse des Jungen gebe ich Ihnen gerne telefonisch. Ich bin unter 0163 7781 240 erreichbar.

Mit freundlichen Grüßen

Stefan Kurth",
    ),
    (
        "heirat-namensaenderung-familienzuschlag",
        "11",
        "Julia Kastenholz (bisher Julia Meurer)
Personalnummer 100874
Kirchstraße 8
56220 St. Sebastian

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

St. Sebastian, 2. November 2026

Mitteilung über meine Eheschließung und Antrag auf Familienzuschlag

Sehr geehrte Damen und Herren,

hiermit teile ich mit, dass ich am 16. Oktober 2026 geheiratet habe. Ich führe seitdem den Familiennamen meines Mannes, Kastenholz. Eine beglaubigte Kopie der Eheurkunde liegt bei.

Ich bitte darum, meinen Namen in der Personalakte, in der Bezügeabrechnung und im Telefon- und E-Mail-Verzeichnis zu ändern. Meine neue dienstliche E-Mail-Adresse müsste dann entsprechend angepasst werden. Die Steuerklasse wurde nach meinen Informationen vom Finanzamt automatisch auf IV geändert, bitte prüfen Sie, ob das bei Ihnen bereits angekommen ist.

Da ich Beamtin bin, beantrage ich außerdem ab dem Monat der Eheschließung den Familienzuschlag der Stufe 1. Mein Mann ist nicht im öffentlichen Dienst beschäftigt, er arbeitet bei einem privaten Unternehmen in Koblenz. Den ausgefüllten Erklärungsvordruck füge ich bei.

Für Rückfragen bin ich unter der Durchwahl -318 erreichbar.

Mit freundlichen Grüßen

Julia Kastenholz

Anlagen:
Eheurkunde (beglaubigte Kopie)
Erklärung zum Familienzuschlag",
    ),
    (
        "schulbus-kommt-zu-frueh-an",
        "40",
        "Schulelternbeirat der Realschule plus Münstermaifeld
Vorsitzende: Tanja Weiler
Gappenacher Weg 3
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 12. November 2026

Neue Busfahrzeiten seit den Herbstferien – Kinder warten fast eine Stunde

Sehr geehrte Damen und Herren,

im Namen des Schulelternbeirats wende ich mich an Sie wegen der neuen Fahrzeiten der Schulbusse, die seit dem Ende der Herbstferien gelten.

Der Bus aus Richtung Polch, Gappenach und Naunheim kommt seitdem bereits um 7:03 Uhr an der Schule an, der Unterricht beginnt aber erst um 7:55 Uhr. Das Schulgebäude wird erst um 7:30 Uhr geöffnet, die Kinder stehen also fast eine halbe Stunde draußen auf dem Hof, jetzt im November bei Dunkelheit, Regen und Kälte. Betroffen sind rund 90 Schülerinnen und Schüler, darunter viele Fünftklässler.

Mittags ist es nicht besser. Nach der sechsten Stunde endet der Unterricht um 13:05 Uhr, der Bus fährt aber erst um 14:00 Uhr. Früher gab es eine Abfahrt um 13:15 Uhr, die offenbar gestrichen wurde. Zahlreiche Eltern haben sich bei uns beschwert, einige fahren ihre Kinder inzwischen lieber selbst.

Wir bitten Sie dringend, gemeinsam mit dem Busunternehmen eine bessere Lösung zu finden, zum Beispiel eine spätere Abfahrt am Morgen und die Wiedereinführung der Fahrt um 13:15 Uhr. Die Schulleitung unterstützt unser Anliegen. Für ein Gespräch stehen wir gern zur Verfügung.

Mit freundlichen Grüßen

Tanja Weiler
Vorsitzende des Schulelternbeirats",
    ),
    (
        "troedelmarkt-festsetzung-parkplatz",
        "32",
        "Rhein-Mosel Märkte UG (haftungsbeschränkt)
Marktveranstaltungen
Moselweißer Straße 41
56073 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 16. Oktober 2026

Antrag auf Festsetzung eines regelmäßigen Trödel- und Flohmarktes in Mülheim-Kärlich

Sehr geehrte Damen und Herren,

wir veranstalten seit mehreren Jahren Floh- und Trödelmärkte in der Region, unter anderem in Neuwied und Lahnstein. Hiermit beantragen wir die Festsetzung eines regelmäßigen Trödel- und Flohmarktes auf dem Kundenparkplatz des Möbelhauses Rheinland im Gewerbegebiet Mülheim-Kärlich.

Geplant ist ein Markt jeweils am zweiten Samstag eines Monats von März bis November, erstmals am 13. März 2027, jeweils von 8 bis 15 Uhr. Wir rechnen mit 80 bis 120 Ständen, überwiegend privaten Anbietern von Gebrauchtwaren sowie einigen gewerblichen Händlern mit Antiquitäten und Kleinteilen. Neuware und Lebensmittel werden nicht angeboten, mit Ausnahme eines Kaffee- und Imbissstandes, für den wir gesondert die erforderliche Erlaubnis beantragen werden.

Die schriftliche Zustimmung des Grundstückseigentümers liegt vor. Toiletten stellt das Möbelhaus zur Verfügung, für die Müllentsorgung sorgen wir selbst. Einen Lageplan mit Standaufteilung, Rettungswegen und Besucherparkplätzen sowie unsere Marktordnung fügen wir bei.

Wir bitten um Mitteilung, ob weitere Unterlagen erforderlich sind und mit welcher Bearbeitungsdauer und welchen Gebühren wir rechnen müssen.

Mit freundlichen Grüßen

Rhein-Mosel Märkte UG (haftungsbeschränkt)
Sven Adrian, Geschäftsführer

Anlagen: Zustimmung Grundstückseigentümer, Lageplan, Marktordnung, Gewerbeanmeldung

Rhein-Mosel Märkte UG (haftungsbeschränkt) · Sitz Koblenz · Amtsgericht Koblenz HRB 27766
Geschäftsführer: Sven Adrian · Sparkasse Koblenz · IBAN DE55 5705 0120 0000 8844 21",
    ),
    (
        "elternunterhalt-auskunft-pflegeheim",
        "50",
        "Dr. Matthias Born
Eschersheimer Landstraße 301
60320 Frankfurt am Main

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Frankfurt am Main, 28. Oktober 2026

Ihr Schreiben vom 15. Oktober 2026 – Aktenzeichen 50.3-HzP-2026-1147
Meine Mutter Frau Irmgard Born, Seniorenzentrum Mendig

Sehr geehrte Damen und Herren,

mit Ihrem Schreiben vom 15. Oktober 2026 teilen Sie mir mit, dass Sie für meine Mutter seit dem 1. August 2026 die ungedeckten Heimkosten übernehmen, und fordern mich auf, umfassend über mein Einkommen und Vermögen Auskunft zu geben.

Zunächst möchte ich mich ausdrücklich dafür bedanken, dass meine Mutter weiterhin in ihrem vertrauten Heim bleiben kann.

Zur Sache: Nach meinem Verständnis der seit 2020 geltenden Rechtslage werden Kinder nur dann zum Unterhalt für ihre Eltern herangezogen, wenn ihr Jahresbruttoeinkommen 100.000 Euro übersteigt. Das ist bei mir nicht der Fall. Mein Bruttoeinkommen als angestellter Apotheker lag im Jahr 2025 bei 78.400 Euro, Nebeneinkünfte habe ich keine. Zum Nachweis füge ich meine Lohnsteuerbescheinigung 2025 und die letzte Gehaltsabrechnung bei.

Eine darüber hinausgehende Offenlegung meines Vermögens halte ich daher nicht für erforderlich und bitte um Bestätigung, dass die Angelegenheit für mich damit erledigt ist. Meine Schwester, Frau Claudia Reuter in Ettringen, hat ein entsprechendes Schreiben erhalten und wird Ihnen gesondert antworten.

Mit freundlichen Grüßen

Dr. Matthias Born

Anlagen: Lohnsteuerbescheinigung 2025, Gehaltsabrechnung September 2026",
    ),
    (
        "kostenfestsetzungsbeschluss-verwaltungsgericht",
        "30",
        "Verwaltungsgericht Koblenz
Deinhardpassage 1
56068 Koblenz

Aktenzeichen: 4 K 612/25.KO

Landkreis Mayen-Koblenz
vertreten durch den Landrat
Bahnhofstraße 9
56068 Koblenz

Koblenz, 22. Oktober 2026

KOSTENFESTSETZUNGSBESCHLUSS

In der Verwaltungsrechtssache

des Herrn Wolfgang Zerwas, Am Sonnenhang 12, 56729 Ettringen,
– Kläger –
Prozessbevollmächtigte: Rechtsanwälte Berg & Nolden, Schlossstraße 20, 56068 Koblenz

gegen

den Landkreis Mayen-Koblenz, vertreten durch den Landrat, Bahnhofstraße 9, 56068 Koblenz,
– Beklagter –

wegen Waffenrechts

werden die dem Kläger von dem Beklagten aufgrund des Urteils vom 10. Juni 2026 zu erstattenden Kosten auf

1.427,83 Euro
(in Worten: eintausendvierhundertsiebenundzwanzig 83/100 Euro)

nebst Zinsen in Höhe von fünf Prozentpunkten über dem Basiszinssatz seit dem 3. September 2026 festgesetzt.

Gründe:

Der Kostenfestsetzungsantrag des Klägers vom 2. September 2026 ist dem Beklagten mit Gelegenheit zur Stellungnahme übersandt worden. Eine Stellungnahme ist nicht eingegangen. Die geltend gemachte Verfahrensgebühr, die Terminsgebühr, die Auslagenpauschale und die Umsatzsteuer sind in der beantragten Höhe erstattungsfähig. Die geltend gemachten Fahrtkosten waren zu berücksichtigen.

Rechtsbehelfsbelehrung:
Gegen diesen Beschluss kann innerhalb von zwei Wochen nach Zustellung die Entscheidung des Gerichts beantragt werden. Der Antrag ist schriftlich oder zur Niederschrift des Urkundsbeamten der Geschäftsstelle beim Verwaltungsgericht Koblenz zu stellen.

Lauer
Justizamtfrau als Urkundsbeamtin der Geschäftsstelle",
    ),
    (
        "umzug-nach-spanien-mit-sohn",
        "JA-MY",
        "Sebastian Gilles
Bürresheimer Straße 74
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 10.11.2026

Meine Ex-Frau will mit unserem Sohn nach Spanien ziehen

Sehr geehrte Damen und Herren,

ich bin der Vater von Finn Gilles, 7 Jahre alt. Meine geschiedene Frau, Frau Laura Martínez Gilles, und ich haben das gemeinsame Sorgerecht. Finn wohnt überwiegend bei seiner Mutter, ebenfalls in Mayen, und ist jedes zweite Wochenende und jeden Mittwochnachmittag bei mir. Das hat bisher gut funktioniert.

Vor zwei Wochen hat mir meine Ex-Frau eröffnet, dass sie im Sommer 2027 mit Finn zu ihrer Familie nach Valencia ziehen möchte. Sie hat dort eine Stelle in Aussicht. Ich bin damit nicht einverstanden. Finn ist hier verwurzelt, er geht in die zweite Klasse, spielt im Verein und hat hier seine Freunde und seine Großeltern. Wenn er nach Spanien zieht, sehe ich ihn vielleicht noch dreimal im Jahr.

Ich möchte das nicht sofort vor Gericht austragen, das würde vor allem Finn schaden. Ich möchte aber auch nicht einfach hinnehmen, dass über meinen Kopf hinweg entschieden wird.

Deshalb bitte ich um einen Beratungstermin und, wenn möglich, um ein gemeinsames Gespräch mit meiner Ex-Frau, in dem wir eine Lösung im Sinne von Finn suchen können. Meine Ex-Frau wäre nach eigener Aussage zu einem solchen Gespräch bereit.

Mit freundlichen Grüßen

Sebastian Gilles
Tel. 0171 3309 562",
    ),
    (
        "kita-beitrag-unter-zwei-uebernahme",
        "51",
        "Vanessa Schmitt
Auf der Heide 19
56220 Bassenheim

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bassenheim, 4. November 2026

Antrag auf Übernahme des Kita-Beitrags für meinen Sohn Ben

Sehr geehrte Damen und Herren,

mein Sohn Ben, geboren am 11.04.2025, besucht seit dem 1. September 2026 die Kindertagesstätte in Bassenheim. Da er noch keine zwei Jahre alt ist, müssen wir bis zu seinem zweiten Geburtstag einen monatlichen Elternbeitrag von 198 Euro zahlen, dazu kommen 65 Euro für das Mittagessen.

Ich bin nach der Elternzeit in Teilzeit mit 20 Stunden an meinen Arbeitsplatz zurückgekehrt, mein Partner ist seit August arbeitslos und bekommt Arbeitslosengeld. Mit den Beiträgen für die Kita kommen wir finanziell kaum noch über die Runden. Die Erzieherin hat uns gesagt, dass man in so einem Fall beantragen kann, dass der Beitrag ganz oder teilweise übernommen wird.

Ich stelle hiermit diesen Antrag für die Zeit ab September 2026 bis April 2027 und bitte auch um Prüfung, ob die Kosten für das Mittagessen übernommen werden können. Meine Gehaltsabrechnungen, der Bescheid der Agentur für Arbeit über das Arbeitslosengeld meines Partners, unser Mietvertrag und die Beitragsbescheinigung der Kita liegen bei.

Falls Sie noch weitere Unterlagen brauchen, melden Sie sich bitte bei mir.

Mit freundlichen Grüßen

Vanessa Schmitt
Tel. 0261 9405 1173

Anlagen: Gehaltsabrechnungen August bis Oktober, ALG-Bescheid, Mietvertrag, Beitragsbescheinigung Kita",
    ),
];
