use super::*;
use crate::model::{ActorKind, Precision, RelationType, Role, Stance, Status};

fn english_keys() -> Vec<String> {
    let mut keys: Vec<String> = english().keys().iter().map(|k| k.to_string()).collect();
    for vocabulary in [
        ActorKind::catalogue_keys(),
        RelationType::catalogue_keys(),
        Stance::catalogue_keys(),
        Status::catalogue_keys(),
        Role::catalogue_keys(),
        Precision::catalogue_keys(),
    ] {
        keys.extend(vocabulary.iter().map(|k| k.to_string()));
    }
    keys.sort();
    keys.dedup();
    keys
}

#[test]
fn both_catalogues_parse() {
    assert!(Catalogue::parse(Lang::En, ENGLISH_TEXT).is_ok());
    assert!(!korean_for_tests().keys().is_empty());
    let broken = Catalogue::parse(Lang::En, "a = 1\nno equals sign\n").unwrap_err();
    assert!(broken.starts_with("line 2:"), "{broken}");
    let twice = Catalogue::parse(Lang::En, "a = 1\na = 2\n").unwrap_err();
    assert!(twice.contains("given twice"), "{twice}");
}

/// A key in one language and not the other fails here, naming the keys.
#[test]
fn every_key_is_in_both_languages() {
    let english = english_keys();
    let mut korean: Vec<String> = korean_for_tests()
        .keys()
        .iter()
        .map(|k| k.to_string())
        .filter(|k| !(k.starts_with("type.") && k.ends_with(".sentence")))
        .collect();
    korean.sort();
    let missing: Vec<&String> = english.iter().filter(|k| !korean.contains(k)).collect();
    let extra: Vec<&String> = korean.iter().filter(|k| !english.contains(k)).collect();
    assert!(missing.is_empty(), "keys missing in ko.txt: {missing:?}");
    assert!(extra.is_empty(), "keys only in ko.txt: {extra:?}");
    // Korean says every relation type as a whole sentence.
    for key in RelationType::sentence_keys() {
        let template = korean_for_tests()
            .get(&key)
            .unwrap_or_else(|| panic!("{key} missing in ko.txt"));
        let names = placeholder_names(template);
        assert_eq!(names, ["from", "to"], "{key}: {template}");
    }
}

/// A translation uses only the values the code gives (the English message's, and `m`, the
/// month as a number), and both plural forms of an English count exist.
#[test]
fn translations_use_the_values_the_code_gives() {
    let korean = korean_for_tests();
    for key in english().keys() {
        let given = english().placeholders(key);
        for name in korean.placeholders(key) {
            assert!(
                given.contains(&name) || name == "m",
                "ko.txt `{key}` uses {{{name}}}, which the English message does not have"
            );
        }
        let one = english().get(&format!("{key}#one")).is_some();
        let other = english().get(&format!("{key}#other")).is_some();
        assert_eq!(one, other, "`{key}` needs both #one and #other in en.txt");
    }
}

/// Every key the code asks for by name is in the English catalogue.
#[test]
fn every_key_the_code_uses_exists() {
    let english = english_keys();
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    let mut files = 0;
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).expect("src readable").flatten() {
                stack.push(entry.path());
            }
            continue;
        }
        if path.extension().and_then(|e| e.to_str()) != Some("rs") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).expect("source readable");
        for marker in ["tr!(\"", "trn!(\"", "try_lookup(\""] {
            for (at, _) in text.match_indices(marker) {
                let before = text[..at].chars().next_back().unwrap_or(' ');
                let line = text[..at].rsplit('\n').next().unwrap_or("");
                if before.is_alphanumeric() || before == '_' || line.trim_start().starts_with("//")
                {
                    continue;
                }
                let rest = &text[at + marker.len()..];
                let key = &rest[..rest.find('"').unwrap_or(0)];
                if !english.iter().any(|k| k == key) {
                    missing.push(format!("{}: {key}", path.display()));
                }
            }
        }
    }
    assert!(files > 20);
    assert!(missing.is_empty(), "keys not in en.txt: {missing:#?}");
}

#[test]
fn messages_are_filled_with_their_values() {
    assert_eq!(
        fill(
            "{a} and {b}, {missing}",
            &[("a", &1 as &dyn Display), ("b", &"two")]
        ),
        "1 and two, {missing}"
    );
    assert_eq!(
        fill(
            "{from|이/가} {to|을/를} 돕는다",
            &[("from", &"북한"), ("to", &"러시아")]
        ),
        "북한이 러시아를 돕는다"
    );
    assert_eq!(
        pieces(
            "{from|이/가} {to|을/를} 돕는다",
            &[("from", "북한"), ("to", "러시아")]
        ),
        ["", "이 ", "를 돕는다"]
    );
}

