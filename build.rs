//! The reader is linked as a fixed-address executable on Linux with glibc: a position-independent
//! one makes the dynamic loader apply some 43 000 relocations to the tables of its dependencies
//! at every start, touching 200 pages more (313 page faults against 106 for `quoth --version`),
//! which is most of what kept the first screen above 1.5 times `less` (BENCHMARKS.md). Only the
//! binaries are linked so; the library and the Python extension stay position-independent, and
//! the shared libraries, stack and heap are still placed at random.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
