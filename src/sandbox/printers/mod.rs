//! Server-side `meta.k8s.io/v1` Table printing, as kube-apiserver 1.32 does it: per-kind column
//! definitions and cells (kubernetes `pkg/printers/internalversion/printers.go`), the default
//! Name/Created At convertor (apiserver `pkg/registry/rest/table.go`), CRD additionalPrinterColumns
//! (apiextensions `tableconvertor`), and the row `object` rewriting of `?includeObject=`
//! (apiserver `pkg/endpoints/handlers/response.go` `asTable`). Pure: no I/O, the caller passes "now".

mod admission;
mod apps;
mod batch;
mod core;
mod crd;
mod descriptions;
mod misc;
mod networking;
mod quantity;
mod rbac;
mod storage;
mod util;

use serde_json::{Map, Value, json};

pub use crd::{JsonPathError, eval_simple_jsonpath};
pub use quantity::canonicalize as canonicalize_quantity;

/// `?includeObject=` (metav1.IncludeObjectPolicy); the server's default is `Metadata`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IncludeObject {
    /// Rows carry `"object": null`.
    None,
    /// Rows carry a `PartialObjectMetadata` with the object's whole `metadata`.
    #[default]
    Metadata,
    /// Rows carry the full object.
    Object,
}

impl IncludeObject {
    /// Parses the query parameter value; `""` means the default. Unknown values are a 400 upstream
    /// (`unrecognized includeObject value: %q`), so they are reported as `Err`.
    pub fn from_query(v: &str) -> Result<Self, String> {
        match v {
            "" | "Metadata" => Ok(IncludeObject::Metadata),
            "None" => Ok(IncludeObject::None),
            "Object" => Ok(IncludeObject::Object),
            other => Err(format!("unrecognized includeObject value: {other:?}")),
        }
    }
}

/// One `TableColumnDefinition`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Column {
    pub name: &'static str,
    pub ty: &'static str,
    pub format: &'static str,
    pub description: &'static str,
    pub priority: i32,
}

impl Column {
    pub(crate) const fn new(
        name: &'static str,
        ty: &'static str,
        description: &'static str,
    ) -> Self {
        Column {
            name,
            ty,
            format: "",
            description,
            priority: 0,
        }
    }
    /// The `Name` column every built-in printer starts with (format `name`).
    pub(crate) const fn name() -> Self {
        Column {
            name: "Name",
            ty: "string",
            format: "name",
            description: descriptions::NAME,
            priority: 0,
        }
    }
    /// The `Age` column (`ObjectMeta.creationTimestamp` description, type string).
    pub(crate) const fn age() -> Self {
        Column::new("Age", "string", descriptions::CREATION_TIMESTAMP)
    }
    pub(crate) const fn wide(mut self) -> Self {
        self.priority = 1;
        self
    }
    pub(crate) const fn format(mut self, format: &'static str) -> Self {
        self.format = format;
        self
    }

    fn to_json(self) -> Value {
        json!({
            "name": self.name,
            "type": self.ty,
            "format": self.format,
            "description": self.description,
            "priority": self.priority,
        })
    }
}

/// Cells (and optional row conditions) computed for one object.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Row {
    pub cells: Vec<Value>,
    pub conditions: Option<Value>,
}

impl Row {
    pub(crate) fn new(cells: Vec<Value>) -> Self {
        Row {
            cells,
            conditions: None,
        }
    }
}

/// Everything a print function may need besides the object.
pub(crate) struct Ctx {
    pub now: jiff::Timestamp,
    /// The API group the object was served from (events.k8s.io events differ from core ones).
    pub group: String,
}

/// A built-in printer: its columns and its per-object print function (always "wide", as
/// `pkg/printers/storage` `TableConvertor` calls `GenerateTable` with `Wide: true`).
pub(crate) struct Printer {
    pub columns: &'static [Column],
    pub print: fn(&Value, &Ctx) -> Row,
}

/// The built-in printer registered for `group`/`resource` (plural, lower case), if any.
fn builtin(group: &str, resource: &str) -> Option<&'static Printer> {
    core::lookup(group, resource)
        .or_else(|| apps::lookup(group, resource))
        .or_else(|| batch::lookup(group, resource))
        .or_else(|| networking::lookup(group, resource))
        .or_else(|| rbac::lookup(group, resource))
        .or_else(|| storage::lookup(group, resource))
        .or_else(|| misc::lookup(group, resource))
        .or_else(|| admission::lookup(group, resource))
}

/// Whether a dedicated (non-default) printer exists for this built-in resource.
pub fn has_builtin_printer(group: &str, resource: &str) -> bool {
    builtin(group, resource).is_some()
}

