//! The diary's session: what happens when the diary changes, is saved, locks, is left,
//! or is changed by another tab. Plain Rust without IO: the browser adapter feeds
//! [`Event`]s (what the user did, what storage and WebCrypto answered) and runs the
//! [`Effect`]s returned, in order. Every rule about when to seal, write, lock or keep a
//! copy lives here, tested natively.
//!
//! The rules that protect the owner:
//! - locking always works, even with a change not yet written: the change is sealed, the
//!   plaintext and the key are dropped, and the sealed text waits in memory (and in the
//!   tab) until storage has room;
//! - a damaged, missing or replaced diary that was protected stays closed and is reported;
//!   it is never replaced by an empty unprotected one;
//! - nothing written by this tab with an old key overwrites a newer key set elsewhere;
//! - a copy kept in the tab is written back only over the text it was meant to replace,
//!   and only under the same device key, so a wipe cannot be undone by another tab.

use super::envelope::{Lock, SealedDiary};
use super::journal::Diary;
use super::secret::SecretKind;
use super::stored::{fingerprint, Damage, Kept, Stored};

/// A diary with a secret locks itself once the app has been in the background this long:
/// time enough to pick a file or take a call; a phone picked up later shows nothing.
pub const AUTO_LOCK_AFTER_MS: i64 = 60_000;
/// How often the adapter sends a [`Event::Tick`]: a failed write or seal is tried again.
pub const TICK_EVERY_MS: i64 = 20_000;

/// Why the diary can only live in this page's memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemoryOnly {
    /// The browser refuses localStorage (site data blocked, some private modes).
    StorageBlocked,
    /// No WebCrypto or no IndexedDB: nothing could be kept safely.
    NoSafeStorage,
}

/// Why a stored diary cannot be opened here. It stays where it is, untouched, until the
/// owner chooses to restore a backup or start again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// The device key is gone (site data partly cleared, a copied profile, another phone).
    DeviceKeyLost,
    /// IndexedDB or WebCrypto refuse right now, so the device key cannot be reached.
    DeviceUnavailable,
    /// A newer Repère wrote it: update the app.
    FutureVersion,
    /// It was protected and is now damaged (kept aside).
    Damaged(Damage),
    /// It was protected and now is not: replaced by an unprotected one, or removed.
    Replaced,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Waiting for the stored text and the device key.
    Starting,
    MemoryOnly(MemoryOnly),
    /// The device key opens the stored diary; the adapter is doing it.
    Opening,
    /// On screen, the key in hand.
    Open,
    /// Closed on screen; the last change is being sealed before the key is dropped.
    Locking,
    /// Only the sealed text is known; the secret opens it.
    Locked,
    Unreadable(Unreadable),
}

/// The device key's state, read from IndexedDB at start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Device {
    /// `protected`: what the last diary sealed with this key was protected by, so that a
    /// protected diary that disappears or loses its lock is noticed.
    Ready {
        id: String,
        protected: Option<SecretKind>,
    },
    Missing,
    Unavailable,
}

/// Everything read at start, before anything is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Startup {
    pub storage_available: bool,
    pub raw: Option<String>,
    pub stored: Stored,
    pub device: Device,
    pub kept: Option<Kept>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    /// A change is being sealed or written.
    Pending,
    /// The last write failed (`full`: no room); saving goes on trying.
    Failed {
        full: bool,
    },
}

/// What the owner is told once (the adapter shows it until dismissed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The stored text could not be read; it was kept aside (or could not be moved yet).
    Damaged(Damage),
    /// Changes kept in this tab could not join: the key changed since.
    KeptCopyDropped,
    /// The secret was changed in another window while this one had a change not yet
    /// written: that change waits sealed for the next unlock.
    CarriedOver,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    Started(Startup),
    /// The adapter opened the stored diary with the device key, or the secret; `sealed`
    /// is what it opened. `kind` is `None` for the device lock.
    Opened {
        sealed: SealedDiary,
        kind: Option<SecretKind>,
    },
    /// The device key did not open a diary sealed only under it.
    OpenFailed,
    /// The diary in memory changed.
    Changed,
    Sealed {
        generation: u64,
        epoch: u64,
        sealed: SealedDiary,
    },
    SealFailed {
        generation: u64,
        epoch: u64,
    },
    Written {
        generation: u64,
    },
    WriteFailed {
        generation: u64,
        full: bool,
    },
    /// Every [`TICK_EVERY_MS`].
    Tick,
    Hidden {
        wall_ms: i64,
        mono_ms: f64,
    },
    Shown {
        wall_ms: i64,
        mono_ms: f64,
    },
    AutoLockTimer {
        token: u64,
    },
    LockRequested,
    /// The page is being left (closed, reloaded, "leave now").
    Leaving,
    /// Another tab wrote the diary (`Stored::Nothing`: it was wiped or removed).
    OtherTabWrote(Stored),
    /// Merged into memory from another tab's text (`added`: entries of ours it lacked).
    Adopted {
        added: usize,
    },
    /// The secret was set, changed or removed: a new data key sealed the diary as it was
    /// at `generation` (from [`Session::begin_rekey`]), and that text is written already.
    Rekeyed {
        sealed: SealedDiary,
        generation: u64,
    },
    /// Setting, changing or removing the secret failed; nothing changed.
    RekeyFailed,
    /// Locked notes merged into memory; they leave the inbox once that is written.
    NotesMerged {
        ephemeral_keys: Vec<Vec<u8>>,
    },
    /// Quick wipe in this tab.
    WipeRequested,
    /// Another tab wiped the diary.
    Wiped,
    /// Restore a backup or start again after [`Phase::Unreadable`]: the unreadable text
    /// is moved aside first, never destroyed.
    StartAgain,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Open `sealed` with the device key and put it in memory (`keep_ours`: add our
    /// entries it lacks), then send `Opened` (and `Adopted`) or `OpenFailed`.
    OpenWithDevice {
        sealed: SealedDiary,
        keep_ours: bool,
    },
    /// Put this diary in memory (format 1 read at start).
    UseDiary(Diary),
    /// Snapshot the diary in memory now, seal it with the key of `epoch`, then send
    /// `Sealed` or `SealFailed`.
    Seal {
        generation: u64,
        epoch: u64,
    },
    /// Write this text to storage now and send `Written` or `WriteFailed`.
    Write {
        generation: u64,
        text: String,
    },
    /// Keep this in the tab (sessionStorage).
    KeepInTab(Kept),
    ForgetKeptInTab,
    /// Open this other-tab or kept text with the current key and merge it into memory
    /// (`keep_ours`: add our entries it lacks; else take it as it is), then send `Adopted`.
    Adopt {
        sealed: SealedDiary,
        keep_ours: bool,
    },
    /// Seal the diary in memory for the next unlock under the new key (the inbox's
    /// public key), since this tab's key no longer fits.
    CarryOver,
    /// Move this unreadable text aside (never overwritten, downloadable).
    MoveAside(String),
    /// Take the plaintext diary off screen and out of memory.
    CloseDiary,
    /// Forget the data key.
    ForgetKey,
    /// Call back with `AutoLockTimer { token }` after `after_ms`.
    ArmAutoLock {
        token: u64,
        after_ms: i64,
    },
    /// Hide the diary's contents (the app switcher's thumbnail), or show them again.
    Veil(bool),
    /// These locked notes are in the written diary now: take them out of the inbox.
    ForgetNotes(Vec<Vec<u8>>),
    /// Erase everything the diary keeps, here (storage, tab, IndexedDB).
    EraseStorage,
}

