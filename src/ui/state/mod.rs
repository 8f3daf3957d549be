//! The page's state and the only code that changes it (a Yew reducer).
//!
//! The state is what the user gave us — the articles (text plus the publication date
//! they confirmed), their corrections to figures ([`edits`]), the chart settings, the
//! text still in the paste box — and the last thing worth saying about it. Everything
//! else (series, chart, table) is derived from it when drawn. All of it but the paste
//! box and the message is the saved [`Workspace`].

mod edits;
mod history;

pub use edits::{Change, Edit, Edits, FigureRef};
pub use history::History;
use history::Snapshot;

use crate::date::Date;
use crate::examples::EXAMPLES;
use crate::extract::PublishedSource;
use crate::extract::{extract, outlet, Extraction};
use crate::intake::split::split;
use crate::intake::FileProblem;
use crate::ui::format::figure_count;
use crate::workspace::{ChartSettings, SavedArticle, SavedEdit, Workspace};
use std::hash::Hasher;
use std::rc::Rc;
use yew::Reducible;

/// Identifies an article for as long as it is listed, across edits and removals of others.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct ArticleId(u64);

impl ArticleId {
    /// A token for element ids and list keys ("7").
    pub fn token(self) -> String {
        self.0.to_string()
    }
}

/// One pasted article and what was read from it. Never changed in place: a new
/// reading (another publication date) is a new `Article` with the same `id`.
#[derive(Clone, Debug)]
pub struct Article {
    /// Stable identity.
    pub id: ArticleId,
    /// Which reading of the article this is; unique within the page.
    reading: u64,
    /// The text as pasted.
    pub text: String,
    /// Its first non-empty line, shortened for display.
    pub headline: String,
    /// The figures and the publication date.
    pub extraction: Extraction,
    /// The outlet the text names ("Reuters", "By Jane Doe, Associated Press").
    pub outlet: Option<String>,
    /// The name of the file it was read from, if it came from one (not saved).
    pub file: Option<String>,
    /// When it was cut from the article before it in a paste: the separator taken out
    /// between them, put back if the user merges the two (not saved).
    pub joint: Option<String>,
    /// How many articles its text would split into ("Split again" when over one).
    pub parts: usize,
    /// [`fingerprint`] of its text: a pasted copy is found without comparing texts (with
    /// 2,000 articles, comparing every new one with each listed text took a sixth of
    /// the reading).
    fingerprint: u64,
}

/// A hash of `text` without its surrounding blanks.
fn fingerprint(text: &str) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(text.trim().as_bytes());
    hasher.finish()
}

/// The longest headline shown, in characters; longer first lines are cut with "…".
const HEADLINE_CHARS: usize = 100;

/// Same article, same reading: equal without comparing texts and figures, which keeps
/// the per-render property comparisons cheap for megabyte-long articles.
impl PartialEq for Article {
    fn eq(&self, other: &Article) -> bool {
        self.id == other.id && self.reading == other.reading
    }
}

impl Article {
    /// Reads `text` (with `published` if the user gave a date).
    fn read(id: ArticleId, reading: u64, text: String, published: Option<Date>) -> Article {
        let extraction = extract(&text, published);
        Article {
            id,
            reading,
            headline: headline_of(&text),
            outlet: outlet::find(&text),
            parts: split(&text).parts.len(),
            fingerprint: fingerprint(&text),
            text,
            extraction,
            file: None,
            joint: None,
        }
    }
}

/// The reports `text` holds, each with the separator cut out before it, and how they
/// were cut (see [`crate::intake::split::Split::how`]): one report is kept exactly as given,
/// blanks and all.
fn parts_of(text: &str) -> (Vec<(String, Option<String>)>, &'static str) {
    let cut = split(text);
    let how = cut.how();
    match cut.parts.len() {
        0 => return (Vec::new(), how),
        1 => return (vec![(text.to_string(), None)], how),
        _ => {}
    }
    let mut previous_end = None;
    let mut parts = Vec::with_capacity(cut.parts.len());
    for range in cut.parts {
        let joint = previous_end.and_then(|end| text.get(end..range.start)).map(str::to_string);
        if let Some(part) = text.get(range.clone()) {
            previous_end = Some(range.end);
            parts.push((part.to_string(), joint));
        }
    }
    (parts, how)
}

/// The first non-empty line of `text`, trimmed and cut to [`HEADLINE_CHARS`].
pub fn headline_of(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or_default();
    cut(line, HEADLINE_CHARS)
}

/// The longest headline or figure text quoted on the "Undo" and "Redo" buttons.
const LABEL_CHARS: usize = 40;

/// `line` cut to `chars` characters, with "…" if it was longer.
fn cut(line: &str, chars: usize) -> String {
    match line.char_indices().nth(chars) {
        Some((end, _)) => format!("{}…", line[..end].trim_end()),
        None => line.to_string(),
    }
}

/// A message for the status line under the paste box.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Notice {
    /// Something happened as asked.
    Done(String),
    /// Something was refused; the message says why and what to do.
    Refused(String),
}

/// "1 edit", "3 edits".
fn edit_count(n: usize) -> String {
    match n {
        1 => "1 edit".into(),
        n => format!("{n} edits"),
    }
}

/// " (2 already listed)", or nothing.
fn listed_already(n: usize) -> String {
    match n {
        0 => String::new(),
        n => format!(" ({n} already listed)"),
    }
}

/// What adding a text did: how many parts it split into and how, and the headline and
/// figure count of each article added (parts already listed are not added).
struct Added {
    parts: usize,
    how: &'static str,
    articles: Vec<(String, usize)>,
}

/// One article of a backlog, not read yet.
#[derive(Clone, PartialEq, Debug)]
struct Pending {
    saved: SavedArticle,
    /// The separator cut out before it, if it was cut from a paste or a file.
    joint: Option<String>,
    /// The file it comes from.
    file: Option<String>,
}

/// The articles of a long paste, an import or dropped files not read yet. They are read
/// a batch at a time (the page asks for the next batch with [`Action::ReadMore`] once it
/// has shown the last), so the page keeps responding: read in one go, 5 MB of reports
/// stopped it for almost a second.
#[derive(Clone, PartialEq, Debug)]
pub struct Backlog {
    /// A long paste not cut into its reports yet, and whether it came from the box: it
    /// is cut in the next task, so that the paste's own task only takes the text in.
    uncut: Option<(String, bool)>,
    /// The articles, in order.
    parts: Rc<Vec<Pending>>,
    /// The next one to read.
    next: usize,
    /// Where they come from, for the last word.
    from: BacklogOf,
    /// Articles skipped so far as already listed.
    listed: usize,
    /// Edits of imported articles that no longer matched a figure.
    dropped: usize,
    /// When the last batch ended (`Date.now()`, ms), to time the drawing since; 0 until
    /// a report has been read.
    last_batch_end: f64,
}

