//! The three topics without a routing rule: school transport, animal keeping, weapons law.
//!
//! These letters must not contain any trigger word of any topic, so a learned classifier has to
//! recognise them by their vocabulary. Each topic has several scenarios that share a core
//! vocabulary (school, bus, ticket / animal, keeping, vet / weapon, hunting licence) but differ in
//! wording, so a few examples generalise to held-out letters without being copies of each other.

use super::super::ctx::{Ctx, Draft};

/// School transport: tickets, dangerous routes, reimbursement of driving costs, crowded buses.
pub(super) fn schulweg(ctx: &mut Ctx) -> Draft {
    let (child, girl) = ctx.child_name();
    let (acc, dat) = if girl {
        ("meine Tochter", "meiner Tochter")
    } else {
        ("meinen Sohn", "meinem Sohn")
    };
    let (school, grades) = ctx.pick(&[
        ("Realschule plus", (5, 10)),
        ("Integrierte Gesamtschule", (5, 12)),
        ("Grundschule", (1, 4)),
        ("Förderschule", (1, 9)),
        ("Berufsbildende Schule", (11, 12)),
        ("Gymnasium", (5, 12)),
    ]);
    let article = if school == "Gymnasium" { "das" } else { "die" };
    let place = ctx.pick(&[
        "Andernach",
        "Mayen",
        "Polch",
        "Bendorf",
        "Weißenthurm",
        "Mendig",
        "Koblenz",
    ]);
    let grade = ctx.int(grades.0, grades.1);
    let km = ctx.int(3, 19);
    let line = ctx.int(300, 389);
    let mut d = Draft::private(ctx);
    match ctx.below(5) {
        0 => {
            d.subject = ctx
                .pick(&[
                    "Schülerbeförderung – Antrag auf eine Schülerfahrkarte",
                    "Antrag auf Übernahme der Beförderungskosten zur Schule",
                    "Schülerfahrkarte für das neue Schuljahr",
                ])
                .to_string();
            d.para(format!(
                "{} {child} wechselt nach den Sommerferien auf {article} {school} in {place} und \
                 kommt dort in die {grade}. Klasse. Ich beantrage die Übernahme der Kosten für \
                 die Schülerbeförderung.",
                if girl { "meine Tochter" } else { "mein Sohn" }
            ));
            d.para(format!(
                "Der Schulweg von unserer Wohnung bis zur Schule beträgt rund {km} Kilometer. Die \
                 nächste Haltestelle der Buslinie {line} liegt etwa 300 Meter von unserem Haus \
                 entfernt."
            ));
        }
        1 => {
            d.subject = ctx
                .pick(&[
                    "Gefährlicher Schulweg meines Kindes",
                    "Beförderung mit dem Schulbus",
                ])
                .to_string();
            d.para(format!(
                "{acc} {child} besucht die {grade}. Klasse. Der Fußweg zur Schule führt über eine \
                 Landstraße ohne Gehweg und ohne Beleuchtung."
            ));
            d.para(
                "Obwohl die Entfernung knapp unter der Mindestgrenze liegt, bitte ich darum, die \
                 Beförderung mit dem Schulbus zu genehmigen. Gerade im Winter ist der Weg im \
                 Dunkeln für ein Kind nicht zumutbar.",
            );
        }
        2 => {
            let days = ctx.int(60, 190);
            d.subject = ctx
                .pick(&[
                    "Fahrkostenerstattung für die Fahrt zur Schule",
                    "Erstattung von Fahrkosten",
                ])
                .to_string();
            d.para(format!(
                "im vergangenen Schuljahr habe ich {acc} {child} an {days} Schultagen selbst mit \
                 dem Auto {} {school} in {place} gefahren, weil es keine passende Busverbindung \
                 gab.",
                if school == "Gymnasium" { "zum" } else { "zur" }
            ));
            let per_km = ctx.pick(&[20, 25, 30]);
            let total = days * km * 2 * per_km;
            let printed = ctx.money(total, &mut d.found);
            d.para(format!(
                "Die einfache Strecke beträgt {km} Kilometer. Bei {per_km} Cent je Kilometer \
                 ergibt sich ein Betrag von {printed}. Ich bitte um Fahrkostenerstattung im Rahmen \
                 der Schülerbeförderung."
            ));
            d.attachments = vec![
                "Schulbescheinigung".into(),
                "Aufstellung der Fahrtage".into(),
            ];
        }
        3 => {
            let stop = ctx.pick(&[
                "Kirche",
                "Dorfplatz",
                "Am Sportplatz",
                "Ortsmitte",
                "Bahnhof",
            ]);
            d.subject = format!("Überfüllter Schulbus der Linie {line}");
            d.para(format!(
                "der Schulbus der Linie {line} ist morgens so voll, dass Schülerinnen und Schüler \
                 an der Haltestelle „{stop}“ regelmäßig stehen bleiben müssen. Auch {acc} \
                 {child} kam deshalb schon mehrfach zu spät zur Schule."
            ));
            d.para(
                "Bitte prüfen Sie, ob ein zusätzlicher Bus oder ein größeres Fahrzeug eingesetzt \
                 werden kann. Die Kinder stehen sonst bei jedem Wetter eine halbe Stunde an der \
                 Straße.",
            );
        }
        _ => {
            d.subject = ctx
                .pick(&[
                    "Verlorene Schülerfahrkarte",
                    "Ersatz für eine Schülerfahrkarte",
                ])
                .to_string();
            d.para(format!(
                "{dat} {child} ist die Schülerfahrkarte für die Buslinie {line} abhandengekommen. \
                 Vermutlich wurde sie im Bus liegen gelassen."
            ));
            d.para(format!(
                "Ich bitte um Ausstellung einer Ersatzfahrkarte. {child} besucht die {grade}. \
                 Klasse {} {school} in {place}.",
                if school == "Gymnasium" { "des" } else { "der" }
            ));
        }
    }
    d.core_done();
    if ctx.chance(0.6) {
        d.para(ctx.pick(&[
            "Eine aktuelle Schulbescheinigung füge ich bei.",
            "Für Rückfragen bin ich nachmittags gut erreichbar.",
            "Bitte senden Sie die Fahrkarte direkt an unsere Anschrift.",
            "Vielen Dank, dass Sie sich um die Kinder auf dem Schulweg kümmern.",
        ]));
    }
    d.offer([
        format!("{child} fährt in diesem Schuljahr zum ersten Mal allein zur Schule."),
        "Die Schulleitung unterstützt unser Anliegen; eine Bestätigung liegt bei.".to_string(),
        "Außer dem Schulbus fahren in unserem Ortsteil keine öffentlichen Verkehrsmittel."
            .to_string(),
        "Im Winter ist der Weg zur Haltestelle oft nicht geräumt.".to_string(),
        "Die Geschwister besuchen dieselbe Schule und nutzen ebenfalls den Bus.".to_string(),
    ]);
    d
}

