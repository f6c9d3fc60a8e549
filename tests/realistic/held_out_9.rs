//! A ninth held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks: its day-one result is the
//! honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_9: &[(&str, &str, &str)] = &[
    (
        "saisonkennzeichen-motorrad-kruft",
        "36",
        "Von: Dirk Hengstebeck <d.hengstebeck@web.de>
Datum: 14.10.2026
Betreff: Motorrad auf Saison umstellen

Guten Tag,

ich habe eine Honda CBF 600, auf mich zugelassen, Kennzeichen MYK-DH 66. Bisher ist die ganzjährig angemeldet, im Winter fahre ich aber eh nicht mehr. Kann ich das Kennzeichen auf Saison März bis Oktober umstellen lassen, ohne dass ich neue Schilder brauche? Oder muss ich dafür ein ganz neues Kennzeichen nehmen?

Brauche ich einen Termin oder kann ich einfach vorbeikommen? Reichen Fahrzeugschein und Personalausweis?

Danke und Gruß
Dirk Hengstebeck
Kruft",
    ),
    (
        "oma-sorgt-sich-enkelin-aelterer-freund",
        "JA-AND",
        "Renate Hürter
Mühlenweg 3
56630 Kretz

Kretz, den 19.10.2026

Sehr geehrte Damen und Herren,

ich weiß nicht genau, ob ich hier richtig bin, aber ich weiß mir keinen anderen Rat mehr. Meine Enkelin Celina ist 15 und wohnt mit ihrer Mutter, meiner Tochter, in Andernach in der Nähe vom Bahnhof.

Seit dem Sommer hat sie einen Freund, der nach allem, was ich weiß, 24 Jahre alt ist. Er holt sie mit dem Auto von der Schule ab, sie schläft oft bei ihm, und letzte Woche hat sie mir erzählt, dass sie „bald ganz bei ihm einzieht“. Sie hat auf einmal teure Sachen, ein neues Handy, Schuhe, die sie sich nie leisten könnte. In der Schule ist sie stark abgesackt.

Meine Tochter sagt, da könne man nichts machen, Celina mache sowieso, was sie will. Ich möchte meiner Tochter nicht in den Rücken fallen, aber ich habe Angst um das Kind.

Kann jemand von Ihnen mit mir sprechen? Ich bin vormittags immer zu Hause, Telefon 02632 48 17 09.

Mit freundlichen Grüßen
Renate Hürter",
    ),
    (
        "rechnung-bewirtung-kreistagssitzung-plaidt",
        "20",
        "Landgasthof Zur Linde · Partyservice
Inh. Markus Weiler
Hauptstraße 27, 56637 Plaidt
USt-IdNr. DE214558903

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Rechnung Nr. 2026-0418
Rechnungsdatum: 30.09.2026
Leistungsdatum: 28.09.2026
Ihre Bestellung vom 15.09.2026, Frau Thelen

Bewirtung Sitzung des Kreistags, großer Sitzungssaal

62 x Brötchen belegt, gemischt, à 3,20 €      198,40 €
 4 x Rohkostplatte mit Dip, à 24,00 €          96,00 €
 8 x Kaffee in Thermoskanne, à 9,50 €          76,00 €
 1 x Lieferung und Abholung Geschirr           35,00 €

Nettobetrag                                   405,40 €
zzgl. USt (7 % / 19 %, siehe Aufstellung)       32,58 €
Rechnungsbetrag                               437,98 €

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen ohne Abzug unter Angabe der Rechnungsnummer auf unser Konto bei der Sparkasse Koblenz, IBAN DE41 5705 0120 0000 4471 82.

Vielen Dank für Ihren Auftrag!",
    ),
    (
        "zoohandlung-kaninchen-glasbecken",
        "39",
        "Betreff: Zustände in einem Tiergeschäft in Andernach

Hallo,

ich war am Samstag (17.10.) mit meiner Tochter in dem kleinen Tierladen in der Andernacher Fußgängerzone, eigentlich nur wegen Vogelfutter. Hinten im Laden stehen zwei Glasbecken, in denen ich mindestens 15 junge Kaninchen gezählt habe, die sich kaum bewegen konnten. Kein Heu, das Wasser in der Schale war grün, und eins der Tiere lag ganz apathisch in der Ecke, ein Auge völlig verklebt. Daneben ein Käfig mit Meerschweinchen, der nach Ammoniak gestunken hat.

Ich habe den Verkäufer darauf angesprochen, der meinte nur, die wären ja bald verkauft.

Kann sich das bitte mal jemand anschauen? Ich weiß nicht, ob das so erlaubt ist, mir kam das jedenfalls nicht richtig vor. Ich habe Fotos gemacht und schicke sie gern.

Viele Grüße
Sandra Klöckner, Plaidt",
    ),
    (
        "mandatsniederlegung-kreistag-umzug-freiburg",
        "10",
        "Walter Boos
Am Sauerbrunnen 14
56645 Nickenich

An den Landrat des Landkreises Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Nickenich, 30.10.2026

Niederlegung meines Mandats

Sehr geehrter Herr Landrat,

hiermit erkläre ich, dass ich mein Mandat als Mitglied des Kreistags Mayen-Koblenz mit Ablauf des 30. November 2026 niederlege. Grund ist mein Umzug zu meiner Tochter nach Freiburg im Breisgau, mit dem ich meine Wählbarkeit ohnehin verlieren würde.

Bitte teilen Sie mir mit, wo ich das Tablet für das Ratsinformationssystem und den Schlüssel zum Fraktionszimmer abgeben soll, bei Ihnen oder bei der Fraktionsgeschäftsstelle.

Ich danke Ihnen und allen Mitarbeiterinnen und Mitarbeitern der Kreisverwaltung für die gute Zusammenarbeit in den vergangenen zwölf Jahren.

Mit freundlichen Grüßen
Walter Boos",
    ),
    (
        "anwalt-widerspruch-widerruf-wbk-polch",
        "30",
        "Rechtsanwälte Dr. Kreuzberg & Lenz
Löhrstraße 40, 56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 21.09.2026

Ihr Zeichen: WaffR 1187/26
Unser Zeichen: 412/26 L/sk

Herr Rüdiger Brachtendorf, Polch
Widerspruch gegen Ihren Bescheid vom 08.09.2026

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Rüdiger Brachtendorf anwaltlich vertreten. Eine auf uns lautende Vollmacht liegt bei.

Namens und in Vollmacht unseres Mandanten legen wir gegen den Bescheid vom 08.09.2026, mit dem die Waffenbesitzkarten unseres Mandanten widerrufen und die Überlassung der Waffen an einen Berechtigten angeordnet wurde,

Widerspruch

ein. Zugleich beantragen wir, die Vollziehung bis zur Entscheidung über den Widerspruch auszusetzen.

Die Annahme der Unzuverlässigkeit stützt sich ausschließlich auf ein Ermittlungsverfahren, das inzwischen nach § 170 Abs. 2 StPO eingestellt worden ist. Eine ausführliche Begründung folgt nach Akteneinsicht. Wir bitten um Übersendung der Verwaltungsvorgänge an unsere Kanzlei.

Mit freundlichen Grüßen
Lenz
Rechtsanwalt",
    ),
    (
        "zeltparty-erziehungsbeauftragung-ochtendung",
        "51",
        "Von: Junggesellenverein Ochtendung e. V. <vorstand@jgv-ochtendung.de>
Datum: 08.09.2026
Betreff: Kirmes-Zeltparty – Jugendliche mit Zettel von den Eltern

Hallo zusammen,

wir veranstalten wie jedes Jahr zur Kirmes am 3. Oktober die Zeltparty auf dem Festplatz. Ausschank und alles andere ist bei der Verbandsgemeinde schon beantragt, darum geht es nicht.

Unsere Frage: Letztes Jahr kamen viele 16- und 17-Jährige mit so einem ausgedruckten „Muttizettel“, auf dem irgendein Volljähriger als Aufsicht eingetragen war. Teilweise war der angebliche Aufpasser selbst gerade 18 und hatte vier Jugendliche „dabei“. Müssen wir das so akzeptieren? Dürfen wir eine Höchstzahl pro Aufsichtsperson festlegen? Und bis wann genau müssen die Unter-16-Jährigen raus, wenn die mit den Eltern da sind?

Habt ihr vielleicht ein Merkblatt oder ein Musterformular, das wir auf unsere Homepage stellen können? Wir wollen keinen Ärger, und vor allem soll keinem von den Jungen was passieren.

Danke und viele Grüße
Jonas Schäfer
1. Vorsitzender",
    ),
    (
        "mietzuschuss-witwe-polch",
        "50",
        "Polch, den 6. Oktober 2026

Betr.: Zuschuss zur Miete

Sehr geehrte Damen und Herren,

mein Mann ist im Juli gestorben. Seitdem habe ich nur noch meine eigene kleine Rente und die Witwenrente, zusammen 1.140 Euro im Monat. Die Miete für unsere Wohnung ist 610 Euro mit Heizung.

Bis jetzt habe ich vom Ersparten aufgestockt, aber das ist bald weg. Meine Nachbarin hat gesagt, ich könnte vielleicht einen Mietzuschuss vom Amt bekommen, sie kriegt auch so etwas. Ausziehen möchte ich eigentlich nicht, ich wohne hier seit 31 Jahren.

Können Sie mir die Antragsformulare zuschicken? Mit dem Computer kenne ich mich nicht aus. Die Rentenbescheide und den Mietvertrag habe ich da.

Mit freundlichen Grüßen
Hildegard Mürtz
Ostlandstraße 12
56751 Polch",
    ),
    (
        "neuer-pass-aufenthaltskarte-bendorf",
        "33",
        "Von: Ana Ciobanu <ana.ciobanu88@gmx.de>
Datum: 12.11.2026
Betreff: neuer Reisepass – was ist mit meiner Karte?

Sehr geehrte Damen und Herren,

ich wohne in Bendorf und habe eine Aufenthaltserlaubnis bis 2028 (die Plastikkarte). Mein alter moldauischer Reisepass ist im Oktober abgelaufen, jetzt habe ich von der Botschaft in Berlin einen neuen Pass bekommen, mit neuer Nummer.

Muss ich die Karte deswegen neu beantragen, oder reicht es, wenn ich Ihnen den neuen Pass zeige? Ich möchte im Dezember zu meiner Schwester nach Rumänien fahren und habe Angst, dass es an der Grenze Probleme gibt, weil auf der Karte noch die alte Passnummer steht.

Können Sie mir bitte einen Termin geben? Ich arbeite im Schichtdienst, vormittags ginge am besten.

Mit freundlichen Grüßen
Ana Ciobanu",
    ),
    (
        "sackgasse-wird-nicht-mehr-angefahren-kottenheim",
        "70",
        "Sehr geehrte Damen und Herren,

seit Anfang September fährt das Müllauto nicht mehr in unsere Straße hinein (Im Brühl in Kottenheim, ab Hausnummer 12 bis zum Ende). Auf Nachfrage beim Fahrer hieß es, der Wendehammer sei zu klein, rückwärts dürften sie nicht mehr fahren. Wir sollen die Tonnen jetzt alle vorne an die Einmündung zur Hauptstraße stellen.

Das sind für uns gut 200 Meter, teilweise bergauf. In den sechs betroffenen Häusern wohnen drei Rentnerhaushalte, meine Nachbarin ist 86 und geht am Rollator. Die kann keine volle Tonne dahin ziehen. Außerdem stehen dann am Leerungstag zwanzig Tonnen auf dem schmalen Gehweg an der Ecke.

Wir zahlen dieselben Gebühren wie alle anderen. Gibt es da keine andere Lösung, zum Beispiel ein kleineres Fahrzeug? Schriftlich haben wir übrigens nie etwas bekommen.

Mit freundlichen Grüßen
Heinz-Peter Mallmann
(auch im Namen der Nachbarn Im Brühl 12 bis 22)
Kottenheim, 02.10.2026",
    ),
    (
        "initiativbewerbung-sozialarbeiterin-asd",
        "11",
        "Miriam Schwab
Raiffeisenstraße 21
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 05.11.2026

Initiativbewerbung als Sozialarbeiterin (B.A.)

Sehr geehrte Damen und Herren,

nach meinem Studium an der Hochschule Koblenz arbeite ich derzeit befristet bei einem freien Träger der Jugendhilfe in Neuwied. Der Vertrag endet am 31.12.2026, und ich möchte gern in den öffentlichen Dienst wechseln, am liebsten in den Allgemeinen Sozialen Dienst Ihres Jugendamts. Eine passende Ausschreibung habe ich auf Ihrer Homepage derzeit nicht gefunden, deshalb sende ich Ihnen meine Unterlagen initiativ.

Die staatliche Anerkennung habe ich im September erhalten. Erfahrung bringe ich aus dem Praxissemester im Kinderschutzdienst und aus der aufsuchenden Familienhilfe mit. Ich habe einen Führerschein Klasse B und ein eigenes Auto.

Lebenslauf, Zeugnisse und die Anerkennungsurkunde finden Sie in der Anlage. Über eine Einladung zu einem Gespräch würde ich mich sehr freuen. Ein Beginn wäre ab dem 1. Januar 2027 möglich.

Mit freundlichen Grüßen
Miriam Schwab",
    ),
    (
        "vermieter-sorgt-sich-kinder-vermuellt-mayen",
        "JA-MY",
        "Betreff: Mietwohnung in Mayen – ich mache mir Sorgen um die Kinder

Sehr geehrte Damen und Herren,

ich vermiete eine Dreizimmerwohnung in Mayen, in der Nähe vom Ostbahnhof. Darin wohnt seit zwei Jahren eine Mutter mit zwei Kindern, ich schätze vier und sieben Jahre alt.

Wegen eines Wasserschadens musste ich letzte Woche mit dem Installateur in die Wohnung. Ehrlich gesagt war ich erschrocken: überall Müllbeutel, in der Küche verschimmelte Essensreste, im Kinderzimmer lag nur eine Matratze ohne Bezug auf dem Boden, und es roch stark nach Katzenurin. Die Mutter wirkte sehr durcheinander. Die Kinder waren mittags zu Hause, der Kleine nur in Windel, obwohl es in der Wohnung kalt war.

Mir geht es ausdrücklich nicht um die Miete, die kommt pünktlich. Ich will auch niemanden anschwärzen. Aber das kann ich nicht einfach ignorieren. Namen und genaue Adresse gebe ich Ihnen gern telefonisch durch.

Sie erreichen mich unter 0171 4488302.

Mit freundlichen Grüßen
Bernd Nachtsheim
27.10.2026",
    ),
    (
        "abgeschlossenheitsbescheinigung-notarin-mendig",
        "63",
        "Dr. Annette Wirtz
Notarin
Marktplatz 4, 56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 19.10.2026
UR-Nr. 1412/2026 W

Antrag auf Erteilung einer Abgeschlossenheitsbescheinigung
Objekt: Mendig, Brauerstraße 11, Gemarkung Niedermendig, Flur 7, Flurstück 233/4
Eigentümer: Eheleute Gerd und Hannelore Zirwes

Sehr geehrte Damen und Herren,

die Eigentümer beabsichtigen, das o. g. Zweifamilienhaus nach dem Wohnungseigentumsgesetz in zwei Einheiten aufzuteilen, um die Wohnung im Obergeschoss auf ihre Tochter zu übertragen. Namens der Eigentümer beantrage ich die Erteilung der Abgeschlossenheitsbescheinigung.

Beigefügt sind:
– Aufteilungsplan in dreifacher Ausfertigung (Grundrisse, Schnitt, Ansichten) mit farbiger Kennzeichnung der Einheiten
– Lageplan
– Vollmacht der Eigentümer

Nach Angaben der Eigentümer wurde das Gebäude 1978 genehmigt; das damalige Aktenzeichen ist leider nicht bekannt.

Für eine Eingangsbestätigung und eine Mitteilung der voraussichtlichen Gebühr wäre ich dankbar.

Mit freundlichen Grüßen
Dr. Wirtz, Notarin",
    ),
    (
        "schuleingangsuntersuchung-termin-urbar",
        "53",
        "Von: Katharina Dötsch <k.doetsch@posteo.de>
Betreff: Einladung für Emil Dötsch am 4.11. – Termin geht leider nicht

Hallo,

wir haben die Einladung für unseren Sohn Emil (geb. 14.03.2021) zur Untersuchung vor der Einschulung am 4. November um 9:20 Uhr in Vallendar bekommen. An dem Tag hat er leider seine Polypen-OP in der Kinderklinik in Koblenz, das steht schon seit Monaten fest.

Können wir einen anderen Termin bekommen? Gerne auch an einem anderen Ort, wir fahren auch nach Koblenz. Das gelbe Heft und den Impfpass bringen wir dann mit.

Er kommt nächsten Sommer in die Grundschule in Urbar, falls das wichtig ist.

Viele Grüße
Katharina Dötsch",
    ),
    (
        "pflegekind-busfahrkarte-muelheim-kaerlich",
        "40",
        "Sehr geehrte Damen und Herren,

seit dem 1. Oktober lebt bei uns in Mülheim-Kärlich ein Pflegekind, Leon, 11 Jahre. Die Unterbringung hat das Jugendamt in Lahnstein vermittelt, wo Leon vorher gewohnt hat. Er geht jetzt in die 6. Klasse der Realschule plus in Weißenthurm.

Die Schule hat uns gesagt, die Busfahrkarte müssten wir bei Ihnen beantragen. Den Antrag habe ich ausgefüllt und lege ihn bei.

Zwei Fragen dazu: Das Sorgerecht liegt nicht bei uns, sondern bei einem Vormund. Reicht unsere Unterschrift als Pflegeeltern auf dem Antrag, oder muss der Vormund unterschreiben? Und bis die Karte da ist, kaufen wir jeden Tag Einzelfahrscheine. Bekommen wir die erstattet? Die Belege sammle ich.

Mit freundlichen Grüßen
Claudia Ternes
Mülheim-Kärlich, 09.10.2026",
    ),
    (
        "maklererlaubnis-34c-muenstermaifeld",
        "32",
        "Von: Tobias Gilles <info@gilles-immobilien.de>
Datum: 15.09.2026
Betreff: Erlaubnis nach § 34c GewO als Immobilienmakler

Guten Tag,

ich möchte mich zum 1. Januar 2027 als Immobilienmakler selbstständig machen, Sitz in Münstermaifeld (Büro im eigenen Haus). Bisher war ich bei einer Bank in der Baufinanzierung angestellt.

Welche Unterlagen brauchen Sie für die Erlaubnis? Führungszeugnis und Auszug aus dem Gewerbezentralregister habe ich schon beantragt, die Bescheinigung vom Finanzamt auch. Muss ich die Auskunft vom Insolvenzgericht selbst besorgen, oder holen Sie die ein? Und wie lange dauert das Verfahren ungefähr? Das Gewerbe anmelden möchte ich erst, wenn die Erlaubnis da ist.

Vielen Dank vorab
Tobias Gilles",
    ),
    (
        "einspruch-handy-war-brillenetui",
        "36",
        "Gisela Rünz
Bachstraße 5
56648 Saffig

Saffig, 09.11.2026

Einspruch gegen den Bußgeldbescheid vom 02.11.2026

Sehr geehrte Damen und Herren,

hiermit lege ich Einspruch gegen den Bußgeldbescheid ein. Mir wird vorgeworfen, am 24.09.2026 auf der B 256 bei Saffig während der Fahrt ein Handy in der Hand gehalten zu haben.

Das stimmt nicht. Ich hatte mein Brillenetui in der Hand, weil ich von der Sonnenbrille auf meine normale Brille wechseln wollte, es wurde gerade dunkel. Mein Handy lag die ganze Zeit in der Handtasche auf dem Rücksitz. Das kann meine Beifahrerin, Frau Marlies Kohns, bestätigen.

Ein Foto, auf dem ein Handy zu sehen ist, habe ich nie bekommen. Ich bitte darum, mir das Beweisfoto zu schicken. Einen Punkt in Flensburg möchte ich für etwas, das ich nicht getan habe, nicht bekommen.

Mit freundlichen Grüßen
Gisela Rünz",
    ),
    (
        "abschlagsrechnung-flachdach-turnhalle",
        "20",
        "Bedachungen Reif GmbH
Gewerbestraße 9, 56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Gebäudemanagement
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 02.10.2026

2. Abschlagsrechnung Nr. AR-26-117
Bauvorhaben: Sanierung Flachdach Turnhalle, Kurfürst-Salentin-Gymnasium Andernach
Auftrag vom 12.05.2026

Leistungsstand gemäß beiliegendem Aufmaß per 30.09.2026

Erbrachte Leistung gesamt netto          148.260,00 €
abzüglich 1. Abschlag netto              -62.000,00 €
Zwischensumme netto                       86.260,00 €
zzgl. 19 % USt                            16.389,40 €
Zahlbetrag                               102.649,40 €

Zahlbar gemäß § 16 VOB/B innerhalb von 21 Tagen nach Zugang.
Volksbank RheinAhrEifel, IBAN DE77 5776 1591 0204 1188 00

Mit freundlichen Grüßen
i. A. Melanie Reif",
    ),
    (
        "terminbuchung-screenreader-nicht-bedienbar",
        "10",
        "Von: Michael Sauerborn <m.sauerborn@t-online.de>
Datum: 23.09.2026
Betreff: Online-Terminvergabe für Blinde nicht nutzbar

Sehr geehrte Damen und Herren,

ich bin vollblind und arbeite am PC mit einem Screenreader. Ich wollte für meine Frau und mich einen Termin bei der Zulassungsstelle buchen, weil wir unser Auto ummelden müssen. Ihre Online-Terminbuchung ist für mich nicht bedienbar: Die Kalendertage sind nicht beschriftet, die Sicherheitsabfrage gibt es nur als Bild, und den Weiter-Knopf findet der Screenreader überhaupt nicht.

Telefonisch bin ich dreimal in der Warteschleife gelandet und nach zwanzig Minuten rausgeflogen.

Behörden sind verpflichtet, ihre Internetseiten barrierefrei zu machen. In der Erklärung zur Barrierefreiheit auf Ihrer Seite steht keine Kontaktadresse, der Link dort führt ins Leere. Ich bitte darum, das an die zuständige Stelle weiterzugeben, und möchte wissen, an wen ich mich in solchen Fällen wenden kann.

Mit freundlichen Grüßen
Michael Sauerborn
Andernach",
    ),
    (
        "polizei-wohnungsverweisung-kinder-bendorf",
        "51",
        "Polizeipräsidium Koblenz
Polizeiinspektion Bendorf

An die Kreisverwaltung Mayen-Koblenz
per Fax

Bendorf, 11.10.2026
Tgb.-Nr. 2026/11874

Mitteilung über einen Einsatz wegen häuslicher Gewalt – minderjährige Kinder im Haushalt

Einsatzzeit: 10.10.2026, 23:40 Uhr
Einsatzort: Bendorf-Stromberg (genaue Anschrift siehe Anlage)
Beteiligte: Lebensgefährten, Mann 38 Jahre, Frau 34 Jahre
Im Haushalt lebende Kinder: zwei, 6 und 9 Jahre

Sachverhalt: Der Einsatz erfolgte nach Notruf einer Nachbarin wegen lauter Schreie. Die Frau wies Rötungen am Hals und eine Schwellung am Unterarm auf. Beide Kinder waren wach und hielten sich im Kinderzimmer auf; der 9-jährige Junge gab an, so etwas passiere „öfter, wenn Papa getrunken hat“. Gegen den Mann wurde eine Wohnungsverweisung mit Rückkehrverbot für zehn Tage ausgesprochen, Strafanzeige wegen Körperverletzung ist gefertigt. Die Frau hat der Weitergabe ihrer Daten an die Interventionsstelle zugestimmt.

Wir bitten um Prüfung in eigener Zuständigkeit.

Im Auftrag
Becker, PHK",
    ),
    (
        "psychiater-attest-reiseunfaehig-duldung",
        "33",
        "Dr. med. Hakan Yildiz
Facharzt für Psychiatrie und Psychotherapie
Marktstraße 12, 56727 Mayen

Ärztliche Bescheinigung zur Vorlage bei der Ausländerbehörde

Patient: Herr Dawit Tesfaye, geb. 11.04.1994, wohnhaft in Weißenthurm

Herr Tesfaye befindet sich seit Juni 2026 in meiner regelmäßigen fachärztlichen Behandlung. Es bestehen eine schwere depressive Episode sowie eine posttraumatische Belastungsstörung (ICD-10 F32.2, F43.1). Er wird medikamentös behandelt und kommt alle zwei Wochen zu Gesprächen. Im August war nach akuter Suizidalität eine dreiwöchige stationäre Behandlung in der Fachklinik in Andernach erforderlich.

Nach meiner Einschätzung würde ein Abbruch der Behandlung mit hoher Wahrscheinlichkeit zu einer lebensbedrohlichen Verschlechterung führen. Eine Reisefähigkeit ist derzeit nicht gegeben.

Der Patient hat mich gebeten, Ihnen diese Bescheinigung im Hinblick auf seine am 30.11.2026 ablaufende Duldung direkt zuzusenden. Eine Schweigepflichtentbindung liegt vor.

Mayen, 12.11.2026
Dr. med. H. Yildiz",
    ),
    (
        "hofladen-eier-kasse-des-vertrauens",
        "39",
        "Von: Hof Sonnenberg <hof-sonnenberg@t-online.de>
Datum: 29.09.2026
Betreff: Eier an der Hofeinfahrt verkaufen – was brauchen wir?

Hallo,

wir haben seit dem Frühjahr 120 Legehennen in einem Mobilstall auf unserer Wiese bei Lonnig. Die Eier haben wir bisher nur an Nachbarn und Bekannte abgegeben. Jetzt möchten wir an der Hofeinfahrt ein kleines Verkaufshäuschen mit Kasse des Vertrauens aufstellen.

Die Hühner sind bei der Tierseuchenkasse gemeldet und gegen Newcastle geimpft. Aber was ist mit dem Verkauf? Müssen wir uns als Lebensmittelbetrieb registrieren lassen? Braucht jedes Ei einen Stempel, oder reicht ein Schild mit dem Legedatum? Und dürften wir im Häuschen auch Nudeln verkaufen, die eine Bekannte aus unseren Eiern macht?

Über eine kurze Info oder ein Merkblatt würden wir uns freuen.

Beste Grüße
Anja und Stefan Schmitz",
    ),
    (
        "verdienstbescheinigung-hauskauf-sparkasse",
        "11",
        "Von: Pascal Hoffmann
An: Personalabteilung
Datum: 06.11.2026
Betreff: Bitte um Arbeitgeberbestätigung für Baufinanzierung

Hallo zusammen,

meine Frau und ich kaufen in Ochtendung ein Haus, und die Sparkasse braucht für die Finanzierung eine Bestätigung vom Arbeitgeber: unbefristet ja oder nein, Probezeit beendet, Bruttogehalt der letzten drei Monate und dass das Arbeitsverhältnis ungekündigt ist. Das Formular der Sparkasse hänge ich an.

Wäre super, wenn das bis Ende nächster Woche klappt, der Notartermin ist am 27.11.

Danke euch und Gruß
Pascal Hoffmann
Zulassungsstelle, Schalter 4
Personalnummer 40817",
    ),
    (
        "schulsozialarbeit-erziehungsbeistand-kell",
        "JA-AND",
        "Von: Julia Wagner, Schulsozialarbeit an der Realschule plus
Datum: 20.10.2026
Betreff: Bitte um Kontaktaufnahme – Familie K., Einverständnis der Mutter liegt vor

Sehr geehrte Damen und Herren,

ich bin Schulsozialarbeiterin an unserer Realschule plus und wende mich mit ausdrücklichem Einverständnis von Frau K. an Sie. Ihre schriftliche Zustimmung ist angehängt.

Es geht um ihren Sohn Noah, 13 Jahre, Klasse 7. Die Familie wohnt in Andernach-Kell. Seit der Vater im Frühjahr ausgezogen ist, fehlt Noah immer häufiger, seit den Sommerferien an elf Tagen. Im Unterricht ist er entweder völlig abwesend oder gerät mit Mitschülern aneinander, vor zwei Wochen gab es eine Schlägerei auf dem Schulhof. Frau K. arbeitet im Schichtdienst in der Pflege und kommt nach eigenen Worten „überhaupt nicht mehr an ihn heran“.

Frau K. wünscht sich Unterstützung und hat nach jemandem gefragt, der Noah regelmäßig begleitet. Sie weiß aber nicht, wie sie das beantragen soll. Könnten Sie sich mit ihr in Verbindung setzen? Telefonnummer und Anschrift stehen in der Anlage. Gern komme ich zu einem gemeinsamen Gespräch dazu.

Mit freundlichen Grüßen
Julia Wagner",
    ),
    (
        "photovoltaik-denkmalzone-rhens",
        "63",
        "Christian und Eva Monreal
Rhens

Rhens, 14.09.2026

Photovoltaik auf unserem Fachwerkhaus in der Altstadt

Sehr geehrte Damen und Herren,

wir haben letztes Jahr ein Fachwerkhaus in der Rhenser Altstadt gekauft. Nach Auskunft des Verkäufers steht das Haus selbst nicht unter Denkmalschutz, liegt aber in der Denkmalzone.

Wir würden gern auf der hinteren Dachfläche zum Hof hin eine Photovoltaikanlage mit etwa 6 kWp installieren lassen, mit schwarzen Modulen ohne sichtbaren Rahmen. Von der Straße aus sieht man diese Dachseite nicht, nur von den Gärten der Nachbarn.

Unser Solarteur möchte erst anfangen, wenn klar ist, ob wir dafür eine Genehmigung brauchen. Was müssen wir einreichen? Genügt ein formloser Antrag mit Fotos, einer Skizze und dem Datenblatt der Module?

Mit freundlichen Grüßen
Christian und Eva Monreal",
    ),
    (
        "fliesen-und-wc-aus-badsanierung",
        "70",
        "Von: Frank Neitzert <frank.neitzert@gmx.net>
Betreff: Wohin mit alten Fliesen und Klo?

Hallo,

wir renovieren gerade unser Bad selbst (Plaidt). Angefallen sind ca. 1,5 Kubikmeter alte Fliesen mit Kleberresten, dazu ein Waschbecken, ein WC aus Keramik und eine alte Stahlbadewanne.

Darf das Klo mit zum Sperrmüll? Und die Fliesen – kann ich die in Eimern irgendwo abgeben, oder muss ich einen Container bestellen? Im Internet steht was von der Deponie bei Ochtendung, aber ich weiß nicht, ob man da als Privatmann einfach hinfahren kann und was das kostet.

Danke und Gruß
Frank Neitzert",
    ),
    (
        "arbeitsgericht-gueteverhandlung-kuendigungsschutz",
        "30",
        "Arbeitsgericht Koblenz

Aktenzeichen: 7 Ca 1893/26
Koblenz, 14.10.2026

Landkreis Mayen-Koblenz
vertreten durch den Landrat
Bahnhofstraße 9
56068 Koblenz

In dem Rechtsstreit
Marco Weidenbach, Bendorf – Kläger –
Prozessbevollmächtigte: Rechtsanwältin Sommer, Neuwied
gegen
Landkreis Mayen-Koblenz – Beklagter –
wegen Kündigung

wird Ihnen anliegend die Klageschrift vom 06.10.2026 nebst Anlagen zugestellt.

Termin zur Güteverhandlung wird bestimmt auf
Dienstag, 03.11.2026, 10:30 Uhr, Saal 112.

Zu diesem Termin werden Sie hiermit geladen. Erscheint im Gütetermin keine Partei, ruht das Verfahren. Es wird anheimgestellt, bereits vor dem Termin schriftlich zur Klage Stellung zu nehmen.

Auf Anordnung
Krämer, Justizbeschäftigte",
    ),
    (
        "alleinerziehend-op-kinderbetreuung-hausen",
        "JA-MY",
        "Sehr geehrte Damen und Herren,

ich bin alleinerziehend mit drei Kindern (2, 5 und 8 Jahre) und wohne in Mayen-Hausen. Am 18. November muss ich für etwa zehn Tage ins Krankenhaus, eine Operation an der Wirbelsäule, die nicht länger warten kann.

Familie habe ich hier keine, meine Eltern leben in Kasachstan, der Vater der Kinder hat keinen Kontakt zu uns. Meine Nachbarin kann die Große mal nachmittags nehmen, aber nicht alle drei für zehn Tage.

Die Krankenkasse hat gesagt, eine Haushaltshilfe bezahlen sie vielleicht, aber nur stundenweise, und nachts wäre dann niemand da. Dort hat man mir gesagt, ich soll mich bei Ihnen melden. Gibt es eine Möglichkeit, dass die Kinder in der Zeit zu Hause betreut werden? Ich möchte auf keinen Fall, dass sie getrennt werden.

Bitte rufen Sie mich an, am besten nachmittags: 0152 2190 4471.

Mit freundlichen Grüßen
Olga Becker
28.10.2026",
    ),
    (
        "tuberkulose-kollege-kontaktperson",
        "53",
        "Von: Sebastian Mohr <sebastian.mohr@web.de>
Datum: 16.10.2026
Betreff: Kollege hat offene TBC – werde ich getestet?

Guten Tag,

bei uns in der Firma (Logistik in Mülheim-Kärlich) ist ein Kollege an offener Tuberkulose erkrankt, er liegt seit letzter Woche im Krankenhaus. Wir haben bis vor zwei Wochen im selben Büro gesessen, Schreibtische direkt nebeneinander.

Mein Chef sagt, Sie melden sich schon, wenn es nötig ist, aber bei mir hat sich bisher niemand gemeldet. Meine Frau ist im siebten Monat schwanger, und ich habe ehrlich gesagt Angst, etwas mit nach Hause zu bringen. Seit ein paar Tagen huste ich leicht, das kann aber auch die Erkältung sein.

Werde ich als Kontaktperson erfasst? Soll ich zum Hausarzt gehen, oder läuft der Test über Sie?

Viele Grüße
Sebastian Mohr, Kobern-Gondorf
Tel. 0160 7712 093",
    ),
    (
        "budget-fuer-arbeit-baeckerei-kruft",
        "50",
        "Bäckerei Leyendecker
Hauptstraße 48, 56642 Kruft

Kruft, 21.10.2026

Festanstellung eines Mitarbeiters aus der Werkstatt

Sehr geehrte Damen und Herren,

in unserer Backstube arbeitet seit März ein junger Mann aus der Werkstatt für behinderte Menschen auf einem ausgelagerten Arbeitsplatz, Herr Jan Borsch, 26 Jahre, mit einer leichten geistigen Behinderung. Er macht seine Sache richtig gut, ist zuverlässig und bei den Kollegen beliebt.

Wir würden ihn gern zum 1. Januar 2027 fest einstellen, sozialversicherungspflichtig mit 30 Wochenstunden. Die Werkstatt hat uns gesagt, dass es dafür das „Budget für Arbeit“ mit einem Lohnkostenzuschuss gibt und dass das beim Kreis beantragt wird.

Was müssen wir dafür tun? Stellen wir den Antrag oder Herr Borsch? Er hat eine gesetzliche Betreuerin, seine Mutter, die mit allem einverstanden ist. Und wer unterstützt ihn im Betrieb, wenn die Begleitung durch die Werkstatt wegfällt?

Mit freundlichen Grüßen
Martin Leyendecker
Bäckermeister",
    ),
    (
        "waschanlage-staubsauger-nachts-polch",
        "32",
        "Sehr geehrte Damen und Herren,

seit Juni gibt es an der Tankstelle am Ortsrand von Polch eine neue SB-Waschanlage mit Staubsaugerplätzen, die rund um die Uhr geöffnet ist. Unser Schlafzimmer liegt keine 40 Meter entfernt.

Fast jede Nacht bis ein oder zwei Uhr stehen dort Autos mit laufendem Motor und lauter Musik, die Hochdruckreiniger und Staubsauger heulen, und sonntags geht es um sieben Uhr morgens wieder los. Wir haben mit dem Pächter gesprochen, der sagt, das sei alles genehmigt und er könne den Leuten nichts verbieten.

Ist das wirklich erlaubt, dass so eine Anlage nachts und sonntags läuft? Wer kontrolliert das? Wir schlafen seit Monaten schlecht und meine Frau muss um fünf Uhr raus.

Mit freundlichen Grüßen
Werner und Inge Kallfelz
Polch, 12.09.2026",
    ),
    (
        "ersatzhaltestelle-baustelle-lonnig",
        "40",
        "Betreff: Haltestelle wegen Baustelle verlegt – Kinder laufen an der Landstraße

Sehr geehrte Damen und Herren,

seit dem 14. September wird in Lonnig die Ortsdurchfahrt erneuert. Die Haltestelle an der Kirche ist gesperrt, der Schulbus hält jetzt nur noch an einer Ersatzhaltestelle am Ortsausgang.

Für unsere Kinder aus dem Neubaugebiet sind das jetzt rund 1,8 Kilometer, davon ein Stück an der Landstraße ohne Gehweg. Der Bus fährt um 6:55 Uhr, ab November ist es da stockdunkel. Die Baustelle soll bis zum Frühjahr dauern.

Kann der Bus nicht vorübergehend am Feuerwehrhaus halten, wo genug Platz zum Wenden ist? Oder gibt es eine andere Lösung für die Zeit der Baustelle? Mehrere Eltern fahren die Kinder inzwischen selbst, aber das geht nicht bei allen.

Mit freundlichen Grüßen
Sabrina Gilles
für die Elternschaft Neubaugebiet Lonnig
05.10.2026",
    ),
    (
        "transparenzanfrage-neujahrsempfang-kosten",
        "10",
        "Lena Pfeiffer
freie Journalistin
Am Weiherhof 3
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

29. September 2026

Antrag auf Informationszugang nach dem Landestransparenzgesetz

Sehr geehrte Damen und Herren,

hiermit bitte ich um Auskunft zu folgenden Punkten:

1. Wie hoch waren die Gesamtkosten des Neujahrsempfangs des Landkreises im Januar 2026, aufgeschlüsselt nach Bewirtung, Raummiete, Technik und Musik?
2. Wie viele Personen wurden eingeladen, und wie viele haben teilgenommen?
3. Wurden die Leistungen ausgeschrieben oder direkt vergeben?

Eine Übersendung per E-Mail als PDF genügt. Sollten Gebühren von mehr als 20 Euro anfallen, bitte ich vorab um Mitteilung.

Mit freundlichen Grüßen
Lena Pfeiffer",
    ),
    (
        "fristverlaengerung-gutachten-diabetes-mendig",
        "36",
        "Jürgen Thelen
Laacher-See-Straße 30
56743 Mendig

Mendig, 05.10.2026

Ihr Schreiben vom 14.09.2026 – Aufforderung zur Vorlage eines ärztlichen Gutachtens

Sehr geehrte Damen und Herren,

in Ihrem Schreiben haben Sie mich aufgefordert, wegen meines insulinpflichtigen Diabetes bis zum 31.10.2026 ein Gutachten eines Arztes mit verkehrsmedizinischer Qualifikation vorzulegen, sonst würde mir die Fahrerlaubnis entzogen.

Ich habe mich sofort um einen Termin gekümmert. Der früheste Termin bei der Begutachtungsstelle ist aber erst am 9. Dezember, die Bestätigung lege ich bei. Meine Blutzuckerwerte sind seit Jahren gut eingestellt, meine Diabetologin kann das bescheinigen.

Ich bitte deshalb, die Frist bis zum 15. Januar 2027 zu verlängern. Ich bin im Außendienst und auf den Führerschein dringend angewiesen.

Mit freundlichen Grüßen
Jürgen Thelen",
    ),
    (
        "zwergziegen-garten-betriebsnummer",
        "39",
        "Betreff: 2 Ziegen im Garten – muss man die anmelden?

Hi,

wir haben uns letzte Woche zwei Zwergziegen von einem Hof in der Eifel geholt. Die stehen jetzt bei uns hinterm Haus in Bendorf auf der Wiese (ca. 800 qm, mit kleinem Stall). Der Verkäufer meinte, wir müssten die irgendwo anmelden und bräuchten eine Betriebsnummer, obwohl das ja eigentlich Haustiere sind. Stimmt das? Sie haben gelbe Marken in den Ohren. Und muss da regelmäßig ein Tierarzt kommen?

LG Jessica Kurz",
    ),
    (
        "au-pair-kolumbien-gastfamilie-vallendar",
        "33",
        "Von: Dr. Andrea Kessler <a.kessler@kessler-vallendar.de>
Datum: 21.10.2026
Betreff: Au-pair Valentina Ríos Acosta – Verlängerung

Sehr geehrte Damen und Herren,

seit dem 1. September lebt bei uns in Vallendar Frau Valentina Ríos Acosta aus Kolumbien (geb. 02.06.2004) als Au-pair. Sie ist mit einem Visum eingereist, das am 30.11.2026 ausläuft. Im Bürgerbüro ist sie angemeldet.

Die Agentur hat uns gesagt, dass wir rechtzeitig bei Ihnen die Erlaubnis für den Rest ihres Au-pair-Jahres beantragen müssen. Valentina spricht bisher nur wenig Deutsch, deshalb schreibe ich für sie.

Vorhanden sind: Au-pair-Vertrag, Nachweis der Krankenversicherung, Meldebescheinigung, Reisepass und das Zertifikat ihres Deutschkurses. Fehlt noch etwas? Und können Sie uns einen Termin geben? Ich würde sie gern begleiten.

Mit freundlichen Grüßen
Andrea Kessler",
    ),
    (
        "tagesmutter-faellt-aus-muelheim-kaerlich",
        "51",
        "Von: Nadine Fuhrmann <nadine.fuhrmann@outlook.de>
Datum: 03.11.2026
Betreff: Tagesmutter fällt sechs Wochen aus – was nun?

Hallo,

unsere Tochter Ida (20 Monate) wird seit Februar von Frau Zils in Mülheim-Kärlich betreut, 30 Stunden pro Woche. Frau Zils hat uns gestern mitgeteilt, dass sie nach einem Bandscheibenvorfall mindestens sechs Wochen ausfällt.

Wir arbeiten beide in Vollzeit, Großeltern wohnen in Hamburg. Gibt es eine Vertretung, eine andere Tagesmutter für die Zeit oder einen Notplatz in einer Kita? Und müssen wir für die Wochen, in denen Ida nicht betreut wird, trotzdem unseren Beitrag bezahlen?

Danke und viele Grüße
Nadine Fuhrmann",
    ),
    (
        "zahlungseingang-zuordnung-haustechnik",
        "20",
        "Von: Buchhaltung Haustechnik Kühn GmbH <buchhaltung@kuehn-haustechnik.de>
Datum: 13.10.2026
Betreff: Zahlungseingang über 3.412,80 € vom 08.10.2026 – bitte um Zuordnung

Sehr geehrte Damen und Herren,

am 08.10.2026 ist auf unserem Konto eine Zahlung der Kreiskasse über 3.412,80 € eingegangen. Als Verwendungszweck ist nur eine interne Nummer angegeben (2026-88413), keine Rechnungsnummer.

Bei Ihnen sind derzeit drei Rechnungen von uns offen: RE-26-2217 über 1.904,00 €, RE-26-2290 über 1.508,80 € und RE-26-2341 über 744,65 €. Die Summe passt zu den ersten beiden, wir möchten aber sichergehen, bevor wir ausbuchen.

Können Sie uns bitte bestätigen, welche Rechnungen beglichen sind, und uns für die dritte einen voraussichtlichen Zahlungstermin nennen?

Mit freundlichen Grüßen
Ines Pretz
Buchhaltung",
    ),
    (
        "adoptionsakte-einsicht-herkunft",
        "JA-AND",
        "Katrin Esser
Am Mühlbach 17
56626 Andernach

Andernach, 24.09.2026

Einsicht in meine Adoptionsunterlagen

Sehr geehrte Damen und Herren,

ich wurde 1989 als Säugling adoptiert, nach den Unterlagen meiner Adoptiveltern damals über das Jugendamt in Andernach. Ich lebe heute wieder hier in Andernach.

Nach dem Tod meiner Adoptivmutter im Sommer möchte ich mehr über meine Herkunft erfahren, auch aus gesundheitlichen Gründen, weil ich nichts über Erkrankungen in meiner leiblichen Familie weiß.

Ist es möglich, Einsicht in meine Adoptionsakte zu bekommen? Welche Unterlagen brauchen Sie von mir? Eine Kopie meiner Geburtsurkunde und meines Personalausweises lege ich bei.

Ich wäre dankbar, wenn mich jemand dabei begleiten könnte. Ich weiß nicht, was mich erwartet.

Mit freundlichen Grüßen
Katrin Esser",
    ),
    (
        "geltungsdauer-baugenehmigung-kettig",
        "63",
        "Daniel und Lisa Kohlhaas
Rheinstraße 40
56220 Kettig

Kettig, 02.10.2026

Neubau Einfamilienhaus mit Garage, Gemarkung Kettig, Flur 3, Flurstück 118
Genehmigung vom 28.11.2022

Sehr geehrte Damen und Herren,

nach unserer Rechnung läuft die oben genannte Baugenehmigung Ende November ab, weil wir noch nicht mit dem Bau begonnen haben. Die Finanzierung hat sich wegen der gestiegenen Zinsen lange hingezogen. Jetzt steht sie endlich, aber unser Bauunternehmer kann frühestens im März 2027 anfangen.

Wir beantragen deshalb, die Geltungsdauer der Genehmigung zu verlängern. Am Vorhaben selbst hat sich nichts geändert.

Welche Gebühr fällt dafür an, und müssen wir noch irgendetwas einreichen?

Mit freundlichen Grüßen
Daniel und Lisa Kohlhaas",
    ),
    (
        "schmerzensgeld-glasscheibe-schultuer-mendig",
        "30",
        "Thomas und Sabine Nett
Brohltalstraße 22
56743 Mendig

An den Landkreis Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 03.11.2026

Schadensersatz und Schmerzensgeld für unsere Tochter Mia Nett

Sehr geehrte Damen und Herren,

am 22.09.2026 hat sich unsere Tochter Mia (12) in ihrer Schule, der Realschule plus in Mendig, an der Glasscheibe der Tür zum Treppenhaus die rechte Hand aufgeschnitten. Die Scheibe war seit Wochen gesprungen und nur mit Klebeband abgeklebt. Das haben mehrere Schüler und der Klassenlehrer bestätigt, auch der Hausmeister wusste davon. Als Mia die Tür aufgedrückt hat, ist das Glas herausgebrochen.

Mia musste in der Notaufnahme genäht werden, eine Sehne war angeritzt. Sie ist bis heute in Physiotherapie und konnte sechs Wochen keinen Handball spielen.

Die Schule hat eine Unfallanzeige gemacht. Unabhängig davon fordern wir vom Landkreis als Träger der Schule ein angemessenes Schmerzensgeld sowie den Ersatz der zerschnittenen Jacke (89 Euro) und unserer Fahrtkosten zur Behandlung. Bitte teilen Sie uns mit, ob Ihre Versicherung den Fall übernimmt.

Mit freundlichen Grüßen
Thomas und Sabine Nett",
    ),
    (
        "mehrbedarf-glutenfrei-grundsicherung-mutter",
        "50",
        "Von: Stefan Hennes <s.hennes@freenet.de>
Datum: 26.10.2026
Betreff: Meine Mutter Gertrud Hennes, Bassenheim – höhere Kosten für Essen

Guten Tag,

ich schreibe für meine Mutter, Gertrud Hennes, 79 Jahre, wohnhaft in Bassenheim. Sie bekommt von Ihnen seit letztem Jahr Grundsicherung zu ihrer Rente.

Im September wurde bei ihr Zöliakie festgestellt, sie darf also kein Gluten mehr essen. Die glutenfreien Lebensmittel sind deutlich teurer, allein Brot kostet fast das Dreifache. Mit dem Geld kommt sie jetzt nicht mehr hin.

Kann sie dafür einen Zuschlag bekommen? Ein Attest des Gastroenterologen liegt vor, das schicke ich gern mit. Eine Vollmacht von meiner Mutter habe ich.

Mit freundlichen Grüßen
Stefan Hennes",
    ),
    (
        "sperrmuell-nachts-gepluendert-weissenthurm",
        "70",
        "Betreff: Sperrmüll nachts durchwühlt – jetzt liegt alles auf dem Gehweg

Guten Tag,

wir haben für morgen (Mittwoch, 21.10.) in Weißenthurm eine Abholung angemeldet und die Sachen wie vorgeschrieben am Abend vorher rausgestellt. Heute Nacht gegen zwei Uhr kam ein Transporter, die Leute haben alles durchsucht, Metallteile mitgenommen, den Schrank auseinandergerissen und die Matratze halb auf die Straße gezerrt. Jetzt liegen überall Kleinteile und Schrauben auf dem Gehweg.

Wird das morgen trotzdem alles mitgenommen, auch der Kleinkram? Ich möchte nicht auf den Kosten sitzen bleiben oder noch eine Anzeige bekommen, weil es jetzt aussieht wie wilder Müll. Und kann man gegen diese nächtlichen Sammler eigentlich nichts machen? Das ist bei uns jedes Mal so.

Gruß
Roswitha Lenz",
    ),
    (
        "vg-bittet-amtsaerztliche-dienstfaehigkeit",
        "53",
        "Verbandsgemeindeverwaltung Weißenthurm
Personalabteilung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 17.09.2026

Bitte um amtsärztliche Untersuchung zur Überprüfung der Dienstfähigkeit
Herr Gemeindeamtsrat Klaus-Dieter M., geb. 03.02.1967

Sehr geehrte Damen und Herren,

der o. g. Beamte ist seit dem 12.04.2026 ununterbrochen dienstunfähig erkrankt. Wir bitten um eine amtsärztliche Untersuchung und um eine gutachterliche Stellungnahme zu folgenden Fragen:

1. Ist der Beamte dauerhaft dienstunfähig?
2. Ist mit einer Wiederherstellung der vollen Dienstfähigkeit innerhalb von sechs Monaten zu rechnen?
3. Kommt eine begrenzte Dienstfähigkeit mit reduzierter Arbeitszeit in Betracht?
4. Ist eine Verwendung auf einem anderen Dienstposten möglich?

Der Beamte ist über die Untersuchung unterrichtet. Eine Beschreibung seines Arbeitsplatzes liegt bei. Bitte teilen Sie uns nur das Ergebnis mit, nicht die einzelnen Befunde.

Im Auftrag
Sabine Morsch",
    ),
    (
        "sabbatical-antrag-zentrale-dienste",
        "11",
        "Petra Weinand
Abteilung Zentrale Dienste, Zimmer 214

An das Personalamt
über Herrn Abteilungsleiter Schröder

Koblenz, 10.09.2026

Antrag auf Teilzeit mit Freistellungsjahr (Sabbatjahr)

Sehr geehrte Damen und Herren,

ich bin seit 2009 bei der Kreisverwaltung in Vollzeit tariflich beschäftigt. Hiermit beantrage ich für die Zeit vom 01.01.2027 bis 31.12.2030 eine Teilzeitbeschäftigung mit 80 Prozent der Bezüge, und zwar so, dass ich in den Jahren 2027 bis 2029 voll arbeite und im Jahr 2030 komplett freigestellt bin. Mein Mann und ich möchten in dieser Zeit mit unserem Segelboot eine längere Reise machen.

Herr Schröder hat mir mündlich bereits signalisiert, dass er keine Bedenken hat.

Ich bitte außerdem um Auskunft, wie sich das auf meine Zusatzversorgung und meine Stufenlaufzeit auswirkt.

Mit freundlichen Grüßen
Petra Weinand",
    ),
    (
        "kita-essensgeld-ermaessigung-arbeitslos-mayen",
        "JA-MY",
        "Sehr geehrte Damen und Herren,

mein Sohn Finn (4) geht in eine Kita in Mayen. Für das Mittagessen bezahlen wir seit August 78 Euro im Monat.

Ich bin seit September arbeitslos und bekomme Arbeitslosengeld, mein Mann arbeitet als Lagerist. Wir kommen gerade so über die Runden, aber die 78 Euro sind für uns jetzt viel Geld.

In der Kita hat man mir gesagt, dass man das Essensgeld unter Umständen ermäßigt bekommen kann, und ich soll mich dafür an Sie wenden. Was muss ich dafür einreichen? Reicht der Bescheid von der Arbeitsagentur und die Lohnabrechnung von meinem Mann?

Mit freundlichen Grüßen
Aylin Demir
Mayen, 11.09.2026",
    ),
    (
        "erster-jahresjagdschein-nach-pruefung",
        "32",
        "Lukas Hammes
Feldstraße 7
56648 Saffig

Saffig, 30.09.2026

Antrag auf Erteilung eines Jagdscheins

Sehr geehrte Damen und Herren,

am 26. September habe ich die Jägerprüfung bestanden, das Zeugnis liegt in Kopie bei. Hiermit beantrage ich erstmals einen Jahresjagdschein für drei Jahre.

Beigefügt sind außerdem der Nachweis der Jagdhaftpflichtversicherung, ein Passbild und eine Kopie meines Personalausweises.

Ich bin im November zu einer Drückjagd im Revier meines Onkels bei Saffig eingeladen. Wäre es möglich, dass ich den Jagdschein bis dahin habe? Und kann ich die Waffenbesitzkarte für eine Büchse gleich mit beantragen, oder ist das ein eigener Antrag?

Mit freundlichen Grüßen
Lukas Hammes",
    ),
    (
        "schulwechsel-nach-herbstferien-kollig",
        "40",
        "Von: Markus Pauly <m.pauly@web.de>
Datum: 07.10.2026
Betreff: Schulwechsel nach den Herbstferien – Busfahrkarte

Guten Tag,

unsere Tochter Lara (8. Klasse) wechselt nach den Herbstferien, also ab dem 26.10., vom Gymnasium in Mayen an die Realschule plus in Polch. Wir wohnen in Kollig. Ihre jetzige Fahrkarte gilt für die Strecke Kollig–Mayen.

Braucht sie eine neue Karte für die Fahrt nach Polch, und muss sie die alte zurückgeben? Falls die neue Karte nicht rechtzeitig kommt: Darf sie die ersten Tage mit der alten Karte fahren?

Danke und Gruß
Markus Pauly",
    ),
];
