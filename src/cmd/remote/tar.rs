//! The tar archives `kctl cp` moves through `tar` in the container: a writer producing what
//! Go's `archive/tar` writes for kubectl's `makeTar` (USTAR headers, a PAX record when a name
//! does not fit), and a reader for what GNU tar and busybox produce (USTAR, GNU long names,
//! PAX records). Pure: bytes in, entries out; the file system is the caller's.

use thiserror::Error;

const BLOCK: usize = 512;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum TarError {
    #[error("archive/tar: invalid tar header")]
    Header,
    #[error("unexpected EOF")]
    Truncated,
}

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
    Symlink,
    /// Hard links, devices, FIFOs: written as headers only.
    Other(u8),
}

/// One entry of an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub kind: Kind,
    /// Permission bits (and setuid/setgid/sticky).
    pub mode: u32,
    pub uid: u64,
    pub gid: u64,
    pub uname: String,
    pub gname: String,
    /// Seconds since the epoch.
    pub mtime: i64,
    pub linkname: String,
    pub data: Vec<u8>,
}

impl Entry {
    fn typeflag(&self) -> u8 {
        match self.kind {
            Kind::File => b'0',
            Kind::Dir => b'5',
            Kind::Symlink => b'2',
            Kind::Other(t) => t,
        }
    }
}

fn octal(field: &mut [u8], value: u64) {
    // Go's formatOctal: zero-padded digits, then a NUL.
    let width = field.len() - 1;
    let text = format!("{value:0width$o}");
    let bytes = text.as_bytes();
    let start = bytes.len().saturating_sub(width);
    field[..width].copy_from_slice(&bytes[start..]);
    field[width] = 0;
}

fn put(field: &mut [u8], text: &str) {
    let b = text.as_bytes();
    let n = b.len().min(field.len());
    field[..n].copy_from_slice(&b[..n]);
}

/// USTAR's split of a long name into `prefix` (≤155) and `name` (≤100) at a slash.
fn split_ustar(name: &str) -> Option<(&str, &str)> {
    if name.len() <= 100 {
        return Some(("", name));
    }
    let bytes = name.as_bytes();
    let lo = name.len().saturating_sub(101);
    (lo..bytes.len().min(156))
        .rev()
        .find(|&i| bytes[i] == b'/' && i > 0 && name.len() - i - 1 <= 100 && name.len() - i > 1)
        .map(|i| (&name[..i], &name[i + 1..]))
}

fn header_block(name: &str, prefix: &str, e: &Entry, typeflag: u8, size: u64) -> [u8; BLOCK] {
    let mut h = [0u8; BLOCK];
    put(&mut h[0..100], name);
    octal(&mut h[100..108], u64::from(e.mode & 0o7777));
    octal(&mut h[108..116], e.uid);
    octal(&mut h[116..124], e.gid);
    octal(&mut h[124..136], size);
    octal(&mut h[136..148], e.mtime.max(0) as u64);
    h[156] = typeflag;
    put(&mut h[157..257], &e.linkname);
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    put(&mut h[265..297], &e.uname);
    put(&mut h[297..329], &e.gname);
    octal(&mut h[329..337], 0);
    octal(&mut h[337..345], 0);
    put(&mut h[345..500], prefix);
    h[148..156].copy_from_slice(b"        ");
    let sum: u64 = h.iter().map(|&b| u64::from(b)).sum();
    // Go's formatOctal on the 8-byte checksum field: six digits, NUL, space.
    let text = format!("{sum:06o}");
    h[148..154].copy_from_slice(&text.as_bytes()[text.len() - 6..]);
    h[154] = 0;
    h[155] = b' ';
    h
}

fn pad(out: &mut Vec<u8>) {
    let rem = out.len() % BLOCK;
    if rem != 0 {
        out.resize(out.len() + BLOCK - rem, 0);
    }
}

