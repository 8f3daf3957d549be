//! The whole page in a real browser, driven the way a user drives it: by the names
//! on its controls.
#![cfg(target_arch = "wasm32")]

use casecurve::examples::EXAMPLES;
use casecurve::extract::extract;
use casecurve::figure::Figure;
use casecurve::series::assemble;
use casecurve::ui::App;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit,
    MouseEvent, MouseEventInit,
};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

/// A freshly mounted page; destroyed (and its element removed) when dropped.
struct Page {
    root: Element,
    app: Option<AppHandle<App>>,
}

impl Page {
    /// The page on a first visit: nothing saved in this browser.
    async fn open() -> Page {
        storage().clear().unwrap();
        Page::reopen().await
    }

    /// The page opened again over whatever this browser has saved, as after a reload.
    async fn reopen() -> Page {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let app = yew::Renderer::<App>::with_root(root.clone()).render();
        let page = Page { root, app: Some(app) };
        settle().await;
        page
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length()).filter_map(|i| list.item(i)).filter_map(|node| node.dyn_into().ok()).collect()
    }

    fn one(&self, selector: &str) -> Element {
        self.root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector} on the page"))
    }

    fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }

    /// Clicks the button whose visible name is `name`.
    async fn click(&self, name: &str) {
        let button = self
            .all("button")
            .into_iter()
            .find(|button| button.text_content().as_deref() == Some(name))
            .unwrap_or_else(|| panic!("no button named {name:?}"));
        button.unchecked_into::<HtmlElement>().click();
        settle().await;
    }

    /// Types `text` into the "Article text" box.
    async fn paste(&self, text: &str) {
        let area: HtmlTextAreaElement = self.labelled("Article text").unchecked_into();
        area.set_value(text);
        fire(&area, "input");
        settle().await;
    }

    /// The control whose `<label>` reads `name`.
    fn labelled(&self, name: &str) -> Element {
        let label = self
            .all("label")
            .into_iter()
            .find(|label| label.text_content().as_deref() == Some(name))
            .unwrap_or_else(|| panic!("no label {name:?}"));
        let id = label.get_attribute("for").unwrap();
        self.one(&format!("#{id}"))
    }

    /// The figure rows of the "Figures" table (not the "No figures yet" row).
    fn figure_rows(&self) -> Vec<Element> {
        self.all("table tbody tr").into_iter().filter(|row| row.query_selector("td.empty").unwrap().is_none()).collect()
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

/// The browser's `localStorage`, where the page keeps the workspace.
fn storage() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

/// The stored workspace's raw text.
fn stored() -> Option<String> {
    storage().get_item(casecurve::ui::STORAGE_KEY).unwrap()
}

/// Lets Yew finish rendering (its scheduler runs on the microtask queue), and the
/// browser lay the page out: the chart is drawn once the canvas's resize observer has
/// reported its size, in a rendering step, which a loaded machine may delay past a
/// fixed pause (the arrow-key test failed that way).
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
    for _ in 0..2 {
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    }
    yew::platform::time::sleep(Duration::from_millis(10)).await;
}

