//! A map kept as a vector sorted by key: what series assembly and the page's edits
//! need of `BTreeMap` (ordered iteration, look-up, insertion, removal), in far less
//! code for the page's bundle (each `BTreeMap<K, V>` brings its own node, balancing
//! and bulk-building code; the four of assembly cost 8.8 kB gzipped, the edits' 4.6).
//! Series have days by the hundred and users edit figures by the dozen, not by the
//! million, so inserting into the middle of a vector is cheap enough.

use std::borrow::Borrow;

/// Entries sorted by key, each key once.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap { entries: Vec::new() }
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// An empty map.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// The value of `key`, if any.
    pub(crate) fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        let index = self.find(key).ok()?;
        self.entries.get(index).map(|(_, value)| value)
    }

    /// The value of `key` to change, if any.
    pub(crate) fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        let index = self.find(key).ok()?;
        self.entries.get_mut(index).map(|(_, value)| value)
    }

    /// Whether `key` has a value.
    pub(crate) fn contains_key(&self, key: &K) -> bool {
        self.find(key).is_ok()
    }

    /// The value of `key`, inserted as `V::default()` first if there was none.
    pub(crate) fn or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let index = match self.find(&key) {
            Ok(index) => index,
            Err(index) => {
                self.entries.insert(index, (key, V::default()));
                index
            }
        };
        // `index` is in bounds: found, or just inserted there.
        &mut self.entries[index].1
    }

    /// Sets `key` to `value`, replacing any value it had (as `BTreeMap::insert`).
    pub(crate) fn insert(&mut self, key: K, value: V) {
        match self.find(&key) {
            Ok(index) => {
                if let Some(entry) = self.entries.get_mut(index) {
                    entry.1 = value;
                }
            }
            Err(index) => self.entries.insert(index, (key, value)),
        }
    }

    /// Takes out the value of `key`, if any.
    // Used by the page's edits only.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn remove(&mut self, key: &K) -> Option<V> {
        let index = self.find(key).ok()?;
        Some(self.entries.remove(index).1)
    }

    /// Keeps only the entries for which `keep` says yes.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(key, value)| keep(key, value));
    }

    /// The keys, in order.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|(key, _)| key)
    }

    /// The values, in key order.
    pub(crate) fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, value)| value)
    }

    /// The entries, in key order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(key, value)| (key, value))
    }

    /// The values, in key order, taken out.
    pub(crate) fn into_values(self) -> impl Iterator<Item = V> {
        self.entries.into_iter().map(|(_, value)| value)
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// Later entries of a key replace earlier ones, as in `BTreeMap`.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        let mut map = SortedMap::new();
        for (key, value) in entries {
            map.insert(key, value);
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The same operations on both maps give the same entries in the same order.
    #[test]
    fn it_behaves_as_a_btree_map() {
        let mut sorted = SortedMap::new();
        let mut btree = BTreeMap::new();
        // A fixed pseudo-random walk over keys 0..50: inserts, replacements, defaults.
        let mut state = 7u32;
        for step in 0..500u32 {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let key = (state >> 16) % 50;
            match step % 3 {
                0 => {
                    sorted.insert(key, step);
                    btree.insert(key, step);
                }
                1 => *sorted.or_default(key) += 1,
                _ => {
                    if let Some(value) = sorted.get_mut(&key) {
                        *value += 2;
                    }
                    if let Some(value) = btree.get_mut(&key) {
                        *value += 2;
                    }
                }
            }
            if step % 3 == 1 {
                *btree.entry(key).or_default() += 1;
            }
            assert_eq!(sorted.get(&key), btree.get(&key));
            assert_eq!(sorted.contains_key(&(key + 1)), btree.contains_key(&(key + 1)));
        }
        for key in (0..50).step_by(7) {
            assert_eq!(sorted.remove(&key), btree.remove(&key));
        }
        sorted.retain(|key, value| (key + *value) % 3 != 0);
        btree.retain(|key, value| (key + *value) % 3 != 0);
        assert!(sorted.iter().eq(btree.iter()));
        assert!(sorted.keys().eq(btree.keys()));
        assert!(sorted.values().eq(btree.values()));
        assert!(sorted.clone().into_values().eq(btree.clone().into_values()));
        assert!(sorted.into_iter().eq(btree));
    }

    #[test]
    fn collecting_keeps_the_last_value_of_a_key_in_key_order() {
        let map: SortedMap<&str, u32> = [("b", 1), ("a", 2), ("b", 3)].into_iter().collect();
        assert_eq!(map.into_iter().collect::<Vec<_>>(), [("a", 2), ("b", 3)]);
        assert_eq!(SortedMap::<u8, u8>::new().get(&1), None);
    }
}