#[derive(Clone, Debug, Default)]
struct Save {
    /// Bumped at each change: which state of the diary in memory a seal holds.
    generation: u64,
    /// Bumped when the data key changes: a seal made with an older key is stale.
    epoch: u64,
    sealing: Option<u64>,
    /// The newest generation sealed, and the newest written.
    sealed_generation: u64,
    written_generation: u64,
    /// The newest sealed text of this key (written or not): what a lock keeps.
    sealed: Option<SealedDiary>,
    /// The newest sealed text not yet written.
    unwritten: Option<(u64, String)>,
    failed: Option<bool>,
    /// Notes merged at this generation; forgotten from the inbox once it is written.
    merged_notes: Vec<(u64, Vec<Vec<u8>>)>,
}

impl Save {
    fn dirty(&self) -> bool {
        self.generation > self.sealed_generation
    }
}

#[derive(Clone, Debug)]
struct Hidden {
    wall_ms: i64,
    mono_ms: f64,
    token: u64,
}

#[derive(Debug)]
pub struct Session {
    phase: Phase,
    protection: Option<SecretKind>,
    save: Save,
    hidden: Option<Hidden>,
    timers: u64,
    /// The text that makes the stored diary unreadable, kept for `StartAgain`.
    unreadable_raw: Option<String>,
    /// The device key's id, for the kept copy.
    device_id: Option<String>,
    /// Fingerprint of what storage holds, as far as this tab knows.
    stored_fingerprint: Option<u64>,
    unreadable_protected: bool,
    /// A kept copy waiting for the key to be merged (written over another text).
    kept_to_merge: Option<SealedDiary>,
    notices: Vec<Notice>,
    /// A new key is being made: nothing is sealed with the old one meanwhile.
    rekeying: bool,
    /// Started again after a protected diary was lost: nothing is written until a secret
    /// is set.
    must_protect: bool,
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

impl Session {
    pub fn new() -> Session {
        Session {
            phase: Phase::Starting,
            protection: None,
            save: Save::default(),
            hidden: None,
            timers: 0,
            unreadable_raw: None,
            unreadable_protected: false,
            device_id: None,
            stored_fingerprint: None,
            kept_to_merge: None,
            notices: Vec::new(),
            rekeying: false,
            must_protect: false,
        }
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// What protects the stored diary besides the device key.
    pub fn protection(&self) -> Option<SecretKind> {
        self.protection
    }

    pub fn save_state(&self) -> SaveState {
        match self.save.failed {
            Some(full) => SaveState::Failed { full },
            None if self.save.dirty() || self.save.unwritten.is_some() => SaveState::Pending,
            None => SaveState::Saved,
        }
    }

    /// The newest sealed text (what unlocking opens).
    pub fn sealed(&self) -> Option<&SealedDiary> {
        self.save.sealed.as_ref()
    }

    pub fn epoch(&self) -> u64 {
        self.save.epoch
    }

    /// Whether [`Event::StartAgain`] will require a secret before anything is written.
    pub fn start_again_needs_secret(&self) -> bool {
        self.unreadable_protected
    }

    /// The text that cannot be opened here, for the owner to download.
    pub fn unreadable_text(&self) -> Option<&str> {
        self.unreadable_raw.as_deref()
    }

    /// Whether a secret must be set before anything is written (see `StartAgain`).
    pub fn must_protect(&self) -> bool {
        self.must_protect
    }

    /// A change exists only in memory (not sealed yet, or sealed but not written).
    pub fn unsaved(&self) -> bool {
        self.save.dirty() || self.save.unwritten.is_some()
    }

    /// Notices to show, oldest first; the adapter takes them.
    pub fn take_notices(&mut self) -> Vec<Notice> {
        std::mem::take(&mut self.notices)
    }

    pub fn handle(&mut self, event: Event) -> Vec<Effect> {
        // The stored diary is read only when a diary screen is first shown: until then
        // there is nothing to lock, save or compare with another tab, and what storage
        // holds is read afresh at the start. A wipe is always done, and the page is
        // unveiled when it comes back on screen.
        let waits_for_start = !matches!(
            event,
            Event::Started(_)
                | Event::WipeRequested
                | Event::Wiped
                | Event::Hidden { .. }
                | Event::Shown { .. }
        );
        if self.phase == Phase::Starting && waits_for_start {
            return Vec::new();
        }
        match event {
            Event::Started(startup) => self.start(startup),
            Event::Opened { sealed, kind } => self.opened(sealed, kind),
            Event::OpenFailed => self.open_failed(),
            Event::Changed => self.changed(),
            Event::Sealed {
                generation,
                epoch,
                sealed,
            } => self.sealed_text(generation, epoch, sealed),
            Event::SealFailed { generation, epoch } => self.seal_failed(generation, epoch),
            Event::Written { generation } => self.written(generation),
            Event::WriteFailed { generation, full } => self.write_failed(generation, full),
            Event::Tick => self.tick(),
            Event::Hidden { wall_ms, mono_ms } => self.hidden(wall_ms, mono_ms),
            Event::Shown { wall_ms, mono_ms } => self.shown(wall_ms, mono_ms),
            Event::AutoLockTimer { token } => self.auto_lock_timer(token),
            Event::LockRequested => self.lock(),
            Event::Leaving => self.leaving(),
            Event::OtherTabWrote(stored) => self.other_tab_wrote(stored),
            Event::Adopted { added } => self.adopted(added),
            Event::Rekeyed { sealed, generation } => self.rekeyed(sealed, generation),
            Event::NotesMerged { ephemeral_keys } => self.notes_merged(ephemeral_keys),
            Event::WipeRequested => {
                let mut effects = vec![Effect::EraseStorage];
                effects.extend(self.wiped());
                effects
            }
            Event::Wiped => self.wiped(),
            Event::RekeyFailed => self.rekey_failed(),
            Event::StartAgain => self.start_again(),
        }
    }

    fn start(&mut self, startup: Startup) -> Vec<Effect> {
        if self.phase != Phase::Starting {
            return Vec::new();
        }
        if !startup.storage_available {
            self.phase = Phase::MemoryOnly(MemoryOnly::StorageBlocked);
            return Vec::new();
        }
        let mut effects = Vec::new();
        let (marker, device_id) = match &startup.device {
            Device::Ready { id, protected } => (*protected, Some(id.clone())),
            _ => (None, None),
        };
        self.device_id = device_id.clone();
        let mut raw = startup.raw;
        let mut stored = startup.stored;
        self.stored_fingerprint = raw.as_deref().map(fingerprint);
        if let Some(kept) = startup.kept {
            let same_device = device_id.as_deref() == Some(kept.device.as_str());
            let sealed = match super::stored::classify(Some(&kept.text)) {
                Stored::Sealed(sealed) if same_device => Some(sealed),
                _ => None,
            };
            match sealed {
                // Nothing was written since: the kept text is the newest diary.
                Some(sealed) if kept.base == self.stored_fingerprint => {
                    self.save.generation = 1;
                    self.save.sealed_generation = 1;
                    self.save.unwritten = Some((1, kept.text.clone()));
                    effects.push(Effect::Write {
                        generation: 1,
                        text: kept.text.clone(),
                    });
                    raw = Some(kept.text);
                    stored = Stored::Sealed(sealed);
                }
                // Another tab wrote since: merge it once the key is at hand, if it fits.
                Some(sealed) => self.kept_to_merge = Some(sealed),
                // Wiped since, or sealed under another device key: it must not come back.
                None => effects.push(Effect::ForgetKeptInTab),
            }
        }
        let device_ready = matches!(startup.device, Device::Ready { .. });
        match stored {
            Stored::Nothing => {
                if marker.is_some() {
                    self.unreadable(Unreadable::Replaced, None, true);
                } else if startup.device == Device::Unavailable {
                    self.phase = Phase::MemoryOnly(MemoryOnly::NoSafeStorage);
                } else {
                    self.phase = Phase::Open;
                }
            }
            Stored::Sealed(sealed) => match startup.device {
                Device::Unavailable => self.unreadable(Unreadable::DeviceUnavailable, raw, false),
                Device::Missing => {
                    let protected = sealed.lock.secret_kind().is_some();
                    self.unreadable(Unreadable::DeviceKeyLost, raw, protected);
                }
                Device::Ready { .. } => match sealed.lock.secret_kind() {
                    None if marker.is_some() => self.unreadable(Unreadable::Replaced, raw, true),
                    None => {
                        self.phase = Phase::Opening;
                        self.unreadable_raw = raw;
                        effects.push(Effect::OpenWithDevice {
                            sealed,
                            keep_ours: false,
                        });
                    }
                    Some(kind) => {
                        self.protection = Some(kind);
                        self.save.sealed = Some(sealed);
                        self.phase = Phase::Locked;
                    }
                },
            },
            Stored::LegacyPlain(diary) => {
                if marker.is_some() {
                    self.unreadable(Unreadable::Replaced, raw, true);
                } else if startup.device == Device::Unavailable {
                    // Read it, but write nothing until the device key can be kept.
                    self.phase = Phase::MemoryOnly(MemoryOnly::NoSafeStorage);
                    effects.push(Effect::UseDiary(diary));
                } else {
                    // Sealed in format 2 at once.
                    self.phase = Phase::Open;
                    effects.push(Effect::UseDiary(diary));
                    effects.extend(self.changed());
                }
            }
            Stored::LegacySealed(_) => {
                if device_ready || startup.device == Device::Missing {
                    // The PIN opens it; it is then sealed again in format 2.
                    self.protection = Some(SecretKind::Pin);
                    self.phase = Phase::Locked;
                } else {
                    self.unreadable(Unreadable::DeviceUnavailable, raw, false);
                }
            }
            Stored::Damaged(damage) if damage.is_future_version() => {
                self.unreadable(Unreadable::FutureVersion, None, false);
            }
            Stored::Damaged(damage) => {
                effects.push(Effect::MoveAside(raw.unwrap_or_default()));
                if marker.is_some() {
                    self.unreadable(Unreadable::Damaged(damage), None, true);
                } else {
                    self.notices.push(Notice::Damaged(damage));
                    self.phase = if startup.device == Device::Unavailable {
                        Phase::MemoryOnly(MemoryOnly::NoSafeStorage)
                    } else {
                        Phase::Open
                    };
                }
            }
        }
        effects
    }

    /// `protected`: the diary had a secret, so starting again must set one first.
    fn unreadable(&mut self, why: Unreadable, raw: Option<String>, protected: bool) {
        self.phase = Phase::Unreadable(why);
        self.unreadable_raw = raw;
        self.unreadable_protected = protected;
    }

    fn opened(&mut self, sealed: SealedDiary, kind: Option<SecretKind>) -> Vec<Effect> {
        if !matches!(self.phase, Phase::Opening | Phase::Locked) {
            return Vec::new();
        }
        self.phase = Phase::Open;
        self.protection = kind;
        self.save.sealed = Some(sealed);
        self.save.epoch += 1;
        self.unreadable_raw = None;
        let mut effects = Vec::new();
        if let Some(kept) = self.kept_to_merge.take() {
            let current = self.save.sealed.as_ref().expect("just set");
            if kept.same_key_as(current) {
                effects.push(Effect::Adopt {
                    sealed: kept,
                    keep_ours: true,
                });
            } else {
                self.notices.push(Notice::KeptCopyDropped);
            }
            effects.push(Effect::ForgetKeptInTab);
        }
        effects
    }

    fn open_failed(&mut self) -> Vec<Effect> {
        if self.phase != Phase::Opening {
            return Vec::new();
        }
        // Sealed under this device's key and yet it does not open: damaged or forged.
        // It stays where it is until the owner chooses what to do.
        self.phase = Phase::Unreadable(Unreadable::Damaged(Damage::Envelope(
            super::envelope::EnvelopeError::Malformed,
        )));
        Vec::new()
    }

    fn changed(&mut self) -> Vec<Effect> {
        if self.phase != Phase::Open {
            return Vec::new();
        }
        self.save.generation += 1;
        self.seal_if_idle()
    }

    fn seal_if_idle(&mut self) -> Vec<Effect> {
        if self.save.sealing.is_some() || !self.save.dirty() || self.rekeying || self.must_protect {
            return Vec::new();
        }
        self.save.sealing = Some(self.save.generation);
        vec![Effect::Seal {
            generation: self.save.generation,
            epoch: self.save.epoch,
        }]
    }

    fn sealed_text(&mut self, generation: u64, epoch: u64, sealed: SealedDiary) -> Vec<Effect> {
        if epoch != self.save.epoch {
            return Vec::new(); // sealed with a key that is no longer the diary's
        }
        if self.save.sealing == Some(generation) {
            self.save.sealing = None;
        }
        let mut effects = Vec::new();
        if generation > self.save.sealed_generation {
            self.save.sealed_generation = generation;
            let text = sealed.to_json();
            self.save.sealed = Some(sealed);
            self.save.unwritten = Some((generation, text.clone()));
            effects.push(Effect::Write { generation, text });
        }
        if self.phase == Phase::Locking {
            if !self.save.dirty() && self.save.sealing.is_none() {
                self.phase = Phase::Locked;
                effects.push(Effect::ForgetKey);
            }
        } else {
            effects.extend(self.seal_if_idle());
        }
        effects
    }

    fn seal_failed(&mut self, generation: u64, epoch: u64) -> Vec<Effect> {
        if epoch == self.save.epoch && self.save.sealing == Some(generation) {
            self.save.sealing = None;
        }
        // Tried again at the next tick or change.
        Vec::new()
    }

    fn written(&mut self, generation: u64) -> Vec<Effect> {
        let mut effects = Vec::new();
        if self
            .save
            .unwritten
            .as_ref()
            .is_some_and(|(unwritten, _)| *unwritten == generation)
        {
            let (_, text) = self.save.unwritten.take().expect("checked");
            self.stored_fingerprint = Some(fingerprint(&text));
            self.save.failed = None;
            effects.push(Effect::ForgetKeptInTab);
        }
        self.save.written_generation = self.save.written_generation.max(generation);
        let written = self.save.written_generation;
        let (done, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut self.save.merged_notes)
            .into_iter()
            .partition(|(at, _)| *at <= written);
        self.save.merged_notes = waiting;
        let keys: Vec<Vec<u8>> = done.into_iter().flat_map(|(_, keys)| keys).collect();
        if !keys.is_empty() {
            effects.push(Effect::ForgetNotes(keys));
        }
        effects
    }

    fn write_failed(&mut self, generation: u64, full: bool) -> Vec<Effect> {
        if self
            .save
            .unwritten
            .as_ref()
            .is_some_and(|(unwritten, _)| *unwritten == generation)
        {
            self.save.failed = Some(full);
        }
        Vec::new()
    }

    fn tick(&mut self) -> Vec<Effect> {
        let mut effects = Vec::new();
        if let Some((generation, text)) = &self.save.unwritten {
            effects.push(Effect::Write {
                generation: *generation,
                text: text.clone(),
            });
        }
        if self.phase == Phase::Open {
            effects.extend(self.seal_if_idle());
        } else if self.phase == Phase::Locking && self.save.sealing.is_none() {
            // The last seal failed: try again, the key is still at hand.
            self.save.sealing = Some(self.save.generation);
            effects.push(Effect::Seal {
                generation: self.save.generation,
                epoch: self.save.epoch,
            });
        }
        effects
    }

    fn hidden(&mut self, wall_ms: i64, mono_ms: f64) -> Vec<Effect> {
        self.timers += 1;
        self.hidden = Some(Hidden {
            wall_ms,
            mono_ms,
            token: self.timers,
        });
        let mut effects = self.tick();
        if self.phase == Phase::Open && self.protection.is_some() {
            effects.push(Effect::Veil(true));
            effects.push(Effect::ArmAutoLock {
                token: self.timers,
                after_ms: AUTO_LOCK_AFTER_MS,
            });
        }
        effects
    }

    /// Back on screen: lock if the page was away long enough by either clock. Timers
    /// sleep in the background, the monotonic clock may stop while the phone sleeps, and
    /// the wall clock can be set back: a clock that went backwards counts as too long.
    fn shown(&mut self, wall_ms: i64, mono_ms: f64) -> Vec<Effect> {
        let Some(hidden) = self.hidden.take() else {
            return Vec::new();
        };
        let wall = wall_ms - hidden.wall_ms;
        let mono = mono_ms - hidden.mono_ms;
        let away_too_long =
            !(0..AUTO_LOCK_AFTER_MS).contains(&wall) || mono >= AUTO_LOCK_AFTER_MS as f64;
        let mut effects = Vec::new();
        if away_too_long {
            effects.extend(self.lock());
        }
        effects.push(Effect::Veil(false));
        effects
    }

    fn auto_lock_timer(&mut self, token: u64) -> Vec<Effect> {
        match &self.hidden {
            Some(hidden) if hidden.token == token => self.lock(),
            _ => Vec::new(),
        }
    }

    /// Locks now. A change not yet sealed is sealed first, off screen; a sealed text not
    /// yet written waits in memory. The key and the plaintext are gone either way.
    fn lock(&mut self) -> Vec<Effect> {
        if self.phase != Phase::Open || self.protection.is_none() {
            return Vec::new();
        }
        let mut effects = Vec::new();
        if self.save.dirty() {
            self.phase = Phase::Locking;
            if self.save.sealing != Some(self.save.generation) {
                self.save.sealing = Some(self.save.generation);
                effects.push(Effect::Seal {
                    generation: self.save.generation,
                    epoch: self.save.epoch,
                });
            }
            effects.push(Effect::CloseDiary);
        } else if self.save.sealing.is_some() {
            self.phase = Phase::Locking;
            effects.push(Effect::CloseDiary);
        } else {
            self.phase = Phase::Locked;
            effects.push(Effect::CloseDiary);
            effects.push(Effect::ForgetKey);
        }
        effects
    }

    fn leaving(&mut self) -> Vec<Effect> {
        let mut effects = self.lock();
        if let (Some((_, text)), Some(device)) = (&self.save.unwritten, &self.device_id) {
            effects.push(Effect::KeepInTab(Kept {
                base: self.stored_fingerprint,
                device: device.clone(),
                text: text.clone(),
            }));
        }
        effects
    }

    fn other_tab_wrote(&mut self, stored: Stored) -> Vec<Effect> {
        let theirs = match stored {
            Stored::Nothing => return self.wiped(),
            Stored::Sealed(theirs) => theirs,
            // Never written by a tab of this version: not ours to follow. It is
            // overwritten by the next save, or judged at the next start.
            _ => return Vec::new(),
        };
        self.stored_fingerprint = Some(fingerprint(&theirs.to_json()));
        let same_key = self
            .save
            .sealed
            .as_ref()
            .is_some_and(|ours| ours.same_key_as(&theirs));
        match self.phase {
            Phase::Open if same_key => {
                let keep_ours = self.unsaved();
                self.save.sealed = Some(theirs.clone());
                self.save.unwritten = None;
                self.save.failed = None;
                vec![Effect::Adopt {
                    sealed: theirs,
                    keep_ours,
                }]
            }
            Phase::Open | Phase::Locking | Phase::Locked => {
                if same_key {
                    // Locked or locking: unlocking opens the newest text.
                    self.save.sealed = Some(theirs);
                    self.save.unwritten = None;
                    return Vec::new();
                }
                self.rekeyed_elsewhere(theirs)
            }
            _ => Vec::new(),
        }
    }

    /// The secret was set, changed or removed in another tab: this tab's key no longer
    /// writes the diary. Nothing sealed with it may overwrite the new text.
    fn rekeyed_elsewhere(&mut self, theirs: SealedDiary) -> Vec<Effect> {
        let had_change = self.unsaved();
        let was_open = matches!(self.phase, Phase::Open | Phase::Locking);
        let protected = theirs.lock.secret_kind().is_some();
        let mut effects = Vec::new();
        if had_change && was_open && protected {
            effects.push(Effect::CarryOver);
            self.notices.push(Notice::CarriedOver);
        }
        self.save = Save {
            epoch: self.save.epoch + 1,
            sealed: Some(theirs.clone()),
            ..Save::default()
        };
        self.protection = theirs.lock.secret_kind();
        self.rekeying = false;
        if was_open && protected {
            effects.push(Effect::CloseDiary);
        }
        effects.push(Effect::ForgetKey);
        match theirs.lock {
            Lock::Device => {
                self.phase = Phase::Opening;
                effects.push(Effect::OpenWithDevice {
                    sealed: theirs,
                    keep_ours: had_change && was_open,
                });
            }
            Lock::Secret { .. } => self.phase = Phase::Locked,
        }
        effects
    }

    fn adopted(&mut self, added: usize) -> Vec<Effect> {
        if added > 0 {
            return self.changed();
        }
        Vec::new()
    }

    /// The adapter starts setting, changing or removing the secret: it snapshots the
    /// diary at the returned generation. Nothing is sealed with the old key meanwhile.
    pub fn begin_rekey(&mut self) -> Option<u64> {
        if self.phase != Phase::Open || self.rekeying {
            return None;
        }
        self.rekeying = true;
        Some(self.save.generation)
    }

    fn rekeyed(&mut self, sealed: SealedDiary, generation: u64) -> Vec<Effect> {
        if self.phase != Phase::Open || !self.rekeying {
            return Vec::new();
        }
        self.rekeying = false;
        self.must_protect = false;
        self.protection = sealed.lock.secret_kind();
        self.save.epoch += 1;
        self.save.sealing = None;
        self.save.sealed_generation = generation;
        self.save.written_generation = generation;
        self.stored_fingerprint = Some(fingerprint(&sealed.to_json()));
        self.save.sealed = Some(sealed);
        self.save.unwritten = None;
        self.save.failed = None;
        let mut effects = vec![Effect::ForgetKeptInTab];
        // Changes made while the new key was being made are sealed with it now.
        effects.extend(self.seal_if_idle());
        effects
    }

    fn rekey_failed(&mut self) -> Vec<Effect> {
        if !self.rekeying {
            return Vec::new();
        }
        self.rekeying = false;
        self.seal_if_idle()
    }

    fn notes_merged(&mut self, ephemeral_keys: Vec<Vec<u8>>) -> Vec<Effect> {
        if ephemeral_keys.is_empty() {
            return Vec::new();
        }
        let effects = self.changed();
        self.save
            .merged_notes
            .push((self.save.generation, ephemeral_keys));
        effects
    }

    fn wiped(&mut self) -> Vec<Effect> {
        let was_open = matches!(
            self.phase,
            Phase::Open | Phase::Locking | Phase::MemoryOnly(_)
        );
        let memory_only = matches!(self.phase, Phase::MemoryOnly(_));
        self.save = Save {
            epoch: self.save.epoch + 1,
            ..Save::default()
        };
        self.protection = None;
        self.kept_to_merge = None;
        self.unreadable_raw = None;
        self.device_id = None;
        self.stored_fingerprint = None;
        self.notices.clear();
        self.hidden = None;
        self.rekeying = false;
        self.must_protect = false;
        if !memory_only {
            self.phase = Phase::Open;
        }
        let mut effects = vec![Effect::ForgetKeptInTab, Effect::ForgetKey];
        if was_open {
            effects.insert(0, Effect::CloseDiary);
        }
        effects
    }

    fn start_again(&mut self) -> Vec<Effect> {
        let allowed = matches!(
            self.phase,
            Phase::Unreadable(
                Unreadable::DeviceKeyLost | Unreadable::Damaged(_) | Unreadable::Replaced
            )
        );
        if !allowed {
            return Vec::new();
        }
        // Never a silent downgrade: a diary that was protected starts again protected.
        self.must_protect = self.unreadable_protected;
        let mut effects = Vec::new();
        if let Some(raw) = self.unreadable_raw.take() {
            effects.push(Effect::MoveAside(raw));
        }
        self.save = Save {
            epoch: self.save.epoch + 1,
            ..Save::default()
        };
        self.protection = None;
        self.phase = Phase::Open;
        effects
    }

    /// The device key the adapter just made or found, for the kept copy.
    pub fn set_device_id(&mut self, id: String) {
        self.device_id = Some(id);
    }
}

#[cfg(test)]
mod tests {
    use super::super::envelope::{Kdf, WRAPPED_ONCE_BYTES, WRAPPED_TWICE_BYTES};
    use super::super::schema::DataError;
    use super::super::stored::classify;
    use super::*;

