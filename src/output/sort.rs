//! `--sort-by` (kubectl `pkg/cmd/get/sorter.go`): order objects or table rows by the first
//! value a JSONPath finds. Integers, floats and strings compare by value; strings that both
//! parse as quantities (`500m`, `1Gi`) compare as quantities. Objects without the field sort
//! first.
//!
//! kubectl uses Go's unstable `sort.Sort`; kctl sorts stably, which gives the same order
//! whenever keys differ (and for ties in lists of up to 12, where Go uses insertion sort).

use std::cmp::Ordering;

use serde_json::Value;

use super::jsonpath::{JsonPath, relaxed_expression};

pub struct Sorter {
    parser: JsonPath,
    field: String,
}

impl Sorter {
    pub fn new(field_input: &str) -> Result<Sorter, String> {
        let field = relaxed_expression(field_input).map_err(|e| e.to_string())?;
        let parser = JsonPath::parse(&field)
            .map_err(|e| e.to_string())?
            .allow_missing_keys(true);
        Ok(Sorter { parser, field })
    }

    fn key(&self, object: &Value) -> Option<Value> {
        self.parser
            .find_values(object)
            .ok()?
            .into_iter()
            .next()?
            .into_iter()
            .next()
    }

    /// Sorts `items` by the field found in `object_of(item)`; errs like kubectl when no item
    /// has the field at all.
    pub fn sort<T>(
        &self,
        items: &mut Vec<T>,
        object_of: impl Fn(&T) -> &Value,
    ) -> Result<(), String> {
        if items.is_empty() {
            return Ok(());
        }
        let mut keyed: Vec<(Option<Value>, T)> = items
            .drain(..)
            .map(|item| (self.key(object_of(&item)), item))
            .collect();
        if keyed.iter().all(|(k, _)| k.is_none()) {
            items.extend(keyed.into_iter().map(|(_, item)| item));
            return Err(format!(
                "couldn't find any field with path {:?} in the list of objects",
                self.field
            ));
        }
        keyed.sort_by(|(a, _), (b, _)| compare(a.as_ref(), b.as_ref()));
        items.extend(keyed.into_iter().map(|(_, item)| item));
        Ok(())
    }
}

fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(a), Some(b)) => compare_values(a, b),
    }
}

fn compare_values(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Null, Value::Null) => Ordering::Equal,
        (Value::Null, _) => Ordering::Less,
        (_, Value::Null) => Ordering::Greater,
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(i), Some(j)) => i.cmp(&j),
            _ => x
                .as_f64()
                .unwrap_or(0.0)
                .partial_cmp(&y.as_f64().unwrap_or(0.0))
                .unwrap_or(Ordering::Equal),
        },
        (Value::String(x), Value::String(y)) => match (parse_quantity(x), parse_quantity(y)) {
            (Some(p), Some(q)) => p.partial_cmp(&q).unwrap_or(Ordering::Equal),
            _ => x.as_bytes().cmp(y.as_bytes()),
        },
        (Value::Array(x), Value::Array(y)) => {
            for (p, q) in x.iter().zip(y) {
                let o = compare_values(p, q);
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        }
        // kubectl exits on unsortable types; keeping the input order is the kind choice.
        _ => Ordering::Equal,
    }
}

/// `resource.ParseQuantity`, as a number: decimal and binary suffixes, exponents.
fn parse_quantity(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let suffixes: &[(&str, f64)] = &[
        ("Ki", 1024f64),
        ("Mi", 1024f64.powi(2)),
        ("Gi", 1024f64.powi(3)),
        ("Ti", 1024f64.powi(4)),
        ("Pi", 1024f64.powi(5)),
        ("Ei", 1024f64.powi(6)),
        ("n", 1e-9),
        ("u", 1e-6),
        ("m", 1e-3),
        ("k", 1e3),
        ("M", 1e6),
        ("G", 1e9),
        ("T", 1e12),
        ("P", 1e15),
        ("E", 1e18),
    ];
    let (number, scale) = suffixes
        .iter()
        .find_map(|(suf, scale)| s.strip_suffix(suf).map(|n| (n, *scale)))
        .unwrap_or((s, 1.0));
    let valid = !number.is_empty()
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '+' | '-' | 'e' | 'E'))
        && number
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.'));
    if !valid {
        return None;
    }
    number.parse::<f64>().ok().map(|n| n * scale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sorts_by_numbers_strings_and_quantities() {
        let s = Sorter::new(".v").expect("parses");
        let mut items = vec![
            json!({"v": "1Gi"}),
            json!({"v": "500Mi"}),
            json!({}),
            json!({"v": "2"}),
        ];
        s.sort(&mut items, |v| v).expect("sorts");
        assert_eq!(
            items,
            vec![
                json!({}),
                json!({"v": "2"}),
                json!({"v": "500Mi"}),
                json!({"v": "1Gi"})
            ]
        );
        let mut names = vec![json!({"v": "b"}), json!({"v": "a"})];
        s.sort(&mut names, |v| v).expect("sorts");
        assert_eq!(names[0]["v"], "a");
    }

    #[test]
    fn missing_everywhere_is_an_error() {
        let s = Sorter::new("{.nope}").expect("parses");
        let err = s.sort(&mut vec![json!({})], |v| v).expect_err("fails");
        assert_eq!(
            err,
            "couldn't find any field with path \"{.nope}\" in the list of objects"
        );
    }
}