#[test]
fn particles_follow_the_last_syllable() {
    assert_eq!(particle("북한", "이/가"), "이");
    assert_eq!(particle("러시아", "이/가"), "가");
    assert_eq!(particle("우크라이나", "을/를"), "를");
    assert_eq!(particle("미국", "은/는"), "은");
    assert_eq!(particle("서울", "으로/로"), "로");
    assert_eq!(particle("한국", "으로/로"), "으로");
    assert_eq!(particle("NATO", "이/가"), "이(가)");
    assert_eq!(particle("북한(조선)", "과/와"), "과");
}

#[test]
fn counts_take_the_language_plural() {
    assert_eq!(Lang::En.plural_category(1), "one");
    assert_eq!(Lang::En.plural_category(0), "other");
    assert_eq!(Lang::Ko.plural_category(1), "other");
    assert_eq!(trn!("count.actors", 1), "1 actor");
    assert_eq!(trn!("count.actors", 10_000), "10,000 actors");
    in_korean(|| {
        assert_eq!(trn!("count.actors", 1), "행위자 1");
        assert_eq!(trn!("count.actors", 10_000), "행위자 10,000");
    });
}

#[test]
fn languages_come_from_codes_and_preferences() {
    assert_eq!(Lang::parse("ko-KR"), Some(Lang::Ko));
    assert_eq!(Lang::parse("EN_gb"), Some(Lang::En));
    assert_eq!(Lang::parse("fr"), None);
    assert_eq!(Lang::from_preferences(&["fr-FR", "ko", "en"]), Lang::Ko);
    assert_eq!(Lang::from_preferences(&["de"]), Lang::En);
    assert_eq!(Lang::from_preferences::<&str>(&[]), Lang::En);
}

#[test]
fn korean_reads_dates_and_relations_its_own_way() {
    let date = |value: &str, precision: Precision, approximate: bool| {
        crate::model::FuzzyDate {
            value: value.into(),
            precision,
            approximate,
            note: None,
        }
        .to_string()
    };
    assert_eq!(date("2022-08", Precision::Month, false), "August 2022");
    in_korean(|| {
        assert_eq!(date("2022-08", Precision::Month, false), "2022년 8월");
        assert_eq!(date("2023-01-09", Precision::Day, false), "2023년 1월 9일");
        assert_eq!(date("2022-09", Precision::Season, true), "2022년 가을경");
        assert_eq!(
            crate::model::relation_sentence("북한", &RelationType::SuppliesArms, "러시아"),
            "북한이 러시아에 무기를 공급한다"
        );
        assert_eq!(Status::Alleged.label(), "의혹");
    });
    assert_eq!(Status::Alleged.label(), "alleged");
}

#[test]
fn hangul_sets_twice_as_wide_as_latin_and_capitals_wider() {
    assert_eq!(text_units("russia"), 6);
    assert_eq!(text_units("Russia"), 7);
    assert_eq!(text_units("NATO"), 5);
    assert_eq!(text_units("러시아"), 6);
    assert_eq!(text_units("북한 (DPRK)"), 12);
}

#[test]
fn lower_case_is_taken_letter_by_letter_in_any_script() {
    assert_eq!(lowercase("Armed group"), "armed group");
    assert_eq!(lowercase("État ÖSTERREICH"), "état österreich");
    assert_eq!(lowercase("İ"), "i\u{307}");
    assert_eq!(lowercase("무장 단체"), "무장 단체");
    in_korean(|| assert_eq!(lowercase(ActorKind::State.label()), "국가"));
}

#[test]
fn vocabulary_labels_lower_the_same_by_ascii_as_by_unicode() {
    let check = || {
        let labels = ActorKind::ALL
            .iter()
            .map(|k| k.label().to_string())
            .chain(Status::ALL.iter().map(|s| s.label().to_string()))
            .chain(RelationType::ALL.iter().map(|t| t.label().to_string()))
            .chain(Stance::ALL.iter().map(|s| s.label().to_string()));
        for label in labels {
            assert_eq!(lowercase_term(&label), lowercase(&label), "{label}");
        }
    };
    check();
    in_korean(check);
}

#[test]
fn particles_look_past_the_same_marks_as_unicode_letters_do() {
    for word in [
        "러시아",
        "한국",
        "북한 (DPRK)",
        "우크라이나.",
        "「평양」",
        "서울…",
        "NATO",
        "2024년",
        "키이우 —",
        "«Kyiv»",
        "Россия",
        "東京",
        "서울 ",
        "대한민국!",
        "",
    ] {
        let by_tables = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let ours = word.trim_end_matches(|c: char| !is_letter_or_digit(c));
        assert_eq!(ours, by_tables, "{word}");
    }
    assert_eq!(particle("러시아)", "이/가"), "가");
    assert_eq!(particle("한국.", "이/가"), "이");
}
