//! The chart: a described `<canvas>`, redrawn whenever data, size, density, colour
//! scheme or the shown series change. Pointing at a point shows its tooltip (the
//! arrow keys do the same on the focused chart); clicking it says its value and shows
//! the sentence it came from in its article; clicking a legend entry hides that series.

use super::chart_hover::{chart_hover, point_under, step, use_hover_layer, Hover};
use super::hooks::{use_canvas_size, use_prefers_dark};
use super::point_facts::PointFacts;
use super::series_legend::series_legend;
use super::view_picker::{use_chart_description, view_picker, ViewChoice};
use crate::chart::{ChartLayout, ChartOptions, PlacedPoint};
use crate::date::Date;
use crate::series::{Series, SeriesKey};
use crate::ui::canvas::{paint, PixelMap};
use crate::ui::export;
use crate::ui::state::{Article, ArticleId};
use crate::workspace::ChartSettings;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Properties of [`ChartPanel`].
#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    /// The series to draw.
    pub series: Rc<Vec<Series>>,
    /// The articles the series were assembled from, in the same order: for the
    /// tooltip's sources and for showing a point in its article.
    pub articles: Vec<Rc<Article>>,
    /// Shows a figure (article, index) in its article's text.
    pub show: Callback<(ArticleId, usize)>,
    /// The view, scale and hidden series (kept by the page, which saves them).
    pub settings: ChartSettings,
    /// Called with the settings the user changed.
    pub set_settings: Callback<ChartSettings>,
}

/// How near (in CSS pixels) the pointer must come to a point to pick it.
const PICK_RADIUS: f64 = 16.0;

/// What the last paint told the page.
#[derive(Clone, PartialEq, Default)]
struct Painted {
    /// Why nothing could be drawn, if so.
    problem: Option<String>,
    /// Some series lies flat on a linear axis: suggest the log scale.
    suggest_log: bool,
}

/// What the panel shows besides the chart: one state for the four, since each state
/// hook of its own type adds code to the page.
#[derive(Clone, PartialEq, Default)]
struct Shown {
    /// What the last paint told the page.
    painted: Painted,
    /// The point last clicked or walked to, whose value is said under the chart.
    picked: Option<(SeriesKey, Date)>,
    /// The point under the pointer (or the keyboard's), with its tooltip.
    hover: Option<Hover>,
    /// Why the last download failed, if it did.
    export_problem: Option<String>,
}

impl Shown {
    /// Shows the tooltip of `hover`; `None` hides it.
    fn set_hover(shown: &UseStateHandle<Shown>, hover: Option<Hover>) {
        shown.set(Shown { hover, ..(**shown).clone() });
    }

    /// Says why the last download failed; `None` once one worked.
    fn set_export_problem(shown: &UseStateHandle<Shown>, export_problem: Option<String>) {
        shown.set(Shown { export_problem, ..(**shown).clone() });
    }

    /// Says the value of the point `picked` under the chart.
    fn set_picked(shown: &UseStateHandle<Shown>, picked: Option<(SeriesKey, Date)>) {
        shown.set(Shown { picked, ..(**shown).clone() });
    }
}

