//! Which addresses from a dataset may become links. A dataset is input from strangers: only
//! `http:` and `https:` addresses are followed; anything else (`javascript:`, `data:`, `file:`,
//! a relative path) is shown as plain text.

/// The address, trimmed, if it is a web address (`http:` or `https:`, any case).
pub fn web_link(url: &str) -> Option<&str> {
    let url = url.trim_matches(|c: char| c.is_whitespace() || c.is_control());
    let (scheme, rest) = url.split_once(':')?;
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    (web && rest.starts_with("//") && rest.len() > 2 && !url.chars().any(char::is_control))
        .then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(
            web_link("https://example.org/a?b=c"),
            Some("https://example.org/a?b=c")
        );
        assert_eq!(
            web_link("  HTTP://example.org  "),
            Some("HTTP://example.org")
        );
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "\u{0}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "//example.org",
            "/relative/path",
            "example.org",
            "https:",
            "https://",
            "http:/example.org",
            "https://exa\u{7}mple.org",
            "",
        ] {
            assert_eq!(web_link(bad), None, "{bad:?}");
        }
    }
}
