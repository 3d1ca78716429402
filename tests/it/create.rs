//! `create`, `run` and `expose` against kubectl 1.32: offline goldens of every generator under
//! `--dry-run=client` (no server: kubectl builds these objects locally), and parity runs on two
//! fresh sandboxes (kubectl on one, kctl on the other) comparing every step's output and the
//! objects left behind.

use std::ffi::OsString;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::support::{self, Output, diff, kctl, kubectl_or_skip, normalize_klog, parity_failures};
use crate::support_sandbox::Sandbox;

/// Fixture files the data-source generators read.
fn fixtures(dir: &Path) {
    std::fs::create_dir_all(dir.join("files/sub")).unwrap();
    std::fs::write(dir.join("files/a.txt"), "hello\n").unwrap();
    std::fs::write(dir.join("files/b.conf"), "x=1\ny=2\n").unwrap();
    std::fs::write(dir.join("files/sub/ignored"), "no").unwrap();
    std::fs::write(dir.join("bin"), [0xffu8, 0xfe, 0x00]).unwrap();
    std::fs::write(
        dir.join("app.env"),
        "\u{feff}A=1\n# comment\n\n  B=two=2\nC=\n",
    )
    .unwrap();
    std::fs::write(dir.join("bad.env"), "1A=x\n").unwrap();
    std::fs::write(dir.join("dockercfg.json"), "{\"auths\":{}}").unwrap();
}

