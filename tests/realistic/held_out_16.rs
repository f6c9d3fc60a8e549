//! A sixteenth held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks. Each: a name, the expected
//! department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_16: &[(&str, &str, &str)] = &[
    // ------------------------------------------------------------------ 10
    (
        "fundsache-geldboerse-parkplatz-kreishaus",
        "10",
        "Betreff: Geldbörse gefunden

Guten Tag,

ich habe gestern Abend auf dem Parkplatz hinter dem Kreishaus eine schwarze Geldbörse gefunden. Darin sind ein Führerschein und ein Personalausweis auf den Namen Dieter K., eine EC-Karte und etwa 40 Euro. Ich möchte die Sachen gerne bei Ihnen abgeben. Wann kann ich vorbeikommen, und muss ich dafür einen Termin machen? Auf Finderlohn verzichte ich.

Mit freundlichen Grüßen
Sabine Wehrheim
Moselweg 14
56330 Kobern-Gondorf",
    ),
    (
        "schuetzenbruderschaft-einladung-festkommers",
        "10",
        "St. Sebastianus Schützenbruderschaft Ochtendung 1650 e.V.
Der Brudermeister

Kreisverwaltung Mayen-Koblenz
Herrn Landrat
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 12. März 2025

Einladung zum 375-jährigen Jubiläum unserer Bruderschaft

Sehr geehrter Herr Landrat,

im Namen des Vorstandes lade ich Sie herzlich zu unserem Festkommers anlässlich des 375-jährigen Bestehens unserer Bruderschaft ein. Der Kommers findet am Samstag, dem 14. Juni 2025, um 19.00 Uhr in der Festhalle Ochtendung statt.

Es wäre uns eine große Ehre, wenn Sie ein Grußwort an die Schützenschwestern und Schützenbrüder sowie an die Gäste aus den befreundeten Bruderschaften richten würden. Im Anschluss an die Ehrungen ist ein kleiner Empfang vorgesehen.

Für eine Rückmeldung bis zum 15. Mai 2025 wären wir Ihnen dankbar. Ansprechpartner ist unser Schriftführer, Herr Markus Deis, Tel. 02625 4471.

Mit schützenbrüderlichem Gruß

Norbert Hilgers
Brudermeister",
    ),
    (
        "beschwerde-unfreundlicher-empfang-kein-internet",
        "10",
        "Sehr geehrte Damen und Herren,

seit drei Wochen versuche ich, bei Ihnen in der Kreisverwaltung jemanden telefonisch zu erreichen. Die Zentrale verbindet mich weiter, und dann klingelt es ins Leere, oder ich hänge zwanzig Minuten in der Warteschleife, bis die Verbindung abbricht.

Letzten Montag bin ich deshalb mit dem Bus nach Koblenz gefahren und war persönlich am Empfang im Erdgeschoss. Die Dame dort hat mich ausgesprochen unfreundlich abgefertigt, ich solle „halt online einen Termin machen“, und sich dann wieder ihrem Telefon zugewandt. Ich bin 71 Jahre alt und habe kein Internet.

So geht man mit Bürgern nicht um. Ich bitte um eine Stellungnahme und darum, dass man mir mitteilt, wie ich in Zukunft überhaupt jemanden bei Ihnen erreiche.

Hochachtungsvoll
Gerhard Pütz
Am Wingert 3
56170 Bendorf",
    ),
    // ------------------------------------------------------------------ 11
    (
        "bewerbung-bauingenieurin-ausschreibung",
        "11",
        "Lena Schmittgen
Feldstraße 21
56567 Neuwied

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Neuwied, 06.04.2025

Bewerbung als Sachbearbeiterin (m/w/d) in der Bauaufsicht – Ihre Ausschreibung Nr. 2025/014

Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Stellenausschreibung gelesen. Ich bin Bauingenieurin (B. Eng., Hochschule Koblenz) und seit vier Jahren in einem Planungsbüro in Neuwied beschäftigt. Dort bereite ich unter anderem Bauanträge und Bauvoranfragen für private Bauherren vor und stimme sie mit den Behörden ab. Die Seite der Genehmigungsbehörde kennenzulernen, reizt mich sehr.

Eine Eingruppierung nach der ausgeschriebenen Entgeltgruppe 10 TVöD entspricht meinen Vorstellungen. Ich könnte die Stelle unter Einhaltung einer Kündigungsfrist von drei Monaten zum Quartalsende antreten.

Lebenslauf, Zeugnisse und Nachweise füge ich bei. Über eine Einladung zu einem Vorstellungsgespräch freue ich mich.

Mit freundlichen Grüßen
Lena Schmittgen

Anlagen",
    ),
    (
        "schuelerpraktikum-neunte-klasse-tieraerztin",
        "11",
        "Hallo,

ich heiße Mia Kowalski, bin 15 Jahre alt und gehe in die 9. Klasse der Realschule plus in Polch. Wir müssen vom 2. bis 13. Februar 2026 ein Schülerpraktikum machen. Ich möchte später Tierärztin werden und wollte fragen, ob ich das Praktikum bei Ihnen im Veterinäramt machen kann. Wenn ja, schickt meine Schule Ihnen noch eine Praktikumsvereinbarung.

Viele Grüße
Mia Kowalski
Tel. meiner Mutter: 02654 88 1937",
    ),
    (
        "antrag-teilzeit-nach-elternzeit-personalnummer",
        "11",
        "Von: Julia Brenner, Zimmer 214, Tel. -2214
Personalnummer: 40712

Antrag auf Teilzeitbeschäftigung im Anschluss an die Elternzeit

Sehr geehrte Damen und Herren,

meine Elternzeit endet am 31.08.2025. Ich beantrage, meine regelmäßige wöchentliche Arbeitszeit ab dem 01.09.2025 befristet für zwei Jahre von 39 auf 25 Stunden zu reduzieren. Die Arbeitszeit soll sich auf Montag bis Freitag jeweils vormittags verteilen.

Mein Abteilungsleiter hat keine Einwände; seine Stellungnahme liegt bei.

Mit freundlichen Grüßen
Julia Brenner",
    ),
    // ------------------------------------------------------------------ 20
    (
        "rechnung-bueromaterial-toner-papier",
        "20",
        "Büro-Kaiser GmbH & Co. KG
Industriestraße 22
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Zentrale Beschaffung
Bahnhofstraße 9
56068 Koblenz

RECHNUNG Nr. RE-2025-08817
Rechnungsdatum: 04.04.2025
Kundennummer: 10455
Ihre Bestellung: B-0331 vom 27.03.2025
Lieferdatum: 02.04.2025

Pos. 1   50 Pakete Kopierpapier A4, 80 g, je 500 Blatt      229,50 EUR
Pos. 2   20 Stück Tonerkassette schwarz, Typ 59A           1.318,00 EUR
Pos. 3   100 Stück Ordner, 8 cm, blau                        189,00 EUR

Nettobetrag                                                 1.736,50 EUR
zzgl. 19 % USt                                                329,94 EUR
Rechnungsbetrag                                             2.066,44 EUR

Zahlbar innerhalb von 30 Tagen ohne Abzug.
Bankverbindung: Sparkasse Koblenz, IBAN DE44 5705 0120 0000 4471 93
Bitte geben Sie bei Zahlung die Rechnungsnummer an.

USt-IdNr. DE 148 336 902 – Amtsgericht Koblenz HRA 2291",
    ),
    (
        "zweite-mahnung-gebaeudereinigung",
        "20",
        "Gebäudereinigung Sauer & Sohn GmbH
Rheinallee 140, 56575 Weißenthurm

An die
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 11.04.2025

2. Mahnung

Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 10.03.2025 konnten wir für die nachstehende Rechnung noch keinen Zahlungseingang feststellen:

Rechnung Nr. 2025-0117 vom 31.01.2025
Leistung: Unterhaltsreinigung Berufsbildende Schule, Januar 2025
Betrag: 4.876,20 EUR

Wir bitten Sie, den offenen Betrag zuzüglich 5,00 EUR Mahngebühr bis spätestens 25.04.2025 auf unser bekanntes Konto zu überweisen. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen
i. A. Petra Sauer
Buchhaltung",
    ),
    (
        "ratenzahlung-kreiskasse-krankengeld",
        "20",
        "Kassenzeichen 5.0231.004477.8

Sehr geehrte Damen und Herren,

ich habe von der Kreiskasse eine Mahnung über 612,40 Euro bekommen. Ich kann das zurzeit nicht auf einmal bezahlen, weil ich seit Februar krank bin und nur Krankengeld bekomme. Kann ich den Betrag in monatlichen Raten von 50 Euro abzahlen? Die erste Rate würde ich am 1. Mai überweisen.

Mit freundlichen Grüßen
Tobias Kettern
Hauptstraße 51
56751 Polch",
    ),
    // ------------------------------------------------------------------ 30
    (
        "verwaltungsgericht-nachbarklage-zustellung",
        "30",
        "Verwaltungsgericht Koblenz
Geschäftsstelle der 4. Kammer

Landkreis Mayen-Koblenz
vertreten durch den Landrat
Bahnhofstraße 9
56068 Koblenz

Aktenzeichen: 4 K 312/25.KO
Datum: 08.04.2025

In dem verwaltungsgerichtlichen Verfahren

der Frau Renate Oster, Kirchstraße 7, 56295 Lonnig,
– Klägerin –
Prozessbevollmächtigte: Rechtsanwälte Dr. Fuchs & Partner, Koblenz

gegen

den Landkreis Mayen-Koblenz,
– Beklagter –

beigeladen: Herr Peter Gilles, Kirchstraße 9, 56295 Lonnig

wegen Baurechts (Nachbarklage gegen eine Baugenehmigung)

wird Ihnen anliegend die Klageschrift vom 02.04.2025 nebst Anlagen zugestellt. Sie erhalten Gelegenheit zur Klageerwiderung binnen sechs Wochen nach Zustellung. Sie werden gebeten, die vollständigen Verwaltungsvorgänge vorzulegen.

Auf Anordnung
Weber, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle",
    ),
    (
        "anwaeltin-schlagloch-kreisstrasse-felge",
        "30",
        "Rechtsanwältin Katrin Mohr
Schloßstraße 31
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mein Zeichen: 77/25 KM
Koblenz, 03.04.2025

Uwe Steffens ./. Landkreis Mayen-Koblenz
Unfall vom 18.02.2025 auf der K 52

Sehr geehrte Damen und Herren,

hiermit zeige ich an, dass mich Herr Uwe Steffens, Raiffeisenstraße 4, 56294 Kalt, mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine Vollmacht ist beigefügt.

Mein Mandant befuhr am 18.02.2025 gegen 17.40 Uhr mit seinem Pkw die Kreisstraße 52 von Kalt in Richtung Gappenach. Etwa 300 m nach dem Ortsausgang geriet er in ein rund 15 cm tiefes Schlagloch, das weder abgesichert noch durch Verkehrszeichen angekündigt war. Dabei wurden der rechte Vorderreifen und die Felge zerstört und die Spurstange beschädigt.

Das Schlagloch war nach Auskunft von Anwohnern bereits seit Wochen vorhanden. Der Landkreis hat als Träger der Straßenbaulast seine Verkehrssicherungspflicht verletzt.

Der Schaden beläuft sich ausweislich des beigefügten Kostenvoranschlags auf 1.284,60 EUR zuzüglich einer Auslagenpauschale von 25,00 EUR, insgesamt 1.309,60 EUR.

Ich fordere Sie auf, diesen Betrag bis zum 30.04.2025 auf mein Kanzleikonto zu zahlen oder mir Ihren Haftpflichtversicherer zu benennen. Nach fruchtlosem Fristablauf werde ich meinem Mandanten empfehlen, gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen
Katrin Mohr
Rechtsanwältin",
    ),
    (
        "dienstwagen-streift-geparktes-auto",
        "30",
        "Betreff: Schaden an meinem Auto durch ein Fahrzeug der Kreisverwaltung

Hallo,

am Mittwoch, 9. April, gegen 10 Uhr hat ein weißer Kastenwagen mit der Aufschrift Kreisverwaltung Mayen-Koblenz (Kennzeichen MYK-KV 217) beim Rangieren auf dem Parkplatz hinter dem Kreishaus meinen geparkten Wagen an der Fahrertür gestreift. Der Fahrer hat das selbst bemerkt, mir einen Zettel mit seinem Namen hinterlassen und gesagt, ich solle mich an die Verwaltung wenden.

Die Werkstatt schätzt den Schaden auf rund 900 Euro. Wer kümmert sich bei Ihnen um die Regulierung, bzw. über welche Versicherung läuft das? Fotos und Kostenvoranschlag hänge ich an.

Gruß
Marco Engels
Tel. 0170 5528814",
    ),
    // ------------------------------------------------------------------ 32
    (
        "kneipe-musik-bis-vier-uhr-weissenthurm",
        "32",
        "Sehr geehrte Damen und Herren,

wir wohnen direkt gegenüber der Gaststätte „Zum Rheineck“ in der Hauptstraße in Weißenthurm. Seit dort im Januar ein neuer Pächter angefangen hat, läuft freitags und samstags bis drei oder vier Uhr morgens laute Musik bei offener Tür. Die Gäste stehen zum Rauchen auf dem Gehweg, grölen und lassen Flaschen fallen. An Schlaf ist nicht zu denken, und meine Frau muss samstags um sechs zur Arbeit.

Wir haben schon zweimal nachts die Polizei gerufen. Die Beamten haben für Ruhe gesorgt, uns aber gesagt, für die Sperrzeit und die Erlaubnis der Gaststätte sei die Kreisverwaltung zuständig.

Wir bitten Sie dringend, dem Wirt Auflagen zu machen und das zu kontrollieren.

Mit freundlichen Grüßen
Helga und Werner Nolden
Hauptstraße 40
56575 Weißenthurm",
    ),
    (
        "erbe-waffen-verstorbener-vater",
        "32",
        "Stefan Zilles
Am Römerturm 8
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Nachlass meines Vaters Alfons Zilles, zuletzt wohnhaft Obertorstraße 3, 56294 Münstermaifeld

Sehr geehrte Damen und Herren,

mein Vater ist am 2. März 2025 verstorben. Er war Jäger und Sportschütze und besaß nach seiner Waffenbesitzkarte zwei Repetierbüchsen, eine Bockflinte und eine Pistole. Die Waffen und die Munition befinden sich noch in seinem Waffenschrank im Haus in Münstermaifeld; die Schlüssel habe ich an mich genommen und verwahre sie bei mir.

Ich selbst habe keine Erlaubnis und bin weder Jäger noch Schütze. Bitte teilen Sie mir mit, was ich jetzt tun muss: ob ich die Waffen als Erbe behalten kann oder ob ich sie abgeben bzw. über einen Händler verkaufen muss, und bis wann.

Kopien der Sterbeurkunde, des Erbscheins und der Waffenbesitzkarte liegen bei.

Mit freundlichen Grüßen
Stefan Zilles",
    ),
    (
        "portal-antrag-imbiss-mit-ausschank-mendig",
        "32",
        "Online-Antrag über das Serviceportal
Eingang: 07.04.2025, 14:22 Uhr
Vorgangsnummer: SP-2025-117403

Leistung: Gaststättenerlaubnis beantragen

Antragsteller/in: Kemal Yıldız
Geburtsdatum: 14.06.1988
Anschrift: Bahnhofstraße 3, 56743 Mendig
Telefon: 0157 3362 4410

Art des Betriebs: Imbiss mit Sitzplätzen (Döner, Pizza), Ausschank von Bier und Wein
Betriebsstätte: Brauerstraße 12, 56743 Mendig
Gastraum: 38 qm, 24 Sitzplätze, zusätzlich 12 Außenplätze
Geplante Öffnungszeiten: Mo–So 11:00–23:00 Uhr
Geplante Eröffnung: 01.06.2025

Bemerkungen: Die Abnahme der Küche durch die Lebensmittelkontrolle ist schon angefragt. Führungszeugnis und Auszug aus dem Gewerbezentralregister sind beantragt und werden nachgereicht. Unterrichtungsnachweis der IHK liegt bei.",
    ),
    // ------------------------------------------------------------------ 33
    (
        "verlaengerung-aufenthaltserlaubnis-kein-termin",
        "33",
        "Sehr geehrte Damen und Herren,

meine Aufenthaltserlaubnis nach § 18b AufenthG läuft am 30.05.2025 ab. Im Online-Kalender finde ich seit Wochen keinen freien Termin. Bitte geben Sie mir einen Termin zur Verlängerung. Mein Arbeitsvertrag ist inzwischen unbefristet.

Mit freundlichen Grüßen
Dr. Arjun Menon
geb. 03.11.1990
Rheinstraße 88
56170 Bendorf",
    ),
    (
        "rechtsanwalt-familiennachzug-botschaft-zustimmung",
        "33",
        "Rechtsanwalt Hasan Demir
Fachanwalt für Migrationsrecht
Löhrstraße 100
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mein Zeichen: 112/25 D
Koblenz, 09.04.2025

Mandant: Herr Yonas Tesfaye, geb. 01.01.1992,
wohnhaft Am Sportplatz 2, 56218 Mülheim-Kärlich

Sehr geehrte Damen und Herren,

in obiger Angelegenheit zeige ich die Vertretung von Herrn Tesfaye an; Vollmacht anbei.

Meinem Mandanten wurde mit Bescheid des Bundesamtes die Flüchtlingseigenschaft zuerkannt. Seine Ehefrau und die beiden gemeinsamen Kinder im Alter von vier und sieben Jahren halten sich derzeit in Addis Abeba auf. Sie haben bei der Deutschen Botschaft Visa zum Familiennachzug beantragt. Nach Auskunft der Botschaft wurden die Vorgänge am 12.03.2025 zur Beteiligung an Ihre Behörde übermittelt.

Ich bitte um Mitteilung des Sachstandes sowie um Akteneinsicht durch Übersendung der Akte in meine Kanzlei. Da die Familie seit über zwei Jahren getrennt lebt, bitte ich um eine zügige Zustimmung. Sollte bis zum 15.05.2025 keine Entscheidung vorliegen, behalte ich mir weitere rechtliche Schritte vor.

Mit freundlichen Grüßen
Hasan Demir
Rechtsanwalt",
    ),
    (
        "malerbetrieb-azubi-mit-duldung",
        "33",
        "Malerbetrieb Hoffmann GmbH
Mayener Straße 61
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 10.04.2025

Herr Ahmad Rahimi, geb. 05.09.2001, wohnhaft Bachstraße 12, 56299 Ochtendung

Sehr geehrte Damen und Herren,

wir möchten Herrn Rahimi zum 1. August 2025 als Auszubildenden zum Maler und Lackierer einstellen. Er hat bei uns bereits ein Praktikum gemacht und sich sehr bewährt. Herr Rahimi besitzt eine Duldung, die von Ihrer Behörde ausgestellt wurde. Nach Auskunft der Handwerkskammer darf er die Ausbildung erst beginnen, wenn Sie die Beschäftigung erlaubt haben.

Den unterschriebenen Ausbildungsvertrag und eine Beschreibung der Tätigkeit fügen wir bei. Bitte teilen Sie uns mit, ob Sie weitere Unterlagen benötigen und ob für ihn für die Dauer der Ausbildung eine Ausbildungsduldung in Betracht kommt.

Mit freundlichen Grüßen
Frank Hoffmann
Geschäftsführer",
    ),
    // ------------------------------------------------------------------ 36
    (
        "anhoerungsbogen-sohn-war-fahrer",
        "36",
        "Aktenzeichen 702.118457.3

Zu Ihrem Anhörungsbogen vom 28.03.2025 wegen Geschwindigkeitsüberschreitung in Ochtendung:
Ich war nicht der Fahrer. Den Wagen hatte an dem Tag mein Sohn. Weitere Angaben mache ich nicht.

Klaus Henrichs
Höhrer Straße 22, 56179 Vallendar",
    ),
    (
        "kontaktformular-kennzeichen-gestohlen",
        "36",
        "Kontaktformular www.kvmyk.de
Gesendet: 14.04.2025, 07:51 Uhr

Name: Petra Roos
Anschrift: Raiffeisenstraße 17, 56642 Kruft
E-Mail: p.roos@web-post.de
Thema: Sonstiges

Nachricht:
In der Nacht zum Sonntag wurde mir an meinem Auto das hintere Kennzeichen MYK-PR 412 abgeschraubt. Anzeige bei der Polizei in Andernach ist erstattet, Vorgangsnummer liegt mir vor. Was muss ich mitbringen, um ein neues Schild zu bekommen, brauche ich dafür einen Termin, und darf ich bis dahin mit nur einem Kennzeichen fahren?",
    ),
    (
        "rentnerin-rollator-blauer-ausweis-parken",
        "36",
        "Sehr geehrte Damen und Herren,

ich bin 79 Jahre alt und kann seit meiner zweiten Hüftoperation nur noch mit dem Rollator ein paar Schritte gehen. Das Versorgungsamt hat mir jetzt einen Schwerbehindertenausweis mit 80 und dem Merkzeichen aG ausgestellt.

Meine Tochter fährt mich zum Arzt und zum Einkaufen, findet aber nie einen Parkplatz in der Nähe. Man hat mir gesagt, dass ich bei Ihnen den blauen Ausweis bekomme, mit dem man auf den Behindertenparkplätzen stehen darf. Was muss ich dafür tun? Eine Kopie meines Ausweises und ein Passbild lege ich schon bei.

Mit freundlichen Grüßen
Margarete Schäfer
Lindenallee 6
56220 Urmitz",
    ),
    // ------------------------------------------------------------------ 39
    (
        "pferde-im-schlamm-ohne-wasser",
        "39",
        "Betreff: Pferde ohne Wasser und Unterstand – bitte dringend nachsehen

Guten Tag,

auf einer Weide an der Straße zwischen Ochtendung und Bassenheim (Feldweg Richtung Wald, gegenüber dem Aussiedlerhof) stehen seit Wochen drei Pferde knöcheltief im Schlamm. Es gibt keinen Unterstand, das Wasserfass ist seit Tagen leer, und mindestens ein Pferd ist sichtbar abgemagert, man sieht Rippen und Hüftknochen. Ein anderes lahmt stark vorne links. Den Besitzer habe ich dort noch nie gesehen.

Fotos von Sonntag hänge ich an. Ich möchte gegenüber dem Halter anonym bleiben, bin für Rückfragen aber unter dieser Adresse erreichbar.

Mit freundlichen Grüßen
C. Mertens",
    ),
    (
        "labrador-urlaub-schottland-gesundheitszeugnis",
        "39",
        "Hallo,

wir fahren im Juli mit unserem Labrador für drei Wochen nach Schottland. Unsere Tierärztin sagt, seit dem Brexit braucht man dafür ein Tiergesundheitszeugnis, das vom Amtstierarzt unterschrieben werden muss. Wie läuft das ab, brauchen wir einen Termin und was kostet das? Der Hund ist gechippt, gegen Tollwut geimpft und hat einen EU-Heimtierausweis.

Viele Grüße
Familie Lenz, Kettig",
    ),
    (
        "metzgerei-hackfleisch-handschuhe-kuehltheke",
        "39",
        "Sehr geehrte Damen und Herren,

ich möchte Ihnen Zustände in einer Metzgerei in der Innenstadt von Vallendar (Fleischerei Beck, Hellenstraße) melden.

Am Freitag habe ich dort 500 g Hackfleisch gekauft, das zu Hause schon grau war und säuerlich gerochen hat, obwohl es laut Verkäuferin morgens frisch gemacht war. Außerdem ist mir aufgefallen, dass die Verkäuferin mit denselben Handschuhen kassiert und danach wieder Aufschnitt angefasst hat. In der Kühltheke lag offene Wurst direkt neben rohem Geflügel.

Ich finde, da sollte einmal jemand zur Kontrolle vorbeischauen, bevor jemand krank wird. Ich wusste nicht, ob das Gesundheitsamt dafür zuständig ist, deshalb schicke ich es an die allgemeine Adresse. Den Kassenbon habe ich noch.

Mit freundlichen Grüßen
Ingrid Bauer
Löhrstraße 5
56179 Vallendar",
    ),
    // ------------------------------------------------------------------ 40
    (
        "portal-fahrkarte-gymnasium-koblenz",
        "40",
        "Online-Antrag Serviceportal
Eingang: 02.05.2025, 21:14 Uhr
Leistung: Schülerbeförderung – Antrag auf Fahrkarte

Schüler/in: Ben Altmeyer
Geburtsdatum: 22.02.2015
Wohnanschrift: Im Wiesengrund 8, 56332 Dieblich
Schule ab Schuljahr 2025/26: Gymnasium auf der Karthause, Koblenz
Klassenstufe: 5
Länge des Schulwegs (einfach): ca. 14,5 km
Gewünschte Beförderung: Schülerjahreskarte Bus
Erziehungsberechtigte/r: Claudia Altmeyer
Telefon: 02607 9730 15

Bemerkung: Die Karte für unsere ältere Tochter (Klasse 8, gleiche Schule) kommt jedes Jahr über die Schule. Kann die Karte für Ben genauso laufen?",
    ),
    (
        "eltern-schulbus-ueberfuellt-kinder-stehen-gelassen",
        "40",
        "Betreff: Bus morgens 7.12 Uhr ab Gappenach überfüllt – Kinder bleiben an der Haltestelle stehen

Sehr geehrte Damen und Herren,

wir schreiben Ihnen im Namen mehrerer Eltern aus Gappenach. Der Bus, der morgens um 7.12 Uhr an der Haltestelle „Kirche“ Richtung Münstermaifeld abfährt, ist seit Beginn des Halbjahres regelmäßig so voll, dass die Kinder im Gang gedrängt stehen müssen. Letzte Woche hat der Fahrer an zwei Tagen jeweils sieben oder acht Kinder einfach an der Haltestelle stehen lassen. Die Kinder kamen über eine Stunde zu spät zum Unterricht, weil erst der nächste Linienbus fuhr. Manche Eltern mussten zur Arbeit und konnten nicht einspringen.

Wir bitten dringend darum, einen größeren Bus oder einen zusätzlichen Bus einzusetzen.

Mit freundlichen Grüßen
Sonja Hennes und Markus Eich
für die Elternvertretung
Kirchstraße 2, 56294 Gappenach",
    ),
    (
        "aussiedlerhof-kinder-mit-auto-zur-haltestelle",
        "40",
        "Guten Tag,

wir wohnen auf einem Aussiedlerhof etwa vier Kilometer außerhalb von Naunheim. Bei uns fährt kein Bus. Die nächste Haltestelle liegt 3,5 km entfernt an der Landstraße, dort gibt es keinen Gehweg und im Winter ist es morgens noch dunkel. Deshalb bringe ich unsere beiden Kinder (1. und 3. Klasse, Grundschule in Münstermaifeld) jeden Morgen mit dem Auto zur Haltestelle und hole sie mittags dort wieder ab.

Bekommen wir dafür irgendeine Entschädigung, zum Beispiel pro Kilometer? Wo und wie muss man das beantragen, und geht das auch rückwirkend für dieses Schuljahr?

Viele Grüße
Martina Schüller
Hof Schüller 1, 56753 Naunheim",
    ),
    // ------------------------------------------------------------------ 50
    (
        "witwe-rente-reicht-nicht-bitte-unterlagen",
        "50",
        "Sehr geehrte Damen und Herren!

Ich bin jetzt 74 Jahre alt und seit mein Mann im vorigen Herbst gestorben ist, reicht das Geld hinten und vorne nicht. Ich bekomme meine eigene Rente von 610 Euro und die Witwenrente von 280 Euro. Die Miete mit Heizung kostet aber schon 560 Euro, dann kommen noch Strom und die Versicherungen. Erspartes habe ich keins mehr, das ist alles für die Beerdigung draufgegangen.

Meine Nachbarin sagt, dass man in meinem Fall vom Amt etwas dazubekommt. Ich schäme mich eigentlich, zu fragen. Können Sie mir bitte die Unterlagen schicken und mir sagen, was ich alles ausfüllen und beilegen muss? Ich kann nicht mehr gut laufen, deshalb schreibe ich.

Hochachtungsvoll
Anneliese Hürter
Bergstraße 19
56218 Mülheim-Kärlich",
    ),
    (
        "bestatter-antrag-bestattungskosten-sohn-buergergeld",
        "50",
        "Bestattungen Krämer – seit 1928
Moselstraße 40
56333 Winningen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Winningen, 07.04.2025

Antrag auf Übernahme der Bestattungskosten nach § 74 SGB XII

Verstorbener: Herr Walter Gier, geb. 12.07.1949, verstorben am 21.03.2025 in Koblenz
zuletzt wohnhaft: Kirchweg 2, 56333 Winningen
Antragsteller: Herr Jürgen Gier (Sohn), Fährstraße 11, 56333 Winningen

Sehr geehrte Damen und Herren,

im Auftrag und mit Vollmacht von Herrn Jürgen Gier reichen wir den beigefügten Antrag ein. Der Verstorbene hat kein Vermögen hinterlassen; das Girokonto wies zum Todestag ein Guthaben von 212,37 EUR auf. Herr Gier bezieht selbst Bürgergeld, der aktuelle Bescheid des Jobcenters liegt bei. Weitere Angehörige sind nicht vorhanden.

Die Bestattung wurde als einfache Urnenbeisetzung auf dem Friedhof Winningen durchgeführt. Unsere Rechnung über 3.218,00 EUR sowie der Gebührenbescheid der Gemeinde für die Grabstelle sind beigefügt.

Wir bitten um Übernahme der Kosten und, soweit möglich, um Zahlung direkt an uns.

Mit freundlichen Grüßen
Elke Krämer",
    ),
    (
        "klassenfahrt-berlin-wohngeld-zuschuss",
        "50",
        "Betreff: Zuschuss Klassenfahrt

Hallo,

mein Sohn Luca fährt im Juni mit seiner Klasse (7b, IGS Weißenthurm) fünf Tage nach Berlin, das kostet 385 Euro. Wir bekommen Wohngeld und Kinderzuschlag, kein Bürgergeld. Die Klassenlehrerin hat gesagt, dass man die Kosten beim Kreis über Bildung und Teilhabe beantragen kann. Was brauchen Sie von mir? Die Bestätigung der Schule mit den Kosten habe ich schon.

Gruß
Sandra Pohl
Kärlicher Straße 5
56575 Weißenthurm",
    ),
    // ------------------------------------------------------------------ 51
    (
        "unterhaltsvorschuss-vater-zahlt-nicht-bendorf",
        "51",
        "Jessica Wagner
Sayner Straße 31
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Antrag auf Unterhaltsvorschuss

Sehr geehrte Damen und Herren,

hiermit beantrage ich Unterhaltsvorschuss für meine Tochter Emily Wagner, geb. 17.08.2019, die bei mir lebt. Der Vater, Herr Dennis Krupp, zahlt seit Januar 2025 keinen Unterhalt mehr und ist für mich nicht mehr erreichbar. Zuletzt wohnte er in Neuwied, seine jetzige Adresse kenne ich nicht.

Den ausgefüllten Antrag, die Geburtsurkunde und die Meldebescheinigung lege ich bei.

Mit freundlichen Grüßen
Jessica Wagner",
    ),
    (
        "kontaktformular-rechtsanspruch-betreuungsplatz-mendig",
        "51",
        "Kontaktformular www.kvmyk.de
Gesendet: 22.04.2025, 22:05 Uhr

Name: Laura und Tim Becker
Anschrift: Laacher-See-Straße 14, 56743 Mendig
Telefon: 02652 5839 20
Thema: Familie und Kinder

Nachricht:
Unser Sohn Noah wird am 10.09.2025 ein Jahr alt. Wir haben ihn schon im November in drei Kitas in Mendig und Thür angemeldet, aber überall nur Absagen oder einen Platz auf der Warteliste bekommen. Ich muss am 1. Oktober wieder arbeiten. Wir machen hiermit den Rechtsanspruch auf einen Betreuungsplatz ab dem ersten Geburtstag geltend und bitten Sie, uns einen Platz in einer Kita oder bei einer Tagesmutter in zumutbarer Entfernung nachzuweisen.",
    ),
    (
        "grundschule-polch-mitteilung-schueler-haematome",
        "51",
        "Grundschule Polch
Die Schulleitung

An die Kreisverwaltung Mayen-Koblenz
– vertraulich –

Polch, 10.04.2025

Mitteilung nach § 4 KKG – Schüler Jonas M., Klasse 2b

Sehr geehrte Damen und Herren,

wir möchten Sie über gewichtige Anhaltspunkte für eine Gefährdung des Wohls unseres Schülers Jonas M., geb. 14.03.2017, informieren. Jonas lebt bei seiner Mutter, Frau Nadine M., An der Nette 9, 56751 Polch.

Jonas kommt seit einigen Wochen regelmäßig ohne Frühstück und in ungewaschener, nicht wettergerechter Kleidung zur Schule. Der Klassenlehrerin sind mehrfach blaue Flecken an beiden Oberarmen aufgefallen, zu deren Herkunft er ausweichend antwortet. Er fehlt häufig unentschuldigt und wirkt zunehmend verängstigt. Zu einem vereinbarten Gespräch am 03.04.2025 ist die Mutter nicht erschienen.

Die Klassenlehrerin, Frau Reuter, steht Ihnen für Rückfragen unter 02654 9460 10 zur Verfügung.

Mit freundlichen Grüßen
B. Lambert
Rektorin",
    ),
    // ------------------------------------------------------------------ 53
    (
        "fax-pflegeheim-brechdurchfall-norovirus",
        "53",
        "TELEFAX

Seniorenzentrum St. Josef Vallendar
Pflegedienstleitung
Tel. 0261 6402 300 / Fax 0261 6402 399

An: Kreisverwaltung Mayen-Koblenz
Datum: 16.04.2025
Seiten: 3 (inkl. Deckblatt)

Meldung eines gehäuften Auftretens von Erbrechen und Durchfall

Sehr geehrte Damen und Herren,

hiermit melden wir ein Ausbruchsgeschehen in unserer Einrichtung. Seit dem 14.04.2025 sind im Wohnbereich 2 insgesamt neun Bewohnerinnen und Bewohner sowie drei Mitarbeitende an akutem Erbrechen und Durchfall erkrankt. Bei zwei Bewohnern wurde im Labor Norovirus nachgewiesen.

Der Wohnbereich ist abgetrennt, Besuche sind bis auf Weiteres untersagt, erkrankte Mitarbeitende sind freigestellt, Flächendesinfektion mit viruzidem Mittel erfolgt zweimal täglich. Die Liste der Erkrankten liegt bei.

Wir bitten um Rückruf und Beratung zum weiteren Vorgehen, insbesondere zur Wiederaufnahme von Besuchen.

Mit freundlichen Grüßen
M. Hartung, PDL",
    ),
    (
        "eigener-brunnen-altes-haus-trinkwasser",
        "53",
        "Guten Tag,

wir haben ein altes Haus in Kobern-Gondorf gekauft, auf dessen Grundstück sich noch ein eigener Brunnen befindet. Wir würden das Wasser gerne zum Trinken und Kochen nutzen, zumindest aber für die Toilettenspülung und den Garten. Muss der Brunnen bei Ihnen angezeigt werden, und wo können wir das Wasser untersuchen lassen? Welche Werte sollten wir prüfen lassen, es wohnen auch zwei kleine Kinder im Haus?

Mit freundlichen Grüßen
Familie Schneider
Bergweg 2, 56330 Kobern-Gondorf",
    ),
    (
        "baeckerei-neue-verkaeuferinnen-erstbelehrung",
        "53",
        "Bäckerei Mertes
Inh. Heike Mertes
Hochstraße 4
56321 Rhens

Sehr geehrte Damen und Herren,

wir stellen zum 1. Mai zwei neue Verkäuferinnen und einen Aushilfsbäcker ein. Die drei brauchen vor Arbeitsbeginn ja die Erstbelehrung nach dem Infektionsschutzgesetz (früher Gesundheitszeugnis). Gibt es bei Ihnen noch Termine vor Ende April, oder kann man das inzwischen auch online machen? Eine der Damen spricht nur wenig Deutsch – gibt es die Belehrung auch auf Russisch?

Mit freundlichen Grüßen
Heike Mertes",
    ),
    // ------------------------------------------------------------------ 63
    (
        "nachbar-doppelgarage-an-grenze-ohne-genehmigung",
        "63",
        "Sehr geehrte Damen und Herren,

mein Nachbar auf dem Grundstück Moselstraße 12 in Kobern-Gondorf (Flur 3, Flurstück 145) hat in den letzten drei Wochen direkt an unserer gemeinsamen Grundstücksgrenze eine Doppelgarage mit Flachdach errichtet. Sie ist nach meiner Messung gut 9 m lang und über 3 m hoch, dazu kommt ein Geländer auf dem Dach, das offenbar als Dachterrasse genutzt werden soll. Unsere Terrasse liegt seitdem ab mittags im Schatten.

Auf meine Nachfrage sagte der Nachbar, so etwas brauche keine Genehmigung. Das bezweifle ich. Ich bitte Sie, zu prüfen, ob das Bauwerk zulässig ist, und gegebenenfalls einzuschreiten. Fotos liegen bei.

Mit freundlichen Grüßen
Rolf Wendling
Moselstraße 14
56330 Kobern-Gondorf",
    ),
    (
        "architekt-nachreichung-unterlagen-einfamilienhaus",
        "63",
        "Architekturbüro Kern + Lehnen
Freie Architekten
Mainzer Straße 88
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
z. Hd. Frau Lauer
Bahnhofstraße 9
56068 Koblenz

Koblenz, 15.04.2025

Ihr Az.: 63-BA-0412/25
Bauvorhaben: Neubau eines Einfamilienhauses mit Doppelgarage
Bauherren: Eheleute Thomas und Nicole Bach
Baugrundstück: Gemarkung Ochtendung, Flur 12, Flurstück 233/4, Am Sonnenhang 17

Sehr geehrte Frau Lauer,

bezugnehmend auf Ihr Schreiben vom 27.03.2025 reichen wir die angeforderten Unterlagen in zweifacher Ausfertigung nach:

– überarbeiteter Lageplan mit Darstellung der Abstandsflächen
– Standsicherheitsnachweis
– Entwässerungsplan mit Zustimmung der Verbandsgemeindewerke
– Stellplatznachweis

Die Höhe der Garage wurde entsprechend Ihrem Hinweis auf 2,95 m reduziert. Wir bitten um Fortsetzung des Verfahrens.

Mit freundlichen Grüßen
Dipl.-Ing. Andreas Kern
Architekt",
    ),
    (
        "landwirt-alter-kuhstall-umbau-wohnungen",
        "63",
        "Josef Sünner
Hof Sünner
56294 Münstermaifeld-Mörz

Sehr geehrte Damen und Herren,

ich bewirtschafte einen landwirtschaftlichen Betrieb in Mörz. Die Milchviehhaltung habe ich im vergangenen Jahr aufgegeben; der alte Kuhstall (Baujahr 1962, massiv, etwa 18 mal 12 Meter) steht seitdem leer. Ich möchte ihn zu zwei Wohnungen für meinen Sohn und dessen Familie und einer Ferienwohnung umbauen.

Der Hof liegt außerhalb des Ortes. Bevor ich einen Architekten beauftrage und Geld ausgebe, möchte ich verbindlich wissen, ob so ein Umbau dort überhaupt erlaubt wird. Bitte teilen Sie mir mit, welche Unterlagen ich für eine Bauvoranfrage einreichen muss und was das ungefähr kostet.

Mit freundlichen Grüßen
Josef Sünner",
    ),
    // ------------------------------------------------------------------ 70
    (
        "graue-tonne-dritte-mal-nicht-geleert-deckel",
        "70",
        "Sehr geehrte Herren,

zum dritten Mal in diesem Jahr ist bei uns die graue Tonne nicht geleert worden, obwohl sie wie immer ab sechs Uhr morgens an der Straße stand. Der Wagen ist einfach vorbeigefahren. Jetzt quillt alles über und es riecht.

Außerdem ist beim letzten Mal der Deckel von der Biotonne abgebrochen, als sie vom Wagen heruntergeknallt ist. Ich bitte um baldige Leerung und einen neuen Deckel.

Mit freundlichen Grüßen
Hubert Krings
Schulstraße 8
56218 Mülheim-Kärlich",
    ),
    (
        "ortsbuergermeister-abfall-am-wirtschaftsweg",
        "70",
        "Ortsgemeinde Kretz
Der Ortsbürgermeister

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kretz, 14.04.2025

Ablagerung von Abfällen am Wirtschaftsweg „Auf der Kaul“

Sehr geehrte Damen und Herren,

am vergangenen Wochenende wurden am Wirtschaftsweg zwischen Kretz und Kruft, etwa 200 m hinter dem Grillplatz, erneut Abfälle abgeladen: rund 15 Säcke Bauschutt, zwei Autoreifen, ein Kühlschrank und mehrere Eimer mit Farbresten. Die Stelle liegt im Gemeindewald. Die Polizei wurde informiert.

In einem der Säcke befanden sich Briefumschläge mit einer Anschrift, die wir nicht geöffnet haben. Wir bitten um Beseitigung der Abfälle und um Prüfung, ob der Verursacher herangezogen werden kann. Fotos und ein Lageplan sind beigefügt.

Mit freundlichen Grüßen
Dirk Weber
Ortsbürgermeister",
    ),
    (
        "muellgebuehren-sohn-ausgezogen-neues-konto",
        "70",
        "Betreff: Bescheid 2025 – Kundennummer 7-0044518

Guten Tag,

im Bescheid für 2025 werden bei uns noch vier Personen und eine 120-Liter-Restmülltonne berechnet. Unser Sohn ist aber zum 1. Februar nach Trier gezogen (Abmeldebestätigung anbei), wir sind nur noch zu dritt. Außerdem möchten wir auf die 80-Liter-Tonne wechseln. Bitte korrigieren Sie den Bescheid entsprechend.

Die Gebühren sollen ab sofort von unserem neuen Konto abgebucht werden; das unterschriebene SEPA-Lastschriftmandat liegt bei.

Mit freundlichen Grüßen
Familie Reif
Am Hochsimmer 11, 56743 Mendig",
    ),
    // ------------------------------------------------------------------ JA-AND
    (
        "andernach-beistandschaft-vaterschaft-unterhalt",
        "JA-AND",
        "Melanie Lorenz
Koblenzer Straße 77
56626 Andernach

Sehr geehrte Damen und Herren,

ich beantrage eine Beistandschaft für meinen Sohn Finn Lorenz, geb. 03.02.2024. Der Vater, Herr Kevin Adam, hat die Vaterschaft bisher nicht anerkannt und weicht jedem Gespräch aus. Ich bitte um Unterstützung bei der Feststellung der Vaterschaft und bei der Geltendmachung des Kindesunterhalts. Die Geburtsurkunde liegt bei.

Mit freundlichen Grüßen
Melanie Lorenz",
    ),
    (
        "familiengericht-umgang-ladung-stellungnahme",
        "JA-AND",
        "Amtsgericht Andernach
– Familiengericht –

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Az.: 62 F 118/25
Andernach, 09.04.2025

Familiensache betreffend das Kind Lina Schwarz, geb. 11.05.2018

Beteiligte:
1. Kindesmutter Jana Schwarz, Breite Straße 23, 56626 Andernach
2. Kindesvater Marcel Roth, Engerser Straße 5, 56564 Neuwied
   Verfahrensbevollmächtigter: Rechtsanwalt Jörg Lind, Neuwied

wegen Regelung des Umgangs

Sehr geehrte Damen und Herren,

in der vorbezeichneten Sache wird Ihnen der Antrag des Kindesvaters vom 31.03.2025 zur Kenntnis übersandt. Das Kind lebt bei der Mutter in Andernach. Sie werden als zuständiges Jugendamt am Verfahren beteiligt und gebeten, bis zum Termin eine Stellungnahme abzugeben.

Termin zur Erörterung ist bestimmt auf Dienstag, 13.05.2025, 10.30 Uhr, Sitzungssaal 104.

Auf Anordnung
Krebs, Justizangestellte",
    ),
    (
        "andernach-namedy-paar-pflegekind-info",
        "JA-AND",
        "Hallo,

mein Mann und ich (beide Anfang 40, eine eigene Tochter von 12 Jahren) überlegen schon länger, ein Pflegekind bei uns aufzunehmen, gerne auch für kürzere Zeit. Gibt es bei Ihnen Informationsabende, oder kann man einen Termin für ein erstes Gespräch vereinbaren?

Viele Grüße
Katrin und Oliver Stein
Im Rheinblick 4
56626 Andernach-Namedy",
    ),
    // ------------------------------------------------------------------ JA-MY
    (
        "mayen-unverheiratet-vaterschaft-sorgeerklaerung",
        "JA-MY",
        "Betreff: Termin Vaterschaftsanerkennung und gemeinsames Sorgerecht

Guten Tag,

meine Freundin ist im siebten Monat schwanger, wir sind nicht verheiratet. Wir möchten schon vor der Geburt die Vaterschaft anerkennen und das gemeinsame Sorgerecht erklären. Geht das bei Ihnen, was müssen wir mitbringen und wie bekommen wir einen Termin?

Gruß
Daniel Fuchs und Sarah Klein
Koblenzer Straße 102
56727 Mayen",
    ),
    (
        "polizeiinspektion-einsatz-haeusliche-gewalt-kinder",
        "JA-MY",
        "Polizeipräsidium Koblenz
Polizeiinspektion Mayen

An die Kreisverwaltung Mayen-Koblenz
per Fax

Vorgangsnummer: 2025-0418-117
Mayen, 13.04.2025

Mitteilung über einen Einsatz wegen häuslicher Gewalt – minderjährige Kinder im Haushalt

Am 12.04.2025 gegen 23.15 Uhr wurde eine Streife zur Wohnung der Familie K., Am Brückentor 5, 56727 Mayen, gerufen. Der Vater, Sven K., hatte unter erheblichem Alkoholeinfluss die Mutter, Tanja K., geschlagen und gewürgt. Sie erlitt Prellungen im Gesicht und am Hals.

Im Haushalt leben die gemeinsamen Kinder Leonie (6 Jahre) und Max (3 Jahre). Beide waren beim Eintreffen der Beamten wach und haben den Vorfall nach Angaben der Mutter mit angesehen. Gegen den Vater wurde eine Wohnungsverweisung mit Rückkehrverbot für zehn Tage ausgesprochen, ein Strafverfahren wurde eingeleitet. Die Mutter wurde auf die Beratungsstelle hingewiesen.

Wir bitten um Kenntnisnahme und Prüfung in eigener Zuständigkeit.

Im Auftrag
Möller, PHK",
    ),
    (
        "mayen-hausen-tagesmutter-kosten-formular",
        "JA-MY",
        "Kontaktformular www.kvmyk.de
Gesendet: 28.04.2025, 12:40 Uhr

Name: Aylin Demir
Anschrift: St.-Veit-Straße 23, 56727 Mayen
Thema: Familie und Kinder

Nachricht:
Meine Tochter (16 Monate) soll ab August von einer Tagesmutter in Mayen-Hausen betreut werden, weil ich wieder Vollzeit arbeite. Die Tagesmutter hat gesagt, ich muss die Förderung beim Jugendamt beantragen, dann werden die Kosten teilweise übernommen. Welche Formulare brauche ich, und muss ich mein Einkommen nachweisen?",
    ),
];
