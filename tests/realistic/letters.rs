//! Letters as a county receives them, written for the routing test by hand — not by the
//! generator's templates, so they test the shipped rules on wording they were not built from.
//! Each: a name, the expected department, the text.

pub const LETTERS: &[(&str, &str, &str)] = &[
    (
        "anhoerung-verwarnungsgeld",
        "36",
        "Stefan Kuhn
Lindenweg 4
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bußgeldstelle
Bahnhofstraße 9
56068 Koblenz

Mendig, 12.11.2026

Ihr Schreiben vom 3.11.2026 – Verwarnung mit Verwarnungsgeld, Kennzeichen MYK-SK 88

Sehr geehrte Damen und Herren,

zu dem Vorwurf, ich hätte am 28. Oktober in Kottenheim 17 km/h zu schnell gefahren, möchte ich
mich äußern. Ich war an diesem Tag nicht selbst am Steuer; das Fahrzeug hatte mein Sohn
ausgeliehen. Bitte richten Sie das Verfahren an ihn.

Mit freundlichen Grüßen
Stefan Kuhn",
    ),
    (
        "kfz-abmeldung",
        "36",
        "Helga Brenner
Rheinallee 17
56575 Weißenthurm

An die Kreisverwaltung
56068 Koblenz

Abmeldung meines Pkw

Sehr geehrte Damen und Herren,

ich möchte meinen Opel Corsa zum Monatsende abmelden, da ich aus gesundheitlichen Gründen nicht
mehr fahre. Die Kennzeichenschilder und die Zulassungsbescheinigung Teil I lege ich bei. Bitte
teilen Sie mir mit, ob noch Gebühren anfallen.

Freundliche Grüße
Helga Brenner",
    ),
    (
        "aufenthalt-verlaengerung",
        "33",
        "Amina Haddad
Koblenzer Straße 51
56727 Mayen

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

Verlängerung meiner Aufenthaltserlaubnis

Sehr geehrte Damen und Herren,

meine Aufenthaltserlaubnis läuft am 15. Januar 2027 ab. Ich arbeite seit zwei Jahren als
Pflegefachkraft im Krankenhaus Mayen und bitte um einen Termin zur Verlängerung. Meinen
Arbeitsvertrag und die Gehaltsnachweise der letzten drei Monate füge ich bei.

Mit freundlichen Grüßen
Amina Haddad",
    ),
    (
        "bauantrag-carport",
        "63",
        "Architekturbüro Lenz · Marktplatz 2 · 56751 Polch

Kreisverwaltung Mayen-Koblenz
Untere Bauaufsichtsbehörde
56068 Koblenz

Polch, 20. November 2026

Neubau eines Carports mit Geräteraum, Gemarkung Polch, Flur 7, Flurstück 112

Sehr geehrte Damen und Herren,

im Auftrag unserer Bauherren, Eheleute Schmitt, reichen wir die Unterlagen für das oben genannte
Vorhaben ein: Lageplan, Bauzeichnungen, Baubeschreibung und die Unterschriften der Nachbarn.
Wir bitten um Prüfung und Erteilung der Genehmigung.

Mit freundlichen Grüßen
Dipl.-Ing. Markus Lenz",
    ),
    (
        "kita-noro",
        "53",
        "Kindertagesstätte Sonnenschein
Schulstraße 3
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Gesundheitsamt
56068 Koblenz

Meldung nach § 34 IfSG

Sehr geehrte Damen und Herren,

seit Montag sind in unserer Einrichtung neun Kinder und zwei Erzieherinnen an Brechdurchfall
erkrankt. Der Kinderarzt vermutet Noroviren. Wir haben die Eltern informiert und die Reinigung
verstärkt. Bitte teilen Sie uns mit, welche weiteren Maßnahmen erforderlich sind.

Mit freundlichen Grüßen
Sabine Roth, Leitung",
    ),
    (
        "trinkwasser-befund",
        "53",
        "Labor Dr. Weiß GmbH – Industriestraße 9 – 56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Gesundheitsamt
56068 Koblenz

Prüfbericht 2026-4471, Wasserversorgung Ortsgemeinde Lonnig

Sehr geehrte Damen und Herren,

bei der Probe vom 24.11.2026 am Hochbehälter Lonnig wurden coliforme Bakterien nachgewiesen
(12 KBE/100 ml). Der Befund überschreitet den Grenzwert der Trinkwasserverordnung. Wir
empfehlen eine Nachprobe und informieren parallel den Versorger.

Mit freundlichen Grüßen
Dr. Andrea Weiß",
    ),
    (
        "grundsicherung",
        "50",
        "Werner Pohl
Am Bach 6
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

Antrag auf Grundsicherung im Alter

Sehr geehrte Damen und Herren,

meine Rente beträgt nur 712 Euro im Monat, davon zahle ich 430 Euro Miete. Ich bitte um
Leistungen der Grundsicherung. Rentenbescheid, Mietvertrag und Kontoauszüge liegen bei.

Mit freundlichen Grüßen
Werner Pohl",
    ),
    (
        "hilfe-zur-pflege",
        "50",
        "Caritas-Altenzentrum St. Josef
Kirchweg 1
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Sozialamt
56068 Koblenz

Bewohnerin Frau Gertrud Sommer, geb. 04.05.1936

Sehr geehrte Damen und Herren,

Frau Sommer lebt seit dem 1. Oktober in unserem Haus. Ihr Einkommen und Vermögen reichen für
die Heimkosten nicht aus. Wir beantragen in ihrem Namen Hilfe zur Pflege und bitten um
Kostenübernahme ab Einzug.

Mit freundlichen Grüßen
Verwaltung",
    ),
    (
        "beistandschaft-andernach",
        "JA-AND",
        "Laura Becker
Hochstraße 22
56626 Andernach

An das Jugendamt

Beistandschaft für meine Tochter Mia

Sehr geehrte Damen und Herren,

der Vater meiner Tochter zahlt seit Juli keinen Unterhalt mehr. Ich bitte um eine
Beistandschaft, damit der Unterhalt festgestellt und eingefordert wird. Die Geburtsurkunde und
die letzte Zahlung lege ich in Kopie bei.

Mit freundlichen Grüßen
Laura Becker",
    ),
    (
        "toter-kuh",
        "39",
        "Landwirt Josef Wagner
Hofgut Wagner
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

Sehr geehrte Damen und Herren,

heute Morgen habe ich auf der Weide eine tote Kuh gefunden, ein Rind aus meinem Bestand, vier
Jahre alt, Ohrmarke DE 07 123 45678. Das Tier war gestern noch gesund. Die Tierkörperbeseitigung
ist bestellt. Muss das Tier vorher untersucht werden?

Mit freundlichen Grüßen
Josef Wagner",
    ),
    (
        "schulbus-fahrkarte",
        "40",
        "Familie Yilmaz
Bergstraße 40
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

Fahrkarte für den Schulbus

Sehr geehrte Damen und Herren,

unser Sohn Emre wechselt nach den Herbstferien auf die Realschule plus in Vallendar. Der Weg ist
über vier Kilometer lang. Bitte stellen Sie ihm eine Schülerfahrkarte aus; die
Schulbescheinigung liegt bei.

Viele Grüße
Deniz Yilmaz",
    ),
    (
        "rechnung-heizung",
        "20",
        "Haustechnik Kramer GmbH
Gewerbepark 12
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

RECHNUNG Nr. 2026-0815
Leitweg-ID: 07137000-KVMYK-10

Wartung der Heizungsanlage im Kreishaus, Auftrag vom 02.11.2026
Nettobetrag 1.480,00 EUR, USt 19 % 281,20 EUR, Gesamtbetrag 1.761,20 EUR
Zahlbar innerhalb von 30 Tagen auf DE02 5705 0120 0000 1234 56.

Mit freundlichen Grüßen
Haustechnik Kramer",
    ),
    (
        "mahnung-buero",
        "20",
        "Bürobedarf Schulz OHG
Löhrstraße 80
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Kämmerei
56068 Koblenz

Zahlungserinnerung

Sehr geehrte Damen und Herren,

unsere Lieferung von Druckerpapier vom 8. Oktober ist noch offen. Bitte überweisen Sie den
Betrag von 342,70 EUR bis zum 15. Dezember.

Mit freundlichen Grüßen
Bürobedarf Schulz",
    ),
    (
        "bewerbung-ausbildung",
        "11",
        "Leonie Fischer
Eichendorffweg 3
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Personalabteilung
56068 Koblenz

Ausbildung zur Verwaltungsfachangestellten 2027, Kennziffer 2026-34

Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Stellenanzeige gelesen. Im Sommer schließe ich die
Realschule ab und möchte gern in der Verwaltung arbeiten. Meinen Lebenslauf und meine
Zeugnisse finden Sie in der Anlage.

Mit freundlichen Grüßen
Leonie Fischer",
    ),
    (
        "klageschrift",
        "30",
        "Verwaltungsgericht Koblenz
Deinhardpassage 1
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

In dem Verwaltungsrechtsstreit
Müller ./. Landkreis Mayen-Koblenz
Az.: 4 K 812/26.KO

wird Ihnen die Klageschrift vom 25.11.2026 mit der Gelegenheit zur Stellungnahme binnen
vier Wochen übersandt.

Der Vorsitzende",
    ),
    (
        "anwalt-widerspruch",
        "30",
        "Kanzlei Hoffmann & Kollegen – Rechtsanwälte – Schloßstraße 8 – 56068 Koblenz

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

Ihr Bescheid vom 10.11.2026, Az. 32-144/26

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Karl Brandt vertreten; Vollmacht anbei. Namens und im Auftrag
unseres Mandanten legen wir gegen den oben genannten Bescheid Widerspruch ein. Die Begründung
folgt nach Akteneinsicht.

Mit freundlichen Grüßen
Hoffmann, Rechtsanwalt",
    ),
    (
        "sperrmuell",
        "70",
        "Jürgen Klein
Waldstraße 9
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

Sehr geehrte Damen und Herren,

ich möchte einen Termin für die Abholung von Sperrmüll anmelden: ein altes Sofa, zwei
Schränke und ein Lattenrost. Am liebsten im Januar.

Danke und viele Grüße
Jürgen Klein",
    ),
    (
        "tonne-nicht-geleert",
        "70",
        "Monika Berg
Im Wiesengrund 14
56751 Polch

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

Sehr geehrte Damen und Herren,

zum dritten Mal in Folge wurde unsere Biotonne am Abfuhrtag nicht geleert, obwohl sie pünktlich
am Straßenrand stand. Bitte sorgen Sie dafür, dass sie diese Woche noch abgeholt wird.

Mit freundlichen Grüßen
Monika Berg",
    ),
    (
        "laerm-gaststaette",
        "32",
        "Peter und Anke Lorenz
Marktstraße 5
56743 Mendig

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

Sehr geehrte Damen und Herren,

seit dem Sommer hat die Gaststätte gegenüber bis weit nach Mitternacht geöffnet. Gäste stehen
laut rauchend vor der Tür, die Musik ist bis 2 Uhr zu hören. Wir können nicht mehr schlafen.
Wir bitten Sie, die Einhaltung der Sperrzeit zu kontrollieren.

Mit freundlichen Grüßen
Peter und Anke Lorenz",
    ),
    (
        "waffenbesitzkarte",
        "32",
        "Thomas Engel
Jägerpfad 2
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

Eintragung einer Langwaffe

Sehr geehrte Damen und Herren,

ich habe am 21.11.2026 eine Repetierbüchse bei Waffen Schäfer in Koblenz erworben und bitte um
Eintragung in meine Waffenbesitzkarte. Die Erwerbsanzeige liegt bei.

Mit freundlichen Grüßen
Thomas Engel",
    ),
    (
        "gewerbeanmeldung",
        "32",
        "Sandra Kraus
Burgstraße 11
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

Sehr geehrte Damen und Herren,

ab dem 1. Januar möchte ich nebenberuflich ein Gewerbe als Hundefriseurin betreiben. Bitte
senden Sie mir das Formular zur Gewerbeanmeldung zu oder sagen Sie mir, ob das online geht.

Vielen Dank
Sandra Kraus",
    ),
    (
        "kita-platz-mayen",
        "JA-MY",
        "Julia Schäfer
St.-Veit-Straße 30
56727 Mayen

Sehr geehrte Damen und Herren,

ich suche für meinen Sohn Paul (14 Monate) ab März einen Platz in einer Kindertagesstätte
oder bei einer Tagesmutter, da ich wieder arbeiten gehe. Können Sie mir helfen?

Mit freundlichen Grüßen
Julia Schäfer",
    ),
    (
        "tierschutz-hund",
        "39",
        "Anonym

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

Sehr geehrte Damen und Herren,

in der Hauptstraße 7 in Polch wird ein Hund seit Wochen bei jedem Wetter an der Kette im Hof
gehalten. Er ist abgemagert und hat oft kein Wasser. Bitte schauen Sie sich die Tierhaltung
dort an.

Ein besorgter Nachbar",
    ),
    (
        "fuehrerschein-umtausch",
        "36",
        "Erika Neumann
Gartenstraße 19
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
56068 Koblenz

Umtausch meines Führerscheins

Sehr geehrte Damen und Herren,

ich habe noch den grauen Führerschein von 1979 und muss ihn bis Januar umtauschen. Welche
Unterlagen brauchen Sie und muss ich persönlich kommen?

Mit freundlichen Grüßen
Erika Neumann",
    ),
];