/// What a backlog reads.
#[derive(Clone, PartialEq, Eq, Debug)]
enum BacklogOf {
    /// A paste's reports, cut as said ("at lines of dashes").
    Paste(&'static str),
    /// An imported workspace's articles.
    Import,
    /// The articles of this many files, and why the others were not read.
    Files { count: usize, problems: Vec<String> },
}

impl Backlog {
    /// Articles read so far, and all of them.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.parts.len())
    }

    fn of(parts: Vec<Pending>, from: BacklogOf) -> Backlog {
        Backlog { uncut: None, parts: Rc::new(parts), next: 0, from, listed: 0, dropped: 0, last_batch_end: 0.0 }
    }

    /// A text of `CUT_LATER_FROM` bytes or more, to be cut into its reports first.
    fn uncut(text: String, from_box: bool) -> Backlog {
        Backlog { uncut: Some((text, from_box)), ..Backlog::of(Vec::new(), BacklogOf::Paste("")) }
    }
}

/// A paste cut into this many reports or more, or files holding as many, are read a
/// batch at a time (an import always is).
const BACKLOG_FROM: usize = 40;

/// A text this long (in bytes) is cut into its reports in a task of its own: with 5 MB,
/// taking the paste in, cutting it up and reading the first batch made one task of
/// about 100 ms.
const CUT_LATER_FROM: usize = 200_000;

/// How long a batch and the drawing after it may take together, in milliseconds: they
/// are one task, and the page should never stop responding for 100 ms. A batch reads
/// for what the page did not take to show the last one, within [`BATCH_MS`]. (Read for
/// as long as the drawing took, a 40 ms batch after a 60 ms drawing made tasks of
/// about 100 ms.)
const TASK_MS: f64 = 80.0;

/// The shortest and the longest a batch reads reports, in milliseconds. With 60 ms
/// batches a task took 120 to 160.
const BATCH_MS: (f64, f64) = (20.0, 40.0);

/// How long the first batch reads, in milliseconds. It is read in the task that cut the
/// text up (or, for a long paste, right after it), and the page then draws its first
/// chart: 5 MB took 345 ms with a full batch.
const FIRST_BATCH_MS: f64 = 5.0;

/// "1 article", "3 articles".
fn article_count(n: usize) -> String {
    match n {
        1 => "1 article".into(),
        n => format!("{n} articles"),
    }
}

/// Everything the page shows is derived from this.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct State {
    /// The articles, in the order they were added (series assembly's tie-break order).
    pub articles: Vec<Rc<Article>>,
    /// The user's corrections to their figures.
    pub edits: Edits,
    /// How the chart is drawn (view, scale, hidden series): kept here to be saved.
    pub chart: ChartSettings,
    /// The text in the paste box, kept until it has been added.
    pub draft: String,
    /// The latest status message.
    pub notice: Option<Notice>,
    /// The changes that can be undone and redone.
    pub history: History,
    /// A long paste's reports still to be read.
    pub backlog: Option<Backlog>,
    /// The number the next article or reading gets (ids and readings share it).
    next_number: u64,
}

/// What the user can do.
#[derive(Clone, PartialEq, Debug)]
pub enum Action {
    /// The paste box now holds this text.
    EditDraft(String),
    /// Add the paste box's text as an article.
    AddDraft,
    /// Add a text pasted into the box as articles without showing it there: a box
    /// holding megabytes makes the browser stop for seconds at every change.
    AddPasted(String),
    /// Read the next batch of a long paste's reports.
    ReadMore,
    /// Add every example article not listed yet.
    LoadExamples,
    /// Take an article off the list.
    Remove(ArticleId),
    /// The user set (`Some`) or cleared (`None`: use the date found in the text) an
    /// article's publication date.
    SetPublished(ArticleId, Option<Date>),
    /// The user typed a date the page cannot use.
    RefuseDate(ArticleId, String),
    /// The user corrected a figure in the table.
    EditFigure(FigureRef, Change),
    /// Undo every correction to a figure.
    ResetFigure(FigureRef),
    /// The user changed how the chart is drawn.
    SetChart(ChartSettings),
    /// Add the articles of an imported workspace (with their edits) that are not listed.
    Import(Rc<Workspace>),
    /// Something the user asked for could not be done; the message says why.
    Refuse(String),
    /// Replace every article (and edits and chart settings) with a workspace's, as when
    /// a share link is opened.
    Replace(Rc<Workspace>),
    /// Take back the latest change of the workspace.
    Undo,
    /// Make the latest undone change again.
    Redo,
    /// Add the articles of files, each read (by name) or refused with its problem.
    AddFiles(Vec<(String, Result<String, FileProblem>)>),
    /// Join an article to the one listed before it (a paste split where it should not be).
    MergeWithPrevious(ArticleId),
    /// Cut an article into the articles its text holds.
    SplitAgain(ArticleId),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

impl State {
    /// Carries out one action; a change of the saved workspace can be undone.
    pub fn apply(&mut self, action: Action) {
        let Some(label) = self.undo_label(&action) else { return self.change(action) };
        // A change made while a long paste is read would be undone to a state without the
        // paste's rest, or (a new paste, an import, a shared workspace) take its place:
        // the paste is read to its end first.
        self.read_backlog(f64::INFINITY);
        let before = self.snapshot();
        let box_text = matches!(action, Action::AddDraft).then(|| self.draft.clone());
        self.change(action);
        // (A long paste only starts being read here: its articles come in later tasks.)
        if self.snapshot() != before || self.backlog.is_some() {
            self.history.record(label, Snapshot { box_text, ..before });
        }
    }

    /// What undoing `action` would take back ("remove “Cholera cases rise”"), or
    /// `None` for an action that does not change the saved workspace.
    fn undo_label(&self, action: &Action) -> Option<String> {
        let article = |id| Some(&self.articles[self.index_of(id)?]);
        let headline = |id| Some(cut(&article(id)?.headline, LABEL_CHARS));
        let figure = |at: &FigureRef| {
            let figure = article(at.article)?.extraction.figures.get(at.index)?;
            Some(format!("“{}” ({})", cut(&figure.text, LABEL_CHARS), crate::series::SeriesKey::of(figure).label()))
        };
        Some(match action {
            Action::AddDraft => format!("add “{}”", cut(&headline_of(&self.draft), LABEL_CHARS)),
            Action::AddPasted(text) => format!("add “{}”", cut(&headline_of(text), LABEL_CHARS)),
            Action::LoadExamples => "load the examples".into(),
            Action::Remove(id) => format!("remove “{}”", headline(*id)?),
            Action::SetPublished(id, _) => format!("date of “{}”", headline(*id)?),
            Action::EditFigure(at, _) => format!("edit {}", figure(at)?),
            Action::ResetFigure(at) => format!("reset {}", figure(at)?),
            Action::SetChart(_) => "chart settings".into(),
            Action::Import(_) => "import".into(),
            Action::Replace(_) => "open shared workspace".into(),
            Action::AddFiles(files) => match files.as_slice() {
                [(name, _)] => format!("add “{}”", cut(name, LABEL_CHARS)),
                files => format!("add {} files", files.len()),
            },
            Action::MergeWithPrevious(id) => format!("merge “{}”", headline(*id)?),
            Action::SplitAgain(id) => format!("split “{}”", headline(*id)?),
            _ => return None,
        })
    }

