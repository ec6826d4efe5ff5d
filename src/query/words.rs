//! Numbers and scores said in words, as the views show them: counts with the right plural and
//! thousands separated, and an alignment score said first in words, then as a number.

use crate::layout::num::Signed;
use crate::model::Dataset;

/// `n` with thousands separated by commas: 10000 → "10,000".
pub fn number(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A count and its noun in English: "1 figure", "3 figures", "10,000 relations". The views
/// use the catalogue's counts ([`crate::trn!`]); this is for English-only output such as the
/// dataset checker's.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", number(n), if n == 1 { one } else { many })
}

/// A score with a true minus sign and two decimals: "−0.87", "+0.12".
pub fn signed(score: f64) -> String {
    Signed(score, 2).to_string().replace('-', "−")
}

/// Where a score leans, in words, then the number: "leans to Russia, strongly (score −0.87)".
pub fn leaning(score: f64, dataset: &Dataset) -> String {
    let pole = if score <= -super::SIDE_THRESHOLD {
        &dataset.poles.negative
    } else if score >= super::SIDE_THRESHOLD {
        &dataset.poles.positive
    } else {
        return crate::tr!("leaning.between", score = signed(score));
    };
    let pole = dataset.actor_name(pole);
    let strength = score_strength(score.abs());
    let score = signed(score);
    match strength {
        Strength::Strong => crate::tr!("leaning.strongly", pole = pole, score = score),
        Strength::Clear => crate::tr!("leaning.clearly", pole = pole, score = score),
        Strength::Slight => crate::tr!("leaning.slightly", pole = pole, score = score),
    }
}

/// How many of an actor's relations in the window pull it the way it leans, in words: "9 of
/// its 11 relations in this period pull it towards Russia". `amounts` are the relations'
/// contributions to `score`; `None` when the actor leans to neither side.
pub fn evidence(score: f64, amounts: &[f64], dataset: &Dataset) -> Option<String> {
    let pole = if score <= -super::SIDE_THRESHOLD {
        &dataset.poles.negative
    } else if score >= super::SIDE_THRESHOLD {
        &dataset.poles.positive
    } else {
        return None;
    };
    let pole = dataset.actor_name(pole);
    let towards = amounts.iter().filter(|a| **a * score > 1e-9).count();
    Some(match amounts.len() {
        1 => crate::tr!("actor.evidence.single", pole = pole),
        n => crate::trn!("actor.evidence", n, towards = towards, pole = pole),
    })
}

enum Strength {
    Strong,
    Clear,
    Slight,
}

fn score_strength(magnitude: f64) -> Strength {
    match magnitude {
        s if s >= 0.6 => Strength::Strong,
        s if s >= 0.3 => Strength::Clear,
        _ => Strength::Slight,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_use_the_right_plural_and_separators() {
        assert_eq!(count(1, "figure", "figures"), "1 figure");
        assert_eq!(count(0, "figure", "figures"), "0 figures");
        assert_eq!(count(23, "figure", "figures"), "23 figures");
        assert_eq!(count(10_000, "relation", "relations"), "10,000 relations");
        assert_eq!(number(1_234_567), "1,234,567");
        assert_eq!(number(999), "999");
    }

    #[test]
    fn scores_are_said_in_words_first() {
        let dataset =
            crate::model::load(include_str!("../../public/data/korea-ukraine-war.json")).unwrap();
        assert_eq!(
            leaning(-0.87, &dataset),
            "leans to Russia, strongly (score −0.87)"
        );
        assert_eq!(
            leaning(0.4, &dataset),
            "leans to Ukraine, clearly (score +0.40)"
        );
        assert_eq!(
            leaning(0.2, &dataset),
            "leans to Ukraine, slightly (score +0.20)"
        );
        assert_eq!(
            leaning(0.05, &dataset),
            "sits between the sides (score +0.05)"
        );
        assert_eq!(
            evidence(-0.6, &[-0.3, -0.2, 0.1], &dataset).as_deref(),
            Some("2 of its 3 relations in this period pull it towards Russia.")
        );
        assert_eq!(
            evidence(0.5, &[0.5], &dataset).as_deref(),
            Some("Its only relation in this period pulls it towards Ukraine.")
        );
        assert_eq!(evidence(0.05, &[0.05], &dataset), None);
        let korean = dataset.localized("ko").expect("Korean names");
        crate::i18n::in_korean(|| {
            assert_eq!(
                leaning(-0.87, &korean),
                "러시아 쪽으로 강하게 기욺 (점수 −0.87)"
            );
            assert_eq!(
                evidence(-0.6, &[-0.3, -0.2, 0.1], &korean).as_deref(),
                Some("이 기간의 관계 3개 중 2개가 러시아 쪽으로 당깁니다.")
            );
        });
    }
}
