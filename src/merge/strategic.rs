//! Strategic merge patch (k8s.io/apimachinery/pkg/util/strategicpatch/patch.go): applying a
//! patch (`$patch`, `$retainKeys`, `$setElementOrder/…`, `$deleteFromPrimitiveList/…`, `null`
//! deletes) and creating two-way and three-way patches as kubectl's client-side apply does.
//! Pure `Value → Value` functions; no I/O.
//!
//! The Go code works on `map[string]interface{}` decoded by apimachinery's util/json (integers
//! are int64, other numbers float64); `GoKind` reproduces its `reflect.TypeOf` comparisons and
//! `go_v` its `fmt.Sprintf("%v")` keys, which decide list orders.
//!
//! Deliberate differences: a field the schema does not know has no patch metadata here, where
//! Go's struct lookup fails when the two values differ (the API server rejects such fields
//! anyway, and kubectl falls back from OpenAPI v3 to its compiled-in types on that error);
//! Go's unstable sorts and slice aliasing only matter for equal `%v` keys and are not
//! reproduced.

use serde_json::{Map, Value};

use super::schema::{Schema, Strategy};

const DIRECTIVE: &str = "$patch";
const RETAIN_KEYS: &str = "$retainKeys";
const DELETE_PRIMITIVE_PREFIX: &str = "$deleteFromPrimitiveList";
const SET_ORDER_PREFIX: &str = "$setElementOrder";

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StrategicError {
    #[error("strategic merge patch must be a JSON object")]
    NotAnObject,
    #[error("map: {0} does not contain declared merge key: {1}")]
    NoMergeKey(String, String),
    #[error("expected a map, but got {0}")]
    BadArgType(String),
    #[error("unknown patch type: {0} in map: {1}")]
    BadPatchType(String, String),
    #[error("lists of lists are not supported")]
    NoListOfLists,
    #[error("list element types are not identical: {0}")]
    MixedElementTypes(String),
    #[error("no elements in any of the given slices")]
    NoElements,
    #[error("invalid patch format of retainKeys")]
    BadRetainKeys,
    #[error("invalid patch format of setElementOrder list")]
    BadSetElementOrder,
    #[error("invalid patch format of primitive list")]
    BadPrimitiveList,
    #[error("cannot merge lists without merge key")]
    MissingMergeKey,
    #[error("merging lists cannot yet be specified in the patch")]
    MergeListDirective,
    #[error("invalid value for special key: $patch")]
    BadDirectiveValue,
    #[error("The order in patch list:\n{0}\n doesn't match $setElementOrder list:\n{1}\n")]
    OrderMismatch(String, String),
    #[error(
        "{0} and {1} are not deep equal: this may happen when calculating the 3-way diff patch"
    )]
    RetainKeysMismatch(String, String),
    #[error("unable to find api field for the json field {0:?}")]
    UnknownField(String),
    /// mergepatch.ErrConflict: the patch and the changes from original to current, as YAML.
    #[error("patch:\n{patch}\nconflicts with changes made from original to current:\n{changed}\n")]
    Conflict { patch: String, changed: String },
}

type R<T> = Result<T, StrategicError>;

#[derive(Debug, Clone, Copy, Default)]
struct DiffOptions {
    set_element_order: bool,
    ignore_changes_and_additions: bool,
    ignore_deletions: bool,
    build_retain_keys: bool,
}

#[derive(Debug, Clone, Copy, Default)]
struct MergeOptions {
    merge_parallel_list: bool,
    ignore_unmatched_nulls: bool,
}

/// Applies a strategic merge patch to `original` (StrategicMergeMapPatchUsingLookupPatchMeta).
pub fn apply(original: &Value, patch: &Value, schema: Schema) -> R<Value> {
    let Value::Object(p) = patch else {
        return Err(StrategicError::NotAnObject);
    };
    let o = match original {
        Value::Object(o) => o.clone(),
        Value::Null => Map::new(),
        _ => return Err(StrategicError::NotAnObject),
    };
    let opts = MergeOptions {
        merge_parallel_list: true,
        ignore_unmatched_nulls: true,
    };
    merge_map(o, p.clone(), schema, opts).map(Value::Object)
}

/// The patch that turns `original` into `modified` (CreateTwoWayMergePatch).
pub fn two_way(original: &Value, modified: &Value, schema: Schema) -> R<Value> {
    let opts = DiffOptions {
        set_element_order: true,
        ..DiffOptions::default()
    };
    diff_maps(obj(original)?, obj(modified)?, schema, opts).map(Value::Object)
}

/// kubectl apply's patch (CreateThreeWayMergePatch with overwrite): the changes from `current`
/// (the live object) to `modified` (the manifest) without deletions, plus the deletions from
/// `original` (the last-applied configuration) to `modified` — so fields set by others stay.
pub fn three_way(original: &Value, modified: &Value, current: &Value, schema: Schema) -> R<Value> {
    three_way_checked(original, modified, current, schema, true)
}

