//! Complaint receipts: the code a worker keeps to check on a complaint filed anonymously.
//!
//! A receipt is the only thing that ties an anonymous complainant to a complaint, so it
//! is a secret: 65 random bits, never logged (see the `Debug` impl), and stored only as a
//! digest. It is read off cheap phone screens, written on paper and typed back in, so the
//! alphabet avoids look-alikes and a check symbol catches typing mistakes before the
//! lookup, which lets us say "typing mistake" instead of "no such complaint".
//!
//! # The check symbol
//!
//! The 14 symbols s₀…s₁₃ are read as elements of the field GF(32) = GF(2)\[x\]/(x⁵+x²+1),
//! and a receipt is valid when Σ αⁱ·s₁₃₋ᵢ = 0, where α = x has order 31. The weights
//! α¹³…α⁰ are distinct and non-zero, so (field, no zero divisors):
//!
//! * a substitution at one position changes the sum by w·(a−b) ≠ 0;
//! * swapping two different symbols at any two positions, adjacent or not, changes it by
//!   (wᵢ−wⱼ)·(a−b) ≠ 0.
//!
//! Luhn mod 32 was considered and rejected: like Luhn mod 10 (which misses 09 ↔ 90) it
//! misses the transposition of the first and last symbols of the alphabet, 0Z ↔ Z0.

use std::fmt;

use rand::{CryptoRng, RngCore};
use sha2::{Digest, Sha256};

/// Crockford's base32 alphabet: digits and letters without I, L, O, U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// 13 × 5 = 65 random bits.
const DATA_SYMBOLS: usize = 13;
const SYMBOLS: usize = DATA_SYMBOLS + 1;
/// Anything longer is not a receipt even with generous spacing; refusing early bounds
/// the work done on hostile input.
const MAX_INPUT_BYTES: usize = 256;

/// A complaint receipt: 13 random symbols (65 bits) from Crockford's base32 alphabet
/// (0-9 A-Z without I L O U) plus one check symbol, shown as "XXXX-XXXX-XXXX-XX".
///
/// `Debug` prints only a prefix of the digest, never the receipt: receipts must not end
/// up in logs.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Receipt(String); // canonical form: 14 uppercase symbols, no separators

/// Why typed text is not a receipt. Messages are written for the person typing and never
/// repeat the input, which is a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptError {
    /// Not 14 symbols once spaces, dashes and dots are removed.
    #[error("a receipt has 14 letters and digits, e.g. ABCD-EFGH-JKMN-PQ")]
    WrongLength,
    /// A character that is neither a receipt symbol nor a separator (including U).
    #[error("a receipt uses only the letters and digits printed on it")]
    BadSymbol,
    /// Well formed, but the check symbol does not match: a typing mistake.
    #[error("this receipt has a typing mistake: check each letter and digit")]
    CheckFailed,
}

impl Receipt {
    /// Draws a new receipt. Pass a cryptographically secure generator (`OsRng`,
    /// `thread_rng()`): a guessable receipt would expose a complainant.
    pub fn generate<R: RngCore + CryptoRng>(rng: &mut R) -> Receipt {
        let mut random = [0u8; DATA_SYMBOLS];
        rng.fill_bytes(&mut random);
        let mut values = [0u8; SYMBOLS];
        // 256 is a multiple of 32, so the low five bits of a uniform byte are uniform.
        for (value, byte) in values.iter_mut().zip(random) {
            *value = byte & 0x1f;
        }
        values[DATA_SYMBOLS] = check_value(&values[..DATA_SYMBOLS]);
        Receipt(encode(&values))
    }

    /// Parses what a person typed: case-insensitive; spaces, dashes and dots ignored;
    /// Crockford decoding of look-alikes (I, L -> 1; O -> 0); U rejected.
    ///
    /// Also forgiving of what phones do to typed text: any Unicode space, typographic
    /// dashes (‐ ‑ ‒ – — ―, −), zero-width characters from copy and paste, and
    /// full-width forms from East Asian keyboards (ＡＢＣ１２３).
    pub fn parse(input: &str) -> Result<Receipt, ReceiptError> {
        if input.len() > MAX_INPUT_BYTES {
            return Err(ReceiptError::WrongLength);
        }
        let mut values = Vec::with_capacity(SYMBOLS);
        for c in input.chars().map(fold_full_width) {
            if is_ignorable(c) {
                continue;
            }
            values.push(symbol_value(c).ok_or(ReceiptError::BadSymbol)?);
        }
        if values.len() != SYMBOLS {
            return Err(ReceiptError::WrongLength);
        }
        if !is_valid(&values) {
            return Err(ReceiptError::CheckFailed);
        }
        Ok(Receipt(encode(&values)))
    }