/// A PAX record: `"%d %s=%s\n"` whose length counts itself.
fn pax_record(key: &str, value: &str) -> String {
    let body = format!(" {key}={value}\n");
    let mut len = body.len() + 1;
    loop {
        let total = len.to_string().len() + body.len();
        if total == len {
            return format!("{len}{body}");
        }
        len = total;
    }
}

/// Appends `e` to an archive being built.
pub fn write_entry(out: &mut Vec<u8>, e: &Entry) {
    let size = if e.kind == Kind::File {
        e.data.len() as u64
    } else {
        0
    };
    let (prefix, name) = match split_ustar(&e.name) {
        Some(parts) if e.linkname.len() <= 100 => parts,
        _ => {
            let mut records = String::new();
            if e.linkname.len() > 100 {
                records.push_str(&pax_record("linkpath", &e.linkname));
            }
            if split_ustar(&e.name).is_none() {
                records.push_str(&pax_record("path", &e.name));
            }
            let pax_name = format!("PaxHeaders.0/{}", truncate(&e.name, 80));
            out.extend_from_slice(&header_block(
                &truncate(&pax_name, 100),
                "",
                e,
                b'x',
                records.len() as u64,
            ));
            out.extend_from_slice(records.as_bytes());
            pad(out);
            ("", "")
        }
    };
    let short_name = if name.is_empty() {
        truncate(&e.name, 100)
    } else {
        name.to_string()
    };
    let mut entry = e.clone();
    entry.linkname = truncate(&e.linkname, 100);
    out.extend_from_slice(&header_block(
        &short_name,
        prefix,
        &entry,
        e.typeflag(),
        size,
    ));
    if size > 0 {
        out.extend_from_slice(&e.data);
        pad(out);
    }
}

