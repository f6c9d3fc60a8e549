//! A fourth held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks: its day-one result is the
//! honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_4: &[(&str, &str, &str)] = &[
    (
        "fahrverbot-berufskraftfahrer-thuer",
        "36",
        "Markus Schäfer
Auf der Eich 14
56743 Thür

Kreisverwaltung Mayen-Koblenz
Bußgeldstelle
Bahnhofstraße 9
56068 Koblenz

Thür, 19. Oktober 2026

Ihr Bußgeldbescheid vom 12.10.2026 – Aktenzeichen 502.318774.6
Fahrzeug MYK-MS 412

Sehr geehrte Damen und Herren,

mit Ihrem Bescheid werfen Sie mir vor, am 28. August 2026 auf der B 262 zwischen Mayen und Mendig 31 km/h zu schnell gefahren zu sein. Das streite ich auch gar nicht ab, ich war spät dran und habe nicht aufgepasst. Mein Problem ist das Fahrverbot von einem Monat. Ich bin seit 22 Jahren Berufskraftfahrer bei einer Spedition in Kruft und fahre jeden Tag Touren im Nahverkehr. Ohne Führerschein kann ich nicht arbeiten, und mein Chef hat mir schon gesagt, dass er mich nicht einfach einen Monat freistellen kann. Urlaub habe ich dieses Jahr auch keinen mehr. In den ganzen Jahren hatte ich keinen einzigen Punkt in Flensburg. Ich bitte Sie deshalb, von dem Fahrverbot abzusehen und dafür die Geldbuße zu erhöhen. Eine Bestätigung meines Arbeitgebers lege ich bei. Falls das so nicht geht, möchte ich wenigstens den Zeitpunkt selbst wählen können, am liebsten über Weihnachten, weil wir dann zwei Wochen Betriebsruhe haben.

Mit freundlichen Grüßen
Markus Schäfer

Anlage: Arbeitgeberbescheinigung Spedition Theisen GmbH",
    ),
    (
        "muelltonne-deckel-abgebrochen",
        "70",
        "Gertrud Hoffmann
Kirchstraße 7
56645 Nickenich

An die Kreisverwaltung
Bahnhofstraße 9
56068 Koblenz

Nickenich, den 6. Oktober 2026

Sehr geehrte Damen und Herren,

am letzten Dienstag war die Müllabfuhr bei uns in der Kirchstraße. Als ich die graue Tonne reinholen wollte, war der Deckel abgebrochen, er hing nur noch an einer Seite und ist dann ganz abgefallen. Ich habe die Tonne immer ordentlich an die Straße gestellt, das ist bestimmt beim Auskippen passiert. Jetzt regnet es hinein, und die Katzen von nebenan gehen an den Müll. Ich bin 81 Jahre alt und habe kein Auto mehr, ich kann mit der kaputten Tonne nirgendwo hinfahren. Können Sie mir bitte eine neue Tonne bringen lassen oder jemanden schicken, der einen neuen Deckel anbaut? Die Nummer auf der Tonne ist 0417-2283, wenn ich das richtig lese. Angerufen habe ich zweimal, aber da kam nur eine Ansage.

Vielen Dank im Voraus.

Mit freundlichen Grüßen
Gertrud Hoffmann",
    ),
    (
        "pflegekind-aufnehmen-mayen",
        "JA-MY",
        "Von: Sabine Krämer <sabine.kraemer@web.de>
Gesendet: Mittwoch, 14. Oktober 2026 20:41
An: Kreisverwaltung Mayen-Koblenz
Betreff: Anfrage Pflegekind

Sehr geehrte Damen und Herren,

mein Mann und ich tragen uns schon länger mit dem Gedanken, ein Pflegekind bei uns aufzunehmen, und möchten uns nun einmal unverbindlich informieren. Wir sind beide Mitte vierzig, mein Mann ist Elektromeister, ich arbeite in Teilzeit als Bürokauffrau. Unsere eigenen Kinder sind 17 und 14 Jahre alt und finden die Idee gut. Wir wohnen in einem Einfamilienhaus mit Garten hier in Mayen, ein Kinderzimmer wäre frei. Uns ist klar, dass Pflegekinder oft schon einiges erlebt haben, und wir würden uns auch auf ein älteres Kind oder auf Geschwister einlassen. Wie läuft so etwas ab? Gibt es Informationsabende oder Vorbereitungskurse, und welche Unterlagen bräuchten Sie von uns? Wir würden uns über einen Rückruf oder ein erstes Gespräch sehr freuen, am besten nachmittags ab 15 Uhr.

Mit freundlichen Grüßen
Sabine und Thomas Krämer
Im Weidenfeld 23
56727 Mayen
Tel. 02651 4471809",
    ),
    (
        "blaue-karte-fiktionsbescheinigung",
        "33",
        "Rahul Venkatesan
Koblenzer Straße 41
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 21.10.2026

Verlängerung meiner Blauen Karte EU – dringende Bitte um eine Bescheinigung
Geburtsdatum: 17.03.1991, Staatsangehörigkeit: indisch

Sehr geehrte Damen und Herren,

meine Blaue Karte EU ist noch bis zum 14. November 2026 gültig. Die Verlängerung habe ich bereits am 2. September 2026 über Ihr Online-Formular beantragt und am selben Tag eine automatische Eingangsbestätigung erhalten. Einen Termin habe ich bis heute leider nicht bekommen, und telefonisch erreiche ich niemanden. Mein Arbeitgeber, ein Ingenieurbüro in Koblenz, verlangt bis Ende Oktober einen Nachweis, dass ich nach dem 14. November weiter arbeiten darf, sonst muss mich die Personalabteilung vorläufig freistellen. Außerdem heiratet meine Schwester am 12. Dezember in Chennai, und mein Flug ist schon gebucht. Ich brauche also auch ein Dokument, mit dem ich wieder nach Deutschland einreisen kann. Ich bitte Sie deshalb sehr, mir eine Fiktionsbescheinigung auszustellen oder mir kurzfristig einen Termin zu geben. Alle Unterlagen (Arbeitsvertrag, Gehaltsnachweise, Mietvertrag, Krankenversicherung, biometrisches Foto) habe ich vollständig beisammen und kann sie jederzeit vorbeibringen.

Vielen Dank für Ihre Hilfe.

Mit freundlichen Grüßen
Rahul Venkatesan

Anlagen: Eingangsbestätigung vom 02.09.2026, Kopie Reisepass, Kopie Blaue Karte EU",
    ),
    (
        "hundertster-geburtstag-kruft",
        "10",
        "Elke Wagner
Ringstraße 12
56642 Kruft

An den Landrat des Landkreises Mayen-Koblenz
Kreisverwaltung
Bahnhofstraße 9
56068 Koblenz

Kruft, 8. Oktober 2026

100. Geburtstag meiner Mutter, Frau Maria Wagner

Sehr geehrter Herr Landrat,

am 21. November 2026 wird meine Mutter, Frau Maria Wagner, 100 Jahre alt. Sie ist in Kruft geboren, hat hier ihr ganzes Leben verbracht und war über 40 Jahre im Kirchenchor und bei den Landfrauen aktiv. Geistig ist sie noch erstaunlich fit, sie liest jeden Morgen die Zeitung und erzählt gern von früher. Wir feiern den Geburtstag im kleinen Kreis am Samstag, dem 21. November, ab 14 Uhr bei uns zu Hause in der Ringstraße. Unser Ortsbürgermeister hat sein Kommen schon zugesagt. Meine Mutter würde sich sehr freuen, wenn auch Sie oder jemand aus der Kreisverwaltung kurz vorbeischauen könnte. Falls das terminlich nicht möglich ist, wäre auch ein Glückwunschschreiben eine große Freude für sie. Bitte geben Sie mir kurz Bescheid, damit wir planen können.

Mit freundlichen Grüßen
Elke Wagner
Tel. 02652 931840",
    ),
    (
        "maeusekot-baeckerei-weissenthurm",
        "39",
        "Von: Daniela Roth <d.roth.an@t-online.de>
Gesendet: Dienstag, 27. Oktober 2026 09:12
Betreff: Mäusekot in Bäckerei in Weißenthurm

Guten Tag,

ich möchte Ihnen etwas melden, das mich wirklich geekelt hat. Heute Morgen gegen halb acht war ich in der Bäckereifiliale in der Hauptstraße in Weißenthurm, gegenüber der Sparkasse, um Brötchen zu holen. Im Regal hinter der Theke, wo die Brote liegen, lagen ganz deutlich kleine schwarze Köttel, das war eindeutig Mäusekot. Auf dem Boden vor der Kühltheke habe ich noch mehr davon gesehen. Ich habe die Verkäuferin darauf angesprochen, sie hat nur gelacht und gesagt, das sei im Herbst ganz normal. Die Brötchen habe ich zu Hause weggeworfen. Ich habe zwei Fotos mit dem Handy gemacht, die schicke ich im Anhang mit. Dort kaufen jeden Morgen auch viele Kinder vor der Schule ein. Bitte schauen Sie sich das an. Ich möchte aber nicht, dass mein Name gegenüber der Bäckerei genannt wird.

Freundliche Grüße
Daniela Roth
Eichendorffstraße 3
56626 Andernach",
    ),
    (
        "mieterhoehung-rentnerpaar-bendorf",
        "50",
        "Horst und Ingrid Becker
Hauptstraße 88
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 12.10.2026

Betr.: Zuschuss zur Miete

Sehr geehrte Damen und Herren,

wir sind beide Rentner, 74 und 71 Jahre alt, und wohnen seit 31 Jahren in derselben Mietwohnung in Bendorf. Unser Vermieter hat nach dem Einbau neuer Fenster und einer neuen Heizung die Miete erhöht, ab 1. Dezember zahlen wir 712 Euro warm statt bisher 618 Euro. Zusammen haben wir eine Rente von 1.526 Euro im Monat. Das wird jetzt wirklich knapp, zumal auch Strom und Lebensmittel teurer geworden sind. Unsere Nachbarin meinte, wir sollten Wohngeld beantragen, sie bekommt das auch. Wir haben noch nie etwas vom Amt bekommen und wissen nicht, wie das geht. Bitte schicken Sie uns die nötigen Antragsformulare zu, einen Computer haben wir nicht. Die Mieterhöhung und unsere Rentenbescheide legen wir schon einmal in Kopie bei. An Ersparnissen haben wir nur etwa 4.000 Euro für Notfälle.

Mit freundlichen Grüßen
Horst Becker     Ingrid Becker

Anlagen: Schreiben des Vermieters vom 24.09.2026, Rentenanpassungsmitteilungen 2026 (Kopien)",
    ),
    (
        "sozialgericht-klage-assistenzleistungen",
        "30",
        "Sozialgericht Koblenz
Deinhardpassage 1
56068 Koblenz

Landkreis Mayen-Koblenz
– Der Landrat –
Bahnhofstraße 9
56068 Koblenz

Aktenzeichen: S 14 SO 187/26
Koblenz, 27.10.2026

In dem Rechtsstreit
Jonas Weiler, Mühlenweg 4, 56332 Lehmen
– Kläger –
Prozessbevollmächtigte: Rechtsanwältin Carolin Erbach, Koblenz
gegen
Landkreis Mayen-Koblenz, vertreten durch den Landrat
– Beklagter –
wegen Eingliederungshilfe (Assistenzleistungen im Wohnbereich)

Sehr geehrte Damen und Herren,

anliegend wird Ihnen die Klageschrift vom 19.10.2026 nebst Anlagen zugestellt. Der Kläger wendet sich gegen den Bescheid vom 14.05.2026 in der Gestalt des Widerspruchsbescheides vom 22.09.2026. Sie werden gebeten, sich innerhalb eines Monats nach Zustellung zur Klage zu äußern und die vollständigen Verwaltungsvorgänge paginiert vorzulegen. Bitte teilen Sie zugleich mit, ob Sie mit einer Entscheidung ohne mündliche Verhandlung einverstanden sind. Es wird darauf hingewiesen, dass das Gericht nach Ablauf der Frist auch ohne Ihre Stellungnahme entscheiden kann. Das beigefügte Empfangsbekenntnis senden Sie bitte umgehend unterschrieben zurück. Bei allen Schreiben ist das obige Aktenzeichen anzugeben.

Auf richterliche Verfügung
Hellenthal, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.

Anlagen: Klageschrift in Abschrift, Empfangsbekenntnis",
    ),
    (
        "carport-an-grundstuecksgrenze",
        "63",
        "Von: Kevin Braun <k.braun1988@gmx.de>
Gesendet: Sonntag, 18. Oktober 2026 21:07
Betreff: Frage Carport an der Grenze

Hallo zusammen,

wir, also meine Frau und ich, wohnen seit letztem Jahr im Neubaugebiet „Auf der Heide“ in Ochtendung. Im Frühjahr wollen wir einen Carport für zwei Autos bauen, Holz mit Flachdach, ca. 6 x 6 Meter und 2,60 m hoch. Stehen soll er am Ende der Einfahrt, direkt an der Grundstücksgrenze zum Nachbarn. Im Baumarkt hat man uns gesagt, so was ist genehmigungsfrei, unser Nachbar meint aber, an der Grenze darf man nicht so lang bauen und das muss beantragt werden. Jetzt sind wir unsicher. Der Nachbar hätte übrigens nichts dagegen und würde auch was unterschreiben. Für das Gebiet gibt es einen Bebauungsplan, da steht etwas von Garagen nur innerhalb der Baugrenzen, aber ob ein Carport auch eine Garage ist, weiß ich nicht. Brauchen wir eine Baugenehmigung, oder reicht es, wenn wir das irgendwo anzeigen? Und wenn ja, was müssen wir einreichen? Wir wollen nichts falsch machen und das Ding hinterher wieder abreißen müssen.

Danke schon mal und viele Grüße
Kevin Braun
Im Wiesengrund 5
56299 Ochtendung",
    ),
    (
        "unterhaltsvorschuss-heirat-mitteilung",
        "51",
        "Jennifer Schmitz
Kärlicher Straße 19
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
z. Hd. Frau Pütz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 2. November 2026

Unterhaltsvorschuss für meine Tochter Lina Schmitz, geb. 09.04.2019
Ihr Aktenzeichen: UV 0871/24

Sehr geehrte Frau Pütz,

ich möchte Ihnen mitteilen, dass ich am 27. November 2026 meinen Lebensgefährten Daniel Hartmann heiraten werde. Er ist nicht der Vater von Lina. Eine Bekannte hat mir erzählt, dass der Unterhaltsvorschuss dann wegfällt, und ich möchte auf keinen Fall später Geld zurückzahlen müssen. Bitte teilen Sie mir mit, ab welchem Monat die Zahlung eingestellt wird und ob ich dafür noch etwas ausfüllen muss. Die Heiratsurkunde schicke ich Ihnen nach der Trauung sofort zu. Linas Vater zahlt nach wie vor keinen Cent. Bekomme ich trotzdem weiter Ihre Unterstützung, damit er wenigstens etwas zahlt, oder muss ich das jetzt selbst über einen Anwalt machen?

Mit freundlichen Grüßen
Jennifer Schmitz",
    ),
    (
        "schuelerpraktikum-neunte-klasse",
        "11",
        "Lea Kowalski
Mühlenstraße 22
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 15.10.2026

Bewerbung um einen Praktikumsplatz

Sehr geehrte Damen und Herren,

ich heiße Lea Kowalski, bin 14 Jahre alt und gehe in die 9. Klasse der Realschule plus in Polch. Vom 1. bis 12. Februar 2027 haben wir ein Pflichtpraktikum, und ich würde es gerne bei Ihnen in der Kreisverwaltung machen. Meine Tante arbeitet bei einer Gemeindeverwaltung und hat mir erzählt, dass man dort viel mit Menschen zu tun hat und jeden Tag etwas anderes macht, das finde ich spannend. Ich kann gut mit dem Computer umgehen und bin zuverlässig. Meine Lieblingsfächer sind Deutsch und Sozialkunde. Später möchte ich vielleicht eine Ausbildung in der Verwaltung machen, aber ich will erst einmal schauen, ob mir das gefällt. Nach Koblenz komme ich mit dem Zug gut hin. Über eine Zusage würde ich mich sehr freuen. Meinen Lebenslauf und die Bescheinigung der Schule habe ich beigelegt.

Mit freundlichen Grüßen
Lea Kowalski

Anlagen: Lebenslauf, Praktikumsbescheinigung der Schule, letztes Zeugnis",
    ),
    (
        "schulbus-verspaetung-muenstermaifeld",
        "40",
        "Realschule plus Münstermaifeld
– Schulleitung –
Schulstraße 10
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 29.10.2026

Ständige Verspätungen des Busses am Morgen

Sehr geehrte Damen und Herren,

seit Beginn des Schuljahres erreicht der Bus, der morgens unsere Schülerinnen und Schüler aus Mertloch, Naunheim und Pillig bringt, die Schule fast täglich zu spät. Planmäßig soll er um 7.38 Uhr an der Haltestelle am Schulzentrum ankommen, tatsächlich kommt er meist zwischen 7.50 und 8.05 Uhr. Unser Unterricht beginnt um 7.45 Uhr. Betroffen sind rund 60 Kinder, die regelmäßig die ersten zehn bis zwanzig Minuten der ersten Stunde verpassen, an Tagen mit Klassenarbeiten ist das besonders ärgerlich. Unsere Lehrkräfte haben die Ankunftszeiten an 23 Schultagen notiert, die Aufstellung liegt bei. Der Fahrer sagte auf Nachfrage, der Fahrplan sei wegen der Baustelle in Polch und der zusätzlichen Schleife über Pillig nicht zu schaffen. Beim Busunternehmen selbst haben wir leider keine verbindliche Auskunft bekommen. Wir bitten Sie dringend, sich der Sache anzunehmen und mit dem Verkehrsunternehmen eine Lösung zu finden, etwa eine frühere Abfahrt oder einen zusätzlichen Bus. Für ein Gespräch stehen wir gerne zur Verfügung.

Mit freundlichen Grüßen
i. A. Stefanie Adams
Konrektorin

Anlage: Aufstellung der Ankunftszeiten September/Oktober 2026",
    ),
    (
        "amtsarzt-verbeamtung-lehrerin",
        "53",
        "Julia Neumann
Am Sonnenhang 17
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 3. November 2026

Bitte um einen Untersuchungstermin vor meiner Verbeamtung

Sehr geehrte Damen und Herren,

ich unterrichte an einer Integrierten Gesamtschule in Koblenz und soll zum 1. Februar 2027 in das Beamtenverhältnis auf Probe übernommen werden. Die Aufsichts- und Dienstleistungsdirektion hat mich aufgefordert, vorher ein amtsärztliches Gutachten über meine gesundheitliche Eignung vorzulegen, und mir mitgeteilt, dass dafür die Kreisverwaltung an meinem Wohnort zuständig ist. Ich bitte deshalb um einen Termin, möglichst bis Mitte Dezember, damit das Gutachten rechtzeitig vorliegt. Wegen meines Unterrichts wäre ein Termin ab 13.30 Uhr oder in den Weihnachtsferien am günstigsten. Können Sie mir bitte auch sagen, was ich mitbringen muss? Ich habe eine Schilddrüsenunterfunktion, die mit Tabletten gut eingestellt ist, und frage mich, ob ich dazu Befunde meines Hausarztes vorlegen soll. Das Schreiben der ADD lege ich in Kopie bei.

Mit freundlichen Grüßen
Julia Neumann

Anlage: Schreiben der ADD vom 20.10.2026 (Kopie)",
    ),
    (
        "vaterschaft-beistand-andernach",
        "JA-AND",
        "Melanie Jung
Kirchstraße 31
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 20.10.2026

Sehr geehrte Damen und Herren,

am 2. September 2026 habe ich meinen Sohn Noah bekommen. Mit dem Vater, Herrn Dennis Reuter, war ich etwa ein Jahr zusammen, wir haben uns aber noch während der Schwangerschaft getrennt. Jetzt behauptet er, das Kind sei nicht von ihm, und weigert sich, die Vaterschaft anzuerkennen. Auf meine Nachrichten antwortet er nicht mehr. Ich bin im Moment in Elternzeit und bekomme nur Elterngeld, Unterhalt für Noah wäre also sehr wichtig. Eine Freundin hat mir gesagt, dass das Amt einen bei der Feststellung der Vaterschaft und beim Unterhalt unterstützen kann, ohne dass ich gleich einen Anwalt bezahlen muss. Das möchte ich hiermit beantragen. Bitte sagen Sie mir, welche Unterlagen Sie brauchen und ob ich dafür einen Termin bekomme. Die Geburtsurkunde von Noah lege ich in Kopie bei.

Viele Grüße
Melanie Jung
Tel. 0176 22819045

Anlage: Geburtsurkunde (Kopie)",
    ),
    (
        "rechnung-led-sitzungssaal",
        "20",
        "Elektro Kreuter GmbH
Elektroinstallation · Gebäudetechnik · Sicherheitsbeleuchtung
Industriestraße 12 · 56575 Weißenthurm
Tel. 02637 94110 · info@elektro-kreuter.de

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Rechnung Nr. 2026-1147
Rechnungsdatum: 30.10.2026
Kundennummer: 10233
Ihre Bestellung: BE-26-0612 vom 15.09.2026
Leistungszeitraum: 05.10.–23.10.2026
Leistungsort: Kreishaus, Bahnhofstraße 9, Koblenz

Sehr geehrte Damen und Herren,

für die in Ihrem Auftrag ausgeführten Arbeiten berechnen wir Ihnen wie folgt:

Pos. 1  LED-Einbaupanels 62 x 62 cm, 4000 K, 24 Stück à 98,20 €  =  2.356,80 €
Pos. 2  Notleuchten mit Einzelbatterie, 8 Stück à 132,00 €  =  1.056,00 €
Pos. 3  Demontage der Altleuchten im großen Sitzungssaal, Montage der Panels und Notleuchten, Prüfung nach DGUV V3, 38 Std. à 62,00 €  =  2.356,00 €
Pos. 4  Anfahrtspauschale, 3 x 45,00 €  =  135,00 €

Summe netto  5.903,80 €
zzgl. 19 % USt  1.121,72 €
Rechnungsbetrag  7.025,52 €

Wir bitten um Überweisung des Rechnungsbetrages innerhalb von 30 Tagen ohne Abzug auf das unten genannte Konto unter Angabe der Rechnungsnummer. Die Altleuchten wurden fachgerecht entsorgt, der Entsorgungsnachweis liegt bei. Das Aufmaß wurde am 23.10.2026 von Ihrem Hausmeister Herrn Lütz abgezeichnet. Für Rückfragen steht Ihnen Herr Kreuter gerne zur Verfügung. Wir bedanken uns für den Auftrag.

Mit freundlichen Grüßen
Elektro Kreuter GmbH
Jürgen Kreuter, Geschäftsführer

Bankverbindung: Volksbank RheinAhrEifel, IBAN DE41 5776 1591 0204 3318 00, BIC GENODED1BNA
Steuer-Nr. 22/650/1148/3 · Amtsgericht Koblenz HRB 21977

Anlagen: Aufmaß, Prüfprotokoll, Entsorgungsnachweis",
    ),
    (
        "gaststaette-uebernahme-polch",
        "32",
        "Dimitrios Papadopoulos
Bachstraße 4
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 9. Oktober 2026

Übernahme des Gasthauses „Zur Linde“ in Polch

Sehr geehrte Damen und Herren,

ich möchte zum 1. Januar 2027 das Gasthaus „Zur Linde“ in Polch übernehmen. Der jetzige Wirt, Herr Alfons Mäurer, hört nach 34 Jahren aus Altersgründen auf, den Pachtvertrag mit dem Eigentümer habe ich schon unterschrieben. Ich habe vorher acht Jahre in einem griechischen Restaurant in Koblenz gearbeitet, zuletzt als Küchenchef, habe aber selbst noch nie einen Betrieb geführt. Es soll weiter eine ganz normale Gaststätte mit Bier vom Fass, Wein und Essen bleiben, und im Sommer möchte ich den kleinen Biergarten hinter dem Haus wieder öffnen. Herr Mäurer sagt, seine Konzession kann ich nicht einfach übernehmen. Was muss ich bei Ihnen beantragen, und welche Unterlagen brauchen Sie von mir? Ich habe gehört, dass man ein Führungszeugnis und irgendeine Bescheinigung von der IHK braucht. Wie lange dauert das, damit ich am 1. Januar wirklich aufmachen kann? Über eine kurze Antwort oder einen Termin würde ich mich freuen.

Mit freundlichen Grüßen
Dimitrios Papadopoulos
Tel. 0151 40332718",
    ),
    (
        "autokran-dauererlaubnis",
        "36",
        "Kranservice Hilgers GmbH & Co. KG
Im Gewerbepark 8
56642 Kruft

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kruft, 26.10.2026

Antrag auf Dauererlaubnis und Ausnahmegenehmigung für unseren Autokran MYK-HK 500

Sehr geehrte Damen und Herren,

hiermit beantragen wir für unseren Autokran Liebherr LTM 1060 (amtl. Kennzeichen MYK-HK 500) eine Dauererlaubnis nach § 29 Abs. 3 StVO sowie die erforderliche Ausnahmegenehmigung nach § 70 StVZO für die Dauer von einem Jahr. Das Fahrzeug hat ein tatsächliches Gesamtgewicht von 48 t bei 4 Achsen, eine Breite von 2,75 m und eine Länge von 13,20 m, die Achslasten betragen jeweils 12 t. Eingesetzt wird der Kran überwiegend im Landkreis Mayen-Koblenz und in der Stadt Koblenz für Montagen auf Baustellen, im Hallenbau und bei Dachstuhlarbeiten. Unsere bisherige Erlaubnis (Bescheid vom 02.12.2025, Az. VE-1147/25) läuft am 1. Dezember 2026 aus. Da wir bereits feste Einsätze ab Anfang Dezember zugesagt haben, bitten wir um eine möglichst zügige Bearbeitung. Beigefügt sind die Zulassungsbescheinigung Teil I, das Gutachten nach § 70 StVZO und der Nachweis der Haftpflichtversicherung. Sollten Sie weitere Angaben benötigen, erreichen Sie unseren Disponenten Herrn Gerhards unter 02652 587013.

Mit freundlichen Grüßen
Kranservice Hilgers GmbH & Co. KG
ppa. Martina Hilgers

Anlagen: ZB I (Kopie), Gutachten, Versicherungsbestätigung",
    ),
    (
        "schafe-ohne-wasser-mertloch",
        "39",
        "Heinz-Josef Kolb
Maifeldstraße 30
56753 Mertloch

An die Kreisverwaltung
in Koblenz

Mertloch, 17.10.26

Betrifft Schafe bei Naunheim

Sehr geehrte Damen und Herren

ich gehe jeden Tag mit meinem Hund den Feldweg von Mertloch Richtung Naunheim. Dort auf der Weide rechts hinter dem Aussiedlerhof stehen seit ungefähr Mitte September ca. 30 Schafe. Die Wanne für das Wasser ist seit über einer Woche leer und umgekippt, einen Bach gibt es da keinen. Seit Dienstag liegt ein totes Schaf am Zaun, es ist schon aufgebläht und stinkt fürchterlich und die Krähen sind dran. Mehrere Tiere humpeln, die Wolle hängt ihnen in Fetzen runter und man sieht das sie ganz mager sind. Wem die Schafe gehören weiß hier im Ort keiner genau, einer meint ein Schäfer aus der Eifel. Ich habe ein paar Eimer Wasser über den Zaun gekippt, aber das kann ja keine Lösung sein. Bitte schicken Sie jemand vorbei bevor noch mehr Tiere verrecken.

Hochachtungsvoll
H.-J. Kolb
Tel 02654 / 7 12 38",
    ),
    (
        "schadstoffe-aus-dem-keller",
        "70",
        "Von: Wolfgang Lenz <wolfgang.lenz@online.de>
Gesendet: Freitag, 6. November 2026 11:32
Betreff: Alte Farben und Gift aus dem Keller – wohin damit?

Sehr geehrte Damen und Herren,

mein Vater ist im Sommer verstorben, und wir räumen gerade sein Haus in Kobern-Gondorf leer. Im Keller und in der Garage haben wir eine ganze Menge Zeug gefunden, bei dem wir nicht wissen, wohin damit: etwa 25 alte Farb- und Lackdosen, teilweise noch halb voll, mehrere Kanister mit Altöl und Frostschutz, Unkrautvernichtungsmittel und Rattengift, zum Teil noch aus den Siebzigern, dazu Leuchtstoffröhren und einen Karton alte Batterien. In die normale Tonne kann das ja wohl nicht. Wann und wo kommt das nächste Mal das Schadstoffmobil in unsere Gegend? Gibt es eine Höchstmenge, die man abgeben darf, oder muss man bei so viel vorher etwas anmelden? Wir würden das auch selbst irgendwohin bringen, wenn es eine feste Annahmestelle gibt. Für eine kurze Info wäre ich dankbar.

Mit freundlichen Grüßen
Wolfgang Lenz
Am Mühlbach 9
56330 Kobern-Gondorf",
    ),
    (
        "niederlassungserlaubnis-pflegefachfrau",
        "33",
        "Maricel Santos
Brauerstraße 14
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 5. November 2026

Antrag auf Niederlassungserlaubnis

Sehr geehrte Damen und Herren,

ich komme von den Philippinen und lebe seit März 2021 in Deutschland. Seit meiner Anerkennung als Pflegefachfrau im Jahr 2022 arbeite ich unbefristet im Krankenhaus in Mayen auf der inneren Station. Meine jetzige Aufenthaltserlaubnis ist noch bis 30. Juni 2027 gültig. Eine Kollegin hat mir erzählt, dass ich nach so vielen Jahren eine Niederlassungserlaubnis bekommen kann und dann nicht immer wieder verlängern muss. Ich habe inzwischen mehr als 60 Monate in die Rentenversicherung eingezahlt, das Deutschzertifikat B2 und den Test „Leben in Deutschland“ habe ich bestanden. Ich möchte deshalb die Niederlassungserlaubnis beantragen. Bitte sagen Sie mir, welche Unterlagen ich mitbringen muss und wann ich einen Termin bekommen kann. Ich arbeite im Wechseldienst, deshalb wäre es schön, wenn ich den Termin etwas früher wissen könnte.

Vielen Dank und freundliche Grüße
Maricel Santos",
    ),
    (
        "jugendliche-will-ausziehen-mayen",
        "JA-MY",
        "Von: Chiara W. <chiiaraa.w@gmx.de>
Gesendet: Montag, 2. November 2026 23:48
Betreff: brauche hilfe

hallo,

ich weiß nicht genau ob ich hier richtig bin aber auf ihrer seite stand das man sich bei problemen zuhause melden kann. ich heiße Chiara, bin 16 und wohne mit meiner mutter und ihrem freund in Mayen. seit er bei uns eingezogen ist gibt es jeden tag stress. er schreit mich an, beleidigt mich und letzte woche hat er mich so gegen den schrank geschubst das ich einen blauen fleck am arm hab. meine mutter sagt nur ich soll ihn nicht provozieren. ich schlafe gerade meistens bei meiner freundin aber ihre eltern sagen das geht nicht für immer. ich will da nicht mehr wohnen. gibt es sowas wie betreutes wohnen für jugendliche oder kann ich zu meinem vater? der wohnt aber in hamburg und ich will meine schule hier fertig machen (10. klasse). kann ich zu ihnen kommen ohne das meine mutter vorher gefragt wird? bitte melden sie sich auf meinem handy 0157 38441902, am besten nach 13 uhr wenn die schule aus ist.

Chiara Weber
Am Hasenfang 6
56727 Mayen",
    ),
    (
        "kreistag-livestream-anregung",
        "10",
        "Frank Ehlers
Am Königsstuhl 3
56321 Rhens

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Rhens, 22. Oktober 2026

Anregung an den Kreistag: Übertragung der Sitzungen im Internet

Sehr geehrte Damen und Herren,

ich bitte Sie, das folgende Anliegen an den Kreistag weiterzuleiten und es auf die Tagesordnung einer der nächsten Sitzungen zu setzen. Viele Bürgerinnen und Bürger interessieren sich durchaus dafür, was im Kreistag beraten und beschlossen wird, können aber an Sitzungen, die werktags um 15 Uhr in Koblenz beginnen, schlicht nicht teilnehmen. Ich selbst arbeite im Einzelhandel bis 19 Uhr und habe es in diesem Jahr nur einmal geschafft, als Zuhörer dabei zu sein. Zahlreiche andere Kreise und Städte übertragen ihre öffentlichen Sitzungen inzwischen als Livestream und stellen die Aufzeichnungen anschließend online. Die Kosten halten sich nach meinen Recherchen in Grenzen, und die Frage des Datenschutzes lässt sich über eine Einwilligung der Mitglieder lösen. Ich rege daher an, dass der Kreistag eine solche Übertragung prüft und darüber beschließt. Außerdem würde ich gern wissen, ob und wie ich als Einwohner in einer Sitzung selbst eine Frage dazu stellen kann. Über eine Nachricht, wann mein Anliegen behandelt wird, würde ich mich freuen.

Mit freundlichen Grüßen
Frank Ehlers",
    ),
    (
        "ladenlokal-zu-wohnung",
        "63",
        "Stefan und Carina Thelen
Lindenweg 3
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 28.10.2026

Umbau des ehemaligen Ladenlokals Marktstraße 14

Sehr geehrte Damen und Herren,

wir haben im Sommer das Haus Marktstraße 14 in Münstermaifeld gekauft. Im Erdgeschoss war früher ein Schreibwarengeschäft mit großem Schaufenster, das seit etwa sechs Jahren leer steht, oben sind zwei Wohnungen. Wir möchten das Ladenlokal zu einer kleinen barrierefreien Wohnung für meine Schwiegermutter umbauen. Dafür würde das Schaufenster durch zwei normale Fenster und eine Haustür ersetzt, innen kommen ein Bad und eine Trennwand dazu. Ein Bekannter meinte, dass man dafür einen Bauantrag braucht, weil aus einem Laden eine Wohnung wird, auch wenn sich von außen kaum etwas ändert. Stimmt das? Das Haus liegt mitten in der Altstadt, nicht weit von der Stiftskirche, müssen wir wegen Denkmalschutz noch etwas beachten? Brauchen wir einen Architekten, oder kann das auch ein Bauzeichner machen? Und müssen wir für die neue Wohnung einen Stellplatz nachweisen, obwohl es in der Altstadt gar keinen Platz dafür gibt? Wir wären dankbar für eine kurze Einschätzung, bevor wir Handwerker beauftragen.

Mit freundlichen Grüßen
Stefan Thelen",
    ),
    (
        "wohngemeinschaft-sohn-down-syndrom",
        "50",
        "Ursula und Bernd Kaiser
Tulpenweg 11
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 16. Oktober 2026

Unser Sohn Tobias Kaiser, geb. 03.05.2002 – Umzug in eine Wohngemeinschaft

Sehr geehrte Damen und Herren,

unser Sohn Tobias ist 24 Jahre alt und hat das Down-Syndrom. Er arbeitet seit sechs Jahren in einer Werkstatt für Menschen mit Behinderung und wohnt bisher bei uns. Er wünscht sich schon lange, wie seine Schwester auszuziehen, und wir werden auch nicht jünger, mein Mann ist 67 und hatte im Frühjahr einen Herzinfarkt. Ein freier Träger eröffnet im März 2027 in Weißenthurm eine Wohngemeinschaft für sechs junge Erwachsene mit Behinderung, mit Betreuung rund um die Uhr, und Tobias hat dort eine Zusage bekommen. Der Träger hat uns gesagt, dass wir für die Betreuungskosten einen Antrag beim Kreis stellen müssen, weil Tobias sie nicht selbst tragen kann. Er bekommt nur seinen Werkstattlohn und eine Erwerbsminderungsrente. Wir stellen hiermit für Tobias diesen Antrag. Wir sind seine gesetzlichen Betreuer, den Betreuerausweis legen wir bei. Bitte teilen Sie uns mit, welche Unterlagen noch fehlen und ob es vorher ein Gespräch mit Ihnen geben muss, damit bis März alles geregelt ist.

Mit freundlichen Grüßen
Ursula Kaiser     Bernd Kaiser

Anlagen: Betreuerausweis, Bestätigung des Trägers, Schwerbehindertenausweis (Kopie)",
    ),
    (
        "versicherung-regress-ast-kreisstrasse",
        "30",
        "Kölner Allgemeine Versicherungs-AG
Schaden-Service Kraftfahrt
Hohenzollernring 72
50672 Köln

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Köln, 4. November 2026

Schaden-Nr.: 47-KF-2026-0881934
Unser Versicherungsnehmer: Patrick Kurz, Kretz
Fahrzeug: VW Passat Variant, amtl. Kennzeichen MYK-PK 718
Schadentag: 14.09.2026
Regress nach § 86 VVG

Sehr geehrte Damen und Herren,

unser Versicherungsnehmer befuhr am 14.09.2026 gegen 17.20 Uhr die Kreisstraße zwischen Kretz und Kruft, als kurz hinter dem Ortsausgang Kretz ein großer Ast einer am Straßenrand stehenden Pappel abbrach und auf sein Fahrzeug fiel. Dach, Windschutzscheibe und Motorhaube wurden erheblich beschädigt, verletzt wurde glücklicherweise niemand. Die herbeigerufene Polizei hat den Vorfall aufgenommen. Nach den uns vorliegenden Lichtbildern war der Baum im Kronenbereich erkennbar abgestorben, was bei einer ordnungsgemäßen Baumkontrolle hätte auffallen müssen. Wir haben den Schaden aus der Vollkaskoversicherung in Höhe von 4.870,15 € abzüglich der vereinbarten Selbstbeteiligung von 300,00 € reguliert. Die Ersatzansprüche unseres Versicherungsnehmers sind in dieser Höhe gemäß § 86 VVG auf uns übergegangen. Als Träger der Straßenbaulast haben Sie die Verkehrssicherungspflicht für den Baumbestand an dieser Straße verletzt. Wir fordern Sie daher auf, den Betrag von 4.570,15 € bis zum 4. Dezember 2026 auf unser unten genanntes Konto zu überweisen. Sollten Sie einen Haftpflichtversicherer eingeschaltet haben, bitten wir um Weiterleitung und Mitteilung der dortigen Schadennummer. Kopien des Gutachtens, der Reparaturrechnung und der Lichtbilder fügen wir bei.

Mit freundlichen Grüßen
Kölner Allgemeine Versicherungs-AG
i. A. Yvonne Hensel
Schadenregulierung

Bankverbindung: Commerzbank Köln, IBAN DE19 3704 0044 0532 0130 00",
    ),
    (
        "tagesmutter-werden-kaltenengers",
        "51",
        "Von: Anna Lehnert <anna.lehnert@web.de>
Gesendet: Donnerstag, 29. Oktober 2026 14:05
Betreff: Tagesmutter werden – wie geht das?

Guten Tag,

ich überlege schon länger, mich als Tagesmutter selbstständig zu machen, und hoffe, dass Sie mir weiterhelfen können. Ich bin 34, gelernte Medizinische Fachangestellte und habe selbst zwei Kinder im Alter von 3 und 6 Jahren. Wir wohnen in Kaltenengers in einem Haus mit großem Garten, im Erdgeschoss hätten wir ein Spielzimmer und einen Schlafraum, die ich nur für die Betreuung nutzen würde. Ich könnte mir vorstellen, drei bis vier Kinder unter drei Jahren zu betreuen, vormittags und am frühen Nachmittag. Welche Ausbildung oder welchen Kurs brauche ich dafür, und wo findet der statt? Wie bekomme ich die Erlaubnis, und kommt vorher jemand zu uns nach Hause, um sich die Räume anzusehen? Außerdem würde mich interessieren, wie die Bezahlung geregelt ist, ob die Eltern mich direkt bezahlen oder ob das über Sie läuft. Gibt es vielleicht einen Infoabend für Interessierte? Ich freue mich auf Ihre Antwort.

Viele Grüße
Anna Lehnert
Im Rosengarten 8
56220 Kaltenengers
Tel. 0170 5932261",
    ),
    (
        "nebentaetigkeit-volkshochschule-abendkurs",
        "11",
        "Daniel Korb
Gartenstraße 19
56637 Plaidt

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz
– auf dem Dienstweg –

Plaidt, 13. Oktober 2026

Antrag auf Genehmigung einer Nebentätigkeit
Personalnummer 40817

Sehr geehrte Damen und Herren,

ich bin seit August 2019 als Verwaltungsfachangestellter bei der Kreisverwaltung beschäftigt, derzeit in Vollzeit mit 39 Wochenstunden. Die Volkshochschule Andernach hat mich gefragt, ob ich im Frühjahrssemester 2027 einen Kurs „Excel für Einsteiger“ übernehmen kann. Der Kurs umfasst zehn Abende, jeweils dienstags von 18.30 bis 20.45 Uhr, in der Zeit vom 9. Februar bis 20. April 2027. Das Honorar beträgt 25 Euro je Unterrichtsstunde, insgesamt also voraussichtlich 750 Euro. Die Tätigkeit findet ausschließlich außerhalb meiner Arbeitszeit statt und hat keinerlei Bezug zu meinen dienstlichen Aufgaben. Ich beantrage hiermit die Genehmigung dieser Nebentätigkeit. Mein Abteilungsleiter ist informiert und hat keine Einwände. Das Anfrageschreiben der Volkshochschule füge ich bei.

Mit freundlichen Grüßen
Daniel Korb

Anlage: Schreiben der VHS Andernach vom 01.10.2026",
    ),
    (
        "kraetze-kita-kettig",
        "53",
        "Kita Pusteblume
Schulstraße 6
56220 Kettig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kettig, 23.10.2026

Meldung: Krätze (Skabies) in unserer Einrichtung

Sehr geehrte Damen und Herren,

hiermit teilen wir Ihnen mit, dass in unserer Kita in den letzten zehn Tagen bei drei Kindern aus der Bärengruppe sowie bei einer Erzieherin vom Haut- bzw. Kinderarzt Krätze festgestellt wurde. Die betroffenen Kinder sind 2, 4 und 5 Jahre alt, die Kollegin ist krankgeschrieben und in Behandlung. Die Eltern aller 22 Kinder der Gruppe haben wir gestern schriftlich informiert. Kuscheltiere, Decken und die Verkleidungskiste haben wir weggeräumt, Textilien werden bei 60 Grad gewaschen. Unsicher sind wir, ob die Kontaktkinder vorsorglich mitbehandelt werden müssen und ab wann die erkrankten Kinder wieder in die Kita kommen dürfen. Einige Eltern fragen auch, ob wir die Gruppe schließen müssen. Wir bitten um kurzfristige Rückmeldung und Beratung, gern auch telefonisch. Eine Liste der betroffenen Personen liegt bei.

Mit freundlichen Grüßen
Birgit Sauerborn
Kita-Leitung
Tel. 02637 602814

Anlage: Namensliste (vertraulich)",
    ),
    (
        "umzug-neue-schuelerfahrkarte",
        "40",
        "Nadine Pauly
Römerstraße 27
56637 Plaidt

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Plaidt, 4. November 2026

Fahrkarte für meinen Sohn Luca Pauly, Klasse 7b

Sehr geehrte Damen und Herren,

wir sind zum 15. Oktober von Kruft nach Plaidt umgezogen. Mein Sohn Luca besucht weiterhin die 7. Klasse des Gymnasiums in Andernach. Bisher hatte er eine Fahrkarte für die Strecke Kruft – Andernach, die ja über Sie ausgestellt wurde. Jetzt fährt er ab Plaidt mit einer anderen Linie, und der Busfahrer hat ihm schon zweimal gesagt, dass die alte Karte dafür eigentlich nicht gilt. Bitte stellen Sie Luca eine neue Karte für die Strecke Plaidt – Andernach aus. Die neue Meldebescheinigung lege ich bei. Soll ich die alte Karte an Sie zurückschicken oder in der Schule abgeben? Bis die neue da ist, kaufe ich ihm Einzelfahrscheine – bekomme ich das Geld dafür zurück? Die Belege hebe ich auf.

Mit freundlichen Grüßen
Nadine Pauly

Anlage: Meldebescheinigung",
    ),
    (
        "kinderaerztin-kindeswohl-andernach",
        "JA-AND",
        "Kinder- und Jugendarztpraxis
Dr. med. Stefanie Brück
Koblenzer Straße 58
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 30.10.2026

– Vertraulich –
Mitteilung wegen Verdachts auf Gefährdung eines Kindes
Kind: Leon K., geb. 12.02.2022, wohnhaft Kantstraße 4, 56626 Andernach

Sehr geehrte Damen und Herren,

ich betreue den oben genannten Jungen seit seiner Geburt in meiner Praxis. Am 28.10.2026 wurde er von seiner Mutter wegen Husten vorgestellt. Bei der Untersuchung fielen mir mehrere Hämatome unterschiedlichen Alters am Rücken, an beiden Oberarmen und am Gesäß auf, die nach meiner Einschätzung nicht zu den Erklärungen der Mutter passen, er falle ständig hin. Das Kind war auffällig still und schreckhaft und ließ sich nur mit Mühe untersuchen. Außerdem hat er seit der letzten Vorsorgeuntersuchung an Gewicht verloren. Zwei vereinbarte Kontrolltermine wurden in den letzten Monaten nicht wahrgenommen. Ich habe die Mutter auf meine Sorge angesprochen und ihr Hilfsangebote genannt, sie reagierte jedoch abweisend und verließ rasch die Praxis. Da ich eine Gefährdung des Kindes nicht ausschließen kann, halte ich ein Tätigwerden Ihrer Fachkräfte für erforderlich. Fotodokumentation und Befundbericht stelle ich Ihnen auf Anforderung gern zur Verfügung. Für Rückfragen bin ich unter 02632 98 44 10 erreichbar.

Mit freundlichen Grüßen
Dr. med. Stefanie Brück
Fachärztin für Kinder- und Jugendmedizin",
    ),
    (
        "lieferant-neue-bankverbindung",
        "20",
        "Bürowelt Mittelrhein GmbH
August-Thyssen-Straße 15
56070 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 2. November 2026

Änderung unserer Bankverbindung
Ihre Kundennummer bei uns: 70412

Sehr geehrte Damen und Herren,

wir möchten Sie darüber informieren, dass sich unsere Bankverbindung ändert. Im Zuge der Zusammenlegung unserer Geschäftskonten wird unser bisheriges Konto bei der Sparkasse Koblenz zum 31. Dezember 2026 aufgelöst. Bitte überweisen Sie alle Zahlungen auf unsere Rechnungen ab dem 1. Dezember 2026 ausschließlich auf unser neues Konto:

Kontoinhaber: Bürowelt Mittelrhein GmbH
Bank: Volksbank Koblenz Mittelrhein
IBAN: DE62 5709 0000 0071 4402 88
BIC: GENODE51KOB

Bitte passen Sie Ihre Stammdaten entsprechend an. Zahlungen, die bis Ende Dezember noch auf dem alten Konto eingehen, werden automatisch weitergeleitet. Zu Ihrer Sicherheit: Diese Änderung teilen wir ausschließlich per Brief mit, bei Unklarheiten rufen Sie bitte unsere Buchhaltung unter der bekannten Nummer 0261 884170 an. Sollten Sie E-Mails mit abweichenden Bankdaten erhalten, handelt es sich um einen Betrugsversuch. Wir bedanken uns für die gute Zusammenarbeit.

Mit freundlichen Grüßen
Bürowelt Mittelrhein GmbH
Ralf Hürter, Geschäftsführer     Sandra Görgen, Buchhaltung",
    ),
    (
        "sportschuetze-umzug-waffenschrank",
        "32",
        "Rainer Faßbender
Kirchweg 2
56648 Saffig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Saffig, 19. Oktober 2026

Wohnsitzwechsel – Waffenbesitzkarten Nr. 0214/09 und 0733/14

Sehr geehrte Damen und Herren,

zum 1. Oktober 2026 bin ich von Koblenz-Metternich nach Saffig umgezogen. Ich bin seit 2009 Sportschütze und besitze zwei Waffenbesitzkarten, ausgestellt von der Stadt Koblenz. Eingetragen sind drei Kurzwaffen und zwei Langwaffen, die Einzelaufstellung ergibt sich aus den beigefügten Kopien. Waffen und Munition bewahre ich in meinem neuen Haus im Keller in einem Waffenschrank Widerstandsgrad I nach DIN EN 1143-1 auf, der fest mit dem Boden verschraubt ist. Der Kellerraum ist abschließbar und nur mir zugänglich. Hiermit zeige ich Ihnen den Umzug an und bitte um Übernahme meiner Unterlagen von der Stadt Koblenz sowie um Änderung der Anschrift in den Waffenbesitzkarten. Rechnung und Foto des Typenschilds des Waffenschranks lege ich bei. Falls Sie die Aufbewahrung vor Ort kontrollieren möchten, bin ich nach Absprache jederzeit erreichbar.

Mit freundlichen Grüßen
Rainer Faßbender

Anlagen: Kopien der Waffenbesitzkarten, Meldebescheinigung, Rechnung Waffenschrank, Fotos",
    ),
    (
        "kartenfuehrerschein-pflichtumtausch",
        "36",
        "Von: Thomas Gilles <t.gilles@gilles-bell.de>
Gesendet: Montag, 9. November 2026 07:55
Betreff: Umtausch Führerschein bis Januar 2027

Sehr geehrte Damen und Herren,

ich habe in der Zeitung gelesen, dass die Kartenführerscheine, die zwischen 2002 und 2004 ausgestellt wurden, bis zum 19. Januar 2027 umgetauscht werden müssen. Mein Führerschein ist vom Juli 2003, damals noch in Koblenz ausgestellt, ich wohne aber seit 2011 in Bell. Kann ich den Umtausch schriftlich bei Ihnen beantragen, oder muss ich persönlich vorbeikommen? Ich bin beruflich viel unterwegs und würde mir den Weg gern sparen. Welche Unterlagen brauchen Sie, reichen ein biometrisches Passbild und eine Kopie vom Personalausweis? Was kostet das, und wie lange dauert es, bis der neue Führerschein da ist? Darf ich in der Zwischenzeit weiterfahren, wenn ich den alten abgeben muss? Besten Dank vorab für Ihre Antwort.

Mit freundlichen Grüßen
Thomas Gilles
Hauptstraße 61
56745 Bell",
    ),
    (
        "hund-aus-rumaenien-adoptieren",
        "39",
        "Von: Katrin Nowak <katrin.nowak@gmx.net>
Gesendet: Sonntag, 25. Oktober 2026 18:20
Betreff: Hund aus Rumänien adoptieren – was müssen wir beachten?

Sehr geehrte Damen und Herren,

wir möchten über einen Tierschutzverein eine etwa zweijährige Hündin aus einem Tierheim in Rumänien adoptieren. Der Verein organisiert den Transport mit einem Kleinbus, Ankunft wäre voraussichtlich Ende November an einer Übergabestelle an der A 61. Laut Verein ist die Hündin gechipt, gegen Tollwut geimpft und hat einen EU-Heimtierausweis. Nun haben wir in der Presse mehrfach von illegalen Hundetransporten und gefälschten Impfpässen gelesen und wollen sichergehen, dass alles seine Richtigkeit hat. Welche Voraussetzungen müssen für die Einreise erfüllt sein, und wie lange muss die Tollwutimpfung vorher zurückliegen? Müssen wir den Hund nach der Ankunft bei Ihnen vorstellen, oder gibt es eine Quarantäne? Wer prüft, ob der Transport selbst ordnungsgemäß ist? Und sollten wir auf bestimmte Tests bestehen, zum Beispiel auf Mittelmeerkrankheiten? Wir freuen uns über eine kurze Auskunft.

Mit freundlichen Grüßen
Katrin und Michael Nowak
Brunnenweg 9
56332 Dieblich",
    ),
    (
        "abfallgebuehr-leerstehende-wohnung",
        "70",
        "Klaus-Dieter Mohr
Am Weinberg 4
56333 Winningen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Winningen, 10.11.2026

Gebührenbescheid Müllabfuhr 2026 – Objekt Hauptstraße 12, 56729 Kehrig
Objekt-Nr. 118207

Sehr geehrte Damen und Herren,

ich bin Eigentümer des Dreifamilienhauses Hauptstraße 12 in Kehrig. Für 2026 habe ich einen Bescheid über 1.086,00 € erhalten, berechnet für drei Haushalte. Die Wohnung im Obergeschoss steht aber seit dem Auszug der Mieter Ende April leer, weil sie komplett saniert wird (neue Leitungen, neues Bad, neue Böden). Dort fällt kein Hausmüll an, der Bauschutt geht über einen Container der Baufirma weg. Die dritte graue Tonne steht seitdem ungenutzt im Hof und wurde kein einziges Mal an die Straße gestellt. Ich bitte Sie, den Bescheid für die Zeit ab Mai entsprechend zu berichtigen und die Tonne bis zum Ende der Sanierung, voraussichtlich März 2027, abzumelden oder abholen zu lassen. Das Übergabeprotokoll der Wohnung liegt bei. Sobald die Wohnung wieder vermietet ist, melde ich mich selbstverständlich sofort.

Mit freundlichen Grüßen
Klaus-Dieter Mohr

Anlage: Kopie Wohnungsübergabeprotokoll vom 30.04.2026",
    ),
    (
        "ausbildung-geduldeter-afghane",
        "33",
        "Malerbetrieb Steffens GmbH
Malerarbeiten · Fassaden · Bodenbeläge
Industriestraße 31
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 7. Oktober 2026

Herr Ahmad Rahimi, geb. 11.06.2004 – Ausbildung zum Maler und Lackierer

Sehr geehrte Damen und Herren,

Herr Ahmad Rahimi aus Afghanistan hat im Sommer ein vierwöchiges Praktikum in unserem Betrieb gemacht und sich dabei sehr bewährt. Er ist pünktlich, fleißig und bei Kollegen und Kunden gleichermaßen beliebt. Wir möchten ihn deshalb zum 1. Februar 2027 als Auszubildenden zum Maler und Lackierer einstellen, der Ausbildungsvertrag ist unterschrieben und bei der Handwerkskammer Koblenz zur Eintragung eingereicht. Herr Rahimi wohnt in Mendig und hat nach unserem Kenntnisstand derzeit nur eine Duldung, die von Ihnen ausgestellt wurde. Er hat uns gesagt, dass er für die Ausbildung eine Erlaubnis von Ihnen braucht. Wir bitten deshalb um die Erlaubnis zur Aufnahme der Ausbildung und, soweit möglich, um eine Ausbildungsduldung, damit er die drei Jahre sicher bei uns beenden kann. Für uns als kleinen Betrieb ist es wichtig, planen zu können, denn wir finden seit Jahren kaum Nachwuchs. Herr Rahimi hat uns bevollmächtigt, uns in dieser Sache mit Ihnen in Verbindung zu setzen, die Vollmacht liegt bei. Was benötigen Sie noch von uns?

Mit freundlichen Grüßen
Malerbetrieb Steffens GmbH
Kurt Steffens, Malermeister

Anlagen: Ausbildungsvertrag (Kopie), Vollmacht, Kopie der Duldung",
    ),
    (
        "beglaubigung-zeugnisse-master",
        "10",
        "Von: Sophie Breitbach <sophie.breitbach@posteo.de>
Gesendet: Donnerstag, 5. November 2026 16:48
Betreff: Beglaubigte Kopien von Zeugnissen

Hallo,

ich bewerbe mich gerade für einen Masterstudiengang in Wien und soll bis zum 30. November amtlich beglaubigte Kopien meines Abiturzeugnisses und meines Bachelorzeugnisses einschicken. Ich habe gelesen, dass man Kopien auch bei der Kreisverwaltung beglaubigen lassen kann. Stimmt das, und brauche ich dafür einen Termin, oder kann ich einfach vorbeikommen? Ich studiere noch in Trier und bin nur am Wochenende und nächsten Freitag, den 13. November, zu Hause. Was kostet eine Beglaubigung pro Seite ungefähr? Mein Bachelorzeugnis hat vier Seiten plus eine Notenübersicht auf Englisch, geht das auch? Die Originale bringe ich natürlich mit.

Danke und viele Grüße
Sophie Breitbach
Fährstraße 3
56333 Winningen",
    ),
    (
        "nachbar-anbau-zu-nah",
        "63",
        "Helga und Werner Schuh
Nettestraße 21
56630 Kretz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kretz, 26. Oktober 2026

Anbau unseres Nachbarn direkt an unserer Grenze

Sehr geehrte Damen und Herren,

unser Nachbar auf dem Grundstück Nettestraße 23 baut seit etwa drei Wochen an sein Haus an. Inzwischen steht das Erdgeschoss, und man sieht, dass noch ein Obergeschoss draufkommen soll. Der Anbau ist nur ungefähr 1,20 Meter von unserer Grundstücksgrenze entfernt, wir haben es mit dem Zollstock nachgemessen. Die Wand wird über sechs Meter hoch und nimmt unserer Terrasse und dem Wohnzimmer ab Mittag die ganze Sonne. Uns hat niemand gefragt oder etwas unterschreiben lassen, und ein Bauschild haben wir auch nicht gesehen. Als wir den Nachbarn angesprochen haben, sagte er nur, das sei alles in Ordnung und gehe uns nichts an. Wir sind nicht streitsüchtig und haben 30 Jahre gut nebeneinander gewohnt, aber so geht das nicht. Wir bitten Sie zu prüfen, ob dieser Anbau genehmigt ist und ob der Abstand zu unserer Grenze eingehalten wird. Wenn nicht, bitten wir darum, dass die Arbeiten gestoppt werden, bevor das Obergeschoss steht. Fotos legen wir bei.

Mit freundlichen Grüßen
Helga Schuh     Werner Schuh

Anlage: 6 Fotos",
    ),
    (
        "betreuerin-hilfe-zur-pflege-ambulant",
        "50",
        "Claudia Schwarz
Berufsbetreuerin
Schlossstraße 28
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Sozialamt
Bahnhofstraße 9
56068 Koblenz

Koblenz, 9. November 2026

Antrag für Frau Hildegard Mertes, geb. 14.08.1938, Pellenzstraße 7, 56743 Mendig
Betreuungsgericht: Amtsgericht Mayen, Az. 7 XVII 312/24

Sehr geehrte Damen und Herren,

als gerichtlich bestellte Betreuerin von Frau Hildegard Mertes mit den Aufgabenkreisen Vermögenssorge, Gesundheitssorge und Vertretung gegenüber Behörden stelle ich hiermit für sie einen Antrag auf Übernahme der ungedeckten Pflegekosten. Frau Mertes lebt allein in ihrer Wohnung in Mendig und ist seit August 2026 in Pflegegrad 4 eingestuft. Sie wird dreimal täglich von einem ambulanten Pflegedienst versorgt, hinzu kommen eine hauswirtschaftliche Versorgung und eine nächtliche Rufbereitschaft durch eine Nachbarin. Die monatlichen Kosten des Pflegedienstes belaufen sich laut Kostenvoranschlag auf rund 3.150 Euro, von denen die Pflegekasse nur einen Teil übernimmt. Frau Mertes bezieht eine Witwenrente und eine eigene Rente von zusammen 1.284 Euro, ihre Ersparnisse sind bis auf den Schonbetrag aufgebraucht. Der Pflegedienst hat bereits angekündigt, die Versorgung ohne gesicherte Kostenübernahme nicht dauerhaft fortsetzen zu können. Ein Umzug ins Heim entspricht ausdrücklich nicht dem Wunsch von Frau Mertes und wäre auch nicht günstiger. Ich bitte um zeitnahe Bearbeitung und um Übersendung der erforderlichen Vordrucke.

Mit freundlichen Grüßen
Claudia Schwarz
Berufsbetreuerin

Anlagen: Betreuerausweis, Bescheid der Pflegekasse, Kostenvoranschlag des Pflegedienstes, Rentenbescheide (Kopien)",
    ),
    (
        "sorgeerklaerung-vor-geburt-mayen",
        "JA-MY",
        "Von: Lisa Hahn <lisa.hahn97@gmail.com>
Gesendet: Mittwoch, 11. November 2026 19:30
Betreff: Termin Vaterschaftsanerkennung und Sorgerecht

Hallo,

mein Freund und ich erwarten im Januar 2027 unser erstes Kind, errechneter Termin ist der 18.01. Wir sind nicht verheiratet und wollen das auch erst mal nicht, aber Marco soll von Anfang an als Vater eingetragen sein, und wir möchten beide das Sorgerecht haben. Unsere Hebamme hat gesagt, das kann man schon vor der Geburt beurkunden lassen, und beim Amt kostet es nichts. Wir wohnen zusammen in Mayen. Können wir dafür einen Termin bekommen, am liebsten noch im Dezember, bevor es zu knapp wird? Marco arbeitet Spätschicht, Termine am Vormittag wären für ihn besser. Was müssen wir mitbringen? Mutterpass und Ausweise haben wir, Marco ist aber Italiener, braucht er noch extra Papiere?

Liebe Grüße
Lisa Hahn und Marco Esch
Bürresheimer Straße 40
56727 Mayen
Tel. 0160 91773208",
    ),
    (
        "anwalt-steinschlag-freischneider",
        "30",
        "Rechtsanwälte Dr. Vogt, Albers & Partner mbB
Löhrrondell 3
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 3. November 2026
Unser Zeichen: 612/26 AL/ks

Petra Ackermann ./. Landkreis Mayen-Koblenz
Schadensersatz wegen Beschädigung des Pkw KO-PA 2211 am 23.09.2026

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau Petra Ackermann, Jahnstraße 8, 56575 Weißenthurm, mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat, eine auf uns lautende Vollmacht ist beigefügt. Unsere Mandantin hatte am 23.09.2026 gegen 10.15 Uhr ihr Fahrzeug ordnungsgemäß auf dem Parkplatz der Berufsbildenden Schule in Andernach abgestellt, deren Schulträger der Landkreis ist. Zur selben Zeit mähte der Hausmeister der Schule mit einem Freischneider den Grünstreifen unmittelbar neben den Stellplätzen, ohne die Fahrzeuge zu schützen oder Schutzwände aufzustellen. Dabei wurde ein Stein hochgeschleudert, der die Heckscheibe des Fahrzeugs zerstörte, zahlreiche weitere Steinschläge beschädigten den Lack der linken Fahrzeugseite. Der Vorfall wurde von zwei Zeugen beobachtet, deren Namen wir Ihnen auf Anforderung mitteilen. Der Hausmeister hat den Hergang gegenüber unserer Mandantin noch vor Ort eingeräumt.

Wir machen namens unserer Mandantin geltend:
Reparaturkosten laut Kostenvoranschlag  1.936,40 €
Kostenpauschale  25,00 €
Summe  1.961,40 €

Der Landkreis haftet für das Verschulden seines Bediensteten. Wir fordern Sie auf, den Betrag bis zum 24. November 2026 auf unser Anderkonto zu überweisen und unsere außergerichtlichen Kosten zu übernehmen. Sollte die Sache Ihrem Haftpflichtversicherer vorliegen, bitten wir um Weiterleitung. Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, Klage zu erheben.

Mit freundlichen Grüßen
Dr. Anja Albers
Rechtsanwältin

Anlagen: Vollmacht, Kostenvoranschlag, Lichtbilder",
    ),
    (
        "umgang-sohn-blockiert-bendorf",
        "51",
        "Patrick Lorenz
Engerser Straße 15
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 29. Oktober 2026

Kontakt zu meinem Sohn Ben Lorenz, geb. 21.03.2019

Sehr geehrte Damen und Herren,

ich wende mich an Sie, weil ich nicht mehr weiterweiß. Meine frühere Partnerin und ich haben uns vor zwei Jahren getrennt, unser Sohn Ben lebt seitdem bei ihr in Vallendar. Wir haben das gemeinsame Sorgerecht. Bis zum Sommer war Ben jedes zweite Wochenende bei mir, und wir hatten immer eine gute Zeit zusammen. Seit den Sommerferien blockt seine Mutter jeden Kontakt ab, angeblich weil Ben nach den Besuchen immer so aufgedreht sei. Am Telefon darf ich ihn auch nicht mehr sprechen, und meine Nachrichten werden nicht beantwortet. Ben hat mich vorher nie abgelehnt, im Gegenteil. Ich will keinen Krieg vor Gericht, das wäre für Ben das Schlimmste. Ich bitte Sie deshalb, ein gemeinsames Gespräch mit seiner Mutter zu vermitteln, damit wir eine feste Regelung finden. Wenn das nicht möglich ist, möchte ich wissen, wie ich weiter vorgehen kann. Ich bin unter 0171 2559418 jederzeit erreichbar.

Mit freundlichen Grüßen
Patrick Lorenz",
    ),
    (
        "ruhestand-auf-antrag-amtsrat",
        "11",
        "Michael Berens
Moselstraße 44
56332 Lehmen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Lehmen, 16. November 2026

Antrag auf Versetzung in den Ruhestand
Personalnummer 10392

Sehr geehrte Damen und Herren,

ich bin seit dem 1. September 1982 bei der Kreisverwaltung tätig, zunächst als Anwärter, seit 1985 als Beamter, derzeit als Amtsrat. Am 4. Mai 2027 vollende ich mein 64. Lebensjahr. Hiermit beantrage ich, mich mit Ablauf des 31. Mai 2027 auf eigenen Antrag in den Ruhestand zu versetzen. Mir ist bewusst, dass dies mit einem Versorgungsabschlag verbunden ist. Damit ich meine Entscheidung endgültig absichern kann, bitte ich vorab um eine Auskunft über die Höhe meines voraussichtlichen Ruhegehalts und des Abschlags, gegebenenfalls über die Versorgungskasse. Außerdem bitte ich um Mitteilung, wie mit meinem Resturlaub aus 2026 und 2027 verfahren wird. Über einen Gesprächstermin würde ich mich freuen.

Mit freundlichen Grüßen
Michael Berens",
    ),
    (
        "bleileitungen-trinkwasser-baby",
        "53",
        "Von: Svenja Marx <svenja.marx@web.de>
Gesendet: Dienstag, 3. November 2026 10:14
Betreff: Bleileitungen im Haus – Trinkwasser für unser Baby

Sehr geehrte Damen und Herren,

wir wohnen seit Juli zur Miete in einem Altbau von 1928 in Ettringen. Bei einer Reparatur hat uns der Installateur letzte Woche darauf hingewiesen, dass die Wasserleitungen im Keller und im Treppenhaus noch aus Blei sind. Unsere Tochter ist fünf Monate alt, und wir haben ihr Fläschchen bisher mit Leitungswasser zubereitet. Seitdem kaufen wir nur noch Wasser in Flaschen, aber zum Kochen und Zähneputzen nehmen wir natürlich weiter das Leitungswasser. Unser Vermieter sagt, das Wasser sei einwandfrei, weil das Wasserwerk es ja prüft, und ein Austausch der Leitungen sei viel zu teuer. Wir sind sehr beunruhigt. Können Sie das Wasser in unserer Wohnung untersuchen lassen oder uns sagen, wo wir eine Probe abgeben können? Kann man den Vermieter verpflichten, die Leitungen zu erneuern? Und sollten wir unsere Tochter vorsorglich untersuchen lassen?

Mit freundlichen Grüßen
Svenja und Tim Marx
Kirchstraße 5
56729 Ettringen",
    ),
    (
        "schulweg-landstrasse-aussiedlerhof",
        "40",
        "Andrea und Stefan Retterath
Hardthof 1
56745 Rieden

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Rieden, 12. Oktober 2026

Beförderung unserer Tochter Mia Retterath, Klasse 1

Sehr geehrte Damen und Herren,

unsere Tochter Mia ist im August eingeschult worden und besucht die Grundschule im Ort. Wir wohnen auf unserem landwirtschaftlichen Hof außerhalb des Dorfes, der Weg bis zur Schule ist etwa 1,7 Kilometer lang. Uns wurde gesagt, dass Grundschüler erst ab zwei Kilometern mitgenommen werden. Der einzige Weg ins Dorf führt aber über die Landstraße, auf der es keinen Gehweg und keinen Randstreifen gibt, nur einen Graben, und Autos und Traktoren fahren dort schnell. Im Winter ist es morgens um halb acht noch stockdunkel, Beleuchtung gibt es keine. Der Feldweg als Alternative ist bei Regen völlig aufgeweicht und führt durch ein Waldstück. Bisher fahren wir Mia jeden Tag selbst, aber während der Ernte und wenn ich früh zur Arbeit muss, geht das nicht. Wir halten den Weg für ein sechsjähriges Kind für zu gefährlich und bitten darum, dass Mia trotz der kürzeren Strecke mit dem Bus fahren darf oder anders gebracht wird. Der Bus aus Richtung Volkesfeld fährt übrigens direkt an unserer Hofeinfahrt vorbei. Fotos vom Weg legen wir bei.

Mit freundlichen Grüßen
Andrea und Stefan Retterath",
    ),
    (
        "sohn-schwaenzt-eltern-am-ende",
        "JA-AND",
        "Birgit Hammes
Am Weiher 12
56626 Andernach-Miesenheim

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 10. November 2026

Sehr geehrte Damen und Herren,

ich schreibe Ihnen wegen unseres Sohnes Kevin, 15 Jahre. Seit ungefähr einem halben Jahr erkennen wir ihn nicht wieder. Er geht kaum noch zur Schule, die Klassenlehrerin hat uns schon mehrmals angerufen und zu Gesprächen eingeladen. Nachts ist er oft bis drei oder vier Uhr unterwegs, mit älteren Jungs, von denen wir nichts wissen. Letzten Monat hat ihn die Polizei nach Hause gebracht, weil er betrunken am Bahnhof saß. Wenn wir Grenzen setzen wollen, rastet er aus, schreit, tritt gegen Türen, und neulich hat er seinen Vater weggestoßen. Mein Mann und ich arbeiten beide Vollzeit und sind mit unserer Kraft am Ende. Wir wollen unseren Sohn nicht aufgeben, aber allein schaffen wir das nicht mehr. Gibt es Hilfe, zum Beispiel jemanden, der sich um Kevin kümmert und mit ihm redet, oder eine Beratung für uns als Eltern? Bitte melden Sie sich bei uns, gerne auch abends.

Mit freundlichen Grüßen
Birgit Hammes
Tel. 02632 497120",
    ),
    (
        "doppelt-ueberwiesen-erstattung",
        "20",
        "Ralf Zimmer
Im Bungert 6
56729 Boos

Kreisverwaltung Mayen-Koblenz
– Kreiskasse –
Bahnhofstraße 9
56068 Koblenz

Boos, 21. Oktober 2026

Kassenzeichen 6.0211.304877.4 – doppelte Zahlung

Sehr geehrte Damen und Herren,

Sie haben mir mit Schreiben vom 30. September 2026 unter dem oben genannten Kassenzeichen einen Betrag von 145,00 € in Rechnung gestellt. Diesen Betrag habe ich am 5. Oktober von unserem gemeinsamen Girokonto überwiesen. Leider hat meine Frau, die sich sonst bei uns um die Post kümmert, das Schreiben ebenfalls gesehen und am 8. Oktober noch einmal 145,00 € überwiesen, ohne dass wir uns abgesprochen haben. Der Betrag ist also zweimal bei Ihnen eingegangen, die Kontoauszüge lege ich in Kopie bei. Ich bitte Sie, die zu viel gezahlten 145,00 € auf unser Konto zurückzuüberweisen:

Kontoinhaber: Ralf und Monika Zimmer
IBAN: DE08 5705 0120 0030 2244 15

Eine Verrechnung mit künftigen Forderungen möchte ich nicht. Vielen Dank.

Mit freundlichen Grüßen
Ralf Zimmer

Anlage: 2 Kontoauszüge (Kopie)",
    ),
    (
        "listenhund-aus-tierheim",
        "32",
        "Dennis Kurth
Rheinstraße 77
56220 Urmitz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Urmitz, 18.10.2026

Hallo,

ich will mir einen Hund aus dem Tierheim holen, einen American Staffordshire Terrier, Rüde, 3 Jahre alt, er heißt Rocky. Ich war jetzt schon fünfmal mit ihm spazieren, und er ist super lieb, auch mit anderen Hunden. Im Tierheim haben sie mir gesagt, dass der Hund in Rheinland-Pfalz als gefährlich gilt und ich ihn erst mitnehmen darf, wenn ich von Ihnen eine Erlaubnis habe. Was muss ich dafür alles machen? Ich habe was von Wesenstest, Sachkundeprüfung, Führungszeugnis und extra Versicherung gehört. Muss er auch einen Maulkorb tragen, wenn er den Test bestanden hat? Ich wohne in einem Haus mit Garten, der Zaun ist 1,50 m hoch, reicht das? Wie lange dauert das ungefähr? Das Tierheim hält ihn mir nur bis Ende November frei. Ich bin 26, arbeite als Lagerist und habe keine Vorstrafen.

Danke für eine schnelle Antwort!
Dennis Kurth
Tel. 0152 23896104",
    ),
];