/// Builds a meta.k8s.io/v1 Table for these objects (list or single get), kube-apiserver 1.32 columns.
/// `crd` is the CustomResourceDefinition object when the resource is a custom resource (its
/// additionalPrinterColumns for the served version apply), else None. `list_meta` is the list's
/// metadata; only `resourceVersion`, `continue` and `remainingItemCount` are kept. For a single get
/// pass `Value::Null`: the Table then carries the object's own resourceVersion, as
/// `meta.CommonAccessor` gives upstream.
pub fn table(
    group: &str,
    resource: &str,
    objects: &[Value],
    include: IncludeObject,
    crd: Option<&Value>,
    list_meta: Value,
    now: jiff::Timestamp,
) -> Value {
    let ctx = Ctx {
        now,
        group: group.to_string(),
    };
    // printFlowSchemaList is the one list printer that re-orders its items.
    let sorted: Vec<Value>;
    let objects =
        if group == "flowcontrol.apiserver.k8s.io" && resource == "flowschemas" && crd.is_none() {
            let mut v = objects.to_vec();
            v.sort_by(admission::flow_schema_order);
            sorted = v;
            &sorted[..]
        } else {
            objects
        };
    let (columns, rows, empty_rows_null): (Vec<Value>, Vec<Row>, bool) = if let Some(crd) = crd {
        let conv = crd::Convertor::for_crd(crd, objects.first());
        let rows = objects.iter().map(|o| conv.row(o, &ctx)).collect();
        (conv.columns_json(), rows, false)
    } else if let Some(p) = builtin(group, resource) {
        let rows = objects.iter().map(|o| (p.print)(o, &ctx)).collect();
        (p.columns.iter().map(|c| c.to_json()).collect(), rows, false)
    } else {
        let rows = objects.iter().map(default_row).collect();
        // defaultTableConvertor appends to a nil slice: an empty list encodes `"rows": null`.
        (
            DEFAULT_COLUMNS.iter().map(|c| c.to_json()).collect(),
            rows,
            true,
        )
    };

    let rows_json: Vec<Value> = rows
        .into_iter()
        .zip(objects)
        .map(|(row, obj)| {
            let mut r = Map::new();
            r.insert("cells".into(), Value::Array(row.cells));
            if let Some(c) = row.conditions {
                r.insert("conditions".into(), c);
            }
            r.insert("object".into(), row_object(obj, include, group, resource));
            Value::Object(r)
        })
        .collect();

    let rows_value = if rows_json.is_empty() && empty_rows_null {
        Value::Null
    } else {
        Value::Array(rows_json)
    };

    json!({
        "kind": "Table",
        "apiVersion": "meta.k8s.io/v1",
        "metadata": match (&list_meta, objects) {
            (Value::Null, [single]) => table_list_meta(&json!({
                "resourceVersion": util::s(single, &["metadata", "resourceVersion"]),
            })),
            _ => table_list_meta(&list_meta),
        },
        "columnDefinitions": columns,
        "rows": rows_value,
    })
}

/// The Table of a watch event after the first: kube-apiserver sets `TableOptions.NoHeaders`
/// (`watchEmbeddedEncoder.doEncode`), so `columnDefinitions` is encoded as `null`.
pub fn without_headers(mut table: Value) -> Value {
    if let Value::Object(m) = &mut table {
        m.insert("columnDefinitions".into(), Value::Null);
    }
    table
}

/// ListMeta as serialized by Go (`omitempty` on every field).
fn table_list_meta(list_meta: &Value) -> Value {
    let mut m = Map::new();
    for key in ["resourceVersion", "continue"] {
        if let Some(Value::String(s)) = list_meta.get(key)
            && !s.is_empty()
        {
            m.insert(key.into(), Value::String(s.clone()));
        }
    }
    if let Some(n) = list_meta
        .get("remainingItemCount")
        .filter(|v| v.is_number())
    {
        m.insert("remainingItemCount".into(), n.clone());
    }
    Value::Object(m)
}

/// `asTable` in apiserver `endpoints/handlers/response.go`.
fn row_object(obj: &Value, include: IncludeObject, group: &str, resource: &str) -> Value {
    match include {
        IncludeObject::None => Value::Null,
        IncludeObject::Metadata => json!({
            "kind": "PartialObjectMetadata",
            "apiVersion": "meta.k8s.io/v1",
            "metadata": obj.get("metadata").cloned().unwrap_or_else(|| json!({})),
        }),
        IncludeObject::Object => {
            // The object is converted to the request's version, which sets apiVersion/kind even
            // where list items are stored without them.
            let mut o = obj.clone();
            if let Value::Object(m) = &mut o
                && !m.contains_key("kind")
                && let Some((api_version, kind)) = util::builtin_kind(group, resource)
            {
                m.insert("apiVersion".into(), Value::String(api_version.into()));
                m.insert("kind".into(), Value::String(kind.into()));
            }
            o
        }
    }
}

const DEFAULT_COLUMNS: &[Column] = &[
    Column::name(),
    Column::new("Created At", "date", descriptions::CREATION_TIMESTAMP),
];

/// `defaultTableConvertor`: name and the creation timestamp in RFC3339 UTC (Go's zero time when absent).
fn default_row(obj: &Value) -> Row {
    let created = util::timestamp(obj, &["metadata", "creationTimestamp"])
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_else(|| "0001-01-01T00:00:00Z".to_string());
    Row::new(vec![
        Value::String(util::name(obj).to_string()),
        Value::String(created),
    ])
}

#[cfg(test)]
mod tests;
