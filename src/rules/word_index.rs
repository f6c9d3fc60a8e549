//! Matching many rule and topic words against a document quickly. A document's words are
//! tokenised once ([`TextWords`]), and each *distinct* word is matched against all words looked
//! for with a few hash lookups ([`WordIndex`]): only the parts of a text word that a word could
//! be (its fronts and its heads, see [`candidates`]) are looked up, and `is_form_of` confirms.
//! Before, every rule phrase was tried against every word of the text (about half of the
//! instructions spent on a born-digital letter).

use rustc_hash::FxHashMap;

use super::words::{is_form_of, tokenize, Phrase, Token, WordMatch};

/// A document's words: its pages' tokens, and each distinct folded word with its places.
#[derive(Debug, Clone, Default)]
pub struct TextWords {
    pub pages: Vec<Vec<Token>>,
    /// Distinct folded words with every place (page index, token index), in text order.
    distinct: Vec<(String, Vec<(u32, u32)>)>,
}

impl TextWords {
    pub fn new<S: AsRef<str>>(pages: &[S]) -> TextWords {
        let pages: Vec<Vec<Token>> = pages.iter().map(|p| tokenize(p.as_ref())).collect();
        let mut slot: FxHashMap<&str, usize> = FxHashMap::default();
        let mut distinct: Vec<(String, Vec<(u32, u32)>)> = Vec::new();
        for (p, tokens) in pages.iter().enumerate() {
            for (i, t) in tokens.iter().enumerate() {
                let n = *slot.entry(t.folded.as_str()).or_insert_with(|| {
                    distinct.push((t.folded.clone(), Vec::new()));
                    distinct.len() - 1
                });
                distinct[n].1.push((p as u32, i as u32));
            }
        }
        TextWords { pages, distinct }
    }

    /// Each distinct folded word with its places (page index, token index) in text order.
    pub fn distinct(&self) -> impl Iterator<Item = (&str, &[(u32, u32)])> {
        self.distinct
            .iter()
            .map(|(w, at)| (w.as_str(), at.as_slice()))
    }
}

/// Words to look for (folded), each with an id, indexed for [`WordIndex::for_each_match`].
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    forms: FxHashMap<String, Vec<u32>>,
    prefixes: FxHashMap<String, Vec<u32>>,
    exact: FxHashMap<String, Vec<u32>>,
    /// Shortest and longest word (bytes) of `forms` and of `prefixes`.
    form_lengths: (usize, usize),
    prefix_lengths: (usize, usize),
}

fn widen(lengths: &mut (usize, usize), len: usize, first: bool) {
    if first {
        *lengths = (len, len);
    } else {
        *lengths = (lengths.0.min(len), lengths.1.max(len));
    }
}

impl WordIndex {
    /// The ids of the folded word `word` matched as `how` (empty if it was never inserted).
    pub fn ids(&self, word: &str, how: WordMatch) -> &[u32] {
        let map = match how {
            WordMatch::Forms => &self.forms,
            WordMatch::Prefix => &self.prefixes,
            WordMatch::Exact => &self.exact,
        };
        map.get(word).map_or(&[], Vec::as_slice)
    }

    /// Adds the folded word `word`, matched as `how`, under `id`.
    pub fn insert(&mut self, word: &str, how: WordMatch, id: u32) {
        let (map, lengths) = match how {
            WordMatch::Forms => (&mut self.forms, Some(&mut self.form_lengths)),
            WordMatch::Prefix => (&mut self.prefixes, Some(&mut self.prefix_lengths)),
            WordMatch::Exact => (&mut self.exact, None),
        };
        if let Some(lengths) = lengths {
            widen(lengths, word.len(), map.is_empty());
        }
        let ids = map.entry(word.to_string()).or_default();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }

    /// Calls `f(id, word length)` for every word the folded text word `token` matches (an id
    /// may come more than once when a word is both a front and a head of the token).
    pub fn for_each_match(&self, token: &str, mut f: impl FnMut(u32, usize)) {
        if let Some(ids) = self.exact.get(token) {
            ids.iter().for_each(|&id| f(id, token.len()));
        }
        if !self.prefixes.is_empty() {
            let (short, long) = self.prefix_lengths;
            for end in (short..=token.len().min(long)).filter(|&e| token.is_char_boundary(e)) {
                if let Some(ids) = self.prefixes.get(&token[..end]) {
                    ids.iter().for_each(|&id| f(id, end));
                }
            }
        }
        if !self.forms.is_empty() {
            candidates(token, self.form_lengths, |part| {
                if let Some(ids) = self.forms.get(part) {
                    if is_form_of(part, token) {
                        ids.iter().for_each(|&id| f(id, part.len()));
                    }
                }
            });
        }
    }
}

