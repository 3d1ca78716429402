//! `resource.Quantity` canonical string form (apimachinery `api/resource/quantity.go`
//! `CanonicalizeBytes`): what `Quantity.String()` prints after a round trip through the API server,
//! e.g. `1024Mi` → `1Gi`, `0.5` → `500m`, `2000m` → `2`. Integer (i128) arithmetic only; values
//! beyond that range are returned unchanged. No I/O.

use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    DecimalSi,
    BinarySi,
    DecimalExponent,
}

/// A parsed quantity: `mantissa * 10^exp10` with the format its suffix implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Parsed {
    mantissa: i128,
    exp10: i32,
    format: Format,
}

fn parse(text: &str) -> Option<Parsed> {
    let t = text.trim();
    let (neg, rest) = match t.as_bytes().first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let num_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let (num, suffix) = rest.split_at(num_end);
    let (int_part, frac_part) = match num.split_once('.') {
        Some((a, b)) => (a, b),
        None => (num, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    if frac_part.contains('.') {
        return None;
    }
    let digits = format!("{int_part}{frac_part}");
    let digits = digits.trim_start_matches('0');
    if digits.len() > 30 {
        return None;
    }
    let mut mantissa: i128 = if digits.is_empty() {
        0
    } else {
        digits.parse().ok()?
    };
    let mut exp10 = -(frac_part.len() as i32);
    let format = match suffix {
        "" => Format::DecimalSi,
        "n" | "u" | "m" | "k" | "M" | "G" | "T" | "P" | "E" => {
            exp10 += match suffix {
                "n" => -9,
                "u" => -6,
                "m" => -3,
                "k" => 3,
                "M" => 6,
                "G" => 9,
                "T" => 12,
                "P" => 15,
                _ => 18,
            };
            Format::DecimalSi
        }
        "Ki" | "Mi" | "Gi" | "Ti" | "Pi" | "Ei" => {
            let pow = match suffix {
                "Ki" => 1,
                "Mi" => 2,
                "Gi" => 3,
                "Ti" => 4,
                "Pi" => 5,
                _ => 6,
            };
            mantissa = mantissa.checked_mul(1024i128.checked_pow(pow)?)?;
            Format::BinarySi
        }
        s if s.starts_with(['e', 'E']) => {
            let e: i32 = s[1..].parse().ok()?;
            exp10 = exp10.checked_add(e)?;
            Format::DecimalExponent
        }
        _ => return None,
    };
    if neg {
        mantissa = -mantissa;
    }
    // ParseQuantity rounds anything finer than nano up (away from zero) to 1n.
    if exp10 < -9 {
        let shift = u32::try_from(-9 - exp10).ok()?;
        let div = 10i128.checked_pow(shift)?;
        let (q, r) = (mantissa / div, mantissa % div);
        mantissa = if r == 0 { q } else { q + mantissa.signum() };
        exp10 = -9;
    }
    Some(Parsed {
        mantissa,
        exp10,
        format,
    })
}

/// Removes factors of `base`, returning the reduced value and how many were removed.
fn remove_factors(mut v: i128, base: i128) -> (i128, i32) {
    let mut times = 0;
    while v != 0 && v % base == 0 {
        v /= base;
        times += 1;
    }
    (v, times)
}

fn decimal_suffix(exp: i32) -> Option<&'static str> {
    Some(match exp {
        -9 => "n",
        -6 => "u",
        -3 => "m",
        0 => "",
        3 => "k",
        6 => "M",
        9 => "G",
        12 => "T",
        15 => "P",
        18 => "E",
        _ => return None,
    })
}

/// Canonical `Quantity.String()` for a quantity given as a JSON string or number; `None` when it
/// does not parse (the API server would have rejected it).
pub fn canonicalize(v: &Value) -> Option<String> {
    let text = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let p = parse(&text)?;
    if p.mantissa == 0 {
        return Some("0".to_string());
    }
    let mut format = p.format;
    let mut integer: Option<i128> = None;
    if format == Format::BinarySi {
        // Integral value, if it is one.
        integer = if p.exp10 >= 0 {
            10i128
                .checked_pow(p.exp10 as u32)
                .and_then(|m| p.mantissa.checked_mul(m))
        } else {
            let d = 10i128.checked_pow((-p.exp10) as u32)?;
            (p.mantissa % d == 0).then(|| p.mantissa / d)
        };
        match integer {
            Some(n) if n > -1024 && n < 1024 => format = Format::DecimalSi,
            Some(_) => {}
            None => format = Format::DecimalSi,
        }
    }
    match (format, integer) {
        (Format::BinarySi, Some(n)) => {
            let (amount, times) = remove_factors(n, 1024);
            let suffix = match times {
                0 => "",
                1 => "Ki",
                2 => "Mi",
                3 => "Gi",
                4 => "Ti",
                5 => "Pi",
                _ => "Ei",
            };
            let amount = if times > 6 {
                amount * 1024i128.pow((times - 6) as u32)
            } else {
                amount
            };
            Some(format!("{amount}{suffix}"))
        }
        _ => {
            let (mut amount, times) = remove_factors(p.mantissa, 10);
            let mut exp = p.exp10 + times;
            match exp % 3 {
                1 | -2 => {
                    amount *= 10;
                    exp -= 1;
                }
                2 | -1 => {
                    amount *= 100;
                    exp -= 2;
                }
                _ => {}
            }
            let suffix = match format {
                Format::DecimalExponent if exp == 0 => String::new(),
                Format::DecimalExponent => format!("e{exp}"),
                _ => decimal_suffix(exp)
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("e{exp}")),
            };
            Some(format!("{amount}{suffix}"))
        }
    }
}

/// `Quantity.String()` of the value at hand, or the raw text if it does not parse; `"0"` for a
/// missing quantity (Go's zero Quantity).
pub(crate) fn string_or_zero(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "0".to_string(),
        Some(v) => canonicalize(v).unwrap_or_else(|| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn canonical_forms() {
        let cases = [
            (json!("1Gi"), "1Gi"),
            (json!("1024Mi"), "1Gi"),
            (json!("1000Mi"), "1000Mi"),
            (json!("1.5Gi"), "1536Mi"),
            (json!("0.5Ki"), "512"),
            (json!("100Ki"), "100Ki"),
            (json!("500m"), "500m"),
            (json!("2000m"), "2"),
            (json!("0.5"), "500m"),
            (json!("1.5"), "1500m"),
            (json!("10G"), "10G"),
            (json!("100M"), "100M"),
            (json!("1e3"), "1e3"),
            (json!("12e6"), "12e6"),
            (json!("1000"), "1k"),
            (json!("128974848"), "128974848"),
            (json!("129e6"), "129e6"),
            (json!("123Mi"), "123Mi"),
            (json!(2), "2"),
            (json!("0"), "0"),
            (json!("0Gi"), "0"),
            (json!("1n"), "1n"),
            (json!("0.1n"), "1n"),
            (json!("-1500m"), "-1500m"),
            (json!("5"), "5"),
            (json!("10"), "10"),
            (json!("4"), "4"),
        ];
        for (input, want) in cases {
            assert_eq!(canonicalize(&input).as_deref(), Some(want), "{input}");
        }
        assert_eq!(canonicalize(&json!("abc")), None);
        assert_eq!(string_or_zero(None), "0");
    }
}
