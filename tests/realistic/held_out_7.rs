//! A seventh held-out set, written by a writer who saw neither the rules nor the topic words
//! nor the earlier sets, only the departments' names and tasks: its day-one result is the
//! honest one. Each: a name, the expected department, the text.
#![allow(dead_code)] // not every test crate that includes `realistic` reads this set

pub const HELD_OUT_7: &[(&str, &str, &str)] = &[
    (
        "bf17-begleitperson-nachtragen",
        "36",
        "Sabine Kirchhoff
Im Wingert 14
56575 Weißenthurm

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 6. Oktober 2026

Begleitetes Fahren ab 17 – weitere Begleitperson für meinen Sohn Jonas Kirchhoff, geb. 02.03.2009

Sehr geehrte Damen und Herren,

mein Sohn Jonas hat im August seine Prüfung bestanden und fährt seitdem mit der Prüfungsbescheinigung für das begleitete Fahren. Eingetragen sind bisher nur mein Mann und ich als Begleitpersonen.

Nun möchte auch sein Großvater, Herr Werner Kirchhoff, wohnhaft in Plaidt, als Begleiter eingetragen werden, weil Jonas zweimal in der Woche mit ihm zum Training nach Mayen fährt. Mein Schwiegervater ist 71 Jahre alt, hat seit 1974 den Führerschein und keine Punkte in Flensburg.

Können Sie mir bitte mitteilen, ob wir dafür persönlich vorbeikommen müssen oder ob das schriftlich geht? Welche Unterlagen brauchen Sie, reicht eine Kopie seines Führerscheins und des Personalausweises? Und fällt dafür eine Gebühr an?

Jonas wird im März 18, bis dahin würden wir das gerne noch regeln.

Vielen Dank im Voraus und freundliche Grüße

Sabine Kirchhoff

Anlagen: Kopie Prüfungsbescheinigung, Kopie Führerschein W. Kirchhoff",
    ),
    (
        "wartezeit-eingangsbereich-beschwerde",
        "10",
        "Von: Gerhard Lindemann
An: Kreisverwaltung Mayen-Koblenz
Gesendet: Donnerstag, 8. Oktober 2026 17:42
Betreff: Beschwerde – so geht man nicht mit Bürgern um

Sehr geehrte Damen und Herren,

ich war am Dienstag, 6. Oktober, gegen 9 Uhr bei Ihnen im Kreishaus in der Bahnhofstraße. Was ich dort erlebt habe, möchte ich nicht unkommentiert lassen.

Am Empfang stand eine Schlange von bestimmt 15 Leuten, besetzt war aber nur ein einziger Platz. Es gab keine Nummern, keine Hinweisschilder, wohin man eigentlich muss, und kaum Stühle. Ich bin 78 Jahre alt und habe eine neue Hüfte, ich musste fast eine Stunde stehen. Eine ältere Dame vor mir ist beinahe umgekippt.

Als ich endlich dran war und höflich gefragt habe, warum nicht mehr Personal da ist, bekam ich nur ein schnippisches „Da müssen Sie sich beim Landrat beschweren“ zu hören. Genau das tue ich hiermit.

Ich erwarte, dass Sie mir erklären, wie Sie künftig dafür sorgen, dass gerade ältere und behinderte Menschen nicht stundenlang im Flur stehen müssen. Ein paar Stühle und ein Wegweiser kosten doch nicht die Welt.

Mit freundlichen Grüßen
Gerhard Lindemann
Kirchstraße 3
56330 Kobern-Gondorf",
    ),
    (
        "kleinere-restmuelltonne-witwe",
        "70",
        "Hildegard Sauerborn
Mühlenweg 7
56630 Kretz

An die
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kretz, den 12.10.2026

Sehr geehrte Damen und Herren,

mein Mann ist im Juli verstorben, und ich lebe nun alleine in unserem Haus. Wir hatten bisher die große graue Tonne mit 240 Litern, die ist jetzt selbst nach vier Wochen kaum halb voll.

Ich möchte Sie deshalb bitten, mir eine kleinere Tonne zu bringen und die große mitzunehmen. Bitte ändern Sie auch die Personenzahl auf eine Person, damit ich nicht mehr für zwei bezahle.

Die Sterbeurkunde lege ich in Kopie bei. Meine Objektnummer steht auf dem letzten Bescheid, das ist 4471-0932.

Ich bin nicht mehr gut zu Fuß, deshalb wäre es schön, wenn die neue Tonne an den gleichen Platz vor der Garage gestellt werden kann.

Mit freundlichen Grüßen

Hildegard Sauerborn

Anlage: Kopie Sterbeurkunde",
    ),
    (
        "kita-platz-bendorf-wiedereinstieg",
        "51",
        "Laura Hemmerich
Hauptstraße 112
56170 Bendorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Bendorf, 14. Oktober 2026

Dringend: Betreuungsplatz für meine Tochter Mia (geb. 19.01.2025) ab Februar 2027

Sehr geehrte Damen und Herren,

ich wende mich an Sie, weil ich nicht mehr weiter weiß. Meine Tochter Mia ist seit über einem Jahr bei drei Kindertagesstätten in Bendorf und Sayn auf der Warteliste. Von allen bekomme ich nur zu hören, dass frühestens im Herbst 2027 etwas frei wird.

Meine Elternzeit endet am 31. Januar 2027, mein Arbeitgeber erwartet mich ab dem 1. Februar wieder mit 30 Stunden. Ich bin alleinerziehend und kann mir eine Kündigung schlicht nicht leisten.

Soweit ich weiß, hat Mia einen Rechtsanspruch auf einen Platz. Ich bitte Sie daher, mir einen Platz in zumutbarer Entfernung zu vermitteln. Ich habe kein Auto, die Einrichtung müsste also mit dem Bus erreichbar sein.

Die Anmeldebestätigungen der Kitas füge ich bei. Für ein Gespräch bin ich jederzeit erreichbar, am besten unter 0176 48823190.

Mit freundlichen Grüßen

Laura Hemmerich

Anlagen: 3 Anmeldebestätigungen, Bescheinigung des Arbeitgebers",
    ),
    (
        "frische-farbe-handlauf-mantel",
        "30",
        "Dr. Ulrike Wallenborn
Am Sonnenhang 22
56299 Ochtendung

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ochtendung, 15. Oktober 2026

Schaden an meinem Mantel durch frisch gestrichenen Handlauf im Kreishaus

Sehr geehrte Damen und Herren,

am 9. Oktober 2026 hatte ich gegen 10:30 Uhr einen Termin in Ihrem Haus. Auf der Treppe vom Erdgeschoss in den ersten Stock habe ich mich, wie man das eben tut, am Geländer festgehalten. Erst oben habe ich bemerkt, dass der Handlauf frisch lackiert war. Ein Warnschild oder eine Absperrung gab es nicht.

Mein heller Wollmantel, den ich im letzten Winter für 349 Euro gekauft habe, ist am rechten Ärmel und an der Vorderseite großflächig mit dunkelgrüner Farbe verschmiert. Die chemische Reinigung hat mir bestätigt, dass sich die Farbe nicht mehr entfernen lässt. Auch meine Handtasche hat etwas abbekommen.

Eine Mitarbeiterin am Empfang hat den Vorfall gesehen und mir gesagt, die Maler seien am Morgen da gewesen. Ihren Namen habe ich mir leider nicht notiert.

Ich mache hiermit Schadensersatz in Höhe von 349,00 Euro für den Mantel sowie 18,50 Euro für den Reinigungsversuch geltend und bitte um Überweisung innerhalb von vier Wochen auf mein Konto DE41 5705 0120 0000 3381 27.

Fotos, Kaufbeleg und die Bestätigung der Reinigung liegen bei.

Mit freundlichen Grüßen

Dr. Ulrike Wallenborn

Anlagen: 4 Fotos, Kassenbon, Schreiben der Reinigung Textilpflege Mosel",
    ),
    (
        "metallsplitter-leberwurst",
        "39",
        "Von: Markus Brohl
Gesendet: Montag, 19. Oktober 2026 08:15
An: Kreisverwaltung Mayen-Koblenz
Betreff: Metallstück in Wurst gefunden

Guten Morgen,

ich weiß nicht genau, ob ich bei Ihnen richtig bin, aber irgendwo muss ich das ja melden.

Am Samstag habe ich in einer Metzgerei in Polch (Marktplatz, Name kann ich Ihnen nennen) 250 g hausgemachte Leberwurst im Glas gekauft. Beim Frühstück hat meine Frau auf etwas Hartes gebissen – es war ein etwa 1 cm langes, scharfkantiges Stück Metall, sieht aus wie ein abgebrochenes Teil von einem Messer oder einer Maschine. Zum Glück ist nichts passiert, aber wenn das eines unserer Kinder erwischt hätte…

Ich bin am Samstagnachmittag noch in den Laden gegangen. Die Verkäuferin hat nur mit den Schultern gezuckt und mir 4 Euro zurückgegeben. Das reicht mir nicht, ich will, dass das jemand überprüft, bevor sich noch jemand verletzt.

Das Glas mit dem Rest der Wurst und das Metallstück habe ich aufbewahrt und in den Kühlschrank gestellt, den Kassenbon habe ich auch noch. Wenn Sie das abholen möchten oder ich es vorbeibringen soll, sagen Sie mir bitte Bescheid.

Viele Grüße
Markus Brohl
Bachstraße 5
56751 Polch
Tel. 02654 871204",
    ),
    (
        "ehegattennachzug-marokko",
        "33",
        "Nadia El Amrani
Brunnenstraße 19
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 20.10.2026

Betreff: Nachzug meines Ehemannes Youssef El Amrani, geb. 11.05.1996 in Fès

Sehr geehrte Damen und Herren,

ich bin deutsche Staatsangehörige und habe im Juni 2026 in Marokko meinen Mann Youssef geheiratet. Die Heiratsurkunde ist übersetzt und von der Deutschen Botschaft in Rabat legalisiert.

Mein Mann hat am 2. Oktober bei der Botschaft in Rabat einen Antrag auf ein Visum zum Familiennachzug gestellt. Man hat ihm dort gesagt, dass die Akte an die zuständige Ausländerbehörde hier geschickt wird und wir uns erkundigen sollen.

Ich möchte fragen, ob der Antrag schon bei Ihnen angekommen ist und ob Sie noch Unterlagen von mir brauchen. Den Mietvertrag für unsere 3-Zimmer-Wohnung, meine letzten drei Gehaltsabrechnungen und das A1-Zertifikat meines Mannes lege ich schon einmal in Kopie bei.

Wir würden uns sehr freuen, wenn das Verfahren schnell weitergeht. Für Rückfragen bin ich unter 0157 36620418 erreichbar.

Mit freundlichen Grüßen

Nadia El Amrani

Anlagen: Heiratsurkunde mit Übersetzung, Mietvertrag, Gehaltsabrechnungen Juli–September, Goethe-Zertifikat A1",
    ),
    (
        "jugendliche-will-ausziehen-mayen",
        "JA-MY",
        "Hallo,

ich heiße Lea Brenner, bin 16 Jahre alt und wohne mit meiner Mutter und ihrem Freund in Mayen, Koblenzer Straße 48. Meine Lehrerin hat mir gesagt, ich soll einfach mal schreiben, deshalb mache ich das jetzt.

Bei uns zu Hause ist es seit Monaten nur noch Streit. Der Freund meiner Mutter schreit mich ständig an, nimmt mir mein Handy weg und sagt, ich wäre nur eine Last. Meine Mutter hält immer zu ihm. Letzte Woche hat er mich am Arm gepackt und gegen die Tür geschubst. Ich schlafe seitdem meistens bei meiner Freundin, aber das geht nicht auf Dauer.

Ich will nicht mehr dort wohnen. Gibt es eine Möglichkeit, dass ich woanders wohnen kann, vielleicht in einer WG für Jugendliche oder so? Ich gehe in die 10. Klasse und will meinen Abschluss noch schaffen.

Bitte schreiben Sie mir nicht nach Hause. Sie können mich auf dem Handy erreichen: 0152 09917736, oder ich komme auch vorbei, wenn Sie mir sagen, wohin.

Danke
Lea Brenner

Mayen, 21.10.2026",
    ),
    (
        "rechnung-schliesszylinder-schluesseldienst",
        "20",
        "Schlüssel- und Sicherheitstechnik Kneip GmbH
Industriestraße 31 · 56218 Mülheim-Kärlich
Tel. 0261 9227410 · info@kneip-sicherheit.de

Kreisverwaltung Mayen-Koblenz
Gebäudemanagement
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 22.10.2026

RECHNUNG Nr. 2026-1187
Kundennummer: 30412
Ihre Bestellung: telefonisch Herr Schüller, 13.10.2026
Leistungsort: Berufsbildende Schule Andernach, Nebengebäude

Sehr geehrte Damen und Herren,

für die ausgeführten Arbeiten berechnen wir Ihnen wie folgt:

Pos. 1  Notöffnung Technikraum, Anfahrt inkl.        95,00 €
Pos. 2  12 Profilzylinder 30/35, schließanlagengleich  12 x 68,40 € = 820,80 €
Pos. 3  Montage, 3,5 Std. à 64,00 €                   224,00 €
Pos. 4  Programmierung Schließplan, pauschal          45,00 €

Nettobetrag                                          1.184,80 €
zzgl. 19 % MwSt.                                      225,11 €
Rechnungsbetrag                                      1.409,91 €

Zahlbar innerhalb von 14 Tagen ohne Abzug. Leistungsdatum: 14.10.2026.

Wir bedanken uns für Ihren Auftrag.

Mit freundlichen Grüßen
i. A. Petra Kneip

Schlüssel- und Sicherheitstechnik Kneip GmbH · Sitz Mülheim-Kärlich · Amtsgericht Koblenz HRB 21894 · Geschäftsführer: Thomas Kneip
Sparkasse Koblenz · IBAN DE62 5705 0120 0012 8844 02 · BIC MALADE51KOB · USt-IdNr. DE298114076",
    ),
    (
        "windpocken-kita-kobern",
        "53",
        "Kath. Kindertagesstätte St. Lubentius
Lubentiusstraße 4
56330 Kobern-Gondorf

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

per Fax vorab

Kobern-Gondorf, 23.10.2026

Meldung: gehäuftes Auftreten von Windpocken

Sehr geehrte Damen und Herren,

hiermit teilen wir Ihnen mit, dass in unserer Einrichtung seit dem 16.10.2026 insgesamt sieben Kinder an Windpocken erkrankt sind. Betroffen sind überwiegend Kinder der Marienkäfergruppe (3 bis 5 Jahre), ein Fall in der Krippengruppe. Bei fünf Kindern liegt eine ärztliche Diagnose vor, bei zwei Kindern haben die Eltern es uns mitgeteilt.

In unserer Einrichtung werden 68 Kinder betreut. Eine Kollegin ist schwanger und war mit den erkrankten Kindern in Kontakt; ihr Immunstatus ist ihr nicht bekannt. Außerdem betreuen wir ein Kind, das wegen einer Chemotherapie nicht geimpft werden kann.

Wir haben die Eltern per Aushang und Elternbrief informiert. Wir bitten um Rückmeldung, ob weitere Maßnahmen erforderlich sind und wann die Kinder wieder in die Einrichtung kommen dürfen.

Die Liste der erkrankten Kinder mit Erkrankungsbeginn liegt bei.

Mit freundlichen Grüßen

Claudia Weiler
Leitung

Anlage: Liste der Erkrankungsfälle",
    ),
    (
        "carport-grenze-anfrage",
        "63",
        "Von: Timo Schäfer
An: Kreisverwaltung Mayen-Koblenz
Datum: 24.10.2026, 21:03
Betreff: Frage Doppelcarport mit Abstellraum

Hallo zusammen,

wir wohnen in Kruft, Am Hahnenberg 9 (Flur 4, Flurstück 212/3) und wollen im Frühjahr einen Doppelcarport aus Holz bauen lassen. Geplant ist eine Größe von 6 x 6 Metern mit einem kleinen geschlossenen Geräteraum hinten dran, Höhe an der höchsten Stelle ca. 2,80 m, Flachdach mit leichtem Gefälle.

Der Carport soll direkt an die Grenze zum Nachbarn (links) kommen. Der Nachbar hat nichts dagegen und würde das auch unterschreiben.

Meine Fragen:
– Brauchen wir dafür eine Genehmigung, oder ist das genehmigungsfrei?
– Ist die Länge an der Grenze so in Ordnung?
– Falls doch ein Antrag nötig ist: Brauchen wir dafür einen Architekten?

Laut Bebauungsplan „Hahnenberg II“ gibt es wohl irgendwelche Vorgaben zu Garagen, aber ich werde daraus nicht ganz schlau. Eine Skizze hänge ich an.

Danke und viele Grüße
Timo Schäfer
56642 Kruft
0171 5508321",
    ),
    (
        "taxi-foerderschule-fahrtdauer",
        "40",
        "Monika und Frank Theisen
Lindenweg 3
56753 Naunheim

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Naunheim, 26. Oktober 2026

Fahrt unseres Sohnes Elias zur Förderschule in Polch

Sehr geehrte Damen und Herren,

unser Sohn Elias (9 Jahre, Autismus-Spektrum-Störung) besucht die Förderschule mit dem Schwerpunkt ganzheitliche Entwicklung in Polch und wird morgens mit einem Kleinbus bzw. Taxi abgeholt.

Seit den Herbstferien wurde die Tour geändert. Elias wird jetzt schon um 6:35 Uhr abgeholt, obwohl der Unterricht erst um 8:10 Uhr beginnt. Der Wagen fährt erst über Münstermaifeld und mehrere Dörfer, sodass Elias über eine Stunde im Auto sitzt. Nachmittags ist es ähnlich.

Für Elias ist das eine Katastrophe. Er kommt völlig erschöpft und überreizt in der Schule an, die Lehrer berichten von deutlich mehr Ausrastern. Außerdem wechselt der Fahrer fast jede Woche, was für ein autistisches Kind ohnehin sehr schwer ist.

Wir bitten Sie dringend, die Route so zu ändern, dass Elias nicht länger als 45 Minuten unterwegs ist, und nach Möglichkeit für einen festen Fahrer zu sorgen. Ein Schreiben der Klassenlehrerin legen wir bei.

Mit freundlichen Grüßen

Monika Theisen        Frank Theisen

Anlage: Stellungnahme der Klassenlehrerin",
    ),
    (
        "au-folgebescheinigung-mitarbeiter",
        "11",
        "Stefan Mürtz
Pellenzstraße 27
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 27.10.2026

Personalnummer 10478 – Folgebescheinigung Arbeitsunfähigkeit

Sehr geehrte Damen und Herren,

wie telefonisch mit meinem Vorgesetzten, Herrn Gilles, besprochen, bin ich nach meiner Knie-OP weiterhin krankgeschrieben.

Anbei übersende ich Ihnen die Folgebescheinigung meines Orthopäden für den Zeitraum vom 28.10.2026 bis voraussichtlich 20.11.2026. Da meine Praxis die Bescheinigung laut eigener Aussage nicht elektronisch an die Krankenkasse schicken konnte, gebe ich sie Ihnen vorsichtshalber in Papierform.

Außerdem möchte ich fragen, ob mir nach meiner Rückkehr eine stufenweise Wiedereingliederung angeboten werden kann, da der Arzt mir das empfohlen hat. Bitte teilen Sie mir mit, wie ich dafür vorgehen muss.

Ab welchem Tag würde eigentlich die Lohnfortzahlung enden? Ich bin seit dem 22. September ununterbrochen krank.

Mit freundlichen Grüßen

Stefan Mürtz
Straßenwärter, Straßenmeisterei

Anlage: Arbeitsunfähigkeitsbescheinigung (Folgebescheinigung)",
    ),
    (
        "wohnassistenz-eingliederungshilfe-sohn",
        "50",
        "Gisela und Bernd Hoffmann
Römerstraße 61
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 28. Oktober 2026

Antrag auf Unterstützung beim Wohnen für unseren Sohn Daniel Hoffmann, geb. 14.04.2002

Sehr geehrte Damen und Herren,

unser Sohn Daniel hat eine geistige Behinderung (GdB 80, Merkzeichen G und H) und arbeitet seit fünf Jahren in der Werkstatt in Andernach. Bisher lebt er bei uns.

Daniel möchte, wie seine Kollegen, gerne selbständiger werden. Ab März 2027 kann er in Mayen ein Apartment in einer Wohngemeinschaft der Lebenshilfe beziehen. Dort braucht er allerdings Unterstützung im Alltag, etwa beim Einkaufen, bei Behördenpost, beim Umgang mit Geld und bei Arztterminen – nach Einschätzung der Lebenshilfe etwa 8 bis 10 Stunden pro Woche.

Wir beantragen hiermit für Daniel die Übernahme der Kosten für diese ambulante Wohnbegleitung. Daniel selbst hat kein Vermögen, er bekommt nur seinen Werkstattlohn und eine Erwerbsminderungsrente.

Bitte teilen Sie uns mit, welche Formulare wir ausfüllen müssen und ob es ein Gespräch zur Bedarfsermittlung gibt. Wir würden Daniel dabei gerne begleiten.

Mit freundlichen Grüßen

Gisela Hoffmann     Bernd Hoffmann

Anlagen: Schwerbehindertenausweis (Kopie), Schreiben der Lebenshilfe vom 12.10.2026",
    ),
    (
        "jagdschein-verlaengerung",
        "32",
        "Klaus-Dieter Esch
Am Forsthaus 2
56729 Ettringen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Ettringen, 29.10.2026

Verlängerung meines Jagdscheines Nr. MYK-J-0871

Sehr geehrte Damen und Herren,

mein Dreijahresjagdschein läuft am 31. März 2027 ab. Ich bitte um Verlängerung um weitere drei Jagdjahre.

Den Nachweis über meine Jagdhaftpflichtversicherung bei der Gothaer (Versicherungsschein Nr. JH 44-718203) füge ich bei, ebenso meinen bisherigen Jagdschein im Original.

Ich bin Mitpächter im Revier Ettringen-Hochsimmer und möchte die Drückjagden im Januar noch mit dem alten Schein mitmachen. Falls es möglich ist, den verlängerten Schein vorher zuzuschicken, wäre ich Ihnen dankbar; ansonsten hole ich ihn auch gerne ab.

Die Gebühr überweise ich, sobald ich Ihren Bescheid erhalten habe.

Mit freundlichen Grüßen und Waidmannsheil

Klaus-Dieter Esch

Anlagen: Jagdschein (Original), Versicherungsbestätigung",
    ),
    (
        "erziehungsberatung-gaming-andernach",
        "JA-AND",
        "Von: Jennifer Wagner
An: Kreisverwaltung Mayen-Koblenz
Gesendet: 30.10.2026 23:11
Betreff: Brauche Hilfe mit meinem Sohn

Sehr geehrte Damen und Herren,

ich schreibe Ihnen, weil ich mit meinem Sohn Kevin (12) nicht mehr klarkomme. Wir wohnen in Andernach in der Breite Straße 77, ich bin seit zwei Jahren alleinerziehend und arbeite im Schichtdienst.

Kevin sitzt jede freie Minute am PC oder an der Konsole, oft bis 3 oder 4 Uhr nachts. Wenn ich das WLAN ausschalte, wird er richtig laut, schmeißt Sachen und schließt sich ein. Morgens kriege ich ihn kaum aus dem Bett, er hat dieses Schuljahr schon viel versäumt und seine Noten sind abgestürzt. Freunde trifft er eigentlich nur noch online.

Ich habe das Gefühl, dass ich ihn verliere, und weiß ehrlich gesagt nicht, was ich noch machen soll. Eine Freundin meinte, dass es Beratung oder sogar jemanden gibt, der in die Familie kommt.

Können Sie mir sagen, an wen ich mich wenden kann und wie das abläuft? Ich habe dienstags und donnerstags frei, da könnte ich auch zu einem Termin kommen.

Mit freundlichen Grüßen
Jennifer Wagner
56626 Andernach
Tel. 0160 2283157",
    ),
    (
        "anhoerung-parkverstoss-auto-verkauft",
        "36",
        "Ralf Gerhards
Bergstraße 16
56182 Urbar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Urbar, 2. November 2026

Ihr Zeichen: 711.26.084412.3
Anhörung vom 27.10.2026 – Kennzeichen MYK-RG 118

Sehr geehrte Damen und Herren,

mit Ihrem Schreiben werfen Sie mir vor, am 14.10.2026 um 11:20 Uhr in Vallendar, Heerstraße, im absoluten Halteverbot geparkt zu haben.

Das kann nicht sein. Den betreffenden Wagen, einen grauen VW Golf, habe ich bereits am 30. September 2026 privat verkauft. Der Käufer, Herr Dennis Kuhl, wohnhaft Hauptstraße 3, 56332 Alken, wollte das Fahrzeug am nächsten Tag ummelden. Offenbar hat er das bis heute nicht getan.

Eine Kopie des Kaufvertrags mit Datum, Uhrzeit der Übergabe und Unterschrift des Käufers lege ich bei. Ich bitte Sie, das Verfahren gegen mich einzustellen und sich an den Käufer zu wenden.

Gleichzeitig frage ich, was ich tun kann, damit das Fahrzeug endlich nicht mehr auf mich läuft. Die Kfz-Steuer wird nämlich auch noch von meinem Konto abgebucht.

Mit freundlichen Grüßen

Ralf Gerhards

Anlagen: Anhörungsbogen, Kopie Kaufvertrag",
    ),
    (
        "schluesselbund-wartebereich",
        "10",
        "Anneliese Knopp
Kapellenweg 10
56337 Simmern/Ww.

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Simmern, 3.11.2026

Sehr geehrte Damen und Herren,

ich war am vergangenen Freitag, den 30. Oktober, vormittags bei Ihnen im Kreishaus und habe im Wartebereich im zweiten Stock gesessen. Seitdem vermisse ich meinen Schlüsselbund.

Daran sind mein Haustürschlüssel, zwei Schlüssel für den Briefkasten und die Garage, ein Fahrradschlüssel und ein kleiner roter Anhänger aus Filz in Herzform, den mir meine Enkelin gebastelt hat. Einen Autoschlüssel habe ich nicht, ich fahre kein Auto mehr.

Ich habe schon überall gesucht, im Bus habe ich auch nachgefragt. Ich vermute, dass er mir beim Aufstehen aus der Manteltasche gerutscht ist.

Wenn der Schlüssel bei Ihnen abgegeben wurde, rufen Sie mich bitte an unter 0261 60418. Meine Tochter würde ihn dann abholen. Vor allem der Anhänger liegt mir sehr am Herzen.

Vielen Dank
Ihre Anneliese Knopp",
    ),
    (
        "gefluegel-stallpflicht-hobbyhalter",
        "39",
        "Von: Peter Zils
Gesendet: Mittwoch, 4. November 2026 19:27
An: Kreisverwaltung Mayen-Koblenz
Betreff: Hühner im Garten – was muss ich jetzt machen?

Sehr geehrte Damen und Herren,

ich halte in meinem Garten in Kettig, Raiffeisenstraße 20, seit diesem Sommer sechs Hühner und zwei Laufenten, rein für den Eigenbedarf (Eier).

Jetzt lese ich in der Zeitung, dass es bei uns in der Gegend wieder Fälle von Vogelgrippe gibt und für den ganzen Kreis eine Aufstallung angeordnet werden könnte. Mein Nachbar sagt außerdem, dass man auch ein paar Hühner irgendwo melden muss, was ich bisher nicht getan habe.

Meine Fragen:
1. Muss ich meine Tiere irgendwo anmelden, und wenn ja, wo und wie?
2. Gilt die Stallpflicht auch für so kleine Haltungen wie meine? Ich habe nur einen kleinen Stall von ca. 3 m², reicht es, wenn ich den Auslauf mit einem Netz abdecke?
3. Was mache ich mit den Enten, die brauchen ja Wasser?

Ich möchte alles richtig machen und freue mich über eine kurze Rückmeldung.

Mit freundlichen Grüßen
Peter Zils
56220 Kettig",
    ),
    (
        "altreifen-glascontainer",
        "70",
        "Ortsgemeinde Saffig
Der Ortsbürgermeister
Hauptstraße 26
56648 Saffig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Saffig, 5. November 2026

Abgelagerte Altreifen und Sperrgut am Containerstandort Schulstraße

Sehr geehrte Damen und Herren,

am Containerstandort für Altglas und Altkleider in der Schulstraße (Nähe Bolzplatz) wurden am vergangenen Wochenende von Unbekannten etwa 20 Altreifen, teilweise noch auf Felgen, sowie ein alter Teppich und mehrere Säcke mit Bauschutt abgelagert.

Der Platz wird viel von Kindern genutzt, die Reifen liegen teilweise auf dem Gehweg. Unser Gemeindearbeiter hat die Sachen notdürftig an die Seite geräumt, für die Entsorgung sind wir als Ortsgemeinde aber weder zuständig noch ausgestattet.

Wir bitten Sie, die Abfälle kurzfristig abholen zu lassen. Anwohner haben am Samstagabend einen weißen Transporter mit Koblenzer Kennzeichen gesehen; das Kennzeichen konnte leider niemand notieren. Fotos vom Fundort fügen wir bei.

Außerdem regen wir an, den Standort zu beschildern. Es ist bereits das dritte Mal in diesem Jahr.

Mit freundlichen Grüßen

Jürgen Hürter
Ortsbürgermeister

Anlage: 6 Fotos",
    ),
    (
        "vg-eilverfahren-aktenanforderung",
        "30",
        "Verwaltungsgericht Koblenz
Deinhardplatz 4
56068 Koblenz

Geschäftsnummer: 1 L 1043/26.KO
(Bitte bei allen Schreiben angeben)

Gegen Empfangsbekenntnis

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Koblenz, 05.11.2026

In der Verwaltungsrechtssache

Kurt Reuschenbach, Mayener Straße 71, 56743 Thür,
– Antragsteller –
Prozessbevollmächtigte: Rechtsanwälte Dr. Lorscheid & Partner, Koblenz

gegen

Landkreis Mayen-Koblenz, vertreten durch den Landrat,
– Antragsgegner –

wegen Nutzungsuntersagung (Antrag nach § 80 Abs. 5 VwGO)

wird Ihnen anliegend die Antragsschrift vom 02.11.2026 nebst Anlagen zugestellt.

Sie erhalten Gelegenheit zur Stellungnahme binnen zwei Wochen nach Zustellung. Sie werden gebeten, die vollständigen Verwaltungsvorgänge, einschließlich etwaiger Widerspruchsakten, innerhalb derselben Frist vorzulegen.

Der Vorsitzende bittet um Mitteilung, ob bis zur Entscheidung des Gerichts von Vollstreckungsmaßnahmen abgesehen wird.

Auf Anordnung
Schneider, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ),
    (
        "fiktionsbescheinigung-arbeitgeber-spedition",
        "33",
        "Rheinland Logistik Maifeld GmbH
Gewerbepark Ost 8
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 06.11.2026

Unser Mitarbeiter Herr Ahmad Al-Hassan, geb. 03.07.1993 – Aufenthaltstitel läuft ab

Sehr geehrte Damen und Herren,

Herr Al-Hassan ist seit April 2024 bei uns als Berufskraftfahrer unbefristet beschäftigt. Er ist ein zuverlässiger Mitarbeiter, auf den wir in der Disposition nicht verzichten können.

Seine Aufenthaltserlaubnis läuft am 22.11.2026 ab. Herr Al-Hassan hat nach eigener Auskunft bereits im August per E-Mail einen Verlängerungsantrag gestellt, aber bis heute weder eine Eingangsbestätigung noch einen Termin erhalten. Telefonisch kommt er nicht durch.

Als Arbeitgeber sind wir verpflichtet, das Vorliegen eines gültigen Aufenthaltstitels mit Erlaubnis zur Beschäftigung zu prüfen. Ohne ein entsprechendes Dokument dürfen wir ihn ab dem 23.11. nicht mehr einsetzen, was weder in seinem noch in unserem Interesse ist.

Wir bitten Sie daher dringend, Herrn Al-Hassan kurzfristig einen Termin zu geben oder ihm zumindest eine Bescheinigung auszustellen, aus der hervorgeht, dass sein Aufenthalt und seine Beschäftigung bis zur Entscheidung weiter erlaubt sind. Eine aktuelle Arbeitgeberbescheinigung liegt bei. Herr Al-Hassan ist mit diesem Schreiben einverstanden.

Mit freundlichen Grüßen

i. V. Sandra Kohlhaas
Personalleitung

Anlage: Arbeitgeberbescheinigung, Einverständniserklärung

Rheinland Logistik Maifeld GmbH · Sitz Polch · Amtsgericht Koblenz HRB 25571 · Geschäftsführer: Michael Stein, Oliver Ternes
Volksbank RheinAhrEifel eG · IBAN DE18 5776 1591 0204 7710 00",
    ),
    (
        "sorgeerklaerung-vaterschaft-vallendar",
        "51",
        "Von: Lisa Marx
An: Kreisverwaltung Mayen-Koblenz
Gesendet: 6. November 2026, 12:48
Betreff: Termin Vaterschaftsanerkennung und gemeinsames Sorgerecht

Hallo,

mein Partner Julian Becker und ich sind nicht verheiratet und erwarten im Januar unser erstes Kind (errechneter Termin 18.01.2027). Wir wohnen zusammen in Vallendar, Löhrstraße 8.

Wir möchten gerne schon vor der Geburt die Vaterschaft anerkennen lassen und auch erklären, dass wir das Sorgerecht gemeinsam haben wollen. Eine Freundin meinte, das geht kostenlos bei Ihnen und nicht nur beim Notar.

Könnten Sie uns einen Termin geben, am liebsten an einem Nachmittag, da wir beide arbeiten? Und welche Unterlagen müssen wir mitbringen – reicht der Mutterpass und die Personalausweise, oder brauchen wir auch Geburtsurkunden?

Julian ist übrigens österreichischer Staatsbürger, falls das eine Rolle spielt.

Vielen Dank und liebe Grüße
Lisa Marx
56179 Vallendar
0176 33012984",
    ),
    (
        "zahlungserinnerung-toner",
        "20",
        "OfficeLine Bürobedarf GmbH & Co. KG
Carl-Zeiss-Straße 12 · 56070 Koblenz

Kreisverwaltung Mayen-Koblenz
Rechnungseingang
Bahnhofstraße 9
56068 Koblenz

Koblenz, 09.11.2026

Zahlungserinnerung
Kundennummer: K-88021

Sehr geehrte Damen und Herren,

sicher ist es Ihrer Aufmerksamkeit entgangen, dass folgende Rechnung noch nicht beglichen ist:

Rechnung Nr. RE-2026-40917 vom 11.09.2026
Lieferung: 40 Tonerkartuschen schwarz, 24 Kartuschen farbig, 60 Kartons Kopierpapier A4
Bestellnummer Ihrerseits: 2026/BM/0314
Betrag: 4.286,37 €
fällig am: 11.10.2026

Bitte überweisen Sie den offenen Betrag bis zum 23.11.2026 auf unten genanntes Konto. Sollten Sie die Zahlung zwischenzeitlich veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Eine Kopie der Rechnung und des Lieferscheins mit Empfangsunterschrift fügen wir bei.

Mit freundlichen Grüßen
Ihr OfficeLine-Team
Forderungsmanagement, Frau Nickenig, Tel. 0261 889340-22

OfficeLine Bürobedarf GmbH & Co. KG · Sitz Koblenz · AG Koblenz HRA 7712 · pers. haft. Gesellschafterin: OfficeLine Verwaltungs-GmbH, AG Koblenz HRB 19043 · Geschäftsführer: Jens Pörtner
Commerzbank Koblenz · IBAN DE07 5704 0044 0311 2290 00 · BIC COBADEFFXXX",
    ),
    (
        "tuberkulose-meldung-praxis",
        "53",
        "Gemeinschaftspraxis für Innere Medizin und Pneumologie
Dr. med. Hans-Peter Kreuter · Dr. med. Aylin Demir
Marktstraße 14
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

vorab per Fax

Andernach, 10.11.2026

Meldung nach Infektionsschutzgesetz – Lungentuberkulose

Sehr geehrte Kolleginnen und Kollegen,

wir melden die Erkrankung an einer offenen Lungentuberkulose bei folgendem Patienten:

Herr D. M., geb. 1987, wohnhaft in 56575 Weißenthurm (vollständige Angaben im beiliegenden Meldebogen).

Klinik: seit ca. 8 Wochen Husten, Nachtschweiß, Gewichtsverlust von 7 kg. Röntgen-Thorax mit Kaverne im rechten Oberlappen. Mikroskopisch säurefeste Stäbchen im Sputum nachgewiesen, PCR positiv, Resistenztestung läuft.

Der Patient wurde heute zur stationären Behandlung ins Klinikum Koblenz eingewiesen. Er ist als Lagerarbeiter in einem größeren Logistikbetrieb in Mülheim-Kärlich tätig und lebt mit seiner Ehefrau und zwei Kindern (3 und 6 Jahre, Kita-Besuch) zusammen.

Wir bitten um Einleitung der Umgebungsuntersuchung. Für Rückfragen stehen wir gerne zur Verfügung.

Mit kollegialen Grüßen

Dr. med. Aylin Demir

Anlage: Meldebogen, Befundkopien",
    ),
    (
        "balkon-risse-mietshaus",
        "63",
        "Erika Doğan
Rheinstraße 44, 2. OG links
56179 Vallendar

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Vallendar, 10. November 2026

Gefahr durch kaputte Balkone in unserem Mietshaus

Sehr geehrte Damen und Herren,

ich wohne zur Miete in einem Mehrfamilienhaus mit acht Wohnungen in der Rheinstraße 44. Das Haus ist aus den 60er Jahren.

An allen Balkonen auf der Rückseite platzt seit längerem der Beton ab, man sieht die rostigen Eisenstangen. Unter meinem Balkon hat sich ein Riss gebildet, der in den letzten Monaten deutlich breiter geworden ist – ich kann inzwischen einen Finger hineinstecken. Letzte Woche ist ein faustgroßes Stück vom Balkon im 3. Stock auf den Hof gefallen, wo die Kinder spielen und die Mülltonnen stehen.

Die Hausverwaltung (Rhein-Immobilien Hofmann, Koblenz) habe ich seit Februar dreimal schriftlich informiert. Es kam nie eine Antwort, es ist auch niemand gekommen, um sich das anzusehen.

Ich habe Angst, meinen Balkon noch zu betreten, und mache mir Sorgen um die Kinder unten im Hof. Bitte schauen Sie sich das an, bevor etwas passiert.

Fotos lege ich bei.

Mit freundlichen Grüßen

Erika Doğan

Anlagen: 5 Fotos, Kopien meiner Schreiben an die Hausverwaltung",
    ),
    (
        "familienhilfe-vater-mayen",
        "JA-MY",
        "Thomas Wierschem
St.-Veit-Straße 5
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 11.11.2026

Bitte um Unterstützung für meine Familie

Sehr geehrte Damen und Herren,

meine Frau ist seit drei Wochen wegen einer schweren Depression in der Klinik in Andernach und wird dort wohl noch mindestens zwei Monate bleiben. Ich bin jetzt allein mit unseren drei Kindern: Lukas (11), Hannah (7) und Ben (2).

Ich arbeite Vollzeit als Elektriker auf Montage und komme oft erst gegen 18 Uhr nach Hause. Meine Mutter hilft, wo sie kann, aber sie ist 74 und schafft das nicht mehr lange. Ben geht noch nicht in die Kita. Hannah weint jeden Abend, weil sie ihre Mama vermisst, und Lukas zieht sich komplett zurück.

Mein Arbeitgeber hat mir zwar etwas Urlaub gegeben, aber der ist bald aufgebraucht. Ich weiß nicht, wie ich Arbeit, Haushalt und die Kinder zusammenbringen soll.

Ich habe gehört, dass es Hilfe gibt, wenn ein Elternteil ausfällt, zum Beispiel jemanden, der in die Familie kommt und mit den Kindern hilft. Können Sie mir sagen, was möglich ist und was ich beantragen muss?

Mit freundlichen Grüßen

Thomas Wierschem
Tel. 0151 22874601",
    ),
    (
        "haltestelle-neubaugebiet-kehrig",
        "40",
        "Elterninitiative Neubaugebiet „Auf der Heide“
c/o Katrin Pauly
Heidestraße 17
56729 Kehrig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kehrig, 12. November 2026

Bitte um eine zusätzliche Haltestelle für den Schulbus im Neubaugebiet „Auf der Heide“

Sehr geehrte Damen und Herren,

in unserem Neubaugebiet am Ortsrand von Kehrig wohnen inzwischen 34 Familien, darunter 27 Kinder im Grundschul- und Sekundarschulalter, Tendenz steigend.

Die nächste Haltestelle, an der der Schulbus nach Polch bzw. zur Grundschule hält, liegt in der Ortsmitte am Dorfplatz und ist für die meisten Kinder rund 1,5 km entfernt. Der Bus fährt aber ohnehin jeden Morgen auf der Heidestraße an unserem Gebiet vorbei, weil er danach Richtung Düngenheim weiterfährt.

Wir bitten darum zu prüfen, ob an der Einmündung Heidestraße/Am Wingertsberg eine zusätzliche Haltestelle eingerichtet werden kann. Dort ist ausreichend Platz, der Gehweg ist breit, und die Ortsgemeinde hätte nach unserem Gespräch mit dem Ortsbürgermeister nichts dagegen.

Eine Unterschriftenliste von 31 Familien und einen Lageplan haben wir beigefügt.

Mit freundlichen Grüßen

Katrin Pauly
für die Elterninitiative

Anlagen: Unterschriftenliste, Lageplan",
    ),
    (
        "pflichtpraktikum-master-geographie",
        "11",
        "Von: Johanna Lenz
An: Kreisverwaltung Mayen-Koblenz
Gesendet: 12.11.2026 10:02
Betreff: Anfrage Pflichtpraktikum (12 Wochen) ab März 2027

Sehr geehrte Damen und Herren,

ich studiere im dritten Semester den Masterstudiengang Geographie mit Schwerpunkt Raumentwicklung an der Universität Koblenz. Laut Prüfungsordnung muss ich ein zwölfwöchiges Pflichtpraktikum in einer Einrichtung der öffentlichen Verwaltung oder Planung absolvieren.

Die Kreisverwaltung interessiert mich besonders, weil ich in meiner Masterarbeit zur Entwicklung der Ortskerne im ländlichen Raum am Beispiel des Maifelds forschen möchte. Gerne würde ich einen Einblick in die Kreisentwicklung, die Regionalplanung oder die Wirtschaftsförderung bekommen.

Zeitraum wäre vom 1. März bis 21. Mai 2027. Da es sich um ein Pflichtpraktikum handelt, ist eine Vergütung nicht zwingend erforderlich.

Meinen Lebenslauf, meine Notenübersicht und die Bescheinigung der Universität habe ich angehängt. Über eine positive Rückmeldung oder den Hinweis, an wen ich mich wenden darf, würde ich mich sehr freuen.

Mit freundlichen Grüßen
Johanna Lenz
Wilhelmstraße 3
56179 Vallendar
0173 9081126

Anhänge: Lebenslauf.pdf, Notenspiegel.pdf, Praktikumsbescheinigung_Uni.pdf",
    ),
    (
        "pflegedienst-kosten-mutter-zuhause",
        "50",
        "Martina Schwall
Auf dem Höfchen 6
56332 Dieblich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Dieblich, 13.11.2026

Antrag für meine Mutter Irmgard Schwall, geb. 21.08.1939, wohnhaft Brunnenstraße 2, 56332 Dieblich

Sehr geehrte Damen und Herren,

meine Mutter ist seit einem Sturz im Sommer auf Pflegegrad 4 eingestuft und lebt weiterhin in ihrer eigenen Wohnung. Dreimal täglich kommt der Pflegedienst Moselpflege aus Kobern, ich selbst kümmere mich abends und am Wochenende.

Die Leistungen der Pflegekasse reichen dafür aber bei weitem nicht. Der Pflegedienst stellt monatlich rund 2.900 Euro in Rechnung, die Pflegekasse übernimmt etwa 1.860 Euro. Die Differenz von über 1.000 Euro kann meine Mutter von ihrer Witwenrente (1.240 Euro) nicht bezahlen. Ersparnisse hat sie keine mehr, die sind für den Umbau des Bades draufgegangen.

Meine Mutter möchte auf keinen Fall in ein Heim. Ich bitte daher um Übernahme der ungedeckten Pflegekosten für die Versorgung zu Hause. Ich habe eine Vorsorgevollmacht und stelle den Antrag in ihrem Namen.

Bitte schicken Sie mir die notwendigen Antragsunterlagen an meine Adresse.

Mit freundlichen Grüßen

Martina Schwall

Anlagen: Vorsorgevollmacht, Bescheid der Pflegekasse, Rechnungen Pflegedienst August–Oktober, Rentenbescheid",
    ),
    (
        "sperrzeitverkuerzung-elfter-elfter",
        "32",
        "Gasthaus „Zur alten Post“
Inh. Heinz-Josef Bell
Marktplatz 3
56743 Mendig

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mendig, 20. Oktober 2026

Antrag auf Verkürzung der Sperrzeit am 11.11.2026 und Altweiberdonnerstag 2027

Sehr geehrte Damen und Herren,

wie jedes Jahr richtet die Karnevalsgesellschaft „Mendijer Jecke“ die Sessionseröffnung am 11. November in unserem Saal aus. Erwartet werden etwa 250 Gäste.

Ich beantrage hiermit, die Sperrzeit für den 11.11.2026 (Nacht auf den 12.11.) bis 4:00 Uhr zu verkürzen. Den gleichen Antrag stelle ich vorsorglich schon für Altweiberdonnerstag, den 4. Februar 2027.

Die Veranstaltung findet ausschließlich im Saal statt, die Fenster bleiben geschlossen. Ab 22 Uhr wird die Musik leiser gedreht, und zwei Ordner der KG achten darauf, dass vor der Tür kein Lärm entsteht. In den vergangenen Jahren gab es keine Beschwerden.

Eine Kopie meiner Gaststättenerlaubnis füge ich bei. Ich bitte, die Entscheidung zügig zu treffen, da der Kartenverkauf bereits läuft.

Mit freundlichen Grüßen

Heinz-Josef Bell

Anlage: Kopie Gaststättenerlaubnis

Gasthaus Zur alten Post · Heinz-Josef Bell · Kreissparkasse Mayen · IBAN DE12 5765 0010 0098 1234 55 · St.-Nr. 09/141/22010",
    ),
    (
        "kita-platz-andernach",
        "JA-AND",
        "Familie Yılmaz-Krämer
Koblenzer Straße 130
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, 14.11.2026

Kein Kindergartenplatz für unseren Sohn Emir (3 Jahre)

Sehr geehrte Damen und Herren,

unser Sohn Emir ist im August drei Jahre alt geworden. Wir haben ihn schon vor über einem Jahr bei vier Kindergärten in Andernach angemeldet (Namedy, Innenstadt, Eich und Kell). Bis heute haben wir nur Absagen bekommen.

Wir sind beide berufstätig, ich in einer Zahnarztpraxis, mein Mann im Schichtbetrieb in einem Werk in Andernach. Bisher hat eine Nachbarin Emir betreut, aber die zieht im Dezember weg.

Emir spricht zu Hause überwiegend Türkisch, und wir möchten unbedingt, dass er vor der Schule noch gut Deutsch lernt. Dafür ist der Kindergarten sehr wichtig.

Wir bitten Sie deshalb, uns bei der Suche nach einem Platz zu helfen. Wir wären auch bereit, eine Einrichtung in einem anderen Stadtteil anzunehmen.

Mit freundlichen Grüßen

Selin Yılmaz-Krämer und Markus Krämer

Anlagen: Absageschreiben der Kitas",
    ),
    (
        "abmeldung-fahrzeug-verstorbener-vater",
        "36",
        "Von: Birgit Nonn
An: Kreisverwaltung Mayen-Koblenz
Gesendet: Sonntag, 15. November 2026 16:38
Betreff: Auto meines verstorbenen Vaters abmelden – Papiere nicht auffindbar

Sehr geehrte Damen und Herren,

mein Vater, Hermann Nonn aus Mertloch, ist am 28. Oktober verstorben. Auf ihn ist noch ein Opel Astra mit dem Kennzeichen MY-HN 412 zugelassen, der seit Monaten in seiner Garage steht.

Wir möchten das Auto jetzt abmelden und später verkaufen. Leider finden wir beim Aufräumen seiner Wohnung weder den Fahrzeugschein noch den Fahrzeugbrief. Die Kennzeichen und beide Schlüssel sind da.

Ich wohne inzwischen in Bonn und kann mir nur schwer freinehmen. Deshalb meine Fragen:

– Kann ich das Auto als Tochter abmelden, und was muss ich dafür mitbringen (Sterbeurkunde, Erbschein)?
– Was mache ich, wenn die Papiere verloren bleiben? Muss ich dafür eine eidesstattliche Versicherung abgeben?
– Kann das auch mein Bruder machen, der in Mayen wohnt, wenn ich ihm eine Vollmacht gebe?

Vielen Dank für Ihre Hilfe.

Mit freundlichen Grüßen
Birgit Nonn
Kessenicher Straße 88
53129 Bonn",
    ),
    (
        "einladung-landrat-mgv-jubilaeum",
        "10",
        "Männergesangverein „Eintracht“ 1876 Kettig e.V.
Der Vorsitzende
Hermann Gilles
Kirchstraße 15
56220 Kettig

Herrn Landrat
Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Kettig, im Oktober 2026

150 Jahre MGV „Eintracht“ Kettig – Einladung zum Festakt

Sehr geehrter Herr Landrat,

im Jahr 2026 feiert unser Verein sein 150-jähriges Bestehen. Aus diesem Anlass laden wir Sie sehr herzlich zu unserem Festakt am Sonntag, dem 29. November 2026, um 11:00 Uhr in die Mehrzweckhalle Kettig ein.

Im Rahmen des Festaktes wird neben dem Jubiläumskonzert auch die Zelter-Plakette übergeben. Es würde uns und unsere Sänger sehr freuen, wenn Sie ein Grußwort sprechen würden. Hierfür wären etwa fünf Minuten vorgesehen.

Ebenso wären wir dankbar für ein kurzes schriftliches Grußwort für unsere Festschrift, die im November in Druck geht (maximal eine halbe Seite, gerne mit Foto), bis spätestens 10. November.

Für eine Rückmeldung bis zum 6. November wären wir Ihnen dankbar.

Mit freundlichen Grüßen und einem kräftigen Sängergruß

Hermann Gilles
Vorsitzender

MGV Eintracht 1876 Kettig e.V. · Vereinsregister Amtsgericht Koblenz VR 1120 · Raiffeisenbank Mülheim-Kärlich · IBAN DE55 5706 4221 0001 2233 44",
    ),
    (
        "rinder-ohne-unterstand-matsch",
        "39",
        "Von: Carina Meurer
An: Kreisverwaltung Mayen-Koblenz
Gesendet: 16.11.2026 07:54
Betreff: Rinder stehen seit Wochen im Schlamm ohne Schutz

Sehr geehrte Damen und Herren,

ich fahre jeden Morgen von Mertloch nach Polch zur Arbeit. Auf der Weide direkt an der K 31, kurz hinter dem Ortsausgang Mertloch auf der linken Seite, stehen seit Anfang Oktober etwa zwölf Rinder, darunter mindestens drei Kälber.

Die Weide ist inzwischen nur noch eine einzige Schlammfläche, die Tiere stehen teilweise bis über die Klauen im Matsch. Es gibt keinen Unterstand, keinen Baum, nichts, wo sie sich bei Regen und Wind hinstellen können. Heu habe ich seit Tagen keins gesehen, die Wasserwanne ist umgekippt.

Gestern Abend lag ein Kalb am Zaun und ist auch nicht aufgestanden, als ich gehupt habe. Heute Morgen lag es noch an der gleichen Stelle.

Wem die Tiere gehören, weiß ich nicht. Bitte schicken Sie schnell jemanden vorbei. Fotos von gestern habe ich angehängt.

Mit freundlichen Grüßen
Carina Meurer
Hauptstraße 40
56753 Mertloch",
    ),
    (
        "windelsaecke-inkontinenz",
        "70",
        "Heinrich Schmitz
Eifelstraße 9
56743 Thür

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Thür, den 16. November 2026

Sehr geehrte Damen und Herren,

ich pflege seit dem Frühjahr meine Frau zu Hause, sie ist bettlägerig und inkontinent. Dadurch fallen bei uns jede Woche mehrere große Säcke mit Einlagen und Windeln an.

Unsere graue Tonne ist deshalb schon nach einer Woche voll, geleert wird sie aber nur alle zwei Wochen. Im Sommer war der Geruch kaum auszuhalten, und die Nachbarn haben sich auch schon beschwert.

Ich habe gehört, dass es für solche Fälle besondere Säcke gibt oder dass man eine zusätzliche Tonne bekommen kann, ohne dass es gleich viel teurer wird. Stimmt das? Eine Bescheinigung des Hausarztes kann ich Ihnen geben, den Bescheid der Pflegekasse über Pflegegrad 5 lege ich in Kopie bei.

Bitte teilen Sie mir mit, was ich tun muss.

Mit freundlichen Grüßen

Heinrich Schmitz

Anlage: Kopie Pflegegradbescheid",
    ),
    (
        "versicherung-regress-verkehrsschild",
        "30",
        "Rheinische Kraftfahrtversicherung AG
Schadenzentrale
Postfach 10 12 40
50452 Köln

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Köln, 17.11.2026

Unser Schaden-Nr.: 26-KF-7781943
Versicherungsnehmer: Oliver Breitbach, Rieden
Fahrzeug: Skoda Octavia, amtl. Kennzeichen MYK-OB 77
Schadentag: 24.09.2026

Sehr geehrte Damen und Herren,

wir regulieren als Kaskoversicherer den oben genannten Schaden unseres Versicherungsnehmers.

Nach unseren Ermittlungen stand das Fahrzeug am 24.09.2026 ordnungsgemäß auf einem Parkstreifen an der Kreisstraße K 22 in Rieden. Im Zuge der dortigen Bauarbeiten des Kreises war ein mobiles Verkehrszeichen mit Fußplatte aufgestellt worden, das bei mäßigem Wind umgestürzt ist und die Motorhaube sowie die Windschutzscheibe erheblich beschädigt hat. Nach Zeugenaussagen war das Schild nicht mit Sandsäcken gesichert.

Wir haben unserem Versicherungsnehmer einen Betrag von 3.412,60 € erstattet. Die Ansprüche sind gemäß § 86 VVG auf uns übergegangen. Wir sehen den Landkreis als Baulastträger und Auftraggeber der Baustelle in der Verantwortung für die mangelhafte Absicherung.

Wir fordern Sie auf, den genannten Betrag zuzüglich der Selbstbeteiligung unseres Versicherungsnehmers von 300,00 € bis zum 08.12.2026 zu erstatten oder uns Ihren Haftpflichtversicherer zu benennen. Gutachten, Fotos und Zeugenerklärungen liegen bei.

Mit freundlichen Grüßen
Rheinische Kraftfahrtversicherung AG
i. A. Dennis Wolter, Regressabteilung

Rheinische Kraftfahrtversicherung AG · Sitz Köln · Amtsgericht Köln HRB 40128 · Vorstand: Dr. Ines Hartwig (Vors.), Peter Lutz · Vorsitzender des Aufsichtsrats: Karl-Heinz Brenner",
    ),
    (
        "niederlassungserlaubnis-serbien",
        "33",
        "Dragan Petrović
Am Kreuzberg 11
56218 Mülheim-Kärlich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mülheim-Kärlich, 18. November 2026

Antrag auf Niederlassungserlaubnis

Sehr geehrte Damen und Herren,

ich bin serbischer Staatsangehöriger und lebe seit Juni 2020 in Deutschland. Ich arbeite seit über fünf Jahren als Fliesenleger bei der Firma Fliesen Hilger in Weißenthurm, seit 2023 als Vorarbeiter. Meine jetzige Aufenthaltserlaubnis gilt noch bis August 2027.

Ich möchte jetzt eine unbefristete Niederlassungserlaubnis beantragen. Ich habe seit Beginn in die Rentenversicherung eingezahlt, habe das Deutsch-Zertifikat B1 und den Test „Leben in Deutschland“ bestanden. Meine Frau und unsere Tochter (8) leben bei mir, die Wohnung hat 78 m².

Bitte teilen Sie mir mit, welche Unterlagen noch fehlen und wann ich einen Termin bekommen kann. Ich habe schon Kopien beigelegt.

Mit freundlichen Grüßen

Dragan Petrović

Anlagen: Reisepass, Aufenthaltstitel, Arbeitsvertrag, Gehaltsabrechnungen, Rentenversicherungsverlauf, Zertifikat B1, Zertifikat Leben in Deutschland, Mietvertrag",
    ),
    (
        "nachbarn-kinder-allein-weissenthurm",
        "51",
        "Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Weißenthurm, 18.11.2026

Sehr geehrte Damen und Herren,

ich möchte meinen Namen lieber nicht nennen, weil ich im selben Haus wohne und Ärger befürchte. Ich mache mir aber große Sorgen und kann nicht länger wegsehen.

In der Hauptstraße in Weißenthurm, im Haus mit der Nummer 92, wohnt im Erdgeschoss rechts eine Frau mit zwei kleinen Kindern, ich schätze sie auf etwa 4 und 6 Jahre. Seit dem Sommer sind die Kinder abends immer öfter alleine. Die Mutter geht gegen 20 Uhr weg und kommt erst nachts oder morgens zurück, teilweise hört man sie dann laut schreien, und sie ist offensichtlich betrunken.

Die Kinder weinen oft stundenlang und klopfen an die Tür. Letzten Samstag stand der Große im Schlafanzug und barfuß im Treppenhaus und hat gefragt, ob ich wüsste, wo seine Mama ist. Es war kurz vor Mitternacht und sehr kalt.

Die Kinder sehen tagsüber oft ungepflegt aus und haben bei diesem Wetter keine richtigen Jacken an. Ich weiß nicht, ob sie in den Kindergarten oder in die Schule gehen.

Bitte kümmern Sie sich darum und schauen Sie nach den Kindern.

Eine besorgte Nachbarin",
    ),
    (
        "mahngebuehren-trotz-zahlung",
        "20",
        "Heike und Andreas Frings
Moselstraße 23
56332 Brodenbach

Kreisverwaltung Mayen-Koblenz
Kreiskasse
Bahnhofstraße 9
56068 Koblenz

Brodenbach, 19.11.2026

Kassenzeichen 5.0217.004381.6 – Ihre Mahnung vom 12.11.2026

Sehr geehrte Damen und Herren,

heute haben wir Ihre Mahnung über 186,00 Euro zuzüglich 5,00 Euro Mahngebühr und Säumniszuschlag erhalten. Darüber haben wir uns sehr geärgert.

Den Betrag aus Ihrem Bescheid vom 2. September haben wir nämlich bereits am 24. September 2026 überwiesen, also deutlich vor Fälligkeit. Einen Kontoauszug füge ich bei. Allerdings sehe ich, dass im Verwendungszweck ein Zahlendreher ist (5.0217.004318.6 statt …381.6). Das tut uns leid, aber das Geld ist ja bei Ihnen angekommen und muss sich über unseren Namen und den Betrag zuordnen lassen.

Wir bitten Sie daher, die Zahlung richtig zu verbuchen, die Mahnung aufzuheben und auf die Mahngebühr und den Säumniszuschlag zu verzichten. Bitte bestätigen Sie uns kurz, dass die Sache erledigt ist.

Mit freundlichen Grüßen

Heike Frings

Anlage: Kopie Kontoauszug",
    ),
    (
        "nagelstudio-entzuendung",
        "53",
        "Von: Vanessa Heuft
An: Kreisverwaltung Mayen-Koblenz
Gesendet: 20. November 2026, 14:20
Betreff: Entzündung nach Pediküre – Zustände im Nagelstudio

Sehr geehrte Damen und Herren,

ich war am 6. November zur Pediküre in einem Nagelstudio in Bendorf in der Engerser Straße (den Namen nenne ich Ihnen gerne telefonisch).

Schon während der Behandlung ist mir aufgefallen, dass die Mitarbeiterin dieselbe Feile und dieselbe Nagelzange wie bei der Kundin vor mir benutzt hat, ohne sie zu reinigen. Das Fußbad wurde nur mit Wasser ausgespült. Handschuhe trug sie nicht, und sie hat mich in die Nagelhaut geschnitten, sodass es geblutet hat.

Drei Tage später war mein großer Zeh dick, rot und eiterte. Meine Hausärztin hat eine bakterielle Infektion festgestellt, ich musste zehn Tage Antibiotika nehmen und war eine Woche krankgeschrieben. Eine Bekannte hat nach einem Besuch im selben Studio einen Nagelpilz bekommen.

Ich finde, da sollte dringend jemand kontrollieren, ob dort vernünftig desinfiziert wird, bevor sich noch mehr Leute etwas holen. Das Attest meiner Ärztin kann ich Ihnen schicken.

Mit freundlichen Grüßen
Vanessa Heuft
Sayner Straße 41
56170 Bendorf",
    ),
    (
        "sachstand-bauantrag-lagerhalle",
        "63",
        "Maifeld Agrar- und Landtechnik GmbH
Industriestraße 5
56294 Münstermaifeld

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Münstermaifeld, 20.11.2026

Ihr Az.: 6.3-BA-2026-0612
Neubau einer Lager- und Werkstatthalle, Gemarkung Münstermaifeld, Flur 18, Flurstück 44/7

Sehr geehrte Damen und Herren,

unseren Antrag für den Neubau der oben genannten Halle haben wir über unser Ingenieurbüro am 12. Juni 2026 eingereicht. Mit Schreiben vom 28. Juli wurden wir gebeten, einen geänderten Entwässerungsplan und den Nachweis der Stellplätze nachzureichen. Beides ist am 14. August 2026 bei Ihnen eingegangen.

Seitdem haben wir nichts mehr von Ihnen gehört. Auf unsere telefonischen Nachfragen wurde uns nur gesagt, die Akte sei in Bearbeitung.

Für uns ist die Sache inzwischen sehr dringlich. Die Fördermittel für den Bau sind an einen Baubeginn bis zum 31. März 2027 gebunden, und unser Bauunternehmen kann die Kapazitäten nur noch bis Ende Dezember freihalten.

Wir bitten Sie daher höflich um Mitteilung, ob noch Unterlagen fehlen oder Stellungnahmen anderer Stellen ausstehen und wann mit der Genehmigung gerechnet werden kann.

Mit freundlichen Grüßen

Maifeld Agrar- und Landtechnik GmbH
Jörg Kaiser, Geschäftsführer

Maifeld Agrar- und Landtechnik GmbH · Sitz Münstermaifeld · Amtsgericht Koblenz HRB 11607 · Geschäftsführer: Jörg Kaiser
Kreissparkasse Mayen · IBAN DE48 5765 0010 0020 4411 88",
    ),
    (
        "integrationsplatz-kita-mayen",
        "JA-MY",
        "Natalia und Sven Rausch
Hausener Weg 12
56727 Mayen

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Mayen, 23. November 2026

Betreuung unserer Tochter Sophie mit Down-Syndrom im Kindergarten

Sehr geehrte Damen und Herren,

unsere Tochter Sophie ist zweieinhalb Jahre alt und hat das Down-Syndrom. Sie ist ein fröhliches Kind, braucht aber im Alltag mehr Unterstützung als andere Kinder in ihrem Alter, zum Beispiel beim Essen und beim Anziehen, und sie spricht noch kaum.

Wir würden Sophie gerne ab dem Sommer 2027 in den Kindergarten in unserer Nähe in Mayen geben, damit sie mit den Kindern aus der Nachbarschaft aufwachsen kann. Die Kita-Leitung hat uns gesagt, dass das grundsätzlich möglich ist, dafür aber eine zusätzliche Fachkraft bzw. Integrationskraft beantragt werden muss.

Wir wissen nicht genau, wo und wie wir das beantragen. Können Sie uns bitte die nötigen Informationen schicken und uns sagen, welche Unterlagen gebraucht werden? Berichte der Frühförderstelle und des Kinderarztes können wir gerne vorlegen.

Mit freundlichen Grüßen

Natalia Rausch     Sven Rausch",
    ),
    (
        "wechselmodell-schuelerbefoerderung",
        "40",
        "Oliver Kessler
Burgstraße 8
56332 Alken

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Alken, 24.11.2026

Fahrkarte für meine Tochter Nele (Klasse 6, Realschule plus Kobern-Gondorf)

Sehr geehrte Damen und Herren,

meine Tochter Nele lebt seit diesem Schuljahr im Wechselmodell: eine Woche bei ihrer Mutter in Kobern-Gondorf, eine Woche bei mir in Alken.

Von der Wohnung ihrer Mutter kann sie zu Fuß zur Schule gehen. Von Alken aus sind es aber rund 12 km, und ich muss sie jeden zweiten Montag bis Freitag mit dem Auto bringen und holen, was mit meiner Arbeit in Koblenz kaum noch machbar ist. Der Linienbus fährt direkt bei mir um die Ecke ab.

Ein Antrag auf eine Schülerfahrkarte wurde im Sommer abgelehnt, weil Nele mit Hauptwohnsitz bei der Mutter gemeldet ist. Das empfinde ich als ungerecht, da sie genau die Hälfte der Zeit bei mir wohnt.

Ich bitte Sie, die Übernahme der Fahrtkosten bzw. eine Fahrkarte für die Wochen bei mir noch einmal zu prüfen. Eine Bestätigung der Mutter über das Wechselmodell und Neles Schulbescheinigung liegen bei.

Mit freundlichen Grüßen

Oliver Kessler

Anlagen: Erklärung der Mutter, Schulbescheinigung",
    ),
    (
        "bewerbung-hausmeister-kreishaus",
        "11",
        "Michael Bongartz
Saffiger Straße 21
56637 Plaidt

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Plaidt, 25. November 2026

Bewerbung als Hausmeister (m/w/d) – Ihre Ausschreibung Nr. 47/2026

Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Stellenanzeige in der Rhein-Zeitung gelesen und bewerbe mich hiermit um die Stelle als Hausmeister für das Kreishaus in Koblenz.

Ich bin gelernter Elektroinstallateur und 46 Jahre alt. Die letzten zwölf Jahre war ich als Haustechniker bei einem großen Einkaufszentrum in Koblenz beschäftigt und dort für Wartung, kleinere Reparaturen, Schließdienste, Winterdienst und die Betreuung von Fremdfirmen zuständig. Da das Center im kommenden Jahr schließt, suche ich eine neue, sichere Aufgabe.

Ich arbeite gerne selbständig, bin handwerklich vielseitig und habe einen Führerschein der Klasse B und BE. Auch Bereitschaftsdienste und gelegentliche Einsätze am Wochenende sind für mich kein Problem.

Über die Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen

Michael Bongartz

Anlagen: Lebenslauf, Gesellenbrief, Arbeitszeugnisse, Lehrgangsnachweise",
    ),
    (
        "kfz-umbau-rollstuhl-arbeit",
        "50",
        "Sebastian Pütz
Am Rathaus 2
56729 Boos

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Boos, 26.11.2026

Antrag auf Hilfe zur Mobilität – Umbau eines Fahrzeugs

Sehr geehrte Damen und Herren,

seit einem Motorradunfall im Jahr 2019 bin ich querschnittsgelähmt und auf den Rollstuhl angewiesen (GdB 100, Merkzeichen aG). Ich lebe allein und bin bisher mit einem alten umgebauten Fahrzeug unterwegs gewesen, das jetzt nach 290.000 km endgültig nicht mehr durch den TÜV kommt.

Ohne Auto komme ich aus Boos praktisch nirgendwohin. Es gibt nur wenige Busse, die auch nicht barrierefrei sind. Ich brauche das Fahrzeug für Arztbesuche und Therapie in Koblenz, für Einkäufe und um am Leben teilzuhaben, z. B. beim Rollstuhlbasketball in Koblenz, das ist für mich sehr wichtig.

Ich beziehe eine Erwerbsminderungsrente und habe keine Ersparnisse. Die Rentenversicherung und die Berufsgenossenschaft haben sich für nicht zuständig erklärt, weil ich nicht mehr berufstätig bin und der Unfall privat war.

Ich beantrage daher die Übernahme der Kosten für den behindertengerechten Umbau (Handbedienung, Ladehilfe für den Rollstuhl) eines gebrauchten Fahrzeugs sowie einen Zuschuss zur Anschaffung. Einen Kostenvoranschlag und die Ablehnungsbescheide füge ich bei.

Mit freundlichen Grüßen

Sebastian Pütz

Anlagen: Schwerbehindertenausweis, Ablehnungen DRV und BG, Kostenvoranschlag Fa. Reha-Mobil Neuwied",
    ),
    (
        "vereinsfest-ausschank-gestattung",
        "32",
        "Turn- und Sportverein 1921 Nickenich e.V.
Abteilung Fußball
c/o Stefan Weber
Am Sportplatz 1
56645 Nickenich

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Nickenich, 27.10.2026

Antrag auf Gestattung eines vorübergehenden Ausschanks – Winterfest am 12.12.2026

Sehr geehrte Damen und Herren,

der TuS Nickenich veranstaltet am Samstag, den 12. Dezember 2026, von 16:00 bis 1:00 Uhr auf dem Vorplatz und im Vereinsheim am Sportplatz sein traditionelles Winterfest mit Glühweinstand, Würstchen und Reibekuchen. Wir rechnen mit etwa 300 bis 400 Besuchern.

Wir beantragen hiermit die Gestattung für den Ausschank von Bier, Glühwein und alkoholfreien Getränken. Verantwortlich vor Ort ist der Unterzeichner. Die Speisen werden von Vereinsmitgliedern zubereitet, eine Belehrung haben alle Helfer.

Der Reinerlös kommt unserer Jugendabteilung zugute, die im kommenden Jahr neue Trikots und ein Trainingslager braucht.

Bitte teilen Sie uns mit, ob noch weitere Angaben oder Unterlagen nötig sind und welche Gebühr anfällt.

Mit sportlichen Grüßen

Stefan Weber
Abteilungsleiter Fußball

Anlage: Lageskizze

TuS 1921 Nickenich e.V. · Vereinsregister Amtsgericht Koblenz VR 2314 · 1. Vorsitzender: Rainer Schumacher · Volksbank RheinAhrEifel · IBAN DE31 5776 1591 0100 8822 10",
    ),
    (
        "schwester-sorgen-bruder-andernach",
        "JA-AND",
        "Von: Celina Ritter
An: Kreisverwaltung Mayen-Koblenz
Gesendet: 28.11.2026, 22:37
Betreff: Mein kleiner Bruder (14) – ich mache mir Sorgen

Hallo,

ich bin 20 und vor einem Jahr von zu Hause ausgezogen. Mein kleiner Bruder Noah (14) wohnt noch bei unserer Mutter in Andernach, Hochstraße 19 (Altstadt).

Unsere Mutter trinkt seit Jahren, aber seit ihr Freund weg ist, wird es immer schlimmer. Wenn ich Noah besuche, ist der Kühlschrank oft leer, die Wohnung ist total vermüllt und es gibt teilweise keinen Strom, weil die Rechnung nicht bezahlt wurde. Noah hat mir erzählt, dass er sich oft selbst um alles kümmern muss und abends mit seinem Taschengeld beim Dönerladen isst.

Er schämt sich und will nicht, dass jemand davon weiß. Ich habe aber Angst, dass er abrutscht, in der Schule ist er wohl auch kaum noch.

Ich kann ihn nicht bei mir aufnehmen, ich wohne in einer WG in Köln und mache eine Ausbildung. Können Sie sich bitte darum kümmern und vielleicht mal vorbeischauen? Ich würde gerne auch selbst mit Ihnen sprechen.

Viele Grüße
Celina Ritter
Tel. 0157 80440126",
    ),
];
