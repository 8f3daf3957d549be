//! A chart as a list of marks in backend pixels, and their replay onto a plotters
//! `DrawingBackend`.
//!
//! Everything about a chart (layout, axes, bars, lines, legend) is decided while its
//! [`Picture`] is built, in code compiled once whatever draws it. Only
//! [`Picture::paint`] is generic over the backend, so a backend costs the page one short
//! replay loop rather than a copy of the chart's code, and tests can read what a chart
//! shows from its marks.

use super::theme::Rgb;
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontFamily,
    FontTransform,
};
use std::convert::Infallible;

/// A point in backend pixels, x to the right and y down.
pub type Xy = BackendCoord;

/// How a closed shape is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    /// Filled with its colour.
    Fill,
    /// Its outline only, this many pixels wide.
    Outline(u32),
}

impl Paint {
    /// The stroke width the backend is given (a filled shape draws no stroke).
    fn width(self) -> u32 {
        match self {
            Paint::Fill => 1,
            Paint::Outline(width) => width,
        }
    }
}

/// Which point of a text its position names, across.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HAlign {
    /// Its start.
    Left,
    /// Its middle.
    Centre,
    /// Its end.
    Right,
}

/// Which point of a text its position names, down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VAlign {
    /// Its top.
    Top,
    /// Its middle.
    Middle,
    /// Its bottom.
    Bottom,
}

/// How a text is turned about its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Turn {
    /// Not at all.
    None,
    /// A quarter clockwise: read downwards (the right axis' caption).
    Clockwise,
    /// A quarter anticlockwise: read upwards (the left axis' caption).
    Anticlockwise,
}

/// One text label.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// What it says.
    pub text: String,
    /// Where its anchor point is.
    pub at: Xy,
    /// Font size in pixels (as plotters' backends take it).
    pub size: f64,
    /// Its colour.
    pub colour: Rgb,
    /// Which point of the text `at` is, across and down.
    pub anchor: (HAlign, VAlign),
    /// How it is turned.
    pub turn: Turn,
}

/// One thing drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A rectangle between two opposite corners.
    Rect {
        /// The top-left corner.
        from: Xy,
        /// The bottom-right corner.
        to: Xy,
        /// Its colour.
        colour: Rgb,
        /// Filled or outlined.
        paint: Paint,
    },
    /// A straight line from one point to another: a grid line.
    Line {
        /// One end.
        from: Xy,
        /// The other end.
        to: Xy,
        /// Its colour.
        colour: Rgb,
        /// Its width in pixels.
        width: u32,
    },
    /// A line through points: axes, ticks, series, averages, each dash of a dashed line.
    Path {
        /// The points, in order.
        points: Vec<Xy>,
        /// Its colour.
        colour: Rgb,
        /// Its width in pixels.
        width: u32,
    },
    /// A circle: a marker, or the ring around a conflicting point.
    Circle {
        /// Its centre.
        centre: Xy,
        /// Its radius in pixels.
        radius: u32,
        /// Its colour.
        colour: Rgb,
        /// Filled or outlined.
        paint: Paint,
    },
    /// A filled polygon: a diamond or triangle marker.
    Polygon {
        /// Its corners, in order.
        corners: Vec<Xy>,
        /// Its colour.
        colour: Rgb,
    },
    /// A text label.
    Text(Text),
}

/// Everything a chart draws, in drawing order (later marks over earlier ones).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Picture {
    /// The marks.
    pub marks: Vec<Mark>,
}

impl Picture {
    /// Adds a mark over the others.
    pub fn push(&mut self, mark: Mark) {
        self.marks.push(mark);
    }

    /// Adds a line through `points`.
    pub fn path(&mut self, points: Vec<Xy>, colour: Rgb, width: u32) {
        self.push(Mark::Path { points, colour, width });
    }

    /// Adds a text label, unturned.
    pub fn text(&mut self, text: impl Into<String>, at: Xy, size: f64, colour: Rgb, anchor: (HAlign, VAlign)) {
        let text = text.into();
        self.push(Mark::Text(Text { text, at, size, colour, anchor, turn: Turn::None }));
    }

    /// The texts, in drawing order.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.marks.iter().filter_map(|mark| match mark {
            Mark::Text(text) => Some(text),
            _ => None,
        })
    }

    /// Draws every mark onto `backend`, then presents it.
    pub fn paint<DB: DrawingBackend>(&self, backend: &mut DB) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        backend.ensure_prepared()?;
        for mark in &self.marks {
            match mark {
                Mark::Rect { from, to, colour, paint } => {
                    backend.draw_rect(*from, *to, &Stroke::new(*colour, paint.width()), *paint == Paint::Fill)
                }
                Mark::Line { from, to, colour, width } => backend.draw_line(*from, *to, &Stroke::new(*colour, *width)),
                Mark::Path { points, colour, width } => {
                    backend.draw_path(points.iter().copied(), &Stroke::new(*colour, *width))
                }
                Mark::Circle { centre, radius, colour, paint } => {
                    backend.draw_circle(*centre, *radius, &Stroke::new(*colour, paint.width()), *paint == Paint::Fill)
                }
                Mark::Polygon { corners, colour } => {
                    backend.fill_polygon(corners.iter().copied(), &Stroke::new(*colour, 1))
                }
                Mark::Text(text) => backend.draw_text(&text.text, &Font::of(text), text.at),
            }?;
        }
        backend.present()
    }
}