    const T: i64 = 1_718_000_000_000;

    fn pin_lock() -> Lock {
        Lock::Secret {
            kind: SecretKind::Pin,
            kdf: Kdf::new(vec![7; 16]).unwrap(),
        }
    }

    /// A sealed text: `key` tells data keys apart, `n` tells texts apart.
    fn sealed(lock: Lock, key: u8, n: u8) -> SealedDiary {
        let key_len = match lock {
            Lock::Device => WRAPPED_ONCE_BYTES,
            Lock::Secret { .. } => WRAPPED_TWICE_BYTES,
        };
        SealedDiary::new(lock, vec![key; key_len], vec![n; 12], vec![n; 40]).unwrap()
    }

    fn device(protected: Option<SecretKind>) -> Device {
        Device::Ready {
            id: "device-1".into(),
            protected,
        }
    }

    fn startup(raw: Option<String>, device: Device) -> Startup {
        Startup {
            storage_available: true,
            stored: classify(raw.as_deref()),
            raw,
            device,
            kept: None,
        }
    }

    /// An open diary with a PIN, its text sealed under data key 1 and written.
    fn open_with_pin() -> Session {
        let mut session = Session::new();
        let text = sealed(pin_lock(), 1, 0).to_json();
        session.handle(Event::Started(startup(
            Some(text),
            device(Some(SecretKind::Pin)),
        )));
        assert_eq!(session.phase(), Phase::Locked);
        session.handle(Event::Opened {
            sealed: sealed(pin_lock(), 1, 0),
            kind: Some(SecretKind::Pin),
        });
        assert_eq!(session.phase(), Phase::Open);
        session
    }