/// Animal keeping and welfare: neglected animals, registering livestock, certificates, strays.
pub(super) fn tierhaltung(ctx: &mut Ctx) -> Draft {
    let where_ = format!(
        "{} {}",
        ctx.pick(&[
            "am Ortsrand von",
            "mitten in",
            "in einem Gehöft bei",
            "hinter dem Friedhof von"
        ]),
        ctx.town.name
    );
    let mut d = Draft::private(ctx);
    match ctx.below(5) {
        0 => {
            let animals = ctx.pick(&[
                "zwei Pferde",
                "drei Ponys",
                "mehrere Rinder",
                "eine Gruppe Ziegen",
            ]);
            d.subject = ctx
                .pick(&[
                    "Hinweis auf vernachlässigte Tiere",
                    "Bitte um Überprüfung einer Tierhaltung",
                    "Tierschutz: Tiere ohne Unterstand",
                ])
                .to_string();
            d.para(format!(
                "auf einer Weide {where_} stehen seit Wochen {animals} ohne Unterstand und, soweit \
                 ich sehen kann, ohne ausreichend Futter und Wasser."
            ));
            d.para(ctx.pick(&[
                "Die Tiere wirken abgemagert, und eines lahmt deutlich. Ich bitte den \
                 Amtstierarzt, sich die Haltungsbedingungen vor Ort anzusehen.",
                "Bei dem nasskalten Wetter halte ich diese Haltung für nicht mit dem Tierschutz \
                 vereinbar. Bitte prüfen Sie die Sache.",
            ]));
        }
        1 => {
            let (count, kind, keeping) = ctx.pick(&[
                (6, "Hühner", "Die Hühner leben in einem Stall mit Auslauf."),
                (
                    3,
                    "Bienenvölker",
                    "Die Bienenstöcke stehen am Rand meines Obstgartens; ein erfahrener Imker \
                     hilft mir.",
                ),
                (
                    4,
                    "Schafe",
                    "Die Schafe stehen auf einer eingezäunten Weide mit Unterstand.",
                ),
                (
                    2,
                    "Hausschweine",
                    "Die Schweine leben in einem Stall mit Auslauf.",
                ),
                (
                    5,
                    "Laufenten",
                    "Die Enten haben ein Gehege mit kleinem Teich.",
                ),
            ]);
            d.subject = ctx
                .pick(&["Anzeige einer Tierhaltung", "Registrierung meiner Tiere"])
                .to_string();
            d.para(format!(
                "seit dem {} halte ich auf meinem Grundstück {count} {kind}. Ich möchte die \
                 Tierhaltung {} anzeigen und bitte um Zuteilung einer Registriernummer.",
                ctx.day_before(7, 60),
                ctx.pick(&["ordnungsgemäß", "beim Veterinäramt", "wie vorgeschrieben"])
            ));
            d.para(format!(
                "{keeping} {}",
                ctx.pick(&[
                    "Ein Tierarzt aus dem Ort kennt den Bestand.",
                    "Futter und Wasser stehen jederzeit bereit.",
                    "Die Haltung entspricht nach meiner Kenntnis allen Vorgaben.",
                ])
            ));
            if ctx.chance(0.5) {
                d.para(
                    "Welche Unterlagen benötigen Sie von mir, und muss ich die Tiere zusätzlich \
                     bei der Tierseuchenkasse melden?",
                );
            }
        }
        2 => {
            let pet = ctx.pick(&["meiner Katze", "meinem Hund", "meinen beiden Hunden"]);
            let country = ctx.pick(&["Großbritannien", "Norwegen", "die Schweiz", "Kanada"]);
            d.subject = ctx
                .pick(&["Amtstierärztliche Bescheinigung", "Reise mit Haustier"])
                .to_string();
            d.para(format!(
                "im {} möchte ich mit {pet} nach {country} reisen. Dafür benötige ich eine \
                 amtstierärztliche Bescheinigung über den Gesundheitszustand der Tiere.",
                ctx.after(20, 90).month_name()
            ));
            d.para(
                "Der Heimtierausweis, der Mikrochip und die Tollwutimpfung sind vorhanden und \
                 wurden von unserer Tierärztin eingetragen. Bitte teilen Sie mir einen Termin mit.",
            );
        }
        3 => {
            let breed = ctx.pick(&[
                "Schäferhund-Mischling",
                "Labrador",
                "Herdenschutzhund",
                "Dackel",
            ]);
            d.subject = ctx
                .pick(&["Hundehaltung im Nachbarhaus", "Sorge um einen Hund"])
                .to_string();
            d.para(format!(
                "im Nachbarhaus wird ein {breed} seit Monaten fast ausschließlich im Zwinger \
                 gehalten. Der Hund bellt nachts stundenlang und ist sichtbar abgemagert."
            ));
            d.para(ctx.pick(&[
                "Ich mache mir Sorgen um das Tier und bitte das Veterinäramt, die Hundehaltung \
                 zu überprüfen.",
                "Nach meinem Eindruck sind die Haltungsbedingungen nicht tiergerecht. Ein \
                 Gespräch mit dem Halter hat nichts gebracht.",
            ]));
        }
        _ => {
            let cats = ctx.int(12, 30);
            d.subject = ctx
                .pick(&["Verwilderte Katzen in unserer Straße", "Streunende Katzen"])
                .to_string();
            d.para(format!(
                "in unserer Straße {where_} leben inzwischen etwa {cats} verwilderte Katzen. \
                 Viele Tiere sind krank, haben verklebte Augen oder sind verletzt."
            ));
            d.para(
                "Gibt es eine Möglichkeit, die Katzen einfangen, kastrieren und tierärztlich \
                 versorgen zu lassen? Einige Nachbarn füttern die Tiere und würden helfen. Aus \
                 Sicht des Tierschutzes wäre auch eine Katzenschutzverordnung sinnvoll.",
            );
        }
    }
    d.core_done();
    if ctx.chance(0.6) {
        d.para(ctx.pick(&[
            "Fotos der Tiere kann ich Ihnen gerne per E-Mail schicken.",
            "Meinen Namen bitte ich vertraulich zu behandeln.",
            "Vielen Dank, dass Sie sich um den Schutz der Tiere kümmern.",
            "Für Rückfragen erreichen Sie mich am besten am Wochenende.",
        ]));
    }
    d.offer([
        "Ich bin selbst mit Tieren aufgewachsen und weiß, wie viel Pflege sie brauchen.",
        "Falls eine Kontrolle vor Ort nötig ist, zeige ich Ihnen gerne den Weg.",
        "Mit dem Tierschutzverein in der Region stehe ich ebenfalls in Kontakt.",
        "Bitte teilen Sie mir mit, welche Vorschriften für die Haltung gelten.",
        "Eine Tierärztin aus der Nachbarschaft kann meine Angaben bestätigen.",
        "Für das Wohl der Tiere würde ich mich freuen, bald von Ihnen zu hören.",
        "Auf Wunsch schicke ich Ihnen Fotos der Stallungen und der Weide.",
    ]);
    d
}