/// A colour and a stroke width, as backends take them.
struct Stroke {
    colour: BackendColor,
    width: u32,
}

impl Stroke {
    fn new(colour: Rgb, width: u32) -> Stroke {
        Stroke { colour: BackendColor { alpha: 1.0, rgb: colour }, width }
    }
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.colour
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// The chart's font (the browser's or the SVG viewer's sans-serif) at one size, as
/// backends take it.
pub(super) struct Font {
    size: f64,
    colour: BackendColor,
    anchor: Pos,
    rotation: FontTransform,
}

impl Font {
    /// The font of `text`.
    fn of(text: &Text) -> Font {
        let h_pos = match text.anchor.0 {
            HAlign::Left => HPos::Left,
            HAlign::Centre => HPos::Center,
            HAlign::Right => HPos::Right,
        };
        let v_pos = match text.anchor.1 {
            VAlign::Top => VPos::Top,
            VAlign::Middle => VPos::Center,
            VAlign::Bottom => VPos::Bottom,
        };
        Font {
            size: text.size,
            colour: BackendColor { alpha: 1.0, rgb: text.colour },
            anchor: Pos::new(h_pos, v_pos),
            rotation: match text.turn {
                Turn::None => FontTransform::None,
                Turn::Clockwise => FontTransform::Rotate90,
                Turn::Anticlockwise => FontTransform::Rotate270,
            },
        }
    }

    /// The font at `size`, to measure texts with.
    pub(super) fn measuring(size: f64) -> Font {
        Font {
            size,
            colour: BackendColor { alpha: 1.0, rgb: (0, 0, 0) },
            anchor: Pos::default(),
            rotation: FontTransform::None,
        }
    }
}

impl BackendTextStyle for Font {
    type FontError = Infallible;

    fn color(&self) -> BackendColor {
        self.colour
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn transform(&self) -> FontTransform {
        self.rotation.clone()
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::SansSerif
    }

    /// A rough box for backends that cannot measure (the SVG writer): 0.7 em per
    /// byte, as plotters estimates without font files. The page measures with the
    /// canvas instead (`ui::measured_text`).
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Infallible> {
        let em = self.size / 1.24 / 1.24;
        Ok(((0, -em.round() as i32), ((em * 0.7 * text.len() as f64).round() as i32, (em * 0.24).round() as i32)))
    }

    /// Rasterises nothing: the chart's backends (a canvas, SVG) draw text themselves and
    /// never ask for its pixels.
    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: DrawFunc,
    ) -> Result<Result<(), E>, Infallible> {
        Ok(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::prelude::SVGBackend;

    /// `picture` replayed as SVG text.
    fn svg(picture: &Picture) -> String {
        let mut svg = String::new();
        picture.paint(&mut SVGBackend::with_string(&mut svg, (100, 80))).unwrap();
        svg
    }

    #[test]
    fn every_mark_reaches_the_backend_in_order_with_its_paint() {
        let mut picture = Picture::default();
        let red = (0xD5, 0x5E, 0x00);
        picture.push(Mark::Rect { from: (0, 0), to: (100, 80), colour: (0xFF, 0xFF, 0xFF), paint: Paint::Fill });
        picture.push(Mark::Line { from: (10, 70), to: (10, 5), colour: (0xE4, 0xE4, 0xE4), width: 1 });
        picture.path(vec![(10, 70), (50, 40), (90, 10)], red, 2);
        picture.push(Mark::Circle { centre: (50, 40), radius: 3, colour: red, paint: Paint::Outline(1) });
        picture.push(Mark::Polygon { corners: vec![(60, 30), (64, 34), (56, 34)], colour: red });
        picture.push(Mark::Text(Text {
            text: "new (bars)".into(),
            at: (4, 40),
            size: 12.0,
            colour: (0x22, 0x22, 0x22),
            anchor: (HAlign::Centre, VAlign::Top),
            turn: Turn::Anticlockwise,
        }));
        let svg = svg(&picture);
        let order = ["<rect", "<line", "<polyline", "<circle", "<polygon", "<text"];
        let found: Vec<usize> = order.iter().map(|tag| svg.find(tag).unwrap_or(usize::MAX)).collect();
        assert!(found.windows(2).all(|pair| pair[0] < pair[1]), "{svg}");
        assert!(svg.contains(r##"fill="#FFFFFF" stroke="none""##), "the background is filled: {svg}");
        assert!(svg.contains(r#"points="10,70 50,40 90,10 ""#), "{svg}");
        assert!(svg.contains(r##"fill="none" stroke="#D55E00""##), "the ring is an outline: {svg}");
        assert!(svg.contains(r#"transform="rotate(270, 4, 40)""#), "the caption reads upwards: {svg}");
        assert!(svg.ends_with("</svg>\n"), "presented: {svg}");
    }
}