/// The chart, its legend and scale switch, the hover layer, and the picked point's value.
#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let canvas_ref = use_node_ref();
    let dark = use_prefers_dark();
    let size = use_canvas_size(canvas_ref.clone());
    let settings = &props.settings;
    let log_scale = settings.log_scale;
    let hidden = &settings.hidden;
    let shown = use_state_eq(Shown::default);
    // Read by pointer events only; keeping it out of state avoids a re-render per paint.
    let layout = use_mut_ref(ChartLayout::default);
    let view_choice = ViewChoice { view: settings.view, doubling_lines: settings.doubling_lines };
    let options =
        view_choice.apply(ChartOptions { log_scale, dark, hidden: hidden.clone(), ..ChartOptions::default() });
    {
        let (canvas_ref, shown, layout) = (canvas_ref.clone(), shown.clone(), layout.clone());
        let deps = (props.series.clone(), options.clone(), size);
        use_effect_with(deps, move |(series, options, size)| {
            let canvas = canvas_ref.cast::<HtmlCanvasElement>();
            // Without a size the canvas takes no room (hidden, detached): the next
            // resize paints it.
            if let (Some(canvas), Some(size)) = (canvas, size) {
                let painted = match paint(&canvas, *size, series, options.clone()) {
                    Ok(drawn) => {
                        let painted = Painted { problem: None, suggest_log: drawn.log_scale_suggested };
                        *layout.borrow_mut() = drawn;
                        painted
                    }
                    Err(error) => {
                        Painted { problem: Some(format!("The chart could not be drawn: {error}.")), suggest_log: false }
                    }
                };
                // The points moved: a tooltip would point at the old place.
                shown.set(Shown { painted, hover: None, ..(*shown).clone() });
            }
        });
    }
    let toggle = {
        let (settings, set_settings) = (settings.clone(), props.set_settings.clone());
        Callback::from(move |key: SeriesKey| {
            let mut next = settings.clone();
            match next.hidden.iter().position(|hidden| *hidden == key) {
                Some(index) => {
                    next.hidden.remove(index);
                }
                None => next.hidden.push(key),
            }
            set_settings.emit(next);
        })
    };
    // Shows a placed point's tooltip; `None` hides it.
    let hover_on = {
        let (canvas_ref, layout, shown) = (canvas_ref.clone(), layout.clone(), shown.clone());
        move |placed: Option<PlacedPoint>| {
            let map = canvas_ref.cast::<HtmlCanvasElement>().as_ref().and_then(PixelMap::of);
            Shown::set_hover(&shown, placed.zip(map).map(|(placed, map)| Hover::new(placed, &layout.borrow(), &map)));
        }
    };
    // Says a placed point's value under the chart and shows it in its article.
    let pick = {
        let (series, articles, shown, show) =
            (props.series.clone(), props.articles.clone(), shown.clone(), props.show.clone());
        move |placed: PlacedPoint| {
            let Some(one) = series.get(placed.series) else { return };
            let Some(point) = one.points.get(placed.point) else { return };
            Shown::set_picked(&shown, Some((one.key.clone(), point.date)));
            let first = point.sources.first().and_then(|source| Some((articles.get(source.article)?, source.figure)));
            if let Some((article, figure)) = first {
                show.emit((article.id, figure));
            }
        }
    };
    let onpointermove = {
        let (canvas_ref, layout, hover_on) = (canvas_ref.clone(), layout.clone(), hover_on.clone());
        Callback::from(move |event: PointerEvent| {
            let map = canvas_ref.cast::<HtmlCanvasElement>().as_ref().and_then(PixelMap::of);
            let placed = map.and_then(|map| {
                let (x, y) = map.backing_at(event.client_x(), event.client_y());
                point_under(&layout.borrow(), x, y, map.backing_length(PICK_RADIUS))
            });
            hover_on(placed);
        })
    };
    let onpointerleave = {
        let shown = shown.clone();
        Callback::from(move |_: PointerEvent| Shown::set_hover(&shown, None))
    };
    let onclick = {
        let (series, canvas_ref, layout) = (props.series.clone(), canvas_ref.clone(), layout.clone());
        let (toggle, pick) = (toggle.clone(), pick.clone());
        Callback::from(move |event: MouseEvent| {
            let Some(map) = canvas_ref.cast::<HtmlCanvasElement>().as_ref().and_then(PixelMap::of) else { return };
            let (x, y) = map.backing_at(event.client_x(), event.client_y());
            // Look up, then let go of the layout before anything can re-render.
            let (legend_hit, placed) = {
                let layout = layout.borrow();
                let legend_hit = layout.legend.iter().find(|entry| entry.area.contains(x, y)).map(|entry| entry.series);
                (legend_hit, point_under(&layout, x, y, map.backing_length(PICK_RADIUS)))
            };
            if let Some(one) = legend_hit.and_then(|index| series.get(index)) {
                toggle.emit(one.key.clone());
            } else if let Some(placed) = placed {
                pick(placed);
            }
        })
    };
    let onkeydown = {
        let (layout, shown, series) = (layout.clone(), shown.clone(), props.series.clone());
        let current = shown.hover.map(|hover| hover.placed);
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            match key.as_str() {
                "Escape" => Shown::set_hover(&shown, None),
                "Enter" => {
                    if let Some(placed) = current {
                        event.prevent_default();
                        pick(placed);
                    }
                }
                _ => {
                    let Some(next) = step(&layout.borrow(), current, &key) else { return };
                    // Arrows would scroll the page as well.
                    event.prevent_default();
                    hover_on(Some(next));
                    // The line under the chart is read out: keyboard users hear the value.
                    let point = series.get(next.series).and_then(|one| Some((one, one.points.get(next.point)?)));
                    Shown::set_picked(&shown, point.map(|(one, point)| (one.key.clone(), point.date)));
                }
            }
        })
    };
    let toggle_log = {
        let (settings, set_settings) = (settings.clone(), props.set_settings.clone());
        Callback::from(move |_: Event| {
            set_settings.emit(ChartSettings { log_scale: !settings.log_scale, ..settings.clone() })
        })
    };
    let choose_view = {
        let (settings, set_settings) = (settings.clone(), props.set_settings.clone());
        Callback::from(move |choice: ViewChoice| {
            set_settings.emit(ChartSettings {
                view: choice.view,
                doubling_lines: choice.doubling_lines,
                ..settings.clone()
            })
        })
    };
    let export_csv = {
        let (series, articles, shown) = (props.series.clone(), props.articles.clone(), shown.clone());
        Callback::from(move |_: MouseEvent| Shown::set_export_problem(&shown, export::csv(&series, &articles).err()))
    };
    let export_png = {
        let (canvas_ref, shown) = (canvas_ref.clone(), shown.clone());
        Callback::from(move |_: MouseEvent| {
            Shown::set_export_problem(&shown, None);
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                let shown = shown.clone();
                export::png(&canvas, Callback::from(move |why| Shown::set_export_problem(&shown, Some(why))));
            }
        })
    };
    let export_svg = {
        let (canvas_ref, series, shown) = (canvas_ref.clone(), props.series.clone(), shown.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() else { return };
            Shown::set_export_problem(&shown, export::svg(&canvas, &series, &options).err());
        })
    };
    // Hover re-renders this panel; the description only changes with what is drawn.
    let description = use_chart_description(props.series.clone(), hidden.clone(), log_scale, view_choice);
    let facts_of = |series: usize, point: usize| PointFacts::of(props.series.get(series)?, point, &props.articles);
    let Shown { painted, picked, hover, export_problem } = &*shown;
    let detail = picked.as_ref().and_then(|(key, date)| {
        let series = props.series.iter().position(|one| &one.key == key)?;
        let point = props.series[series].points.iter().position(|point| point.date == *date)?;
        Some(facts_of(series, point)?.summary())
    });
    let hover_facts = hover.and_then(|hover| facts_of(hover.placed.series, hover.placed.point));
    let hover_nodes = use_hover_layer(*hover, hover_facts.is_some());

    html! {
        <section class="panel chart-panel" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ "Chart" }</h2>
            <div class="chart-frame">
                <canvas
                    ref={canvas_ref}
                    class="chart"
                    role="img"
                    tabindex="0"
                    aria-label={(*description).clone()}
                    {onclick}
                    onpointerdown={onpointermove.clone()}
                    {onpointermove}
                    {onpointerleave}
                    {onkeydown}
                >
                    { (*description).clone() }
                </canvas>
                { chart_hover(&hover_nodes, *hover, hover_facts.as_ref()) }
            </div>
            <div class="chart-controls">
                { series_legend(&props.series, hidden, view_choice.view, dark, &toggle) }
                { view_picker(view_choice, &choose_view) }
                <label class="log-switch">
                    <input type="checkbox" checked={log_scale} onchange={toggle_log} />
                    { " Logarithmic scale" }
                </label>
                if painted.suggest_log && !log_scale {
                    <p class="hint">
                        { "Some series lie flat along the bottom: the logarithmic scale shows them." }
                    </p>
                }
            </div>
            <p class="point-detail" aria-live="polite">
                { detail.unwrap_or_else(|| {
                    "Point at the chart (or focus it and use the arrow keys) to read a value; \
                     click a point to see its sentence in the article.".into()
                }) }
            </p>
            <div class="chart-exports buttons">
                <button type="button" onclick={export_csv}>{ "Download CSV" }</button>
                <button type="button" onclick={export_png}>{ "Download PNG" }</button>
                <button type="button" onclick={export_svg}>{ "Download SVG" }</button>
            </div>
            if let Some(problem) = export_problem {
                <p class="notice notice-refused" role="alert">{ format!("The download failed: {problem}.") }</p>
            }
            if let Some(problem) = &painted.problem {
                <p class="notice notice-refused" role="alert">{ problem }</p>
            }
        </section>
    }
}
