//! The "Figures" table: every figure of every article, as the user corrected it, with
//! the words it was read from. Sorted by clicking a column's heading, filtered by
//! series; each row opens an editor (`figure_editor.rs`). It is also the chart's
//! accessible alternative: every charted statement is a row here.

use super::figure_row::FigureRow;
use super::show_more::show_more;
use crate::chart::thousands;
use crate::figure::Figure;
use crate::series::SeriesKey;
use crate::ui::format::figure_metric;
use crate::ui::state::{Action, Article, ArticleId, Edit, Edits, FigureRef};
use std::borrow::Cow;
use std::cmp::Ordering;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A column the table can be sorted by.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum SortBy {
    Date,
    Metric,
    Kind,
    Value,
}

impl SortBy {
    /// How two figures compare in this column, smallest first; undated figures after
    /// every dated one.
    fn compare(self, a: &Figure, b: &Figure) -> Ordering {
        match self {
            SortBy::Date => (a.date.is_none(), a.date).cmp(&(b.date.is_none(), b.date)),
            // As the column reads ("cases (suspected), Kassara").
            SortBy::Metric => figure_metric(a).cmp(&figure_metric(b)),
            SortBy::Kind => a.kind.cmp(&b.kind),
            SortBy::Value => a.value.cmp(&b.value),
        }
    }
}

/// The table's order: by a column, up or down.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Sort {
    by: SortBy,
    ascending: bool,
}

/// How the reader set the table up.
#[derive(Clone, PartialEq)]
struct TableView {
    /// Its order; `None`: article then text order.
    sort: Option<Sort>,
    /// The one series shown, if one was chosen.
    filter: Option<SeriesKey>,
    /// The figure whose editor is open.
    open: Option<FigureRef>,
    /// How many rows are shown at most.
    limit: usize,
}

/// One column: its heading, the class of its cells, its width's class, and how it
/// sorts, if it does.
pub(super) struct Column {
    /// The heading, also the label of the cell when rows are shown as blocks.
    pub name: &'static str,
    /// The class of its cells.
    pub class: Option<&'static str>,
    /// The class of its `<col>`, which sets its width (static/style.css): the table's
    /// layout is fixed, so an edit lays out one row, not the whole table again.
    width: &'static str,
    sort: Option<SortBy>,
}

/// The columns, in order.
pub(super) const COLUMNS: [Column; 7] = [
    Column { name: "Date", class: None, width: "col-date", sort: Some(SortBy::Date) },
    Column { name: "Metric", class: None, width: "col-metric", sort: Some(SortBy::Metric) },
    Column { name: "Kind", class: None, width: "col-kind", sort: Some(SortBy::Kind) },
    Column { name: "Value", class: Some("number"), width: "col-value", sort: Some(SortBy::Value) },
    Column { name: "Quoted text", class: Some("quote"), width: "col-quote", sort: None },
    Column { name: "Article", class: Some("source"), width: "col-article", sort: None },
    Column { name: "Edit", class: Some("edit"), width: "col-edit", sort: None },
];

/// Properties of [`FigureTable`].
#[derive(Properties, PartialEq)]
pub struct FigureTableProps {
    /// The articles, in the order they were added.
    pub articles: Vec<Rc<Article>>,
    /// The user's corrections to their figures.
    pub edits: Edits,
    /// Changes the page's state (edits).
    pub dispatch: Callback<Action>,
    /// Shows a figure (article, index) in its article's text.
    pub show: Callback<(ArticleId, usize)>,
}

/// How many rows the table shows at first, and how many more "Show more" adds. The
/// browser lays out every row again whenever rows are added (a long paste adds some
/// at every batch): 4,000 rows took it 150-200 ms each time, so the page stopped
/// answering, and making 200 rows took 130 ms; the rest are a click away, and sorting
/// and the series filter reach them.
const ROWS_PER_PAGE: usize = 100;

/// One row's data: which figure, and how it reads now (borrowed: only the rows shown
/// are copied into their components).
struct Row<'a> {
    at: FigureRef,
    article: &'a Rc<Article>,
    /// The figure as edited.
    figure: Cow<'a, Figure>,
    edit: Option<&'a Edit>,
}

/// Every figure of `articles` as edited, in article then text order.
fn rows_of<'a>(articles: &'a [Rc<Article>], edits: &'a Edits) -> Vec<Row<'a>> {
    articles
        .iter()
        .flat_map(|article| {
            article.extraction.figures.iter().enumerate().map(move |(index, original)| {
                let at = FigureRef { article: article.id, index };
                let edit = edits.get(at);
                let figure = edit.map_or(Cow::Borrowed(original), |edit| Cow::Owned(edit.apply(original)));
                Row { at, article, figure, edit }
            })
        })
        .collect()
}

