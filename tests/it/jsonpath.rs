//! Parity of kctl's JSONPath engine (and Go-JSON encoder) with kubectl 1.32's `-o jsonpath=…`.
//!
//! Every template in `CASES` is run through the real kubectl against a fixture, offline:
//! `annotate --local -f FIXTURE kctl=1 -o jsonpath=…` (annotate adds
//! `metadata.annotations.kctl: "1"`, which we add too) or, for the kubeconfig fixture,
//! `config view --raw --kubeconfig FIXTURE -o jsonpath=…` (whose object we take from the same
//! command's `-o json`). stdout, stderr and the exit code are compared with what kctl's engine
//! produces plus kubectl's error wrapping; all mismatches are reported together.

use kctl::output::json;
use kctl::output::jsonpath::{ExecError, JsonPath, parse_error_message, printer_error_message};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// (tag, template). Tag = fixture (`pod`, `inv`, `kcfg`) plus optional flags:
/// `!strict` (`--allow-missing-template-keys=false`), `!json` (`-o jsonpath-as-json`),
/// `!u` (result order depends on Go's random map iteration: compare sorted words).
const CASES: &[(&str, &str)] = &[
    // --- fields, text, root/current ---
    ("pod", "{.kind}"),
    ("pod", "{.metadata.name}"),
    ("pod", "kind is {.kind}, name is {.metadata.name}"),
    ("pod", "{$.metadata.namespace}"),
    ("pod", "{@.metadata.uid}"),
    ("pod", "{$}"),
    ("pod", "{@}"),
    ("pod", "plain text only"),
    ("pod", "a}b{.kind}}"),
    ("pod", "{.metadata.labels}"),
    ("pod", "{.metadata.annotations}"),
    ("pod", "{.metadata.annotations.note}"),
    ("pod", "{.metadata.annotations.ctl}"),
    ("pod", "{.metadata.annotations.unicode}"),
    ("pod", "{.metadata.name}{\"\\n\"}"),
    ("pod", "{ .metadata.name }"),
    ("pod", "{.metadata .name}"),
    ("pod", "{.}"),
    ("pod", "{.metadata.}"),
    ("pod", "{.metadata.name.}"),
    ("pod", "{.metadata.nope}"),
    ("pod", "{.nope.deeper.still}"),
    // --- escaped dots, quoted keys, unions ---
    ("pod", "{.metadata.labels.kubernetes\\.io/hostname}"),
    ("pod", "{.metadata.labels.app\\.kubernetes\\.io/name}"),
    ("pod", "{.metadata.labels['app']}"),
    ("pod", "{.metadata.labels['kubernetes.io/hostname']}"),
    ("pod", "{['kind','apiVersion']}"),
    ("pod", "{.metadata['name','namespace']}"),
    ("pod", "{['metadata.name','status.phase']}"),
    ("pod", "{.spec.containers[*]['name','image']}"),
    ("pod", "{.spec.containers[0,1].name}"),
    ("pod", "{.spec.containers[1, 0].name}"),
    ("pod", "{.spec.containers[0,5].name}"),
    ("pod", "{.spec.containers[0,'name']}"),
    ("pod", "{[\"kind\"]}"),
    ("pod", "{['a b']}"),
    // --- arrays and slices ---
    ("pod", "{.spec.containers[*].name}"),
    ("pod", "{.spec.containers[0].name}"),
    ("pod", "{.spec.containers[1].image}"),
    ("pod", "{.spec.containers[-1].name}"),
    ("pod", "{.spec.containers[-2].name}"),
    ("pod", "{.spec.containers[2]}"),
    ("pod", "{.spec.containers[-3]}"),
    ("pod", "{.spec.containers[0:1].name}"),
    ("pod", "{.spec.containers[0:2].name}"),
    ("pod", "{.spec.containers[1:].name}"),
    ("pod", "{.spec.containers[:1].name}"),
    ("pod", "{.spec.containers[:].name}"),
    ("pod", "{.spec.containers[::2].name}"),
    ("pod", "{.spec.containers[::-1]}"),
    ("pod", "{.spec.containers[::0]}"),
    ("pod", "{.spec.containers[0:0]}"),
    ("pod", "{.spec.containers[2:2]}"),
    ("pod", "{.spec.containers[1:0]}"),
    ("pod", "{.spec.containers[0:5]}"),
    ("pod", "{.spec.containers[5:]}"),
    ("pod", "{.spec.containers[-1:].name}"),
    ("pod", "{.spec.containers[-5:]}"),
    ("pod", "{.spec.containers[:-1].name}"),
    ("pod", "{.spec.containers[]}"),
    ("pod", "{.spec.containers[*].ports[*].containerPort}"),
    ("pod", "{.spec.containers[0].ports[1].name}"),
    ("pod", "{.spec.containers[*].ports[0].name}"),
    ("pod", "{.spec.containers[*].ports[1].name}"),
    ("pod", "{.spec.initContainers[0]}"),
    ("pod", "{.spec.initContainers[*]}"),
    ("pod", "{.spec.initContainers[*].name}"),
    ("pod", "{.spec.containers[x]}"),
    ("pod", "{.spec.containers[1:2:3:4]}"),
    ("pod", "{.spec.containers[-]}"),
    ("pod", "{.spec.containers[0}"),
    ("pod", "{.spec.containers[99999999999999999999]}"),
    ("pod", "{.spec.containers[0].args}"),
    ("pod", "{.spec.containers[0].args[*]}"),
    ("pod", "{.spec.containers[0].resources}"),
    ("pod", "{.spec.containers[1].resources}"),
    ("pod", "{.metadata.finalizers}"),
    ("pod", "{.spec.initContainers}"),
    ("pod", "{.metadata.name[0]}"),
    ("pod", "{.spec.metrics.big[0]}"),
    ("pod", "{.spec.metrics.ratio[0]}"),
    ("pod", "{.spec.metrics.enabled[0]}"),
    ("pod", "{.spec.metrics.nothing[0]}"),
    ("pod", "{.spec.metrics.nothing.x}"),
    ("pod", "{[0]}"),
    // --- scalars and Go formatting ---
    ("pod", "{.spec.metrics.ratio}"),
    ("pod", "{.spec.metrics.million}"),
    ("pod", "{.spec.metrics.huge}"),
    ("pod", "{.spec.metrics.tiny}"),
    ("pod", "{.spec.metrics.small}"),
    ("pod", "{.spec.metrics.exact}"),
    ("pod", "{.spec.metrics.big}"),
    ("pod", "{.spec.metrics.negative}"),
    ("pod", "{.spec.metrics.zero}"),
    ("pod", "{.spec.metrics.enabled} {.spec.metrics.disabled}"),
    ("pod", "{.spec.metrics.nothing}"),
    ("pod", "{.spec.metrics}"),
    ("pod", "{.spec.metrics.mixed}"),
    ("pod", "{.spec.metrics.mixed[*]}"),
    ("pod", "{.spec.priority}"),
    ("pod", "{.spec.containers[0].resources.requests.cpu}"),
    // --- wildcards ---
    ("pod!u", "{.metadata.labels.*}"),
    ("pod!u", "{.spec.containers[0].*}"),
    ("pod", "{.metadata.name.*}"),
    ("pod", "{.status.conditions[*].type}"),
    ("pod!u", "{.status.*}"),
    ("pod", "{.spec.containers.*.name}"),
    ("pod", "{.spec.metrics.big.*}"),
    ("pod", "{.*.nope}"),
    // --- recursive descent ---
    ("pod!u", "{..name}"),
    ("pod!u", "{..containerPort}"),
    ("pod!u", "{.status..type}"),
    ("pod!u", "{..ports[0].name}"),
    ("pod!u", "{$..image}"),
    ("pod", "{....name}"),
    ("pod", "{..*}"),
    ("pod", "{..[0]}"),
    ("pod!u", "{...restartCount}"),
    ("pod", "{.spec.containers[0].args..}"),
    // --- filters ---
    ("pod", "{.status.conditions[?(@.type==\"Ready\")].status}"),
    ("pod", "{.status.conditions[?(@.type!=\"Ready\")].type}"),
    ("pod", "{.status.conditions[?(@.status=='False')].type}"),
    ("pod", "{.status.conditions[?(@.reason)].type}"),
    ("pod", "{.status.conditions[?(@.lastTransitionTime)].type}"),
    (
        "pod",
        "{.status.containerStatuses[?(@.restartCount>0)].name}",
    ),
    (
        "pod",
        "{.status.containerStatuses[?(@.restartCount>=0)].name}",
    ),
    (
        "pod",
        "{.status.containerStatuses[?(@.restartCount<7)].name}",
    ),
    (
        "pod",
        "{.status.containerStatuses[?(@.restartCount<=7)].name}",
    ),
    (
        "pod",
        "{.status.containerStatuses[?(@.restartCount==7)].name}",
    ),
    (
        "pod",
        "{.status.containerStatuses[?(@.restartCount>-1)].name}",
    ),
    ("pod", "{.status.containerStatuses[?(@.ready==true)].name}"),
    ("pod", "{.status.containerStatuses[?(@.ready==false)].name}"),
    ("pod", "{.status.containerStatuses[?(@.ready!=true)].name}"),
    ("pod", "{.status.containerStatuses[?(@.ready<true)].name}"),
    (
        "pod",
        "{.status.containerStatuses[?(@.restartCount==\"7\")].name}",
    ),
    (
        "pod",
        "{.status.containerStatuses[?(@.restartCount>6.5)].name}",
    ),
    ("pod", "{.status.containerStatuses[?(@.state==1)].name}"),
    (
        "pod",
        "{.status.containerStatuses[?(@.state.waiting.reason==\"CrashLoopBackOff\")].name}",
    ),
    ("pod", "{.spec.containers[0].resources.requests[?(@.cpu)]}"),
    ("pod", "{.spec.tolerations[?(@.tolerationSeconds>100)].key}"),
    ("pod", "{.spec.tolerations[?(@.tolerationSeconds)].key}"),
    (
        "pod",
        "{.spec.containers[?(@.name==\"app\")].ports[?(@.containerPort==9090)].name}",
    ),
    ("pod", "{.spec.containers[*].env[?(@.value==\"\")].name}"),
    (
        "pod",
        "{.spec.containers[0].env[?(@.valueFrom.fieldRef.fieldPath==\"metadata.name\")].name}",
    ),
    (
        "pod",
        "{.spec.containers[?(@.ports[*].containerPort==8080)].name}",
    ),
    (
        "pod",
        "{.spec.containers[?(@.ports[0].containerPort==8080)].name}",
    ),
    ("pod", "{.spec.containers[?(@.name>\"b\")].name}"),
    ("pod", "{.spec.containers[?(@.name=~\"a\")]}"),
    ("pod", "{.spec.containers[?(@.name===\"app\")]}"),
    ("pod", "{.spec.containers[?(@.name==\"app\")}"),
    ("pod", "{.spec.containers[?(@.name==\"app\"]}"),
    ("pod", "{.spec.containers[?(@.name==)]}"),
    ("pod", "{.spec.containers[?(==1)]}"),
    ("pod", "{.spec.containers[?(@.name == \"app\")].image}"),
    ("pod", "{.spec.containers[?(@.image==\"nginx:1.25\")].name}"),
    ("pod", "{.spec.containers[?(@.name==\"a)b\")].name}"),
    ("pod", "{.spec.metrics.mixed[?(@)]}"),
    ("pod", "{.spec.metrics.mixed[?(@==1)]}"),
    ("pod", "{.status.conditions[?(@.type==\"Ready\")]}"),
    ("pod", "{.status.conditions[?(@.type==@.type)].type}"),
    ("pod", "{.status.conditions[?(@.nope==\"x\")].type}"),
    ("pod", "{.spec.metrics.nothing[?(@.a)]}"),
    (
        "pod",
        "{.spec.containers[?(@.ports[0].containerPort==8080)]['name','image']}",
    ),
    // --- range / end ---
    ("pod", "{range .spec.containers[*]}{.name}{\"\\n\"}{end}"),
    (
        "pod",
        "{range .spec.containers[*]}{.name}{\"\\t\"}{.image}{\"\\n\"}{end}",
    ),
    (
        "pod",
        "{range .spec.containers[*]}{.name}:{range .ports[*]}{.containerPort},{end}{\"\\n\"}{end}",
    ),
    (
        "pod",
        "{range .status.conditions[*]}{@.type}={@.status};{end}",
    ),
    ("pod", "{range .spec.initContainers[*]}{.name}{end}after"),
    ("pod", "{range .nope[*]}x{end}after"),
    ("pod", "{range .spec.containers[*]}{.name}"),
    ("pod", "{range .spec.containers[*]}{.name} {end}{.kind}"),
    ("pod", "{end}"),
    ("pod", "{range .spec.containers[*]}{.name}{end}{end}"),
    ("pod", "{range .spec.metrics.mixed[*]}[{@}]{end}"),
    ("pod", "{range .metadata.labels}{@}{end}"),
    (
        "pod",
        "{range .spec.containers[*]}{range .env[*]}{.name}={.value};{end}|{end}",
    ),
    (
        "pod",
        "{range .spec.containers[*]}{range .ports[*]}{range .name}<{@}>{end}{end}{end}",
    ),
    ("pod", "{range}{.kind}{end}"),
    ("pod", "{range .nope[*]}{@[0]}{end}"),
    (
        "pod",
        "{range .spec.containers[*]}{.name}{end}{range .status.conditions[*]}{.type} {end}",
    ),
    (
        "pod",
        "{range .spec.containers[*]}{.name}{end}{range .nope[*]}{.x}{end}!",
    ),
    (
        "pod",
        "{range .spec.containers[*]}{range .nope[*]}{.x}{end}{.name};{end}",
    ),
    (
        "pod",
        "{range .spec.containers[*]}{.name}{range .ports[*]}{.containerPort}{end}",
    ),
    ("pod", "{range .metadata.name.*}{@},{end}"),
    (
        "pod",
        "{range .spec.containers[*].ports[*]}{.name}={.containerPort} {end}",
    ),
    (
        "pod",
        "{.kind}{range .spec.containers[*]}{end}{.apiVersion}",
    ),
    // --- literals and identifiers ---
    ("pod", "{\"\\t\"}"),
    ("pod", "{\"a\\\"b\"}"),
    ("pod", "{'single'}"),
    ("pod", "{'it\\'s'}"),
    ("pod", "{\"\\u00e9\\x41\\101\"}"),
    ("pod", "{\"\\q\"}"),
    ("pod", "{\"unterminated}"),
    ("pod", "{\"a\\\\\"}"),
    ("pod", "{\"it's\"}"),
    ("pod", "{'say \"hi\"'}"),
    ("pod", "{1}"),
    ("pod", "{3.5}"),
    ("pod", "{true}"),
    ("pod", "{false}"),
    ("pod", "{-7}"),
    ("pod", "{+7}"),
    ("pod", "{1.}"),
    ("pod", "{1.2.3}"),
    ("pod", "{-}"),
    ("pod", "{1e5}"),
    ("pod", "{.nope 5}"),
    ("pod", "{.kind 5}"),
    ("pod", "{.nope \"x\"}"),
    ("pod", "{.spec.containers[*] 1}"),
    ("pod", "{foo}"),
    ("pod", "{.kind foo}"),
    // --- parse errors ---
    ("pod", "{.metadata.name"),
    ("pod", "{"),
    ("pod", "{.a ~}"),
    ("pod", "{{.a}}"),
    ("pod", "{.metadata.name\n}"),
    ("pod", "{.a\t}"),
    ("pod", "{#}"),
    ("pod", "{.kind,}"),
    ("pod", "{(}"),
    ("pod", "{é}"),
    // --- missing keys disallowed ---
    ("pod!strict", "{.nope}"),
    ("pod!strict", "{.metadata.nope.deeper}"),
    ("pod!strict", "{.spec.containers[*].env}"),
    ("pod!strict", "{.spec.containers[1].env}"),
    ("pod!strict", "{.spec.containers[?(@.nope)].name}"),
    ("pod!strict", "{.spec.containers[?(@.nope==\"x\")].name}"),
    ("pod!strict", "{range .nope[*]}{end}"),
    ("pod!strict", "{.spec.metrics.nothing.x}"),
    ("pod!strict", "{.spec.initContainers[*].name}"),
    ("pod!strict", "{.metadata.name}"),
    (
        "pod!strict",
        "{range .spec.initContainers[*]}{.name}{end}ok",
    ),
    // --- jsonpath-as-json ---
    ("pod!json", "{.metadata.name}"),
    ("pod!json", "{.spec.containers[*].name}"),
    ("pod!json", "{.metadata.labels}"),
    ("pod!json", "{.nope}"),
    ("pod!json", "{.metadata.name}{\"\\n\"}{.kind}"),
    ("pod!json", "{range .spec.containers[*]}{.name}{end}"),
    ("pod!json", "{.spec.metrics}"),
    ("pod!json", "{.spec.metrics.mixed[*]}"),
    ("pod!json", "text{.kind}"),
    ("pod!json", "{.metadata.annotations}"),
    ("pod!json", "{1}{2.5}{true}"),
    ("pod!json", "{.metadata.name.*}"),
    ("pod!json", "{.nope.x}{.spec.containers[5]}"),
    // --- list-like object ---
    ("inv", "{.entries[*].metadata.name}"),
    (
        "inv",
        "{range .entries[*]}{.kind}/{.metadata.name}{\"\\n\"}{end}",
    ),
    ("inv", "{.entries[?(@.kind==\"Node\")].metadata.name}"),
    ("inv", "{.entries[?(@.status.score>8.0)].metadata.name}"),
    ("inv", "{.entries[?(@.status.pods>5)].metadata.name}"),
    ("inv", "{.entries[?(@.status.pods==0)].metadata.name}"),
    (
        "inv",
        "{range .entries[?(@.kind==\"Node\")]}{.metadata.name}{\"\\t\"}{.status.capacity.cpu}{\"\\t\"}{.status.addresses[?(@.type==\"InternalIP\")].address}{\"\\n\"}{end}",
    ),
    ("inv", "{.entries[*].status.addresses[0].address}"),
    ("inv", "{.entries[0].status.addresses[1].address}"),
    ("inv", "{.entries[*].status.addresses[1].address}"),
    ("inv", "{.entries[-1].data}"),
    ("inv", "{.entries[3].data.a\\.b}"),
    ("inv", "{.entries[3].data['a.b']}"),
    (
        "inv",
        "{.entries[*].metadata.labels.kubernetes\\.io/hostname}",
    ),
    (
        "inv",
        "{.entries[0].metadata.labels.node-role\\.kubernetes\\.io/control-plane}|",
    ),
    (
        "inv",
        "{range .entries[*]}{.metadata.name}{range .spec.containers[*]}[{.name}]{end}{\"\\n\"}{end}",
    ),
    ("inv", "{.entries[*]['kind','apiVersion']}"),
    ("inv", "{.entries[0:2].metadata.name}"),
    ("inv", "{.entries[1:4:2].metadata.name}"),
    ("inv", "{.entries[?(@.metadata.namespace)].metadata.name}"),
    (
        "inv",
        "{.entries[?(@.status.conditions[0].status==\"True\")].metadata.name}",
    ),
    (
        "inv",
        "{.entries[*].status.conditions[?(@.type==\"Ready\")].status}",
    ),
    ("inv!u", "{..address}"),
    (
        "inv",
        "{.entries[?(@.metadata.name>\"node-1\")].metadata.name}",
    ),
    ("inv", "{.entries[?(@.status.score<1)].metadata.name}"),
    ("inv", "{.entries[?(@.status.score<1.0)].metadata.name}"),
    (
        "inv",
        "{.entries[2].status.score} {.entries[0].status.score}",
    ),
    ("inv", "{.entries[*].status.capacity}"),
    (
        "inv",
        "{range .entries[*]}{range .status.conditions[*]}{.type}:{.status} {end}/{end}",
    ),
    ("inv!json", "{.entries[*].status.capacity}"),
    ("inv!strict", "{.entries[*].spec.podCIDR}"),
    ("inv!strict", "{.entries[3].spec}"),
    ("inv!strict", "{range .entries[*]}{.spec.podCIDR}{end}"),
    // --- more edge cases ---
    (
        "pod",
        "{.spec.metrics.hugeInt} {.spec.metrics.negZero} {.spec.metrics.expo} {.spec.metrics.frac}",
    ),
    (
        "pod!json",
        "{.spec.metrics.hugeInt}{.spec.metrics.negZero}{.spec.metrics.expo}",
    ),
    ("pod", "{.metadata.labels.é}"),
    ("pod", "héllo {.kind} ✓"),
    ("pod", "{.kind\r}"),
    ("pod", "{\"{\"}{.kind}{\"}\"}"),
    ("pod", "{.spec.containers[0]['name']}"),
    ("pod", "{.spec['containers'][0].name}"),
    ("pod", "{$['kind']}"),
    ("pod", "{.metadata.annotations[?(@.x)]}"),
    ("pod", "{.status.conditions[?(@.type==\"Re\\\"ady\")].type}"),
    (
        "pod",
        "{.status.conditions[?(@.type=='Ready')].status}{.status.conditions[?(@.type=='PodScheduled')].status}",
    ),
    ("pod!u", "{..}"),
    ("pod!u", "{$..*.name}"),
    (
        "pod",
        "{.spec.containers[*].ports[?(@.containerPort>=9000)].name}",
    ),
    (
        "pod",
        "{.spec.containers[?(@.ports[0].containerPort<9000.5)].name}",
    ),
    (
        "pod",
        "{.spec.containers[0].resources.requests.cpu}{.spec.containers[?(@.resources.requests.cpu==0.25)].name}",
    ),
    (
        "pod",
        "{.spec.containers[?(@.resources.requests.cpu<1)].name}",
    ),
    (
        "pod",
        "{.status.containerStatuses[?(@.restartCount==7.0)].name}",
    ),
    ("pod", "{.spec.containers[0].name[?(@)]}"),
    ("pod", "{range .spec.containers[0].name}{@}{end}"),
    (
        "pod",
        "{range .spec.containers[*].name}{range .*}{@} {end}|{end}",
    ),
    ("pod", "{.metadata.name.*[0]}"),
    ("pod", "{.spec.containers[0].args[?(@>\"--q\")]}"),
    ("pod", "{.spec.containers[0].args[?(@.x)]}"),
    ("pod", "{.spec.metrics.mixed[?(@.k)]}"),
    ("pod", "{.spec.metrics.mixed[?(@[0])]}"),
    ("pod", "{.spec.metrics.mixed[?(@[0]==4)]}"),
    ("pod", "{.spec.metrics.mixed[?(@.k==\"v\")].k}"),
    ("pod!strict", "{.spec.metrics.mixed[*].k}"),
    ("pod!strict", "{.spec.metrics.mixed[?(@.k==\"v\")].k}"),
    ("pod", "{.spec.containers[?(@.ports[5])].name}"),
    ("pod", "{.spec.containers[?(@.name[0])].name}"),
    (
        "pod",
        "{.spec.containers[?(@.ports[?(@.containerPort=='x')])].name}",
    ),
    ("pod", "{.spec.containers[?(@.ports[?(@.name)])].name}"),
    ("pod", "{.spec.containers[?(@.ports[0,5])].name}"),
    ("pod", "{.spec.containers[?(@.args[1:0])].name}"),
    ("pod", "{.spec.containers[?(@.name end)].name}"),
    ("pod", "{.spec.containers[?(@.name foo)].name}"),
    ("pod!strict", "{.spec.containers[?(@.args[0])].name}"),
    // --- kubeconfig via `config view` ---
    ("kcfg", "{.current-context}"),
    ("kcfg", "{.contexts[?(@.name==\"dev\")].context.namespace}"),
    ("kcfg", "{.users[?(@.name==\"bob\")].user.password}"),
    ("kcfg", "{.clusters[*].cluster.server}"),
    (
        "kcfg",
        "{range .contexts[*]}{.name}{\"\\t\"}{.context.cluster}{\"\\n\"}{end}",
    ),
    ("kcfg", "{.users[*].name}"),
    ("kcfg", "{.users[2].user.exec}"),
    ("kcfg", "{.users[2].user.exec.env}"),
    ("kcfg", "{.clusters[0].cluster.insecure-skip-tls-verify}"),
    ("kcfg", "{.preferences}"),
    ("kcfg!json", "{.users[1].user}"),
    ("kcfg", "{.users[-1:]}"),
    ("kcfg", "{.contexts[?(@.context.namespace)].name}"),
    ("kcfg", "{.users[?(@.user.exec.args[1]==\"prod\")].name}"),
    ("kcfg", "{.clusters[?(@.name==\"nope\")].cluster.server}"),
    ("kcfg", "{.users[?(@.user.exec.args[*]==\"prod\")].name}"),
    ("kcfg!strict", "{.contexts[*].context.namespace}"),
    ("kcfg", "{.clusters[5]}"),
];

