//! The JSON path (`$.events[12].actors[1]`) of a place in a JSON text, given as serde_json
//! reports it (line and column of the byte where reading stopped). Used to locate errors in
//! a file's shape without wrapping every deserializer, which costs the app much of its size.

/// A container being read: an object with the key whose value is being read, or an array with
/// the index of the element being read.
enum Frame {
    Object(Option<String>),
    Array(usize),
}

/// The byte offset just past `column` on `line` (both counted from 1, bytes as serde_json
/// counts them), within the text.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

/// The path of the value being read when the reader stopped at `line`, `column`: the member
/// or element it was in, or the object itself when it stopped at the object's closing brace
/// (as for a missing field).
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let end = offset_of(text, line, column);
    let bytes = &text.as_bytes()[..end];
    let mut stack: Vec<Frame> = Vec::new();
    // In an object, whether the next string is a key.
    let mut expecting_key = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        let raw = String::from_utf8_lossy(&bytes[start..i.min(bytes.len())]);
                        *key = Some(raw.replace("\\\"", "\"").replace("\\\\", "\\"));
                    }
                    expecting_key = false;
                }
            }
            b'{' => {
                stack.push(Frame::Object(None));
                expecting_key = true;
            }
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
                expecting_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object(key)) => {
                    *key = None;
                    expecting_key = true;
                }
                Some(Frame::Array(index)) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::from("$");
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                path.push('.');
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path serde_json's own error position leads to, for a value of type `T`.
    fn located<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let error = serde_json::from_str::<T>(text).expect_err("a shape error");
        path_at(text, error.line(), error.column())
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Actor {
        id: String,
        age: u32,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Root {
        title: String,
        actors: Vec<Actor>,
    }

    #[test]
    fn a_wrong_type_is_located_at_its_member() {
        let text =
            r#"{"title": "t", "actors": [{"id": "a", "age": 1}, {"id": "b", "age": "old"}]}"#;
        assert_eq!(located::<Root>(text), "$.actors[1].age");
        let text = "{\n  \"title\": 7,\n  \"actors\": []\n}";
        assert_eq!(located::<Root>(text), "$.title");
    }

    #[test]
    fn a_missing_field_is_located_at_its_object() {
        let text = r#"{"title": "t", "actors": [{"id": "a", "age": 1}, {"id": "b"}]}"#;
        assert_eq!(located::<Root>(text), "$.actors[1]");
        assert_eq!(located::<Root>(r#"{"actors": []}"#), "$");
    }

    #[test]
    fn keys_and_strings_with_brackets_and_escapes_do_not_confuse_it() {
        let text = r#"{"title": "a [tricky], {\"title\"}", "actors": [{"id": "x,]}", "age": -1}]}"#;
        assert_eq!(located::<Root>(text), "$.actors[0].age");
    }

    #[test]
    fn a_position_past_the_end_is_clamped() {
        assert_eq!(path_at("[1, 2", 9, 99), "$[1]");
        assert_eq!(path_at("", 1, 1), "$");
    }
}
