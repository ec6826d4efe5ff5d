//! For the wasm app with the `split` feature: keep the linker's relocations in the wasm file, which
//! the splitter (scripts/split.mjs, wasm-split-cli) needs to cut out the `#[wasm_split]` functions.
//!
//! And the English catalogue as the app compiles it in: `locales/en.txt` without its comments
//! (each an empty line, so that a line keeps its number), which only its editors read.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=locales/en.txt");
    let english = std::fs::read_to_string("locales/en.txt").expect("locales/en.txt is readable");
    let compiled: String = english
        .lines()
        .map(|line| {
            if line.trim_start().starts_with('#') {
                ""
            } else {
                line
            }
        })
        .flat_map(|line| [line, "\n"])
        .collect();
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&out).join("en.txt"), compiled)
        .expect("OUT_DIR is writable");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bin=war-alignment-explorer=--emit-relocs");
    }
}
