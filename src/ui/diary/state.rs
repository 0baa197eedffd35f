//! The diary as the whole app shares it: the browser and Leptos side of
//! `diary::session`. The session decides what to seal, write, lock or keep; this file
//! runs its effects (storage, WebCrypto, timers), feeds back what happened, and mirrors
//! the session's state into signals for the screens. It is made once, when a diary
//! screen first opens, and shared through the app's `DiarySlot`.

use crate::browser::crypto::{self, CryptoError, DataKey, LegacyKey, SecretKey, UnwrapError};
use crate::browser::device_key::{self, DeviceError, DeviceKey};
use crate::browser::storage::{self, StorageError};
use crate::browser::{
    clock, diary_store, document, leave, random, sealed_box, visibility, web_lock,
};
use crate::diary::attempts::Report;
use crate::diary::envelope::{Lock, SealedDiary};
use crate::diary::inbox::{
    self, carry_info, merge_notes, note_info, note_text, private_key_aad, Carry, Inbox, InboxError,
    PUBLIC_KEY_AAD,
};
use crate::diary::legacy::{parse_legacy_note, LegacyInbox, NOTE_INFO_V1};
use crate::diary::secret::{self, SecretKind, Weak};
use crate::diary::session::{Device, Effect, Event, Notice, Session, Startup, TICK_EVERY_MS};
use crate::diary::stored::{classify, Damage, Stored};
use crate::diary::{base64, Deleted, Diary, EditError, EntryId};
use leptos::prelude::*;
use std::collections::VecDeque;

pub use crate::diary::session::{Phase, SaveState, AUTO_LOCK_AFTER_MS};

