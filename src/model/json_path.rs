//! Places in a JSON text, by JSON path (`$.events[12].actors[1]`): one pass over a text that
//! serde_json has already parsed finds the line and column where the values at given paths
//! start. Used to locate a dataset's shape problems without wrapping every deserializer, which
//! costs the app much of its size.

/// A line and a column, both counted from 1 (bytes, as serde_json counts them).
pub type Place = (usize, usize);

/// A container being read, with the length of the path up to it.
enum Frame {
    Object { base: usize },
    Array { base: usize, index: usize },
}

/// The place where the value at each of the `wanted` paths starts (in their order), in one
/// pass over `text`, which must be valid JSON. A path the text does not have has no place; a
/// key is written in a path as the text writes it, escapes and all; where a key is given
/// twice, its last value counts.
pub fn places(text: &str, wanted: &[&str]) -> Vec<Option<Place>> {
    let mut out = vec![None; wanted.len()];
    // The wanted paths in order, for a binary search at each value.
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    crate::sort::positions(&mut order, &|a, b| wanted[a].cmp(wanted[b]));
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut path = String::from("$");
    let mut expecting_key = false;
    let (mut line, mut line_start) = (1, 0);
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        let starts_value = matches!(
            byte,
            b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'
        ) && !(byte == b'"' && expecting_key);
        if starts_value {
            if let Ok(at) = order.binary_search_by(|&k| wanted[k].cmp(path.as_str())) {
                // Every wanted copy of the path (a path may be wanted twice).
                let same = |&k: &usize| wanted[k] == path;
                let first = order[..at]
                    .iter()
                    .rposition(|k| !same(k))
                    .map_or(0, |p| p + 1);
                for &k in order[first..].iter().take_while(|k| same(k)) {
                    out[k] = Some((line, i - line_start + 1));
                }
            }
        }
        match byte {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Frame::Object { base }) = stack.last() {
                        path.truncate(*base);
                        path.push('.');
                        path.push_str(&String::from_utf8_lossy(&bytes[start..i.min(bytes.len())]));
                    }
                    expecting_key = false;
                }
            }
            b'{' => {
                stack.push(Frame::Object { base: path.len() });
                expecting_key = true;
            }
            b'[' => {
                stack.push(Frame::Array {
                    base: path.len(),
                    index: 0,
                });
                path.push_str("[0]");
            }
            b'}' | b']' => {
                if let Some(Frame::Object { base } | Frame::Array { base, .. }) = stack.pop() {
                    path.truncate(base);
                }
                expecting_key = false;
            }
            // A number, true, false or null: one value, however long.
            b'-' | b'0'..=b'9' | b't' | b'f' | b'n' => {
                while i + 1 < bytes.len()
                    && (bytes[i + 1].is_ascii_alphanumeric()
                        || matches!(bytes[i + 1], b'+' | b'-' | b'.'))
                {
                    i += 1;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { .. }) => expecting_key = true,
                Some(Frame::Array { base, index }) => {
                    *index += 1;
                    path.truncate(*base);
                    path.push('[');
                    path.push_str(&index.to_string());
                    path.push(']');
                }
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, paths: &[&str]) -> Vec<Option<Place>> {
        places(text, paths)
    }

    #[test]
    fn a_value_is_found_at_its_path() {
        let text = "{\n  \"title\": 7,\n  \"actors\": [{\"id\": \"a\", \"age\": 12345}, {\"id\": true}]\n}";
        assert_eq!(
            found(
                text,
                &[
                    "$",
                    "$.title",
                    "$.actors",
                    "$.actors[0].age",
                    "$.actors[1]",
                    "$.actors[1].id"
                ]
            ),
            [
                Some((1, 1)),
                Some((2, 12)),
                Some((3, 13)),
                Some((3, 33)),
                Some((3, 41)),
                Some((3, 48)),
            ]
        );
        // A path the text does not have has no place.
        assert_eq!(found(text, &["$.actors[2]", "$.nothing"]), [None, None]);
    }

    #[test]
    fn keys_and_strings_with_brackets_and_escapes_do_not_confuse_it() {
        let text = r#"{"title": "a [tricky], {\"title\"}", "actors": [{"id": "x,]}", "age": -1.5e3}, [], {"age": null}]}"#;
        assert_eq!(
            found(text, &["$.actors[0].age", "$.actors[1]", "$.actors[2].age"]),
            [Some((1, 71)), Some((1, 80)), Some((1, 92))]
        );
    }

    #[test]
    fn a_key_given_twice_is_placed_at_its_last_value() {
        let text = "{\"a\": 1,\n \"a\": 2}";
        assert_eq!(found(text, &["$.a"]), [Some((2, 7))]);
        // A path wanted twice is placed twice.
        assert_eq!(
            found(text, &["$.a", "$", "$.a"]),
            [Some((2, 7)), Some((1, 1)), Some((2, 7))]
        );
    }
}