    fn seal_of(effects: &[Effect]) -> (u64, u64) {
        effects
            .iter()
            .find_map(|effect| match effect {
                Effect::Seal { generation, epoch } => Some((*generation, *epoch)),
                _ => None,
            })
            .expect("a seal")
    }

    fn writes(effects: &[Effect]) -> Vec<u64> {
        effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::Write { generation, .. } => Some(*generation),
                _ => None,
            })
            .collect()
    }

    /// Changes, seals with `key`, and returns the effects of the seal's arrival.
    fn change_and_seal(session: &mut Session, key: u8, n: u8) -> Vec<Effect> {
        let (generation, epoch) = seal_of(&session.handle(Event::Changed));
        session.handle(Event::Sealed {
            generation,
            epoch,
            sealed: sealed(pin_lock(), key, n),
        })
    }

    #[test]
    fn nothing_happens_before_the_stored_text_is_read() {
        let mut session = Session::new();
        let stored = classify(Some(&sealed(pin_lock(), 1, 0).to_json()));
        for event in [
            Event::Changed,
            Event::Tick,
            Event::LockRequested,
            Event::Leaving,
            Event::OtherTabWrote(stored),
            Event::AutoLockTimer { token: 1 },
            Event::StartAgain,
        ] {
            assert_eq!(session.handle(event), []);
            assert_eq!(session.phase(), Phase::Starting);
        }
        assert!(!session.unsaved());
        session.handle(Event::Started(startup(
            Some(sealed(pin_lock(), 1, 0).to_json()),
            device(Some(SecretKind::Pin)),
        )));
        assert_eq!(session.phase(), Phase::Locked);
    }

