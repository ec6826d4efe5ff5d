//! Numbers written into SVG attributes and read back from addresses. `format!("{:.1}", x)`
//! takes Rust's exact decimal path, which is slow in wasm and runs thousands of times when a
//! window moves; [`Tenths`] writes the same text from an integer. [`parse_decimal`] reads the
//! few numbers an address holds (a zoom) without the standard library's float parser, whose
//! table of powers of five alone is 10 KB of the first load.

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

/// A decimal number as people and [`Tenths`] write it: an optional sign, digits with an
/// optional point (at least one digit), an optional exponent (`1.5e3`). No "inf" or "NaN";
/// `None` for anything else. Exact (as `str::parse` reads it) where the digits fit 2^53 and
/// the power of ten is at most 22; beyond that within a few units of the last place.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let mut mantissa: u64 = 0;
    let mut exponent: i32 = 0;
    let mut digits = 0;
    let mut point = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa < (u64::MAX - 9) / 10 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    exponent -= i32::from(point);
                } else {
                    exponent += i32::from(!point);
                }
            }
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        i += 1;
        let sign = match bytes.get(i) {
            Some(b'-') => {
                i += 1;
                -1
            }
            Some(b'+') => {
                i += 1;
                1
            }
            _ => 1,
        };
        let start = i;
        let mut power: i32 = 0;
        while let Some(&b @ b'0'..=b'9') = bytes.get(i) {
            power = power.saturating_mul(10).saturating_add(i32::from(b - b'0'));
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent = exponent.saturating_add(sign * power);
    }
    if i != bytes.len() {
        return None;
    }
    let value = if mantissa < 1 << 53 && exponent.abs() <= 22 {
        // Both exact, so one rounding: the correctly rounded result.
        let scale = 10f64.powi(exponent.abs());
        if exponent < 0 {
            mantissa as f64 / scale
        } else {
            mantissa as f64 * scale
        }
    } else {
        mantissa as f64 * 10f64.powi(exponent.clamp(-400, 400))
    };
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::{parse_decimal, Tenths};

    #[test]
    fn reads_decimals_as_the_standard_parser_does() {
        for text in [
            "0", "1", "-1", "+2", "1.5", "-20.5", "30", "0.1", "0.2", "0.3", "3.25", ".5", "5.",
            "-0", "1234.5678", "999.95", "1e3", "1.5E-3", "-2.5e+2", "0.000001", "123456789012",
            "2.220446049250313e-16", "9007199254740993", "12345678901234567890123", "1e300",
            "1e-300", "1e-400", "00012.50",
        ] {
            let ours = parse_decimal(text).unwrap_or_else(|| panic!("{text}"));
            let std: f64 = text.parse().unwrap();
            let tolerance = std.abs() * 1e-14;
            assert!((ours - std).abs() <= tolerance, "{text}: {ours} against {std}");
            assert_eq!(ours.is_sign_negative(), std.is_sign_negative(), "{text}");
        }
        // Where the fast path applies the result is exact.
        for text in ["0.1", "-20.5", "1.5", "3.25", "1234.5678", "1e22", "123.456e-5"] {
            assert_eq!(parse_decimal(text), text.parse().ok(), "{text}");
        }
        for text in ["", "-", "+", ".", "1.2.3", "1e", "1e+", "abc", "1,5", " 1", "1 ", "inf"] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
        for x in [0.0, -12.3, 45.6, 1e6, -0.5] {
            let written = Tenths(x).to_string();
            assert_eq!(parse_decimal(&written), written.parse().ok(), "{written}");
        }
    }

    #[test]
    fn writes_what_the_standard_format_writes() {
        for &x in &[
            0.0, 1.0, -1.0, 0.04, 0.06, -0.04, -0.06, 12.34, -12.34, 999.95, 1234.5678, -0.5, 3.25,
            1e6, -1e6, 0.1, 0.2, 0.3,
        ] {
            let ours = Tenths(x).to_string();
            let std = format!("{x:.1}");
            let parsed = parse_decimal(&ours).unwrap();
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
