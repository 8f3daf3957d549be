//! "Your work": whether the workspace is being saved in this browser, the choice
//! offered when the saved entry cannot be read, export and import as a JSON file, and
//! the share link.

use super::files::bytes_of;
use super::share_panel::{share_controls, Shared};
use crate::intake::utf8_text;
use crate::ui::state::Action;
use crate::ui::storage;
use crate::workspace::{decode, encode, Workspace, WorkspaceError};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Whether the page is saving the workspace as the user works.
#[derive(Clone, PartialEq, Debug)]
pub enum Saving {
    /// Every change is saved.
    On,
    /// The saved entry could not be read: nothing is saved (which would overwrite it)
    /// until the user starts fresh. Holds the entry's raw text and why it was refused.
    Paused(Rc<String>, WorkspaceError),
    /// Saving failed (no storage, or it is full); says why. Tried again on every change.
    Failed(String),
}

impl Saving {
    /// How saving starts, given what storage held when the page opened.
    pub fn after(opened: &storage::Opened) -> Saving {
        match opened {
            storage::Opened::Empty | storage::Opened::Restored(_) => Saving::On,
            storage::Opened::Damaged(raw, error) => Saving::Paused(Rc::new(raw.clone()), error.clone()),
            storage::Opened::Unavailable(why) => Saving::Failed(why.clone()),
        }
    }
}

/// The file name of an export.
const EXPORT_NAME: &str = "casecurve-workspace.json";

/// The media type of both.
const JSON: &str = "application/json";

/// The file name of a downloaded damaged entry.
const DAMAGED_NAME: &str = "casecurve-damaged-workspace.json";

/// What the workspace panel and the question about a shared workspace show, kept by
/// the page (one state for the four, since each state hook of its own type adds code
/// to the page).
#[derive(Clone, PartialEq)]
pub struct PanelState {
    /// Whether work is being saved.
    pub saving: Saving,
    /// Why downloading the damaged entry failed, if it did.
    download_problem: Option<String>,
    /// What became of the last "Copy share link".
    shared: Option<Shared>,
    /// A shared workspace that opened over the user's articles, waiting for their
    /// choice.
    pub offered: Option<Rc<Workspace>>,
}

impl PanelState {
    /// The panel of a page that opened `saving` so.
    pub fn new(saving: Saving) -> PanelState {
        PanelState { saving, download_problem: None, shared: None, offered: None }
    }

    /// Puts a shared workspace before the user (`None`: takes it away).
    pub fn set_offered(panel: &UseStateHandle<PanelState>, offered: Option<Rc<Workspace>>) {
        panel.set(PanelState { offered, ..(**panel).clone() });
    }

    /// Says whether work is being saved.
    pub fn set_saving(panel: &UseStateHandle<PanelState>, saving: Saving) {
        panel.set(PanelState { saving, ..(**panel).clone() });
    }
}

/// The saving status line (which "Start fresh" changes), the
/// damaged-entry choice, export and import, and the share link. `workspace` makes the
/// workspace to export or share when asked for; `dispatch` changes the page's state (an
/// import, or a refusal). A plain function, not a component: its state, `panel`, is
/// the caller's.
pub fn workspace_panel(
    panel: &UseStateHandle<PanelState>,
    workspace: &Callback<(), Workspace>,
    dispatch: &Callback<Action>,
) -> Html {
    let export = {
        let (workspace, dispatch) = (workspace.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            if let Err(why) = storage::download(EXPORT_NAME, &encode(&workspace.emit(())), JSON) {
                dispatch.emit(Action::Refuse(format!("The workspace could not be exported: {why}.")));
            }
        })
    };
    let import = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target().and_then(|target| target.dyn_into::<HtmlInputElement>().ok()) else {
                return;
            };
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            // Choosing the same file again must fire "change" again.
            input.set_value("");
            let dispatch = dispatch.clone();
            yew::platform::spawn_local(async move {
                let name = file.name();
                let bytes = bytes_of(&file).await;
                // Decoding and drawing the first articles are tasks of their own (10 MB:
                // about 50 ms each).
                yew::platform::time::sleep(std::time::Duration::ZERO).await;
                let decoded = bytes.as_deref().ok().and_then(|bytes| utf8_text(bytes).ok()).map(decode);
                yew::platform::time::sleep(std::time::Duration::ZERO).await;
                dispatch.emit(match decoded {
                    Some(Ok(workspace)) => Action::Import(Rc::new(workspace)),
                    Some(Err(error)) => {
                        Action::Refuse(format!("“{name}” was not imported: {error}. Your workspace is unchanged."))
                    }
                    None => Action::Refuse(format!("“{name}” could not be read as text. Your workspace is unchanged.")),
                });
            });
        })
    };
    let set_shared = {
        let panel = panel.clone();
        Callback::from(move |shared| panel.set(PanelState { shared: Some(shared), ..(*panel).clone() }))
    };
    let status = match &panel.saving {
        Saving::On => html! {
            <p class="save-status">{ "Your work is saved in this browser as you go." }</p>
        },
        Saving::Failed(why) => html! {
            <p class="save-status notice notice-refused" role="alert">
                { format!(
                    "Your work is not being saved: {why}. It will not be kept when this page \
                     closes: use “Export workspace” to keep it in a file."
                ) }
            </p>
        },
        Saving::Paused(raw, error) => {
            let start_fresh = {
                let panel = panel.clone();
                Callback::from(move |_: MouseEvent| match storage::clear() {
                    Ok(()) => PanelState::set_saving(&panel, Saving::On),
                    Err(why) => PanelState::set_saving(&panel, Saving::Failed(why)),
                })
            };
            let download_damaged = {
                let (raw, panel) = (raw.clone(), panel.clone());
                Callback::from(move |_: MouseEvent| {
                    let download_problem = storage::download(DAMAGED_NAME, &raw, JSON).err();
                    panel.set(PanelState { download_problem, ..(*panel).clone() });
                })
            };
            html! {
                <div class="save-status notice notice-refused damaged" role="alert">
                    <p>
                        { format!(
                            "The work saved in this browser could not be restored: {error}. \
                             It is kept as it is until you choose, and nothing new is saved meanwhile."
                        ) }
                    </p>
                    <button type="button" onclick={download_damaged}>{ "Download the damaged data" }</button>
                    { " " }
                    <button type="button" onclick={start_fresh}>{ "Start fresh" }</button>
                    if let Some(problem) = &panel.download_problem {
                        <p>{ format!("The download failed: {problem}.") }</p>
                    }
                </div>
            }
        }
    };
    html! {
        <section class="panel workspace-panel" aria-labelledby="workspace-heading">
            <h2 id="workspace-heading">{ "Your work" }</h2>
            { status }
            <div class="workspace-actions">
                <button type="button" onclick={export.clone()}>{ "Export workspace" }</button>
                <label for="import-workspace" class="import-label">{ "Import JSON" }</label>
                <input id="import-workspace" type="file" accept=".json" onchange={import} />
            </div>
            { share_controls(panel.shared.as_ref(), set_shared, workspace, export) }
        </section>
    }
}