/// The "Figures" table with its series filter; one row per figure, in article then
/// text order until a heading is clicked.
#[component]
pub fn FigureTable(props: &FigureTableProps) -> Html {
    // One state for the four (each state hook of its own type adds code to the page).
    let view = use_state_eq(|| TableView { sort: None, filter: None, open: None, limit: ROWS_PER_PAGE });
    let TableView { sort, ref filter, open, limit } = *view;

    let mut rows = rows_of(&props.articles, &props.edits);
    let total = rows.len();
    let mut keys: Vec<SeriesKey> = rows.iter().map(|row| SeriesKey::of(&row.figure)).collect();
    keys.sort();
    keys.dedup();
    // A series edited out of existence filters nothing.
    let chosen = filter.as_ref().filter(|key| keys.contains(key));
    if let Some(key) = chosen {
        rows.retain(|row| SeriesKey::of(&row.figure) == *key);
    }
    if let Some(Sort { by, ascending }) = sort {
        rows.sort_by(|a, b| {
            let order = by.compare(&a.figure, &b.figure);
            if ascending {
                order
            } else {
                order.reverse()
            }
        });
    }

    let headings = COLUMNS.iter().map(|column| match column.sort {
        Some(by) => {
            let current = sort.filter(|sort| sort.by == by);
            let aria_sort = current.map(|sort| if sort.ascending { "ascending" } else { "descending" });
            let view = view.clone();
            // A first click sorts up, the next one down.
            let onclick = Callback::from(move |_: MouseEvent| {
                let sort = Some(Sort { by, ascending: current.is_none_or(|current| !current.ascending) });
                view.set(TableView { sort, ..(*view).clone() })
            });
            html! {
                <th scope="col" role="columnheader" class={column.class} aria-sort={aria_sort}>
                    <button type="button" class="sort" {onclick}>{ column.name }</button>
                </th>
            }
        }
        None => html! { <th scope="col" role="columnheader" class={column.class}>{ column.name }</th> },
    });
    // Made again only when another row opens: a new callback would render every row.
    let toggle = {
        let view = view.clone();
        use_callback(open, move |at: FigureRef, open: &Option<FigureRef>| {
            view.set(TableView { open: (*open != Some(at)).then_some(at), ..(*view).clone() })
        })
    };
    let matching = rows.len();
    let body = rows.into_iter().take(limit).map(|row| {
        html! {
            <FigureRow
                key={row.at.token()}
                at={row.at}
                article={row.article.clone()}
                figure={row.figure.into_owned()}
                edit={row.edit.cloned()}
                open={open == Some(row.at)}
                toggle={toggle.clone()}
                dispatch={props.dispatch.clone()}
                show={props.show.clone()}
            />
        }
    });
    let on_filter = {
        let (view, keys) = (view.clone(), keys.clone());
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let filter = select.value().parse::<usize>().ok().and_then(|index| keys.get(index).cloned());
            view.set(TableView { filter, ..(*view).clone() });
        })
    };
    let options = keys.iter().enumerate().map(|(index, key)| {
        html! { <option value={index.to_string()} selected={chosen == Some(key)}>{ key.label() }</option> }
    });
    let shown = matching.min(limit);
    let more = (shown < matching).then(|| {
        let next = ROWS_PER_PAGE.min(matching - shown);
        let onclick = {
            let view = view.clone();
            Callback::from(move |_: MouseEvent| {
                view.set(TableView { limit: view.limit + ROWS_PER_PAGE, ..(*view).clone() })
            })
        };
        let showing = format!("Showing {} of {} figures.", thousands(shown as u64), thousands(matching as u64));
        show_more("table-more", showing, format!("Show {} more", thousands(next as u64)), onclick)
    });

    html! {
        <section class="panel table-panel">
            if total > 0 {
                <div class="table-tools">
                    <label for="figures-series">{ "Series" }</label>
                    <select id="figures-series" onchange={on_filter}>
                        <option value="" selected={chosen.is_none()}>{ "All series" }</option>
                        { for options }
                    </select>
                    if matching < total {
                        <span class="table-count">
                            { format!("{} of {} figures", thousands(matching as u64), thousands(total as u64)) }
                        </span>
                    }
                </div>
            }
            <div class="table-scroll">
                // Explicit roles: on phones the rows are restyled as blocks, and some
                // browsers drop a table's meaning when its display changes.
                <table class="figures" role="table">
                    <caption>{ "Figures" }</caption>
                    <colgroup>{ for COLUMNS.iter().map(|column| html! { <col class={column.width} /> }) }</colgroup>
                    <thead role="rowgroup">
                        <tr role="row">{ for headings }</tr>
                    </thead>
                    <tbody role="rowgroup">
                        if total > 0 {
                            { for body }
                        } else {
                            <tr role="row">
                                <td colspan={COLUMNS.len().to_string()} role="cell" class="empty">{ "No figures yet." }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            { for more }
        </section>
    }
}
