fn main() {
    #[cfg(target_arch = "wasm32")]
    repere::ui::start();
}
