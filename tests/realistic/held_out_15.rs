//! A fifteenth held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks. Each: a name, the expected
//! department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_15: &[(&str, &str, &str)] = &[
    (
        "schluesselbund-im-wartebereich-verloren",
        "10",
        "Von: Petra Wellenstein <p.wellenstein@web.de>
An: info@kvmyk.de
Betreff: Schlüsselbund verloren – vielleicht bei Ihnen abgegeben?

Guten Tag,

ich war am Montag, 14.10., gegen 10 Uhr bei Ihnen im Haus in der Bahnhofstraße, weil ich einen Termin bei der Zulassungsstelle hatte. Seitdem vermisse ich meinen Schlüsselbund: drei Schlüssel (einer davon ein Sicherheitsschlüssel mit blauer Kappe), ein roter Anhänger vom FC Kaiserslautern und ein Einkaufswagenchip.

Vermutlich ist er mir im Wartebereich im Erdgeschoss oder auf dem Weg zum Parkplatz aus der Jackentasche gefallen. Falls jemand ihn gefunden und bei Ihnen abgegeben hat, geben Sie mir bitte kurz Bescheid. Ich kann ihn jederzeit abholen.

Vielen Dank und freundliche Grüße
Petra Wellenstein
Tel. 0261 9834412",
    ),
    (
        "heimatverein-festschrift-wappen-und-grusswort",
        "10",
        "Heimat- und Verkehrsverein Kobern-Gondorf e.V.
Der Vorsitzende
Hans-Peter Kroll
Marktstraße 12
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 03.02.2025

125 Jahre Heimat- und Verkehrsverein – Festschrift

Sehr geehrte Damen und Herren,

unser Verein feiert im Sommer sein 125-jähriges Bestehen. Aus diesem Anlass geben wir eine Festschrift in einer Auflage von rund 800 Stück heraus, die an alle Haushalte im Ort verteilt wird.

Wir würden gerne auf der Seite mit den Grußworten neben dem Wappen unserer Gemeinde auch das Wappen des Landkreises abdrucken. Außerdem überlegen wir, es klein auf Ansteckern zu verwenden, die beim Festabend für einen Euro verkauft werden. Ist das zulässig, und unter welchen Bedingungen? Für die Zusendung einer druckfähigen Vorlage wären wir dankbar.

Gleichzeitig möchten wir höflich anfragen, ob Herr Landrat bereit wäre, ein kurzes Grußwort (etwa 1.500 Zeichen) beizusteuern. Redaktionsschluss ist der 30. April. Zum Festabend am 21. Juni laden wir ihn selbstverständlich herzlich ein.

Mit freundlichen Grüßen

Hans-Peter Kroll
1. Vorsitzender",
    ),
    (
        "beschwerde-niemand-erreichbar-an-landrat",
        "10",
        "Von: Dieter Hambüchen <d.hambuechen@t-online.de>
An: landrat@kvmyk.de
Betreff: Beschwerde – bei Ihnen ist niemand zu erreichen

Sehr geehrter Herr Landrat,

ich möchte mich auf diesem Weg einmal grundsätzlich beschweren. Seit über zwei Wochen versuche ich, bei Ihrer Verwaltung jemanden ans Telefon zu bekommen. Die Zentrale verbindet weiter, dann klingelt es ins Leere, oder ich hänge in einer Warteschleife, die nach zehn Minuten einfach abbricht. Auf zwei E-Mails an die allgemeine Adresse habe ich bis heute nicht einmal eine Eingangsbestätigung erhalten.

Ich bin 78 Jahre alt und kann nicht wegen jeder Frage nach Koblenz fahren. So stelle ich mir eine bürgernahe Verwaltung nicht vor. Ich erwarte, dass Sie dafür sorgen, dass Bürger wenigstens eine Antwort bekommen, und bitte um Rückmeldung, an wen ich mich künftig wenden kann.

Mit freundlichen Grüßen
Dieter Hambüchen
Hauptstraße 41
56299 Ochtendung",
    ),
    (
        "bewerbung-ausbildung-verwaltungsfachangestellte",
        "11",
        "Lea Marie Schüller
Im Wiesengrund 7
56218 Mülheim-Kärlich
Tel. 0176 55321087
lea.schueller@gmx.de

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 28.09.2024

Bewerbung um einen Ausbildungsplatz als Verwaltungsfachangestellte zum 01.08.2025

Sehr geehrte Damen und Herren,

auf Ihrer Internetseite habe ich gelesen, dass Sie auch im kommenden Jahr wieder junge Menschen in der Verwaltung ausbilden. Hiermit bewerbe ich mich um einen dieser Ausbildungsplätze.

Zurzeit besuche ich die Höhere Berufsfachschule Wirtschaft in Andernach, die ich im Sommer 2025 abschließen werde. Während eines dreiwöchigen Praktikums im Bürgerbüro der Verbandsgemeinde Weißenthurm konnte ich bereits erleben, wie vielseitig die Arbeit in einer Verwaltung ist – vom Kontakt mit den Bürgern bis zur Bearbeitung von Anträgen. Besonders gefallen hat mir, dass man am Ende des Tages sieht, dass man jemandem weitergeholfen hat.

Ich arbeite gerne genau und im Team, und in meiner Freizeit trainiere ich eine Kinder-Turngruppe in meinem Verein.

Über eine Einladung zu einem Vorstellungsgespräch oder zum Eignungstest würde ich mich sehr freuen.

Mit freundlichen Grüßen

Lea Marie Schüller

Anlagen: Lebenslauf, Halbjahreszeugnis, Praktikumsbescheinigung",
    ),
    (
        "teilzeit-nach-elternzeit-mitarbeiterin",
        "11",
        "Von: Katharina Moll <katharina.moll@kvmyk.de>
An: personal@kvmyk.de
Betreff: Antrag auf Teilzeit im Anschluss an die Elternzeit

Hallo zusammen,

wie mit meiner Abteilungsleitung bereits besprochen, endet meine Elternzeit am 28.02.2025. Ich beantrage hiermit, meine wöchentliche Arbeitszeit ab dem 01.03.2025 von 39 auf 25 Stunden zu reduzieren, zunächst befristet auf zwei Jahre.

Die Stunden möchte ich gerne auf Montag bis Donnerstag vormittags verteilen, weil der Kita-Platz meines Sohnes nur bis 14 Uhr geht. Ich arbeite weiterhin in der Wohngeldstelle im Sozialamt; Herr Brenner hat der Verteilung schon zugestimmt (Mail im Anhang).

Könnt ihr mir bitte sagen, ob ihr dafür noch ein eigenes Formular braucht und wie sich die Reduzierung auf meinen Resturlaub aus 2023 auswirkt?

Viele Grüße
Katharina Moll
Personalnummer 40317",
    ),
    (
        "ehemaliger-mitarbeiter-zeugnis-zusatzversorgung",
        "11",
        "Thorsten Albrecht
Lindenallee 3
65185 Wiesbaden

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Wiesbaden, 11.01.2025

Mein Ausscheiden zum 31.12.2024 – Arbeitszeugnis und Bescheinigungen

Sehr geehrte Damen und Herren,

ich war bis zum 31.12.2024 als Sachbearbeiter (EG 9b) in Ihrem Hause beschäftigt und bin auf eigenen Wunsch wegen meines Umzugs nach Wiesbaden ausgeschieden.

Leider habe ich bisher weder mein qualifiziertes Arbeitszeugnis noch die Arbeitsbescheinigung und die Abmeldebescheinigung zur Zusatzversorgungskasse erhalten. Mein neuer Arbeitgeber benötigt insbesondere die Bescheinigung über die Zusatzversorgung bis Ende des Monats.

Ich bitte Sie daher, mir die Unterlagen möglichst bald an die oben genannte Anschrift zu senden. Meine frühere Personalnummer lautet 38842.

Mit freundlichen Grüßen

Thorsten Albrecht",
    ),
    (
        "zweite-mahnung-schreibtische",
        "20",
        "Büroeinrichtung Schaaf GmbH
Industriestraße 22
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kunden-Nr. 20417
Datum: 12.11.2024

2. Mahnung – Rechnung Nr. RE-2024-08813 vom 19.09.2024

Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 21.10.2024 konnten wir bis heute keinen Zahlungseingang für folgende Rechnung feststellen:

Rechnung RE-2024-08813 vom 19.09.2024
Lieferung und Montage von 12 höhenverstellbaren Schreibtischen, Bahnhofstraße 9, 3. OG
Rechnungsbetrag: 9.876,40 EUR
fällig seit: 19.10.2024

Wir bitten Sie, den offenen Betrag zuzüglich 5,00 EUR Mahngebühr bis spätestens 26.11.2024 auf unser unten genanntes Konto zu überweisen. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen
i. A. Sandra Reuter
Buchhaltung

Sparkasse Koblenz · IBAN DE41 5705 0120 0000 4471 22 · BIC MALADE51KOB",
    ),
    (
        "lieferant-neue-bankverbindung",
        "20",
        "Von: buchhaltung@gartenbau-wirtz.de
An: info@kvmyk.de
Betreff: Neue Bankverbindung ab 01.01.2025 – Kreditor 700512

Sehr geehrte Damen und Herren,

wir pflegen seit einigen Jahren die Außenanlagen mehrerer Kreisschulen und werden bei Ihnen unter der Kreditorennummer 700512 geführt.

Zum Jahreswechsel ändert sich unsere Bankverbindung. Bitte überweisen Sie alle Rechnungsbeträge ab dem 01.01.2025 ausschließlich auf folgendes Konto:

Kontoinhaber: Gartenbau Wirtz GmbH & Co. KG
Bank: Volksbank RheinAhrEifel eG
IBAN: DE27 5776 1591 0204 3381 00

Das bisherige Konto bei der Sparkasse wird zum 31.12.2024 aufgelöst. Eine unterschriebene Bestätigung auf unserem Briefbogen finden Sie im Anhang.

Mit freundlichen Grüßen
Monika Wirtz
Buchhaltung
Gartenbau Wirtz GmbH & Co. KG, Kärlicher Straße 5, 56575 Weißenthurm",
    ),
    (
        "bitte-um-ratenzahlung-kassenzeichen",
        "20",
        "Sven Oberhausen
Rheinstraße 118
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Kreiskasse
Bahnhofstraße 9
56068 Koblenz

Bendorf, 10.03.2025

Ihr Schreiben vom 04.03.2025 – Kassenzeichen 5.2024.118734 – Bitte um Ratenzahlung

Sehr geehrte Damen und Herren,

ich habe Ihre Mahnung über 612,50 Euro erhalten, in der Sie auch schon die Vollstreckung ankündigen. Der Betrag stammt aus dem Kostenbescheid der Bauaufsicht für meine Garage vom letzten Herbst. Die Forderung selbst bestreite ich nicht.

Ich bin allerdings seit Januar arbeitslos und kann den Betrag nicht auf einmal bezahlen. Ich biete Ihnen deshalb an, monatlich 50 Euro zu überweisen, erstmals zum 15.04.2025. Sobald ich wieder Arbeit habe, kann ich die Raten erhöhen.

Ich bitte Sie, mit der Vollstreckung so lange zu warten, und um eine kurze schriftliche Bestätigung.

Mit freundlichen Grüßen

Sven Oberhausen",
    ),
    (
        "verwaltungsgericht-klage-beseitigungsverfuegung",
        "30",
        "Verwaltungsgericht Koblenz
Deinhardpassage 1
56068 Koblenz

An den
Landkreis Mayen-Koblenz
vertreten durch den Landrat
Bahnhofstraße 9
56068 Koblenz

Aktenzeichen: 1 K 412/25.KO
(bitte stets angeben)
Datum: 17.03.2025

In dem Verwaltungsrechtsstreit

1. Rainer Lenz, 2. Ute Lenz, Bachstraße 3, 56332 Dieblich
– Kläger –
Prozessbevollmächtigte: Rechtsanwälte Dr. Faber & Kollegen, Koblenz

gegen

Landkreis Mayen-Koblenz, vertreten durch den Landrat
– Beklagter –

wegen Baurechts (Beseitigungsverfügung)

wird Ihnen anliegend die Klageschrift vom 11.03.2025 nebst Anlagen übersandt.

Sie erhalten Gelegenheit, zur Klage binnen eines Monats Stellung zu nehmen. Es wird gebeten, innerhalb dieser Frist die vollständigen Verwaltungsvorgänge einschließlich des Widerspruchsvorgangs vorzulegen.

Ferner wird um Mitteilung gebeten, ob Einverständnis mit einer Entscheidung ohne mündliche Verhandlung (§ 101 Abs. 2 VwGO) sowie durch den Berichterstatter (§ 87a Abs. 2 und 3 VwGO) besteht.

Auf Anordnung
Schmitz
Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ),
    (
        "anwalt-sturz-glatteis-schulgelaende",
        "30",
        "Berg & Hoffmann Rechtsanwälte
Schloßstraße 28
56068 Koblenz

Landkreis Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Unser Zeichen: 245/25 BH
Koblenz, 06.02.2025

Schadensersatz- und Schmerzensgeldansprüche unserer Mandantin Gisela Bauer wegen Sturzes am 20.01.2025

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau Gisela Bauer, Am Kirchberg 9, 56751 Polch, mit der Wahrnehmung ihrer Interessen beauftragt hat. Eine Vollmacht ist beigefügt.

Unsere Mandantin ist am 20.01.2025 gegen 7:50 Uhr auf dem weder geräumten noch gestreuten Zugangsweg zur Realschule plus in Polch, deren Träger der Landkreis ist, zu Fall gekommen, als sie ihren Enkel zur Schule brachte. Sie erlitt eine distale Radiusfraktur rechts, wurde operiert und ist seitdem arbeitsunfähig.

Der Landkreis hat die ihm obliegende Verkehrssicherungspflicht verletzt. Wir machen daher für unsere Mandantin gemäß § 839 BGB i. V. m. Art. 34 GG folgende Ansprüche geltend:

– Schmerzensgeld in Höhe von mindestens 4.500,00 EUR,
– Verdienstausfall, derzeit 1.870,00 EUR,
– Fahrt- und Zuzahlungskosten 214,60 EUR,
– vorgerichtliche Rechtsanwaltskosten gemäß beigefügter Berechnung.

Wir fordern Sie auf, Ihre Einstandspflicht bis zum 20.02.2025 dem Grunde nach anzuerkennen und uns Ihren Haftpflichtversicherer nebst Schadennummer zu benennen. Nach fruchtlosem Fristablauf werden wir unserer Mandantin die gerichtliche Geltendmachung empfehlen.

Mit freundlichen Grüßen

Dr. Miriam Berg
Rechtsanwältin",
    ),
    (
        "landgericht-werklohnklage-bauunternehmen",
        "30",
        "Landgericht Koblenz
3. Zivilkammer
Karmeliterstraße 14
56068 Koblenz

Az.: 3 O 188/25

An den Beklagten
Landkreis Mayen-Koblenz, vertreten durch den Landrat
Bahnhofstraße 9, 56068 Koblenz

In dem Rechtsstreit
Hoch- und Tiefbau Weinand GmbH ./. Landkreis Mayen-Koblenz
wegen Werklohnforderung (Sanierung Sporthalle)

Verfügung vom 24.04.2025

1. Die Klageschrift vom 15.04.2025 wird dem Beklagten zugestellt.
2. Es wird das schriftliche Vorverfahren angeordnet (§ 276 ZPO). Der Beklagte wird aufgefordert, binnen einer Notfrist von zwei Wochen ab Zustellung schriftlich anzuzeigen, ob er sich gegen die Klage verteidigen will, und binnen weiterer zwei Wochen auf die Klage zu erwidern.
3. Die Anzeige und die Klageerwiderung können nur durch einen bei einem Gericht zugelassenen Rechtsanwalt wirksam abgegeben werden (§ 78 ZPO). Versäumt der Beklagte die Frist, kann auf Antrag ein Versäumnisurteil ergehen.

Dr. Krämer
Vorsitzender Richter am Landgericht",
    ),
    (
        "laerm-gaststaette-polch-nach-sperrzeit",
        "32",
        "Von: Andrea Kreuzberg <a.kreuzberg@gmx.net>
An: info@kvmyk.de
Betreff: Ständiger Lärm aus der Kneipe „Maifeld-Eck“ in Polch

Sehr geehrte Damen und Herren,

wir wohnen direkt gegenüber der Gaststätte „Maifeld-Eck“ in der Ostbahnhofstraße in Polch. Seit dem neuen Pächter im Frühjahr geht es jedes Wochenende bis drei oder vier Uhr morgens: laute Musik bei offener Tür, Gäste, die draußen rauchen und grölen, zuletzt eine Schlägerei auf dem Gehweg.

Wir haben zweimal die Polizei gerufen, danach war es für eine halbe Stunde ruhiger, dann ging es weiter. Wir sind beide berufstätig und kommen nicht mehr zur Ruhe.

Hat der Wirt überhaupt eine Erlaubnis, so lange aufzuhaben? Wir dachten, ab ein Uhr sei Schluss. Wir bitten Sie, das zu überprüfen und dafür zu sorgen, dass die Sperrzeit eingehalten wird. Ein Lärmprotokoll der letzten vier Wochenenden können wir gerne nachreichen.

Mit freundlichen Grüßen
Andrea und Thomas Kreuzberg
Ostbahnhofstraße 17, 56751 Polch",
    ),
    (
        "verlaengerung-dreijahresjagdschein",
        "32",
        "Jürgen Esch
Brauerstraße 22
56743 Mendig

Mendig, 02.03.2025

Verlängerung Jagdschein Nr. 1187/MYK

Sehr geehrte Damen und Herren,

mein Dreijahresjagdschein läuft am 31.03.2025 ab. Ich bitte um Verlängerung für weitere drei Jagdjahre.

Die Bestätigung meiner Jagdhaftpflichtversicherung sowie eine Kopie des bisherigen Jagdscheins liegen bei. Die Gebühr können Sie gerne von meinem Konto abbuchen, ein SEPA-Mandat habe ich ausgefüllt.

Bitte teilen Sie mir mit, ob ich den Jagdschein abholen muss oder ob Sie ihn zuschicken.

Mit Waidmannsheil
Jürgen Esch",
    ),
    (
        "witwe-geerbte-waffen-sportschuetze",
        "32",
        "Hildegard Mertes
Bergstraße 6
56333 Winningen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Winningen, 19.11.2024

Waffen meines verstorbenen Mannes Werner Mertes

Sehr geehrte Damen und Herren,

mein Mann Werner Mertes ist am 2. November verstorben. Er war viele Jahre Sportschütze im Schützenverein Winningen und hatte zwei Waffenbesitzkarten. Im Keller steht sein Waffenschrank mit, soweit ich weiß, zwei Pistolen und drei Gewehren, dazu Munition. Den Schlüssel habe ich an mich genommen.

Ich selbst habe mit Waffen nichts zu tun und möchte sie nicht behalten. Mein Sohn, der in Koblenz wohnt und ebenfalls schießt, würde vielleicht ein Gewehr übernehmen. Der Erbschein ist beim Nachlassgericht beantragt, liegt aber noch nicht vor.

Was muss ich jetzt tun? Muss ich die Waffenbesitzkarten zurückgeben, und kann jemand von Ihnen die Waffen abholen oder muss ich sie zu einem Händler bringen? Ich bitte um Ihre Hilfe, ich bin mit der Sache ehrlich gesagt überfordert.

Mit freundlichen Grüßen

Hildegard Mertes",
    ),
    (
        "student-vallendar-verlaengerung-aufenthaltstitel",
        "33",
        "Von: Arjun Mehta <arjun.mehta@whu-student.de>
An: info@kvmyk.de
Betreff: Verlängerung Aufenthaltstitel Studium – Bitte um Termin

Sehr geehrte Damen und Herren,

mein Aufenthaltstitel zum Zweck des Studiums läuft am 30.04.2025 ab. Ich studiere im Master Management an der WHU in Vallendar und werde voraussichtlich im Frühjahr 2026 fertig.

Ich möchte die Verlängerung beantragen und bitte um einen Termin. Folgende Unterlagen habe ich bereits:
– Reisepass (gültig bis 2031)
– Immatrikulationsbescheinigung für das Sommersemester
– Nachweis Sperrkonto (11.904 EUR)
– Bescheinigung der Krankenversicherung
– Mietvertrag, Wohnung in der Hellenstraße 40, 56179 Vallendar

Falls vor dem 30.04. kein Termin möglich ist: Bekomme ich eine Fiktionsbescheinigung? Ich möchte im Sommer kurz nach Indien fliegen. Außerdem habe ich ein Angebot als Werkstudent mit 20 Stunden pro Woche – ist das mit meinem Titel erlaubt?

Thank you very much and best regards / Mit freundlichen Grüßen
Arjun Mehta
geb. 07.09.1999",
    ),
    (
        "seniorenzentrum-pflegefachkraefte-philippinen",
        "33",
        "Seniorenzentrum St. Barbara gGmbH
Einrichtungsleitung
Laacher Straße 40
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 08.10.2024

Einreise von zwei Pflegefachkräften aus den Philippinen – beschleunigtes Fachkräfteverfahren

Sehr geehrte Damen und Herren,

wir möchten zum 1. Februar 2025 zwei examinierte Pflegefachkräfte aus Manila, Frau Maria Santos Dela Cruz und Frau Joy Reyes Bautista, in unserer Einrichtung einstellen. Die Arbeitsverträge sind unterschrieben, das Anerkennungsverfahren für die Berufsabschlüsse läuft beim Landesamt, beide haben das Sprachzertifikat B1 Pflege.

Wir möchten als Arbeitgeber das beschleunigte Fachkräfteverfahren nach § 81a AufenthG für beide Frauen beantragen. Bitte teilen Sie uns mit, welche Vollmachten und Unterlagen Sie benötigen und ob wir einen Termin zur Unterzeichnung der Vereinbarung vereinbaren können. Beide werden zunächst in einem unserer Mitarbeiterappartements in Mendig wohnen.

Für Rückfragen erreichen Sie mich unter 02652 9381-10.

Mit freundlichen Grüßen

Claudia Heinzen
Einrichtungsleiterin",
    ),
    (
        "fragen-einbuergerung-doppelte-staatsangehoerigkeit",
        "33",
        "Von: Elif Yıldırım <elif.yildirim84@gmail.com>
An: info@kvmyk.de
Betreff: Frage zur Einbürgerung

Guten Tag,

ich lebe seit 2012 in Deutschland, seit 2016 in Weißenthurm (Hauptstraße 61, 56575 Weißenthurm), und habe eine Niederlassungserlaubnis. Ich arbeite in Vollzeit als Zahnmedizinische Fachangestellte.

Ich habe gehört, dass man seit dem letzten Jahr Deutsche werden kann, ohne die türkische Staatsangehörigkeit abzugeben. Ist das richtig? Den Einbürgerungstest habe ich bestanden und ich habe ein B1-Zertifikat.

Welche Unterlagen brauche ich, wie lange dauert das ungefähr und können meine beiden Kinder (9 und 13 Jahre, hier geboren) gleich mit eingebürgert werden?

Vielen Dank
Elif Yıldırım",
    ),
    (
        "anhoerung-halter-nicht-fahrer",
        "36",
        "Markus Dillenburger
Heerstraße 204
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 27.01.2025

Anhörung – Aktenzeichen 702.118453.7 – Tattag 08.01.2025, B 9 Höhe Kaltenengers

Sehr geehrte Damen und Herren,

anbei sende ich Ihnen den Anhörungsbogen zurück.

Ich war zum angegebenen Zeitpunkt nicht der Fahrer meines Fahrzeugs KO-MD 713. Ich befand mich am 08.01.2025 nachweislich auf einer Dienstreise in Hamburg; eine Kopie der Hotelrechnung und der Bahnfahrkarte liegen bei. Das Foto zeigt im Übrigen erkennbar eine Person mit Vollbart.

Das Fahrzeug wird auch von Familienangehörigen genutzt. Von meinem Recht, gegen Angehörige keine Angaben zu machen, mache ich Gebrauch.

Ich bitte darum, das Verfahren gegen mich einzustellen.

Mit freundlichen Grüßen

Markus Dillenburger",
    ),
    (
        "parkausweis-mutter-merkzeichen-ag",
        "36",
        "Von: Sabine Thelen <sabine.thelen@outlook.de>
An: info@kvmyk.de
Betreff: Blauer Parkausweis für meine Mutter

Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter, Frau Irmgard Thelen, geb. 12.05.1941, Severusstraße 8, 56294 Münstermaifeld. Sie hat vom Versorgungsamt einen Schwerbehindertenausweis mit GdB 90 und den Merkzeichen G und aG bekommen.

Beim Sozialamt hat man uns am Telefon gesagt, dass wir den Parkausweis bei Ihnen beantragen müssen. Meine Mutter kann selbst nicht mehr nach Koblenz kommen. Reicht es, wenn ich die Kopie des Ausweises, ein Passfoto und eine Vollmacht schicke? Die Unterlagen hänge ich schon einmal als Scan an.

Vielen Dank für Ihre Hilfe
Sabine Thelen
Tel. 02605 847120",
    ),
    (
        "autohaus-sammelzulassung-firmenflotte",
        "36",
        "Von: Zulassungsservice Autohaus Knopp <zulassung@autohaus-knopp.de>
An: info@kvmyk.de
Betreff: Sammelzulassung 6 Neufahrzeuge – Bitte um Händlertermin KW 12

Sehr geehrte Damen und Herren,

für unseren Firmenkunden, die Elektro Sauerborn GmbH in Kruft, möchten wir sechs neue Transporter (VW Crafter) zulassen. Die Fahrzeuge sollen fortlaufende Wunschkennzeichen MYK-ES 101 bis MYK-ES 106 erhalten; die Reservierung ist online erfolgt.

Vorhanden sind: COC-Papiere und Zulassungsbescheinigungen Teil II, eVB-Nummern der Versicherung, SEPA-Mandat für die Kfz-Steuer, Handelsregisterauszug und Vollmacht des Kunden.

Können Sie uns in der KW 12 einen Termin am Händlerschalter geben? Außerdem läuft das Fahrzeugscheinheft für unser rotes Kennzeichen MYK-06 231 Ende März ab – können wir die Verlängerung beim selben Termin erledigen?

Mit freundlichen Grüßen
Dennis Knopp
Autohaus Knopp GmbH, Kretzer Straße 2, 56642 Kruft",
    ),
    (
        "pferde-ohne-wasser-weide-ochtendung",
        "39",
        "Von: Melanie Sturm <mel.sturm@web.de>
An: info@kvmyk.de
Betreff: Pferde in schlechtem Zustand – Weide bei Ochtendung

Hallo,

ich gehe täglich mit meinem Hund den Feldweg von Ochtendung Richtung Wernerseck. Dort stehen auf einer Koppel rechts vom Weg (kurz nach dem Aussiedlerhof) zwei Pferde und ein Pony. Seit mindestens einer Woche ist der Wassertrog leer, es gibt kein Heu, die Wiese ist komplett abgefressen.

Die Tiere sind sehr dünn, man sieht die Rippen, die Hufe sind viel zu lang und eines der Pferde lahmt deutlich vorne links. Einen Unterstand gibt es nicht. Wem die Tiere gehören, weiß ich nicht.

Fotos von heute Morgen hänge ich an. Bitte schauen Sie sich das dringend an. Meinen Namen möchte ich dem Halter gegenüber nicht genannt haben.

Melanie Sturm
Tel. 0157 39982410",
    ),
    (
        "telefonnotiz-tote-wildschweine",
        "39",
        "TELEFONNOTIZ – Zentrale

Datum/Uhrzeit: 22.08.2024, 11:40 Uhr
Anrufer: Herr Klaus Pütz, Jagdpächter Revier Kobern II
Rückruf: 0171 4458120

Anliegen:
Hat heute früh im Wald oberhalb der Mosel, ca. 300 m vom Wanderparkplatz Goloring Richtung Süden, zwei tote Wildschweine gefunden, eines schon stark verwest, eines ein Frischling. Keine äußeren Verletzungen erkennbar. Fragt wegen Afrikanischer Schweinepest, ob Proben genommen werden müssen und wer die Kadaver abholt. Hat nichts angefasst, Stelle ist mit Flatterband markiert.

Bitte dringend zurückrufen!

aufgenommen: Weber",
    ),
    (
        "baeckerei-maeusekot-bendorf",
        "39",
        "Von: Ralf Gerhards <r.gerhards@posteo.de>
An: info@kvmyk.de
Betreff: Mäusekot in Brötchentüte – Bäckerei in Bendorf

Sehr geehrte Damen und Herren,

ich habe am Samstag, 15.03., in der Filiale der Bäckerei „Backstube am Markt“ in der Hauptstraße in Bendorf Brötchen gekauft. Zu Hause habe ich in der Tüte zwischen den Brötchen eindeutig Mäusekot gefunden (Fotos im Anhang, die Tüte habe ich eingefroren).

Beim nächsten Besuch habe ich dann gesehen, wie im Verkaufsraum eine Maus hinter der Theke entlanggelaufen ist. Außerdem kassiert die Verkäuferin und greift danach ohne Handschuhe oder Zange ins Brot.

Ich bitte Sie, den Betrieb zu kontrollieren. Die Bäckerei selbst habe ich angesprochen, dort wurde nur gelacht.

Mit freundlichen Grüßen
Ralf Gerhards
Remystraße 12, 56170 Bendorf",
    ),
    (
        "schuelerfahrkarte-wechsel-realschule-mendig",
        "40",
        "Familie Brucker
Kirchstraße 9
56743 Thür

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Thür, 14.06.2024

Fahrkarte für unseren Sohn Jonas Brucker, geb. 03.02.2014

Sehr geehrte Damen und Herren,

unser Sohn Jonas wechselt nach den Sommerferien von der Grundschule Thür in die 5. Klasse der Realschule plus Mendig. Der Schulweg beträgt gut 5 Kilometer und führt über die Landstraße ohne Radweg.

Wir beantragen daher die Übernahme der Fahrkosten bzw. eine Schülerjahreskarte für die Busverbindung Thür – Mendig ab dem 1. Schultag. Das ausgefüllte Antragsformular mit der Bestätigung der Schule und ein Passbild liegen bei.

Können Sie uns sagen, bis wann die Karte bei uns ist? Der Schulbeginn ist am 26. August.

Mit freundlichen Grüßen

Stefanie und Michael Brucker",
    ),
    (
        "schulbus-ueberfuellt-faehrt-vorbei",
        "40",
        "Von: Björn Lehnert <b.lehnert@freenet.de>
An: info@kvmyk.de
Betreff: Bus 7:05 Uhr ab Kehrig total überfüllt – Kinder bleiben stehen

Guten Tag,

ich muss mich jetzt zum dritten Mal melden. Der Bus um 7:05 Uhr ab Kehrig zum Schulzentrum Münstermaifeld ist jeden Morgen so voll, dass die Kinder im Gang stehen und an der Tür gequetscht werden. Letzten Dienstag und heute ist der Bus an der Haltestelle „Kehrig Kirche“ einfach vorbeigefahren, weil niemand mehr reinpasste. Meine Tochter (12) und etwa acht andere Kinder standen im Regen und kamen zu spät zur ersten Stunde.

Das ist nicht nur ärgerlich, das ist gefährlich. Wir bezahlen schließlich auch den Eigenanteil für die Fahrkarte der Oberstufe.

Ich erwarte, dass Sie mit dem Busunternehmen klären, dass ein zweiter Bus oder ein größerer Bus eingesetzt wird. Bitte teilen Sie mir mit, was Sie unternehmen.

Björn Lehnert
Mayener Straße 3, 56729 Kehrig",
    ),
    (
        "schulleitung-neue-unterrichtszeiten-busse",
        "40",
        "Realschule plus Maifeld
Schulleitung
Am Sportplatz 2
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 05.05.2025

Geänderte Unterrichtszeiten ab dem Schuljahr 2025/26 – Anpassung der Fahrzeiten

Sehr geehrte Damen und Herren,

die Gesamtkonferenz hat beschlossen, ab dem neuen Schuljahr als Ganztagsschule in Angebotsform zu arbeiten und den Unterrichtsbeginn von 7:50 Uhr auf 8:00 Uhr zu verlegen. Daraus ergeben sich folgende Zeiten:

Unterrichtsbeginn: 8:00 Uhr
Ende Halbtag: 13:15 Uhr (freitags 12:25 Uhr)
Ende Ganztag: Montag bis Donnerstag 16:00 Uhr

Betroffen sind vor allem die Linien aus Ochtendung, Kerben und Mertloch. Wir bitten Sie, die Fahrpläne der Schulbusse mit dem Verkehrsunternehmen entsprechend abzustimmen, damit die Kinder nicht länger als 20 Minuten auf den Unterricht bzw. den Bus warten müssen.

Gerne stehen wir für ein Abstimmungsgespräch zur Verfügung.

Mit freundlichen Grüßen

Ingrid Schäfer-Mohr
Realschulrektorin",
    ),
    (
        "antrag-grundsicherung-rentner-vallendar",
        "50",
        "Erwin Saal
Löhrstraße 21
56179 Vallendar

An die Kreisverwaltung in Koblenz

Vallendar, 09.12.2024

Antrag auf Grundsicherung

Sehr geehrte Damen und Herren,

ich bin 79 Jahre alt. Meine Frau ist im Sommer gestorben und jetzt reicht meine Rente nicht mehr. Ich bekomme 784 Euro Rente und eine kleine Witwerrente von 162 Euro. Die Miete für meine Wohnung kostet 520 Euro warm, dazu kommen Strom und die Versicherungen.

Ersparnisse habe ich kaum noch, die Beerdigung hat alles aufgebraucht. Ich möchte Grundsicherung im Alter beantragen. Bitte schicken Sie mir die Formulare zu. Mein Nachbar, Herr Kurz, hilft mir beim Ausfüllen und hat auch diesen Brief für mich geschrieben.

Kopien vom Rentenbescheid und vom Mietvertrag lege ich bei.

Mit freundlichen Grüßen

Erwin Saal",
    ),
    (
        "pflegeheim-antrag-ungedeckte-heimkosten",
        "50",
        "Haus Rheinblick Seniorenresidenz GmbH
Heimverwaltung
Sayner Straße 70
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 18.02.2025

Bewohnerin Frau Margarethe Linden, geb. 30.08.1936 – Antrag auf Übernahme der ungedeckten Heimkosten

Sehr geehrte Damen und Herren,

Frau Linden lebt seit dem 01.03.2023 in unserer Einrichtung in der vollstationären Pflege, Pflegegrad 4. Nach Mitteilung ihres rechtlichen Betreuers, Herrn Rechtsanwalt Oliver Kaiser, ist ihr Vermögen mittlerweile bis auf den Schonbetrag aufgebraucht. Ihre Rente und die Leistungen der Pflegekasse decken die monatlichen Heimkosten von derzeit 3.412,80 EUR Eigenanteil nicht.

Im Namen und mit Zustimmung des Betreuers beantragen wir daher ab dem 01.02.2025 Hilfe zur Pflege sowie den Barbetrag. Beigefügt sind Betreuerausweis, Rentenbescheid, Pflegegradbescheid, Kontoauszüge der letzten drei Monate und unsere aktuelle Heimkostenabrechnung.

Um zügige Bearbeitung wird gebeten, da seit Februar Rückstände auflaufen.

Mit freundlichen Grüßen
i. A. Jens Hürter
Heimverwaltung",
    ),
    (
        "bestatter-uebernahme-bestattungskosten",
        "50",
        "Bestattungen Nauroth
Inh. Frank Nauroth
Kirchstraße 14
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 06.12.2024

Sterbefall Walter Schenk, verstorben am 03.12.2024 – Antrag auf Übernahme der Bestattungskosten

Sehr geehrte Damen und Herren,

wir wurden mit der Bestattung von Herrn Walter Schenk, zuletzt wohnhaft Am Rheinufer 22, 56575 Weißenthurm, beauftragt. Einziger Angehöriger ist sein Sohn, Herr Marco Schenk, Mülheim-Kärlich, der Bürgergeld vom Jobcenter bezieht und die Kosten nicht tragen kann. Nachlass ist nach seinen Angaben nicht vorhanden.

Im Auftrag und mit Vollmacht von Herrn Marco Schenk beantragen wir die Übernahme der erforderlichen Bestattungskosten nach § 74 SGB XII. Vorgesehen ist eine einfache Feuerbestattung mit Beisetzung im Urnenreihengrab auf dem Friedhof Weißenthurm.

Beigefügt: Kostenvoranschlag (2.948,00 EUR), Vollmacht, Sterbeurkunde, Bescheid des Jobcenters.

Wir bitten um kurzfristige Rückmeldung, da die Beisetzung für den 17.12. geplant ist.

Mit freundlichen Grüßen
Frank Nauroth",
    ),
    (
        "unterhaltsvorschuss-mutter-bendorf",
        "51",
        "Jessica Born
Bergstraße 33
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 07.10.2024

Antrag auf Unterhaltsvorschuss für meine Tochter Lina Born, geb. 21.04.2018

Sehr geehrte Damen und Herren,

ich bin alleinerziehend. Der Vater meiner Tochter, Herr Dominik Reitz, zahlt seit September keinen Unterhalt mehr. Er sagt, er hätte kein Geld, arbeitet aber meines Wissens auf dem Bau in Luxemburg.

Ich beantrage deshalb Unterhaltsvorschuss für Lina ab Oktober. Das Antragsformular, Linas Geburtsurkunde und die Unterhaltsurkunde liegen bei.

Können Sie mir außerdem helfen, den Unterhalt bei ihm einzufordern? Ich habe gehört, dass das Jugendamt so etwas übernehmen kann.

Mit freundlichen Grüßen

Jessica Born",
    ),
    (
        "kita-weissenthurm-mitteilung-kindeswohl",
        "51",
        "Kindertagesstätte „Regenbogen“
Leitung
Schulstraße 5
56575 Weißenthurm

– VERTRAULICH –

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 26.11.2024

Mitteilung gemäß § 8a SGB VIII – Kind Leon Hartmann, geb. 11.07.2020

Sehr geehrte Damen und Herren,

wir möchten Ihnen unsere Sorge um das oben genannte Kind mitteilen. Familie Hartmann wohnt in der Ringstraße 12, 56575 Weißenthurm.

Leon kommt seit einigen Wochen mehrmals pro Woche ohne Frühstück und sehr hungrig in die Einrichtung, bei Temperaturen um null Grad in Sandalen und ohne Jacke. Am 22.11. haben zwei Fachkräfte beim Umziehen Hämatome an beiden Oberarmen festgestellt (dokumentiert). Leon wirkt zunehmend zurückgezogen und schreckt bei lauten Stimmen zusammen.

Ein Gespräch mit der Mutter am 25.11. unter Beteiligung unserer insoweit erfahrenen Fachkraft hat zu keiner Klärung geführt; die Mutter hat das Gespräch abgebrochen. Wir sehen die Grenze unserer Möglichkeiten erreicht und bitten um Übernahme und Kontaktaufnahme. Die Dokumentation fügen wir bei.

Mit freundlichen Grüßen

Anja Kesseler
Kita-Leitung
Tel. 02637 94310",
    ),
    (
        "familiengericht-umgang-mitwirkung-vallendar",
        "51",
        "Amtsgericht Koblenz
– Familiengericht –
Karmeliterstraße 14
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
– Jugendamt –
Bahnhofstraße 9
56068 Koblenz

Az.: 18 F 233/25
Datum: 03.04.2025

Familiensache betreffend das Umgangsrecht für das Kind Mia Schuhmacher, geb. 14.06.2017

Beteiligte:
Kindesmutter: Laura Schuhmacher, Rheinstraße 9, 56179 Vallendar
Kindesvater: Patrick Roth, Hauptstraße 120, 56170 Bendorf

Sehr geehrte Damen und Herren,

in vorbezeichneter Sache hat der Kindesvater mit Schriftsatz vom 28.03.2025 die Regelung des Umgangs beantragt; eine Abschrift ist beigefügt.

Sie werden gemäß § 162 FamFG am Verfahren beteiligt und um Mitwirkung nach § 50 SGB VIII gebeten. Es wird um Bericht bis zum 05.05.2025 ersucht, insbesondere zur Frage, ob ein begleiteter Umgang angezeigt ist.

Termin zur Erörterung ist bestimmt auf Montag, 12.05.2025, 10:30 Uhr, Sitzungssaal 112. Um Teilnahme einer Fachkraft wird gebeten.

Auf Anordnung
Kunz, Justizsekretärin",
    ),
    (
        "beistandschaft-vaterschaft-andernach",
        "JA-AND",
        "Von: Nadine Kirsch <nadine.kirsch@gmx.de>
An: info@kvmyk.de
Betreff: Hilfe bei Unterhalt und Vaterschaft für meinen Sohn

Hallo,

ich habe im Januar meinen Sohn Elias bekommen. Der Vater und ich sind nicht verheiratet und nicht mehr zusammen. Er hat gesagt, er erkennt die Vaterschaft an, aber passiert ist seitdem nichts, und Unterhalt zahlt er auch nicht.

Ich würde gerne eine Beistandschaft beantragen, damit Sie mir bei der Vaterschaft und beim Unterhalt helfen. Was muss ich dafür mitbringen und muss ich persönlich vorbeikommen? Mit Baby komme ich nicht so gut weg.

Meine Adresse: Nadine Kirsch, Koblenzer Straße 88, 56626 Andernach
Tel. 0152 28460913

Danke schon mal
Nadine Kirsch",
    ),
    (
        "staatsanwaltschaft-jugendgerichtshilfe-andernach",
        "JA-AND",
        "Staatsanwaltschaft Koblenz
Karmeliterstraße 14
56068 Koblenz

An die Kreisverwaltung Mayen-Koblenz
– Jugendgerichtshilfe –
Bahnhofstraße 9
56068 Koblenz

Az.: 2060 Js 14477/25 jug
Datum: 14.05.2025

Ermittlungsverfahren gegen
Justin Kowalczyk, geb. 02.11.2007,
wohnhaft Am Stadtgraben 14, 56626 Andernach,
wegen gemeinschaftlichen Diebstahls u. a.

Sehr geehrte Damen und Herren,

in dem oben bezeichneten Verfahren ist beabsichtigt, Anklage zum Jugendrichter beim Amtsgericht Andernach zu erheben. Dem Beschuldigten wird zur Last gelegt, am 22.03.2025 gemeinsam mit zwei weiteren Jugendlichen aus einem Supermarkt in Andernach Spirituosen im Wert von 186 EUR entwendet zu haben.

Ich bitte gemäß § 38 JGG um Mitwirkung der Jugendgerichtshilfe, insbesondere um einen Bericht zur Persönlichkeit, Entwicklung und zum familiären Umfeld des Beschuldigten sowie um Mitteilung, ob eine Diversion nach § 45 JGG in Betracht kommt.

Ein Auszug aus der Ermittlungsakte ist beigefügt.

Hochachtungsvoll
Dr. Lindner
Staatsanwältin",
    ),
    (
        "vater-andernach-umgang-verweigert",
        "JA-AND",
        "Sebastian Pohl
Kirchstraße 27
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 02.09.2024

Bitte um Unterstützung beim Umgang mit meiner Tochter

Sehr geehrte Damen und Herren,

meine frühere Lebensgefährtin, Frau Tanja Weiler, und ich haben eine gemeinsame Tochter, Emily, 5 Jahre alt. Emily lebt bei ihrer Mutter in der Breite Straße 51, ebenfalls in 56626 Andernach, also nur ein paar Straßen von mir entfernt.

Bis zum Frühjahr hatte ich Emily jedes zweite Wochenende und mittwochs nachmittags. Seit Frau Weiler einen neuen Partner hat, sagt sie jeden Termin kurzfristig ab. Ich habe meine Tochter seit über zehn Wochen nicht gesehen. Auf Nachrichten antwortet sie nicht mehr.

Ich möchte nicht gleich vor Gericht gehen, sondern bitte Sie um ein Vermittlungsgespräch, damit wir eine feste Umgangsregelung finden. Ich bin jederzeit erreichbar unter 0160 7731842.

Mit freundlichen Grüßen

Sebastian Pohl",
    ),
    (
        "kitaplatz-gesucht-mayen-rueckkehr-beruf",
        "JA-MY",
        "Von: Carina Nolden <carina.nolden@web.de>
An: info@kvmyk.de
Betreff: Dringend Betreuungsplatz für unsere Tochter gesucht

Sehr geehrte Damen und Herren,

unsere Tochter Hanna ist am 19.03.2024 geboren. Ich gehe zum 1. April 2025 mit 30 Stunden wieder arbeiten und wir brauchen ab dann einen Betreuungsplatz.

Wir haben Hanna schon letzten Sommer bei drei Kitas in Mayen angemeldet, überall stehen wir auf der Warteliste, und niemand kann uns etwas zusagen. Eine Tagesmutter haben wir ebenfalls nicht gefunden.

Wir möchten hiermit den Rechtsanspruch auf einen Betreuungsplatz ab dem ersten Geburtstag geltend machen und bitten um Unterstützung bei der Suche bzw. um Zuweisung eines Platzes.

Unsere Anschrift: Carina und Felix Nolden, Koblenzer Straße 140, 56727 Mayen
Tel. 02651 7049983

Mit freundlichen Grüßen
Carina Nolden",
    ),
    (
        "nachbarin-mayen-kinder-nachts-allein",
        "JA-MY",
        "An das Jugendamt

Ich möchte meinen Namen lieber nicht nennen, ich wohne im selben Haus.

Es geht um die Familie im 2. Stock links, St.-Veit-Straße 18, 56727 Mayen (Klingelschild „Becker/Schramm“). Dort wohnen zwei Kinder, ich schätze 3 und 6 Jahre alt. Die Mutter ist abends oft weg, die Kinder sind dann allein, der Kleine weint manchmal stundenlang und ruft nach der Mama. Wenn sie da ist, wird oft sehr laut geschrien, es knallt auch. Vorletzte Nacht stand der Große um Mitternacht im Schlafanzug im Treppenhaus.

Bitte schauen Sie da mal nach. Ich mache mir wirklich Sorgen.",
    ),
    (
        "aenderungsmitteilung-unterhaltsvorschuss-mayen",
        "JA-MY",
        "Änderungsmitteilung Unterhaltsvorschuss

Aktenzeichen: UV 51-0834
Kind: Ben Hoffmann, geb. 04.10.2016
Antragstellerin: Julia Hoffmann (künftig Julia Scholl)
Anschrift: Am Weiherhof 7, 56727 Mayen

Folgende Änderung teile ich mit:

[X] Heirat der Antragstellerin am 14.06.2025 mit Herrn Daniel Scholl
[ ] Umzug
[ ] Kind lebt nicht mehr bei mir
[X] Der andere Elternteil zahlt seit Mai 2025 regelmäßig Unterhalt (320 EUR monatlich)

Bemerkungen: Kopie der Heiratsurkunde und Kontoauszüge mit den Zahlungen von Herrn Kramer liegen bei.

Mayen, 20.06.2025
Julia Scholl",
    ),
    (
        "kita-ochtendung-haeufung-brechdurchfall",
        "53",
        "Kita „Sonnenschein“ Ochtendung
Leitung: Birgit Rausch
Raiffeisenstraße 4
56299 Ochtendung
Tel. 02625 95120

MITTEILUNG – GEHÄUFTES AUFTRETEN VON ERKRANKUNGEN

Datum: 12.02.2025
Einrichtung: Kindertagesstätte, 4 Gruppen, 86 Kinder, 17 Beschäftigte

Seit Montag, 10.02.2025, sind 9 Kinder aus zwei Gruppen und 2 Erzieherinnen mit plötzlichem Erbrechen und Durchfall erkrankt. Bei einem Kind wurde vom Kinderarzt Norovirus nachgewiesen.

Bisherige Maßnahmen: Eltern per Aushang und App informiert, erkrankte Kinder bleiben mindestens 48 Stunden nach Symptomende zu Hause, Flächendesinfektion mit viruzidem Mittel, gemeinsames Frühstücksbuffet ausgesetzt.

Wir bitten um Beratung, ob weitere Maßnahmen erforderlich sind (z. B. Gruppenschließung) und ob wir ein bestimmtes Desinfektionsmittel verwenden müssen. Die Namensliste der Erkrankten reichen wir auf Anforderung nach.

Birgit Rausch",
    ),
    (
        "tattoostudio-eroeffnung-hygieneauflagen",
        "53",
        "Von: Ink Factory Mendig <hello@inkfactory-mendig.de>
An: info@kvmyk.de
Betreff: Eröffnung Tattoo- und Piercingstudio – was müssen wir beachten?

Hi zusammen bzw. sehr geehrte Damen und Herren,

wir eröffnen am 1. Juni ein Tattoo- und Piercingstudio in der Bahnhofstraße 31 in 56743 Mendig (ehemals Reisebüro). Das Gewerbe ist bei der Verbandsgemeinde angemeldet.

Wir wollen von Anfang an alles richtig machen und hätten ein paar Fragen zur Hygiene:
– Welche Anforderungen gelten für den Behandlungsraum (Böden, Waschbecken, Trennung vom Wartebereich)?
– Brauchen wir einen Autoklaven oder reicht Einwegmaterial?
– Müssen wir einen Hygieneplan bei Ihnen einreichen?
– Kommt vor der Eröffnung jemand zur Begehung?

Über eine kurze Rückmeldung oder ein Merkblatt würden wir uns freuen.

Viele Grüße
Kevin Brand und Lara Ott",
    ),
    (
        "hausverwaltung-legionellen-befund-bendorf",
        "53",
        "Hausverwaltung Krämer & Sohn
Friedrich-Ebert-Ring 56
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 23.07.2024

Anzeige Überschreitung technischer Maßnahmenwert Legionellen – Objekt Concordiastraße 20, 56170 Bendorf

Sehr geehrte Damen und Herren,

bei der turnusmäßigen Untersuchung der Warmwasseranlage des oben genannten Mehrfamilienhauses (24 Wohneinheiten) wurde an zwei von fünf Probenahmestellen eine Konzentration von 2.400 bzw. 1.100 KBE Legionellen/100 ml festgestellt. Der Prüfbericht des Labors vom 19.07.2024 liegt bei.

Wir zeigen dies hiermit gemäß Trinkwasserverordnung an. Folgende Maßnahmen wurden bereits eingeleitet:
– Information aller Mieter per Aushang und Brief, Duschen nur mit Vorlauf,
– Beauftragung einer Gefährdungsanalyse bei einem zertifizierten Ingenieurbüro,
– Erhöhung der Vorlauftemperatur am Speicher auf 65 °C,
– Nachbeprobung in vier Wochen.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Robert Krämer",
    ),
    (
        "architekt-nachreichung-bauantrag-kobern",
        "63",
        "Architekturbüro Hennes
Dipl.-Ing. Carsten Hennes
Moselweißer Straße 77
56073 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ihr Zeichen: BG 2025-0451
Koblenz, 12.05.2025

Neubau eines Einfamilienhauses mit Doppelgarage
Bauherren: Eheleute Simon und Laura Fuchs
Grundstück: Gemarkung Kobern, Flur 7, Flurstück 112/3, Auf der Hohl, 56330 Kobern-Gondorf

Sehr geehrte Damen und Herren,

mit Ihrem Schreiben vom 22.04.2025 haben Sie die Unvollständigkeit des Antrags festgestellt. Anbei reichen wir die fehlenden Unterlagen jeweils dreifach nach:

– Standsicherheitsnachweis mit Prüfbericht,
– Entwässerungsplan mit Zustimmung der Verbandsgemeindewerke,
– Stellplatznachweis,
– korrigierte Ansicht Süd mit Höhenangabe über NN.

Wir bitten um Fortsetzung des Verfahrens und, soweit möglich, um eine zügige Entscheidung, da der Bauunternehmer für September eingeplant ist.

Mit freundlichen Grüßen

Carsten Hennes
Architekt",
    ),
    (
        "nachbar-anbau-ohne-genehmigung-mendig",
        "63",
        "Von: Ulrich Klein <u.klein@online.de>
An: info@kvmyk.de
Betreff: Anbau des Nachbarn ohne Genehmigung? – Weiherstraße, Mendig

Sehr geehrte Damen und Herren,

unser Nachbar in der Weiherstraße 15, 56743 Mendig, baut seit etwa sechs Wochen an der Grenze zu unserem Grundstück (Nr. 13) einen Anbau aus Kalksandstein. Inzwischen ist er fast fünf Meter hoch, direkt an der Grundstücksgrenze, und nimmt unserem Wohnzimmer und der Terrasse am Nachmittag komplett die Sonne. Ein Bauschild gibt es nicht.

Auf Nachfrage meinte er nur, das sei eine Garage mit Hobbyraum, dafür brauche man nichts. Bei der Ortsgemeinde wusste man auch nichts von einem Antrag. Gearbeitet wird übrigens auch sonntags mit Flex und Betonmischer.

Wir bitten Sie zu prüfen, ob für den Bau eine Genehmigung vorliegt und ob der Grenzabstand eingehalten ist. Falls nicht, bitten wir um Einstellung der Arbeiten. Fotos hängen an.

Mit freundlichen Grüßen
Ulrich und Petra Klein
Weiherstraße 13, 56743 Mendig",
    ),
    (
        "bauvoranfrage-scheune-wohnungen-muenstermaifeld",
        "63",
        "Georg Schmitz
Obertor 4
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 30.01.2025

Voranfrage: Umnutzung meiner Scheune zu Wohnungen

Sehr geehrte Damen und Herren,

ich besitze im Ortskern von Münstermaifeld, Obertor 4 (Flur 2, Flurstück 58), eine große Bruchsteinscheune aus dem 19. Jahrhundert, die seit der Aufgabe unseres landwirtschaftlichen Betriebs leer steht. Ich möchte darin drei Mietwohnungen einrichten, die äußere Gestalt soll weitgehend erhalten bleiben; auf der Hofseite wären größere Fensteröffnungen und zwei Gauben nötig.

Bevor ich einen Architekten mit der kompletten Planung beauftrage, bitte ich um einen Vorbescheid zu folgenden Fragen:
1. Ist die Umnutzung zu Wohnzwecken planungsrechtlich zulässig?
2. Wie viele Stellplätze werden verlangt, und können sie im Hof nachgewiesen werden?
3. Die Scheune liegt nach meiner Kenntnis in der Denkmalzone Altstadt. Sind die neuen Fenster und Gauben grundsätzlich genehmigungsfähig?

Lageplan, Fotos und eine Skizze der geplanten Aufteilung liegen bei.

Mit freundlichen Grüßen

Georg Schmitz",
    ),
    (
        "sperrmuell-anmeldung-polch",
        "70",
        "Sperrmüll-Anmeldung (Online-Formular)

Name: Gabriele Wagner
Straße: Im Rosengarten 11
PLZ/Ort: 56751 Polch
Telefon: 02654 880412
E-Mail: gabi.wagner@t-online.de

Gegenstände:
– 1 Sofa (3-Sitzer)
– 1 Kleiderschrank, zerlegt
– 2 Matratzen 90x200, 2 Lattenroste
– 4 Küchenstühle
geschätzte Menge: ca. 3 m³

Elektrogeräte: keine

Wunschtermin: möglichst vor dem 15.04., wir räumen die Wohnung meiner Mutter.

Bemerkung: Abholung vor dem Haus, Zufahrt für Lkw möglich.",
    ),
    (
        "biotonne-zum-zweiten-mal-stehen-gelassen",
        "70",
        "Von: Marion Adams <marion.adams@gmx.de>
An: info@kvmyk.de
Betreff: Biotonne schon wieder nicht geleert!!

Hallo,

jetzt reicht es mir. Zum zweiten Mal innerhalb von einem Monat wurde unsere braune Tonne nicht geleert, obwohl sie ab 6:30 Uhr gut sichtbar an der Straße stand, Deckel zu, nichts überfüllt. Die Tonnen der Nachbarn links und rechts wurden geleert, unsere nicht.

Bei der Hitze stinkt das Ding inzwischen bestialisch und es sind Maden drin. Die Gebühren zahlen wir ja trotzdem jedes Jahr pünktlich.

Ich bitte um eine Nachleerung in den nächsten Tagen und darum, dass das mit der Müllabfuhr geklärt wird.

Marion Adams
Kärlicher Straße 44, 56575 Weißenthurm
Objektnummer auf dem Bescheid: 2218-0394",
    ),
    (
        "ortsgemeinde-wilde-ablagerung-feldweg",
        "70",
        "Ortsgemeinde Kruft
Der Ortsbürgermeister
Rathausplatz 1
56642 Kruft

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kruft, 17.03.2025

Illegale Ablagerung am Feldweg zwischen Kruft und Kretz

Sehr geehrte Damen und Herren,

ein Landwirt hat uns am Wochenende auf eine größere Ablagerung am Feldweg Richtung Kretz hingewiesen, etwa 200 m hinter dem Aussiedlerhof, unmittelbar am Waldrand.

Dort wurden unter anderem etwa 15 Altreifen, mehrere Säcke mit Bauschutt, alte Farbeimer und zerbrochene Wellplatten abgekippt, die nach Eternit aussehen und eventuell asbesthaltig sind. Die Stelle ist mit einem Anhänger erreichbar; Fotos und ein Kartenausschnitt liegen bei. Anzeige bei der Polizei wurde erstattet.

Wir bitten um Beseitigung, insbesondere der Platten, die wir mit dem Gemeindearbeiter nicht anfassen wollen, und um Mitteilung, ob wir die Stelle bis dahin absperren sollen.

Mit freundlichen Grüßen

Manfred Hillesheim
Ortsbürgermeister",
    ),
];
