//! Letters for the held-out routing test: written for it by someone who saw neither the routing
//! rules nor the departments' topic words (`config/`), only the departments' names and tasks.
//! Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT: &[(&str, &str, &str)] = &[
    (
        "beschwerde-unfreundlich-empfang",
        "10",
        "Helga Brenner
Kirchstraße 14
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 4. November 2026

Beschwerde über die Behandlung am Eingang des Kreishauses

Sehr geehrte Damen und Herren,

am Montag, den 2. November, war ich gegen 10 Uhr bei Ihnen im Haus, weil ich wissen wollte, welches Zimmer für mein Anliegen zuständig ist. Die Dame an der Information hat mich nicht einmal angesehen, weiter telefoniert und mir dann nur gesagt, ich solle „halt oben fragen“. Als ich nachfragte, wurde sie laut.

Ich bin 78 Jahre alt und gehbehindert. Ich erwarte von einer Behörde, dass man freundlich Auskunft gibt und nicht die Leute im Haus herumschickt. Ich bitte Sie, dieses Verhalten mit der Mitarbeiterin zu besprechen, und hätte gerne eine kurze Antwort.

Mit freundlichen Grüßen

Helga Brenner",
    ),
    (
        "regenschirm-und-schal-vergessen",
        "10",
        "Tobias Lemmer
Am Sonnenhang 3
56299 Ochtendung

An die
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 12.11.2026

Hallo,

ich war letzten Donnerstag bei Ihnen im Gebäude und habe im Wartebereich im Erdgeschoss meine Tasche liegen lassen. Es ist eine braune Umhängetasche aus Leder, darin ein grauer Wollschal, ein Regenschirm und ein Notizbuch mit meinem Namen vorne drin.

Ist die Tasche bei Ihnen abgegeben worden? Wenn ja, wann kann ich sie abholen und muss ich etwas mitbringen?

Danke und Gruß
Tobias Lemmer
Tel. 02625 44871",
    ),
    (
        "antrag-ehrenamtskarte-tafel",
        "10",
        "Marianne Scholl
Bachstraße 22
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 18. November 2026

Antrag auf Ausstellung der Ehrenamtskarte Rheinland-Pfalz

Sehr geehrte Damen und Herren,

seit nunmehr sechs Jahren engagiere ich mich wöchentlich etwa acht Stunden bei der Tafel in Münstermaifeld (Ausgabe und Fahrdienst). Die Vorsitzende des Vereins hat mir geraten, die Karte zu beantragen.

Anbei übersende ich Ihnen das ausgefüllte Antragsformular, die Bestätigung des Vereins über Umfang und Dauer meiner Tätigkeit sowie ein Passbild.

Für Rückfragen stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen

Marianne Scholl

Anlagen: Antrag, Bestätigung Tafel Maifeld e.V., Passbild",
    ),
    (
        "bewerbung-ausbildung-verwaltung",
        "11",
        "Lena Hoffmann
Goethestraße 7
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 3. November 2026

Bewerbung um einen Ausbildungsplatz zur Verwaltungsfachangestellten ab August 2027
Ihre Stellenausschreibung auf der Homepage

Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung gelesen und bewerbe mich hiermit um einen Ausbildungsplatz. Zurzeit besuche ich die 12. Klasse der Höheren Berufsfachschule Wirtschaft in Mayen und werde die Schule im Sommer 2027 abschließen.

Während eines zweiwöchigen Schnupperpraktikums im Rathaus meiner Heimatgemeinde habe ich gemerkt, wie abwechslungsreich die Arbeit in der Verwaltung ist. Besonders der Kontakt mit Bürgerinnen und Bürgern hat mir Freude gemacht. Ich arbeite gerne sorgfältig, bin zuverlässig und im Umgang mit Word und Excel sicher.

Über eine Einladung zu einem Vorstellungsgespräch freue ich mich sehr.

Mit freundlichen Grüßen

Lena Hoffmann

Anlagen: Lebenslauf, letzte zwei Zeugnisse, Praktikumsbescheinigung",
    ),
    (
        "bitte-um-arbeitszeugnis",
        "11",
        "Dirk Weinand
Hauptstraße 101
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 9.11.2026

Mein Arbeitsverhältnis bis 30.09.2026 – qualifiziertes Zeugnis

Sehr geehrte Damen und Herren,

ich war vom 1. März 2019 bis zum 30. September 2026 bei Ihnen als Sachbearbeiter beschäftigt. Bei meinem Ausscheiden wurde mir zugesagt, dass mir das Zeugnis zugeschickt wird. Bis heute habe ich leider nichts erhalten.

Da ich mich derzeit bewerbe und das Zeugnis dringend brauche, bitte ich Sie, mir ein qualifiziertes Arbeitszeugnis, das auch Leistung und Verhalten beurteilt, bis spätestens 30. November 2026 zuzusenden.

Vielen Dank im Voraus.

Mit freundlichen Grüßen
Dirk Weinand",
    ),
    (
        "elternzeit-und-teilzeit-mitarbeiterin",
        "11",
        "Sarah Pütz
Rheinstraße 45
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 16. November 2026

Antrag auf Elternzeit sowie Teilzeitbeschäftigung während der Elternzeit

Sehr geehrte Damen und Herren,

mein Sohn Jonas wurde am 28. Oktober 2026 geboren. Die Mutterschutzfrist endet am 23. Dezember 2026.

Hiermit nehme ich für die Zeit vom 24. Dezember 2026 bis zum 27. Oktober 2028 Elternzeit in Anspruch. Ab dem 1. November 2027 möchte ich während der Elternzeit mit 19,5 Wochenstunden an meinem bisherigen Arbeitsplatz weiterarbeiten, verteilt auf Montag bis Mittwoch.

Eine Kopie der Geburtsurkunde füge ich bei. Bitte bestätigen Sie mir den Eingang und die Zeiträume schriftlich.

Mit freundlichen Grüßen

Sarah Pütz
Personalnummer 40718",
    ),
    (
        "rechnung-bueromoebel",
        "20",
        "Möbelwerk Rhein-Mosel GmbH
Industriestraße 12
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 05.11.2026

Rechnung Nr. RM-2026-1187
Ihre Bestellung vom 14.10.2026, Bestellnummer 2026/0932

Sehr geehrte Damen und Herren,

für die am 29.10.2026 gelieferten und montierten Artikel stellen wir Ihnen in Rechnung:

12 Stück Schreibtisch höhenverstellbar, 160 x 80 cm, je 689,00 EUR = 8.268,00 EUR
12 Stück Bürodrehstuhl Modell Ergo, je 412,00 EUR = 4.944,00 EUR
Montagepauschale = 350,00 EUR

Nettobetrag 13.562,00 EUR
zzgl. 19 % USt. 2.576,78 EUR
Gesamtbetrag 16.138,78 EUR

Zahlbar innerhalb von 30 Tagen ohne Abzug. Bitte geben Sie bei der Überweisung die Rechnungsnummer an.

Mit freundlichen Grüßen
Möbelwerk Rhein-Mosel GmbH
i. A. Petra Krämer, Buchhaltung",
    ),
    (
        "zweite-mahnung-it-wartung",
        "20",
        "NetSys Koblenz IT-Service UG
Löhrstraße 88
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 19. November 2026

2. Mahnung – Rechnung Nr. 26-0451 vom 15.08.2026

Sehr geehrte Damen und Herren,

leider konnten wir trotz unserer Zahlungserinnerung vom 1. Oktober 2026 bis heute keinen Zahlungseingang für die oben genannte Rechnung feststellen. Es handelt sich um die Wartung der Netzwerktechnik im Juli 2026 über 2.380,00 EUR brutto.

Sollte sich die Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Andernfalls bitten wir um Ausgleich des offenen Betrages zuzüglich 5,00 EUR Mahngebühr bis zum 3. Dezember 2026.

Nach Ablauf dieser Frist sehen wir uns leider gezwungen, weitere Schritte einzuleiten.

Mit freundlichen Grüßen
Frank Görgen
Geschäftsführer",
    ),
    (
        "ratenzahlung-kassenzeichen",
        "20",
        "Kevin Schäfer
Koblenzer Straße 30
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Kreiskasse
Bahnhofstraße 9
56068 Koblenz

Mayen, 10.11.2026

Kassenzeichen 5.0211.084417.3

Sehr geehrte Damen und Herren,

ich habe Ihre Zahlungsaufforderung über 640,00 Euro erhalten. Den Betrag kann ich leider nicht auf einmal bezahlen, weil ich seit September arbeitslos bin und erst im Januar eine neue Stelle antrete.

Ich bitte Sie deshalb, mir zu erlauben, den Betrag in monatlichen Raten von 80 Euro zu zahlen, beginnend ab 1. Dezember. Wenn das nicht geht, wäre ich auch für eine Stundung bis Februar 2027 dankbar. Bitte keine Vollstreckung, ich will das ja bezahlen.

Mit freundlichen Grüßen
Kevin Schäfer",
    ),
    (
        "vg-koblenz-ladung-muendliche-verhandlung",
        "30",
        "Verwaltungsgericht Koblenz
Deinhardpassage 1
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 6. November 2026

Aktenzeichen: 4 K 812/26.KO

In der Verwaltungsrechtssache
Hans-Peter Lauer, Mendig – Kläger –
gegen
Landkreis Mayen-Koblenz, vertreten durch den Landrat – Beklagter –

Ladung zur mündlichen Verhandlung

Sehr geehrte Damen und Herren,

in der oben bezeichneten Sache wird Termin zur mündlichen Verhandlung bestimmt auf

Donnerstag, den 10. Dezember 2026, 10:30 Uhr, Sitzungssaal 1, Erdgeschoss.

Das persönliche Erscheinen eines mit der Sache vertrauten Vertreters des Beklagten wird angeordnet. Es wird darauf hingewiesen, dass beim Ausbleiben eines Beteiligten auch ohne ihn verhandelt und entschieden werden kann.

Die Verwaltungsvorgänge sind, soweit noch nicht geschehen, bis zum 25. November 2026 vorzulegen.

Auf Anordnung
Weiler, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle",
    ),
    (
        "anwalt-vertretung-akteneinsicht",
        "30",
        "Dr. Becker & Kollegen
Rechtsanwälte
Mainzer Straße 52
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 13.11.2026

Unser Zeichen: 418/26 Ri
Ihr Bescheid vom 14.10.2026 gegenüber Frau Anja Ritter, Polch

Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir die rechtlichen Interessen von Frau Anja Ritter, Pellenzstraße 9, 56751 Polch, vertreten. Eine auf uns lautende Vollmacht liegt in Kopie bei.

Gegen den oben bezeichneten Bescheid wurde namens und im Auftrag unserer Mandantin fristgerecht Widerspruch eingelegt. Zur Begründung des Widerspruchs beantragen wir zunächst Einsicht in die vollständige Verwaltungsakte. Wir bitten darum, uns die Akte für drei Tage in unsere Kanzlei zu übersenden; die Rücksendung wird anwaltlich versichert.

Die Begründung wird binnen zwei Wochen nach Akteneinsicht nachgereicht. Wir bitten, künftige Korrespondenz ausschließlich mit uns zu führen.

Mit freundlichen Grüßen

Dr. Michael Becker
Rechtsanwalt",
    ),
    (
        "urteil-zustellung-verwaltungsgericht",
        "30",
        "Verwaltungsgericht Koblenz
– Geschäftsstelle der 1. Kammer –
Deinhardpassage 1
56068 Koblenz

Gegen Empfangsbekenntnis
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 20. November 2026

1 K 377/26.KO

Sehr geehrte Damen und Herren,

in dem Verfahren Familie Özdemir ./. Landkreis Mayen-Koblenz wird Ihnen anliegend eine Ausfertigung des Urteils vom 17. November 2026 zugestellt.

Die Rechtsmittelbelehrung ist dem Urteil beigefügt. Gegen das Urteil kann innerhalb eines Monats nach Zustellung die Zulassung der Berufung beantragt werden.

Bitte senden Sie das beigefügte Empfangsbekenntnis unterschrieben und mit Datum versehen umgehend zurück.

Mit freundlichen Grüßen
Schmitz
Justizhauptsekretärin",
    ),
    (
        "laerm-kneipe-mendig-nachts",
        "32",
        "Ralf und Gisela Nett
Marktplatz 6
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 8. November 2026

Ruhestörung durch die Gaststätte „Zum Vulkan“, Marktplatz 4

Sehr geehrte Damen und Herren,

wir wohnen direkt neben der Gaststätte „Zum Vulkan“. Seit der neue Pächter im Sommer übernommen hat, ist an Schlaf am Wochenende nicht mehr zu denken. Freitags und samstags läuft bis nach 3 Uhr morgens laute Musik, die Gäste stehen zum Rauchen vor der Tür, grölen und knallen mit Autotüren.

Wir haben den Wirt mehrfach angesprochen, er lacht nur und sagt, er dürfe das. Stimmt das? Gibt es keine Sperrstunde mehr? Die Polizei war zweimal da, danach ging es eine halbe Stunde, dann wieder dasselbe.

Wir bitten Sie dringend, das zu überprüfen und dafür zu sorgen, dass die Nachtruhe eingehalten wird. Eine Liste mit Daten und Uhrzeiten fügen wir bei.

Mit freundlichen Grüßen
Ralf Nett   Gisela Nett",
    ),
    (
        "feuerwerk-hochzeit-genehmigung",
        "32",
        "Pyrotechnik Eifelfunken GbR
Im Gewerbepark 17
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 2. November 2026

Anzeige eines Feuerwerks der Kategorie F4 / Ausnahmegenehmigung

Sehr geehrte Damen und Herren,

im Auftrag des Brautpaares Klein/Weber beabsichtigen wir am Samstag, 28. November 2026, gegen 21:30 Uhr ein Höhenfeuerwerk von ca. 8 Minuten Dauer auf dem Gelände des Hofguts Wernerseck bei Ochtendung abzubrennen.

Verantwortlicher Feuerwerker ist Herr Stefan Morsch, Befähigungsschein nach § 20 SprengG liegt bei. Ebenfalls beigefügt sind ein Lageplan mit Abbrennplatz und Sicherheitsabständen, die Einverständniserklärung des Grundstückseigentümers und der Nachweis der Haftpflichtversicherung.

Wir bitten um Erteilung der erforderlichen Genehmigung und stehen für Rückfragen jederzeit zur Verfügung.

Mit freundlichen Grüßen
Stefan Morsch",
    ),
    (
        "jagdschein-verlaengerung",
        "32",
        "Bernd Zils
Auf der Hohl 11
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 21.11.2026

Sehr geehrte Damen und Herren,

mein Jahresjagdschein läuft am 31. März 2027 ab. Ich möchte ihn für weitere drei Jagdjahre verlängern lassen.

Anbei erhalten Sie meinen bisherigen Jagdschein in Kopie sowie die Bestätigung meiner Jagdhaftpflichtversicherung. Bitte teilen Sie mir mit, welche Gebühr anfällt und ob ich den Schein persönlich abholen muss. Meine Waffenbesitzkarte hat sich nicht geändert.

Waidmannsheil und freundliche Grüße

Bernd Zils",
    ),
    (
        "verlaengerung-aufenthalt-studium",
        "33",
        "Nguyen Thi Mai
Hillerstraße 5
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 5. November 2026

Verlängerung meines Aufenthaltstitels

Sehr geehrte Damen und Herren,

ich bin vietnamesische Staatsangehörige und studiere an der WHU in Vallendar im Masterstudiengang. Mein Aufenthaltstitel zum Zweck des Studiums ist gültig bis 15. Dezember 2026. Mein Studium dauert noch bis Herbst 2027.

Ich bitte um einen Termin zur Verlängerung. Ich habe Immatrikulationsbescheinigung, Nachweis über Sperrkonto, Krankenversicherung und Mietvertrag. Leider bekomme ich online keinen Termin, deshalb schreibe ich diesen Brief.

Vielen Dank für Ihre Hilfe.

Mit freundlichen Grüßen
Nguyen Thi Mai",
    ),
    (
        "einladung-eltern-aus-tuerkei",
        "33",
        "Emre Yıldız
Koblenzer Straße 77
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 11.11.2026

Besuch meiner Eltern

Guten Tag,

meine Eltern wohnen in Kayseri in der Türkei und möchten uns im Frühjahr 2027 für ungefähr sechs Wochen besuchen, weil unser zweites Kind geboren wird. Die deutsche Botschaft verlangt für das Visum, dass ich unterschreibe, dass ich für alle Kosten aufkomme.

Was muss ich dafür mitbringen? Reichen die letzten drei Gehaltsabrechnungen und der Mietvertrag? Ich arbeite Vollzeit bei einer Spedition in Koblenz. Bitte geben Sie mir einen Termin, am besten nachmittags.

Vielen Dank
Emre Yıldız",
    ),
    (
        "einbuergerung-nach-acht-jahren",
        "33",
        "Olena Kovalenko
Brückenstraße 3
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 17. November 2026

Anfrage zur Einbürgerung

Sehr geehrte Damen und Herren,

ich lebe seit 2018 in Deutschland und habe eine Niederlassungserlaubnis. Ich arbeite als Pflegefachkraft im Krankenhaus in Andernach. Im Oktober habe ich den Einbürgerungstest bestanden und ich habe das Sprachzertifikat B2.

Ich möchte gerne die deutsche Staatsangehörigkeit beantragen. Könnten Sie mir bitte die Antragsformulare schicken und mitteilen, welche Unterlagen ich brauche? Muss ich meine ukrainische Staatsangehörigkeit aufgeben?

Mit freundlichen Grüßen
Olena Kovalenko",
    ),
    (
        "anhoerung-nicht-ich-gefahren",
        "36",
        "Jürgen Mies
Lindenweg 8
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 3.11.2026

Ihr Zeichen 602.318447.6
Geschwindigkeitsüberschreitung am 14.10.2026 auf der B 416

Sehr geehrte Damen und Herren,

ich habe Ihren Anhörungsbogen erhalten. Ich bin zu dem Zeitpunkt nicht gefahren, ich war nachweislich den ganzen Tag auf der Arbeit in Frankfurt. Auf dem Foto sieht man doch auch, dass das eine junge Frau ist.

Das Auto wird auch von meiner Tochter benutzt. Zu weiteren Angaben bin ich nicht verpflichtet und mache ich auch keine.

Mit freundlichen Grüßen
J. Mies",
    ),
    (
        "fuehrerschein-verloren-ersatz",
        "36",
        "Anna-Lena Braun
Am Weiher 2
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 14. November 2026

Verlust meines Führerscheins

Sehr geehrte Damen und Herren,

leider habe ich beim Umzug meine Geldbörse verloren, darin war auch mein Kartenführerschein (Klassen B, BE, ausgestellt 2015 vom Kreis Mayen-Koblenz). Bei der Polizei habe ich den Verlust bereits angezeigt, die Bescheinigung liegt bei.

Ich bin beruflich auf das Auto angewiesen. Wie schnell kann ich einen Ersatzführerschein bekommen, und kann ich solange mit einer vorläufigen Bescheinigung fahren? Ein biometrisches Foto habe ich schon machen lassen.

Mit freundlichen Grüßen
Anna-Lena Braun",
    ),
    (
        "auto-verstorbener-vater-abmelden",
        "36",
        "Stefanie Kohlhaas
Eisenbahnstraße 19
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 24.11.2026

Sehr geehrte Damen und Herren,

mein Vater, Herr Werner Kohlhaas, ist am 30. Oktober verstorben. Sein Wagen, ein VW Golf mit dem Kennzeichen MYK-WK 418, steht seitdem in der Garage und wird nicht mehr gefahren.

Ich möchte das Fahrzeug außer Betrieb setzen. Kann ich das als Tochter mit Sterbeurkunde und Erbschein erledigen, oder brauche ich noch eine Vollmacht meiner Geschwister? Die Kennzeichenschilder und die Zulassungsbescheinigung Teil I habe ich.

Für eine kurze Nachricht wäre ich dankbar.

Freundliche Grüße
Stefanie Kohlhaas",
    ),
    (
        "pferde-auf-der-weide-abgemagert",
        "39",
        "Claudia Werner
Feldstraße 40
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 9. November 2026

Sehr geehrte Damen und Herren,

ich gehe jeden Tag mit meinem Hund am Feldweg Richtung Wernerseck spazieren. Auf der Koppel hinter dem Aussiedlerhof stehen seit Wochen zwei Pferde, die immer dünner werden. Man sieht die Rippen und die Hüftknochen. Es gibt kein Heu, das Gras ist komplett abgefressen, und die Wassertonne war die letzten drei Tage leer bzw. am Morgen zugefroren. Einen Unterstand gibt es nicht.

Ein Pferd lahmt inzwischen stark hinten links. Den Besitzer kenne ich nicht.

Bitte schauen Sie sich das an, bevor die Tiere im Winter eingehen. Fotos kann ich Ihnen gerne per E-Mail schicken.

Mit freundlichen Grüßen
Claudia Werner",
    ),
    (
        "huehner-stallpflicht-vogelgrippe",
        "39",
        "Manfred Hürter
Talweg 5
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 15.11.2026

Meine Hühner / Aufstallung

Sehr geehrte Damen und Herren,

ich halte hobbymäßig 14 Hühner und 3 Laufenten. In der Zeitung stand, dass es wieder Fälle von Vogelgrippe an der Mosel gibt und dass man die Tiere vielleicht einsperren muss.

Gilt das auch für mich als Kleinhalter? Mein Stall ist eigentlich zu klein, um alle Tiere wochenlang drinnen zu halten. Außerdem weiß ich nicht, ob ich meine Hühner überhaupt irgendwo angemeldet habe, mein Nachbar meint, das muss man. Bitte teilen Sie mir mit, was ich tun muss.

Danke
Manfred Hürter",
    ),
    (
        "metzgerei-dreckig-beschwerde",
        "39",
        "Sabine Klasen
Schillerstraße 12
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 20. November 2026

Zustände in einer Metzgerei in der Andernacher Innenstadt

Sehr geehrte Damen und Herren,

ich möchte Ihnen mitteilen, was ich am Mittwoch in der Metzgerei Fuchs, Hochstraße, erlebt habe. Der Verkäufer hat mit denselben Handschuhen Geld kassiert und danach Aufschnitt angefasst. In der Theke lag Hackfleisch, das grau und schmierig aussah, und im hinteren Bereich, den man durch die offene Tür sieht, lief eine Katze herum.

Zuhause habe ich festgestellt, dass die gekaufte Fleischwurst schon säuerlich roch, obwohl sie angeblich frisch war. Den Kassenbon habe ich noch.

Ich bitte Sie, den Betrieb zu kontrollieren.

Mit freundlichen Grüßen
Sabine Klasen",
    ),
    (
        "busticket-kind-nicht-angekommen",
        "40",
        "Nadine Geisen
Wiesenweg 4
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 2. November 2026

Fahrkarte für meine Tochter Mia Geisen, Klasse 5b, Realschule plus Mendig

Sehr geehrte Damen und Herren,

meine Tochter ist nach den Sommerferien von der Grundschule in Thür an die Realschule plus gewechselt. Den Antrag auf das Schülerticket haben wir schon im Juni abgegeben. Bis heute hat sie keine Karte bekommen.

Seit Wochen kaufe ich jeden Tag ein Ticket beim Busfahrer, das sind inzwischen über 100 Euro. Im Sekretariat der Schule sagt man mir, ich soll mich an den Kreis wenden.

Bitte kümmern Sie sich darum, dass Mia endlich ihre Fahrkarte bekommt, und sagen Sie mir, ob ich das ausgelegte Geld zurückbekomme.

Mit freundlichen Grüßen
Nadine Geisen",
    ),
    (
        "fahrkosten-eigener-pkw-foerderschule",
        "40",
        "Thomas und Birgit Lahnstein
Raiffeisenstraße 21
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 12.11.2026

Antrag auf Erstattung der Fahrkosten für unseren Sohn Luca

Sehr geehrte Damen und Herren,

unser Sohn Luca (9 Jahre) besucht seit August die Förderschule mit Schwerpunkt ganzheitliche Entwicklung in Mayen. Da für die Strecke ab Polch zu Unterrichtsbeginn kein geeigneter Bus fährt und Luca nicht allein umsteigen kann, bringen wir ihn jeden Morgen mit dem eigenen Auto hin und holen ihn nachmittags ab.

Die einfache Entfernung beträgt 16 km. Wir beantragen die Erstattung der Fahrtkosten für die Zeit ab 1. August 2026. Eine Aufstellung der Fahrtage sowie die Schulbescheinigung liegen bei.

Mit freundlichen Grüßen
Thomas Lahnstein   Birgit Lahnstein",
    ),
    (
        "gefaehrliche-haltestelle-grundschule",
        "40",
        "Grundschule Kobern-Gondorf
Schulleitung
Schulstraße 1
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 18. November 2026

Situation an der Bushaltestelle Moselstraße

Sehr geehrte Damen und Herren,

seit der Umleitung wegen der Baustelle an der B 416 halten die Busse, mit denen unsere Schülerinnen und Schüler morgens und mittags fahren, an einer provisorischen Haltestelle direkt an der Bundesstraße. Es gibt dort keinen Gehweg und keine Wartefläche; die Kinder stehen bei Dunkelheit am Fahrbahnrand, während Lkw vorbeifahren.

Zudem ist der Bus um 7:12 Uhr regelmäßig so voll, dass Kinder der ersten und zweiten Klasse stehen müssen oder gar nicht mehr mitgenommen werden.

Mehrere Eltern haben sich bereits bei uns beschwert. Wir bitten Sie dringend, gemeinsam mit dem Busunternehmen eine sichere Lösung für den Schulweg zu finden.

Mit freundlichen Grüßen

Katrin Stoffel
Rektorin",
    ),
    (
        "rente-reicht-nicht-grundsicherung",
        "50",
        "Elfriede Mohr
Am Kirchberg 9
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 6. November 2026

Sehr geehrte Damen und Herren,

ich bin 74 Jahre alt und Witwe. Meine Rente beträgt 712 Euro im Monat, die Miete für meine kleine Wohnung ist 480 Euro warm. Seit Strom und Lebensmittel so teuer geworden sind, komme ich am Monatsende nicht mehr aus. Ersparnisse habe ich keine mehr.

Meine Nachbarin hat gesagt, dass ich beim Kreis eine Aufstockung beantragen kann. Ich wusste das nicht. Bitte schicken Sie mir die Unterlagen dafür zu, oder kann jemand zu mir kommen? Ich bin nicht mehr so gut zu Fuß.

Vielen Dank
Elfriede Mohr",
    ),
    (
        "heimkosten-mutter-nicht-bezahlbar",
        "50",
        "Rainer Böhm
Mittelweg 14
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 13.11.2026

Betr.: Übernahme ungedeckter Heimkosten für meine Mutter Gertrud Böhm, geb. 12.03.1938

Sehr geehrte Damen und Herren,

meine Mutter lebt seit Februar 2026 im Seniorenzentrum St. Josef in Mayen (Pflegegrad 4). Der Eigenanteil beträgt nach Abzug der Pflegekassenleistung rund 2.950 Euro monatlich. Ihre Rente und das kleine Sparguthaben reichen nur noch bis Ende Dezember.

Als Betreuer meiner Mutter stelle ich hiermit den Antrag auf Übernahme der ungedeckten Kosten ab 1. Januar 2027. Die Betreuerbestellung, den Heimvertrag, den Pflegegradbescheid und die Kontoauszüge der letzten drei Monate füge ich bei.

Bitte teilen Sie mir mit, welche weiteren Unterlagen Sie benötigen.

Mit freundlichen Grüßen
Rainer Böhm",
    ),
    (
        "beerdigung-bruder-kosten",
        "50",
        "Markus Jung
Poststraße 2
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 19. November 2026

Antrag auf Übernahme der Beerdigungskosten

Sehr geehrte Damen und Herren,

mein Bruder Stefan Jung ist am 2. November 2026 in Mendig verstorben, wo er zuletzt gewohnt hat. Er hatte kein Vermögen und keine Familie außer mir. Das Bestattungsinstitut hat mir eine Rechnung über 3.870 Euro geschickt.

Ich beziehe selbst nur Bürgergeld und kann das unmöglich bezahlen. Ich bitte darum, dass die Kosten übernommen werden. Die Sterbeurkunde, die Rechnung des Bestatters und meinen aktuellen Bescheid vom Jobcenter lege ich bei.

Mit freundlichen Grüßen
Markus Jung",
    ),
    (
        "vater-zahlt-keinen-unterhalt-polch",
        "51",
        "Jessica Reuter
Bahnhofstraße 27
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 4. November 2026

Unterhalt für meine Kinder

Hallo,

ich bin seit Juni von dem Vater meiner beiden Kinder (Leon, 6 Jahre, und Emma, 3 Jahre) getrennt. Er hat versprochen zu zahlen, aber seit August kommt gar nichts mehr. Er geht nicht ans Telefon und hat wohl auch eine neue Arbeit, sagt aber nicht wo.

Ich arbeite 20 Stunden im Supermarkt und komme so nicht über die Runden. Mir wurde gesagt, dass der Staat in so einem Fall vorläufig einspringt und sich das Geld dann vom Vater holt. Wie beantrage ich das? Können Sie mir auch helfen, den Unterhalt gegen ihn durchzusetzen?

Viele Grüße
Jessica Reuter",
    ),
    (
        "sorge-um-nachbarskinder-mendig",
        "51",
        "Ingrid Schuster
Brauerstraße 15
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 10.11.2026

Sehr geehrte Damen und Herren,

ich mache mir große Sorgen um die zwei kleinen Kinder in der Wohnung unter mir (Brauerstraße 15, Erdgeschoss links). Die Kinder sind vielleicht 4 und 7 Jahre alt. Sie sind oft bis spät abends allein, man hört sie weinen und nach der Mama rufen. Letzte Woche stand der Kleine bei 3 Grad nur im T-Shirt und ohne Schuhe auf dem Hof.

Wenn die Mutter da ist, wird oft laut geschrien, einmal hat es geklungen, als würde etwas gegen die Wand geworfen. Der Große geht, glaube ich, öfter nicht zur Schule.

Ich möchte niemanden anschwärzen, aber ich kann nicht mehr zuschauen. Bitte gehen Sie dem nach. Meinen Namen möchte ich der Familie gegenüber bitte nicht genannt wissen.

Ingrid Schuster",
    ),
    (
        "kein-kitaplatz-kobern-gondorf",
        "51",
        "Felix und Jana Wagner
Weinbergstraße 31
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 16. November 2026

Rechtsanspruch auf einen Betreuungsplatz für unsere Tochter Marie, geb. 03.01.2025

Sehr geehrte Damen und Herren,

unsere Tochter steht seit März 2025 auf den Wartelisten der Kindertagesstätten in Kobern-Gondorf und Dieblich. Wir haben nun von allen Einrichtungen die Mitteilung bekommen, dass für den gewünschten Aufnahmetermin 1. Februar 2027 kein Platz frei ist.

Wir sind beide berufstätig; meine Elternzeit endet am 31. Januar 2027 und mein Arbeitgeber erwartet mich ab Februar wieder in Vollzeit. Wir machen hiermit den Rechtsanspruch unserer Tochter auf Förderung in einer Tageseinrichtung geltend und bitten Sie, uns bis spätestens Mitte Dezember einen zumutbaren Platz nachzuweisen.

Andernfalls behalten wir uns vor, die Kosten einer privaten Betreuung bzw. den Verdienstausfall geltend zu machen.

Mit freundlichen Grüßen
Felix Wagner   Jana Wagner",
    ),
    (
        "kita-meldung-norovirus",
        "53",
        "Kath. Kindertagesstätte St. Martin
Leitung
Hauptstraße 58
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vorab per Fax

Weißenthurm, 11.11.2026

Meldung gemäß § 34 Abs. 6 IfSG – gehäuftes Auftreten von Brechdurchfall

Sehr geehrte Damen und Herren,

hiermit melden wir, dass seit Montag, 9. November 2026, in zwei Gruppen unserer Einrichtung insgesamt 11 Kinder und 3 Erzieherinnen an akutem Erbrechen und Durchfall erkrankt sind. Bei einem Kind wurde vom Kinderarzt Norovirus nachgewiesen.

Wir haben die Eltern informiert, die Flächendesinfektion mit viruzidem Mittel verstärkt und die Gruppen vorübergehend getrennt. Eine Liste der erkrankten Personen mit Erkrankungsbeginn liegt bei.

Wir bitten um Rückmeldung, ob weitere Maßnahmen erforderlich sind und ab wann die Kinder die Einrichtung wieder besuchen dürfen.

Mit freundlichen Grüßen
Monika Hein
Kita-Leitung",
    ),
    (
        "legionellen-mehrfamilienhaus-bendorf",
        "53",
        "Hausverwaltung Rheinblick GmbH
Engerser Straße 23
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 17. November 2026

Objekt: Mehrfamilienhaus Sayner Straße 44, 56170 Bendorf
Überschreitung des technischen Maßnahmenwertes

Sehr geehrte Damen und Herren,

bei der routinemäßigen Untersuchung der Warmwasseranlage im oben genannten Objekt wurden am 5. November 2026 an zwei Entnahmestellen Legionellen in einer Konzentration von 2.400 bzw. 3.100 KBE/100 ml festgestellt. Den Prüfbericht des akkreditierten Labors erhalten Sie in der Anlage.

Die Mieter wurden schriftlich informiert und auf das Duschverbot hingewiesen. Eine Gefährdungsanalyse ist beauftragt, eine thermische Desinfektion ist für den 23. November 2026 vorgesehen.

Wir bitten um Mitteilung, ob von Ihrer Seite weitere Auflagen zu erwarten sind.

Mit freundlichen Grüßen
Hausverwaltung Rheinblick GmbH
Jörg Wendling",
    ),
    (
        "schule-fehlender-masernnachweis",
        "53",
        "Realschule plus Polch
Sekretariat / Schulleitung
Ostlandstraße 20
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 23.11.2026

Sehr geehrte Damen und Herren,

für drei Schülerinnen bzw. Schüler, die zum Schuljahr 2026/27 neu an unsere Schule gekommen sind, wurde trotz zweimaliger Aufforderung kein Nachweis über einen ausreichenden Impfschutz oder eine Immunität gegen Masern vorgelegt.

Gemäß den gesetzlichen Vorgaben übermitteln wir Ihnen hiermit die personenbezogenen Angaben der Betroffenen (siehe Anlage, verschlossen).

Mit freundlichen Grüßen
i. A. Heike Zimmer
Konrektorin",
    ),
    (
        "nachbar-baut-garage-ohne-genehmigung",
        "63",
        "Wolfgang Pauly
Am Rosengarten 10
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 7. November 2026

Sehr geehrte Damen und Herren,

mein Nachbar, Herr Kessler, Am Rosengarten 12, baut seit drei Wochen direkt an unserer Grundstücksgrenze eine riesige Doppelgarage mit Flachdach, auf das er wohl noch eine Dachterrasse setzen will. Das Ding ist über 3,50 m hoch und fast 10 m lang, nimmt uns im Wohnzimmer das ganze Licht, und ich kann von der Terrasse direkt auf seine Baustelle gucken.

Ich glaube nicht, dass er dafür eine Genehmigung hat, jedenfalls hat uns keiner gefragt und auch kein Schild hängt aus. Als ich ihn angesprochen habe, meinte er, das gehe mich nichts an.

Ich bitte Sie, sofort zu prüfen, ob das so gebaut werden darf, und die Arbeiten notfalls stoppen zu lassen, bevor das Dach drauf ist.

Mit freundlichen Grüßen
Wolfgang Pauly",
    ),
    (
        "architekt-unterlagen-nachreichung",
        "63",
        "Architekturbüro Lohner + Partner
Dipl.-Ing. Carsten Lohner
Moselweißer Straße 70
56073 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 18.11.2026

Neubau eines Einfamilienhauses mit Garage
Bauherr: Familie Schneider
Grundstück: Gemarkung Kobern, Flur 7, Flurstück 212/3
Ihr Aktenzeichen: 2026-0871

Sehr geehrte Damen und Herren,

bezugnehmend auf Ihr Schreiben vom 29. Oktober 2026 reichen wir die angeforderten Unterlagen nach:

- überarbeiteter Lageplan mit Darstellung der Abstandsflächen
- Standsicherheitsnachweis einschließlich Prüfbericht
- Nachweis des Wärmeschutzes nach GEG
- Stellungnahme der Ortsgemeinde zum Einvernehmen

Wir bitten um zügige Weiterbearbeitung des Bauantrags, da die Bauherren den Baubeginn für März 2027 geplant haben.

Mit freundlichen Grüßen
Carsten Lohner
Architekt",
    ),
    (
        "gartenhaus-darf-ich-das",
        "63",
        "Petra Engel
Lerchenweg 3
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 25.11.2026

Frage zu Gartenhaus und Umbau

Guten Tag,

wir wollen im Frühjahr hinten im Garten ein Gartenhaus aus Holz aufstellen, ca. 4 x 5 m, mit kleiner überdachter Terrasse davor. Außerdem möchten wir die ehemalige Werkstatt meines Mannes im Erdgeschoss zu einer kleinen Einliegerwohnung für meine Mutter umbauen.

Brauchen wir dafür einen Antrag bei Ihnen, oder ist das genehmigungsfrei? Wenn ja, welche Pläne müssen wir einreichen und muss das ein Architekt machen?

Vielen Dank für Ihre Auskunft.

Mit freundlichen Grüßen
Petra Engel",
    ),
    (
        "biotonne-schon-wieder-stehen-gelassen",
        "70",
        "Karl-Heinz Dötsch
Mühlenweg 18
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 5. November 2026

Jetzt reicht es!

Sehr geehrte Damen und Herren,

zum DRITTEN Mal in diesem Herbst ist unsere braune Tonne nicht geleert worden. Sie stand pünktlich um 6 Uhr morgens an der Straße, wie immer. Die Nachbartonnen wurden geleert, unsere nicht. Kein Zettel, nichts.

Jetzt stinkt das Ding bis ins Haus, es sind Maden drin und die nächste Leerung ist erst in zwei Wochen. Ich zahle jedes Jahr meine Gebühren pünktlich und erwarte, dass die Leistung auch erbracht wird.

Ich verlange, dass die Tonne diese Woche noch nachgeleert wird, und eine Erklärung, warum das ständig passiert.

K.-H. Dötsch",
    ),
    (
        "sperrmuell-termin-umzug",
        "70",
        "Familie Ahmadi
Andernacher Straße 62
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 9.11.2026

Sehr geehrte Damen und Herren,

wir ziehen Ende des Monats um und möchten folgende Sachen abholen lassen: ein altes Sofa, zwei Matratzen, einen Kleiderschrank (zerlegt), einen Lattenrost und einen kaputten Bürostuhl. Einen Kühlschrank haben wir auch noch.

Bitte nennen Sie uns einen Abholtermin, möglichst vor dem 28. November. Wird der Kühlschrank zusammen mit den anderen Sachen mitgenommen oder müssen wir ihn extra anmelden?

Vielen Dank
Reza Ahmadi",
    ),
    (
        "muellsaecke-am-waldparkplatz",
        "70",
        "Naturschutzgruppe Vallendar e.V.
c/o Ulrike Sauer
Heerstraße 130
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 22. November 2026

Abgeladener Unrat am Wanderparkplatz oberhalb von Vallendar

Sehr geehrte Damen und Herren,

bei unserem monatlichen Rundgang haben wir am Wanderparkplatz an der L 308 (Abzweig Richtung Hillscheid) erneut größere Mengen abgeladenen Mülls vorgefunden: ca. 15 blaue Säcke mit Hausmüll, mehrere Autoreifen, Farbeimer und Teile einer Einbauküche. Teilweise ist das Zeug schon den Hang hinuntergerutscht.

Wir bitten um zeitnahe Beseitigung, bevor Tiere die Säcke aufreißen. Fotos und eine Kartenmarkierung fügen wir bei. In einem der Säcke lagen Briefe mit einer Adresse, vielleicht hilft das bei der Ermittlung.

Mit freundlichen Grüßen
Ulrike Sauer
1. Vorsitzende",
    ),
];
