//! The user's corrections to figures, kept as data beside the articles and never
//! written into their extractions: the table can show what was read next to what was
//! changed, "Reset" restores it, and the chart is assembled from the figures as edited.
//!
//! An edit belongs to a figure's words. When an article is read again (another
//! publication date), each edit follows the figure read from the same words at the
//! same place; an edit whose words are no longer read as a figure is dropped (and the
//! page says so). A changed date is kept as typed: it names a day, not a distance from
//! the publication date, so a new publication date does not move it.

use super::{Article, ArticleId};
use crate::date::Date;
use crate::figure::{Figure, Kind, Metric};
use crate::sorted_map::SortedMap;
use std::rc::Rc;

/// One figure of one listed article.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct FigureRef {
    /// The article.
    pub article: ArticleId,
    /// Index into its figures.
    pub index: usize,
}

impl FigureRef {
    /// A token for element ids ("7-3").
    pub fn token(self) -> String {
        format!("{}-{}", self.article.token(), self.index)
    }
}

/// What the user changed about one figure; `None` keeps what was read.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Edit {
    /// The value, as typed (stated exactly).
    pub value: Option<u64>,
    /// The day it is for.
    pub date: Option<Date>,
    /// What it counts.
    pub metric: Option<Metric>,
    /// New or total.
    pub kind: Option<Kind>,
    /// Left out of the chart (it stays in the table).
    pub excluded: bool,
}

/// One change the user makes to a figure.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Change {
    /// A corrected value.
    Value(u64),
    /// A corrected day.
    Date(Date),
    /// A corrected metric.
    Metric(Metric),
    /// A corrected kind.
    Kind(Kind),
    /// Leave the figure out of the chart (`true`) or put it back.
    Excluded(bool),
}

impl Edit {
    /// Whether it changes nothing.
    pub fn is_empty(&self) -> bool {
        *self == Edit::default()
    }

    /// Whether it changes what the figure says (not only whether it is charted).
    pub fn corrects(&self) -> bool {
        Edit { excluded: false, ..self.clone() } != Edit::default()
    }

    /// This edit with `change` made to `original`; a field set back to what was read
    /// is no longer edited, so "edited" only ever marks a real difference.
    fn with(&self, change: Change, original: &Figure) -> Edit {
        let mut next = self.clone();
        match change {
            Change::Value(value) => next.value = (value != original.value).then_some(value),
            Change::Date(date) => next.date = (Some(date) != original.date).then_some(date),
            Change::Metric(metric) => next.metric = (metric != original.metric).then_some(metric),
            Change::Kind(kind) => next.kind = (kind != original.kind).then_some(kind),
            Change::Excluded(excluded) => next.excluded = excluded,
        }
        next
    }

    /// The same changes made afresh to `original` (another reading of the figure):
    /// fields that now match what was read are no longer edited.
    pub(super) fn made_to(&self, original: &Figure) -> Edit {
        let changes = [
            self.value.map(Change::Value),
            self.date.map(Change::Date),
            self.metric.map(Change::Metric),
            self.kind.map(Change::Kind),
            Some(Change::Excluded(self.excluded)),
        ];
        changes.into_iter().flatten().fold(Edit::default(), |edit, change| edit.with(change, original))
    }

    /// `original` as the user corrected it. A typed value is exact (no qualifier,
    /// range or rounding), and a corrected figure no longer restates another: the
    /// user's word places it, not the figure it repeated.
    pub fn apply(&self, original: &Figure) -> Figure {
        let mut figure = original.clone();
        if let Some(value) = self.value {
            figure.value = value;
            figure.max = None;
            figure.approx = None;
            figure.precision = 1;
        }
        figure.date = self.date.or(figure.date);
        figure.metric = self.metric.unwrap_or(figure.metric);
        figure.kind = self.kind.unwrap_or(figure.kind);
        if self.corrects() {
            figure.restates = None;
        }
        figure
    }
}

/// Every edit on the page, by figure.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Edits(SortedMap<FigureRef, Edit>);

impl Edits {
    /// The edit of one figure, if it has one.
    pub fn get(&self, at: FigureRef) -> Option<&Edit> {
        self.0.get(&at)
    }

    /// Makes `change` to the figure `at`, read as `original`.
    pub(super) fn change(&mut self, at: FigureRef, original: &Figure, change: Change) {
        let next = self.0.get(&at).cloned().unwrap_or_default().with(change, original);
        self.set(at, next);
    }

    /// Undoes every change to the figure `at`.
    pub(super) fn reset(&mut self, at: FigureRef) {
        self.0.remove(&at);
    }

    /// Drops the edits of an article that is no longer listed.
    pub(super) fn forget(&mut self, article: ArticleId) {
        self.0.retain(|at, _| at.article != article);
    }

