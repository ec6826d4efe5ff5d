//! For the wasm app with the `split` feature: keep the linker's relocations in the wasm file, which
//! the splitter (scripts/split.mjs, wasm-split-cli) needs to cut out the `#[wasm_split]` functions.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bin=war-alignment-explorer=--emit-relocs");
    }
}