/// [`three_way`] with kubectl apply's `--overwrite`: when false, a patch that changes a field
/// someone changed since the last apply (differently) is refused with
/// [`StrategicError::Conflict`] (MergingMapsHaveConflicts).
pub fn three_way_checked(
    original: &Value,
    modified: &Value,
    current: &Value,
    schema: Schema,
    overwrite: bool,
) -> R<Value> {
    let patch = three_way_patch(original, modified, current, schema)?;
    if !overwrite {
        let changed = diff_maps(
            obj(original)?,
            obj(current)?,
            schema,
            DiffOptions::default(),
        )?;
        if maps_have_conflicts(&patch, &changed, schema)? {
            return Err(StrategicError::Conflict {
                patch: crate::output::yaml::to_string(&Value::Object(patch)),
                changed: crate::output::yaml::to_string(&Value::Object(changed)),
            });
        }
    }
    Ok(Value::Object(patch))
}

fn three_way_patch(
    original: &Value,
    modified: &Value,
    current: &Value,
    schema: Schema,
) -> R<Map<String, Value>> {
    let (original, modified, current) = (obj(original)?, obj(modified)?, obj(current)?);
    let delta = diff_maps(
        current,
        modified,
        schema,
        DiffOptions {
            ignore_deletions: true,
            set_element_order: true,
            ..DiffOptions::default()
        },
    )?;
    let deletions = diff_maps(
        original,
        modified,
        schema,
        DiffOptions {
            set_element_order: true,
            ignore_changes_and_additions: true,
            ..DiffOptions::default()
        },
    )?;
    merge_map(deletions, delta, schema, MergeOptions::default())
}

// ---------------------------------------------------------------------------------------------
// Conflicts (MergingMapsHaveConflicts)

fn field_conflicts(
    left: &Value,
    right: &Value,
    schema: Schema,
    strategy: Strategy,
    merge_key: &str,
) -> R<bool> {
    match left {
        Value::Object(l) => {
            let Value::Object(r) = right else {
                return Ok(true);
            };
            let (lm, rm) = (l.get(DIRECTIVE), r.get(DIRECTIVE));
            if (lm.is_some() || rm.is_some()) && lm != rm {
                return Ok(true);
            }
            if strategy == Strategy::Replace {
                return Ok(false);
            }
            maps_have_conflicts(l, r, schema)
        }
        Value::Array(l) => {
            let Value::Array(r) = right else {
                return Ok(true);
            };
            slices_have_conflicts(l, r, schema, strategy, merge_key)
        }
        _ => Ok(left != right),
    }
}

