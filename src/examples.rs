//! The example articles behind the page's "Load example" button.
//!
//! They are invented: one cholera outbreak in a fictional country, written by the team
//! in the styles of wire copy and a ministry bulletin, so a newcomer sees a chart at
//! once. They double as test material (see `tests/`).

/// An example article.
#[derive(Clone, Copy, Debug)]
pub struct Example {
    /// A short name for the example.
    pub name: &'static str,
    /// The article's text.
    pub text: &'static str,
}

/// The examples, oldest report first.
pub const EXAMPLES: &[Example] = &[
    Example { name: "Wire report, 3 March", text: include_str!("examples/01_wire_port_ebel.txt") },
    Example { name: "Ministry bulletin, 5 March", text: include_str!("examples/02_bulletin_ministry.txt") },
    Example { name: "Wire follow-up, 9 March", text: include_str!("examples/03_wire_followup.txt") },
];