    #[test]
    fn a_wipe_is_done_even_before_the_start() {
        let mut session = Session::new();
        assert!(session
            .handle(Event::WipeRequested)
            .contains(&Effect::EraseStorage));
    }

    #[test]
    fn a_fresh_diary_seals_and_writes_each_change() {
        let mut session = Session::new();
        session.handle(Event::Started(startup(None, Device::Missing)));
        assert_eq!(session.phase(), Phase::Open);
        assert_eq!(session.protection(), None);
        let effects = session.handle(Event::Changed);
        assert_eq!(
            effects,
            [Effect::Seal {
                generation: 1,
                epoch: 0
            }]
        );
        assert_eq!(session.save_state(), SaveState::Pending);
        let effects = session.handle(Event::Sealed {
            generation: 1,
            epoch: 0,
            sealed: sealed(Lock::Device, 1, 1),
        });
        assert_eq!(writes(&effects), [1]);
        assert_eq!(
            session.handle(Event::Written { generation: 1 }),
            [Effect::ForgetKeptInTab]
        );
        assert_eq!(session.save_state(), SaveState::Saved);
        assert!(!session.unsaved());
    }

    #[test]
    fn changes_during_a_seal_are_sealed_next_and_never_written_out_of_order() {
        let mut session = open_with_pin();
        let (first, epoch) = seal_of(&session.handle(Event::Changed));
        assert_eq!(session.handle(Event::Changed), [], "one seal at a time");
        let effects = session.handle(Event::Sealed {
            generation: first,
            epoch,
            sealed: sealed(pin_lock(), 1, 1),
        });
        assert_eq!(writes(&effects), [first]);
        let (second, _) = seal_of(&effects);
        assert_eq!(second, first + 1);
        // A lock sealed the newest meanwhile; an older seal arriving late is not written.
        session.handle(Event::Sealed {
            generation: second,
            epoch,
            sealed: sealed(pin_lock(), 1, 2),
        });
        let late = session.handle(Event::Sealed {
            generation: first,
            epoch,
            sealed: sealed(pin_lock(), 1, 1),
        });
        assert_eq!(writes(&late), Vec::<u64>::new());
        assert_eq!(session.sealed(), Some(&sealed(pin_lock(), 1, 2)));
    }

    #[test]
    fn a_full_storage_is_reported_and_tried_again_until_it_works() {
        let mut session = open_with_pin();
        let effects = change_and_seal(&mut session, 1, 1);
        let generation = writes(&effects)[0];
        session.handle(Event::WriteFailed {
            generation,
            full: true,
        });
        assert_eq!(session.save_state(), SaveState::Failed { full: true });
        assert!(session.unsaved());
        assert_eq!(writes(&session.handle(Event::Tick)), [generation]);
        session.handle(Event::Written { generation });
        assert_eq!(session.save_state(), SaveState::Saved);
        assert_eq!(writes(&session.handle(Event::Tick)), Vec::<u64>::new());
    }

