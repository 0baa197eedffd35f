//! The diary's place in the app shell, and all the shell knows of it. The diary itself
//! (`DiaryState`: its listeners, session, storage and crypto) starts the first time a
//! diary screen opens, inside the diary's own wasm file: a visit that never opens the
//! diary never downloads that code, and nothing listens for it until then.

use super::state::DiaryState;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

type LeaveHook = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = ()>>>>;

#[derive(Clone, Copy)]
pub struct DiarySlot {
    /// The app's owner: the diary outlives every screen, as the app does.
    owner: StoredValue<Owner, LocalStorage>,
    state: StoredValue<Option<DiaryState>, LocalStorage>,
    /// Set by the started diary: how "leave now" locks it before leaving.
    leave: StoredValue<Option<LeaveHook>, LocalStorage>,
}

impl DiarySlot {
    /// Made by the app shell, which provides it as context.
    pub fn new() -> DiarySlot {
        DiarySlot {
            owner: StoredValue::new_local(Owner::current().expect("made inside the app")),
            state: StoredValue::new_local(None),
            leave: StoredValue::new_local(None),
        }
    }

    /// The diary, started on first use. Only the diary's screens call this.
    pub fn get_or_start(&self) -> DiaryState {
        if let Some(state) = self.state.get_value() {
            return state;
        }
        let state = self.owner.with_value(|owner| owner.with(DiaryState::start));
        self.state.set_value(Some(state));
        let hook: LeaveHook = Rc::new(move || Box::pin(async move { state.leave_now().await }));
        self.leave.set_value(Some(hook));
        state
    }

    /// "Leave now": a started diary locks first (its last change sealed), then the page
    /// leaves; with no diary started there is nothing to lock.
    pub async fn leave_now(&self) {
        match self.leave.get_value() {
            Some(leave) => leave().await,
            None => crate::browser::leave::leave_now(),
        }
    }
}
