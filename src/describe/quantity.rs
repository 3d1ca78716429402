//! apimachinery's `resource.Quantity` as describe needs it: parse, add, compare, and the
//! canonical `String()` (`1500m`, `2Gi`, `1k`). Values are held exactly in nano units, which
//! covers every suffix kubectl prints (n through E, Ki through Ei). No I/O here.

use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    DecimalSI,
    BinarySI,
    DecimalExponent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Quantity {
    /// The value times 10^9.
    nanos: i128,
    format: Format,
}

const NANO: i128 = 1_000_000_000;

impl Quantity {
    /// Parses a quantity string; `None` when it is not one.
    pub fn parse(text: &str) -> Option<Quantity> {
        let text = text.trim();
        let split = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '+' || c == '-'))
            .unwrap_or(text.len());
        let (num, suffix) = text.split_at(split);
        let (negative, digits) = match num.as_bytes().first() {
            Some(b'-') => (true, &num[1..]),
            Some(b'+') => (false, &num[1..]),
            _ => (false, num),
        };
        let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        // Mantissa as an integer with `scale` decimal places.
        let mut mantissa: i128 = 0;
        for c in int_part.chars().chain(frac_part.chars()) {
            mantissa = mantissa
                .checked_mul(10)?
                .checked_add(i128::from(c.to_digit(10)?))?;
        }
        let scale = i32::try_from(frac_part.len()).ok()?;
        let (format, multiplier, exp10): (Format, i128, i32) = match suffix {
            "" => (Format::DecimalSI, 1, 0),
            "n" => (Format::DecimalSI, 1, -9),
            "u" => (Format::DecimalSI, 1, -6),
            "m" => (Format::DecimalSI, 1, -3),
            "k" => (Format::DecimalSI, 1, 3),
            "M" => (Format::DecimalSI, 1, 6),
            "G" => (Format::DecimalSI, 1, 9),
            "T" => (Format::DecimalSI, 1, 12),
            "P" => (Format::DecimalSI, 1, 15),
            "E" => (Format::DecimalSI, 1, 18),
            "Ki" => (Format::BinarySI, 1 << 10, 0),
            "Mi" => (Format::BinarySI, 1 << 20, 0),
            "Gi" => (Format::BinarySI, 1 << 30, 0),
            "Ti" => (Format::BinarySI, 1 << 40, 0),
            "Pi" => (Format::BinarySI, 1 << 50, 0),
            "Ei" => (Format::BinarySI, 1 << 60, 0),
            e if e.starts_with(['e', 'E']) => (Format::DecimalExponent, 1, e[1..].parse().ok()?),
            _ => return None,
        };
        // nanos = mantissa * multiplier * 10^(exp10 - scale + 9), rounded up (Go rounds
        // sub-nano values up).
        let shift = exp10 - scale + 9;
        let base = mantissa.checked_mul(multiplier)?;
        let nanos = if shift >= 0 {
            base.checked_mul(10i128.checked_pow(u32::try_from(shift).ok()?)?)?
        } else {
            let div = 10i128.checked_pow(u32::try_from(-shift).ok()?)?;
            (base + div - 1) / div
        };
        Some(Quantity {
            nanos: if negative { -nanos } else { nanos },
            format,
        })
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// `resource.NewQuantity(value, format)`.
    pub fn from_value(value: i128, format: Format) -> Quantity {
        Quantity {
            nanos: value * NANO,
            format,
        }
    }

    pub fn is_zero(&self) -> bool {
        self.nanos == 0
    }

    /// `q.Add(other)`: the sum keeps `self`'s format.
    pub fn add(&mut self, other: &Quantity) {
        self.nanos += other.nanos;
    }

    /// `Value()`: rounded up to an integer.
    pub fn value(&self) -> i128 {
        ceil_div(self.nanos, NANO)
    }

    /// `MilliValue()`: rounded up to thousandths.
    pub fn milli_value(&self) -> i128 {
        ceil_div(self.nanos, 1_000_000)
    }

    pub fn cmp_value(&self, other: &Quantity) -> Ordering {
        self.nanos.cmp(&other.nanos)
    }
}

fn ceil_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if a % b != 0 && a > 0 { q + 1 } else { q }
}

impl std::fmt::Display for Quantity {
    /// `Quantity.String()` (`CanonicalizeBytes`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.nanos == 0 {
            return f.write_str("0");
        }
        let mut format = self.format;
        if format == Format::BinarySI && (self.nanos.abs() < 1024 * NANO || self.nanos % NANO != 0)
        {
            format = Format::DecimalSI;
        }
        if format == Format::BinarySI {
            let mut value = self.nanos / NANO;
            let mut exp = 0;
            while exp < 6 && value % 1024 == 0 {
                value /= 1024;
                exp += 1;
            }
            let suffix = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"][exp];
            return write!(f, "{value}{suffix}");
        }
        // Largest exponent (a multiple of 3, -9..=18) that leaves an integer mantissa.
        let mut exp: i32 = -9;
        let mut mantissa = self.nanos;
        while exp < 18 && mantissa % 1000 == 0 {
            mantissa /= 1000;
            exp += 3;
        }
        let suffix = match format {
            Format::DecimalExponent => {
                if exp == 0 {
                    String::new()
                } else {
                    format!("e{exp}")
                }
            }
            _ => match exp {
                -9 => "n",
                -6 => "u",
                -3 => "m",
                0 => "",
                3 => "k",
                6 => "M",
                9 => "G",
                12 => "T",
                15 => "P",
                _ => "E",
            }
            .to_string(),
        };
        write!(f, "{mantissa}{suffix}")
    }
}

/// A quantity string re-printed canonically; unparsable strings as they are.
pub fn canonical(text: &str) -> String {
    Quantity::parse(text)
        .map(|q| q.to_string())
        .unwrap_or_else(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_strings() {
        let cases = [
            ("0", "0"),
            ("1", "1"),
            ("1000", "1k"),
            ("1500", "1500"),
            ("1.5", "1500m"),
            ("0.1", "100m"),
            ("250m", "250m"),
            ("2000m", "2"),
            ("1024Mi", "1Gi"),
            ("1536Mi", "1536Mi"),
            ("512", "512"),
            ("1Ki", "1Ki"),
            ("0.5Gi", "512Mi"),
            ("1e3", "1e3"),
            ("100M", "100M"),
            ("128974848", "128974848"),
            ("129e6", "129e6"),
            ("123Mi", "123Mi"),
        ];
        for (input, want) in cases {
            assert_eq!(canonical(input), want, "{input}");
        }
    }

    #[test]
    fn add_keeps_first_format() {
        let mut a = Quantity::parse("64Mi").unwrap();
        a.add(&Quantity::parse("64Mi").unwrap());
        assert_eq!(a.to_string(), "128Mi");
        let mut c = Quantity::parse("250m").unwrap();
        c.add(&Quantity::parse("750m").unwrap());
        assert_eq!(c.to_string(), "1");
        assert_eq!(Quantity::parse("1500m").unwrap().value(), 2);
    }
}