    /// "ABCD-EFGH-JKMN-PQ": groups of four are easier to read out and copy by hand.
    pub fn display(&self) -> String {
        let s = &self.0;
        format!("{}-{}-{}-{}", &s[0..4], &s[4..8], &s[8..12], &s[12..14])
    }

    /// Canonical 14 symbols.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// SHA-256 hex of the canonical form: what the database stores, so a leaked
    /// database does not reveal receipts.
    pub fn digest(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }
}

impl fmt::Debug for Receipt {
    /// A digest prefix is enough to match a log line to a database row and reveals
    /// nothing a leaked database would not.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digest = self.digest();
        write!(f, "Receipt(sha256:{}…)", &digest[..8])
    }
}

/// Multiplies by α = x in GF(2)\[x\]/(x⁵+x²+1). The polynomial is irreducible and 31 is
/// prime, so α generates all 31 non-zero elements.
fn times_alpha(v: u8) -> u8 {
    let shifted = v << 1;
    if shifted & 0x20 != 0 {
        shifted ^ 0x25
    } else {
        shifted
    }
}

/// Horner evaluation: for values v₀…vₙ₋₁ returns Σ αⁿ⁻ⁱ·vᵢ (weights αⁿ…α¹).
/// Addition in GF(32) is XOR.
fn weighted_sum(values: &[u8]) -> u8 {
    values.iter().fold(0, |acc, &v| times_alpha(acc ^ v))
}

/// The check value for 13 data values: with weight α⁰ = 1 on the check position, the
/// full sum Σ α¹³⁻ⁱ·sᵢ is zero exactly when check = Σ α¹³⁻ⁱ·sᵢ over the data.
fn check_value(data: &[u8]) -> u8 {
    weighted_sum(data)
}

/// `weighted_sum` over all 14 values is α·(Σ α¹³⁻ⁱ·sᵢ), zero exactly when the check holds.
fn is_valid(values: &[u8]) -> bool {
    weighted_sum(values) == 0
}

fn encode(values: &[u8]) -> String {
    values
        .iter()
        .map(|&v| char::from(ALPHABET[usize::from(v)]))
        .collect()
}

/// Full-width ASCII forms (U+FF01–U+FF5E) sit at a fixed offset from ASCII.
fn fold_full_width(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(u32::from(c) - 0xfee0).unwrap_or(c),
        _ => c,
    }
}

fn is_ignorable(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '.'
                | '\u{2010}'..='\u{2015}' // hyphen, non-breaking hyphen, figure/en/em dash, bar
                | '\u{2212}' // minus sign
                | '\u{200b}'..='\u{200d}' // zero-width space and joiners
                | '\u{2060}' // word joiner
                | '\u{feff}' // byte order mark / zero-width no-break space
        )
}

