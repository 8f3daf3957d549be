//! Getting text in: files turned into article text, and pastes cut into articles.
//!
//! Target-independent: the page hands over a file's name and bytes, or a paste, and
//! gets text back (or a reason it cannot have any). No DOM, no file system.

pub mod html;
pub mod markdown;
pub mod split;

/// The largest file read, in bytes: far beyond any article, small enough to read in
/// the page without stalling it.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// The kinds of file that hold articles.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FileKind {
    /// `.txt`: used as it is.
    Text,
    /// `.md`, `.markdown`: the light syntax stripped.
    Markdown,
    /// `.html`, `.htm`: reduced to its readable text.
    Html,
}

impl FileKind {
    /// The kind of file `name` is, by its extension (any case); `None` for others.
    pub fn of(name: &str) -> Option<FileKind> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match extension.as_str() {
            "txt" | "text" => Some(FileKind::Text),
            "md" | "markdown" => Some(FileKind::Markdown),
            "html" | "htm" => Some(FileKind::Html),
            _ => None,
        }
    }
}

/// Why a file gave no article.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum FileProblem {
    /// Not a `.txt`, `.md` or `.html` file.
    NotSupported,
    /// Over [`MAX_FILE_BYTES`]; carries the size.
    TooLarge(u64),
    /// Not UTF-8 text; carries the byte offset of the first invalid byte.
    NotUtf8(usize),
    /// Holds NUL bytes: a binary file with a text file's name.
    Binary,
    /// No text in it (or none left once the markup was dropped).
    Empty,
    /// The browser could not read it (moved, deleted or not allowed since it was chosen).
    Unreadable,
}

impl FileProblem {
    /// A message for the user that names the file and says what to do.
    pub fn message(&self, name: &str) -> String {
        match self {
            FileProblem::NotSupported => {
                format!("“{name}” was not read: casecurve reads .txt, .md and .html files.")
            }
            FileProblem::TooLarge(size) => {
                // Tenths of a megabyte in integers: float formatting would weigh on the bundle.
                let tenths = size.saturating_mul(10) / 1_048_576;
                format!(
                    "“{name}” was not read: it is {}.{} MB, more than the {} MB an article file may be.",
                    tenths / 10,
                    tenths % 10,
                    MAX_FILE_BYTES / 1_048_576
                )
            }
            FileProblem::NotUtf8(at) => format!(
                "“{name}” was not read: it is not UTF-8 text (byte {at} is not valid). Save it as UTF-8 and try again."
            ),
            FileProblem::Binary => format!("“{name}” was not read: it is not a text file."),
            FileProblem::Empty => format!("“{name}” holds no text."),
            FileProblem::Unreadable => format!("“{name}” could not be read: it may have been moved or deleted."),
        }
    }
}

/// The article text of the file `name` holding `bytes`: strictly UTF-8 (a byte-order
/// mark is dropped), HTML reduced to its readable text, Markdown to plain lines.
pub fn read_file(name: &str, bytes: &[u8]) -> Result<String, FileProblem> {
    let kind = FileKind::of(name).ok_or(FileProblem::NotSupported)?;
    let size = bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge(size));
    }
    let text = utf8_text(bytes)?;
    if text.contains('\0') {
        return Err(FileProblem::Binary);
    }
    let text = match kind {
        FileKind::Text => text.to_string(),
        FileKind::Markdown => markdown::strip(text),
        FileKind::Html => html::reduce(text),
    };
    if text.trim().is_empty() {
        return Err(FileProblem::Empty);
    }
    Ok(text)
}

/// `bytes` as text: strictly UTF-8, a byte-order mark dropped.
pub fn utf8_text(bytes: &[u8]) -> Result<&str, FileProblem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|error| FileProblem::NotUtf8(error.valid_up_to()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_read_by_their_extension_and_refused_with_a_reason() {
        assert_eq!(read_file("a.TXT", b"Forty cases.").as_deref(), Ok("Forty cases."));
        assert_eq!(read_file("a.pdf", b"%PDF"), Err(FileProblem::NotSupported));
        assert_eq!(read_file("noextension", b"text"), Err(FileProblem::NotSupported));
        assert_eq!(read_file("a.txt", b"ok \xff\xfe"), Err(FileProblem::NotUtf8(3)));
        assert_eq!(read_file("a.txt", b"a\0b"), Err(FileProblem::Binary));
        assert_eq!(read_file("a.html", b"<script>1</script>"), Err(FileProblem::Empty));
        assert_eq!(read_file("a.txt", b"\xEF\xBB\xBFHeadline").as_deref(), Ok("Headline"));
        assert!(FileProblem::NotUtf8(3).message("old.txt").contains("“old.txt”"));
    }

    #[test]
    fn a_file_over_the_limit_is_refused_with_its_size() {
        let big = vec![b'a'; MAX_FILE_BYTES as usize + 1];
        let problem = read_file("big.txt", &big).unwrap_err();
        assert_eq!(problem, FileProblem::TooLarge(MAX_FILE_BYTES + 1));
        assert!(problem.message("big.txt").contains("10.0 MB"));
    }
}
