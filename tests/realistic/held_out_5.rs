//! A fifth held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks: its day-one result is the
//! honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_5: &[(&str, &str, &str)] = &[
    (
        "parkschein-lag-im-fussraum",
        "36",
        "Renate Kühnel
Am Weiherhof 14
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 12. Oktober 2026

Verwarnung vom 2. Oktober 2026 – Az. 7.41.118532.6 – Kennzeichen MYK-RK 412

Sehr geehrte Damen und Herren,

mit Schreiben vom 2. Oktober soll ich ein Verwarnungsgeld von 20 Euro bezahlen, weil ich am 24. September auf dem Parkplatz hinter der Stadthalle in Polch angeblich ohne gültigen Parkschein gestanden habe.

Das stimmt so nicht. Ich habe um 9.47 Uhr einen Parkschein bis 11.47 Uhr gezogen und ihn wie immer hinter die Windschutzscheibe gelegt. Vermutlich ist er beim Zuschlagen der Tür heruntergerutscht und lag dann im Fußraum, dort habe ich ihn jedenfalls gefunden, als ich um halb elf zurückkam und der Zettel schon am Scheibenwischer hing.

Eine Kopie des Parkscheins lege ich bei, Datum und Uhrzeit sind gut zu erkennen. Ich bin 71 Jahre alt und habe in meinem ganzen Leben noch kein Knöllchen bekommen. Für etwas, das ich ordentlich bezahlt habe, möchte ich nicht noch einmal zahlen.

Ich bitte Sie daher, die Sache einzustellen. Falls das nicht möglich sein sollte, bitte ich um eine kurze schriftliche Begründung.

Mit freundlichen Grüßen

Renate Kühnel

Anlage: Kopie des Parkscheins vom 24.09.2026",
    ),
    (
        "lastenzuschuss-fuer-rentner-im-eigenheim",
        "50",
        "Ewald und Gertrud Schuh
Hauptstraße 37
56729 Kehrig

An die Kreisverwaltung
Bahnhofstraße 9
56068 Koblenz

Kehrig, den 20.10.2026

Zuschuss für unser Haus

Sehr geehrte Damen und Herren,

meine Frau und ich wohnen seit 1978 in unserem eigenen Haus in Kehrig. Wir sind beide Rentner, zusammen haben wir 1.310 Euro Rente im Monat. Das Haus ist alt, und seit die Heizkosten so gestiegen sind, bleibt am Monatsende fast nichts mehr übrig. Letztes Jahr mussten wir außerdem das Dach reparieren lassen, dafür haben wir bei der Raiffeisenbank noch einen Kredit von 18.000 Euro laufen, die Rate ist 240 Euro im Monat.

Unser Nachbar hat gesagt, dass es Wohngeld nicht nur für Mieter gibt, sondern auch für Leute mit eigenem Haus, das hieße dann Lastenzuschuss. Davon hatten wir noch nie gehört.

Könnten Sie uns bitte die Antragsformulare schicken und uns mitteilen, welche Unterlagen wir beilegen müssen? Einen Computer haben wir nicht, deshalb bitte per Post. Wenn es einfacher ist, kommen wir auch persönlich vorbei, meine Frau fährt noch Auto.

Vielen Dank im Voraus.

Mit freundlichen Grüßen

Ewald Schuh",
    ),
    (
        "handschuhe-und-schal-an-der-information",
        "10",
        "Von: Margarete Pohl <m.pohl.weissenthurm@t-online.de>
Gesendet: Donnerstag, 22. Oktober 2026 08:14
An: info@kvmyk.de
Betreff: Handschuhe und Schal liegen gelassen

Guten Morgen,

ich war gestern Nachmittag, am 21. Oktober, gegen 14.30 Uhr bei Ihnen im Kreishaus in Koblenz, weil ich einen Termin im zweiten Stock hatte. Vorher habe ich unten im Eingangsbereich auf der Bank gegenüber der Information gewartet. Dort habe ich, wie ich erst zu Hause gemerkt habe, meine braunen Lederhandschuhe und einen dunkelgrünen Wollschal liegen lassen.

Der Schal ist nichts Wertvolles, aber er war ein Geschenk meines verstorbenen Mannes, und ich hänge sehr daran. Die Handschuhe sind gefüttert, innen steht mit Kugelschreiber M. P.

Ist so etwas bei Ihnen abgegeben worden? Falls ja, würde ich die Sachen gerne abholen. Ich wohne in Weißenthurm und komme mit dem Bus, bitte sagen Sie mir, wo und zu welchen Zeiten ich vorbeikommen kann.

Herzlichen Dank und freundliche Grüße
Margarete Pohl
Rosenweg 3
56575 Weißenthurm
Tel. 02637 48112",
    ),
    (
        "totes-wildschwein-am-waldweg",
        "39",
        "Von: Jonas Weidenfeller <jonas.weidenfeller@gmx.de>
Gesendet: Sonntag, 1. November 2026 17:52
An: Kreisverwaltung Mayen-Koblenz
Betreff: Totes Wildschwein im Wald zwischen Thür und Mendig

Hallo zusammen,

ich war heute Nachmittag mit meinem Hund auf dem Waldweg unterwegs, der von Thür Richtung Mendig am Sportplatz vorbeiführt. Ungefähr 300 Meter hinter der Schranke liegt rechts im Graben ein totes Wildschwein, eher ein jüngeres Tier, vielleicht 40 bis 50 Kilo. Es sah nicht angefahren aus, keine sichtbaren Verletzungen, aber es lag wohl schon ein paar Tage dort.

Ich habe das Tier nicht angefasst. Mein Hund war allerdings kurz dran und hat daran geschnüffelt, bevor ich ihn zurückrufen konnte. Da man ja immer wieder von der Afrikanischen Schweinepest hört, wollte ich es lieber melden.

Die Stelle habe ich mit dem Handy markiert: 50.3921, 7.2734. Fotos hänge ich an.

Muss ich mit meinem Hund irgendwas beachten? Ich habe zu Hause keine Schweine oder andere Tiere außer dem Hund.

Viele Grüße
Jonas Weidenfeller
Pellenzstraße 22
56743 Thür
Mobil 0176 22981345",
    ),
    (
        "dachboden-ausbauen-mit-gaube",
        "63",
        "Thomas und Lea Brückner
Im Wingert 8
56333 Winningen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Winningen, 27. Oktober 2026

Ausbau unseres Dachgeschosses – Anfrage

Sehr geehrte Damen und Herren,

wir haben im letzten Jahr ein Einfamilienhaus in Winningen gekauft, Baujahr 1964. Das Dachgeschoss ist bisher nur ein unbeheizter Speicher. Da unser drittes Kind unterwegs ist, möchten wir dort zwei Zimmer und ein kleines Duschbad einrichten.

Geplant ist, das Dach zu dämmen, zwei Dachflächenfenster einzubauen und zur Straßenseite eine Schleppgaube von etwa vier Metern Breite aufzusetzen. Die Treppe zum Speicher ist eine steile Holztreppe, die wir durch eine richtige Treppe ersetzen würden.

Ein befreundeter Zimmermann meint, dafür brauche man keine Genehmigung, ein Bekannter sagt genau das Gegenteil. Bevor wir Aufträge vergeben, möchten wir das sauber klären.

Unsere Fragen: Brauchen wir für den Ausbau und die Gaube eine Genehmigung? Wenn ja, müssen wir dafür einen Architekten beauftragen, oder reicht ein Zeichner? Und müssen wir wegen des zweiten Rettungswegs etwas Besonderes beachten?

Über eine Antwort oder einen Beratungstermin würden wir uns sehr freuen.

Mit freundlichen Grüßen

Thomas Brückner     Lea Brückner",
    ),
    (
        "stiefvater-moechte-tochter-adoptieren",
        "JA-MY",
        "Sabrina und Dennis Hofmann
Koblenzer Straße 112
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Jugendamt
Bahnhofstraße 9
56068 Koblenz

Mayen, 4. November 2026

Adoption unserer Tochter Lina

Sehr geehrte Damen und Herren,

wir sind seit Mai 2024 verheiratet und leben mit Sabrinas Tochter Lina (7 Jahre) in Mayen. Lina kennt ihren leiblichen Vater nicht. Er hat die Vaterschaft damals anerkannt, sich aber seit der Geburt nie gemeldet und zahlt auch keinen Unterhalt. Wo er heute wohnt, wissen wir nur ungefähr, angeblich irgendwo in Berlin.

Für Lina ist Dennis seit sie drei ist der Papa, sie nennt ihn auch so. Sie möchte unbedingt auch so heißen wie wir, und wir möchten, dass Dennis rechtlich ihr Vater wird, falls Sabrina einmal etwas zustoßen sollte.

Wir haben gelesen, dass dafür ein Notar nötig ist und das Jugendamt eine Stellungnahme abgibt. Wie läuft das genau ab? Muss der leibliche Vater zustimmen, und was passiert, wenn er nicht antwortet? Wie lange dauert so ein Verfahren ungefähr?

Wir würden uns über einen Gesprächstermin freuen, gerne auch in Mayen, falls das möglich ist.

Mit freundlichen Grüßen

Sabrina Hofmann
Dennis Hofmann",
    ),
    (
        "rechnung-glasreinigung-kreishaus",
        "20",
        "Glanzwerk Gebäudedienste GmbH
Industriestraße 22
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 9. Oktober 2026

RECHNUNG Nr. 2026-1147
Kundennummer: 30412
Ihr Auftrag vom 18.08.2026, Bestell-Nr. 2026/0873

Sehr geehrte Damen und Herren,

für die im Zeitraum vom 5. bis 7. Oktober 2026 ausgeführten Arbeiten am Kreishaus, Bahnhofstraße 9, Koblenz, berechnen wir Ihnen:

Pos. 1  Glasreinigung innen und außen, 1.240 m² à 1,85 €       2.294,00 €
Pos. 2  Rahmen- und Fensterbankreinigung, pauschal                480,00 €
Pos. 3  Hubarbeitsbühne inkl. Anfahrt, 2 Tage à 195,00 €         390,00 €

Nettobetrag                                                      3.164,00 €
zzgl. 19 % USt.                                                    601,16 €
Rechnungsbetrag                                                  3.765,16 €

Bitte überweisen Sie den Rechnungsbetrag innerhalb von 30 Tagen nach Rechnungsdatum ohne Abzug unter Angabe der Rechnungsnummer auf das unten genannte Konto.

Wir bedanken uns für den Auftrag und die gute Zusammenarbeit.

Mit freundlichen Grüßen

i. A. Melanie Koch
Buchhaltung

Glanzwerk Gebäudedienste GmbH · Sitz Mülheim-Kärlich · Amtsgericht Koblenz HRB 21457
Geschäftsführer: Stefan Reuter · USt-IdNr. DE284611973
Sparkasse Koblenz · IBAN DE12 5705 0120 0000 4471 28 · BIC MALADE51KOB",
    ),
    (
        "aufenthaltskarte-in-der-bahn-gestohlen",
        "33",
        "Thi Minh Anh Tran
Brückenstraße 5
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 15.10.2026

Diebstahl meiner Aufenthaltskarte und meines Passes

Sehr geehrte Damen und Herren,

am 11. Oktober 2026 wurde mir im Zug von Koblenz nach Bendorf meine Handtasche gestohlen. In der Tasche waren mein vietnamesischer Reisepass und meine Karte mit dem Aufenthaltstitel (gültig bis 30.06.2028). Ich habe den Diebstahl sofort bei der Bundespolizei in Koblenz angezeigt, die Anzeige hat die Nummer 2026-KO-118742. Eine Kopie lege ich bei.

Einen neuen Pass habe ich beim Generalkonsulat in Frankfurt beantragt, er soll in ungefähr drei Wochen fertig sein.

Ich arbeite als Pflegefachfrau im Seniorenheim in Vallendar, und mein Arbeitgeber braucht einen Nachweis, dass ich weiter arbeiten darf. Außerdem möchte ich im Dezember zur Hochzeit meiner Schwester nach Hanoi fliegen und weiß nicht, ob ich ohne Karte wieder einreisen kann.

Bitte teilen Sie mir mit, was ich jetzt tun muss und ob ich einen Termin bekommen kann. Welche Unterlagen soll ich mitbringen?

Vielen Dank für Ihre Hilfe.

Mit freundlichen Grüßen

Tran Thi Minh Anh

Anlage: Kopie der Diebstahlsanzeige",
    ),
    (
        "kuehlschrank-und-waschmaschine-loswerden",
        "70",
        "Von: Horst Engels <horst.engels1952@web.de>
Gesendet: Montag, 26. Oktober 2026 10:03
Betreff: alter Kühlschrank

Sehr geehrte Damen und Herren,

wir haben uns einen neuen Kühlschrank und eine neue Waschmaschine gekauft, die alten Geräte stehen jetzt in der Garage. Der Händler hat sie leider nicht mitgenommen, weil wir online bestellt haben.

Wie bekomme ich die alten Geräte weg? Werden die beim Sperrmüll mitgenommen oder gibt es dafür eine eigene Abholung? Muss ich dafür etwas bezahlen? Ich habe kein Auto mehr und kann die Sachen nicht selbst wegbringen.

Über eine kurze Antwort wäre ich dankbar.

Mit freundlichen Grüßen
Horst Engels
Mühlenweg 2
56637 Plaidt",
    ),
    (
        "bewerbung-it-systemadministrator",
        "11",
        "Daniel Ostermann
Ringstraße 19
56299 Ochtendung
Tel. 0151 40231877
daniel.ostermann@posteo.de

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 19. Oktober 2026

Bewerbung als IT-Systemadministrator (m/w/d) – Kennziffer 45/2026

Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Stellenausschreibung auf interamt.de gelesen und bewerbe mich hiermit um die ausgeschriebene Stelle im Bereich Server und Netzwerk.

Nach meiner Ausbildung zum Fachinformatiker für Systemintegration bei einem Koblenzer IT-Dienstleister arbeite ich seit sechs Jahren als Systemadministrator bei einem mittelständischen Logistikunternehmen in Neuwied. Dort betreue ich eine Umgebung mit rund 250 Arbeitsplätzen, VMware-Virtualisierung, Active Directory und die Firewall-Infrastruktur. Zuletzt habe ich die Umstellung auf ein neues Backup-Konzept eigenverantwortlich geplant und umgesetzt.

Die Arbeit für eine öffentliche Verwaltung reizt mich besonders, weil ich gerne dazu beitragen möchte, dass Bürgerinnen und Bürger in meiner Heimatregion digitale Angebote zuverlässig nutzen können. Da ich in Ochtendung wohne, wäre der Arbeitsweg nach Koblenz zudem deutlich kürzer als bisher.

Meine Kündigungsfrist beträgt drei Monate zum Quartalsende. Über die Einladung zu einem Vorstellungsgespräch freue ich mich sehr.

Mit freundlichen Grüßen

Daniel Ostermann

Anlagen: Lebenslauf, Abschlusszeugnis IHK, Arbeitszeugnisse, Zertifikate (VCP, CCNA)",
    ),
    (
        "trennung-beratung-wegen-der-kinder",
        "51",
        "Kathrin Wengler
Heerstraße 88
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 28.10.2026

Bitte um Beratungstermin

Sehr geehrte Damen und Herren,

mein Mann und ich haben uns nach 14 Jahren Ehe entschieden, uns zu trennen. Wir haben zwei Kinder, Jonas (12) und Marie (9). Mein Mann wird Anfang Dezember in eine eigene Wohnung in Koblenz-Metternich ziehen, die Kinder bleiben zunächst bei mir in Vallendar.

Wir verstehen uns im Moment noch einigermaßen und möchten unbedingt vermeiden, dass unsere Kinder zwischen die Fronten geraten. Offen ist vor allem, wie oft und wann die Kinder bei ihrem Vater sind, wie wir das mit den Ferien und Feiertagen machen und wie wir Jonas und Marie die Trennung überhaupt erklären sollen.

Meine Anwältin hat mir geraten, mich an Sie zu wenden, weil es dort eine Beratung für Eltern in Trennung gibt und man eine Vereinbarung zum Umgang gemeinsam erarbeiten kann. Mein Mann ist damit einverstanden und würde zu einem Termin mitkommen.

Wir arbeiten beide in Vollzeit, ein Termin am späten Nachmittag wäre daher am besten. Sie erreichen mich unter 0261 96511204 oder per Mail an k.wengler@gmx.net.

Vielen Dank.

Mit freundlichen Grüßen

Kathrin Wengler",
    ),
    (
        "grippeausbruch-im-seniorenzentrum",
        "53",
        "Seniorenzentrum Haus am Rheinufer
Pflegedienstleitung
Rheinstraße 61
56170 Bendorf
Tel. 02622 9874-0 · Fax 02622 9874-19

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

vorab per Fax

Bendorf, 12. November 2026

Meldung eines Ausbruchsgeschehens – Verdacht auf Influenza A

Sehr geehrte Damen und Herren,

hiermit melden wir ein gehäuftes Auftreten von Atemwegserkrankungen in unserer Einrichtung.

Seit dem 9. November 2026 sind im Wohnbereich 2 (Obergeschoss, 32 Plätze) insgesamt 14 Bewohnerinnen und Bewohner mit Fieber über 38,5 °C, Husten und Gliederschmerzen erkrankt. Bei sechs von ihnen war der Schnelltest auf Influenza A positiv. Zwei Bewohner mussten gestern in das Krankenhaus eingewiesen werden. Zusätzlich haben sich fünf Mitarbeitende krankgemeldet.

Folgende Maßnahmen haben wir bereits eingeleitet: Die Bewohner im Wohnbereich 2 werden in ihren Zimmern versorgt, das Personal ist fest dem Wohnbereich zugeordnet und trägt FFP2-Masken, die gemeinsamen Mahlzeiten sind ausgesetzt und Besuche sind bis auf Weiteres nur nach Anmeldung möglich. Die Hausärzte sind informiert.

Eine Liste der Erkrankten mit Geburtsdatum und Erkrankungsbeginn fügen wir bei. Wir bitten um Rückmeldung, ob weitere Maßnahmen erforderlich sind, insbesondere zur Frage der Probenentnahme und der Gabe antiviraler Medikamente an bisher nicht erkrankte Bewohner.

Ansprechpartnerin ist die Unterzeichnerin, Durchwahl -12.

Mit freundlichen Grüßen

Sandra Mertes
Pflegedienstleitung

Anlage: Liste der Erkrankten (2 Seiten)",
    ),
    (
        "ovg-beschluss-berufung-nicht-zugelassen",
        "30",
        "Oberverwaltungsgericht Rheinland-Pfalz
Deinhardpassage 1
56068 Koblenz

Gegen Empfangsbekenntnis

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 3. November 2026

Aktenzeichen: 8 A 10734/26.OVG
(Vorinstanz: VG Koblenz, 4 K 512/25.KO)

In der Verwaltungsrechtssache
Gregor Lahnstein, Auf der Hohl 4, 56754 Roes,
– Kläger und Antragsteller –
Prozessbevollmächtigte: Rechtsanwälte Brenner & Stahl, Koblenz
gegen
den Landkreis Mayen-Koblenz, vertreten durch den Landrat, Bahnhofstraße 9, 56068 Koblenz,
– Beklagter und Antragsgegner –
wegen Beseitigungsanordnung

Sehr geehrte Damen und Herren,

in der oben bezeichneten Sache wird Ihnen anliegend eine beglaubigte Abschrift des Beschlusses des 8. Senats vom 28. Oktober 2026 zugestellt.

Mit dem Beschluss wird der Antrag des Klägers auf Zulassung der Berufung gegen das Urteil des Verwaltungsgerichts Koblenz vom 17. Juni 2026 abgelehnt. Der Kläger trägt die Kosten des Zulassungsverfahrens. Der Streitwert wird für das Zulassungsverfahren auf 10.000,00 € festgesetzt. Der Beschluss ist unanfechtbar; das Urteil des Verwaltungsgerichts ist damit rechtskräftig.

Es wird gebeten, das beigefügte Empfangsbekenntnis unterschrieben und mit Datum versehen umgehend zurückzusenden oder elektronisch über das besondere elektronische Behördenpostfach abzugeben.

Mit freundlichen Grüßen

Auf Anordnung
Weißer
Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle

Anlagen: Beschluss vom 28.10.2026 (beglaubigte Abschrift), Empfangsbekenntnis",
    ),
    (
        "adventsmarkt-am-dorfplatz",
        "32",
        "Heimat- und Verkehrsverein Kruft e. V.
Der Vorsitzende
Hans-Peter Mohr
Kirchstraße 12
56642 Kruft

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kruft, 14. Oktober 2026

Adventsmarkt am 5. und 6. Dezember 2026

Sehr geehrte Damen und Herren,

unser Verein möchte in diesem Jahr zum ersten Mal einen kleinen Adventsmarkt auf dem Dorfplatz vor der Kirche in Kruft ausrichten. Geplant ist Samstag, 5. Dezember, von 15 bis 22 Uhr und Sonntag, 6. Dezember, von 11 bis 19 Uhr.

Es sollen etwa zwölf Holzhütten aufgestellt werden. Neben Bastelständen des Kindergartens und der Landfrauen wollen wir selbst Glühwein, Kinderpunsch und Bier ausschenken und Bratwurst und Reibekuchen verkaufen. Am Samstagabend spielt der Musikverein ab 19 Uhr draußen, außerdem wollen wir zwei Feuerkörbe aufstellen. Die Ortsgemeinde hat uns den Platz bereits zugesagt.

Da wir so etwas noch nie gemacht haben, bitten wir um Auskunft, welche Erlaubnisse wir für den Ausschank und die Veranstaltung insgesamt brauchen, welche Unterlagen Sie von uns benötigen und mit welchen Gebühren wir rechnen müssen. Bis wann müsste der Antrag spätestens bei Ihnen sein?

Für Ihre Unterstützung bedanken wir uns schon jetzt.

Mit freundlichen Grüßen

Hans-Peter Mohr
1. Vorsitzender

Vereinsregister Amtsgericht Koblenz VR 20418",
    ),
    (
        "fahrer-laesst-kind-ohne-fahrkarte-stehen",
        "40",
        "Markus Zilliken
Moselstraße 41
56332 Alken

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Alken, 5. November 2026

Beschwerde – mein Sohn wurde an der Haltestelle stehen gelassen!

Sehr geehrte Damen und Herren,

ich bin wirklich fassungslos. Mein Sohn Finn ist elf Jahre alt und fährt jeden Morgen mit dem Bus von Alken zur Realschule plus nach Kobern-Gondorf. Am Dienstag, 3. November, hatte er seine Schülerfahrkarte zu Hause in der anderen Jacke vergessen. Der Busfahrer hat ihn deshalb nicht mitgenommen, sondern einfach an der Haltestelle Alken Ortsmitte stehen lassen. Um 7.10 Uhr, im Dunkeln, bei Regen.

Finn hatte kein Geld dabei, um eine Fahrkarte zu kaufen. Der nächste Bus fuhr erst eine Stunde später, er kam zu spät zur Schule und hat eine Klassenarbeit verpasst. Ich war da schon auf der Arbeit in Koblenz, meine Frau auch. Zum Glück hat ihn eine Nachbarin gesehen und mit zu sich genommen.

Jeder im Bus weiß, dass Finn eine Karte hat, er fährt die Strecke seit über einem Jahr. Ein Kind in dem Alter einfach stehen zu lassen, ist für mich unverantwortlich.

Ich erwarte, dass Sie das mit dem Busunternehmen klären und mir mitteilen, wie die Regeln sind, wenn ein Kind seine Karte einmal vergisst. So etwas darf nicht noch einmal passieren.

Mit freundlichen Grüßen

Markus Zilliken",
    ),
    (
        "begleiteter-umgang-wegen-alkohol",
        "JA-AND",
        "Nicole Steffens
Am Stadtgraben 21
56626 Andernach

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 19. Oktober 2026

Bitte um Hilfe bei Umgangskontakten für meine Tochter

Sehr geehrte Damen und Herren,

ich lebe mit meiner Tochter Emily (5 Jahre) in Andernach. Von Emilys Vater, Herrn Kevin Laux, bin ich seit zwei Jahren getrennt. Er wohnt inzwischen in Weißenthurm.

Ich möchte grundsätzlich, dass Emily ihren Vater sieht, und sie fragt auch oft nach ihm. Das Problem ist, dass er ein Alkoholproblem hat. Beim letzten Besuch im August hat er Emily betrunken mit dem Auto zurückgebracht. Seitdem habe ich keine Besuche mehr erlaubt.

Er hat mir jetzt geschrieben, dass er eine Therapie angefangen hat und Emily wiedersehen möchte. Ich wäre dazu bereit, aber nur, wenn jemand dabei ist, zumindest am Anfang. Eine Bekannte hat mir erzählt, dass es sogenannte begleitete Besuche gibt, die über das Jugendamt laufen.

Können Sie mir sagen, ob so etwas möglich ist und wie ich das beantrage? Muss Emilys Vater dem zustimmen? Mir ist wichtig, dass es nicht wieder vor Gericht geht.

Ich bin telefonisch unter 0157 38842190 erreichbar.

Mit freundlichen Grüßen

Nicole Steffens",
    ),
    (
        "kennzeichen-nachts-abgeschraubt",
        "36",
        "Kevin Schäfer
Bergstraße 5
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 30.10.2026

Kennzeichen MYK-KS 2207 gestohlen

Sehr geehrte Damen und Herren,

in der Nacht vom 28. auf den 29. Oktober hat jemand an meinem Auto, einem grauen VW Golf, beide Nummernschilder abgeschraubt. Das Auto stand vor dem Haus auf der Straße. Ich habe das morgens bemerkt und sofort bei der Polizei in Andernach Anzeige erstattet, Vorgangsnummer 0418-26-033917.

Jetzt kann ich natürlich nicht fahren, brauche das Auto aber dringend für die Arbeit.

Was muss ich tun, um neue Schilder zu bekommen? Kann ich mein altes Kennzeichen behalten, oder muss ich ein neues nehmen? Mir wurde gesagt, das alte Kennzeichen wird gesperrt, damit niemand damit Unsinn macht. Welche Unterlagen soll ich mitbringen, reichen Fahrzeugschein, Ausweis und die Anzeige?

Ich würde gerne so schnell wie möglich einen Termin haben, am liebsten schon nächste Woche.

Vielen Dank.

Mit freundlichen Grüßen
Kevin Schäfer
Tel. 0160 9923417",
    ),
    (
        "frage-fuer-die-einwohnerfragestunde",
        "10",
        "Dr. Hildegard Sauerborn
Rheinuferstraße 14
56321 Rhens

Kreisverwaltung Mayen-Koblenz
Büro des Kreistages
Bahnhofstraße 9
56068 Koblenz

Rhens, 6. November 2026

Einwohnerfragestunde in der Kreistagssitzung am 7. Dezember 2026

Sehr geehrte Damen und Herren,

der Presse habe ich entnommen, dass der Kreistag am 7. Dezember 2026 zu seiner nächsten Sitzung zusammentritt und zu Beginn wieder eine Einwohnerfragestunde vorgesehen ist. Ich möchte dort gerne eine Frage stellen.

Bis etwa 2015 bestand eine lebendige Partnerschaft zwischen unserem Landkreis und dem Landkreis Oppeln in Polen, mit Schüleraustausch, Chorreisen und gegenseitigen Besuchen. Seitdem ist davon kaum noch etwas zu hören. Meine Frage lautet daher: Besteht diese Partnerschaft formal noch, und plant der Kreistag, sie wiederzubeleben? Falls ja, in welcher Form können sich Bürgerinnen und Bürger daran beteiligen?

Bitte teilen Sie mir mit, ob ich die Frage schriftlich vorab einreichen muss und bis wann, ob ich sie in der Sitzung selbst vortragen darf und wie viel Zeit dafür zur Verfügung steht. Ich bin 78 Jahre alt und gehbehindert; ist der Sitzungssaal barrierefrei zu erreichen?

Mit freundlichen Grüßen

Dr. Hildegard Sauerborn",
    ),
    (
        "sohn-wird-achtzehn-werkstatt",
        "50",
        "Petra und Wolfgang Michels
Am Sportplatz 6
56753 Mertloch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mertloch, 2. November 2026

Unser Sohn Jan Michels, geb. 14.12.2008

Sehr geehrte Damen und Herren,

unser Sohn Jan hat eine geistige Behinderung und besucht seit August den Berufsbildungsbereich der Werkstatt in Polch. Er lebt bei uns zu Hause. Im Dezember wird er 18 Jahre alt. Das Amtsgericht hat uns beide bereits zu seinen Betreuern bestellt.

Bei einem Elternabend in der Werkstatt wurde uns gesagt, dass wir für Jan ab dem 18. Geburtstag Grundsicherung beantragen sollen, weil er dauerhaft nicht auf dem allgemeinen Arbeitsmarkt arbeiten kann. Jan bekommt in der Werkstatt bisher nur ein kleines Ausbildungsgeld, das Kindergeld beziehen wir.

Wir haben dazu einige Fragen: Ab wann können wir den Antrag stellen, schon jetzt oder erst nach dem Geburtstag? Wird unser Einkommen angerechnet? Und wie wird es berücksichtigt, dass Jan bei uns wohnt und nicht selbst Miete zahlt?

Bitte senden Sie uns die notwendigen Antragsunterlagen zu. Eine Kopie des Betreuerausweises legen wir bei.

Mit freundlichen Grüßen

Petra Michels
Wolfgang Michels

Anlage: Betreuerausweis (Kopie)",
    ),
    (
        "abgelaufene-ware-neu-etikettiert",
        "39",
        "Anja Kurz
Lindenweg 17
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 21.10.2026

Bitte vertraulich behandeln

Sehr geehrte Damen und Herren,

ich habe bis Ende September als Aushilfe im Lebensmittelmarkt „Maifeld-Frische“ in der Bachstraße in Polch gearbeitet. Ich habe dort gekündigt, weil ich nicht mehr mitmachen wollte, was dort passiert.

Der Marktleiter hat uns regelmäßig angewiesen, bei Hackfleisch, abgepacktem Aufschnitt und Käse, deren Datum abgelaufen war, neue Etiketten mit einem späteren Datum aufzukleben. Ware, die schon grau war oder komisch gerochen hat, wurde zu Frikadellen verarbeitet und an der Theke verkauft. Die große Kühltheke zeigt seit dem Sommer oft 10 oder 12 Grad an, das wurde aber nie repariert.

Ich habe Fotos von umetikettierten Packungen auf meinem Handy, die ich Ihnen gerne zeige. Ich kaufe dort selbst nicht mehr ein, aber viele ältere Leute aus dem Ort tun das, weil es der einzige Laden in der Nähe ist.

Bitte nennen Sie meinen Namen nicht, da ich Angst habe, dass ich sonst Ärger bekomme. Sie erreichen mich unter 0170 5528813.

Mit freundlichen Grüßen

Anja Kurz",
    ),
    (
        "mahnung-trotz-ueberweisung-falsches-kassenzeichen",
        "20",
        "Gerhard Schmitz
Kirchstraße 3
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 23. Oktober 2026

Ihre Mahnung vom 16.10.2026 – Kassenzeichen 5.1234.567890.3

Sehr geehrte Damen und Herren,

heute habe ich Ihre Mahnung über 85,00 Euro zuzüglich 5,00 Euro Mahngebühr erhalten. Ich habe den Betrag aus Ihrem Gebührenbescheid vom Juli aber bereits am 14. September überwiesen.

Beim Nachsehen habe ich gemerkt, dass ich mich beim Kassenzeichen vertippt habe: Ich habe 5.1234.567891.3 statt 5.1234.567890.3 angegeben. Name, Betrag und Ihr Konto bei der Sparkasse Koblenz stimmen aber. Eine Kopie des Kontoauszugs lege ich bei, das Geld ist auch nicht zurückgekommen.

Ich bitte Sie deshalb, die Zahlung dem richtigen Kassenzeichen zuzuordnen und die Mahngebühr zu streichen. Ich zahle meine Rechnungen immer pünktlich und möchte nicht für einen Zahlendreher bestraft werden.

Bitte bestätigen Sie mir kurz, dass die Sache erledigt ist.

Mit freundlichen Grüßen

Gerhard Schmitz

Anlage: Kontoauszug vom 14.09.2026 (Kopie)",
    ),
    (
        "nachbar-schuettet-garten-auf-mauer",
        "63",
        "Irmgard und Klaus Brohl
Am Hang 17
56645 Nickenich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Nickenich, 9. November 2026

Erdaufschüttung und Mauer auf dem Nachbargrundstück Am Hang 19

Sehr geehrte Damen und Herren,

unser Nachbar, Herr Marco Stein, Am Hang 19, lässt seit etwa drei Wochen mit einem Bagger LKW-Ladungen Erde in seinen Garten fahren. Sein Grundstück liegt hangaufwärts von unserem. Er hat den Garten inzwischen an der Grenze zu uns um ungefähr 1,50 Meter aufgefüllt und direkt auf die Grundstücksgrenze eine Gabionenwand gesetzt, die von unserer Seite aus gut 2,20 Meter hoch ist und über 15 Meter lang.

Seitdem läuft bei Regen Wasser mit Schlamm durch die Steine auf unsere Terrasse, und unser Wohnzimmer bekommt nachmittags kaum noch Sonne. Wir haben außerdem Sorge, ob die Mauer den Druck der Erde überhaupt aushält.

Auf unsere Nachfrage hat Herr Stein gesagt, für eine Gartenmauer brauche man keine Genehmigung, das sei sein Grundstück. Wir sind da nicht so sicher.

Wir bitten Sie, sich die Sache vor Ort anzusehen und zu prüfen, ob das so erlaubt ist. Fotos legen wir bei.

Mit freundlichen Grüßen

Irmgard Brohl     Klaus Brohl

Anlage: 6 Fotos",
    ),
    (
        "gaertnerei-will-asylbewerber-einstellen",
        "33",
        "Gartenbau Kreuzberg GmbH & Co. KG
Baumschulen · Garten- und Landschaftsbau
Am Pommerhof 3
56642 Kruft

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kruft, 27.10.2026

Einstellung von Herrn Abdirahman Hassan Farah, geb. 03.05.1998

Sehr geehrte Damen und Herren,

wir möchten Herrn Abdirahman Hassan Farah, wohnhaft in der Gemeinschaftsunterkunft in Saffig, zum 1. Dezember 2026 als Helfer im Garten- und Landschaftsbau in Vollzeit einstellen. Herr Farah hat bei uns im September ein dreiwöchiges Praktikum gemacht und sich dabei sehr gut angestellt.

Herr Farah besitzt nach seinen Angaben eine Aufenthaltsgestattung, sein Asylverfahren läuft noch. Wir sind uns nicht sicher, ob er bei uns arbeiten darf und was wir dafür tun müssen.

Vorgesehen ist eine unbefristete Anstellung mit 40 Wochenstunden und einem Stundenlohn von 14,50 Euro. Eine Stellenbeschreibung sowie den Entwurf des Arbeitsvertrags fügen wir bei.

Wir bitten um Mitteilung, ob eine Erlaubnis zur Beschäftigung erteilt werden kann, welche Formulare wir noch ausfüllen müssen und wie lange die Bearbeitung erfahrungsgemäß dauert. Herr Farah hat uns sein Einverständnis gegeben, dass wir uns an Sie wenden.

Mit freundlichen Grüßen

Bernd Kreuzberg
Geschäftsführer

Anlagen: Stellenbeschreibung, Entwurf Arbeitsvertrag, Einverständniserklärung

Gartenbau Kreuzberg GmbH & Co. KG · Sitz Kruft · Amtsgericht Koblenz HRA 20931
pers. haftende Gesellschafterin: Kreuzberg Verwaltungs-GmbH, AG Koblenz HRB 24402 · GF: Bernd Kreuzberg
Volksbank RheinAhrEifel · IBAN DE41 5776 1591 0012 3387 00",
    ),
    (
        "wiedereingliederung-nach-bandscheiben-op",
        "11",
        "Sandra Follmann
Am Bahndamm 9
56330 Kobern-Gondorf
Personalnummer 40318

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 16. Oktober 2026

Stufenweise Wiedereingliederung ab 2. November 2026

Sehr geehrte Damen und Herren,

wie Sie wissen, bin ich seit Ende Juli nach einer Bandscheibenoperation arbeitsunfähig. Die anschließende Reha in Bad Ems habe ich am 9. Oktober abgeschlossen.

Meine Hausärztin und die Reha-Klinik empfehlen, dass ich meinen Dienst als Sachbearbeiterin schrittweise wieder aufnehme. Der beigefügte Wiedereingliederungsplan sieht vor, dass ich ab dem 2. November vier Wochen lang täglich drei Stunden arbeite, danach vier Wochen lang sechs Stunden, und ab dem 28. Dezember wieder meine volle Teilzeit von 30 Wochenstunden.

Ich bitte Sie, dem Plan zuzustimmen und die Unterlagen an meine Krankenkasse weiterzuleiten, soweit das erforderlich ist. Während der Wiedereingliederung sollte ich nach Möglichkeit keine schweren Aktenkisten tragen und zwischendurch im Stehen arbeiten können; ein höhenverstellbarer Schreibtisch wäre deshalb eine große Hilfe.

Gerne nehme ich auch das Angebot eines Gesprächs zum betrieblichen Eingliederungsmanagement an.

Mit freundlichen Grüßen

Sandra Follmann

Anlagen: Wiedereingliederungsplan, Arbeitsunfähigkeitsbescheinigung bis 01.11.2026",
    ),
    (
        "ferienwohnung-mit-eigenem-brunnen",
        "53",
        "Lothar Gilles
Moselweinstraße 44
56332 Dieblich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Dieblich, 3. November 2026

Wasser aus eigenem Brunnen für Ferienwohnungen

Sehr geehrte Damen und Herren,

ich habe im Frühjahr ein altes Winzerhaus in Dieblich gekauft und baue es gerade um. Ab der Saison 2027 möchte ich dort zwei Ferienwohnungen vermieten.

Das Haus wird bisher teilweise aus einem eigenen Brunnen im Hof versorgt, der etwa 12 Meter tief ist. Daraus kommen bislang das Wasser für die Küche im Erdgeschoss und für die Toiletten. An das öffentliche Netz ist das Haus auch angeschlossen, allerdings nur für die obere Wohnung.

Ein Bekannter hat mir gesagt, dass ich das Brunnenwasser nicht einfach an Feriengäste abgeben darf, ohne es untersuchen zu lassen, und dass ich das bei Ihnen anzeigen muss. Können Sie mir bitte sagen, was genau vorgeschrieben ist? Welche Werte müssen untersucht werden, wie oft, und welches Labor darf das machen? Oder wäre es einfacher und sinnvoller, das ganze Haus an die öffentliche Leitung anzuschließen und den Brunnen nur noch für den Garten zu nutzen?

Für Ihre Auskunft bedanke ich mich.

Mit freundlichen Grüßen

Lothar Gilles",
    ),
    (
        "vater-zahlt-wieder-aenderungsmitteilung",
        "JA-MY",
        "Jessica Pütz
St.-Veit-Straße 9
56727 Mayen

Kreisverwaltung
Bahnhofstraße 9
56068 Koblenz

Mayen, 10.11.2026

Unterhaltsvorschuss für meinen Sohn Ben Pütz, Az. UV-2024-0187

Hallo,

ich bekomme seit letztem Jahr Unterhaltsvorschuss für meinen Sohn Ben (8). Ich wollte Ihnen Bescheid geben, dass sich was geändert hat. Bens Vater hat seit September eine neue Arbeit als Lagerist in Koblenz und überweist mir seit dem 1. November jeden Monat 355 Euro direkt aufs Konto. Das hat er auch schriftlich zugesagt, die Nachricht lege ich bei.

Ich möchte nicht, dass ich am Ende was zurückzahlen muss. Müssen Sie die Zahlung jetzt stoppen, und ab wann? Das Geld für November ist von Ihnen nämlich auch schon gekommen. Soll ich das zurücküberweisen, oder wird das verrechnet?

Und falls er wieder aufhört zu zahlen, was ich leider nicht ausschließen kann, kann ich dann einfach wieder einen Antrag stellen?

Danke und viele Grüße
Jessica Pütz

Anlage: Kopie WhatsApp-Nachricht vom Vater, Kontoauszug November",
    ),
    (
        "wellplatten-asbest-vom-gartenhausdach",
        "70",
        "Von: Peter Lenz <p.lenz@saffig-online.de>
Gesendet: Samstag, 7. November 2026 11:26
An: Kreisverwaltung Mayen-Koblenz
Betreff: Entsorgung alter Eternitplatten

Sehr geehrte Damen und Herren,

auf unserem Gartenhaus liegen noch alte graue Wellplatten, vermutlich aus den 70er-Jahren. Ein Dachdecker hat mir gesagt, dass die mit großer Wahrscheinlichkeit Asbest enthalten. Ich möchte das Dach im Frühjahr erneuern. Es geht um ungefähr 25 Quadratmeter, also etwa 14 Platten.

Meine Fragen: Wo kann ich die Platten abgeben? Muss ich sie selbst anliefern oder werden sie abgeholt? Wie müssen sie verpackt sein, ich habe von sogenannten Big Bags gelesen, wo bekomme ich die? Und was kostet die Entsorgung ungefähr?

Ich möchte das ordentlich machen und nichts falsch machen. Vielen Dank für Ihre Hilfe.

Mit freundlichen Grüßen
Peter Lenz
Auf der Heide 11
56648 Saffig",
    ),
    (
        "schranke-faellt-auf-motorhaube",
        "30",
        "Bettina Frings
Südallee 71
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 29. Oktober 2026

Schaden an meinem Fahrzeug KO-BF 318 auf Ihrem Parkplatz am 26.10.2026

Sehr geehrte Damen und Herren,

am Montag, 26. Oktober 2026, gegen 11.40 Uhr wollte ich nach einem Termin im Kreishaus mit meinem Auto, einem weißen Opel Corsa, KO-BF 318, Ihren Parkplatz hinter dem Gebäude verlassen. Die Schranke an der Ausfahrt öffnete sich, nachdem ich mein Ticket eingesteckt hatte. Als ich langsam darunter durchfuhr, kam sie plötzlich wieder herunter und schlug auf die Motorhaube.

Die Motorhaube hat eine deutliche Delle und der Lack ist auf etwa 20 Zentimetern abgeplatzt. Ein Mitarbeiter von der Pforte kam sofort heraus, hat sich den Schaden angesehen und mir gesagt, dass die Schranke schon öfter Probleme gemacht habe. Seinen Namen habe ich mir leider nicht notiert.

Die Werkstatt Autohaus Bauer in Koblenz hat die Reparaturkosten auf 1.380,42 Euro geschätzt. Den Kostenvoranschlag und Fotos lege ich bei.

Ich bitte Sie, mir den Schaden zu ersetzen bzw. mir mitzuteilen, an welche Versicherung ich mich wenden soll. Bitte geben Sie mir bis zum 20. November 2026 Bescheid.

Mit freundlichen Grüßen

Bettina Frings

Anlagen: Kostenvoranschlag Autohaus Bauer, 4 Fotos, Parkticket",
    ),
    (
        "oma-will-enkelin-zu-sich-nehmen",
        "51",
        "Hannelore Schwind
Brauerstraße 12
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, den 25. Oktober 2026

Meine Enkelin Mia

Sehr geehrte Damen und Herren,

es fällt mir sehr schwer, diesen Brief zu schreiben, weil es um meine eigene Tochter geht. Aber ich weiß nicht mehr weiter.

Meine Tochter Jennifer (28) wohnt mit ihrer Tochter Mia (4) in Thür. Jennifer hatte schon vor Jahren Probleme mit Drogen, war dann aber lange clean. Seit dem Frühjahr hat sie einen neuen Freund, und seitdem ist es wieder schlimm geworden. Die Wohnung ist verwahrlost, Jennifer schläft oft bis mittags, und Mia geht seit Wochen nicht mehr in den Kindergarten.

Mia ist inzwischen fast jedes Wochenende und oft auch unter der Woche bei mir, weil Jennifer sie einfach vorbeibringt und dann tagelang nicht erreichbar ist. Das Kind kommt oft hungrig und in schmutzigen Sachen. Ich bin 61, noch berufstätig und versorge Mia gerne, aber ich habe rechtlich überhaupt nichts in der Hand, ich kann sie nicht einmal beim Arzt anmelden.

Ich möchte, dass Mia in Sicherheit ist und wenn nötig ganz bei mir leben kann. Und ich möchte, dass meiner Tochter geholfen wird. Bitte sagen Sie mir, was ich tun kann. Ich bin unter 02652 47731 erreichbar, am besten nach 17 Uhr.

Mit freundlichen Grüßen

Hannelore Schwind",
    ),
    (
        "kleiner-waffenschein-fuer-schreckschuss",
        "32",
        "Sven Kalter
Eichenweg 3
56745 Bell

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bell, 2. November 2026

Antrag auf einen kleinen Waffenschein

Sehr geehrte Damen und Herren,

ich arbeite im Schichtdienst als Sicherheitsmitarbeiter und bin oft nachts auf dem Heimweg zu Fuß vom Bahnhof unterwegs. Nach einem unangenehmen Vorfall im Sommer möchte ich mir eine Schreckschusspistole mit PTB-Zeichen zulegen und diese auch unterwegs bei mir tragen dürfen.

Soweit ich weiß, brauche ich dafür den kleinen Waffenschein. Bitte teilen Sie mir mit, wie ich ihn beantrage, welche Unterlagen ich einreichen muss und welche Kosten auf mich zukommen. Muss ich dafür persönlich vorbeikommen, oder geht das auch schriftlich?

Ich bin 34 Jahre alt, nicht vorbestraft und habe bislang keine Waffe besessen. Ein aktuelles Passfoto und eine Kopie meines Personalausweises lege ich vorsorglich bei.

Mit freundlichen Grüßen

Sven Kalter

Anlagen: Passfoto, Kopie Personalausweis",
    ),
    (
        "fahrkarte-fuer-bilinguales-gymnasium",
        "40",
        "Nadine Krämer
Lindenstraße 4
56220 Urmitz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Urmitz, 18. November 2026

Schulwechsel unserer Tochter Emma zum 1. Februar 2027

Sehr geehrte Damen und Herren,

unsere Tochter Emma besucht derzeit die 6. Klasse des Gymnasiums in Weißenthurm und fährt mit dem Schulbus dorthin. Zum zweiten Halbjahr, also ab dem 1. Februar 2027, wechselt sie auf eigenen Wunsch an ein Gymnasium in Koblenz mit bilingualem Zweig, weil sie dort Französisch als erste Fremdsprache weiterführen kann.

Von Urmitz aus müsste sie dann mit dem Bus bis Koblenz Hauptbahnhof und weiter mit der Stadtbuslinie fahren. Die Monatskarte dafür kostet nach Auskunft des Verkehrsverbunds deutlich mehr als die bisherige Strecke.

Unsere Frage: Bekommt Emma auch für die Schule in Koblenz eine Schülerfahrkarte von Ihnen, oder werden nur die Kosten bis zur nächstgelegenen Schule übernommen? Müssen wir einen neuen Antrag stellen, und bis wann sollte er bei Ihnen sein, damit die Karte rechtzeitig da ist?

Vielen Dank für Ihre Auskunft.

Mit freundlichen Grüßen

Nadine Krämer",
    ),
    (
        "schwanger-mit-siebzehn-und-rausgeworfen",
        "JA-AND",
        "Leonie Berg
Hochstraße 27
56626 Andernach

an das Jugendamt
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 8.11.2026

Ich brauche Hilfe

Hallo,

ich heiße Leonie, bin 17 Jahre alt und wohne noch bei meiner Mutter in Andernach. Ich bin im fünften Monat schwanger. Der Vater ist mein Freund Tim, er ist 19 und macht eine Ausbildung als Elektriker.

Seit meine Mutter von der Schwangerschaft weiß, gibt es nur noch Streit. Sie sagt, ich soll ausziehen, sobald ich 18 bin, und eigentlich am liebsten sofort. Ich werde im März 18, das Baby kommt Ende Februar. Ich gehe noch in die 11. Klasse und möchte auf jeden Fall mein Fachabi machen.

Die Frau von der Schwangerschaftsberatung hat gesagt, dass es Wohngruppen für junge Mütter mit Baby gibt und dass ich mich deswegen an das Jugendamt wenden soll. Ich weiß aber nicht, wie das geht und ob ich das ohne meine Mutter beantragen kann.

Können Sie mir bitte einen Termin geben? Am besten nachmittags nach der Schule. Meine Handynummer ist 0176 81234509.

Danke
Leonie Berg",
    ),
    (
        "neuerteilung-nach-bestandener-mpu",
        "36",
        "Dirk Hammes
Mayener Straße 60
56736 Kottenheim

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kottenheim, 26. Oktober 2026

Mein Antrag auf Neuerteilung der Fahrerlaubnis vom 14.09.2026

Sehr geehrte Damen und Herren,

mir wurde im Mai 2025 die Fahrerlaubnis der Klassen B und BE durch Urteil des Amtsgerichts Mayen entzogen, weil ich mit 1,7 Promille gefahren bin. Die Sperrfrist ist am 11. September 2026 abgelaufen.

Den Antrag auf Neuerteilung habe ich am 14. September bei Ihnen gestellt und dabei schon Sehtest, Erste-Hilfe-Nachweis und Passbild abgegeben. Inzwischen habe ich die medizinisch-psychologische Untersuchung beim TÜV in Koblenz gemacht. Das Gutachten ist positiv ausgefallen, ich lege es diesem Schreiben im Original bei. Ich lebe seit über einem Jahr abstinent, das ist durch die Haaranalysen im Gutachten belegt.

Ich arbeite als Monteur und bin dringend auf den Führerschein angewiesen, mein Arbeitgeber fährt mich derzeit zu den Baustellen, aber das geht nicht auf Dauer.

Ich bitte Sie deshalb, meinen Antrag zügig zu bearbeiten, und wäre dankbar für eine Nachricht, wann ich den Führerschein abholen kann oder ob noch etwas fehlt.

Mit freundlichen Grüßen

Dirk Hammes

Anlage: Gutachten TÜV Rheinland, Begutachtungsstelle für Fahreignung Koblenz, vom 15.10.2026 (Original)",
    ),
    (
        "diamantene-hochzeit-der-grosseltern",
        "10",
        "Florian Weiler
Schützenstraße 30
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Büro des Landrats
Bahnhofstraße 9
56068 Koblenz

Koblenz, 16. November 2026

Diamantene Hochzeit von Maria und Josef Weiler in Ettringen

Sehr geehrter Herr Landrat,
sehr geehrte Damen und Herren,

meine Großeltern Maria und Josef Weiler, wohnhaft Bergstraße 5 in 56729 Ettringen, feiern am 28. Dezember 2026 ihre Diamantene Hochzeit. Sie haben 1966 in der Pfarrkirche in Ettringen geheiratet und leben bis heute in dem Haus, das mein Großvater damals selbst gebaut hat.

Beide waren über Jahrzehnte im Ort engagiert, mein Großvater 30 Jahre bei der Freiwilligen Feuerwehr, meine Großmutter im Kirchenchor und bei den Landfrauen.

Wir Enkel planen eine kleine Feier im Familienkreis und würden unseren Großeltern gerne eine besondere Freude machen. Wir haben gehört, dass der Landkreis zu solchen Jubiläen gratuliert. Wäre es möglich, dass der Herr Landrat ihnen ein Glückwunschschreiben zukommen lässt oder sie vielleicht sogar kurz besucht? Meine Großeltern wissen von dieser Anfrage nichts, es soll eine Überraschung sein.

Eine Kopie der Heiratsurkunde lege ich bei. Für Rückfragen erreichen Sie mich unter 0261 98312276.

Mit freundlichen Grüßen

Florian Weiler

Anlage: Kopie der Heiratsurkunde",
    ),
    (
        "krankenhaus-kurzzeitpflege-eilantrag",
        "50",
        "Klinikum Rhein-Mosel gGmbH
Sozialdienst
Kurfürstenstraße 120
56068 Koblenz
Tel. 0261 4402-3317 · Fax 0261 4402-3319

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

per Fax vorab

Koblenz, 11. November 2026

Eilantrag auf Kostenübernahme
Patientin: Frau Anneliese Kohns, geb. 02.04.1942, wohnhaft Marktstraße 8, 56330 Kobern-Gondorf

Sehr geehrte Damen und Herren,

Frau Kohns befindet sich seit dem 29. Oktober 2026 nach einer Oberschenkelhalsfraktur in unserer stationären Behandlung. Eine Rückkehr in ihre Wohnung ist aus ärztlicher Sicht derzeit nicht möglich; Frau Kohns lebt allein, Angehörige in der Nähe gibt es nicht.

Für die Zeit nach der Entlassung am 18. November 2026 konnten wir einen Kurzzeitpflegeplatz im Seniorenheim St. Josef in Polch organisieren. Voraussichtlich wird sich daran eine dauerhafte vollstationäre Versorgung anschließen. Ein Antrag auf Einstufung in einen Pflegegrad wurde bei der Pflegekasse gestellt, die Begutachtung steht noch aus.

Frau Kohns bezieht eine Altersrente von 894,20 Euro monatlich. Nach ihren Angaben hat sie kein Vermögen außer einem Sparbuch mit rund 1.600 Euro. Die Eigenanteile für die Kurzzeitpflege und einen späteren Heimplatz kann sie nicht selbst tragen.

Im Namen und mit Vollmacht der Patientin beantragen wir daher die Übernahme der ungedeckten Pflegekosten ab dem 18. November 2026. Wir bitten um kurzfristige Rückmeldung an die Unterzeichnerin, welche Unterlagen Sie noch benötigen.

Mit freundlichen Grüßen

Judith Arenz
Dipl.-Sozialarbeiterin

Anlagen: Vollmacht, Rentenbescheid (Kopie), Antrag Pflegekasse (Kopie)

Klinikum Rhein-Mosel gGmbH · Amtsgericht Koblenz HRB 3817 · Geschäftsführung: Dr. Ralf Neuhaus",
    ),
    (
        "ueber-dreissig-katzen-beim-nachbarn",
        "39",
        "Michaela Görgen
Hauptstraße 112
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 14.11.2026

Katzen in der Wohnung im Erdgeschoss, Hauptstraße 112

Sehr geehrte Damen und Herren,

ich wohne in einem Mehrfamilienhaus in Bendorf. In der Erdgeschosswohnung lebt ein älterer Herr, Herr G., allein mit inzwischen weit über 30 Katzen. Genau zählen kann man sie nicht, man sieht sie an allen Fenstern. Es werden ständig mehr, weil die Tiere nicht kastriert sind und immer wieder Junge bekommen.

Im Treppenhaus stinkt es unerträglich nach Urin. Mehrere Katzen, die man am Fenster sieht, haben verklebte, entzündete Augen, einige sind sehr dünn. Letzte Woche lag eine tote junge Katze im Hof bei den Mülltonnen.

Herr G. ist eigentlich ein freundlicher Mensch, aber er ist mit der Situation völlig überfordert und lässt niemanden in die Wohnung. Der Vermieter sagt, er kümmere sich darum, passiert ist aber seit Monaten nichts. Ich möchte Herrn G. keinen Ärger machen, aber den Tieren geht es schlecht, und so kann es nicht weitergehen.

Bitte schauen Sie sich das an. Ich bin tagsüber unter 02622 70418 erreichbar.

Mit freundlichen Grüßen

Michaela Görgen",
    ),
    (
        "zahlungserinnerung-druckhaus-broschueren",
        "20",
        "Druckhaus Eifel-Mosel GmbH
Gewerbepark 7
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 3. November 2026

Zahlungserinnerung
Rechnung Nr. RE-26-04418 vom 15.09.2026
Kunden-Nr. 11092

Sehr geehrte Damen und Herren,

sicherlich ist es Ihrer Aufmerksamkeit entgangen, dass die oben genannte Rechnung noch nicht ausgeglichen ist.

Die Rechnung betrifft den Druck von 5.000 Exemplaren der Broschüre „Seniorenwegweiser 2027“, 48 Seiten, 4/4-farbig, geliefert am 12. September 2026 an das Kreishaus in Koblenz, Lieferschein Nr. LS-26-3301.

Rechnungsbetrag: 2.874,30 €
fällig seit: 15.10.2026
bisher gezahlt: 0,00 €
offener Betrag: 2.874,30 €

Wir bitten Sie, den offenen Betrag bis zum 17. November 2026 auf unser unten genanntes Konto zu überweisen. Eine Kopie der Rechnung haben wir beigefügt. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

Druckhaus Eifel-Mosel GmbH
Buchhaltung
Carina Hürter

Anlage: Rechnungskopie

Druckhaus Eifel-Mosel GmbH · Sitz Polch · Registergericht Amtsgericht Koblenz HRB 13862
Geschäftsführer: Michael Lenartz · USt-IdNr. DE148829310
Kreissparkasse Mayen · IBAN DE67 5765 0010 0098 4412 03 · BIC MALADE51MYN",
    ),
    (
        "familienpflegezeit-fuer-die-mutter",
        "11",
        "Thomas Klöckner
Eulenstraße 14
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 9. November 2026

Antrag auf Familienpflegezeit ab 1. Januar 2027

Sehr geehrte Damen und Herren,

ich bin seit 2011 als Hausmeister an der Berufsbildenden Schule in Mayen bei der Kreisverwaltung beschäftigt, derzeit in Vollzeit mit 39 Wochenstunden.

Meine Mutter hatte im September einen schweren Schlaganfall und wurde von der Pflegekasse in Pflegegrad 4 eingestuft. Sie lebt bei uns im Haus und soll auch weiterhin zu Hause versorgt werden. Meine Frau und ich teilen uns die Pflege, zusätzlich kommt morgens ein Pflegedienst. Für die ersten Tage nach der Entlassung aus dem Krankenhaus hatte ich bereits die kurzzeitige Arbeitsverhinderung in Anspruch genommen.

Ich beantrage hiermit Familienpflegezeit für die Dauer von 12 Monaten, vom 1. Januar 2027 bis 31. Dezember 2027, mit einer Reduzierung meiner Arbeitszeit auf 20 Wochenstunden. Am liebsten würde ich montags bis freitags jeweils von 7 bis 11 Uhr arbeiten; über die genaue Verteilung spreche ich gerne mit der Schulleitung und mit Ihnen.

Den Bescheid der Pflegekasse lege ich bei. Bitte teilen Sie mir mit, ob weitere Nachweise nötig sind und wie sich die Reduzierung auf mein Gehalt und meine Zusatzversorgung auswirkt.

Mit freundlichen Grüßen

Thomas Klöckner

Anlage: Bescheid der Pflegekasse über Pflegegrad 4 (Kopie)",
    ),
    (
        "altes-wohnhaus-und-scheune-abreissen",
        "63",
        "Jana und Felix Ternes
Mühlenstraße 22
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 22. Oktober 2026

Abriss Hauptstraße 41 in Mertloch, Flur 3, Flurstück 118/2

Sehr geehrte Damen und Herren,

wir haben im Sommer das Grundstück Hauptstraße 41 in Mertloch gekauft. Darauf stehen ein leerstehendes Wohnhaus aus den 1920er-Jahren und eine angebaute Scheune. Beides ist in sehr schlechtem Zustand, ein Gutachter hat uns von einer Sanierung abgeraten.

Wir möchten deshalb im Frühjahr 2027 beide Gebäude abreißen lassen und anschließend ein Einfamilienhaus neu bauen. Das Wohnhaus ist auf der linken Seite direkt an das Nachbarhaus Nr. 39 angebaut, beide Häuser haben eine gemeinsame Giebelwand.

Wir wissen nicht, ob wir für den Abriss eine Genehmigung brauchen oder ob es reicht, ihn anzuzeigen, und welche Unterlagen dafür nötig sind. Insbesondere möchten wir wissen, was wegen der gemeinsamen Wand mit dem Nachbarhaus zu beachten ist, ob hier ein Statiker eingebunden werden muss. Und können wir den Abriss und den Neubau in einem Verfahren zusammen beantragen?

Für einen Hinweis oder einen Gesprächstermin wären wir dankbar.

Mit freundlichen Grüßen

Jana Ternes     Felix Ternes

Anlagen: Lageplan, Fotos",
    ),
    (
        "ukraine-aufenthalt-verlaengern-nach-umzug",
        "33",
        "Olena Kovalenko
Kärlicher Straße 18
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 4.11.2026

Verlängerung Aufenthaltserlaubnis für mich und meinen Sohn

Sehr geehrte Damen und Herren,

ich komme aus Charkiw in der Ukraine und lebe seit April 2022 mit meinem Sohn Maksym (15) in Deutschland. Bis September 2026 haben wir in Koblenz gewohnt, seit dem 1. Oktober wohnen wir in Weißenthurm. Die Ummeldung beim Bürgerbüro habe ich schon gemacht.

Unsere Aufenthaltserlaubnisse nach § 24 gelten bis zum 4. März 2027. Ich arbeite seit einem Jahr in Teilzeit in einer Bäckerei, Maksym geht in die 9. Klasse.

Meine Fragen sind: Ist jetzt die Kreisverwaltung für uns zuständig und nicht mehr die Stadt Koblenz? Wann und wie muss ich die Verlängerung beantragen? Und muss die neue Adresse auch auf der Karte geändert werden?

Mein Deutsch ist noch nicht perfekt, meine Kollegin hat mir bei dem Brief geholfen. Bitte schreiben Sie mir, was ich machen muss.

Vielen Dank!

Mit freundlichen Grüßen
Olena Kovalenko
Tel. 0152 23986014",
    ),
    (
        "belehrung-fuer-nebenjob-im-cafe",
        "53",
        "Von: Lara Schneider <lara.schneider08@gmail.com>
Gesendet: Mittwoch, 18. November 2026 16:41
An: Kreisverwaltung Mayen-Koblenz
Betreff: Rote Karte / Gesundheitszeugnis für Nebenjob

Hallo,

ich bin 17 Jahre alt und fange ab Dezember einen Nebenjob in einem Café mit Bäckerei in Plaidt an, am Wochenende an der Theke. Meine Chefin hat gesagt, dass ich vorher eine Belehrung beim Gesundheitsamt machen muss und die Bescheinigung mitbringen soll, sonst darf ich nicht anfangen. Manche sagen auch Gesundheitszeugnis oder Rote Karte dazu.

Wie bekomme ich so einen Termin? Geht das auch online, oder muss ich dafür nach Koblenz kommen? Was kostet das, und brauchen meine Eltern wegen meines Alters etwas zu unterschreiben?

Ich würde gerne möglichst bald kommen, weil ich am 5. Dezember anfangen soll. Unter der Woche bin ich bis 13.15 Uhr in der Schule.

Viele Grüße
Lara Schneider
Schillerstraße 9
56637 Plaidt",
    ),
    (
        "sturz-auf-vereister-eingangstreppe",
        "30",
        "Dr. Kessler & Partner
Rechtsanwälte
Löhrstraße 47
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 13. November 2026
Unser Zeichen: 1187/26 KE/sw

Ursula Dietz ./. Landkreis Mayen-Koblenz
Sturz am 19. Januar 2026

Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir Frau Ursula Dietz, Brunnenstraße 4, 56332 Lehmen, anwaltlich vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Unsere Mandantin suchte am Morgen des 19. Januar 2026 gegen 8.15 Uhr das Kreishaus in der Bahnhofstraße auf. Die Außentreppe am Haupteingang war zu diesem Zeitpunkt weder geräumt noch abgestreut, obwohl es in der Nacht gefroren hatte. Auf der dritten Stufe rutschte unsere Mandantin auf einer Eisfläche aus und stürzte. Sie erlitt einen Bruch des rechten Handgelenks, der operativ versorgt werden musste. Der Sturz wurde von zwei Passanten beobachtet, deren Personalien uns vorliegen.

Unsere Mandantin war bis zum 27. März 2026 arbeitsunfähig und ist bis heute in der Beweglichkeit der Hand eingeschränkt. Als Eigentümer des Gebäudes traf den Landkreis die Verkehrssicherungspflicht für den Zugang, die hier offensichtlich verletzt wurde.

Namens unserer Mandantin machen wir ein angemessenes Schmerzensgeld, das wir derzeit mit 6.000,00 € beziffern, sowie den Verdienstausfall in Höhe von 2.318,60 € und Fahrt- und Zuzahlungskosten von 214,50 € geltend. Wir haben Sie aufzufordern, Ihre Einstandspflicht bis zum

4. Dezember 2026

dem Grunde nach anzuerkennen und uns Ihren Haftpflichtversicherer samt Schadennummer zu benennen. Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, ihre Ansprüche gerichtlich geltend zu machen.

Mit freundlichen Grüßen

Dr. Andreas Kessler
Rechtsanwalt

Anlagen: Vollmacht, Arztbericht, Verdienstbescheinigung des Arbeitgebers",
    ),
    (
        "befreiung-biotonne-wegen-kompost",
        "70",
        "Gisela und Herbert Nauroth
Am Mühlbach 4
56753 Mertloch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mertloch, 31. Oktober 2026

Biotonne – Antrag auf Befreiung, Objekt Am Mühlbach 4

Sehr geehrte Damen und Herren,

wir haben ein Grundstück mit gut 1.200 Quadratmetern Garten und kompostieren seit über 40 Jahren alles selbst, Küchenabfälle, Laub und Rasenschnitt. Wir haben drei große Komposter und brauchen den Kompost für unseren Gemüsegarten.

Die Biotonne, die bei uns steht, haben wir in den letzten beiden Jahren kein einziges Mal an die Straße gestellt. Trotzdem müssen wir dafür jedes Jahr bezahlen.

Wir beantragen deshalb, von der Biotonne befreit zu werden, und bitten Sie, die Tonne abzuholen. Gerne können Sie sich vor Ort ansehen, dass bei uns tatsächlich alles im eigenen Garten verwertet wird. Falls es dafür ein bestimmtes Formular gibt, schicken Sie es uns bitte zu.

Mit freundlichen Grüßen

Gisela Nauroth
Herbert Nauroth",
    ),
    (
        "sohn-wird-zuhause-handgreiflich",
        "51",
        "Claudia Neumann
Hauptstraße 64
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 17. November 2026

Ich brauche Unterstützung mit meinem Sohn

Sehr geehrte Damen und Herren,

ich bin alleinerziehend mit zwei Kindern, Luca (14) und Sophie (9). Der Vater der Kinder lebt seit Jahren in Süddeutschland und meldet sich kaum.

Seit ungefähr einem Jahr komme ich mit Luca nicht mehr zurecht. Er hält sich an keine Absprache, sitzt bis nachts am Handy und rastet komplett aus, wenn ich es ihm wegnehmen will. Vor zwei Wochen hat er die Badezimmertür eingetreten, und letzte Woche hat er seine Schwester so geschubst, dass sie mit dem Kopf gegen den Schrank gefallen ist. Sophie hat inzwischen Angst vor ihm.

Ich liebe meinen Sohn, und er kann auch ganz lieb sein, aber ich bin am Ende meiner Kräfte. Ich arbeite Vollzeit im Einzelhandel und weiß einfach nicht mehr, was ich noch machen soll. Die Schulsozialarbeiterin hat mir geraten, mich an Sie zu wenden, weil es Hilfen für Familien gibt, zum Beispiel jemanden, der sich regelmäßig um Luca kümmert.

Bitte melden Sie sich bei mir. Tagsüber erreichen Sie mich am besten in der Mittagspause zwischen 12 und 13 Uhr unter 0171 4429813.

Mit freundlichen Grüßen

Claudia Neumann",
    ),
    (
        "scherenschleifer-zieht-von-ort-zu-ort",
        "32",
        "Karl-Heinz Wiersch
Vulkanstraße 15
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 8. Oktober 2026

Anfrage Reisegewerbe – mobiler Schleifservice

Sehr geehrte Damen und Herren,

ich bin gelernter Werkzeugmacher und seit dem Sommer im Vorruhestand. Ich möchte mir etwas dazuverdienen und mit einem umgebauten Kleintransporter einen mobilen Schleifservice für Messer, Scheren und Gartengeräte anbieten.

Geplant ist, dass ich auf Wochenmärkten in der Gegend stehe und außerdem von Dorf zu Dorf fahre, mich mit einer Glocke bemerkbar mache und auch an den Haustüren klingle, so wie es die Scherenschleifer früher gemacht haben.

Ein Bekannter meinte, dafür reiche eine normale Gewerbeanmeldung bei der Verbandsgemeinde nicht, sondern ich bräuchte eine Reisegewerbekarte. Stimmt das? Wenn ja, welche Unterlagen brauche ich, wie lange dauert die Bearbeitung und was kostet das? Ein Führungszeugnis würde ich selbstverständlich beantragen.

Vielen Dank für Ihre Hilfe.

Mit freundlichen Grüßen

Karl-Heinz Wiersch",
    ),
    (
        "kinder-stehen-vor-der-schule-im-dunkeln",
        "40",
        "Grundschule Am Sonnenhang
Schulleitung
Schulstraße 10
56648 Saffig
Tel. 02625 4471 · grundschule-saffig@schulen-myk.de

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Saffig, 10. November 2026

Ankunftszeit des Schulbusses aus Kretz und Plaidt seit dem Fahrplanwechsel

Sehr geehrte Damen und Herren,

seit dem Ende der Herbstferien hat sich der Fahrplan der Buslinie, mit der unsere Schülerinnen und Schüler aus Kretz und Plaidt kommen, geändert. Der Bus erreicht die Haltestelle an der Schule jetzt bereits um 7.05 Uhr statt wie bisher um 7.35 Uhr.

Unser Schulgebäude wird um 7.40 Uhr geöffnet, die Aufsicht beginnt um 7.45 Uhr, der Unterricht um 8.00 Uhr. Das bedeutet, dass derzeit 23 Kinder im Alter von sechs bis zehn Jahren jeden Morgen gut eine halbe Stunde im Dunkeln und bei zunehmender Kälte vor dem verschlossenen Schultor warten. Eine Aufsicht können wir zu dieser Zeit personell nicht stellen.

Mehrere Eltern haben sich bereits bei uns beschwert, einige fahren ihre Kinder inzwischen selbst, was wiederum zu gefährlichen Situationen vor der Schule führt.

Wir bitten Sie dringend, sich beim Verkehrsunternehmen dafür einzusetzen, dass die frühere Ankunftszeit wiederhergestellt wird oder ein späterer Bus eingesetzt wird.

Mit freundlichen Grüßen

Martina Bungarten
Rektorin",
    ),
    (
        "grundschule-meldet-sorge-um-zweitklaessler",
        "JA-AND",
        "Grundschule Burgweg
Schulleitung
Burgweg 3
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Jugendamt
Bahnhofstraße 9
56068 Koblenz

Andernach, 12. November 2026

Mitteilung über gewichtige Anhaltspunkte für eine Gefährdung – Schüler der Klasse 2b

Sehr geehrte Damen und Herren,

wir wenden uns an Sie wegen unseres Schülers Noah K., geb. 21.06.2018, Klasse 2b, wohnhaft bei seiner Mutter in der Koblenzer Straße in Andernach. Die vollständigen Personalien finden Sie in der Anlage.

Seit den Sommerferien beobachten wir, dass Noah fast täglich ohne Frühstück in die Schule kommt und im Unterricht über Hunger klagt. Er trägt auch jetzt im November häufig nur ein T-Shirt und Turnschuhe ohne Socken. Hausaufgaben und Materialien fehlen regelmäßig. Am Montag hatte er einen großen Bluterguss am Oberarm. Auf Nachfrage der Klassenlehrerin sagte er, der Freund seiner Mama sei „sauer gewesen“.

Wir haben im Oktober ein Gespräch mit der Mutter geführt; sie hat Besserung zugesagt, sich seither aber trotz zweier Einladungen nicht mehr gemeldet. Die Schulsozialarbeit ist eingebunden. Nach Beratung mit einer insoweit erfahrenen Fachkraft halten wir es für notwendig, Sie jetzt zu informieren.

Für Rückfragen stehen die Klassenlehrerin, Frau Hebel, und die Unterzeichnerin zur Verfügung.

Mit freundlichen Grüßen

Birgit Schaaf
Schulleiterin

Anlage: Dokumentationsbogen (vertraulich)",
    ),
    (
        "vater-allein-mit-drei-kindern",
        "JA-MY",
        "Andreas Nöthen
Polcher Straße 15
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 29. Oktober 2026

Hilfe für unsere Familie

Sehr geehrte Damen und Herren,

ich wende mich an Sie, weil ich nicht weiß, wie es weitergehen soll. Meine Frau ist seit Mitte August wegen einer schweren Depression in einer psychiatrischen Klinik, und die Ärzte sagen, dass es noch mehrere Monate dauern wird. Seitdem bin ich mit unseren drei Kindern allein: Hannah ist 10, Paul 6 und Lotta 3.

Ich arbeite im Schichtdienst bei einer Firma in Mayen, Früh- und Spätschicht im Wechsel. Meine Mutter hat bisher ausgeholfen, ist aber 76 und selbst nicht mehr gesund. Lotta ist im Kindergarten nur bis 14 Uhr angemeldet, und Paul geht in die erste Klasse und braucht viel Unterstützung. Hannah übernimmt schon viel zu viel Verantwortung für ihre Geschwister, sie hat neulich gesagt, sie müsse jetzt die Mama sein.

Die Kinder leiden sehr unter der Situation, Paul nässt wieder ein, und ich selbst schlafe kaum noch. Mein Arbeitgeber ist verständnisvoll, aber ich kann nicht auf Dauer nur halbe Schichten machen.

Gibt es eine Möglichkeit, dass jemand uns im Alltag unterstützt, zum Beispiel eine Familienhilfe oder Betreuung am Nachmittag? Ich bin für jeden Rat dankbar. Erreichbar bin ich unter 0160 7712054.

Mit freundlichen Grüßen

Andreas Nöthen",
    ),
];
