//! The page's function components, one idea each.

mod app;
mod article_card;
mod article_form;
mod chart_panel;
mod figure_table;
mod hooks;
mod series_legend;

pub use app::App;
