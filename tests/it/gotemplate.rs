//! Parity of kctl's go-template printer with kubectl 1.32's `-o go-template=…`.
//!
//! Every template in `CASES` runs through the real kubectl against a fixture, offline:
//! `annotate --local -f FIXTURE kctl=1 -o go-template=…` (annotate adds
//! `metadata.annotations.kctl: "1"`, which we add too). stdout, stderr and the exit code are
//! compared with what kctl's engine plus kubectl's error wrapping produce; all mismatches are
//! reported together.

use kctl::output::gotemplate::{
    GoTemplate, exec_error_message, exec_error_stdout, parse_error_message,
};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// (tag, template). Tag = fixture (`w` widget, `cm` configmap) plus optional `!strict`
/// (`--allow-missing-template-keys=false`).
const CASES: &[(&str, &str)] = &[
    // --- fields, text, missing keys ---
    ("w", "{{.kind}}"),
    ("w", "plain text only"),
    ("w", "{{.metadata.name}}/{{.metadata.namespace}}\n"),
    ("w", "{{.spec.replicas}}"),
    ("w", "{{.metadata.labels}}"),
    ("w", "{{.metadata.annotations.note}}"),
    ("w", "{{.metadata.annotations.kctl}}"),
    ("w", "{{.spec}}"),
    ("w", "{{.}}"),
    ("w", "{{$}}"),
    ("w", "{{.nope}}"),
    ("w", "{{.nope.deeper.still}}"),
    ("w", "{{.spec.nothing}}"),
    ("w", "{{.spec.items}}"),
    ("w", "{{.spec.unicode}}"),
    ("w", "{{.metadata.name.foo}}"),
    ("w", "{{.spec.nothing.foo}}"),
    ("w", "{{.spec.replicas.foo}}"),
    ("w", "{{.kind}}{{.metadata.labels.app.x}}tail"),
    ("w", "{{.a \"x\"}}"),
    // --- numbers and Go formatting ---
    (
        "w",
        "{{.spec.ratio}} {{.spec.big}} {{.spec.huge}} {{.spec.million}} {{.spec.tiny}} {{.spec.whole}}",
    ),
    (
        "w",
        "{{.spec.negative}} {{.spec.enabled}} {{.spec.disabled}} [{{.spec.empty}}]",
    ),
    (
        "w",
        "{{1}} {{1.5}} {{-2}} {{0x1F}} {{'a'}} {{1e3}} {{true}} {{\"s\"}} {{`raw`}}",
    ),
    (
        "w",
        "{{printf \"%d\" .spec.ratio}}|{{printf \"%d\" .spec.replicas}}|{{printf \"%v\" .spec.big}}",
    ),
    (
        "w",
        "{{printf \"%5.2f|%-4d|%04d|%x|%X|%o|%q|%t|%c|%%\" .spec.ratio 7 42 255 255 8 \"q\" true 65}}",
    ),
    (
        "w",
        "{{printf \"%s %s\" 1}}{{printf \"%d\" 1 2}}{{printf \"%s\" .nope}}{{printf \"%v\" .spec.nothing}}",
    ),
    (
        "w",
        "{{printf \"%s\" .spec.tags}} {{printf \"%d\" .spec.tags}} {{printf \"%v\" .metadata.labels}}",
    ),
    (
        "w",
        "{{printf \"%q\" .metadata.annotations.multi}} {{printf \"%T %T %T\" 1 .spec.replicas .spec.ratio}}",
    ),
    (
        "w",
        "{{printf \"%e %g %.3g %8.3f\" .spec.big .spec.big .spec.ratio .spec.ratio}}",
    ),
    (
        "w",
        "{{print 1 2 \"a\" \"b\" 3 .nope}}|{{println .kind 1}}|{{print}}",
    ),
    ("w", "{{.kind | printf \"%s-%s\" \"x\"}}"),
    // --- control structures ---
    ("w", "{{if .spec.enabled}}yes{{else}}no{{end}}"),
    (
        "w",
        "{{if .spec.disabled}}yes{{else if .spec.empty}}empty{{else if .spec.tags}}tags{{end}}",
    ),
    (
        "w",
        "{{if .nope}}a{{else}}b{{end}}{{if .spec.emptyList}}c{{end}}{{if .spec.emptyMap}}d{{end}}{{if .spec.nothing}}e{{end}}",
    ),
    (
        "w",
        "{{with .metadata}}{{.name}}{{end}}{{with .nope}}x{{else}}none{{end}}",
    ),
    ("w", "{{with $x := .spec.replicas}}{{$x}}-{{.}}{{end}}"),
    (
        "w",
        "{{with .nope}}a{{else with .spec.tags}}{{index . 0}}{{end}}",
    ),
    ("w", "{{range .spec.tags}}[{{.}}]{{end}}"),
    ("w", "{{range $i, $t := .spec.tags}}{{$i}}={{$t}};{{end}}"),
    (
        "w",
        "{{range $k, $v := .metadata.labels}}{{$k}}={{$v}};{{end}}",
    ),
    (
        "w",
        "{{range .spec.emptyList}}x{{else}}empty{{end}}|{{range .nope}}x{{else}}missing{{end}}",
    ),
    (
        "w",
        "{{range .spec.items}}{{.name}}:{{.port}}{{if .extra}}+{{.extra.k}}{{end}} {{end}}",
    ),
    (
        "w",
        "{{range .spec.tags}}{{if eq . \"green\"}}{{break}}{{end}}{{.}} {{end}}",
    ),
    (
        "w",
        "{{range .spec.tags}}{{if eq . \"green\"}}{{continue}}{{end}}{{.}} {{end}}",
    ),
    (
        "w",
        "{{range .spec.matrix}}{{range .}}{{.}},{{end}};{{end}}",
    ),
    ("w", "{{range .metadata.name}}x{{end}}"),
    ("w", "{{range 3}}{{.}}{{end}}"),
    ("w", "{{range .spec.items}}{{.name.x}}{{end}}"),
    ("w", "{{range .spec.nothing}}x{{else}}nil{{end}}"),
    ("w", "{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}"),
    (
        "w",
        "{{$n := .metadata.name}}{{range .spec.tags}}{{$n}}-{{.}} {{end}}{{$.kind}}",
    ),
    // --- define / template / block ---
    (
        "w",
        "{{define \"t\"}}[{{.}}]{{end}}{{template \"t\" .kind}}{{template \"t\"}}",
    ),
    ("w", "{{block \"b\" .metadata}}{{.name}}{{end}}"),
    ("w", "{{template \"zz\"}}"),
    (
        "w",
        "{{define \"e\"}}{{.x.y.z}}{{end}}{{template \"e\" .spec}}",
    ),
    (
        "w",
        "{{define \"e\"}}{{len 3}}{{end}}ok {{template \"e\" .}}",
    ),
    // --- trimming, comments ---
    ("w", "a  {{- .kind -}}  b\n{{- /* comment */ -}}\n c"),
    ("w", "{{/* only a comment */}}x"),
    ("w", "{{- .kind}}\n\n{{- \"!\"}}"),
    // --- functions ---
    (
        "w",
        "{{len .spec.tags}} {{len .metadata.labels}} {{len .kind}} {{len .spec.emptyList}}",
    ),
    ("w", "{{len 3}}"),
    ("w", "{{len .spec.nothing}}"),
    (
        "w",
        "{{index .spec.tags 1}} {{index .metadata.labels \"app\"}} {{index .spec.matrix 1 0}} {{index .kind 0}}",
    ),
    (
        "w",
        "{{index .metadata.labels \"kubernetes.io/hostname\"}}|{{index .metadata.labels \"zz\"}}",
    ),
    ("w", "{{index .spec.tags 5}}"),
    ("w", "{{index .spec.tags 3}}"),
    ("w", "{{index .metadata.labels 1}}"),
    ("w", "{{index .spec.replicas 1}}"),
    ("w", "{{index .nope 1}}"),
    (
        "w",
        "{{slice .spec.tags 1}} {{slice .spec.tags 1 2}} {{slice .kind 1 3}} {{slice .kind}}",
    ),
    ("w", "{{slice .kind 5 2}}"),
    ("w", "{{slice .kind 50}}"),
    (
        "w",
        "{{eq .kind \"Widget\"}} {{eq .spec.replicas 3}} {{eq 1 2 3 1}} {{ne .kind \"x\"}} {{eq .nope \"x\"}}",
    ),
    (
        "w",
        "{{lt 1 2}} {{le 2 2}} {{gt \"b\" \"a\"}} {{ge .spec.ratio 0.5}} {{lt .spec.replicas 10}}",
    ),
    ("w", "{{eq 1 1.0}}"),
    ("w", "{{lt \"a\" 1}}"),
    ("w", "{{lt true false}}"),
    ("w", "{{eq .metadata .metadata}}"),
    ("w", "{{eq .spec.tags .spec.tags}}"),
    (
        "w",
        "{{and 1 0 2}} {{and 1 2}} {{or 0 \"\" .nope}} {{or 0 \"x\"}} {{not .spec.enabled}} {{not .nope}}",
    ),
    ("w", "{{and .spec.enabled .kind | printf \"%v\"}}"),
    ("w", "{{not}}"),
    ("w", "{{and}}"),
    ("w", "{{printf}}"),
    ("w", "{{eq 1}}"),
    (
        "w",
        "{{html .metadata.annotations.note}} {{js \"a'b<c>\\\"&=\"}} {{urlquery \"a b&c=d/é\"}}",
    ),
    (
        "w",
        "{{html .nope}} {{html 1 \"a\" 2}} {{urlquery .spec.replicas}}",
    ),
    ("w", "{{call .metadata}}"),
    (
        "w",
        "{{exists .metadata \"name\"}} {{exists .metadata \"zz\"}} {{exists .spec \"tags\" 1}} {{exists .spec \"tags\" 9}} {{exists .spec \"nothing\"}} {{exists .spec \"items\" 0 \"opt\"}}",
    ),
    (
        "w",
        "{{exists . \"spec\" \"items\" 1 \"extra\" \"k\"}} {{exists .kind 1}} {{exists .spec.replicas \"x\"}}",
    ),
    (
        "w",
        "{{.data.secret | base64decode}} {{base64decode .data.nl}}",
    ),
    ("w", "{{base64decode .data.bad}}"),
    (
        "w",
        "{{.data.bin | base64decode}}|{{base64decode .data.bin | len}}|{{if base64decode .data.bin}}t{{end}}",
    ),
    ("w", "{{base64decode .data.short}}"),
    ("w", "{{base64decode 1}}"),
    ("w", "{{base64decode .nope}}"),
    ("w", "{{base64decode .spec.replicas}}"),
    ("w", "{{base64decode .spec.nothing}}"),
    ("w", "{{(1).x}}"),
    (
        "w",
        "{{(.metadata).name}} {{(index .spec.items 1).extra.k}}",
    ),
    ("w", "{{1 2}}"),
    ("w", "{{nil}}"),
    // --- parse errors ---
    ("w", "{{.kind"),
    ("w", "{{nope}}"),
    ("w", "{{$x}}"),
    ("w", "{{if}}{{end}}"),
    ("w", "{{end}}"),
    ("w", "{{else}}"),
    ("w", "{{if .kind}}x"),
    ("w", "{{range .x}}{{else}}{{else}}{{end}}"),
    ("w", "{{break}}"),
    ("w", "{{1 | 2}}"),
    ("w", "{{nil.x}}"),
    ("w", "{{\"abc}}"),
    ("w", "{{.kind | }}"),
    ("w", "{{(.kind}}"),
    ("w", "{{.kind)}}"),
    ("w", "{{.kind %}}"),
    ("w", "{{/* unclosed }}"),
    ("w", "{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}"),
    ("w", "line1\nline2 {{.kind\n}}"),
    ("w", "{{template .kind}}"),
    ("w", "{{3x}}"),
    ("w", "{{.kind!}}"),
    // --- missing keys disallowed ---
    ("w!strict", "{{.kind}} {{.spec.replicas}}"),
    ("w!strict", "{{.nope}}"),
    ("w!strict", "{{.nope.nope}}"),
    ("w!strict", "{{.metadata.x}}"),
    ("w!strict", "{{.spec.nothing}}"),
    ("w!strict", "{{.spec.nothing.x}}"),
    ("w!strict", "{{index .metadata.labels \"zz\"}}"),
    (
        "w!strict",
        "{{range .spec.items}}{{.name}}={{.extra}};{{end}}",
    ),
    ("w!strict", "{{with .nope}}x{{end}}"),
    // --- more edge cases ---
    ("w", "{{.metadata.labels.app.x.y.z.w.v.u}}"),
    ("w", "{{.spec.items.name}}"),
    ("w", "{{range .spec.items}}{{.opt}},{{end}}"),
    (
        "w",
        "{{.spec.items | len}} {{.kind | len}} {{index .spec.items 0 \"name\"}}",
    ),
    ("w", "{{\"a\" \"b\"}}"),
    (
        "w",
        "{{$x := .metadata}}{{$x.name}} {{$.metadata.name}} {{$x.nope}}",
    ),
    ("w", "{{range $e := .spec.tags}}{{$e}}{{end}}"),
    ("w", "{{$e := \"\"}}{{range $e = .spec.tags}}{{end}}{{$e}}"),
    ("w", "{{with .spec.replicas}}{{.}}{{end}} {{ .kind }}"),
    ("w", "{{/* a */ .kind}}"),
    ("w", "{{slice .spec.tags 1 2 3}} {{slice .spec.tags 0 0}}"),
    ("w", "{{slice .kind 1 2 3}}"),
    ("w", "{{printf \"%s\" .spec.items}}"),
    (
        "w",
        "{{printf \"%x|%08.3f|%+d|%-5s|%5s|%.2s|%c|%U\" \"hi\" -3.14159 5 \"ab\" \"ab\" \"abc\" 0x2713 65}}",
    ),
    (
        "w",
        "{{printf \"%\"}}|{{printf \"%z\" 1}}|{{printf \"%d %s\" .spec.nothing .nope}}",
    ),
    ("w", "{{printf \"%v %v\" .spec.matrix .spec.emptyMap}}"),
    ("w", "{{99999999999999999999}}"),
    ("w", "{{18446744073709551615}}"),
    ("w", "{{printf \"%d\" 9223372036854775808}}"),
    ("w", "{{define \"x\"}}a{{end}}"),
    ("w", "{{template \"x\" 1}}{{define \"x\"}}<{{.}}>{{end}}"),
    ("w", "{{.spec.unicode}}\t{{.x.y.z}}"),
    ("w", "{{range .x}}{{else if .y}}{{end}}"),
    (
        "w",
        "{{with $x := .nope}}a{{else with $y := .kind}}{{$y}}{{end}}",
    ),
    ("w", "{{index 0 .spec.items}}"),
    ("w", "{{.spec.items | index 0}}"),
    ("w", "line one\nline {{.kind}} two\n  {{.metadata.name.x}}"),
    (
        "w",
        "{{0.1 | printf \"%v\"}} {{1e-7}} {{123456789.0}} {{-0.0}}",
    ),
    (
        "w",
        "{{if and .spec.enabled (eq .kind \"Widget\") (gt .spec.replicas 1)}}ok{{end}}",
    ),
    (
        "w",
        "{{or .nope .spec.nothing}}|{{and .spec.enabled .nope}}",
    ),
    ("w", "{{.kind | html | printf \"%q\"}}"),
    ("w", "{{printf \"%d\" (len .spec.tags)}}"),
    ("w", "{{len}}"),
    ("w", "{{index}}"),
    ("w", "{{lt 1}}"),
    ("w", "{{exists}}"),
    ("w", "{{base64decode}}"),
    ("w", "{{base64decode \"a\" \"b\"}}"),
    ("w", "{{\"x\" | base64decode}}"),
    ("w", "{{base64decode \"YWJj====\"}}"),
    ("w", "{{base64decode \"YW=j\"}}"),
    ("w!strict", "{{if .nope}}x{{end}}"),
    ("w!strict", "{{$x := .metadata}}{{$x.nope}}"),
    (
        "w!strict",
        "{{template \"t\" .spec}}{{define \"t\"}}{{.nope}}{{end}}",
    ),
    ("w!strict", "{{.spec.items | len}} {{(.nope).x}}"),
    ("w!strict", "{{.spec.nothing | printf \"%v\"}}"),
    (
        "w",
        "{{define \"a\"}}{{template \"a\" .}}{{end}}{{template \"a\" .}}",
    ),
    (
        "w",
        "{{define \"r\"}}{{if .}}{{index . 0}}{{template \"r\" (slice . 1)}}{{end}}{{end}}{{template \"r\" .spec.tags}}",
    ),
    // --- lexer oddities ---
    ("w", "{{-.kind}}"),
    ("w", "{{- .kind}}\r\n{{- .kind -}}\r\n"),
    ("w", "{{.kind -}}"),
    ("w", "{{'\\n'}}{{'ab'}}"),
    ("w", "{{\"\\z\"}}"),
    ("w", "{{1.2.3}}"),
    ("w", "{{.spec.tags|len}}"),
    ("w", "{{$x:=1}}{{$x}}"),
    ("w", "{{$x := 1 := 2}}"),
    ("w", "{{range $a, $b, $c := .spec.tags}}{{end}}"),
    ("w", "{{with $a, $b := .spec.tags}}{{end}}"),
    ("w", "{{ .kind\n| printf \"%s!\" }}"),
    ("w", "{{.kind}}{{}}"),
    ("w", "{{(1 2)}}"),
    ("w", "{{( )}}"),
    ("w", "{{.Kind}}{{.KIND}}"),
    ("w", "{{.spec.items[0]}}"),
    ("w", "{{.metadata.labels.kubernetes.io/hostname}}"),
    (
        "w",
        "{{index .metadata.labels \"kubernetes.io/hostname\" | printf \"%q\"}}",
    ),
    ("w", "{{template \"x\" . .}}"),
    ("w", "{{define \"x\" 1}}{{end}}"),
    ("w", "{{define \"x\"}}{{else}}{{end}}"),
    ("w", "{{block \"b\"}}{{end}}"),
    ("w", "{{continue}}"),
    ("w", "{{range .spec.tags}}{{break 1}}{{end}}"),
    ("w", "{{if .kind}}{{else}}{{else}}{{end}}"),
    ("w", "{{with .kind}}{{else if .x}}{{end}}"),
    ("w", "\u{e9}{{.nope.x | printf \"%s\" | len}}"),
    ("w", "{{.kind | .metadata}}"),
    ("w", "{{$.kind.x}}"),
    ("w", "{{true.x}}"),
    ("w", "{{.kind}} {{nil}}"),
    ("w", "{{printf \"%s\" nil}}"),
    ("w", "{{index nil 1}}"),
    ("w", "{{len nil}}"),
    ("w", "{{base64decode nil}}"),
    ("w", "{{not nil}}"),
    ("w", "{{eq nil nil}}"),
    ("w", "{{len .nope}}"),
    ("w", "{{slice .nope}}"),
    (
        "w",
        "{{eq .nope .nope}} {{eq .nope nil}} {{ne .spec.nothing .nope}}",
    ),
    ("w", "{{lt .nope 1}}"),
    // --- second fixture ---
    ("cm", "{{range $k, $v := .data}}{{$k}}={{$v}}\n{{end}}"),
    ("cm", "{{.data.b64 | base64decode}}{{\"\\n\"}}"),
    (
        "cm",
        "{{.metadata.name}}: {{len .data}} keys, annotations={{.metadata.annotations}}",
    ),
    ("cm", "{{.metadata.name}}{{.data.a.b}}"),
    ("cm!strict", "{{.data.zz}}"),
];

