//! Per-item reactivity for long lists: one derived table (key → value) read by thousands of
//! items, where each item is woken only when its own value changes.
//!
//! Reading one memo from 2,000 closures makes every change cost O(n²): each closure that
//! re-runs unsubscribes from the memo's subscriber set, an ordered set whose removal shifts
//! every later entry. A [`Fanout`] is the same idea as Leptos' `Selector`, for any value: a
//! single render effect recomputes the table, compares it with the last one and notifies the
//! trigger of each key whose value changed; an item tracks only its key's trigger.
//!
//! A table is kept in one of two ways: a [`Keyed`] hash map (a few of many possible keys) or,
//! for a dense list whose entry `i` is item `i`, a plain `Vec` ([`Dense`]), which a step of
//! the window rebuilds and compares at 2,000 entries without hashing a key.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash};
use std::marker::PhantomData;
use std::sync::{Arc, RwLock};

use leptos::prelude::*;
use leptos::reactive::effect::RenderEffect;
use leptos::reactive::signal::ArcTrigger;
use rustc_hash::FxHasher;

/// A hash map with a fast, non-random hash: the keys are our own positions, never an
/// attacker's strings.
pub type Keyed<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A fan-out table over a dense list.
pub type Dense<V> = Fanout<usize, V, Vec<V>>;

/// How a fan-out table finds the entry at a key.
pub trait Table<K, V>: 'static {
    fn at(&self, key: &K) -> Option<&V>;
}

impl<V: 'static> Table<usize, V> for Vec<V> {
    fn at(&self, key: &usize) -> Option<&V> {
        self.get(*key)
    }
}

impl<K: Hash + Eq + 'static, V: 'static> Table<K, V> for Keyed<K, V> {
    fn at(&self, key: &K) -> Option<&V> {
        self.get(key)
    }
}

struct Inner<K, T> {
    current: Option<T>,
    triggers: Keyed<K, ArcTrigger>,
}

/// A table derived from signals whose entries can be tracked one by one. Cheap to clone.
pub struct Fanout<K, V, T = Keyed<K, V>> {
    table: Arc<RwLock<Inner<K, T>>>,
    // Keeps the effect that recomputes the table alive as long as any reader is.
    _effect: Arc<RenderEffect<()>>,
    _value: PhantomData<fn() -> V>,
}

impl<K, V, T> Clone for Fanout<K, V, T> {
    fn clone(&self) -> Self {
        Fanout {
            table: Arc::clone(&self.table),
            _effect: Arc::clone(&self._effect),
            _value: PhantomData,
        }
    }
}

impl<K, V, T> Fanout<K, V, T>
where
    K: Hash + Eq + Clone + 'static,
    V: Clone + PartialEq + 'static,
    T: Table<K, V>,
{
    /// `source` computes the whole table; it re-runs when the signals it reads change.
    pub fn new(source: impl Fn() -> T + 'static) -> Self {
        Self::from_source(Box::new(source))
    }

    /// The body of [`Fanout::new`], one copy per key and value type rather than per source.
    fn from_source(source: Box<dyn Fn() -> T>) -> Self {
        let table = Arc::new(RwLock::new(Inner::<K, T> {
            current: None,
            triggers: Keyed::default(),
        }));
        let effect = RenderEffect::new({
            let table = Arc::clone(&table);
            move |_: Option<()>| {
                let next = source();
                let changed: Vec<ArcTrigger> = {
                    let Ok(mut table) = table.write() else {
                        return;
                    };
                    let changed = match &table.current {
                        Some(current) => table
                            .triggers
                            .iter()
                            .filter(|(key, _)| current.at(key) != next.at(key))
                            .map(|(_, trigger)| trigger.clone())
                            .collect(),
                        None => table.triggers.values().cloned().collect(),
                    };
                    table.current = Some(next);
                    changed
                };
                for trigger in changed {
                    trigger.notify();
                }
            }
        });
        Fanout {
            table,
            _effect: Arc::new(effect),
            _value: PhantomData,
        }
    }

    /// The value at `key`, tracking that entry alone.
    pub fn get(&self, key: &K) -> Option<V> {
        let Ok(mut table) = self.table.write() else {
            return None;
        };
        table.triggers.entry(key.clone()).or_default().track();
        table.current.as_ref()?.at(key).cloned()
    }

    /// The value at `key` without tracking.
    pub fn get_untracked(&self, key: &K) -> Option<V> {
        self.table.read().ok()?.current.as_ref()?.at(key).cloned()
    }
}

/// The table of a dense list: entry `i` is `values[i]`.
pub fn dense<V>(values: impl IntoIterator<Item = V>) -> Vec<V> {
    values.into_iter().collect()
}
