//! The command line: `casecurve extract`, `casecurve series`. Placeholder.

/// Runs the command line with its arguments (without the program name); returns the
/// process exit code.
pub fn run(args: Vec<String>) -> i32 {
    let _ = args;
    2
}
