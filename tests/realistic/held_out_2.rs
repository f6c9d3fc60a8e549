//! A second held-out set, written later by another writer who saw neither the rules nor the
//! topic words, after the first held-out set had been used to tune them: its day-one result is
//! the honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_2: &[(&str, &str, &str)] = &[
    (
        "fundsache-schirm-kreishaus",
        "10",
        "Gertrud Hammes
Im Wingert 4
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 9. November 2026

Liegengebliebener Schirm und Handschuhe

Sehr geehrte Damen und Herren,

am vergangenen Donnerstag war ich bei Ihnen im Kreishaus und habe im Eingangsbereich auf der Bank neben dem Aufzug gewartet. Dabei muss ich meinen Stockschirm (dunkelgrün, Holzgriff) und ein Paar braune Lederhandschuhe liegen gelassen haben. Gemerkt habe ich es leider erst im Bus.

Der Schirm ist ein Andenken an meinen verstorbenen Mann, deshalb liegt er mir sehr am Herzen. Falls er bei Ihnen abgegeben wurde, rufen Sie mich bitte an (02607 48213). Meine Enkelin würde ihn dann abholen.

Vielen Dank im Voraus und freundliche Grüße

Gertrud Hammes",
    ),
    (
        "grusswort-mgv-jubilaeum",
        "10",
        "Männergesangverein „Eintracht“ 1901 Ochtendung e.V.
Klaus-Peter Mertes, 1. Vorsitzender
Raiffeisenstraße 17
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Herrn Landrat
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 3. November 2026

125-jähriges Vereinsjubiläum – Bitte um ein Grußwort

Sehr geehrter Herr Landrat,

im kommenden Jahr feiert unser Männergesangverein sein 125-jähriges Bestehen. Zu diesem Anlass geben wir eine Festschrift heraus, die im Frühjahr 2027 gedruckt werden soll.

Es wäre uns eine große Ehre, wenn Sie ein Grußwort für die Festschrift beisteuern würden. Gedacht ist an etwa eine halbe Seite, gern auch mit einem Foto. Redaktionsschluss ist der 31. Januar 2027.

Darüber hinaus möchten wir Sie schon heute herzlich zu unserem Festkommers am Samstag, 8. Mai 2027, um 18 Uhr in die Kulturhalle Ochtendung einladen. Über Ihre Zusage würden sich unsere Sänger sehr freuen.

Für Rückfragen stehe ich Ihnen unter 02625 958177 oder per E-Mail an vorstand@mgv-ochtendung.de zur Verfügung.

Mit freundlichen Grüßen und einem kräftigen „Sangesgruß“

Klaus-Peter Mertes
1. Vorsitzender",
    ),
    (
        "ehrenamtskarte-tafel-helferin",
        "10",
        "Hildegard Schäfer
Mittelstraße 22
56170 Bendorf

An die
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, den 16.11.2026

Sehr geehrte Damen und Herren,

ich bin 74 Jahre alt und helfe seit über sechs Jahren jeden Dienstag und Freitag bei der Bendorfer Tafel bei der Lebensmittelausgabe, dazu noch im Besuchsdienst unserer Pfarrei. Eine Bekannte hat mir erzählt, dass man für so etwas beim Kreis eine Ehrenamtskarte bekommen kann, mit der man Vergünstigungen hat, z.B. im Schwimmbad oder im Museum.

Ich habe keinen Computer und kann das nicht im Internet ausfüllen. Könnten Sie mir bitte die Unterlagen mit der Post schicken? Eine Bestätigung von der Tafel kann ich mir besorgen, die Leiterin Frau Koch weiß Bescheid.

Vielen Dank und viele Grüße
Ihre
Hildegard Schäfer",
    ),
    (
        "schulpraktikum-realschueler",
        "11",
        "Leon Becker
Am Sportplatz 3
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 4. November 2026

Bewerbung um einen Praktikumsplatz

Sehr geehrte Damen und Herren,

ich heiße Leon Becker, bin 15 Jahre alt und besuche die 9. Klasse der Realschule plus in Mendig. Vom 1. bis 12. März 2027 haben wir unser Schulpraktikum und ich würde das gerne bei Ihnen machen.

Ich interessiere mich dafür, wie eine Verwaltung arbeitet, weil ich später vielleicht die Ausbildung zum Verwaltungsfachangestellten machen möchte. Meine Lieblingsfächer sind Mathe und Sozialkunde. In meiner Freizeit spiele ich Handball beim TuS Mendig und helfe manchmal im Büro von meinem Onkel aus.

Die Bescheinigung von der Schule und mein letztes Zeugnis habe ich beigelegt. Ich würde mich sehr über eine Zusage freuen.

Mit freundlichen Grüßen

Leon Becker

Anlagen: Praktikumsvereinbarung der Schule, Halbjahreszeugnis",
    ),
    (
        "nebentaetigkeit-vhs-kurs",
        "11",
        "Sabine Weiler
Kapellenweg 11
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 10. November 2026

Antrag auf Genehmigung einer Nebentätigkeit
Personalnummer 40318

Sehr geehrte Damen und Herren,

hiermit beantrage ich die Genehmigung einer Nebentätigkeit ab dem 1. Januar 2027.

Ich bin seit 2019 als Sachbearbeiterin in Vollzeit bei der Kreisverwaltung beschäftigt. Künftig möchte ich an der Volkshochschule Mayen einen Abendkurs „Excel für Einsteiger“ geben, dienstags von 18:30 bis 20:00 Uhr, insgesamt ca. zwei Unterrichtsstunden pro Woche. Die Vergütung beträgt 28 Euro je Unterrichtsstunde.

Die Tätigkeit findet ausschließlich außerhalb meiner Arbeitszeit statt, es werden keine dienstlichen Mittel genutzt und es besteht kein Bezug zu meinen dienstlichen Aufgaben.

Ich bitte um Prüfung und Genehmigung.

Mit freundlichen Grüßen

Sabine Weiler",
    ),
    (
        "entgeltabrechnung-stufenaufstieg",
        "11",
        "Marco Rübenach
Koblenzer Straße 140
56073 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 20.11.2026

Meine Entgeltabrechnung Oktober 2026 – Personalnr. 51277

Hallo zusammen,

in meiner Abrechnung für Oktober ist mir aufgefallen, dass immer noch die Stufe 2 der Entgeltgruppe 9a angesetzt ist. Laut Ihrem Schreiben vom August hätte ich aber zum 1. September in Stufe 3 aufsteigen müssen. Außerdem fehlt die Vergütung für die Rufbereitschaft im Oktober (vier Wochenenden), die mein Vorgesetzter im IT-Service abgezeichnet und weitergeleitet hat.

Können Sie das bitte prüfen und ggf. mit der November-Abrechnung nachzahlen? Tagsüber bin ich schlecht am Telefon zu erreichen, per Mail unter m.ruebenach@web.de geht es am besten.

Danke und Gruß
Marco Rübenach",
    ),
    (
        "zahlungserinnerung-druckerei",
        "20",
        "Druckerei Knopp GmbH
Industriestraße 8
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 5. November 2026

Zahlungserinnerung – Rechnung Nr. 2026-1187 vom 18.09.2026

Sehr geehrte Damen und Herren,

sicher ist es Ihrer Aufmerksamkeit entgangen: Für den Druck von 5.000 Exemplaren der Broschüre „Wandern im Maifeld“ haben wir Ihnen am 18. September 2026 einen Betrag von 3.412,70 Euro in Rechnung gestellt. Das Zahlungsziel von 30 Tagen ist inzwischen überschritten, einen Zahlungseingang konnten wir bislang nicht feststellen.

Wir bitten Sie, den offenen Betrag bis zum 20. November 2026 auf unser Konto bei der Sparkasse Koblenz, IBAN DE41 5705 0120 0000 4471 23, zu überweisen. Bitte geben Sie als Verwendungszweck die Rechnungsnummer an.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

Druckerei Knopp GmbH
i. A. Melanie Fuchs
Buchhaltung

Anlage: Rechnungskopie",
    ),
    (
        "ratenzahlung-kurzarbeit",
        "20",
        "Dragan Petrović
Hauptstraße 57
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 12.11.2026

Kassenzeichen 4.2026.008813 – Bitte um Ratenzahlung

Sehr geehrte Damen und Herren,

ich habe Ihre Mahnung vom 2. November erhalten. Offen sind noch 640,00 Euro plus Mahngebühr. Ich bestreite die Forderung nicht, kann den Betrag aber im Moment nicht auf einmal bezahlen. Meine Firma hat mich seit September in Kurzarbeit geschickt und ich habe dazu noch eine Nachzahlung für die Heizung bekommen.

Ich bitte Sie deshalb, mir eine Zahlung in Raten zu erlauben. Ich kann monatlich 80 Euro überweisen, zum ersten Mal am 1. Dezember 2026. Eine Kopie meiner letzten Lohnabrechnung lege ich bei.

Bitte schicken Sie mir keine Vollstreckung, ich will das ordentlich bezahlen.

Mit freundlichen Grüßen
Dragan Petrović",
    ),
    (
        "doppelzahlung-gutschrift-elektro",
        "20",
        "Elektro Schneider & Söhne GmbH
Rheinstraße 31
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 24. November 2026

Doppelte Zahlung unserer Rechnung Nr. R-26-0419 – Gutschrift

Sehr geehrte Damen und Herren,

bei der Abstimmung unserer Debitorenkonten haben wir festgestellt, dass unsere Rechnung R-26-0419 vom 14.08.2026 über 1.986,35 Euro (Austausch der Notbeleuchtung) von Ihnen zweimal beglichen wurde, nämlich am 09.09.2026 und erneut am 23.09.2026.

Den doppelt gezahlten Betrag erstatten wir Ihnen selbstverständlich. Anbei erhalten Sie unsere Gutschrift Nr. G-26-0037. Damit die Rückzahlung korrekt zugeordnet wird, bitten wir um kurze Mitteilung, auf welches Konto und unter welchem Kassenzeichen wir überweisen sollen. Alternativ können wir den Betrag mit einer künftigen Rechnung verrechnen.

Mit freundlichen Grüßen

i. A. Jürgen Schneider
Kaufmännische Leitung

Anlage: Gutschrift G-26-0037",
    ),
    (
        "vg-klage-eingangsverfuegung",
        "30",
        "Verwaltungsgericht Koblenz
Geschäftsstelle der 1. Kammer
Postfach 20 07 07
56073 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 6. November 2026

Aktenzeichen: 1 K 1342/26.KO
(bei allen Schreiben bitte angeben)

In dem Verwaltungsrechtsstreit
Thomas Eich, Kobern-Gondorf
– Kläger –
Prozessbevollmächtigte: Rechtsanwälte Dr. Hoffmann & Partner, Koblenz

gegen

Landkreis Mayen-Koblenz, vertreten durch den Landrat
– Beklagter –

wegen Erstattung von Kosten einer Ersatzvornahme

wird Ihnen anliegend eine Abschrift der Klageschrift vom 28. Oktober 2026 mit der Gelegenheit zur Stellungnahme binnen vier Wochen nach Zustellung übersandt.

Sie werden gebeten, gleichzeitig die vollständigen Verwaltungs- und Widerspruchsvorgänge (paginiert) vorzulegen und einen Sachantrag zu stellen. Auf § 87b VwGO wird hingewiesen.

Auf Anordnung
Wirtz
Justizbeschäftigte

Anlage: Klageschrift nebst Anlagen (1-fach)",
    ),
    (
        "steinschlag-maeharbeiten-k44",
        "30",
        "Annika Brohl
Am Römerturm 9
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 11. November 2026

Schadensmeldung – Steinschlag durch Mäharbeiten an der K 44 am 27.10.2026

Sehr geehrte Damen und Herren,

am Dienstag, dem 27. Oktober 2026, gegen 14:15 Uhr fuhr ich mit meinem Pkw (VW Golf, MYK-AB 512) auf der K 44 von Weißenthurm Richtung Kettig. Etwa auf Höhe des Aussiedlerhofs wurde am Straßenrand mit einem Schlegelmäher gemäht. Als ich vorbeifuhr, wurde ein Stein hochgeschleudert, der die Seitenscheibe hinten rechts zertrümmert und die Tür verkratzt hat.

Ich habe sofort angehalten und den Fahrer angesprochen. Er hat mir das Kennzeichen des Fahrzeugs gegeben und gesagt, ich solle mich schriftlich an den Kreis wenden. Mein Beifahrer, Herr Tobias Lenz, kann den Vorfall bezeugen.

Die Reparatur kostet laut Kostenvoranschlag des Autohauses 1.148,90 Euro. Ich bitte Sie, den Schaden zu regulieren bzw. an Ihre Haftpflichtversicherung weiterzuleiten, und mir mitzuteilen, welche Unterlagen Sie noch benötigen.

Mit freundlichen Grüßen

Annika Brohl

Anlagen: Fotos (4), Kostenvoranschlag",
    ),
    (
        "anwalt-akteneinsicht-widerspruch",
        "30",
        "RECHTSANWÄLTE KRAMER · LEHNEN
Fachanwälte für Verwaltungsrecht
Am Markt 6
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vorab per Fax

Andernach, 18.11.2026

Unser Zeichen: 418/26 Le/sk
Ihr Bescheid vom 22.10.2026 gegenüber Herrn Oliver Nöthen

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Oliver Nöthen, Breite Straße 40, 56626 Andernach, anwaltlich vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Namens und in Vollmacht unseres Mandanten legen wir gegen den o. g. Bescheid, zugestellt am 24.10.2026,

Widerspruch

ein. Eine Begründung bleibt einem gesonderten Schriftsatz vorbehalten.

Zur Begründung des Widerspruchs benötigen wir Einsicht in die vollständige Verwaltungsakte. Wir beantragen, uns die Akte für drei Tage in unsere Kanzlei zu übersenden; die umgehende Rücksendung sichern wir anwaltlich zu. Hilfsweise bitten wir um Übersendung einer Kopie bzw. einer elektronischen Fassung über das beA.

Ferner beantragen wir, die sofortige Vollziehung bis zur Entscheidung über den Widerspruch auszusetzen.

Mit freundlichen Grüßen

Lehnen
Rechtsanwältin",
    ),
    (
        "karneval-ausschank-sperrzeit",
        "32",
        "KG „Mendijer Narrenzunft“ 1952 e.V.
Geschäftsführerin Petra Hürter
Brauerstraße 5
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 19. November 2026

Prunksitzung und Weiberdonnerstag 2027 – Ausschank und Sperrzeit

Sehr geehrte Damen und Herren,

wie jedes Jahr veranstaltet unsere Karnevalsgesellschaft in der Laacher-See-Halle eine Prunksitzung am Samstag, 30. Januar 2027, sowie die Weiberfastnachtsparty am Donnerstag, 4. Februar 2027. Erwartet werden jeweils rund 600 Gäste.

Für beide Veranstaltungen beantragen wir eine vorübergehende Gestattung für den Ausschank von Bier, Wein, Sekt und alkoholfreien Getränken sowie eine Verkürzung der Sperrzeit bis 3:00 Uhr. Der Ausschank erfolgt durch Vereinsmitglieder; verantwortlich ist unser 2. Vorsitzender, Herr Dirk Mayer.

Ein Sicherheitsdienst mit sechs Ordnern ist beauftragt, den Sanitätsdienst stellt wie immer das DRK. Den Lageplan und die Kopie des Mietvertrags für die Halle legen wir bei.

Bitte teilen Sie uns mit, ob noch weitere Unterlagen benötigt werden und welche Gebühren anfallen.

Mit närrischen Grüßen
Helau!

Petra Hürter
Geschäftsführerin",
    ),
    (
        "erbwaffen-verstorbener-vater",
        "32",
        "Stefanie Kalter
Lindenallee 2
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 2. November 2026

Waffen meines verstorbenen Vaters

Sehr geehrte Damen und Herren,

mein Vater, Herr Heinrich Kalter, geb. 14.03.1939, zuletzt wohnhaft in Münstermaifeld, ist am 15. Oktober 2026 verstorben. Er war jahrzehntelang Jäger und hatte eine Waffenbesitzkarte bei Ihnen.

Im Waffenschrank in seinem Haus befinden sich nach meiner Kenntnis zwei Gewehre (eine Bockbüchsflinte und ein Repetierer), eine Pistole und Munition. Den Schlüssel habe ich an mich genommen, der Schrank ist verschlossen.

Ich selbst bin weder Jägerin noch Sportschützin und möchte die Waffen nicht behalten. Bitte teilen Sie mir mit, wie ich jetzt vorgehen muss und ob die Waffen von Ihnen abgeholt werden oder ob ich sie einem Händler übergeben kann. Die Waffenbesitzkarte und eine Kopie der Sterbeurkunde lege ich bei.

Mit freundlichen Grüßen
Stefanie Kalter",
    ),
    (
        "beissvorfall-rheinanlage",
        "32",
        "Jörg Hennes
Weidenweg 14
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 21.11.2026

Beißvorfall am 18.11.2026 in der Rheinanlage

Sehr geehrte Damen und Herren,

am Mittwochabend gegen 18 Uhr war ich mit meiner Tochter (9) und unserem kleinen Jack-Russell in der Rheinanlage unterwegs. Ein großer Hund, ich vermute ein American-Staffordshire-Mischling, rannte ohne Leine auf uns zu, packte unseren Hund im Nacken und ließ erst los, als der Halter ihn nach mehreren Minuten wegzerren konnte. Unser Hund musste in der Tierklinik genäht werden, meine Tochter hat einen Schock und traut sich nicht mehr raus.

Der Halter, ein junger Mann, wohnt nach Angaben von Passanten in der Kolpingstraße. Es ist nicht das erste Mal: Mehrere Leute berichten, dass der Hund schon öfter unangeleint Menschen und Tiere angegangen hat.

Ich erwarte, dass Sie das ernst nehmen, bevor ein Kind gebissen wird. Bitte prüfen Sie, ob für den Hund Leinen- und Maulkorbzwang angeordnet werden muss und ob der Halter ihn überhaupt halten darf. Anzeige bei der Polizei ist erstattet, die Vorgangsnummer liegt bei.

Mit freundlichen Grüßen
Jörg Hennes",
    ),
    (
        "verpflichtungserklaerung-eltern-tuerkei",
        "33",
        "Mehmet Yıldız
Bahnhofstraße 23
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 05.11.2026

Betreff: Einladung für meine Eltern aus Türkei

Sehr geehrte Damen und Herren,

mein Name ist Mehmet Yıldız, ich wohne seit 2011 in Deutschland und habe Niederlassungserlaubnis. Im März 2027 kommt mein zweites Kind auf der Welt und meine Eltern wollen uns besuchen für etwa 6 Wochen. Sie leben in Kayseri.

Die Botschaft sagt, sie brauchen für Visum eine Verpflichtungserklärung von mir. Ich möchte fragen, wie ich ein Termin bekomme und welche Unterlagen ich bringen muss. Ich arbeite als Lagerist bei einer Spedition in Kettig, Vollzeit, unbefristet. Lohnabrechnungen und Mietvertrag kann ich mitbringen.

Bitte schreiben Sie mir oder rufen an: 0176 55208813.

Vielen Dank
Mit freundliche Grüße
Mehmet Yıldız",
    ),
    (
        "beschaeftigungserlaubnis-duldung-pflege",
        "33",
        "Pflegedienst Sonnenschein GmbH
Marktplatz 3
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 13. November 2026

Herr Abdullahi Warsame, geb. 02.05.1999 – Erlaubnis zur Beschäftigung

Sehr geehrte Damen und Herren,

wir möchten Herrn Abdullahi Warsame, wohnhaft in Mendig, zum 1. Januar 2027 als Pflegehelfer in Teilzeit (30 Wochenstunden) einstellen. Herr Warsame hat bei uns bereits ein vierwöchiges Praktikum absolviert und sich hervorragend bewährt; im Herbst 2027 soll er die einjährige Ausbildung zum Pflegefachhelfer beginnen.

Nach seinen Angaben besitzt er derzeit eine Duldung, in der vermerkt ist, dass eine Erwerbstätigkeit nur mit Erlaubnis der Ausländerbehörde gestattet ist. Wir bitten daher um Erteilung der Beschäftigungserlaubnis. Die ausgefüllte Stellenbeschreibung, den Entwurf des Arbeitsvertrags sowie eine Einverständniserklärung von Herrn Warsame fügen wir bei.

Für eine zügige Bearbeitung wären wir dankbar, da wir die Stelle dringend besetzen müssen. Bei Rückfragen erreichen Sie mich unter 02652 931140.

Mit freundlichen Grüßen

Claudia Reuter
Pflegedienstleitung",
    ),
    (
        "fiktionsbescheinigung-whu-studentin",
        "33",
        "Priya Raghunathan
Burgstraße 46, App. 12
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 17.11.2026

Verlängerung Aufenthaltserlaubnis – kein Termin frei

Dear Sir or Madam, sehr geehrte Damen und Herren,

ich bin Masterstudentin an der WHU in Vallendar. Mein Aufenthaltstitel zum Studium läuft am 15.12.2026 ab. Ich habe schon drei Mal versucht, online einen Termin für die Verlängerung zu buchen, aber es gibt keine freie Termine vor Februar.

Ich habe Angst, dass ich dann keinen gültigen Titel habe und über Weihnachten nicht zu meiner Familie nach Indien fliegen und wieder zurückkommen kann. Deshalb schicke ich Ihnen hiermit meinen Antrag auf Verlängerung mit Kopien von Pass, Immatrikulationsbescheinigung, Sperrkonto-Nachweis und Krankenversicherung.

Könnten Sie mir bitte eine Fiktionsbescheinigung ausstellen oder einen früheren Termin geben?

Thank you very much / Vielen Dank!

Priya Raghunathan",
    ),
    (
        "zeugenfragebogen-firmenwagen",
        "36",
        "Bauunternehmung Gebr. Kohlhaas GmbH & Co. KG
Im Gewerbepark 12
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 9. November 2026

Ihr Zeichen: 502.318774.6 – Zeugenfragebogen vom 29.10.2026
Fahrzeug MYK-KH 208

Sehr geehrte Damen und Herren,

bezugnehmend auf Ihren Zeugenfragebogen wegen der Geschwindigkeitsüberschreitung am 14.10.2026 um 7:42 Uhr auf der B 258 bei Mayen teilen wir mit, dass das Fahrzeug an diesem Tag unserem Mitarbeiter

Herrn Sven Pickel
Kirchstraße 5
56751 Polch

überlassen war. Laut unserem Fahrzeugeinsatzplan war er an diesem Morgen auf dem Weg zu unserer Baustelle in Mayen. Auf dem Messfoto ist er nach unserer Einschätzung auch zu erkennen.

Den ausgefüllten Fragebogen senden wir anbei zurück.

Mit freundlichen Grüßen

i. A. Renate Kohlhaas
Fuhrparkverwaltung",
    ),
    (
        "parkausweis-rollstuhl-ehemann",
        "36",
        "Ingrid Theisen
Am Bahndamm 7
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 23.11.2026

Sehr geehrte Damen und Herren,

mein Mann Rudolf Theisen (geb. 11.06.1948) hat nach seinem Schlaganfall im Sommer einen Schwerbehindertenausweis mit 100 % und den Merkzeichen aG und B bekommen. Er sitzt seitdem im Rollstuhl.

Ich fahre ihn zweimal die Woche zur Dialyse nach Koblenz und zu den Ärzten und finde dort fast nie einen Parkplatz, wo ich ihn vernünftig aus dem Auto bekomme. Man hat mir gesagt, mit dem blauen Ausweis dürfen wir auf den Behindertenparkplätzen stehen. Wie beantrage ich den für ihn? Reicht es, wenn ich Ihnen den Schwerbehindertenausweis in Kopie und ein Passfoto schicke? Beides lege ich schon mal bei.

Persönlich vorbeikommen kann er leider nicht.

Mit freundlichen Grüßen
Ingrid Theisen",
    ),
    (
        "abmeldung-auto-witwe",
        "36",
        "Margarete Schmitz
Rosenstraße 19
56727 Mayen

An die Kreisverwaltung
Bahnhofstraße 9
56068 Koblenz

Mayen, 25. November 2026

Abmeldung Auto von meinem verstorbenen Mann

Sehr geehrte Damen und Herren,

mein Mann Werner ist im September gestorben. Sein Auto, ein Opel Astra mit dem Kennzeichen MY-WS 47, steht seitdem in der Garage. Ich habe keinen Führerschein und möchte das Auto abmelden, damit die Versicherung und die Steuer aufhören. Mein Neffe will es später vielleicht kaufen.

Den Fahrzeugschein und die beiden Schilder habe ich. Den großen Brief finde ich aber nirgends, mein Mann hatte ihn irgendwo weggeräumt. Geht das trotzdem? Und kann mein Neffe das für mich erledigen, wenn ich ihm eine Vollmacht schreibe? Ich bin 81 und nicht mehr gut zu Fuß.

Die Sterbeurkunde lege ich in Kopie bei.

Mit freundlichen Grüßen
Margarete Schmitz",
    ),
    (
        "hausschlachtung-schwein",
        "39",
        "Bernhard Kaster
Eichenhof 1
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 6.11.2026

Hausschlachtung Schwein am 12.12.2026

Guten Tag,

wir wollen wie jedes Jahr vor Weihnachten für den eigenen Haushalt ein Schwein schlachten, diesmal am Samstag, 12. Dezember 2026, morgens ab 7 Uhr bei uns auf dem Hof. Das Schwein stammt aus eigener Haltung (Registriernummer 07 137 059 0043), Gewicht ca. 140 kg. Geschlachtet wird von Metzgermeister Alois Saxler.

Bitte schicken Sie uns wieder jemanden für die Schlachttier- und Fleischuntersuchung mit Trichinenprobe. Letztes Jahr war Herr Dr. Lindner da, das hat gut geklappt.

Gruß
Bernhard Kaster
Tel. 02652 4471",
    ),
    (
        "bienen-faulbrut-wanderung",
        "39",
        "Walter Scheid
Imkerei am Nettetal
Auf der Heide 5
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 14. November 2026

Gesundheitszeugnis für Bienenvölker – Wanderung im Frühjahr 2027

Sehr geehrte Damen und Herren,

ich halte derzeit 18 Bienenvölker an zwei Standorten in Ochtendung (Gemarkung „Auf der Heide“ und am Nettetal). Im Frühjahr 2027 möchte ich zehn Völker zur Rapsblüte in den Rhein-Hunsrück-Kreis verbringen und danach in die Eifel wandern.

Hierfür benötige ich eine amtstierärztliche Bescheinigung, dass meine Völker frei von Amerikanischer Faulbrut sind. Ich bitte daher, im Winter Futterkranzproben zu nehmen, bzw. mir mitzuteilen, ob ich die Proben über den Bienensachverständigen selbst einsenden kann.

Außerdem weise ich darauf hin, dass der zweite Standort neu hinzugekommen ist; die Meldung an die Tierseuchenkasse ist erfolgt.

Mit freundlichen Grüßen

Walter Scheid",
    ),
    (
        "schaeferhund-zwinger-frost",
        "39",
        "Christiane Lohner
Weiherstraße 30
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 22.11.2026

Sehr geehrte Damen und Herren,

im Nachbargarten, Weiherstraße 32, wird seit dem Sommer ein Schäferhund in einem kleinen Zwinger gehalten. Er ist dort Tag und Nacht, auch jetzt bei Frost. Die Hütte hat keine Tür und ist nicht isoliert, der Boden ist voller Kot. Mehrmals habe ich gesehen, dass der Wassernapf zugefroren oder leer war. Der Hund ist sehr mager geworden und winselt nachts stundenlang.

Die Besitzer reagieren auf Ansprache nur mit Beschimpfungen. Bitte schauen Sie sich das an. Meinen Namen bitte nicht an die Nachbarn weitergeben.

Mit freundlichen Grüßen
C. Lohner",
    ),
    (
        "gefaehrlicher-schulweg-b416",
        "40",
        "Julia und Dr. Stefan Berens
Moselstraße 71
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 4. November 2026

Unser Sohn Paul, Klasse 1, Grundschule Kobern-Gondorf – Busfahrkarte trotz kurzem Weg

Sehr geehrte Damen und Herren,

unser Sohn Paul ist im Sommer eingeschult worden. Am Telefon wurde uns gesagt, dass er keine kostenlose Busfahrkarte bekommt, weil sein Schulweg nur 1,8 km lang ist. Rechnerisch mag das stimmen, in der Praxis ist der Weg für einen Sechsjährigen aber nicht zumutbar.

Der kürzeste Fußweg führt über die B 416 an einer Stelle ohne Ampel und Zebrastreifen, anschließend etwa 300 Meter an der Straße entlang, wo der Gehweg nur etwa 60 cm breit ist und die Lkw sehr dicht vorbeifahren. Im Winter ist es morgens noch dunkel. Einen anderen Weg gibt es nur mit einem großen Umweg.

Wir beantragen daher, den Weg als besonders gefährlich anzuerkennen, damit Paul mit dem Bus fahren darf. Gern zeigen wir Ihnen die Stelle vor Ort. Fotos haben wir beigefügt.

Mit freundlichen Grüßen
Julia Berens
Stefan Berens",
    ),
    (
        "schulbus-ueberfuellt-polch",
        "40",
        "Thorsten Gilles
Ringstraße 8
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 16.11.2026

Bus morgens total überfüllt – so geht es nicht weiter!

Sehr geehrte Damen und Herren,

meine Tochter (Klasse 6) fährt jeden Morgen mit dem Bus um 7:05 Uhr ab Haltestelle Polch Markt nach Mayen zum Gymnasium. Seit den Herbstferien ist der Bus so voll, dass die Kinder im Gang und sogar unten an der Tür stehen müssen. Letzten Dienstag und am Freitag hat der Fahrer an der Haltestelle Polch-Ost gar nicht mehr angehalten, weil keiner mehr reinpasste. Die Kinder standen im Regen und kamen eine Stunde zu spät in die Schule.

Beim Busunternehmen heißt es, zuständig sei der Kreis, weil der die Fahrten für die Schüler bezahlt. Also schreibe ich Ihnen.

Ich erwarte, dass ein zweiter Bus oder ein Verstärkerfahrzeug eingesetzt wird, bevor bei einer Vollbremsung etwas passiert. Andere Eltern sehen das genauso, wir sammeln gerade Unterschriften.

Mit freundlichen Grüßen
Thorsten Gilles",
    ),
    (
        "schuelerfahrkarte-verloren",
        "40",
        "Kerstin Ahrendt
Hillscheider Straße 17
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 27. November 2026

Fahrkarte verloren – Leonie Ahrendt, Klasse 8

Sehr geehrte Damen und Herren,

unsere Tochter Leonie, die das Gymnasium in Koblenz besucht, hat am Montag ihre Schülerjahreskarte (Vallendar – Koblenz) verloren, vermutlich im Bus. Beim Busunternehmen ist sie nicht abgegeben worden. Seitdem kaufen wir jeden Tag Einzeltickets.

Bitte stellen Sie uns eine Ersatzkarte aus. Falls dafür eine Gebühr anfällt, teilen Sie uns das bitte mit. Ein aktuelles Passbild liegt bei.

Mit freundlichen Grüßen
Kerstin Ahrendt",
    ),
    (
        "bestattungskosten-vater",
        "50",
        "Frank Dreher
Am Hang 3
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 8. November 2026

Beerdigung meines Vaters – Antrag auf Übernahme der Kosten

Sehr geehrte Damen und Herren,

mein Vater Günter Dreher, zuletzt wohnhaft in Weißenthurm, ist am 19. Oktober 2026 verstorben. Ich hatte seit über zwanzig Jahren keinen Kontakt zu ihm. Trotzdem hat mich die Friedhofsverwaltung als Sohn zur Bestattung verpflichtet. Ich habe eine einfache Urnenbestattung beauftragt; die Rechnung des Bestatters beträgt 3.260 Euro, dazu kommen noch die Friedhofsgebühren.

Einen Nachlass gibt es nicht, mein Vater hatte nur Schulden. Das Erbe habe ich ausgeschlagen. Ich selbst bin Alleinverdiener mit drei Kindern und kann diese Kosten nicht tragen.

Ich beantrage deshalb die Übernahme der Bestattungskosten. Die Rechnung, die Sterbeurkunde, die Ausschlagungserklärung und meine Einkommensnachweise lege ich bei. Bitte teilen Sie mir mit, falls noch etwas fehlt.

Mit freundlichen Grüßen
Frank Dreher",
    ),
    (
        "heimkosten-mutter-pflege",
        "50",
        "Monika Zerwas
Kelberger Straße 44
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 12. November 2026

Heimkosten meiner Mutter Elfriede Zerwas, geb. 02.02.1936

Sehr geehrte Damen und Herren,

meine Mutter lebt seit April 2025 im Seniorenzentrum St. Josef in Andernach, Pflegegrad 4. Den Eigenanteil (derzeit rund 3.100 Euro im Monat) hat sie bisher aus ihrer Rente und ihrem Sparbuch bezahlt. Das Ersparte wird Ende Dezember aufgebraucht sein, danach reicht die Rente von 1.240 Euro bei weitem nicht mehr.

Ich bin als Betreuerin für meine Mutter bestellt und möchte vorsorglich schon jetzt beantragen, dass der Kreis ab Januar 2027 den ungedeckten Teil der Heimkosten übernimmt. Bitte schicken Sie mir die nötigen Antragsformulare. Eine Kopie des Betreuerausweises, den Rentenbescheid und die letzten Kontoauszüge lege ich bei.

Außerdem wüsste ich gern, ob ich als Tochter etwas dazuzahlen muss. Ich verdiene deutlich unter 100.000 Euro im Jahr.

Mit freundlichen Grüßen
Monika Zerwas",
    ),
    (
        "grundsicherung-mieterhoehung",
        "50",
        "Herbert Lay
Schulstraße 6, 2. OG
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 26.11.2026

Aktenzeichen GS 1187/19

Sehr geehrte Damen und Herren,

mein Vermieter hat die Miete ab 1. Januar 2027 von 410 auf 445 Euro kalt erhöht, außerdem muss ich für die Heizkosten 2025 eine Nachzahlung von 286,40 Euro leisten, fällig am 15. Dezember. Beides lege ich Ihnen in Kopie bei.

Ich bekomme von Ihnen Grundsicherung zu meiner kleinen Rente. Bitte berechnen Sie das neu und übernehmen Sie die Nachzahlung, ich habe das Geld nicht.

Hochachtungsvoll
Herbert Lay",
    ),
    (
        "unterhaltsvorschuss-heirat",
        "51",
        "Jessica Klöckner
Bergstraße 41
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 10. November 2026

Unterhaltsvorschuss für Mia Klöckner, geb. 15.08.2018 – Änderungsmitteilung

Sehr geehrte Damen und Herren,

ich möchte Ihnen mitteilen, dass ich am 6. November 2026 geheiratet habe. Mein Mann ist nicht der Vater von Mia, wir wohnen aber jetzt zusammen in meiner Wohnung in Mendig.

Soweit ich weiß, endet der Unterhaltsvorschuss damit. Bitte stellen Sie die Zahlung ab Dezember ein, damit ich nichts zurückzahlen muss. Falls für November schon zu viel gezahlt wurde, sagen Sie mir bitte Bescheid.

Eine Frage noch: Mias Vater zahlt weiterhin nichts. Können Sie mir trotzdem helfen, den Unterhalt von ihm zu bekommen, z.B. über eine Beistandschaft?

Eine Kopie der Heiratsurkunde liegt bei.

Mit freundlichen Grüßen
Jessica Klöckner",
    ),
    (
        "umgang-sohn-vater",
        "51",
        "Daniel Hürth
Obertorstraße 12
56294 Münstermaifeld

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 19.11.2026

Ich darf meinen Sohn Noah nicht mehr sehen

Hallo,

ich bin der Vater von Noah (6). Seit der Trennung von seiner Mutter im Frühjahr wohnt er bei ihr in Polch. Wir hatten mündlich ausgemacht, dass Noah jedes zweite Wochenende bei mir ist. Seit September sagt sie jedes Mal kurzfristig ab, mal ist er angeblich krank, mal haben sie was anderes vor. Ich habe meinen Sohn jetzt seit über acht Wochen nicht gesehen, nur einmal kurz am Telefon.

Ich will keinen Streit vor Gericht, aber so geht das nicht. Noah fragt laut meiner Mutter immer wieder nach mir. Können Sie ein Gespräch mit uns beiden machen und uns helfen, eine feste Regelung aufzuschreiben? Ich habe auch gehört, dass es begleiteten Umgang gibt, falls sie mir nicht traut.

Ich bin unter 0151 22847316 erreichbar, am besten nach 16 Uhr.

Gruß
Daniel Hürth",
    ),
    (
        "kindertagespflege-erlaubnis",
        "51",
        "Svenja Wagner
Am Rosengarten 15
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 2. November 2026

Ich möchte Tagesmutter werden

Sehr geehrte Damen und Herren,

ich bin 34 Jahre alt, gelernte Kinderpflegerin und Mutter von zwei Kindern (3 und 7 Jahre). Nach meiner Elternzeit möchte ich mich selbstständig machen und ab Sommer 2027 bis zu fünf Kinder unter drei Jahren in unserem Haus betreuen. Dafür haben wir das Erdgeschoss umgebaut, es gibt einen eingezäunten Garten.

Ich bitte um Informationen, wie ich die Pflegeerlaubnis beantragen kann, wann der nächste Qualifizierungskurs beginnt und ob ein Hausbesuch erforderlich ist. Ein erweitertes Führungszeugnis würde ich schon jetzt beantragen, und einen Erste-Hilfe-Kurs am Kind habe ich im Januar gebucht.

In Ochtendung gibt es für die Kleinen viel zu wenig Plätze, ich bekomme schon jetzt Anfragen von Eltern aus der Nachbarschaft.

Über eine Rückmeldung freue ich mich.

Viele Grüße
Svenja Wagner",
    ),
    (
        "schimmel-kinderzimmer",
        "53",
        "Olena Kovalenko
Koblenzer Straße 88, 1. OG links
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 7.11.2026

Schimmel in Wohnung, Kind ist krank

Sehr geehrte Damen und Herren,

ich wohne mit meinem Sohn (4 Jahre) seit März in dieser Wohnung zur Miete. Seit Oktober kommt im Kinderzimmer und Schlafzimmer schwarzer Schimmel an der Außenwand und hinter dem Schrank, ungefähr 2 Quadratmeter. Ich lüfte jeden Tag dreimal und heize, aber es kommt immer wieder.

Mein Sohn hat seit Wochen Husten und jetzt sagt der Kinderarzt, es ist vielleicht Asthma und es kann vom Schimmel kommen. Ein Attest habe ich.

Der Vermieter sagt, das ist meine Schuld, und macht nichts. Ich kenne mich nicht aus mit deutsche Gesetze. Können Sie kommen und gucken, ob das gefährlich für die Gesundheit ist? Ich habe Fotos gemacht und lege sie bei.

Danke schön
Olena Kovalenko
Tel. 0157 38820164",
    ),
    (
        "legionellen-labor-meldung",
        "53",
        "Umweltlabor Rhein-Mosel GmbH
Akkreditiertes Prüflaboratorium
Im Acker 14
56073 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 18. November 2026

Mitteilung nach Trinkwasserverordnung – Überschreitung des technischen Maßnahmenwertes für Legionellen

Objekt: Mehrfamilienhaus Rheinblick 12–16, 56179 Vallendar (36 Wohneinheiten)
Betreiber: Hausverwaltung Moog & Partner, Koblenz
Probenahme: 09.11.2026, Prüfbericht Nr. 26-11-04417

Sehr geehrte Damen und Herren,

bei der turnusmäßigen Untersuchung der zentralen Trinkwassererwärmungsanlage des o. g. Objekts wurde der technische Maßnahmenwert von 100 KBE/100 ml überschritten. An der Probestelle Steigstrang 3, Wohnung 3.04 (Dusche), wurden 2.300 KBE/100 ml Legionella spp. festgestellt; die übrigen Probestellen lagen zwischen 120 und 650 KBE/100 ml.

Der Betreiber wurde von uns am 17.11.2026 unterrichtet und auf seine Pflichten (Gefährdungsanalyse, Maßnahmen zum Schutz der Bewohner) hingewiesen. Den vollständigen Prüfbericht fügen wir bei.

Mit freundlichen Grüßen

Dr. rer. nat. Katrin Albers
Laborleitung",
    ),
    (
        "tattoostudio-hygiene",
        "53",
        "Ink & Soul Tattoo
Inhaber Kevin Schüller
Marktstraße 4
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 3.11.2026

Neues Studio – bitte Begehung vor Eröffnung

Hallo zusammen,

ich eröffne am 2. Januar 2027 mein eigenes Tattoo- und Piercingstudio in der Marktstraße in Mayen. Bisher war ich in einem Studio in Koblenz angestellt.

Die Räume werden gerade umgebaut: Behandlungsraum mit abwaschbarem Boden, separater Raum für die Aufbereitung der Instrumente, Handwaschbecken mit Armhebel, Thermodesinfektor und Autoklav sind bestellt. Ein Hygieneplan ist in Arbeit.

Ich möchte gern, dass vor der Eröffnung jemand von Ihnen vorbeikommt und schaut, ob alles passt, damit ich nachher nicht wieder umbauen muss. Was brauchen Sie noch von mir?

Beste Grüße
Kevin Schüller
0176 44190233",
    ),
    (
        "nutzungsaenderung-laden-wohnung",
        "63",
        "Achim und Birgit Pauly
Marktplatz 9
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 5. November 2026

Umbau ehemaliges Ladenlokal zu Wohnung – Anfrage

Sehr geehrte Damen und Herren,

im Erdgeschoss unseres Hauses am Marktplatz befand sich bis 2023 eine Bäckereifiliale. Seitdem steht der Laden leer, einen neuen Gewerbemieter finden wir nicht. Wir möchten die Fläche (ca. 70 m²) daher zu einer barrierefreien Wohnung umbauen. Das große Schaufenster würde durch eine Fensterfront mit Brüstung ersetzt.

Bevor wir einen Architekten beauftragen, möchten wir wissen, ob das grundsätzlich zulässig ist, ob wir dafür einen Bauantrag brauchen und welche Rolle der Denkmalschutz spielt, da das Nachbarhaus ein Kulturdenkmal ist. Außerdem: Müssen wir für die Wohnung einen Stellplatz nachweisen? Auf unserem Grundstück ist dafür kein Platz.

Einen Lageplan und Fotos legen wir bei.

Mit freundlichen Grüßen
Achim Pauly",
    ),
    (
        "grenzgarage-dachterrasse",
        "63",
        "Wolfgang Rieth
Am Weinberg 23
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 13.11.2026

Bauarbeiten auf dem Nachbargrundstück Am Weinberg 25

Sehr geehrte Damen und Herren,

seit drei Wochen baut mein Nachbar direkt an unserer gemeinsamen Grundstücksgrenze eine Doppelgarage mit Dachterrasse. Die Wand ist an der Grenze schon jetzt fast vier Meter hoch, dazu kommt noch ein Geländer. Von der Terrasse aus kann man direkt in unser Wohnzimmer und Schlafzimmer schauen, und unser Garten liegt ab mittags im Schatten.

Ein Bauschild hängt nicht aus, und auf Nachfrage hat der Nachbar nur gesagt, das gehe mich nichts an. Ich kann mir nicht vorstellen, dass so etwas erlaubt ist.

Ich bitte Sie dringend, die Baustelle zu überprüfen und die Arbeiten gegebenenfalls stillzulegen, bevor vollendete Tatsachen geschaffen werden. Fotos vom Baufortschritt füge ich bei.

Mit freundlichen Grüßen
Wolfgang Rieth",
    ),
    (
        "scheune-einsturzgefahr",
        "63",
        "Erich Nett
Brunnenstraße 2
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, den 20. November 2026

Sehr geehrte Damen und Herren,

gegenüber von meinem Haus, Brunnenstraße 5, steht seit Jahren eine alte Scheune leer. Der Eigentümer wohnt irgendwo in Norddeutschland und kümmert sich nicht. Nach dem Sturm letzte Woche sind mehrere Dachziegel und ein Stück vom Ortgang auf den Gehweg gefallen, wo morgens die Kinder langgehen. Die Giebelwand zur Straße hat einen Riss, durch den man die Hand stecken kann, und hängt sichtbar nach außen.

Ich habe Angst, dass da bald die ganze Wand auf die Straße kippt. Bitte kommen Sie schnell und sehen sich das an.

Hochachtungsvoll
Erich Nett",
    ),
    (
        "wilder-muell-feldweg",
        "70",
        "Landwirtschaftsbetrieb Weingarten
Markus Weingarten
Hof Langenacker
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 9. November 2026

Müll am Feldweg Richtung Kerben abgeladen

Sehr geehrte Damen und Herren,

am Wochenende hat jemand an der Einmündung des Feldwegs zu meinen Äckern (ca. 500 m hinter dem Sportplatz Richtung Kerben) eine ganze Ladung Müll abgekippt: etwa zwölf Altreifen, mehrere Farbeimer, teils noch halb voll, alte Fliesen, Rigipsplatten und zwei Säcke mit Dämmwolle. Die Farbe läuft schon aus und in den Graben.

Ich komme mit meinen Maschinen nicht mehr vorbei und sehe nicht ein, das auf meine Kosten zu entsorgen. Bitte lassen Sie das schnellstmöglich abholen. Vielleicht lässt sich der Verursacher ermitteln, in einem der Eimer lag ein Lieferschein mit Namen, den habe ich nicht angefasst.

Fotos und die genaue Lage (Flur 12, Flurstück 88/3) füge ich bei.

Mit freundlichen Grüßen
Markus Weingarten",
    ),
    (
        "kleinere-tonne-witwe",
        "70",
        "Anneliese Kurz
Ostbahnhofstraße 31
56727 Mayen

An die Kreisverwaltung
Bahnhofstraße 9
56068 Koblenz

Mayen, 15.11.26

Sehr geehrte Damen und Herren,

seit mein Mann im Frühjahr ins Pflegeheim gekommen ist, wohne ich allein im Haus. Die graue Tonne (120 Liter) ist bei jeder Leerung kaum zu einem Viertel voll, trotzdem zahle ich immer noch so viel wie vorher. Ich möchte bitte eine kleinere Tonne haben und weniger bezahlen. Meine Nachbarin sagt, es gibt auch eine mit 60 Liter.

Können Sie mir die kleine Tonne bringen und die große mitnehmen? Ich kann die große sowieso kaum noch an die Straße ziehen.

Mit freundlichen Grüßen
Anneliese Kurz

Die Kundennummer steht leider nicht auf meinem Zettel.",
    ),
    (
        "muellgebuehr-hausverkauf",
        "70",
        "Ralf Ostermann
Hauptstraße 101
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 24. November 2026

Abfallgebühren 2026 – Grundstück Kirchstraße 14, 56575 Weißenthurm

Sehr geehrte Damen und Herren,

für das o. g. Grundstück habe ich von Ihnen einen Bescheid vom 30.10.2026 über die Müllgebühren für das komplette Jahr 2026 in Höhe von 297,60 Euro erhalten. Das Haus habe ich jedoch verkauft; Nutzen und Lasten sind am 1. Juli 2026 auf die Käufer, Familie Dötsch, übergegangen. Die Käufer haben die Tonnen übernommen und nach meiner Kenntnis auch auf sich umgemeldet.

Ich bitte daher, die Gebühr für mich nur bis zum 30. Juni 2026 festzusetzen und die bereits gezahlte erste Rate zu verrechnen bzw. zu erstatten. Einen Auszug aus dem Kaufvertrag lege ich bei.

Mit freundlichen Grüßen
Ralf Ostermann",
    ),
];