fn maps_have_conflicts(
    left: &Map<String, Value>,
    right: &Map<String, Value>,
    schema: Schema,
) -> R<bool> {
    for (key, lv) in left {
        if key == DIRECTIVE || key == RETAIN_KEYS {
            continue;
        }
        let Some(rv) = right.get(key) else {
            continue;
        };
        let (sub, meta) = match lv {
            Value::Array(_) | Value::Object(_) => {
                // Directive keys are no fields of the Go structs: kubectl's lookup fails there.
                if key.starts_with('$') && !matches!(schema, Schema::Opaque) {
                    return Err(StrategicError::UnknownField(key.clone()));
                }
                if lv.is_array() {
                    schema.lookup_slice(key)
                } else {
                    schema.lookup_struct(key)
                }
            }
            _ => (Schema::Opaque, super::schema::PatchMeta::default()),
        };
        if field_conflicts(lv, rv, sub, meta.strategy, &meta.merge_key)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn slices_have_conflicts(
    left: &[Value],
    right: &[Value],
    schema: Schema,
    strategy: Strategy,
    merge_key: &str,
) -> R<bool> {
    let k = slice_element_kind(&[left, right])?;
    if strategy == Strategy::Merge {
        if k != GoKind::Map {
            return Ok(false);
        }
        let by_key = |l: &[Value]| -> R<Vec<(String, Value)>> {
            l.iter()
                .map(|v| Ok((go_v(merge_key_of(v, merge_key)?), v.clone())))
                .collect()
        };
        let (lm, rm) = (by_key(left)?, by_key(right)?);
        for (key, lv) in &lm {
            if let Some((_, rv)) = rm.iter().find(|(k, _)| k == key)
                && field_conflicts(lv, rv, schema, Strategy::Default, "")?
            {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if left.len() != right.len() {
        return Ok(true);
    }
    let (l, r) = if k != GoKind::Map {
        (
            sort_scalars(dedupe_scalars(left.to_vec())),
            sort_scalars(dedupe_scalars(right.to_vec())),
        )
    } else {
        (left.to_vec(), right.to_vec())
    };
    for (lv, rv) in l.iter().zip(&r) {
        if field_conflicts(lv, rv, schema, Strategy::Default, "")? {
            return Ok(true);
        }
    }
    Ok(false)
}

static EMPTY: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);

fn obj(v: &Value) -> R<&Map<String, Value>> {
    match v {
        Value::Object(m) => Ok(m),
        Value::Null => Ok(&EMPTY),
        _ => Err(StrategicError::NotAnObject),
    }
}

/// `reflect.TypeOf` of a value decoded by apimachinery's util/json.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GoKind {
    Nil,
    Bool,
    Int,
    Float,
    String,
    Slice,
    Map,
}

fn kind(v: &Value) -> GoKind {
    match v {
        Value::Null => GoKind::Nil,
        Value::Bool(_) => GoKind::Bool,
        Value::Number(n) if n.is_i64() || n.is_u64() => GoKind::Int,
        Value::Number(_) => GoKind::Float,
        Value::String(_) => GoKind::String,
        Value::Array(_) => GoKind::Slice,
        Value::Object(_) => GoKind::Map,
    }
}

/// `fmt.Sprintf("%v", v)`: the strings Go sorts merge keys and scalars by.
fn go_v(v: &Value) -> String {
    match v {
        Value::Null => "<nil>".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => match n.as_f64() {
            Some(f) if !(n.is_i64() || n.is_u64()) => go_float(f),
            _ => n.to_string(),
        },
        Value::String(s) => s.clone(),
        Value::Array(a) => format!("[{}]", a.iter().map(go_v).collect::<Vec<_>>().join(" ")),
        Value::Object(m) => format!(
            "map[{}]",
            m.iter()
                .map(|(k, v)| format!("{k}:{}", go_v(v)))
                .collect::<Vec<_>>()
                .join(" ")
        ),
    }
}

/// `%v` of a float64 (strconv 'g' with the shortest precision, exponent below -4 or from 21).
fn go_float(f: f64) -> String {
    let exp = if f == 0.0 {
        0
    } else {
        f.abs().log10().floor() as i32
    };
    if (-4..21).contains(&exp) {
        format!("{f}")
    } else {
        let s = format!("{f:e}");
        match s.split_once('e') {
            Some((m, e)) => {
                let (sign, digits) = e.strip_prefix('-').map_or(("+", e), |d| ("-", d));
                format!("{m}e{sign}{digits:0>2}")
            }
            None => s,
        }
    }
}

fn describe(v: &Value) -> String {
    go_v(v)
}

/// `sortScalars`: by `%v`, stable here (Go's is not, only equal strings can differ).
fn sort_scalars(mut s: Vec<Value>) -> Vec<Value> {
    s.sort_by_cached_key(go_v);
    s
}

/// `deduplicateScalars`: Go's in-place algorithm, which moves the last element into the hole.
fn dedupe_scalars(mut s: Vec<Value>) -> Vec<Value> {
    if s.is_empty() {
        return s;
    }
    let mut length = s.len() - 1;
    let mut i = 0;
    while i < length {
        let mut j = i + 1;
        while j <= length {
            if s[i] == s[j] {
                s[j] = s[length].clone();
                s.truncate(length);
                length -= 1;
            } else {
                j += 1;
            }
        }
        i += 1;
    }
    s
}

fn slice_element_kind(slices: &[&[Value]]) -> R<GoKind> {
    let mut prev: Option<GoKind> = None;
    for s in slices {
        for v in s.iter() {
            let k = kind(v);
            match prev {
                None if k == GoKind::Slice => return Err(StrategicError::NoListOfLists),
                None => prev = Some(k),
                Some(p) if p != k => {
                    return Err(StrategicError::MixedElementTypes(
                        slices
                            .iter()
                            .map(|s| go_v(&Value::Array(s.to_vec())))
                            .collect::<Vec<_>>()
                            .join(" "),
                    ));
                }
                Some(_) => {}
            }
        }
    }
    prev.ok_or(StrategicError::NoElements)
}

// ---------------------------------------------------------------------------------------------
// Diff

fn diff_maps(
    original: &Map<String, Value>,
    modified: &Map<String, Value>,
    schema: Schema,
    opts: DiffOptions,
) -> R<Map<String, Value>> {
    let mut patch = Map::new();
    let mut retain = Vec::new();
    for (key, mv) in modified {
        if opts.build_retain_keys && !mv.is_null() {
            retain.push(Value::String(key.clone()));
        }
        let Some(ov) = original.get(key) else {
            if !opts.ignore_changes_and_additions {
                patch.insert(key.clone(), mv.clone());
            }
            continue;
        };
        if key == DIRECTIVE {
            let (Value::String(o), Value::String(m)) = (ov, mv) else {
                return Err(StrategicError::BadDirectiveValue);
            };
            if o != m {
                patch.insert(key.clone(), mv.clone());
            }
            continue;
        }
        if kind(ov) != kind(mv) {
            if !opts.ignore_changes_and_additions {
                patch.insert(key.clone(), mv.clone());
            }
            continue;
        }
        match (ov, mv) {
            (Value::Object(o), Value::Object(m)) => {
                let (sub, meta) = schema.lookup_struct(key);
                let mut sub_opts = opts;
                sub_opts.build_retain_keys = meta.retain_keys;
                if meta.strategy == Strategy::Replace {
                    if !opts.ignore_changes_and_additions {
                        patch.insert(key.clone(), mv.clone());
                    }
                } else {
                    let pv = diff_maps(o, m, sub, sub_opts)?;
                    if !pv.is_empty() {
                        patch.insert(key.clone(), Value::Object(pv));
                    }
                }
            }
            (Value::Array(o), Value::Array(m)) => {
                let (sub, meta) = schema.lookup_slice(key);
                if meta.strategy == Strategy::Merge {
                    let mut sub_opts = opts;
                    sub_opts.build_retain_keys = meta.retain_keys;
                    let (add, del, order) = diff_lists(o, m, sub, &meta.merge_key, sub_opts)?;
                    if !add.is_empty() {
                        patch.insert(key.clone(), Value::Array(add));
                    }
                    if !del.is_empty() {
                        patch.insert(
                            format!("{DELETE_PRIMITIVE_PREFIX}/{key}"),
                            Value::Array(del),
                        );
                    }
                    if !order.is_empty() {
                        patch.insert(format!("{SET_ORDER_PREFIX}/{key}"), Value::Array(order));
                    }
                } else {
                    replace_if_not_equal(key, ov, mv, &mut patch, opts);
                }
            }
            _ => replace_if_not_equal(key, ov, mv, &mut patch, opts),
        }
    }
    if !opts.ignore_deletions {
        for key in original.keys() {
            if !modified.contains_key(key) {
                patch.insert(key.clone(), Value::Null);
            }
        }
    }
    let has_additional = original
        .iter()
        .any(|(k, v)| !v.is_null() && !modified.contains_key(k));
    if !retain.is_empty() && (!patch.is_empty() || has_additional) {
        patch.insert(RETAIN_KEYS.into(), Value::Array(sort_scalars(retain)));
    }
    Ok(patch)
}

fn replace_if_not_equal(
    key: &str,
    original: &Value,
    modified: &Value,
    patch: &mut Map<String, Value>,
    opts: DiffOptions,
) {
    if !opts.ignore_changes_and_additions && original != modified {
        patch.insert(key.to_string(), modified.clone());
    }
}

type Lists = (Vec<Value>, Vec<Value>, Vec<Value>);

/// Patch list, primitive deletion list and `$setElementOrder` list of a merging list.
fn diff_lists(
    original: &[Value],
    modified: &[Value],
    schema: Schema,
    merge_key: &str,
    opts: DiffOptions,
) -> R<Lists> {
    if original.is_empty() {
        if modified.is_empty() || opts.ignore_changes_and_additions {
            return Ok((vec![], vec![], vec![]));
        }
        return Ok((modified.to_vec(), vec![], vec![]));
    }
    let k = slice_element_kind(&[original, modified])?;
    match k {
        GoKind::Map => {
            let (patch, deletions) =
                diff_lists_of_maps(original, modified, schema, merge_key, opts)?;
            let mut patch = normalize_slice_order(patch, modified, merge_key, k)?;
            let order_same = is_order_same(original, modified, merge_key)?;
            patch.extend(deletions);
            let mut set_order = vec![];
            if opts.set_element_order
                && ((!opts.ignore_changes_and_additions && (!patch.is_empty() || !order_same))
                    || (!opts.ignore_deletions && !patch.is_empty()))
            {
                set_order = modified
                    .iter()
                    .map(|v| {
                        let mut m = Map::new();
                        m.insert(
                            merge_key.to_string(),
                            v.get(merge_key).cloned().unwrap_or(Value::Null),
                        );
                        Value::Object(m)
                    })
                    .collect();
            }
            Ok((patch, vec![], set_order))
        }
        GoKind::Slice => Err(StrategicError::NoListOfLists),
        _ => {
            let (add, del) = diff_lists_of_scalars(original, modified, opts);
            let add = normalize_slice_order(add, modified, merge_key, k)?;
            let mut set_order = vec![];
            if opts.set_element_order
                && ((!opts.ignore_deletions && !del.is_empty())
                    || (!opts.ignore_changes_and_additions && original != modified))
            {
                set_order = modified.to_vec();
            }
            Ok((add, del, set_order))
        }
    }
}

fn is_order_same(original: &[Value], modified: &[Value], merge_key: &str) -> R<bool> {
    if original.len() != modified.len() {
        return Ok(false);
    }
    for (o, m) in original.iter().zip(modified) {
        if !merge_key_value_equal(o, m, merge_key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn merge_key_value_equal(left: &Value, right: &Value, merge_key: &str) -> R<bool> {
    if merge_key.is_empty() {
        return Ok(left == right);
    }
    let l = merge_key_of(left, merge_key)?;
    let r = merge_key_of(right, merge_key)?;
    Ok(l == r)
}

fn merge_key_of<'v>(v: &'v Value, merge_key: &str) -> R<&'v Value> {
    let Value::Object(m) = v else {
        return Err(StrategicError::BadArgType(describe(v)));
    };
    m.get(merge_key)
        .ok_or_else(|| StrategicError::NoMergeKey(describe(v), merge_key.to_string()))
}

fn diff_lists_of_scalars(
    original: &[Value],
    modified: &[Value],
    opts: DiffOptions,
) -> (Vec<Value>, Vec<Value>) {
    let o = sort_scalars(original.to_vec());
    let m = sort_scalars(modified.to_vec());
    let (mut oi, mut mi) = (0, 0);
    let (mut add, mut del) = (vec![], vec![]);
    loop {
        let (o_in, m_in) = (oi < o.len(), mi < m.len());
        if !o_in && !m_in {
            break;
        }
        let os = if o_in { go_v(&o[oi]) } else { String::new() };
        let ms = if m_in { go_v(&m[mi]) } else { String::new() };
        if o_in && m_in && os == ms {
            oi += 1;
            mi += 1;
        } else if !o_in || (m_in && os > ms) {
            if !opts.ignore_changes_and_additions {
                add.push(m[mi].clone());
            }
            mi += 1;
        } else {
            if !opts.ignore_deletions {
                del.push(o[oi].clone());
            }
            oi += 1;
        }
    }
    (add, dedupe_scalars(del))
}

/// `sortMergeListsByNameArray` without recursion: maps by the `%v` of their merge key.
fn sort_by_merge_key(s: &[Value], merge_key: &str) -> R<Vec<Value>> {
    if s.is_empty() {
        return Ok(vec![]);
    }
    if slice_element_kind(&[s])? != GoKind::Map {
        return Ok(sort_scalars(dedupe_scalars(s.to_vec())));
    }
    let mut out = s.to_vec();
    out.sort_by_cached_key(|v| go_v(v.get(merge_key).unwrap_or(&Value::Null)));
    Ok(out)
}

fn diff_lists_of_maps(
    original: &[Value],
    modified: &[Value],
    schema: Schema,
    merge_key: &str,
    opts: DiffOptions,
) -> R<(Vec<Value>, Vec<Value>)> {
    let o = sort_by_merge_key(original, merge_key)?;
    let m = sort_by_merge_key(modified, merge_key)?;
    let (mut patch, mut deletions) = (vec![], vec![]);
    let (mut oi, mut mi) = (0, 0);
    loop {
        let (o_in, m_in) = (oi < o.len(), mi < m.len());
        if !o_in && !m_in {
            break;
        }
        let ov = if o_in {
            Some((as_map(&o[oi])?, merge_key_of(&o[oi], merge_key)?))
        } else {
            None
        };
        let mv = if m_in {
            Some((as_map(&m[mi])?, merge_key_of(&m[mi], merge_key)?))
        } else {
            None
        };
        let os = ov.map(|(_, k)| go_v(k)).unwrap_or_default();
        let ms = mv.map(|(_, k)| go_v(k)).unwrap_or_default();
        match (ov, mv) {
            (Some((oe, _)), Some((me, mk))) if os == ms => {
                let mut pv = diff_maps(oe, me, schema, opts)?;
                if !pv.is_empty() {
                    pv.insert(merge_key.to_string(), mk.clone());
                    patch.push(Value::Object(pv));
                }
                oi += 1;
                mi += 1;
            }
            (None, Some((me, _))) => {
                if !opts.ignore_changes_and_additions {
                    patch.push(Value::Object(me.clone()));
                }
                mi += 1;
            }
            (Some(_), Some((me, _))) if os > ms => {
                if !opts.ignore_changes_and_additions {
                    patch.push(Value::Object(me.clone()));
                }
                mi += 1;
            }
            (Some((_, ok)), _) => {
                if !opts.ignore_deletions {
                    deletions.push(delete_directive(merge_key, ok.clone()));
                }
                oi += 1;
            }
            (None, None) => break,
        }
    }
    Ok((patch, deletions))
}

fn delete_directive(merge_key: &str, value: Value) -> Value {
    let mut m = Map::new();
    m.insert(merge_key.to_string(), value);
    m.insert(DIRECTIVE.into(), Value::String("delete".into()));
    Value::Object(m)
}

fn as_map(v: &Value) -> R<&Map<String, Value>> {
    v.as_object()
        .ok_or_else(|| StrategicError::BadArgType(describe(v)))
}

/// Index of `v` in `l`, by merge key for maps.
fn index_of(l: &[Value], v: &Value, merge_key: &str, k: GoKind) -> Option<usize> {
    let get = |x: &Value| -> Value {
        if k == GoKind::Map {
            x.as_object()
                .and_then(|m| m.get(merge_key))
                .cloned()
                .unwrap_or(Value::Null)
        } else {
            x.clone()
        }
    };
    let want = get(v);
    l.iter().position(|x| get(x) == want)
}

fn normalize_slice_order(
    to_sort: Vec<Value>,
    order: &[Value],
    merge_key: &str,
    k: GoKind,
) -> R<Vec<Value>> {
    let (mut keep, deletes) = if k == GoKind::Map {
        for v in to_sort.iter().chain(order) {
            merge_key_of(v, merge_key)?;
        }
        extract_to_delete_items(to_sort)?
    } else {
        (to_sort, vec![])
    };
    keep.sort_by_cached_key(|v| index_of(order, v, merge_key, k).unwrap_or(usize::MAX));
    keep.extend(deletes);
    Ok(keep)
}

fn is_delete_item(v: &Value) -> bool {
    v.get(DIRECTIVE).and_then(Value::as_str) == Some("delete")
}

fn extract_to_delete_items(l: Vec<Value>) -> R<(Vec<Value>, Vec<Value>)> {
    let (mut keep, mut del) = (vec![], vec![]);
    for v in l {
        as_map(&v)?;
        if is_delete_item(&v) {
            del.push(v);
        } else {
            keep.push(v);
        }
    }
    Ok((keep, del))
}

// ---------------------------------------------------------------------------------------------
// Merge

fn merge_map(
    mut original: Map<String, Value>,
    mut patch: Map<String, Value>,
    schema: Schema,
    opts: MergeOptions,
) -> R<Map<String, Value>> {
    if let Some(d) = patch.get(DIRECTIVE) {
        return match d.as_str() {
            Some("replace") => {
                patch.remove(DIRECTIVE);
                Ok(patch)
            }
            Some("delete") => Ok(Map::new()),
            _ => Err(StrategicError::BadPatchType(
                go_v(d),
                go_v(&Value::Object(patch.clone())),
            )),
        };
    }
    apply_retain_keys(&mut original, &mut patch, opts)?;
    merge_patch_into_original(&mut original, &mut patch, schema, opts)?;

    for (k, pv) in patch {
        let (k, is_delete_list) = if k.starts_with(DELETE_PRIMITIVE_PREFIX) {
            if !opts.merge_parallel_list {
                original.insert(k, pv);
                continue;
            }
            (
                extract_key(
                    &k,
                    DELETE_PRIMITIVE_PREFIX,
                    StrategicError::BadPrimitiveList,
                )?,
                true,
            )
        } else {
            (k, false)
        };
        if pv.is_null() {
            original.remove(&k);
            if opts.ignore_unmatched_nulls {
                continue;
            }
        }
        let Some(ov) = original.remove(&k) else {
            if !is_delete_list {
                put_without_directives(&mut original, k, pv, opts);
            }
            continue;
        };
        if kind(&ov) != kind(&pv) {
            if is_delete_list {
                original.insert(k, ov);
            } else {
                put_without_directives(&mut original, k, pv, opts);
            }
            continue;
        }
        match (ov, pv) {
            (Value::Object(o), Value::Object(p)) => {
                let (sub, meta) = schema.lookup_struct(&k);
                let merged = if meta.strategy != Strategy::Replace {
                    merge_map(o, p, sub, opts)?
                } else {
                    p
                };
                original.insert(k, Value::Object(merged));
            }
            (Value::Array(o), Value::Array(p)) => {
                let (sub, meta) = schema.lookup_slice(&k);
                let merged = merge_slice_handler(
                    o,
                    p,
                    sub,
                    meta.strategy,
                    &meta.merge_key,
                    is_delete_list,
                    opts,
                )?;
                original.insert(k, Value::Array(merged));
            }
            (_, pv) => {
                if let Some(v) = remove_directives(pv) {
                    original.insert(k, v);
                }
            }
        }
    }
    Ok(original)
}

fn put_without_directives(
    original: &mut Map<String, Value>,
    k: String,
    mut pv: Value,
    opts: MergeOptions,
) {
    if opts.ignore_unmatched_nulls {
        discard_nulls(&mut pv);
    }
    match remove_directives(pv) {
        Some(v) => {
            original.insert(k, v);
        }
        None => {
            original.remove(&k);
        }
    }
}

fn extract_key(s: &str, prefix: &str, err: StrategicError) -> R<String> {
    match s.split_once('/') {
        Some((p, rest)) if p == prefix => Ok(rest.to_string()),
        _ => Err(err),
    }
}

fn discard_nulls(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|_, v| !v.is_null());
            m.values_mut().for_each(discard_nulls);
        }
        Value::Array(a) => a.iter_mut().for_each(discard_nulls),
        _ => {}
    }
}

/// `removeDirectives`: None when the value itself is a `$patch` directive.
fn remove_directives(v: Value) -> Option<Value> {
    match v {
        Value::Object(m) => {
            if m.contains_key(DIRECTIVE) {
                return None;
            }
            Some(Value::Object(
                m.into_iter()
                    .filter_map(|(k, v)| remove_directives(v).map(|v| (k, v)))
                    .collect(),
            ))
        }
        Value::Array(a) => Some(Value::Array(
            a.into_iter().filter_map(remove_directives).collect(),
        )),
        other => Some(other),
    }
}

fn apply_retain_keys(
    original: &mut Map<String, Value>,
    patch: &mut Map<String, Value>,
    opts: MergeOptions,
) -> R<()> {
    let Some(rk) = patch.remove(RETAIN_KEYS) else {
        return Ok(());
    };
    if !opts.merge_parallel_list {
        match original.get(RETAIN_KEYS) {
            Some(o) if o != &rk => {
                return Err(StrategicError::RetainKeysMismatch(go_v(o), go_v(&rk)));
            }
            Some(_) => {}
            None => {
                original.insert(RETAIN_KEYS.into(), rk);
            }
        }
        return Ok(());
    }
    let Value::Array(list) = rk else {
        return Err(StrategicError::BadRetainKeys);
    };
    let keep = |k: &str| list.iter().any(|v| v.as_str() == Some(k));
    for (k, v) in patch.iter() {
        if v.is_null() || k.starts_with(DELETE_PRIMITIVE_PREFIX) || k.starts_with(SET_ORDER_PREFIX)
        {
            continue;
        }
        if !keep(k) {
            return Err(StrategicError::BadRetainKeys);
        }
    }
    original.retain(|k, _| keep(k));
    Ok(())
}

fn as_list(v: &Value) -> R<&[Value]> {
    v.as_array()
        .map(Vec::as_slice)
        .ok_or_else(|| StrategicError::BadArgType(describe(v)))
}

/// `mergePatchIntoOriginal`: the `$setElementOrder/…` lists and the lists they order.
fn merge_patch_into_original(
    original: &mut Map<String, Value>,
    patch: &mut Map<String, Value>,
    schema: Schema,
    opts: MergeOptions,
) -> R<()> {
    let keys: Vec<String> = patch
        .keys()
        .filter(|k| k.starts_with(SET_ORDER_PREFIX))
        .cloned()
        .collect();
    for key in keys {
        let Some(order_v) = patch.remove(&key) else {
            continue;
        };
        if !opts.merge_parallel_list {
            match original.get(&key) {
                Some(o) if o != &order_v => return Err(StrategicError::BadSetElementOrder),
                Some(_) => {}
                None => {
                    original.insert(key.clone(), order_v.clone());
                }
            }
        }
        let order = as_list(&order_v)?;
        let field = extract_key(&key, SET_ORDER_PREFIX, StrategicError::BadSetElementOrder)?;
        let original_list = original.get(&field).cloned();
        let patch_list = patch.get(&field).cloned();
        let ofv: Vec<Value> = original_list
            .as_ref()
            .map(|v| as_list(v).map(<[Value]>::to_vec))
            .transpose()?
            .unwrap_or_default();
        let pfv: Vec<Value> = patch_list
            .as_ref()
            .map(|v| as_list(v).map(<[Value]>::to_vec))
            .transpose()?
            .unwrap_or_default();
        let (sub, meta) = schema.lookup_slice(&field);
        validate_patch_with_set_order_list(&pfv, order, &meta.merge_key)?;
        let merged = match (original_list.is_some(), patch_list.is_some()) {
            (true, false) => ofv.clone(),
            (false, true) => match remove_directives(Value::Array(pfv.clone())) {
                Some(Value::Array(a)) => a,
                _ => continue,
            },
            (true, true) => merge_slice_handler(
                ofv.clone(),
                pfv.clone(),
                sub,
                meta.strategy,
                &meta.merge_key,
                false,
                opts,
            )?,
            (false, false) => continue,
        };
        let (patch_items, server_only) = if meta.merge_key.is_empty() {
            partition_primitives(merged, order)
        } else {
            partition_maps(merged, order, &meta.merge_key)?
        };
        let k = slice_element_kind(&[&ofv, &pfv])?;
        let both =
            normalize_element_order(patch_items, server_only, order, &ofv, &meta.merge_key, k)?;
        original.insert(field.clone(), Value::Array(both));
        patch.remove(&field);
    }
    Ok(())
}

fn validate_patch_with_set_order_list(
    patch_list: &[Value],
    order: &[Value],
    merge_key: &str,
) -> R<()> {
    if order.is_empty() || patch_list.is_empty() {
        return Ok(());
    }
    let non_delete: Vec<Value> = if merge_key.is_empty() {
        patch_list.to_vec()
    } else {
        extract_to_delete_items(patch_list.to_vec())?.0
    };
    let (mut pi, mut oi) = (0, 0);
    while pi < non_delete.len() && oi < order.len() {
        if non_delete[pi]
            .as_object()
            .is_some_and(|m| m.contains_key(DIRECTIVE))
        {
            pi += 1;
            continue;
        }
        if merge_key_value_equal(&non_delete[pi], &order[oi], merge_key)? {
            pi += 1;
        }
        oi += 1;
    }
    if pi < non_delete.len() && oi >= order.len() {
        return Err(StrategicError::OrderMismatch(
            go_v(&Value::Array(patch_list.to_vec())),
            go_v(&Value::Array(order.to_vec())),
        ));
    }
    Ok(())
}

fn partition_primitives(merged: Vec<Value>, by: &[Value]) -> (Vec<Value>, Vec<Value>) {
    merged.into_iter().partition(|v| by.contains(v))
}

fn partition_maps(
    merged: Vec<Value>,
    by: &[Value],
    merge_key: &str,
) -> R<(Vec<Value>, Vec<Value>)> {
    let (mut patch, mut server) = (vec![], vec![]);
    for v in merged {
        let kv = merge_key_of(&v, merge_key)?.clone();
        if find_by_key(by, merge_key, &kv)?.is_some() {
            patch.push(v);
        } else {
            server.push(v);
        }
    }
    Ok((patch, server))
}

/// `findMapInSliceBasedOnKeyValue`.
fn find_by_key(l: &[Value], merge_key: &str, value: &Value) -> R<Option<usize>> {
    for (i, v) in l.iter().enumerate() {
        let m = as_map(v)?;
        if m.get(merge_key) == Some(value) {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn normalize_element_order(
    patch: Vec<Value>,
    server_only: Vec<Value>,
    patch_order: &[Value],
    server_order: &[Value],
    merge_key: &str,
    k: GoKind,
) -> R<Vec<Value>> {
    let patch = normalize_slice_order(patch, patch_order, merge_key, k)?;
    let server_only = normalize_slice_order(server_only, server_order, merge_key, k)?;
    Ok(merge_sorted_slice(
        server_only,
        patch,
        server_order,
        merge_key,
        k,
    ))
}

/// `mergeSortedSlice`: interleaves server-only items (left) into patch items (right) by their
/// order in the live list; an item the live list lacks goes first.
fn merge_sorted_slice(
    left: Vec<Value>,
    right: Vec<Value>,
    server_order: &[Value],
    merge_key: &str,
    k: GoKind,
) -> Vec<Value> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut left = left.into_iter().peekable();
    let mut right = right.into_iter().peekable();
    loop {
        let take_left = match (left.peek(), right.peek()) {
            (None, None) => break,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some(l), Some(r)) => {
                match (
                    index_of(server_order, l, merge_key, k),
                    index_of(server_order, r, merge_key, k),
                ) {
                    (Some(li), Some(ri)) => li < ri,
                    _ => false,
                }
            }
        };
        let next = if take_left { left.next() } else { right.next() };
        out.extend(next);
    }
    out
}

fn merge_slice_handler(
    original: Vec<Value>,
    patch: Vec<Value>,
    schema: Schema,
    strategy: Strategy,
    merge_key: &str,
    is_delete_list: bool,
    opts: MergeOptions,
) -> R<Vec<Value>> {
    if strategy == Strategy::Merge || is_delete_list {
        merge_slice(original, patch, schema, merge_key, opts, is_delete_list)
    } else {
        Ok(patch)
    }
}

fn merge_slice(
    original: Vec<Value>,
    patch: Vec<Value>,
    schema: Schema,
    merge_key: &str,
    opts: MergeOptions,
    is_delete_list: bool,
) -> R<Vec<Value>> {
    if original.is_empty() && patch.is_empty() {
        return Ok(original);
    }
    let k = slice_element_kind(&[&original, &patch])?;
    let (original, patch, merged) = if k != GoKind::Map {
        if opts.merge_parallel_list && is_delete_list {
            return Ok(original
                .into_iter()
                .filter(|v| !patch.contains(v))
                .collect());
        }
        let both: Vec<Value> = original.iter().chain(&patch).cloned().collect();
        (original, patch, dedupe_scalars(both))
    } else {
        if merge_key.is_empty() {
            return Err(StrategicError::MissingMergeKey);
        }
        let (original, patch) = merge_slice_with_special_elements(original, patch, merge_key)?;
        let merged = merge_slice_without_special_elements(
            original.clone(),
            &patch,
            merge_key,
            schema,
            opts,
        )?;
        (original, patch, merged)
    };
    let (patch_items, server_only) = if merge_key.is_empty() {
        partition_primitives(merged, &patch)
    } else {
        partition_maps(merged, &patch, merge_key)?
    };
    normalize_element_order(patch_items, server_only, &patch, &original, merge_key, k)
}

fn merge_slice_with_special_elements(
    mut original: Vec<Value>,
    patch: Vec<Value>,
    merge_key: &str,
) -> R<(Vec<Value>, Vec<Value>)> {
    let mut plain = vec![];
    let mut replace = false;
    for v in patch {
        let m = as_map(&v)?;
        match m.get(DIRECTIVE) {
            None => plain.push(v),
            Some(d) => match d.as_str() {
                Some("delete") => {
                    let Some(kv) = m.get(merge_key) else {
                        return Err(StrategicError::NoMergeKey(describe(&v), merge_key.into()));
                    };
                    let kv = kv.clone();
                    while let Some(i) = find_by_key(&original, merge_key, &kv)? {
                        original.remove(i);
                    }
                }
                Some("replace") => replace = true,
                Some("merge") => return Err(StrategicError::MergeListDirective),
                _ => return Err(StrategicError::BadPatchType(go_v(d), describe(&v))),
            },
        }
    }
    if replace {
        return Ok((plain, vec![]));
    }
    Ok((original, plain))
}

fn merge_slice_without_special_elements(
    mut original: Vec<Value>,
    patch: &[Value],
    merge_key: &str,
    schema: Schema,
    opts: MergeOptions,
) -> R<Vec<Value>> {
    for v in patch {
        let kv = merge_key_of(v, merge_key)?;
        match find_by_key(&original, merge_key, kv)? {
            Some(i) => {
                let o = match std::mem::take(&mut original[i]) {
                    Value::Object(m) => m,
                    _ => Map::new(),
                };
                let p = as_map(v)?.clone();
                original[i] = Value::Object(merge_map(o, p, schema, opts)?);
            }
            None => original.push(v.clone()),
        }
    }
    Ok(original)
}

#[cfg(test)]
#[path = "strategic_tests.rs"]
mod tests;
