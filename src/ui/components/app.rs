//! The whole page: input and articles on one side, chart and table on the other.

use super::article_card::{article_list, use_list_view, use_show_figure};
use super::article_form::article_form;
use super::chart_panel::ChartPanel;
use super::figure_table::FigureTable;
use super::files::use_file_drop;
use super::share_panel::{shared_offer, use_share_link};
use super::undo_bar::{undo_bar, use_undo_keys};
use super::workspace_panel::{workspace_panel, PanelState, Saving};
use crate::figure::Figure;
use crate::series::assemble;
use crate::ui::state::{Action, Backlog, State};
use crate::ui::storage;
use crate::workspace::encode;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The page. Owns the state; every child gets its slice of it plus the dispatcher.
/// Starts from the workspace saved in this browser and saves every change to it.
#[component]
pub fn App() -> Html {
    // Storage is read once, when the page opens.
    let opened = use_memo((), |_| storage::open());
    let state = use_reducer({
        let opened = opened.clone();
        move || match &*opened {
            storage::Opened::Restored(workspace) => State::restored(workspace),
            _ => State::default(),
        }
    });
    let panel = use_state_eq(|| PanelState::new(Saving::after(&opened)));
    // The dispatcher never changes; one callback for it keeps the props of the article
    // list and the table equal, so a toggle or an edit does not render them all again.
    let dispatch: Callback<Action> = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action, _| dispatcher.dispatch(action))
    };
    // One effect saves the workspace whenever what it holds changes — unless the saved
    // entry could not be read: it is never overwritten before the user has chosen.
    {
        let (current, panel) = (state.clone(), panel.clone());
        // A long paste being read is saved once, when it is all in.
        let paused = matches!(panel.saving, Saving::Paused(..)) || state.backlog.is_some();
        let deps = (state.articles.clone(), state.edits.clone(), state.chart.clone(), paused);
        // Saved once the change is drawn, encoded in one task and stored in the next
        // (for 5 MB of articles, drawing them, encoding them and storing them take about
        // 20, 20 and 80 ms); a change before then cancels it and saves instead.
        use_effect_with(deps, move |(_, _, _, paused)| {
            let store: Rc<RefCell<Option<Timeout>>> = Rc::default();
            let encoding = (!paused).then(|| {
                let store = store.clone();
                Timeout::new(0, move || {
                    let encoded = encode(&current.workspace());
                    let stored = Timeout::new(0, move || match storage::save(&encoded) {
                        Ok(()) => PanelState::set_saving(&panel, Saving::On),
                        Err(why) => PanelState::set_saving(&panel, Saving::Failed(why)),
                    });
                    *store.borrow_mut() = Some(stored);
                })
            });
            move || drop((encoding, store.borrow_mut().take()))
        });
    }
    let workspace = {
        let state = state.clone();
        Callback::from(move |()| state.workspace())
    };
    use_undo_keys(dispatch.clone());
    // A share link in the address opens here (asking first over the user's articles).
    let offer = {
        let panel = panel.clone();
        Callback::from(move |workspace| PanelState::set_offered(&panel, Some(workspace)))
    };
    use_share_link(dispatch.clone(), !state.articles.is_empty(), offer);
    let choose_shared = {
        let (panel, dispatch) = (panel.clone(), dispatch.clone());
        Callback::from(move |choice: Option<Action>| {
            if let Some(action) = choice {
                dispatch.emit(action);
            }
            PanelState::set_offered(&panel, None);
            crate::ui::share_link::clear_fragment();
        })
    };
    // A long paste is read a batch at a time: the next once the browser has shown this
    // one and answered any input.
    let reading = state.backlog.as_ref().map(Backlog::progress);
    {
        let dispatch = dispatch.clone();
        use_effect_with(reading, move |reading| {
            let next = reading.map(|_| Timeout::new(0, move || dispatch.emit(Action::ReadMore)));
            move || drop(next)
        });
    }
    let set_chart = dispatch.reform(Action::SetChart);
    // A chart click or a table button shows a figure in its article.
    let (shown, show) = use_show_figure();
    let list_view = use_list_view(dispatch.clone());
    let file_drop = use_file_drop(dispatch.clone());
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
            // Files dropped anywhere on the page become articles.
            <main
                class={classes!("layout", file_drop.over.then_some("dropping"))}
                ondragenter={file_drop.enter}
                ondragover={file_drop.allow}
                ondragleave={file_drop.leave}
                ondrop={file_drop.drop}
            >
                <div class="column column-input">
                    if let Some(workspace) = &panel.offered {
                        { shared_offer(workspace, state.articles.len(), &choose_shared) }
                    }
                    { article_form(&state.draft, state.notice.as_ref(), reading, &dispatch) }
                    { workspace_panel(&panel, &workspace, &dispatch) }
                    { undo_bar(&state.history, &dispatch) }
                    { article_list(&list_view, &state.articles, &dispatch, shown) }
                </div>
                <div class="column column-output">
                    <ChartPanel
                        series={series}
                        articles={state.articles.clone()}
                        show={show.clone()}
                        settings={state.chart.clone()}
                        set_settings={set_chart}
                    />
                    <FigureTable articles={state.articles.clone()} edits={state.edits.clone()} {dispatch} {show} />
                </div>
            </main>
        </>
    }
}
