//! Per-item reactivity for long lists: one derived table (key → value) read by thousands of
//! items, where each item is woken only when its own value changes.
//!
//! Reading one memo from 2,000 closures makes every change cost O(n²): each closure that
//! re-runs unsubscribes from the memo's subscriber set, an ordered set whose removal shifts
//! every later entry. A [`Fanout`] is the same idea as Leptos' `Selector`, for any value: a
//! single render effect recomputes the table, compares it with the last one and notifies the
//! trigger of each key whose value changed; an item tracks only its key's trigger.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, RwLock};

use leptos::prelude::*;
use leptos::reactive::effect::RenderEffect;
use leptos::reactive::signal::ArcTrigger;

struct Table<K, V> {
    current: HashMap<K, V>,
    triggers: HashMap<K, ArcTrigger>,
}

/// A table derived from signals whose entries can be tracked one by one. Cheap to clone.
pub struct Fanout<K, V> {
    table: Arc<RwLock<Table<K, V>>>,
    // Keeps the effect that recomputes the table alive as long as any reader is.
    _effect: Arc<RenderEffect<()>>,
}

impl<K, V> Clone for Fanout<K, V> {
    fn clone(&self) -> Self {
        Fanout {
            table: Arc::clone(&self.table),
            _effect: Arc::clone(&self._effect),
        }
    }
}

impl<K, V> Fanout<K, V>
where
    K: Hash + Eq + Clone + 'static,
    V: Clone + PartialEq + 'static,
{
    /// `source` computes the whole table; it re-runs when the signals it reads change.
    pub fn new(source: impl Fn() -> HashMap<K, V> + 'static) -> Self {
        Self::from_source(Box::new(source))
    }

    /// The body of [`Fanout::new`], one copy per key and value type rather than per source.
    fn from_source(source: Box<dyn Fn() -> HashMap<K, V>>) -> Self {
        let table = Arc::new(RwLock::new(Table {
            current: HashMap::new(),
            triggers: HashMap::new(),
        }));
        let effect = RenderEffect::new({
            let table = Arc::clone(&table);
            move |_: Option<()>| {
                let next = source();
                let changed: Vec<ArcTrigger> = {
                    let Ok(mut table) = table.write() else {
                        return;
                    };
                    let changed = table
                        .triggers
                        .iter()
                        .filter(|(key, _)| table.current.get(*key) != next.get(*key))
                        .map(|(_, trigger)| trigger.clone())
                        .collect();
                    table.current = next;
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
        }
    }

    /// The value at `key`, tracking that entry alone.
    pub fn get(&self, key: &K) -> Option<V> {
        let Ok(mut table) = self.table.write() else {
            return None;
        };
        table.triggers.entry(key.clone()).or_default().track();
        table.current.get(key).cloned()
    }

    /// The value at `key` without tracking.
    pub fn get_untracked(&self, key: &K) -> Option<V> {
        self.table.read().ok()?.current.get(key).cloned()
    }
}

/// The table of a dense list: entry `i` is `values[i]`.
pub fn dense<V>(values: impl IntoIterator<Item = V>) -> HashMap<usize, V> {
    values.into_iter().enumerate().collect()
}