/// Every generator with many flag combinations, each printed every way `-o` allows.
fn offline_cases() -> Vec<Vec<String>> {
    let generators: &[&str] = &[
        "namespace foo",
        "ns foo",
        "serviceaccount sa1",
        "sa sa1 -n team",
        "deployment web --image=nginx",
        "deployment web --image=nginx --image=busybox:1.36 --replicas=3",
        "deploy web --image=registry.k8s.io/pause:3.9 --port=8080 -r 2",
        "deployment web --image=nginx --port=0 -n team",
        "deployment web --image=nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "deployment web --image=nginx -- sleep 3600",
        "deployment web --image=nginx,redis",
        "configmap cfg --from-literal=a=1 --from-literal=b=two",
        "configmap cfg --from-literal=k=v=w --from-literal=empty=",
        "cm cfg --from-file=files",
        "configmap cfg --from-file=files/a.txt --from-file=renamed=files/b.conf",
        "configmap cfg --from-file=bin",
        "configmap cfg --from-env-file=app.env",
        "configmap cfg --from-literal=a=1 --append-hash",
        "configmap cfg --from-file=files --from-file=bin --append-hash",
        "configmap cfg",
        "configmap cfg -n team --from-literal=x=y",
        "secret generic s --from-literal=user=admin --from-literal=pass=s3cr=t",
        "secret generic s --from-file=files --type=Opaque",
        "secret generic s --from-file=key=files/a.txt --type=kubernetes.io/basic-auth",
        "secret generic s --from-env-file=app.env --append-hash",
        "secret generic s --from-literal=a=b --append-hash --type=x",
        "secret generic s",
        "secret docker-registry reg --docker-username=u --docker-password=p",
        "secret docker-registry reg --docker-server=ghcr.io --docker-username=u --docker-password=p<&> --docker-email=e@x.io",
        "secret docker-registry reg --from-file=dockercfg.json",
        "secret docker-registry reg --from-file=config=dockercfg.json --append-hash",
        "job j --image=busybox",
        "job j --image=busybox -- echo hi there",
        "job j --image=busybox -n team",
        "cronjob cj --image=busybox --schedule=*/5_*_*_*_*",
        "cronjob cj --image=busybox --schedule=@hourly --restart=Never -- date",
        "cj cj --image=busybox --schedule=@daily --restart=OnFailure",
        "clusterrole cr --verb=get --non-resource-url=/logs/*",
        "clusterrole cr --verb=get,post --non-resource-url=/healthz --non-resource-url=/healthz",
        "clusterrole cr --aggregation-rule=rbac.example.com/aggregate=true",
        "clusterrole cr --aggregation-rule=a=b,c=d",
        "rolebinding rb --role=r --user=u1 --user=u2 --group=g --serviceaccount=ns:sa",
        "rolebinding rb --clusterrole=view",
        "rolebinding rb --clusterrole=edit --serviceaccount=team:bot -n team",
        "clusterrolebinding crb --clusterrole=cluster-admin --user=alice",
        "clusterrolebinding crb --clusterrole=view --group=devs --serviceaccount=kube-system:default",
        "service clusterip s --tcp=80:8080 --tcp=443",
        "service clusterip s --tcp=80:http",
        "service clusterip s --clusterip=None",
        "service clusterip s --clusterip=None --tcp=80",
        "service clusterip s --clusterip=10.96.0.50 --tcp=80",
        "svc nodeport s --tcp=80:8080 --node-port=30080",
        "service nodeport s --tcp=80,81",
        "service loadbalancer s --tcp=80:8080",
        "service externalname s --external-name=example.com",
        "service externalname s --external-name=example.com --tcp=80",
        "ingress i --rule=foo.com/bar=svc:8080",
        "ingress i --rule=foo.com/bar*=svc:8080,tls=sec --class=nginx --annotation=a=b",
        "ingress i --rule=foo.com/a=svc:http,tls --rule=foo.com/b=svc2:80,tls --rule=bar.com/=s:1,tls=other",
        "ing i --default-backend=def:80",
        "ingress i --default-backend=def:http --rule=/path*=svc:80 --annotation=x= --annotation=y=z",
        "quota q --hard=pods=2,cpu=1000m,memory=1024Mi",
        "quota q --hard=requests.storage=1.5Gi,count/deployments.apps=3 --scopes=BestEffort,NotTerminating",
        "resourcequota q --scopes=Terminating",
        "poddisruptionbudget p --selector=app=web --min-available=1",
        "pdb p --selector=app=web,tier=fe --max-unavailable=50%",
        "priorityclass pc --value=1000 --description=high --preemption-policy=Never --global-default",
        "pc pc",
    ];
    let outputs: &[&[&str]] = &[
        &["-o", "yaml"],
        &["-o", "json"],
        &["-o", "name"],
        &[],
        &["-o", "jsonpath={.metadata.name}"],
    ];
    let mut cases = Vec::new();
    for g in generators {
        for o in outputs {
            let mut args = vec!["create".to_string()];
            args.extend(g.split(' ').map(|w| w.replace('_', " ")));
            // Flags go before `--`: what follows it is the container's command.
            let at = args.iter().position(|a| a == "--").unwrap_or(args.len());
            let mut flags = vec!["--dry-run=client".to_string()];
            flags.extend(o.iter().map(|s| s.to_string()));
            args.splice(at..at, flags);
            cases.push(args);
        }
    }
    // --save-config stores the typed object itself.
    for g in [
        "deployment web --image=nginx",
        "configmap cfg --from-literal=a=1",
        "service clusterip s --tcp=80",
    ] {
        let mut args = vec!["create".to_string()];
        args.extend(g.split(' ').map(str::to_string));
        args.extend(["--dry-run=client", "--save-config", "-o", "json"].map(String::from));
        cases.push(args);
    }
    cases
}

