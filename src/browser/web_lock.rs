//! Web Locks: one tab at a time tries a PIN, so that tabs opened side by side cannot each
//! pass the wait check and guess in parallel. Browsers without them run the work at once.

use js_sys::{Function, Promise, Reflect};
use std::future::Future;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn lock_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}

/// A promise and the function that resolves it.
fn deferred() -> (Promise, Function) {
    let mut resolver = None;
    let promise = Promise::new(&mut |resolve, _| resolver = Some(resolve));
    (promise, resolver.expect("the executor runs at once"))
}

/// Runs `work` holding the exclusive lock `name` (across this origin's tabs).
pub async fn exclusive<T>(name: &str, work: impl Future<Output = T>) -> T {
    let request = lock_manager().and_then(|locks| {
        let request = Reflect::get(&locks, &"request".into()).ok()?;
        Some((locks, request.dyn_into::<Function>().ok()?))
    });
    let Some((locks, request)) = request else {
        return work.await;
    };
    let (granted, grant) = deferred();
    let (released, release) = deferred();
    let on_granted = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        let _ = grant.call0(&JsValue::NULL);
        released.into()
    });
    if request
        .call2(&locks, &JsValue::from_str(name), &on_granted)
        .is_err()
    {
        return work.await;
    }
    let _ = JsFuture::from(granted).await;
    let result = work.await;
    let _ = release.call0(&JsValue::NULL);
    result
}