/// The first words of a set of phrases, each with an id, in a [`WordIndex`]: a document's
/// distinct words are matched against them once, and each phrase is then tried only where
/// its first word occurs.
#[derive(Debug, Clone, Default)]
pub struct PhraseIndex {
    /// Each distinct first word (and how it matches) under one id.
    index: WordIndex,
    count: usize,
    /// This process's id of these phrases, for the words matched in earlier texts (0: none).
    memo_id: u64,
}

thread_local! {
    /// Each folded word's first-word ids from earlier texts, for one phrase index.
    static MATCHED_WORDS: std::cell::RefCell<crate::word_memo::Memos> =
        const { std::cell::RefCell::new(crate::word_memo::Memos::new()) };
}

impl PhraseIndex {
    pub fn new(phrases: &[Phrase]) -> PhraseIndex {
        let mut out = PhraseIndex {
            memo_id: crate::word_memo::new_owner_id(),
            ..PhraseIndex::default()
        };
        for p in phrases {
            let (word, how) = p.first();
            if out.index.ids(word, how).is_empty() {
                out.index.insert(word, how, out.count as u32);
                out.count += 1;
            }
        }
        out
    }

    fn id(&self, phrase: &Phrase) -> Option<usize> {
        let (word, how) = phrase.first();
        self.index.ids(word, how).first().map(|&id| id as usize)
    }
}

/// A document's words, and where the first word of each rule phrase occurs in it.
pub struct Found<'a> {
    words: &'a TextWords,
    phrases: &'a PhraseIndex,
    /// Per phrase id: places (page index, token index), in text order.
    starts: Vec<Vec<(u32, u32)>>,
}

impl<'a> Found<'a> {
    pub fn new(words: &'a TextWords, phrases: &'a PhraseIndex) -> Found<'a> {
        let mut starts: Vec<Vec<(u32, u32)>> = vec![Vec::new(); phrases.count];
        let mut ids: Vec<u32> = Vec::new();
        crate::word_memo::with(&MATCHED_WORDS, phrases.memo_id, |matched| {
            for (token, places) in words.distinct() {
                let mut add = |found: &[u32]| {
                    for id in found {
                        starts[*id as usize].extend_from_slice(places);
                    }
                };
                match matched.get(token) {
                    Some(found) => add(found),
                    None => {
                        ids.clear();
                        phrases.index.for_each_match(token, |id, _| ids.push(id));
                        // An id found twice (a front and a head of the word) would add the
                        // same places, which are deduplicated below anyway.
                        ids.sort_unstable();
                        ids.dedup();
                        add(&ids);
                        crate::word_memo::keep(matched, token, &ids);
                    }
                }
            }
        });
        for s in &mut starts {
            s.sort_unstable();
            s.dedup();
        }
        Found {
            words,
            phrases,
            starts,
        }
    }

    /// The first occurrence of `phrase`: page index and byte range in that page.
    pub fn find(&self, phrase: &Phrase) -> Option<(usize, usize, usize)> {
        let id = self.phrases.id(phrase)?;
        self.starts[id].iter().find_map(|&(page, i)| {
            let tokens = &self.words.pages[page as usize];
            let (s, e) = phrase.at(tokens, i as usize, 1)?;
            Some((page as usize, s, e))
        })
    }
}

