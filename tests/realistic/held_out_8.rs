//! An eighth held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks: its day-one result is the
//! honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_8: &[(&str, &str, &str)] = &[
    (
        "skonto-nach-sechs-wochen-abgezogen",
        "20",
        "Von: Sabine Kröber <buchhaltung@elektro-hoffmann-polch.de>
An: poststelle@kvmyk.de
Datum: 14.10.2026
Betreff: Ihre Zahlung zu unserer Rechnung Nr. 2026-0814 – Differenzbetrag

Sehr geehrte Damen und Herren,

zu unserer Rechnung Nr. 2026-0814 vom 28.08.2026 über 4.312,60 € (Austausch der Notbeleuchtung in der Berufsbildenden Schule Andernach) ist am 06.10.2026 ein Betrag von 4.226,35 € bei uns eingegangen. Sie haben offensichtlich 2 % Skonto abgezogen.

Skonto war laut Rechnung nur bei Zahlung innerhalb von 10 Tagen ab Rechnungsdatum vereinbart. Die Zahlung erfolgte aber fast sechs Wochen später. Wir bitten daher um Überweisung des Restbetrags von 86,25 € auf das bekannte Konto unter Angabe der Rechnungsnummer.

Für Rückfragen erreichen Sie mich unter 02654 8831-12.

Mit freundlichen Grüßen
Sabine Kröber
Buchhaltung
Elektro Hoffmann GmbH & Co. KG, Polch",
    ),
    (
        "welpen-aus-dem-kofferraum-weissenthurm",
        "39",
        "Von: Tanja Brenner <t.brenner84@web.de>
Betreff: Welpen auf Parkplatz verkauft
Datum: 18.10.2026

Hallo,

ich weiß nicht genau, ob ich hier richtig bin, aber ich muss das loswerden. Am Samstag (17.10.) stand auf dem Parkplatz vom Getränkemarkt an der Koblenzer Straße in Weißenthurm ein Auto mit ausländischem Kennzeichen (weißer Kombi, ich glaube SK für Slowakei). Im Kofferraum waren in einer Kiste ungefähr sechs kleine Hunde, Zwergspitz oder so etwas, die nach meiner Einschätzung höchstens sechs Wochen alt waren. Die haben gezittert, einer lag ganz apathisch in der Ecke. Der Mann wollte 900 Euro pro Welpe, Impfpass und Papiere gäbe es „später per Post“.

Ein Bekannter hat mir erzählt, dass der gleiche Wagen auch schon in Mülheim-Kärlich gestanden hat. Ich habe Fotos gemacht und das halbe Kennzeichen notiert, kann ich Ihnen gerne schicken.

Ich finde, da muss man etwas tun. Die Tiere tun mir leid, und die Leute, die da kaufen, werden doch auch betrogen.

Gruß
Tanja Brenner
Weißenthurm",
    ),
    (
        "ehrennadel-vorschlag-vereinskassierer",
        "10",
        "Turnverein 1898 Kottenheim e. V.
Der Vorstand
Jörg Mohr, Mayener Straße 12, 56736 Kottenheim

Kreisverwaltung Mayen-Koblenz
Herrn Landrat
Bahnhofstraße 9
56068 Koblenz

Kottenheim, 22. September 2026

Vorschlag zur Ehrung unseres langjährigen Kassierers

Sehr geehrter Herr Landrat,

unser Kassierer, Herr Werner Schäfer, führt seit 1986 – also seit genau 40 Jahren – ununterbrochen die Kasse unseres Vereins. Daneben hat er über Jahrzehnte die Kinderturngruppe mitbetreut und den Umbau unseres Vereinsheims im Jahr 2011 maßgeblich organisiert. Ohne ihn gäbe es unseren Verein in dieser Form wohl nicht mehr.

Der Vorstand möchte ihn deshalb für eine Auszeichnung durch das Land vorschlagen, etwa die Ehrennadel des Landes Rheinland-Pfalz. Wir haben gelesen, dass ein solcher Vorschlag über die Kreisverwaltung laufen muss. Könnten Sie uns mitteilen, welche Unterlagen Sie benötigen und ob es dafür ein Formular gibt?

Unsere Jahreshauptversammlung findet am 6. März 2027 statt. Schön wäre es, wenn die Ehrung dort überreicht werden könnte – Herr Schäfer weiß von unserem Vorhaben übrigens nichts.

Mit sportlichen Grüßen
Jörg Mohr
1. Vorsitzender",
    ),
    (
        "ganztag-kein-bus-am-nachmittag-kerben",
        "40",
        "Sehr geehrte Damen und Herren,

unser Sohn Malte (Klasse 5) besucht seit diesem Schuljahr die Realschule plus in Polch und ist dort für die Ganztagsschule angemeldet, also montags bis donnerstags bis 16:00 Uhr. Wir wohnen in Kerben.

Morgens klappt alles. Nachmittags fährt nach 16 Uhr aber kein Bus mehr Richtung Kerben, der letzte geht um 15:25 Uhr, der nächste erst um 17:10 Uhr. Mein Mann und ich arbeiten beide in Koblenz und können ihn nicht abholen. Malte steht dann über eine Stunde an der Haltestelle, bei Regen und bald auch im Dunkeln, oder läuft zu einer Bekannten.

Die Schule hat uns gesagt, dass wir uns an Sie wenden sollen. Gibt es die Möglichkeit, dass ein späterer Bus eingesetzt wird oder dass die Ganztagskinder anders nach Hause kommen? Aus Kerben und Kollig betrifft das mindestens vier weitere Kinder.

Mit freundlichen Grüßen
Katrin und Stefan Wagner
Kerben, 29.09.2026",
    ),
    (
        "kita-meldet-vernachlaessigung-mayen",
        "JA-MY",
        "Von: Kita Regenbogen Mayen <leitung@kita-regenbogen-mayen.de>
Betreff: Mitteilung nach § 8a SGB VIII – Kind aus unserer Einrichtung
Datum: 16.10.2026

Sehr geehrte Damen und Herren,

hiermit informieren wir Sie über unsere Sorge um ein Mädchen aus unserer Einrichtung: Lina S., geb. 22.06.2022, wohnhaft mit ihrer Mutter und zwei älteren Geschwistern in Mayen, Im Weidenbruch (genaue Anschrift und Telefonnummer siehe Anlage).

Seit etwa Anfang September fällt uns auf:
– Lina kommt fast täglich ohne Frühstück und ist morgens sehr hungrig.
– Sie trägt oft mehrere Tage dieselbe, verschmutzte Kleidung, auch bei Kälte ohne Jacke.
– Sie ist deutlich ruhiger geworden, zieht sich zurück und hat mehrfach gesagt, dass „Mama immer schläft“.
– An sieben Tagen im Oktober wurde sie ohne Abmeldung nicht gebracht.

Wir haben am 02.10. und am 09.10. das Gespräch mit der Mutter gesucht. Beim ersten Mal war sie sehr kurz angebunden, zum vereinbarten zweiten Termin ist sie nicht erschienen. Telefonisch erreichen wir sie kaum.

Nach Beratung mit unserer insoweit erfahrenen Fachkraft am 14.10. halten wir eine Information an Sie für notwendig. Die Mutter wurde über diese Mitteilung informiert.

Für Rückfragen stehen die Gruppenleitung Frau Jung und ich gern zur Verfügung.

Mit freundlichen Grüßen
Birgit Hoffend
Leitung Kita Regenbogen, Mayen",
    ),
    (
        "anwalt-einspruch-rotlicht-b9",
        "36",
        "Kanzlei Dr. Weidenbach & Kollegen
Rechtsanwälte
Löhrstraße 41, 56068 Koblenz

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 19.10.2026

Ihr Az.: 1.2-OWi 26/118734
Unser Az.: 412/26 Wb/kr
Betroffener: Herr Dennis Kolb, geb. 11.06.1991, Mülheim-Kärlich

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns der Betroffene mit der Wahrnehmung seiner Interessen beauftragt hat. Vollmacht anbei.

Gegen den Bußgeldbescheid vom 07.10.2026, zugestellt am 10.10.2026, legen wir namens und in Vollmacht des Betroffenen

Einspruch

ein. Dem Betroffenen wird vorgeworfen, am 29.08.2026 in Weißenthurm an der Einmündung B 9 / Kärlicher Straße das Rotlicht der Lichtzeichenanlage bei bereits länger als einer Sekunde andauernder Rotphase missachtet zu haben.

Wir beantragen Einsicht in die vollständige Verfahrensakte einschließlich der Falldatei, des Eichscheins der Rotlichtüberwachungsanlage, des Signalzeitenplans der Ampel sowie der Lebensakte des Geräts. Um Übersendung über das beA wird gebeten. Eine Begründung des Einspruchs erfolgt nach Akteneinsicht.

Mit freundlichen Grüßen
Dr. Frank Weidenbach
Rechtsanwalt",
    ),
    (
        "bewerbung-lebensmittelkontrolleur-fleischermeister",
        "11",
        "Thomas Reifferscheid
Am Sportplatz 7
56751 Polch
t.reifferscheid@gmx.de · 0170 4418820

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 12. Oktober 2026

Bewerbung als Lebensmittelkontrolleur (m/w/d) – Kennziffer 2026-47

Sehr geehrte Damen und Herren,

Ihre Stellenanzeige in der Rhein-Zeitung vom 3. Oktober hat mich sofort angesprochen. Ich bin gelernter Fleischer und seit 2015 Fleischermeister. Die letzten zwölf Jahre habe ich in einer Metzgerei mit eigener Schlachtung in Kottenheim gearbeitet, davon acht Jahre als stellvertretender Betriebsleiter. Hygienepläne, Eigenkontrollen nach HACCP und die Besuche der Kontrolleure kenne ich also von der anderen Seite der Theke sehr genau.

Da der Betrieb zum Jahresende aus Altersgründen schließt, möchte ich mich beruflich neu orientieren. Die Ausbildung mit Lehrgängen und Abschlussprüfung traue ich mir ohne Weiteres zu, auch wenn das für einige Zeit Aufenthalte außerhalb bedeutet.

Ich könnte frühestens zum 1. Februar 2027 anfangen. Lebenslauf, Meisterbrief und Arbeitszeugnisse habe ich beigefügt.

Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Thomas Reifferscheid

Anlagen",
    ),
    (
        "baulast-stellplaetze-beim-bruder-kobern-gondorf",
        "63",
        "Von: Andrea Bell <andrea.bell@t-online.de>
An: info@kvmyk.de
Datum: 05.11.2026, 21:14
Betreff: Frage Baulast für Stellplätze – Scheune Kobern-Gondorf

Guten Abend,

wir möchten die alte Scheune auf unserem Grundstück in Kobern-Gondorf (Gemarkung Gondorf, Flur 3, Flurstück 117/2) zu zwei Wohnungen umbauen. Unser Architekt hat die Pläne fast fertig. Jetzt hat sich herausgestellt, dass wir auf dem eigenen Grundstück nur einen der drei notwendigen Stellplätze unterbringen können.

Mein Bruder wohnt direkt nebenan und wäre bereit, uns auf seinem Grundstück (Flurstück 118) zwei Stellplätze dauerhaft zur Verfügung zu stellen. Der Architekt meinte, das müsse über eine Baulast abgesichert werden, ein privater Vertrag zwischen uns reiche nicht.

Dazu hätte ich ein paar Fragen:
– Muss mein Bruder dafür persönlich zu Ihnen kommen, oder geht das auch über einen Notar?
– Was kostet die Eintragung ungefähr?
– Kann die Baulast schon vor dem Bauantrag eingetragen werden oder erst danach?
– Was passiert, wenn mein Bruder sein Haus irgendwann verkauft?

Vielen Dank vorab und freundliche Grüße
Andrea Bell",
    ),
    (
        "fachkraefteverfahren-elektroniker-philippinen",
        "33",
        "Von: Michael Ternes <info@ternes-elektrotechnik.de>
Betreff: Beschleunigtes Fachkräfteverfahren – Elektroniker aus den Philippinen
Datum: 07.10.2026

Sehr geehrte Damen und Herren,

wir sind ein Elektrobetrieb mit 14 Mitarbeitern in Plaidt und suchen seit über einem Jahr vergeblich einen Elektroniker für Energie- und Gebäudetechnik. Über eine Vermittlungsagentur haben wir jetzt Herrn Mark Anthony Villanueva gefunden, der auf den Philippinen eine entsprechende Ausbildung und mehrere Jahre Berufserfahrung hat. Der Arbeitsvertrag ist unterschrieben, die Anerkennung seiner Qualifikation bei der Handwerkskammer Koblenz läuft.

Die Agentur hat uns geraten, das beschleunigte Fachkräfteverfahren zu beantragen, damit er schneller einen Termin bei der Botschaft in Manila bekommt. Bitte teilen Sie uns mit, wie wir als Arbeitgeber vorgehen müssen, welche Vollmacht Sie von Herrn Villanueva brauchen und welche Gebühr anfällt.

Herr Villanueva würde zunächst in einer Einliegerwohnung auf unserem Betriebsgelände wohnen; den Mietvertrag können wir gerne vorlegen.

Mit freundlichen Grüßen
Michael Ternes
Ternes Elektrotechnik, Plaidt",
    ),
    (
        "jugendgerichtshilfe-anklage-mendig",
        "51",
        "Amtsgericht Mayen
– Jugendgericht –
St.-Veit-Straße 38, 56727 Mayen

An die Kreisverwaltung Mayen-Koblenz
– Jugendhilfe im Strafverfahren –
Bahnhofstraße 9
56068 Koblenz

Geschäftsnummer: 2040 Ls 17/26 jug.
Mayen, 21.10.2026

Strafsache gegen
Luca Bender, geb. 14.02.2009,
wohnhaft Brauerstraße 12, 56743 Mendig,
wegen gemeinschaftlichen Diebstahls u. a.

Sehr geehrte Damen und Herren,

in vorbezeichneter Sache ist Anklage zum Jugendschöffengericht erhoben worden. Eine Abschrift der Anklageschrift der Staatsanwaltschaft Koblenz vom 30.09.2026 ist beigefügt.

Termin zur Hauptverhandlung ist bestimmt auf
Donnerstag, 10.12.2026, 9:30 Uhr, Sitzungssaal 2.

Sie werden gebeten, sich gemäß § 38 JGG am Verfahren zu beteiligen, mit dem Angeklagten und seinen Erziehungsberechtigten Kontakt aufzunehmen und Ihren Bericht möglichst bis eine Woche vor dem Termin zu den Akten zu reichen. Um Teilnahme an der Hauptverhandlung wird gebeten.

Auf Anordnung
Krämer, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle",
    ),
    (
        "mahnbescheid-geruestbau-gegen-landkreis",
        "30",
        "Amtsgericht Mayen
– Zentrales Mahngericht –
56727 Mayen

Geschäftsnummer: 26-4418273-0-7
Bei Schriftverkehr und Zahlungen bitte stets angeben

Mahnbescheid

Antragsgegner:
Landkreis Mayen-Koblenz, vertreten durch den Landrat
Bahnhofstraße 9, 56068 Koblenz

Antragsteller:
Gerüstbau Kalkofen GmbH, Industriestraße 4, 56743 Mendig
Prozessbevollmächtigte: Rechtsanwälte Lenz & Partner, Koblenz

Der Antragsteller macht gegen Sie folgenden Anspruch geltend:
Werkvertrag gem. Rechnung 1187 vom 12.05.2026 – Hauptforderung 7.940,00 EUR
Zinsen: 9 Prozentpunkte über dem jeweiligen Basiszinssatz seit 13.06.2026
Vorgerichtliche Mahnkosten: 15,00 EUR
Kosten dieses Verfahrens: Gerichtskosten 95,50 EUR, Rechtsanwaltsvergütung 563,35 EUR

Das Gericht hat nicht geprüft, ob dem Antragsteller der Anspruch zusteht.

Sie werden aufgefordert, innerhalb von zwei Wochen seit der Zustellung dieses Bescheids entweder die vorstehend bezeichneten Beträge, soweit Sie den geltend gemachten Anspruch als begründet ansehen, zu begleichen oder dem Gericht auf dem beigefügten Vordruck mitzuteilen, ob und in welchem Umfang Sie dem Anspruch widersprechen.

Wird bis zum Fristablauf kein Widerspruch erhoben, kann der Antragsteller auf Grund dieses Bescheids einen Vollstreckungsbescheid beantragen und aus diesem die Zwangsvollstreckung betreiben.

Zugestellt am 03.11.2026",
    ),
    (
        "vermieter-miete-direkt-fuer-alte-mieterin-vallendar",
        "50",
        "Hans-Peter Lorenz
Am Weinberg 22
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 02.11.2026

Meine Mieterin Frau Gertrud Wiesen, geb. 1947, Am Weinberg 22, Erdgeschoss links

Sehr geehrte Damen und Herren,

ich bin Vermieter der oben genannten Wohnung. Frau Wiesen wohnt seit über 20 Jahren bei mir und war immer eine zuverlässige Mieterin. Seit dem Tod ihres Mannes reicht ihre Rente offenbar nicht mehr; sie hat mir erzählt, dass sie seit dem Frühjahr zusätzlich Geld vom Amt bekommt.

Seit August kommt die Miete nur noch unregelmäßig und nicht vollständig, inzwischen fehlen insgesamt 1.140 Euro. Frau Wiesen ist 79, seit einem Sturz im Sommer ziemlich durcheinander und vergisst die Überweisungen schlicht. Ich möchte ihr auf keinen Fall kündigen.

Frau Wiesen ist einverstanden, dass ich mich an Sie wende, ihre unterschriebene Erklärung liegt bei. Meine Fragen: Können Sie die Miete künftig direkt an mich überweisen? Und gibt es eine Möglichkeit, die Rückstände zu übernehmen oder zu verrechnen?

Über eine kurze Nachricht würde ich mich freuen, gern auch telefonisch unter 0261 660914.

Mit freundlichen Grüßen
Hans-Peter Lorenz",
    ),
    (
        "hausverwaltung-container-statt-tonnen-bendorf",
        "70",
        "Von: Melanie Krupp <krupp@hv-rheinblick.de>
Betreff: WEG Concordiastraße 15–17, Bendorf – Umstellung Restmüllbehälter / Bescheidempfänger
Datum: 08.10.2026

Sehr geehrte Damen und Herren,

wir verwalten seit dem 01.07.2026 die Wohnungseigentümergemeinschaft Concordiastraße 15–17 in 56170 Bendorf (12 Wohneinheiten). Bisher stehen dort vier Restabfallbehälter mit je 240 Litern, die regelmäßig überquellen. Die Bewohner stellen dann Säcke daneben, was zu Ärger mit den Nachbarn und zu Sorgen wegen Ratten geführt hat.

Die Eigentümerversammlung hat am 24.09.2026 beschlossen, die vier Tonnen durch zwei 1.100-Liter-Container zu ersetzen. Bitte teilen Sie uns mit, ob das möglich ist, ab wann der Tausch erfolgen kann und wie sich die Gebühren dadurch ändern. Der Stellplatz ist für Container geeignet und ebenerdig von der Straße erreichbar.

Außerdem bitten wir, die Bescheide für das Objekt künftig an uns als Verwalterin zu senden. Bisher gehen sie noch an den früheren Verwalter, der uns die Unterlagen nur schleppend weiterleitet. Verwaltervertrag und Beschluss fügen wir bei.

Objektnummer laut letztem Bescheid: 07.137.005-0412

Mit freundlichen Grüßen
Melanie Krupp
Hausverwaltung Rheinblick GmbH, Neuwied",
    ),
    (
        "kopflaeuse-hoeren-nicht-auf-grundschule-rhens",
        "53",
        "Grundschule Rhens
– Schulleitung –

Rhens, 01.10.2026

Anhaltender Kopflausbefall in unserer Klasse 2b – Bitte um Unterstützung

Sehr geehrte Damen und Herren,

seit Ende August haben wir in der Klasse 2b immer wieder Kopfläuse. Wir haben die Eltern bisher viermal schriftlich informiert und Merkblätter verteilt, die Klassenlehrerin hat mit einzelnen Familien auch persönlich gesprochen. Trotzdem tauchen bei denselben drei bis vier Kindern nach kurzer Zeit wieder Läuse auf. Inzwischen hat es auch die Parallelklasse und zwei Kolleginnen erwischt.

Wir haben den Eindruck, dass in einigen Familien nicht oder nicht richtig behandelt wird, teilweise vermutlich auch wegen Sprachschwierigkeiten. Zwei Familien sprechen nur Arabisch bzw. Rumänisch.

Wir hätten daher folgende Fragen:
1. Dürfen wir verlangen, dass ein Kind erst mit einer ärztlichen Bescheinigung wiederkommt?
2. Gibt es Informationsmaterial in mehreren Sprachen?
3. Könnte jemand von Ihnen zu einem Elternabend kommen? Diesen würden wir gern in der ersten Woche nach den Herbstferien ansetzen.

Für eine kurze Rückmeldung wären wir dankbar.

Mit freundlichen Grüßen
Claudia Neises
Rektorin",
    ),
    (
        "geldspielgeraete-in-der-kneipe-ochtendung",
        "32",
        "Von: Gaststätte Zum Schwan <zumschwan.ochtendung@gmail.com>
Betreff: Spielautomaten in meiner Kneipe
Datum: 12.09.2026

Hallo,

ich habe seit Juli die Gaststätte „Zum Schwan“ in Ochtendung gepachtet, die Erlaubnis habe ich ja schon von Ihnen bekommen. Jetzt würde mir ein Automatenaufsteller aus Koblenz gerne zwei Geldspielgeräte hinstellen, die Einnahmen würden wir teilen. Der Aufsteller sagt, ich brauche dafür vorher eine Bestätigung von Ihnen, dass meine Räume dafür geeignet sind.

Was muss ich dafür einreichen? Reicht ein Grundriss vom Gastraum, oder kommt jemand von Ihnen vorbei? Die Gaststätte hat 48 Sitzplätze im Gastraum und ein Nebenzimmer für Vereine. Es gibt warme Küche, also nicht nur Getränke.

Danke und Gruß
Serkan Yıldız
Gaststätte Zum Schwan, Ochtendung",
    ),
    (
        "hebamme-sorge-um-junge-mutter-andernach",
        "JA-AND",
        "Von: Jana Fuchs – Hebammenpraxis am Rhein <hebamme.fuchs@posteo.de>
Betreff: Bitte um Kontaktaufnahme – junge Mutter mit Neugeborenem
Datum: 27.10.2026

Sehr geehrte Damen und Herren,

ich bin freiberufliche Hebamme und betreue seit der Geburt am 09.10.2026 Frau Jessica M. (20 Jahre) und ihren Sohn im Wochenbett. Die Familie wohnt in Andernach.

Ich mache mir Sorgen. Das Kind ist versorgt und nimmt gut zu, aber die Mutter ist erkennbar erschöpft, weint viel und hat außer ihrem Freund niemanden. Der Freund war bei zwei meiner Besuche da und ist mir gegenüber sehr laut und gereizt aufgetreten, auch ihr gegenüber. Die Wohnung ist sehr klein, das Kinderzimmer ungeheizt, es fehlen noch grundlegende Dinge wie ein richtiges Bettchen.

Ich habe mit Frau M. offen gesprochen. Sie ist einverstanden, dass ich mich bei Ihnen melde, und würde sich über Unterstützung freuen, zum Beispiel durch eine Familienhebamme oder eine andere Begleitung im ersten Lebensjahr. Sie hat nur große Angst, dass man ihr „das Kind wegnimmt“. Das habe ich ihr versucht zu nehmen.

Meine Betreuung endet regulär in etwa vier Wochen. Es wäre schön, wenn bis dahin ein erster Kontakt zustande käme, gern auch gemeinsam bei einem meiner Hausbesuche.

Kontakt Frau M.: Breite Straße 58, 56626 Andernach, Tel. 0157 33210049 (Einverständniserklärung anbei)

Mit freundlichen Grüßen
Jana Fuchs, Hebamme",
    ),
    (
        "us-vater-will-zur-tochter-nach-vallendar",
        "33",
        "Von: Katharina Hensel <k.hensel@outlook.de>
Betreff: Mein Vater (US-Staatsbürger) möchte zu uns nach Vallendar ziehen
Datum: 04.11.2026

Sehr geehrte Damen und Herren,

mein Vater, Robert Hensel, ist amerikanischer Staatsbürger, 74 Jahre alt und seit letztem Jahr verwitwet. Er lebt bisher in Ohio. Da er dort allein ist und gesundheitlich nicht mehr ganz fit, möchte er dauerhaft zu uns nach Vallendar ziehen. Wir haben im Haus eine separate Einliegerwohnung für ihn.

Er ist seit dem 2. Oktober als Besucher hier, also ohne Visum eingereist. Er bezieht eine Rente (Social Security und Betriebsrente, zusammen etwa 3.100 Dollar im Monat) und hat Ersparnisse. Eine private Krankenversicherung für Deutschland würde er abschließen.

Meine Fragen:
– Welcher Aufenthaltstitel kommt für ihn in Frage?
– Kann er den Antrag hier bei Ihnen stellen, obwohl er ohne Visum gekommen ist, oder muss er dafür zurück in die USA?
– Welche Unterlagen brauchen Sie, und muss er persönlich erscheinen? Deutsch spricht er kaum.

Seine 90 Tage laufen Ende Dezember ab, daher wäre ein zeitnaher Termin sehr hilfreich.

Vielen Dank und viele Grüße
Katharina Hensel",
    ),
    (
        "internationaler-fuehrerschein-florida",
        "36",
        "Von: Lukas Brohl <lukas.brohl@gmx.net>
Betreff: Internationaler Führerschein
Datum: 16.11.2026

Hallo,

ich fliege am 19. Dezember für drei Wochen nach Florida und will dort ein Auto mieten. Der Vermieter empfiehlt einen internationalen Führerschein. Ich habe den normalen EU-Kartenführerschein seit 2019.

Kann ich den internationalen per Post oder online beantragen, oder muss ich persönlich vorbeikommen? Was muss ich mitbringen (Passbild?) und wie lange dauert das?

Danke!
Lukas Brohl, Mendig",
    ),
    (
        "niemand-geht-ans-telefon-beschwerde",
        "10",
        "Gerhard Mannebach
Hauptstraße 61
56729 Kehrig

Kehrig, 23.10.2026

Sehr geehrte Damen und Herren,

ich möchte mich auf diesem Weg beschweren, weil es anders offenbar nicht geht.

Seit Montag, dem 19. Oktober, versuche ich, bei Ihnen jemanden telefonisch zu erreichen. Über die Zentrale lande ich jedes Mal in einer Ansage, dass alle Leitungen besetzt sind, und nach ein paar Minuten fliegt man einfach raus. Die Durchwahlen auf Ihrer Internetseite sind entweder ständig besetzt, oder es geht ein Anrufbeantworter dran, auf dem man nicht mal etwas hinterlassen kann, weil er voll ist. Auf meine E-Mail vom 12. Oktober habe ich bis heute nicht einmal eine Eingangsbestätigung bekommen.

Dabei ging es nur um eine kurze Frage wegen der Zulassung unseres neuen Anhängers, die ich inzwischen über einen Bekannten im Autohaus klären konnte. Darum geht es mir also gar nicht mehr.

Es geht mir ums Prinzip: Ich bin 68 Jahre alt, kann nicht alles online erledigen, und ich finde es nicht in Ordnung, dass eine Behörde, die wir alle mit unseren Steuern bezahlen, für ganz normale Bürger nicht erreichbar ist. Bitte geben Sie meine Beschwerde an die Stelle weiter, die für so etwas zuständig ist, und teilen Sie mir mit, was Sie daran ändern wollen.

Mit freundlichen Grüßen
Gerhard Mannebach",
    ),
    (
        "rechnung-dolmetscherin-dari-termin",
        "20",
        "Nadia Rahimi
Übersetzerin und Dolmetscherin für Dari/Farsi – Deutsch
Brenderweg 5, 56070 Koblenz
Steuernummer 22/150/12345

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 12.10.2026

Rechnung Nr. 2026-093

Dolmetschereinsatz am 08.10.2026 in der Kreisverwaltung, Vorsprache Herr A. N.
Auftrag telefonisch durch Frau Lanser (Ausländerbehörde) am 01.10.2026

Honorar Dolmetschen: 2,5 Stunden à 85,00 € = 212,50 €
Fahrtkosten Koblenz-Lützel – Kreisverwaltung und zurück: 12 km à 0,42 € = 5,04 €
Gesamtbetrag: 217,54 €

Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf folgendes Konto:
Nadia Rahimi, Sparkasse Koblenz, IBAN DE47 5705 0120 0031 4418 07

Vielen Dank für den Auftrag.
Nadia Rahimi",
    ),
    (
        "milchautomat-am-hof-muenstermaifeld",
        "39",
        "Matthias Hürter
Hofgut Mörz
56294 Münstermaifeld-Mörz

Münstermaifeld-Mörz, 30.09.2026

Sehr geehrte Damen und Herren,

wir halten auf unserem Betrieb rund 70 Milchkühe. Bei dem derzeitigen Milchpreis überlegen wir, einen Teil der Milch direkt ab Hof zu verkaufen, und zwar über einen Automaten im ehemaligen Kälberstall an der Straße, an dem sich die Kunden die Rohmilch selbst in Flaschen abfüllen. Solche Automaten gibt es ja inzwischen auch in der Eifel an mehreren Höfen.

Bevor wir rund 20.000 Euro in das Gerät und den Umbau stecken, möchten wir wissen:
– Muss der Verkauf bei Ihnen angemeldet oder genehmigt werden?
– Welche Untersuchungen der Milch sind vorgeschrieben und wie oft?
– Welche Anforderungen gibt es an den Raum (Fliesen, Handwaschbecken usw.) und an die Kühlung?
– Stimmt es, dass wir ein Schild „Rohmilch, vor dem Verzehr abkochen“ anbringen müssen?

Gern können Sie sich den Stall auch vor Ort ansehen. Am besten erreichen Sie uns morgens nach dem Melken oder abends.

Mit freundlichen Grüßen
Matthias Hürter",
    ),
    (
        "altersteilzeit-hausmeister-bbs-mayen",
        "11",
        "Herbert Kalb
Hausmeister an der Berufsbildenden Schule Mayen
Personalnummer 401187
privat: Im Hähnchen 4, 56729 Ettringen

über die Schulleitung der BBS Mayen
an die Kreisverwaltung Mayen-Koblenz

Ettringen, 28.09.2026

Antrag auf Altersteilzeit

Sehr geehrte Damen und Herren,

ich bin seit 1999 als Hausmeister an der Berufsbildenden Schule in Mayen beim Landkreis beschäftigt und werde im nächsten Jahr 63.

Hiermit beantrage ich Altersteilzeit im Blockmodell (zwei Jahre Arbeitsphase, zwei Jahre Freistellungsphase) vom 01.04.2027 bis 31.03.2031. Anschließend möchte ich in Rente gehen. Meine Knie machen die vielen Treppen in unseren drei Gebäuden nicht mehr lange mit.

Bitte teilen Sie mir mit, ob der Landkreis nach dem Tarifvertrag überhaupt noch Altersteilzeit gewährt, und schicken Sie mir eine Beispielrechnung, wie viel ich in beiden Phasen netto ungefähr bekomme.

Die Schulleitung weiß Bescheid und unterstützt den Antrag, damit frühzeitig ein Nachfolger eingearbeitet werden kann.

Mit freundlichen Grüßen
Herbert Kalb

Gesehen und befürwortet:
M. Retterath, Schulleiter",
    ),
    (
        "fenster-tauschen-altstadthaus-muenstermaifeld",
        "63",
        "Von: Sandra Dötsch <doetsch.mmf@web.de>
Betreff: Fenster erneuern – Haus in der Altstadt Münstermaifeld
Datum: 09.10.2026

Sehr geehrte Damen und Herren,

wir haben im Frühjahr ein altes Wohnhaus in der Altstadt von Münstermaifeld gekauft, nur ein paar Häuser von der Stiftskirche entfernt (Obertorstraße 7). Die Holzfenster sind zum Teil verfault, einfach verglast, und es zieht überall. Wir wollten eigentlich vor dem Winter neue weiße Kunststofffenster einbauen lassen, der Schreiner hat schon ein Angebot gemacht.

Jetzt hat uns ein Nachbar darauf hingewiesen, dass die ganze Altstadt unter Denkmalschutz steht und wir das nicht einfach so machen dürfen. Im Kaufvertrag steht dazu nichts.

Stimmt das? Brauchen wir eine Genehmigung, und wenn ja, was müssen wir einreichen? Müssen es zwingend Holzfenster mit Sprossen sein? Das wäre für uns finanziell eine ganz andere Hausnummer. Gibt es dafür vielleicht Zuschüsse?

Über eine Antwort, gern auch einen Termin vor Ort, wären wir sehr dankbar.

Viele Grüße
Sandra und Tobias Dötsch",
    ),
    (
        "schulbegleitung-sohn-mit-spastik-mendig",
        "50",
        "Nicole Schwarz
Laacher-See-Straße 19
56743 Mendig

Mendig, 06.10.2026

Antrag auf Schulbegleitung für meinen Sohn Leon Schwarz, geb. 17.03.2020

Sehr geehrte Damen und Herren,

unser Sohn Leon hat eine Zerebralparese mit Spastik in den Beinen. Er läuft nur kurze Strecken mit dem Rollator, sonst sitzt er im Rollstuhl. Er hat Pflegegrad 3 und einen Schwerbehindertenausweis mit GdB 80.

Seit August besucht er die Grundschule in Mendig. Im Unterricht kommt er gut mit, das sagt auch seine Lehrerin. Er braucht aber Hilfe beim Toilettengang, beim Umziehen für den Sport, auf dem Weg in den Fachraum im Obergeschoss und in den Pausen auf dem Schulhof. Bisher hilft die Klassenlehrerin, wo sie kann, und ich werde ständig angerufen und muss kommen. Das geht so nicht weiter, sonst verliere ich meine Stelle.

Die Schulleitung hat uns gesagt, Leon brauche eine Schulbegleitung und das müssten wir bei Ihnen beantragen. Hiermit stelle ich diesen Antrag. Bitte teilen Sie mir mit, welche Unterlagen Sie noch benötigen. Die Berichte des Sozialpädiatrischen Zentrums und die Stellungnahme der Schule lege ich bei.

Mit freundlichen Grüßen
Nicole Schwarz",
    ),
    (
        "ehrenamtliche-vormundschaft-rentnerin-vallendar",
        "51",
        "Ursula Hammes
Rheinstraße 30
56179 Vallendar

Vallendar, 13. Oktober 2026

Sehr geehrte Damen und Herren,

in der Rhein-Zeitung habe ich vor einigen Wochen gelesen, dass für junge Geflüchtete, die ohne Eltern nach Deutschland kommen, dringend Menschen gesucht werden, die ehrenamtlich eine Vormundschaft übernehmen.

Ich bin 64 Jahre alt, pensionierte Realschullehrerin (Englisch und Französisch) und lebe allein in Vallendar. Ich habe Zeit, ein Auto und Erfahrung mit Jugendlichen, auch aus schwierigen Verhältnissen. Seit einigen Jahren helfe ich außerdem beim Begegnungscafé in Vallendar bei der Hausaufgabenhilfe.

Ich könnte mir gut vorstellen, für einen Jugendlichen oder auch ein Geschwisterpaar diese Aufgabe zu übernehmen. Mir ist aber noch nicht ganz klar, was das rechtlich und praktisch bedeutet: Welche Entscheidungen müsste ich treffen, hafte ich persönlich, und gibt es eine Schulung oder einen Ansprechpartner, an den ich mich wenden kann, etwa wenn es um das Asylverfahren oder die Schule geht?

Gibt es einen Informationsabend, oder könnte ich zu einem Gespräch vorbeikommen?

Mit freundlichen Grüßen
Ursula Hammes",
    ),
    (
        "nachtspeicheroefen-entsorgen-polch",
        "70",
        "Von: Frank Schüller <f.schueller@icloud.com>
Betreff: Alte Nachtspeicheröfen – wohin damit?
Datum: 21.09.2026

Guten Tag,

wir sanieren gerade das Haus meiner Schwiegermutter in Polch und bauen dabei vier alte Nachtspeicheröfen aus, Baujahr ca. 1972. Der Elektriker meinte, in den alten Geräten könne Asbest stecken, und die dürften auf keinen Fall einfach zum Wertstoffhof oder an die Straße.

Wie gehe ich da richtig vor? Dürfen wir die Öfen selbst abbauen, oder muss das eine Fachfirma machen? Und wo können wir sie abgeben? Die Dinger wiegen jeweils gut 150 Kilo, einfach in den Kofferraum packen geht also nicht.

Danke für Ihre Hilfe
Frank Schüller",
    ),
    (
        "kuehlung-auf-dem-supermarktdach-brummt-mendig",
        "32",
        "Petra und Klaus Hilger
Am Mühlenweg 6
56743 Mendig

Mendig, 14.09.2026

Sehr geehrte Damen und Herren,

wir wohnen in Mendig in der Straße hinter dem neuen Lebensmittelmarkt, der im Juni eröffnet hat. Seitdem haben wir keine ruhige Nacht mehr.

Auf dem Dach direkt zu unserer Seite stehen große Kästen für die Kühlung, und die brummen Tag und Nacht. Nachts, wenn sonst alles still ist, hört man das im Schlafzimmer sogar bei geschlossenem Fenster. Dazu kommen die Lieferungen: Der erste Lkw fährt oft schon um halb fünf auf den Hof, lässt den Motor laufen, und dann wird mit den Rollwagen über die Rampe gepoltert. Samstags genauso.

Wir haben im August mit dem Marktleiter gesprochen. Der war freundlich, hat aber gesagt, das sei alles genehmigt und er könne da nichts machen. Eine Mail an die Zentrale der Kette blieb ohne Antwort.

Wir sind sechs Familien in den Häusern Nr. 2 bis 12, die Unterschriften liegen bei. Wir bitten Sie, sich das anzusehen, gerne auch nachts, und dafür zu sorgen, dass der Lärm aufhört oder wenigstens nachts deutlich leiser wird.

Mit freundlichen Grüßen
für die Anwohner Am Mühlenweg
Petra und Klaus Hilger",
    ),
    (
        "tagesmutter-beitrag-kurzarbeit-andernach-eich",
        "JA-AND",
        "Von: Julia Sauerborn <julia.sauerborn@gmail.com>
Betreff: Kostenbeitrag Kindertagespflege – Bescheid vom 02.09.2026 (Mia Sauerborn)
Datum: 30.09.2026

Sehr geehrte Damen und Herren,

unsere Tochter Mia (geb. 05.08.2025) wird seit dem 1. September von einer Tagesmutter in Andernach-Eich betreut, 30 Stunden pro Woche. Mit Bescheid vom 02.09.2026 wurde unser monatlicher Kostenbeitrag auf 214 Euro festgesetzt. Grundlage war unser Einkommen aus dem Jahr 2025.

Inzwischen hat sich unsere Lage geändert: Mein Mann ist seit Oktober in Kurzarbeit, voraussichtlich bis Ende März, und wir haben dadurch rund 600 Euro im Monat weniger. Ich selbst arbeite nach der Elternzeit erst einmal nur 20 Stunden.

Bitte prüfen Sie, ob der Beitrag neu berechnet werden kann. Die Mitteilung des Arbeitgebers über die Kurzarbeit und die letzten Gehaltsabrechnungen füge ich bei.

Wir wohnen in Andernach-Eich, Auf dem Häuschen 3.

Viele Grüße
Julia Sauerborn",
    ),
    (
        "ast-vom-schulgelaende-zerstoert-gewaechshaus-mayen",
        "30",
        "Bernd Ohlig
Siegfriedstraße 21
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 30.09.2026

Schadenersatz – abgebrochener Ast vom Gelände des Megina-Gymnasiums am 24.09.2026

Sehr geehrte Damen und Herren,

beim Sturm in der Nacht vom 23. auf den 24. September ist von einer großen Pappel auf dem Schulgelände, die direkt an unserer Grundstücksgrenze steht, ein gewaltiger Ast abgebrochen und auf unser Grundstück gestürzt. Dabei wurden der Zaun auf etwa acht Metern, unser Gewächshaus und ein Teil der Pergola zerstört. Zum Glück war niemand im Garten.

Ich weise darauf hin, dass ich bereits im März dieses Jahres den Hausmeister der Schule darauf angesprochen habe, dass in der Krone mehrere abgestorbene Äste hängen. Passiert ist offenbar nichts.

Der Landkreis ist als Schulträger Eigentümer des Grundstücks und damit für den Baum verantwortlich. Ich fordere Sie daher auf, mir den entstandenen Schaden zu ersetzen. Der Kostenvoranschlag der Firma Gartenbau Mertes über 3.480,00 Euro sowie Fotos liegen bei. Bitte bestätigen Sie mir bis zum 21. Oktober 2026 schriftlich, dass Sie den Schaden regulieren oder an Ihre Haftpflichtversicherung weitergeben. Andernfalls werde ich einen Anwalt einschalten.

Außerdem bitte ich dringend darum, den restlichen Baum überprüfen zu lassen.

Mit freundlichen Grüßen
Bernd Ohlig",
    ),
    (
        "regenwasserzisterne-fuer-wc-ochtendung",
        "53",
        "Von: Daniel Kirchner <d.kirchner@posteo.de>
Betreff: Anzeige Regenwassernutzung Neubau Ochtendung
Datum: 22.10.2026

Sehr geehrte Damen und Herren,

wir bauen zurzeit ein Einfamilienhaus in Ochtendung, Im Gänsgarten 9. Geplant ist eine Regenwasserzisterne mit 6.000 Litern, aus der die beiden Toiletten und die Waschmaschine gespeist werden sollen. Das Trinkwasser kommt ganz normal aus dem öffentlichen Netz.

Unser Installateur sagte, eine solche Anlage müsse beim Gesundheitsamt angezeigt werden, bevor sie in Betrieb geht. Gibt es dafür ein Formular? Und müssen wir außer der Anzeige noch etwas beachten, zum Beispiel bei der Kennzeichnung der Leitungen oder bei der Nachspeisung aus dem Trinkwassernetz, wenn die Zisterne im Sommer leer ist?

Der Einzug ist für Februar 2027 geplant.

Mit freundlichen Grüßen
Daniel und Lea Kirchner",
    ),
    (
        "adoptionswunsch-ehepaar-mayen-kuerrenberg",
        "JA-MY",
        "Von: Carina Thelen <thelen.kuerrenberg@gmx.de>
Betreff: Information zur Adoption
Datum: 03.11.2026

Sehr geehrte Damen und Herren,

mein Mann und ich sind seit neun Jahren verheiratet und wohnen in Mayen-Kürrenberg. Leider hat es mit einem eigenen Kind trotz mehrerer Behandlungen nicht geklappt. Nach langem Überlegen möchten wir uns über eine Adoption informieren.

Wir sind 39 und 41 Jahre alt, beide berufstätig, haben ein eigenes Haus mit Garten und eine große Familie in der Nähe. Wir wissen, dass nur wenige Kinder zur Adoption vermittelt werden und dass das ein langer Weg sein kann. Trotzdem würden wir gern wissen, wie das Verfahren abläuft, ob es eine Altersgrenze gibt und ob Sie Informationsabende oder Vorbereitungsseminare anbieten.

Über eine Antwort oder einen Termin für ein erstes Gespräch würden wir uns sehr freuen.

Viele Grüße
Carina und Sebastian Thelen",
    ),
    (
        "gipsbein-taxi-zum-gymnasium-thuer",
        "40",
        "Melanie Schmitz
Lindenstraße 8
56743 Thür

Thür, 09.11.2026

Sehr geehrte Damen und Herren,

meine Tochter Emily besucht die 7. Klasse des Megina-Gymnasiums in Mayen und fährt normalerweise mit dem Bus ab Thür, Haltestelle Kirche.

Beim Sportunterricht hat sie sich am vergangenen Donnerstag den Unterschenkel gebrochen und hat jetzt für voraussichtlich sechs Wochen einen Gips bis über das Knie. Sie darf das Bein nicht belasten und läuft an Krücken. Von unserer Wohnung bis zur Haltestelle sind es etwa 700 Meter, teilweise bergauf, und in den vollen Bus kommt sie mit den Krücken nicht hinein.

Ich arbeite im Schichtdienst im Krankenhaus und kann sie nur an manchen Tagen selbst fahren. Gibt es die Möglichkeit, dass sie für die Zeit mit dem Gips mit einem Taxi oder Kleinbus zur Schule und zurück gebracht wird? Die ärztliche Bescheinigung lege ich bei. Die Schule ist informiert und hat gesagt, ich solle mich direkt an Sie wenden.

Mit freundlichen Grüßen
Melanie Schmitz",
    ),
    (
        "ehrenamtliche-begleitet-geduldeten-somalier-plaidt",
        "33",
        "Martina Kreuter
Flüchtlingshilfe Pellenz – ehrenamtlicher Unterstützerkreis
Rathausstraße 5, 56637 Plaidt

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9, 56068 Koblenz

Plaidt, 26.10.2026

Herr Abdirahman Hassan Ali, geb. 01.01.1999, wohnhaft in Plaidt
Ihr Zeichen: H 7719/22

Sehr geehrte Frau Bauer,

ich begleite Herrn Hassan Ali seit drei Jahren ehrenamtlich. Eine Vollmacht von ihm liegt bei.

Seine Duldung läuft am 18.11.2026 ab. Bei der letzten Verlängerung hatten Sie ihn aufgefordert, sich nachweislich um einen somalischen Pass zu bemühen. Das hat er getan: Er war am 15.09.2026 bei der somalischen Botschaft in Berlin, hat dort den Antrag gestellt und die Gebühr bezahlt. Kopien des Antrags, der Quittung und der Bahnfahrkarten lege ich bei. Die Botschaft hat ihm gesagt, die Bearbeitung könne mehrere Monate dauern, weil seine Identität über Verwandte in Mogadischu bestätigt werden muss.

Wir bitten darum, dies bei der Verlängerung zu berücksichtigen, und um einen Termin möglichst in der Woche ab dem 9. November. Herr Hassan Ali besucht montags bis donnerstags vormittags einen Deutschkurs (B1) in Andernach, nachmittags ist er flexibel. Ich würde ihn gern zum Termin begleiten.

Mit freundlichen Grüßen
Martina Kreuter",
    ),
    (
        "kurzzeitkennzeichen-wohnmobil-zur-hu",
        "36",
        "Von: Dirk Zimmer <dirk.zimmer@web.de>
Betreff: Kurzzeitkennzeichen für gekauftes Wohnmobil
Datum: 31.10.2026

Hallo zusammen,

ich habe gestern von privat ein gebrauchtes Wohnmobil (Fiat Ducato, Baujahr 2008) gekauft. Es steht noch beim Verkäufer in Kobern-Gondorf und ist abgemeldet, die HU ist seit Juli abgelaufen. Ich möchte es zu meiner Werkstatt nach Mayen fahren, dort die HU machen lassen und es danach ganz normal auf mich anmelden. Ich wohne in Ochtendung.

Ich bräuchte also für zwei, drei Tage ein Kurzzeitkennzeichen. Meine Fragen:
– Was muss ich mitbringen? Fahrzeugbrief, Kaufvertrag und eVB-Nummer habe ich schon.
– Kann meine Frau das mit einer Vollmacht für mich erledigen? Ich bin unter der Woche auf Montage.
– Muss man einen Termin buchen, oder kann man einfach vorbeikommen?

Vielen Dank im Voraus
Dirk Zimmer",
    ),
    (
        "saldenbestaetigung-wirtschaftspruefer-gebaeudereinigung",
        "20",
        "Treuhand Rhein-Mosel GmbH
Wirtschaftsprüfungsgesellschaft · Steuerberatungsgesellschaft
Schloßstraße 20, 56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 19.10.2026

Jahresabschlussprüfung zum 30.09.2026 der Clean & Care Gebäudedienste GmbH, Bendorf
Bitte um Saldenbestätigung

Sehr geehrte Damen und Herren,

wir sind mit der Prüfung des Jahresabschlusses unserer Mandantin, der Clean & Care Gebäudedienste GmbH, beauftragt. Nach deren Unterlagen bestanden zum Stichtag 30.09.2026 gegen Sie folgende offene Forderungen:

Rechnung 26-1140 vom 31.07.2026: 6.912,40 €
Rechnung 26-1288 vom 31.08.2026: 6.912,40 €
Rechnung 26-1402 vom 30.09.2026: 4.595,97 €
Summe: 18.420,77 €

Wir bitten Sie, den Saldo auf dem beigefügten Formular zu bestätigen oder etwaige Abweichungen anzugeben und die Bestätigung unmittelbar an uns zurückzusenden, nicht an unsere Mandantin. Eine Zahlungsaufforderung ist mit diesem Schreiben nicht verbunden. Die Einverständniserklärung unserer Mandantin liegt bei.

Für eine Rückantwort bis zum 6. November 2026 wären wir dankbar.

Mit freundlichen Grüßen
i. A. Lisa Monreal
Prüfungsassistentin",
    ),
    (
        "schulklasse-will-kreistagssitzung-besuchen",
        "10",
        "Von: Johannes Esch <j.esch@rsplus-weissenthurm.de>
Betreff: Besuch einer Kreistagssitzung mit meiner Klasse 10b
Datum: 05.10.2026

Sehr geehrte Damen und Herren,

ich unterrichte an der Realschule plus Weißenthurm Sozialkunde. Mit meiner Klasse 10b (24 Schülerinnen und Schüler) behandle ich gerade die Kommunalpolitik, und die Jugendlichen würden gern einmal live erleben, wie eine solche Sitzung abläuft, statt nur im Buch davon zu lesen.

Deshalb meine Frage: Können wir mit der Klasse als Zuhörer an einer öffentlichen Kreistagssitzung im Dezember teilnehmen? Müssen wir uns vorher anmelden, und ist im Sitzungssaal genug Platz für eine ganze Klasse?

Schön wäre außerdem, wenn der Landrat oder jemand aus dem Kreistag vorher oder nachher eine Viertelstunde Zeit für die Fragen der Schüler hätte. Die Klasse hat schon einige gesammelt, unter anderem zum Busverkehr und zum Zustand der Schultoiletten – also Dinge, die sie direkt betreffen.

Die Anreise organisieren wir selbst mit dem Zug.

Mit freundlichen Grüßen
Johannes Esch, StR",
    ),
    (
        "bildungsfreistellung-kurs-einfache-sprache",
        "11",
        "Von: Anna Lehnert <anna.lehnert@kvmyk.de>
Betreff: Antrag auf Bildungsfreistellung 15.–19.03.2027
Datum: 28.10.2026

Hallo zusammen,

hiermit beantrage ich Bildungsfreistellung nach dem Bildungsfreistellungsgesetz für das Seminar „Verständlich schreiben – Einfache Sprache in Bescheiden und Briefen“ vom 15. bis 19. März 2027 bei einem anerkannten Bildungsträger in Mainz. Die Anerkennung der Veranstaltung und das Programm hänge ich an.

Ich arbeite in der Wohngeldstelle (Personalnummer 2284) und merke jeden Tag, wie viele Antragsteller an unseren Schreiben scheitern. Das Seminar würde mir bei der Arbeit also direkt helfen. Meine Vorgesetzte, Frau Krings, ist mit dem Termin einverstanden.

Für 2026 und 2027 habe ich noch keine Bildungsfreistellung in Anspruch genommen. Falls der Antrag nicht genehmigt werden kann, würde ich die Tage alternativ gern als Erholungsurlaub nehmen – bitte geben Sie mir in diesem Fall rechtzeitig Bescheid, damit ich mich noch anmelden kann.

Viele Grüße
Anna Lehnert",
    ),
    (
        "trichinenprobe-ueberlaeufer-kruft",
        "39",
        "Von: Rolf Schwickert <r.schwickert@t-online.de>
Betreff: Trichinenprobe Wildschwein – Abgabe am Wochenende?
Datum: 13.11.2026

Guten Tag,

ich habe gestern Abend im Revier Kruft einen Überläufer erlegt, etwa 45 kg aufgebrochen. Das Stück hängt in unserer Wildkammer. Bisher habe ich die Proben immer bei einer Tierarztpraxis in Andernach abgegeben, die die Untersuchung für Sie gemacht hat, die Praxis ist aber seit Oktober geschlossen.

Wo kann ich die Probe jetzt abgeben, und geht das auch am Samstag? Ich möchte das Fleisch an zwei Nachbarn weitergeben und brauche daher das Ergebnis schriftlich. Außerdem gehen mir die Wildmarken für die Kennzeichnung aus – wo bekomme ich neue?

Meinen Jagdschein muss ich im Januar auch verlängern lassen, aber das kläre ich separat.

Waidmannsheil
Rolf Schwickert, Kruft",
    ),
    (
        "leuchtschild-friseursalon-weissenthurm",
        "63",
        "Derya Aksoy
Haarwerk Aksoy
Hauptstraße 52
56575 Weißenthurm

Weißenthurm, 21.10.2026

Sehr geehrte Damen und Herren,

ich eröffne am 1. Dezember meinen eigenen Friseursalon in der Hauptstraße in Weißenthurm, im ehemaligen Schuhgeschäft. Gewerbeanmeldung und alles andere ist erledigt.

Jetzt möchte ich über dem Schaufenster ein beleuchtetes Schild mit dem Namen des Salons anbringen, ca. 3,50 m breit und 60 cm hoch, mit LED, Ausführung durch eine Werbetechnikfirma aus Neuwied. Die Firma sagt, dafür brauche man eventuell eine Genehmigung, weil das Schild an der Fassade zur Straße hin hängt und beleuchtet ist. Der Vermieter ist einverstanden.

Brauche ich dafür wirklich eine Genehmigung? Wenn ja: Was muss ich einreichen, und wie lange dauert das? Ich hatte gehofft, dass das Schild zur Eröffnung hängt. Eine Skizze mit Maßen und ein Foto der Fassade lege ich bei.

Und noch eine Frage nebenbei: Darf ich einen Kundenstopper auf den Gehweg stellen, oder muss ich das woanders anfragen?

Viele Grüße
Derya Aksoy",
    ),
    (
        "mietzuschuss-nach-trennung-bendorf-sayn",
        "50",
        "Stefanie Kurz
Koblenz-Olper-Straße 88
56170 Bendorf

Bendorf, 12.10.2026

Sehr geehrte Damen und Herren,

ich habe mich im Juni von meinem Mann getrennt und bin mit unseren beiden Kindern (6 und 9 Jahre) zum 1. August in eine eigene Wohnung in Bendorf-Sayn gezogen. Die Miete beträgt 690 Euro kalt plus 160 Euro Nebenkosten. Ich arbeite 25 Stunden in der Woche als Zahnmedizinische Fachangestellte und verdiene etwa 1.450 Euro netto. Dazu kommt das Kindergeld.

Von meinem Mann kommt bisher kein Unterhalt für die Kinder. Beim Jugendamt habe ich deshalb schon Unterhaltsvorschuss beantragt, das läuft.

Eine Kollegin hat mir gesagt, dass ich mit meinem Einkommen wahrscheinlich einen Zuschuss zur Miete bekommen kann. Bürgergeld möchte ich eigentlich nicht beantragen, ich will ja arbeiten. Können Sie mir bitte die Antragsformulare zuschicken und mir sagen, welche Nachweise Sie brauchen? Und kann ich den Antrag rückwirkend ab August stellen?

Mit freundlichen Grüßen
Stefanie Kurz",
    ),
    (
        "kiosk-verkauft-wodka-an-vierzehnjaehrige-plaidt",
        "51",
        "Von: Claudia Weiler <c.weiler@gmx.de>
Betreff: Kiosk verkauft Alkohol und E-Zigaretten an Kinder
Datum: 02.11.2026

Sehr geehrte Damen und Herren,

ich weiß nicht, wer genau zuständig ist, deshalb schreibe ich an Sie.

Mein Sohn ist 14. Am Wochenende ist er völlig betrunken nach Hause gekommen. Nach einem langen Gespräch hat er mir erzählt, dass er und seine Freunde sich den Wodka an einem Kiosk in Plaidt in der Nähe vom Bahnhof gekauft haben, dort werde nie nach dem Ausweis gefragt. Auch die Einweg-E-Zigaretten, die ich schon zweimal in seiner Jacke gefunden habe, stammen von dort. Laut meinem Sohn weiß das unter den Jugendlichen in Plaidt und Kretz jeder, und abends hängen da regelmäßig Gruppen von 13- und 14-Jährigen herum.

Ich möchte meinen Sohn nicht „verpfeifen“ und bitte darum, meinen Namen nicht weiterzugeben. Aber ich finde, dass da dringend jemand hinschauen muss, bevor etwas Schlimmeres passiert.

Gibt es bei Ihnen außerdem jemanden, mit dem ich über die Situation mit meinem Sohn sprechen kann? Wir kommen gerade schlecht an ihn heran.

Mit freundlichen Grüßen
Claudia Weiler, Plaidt",
    ),
    (
        "heilpraktikerpruefung-psychotherapie-anmeldung",
        "53",
        "Simone Breitbach
Kirchstraße 14
56626 Andernach

Andernach, 20.09.2026

Sehr geehrte Damen und Herren,

ich möchte mich zur Überprüfung als Heilpraktikerin, beschränkt auf das Gebiet der Psychotherapie, anmelden. Da ich in Andernach wohne, bin ich wohl bei Ihnen richtig.

In den letzten zwei Jahren habe ich berufsbegleitend eine Ausbildung an einer Heilpraktikerschule in Koblenz gemacht und fühle mich gut vorbereitet. Könnten Sie mir bitte mitteilen,
– wann die nächsten Termine für die schriftliche Überprüfung sind und bis wann ich mich anmelden muss,
– welche Unterlagen einzureichen sind (Führungszeugnis, ärztliches Attest, Schulabschluss?),
– und wie hoch die Gebühren sind?

Vielen Dank und freundliche Grüße
Simone Breitbach",
    ),
    (
        "anwaeltin-droht-untaetigkeitsklage-an",
        "30",
        "Rechtsanwältin Sarah Klein
Fachanwältin für Verwaltungsrecht
Friedrich-Ebert-Ring 32, 56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vorab per Fax

Koblenz, 04.11.2026

Unser Zeichen: 233/26 K
Widerspruch unserer Mandantin Frau Elke Mallmann, Ochtendung, vom 14.04.2026

Sehr geehrte Damen und Herren,

namens unserer Mandantin haben wir mit Schriftsatz vom 14.04.2026 Widerspruch gegen Ihren Kostenbescheid vom 20.03.2026 eingelegt und diesen mit Schriftsatz vom 22.05.2026 ausführlich begründet. Der Eingang wurde uns am 27.05.2026 bestätigt.

Seitdem haben wir trotz Sachstandsanfrage vom 04.08.2026 nichts mehr von Ihnen gehört. Ein Widerspruchsbescheid ist nicht ergangen, ein zureichender Grund für die Verzögerung wurde nicht mitgeteilt.

Wir fordern Sie daher auf, über den Widerspruch bis spätestens

30. November 2026

zu entscheiden. Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung Untätigkeitsklage gemäß § 75 VwGO beim Verwaltungsgericht Koblenz zu erheben. Die Kosten des Verfahrens hätte in diesem Fall der Landkreis zu tragen.

Mit freundlichen Grüßen
Klein
Rechtsanwältin",
    ),
    (
        "sicherheitsdienst-gruenden-erlaubnis-polch",
        "32",
        "Von: Marco Pütz <m.puetz@pso-security.de>
Betreff: Erlaubnis nach § 34a GewO – Neugründung Sicherheitsdienst
Datum: 25.09.2026

Sehr geehrte Damen und Herren,

ich möchte zum 01.01.2027 in Polch einen Sicherheitsdienst gründen (Objektschutz, Veranstaltungsdienst, später eventuell Empfangsdienste). Die Sachkundeprüfung bei der IHK Koblenz habe ich im Juni bestanden, vorher war ich acht Jahre bei einem Bewachungsunternehmen in Koblenz angestellt, zuletzt als Schichtleiter.

Ich weiß, dass ich vor Aufnahme der Tätigkeit eine Erlaubnis brauche, und möchte den Antrag rechtzeitig stellen. Welche Unterlagen benötigen Sie? Ich gehe von Führungszeugnis, Auskunft aus dem Gewerbezentralregister, Unbedenklichkeitsbescheinigungen von Finanzamt und Gemeinde, Nachweis der Haftpflichtversicherung und dem IHK-Zeugnis aus. Fehlt noch etwas?

Außerdem plane ich, zum Start drei Mitarbeiter einzustellen, die alle die Unterrichtung haben. Wie läuft das mit deren Meldung im Bewacherregister – mache ich das selbst, oder geht das über Sie?

Mit freundlichen Grüßen
Marco Pütz",
    ),
    (
        "unterhaltsvorschuss-tochter-wird-zwoelf-namedy",
        "JA-AND",
        "Nadine Kessler
Am Rheinufer 12
56626 Andernach-Namedy

Andernach, 05.11.2026

Unterhaltsvorschuss für meine Tochter Lara Kessler, geb. 14.12.2014
Ihr Aktenzeichen: UV 1123/21

Sehr geehrte Frau Wolff,

meine Tochter Lara bekommt seit 2021 Unterhaltsvorschuss, weil ihr Vater nichts zahlt. Jetzt habe ich von einer Bekannten gehört, dass das mit zwölf Jahren aufhört oder nur noch unter bestimmten Bedingungen weitergeht. Lara wird am 14. Dezember zwölf.

Ich arbeite seit März in Teilzeit als Verkäuferin in einer Bäckerei und verdiene etwa 1.150 Euro brutto. Bürgergeld bekommen wir seitdem nicht mehr. Heißt das, dass wir den Vorschuss weiter bekommen? Muss ich dafür einen neuen Antrag stellen, und welche Nachweise brauchen Sie?

Ich bin ehrlich gesagt etwas in Sorge, weil wir ohne das Geld nicht über die Runden kommen. Über eine schnelle Rückmeldung wäre ich dankbar.

Mit freundlichen Grüßen
Nadine Kessler",
    ),
    (
        "zweite-papiertonne-homeoffice-rhens",
        "70",
        "Von: Martin Gilles <gilles.rhens@t-online.de>
Betreff: Zweite Papiertonne
Datum: 19.10.2026

Hallo,

wir sind zu fünft, arbeiten beide im Homeoffice und bestellen (leider) viel online. Unsere blaue Tonne ist meist schon nach einer Woche voll, und dann stapeln sich die Kartons bis zur nächsten Leerung in der Garage.

Kann man eine zweite Papiertonne bekommen oder die jetzige gegen eine größere tauschen? Kostet das extra?

Adresse: Hochstraße 14, 56321 Rhens

Danke und viele Grüße
Martin Gilles",
    ),
    (
        "busfahrer-telefoniert-beim-ueberholen-saffig",
        "40",
        "Sven Hommen
Kirchstraße 3
56648 Saffig

Saffig, 28.10.2026

Sehr geehrte Damen und Herren,

ich muss mich leider über den Fahrer des Busses beschweren, der morgens um 7:05 Uhr in Saffig an der Haltestelle Kirchstraße abfährt und die Kinder nach Andernach zu den weiterführenden Schulen bringt.

Mein Sohn (Klasse 6) erzählt schon länger, dass der Fahrer während der Fahrt telefoniert und sehr schnell fährt. Ich habe das zunächst nicht so ernst genommen. Letzte Woche hat ein älterer Schüler aber ein Video gemacht, auf dem man deutlich sieht, wie der Fahrer auf der Landstraße Richtung Miesenheim mit dem Handy in der Hand überholt. Der Bus war voll, viele Kinder mussten stehen. Am Dienstag hat er so scharf gebremst, dass zwei Kinder hingefallen sind.

Andere Eltern haben Ähnliches beobachtet. Der Bus wird von einem privaten Unternehmen gefahren, dort habe ich aber niemanden erreicht. Da die Fahrkarten für die Kinder ja vom Kreis kommen, bitte ich Sie, das Busunternehmen darauf anzusprechen und dafür zu sorgen, dass die Kinder sicher zur Schule kommen. Das Video kann ich Ihnen gern schicken.

Eine Anzeige bei der Polizei behalte ich mir vor.

Mit freundlichen Grüßen
Sven Hommen",
    ),
    (
        "kostenbeitrag-sohn-in-wohngruppe-mayen",
        "JA-MY",
        "Andreas Kohlhaas
Polcher Straße 51
56727 Mayen

Mayen, 10.11.2026

Ihr Schreiben vom 28.10.2026 – Kostenbeitrag für meinen Sohn Niklas Kohlhaas
Az.: KB 412/26

Sehr geehrte Damen und Herren,

mit Ihrem Schreiben teilen Sie mir mit, dass ich mich an den Kosten für die Unterbringung meines Sohnes Niklas (15) in der Wohngruppe in Koblenz-Metternich beteiligen soll, und bitten um Auskunft über mein Einkommen.

Ich will mich nicht drücken. Niklas ist seit August dort, weil es zu Hause mit meiner neuen Partnerin und mir nicht mehr ging, und das war auch meine Entscheidung. Ich möchte aber vorab auf ein paar Dinge hinweisen: Ich verdiene als Lagerist rund 2.300 Euro netto, zahle für meine Tochter aus erster Ehe 410 Euro Unterhalt und habe einen Kredit für das Auto, das ich für den Schichtdienst brauche (monatlich 280 Euro). Außerdem fahre ich jedes zweite Wochenende nach Koblenz, um Niklas zu holen.

Den ausgefüllten Fragebogen und die Gehaltsabrechnungen der letzten zwölf Monate lege ich bei. Ich bitte darum, die genannten Belastungen zu berücksichtigen. Und wird eigentlich auch das Kindergeld angerechnet, das ich bisher für Niklas bekomme?

Mit freundlichen Grüßen
Andreas Kohlhaas",
    ),
];