/// kubectl's validation errors, which need no server either.
const OFFLINE_ERRORS: &[&str] = &[
    "create",
    "create secret x",
    "create service foo",
    "create foo",
    "create deployment x",
    "create deployment --image=a",
    "create deployment a b --image=a",
    "create deployment --image=a -- sleep",
    "create deployment x --image=a --image=b -- sleep 1",
    "create deployment x --image=a --port=x",
    "create deployment x --image=a --dry-run=bogus",
    "create deployment x --image=a --dry-run=client -o bogus",
    "create configmap",
    "create configmap c --from-literal=a",
    "create configmap c --from-literal==b",
    "create configmap c --from-literal=a=b --from-literal=a=c",
    "create configmap c --from-literal=a/b=c",
    "create configmap c --from-literal=..=x",
    "create configmap c --from-env-file=nonexist",
    "create configmap c --from-env-file=files",
    "create configmap c --from-env-file=bad.env",
    "create configmap c --from-file=nonexist",
    "create configmap c --from-file=a=b=c",
    "create configmap c --from-file==x",
    "create configmap c --from-file=k=files",
    "create configmap c --from-env-file=app.env --from-literal=a=b",
    "create configmap c --from-file=a.txt=files/a.txt --from-file=files",
    "create secret generic",
    "create secret generic s --from-literal=a=b --from-literal=a=c",
    "create secret generic s --from-literal=a%b=c",
    "create secret tls t",
    "create secret tls t --cert=nonexist --key=nonexist",
    "create secret tls t --cert=files/a.txt --key=files/a.txt",
    "create secret docker-registry d",
    "create secret docker-registry d --docker-username=u",
    "create job j",
    "create job j --image=a --from=cronjob/x",
    "create job j --from=cronjob/x -- a",
    "create cronjob c --image=a",
    "create cronjob c",
    "create service clusterip s",
    "create service clusterip s --tcp=abc",
    "create service clusterip s --tcp=99999",
    "create service clusterip s --tcp=80:a_b",
    "create service clusterip s --tcp=80:0",
    "create service nodeport s --clusterip=None",
    "create service externalname s",
    "create service externalname s --external-name=Foo_",
    "create ingress i",
    "create ingress i --rule=foo",
    "create ingress i --rule=foo.com/=svc",
    "create ingress i --default-backend=foo",
    "create ingress i --default-backend=foo:80 --annotation=x",
    "create quota q --hard=a",
    "create quota q --hard=cpu=x",
    "create quota q --scopes=a,,b",
    "create rolebinding rb",
    "create rolebinding rb --role=a --clusterrole=b",
    "create rolebinding rb --role=a --serviceaccount=x",
    "create rolebinding rb --role=a --serviceaccount=:x",
    "create clusterrolebinding crb",
    "create clusterrole cr",
    "create clusterrole cr --verb=get",
    "create clusterrole cr --verb=get --non-resource-url=logs",
    "create clusterrole cr --verb=get --non-resource-url=/a*b",
    "create clusterrole cr --verb=list --non-resource-url=/a",
    "create clusterrole cr --verb=get --aggregation-rule=a=b",
    "create role r",
    "create role r --verb=get",
    "create pdb p",
    "create pdb p --selector=a=b",
    "create pdb p --selector=a=b --min-available=1 --max-unavailable=1",
    "create pdb p --selector=a=b --min-available=x",
    "create pdb p --selector=a=b --max-unavailable=1.5",
];

fn offline_env(dir: &Path) -> Vec<(&'static str, OsString)> {
    vec![
        ("HOME", dir.as_os_str().to_owned()),
        ("KUBECONFIG", dir.join("no-kubeconfig").into_os_string()),
    ]
}

