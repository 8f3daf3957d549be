//! The page's function components, one idea each.

mod app;
mod article_card;
mod article_form;
mod chart_hover;
mod chart_panel;
mod figure_editor;
mod figure_row;
mod figure_table;
mod files;
mod hooks;
mod point_facts;
mod series_legend;
mod share_panel;
mod show_more;
mod undo_bar;
mod view_picker;
mod workspace_panel;

pub use app::App;
