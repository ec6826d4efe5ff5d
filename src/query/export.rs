//! Records written out for other tools: CSV tables of what a view shows. Pure: text in, text
//! out; the view offers the result as a download.

/// One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled), and
/// prefixed with `'` when it begins like a spreadsheet formula (`=`, `+`, `-`, `@`), so that
/// text from a dataset is never run as a formula.
pub fn csv_field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A CSV document: a header row, then one row per record, lines ended by CRLF (RFC 4180).
pub fn csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::new();
    let line = |fields: &mut dyn Iterator<Item = String>, out: &mut String| {
        let fields: Vec<String> = fields.map(|f| csv_field(&f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    };
    line(&mut header.iter().map(|h| h.to_string()), &mut out);
    for row in rows {
        line(&mut row.into_iter(), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("North Korea"), "North Korea");
        assert_eq!(csv_field("Seoul, Korea"), "\"Seoul, Korea\"");
        assert_eq!(
            csv_field("the \"same trench\""),
            "\"the \"\"same trench\"\"\""
        );
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn formulas_from_a_dataset_stay_text() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("+1"), "'+1");
        assert_eq!(csv_field("-0.87"), "'-0.87");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
    }

    #[test]
    fn a_document_has_a_header_and_crlf_lines() {
        let doc = csv(
            &["Actor", "Score"],
            vec![
                vec!["Russia".into(), "−1.00".into()],
                vec!["A, B".into(), "+0.50".into()],
            ],
        );
        assert_eq!(doc, "Actor,Score\r\nRussia,−1.00\r\n\"A, B\",'+0.50\r\n");
    }
}