    /// The saved part of the state, for undo.
    fn snapshot(&self) -> Snapshot {
        Snapshot {
            articles: self.articles.clone(),
            edits: self.edits.clone(),
            chart: self.chart.clone(),
            box_text: None,
        }
    }

    /// Goes back (`undo`) or forward to a snapshot in the history, and says so.
    fn travel(&mut self, undo: bool) {
        // A paste still being read stops: its articles come and go with the snapshot.
        self.backlog = None;
        let current = self.snapshot();
        let moved = if undo { self.history.undo(current) } else { self.history.redo(current) };
        self.notice = Some(match (moved, undo) {
            (Some((label, snapshot)), _) => {
                let box_text;
                Snapshot { articles: self.articles, edits: self.edits, chart: self.chart, box_text } = snapshot;
                // An undone "add" puts its text back in the box, unless the user has
                // typed something else there since.
                if let Some(text) = box_text.filter(|_| self.draft.trim().is_empty()) {
                    self.draft = text;
                }
                Notice::Done(format!("{}: {label}.", if undo { "Undone" } else { "Redone" }))
            }
            (None, true) => Notice::Refused("Nothing to undo.".into()),
            (None, false) => Notice::Refused("Nothing to redo.".into()),
        });
    }

    /// Carries out one action, without recording it for undo.
    fn change(&mut self, action: Action) {
        match action {
            Action::EditDraft(text) => self.draft = text,
            Action::AddDraft => self.add_draft(),
            Action::AddPasted(text) => self.add_text(text, false),
            Action::ReadMore => self.read_more(),
            Action::LoadExamples => self.load_examples(),
            Action::Remove(id) => {
                if let Some(index) = self.index_of(id) {
                    let removed = self.articles.remove(index);
                    self.edits.forget(id);
                    self.notice = Some(Notice::Done(format!("Removed “{}”.", removed.headline)));
                }
            }
            Action::SetPublished(id, published) => {
                if let Some(index) = self.index_of(id) {
                    let text = self.articles[index].text.clone();
                    let reading = self.take_number();
                    let article = Rc::new(Article::read(id, reading, text, published));
                    let dropped = self.edits.carry_over(
                        id,
                        &self.articles[index].extraction.figures,
                        &article.extraction.figures,
                    );
                    self.notice = (dropped > 0).then(|| {
                        let (edits, were) = match dropped {
                            1 => ("1 edit".to_string(), "was"),
                            n => (format!("{n} edits"), "were"),
                        };
                        Notice::Refused(format!(
                            "“{}” was read again with its new date: {edits} no longer matched a figure and {were} dropped.",
                            article.headline
                        ))
                    });
                    self.articles[index] = article;
                }
            }
            Action::RefuseDate(id, typed) => {
                if let Some(index) = self.index_of(id) {
                    self.notice = Some(Notice::Refused(format!(
                        "“{typed}” is not a date casecurve can use for “{}”: pick a day between the years {} and {}.",
                        self.articles[index].headline,
                        crate::date::MIN_YEAR,
                        crate::date::MAX_YEAR
                    )));
                }
            }
            Action::EditFigure(at, change) => {
                let original =
                    self.index_of(at.article).and_then(|index| self.articles[index].extraction.figures.get(at.index));
                if let Some(original) = original {
                    self.edits.change(at, original, change);
                }
            }
            Action::ResetFigure(at) => self.edits.reset(at),
            Action::SetChart(chart) => self.chart = chart,
            Action::Import(workspace) => {
                // Moved, not copied, when the action holds the only reference (10 MB of
                // texts for a large workspace).
                let articles =
                    Rc::try_unwrap(workspace).map_or_else(|shared| shared.articles.clone(), |own| own.articles);
                let parts = articles.into_iter().map(|saved| Pending { saved, joint: None, file: None }).collect();
                self.backlog = Some(Backlog::of(parts, BacklogOf::Import));
                self.read_more();
            }
            Action::Refuse(message) => self.notice = Some(Notice::Refused(message)),
            Action::Replace(workspace) => {
                self.articles.clear();
                self.edits = Edits::default();
                self.chart = workspace.chart.clone();
                let (added, dropped) = self.add_saved(&workspace);
                let opened = format!("Opened the shared workspace: {}", article_count(added));
                self.notice = Some(match dropped {
                    0 => Notice::Done(format!("{opened}.")),
                    n => Notice::Refused(format!("{opened}; {} no longer matched a figure.", edit_count(n))),
                });
            }
            Action::Undo => self.travel(true),
            Action::Redo => self.travel(false),
            Action::AddFiles(files) => self.add_files(files),
            Action::MergeWithPrevious(id) => self.merge_with_previous(id),
            Action::SplitAgain(id) => self.split_again(id),
        }
    }

    /// The state a saved workspace describes: its articles read again, their edits put
    /// back on the figures read from the same words, its chart settings.
    pub fn restored(workspace: &Workspace) -> State {
        let mut state = State { chart: workspace.chart.clone(), ..State::default() };
        let (added, dropped) = state.add_saved(workspace);
        if dropped > 0 {
            state.notice = Some(Notice::Refused(format!(
                "Your saved work is back, but {} no longer matched a figure and {}.",
                edit_count(dropped),
                if dropped == 1 { "was dropped" } else { "were dropped" }
            )));
        } else if added > 0 {
            state.notice = Some(Notice::Done(format!("Your saved work is back: {}.", article_count(added))));
        }
        state
    }

    /// What is worth keeping of this state.
    pub fn workspace(&self) -> Workspace {
        let articles = self
            .articles
            .iter()
            .map(|article| {
                let given = article.extraction.published_source == Some(PublishedSource::Given);
                let figures = &article.extraction.figures;
                let edits = self
                    .edits
                    .of_article(article.id)
                    .filter_map(|(index, edit)| {
                        let figure = figures.get(index)?;
                        Some(SavedEdit {
                            start: figure.start,
                            end: figure.end,
                            place: figure.location.clone(),
                            value: edit.value,
                            date: edit.date,
                            metric: edit.metric,
                            kind: edit.kind,
                            excluded: edit.excluded,
                        })
                    })
                    .collect();
                SavedArticle {
                    text: article.text.clone(),
                    published: if given { article.extraction.published } else { None },
                    edits,
                }
            })
            .collect();
        Workspace { articles, chart: self.chart.clone() }
    }

