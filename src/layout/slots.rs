//! Stable places for the items of a keyed list whose members come and go.
//!
//! A keyed list re-ordered from one update to the next has to move elements in the document;
//! when items enter and leave in the middle (a moved window drops some relations and adds
//! others), the list renderer's diff moves most of the elements after the first change. Here
//! each item keeps the slot it was given for as long as it stays: a leaving item frees its slot,
//! an entering one takes the first free slot (or a new one at the end). Drawn in slot order,
//! an update then only replaces the elements of the slots that changed and adds or drops
//! slots at the end.

/// The new slot of every key: keys of `previous` that are still in `keys` keep their slot;
/// the other keys fill the freed slots in the order given, then new slots at the end. Empty
/// slots at the end are dropped. O(n) expected.
pub fn place<K>(previous: &[Option<K>], keys: &[K]) -> Vec<Option<K>>
where
    K: Copy + Eq + std::hash::Hash,
{
    use rustc_hash::FxHashSet as HashSet;
    let wanted: HashSet<K> = keys.iter().copied().collect();
    let mut slots: Vec<Option<K>> = previous
        .iter()
        .map(|slot| slot.filter(|k| wanted.contains(k)))
        .collect();
    let kept: HashSet<K> = slots.iter().flatten().copied().collect();
    let free: Vec<usize> = (0..slots.len()).filter(|&s| slots[s].is_none()).collect();
    let mut free = free.into_iter();
    let mut seen = HashSet::with_capacity_and_hasher(keys.len(), Default::default());
    for &key in keys {
        if kept.contains(&key) || !seen.insert(key) {
            continue;
        }
        match free.next() {
            Some(s) => slots[s] = Some(key),
            None => slots.push(Some(key)),
        }
    }
    while slots.last().is_some_and(Option::is_none) {
        slots.pop();
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_placement_is_the_keys_in_order() {
        assert_eq!(
            place::<u32>(&[], &[3, 1, 2]),
            vec![Some(3), Some(1), Some(2)]
        );
    }

    #[test]
    fn kept_keys_keep_their_slots_and_new_ones_fill_the_gaps() {
        let before = place::<u32>(&[], &[10, 11, 12, 13]);
        // 11 and 13 leave, 20, 21 and 22 come.
        let after = place(&before, &[10, 12, 20, 21, 22]);
        assert_eq!(
            after,
            vec![Some(10), Some(20), Some(12), Some(21), Some(22)]
        );
    }

    #[test]
    fn empty_slots_at_the_end_are_dropped_and_gaps_stay() {
        let before = place::<u32>(&[], &[1, 2, 3, 4]);
        assert_eq!(place(&before, &[1, 3]), vec![Some(1), None, Some(3)]);
        assert_eq!(place(&before, &[]), Vec::<Option<u32>>::new());
    }

    #[test]
    fn repeated_keys_take_one_slot() {
        assert_eq!(place::<u32>(&[], &[5, 5, 6]), vec![Some(5), Some(6)]);
    }

    #[test]
    fn every_key_is_placed_exactly_once() {
        let mut slots = Vec::new();
        let mut seed = 7u64;
        for round in 0..50 {
            let keys: Vec<u64> = (0..40)
                .filter(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    !(seed >> 33).is_multiple_of(3)
                })
                .map(|k| k + round % 5)
                .collect();
            let next = place(&slots, &keys);
            let mut placed: Vec<u64> = next.iter().flatten().copied().collect();
            placed.sort_unstable();
            let mut expected = keys.clone();
            expected.sort_unstable();
            expected.dedup();
            assert_eq!(placed, expected);
            // A key kept from one round to the next is in the same slot.
            for (s, key) in slots.iter().enumerate() {
                if let Some(k) = key {
                    if keys.contains(k) {
                        assert_eq!(next[s], Some(*k));
                    }
                }
            }
            slots = next;
        }
    }
}
