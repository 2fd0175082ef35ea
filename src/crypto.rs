//! Sealing confidential fields (complainant name, contact, narrative) at rest.
//!
//! A leaked database or backup must not expose who complained or what they said, so
//! these fields are encrypted with XChaCha20-Poly1305 under a data key that lives outside
//! the database (an environment variable or a key file). XChaCha's 24-byte nonces are
//! large enough to draw at random for every value without counting or coordination
//! between processes.
//!
//! Losing the data key loses every sealed value: back it up separately from the database.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use base64::engine::DecodePaddingMode;
use base64::{alphabet, Engine};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::{Digest, Sha256};

const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
/// Name of the key file inside the data directory.
const KEY_FILE_NAME: &str = "data.key";
/// Marks the format of sealed values so a later scheme (or key rotation) can tell old
/// values apart from new ones.
const SEALED_PREFIX: &str = "v1:";
/// A key file is 45 bytes; reading more than this would only mean the wrong file.
const MAX_KEY_FILE_LEN: u64 = 4096;
/// Another process may have created the key file and not written it yet: wait up to
/// about a second for its content before calling the file broken.
const KEY_FILE_READ_ATTEMPTS: u32 = 20;
const KEY_FILE_RETRY_WAIT: Duration = Duration::from_millis(50);

/// Base64 as people paste it: standard alphabet, padding optional.
const LENIENT_BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The data key: 32 bytes.
///
/// Not `Clone`, to keep copies of the key few; `Debug` prints only the fingerprint.
pub struct DataKey {
    bytes: [u8; KEY_LEN],
}

/// Why the data key could not be obtained. Messages say what to do and never contain
/// key material.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// `FAIRRECRUIT_DATA_KEY` (or other key text) is not a 32-byte key.
    #[error(
        "FAIRRECRUIT_DATA_KEY must be 32 bytes written as 64 hex characters or as standard \
         base64 (generate one with `openssl rand -base64 32`)"
    )]
    BadText,
    /// The key file exists but does not hold a key.
    #[error(
        "the data key file {} does not hold a data key (expected 32 bytes as base64 or 64 hex \
         characters); restore the original file from a backup: values sealed with the \
         original key cannot be opened with any other",
        .path.display()
    )]
    BadFile {
        /// The key file.
        path: PathBuf,
    },
    /// The key file exists but is empty, typically after a start interrupted between
    /// creating the file and writing it.
    #[error(
        "the data key file {} is empty, probably because an earlier start was interrupted \
         while creating it; if nothing has been stored yet, delete it and start again, \
         otherwise restore it from a backup",
        .path.display()
    )]
    EmptyFile {
        /// The key file.
        path: PathBuf,
    },
    /// The key file exists but could not be read.
    #[error(
        "could not read the data key file {}: {source}; check that this user may read it",
        .path.display()
    )]
    Read {
        /// The key file.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// There was no key file and one could not be created.
    #[error(
        "could not create the data key file {}: {source}; check that the directory exists \
         and this user may write to it, or set FAIRRECRUIT_DATA_KEY",
        .path.display()
    )]
    Create {
        /// The key file.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// The operating system's random number generator failed while making a new key.
    #[error("could not generate a data key: the system random number generator failed: {0}")]
    Random(#[source] rand::Error),
}

impl DataKey {
    /// From FAIRRECRUIT_DATA_KEY's value: 64 hex characters or standard base64 of 32 bytes.
    ///
    /// Surrounding whitespace is ignored (a trailing newline from `echo` or a file is
    /// common) and base64 padding is optional.
    pub fn from_text(text: &str) -> Result<DataKey, KeyError> {
        parse_key_text(text).ok_or(KeyError::BadText)
    }

    /// Reads `<dir>/data.key`, or creates it (32 random bytes from OsRng, written as
    /// base64 + newline, file mode 0600, created with create_new so two processes do not
    /// both create it; never overwrites). Returns the key and whether it was created.
    ///
    /// The directory is not created: a mistyped data directory should fail loudly, not
    /// quietly start a fresh key. Blocking: may wait about a second when the file is
    /// empty or broken, in case another process is still writing it, so call it at
    /// startup (or from `spawn_blocking`), not inside a request.
    pub fn load_or_create(dir: &Path) -> Result<(DataKey, bool), KeyError> {
        let path = dir.join(KEY_FILE_NAME);
        if let Some(key) = read_key_file(&path)? {
            return Ok((key, false));
        }
        if let Some(key) = create_key_file(&path)? {
            return Ok((key, true));
        }
        // Another process created the file between our read and our create: use its key.
        match read_key_file(&path)? {
            Some(key) => Ok((key, false)),
            None => Err(KeyError::Read {
                path,
                source: io::Error::new(
                    io::ErrorKind::NotFound,
                    "the file disappeared while it was being created",
                ),
            }),
        }
    }

    /// Creates a new key file at `path` (0600, never overwriting): used by key rotation
    /// to store the next key before any data is sealed with it.
    pub fn create_file(path: &Path) -> Result<DataKey, KeyError> {
        create_key_file(path)?.ok_or_else(|| KeyError::Create {
            path: path.to_path_buf(),
            source: io::Error::new(io::ErrorKind::AlreadyExists, "the file already exists"),
        })
    }

    /// A new random key (for deployments that keep the key in FAIRRECRUIT_DATA_KEY).
    pub fn generate() -> Result<DataKey, KeyError> {
        let mut bytes = [0u8; KEY_LEN];
        OsRng.try_fill_bytes(&mut bytes).map_err(KeyError::Random)?;
        Ok(DataKey { bytes })
    }

    /// The key as standard base64, the form `from_text` and key files accept. Shown
    /// only when an operator asks for a new key.
    pub fn to_base64(&self) -> String {
        STANDARD.encode(self.bytes)
    }

    /// A short fingerprint for logs (first 8 hex chars of SHA-256 of the key), never the key.
    ///
    /// Lets an operator check that two processes or two restarts use the same key.
    pub fn fingerprint(&self) -> String {
        let mut hex = hex::encode(Sha256::digest(self.bytes));
        hex.truncate(8);
        hex
    }
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataKey")
            .field("fingerprint", &self.fingerprint())
            .finish()
    }
}

