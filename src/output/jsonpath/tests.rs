//! Table-driven tests of the JSONPath engine (expected bytes taken from kubectl 1.32).

use super::*;
use serde_json::json;

fn pod() -> Value {
    json!({
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
            "name": "web-0",
            "labels": {"app": "web", "kubernetes.io/hostname": "node-1"},
            "annotations": {"kctl": "1"}
        },
        "spec": {
            "containers": [
                {"name": "app", "image": "nginx:1.25", "ports": [{"containerPort": 80}, {"containerPort": 443}]},
                {"name": "sidecar", "image": "envoy", "ports": []}
            ],
            "replicas": 3,
            "ratio": 0.5,
            "big": 1000000.0,
            "flag": true,
            "nothing": null,
            "html": "<a&b>",
            "list": [1, null, "x"]
        }
    })
}

fn run(template: &str, allow_missing: bool, as_json: bool, data: &Value) -> Result<String, String> {
    let jp = JsonPath::parse(template)
        .map_err(|e| format!("parse: {e}"))?
        .allow_missing_keys(allow_missing)
        .json_output(as_json);
    let mut out = Vec::new();
    jp.execute(&mut out, data)
        .map_err(|e| format!("exec: {e}"))?;
    Ok(String::from_utf8(out).unwrap())
}

