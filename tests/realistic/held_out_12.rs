//! A twelfth held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks: its day-one result is the
//! honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_12: &[(&str, &str, &str)] = &[
    (
        "wappen-druckvorlage-festschrift-nickenich",
        "10",
        "Von: Gerd Hommes <g.hommes@heimatfreunde-nickenich.de>
An: info@kvmyk.de
Betreff: Kreiswappen in unserer Festschrift
Datum: 03.11.2026

Guten Tag,

der Heimat- und Verkehrsverein Nickenich wird im nächsten Jahr 125 Jahre alt. Wir bereiten dazu eine Festschrift vor, etwa 80 Seiten, Auflage 600 Stück, die an alle Haushalte im Ort verteilt wird.

Auf der Seite mit den Grußworten würden wir gern das Wappen des Landkreises abdrucken, neben dem Gemeindewappen. Brauchen wir dafür eine Genehmigung? Und könnten Sie uns das Wappen als Druckvorlage in ordentlicher Auflösung schicken? Auf Ihrer Homepage finden wir nur eine kleine Grafik, die im Druck pixelig wird.

Um das Grußwort des Landrats selbst hat unser Vorsitzender schon beim Neujahrsempfang gebeten, dazu kommt noch eine eigene Anfrage.

Mit freundlichen Grüßen
Gerd Hommes
Schriftführer",
    ),
    (
        "fraktion-tagesordnungsantrag-radweg-kreistag",
        "10",
        "Fraktion Freie Wähler im Kreistag Mayen-Koblenz
Vorsitzende Doris Wirtz
Am Weiher 3
56299 Ochtendung

An den Landrat des Landkreises Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 14. September 2026

Antrag zur Tagesordnung der Kreistagssitzung am 12. Oktober 2026

Sehr geehrter Herr Landrat,

nach der Geschäftsordnung des Kreistags beantragt unsere Fraktion, folgenden Punkt auf die Tagesordnung der nächsten Sitzung zu nehmen:

„Lückenschluss des Radwegs zwischen Ochtendung und Bassenheim – Sachstandsbericht der Verwaltung und Prüfauftrag zur Finanzierung“

Begründung: Der Abschnitt wird täglich von vielen Schülerinnen und Schülern sowie von Pendlern genutzt, die derzeit auf der Fahrbahn fahren müssen. Seit der Vorberatung im Ausschuss vor drei Jahren ist uns kein Fortschritt bekannt geworden.

Wir bitten, den Antrag fristgerecht mit der Einladung an alle Kreistagsmitglieder zu versenden.

Mit freundlichen Grüßen
Doris Wirtz
Fraktionsvorsitzende",
    ),
    (
        "ahnenforschung-heimatvertriebener-grossvater-kreisarchiv",
        "10",
        "Von: Brigitte Sauerborn <b.sauerborn@web.de>
Betreff: Anfrage – Unterlagen zu meinem Großvater aus der Nachkriegszeit
Datum: 27.10.2026

Sehr geehrte Damen und Herren,

ich beschäftige mich seit einiger Zeit mit unserer Familiengeschichte. Mein Großvater Johann Sauerborn (geb. 17.03.1911) kam 1946 als Heimatvertriebener aus dem Sudetenland in den damaligen Landkreis Mayen und wurde mit seiner Frau Maria, geb. Pohl, zunächst in Polch einquartiert.

Gibt es bei Ihnen im Archiv noch Akten aus dieser Zeit, etwa Listen der Neuankömmlinge, Wohnraumzuweisungen oder Vertriebenenausweise? Ich würde gern einen Termin vereinbaren, um die Unterlagen einzusehen, und übernehme selbstverständlich Kopierkosten.

Mit freundlichen Grüßen
Brigitte Sauerborn
Hildesheim",
    ),
    (
        "lohnpfaendung-drittschuldnererklaerung-mitarbeiter",
        "11",
        "Frank Biewer
Obergerichtsvollzieher
Postfach 20 11 43
56011 Koblenz

Landkreis Mayen-Koblenz
als Drittschuldner
vertreten durch den Landrat
Bahnhofstraße 9
56068 Koblenz

DR II 1843/26
Koblenz, 9. September 2026

Zustellung eines Pfändungs- und Überweisungsbeschlusses

Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache Autohaus Reifferscheid GmbH gegen Herrn Dennis Kaltwasser, wohnhaft Rosenweg 12, 56637 Plaidt, stelle ich Ihnen als Arbeitgeber des Schuldners den anliegenden Pfändungs- und Überweisungsbeschluss des Amtsgerichts Koblenz vom 28.08.2026 (Az. 14 M 2271/26) zu.

Gepfändet sind die Ansprüche des Schuldners auf Zahlung des gesamten gegenwärtigen und künftigen Arbeitseinkommens, soweit es die Pfändungsfreigrenzen übersteigt.

Ich fordere Sie auf, binnen zwei Wochen nach Zustellung zu erklären, ob und inwieweit Sie die Forderung als begründet anerkennen und zahlen wollen, ob und welche Ansprüche andere Personen an das Arbeitseinkommen stellen und ob es bereits für andere Gläubiger gepfändet ist.

Hochachtungsvoll
Biewer
Obergerichtsvollzieher",
    ),
    (
        "rentenversicherung-beschaeftigungszeit-bestaetigen",
        "11",
        "Harald Menningen
Brunnenstraße 27
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 2. Oktober 2026

Bitte um Bestätigung meiner Beschäftigungszeiten 1987 bis 1993

Sehr geehrte Damen und Herren,

ich bereite gerade meinen Rentenantrag vor. Bei der Kontenklärung hat die Deutsche Rentenversicherung festgestellt, dass für die Zeit von Januar 1989 bis März 1990 keine Beitragszeiten gespeichert sind.

Ich habe von August 1987 bis Juli 1990 bei Ihnen die Ausbildung zum Verwaltungsfachangestellten gemacht und war danach bis Ende 1993 als Sachbearbeiter im Haus beschäftigt, bevor ich zur Stadt Mayen gewechselt bin. Meine eigenen Gehaltsabrechnungen aus der Zeit sind bei einem Kellerhochwasser verloren gegangen.

Ich bitte Sie daher um eine Arbeitgeberbescheinigung über die Beschäftigung und die gemeldeten Entgelte, zumindest für den fehlenden Zeitraum. Die Versicherungsnummer lautet 12 170863 M 014.

Vielen Dank und freundliche Grüße
Harald Menningen",
    ),
    (
        "angestelltenlehrgang-zwei-anmeldung-wohngeldsachbearbeiter",
        "11",
        "Von: Kevin Hoss <kevin.hoss@kvmyk.de>
An: personal@kvmyk.de
Betreff: Anmeldung Angestelltenlehrgang II ab Frühjahr 2027
Datum: 18.08.2026

Hallo zusammen,

ich bin seit vier Jahren in der Wohngeldstelle und möchte im Frühjahr mit dem Angestelltenlehrgang II am Kommunalen Studieninstitut beginnen. Meine Abteilungsleiterin Frau Scholl ist einverstanden, ihre Mail hänge ich an.

Dazu hätte ich ein paar Fragen:
- Übernimmt der Kreis die Lehrgangsgebühren und die Fahrtkosten nach Mainz?
- Werden die Unterrichtstage voll als Arbeitszeit angerechnet?
- Muss ich eine Rückzahlungsvereinbarung unterschreiben, falls ich nach dem Abschluss den Arbeitgeber wechsle?

Bis wann muss die Anmeldung bei Ihnen sein, damit sie noch rechtzeitig ans Studieninstitut geht?

Viele Grüße
Kevin Hoss
Durchwahl 312",
    ),
    (
        "zinsbindung-kommunaldarlehen-prolongation",
        "20",
        "Mittelrheinische Volksbank eG
Firmenkunden und öffentliche Hand
Löhrstraße 40
56068 Koblenz

Landkreis Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 21. Oktober 2026

Darlehen Nr. 4471 0039 – Ende der Zinsbindung zum 30.12.2026

Sehr geehrte Damen und Herren,

die Zinsbindung des oben genannten Kommunaldarlehens (ursprünglich 3.500.000,00 EUR, Restschuld derzeit 1.284.500,00 EUR) endet am 30. Dezember 2026.

Gern bieten wir Ihnen eine Anschlussfinanzierung zu folgenden Konditionen an: Zinsbindung zehn Jahre, Sollzins 3,12 % p. a., unveränderte jährliche Tilgung von 128.450,00 EUR, vierteljährliche Zahlung. Alternativ ist eine Zinsbindung von fünf Jahren zu 2,89 % p. a. möglich.

Das Angebot ist freibleibend und richtet sich nach der Marktentwicklung. Für eine verbindliche Festschreibung benötigen wir Ihre Rückmeldung bis spätestens 20. November 2026. Sollten Sie eine Sondertilgung zum Ablauf wünschen, teilen Sie uns bitte den Betrag mit.

Mit freundlichen Grüßen
Mittelrheinische Volksbank eG
i. A. Sven Kohlhaas      i. A. Melanie Franzen",
    ),
    (
        "saeumniszuschlaege-erlass-nach-herzinfarkt",
        "20",
        "Ingrid Pütz
Am Viehtor 5
56321 Rhens

An die Kreiskasse
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Rhens, 29.09.2026

Kassenzeichen 5.0214.883102 – Bitte um Erlass der Säumniszuschläge

Sehr geehrte Damen und Herren,

ich habe Ihre Mahnung über 312,40 Euro zuzüglich 18,50 Euro Säumniszuschläge und Mahngebühr erhalten. Den Hauptbetrag habe ich am 22.09. überwiesen.

Ich lag vom 2. August bis zum 9. September nach einem Herzinfarkt erst im Krankenhaus und danach in der Reha. In dieser Zeit hat niemand meine Post geöffnet, sonst hätte ich selbstverständlich pünktlich bezahlt. Eine Bescheinigung des Krankenhauses lege ich bei.

Ich bitte Sie, mir die Zuschläge und die Gebühr zu erlassen.

Mit freundlichen Grüßen
Ingrid Pütz",
    ),
    (
        "finanzamt-erinnerung-umsatzsteuervoranmeldung",
        "20",
        "Finanzamt Koblenz
Ferdinand-Sauerbruch-Straße 19
56073 Koblenz

Landkreis Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Steuernummer: 22/650/41873
Koblenz, 16.10.2026

Erinnerung an die Abgabe von Umsatzsteuer-Voranmeldungen

Sehr geehrte Damen und Herren,

für die Voranmeldungszeiträume Juli 2026 und August 2026 liegen uns bisher keine Umsatzsteuer-Voranmeldungen vor. Seit dem 1. Januar 2025 sind Sie mit Ihren Tätigkeiten nach § 2b UStG, insbesondere der Vermietung von Sporthallen und dem Betrieb der Kantine, umsatzsteuerpflichtig.

Bitte übermitteln Sie die fehlenden Voranmeldungen bis zum 6. November 2026 elektronisch. Andernfalls müssen die Besteuerungsgrundlagen geschätzt werden. Die Festsetzung eines Verspätungszuschlags bleibt vorbehalten.

Falls die Umsätze zwischenzeitlich in einer anderen Steuernummer erklärt wurden, teilen Sie uns dies bitte mit.

Mit freundlichen Grüßen
Im Auftrag
Weber",
    ),
    (
        "kanzlei-widerspruch-beseitigung-bootssteg-winningen",
        "30",
        "Dr. Kreuzberg & Partner
Rechtsanwälte
Schloßstraße 18
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ihr Zeichen: 63-BA-0912/26
Unser Zeichen: 211/26 Sch
Koblenz, 8. September 2026

Thomas Weinand, Winningen – Beseitigungsverfügung vom 19.08.2026

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Thomas Weinand, Fährstraße 4, 56333 Winningen, anwaltlich vertreten. Eine Vollmacht ist beigefügt.

Namens und in Vollmacht unseres Mandanten legen wir gegen die Verfügung vom 19.08.2026, mit der die Beseitigung des Bootsstegs und der Gerätehütte auf dem Grundstück Gemarkung Winningen, Flur 7, Nr. 112 angeordnet wurde,

Widerspruch

ein. Zugleich beantragen wir, die Vollziehung bis zur Entscheidung über den Widerspruch auszusetzen, da der Steg seit über dreißig Jahren besteht und von Ihrer Behörde bislang geduldet wurde.

Eine Begründung reichen wir nach Einsicht in die Verwaltungsakte nach. Wir bitten um Übersendung der Akte in unsere Kanzlei für die Dauer von einer Woche.

Mit freundlichen Grüßen
Schüller
Rechtsanwältin",
    ),
    (
        "dienstwagen-faehrt-gartenzaun-um-kruft",
        "30",
        "Werner Hilger
Im Bungert 9
56642 Kruft

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kruft, den 8. Oktober 2026

Schaden an meinem Gartenzaun durch ein Fahrzeug der Kreisverwaltung

Sehr geehrte Damen und Herren,

am Dienstag, 6. Oktober, gegen halb elf hat ein weißer VW Caddy mit der Aufschrift der Kreisverwaltung beim Wenden in unserer engen Sackgasse meinen Jägerzaun auf etwa vier Metern samt einem Eckpfosten umgefahren. Die beiden Herren waren zu einem Termin auf der Baustelle beim Nachbarn gekommen, es ging wohl um den Rohbau.

Der Fahrer hat den Schaden sofort zugegeben, sich entschuldigt und mir gesagt, ich solle mich schriftlich an die Kreisverwaltung wenden. Das Kennzeichen habe ich mir notiert: MYK-KV 207.

Anbei sende ich Fotos und einen Kostenvoranschlag der Schreinerei Kurz über 640,80 Euro. Ich bitte um Erstattung und um Mitteilung, an wen ich mich weiter wenden kann.

Mit freundlichen Grüßen
Werner Hilger",
    ),
    (
        "olg-terminsladung-berufung-amtshaftung",
        "30",
        "Oberlandesgericht Koblenz
1. Zivilsenat
Stresemannstraße 1
56068 Koblenz

Geschäftsnummer: 1 U 388/26
Koblenz, 27.10.2026

In dem Rechtsstreit

Bernd Schäfer, Ringstraße 3, 56294 Münstermaifeld
– Kläger und Berufungskläger –
Prozessbevollmächtigte: Rechtsanwälte Lenz & Horn, Mayen

gegen

Landkreis Mayen-Koblenz, vertreten durch den Landrat, Bahnhofstraße 9, 56068 Koblenz
– Beklagter und Berufungsbeklagter –

wegen Schadensersatzes

Terminsbestimmung

Termin zur mündlichen Verhandlung über die Berufung gegen das Urteil des Landgerichts Koblenz vom 14.05.2026 wird bestimmt auf

Mittwoch, 13. Januar 2027, 10:00 Uhr, Saal 104.

Das persönliche Erscheinen eines über den Sachverhalt informierten Vertreters des Beklagten wird angeordnet. Der Senat regt an, vor dem Termin die Möglichkeit einer gütlichen Einigung zu prüfen.

Klein, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle",
    ),
    (
        "fundfahrrad-nach-sechs-monaten-abholen",
        "32",
        "Von: Jonas Pörtner <jonas.poertner@gmx.de>
Betreff: Gefundenes Mountainbike – kann ich es jetzt abholen?
Datum: 28.10.2026

Hallo,

ich habe am 22. April im Wald zwischen Kobern und Wolken an der Schutzhütte ein schwarz-grünes Mountainbike gefunden, das dort mehrere Tage an einem Baum lehnte. Ich habe es damals bei der Verbandsgemeinde abgegeben, und man hat mir gesagt, es wird an die Kreisverwaltung weitergegeben. Meine Fundnummer ist F-2026-0193.

Inzwischen sind die sechs Monate vorbei. Wenn sich der Eigentümer nicht gemeldet hat, würde ich das Rad gern abholen. Was muss ich dazu mitbringen, reicht der Personalausweis? Und fallen dafür Gebühren an?

Danke und Gruß
Jonas Pörtner
Kobern-Gondorf",
    ),
    (
        "shisha-lounge-eroeffnen-muelheim-kaerlich",
        "32",
        "Von: Murat Demirci <m.demirci@outlook.de>
Betreff: Eröffnung Shisha-Lounge – welche Erlaubnis?
Datum: 05.10.2026

Sehr geehrte Damen und Herren,

ich möchte im Frühjahr in Mülheim-Kärlich in der Poststraße eine Shisha-Lounge eröffnen. Geplant sind etwa 40 Sitzplätze, ausgeschenkt werden Softdrinks, Tee und Flaschenbier, dazu kleine Snacks. Öffnungszeiten bis 1 Uhr, am Wochenende länger.

Welche Erlaubnis brauche ich für den Ausschank, und was muss ich dafür einreichen? Gibt es besondere Auflagen wegen des Rauchens, zum Beispiel beim Nichtraucherschutz oder bei Kohlenmonoxid-Meldern? Und bis wann darf ich am Wochenende aufhaben?

Ob für den Umbau des Ladenlokals eine Genehmigung nötig ist, klärt mein Architekt gerade separat.

Mit freundlichen Grüßen
Murat Demirci",
    ),
    (
        "kangal-springt-ueber-zaun-kettig",
        "32",
        "Sandra Kellermann
Hofgartenstraße 21
56220 Kettig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kettig, 19.10.2026

Freilaufender großer Hund in unserer Straße

Sehr geehrte Damen und Herren,

unser Nachbar in der Hofgartenstraße 26 hält seit dem Sommer einen Kangal-Rüden, geschätzt 60 Kilo. Der Hund springt regelmäßig über den niedrigen Zaun und läuft dann frei durch die Straße.

Letzten Donnerstag hat er meinen Sohn (8) auf dem Heimweg von der Schule verfolgt, angeknurrt und gegen unser Garagentor gedrängt. Gebissen hat er zum Glück nicht, aber mein Sohn traut sich seitdem nicht mehr allein aus dem Haus. Auch ältere Nachbarn gehen nur noch mit Stock spazieren.

Damit kein Missverständnis entsteht: Der Hund ist gut genährt und hat einen Zwinger, um Tierquälerei geht es nicht. Der Nachbar sagt nur, der tue nichts, und ändert nichts.

Ich bitte Sie zu prüfen, ob der Hund als gefährlich einzustufen ist, und dem Halter Leinen- und Maulkorbpflicht sowie einen ausreichend hohen Zaun aufzuerlegen.

Mit freundlichen Grüßen
Sandra Kellermann",
    ),
    (
        "spargelhof-saisonkraefte-georgien",
        "33",
        "Spargel- und Erdbeerhof Lauer
Rheinstraße 60
56220 Kaltenengers

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kaltenengers, 4. November 2026

Saisonarbeitskräfte aus Georgien für die Saison 2027

Sehr geehrte Damen und Herren,

wir beschäftigen jedes Jahr rund 30 Erntehelfer. Weil aus Rumänien immer weniger kommen, wollen wir 2027 erstmals zwölf Saisonkräfte aus Georgien einsetzen, von Mitte März bis Ende Juli. Die Vermittlung läuft über die Bundesagentur für Arbeit.

Uns ist nicht klar, welche Schritte danach bei Ihnen anfallen. Müssen die Leute sich nach der Ankunft bei Ihnen persönlich melden? Bekommen sie einen Aufenthaltstitel, oder reicht das Visum? Und was passiert, wenn sich die Ernte wetterbedingt bis in den August zieht – können die Aufenthalte verlängert werden?

Unterkunft stellen wir auf dem Hof, die Wohncontainer sind abgenommen.

Für einen kurzen Gesprächstermin wären wir dankbar.

Mit freundlichen Grüßen
Christoph Lauer",
    ),
    (
        "eritreer-reueerklaerung-reiseausweis-bendorf",
        "33",
        "Von: Migrationsberatung Diakonisches Werk <migration@diakonie-rhein-mosel.de>
Betreff: Herr Yonas Habte, geb. 02.05.1994 – Antrag Reiseausweis für Ausländer
Datum: 12.10.2026

Sehr geehrte Damen und Herren,

wir beraten Herrn Yonas Habte, wohnhaft Hauptstraße 71, 56170 Bendorf. Er ist subsidiär schutzberechtigt; seine Aufenthaltserlaubnis läuft noch bis Juni 2027. Eine Schweigepflichtentbindung liegt vor.

Sie haben Herrn Habte im August aufgefordert, sich einen eritreischen Nationalpass zu beschaffen. Die Botschaft in Berlin verlangt dafür die Unterschrift unter eine sogenannte Reueerklärung sowie die Zahlung der Aufbausteuer. Herr Habte ist dazu nicht bereit, weil er sich damit selbst einer Straftat bezichtigen müsste und seine Familie in Eritrea gefährden könnte.

Wir beantragen daher für ihn die Ausstellung eines Reiseausweises für Ausländer, da ihm die Passbeschaffung nicht zuzumuten ist, und bitten um einen Termin zur Vorsprache. Er arbeitet im Schichtdienst, vormittags wäre ideal.

Mit freundlichen Grüßen
Hanna Seibel
Migrationsberatung",
    ),
    (
        "verlobte-brasilien-besuchsvisum-trautermin-zu-spaet",
        "33",
        "Daniel Krämer
Obertorstraße 2
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 30.10.2026

Aufenthalt meiner Verlobten Fernanda Ribeiro Costa, geb. 11.02.1997

Sehr geehrte Damen und Herren,

meine Verlobte ist brasilianische Staatsangehörige und am 2. September zu mir gereist, um mich hier zu heiraten. Sie kann als Brasilianerin 90 Tage ohne Visum bleiben, die Frist endet am 30. November.

Das Standesamt hat uns den Trautermin erst für den 18. Dezember geben können, weil die Befreiung von der Beibringung des Ehefähigkeitszeugnisses beim Oberlandesgericht noch nicht entschieden ist. Eine Bestätigung des Standesamts liegt bei.

Meine Verlobte ist außerdem im vierten Monat schwanger, ein Rückflug nach São Paulo und eine erneute Einreise wären für uns kaum zu stemmen. Ich bitte Sie daher, ihr den Aufenthalt bis nach der Hochzeit zu ermöglichen, und anschließend um einen Termin für die Aufenthaltserlaubnis als Ehefrau.

Mit freundlichen Grüßen
Daniel Krämer",
    ),
    (
        "pflegedienst-parkausnahme-verlaengerung-polch",
        "36",
        "ANTRAG AUF AUSNAHMEGENEHMIGUNG (§ 46 StVO)
Parkerleichterung für soziale Dienste

Antragsteller: Ambulanter Pflegedienst Sonnenschein GmbH
Anschrift: Marktplatz 2, 56751 Polch
Ansprechpartnerin: Bianca Esser, Pflegedienstleitung, Tel. 02654 889120

Fahrzeuge (amtliche Kennzeichen): MYK-PS 101, MYK-PS 102, MYK-PS 107, MYK-PS 110
Einsatzgebiet: Polch, Mertloch, Naunheim, Kerben, Münstermaifeld

Begründung: Täglich rund 90 Hausbesuche bei pflegebedürftigen Menschen (Grundpflege, Insulingabe, Wundversorgung). In den engen Ortskernen gibt es kaum Parkmöglichkeiten, die Pflegekräfte verlieren sonst viel Zeit mit der Parkplatzsuche.

Beantragter Zeitraum: 01.01.2027 bis 31.12.2027
Es handelt sich um die Verlängerung der bisherigen Genehmigung Nr. AG-2025-114. Neu hinzugekommen ist das Fahrzeug MYK-PS 110.

Anlagen: Kopien der Zulassungsbescheinigungen Teil I, Kopie der bisherigen Genehmigung

Polch, 12.11.2026
B. Esser",
    ),
    (
        "aufbauseminar-probezeit-fristverlaengerung",
        "36",
        "Von: Lea Hürter <lea.huerter2006@gmail.com>
Betreff: Aufbauseminar – Frist schaffe ich nicht
Datum: 09.11.2026

Hallo,

ich habe von Ihnen die Anordnung bekommen, dass ich ein Aufbauseminar machen muss, weil ich in der Probezeit auf der B 256 geblitzt wurde. Aktenzeichen FE-P 2026/0788. Die Frist ist der 15. Dezember.

Ich habe mich sofort bei meiner Fahrschule in Mayen angemeldet, aber der nächste Kurs fängt erst am 11. Januar an, vorher ist alles voll. Die Bestätigung der Fahrschule hänge ich an.

Kann die Frist bis Ende Januar verlängert werden? Ich brauche den Führerschein für meine Ausbildung, ich fahre jeden Tag nach Andernach.

Das Bußgeld habe ich übrigens schon bezahlt.

Viele Grüße
Lea Hürter
Mendig",
    ),
    (
        "wohnmobil-aus-belgien-zulassen",
        "36",
        "Rüdiger Schönberg
Auf der Höhe 14
56332 Dieblich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Dieblich, 23.10.2026

Zulassung eines in Belgien gekauften Wohnmobils

Sehr geehrte Damen und Herren,

ich habe bei einem Händler in Lüttich ein gebrauchtes Wohnmobil gekauft (Fiat Ducato, Erstzulassung 2019). Es ist noch mit belgischen Kennzeichen versehen, die ich bis Monatsende zurückgeben muss.

Mir liegen vor: der belgische Zulassungsschein, die Übereinstimmungsbescheinigung (COC), der Kaufvertrag und eine Versicherungsbestätigung (eVB-Nummer).

Reicht das für die Zulassung, oder braucht das Fahrzeug vorher eine Begutachtung beim TÜV? Muss ich einen Termin vereinbaren, oder kann ich einfach vorbeikommen? Gern hätte ich außerdem das Kennzeichen MYK-RS 62, falls es frei ist.

Mit freundlichen Grüßen
Rüdiger Schönberg",
    ),
    (
        "asp-verdacht-mastbetrieb-lonnig",
        "39",
        "Tierarztpraxis Dr. Ansgar Mohr
Nutztierpraxis
Severusstraße 8
56294 Münstermaifeld

Per Fax vorab an die Kreisverwaltung Mayen-Koblenz

Münstermaifeld, 15.09.2026, 14:20 Uhr

Verdacht auf Afrikanische Schweinepest – Betrieb Schmitz, Lonnig

Sehr geehrte Damen und Herren,

ich bin heute Vormittag zum Schweinemastbetrieb Peter Schmitz, Am Hohlweg 3, 56295 Lonnig, gerufen worden. In zwei Abteilen mit zusammen etwa 180 Mastschweinen sind seit Samstag neun Tiere verendet. Mehrere Tiere zeigen hohes Fieber über 41 Grad, Fressunlust und rötlich-blaue Verfärbungen an Ohren und Bauch.

Ich habe Blutproben genommen und zwei verendete Tiere zur Abholung bereitgestellt. Der Landwirt ist angewiesen, den Stall nicht mehr zu verlassen, keine Tiere abzugeben und keine Besucher auf den Hof zu lassen.

Ich bitte um sofortige Kontaktaufnahme durch den Amtstierarzt. Ich bin unter 0171 4436219 erreichbar.

Mit kollegialen Grüßen
Dr. Ansgar Mohr",
    ),
    (
        "weiterleitung-beschwerde-eiscafe-bendorf",
        "39",
        "Von: Bürgerbüro Kreisverwaltung <buergerbuero@kvmyk.de>
Betreff: WG: Eiscafé in Bendorf – eklig
Datum: 24.07.2026

Hallo zusammen,

die folgende Nachricht kam über das Kontaktformular bei uns an. Wir sind dafür nicht zuständig, bitte an die richtige Stelle weitergeben.

Gruß aus dem Bürgerbüro
Andrea

-----

Ich war gestern mit meinen Kindern im Eiscafé Venezia in der Hauptstraße in Bendorf und bin entsetzt. Die Eisportionierer lagen in einer Schüssel mit trüber, fast grauer Brühe. Mehrere Sorten in der Theke waren sichtbar angetaut und wieder gefroren, mit Eiskristallen obendrauf. Die Verkäuferin hat kassiert und dann mit denselben Händen, ohne Handschuhe, die Waffeln angefasst. Auf der Personaltoilette, an der man zur Kundentoilette vorbeigeht, gab es weder Seife noch Handtücher.

Bitte schauen Sie sich das mal an, da gehen im Sommer jeden Tag hunderte Kinder hin.

Tanja Ostermann",
    ),
    (
        "kulturverein-opferfest-schlachtung-ausnahme",
        "39",
        "Islamischer Kultur- und Bildungsverein Weißenthurm e. V.
Hauptstraße 112
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 2. November 2026

Schlachtung von Schafen zum Opferfest 2027

Sehr geehrte Damen und Herren,

viele unserer Mitglieder möchten zum Opferfest im kommenden Jahr ein Schaf schlachten lassen. Bisher haben einzelne Familien das privat bei Bekannten auf dem Land gemacht. Das wollen wir nicht mehr, sondern es ordentlich und nach den Vorschriften organisieren.

Wir haben folgende Fragen:
1. Können wir eine Ausnahmegenehmigung für das Schlachten ohne Betäubung beantragen, und welche Unterlagen brauchen wir dafür?
2. Falls das nicht möglich ist: Wäre eine Schlachtung mit Kurzzeitbetäubung in einem zugelassenen Schlachtbetrieb im Kreis eine Lösung? Kennen Sie Betriebe, die das anbieten?
3. Wer muss das Fleisch untersuchen, bevor es an die Familien verteilt wird?

Es geht um etwa 40 Schafe. Über ein Gespräch würden wir uns freuen.

Mit freundlichen Grüßen
Emre Yıldız
1. Vorsitzender",
    ),
    (
        "gymnasium-anmeldeueberhang-klasse-fuenf",
        "40",
        "Gymnasium an der Nette
Schulleitung
Am Sportpark 4
56727 Mayen

An den Schulträger
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 3. März 2027

Anmeldungen für die Klassenstufe 5 zum Schuljahr 2027/28

Sehr geehrte Damen und Herren,

zum Anmeldeschluss liegen uns 151 Anmeldungen für die neue Klassenstufe 5 vor. Unsere Aufnahmekapazität ist bisher auf fünf Klassen mit höchstens 28 Kindern festgelegt, also 140 Plätze.

Wir bitten um eine kurzfristige Entscheidung, ob ausnahmsweise eine sechste Eingangsklasse gebildet werden kann. Räumlich ginge das nur, wenn der bisherige Musikraum 2 dauerhaft als Klassenraum genutzt wird; dafür bräuchten wir Mobiliar und eine Tafel. Andernfalls müssten wir elf Kinder an andere Gymnasien verweisen, darunter mehrere mit Geschwistern an unserer Schule.

Da die Zusagen an die Eltern bis zum 31. März verschickt werden, wären wir für eine Antwort bis Mitte März dankbar. Die Zahlen der letzten drei Jahre legen wir bei, sie könnten auch für die Schulentwicklungsplanung interessant sein.

Mit freundlichen Grüßen
Dr. Claudia Reinartz
Oberstudiendirektorin",
    ),
    (
        "taxiunternehmen-schueler-randaliert-im-schultaxi",
        "40",
        "Von: Taxi Bermel Mendig <dispo@taxi-bermel.de>
Betreff: Fahrt Förderschule – Schüler Niklas, Probleme im Fahrzeug
Datum: 06.10.2026

Guten Tag,

wir fahren im Auftrag des Kreises morgens und mittags die Tour Bell – Thür – Förderschule Mayen mit vier Kindern.

Seit zwei Wochen gibt es große Probleme mit dem Schüler Niklas (10 Jahre). Er schnallt sich während der Fahrt ab, wirft Sachen nach vorn zur Fahrerin und hat letzten Freitag einem Mitschüler so ins Gesicht geschlagen, dass der geblutet hat. Unsere Fahrerin musste zweimal auf dem Seitenstreifen halten. Sie sagt, sie fährt die Tour so nicht mehr weiter, allein kann sie das nicht verantworten.

Wir bitten dringend um eine Lösung, zum Beispiel eine Begleitperson im Fahrzeug oder eine Einzelbeförderung für den Jungen. Die Eltern haben wir informiert, die Schule weiß Bescheid.

Mit freundlichen Grüßen
Heike Bermel
Taxi Bermel GmbH",
    ),
    (
        "foerderverein-spendet-tischtennisplatten-schulhof",
        "40",
        "Förderverein der Realschule plus Vallendar e. V.
c/o Martina Hübinger
Weitersburger Weg 11
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 17.09.2026

Spende von zwei Tischtennisplatten für den Schulhof

Sehr geehrte Damen und Herren,

unser Förderverein hat beim Schulfest und einem Sponsorenlauf knapp 4.800 Euro gesammelt. Schülervertretung und Schulleitung wünschen sich davon zwei wetterfeste Betontischtennisplatten für den oberen Schulhof.

Die Schulleitung hat uns gesagt, dass wir dafür die Zustimmung des Schulträgers brauchen, weil die Platten fest einbetoniert werden. Wir bitten daher um Ihr Einverständnis und um Auskunft, ob Sie Vorgaben zum Standort, zum Fallschutz oder zur Firma haben. Die Platten würden nach dem Aufbau in das Eigentum der Schule bzw. des Kreises übergehen.

Ein Angebot und eine Skizze des Aufstellorts liegen bei.

Mit freundlichen Grüßen
Martina Hübinger
Vorsitzende",
    ),
    (
        "zugewiesene-familie-kettig-ohne-leistungen",
        "50",
        "Von: Sabine Kirsch <s.kirsch@vg-weissenthurm.de>
Betreff: Familie Rahimi, neu zugewiesen nach Kettig – noch keine Leistungen
Datum: 10.11.2026

Sehr geehrte Damen und Herren,

ich bin Integrationsbeauftragte der Verbandsgemeinde Weißenthurm. Am 2. November ist uns die Familie Rahimi aus Afghanistan zugewiesen worden (Eltern, drei Kinder im Alter von 3, 7 und 12 Jahren). Die Familie wohnt seitdem in einer Wohnung der Ortsgemeinde in Kettig, Bahnhofstraße 30. Das Asylverfahren läuft noch.

In der Aufnahmeeinrichtung haben sie das Geld bis Ende Oktober bekommen, seit dem Umzug haben sie nichts mehr. Die Kinder haben keine Winterjacken und keine festen Schuhe, und die Lebensmittel bekommen sie im Moment von der Tafel und von Nachbarn.

Bitte teilen Sie mir mit, wann die Familie zur Antragstellung kommen kann und ob eine Abschlagszahlung möglich ist. Ich würde die Familie zum Termin begleiten, ein Dolmetscher für Dari ist vorhanden. Die Aufenthaltsgestattungen schicke ich in Kopie mit.

Mit freundlichen Grüßen
Sabine Kirsch",
    ),
    (
        "landesblindengeld-vater-makula-ochtendung",
        "50",
        "Renate Fuhrmann
Lindenallee 4
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 21.09.2026

Antrag auf Blindengeld für meinen Vater Alois Mannebach

Sehr geehrte Damen und Herren,

ich stelle für meinen Vater Alois Mannebach, geb. 06.01.1942, wohnhaft Raiffeisenstraße 19, 56299 Ochtendung, einen Antrag auf Landesblindengeld. Eine Vorsorgevollmacht liegt bei.

Mein Vater hat eine feuchte Makuladegeneration an beiden Augen. Nach der letzten Untersuchung bei seinem Augenarzt liegt die Sehschärfe auf beiden Augen unter 1/50. Der Befundbericht ist beigefügt, einen Schwerbehindertenausweis mit Merkzeichen Bl hat er beantragt.

Mein Vater bekommt seit diesem Jahr Pflegegrad 2. Wird das Pflegegeld auf das Blindengeld angerechnet? Und ab wann wird gezahlt – ab Antrag oder ab der Diagnose im Juli?

Mit freundlichen Grüßen
Renate Fuhrmann",
    ),
    (
        "wohngeld-rueckforderung-ferienjob-sohn",
        "50",
        "Stefanie Lorenz
Am Sauerbrunnen 7
56645 Nickenich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Nickenich, 28.10.2026

Ihr Bescheid vom 15.10.2026 – Rückforderung 1.140 Euro

Sehr geehrte Damen und Herren,

mit Ihrem Bescheid fordern Sie 1.140 Euro Mietzuschuss zurück, weil wir das Einkommen meines Sohnes Tim nicht angegeben haben.

Tim ist 17 und geht aufs Gymnasium. Er hat im Sommer drei Monate in einem Getränkemarkt gearbeitet, als Ferienjob für seinen Führerschein. Ich dachte wirklich, dass Einkommen von Schülern nicht zählt, und habe es deshalb nicht gemeldet. Seit September arbeitet er nicht mehr.

Ich bitte Sie, die Berechnung noch einmal zu überprüfen, weil der Job nur vorübergehend war. Falls es bei der Rückforderung bleibt, kann ich den Betrag nicht auf einmal zahlen. Ich bin alleinerziehend und arbeite Teilzeit. Wären Raten von 50 Euro im Monat möglich?

Mit freundlichen Grüßen
Stefanie Lorenz",
    ),
    (
        "schulbegleitung-35a-autismus-weissenthurm",
        "51",
        "Julia und Marco Reuter
Kärlicher Straße 45
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 7. Juli 2026

Antrag auf Eingliederungshilfe nach § 35a SGB VIII – Schulbegleitung für unseren Sohn Ben

Sehr geehrte Damen und Herren,

unser Sohn Ben, geb. 14.05.2019, wird nach den Sommerferien in der Grundschule Weißenthurm eingeschult. Im Frühjahr wurde in der Kinder- und Jugendpsychiatrie eine Autismus-Spektrum-Störung festgestellt; die Ärztin bescheinigt eine seelische Behinderung. Der Bericht liegt bei.

Ben kann sich in größeren Gruppen schlecht orientieren, gerät bei Lärm und Veränderungen in Panik und läuft dann weg. Die Schulleitung hat uns nach dem Schnuppertag geraten, eine Schulbegleitung zu beantragen, weil sie ihn sonst nicht sicher beaufsichtigen kann.

Wir beantragen daher eine Schulbegleitung für die gesamte Unterrichtszeit ab dem ersten Schultag. Können Sie uns sagen, ob das rechtzeitig klappen kann und welche Unterlagen noch fehlen?

Mit freundlichen Grüßen
Julia und Marco Reuter",
    ),
    (
        "klinik-sozialdienst-fruehchen-entlassung-muelheim-kaerlich",
        "51",
        "Von: Sozialdienst Kinderklinik <sozialdienst.paediatrie@klinikum-mittelrhein.de>
Betreff: Bitte um Kontakt vor Entlassung – Säugling Mila Schuster, geb. 29.08.2026
Datum: 22.10.2026

Sehr geehrte Kolleginnen und Kollegen,

wir betreuen seit der Geburt das Frühgeborene Mila Schuster (Geburt in der 31. SSW). Die Mutter, Frau Jacqueline Schuster, 22 Jahre, wohnt in 56218 Mülheim-Kärlich, Kurfürstenstraße 50, der Kindsvater ist nicht bekannt.

Frau Schuster ist in einem Substitutionsprogramm. Sie hat ihre Tochter in den letzten Wochen nur unregelmäßig besucht, zuletzt vor neun Tagen, und ist telefonisch oft nicht erreichbar. Die Entlassung des Kindes ist aus medizinischer Sicht für Anfang November geplant.

Wir haben Sorge, ob die Versorgung zu Hause gesichert ist, und bitten um ein gemeinsames Gespräch mit der Mutter hier in der Klinik vor der Entlassung. Frau Schuster ist mit der Weitergabe dieser Informationen an Sie einverstanden.

Mit freundlichen Grüßen
Katrin Zeller
Sozialdienst Kinder- und Jugendmedizin",
    ),
    (
        "oma-andernach-enkelin-polch-ritzt-sich",
        "51",
        "Gisela Brück
Schillerring 12
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 13.10.2026

Hilfe für meine Enkelin Sophie

Sehr geehrte Damen und Herren,

ich schreibe Ihnen im Einverständnis mit meiner Tochter Nadine Keller, die das selbst nicht schafft. Meine Enkelin Sophie ist 15 und wohnt bei ihrer Mutter in Polch, Ostlandstraße 8.

Sophie hat sich seit dem Frühjahr immer wieder an den Armen geritzt. Im August war sie sechs Wochen in der Jugendpsychiatrie, letzte Woche ist sie entlassen worden. Eine ambulante Therapeutin gibt es frühestens im Februar. Meine Tochter arbeitet im Schichtdienst im Krankenhaus und hat Angst, Sophie nachmittags allein zu lassen. Zur Schule geht Sophie seit der Entlassung nicht mehr.

Die Klinik hat uns gesagt, wir sollen uns an das Jugendamt wenden, weil es Hilfen für die Familie gibt. Bitte melden Sie sich bei meiner Tochter unter 0176 22918403 oder bei mir.

Mit freundlichen Grüßen
Gisela Brück",
    ),
    (
        "staatsanwaltschaft-ladendiebstahl-jugendlicher-andernach",
        "JA-AND",
        "Staatsanwaltschaft Koblenz
Jugendabteilung
Karmeliterstraße 14
56068 Koblenz

Aktenzeichen: 2080 Js 14733/26 jug.
Koblenz, 19.10.2026

Ermittlungsverfahren gegen Leon Marx, geb. 12.03.2010, wohnhaft bei den Eltern, Breite Straße 61, 56626 Andernach
wegen gemeinschaftlichen Diebstahls

Sehr geehrte Damen und Herren,

dem Beschuldigten wird vorgeworfen, am 27.08.2026 gemeinsam mit zwei weiteren Jugendlichen in einem Elektronikmarkt in Koblenz Kopfhörer im Wert von 389 Euro entwendet zu haben. Der Beschuldigte ist geständig und bislang nicht in Erscheinung getreten.

Es wird erwogen, nach § 45 Abs. 2 JGG von der Verfolgung abzusehen, sofern eine erzieherische Maßnahme durchgeführt wird, etwa ein Gespräch mit Arbeitsauflage oder ein Täter-Opfer-Ausgleich.

Ich bitte um Mitteilung, ob dem Beschuldigten eine geeignete Maßnahme angeboten werden kann, und um kurzen Bericht über das Ergebnis. Eine Ablichtung des Polizeiberichts ist beigefügt.

Mit freundlichen Grüßen
Hofmann
Staatsanwältin",
    ),
    (
        "bundespolizei-unbegleiteter-jugendlicher-bahnhof-andernach",
        "JA-AND",
        "Bundespolizeiinspektion Koblenz
Revier Andernach
Kölner Straße 2
56626 Andernach

FAX – eilt

An die Kreisverwaltung Mayen-Koblenz
mit der Bitte um Weiterleitung an das zuständige Jugendamt

Andernach, 04.11.2026, 07:45 Uhr

Nachtrag zu unserer telefonischen Mitteilung von 02:10 Uhr

Bei einer Kontrolle im Regionalexpress wurde heute Nacht am Bahnhof Andernach ein unbegleiteter Jugendlicher ohne Ausweispapiere angetroffen. Nach eigenen Angaben heißt er Ahmad Nouri, ist am 01.01.2011 in Aleppo geboren und syrischer Staatsangehöriger. Er möchte zu einem Onkel nach Hamburg, dessen Anschrift er nicht kennt.

Der Jugendliche wurde gegen 03:00 Uhr an die Rufbereitschaft des Jugendamts übergeben und ist vorläufig in der Notaufnahmegruppe in Andernach untergebracht.

Anbei übersenden wir das Protokoll der Befragung, die Lichtbilder und eine Kopie des bei ihm gefundenen Zettels mit Telefonnummern. Die erkennungsdienstliche Behandlung ist erfolgt; die Ausländerbehörde erhält eine gesonderte Mitteilung.

Im Auftrag
Dreher, POK",
    ),
    (
        "pflegeeltern-zahnspange-sonderbedarf-andernach",
        "JA-AND",
        "Von: Familie Wolter <wolter.miesenheim@t-online.de>
Betreff: Pflegekind Jana – Zuzahlung Zahnspange und Nachhilfe
Datum: 16.09.2026

Liebe Frau Schäfer,

wie am Telefon besprochen, schicke ich Ihnen die Unterlagen zu unserer Pflegetochter Jana (11), die seit 2022 bei uns in Andernach-Miesenheim, Im Kirchfeld 3, lebt.

Der Kieferorthopäde hat eine feste Zahnspange verordnet. Die Krankenkasse übernimmt nur den Regelanteil, für die empfohlenen Zusatzleistungen sollen wir 980 Euro selbst tragen. Außerdem braucht Jana seit dem Wechsel auf die Realschule dringend Nachhilfe in Mathe, zweimal die Woche, 28 Euro je Stunde.

Beides können wir vom laufenden Pflegegeld nicht bezahlen. Wir beantragen deshalb eine einmalige Beihilfe für die Spange und die Übernahme der Nachhilfekosten für dieses Schuljahr. Kostenplan und Angebot der Nachhilfeschule hängen an.

Das Hilfeplangespräch im November passt uns übrigens gut, wir kommen zu dritt.

Viele Grüße
Anke Wolter",
    ),
    (
        "kita-vater-holt-kind-alkoholisiert-ab-mayen",
        "JA-MY",
        "Kita Regenbogen
Leitung
Habsburgstraße 20
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 20.10.2026

Mitteilung gewichtiger Anhaltspunkte für eine Kindeswohlgefährdung
Kind: Finn Becker, geb. 03.02.2022, wohnhaft bei den Eltern, Eichendorffweg 6, 56727 Mayen

Sehr geehrte Damen und Herren,

nach Beratung mit unserer insoweit erfahrenen Fachkraft teilen wir Ihnen Folgendes mit:

Der Vater von Finn hat das Kind in den letzten drei Wochen mehrfach deutlich alkoholisiert abgeholt. Am 16.10. roch er stark nach Alkohol, lallte und wollte mit Finn im Auto wegfahren. Wir haben die Mutter angerufen, die Finn dann abgeholt hat.

Ein Gespräch mit beiden Eltern am 17.10. hat keine Veränderung gebracht; der Vater bestreitet ein Problem, die Mutter wirkte überfordert. Finn kommt in letzter Zeit häufig ohne Frühstück und in ungewaschener Kleidung.

Die Dokumentation der Vorfälle liegt bei. Für Rückfragen stehe ich Ihnen zur Verfügung.

Mit freundlichen Grüßen
Petra Hommen
Kita-Leitung",
    ),
    (
        "uv-rueckgriff-vater-wuerzburg-raten-kind-mayen",
        "JA-MY",
        "Andreas Gerhards
Sanderglacisstraße 31
97072 Würzburg

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Würzburg, 5. Oktober 2026

Ihr Schreiben vom 21.09.2026, Az. UV 2026-311 – mein Sohn Lukas Gerhards

Sehr geehrte Damen und Herren,

Sie fordern von mir 2.870 Euro zurück, die Sie als Vorschuss für meinen Sohn Lukas gezahlt haben, der bei seiner Mutter in Mayen, Wittbende 14, lebt, und verlangen ab November monatlich den vollen Unterhalt.

Ich bestreite nicht, dass ich zahlen muss. Ich war aber von März bis August arbeitslos und arbeite jetzt befristet als Lagerhelfer für 1.690 Euro netto. Davon gehen 650 Euro Miete ab. Meine Gehaltsabrechnungen und den Arbeitsvertrag lege ich bei.

Ich bitte Sie, meinen Selbstbehalt zu berücksichtigen und den laufenden Betrag neu zu berechnen. Für die Rückstände schlage ich eine Ratenzahlung von 60 Euro im Monat vor.

Mit freundlichen Grüßen
Andreas Gerhards",
    ),
    (
        "caritas-tagesgruppe-sohn-nach-schulausschluss-mayen",
        "JA-MY",
        "Von: Caritasverband Rhein-Mosel-Ahr, Erziehungsberatung Mayen <eb-mayen@caritas-ram.de>
Betreff: Frau Yvonne Strunk – Antrag auf Hilfe zur Erziehung für Sohn Jannik
Datum: 11.11.2026

Sehr geehrte Damen und Herren,

im Auftrag und mit Einverständnis von Frau Yvonne Strunk, Polcher Straße 88, 56727 Mayen, stelle ich für ihren Sohn Jannik (9) einen Antrag auf Hilfe zur Erziehung. Die unterschriebene Erklärung von Frau Strunk hänge ich an.

Frau Strunk ist alleinerziehend mit drei Kindern und arbeitet vormittags in einer Bäckerei. Jannik ist nach mehreren Vorfällen mit Mitschülern für zwei Wochen vom Unterricht ausgeschlossen worden. Nachmittags ist er weitgehend sich selbst überlassen und hält sich mit älteren Jugendlichen am Bahnhof auf.

Aus unserer Sicht wäre eine Tagesgruppe mit Hausaufgabenbetreuung und sozialem Training die passende Hilfe. Frau Strunk wünscht sich das ausdrücklich.

Wir würden Frau Strunk gern zum ersten Gespräch bei Ihnen begleiten.

Mit freundlichen Grüßen
Tobias Brandscheid
Dipl.-Sozialpädagoge",
    ),
    (
        "blaualgen-laacher-see-ferienlager",
        "53",
        "Von: Marc Emmerich <m.emmerich@kjg-mendig.de>
Betreff: Badewasserqualität Laacher See – Zeltlager im Juli
Datum: 02.06.2026

Guten Tag,

wir sind die Katholische junge Gemeinde Mendig und planen vom 13. bis 20. Juli ein Zeltlager mit 45 Kindern zwischen 9 und 14 Jahren in der Nähe des Laacher Sees. Die Kinder sollen an der Badestelle baden gehen, natürlich mit Rettungsschwimmern.

Letzten Sommer gab es an einigen Seen Warnungen wegen Blaualgen. Wo kann ich die aktuellen Ergebnisse der Wasserproben einsehen, und wie oft wird im Sommer gemessen? Können Sie uns informieren, falls während unseres Lagers eine Warnung herausgegeben wird? Gibt es Anzeichen im Wasser, auf die unsere Betreuer selbst achten sollten?

Vielen Dank und viele Grüße
Marc Emmerich
Lagerleitung",
    ),
    (
        "bestatter-zweite-leichenschau-feuerbestattung",
        "53",
        "Bestattungen Knopp
Inh. Stefan Knopp
Bäckerstraße 3
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 14.10.2026

Anmeldung zur Leichenschau vor Feuerbestattung

Sehr geehrte Damen und Herren,

hiermit melden wir die Verstorbene Hedwig Lahr, geb. 19.08.1934, verstorben am 12.10.2026 im Seniorenzentrum St. Josef in Polch, zur zweiten Leichenschau vor der Einäscherung an.

Die Todesbescheinigung des Hausarztes (natürlicher Tod) liegt bei. Die Verstorbene befindet sich in unserem Kühlraum in Mayen und kann dort jederzeit untersucht werden. Die Einäscherung ist für den 19.10. vorgesehen; wir bitten daher um einen Termin möglichst bis zum 16.10.

Die Tochter hat uns gebeten mitzuteilen, dass sie wegen der Bestattungskosten selbst noch einen Antrag stellen wird; das soll die Leichenschau aber nicht verzögern.

Mit freundlichen Grüßen
Stefan Knopp",
    ),
    (
        "praxis-meldet-masernverdacht-jugendlicher",
        "53",
        "Kinder- und Jugendarztpraxis Dr. Hennes
Koblenzer Straße 88
56626 Andernach
Tel. 02632 495770, Fax 02632 495771

Per Fax

Andernach, 03.03.2026

Meldung nach § 6 IfSG – Verdacht auf Masern

Patient: Mats Olbrich, männlich, geb. 17.06.2011
Anschrift: Im Hasenfeld 5, 56645 Nickenich
Erkrankungsbeginn: 27.02.2026 (Fieber), Exanthem seit 02.03.2026
Symptome: Fieber bis 39,8 Grad, Konjunktivitis, Husten, makulopapulöses Exanthem, Koplik-Flecken
Impfstatus: laut Eltern nicht geimpft, kein Impfausweis vorgelegt
Labordiagnostik: Rachenabstrich und Serum am 03.03. an Labor Koblenz versandt, Ergebnis steht aus
Gemeinschaftseinrichtung: besucht die 9. Klasse einer Realschule plus in Andernach, zuletzt dort am 26.02.
Kontakte: zwei jüngere Geschwister (5 und 8 Jahre), Impfstatus unbekannt

Der Patient ist häuslich isoliert, die Familie wurde aufgeklärt.

Dr. med. Ulrike Hennes",
    ),
    (
        "wegekreuz-versetzen-ortsdurchfahrt-dieblich",
        "63",
        "Ingenieurbüro Lauxen & Theis
Verkehrs- und Tiefbauplanung
Moselweißer Straße 120
56073 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 26.08.2026

Ausbau der Ortsdurchfahrt Dieblich – Versetzung des Wegekreuzes Hauptstraße/Bergstraße

Sehr geehrte Damen und Herren,

im Auftrag der Ortsgemeinde Dieblich planen wir den Ausbau der Ortsdurchfahrt einschließlich neuer Gehwege. An der Einmündung Hauptstraße/Bergstraße steht ein Basaltkreuz von 1768, das als Kulturdenkmal eingetragen ist.

Das Kreuz steht heute direkt an der Fahrbahnkante und wurde in den letzten Jahren zweimal von Lkw gestreift. Im Zuge des Ausbaus soll es um etwa vier Meter zurückversetzt und auf einem neuen Fundament wieder aufgestellt werden. Die Arbeiten würde ein Steinmetz mit Erfahrung in der Denkmalpflege ausführen, der auch die Fehlstellen am Sockel schließen soll.

Wir bitten um die erforderliche Genehmigung. Lageplan, Fotos und die Beschreibung des Steinmetzbetriebs liegen bei. Baubeginn ist für März 2027 vorgesehen.

Mit freundlichen Grüßen
Dipl.-Ing. Carsten Theis",
    ),
    (
        "schweinestall-zur-hundepension-umbauen-thuer",
        "63",
        "Von: Verena Schmidt <verena.schmidt@hof-schmidt-thuer.de>
Betreff: Hundepension im alten Schweinestall – brauche ich eine Genehmigung?
Datum: 08.09.2026

Guten Tag,

mein Mann und ich haben 2019 die Schweinehaltung auf unserem Aussiedlerhof außerhalb von Thür aufgegeben. Der Stall (ca. 25 x 12 Meter, massiv) steht seitdem leer.

Wir möchten darin eine Hundepension mit zwölf Zwingern einrichten, dazu einen eingezäunten Auslauf auf der Wiese daneben. Baulich würden wir Trennwände einziehen, Fenster vergrößern, eine Heizung einbauen und einen kleinen Empfangsraum mit WC abtrennen. Die Außenmauern und das Dach bleiben.

Brauchen wir dafür einen Bauantrag, weil aus dem Stall etwas anderes wird? Und spielt es eine Rolle, dass der Hof im Außenbereich liegt? Die Erlaubnis für die Tierbetreuung beantragen wir beim Veterinäramt, das ist schon in Arbeit.

Mit freundlichen Grüßen
Verena Schmidt",
    ),
    (
        "funkmast-bauantrag-einvernehmen-ortsgemeinde-kehrig",
        "63",
        "Ortsgemeinde Kehrig
Der Ortsbürgermeister
Hauptstraße 9
56729 Kehrig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kehrig, 30.09.2026

Bauantrag Mobilfunkmast Flur 12, Flurstück 44 („Auf dem Heidchen“)

Sehr geehrte Damen und Herren,

über die Verbandsgemeinde haben wir den Bauantrag eines Funkturmbetreibers für einen 40 Meter hohen Mobilfunkmast am Ortsrand erhalten, mit der Bitte um Entscheidung über das gemeindliche Einvernehmen.

Der Gemeinderat hat die Sache am 28.09. beraten. Grundsätzlich begrüßen wir die bessere Netzabdeckung, es gibt aber Bedenken wegen der Nähe zum Spielplatz und zum Neubaugebiet. Eine Unterschriftenliste mit 112 Namen wurde uns übergeben.

Bevor der Rat abschließend entscheidet, bitten wir um Auskunft: Bis wann muss das Einvernehmen erklärt werden? Wäre ein alternativer Standort am Sportplatz, etwa 300 Meter weiter östlich, baurechtlich denkbar? Und wird eine Standortbescheinigung der Bundesnetzagentur von Ihnen geprüft?

Mit freundlichen Grüßen
Hubert Gilles
Ortsbürgermeister",
    ),
    (
        "wertstoffhof-samstags-schlange-bis-zur-strasse",
        "70",
        "Von: Klaus-Dieter Mohr <kd.mohr@freenet.de>
Betreff: Samstags am Wertstoffhof – so geht das nicht
Datum: 26.10.2026

Sehr geehrte Damen und Herren,

ich wollte am Samstag beim Wertstoffhof in Mülheim-Kärlich Grünschnitt und eine alte Waschmaschine abgeben. Die Schlange der Autos reichte bis auf die Kreisstraße zurück, ich habe eine Stunde und zwanzig Minuten gewartet. Von anderen habe ich gehört, dass es seit dem Sommer jeden Samstag so ist.

Am Tor war nur ein Mitarbeiter, der gleichzeitig kontrolliert, kassiert und die Leute eingewiesen hat. Der Mann hat sich bemüht, aber allein schafft er das nicht.

Ich schlage vor, samstags eine zweite Kraft einzusetzen oder einen Nachmittag unter der Woche länger zu öffnen. Viele Berufstätige können nur samstags. Gefährlich ist der Rückstau außerdem, weil die Autos auf der Fahrbahn stehen.

Mit freundlichen Grüßen
Klaus-Dieter Mohr
Urmitz",
    ),
    (
        "abfallgebuehr-fuer-garagengrundstueck-ohne-wohnung",
        "70",
        "Helmut Bröhl
Lindenstraße 23
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 12.02.2026

Gebührenbescheid 2026 für das Grundstück Sayner Straße 7a

Sehr geehrte Damen und Herren,

ich habe für das Grundstück Sayner Straße 7a in Bendorf einen Gebührenbescheid über 186,00 Euro für eine Restabfalltonne und die Grundgebühr bekommen.

Auf diesem Grundstück stehen nur zwei Garagen, die ich und mein Nachbar nutzen. Dort wohnt niemand, es gibt keinen Wasseranschluss und es fällt kein Abfall an. Eine Tonne habe ich dort auch nie bekommen. Ich vermute, das Grundstück ist beim Kauf im letzten Jahr versehentlich als Wohngrundstück erfasst worden.

Ich bitte, den Bescheid aufzuheben. Den Betrag habe ich vorsorglich noch nicht überwiesen und bitte, bis zur Klärung nicht zu mahnen.

Mit freundlichen Grüßen
Helmut Bröhl",
    ),
    (
        "abfuhrkalender-auf-papier-fuer-mutter",
        "70",
        "Von: Thomas Lanser <t.lanser@gmx.net>
Betreff: Abfuhrkalender in Papierform für meine Mutter
Datum: 08.01.2026

Guten Tag,

meine Mutter Elfriede Lanser, 86 Jahre, wohnt allein in Ochtendung, Kirchstraße 14. Früher hat sie den Abfuhrkalender immer im Briefkasten gehabt und an den Kühlschrank gehängt. Dieses Jahr kam keiner, und ein Internet hat sie nicht.

Jetzt hat sie am Montag die gelben Säcke rausgestellt, obwohl die erst nächste Woche dran sind, und die Biotonne ist stehen geblieben, weil sie den Termin nicht wusste.

Können Sie ihr bitte einen gedruckten Kalender für 2026 zuschicken? Gibt es die Möglichkeit, dass sie ihn jedes Jahr automatisch per Post bekommt? Ich wohne in Köln und kann nicht jede Woche nachsehen.

Vielen Dank und freundliche Grüße
Thomas Lanser",
    ),
];
