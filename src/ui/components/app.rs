//! The whole page: input and articles on one side, chart and table on the other.

use super::article_card::{use_show_figure, ArticleList};
use super::article_form::ArticleForm;
use super::chart_panel::ChartPanel;
use super::figure_table::FigureTable;
use crate::figure::Figure;
use crate::series::assemble;
use crate::ui::state::State;
use yew::prelude::*;

/// The page. Owns the state; every child gets its slice of it plus the dispatcher.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let dispatch: Callback<_> = state.dispatcher().into();
    // A chart click or a table button shows a figure in its article.
    let (shown, show) = use_show_figure();
    // Typing in the paste box re-renders the page; the series only change with the
    // articles and the user's corrections to their figures.
    let series = use_memo((state.articles.clone(), state.edits.clone()), |(articles, edits)| {
        let charted = edits.charted(articles);
        let figures: Vec<&[Figure]> = charted.iter().map(Vec::as_slice).collect();
        assemble(&figures)
    });

    html! {
        <>
            <header class="page-header">
                <h1>{ "casecurve" }</h1>
                <p class="tagline">
                    { "Paste outbreak news articles: casecurve reads every reported figure, \
                       dates it and draws the case curves. Everything stays in your browser." }
                </p>
            </header>
            <main class="layout">
                <div class="column column-input">
                    <ArticleForm
                        draft={state.draft.clone()}
                        notice={state.notice.clone()}
                        dispatch={dispatch.clone()}
                    />
                    <ArticleList articles={state.articles.clone()} dispatch={dispatch.clone()} {shown} />
                </div>
                <div class="column column-output">
                    <ChartPanel series={series} articles={state.articles.clone()} show={show.clone()} />
                    <FigureTable articles={state.articles.clone()} edits={state.edits.clone()} {dispatch} {show} />
                </div>
            </main>
        </>
    }
}
