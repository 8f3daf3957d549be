//! The value (y) axes: range, tick positions and tick labels.
//!
//! Counts are whole numbers, so a linear axis never ticks between integers. A log
//! axis is drawn as log10(value) on a linear axis (plotters 0.3.7 cannot translate
//! pixels back on its own log axis) with ticks at whole decades, labelled with the
//! real values.

use std::ops::Range;

/// How values are placed on a value axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueScale {
    /// The value itself, from zero.
    Linear,
    /// log10 of the value; zero cannot be shown.
    Log10,
}

impl ValueScale {
    /// The axis coordinate of `value`, or `None` if this scale cannot show it.
    pub fn position(self, value: u64) -> Option<f64> {
        self.position_of(value as f64)
    }

    /// The axis coordinate of a value that need not be whole (an average, a
    /// reference line), or `None` if this scale cannot show it.
    pub fn position_of(self, value: f64) -> Option<f64> {
        match self {
            _ if !(value >= 0.0 && value.is_finite()) => None,
            ValueScale::Linear => Some(value),
            ValueScale::Log10 if value == 0.0 => None,
            ValueScale::Log10 => Some(value.log10()),
        }
    }
}

/// A value axis: what it spans and where its labelled ticks are, in axis coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueAxis {
    /// How values are placed.
    pub scale: ValueScale,
    /// The span of the axis (never empty).
    pub range: Range<f64>,
    /// Labelled tick positions, ascending, all within `range`.
    pub ticks: Vec<f64>,
    /// The distance between linear ticks; labels show as many decimals as it needs.
    step: f64,
}

/// About how many intervals a linear axis is divided into.
const LINEAR_INTERVALS: f64 = 5.0;

/// Headroom above the largest value, so its marker is not cut by the plot's edge.
const HEADROOM: f64 = 1.05;

impl ValueAxis {
    /// A linear axis from zero to a round number above `max`. An all-zero chart still
    /// gets the axis 0..1.
    pub fn linear(max: u64) -> ValueAxis {
        let top_value = max as f64 * HEADROOM;
        let step = nice_step(top_value / LINEAR_INTERVALS);
        let intervals = (top_value / step).ceil().max(1.0);
        let top = intervals * step;
        ValueAxis {
            scale: ValueScale::Linear,
            range: 0.0..top,
            ticks: (0..=intervals as u32).map(|i| f64::from(i) * step).collect(),
            step,
        }
    }

    /// A log axis over whole decades around `min..=max` (both at least 1; smaller
    /// values are treated as 1). Narrow spans also get ticks at 2 and 5 of each decade.
    pub fn log(min: u64, max: u64) -> ValueAxis {
        let low = min.max(1).ilog10();
        let high = {
            let max = max.max(min).max(1);
            let floor = max.ilog10();
            if 10u64.checked_pow(floor) == Some(max) {
                floor
            } else {
                floor + 1
            }
        };
        let high = high.max(low + 1);
        let mut ticks: Vec<f64> = Vec::new();
        for decade in low..=high {
            ticks.push(f64::from(decade));
            if high - low <= 2 && decade < high {
                ticks.extend([2.0f64, 5.0].map(|m| f64::from(decade) + m.log10()));
            }
        }
        ValueAxis { scale: ValueScale::Log10, range: f64::from(low)..f64::from(high), ticks, step: 1.0 }
    }

    /// The axis with at most `max_ticks` labelled ticks (at least two are kept), for a
    /// short plot: a log axis first drops the 2 and 5 ticks between decades, then any
    /// axis keeps every n-th tick from the bottom.
    pub fn thinned(&self, max_ticks: usize) -> ValueAxis {
        let max_ticks = max_ticks.max(2);
        let mut ticks = self.ticks.clone();
        if ticks.len() > max_ticks && self.scale == ValueScale::Log10 {
            ticks.retain(|t| t.fract() == 0.0);
        }
        let stride = ticks.len().div_ceil(max_ticks).max(1);
        ValueAxis { ticks: ticks.into_iter().step_by(stride).collect(), ..self.clone() }
    }

    /// The label of the tick at axis coordinate `at`: "250,000", "1.5M", "10B".
    pub fn label(&self, at: f64) -> String {
        match self.scale {
            ValueScale::Linear => format_tick(at, self.step),
            ValueScale::Log10 => {
                let value = 10f64.powf(at).round();
                format_tick(value, value)
            }
        }
    }
}

/// The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `raw`, and a
/// whole number (2.5 only from 25 up).
fn nice_step(raw: f64) -> f64 {
    if raw.is_nan() || raw <= 1.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|factor| factor * magnitude)
        .filter(|step| step.fract() == 0.0)
        .find(|step| *step >= raw)
        .unwrap_or(10.0 * magnitude)
}

/// Large-number units for tick labels, largest first.
const UNITS: [(f64, &str); 3] = [(1e12, "T"), (1e9, "B"), (1e6, "M")];

/// More decimals than this would make labels wider than the ticks are apart.
const MAX_DECIMALS: usize = 3;

