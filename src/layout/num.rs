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
        write_fixed(f, self.0, 1, false)
    }
}

/// `value` to `decimals` places (at most 17), as `{:.N}` writes it: halves away from zero, no
/// "-0", not finite values as 0. Written from an integer, so that the first load does without
/// Rust's float formatting (Grisu, Dragon and their tables).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fixed(pub f64, pub u8);

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_fixed(f, self.0, self.1, false)
    }
}

/// Like [`Fixed`], without the trailing zeros of the fraction (nor its point): `1.5`, `30`,
/// `-20.25`, as `{}` writes a number already rounded to that many places.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trimmed(pub f64, pub u8);

impl fmt::Display for Trimmed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_fixed(f, self.0, self.1, true)
    }
}

/// Like [`Fixed`], always with a sign: `+0.12`, `-0.87`, `+0.00` (as `{:+.N}` writes it,
/// but zero is never negative).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Signed(pub f64, pub u8);

impl fmt::Display for Signed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let places = POWERS[usize::from(self.1.min(17))] as f64;
        let negative = (self.0 * places).round() < 0.0;
        write!(
            f,
            "{}{}",
            if negative { '-' } else { '+' },
            Fixed(self.0.abs(), self.1)
        )
    }
}

const POWERS: [u64; 18] = {
    let mut powers = [1u64; 18];
    let mut i = 1;
    while i < 18 {
        powers[i] = powers[i - 1] * 10;
        i += 1;
    }
    powers
};

fn write_fixed(f: &mut fmt::Formatter<'_>, value: f64, decimals: u8, trim: bool) -> fmt::Result {
    let mut decimals = usize::from(decimals.min(17));
    let scale = POWERS[decimals];
    // `as` saturates: numbers past ±9.2e18 in the last place are far outside any drawing.
    let scaled = if value.is_finite() {
        (value * scale as f64).round() as i64
    } else {
        0
    };
    let sign = if scaled < 0 { "-" } else { "" };
    let abs = scaled.unsigned_abs();
    let whole = abs / scale;
    let mut fraction = abs % scale;
    if trim {
        while decimals > 0 && fraction.is_multiple_of(10) {
            fraction /= 10;
            decimals -= 1;
        }
    }
    if decimals == 0 {
        write!(f, "{sign}{whole}")
    } else {
        write!(f, "{sign}{whole}.{fraction:0decimals$}")
    }
}