    #[test]
    fn lock_without_pending_change_forgets_the_key_at_once() {
        let mut session = open_with_pin();
        let effects = change_and_seal(&mut session, 1, 1);
        session.handle(Event::Written {
            generation: writes(&effects)[0],
        });
        assert_eq!(
            session.handle(Event::LockRequested),
            [Effect::CloseDiary, Effect::ForgetKey]
        );
        assert_eq!(session.phase(), Phase::Locked);
        assert_eq!(
            session.sealed(),
            Some(&sealed(pin_lock(), 1, 1)),
            "unlocking opens the newest"
        );
        assert_eq!(
            session.handle(Event::Changed),
            [],
            "nothing to change while locked"
        );
    }

    #[test]
    fn lock_always_works_even_with_a_change_not_sealed_and_storage_full() {
        let mut session = open_with_pin();
        // A change whose seal has not come back yet, on a phone with no room left.
        let (generation, epoch) = seal_of(&session.handle(Event::Changed));
        let effects = session.handle(Event::LockRequested);
        assert_eq!(
            effects,
            [Effect::CloseDiary],
            "off screen at once; the seal in flight is the last"
        );
        assert_eq!(session.phase(), Phase::Locking);
        let effects = session.handle(Event::Sealed {
            generation,
            epoch,
            sealed: sealed(pin_lock(), 1, 1),
        });
        assert_eq!(writes(&effects), [generation]);
        assert!(effects.contains(&Effect::ForgetKey));
        assert_eq!(session.phase(), Phase::Locked);
        session.handle(Event::WriteFailed {
            generation,
            full: true,
        });
        // Locked, and the sealed change keeps trying to be written, without the key.
        assert_eq!(writes(&session.handle(Event::Tick)), [generation]);
        let kept = session.handle(Event::Leaving);
        assert!(
            matches!(&kept[..], [Effect::KeepInTab(kept)] if kept.text == sealed(pin_lock(), 1, 1).to_json())
        );
        session.handle(Event::Written { generation });
        assert_eq!(session.save_state(), SaveState::Saved);
    }

    #[test]
    fn lock_seals_a_change_made_after_the_seal_in_flight() {
        let mut session = open_with_pin();
        let (first, epoch) = seal_of(&session.handle(Event::Changed));
        session.handle(Event::Changed);
        let effects = session.handle(Event::LockRequested);
        assert_eq!(
            effects,
            [
                Effect::Seal {
                    generation: first + 1,
                    epoch
                },
                Effect::CloseDiary
            ]
        );
        let effects = session.handle(Event::Sealed {
            generation: first,
            epoch,
            sealed: sealed(pin_lock(), 1, 1),
        });
        assert!(
            !effects.contains(&Effect::ForgetKey),
            "the key waits for the last seal"
        );
        assert_eq!(session.phase(), Phase::Locking);
        let effects = session.handle(Event::Sealed {
            generation: first + 1,
            epoch,
            sealed: sealed(pin_lock(), 1, 2),
        });
        assert!(effects.contains(&Effect::ForgetKey));
        assert_eq!(session.phase(), Phase::Locked);
        assert_eq!(session.sealed(), Some(&sealed(pin_lock(), 1, 2)));
    }

    #[test]
    fn a_failed_last_seal_is_tried_again_while_locking() {
        let mut session = open_with_pin();
        let (generation, epoch) = seal_of(&session.handle(Event::Changed));
        session.handle(Event::LockRequested);
        session.handle(Event::SealFailed { generation, epoch });
        assert_eq!(
            session.phase(),
            Phase::Locking,
            "never open again on screen"
        );
        assert_eq!(seal_of(&session.handle(Event::Tick)), (generation, epoch));
    }

    #[test]
    fn without_a_secret_there_is_nothing_to_lock() {
        let mut session = Session::new();
        session.handle(Event::Started(startup(None, Device::Missing)));
        assert_eq!(session.handle(Event::LockRequested), []);
        assert_eq!(session.phase(), Phase::Open);
        assert!(!session
            .handle(Event::Hidden {
                wall_ms: T,
                mono_ms: 0.0
            })
            .iter()
            .any(|e| matches!(e, Effect::ArmAutoLock { .. })));
    }

    #[test]
    fn auto_lock_after_a_minute_away_by_either_clock() {
        let mut session = open_with_pin();
        let effects = session.handle(Event::Hidden {
            wall_ms: T,
            mono_ms: 1_000.0,
        });
        assert!(effects.contains(&Effect::Veil(true)));
        let token = effects
            .iter()
            .find_map(|effect| match effect {
                Effect::ArmAutoLock { token, after_ms } => Some((*token, *after_ms)),
                _ => None,
            })
            .unwrap();
        assert_eq!(token.1, AUTO_LOCK_AFTER_MS);
        // A short switch stays open.
        assert_eq!(
            session.handle(Event::Shown {
                wall_ms: T + 20_000,
                mono_ms: 21_000.0
            }),
            [Effect::Veil(false)]
        );
        assert_eq!(session.phase(), Phase::Open);
        // A timer from an earlier absence does nothing.
        assert_eq!(session.handle(Event::AutoLockTimer { token: token.0 }), []);
        // The timer of this absence locks.
        let effects = session.handle(Event::Hidden {
            wall_ms: T + 30_000,
            mono_ms: 31_000.0,
        });
        let Some(Effect::ArmAutoLock { token, .. }) = effects
            .iter()
            .find(|e| matches!(e, Effect::ArmAutoLock { .. }))
        else {
            panic!("armed")
        };
        session.handle(Event::AutoLockTimer { token: *token });
        assert_eq!(session.phase(), Phase::Locked);

        let cases = [
            ("timers slept: back after 5 min", T + 300_000, 2_000.0),
            (
                "the phone slept: the monotonic clock stopped",
                T + 61_000,
                1_500.0,
            ),
            ("the clock was set back", T - 3_600_000, 2_000.0),
            (
                "the clock was set back to hide a long absence",
                T + 10_000,
                120_000.0,
            ),
        ];
        for (case, wall_ms, mono_ms) in cases {
            let mut session = open_with_pin();
            session.handle(Event::Hidden {
                wall_ms: T,
                mono_ms: 1_000.0,
            });
            session.handle(Event::Shown { wall_ms, mono_ms });
            assert_eq!(session.phase(), Phase::Locked, "{case}");
        }
    }

    #[test]
    fn leaving_locks_and_keeps_an_unwritten_text_in_the_tab() {
        let mut session = open_with_pin();
        let effects = change_and_seal(&mut session, 1, 1);
        let generation = writes(&effects)[0];
        session.handle(Event::WriteFailed {
            generation,
            full: true,
        });
        let effects = session.handle(Event::Leaving);
        assert_eq!(session.phase(), Phase::Locked);
        let kept = effects
            .iter()
            .find_map(|effect| match effect {
                Effect::KeepInTab(kept) => Some(kept.clone()),
                _ => None,
            })
            .unwrap();
        assert_eq!(kept.device, "device-1");
        assert_eq!(
            kept.base,
            Some(fingerprint(&sealed(pin_lock(), 1, 0).to_json()))
        );
        assert_eq!(kept.text, sealed(pin_lock(), 1, 1).to_json());
    }

