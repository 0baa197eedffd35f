//! The diary as the whole app shares it: one copy in memory for the page's lifetime (so
//! unsaved entries survive moving between screens), the PIN key, and the saving that
//! never gives up. Views get Copy handles through [`use_diary`].

use crate::browser::crypto::{CryptoError, SealingKey};
use crate::browser::diary_store::{self, Damage, Stored};
use crate::browser::storage::StorageError;
use crate::browser::{clock, random, sealed_box, visibility};
use crate::diary::inbox::{merge_notes, note_document, Inbox, InboxError};
use crate::diary::{base64, wrong_pin_delay_ms, Deleted, Diary, EditError, EncryptedBlob, EntryId};
use leptos::prelude::*;
use std::cell::{OnceCell, RefCell};

/// How often a failed save is tried again, besides each change and each time the page is hidden.
const RETRY_EVERY_MS: i32 = 20_000;

/// A diary with a PIN locks itself once the app has been in the background this long:
/// time enough to pick a file or take a call, and a phone picked up later shows nothing.
pub const AUTO_LOCK_AFTER_MS: i64 = 60_000;

#[derive(Clone, Debug, PartialEq)]
pub enum Access {
    Open,
    /// A PIN protects the diary; only the sealed blob is known.
    Locked(EncryptedBlob),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    /// The last write failed; the diary is safe in memory and saving goes on trying.
    Failed(StorageError),
}

