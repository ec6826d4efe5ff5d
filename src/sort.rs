//! Sorting through one copy of the standard library's stable sort. Each `sort_by` with its own
//! closure is a copy of the whole sort in the wasm (about 2.5 KB each before optimisation);
//! here every caller shares [`positions`], which sorts positions (`usize`) with a comparison
//! passed by reference, and [`by`] and [`by_key`] sort any list through it. Pure.

use std::cmp::Ordering;

/// Sorts `order`, a list of positions, by `compare`; stable.
pub fn positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Sorts `items` by `compare`; stable.
pub fn by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| taken[i].take()));
}

/// Sorts `items` by `key`, ascending; stable.
pub fn by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_sort_stably_by_the_comparison() {
        let scores: [f64; 4] = [0.5, -1.0, 0.5, 0.0];
        let mut order = vec![0, 1, 2, 3];
        positions(&mut order, &|a, b| scores[a].total_cmp(&scores[b]));
        assert_eq!(order, [1, 3, 0, 2]);
    }

    #[test]
    fn lists_sort_stably_and_keep_every_item() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "date"];
        by_key(&mut words, |w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "date", "apple"]);
        by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["pear", "kiwi", "fig", "date", "apple"]);
        let mut one = vec![String::from("alone")];
        by_key(&mut one, |s| s.len());
        assert_eq!(one, ["alone"]);
        let mut none: Vec<u8> = Vec::new();
        by_key(&mut none, |&x| x);
        assert!(none.is_empty());
    }
}