/// A tick label: whole numbers with thousands separators below a million, above it a
/// unit ("1.5M", "20B", "1,000T") with up to as many decimals as `step` needs to tell
/// neighbouring ticks apart.
pub fn format_tick(value: f64, step: f64) -> String {
    let Some((unit, suffix)) = UNITS.into_iter().find(|(unit, _)| value >= *unit) else {
        return thousands(value.round() as u64);
    };
    let relative_step = step / unit;
    let decimals = (0..MAX_DECIMALS)
        .find(|d| {
            let shifted = relative_step * 10f64.powi(*d as i32);
            (shifted - shifted.round()).abs() < 1e-6
        })
        .unwrap_or(MAX_DECIMALS);
    let text = format!("{:.*}", decimals, value / unit);
    // "1.00M" reads worse than "1M" next to "1.25M".
    let text = if text.contains('.') { text.trim_end_matches('0').trim_end_matches('.') } else { &text };
    let (whole, fraction) = text.split_at(text.find('.').unwrap_or(text.len()));
    let whole = whole.parse::<u64>().map(thousands).unwrap_or_default();
    format!("{whole}{fraction}{suffix}")
}

/// A count with thousands separators: 1234567 -> "1,234,567".
pub fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separates_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(u64::MAX), "18,446,744,073,709,551,615");
    }

    #[test]
    fn tick_labels_use_units_above_a_million() {
        assert_eq!(format_tick(950_000.0, 50_000.0), "950,000");
        assert_eq!(format_tick(1_200_000.0, 200_000.0), "1.2M");
        assert_eq!(format_tick(2_000_000.0, 1_000_000.0), "2M");
        assert_eq!(format_tick(1_250_000.0, 50_000.0), "1.25M");
        assert_eq!(format_tick(4e10, 1e10), "40B");
        assert_eq!(format_tick(1e15, 2e14), "1,000T");
    }

    #[test]
    fn a_linear_axis_has_round_whole_number_ticks_above_the_maximum() {
        let axis = ValueAxis::linear(1_180);
        assert_eq!(axis.range, 0.0..1_250.0);
        let labels: Vec<String> = axis.ticks.iter().map(|t| axis.label(*t)).collect();
        assert_eq!(labels, ["0", "250", "500", "750", "1,000", "1,250"]);

        let millions = ValueAxis::linear(1_100_000);
        let labels: Vec<String> = millions.ticks.iter().map(|t| millions.label(*t)).collect();
        assert_eq!(labels, ["0", "250,000", "500,000", "750,000", "1M", "1.25M"]);

        let small = ValueAxis::linear(3);
        assert!(small.ticks.iter().all(|t| t.fract() == 0.0), "{small:?}");
    }

    #[test]
    fn an_all_zero_axis_is_not_degenerate() {
        let axis = ValueAxis::linear(0);
        assert_eq!(axis.range, 0.0..1.0);
        assert_eq!(axis.ticks, vec![0.0, 1.0]);
    }

    #[test]
    fn huge_values_get_a_finite_axis_with_unit_labels() {
        let axis = ValueAxis::linear(1_000_000_000_000_000);
        assert!(axis.range.end >= 1e15 && axis.range.end.is_finite());
        let top = axis.label(*axis.ticks.last().unwrap());
        assert!(top.ends_with('T'), "{top}");
        let log = ValueAxis::log(1, u64::MAX);
        assert_eq!(log.range, 0.0..20.0);
    }

    #[test]
    fn a_log_axis_spans_whole_decades_labelled_with_real_values() {
        let axis = ValueAxis::log(40, 1_500_000);
        assert_eq!(axis.range, 1.0..7.0);
        let labels: Vec<String> = axis.ticks.iter().map(|t| axis.label(*t)).collect();
        assert_eq!(labels, ["10", "100", "1,000", "10,000", "100,000", "1M", "10M"]);

        let exact = ValueAxis::log(100, 1_000);
        assert_eq!(exact.range, 2.0..3.0);
        let labels: Vec<String> = exact.ticks.iter().map(|t| exact.label(*t)).collect();
        assert_eq!(labels, ["100", "200", "500", "1,000"]);
    }

    #[test]
    fn a_single_value_log_axis_is_one_decade() {
        assert_eq!(ValueAxis::log(1, 1).range, 0.0..1.0);
        assert_eq!(ValueAxis::log(5_000, 5_000).range, 3.0..4.0);
    }

    #[test]
    fn a_short_plot_gets_fewer_ticks() {
        let linear = ValueAxis::linear(1_180).thinned(3);
        assert_eq!(linear.ticks, vec![0.0, 500.0, 1_000.0]);
        assert_eq!(linear.range, 0.0..1_250.0);
        let log = ValueAxis::log(100, 1_000);
        assert_eq!(log.thinned(3).ticks, vec![2.0, 3.0]);
        assert_eq!(log.thinned(10), log);
    }

    #[test]
    fn log_scale_cannot_place_zero() {
        assert_eq!(ValueScale::Log10.position(0), None);
        assert_eq!(ValueScale::Log10.position(1_000), Some(3.0));
        assert_eq!(ValueScale::Linear.position(0), Some(0.0));
    }
}
