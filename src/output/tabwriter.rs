//! kubectl's table layout (cli-runtime `printers.GetNewTabWriter`: Go's tabwriter with
//! minwidth 6, tabwidth 4, padding 3, padchar ' ').
//!
//! A column is as wide as its widest cell in runes plus 3, at least 6; the last cell of a line
//! is not padded. Cells are buffered until `flush`, as Go's writer buffers until `Flush`.

use std::io::{self, Write};

#[derive(Debug, Default)]
pub struct TabWriter {
    rows: Vec<Vec<String>>,
    /// Column widths kept across flushes (liggitt/tabwriter's `RememberWidths`, which
    /// kubectl turns on): a watch's later rows line up with earlier ones, columns never shrink.
    remembered: Vec<usize>,
}

const MIN_WIDTH: usize = 6;
const PADDING: usize = 3;

impl TabWriter {
    pub fn new() -> Self {
        TabWriter::default()
    }

    /// Adds one line; cells are what Go would see between `\t`s.
    pub fn row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }

    /// Forgets remembered widths (kubectl's `SetRememberedWidths(nil)` between resource types).
    pub fn forget_widths(&mut self) {
        self.remembered.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Writes the buffered lines. Go's tabwriter aligns a column only across consecutive lines
    /// that have a cell in it; kubectl's tables are rectangular, so one width per column.
    pub fn flush(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut widths = vec![0usize; columns.max(self.remembered.len())];
        for (w, r) in widths.iter_mut().zip(&self.remembered) {
            *w = *r;
        }
        for row in &self.rows {
            // The last cell of a row is not a tab-terminated cell, so it does not count.
            for (i, cell) in row.iter().enumerate().take(row.len().saturating_sub(1)) {
                let w = (cell.chars().count() + PADDING).max(MIN_WIDTH);
                widths[i] = widths[i].max(w);
            }
        }
        self.remembered = widths.clone();
        for row in self.rows.drain(..) {
            let mut line = String::new();
            let last = row.len().saturating_sub(1);
            for (i, cell) in row.iter().enumerate() {
                line.push_str(cell);
                if i < last {
                    let pad = widths[i].saturating_sub(cell.chars().count());
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            line.push('\n');
            out.write_all(line.as_bytes())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_kubectl_get_contexts() {
        let mut tw = TabWriter::new();
        tw.row(["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"]);
        tw.row(["", "foo", "", "", "x"]);
        let mut out = Vec::new();
        tw.flush(&mut out).expect("writes");
        assert_eq!(
            String::from_utf8(out).expect("utf8"),
            "CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE\n          foo                         x\n"
        );
    }
}