    #[test]
    fn a_kept_copy_comes_back_only_over_what_it_replaced_and_under_the_same_device_key() {
        let stored = sealed(pin_lock(), 1, 0).to_json();
        let newer = sealed(pin_lock(), 1, 5).to_json();
        let kept = |base: &str, device: &str| Kept {
            base: Some(fingerprint(base)),
            device: device.into(),
            text: newer.clone(),
        };
        // Nothing written since: it is the newest, written back at once.
        let mut session = Session::new();
        let effects = session.handle(Event::Started(Startup {
            kept: Some(kept(&stored, "device-1")),
            ..startup(Some(stored.clone()), device(Some(SecretKind::Pin)))
        }));
        assert_eq!(writes(&effects), [1]);
        assert_eq!(session.sealed(), Some(&sealed(pin_lock(), 1, 5)));
        // Wiped meanwhile (a new device key): it must not come back.
        let mut session = Session::new();
        let effects = session.handle(Event::Started(Startup {
            kept: Some(kept(&stored, "device-0")),
            ..startup(None, device(None))
        }));
        assert_eq!(effects, [Effect::ForgetKeptInTab]);
        assert_eq!(session.phase(), Phase::Open);
        // Another tab wrote since: merged at the next unlock if the key is the same.
        let mut session = Session::new();
        let other = sealed(pin_lock(), 1, 7).to_json();
        let effects = session.handle(Event::Started(Startup {
            kept: Some(kept(&stored, "device-1")),
            ..startup(Some(other), device(Some(SecretKind::Pin)))
        }));
        assert_eq!(
            writes(&effects),
            Vec::<u64>::new(),
            "never written blindly over a newer text"
        );
        let effects = session.handle(Event::Opened {
            sealed: sealed(pin_lock(), 1, 7),
            kind: Some(SecretKind::Pin),
        });
        assert_eq!(
            effects,
            [
                Effect::Adopt {
                    sealed: sealed(pin_lock(), 1, 5),
                    keep_ours: true
                },
                Effect::ForgetKeptInTab
            ]
        );
        // ... and dropped, with a notice, if the secret changed since.
        let mut session = Session::new();
        let rekeyed = sealed(pin_lock(), 2, 7).to_json();
        session.handle(Event::Started(Startup {
            kept: Some(kept(&stored, "device-1")),
            ..startup(Some(rekeyed), device(Some(SecretKind::Pin)))
        }));
        let effects = session.handle(Event::Opened {
            sealed: sealed(pin_lock(), 2, 7),
            kind: Some(SecretKind::Pin),
        });
        assert_eq!(effects, [Effect::ForgetKeptInTab]);
        assert_eq!(session.take_notices(), [Notice::KeptCopyDropped]);
    }

    #[test]
    fn a_damaged_protected_diary_stays_closed_and_is_kept_aside() {
        let damaged = sealed(pin_lock(), 1, 0)
            .to_json()
            .replace("\"iv\":\"AAAA", "\"iv\":\"A*AA");
        let mut session = Session::new();
        let effects = session.handle(Event::Started(startup(
            Some(damaged.clone()),
            device(Some(SecretKind::Pin)),
        )));
        assert_eq!(effects, [Effect::MoveAside(damaged.clone())]);
        assert!(matches!(
            session.phase(),
            Phase::Unreadable(Unreadable::Damaged(_))
        ));
        assert_eq!(session.handle(Event::Changed), [], "nothing written");
        // Starting again must set a secret before anything is written.
        session.handle(Event::StartAgain);
        assert_eq!(session.phase(), Phase::Open);
        assert!(session.must_protect());
        assert_eq!(session.handle(Event::Changed), []);
        let generation = session.begin_rekey().unwrap();
        let effects = session.handle(Event::Rekeyed {
            sealed: sealed(pin_lock(), 3, 1),
            generation,
        });
        assert!(!session.must_protect());
        assert_eq!(session.protection(), Some(SecretKind::Pin));
        assert!(effects.contains(&Effect::ForgetKeptInTab));
    }

    #[test]
    fn a_damaged_unprotected_diary_is_kept_aside_reported_and_a_new_one_starts() {
        let damaged = r#"{"v":1,"settings":{},"entries":[{"id":"17"#.to_string();
        let mut session = Session::new();
        let effects = session.handle(Event::Started(startup(
            Some(damaged.clone()),
            Device::Missing,
        )));
        assert_eq!(effects, [Effect::MoveAside(damaged)]);
        assert_eq!(session.phase(), Phase::Open);
        assert_eq!(
            session.take_notices(),
            [Notice::Damaged(Damage::Data(DataError::Truncated))]
        );
    }

    #[test]
    fn a_newer_format_is_left_untouched() {
        let future = sealed(pin_lock(), 1, 0)
            .to_json()
            .replace("\"v\":2", "\"v\":3");
        let mut session = Session::new();
        assert_eq!(
            session.handle(Event::Started(startup(
                Some(future),
                device(Some(SecretKind::Pin))
            ))),
            []
        );
        assert_eq!(
            session.phase(),
            Phase::Unreadable(Unreadable::FutureVersion)
        );
        assert_eq!(
            session.handle(Event::StartAgain),
            [],
            "update the app instead"
        );
    }