fn check(failures: Vec<String>, total: usize) {
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn generators_match_kubectl_offline() {
    let Some(kubectl) = kubectl_or_skip("generators_match_kubectl_offline") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    fixtures(dir.path());
    let cases = offline_cases();
    let refs: Vec<Vec<&str>> = cases
        .iter()
        .map(|c| c.iter().map(String::as_str).collect())
        .collect();
    let slices: Vec<&[&str]> = refs.iter().map(Vec::as_slice).collect();
    assert!(slices.len() > 300, "{} cases", slices.len());
    check(
        parity_failures(
            &kubectl,
            &slices,
            dir.path(),
            &offline_env(dir.path()),
            false,
        ),
        slices.len(),
    );
}

#[test]
fn generator_errors_match_kubectl_offline() {
    let Some(kubectl) = kubectl_or_skip("generator_errors_match_kubectl_offline") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    fixtures(dir.path());
    let mut cases: Vec<Vec<String>> = OFFLINE_ERRORS
        .iter()
        .map(|c| c.split(' ').map(str::to_string).collect())
        .collect();
    for c in cases.iter_mut() {
        // Client dry runs keep kubectl from reaching for a server after its own checks.
        // Group commands (`create secret`) have no --dry-run of their own.
        let group_only = c.len() == 3 && matches!(c[1].as_str(), "secret" | "service");
        if c.len() > 1 && !group_only && !c.iter().any(|a| a.starts_with("--dry-run")) {
            match c.iter().position(|a| a == "--") {
                Some(i) => c.insert(i, "--dry-run=client".into()),
                None => c.push("--dry-run=client".into()),
            }
        }
    }
    let refs: Vec<Vec<&str>> = cases
        .iter()
        .map(|c| c.iter().map(String::as_str).collect())
        .collect();
    let slices: Vec<&[&str]> = refs.iter().map(Vec::as_slice).collect();
    check(
        parity_failures(
            &kubectl,
            &slices,
            dir.path(),
            &offline_env(dir.path()),
            false,
        ),
        slices.len(),
    );
}

/// Runs kctl against a sandbox, as `Sandbox::kubectl` runs kubectl.
fn kctl_on(sandbox: &Sandbox, args: &[&str], input: Option<&str>) -> std::process::Output {
    let mut c = Command::new(kctl());
    c.args(args)
        .env("KUBECONFIG", &sandbox.kubeconfig)
        .env("HOME", &sandbox.home)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("spawn kctl");
    if let Some(i) = input {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(i.as_bytes()).expect("write stdin");
    }
    child.wait_with_output().expect("kctl output")
}

fn output(o: std::process::Output) -> Output {
    Output {
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        code: o.status.code().unwrap_or(-1),
    }
}

/// Keys whose values two servers assign differently.
const VOLATILE: &[&str] = &[
    "uid",
    "resourceVersion",
    "creationTimestamp",
    "time",
    "clusterIP",
    "nodePort",
    "expirationTimestamp",
    "token",
    // The API server labels a new Job with its own uid.
    "controller-uid",
    "batch.kubernetes.io/controller-uid",
];

/// Masks server-assigned values in printed YAML or JSON lines, and cluster IPs anywhere.
fn mask_text(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start().trim_start_matches("- ");
        let key = trimmed
            .trim_start_matches('"')
            .split(['"', ':'])
            .next()
            .unwrap_or_default();
        let masked = if VOLATILE.contains(&key) && trimmed.contains(':') {
            let indent = &line[..line.len() - line.trim_start().len()];
            format!("{indent}{key}: <masked>")
        } else {
            mask_ips(line)
        };
        out.push_str(&masked);
        out.push('\n');
    }
    normalize_klog(&out)
}