    /// Adds the saved articles not listed yet, with their edits. Returns how many
    /// articles were added and how many of their edits found no figure.
    fn add_saved(&mut self, workspace: &Workspace) -> (usize, usize) {
        let (mut added, mut dropped) = (0, 0);
        for saved in &workspace.articles {
            if !self.is_listed(&saved.text) {
                dropped += self.add_saved_article(saved, None, None);
                added += 1;
            }
        }
        (added, dropped)
    }

    /// Reads a saved article (after the separator `joint`, if it was cut from a paste;
    /// from `file`, if from a file) and puts its edits back on the figures read from the
    /// same words; returns how many edits matched no figure.
    fn add_saved_article(&mut self, saved: &SavedArticle, joint: Option<String>, file: Option<String>) -> usize {
        let mut dropped = 0;
        let number = self.take_number();
        let id = ArticleId(number);
        let mut article = Article::read(id, number, saved.text.clone(), saved.published);
        article.joint = joint;
        article.file = file;
        for edit in &saved.edits {
            let found = article
                .extraction
                .figures
                .iter()
                .position(|figure| figure.is_read_at(edit.start, edit.end, edit.place.as_deref()));
            match found {
                Some(index) => {
                    let saved = Edit {
                        value: edit.value,
                        date: edit.date,
                        metric: edit.metric,
                        kind: edit.kind,
                        excluded: edit.excluded,
                    };
                    // As for a new reading: a field that matches what was read is no edit.
                    let restored = saved.made_to(&article.extraction.figures[index]);
                    self.edits.set(FigureRef { article: id, index }, restored);
                }
                None => dropped += 1,
            }
        }
        self.articles.push(Rc::new(article));
        dropped
    }

    /// The index of the article `id` in the list.
    fn index_of(&self, id: ArticleId) -> Option<usize> {
        self.articles.iter().position(|article| article.id == id)
    }

    /// Whether an article with this text (ignoring surrounding blanks) is listed.
    fn is_listed(&self, text: &str) -> bool {
        let wanted = fingerprint(text);
        self.articles.iter().any(|article| article.fingerprint == wanted && article.text.trim() == text.trim())
    }

    fn take_number(&mut self) -> u64 {
        self.next_number += 1;
        self.next_number
    }

    /// Adds `text` as a new article.
    fn push(&mut self, text: String) {
        self.push_with(text, None);
    }

    /// Adds `text` as a new article, cut after `joint`, and returns it.
    fn push_with(&mut self, text: String, joint: Option<String>) -> &Article {
        let number = self.take_number();
        let mut article = Article::read(ArticleId(number), number, text, None);
        article.joint = joint;
        self.articles.push(Rc::new(article));
        &self.articles[self.articles.len() - 1]
    }

    fn add_draft(&mut self) {
        if self.draft.trim().is_empty() {
            self.notice = Some(Notice::Refused(
                "Nothing to add: the box is empty. Paste the text of a news article first.".into(),
            ));
            return;
        }
        let text = std::mem::take(&mut self.draft);
        self.add_text(text, true);
    }

    /// Adds the articles `text` holds, a batch at a time when there are many. Text from
    /// the box (`from_box`) goes back there when nothing of it was added.
    fn add_text(&mut self, text: String, from_box: bool) {
        if self.is_listed(&text) {
            return self.refuse_text(text, from_box, "That article is already in the list, so it was not added again.");
        }
        if text.len() >= CUT_LATER_FROM {
            self.backlog = Some(Backlog::uncut(text, from_box));
            self.notice = Some(Notice::Done("Reading the paste…".into()));
            return;
        }
        self.add_cut(text, from_box);
    }

    /// Says why `text` was not added; text from the box (`from_box`) goes back there.
    fn refuse_text(&mut self, text: String, from_box: bool, message: &str) {
        if from_box {
            self.draft = text;
        }
        self.notice = Some(Notice::Refused(message.into()));
    }

    /// Adds the articles `text` holds, cut now; a batch at a time when there are many.
    fn add_cut(&mut self, text: String, from_box: bool) {
        let (parts, how) = parts_of(&text);
        if parts.len() >= BACKLOG_FROM {
            let parts = parts
                .into_iter()
                .map(|(text, joint)| Pending { saved: SavedArticle::of(text), joint, file: None })
                .collect();
            self.backlog = Some(Backlog::of(parts, BacklogOf::Paste(how)));
            // The first batch now, so that the first of its charts comes sooner; after a
            // long paste's cutting, which was work enough for one task, in the next.
            let budget = if text.len() < CUT_LATER_FROM { FIRST_BATCH_MS } else { 0.0 };
            return self.read_backlog(budget);
        }
        let added = self.add_parts(parts, how);
        self.notice = Some(match added.articles.as_slice() {
            [] => {
                return self.refuse_text(
                    text,
                    from_box,
                    "Those articles are already in the list, so they were not added again.",
                );
            }
            [one] if added.parts == 1 => Notice::Done(format!("Added “{}”: {}.", one.0, figure_count(one.1))),
            articles => Notice::Done(format!(
                "Split into {} {}{}. If a cut is wrong, press “Merge with previous” on the card below it.",
                article_count(added.parts),
                added.how,
                listed_already(added.parts - articles.len()),
            )),
        });
    }

    /// Adds the `parts` of a text (cut `how`), skipping those already listed.
    fn add_parts(&mut self, parts: Vec<(String, Option<String>)>, how: &'static str) -> Added {
        let mut added = Added { parts: parts.len(), how, articles: Vec::new() };
        for (part, joint) in parts {
            if self.is_listed(&part) {
                continue;
            }
            let article = self.push_with(part, joint);
            added.articles.push((article.headline.clone(), article.extraction.reported_count()));
        }
        added
    }

    /// Reads the next batch of the backlog's reports, and says how far it got.
    fn read_more(&mut self) {
        let budget = match self.backlog.as_ref().map(|backlog| backlog.last_batch_end) {
            Some(0.0) => FIRST_BATCH_MS,
            Some(end) => (TASK_MS - (js_sys::Date::now() - end)).clamp(BATCH_MS.0, BATCH_MS.1),
            None => return,
        };
        self.read_backlog(budget);
    }

