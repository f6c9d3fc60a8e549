//! Variation between seeds and learnability: word-set similarity, the core vocabulary of the
//! topics without a rule, and a small bag-of-words classifier trained on five letters a topic.

use super::*;

/// Lower-case words of letters (digits and punctuation dropped).
fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 1)
        .map(str::to_lowercase)
        .collect()
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    a.intersection(b).count() as f64 / a.union(b).count() as f64
}

#[test]
fn letters_of_one_topic_differ_between_seeds() {
    for &topic in Topic::all() {
        let sets: Vec<HashSet<String>> = corpus()
            .iter()
            .filter(|r| r.topic == topic)
            .map(|r| words(&r.letter.text()))
            .collect();
        let mut similar = 0;
        let mut pairs = 0;
        let mut total = 0.0;
        for i in 0..sets.len() {
            for j in i + 1..sets.len() {
                let s = jaccard(&sets[i], &sets[j]);
                assert!(
                    s < 0.95,
                    "{topic:?}: seeds {i} and {j} are near-identical ({s:.2})"
                );
                similar += usize::from(s >= 0.8);
                total += s;
                pairs += 1;
            }
        }
        let mean = total / pairs as f64;
        assert!(
            similar * 20 <= pairs,
            "{topic:?}: {similar} of {pairs} pairs have Jaccard ≥ 0.8"
        );
        assert!(mean < 0.6, "{topic:?}: mean Jaccard {mean:.2}");
    }
}

/// Core vocabulary of the topics without a rule (lower-case substrings).
fn core_words(topic: Topic) -> &'static [&'static str] {
    match topic {
        Topic::Schulweg => &[
            "schule",
            "schüler",
            "schulbus",
            "schulweg",
            "fahrkarte",
            "fahrkosten",
            "haltestelle",
            "schuljahr",
            "klasse",
            "buslinie",
            "beförderung",
        ],
        Topic::Tierhaltung => &[
            "tier",
            "hund",
            "katze",
            "pferd",
            "haltung",
            "futter",
            "stall",
            "weide",
            "tierarzt",
            "tierärzt",
            "tierschutz",
            "veterinär",
            "heimtier",
            "bienen",
            "hühner",
            "schaf",
            "schwein",
            "laufenten",
            "ziege",
            "pony",
            "rinder",
        ],
        Topic::Waffen => &[
            "waffe",
            "waffenbesitzkarte",
            "waffenschrank",
            "waffenrecht",
            "jagd",
            "munition",
            "schütze",
            "gewehr",
            "pistole",
            "flinte",
            "büchse",
        ],
        _ => &[],
    }
}

#[test]
fn unruled_topics_share_a_learnable_vocabulary() {
    let unruled = [Topic::Schulweg, Topic::Tierhaltung, Topic::Waffen];
    for r in corpus().iter().filter(|r| !r.topic.has_rule()) {
        let lower = r.letter.text().to_lowercase();
        let hits = |t: Topic| core_words(t).iter().filter(|w| lower.contains(*w)).count();
        let own = hits(r.topic);
        assert!(own >= 3, "{:?}: only {own} core words\n{lower}", r.topic);
        for other in unruled.iter().filter(|&&t| t != r.topic) {
            assert!(
                hits(*other) < own,
                "{:?} looks like {other:?}\n{lower}",
                r.topic
            );
        }
    }
}

/// Lower-case words of at least three letters.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 2)
        .map(str::to_lowercase)
        .collect()
}

type Vector = std::collections::HashMap<String, f64>;

/// A nearest-centroid classifier over TF-IDF vectors, the simplest bag-of-words learner.
struct Centroids {
    idf: Vector,
    classes: Vec<(Topic, Vector)>,
}

impl Centroids {
    fn vector(&self, text: &str) -> Vector {
        let mut v = Vector::new();
        for token in tokens(text) {
            if let Some(idf) = self.idf.get(&token) {
                *v.entry(token).or_insert(0.0) += idf;
            }
        }
        let norm = v.values().map(|x| x * x).sum::<f64>().sqrt().max(1e-9);
        v.values_mut().for_each(|x| *x /= norm);
        v
    }

    fn train(examples: &[(Topic, String)]) -> Centroids {
        let mut df = Vector::new();
        for (_, text) in examples {
            for token in tokens(text).into_iter().collect::<HashSet<_>>() {
                *df.entry(token).or_insert(0.0) += 1.0;
            }
        }
        let n = examples.len() as f64;
        let idf = df.into_iter().map(|(t, d)| (t, (n / d).ln())).collect();
        let mut model = Centroids {
            idf,
            classes: Vec::new(),
        };
        for &topic in Topic::all() {
            let mut centroid = Vector::new();
            for (_, text) in examples.iter().filter(|(t, _)| *t == topic) {
                for (token, x) in model.vector(text) {
                    *centroid.entry(token).or_insert(0.0) += x;
                }
            }
            model.classes.push((topic, centroid));
        }
        model
    }

    fn classify(&self, text: &str) -> Topic {
        let v = self.vector(text);
        let score = |c: &Vector| {
            let norm = c.values().map(|x| x * x).sum::<f64>().sqrt().max(1e-9);
            v.iter()
                .map(|(t, x)| x * c.get(t).copied().unwrap_or(0.0))
                .sum::<f64>()
                / norm
        };
        self.classes
            .iter()
            .max_by(|a, b| score(&a.1).total_cmp(&score(&b.1)))
            .map(|c| c.0)
            .expect("classes")
    }
}

#[test]
fn a_bag_of_words_classifier_learns_every_topic_from_five_examples() {
    // Train on five letters per topic as rendered (with the layout's continuation paragraphs),
    // test on held-out seeds; two different training sets.
    let rendered = |r: &RoutedLetter| page_texts(&r.letter, 1).join("\n");
    for first in [0, 50] {
        let training: Vec<(Topic, String)> = Topic::all()
            .iter()
            .flat_map(|&t| (first..first + 5).map(move |s| routed_letter(t, s)))
            .map(|r| (r.topic, rendered(&r)))
            .collect();
        let model = Centroids::train(&training);
        let (mut correct, mut total) = (0, 0);
        let (mut unruled_correct, mut unruled_total) = (0, 0);
        for &topic in Topic::all() {
            for seed in 1000..1030 {
                let letter = routed_letter(topic, seed);
                let hit = usize::from(model.classify(&rendered(&letter)) == topic);
                correct += hit;
                total += 1;
                if !topic.has_rule() {
                    unruled_correct += hit;
                    unruled_total += 1;
                }
            }
        }
        let accuracy = correct as f64 / total as f64;
        let unruled = unruled_correct as f64 / unruled_total as f64;
        assert!(
            accuracy >= 0.9,
            "training from seed {first}: accuracy {accuracy:.2}"
        );
        assert!(
            unruled >= 0.9,
            "training from seed {first}: {unruled:.2} without a rule"
        );
    }
}