fn fixture_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/gotemplate")
        .join(match name {
            "w" => "widget.json",
            _ => "configmap.json",
        })
}

#[derive(Debug, PartialEq)]
struct Outcome {
    /// Bytes: `base64decode` can print non-UTF-8 data.
    stdout: Vec<u8>,
    stderr: String,
    code: i32,
}

fn run_kubectl(kubectl: &Path, fixture: &str, output: &str, strict: bool) -> Outcome {
    let mut cmd = Command::new(kubectl);
    cmd.args(["annotate", "--local", "-f"])
        .arg(fixture_file(fixture))
        .arg("kctl=1")
        .arg("-o")
        .arg(output);
    if strict {
        cmd.arg("--allow-missing-template-keys=false");
    }
    let out = cmd.output().expect("kubectl runs");
    Outcome {
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// The fixture as kubectl's printer sees it: the file plus the `kctl: "1"` annotation.
fn object_for(fixture: &str) -> Value {
    let text = std::fs::read_to_string(fixture_file(fixture)).expect("fixture readable");
    let mut obj: Value = serde_json::from_str(&text).expect("fixture is JSON");
    let meta = obj
        .as_object_mut()
        .and_then(|o| o.get_mut("metadata"))
        .and_then(Value::as_object_mut)
        .expect("fixture has metadata");
    let ann = meta
        .entry("annotations")
        .or_insert_with(|| Value::Object(Default::default()));
    ann.as_object_mut()
        .expect("annotations is an object")
        .insert("kctl".into(), Value::String("1".into()));
    obj
}

/// What kctl must print, assembled the way kubectl's printer and `cmdutil.CheckErr` do.
fn run_kctl(template: &str, obj: &Value, strict: bool) -> Outcome {
    let tmpl = match GoTemplate::parse(template) {
        Ok(t) => t.allow_missing_keys(!strict),
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: format!("error: {}\n", parse_error_message(template, &e)),
                code: 1,
            };
        }
    };
    let mut buf = Vec::new();
    match tmpl.execute(&mut buf, obj) {
        Ok(()) => Outcome {
            stdout: buf,
            stderr: String::new(),
            code: 0,
        },
        Err(e) => {
            buf.extend_from_slice(exec_error_stdout(template, &e, obj, None).as_bytes());
            Outcome {
                stdout: buf,
                stderr: format!("error: {}\n", exec_error_message(template, &e, obj)),
                code: 1,
            }
        }
    }
}

