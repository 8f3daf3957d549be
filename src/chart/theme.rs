//! Colours: the series palette and the light and dark page themes.
//!
//! Series colours come from the Okabe–Ito palette, which stays distinguishable for
//! the common forms of colour blindness. The order puts the colours with the most
//! contrast against the background first, since most charts have one to three series;
//! the dark theme therefore has its own order.

/// A colour as red, green, blue.
pub type Rgb = (u8, u8, u8);

/// Okabe–Ito for a light background: blue, vermillion, bluish green, reddish purple,
/// orange, sky blue, black, yellow. Yellow is last because it is faint on white.
const LIGHT_PALETTE: [Rgb; 8] = [
    (0x00, 0x72, 0xB2),
    (0xD5, 0x5E, 0x00),
    (0x00, 0x9E, 0x73),
    (0xCC, 0x79, 0xA7),
    (0xE6, 0x9F, 0x00),
    (0x56, 0xB4, 0xE9),
    (0x00, 0x00, 0x00),
    (0xF0, 0xE4, 0x42),
];

/// Okabe–Ito for a dark background: sky blue, orange, bluish green, reddish purple,
/// yellow, vermillion, then light grey for the palette's black (which would vanish),
/// and the dark blue last because it is faint on a dark background.
const DARK_PALETTE: [Rgb; 8] = [
    (0x56, 0xB4, 0xE9),
    (0xE6, 0x9F, 0x00),
    (0x00, 0x9E, 0x73),
    (0xCC, 0x79, 0xA7),
    (0xF0, 0xE4, 0x42),
    (0xD5, 0x5E, 0x00),
    (0xE0, 0xE0, 0xE0),
    (0x00, 0x72, 0xB2),
];

/// The colour of the series at `index` in the slice given to [`crate::chart::draw`],
/// so the UI can colour legend and table swatches identically. Colours repeat after
/// eight series ([`series_marker`] then changes).
pub fn series_colour(index: usize, dark: bool) -> Rgb {
    let palette = if dark { &DARK_PALETTE } else { &LIGHT_PALETTE };
    palette[index % palette.len()]
}

/// The shape of a line series' point markers. Colours repeat after eight series; the
/// shape tells the next eight apart (and the eight after those).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Marker {
    /// The first eight series.
    Circle,
    /// Series 9 to 16.
    Square,
    /// Series 17 to 24.
    Diamond,
    /// Series 25 to 32, and so on round again.
    Triangle,
}

/// The marker of the series at `index` (see [`series_colour`]).
pub fn series_marker(index: usize) -> Marker {
    match (index / LIGHT_PALETTE.len()) % 4 {
        0 => Marker::Circle,
        1 => Marker::Square,
        2 => Marker::Diamond,
        _ => Marker::Triangle,
    }
}

/// [`series_colour`] as a CSS colour ("#0072B2").
pub fn series_css_colour(index: usize, dark: bool) -> String {
    let (r, g, b) = series_colour(index, dark);
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// A bar colour under a 7-day average line: the series colour halfway to `background`,
/// so the average line in the full colour stands out over its bars.
pub fn under_average(colour: Rgb, background: Rgb) -> Rgb {
    let half = |a: u8, b: u8| ((u16::from(a) + u16::from(b)) / 2) as u8;
    (half(colour.0, background.0), half(colour.1, background.1), half(colour.2, background.2))
}

/// The non-series colours of a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    /// Behind everything.
    pub background: Rgb,
    /// Labels, legend and message text; also the ring around conflicting points.
    pub text: Rgb,
    /// Axis lines and tick marks.
    pub axis: Rgb,
    /// Grid lines behind the data.
    pub grid: Rgb,
}

impl Theme {
    /// The light or the dark theme.
    pub fn new(dark: bool) -> Theme {
        if dark {
            Theme {
                background: (0x1E, 0x1E, 0x1E),
                text: (0xE6, 0xE6, 0xE6),
                axis: (0xA0, 0xA0, 0xA0),
                grid: (0x3A, 0x3A, 0x3A),
            }
        } else {
            Theme {
                background: (0xFF, 0xFF, 0xFF),
                text: (0x22, 0x22, 0x22),
                axis: (0x55, 0x55, 0x55),
                grid: (0xE4, 0xE4, 0xE4),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_sharing_a_colour_get_different_markers() {
        for index in 0..32 {
            let twin = (index + 8) % 32;
            assert_eq!(series_colour(index, false), series_colour(twin, false));
            assert_ne!(series_marker(index), series_marker(twin), "series {index} and {twin}");
        }
    }

    #[test]
    fn the_first_eight_series_get_distinct_colours_in_both_themes() {
        for dark in [false, true] {
            let colours: Vec<Rgb> = (0..8).map(|i| series_colour(i, dark)).collect();
            for (i, a) in colours.iter().enumerate() {
                assert!(!colours[i + 1..].contains(a), "{a:?} repeats");
                assert_ne!(*a, Theme::new(dark).background);
            }
        }
    }

    #[test]
    fn bars_under_an_average_are_paler_towards_the_background() {
        let blue = series_colour(0, false);
        assert_eq!(under_average(blue, (0xFF, 0xFF, 0xFF)), (0x7F, 0xB8, 0xD8));
        assert_eq!(under_average(blue, (0, 0, 0)), (0x00, 0x39, 0x59));
    }

    #[test]
    fn css_colour_matches_the_rgb_colour() {
        assert_eq!(series_css_colour(0, false), "#0072B2");
        assert_eq!(series_css_colour(0, true), "#56B4E9");
        assert_eq!(series_css_colour(8, false), series_css_colour(0, false));
    }
}