impl Drop for DataKey {
    fn drop(&mut self) {
        // Best effort without `unsafe` or the zeroize crate: black_box keeps the compiler
        // from removing the overwrite as a dead store.
        self.bytes.fill(0);
        std::hint::black_box(&mut self.bytes);
    }
}

fn parse_key_text(text: &str) -> Option<DataKey> {
    let text = text.trim();
    let mut bytes = [0u8; KEY_LEN];
    // 64 characters cannot be base64 of 32 bytes (that is 43 or 44), so there is no
    // ambiguity between the two forms.
    if text.len() == 2 * KEY_LEN {
        hex::decode_to_slice(text, &mut bytes).ok()?;
    } else {
        let mut decoded = LENIENT_BASE64.decode(text).ok()?;
        let right_length = decoded.len() == KEY_LEN;
        if right_length {
            bytes.copy_from_slice(&decoded);
        }
        decoded.fill(0);
        std::hint::black_box(&mut decoded);
        if !right_length {
            return None;
        }
    }
    Some(DataKey { bytes })
}

/// `Ok(None)` when there is no key file.
fn read_key_file(path: &Path) -> Result<Option<DataKey>, KeyError> {
    let mut attempt = 1;
    loop {
        let content = match read_limited(path) {
            Ok(content) => content,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(KeyError::Read {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        let key = std::str::from_utf8(&content).ok().and_then(parse_key_text);
        if let Some(key) = key {
            return Ok(Some(key));
        }
        if attempt >= KEY_FILE_READ_ATTEMPTS {
            let path = path.to_path_buf();
            return Err(if content.iter().all(u8::is_ascii_whitespace) {
                KeyError::EmptyFile { path }
            } else {
                KeyError::BadFile { path }
            });
        }
        attempt += 1;
        std::thread::sleep(KEY_FILE_RETRY_WAIT);
    }
}

fn read_limited(path: &Path) -> io::Result<Vec<u8>> {
    let mut content = Vec::new();
    File::open(path)?
        .take(MAX_KEY_FILE_LEN)
        .read_to_end(&mut content)?;
    Ok(content)
}

/// `Ok(None)` when the file already exists: someone else created it first.
fn create_key_file(path: &Path) -> Result<Option<DataKey>, KeyError> {
    // Draw the key before creating the file, so a failing generator leaves no empty file.
    let mut bytes = [0u8; KEY_LEN];
    OsRng.try_fill_bytes(&mut bytes).map_err(KeyError::Random)?;
    let key = DataKey { bytes };

    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = match options.open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Ok(None),
        Err(source) => {
            return Err(KeyError::Create {
                path: path.to_path_buf(),
                source,
            });
        }
    };

    let mut text = STANDARD.encode(key.bytes);
    text.push('\n');
    let written = write_key(&mut file, &text);
    let mut text = text.into_bytes();
    text.fill(0);
    std::hint::black_box(&mut text);
    if let Err(source) = written {
        drop(file);
        // We created this file a moment ago and it holds no usable key: leaving it would
        // make every later start fail on an empty or partial file.
        let _ = std::fs::remove_file(path);
        return Err(KeyError::Create {
            path: path.to_path_buf(),
            source,
        });
    }
    sync_parent_dir(path);
    Ok(Some(key))
}

fn write_key(file: &mut File, text: &str) -> io::Result<()> {
    // The mode given at creation is filtered by the umask; set it again so the result
    // is exactly 0600 whatever the umask.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(text.as_bytes())?;
    // Data sealed with this key will be written right after: the key must reach the
    // disk first, or a crash could leave sealed data and no key.
    file.sync_all()
}

/// Makes the new directory entry durable too. Best effort: not every platform can open
/// or sync a directory.
fn sync_parent_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        if let Ok(dir) = File::open(dir) {
            let _ = dir.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// A sealed value could not be opened. Deliberately says nothing more: the cases are
/// indistinguishable to an attacker and should be to a log reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a sealed value could not be opened: wrong data key or damaged data")]
pub struct OpenError;

/// Seals and opens confidential text. Cheap to clone (Arc inside).
#[derive(Clone)]
pub struct Sealer {
    cipher: Arc<XChaCha20Poly1305>,
    /// A second key derived from the data key, for keyed look-up digests.
    lookup_key: Arc<[u8; 32]>,
    /// The key's fingerprint, for `Debug`.
    key_id: String,
}

impl Sealer {
    /// A sealer for the given key. The key can be dropped afterwards.
    pub fn new(key: &DataKey) -> Sealer {
        let mut derivation = Sha256::new();
        derivation.update(b"fairrecruit lookup key v1\0");
        derivation.update(key.bytes);
        Sealer {
            cipher: Arc::new(XChaCha20Poly1305::new((&key.bytes).into())),
            lookup_key: Arc::new(derivation.finalize().into()),
            key_id: key.fingerprint(),
        }
    }

    /// HMAC-SHA256 of `value` under a key derived from the data key, as hex: what the
    /// database stores to find a secret (a receipt) without holding it. Unlike a plain
    /// hash, a leaked database alone does not let anyone test guesses offline.
    pub fn keyed_digest(&self, context: &str, value: &str) -> String {
        use hmac::{Hmac, Mac};
        let mut mac = match <Hmac<Sha256> as Mac>::new_from_slice(self.lookup_key.as_slice()) {
            Ok(mac) => mac,
            // HMAC accepts keys of any length; this arm cannot run.
            Err(_) => return String::new(),
        };
        mac.update(context.as_bytes());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// Encrypts with a random 24-byte nonce. `context` (e.g. `"complaint:<id>:narrative"`) is
    /// bound as associated data so a sealed value cannot be moved to another record or field.
    /// Output: text "v1:" + base64(nonce || ciphertext) — storable in a TEXT column.
    ///
    /// The output is about 4/3 × (40 + plaintext bytes) + 3 characters long.
    ///
    /// # Panics
    ///
    /// If the operating system's random number generator fails, or for plaintexts over
    /// 256 GiB (the cipher's limit); both would be bugs or broken hosts, not input errors.
    pub fn seal(&self, context: &str, plaintext: &str) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        OsRng.fill_bytes(&mut nonce);
        self.seal_with_nonce(context, plaintext, &nonce)
    }

    fn seal_with_nonce(&self, context: &str, plaintext: &str, nonce: &[u8; NONCE_LEN]) -> String {
        let payload = Payload {
            msg: plaintext.as_bytes(),
            aad: context.as_bytes(),
        };
        let ciphertext = match self.cipher.encrypt(XNonce::from_slice(nonce), payload) {
            Ok(ciphertext) => ciphertext,
            // The only failure of this AEAD is a message longer than its keystream.
            Err(_) => panic!("plaintext too long to seal"),
        };
        let mut blob = Vec::with_capacity(NONCE_LEN + ciphertext.len());
        blob.extend_from_slice(nonce);
        blob.extend_from_slice(&ciphertext);
        format!("{SEALED_PREFIX}{}", STANDARD.encode(blob))
    }

    /// Opens a value made by [`Sealer::seal`] with the same key and the same `context`.
    /// Fails, without saying why, on a wrong key, a wrong context, or any change to the
    /// sealed text.
    pub fn open(&self, context: &str, sealed: &str) -> Result<String, OpenError> {
        let encoded = sealed.strip_prefix(SEALED_PREFIX).ok_or(OpenError)?;
        let blob = STANDARD.decode(encoded).map_err(|_| OpenError)?;
        if blob.len() < NONCE_LEN + TAG_LEN {
            return Err(OpenError);
        }
        let (nonce, ciphertext) = blob.split_at(NONCE_LEN);
        let payload = Payload {
            msg: ciphertext,
            aad: context.as_bytes(),
        };
        let plaintext = self
            .cipher
            .decrypt(XNonce::from_slice(nonce), payload)
            .map_err(|_| OpenError)?;
        // Authenticated, so this only fails if something other than `seal` made it.
        String::from_utf8(plaintext).map_err(|_| OpenError)
    }
}

impl fmt::Debug for Sealer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sealer")
            .field("key_fingerprint", &self.key_id)
            .finish()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use std::sync::Barrier;

    const HEX_KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    const B64_KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    fn key(seed: u8) -> DataKey {
        DataKey {
            bytes: [seed; KEY_LEN],
        }
    }

    fn sealer() -> Sealer {
        Sealer::new(&DataKey::from_text(HEX_KEY).unwrap())
    }

    fn decode(sealed: &str) -> Vec<u8> {
        STANDARD
            .decode(sealed.strip_prefix(SEALED_PREFIX).unwrap())
            .unwrap()
    }

    fn encode(blob: &[u8]) -> String {
        format!("{SEALED_PREFIX}{}", STANDARD.encode(blob))
    }

    #[test]
    fn round_trip() {
        let s = sealer();
        for text in [
            "",
            "Maria Santos, +63 917 555 0101",
            "Ayşe Yılmaz",
            "ماريا: أخذوا جواز سفري",
            "नमस्ते, मेरो पासपोर्ट लिइयो",
            "ፓስፖርቴን ወሰዱ",
            "パスポートを取られました",
            "emoji 🙏🏽 and\nnew lines\tand tabs",
            &"long narrative ".repeat(2000),
        ] {
            let sealed = s.seal("complaint:7:narrative", text);
            assert!(sealed.starts_with("v1:"));
            assert_eq!(
                s.open("complaint:7:narrative", &sealed).as_deref(),
                Ok(text)
            );
        }
    }

    #[test]
    fn wrong_context_fails() {
        let s = sealer();
        let sealed = s.seal("complaint:1:narrative", "they kept my passport");
        for context in [
            "complaint:2:narrative",
            "complaint:1:contact",
            "complaint:1:narrative ",
            "",
        ] {
            assert_eq!(s.open(context, &sealed), Err(OpenError), "{context:?}");
        }
        let empty = s.seal("", "x");
        assert_eq!(s.open("complaint:1:narrative", &empty), Err(OpenError));
    }

    #[test]
    fn tampered_values_fail() {
        let s = sealer();
        let sealed = s.seal("c", "they kept my passport");
        let blob = decode(&sealed);
        // Every bit of nonce, ciphertext and tag matters.
        for i in 0..blob.len() {
            for bit in 0..8 {
                let mut damaged = blob.clone();
                damaged[i] ^= 1 << bit;
                assert_eq!(s.open("c", &encode(&damaged)), Err(OpenError), "{i}:{bit}");
            }
        }
        let mut longer = blob.clone();
        longer.push(0);
        for damaged in [
            encode(&blob[..blob.len() - 1]),
            encode(&blob[..NONCE_LEN + TAG_LEN]),
            encode(&blob[..NONCE_LEN]),
            encode(&longer),
            encode(&[]),
            sealed.replacen("v1:", "v2:", 1),
            sealed.replacen("v1:", "", 1),
            format!("{sealed}="),
            format!("{sealed} "),
            "v1:not base64!".to_string(),
            String::new(),
            "they kept my passport".to_string(),
        ] {
            assert_eq!(s.open("c", &damaged), Err(OpenError), "{damaged:?}");
        }
    }

    #[test]
    fn different_key_fails() {
        let sealed = Sealer::new(&key(1)).seal("c", "secret");
        assert_eq!(Sealer::new(&key(2)).open("c", &sealed), Err(OpenError));
        assert_eq!(
            Sealer::new(&key(1)).open("c", &sealed).as_deref(),
            Ok("secret")
        );
    }

    #[test]
    fn sealing_twice_gives_different_output() {
        let s = sealer();
        let a = s.seal("c", "same text");
        let b = s.seal("c", "same text");
        assert_ne!(a, b);
        assert_ne!(decode(&a)[..NONCE_LEN], decode(&b)[..NONCE_LEN]);
        assert_eq!(s.open("c", &a), s.open("c", &b));
    }

    #[test]
    fn output_does_not_contain_the_plaintext() {
        let s = sealer();
        let text = "Maria Santos maria@example.org";
        let sealed = s.seal("complaint:1:contact", text);
        assert!(!sealed.contains(text));
        assert!(!sealed.contains("Maria"));
        assert!(!sealed.contains(&STANDARD.encode(text)[..12]));
        assert!(sealed[3..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'='));
        assert_eq!(decode(&sealed).len(), NONCE_LEN + text.len() + TAG_LEN);
    }

    #[test]
    fn values_sealed_by_this_version_stay_openable() {
        // Frozen output of seal_with_nonce, cross-checked against an independent
        // XChaCha20-Poly1305 (HChaCha20 + IETF ChaCha20-Poly1305 from Python's
        // `cryptography`). If this test fails, values already stored would no longer
        // open: change the format only together with a new prefix.
        let s = sealer();
        let nonce: [u8; NONCE_LEN] = std::array::from_fn(|i| u8::try_from(i).unwrap() + 100);
        let sealed = s.seal_with_nonce("complaint:1:narrative", "they kept my passport", &nonce);
        assert_eq!(sealed, FROZEN);
        assert_eq!(
            s.open("complaint:1:narrative", FROZEN).as_deref(),
            Ok("they kept my passport")
        );
    }
    const FROZEN: &str =
        "v1:ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7CBucyd9F7PLzEPBGhh/cuijLPQOQs5DBWo+gFb+a0AYw/1/xoA==";

    #[test]
    fn sealer_is_shareable_between_threads() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Sealer>();
        let s = sealer();
        let sealed = std::thread::spawn({
            let s = s.clone();
            move || s.seal("c", "from another thread")
        })
        .join()
        .unwrap();
        assert_eq!(s.open("c", &sealed).as_deref(), Ok("from another thread"));
    }

    #[test]
    fn from_text_accepts_hex_and_base64() {
        let reference = DataKey::from_text(HEX_KEY).unwrap();
        assert_eq!(reference.bytes[31], 31);
        for text in [
            HEX_KEY.to_string(),
            HEX_KEY.to_uppercase(),
            format!("  {HEX_KEY}\n"),
            B64_KEY.to_string(),
            B64_KEY.trim_end_matches('=').to_string(),
            format!("{B64_KEY}\n"),
        ] {
            let k = DataKey::from_text(&text).unwrap();
            assert_eq!(k.bytes, reference.bytes, "{text:?}");
        }
    }

    #[test]
    fn from_text_rejects_wrong_lengths_and_garbage_without_repeating_them() {
        for text in [
            String::new(),
            "   ".to_string(),
            HEX_KEY[..62].to_string(),
            format!("{HEX_KEY}00"),
            HEX_KEY.replace('0', "g"),
            STANDARD.encode([7u8; 31]),
            STANDARD.encode([7u8; 33]),
            STANDARD.encode([7u8; 64]),
            "not a key at all".to_string(),
            "correct horse battery staple correct horse battery staple 12345".to_string(),
            // Base64 in the URL-safe alphabet is not standard base64.
            base64::engine::general_purpose::URL_SAFE.encode([0xfbu8; 32]),
        ] {
            let err = DataKey::from_text(&text).unwrap_err();
            assert!(matches!(err, KeyError::BadText), "{text:?}");
            let message = err.to_string();
            assert!(message.contains("FAIRRECRUIT_DATA_KEY"));
            let trimmed = text.trim();
            if !trimmed.is_empty() {
                assert!(!message.contains(trimmed), "{message}");
                assert!(
                    !message.contains(&trimmed[..trimmed.len().min(8)]),
                    "{message}"
                );
            }
        }
    }

    #[test]
    fn fingerprint_is_stable_and_short() {
        let a = DataKey::from_text(HEX_KEY).unwrap();
        let b = DataKey::from_text(B64_KEY).unwrap();
        assert_eq!(a.fingerprint(), b.fingerprint());
        assert_eq!(a.fingerprint(), a.fingerprint());
        assert_eq!(a.fingerprint().len(), 8);
        assert!(a
            .fingerprint()
            .bytes()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        // SHA-256 of 32 zero bytes starts 66687aad.
        assert_eq!(key(0).fingerprint(), "66687aad");
        assert_ne!(key(1).fingerprint(), key(2).fingerprint());
    }

    #[test]
    fn debug_shows_no_key_material() {
        let k = DataKey::from_text(HEX_KEY).unwrap();
        let s = Sealer::new(&k);
        for shown in [format!("{k:?}"), format!("{s:?}"), format!("{s:#?}")] {
            assert!(shown.contains(&k.fingerprint()), "{shown}");
            assert!(!shown.contains(&HEX_KEY[..16]), "{shown}");
            assert!(!shown.contains(&B64_KEY[..16]), "{shown}");
            assert!(!shown.contains("[0, 1, 2"), "{shown}");
        }
    }

    #[test]
    fn load_or_create_creates_a_private_file_then_reuses_it() {
        let dir = tempfile::tempdir().unwrap();
        let (first, created) = DataKey::load_or_create(dir.path()).unwrap();
        assert!(created);
        let path = dir.path().join("data.key");
        let content = std::fs::read_to_string(&path).unwrap();
        assert_eq!(content.len(), 45);
        assert!(content.ends_with('\n'));
        assert_eq!(STANDARD.decode(content.trim()).unwrap(), first.bytes);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }

        let (second, created) = DataKey::load_or_create(dir.path()).unwrap();
        assert!(!created);
        assert_eq!(second.fingerprint(), first.fingerprint());
        let sealed = Sealer::new(&first).seal("c", "kept across restarts");
        assert_eq!(
            Sealer::new(&second).open("c", &sealed).as_deref(),
            Ok("kept across restarts")
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), content);
    }

    #[test]
    fn load_or_create_reads_a_key_written_by_an_operator() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("data.key"), HEX_KEY).unwrap();
        let (k, created) = DataKey::load_or_create(dir.path()).unwrap();
        assert!(!created);
        assert_eq!(
            k.fingerprint(),
            DataKey::from_text(HEX_KEY).unwrap().fingerprint()
        );
    }

    #[test]
    fn load_or_create_refuses_a_broken_key_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.key");
        let content = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\n";
        std::fs::write(&path, content).unwrap();
        let err = DataKey::load_or_create(dir.path()).unwrap_err();
        assert!(matches!(err, KeyError::BadFile { .. }), "{err:?}");
        let message = err.to_string();
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(message.contains("backup"), "{message}");
        assert!(!message.contains("MIIEvQIBADANBgkq"), "{message}");
        // Never overwritten.
        assert_eq!(std::fs::read_to_string(&path).unwrap(), content);
    }

    #[test]
    fn load_or_create_refuses_an_empty_key_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.key");
        std::fs::write(&path, "").unwrap();
        let err = DataKey::load_or_create(dir.path()).unwrap_err();
        assert!(matches!(err, KeyError::EmptyFile { .. }), "{err:?}");
        assert!(err.to_string().contains(&path.display().to_string()));
        assert_eq!(std::fs::read(&path).unwrap(), b"");
    }

    #[test]
    fn load_or_create_names_the_path_when_the_directory_is_missing() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-such-dir");
        let err = DataKey::load_or_create(&missing).unwrap_err();
        assert!(matches!(err, KeyError::Create { .. }), "{err:?}");
        assert!(err.to_string().contains(&missing.display().to_string()));
        assert!(!missing.exists());
    }

    #[test]
    fn concurrent_starts_agree_on_one_key() {
        for _ in 0..10 {
            let dir = tempfile::tempdir().unwrap();
            let threads = 8;
            let barrier = Arc::new(Barrier::new(threads));
            let results: Vec<(String, bool)> = (0..threads)
                .map(|_| {
                    let barrier = Arc::clone(&barrier);
                    let dir = dir.path().to_path_buf();
                    std::thread::spawn(move || {
                        barrier.wait();
                        let (k, created) = DataKey::load_or_create(&dir).unwrap();
                        (k.fingerprint(), created)
                    })
                })
                .collect::<Vec<_>>()
                .into_iter()
                .map(|h| h.join().unwrap())
                .collect();
            assert_eq!(results.iter().filter(|(_, created)| *created).count(), 1);
            assert!(results.iter().all(|(f, _)| *f == results[0].0));
        }
    }
}