/// Calls `f` with the parts of a folded text word that a word could be, for `is_form_of` to
/// confirm: its front parts (the word itself, the word without an ending, a compound's first
/// part) and its back parts (a compound's head, with or without an ending of up to three
/// letters). Only parts `lengths` (bytes) allows.
pub fn candidates<'t>(token: &'t str, lengths: (usize, usize), mut f: impl FnMut(&'t str)) {
    let (shortest, longest) = lengths;
    let boundary = |i: usize| token.is_char_boundary(i);
    let n = token.len();
    for end in (shortest..=n.min(longest)).filter(|&e| boundary(e)) {
        f(&token[..end]);
    }
    for start in (1..n).filter(|&s| boundary(s)) {
        for end in (start + 1).max(n.saturating_sub(3))..=n {
            let len = end - start;
            if len >= shortest && len <= longest && boundary(end) {
                f(&token[start..end]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::words::{fold, word_matches};

    /// The index finds exactly what trying every word against every text word finds.
    #[test]
    fn the_index_agrees_with_matching_every_pair() {
        let words: Vec<(String, WordMatch)> = [
            ("Sperrmüll", WordMatch::Forms),
            ("Antrag", WordMatch::Forms),
            ("Hund", WordMatch::Forms),
            ("Kita", WordMatch::Forms),
            ("Straße", WordMatch::Forms),
            ("Widerspruch", WordMatch::Forms),
            ("widersp", WordMatch::Prefix),
            ("Straße", WordMatch::Exact),
            ("Rat", WordMatch::Forms),
            ("Bescheid", WordMatch::Forms),
        ]
        .into_iter()
        .map(|(w, how)| (fold(w), how))
        .collect();
        let mut index = WordIndex::default();
        for (id, (w, how)) in words.iter().enumerate() {
            index.insert(w, *how, id as u32);
        }
        let text = "Antrag auf Sperrmüllabholung, des Bauantrags, Hunde und Hundertschaft, \
                    zwei Kitas, die Kitaleitung, Hauptstraße, STRASSE, Straßen, ich widerspreche \
                    dem Widerspruchsbescheid, nach der Heirat, der Rat, Bescheide, Bescheiden, \
                    Größenordnung, ÄÖÜ, abab";
        let doc = TextWords::new(&[text]);
        for (token, _) in doc.distinct() {
            let mut found: Vec<u32> = Vec::new();
            index.for_each_match(token, |id, _| found.push(id));
            found.sort_unstable();
            found.dedup();
            let expected: Vec<u32> = words
                .iter()
                .enumerate()
                .filter(|(_, (w, how))| word_matches(w, *how, token))
                .map(|(id, _)| id as u32)
                .collect();
            assert_eq!(found, expected, "{token}");
        }
    }

    #[test]
    fn words_matched_in_earlier_texts_find_the_same_places() {
        let phrases = |words: &[&str]| -> Vec<Phrase> {
            words.iter().map(|w| Phrase::new(w).unwrap()).collect()
        };
        let first = PhraseIndex::new(&phrases(&["Sperrmüll", "Antrag", "Hund"]));
        let second = PhraseIndex::new(&phrases(&["Hund", "Widerspruch", "Kita", "Antrag"]));
        let text = "Antrag auf Sperrmüllabholung, Hunde und der Hund, Widerspruch gegen den \
                    Bauantrag, zwei Kitas, noch ein Antrag";
        // A new thread has matched no words yet: its places are the reference.
        let afresh = |index: &PhraseIndex| {
            let index = index.clone();
            std::thread::spawn(move || Found::new(&TextWords::new(&[text]), &index).starts)
                .join()
                .unwrap()
        };
        let words = TextWords::new(&[text]);
        for index in [&first, &second, &first] {
            let reference = afresh(index);
            assert!(reference.iter().all(|s| !s.is_empty()), "{reference:?}");
            for _ in 0..2 {
                assert_eq!(Found::new(&words, index).starts, reference);
            }
        }
    }

    #[test]
    fn distinct_words_keep_every_place_in_text_order() {
        let doc = TextWords::new(&["der Hund und der Hund", "ein Hund"]);
        let places: Vec<(&str, &[(u32, u32)])> = doc.distinct().collect();
        assert_eq!(places[0], ("der", &[(0, 0), (0, 3)][..]));
        assert_eq!(places[1], ("hund", &[(0, 1), (0, 4), (1, 1)][..]));
        assert_eq!(doc.pages.len(), 2);
    }

    fn parts(token: &str, lengths: (usize, usize)) -> Vec<&str> {
        let mut out = Vec::new();
        candidates(token, lengths, |c| out.push(c));
        out
    }

    #[test]
    fn candidates_cover_fronts_and_heads() {
        let c = parts("bauantrags", (1, 20));
        for part in ["bauantrags", "bau", "antrags", "antrag", "bauantrag"] {
            assert!(c.contains(&part), "{part} in {c:?}");
        }
        let c = parts("müll", (1, 20));
        assert!(c.contains(&"ül") && c.contains(&"müll"), "{c:?}");
        let c = parts("bauantrags", (4, 7));
        assert!(c.contains(&"antrag") && !c.contains(&"bau") && !c.contains(&"bauantrag"));
    }
}
