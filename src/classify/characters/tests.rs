use super::*;

#[test]
fn n_grams_stay_inside_words_and_short_words_are_skipped() {
    // " ab " gives " a", "ab", "b ", " ab", "ab ", " ab " (4 characters: no 5-gram).
    assert_eq!(grams("ab").len(), 6);
    assert_eq!(grams("AB ab").values().sum::<u32>(), 12);
    // One character padded is " x " : two bigrams and one trigram.
    assert_eq!(grams("x").len(), 3);
}

#[test]
fn learns_departments_from_word_forms_and_compounds() {
    let letters = [
        (
            "70",
            "Bitte holen Sie unseren Sperrmüll ab, einen Schrank und zwei Stühle.",
        ),
        (
            "70",
            "Die Abholung des Sperrmülls wurde vergessen, der Sperrmüll steht noch.",
        ),
        (
            "70",
            "Unsere Mülltonne wurde nicht geleert, bitte leeren Sie die Tonne.",
        ),
        (
            "39",
            "Auf der Weide liegt ein totes Rind, der Tierhalter ist nicht erreichbar.",
        ),
        (
            "39",
            "Der Hund des Nachbarn wird nicht versorgt, ein Fall für den Tierschutz.",
        ),
        (
            "39",
            "Wir melden den Verdacht einer Tierseuche in unserem Rinderbestand.",
        ),
    ];
    let model = CharacterModel::learn(&letters);
    let p = model.predict("Termin für die Sperrmüllabholung in der Hauptstraße");
    assert_eq!(p.best().unwrap().0, "70", "{p:?}");
    let p = model.predict("Die Rinder des Tierhalters stehen ohne Wasser auf der Weide");
    assert_eq!(p.best().unwrap().0, "39", "{p:?}");
    let sum: f64 = p.ranking.iter().map(|(_, p)| p).sum();
    assert!((sum - 1.0).abs() < 1e-9, "{p:?}");
    // A letter of the training set scores about +1 for its own department.
    let own = model.judge(letters[0].1).scores;
    let seventy = own.iter().find(|(l, _)| l == "70").unwrap().1;
    assert!((0.8..1.2).contains(&seventy), "{own:?}");
    // Nothing known: no preference.
    let p = model.predict("qqq");
    assert!((p.best().unwrap().1 - 0.5).abs() < 0.1, "{p:?}");
    // Few words known: less sure than of a letter, though the same department leads.
    let few = model.predict("Sperrmüll");
    let letter = model.predict(letters[1].1);
    assert_eq!(few.best().unwrap().0, "70", "{few:?}");
    assert!(
        few.best().unwrap().1 < letter.best().unwrap().1,
        "{few:?} {letter:?}"
    );
}

#[test]
fn the_telling_words_are_those_that_speak_for_the_department() {
    let letters = FOUR_LETTERS;
    let model = CharacterModel::learn(&letters);
    let text = "Guten Tag, der Sperrmüll vom Montag steht noch, bitte holen.";
    let judged = model.judge(text);
    let words = model.telling_words(text, &judged, "70", 2);
    assert_eq!(
        words.first().map(String::as_str),
        Some("Sperrmüll"),
        "{words:?}"
    );
    for empty in ["", "!!! ??"] {
        let judged = model.judge(empty);
        assert!(model.telling_words(empty, &judged, "70", 4).is_empty());
    }
    assert!(!model
        .telling_words(text, &judged, "39", 4)
        .contains(&"Sperrmüll".to_string()));
    assert!(model.telling_words(text, &judged, "99", 4).is_empty());
}

#[test]
fn telling_words_score_each_word_by_its_own_n_grams() {
    let model = CharacterModel::learn(&FOUR_LETTERS);
    // Repeated words, punctuation, a word the model does not know and short ones.
    let text = "Sperrmüll, Rind; sperrmüll Weide xyzzy ab Abholung! Rind Nachbarn.";
    let judged = model.judge(text);
    for label in ["70", "39"] {
        let c = model.labels.iter().position(|l| l == label).unwrap();
        let width = model.labels.len();
        // Each distinct word's n-grams looked up again, one by one.
        let mut expected: Vec<(f32, String)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for word in text.split_whitespace() {
            let shown = word.trim_matches(|ch: char| !ch.is_alphanumeric());
            if shown.chars().count() < 3 || !seen.insert(shown.to_lowercase()) {
                continue;
            }
            let mut score = 0.0f32;
            for_each_gram(word, |g| {
                if let Some(t) = model.vocabulary.get(&g) {
                    let i = judged.vector.binary_search_by_key(t, |(t, _)| *t).unwrap();
                    score += judged.vector[i].1 * model.weights[*t as usize * width + c];
                }
            });
            if score > 0.0 {
                expected.push((score, shown.to_string()));
            }
        }
        expected.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let expected: Vec<String> = expected.into_iter().map(|(_, w)| w).collect();
        assert!(!expected.is_empty(), "{label}");
        assert_eq!(
            model.telling_words(text, &judged, label, 10),
            expected,
            "{label}"
        );
    }
}

#[test]
fn words_known_from_earlier_texts_count_as_if_counted_afresh() {
    let first = CharacterModel::learn(&FOUR_LETTERS);
    let second = CharacterModel::learn(&FOUR_LETTERS[1..]);
    assert_ne!(first.vocabulary.len(), second.vocabulary.len());
    let text = "Sperrmüll, Rind; sperrmüll Weide xyzzy ab Abholung! Rind Nachbarn.";
    // A new thread knows no words yet: its reading is the reference.
    let afresh = |model: &CharacterModel| {
        let model = model.clone();
        std::thread::spawn(move || model.judge(text))
            .join()
            .unwrap()
    };
    // This thread meets the words again, under one vocabulary and then another.
    for model in [&first, &second, &first] {
        let reference = afresh(model);
        for _ in 0..2 {
            let judged = model.judge(text);
            assert_eq!(judged.vector, reference.vector);
            assert_eq!(judged.words.positions, reference.words.positions);
            assert_eq!(judged.words.words, reference.words.words);
            assert_eq!(judged.scores, reference.scores);
        }
    }
}

#[test]
fn one_department_is_no_choice() {
    assert!(CharacterModel::learn(&[("39", "Hund"), ("39", "Katze")]).is_empty());
    assert!(CharacterModel::default().predict("Hund").ranking.is_empty());
}