    /// Reads the backlog's reports for `budget` milliseconds (none for 0), and says how
    /// far it got.
    fn read_backlog(&mut self, budget: f64) {
        let Some(mut backlog) = self.backlog.take() else { return };
        if let Some((text, from_box)) = backlog.uncut.take() {
            self.add_cut(text, from_box);
            // A long paste read all at once (an undo or another change while it waits).
            if budget.is_infinite() {
                self.read_backlog(budget);
            }
            return;
        }
        let start = js_sys::Date::now();
        while js_sys::Date::now() - start < budget {
            let Some(Pending { saved, joint, file }) = backlog.parts.get(backlog.next) else { break };
            backlog.next += 1;
            if self.is_listed(&saved.text) {
                backlog.listed += 1;
            } else {
                backlog.dropped += self.add_saved_article(saved, joint.clone(), file.clone());
            }
        }
        let (read, total) = backlog.progress();
        self.notice = Some(match &backlog.from {
            _ if read < total => Notice::Done(format!("Reading articles: {read} of {total}…")),
            BacklogOf::Paste(how) => Notice::Done(format!(
                "Split into {} {how}{}. If a cut is wrong, press “Merge with previous” on the card below it.",
                article_count(total),
                listed_already(backlog.listed),
            )),
            BacklogOf::Import => {
                let message =
                    format!("Imported {}{}.", article_count(total - backlog.listed), listed_already(backlog.listed));
                match backlog.dropped {
                    0 => Notice::Done(message),
                    n => Notice::Refused(format!("{message} {} no longer matched a figure.", edit_count(n))),
                }
            }
            BacklogOf::Files { count, problems } => {
                let from = match count {
                    1 => "1 file".to_string(),
                    n => format!("{n} files"),
                };
                let added = article_count(total - backlog.listed);
                let message = format!("Added {added} from {from}{}.", listed_already(backlog.listed));
                match problems.as_slice() {
                    [] => Notice::Done(message),
                    problems => Notice::Refused(format!("{message} {}", problems.join(" "))),
                }
            }
        });
        if read < total {
            // (Nothing read yet: the next batch is still the first.)
            if read > 0 {
                backlog.last_batch_end = js_sys::Date::now();
            }
            self.backlog = Some(backlog);
        }
    }

    /// Adds the articles of `files` (the parts each splits into), a batch at a time
    /// when there are many; says which files could not be read and why.
    fn add_files(&mut self, files: Vec<(String, Result<String, FileProblem>)>) {
        let (count, mut parts, mut problems) = (files.len(), Vec::new(), Vec::new());
        for (name, read) in files {
            match read {
                Ok(text) => parts.extend(parts_of(&text).0.into_iter().map(|(text, joint)| Pending {
                    saved: SavedArticle::of(text),
                    joint,
                    file: Some(name.clone()),
                })),
                Err(problem) => problems.push(problem.message(&name)),
            }
        }
        let many = parts.len() >= BACKLOG_FROM;
        self.backlog = Some(Backlog::of(parts, BacklogOf::Files { count, problems }));
        if many {
            self.read_more();
        } else {
            self.read_backlog(f64::INFINITY);
        }
    }

    fn merge_with_previous(&mut self, id: ArticleId) {
        let Some(index) = self.index_of(id).filter(|&index| index > 0) else { return };
        let (before, after) = (self.articles[index - 1].clone(), self.articles[index].clone());
        let joint = after.joint.as_deref().unwrap_or("\n\n");
        let text = format!("{}{joint}{}", before.text, after.text);
        let given = before.extraction.published_source == Some(PublishedSource::Given);
        let reading = self.take_number();
        let mut merged =
            Article::read(before.id, reading, text, given.then_some(before.extraction.published).flatten());
        merged.file = before.file.clone().or_else(|| after.file.clone());
        merged.joint = before.joint.clone();
        // The first article's words are where they were: its edits stay on them.
        let mut dropped = self.edits.carry_over(before.id, &before.extraction.figures, &merged.extraction.figures);
        dropped += self.edits.of_article(after.id).count();
        self.edits.forget(after.id);
        let message = format!("Merged “{}” into “{}”.", after.headline, before.headline);
        self.notice = Some(match dropped {
            0 => Notice::Done(message),
            n => Notice::Refused(format!("{message} {} of the merged articles had to be dropped.", edit_count(n))),
        });
        self.articles[index - 1] = Rc::new(merged);
        self.articles.remove(index);
    }

    fn split_again(&mut self, id: ArticleId) {
        let Some(index) = self.index_of(id) else { return };
        let article = self.articles[index].clone();
        let cut = split(&article.text);
        if cut.parts.len() < 2 {
            self.notice = Some(Notice::Refused(format!(
                "“{}” reads as one article: there is no line of dashes or new headline to split it at.",
                article.headline
            )));
            return;
        }
        let mut parts = Vec::with_capacity(cut.parts.len());
        let mut previous_end = None;
        for range in &cut.parts {
            let Some(part) = article.text.get(range.clone()) else { continue };
            let joint = match previous_end {
                None => article.joint.clone(),
                Some(end) => article.text.get(end..range.start).map(str::to_string),
            };
            previous_end = Some(range.end);
            // The first part keeps the card (and the edits still found in it).
            let number = self.take_number();
            let part_id = if parts.is_empty() { id } else { ArticleId(number) };
            let mut read = Article::read(part_id, number, part.to_string(), None);
            read.file = article.file.clone();
            read.joint = joint;
            parts.push(Rc::new(read));
        }
        let Some(first) = parts.first() else { return };
        let dropped = self.edits.carry_over(id, &article.extraction.figures, &first.extraction.figures);
        let message = format!("Split “{}” into {} {}.", article.headline, article_count(parts.len()), cut.how());
        self.notice = Some(match dropped {
            0 => Notice::Done(message),
            n => Notice::Refused(format!(
                "{message} {} no longer matched a figure and {}.",
                edit_count(n),
                if n == 1 { "was dropped" } else { "were dropped" }
            )),
        });
        self.articles.splice(index..=index, parts);
    }

