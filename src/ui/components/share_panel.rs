//! Sharing by link: "Copy share link" (with the link's length, the link itself when
//! the clipboard is refused, and the JSON export when the link would be too long), and
//! opening a link: refused with the reason, opened at once over an empty page, or —
//! over the user's own articles — only once they have chosen.

use crate::chart::thousands;
use crate::share::{Payload, ShareError, MAX_LINK_CHARS};
use crate::ui::share_link::{self, clear_fragment, current_fragment, refusal};
use crate::ui::state::Action;
use crate::workspace::Workspace;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What became of the last "Copy share link".
#[derive(Clone, PartialEq)]
pub enum Shared {
    /// On the clipboard; its length in characters.
    Copied(usize),
    /// The clipboard was refused: the link, to copy by hand.
    NotCopied(Rc<String>),
    /// Longer than [`MAX_LINK_CHARS`]; its length.
    TooLong(usize),
    /// It could not be made; says why.
    Failed(String),
}

/// The "Copy share link" button and what became of the link (`shared`, kept by the
/// caller, which `set_shared` tells of a new outcome); `workspace` makes the workspace
/// to share when asked for, and `export` downloads it as JSON, offered when the link
/// would be too long. A plain function, not a component: its state is the caller's.
pub fn share_controls(
    shared: Option<&Shared>,
    set_shared: Callback<Shared>,
    workspace: &Callback<(), Workspace>,
    export: Callback<MouseEvent>,
) -> Html {
    let onclick = {
        let workspace = workspace.clone();
        Callback::from(move |_: MouseEvent| {
            let (workspace, set_shared) = (workspace.emit(()), set_shared.clone());
            yew::platform::spawn_local(async move {
                let url = match share_link::fragment_for(&workspace).await {
                    Ok(fragment) => {
                        share_link::url_with(&fragment).ok_or_else(|| "the page has no address".to_string())
                    }
                    Err(why) => Err(why),
                };
                set_shared.emit(match url {
                    Err(why) => Shared::Failed(why),
                    Ok(url) if url.chars().count() > MAX_LINK_CHARS => Shared::TooLong(url.chars().count()),
                    Ok(url) if share_link::copy(&url).await => Shared::Copied(url.chars().count()),
                    Ok(url) => Shared::NotCopied(Rc::new(url)),
                });
            });
        })
    };
    let length = |chars: usize| format!("{} characters", thousands(chars as u64));
    let result = match shared {
        None => html! {},
        Some(Shared::Copied(chars)) => html! {
            <p class="share-status">
                { format!("Link copied ({}). Whoever opens it sees this workspace, with the full text of its articles.", length(*chars)) }
            </p>
        },
        Some(Shared::NotCopied(url)) => html! {
            <div class="share-status">
                <p>{ format!("The browser did not let the page use the clipboard: copy the link ({}) from here.", length(url.chars().count())) }</p>
                <label for="share-link">{ "Share link" }</label>
                <input id="share-link" type="text" readonly=true value={url.to_string()} />
            </div>
        },
        Some(Shared::TooLong(chars)) => html! {
            <div class="share-status notice notice-refused" role="alert">
                <p>
                    { format!(
                        "The link would be {}, more than the {} that browsers, chat apps and mail reliably pass on. \
                         Send the workspace as a file instead.",
                        length(*chars),
                        thousands(MAX_LINK_CHARS as u64)
                    ) }
                </p>
                <button type="button" onclick={export}>{ "Export as JSON instead" }</button>
            </div>
        },
        Some(Shared::Failed(why)) => html! {
            <p class="share-status notice notice-refused" role="alert">{ format!("No share link was made: {why}.") }</p>
        },
    };
    html! {
        <div class="share-link" aria-live="polite">
            <button type="button" {onclick}>{ "Copy share link" }</button>
            { result }
        </div>
    }
}

/// Opens the share link in the page's address, now and whenever the fragment changes:
/// a link it refuses says why and changes nothing; a good one opens at once when the
/// page has no articles (`has_work` false), else is handed to `offer`, to wait for the
/// user's choice ([`shared_offer`]).
#[hook]
pub fn use_share_link(dispatch: Callback<Action>, has_work: bool, offer: Callback<Rc<Workspace>>) {
    // Read when the link has been unpacked, which may be after later renders.
    let has_work_now = use_mut_ref(|| has_work);
    *has_work_now.borrow_mut() = has_work;
    use_effect_with((), move |_| {
        open_fragment(&dispatch, &has_work_now, &offer);
        let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
            open_fragment(&dispatch, &has_work_now, &offer);
        });
        move || drop(listener)
    });
}

/// Reads the address's fragment and acts on a share link in it (see [`use_share_link`]).
fn open_fragment(dispatch: &Callback<Action>, has_work: &Rc<RefCell<bool>>, offer: &Callback<Rc<Workspace>>) {
    let payload = match Payload::parse(&current_fragment()) {
        Err(ShareError::NotAShareLink) => return,
        Err(error) => {
            dispatch.emit(Action::Refuse(refusal(&error)));
            clear_fragment();
            return;
        }
        Ok(payload) => payload,
    };
    let (dispatch, has_work, offer) = (dispatch.clone(), has_work.clone(), offer.clone());
    yew::platform::spawn_local(async move {
        match share_link::open(&payload).await {
            Err(message) => dispatch.emit(Action::Refuse(message)),
            Ok(workspace) if *has_work.borrow() => return offer.emit(Rc::new(workspace)),
            Ok(workspace) => dispatch.emit(Action::Replace(Rc::new(workspace))),
        }
        clear_fragment();
    });
}

/// The question asked when a share link holding the workspace `shared` arrives over
/// the user's own `articles` (how many); `choose` gets what to do (`None`: keep the
/// user's work and ignore the link). A plain function, not a component: it keeps no
/// state.
pub fn shared_offer(shared: &Rc<Workspace>, articles: usize, choose: &Callback<Option<Action>>) -> Html {
    let choice = |action: Option<Action>| choose.reform(move |_: MouseEvent| action.clone());
    let count = |n: usize| if n == 1 { "1 article".to_string() } else { format!("{n} articles") };
    html! {
        <section class="panel shared-offer" role="alert" aria-labelledby="shared-heading">
            <h2 id="shared-heading">{ "A shared workspace" }</h2>
            <p>
                { format!(
                    "The link you opened holds a workspace of {}. You have {} here: what should the page do?",
                    count(shared.articles.len()),
                    count(articles)
                ) }
            </p>
            <div class="buttons">
                <button type="button" class="primary" onclick={choice(Some(Action::Replace(shared.clone())))}>
                    { "Open the shared workspace instead of mine" }
                </button>
                <button type="button" onclick={choice(Some(Action::Import(shared.clone())))}>
                    { "Add its articles to mine" }
                </button>
                <button type="button" onclick={choice(None)}>{ "Keep mine, ignore the link" }</button>
            </div>
            <p class="hint">{ "Opening it instead of yours can be undone with “Undo”." }</p>
        </section>
    }
}