struct Outcome {
    stdout: String,
    stderr: String,
    code: i32,
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/jsonpath")
}

fn fixture_file(name: &str) -> PathBuf {
    fixture_dir().join(match name {
        "pod" => "pod.json",
        "inv" => "inventory.json",
        "kcfg" => "kubeconfig.json",
        other => panic!("unknown fixture {other}"),
    })
}

/// The kubectl command line for one case (without the output flag).
fn kubectl_args(fixture: &str) -> Vec<String> {
    let file = fixture_file(fixture).display().to_string();
    if fixture == "kcfg" {
        vec![
            "config".into(),
            "view".into(),
            "--raw".into(),
            format!("--kubeconfig={file}"),
        ]
    } else {
        vec![
            "annotate".into(),
            "--local".into(),
            "-f".into(),
            file,
            "kctl=1".into(),
        ]
    }
}

fn run_kubectl(kubectl: &Path, fixture: &str, output: &str, strict: bool) -> Outcome {
    let mut cmd = Command::new(kubectl);
    cmd.args(kubectl_args(fixture)).arg("-o").arg(output);
    if strict {
        cmd.arg("--allow-missing-template-keys=false");
    }
    // Keep kubectl away from any real cluster config (the kubeconfig case passes its own).
    let home = std::env::temp_dir().join("kctl-jsonpath-parity-home");
    let _ = std::fs::create_dir_all(&home);
    cmd.env("HOME", &home).env_remove("KUBECONFIG");
    let out = cmd.output().expect("run kubectl");
    Outcome {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// The object kubectl's jsonpath printer sees for a fixture.
fn object_for(kubectl: &Path, fixture: &str) -> Value {
    if fixture == "kcfg" {
        let out = run_kubectl(kubectl, fixture, "json", false);
        assert_eq!(out.code, 0, "config view -o json failed: {}", out.stderr);
        return serde_json::from_str(&out.stdout).expect("config view json");
    }
    let text = std::fs::read_to_string(fixture_file(fixture)).expect("read fixture");
    let mut obj: Value = serde_json::from_str(&text).expect("fixture json");
    let meta = obj["metadata"].as_object_mut().expect("metadata");
    let ann = meta
        .entry("annotations")
        .or_insert_with(|| Value::Object(Default::default()));
    ann.as_object_mut()
        .expect("annotations")
        .insert("kctl".into(), Value::String("1".into()));
    obj
}

/// What kubectl would print, according to kctl's engine.
fn run_kctl(template: &str, obj: &Value, strict: bool, as_json: bool) -> Outcome {
    let jp = match JsonPath::parse(template) {
        Ok(jp) => jp.allow_missing_keys(!strict).json_output(as_json),
        Err(e) => {
            return Outcome {
                stdout: String::new(),
                stderr: format!("error: {}", parse_error_message(template, &e)),
                code: 1,
            };
        }
    };
    let mut out = Vec::new();
    match jp.execute(&mut out, obj) {
        Ok(()) => Outcome {
            stdout: String::from_utf8_lossy(&out).into_owned(),
            stderr: String::new(),
            code: 0,
        },
        // kubectl crashes here; only the first line of its stderr is compared.
        Err(ExecError::GoPanic(msg)) => Outcome {
            stdout: String::new(),
            stderr: format!("panic: {msg}\n"),
            code: 2,
        },
        Err(e) => Outcome {
            stdout: String::new(),
            stderr: format!("error: {}", printer_error_message(template, &e, obj)),
            code: 1,
        },
    }
}

fn sorted_words(s: &str) -> Vec<&str> {
    let mut w: Vec<&str> = s.split_whitespace().collect();
    w.sort_unstable();
    w
}

#[test]
fn jsonpath_matches_kubectl() {
    let Some(kubectl) = crate::support::kubectl() else {
        eprintln!("kubectl.1.32 not found, skipping");
        return;
    };
    assert!(CASES.len() >= 150, "table too small: {}", CASES.len());

    let objects: Vec<(&str, Value)> = ["pod", "inv", "kcfg"]
        .iter()
        .map(|f| (*f, object_for(&kubectl, f)))
        .collect();
    let object = |name: &str| &objects.iter().find(|(n, _)| *n == name).expect("fixture").1;

    // Run kubectl on two threads (the machine has two cores).
    let results: Vec<Outcome> = {
        let chunks: Vec<Vec<(usize, &(&str, &str))>> = {
            let mut c = vec![Vec::new(), Vec::new()];
            for (i, case) in CASES.iter().enumerate() {
                c[i % 2].push((i, case));
            }
            c
        };
        let mut slots: Vec<Option<Outcome>> = (0..CASES.len()).map(|_| None).collect();
        std::thread::scope(|s| {
            let handles: Vec<_> = chunks
                .into_iter()
                .map(|chunk| {
                    let kubectl = &kubectl;
                    s.spawn(move || {
                        chunk
                            .into_iter()
                            .map(|(i, (tag, tmpl))| {
                                let mut parts = tag.split('!');
                                let fixture = parts.next().unwrap_or_default();
                                let flags: Vec<&str> = parts.collect();
                                let output = if flags.contains(&"json") {
                                    format!("jsonpath-as-json={tmpl}")
                                } else {
                                    format!("jsonpath={tmpl}")
                                };
                                (
                                    i,
                                    run_kubectl(
                                        kubectl,
                                        fixture,
                                        &output,
                                        flags.contains(&"strict"),
                                    ),
                                )
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            for h in handles {
                for (i, o) in h.join().expect("kubectl thread") {
                    slots[i] = Some(o);
                }
            }
        });
        slots
            .into_iter()
            .map(|o| o.expect("every case ran"))
            .collect()
    };

    let mut failures = Vec::new();
    let mut panics = 0;
    for ((tag, tmpl), want) in CASES.iter().zip(&results) {
        let mut parts = tag.split('!');
        let fixture = parts.next().unwrap_or_default();
        let flags: Vec<&str> = parts.collect();
        let got = run_kctl(
            tmpl,
            object(fixture),
            flags.contains(&"strict"),
            flags.contains(&"json"),
        );
        let want_stderr = if want.code == 2 {
            panics += 1;
            want.stderr
                .lines()
                .next()
                .map(|l| format!("{l}\n"))
                .unwrap_or_default()
        } else {
            want.stderr.clone()
        };
        let stdout_ok = if flags.contains(&"u") {
            sorted_words(&got.stdout) == sorted_words(&want.stdout)
        } else {
            got.stdout == want.stdout
        };
        if !stdout_ok || got.stderr != want_stderr || got.code != want.code {
            failures.push(format!(
                "[{tag}] {tmpl:?}\n  kubectl: code {} stdout {:?}\n           stderr {:?}\n  kctl:    code {} stdout {:?}\n           stderr {:?}",
                want.code, want.stdout, want_stderr, got.code, got.stdout, got.stderr
            ));
        }
    }
    eprintln!(
        "jsonpath parity: {} cases, {} mismatches ({} kubectl panics compared by first line)",
        CASES.len(),
        failures.len(),
        panics
    );
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `-o json` of every annotate fixture equals our MarshalIndent rendering (+ newline).
#[test]
fn json_encoder_matches_kubectl() {
    let Some(kubectl) = crate::support::kubectl() else {
        eprintln!("kubectl.1.32 not found, skipping");
        return;
    };
    for fixture in ["pod", "inv"] {
        let want = run_kubectl(&kubectl, fixture, "json", false);
        assert_eq!(want.code, 0, "{}", want.stderr);
        let obj = object_for(&kubectl, fixture);
        let got = json::to_indented_string(&obj) + "\n";
        assert_eq!(got, want.stdout, "fixture {fixture}");
        // Compact form equals what `{@}` prints (json.Marshal).
        let at = run_kubectl(&kubectl, fixture, "jsonpath={@}", false);
        assert_eq!(
            json::to_compact_string(&obj),
            at.stdout,
            "fixture {fixture}"
        );
    }
}

/// Templates for one printer reused over the three objects of `multi.json` (annotate flattens
/// the List and prints each item with the same Go JSONPath instance).
const REUSED_CASES: &[&str] = &[
    "{.metadata.name}|",
    "{.metadata.name}{\"\\n\"}",
    "{.spec.containers[*].name}{\"\\n\"}",
    "{.spec.containers[0].name}|",
    "{.metadata.labels.app}|",
    "{range .spec.containers[*]}{.name},{end}|",
    "{.metadata.name}:{range .spec.containers[*]}{.name},{end}|",
    "{range .spec.containers[*]}{.name}{end}",
    "{range .spec.containers[*]}{.name}:{range .nope[*]}x{end};{end}|",
    "{range .spec.containers[*]}{.name}",
    "{.kind}{range .nope[*]}{end}{.metadata.name}|",
    "{range .spec.containers[*]}{.image}{end}{end}",
    "{end}",
    "{range .spec.containers[5]}{end}",
    "{.spec.containers[?(@.image==\"nginx\")].name}|",
];

#[test]
fn reused_printer_matches_kubectl() {
    let Some(kubectl) = crate::support::kubectl() else {
        eprintln!("kubectl.1.32 not found, skipping");
        return;
    };
    let file = fixture_dir().join("multi.json");
    let text = std::fs::read_to_string(&file).expect("read multi.json");
    let list: Value = serde_json::from_str(&text).expect("multi.json");
    let items: Vec<Value> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| {
            let mut item = item.clone();
            item["metadata"]["annotations"] = serde_json::json!({"kctl": "1"});
            item
        })
        .collect();
    let mut failures = Vec::new();
    for tmpl in REUSED_CASES {
        let out = Command::new(&kubectl)
            .args(["annotate", "--local", "-f"])
            .arg(&file)
            .arg("kctl=1")
            .arg(format!("-o=jsonpath={tmpl}"))
            .output()
            .expect("run kubectl");
        let want_stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let want_stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let want_code = out.status.code().unwrap_or(-1);

        let mut jp = JsonPath::parse(tmpl).expect("valid template");
        let mut stdout = Vec::new();
        let mut errors = Vec::new();
        for item in &items {
            if let Err(e) = jp.execute_reused(&mut stdout, item) {
                errors.push(printer_error_message(tmpl, &e, item));
            }
        }
        // cmdutil.CheckErr: one error is printed with `error: `, several one per line.
        let (stderr, code) = match errors.len() {
            0 => (String::new(), 0),
            1 => (format!("error: {}", errors[0]), 1),
            _ => (errors.iter().map(|e| format!("{e}\n")).collect(), 1),
        };
        let stdout = String::from_utf8_lossy(&stdout).into_owned();
        if stdout != want_stdout || stderr != want_stderr || code != want_code {
            failures.push(format!(
                "{tmpl:?}\n  kubectl: code {want_code} stdout {want_stdout:?}\n           stderr {want_stderr:?}\n  kctl:    code {code} stdout {stdout:?}\n           stderr {stderr:?}"
            ));
        }
    }
    eprintln!(
        "jsonpath reused-printer parity: {} cases, {} mismatches",
        REUSED_CASES.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