/// Stored text that could not be read, and whether it is now safe under the damaged key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DamageNotice {
    pub damage: Damage,
    pub moved: bool,
}

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
        offset_min: i16,
        id: EntryId,
    },
    /// Noted while locked: it joins the diary at the next unlock.
    Noted {
        at_ms: i64,
        offset_min: i16,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnlockError {
    /// Wait this many more seconds before the next try.
    Wait(u64),
    /// Wrong PIN; the next try must wait this many seconds (0: none).
    Wrong(u64),
    Crypto(CryptoError),
    /// The PIN was right but what it opened is not a diary.
    Damaged(Damage),
}

#[derive(Default)]
struct Inner {
    key: Option<SealingKey>,
    dirty: bool,
    saving: bool,
    /// Unreadable text still under the main key, waiting for room to be moved aside.
    pending_damaged: Option<String>,
    toast_serial: u64,
    /// When the page was last hidden, while it still is.
    hidden_since: Option<i64>,
    /// Auto-lock came while a change was unsaved: lock once it is saved.
    lock_when_saved: bool,
    /// Locked notes merged into memory, to take out of storage once the diary is saved.
    merged_notes: Vec<Vec<u8>>,
    /// The last text that could not be written, kept in the tab if the page is left.
    unwritten: Option<String>,
}

thread_local! {
    static SHARED: OnceCell<DiaryState> = const { OnceCell::new() };
    static INNER: RefCell<Inner> = RefCell::new(Inner::default());
}

/// Copy handles on the diary the whole app shares.
#[derive(Clone, Copy)]
pub struct DiaryState {
    pub diary: RwSignal<Diary>,
    pub access: RwSignal<Access>,
    pub has_pin: RwSignal<bool>,
    pub save: RwSignal<SaveState>,
    pub damage: RwSignal<Option<DamageNotice>>,
    pub toast: RwSignal<Option<Toast>>,
    /// The entry whose details are open for editing.
    pub editing: RwSignal<Option<EntryId>>,
    /// Now, refreshed every half minute, for "time since last use".
    pub now_ms: RwSignal<i64>,
}

/// Creates the shared diary before the app mounts, outside any component, so that no
/// screen's clean-up can dispose of it.
pub fn prepare() {
    SHARED.with(|cell| {
        cell.get_or_init(init);
    });
}

pub fn use_diary() -> DiaryState {
    SHARED.with(|cell| *cell.get_or_init(init))
}

fn init() -> DiaryState {
    let now = clock::now_ms();
    // Left with a change storage had no room for: that text is the newest diary (nothing
    // else could be written meanwhile either). Write it now if there is room.
    let kept = diary_store::unwritten();
    let kept_unwritten = kept
        .as_deref()
        .is_some_and(|text| diary_store::write(text).is_err());
    if kept.is_some() && !kept_unwritten {
        diary_store::forget_unwritten();
    }
    let raw = if kept_unwritten {
        kept.clone()
    } else {
        diary_store::read_raw()
    };
    let mut damage = None;
    let (diary, access) = match diary_store::classify(raw.as_deref()) {
        Stored::Nothing => (Diary::new(), Access::Open),
        Stored::Plain(diary) => (diary, Access::Open),
        Stored::Locked(blob) => (Diary::new(), Access::Locked(blob)),
        Stored::Damaged(error) => {
            let raw = raw.unwrap_or_default();
            let moved = diary_store::move_aside(&raw, now).is_ok();
            if !moved {
                INNER.with(|inner| inner.borrow_mut().pending_damaged = Some(raw));
            }
            damage = Some(DamageNotice {
                damage: error,
                moved,
            });
            (Diary::new(), Access::Open)
        }
    };
    let has_pin = matches!(access, Access::Locked(_));
    if kept_unwritten {
        with_inner(|inner| {
            inner.dirty = true;
            inner.unwritten = kept;
        });
    }
    let shared = DiaryState {
        diary: RwSignal::new(diary),
        access: RwSignal::new(access),
        has_pin: RwSignal::new(has_pin),
        save: RwSignal::new(if kept_unwritten {
            SaveState::Failed(StorageError::Full)
        } else {
            SaveState::Saved
        }),
        damage: RwSignal::new(damage),
        toast: RwSignal::new(None),
        editing: RwSignal::new(None),
        now_ms: RwSignal::new(now),
    };
    diary_store::on_other_tab_change(|raw| use_diary().other_tab_wrote(raw));
    clock::every(RETRY_EVERY_MS, || {
        let state = use_diary();
        state.now_ms.set(clock::now_ms());
        state.retry();
    });
    visibility::on_change(|hidden| use_diary().visibility_changed(hidden));
    visibility::on_leave(|| use_diary().keep_unwritten());
    shared
}

fn with_inner<T>(f: impl FnOnce(&mut Inner) -> T) -> T {
    INNER.with(|inner| f(&mut inner.borrow_mut()))
}

impl DiaryState {
    pub fn is_open(&self) -> bool {
        matches!(self.access.get(), Access::Open)
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
            self.show_toast(
                ToastKind::Recorded {
                    at_ms,
                    offset_min,
                    id,
                },
                Some(Undo::Unrecord(id)),
            );
        }
        Ok(id)
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
        match undo {
            Undo::Unrecord(id) => self.diary.update(|diary| {
                let _ = diary.delete(id);
            }),
            Undo::Restore(deleted) => self.diary.update(|diary| {
                let _ = diary.restore(deleted);
            }),
            Undo::Unnote(ephemeral_key) => {
                if let Some(mut inbox) = diary_store::read_inbox() {
                    if inbox.remove(&ephemeral_key) && diary_store::write_inbox(&inbox).is_err() {
                        return; // still there: the toast and its undo stay
                    }
                }
                self.show_toast(ToastKind::Undone, None);
                return;
            }
        }
        self.editing.set(None);
        self.changed();
        self.show_toast(ToastKind::Undone, None);
    }

    pub fn show_toast(&self, kind: ToastKind, undo: Option<Undo>) {
        let serial = with_inner(|inner| {
            inner.toast_serial += 1;
            inner.toast_serial
        });
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

    fn changed(&self) {
        with_inner(|inner| inner.dirty = true);
        self.save_soon();
    }

    pub fn retry(&self) {
        if with_inner(|inner| inner.dirty) {
            self.save_soon();
        }
    }

    fn save_soon(&self) {
        let state = *self;
        leptos::task::spawn_local(async move { state.save_loop().await });
    }

    async fn save_loop(self) {
        if with_inner(|inner| std::mem::replace(&mut inner.saving, true)) {
            return; // the running loop will see `dirty`
        }
        loop {
            if !self.is_open_untracked() {
                break;
            }
            let merging = with_inner(|inner| {
                inner.dirty = false;
                std::mem::take(&mut inner.merged_notes)
            });
            let put_back =
                |merging: Vec<Vec<u8>>| with_inner(|inner| inner.merged_notes.extend(merging));
            if let Err(error) = self.move_damaged_aside() {
                put_back(merging);
                self.failed(error);
                break;
            }
            let json = self.diary.with_untracked(|diary| diary.to_storage_json());
            let key = with_inner(|inner| inner.key.clone());
            let text = match &key {
                Some(sealing) => match sealing.seal(&json).await {
                    Ok(blob) => blob.to_json(),
                    Err(_) => {
                        put_back(merging);
                        self.failed(StorageError::Unavailable);
                        break;
                    }
                },
                None => json,
            };
            // Locked, wiped or re-keyed meanwhile: this text is stale.
            if !self.is_open_untracked() || !same_key(&key, &key_snapshot()) {
                put_back(merging);
                with_inner(|inner| inner.dirty = true);
                continue;
            }
            match diary_store::write(&text) {
                Ok(()) => {
                    self.save.set(SaveState::Saved);
                    forget_saved_notes(&merging);
                    if with_inner(|inner| inner.unwritten.take()).is_some() {
                        diary_store::forget_unwritten();
                    }
                }
                Err(error) => {
                    put_back(merging);
                    with_inner(|inner| inner.unwritten = Some(text));
                    self.failed(error);
                    break;
                }
            }
            if !with_inner(|inner| inner.dirty) {
                break;
            }
        }
        with_inner(|inner| inner.saving = false);
        if !self.unsaved() && with_inner(|inner| std::mem::take(&mut inner.lock_when_saved)) {
            self.lock();
        }
    }

    /// The page is being left with a change storage had no room for: keep it in the tab.
    /// Without a PIN the diary in memory is the newest text; with one, the last sealed text.
    fn keep_unwritten(&self) {
        if !self.unsaved() || !self.is_open_untracked() {
            return;
        }
        let text = if self.has_pin.get_untracked() {
            with_inner(|inner| inner.unwritten.clone())
        } else {
            let json = self.diary.with_untracked(|diary| diary.to_storage_json());
            // A last try, in case room was made; else the tab keeps it.
            diary_store::write(&json).is_err().then_some(json)
        };
        if let Some(text) = text {
            diary_store::keep_unwritten(&text);
        }
    }

    /// Hidden: save what is pending, and lock after [`AUTO_LOCK_AFTER_MS`]. Shown again:
    /// lock if that time has passed (timers may sleep while hidden).
    fn visibility_changed(&self, hidden: bool) {
        let now = clock::now_ms();
        if hidden {
            with_inner(|inner| inner.hidden_since = Some(now));
            self.retry();
            set_timeout(
                move || {
                    if with_inner(|inner| inner.hidden_since == Some(now)) {
                        use_diary().auto_lock();
                    }
                },
                std::time::Duration::from_millis(AUTO_LOCK_AFTER_MS as u64),
            );
        } else {
            let since = with_inner(|inner| inner.hidden_since.take());
            if since.is_some_and(|since| now - since >= AUTO_LOCK_AFTER_MS) {
                self.auto_lock();
            }
            self.now_ms.set(now);
        }
    }

    /// Locks now, or as soon as the last change is saved (locking forgets it otherwise).
    fn auto_lock(&self) {
        if self.has_pin.get_untracked() && self.is_open_untracked() && !self.lock() {
            with_inner(|inner| inner.lock_when_saved = true);
        }
    }

    fn failed(&self, error: StorageError) {
        with_inner(|inner| inner.dirty = true);
        self.save.set(SaveState::Failed(error));
    }

    fn is_open_untracked(&self) -> bool {
        matches!(self.access.get_untracked(), Access::Open)
    }

    fn move_damaged_aside(&self) -> Result<(), StorageError> {
        let Some(raw) = with_inner(|inner| inner.pending_damaged.clone()) else {
            return Ok(());
        };
        diary_store::move_aside(&raw, clock::now_ms())?;
        with_inner(|inner| inner.pending_damaged = None);
        self.damage.update(|notice| {
            if let Some(notice) = notice {
                notice.moved = true;
            }
        });
        Ok(())
    }

    /// Whether some change is only in memory.
    pub fn unsaved(&self) -> bool {
        with_inner(|inner| inner.dirty)
    }

    /// Another tab wrote `raw` (or removed the diary): follow it, keeping any entry of ours
    /// not yet saved.
    fn other_tab_wrote(&self, raw: Option<String>) {
        let state = *self;
        match diary_store::classify(raw.as_deref()) {
            Stored::Nothing => state.forget_everything(),
            Stored::Damaged(_) => {}
            Stored::Plain(theirs) => {
                with_inner(|inner| inner.key = None);
                self.has_pin.set(false);
                if !self.is_open_untracked() {
                    self.access.set(Access::Open);
                }
                self.adopt(theirs);
            }
            Stored::Locked(blob) => {
                let key = with_inner(|inner| inner.key.clone());
                match key {
                    Some(key) if key.fits(&blob) && self.is_open_untracked() => {
                        leptos::task::spawn_local(async move {
                            if let Ok(json) = key.open(&blob).await {
                                if let Ok(theirs) = Diary::from_json(&json) {
                                    state.adopt(theirs);
                                }
                            }
                        });
                    }
                    _ => {
                        // A PIN set or changed in the other tab: this one locks too.
                        with_inner(|inner| {
                            inner.key = None;
                            inner.dirty = false;
                        });
                        self.diary.set(Diary::new());
                        self.editing.set(None);
                        self.toast.set(None);
                        self.has_pin.set(true);
                        self.access.set(Access::Locked(blob));
                    }
                }
            }
        }
    }

    fn adopt(&self, theirs: Diary) {
        let ours = self.diary.get_untracked();
        let keep_ours = with_inner(|inner| inner.dirty) || ours.settings().memory_only;
        if keep_ours && !ours.entries().is_empty() {
            let mut merged = theirs;
            if let Ok(prepared) = merged.prepare_import(&ours.to_json()) {
                let _ = merged.apply_import(prepared);
            }
            self.diary.set(merged);
            if with_inner(|inner| inner.dirty) {
                self.save_soon();
            }
        } else {
            self.diary.set(theirs);
        }
    }

    fn forget_everything(&self) {
        with_inner(|inner| {
            inner.key = None;
            inner.dirty = false;
            inner.pending_damaged = None;
            inner.merged_notes.clear();
            inner.unwritten = None;
        });
        self.diary.set(Diary::new());
        self.access.set(Access::Open);
        self.has_pin.set(false);
        self.save.set(SaveState::Saved);
        self.damage.set(None);
        self.editing.set(None);
        self.toast.set(None);
    }

    /// Quick wipe: the diary, its damaged copies and the PIN state, here and in storage.
    pub fn wipe(&self) {
        diary_store::wipe();
        self.forget_everything();
    }

    /// Locks now: forgets the key and every entry in memory. Refused (false) while a change
    /// is not saved yet, since it would then be lost.
    pub fn lock(&self) -> bool {
        if !self.has_pin.get_untracked() || self.unsaved() {
            return false;
        }
        let Stored::Locked(blob) = diary_store::classify(diary_store::read_raw().as_deref()) else {
            return false;
        };
        with_inner(|inner| {
            inner.key = None;
            inner.lock_when_saved = false;
        });
        self.diary.set(Diary::new());
        self.editing.set(None);
        self.toast.set(None);
        self.access.set(Access::Locked(blob));
        true
    }

    /// Seconds to wait before the next PIN try (0: now).
    pub fn unlock_wait_s(&self) -> u64 {
        let (fails, last) = diary_store::pin_fails();
        let until = last.saturating_add(wrong_pin_delay_ms(fails) as i64);
        let left = until - clock::now_ms();
        if left > 0 {
            (left as u64).div_ceil(1000)
        } else {
            0
        }
    }

    pub async fn unlock(&self, pin: String) -> Result<(), UnlockError> {
        let Access::Locked(blob) = self.access.get_untracked() else {
            return Ok(());
        };
        let wait = self.unlock_wait_s();
        if wait > 0 {
            return Err(UnlockError::Wait(wait));
        }
        let key = SealingKey::for_blob(&pin, &blob)
            .await
            .map_err(UnlockError::Crypto)?;
        drop(pin);
        let json = match key.open(&blob).await {
            Ok(json) => json,
            Err(CryptoError::WrongKey) => {
                let (fails, _) = diary_store::pin_fails();
                let fails = fails.saturating_add(1);
                diary_store::set_pin_fails(fails, clock::now_ms());
                return Err(UnlockError::Wrong(wrong_pin_delay_ms(fails).div_ceil(1000)));
            }
            Err(error) => return Err(UnlockError::Crypto(error)),
        };
        let diary =
            Diary::from_json(&json).map_err(|error| UnlockError::Damaged(Damage::Data(error)))?;
        diary_store::clear_pin_fails();
        with_inner(|inner| inner.key = Some(key.clone()));
        self.diary.set(diary);
        self.now_ms.set(clock::now_ms());
        self.access.set(Access::Open);
        if diary_store::read_inbox_raw().is_none() {
            // A PIN set before locked notes existed: they work from now on.
            let _ = new_inbox(&key)
                .await
                .map(|inbox| diary_store::write_inbox(&inbox));
        }
        self.merge_inbox().await;
        Ok(())
    }

    /// "I used now" while locked: the use is sealed to the diary's public key, stored, and
    /// joins the diary at the next unlock. Nothing readable is written.
    pub async fn note_while_locked(&self) -> Result<(), NoteError> {
        let inbox = diary_store::read_inbox().ok_or(NoteError::Unavailable)?;
        let now = clock::now_ms();
        let offset_min = clock::offset_min();
        let id = EntryId::new(now, random::u64()).map_err(|_| NoteError::Unavailable)?;
        let document = note_document(id, now, offset_min).map_err(|_| NoteError::Unavailable)?;
        let note = sealed_box::seal_to(&inbox.public_key, &document)
            .await
            .map_err(|_| NoteError::Unavailable)?;
        // Read again: another tap may have added its note while this one was sealed.
        let mut inbox = diary_store::read_inbox().ok_or(NoteError::Unavailable)?;
        let ephemeral_key = note.ephemeral_key.clone();
        inbox.push(note).map_err(|error| match error {
            InboxError::Full => NoteError::Full,
            _ => NoteError::Unavailable,
        })?;
        diary_store::write_inbox(&inbox).map_err(NoteError::Storage)?;
        self.now_ms.set(now);
        self.show_toast(
            ToastKind::Noted {
                at_ms: now,
                offset_min,
            },
            Some(Undo::Unnote(ephemeral_key)),
        );
        Ok(())
    }

    /// Opens the notes made while locked and merges them; they leave storage once the
    /// diary holding them is saved. Notes this key cannot open stay where they are.
    async fn merge_inbox(&self) {
        let (Some(key), Some(raw)) = (key_snapshot(), diary_store::read_inbox_raw()) else {
            return;
        };
        let inbox = match Inbox::from_json(&raw) {
            Ok(inbox) => inbox,
            Err(_) => {
                if diary_store::move_aside(&raw, clock::now_ms()).is_ok() {
                    diary_store::remove_inbox();
                }
                return;
            }
        };
        if inbox.notes.is_empty() {
            return;
        }
        let Some(pkcs8) = key
            .open(&inbox.private_key)
            .await
            .ok()
            .and_then(|text| base64::decode(&text))
        else {
            return;
        };
        let Ok(private_key) = sealed_box::import_private(&pkcs8).await else {
            return;
        };
        let mut documents = Vec::new();
        let mut opened = Vec::new();
        for note in &inbox.notes {
            if let Ok(document) = sealed_box::open_with(&private_key, note).await {
                documents.push(document);
                opened.push(note.ephemeral_key.clone());
            }
        }
        let mut merged = Ok(0);
        self.diary
            .update(|diary| merged = merge_notes(diary, &documents));
        if merged.is_ok() {
            with_inner(|inner| inner.merged_notes.extend(opened));
            self.changed();
        }
    }

    /// Sets (or changes) the PIN: a fresh salt, then the diary is sealed and written. If
    /// the sealed copy cannot be written the PIN is not set, and the user is told.
    pub async fn set_pin(&self, pin: String) -> Result<(), PinError> {
        let key = SealingKey::new_for(&pin).await.map_err(PinError::Crypto)?;
        drop(pin);
        // Notes under the old PIN's key pair join the diary before a new pair replaces it.
        self.merge_inbox().await;
        let json = self.diary.with_untracked(|diary| diary.to_storage_json());
        let blob = key.seal(&json).await.map_err(PinError::Crypto)?;
        // Noting while locked is a convenience: the PIN is set even if this fails.
        let inbox = new_inbox(&key).await.ok();
        diary_store::write(&blob.to_json()).map_err(PinError::Storage)?;
        match inbox {
            Some(inbox) if diary_store::write_inbox(&inbox).is_ok() => {}
            _ => diary_store::remove_inbox(),
        }
        with_inner(|inner| inner.merged_notes.clear());
        diary_store::clear_pin_fails();
        with_inner(|inner| inner.key = Some(key));
        self.has_pin.set(true);
        self.changed();
        Ok(())
    }

    pub async fn remove_pin(&self) {
        self.merge_inbox().await;
        with_inner(|inner| inner.key = None);
        self.has_pin.set(false);
        self.changed();
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinError {
    Crypto(CryptoError),
    Storage(StorageError),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteError {
    /// No key pair (storage was full when the PIN was set) or no WebCrypto.
    Unavailable,
    /// `MAX_NOTES` notes wait already: time to open the diary.
    Full,
    Storage(StorageError),
}

/// A fresh key pair for locked notes, its private half sealed under the PIN's key.
async fn new_inbox(key: &SealingKey) -> Result<Inbox, CryptoError> {
    let (public_key, private_key) = sealed_box::new_key_pair().await?;
    let sealed = key.seal(&base64::encode(&private_key)).await?;
    Inbox::new(public_key, sealed).map_err(|_| CryptoError::Unavailable)
}

/// The saved diary now holds these notes: they leave the inbox.
fn forget_saved_notes(ephemeral_keys: &[Vec<u8>]) {
    if ephemeral_keys.is_empty() {
        return;
    }
    if let Some(mut inbox) = diary_store::read_inbox() {
        for ephemeral_key in ephemeral_keys {
            inbox.remove(ephemeral_key);
        }
        // If this fails they stay, and merge again without duplicates at the next unlock.
        let _ = diary_store::write_inbox(&inbox);
    }
}

fn key_snapshot() -> Option<SealingKey> {
    with_inner(|inner| inner.key.clone())
}

fn same_key(a: &Option<SealingKey>, b: &Option<SealingKey>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.same_as(b),
        _ => false,
    }
}
