//! A fourteenth held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks: its day-one result is the
//! honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_14: &[(&str, &str, &str)] = &[
    (
        "stoffhase-verloren-nach-termin-zulassungsstelle",
        "10",
        "Von: Jana Brückner <jana.brueckner82@web.de>
An: info@kvmyk.de
Betreff: Kuscheltier verloren – grauer Hase
Datum: Do, 12.02.2026 08:14

Guten Morgen,

wir waren gestern gegen 10 Uhr bei Ihnen im Kreishaus in der Bahnhofstraße, mein Mann hatte einen Termin bei der Zulassungsstelle wegen unserem neuen Auto. Unsere Tochter (3) hatte ihren Stoffhasen dabei: grau, ca. 30 cm groß, rotes Halstuch, ein Ohr ist mit blauem Faden geflickt. Zuhause haben wir gemerkt dass er weg ist. Vermutlich liegt er im Wartebereich oder beim Aufzug im Erdgeschoss.

Wurde so ein Hase bei Ihnen abgegeben? Für Sie ist das nur ein Kuscheltier, für uns gerade eine mittlere Katastrophe, die Kleine schläft seit gestern kaum.

Wir können jederzeit vorbeikommen und ihn abholen.

Viele Grüße
Jana Brückner
Kirchstraße 4, 56575 Weißenthurm
Tel. 0176 48213907",
    ),
    (
        "musikverein-konzertreise-partnerregion-grussbotschaft",
        "10",
        "Musikverein „Harmonie“ 1921 Kruft e.V.
Der Vorsitzende
Eulenstraße 12
56642 Kruft

Kreisverwaltung Mayen-Koblenz
z. Hd. Herrn Landrat
Bahnhofstraße 9
56068 Koblenz

Kruft, 3. März 2026

Konzertreise in die Partnerregion im Mai 2026

Sehr geehrter Herr Landrat,

vom 14. bis 18. Mai 2026 fährt unser Musikverein mit 38 Musikerinnen und Musikern in die polnische Partnerregion unseres Landkreises. Der Kontakt entstand beim Partnerschaftstreffen im vergangenen Herbst, bei dem wir im Foyer des Kreishauses gespielt haben. Geplant sind ein Freiluftkonzert auf dem Marktplatz und ein gemeinsames Konzert mit dem dortigen Blasorchester.

Wir möchten die Reise gerne als kleinen Beitrag zur Kreispartnerschaft verstehen und hätten dazu drei Bitten:

1. eine kurze schriftliche Grußbotschaft von Ihnen, die ich beim Konzert verlesen kann (gerne mit polnischer Übersetzung, falls vorhanden),
2. einige Gastgeschenke des Landkreises, etwa Wimpel oder Bildbände, für unsere Gastgeber,
3. den Namen einer Ansprechperson in der Kreisverwaltung, die die Partnerschaft betreut, damit wir die Termine vor Ort abstimmen können.

Über eine positive Rückmeldung würden wir uns sehr freuen.

Mit musikalischen Grüßen

Bernd Schäfer
1. Vorsitzender
Tel. 02652 9371",
    ),
    (
        "presseanfrage-wartezeiten-online-terminvergabe",
        "10",
        "Von: Miriam Kolb <m.kolb@rhein-mosel-kurier.de>
An: pressestelle@kvmyk.de
Betreff: Presseanfrage – Wartezeiten seit Umstellung auf Online-Termine
Datum: 24.02.2026, 11:52

Sehr geehrte Damen und Herren,

für einen Beitrag in unserer Samstagsausgabe (28.02.) recherchiere ich zu den Erfahrungen mit der Online-Terminvergabe im Kreishaus. Mehrere Leserinnen und Leser haben sich bei uns gemeldet, weil sie nach eigenen Angaben wochenlang keinen freien Termin finden, insbesondere bei der Ausländerbehörde und der Zulassungsstelle.

Ich bitte um Beantwortung folgender Fragen:
- Seit wann gilt die Terminpflicht, und für welche Bereiche?
- Wie viele Termine wurden im Januar 2026 vergeben, wie viele davon nicht wahrgenommen?
- Wie lange ist die durchschnittliche Wartezeit bis zum nächsten freien Termin?
- Gibt es Ausnahmen für Notfälle oder für Menschen ohne Internetzugang?
- Sind zusätzliche Stellen geplant?

Gerne würde ich außerdem ein kurzes Statement des Landrats zitieren. Für eine Antwort bis Donnerstag, 26.02., 12 Uhr, wäre ich dankbar.

Mit freundlichen Grüßen
Miriam Kolb
Redaktion Koblenz/Mayen
Rhein-Mosel-Kurier
Tel. 0261 98412-33",
    ),
    (
        "bewerbung-sachbearbeitung-auslaenderbehoerde-kennziffer-2026-017",
        "11",
        "Leonie Wirtz
Am Sonnenhang 7
56299 Ochtendung
leonie.wirtz@gmx.de

Kreisverwaltung Mayen-Koblenz
Personalamt
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 09.03.2026

Bewerbung als Sachbearbeiterin (m/w/d) in der Ausländerbehörde – Kennziffer 2026/017

Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Stellenausschreibung auf interamt.de gelesen und bewerbe mich hiermit um die ausgeschriebene Stelle.

Nach meiner Ausbildung zur Verwaltungsfachangestellten bei der Verbandsgemeinde Maifeld arbeite ich dort seit 2021 im Bürgerbüro. Zu meinen Aufgaben gehören das Melde- und Passwesen, die Ausstellung von Meldebescheinigungen und die Beratung von Neubürgerinnen und Neubürgern, darunter viele aus Syrien, der Ukraine und Rumänien. Dadurch kenne ich die typischen Fragen rund um Aufenthaltstitel und Visa zumindest aus Sicht der Meldebehörde. Den Angestelltenlehrgang II möchte ich im kommenden Jahr beginnen.

Ich spreche gut Englisch und habe Grundkenntnisse in Arabisch, die ich derzeit in einem Abendkurs vertiefe. Ich arbeite gerne mit Menschen und bleibe auch in angespannten Situationen ruhig.

Eine Vollzeitbeschäftigung ist mir ab dem 1. Juli 2026 möglich; meine Kündigungsfrist beträgt sechs Wochen zum Quartalsende.

Über eine Einladung zu einem Vorstellungsgespräch freue ich mich.

Mit freundlichen Grüßen
Leonie Wirtz

Anlagen: Lebenslauf, Zeugnisse, Prüfungszeugnis Verwaltungsfachangestellte",
    ),
    (
        "sonderurlaub-umzug-kollegin-sozialer-dienst",
        "11",
        "Von: Sandra Loosen <sandra.loosen@kvmyk.de>
An: personalamt@kvmyk.de
Cc: teamleitung-asd@kvmyk.de
Betreff: Arbeitsbefreiung wegen Umzug am 27.03.
Datum: 02.03.2026 15:07

Hallo liebe Kolleginnen und Kollegen,

ich ziehe am Freitag, 27.03.2026, von Koblenz-Lützel nach Bassenheim um. Soweit ich weiß, gibt es für einen Umzug einen Tag Arbeitsbefreiung, wenn er dienstlich veranlasst ist – bei mir ist es privat, deshalb meine Frage: Gibt es trotzdem Sonderurlaub, oder muss ich dafür einen Tag Erholungsurlaub nehmen? Falls Urlaub, bitte kurze Info, dann trage ich ihn im Zeiterfassungsprogramm ein.

Meine Teamleitung weiß Bescheid, die Vertretung für meine Fälle ist geregelt.

Die neue Anschrift reiche ich nach dem Umzug mit der Meldebescheinigung nach, damit sie für die Gehaltsabrechnung geändert wird.

Danke und viele Grüße
Sandra Loosen
Jugendamt – Allgemeiner Sozialer Dienst
Kreisverwaltung Mayen-Koblenz
Tel. 0261 108-4127",
    ),
    (
        "lohnsteuerbescheinigung-2025-steuerklasse-nach-heirat",
        "11",
        "Von: Tobias Henrich <t.henrich@t-online.de>
An: personalamt@kvmyk.de
Betreff: Lohnsteuerbescheinigung 2025 – falsche Steuerklasse?
Datum: 17.03.2026 19:40

Sehr geehrte Damen und Herren,

ich war bis zum 30.09.2025 bei Ihnen als Sachbearbeiter in der Kfz-Zulassung beschäftigt (Personalnummer 40871) und bin seitdem bei der Stadt Koblenz. Jetzt mache ich meine Steuererklärung und mir ist aufgefallen, dass auf der Lohnsteuerbescheinigung 2025 für die ganze Zeit Steuerklasse I steht. Ich habe aber im Juni 2025 geheiratet und wir haben ab Juli die Steuerklassen III/V gewählt. Das Finanzamt hat das damals auch elektronisch gemeldet, auf meinen Gehaltsabrechnungen ab August stand auch die III.

Können Sie bitte prüfen ob die Bescheinigung berichtigt werden muss und mir ggf. eine korrigierte Fassung schicken? Das Finanzamt Koblenz will sonst eine Erklärung von mir.

Meine Anschrift hat sich geändert: Mozartstraße 21, 56170 Bendorf.

Vielen Dank und Grüße
Tobias Henrich",
    ),
    (
        "rechnung-winterdienst-parkplatz-kreishaus-januar",
        "20",
        "Hürter Garten- und Landschaftsbau GmbH
Im Acker 14 · 56299 Ochtendung
Tel. 02625 95870 · info@huerter-galabau.de

Kreisverwaltung Mayen-Koblenz
– Gebäudemanagement –
Bahnhofstraße 9
56068 Koblenz

RECHNUNG Nr. 2026-0118
Rechnungsdatum: 04.02.2026
Kundennummer: 10442
Ihre Bestellung: Rahmenvertrag Winterdienst 2025/2026, Az. 65-WD-25

Leistungszeitraum: 01.01.2026 – 31.01.2026
Objekt: Kreishaus Bahnhofstraße, Parkplätze und Zuwegungen

Pos. 1 Räum- und Streueinsätze gem. Einsatzprotokoll, 14 Einsätze à 185,00 € = 2.590,00 €
Pos. 2 Streusalz, 2,8 t à 168,00 € = 470,40 €
Pos. 3 Zuschlag Nacht-/Wochenendeinsätze, 5 Einsätze à 45,00 € = 225,00 €

Nettobetrag 3.285,40 €
zzgl. 19 % USt 624,23 €
Rechnungsbetrag 3.909,63 €

Zahlbar innerhalb von 30 Tagen ohne Abzug auf unser Konto bei der Sparkasse Koblenz, IBAN DE41 5705 0120 0000 4471 20, unter Angabe der Rechnungsnummer.

Die Einsatzprotokolle liegen bei.

Mit freundlichen Grüßen
Hürter GaLaBau GmbH",
    ),
    (
        "abtretungsanzeige-factoring-wachdienst",
        "20",
        "Rheinland Factoring GmbH
Kaiserstraße 112
55116 Mainz

Kreisverwaltung Mayen-Koblenz
Kreiskasse / Buchhaltung
Bahnhofstraße 9
56068 Koblenz

Mainz, 10.03.2026

Abtretungsanzeige – Ihr Lieferant: Kaya Sicherheitsdienst GmbH, Mülheim-Kärlich
Unser Zeichen: FA-2026-00377

Sehr geehrte Damen und Herren,

wir zeigen Ihnen hiermit an, dass die Kaya Sicherheitsdienst GmbH, Industriestraße 7, 56218 Mülheim-Kärlich, sämtliche gegenwärtigen und künftigen Forderungen aus Lieferungen und Leistungen gegen Sie im Rahmen eines Factoringvertrages an uns abgetreten hat.

Mit befreiender Wirkung können Sie ab sofort nur noch an uns leisten. Bitte überweisen Sie alle offenen und künftigen Rechnungsbeträge dieses Lieferanten – derzeit betrifft dies u. a. die Rechnungen 2026-031 und 2026-044 über den Wachdienst am Kreishaus – ausschließlich auf folgendes Konto:

Kontoinhaber: Rheinland Factoring GmbH
IBAN: DE89 5504 0022 0218 4409 00
Verwendungszweck: Rechnungsnummer + FA-2026-00377

Zahlungen auf das bisherige Konto des Lieferanten haben keine schuldbefreiende Wirkung. Die Bestätigung des Lieferanten liegt diesem Schreiben bei.

Wir bitten Sie, den Erhalt dieser Anzeige auf der beigefügten Kopie zu bestätigen und an uns zurückzusenden.

Mit freundlichen Grüßen
Rheinland Factoring GmbH
i. A. Katrin Oberle, Debitorenmanagement",
    ),
    (
        "vg-kasse-vollstreckungsersuchen-erledigt-ausbuchen",
        "20",
        "Von: Vollstreckungsstelle VG Vordereifel <vollstreckung@vordereifel.de>
An: kreiskasse@kvmyk.de
Betreff: Vollstreckungsersuchen – erledigt durch Zahlung
Datum: 19.03.2026 09:31

Sehr geehrte Damen und Herren,

zu Ihrem Vollstreckungsersuchen teilen wir mit:

Ersuchende Stelle: Kreiskasse Mayen-Koblenz
Ihr Kassenzeichen: 5.0302.118764.9
Unser Aktenzeichen: V-26/0412
Schuldner: Dirk Emmerich, Hauptstraße 31, 56729 Ettringen
Forderung lt. Ersuchen: 412,50 €
Säumniszuschläge: 12,00 €
Vollstreckungskosten: 28,60 €
Eingezogen am: 17.03.2026 (Barzahlung beim Außendienst)
Gesamtbetrag: 453,10 €
Überweisung an Sie: 424,50 € am 19.03.2026
Status: erledigt

Die Vollstreckungskosten haben wir einbehalten. Wir bitten, den Vorgang bei Ihnen auszubuchen. Weitere Maßnahmen erfolgen von unserer Seite nicht.

Mit freundlichen Grüßen
Im Auftrag
Hannes Brück
Verbandsgemeindeverwaltung Vordereifel – Vollstreckungsstelle",
    ),
    (
        "insolvenzgericht-eroeffnung-bauunternehmen-forderungsanmeldung",
        "30",
        "Amtsgericht Koblenz
– Insolvenzgericht –
56068 Koblenz

Landkreis Mayen-Koblenz
vertreten durch den Landrat
Bahnhofstraße 9
56068 Koblenz

Aktenzeichen: 21 IN 94/26
Koblenz, 11.03.2026

Insolvenzverfahren über das Vermögen der Kessler Hoch- und Tiefbau GmbH, Rheinstraße 40, 56575 Weißenthurm, vertreten durch den Geschäftsführer Ralf Kessler

Beschluss (Auszug):
Über das Vermögen der Schuldnerin wird wegen Zahlungsunfähigkeit am 10.03.2026, 10:15 Uhr, das Insolvenzverfahren eröffnet. Zur Insolvenzverwalterin wird Rechtsanwältin Dr. Sabine Hoffmeister, Schloßstraße 22, 56068 Koblenz, ernannt.

Die Gläubiger werden aufgefordert, ihre Forderungen bis zum 22.04.2026 schriftlich bei der Insolvenzverwalterin anzumelden. Dabei sind Grund und Betrag der Forderung anzugeben und die Urkunden, aus denen sich die Forderung ergibt, in Kopie beizufügen. Gläubiger, die Sicherungsrechte an beweglichen Sachen oder an Rechten der Schuldnerin in Anspruch nehmen, haben dies der Insolvenzverwalterin unverzüglich mitzuteilen.

Wer Verpflichtungen gegenüber der Schuldnerin hat, darf nicht mehr an diese leisten, sondern nur noch an die Insolvenzverwalterin.

Berichtstermin und Prüfungstermin: 20.05.2026, 9:30 Uhr, Saal 108.

Sie erhalten diese Mitteilung, weil Sie in dem von der Schuldnerin eingereichten Gläubigerverzeichnis aufgeführt sind.

Schäfer, Justizhauptsekretärin
als Urkundsbeamtin der Geschäftsstelle
Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ),
    (
        "kanzlei-verdienstausfall-zulassung-verzoegert-spedition",
        "30",
        "Von: Kanzlei Dr. Reuter & Partner <sekretariat@reuter-partner-koblenz.de>
An: poststelle@kvmyk.de
Betreff: Geltendmachung von Schadensersatz – Marx Logistik e.K. ./. Landkreis Mayen-Koblenz – unser Az. 112/26 RE
Datum: 05.03.2026 14:22

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Spedition Marx Logistik e.K., Industriegebiet 3, 56751 Polch, anwaltlich vertreten. Vollmacht anbei.

Unsere Mandantin hat am 19.01.2026 bei Ihrer Zulassungsstelle vollständige Unterlagen zur Zulassung zweier neuer Sattelzugmaschinen eingereicht. Obwohl ihr eine Bearbeitung binnen zwei Werktagen zugesagt wurde, erfolgte die Zulassung erst am 06.02.2026. Ursache war nach Auskunft Ihrer Mitarbeiter ein längerer Ausfall Ihres EDV-Systems sowie der Verlust eines Teils der Unterlagen, die erneut angefordert werden mussten.

In der Zwischenzeit konnte unsere Mandantin die Fahrzeuge nicht einsetzen und musste zwei Aufträge an ein Subunternehmen vergeben. Der hierdurch entstandene Mehraufwand beträgt 8.740,00 € netto; die Berechnung nebst Belegen fügen wir bei.

Wir sehen darin eine schuldhafte Amtspflichtverletzung und fordern Sie auf, Ihre Haftung dem Grunde nach bis zum 02.04.2026 anzuerkennen und den Betrag auf unser Anderkonto (Bankverbindung siehe Anhang) zu zahlen. Sollte dies nicht fristgerecht geschehen, werden wir unserer Mandantin empfehlen, Klage vor dem Landgericht Koblenz zu erheben.

Bitte leiten Sie dieses Schreiben ggf. auch an Ihren Haftpflichtversicherer weiter.

Mit freundlichen Grüßen
Dr. Christian Reuter
Rechtsanwalt",
    ),
    (
        "landgericht-vergleichsvorschlag-werklohn-dachdecker",
        "30",
        "Landgericht Koblenz
3. Zivilkammer
56065 Koblenz

Aktenzeichen: 3 O 214/25
Koblenz, 16.03.2026

In dem Rechtsstreit
Dachtechnik Lenz GmbH, Plaidt – Klägerin –
Prozessbevollmächtigte: Rechtsanwälte Bauer & Klein, Andernach
gegen
Landkreis Mayen-Koblenz, vertreten durch den Landrat, Bahnhofstraße 9, 56068 Koblenz – Beklagter –

Hinweis- und Vergleichsbeschluss

Die Kammer weist nach vorläufiger Beratung auf Folgendes hin: Die Klägerin verlangt restlichen Werklohn in Höhe von 46.318,22 € aus der Dachsanierung des Dienstgebäudes in Mayen. Der Beklagte hat wegen Mängeln an der Attikaabdichtung die Schlussrechnung gekürzt. Nach dem Ergebnis des selbständigen Beweisverfahrens (Gutachten Dipl.-Ing. Wagner vom 12.11.2025) liegen Mängel vor, deren Beseitigungskosten der Sachverständige jedoch nur mit rund 19.500,00 € beziffert.

Die Kammer schlägt den Parteien zur gütlichen Beilegung des Rechtsstreits folgenden Vergleich vor:
1. Der Beklagte zahlt an die Klägerin zur Abgeltung sämtlicher Ansprüche aus dem Bauvertrag vom 04.03.2024 einen Betrag von 28.000,00 €.
2. Die Kosten des Rechtsstreits und des Vergleichs werden gegeneinander aufgehoben.

Die Parteien erhalten Gelegenheit, binnen drei Wochen ab Zustellung mitzuteilen, ob sie dem Vergleich zustimmen (§ 278 Abs. 6 ZPO). Der Termin zur mündlichen Verhandlung am 23.04.2026 bleibt bis auf Weiteres bestehen.

Dr. Vogt
Vorsitzender Richter am Landgericht",
    ),
    (
        "jugendfischereischein-fuer-elfjaehrigen-sohn",
        "32",
        "Von: Markus Ternes <markus.ternes@gmail.com>
An: info@kvmyk.de
Betreff: Fischereischein für meinen Sohn
Datum: 06.03.2026 21:03

Hallo,

mein Sohn Ben wird im April 11 und will unbedingt mit mir an die Nette und an den Rhein zum Angeln. Ich selbst habe seit Jahren einen Fischereischein von Ihnen. Für Kinder gibt es ja wohl einen Jugendfischereischein ohne Prüfung, richtig?

Ich hätte gern gewußt:
- ab welchem Alter genau geht das und was kostet es
- muss Ben persönlich mitkommen oder kann ich das für ihn beantragen
- braucht man ein Passbild
- darf er dann auch allein angeln oder nur wenn ich daneben sitze

Den Erlaubnisschein für das Gewässer holen wir dann beim Angelsportverein in Weißenthurm, da sind wir beide Mitglied.

Danke im Voraus
Markus Ternes
Mittelweg 3
56575 Weißenthurm",
    ),
    (
        "imker-reisegewerbekarte-honig-wochenmaerkte",
        "32",
        "Heinz-Peter Kasel
Imkerei Kasel
Am Kloster 5
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Ordnungsamt
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 26.02.2026

Verkauf von Honig auf Märkten – was brauche ich?

Sehr geehrte Damen und Herren,

ich bin seit sieben Jahren Hobbyimker mit inzwischen 24 Völkern. Bisher habe ich meinen Honig nur ab Haus und an Bekannte verkauft. Seit Januar bin ich in Rente und möchte ab Mai mit einem kleinen Stand auf Wochen- und Bauernmärkten in der Umgebung verkaufen, z. B. in Polch, Mayen und Münstermaifeld, dazu im Advent auf zwei Weihnachtsmärkten. Außerdem würde ich gern mit dem Anhänger durch die Dörfer fahren und von Haus zu Haus anbieten.

Ein Bekannter sagt, dafür brauche ich eine Reisegewerbekarte, ein anderer meint, als Imker mit eigenen Erzeugnissen sei das frei. Was stimmt denn? Muss ich ein Gewerbe anmelden? Wenn ja, welche Unterlagen brauchen Sie (Führungszeugnis?) und was kostet das?

Die Bienen sind beim Veterinäramt gemeldet und gesund, es geht mir nur um den Verkauf.

Für eine kurze Antwort wäre ich dankbar, gern auch telefonisch unter 02605 84311.

Mit freundlichen Grüßen
Heinz-Peter Kasel",
    ),
    (
        "gewerbeabmeldung-friseursalon-ruhestand-mendig",
        "32",
        "Gewerbeabmeldung

Angaben zur Person
Name: Gerlach
Vorname: Ursula
Geburtsdatum: 14.08.1960
Anschrift: Brauerstraße 12, 56743 Mendig
Telefon: 02652 4418

Angaben zum Betrieb
Name des Geschäfts: Salon Ursula – Damen- und Herrenfriseur
Betriebsstätte: Marktplatz 3, 56743 Mendig
Angemeldete Tätigkeit: Friseurhandwerk, Verkauf von Haarpflegeprodukten
Handwerksrolle: eingetragen seit 1989, Handwerkskammer Koblenz
Datum der Betriebsaufgabe: 31.03.2026
Grund der Abmeldung: vollständige Aufgabe, Ruhestand
Nachfolger/Übernahme: nein
Zahl der Beschäftigten zuletzt: 2 (Teilzeit)

Bemerkung: Die Handwerkskammer habe ich selbst angeschrieben. Brauche ich für das Finanzamt noch eine Bestätigung von Ihnen? Dann bitte an obige Adresse schicken.

Ort, Datum: Mendig, 10.03.2026
Unterschrift: U. Gerlach",
    ),
    (
        "pizzeria-koch-aus-albanien-westbalkanregelung",
        "33",
        "Von: Ristorante Da Enzo <info@daenzo-vallendar.de>
An: auslaenderbehoerde@kvmyk.de
Betreff: Koch aus Albanien einstellen – wie läuft das
Datum: 23.02.2026 16:45

Guten Tag,

ich betreibe seit 2014 das Ristorante Da Enzo in Vallendar, die Gaststättenerlaubnis und alles ist seit Jahren in Ordnung. Seit einem Jahr finde ich hier keinen Koch mehr. Über einen Bekannten habe ich einen erfahrenen Koch aus Durrës (Albanien) gefunden, Herrn Ardit Hoxha, 34 Jahre, er hat 10 Jahre in Hotels gearbeitet, aber keine deutsche Ausbildung.

Ich möchte ihn fest einstellen, Vollzeit, 2.900 brutto, Arbeitsvertrag ist vorbereitet. Man hat mir gesagt es gibt eine Westbalkanregelung. Meine Fragen:
1. Muss er das Visum in Tirana bei der Botschaft beantragen und wie lange dauert das im Moment?
2. Können Sie eine Vorabzustimmung geben, damit es schneller geht? Was brauchen Sie dafür von mir?
3. Er hat eine Frau und ein Kind, können die später nachkommen?

Eine Wohnung über dem Restaurant kann ich ihm stellen.

Mit freundlichen Grüßen
Vincenzo Greco
Ristorante Da Enzo
Heerstraße 88, 56179 Vallendar
Tel. 0261 6402218",
    ),
    (
        "jobcenter-anfrage-aufenthaltsstatus-leistungskunde",
        "33",
        "Jobcenter Mayen-Koblenz
Geschäftsstelle Andernach
Koblenzer Straße 20
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Ausländerbehörde
Bahnhofstraße 9
56068 Koblenz

Andernach, 04.03.2026
Unser Zeichen: BG 31201//0048815

Anfrage zum aufenthaltsrechtlichen Status
Herr Mohammad Rahimi, geb. 02.05.1991, Staatsangehörigkeit: afghanisch
wohnhaft: Breite Straße 14, 56626 Andernach

Sehr geehrte Damen und Herren,

der oben genannte Kunde bezieht bei uns Leistungen nach dem SGB II. Im Rahmen des Weiterbewilligungsantrags hat er uns eine Fiktionsbescheinigung vorgelegt, die am 28.02.2026 abgelaufen ist. Eine neue Bescheinigung oder einen Aufenthaltstitel konnte er bislang nicht vorlegen; nach seinen Angaben hat er bei Ihnen noch keinen Termin erhalten.

Für die Prüfung des Leistungsanspruchs bitten wir um Mitteilung,
- welcher Aufenthaltsstatus derzeit besteht bzw. ob die Verlängerung rechtzeitig beantragt wurde,
- ob die Ausübung einer Erwerbstätigkeit gestattet ist,
- ob ein Wechsel in den Leistungsbezug nach dem Asylbewerberleistungsgesetz in Betracht kommt.

Eine Einverständniserklärung des Kunden zur Datenübermittlung liegt in Kopie bei. Um Antwort bis zum 25.03.2026 wird gebeten.

Mit freundlichen Grüßen
Im Auftrag
Petra Kloft",
    ),
    (
        "masterabsolventin-aufenthalt-arbeitsplatzsuche-bendorf",
        "33",
        "Von: Grace Nkemelu <grace.nkemelu@outlook.com>
An: auslaenderbehoerde@kvmyk.de
Betreff: Aufenthaltserlaubnis nach dem Master / residence permit job search
Datum: 11.03.2026 10:18

Sehr geehrte Damen und Herren,

mein Name ist Grace Nkemelu, ich komme aus Nigeria und studiere an der Hochschule Koblenz im Master Wirtschaftsinformatik. Meine Aufenthaltserlaubnis zum Studium gilt bis 30.04.2026. Die Masterarbeit habe ich am 2. März abgegeben, das Kolloquium ist am 8. April.

Nach dem Abschluss möchte ich in Deutschland bleiben und eine Stelle suchen, ich habe schon zwei Vorstellungsgespräche (Koblenz, Montabaur). I read that I can get a permit for 18 months for job seeking. Was muss ich dafür mitbringen? Reicht die vorläufige Bescheinigung der Hochschule über den Abschluss, oder muss ich auf das Zeugnis warten? Und wie beweise ich den Lebensunterhalt, ich habe ein Sperrkonto mit noch 4.100 Euro und einen Minijob.

Ich wohne in Bendorf, Hauptstraße 60, 56170 Bendorf.

Please tell me if I need an appointment. Thank you very much!

Mit freundlichen Grüßen
Grace Nkemelu",
    ),
    (
        "verwarnungsgeld-halteverbot-mobiles-schild-wochenmarkt-polch",
        "36",
        "Ingrid Weyand
Ostring 19
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bußgeldstelle
Bahnhofstraße 9
56068 Koblenz

Polch, 16.02.2026

Ihr Zeichen: 36.2-VW-2026-004518
Verwarnung vom 09.02.2026 – Parken im Halteverbot, Polch, Marktplatz

Sehr geehrte Damen und Herren,

ich habe Ihr Schreiben mit dem Verwarnungsgeld über 25 Euro bekommen und bin damit nicht einverstanden.

Ich habe mein Auto (MYK-IW 318) am Dienstag, 03.02., um 7:30 Uhr vor der Bäckerei abgestellt, wie jede Woche. Da war kein Schild. Das Halteverbotsschild für den Wochenmarkt, der jetzt wegen der Baustelle an anderer Stelle stattfindet, wurde anscheinend erst danach aufgestellt, ein mobiles Schild auf so einem Fuß. Als ich um 8:10 Uhr zurückkam, stand das Schild da und der Zettel war an der Scheibe. Eine Nachbarin hat gesehen, wie die Männer vom Bauhof das Schild kurz vor acht gebracht haben, sie würde das auch bestätigen.

Soviel ich weiß, müssen mobile Schilder einige Zeit vorher stehen, damit man sich darauf einstellen kann. Deshalb bitte ich, die Verwarnung aufzuheben. Ich bin 74 Jahre alt und seit 50 Jahren ohne einen Punkt gefahren.

Den Anhörungsbogen habe ich ausgefüllt beigelegt.

Mit freundlichen Grüßen
Ingrid Weyand",
    ),
    (
        "pferdeanhaenger-gebraucht-gekauft-umschreiben",
        "36",
        "Von: Lisa Mertes <lisa.mertes@web.de>
An: zulassung@kvmyk.de
Betreff: Pferdeanhänger ummelden
Datum: 18.03.2026 07:55

Hallo,

ich habe am Wochenende einen gebrauchten Pferdeanhänger (Böckmann, 2 Pferde, 2,4 t) von einem Privatverkäufer aus Wittlich gekauft. Der Anhänger ist noch auf ihn zugelassen (WIL-Kennzeichen), er hat mir beide Fahrzeugpapiere, den Kaufvertrag und die Kennzeichen mitgegeben. HU ist bis 08/2026.

Kann ich den Anhänger jetzt einfach bei Ihnen auf mich umschreiben und bekomme MYK-Kennzeichen? Brauche ich eine eigene Versicherung für den Anhänger (eVB-Nummer) oder läuft das über mein Auto? Und muss der Verkäufer vorher abmelden?

Ich würde gern diese Woche noch kommen, weil ich am 28.03. mit meiner Stute zum Turnier nach Münstermaifeld will.

Danke!
Lisa Mertes
Am Reitplatz 2, 56333 Winningen",
    ),
    (
        "fahrschule-bearbeitungsstand-fuehrerscheinantraege",
        "36",
        "Von: Fahrschule Roth <buero@fahrschule-roth-mendig.de>
An: fuehrerscheinstelle@kvmyk.de
Betreff: Anträge vom 12.01. noch offen
Datum: 20.02.2026 12:03

Hallo, von unseren Anträgen (Klasse B/BE) vom 12.01. sind 6 noch nicht freigegeben, Prüfungen sind ab 09.03. gebucht. Liste anbei. Können Sie kurz nachsehen? Danke, Sabine Roth",
    ),
    (
        "imbisswagen-kirmes-schwarzes-fett-kein-handwaschbecken",
        "39",
        "Thomas Fuhrmann
Lindenweg 8
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Lebensmittelüberwachung
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 08.09.2026

Beschwerde über einen Imbisswagen auf der Ochtendunger Kirmes

Sehr geehrte Damen und Herren,

am Sonntag, 6. September, war ich mit meiner Familie auf der Kirmes. Am Imbisswagen „Grill-Express“ (gelber Anhänger, gegenüber vom Autoscooter) haben wir Currywurst und Pommes gekauft. Was ich da gesehen habe, möchte ich Ihnen nicht vorenthalten:

- Das Frittierfett war fast schwarz und roch verbrannt, der Verkäufer meinte, das wechsle er „am Montag“.
- Es gab kein Handwaschbecken, der Mitarbeiter hat mit denselben Händen Geld kassiert und Würstchen angefasst, ohne Handschuhe.
- Eine Kühlbox mit rohen Würsten stand offen in der Sonne auf dem Boden hinter dem Wagen, es war über 28 Grad.

Meinem Sohn (9) war am Abend schlecht, inzwischen geht es ihm wieder gut.

Ich weiß, dass die Kirmes von der Gemeinde veranstaltet wird, aber für die Hygiene sind doch Sie zuständig. Der Wagen steht laut Aushang am nächsten Wochenende auf der Kirmes in Kruft. Vielleicht kann ihn sich da jemand ansehen.

Fotos von der Kühlbox habe ich, die schicke ich gerne.

Mit freundlichen Grüßen
Thomas Fuhrmann
Tel. 02625 3318",
    ),
    (
        "lua-befund-bhv1-positiv-rinderbestand-mertloch",
        "39",
        "Von: Landesuntersuchungsamt Rheinland-Pfalz <tierseuchendiagnostik@lua.rlp.de>
An: veterinaeramt@kvmyk.de
Betreff: Untersuchungsbefund Auftrag 26-0317-445 – BHV1-gE-Antikörper positiv
Datum: 17.03.2026 13:26

Sehr geehrte Damen und Herren,

anbei übersenden wir vorab den Befund zu den am 12.03.2026 eingegangenen Blutproben (Bestandsuntersuchung) aus folgendem Betrieb:

Tierhalter: Landwirtschaft Jonas Scheid GbR, Eichenhof, 56753 Mertloch
Registriernummer: 07 137 062 0041
Anzahl Proben: 48 (Rinder älter als 9 Monate)

Ergebnis: 2 Proben BHV1-gE-Antikörper positiv (Einsender-Nr. 17 und 31, Ohrmarken siehe Anlage), 46 Proben negativ.

Da der Betrieb bislang als BHV1-frei geführt wurde, empfehlen wir eine Nachuntersuchung der Reagenten sowie die Abklärung der Zukäufe der letzten sechs Monate. Der schriftliche Prüfbericht folgt über das Labormeldesystem.

Für Rückfragen steht Ihnen Frau Dr. Weiler (Tel. 0261 9149-322) zur Verfügung.

Mit freundlichen Grüßen
Landesuntersuchungsamt – Institut für Tierseuchendiagnostik Koblenz",
    ),
    (
        "gerichtsvollzieher-schlangen-terrarien-nach-raeumung",
        "39",
        "Karl-Heinz Braun
Obergerichtsvollzieher beim Amtsgericht Andernach
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Veterinäramt
Bahnhofstraße 9
56068 Koblenz

Andernach, 24.03.2026
DR II 318/26

Räumung der Wohnung Kirchstraße 17, 2. OG, 56626 Andernach – aufgefundene Tiere

Sehr geehrte Damen und Herren,

bei der heutigen Zwangsräumung der oben genannten Wohnung (Schuldner: Herr Dennis K.) habe ich in zwei Zimmern insgesamt elf Terrarien vorgefunden. Nach erster Einschätzung eines Nachbarn, der selbst Reptilien hält, handelt es sich um mehrere Königspythons, zwei Kornnattern, eine größere Würgeschlange (ca. 2,5 m) sowie eine Bartagame. Mehrere Terrarien waren ohne Beleuchtung und Heizung, in einem lag ein totes Tier. Der Schuldner ist seit Tagen nicht erreichbar.

Die Tiere können nicht in der Wohnung bleiben, da diese an den Vermieter herausgegeben wird. Der Vermieter hat sich bereit erklärt, die beiden Räume bis morgen, Mittwoch, 25.03.2026, 12 Uhr, verschlossen zu lassen. Das Tierheim hat die Aufnahme von Reptilien abgelehnt.

Ich bitte dringend um Prüfung aus tierschutzrechtlicher Sicht und um Veranlassung der Unterbringung der Tiere. Ob Artenschutzpapiere vorhanden sind, konnte ich nicht feststellen.

Erreichbar bin ich unter 0171 5530214.

Mit freundlichen Grüßen
Braun
Obergerichtsvollzieher",
    ),
    (
        "fahrtkostenerstattung-fachoberschule-monatskarten-formular",
        "40",
        "Antrag auf Erstattung von Schülerfahrkosten – Schuljahr 2025/2026

Antragsteller/in: Birgit Schwarz
Anschrift: Pellenzstraße 9, 56637 Plaidt
Telefon: 02632 987614
Schüler/in: Jonas Schwarz, geb. 11.07.2009
Schule: Berufsbildende Schule Andernach, Fachoberschule Technik
Klasse: FOS 11b
Schulweg: Plaidt – Andernach, ca. 9 km
Verkehrsmittel: Linienbus
Zeitraum: 01.02.2026 – 30.04.2026
Art der Fahrkarte: Schülermonatskarte, selbst gekauft, 3 x 68,40 €
Gesamtbetrag: 205,20 €
Grund für Selbstkauf: Schulwechsel zum Halbjahr, Fahrkarte wurde nicht rechtzeitig ausgestellt
Belege: 3 Quittungen (Anlage)
Bankverbindung: Birgit Schwarz, IBAN DE27 5775 1310 0000 9813 44
Bemerkung: Ab Mai bitte eine normale Schülerfahrkarte ausstellen, den Antrag hat die Schule schon weitergeleitet.
Datum, Unterschrift: Plaidt, 04.05.2026, B. Schwarz",
    ),
    (
        "schulsekretariat-unterrichtszeiten-geaendert-busabfahrten",
        "40",
        "Von: Sekretariat IGS Mülheim-Kärlich <sekretariat@igs-mk.de>
An: schuelerbefoerderung@kvmyk.de
Betreff: Geänderte Unterrichtszeiten ab 02.03. – Busabfahrten
Datum: 10.02.2026 10:44

Sehr geehrte Damen und Herren,

nach Beschluss der Gesamtkonferenz ändern sich zum 2. März 2026 unsere Unterrichtszeiten. Statt um 7:45 Uhr beginnt der Unterricht künftig um 8:00 Uhr; die 6. Stunde endet um 13:15 Uhr statt 13:00 Uhr, der Nachmittagsunterricht (Mo, Mi, Do) um 15:45 Uhr statt 15:30 Uhr.

Betroffen sind vor allem die Schülerinnen und Schüler aus Kettig, Weißenthurm, Urmitz und Kaltenengers. Bitte prüfen Sie mit dem Busunternehmen, ob die Ankunfts- und Abfahrtszeiten an der Haltestelle „Schulzentrum“ angepasst werden können. Andernfalls müssten rund 140 Kinder nach der 6. Stunde 35 Minuten auf den nächsten Bus warten, und morgens stünden sie eine halbe Stunde vor verschlossener Tür.

Das neue Zeitraster hängen wir an. Für ein kurzes Abstimmungsgespräch steht unsere Schulleiterin Frau Dr. Engel gern zur Verfügung.

Mit freundlichen Grüßen
Monika Pauly
Sekretariat",
    ),
    (
        "schulbus-anspruch-grundschule-nach-umzug-innerhalb-mendig",
        "40",
        "Dragana Petrović
Schillerstraße 41
56743 Mendig

An die Kreisverwaltung
Abteilung Schulbus
Bahnhofstr. 9
56068 Koblenz

Mendig den 2.3.2026

Betreff: Schulbus für meine Tochter Mila, Klasse 2

Sehr geehrte Damen und Herren

wir sind im Februar innerhalb von Mendig umgezogen, vorher haben wir in Obermendig gewohnt gleich bei der Schule, jetzt wohnen wir in Niedermendig in der Schillerstraße. Mila bleibt auf ihrer alten Grundschule weil sie da ihre Freundinen hat und die Lehrerin gut ist, das hat die Schulleitung erlaubt.

Jetzt ist der Weg aber weit für ein 7 jähriges Kind, ich habe es mit Google gemessen es sind 2,1 km und sie muss an der großen Straße entlang und über die Ampel bei dem Supermarkt. Ich arbeite ab 7 Uhr in der Pflege und kann sie nicht fahren.

Meine Frage ist ob Mila eine Fahrkarte für den Bus bekommt, oder geht das nicht weil es nicht die nächste Schule ist? In Niedermendig gibt es auch eine Grundschule aber da kennt sie keinen.

Bitte schreiben Sie mir was ich machen muss, ein Formular oder so.

Mit freundliche Grüße
Dragana Petrović
Tel 0157 3321876",
    ),
    (
        "wohngeld-aenderung-vater-ins-pflegeheim-vallendar",
        "50",
        "Von: Claudia Breitbach <claudia.breitbach@gmx.net>
An: wohngeld@kvmyk.de
Betreff: Wohngeld meiner Eltern – Vater jetzt im Pflegeheim, Az. WG 5-2025-1187
Datum: 26.03.2026 18:12

Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter, Hildegard Schmitz, Rheinstraße 58, 56179 Vallendar (die Vollmacht liegt Ihnen vom Erstantrag vor). Meine Eltern bekommen seit Oktober 2025 Wohngeld für ihre Mietwohnung.

Mein Vater Werner Schmitz ist nach einem Sturz seit 16.03.2026 dauerhaft im Seniorenheim St. Josef in Vallendar, er kommt nicht mehr nach Hause. Meine Mutter bleibt allein in der Wohnung, die Miete bleibt gleich (610 € warm). Seine Rente geht aber jetzt zum größten Teil an das Heim.

Was bedeutet das für das Wohngeld? Muss ich einen neuen Antrag stellen, weil jetzt nur noch eine Person im Haushalt ist? Welche Unterlagen brauchen Sie (Heimvertrag, Rentenbescheid)?

Und noch eine Frage: Die Heimkosten sind höher als Rente und Pflegekasse zusammen, ich glaube wir müssen auch Hilfe zur Pflege beantragen. Ist das bei Ihnen dieselbe Stelle oder muss ich mich woanders hinwenden?

Vielen Dank
Claudia Breitbach (Tochter)
Tel. 0171 2039855",
    ),
    (
        "betreuerin-bekleidungsbeihilfe-heimbewohner-abgenommen",
        "50",
        "Anja Roos
Berufsbetreuerin, Dipl.-Sozialpädagogin (FH)
Schloßstraße 5
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Sozialamt – Hilfe zur Pflege
Bahnhofstraße 9
56068 Koblenz

Bendorf, 12.03.2026

Betreute Person: Herr Gerhard Lück, geb. 18.01.1948, Haus Rheinblick, 56170 Bendorf
Ihr Zeichen: 50.3-HzP-2024-0612

Antrag auf einmalige Beihilfe für Bekleidung

Sehr geehrte Damen und Herren,

für meinen Betreuten, der seit 2024 von Ihnen Hilfe zur Pflege in einer stationären Einrichtung erhält, beantrage ich eine Beihilfe für Bekleidung.

Herr Lück hat in den letzten Monaten stark abgenommen (ca. 14 kg); seine gesamte Kleidung ist zu groß, die Hosen rutschen, was nach Auskunft der Pflegedienstleitung auch ein Sturzrisiko darstellt. Außerdem sind bei einem Wäschereiverlust mehrere Teile nicht zurückgekommen. Benötigt werden nach Aufstellung der Pflegekräfte: 4 Hosen, 5 Oberteile, 1 Strickjacke, 7 Garnituren Unterwäsche, 1 Paar feste Hausschuhe mit Klettverschluss. Der Kostenvoranschlag eines Bekleidungshauses über 386,50 € liegt bei.

Aus dem monatlichen Barbetrag (derzeit 152,01 €) kann dies nicht angespart werden, da davon bereits Friseur, Fußpflege und Zuzahlungen bestritten werden. Vermögen ist nicht vorhanden (Kontoauszug anbei).

Ich bitte um zeitnahe Entscheidung und um Überweisung auf das Verwahrkonto des Heims.

Mit freundlichen Grüßen
Anja Roos",
    ),
    (
        "jobcenter-zustaendigkeitswechsel-volle-erwerbsminderung-thuer",
        "50",
        "Von: Jobcenter Mayen-Koblenz, Team 412 <jobcenter-mayen-koblenz.team412@jobcenter-ge.de>
An: grundsicherung@kvmyk.de
Betreff: Zuständigkeitswechsel SGB II – SGB XII, Frau Marion Adams, BG 31201//0051177
Datum: 09.03.2026 08:40

Sehr geehrte Kolleginnen und Kollegen,

die Deutsche Rentenversicherung Rheinland-Pfalz hat mit Bescheid vom 24.02.2026 unserer Kundin

Frau Marion Adams, geb. 30.06.1969, Am Bahnhof 6, 56743 Thür,

eine Rente wegen voller Erwerbsminderung auf Dauer bewilligt (Zahlbetrag 689,40 € monatlich ab 01.04.2026). Frau Adams ist damit nicht mehr erwerbsfähig im Sinne des SGB II. Unsere Leistungen stellen wir zum 31.03.2026 ein.

Da die Rente zur Deckung des Bedarfs (Regelbedarf, Kosten der Unterkunft 520 € warm) nicht ausreicht, dürfte ab April ein Anspruch auf Grundsicherung bei Erwerbsminderung bestehen. Frau Adams hat den Antrag bei uns formlos gestellt (Antrag und Rentenbescheid in der Anlage), wir leiten ihn hiermit fristwahrend an Sie weiter.

Um eine Lücke bei den Leistungen und bei der Krankenversicherung zu vermeiden, bitten wir um vorrangige Bearbeitung. Die Akte übersenden wir auf Anforderung.

Mit freundlichen Grüßen
Im Auftrag
Jens Pütz
Jobcenter Mayen-Koblenz, Leistungsgewährung",
    ),
    (
        "kitaplatz-kind-mit-diabetes-weissenthurm",
        "51",
        "Sarah und Daniel Krämer
Mühlenweg 12
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Jugendamt – Kindertagesbetreuung
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 19.02.2026

Kitaplatz für unseren Sohn Luca (4) mit Diabetes Typ 1

Sehr geehrte Damen und Herren,

bei unserem Sohn Luca wurde im Dezember Diabetes Typ 1 festgestellt. Er trägt seitdem einen Sensor und eine Insulinpumpe. Seine Kita, die er seit zwei Jahren besucht, hat uns Anfang Februar mitgeteilt, dass sie ihn über Mittag nicht mehr betreuen kann, weil sich das Personal das Ablesen der Werte und das Reagieren auf Unterzuckerungen nicht zutraut. Seitdem holen wir Luca um 11:30 Uhr ab, ich musste dafür meine Stunden im Büro reduzieren.

Wir möchten fragen:
- Gibt es im Raum Weißenthurm/Urmitz eine Kita mit Ganztagsplatz, die schon Erfahrung mit Kindern mit Diabetes hat und einen Platz frei hätte?
- Oder kann unsere jetzige Kita Unterstützung bekommen, damit Luca wieder bis nachmittags bleiben kann?

Das Diabetes-Team der Kinderklinik würde die Erzieherinnen schulen, das wurde uns angeboten. Ein Arztbrief liegt bei.

Wir bitten um einen Beratungstermin.

Mit freundlichen Grüßen
Sarah Krämer",
    ),
    (
        "familiengericht-ergaenzungspflegschaft-erbe-muenstermaifeld",
        "51",
        "Amtsgericht Mayen
– Familiengericht –
56727 Mayen

An die Kreisverwaltung Mayen-Koblenz
– Jugendamt –
Bahnhofstraße 9
56068 Koblenz

Aktenzeichen: 8 F 77/26
Mayen, 05.03.2026

Familiensache betreffend das minderjährige Kind Emilia Hees, geb. 14.10.2015, wohnhaft bei der Mutter Nadine Hees, Obertorstraße 6, 56294 Münstermaifeld

hier: Anordnung einer Ergänzungspflegschaft

Sehr geehrte Damen und Herren,

das Kind ist Miterbin nach seinem am 02.12.2025 verstorbenen Vater Peter Hees. Zum Nachlass gehört ein Hausgrundstück in Münstermaifeld, das die Erbengemeinschaft veräußern will. Die nunmehr allein sorgeberechtigte Mutter ist selbst Miterbin und daher an der Vertretung des Kindes bei der Auseinandersetzung des Nachlasses gehindert (§ 1629 Abs. 2, § 1824 BGB).

Das Gericht beabsichtigt, für den Wirkungskreis „Vertretung des Kindes bei der Auseinandersetzung des Nachlasses nach Peter Hees sowie Verwaltung des daraus erlangten Vermögens“ eine Ergänzungspflegschaft anzuordnen. Geeignete Einzelpersonen aus dem Familienumfeld sind nicht benannt worden.

Sie werden gebeten, binnen drei Wochen mitzuteilen, ob das Jugendamt zur Übernahme der Pflegschaft bereit ist, oder eine geeignete Person vorzuschlagen. Zugleich erhalten Sie Gelegenheit zur Stellungnahme.

Auf Anordnung
Wilhelmi, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle",
    ),
    (
        "jugendleitercard-freigabe-haengt-handball-plaidt",
        "51",
        "Von: Kevin Schmitt <kevin.schmitt@tus-pellenz-plaidt.de>
An: jugendamt@kvmyk.de
Betreff: Juleica – Freigabe hängt seit Januar
Datum: 03.03.2026 20:15

Hallo zusammen,

ich bin Jugendleiter im TuS Pellenz Plaidt (Handball, C- und D-Jugend) und habe im Januar den Juleica-Grundkurs bei der Sportjugend gemacht, Erste Hilfe ist auch aktuell. Den Antrag für die Jugendleiter-Card habe ich am 14.01. online gestellt, der Verein hat ihn bestätigt, seitdem steht da „wartet auf Prüfung durch den örtlichen Träger“ – das seid laut Portal ihr beim Kreisjugendamt.

Könnt ihr kurz schauen, ob noch was fehlt? Wir fahren im Sommer mit 22 Kindern ins Zeltlager und ich bräuchte die Karte bis dahin, auch wegen der Freistellung beim Arbeitgeber.

Die Ehrenamtskarte hab ich übrigens schon, um die geht es nicht.

Danke und sportliche Grüße
Kevin Schmitt
Im Winkel 4, 56637 Plaidt",
    ),
    (
        "schulsozialarbeit-sorge-zwangsverheiratung-andernach-miesenheim",
        "JA-AND",
        "Von: Nina Albrecht <schulsozialarbeit@rsplus-andernach.de>
An: jugendamt@kvmyk.de
Betreff: Dringend – Schülerin, Sorge vor Verheiratung in den Osterferien
Datum: 16.03.2026 11:05

Sehr geehrte Damen und Herren,

ich wende mich an Sie wegen einer Schülerin unserer 8. Klasse, 14 Jahre alt. Die Familie (Eltern und drei jüngere Geschwister) wohnt in Andernach-Miesenheim.

Die Schülerin hat sich mir heute in der großen Pause anvertraut. Die Familie plant in den Osterferien (ab 27.03.) eine Reise in das Herkunftsland der Eltern. Sie hat mitbekommen, dass dort eine Verlobung mit einem deutlich älteren Cousin vorbereitet wird, und hat große Angst, nicht mehr zurückzukommen. Ihre Mutter habe gesagt, sie solle „ihre Sachen für länger packen“. Sie bittet ausdrücklich darum, dass die Eltern nicht erfahren, dass sie mit mir gesprochen hat.

Ich habe das Gespräch dokumentiert und die Schulleitung informiert. Aus meiner Sicht liegen gewichtige Anhaltspunkte für eine Gefährdung vor, und die Zeit bis zum Reisebeginn ist knapp.

Name, Anschrift und Geburtsdatum der Schülerin gebe ich Ihnen gern telefonisch durch, unverschlüsselt möchte ich das nicht mailen. Ich bin heute bis 15 Uhr unter 02632 4987-23 erreichbar, sonst mobil unter 0160 9912304.

Mit freundlichen Grüßen
Nina Albrecht
Schulsozialarbeiterin
Realschule plus Andernach",
    ),
    (
        "unterhaltsvorschuss-antrag-andernach-eich-vater-in-portugal",
        "JA-AND",
        "Antrag auf Unterhaltsvorschuss

Antragstellerin: Melanie Ferreira, geb. Lange
Anschrift: Brunnenstraße 7, 56626 Andernach-Eich
Geburtsdatum: 03.05.1994
Familienstand: verheiratet, getrennt lebend seit 09/2025
Kind: Tiago Ferreira, geb. 21.08.2019
Kind lebt bei: Antragstellerin
Anderer Elternteil: Rui Ferreira, geb. 11.01.1990
Letzte bekannte Anschrift: Rua das Flores 112, 4050-265 Porto, Portugal
Unterhaltszahlungen seit Trennung: keine (nur einmal 150 € im Oktober)
Unterhaltstitel: nein
Beistandschaft: gewünscht, bitte um Beratung
Einkommen des Kindes: Kindergeld 259 € (an mich)
Waisenrente: nein
Leistungen gewünscht ab: 01.03.2026
Bankverbindung: M. Ferreira, IBAN DE62 5705 0120 0000 3361 87
Anlagen: Geburtsurkunde, Meldebescheinigung, Kopie Trennungsschreiben
Bemerkung: Er ist zurück nach Portugal und antwortet nicht auf Nachrichten. Ich glaube er arbeitet dort auf dem Bau.
Datum/Unterschrift: 02.03.2026, M. Ferreira",
    ),
    (
        "beratungsstelle-junge-schwangere-mutter-kind-einrichtung-namedy",
        "JA-AND",
        "Schwangerschafts- und Familienberatung Lebensweg e.V.
Görresstraße 14
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Jugendamt
Bahnhofstraße 9
56068 Koblenz

Koblenz, 20.03.2026

Frau Jessica Brand, geb. 07.11.2006, Burgstraße 3, 56626 Andernach-Namedy
Antrag auf Unterbringung in einer gemeinsamen Wohnform für Mutter und Kind

Sehr geehrte Damen und Herren,

Frau Brand (19) ist seit Januar in unserer Beratung. Sie ist in der 32. Schwangerschaftswoche, errechneter Geburtstermin ist der 12.05.2026. Sie wohnt derzeit noch bei ihrer Mutter in Andernach-Namedy; das Verhältnis ist stark belastet, die Mutter hat ihr den Auszug zum Monatsende nahegelegt. Zum Kindsvater besteht kein Kontakt.

Frau Brand hat keine abgeschlossene Ausbildung, kaum Unterstützung im Umfeld und nach eigener Einschätzung große Unsicherheit im Umgang mit einem Säugling. Sie möchte ihr Kind selbst versorgen und wünscht sich dafür Begleitung. Aus unserer Sicht ist die Aufnahme in eine Mutter-Kind-Einrichtung die geeignete Hilfe; eine Einrichtung in Koblenz-Metternich hätte ab Mai einen Platz.

Mit Einverständnis von Frau Brand (Schweigepflichtentbindung anbei) übersenden wir ihren Antrag und bitten um ein zeitnahes Gespräch, gern gemeinsam in unserer Beratungsstelle.

Mit freundlichen Grüßen
Ute Kaspari
Dipl.-Sozialarbeiterin",
    ),
    (
        "mutter-kuerrenberg-vater-holt-sohn-unabgesprochen-an-schule",
        "JA-MY",
        "Katharina Zils
Hochstraße 11
56727 Mayen-Kürrenberg

Kreisverwaltung Mayen-Koblenz
Jugendamt
Bahnhofstraße 9
56068 Koblenz

Mayen, 10.02.2026

Umgang meines Sohnes mit seinem Vater – Bitte um Beratung

Sehr geehrte Damen und Herren,

ich lebe mit meinem Sohn Felix (10) in Mayen-Kürrenberg. Sein Vater, von dem ich seit drei Jahren getrennt bin, wohnt in Koblenz-Güls. Bisher war Felix jedes zweite Wochenende bei ihm, das lief eigentlich gut.

Seit Felix im Sommer auf die IGS in Polch gewechselt ist, holt der Vater ihn freitags direkt an der Schule ab, ohne mir vorher Bescheid zu sagen, auch an Wochenenden, die nicht seine sind. Zweimal habe ich umsonst an der Bushaltestelle gewartet. Felix ist danach völlig durcheinander und will sonntags nicht zurück. Mit dem Vater kann ich darüber nicht mehr reden, jedes Gespräch endet im Streit, und er droht, „das Gericht einzuschalten“.

Ich möchte keinen Streit vor Gericht, sondern eine feste, schriftliche Regelung, an die sich beide halten. Ich habe gelesen, dass das Jugendamt dabei vermitteln kann. Bitte teilen Sie mir mit, an wen ich mich wenden kann und ob ein gemeinsames Gespräch möglich ist.

Mit freundlichen Grüßen
Katharina Zils
Tel. 0151 2297430",
    ),
    (
        "einbenennung-tochter-nach-heirat-mayen-alzheim",
        "JA-MY",
        "Von: Jennifer Monreal <jenny.monreal@gmx.de>
An: info@kvmyk.de
Betreff: Nachname meiner Tochter ändern nach Hochzeit
Datum: 14.04.2026 22:31

Hallo,

ich habe im März geheiratet und heiße jetzt Monreal wie mein Mann. Meine Tochter Sophie (8) heißt noch wie ihr leiblicher Vater (Gerhards), sie möchte aber unbedingt so heißen wie wir, auch wegen der Schule. Ich hab das alleinige Sorgerecht.

Beim Standesamt hat man mir gesagt, das heißt Einbenennung und der Vater muss zustimmen, weil Sophie seinen Namen trägt. Der meldet sich aber seit Jahren kaum und ich weiß nicht ob er unterschreibt. Man hat mir gesagt das Jugendamt kann mich dazu beraten und hilft ggf. wenn man zum Familiengericht muss.

Wir wohnen in Mayen-Alzheim, Im Bungert 5, 56727 Mayen.

Können Sie mir einen Termin geben?

LG Jennifer Monreal",
    ),
    (
        "unterhaltsvorschuss-sohn-zieht-vom-vater-zur-mutter-mayen-hausen",
        "JA-MY",
        "Von: Denise Kurz <denise.kurz@web.de>
An: unterhaltsvorschuss@kvmyk.de
Betreff: Sohn wohnt jetzt bei mir – Unterhaltsvorschuss?
Datum: 06.05.2026 09:12

Guten Tag,

mein Sohn Marlon (11) hat nach der Trennung zwei Jahre bei seinem Vater in Lahnstein gewohnt. Seit 1. April lebt er wieder bei mir in Mayen-Hausen, Am Katzenberg 14, 56727 Mayen. Er ist hier auch umgemeldet und geht jetzt auf die Realschule plus in Mayen.

Der Vater zahlt nichts, er sagt er hat selbst kaum was und ich hätte früher ja auch nichts gezahlt. Kann ich für Marlon Unterhaltsvorschuss bekommen? Ich bin alleinerziehend und arbeite 30 Stunden im Einzelhandel.

Welche Unterlagen brauchen Sie? Reicht die Meldebescheinigung?

Mit freundlichen Grüßen
Denise Kurz",
    ),
    (
        "braunes-leitungswasser-nach-rohrarbeiten-kobern-gondorf",
        "53",
        "Helga und Rainer Mallmann
Lennigstraße 9
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Gesundheitsamt
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 23.02.2026

Verfärbtes Trinkwasser seit Bauarbeiten in unserer Straße

Sehr geehrte Damen und Herren,

seit in unserer Straße vor etwa drei Wochen die Wasserleitung erneuert wurde, kommt bei uns – und bei mehreren Nachbarn – morgens und nach längerem Nichtgebrauch bräunliches, leicht trübes Wasser aus dem Hahn. Nach etwa einer Minute Laufenlassen wird es klarer, riecht aber teilweise metallisch. In der Badewanne sieht man einen gelblichen Schleier.

Wir haben uns zweimal beim Wasserversorger gemeldet. Dort hieß es, das sei „nur Eisen und Rost vom Spülen, gesundheitlich unbedenklich“, und es werde sich geben. Passiert ist seitdem nichts.

Bei uns ist tagsüber unsere Enkelin (14 Monate), für die wir mit dem Wasser Tee und Brei zubereiten. Wir kaufen jetzt Wasser in Flaschen, das kann aber keine Dauerlösung sein.

Wir bitten Sie als Aufsichtsbehörde zu prüfen, ob das Wasser wirklich unbedenklich ist, und gegebenenfalls eine Probe zu nehmen. Die Nachbarn in Nr. 18 und Nr. 24 haben das gleiche Problem.

Mit freundlichen Grüßen
Helga Mallmann
Tel. 02607 8812",
    ),
    (
        "veterinaeramt-uebergibt-q-fieber-schaeferei-menschen-erkrankt",
        "53",
        "Von: Dr. Stefanie Wolf <stefanie.wolf@kvmyk.de>
An: gesundheitsamt@kvmyk.de
Betreff: Q-Fieber Schafherde Ochtendung – Übergabe humanmedizinische Seite
Datum: 24.03.2026 14:50

Liebe Kolleginnen und Kollegen,

kurz zur Info und Übergabe: In einer Schafherde (ca. 350 Mutterschafe) eines Schäfers in Ochtendung hat das LUA gestern Coxiella burnetii in Abortmaterial nachgewiesen. Tierseuchenrechtlich sind wir dran, Maßnahmen für die Herde laufen.

Für Sie wichtig: Der Schäfer und sein Sohn haben seit etwa zehn Tagen hohes Fieber, der Sohn liegt seit gestern im Krankenhaus. Außerdem hatte der Betrieb am 08.03. einen „Lämmertag“ mit rund 200 Besuchern, viele Familien mit Kindern, die auch in den Ablammstall durften. Die Herde steht zurzeit am Ortsrand, nahe an einem Wohngebiet und einem Kindergarten.

Ich gehe davon aus, dass Sie die Ermittlungen bei den Menschen und ggf. die Information der Ärzteschaft übernehmen. Kontaktdaten des Betriebs und die Besucherliste, soweit vorhanden, schicke ich gern. Unser Befund und eine Lagekarte hängen an.

Viele Grüße
Dr. Stefanie Wolf
Amtstierärztin
Veterinäramt",
    ),
    (
        "hausarztpraxis-meldet-brechdurchfall-nach-hochzeit-polch",
        "53",
        "Von: Praxis Dr. med. Elke Gräf <praxis@hausarzt-graef-polch.de>
An: gesundheitsamt@kvmyk.de
Betreff: Meldung nach IfSG – gehäufte Gastroenteritis nach Hochzeitsfeier
Datum: 20.07.2026 12:18

Sehr geehrte Damen und Herren,

hiermit melden wir einen Ausbruch mit vermutlich gemeinsamer Ursache:

Seit Sonntag, 19.07., haben sich in unserer Praxis fünf Patientinnen und Patienten (Alter 8 bis 71 Jahre) mit hohem Fieber, wässrigem Durchfall, Bauchkrämpfen und Erbrechen vorgestellt. Alle waren am Samstag, 18.07., Gäste derselben Hochzeitsfeier im Bürgerhaus Polch (ca. 120 Gäste). Nach Angaben der Patienten sind weitere Gäste erkrankt, eine ältere Dame wurde ins Krankenhaus nach Mayen eingewiesen.

Stuhlproben von vier Patienten sind heute ans Labor gegangen, das Ergebnis steht aus. Klinisch denken wir an Salmonellen; gegessen wurde u. a. Tiramisu und Vitello tonnato vom beauftragten Partyservice.

Namen, Geburtsdaten und Anschriften der Erkrankten entnehmen Sie bitte dem anliegenden Meldebogen (passwortgeschützt, Passwort kommt per Fax). Das Brautpaar wäre bereit, die Gästeliste zur Verfügung zu stellen.

Mit freundlichen Grüßen
Dr. med. Elke Gräf
Fachärztin für Allgemeinmedizin
Marktplatz 7, 56751 Polch",
    ),
    (
        "baubeginnsanzeige-doppelhaushaelfte-bassenheim",
        "63",
        "Anzeige des Baubeginns

Aktenzeichen der Baugenehmigung: 63/2025/01873
Datum der Baugenehmigung: 12.12.2025
Bauherr: Kevin und Laura Schüller
Anschrift Bauherr: Mayener Straße 41, 56220 Bassenheim
Baugrundstück: Gemarkung Bassenheim, Flur 7, Flurstück 312/4, Neubaugebiet Auf der Hohl, Baufeld 14
Vorhaben: Neubau einer Doppelhaushälfte mit Carport
Baubeginn: 13.04.2026
Bauleiter: Dipl.-Ing. Markus Fries, Fries Bau GmbH, Kruft, Tel. 02652 93110
Tragwerksplaner: Ingenieurbüro Mohr, Koblenz
Prüfbericht Standsicherheit: liegt vor (02.03.2026)
Absteckung/Höhenlage: durch Vermessungsbüro Lenz am 08.04.2026
Bemerkung: Die andere Haushälfte (Bauherr Familie Oster, Az. 63/2025/01874) beginnt gleichzeitig.
Ort, Datum: Bassenheim, 30.03.2026
Unterschrift: K. Schüller, L. Schüller",
    ),
    (
        "garage-zu-pferdestall-umgebaut-mistplatz-grenze-saffig",
        "63",
        "Manfred Hilger
Mühlenweg 27
56648 Saffig

Kreisverwaltung Mayen-Koblenz
Bauaufsicht
Bahnhofstraße 9
56068 Koblenz

Saffig, 11.05.2026

Umbau einer Doppelgarage zu Pferdeboxen ohne Genehmigung – Mühlenweg 29, Saffig

Sehr geehrte Damen und Herren,

mein Nachbar auf dem Grundstück Mühlenweg 29 hat seit Ende März seine Doppelgarage, die direkt an unserer gemeinsamen Grenze steht, zu einem Stall mit zwei Pferdeboxen umgebaut. Dazu wurde das Garagentor zugemauert, es wurden zwei Fenster in unsere Richtung eingebrochen und hinten ein Holzanbau (etwa 4 x 3 m) als Heu- und Sattellager angesetzt. Vor dem Stall, keine zwei Meter von unserer Terrasse, hat er eine betonierte Fläche für den Mist angelegt.

Wir wohnen in einem reinen Wohngebiet. Ein Bauschild oder eine Genehmigung habe ich nie gesehen, und als Nachbar wurde ich auch nicht beteiligt. Auf meine Nachfrage meinte er, er baue ja nichts Neues, die Garage stehe schon seit 20 Jahren.

Ich möchte ausdrücklich sagen, dass es den beiden Pferden gut geht, darum geht es mir nicht. Es geht mir um die Bebauung an der Grenze, die Fenster und den Misthaufen direkt an unserem Sitzplatz.

Ich bitte Sie zu prüfen, ob dieser Umbau so zulässig ist, und gegebenenfalls einzuschreiten. Fotos vom Zustand vorher und nachher lege ich bei.

Mit freundlichen Grüßen
Manfred Hilger",
    ),
    (
        "landgasthof-raucherpavillon-biergarten-kettig",
        "63",
        "Von: Landgasthof Zur Linde <kontakt@linde-kettig.de>
An: bauaufsicht@kvmyk.de
Betreff: Raucherpavillon im Biergarten – brauchen wir einen Bauantrag?
Datum: 02.04.2026 10:02

Sehr geehrte Damen und Herren,

wir betreiben den Landgasthof Zur Linde, Hauptstraße 45, 56220 Kettig. Im Biergarten möchten wir einen festen Pavillon für Raucher aufstellen: Holzkonstruktion 6 x 4 m, Höhe ca. 3,20 m, Dach mit Bitumenschindeln, auf drei Seiten offen, Punktfundamente aus Beton, Abstand zur Grundstücksgrenze des Nachbarn ca. 1,80 m. Beleuchtung und ein Heizstrahler sollen angeschlossen werden.

Unser Schreiner meint, das sei genehmigungsfrei, unser Architekt ist sich nicht sicher, wegen der Grenze und weil es zu einem Gastronomiebetrieb gehört. An der Gaststättenerlaubnis ändert sich ja nichts, es kommen auch keine zusätzlichen Sitzplätze dazu.

Falls ein Bauantrag nötig ist: Reicht ein vereinfachtes Verfahren? Und muss der Nachbar unterschreiben? Eine Skizze und Fotos vom Standort hängen an.

Viele Grüße
Andrea und Michael Bell
Landgasthof Zur Linde",
    ),
    (
        "solarmodule-hagelschaden-entsorgen-muelheim-kaerlich",
        "70",
        "Jürgen Sauerborn
Wingertsweg 5
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Abfallwirtschaft
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 22.06.2026

Entsorgung von 18 beschädigten Solarmodulen

Sehr geehrte Damen und Herren,

bei dem Hagelunwetter am 12. Juni wurden auf unserem Garagendach 18 Photovoltaikmodule (je ca. 1,70 x 1,00 m, etwa 20 kg) zerstört, das Glas ist gesplittert. Der Installateur hat die Module abgebaut und neue montiert, die alten liegen jetzt aber bei uns im Hof. Er sagt, die Entsorgung sei nicht in seinem Auftrag enthalten, die Versicherung zahlt nur den Austausch.

Meine Fragen:
1. Kann ich die Module als Privatperson am Wertstoffhof abgeben, und wenn ja, an welchem und wie viele auf einmal? Ich habe einen Pkw-Anhänger.
2. Kostet das etwas?
3. Gelten beschädigte Module als Sondermüll? Die Bruchkanten sind scharf, ich habe sie mit Folie umwickelt.
4. Gibt es alternativ eine Abholung?

Ich möchte sie ungern lange im Hof lassen, weil dort Kinder aus der Nachbarschaft spielen.

Mit freundlichen Grüßen
Jürgen Sauerborn
Tel. 02630 4471",
    ),
    (
        "junggesellenverein-maifest-zusaetzliche-tonnen-kerben",
        "70",
        "Von: Lukas Ries <vorstand@jgv-kerben.de>
An: abfallwirtschaft@kvmyk.de
Betreff: Zusätzliche Tonnen fürs Maifest
Datum: 08.04.2026 19:30

Hallo,

wir als Junggesellenverein Kerben richten wie jedes Jahr das Maifest am 30.04./01.05. auf dem Dorfplatz aus, mit Maibaumstellen und Tanz, ca. 400 Besucher. Die Genehmigung für den Ausschank von der Verbandsgemeinde haben wir schon.

Letztes Jahr hatten wir nur die Tonnen vom Gemeindehaus und danach lagen die Säcke drei Tage daneben, das gab Ärger im Dorf. Dieses Jahr wollen wir es richtig machen:

- Können wir für das Wochenende zusätzliche Restmülltonnen (oder einen Container) bekommen bzw. mieten?
- Wer holt die ab und wann?
- Was kostet das ungefähr?

Anlieferung bräuchten wir spätestens am 29.04., Abholung am besten Montag 04.05.

Gruß
Lukas Ries, 1. Vorsitzender
Junggesellenverein Kerben e.V.
Tel. 0160 7744128",
    ),
    (
        "umzugskartons-altpapier-extra-abholung-urmitz",
        "70",
        "Von: Timo Weber <timo.w@posteo.de>
An: abfallwirtschaft@kvmyk.de
Betreff: Kartons nach Umzug
Datum: 27.07.2026 08:20

Hallo, sind nach Urmitz gezogen (Rheinstraße 14) und haben ca. 40 Umzugskartons. Blaue Tonne ist voll, nächste Leerung erst in 3 Wochen. Kann man Altpapier extra abholen lassen oder wo kann ich das abgeben? Danke, Timo Weber",
    ),
];
