//! A dataset's problems grouped by kind for the error panel: a file with thousands of problems
//! usually has a few mistakes repeated, and the author fixes a kind at a time.

/// Problems of one kind: the kind in words, how many there are in all, and those shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemGroup {
    /// The message with its particulars (quoted names, numbers) left out.
    pub kind: String,
    pub total: usize,
    /// The located lines of this kind among the first ones shown, in file order.
    pub shown: Vec<String>,
}

/// The kind of a located problem line (`$.path: message`): its message with every `quoted`
/// name and every "quoted" value written as `…` and "…", every number as `N`, and without the
/// line and column of a shape problem (" (line N, column N)").
pub fn problem_kind(problem: &str) -> String {
    let message = match problem.split_once(": ") {
        Some((path, message)) if path.starts_with('$') => message,
        _ => problem,
    };
    let mut kind = String::with_capacity(message.len());
    // The closing mark of the quotation being left out, if any.
    let mut quoted: Option<char> = None;
    let mut escaped = false;
    let mut in_number = false;
    for c in message.chars() {
        if let Some(close) = quoted {
            if escaped {
                escaped = false;
            } else if c == '\\' && close == '"' {
                escaped = true;
            } else if c == close {
                quoted = None;
            }
            continue;
        }
        if c == '`' || c == '"' {
            kind.push(c);
            kind.push('…');
            kind.push(c);
            quoted = Some(c);
            in_number = false;
            continue;
        }
        if c.is_ascii_digit() {
            if !in_number {
                kind.push('N');
            }
            in_number = true;
            continue;
        }
        in_number = false;
        kind.push(c);
    }
    // The place of a shape problem, as the catalogue words it, with its numbers as N.
    let place = crate::tr!("validate.shape.at", message = "", line = "N", column = "N");
    if let Some(without) = kind.strip_suffix(place.as_str()) {
        kind.truncate(without.len());
    }
    let mut chars = kind.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => kind,
    }
}

/// Groups `problems` by kind, in the order each kind first occurs; the first `shown` problems
/// (in file order) are listed under their kinds, and every kind counts all of its problems.
pub fn group_problems(problems: &[String], shown: usize) -> Vec<ProblemGroup> {
    let mut groups: Vec<ProblemGroup> = Vec::new();
    let mut position = std::collections::HashMap::new();
    for (i, problem) in problems.iter().enumerate() {
        let kind = problem_kind(problem);
        let at = *position.entry(kind.clone()).or_insert_with(|| {
            groups.push(ProblemGroup {
                kind,
                total: 0,
                shown: Vec::new(),
            });
            groups.len() - 1
        });
        groups[at].total += 1;
        if i < shown {
            groups[at].shown.push(problem.clone());
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_leave_out_names_and_numbers() {
        assert_eq!(
            problem_kind("$.relations[12].to: no actor has the id `nobody-12`"),
            "No actor has the id `…`"
        );
        assert_eq!(
            problem_kind(
                "$.actors[3].name: the text has 2345 characters; at most 2000 are allowed"
            ),
            "The text has N characters; at most N are allowed"
        );
        assert_eq!(
            problem_kind("not valid JSON at line 1, column 82: expected `,`"),
            "Not valid JSON at line N, column N: expected `…`"
        );
        // A shape problem's kind leaves out its value and its place.
        assert_eq!(
            problem_kind(
                "$.actors[0].lat: invalid type: string \"no\\\"rth\", expected a number (line 28, column 12)"
            ),
            "Invalid type: string \"…\", expected a number"
        );
        let problems = [
            "$.a: duplicate field `a` (line 3, column 31)".to_string(),
            "$.b: duplicate field `b` (line 9, column 2)".to_string(),
        ];
        let groups = group_problems(&problems, 100);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].kind, "Duplicate field `…`");
        crate::i18n::in_korean(|| {
            assert_eq!(
                problem_kind("$.a: `a` 키가 두 번 나옵니다 (3행 31열)"),
                "`…` 키가 두 번 나옵니다"
            );
        });
    }

    #[test]
    fn korean_problems_group_by_kind_too() {
        let problems = vec![
            "$.relations[0].to: `nobody-0` id를 가진 행위자가 없습니다".to_string(),
            "$.relations[7].to: `nobody-7` id를 가진 행위자가 없습니다".to_string(),
        ];
        let groups = group_problems(&problems, 100);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].kind, "`…` id를 가진 행위자가 없습니다");
        assert_eq!(groups[0].total, 2);
    }

    #[test]
    fn groups_count_all_and_list_the_first_shown_in_file_order() {
        let mut problems: Vec<String> = (0..150)
            .map(|i| format!("$.relations[{i}].to: no actor has the id `nobody-{i}`"))
            .collect();
        problems.insert(
            1,
            "$.spam: the key `spam` is not in the schema; did you mean `span`?".into(),
        );
        let groups = group_problems(&problems, 100);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].kind, "No actor has the id `…`");
        assert_eq!(groups[0].total, 150);
        assert_eq!(groups[0].shown.len(), 99);
        assert_eq!(groups[0].shown[0], problems[0]);
        assert_eq!(groups[1].total, 1);
        assert_eq!(groups[1].shown, vec![problems[1].clone()]);
        let listed: usize = groups.iter().map(|g| g.shown.len()).sum();
        assert_eq!(listed, 100);
        assert!(group_problems(&[], 100).is_empty());
    }
}