#[derive(Clone, Debug, PartialEq)]
pub enum Undo {
    /// Take back a "I used now" tap.
    Unrecord(EntryId),
    Restore(Deleted),
    /// Take back a note made while locked, by its ephemeral key.
    Unnote(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ToastKind {
    Recorded {
        at_ms: i64,
        id: EntryId,
    },
    /// Noted while locked: it joins the diary at the next unlock.
    Noted {
        at_ms: i64,
    },
    Deleted,
    Undone,
    Saved,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    pub kind: ToastKind,
    pub undo: Option<Undo>,
    serial: u64,
}

/// What the owner is told, until they close it.
#[derive(Clone, Debug, PartialEq)]
pub enum DiaryNotice {
    Session(Notice),
    /// Damaged text that storage has no room to move aside yet: it stays in place, and
    /// nothing is written over it.
    DamagedNotMoved(Damage),
    /// Wrong secrets were tried since the diary was last opened.
    Attempts(Report),
    /// Uses noted while locked joined the diary.
    NotesAdded(usize),
    /// Locked notes that did not open: kept aside, not added.
    NotesKept(usize),
    /// The locked notes' key did not match the diary's: the notes were kept aside and a
    /// new key made. Someone may have tried to read the times of locked uses.
    NotesKeyReplaced,
    /// Changes from another window (see `Notice::CarriedOver`) joined the diary.
    CarryAdded(usize),
    /// The secret (an older, shorter one) is weak by today's rule: choose another.
    WeakSecret,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnlockError {
    /// Wait this many more seconds before the next try.
    Wait(u64),
    /// Wrong secret; the next try must wait this many seconds (0: none).
    Wrong(u64),
    Crypto(CryptoError),
    /// The secret was right, but what it opened is damaged. Nothing was counted.
    Damaged,
    /// The key slot does not open with this device's key: altered, or copied here.
    Altered,
    /// Another action on the secret is under way.
    Busy,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretError {
    Weak(Weak),
    /// The current secret is needed and was not right.
    Current(UnlockError),
    Storage(StorageError),
    Crypto(CryptoError),
    /// Shared-tablet mode keeps nothing, so it takes no secret.
    TabletMode,
    Busy,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteError {
    /// No key pair, no WebCrypto, or no device key.
    Unavailable,
    /// `MAX_NOTES` notes wait already: time to open the diary.
    Full,
    Storage(StorageError),
    /// The notes' key was altered: nothing is sealed to it.
    Altered,
}

/// The data key of the current epoch, and the envelope header it seals under.
#[derive(Clone)]
struct KeySlot {
    epoch: u64,
    key: DataKey,
    lock: Lock,
    wrapped: Vec<u8>,
}

#[derive(Default)]
struct Inner {
    session: Session,
    queue: VecDeque<Effect>,
    draining: bool,
    device: Option<DeviceKey>,
    key: Option<KeySlot>,
    /// A damaged text that storage had no room to move aside yet: nothing is written
    /// over it until it is.
    pending_aside: Option<String>,
    toast_serial: u64,
    /// The stored diary was asked for ([`DiaryState::show`]).
    started: bool,
    /// No wrong-secret try before this `performance.now()`, whatever the wall clock says.
    monotonic_wait_until: f64,
    /// A secret operation (unlock, set, change, remove) is running.
    secret_busy: bool,
}

/// Copy handles on the diary the whole app shares.
#[derive(Clone, Copy)]
pub struct DiaryState {
    pub diary: RwSignal<Diary>,
    pub phase: RwSignal<Phase>,
    pub protection: RwSignal<Option<SecretKind>>,
    pub save: RwSignal<SaveState>,
    /// Starting again after a protected diary was lost: a secret is set before anything.
    pub must_protect: RwSignal<bool>,
    pub notices: RwSignal<Vec<DiaryNotice>>,
    pub toast: RwSignal<Option<Toast>>,
    /// The entry whose details are open for editing.
    pub editing: RwSignal<Option<EntryId>>,
    /// Now, refreshed at each tick, for "time since last use".
    pub now_ms: RwSignal<i64>,
    inner: StoredValue<Inner, LocalStorage>,
}

/// The diary, started the first time a diary screen asks for it.
pub fn use_diary() -> DiaryState {
    expect_context::<super::slot::DiarySlot>().get_or_start()
}

impl DiaryState {
    /// Made once, under the app's owner, so that no screen's clean-up can dispose of it
    /// (see `DiarySlot`). Nothing is read until [`Self::show`].
    pub fn start() -> DiaryState {
        let state = DiaryState {
            diary: RwSignal::new(Diary::new()),
            phase: RwSignal::new(Phase::Starting),
            protection: RwSignal::new(None),
            save: RwSignal::new(SaveState::Saved),
            must_protect: RwSignal::new(false),
            notices: RwSignal::new(Vec::new()),
            toast: RwSignal::new(None),
            editing: RwSignal::new(None),
            now_ms: RwSignal::new(clock::now_ms()),
            inner: StoredValue::new_local(Inner::default()),
        };
        diary_store::on_other_tab_change(move |raw| {
            let stored = classify(raw.as_deref());
            if stored == Stored::Nothing {
                state.inner.update_value(|inner| inner.device = None);
            }
            state.dispatch(Event::OtherTabWrote(stored));
        });
        clock::every(TICK_EVERY_MS as i32, move || {
            state.now_ms.set(clock::now_ms());
            state.dispatch(Event::Tick);
        });
        visibility::on_change(move |hidden| {
            let (wall_ms, mono_ms) = (clock::now_ms(), clock::monotonic_ms());
            state.dispatch(if hidden {
                Event::Hidden { wall_ms, mono_ms }
            } else {
                state.now_ms.set(wall_ms);
                Event::Shown { wall_ms, mono_ms }
            });
        });
        visibility::on_leave(move || state.dispatch(Event::Leaving));
        state
    }

    /// Reads the stored diary the first time a diary screen is shown: a visit that never
    /// opens the diary neither parses it nor opens IndexedDB while the app starts.
    pub fn show(&self) {
        let first = self
            .inner
            .try_update_value(|inner| !std::mem::replace(&mut inner.started, true))
            .unwrap_or(false);
        if first {
            let state = *self;
            wasm_bindgen_futures::spawn_local(async move { state.read_startup().await });
        }
    }

    async fn read_startup(self) {
        let storage_available = storage::is_available();
        let device = match device_key::load().await {
            Ok(Some(device)) => {
                let found = Device::Ready {
                    id: device.id.clone(),
                    protected: device.protected,
                };
                self.inner.update_value(|inner| inner.device = Some(device));
                found
            }
            Ok(None) => Device::Missing,
            Err(DeviceError::Unavailable) => Device::Unavailable,
        };
        let device = if !crypto::is_available() {
            Device::Unavailable
        } else {
            device
        };
        let raw = diary_store::read_raw();
        self.dispatch(Event::Started(Startup {
            storage_available,
            stored: classify(raw.as_deref()),
            raw,
            device,
            kept: diary_store::kept(),
        }));
    }

    fn dispatch(&self, event: Event) {
        let effects = self
            .inner
            .try_update_value(|inner| inner.session.handle(event))
            .unwrap_or_default();
        self.inner.update_value(|inner| inner.queue.extend(effects));
        if self.inner.with_value(|inner| inner.draining) {
            return; // the running loop takes them, in order
        }
        self.inner.update_value(|inner| inner.draining = true);
        while let Some(effect) = self
            .inner
            .try_update_value(|inner| inner.queue.pop_front())
            .flatten()
        {
            self.run(effect);
        }
        self.inner.update_value(|inner| inner.draining = false);
        self.mirror();
    }

    /// Copies the session's state into the signals the screens read.
    fn mirror(&self) {
        let (phase, protection, save, must_protect, notices) = self
            .inner
            .try_update_value(|inner| {
                let session = &mut inner.session;
                (
                    session.phase(),
                    session.protection(),
                    session.save_state(),
                    session.must_protect(),
                    session.take_notices(),
                )
            })
            .expect("the diary's state lives for the page");
        if self.phase.get_untracked() != phase {
            self.phase.set(phase);
        }
        if self.protection.get_untracked() != protection {
            self.protection.set(protection);
        }
        if self.save.get_untracked() != save {
            self.save.set(save);
        }
        if self.must_protect.get_untracked() != must_protect {
            self.must_protect.set(must_protect);
        }
        let waiting = self.inner.with_value(|inner| inner.pending_aside.is_some());
        for notice in notices {
            self.notify(match notice {
                Notice::Damaged(damage) if waiting => DiaryNotice::DamagedNotMoved(damage),
                notice => DiaryNotice::Session(notice),
            });
        }
    }

    pub fn notify(&self, notice: DiaryNotice) {
        self.notices.update(|notices| {
            if !notices.contains(&notice) {
                notices.push(notice);
            }
        });
    }

    pub fn dismiss(&self, notice: &DiaryNotice) {
        self.notices
            .update(|notices| notices.retain(|other| other != notice));
    }

    fn run(&self, effect: Effect) {
        match effect {
            Effect::OpenWithDevice { sealed, keep_ours } => {
                let state = *self;
                wasm_bindgen_futures::spawn_local(async move {
                    state.open_with_device(sealed, keep_ours).await;
                });
            }
            Effect::UseDiary(diary) => self.diary.set(diary),
            Effect::Seal { generation, epoch } => {
                // The snapshot is taken now, before anything else changes or closes it.
                let json = self.diary.with_untracked(Diary::to_storage_json);
                let state = *self;
                wasm_bindgen_futures::spawn_local(async move {
                    let event = match state.seal(epoch, &json).await {
                        Ok(sealed) => Event::Sealed {
                            generation,
                            epoch,
                            sealed,
                        },
                        Err(_) => Event::SealFailed { generation, epoch },
                    };
                    state.dispatch(event);
                });
            }
            Effect::Write { generation, text } => {
                let result = self
                    .move_pending_aside()
                    .and_then(|()| diary_store::write(&text));
                self.dispatch(match result {
                    Ok(()) => Event::Written { generation },
                    Err(error) => Event::WriteFailed {
                        generation,
                        full: error == StorageError::Full,
                    },
                });
            }
            Effect::KeepInTab(kept) => {
                diary_store::keep(&kept);
            }
            Effect::ForgetKeptInTab => diary_store::forget_kept(),
            Effect::Adopt { sealed, keep_ours } => {
                let state = *self;
                wasm_bindgen_futures::spawn_local(
                    async move { state.adopt(sealed, keep_ours).await },
                );
            }
            Effect::CarryOver => {
                let json = self.diary.with_untracked(Diary::to_json);
                let device = self.inner.with_value(|inner| inner.device.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(device) = device {
                        carry_over(&device, &json).await;
                    }
                });
            }
            Effect::MoveAside(raw) => {
                if diary_store::move_aside(&raw, clock::now_ms()).is_err() {
                    self.inner
                        .update_value(|inner| inner.pending_aside = Some(raw));
                }
            }
            Effect::CloseDiary => {
                self.diary.set(Diary::new());
                self.editing.set(None);
                self.toast.set(None);
            }
            Effect::ForgetKey => self.inner.update_value(|inner| inner.key = None),
            Effect::ArmAutoLock { token, after_ms } => {
                let state = *self;
                set_timeout(
                    move || state.dispatch(Event::AutoLockTimer { token }),
                    std::time::Duration::from_millis(after_ms as u64),
                );
            }
            Effect::Veil(veiled) => document::set_veiled(veiled),
            // If that write fails they stay, and merge again without duplicates next time.
            Effect::ForgetNotes(keys) => {
                remove_notes(&keys);
            }
            Effect::EraseStorage => {
                self.inner.update_value(|inner| {
                    inner.device = None;
                    inner.pending_aside = None;
                });
                wasm_bindgen_futures::spawn_local(diary_store::wipe());
            }
        }
    }

    fn move_pending_aside(&self) -> Result<(), StorageError> {
        let Some(raw) = self.inner.with_value(|inner| inner.pending_aside.clone()) else {
            return Ok(());
        };
        diary_store::move_aside(&raw, clock::now_ms())?;
        self.inner.update_value(|inner| inner.pending_aside = None);
        self.notices.update(|notices| {
            for notice in notices.iter_mut() {
                if let DiaryNotice::DamagedNotMoved(damage) = notice {
                    *notice = DiaryNotice::Session(Notice::Damaged(*damage));
                }
            }
        });
        Ok(())
    }

    /// The device key, made now if this browser has none yet.
    async fn device(&self) -> Result<DeviceKey, CryptoError> {
        if let Some(device) = self.inner.with_value(|inner| inner.device.clone()) {
            return Ok(device);
        }
        let device = device_key::create()
            .await
            .map_err(|_| CryptoError::Unavailable)?;
        self.inner.update_value(|inner| {
            inner.session.set_device_id(device.id.clone());
            inner.device = Some(device.clone());
        });
        Ok(device)
    }

    async fn seal(&self, epoch: u64, json: &str) -> Result<SealedDiary, CryptoError> {
        let slot = match self.inner.with_value(|inner| inner.key.clone()) {
            Some(slot) if slot.epoch == epoch => slot,
            Some(_) => return Err(CryptoError::WrongKey),
            None => {
                // A first save: a data key under the device key alone.
                let device = self.device().await?;
                let (key, wrapped) = DataKey::new_wrapped(&device.key, None).await?;
                let slot = KeySlot {
                    epoch,
                    key,
                    lock: Lock::Device,
                    wrapped,
                };
                let current = self.inner.with_value(|inner| inner.session.epoch());
                if current != epoch {
                    return Err(CryptoError::WrongKey);
                }
                self.inner
                    .update_value(|inner| inner.key = Some(slot.clone()));
                slot
            }
        };
        slot.key.seal_diary(json, &slot.lock, &slot.wrapped).await
    }

    fn install_key(&self, key: DataKey, lock: Lock, wrapped: Vec<u8>) {
        self.inner.update_value(|inner| {
            inner.key = Some(KeySlot {
                epoch: inner.session.epoch(),
                key,
                lock,
                wrapped,
            });
        });
    }

    async fn open_with_device(&self, sealed: SealedDiary, keep_ours: bool) {
        let opened = async {
            let device = self
                .inner
                .with_value(|inner| inner.device.clone())
                .ok_or(CryptoError::Unavailable)?;
            let key = DataKey::unwrap(&device.key, None, &sealed.wrapped_key)
                .await
                .map_err(|_| CryptoError::WrongKey)?;
            let json = key.open_diary(&sealed).await?;
            let diary = Diary::from_json(&json).map_err(|_| CryptoError::WrongKey)?;
            Ok::<_, CryptoError>((key, diary))
        }
        .await;
        let Ok((key, mut theirs)) = opened else {
            self.dispatch(Event::OpenFailed);
            return;
        };
        let added = if keep_ours {
            let ours = self.diary.get_untracked();
            theirs.merge(&ours).unwrap_or(0)
        } else {
            0
        };
        self.diary.set(theirs);
        let (lock, wrapped) = (sealed.lock.clone(), sealed.wrapped_key.clone());
        self.dispatch(Event::Opened { sealed, kind: None });
        self.install_key(key, lock, wrapped);
        if added > 0 {
            self.dispatch(Event::Adopted { added });
        }
    }

    async fn adopt(&self, sealed: SealedDiary, keep_ours: bool) {
        let Some(slot) = self.inner.with_value(|inner| inner.key.clone()) else {
            return;
        };
        let Ok(Ok(mut theirs)) = slot
            .key
            .open_diary(&sealed)
            .await
            .map(|json| Diary::from_json(&json))
        else {
            return;
        };
        let added = if keep_ours {
            let ours = self.diary.get_untracked();
            match theirs.merge(&ours) {
                Ok(added) => added,
                // Ours would not fit in theirs: keep ours, which is saved over theirs.
                Err(_) => {
                    self.dispatch(Event::Changed);
                    return;
                }
            }
        } else {
            0
        };
        self.diary.set(theirs);
        self.dispatch(Event::Adopted { added });
    }

    /// Whether starting again after an unreadable diary must set a secret first (the lost
    /// diary had one).
    pub fn start_again_needs_secret(&self) -> bool {
        self.inner
            .with_value(|inner| inner.session.start_again_needs_secret())
    }

    /// The sealed diary as it is stored, to download when it cannot be opened here.
    pub fn sealed_text(&self) -> Option<String> {
        self.inner
            .with_value(|inner| {
                let session = &inner.session;
                session
                    .sealed()
                    .map(SealedDiary::to_json)
                    .or_else(|| session.unreadable_text().map(str::to_owned))
            })
            .or_else(diary_store::read_raw)
    }

    fn changed(&self) {
        self.dispatch(Event::Changed);
    }

    /// "I used now": one tap, one entry with only its time.
    pub fn record_now(&self) -> Result<EntryId, EditError> {
        let now = clock::now_ms();
        self.now_ms.set(now);
        self.record_at(now, clock::offset_min(), true)
    }

    /// A use at `at_ms` (now or in the past), with an undo toast.
    pub fn record_at(
        &self,
        at_ms: i64,
        offset_min: i16,
        toast: bool,
    ) -> Result<EntryId, EditError> {
        let id = EntryId::new(clock::now_ms(), random::u64())?;
        let mut result = Ok(());
        self.diary
            .update(|diary| result = diary.record(id, at_ms, offset_min).map(|_| ()));
        result?;
        self.changed();
        if toast {
            self.show_toast(ToastKind::Recorded { at_ms, id }, Some(Undo::Unrecord(id)));
        }
        Ok(id)
    }

    /// Opens the details of `id`, and moves focus to them once they are drawn, so that
    /// they are seen and read out.
    pub fn edit(&self, id: EntryId) {
        self.editing.set(Some(id));
        request_animation_frame(|| document::show_element("diary-editor-title"));
    }

    pub fn update_entry(&self, entry: crate::diary::Entry) -> Result<(), EditError> {
        let mut result = Ok(());
        self.diary
            .update(|diary| result = diary.update(entry).map(|_| ()));
        result?;
        self.changed();
        Ok(())
    }

    pub fn delete(&self, id: EntryId) -> Result<(), EditError> {
        let mut result = Err(EditError::NotFound);
        self.diary.update(|diary| result = diary.delete(id));
        let deleted = result?;
        if self.editing.get_untracked() == Some(id) {
            self.editing.set(None);
        }
        self.changed();
        self.show_toast(ToastKind::Deleted, Some(Undo::Restore(deleted)));
        Ok(())
    }

    pub fn undo(&self) {
        let Some(Toast {
            undo: Some(undo), ..
        }) = self.toast.get_untracked()
        else {
            return;
        };
        let undone = match undo {
            Undo::Unrecord(id) => {
                let mut result = Err(EditError::NotFound);
                self.diary
                    .update(|diary| result = diary.delete(id).map(|_| ()));
                result.is_ok()
            }
            Undo::Restore(deleted) => {
                let mut result = Err(EditError::NotFound);
                self.diary.update(|diary| result = diary.restore(deleted));
                result.is_ok()
            }
            Undo::Unnote(ephemeral_key) => {
                // Still there if the write fails: the toast and its undo stay.
                if !remove_notes(&[ephemeral_key]) {
                    return;
                }
                self.show_toast(ToastKind::Undone, None);
                return;
            }
        };
        if undone {
            self.editing.set(None);
            self.changed();
            self.show_toast(ToastKind::Undone, None);
        } else {
            self.dismiss_toast();
        }
    }

    pub fn show_toast(&self, kind: ToastKind, undo: Option<Undo>) {
        let serial = self
            .inner
            .try_update_value(|inner| {
                inner.toast_serial += 1;
                inner.toast_serial
            })
            .unwrap_or_default();
        // Long enough to read and reach "undo"; short, since it covers the screen's foot.
        let shown_for_s = if undo.is_some() { 10 } else { 5 };
        self.toast.set(Some(Toast { kind, undo, serial }));
        let toast = self.toast;
        set_timeout(
            move || {
                if toast.get_untracked().is_some_and(|t| t.serial == serial) {
                    toast.set(None);
                }
            },
            std::time::Duration::from_secs(shown_for_s),
        );
    }

    pub fn dismiss_toast(&self) {
        self.toast.set(None);
    }

    /// Settings (budget, goal, shared-tablet mode) changed through `edit`.
    pub fn edit_settings(
        &self,
        edit: impl FnOnce(&mut crate::diary::DiarySettings),
    ) -> Result<(), crate::diary::Invalid> {
        let mut settings = self.diary.with_untracked(|diary| diary.settings().clone());
        edit(&mut settings);
        let mut result = Ok(());
        self.diary
            .update(|diary| result = diary.set_settings(settings));
        result?;
        self.changed();
        Ok(())
    }

    /// Replaces the diary after an import merge, and saves.
    pub fn replace(&self, diary: Diary) {
        self.diary.set(diary);
        self.changed();
    }

    pub fn lock(&self) {
        self.dispatch(Event::LockRequested);
    }

    /// "Leave now": the diary locks (its last change sealed), a change storage had no
    /// room for is kept in the tab, then the neutral page replaces this one.
    pub async fn leave_now(&self) {
        document::set_veiled(true);
        self.dispatch(Event::LockRequested);
        // Sealing the last change takes milliseconds; never wait long to leave.
        for _ in 0..20 {
            if self.phase.get_untracked() != Phase::Locking {
                break;
            }
            clock::sleep(10).await;
        }
        self.dispatch(Event::Leaving);
        leave::leave_now();
    }

    /// Quick wipe: everything the diary keeps in this browser, here and in other tabs.
    pub fn wipe(&self) {
        self.dispatch(Event::WipeRequested);
        self.notices.set(Vec::new());
    }

    /// After an unreadable diary: it is moved aside (never destroyed) and a new one
    /// starts, empty; if the lost one was protected, the caller sets a secret next.
    pub fn start_again(&self) {
        self.dispatch(Event::StartAgain);
        self.diary.set(Diary::new());
    }

    /// Seconds to wait before the next secret try (0: now).
    pub fn wait_s(&self) -> u64 {
        let now = clock::now_ms();
        let stored = diary_store::attempts(now).wait_ms(now);
        let left =
            self.inner.with_value(|inner| inner.monotonic_wait_until) - clock::monotonic_ms();
        stored.max(left.max(0.0) as u64).div_ceil(1000)
    }

    /// Checks `secret` against the stored key slot, counting a wrong one like a wrong
    /// unlock. One tab at a time (Web Locks), so tabs cannot guess in parallel.
    async fn check_secret(&self, secret: &str) -> Result<(DeviceKey, DataKey), UnlockError> {
        let wait = self.wait_s();
        if wait > 0 {
            return Err(UnlockError::Wait(wait));
        }
        // The lock and the wrapped key only: the diary's ciphertext is not needed here.
        let (lock, wrapped_key) = self
            .inner
            .with_value(|inner| {
                let sealed = inner.session.sealed()?;
                Some((sealed.lock.clone(), sealed.wrapped_key.clone()))
            })
            .ok_or(UnlockError::Crypto(CryptoError::Unavailable))?;
        let Lock::Secret { kdf, .. } = &lock else {
            return Err(UnlockError::Crypto(CryptoError::Unavailable));
        };
        let device = self
            .inner
            .with_value(|inner| inner.device.clone())
            .ok_or(UnlockError::Altered)?;
        let key = SecretKey::derive(secret, kdf)
            .await
            .map_err(UnlockError::Crypto)?;
        match DataKey::unwrap(&device.key, Some(&key), &wrapped_key).await {
            Ok(data_key) => Ok((device, data_key)),
            Err(UnwrapError::Secret) => Err(self.count_wrong_secret()),
            Err(UnwrapError::Device) => Err(UnlockError::Altered),
            Err(UnwrapError::Unavailable) => Err(UnlockError::Crypto(CryptoError::Unavailable)),
        }
    }

    fn count_wrong_secret(&self) -> UnlockError {
        let now = clock::now_ms();
        let mut attempts = diary_store::attempts(now);
        let wait_ms = attempts.failed(now);
        diary_store::set_attempts(&attempts);
        self.inner.update_value(|inner| {
            inner.monotonic_wait_until = clock::monotonic_ms() + wait_ms as f64;
        });
        UnlockError::Wrong(wait_ms.div_ceil(1000))
    }

    /// Runs a secret operation alone: one at a time in this tab, and across tabs.
    async fn exclusively<T>(&self, busy: T, work: impl std::future::Future<Output = T>) -> T {
        if self.inner.with_value(|inner| inner.secret_busy) {
            return busy;
        }
        self.inner.update_value(|inner| inner.secret_busy = true);
        let result = web_lock::exclusive("repere-diary-secret", work).await;
        self.inner.update_value(|inner| inner.secret_busy = false);
        result
    }

    pub async fn unlock(&self, secret: String) -> Result<(), UnlockError> {
        self.exclusively(Err(UnlockError::Busy), self.unlock_alone(secret))
            .await
    }

    async fn unlock_alone(&self, secret: String) -> Result<(), UnlockError> {
        if self.phase.get_untracked() != Phase::Locked {
            return Ok(());
        }
        let sealed = self
            .inner
            .with_value(|inner| inner.session.sealed().cloned());
        let Some(sealed) = sealed else {
            return self.unlock_legacy(&secret).await;
        };
        let (device, key) = self.check_secret(&secret).await?;
        // The secret is right from here on: a failure is damage, not a wrong guess.
        let diary = key
            .open_diary(&sealed)
            .await
            .ok()
            .and_then(|json| Diary::from_json(&json).ok())
            .ok_or(UnlockError::Damaged)?;
        let report = self.opened_with_secret();
        let kind = sealed.lock.secret_kind();
        self.diary.set(diary);
        self.now_ms.set(clock::now_ms());
        let (lock, wrapped) = (sealed.lock.clone(), sealed.wrapped_key.clone());
        self.dispatch(Event::Opened { sealed, kind });
        self.install_key(key.clone(), lock, wrapped);
        if let Some(report) = report {
            self.notify(DiaryNotice::Attempts(report));
        }
        self.merge_inbox(&key, &device).await;
        Ok(())
    }

    /// The wrong-secret record starts again; what it held is for the owner to see.
    fn opened_with_secret(&self) -> Option<Report> {
        let attempts = diary_store::attempts(clock::now_ms());
        diary_store::set_attempts(&Default::default());
        self.inner
            .update_value(|inner| inner.monotonic_wait_until = 0.0);
        attempts.opened()
    }

    /// A diary an earlier Repère sealed under a PIN: opened with it, its locked notes
    /// merged, then sealed again in format 2 under the same PIN and this device's key.
    async fn unlock_legacy(&self, secret: &str) -> Result<(), UnlockError> {
        let wait = self.wait_s();
        if wait > 0 {
            return Err(UnlockError::Wait(wait));
        }
        let Stored::LegacySealed(blob) = classify(diary_store::read_raw().as_deref()) else {
            return Err(UnlockError::Damaged);
        };
        let key = LegacyKey::derive(secret, &blob)
            .await
            .map_err(UnlockError::Crypto)?;
        let json = match key.open(&blob).await {
            Ok(json) => json,
            Err(CryptoError::WrongKey) => return Err(self.count_wrong_secret()),
            Err(error) => return Err(UnlockError::Crypto(error)),
        };
        let mut diary = Diary::from_json(&json).map_err(|_| UnlockError::Damaged)?;
        let report = self.opened_with_secret();
        let added = merge_legacy_notes(&key, &mut diary).await;
        let kind = if secret.chars().all(|c| c.is_ascii_digit()) {
            SecretKind::Pin
        } else {
            SecretKind::Password
        };
        let device = self.device().await.map_err(UnlockError::Crypto)?;
        let (data_key, sealed) =
            new_sealed(&device, Some((kind, secret)), &diary.to_storage_json())
                .await
                .map_err(UnlockError::Crypto)?;
        let inbox = new_inbox(&device, &data_key).await.ok();
        diary_store::write(&sealed.to_json())
            .map_err(|_| UnlockError::Crypto(CryptoError::Unavailable))?;
        match inbox {
            Some(inbox) if diary_store::write_inbox(&inbox.to_json()).is_ok() => {}
            _ => diary_store::remove_inbox(),
        }
        if let Ok(updated) = device_key::set_protected(&device, Some(kind)).await {
            self.inner
                .update_value(|inner| inner.device = Some(updated));
        }
        self.diary.set(diary);
        let (lock, wrapped) = (sealed.lock.clone(), sealed.wrapped_key.clone());
        self.dispatch(Event::Opened {
            sealed,
            kind: Some(kind),
        });
        self.install_key(data_key, lock, wrapped);
        if let Some(report) = report {
            self.notify(DiaryNotice::Attempts(report));
        }
        if added > 0 {
            self.notify(DiaryNotice::NotesAdded(added));
        }
        if secret::check_new(kind, secret, secret).is_err() {
            self.notify(DiaryNotice::WeakSecret);
        }
        Ok(())
    }

    /// Opens the notes made while locked (and a diary carried over from another window)
    /// and merges them; they leave storage once the diary holding them is written. A note
    /// that does not open is kept aside and reported, never dropped.
    async fn merge_inbox(&self, key: &DataKey, device: &DeviceKey) {
        let opened = open_inbox(key, device).await;
        let inbox = match opened {
            InboxState::None => {
                // A secret set before locked notes existed, or storage was full then.
                if let Ok(inbox) = new_inbox(device, key).await {
                    let _ = diary_store::write_inbox(&inbox.to_json());
                }
                None
            }
            InboxState::Replaced(raw) => {
                let _ = diary_store::move_aside(&raw, clock::now_ms());
                if let Ok(inbox) = new_inbox(device, key).await {
                    let _ = diary_store::write_inbox(&inbox.to_json());
                }
                self.notify(DiaryNotice::NotesKeyReplaced);
                None
            }
            InboxState::Open(opened) => Some(opened),
        };
        let Some(OpenedInbox {
            private,
            public_key,
            inbox,
        }) = inbox
        else {
            return;
        };
        let mut uses = Vec::new();
        let mut done = Vec::new();
        let mut kept = Inbox::new(
            inbox.sealed_public_key.clone(),
            inbox.sealed_private_key.clone(),
        )
        .expect("checked when read");
        for note in &inbox.notes {
            let entry = sealed_box::open_with(&private, note, &note_info(&public_key))
                .await
                .ok()
                .and_then(|text| inbox::parse_note(&text).ok());
            match entry {
                Some(entry) => uses.push(entry),
                None => {
                    let _ = kept.push(note.clone());
                }
            }
            done.push(note.ephemeral_key.clone());
        }
        if !kept.notes.is_empty() {
            if diary_store::move_aside(&kept.to_json(), clock::now_ms()).is_ok() {
                self.notify(DiaryNotice::NotesKept(kept.notes.len()));
            } else {
                // No room to keep them aside: they stay waiting, counted again next time.
                done.retain(|key| !kept.notes.iter().any(|note| &note.ephemeral_key == key));
            }
        }
        let mut merged = Ok(0);
        self.diary
            .update(|diary| merged = merge_notes(diary, &uses));
        match merged {
            Ok(added) => {
                if added > 0 {
                    self.notify(DiaryNotice::NotesAdded(added));
                }
            }
            // They do not fit: they wait for room, untouched.
            Err(_) => done.clear(),
        }
        if let Some((ephemeral_key, added)) = self.merge_carry(&private, &public_key).await {
            done.push(ephemeral_key);
            if added > 0 {
                self.notify(DiaryNotice::CarryAdded(added));
            }
        }
        self.dispatch(Event::NotesMerged {
            ephemeral_keys: done,
        });
    }

    async fn merge_carry(
        &self,
        private: &web_sys::CryptoKey,
        public_key: &[u8],
    ) -> Option<(Vec<u8>, usize)> {
        let Carry(note) = Carry::from_json(&diary_store::read_carry()?).ok()?;
        let text = sealed_box::open_with(private, &note, &carry_info(public_key))
            .await
            .ok()?;
        let carried = Diary::from_json(&text).ok()?;
        let mut added = Ok(0);
        self.diary.update(|diary| added = diary.merge(&carried));
        Some((note.ephemeral_key, added.ok()?))
    }

    /// "I used now" while locked: the use is sealed to the diary's public key, stored, and
    /// joins the diary at the next unlock. Nothing readable is written.
    pub async fn note_while_locked(&self) -> Result<(), NoteError> {
        let device = self
            .inner
            .with_value(|inner| inner.device.clone())
            .ok_or(NoteError::Unavailable)?;
        let inbox = diary_store::read_inbox_raw()
            .and_then(|raw| Inbox::from_json(&raw).ok())
            .ok_or(NoteError::Unavailable)?;
        let public_key = crypto::open(&device.key, PUBLIC_KEY_AAD, &inbox.sealed_public_key)
            .await
            .map_err(|error| match error {
                CryptoError::WrongKey => NoteError::Altered,
                CryptoError::Unavailable => NoteError::Unavailable,
            })?;
        let now = clock::now_ms();
        let id = EntryId::new(now, random::u64()).map_err(|_| NoteError::Unavailable)?;
        let text = note_text(id, now, clock::offset_min()).map_err(|_| NoteError::Unavailable)?;
        let note = sealed_box::seal_to(&public_key, &text, &note_info(&public_key))
            .await
            .map_err(|_| NoteError::Unavailable)?;
        // Read again: another tap may have added its note while this one was sealed.
        let mut inbox = diary_store::read_inbox_raw()
            .and_then(|raw| Inbox::from_json(&raw).ok())
            .ok_or(NoteError::Unavailable)?;
        let ephemeral_key = note.ephemeral_key.clone();
        inbox.push(note).map_err(|error| match error {
            InboxError::Full => NoteError::Full,
            _ => NoteError::Unavailable,
        })?;
        diary_store::write_inbox(&inbox.to_json()).map_err(NoteError::Storage)?;
        self.now_ms.set(now);
        self.show_toast(
            ToastKind::Noted { at_ms: now },
            Some(Undo::Unnote(ephemeral_key)),
        );
        Ok(())
    }

    /// Sets, changes or removes the secret. Changing or removing needs the current one
    /// (`current`), checked like an unlock: no one who finds the diary open can take its
    /// protection away or put their own. A new data key seals the diary at once; if that
    /// cannot be written, nothing changed.
    pub async fn change_secret(
        &self,
        current: Option<String>,
        new: Option<(SecretKind, String, String)>,
    ) -> Result<(), SecretError> {
        self.exclusively(
            Err(SecretError::Busy),
            self.change_secret_alone(current, new),
        )
        .await
    }

    async fn change_secret_alone(
        &self,
        current: Option<String>,
        new: Option<(SecretKind, String, String)>,
    ) -> Result<(), SecretError> {
        if let Some((kind, secret, again)) = &new {
            secret::check_new(*kind, secret, again).map_err(SecretError::Weak)?;
            if self
                .diary
                .with_untracked(|diary| diary.settings().memory_only)
            {
                return Err(SecretError::TabletMode);
            }
        }
        let protected = self.protection.get_untracked().is_some();
        if protected {
            let current = current.unwrap_or_default();
            let (device, _) = self
                .check_secret(&current)
                .await
                .map_err(SecretError::Current)?;
            self.opened_with_secret();
            // Notes under the old key pair join the diary before a new pair replaces it.
            if let Some(slot) = self.inner.with_value(|inner| inner.key.clone()) {
                self.merge_inbox(&slot.key, &device).await;
            }
        }
        let Some(generation) = self
            .inner
            .try_update_value(|inner| inner.session.begin_rekey())
            .flatten()
        else {
            return Err(SecretError::Busy);
        };
        let result = self
            .rekey(
                new.as_ref()
                    .map(|(kind, secret, _)| (*kind, secret.as_str())),
            )
            .await;
        match result {
            Ok((key, sealed)) => {
                let (lock, wrapped) = (sealed.lock.clone(), sealed.wrapped_key.clone());
                self.dispatch(Event::Rekeyed { sealed, generation });
                self.install_key(key, lock, wrapped);
                Ok(())
            }
            Err(error) => {
                self.dispatch(Event::RekeyFailed);
                Err(error)
            }
        }
    }

    async fn rekey(
        &self,
        new: Option<(SecretKind, &str)>,
    ) -> Result<(DataKey, SealedDiary), SecretError> {
        let json = self.diary.with_untracked(Diary::to_storage_json);
        let device = self.device().await.map_err(SecretError::Crypto)?;
        let (key, sealed) = new_sealed(&device, new, &json)
            .await
            .map_err(SecretError::Crypto)?;
        let inbox = match new {
            Some(_) => new_inbox(&device, &key).await.ok(),
            None => None,
        };
        diary_store::write(&sealed.to_json()).map_err(SecretError::Storage)?;
        // Noting while locked is a convenience: the secret is set even if this fails.
        match inbox {
            Some(inbox) if diary_store::write_inbox(&inbox.to_json()).is_ok() => {}
            _ => diary_store::remove_inbox(),
        }
        diary_store::remove_carry();
        if let Ok(updated) = device_key::set_protected(&device, new.map(|(kind, _)| kind)).await {
            self.inner
                .update_value(|inner| inner.device = Some(updated));
        }
        Ok((key, sealed))
    }

    /// Checks the current secret before a plain export (nothing changes otherwise).
    pub async fn confirm_secret(&self, secret: String) -> Result<(), UnlockError> {
        if self.protection.get_untracked().is_none() {
            return Ok(());
        }
        self.exclusively(Err(UnlockError::Busy), async {
            self.check_secret(&secret).await?;
            self.opened_with_secret();
            Ok(())
        })
        .await
    }
}

/// A new data key sealing `json` under the device key and, if given, a secret.
async fn new_sealed(
    device: &DeviceKey,
    secret: Option<(SecretKind, &str)>,
    json: &str,
) -> Result<(DataKey, SealedDiary), CryptoError> {
    let (key, wrapped, lock) = match secret {
        None => {
            let (key, wrapped) = DataKey::new_wrapped(&device.key, None).await?;
            (key, wrapped, Lock::Device)
        }
        Some((kind, secret)) => {
            let kdf = crypto::new_kdf()?;
            let secret_key = SecretKey::derive(secret, &kdf).await?;
            let (key, wrapped) = DataKey::new_wrapped(&device.key, Some(&secret_key)).await?;
            (key, wrapped, Lock::Secret { kind, kdf })
        }
    };
    let sealed = key.seal_diary(json, &lock, &wrapped).await?;
    Ok((key, sealed))
}

/// A fresh key pair for locked notes: the public half sealed under the device key, the
/// private half under the data key and bound to that public half.
async fn new_inbox(device: &DeviceKey, key: &DataKey) -> Result<Inbox, CryptoError> {
    let (public_key, private_key) = sealed_box::new_key_pair().await?;
    let sealed_public = crypto::seal(&device.key, PUBLIC_KEY_AAD, &public_key).await?;
    let sealed_private = key
        .seal(&private_key_aad(&public_key), &private_key)
        .await?;
    Inbox::new(sealed_public, sealed_private).map_err(|_| CryptoError::Unavailable)
}

struct OpenedInbox {
    private: web_sys::CryptoKey,
    public_key: Vec<u8>,
    inbox: Inbox,
}

enum InboxState {
    None,
    /// Unreadable, or its keys do not match the diary's: this text is kept aside.
    Replaced(String),
    Open(OpenedInbox),
}

async fn open_inbox(key: &DataKey, device: &DeviceKey) -> InboxState {
    let Some(raw) = diary_store::read_inbox_raw() else {
        return InboxState::None;
    };
    let Ok(inbox) = Inbox::from_json(&raw) else {
        return InboxState::Replaced(raw);
    };
    let keys = async {
        let public_key =
            crypto::open(&device.key, PUBLIC_KEY_AAD, &inbox.sealed_public_key).await?;
        let pkcs8 = key
            .open(&private_key_aad(&public_key), &inbox.sealed_private_key)
            .await?;
        let private = sealed_box::import_private(&pkcs8).await?;
        Ok::<_, CryptoError>((public_key, private))
    }
    .await;
    match keys {
        Ok((public_key, private)) => InboxState::Open(OpenedInbox {
            private,
            public_key,
            inbox,
        }),
        Err(_) => InboxState::Replaced(raw),
    }
}

/// The uses noted while locked under an earlier Repère, merged into `diary`.
async fn merge_legacy_notes(key: &LegacyKey, diary: &mut Diary) -> usize {
    let Some(inbox) =
        diary_store::read_inbox_raw().and_then(|raw| LegacyInbox::from_json(&raw).ok())
    else {
        return 0;
    };
    if !key.fits(&inbox.private_key) {
        return 0;
    }
    let Some(pkcs8) = key
        .open(&inbox.private_key)
        .await
        .ok()
        .and_then(|text| base64::decode(&text))
    else {
        return 0;
    };
    let Ok(private) = sealed_box::import_private(&pkcs8).await else {
        return 0;
    };
    let mut uses = Vec::new();
    for note in &inbox.notes {
        if let Some(entry) = sealed_box::open_with(&private, note, NOTE_INFO_V1)
            .await
            .ok()
            .and_then(|text| parse_legacy_note(&text).ok())
        {
            uses.push(entry);
        }
    }
    merge_notes(diary, &uses).unwrap_or(0)
}

/// Seals this window's diary to the (new) locked notes' key, for the next unlock.
async fn carry_over(device: &DeviceKey, json: &str) {
    let Some(inbox) = diary_store::read_inbox_raw().and_then(|raw| Inbox::from_json(&raw).ok())
    else {
        return;
    };
    let Ok(public_key) = crypto::open(&device.key, PUBLIC_KEY_AAD, &inbox.sealed_public_key).await
    else {
        return;
    };
    if let Ok(note) = sealed_box::seal_to(&public_key, json, &carry_info(&public_key)).await {
        let _ = diary_store::write_carry(&Carry(note).to_json());
    }
}

/// Takes these notes (and a carried-over diary) out of storage; false if a write failed.
fn remove_notes(ephemeral_keys: &[Vec<u8>]) -> bool {
    if let Some(carry) = diary_store::read_carry().and_then(|raw| Carry::from_json(&raw).ok()) {
        if ephemeral_keys.contains(&carry.0.ephemeral_key) {
            diary_store::remove_carry();
        }
    }
    let Some(mut inbox) = diary_store::read_inbox_raw().and_then(|raw| Inbox::from_json(&raw).ok())
    else {
        return true;
    };
    let mut removed = false;
    for key in ephemeral_keys {
        removed |= inbox.remove(key);
    }
    !removed || diary_store::write_inbox(&inbox.to_json()).is_ok()
}
