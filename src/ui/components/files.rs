//! Files into articles: the picker's and a drop's files read in the page, then handed
//! to [`crate::intake::read_file`] and the reducer in one action.

use crate::intake::{read_file, FileKind, FileProblem, MAX_FILE_BYTES};
use crate::ui::state::Action;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Reads every file of `list` and dispatches one [`Action::AddFiles`] with the text or
/// the problem of each, in the order given. Files of another kind or too large are
/// refused before their bytes are read.
pub fn add_files(list: web_sys::FileList, dispatch: Callback<Action>) {
    let files: Vec<web_sys::File> = (0..list.length()).filter_map(|index| list.get(index)).collect();
    if files.is_empty() {
        return;
    }
    yew::platform::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in files {
            let name = file.name();
            let text = read_one(&file, &name).await;
            read.push((name, text));
        }
        dispatch.emit(Action::AddFiles(read));
    });
}

async fn read_one(file: &web_sys::File, name: &str) -> Result<String, FileProblem> {
    FileKind::of(name).ok_or(FileProblem::NotSupported)?;
    let size = file.size();
    if size > MAX_FILE_BYTES as f64 {
        return Err(FileProblem::TooLarge(size as u64));
    }
    read_file(name, &bytes_of(file).await?)
}

/// The bytes of `file`, read in the page. Bytes, not `text()`: the browser would quietly
/// replace bytes that are not UTF-8, and with 10 MB its decoding and the copy of the
/// string into the wasm stopped the page for over 100 ms.
pub async fn bytes_of(file: &web_sys::File) -> Result<Vec<u8>, FileProblem> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| FileProblem::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The handlers that make an element a drop target for files, and whether files are
/// being dragged over it now (for its highlight).
pub struct FileDrop {
    /// Files are over the element.
    pub over: bool,
    /// `dragenter`: files came over the element or one of its children.
    pub enter: Callback<DragEvent>,
    /// `dragover`: lets files be dropped (the browser refuses a drop on an element whose
    /// `dragover` was not cancelled).
    pub allow: Callback<DragEvent>,
    /// `dragleave`: files left the element or one of its children.
    pub leave: Callback<DragEvent>,
    /// `drop`: adds the dropped files as articles; a drop of text (into the paste box) is
    /// left to the browser.
    pub drop: Callback<DragEvent>,
}

/// Makes an element a drop target for files that become articles through `dispatch`.
#[hook]
pub fn use_file_drop(dispatch: Callback<Action>) -> FileDrop {
    let over = use_state_eq(|| false);
    // Entering a child fires "dragenter" on it before "dragleave" on its parent: the
    // files are over the element until as many leaves as enters.
    let depth = use_mut_ref(|| 0_u32);
    let enter = {
        let (over, depth) = (over.setter(), depth.clone());
        Callback::from(move |event: DragEvent| {
            if carries_files(&event) {
                *depth.borrow_mut() += 1;
                over.set(true);
            }
        })
    };
    let allow = Callback::from(|event: DragEvent| {
        if carries_files(&event) {
            event.prevent_default();
        }
    });
    let leave = {
        let (over, depth) = (over.setter(), depth.clone());
        Callback::from(move |event: DragEvent| {
            if carries_files(&event) {
                let mut depth = depth.borrow_mut();
                *depth = depth.saturating_sub(1);
                if *depth == 0 {
                    over.set(false);
                }
            }
        })
    };
    let drop = {
        let set_over = over.setter();
        Callback::from(move |event: DragEvent| {
            *depth.borrow_mut() = 0;
            set_over.set(false);
            let Some(files) = event.data_transfer().and_then(|transfer| transfer.files()) else { return };
            if files.length() > 0 {
                // Otherwise the browser opens the file in place of the page.
                event.prevent_default();
                add_files(files, dispatch.clone());
            }
        })
    };
    FileDrop { over: *over, enter, allow, leave, drop }
}

fn carries_files(event: &DragEvent) -> bool {
    event
        .data_transfer()
        .is_some_and(|transfer| transfer.types().iter().any(|kind| kind.as_string().as_deref() == Some("Files")))
}