    /// Moves the edits of `article` from its figures `before` to those of its new
    /// reading `after`, each to the figure read from the same words at the same place.
    /// Returns how many edits had no such figure and were dropped.
    pub(super) fn carry_over(&mut self, article: ArticleId, before: &[Figure], after: &[Figure]) -> usize {
        let moving: Vec<(FigureRef, Edit)> =
            self.0.iter().filter(|(at, _)| at.article == article).map(|(at, edit)| (*at, edit.clone())).collect();
        self.forget(article);
        let mut dropped = 0;
        for (at, edit) in moving {
            let same_words = |figure: &&Figure, old: &Figure| {
                figure.is_read_at(old.start, old.end, old.location.as_deref()) && figure.text == old.text
            };
            let found =
                before.get(at.index).and_then(|old| after.iter().enumerate().find(|(_, new)| same_words(new, old)));
            match found {
                Some((index, new)) => self.set(FigureRef { article, index }, edit.made_to(new)),
                None => dropped += 1,
            }
        }
        dropped
    }

    /// The edits of one article's figures, by figure index.
    pub(super) fn of_article(&self, article: ArticleId) -> impl Iterator<Item = (usize, &Edit)> {
        self.0.iter().filter(move |(at, _)| at.article == article).map(|(at, edit)| (at.index, edit))
    }

    /// Keeps `edit` for `at`, or forgets it if it changes nothing.
    pub(super) fn set(&mut self, at: FigureRef, edit: Edit) {
        if edit.is_empty() {
            self.0.remove(&at);
        } else {
            self.0.insert(at, edit);
        }
    }

    /// The figures of `articles` as series assembly should see them: as edited, with
    /// excluded figures given no day (assembly leaves undated figures out, and the
    /// indices stay those of the table and of the articles, which sources point into).
    /// A figure that restated an excluded one stands on its own.
    pub fn charted(&self, articles: &[Rc<Article>]) -> Vec<Vec<Figure>> {
        articles
            .iter()
            .map(|article| {
                let edit_of = |index: usize| self.get(FigureRef { article: article.id, index });
                let excluded = |index: usize| edit_of(index).is_some_and(|edit| edit.excluded);
                let figures = &article.extraction.figures;
                (0..figures.len())
                    .map(|index| {
                        let mut figure = match edit_of(index) {
                            Some(edit) => edit.apply(&figures[index]),
                            None => figures[index].clone(),
                        };
                        if excluded(index) {
                            figure.date = None;
                        }
                        if figure.restates.is_some_and(excluded) {
                            figure.restates = None;
                        }
                        figure
                    })
                    .collect()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    /// A figure read from `text` at byte `start`.
    fn read(text: &str, start: usize, value: u64) -> Figure {
        let mut figure = Figure::new(Metric::Cases, Kind::New, value, Date::from_ymd(2026, 3, 4));
        figure.text = text.into();
        figure.start = start;
        figure.end = start + text.len();
        figure
    }

    #[wasm_bindgen_test]
    fn a_new_reading_keeps_edits_whose_words_are_still_a_figure() {
        let article = ArticleId(1);
        let before = [read("40 cases", 0, 40), read("12 deaths", 20, 12)];
        // Read again, only the second is a figure (now the first in the list), and
        // its day matches the one the user typed.
        let mut again = read("12 deaths", 20, 12);
        again.date = Date::from_ymd(2026, 3, 5);
        let after = [again];

        let mut edits = Edits::default();
        let at = |index| FigureRef { article, index };
        edits.change(at(0), &before[0], Change::Value(41));
        edits.change(at(1), &before[1], Change::Value(13));
        let typed = Date::from_ymd(2026, 3, 5).unwrap_or_else(|| unreachable!());
        edits.change(at(1), &before[1], Change::Date(typed));

        assert_eq!(edits.carry_over(article, &before, &after), 1, "the edit of \"40 cases\" has no figure");
        assert_eq!(edits.get(at(0)), Some(&Edit { value: Some(13), ..Edit::default() }), "the day is no edit now");
        assert_eq!(edits.get(at(1)), None);
    }

    #[wasm_bindgen_test]
    fn an_edit_stays_with_its_place_among_the_figures_of_one_phrase() {
        let article = ArticleId(1);
        let placed = |place: &str| {
            let mut figure = read("40 cases", 30, 40);
            figure.location = Some(place.into());
            figure
        };
        let before = [placed("Tarn"), placed("Oviel")];
        let after = [placed("Tarn"), placed("Oviel")];
        let mut edits = Edits::default();
        let at = |index| FigureRef { article, index };
        edits.change(at(1), &before[1], Change::Value(41));
        assert_eq!(edits.carry_over(article, &before, &after), 0);
        assert_eq!(edits.get(at(0)), None, "Tarn's figure was not edited");
        assert_eq!(edits.get(at(1)), Some(&Edit { value: Some(41), ..Edit::default() }));
    }

    #[wasm_bindgen_test]
    fn a_typed_value_is_exact() {
        let mut figure = read("more than 1.7 million", 0, 1_700_000);
        figure.approx = Some(crate::figure::Approx::MoreThan);
        figure.precision = 100_000;
        figure.restates = Some(3);
        let edited = Edit { value: Some(1_722_500), ..Edit::default() }.apply(&figure);
        assert_eq!((edited.value, edited.approx, edited.precision, edited.restates), (1_722_500, None, 1, None));
        let excluded = Edit { excluded: true, ..Edit::default() }.apply(&figure);
        assert_eq!(excluded, figure, "leaving it out of the chart changes nothing it says");
    }
}
