//! A third held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks: its day-one result is the
//! honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_3: &[(&str, &str, &str)] = &[
    (
        "anhoerung-ehefrau-am-steuer-b9",
        "36",
        "Markus Lenz
Kirchstraße 12
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bußgeldstelle
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 3. November 2026

Ihr Zeichen: 7.26.418733.6 – Ihr Schreiben vom 27.10.2026

Sehr geehrte Damen und Herren,

ich habe Ihren Anhörungsbogen wegen der Messung am 14. Oktober auf der B 9 in Höhe Kaltenengers erhalten. Das Fahrzeug mit dem Kennzeichen MYK-ML 412 ist zwar auf mich zugelassen, ich bin an diesem Tag aber nicht damit gefahren. Ich war nachweislich dienstlich in Hamburg, die Bahnfahrkarte kann ich Ihnen gern vorlegen.

Auf dem Foto ist im Übrigen deutlich eine Frau zu erkennen. Es handelt sich um meine Ehefrau. Als Ehemann mache ich von meinem Zeugnisverweigerungsrecht Gebrauch und werde zur Person der Fahrerin keine weiteren Angaben machen.

Den Bogen lege ich mit meinen Personalien bei, die Angaben zum Vorwurf habe ich bewusst offen gelassen.

Mit freundlichen Grüßen

Markus Lenz

Anlage: Anhörungsbogen",
    ),
    (
        "braune-tonne-dreimal-stehen-gelassen",
        "70",
        "Hannelore Brück
Am Sonnenhang 7
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 4.11.2026

Braune Tonne wird nicht mitgenommen

Guten Tag,

jetzt reicht es mir langsam. Zum dritten Mal seit September steht unsere braune Tonne abends noch voll an der Straße, obwohl sie morgens vor sechs Uhr draußen stand. Beim letzten Mal war ich zufällig am Fenster und habe gesehen, wie das Fahrzeug an unserer Straßenseite einfach vorbeigefahren ist. Gegenüber wurde alles geleert.

Es klebte auch kein Zettel dran, dass etwas falsch eingefüllt wäre. Da ist nur Laub, Rasenschnitt und Küchenabfall drin, in Zeitungspapier eingewickelt, so wie es in Ihrem Merkblatt steht.

Jetzt stinkt das Ding vor dem Haus und der nächste Termin ist erst in zwei Wochen. Ich zahle jedes Jahr brav meine Gebühren und erwarte, dass dafür auch abgeholt wird.

Bitte sorgen Sie dafür, dass die Tonne nachträglich geleert wird, und sagen Sie der Firma, dass Am Sonnenhang auch Leute wohnen.

Mit freundlichen Grüßen
H. Brück",
    ),
    (
        "studienaufenthalt-vallendar-laeuft-ab",
        "33",
        "Emmanuel Nkoulou
Humboldtstraße 31 (WG, Zimmer 3)
56179 Vallendar
E-Mail: e.nkoulou@student-mail.de

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 2. November 2026

Bitte um Termin – mein Titel läuft im Januar ab

Sehr geehrte Damen und Herren,

ich bin Student aus Kamerun und studiere seit Oktober 2024 an der WHU in Vallendar im Master Management. Meine Aufenthaltserlaubnis zum Zweck des Studiums ist gültig nur bis zum 15. Januar 2027.

Ich habe seit drei Wochen versucht, über Ihre Internetseite einen Termin zu buchen, aber es gibt keine freien Termine mehr bis Februar. Am Telefon bin ich nicht durchgekommen.

Ich habe alle Unterlagen schon bereit: Immatrikulationsbescheinigung für das Wintersemester, Nachweis über mein Sperrkonto, Bescheinigung der Krankenversicherung, Mietvertrag und biometrisches Foto. Kopien lege ich bei.

Könnten Sie mir bitte einen Termin vor dem 15. Januar geben? Oder bekomme ich eine Bescheinigung, dass ich weiter legal hier bin, wenn der Termin später ist? Ich möchte auf keinen Fall Probleme mit meinem Studium oder meinem Minijob bekommen.

Vielen Dank für Ihre Hilfe.

Mit freundlichen Grüßen
Emmanuel Nkoulou",
    ),
    (
        "ausbildung-verwaltungsfachangestellte-2027",
        "11",
        "Lea Schüller
Brunnenstraße 5
56299 Ochtendung
Tel. 0176 22841905

Kreisverwaltung Mayen-Koblenz
Personalabteilung
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 6. November 2026

Bewerbung um einen Ausbildungsplatz als Verwaltungsfachangestellte ab 1. August 2027

Sehr geehrte Damen und Herren,

auf Ihrer Internetseite habe ich gelesen, dass Sie zum kommenden Jahr wieder Ausbildungsplätze anbieten. Hiermit bewerbe ich mich um einen dieser Plätze.

Zurzeit besuche ich die 12. Klasse der Höheren Berufsfachschule Wirtschaft in Mayen und werde im Sommer 2027 meinen Abschluss machen. Besonders gut bin ich in Deutsch, Rechnungswesen und Wirtschaftslehre. In meinem Praktikum bei der Verbandsgemeinde Maifeld habe ich bereits einen Einblick in die Arbeit im Bürgerbüro bekommen und gemerkt, dass mir der Kontakt mit Menschen und das genaue Arbeiten nach Vorschriften Spaß machen.

In meiner Freizeit bin ich Jugendtrainerin im Turnverein und bei der Messdienerleitung in unserer Pfarrei aktiv.

Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen

Lea Schüller

Anlagen: Lebenslauf, letzte zwei Zeugnisse, Praktikumsbescheinigung",
    ),
    (
        "schwarzer-belag-kinderzimmer-husten",
        "53",
        "Jana und Tobias Reuter
Brauerstraße 18, 2. OG
56743 Mendig

An das Gesundheitsamt
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 5. November 2026

Feuchtigkeit und Schimmel in unserer Mietwohnung

Sehr geehrte Damen und Herren,

wir wohnen seit zwei Jahren in einer Mietwohnung in der Brauerstraße. Seit dem Sommer bildet sich im Kinderzimmer an der Außenwand hinter dem Bett und in der Fensterlaibung ein schwarzer Belag, der inzwischen fast einen Quadratmeter groß ist. Es riecht muffig, auch wenn wir mehrmals am Tag stoßlüften.

Unser Sohn (3 Jahre) hustet seit Wochen, nachts besonders schlimm. Die Kinderärztin hat uns gesagt, dass das mit der feuchten Wohnung zusammenhängen kann, und hat uns geraten, uns an Sie zu wenden. Ein Attest legen wir bei.

Der Vermieter war einmal da, hat drübergestrichen und meinte, wir würden falsch heizen. Zwei Wochen später war alles wieder da.

Wir möchten wissen, ob jemand von Ihnen sich die Wohnung ansehen und beurteilen kann, ob hier eine Gefahr für die Gesundheit unseres Kindes besteht. Eine schriftliche Einschätzung würde uns auch gegenüber dem Vermieter sehr helfen.

Mit freundlichen Grüßen
Jana Reuter

Anlagen: Fotos, ärztliche Bescheinigung",
    ),
    (
        "doppelgarage-direkt-an-der-grenze",
        "63",
        "Werner Schmitz
Römerstraße 40
56637 Plaidt

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Plaidt, 9. November 2026

Sehr geehrte Damen und Herren,

auf dem Nachbargrundstück Römerstraße 42 (Eigentümer Herr K.) wird seit etwa drei Wochen gebaut. Es entsteht eine Doppelgarage, die direkt auf die Grundstücksgrenze zu unserem Garten gesetzt wird. Die Wand ist jetzt schon deutlich über drei Meter hoch, und oben soll nach Aussage der Handwerker noch eine Dachterrasse mit Geländer hinkommen.

Unsere Terrasse liegt damit ab dem frühen Nachmittag komplett im Schatten, und von der geplanten Dachterrasse aus kann man uns direkt ins Wohnzimmer schauen.

Mit uns hat niemand gesprochen, ein Schild mit einer Genehmigung hängt auch nirgends. Auf meine Nachfrage hat der Nachbar nur gesagt, das sei alles „erlaubt, das ist ja nur eine Garage“.

Ich bitte Sie zu prüfen, ob für dieses Vorhaben eine Genehmigung vorliegt und ob es in dieser Form überhaupt zulässig ist. Falls nicht, bitte ich darum, dass die Arbeiten gestoppt werden, bevor Tatsachen geschaffen sind.

Fotos vom aktuellen Stand füge ich bei.

Mit freundlichen Grüßen
Werner Schmitz",
    ),
    (
        "heimkosten-mutter-ersparnisse-aufgebraucht",
        "50",
        "Monika Dötsch
Kirchweg 3
56642 Kruft

Kreisverwaltung Mayen-Koblenz
Sozialamt
Bahnhofstraße 9
56068 Koblenz

Kruft, 10. November 2026

Antrag auf Übernahme ungedeckter Heimkosten für meine Mutter, Frau Katharina Dötsch, geb. 12.03.1938

Sehr geehrte Damen und Herren,

meine Mutter lebt seit Februar 2025 im Seniorenzentrum St. Georg in Polch, Pflegegrad 4. Ich bin ihre Bevollmächtigte (Vorsorgevollmacht liegt bei).

Der Eigenanteil, den das Heim jeden Monat in Rechnung stellt, beträgt inzwischen rund 2.950 Euro. Meine Mutter bekommt eine Witwenrente und eine eigene Rente von zusammen 1.187 Euro. Die Differenz haben wir bisher von ihrem Sparbuch bezahlt, aber das ist jetzt bis auf etwa 4.000 Euro aufgebraucht. Ab Januar kann die Rechnung nicht mehr vollständig bezahlt werden.

Ein Haus oder andere Vermögenswerte hat meine Mutter nicht. Ich selbst bin alleinstehend und arbeite in Teilzeit.

Ich bitte Sie daher, die nicht gedeckten Kosten zu übernehmen, und um Zusendung der nötigen Formulare. Welche Unterlagen brauchen Sie außer Rentenbescheiden und Kontoauszügen noch?

Mit freundlichen Grüßen
Monika Dötsch

Anlagen: Vorsorgevollmacht, Heimvertrag, Rentenbescheide, letzte Heimrechnung",
    ),
    (
        "kindsvater-zahlt-seit-august-nichts",
        "51",
        "Sandra Kessler
Hauptstraße 77
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 3.11.26

Hallo,

ich bin alleinerziehend mit meiner Tochter Mia (6). Der Vater zahlt seit August keinen Cent mehr für sie. Vorher hat er 312 Euro im Monat überwiesen, so wie es beim Jugendamt damals beurkundet wurde. Jetzt sagt er, er hat seinen Job verloren und kann nicht zahlen, und geht nicht mehr ans Telefon.

Eine Freundin hat mir gesagt, dass es da eine Leistung gibt, wenn der Vater nicht zahlt, und dass Sie sich das Geld dann von ihm zurückholen. Ich würde das gerne beantragen, weil ich mit meinem Gehalt als Verkäuferin allein die Miete kaum schaffe.

Was muss ich da ausfüllen und wohin schicken? Geht das auch rückwirkend ab August?

Danke und viele Grüße
Sandra Kessler",
    ),
    (
        "zahlungserinnerung-schreibtischstuehle",
        "20",
        "Hofmann Büroeinrichtungen GmbH
Siemensstraße 22
53121 Bonn
Tel. 0228 9876-0 · buchhaltung@hofmann-buero.de

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bonn, 11.11.2026

Zahlungserinnerung
Rechnung Nr. RE-2026-1187 vom 18.09.2026
Ihre Bestellung Nr. 4500031276

Sehr geehrte Damen und Herren,

sicher ist es Ihrer Aufmerksamkeit entgangen, dass unsere oben genannte Rechnung über die Lieferung und Montage von 12 ergonomischen Bürodrehstühlen und 4 höhenverstellbaren Schreibtischen noch offen ist.

Rechnungsbetrag: 6.843,20 EUR (brutto)
Fällig am: 18.10.2026

Die Ware wurde am 15.09.2026 an Ihr Dienstgebäude geliefert und der Empfang von Ihrer Mitarbeiterin quittiert. Eine Kopie des Lieferscheins und der Rechnung liegt bei.

Wir bitten Sie, den Betrag innerhalb von 10 Tagen auf unser Konto bei der Sparkasse KölnBonn, IBAN DE12 3705 0198 0012 3456 78, zu überweisen. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen
i. A. Sabine Kurth
Debitorenbuchhaltung",
    ),
    (
        "zwei-pferde-abgemagert-mertloch",
        "39",
        "Petra Wagner
Maifeldstraße 9
56753 Mertloch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mertloch, 8. November 2026

Sehr geehrte Damen und Herren,

ich gehe jeden Morgen mit meinem Hund den Feldweg von Mertloch Richtung Polch. Dort stehen auf einer Koppel links vom Weg, etwa 500 m nach dem Aussiedlerhof, zwei Pferde (ein Brauner und ein Schimmel).

Seit Wochen werden die beiden immer dünner, man sieht bei beiden deutlich die Rippen und die Hüftknochen. Die Weide ist komplett abgefressen, Heu habe ich dort noch nie liegen sehen. Der Wasserbottich war die letzten Tage leer bzw. nur Schlamm drin. Einen Unterstand gibt es nicht, obwohl es nachts jetzt schon frostig wird. Die Hufe vom Schimmel sind so lang, dass er schon komisch läuft.

Wem die Tiere gehören, weiß ich nicht. Ich habe Fotos gemacht, die ich Ihnen gern per E-Mail schicke.

Bitte schauen Sie sich das so bald wie möglich an. Ich möchte nicht, dass eines der Tiere den Winter nicht überlebt. Meinen Namen bitte nicht weitergeben.

Mit freundlichen Grüßen
Petra Wagner
Tel. 02654 881207",
    ),
    (
        "terrasse-am-moselufer-bis-zwei-uhr",
        "32",
        "Dr. Bernd und Ilse Hoffmann
Moselstraße 23
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 7. November 2026

Nächtliche Ruhestörung durch das Lokal „Zum Anker“, Moselstraße 27

Sehr geehrte Damen und Herren,

wir wohnen unmittelbar neben dem genannten Lokal. Seit dem Pächterwechsel im Frühjahr wird die Außenterrasse an den Wochenenden bis weit nach Mitternacht betrieben, zuletzt am Samstag, dem 1. November, bis gegen 2:15 Uhr. Mit Heizpilzen geht das jetzt offenbar auch im Herbst weiter.

Dazu läuft über Lautsprecher Musik, und gegen Ende werden die Gäste immer lauter. Beim Verlassen des Lokals wird auf der Straße gegrölt, Autotüren schlagen, Motoren heulen auf.

Wir haben den Betreiber zweimal freundlich angesprochen. Beim zweiten Mal wurden wir ausgelacht. Die Polizei war einmal vor Ort, danach war es für eine Stunde ruhiger.

Wir bitten um Auskunft, bis wann der Betrieb draußen überhaupt erlaubt ist, und darum, dass Sie gegenüber dem Wirt die Einhaltung durchsetzen. Ein Lärmprotokoll der letzten sechs Wochenenden liegt bei.

Mit freundlichen Grüßen
Bernd Hoffmann",
    ),
    (
        "schuelerfahrkarte-megina-fehlt-noch",
        "40",
        "Alexander Pütz
Am Weiher 14
56642 Kruft

Kreisverwaltung Mayen-Koblenz
Schülerbeförderung
Bahnhofstraße 9
56068 Koblenz

Kruft, 4. November 2026

Fahrkarte für meinen Sohn Jonas Pütz, Klasse 5c, Megina-Gymnasium Mayen

Sehr geehrte Damen und Herren,

für unseren Sohn Jonas haben wir Anfang Juni über die Schule den Antrag für das neue Schuljahr abgegeben. Er geht seit August in die 5. Klasse des Megina-Gymnasiums und fährt jeden Tag mit dem Bus von Kruft nach Mayen.

Bis heute haben wir keine Fahrkarte bekommen. In der Schule hieß es, die Karten seien längst verschickt. Wir kaufen seit Schulbeginn jede Woche eine Wochenkarte, inzwischen sind das über 200 Euro.

Bitte prüfen Sie, was mit dem Antrag passiert ist, und schicken Sie uns die Karte möglichst schnell zu. Außerdem möchten wir wissen, ob wir die bereits bezahlten Karten erstattet bekommen. Die Belege habe ich gesammelt.

Mit freundlichen Grüßen
Alexander Pütz",
    ),
    (
        "verwaltungsgericht-klagezustellung-4k",
        "30",
        "Verwaltungsgericht Koblenz
Deinhardplatz 4
56068 Koblenz

Gegen Empfangsbekenntnis
Landkreis Mayen-Koblenz
vertreten durch den Landrat
Bahnhofstraße 9
56068 Koblenz

Koblenz, 12.11.2026

Aktenzeichen: 4 K 1123/26.KO
(Bitte bei allen Schreiben angeben)

In der Verwaltungsrechtssache
Dieter Wagner, Kruft
– Kläger –
Prozessbevollmächtigte: Rechtsanwälte Berg & Kollegen, Koblenz
gegen
Landkreis Mayen-Koblenz
– Beklagter –
wegen Kostenerstattung

Sehr geehrte Damen und Herren,

anliegend wird Ihnen eine Abschrift der Klageschrift vom 5. November 2026 nebst Anlagen übersandt.

Der Beklagte erhält Gelegenheit, sich binnen sechs Wochen nach Zustellung zur Klage zu äußern. Es wird gebeten, die vollständigen Verwaltungsvorgänge, paginiert, innerhalb derselben Frist vorzulegen und einen Antrag zu stellen.

Es wird zugleich um Mitteilung gebeten, ob mit einer Entscheidung durch den Berichterstatter anstelle der Kammer sowie ohne mündliche Verhandlung Einverständnis besteht.

Das beigefügte Empfangsbekenntnis wird umgehend unterschrieben zurückerbeten.

Auf Anordnung
Hermes
Justizbeschäftigte",
    ),
    (
        "karte-fuer-ehrenamtliche-chor-tafel",
        "10",
        "Elisabeth Retterath
Kurfürstenstraße 61
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, den 5. November 2026

Anfrage

Sehr geehrte Damen und Herren,

meine Nachbarin hat mir erzählt, dass es im Land eine Karte für Menschen gibt, die sich schon lange ehrenamtlich engagieren, mit der man dann z. B. im Schwimmbad oder im Museum etwas günstiger hineinkommt.

Ich bin seit 1998 im Vorstand unseres Kirchenchors und helfe seit 2015 jeden Donnerstag bei der Tafel in Weißenthurm bei der Ausgabe, das sind bestimmt sechs bis acht Stunden in der Woche.

Ich würde mich sehr freuen, wenn ich so eine Karte bekommen könnte, nicht wegen des Geldes, sondern weil es eine schöne Anerkennung wäre. Können Sie mir bitte sagen, wie das geht und was ich dafür einreichen muss? Einen Computer habe ich nicht, deshalb bitte per Post.

Mit freundlichen Grüßen
Elisabeth Retterath",
    ),
    (
        "tuerkischer-fuehrerschein-umschreiben",
        "36",
        "Mehmet Yıldız
Rheinstraße 8
56220 Urmitz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Urmitz, 6.11.2026

Frage wegen meinem Führerschein aus der Türkei

Sehr geehrte Damen und Herren,

ich wohne seit Mai 2026 in Urmitz und arbeite als Elektriker bei einer Firma in Mülheim-Kärlich. Ich habe einen türkischen Führerschein Klasse B seit 2011 und bin immer ohne Unfall gefahren.

Mein Arbeitskollege sagt, ich darf damit nur sechs Monate nach dem Umzug fahren und muss dann einen deutschen haben. Das wäre bei mir schon im November vorbei. Ich brauche das Auto für die Arbeit auf Baustellen.

Meine Fragen:
– Welche Unterlagen muss ich bringen (Übersetzung, Sehtest, Erste Hilfe)?
– Muss ich eine Prüfung machen, theoretisch oder praktisch?
– Wie lange dauert das ungefähr, und darf ich in der Zeit weiter fahren?

Ich bitte um eine kurze Antwort oder einen Termin.

Vielen Dank und freundliche Grüße
Mehmet Yıldız
Tel. 0157 31946620",
    ),
    (
        "baerengruppe-erbrechen-durchfall",
        "53",
        "Kath. Kindertagesstätte St. Martin
Schulstraße 2
56220 Kettig
Leitung: Frau Annette Geisen

An das Gesundheitsamt
der Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kettig, 10. November 2026

Meldung nach § 34 Abs. 6 IfSG – gehäuftes Auftreten von Erbrechen und Durchfall

Sehr geehrte Damen und Herren,

hiermit melden wir, dass seit Freitag, dem 7. November, in unserer Einrichtung gehäuft Erkrankungen mit plötzlichem Erbrechen und Durchfall auftreten.

Betroffen sind bisher neun Kinder aus der Bärengruppe (2–4 Jahre) und zwei Kinder aus der Igelgruppe sowie zwei pädagogische Fachkräfte. Bei einem Kind hat der Kinderarzt laut Aussage der Eltern Noroviren festgestellt.

Wir haben die Eltern per Aushang und App informiert, die erkrankten Kinder dürfen frühestens 48 Stunden nach dem letzten Symptom wiederkommen. Die Reinigungsfirma desinfiziert seit Montag Sanitärräume und Griffe zweimal täglich. Gruppenübergreifende Angebote haben wir eingestellt.

Eine Liste mit Namen, Geburtsdaten und Erkrankungsbeginn liegt bei. Bitte teilen Sie uns mit, ob weitere Maßnahmen erforderlich sind.

Mit freundlichen Grüßen
Annette Geisen
Leiterin",
    ),
    (
        "abfallbescheid-leeres-elternhaus-polch",
        "70",
        "Frank Theisen
Gartenstraße 5
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 12.11.2026

Objekt: Rosenweg 11, 56751 Polch – Ihr Bescheid vom 28.10.2026, Objektnummer 1147-0392

Sehr geehrte Damen und Herren,

das Haus im Rosenweg 11 gehörte meiner Mutter, die im März verstorben ist. Seit April steht es leer, Strom und Wasser sind abgemeldet, es ist zum Verkauf ausgeschrieben.

Trotzdem habe ich jetzt einen Bescheid über 286,40 Euro für 2026 bekommen, dazu die gleichen Vorauszahlungen für 2027, und zwar immer noch für die 120-Liter-Restmülltonne mit Leerung alle zwei Wochen plus Biotonne. Diese Tonnen stehen seit Monaten leer in der Garage.

Ich bitte darum, die Gebühr ab April neu zu berechnen und die beiden Tonnen bis zum Verkauf abzumelden bzw. abzuholen. Wenn das nicht möglich ist, bitte ich um Mitteilung, was die kleinste mögliche Lösung ist.

Eine Kopie der Sterbeurkunde und des Erbscheins lege ich bei.

Mit freundlichen Grüßen
Frank Theisen",
    ),
    (
        "vater-sieht-sohn-seit-wochen-nicht-mayen",
        "JA-MY",
        "Daniel Krämer
Koblenzer Straße 104
56727 Mayen

An das Jugendamt

Mayen, 9. November 2026

Umgang mit meinem Sohn Luca (4)

Sehr geehrte Damen und Herren,

meine Lebensgefährtin und ich haben uns im Juli getrennt. Unser Sohn Luca lebt seitdem bei ihr, ebenfalls hier in Mayen (Hinter dem Schloss). Wir haben das gemeinsame Sorgerecht.

Bis Ende September hatte ich Luca jedes zweite Wochenende und mittwochs nachmittags, das hat gut funktioniert. Seit einem Streit über Geld lässt sie mich ihn nicht mehr sehen. Ich habe Luca jetzt seit sechs Wochen nicht gesehen, sie antwortet auf keine Nachricht, und an der Tür wurde ich weggeschickt.

Ich will keinen Streit vor Gericht und auch nicht, dass Luca zwischen die Fronten gerät. Ich wünsche mir, dass wir bei Ihnen zusammen ein Gespräch führen und eine feste Regelung finden, an die sich beide halten.

Können Sie einen Termin für ein gemeinsames Gespräch anbieten? Ich bin zeitlich flexibel.

Mit freundlichen Grüßen
Daniel Krämer
Tel. 0171 4420983",
    ),
    (
        "ehefrau-aus-beirut-nachholen",
        "33",
        "Ahmad Al-Hassan
Breite Straße 52
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 4.11.2026

Betreff: Meine Frau soll nach Deutschland kommen

Sehr geehrte Damen und Herren,

ich bin aus Syrien und lebe seit 2019 in Andernach. Ich habe subsidiären Schutz und meine Aufenthaltserlaubnis ist gültig bis 2028. Ich arbeite seit drei Jahren Vollzeit als Lagerist in Weißenthurm.

Im Jahr 2023 habe ich im Libanon meine Frau Rana geheiratet. Sie wohnt jetzt in Beirut. Sie hat bei der deutschen Botschaft in Beirut einen Termin im Februar 2027 bekommen für das Visum.

Die Botschaft sagt, die Ausländerbehörde in Deutschland muss auch etwas machen. Ich weiß nicht was genau. Bitte sagen Sie mir, welche Papiere ich schicken muss, zum Beispiel Mietvertrag, Lohnabrechnungen, Heiratsurkunde. Meine Wohnung hat 58 qm, ich hoffe das ist genug.

Ich danke Ihnen sehr.

Mit freundlichen Grüßen
Ahmad Al-Hassan",
    ),
    (
        "elternzeit-und-teilzeit-nach-geburt",
        "11",
        "Julia Becker
Personalnummer 40217
Wiesenweg 2
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
z. Hd. Frau Stein
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 10. November 2026

Antrag auf Elternzeit und anschließende Teilzeitbeschäftigung

Sehr geehrte Frau Stein,

am 28. Oktober 2026 ist unsere Tochter Emilia zur Welt gekommen. Eine Kopie der Geburtsurkunde füge ich bei. Meine Mutterschutzfrist endet nach meiner Berechnung am 23. Dezember 2026.

Ich nehme hiermit Elternzeit für die Zeit vom 24. Dezember 2026 bis zum 27. Oktober 2027 in Anspruch.

Für die Zeit danach beantrage ich, mit 19,5 Wochenstunden statt bisher in Vollzeit zurückzukehren, möglichst verteilt auf vier Vormittage (Montag bis Donnerstag), da unsere Tochter dann in die Krippe gehen soll. Mit meiner Abteilungsleitung habe ich das bereits vorbesprochen, sie hat keine Bedenken.

Bitte bestätigen Sie mir den Eingang und die Elternzeit schriftlich, damit ich die Bescheinigung für die Elterngeldstelle vorlegen kann.

Mit freundlichen Grüßen
Julia Becker",
    ),
    (
        "scheune-dorfmitte-wand-beult-aus",
        "63",
        "Klaus Hürter
Marktplatz 6
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 2. November 2026

Gefahr durch verfallene Scheune Obertorstraße / Ecke Stiftsstraße

Sehr geehrte Damen und Herren,

ich möchte Sie auf die alte Bruchsteinscheune an der Ecke Obertorstraße/Stiftsstraße aufmerksam machen. Der Eigentümer ist vor Jahren verstorben, die Erben wohnen wohl irgendwo im Ruhrgebiet und kümmern sich um nichts.

Nach dem Sturm Ende Oktober ist ein Teil des Daches eingestürzt. Die Giebelwand zur Stiftsstraße hin hat einen breiten Riss und beult sichtbar nach außen, direkt über dem Gehweg, den morgens die Grundschulkinder benutzen. Aus der Mauerkrone sind schon Steine auf den Bürgersteig gefallen.

Außerdem steht das Tor offen, und Jugendliche bzw. Kinder klettern nachmittags drinnen herum.

Ich bitte Sie dringend, sich das anzusehen und dafür zu sorgen, dass das Gebäude gesichert oder abgerissen wird, bevor etwas passiert. Fotos liegen bei.

Mit freundlichen Grüßen
Klaus Hürter",
    ),
    (
        "mahnung-kreiskasse-raten-50-euro",
        "20",
        "Kevin Schneider
Koblenzer Straße 19
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Kreiskasse
Bahnhofstraße 9
56068 Koblenz

Andernach, 11.11.2026

Kassenzeichen 5.0123.456789.2

Sehr geehrte Damen und Herren,

ich habe Ihre Mahnung vom 3.11. bekommen über 412,50 € plus Mahngebühr. Ich bestreite nicht, dass ich das zahlen muss, aber ich kann das nicht auf einmal. Ich war bis Oktober krank und bekomme gerade nur Krankengeld.

Ich bitte Sie, dass ich das in Raten abzahlen kann, 50 € jeden Monat, erste Rate am 1. Dezember. Wenn ich wieder arbeite, kann ich auch mehr.

Bitte schicken Sie nicht den Gerichtsvollzieher.

Danke
Kevin Schneider",
    ),
    (
        "doenerladen-kueche-mausekot",
        "39",
        "S. Brenner
Rheinau 4
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 6. November 2026

Zustände in einem Imbiss in der Bendorfer Innenstadt

Sehr geehrte Damen und Herren,

am Dienstagabend habe ich im Imbiss in der Hauptstraße gegenüber der Sparkasse etwas geholt. Weil die Tür zur Küche offen stand, konnte ich sehen, wie es dort aussieht, und mir ist der Appetit vergangen.

Auf dem Boden und im Regal neben den Brötchen lag Mäusekot. Ein großer Fleischspieß lag ungekühlt in einer Kiste auf dem Boden hinter der Theke. Das Frittierfett war schwarz, die Ablagen klebrig. Der Mitarbeiter hat mit denselben Handschuhen kassiert und danach Salat in mein Brot gelegt.

Ich habe das Essen nicht gegessen und weggeworfen. Ich finde aber, da muss dringend jemand kontrollieren, da essen jeden Mittag viele Schüler.

Mit freundlichen Grüßen
Sabine Brenner",
    ),
    (
        "beerdigung-bruder-rechnung-bestatter",
        "50",
        "Renate Fuchs
Hauptstraße 140
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 7. November 2026

Beerdigung meines Bruders Günter Fuchs, verstorben am 19.10.2026 in Bendorf

Sehr geehrte Damen und Herren,

mein Bruder Günter ist im Oktober in seiner Wohnung in Bendorf gestorben. Er war nicht verheiratet und hatte keine Kinder. Die Polizei hat mich als einzige Angehörige benachrichtigt, und ich musste mich um alles kümmern.

Das Bestattungshaus hat jetzt eine Rechnung über 3.870 Euro geschickt für eine einfache Urnenbeisetzung. Dazu kommen noch die Friedhofsgebühren von der Stadt.

Ich beziehe selbst Bürgergeld und habe keine Ersparnisse. Mein Bruder hatte auch nichts, nur Schulden, sein Konto ist im Minus. Das Erbe habe ich deshalb ausgeschlagen.

Ich habe gehört, dass in so einem Fall die Kosten übernommen werden können. Ich bitte Sie darum und lege die Rechnung, die Sterbeurkunde und meinen Bürgergeldbescheid bei.

Mit freundlichen Grüßen
Renate Fuchs",
    ),
    (
        "betreuung-fuer-einjaehrigen-ab-april",
        "51",
        "Katrin Mohr
Ostring 28
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 3. November 2026

Suche nach Betreuung für meinen Sohn

Guten Tag,

ich muss im April 2027 nach der Elternzeit wieder arbeiten gehen (30 Std./Woche, Krankenhaus Mayen, Schichtdienst). Mein Sohn Ben wird im Februar ein Jahr alt.

Ich habe ihn bei allen Kitas in Polch angemeldet, überall heißt es, für unter Zweijährige ist vor Herbst 2027 nichts frei. Eine Bekannte hat mir geraten, mich nach einer Tagesmutter umzusehen, die ein paar Kinder bei sich zu Hause betreut.

Können Sie mir sagen, ob es im Raum Polch/Mertloch solche Tagesmütter gibt, die noch Plätze haben, und wie ich an die Kontaktdaten komme? Und muss ich das komplett selbst bezahlen, oder gibt es da einen Zuschuss bzw. einen Anspruch?

Vielen Dank!
Katrin Mohr
katrin.mohr@web.de",
    ),
    (
        "drei-gewehre-aus-dem-nachlass",
        "32",
        "Stefan Weiler
Am Stadtgraben 3
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 8. November 2026

Nachlass meines Vaters Josef Weiler, Kettig, verst. 2.10.2026

Sehr geehrte Damen und Herren,

mein Vater war bis ins hohe Alter Jäger. In seinem Haus in Kettig steht ein verschlossener Waffenschrank mit zwei Repetierbüchsen, einer Bockdoppelflinte und einem Revolver sowie etwas Munition. Die Waffenbesitzkarten meines Vaters habe ich in seinem Schreibtisch gefunden.

Ich bin Alleinerbe, habe aber selbst keinen Jagdschein und möchte auch keinen machen. Das Haus soll im Frühjahr verkauft werden.

Was muss ich jetzt tun? Muss ich die Gegenstände bei Ihnen anmelden, kann ich sie einem Händler zum Verkauf geben, oder kann ich sie bei Ihnen abgeben, damit sie vernichtet werden? Den Schrankschlüssel habe ich an mich genommen, sonst hat niemand Zugang.

Für eine kurze Rückmeldung wäre ich dankbar, damit ich nichts falsch mache.

Mit freundlichen Grüßen
Stefan Weiler",
    ),
    (
        "blauer-parkausweis-ehemann-ag",
        "36",
        "Gisela Kaiser
Lennigstraße 15
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Straßenverkehrsamt
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 4.11.2026

Antrag Parkerleichterung für meinen Mann

Sehr geehrte Damen und Herren,

mein Mann Horst Kaiser, geb. 17.06.1949, sitzt seit seinem Schlaganfall im Rollstuhl. Das Amt für soziale Angelegenheiten hat ihm jetzt einen Schwerbehindertenausweis mit GdB 100 und den Merkzeichen aG und B ausgestellt.

Wir möchten deshalb den blauen Ausweis beantragen, damit wir beim Arzt und im Krankenhaus auf den Behindertenparkplätzen parken dürfen. Ich fahre ihn überall hin.

Kopie des Schwerbehindertenausweises und ein Passbild meines Mannes liegen bei. Da mein Mann nicht persönlich kommen kann, bitte ich darum, dass der Ausweis zugeschickt wird. Eine Vollmacht von ihm lege ich ebenfalls bei.

Mit freundlichen Grüßen
Gisela Kaiser",
    ),
    (
        "haltestelle-dieblich-ohne-gehweg",
        "40",
        "Elterninitiative Neubaugebiet Dieblich
c/o Nadine Schäfer
Hauptstraße 31a
56332 Dieblich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Dieblich, 6. November 2026

Gefährlicher Einstieg für Kinder an der Haltestelle „Am Sportplatz“

Sehr geehrte Damen und Herren,

wir schreiben Ihnen im Namen von über 30 Eltern aus dem Neubaugebiet. Unsere Kinder fahren morgens mit dem Bus zur Realschule plus und zum Gymnasium nach Koblenz. Die Haltestelle „Am Sportplatz“ liegt an der Landstraße am Ortsausgang.

Dort gibt es weder Gehweg noch Wartehäuschen noch Beleuchtung. Die Kinder stehen im Dunkeln auf dem schmalen Grünstreifen, direkt neben Lkw und Pendlerautos, die dort mit 70 km/h vorbeifahren. Um zur Haltestelle zu kommen, müssen sie die Straße ohne Ampel oder Überweg queren. Letzte Woche ist ein Mädchen beinahe von einem Transporter erfasst worden.

Wir bitten dringend darum, die Haltestelle für die Schulkinder an eine sichere Stelle zu verlegen, z. B. in die Wendeschleife im Neubaugebiet, oder zumindest kurzfristig für Absicherung zu sorgen. Gern stehen wir für einen Ortstermin zur Verfügung.

Mit freundlichen Grüßen
Nadine Schäfer
für die Elterninitiative",
    ),
    (
        "schlagloch-k-strasse-felge-kaputt",
        "30",
        "Thomas Gilles
Am Knüppchen 12
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 10. November 2026

Schadensmeldung – Forderung auf Ersatz

Sehr geehrte Damen und Herren,

am 30. Oktober 2026 gegen 18:40 Uhr fuhr ich mit meinem Pkw (VW Golf, MYK-TG 88) auf der Kreisstraße zwischen Thür und Mendig. Etwa 300 m nach dem Ortsausgang Thür bin ich durch ein tiefes Schlagloch gefahren, das bei Dunkelheit und Nässe nicht zu erkennen war. Ein Warnschild gab es nicht.

Dabei sind der rechte Vorderreifen und die Felge beschädigt worden, die Werkstatt hat außerdem die Spur neu einstellen müssen. Die Reparatur hat 684,30 Euro gekostet (Rechnung anbei).

Das Loch war nach Auskunft von Anwohnern schon seit Wochen bekannt. Ich bin der Meinung, dass der Landkreis hier seine Pflicht zur Sicherung der Straße verletzt hat, und fordere Sie auf, mir den Schaden bis zum 10. Dezember 2026 zu ersetzen.

Fotos von der Stelle (mit Zollstock) und vom Reifen liegen bei.

Mit freundlichen Grüßen
Thomas Gilles",
    ),
    (
        "hundert-jahre-tus-kruft-festakt",
        "10",
        "TuS 1927 Kruft e. V.
Der Vorstand
Sportplatzweg 1
56642 Kruft

Herrn Landrat
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kruft, im November 2026

100 Jahre TuS Kruft – Einladung zum Festakt

Sehr geehrter Herr Landrat,

im kommenden Jahr feiert unser Verein sein 100-jähriges Bestehen. Aus einer kleinen Fußballabteilung ist in dieser Zeit ein Verein mit heute über 900 Mitgliedern in acht Abteilungen geworden.

Den Auftakt des Jubiläumsjahres bildet ein Festakt am Samstag, dem 13. März 2027, um 18 Uhr in der Mehrzweckhalle Kruft. Es wäre uns eine große Ehre, wenn Sie an diesem Abend unser Gast wären und ein kurzes Grußwort an die Mitglieder und Ehrengäste richten würden.

Eine Zusage oder auch eine kurze Nachricht, falls Ihr Terminkalender es nicht zulässt, erbitten wir bis Ende Januar an unseren Geschäftsführer, Herrn Rolf Mayer (Tel. 02652 7719).

Mit sportlichen Grüßen

Jürgen Hilger
1. Vorsitzender",
    ),
    (
        "eignungsuntersuchung-lehrerin-beamtin",
        "53",
        "Sophie Lehnen
Hochstraße 27
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 5. November 2026

Bitte um Untersuchungstermin

Sehr geehrte Damen und Herren,

ich bin Lehrerin an einer Realschule plus in Koblenz und soll zum 1. Februar 2027 ins Beamtenverhältnis auf Probe übernommen werden. Die ADD in Trier hat mich aufgefordert, bis dahin ein Zeugnis über meine gesundheitliche Eignung vorzulegen, und mich dafür an die für meinen Wohnort zuständige Stelle verwiesen.

Ich bitte Sie daher um einen Termin für die Untersuchung, möglichst bis Mitte Dezember, damit das Gutachten rechtzeitig vorliegt. Der Untersuchungsauftrag der ADD liegt in Kopie bei.

Am besten passen mir Termine nachmittags ab 14 Uhr oder in den Weihnachtsferien.

Mit freundlichen Grüßen
Sophie Lehnen
Tel. 0160 5529310",
    ),
    (
        "reifen-farbeimer-im-wald-bei-kruft",
        "70",
        "Norbert Esch
Lindenstraße 9
56642 Kruft

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kruft, 9.11.2026

Sehr geehrte Damen und Herren,

beim Spaziergang heute Morgen habe ich im Wald zwischen Kruft und Nickenich, am Wirtschaftsweg ca. 200 m hinter dem Wanderparkplatz, einen großen Haufen Abfall gefunden: ungefähr 15 alte Autoreifen, mehrere angebrochene Farb- und Lackeimer, Fliesenreste, Bauschutt und graue Wellplatten, die für mich nach Eternit aussehen.

Das muss jemand mit einem Anhänger abgeladen haben, letzte Woche war da noch nichts. Aus einem Eimer läuft schon etwas in den Graben.

Bitte lassen Sie das abholen, bevor noch mehr dazukommt. Die Stelle kann ich Ihnen gern zeigen, Fotos und die GPS-Position schicke ich mit.

Gruß
Norbert Esch",
    ),
    (
        "deutsche-staatsangehoerigkeit-seit-2019",
        "33",
        "Arta Berisha
Bäckerstraße 12
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Einbürgerungsbehörde
Bahnhofstraße 9
56068 Koblenz

Mayen, 11. November 2026

Anfrage zur Einbürgerung

Sehr geehrte Damen und Herren,

ich bin kosovarische Staatsangehörige und lebe seit August 2019 in Deutschland, zuerst in Köln, seit 2022 in Mayen. Ich habe eine Niederlassungserlaubnis, arbeite unbefristet als Pflegefachkraft im Krankenhaus und habe das Deutsch-Zertifikat B2 sowie den Test „Leben in Deutschland“ bestanden.

Ich möchte jetzt gern Deutsche werden. Meine zwei Kinder (8 und 5 Jahre) sind hier geboren und sollen nach Möglichkeit mit eingebürgert werden.

Können Sie mir bitte die Antragsformulare zuschicken und mitteilen, welche Unterlagen ich brauche? Muss ich meine kosovarische Staatsangehörigkeit aufgeben? Und wie lange dauert das Verfahren im Moment ungefähr?

Vielen Dank im Voraus.

Mit freundlichen Grüßen
Arta Berisha",
    ),
    (
        "minihaus-auf-raedern-im-garten",
        "63",
        "Rainer Bell
Im Weinberg 3
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Bauamt
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 12. November 2026

Anfrage

Sehr geehrte Damen und Herren,

unser Sohn (24) möchte gern in unserer Nähe wohnen, findet aber keine bezahlbare Wohnung. Wir überlegen deshalb, hinten auf unserem Grundstück (Flur 7, Flurstück 214/3, ca. 900 m² Garten) ein sogenanntes Tiny House mit rund 25 m² aufzustellen. Es steht auf einem Anhänger und soll an Strom, Wasser und Kanal unseres Hauses angeschlossen werden.

Der Hersteller sagt, weil es Räder hat, sei das kein Gebäude und brauche nichts. Ein Bekannter meint dagegen, wir bräuchten auf jeden Fall eine Genehmigung.

Bevor wir 60.000 Euro ausgeben, möchten wir verbindlich wissen, ob das bei uns überhaupt zulässig ist und was wir dafür einreichen müssen. Einen Lageplan und das Datenblatt des Herstellers lege ich bei.

Mit freundlichen Grüßen
Rainer Bell",
    ),
    (
        "mietzuschuss-stunden-gekuerzt",
        "50",
        "Familie Olga und Sergej Wolf
Saffiger Straße 4
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 8. November 2026

Unser Antrag auf Wohngeld vom 15.09.2026 – Änderung beim Einkommen

Sehr geehrte Damen und Herren,

im September haben wir für uns und unsere drei Kinder einen Antrag auf Zuschuss zur Miete gestellt. Bis jetzt haben wir noch keine Antwort bekommen.

Inzwischen hat sich etwas geändert: Die Firma von meinem Mann hat wegen schlechter Auftragslage seine Stunden ab 1. November von 40 auf 30 in der Woche gekürzt. Sein Lohn ist dadurch um etwa 480 Euro netto weniger. Die Miete ist aber gleich, 1.040 Euro warm.

Wir schicken Ihnen die neue Vereinbarung vom Arbeitgeber und die letzte Lohnabrechnung mit. Bitte berücksichtigen Sie das bei unserem Antrag. Können Sie uns auch sagen, wann wir ungefähr mit einer Entscheidung rechnen können? Es wird jeden Monat knapper.

Mit freundlichen Grüßen
Olga Wolf",
    ),
    (
        "arbeitszeugnis-seit-september-ausstehend",
        "11",
        "Philipp Wendling
Bergstraße 45
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 13.11.2026

Mein Arbeitszeugnis

Sehr geehrte Damen und Herren,

ich war vom 1. April 2021 bis zum 30. September 2026 als Verwaltungsangestellter bei der Kreisverwaltung beschäftigt und habe auf eigenen Wunsch gekündigt.

Bei meinem letzten Arbeitstag wurde mir zugesagt, dass ich mein qualifiziertes Zeugnis innerhalb von drei Wochen bekomme. Jetzt sind es sechs Wochen, und ich habe trotz zwei Mails nichts bekommen. Ich brauche das Zeugnis dringend, weil ich mich gerade bewerbe und mein neuer Arbeitgeber in der Probezeit danach fragt.

Bitte schicken Sie mir das Zeugnis bis spätestens Ende November zu.

Mit freundlichen Grüßen
Philipp Wendling",
    ),
    (
        "hoehenfeuerwerk-hochzeit-buerresheim",
        "32",
        "Pyro-Art Eventfeuerwerk GmbH
Industriestraße 140
50999 Köln
Erlaubnis nach § 7 SprengG, Befähigungsschein-Nr. liegt bei

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Köln, 2. November 2026

Antrag auf Ausnahmegenehmigung für ein Feuerwerk am 19.12.2026 in St. Johann (Schloss Bürresheim)

Sehr geehrte Damen und Herren,

im Auftrag des Brautpaares Lisa Mertes und Jan Kohl beantragen wir die Genehmigung zum Abbrennen eines Feuerwerks der Kategorie F2/F3 anlässlich der Hochzeitsfeier am Samstag, dem 19. Dezember 2026.

Zeit: ca. 22:00 Uhr bis 22:08 Uhr
Ort: Wiese unterhalb des Parkplatzes, ca. 180 m Abstand zum Gebäude und zum Wald
Verantwortlicher: Herr Dirk Mahlberg, Pyrotechniker mit Befähigungsschein

Das Einverständnis des Grundstückseigentümers und ein Lageplan mit Sicherheitsabständen sind beigefügt. Die zuständige Feuerwehr wird von uns informiert, eine Haftpflichtversicherung über 5 Mio. Euro besteht.

Bitte teilen Sie uns mit, ob noch Unterlagen fehlen und welche Gebühr anfällt.

Mit freundlichen Grüßen
Pyro-Art Eventfeuerwerk GmbH
Dirk Mahlberg",
    ),
    (
        "verlassene-bienenstoecke-faulbrutverdacht",
        "39",
        "Hubert Kollig
Imker, Mitglied im Imkerverein Maifeld
Im Bungert 6
56299 Ochtendung

An das Veterinäramt
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 5. November 2026

Verdacht auf Bienenseuche in verlassenen Beuten

Sehr geehrte Damen und Herren,

am Rand der alten Streuobstwiese hinter dem Friedhof Ochtendung stehen seit mindestens zwei Jahren vier unbetreute Bienenkästen. Der frühere Halter ist weggezogen.

In diesem Herbst habe ich beobachtet, dass meine Völker dort stark räubern. Als ich heute einen der offenen Kästen angeschaut habe, waren die Waben eingefallen, die Zelldeckel lückenhaft und eingesunken, und die Streichholzprobe ergab eine fadenziehende, bräunliche Masse. Es riecht auch entsprechend.

Ich befürchte Amerikanische Faulbrut. Meine eigenen Völker stehen nur 600 m entfernt, ebenso die von zwei weiteren Imkern im Ort.

Ich bitte dringend darum, dass ein Bienensachverständiger die Beuten untersucht und sie sichergestellt werden, damit die Räuberei aufhört. Gern zeige ich die Stelle.

Mit freundlichen Grüßen
Hubert Kollig
Tel. 02625 4410",
    ),
    (
        "rollstuhltaxi-ohne-rampe",
        "40",
        "Yvonne Lammert
Sayner Straße 60
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 11. November 2026

Beförderung meiner Tochter Lena Lammert zur Schule

Sehr geehrte Damen und Herren,

meine Tochter Lena (11) ist Rollstuhlfahrerin und besucht eine Förderschule mit dem Schwerpunkt motorische Entwicklung in Koblenz. Sie wird seit der 1. Klasse jeden Morgen mit einem Kleinbus abgeholt, den Sie beauftragt haben.

Seit den Herbstferien fährt ein anderes Unternehmen. Der neue Wagen hat keine Rampe und keine Rollstuhlhalterung, der Fahrer hat Lena schon zweimal nicht mitnehmen können. Letzte Woche hat sie drei Tage in der Schule gefehlt, weil ich selbst arbeiten muss und sie nicht fahren kann.

Ich bitte Sie dringend, dafür zu sorgen, dass wieder ein geeignetes Fahrzeug kommt. Bis dahin möchte ich wissen, ob ich die Kosten erstattet bekomme, wenn ich ein Rollstuhltaxi selbst bestelle.

Mit freundlichen Grüßen
Yvonne Lammert
Tel. 02622 90418",
    ),
    (
        "versicherer-dienstwagen-parkplatz-kreishaus",
        "30",
        "Mittelrheinische Versicherung AG
Schadenabteilung Kraftfahrt
Postfach 10 22 40
50462 Köln

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Köln, 9. November 2026

Unser Zeichen: KH-26-0488317
Schadentag: 21.10.2026
Unser Versicherungsnehmer: Herr Jörg Pauly, Koblenz, amtl. Kennzeichen KO-JP 305

Sehr geehrte Damen und Herren,

unser Versicherungsnehmer hatte sein Fahrzeug am 21.10.2026 auf dem Besucherparkplatz an Ihrem Dienstgebäude ordnungsgemäß abgestellt. Beim Ausparken ist ein Dienstfahrzeug des Landkreises (Kennzeichen MYK-LK 117, Fahrerin nach Angaben eines Zeugen eine Mitarbeiterin Ihres Hauses) gegen die linke hintere Tür und den Kotflügel gestoßen. Ein Zeuge hat den Vorgang beobachtet, Name und Anschrift liegen uns vor.

Nach dem Gutachten des Sachverständigen Bauer vom 30.10.2026 beträgt der Reparaturschaden 2.341,87 Euro netto zuzüglich Gutachterkosten von 486,00 Euro und einer Nutzungsausfallentschädigung für vier Tage.

Wir haben unseren Versicherungsnehmer im Rahmen der Vollkasko vorläufig entschädigt und machen die auf uns übergegangenen Ansprüche geltend. Wir bitten Sie, den Vorgang Ihrem Haftpflichtversicherer bzw. dem kommunalen Schadensausgleich zu melden und uns bis zum 30.11.2026 eine Erklärung zur Haftung zukommen zu lassen.

Mit freundlichen Grüßen
i. A. Carsten Wirtz
Regulierungsbeauftragter",
    ),
    (
        "transparenzanfrage-externe-berater",
        "10",
        "Dr. Helmut Sauer
Hillscheider Straße 2
56179 Vallendar
helmut.sauer@posteo.de

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 10. November 2026

Antrag auf Informationszugang nach dem Landestransparenzgesetz Rheinland-Pfalz

Sehr geehrte Damen und Herren,

hiermit beantrage ich nach § 11 LTranspG Zugang zu folgenden Informationen:

1. eine Aufstellung aller Aufträge an externe Beratungs- und Gutachterunternehmen, die die Kreisverwaltung in den Jahren 2024 und 2025 vergeben hat, jeweils mit Auftragnehmer, Gegenstand und Auftragssumme;
2. die Abschlussberichte dieser Beratungsaufträge, soweit sie vorliegen.

Sollten Teile der Informationen aus Ihrer Sicht nicht herausgegeben werden können, bitte ich um teilweise Herausgabe unter Schwärzung und um eine Begründung. Die Übermittlung per E-Mail als PDF ist mir am liebsten.

Sollten Kosten von mehr als 50 Euro anfallen, bitte ich vorab um eine Information.

Mit freundlichen Grüßen
Dr. Helmut Sauer",
    ),
    (
        "nachbarskinder-abends-allein-vallendar",
        "51",
        "(Name ist Ihnen bekannt, bitte vertraulich)
Löhrstraße 9
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 12.11.2026

Sorge um zwei Kinder in unserem Haus

Sehr geehrte Damen und Herren,

ich schreibe Ihnen, weil ich mir große Sorgen mache und nicht weiß, an wen ich mich sonst wenden soll.

In unserem Mehrfamilienhaus, Löhrstraße 9, Dachgeschoss links, wohnt eine junge Mutter mit zwei Kindern, einem Jungen (ca. 6) und einem Mädchen (ca. 3). In den letzten Wochen höre ich fast jeden Abend, dass die Kinder stundenlang allein sind. Die Kleine weint und schreit dann oft lange, der Junge ruft nach der Mama.

Vorgestern hat der Junge um halb zehn abends bei mir geklingelt und gefragt, ob ich etwas zu essen habe. Er hatte nur ein T-Shirt an und war barfuß. Die Mutter kam erst nach Mitternacht nach Hause, das habe ich auf der Treppe gehört.

Ich will niemanden anschwärzen, vielleicht braucht die Frau auch einfach Hilfe. Aber so kann es nicht weitergehen. Bitte schauen Sie nach den Kindern.

Mit freundlichen Grüßen
eine Nachbarin",
    ),
    (
        "tochter-schwaenzt-und-bleibt-naechte-weg",
        "JA-AND",
        "Ralf Odendahl
Kirchstraße 34
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 7. November 2026

Bitte um Hilfe

Sehr geehrte Damen und Herren,

ich bin seit drei Jahren allein mit meiner Tochter Chiara (14), ihre Mutter lebt im Ausland und hat keinen Kontakt. Bis letztes Jahr lief alles ganz gut.

Seit dem Sommer erkenne ich meine Tochter nicht wieder. Sie geht nur noch an zwei, drei Tagen in der Woche zur Schule, die Schule hat mir schon zweimal geschrieben. Sie hat Freunde, die deutlich älter sind, bleibt manchmal die ganze Nacht weg und sagt nicht, wo sie war. Letzte Woche habe ich in ihrem Zimmer Alkohol und Zigaretten gefunden. Wenn ich etwas sage, schreit sie nur und schließt sich ein.

Ich arbeite im Schichtdienst und kann nicht die ganze Zeit zu Hause sein. Ich bin ehrlich gesagt mit meinem Latein am Ende und habe Angst, dass sie ganz abrutscht.

Ich möchte gern beraten werden, welche Unterstützung es für uns gibt, vielleicht jemand, der regelmäßig mit ihr und mit mir spricht. Bitte melden Sie sich bei mir.

Mit freundlichen Grüßen
Ralf Odendahl
Tel. 0151 2287764",
    ),
    (
        "neue-bankverbindung-wartungsvertrag-it",
        "20",
        "Datenwerk Mittelrhein GmbH
Hohenfelder Straße 17
56068 Koblenz
Geschäftsführer: Andreas Lorenz

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 3. November 2026

Änderung unserer Bankverbindung
Kreditorennummer bei Ihnen: 700512

Sehr geehrte Damen und Herren,

im Zuge der Verschmelzung unserer Hausbank ändert sich unsere Bankverbindung zum 1. Dezember 2026. Wir bitten Sie, alle Zahlungen ab diesem Datum, insbesondere die monatlichen Entgelte aus dem Wartungsvertrag für Ihre Netzwerktechnik sowie künftige Rechnungen, ausschließlich auf folgendes Konto zu leisten:

Kontoinhaber: Datenwerk Mittelrhein GmbH
Kreditinstitut: Volksbank RheinAhrEifel eG
IBAN: DE44 5776 1591 0000 4411 20
BIC: GENODED1BNA

Das bisherige Konto wird zum Jahresende aufgelöst. Zur Sicherheit bestätigen wir Ihnen diese Änderung gern auch telefonisch unter 0261 91533-0; bitte rufen Sie bei Zweifeln unter dieser Ihnen bekannten Nummer an.

Mit freundlichen Grüßen
Andreas Lorenz
Geschäftsführer",
    ),
];
