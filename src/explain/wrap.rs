//! Word wrapping as kubectl's explain does it (mitchellh/go-wordwrap 1.0.1 `WrapString`, which
//! kubectl's `term.NewWordWrapWriter` applies to each write): breaks only at white space, keeps
//! a word longer than the limit whole, drops the spaces at a break.

/// U+00A0 is white space to Unicode but never a break point for go-wordwrap.
const NBSP: char = '\u{a0}';

/// `text` wrapped so that lines stay within `limit` characters where words allow.
pub fn wrap(text: &str, limit: usize) -> String {
    let mut out = String::with_capacity(text.len());
    // Characters on the current output line; the pending word and the spaces before it are
    // written only once it is known whether they fit.
    let mut current = 0usize;
    let mut word = String::new();
    let mut word_len = 0usize;
    let mut spaces = String::new();
    let mut spaces_len = 0usize;

    for c in text.chars() {
        if c == '\n' {
            if word.is_empty() {
                // Trailing spaces survive only when they fit on the line.
                if current + spaces_len <= limit {
                    out.push_str(&spaces);
                }
            } else {
                out.push_str(&spaces);
                out.push_str(&word);
                word.clear();
                word_len = 0;
            }
            spaces.clear();
            spaces_len = 0;
            out.push('\n');
            current = 0;
        } else if c.is_whitespace() && c != NBSP {
            if spaces.is_empty() || !word.is_empty() {
                current += spaces_len + word_len;
                out.push_str(&spaces);
                out.push_str(&word);
                spaces.clear();
                spaces_len = 0;
                word.clear();
                word_len = 0;
            }
            spaces.push(c);
            spaces_len += 1;
        } else {
            word.push(c);
            word_len += 1;
            if current + spaces_len + word_len > limit && word_len < limit {
                out.push('\n');
                current = 0;
                spaces.clear();
                spaces_len = 0;
            }
        }
    }

    if word.is_empty() {
        if current + spaces_len <= limit {
            out.push_str(&spaces);
        }
    } else {
        out.push_str(&spaces);
        out.push_str(&word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_like_go_wordwrap() {
        let cases: &[(&str, usize, &str)] = &[
            ("", 5, ""),
            ("foo", 0, "foo"),
            ("foo bar baz", 3, "foo\nbar\nbaz"),
            ("foo bar baz", 7, "foo bar\nbaz"),
            ("foo bar baz", 11, "foo bar baz"),
            ("foo  bar", 4, "foo\nbar"),
            ("foobarbaz qux", 4, "foobarbaz\nqux"),
            ("foo\nbar baz", 7, "foo\nbar baz"),
            ("foo   \nbar", 4, "foo\nbar"),
            ("foo   \nbar", 10, "foo   \nbar"),
            ("a b\u{a0}c", 3, "a\nb\u{a0}c"),
            ("trailing  ", 10, "trailing  "),
            ("trailing   ", 10, "trailing"),
        ];
        for (input, limit, want) in cases {
            assert_eq!(wrap(input, *limit), *want, "wrap({input:?}, {limit})");
        }
    }
}