#[test]
fn execute_table() {
    let data = pod();
    let cases: &[(&str, Result<&str, &str>)] = &[
        ("{.kind}", Ok("Pod")),
        ("kind={.kind}!", Ok("kind=Pod!")),
        ("{$.metadata.name}", Ok("web-0")),
        ("{@.metadata.name}", Ok("web-0")),
        (r"{.metadata.labels.kubernetes\.io/hostname}", Ok("node-1")),
        (
            "{.metadata.labels}",
            Ok(r#"{"app":"web","kubernetes.io/hostname":"node-1"}"#),
        ),
        ("{.spec.containers[*].name}", Ok("app sidecar")),
        ("{.spec.containers[0].ports[*].containerPort}", Ok("80 443")),
        ("{.spec.containers[-1].name}", Ok("sidecar")),
        ("{.spec.containers[0:1].name}", Ok("app")),
        (
            "{.spec.containers[5]}",
            Err("exec: array index out of bounds: index 5, length 2"),
        ),
        ("{.spec.containers[::0]}", Err("exec: step must be > 0")),
        (
            "{.spec.containers[1:0]}",
            Err("exec: starting index 1 is greater than ending index 0"),
        ),
        ("{.spec.containers[1:1]}", Ok("")),
        (
            "{.spec.replicas} {.spec.ratio} {.spec.big} {.spec.flag}",
            Ok("3 0.5 1e+06 true"),
        ),
        ("{.spec.nothing}", Ok("null")),
        ("{.spec.html}", Ok("<a&b>")),
        (
            "{.spec}",
            Ok(
                r#"{"big":1000000,"containers":[{"image":"nginx:1.25","name":"app","ports":[{"containerPort":80},{"containerPort":443}]},{"image":"envoy","name":"sidecar","ports":[]}],"flag":true,"html":"\u003ca\u0026b\u003e","list":[1,null,"x"],"nothing":null,"ratio":0.5,"replicas":3}"#,
            ),
        ),
        ("{.spec.list[*]}", Ok("1 null x")),
        ("{range .spec.list[*]}[{@}]{end}", Ok("[1][<no value>][x]")),
        ("{.missing}", Ok("")),
        (
            "{range .spec.containers[*]}{.name}:{range .ports[*]}{.containerPort},{end};{end}",
            Ok("app:80,443,;sidecar:;"),
        ),
        (
            "{.spec.containers[?(@.name==\"sidecar\")].image}",
            Ok("envoy"),
        ),
        (
            "{.spec.containers[0].ports[?(@.containerPort>100)].containerPort}",
            Ok("443"),
        ),
        // Go keeps the step input when indexing fails, so the existence test passes anyway.
        ("{.spec.containers[?(@.ports[5])].name}", Ok("app sidecar")),
        (
            "{.spec.containers[?(@.name==1)]}",
            Err("exec: incompatible types for comparison"),
        ),
        (
            "{.spec.containers[?(@.ports==1)]}",
            Err("exec: invalid type for comparison"),
        ),
        (
            "{.metadata[?(@.x)]}",
            Err(
                "exec: map[annotations:map[kctl:1] labels:map[app:web kubernetes.io/hostname:node-1] name:web-0] is not array or slice and cannot be filtered",
            ),
        ),
        (
            "{.metadata[0]}",
            Err("exec: map[string]interface {} is not array or slice"),
        ),
        (
            "{.spec.containers[*]['name','image']}",
            Ok("app sidecar nginx:1.25 envoy"),
        ),
        ("{['kind','metadata.name']}", Ok("Pod web-0")),
        ("{.metadata.name.*}", Ok("119 101 98 45 48")),
        ("{end}", Err("exec: not in range, nothing to end")),
        ("{foo}", Err("exec: unrecognized identifier foo")),
        ("{\"a\\tb\"}", Ok("a\tb")),
        ("{.missing 5}{.kind 5}{.missing \"t\"}", Ok("5t")),
        ("{..containerPort}", Ok("80 443")),
        (
            "{.spec.containers[?(@.name=~\"x\")]}",
            Err("parse: unrecognized character in action: U+007E '~'"),
        ),
    ];
    for (tmpl, want) in cases {
        let got = run(tmpl, true, false, &data);
        assert_eq!(
            got.as_deref().map_err(|e| e.as_str()),
            *want,
            "template {tmpl:?}"
        );
    }
}

#[test]
fn missing_keys_error_when_disallowed() {
    let data = pod();
    assert_eq!(
        run("{.nope}", false, false, &data),
        Err("exec: nope is not found".to_string())
    );
    // Exists filters ignore the error.
    assert_eq!(
        run("{.spec.containers[?(@.nope)].name}", false, false, &data),
        Ok(String::new())
    );
}

#[test]
fn json_output_mode() {
    let data = pod();
    assert_eq!(
        run(
            "{.metadata.name}{\"\\n\"}{.spec.nothing}{.missing}",
            true,
            true,
            &data
        )
        .unwrap(),
        "[\n    \"web-0\"\n]\n[\n    \"\\n\"\n]\n[\n    null\n]\n[]\n"
    );
}

#[test]
fn messages() {
    let err = JsonPath::parse("{.a ~}").unwrap_err();
    assert_eq!(
        parse_error_message("{.a ~}", &err),
        "error parsing jsonpath {.a ~}, unrecognized character in action: U+007E '~'\n"
    );
    let obj = json!({"kind": "Pod", "spec": {"n": null, "y": 1000000.0, "h": "<a&b>"}});
    let err = ExecError::NotArrayOrSlice("string".to_string());
    assert_eq!(
        printer_error_message("{.spec.h[0]}", &err, &obj),
        "error executing jsonpath \"{.spec.h[0]}\": Error executing template: string is not array or slice. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.spec.h[0]}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"kind\":\"Pod\", \"spec\":map[string]interface {}{\"h\":\"<a&b>\", \"n\":interface {}(nil), \"y\":1e+06}}\n\n\n"
    );
}

#[test]
fn relaxed() {
    let cases: &[(&str, Result<&str, ()>)] = &[
        ("", Ok("")),
        ("metadata.name", Ok("{.metadata.name}")),
        (".metadata.name", Ok("{.metadata.name}")),
        ("{metadata.name}", Ok("{.metadata.name}")),
        ("{.metadata.name}", Ok("{.metadata.name}")),
        ("$.a", Ok("{.$.a}")),
        (".", Ok("{..}")),
        ("{.}", Ok("{..}")),
        ("{}", Err(())),
        ("{.a}{.b}", Err(())),
        ("a}", Err(())),
    ];
    for (input, want) in cases {
        let got = relaxed_expression(input);
        assert_eq!(got.as_deref().map_err(|_| ()), *want, "input {input:?}");
    }
    assert_eq!(
        RelaxedError.to_string(),
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"
    );
}
