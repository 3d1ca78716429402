//! The renderer on small hand-made documents: the template's rules one by one.

use serde_json::{Value, json};

use super::{Failure, Request, render};

fn document() -> Value {
    json!({
        "paths": {
            "/apis/example.com/v1/namespaces/{namespace}/widgets/{name}": {
                "get": {"x-kubernetes-group-version-kind": {"group": "example.com", "version": "v1", "kind": "Widget"}}
            }
        },
        "components": {"schemas": {
            "com.example.v1.Widget": {
                "description": "A widget.",
                "type": "object",
                "required": ["spec"],
                "x-kubernetes-group-version-kind": [{"group": "example.com", "version": "v1", "kind": "Widget"}],
                "properties": {
                    "spec": {"allOf": [{"$ref": "#/components/schemas/com.example.v1.Spec"}], "description": "The spec."},
                    "mode": {"type": "string", "description": "How.", "enum": ["", "a", "b", "c", "d", "e"]},
                    "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                    "parts": {"type": "array", "items": {"$ref": "#/components/schemas/com.example.v1.Spec"}}
                }
            },
            "com.example.v1.Spec": {
                "description": "Spec of a widget.",
                "type": "object",
                "properties": {
                    "size": {"type": "integer", "description": "Size."},
                    "child": {"$ref": "#/components/schemas/com.example.v1.Spec"}
                }
            }
        }}
    })
}

fn explain(fields: &[&str], recursive: bool) -> Result<String, Failure> {
    let fields: Vec<String> = fields.iter().map(|s| s.to_string()).collect();
    render(
        &document(),
        &Request {
            group: "example.com",
            version: "v1",
            resource: "widgets",
            field_path: &fields,
            recursive,
        },
    )
}

#[test]
fn a_kind_lists_its_fields_with_types_enums_and_requirement() {
    let want = "GROUP:      example.com\nKIND:       Widget\nVERSION:    v1\n\nDESCRIPTION:\n    A widget.\n    \nFIELDS:\n  labels\t<map[string]string>\n    <no description>\n\n  mode\t<string>\n  enum: \"\", a, b, c, ....\n    How.\n\n  parts\t<[]Spec>\n    <no description>\n\n  spec\t<Spec> -required-\n    The spec.\n\n\n";
    assert_eq!(explain(&[], false).expect("renders"), want);
}

#[test]
fn a_field_shows_every_description_it_wraps_and_its_enum_in_full() {
    let want = "GROUP:      example.com\nKIND:       Widget\nVERSION:    v1\n\nFIELD: spec <Spec>\n\n\nDESCRIPTION:\n    The spec.\n    Spec of a widget.\n    \nFIELDS:\n  child\t<Spec>\n    <no description>\n\n  size\t<integer>\n    Size.\n\n\n";
    assert_eq!(explain(&["spec"], false).expect("renders"), want);
    let mode = explain(&["mode"], false).expect("renders");
    assert!(
        mode.contains("FIELD: mode <string>\nENUM:\n    \"\"\n    a\n    b\n    c\n    d\n    e\n\nDESCRIPTION:\n    How.\n"),
        "{mode}"
    );
}

#[test]
fn arrays_are_followed_into_their_items() {
    let out = explain(&["parts", "size"], false).expect("renders");
    assert!(
        out.contains("FIELD: size <integer>\n\n\nDESCRIPTION:\n    Size.\n"),
        "{out}"
    );
}

#[test]
fn recursion_stops_at_cycles() {
    let out = explain(&["spec"], true).expect("renders");
    assert!(
        out.ends_with("FIELDS:\n  child\t<Spec>\n  size\t<integer>\n\n"),
        "{out}"
    );
}

#[test]
fn a_missing_field_fails_after_the_header() {
    let failure = explain(&["spec", "nope"], false).expect_err("no such field");
    assert_eq!(
        failure,
        Failure {
            printed: "GROUP:      example.com\nKIND:       Widget\nVERSION:    v1\n\n".into(),
            message: "error: field \"nope\" does not exist".into(),
        }
    );
}

#[test]
fn an_unserved_resource_names_its_group_version_resource() {
    let failure = render(
        &document(),
        &Request {
            group: "",
            version: "v1",
            resource: "pods",
            field_path: &[],
            recursive: false,
        },
    )
    .expect_err("not served");
    assert_eq!(
        failure.message,
        "error: GVR (/v1, Resource=pods) not found in OpenAPI schema"
    );
}
