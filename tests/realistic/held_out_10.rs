//! A tenth held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks: its day-one result is the
//! honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_10: &[(&str, &str, &str)] = &[
    (
        "fahrtenbuchauflage-anhoerung-dachdeckerei",
        "36",
        "Dachdeckerei Pauly GmbH
Industriestraße 14
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ihr Zeichen: 36-FB-2026-0417
Mendig, 12. Oktober 2026

Anhörung zur beabsichtigten Anordnung eines Fahrtenbuchs

Sehr geehrte Damen und Herren,

mit Schreiben vom 2. Oktober kündigen Sie an, uns für den Transporter MYK-DP 218 ein Fahrtenbuch aufzuerlegen, weil der Fahrer bei der Geschwindigkeitsüberschreitung am 14. August in Kruft nicht ermittelt werden konnte. Wir bedauern das. Der Wagen wird von vier Mitarbeitern im Wechsel gefahren, und das Foto war so unscharf, dass sich keiner darauf erkannt hat.

Wir haben inzwischen eine Schlüsselliste eingeführt, in die jede Fahrt mit Namen eingetragen wird. Wir bitten daher, von der Auflage abzusehen oder sie zumindest auf sechs Monate zu begrenzen. Die Fahrzeuge sind bei uns Arbeitsgerät, drei weitere Transporter sind auf die Firma zugelassen.

Mit freundlichen Grüßen
Markus Pauly
Geschäftsführer",
    ),
    (
        "hausverwaltung-schickt-mietbescheinigung-fuer-rentnerin-vallendar",
        "50",
        "Von: Hausverwaltung Rheinblick, Sabine Kessler <kessler@hv-rheinblick.de>
Betreff: Mietbescheinigung für Frau Annemarie Lutz, Löhrstraße 8, Vallendar
Datum: 21.09.2026

Guten Tag,

unsere Mieterin Frau Lutz hat uns gebeten, die Mietbescheinigung für ihren Antrag direkt an Sie zu schicken, weil sie selbst keinen Scanner hat. Anbei das ausgefüllte und unterschriebene Formular. Die Kaltmiete beträgt seit 1. Juli 512 Euro, die Nebenkostenvorauszahlung 145 Euro, die Heizkosten sind darin enthalten.

Frau Lutz ist 81 und hat uns erzählt, dass ihr Zuschuss zur Miete Ende September ausläuft. Sie wohnt seit Jahrzehnten bei uns und war immer zuverlässig, wir würden uns freuen, wenn es für sie nahtlos weitergeht.

Freundliche Grüße
Sabine Kessler
Hausverwaltung Rheinblick GmbH, Vallendar",
    ),
    (
        "schwangerschaft-mitteilung-mitarbeiterin-zulassungsschalter",
        "11",
        "Von: Lea Schumacher
An: Personal
Betreff: Schwangerschaft – Mitteilung und Bescheinigung
Datum: 05.10.2026

Hallo Frau Wirges,

wie schon kurz am Telefon angekündigt: ich bin schwanger, der errechnete Termin ist der 3. April 2027. Die Bescheinigung meiner Frauenärztin hänge ich an.

Ich arbeite ja am Schalter in der Zulassungsstelle in Mayen. Meine Ärztin meinte, ich solle nicht den ganzen Tag stehen – ist das bei uns über die Gefährdungsbeurteilung schon geregelt, oder muss ich selbst etwas beantragen? Und wie läuft das mit dem Zuschuss während der Schutzfrist, muss ich dafür etwas ausfüllen?

Über Elternzeit haben mein Mann und ich noch nicht entschieden, das würde ich nachreichen.

Viele Grüße
Lea Schumacher
Personalnummer 40815",
    ),
    (
        "abfall-app-zeigt-falsche-tage-urmitz",
        "70",
        "Von: Jürgen Hilger <j.hilger@web.de>
Betreff: App zeigt falsche Abholtage an
Datum: 28.10.2026

Sehr geehrte Damen und Herren,

seit der Umstellung im Oktober zeigt mir die App für Urmitz, Rheinstraße, die Papiertonne für Donnerstag an, tatsächlich kam das Fahrzeug aber schon am Dienstag. Ergebnis: meine Tonne blieb voll, die Nachbarn mit dem gedruckten Kalender hatten Glück. Beim Gelben Sack ist es dasselbe Spiel.

Welcher Termin gilt denn nun? Und können Sie die Daten in der App bitte korrigieren? Ich bin sicher nicht der Einzige – in unserer Straße stehen seit Dienstag fünf volle blaue Tonnen.

Mit freundlichen Grüßen
Jürgen Hilger
Urmitz",
    ),
    (
        "chancenkarte-arbeitsvertrag-elektroingenieur-muelheim-kaerlich",
        "33",
        "Srinivas Reddy
Im Wiesengrund 3
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9, 56068 Koblenz

Mülheim-Kärlich, 16.09.2026

Antrag auf Wechsel meines Aufenthaltstitels

Sehr geehrte Damen und Herren,

ich bin im März 2026 mit einer Chancenkarte eingereist und habe neben der Jobsuche in Teilzeit gearbeitet. Nun habe ich einen unbefristeten Arbeitsvertrag als Elektroingenieur bei einem Unternehmen in Weißenthurm unterschrieben, Beginn 1. November 2026, Bruttojahresgehalt 58.000 Euro.

Ich möchte deshalb eine Blaue Karte EU beantragen. Beigefügt sind Arbeitsvertrag, die Anerkennung meines Abschlusses durch die ZAB, Reisepass, Meldebescheinigung und die Erklärung zum Beschäftigungsverhältnis. Meine Chancenkarte gilt bis März 2027.

Darf ich die Stelle am 1. November schon antreten, wenn bis dahin noch keine Entscheidung vorliegt? Für einen Termin richte ich mich gern nach Ihnen.

Mit freundlichen Grüßen
Srinivas Reddy",
    ),
    (
        "stute-verkauft-in-die-schweiz-ochtendung",
        "39",
        "Von: Stefanie Mohr <mohr-reitstall@t-online.de>
Betreff: Bescheinigung für Stute – Verkauf in die Schweiz
Datum: 02.11.2026

Guten Tag,

wir haben eine Stute (Hannoveraner, 7 Jahre) in die Schweiz verkauft, der Transport soll am 24. November von unserem Hof in Ochtendung aus losgehen. Der Spediteur sagt, wir brauchen eine amtliche Gesundheitsbescheinigung über TRACES, und die Untersuchung muss kurz vor der Abfahrt stattfinden.

Könnten Sie uns sagen, wie wir das anmelden und welche Unterlagen Sie brauchen? Equidenpass und Impfungen sind aktuell, die Blutprobe auf ansteckende Blutarmut hat unser Hoftierarzt letzte Woche genommen, der Befund kommt noch.

Ein Termin am 20. oder 21. November wäre ideal.

Viele Grüße
Stefanie Mohr
Reitstall Mohr, Ochtendung",
    ),
    (
        "unverheirateter-vater-will-mitreden-einschulung-mayen",
        "JA-MY",
        "Dennis Kowalczyk
Siegfriedstraße 21
56727 Mayen

Mayen, 08.10.2026

Gemeinsames Sorgerecht für meine Tochter Mila

Sehr geehrte Damen und Herren,

ich bin der Vater von Mila (5). Ihre Mutter und ich waren nie verheiratet und haben uns vor zwei Jahren getrennt. Damals wollte sie keine Sorgeerklärung unterschreiben, und ich habe es schleifen lassen. Mila ist jedes zweite Wochenende bei mir, das klappt inzwischen ganz gut.

Nächstes Jahr steht die Einschulung an, und ich möchte bei solchen Entscheidungen mitreden dürfen. Die Mutter blockt ab, sobald das Wort Sorgerecht fällt. Ich will nicht gleich vor Gericht gehen. Können Sie uns beide zu einem Gespräch einladen oder mir erklären, welche Möglichkeiten ich habe?

Mila wohnt mit ihrer Mutter ebenfalls in Mayen, in der Nettestraße.

Mit freundlichen Grüßen
Dennis Kowalczyk",
    ),
    (
        "rechnung-laubbeseitigung-bbs-andernach",
        "20",
        "Garten- und Landschaftsbau Hürter
Am Sportplatz 2
56295 Lonnig

An die
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Rechnung Nr. 2026-311
Datum: 30.11.2026
Ihre Bestellung vom 14.10.2026

Laubbeseitigung und Rückschnitt Außenanlagen Berufsbildende Schule Andernach,
Leistungszeitraum 2. bis 27. November 2026

4 Einsätze Laubbeseitigung, 48 Std. x 52,00 € = 2.496,00 €
Abfuhr Grüngut, 3 Fuhren à 95,00 € = 285,00 €
Rückschnitt Hecke Parkplatz pauschal = 420,00 €
Summe netto 3.201,00 €
zzgl. 19 % MwSt. 608,19 €
Rechnungsbetrag 3.809,19 €

Zahlbar innerhalb von 30 Tagen ohne Abzug auf unser Konto bei der Raiffeisenbank, IBAN DE12 5776 1591 0000 4411 23.

Mit freundlichen Grüßen
Thomas Hürter",
    ),
    (
        "einfamilienhaus-fertig-garagentor-fehlt-kruft",
        "63",
        "Katharina und Jan Weidenbach
Am Weiherhof 7
56642 Kruft

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Aktenzeichen: 63/2025/0871
Neubau Einfamilienhaus mit Garage, Kruft, Am Weiherhof 7, Flur 5, Flurstück 112/3

Kruft, 09.11.2026

Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass unser Einfamilienhaus fertiggestellt ist. Wir sind am 1. November eingezogen. Beigefügt sind die Bescheinigung des Bezirksschornsteinfegers und die Bestätigung unseres Tragwerksplaners.

Die Garage ist noch nicht ganz fertig, das Tor wird erst im Dezember geliefert. Müssen wir das dann gesondert melden?

Mit freundlichen Grüßen
Katharina und Jan Weidenbach",
    ),
    (
        "dankeschoen-an-junge-frau-an-der-information",
        "10",
        "Von: Gisela Brück
Betreff: Ein Dankeschön
Datum: 14.10.2026

Sehr geehrte Damen und Herren,

man schreibt ja meistens nur, wenn man sich ärgert. Deshalb möchte ich heute einmal etwas Gutes loswerden. Am Dienstag letzter Woche war ich bei Ihnen im Kreishaus, weil ich mit meinen Unterlagen für den Mietzuschuss nicht zurechtkam. Ich war ziemlich durcheinander, mein Mann ist im Sommer gestorben, und er hat sich immer um solche Sachen gekümmert.

Die junge Frau an der Information im Erdgeschoss – ich glaube, sie heißt Frau Yilmaz – hat sich viel Zeit genommen, mir einen Stuhl und ein Glas Wasser geholt und mich dann selbst bis zum richtigen Zimmer begleitet. Das hat mir sehr gutgetan.

Bitte richten Sie ihr meinen herzlichen Dank aus, und gern auch ihrem Vorgesetzten.

Mit freundlichen Grüßen
Gisela Brück, Plaidt",
    ),
    (
        "streitverkuendung-erweiterung-realschule-polch",
        "30",
        "Landgericht Koblenz
3 O 214/26

In dem Rechtsstreit
Bauunternehmung Kreuter GmbH, Polch – Klägerin –
gegen
Ingenieurbüro Dahm & Partner, Koblenz – Beklagter –

wird dem Landkreis Mayen-Koblenz, vertreten durch den Landrat, der anliegende Schriftsatz des Beklagten vom 19.10.2026 mit Streitverkündung zugestellt. Der Landkreis ist Auftraggeber der streitgegenständlichen Baumaßnahme (Erweiterung der Realschule plus Polch).

Es wird Gelegenheit gegeben, binnen drei Wochen zu erklären, ob der Landkreis dem Rechtsstreit auf Seiten des Beklagten beitritt.

Termin zur mündlichen Verhandlung ist bestimmt auf Donnerstag, 21. Januar 2027, 10:30 Uhr, Saal 112.

Koblenz, 27.10.2026
Becker, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle",
    ),
    (
        "crepes-anhaenger-weihnachtsmaerkte-kottenheim",
        "32",
        "Von: Nadine Fuchs <crepes.fuchs@gmx.de>
Betreff: Crêpes-Wagen auf Weihnachtsmärkten – was brauche ich?
Datum: 08.09.2026

Hallo,

ich habe mir einen gebrauchten Crêpes-Anhänger gekauft und möchte ab November auf Weihnachtsmärkten und Dorffesten in der Gegend stehen, zum Beispiel in Münstermaifeld und Mayen, im Frühjahr dann auf Frühlingsmärkten. Ein festes Geschäft habe ich nicht, ich wohne in Kottenheim.

Eine Bekannte sagt, ich brauche dafür eine Reisegewerbekarte und nicht nur eine normale Gewerbeanmeldung. Stimmt das? Welche Unterlagen brauche ich und wie lange dauert das ungefähr? Ein Führungszeugnis habe ich schon beantragt, die Belehrung vom Gesundheitsamt habe ich noch von meinem letzten Job in der Gastronomie.

Danke und viele Grüße
Nadine Fuchs",
    ),
    (
        "pflegeeltern-herbstferien-gardasee-vormund-kruft",
        "51",
        "Von: Familie Weinand <weinand.kruft@gmail.com>
Betreff: Herbstferien am Gardasee mit Luca
Datum: 22.09.2026

Liebe Frau Heuser,

wir würden in den Herbstferien gern mit allen Kindern für eine Woche zu meiner Schwester an den Gardasee fahren, also auch mit Luca. Er freut sich schon riesig, er war noch nie im Ausland.

Da Sie ja Lucas Vormund sind: Brauchen wir dafür eine schriftliche Zustimmung von Ihnen? Und hat Luca überhaupt einen gültigen Ausweis? Wir haben nur die Geburtsurkunde und die Gesundheitskarte. Falls ein Kinderreisepass nötig ist, müssten Sie den wohl beantragen – wir würden natürlich mit ihm zum Bürgerbüro gehen.

Den Besuchskontakt mit seiner Mutter am 24. Oktober würden wir nicht verpassen, wir sind am 23. zurück.

Herzliche Grüße
Sandra und Michael Weinand, Kruft",
    ),
    (
        "scharlach-zweite-klasse-grundschule-treis-karden",
        "53",
        "Grundschule Treis-Karden
Schulleitung

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Treis-Karden, 03.11.2026

Mitteilung nach § 34 Infektionsschutzgesetz

Sehr geehrte Damen und Herren,

in der Klasse 2b sind seit Donnerstag letzter Woche vier Kinder an ärztlich festgestelltem Scharlach erkrankt, ein weiteres Kind aus der Klasse 3a seit gestern. Die Eltern haben uns informiert, zwei Kinder nehmen bereits Antibiotika.

Wir haben die Eltern der betroffenen Klassen per Elternbrief informiert. Bitte teilen Sie uns mit, ob weitere Maßnahmen erforderlich sind, insbesondere ob Geschwisterkinder weiter kommen dürfen und ab wann die erkrankten Kinder wieder am Unterricht teilnehmen können.

Eine Liste mit Namen und Erkrankungsbeginn liegt bei.

Mit freundlichen Grüßen
Birgit Zender, Rektorin",
    ),
    (
        "private-ganztagsschule-koblenz-fahrtkosten-rhens",
        "40",
        "Von: Petra Görgen
Betreff: Fahrtkosten für unsere Tochter Emma, Privatschule in Koblenz
Datum: 10.09.2026

Sehr geehrte Damen und Herren,

unsere Tochter Emma (Klasse 5) besucht seit diesem Schuljahr eine private Ganztagsschule in Koblenz-Metternich. Wir wohnen in Rhens. Sie fährt morgens mit dem Zug bis Koblenz Hauptbahnhof und dann mit dem Bus weiter, das Ticket kostet uns jeden Monat 58 Euro.

Die Schule sagte uns, dass der Kreis unter Umständen einen Teil übernimmt, auch wenn es keine staatliche Schule ist, nämlich so viel, wie die Fahrt zur nächstgelegenen öffentlichen Schule kosten würde. Ist das so? Und gibt es dafür ein Formular?

Eine Schulbescheinigung haben wir schon.

Mit freundlichen Grüßen
Petra Görgen
Rhens",
    ),
    (
        "wunschkennzeichen-reservierung-laeuft-ab-auto-verspaetet",
        "36",
        "Von: Holger Schäfer <h.schaefer@posteo.de>
Betreff: Reservierung MYK-HS 1967 – bitte verlängern
Datum: 19.10.2026

Guten Tag,

ich habe im September online das Kennzeichen MYK-HS 1967 reserviert, die Reservierung läuft laut Bestätigung am 27. Oktober ab. Leider verzögert sich die Auslieferung meines neuen Wagens beim Händler bis voraussichtlich Mitte Dezember.

Kann man die Reservierung verlängern, ohne dass das Kennzeichen zwischendurch wieder frei wird? Das ist mein Geburtsjahr, ich würde es ungern verlieren. Falls dafür noch einmal eine Gebühr anfällt, ist das kein Problem.

Reservierungsnummer: W-2026-884312

Mit freundlichen Grüßen
Holger Schäfer
Andernach",
    ),
    (
        "schulsozialarbeit-schuelerin-angst-vor-stiefvater-andernach",
        "JA-AND",
        "Von: Julia Brenner, Schulsozialarbeit Realschule plus Andernach
Betreff: Dringend – Schülerin, 13, will heute nicht nach Hause
Datum: 06.10.2026, 11:42

Sehr geehrte Damen und Herren,

eine Schülerin der 7. Klasse (Name und Adresse im Anhang, wohnhaft in Andernach, Südhöhe) hat sich heute in der zweiten Pause an mich gewandt. Sie sagt, ihr Stiefvater habe sie gestern Abend gegen den Schrank geschubst und angeschrien, sie habe Angst, heute nach Hause zu gehen. Sichtbare Verletzungen habe ich nicht gesehen, sie hat aber die ganze Zeit geweint.

Die Mutter habe ich bisher nicht angerufen, weil das Mädchen mich ausdrücklich darum gebeten hat. Sie hat bis 13:15 Uhr Unterricht und bleibt so lange bei mir im Büro.

Bitte rufen Sie mich so schnell wie möglich zurück, Durchwahl 214 über das Sekretariat.

Julia Brenner
Schulsozialarbeiterin",
    ),
    (
        "physiopraxis-eroeffnet-welche-tonnen-bendorf",
        "70",
        "Von: Physiotherapie am Markt, Katrin Seibel
Betreff: Neue Praxis in Bendorf – welche Tonnen brauchen wir?
Datum: 15.09.2026

Sehr geehrte Damen und Herren,

am 1. November eröffne ich in Bendorf, Hauptstraße 41, eine Physiotherapiepraxis im Erdgeschoss. Darüber sind drei Wohnungen, die Tonnen im Hof gehören zu den Wohnungen.

Der Vermieter sagt, für die Praxis muss ich eigene Tonnen anmelden, weil das ein Gewerbe ist. Stimmt das? Bei uns fallen vor allem Papier, Papierhandtücher, Einmalauflagen und ein paar Verpackungen an, sicher keine großen Mengen. Reicht die kleinste Restmülltonne, und an wen geht dann der Bescheid?

Die Gewerbeanmeldung bei der Stadt habe ich schon erledigt.

Mit freundlichen Grüßen
Katrin Seibel",
    ),
    (
        "dienstradleasing-frage-hygienekontrolleur",
        "11",
        "Von: Tobias Reuter
Betreff: Dienstrad-Leasing – gibt es das bei uns?
Datum: 29.09.2026

Hallo zusammen,

ich arbeite seit dem Frühjahr als Hygienekontrolleur im Gesundheitsamt und fahre, wenn das Wetter mitspielt, mit dem Rad von Ochtendung nach Koblenz. Mehrere Bekannte bei anderen Behörden haben ein geleastes Dienstrad über Entgeltumwandlung.

Bietet die Kreisverwaltung so etwas an, oder ist das geplant? Falls ja: Wie wirkt sich das auf mein Netto und später auf die Zusatzversorgung aus, und wo melde ich mich dafür?

Danke und Gruß
Tobias Reuter, Zimmer 2.17",
    ),
    (
        "kirchengemeinde-meldet-kirchenasyl-afghane",
        "33",
        "Evangelische Kirchengemeinde Andernach
Pfarramt

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 24.09.2026

Mitteilung über die Gewährung von Kirchenasyl

Sehr geehrte Damen und Herren,

hiermit teilen wir Ihnen mit, dass unsere Kirchengemeinde seit dem 23. September 2026 Herrn Ahmad S., geboren 1998, afghanischer Staatsangehöriger, bisher untergebracht in der Gemeinschaftsunterkunft in Mendig, in den Räumen des Gemeindehauses Kirchenasyl gewährt. Nach unserer Kenntnis soll er im Dublin-Verfahren nach Kroatien überstellt werden, wo er nach eigenen Angaben misshandelt wurde.

Das Bundesamt für Migration und Flüchtlinge wird parallel unterrichtet, das Dossier reichen wir dort fristgerecht ein. Herr S. ist bis auf Weiteres über das Gemeindehaus erreichbar.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Pfarrerin Dr. Ruth Albers",
    ),
    (
        "katzen-allein-in-wohnung-mieter-im-krankenhaus",
        "39",
        "Von: Immobilienverwaltung Schwab, Frank Lenz
Betreff: Wohnung in Weißenthurm, Hauptstraße 12, 2. OG – Katzen allein
Datum: 17.10.2026

Sehr geehrte Damen und Herren,

unser Mieter im 2. OG ist laut den Nachbarn seit etwa zehn Tagen im Krankenhaus, Angehörige sind uns nicht bekannt. Aus der Wohnung hört man seit Tagen Miauen, inzwischen riecht es im ganzen Treppenhaus. Durch das Fenster sieht man mindestens drei Katzen, eine davon sehr mager.

Wir haben zwar einen Schlüssel, dürfen die Wohnung aber ohne Zustimmung des Mieters nicht einfach betreten. Das Tierheim hat uns an Sie verwiesen. Können Sie kurzfristig jemanden schicken? Wir würden die Tür aufschließen.

Ich bin heute bis 18 Uhr im Büro erreichbar.

Mit freundlichen Grüßen
Frank Lenz",
    ),
    (
        "ehrenamtskarte-laeuft-ab-gruppenfuehrer-feuerwehr-saffig",
        "10",
        "Von: Stefan Kreber
Betreff: Meine Karte läuft ab
Datum: 01.10.2026

Hallo,

meine Ehrenamtskarte läuft Ende Oktober ab, sie wurde 2023 ausgestellt. Ich bin weiterhin aktiv bei der Freiwilligen Feuerwehr Saffig, inzwischen als Gruppenführer, also eher mit mehr Stunden als vorher.

Reicht es, wenn mein Wehrführer das formlos bestätigt, oder muss ich wieder das ganze Formular ausfüllen? Und bekomme ich die neue Karte zugeschickt, oder muss ich sie abholen?

Gruß
Stefan Kreber, Saffig",
    ),
    (
        "notarin-zufahrtsbaulast-nach-vereinigung-polch",
        "63",
        "Notarin Dr. Elke Harnisch
Marktplatz 3
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 13.10.2026
UR-Nr. 1544/2026

Verzicht auf eine Baulast
Gemarkung Polch, Flur 9, Flurstücke 201 und 202

Sehr geehrte Damen und Herren,

auf Flurstück 202 ist zugunsten von Flurstück 201 eine Zufahrtsbaulast eingetragen, Baulastenblatt Nr. 318. Beide Flurstücke sind mit meiner heutigen Urkunde auf denselben Eigentümer, Herrn Achim Lay, Polch, übergegangen und sollen vereinigt werden. Die Baulast dürfte damit entbehrlich sein.

Namens der Beteiligten beantrage ich, auf die Baulast zu verzichten und sie im Verzeichnis zu löschen. Die finanzierende Bank bittet um eine Bestätigung bis Ende November.

Eine Ausfertigung der Urkunde und ein aktueller Lageplan liegen bei.

Mit freundlichen Grüßen
Dr. Elke Harnisch, Notarin",
    ),
    (
        "erbschaft-von-schwester-sparbuch-polch",
        "50",
        "Hildegard Monreal
Am Kirchberg 4
56751 Polch

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Aktenzeichen: 50.2-GS-3381

Polch, den 4. November 2026

Sehr geehrte Damen und Herren,

ich möchte Ihnen mitteilen, dass meine Schwester Maria im August verstorben ist und ich von ihr etwas geerbt habe. Nachdem ich die Beerdigung bezahlt habe, sind am 28. Oktober 6.850 Euro auf meinem Sparbuch angekommen.

Ich weiß nicht, ob ich jetzt etwas von meiner Grundsicherung zurückzahlen muss oder wie das Geld angerechnet wird. Ich würde gern etwa 2.000 Euro davon für ein neues Bett und eine Brille ausgeben, die Krankenkasse zahlt die Gläser ja nicht. Darf ich das?

Den Kontoauszug und den Erbschein lege ich bei.

Mit freundlichen Grüßen
Hildegard Monreal",
    ),
    (
        "nach-der-schule-zur-oma-nach-kruft-fahrkarte",
        "40",
        "Von: Melanie Faßbender
Betreff: Fahrkarte – Sohn soll nach der Schule zur Oma
Datum: 14.09.2026

Guten Tag,

unser Sohn Ben geht in die 6. Klasse der Realschule plus in Mendig und hat eine Fahrkarte für die Strecke Plaidt – Mendig. Seit ich wieder Vollzeit arbeite, soll er an drei Tagen in der Woche nach der Schule zu meiner Mutter nach Kruft fahren, ich hole ihn dort abends ab.

Der Busfahrer wollte ihn am Montag mit seiner Karte nicht nach Kruft mitnehmen. Kann man die Karte um diese Strecke erweitern oder eine zweite bekommen? Wenn wir etwas dazuzahlen müssen, ist das in Ordnung, ich möchte nur nicht, dass er jedes Mal ein Einzelticket lösen muss.

Viele Grüße
Melanie Faßbender, Plaidt",
    ),
    (
        "anwaeltin-widerspruch-untersagung-autohandel",
        "30",
        "Rechtsanwälte Kohlhaas & Berger
Löhrstraße 78
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ihr Az.: 32-GU-11/26
Unser Az.: 412/26 KB

Koblenz, 19.10.2026

Widerspruch gegen die Verfügung vom 25.09.2026

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Vedat Arslan, Kfz-Handel Arslan, Mülheim-Kärlich, vertreten. Vollmacht anbei.

Namens und in Vollmacht unseres Mandanten legen wir gegen die Verfügung vom 25.09.2026, mit der ihm die Ausübung seines Gewerbes wegen Unzuverlässigkeit untersagt wurde, Widerspruch ein. Die dort angeführten Steuerrückstände sind zwischenzeitlich durch eine Ratenzahlungsvereinbarung mit dem Finanzamt geregelt; die Bestätigung reichen wir nach.

Wir beantragen ferner, die Vollziehung bis zur Entscheidung über den Widerspruch auszusetzen, und bitten um Übersendung der Verwaltungsakte zur Einsicht in unsere Kanzlei.

Die Begründung folgt gesondert.

Mit freundlichen Grüßen
Dr. Jana Kohlhaas
Rechtsanwältin",
    ),
    (
        "jaeger-meldet-schalldaempfer-fuer-repetierer",
        "32",
        "Von: Gerd Nonn
Betreff: Schalldämpfer – Anzeige und Eintragung
Datum: 23.10.2026

Sehr geehrte Damen und Herren,

ich habe mir für meine Repetierbüchse im Kaliber .308 Win. einen Schalldämpfer gekauft, überlassen am 20.10.2026 durch ein Fachgeschäft in Koblenz. Als Jäger mit gültigem Jahresjagdschein darf ich den ja ohne vorherige Erlaubnis erwerben, muss ihn aber innerhalb von zwei Wochen anzeigen.

Anbei die Erwerbsanzeige mit Hersteller und Seriennummer sowie Kopien meiner Waffenbesitzkarte und des Jagdscheins. Soll ich die WBK im Original vorbeibringen, oder schicke ich sie Ihnen zu?

Mit Waidmannsheil
Gerd Nonn
Kobern-Gondorf",
    ),
    (
        "kitawechsel-nach-umzug-nach-miesenheim",
        "JA-AND",
        "Von: Aylin Ricci
Betreff: Wechsel Kitaplatz für Leonie – Umzug nach Miesenheim
Datum: 07.09.2026

Sehr geehrte Damen und Herren,

wir sind innerhalb von Andernach umgezogen, von der Innenstadt nach Miesenheim. Unsere Tochter Leonie (3) geht bisher in eine Kita in der Innenstadt, die Fahrt dorthin dauert morgens im Berufsverkehr jetzt fast eine halbe Stunde, und ich muss danach weiter nach Neuwied zur Arbeit.

Wir würden Leonie gern in eine Kita in Miesenheim wechseln lassen, am liebsten zum Januar. Müssen wir sie dafür neu anmelden, oder kann man den Platz tauschen? Die Betreuungszeit (ganztags bis 16 Uhr mit Mittagessen) sollte gleich bleiben.

Unsere neue Adresse: Im Rosengarten 5, 56626 Andernach.

Viele Grüße
Aylin und Marco Ricci",
    ),
    (
        "kontowechsel-neues-lastschriftmandat-mendig",
        "20",
        "Von: Wolfgang Ternes
Betreff: Neue Bankverbindung für Ihre Abbuchungen
Datum: 12.10.2026

Sehr geehrte Damen und Herren,

ich habe mein Konto von der Volksbank zur Sparkasse gewechselt, das alte Konto wird zum 31. Oktober aufgelöst. Bisher buchen Sie von dort die Beträge zu den Kassenzeichen 4711.2200.18 und 4711.3300.02 ab, soweit ich weiß einmal die Müllgebühren und einmal die Raten aus meiner Vereinbarung mit Ihnen.

Bitte buchen Sie künftig vom neuen Konto ab, IBAN DE44 5705 0120 0000 3318 27, Kontoinhaber Wolfgang Ternes. Das unterschriebene Lastschriftmandat hänge ich als PDF an.

Die Novemberrate soll bitte schon vom neuen Konto gehen, damit es keine Rücklastschrift gibt.

Mit freundlichen Grüßen
Wolfgang Ternes, Mendig",
    ),
    (
        "ratten-im-hinterhof-neben-sandkasten",
        "53",
        "Von: Oksana Melnyk
Betreff: Ratten im Hof – Vermieter tut nichts
Datum: 26.10.2026

Guten Tag,

ich wohne mit meinen zwei Kindern (2 und 5 Jahre) in einem Mehrfamilienhaus in Mülheim-Kärlich, Kurfürstenstraße. Seit dem Sommer sehen wir im Hinterhof Ratten, inzwischen auch am Tag, direkt neben dem Sandkasten und bei den Mülltonnen. Letzte Woche lag eine tote Ratte auf der Kellertreppe.

Der Vermieter sagt, das liegt an den Mietern, die Müll neben die Tonnen stellen, und unternimmt nichts. Ich habe Angst um meine Kinder, sie spielen dort jeden Tag. Kann das Amt den Vermieter verpflichten, einen Kammerjäger zu holen?

Fotos schicke ich mit.

Vielen Dank
Oksana Melnyk",
    ),
    (
        "umzug-aus-koeln-vorschuss-fuer-noah",
        "JA-MY",
        "Janine Hoffmann
Polcher Straße 30
56727 Mayen

Mayen, 15.10.2026

Unterhaltsvorschuss für meinen Sohn Noah, 7 Jahre

Sehr geehrte Damen und Herren,

ich bin zum 1. Oktober mit meinem Sohn Noah von Köln nach Mayen gezogen. In Köln habe ich seit 2023 Unterhaltsvorschuss bekommen, weil Noahs Vater nicht zahlt. Das Jugendamt Köln hat mir geschrieben, dass die Zahlung wegen des Umzugs eingestellt wird und ich beim neuen Wohnort einen Antrag stellen muss.

Den Antrag habe ich ausgefüllt beigelegt, dazu Meldebescheinigung, Geburtsurkunde und den letzten Bescheid aus Köln (Zeichen UV 51-2023-55817). Können Sie die Akte aus Köln direkt anfordern, damit ich nicht alles noch einmal nachweisen muss? Für Oktober ist schon kein Geld mehr gekommen.

Mit freundlichen Grüßen
Janine Hoffmann",
    ),
    (
        "augen-gelasert-schluesselzahl-01-streichen",
        "36",
        "Von: Sarah Mertes
Betreff: Brille im Führerschein austragen
Datum: 05.11.2026

Hallo,

ich habe mir im Sommer die Augen lasern lassen und brauche keine Brille mehr. In meinem Führerschein (Klasse B, 2015 bei Ihnen ausgestellt) steht aber noch die 01 für Sehhilfe.

Mein Augenarzt hat mir eine Bescheinigung ausgestellt, beide Augen 1,0 ohne Korrektur. Muss ich einen neuen Führerschein beantragen, damit das gestrichen wird, und was kostet das? Darf ich bis dahin schon ohne Brille fahren, oder gilt die Auflage, bis ich den neuen in der Hand habe?

Viele Grüße
Sarah Mertes, Weißenthurm",
    ),
    (
        "transparenzanfrage-dienstwagenflotte",
        "10",
        "Von: Matthias Groß
Betreff: Antrag nach dem Landestransparenzgesetz – Dienstfahrzeuge
Datum: 30.09.2026

Sehr geehrte Damen und Herren,

nach dem Landestransparenzgesetz Rheinland-Pfalz beantrage ich Zugang zu folgenden Informationen:

1. Anzahl und Art der Dienstfahrzeuge der Kreisverwaltung Mayen-Koblenz, Stand 1. September 2026, aufgeteilt nach Verbrenner-, Hybrid- und Elektrofahrzeugen,
2. die jährlichen Gesamtkosten für Leasing oder Anschaffung und Unterhalt dieser Fahrzeuge in den Jahren 2024 und 2025,
3. die Jahresfahrleistung des Dienstwagens des Landrats im Jahr 2025.

Eine Übersendung per E-Mail als PDF oder Tabelle genügt. Sollten Kosten entstehen, bitte ich vorab um Mitteilung.

Mit freundlichen Grüßen
Matthias Groß, Vallendar",
    ),
    (
        "kindsvater-nach-breslau-zurueck-kaltenengers",
        "51",
        "Von: Magdalena Nowak
Betreff: Vater meiner Kinder lebt jetzt in Polen und zahlt nicht
Datum: 02.10.2026

Guten Tag,

ich lebe mit meinen Kindern Zofia (6) und Adam (3) in Kaltenengers. Ihr Vater ist im Frühjahr zurück nach Polen gezogen, nach Breslau, und zahlt seit Juni keinen Unterhalt mehr. Auf meine Nachrichten antwortet er nicht. Wir waren nicht verheiratet, die Vaterschaft hat er anerkannt.

Kann ich trotzdem Unterhaltsvorschuss bekommen, wenn der Vater im Ausland lebt? Und können Sie das Geld dann in Polen von ihm zurückholen? Ich habe seine letzte Adresse und den Namen seiner Firma.

Ich arbeite 25 Stunden als Verkäuferin in Urmitz.

Mit freundlichen Grüßen
Magdalena Nowak",
    ),
    (
        "wochenendhaeuschen-am-waldrand-wird-ausgebaut-treis",
        "63",
        "Von: Elmar Thiel
Betreff: Ausbau eines Wochenendhauses oberhalb von Treis
Datum: 20.10.2026

Sehr geehrte Damen und Herren,

oberhalb von Treis, am Waldrand Richtung Lützbach, steht seit Jahrzehnten ein kleines Wochenendhäuschen. Der neue Eigentümer hat es seit dem Sommer praktisch verdoppelt: ein Anbau aus Porenbeton, eine große Holzterrasse, und letzte Woche wurde ein Klärgrubenbehälter angeliefert. Es sieht so aus, als solle dort dauerhaft gewohnt werden.

Ich bin Grundstücksnachbar, mein Weinberg liegt direkt darunter. Das Hangwasser von der neuen versiegelten Fläche läuft seit dem letzten Regen in meine Parzelle. Ist das überhaupt genehmigt worden? Wenn nicht, bitte ich Sie, sich das anzusehen.

Mit freundlichen Grüßen
Elmar Thiel, Treis-Karden",
    ),
    (
        "verzugszinsen-sanitaer-kreissporthalle",
        "20",
        "Haustechnik Krämer GmbH & Co. KG
Andernacher Straße 55
56645 Nickenich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Nickenich, 18.11.2026

Unsere Rechnung Nr. 26-0588 vom 15.08.2026 – Sanitärarbeiten Kreissporthalle Weißenthurm

Sehr geehrte Damen und Herren,

vielen Dank für die Überweisung des Rechnungsbetrags von 14.280,00 Euro, die am 9. November bei uns eingegangen ist. Die Rechnung war allerdings nach dem Vertrag binnen 30 Tagen nach Zugang, also bis zum 18. September, fällig.

Für die Zeit vom 19.09. bis 09.11.2026 berechnen wir Ihnen daher Verzugszinsen sowie die gesetzliche Pauschale von 40 Euro, zusammen 263,78 Euro. Die Berechnung liegt bei.

Wir bitten um Ausgleich bis 5. Dezember 2026 auf das bekannte Konto. Die gute Zusammenarbeit soll darunter nicht leiden, wir müssen als kleiner Betrieb aber auf pünktliche Zahlung achten.

Mit freundlichen Grüßen
i. A. Monika Krämer, Buchhaltung",
    ),
    (
        "insolvenzverwalter-fordert-zahlungen-zurueck",
        "30",
        "Dr. Florian Weyer
Rechtsanwalt und Insolvenzverwalter
Schloßstraße 12
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Insolvenzverfahren über das Vermögen der Gebäudetechnik Hahn GmbH, Bendorf
Amtsgericht Koblenz, 24 IN 88/26

Koblenz, 26.10.2026

Insolvenzanfechtung

Sehr geehrte Damen und Herren,

mit Beschluss vom 1. Juli 2026 bin ich zum Insolvenzverwalter bestellt worden. Nach Durchsicht der Geschäftsunterlagen hat die Schuldnerin am 12. und 26. Mai 2026 insgesamt 8.412,50 Euro an den Landkreis gezahlt, und zwar auf Rückstände, wegen derer zuvor bereits vollstreckt worden war. Zu diesem Zeitpunkt war die Schuldnerin zahlungsunfähig; das musste Ihnen aufgrund der vorausgegangenen Vollstreckungsversuche bekannt sein.

Die Zahlungen sind nach §§ 130, 131 InsO anfechtbar. Ich fordere Sie auf, den Betrag bis zum 30. November 2026 an die Insolvenzmasse zu erstatten. Geht bis dahin weder eine Zahlung noch eine tragfähige Stellungnahme ein, werde ich ohne weitere Ankündigung Klage erheben.

Mit freundlichen Grüßen
Dr. Florian Weyer",
    ),
    (
        "getraenkemarkt-lkw-morgens-um-fuenf",
        "32",
        "Von: Heike Esser
Betreff: Anlieferung morgens um fünf
Datum: 03.10.2026

Guten Tag,

wir wohnen in Münstermaifeld direkt gegenüber der Laderampe eines Getränkemarkts. Seit August kommt die Anlieferung zwei- bis dreimal pro Woche zwischen 4:45 und 5:30 Uhr. Der Lkw lässt den Motor laufen, dann wird mit dem Hubwagen über die Rampe gerattert, Leergut scheppert in die Gitterboxen, und der Rückfahrwarner piept. An Schlaf ist danach nicht mehr zu denken.

Mit dem Marktleiter haben wir gesprochen, er sagt, das bestimmt die Zentrale. Wir haben nichts gegen den Markt, aber gibt es keine Regeln dafür, ab wann so etwas in einem Wohngebiet erlaubt ist?

Die Zeiten der letzten vier Wochen haben wir aufgeschrieben und schicken sie gern.

Freundliche Grüße
Heike und Rolf Esser",
    ),
    (
        "bewerbung-bauingenieurin-aus-tragwerksplanung",
        "11",
        "Von: Christina Bell
Betreff: Bewerbung auf die Ausschreibung Nr. 41/2026 – Sachbearbeitung Bauaufsicht
Datum: 09.10.2026

Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Stellenausschreibung gelesen. Nach meinem Bauingenieurstudium an der Hochschule Koblenz arbeite ich seit sieben Jahren in einem Ingenieurbüro in Mayen, überwiegend in der Tragwerksplanung und bei Bauanträgen für Wohn- und Gewerbebauten. Die Arbeit der Genehmigungsbehörde kenne ich daher gut – bisher eben von der anderen Seite des Schreibtischs.

Ich suche eine Stelle mit verlässlichen Arbeitszeiten und möchte meine Erfahrung gern im öffentlichen Dienst einbringen. Eine Teilzeit mit 30 Wochenstunden wäre mir lieb, Vollzeit ist aber auch möglich.

Lebenslauf, Arbeitszeugnisse und Abschlusszeugnis hänge ich als ein PDF an. Meine Kündigungsfrist beträgt drei Monate zum Quartalsende.

Mit freundlichen Grüßen
Christina Bell, Andernach",
    ),
    (
        "sushi-lachs-ungekuehlt-neben-spuele",
        "39",
        "Von: Daniel Kurz
Betreff: Beschwerde über ein Sushi-Lokal in Andernach
Datum: 31.10.2026

Hallo,

ich habe gestern Abend bei einem Sushi-Lokal in der Andernacher Innenstadt Essen abgeholt. Beim Warten konnte ich in die offene Küche sehen: Der rohe Lachs lag ungekühlt in einer Schale neben dem Spülbecken, und derselbe Mitarbeiter, der gerade kassiert hatte, hat ohne Handschuhe und ohne Händewaschen weitergeschnitten. Zu Hause hat der Fisch deutlich gerochen, wir haben alles weggeworfen.

Krank geworden ist zum Glück niemand. Ich möchte aber, dass sich das mal jemand ansieht. Die Quittung mit der Adresse hänge ich an.

Gruß
Daniel Kurz",
    ),
    (
        "allergische-reaktion-nach-erster-impfung-attest-kita",
        "53",
        "Von: Franziska Hammes
Betreff: Ihr Schreiben wegen des Attests für unsere Tochter Ella
Datum: 16.09.2026

Sehr geehrte Damen und Herren,

die Kita unserer Tochter Ella in Kobern-Gondorf hat uns gesagt, dass sie unser ärztliches Attest an Sie weitergeleitet hat. Jetzt haben wir von Ihnen einen Brief bekommen, dass wir genauer begründen sollen, warum Ella nicht gegen Masern geimpft werden kann.

Ella hatte nach der ersten Impfung mit elf Monaten eine schwere allergische Reaktion und lag zwei Tage im Krankenhaus. Unser Kinderarzt hat deshalb von der zweiten Impfung abgeraten. Den Entlassungsbericht des Krankenhauses lege ich bei. Reicht das, oder brauchen Sie noch etwas vom Kinderarzt?

Wir haben große Sorge, dass Ella ihren Platz in der Kita verliert.

Mit freundlichen Grüßen
Franziska Hammes",
    ),
    (
        "bauschutt-und-dachpappe-an-der-nette",
        "70",
        "Von: Rainer Kalter
Betreff: Bauschutt und Dachpappe an der Nette bei Saffig
Datum: 09.11.2026

Guten Tag,

beim Spaziergang mit dem Hund habe ich heute Morgen am Feldweg entlang der Nette zwischen Saffig und Plaidt, kurz hinter der kleinen Brücke, einen großen Haufen Bauschutt entdeckt: Ziegelbruch, Fliesen, alte Dachpappe, mehrere Eimer mit Farbresten und mindestens zwei Säcke mit der Aufschrift „Asbest“. Ein Teil liegt schon halb im Bach.

Das muss letzte Nacht abgeladen worden sein, gestern Nachmittag war dort noch nichts. Fotos und den Standort aus dem Handy hänge ich an. Bitte lassen Sie das schnell wegräumen, bevor der nächste Regen es ins Wasser spült.

Mit freundlichen Grüßen
Rainer Kalter, Saffig",
    ),
    (
        "bescheinigung-alleiniges-sorgerecht-fuer-reisepass-andernach",
        "JA-AND",
        "Von: Svetlana Braun
Betreff: Bescheinigung, dass ich allein sorgeberechtigt bin
Datum: 22.10.2026

Guten Tag,

für den Reisepass meiner Tochter Sofia (9) brauche ich eine Bescheinigung, dass keine Sorgeerklärungen abgegeben wurden, also dass ich das Sorgerecht allein habe. Sofias Vater und ich waren nie verheiratet, er hat die Vaterschaft 2017 anerkannt, eine gemeinsame Sorge gab es aber nie.

Das Bürgerbüro hat mich an Sie verwiesen. Wir wohnen in Andernach, Kölner Straße 112, und Sofia ist auch in Andernach geboren.

Kann ich die Bescheinigung per Post bekommen, oder muss ich persönlich vorbeikommen? Wir fliegen in den Weihnachtsferien zu meiner Familie.

Vielen Dank
Svetlana Braun",
    ),
    (
        "azubi-blockunterricht-bbs-mayen-roller-lonnig",
        "40",
        "Von: Jonas Theisen
Betreff: Fahrtkosten Berufsschule
Datum: 25.09.2026

Hallo,

ich mache seit August eine Ausbildung zum Anlagenmechaniker bei einem Betrieb in Polch und habe Blockunterricht an der BBS in Mayen, immer zwei bis drei Wochen am Stück. Ich wohne bei meinen Eltern in Lonnig. Mit dem Bus brauche ich über eine Stunde mit Umsteigen, deshalb fahre ich mit dem Roller.

Meine Lehrerin meinte, man kann sich die Fahrtkosten zur Berufsschule teilweise erstatten lassen. Stimmt das, und gilt das auch, wenn man selbst fährt? Wo finde ich den Antrag? Mein Betrieb zahlt nichts dazu.

Danke
Jonas Theisen",
    ),
    (
        "grosseltern-nehmen-enkel-auf-waehrend-therapie-mayen",
        "JA-MY",
        "Werner und Inge Schüller
Am Hahnenberg 9
56727 Mayen

Mayen, 28.09.2026

Sehr geehrte Damen und Herren,

seit Mitte August lebt unser Enkel Finn (8) bei uns in Mayen, weil unsere Tochter eine Langzeittherapie macht, voraussichtlich bis zum Frühjahr. Sie hat uns eine Vollmacht gegeben, das Sorgerecht hat sie weiterhin.

Wir machen das von Herzen gern. Aber wir sind beide Rentner, und Finn braucht Kleidung, Schulsachen, er wächst aus allem heraus, und nächsten Monat ist Klassenfahrt. Das Kindergeld bekommt weiter unsere Tochter. Eine Bekannte sagt, Großeltern können in so einem Fall Pflegegeld bekommen. Stimmt das, und was müssen wir dafür tun?

Mit freundlichen Grüßen
Werner und Inge Schüller",
    ),
    (
        "persoenliches-budget-eigene-assistentin-sohn-autismus",
        "50",
        "Von: Claudia Reif
Betreff: Persönliches Budget für meinen Sohn Jannik
Datum: 13.10.2026

Sehr geehrte Frau Berens,

mein Sohn Jannik (24, Autismus) bekommt seit zwei Jahren Assistenz über einen Dienst in Koblenz. Dort wechseln leider ständig die Assistenten, Jannik kommt damit überhaupt nicht zurecht und verlässt seine Wohnung kaum noch.

Wir haben eine junge Frau aus Bendorf gefunden, Heilerziehungspflegerin, die ihn gern zehn Stunden in der Woche begleiten würde. Deshalb möchten wir beantragen, die Leistung künftig als Persönliches Budget zu bekommen, damit wir sie selbst anstellen können. Ich bin Janniks rechtliche Betreuerin.

Können wir dafür einen Termin zur Gesamtplanung vereinbaren?

Mit freundlichen Grüßen
Claudia Reif, Bendorf",
    ),
    (
        "messdiener-herbstfreizeit-zuschuss-ochtendung",
        "51",
        "Katholische Pfarrei St. Martin Ochtendung
Messdienerleitung

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 19.09.2026

Zuschuss für unsere Herbstfreizeit

Sehr geehrte Damen und Herren,

vom 12. bis 16. Oktober fahren wir mit 27 Messdienerinnen und Messdienern zwischen 9 und 15 Jahren und sechs Leitern in ein Jugendhaus im Westerwald. Die Kosten liegen bei etwa 210 Euro pro Kind. Einige Familien können sich das nicht leisten, und wir möchten niemanden zu Hause lassen.

Wir haben gehört, dass es beim Kreis Zuschüsse für Freizeiten von Jugendgruppen gibt. Wie hoch sind die, und bis wann müssen wir den Antrag stellen? Unsere Leiter haben alle die Jugendleitercard. Die Teilnehmerliste können wir nach der Freizeit nachreichen.

Mit freundlichen Grüßen
Lisa Wagner und Tim Hens",
    ),
    (
        "caritas-eigenstaendiges-aufenthaltsrecht-nach-trennung-bendorf",
        "33",
        "Von: Andrea Wolf, Migrationsberatung Caritasverband
Betreff: Frau Nguyen Thi Lan, geb. 12.03.1993 – Verlängerung nach Trennung
Datum: 27.10.2026

Sehr geehrte Damen und Herren,

ich berate Frau Nguyen, die in Bendorf wohnt und 2023 eine Aufenthaltserlaubnis zum Ehegattennachzug erhalten hat. Sie lebt seit August 2026 von ihrem Ehemann getrennt, nachdem es wiederholt zu Gewalt gekommen ist; einige Wochen war sie im Frauenhaus. Die eheliche Lebensgemeinschaft hat in Deutschland drei Jahre und vier Monate bestanden.

Ihre Aufenthaltserlaubnis läuft am 30. November ab. Wir beantragen die Verlängerung als eigenständiges Aufenthaltsrecht. Frau Nguyen arbeitet in Teilzeit in einem Nagelstudio und besucht einen B1-Kurs. Vollmacht, Pass und Arbeitsbescheinigung liegen bei.

Wir bitten um einen Termin, zu dem ich Frau Nguyen begleiten kann.

Mit freundlichen Grüßen
Andrea Wolf",
    ),
];
