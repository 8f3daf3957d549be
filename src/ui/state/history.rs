//! Undo and redo: before each change of the saved workspace the reducer keeps a
//! snapshot of what it changes (articles, edits, chart settings) with a few words
//! saying what the change was. Articles are shared (`Rc`), so a snapshot costs a list
//! of pointers and a copy of the edits.

use super::{Article, Edits};
use crate::workspace::ChartSettings;
use std::collections::VecDeque;
use std::rc::Rc;

/// How many changes can be undone; older ones are forgotten.
pub const STEPS: usize = 100;

/// The saved part of the state at one moment.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Snapshot {
    /// The articles.
    pub articles: Vec<Rc<Article>>,
    /// The user's corrections to their figures.
    pub edits: Edits,
    /// The chart settings.
    pub chart: ChartSettings,
    /// The paste box's text before an "add" took it, put back when that add is undone
    /// (if the box is empty by then); `None` for any other change.
    pub box_text: Option<String>,
}

/// One change that can be undone or redone: what it did, and the snapshot to go to.
/// Shared, because the reducer copies the whole state (history and all) for every
/// action: a copy of the history must cost a list of pointers, not 100 snapshots
/// (copying those was most of an edit's time with 100 articles).
type Entry = Rc<(String, Snapshot)>;

/// The changes that can be undone and redone, each with what it did
/// ("remove “Cholera cases rise”"), latest last.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct History {
    undo: VecDeque<Entry>,
    redo: Vec<Entry>,
}

/// The label and snapshot of `entry`, copied only if another state still shares it.
fn unshared(entry: Entry) -> (String, Snapshot) {
    Rc::try_unwrap(entry).unwrap_or_else(|shared| (*shared).clone())
}

impl History {
    /// What "Undo" would undo, if anything.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.back().map(|entry| entry.0.as_str())
    }

    /// What "Redo" would redo, if anything.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|entry| entry.0.as_str())
    }

    /// Notes a change called `label`, made to `before`: it can be undone, and what was
    /// undone before it can no longer be redone.
    pub fn record(&mut self, label: String, before: Snapshot) {
        self.redo.clear();
        self.undo.push_back(Rc::new((label, before)));
        if self.undo.len() > STEPS {
            self.undo.pop_front();
        }
    }

    /// Takes back the latest change: returns its label and the snapshot to go back to,
    /// keeping `current` to redo it.
    pub fn undo(&mut self, current: Snapshot) -> Option<(String, Snapshot)> {
        let (label, before) = unshared(self.undo.pop_back()?);
        self.redo.push(Rc::new((label.clone(), current)));
        Some((label, before))
    }

    /// Makes the latest undone change again: returns its label and the snapshot to go
    /// forward to, keeping `current` to undo it again.
    pub fn redo(&mut self, current: Snapshot) -> Option<(String, Snapshot)> {
        let (label, after) = unshared(self.redo.pop()?);
        self.undo.push_back(Rc::new((label.clone(), current)));
        Some((label, after))
    }
}
