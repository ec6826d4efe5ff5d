//! Entry point: installs the panic hook, applies the remembered colour theme and mounts the
//! app; nothing else.

fn main() {
    console_error_panic_hook::set_once();
    war_alignment_explorer::state::theme::apply_stored();
    leptos::mount::mount_to_body(war_alignment_explorer::App);
}