/// Weapons law: inherited weapons, sport shooters, hunting licence, small weapons licence,
/// storage after moving, handing over a weapon.
pub(super) fn waffen(ctx: &mut Ctx) -> Draft {
    let club = ctx.pick(&[
        "des Schützenvereins",
        "der Schützengesellschaft",
        "des Sportschützenvereins",
    ]);
    let town = ctx.town.name;
    let years = ctx.int(2, 30);
    let mut d = Draft::private(ctx);
    match ctx.below(6) {
        0 => {
            let died = ctx.day_before(20, 120);
            d.subject = ctx
                .pick(&["Erbwaffen meines Vaters", "Waffenbesitzkarte für Erbwaffen"])
                .to_string();
            d.para(format!(
                "mein Vater ist am {died} verstorben. In seiner Waffenbesitzkarte sind {} \
                 eingetragen, die sich jetzt in seinem Waffenschrank befinden.",
                ctx.pick(&[
                    "zwei Jagdgewehre und eine Pistole",
                    "eine Flinte und ein Revolver",
                    "drei Langwaffen"
                ])
            ));
            d.para(
                "Ich beantrage als Erbe eine Waffenbesitzkarte für die Erbwaffen. Die Waffen \
                 sollen mit einem Blockiersystem gesichert werden; der Erbschein liegt bei.",
            );
        }
        1 => {
            d.subject = ctx
                .pick(&[
                    "Eintrag einer weiteren Sportwaffe",
                    "Erwerb einer Sportpistole",
                ])
                .to_string();
            d.para(format!(
                "als Mitglied {club} {town} seit {years} Jahren beantrage ich die \
                 Erlaubnis zum Erwerb einer weiteren Sportpistole und den Eintrag in meine \
                 Waffenbesitzkarte."
            ));
            d.para(
                "Die Bescheinigung des Schießsportverbands über das Bedürfnis sowie den Nachweis \
                 über die regelmäßige Teilnahme am Training füge ich bei.",
            );
        }
        2 => {
            let until = ctx.day_after(20, 80);
            d.subject = ctx
                .pick(&[
                    "Verlängerung meines Jagdscheins",
                    "Jagdschein – Verlängerung",
                ])
                .to_string();
            d.para(format!(
                "mein Jagdschein ist nur noch bis zum {until} gültig. Ich beantrage die \
                 Verlängerung um drei Jagdjahre."
            ));
            d.para(
                "Den Nachweis über die Jagdhaftpflichtversicherung und ein aktuelles Passbild \
                 lege ich bei. Meine Waffen und die Munition bewahre ich unverändert im \
                 Waffenschrank auf.",
            );
        }
        3 => {
            d.subject = "Antrag auf einen Kleinen Waffenschein".to_string();
            d.para(
                "ich beantrage einen Kleinen Waffenschein, um eine Schreckschusspistole führen \
                 zu dürfen.",
            );
            d.para(format!(
                "Ich bin {} Jahre alt, nicht vorbestraft und kenne die Vorschriften des \
                 Waffenrechts. Eine Kopie meines Personalausweises liegt bei.",
                ctx.int(21, 70)
            ));
        }
        4 => {
            let moved = ctx.day_before(10, 60);
            d.subject = ctx
                .pick(&[
                    "Umzug – Aufbewahrung meiner Waffen",
                    "Neue Anschrift eines Waffenbesitzers",
                ])
                .to_string();
            d.para(format!(
                "am {moved} bin ich nach {town} umgezogen. Ich besitze eine Waffenbesitzkarte und \
                 bitte, die neue Anschrift einzutragen."
            ));
            d.para(
                "Die Waffen und die Munition bewahre ich in einem Waffenschrank des \
                 Widerstandsgrades 0 nach DIN EN 1143-1 auf. Eine Kopie des Kaufbelegs für den \
                 Schrank füge ich bei.",
            );
        }
        _ => {
            let buyer = ctx.other_person();
            d.subject = ctx
                .pick(&[
                    "Überlassung einer Waffe",
                    "Austragung aus der Waffenbesitzkarte",
                ])
                .to_string();
            d.para(format!(
                "am {} habe ich meine {} an {}, {} eines gültigen Jagdscheins, überlassen.",
                ctx.day_before(2, 12),
                ctx.pick(&["Bockflinte", "Repetierbüchse", "Kleinkaliberbüchse"]),
                buyer.full(),
                if buyer.female { "Inhaberin" } else { "Inhaber" }
            ));
            d.para(
                "Ich bitte, die Waffe aus meiner Waffenbesitzkarte auszutragen. Die Karte \
                 reiche ich zu diesem Zweck mit ein.",
            );
        }
    }
    d.core_done();
    if ctx.chance(0.6) {
        d.para(ctx.pick(&[
            "Für Rückfragen zur Aufbewahrung stehe ich gerne zur Verfügung.",
            "Die Gebühr überweise ich nach Erhalt Ihres Schreibens.",
            "Bitte teilen Sie mir mit, ob ich persönlich vorsprechen muss.",
            "Eine Kontrolle der Aufbewahrung ist nach Absprache jederzeit möglich.",
        ]));
    }
    d.offer([
        "Waffenrechtlich habe ich mir in all den Jahren nie etwas zuschulden kommen lassen.",
        "Über die Vorschriften zur sicheren Aufbewahrung habe ich mich eingehend informiert.",
        "Eine Kopie meiner bisherigen Waffenbesitzkarte lege ich bei.",
        "Meine Zuverlässigkeit wurde zuletzt bei der Verlängerung des Jagdscheins geprüft.",
        "Eine Kontrolle der Aufbewahrung ist nach kurzer Absprache jederzeit möglich.",
        "Über die Änderungen im Waffenrecht halte ich mich über meinen Verein auf dem \
         Laufenden.",
    ]);
    d
}