/// A number as a message shows what a dataset holds: as `{}` writes it where that is short
/// (`1.5`, `-0.25`, `120`), otherwise with an exponent (`1.5e-9`, `2e300`), its digits those
/// that read back as the same number.
pub fn float_text(value: f64) -> String {
    if !value.is_finite() {
        return "null".into();
    }
    let shortest = |x: f64| {
        (0..=17)
            .map(|d| Trimmed(x, d).to_string())
            .find(|t| parse_decimal(t) == Some(x))
            .unwrap_or_else(|| Trimmed(x, 17).to_string())
    };
    let magnitude = value.abs();
    if magnitude == 0.0 || (1e-5..1e15).contains(&magnitude) {
        return shortest(value);
    }
    let mut exponent: i32 = 0;
    let mut probe = magnitude;
    while probe >= 10.0 {
        probe /= 10.0;
        exponent += 1;
    }
    while probe < 1.0 {
        probe *= 10.0;
        exponent -= 1;
    }
    // One division (two below 1e-300, where 10^-exponent itself would overflow).
    let mantissa = if exponent < -300 {
        magnitude * 1e300 * 10f64.powi(-exponent - 300)
    } else {
        magnitude / 10f64.powi(exponent)
    };
    let digits = (0..=17)
        .map(|d| Trimmed(mantissa, d).to_string())
        .find(|t| {
            parse_decimal(&format!("{t}e{exponent}"))
                .is_some_and(|back| (back - magnitude).abs() <= magnitude * 1e-15)
        })
        .unwrap_or_else(|| Trimmed(mantissa, 17).to_string());
    let sign = if value < 0.0 { "-" } else { "" };
    format!("{sign}{digits}e{exponent}")
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
    use super::{float_text, parse_decimal, Fixed, Signed, Tenths, Trimmed};

    #[test]
    fn fixed_and_trimmed_write_what_the_standard_format_writes() {
        for &x in &[
            0.0, 1.0, -1.0, 0.5, 12.345678, -12.345678, 1500.0, 0.0001, -0.2, 64.0, 0.123456,
            999.99999, 1e9,
        ] {
            for d in 0..=4u8 {
                let ours = Fixed(x, d).to_string();
                let std = format!("{x:.*}", usize::from(d));
                // Only exact ties may differ (halves away from zero against to even).
                let scaled = x * 10f64.powi(i32::from(d));
                if (scaled.fract().abs() - 0.5).abs() > 1e-6 {
                    // `{:.N}` keeps the sign of a negative number rounded to zero.
                    let std_unsigned = match std.strip_prefix('-') {
                        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest,
                        _ => &std,
                    };
                    assert_eq!(ours, std_unsigned, "{x} to {d}");
                }
                let trimmed = Trimmed(x, d).to_string();
                let rounded: f64 = Fixed(x, d).to_string().parse().unwrap();
                assert_eq!(parse_decimal(&trimmed), Some(rounded), "{x} trimmed to {d}");
                assert!(
                    !(trimmed.ends_with('.') || trimmed.contains('.') && trimmed.ends_with('0')),
                    "{trimmed}"
                );
            }
        }
        assert_eq!(Fixed(-0.004, 2).to_string(), "0.00");
        assert_eq!(Fixed(2.0, 0).to_string(), "2");
        assert_eq!(Fixed(1.23456, 4).to_string(), "1.2346");
        assert_eq!(Trimmed(1.5, 4).to_string(), "1.5");
        assert_eq!(Trimmed(-20.0, 1).to_string(), "-20");
        assert_eq!(Trimmed(0.30000000000000004, 4).to_string(), "0.3");
        assert_eq!(Fixed(f64::NAN, 2).to_string(), "0.00");
        for (x, text) in [
            (0.123, "+0.12"),
            (-0.871, "-0.87"),
            (-0.001, "+0.00"),
            (1.0, "+1.00"),
        ] {
            assert_eq!(Signed(x, 2).to_string(), text);
        }
    }

    #[test]
    fn float_text_reads_back_as_the_number() {
        for &x in &[
            1.5,
            -0.25,
            0.1,
            0.3,
            120.0,
            2.5e-3,
            12345.678,
            1e-9,
            -1.5e-9,
            2e300,
            1.7976931348623157e308,
            123456789.125,
            5e-320,
            0.0,
            -3.0,
        ] {
            let text = float_text(x);
            let back: f64 = text.parse().unwrap();
            assert!((back - x).abs() <= x.abs() * 1e-14, "{x}: {text}");
            if (1e-5..1e15).contains(&x.abs()) || x == 0.0 {
                assert_eq!(text, x.to_string(), "{x}");
            }
        }
        assert_eq!(float_text(1e-9), "1e-9");
        assert_eq!(float_text(-2.5e20), "-2.5e20");
    }

    #[test]
    fn reads_decimals_as_the_standard_parser_does() {
        for text in [
            "0",
            "1",
            "-1",
            "+2",
            "1.5",
            "-20.5",
            "30",
            "0.1",
            "0.2",
            "0.3",
            "3.25",
            ".5",
            "5.",
            "-0",
            "1234.5678",
            "999.95",
            "1e3",
            "1.5E-3",
            "-2.5e+2",
            "0.000001",
            "123456789012",
            "2.220446049250313e-16",
            "9007199254740993",
            "12345678901234567890123",
            "1e300",
            "1e-300",
            "1e-400",
            "00012.50",
        ] {
            let ours = parse_decimal(text).unwrap_or_else(|| panic!("{text}"));
            let std: f64 = text.parse().unwrap();
            let tolerance = std.abs() * 1e-14;
            assert!(
                (ours - std).abs() <= tolerance,
                "{text}: {ours} against {std}"
            );
            assert_eq!(ours.is_sign_negative(), std.is_sign_negative(), "{text}");
        }
        // Where the fast path applies the result is exact.
        for text in [
            "0.1",
            "-20.5",
            "1.5",
            "3.25",
            "1234.5678",
            "1e22",
            "123.456e-5",
        ] {
            assert_eq!(parse_decimal(text), text.parse().ok(), "{text}");
        }
        for text in [
            "", "-", "+", ".", "1.2.3", "1e", "1e+", "abc", "1,5", " 1", "1 ", "inf",
        ] {
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
