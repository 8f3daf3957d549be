//! A plotters value coordinate with our own ticks. plotters' `with_key_points` on an
//! f64 range loses the label-formatter support the mesh needs, so this wraps the f64
//! range instead, keeping its pixel mapping.

use super::values::ValueAxis;
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};
use plotters::coord::types::RangedCoordf64;
use std::ops::Range;

/// An f64 axis whose key points are a [`ValueAxis`]'s ticks.
pub struct TickedValues {
    inner: RangedCoordf64,
    ticks: Vec<f64>,
}

impl From<&ValueAxis> for TickedValues {
    fn from(axis: &ValueAxis) -> Self {
        TickedValues { inner: axis.range.clone().into(), ticks: axis.ticks.clone() }
    }
}

impl Ranged for TickedValues {
    // Labels always come from `ValueAxis::label` through the mesh's formatter; the
    // default formatting only satisfies the mesh's trait bounds.
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.inner.map(value, limit)
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        // Light (minor) points would add unlabelled grid lines; only the ticks count.
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> Range<f64> {
        self.inner.range()
    }
}