    fn load_examples(&mut self) {
        let mut added = 0;
        for example in EXAMPLES {
            if !self.is_listed(example.text) {
                self.push(example.text.to_string());
                added += 1;
            }
        }
        self.notice = Some(match added {
            0 => Notice::Refused("The example articles are already in the list.".into()),
            1 => Notice::Done("Added 1 example article.".into()),
            n => Notice::Done(format!("Added {n} example articles.")),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::PublishedSource;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn after(actions: Vec<Action>) -> State {
        let mut state = State::default();
        for action in actions {
            state.apply(action);
        }
        state
    }

    fn refused(state: &State) -> bool {
        matches!(state.notice, Some(Notice::Refused(_)))
    }

    #[wasm_bindgen_test]
    fn a_blank_paste_is_refused_and_nothing_is_lost() {
        let state = after(vec![Action::EditDraft(" \n\t".into()), Action::AddDraft]);
        assert!(state.articles.is_empty());
        assert!(refused(&state));
        assert_eq!(state.draft, " \n\t");
    }

    #[wasm_bindgen_test]
    fn an_added_article_is_headed_by_its_first_line_and_leaves_the_box() {
        let text = "\n\n  Harbour quiet  \nNo news today.";
        let state = after(vec![Action::EditDraft(text.into()), Action::AddDraft]);
        assert_eq!(state.articles.len(), 1);
        assert_eq!(state.articles[0].headline, "Harbour quiet");
        assert_eq!(state.articles[0].text, text);
        assert_eq!(state.draft, "");
        assert!(!refused(&state));

        // The same text again is refused and stays in the box.
        let mut state = state;
        state.apply(Action::EditDraft(format!("{text}\n")));
        state.apply(Action::AddDraft);
        assert_eq!(state.articles.len(), 1);
        assert!(refused(&state));
        assert_eq!(state.draft, format!("{text}\n"));
    }

    #[wasm_bindgen_test]
    fn long_headlines_are_cut_on_a_character_boundary() {
        let line = "é".repeat(150);
        let headline = headline_of(&line);
        assert_eq!(headline.chars().count(), HEADLINE_CHARS + 1);
        assert!(headline.ends_with('…'));
    }

    #[wasm_bindgen_test]
    fn examples_load_once() {
        let mut state = after(vec![Action::LoadExamples]);
        assert_eq!(state.articles.len(), EXAMPLES.len());
        state.apply(Action::LoadExamples);
        assert_eq!(state.articles.len(), EXAMPLES.len());
        assert!(refused(&state));
    }

    #[wasm_bindgen_test]
    fn a_given_date_is_used_until_cleared() {
        let mut state = after(vec![Action::EditDraft("Clinic update\nForty new cases.".into()), Action::AddDraft]);
        let id = state.articles[0].id;
        let day = Date::from_ymd(2026, 3, 4);
        state.apply(Action::SetPublished(id, day));
        let extraction = &state.articles[0].extraction;
        assert_eq!(extraction.published, day);
        assert_eq!(extraction.published_source, Some(PublishedSource::Given));

        state.apply(Action::SetPublished(id, None));
        assert_ne!(state.articles[0].extraction.published_source, Some(PublishedSource::Given));
    }

    #[wasm_bindgen_test]
    fn removing_takes_off_only_that_article() {
        let mut state = after(vec![Action::LoadExamples]);
        let second = state.articles[1].id;
        state.apply(Action::Remove(second));
        assert_eq!(state.articles.len(), EXAMPLES.len() - 1);
        assert!(state.articles.iter().all(|article| article.id != second));
    }

    /// Two invented reports, as one paste with a line of dashes between them.
    const FIRST: &str = "Cholera cases climb in Taven\n\nORVEL, March 4 (Reuters) - Taven province reported 37 new cholera cases on Tuesday, bringing the total to 412.\n\nFour more people died.";
    const SECOND: &str = "Measles spreads in Merau\n\nKESSEL, March 5 (AP) - The Merau health service said on Wednesday that 58 measles cases had been confirmed.\n\nTeams were sent out.";

    #[wasm_bindgen_test]
    fn a_long_paste_is_read_a_batch_at_a_time_and_undone_as_one_change() {
        let mut state = after(vec![Action::EditDraft(long_paste()), Action::AddDraft]);
        // The paste's own task only takes the text in; the next cuts it up, and the one
        // after reads the first batch.
        assert!(state.articles.is_empty() && state.backlog.is_some());
        assert!(matches!(&state.notice, Some(Notice::Done(text)) if text == "Reading the paste…"));
        state.apply(Action::ReadMore);
        assert!(state.articles.is_empty() && state.backlog.is_some());
        assert!(matches!(&state.notice, Some(Notice::Done(text)) if text == "Reading articles: 0 of 150…"));
        state.apply(Action::ReadMore);
        let first_batch = state.articles.len();
        assert!(first_batch > 0 && first_batch < 150, "{first_batch} read at once");
        assert!(matches!(&state.notice, Some(Notice::Done(text)) if text.starts_with("Reading articles")));
        let mut state = read_all(state);
        assert_eq!(state.articles.len(), 150);
        assert!(matches!(&state.notice, Some(Notice::Done(text)) if text.starts_with("Split into 150 articles")));
        state.apply(Action::Undo);
        assert!(state.articles.is_empty(), "undo takes back the whole paste");

        // The same reports as an imported workspace, one with an edit: read a batch at a
        // time too, the edit put back on its figure.
        let reports = many_reports();
        let first = extract(&reports[0], None).figures[0].clone();
        let edit = SavedEdit {
            start: first.start,
            end: first.end,
            place: None,
            value: Some(38),
            date: None,
            metric: None,
            kind: None,
            excluded: false,
        };
        let mut articles: Vec<SavedArticle> = reports.into_iter().map(SavedArticle::of).collect();
        articles[0].edits.push(edit);
        let state = after(vec![Action::Import(Rc::new(Workspace { articles, chart: ChartSettings::default() }))]);
        assert!(state.backlog.is_some(), "read a batch at a time");
        let state = read_all(state);
        assert_eq!(state.articles.len(), 150);
        assert!(
            matches!(&state.notice, Some(Notice::Done(text)) if text == "Imported 150 articles."),
            "{:?}",
            state.notice
        );
        assert_eq!(
            state.edits.get(FigureRef { article: state.articles[0].id, index: 0 }).and_then(|e| e.value),
            Some(38)
        );
    }

    #[wasm_bindgen_test]
    fn a_paste_of_two_reports_adds_two_cards_that_merge_back_losslessly_and_split_again() {
        let paste = format!("{FIRST}\n\n-----\n\n{SECOND}\n");
        let mut state = after(vec![Action::EditDraft(paste), Action::AddDraft]);
        let texts: Vec<&str> = state.articles.iter().map(|article| article.text.as_str()).collect();
        assert_eq!(texts, vec![FIRST, SECOND]);
        assert!(
            matches!(&state.notice, Some(Notice::Done(text)) if text.starts_with("Split into 2 articles at lines of dashes"))
        );
        assert_eq!(state.articles[1].extraction.figures.len(), 1);
        assert_eq!(state.articles[0].outlet.as_deref(), Some("Reuters"));

        let first = state.articles[0].id;
        state.apply(Action::EditFigure(FigureRef { article: first, index: 0 }, Change::Value(38)));
        state.apply(Action::MergeWithPrevious(state.articles[1].id));
        assert_eq!(state.articles.len(), 1);
        assert_eq!(state.articles[0].text, format!("{FIRST}\n\n-----\n\n{SECOND}"), "the separator is put back");
        assert_eq!(state.articles[0].parts, 2);
        assert_eq!(state.edits.get(FigureRef { article: first, index: 0 }).and_then(|edit| edit.value), Some(38));

        state.apply(Action::SplitAgain(first));
        let texts: Vec<&str> = state.articles.iter().map(|article| article.text.as_str()).collect();
        assert_eq!(texts, vec![FIRST, SECOND]);
        assert_eq!(state.articles[0].id, first, "the first part keeps the card and its edits");
        assert_eq!(state.edits.get(FigureRef { article: first, index: 0 }).and_then(|edit| edit.value), Some(38));

        state.apply(Action::SplitAgain(first));
        assert!(refused(&state), "one article does not split");
        assert_eq!(state.articles.len(), 2);
    }

    #[wasm_bindgen_test]
    fn files_are_added_with_their_names_and_a_refused_file_is_named() {
        let files = vec![
            ("taven.txt".to_string(), Ok(FIRST.to_string())),
            ("old.txt".to_string(), Err(FileProblem::NotUtf8(7))),
        ];
        let state = after(vec![Action::AddFiles(files)]);
        assert_eq!(state.articles.len(), 1);
        assert_eq!(state.articles[0].file.as_deref(), Some("taven.txt"));
        match &state.notice {
            Some(Notice::Refused(text)) => {
                assert!(text.starts_with("Added 1 article from 2 files."), "{text}");
                assert!(text.contains("“old.txt” was not read"), "{text}");
            }
            other => panic!("{other:?}"),
        }
    }

    /// 150 different reports (numbered) of two kilobytes: more than one batch's reading
    /// (a batch reads for 20 to 40 ms).
    fn many_reports() -> Vec<String> {
        let filler = " Teams went door to door.".repeat(60);
        (1..=150).map(|n| format!("{FIRST} ({n})\n\n{filler}")).collect()
    }

    /// [`many_reports`] separated by lines of dashes.
    fn long_paste() -> String {
        many_reports().join("\n\n-----\n\n")
    }

    /// `state` after every batch of its backlog is read.
    fn read_all(mut state: State) -> State {
        for _ in 0..1000 {
            if state.backlog.is_none() {
                break;
            }
            state.apply(Action::ReadMore);
        }
        state
    }

    #[wasm_bindgen_test]
    fn a_long_text_pasted_is_added_a_batch_at_a_time_and_the_box_keeps_what_was_typed() {
        let state = after(vec![Action::EditDraft("Notes so far".into()), Action::AddPasted(long_paste())]);
        assert!(state.backlog.is_some(), "read a batch at a time");
        let mut state = read_all(state);
        assert_eq!(state.articles.len(), 150);
        assert_eq!(state.draft, "Notes so far");
        assert!(matches!(&state.notice, Some(Notice::Done(text)) if text.starts_with("Split into 150 articles")));

        state.apply(Action::AddPasted(state.articles[0].text.clone()));
        assert!(refused(&state), "a listed article is not added again");
        assert_eq!(state.draft, "Notes so far", "and does not land in the box");
        state.apply(Action::Undo);
        assert!(state.articles.is_empty(), "undo takes back the whole paste");
    }

    #[wasm_bindgen_test]
    fn undoing_an_add_puts_its_text_back_in_an_empty_box() {
        // Before: the text was gone from the box and the list both.
        let mut state = after(vec![Action::EditDraft(FIRST.into()), Action::AddDraft]);
        assert!(state.draft.is_empty());
        state.apply(Action::Undo);
        assert!(state.articles.is_empty());
        assert_eq!(state.draft, FIRST);
        state.apply(Action::Redo);
        assert_eq!(state.articles.len(), 1);

        let mut state =
            after(vec![Action::EditDraft(FIRST.into()), Action::AddDraft, Action::EditDraft("Notes".into())]);
        state.apply(Action::Undo);
        assert_eq!(state.draft, "Notes", "what was typed since stays");
    }

    #[wasm_bindgen_test]
    fn a_change_while_a_long_paste_is_read_loses_nothing_of_it_even_when_undone() {
        let more: Vec<String> = many_reports().iter().map(|report| report.replace("Taven", "Orsk")).collect();
        let state = after(vec![Action::AddPasted(long_paste()), Action::AddPasted(more.join("\n\n-----\n\n"))]);
        let mut state = read_all(state);
        assert_eq!(state.articles.len(), 300, "the second paste did not drop the first's rest");
        state.apply(Action::Undo);
        assert_eq!(state.articles.len(), 150, "undoing the second leaves all of the first");

        let mut state = after(vec![Action::AddPasted(long_paste()), Action::ReadMore, Action::ReadMore]);
        assert!(state.backlog.is_some());
        let first = state.articles[0].id;
        state.apply(Action::Remove(first));
        assert!(state.backlog.is_none(), "read to its end first");
        state.apply(Action::Undo);
        assert_eq!(state.articles.len(), 150, "undoing the removal keeps the whole paste");
    }

    #[wasm_bindgen_test]
    fn files_holding_many_reports_are_read_a_batch_at_a_time_with_their_names() {
        let files =
            vec![("week.txt".to_string(), Ok(long_paste())), ("old.txt".to_string(), Err(FileProblem::NotUtf8(7)))];
        let state = after(vec![Action::AddFiles(files)]);
        assert!(state.backlog.is_some(), "read a batch at a time");
        let state = read_all(state);
        assert_eq!(state.articles.len(), 150);
        assert!(state.articles.iter().all(|article| article.file.as_deref() == Some("week.txt")));
        assert!(state.articles[1].joint.is_some(), "the separator is kept for a merge");
        match &state.notice {
            Some(Notice::Refused(text)) => {
                assert!(text.starts_with("Added 150 articles from 2 files."), "{text}");
                assert!(text.contains("“old.txt” was not read"), "{text}");
            }
            other => panic!("{other:?}"),
        }
    }

    /// The latest example article (03_wire_followup.txt) and its figure `index`.
    fn latest_figure(state: &State, index: usize) -> FigureRef {
        FigureRef { article: state.articles[EXAMPLES.len() - 1].id, index }
    }

    /// The value charted for `label` on `day` of March 2026 from a statement (not
    /// derived from other points), if any.
    fn charted_value(state: &State, label: &str, day: u32) -> Option<u64> {
        let figures = state.edits.charted(&state.articles);
        let slices: Vec<&[crate::figure::Figure]> = figures.iter().map(Vec::as_slice).collect();
        let series = crate::series::assemble(&slices);
        let one = series.into_iter().find(|one| one.key.label() == label)?;
        let stated = |point: &&crate::series::Point| point.status != crate::series::Status::Derived;
        one.points
            .iter()
            .filter(stated)
            .find(|point| Some(point.date) == Date::from_ymd(2026, 3, day))
            .map(|point| point.value)
    }

    #[wasm_bindgen_test]
    fn an_edited_value_is_charted_and_reset_restores_the_reading() {
        let mut state = after(vec![Action::LoadExamples]);
        let new_cases = latest_figure(&state, 3);
        assert_eq!(charted_value(&state, "new cases", 8), Some(396));

        state.apply(Action::EditFigure(new_cases, Change::Value(420)));
        assert_eq!(charted_value(&state, "new cases", 8), Some(420));
        assert_eq!(state.edits.get(new_cases).and_then(|edit| edit.value), Some(420));
        assert_eq!(state.articles[EXAMPLES.len() - 1].extraction.figures[3].value, 396, "what was read stays");

        // Typing the value read is no edit at all.
        state.apply(Action::EditFigure(new_cases, Change::Value(396)));
        assert_eq!(state.edits.get(new_cases), None);

        state.apply(Action::EditFigure(new_cases, Change::Kind(crate::figure::Kind::Total)));
        state.apply(Action::EditFigure(new_cases, Change::Date(Date::from_ymd(2026, 3, 7).unwrap())));
        assert_eq!(charted_value(&state, "new cases", 8), None, "moved to the totals of the day before");
        assert_eq!(charted_value(&state, "total cases", 7), Some(396));
        state.apply(Action::ResetFigure(new_cases));
        assert_eq!(state.edits.get(new_cases), None);
        assert_eq!(charted_value(&state, "new cases", 8), Some(396));
    }

    #[wasm_bindgen_test]
    fn an_excluded_figure_leaves_the_chart_and_its_restatements_stand_alone() {
        let mut state = after(vec![Action::LoadExamples]);
        assert_eq!(charted_value(&state, "total cases", 8), Some(6_118));
        // "more than 6,000" restates "6,118 cases": without it, it is the day's total.
        state.apply(Action::EditFigure(latest_figure(&state, 2), Change::Excluded(true)));
        assert_eq!(charted_value(&state, "total cases", 8), Some(6_000));
        for index in [0, 1] {
            state.apply(Action::EditFigure(latest_figure(&state, index), Change::Excluded(true)));
        }
        assert_eq!(charted_value(&state, "total cases", 8), None);
        assert!(state.edits.get(latest_figure(&state, 2)).is_some_and(|edit| edit.excluded && !edit.corrects()));

        state.apply(Action::EditFigure(latest_figure(&state, 2), Change::Excluded(false)));
        assert_eq!(state.edits.get(latest_figure(&state, 2)), None);
        assert_eq!(charted_value(&state, "total cases", 8), Some(6_118));
    }

    #[wasm_bindgen_test]
    fn edits_follow_their_figures_to_a_new_reading_and_go_with_their_article() {
        let mut state = after(vec![Action::LoadExamples]);
        let latest = state.articles[EXAMPLES.len() - 1].id;
        let deaths = latest_figure(&state, 5);
        state.apply(Action::EditFigure(deaths, Change::Value(98)));
        let moved = Date::from_ymd(2026, 3, 6).unwrap();
        state.apply(Action::EditFigure(latest_figure(&state, 3), Change::Date(moved)));

        // Another publication date: the same words are read again, the edits stay, and
        // the typed day is kept as typed.
        state.apply(Action::SetPublished(latest, Date::from_ymd(2026, 3, 16)));
        assert_eq!(state.notice, None);
        assert_eq!(state.edits.get(deaths).and_then(|edit| edit.value), Some(98));
        assert_eq!(state.edits.get(latest_figure(&state, 3)).and_then(|edit| edit.date), Some(moved));

        state.apply(Action::Remove(latest));
        assert_eq!(state.edits, Edits::default());
    }

    #[wasm_bindgen_test]
    fn undo_brings_back_a_removed_article_and_its_edits_and_redo_removes_it_again() {
        let mut state = after(vec![Action::LoadExamples]);
        let latest = state.articles[EXAMPLES.len() - 1].clone();
        state.apply(Action::EditFigure(latest_figure(&state, 3), Change::Value(420)));
        assert_eq!(state.history.undo_label(), Some("edit “396” (new cases)"));
        state.apply(Action::Remove(latest.id));
        let label = format!("remove “{}”", cut(&latest.headline, LABEL_CHARS));
        assert_eq!(state.history.undo_label(), Some(label.as_str()));

        state.apply(Action::Undo);
        assert_eq!(state.notice, Some(Notice::Done(format!("Undone: {label}."))));
        assert_eq!(state.articles.len(), EXAMPLES.len());
        assert_eq!(charted_value(&state, "new cases", 8), Some(420), "its edit is back too");
        assert_eq!(state.history.redo_label(), Some(label.as_str()));

        state.apply(Action::Redo);
        assert!(state.articles.iter().all(|article| article.id != latest.id));
        state.apply(Action::Undo);
        state.apply(Action::Undo);
        assert_eq!(charted_value(&state, "new cases", 8), Some(396), "the edit undone");
        // A new change forgets what was undone.
        state.apply(Action::SetChart(ChartSettings { log_scale: true, ..ChartSettings::default() }));
        assert_eq!(state.history.redo_label(), None);
        state.apply(Action::Redo);
        assert_eq!(state.notice, Some(Notice::Refused("Nothing to redo.".into())));
    }

    #[wasm_bindgen_test]
    fn a_shared_workspace_replaces_the_articles_and_undo_brings_them_back() {
        let mut state = after(vec![Action::LoadExamples]);
        let shared = after(vec![Action::EditDraft("Clinic update\nForty new cases.".into()), Action::AddDraft]);
        state.apply(Action::Replace(Rc::new(shared.workspace())));
        assert_eq!(state.articles.len(), 1);
        assert_eq!(state.articles[0].headline, "Clinic update");
        assert_eq!(state.notice, Some(Notice::Done("Opened the shared workspace: 1 article.".into())));
        state.apply(Action::Undo);
        assert_eq!(state.articles.len(), EXAMPLES.len());
    }

    #[wasm_bindgen_test]
    fn only_changes_of_the_workspace_are_undone_and_the_history_is_bounded() {
        let mut state = after(vec![Action::EditDraft("Clinic update\nForty new cases.".into())]);
        assert_eq!(state.history.undo_label(), None, "typing in the paste box is the browser's to undo");
        state.apply(Action::AddDraft);
        state.apply(Action::AddDraft);
        assert_eq!(state.history.undo_label(), Some("add “Clinic update”"), "a refused add is no change");
        for step in 0..history::STEPS + 5 {
            state.apply(Action::SetChart(ChartSettings { log_scale: step % 2 == 0, ..ChartSettings::default() }));
        }
        for _ in 0..history::STEPS {
            state.apply(Action::Undo);
        }
        assert_eq!(state.articles.len(), 1, "the oldest changes were forgotten");
        state.apply(Action::Undo);
        assert_eq!(state.notice, Some(Notice::Refused("Nothing to undo.".into())));
    }
}