/// Dispatches a bubbling `kind` event at `target`, as the browser does for user input.
fn fire(target: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn an_empty_paste_adds_nothing_and_says_why() {
    let page = Page::open().await;
    page.paste("  \n\t ").await;
    page.click("Add article").await;
    assert!(page.all(".card").is_empty());
    let status = page.text("[role=status]");
    assert!(status.contains("empty"), "status says {status:?}");
    // The chart says there is nothing to show.
    let label = page.one("canvas[role=img]").get_attribute("aria-label");
    assert_eq!(label.as_deref(), Some("No dated figures yet"));
}

#[wasm_bindgen_test]
async fn text_without_figures_is_added_and_says_so() {
    let page = Page::open().await;
    page.paste("\n  Quiet week at the harbour  \nThe ferries ran on time.").await;
    page.click("Add article").await;
    let cards = page.all(".card");
    assert_eq!(cards.len(), 1);
    let card = cards[0].text_content().unwrap_or_default();
    assert!(card.contains("Quiet week at the harbour"), "card: {card:?}");
    assert!(card.contains("no figures found"), "card: {card:?}");
    // Added text leaves the box, ready for the next article.
    let area: HtmlTextAreaElement = page.labelled("Article text").unchecked_into();
    assert_eq!(area.value(), "");

    page.click("Remove").await;
    assert!(page.all(".card").is_empty());
    // Focus does not fall off the page with the removed button.
    let focused = gloo::utils::document().active_element().and_then(|e| e.text_content());
    assert_eq!(focused.as_deref(), Some("Articles"));
}

#[wasm_bindgen_test]
async fn the_same_article_twice_is_refused_and_kept_in_the_box() {
    let page = Page::open().await;
    let text = "Harbour report\nNothing new today.";
    page.paste(text).await;
    page.click("Add article").await;
    page.paste(text).await;
    page.click("Add article").await;
    assert_eq!(page.all(".card").len(), 1);
    assert!(page.text("[role=status]").contains("already"));
    let area: HtmlTextAreaElement = page.labelled("Article text").unchecked_into();
    assert_eq!(area.value(), text);
}

#[wasm_bindgen_test]
async fn an_undated_article_asks_for_its_date_until_given() {
    let page = Page::open().await;
    page.paste("Clinic update\nNurses saw 40 new cases of fever.").await;
    page.click("Add article").await;
    assert_eq!(page.all(".card .prompt").len(), 1, "asks for a date");
    let date: HtmlInputElement = page.one("input[type=date]").unchecked_into();
    assert_eq!(date.get_attribute("aria-label").as_deref(), Some("Published"));
    assert_eq!(date.value(), "");

    date.set_value("2026-03-04");
    fire(&date, "change");
    settle().await;
    assert!(page.all(".card .prompt").is_empty(), "the prompt goes");
    let date: HtmlInputElement = page.one("input[type=date]").unchecked_into();
    assert_eq!(date.value(), "2026-03-04");
}

#[wasm_bindgen_test]
async fn the_example_fills_the_list_the_table_and_the_chart() {
    let page = Page::open().await;
    page.click("Load example").await;

    let headlines: Vec<String> = page.all(".card .headline").iter().filter_map(|h| h.text_content()).collect();
    let expected: Vec<&str> = EXAMPLES
        .iter()
        .filter_map(|example| example.text.lines().find(|line| !line.trim().is_empty()))
        .map(str::trim)
        .collect();
    assert_eq!(headlines, expected);
    for input in page.all("input[type=date]") {
        let input: HtmlInputElement = input.unchecked_into();
        assert!(!input.value().is_empty(), "every example has a date");
    }

    assert_eq!(page.text("table caption"), "Figures");
    let rows = page.figure_rows();
    assert!(rows.len() >= EXAMPLES.len(), "only {} figure rows", rows.len());
    let label = page.one("canvas[role=img]").get_attribute("aria-label").unwrap_or_default();
    assert!(label.starts_with("Chart of "), "chart label {label:?}");
    assert!(label.contains(&format!("from {} articles", EXAMPLES.len())), "{label:?}");

    // Loading again adds nothing and says so.
    page.click("Load example").await;
    assert_eq!(page.all(".card").len(), EXAMPLES.len());
    assert!(page.text("[role=status]").contains("already"));
}

#[wasm_bindgen_test]
async fn a_series_can_be_hidden_and_shown_from_the_legend() {
    let page = Page::open().await;
    page.click("Load example").await;
    let canvas = page.one("canvas[role=img]");
    let shown = canvas.get_attribute("aria-label").unwrap_or_default();
    assert!(!shown.contains("hidden"), "{shown:?}");

    let first = page.one(".legend input[type=checkbox]");
    first.unchecked_ref::<HtmlElement>().click();
    settle().await;
    let label = canvas.get_attribute("aria-label").unwrap_or_default();
    assert!(label.contains("; hidden: "), "{label:?}");

    first.unchecked_ref::<HtmlElement>().click();
    settle().await;
    assert_eq!(canvas.get_attribute("aria-label").unwrap_or_default(), shown);
}

/// Dispatches a bubbling mouse-like event `kind` ("pointermove", "click") at the
/// viewport position (`x`, `y`), as the browser does under a pointer.
fn point_at(target: &Element, kind: &str, x: f64, y: f64) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_client_x(x.round() as i32);
    init.set_client_y(y.round() as i32);
    let event = MouseEvent::new_with_mouse_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Presses `key` on `target`.
fn press(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_key(key);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// The examples' figures, read as the page reads them (no date given).
fn example_figures() -> Vec<Vec<Figure>> {
    EXAMPLES.iter().map(|example| extract(example.text, None).figures).collect()
}

/// The sentence of figure `figure` of example `article`, as the article has it.
fn sentence_of(figures: &[Vec<Figure>], article: usize, figure: usize) -> String {
    let span = figures[article][figure].sentence;
    EXAMPLES[article].text[span.start..span.end].to_string()
}

/// The viewport position `from_right` CSS pixels left of the chart's right edge, half
/// way down. Measured anew each time: other tests' pages come and go around this one,
/// and a smooth scroll may still be moving the page.
fn chart_position(canvas: &Element, from_right: f64) -> (f64, f64) {
    let rect = canvas.get_bounding_client_rect();
    (rect.right() - from_right, rect.top() + rect.height() / 2.0)
}

/// Sweeps the pointer leftwards across the middle of the chart from its right edge
/// and returns how far from the edge a tooltip first appears.
async fn hover_rightmost_point(page: &Page) -> f64 {
    let canvas = page.one("canvas[role=img]");
    let mut from_right = 1.0;
    loop {
        assert!(from_right < canvas.get_bounding_client_rect().width(), "no tooltip anywhere along the chart");
        let (x, y) = chart_position(&canvas, from_right);
        point_at(&canvas, "pointermove", x, y);
        settle().await;
        if !page.all(".chart-tooltip").is_empty() {
            return from_right;
        }
        from_right += 4.0;
    }
}

#[wasm_bindgen_test]
async fn the_latest_day_has_a_tooltip_and_a_click_shows_its_sentence() {
    let page = Page::open().await;
    page.click("Load example").await;
    let figures = example_figures();
    let slices: Vec<&[Figure]> = figures.iter().map(Vec::as_slice).collect();
    let series = assemble(&slices);
    let latest = series.iter().flat_map(|one| &one.points).map(|point| point.date).max().unwrap();

    let from_right = hover_rightmost_point(&page).await;
    let tooltip = page.text(".chart-tooltip");
    let date = page.one(".chart-tooltip time").get_attribute("datetime");
    assert_eq!(date, Some(latest.to_string()), "tooltip {tooltip:?}");
    assert!(tooltip.contains(&latest.long_form()), "tooltip {tooltip:?}");
    // Which of that day's points it shows, with its value as people write it and
    // the headline of the article it came from.
    let (one, point) = series
        .iter()
        .find_map(|one| {
            let point = one.points.iter().find(|point| point.date == latest)?;
            tooltip.contains(&one.key.label()).then_some((one, point))
        })
        .unwrap_or_else(|| panic!("no series named in {tooltip:?}"));
    assert!(tooltip.contains(&casecurve::chart::thousands(point.value)), "tooltip {tooltip:?}");
    assert!(tooltip.contains("reported"), "tooltip {tooltip:?}");
    let source = point.sources[0];
    let headline = page.all(".card .headline")[source.article].text_content().unwrap();
    assert!(tooltip.contains(&headline), "tooltip {tooltip:?} lacks {headline:?}");
    assert!(page.all(".crosshair").len() == 1, "a crosshair");

    // A click on it opens its article with the sentence highlighted.
    let canvas = page.one("canvas[role=img]");
    let (x, y) = chart_position(&canvas, from_right);
    point_at(&canvas, "click", x, y);
    settle().await;
    settle().await;
    let marks = page.all(".card mark");
    assert_eq!(marks.len(), 1, "one highlighted sentence");
    assert_eq!(marks[0].text_content().unwrap(), sentence_of(&figures, source.article, source.figure));
    let card = marks[0].closest(".card").unwrap().unwrap();
    assert_eq!(card.query_selector(".headline").unwrap().unwrap().text_content().unwrap(), headline);
    assert!(page.text(".point-detail").contains(&one.key.label()));

    // Leaving the chart hides the tooltip.
    let init = EventInit::new();
    canvas.dispatch_event(&Event::new_with_event_init_dict("pointerleave", &init).unwrap()).unwrap();
    settle().await;
    assert!(page.all(".chart-tooltip").is_empty(), "the tooltip goes with the pointer");
}

#[wasm_bindgen_test]
async fn arrow_keys_walk_the_tooltip_along_a_series() {
    let page = Page::open().await;
    page.click("Load example").await;
    let canvas = page.one("canvas[role=img]");
    press(&canvas, "ArrowLeft");
    settle().await;
    // The first series (new cases) at its latest day, then the day before.
    let first = page.text(".chart-tooltip");
    assert!(first.contains("new cases") && first.contains("396"), "tooltip {first:?}");
    assert!(page.text(".point-detail").contains("396"), "the value is read out too");
    press(&canvas, "ArrowLeft");
    settle().await;
    let second = page.text(".chart-tooltip");
    assert!(second.contains("new cases") && second.contains("468"), "tooltip {second:?}");
    press(&canvas, "Escape");
    settle().await;
    assert!(page.all(".chart-tooltip").is_empty());
}

#[wasm_bindgen_test]
async fn show_in_article_opens_the_text_at_the_figures_sentence() {
    let page = Page::open().await;
    page.click("Load example").await;
    let figures = example_figures();
    assert!(page.all(".card .article-text").is_empty(), "texts start collapsed");
    let buttons = page.all(".show-in-article");
    assert_eq!(buttons.len(), figures.iter().map(Vec::len).sum::<usize>(), "a button per figure");
    // The second article's last figure: rows run article by article.
    let index = figures[0].len() + figures[1].len() - 1;
    buttons[index].unchecked_ref::<HtmlElement>().click();
    settle().await;
    settle().await;
    let texts = page.all(".card .article-text");
    assert_eq!(texts.len(), 1, "only that article opens");
    assert_eq!(texts[0].text_content().unwrap(), EXAMPLES[1].text, "the whole text, as pasted");
    let mark = page.one(".card mark");
    assert_eq!(mark.text_content().unwrap(), sentence_of(&figures, 1, figures[1].len() - 1));
    let own = page.one(".card mark strong").text_content().unwrap();
    assert_eq!(own, figures[1][figures[1].len() - 1].text, "the figure's words stand out");

    page.click("Hide text").await;
    assert!(page.all(".card .article-text").is_empty());
}

/// The control inside the `<label>` whose text reads `name` (radio buttons and
/// checkboxes wrapped in their label).
fn wrapped(page: &Page, name: &str) -> HtmlInputElement {
    let label = page
        .all("label")
        .into_iter()
        .find(|label| label.text_content().is_some_and(|text| text.trim() == name))
        .unwrap_or_else(|| panic!("no label {name:?}"));
    label.query_selector("input").unwrap().unwrap_or_else(|| panic!("no control in {name:?}")).unchecked_into()
}

#[wasm_bindgen_test]
async fn the_chart_view_picker_switches_what_the_chart_shows() {
    let page = Page::open().await;
    page.click("Load example").await;
    let canvas = page.one("canvas[role=img]");
    let label = || canvas.get_attribute("aria-label").unwrap_or_default();
    assert_eq!(page.text(".chart-view legend"), "Chart view");
    assert!(wrapped(&page, "All series").checked(), "every series by default");
    assert!(label().starts_with("Chart of "), "{:?}", label());
    let doubling = wrapped(&page, "Doubling-time lines (in the cumulative view)");
    assert!(doubling.disabled(), "doubling lines only in the cumulative view");

    wrapped(&page, "Cumulative").click();
    settle().await;
    assert!(label().starts_with("Cumulative view: Chart of "), "{:?}", label());
    assert!(!label().contains("new cases"), "new counts are not cumulative: {:?}", label());
    let doubling = wrapped(&page, "Doubling-time lines");
    assert!(!doubling.disabled());
    doubling.click();
    settle().await;
    assert!(wrapped(&page, "Doubling-time lines").checked());

    wrapped(&page, "Daily new").click();
    settle().await;
    assert!(label().starts_with("Daily new view: Chart of "), "{:?}", label());
    assert!(!label().contains("total"), "totals are not daily counts: {:?}", label());
}

/// The figure row whose quoted text reads `quoted`.
fn row_quoting(page: &Page, quoted: &str) -> Element {
    page.figure_rows()
        .into_iter()
        .find(|row| row.query_selector("q").unwrap().and_then(|q| q.text_content()).as_deref() == Some(quoted))
        .unwrap_or_else(|| panic!("no row quoting {quoted:?}"))
}

/// The control of the open figure editor labelled `name`.
fn editor_field(page: &Page, name: &str) -> Element {
    let label = page
        .all(".figure-editor label[for]")
        .into_iter()
        .find(|label| label.text_content().as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no editor field {name:?}"));
    page.one(&format!("#{}", label.get_attribute("for").unwrap()))
}

/// Sets a form control's value and reports the change, as a user's typing does.
async fn set_field(field: &Element, value: &str) {
    match field.dyn_ref::<HtmlInputElement>() {
        Some(input) => input.set_value(value),
        None => field.unchecked_ref::<web_sys::HtmlSelectElement>().set_value(value),
    }
    fire(field, "change");
    settle().await;
}

/// Clicks the button inside `row` whose visible text is `name`.
async fn click_in(row: &Element, name: &str) {
    let buttons = row.query_selector_all("button").unwrap();
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|button| button.text_content().as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no button {name:?} in the row"));
    button.unchecked_ref::<HtmlElement>().click();
    settle().await;
}

/// The tooltip of the first series' latest point, reached with the keyboard.
async fn latest_new_cases_tooltip(page: &Page) -> String {
    let canvas = page.one("canvas[role=img]");
    press(&canvas, "Escape");
    settle().await;
    press(&canvas, "ArrowLeft");
    settle().await;
    page.text(".chart-tooltip")
}

#[wasm_bindgen_test]
async fn a_value_corrected_in_the_table_is_charted_and_reset_restores_it() {
    let page = Page::open().await;
    page.click("Load example").await;
    assert!(latest_new_cases_tooltip(&page).await.contains("396"));

    click_in(&row_quoting(&page, "396"), "Edit").await;
    let value = editor_field(&page, "Value");
    assert_eq!(value.unchecked_ref::<HtmlInputElement>().value(), "396");
    assert_eq!(gloo::utils::document().active_element().as_ref(), Some(&value), "the editor takes the focus");
    set_field(&value, "1,420").await;

    let row = row_quoting(&page, "396");
    let text = row.text_content().unwrap_or_default();
    assert!(text.contains("edited"), "row {text:?}");
    assert_eq!(row.query_selector("td.number").unwrap().unwrap().text_content().unwrap(), "1,420 read as 396");
    assert_eq!(row.query_selector("td.number del").unwrap().unwrap().text_content().unwrap(), "396");
    let tooltip = latest_new_cases_tooltip(&page).await;
    assert!(tooltip.contains("1,420") && !tooltip.contains("396"), "tooltip {tooltip:?}");

    // What cannot be a count is refused next to the field, and the typing stays.
    set_field(&editor_field(&page, "Value"), "about 40").await;
    assert!(page.text(".figure-editor [role=alert]").contains("not a whole number"));
    let value = editor_field(&page, "Value");
    assert_eq!(value.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(value.unchecked_ref::<HtmlInputElement>().value(), "about 40");
    assert!(latest_new_cases_tooltip(&page).await.contains("1,420"), "the chart keeps the last good value");

    click_in(&row_quoting(&page, "396"), "Reset").await;
    let row = row_quoting(&page, "396");
    assert!(!row.text_content().unwrap_or_default().contains("edited"));
    assert!(row.query_selector("del").unwrap().is_none(), "nothing struck through");
    assert!(latest_new_cases_tooltip(&page).await.contains("396"));

    page.click("Done").await;
    assert!(page.all(".figure-editor").is_empty());
}

/// The editor's state is kept by its row, which stays on the page when the editor
/// closes: what was refused must not come back with the next opening.
#[wasm_bindgen_test]
async fn an_editor_closed_on_refused_typing_opens_again_on_the_figure() {
    let page = Page::open().await;
    page.click("Load example").await;
    click_in(&row_quoting(&page, "396"), "Edit").await;
    set_field(&editor_field(&page, "Value"), "about 40").await;
    assert!(page.text(".figure-editor [role=alert]").contains("not a whole number"));
    page.click("Done").await;

    click_in(&row_quoting(&page, "396"), "Edit").await;
    assert!(page.all(".figure-editor [role=alert]").is_empty(), "no message from before");
    let value = editor_field(&page, "Value");
    assert_eq!(value.unchecked_ref::<HtmlInputElement>().value(), "396");
    assert_eq!(value.get_attribute("aria-invalid").as_deref(), Some("false"));
    assert_eq!(gloo::utils::document().active_element().as_ref(), Some(&value), "the editor takes the focus again");
}

#[wasm_bindgen_test]
async fn an_excluded_figure_stays_listed_and_leaves_the_chart() {
    let page = Page::open().await;
    page.click("Load example").await;
    let canvas = page.one("canvas[role=img]");
    let label = || canvas.get_attribute("aria-label").unwrap_or_default();
    assert!(label().contains("total cases, Velm"), "{:?}", label());

    click_in(&row_quoting(&page, "730 in Velm"), "Edit").await;
    wrapped(&page, "Leave out of the chart").click();
    settle().await;
    let row = row_quoting(&page, "730 in Velm");
    assert!(row.get_attribute("class").unwrap_or_default().split_whitespace().any(|class| class == "excluded"));
    assert!(row.text_content().unwrap_or_default().contains("excluded"));
    assert!(!label().contains("Velm"), "{:?}", label());

    // Moved to another series instead, it is charted there.
    wrapped(&page, "Leave out of the chart").click();
    set_field(&editor_field(&page, "Metric"), "deaths").await;
    set_field(&editor_field(&page, "Kind"), "new").await;
    assert!(label().contains("new deaths, Velm"), "{:?}", label());
    let row = row_quoting(&page, "730 in Velm");
    let metric = row.query_selector("td[data-label=Metric]").unwrap().unwrap().text_content().unwrap();
    assert_eq!(metric, "deaths, Velm read as cases, Velm");
}

/// The "Figures" column `name` of every figure row, top to bottom.
fn column(page: &Page, name: &str) -> Vec<String> {
    page.figure_rows()
        .iter()
        .filter_map(|row| row.query_selector(&format!("td[data-label='{name}']")).unwrap())
        .map(|cell| cell.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_table_sorts_by_a_column_and_filters_by_series() {
    let page = Page::open().await;
    page.click("Load example").await;
    let values = || -> Vec<u64> {
        column(&page, "Value")
            .iter()
            .map(|text| text.chars().filter(char::is_ascii_digit).collect::<String>())
            .map(|digits| digits.parse().unwrap())
            .collect()
    };
    page.click("Value").await;
    let up = values();
    assert!(up.windows(2).all(|pair| pair[0] <= pair[1]), "{up:?}");
    let heading = page.all("th").into_iter().find(|th| th.text_content().as_deref() == Some("Value")).unwrap();
    assert_eq!(heading.get_attribute("aria-sort").as_deref(), Some("ascending"));
    page.click("Value").await;
    let down = values();
    assert_eq!(down, up.iter().rev().copied().collect::<Vec<_>>());
    assert_eq!(heading.get_attribute("aria-sort").as_deref(), Some("descending"));

    let series = page.labelled("Series");
    let deaths = page
        .all("#figures-series option")
        .into_iter()
        .find(|option| option.text_content().as_deref() == Some("total deaths"))
        .unwrap()
        .get_attribute("value")
        .unwrap();
    set_field(&series, &deaths).await;
    assert_eq!(column(&page, "Value").len(), 3, "three days of total deaths");
    assert!(column(&page, "Metric").iter().all(|metric| metric == "deaths"));
    assert!(column(&page, "Kind").iter().all(|kind| kind == "total"));
    assert!(page.text(".table-count").starts_with("3 of "));
    assert_eq!(values(), [97, 75, 61], "still sorted");

    set_field(&series, "").await;
    assert_eq!(column(&page, "Value").len(), up.len());
}

#[wasm_bindgen_test]
async fn the_legend_lists_only_the_series_of_the_view() {
    let page = Page::open().await;
    page.click("Load example").await;
    let entries = || page.all(".legend li").iter().filter_map(|li| li.text_content()).collect::<Vec<_>>();
    let every = entries();
    assert!(every.iter().any(|label| label == "new cases"), "{every:?}");
    wrapped(&page, "Deaths").click();
    settle().await;
    assert_eq!(entries(), ["new deaths", "total deaths"]);
    wrapped(&page, "All series").click();
    settle().await;
    assert_eq!(entries(), every);
}

#[wasm_bindgen_test]
async fn a_reload_restores_the_articles_the_edits_and_the_chart_settings() {
    let page = Page::open().await;
    page.click("Load example").await;
    page.paste("Harbour clinic\nNo figures today.").await;
    page.click("Add article").await;
    let cards = page.all(".card").len();
    // Counted before an editor row opens in the table.
    let rows = page.figure_rows().len();
    click_in(&row_quoting(&page, "396"), "Edit").await;
    set_field(&editor_field(&page, "Value"), "1,420").await;
    click_in(&row_quoting(&page, "730 in Velm"), "Edit").await;
    wrapped(&page, "Leave out of the chart").click();
    settle().await;
    wrapped(&page, "Cumulative").click();
    settle().await;
    wrapped(&page, "Logarithmic scale").click();
    settle().await;
    let headlines = page.all(".card h3").iter().map(|h| h.text_content()).collect::<Vec<_>>();
    let label = page.one("canvas[role=img]").get_attribute("aria-label");
    drop(page);

    let page = Page::reopen().await;
    assert_eq!(page.all(".card").len(), cards, "every article is back");
    assert_eq!(page.all(".card h3").iter().map(|h| h.text_content()).collect::<Vec<_>>(), headlines);
    assert_eq!(page.figure_rows().len(), rows);
    let corrected = row_quoting(&page, "396");
    assert_eq!(corrected.query_selector("td.number").unwrap().unwrap().text_content().unwrap(), "1,420 read as 396");
    assert!(row_quoting(&page, "730 in Velm").text_content().unwrap_or_default().contains("excluded"));
    assert!(wrapped(&page, "Cumulative").checked());
    assert!(wrapped(&page, "Logarithmic scale").checked());
    assert_eq!(page.one("canvas[role=img]").get_attribute("aria-label"), label, "the same chart");
    assert!(page.text("[role=status]").contains("saved work is back"), "{:?}", page.text("[role=status]"));
}

/// The "Your work" section's alert, if it shows one.
fn work_alert(page: &Page) -> Option<String> {
    page.all(".workspace-panel [role=alert]").first().and_then(|alert| alert.text_content())
}

#[wasm_bindgen_test]
async fn a_damaged_entry_is_kept_until_the_user_starts_fresh() {
    storage().set_item(casecurve::ui::STORAGE_KEY, "{\"format\":\"casecurve-workspace\",\"vers").unwrap();
    let page = Page::reopen().await;
    let alert = work_alert(&page).unwrap_or_default();
    assert!(alert.contains("could not be restored") && alert.contains("not JSON"), "{alert:?}");
    assert!(page.all(".card").is_empty());

    // Working meanwhile does not overwrite it.
    page.click("Load example").await;
    assert_eq!(stored().as_deref(), Some("{\"format\":\"casecurve-workspace\",\"vers"));

    page.click("Start fresh").await;
    assert_eq!(work_alert(&page), None);
    let saved = stored().unwrap_or_default();
    let workspace = casecurve::workspace::decode(&saved).unwrap();
    assert_eq!(workspace.articles.len(), EXAMPLES.len(), "what was done meanwhile is saved now");
}

/// Chooses a file named `name` holding `text` in the "Import JSON" picker.
async fn import(page: &Page, name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let file = web_sys::File::new_with_str_sequence(&parts, name).unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let input: HtmlInputElement = page.labelled("Import JSON").unchecked_into();
    input.set_files(transfer.files().as_ref());
    fire(&input, "change");
    // Reading the file is a promise; then Yew renders.
    yew::platform::time::sleep(Duration::from_millis(200)).await;
}

#[wasm_bindgen_test]
async fn importing_a_file_that_is_no_workspace_changes_nothing() {
    let page = Page::open().await;
    page.click("Load example").await;
    let before = stored();
    let rows = page.figure_rows().len();

    import(&page, "notes.json", "[1, 2, 3]").await;
    let status = page.text("[role=status]");
    assert!(status.contains("“notes.json” was not imported") && status.contains("unchanged"), "{status:?}");
    assert_eq!(page.all(".card").len(), EXAMPLES.len());
    assert_eq!(page.figure_rows().len(), rows);
    assert_eq!(stored(), before);

    // A workspace exported elsewhere adds its articles.
    let other = casecurve::workspace::Workspace {
        articles: vec![casecurve::workspace::SavedArticle {
            text: "Harbour clinic\nNo figures today.".into(),
            published: None,
            edits: Vec::new(),
        }],
        ..Default::default()
    };
    import(&page, "other.json", &casecurve::workspace::encode(&other)).await;
    assert!(page.text("[role=status]").contains("Imported 1 article"), "{:?}", page.text("[role=status]"));
    assert_eq!(page.all(".card").len(), EXAMPLES.len() + 1);
}

/// While alive, the browser's storage refuses every write as a full quota does.
struct FullStorage {
    prototype: js_sys::Object,
    set_item: wasm_bindgen::JsValue,
}

impl FullStorage {
    fn new() -> FullStorage {
        let storage_class = js_sys::Reflect::get(&js_sys::global(), &"Storage".into()).unwrap();
        let prototype: js_sys::Object = js_sys::Reflect::get(&storage_class, &"prototype".into()).unwrap().into();
        let set_item = js_sys::Reflect::get(&prototype, &"setItem".into()).unwrap();
        let full = js_sys::Function::new_no_args("throw new DOMException('quota', 'QuotaExceededError');");
        js_sys::Reflect::set(&prototype, &"setItem".into(), &full).unwrap();
        FullStorage { prototype, set_item }
    }
}

impl Drop for FullStorage {
    fn drop(&mut self) {
        js_sys::Reflect::set(&self.prototype, &"setItem".into(), &self.set_item).unwrap();
    }
}

#[wasm_bindgen_test]
async fn a_full_storage_is_reported_and_saving_resumes_when_it_works() {
    let page = Page::open().await;
    let full = FullStorage::new();
    assert!(storage().set_item("probe", "x").is_err(), "the storage is full now");
    page.click("Load example").await;
    // The failed save is reported by a second render, after the effect that tried it.
    settle().await;
    let alert = work_alert(&page).unwrap_or_default();
    assert!(alert.starts_with("Your work is not being saved: ") && alert.contains("full"), "{alert:?}");
    assert_eq!(page.all(".card").len(), EXAMPLES.len(), "the work itself goes on");

    drop(full);
    page.one(".card button.remove").unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(work_alert(&page), None);
    assert_eq!(
        casecurve::workspace::decode(&stored().unwrap_or_default()).map(|w| w.articles.len()),
        Ok(EXAMPLES.len() - 1)
    );
}

/// The button whose visible name starts with `prefix` ("Undo", "Undo: remove …").
fn button_named_from(page: &Page, prefix: &str) -> Element {
    let found =
        page.all("button").into_iter().find(|button| button.text_content().unwrap_or_default().starts_with(prefix));
    found.unwrap_or_else(|| panic!("no button named {prefix:?}…"))
}

/// Presses Ctrl (with Shift if `shift`) and `key` on `target`.
async fn press_ctrl(target: &Element, key: &str, shift: bool) {
    let init = KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_key(key);
    init.set_ctrl_key(true);
    init.set_shift_key(shift);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn undo_and_redo_say_what_they_take_back_by_button_and_by_keyboard() {
    let page = Page::open().await;
    assert!(button_named_from(&page, "Undo").has_attribute("disabled"), "nothing to undo on a fresh page");
    page.click("Load example").await;
    let headline = page.text(".card h3");
    let short: String = headline.chars().take(20).collect();
    page.click("Remove").await;
    assert_eq!(page.all(".card").len(), EXAMPLES.len() - 1);

    let undo = button_named_from(&page, "Undo");
    let label = undo.text_content().unwrap_or_default();
    assert!(label.starts_with("Undo: remove “") && label.contains(&short), "{label:?}");
    undo.unchecked_ref::<HtmlElement>().click();
    settle().await;
    assert_eq!(page.all(".card").len(), EXAMPLES.len());
    assert_eq!(page.text(".card h3"), headline, "back in its place");
    let status = page.text("[role=status]");
    assert!(status.starts_with("Undone: remove “") && status.contains(&short), "{status:?}");
    assert!(button_named_from(&page, "Redo: remove").text_content().unwrap_or_default().contains(&short));

    // The keyboard, page-wide: Ctrl+Shift+Z redoes, Ctrl+Z undoes, Ctrl+Y redoes.
    let body: Element = gloo::utils::body().into();
    press_ctrl(&body, "Z", true).await;
    assert_eq!(page.all(".card").len(), EXAMPLES.len() - 1);
    assert!(page.text("[role=status]").starts_with("Redone: remove"));
    press_ctrl(&body, "z", false).await;
    assert_eq!(page.all(".card").len(), EXAMPLES.len());
    press_ctrl(&body, "y", false).await;
    assert_eq!(page.all(".card").len(), EXAMPLES.len() - 1);

    // In the paste box, Ctrl+Z is the browser's undo of typing, not the page's.
    press_ctrl(&page.labelled("Article text"), "z", false).await;
    assert_eq!(page.all(".card").len(), EXAMPLES.len() - 1);
    button_named_from(&page, "Undo: remove").unchecked_ref::<HtmlElement>().click();
    settle().await;
    assert_eq!(page.all(".card").len(), EXAMPLES.len());

    // An edit in the table is undone as well.
    click_in(&row_quoting(&page, "396"), "Edit").await;
    set_field(&editor_field(&page, "Value"), "1,420").await;
    assert!(latest_new_cases_tooltip(&page).await.contains("1,420"));
    press_ctrl(&body, "z", false).await;
    assert!(page.text("[role=status]").starts_with("Undone: edit “"), "{:?}", page.text("[role=status]"));
    let tooltip = latest_new_cases_tooltip(&page).await;
    assert!(tooltip.contains("396") && !tooltip.contains("1,420"), "{tooltip:?}");
}

/// Waits (up to two seconds) until `selector` is on the page: for what the page shows
/// after a promise (compression, the clipboard) has settled.
async fn shown(page: &Page, selector: &str) -> Element {
    for _ in 0..40 {
        if let Some(found) = page.all(selector).into_iter().next() {
            return found;
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{selector} never shown")
}

#[wasm_bindgen_test]
async fn a_share_link_the_clipboard_refused_is_shown_to_copy_by_hand() {
    let page = Page::open().await;
    page.click("Load example").await;
    // This browser's clipboard says no, as one without permission does.
    let clipboard = js_sys::Reflect::get(&gloo::utils::window().navigator(), &"clipboard".into()).unwrap();
    let refuse = js_sys::Function::new_no_args("return Promise.reject(new DOMException('denied', 'NotAllowedError'))");
    js_sys::Reflect::set(&clipboard, &"writeText".into(), &refuse).unwrap();
    page.click("Copy share link").await;
    let field = shown(&page, "#share-link").await;
    js_sys::Reflect::delete_property(clipboard.unchecked_ref::<js_sys::Object>(), &"writeText".into()).unwrap();

    let link = field.unchecked_into::<HtmlInputElement>().value();
    let (_, fragment) = link.split_once('#').unwrap_or_else(|| panic!("no fragment in {link:?}"));
    assert!(casecurve::share::Payload::parse(fragment).is_ok(), "{fragment}");
    let said = page.text(".share-status p");
    let length = link.chars().count().to_string();
    let length = format!("{},{}", &length[..length.len() - 3], &length[length.len() - 3..]);
    assert!(
        said.contains("did not let the page use the clipboard") && said.contains(&format!("({length} characters)")),
        "{said:?}"
    );
}

#[wasm_bindgen_test]
async fn a_share_link_too_long_for_chat_apps_offers_the_json_export_instead() {
    let page = Page::open().await;
    // 60,000 letters that do not compress well (a fixed pseudo-random sequence).
    let mut seed = 12_345u32;
    let noise: String = (0..60_000)
        .map(|_| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b'a' + ((seed >> 16) % 26) as u8)
        })
        .collect();
    page.paste(&format!("Field notes\n{noise}")).await;
    page.click("Add article").await;
    page.click("Copy share link").await;
    let alert = shown(&page, ".share-link [role=alert]").await.text_content().unwrap_or_default();
    assert!(alert.contains("more than the 32,000") && alert.contains("as a file instead"), "{alert:?}");
    assert!(page.all("button").iter().any(|b| b.text_content().as_deref() == Some("Export as JSON instead")));
}
