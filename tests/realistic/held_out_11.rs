//! An eleventh held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks: its day-one result is the
//! honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_11: &[(&str, &str, &str)] = &[
    (
        "waehlergruppe-unterstuetzungsunterschriften-kreistagswahl",
        "10",
        "Von: Bernd Sauerborn <b.sauerborn@buergerliste-maifeld.de>
Betreff: Formblätter Unterstützungsunterschriften Kreistagswahl
Datum: 04.02.2026

Sehr geehrte Damen und Herren,

wir sind eine im Herbst gegründete Wählergruppe aus dem Maifeld („Bürgerliste Maifeld e. V.“) und wollen bei der nächsten Kreistagswahl mit einer eigenen Liste antreten. Da wir bisher weder im Kreistag noch im Landtag vertreten sind, brauchen wir nach unserem Verständnis Unterstützungsunterschriften.

Können Sie uns sagen, ab wann die amtlichen Formblätter beim Kreiswahlleiter zu bekommen sind, wie viele Unterschriften für einen Wahlvorschlag nötig sind und ob die Unterzeichner ihr Wahlrecht selbst bei ihrer Verbandsgemeinde bestätigen lassen müssen oder ob das bei Ihnen läuft?

Außerdem interessiert uns, bis zu welchem Tag der Wahlvorschlag spätestens eingereicht sein muss und ob es dazu eine Informationsveranstaltung für neue Gruppierungen gibt.

Mit freundlichen Grüßen
Bernd Sauerborn
Vorsitzender Bürgerliste Maifeld e. V.
Am Kirchberg 3, 56294 Münstermaifeld",
    ),
    (
        "heimatverein-kreistagsprotokolle-nachkriegszeit",
        "10",
        "Heimat- und Geschichtsverein Kobern-Gondorf e. V.
Dr. Gisela Hürter
Lennigstraße 5
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 9. März 2026

Einsicht in Sitzungsniederschriften der Jahre 1946 bis 1952

Sehr geehrte Damen und Herren,

unser Verein arbeitet an einer Chronik über die Aufnahme der Flüchtlinge und Heimatvertriebenen in den Moselorten nach dem Krieg. Nach unseren Recherchen hat der damalige Kreistag mehrfach über die Wohnraumbewirtschaftung und die Verteilung der Flüchtlinge auf die Gemeinden beraten.

Wir möchten daher die Niederschriften des Kreistags und des Kreisausschusses aus den Jahren 1946 bis 1952 einsehen. Bitte teilen Sie uns mit, ob diese Bestände bei Ihnen im Archiv liegen, wann ein Termin möglich ist und ob wir einzelne Seiten fotografieren dürfen oder Kopien gegen Gebühr bestellen müssen. Falls die Unterlagen inzwischen an das Landeshauptarchiv abgegeben wurden, wären wir für einen Hinweis dankbar.

Mit freundlichen Grüßen

Dr. Gisela Hürter
2. Vorsitzende",
    ),
    (
        "it-kennung-gesperrt-zulassungsstelle",
        "10",
        "Von: Jansen, Tobias <t.jansen@kvmyk.de>
An: Service-Desk
Betreff: Kennung gesperrt – Schalter 4 Zulassung
Datum: 16.03.2026, 07:52

Hallo zusammen,

unsere neue Kollegin Frau Demir kommt seit heute früh nicht mehr in ihren Rechner, Meldung „Konto gesperrt“. Vermutlich hat sie am Freitag dreimal das alte Passwort eingetippt. Außerdem fehlt ihr immer noch das Laufwerk S: mit den Vorlagen, das wir schon vor zwei Wochen beantragt hatten (Ticket 2026-1183).

Wir haben heute volle Wartenummern, ein kurzer Rückruf unter 1436 wäre super.

Danke und Gruß
Tobias Jansen
Straßenverkehrsamt – Zulassungsstelle, Sachgebietsleitung",
    ),
    (
        "arbeitsbefreiung-geburt-abfallberater",
        "11",
        "Von: Weiler, Klaus <k.weiler@kvmyk.de>
Betreff: Arbeitsbefreiung Geburt / Elternzeit
Datum: 23.02.2026

Hallo Frau Brück,

meine Frau hat am Samstag unsere Tochter Emma zur Welt gebracht, beiden geht es gut. Ich möchte dafür den einen Tag Arbeitsbefreiung nehmen, am liebsten morgen, den 24.02. Die Geburtsurkunde reiche ich nach, sobald das Standesamt sie ausgestellt hat.

Außerdem plane ich zwei Monate Elternzeit ab dem 1. Juli. Reicht dafür eine formlose Mail oder gibt es ein Formular? Und muss ich das Kind auch irgendwo melden, damit sich beim Familienzuschlag etwas ändert?

Die Termine für die Kompostberatung und den Infostand zur Biotonne in Polch habe ich schon mit Herrn Fuchs getauscht, das ist in unserer Abteilung geregelt.

Viele Grüße
Klaus Weiler
Abfallberatung",
    ),
    (
        "witwengeld-amtsrat-im-ruhestand-weissenthurm",
        "11",
        "Hildegard Mohr
Hauptstraße 61
56575 Weißenthurm

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, den 8. April 2026

Tod meines Mannes Herbert Mohr, geb. 11.07.1946

Sehr geehrte Damen und Herren,

mein Mann Herbert Mohr war bis zu seiner Pensionierung 2011 als Amtsrat bei Ihnen in der Bauabteilung tätig und hat seitdem sein Ruhegehalt bezogen. Er ist am 2. April nach langer Krankheit verstorben.

Der Bestatter sagte mir, dass ich als Witwe Sterbegeld und Witwengeld beantragen muss. Die Beerdigung kann ich aus unseren Ersparnissen selbst bezahlen, es geht mir nur um die weitere Versorgung. Eine Kopie der Sterbeurkunde lege ich bei.

Bitte teilen Sie mir mit, welche Unterlagen Sie noch brauchen und auf welches Konto die Zahlungen künftig gehen sollen. Das gemeinsame Girokonto bei der Sparkasse bleibt bestehen.

Mit freundlichen Grüßen
Hildegard Mohr",
    ),
    (
        "krankenkasse-entgeltbescheinigung-krankengeld",
        "11",
        "BKK Vulkaneifel
Leistungsabteilung Krankengeld
Postfach 1240
56722 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Datum: 14.04.2026
Unser Zeichen: KG-0815-2291

Anforderung der Entgeltbescheinigung zur Berechnung des Krankengeldes

Versicherte: Sandra Klöckner, geb. 14.05.1981
Versichertennummer: K 219 448 103
Arbeitgeber: Kreisverwaltung Mayen-Koblenz
Arbeitsunfähig seit: 02.03.2026
Ende der Entgeltfortzahlung laut Versicherter: 12.04.2026

Sehr geehrte Damen und Herren,

Ihre oben genannte Beschäftigte hat bei uns Krankengeld beantragt. Eine Entgeltbescheinigung liegt uns bisher nicht vor. Bitte übermitteln Sie diese umgehend auf dem elektronischen Meldeweg, damit wir die Zahlung aufnehmen können. Geben Sie bitte auch an, ob während der Arbeitsunfähigkeit Einmalzahlungen oder ein Krankengeldzuschuss gezahlt werden.

Mit freundlichen Grüßen
Im Auftrag
R. Steffens",
    ),
    (
        "ortsgemeinde-kreisumlage-abschlag-gewerbesteuer-rueckzahlung",
        "20",
        "Ortsgemeinde Welling
Der Ortsbürgermeister
Schulstraße 2
56753 Welling

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Welling, 19. März 2026

Abschlagszahlung auf die Kreisumlage zum 15. Mai 2026 – Bitte um Stundung

Sehr geehrte Damen und Herren,

durch einen geänderten Steuerbescheid des Finanzamts müssen wir einem ortsansässigen Unternehmen Gewerbesteuer aus drei Jahren zurückzahlen, insgesamt rund 410.000 Euro. Damit ist unsere Liquidität für das zweite Quartal aufgebraucht, der Liquiditätskredit ist bereits ausgeschöpft.

Der Ortsgemeinderat hat mich beauftragt, um Stundung der Abschlagszahlung auf die Kreisumlage zum 15. Mai bis zum 15. August 2026 zu bitten. Die Verbandsgemeindekasse ist informiert und kann Ihnen die Zahlen gern bestätigen. Außerdem bitten wir um Auskunft, ob die Rückzahlung bei der Berechnung der Umlagegrundlagen für das nächste Jahr berücksichtigt wird.

Mit freundlichen Grüßen
Jürgen Holzapfel
Ortsbürgermeister",
    ),
    (
        "bank-angebot-liquiditaetskredit",
        "20",
        "Von: Markus Engel <markus.engel@raiba-maifeld-mosel.de>
Betreff: Ihre Anfrage Liquiditätskredit vom 04.03.2026 – indikatives Angebot
Datum: 06.03.2026

Sehr geehrte Frau Schmitz,

vielen Dank für Ihre Anfrage zur Aufnahme eines Liquiditätskredits über 5.000.000 Euro mit einer Laufzeit von drei Monaten (Valuta 16.03.2026).

Wir können Ihnen heute indikativ einen Festzinssatz von 2,31 % p. a. anbieten, Zinsberechnung act/360, Zinszahlung endfällig, keine Bereitstellungsprovision. Das verbindliche Angebot übermitteln wir Ihnen am Abrufstag bis 10:30 Uhr per Fax und Mail, die Annahme müsste bis 11:30 Uhr telefonisch erfolgen.

Für die Einrichtung benötigen wir noch die aktuelle Unterschriftenliste der Zeichnungsberechtigten, die bei uns hinterlegte stammt aus 2023.

Mit freundlichen Grüßen
Markus Engel
Kommunalkundenbetreuung
Raiffeisenbank Maifeld-Mosel eG",
    ),
    (
        "schuldnerberatung-vergleichsangebot-offene-forderungen",
        "20",
        "Caritasverband Rhein-Eifel
Schuldner- und Insolvenzberatung
Kelberger Straße 12
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 27.02.2026

Unser Klient: Dennis Wagner, geb. 03.09.1988, Am Mühlbach 4, 56751 Polch
Ihre Kassenzeichen: 5.0231.448901 und 5.0700.112733

Außergerichtlicher Einigungsversuch – Vergleichsangebot

Sehr geehrte Damen und Herren,

Herr Wagner hat uns mit der Wahrnehmung seiner Interessen beauftragt, eine Vollmacht liegt bei. Nach unserer Aufstellung bestehen bei Ihnen noch zwei Forderungen: die Rückforderung von Wohngeld aus 2024 über 1.240,00 Euro sowie rückständige Abfallgebühren über 312,50 Euro, jeweils zuzüglich Mahn- und Vollstreckungskosten. Die Vollstreckungsstelle hat zuletzt eine Kontopfändung angekündigt.

Herr Wagner bezieht Bürgergeld und hat weitere Gläubiger. Eine Stiftung hat ihm einmalig 600,00 Euro zur Schuldenregulierung zugesagt. Wir bieten Ihnen zur Abgeltung beider Forderungen einen Betrag von 600,00 Euro an, zahlbar innerhalb von zwei Wochen nach Ihrer Zustimmung.

Bitte sehen Sie bis zu Ihrer Entscheidung von weiteren Vollstreckungsmaßnahmen ab.

Mit freundlichen Grüßen
Petra Hoffmann
Schuldnerberaterin",
    ),
    (
        "bauaufsicht-bittet-rechtliche-einschaetzung-nachbarwiderspruch",
        "30",
        "Von: Simons, Anke <a.simons@kvmyk.de>
Betreff: Bitte um rechtliche Einschätzung – Nachbarwiderspruch Az. 63-BG-2025-0712
Datum: 20.03.2026

Liebe Kolleginnen und Kollegen,

wir bitten um Ihre Einschätzung in folgendem Fall: Für ein Mehrfamilienhaus in Bendorf-Sayn haben wir am 10.09.2025 die Baugenehmigung erteilt. Dem östlichen Nachbarn wurde die Genehmigung nicht zugestellt, weil er im Verfahren nicht beteiligt war. Der Rohbau steht inzwischen. Mit Schreiben vom 18.03.2026 hat der Nachbar über seinen Anwalt Widerspruch eingelegt und rügt die Abstandsfläche.

Fragen:
1. Ist der Widerspruch noch fristgerecht oder greift Verwirkung, weil der Nachbar die Bauarbeiten seit Oktober sehen konnte?
2. Müssen wir den Widerspruch dem Kreisrechtsausschuss vorlegen, wenn wir ihm nicht abhelfen?
3. Wie sollen wir mit dem Antrag des Anwalts auf sofortigen Baustopp umgehen?

Die Bauakte schicke ich Ihnen gern per Hauspost. Eine Antwort bis Ende des Monats wäre hilfreich, der Bauherr drängt.

Viele Grüße
Anke Simons
Bauaufsicht",
    ),
    (
        "anwalt-terminverlegung-kreisrechtsausschuss",
        "30",
        "Rechtsanwälte Fuchs & Kettenbach
Löhrstraße 88
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ihr Az.: KRA 112/25
Koblenz, 24.03.2026

Widerspruchssache Meurer ./. Landkreis Mayen-Koblenz
hier: Ladung zur mündlichen Verhandlung am 23.04.2026, 10:00 Uhr

Sehr geehrte Damen und Herren,

für die Ladung zur Sitzung des Kreisrechtsausschusses danken wir. Der Unterzeichner ist an diesem Tag jedoch bereits vor dem Landgericht Trier in einer seit langem terminierten Sache geladen; die Ladung fügen wir in Kopie bei.

Wir beantragen daher, den Termin zu verlegen. Unser Mandant ist einverstanden. Möglich wären aus unserer Sicht der 28. oder 30. April sowie jeder Tag in der ersten Maiwoche.

Mit freundlichen Grüßen
Dr. Ralf Kettenbach
Rechtsanwalt",
    ),
    (
        "versicherer-rueckfrage-wasserschaden-untergeschoss",
        "30",
        "Kommunaler Schadenausgleich Südwest
Abteilung Sachschaden
Postfach 3019
55020 Mainz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Schadennummer: SA-26-004417
Ihr Zeichen: Vers 2026/07
Mainz, 11.03.2026

Wasserschaden im Untergeschoss des Kreishauses vom 24.02.2026

Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihrer Schadenanzeige. Danach ist durch eine undichte Leitung Wasser in die Räume des Untergeschosses gelangt; betroffen sind nach Ihren Angaben Regale mit Archivgut, ein Serverschrank sowie Bodenbeläge.

Für die weitere Bearbeitung benötigen wir:
- den Bericht des Installateurs zur Schadenursache,
- Kostenvoranschläge für Trocknung und Bodenbelag,
- eine Aufstellung der beschädigten Einrichtung mit Anschaffungsjahr,
- das Angebot der Restaurierungswerkstatt für die Akten.

Bitte teilen Sie uns außerdem mit, ob ein Dritter, etwa eine beauftragte Firma, für den Schaden verantwortlich sein könnte, damit wir einen Regress prüfen können.

Mit freundlichen Grüßen
K. Brenner
Schadensachbearbeiter",
    ),
    (
        "zustellerin-gebissen-rottweiler-ochtendung",
        "32",
        "Mittelrhein Brief GmbH
Zustellstützpunkt Maifeld
Gewerbepark 7
56299 Ochtendung

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 18.03.2026

Meldung eines Hundebisses

Sehr geehrte Damen und Herren,

unsere Zustellerin Frau Jana Kuhl wurde am 16.03.2026 gegen 11 Uhr beim Einwerfen der Post in Ochtendung, Raiffeisenstraße 22, vom Hund des Anwohners angefallen und in die linke Wade gebissen. Es handelt sich um einen großen schwarzen Rottweiler-Mischling. Das Hoftor stand offen, der Hund war nicht angeleint. Frau Kuhl musste ärztlich versorgt werden und ist krankgeschrieben.

Es ist bereits der zweite Vorfall an dieser Adresse; im November wurde ein Kollege angesprungen und konnte sich gerade noch ins Auto retten.

Wir bitten Sie zu prüfen, ob gegen den Halter Auflagen wie Leinen- oder Maulkorbpflicht verhängt werden. Bis auf Weiteres stellen wir dort nur noch zu, wenn der Hund nachweislich gesichert ist. Eine Anzeige bei der Polizei ist erstattet.

Mit freundlichen Grüßen
Sven Lorenz
Stützpunktleiter",
    ),
    (
        "jagdgast-aus-daenemark-drueckjagd",
        "32",
        "Von: Heinz-Peter Bauer <hp.bauer@t-online.de>
Betreff: Jagdschein für ausländischen Jagdgast – Drückjagd 14.11.
Datum: 12.10.2026

Guten Tag,

ich bin Pächter des Jagdbezirks Münstermaifeld-Süd und veranstalte am 14. November eine Drückjagd. Als Gast erwarte ich einen langjährigen Jagdfreund aus Dänemark, Herrn Søren Mikkelsen. Er hat einen gültigen dänischen Jagdschein und einen Europäischen Feuerwaffenpass, in dem seine Büchse eingetragen ist. Er reist am 13.11. an und am 15.11. wieder ab.

Soweit ich weiß, braucht er für die Jagd bei uns einen Tagesjagdschein bzw. Ausländerjagdschein. Welche Unterlagen benötigen Sie dafür (Kopie Jagdschein, Versicherungsnachweis, Passkopie)? Kann ich den Antrag für ihn stellen und den Schein dann abholen?

Mit Waidmannsheil
Heinz-Peter Bauer
Mühlenweg 9, 56294 Münstermaifeld",
    ),
    (
        "schreinerei-saegt-samstags-frueh-kettig",
        "32",
        "Von: Anja und Thomas Reuter <reuter.kettig@gmx.de>
Betreff: Lärm aus der Schreinerei nebenan
Datum: 02.06.2026

Sehr geehrte Damen und Herren,

neben unserem Wohnhaus in Kettig, Bahnhofstraße 31, betreibt Herr Kaspari eine Schreinerei. Seit er im Frühjahr einen großen Auftrag hat, läuft die Kreissäge samstags schon ab halb sieben, unter der Woche oft bis 21 Uhr. Dazu brummt die Absauganlage auf dem Hof ohne Pause, auch bei offenem Tor.

Wir haben zweimal freundlich mit ihm gesprochen, er meint, das sei ein Handwerksbetrieb und das müssten wir hinnehmen. Unser Baby wacht jeden Samstag vom Sägen auf.

Die Ortsgemeinde hat uns gesagt, wir sollen uns an die Kreisverwaltung wenden. Bitte prüfen Sie, ob die Arbeitszeiten und die Anlage so zulässig sind.

Mit freundlichen Grüßen
Anja Reuter",
    ),
    (
        "standesamt-passkopie-verlobter-eheschliessung",
        "33",
        "Verbandsgemeindeverwaltung Weißenthurm
– Standesamt –
Kärlicher Straße 4
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 10.02.2026
Az.: StA 21/2026

Anmeldung zur Eheschließung Melanie Schäfer / Karim Belhadj

Sehr geehrte Damen und Herren,

bei uns haben Frau Melanie Schäfer, deutsche Staatsangehörige, und Herr Karim Belhadj, geb. 02.06.1994, tunesischer Staatsangehöriger, beide wohnhaft in Kettig, die Eheschließung angemeldet.

Herr Belhadj gibt an, sein Reisepass befinde sich bei Ihnen in Verwahrung; er selbst konnte nur eine Kopie vorlegen. Wir bitten um Übersendung einer beglaubigten Kopie des Passes und um Mitteilung, welchen aufenthaltsrechtlichen Status Herr Belhadj derzeit hat. Nach unseren Unterlagen war er zuletzt mit einer Duldung gemeldet.

Mit freundlichen Grüßen
Im Auftrag
Carina Wolff
Standesbeamtin",
    ),
    (
        "klassenfahrt-london-schueler-ohne-pass",
        "33",
        "Von: Matthias Görgen <goergen@rsplus-pellenz.de>
Betreff: Klassenfahrt nach London – zwei Schüler ohne deutschen Pass
Datum: 26.01.2026

Sehr geehrte Damen und Herren,

ich bin Klassenleiter der 9b an der Realschule plus Pellenz in Plaidt. Vom 8. bis 12. Juni fahren wir mit dem Reisebus nach London. Zwei Schüler können nicht einfach mitfahren: Ahmad R. (15) aus Afghanistan hat eine Aufenthaltsgestattung, Nour A. (14) aus Syrien eine Aufenthaltserlaubnis und einen Reiseausweis.

Die Eltern wissen nicht, was sie brauchen. Können die beiden überhaupt nach Großbritannien ausreisen und wieder einreisen? Brauchen sie eine Bescheinigung von Ihnen oder ein Visum, und wie lange dauert das? Beide Familien wohnen in Plaidt. Ich würde die Eltern gern zu einem Termin begleiten, damit die Kinder nicht zuhause bleiben müssen.

Mit freundlichen Grüßen
Matthias Görgen",
    ),
    (
        "eu-buergerin-bescheinigung-daueraufenthalt-mendig",
        "33",
        "Von: Elena Vasilescu <elena.vasilescu88@yahoo.com>
Betreff: Bescheinigung Daueraufenthalt
Datum: 05.05.2026

Hallo,

ich bin aus Rumänien und wohne seit März 2019 in Mendig, Brauerstraße 14. Ich arbeite seit 2019 als Pflegehelferin im Seniorenheim, immer Vollzeit. Mein Mann und ich wollen eine Wohnung kaufen und die Bank fragt nach einem Nachweis, dass ich dauerhaft hier bleiben darf.

Ich habe gelesen, dass EU-Bürger nach fünf Jahren eine Bescheinigung über das Daueraufenthaltsrecht bekommen können. Wie kann ich das beantragen, und was muss ich mitbringen? Arbeitsvertrag und Meldebescheinigung habe ich.

Vielen Dank
Elena Vasilescu",
    ),
    (
        "schwertransport-transformator-umspannwerk",
        "36",
        "Schwerlast Rhein-Mosel GmbH & Co. KG
Hafenstraße 30
56070 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 30.03.2026

Antrag auf Erlaubnis nach § 29 Abs. 3 StVO – Transport eines Transformators

Sehr geehrte Damen und Herren,

im Auftrag des Netzbetreibers transportieren wir einen Leistungstransformator vom Hafen Koblenz zum Umspannwerk bei Kobern-Gondorf.

Transportdaten:
Gesamtgewicht: 98,4 t
Gesamtlänge: 38,20 m, Breite 4,10 m, Höhe 4,45 m
Fahrzeug: Zugmaschine KO-SR 700 mit Tiefbett-Tieflader
Geplanter Transporttag: Nacht vom 21. auf den 22. April 2026, 22 bis 5 Uhr

Der Streckenabschnitt im Kreisgebiet führt über die B 416 und die letzten 1,5 km über die Kreisstraße zum Umspannwerk. Die Statik der Moselbrücke ist vom Netzbetreiber geprüft, der Nachweis liegt bei. Eine Polizeibegleitung ist angefragt.

Wir bitten um Erteilung der Erlaubnis und um Mitteilung etwaiger Auflagen.

Mit freundlichen Grüßen
i. A. Dominik Haas
Disposition Schwertransporte",
    ),
    (
        "fahrzeugbrief-bei-einbruch-gestohlen",
        "36",
        "Von: Uwe Schmitt <uwe.schmitt64@web.de>
Betreff: Fahrzeugbrief gestohlen – Auto soll verkauft werden
Datum: 17.02.2026

Guten Tag,

bei uns in Vallendar, Höhrer Straße 12, wurde am Wochenende eingebrochen. Unter anderem ist der Ordner mit unseren Unterlagen weg, darin auch der Fahrzeugbrief (Zulassungsbescheinigung Teil II) für unseren VW Passat, Kennzeichen MYK-US 640. Die Anzeige bei der Polizeiinspektion Bendorf ist erstattet, Vorgangsnummer liegt vor.

Wir wollten den Passat nächste Woche an einen Händler verkaufen. Wie bekomme ich einen neuen Brief? Muss ich persönlich kommen und brauche ich einen Termin? Meinen Personalausweis habe ich bei der Verbandsgemeinde schon neu beantragt, ich habe zur Zeit also nur die vorläufige Bescheinigung.

Mit freundlichen Grüßen
Uwe Schmitt",
    ),
    (
        "bussgeld-ratenzahlung-auszubildender",
        "36",
        "Von: Leon Kaiser <leon.kaiser2005@gmail.com>
Betreff: Ratenzahlung Aktenzeichen 36.2.261.118774.9
Datum: 09.03.2026

Sehr geehrte Damen und Herren,

ich habe den Bescheid wegen der Geschwindigkeitsüberschreitung auf der L 52 bei Polch bekommen, insgesamt 188,50 Euro. Ich akzeptiere das, ich war zu schnell.

Ich bin aber im ersten Lehrjahr und bekomme 870 Euro Ausbildungsvergütung, davon gehen Miete und Fahrkosten ab. Ich kann den Betrag nicht auf einmal bezahlen. Wäre es möglich, in Raten von 40 Euro im Monat zu zahlen, ab April? Eine Kopie meiner Verdienstabrechnung hänge ich an.

Vielen Dank und freundliche Grüße
Leon Kaiser
Mayener Straße 7, 56751 Polch",
    ),
    (
        "katze-nach-japan-amtliche-bestaetigung",
        "39",
        "Von: Julia Nakamura <julia.nakamura@posteo.de>
Betreff: Umzug nach Japan mit Katze – Bestätigung Gesundheitszeugnis
Datum: 14.08.2026

Hallo,

wir ziehen im Oktober mit unserer Katze Mochi nach Osaka. Chip, Tollwutimpfungen und Titertest sind erledigt. Die japanische Einfuhrbehörde verlangt, dass das Gesundheitszeugnis unserer Tierärztin in Mülheim-Kärlich kurz vor dem Flug amtstierärztlich bestätigt wird.

Wie läuft das bei Ihnen ab, brauche ich einen Termin und muss die Katze mitkommen? Der Flug ist am 19.10.

Danke und viele Grüße
Julia Nakamura",
    ),
    (
        "tote-schwaene-rheinufer-andernach",
        "39",
        "Von: Gerd Pohl <gerd.pohl@freenet.de>
Betreff: Drei tote Schwäne am Rhein in Andernach
Datum: 27.01.2026

Sehr geehrte Damen und Herren,

beim Spaziergang heute Morgen habe ich am Rheinufer in Andernach, etwa 200 Meter unterhalb des Anlegers, drei tote Schwäne im Ufergebüsch gefunden, ein weiterer saß apathisch daneben. Weil man so viel von Vogelgrippe hört, wollte ich das melden. Da laufen jeden Tag Hunde und Kinder vorbei.

Bei der Stadt hieß es, dafür sei die Kreisverwaltung zuständig. Ich kann Ihnen die Stelle gern zeigen, Telefon 02632 48117.

Mit freundlichen Grüßen
Gerd Pohl",
    ),
    (
        "caterer-kita-essen-kommt-lauwarm",
        "39",
        "Elternausschuss der Kita St. Martin Ochtendung
c/o Sabrina Krebs
Heckenweg 3
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 21.04.2026

Mittagessen vom Caterer – Bitte um Kontrolle

Sehr geehrte Damen und Herren,

unsere Kita wird seit Januar vom Menüservice Eifelküche aus Polch beliefert. Die Erzieherinnen haben mehrfach gemessen, dass das Essen nur noch mit 40 bis 45 Grad ankommt. Die Warmhalteboxen schließen nicht richtig, einmal war das Hähnchen innen noch rosa, ein anderes Mal roch die Soße säuerlich. Krank geworden ist bisher zum Glück kein Kind.

Die Kita-Leitung und der Träger haben sich beim Caterer beschwert, aber es ändert sich nichts. Wir bitten Sie daher, den Betrieb in Polch und die Anlieferung zu überprüfen. Den Vertrag mit dem Caterer klärt der Träger, uns geht es um die Sicherheit des Essens.

Mit freundlichen Grüßen
Sabrina Krebs
Vorsitzende des Elternausschusses",
    ),
    (
        "busstreik-taxikosten-erstattung-mertloch",
        "40",
        "Stefanie Hürth
Lindenstraße 15
56753 Mertloch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mertloch, 10. März 2026

Erstattung von Fahrtkosten während des Busstreiks

Sehr geehrte Damen und Herren,

während des Streiks vom 24. bis 26. Februar ist der Bus, mit dem unsere Tochter Hanna (Klasse 7) zum Gymnasium in Polch fährt, an allen drei Tagen ausgefallen. Eine Ersatzbeförderung gab es nicht. Da Hanna in dieser Woche zwei Klassenarbeiten schrieb, haben wir uns mit zwei anderen Familien aus Mertloch ein Taxi geteilt. Unser Anteil betrug 96 Euro, die Quittungen liegen bei.

Die Schülerfahrkarte ist für das ganze Schuljahr bezahlt. Wir bitten daher um Erstattung der Taxikosten auf unser Konto IBAN DE41 5705 0120 0018 4432 07.

Mit freundlichen Grüßen
Stefanie Hürth",
    ),
    (
        "elternbeirat-igs-toiletten-defekt",
        "40",
        "Schulelternbeirat der IGS Maifeld
Vorsitzender Frank Lehnen
Schulzentrum 1
56751 Polch

An den Schulträger
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 15.01.2026

Zustand der Schülertoiletten im Altbau

Sehr geehrte Damen und Herren,

seit über einem Jahr sind im Altbau unserer Schule von acht Jungentoiletten nur noch drei benutzbar. Türen fehlen oder lassen sich nicht abschließen, die Spülungen laufen ständig, und im Winter riecht es im ganzen Flur. Viele Kinder trinken den ganzen Vormittag nichts, um nicht auf die Toilette zu müssen.

Die Schulleitung hat die Schäden nach unserer Kenntnis mehrfach gemeldet. Wir bitten um eine Auskunft, wann die angekündigte Sanierung beginnt und ob bis dahin wenigstens die Türen und Spülungen repariert werden können. Ist die Maßnahme im Haushalt für dieses Jahr eingeplant?

Eine Kopie dieses Schreibens geht an die Fraktionen im Kreistag.

Mit freundlichen Grüßen
Frank Lehnen",
    ),
    (
        "schulbuchausleihe-kostenfrei-drei-kinder-wohngeld",
        "40",
        "Von: Daniela Kurz <daniela.kurz@gmx.net>
Betreff: Schulbuchausleihe – Antrag auf kostenlose Ausleihe für drei Kinder
Datum: 04.06.2026

Sehr geehrte Damen und Herren,

meine drei Kinder besuchen die Realschule plus in Weißenthurm (Klassen 5 und 8) und das Gymnasium in Andernach (Klasse 11). Für das kommende Schuljahr möchte ich die Schulbücher kostenlos ausleihen, weil wir seit Februar Wohngeld bekommen. Der Wohngeldbescheid liegt als Anlage bei.

Leider habe ich erst jetzt gesehen, dass die Frist für den Antrag schon im Mai war. Kann der Antrag trotzdem noch berücksichtigt werden? Bei drei Kindern wäre die Leihgebühr für uns sehr viel Geld. Wir wohnen in Weißenthurm, Hauptstraße 102.

Mit freundlichen Grüßen
Daniela Kurz",
    ),
    (
        "optiker-kostenvoranschlag-brille-gemeinschaftsunterkunft",
        "50",
        "Augenoptik Steinbach
Marktplatz 4
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 12.02.2026

Kostenvoranschlag Sehhilfe für Herrn Yonas Tesfay, geb. 01.01.1999

Sehr geehrte Damen und Herren,

Herr Tesfay wohnt in der Gemeinschaftsunterkunft in Mendig und erhält nach eigener Aussage Leistungen nach dem Asylbewerberleistungsgesetz. Laut augenärztlicher Verordnung benötigt er eine Brille mit -6,25 bzw. -5,75 Dioptrien; ohne Brille kann er weder lesen noch am Sprachkurs teilnehmen.

Wir übersenden den Kostenvoranschlag über 189,00 Euro (Einstärkengläser mit Entspiegelung, einfache Fassung) und bitten um Kostenübernahme. Die Verordnung und die Kopie seines Ausweises liegen bei.

Mit freundlichen Grüßen
Augenoptik Steinbach
Petra Steinbach, Augenoptikermeisterin",
    ),
    (
        "freizeitassistenz-tochter-werkstatt-vallendar",
        "50",
        "Monika Wirges
Hillscheider Straße 20
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 22. Mai 2026

Antrag auf Assistenz in der Freizeit für meine Tochter Lea Wirges, geb. 03.08.2001

Sehr geehrte Damen und Herren,

meine Tochter Lea hat eine geistige Behinderung und lebt bei uns zu Hause. Sie arbeitet in der Werkstatt in Bendorf und wird jeden Tag vom Fahrdienst der Werkstatt abgeholt. Unter der Woche ist sie gut versorgt.

An den Wochenenden sitzt sie aber nur noch zu Hause. Früher war sie im Schwimmverein, allein kann sie dorthin nicht. Mein Mann und ich sind beide über 65 und schaffen es nicht mehr, sie überallhin zu begleiten. Wir möchten deshalb eine Assistenz beantragen, die Lea etwa acht Stunden am Wochenende begleitet, zum Schwimmen, ins Kino oder zu Freunden.

Bitte schicken Sie uns die nötigen Formulare und teilen Sie mit, wie es weitergeht. Den Schwerbehindertenausweis (GdB 80, Merkzeichen G und B) lege ich in Kopie bei.

Mit freundlichen Grüßen
Monika Wirges",
    ),
    (
        "wohngeld-erstantrag-altenpflegerin-teilzeit",
        "50",
        "Antrag auf Mietzuschuss – Begleitschreiben

Antragstellerin: Jessica Theisen, geb. 19.11.1990
Anschrift: Kärlicher Straße 44, 56575 Weißenthurm
Haushalt: 3 Personen (ich, Sohn Ben 8 J., Tochter Mila 5 J.)
Kaltmiete: 720 Euro, Nebenkosten 190 Euro
Einkommen: Teilzeit Altenpflegerin, 28 Std./Woche, ca. 1.650 Euro netto

Sehr geehrte Damen und Herren,

anbei sende ich meinen Antrag auf Wohngeld mit den Gehaltsabrechnungen der letzten drei Monate und dem Mietvertrag. Den Unterhaltsvorschuss für Ben und Mila bekomme ich vom Jugendamt, den Bescheid habe ich als Einkommensnachweis beigelegt. Das Kindergeld ist auf dem Kontoauszug zu sehen.

Ich bin erst im Januar nach der Trennung in die Wohnung gezogen. Bitte sagen Sie mir Bescheid, falls noch etwas fehlt. Am besten erreichen Sie mich nachmittags unter 0176 2249183.

Mit freundlichen Grüßen
Jessica Theisen",
    ),
    (
        "familiengericht-sorgerecht-kinder-muenstermaifeld",
        "51",
        "Amtsgericht Mayen
– Familiengericht –
St.-Veit-Straße 38
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Geschäftsnummer: 8 F 214/26
Mayen, 02.04.2026

In der Familiensache
Krämer, Tanja ./. Krämer, Sebastian
betreffend die elterliche Sorge für
Mia Krämer, geb. 12.06.2017, und Jonas Krämer, geb. 28.01.2020,
beide wohnhaft bei der Kindesmutter in 56294 Münstermaifeld-Küttig, Im Wingert 6

wird das Jugendamt gemäß § 162 FamFG am Verfahren beteiligt. Die Kindesmutter beantragt die Übertragung der alleinigen elterlichen Sorge. Der Kindesvater ist nach Köln verzogen.

Das Jugendamt wird um schriftliche Stellungnahme bis zum 30.04.2026 sowie um Teilnahme am Anhörungstermin am 07.05.2026, 9:30 Uhr, Saal 104, gebeten. Antragsschrift und Erwiderung sind in Abschrift beigefügt.

Auf Anordnung
Jung, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle",
    ),
    (
        "unterhaltsvorschuss-vater-in-haft-plaidt",
        "51",
        "Von: Natascha Brühl <nata.bruehl@web.de>
Betreff: Unterhalt für meinen Sohn – Vater sitzt im Gefängnis
Datum: 13.02.2026

Hallo,

ich bin alleinerziehend und wohne mit meinem Sohn Elias (6) in Plaidt, Niederstraße 19. Der Vater von Elias hat bisher 250 Euro im Monat gezahlt. Seit Januar ist er in Haft in der JVA Diez und zahlt nichts mehr, er sagt, er verdient da drin fast nichts.

Eine Freundin meinte, ich kann dann Unterhaltsvorschuss bekommen. Stimmt das, und welche Unterlagen brauchen Sie? Geburtsurkunde und die alte Unterhaltsurkunde vom Notar habe ich. Ich arbeite halbtags im Supermarkt.

Vielen Dank
Natascha Brühl",
    ),
    (
        "zahnarzt-sorge-kariesgebiss-bendorf",
        "51",
        "Zahnarztpraxis Dr. Alexandra Weyand
Hauptstraße 48
56170 Bendorf

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 05.03.2026

Mitteilung wegen Sorge um das Wohl eines Kindes

Sehr geehrte Damen und Herren,

nach Abwägung und nach einem Gespräch mit einer insoweit erfahrenen Fachkraft wende ich mich an Sie wegen der vierjährigen Chantal P., wohnhaft bei ihrer Mutter in Bendorf, Am Sayner Hang 7.

Chantal hat zwölf kariöse Milchzähne und einen Abszess im Oberkiefer, sie hat erhebliche Schmerzen und kann kaum noch kauen. Eine Behandlung in Vollnarkose ist dringend nötig. Die Mutter hat drei Termine dafür ohne Absage nicht wahrgenommen und ist telefonisch nicht erreichbar. Beim letzten Besuch wirkte das Kind ungepflegt und sehr müde.

Der zahnärztliche Dienst des Gesundheitsamts kennt Chantal aus der Untersuchung in der Kita, dort wurde die Mutter schon im Herbst auf die Behandlung hingewiesen.

Ich bitte Sie, Kontakt mit der Familie aufzunehmen. Für Rückfragen stehe ich zur Verfügung.

Mit freundlichen Grüßen
Dr. Alexandra Weyand",
    ),
    (
        "sportverein-vereinbarung-fuehrungszeugnis-jugendtrainer-andernach",
        "JA-AND",
        "Von: Timo Hahn <jugend@sv-rheinland-andernach.de>
Betreff: Vereinbarung Führungszeugnisse für Jugendtrainer
Datum: 19.01.2026

Sehr geehrte Damen und Herren,

ich bin seit diesem Jahr Jugendleiter beim SV Rheinland Andernach. Wir haben rund 180 Kinder und Jugendliche in Fußball und Leichtathletik, alle trainieren bei uns in Andernach auf dem Platz an der Kennedyallee, dazu kommen zwei Ferienfreizeiten im Jahr.

Unser Landesverband sagt, wir müssen mit dem zuständigen Jugendamt eine Vereinbarung über die erweiterten Führungszeugnisse für Trainer und Betreuer abschließen. Gibt es dafür eine Mustervereinbarung? Und bekommen unsere ehrenamtlichen Trainer eine Bescheinigung, damit das Führungszeugnis für sie gebührenfrei ist?

Über eine Rückmeldung oder einen Gesprächstermin würden wir uns freuen.

Sportliche Grüße
Timo Hahn
Jugendleiter SV Rheinland Andernach 1919 e. V.",
    ),
    (
        "fallabgabe-jugendamt-koblenz-familie-zieht-nach-andernach",
        "JA-AND",
        "Stadtverwaltung Koblenz
Jugendamt – Allgemeiner Sozialer Dienst
Rathauspassage 2
56068 Koblenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 04.03.2026
Unser Zeichen: 51-ASD-Br/2023-118

Zuständigkeitswechsel nach § 86 SGB VIII – Familie Brandt

Sehr geehrte Kolleginnen und Kollegen,

Frau Nadine Brandt ist mit ihren Kindern Kevin (9) und Lara (6) zum 1. März 2026 von Koblenz-Lützel nach Andernach, Kirchstraße 17, 56626 Andernach, umgezogen. Damit geht die Zuständigkeit für die laufende Hilfe zur Erziehung auf das dort örtlich zuständige Jugendamt über.

Seit Mai 2024 erhält die Familie sozialpädagogische Familienhilfe mit sechs Wochenstunden durch einen freien Träger. Der letzte Hilfeplan vom 12.01.2026 sieht eine Fortführung bis mindestens Juli vor. Kevin besucht ab sofort die Grundschule in Andernach.

Wir bitten um Bestätigung der Übernahme und schlagen ein gemeinsames Übergabegespräch mit der Familie vor. Bis zur Übernahme tragen wir die Kosten weiter und werden diese nach § 89c SGB VIII geltend machen. Die Akte übersenden wir nach Ihrer Rückmeldung.

Mit freundlichen Grüßen
Im Auftrag
Birgit Roos
Sozialarbeiterin",
    ),
    (
        "angst-vater-nimmt-tochter-in-sommerferien-mit-miesenheim",
        "JA-AND",
        "Von: Sandra Bouzid <sandra.bouzid@gmx.de>
Betreff: Ich habe Angst, dass meine Tochter nicht zurückkommt
Datum: 28.04.2026

Guten Tag,

ich lebe seit einem Jahr von meinem Mann getrennt, wir haben das gemeinsame Sorgerecht für unsere Tochter Yasmin (7). Yasmin wohnt bei mir in Andernach-Miesenheim, In der Mark 9, und ist jedes zweite Wochenende bei ihrem Vater in Koblenz.

Jetzt will er in den Sommerferien mit ihr für sechs Wochen zu seiner Familie nach Algerien fliegen und verlangt, dass ich für den Kinderreisepass unterschreibe. Er hat am Telefon gesagt, dass Yasmin dort „richtig aufwachsen“ soll. Ich habe große Angst, dass er sie nicht zurückbringt.

Muss ich unterschreiben? Was kann ich tun, ohne dass gleich alles eskaliert? Ich würde gern einen Beratungstermin haben, am besten bevor er den Flug bucht.

Viele Grüße
Sandra Bouzid",
    ),
    (
        "tagesmutter-abrechnung-mehr-stunden-mayen-alzheim",
        "JA-MY",
        "Kindertagespflege Sonnenkäfer
Melanie Frings
Im Rosental 11
56727 Mayen-Alzheim

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 8. April 2026

Abrechnung der Geldleistung für März 2026

Sehr geehrte Damen und Herren,

ich betreue als Tagesmutter mit Pflegeerlaubnis des Jugendamts Mayen derzeit drei Kinder in meinem Haushalt hier in Alzheim. Für den kleinen Finn Kolb wurde der Betreuungsumfang zum 1. März von 25 auf 35 Wochenstunden erhöht, der geänderte Betreuungsvertrag und der Antrag der Eltern sind im Februar eingereicht worden.

Die Überweisung für März ist aber wieder nur über 25 Stunden gekommen, es fehlen 148 Euro. Ich bitte um Prüfung und Nachzahlung und darum, dass die Erhöhung ab April berücksichtigt wird. Meine Stundennachweise für März liegen bei.

Falls dieses Schreiben bei Ihnen falsch ist, leiten Sie es bitte an die richtige Stelle weiter.

Mit freundlichen Grüßen
Melanie Frings",
    ),
    (
        "unterhaltsvorschuss-vater-unbekannt-mayen",
        "JA-MY",
        "Von: Lisa Meuser <lisa.meuser@outlook.de>
Betreff: Unterhaltsvorschuss – Vater nicht bekannt
Datum: 22.06.2026

Sehr geehrte Damen und Herren,

ich habe im März meine Tochter Sophie bekommen und wohne mit ihr in Mayen, Polcher Straße 58. Ich möchte Unterhaltsvorschuss beantragen. Das Problem ist, dass ich den Vater kaum kenne. Wir haben uns letzten Sommer auf einem Festival kennengelernt, ich weiß nur seinen Vornamen (Marco) und dass er aus der Gegend um Stuttgart kommt. Seine Handynummer ist nicht mehr vergeben.

Eine Bekannte hat mir gesagt, dass man dann keinen Vorschuss bekommt. Stimmt das? Ich habe auch Fotos von ihm und den Namen seines Kumpels, falls das hilft. Was muss ich angeben, und an wen wende ich mich?

Freundliche Grüße
Lisa Meuser",
    ),
    (
        "hilfeplangespraech-verschieben-klassenfahrt-mayen-hausen",
        "JA-MY",
        "Von: Kevin Ohlig <k.ohlig@jugendhilfe-eifel.de>
Betreff: Hilfeplangespräch Familie Schumacher am 14.04. – Verlegung
Datum: 30.03.2026

Sehr geehrte Damen und Herren,

für Justin Schumacher (14), wohnhaft bei seiner Mutter in Mayen-Hausen, Kapellenstraße 3, ist für den 14.04.2026 um 14 Uhr das Hilfeplangespräch zur Erziehungsbeistandschaft angesetzt. Justin ist an diesem Tag aber mit seiner Klasse auf Abschlussfahrt, und die Mutter möchte, dass er dabei ist.

Wir schlagen als Ersatz den 21.04. oder den 23.04. jeweils ab 15 Uhr vor. Den Entwicklungsbericht schicke ich Ihnen wie besprochen eine Woche vorher.

Mit freundlichen Grüßen
Kevin Ohlig
Erziehungsbeistand, Jugendhilfe Eifel gGmbH",
    ),
    (
        "amtsaerztliches-attest-pruefungsunfaehigkeit-student",
        "53",
        "Von: Jonas Brenk <jonas.brenk@stud.hs-mittelrhein.de>
Betreff: Termin für amtsärztliche Bescheinigung Prüfungsunfähigkeit
Datum: 10.03.2026

Sehr geehrte Damen und Herren,

ich studiere Wirtschaftsingenieurwesen und wohne in Vallendar. Ich habe die Klausur in Statistik am 5. März wegen einer Grippe mit hohem Fieber nicht schreiben können, mein Hausarzt hat mich krankgeschrieben.

Weil ich schon zum zweiten Mal von dieser Prüfung zurücktrete, verlangt das Prüfungsamt jetzt ein amtsärztliches Attest über die Prüfungsunfähigkeit. Die Frist dafür endet am 20. März. Können Sie mir kurzfristig einen Termin geben? Das Attest meines Hausarztes und die Aufforderung des Prüfungsamts kann ich mitbringen.

Mit freundlichen Grüßen
Jonas Brenk",
    ),
    (
        "mutter-sorgt-sich-sohn-hoert-stimmen-kobern",
        "53",
        "Marianne Lauer
Moselstraße 27
56330 Kobern-Gondorf

An die Kreisverwaltung
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 3. Februar 2026

Bitte um Hilfe für meinen Sohn

Sehr geehrte Damen und Herren,

mein Sohn Daniel ist 34 Jahre alt und wohnt in der Einliegerwohnung in unserem Haus. Seit Weihnachten verändert er sich sehr. Er sagt, die Nachbarn würden ihn über das Stromnetz abhören, er hat die Fenster mit Alufolie zugeklebt und geht nicht mehr zur Arbeit. Nachts höre ich ihn laut mit jemandem streiten, obwohl er allein ist.

Zum Arzt will er auf keinen Fall, er sagt, er sei nicht krank. Die Polizei war einmal da, weil er einen Nachbarn angeschrien hat, konnte aber nichts machen. Ich habe gelesen, dass es bei Ihnen einen Dienst gibt, der auch nach Hause kommt. Könnte jemand mit ihm sprechen? Ich weiß nicht mehr weiter.

Mit freundlichen Grüßen
Marianne Lauer
Tel. 02607 3318",
    ),
    (
        "reisegruppe-brechdurchfall-nach-suedtirolfahrt",
        "53",
        "Von: Reisedienst Maifeld-Touristik <info@maifeld-touristik.de>
Betreff: Erkrankungen nach Seniorenreise – was müssen wir tun?
Datum: 16.09.2026

Sehr geehrte Damen und Herren,

gestern Abend ist unser Bus mit einer Seniorengruppe von einer Woche Südtirol zurückgekommen. Am letzten Tag und auf der Rückfahrt haben 14 der 38 Reisenden Erbrechen und Durchfall bekommen, auch unser Fahrer. Zwei Damen wurden nach der Ankunft ins Krankenhaus in Andernach gebracht. Die Reisenden wohnen in Polch, Mertloch, Ochtendung und Mayen.

Wir wollen den Bus heute reinigen lassen und am Freitag mit einer anderen Gruppe fahren. Müssen wir etwas Besonderes beachten, und brauchen Sie die Teilnehmerliste? Das Hotel in Meran haben wir informiert.

Mit freundlichen Grüßen
Andrea Schwarz
Reisedienst Maifeld-Touristik, Polch",
    ),
    (
        "wintergarten-nachbar-unterschreibt-nicht-ochtendung",
        "63",
        "Von: Michael Esser <michael.esser@t-online.de>
Betreff: Wintergarten – Nachbar verweigert Unterschrift
Datum: 07.05.2026

Sehr geehrte Damen und Herren,

wir möchten an die Rückseite unseres Einfamilienhauses in Ochtendung, Am Sonnenhang 14, einen beheizten Wintergarten mit 4,00 x 3,50 m anbauen. Unser Architekt sagt, dass dafür ein Bauantrag nötig ist. Der Wintergarten hätte zur Grenze des Nachbarn einen Abstand von 2,10 m.

Der Nachbar will die Pläne nicht unterschreiben, ohne einen Grund zu nennen. Was bedeutet das für unseren Antrag? Wird er dann abgelehnt, oder prüfen Sie trotzdem? Der Architekt reicht die Unterlagen in den nächsten Wochen über die Verbandsgemeinde ein.

Mit freundlichen Grüßen
Michael Esser",
    ),
    (
        "fertigstellung-einfamilienhaus-mertloch-formular",
        "63",
        "Anzeige der abschließenden Fertigstellung

An: Kreisverwaltung Mayen-Koblenz, Bahnhofstraße 9, 56068 Koblenz
Aktenzeichen: 63-BG-2024-1187
Bauherr: Christian und Vanessa Pütz, Neubaugebiet Im Kirschgarten, 56753 Mertloch
Grundstück: Gemarkung Mertloch, Flur 9, Flurstück 214/3
Vorhaben: Neubau eines Einfamilienhauses mit Doppelgarage

Das Vorhaben wurde am 27.03.2026 abschließend fertiggestellt.
Bezug/Nutzung ab: 01.05.2026

Beigefügt:
[x] Bescheinigung des Bezirksschornsteinfegers über die Abgasanlage
[x] Bestätigung des Tragwerksplaners über die Bauausführung
[x] Einmessungsbescheinigung
[ ] Sonstiges:

Bemerkung: Die Hausnummer ist bei der Ortsgemeinde beantragt, Mülltonnen sind bestellt.

Mertloch, 30.03.2026
Christian Pütz    Vanessa Pütz",
    ),
    (
        "pruefbericht-brandschutz-hotelumbau-vallendar",
        "63",
        "Ingenieurbüro Dr. Lambert Brandschutz
Prüfsachverständiger für Brandschutz
Rheinstraße 101
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ihr Az.: 63-BG-2025-0958
Vallendar, 19.02.2026

Umbau und Erweiterung Hotel „Rheinhöhe“, Vallendar
Prüfbericht Nr. 2 zum Brandschutznachweis

Sehr geehrte Damen und Herren,

anbei erhalten Sie den zweiten Prüfbericht zum überarbeiteten Brandschutzkonzept. Die Mängel aus dem ersten Bericht sind überwiegend behoben. Offen ist weiterhin der zweite Rettungsweg aus dem Dachgeschoss des Anbaus mit zwölf Gästezimmern; die vorgesehene Anleiterung ist wegen der Hanglage nicht möglich. Wir empfehlen, die Genehmigung unter der Auflage einer außenliegenden Stahltreppe zu erteilen.

Für das Restaurant im Erdgeschoss mit 80 Plätzen bestehen aus brandschutztechnischer Sicht keine Bedenken. Fragen der Gaststättenerlaubnis sind nicht Gegenstand dieser Prüfung.

Mit freundlichen Grüßen
Dr.-Ing. Frank Lambert",
    ),
    (
        "galabau-gruenschnitt-gewerblich-anliefern",
        "70",
        "Von: Garten- und Landschaftsbau Nink <info@galabau-nink.de>
Betreff: Anlieferung Grünschnitt als Gewerbebetrieb
Datum: 11.03.2026

Guten Tag,

wir sind ein kleiner Garten- und Landschaftsbaubetrieb aus Bendorf (Gewerbe angemeldet seit Februar) und pflegen Gärten bei Privatkunden im ganzen Kreis. Bei Heckenschnitt und Baumfällungen fallen pro Woche ein bis zwei Anhänger Grünschnitt an.

Dürfen wir das auf Ihren Grünschnittplätzen oder im Kompostwerk abladen, und was kostet das pro Kubikmeter bzw. Tonne? Brauchen wir dafür eine Karte oder ein Kundenkonto, und wie wird abgerechnet? Am Wertstoffhof in Bendorf wurden wir letzte Woche abgewiesen mit dem Hinweis, Gewerbe dürfe dort nicht anliefern.

Mit freundlichen Grüßen
Stefan Nink",
    ),
    (
        "grundschulklasse-will-kompostwerk-besichtigen",
        "70",
        "Grundschule Ochtendung
Klasse 4a, Frau Ritter
Schulstraße 10
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 26.01.2026

Anfrage Besichtigung und Unterrichtsbesuch

Sehr geehrte Damen und Herren,

meine Klasse 4a behandelt im Sachunterricht nach den Osterferien das Thema „Was passiert mit unserem Müll?“. Die Kinder haben schon fleißig Joghurtbecher und Bananenschalen sortiert und möchten nun sehen, was aus dem Inhalt der Biotonne wird.

Wäre eine Führung durch das Kompostwerk für 24 Kinder und drei Begleitpersonen möglich, zum Beispiel an einem Vormittag im Mai? Gern würden wir auch jemanden aus der Abfallberatung zu uns in die Schule einladen. Den Bus für den Ausflug organisieren wir über unseren Förderverein selbst.

Mit freundlichen Grüßen
Claudia Ritter
Klassenlehrerin",
    ),
    (
        "pfarrfest-spuelmobil-mehrweggeschirr-mendig",
        "70",
        "Von: Pfarrbüro St. Cyriakus Mendig <pfarrbuero@st-cyriakus-mendig.de>
Betreff: Pfarrfest 5. Juli – Spülmobil und Geschirr
Datum: 02.03.2026

Sehr geehrte Damen und Herren,

unsere Pfarrei feiert am 5. Juli ihr Pfarrfest rund um die Kirche, wir rechnen mit etwa 600 Gästen. Wir möchten in diesem Jahr auf Einweggeschirr verzichten und haben gehört, dass der Kreis ein Spülmobil mit Mehrweggeschirr verleiht.

Ist das Spülmobil an diesem Wochenende noch frei? Was kostet die Ausleihe, und wer darf es ziehen (Anhängerkupplung, Führerscheinklasse)? Außerdem bräuchten wir für den Tag zwei zusätzliche Restmüll- und Papiertonnen.

Die Gestattung für den Ausschank haben wir bei der Verbandsgemeinde schon beantragt.

Mit freundlichen Grüßen
Ingrid Schäfer
Pfarrsekretärin",
    ),
];