    #[test]
    fn a_protected_diary_replaced_by_an_unprotected_one_is_noticed() {
        for raw in [
            Some(sealed(Lock::Device, 9, 0).to_json()),
            Some(r#"{"v":1,"settings":{},"entries":[]}"#.to_string()),
            None,
        ] {
            let mut session = Session::new();
            let effects = session.handle(Event::Started(startup(
                raw.clone(),
                device(Some(SecretKind::Pin)),
            )));
            assert_eq!(effects, [], "{raw:?}: nothing opened, moved or written");
            assert_eq!(
                session.phase(),
                Phase::Unreadable(Unreadable::Replaced),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn a_copied_storage_without_the_device_key_opens_nothing_and_is_kept() {
        let copied = sealed(pin_lock(), 1, 0).to_json();
        let mut session = Session::new();
        let effects = session.handle(Event::Started(startup(
            Some(copied.clone()),
            Device::Missing,
        )));
        assert_eq!(effects, []);
        assert_eq!(
            session.phase(),
            Phase::Unreadable(Unreadable::DeviceKeyLost)
        );
        assert_eq!(session.handle(Event::Changed), []);
        // Restoring a backup moves the sealed text aside first (never destroyed), and the
        // new diary must be protected, since that one was.
        assert_eq!(
            session.handle(Event::StartAgain),
            [Effect::MoveAside(copied)]
        );
        assert!(session.must_protect());
        // Blocked IndexedDB is no reason to give up the diary either.
        let mut session = Session::new();
        session.handle(Event::Started(startup(
            Some(sealed(pin_lock(), 1, 0).to_json()),
            Device::Unavailable,
        )));
        assert_eq!(
            session.phase(),
            Phase::Unreadable(Unreadable::DeviceUnavailable)
        );
        assert_eq!(session.handle(Event::StartAgain), []);
    }

    #[test]
    fn a_device_locked_diary_opens_with_the_device_key() {
        let stored = sealed(Lock::Device, 1, 0);
        let mut session = Session::new();
        let effects = session.handle(Event::Started(startup(
            Some(stored.to_json()),
            device(None),
        )));
        assert_eq!(
            effects,
            [Effect::OpenWithDevice {
                sealed: stored.clone(),
                keep_ours: false
            }]
        );
        assert_eq!(session.phase(), Phase::Opening);
        session.handle(Event::Opened {
            sealed: stored.clone(),
            kind: None,
        });
        assert_eq!(session.phase(), Phase::Open);
        // Forged or damaged under this device's key: stays, reported, not overwritten.
        let mut session = Session::new();
        session.handle(Event::Started(startup(
            Some(stored.to_json()),
            device(None),
        )));
        session.handle(Event::OpenFailed);
        assert!(matches!(
            session.phase(),
            Phase::Unreadable(Unreadable::Damaged(_))
        ));
        assert_eq!(
            session.handle(Event::StartAgain),
            [Effect::MoveAside(stored.to_json())]
        );
        assert!(!session.must_protect(), "it had no secret");
    }

    #[test]
    fn storage_or_safe_storage_missing_keeps_the_diary_in_memory_only() {
        let mut session = Session::new();
        session.handle(Event::Started(Startup {
            storage_available: false,
            ..startup(None, Device::Unavailable)
        }));
        assert_eq!(
            session.phase(),
            Phase::MemoryOnly(MemoryOnly::StorageBlocked)
        );
        assert_eq!(session.handle(Event::Changed), []);
        let mut session = Session::new();
        session.handle(Event::Started(startup(None, Device::Unavailable)));
        assert_eq!(
            session.phase(),
            Phase::MemoryOnly(MemoryOnly::NoSafeStorage)
        );
        // A format-1 plain diary is read, but nothing is written until it can be sealed.
        let mut session = Session::new();
        let plain = r#"{"v":1,"settings":{},"entries":[]}"#.to_string();
        let effects = session.handle(Event::Started(startup(Some(plain), Device::Unavailable)));
        assert_eq!(effects, [Effect::UseDiary(Diary::new())]);
    }

    #[test]
    fn a_format_1_plain_diary_is_sealed_at_once() {
        let mut session = Session::new();
        let plain = r#"{"v":1,"settings":{},"entries":[]}"#.to_string();
        let effects = session.handle(Event::Started(startup(Some(plain), Device::Missing)));
        assert_eq!(
            effects,
            [
                Effect::UseDiary(Diary::new()),
                Effect::Seal {
                    generation: 1,
                    epoch: 0
                }
            ]
        );
    }

    #[test]
    fn another_tabs_save_is_adopted_keeping_our_unsaved_change() {
        let mut session = open_with_pin();
        let effects = session.handle(Event::OtherTabWrote(Stored::Sealed(sealed(
            pin_lock(),
            1,
            4,
        ))));
        assert_eq!(
            effects,
            [Effect::Adopt {
                sealed: sealed(pin_lock(), 1, 4),
                keep_ours: false
            }]
        );
        seal_of(&session.handle(Event::Changed));
        let effects = session.handle(Event::OtherTabWrote(Stored::Sealed(sealed(
            pin_lock(),
            1,
            5,
        ))));
        assert_eq!(
            effects,
            [Effect::Adopt {
                sealed: sealed(pin_lock(), 1, 5),
                keep_ours: true
            }]
        );
        // Locked here: unlocking then opens their newer text.
        session.handle(Event::LockRequested);
        let mut session = open_with_pin();
        session.handle(Event::LockRequested);
        session.handle(Event::OtherTabWrote(Stored::Sealed(sealed(
            pin_lock(),
            1,
            6,
        ))));
        assert_eq!(session.sealed(), Some(&sealed(pin_lock(), 1, 6)));
        assert_eq!(session.phase(), Phase::Locked);
    }

    #[test]
    fn a_secret_changed_in_another_tab_locks_this_one_and_its_old_key_writes_nothing() {
        let mut session = open_with_pin();
        let (generation, epoch) = seal_of(&session.handle(Event::Changed));
        let effects = session.handle(Event::OtherTabWrote(Stored::Sealed(sealed(
            pin_lock(),
            2,
            0,
        ))));
        assert_eq!(
            effects,
            [Effect::CarryOver, Effect::CloseDiary, Effect::ForgetKey]
        );
        assert_eq!(session.take_notices(), [Notice::CarriedOver]);
        assert_eq!(session.phase(), Phase::Locked);
        // The seal made with the old key comes back: it must not overwrite the new text.
        let late = session.handle(Event::Sealed {
            generation,
            epoch,
            sealed: sealed(pin_lock(), 1, 1),
        });
        assert_eq!(writes(&late), Vec::<u64>::new());
        assert_eq!(session.sealed(), Some(&sealed(pin_lock(), 2, 0)));
        // With nothing unsaved there is nothing to carry.
        let mut session = open_with_pin();
        let effects = session.handle(Event::OtherTabWrote(Stored::Sealed(sealed(
            pin_lock(),
            2,
            0,
        ))));
        assert_eq!(effects, [Effect::CloseDiary, Effect::ForgetKey]);
    }

    #[test]
    fn a_secret_removed_in_another_tab_opens_with_the_device_key_keeping_ours() {
        let mut session = open_with_pin();
        session.handle(Event::Changed);
        let theirs = sealed(Lock::Device, 2, 0);
        let effects = session.handle(Event::OtherTabWrote(Stored::Sealed(theirs.clone())));
        assert_eq!(
            effects,
            [
                Effect::ForgetKey,
                Effect::OpenWithDevice {
                    sealed: theirs.clone(),
                    keep_ours: true
                }
            ]
        );
        session.handle(Event::Opened {
            sealed: theirs,
            kind: None,
        });
        assert_eq!(session.phase(), Phase::Open);
        assert_eq!(session.protection(), None);
    }

    #[test]
    fn a_wipe_anywhere_forgets_everything_here_including_the_tabs_copy() {
        let mut session = open_with_pin();
        change_and_seal(&mut session, 1, 1);
        let effects = session.handle(Event::OtherTabWrote(Stored::Nothing));
        assert_eq!(
            effects,
            [
                Effect::CloseDiary,
                Effect::ForgetKeptInTab,
                Effect::ForgetKey
            ]
        );
        assert_eq!(session.phase(), Phase::Open);
        assert_eq!(session.protection(), None);
        assert_eq!(
            writes(&session.handle(Event::Tick)),
            Vec::<u64>::new(),
            "nothing of before is written back"
        );
        assert!(session.sealed().is_none());
        let mut session = open_with_pin();
        let effects = session.handle(Event::WipeRequested);
        assert_eq!(effects[0], Effect::EraseStorage);
        assert!(effects.contains(&Effect::ForgetKeptInTab));
    }

    #[test]
    fn no_seal_with_the_old_key_while_a_new_one_is_made() {
        let mut session = open_with_pin();
        let generation = session.begin_rekey().unwrap();
        assert_eq!(session.begin_rekey(), None, "one at a time");
        assert_eq!(session.handle(Event::Changed), [], "waits for the new key");
        let effects = session.handle(Event::Rekeyed {
            sealed: sealed(Lock::Device, 3, 0),
            generation,
        });
        let (later, epoch) = seal_of(&effects);
        assert_eq!(
            later,
            generation + 1,
            "the change made meanwhile is sealed with the new key"
        );
        assert_eq!(epoch, session.epoch());
        assert_eq!(session.protection(), None);
        // A failed attempt changes nothing and sealing goes on.
        let mut session = open_with_pin();
        session.begin_rekey().unwrap();
        session.handle(Event::Changed);
        assert!(matches!(
            session.handle(Event::RekeyFailed)[..],
            [Effect::Seal { .. }]
        ));
        assert_eq!(session.protection(), Some(SecretKind::Pin));
    }

    #[test]
    fn locked_notes_leave_the_inbox_only_once_the_diary_holding_them_is_written() {
        let mut session = open_with_pin();
        let effects = session.handle(Event::NotesMerged {
            ephemeral_keys: vec![vec![4; 65]],
        });
        let (generation, epoch) = seal_of(&effects);
        session.handle(Event::Sealed {
            generation,
            epoch,
            sealed: sealed(pin_lock(), 1, 1),
        });
        assert_eq!(
            session.handle(Event::WriteFailed {
                generation,
                full: true
            }),
            []
        );
        assert_eq!(
            session.handle(Event::Written { generation }),
            [
                Effect::ForgetKeptInTab,
                Effect::ForgetNotes(vec![vec![4; 65]])
            ]
        );
    }
}
