//! The learned character model as bytes, to keep it between starts (no IO here: the file is
//! `routing/characters_cache.rs`).

use super::*;

/// The layout of [`CharacterModel::to_bytes`] and the way the model is learned: a kept copy
/// of another format is learned again. Raise it with any change to learning or features
/// that [`fingerprint`] does not see (min_df, the idf or tf formula, the intercept).
pub const FORMAT: u32 = 1;

/// What a kept model depends on besides its letters: [`FORMAT`], the penalty, the n-gram
/// lengths and the n-gram hashes of a probe text (the hash function may change with a
/// dependency's version or the platform; a model of other hashes would know no n-gram).
pub fn fingerprint() -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&ALPHA.to_bits().to_le_bytes());
    out.extend_from_slice(&(SHORTEST as u32).to_le_bytes());
    out.extend_from_slice(&(LONGEST as u32).to_le_bytes());
    for_each_gram("Sperrmüllabholung ÄÖÜß İ 42", |g| {
        out.extend_from_slice(&g.to_le_bytes())
    });
    out
}

const MAGIC: &[u8; 4] = b"MRCM";

impl CharacterModel {
    /// The learned model as bytes, for keeping it between starts (see
    /// [`CharacterModel::from_bytes`]). Little endian: magic, [`FORMAT`], the labels, then
    /// per n-gram (in vocabulary order) its hash, its idf and its row of weights, then the
    /// intercepts.
    pub fn to_bytes(&self) -> Vec<u8> {
        let n = self.idf.len();
        let mut grams = vec![0u64; n];
        for (g, i) in &self.vocabulary {
            grams[*i as usize] = *g;
        }
        let mut out = Vec::with_capacity(16 + n * (12 + 4 * self.labels.len()));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        out.extend_from_slice(&(self.labels.len() as u32).to_le_bytes());
        for l in &self.labels {
            out.extend_from_slice(&(l.len() as u32).to_le_bytes());
            out.extend_from_slice(l.as_bytes());
        }
        out.extend_from_slice(&(n as u64).to_le_bytes());
        grams
            .iter()
            .for_each(|g| out.extend_from_slice(&g.to_le_bytes()));
        for x in self.idf.iter().chain(&self.weights).chain(&self.intercept) {
            out.extend_from_slice(&x.to_le_bytes());
        }
        out
    }

    /// The model [`CharacterModel::to_bytes`] wrote; `None` for bytes of another format,
    /// cut short or with anything left over.
    pub fn from_bytes(bytes: &[u8]) -> Option<CharacterModel> {
        let mut rest = bytes;
        let mut take = |len: usize| -> Option<&[u8]> {
            let (head, tail) = rest.split_at_checked(len)?;
            rest = tail;
            Some(head)
        };
        if take(4)? != MAGIC {
            return None;
        }
        let u32_of = |b: &[u8]| u32::from_le_bytes(b.try_into().expect("4 bytes"));
        if u32_of(take(4)?) != FORMAT {
            return None;
        }
        let width = u32_of(take(4)?) as usize;
        let mut labels = Vec::with_capacity(width.min(1024));
        for _ in 0..width {
            let len = u32_of(take(4)?) as usize;
            labels.push(String::from_utf8(take(len)?.to_vec()).ok()?);
        }
        let n = usize::try_from(u64::from_le_bytes(take(8)?.try_into().ok()?)).ok()?;
        let floats = |b: &[u8]| -> Vec<f32> {
            b.chunks_exact(4)
                .map(|c| f32::from_le_bytes(c.try_into().expect("4 bytes")))
                .collect()
        };
        let vocabulary = take(n.checked_mul(8)?)?
            .chunks_exact(8)
            .enumerate()
            .map(|(i, c)| (u64::from_le_bytes(c.try_into().expect("8 bytes")), i as u32))
            .collect();
        let idf = floats(take(n.checked_mul(4)?)?);
        let weights = floats(take(n.checked_mul(width)?.checked_mul(4)?)?);
        let intercept = floats(take(width.checked_mul(4)?)?);
        if !rest.is_empty() {
            return None;
        }
        Some(CharacterModel {
            labels,
            vocabulary,
            vocabulary_id: crate::word_memo::new_owner_id(),
            idf,
            weights,
            intercept,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_as_bytes_it_judges_the_same() {
        let letters = FOUR_LETTERS;
        let model = CharacterModel::learn(&letters);
        let bytes = model.to_bytes();
        let back = CharacterModel::from_bytes(&bytes).expect("read back");
        let text = "Der Sperrmüll steht noch, das Rind auf der Weide auch.";
        assert_eq!(back.judge(text).scores, model.judge(text).scores);
        assert_eq!(back.vocabulary, model.vocabulary);
        // Cut short, one byte over, another format: not a model.
        assert!(CharacterModel::from_bytes(&bytes[..bytes.len() - 1]).is_none());
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(CharacterModel::from_bytes(&longer).is_none());
        let mut other = bytes.clone();
        other[4] ^= 0xff;
        assert!(CharacterModel::from_bytes(&other).is_none());
        assert!(CharacterModel::from_bytes(&[]).is_none());
        // The empty model too.
        let empty = CharacterModel::from_bytes(&CharacterModel::default().to_bytes()).unwrap();
        assert!(empty.is_empty());
    }

    #[test]
    fn the_fingerprint_sees_the_n_gram_hashes() {
        let a = fingerprint();
        assert_eq!(a, fingerprint());
        // FORMAT, ALPHA, two lengths, then one hash per n-gram of the probe text.
        assert!(a.len() > 4 + 8 + 4 + 4 + 8 * 20, "{}", a.len());
    }
}