fn symbol_value(c: char) -> Option<u8> {
    match c.to_ascii_uppercase() {
        'O' => Some(0),
        'I' | 'L' => Some(1),
        // U is left out of Crockford's alphabet to avoid accidental obscenities; it is
        // not a look-alike of anything, so it is a mistake, not a variant.
        'U' => None,
        upper => ALPHABET
            .iter()
            .position(|&a| char::from(a) == upper)
            .and_then(|p| u8::try_from(p).ok()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;
    use std::collections::HashSet;

    fn receipts(n: usize, seed: u64) -> Vec<Receipt> {
        let mut rng = StdRng::seed_from_u64(seed);
        (0..n).map(|_| Receipt::generate(&mut rng)).collect()
    }

    /// A valid receipt with the given 13 data symbols.
    fn with_data(data: &str) -> Receipt {
        let values: Vec<u8> = data.chars().map(|c| symbol_value(c).unwrap()).collect();
        assert_eq!(values.len(), DATA_SYMBOLS);
        let mut all = values.clone();
        all.push(check_value(&values));
        Receipt(encode(&all))
    }

    fn replace_at(s: &str, i: usize, c: char) -> String {
        s.chars()
            .enumerate()
            .map(|(j, d)| if j == i { c } else { d })
            .collect()
    }

    fn swap(s: &str, i: usize, j: usize) -> String {
        let mut chars: Vec<char> = s.chars().collect();
        chars.swap(i, j);
        chars.into_iter().collect()
    }

    #[test]
    fn alpha_has_order_31() {
        // The detection proof needs 14 distinct weights α⁰…α¹³.
        let mut v = 1u8;
        for k in 1..=31 {
            v = times_alpha(v);
            assert_eq!(v == 1, k == 31, "α^{k}");
        }
    }

    #[test]
    fn generated_receipts_are_canonical_and_valid() {
        for r in receipts(200, 1) {
            assert_eq!(r.as_str().len(), 14);
            assert!(r.as_str().bytes().all(|b| ALPHABET.contains(&b)));
            assert_eq!(Receipt::parse(r.as_str()), Ok(r.clone()));
        }
    }

    #[test]
    fn round_trip_through_display() {
        for r in receipts(200, 2) {
            let shown = r.display();
            assert_eq!(shown.len(), 17);
            assert_eq!(shown.matches('-').count(), 3);
            assert_eq!(&shown[4..5], "-");
            assert_eq!(&shown[9..10], "-");
            assert_eq!(&shown[14..15], "-");
            assert_eq!(shown.replace('-', ""), r.as_str());
            assert_eq!(Receipt::parse(&shown), Ok(r.clone()));
            assert_eq!(Receipt::parse(&shown.to_lowercase()), Ok(r));
        }
    }

    #[test]
    fn parsing_is_forgiving() {
        let r = with_data("ABCDEFGHJKMNP");
        let check = &r.as_str()[13..];
        let typed = format!("abcd efgh jkmn p{}", check.to_lowercase());
        assert_eq!(Receipt::parse(&typed), Ok(r.clone()));
        assert_eq!(Receipt::parse(&format!(" ABCD.EFGH.JKMN.P{check} ")), Ok(r));

        // Look-alikes: O for 0, I and L for 1, in either case.
        let r = with_data("10ABC01DEF110");
        let check = &r.as_str()[13..];
        assert_eq!(r.as_str(), format!("10ABC01DEF110{check}"));
        for typed in [
            format!("IO-ABC-O1-DEF-IL0{check}"),
            format!("lo abc oi def Lio{check}"),
            format!("1OAB-CO1D-EFIL-O{check}"),
        ] {
            assert_eq!(Receipt::parse(&typed), Ok(r.clone()), "{typed}");
        }
    }

    #[test]
    fn parsing_survives_phone_keyboards() {
        let r = with_data("ABCDEFGHJKMNP");
        let shown = r.display();
        let typographic = shown
            .replacen('-', "\u{2013}", 1)
            .replacen('-', "\u{2014}", 1);
        let full_width: String = shown
            .chars()
            .map(|c| char::from_u32(u32::from(c) + 0xfee0).unwrap())
            .collect();
        for typed in [
            typographic,
            full_width,
            format!("\u{feff}{}\u{200b}", r.as_str()),
            shown.replace('-', "\u{a0}"),
            shown.replace('-', "\u{3000}"),
            format!("{}\n", shown),
        ] {
            assert_eq!(Receipt::parse(&typed), Ok(r.clone()), "{typed:?}");
        }
    }

    #[test]
    fn every_single_substitution_is_caught() {
        for r in receipts(20, 3) {
            for i in 0..SYMBOLS {
                for &a in ALPHABET {
                    let c = char::from(a);
                    if r.as_str()[i..].starts_with(c) {
                        continue;
                    }
                    let typed = replace_at(r.as_str(), i, c);
                    assert_eq!(
                        Receipt::parse(&typed),
                        Err(ReceiptError::CheckFailed),
                        "{} -> {typed}",
                        r.as_str()
                    );
                }
            }
        }
    }

    #[test]
    fn every_adjacent_transposition_is_caught() {
        let mut tried = 0;
        for r in receipts(20, 4) {
            for i in 0..SYMBOLS - 1 {
                let typed = swap(r.as_str(), i, i + 1);
                if typed == r.as_str() {
                    continue; // two equal symbols: swapping them is not a change
                }
                tried += 1;
                assert_eq!(
                    Receipt::parse(&typed),
                    Err(ReceiptError::CheckFailed),
                    "{} -> {typed}",
                    r.as_str()
                );
            }
        }
        assert!(tried > 200);
    }

    #[test]
    fn every_transposition_at_any_distance_is_caught() {
        for r in receipts(20, 5) {
            for i in 0..SYMBOLS {
                for j in i + 1..SYMBOLS {
                    let typed = swap(r.as_str(), i, j);
                    if typed != r.as_str() {
                        assert_eq!(Receipt::parse(&typed), Err(ReceiptError::CheckFailed));
                    }
                }
            }
        }
    }

    #[test]
    fn every_pair_of_symbols_swapped_at_every_data_position_is_caught() {
        // Independent of random content: all 32 × 31 ordered pairs at every adjacent
        // pair of data positions.
        let base: Vec<char> = "7KQ2MX9R4TBHC".chars().collect();
        for i in 0..DATA_SYMBOLS - 1 {
            for &a in ALPHABET {
                for &b in ALPHABET {
                    if a == b {
                        continue;
                    }
                    let mut data = base.clone();
                    data[i] = char::from(a);
                    data[i + 1] = char::from(b);
                    let r = with_data(&data.iter().collect::<String>());
                    let typed = swap(r.as_str(), i, i + 1);
                    assert_eq!(Receipt::parse(&typed), Err(ReceiptError::CheckFailed));
                }
            }
        }
    }

    #[test]
    fn luhn_mod_32_would_have_missed_0z_transpositions() {
        // Why this module does not use Luhn mod N: the transposition 0Z <-> Z0 leaves
        // the Luhn sum unchanged, as 09 <-> 90 does for Luhn mod 10.
        fn luhn_check(data: &[u8]) -> u8 {
            let mut sum = 0u32;
            for (k, &v) in data.iter().rev().enumerate() {
                let mut v = u32::from(v);
                if k % 2 == 0 {
                    v *= 2;
                    if v >= 32 {
                        v -= 31;
                    }
                }
                sum += v;
            }
            u8::try_from((32 - sum % 32) % 32).unwrap()
        }
        let a: Vec<u8> = "0ZABCDEFGHJKM"
            .chars()
            .map(|c| symbol_value(c).unwrap())
            .collect();
        let b: Vec<u8> = "Z0ABCDEFGHJKM"
            .chars()
            .map(|c| symbol_value(c).unwrap())
            .collect();
        assert_eq!(luhn_check(&a), luhn_check(&b));
        assert_ne!(check_value(&a), check_value(&b));
    }

    #[test]
    fn length_errors() {
        let r = with_data("ABCDEFGHJKMNP");
        for typed in [
            String::new(),
            "   - . ".to_string(),
            r.as_str()[..13].to_string(),
            format!("{}0", r.as_str()),
            format!("{}{}", r.as_str(), r.as_str()),
            "A".repeat(10_000),
        ] {
            assert_eq!(
                Receipt::parse(&typed),
                Err(ReceiptError::WrongLength),
                "{typed}"
            );
        }
    }

    #[test]
    fn symbol_errors() {
        let r = with_data("ABCDEFGHJKMNP");
        for (i, c) in [
            (0, 'U'),
            (3, 'u'),
            (13, 'U'),
            (5, '*'),
            (7, 'é'),
            (2, 'Ж'),
            (1, '_'),
        ] {
            let typed = replace_at(r.as_str(), i, c);
            assert_eq!(
                Receipt::parse(&typed),
                Err(ReceiptError::BadSymbol),
                "{typed}"
            );
        }
        assert_eq!(
            Receipt::parse("receipt: ABCD-EFGH-JKMN-PQ"),
            Err(ReceiptError::BadSymbol)
        );
    }

    #[test]
    fn error_messages_do_not_repeat_the_input() {
        for typed in [
            "ABCD-EFGH-JKMN-PU",
            "X7Q2",
            "ZZZZ-ZZZZ-ZZZZ-ZZ",
            "IOIO IOIO IOIO IO",
        ] {
            let err = Receipt::parse(typed).unwrap_err();
            let message = err.to_string();
            assert!(!message.contains(typed), "{message}");
            assert!(!message.contains(&typed.replace('-', "")), "{message}");
        }
    }

    #[test]
    fn ten_thousand_receipts_are_distinct() {
        let mut rng = rand::thread_rng();
        let seen: HashSet<String> = (0..10_000)
            .map(|_| Receipt::generate(&mut rng).as_str().to_string())
            .collect();
        assert_eq!(seen.len(), 10_000);
    }

    #[test]
    fn digest_is_sha256_hex_of_the_canonical_form() {
        let r = with_data("ABCDEFGHJKMNP");
        let d = r.digest();
        assert_eq!(d.len(), 64);
        assert!(d
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        assert_eq!(d, hex::encode(Sha256::digest(r.as_str().as_bytes())));
        let typed = r.display().to_lowercase();
        assert_eq!(Receipt::parse(&typed).unwrap().digest(), d);
        assert_ne!(with_data("ABCDEFGHJKMNQ").digest(), d);
    }

    #[test]
    fn debug_does_not_reveal_the_receipt() {
        let r = with_data("ABCDEFGHJKMNP");
        let shown = format!("{r:?}");
        assert!(!shown.contains(r.as_str()), "{shown}");
        assert!(!shown.contains(&r.as_str()[..4]), "{shown}");
        assert!(shown.contains(&r.digest()[..8]), "{shown}");
    }
}
