//! Table-driven tests of the go-template engine; expected texts were taken from kubectl 1.32.

use super::*;
use serde_json::json;

fn obj() -> Value {
    json!({
        "kind": "Widget",
        "metadata": {"name": "x", "labels": {"b": "2", "a": "1"}},
        "spec": {"replicas": 3, "ratio": 0.5, "big": 1000000.5, "million": 1e6, "nothing": null,
                 "tags": ["blue", "green"], "items": [{"n": "a"}, {"n": "b"}]},
        "data": {"s": "aGVsbG8=", "bad": "1"}
    })
}

fn run(template: &str, strict: bool) -> Result<String, String> {
    let t = GoTemplate::parse(template)
        .map_err(|e| format!("P:{}", parse_error_message(template, &e)))?
        .allow_missing_keys(!strict);
    let mut out = Vec::new();
    match t.execute(&mut out, &obj()) {
        Ok(()) => Ok(String::from_utf8(out).unwrap()),
        Err(e) => Err(format!(
            "E:{}|{}",
            String::from_utf8(out).unwrap(),
            exec_error_message(template, &e, &obj())
        )),
    }
}

#[test]
fn renders_like_kubectl() {
    let cases: &[(&str, &str)] = &[
        ("{{.kind}}", "Widget"),
        ("{{.spec.replicas}}", "3"),
        (
            "{{.spec.ratio}} {{.spec.big}} {{.spec.million}}",
            "0.5 1.0000005e+06 1000000",
        ),
        (
            "{{.nope}}|{{.nope.x}}|{{.spec.nothing}}",
            "<no value>|<no value>|<no value>",
        ),
        ("{{.metadata.labels}}", "map[a:1 b:2]"),
        ("{{.spec.items}}", "[map[n:a] map[n:b]]"),
        (
            "{{range $k, $v := .metadata.labels}}{{$k}}={{$v}};{{end}}",
            "a=1;b=2;",
        ),
        (
            "{{range $i, $t := .spec.tags}}{{$i}}{{$t}}{{end}}",
            "0blue1green",
        ),
        ("{{range .nope}}x{{else}}none{{end}}", "none"),
        (
            "{{range .spec.tags}}{{if eq . \"green\"}}{{break}}{{end}}{{.}}{{end}}",
            "blue",
        ),
        ("{{if .spec.nothing}}a{{else if .spec.tags}}b{{end}}", "b"),
        ("{{with .metadata}}{{.name}}{{end}}", "x"),
        ("a {{- .kind -}} b", "aWidgetb"),
        (
            "{{/* c */}}{{define \"t\"}}<{{.}}>{{end}}{{template \"t\" 1}}",
            "<1>",
        ),
        (
            "{{printf \"%d|%d|%s\" .spec.ratio .spec.replicas 3}}",
            "%!d(float64=0.5)|3|%!s(int=3)",
        ),
        (
            "{{printf \"%v %q %5.2f %x\" 1.5 \"a\" 2.0 255}}",
            "1.5 \"a\"  2.00 ff",
        ),
        (
            "{{printf \"%d %d\" 1}}{{printf \"%d\" 1 2}}",
            "1 %!d(MISSING)1%!(EXTRA int=2)",
        ),
        ("{{print 1 2 \"a\" \"b\" 3}}", "1 2ab3"),
        (
            "{{html \"<a&>\"}}{{js \"a'b<\"}}{{urlquery \"a b&c\"}}",
            "&lt;a&amp;&gt;a\\'b\\u003Ca+b%26c",
        ),
        (
            "{{len .spec.tags}} {{index .spec.tags 1}} {{slice .kind 1 3}}",
            "2 green id",
        ),
        (
            "{{exists .metadata \"name\"}} {{exists .metadata \"zz\"}}",
            "true false",
        ),
        ("{{.data.s | base64decode}}", "hello"),
        ("{{and 1 0}} {{or 0 \"x\"}} {{not 0}}", "0 x true"),
        (
            "{{eq .nope \"x\"}} {{lt 1 2}} {{ge \"a\" \"b\"}}",
            "false true false",
        ),
    ];
    let mut failures = Vec::new();
    for (template, want) in cases {
        let got = run(template, false);
        if got.as_deref() != Ok(*want) {
            failures.push(format!("{template:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn errors_like_kubectl() {
    let cases: &[(&str, bool, &str)] = &[
        (
            "{{.kind",
            false,
            "P:error parsing template {{.kind, template: output:1: unclosed action",
        ),
        (
            "{{nope}}",
            false,
            "P:error parsing template {{nope}}, template: output:1: function \"nope\" not defined",
        ),
        (
            "{{$x}}",
            false,
            "P:error parsing template {{$x}}, template: output:1: undefined variable \"$x\"",
        ),
        (
            "{{end}}",
            false,
            "P:error parsing template {{end}}, template: output:1: unexpected {{end}}",
        ),
        (
            "{{1 | 2}}",
            false,
            "P:error parsing template {{1 | 2}}, template: output:1: non executable command in pipeline stage 2",
        ),
        (
            "{{nil.x}}",
            false,
            "P:error parsing template {{nil.x}}, template: output:1: unexpected . after term \"nil\"",
        ),
        (
            "{{break}}",
            false,
            "P:error parsing template {{break}}, template: output:1: {{break}} outside {{range}}",
        ),
        (
            "{{.nope.nope}}",
            true,
            "E:|error executing template \"{{.nope.nope}}\": template: output:1:7: executing \"output\" at <.nope.nope>: map has no entry for key \"nope\"",
        ),
        (
            "{{.kind}}{{.metadata.name.foo}}",
            false,
            "E:Widget|error executing template \"{{.kind}}{{.metadata.name.foo}}\": template: output:1:20: executing \"output\" at <.metadata.name.foo>: can't evaluate field foo in type interface {}",
        ),
        (
            "{{.spec.nothing.x}}",
            false,
            "E:|error executing template \"{{.spec.nothing.x}}\": template: output:1:7: executing \"output\" at <.spec.nothing.x>: nil pointer evaluating interface {}.x",
        ),
        (
            "{{printf}}",
            false,
            "E:|error executing template \"{{printf}}\": template: output:1:2: executing \"output\" at <printf>: wrong number of args for printf: want at least 1 got 0",
        ),
        (
            "{{index .metadata 1}}",
            false,
            "E:|error executing template \"{{index .metadata 1}}\": template: output:1:2: executing \"output\" at <index .metadata 1>: error calling index: value has type int; should be string",
        ),
        (
            "{{.data.bad | base64decode}}",
            false,
            "E:|error executing template \"{{.data.bad | base64decode}}\": template: output:1:14: executing \"output\" at <base64decode>: error calling base64decode: base64 decode failed: illegal base64 data at input byte 0",
        ),
        (
            "{{base64decode 1}}",
            false,
            "E:|error executing template \"{{base64decode 1}}\": template: output:1:15: executing \"output\" at <1>: expected string; found 1",
        ),
        (
            "{{range .kind}}{{end}}",
            false,
            "E:|error executing template \"{{range .kind}}{{end}}\": template: output:1:8: executing \"output\" at <.kind>: range can't iterate over Widget",
        ),
    ];
    let mut failures = Vec::new();
    for (template, strict, want) in cases {
        let got = run(template, *strict);
        if got.as_ref().map_err(String::as_str) != Err(*want) {
            failures.push(format!("{template:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn debugging_dump_matches_kubectl() {
    let object = json!({"apiVersion": "v1", "data": {"a": "1"}, "kind": "ConfigMap",
        "metadata": {"annotations": {"kctl": "1"}, "name": "x", "namespace": "default"}});
    let t = GoTemplate::parse("{{printf}}").unwrap();
    let err = t.execute(&mut Vec::new(), &object).unwrap_err();
    assert_eq!(
        exec_error_stdout("{{printf}}", &err, &object, None),
        "Error executing template: template: output:1:2: executing \"output\" at <printf>: wrong number of args for printf: want at least 1 got 0. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{{printf}}\n\traw data was:\n\t\t{\"apiVersion\":\"v1\",\"data\":{\"a\":\"1\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{\"kctl\":\"1\"},\"name\":\"x\",\"namespace\":\"default\"}}\n\tobject given to template engine was:\n\t\tmap[apiVersion:v1 data:map[a:1] kind:ConfigMap metadata:map[annotations:map[kctl:1] name:x namespace:default]]\n\n"
    );
}

#[test]
fn go_float_and_base64_helpers() {
    let floats: &[(f64, &str)] = &[
        (0.5, "0.5"),
        (1e6, "1e+06"),
        (123456.0, "123456"),
        (1e21, "1e+21"),
        (1e-5, "1e-05"),
        (0.0001, "0.0001"),
        (-2.5, "-2.5"),
    ];
    for (f, want) in floats {
        assert_eq!(gofmt::float_v(*f), *want, "{f}");
    }
    let b64: &[(&str, Result<&str, usize>)] = &[
        ("aGVsbG8=", Ok("hello")),
        ("aGVs\nbG8=", Ok("hello")),
        ("YQ", Err(0)),
        ("1", Err(0)),
        ("not*base64", Err(3)),
        ("YW=j", Err(2)),
    ];
    for (input, want) in b64 {
        let got = exec::base64_std_decode(input.as_bytes()).map(|b| String::from_utf8(b).unwrap());
        assert_eq!(got.as_deref().map_err(|e| *e), *want, "{input}");
    }
}

#[test]
fn runaway_recursion_is_an_error_not_a_crash() {
    let template = "{{define \"a\"}}{{template \"a\" .}}{{end}}{{template \"a\" .}}";
    let got = run(template, false).unwrap_err();
    assert!(
        got.ends_with("template: output:1:25: executing \"a\" at <{{template \"a\" .}}>: exceeded maximum template depth (100000)"),
        "{got}"
    );
    // Heavier frames per level: range + if + with + a parenthesized pipeline.
    let template = "{{define \"b\"}}{{range .}}{{if true}}{{with .}}{{template \"b\" (slice $ 0)}}{{end}}{{end}}{{end}}{{end}}{{template \"b\" .spec.tags}}";
    let got = run(template, false).unwrap_err();
    assert!(
        got.ends_with("exceeded maximum template depth (100000)"),
        "{got}"
    );
}
