//! Hooks that follow the browser: colour scheme, canvas size and pixel density.

use crate::ui::canvas::{dark_query, measure, prefers_dark, CanvasSize};
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, ResizeObserver};
use yew::prelude::*;

/// Whether the system asks for dark colours; re-renders when that changes.
#[hook]
pub fn use_prefers_dark() -> bool {
    let dark = use_state_eq(prefers_dark);
    {
        let set_dark = dark.setter();
        use_effect_with((), move |_| {
            let listener =
                dark_query().map(|query| EventListener::new(&query, "change", move |_| set_dark.set(prefers_dark())));
            move || drop(listener)
        });
    }
    *dark
}

/// The displayed size and pixel density of the canvas behind `canvas_ref`; `None`
/// until it is on the page. Follows element resizes (layout, window, zoom) and
/// pixel-density changes (a window moved to another screen).
#[hook]
pub fn use_canvas_size(canvas_ref: NodeRef) -> Option<CanvasSize> {
    let size = use_state_eq(|| None::<CanvasSize>);
    let pixel_ratio = size.map(|size| size.pixel_ratio);
    {
        let set_size = size.setter();
        use_effect_with((canvas_ref, pixel_ratio), move |(canvas_ref, pixel_ratio)| {
            let canvas = canvas_ref.cast::<HtmlCanvasElement>();
            let update: Rc<dyn Fn()> = {
                let canvas = canvas.clone();
                Rc::new(move || set_size.set(canvas.as_ref().and_then(measure)))
            };
            update();
            let window = web_sys::window();
            let on_resize = window.as_ref().map(|window| {
                let update = update.clone();
                EventListener::new(window, "resize", move |_| update())
            });
            // A media query for the current density stops matching when it changes;
            // the new density re-runs this effect with a new query.
            let on_density = window
                .zip(*pixel_ratio)
                .and_then(|(window, ratio)| window.match_media(&format!("(resolution: {ratio}dppx)")).ok().flatten())
                .map(|query| {
                    let update = update.clone();
                    EventListener::new(&query, "change", move |_| update())
                });
            let observer = canvas.and_then(|canvas| observe_resize(&canvas, update));
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
                drop((on_resize, on_density));
            }
        });
    }
    *size
}

/// Calls `update` whenever `element` changes size. The callback must live as long
/// as the observer, so both are returned.
fn observe_resize(element: &web_sys::Element, update: Rc<dyn Fn()>) -> Option<(ResizeObserver, Closure<dyn FnMut()>)> {
    let callback = Closure::<dyn FnMut()>::new(move || update());
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some((observer, callback))
}