/// `10.x.y.z` service addresses (any the sandbox allocates) become `<ip>`.
fn mask_ips(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find("\"10.").or_else(|| rest.find(" 10.")) {
        out.push_str(&rest[..=i]);
        let tail = &rest[i + 4..];
        let end = tail
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(tail.len());
        out.push_str("<ip>");
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// An object with what differs between two servers removed.
fn mask_object(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for key in VOLATILE {
                if map.contains_key(*key) {
                    map.insert(key.to_string(), Value::String("<masked>".into()));
                }
            }
            if let Some(ips) = map.get_mut("clusterIPs") {
                *ips = Value::String("<masked>".into());
            }
            for item in map.values_mut() {
                mask_object(item);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(mask_object),
        _ => {}
    }
}

/// One step: arguments and optional stdin.
struct Step {
    args: Vec<String>,
    input: Option<&'static str>,
}

fn step(args: &str) -> Step {
    Step {
        args: args.split(' ').map(|w| w.replace('_', " ")).collect(),
        input: None,
    }
}

/// Runs `steps` with kubectl on one fresh sandbox and kctl on another, then compares
/// `objects` (`get -o json` arguments) on both.
fn sandbox_parity(steps: &[Step], objects: &[&str]) {
    let (Some(a), Some(b)) = (
        Sandbox::start_without_controllers(),
        Sandbox::start_without_controllers(),
    ) else {
        return;
    };
    let mut failures = Vec::new();
    let mut succeeded = 0;
    for s in steps {
        let args: Vec<&str> = s.args.iter().map(String::as_str).collect();
        let e = output(a.kubectl(&args, s.input));
        let k = output(kctl_on(&b, &args, s.input));
        let (es, ks) = (mask_text(&e.stdout), mask_text(&k.stdout));
        let (ee, ke) = (mask_text(&e.stderr), mask_text(&k.stderr));
        if e.code == 0 {
            succeeded += 1;
        }
        if es != ks || ee != ke || e.code != k.code {
            failures.push(format!(
                "== {args:?}\nstdout:\n{}stderr:\n{}exit: kubectl {} kctl {}\n",
                diff(&es, &ks),
                diff(&ee, &ke),
                e.code,
                k.code
            ));
        }
    }
    assert!(
        succeeded * 3 >= steps.len(),
        "only {succeeded} of {} steps succeeded with kubectl",
        steps.len()
    );
    for o in objects {
        let mut args: Vec<&str> = vec!["get"];
        args.extend(o.split(' '));
        args.extend(["-o", "json"]);
        let get = |out: std::process::Output| -> Value {
            let mut v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
                Value::String(String::from_utf8_lossy(&out.stderr).into_owned())
            });
            mask_object(&mut v);
            v
        };
        let e = get(a.kubectl(&args, None));
        let k = get(a_kubectl_on(&b, &args));
        // Two identical failures would compare equal: the object must exist.
        assert!(e.is_object(), "kubectl did not create {o}: {e}");
        if e != k {
            failures.push(format!(
                "== object {o}\n{}",
                diff(
                    &serde_json::to_string_pretty(&e).unwrap(),
                    &serde_json::to_string_pretty(&k).unwrap()
                )
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The final objects are read with kubectl on both sandboxes, so only the objects differ.
fn a_kubectl_on(sandbox: &Sandbox, args: &[&str]) -> std::process::Output {
    sandbox.kubectl(args, None)
}

const POD_YAML: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n    ports:\n    - containerPort: 80\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  k: v\n";

#[test]
fn create_subcommands_match_kubectl_on_a_sandbox() {
    let steps = [
        step("create namespace team"),
        step("create namespace team"),
        step("create deployment web --image=nginx --replicas=2 --port=80"),
        step("create deployment web --image=nginx"),
        step("create deployment api --image=nginx -n team -o yaml"),
        step("create deployment dry --image=nginx --dry-run=server -o json"),
        step("create configmap cfg --from-literal=a=1 --from-literal=b=2"),
        step("create configmap cfg --from-literal=a=1"),
        step("create configmap hashed --from-literal=a=1 --append-hash -o name"),
        step("create secret generic s --from-literal=user=admin"),
        step("create secret generic s --from-literal=user=admin"),
        step("create secret docker-registry reg --docker-username=u --docker-password=p"),
        step("create serviceaccount bot"),
        step("create serviceaccount bot"),
        step("create role reader --verb=get,list,watch --resource=pods,deployments.apps,pods/log"),
        step("create role reader --verb=get --resource=pods"),
        step("create role bad --verb=get --resource=nosuch"),
        step("create role bad --verb=get --resource=pods.nosuch.io"),
        step("create role wild --verb=* --resource=*"),
        step(
            "create role odd --verb=get,frobnicate --resource=rs,deploy/scale --resource-name=a --resource-name=a",
        ),
        step("create role binder --verb=bind --resource=pods"),
        step("create clusterrole viewer --verb=get --resource=nodes --non-resource-url=/healthz"),
        step("create clusterrole agg --aggregation-rule=rbac.example.com/aggregate=true"),
        step("create clusterrole agg2 --aggregation-rule=a=b -o json"),
        step("create rolebinding rb --role=reader --user=alice --serviceaccount=default:bot"),
        step("create rolebinding rb --role=reader --user=alice"),
        step("create clusterrolebinding crb --clusterrole=viewer --group=devs"),
        step("create service clusterip web --tcp=80:8080"),
        step("create service clusterip web --tcp=80:8080"),
        step("create service clusterip headless --clusterip=None"),
        step("create service nodeport np --tcp=80 --node-port=30080"),
        step("create service externalname ext --external-name=example.com"),
        step("create job once --image=busybox -- echo hi"),
        step("create cronjob tick --image=busybox --schedule=*/5_*_*_*_*"),
        step("create job from-cron --from=cronjob/tick"),
        step("create job from-nothing --from=cronjob/nosuch"),
        step("create job from-deploy --from=deployment/web"),
        step("create ingress ing --rule=foo.com/bar*=web:80,tls=sec --class=nginx"),
        step("create quota q --hard=pods=10,cpu=2"),
        step("create pdb budget --selector=app=web --min-available=1"),
        step("create deployment saved --image=nginx --save-config"),
        Step {
            args: vec!["create".into(), "-f".into(), "-".into()],
            input: Some(POD_YAML),
        },
        Step {
            args: vec!["create".into(), "-f".into(), "-".into()],
            input: Some(POD_YAML),
        },
        Step {
            args: ["create", "-f", "-", "--dry-run=client", "-o", "yaml"]
                .map(String::from)
                .to_vec(),
            input: Some(POD_YAML),
        },
        Step {
            args: [
                "create",
                "-f",
                "-",
                "--dry-run=server",
                "-o",
                "name",
                "-n",
                "team",
            ]
            .map(String::from)
            .to_vec(),
            input: Some(POD_YAML),
        },
        step("create unexpected -f x"),
        step("create configmap json --from-literal=a=1 -o json"),
        step("create deployment json --image=nginx --port=80 -o json"),
        step("create service nodeport json --tcp=80:8080 -o json"),
        step("create role json --verb=get --resource=pods -o json"),
        step("create namespace json -o json"),
        step("create job json --image=busybox -o json"),
        step("create cronjob json --image=busybox --schedule=@daily -o json"),
        step("create ingress json --rule=a.com/=web:80 -o json"),
        step("create quota json --hard=pods=1 -o json"),
        step("create secret generic json --from-literal=a=b -o json"),
        step("create serviceaccount json -o json"),
        step("create rolebinding json --clusterrole=view --user=u -o json"),
        step("create pdb json --selector=a=b --max-unavailable=1 -o json"),
    ];
    sandbox_parity(
        &steps,
        &[
            "namespace team",
            "deployment web",
            "deployment api -n team",
            "configmap cfg",
            "secret s",
            "secret reg",
            "serviceaccount bot",
            "role reader",
            "role wild",
            "role odd",
            "clusterrole viewer",
            "clusterrole agg",
            "rolebinding rb",
            "clusterrolebinding crb",
            "service web",
            "service headless",
            "service np",
            "service ext",
            "job once",
            "cronjob tick",
            "job from-cron",
            "ingress ing",
            "quota q",
            "pdb budget",
            "deployment saved",
            "pod web",
            "configmap settings",
        ],
    );
}

#[test]
fn run_matches_kubectl_on_a_sandbox() {
    let steps = [
        step("run web --image=nginx"),
        step("run web --image=nginx"),
        step(
            "run full --image=nginx --env=A=1 --env=B=2 --labels=app=full,tier=fe --port=80 --restart=Never --image-pull-policy=IfNotPresent --annotations=a=b --privileged",
        ),
        step("run cmd --image=busybox --command -- sh -c date"),
        step("run args --image=busybox -- arg1 arg2"),
        step("run dry --image=nginx --dry-run=client -o yaml"),
        step("run dry --image=nginx --dry-run=client -o json -n team"),
        step("run dry --image=nginx --dry-run=server -o name"),
        step("run over --image=nginx --overrides={\"spec\":{\"nodeName\":\"n1\"}}"),
        step("run exposed --image=nginx --port=8080 --expose"),
        step("run x"),
        step("run --image=nginx"),
        step("run bad --image=Nginx"),
        step("run bad --image=nginx --restart=Sometimes"),
        step("run bad --image=nginx --image-pull-policy=Sometimes"),
        step("run bad --image=nginx -t"),
        step("run bad --image=nginx --rm"),
        step("run bad --image=nginx --expose"),
        step("run bad --image=nginx --env=1A=b"),
        step("run bad --image=nginx -i --dry-run=client"),
    ];
    sandbox_parity(
        &steps,
        &[
            "pod web",
            "pod full",
            "pod cmd",
            "pod args",
            "pod over",
            "pod exposed",
            "service exposed",
        ],
    );
}

/// A Deployment only in a file: `expose -f` reads it without asking the server.
const DEPLOY_YAML: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: filedep\n  labels:\n    team: a\nspec:\n  selector:\n    matchLabels:\n      app: filedep\n  template:\n    metadata:\n      labels:\n        app: filedep\n    spec:\n      containers:\n      - name: c\n        image: nginx\n        ports:\n        - containerPort: 53\n          protocol: UDP\n        - containerPort: 53\n          protocol: TCP\n";

#[test]
fn expose_matches_kubectl_on_a_sandbox() {
    let steps = [
        step("create deployment web --image=nginx --port=80"),
        step("expose deployment web"),
        step("expose deployment web"),
        step("expose deployment/web --name=web2 --port=8080 --target-port=80 --type=NodePort"),
        step(
            "expose deploy web --name=web-lb --port=80 --type=LoadBalancer --load-balancer-ip=1.2.3.4 --session-affinity=ClientIP --external-ip=5.6.7.8",
        ),
        step("expose deployment web --name=headless --cluster-ip=None"),
        step(
            "expose deployment web --name=sel --selector=app=other,x=y --labels=a=b --protocol=UDP",
        ),
        step("expose deployment web --name=dry --dry-run=client -o yaml"),
        step("expose deployment web --name=drys --dry-run=server -o json"),
        step("run pod1 --image=nginx --port=9000 --labels=run=pod1,extra=1"),
        step("expose pod pod1"),
        step("expose pod pod1 --name=pod1-udp --port=53 --protocol=UDP"),
        step("expose service web --name=web-copy"),
        step("expose svc/web --name=web-again --port=81"),
        step("create deployment noport --image=nginx"),
        step("expose deployment noport"),
        step("create configmap cm --from-literal=a=b"),
        step("expose configmap cm --port=80"),
        step("expose deployment nosuch"),
        step("expose deployment"),
        step("expose"),
        step("expose deployment web --name=bad --session-affinity=Sticky"),
        step("run nolabels --image=nginx --port=80 --labels=a=b"),
        Step {
            args: ["expose", "-f", "-", "--port=8080"]
                .map(String::from)
                .to_vec(),
            input: Some(DEPLOY_YAML),
        },
        Step {
            args: [
                "expose",
                "-f",
                "-",
                "--name=file-dry",
                "--dry-run=client",
                "-o",
                "yaml",
            ]
            .map(String::from)
            .to_vec(),
            input: Some(DEPLOY_YAML),
        },
    ];
    sandbox_parity(
        &steps,
        &[
            "service web",
            "service web2",
            "service web-lb",
            "service headless",
            "service sel",
            "service pod1",
            "service pod1-udp",
            "service web-copy",
            "service web-again",
            "service filedep",
        ],
    );
}

#[test]
fn create_token_matches_kubectl_shape() {
    let (Some(a), Some(b)) = (
        Sandbox::start_without_controllers(),
        Sandbox::start_without_controllers(),
    ) else {
        return;
    };
    // The token itself differs per server: compare its shape, and errors exactly.
    let e = output(a.kubectl(&["create", "token", "default"], None));
    let k = output(kctl_on(&b, &["create", "token", "default"], None));
    assert_eq!((e.code, k.code), (0, 0), "{e:?}\n{k:?}");
    assert!(!k.stdout.is_empty() && !k.stdout.ends_with('\n'), "{k:?}");
    assert_eq!(
        e.stdout.split('.').count(),
        k.stdout.split('.').count(),
        "{e:?}\n{k:?}"
    );
    for args in [
        "create token nosuch",
        "create token",
        "create token default --duration=-1s",
        "create token default --duration=1500ms",
        "create token default --audience=",
        "create token default --bound-object-name=x",
        "create token default --bound-object-kind=Deployment",
        "create token default --bound-object-kind=Pod",
        "create token default --duration=10m -o jsonpath={.spec.expirationSeconds}",
        "create token default --audience=a --audience=b -o jsonpath={.spec.audiences}",
    ] {
        let args: Vec<&str> = args.split(' ').collect();
        let e = output(a.kubectl(&args, None));
        let k = output(kctl_on(&b, &args, None));
        assert_eq!(e, k, "{args:?}");
    }
}

#[test]
fn masking_helpers_mask_what_servers_assign() {
    assert_eq!(
        mask_text("  uid: abc\n  \"resourceVersion\": \"12\",\n  clusterIP: 10.96.0.12\nname: x\n"),
        "  uid: <masked>\n  resourceVersion: <masked>\n  clusterIP: <masked>\nname: x\n"
    );
    assert_eq!(mask_ips("- 10.96.1.2"), "- <ip>");
    assert_eq!(mask_ips("    \"10.99.184.144\""), "    \"<ip>\"");
    let mut v = serde_json::json!({"metadata": {"uid": "u", "name": "n"}});
    mask_object(&mut v);
    assert_eq!(
        v,
        serde_json::json!({"metadata": {"uid": "<masked>", "name": "n"}})
    );
    let _ = support::kubectl;
}