fn truncate(s: &str, n: usize) -> String {
    let mut end = s.len().min(n);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

/// Ends an archive: two zero blocks (Go's Writer.Close).
pub fn finish(out: &mut Vec<u8>) {
    out.resize(out.len() + 2 * BLOCK, 0);
}

fn cstr(field: &[u8]) -> String {
    let end = field.iter().position(|&b| b == 0).unwrap_or(field.len());
    String::from_utf8_lossy(&field[..end]).into_owned()
}

fn parse_number(field: &[u8]) -> Result<u64, TarError> {
    if field.first().is_some_and(|b| b & 0x80 != 0) {
        // GNU base-256.
        let mut v: u64 = u64::from(field[0] & 0x7F);
        for &b in &field[1..] {
            v = v.checked_mul(256).ok_or(TarError::Header)? + u64::from(b);
        }
        return Ok(v);
    }
    let text = cstr(field);
    let text = text.trim_matches(|c: char| c == ' ' || c == '\0');
    if text.is_empty() {
        return Ok(0);
    }
    u64::from_str_radix(text, 8).map_err(|_| TarError::Header)
}

/// Reads every entry of an archive.
pub fn read_all(mut bytes: &[u8]) -> Result<Vec<Entry>, TarError> {
    let mut entries = Vec::new();
    let mut long_name: Option<String> = None;
    let mut long_link: Option<String> = None;
    let mut pax: Vec<(String, String)> = Vec::new();
    loop {
        if bytes.len() < BLOCK {
            // A missing end-of-archive marker is tolerated, as Go's reader does at EOF.
            return if bytes.is_empty() {
                Ok(entries)
            } else {
                Err(TarError::Truncated)
            };
        }
        let h = &bytes[..BLOCK];
        bytes = &bytes[BLOCK..];
        if h.iter().all(|&b| b == 0) {
            return Ok(entries);
        }
        let size = parse_number(&h[124..136])? as usize;
        let padded = size.div_ceil(BLOCK) * BLOCK;
        if bytes.len() < size {
            return Err(TarError::Truncated);
        }
        let data = bytes[..size].to_vec();
        bytes = &bytes[padded.min(bytes.len())..];
        let typeflag = h[156];
        match typeflag {
            b'L' => {
                long_name = Some(cstr(&data));
                continue;
            }
            b'K' => {
                long_link = Some(cstr(&data));
                continue;
            }
            b'x' => {
                pax = parse_pax(&data);
                continue;
            }
            b'g' => continue,
            _ => {}
        }
        let mut name = cstr(&h[0..100]);
        if &h[257..263] == b"ustar\0" {
            let prefix = cstr(&h[345..500]);
            if !prefix.is_empty() {
                name = format!("{prefix}/{name}");
            }
        }
        let mut linkname = cstr(&h[157..257]);
        if let Some(n) = long_name.take() {
            name = n;
        }
        if let Some(l) = long_link.take() {
            linkname = l;
        }
        let mut data = data;
        for (k, v) in pax.drain(..) {
            match k.as_str() {
                "path" => name = v,
                "linkpath" => linkname = v,
                "size" => {
                    if let Ok(n) = v.parse::<usize>()
                        && n != size
                    {
                        return Err(TarError::Header);
                    }
                }
                _ => {}
            }
        }
        let kind = match typeflag {
            b'0' | 0 | b'7' => Kind::File,
            b'5' => Kind::Dir,
            b'2' => Kind::Symlink,
            other => Kind::Other(other),
        };
        if kind != Kind::File {
            data.clear();
        }
        entries.push(Entry {
            name,
            kind,
            mode: parse_number(&h[100..108])? as u32,
            uid: parse_number(&h[108..116])?,
            gid: parse_number(&h[116..124])?,
            uname: cstr(&h[265..297]),
            gname: cstr(&h[297..329]),
            mtime: parse_number(&h[136..148])? as i64,
            linkname,
            data,
        });
    }
}

fn parse_pax(data: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(data);
    let mut out = Vec::new();
    let mut rest: &str = &text;
    while let Some((len, _)) = rest.split_once(' ') {
        let Ok(n) = len.parse::<usize>() else { break };
        if n == 0 || n > rest.len() {
            break;
        }
        let record = &rest[len.len() + 1..n];
        if let Some((k, v)) = record.trim_end_matches('\n').split_once('=') {
            out.push((k.to_string(), v.to_string()));
        }
        rest = &rest[n..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, kind: Kind, data: &[u8]) -> Entry {
        Entry {
            name: name.into(),
            kind,
            mode: 0o644,
            uid: 1000,
            gid: 1000,
            uname: "u".into(),
            gname: "g".into(),
            mtime: 1_700_000_000,
            linkname: if kind == Kind::Symlink {
                "target".into()
            } else {
                String::new()
            },
            data: data.to_vec(),
        }
    }

    #[test]
    fn round_trips_names_long_and_short() {
        let long = format!("{}/{}", "d".repeat(120), "f".repeat(90));
        let longer = "x".repeat(300);
        let entries = vec![
            entry("a.txt", Kind::File, b"hello\n"),
            entry("dir", Kind::Dir, b""),
            entry("dir/link", Kind::Symlink, b""),
            entry(&long, Kind::File, &[7u8; 1000]),
            entry(&longer, Kind::File, b"x"),
        ];
        let mut out = Vec::new();
        for e in &entries {
            write_entry(&mut out, e);
        }
        finish(&mut out);
        assert_eq!(out.len() % BLOCK, 0);
        assert_eq!(read_all(&out).unwrap(), entries);
    }

    #[test]
    fn pax_records_count_their_own_length() {
        assert_eq!(pax_record("path", "abc"), "12 path=abc\n");
        let r = pax_record("path", &"y".repeat(95));
        assert_eq!(r.len().to_string(), r.split(' ').next().unwrap());
    }

    #[test]
    fn truncated_archives_are_errors() {
        let mut out = Vec::new();
        write_entry(&mut out, &entry("a", Kind::File, &[1u8; 600]));
        assert_eq!(read_all(&out[..700]), Err(TarError::Truncated));
    }
}