fn line_diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.split('\n').collect();
    let a: Vec<&str> = actual.split('\n').collect();
    let mut out = String::new();
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => out.push_str(&format!("      {x:?}\n")),
            (x, y) => {
                if let Some(x) = x {
                    out.push_str(&format!("    - {x:?}\n"));
                }
                if let Some(y) = y {
                    out.push_str(&format!("    + {y:?}\n"));
                }
            }
        }
    }
    out
}

#[test]
fn go_template_matches_kubectl() {
    let Some(kubectl) = crate::support::kubectl() else {
        eprintln!("kubectl.1.32 not found, skipping");
        return;
    };
    let mut failures = Vec::new();
    for (tag, template) in CASES {
        let (fixture, strict) = match tag.split_once('!') {
            Some((f, "strict")) => (f, true),
            _ => (*tag, false),
        };
        let want = run_kubectl(
            &kubectl,
            fixture,
            &format!("go-template={template}"),
            strict,
        );
        let got = run_kctl(template, &object_for(fixture), strict);
        if want != got {
            let mut report = format!("case {tag} {template:?}:\n");
            if want.code != got.code {
                report.push_str(&format!(
                    "  exit code: kubectl {} kctl {}\n",
                    want.code, got.code
                ));
            }
            if want.stdout != got.stdout {
                report.push_str("  stdout (- kubectl, + kctl):\n");
                report.push_str(&line_diff(
                    &String::from_utf8_lossy(&want.stdout),
                    &String::from_utf8_lossy(&got.stdout),
                ));
                if String::from_utf8_lossy(&want.stdout) == String::from_utf8_lossy(&got.stdout) {
                    report.push_str(&format!(
                        "    bytes: kubectl {:?}\n           kctl    {:?}\n",
                        want.stdout, got.stdout
                    ));
                }
            }
            if want.stderr != got.stderr {
                report.push_str("  stderr (- kubectl, + kctl):\n");
                report.push_str(&line_diff(&want.stderr, &got.stderr));
            }
            failures.push(report);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} go-template cases differ from kubectl:\n\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// `--template` and `go-template-file=` go through the same printer.
#[test]
fn template_flag_and_file_match_kubectl() {
    let Some(kubectl) = crate::support::kubectl() else {
        eprintln!("kubectl.1.32 not found, skipping");
        return;
    };
    let dir = std::env::temp_dir().join(format!("kctl-gotemplate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("t.tmpl");
    let template = "{{range .spec.tags}}{{.}}\n{{end}}";
    std::fs::write(&file, template).expect("write template");
    let want = run_kctl(template, &object_for("w"), false);
    let by_file = run_kubectl(
        &kubectl,
        "w",
        &format!("go-template-file={}", file.display()),
        false,
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(by_file, want);
    let mut cmd = Command::new(&kubectl);
    cmd.args(["annotate", "--local", "-f"])
        .arg(fixture_file("w"))
        .args(["kctl=1", "--template", template]);
    let out = cmd.output().expect("kubectl runs");
    assert_eq!(out.stdout, want.stdout);
}
