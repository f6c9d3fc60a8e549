//! A thirteenth held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks: its day-one result is the
//! honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_13: &[(&str, &str, &str)] = &[
    (
        "gefundener-ehering-parkplatz-finderlohn-ochtendung",
        "10",
        "Gerhard Lommerzheim
Am Sauerbrunnen 14
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Fundbüro
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 12. Februar 2026

Fundsache vom 19. Januar 2026 – goldener Ring

Sehr geehrte Damen und Herren,

am 19. Januar habe ich auf dem Besucherparkplatz vor Ihrem Haus einen goldenen Ring mit einer Gravur („M. & K. 14.06.1991“) gefunden und ihn noch am selben Vormittag an der Pforte abgegeben. Die Dame dort hat mir eine Quittung ausgestellt, die Nummer lautet F-2026-0087.

Letzte Woche rief mich ein Herr an, der sich als Eigentümer vorstellte und sich sehr herzlich bedankte. Er erzählte, dass er den Ring bei Ihnen inzwischen abgeholt habe. Das freut mich wirklich, es ist ja offensichtlich ein Ehering, und so etwas gibt man gern zurück.

Meine Frau meint nun, mir stünde von Gesetzes wegen ein Finderlohn zu. Ich will niemandem etwas abpressen, möchte aber gern wissen, wie das eigentlich geregelt ist. Läuft das über Sie, oder muss ich mich direkt an den Eigentümer wenden? Und wird dafür der Goldwert angesetzt oder der Neupreis? Der Herr hat am Telefon nichts davon gesagt, und ich möchte ihn ungern selbst darauf ansprechen.

Außerdem wüsste ich gern, ob Sie meine Anschrift an ihn weitergegeben haben. Ich habe damals auf dem Formular wohl angekreuzt, dass ich einverstanden bin, bin mir aber nicht mehr sicher.

Für eine kurze Antwort, gern auch telefonisch unter 02625 95 31 72, wäre ich dankbar.

Mit freundlichen Grüßen

Gerhard Lommerzheim",
    ),
    (
        "beglaubigte-kopien-meisterbrief-bewerbung-schweiz",
        "10",
        "Von: Dominik Rausch <d.rausch@posteo.de>
An: info@kvmyk.de
Datum: Mo, 9. März 2026, 07:42
Betreff: Beglaubigte Kopien Meisterbrief und Gesellenbrief – für Bewerbung in der Schweiz

Guten Morgen,

ich bewerbe mich gerade bei einem Elektrobetrieb in Luzern und brauche für die Anerkennung meiner Abschlüsse in der Schweiz beglaubigte Kopien von meinem Meisterbrief (Handwerkskammer Koblenz, 2019) und von meinem Gesellenbrief. Laut Merkblatt dürfen die Kopien nicht älter als sechs Monate sein.

Bei der Verbandsgemeinde in Weißenthurm hat man mir gesagt, dass man dort den Meisterbrief nicht beglaubigen kann, weil das Original DIN A3 ist und sie das nicht kopieren können. Man hat mich an die Kreisverwaltung verwiesen.

Meine Fragen:
1. Kann ich einfach während der Öffnungszeiten vorbeikommen oder brauche ich einen Termin?
2. Was kostet eine Beglaubigung pro Seite? Ich bräuchte von jedem Dokument zwei Exemplare.
3. Können Sie DIN A3 kopieren, oder muss ich die Kopie selbst mitbringen?
4. Beglaubigen Sie auch die englische Übersetzung, die ein Übersetzungsbüro gemacht hat, oder geht das bei Ihnen nicht?

Ich arbeite in Wechselschicht und kann eigentlich nur dienstags oder donnerstags vormittags kommen. Wäre gut zu wissen, ob da jemand da ist, der das machen kann.

Vielen Dank schon mal und schöne Grüße
Dominik Rausch
Kärlicher Straße 33
56575 Weißenthurm
Tel. 0171 4482093",
    ),
    (
        "presseanfrage-rhein-zeitung-zahlen-ehrenamtskarte",
        "10",
        "Von: Katrin Meurer <k.meurer@rhein-zeitung.net>
An: pressestelle@kvmyk.de
Datum: Mi, 22. April 2026, 10:15
Betreff: Anfrage Rhein-Zeitung – Ehrenamt im Kreis, Bitte um Antwort bis 30. April

Sehr geehrte Damen und Herren,

für unsere Lokalausgaben Mayen und Andernach bereite ich einen Schwerpunkt zum Ehrenamt im Landkreis vor, der am Samstag, 2. Mai, erscheinen soll. Ich würde dazu gern Angaben der Kreisverwaltung einbinden und bitte um Beantwortung folgender Fragen:

– Wie viele Ehrenamtskarten sind im Landkreis Mayen-Koblenz derzeit gültig, und wie hat sich die Zahl seit 2023 entwickelt?
– Welche Einrichtungen im Kreis gewähren Vergünstigungen, und sind zuletzt neue Partner hinzugekommen?
– Plant der Landrat in diesem Jahr wieder einen Empfang für Ehrenamtliche, und wann wäre der?
– Gibt es ein kurzes Statement des Landrats, das wir zitieren dürfen?

Außerdem würden wir gern ein Foto bei der nächsten Übergabe von Karten machen, falls eine in den nächsten zwei Wochen vorgesehen ist. Unser Fotograf wäre zeitlich flexibel.

Da die Seite am Donnerstagabend in Produktion geht, wäre ich für eine Rückmeldung bis Donnerstag, 30. April, 12 Uhr, sehr dankbar. Für Rückfragen erreichen Sie mich unter 0261 892-3417.

Mit freundlichen Grüßen

Katrin Meurer
Redaktion Mayen
Rhein-Zeitung",
    ),
    (
        "praxissemester-soziale-arbeit-hochschule-koblenz",
        "11",
        "Leonie Brachtendorf
Friedrich-Ebert-Straße 61
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 3. Februar 2026

Bewerbung um einen Platz für mein Praxissemester (Wintersemester 2026/27)

Sehr geehrte Damen und Herren,

ich studiere im vierten Semester Soziale Arbeit an der Hochschule Koblenz und suche für mein Praxissemester, das vom 1. September 2026 bis zum 28. Februar 2027 dauert, einen Platz in Ihrer Verwaltung. Am liebsten würde ich die Zeit im Allgemeinen Sozialen Dienst Ihres Jugendamtes verbringen, weil mich die Arbeit mit Familien in Krisen seit meinem Freiwilligen Sozialen Jahr in einer Wohngruppe in Bendorf besonders interessiert. Ich wäre aber auch für einen Platz in einem anderen sozialen Bereich Ihres Hauses dankbar.

Die Hochschule verlangt eine Anleitung durch eine staatlich anerkannte Sozialarbeiterin oder einen Sozialarbeiter und einen Praktikumsvertrag nach ihrem Vordruck, den ich beilege. Eine Vergütung schreibt die Studienordnung nicht vor; falls Sie eine zahlen, freue ich mich natürlich.

Ich besitze einen Führerschein der Klasse B und könnte für Hausbesuche auch mein eigenes Auto nutzen. Ein erweitertes Führungszeugnis beantrage ich gern, sobald Sie mir sagen, dass Sie es brauchen.

Anbei finden Sie meinen Lebenslauf, die Notenübersicht der bisherigen Semester, die Bescheinigung über das FSJ und den Vertragsvordruck der Hochschule.

Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen

Leonie Brachtendorf

Anlagen: Lebenslauf, Notenübersicht, FSJ-Bescheinigung, Praktikumsvertrag (Vordruck)",
    ),
    (
        "jobticket-zuschuss-deutschlandticket-sachbearbeiterin",
        "11",
        "Von: Sabine Hürter <sabine.huerter@kvmyk.de>
An: personal@kvmyk.de
Datum: Di, 13. Januar 2026, 12:04
Betreff: Zuschuss Deutschlandticket als Jobticket – wie beantragen?

Hallo zusammen,

ich bin seit Oktober im Bereich Wohngeld tätig (Personalnummer 40718) und pendle jeden Tag mit dem Zug von Mendig nach Koblenz. Bisher habe ich mein Deutschlandticket privat über die App der Bahn abonniert.

Eine Kollegin hat mir in der Mittagspause erzählt, dass man als Beschäftigte der Kreisverwaltung das Ticket als Jobticket bekommen kann und der Arbeitgeber einen Teil dazuzahlt. Im Intranet habe ich dazu leider nur eine Seite von 2023 gefunden, und der Link zum Antragsformular führt ins Leere.

Könnt ihr mir sagen,
– ob das Angebot noch gilt und wie hoch der Zuschuss aktuell ist,
– ob ich mein privates Abo zuerst selbst kündigen muss oder ob das beim Wechsel automatisch passiert,
– ab welchem Monat es frühestens klappen würde und ob mein Eigenanteil dann direkt mit dem Gehalt verrechnet wird?

Ich arbeite in Teilzeit mit 30 Wochenstunden, falls das eine Rolle spielt.

Danke euch und viele Grüße
Sabine Hürter
Kreisverwaltung Mayen-Koblenz
Zimmer 214, Durchwahl -412",
    ),
    (
        "reha-bewilligt-drei-wochen-mitarbeiter-aussenstelle-mayen",
        "11",
        "Marco Schwindenhammer
Im Bungert 7
56751 Polch

An die Kreisverwaltung Mayen-Koblenz
– Personalverwaltung –
Bahnhofstraße 9
56068 Koblenz

Polch, 26. Februar 2026

Bewilligung einer medizinischen Rehabilitation

Sehr geehrte Damen und Herren,

hiermit teile ich Ihnen mit, dass mir die Deutsche Rentenversicherung Rheinland-Pfalz eine stationäre Rehabilitation in der Klinik Sonnenhang in Bad Ems bewilligt hat. Die Maßnahme beginnt am 16. März 2026 und ist zunächst auf drei Wochen angesetzt; eine Verlängerung ist laut Bescheid möglich. Eine Kopie des Bewilligungsbescheids lege ich bei.

Ich arbeite als Sachbearbeiter am Schalter der Zulassungsstelle in der Außenstelle Mayen. Meine Vorgesetzte, Frau Kretzer, weiß schon Bescheid, hat mich aber gebeten, es trotzdem schriftlich an Sie zu schicken.

Dazu habe ich noch ein paar Fragen:
– Zählen die Tage wie eine Krankheit, oder muss ich Urlaub dafür nehmen? Für die Osterferien habe ich schon eine Woche Urlaub eingetragen, die teilweise in die Reha fallen würde. Kann ich den Urlaub zurückgeben?
– Bekomme ich während der Reha mein normales Gehalt weiter, oder zahlt die Rentenversicherung Übergangsgeld?
– Muss ich nach der Reha eine Bescheinigung der Klinik einreichen, und an wen genau?

Der Arzt hat außerdem angedeutet, dass danach eventuell eine stufenweise Rückkehr an den Arbeitsplatz sinnvoll sein könnte. Wenn das kommt, melde ich mich wieder.

Mit freundlichen Grüßen

Marco Schwindenhammer
Personalnummer 31562

Anlage: Bewilligungsbescheid der DRV vom 18.02.2026 (Kopie)",
    ),
    (
        "rechnung-aufzugswartung-kreishaus-erstes-quartal",
        "20",
        "Lift-Service Mittelrhein GmbH
Industriestraße 22
56218 Mülheim-Kärlich
Tel. 02630 9674-0

Kreisverwaltung Mayen-Koblenz
Gebäudemanagement
Bahnhofstraße 9
56068 Koblenz

Rechnung Nr. 2026-01187
Kundennummer: 10433
Rechnungsdatum: 31.03.2026
Leistungszeitraum: 01.01.2026 – 31.03.2026
Ihre Bestellnummer: 2025/GM-0312

Sehr geehrte Damen und Herren,

gemäß Wartungsvertrag vom 14.11.2024 berechnen wir Ihnen die Wartung und Inspektion der Aufzugsanlagen für das erste Quartal 2026:

Pos. 1  Vollwartung Personenaufzug Kreishaus, Haupttreppenhaus (Fabr.-Nr. 47711), Quartalspauschale – 612,00 €
Pos. 2  Vollwartung Personenaufzug Kreishaus, Anbau Ost (Fabr.-Nr. 52290), Quartalspauschale – 612,00 €
Pos. 3  Notrufbereitschaft 24 h, beide Anlagen, Quartal – 138,00 €
Pos. 4  Störungseinsatz 17.02.2026, Anbau Ost, Türlichtschranke getauscht, 1,5 Std. Monteur – 142,50 €
Pos. 5  Material Lichtgitter Typ LG 2000 – 286,40 €

Summe netto: 1.790,90 €
zzgl. 19 % USt: 340,27 €
Rechnungsbetrag: 2.131,17 €

Bitte überweisen Sie den Betrag innerhalb von 30 Tagen ohne Abzug unter Angabe der Rechnungsnummer auf unser Konto bei der Sparkasse Koblenz, IBAN DE41 5705 0120 0000 2218 43, BIC MALADE51KOB.

Der Prüfbericht zum Störungseinsatz liegt bei. Die nächste turnusmäßige Wartung ist für die 16. Kalenderwoche vorgesehen; unser Monteur meldet sich vorher beim Hausmeister.

Mit freundlichen Grüßen

Lift-Service Mittelrhein GmbH
i. A. Andrea Wollscheid, Buchhaltung

Geschäftsführer: Thomas Kaspari · Amtsgericht Koblenz HRB 21457 · USt-IdNr. DE148552901",
    ),
    (
        "erbin-mahnung-kreiskasse-an-verstorbenen-vater",
        "20",
        "Birgit Schäfer-Nolden
Auf der Hohl 3
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Kreiskasse
Bahnhofstraße 9
56068 Koblenz

Kobern-Gondorf, 17. März 2026

Kassenzeichen 5.1120.038841 – Mahnung an meinen verstorbenen Vater Heinz Nolden

Sehr geehrte Damen und Herren,

mein Vater, Heinz Nolden, zuletzt wohnhaft Moselstraße 48 in Kobern-Gondorf, ist am 2. Januar 2026 gestorben. Beim Ausräumen seiner Wohnung habe ich jetzt eine Mahnung vom 24. Februar gefunden, die noch an ihn adressiert ist. Es geht um 184,60 Euro zuzüglich Mahngebühren. Worum es sich handelt, kann ich dem Schreiben leider nicht entnehmen, dort steht nur „Forderung aus Bescheid vom 30.10.2025“.

Laut Erbschein vom 5. März 2026 bin ich Alleinerbin, eine Kopie liegt bei. Ich bin bereit, offene Beträge meines Vaters zu begleichen, möchte aber vorher wissen, wofür die Forderung entstanden ist, und bitte deshalb um eine kurze Aufstellung. Gibt es außer diesem Kassenzeichen noch weitere offene Posten auf seinen Namen?

Außerdem bitte ich, auf die Mahngebühren zu verzichten. Mein Vater lag seit November im Krankenhaus und konnte sich um seine Post nicht mehr kümmern.

Bitte schicken Sie künftige Schreiben in dieser Sache an meine Anschrift. Sobald ich die Aufstellung habe, überweise ich den Betrag von meinem eigenen Konto.

Mit freundlichen Grüßen

Birgit Schäfer-Nolden

Anlagen: Sterbeurkunde (Kopie), Erbschein (Kopie), Mahnung vom 24.02.2026",
    ),
    (
        "lieferant-meldet-doppelte-zahlung-bietet-rueckueberweisung",
        "20",
        "Von: Buchhaltung Papier-Kolb <buchhaltung@papier-kolb.de>
An: kreiskasse@kvmyk.de
Datum: Do, 7. Mai 2026, 09:31
Betreff: Zahlungseingang doppelt – Rechnung 26-0457 – wohin zurücküberweisen?

Sehr geehrte Damen und Herren,

bei unserem Kontenabgleich ist aufgefallen, dass für unsere Rechnung Nr. 26-0457 vom 2. April 2026 über 1.468,20 Euro (Kopierpapier und Ordner für Ihre Außenstelle Mayen) zwei Zahlungen von Ihnen eingegangen sind: am 21. April und nochmals am 29. April, jeweils mit dem Verwendungszweck „RE 26-0457 Kd 7781“.

Den zu viel gezahlten Betrag möchten wir selbstverständlich zurücküberweisen. Bevor wir das tun, bitten wir um kurze Bestätigung, auf welches Konto die Rückzahlung gehen soll und welchen Verwendungszweck wir angeben sollen, damit das Geld bei Ihnen richtig zugeordnet wird. Beide Zahlungen kamen von der Sparkasse Koblenz, wir wollen aber nicht auf gut Glück überweisen.

Alternativ könnten wir den Betrag auch mit unserer nächsten Rechnung verrechnen, die voraussichtlich Ende Mai kommt. Bitte teilen Sie uns mit, was Ihnen lieber ist.

Mit freundlichen Grüßen

Jessica Kolb
Buchhaltung
Papier-Kolb Bürobedarf e. K.
Koblenzer Straße 118
56727 Mayen
Tel. 02651 7034-22",
    ),
    (
        "insolvenzgericht-eroeffnung-dachtechnik-mendig-forderungsanmeldung",
        "30",
        "Amtsgericht Koblenz
– Insolvenzgericht –
Karmeliterstraße 14
56068 Koblenz

Aktenzeichen: 24 IN 87/26
(bitte stets angeben)

An den
Landkreis Mayen-Koblenz
vertreten durch den Landrat
Bahnhofstraße 9
56068 Koblenz

Koblenz, 14.04.2026

Insolvenzverfahren über das Vermögen der Dachtechnik Weiler GmbH, Brauerstraße 41, 56743 Mendig, vertreten durch den Geschäftsführer Uwe Weiler

Sehr geehrte Damen und Herren,

in dem oben bezeichneten Verfahren wurde durch Beschluss vom 10.04.2026, 11:30 Uhr, das Insolvenzverfahren eröffnet. Zum Insolvenzverwalter wurde bestellt:

Rechtsanwalt Dr. Stefan Hoevel
Löhrstraße 80, 56068 Koblenz
Telefon 0261 300 54-0

Sie sind in den Unterlagen der Schuldnerin als Gläubiger aufgeführt. Die Gläubiger werden aufgefordert, ihre Forderungen bis zum 29.05.2026 unter Beachtung des § 174 InsO schriftlich beim Insolvenzverwalter anzumelden. Die Anmeldung soll Grund und Betrag der Forderung angeben; Urkunden, aus denen sich die Forderung ergibt, sollen in Kopie beigefügt werden.

Wer Verpflichtungen gegenüber der Schuldnerin hat, darf nicht mehr an die Schuldnerin leisten, sondern nur noch an den Insolvenzverwalter. Gläubiger, die Sicherungsrechte an beweglichen Sachen oder an Rechten der Schuldnerin in Anspruch nehmen, haben dies dem Verwalter unverzüglich mitzuteilen.

Berichtstermin und Prüfungstermin finden statt am
Mittwoch, 17.06.2026, 10:00 Uhr, Saal 108, im Gebäude des Amtsgerichts.

Eine Ausfertigung des Eröffnungsbeschlusses ist beigefügt. Weitere Bekanntmachungen erfolgen im Internet unter www.insolvenzbekanntmachungen.de.

Möller
Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ),
    (
        "amtshaftung-verzoegerte-baugenehmigung-bereitstellungszinsen",
        "30",
        "RECHTSANWÄLTE LAUX & PARTNER mbB
Schloßstraße 27 · 56068 Koblenz
Tel. 0261 13 48 60 · kanzlei@laux-partner.de

Kreisverwaltung Mayen-Koblenz
z. Hd. des Landrats
Bahnhofstraße 9
56068 Koblenz

Koblenz, 8. Juni 2026
Unser Zeichen: 211/26 RL/ks

Geltendmachung von Schadensersatz wegen Amtspflichtverletzung
Unsere Mandanten: Eheleute Tobias und Nadine Henrichs, Im Wiesengrund 12, 56575 Weißenthurm
Bauvorhaben: Neubau Einfamilienhaus, Gemarkung Weißenthurm, Flur 9, Flurstück 214/3

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Eheleute Henrichs anwaltlich vertreten; eine auf uns lautende Vollmacht fügen wir bei.

Unsere Mandanten haben am 4. August 2025 einen vollständigen Bauantrag eingereicht. Die Baugenehmigung wurde erst am 12. März 2026 erteilt, obwohl nach Auskunft Ihres Hauses bereits im Oktober 2025 alle Stellungnahmen vorlagen. Eine sachliche Begründung für die weitere Verzögerung von rund fünf Monaten ist nicht ersichtlich; mehrere schriftliche Nachfragen unserer Mandanten blieben unbeantwortet.

Durch die Verzögerung sind unseren Mandanten folgende Schäden entstanden:
– Bereitstellungszinsen der finanzierenden Bank, November 2025 bis März 2026: 4.870,00 €
– Mehrkosten des Rohbauunternehmens aufgrund vertraglicher Preisanpassung: 9.215,00 €
– Miete für die bisherige Wohnung, fünf Monate à 1.080,00 €: 5.400,00 €
insgesamt 19.485,00 €.

Namens und in Vollmacht unserer Mandanten fordern wir Sie auf, Ihre Einstandspflicht dem Grunde nach bis zum

30. Juni 2026

schriftlich anzuerkennen. Nach fruchtlosem Fristablauf werden wir unseren Mandanten empfehlen, den Anspruch aus § 839 BGB in Verbindung mit Art. 34 GG gerichtlich geltend zu machen.

Wir bitten außerdem, den Vorgang Ihrem Haftpflichtversicherer zur Kenntnis zu geben.

Mit freundlichen Grüßen

Dr. Rebecca Laux
Rechtsanwältin",
    ),
    (
        "trockenbaufirma-bestreitet-vertragsstrafe-sporthalle-klageandrohung",
        "30",
        "Dr. Fuchs & Kollegen
Rechtsanwälte · Fachanwälte für Bau- und Architektenrecht
Am Wöllershof 12
56068 Koblenz

Landkreis Mayen-Koblenz
vertreten durch den Landrat
Bahnhofstraße 9
56068 Koblenz

Koblenz, 21. Juli 2026
Unser Aktenzeichen: F-0619/26

Sanierung der Sporthalle der Berufsbildenden Schule Andernach, Los 3 – Trockenbauarbeiten
Ihre Schlussrechnungsprüfung vom 19.06.2026 – Einbehalt einer Vertragsstrafe

Sehr geehrte Damen und Herren,

wir vertreten die Trockenbau Reifferscheid GmbH, Kreuzstraße 7, 56642 Kruft. Eine Vollmacht liegt an.

Unsere Mandantin hat die ihr übertragenen Arbeiten am 30. April 2026 fertiggestellt; die Abnahme erfolgte am 6. Mai 2026. Mit Ihrer Prüfung der Schlussrechnung haben Sie von dem anerkannten Betrag von 186.400,00 € brutto eine Vertragsstrafe in Höhe von 9.320,00 € (5 %) abgezogen und dies mit einer Überschreitung des Fertigstellungstermins begründet.

Der Abzug ist unberechtigt. Die Verzögerung beruht ausschließlich auf Umständen aus Ihrem Verantwortungsbereich: Die Ausführungspläne für die Akustikdecke wurden erst am 9. Februar 2026 übergeben, zudem konnte wegen der verspäteten Elektroinstallation eines anderen Gewerks über mehrere Wochen nicht geschlossen werden. Unsere Mandantin hat dies mit Behinderungsanzeigen vom 12. Januar und 3. März 2026 ordnungsgemäß angezeigt; Kopien liegen bei. Im Übrigen fehlt es an einem wirksamen Vorbehalt der Vertragsstrafe bei der Abnahme.

Wir fordern Sie auf, den einbehaltenen Betrag von 9.320,00 € bis spätestens

14. August 2026

auf das Ihnen bekannte Konto unserer Mandantin zu zahlen. Sollte die Frist fruchtlos verstreichen, haben wir Auftrag, ohne weitere Ankündigung Klage beim Landgericht Koblenz zu erheben; die Geltendmachung von Verzugszinsen behalten wir uns vor.

Mit freundlichen Grüßen

Dr. Matthias Fuchs
Rechtsanwalt",
    ),
    (
        "strausswirtschaft-anzeige-weingut-winningen",
        "32",
        "Weingut Löwenstein
Inhaber Jan Löwenstein
Fährstraße 9
56333 Winningen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Winningen, 2. Juni 2026

Straußwirtschaft im Herbst 2026 – was muss ich einreichen?

Sehr geehrte Damen und Herren,

ich habe zum Jahresbeginn das Weingut meiner Eltern übernommen. Mein Vater hat bis 2019 jedes Jahr im Herbst eine Straußwirtschaft im Hof betrieben, danach war wegen Corona und seiner Krankheit Pause. Ich möchte das gern wieder aufnehmen, und zwar vom 28. August bis zum 18. Oktober 2026.

Geplant ist Folgendes: Ausschank nur unserer eigenen Weine und von Traubensaft, dazu einfache Speisen wie Zwiebelkuchen, Flammkuchen und Käsebrot. Sitzplätze gibt es im ehemaligen Kelterhaus (etwa 40) und im Innenhof unter dem Nussbaum (etwa 30). Geöffnet hätten wir freitags und samstags von 16 bis 23 Uhr und sonntags ab 12 Uhr. Die Belehrung nach dem Infektionsschutzgesetz haben meine Frau und ich bereits, die beiden Aushilfen machen sie noch im Juli.

Mein Vater hat damals immer nur einen Zettel ausgefüllt, den finde ich aber nicht mehr. Können Sie mir sagen, welche Unterlagen Sie von mir brauchen, wie lange vorher das angezeigt sein muss und ob eine Gebühr anfällt? Gilt die Anzeige meines Vaters vielleicht noch weiter, weil es derselbe Betrieb ist? Und dürfen die Gäste im Hof bis 23 Uhr sitzen, oder müssen wir draußen früher schließen?

Für einen Rückruf wäre ich dankbar: 02606 1349.

Mit freundlichen Grüßen

Jan Löwenstein",
    ),
    (
        "jugendfischereischein-zwoelfjaehriger-mit-opa-am-rhein",
        "32",
        "Von: Carina Pohl <carina.pohl@web.de>
An: info@kvmyk.de
Datum: Sa, 21. März 2026, 19:56
Betreff: Angelschein für meinen Sohn (12)

Hallo,

mein Sohn Luis ist zwölf und will unbedingt mit seinem Opa angeln gehen. Mein Vater hat seit Jahrzehnten einen Fischereischein und ist im Angelsportverein in Vallendar, er würde Luis mitnehmen, meistens an den Rhein und ab und zu an einen Vereinsweiher.

Im Verein hat man uns gesagt, dass Kinder in dem Alter einen Jugendfischereischein brauchen und den bei der Kreisverwaltung bekommen. Auf Ihrer Internetseite habe ich leider nichts Passendes gefunden, deshalb frage ich so:

– Was müssen wir dafür mitbringen oder einschicken? Reicht ein Passbild und der Kinderausweis?
– Muss ich als Mutter einen Antrag unterschreiben, oder braucht es beide Eltern? Wir sind getrennt.
– Was kostet das und wie lange gilt der Schein?
– Kann Luis damit allein angeln oder nur, wenn mein Vater dabei ist?
– Ab welchem Alter kann er die richtige Prüfung machen? Er fragt jetzt schon danach.

Am liebsten würde ich das per Post erledigen, da ich unter der Woche bis 17 Uhr arbeite. Die Osterferien würden die beiden nämlich gern schon zum Angeln nutzen.

Vielen Dank und viele Grüße
Carina Pohl
Hillscheider Straße 20
56179 Vallendar
Tel. 0261 96 35 118",
    ),
    (
        "schuetzengesellschaft-schiessnachweise-wiederholungspruefung",
        "32",
        "Von: Schriftführer SG 1878 Münstermaifeld <schriftfuehrer@sg1878-mmf.de>
An: waffenbehoerde@kvmyk.de
Datum: Di, 5. Mai 2026, 20:47
Betreff: Schießnachweise für fünf Mitglieder – Ihre Schreiben vom 14.04.2026

Sehr geehrte Damen und Herren,

fünf Mitglieder unserer Schützengesellschaft haben im April von Ihnen Schreiben erhalten, in denen Sie im Rahmen der wiederkehrenden Überprüfung um den Nachweis bitten, dass das Bedürfnis für ihre erlaubnispflichtigen Waffen fortbesteht. Die Frist ist jeweils der 30. Juni 2026.

Damit nicht jeder einzeln bei Ihnen vorstellig werden muss, schicken wir Ihnen im Auftrag der Mitglieder die Vereinsbescheinigungen gesammelt zu (als PDF im Anhang, jeweils vom 1. Vorsitzenden unterschrieben):

– Walter Emmerich, Ihr Zeichen WBK 2011/0347
– Sandra Emmerich, Ihr Zeichen WBK 2016/0912
– Klaus-Peter Dötsch, Ihr Zeichen WBK 2008/0155
– Heiko Scherhag, Ihr Zeichen WBK 2019/0488
– Frank Lenz, Ihr Zeichen WBK 2014/0620

Aus den Schießbüchern ergeben sich für alle fünf regelmäßige Trainingstermine mit Kurz- bzw. Langwaffen in den letzten zwölf Monaten. Die Mitgliedschaft im Verein besteht bei allen seit mindestens zehn Jahren.

Zwei Fragen hätten wir noch: Benötigen Sie zusätzlich eine Bestätigung unseres Landesverbandes, oder genügt die Vereinsbescheinigung? Und reicht die elektronische Übersendung, oder sollen die Originale per Post nachgereicht werden?

Mit Schützengruß

Bernd Weckbecker
Schriftführer
Schützengesellschaft 1878 Münstermaifeld e. V.
Am Schießstand 1, 56294 Münstermaifeld",
    ),
    (
        "passbeschaffung-botschaft-guinea-duldung-laeuft-ab-bendorf",
        "33",
        "Mamadou Bah
Sayner Straße 102
56170 Bendorf

An Kreisverwaltung Mayen-Koblenz
Ausländerbehörde
Bahnhofstraße 9
56068 Koblenz

Bendorf, 10.03.2026

Aktenzeichen: A-B 4471/23
Meine Duldung und der Pass

Sehr geehrte Damen und Herren,

Sie haben mir im Januar geschrieben, dass ich einen Pass von meinem Land besorgen muss. Ich habe das verstanden und ich mache es.

Am 3. März 2026 war ich in Berlin bei der Botschaft von Guinea. Die Bestätigung von dem Termin und die Quittung von der Gebühr (60 Euro) lege ich in den Brief. Die Botschaft sagt, sie brauchen noch eine Geburtsurkunde aus Conakry. Mein Bruder lebt dort und geht zum Amt, aber er sagt, es dauert vielleicht zwei Monate, bis er die Urkunde schicken kann.

Meine Duldung geht nur bis 31. März 2026. Bitte verlängern Sie die Duldung, ich brauche sie für die Arbeit. Ich arbeite seit Oktober als Helfer in einer Bäckerei in Bendorf, 25 Stunden in der Woche. Mein Chef möchte mich ab Mai mehr Stunden arbeiten lassen. Ist dafür eine neue Erlaubnis nötig? Den Brief von meinem Chef lege ich auch bei.

Wenn Sie noch andere Papiere brauchen, schreiben Sie mir bitte. Ich komme auch gerne zu Ihnen, aber bitte nicht am Vormittag, da arbeite ich.

Vielen Dank

Mamadou Bah

Anlagen: Terminbestätigung Botschaft, Quittung, Schreiben Bäckerei Kolbe",
    ),
    (
        "kindernachzug-tochter-aus-ghana-pflegekraft-andernach",
        "33",
        "Abena Mensah-Krüger
Koblenzer Straße 61
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Ausländerbehörde
Bahnhofstraße 9
56068 Koblenz

Andernach, 28. Januar 2026

Nachzug meiner Tochter Ama Owusu, geb. 04.09.2010

Sehr geehrte Damen und Herren,

ich lebe seit 2018 in Deutschland und arbeite als Pflegefachkraft im St. Nikolaus-Stiftshospital in Andernach. Seit 2023 habe ich eine Niederlassungserlaubnis. Meine Tochter Ama ist 15 Jahre alt und lebt bis jetzt bei meiner Mutter in Kumasi in Ghana. Meine Mutter ist inzwischen 74 und sehr krank, sie kann sich nicht mehr um Ama kümmern. Deshalb möchte ich meine Tochter zu mir nach Deutschland holen.

Wir haben bei der Deutschen Botschaft in Accra einen Termin für den Visumantrag am 16. April 2026. Eine Bekannte hat mir gesagt, dass die Botschaft Ihre Zustimmung braucht und dass es schneller geht, wenn ich schon vorher alles bei Ihnen einreiche.

Ich habe eine Dreizimmerwohnung mit 74 Quadratmetern, Ama bekommt ein eigenes Zimmer. Das alleinige Sorgerecht habe ich durch einen Beschluss des High Court in Kumasi von 2021, die beglaubigte Übersetzung liegt bei. Der Vater hat seit Jahren keinen Kontakt.

Meine Fragen: Welche Unterlagen brauchen Sie noch von mir? Muss Ama vorher Deutsch lernen, weil sie schon 15 ist? Und wie lange dauert es ungefähr, bis Sie der Botschaft antworten?

Kopien meiner Niederlassungserlaubnis, meines Arbeitsvertrags, der letzten drei Gehaltsabrechnungen, des Mietvertrags und der Geburtsurkunde von Ama lege ich bei.

Mit freundlichen Grüßen

Abena Mensah-Krüger",
    ),
    (
        "studentin-vietnam-werkstudentenjob-mehr-stunden-erlaubt",
        "33",
        "Von: Thi Lan Nguyen <lan.nguyen@stud.hs-koblenz.de>
An: auslaenderbehoerde@kvmyk.de
Datum: Fr, 15. Mai 2026, 14:20
Betreff: Frage zu Arbeitserlaubnis – Werkstudentin bei Ingenieurbüro

Sehr geehrte Damen und Herren,

ich bin Studentin aus Vietnam und studiere Bauingenieurwesen an der Hochschule Koblenz (5. Semester). Ich wohne in Mülheim-Kärlich und habe eine Aufenthaltserlaubnis zum Studium, gültig bis 30.09.2027.

Ein Ingenieurbüro in Mülheim-Kärlich hat mir eine Stelle als Werkstudentin angeboten. Geplant sind 20 Stunden pro Woche während der Vorlesungszeit und in den Semesterferien (August und September) Vollzeit, also 40 Stunden. Später möchte das Büro mich vielleicht auch für meine Bachelorarbeit behalten.

In meiner Zusatzblatt steht „Beschäftigung bis zu 140 ganze Tage oder 280 halbe Tage im Jahr sowie studentische Nebentätigkeit erlaubt“. Ich verstehe nicht genau, wie das mit 20 Stunden pro Woche gerechnet wird und ob die Vollzeit in den Ferien dazuzählt. Ich möchte auf keinen Fall etwas Falsches machen und meinen Aufenthalt in Gefahr bringen.

Darf ich diese Stelle so annehmen, oder brauche ich vorher eine Erlaubnis von Ihnen? Wenn ja, welche Unterlagen soll ich schicken? Den Entwurf des Arbeitsvertrags habe ich angehängt. Das Büro möchte am 1. Juni anfangen.

Vielen Dank für Ihre Hilfe.

Mit freundlichen Grüßen
Thi Lan Nguyen
Am Kaiserborn 4, 56218 Mülheim-Kärlich",
    ),
    (
        "verwarnungsgeld-in-eigener-umzugs-halteverbotszone-bendorf",
        "36",
        "Kerstin Diewald
Engerser Straße 15
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bußgeldstelle
Bahnhofstraße 9
56068 Koblenz

Bendorf, 30. März 2026

Verwarnungsgeldangebot vom 23.03.2026, Aktenzeichen 502.118734.6
Kennzeichen MYK-KD 815

Sehr geehrte Damen und Herren,

mit dem oben genannten Schreiben werfen Sie mir vor, am 14. März 2026 um 10:40 Uhr in der Engerser Straße vor Hausnummer 15 im eingeschränkten Halteverbot geparkt zu haben. Sie bieten mir ein Verwarnungsgeld von 55 Euro an.

Das ist ein Missverständnis. An diesem Samstag bin ich umgezogen, und genau für diesen Zweck hatte ich die Halteverbotszone selbst beantragt. Die Genehmigung des Ordnungsamtes der Stadt Bendorf vom 2. März 2026 liegt in Kopie bei, dort ist mein Kennzeichen ausdrücklich als zugelassenes Fahrzeug eingetragen, zusammen mit dem Transporter. Wir haben den ganzen Vormittag Kartons aus meinem Kofferraum und aus dem Transporter ins Haus getragen.

Vermutlich hat die Kontrolle das Schild gesehen, aber nicht den Zettel mit der Genehmigung hinter meiner Windschutzscheibe, der war wohl etwas verrutscht. Ein Foto vom Armaturenbrett mit dem Zettel, aufgenommen am selben Tag, lege ich ebenfalls bei.

Ich bitte Sie daher, das Verfahren einzustellen. Das Verwarnungsgeld werde ich nicht überweisen, solange ich nichts von Ihnen gehört habe. Den Anhörungsbogen habe ich ausgefüllt zurückgeschickt, dieses Schreiben ist als Ergänzung gedacht.

Mit freundlichen Grüßen

Kerstin Diewald

Anlagen: Genehmigung Halteverbotszone, Foto",
    ),
    (
        "ummeldung-von-hamburg-kennzeichen-behalten-vallendar",
        "36",
        "Von: Jens Albrecht <jens.albrecht@gmx.net>
An: zulassung@kvmyk.de
Datum: Mi, 18. Februar 2026, 08:12
Betreff: Umzug aus Hamburg – Auto ummelden, HH-Kennzeichen behalten?

Moin,

ich bin Anfang Februar von Hamburg nach Vallendar gezogen (Meldebescheinigung habe ich seit letzter Woche) und muss jetzt noch mein Auto ummelden. Es ist ein VW Golf, zugelassen auf mich, Kennzeichen HH-JA 2207.

Ich habe gelesen, dass man sein altes Kennzeichen inzwischen beim Umzug behalten darf. Das würde ich gern machen, weil ich beruflich oft in Hamburg bin und die Schilder ehrlich gesagt mag. Stimmt das, und muss ich das irgendwie extra beantragen?

Außerdem:
– Geht die Ummeldung online, oder muss ich persönlich vorbeikommen? Einen Personalausweis mit Online-Funktion habe ich.
– Welche Papiere brauche ich? Ich habe Zulassungsbescheinigung Teil I und Teil II, die eVB-Nummer von der Versicherung habe ich auch schon.
– Falls ich persönlich kommen muss: Ist das in Koblenz oder in einer Außenstelle, und brauche ich einen Termin?

Der nächste TÜV ist übrigens im Juni fällig, spielt das eine Rolle?

Danke und beste Grüße
Jens Albrecht
Hellenstraße 9
56179 Vallendar",
    ),
    (
        "schluesselzahl-196-eintragen-nach-fahrschule-mendig",
        "36",
        "Tobias Gilles
Laacher-See-Straße 28
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Führerscheinstelle
Bahnhofstraße 9
56068 Koblenz

Mendig, 9. April 2026

Eintragung der Schlüsselzahl 196 in meinen Führerschein

Sehr geehrte Damen und Herren,

ich habe seit 2017 den Führerschein Klasse B. Bei der Fahrschule Knieps in Mendig habe ich im März die vorgeschriebene Schulung (Theorie und praktische Fahrstunden) gemacht, damit ich mit meinem Autoführerschein auch ein Leichtkraftrad bis 125 ccm fahren darf. Die Bescheinigung der Fahrschule vom 28. März 2026 liegt im Original bei.

Ich bitte darum, die Schlüsselzahl 196 in meinen Führerschein einzutragen. Soweit ich verstanden habe, bekomme ich dafür eine neue Karte. Ein aktuelles biometrisches Passfoto und eine Kopie meines jetzigen Führerscheins und Personalausweises lege ich bei.

Ein paar Fragen habe ich noch:
– Muss ich zur Abholung persönlich kommen und die alte Karte abgeben, oder wird die neue zugeschickt?
– Was kostet das, und kann ich überweisen?
– Darf ich in der Zwischenzeit mit der Bescheinigung der Fahrschule schon fahren? Das Motorrad steht schon in der Garage.

Tagsüber bin ich unter 0160 90 22 417 erreichbar.

Vielen Dank und freundliche Grüße

Tobias Gilles

Anlagen: Bescheinigung der Fahrschule, Passfoto, Kopien Führerschein und Personalausweis",
    ),
    (
        "weichkaese-in-der-sonne-wochenmarkt-andernach",
        "39",
        "Von: Ulrike Fassbender <u.fassbender@t-online.de>
An: info@kvmyk.de
Datum: So, 17. Mai 2026, 11:03
Betreff: Käse- und Wurststand auf dem Wochenmarkt – bitte mal kontrollieren

Sehr geehrte Damen und Herren,

ich kaufe seit Jahren samstags auf dem Wochenmarkt in Andernach ein. Gestern, am 16. Mai, ist mir am Stand mit Käse und Wurst aus dem Allgäu (weißer Verkaufswagen mit grüner Markise, direkt am Brunnen) etwas aufgefallen, das mir keine Ruhe lässt.

Es war gegen 11 Uhr schon sehr warm, das Thermometer an der Apotheke zeigte 27 Grad. Die Kühltheke war offen, die Klappe hochgestellt, und die Weichkäse lagen zum Teil auf einem Brett vorne auf der Theke in der prallen Sonne. Der Camembert war sichtbar schon zerlaufen. Der Verkäufer hat mit demselben Messer erst eine rohe Mettwurst und dann ein Stück Bergkäse für mich geschnitten, zwischendurch Geld genommen und keine Handschuhe getragen. Ein Handwaschbecken habe ich nicht gesehen.

Den Brie, den ich dort gekauft habe, habe ich zu Hause weggeworfen, er roch schon komisch. Gegessen haben wir davon nichts, also ist zum Glück niemandem schlecht geworden.

Wer den Markt genehmigt, weiß ich nicht, darum geht es mir auch nicht. Ich möchte nur, dass sich jemand, der etwas von Lebensmitteln versteht, diesen Stand einmal anschaut. Ich will niemanden anschwärzen, aber bei der Hitze im Sommer wird es ja nicht besser.

Mit freundlichen Grüßen
Ulrike Fassbender
Hochstraße 88, 56626 Andernach",
    ),
    (
        "graupapagei-allein-im-kaefig-auf-dem-balkon-kruft",
        "39",
        "Horst Mertes
Kretzer Straße 19
56642 Kruft

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kruft, 4. Februar 2026

Papagei bei meinem Nachbarn

Sehr geehrte Damen und Herren,

ich schreibe Ihnen, weil ich mir Sorgen um einen Vogel mache und mit dem Nachbarn selbst nicht weiterkomme.

Im Haus gegenüber, Kretzer Straße 22, erste Etage links, wohnt ein jüngerer Mann, der seit ungefähr einem Jahr einen Graupapagei hat. Der Vogel sitzt allein in einem Käfig, der nach meiner Schätzung höchstens 50 mal 50 Zentimeter groß ist. Der Käfig steht fast immer draußen auf dem Balkon, auch jetzt im Winter bei Frost. Letzte Woche hatten wir nachts minus sechs Grad, und der Käfig war nur mit einer Decke halb zugehängt.

Der Vogel schreit oft stundenlang, vor allem morgens, wenn der Mann zur Arbeit ist. Mit dem Fernglas sieht man, dass er an der Brust und an den Flügeln kaum noch Federn hat. Ich habe mir sagen lassen, dass sich diese Tiere die Federn selbst ausreißen, wenn sie allein sind und sich langweilen.

Ich habe den Nachbarn im Dezember freundlich angesprochen. Er meinte nur, das sei sein Vogel und der sei das gewohnt. Seitdem grüßt er nicht mehr.

Ich bin kein Fachmann, aber so kann das doch nicht richtig sein. Könnten Sie bitte einmal jemanden vorbeischicken? Meinen Namen müssen Sie dem Nachbarn nicht nennen, wenn es sich vermeiden lässt.

Mit freundlichen Grüßen

Horst Mertes
Tel. 02652 44 19",
    ),
    (
        "bvd-positive-ohrstanzprobe-kalb-gappenach",
        "39",
        "Landwirtschaftsbetrieb Stefan Kalter
Hofgut Wallbach
56294 Gappenach
Betriebsnummer 07 137 044 0218

Kreisverwaltung Mayen-Koblenz
Veterinäramt
Bahnhofstraße 9
56068 Koblenz

Gappenach, 23. Februar 2026

Positiver BVD-Befund beim Kalb DE 07 137 55912

Sehr geehrte Damen und Herren,

heute habe ich vom Landesuntersuchungsamt den Befund zur Ohrstanzprobe meines Bullenkalbs mit der Ohrmarke DE 07 137 55912 bekommen, geboren am 9. Februar 2026. Das Ergebnis ist BVD-Virus positiv. Die Mutterkuh (DE 07 137 41186) stammt aus eigener Nachzucht.

Das Kalb habe ich sofort in den Einzeliglu am Ende des Stalls gebracht, getrennt vom restlichen Bestand, und es wird von mir zuletzt versorgt, mit eigenen Stiefeln und Eimern. Ich habe 62 Milchkühe und 48 Stück Jungvieh. Seit Einführung der Ohrstanzen hatte ich noch nie einen positiven Fall und bin ehrlich gesagt ziemlich durcheinander.

Meine Fragen:
– Soll ich das Kalb nachuntersuchen lassen, oder muss es gleich getötet werden? Mein Hoftierarzt Dr. Wagner meint, man könne eine Nachprobe machen.
– Darf ich bis dahin Tiere verkaufen? Am 9. März sollten zwei tragende Färsen an einen Betrieb in der Eifel gehen.
– Muss der restliche Bestand oder die Mutterkuh jetzt auch untersucht werden?
– Gibt es eine Entschädigung von der Tierseuchenkasse, und muss ich die selbst beantragen?

Ich bitte um kurzfristige Rückmeldung, am besten telefonisch unter 0171 51 38 804.

Mit freundlichen Grüßen

Stefan Kalter",
    ),
    (
        "schuelerfahrkarte-zurueckgeben-deutschlandticket-ettringen",
        "40",
        "Nadine und Markus Hilger
Mayener Straße 47
56729 Ettringen

Kreisverwaltung Mayen-Koblenz
Schülerbeförderung
Bahnhofstraße 9
56068 Koblenz

Ettringen, 20. August 2026

Unser Sohn Finn Hilger, Klasse 7c, Megina-Gymnasium Mayen

Sehr geehrte Damen und Herren,

unser Sohn Finn fährt jeden Tag mit dem Bus von Ettringen nach Mayen zur Schule und hat dafür bisher die Schülerfahrkarte bekommen, die Sie über die Schule ausgeben.

Seit diesem Schuljahr spielt Finn im Nachwuchs eines Basketballvereins in Koblenz und muss dreimal in der Woche zum Training nach Koblenz fahren. Deshalb haben wir ihm zum 1. August ein Deutschlandticket im Abo gekauft, mit dem er ja auch zur Schule fahren kann. Die Schülerfahrkarte braucht er damit eigentlich nicht mehr, sie liegt ungenutzt in der Schublade.

Wir möchten die Karte deshalb zurückgeben, damit sie nicht doppelt bezahlt wird. Gleichzeitig fragen wir, ob Sie sich an den Kosten des Deutschlandtickets beteiligen können, zum Beispiel in Höhe dessen, was die Schülerkarte gekostet hätte. Eine Freundin aus Kottenheim meinte, das sei bei ihr so geregelt worden, aber da ging es um die Oberstufe.

Bitte teilen Sie uns mit, ob wir dafür ein bestimmtes Formular brauchen und wohin wir die alte Karte schicken sollen, zu Ihnen oder ins Sekretariat der Schule. Die Rechnung für das Abo können wir gern nachreichen.

Mit freundlichen Grüßen

Nadine Hilger",
    ),
    (
        "sekretariat-nachmeldungen-fahrkarten-neue-fuenftklaessler",
        "40",
        "Von: Sekretariat RS plus Weißenthurm <sekretariat@rsplus-weissenthurm.de>
An: schuelerbefoerderung@kvmyk.de
Datum: Do, 25. Juni 2026, 09:48
Betreff: Nachmeldungen Schuljahr 2026/27 – Fahrkarten für vier neue Schülerinnen und Schüler

Sehr geehrte Frau Kreuter,

wie telefonisch besprochen, schicke ich Ihnen die Nachmeldungen für das kommende Schuljahr. Die folgenden Kinder wurden nach dem Stichtag bei uns aufgenommen, zwei davon wegen Zuzugs, zwei nach Widerspruch gegen die Zuweisung an eine andere Schule:

1. Mia Ternes, Klasse 5b, Am Sportplatz 3, 56220 Kettig
2. Jonas Schäfer, Klasse 5a, Rheinstraße 71, 56220 Urmitz
3. Elif Yıldız, Klasse 5c, Hauptstraße 12a, 56220 Kaltenengers
4. Noah Breitbach, Klasse 6a (Zuzug aus Neuwied), Bahnhofstraße 18, 56220 Urmitz

Die Anträge der Eltern haben wir vollständig vorliegen und schicken sie Ihnen heute zusätzlich mit der Hauspost. Für alle vier ist die Buslinie nach Weißenthurm die übliche Verbindung.

Da die Ferien am Montag beginnen und wir in den Ferien nur dienstags besetzt sind, wäre es schön, wenn die Karten bis zum ersten Schultag am 10. August bei uns im Sekretariat sein könnten, damit wir sie wie gewohnt in den Klassen verteilen. Falls das nicht klappt: Dürfen die Kinder in der ersten Woche mit dem Schülerausweis fahren? Die Eltern fragen uns das schon jetzt.

Vielen Dank und schöne Ferien!

Mit freundlichen Grüßen
Gabi Nonnweiler
Sekretariat
Realschule plus Weißenthurm",
    ),
    (
        "umstieg-polch-zwei-minuten-anschluss-verpasst-kalt",
        "40",
        "Sandra Wey
Kirchstraße 5
56294 Kalt

An die Kreisverwaltung Mayen-Koblenz
Schülerbeförderung
Bahnhofstraße 9
56068 Koblenz

Kalt, 19. Januar 2026

Schulweg meiner Tochter Hannah (Klasse 8, Realschule plus Mayen) – Anschluss in Polch

Sehr geehrte Damen und Herren,

meine Tochter Hannah fährt morgens mit dem Bus von Kalt nach Polch und steigt dort am Busbahnhof in den Bus nach Mayen um. Bis Dezember hatte sie dafür acht Minuten Zeit. Seit dem Fahrplanwechsel kommt der Bus aus Kalt laut Plan um 7:06 Uhr an, und der Bus nach Mayen fährt um 7:08 Uhr ab.

In der Praxis klappt das fast nie. Im Januar hat Hannah den Anschluss an sieben Schultagen verpasst, weil der erste Bus ein paar Minuten zu spät war, vor allem bei Glätte. Der Fahrer des Mayener Busses wartet nicht, auch wenn die Kinder schon über den Platz laufen. Der nächste Bus fährt erst um 7:58 Uhr, dann kommt sie zur zweiten Stunde. Die Schule hat mir schon zweimal eine Verspätung eingetragen.

Ich habe bei dem Busunternehmen angerufen, dort hieß es, der Fahrplan werde vom Kreis bestellt und ich solle mich an Sie wenden.

Ich bitte Sie deshalb dringend, dafür zu sorgen, dass der Anschluss gesichert wird, entweder durch eine Wartezeit des Busses in Polch oder durch eine frühere Abfahrt in Kalt. Es betrifft übrigens nicht nur Hannah, sondern mindestens fünf weitere Kinder aus Kalt und Naunheim.

Mit freundlichen Grüßen

Sandra Wey
Tel. 02654 98 71 30",
    ),
    (
        "wohngeld-untermieter-ausgezogen-aenderung-muelheim-kaerlich",
        "50",
        "Gertrud Simonis
Kärlicher Straße 140
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Wohngeldstelle
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 2. April 2026

Wohngeld-Nr. 2418/25 – Änderung: Untermieter ist ausgezogen

Sehr geehrte Damen und Herren,

ich bekomme seit vergangenem Sommer Mietzuschuss für meine Wohnung. Bei der Berechnung wurde berücksichtigt, dass ich ein Zimmer an einen Studenten untervermietet hatte, Herrn Lukas Brenner, der mir monatlich 280 Euro gezahlt hat.

Herr Brenner hat sein Studium abgeschlossen und ist zum 31. März 2026 ausgezogen. Er arbeitet jetzt in Frankfurt. Die Kündigung und die Bestätigung über die Rückgabe der Schlüssel lege ich Ihnen bei. Einen neuen Untermieter habe ich bisher nicht gefunden und weiß auch nicht, ob ich in meinem Alter noch einmal jemanden aufnehmen möchte.

Damit fallen die 280 Euro im Monat weg, und ich muss die Miete von 690 Euro warm jetzt wieder allein aus meiner Rente bezahlen. Meine Rente beträgt 1.104 Euro im Monat, der aktuelle Rentenbescheid liegt bei.

Ich bitte Sie, meinen Mietzuschuss ab April neu zu berechnen. Falls ich dafür einen neuen Antrag ausfüllen muss, schicken Sie mir das Formular bitte zu, im Internet komme ich damit nicht zurecht.

Mit freundlichen Grüßen

Gertrud Simonis

Anlagen: Kündigung Untermietvertrag, Schlüsselübergabe, Rentenbescheid 2026",
    ),
    (
        "sohn-nach-foerderschule-tagesfoerderstaette-fahrdienst-plaidt",
        "50",
        "Monika Zerwas
Niederfeller Weg 6
56637 Plaidt

Kreisverwaltung Mayen-Koblenz
Abteilung Soziales
Bahnhofstraße 9
56068 Koblenz

Plaidt, 11. Mai 2026

Unser Sohn Daniel Zerwas, geb. 17.02.2005 – Tagesförderstätte ab August und Fahrdienst

Sehr geehrte Damen und Herren,

unser Sohn Daniel ist 21 Jahre alt und schwerstmehrfach behindert. Er sitzt im Rollstuhl, spricht nicht und braucht bei allem Hilfe. Bisher besucht er die Förderschule mit dem Schwerpunkt ganzheitliche Entwicklung in Andernach. Die Schulzeit endet mit den Sommerferien, Ende Juli 2026.

Die Tagesförderstätte der Lebenshilfe in Andernach hat uns einen Platz ab dem 10. August 2026 zugesagt, die Bestätigung liegt bei. Für eine Werkstatt ist Daniel nach Einschätzung aller Beteiligten nicht geeignet.

Bisher wurde Daniel jeden Morgen mit dem Schultaxi abgeholt, das über die Schülerbeförderung lief. Das hört mit dem Schulende auf, und genau da liegt unsere Sorge: Wir selbst haben kein rollstuhlgerechtes Auto, und ich arbeite vormittags.

Wir beantragen deshalb die Übernahme der Kosten für die Tagesförderstätte als Leistung der Eingliederungshilfe und zusätzlich die Kosten für einen Fahrdienst mit Rampe von Plaidt nach Andernach und zurück. Ein Gutachten des Förderschulzentrums und der Schwerbehindertenausweis (GdB 100, Merkzeichen aG, H, B) liegen in Kopie bei. Mein Mann und ich sind als Betreuer bestellt, den Betreuerausweis füge ich bei.

Bitte sagen Sie uns rechtzeitig, ob noch etwas fehlt, damit im August nicht alles hängt.

Mit freundlichen Grüßen

Monika Zerwas",
    ),
    (
        "betreuungsverein-bekleidungsbeihilfe-heimbewohner-polch",
        "50",
        "Betreuungsverein Rhein-Mosel e. V.
Löhrstraße 15
56179 Vallendar
Tel. 0261 64 02 77

Kreisverwaltung Mayen-Koblenz
Sozialamt – Hilfe zur Pflege in Einrichtungen
Bahnhofstraße 9
56068 Koblenz

Vallendar, 14. Oktober 2026

Ihr Aktenzeichen: HzP 3381/26
Herr Alfons Keuler, geb. 03.12.1948, wohnhaft Seniorenzentrum Maifeld, Ostring 21, 56751 Polch
Antrag auf einmalige Beihilfe für Bekleidung

Sehr geehrte Damen und Herren,

als vom Amtsgericht Mayen bestellte Berufsbetreuerin für Herrn Keuler beantrage ich eine einmalige Beihilfe für Bekleidung.

Herr Keuler ist im Juni nach einem Krankenhausaufenthalt direkt ins Seniorenzentrum Maifeld aufgenommen worden. Seine frühere Wohnung in Münstermaifeld war stark vermüllt und musste geräumt werden; brauchbare Kleidung war dabei kaum zu retten. Er hat zurzeit zwei Hosen, einige T-Shirts aus der Kleiderkammer und eine dünne Strickjacke. Für den Herbst und Winter fehlt praktisch alles: Winterjacke, Pullover, feste Schuhe, Unterwäsche, Schlafanzüge.

Herr Keuler erhält von Ihnen Hilfe zur Pflege in der Einrichtung und verfügt nur über den Barbetrag. Rücklagen bestehen nicht; der aktuelle Kontoauszug liegt bei. Aus dem Barbetrag kann der Bedarf nicht gedeckt werden.

Eine Aufstellung des Pflegedienstleiters über den konkreten Bedarf und einen Kostenvoranschlag eines Bekleidungsgeschäfts in Polch über insgesamt 412,80 Euro füge ich bei. Wir bitten um Bewilligung und Überweisung auf das Verwahrgeldkonto der Einrichtung.

Mit freundlichen Grüßen

Claudia Bermel
Diplom-Sozialpädagogin, Berufsbetreuerin",
    ),
    (
        "beistandschaft-beenden-vater-zahlt-regelmaessig-weissenthurm",
        "51",
        "Jasmin Lehnert
Hauptstraße 88
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Jugendamt – Beistandschaften
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 6. Mai 2026

Beistandschaft für meinen Sohn Ben Lehnert, geb. 22.07.2019
Ihr Zeichen: BS 1102/23

Sehr geehrte Frau Schmitz,

seit Herbst 2023 führen Sie für meinen Sohn Ben die Beistandschaft, weil sein Vater damals keinen Unterhalt gezahlt hat. Dafür möchte ich mich erst einmal herzlich bedanken, ohne Ihre Hilfe hätte ich das nicht geschafft.

Inzwischen hat sich vieles geändert. Bens Vater hat die Urkunde unterschrieben und zahlt seit über einem Jahr pünktlich jeden Monat den vollen Betrag. Wir verstehen uns mittlerweile auch wieder gut, Ben ist jedes zweite Wochenende bei ihm, und wir regeln die Dinge direkt miteinander.

Deshalb möchte ich die Beistandschaft hiermit beenden. Ich habe aber noch zwei Fragen, bevor Sie die Akte schließen:

1. Bleibt die Urkunde über den Unterhalt gültig, wenn die Beistandschaft endet? Und kann ich, falls er doch einmal nicht zahlt, dann selbst etwas unternehmen?
2. Muss ich Bens Vater selbst Bescheid geben, oder schreiben Sie ihm? Er soll in Zukunft direkt auf mein Konto überweisen und nicht mehr über Sie.

Falls ich noch etwas unterschreiben muss, schicken Sie es mir gern zu. Tagsüber erreichen Sie mich unter 0152 337 40 12.

Mit freundlichen Grüßen

Jasmin Lehnert",
    ),
    (
        "familiengericht-beteiligung-unterbringung-jugendpsychiatrie-kobern-gondorf",
        "51",
        "Amtsgericht Koblenz
– Familiengericht –
Karmeliterstraße 14
56068 Koblenz

Geschäftsnummer: 195 F 412/26
Bitte bei allen Schreiben angeben

An die
Kreisverwaltung Mayen-Koblenz
– Jugendamt –
Bahnhofstraße 9
56068 Koblenz

Koblenz, 24.03.2026

Familiensache betreffend das Kind Jonas Scheuer, geb. 11.08.2011, wohnhaft bei den Eltern, Lennigstraße 4, 56330 Kobern-Gondorf
hier: Genehmigung der freiheitsentziehenden Unterbringung (§ 1631b BGB)

Sehr geehrte Damen und Herren,

die sorgeberechtigten Eltern, Herr Michael Scheuer und Frau Anja Scheuer, haben mit Schriftsatz vom 20.03.2026 die familiengerichtliche Genehmigung der Unterbringung ihres Sohnes auf der geschützten Station der Klinik für Kinder- und Jugendpsychiatrie in Koblenz beantragt. Ein ärztliches Zeugnis der Klinik vom 19.03.2026 liegt in Kopie bei.

Das Jugendamt wird gemäß § 167 Abs. 1 in Verbindung mit § 320 FamFG beteiligt. Sie erhalten Gelegenheit zur Stellungnahme bis zum

07.04.2026.

Insbesondere wird um Mitteilung gebeten, ob die Familie dort bereits bekannt ist, ob ambulante oder teilstationäre Hilfen in Anspruch genommen wurden und ob aus Sicht des Jugendamts Alternativen zur geschlossenen Unterbringung bestehen.

Die persönliche Anhörung des Kindes findet am 09.04.2026, 14:00 Uhr, in der Klinik statt. Zum Verfahrensbeistand wurde Frau Rechtsanwältin Petra Kohlhaas, Koblenz, bestellt. Eine Teilnahme einer Fachkraft des Jugendamts an der Anhörung wird angeregt.

Auf richterliche Anordnung

Hennes, Justizobersekretärin
als Urkundsbeamtin der Geschäftsstelle",
    ),
    (
        "schreibaby-erschoepfte-mutter-partner-auf-montage-plaidt",
        "51",
        "Von: Melanie Fuhrmann <mel.fuhrmann@gmail.com>
An: jugendamt@kvmyk.de
Datum: Di, 3. November 2026, 03:18
Betreff: brauche Hilfe mit meinem Baby

Hallo,

ich weiß nicht genau, ob ich hier richtig bin, aber meine Hebamme hat gesagt, ich soll mich beim Jugendamt melden, weil es da Hilfe für Familien mit Babys gibt.

Meine Tochter Lina ist zehn Wochen alt. Sie schreit jeden Tag stundenlang, vor allem abends und nachts, manchmal von 18 Uhr bis nach Mitternacht ohne Pause. Beim Kinderarzt war ich schon dreimal, er sagt, sie ist gesund und es sind wahrscheinlich Anpassungsstörungen, das wächst sich aus. Das glaube ich ihm auch, aber ich kann nicht mehr.

Mein Freund arbeitet auf Montage und ist nur am Wochenende da. Meine Eltern wohnen in Berlin. Ich schlafe seit Wochen kaum mehr als zwei, drei Stunden am Stück. Gestern habe ich Lina ins Bettchen gelegt und bin auf den Balkon gegangen, weil ich gemerkt habe, dass ich richtig wütend werde. Ich habe ihr nichts getan und ich will das auch nie, aber ich habe Angst vor mir selbst gehabt.

Die Hebamme hat von einer Familienhebamme und einer Schreiambulanz gesprochen. Können Sie mir sagen, wie ich da drankomme? Gibt es vielleicht auch jemanden, der mal ein paar Stunden da sein kann, damit ich schlafen kann?

Bitte rufen Sie mich an, 0176 22 91 54 07. Ich bin den ganzen Tag zu Hause.

Melanie Fuhrmann
Bahnhofstraße 33
56637 Plaidt",
    ),
    (
        "reiseimpfung-gelbfieber-tansania-beratung",
        "53",
        "Von: Philipp Sturm <philipp.sturm@outlook.de>
An: gesundheitsamt@kvmyk.de
Datum: Mo, 12. Januar 2026, 21:30
Betreff: Impfberatung vor Reise nach Tansania und Sansibar

Sehr geehrte Damen und Herren,

meine Frau und ich planen für Ende März eine dreiwöchige Reise nach Tansania mit Safari im Norden und anschließend eine Woche auf Sansibar. Unsere Hausärztin hat gesagt, dass sie zu Gelbfieber keine Impfung machen darf, weil das nur bestimmte Stellen dürfen, und hat uns an Sie verwiesen.

Deshalb meine Fragen:
– Bieten Sie Gelbfieberimpfungen an, oder können Sie uns sagen, wo wir sie in der Nähe bekommen? Wir haben gehört, es müsse mindestens zehn Tage vor der Einreise passieren.
– Machen Sie auch eine allgemeine Reiseberatung? Wir sind unsicher wegen Malariaprophylaxe, Typhus, Tollwut und Hepatitis.
– Unsere Impfpässe sind ziemlich lückenhaft. Ich bin 1978 geboren, meine Frau 1981. Tetanus wurde zuletzt 2014 aufgefrischt. Können Sie beim Termin auch prüfen, was sonst noch fehlt?
– Was kostet das ungefähr? Zahlt die Krankenkasse etwas dazu?

Wir wohnen in Mendig und könnten auch nach Mayen kommen, wenn das einfacher ist. Abends nach 17 Uhr oder freitags wäre für uns am besten.

Vielen Dank und freundliche Grüße
Philipp Sturm
Brauerstraße 8
56743 Mendig",
    ),
    (
        "beihilfe-sanatorium-amtsaerztliches-gutachten-lehrerin",
        "53",
        "Christiane Weyand
Am Heidenstock 21
56751 Polch

Kreisverwaltung Mayen-Koblenz
Gesundheitsamt
Bahnhofstraße 9
56068 Koblenz

Polch, 15. Juli 2026

Bitte um amtsärztliche Begutachtung – Sanatoriumsbehandlung

Sehr geehrte Damen und Herren,

ich bin verbeamtete Lehrerin an einer Grundschule im Landkreis und im Dienst des Landes Rheinland-Pfalz. Seit über einem Jahr leide ich unter einem chronischen Erschöpfungssyndrom mit Schlafstörungen, außerdem unter einem schmerzhaften Lendenwirbelsyndrom. Ambulante Behandlungen haben bisher wenig gebracht.

Mein Hausarzt und meine Orthopädin empfehlen eine vierwöchige stationäre Sanatoriumsbehandlung im Herbst. Die Beihilfestelle des Landes hat mir mitgeteilt, dass die Aufwendungen nur dann beihilfefähig sind, wenn die Notwendigkeit vorher durch ein amtsärztliches Gutachten bestätigt wird. Das Schreiben der Beihilfestelle vom 2. Juli 2026 lege ich bei, ebenso die Befundberichte meiner Ärzte.

Ich bitte Sie daher um einen Termin für die amtsärztliche Untersuchung. Wenn möglich, hätte ich gern einen Termin in den Sommerferien, die bis zum 7. August dauern, damit kein Unterricht ausfällt. Danach kann ich nur nachmittags kommen, dienstags und donnerstags ab 14 Uhr.

Bitte teilen Sie mir auch mit, ob ich für das Gutachten selbst Gebühren zahlen muss und welche Unterlagen ich zum Termin mitbringen soll.

Mit freundlichen Grüßen

Christiane Weyand
Tel. 02654 88 07 13

Anlagen: Schreiben der Beihilfestelle, Befundberichte (Kopien)",
    ),
    (
        "hepatitis-a-zwei-kinder-kita-vallendar",
        "53",
        "Von: Kita Sonnenblume Vallendar <leitung@kita-sonnenblume-vallendar.de>
An: gesundheitsamt@kvmyk.de
Datum: Mi, 4. März 2026, 08:05
Betreff: DRINGEND – zwei Kinder mit Hepatitis A

Sehr geehrte Damen und Herren,

heute früh haben uns die Eltern von zwei Kindern aus unserer Igelgruppe (Kinder zwischen drei und sechs Jahren) informiert, dass ihre Kinder an Hepatitis A erkrankt sind. Der Kinderarzt habe das gestern durch eine Blutuntersuchung bestätigt. Die beiden Kinder sind Geschwister und waren zuletzt am Donnerstag, 26. Februar, bei uns. Die Familie war über Fasching im Ausland.

Die Namen und Anschriften der Familie geben wir Ihnen gern telefonisch durch.

In der Igelgruppe werden 22 Kinder von vier pädagogischen Fachkräften betreut, dazu kommt eine Praktikantin. Die Kinder essen gemeinsam, eine Kollegin wickelt in dieser Gruppe noch drei jüngere Kinder. Die Küche bereitet das Mittagessen für alle drei Gruppen zu, insgesamt 68 Kinder.

Wir bitten dringend um Beratung:
– Müssen wir die Eltern aller Kinder informieren oder nur die der Igelgruppe? Gibt es dafür ein Musterschreiben?
– Sollten Kinder und Personal jetzt geimpft werden?
– Welche besonderen Reinigungs- und Desinfektionsmaßnahmen müssen wir treffen, gerade für Toiletten und Wickelbereich?
– Wann dürfen die beiden Kinder wiederkommen?

Wir sind heute ab 7 Uhr unter 0261 64 31 20 erreichbar.

Mit freundlichen Grüßen
Anja Reuther
Leitung Kita Sonnenblume
Humboldthöhe 2, 56179 Vallendar",
    ),
    (
        "pool-einbauen-hang-stuetzmauer-grenze-kettig",
        "63",
        "Daniel und Sophie Engel
Im Kirschgarten 11
56220 Kettig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kettig, 2. März 2026

Anfrage: Schwimmbecken mit Stützmauer in unserem Garten

Sehr geehrte Damen und Herren,

wir möchten in diesem Frühjahr in unserem Garten ein Schwimmbecken bauen lassen und sind unsicher, ob wir dafür eine Genehmigung brauchen. Der Nachbar meinte, ein Pool sei immer genehmigungsfrei, der Poolbauer sagt, das hänge von der Größe ab.

Zu den Details: Geplant ist ein eingelassenes Becken aus Beton-Fertigteilen, 8 mal 4 Meter, 1,50 Meter tief, also rund 48 Kubikmeter Wasser. Unser Grundstück liegt am Hang und fällt nach hinten um gut zwei Meter ab. Damit das Becken eben liegt, müsste talseitig eine Stützmauer von etwa 1,60 Meter Höhe gebaut werden. Diese Mauer würde etwa 1,20 Meter von der Grenze zum hinteren Nachbarn entfernt stehen. Dazu kommt ein kleines Technikhaus für Pumpe und Filter mit etwa 3 Quadratmetern.

Ein Lageplan mit Skizze vom Poolbauer liegt bei.

Unsere Fragen:
1. Ist das Becken selbst genehmigungsfrei?
2. Brauchen wir für die Stützmauer eine Genehmigung, und müssen wir einen Abstand zur Grenze einhalten?
3. Müssen wir den Nachbarn unterschreiben lassen?

Wenn doch ein Bauantrag nötig ist, würden wir gern wissen, mit welcher Bearbeitungszeit wir rechnen müssen, da der Poolbauer im Mai anfangen möchte.

Mit freundlichen Grüßen

Sophie Engel
Tel. 0261 96 30 558",
    ),
    (
        "architekt-meldet-rohbaufertigstellung-mehrfamilienhaus-bendorf-sayn",
        "63",
        "Von: Architekturbüro Hammes <info@architekt-hammes.de>
An: bauaufsicht@kvmyk.de
Datum: Fr, 19. Juni 2026, 13:37
Betreff: Az. BA 2025/1187 – Anzeige der Fertigstellung des Rohbaus, MFH Koblenz-Olper-Straße 30, Bendorf-Sayn

Sehr geehrte Damen und Herren,

als Bauleiter für das Bauvorhaben

Neubau eines Mehrfamilienhauses mit 8 Wohneinheiten und Tiefgarage
Bauherr: Wohnbau Sayntal GmbH
Grundstück: Gemarkung Sayn, Flur 3, Flurstück 87/2, Koblenz-Olper-Straße 30, 56170 Bendorf
Baugenehmigung vom 14.10.2025, Az. BA 2025/1187

zeige ich an, dass der Rohbau einschließlich Dachkonstruktion am 17. Juni 2026 fertiggestellt wurde.

Beigefügt sind:
– Bescheinigung des Prüfingenieurs für Baustatik, Dipl.-Ing. Kurt Zirwes, über die Übereinstimmung der Ausführung mit den geprüften statischen Unterlagen vom 18.06.2026
– Bescheinigung des Bezirksschornsteinfegers zu den Abgasanlagen
– Fotodokumentation Tiefgarage und Treppenhaus

Wir bitten um Mitteilung, ob eine Besichtigung des Rohbaus durch Ihr Haus vorgesehen ist, und gegebenenfalls um einen Terminvorschlag. Die Baustelle ist werktags von 7 bis 16 Uhr besetzt; ich selbst bin dienstags und donnerstags vor Ort. Der Innenausbau soll ab dem 6. Juli beginnen.

Außerdem weise ich darauf hin, dass wir im Treppenhaus eine geringfügige Änderung der Fensteranordnung vornehmen mussten; eine Tektur-Zeichnung reichen wir in der kommenden Woche nach.

Mit freundlichen Grüßen
Dipl.-Ing. (FH) Markus Hammes, Architekt
Architekturbüro Hammes
Hauptstraße 141, 56170 Bendorf
Tel. 02622 90 44 60",
    ),
    (
        "mieterin-ausgebautes-dachgeschoss-ohne-zweiten-fluchtweg-muenstermaifeld",
        "63",
        "Selina Kowalski
Obertorstraße 7, Dachgeschoss
56294 Münstermaifeld

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 27. Januar 2026

Dachwohnung in der Obertorstraße 7 – ist das überhaupt erlaubt?

Sehr geehrte Damen und Herren,

ich wohne seit September 2025 zur Miete in der Dachgeschosswohnung des Hauses Obertorstraße 7. Das Haus ist ein altes Bruchsteinhaus mit drei Wohnungen. Der Vermieter hat den früheren Speicher nach eigenen Worten 2024 „in Eigenleistung“ zu einer Wohnung ausgebaut.

Inzwischen habe ich ein mulmiges Gefühl. Die Wohnung ist nur über eine steile Holztreppe aus dem Treppenhaus erreichbar. Die beiden Dachfenster sind so klein, dass ich mich nicht hindurchzwängen könnte, und sie liegen fast zwei Meter über dem Boden. Einen Balkon oder eine andere Möglichkeit, herauszukommen, gibt es nicht. Rauchmelder hat der Vermieter auch erst nach meiner Nachfrage aufgehängt. Ein Bekannter von der Feuerwehr hat sich das angeschaut und gemeint, wenn es im Treppenhaus brennt, komme ich da nicht mehr raus.

Als ich den Vermieter gefragt habe, ob der Ausbau genehmigt ist, wurde er ausweichend und meinte, das brauche man für „ein bisschen Trockenbau“ nicht. Das glaube ich nicht so ganz.

Können Sie prüfen, ob für diese Wohnung eine Genehmigung vorliegt, und ob sie so überhaupt bewohnt werden darf? Ich möchte keinen Streit, aber ich möchte auch sicher wohnen. Fotos der Fenster und der Treppe lege ich bei.

Mit freundlichen Grüßen

Selina Kowalski
Tel. 0157 31 88 26 40",
    ),
    (
        "weihnachtsbaum-nicht-abgeholt-thuer",
        "70",
        "Elfriede Hommen
Bergstraße 12
56743 Thür

Kreisverwaltung Mayen-Koblenz
Abfallwirtschaft
Bahnhofstraße 9
56068 Koblenz

Thür, 19. Januar 2026

Unser Weihnachtsbaum liegt immer noch an der Straße

Sehr geehrte Damen und Herren,

laut Ihrem Abfallkalender sollten die Weihnachtsbäume in Thür am Samstag, den 10. Januar, abgeholt werden. Wir haben unseren Baum wie immer am Vorabend an die Straße gelegt, ohne Lametta, ohne Ständer und ohne Plastiksack, so wie es im Kalender steht.

Die Bäume der Nachbarn waren am Samstagmittag weg, unserer lag noch da. Mein Mann meint, der Wagen ist vielleicht nicht in unser Stück der Bergstraße hineingefahren, weil da bis abends ein Lieferwagen quer stand. Das kann sein, das weiß ich nicht.

Jetzt liegt der Baum seit über einer Woche auf dem Gehweg, nadelt vor sich hin und die Leute müssen auf die Straße ausweichen. Mein Mann ist 83 und kann ihn nicht selbst zum Grünschnittplatz bringen, und zerkleinern für die braune Tonne geht auch nicht, dafür ist er zu groß, fast 2,50 Meter.

Ich bitte Sie deshalb, den Baum noch abholen zu lassen. Falls das nicht möglich ist, sagen Sie mir bitte, was wir sonst machen können. Einen Sohn, der mal eben mit dem Anhänger kommt, haben wir leider nicht in der Nähe.

Mit freundlichen Grüßen

Elfriede Hommen
Tel. 02652 73 41",
    ),
    (
        "abfallbescheid-zwei-restmuelltonnen-berechnet-nur-eine-urmitz",
        "70",
        "Andreas Schwarz
Rheinstraße 104
56220 Urmitz

Kreisverwaltung Mayen-Koblenz
Abfallwirtschaft / Gebühren
Bahnhofstraße 9
56068 Koblenz

Urmitz, 9. Februar 2026

Abfallgebührenbescheid 2026 vom 20.01.2026, Objekt Rheinstraße 104
Kundennummer 220-04417

Sehr geehrte Damen und Herren,

in dem oben genannten Bescheid berechnen Sie für unser Einfamilienhaus zwei Restabfallbehälter à 120 Liter. Wir haben aber nur eine einzige graue Tonne, und das schon seit Jahren.

Die zweite Tonne hatten wir bis 2024, weil meine Schwiegermutter im Anbau gewohnt hat. Nach ihrem Umzug ins Pflegeheim haben wir die Tonne im Frühjahr 2024 abgemeldet. Sie wurde damals auch abgeholt, seitdem steht bei uns nur noch eine Tonne mit dem Chip. Im Bescheid für 2025 war das auch richtig, da war nur eine Tonne aufgeführt. Warum jetzt plötzlich wieder zwei auftauchen, kann ich mir nicht erklären.

Damit keine Mahnung kommt, habe ich den ersten Teilbetrag zum 15. Februar in der Höhe überwiesen, die für eine Tonne anfällt, also die Hälfte des Bescheidbetrags für die Restabfalltonnen. Den Rest zahle ich natürlich, falls ich mich irren sollte.

Ich bitte Sie, den Bescheid zu berichtigen und mir einen neuen zuzuschicken. Gern können Sie vorbeikommen und nachzählen, es steht nur eine graue Tonne neben der Garage, dazu die braune und die Papiertonne.

Mit freundlichen Grüßen

Andreas Schwarz",
    ),
    (
        "alte-feuerloescher-und-propangasflaschen-entsorgen-vallendar",
        "70",
        "Von: Rainer Backes <rainer.backes@freenet.de>
An: abfallberatung@kvmyk.de
Datum: Sa, 18. April 2026, 10:44
Betreff: Wohin mit alten Feuerlöschern und Gasflaschen?

Guten Tag,

wir räumen gerade das Haus meiner verstorbenen Tante in Vallendar aus und haben im Keller und in der Garage ein paar Sachen gefunden, bei denen ich nicht weiß, wie man sie richtig loswird:

– drei alte Pulverfeuerlöscher, 6 kg, einer davon von 1987, alle noch unter Druck
– zwei graue Propangasflaschen à 11 kg, eine davon ist nicht mehr ganz leer, und eine kleine Campinggaskartusche
– einen alten Ölradiator
– mehrere Dosen mit Lackresten und eine Flasche mit einer Flüssigkeit ohne Etikett, die riecht nach Verdünnung

Der Mitarbeiter am Wertstoffhof hat mir am Telefon gesagt, Gasflaschen nehmen sie nicht an, und für die Feuerlöscher solle ich mich „beim Kreis“ erkundigen. Darf das mit zum Schadstoffmobil, und wann kommt das nach Vallendar? Oder gibt es eine andere Stelle, die so etwas annimmt? Die Gasflaschen haben kein Pfandzeichen von einem Händler, zumindest finde ich keins.

Die Sachen sollen bis Ende Mai aus dem Haus sein, weil es verkauft wird. Ich würde sie auch gern irgendwo selbst hinbringen, ich habe einen Kombi.

Vielen Dank für eine Antwort!
Rainer Backes
Löhrstraße 40
56179 Vallendar",
    ),
    (
        "hortplatz-erstklaesslerin-miesenheim-mutter-arbeitet-bis-sechzehn",
        "JA-AND",
        "Stefanie Rünz
Kirchstraße 27
56626 Andernach-Miesenheim

An die Kreisverwaltung Mayen-Koblenz
Jugendamt
Bahnhofstraße 9
56068 Koblenz

Andernach, 2. Februar 2026

Betreuung nach der Schule für meine Tochter Emilia ab August 2026

Sehr geehrte Damen und Herren,

meine Tochter Emilia, geboren am 3. Mai 2020, wird im August in der Grundschule Miesenheim eingeschult. Bisher geht sie in die Kita St. Kastor hier im Ort, dort ist sie bis 16 Uhr betreut. Ich bin alleinerziehend und arbeite als medizinische Fachangestellte in einer Praxis in Andernach, montags bis freitags bis 15:30 Uhr.

Die Schule hat eine Betreuende Grundschule bis 13 Uhr, das reicht mir aber nicht. Die Kita hat mir gesagt, für einen Hortplatz oder eine Betreuung am Nachmittag müsse ich mich beim Jugendamt melden, weil dort die Plätze vergeben werden. Eine Ganztagsschule gibt es in Miesenheim leider nicht, und die Ganztagsschule in der Stadt hat schon abgesagt, weil Emilia nicht im Einzugsgebiet wohnt.

Ich bitte Sie deshalb um einen Platz in einem Hort oder einer anderen Nachmittagsbetreuung ab dem ersten Schultag. Bitte teilen Sie mir mit, welches Formular ich ausfüllen muss und bis wann. Falls es Gebühren gibt: Ich bekomme Unterhaltsvorschuss für Emilia, vielleicht spielt das eine Rolle.

Ich habe wirklich Angst, dass ich sonst meine Stunden reduzieren muss, und das kann ich mir nicht leisten.

Mit freundlichen Grüßen

Stefanie Rünz
Tel. 0173 882 04 61",
    ),
    (
        "schreie-und-schlaege-in-nachbarwohnung-andernach-kell",
        "JA-AND",
        "Werner Pickel
Kirchweg 14
56626 Andernach-Kell

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach-Kell, 13. Juni 2026

Sorge um zwei Kinder im Nachbarhaus

Sehr geehrte Damen und Herren,

ich weiß nicht genau, wer für so etwas zuständig ist, und schreibe deshalb an Sie. Bitte leiten Sie meinen Brief an die richtige Stelle weiter.

Im Nachbarhaus, Kirchweg 12, wohnt seit letztem Herbst eine Familie mit zwei Kindern, einem Jungen von vielleicht sechs und einem Mädchen von drei oder vier Jahren. Unsere Schlafzimmer liegen nur wenige Meter auseinander, und im Sommer stehen die Fenster offen.

Seit Wochen höre ich fast jeden Abend, wie der Mann laut brüllt, mit Ausdrücken, die ich hier nicht wiederholen will. Mehrmals habe ich klatschende Geräusche gehört und danach lautes Weinen der Kinder, einmal rief der Junge „Papa, hör auf“. Am vergangenen Dienstag habe ich gesehen, dass der Junge am Oberarm einen großen blauen Fleck hatte, als er im Garten spielte. Die Mutter wirkt sehr eingeschüchtert und grüßt kaum.

Ich bin 71 Jahre alt und möchte mich nicht in fremde Angelegenheiten einmischen. Aber wenn da wirklich etwas ist und ich nichts gesagt habe, könnte ich mir das nicht verzeihen. Die Polizei wollte ich nicht gleich rufen, weil ich mir nicht hundertprozentig sicher bin.

Ich bitte Sie, meinen Namen nicht an die Familie weiterzugeben. Für Rückfragen bin ich unter 02632 41 507 erreichbar.

Mit freundlichen Grüßen

Werner Pickel",
    ),
    (
        "amtsgericht-andernach-umgangsverfahren-kind-in-eich-termin",
        "JA-AND",
        "Amtsgericht Andernach
– Familiengericht –
Koblenzer Straße 5
56626 Andernach

Aktenzeichen: 62 F 118/26

An die
Kreisverwaltung Mayen-Koblenz
– Jugendamt –
Bahnhofstraße 9
56068 Koblenz

Andernach, 18.05.2026

In der Familiensache
Kevin Lorenz, Moselweißer Straße 50, 56073 Koblenz
– Antragsteller –
gegen
Julia Hartmann, Am Eicher Brunnen 6, 56626 Andernach-Eich
– Antragsgegnerin –
wegen Regelung des Umgangs mit dem Kind Mila Hartmann, geb. 30.01.2020

Sehr geehrte Damen und Herren,

der Antragsteller begehrt die Regelung eines Umgangs mit seiner Tochter an jedem zweiten Wochenende sowie hälftig in den Ferien. Die Antragsgegnerin, bei der das Kind lebt, ist dem Antrag entgegengetreten und hat einen begleiteten Umgang angeregt. Die Antragsschrift sowie die Erwiderung sind in Abschrift beigefügt.

Das Jugendamt wird gemäß § 162 FamFG am Verfahren beteiligt und um Mitwirkung gebeten. Es wird gebeten, mit den Beteiligten vor dem Termin Gespräche zu führen und bis zum 19.06.2026 schriftlich zu berichten, insbesondere zum Willen des Kindes und zu der Frage, ob ein begleiteter Umgang angezeigt ist.

Termin zur Erörterung der Sache ist bestimmt auf

Dienstag, 30.06.2026, 9:30 Uhr, Sitzungssaal 2, Erdgeschoss.

Es wird um Teilnahme einer Fachkraft gebeten. Sollte für das Kind ein anderes Jugendamt örtlich zuständig sein, wird um Weiterleitung gebeten.

Auf Anordnung
Schmitt, Justizsekretärin
als Urkundsbeamtin der Geschäftsstelle",
    ),
    (
        "babybegruessungsbesuch-termin-verschieben-mayen-alzheim",
        "JA-MY",
        "Von: Laura Theisen <laura.theisen89@gmx.de>
An: info@kvmyk.de
Datum: Do, 26. Februar 2026, 16:22
Betreff: Willkommensbesuch für unser Baby – Termin passt nicht

Hallo,

wir haben letzte Woche einen netten Brief bekommen, dass jemand vom Jugendamt uns nach der Geburt unseres Sohnes Paul (geboren am 28. Januar 2026) besuchen möchte, mit einem Begrüßungspaket und Informationen zu Angeboten für Familien. Vorgeschlagen war Donnerstag, der 5. März, um 10 Uhr.

An dem Tag haben wir leider schon die U4 beim Kinderarzt, genau zur gleichen Uhrzeit, und die haben wir schon im Dezember ausgemacht. Wir würden uns aber sehr über den Besuch freuen, gerade weil es unser erstes Kind ist und wir noch viele Fragen haben, zum Beispiel zur Krabbelgruppe hier in Alzheim und wann man sich für einen Kitaplatz anmelden muss.

Ginge es vielleicht in der Woche danach? Mein Mann hat ab dem 9. März zwei Wochen Elternzeit, dann könnten wir beide dabei sein. Am besten vormittags zwischen 9 und 12 Uhr, da schläft Paul meistens.

Eine Telefonnummer stand in dem Brief, aber da bin ich zweimal nicht durchgekommen, deshalb schreibe ich Ihnen so. Bitte leiten Sie das an die richtige Stelle weiter, falls das hier nicht passt.

Viele Grüße
Laura Theisen
Vordereifelstraße 14
56727 Mayen-Alzheim
Tel. 0151 27 80 33 19",
    ),
    (
        "polizei-mitteilung-vierzehnjaehriger-betrunken-lukasmarkt-mayen",
        "JA-MY",
        "Von: PI Mayen <pimayen@polizei.rlp.de>
An: jugendamt@kvmyk.de
Datum: So, 11. Oktober 2026, 02:47
Betreff: Mitteilung gem. Nr. 3.3 PDV – stark alkoholisierter Jugendlicher, Lukasmarkt, Vorgangsnummer 1254-2026-041877

Sehr geehrte Damen und Herren,

wir teilen Folgendes zur Kenntnis und weiteren Veranlassung mit:

Am 10.10.2026 gegen 22:40 Uhr wurde auf dem Gelände des Lukasmarktes in Mayen, Bereich Viehmarktplatz hinter den Fahrgeschäften, der Jugendliche

Leon K., geb. 14.03.2012,
wohnhaft bei der Mutter, Hausener Straße 27, 56727 Mayen-Hausen,

hilflos und stark alkoholisiert von Sanitätern des DRK aufgefunden. Ein Atemalkoholtest ergab 1,6 Promille. Der Jugendliche wurde zur Beobachtung ins St. Elisabeth-Krankenhaus Mayen gebracht. Nach eigenen Angaben hatte er Wodka-Mischgetränke von einem älteren Bekannten erhalten; die Ermittlungen hierzu dauern an.

Die Kindesmutter, Frau Sandra K., wurde gegen 23:30 Uhr telefonisch erreicht und kam ins Krankenhaus. Sie gab an, ihr Sohn habe bei einem Freund übernachten sollen. Nach Einschätzung der eingesetzten Beamten wirkte sie überfordert; sie äußerte, Leon sei in den letzten Monaten „kaum noch zu halten“ und schwänze häufig die Schule.

Es handelt sich nach hiesiger Kenntnis um den zweiten derartigen Vorfall in diesem Jahr (vgl. Mitteilung vom 18.04.2026). Wir bitten um Prüfung weiterer Unterstützungsangebote für die Familie.

Mit freundlichen Grüßen
Im Auftrag
Polizeioberkommissar Dirk Schäfer
Polizeiinspektion Mayen
Tel. 02651 801-0",
    ),
    (
        "unterhaltspflichtiger-vater-neue-einkommensnachweise-beistand-mayen",
        "JA-MY",
        "Sven Kettermann
Schlachthofstraße 62
56073 Koblenz

An die Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 24. August 2026

Unterhalt für meinen Sohn Mats Kettermann, geb. 09.11.2016
Aktenzeichen Beistandschaft: 51.3-BS 0284/22 (Stadtverwaltung Mayen)

Sehr geehrte Damen und Herren,

mein Sohn Mats lebt bei seiner Mutter in Mayen, Kürrenberger Weg 3. Das Jugendamt der Stadt Mayen vertritt ihn als Beistand und hat 2022 meinen Unterhalt berechnet. Ich zahle seitdem jeden Monat den Betrag aus der Jugendamtsurkunde.

Zum 30. Juni 2026 hat mein Arbeitgeber, eine Spedition in Kaltenengers, Insolvenz angemeldet, und ich bin seit dem 1. Juli arbeitslos. Ich bekomme jetzt Arbeitslosengeld, das ist deutlich weniger als mein früheres Gehalt. Den Bescheid der Agentur für Arbeit und meine letzten drei Lohnabrechnungen lege ich bei.

Ich möchte ausdrücklich weiter für Mats zahlen, aber den vollen Betrag schaffe ich im Moment nicht, wenn ich meine Miete noch bezahlen will. Ich bitte deshalb darum, den Unterhalt neu zu berechnen, bis ich wieder Arbeit habe. Ich habe schon zwei Vorstellungsgespräche gehabt.

Ich schicke diesen Brief an Sie, weil ich die Anschrift der Stadt Mayen nicht mehr finde und im Internet stand, dass der Kreis für Jugendämter zuständig ist. Bitte geben Sie meinen Brief an die zuständige Sachbearbeiterin, Frau Nett, weiter.

Mit freundlichen Grüßen

Sven Kettermann
Tel. 0160 44 18 927

Anlagen: Bescheid Arbeitslosengeld, Lohnabrechnungen April bis Juni 2026",
    ),
];
