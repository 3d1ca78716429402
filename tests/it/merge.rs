//! The three-way merge corpus: for each case (initial manifest, someone else's change, edited
//! manifest) kubectl 1.32 applies the edit in namespace `a` of a sandbox while kctl's
//! `merge::apply::three_way_patch` computes its patch from the same inputs; the two patches
//! must be equal (as JSON values), and `kctl apply` of the same edit to the twin object in
//! namespace `b` must give the same object as kubectl's apply gave in `a`. All mismatches are reported at
//! once.

use std::sync::Mutex;

use kctl::merge::Schema;
use kctl::merge::apply::{
    PatchType, modified_configuration, original_configuration, three_way_patch,
};
use serde_json::{Value, json};

use crate::support_sandbox::Sandbox;

/// Someone else's change: `kubectl patch --type TYPE -p PATCH`.
type Other = Option<(&'static str, Value)>;

struct Case {
    name: String,
    initial: Value,
    other: Other,
    edited: Value,
}

// ------------------------------------------------------------------------------------------
// Editing helpers (JSON pointers; missing parents are created as objects).

fn set(v: &mut Value, ptr: &str, x: Value) {
    let mut cur = v;
    let toks: Vec<&str> = ptr.trim_start_matches('/').split('/').collect();
    let (last, parents) = toks.split_last().unwrap();
    for t in parents {
        cur = match cur {
            Value::Array(a) => &mut a[t.parse::<usize>().unwrap()],
            other => {
                if !other.is_object() {
                    *other = json!({});
                }
                other
                    .as_object_mut()
                    .unwrap()
                    .entry(t.to_string())
                    .or_insert(json!({}))
            }
        };
    }
    match cur {
        Value::Array(a) => a[last.parse::<usize>().unwrap()] = x,
        other => {
            other.as_object_mut().unwrap().insert(last.to_string(), x);
        }
    }
}

fn rm(v: &mut Value, ptr: &str) {
    let (parent, last) = ptr.rsplit_once('/').unwrap();
    match v.pointer_mut(parent).unwrap() {
        Value::Array(a) => {
            a.remove(last.parse::<usize>().unwrap());
        }
        Value::Object(m) => {
            m.remove(last).unwrap_or_else(|| panic!("no {ptr}"));
        }
        _ => panic!("{ptr}"),
    }
}

fn push(v: &mut Value, ptr: &str, x: Value) {
    match v.pointer_mut(ptr) {
        Some(Value::Array(a)) => a.push(x),
        _ => set(v, ptr, json!([x])),
    }
}

fn swap(v: &mut Value, ptr: &str, i: usize, j: usize) {
    v.pointer_mut(ptr)
        .unwrap()
        .as_array_mut()
        .unwrap()
        .swap(i, j);
}

// ------------------------------------------------------------------------------------------
// Base manifests.

fn pod_spec() -> Value {
    json!({
        "containers": [{
            "name": "web", "image": "nginx:1.25",
            "ports": [{"containerPort": 80, "name": "http"}],
            "env": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}],
            "volumeMounts": [{"name": "data", "mountPath": "/data"}],
            "resources": {"limits": {"cpu": "500m", "memory": "128Mi"}}
        }],
        "volumes": [{"name": "data", "emptyDir": {}}]
    })
}

fn deployment() -> Value {
    json!({"apiVersion": "apps/v1", "kind": "Deployment",
           "metadata": {"labels": {"app": "web", "tier": "fe"}},
           "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}},
                    "template": {"metadata": {"labels": {"app": "web"}}, "spec": pod_spec()}}})
}

fn daemonset() -> Value {
    json!({"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"labels": {"app": "agent"}},
           "spec": {"selector": {"matchLabels": {"app": "agent"}},
                    "template": {"metadata": {"labels": {"app": "agent"}}, "spec": pod_spec()}}})
}

fn statefulset() -> Value {
    json!({"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"labels": {"app": "db"}},
           "spec": {"serviceName": "db", "replicas": 1, "selector": {"matchLabels": {"app": "db"}},
                    "template": {"metadata": {"labels": {"app": "db"}}, "spec": pod_spec()}}})
}

fn job() -> Value {
    let mut spec = pod_spec();
    set(&mut spec, "/restartPolicy", json!("Never"));
    json!({"apiVersion": "batch/v1", "kind": "Job", "metadata": {"labels": {"app": "batch"}},
           "spec": {"backoffLimit": 2, "template": {"metadata": {"labels": {"app": "batch"}}, "spec": spec}}})
}

fn cronjob() -> Value {
    let mut spec = pod_spec();
    set(&mut spec, "/restartPolicy", json!("OnFailure"));
    json!({"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {},
           "spec": {"schedule": "*/5 * * * *",
                    "jobTemplate": {"spec": {"template": {"spec": spec}}}}})
}

fn pod() -> Value {
    json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"labels": {"app": "p"}}, "spec": pod_spec()})
}

fn service() -> Value {
    json!({"apiVersion": "v1", "kind": "Service", "metadata": {"labels": {"app": "web"}},
           "spec": {"selector": {"app": "web"},
                    "ports": [{"name": "http", "port": 80, "targetPort": 8080},
                              {"name": "https", "port": 443, "targetPort": 8443}]}})
}

fn configmap() -> Value {
    json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"labels": {"app": "cfg"}},
           "data": {"a": "1", "b": "2"}})
}

fn secret() -> Value {
    json!({"apiVersion": "v1", "kind": "Secret", "metadata": {}, "type": "Opaque",
           "data": {"user": "YWRtaW4=", "pass": "c2VjcmV0"}})
}

fn ingress() -> Value {
    json!({"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"annotations": {"x": "1"}},
           "spec": {"rules": [{"host": "a.example.com", "http": {"paths": [
                        {"path": "/", "pathType": "Prefix",
                         "backend": {"service": {"name": "web", "port": {"number": 80}}}}]}}],
                    "tls": [{"hosts": ["a.example.com"], "secretName": "tls"}]}})
}

fn role() -> Value {
    json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {},
           "rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list"]}]})
}

fn serviceaccount() -> Value {
    json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {},
           "imagePullSecrets": [{"name": "reg1"}]})
}

fn pdb() -> Value {
    json!({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {},
           "spec": {"minAvailable": 1, "selector": {"matchLabels": {"app": "web", "tier": "fe"}}}})
}

fn networkpolicy() -> Value {
    json!({"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {},
           "spec": {"podSelector": {"matchLabels": {"app": "web"}}, "policyTypes": ["Ingress"],
                    "ingress": [{"ports": [{"port": 80, "protocol": "TCP"}]}]}})
}

fn hpa() -> Value {
    json!({"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {},
           "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"},
                    "minReplicas": 1, "maxReplicas": 5,
                    "metrics": [{"type": "Resource", "resource": {"name": "cpu",
                                 "target": {"type": "Utilization", "averageUtilization": 70}}}]}})
}

fn widget() -> Value {
    json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"labels": {"app": "w"}},
           "spec": {"size": "L", "tags": ["a", "b"], "nested": {"x": 1, "y": 2},
                    "items": [{"name": "i1", "v": 1}, {"name": "i2", "v": 2}]}})
}

const CRD: &str = r#"{"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
"metadata":{"name":"widgets.example.com"},
"spec":{"group":"example.com","scope":"Namespaced",
"names":{"plural":"widgets","singular":"widget","kind":"Widget"},
"versions":[{"name":"v1","served":true,"storage":true,
"schema":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}]}}"#;

// ------------------------------------------------------------------------------------------
// The corpus.

type Edit = fn(&mut Value);

/// (name, someone else's change, the edit of the manifest).
type TemplateCase = (&'static str, Other, Box<dyn Fn(&mut Value)>);

/// (name prefix, base manifest, change of the initial manifest, name, someone else's change,
/// the edit).
type KindCase = (
    &'static str,
    fn() -> Value,
    Option<Edit>,
    &'static str,
    Other,
    Edit,
);

fn sm(p: Value) -> Other {
    Some(("strategic", p))
}

fn mp(p: Value) -> Other {
    Some(("merge", p))
}

/// Edits of a pod template at `t` (the pod spec's parent path), shared by the workload kinds.
fn template_cases(t: &'static str) -> Vec<TemplateCase> {
    let c = move |s: &str| format!("{t}/spec/containers/0{s}");
    let tp = move |s: &str| format!("{t}{s}");
    // the someone-else patches are built from the path too
    let other_env = {
        let mut p = json!({});
        set(
            &mut p,
            &tp("/spec/containers"),
            json!([{"name": "web", "env": [{"name": "OTHER", "value": "x"}]}]),
        );
        p
    };
    let other_sidecar = {
        let mut p = json!({});
        set(
            &mut p,
            &tp("/spec/containers"),
            json!([{"name": "side", "image": "busybox"}]),
        );
        p
    };
    let other_label = {
        let mut p = json!({});
        set(&mut p, &tp("/metadata/labels/other"), json!("yes"));
        p
    };
    let other_vol = {
        let mut p = json!({});
        set(
            &mut p,
            &tp("/spec/volumes"),
            json!([{"name": "extra", "emptyDir": {}}]),
        );
        p
    };
    let other_image = {
        let mut p = json!({});
        set(
            &mut p,
            &tp("/spec/containers"),
            json!([{"name": "web", "image": "nginx:other"}]),
        );
        p
    };
    let other_toleration = {
        let mut p = json!({});
        set(
            &mut p,
            &tp("/spec/tolerations"),
            json!([{"key": "k", "operator": "Exists"}]),
        );
        p
    };
    vec![
        (
            "image",
            None,
            Box::new(move |v: &mut Value| set(v, &c("/image"), json!("nginx:1.26"))),
        ),
        (
            "image-after-other-image",
            sm(other_image.clone()),
            Box::new(move |v: &mut Value| set(v, &c("/image"), json!("nginx:1.27"))),
        ),
        (
            "keep-image-after-other-image",
            sm(other_image),
            Box::new(|_: &mut Value| {}),
        ),
        (
            "env-add",
            sm(other_env.clone()),
            Box::new(move |v: &mut Value| push(v, &c("/env"), json!({"name": "C", "value": "3"}))),
        ),
        (
            "env-remove",
            sm(other_env.clone()),
            Box::new(move |v: &mut Value| rm(v, &c("/env/1"))),
        ),
        (
            "env-change",
            None,
            Box::new(move |v: &mut Value| set(v, &c("/env/0/value"), json!("9"))),
        ),
        (
            "env-reorder",
            None,
            Box::new(move |v: &mut Value| swap(v, &c("/env"), 0, 1)),
        ),
        (
            "env-all-removed",
            sm(other_env),
            Box::new(move |v: &mut Value| rm(v, &c("/env"))),
        ),
        (
            "sidecar-add",
            None,
            Box::new(move |v: &mut Value| {
                push(
                    v,
                    &tp("/spec/containers"),
                    json!({"name": "log", "image": "busybox", "args": ["tail"]}),
                )
            }),
        ),
        (
            "sidecar-kept-when-other-added",
            sm(other_sidecar.clone()),
            Box::new(move |v: &mut Value| set(v, &c("/image"), json!("nginx:1.26"))),
        ),
        (
            "container-prepend",
            sm(other_sidecar),
            Box::new(move |v: &mut Value| {
                let arr = v
                    .pointer_mut(&tp("/spec/containers"))
                    .unwrap()
                    .as_array_mut()
                    .unwrap();
                arr.insert(0, json!({"name": "init-like", "image": "busybox"}));
            }),
        ),
        (
            "port-add",
            None,
            Box::new(move |v: &mut Value| {
                push(
                    v,
                    &c("/ports"),
                    json!({"containerPort": 9090, "name": "metrics"}),
                )
            }),
        ),
        (
            "ports-removed",
            None,
            Box::new(move |v: &mut Value| rm(v, &c("/ports"))),
        ),
        (
            "volume-and-mount-add",
            sm(other_vol.clone()),
            Box::new(move |v: &mut Value| {
                push(
                    v,
                    &tp("/spec/volumes"),
                    json!({"name": "cfg", "configMap": {"name": "cfg"}}),
                );
                push(
                    v,
                    &c("/volumeMounts"),
                    json!({"name": "cfg", "mountPath": "/etc/cfg"}),
                );
            }),
        ),
        (
            "volume-and-mount-removed",
            sm(other_vol),
            Box::new(move |v: &mut Value| {
                rm(v, &tp("/spec/volumes"));
                rm(v, &c("/volumeMounts"));
            }),
        ),
        (
            "volume-source-change",
            None,
            Box::new(move |v: &mut Value| {
                set(
                    v,
                    &tp("/spec/volumes/0"),
                    json!({"name": "data", "hostPath": {"path": "/srv"}}),
                );
            }),
        ),
        (
            "template-label-add",
            sm(other_label.clone()),
            Box::new(move |v: &mut Value| set(v, &tp("/metadata/labels/version"), json!("v2"))),
        ),
        (
            "template-annotation-add",
            sm(other_label),
            Box::new(move |v: &mut Value| {
                set(v, &tp("/metadata/annotations"), json!({"note": "x"}))
            }),
        ),
        (
            "limits-change",
            None,
            Box::new(move |v: &mut Value| set(v, &c("/resources/limits/cpu"), json!("1"))),
        ),
        (
            "limits-removed",
            None,
            Box::new(move |v: &mut Value| rm(v, &c("/resources"))),
        ),
        (
            "tolerations-add",
            sm(other_toleration.clone()),
            Box::new(move |v: &mut Value| {
                set(
                    v,
                    &tp("/spec/tolerations"),
                    json!([{"key": "mine", "operator": "Exists", "effect": "NoSchedule"}]),
                )
            }),
        ),
        (
            "node-selector",
            sm(other_toleration),
            Box::new(move |v: &mut Value| {
                set(v, &tp("/spec/nodeSelector"), json!({"disk": "ssd"}))
            }),
        ),
        (
            "args-and-command",
            None,
            Box::new(move |v: &mut Value| {
                set(v, &c("/command"), json!(["sh", "-c"]));
                set(v, &c("/args"), json!(["echo hi"]));
            }),
        ),
        (
            "host-aliases",
            None,
            Box::new(move |v: &mut Value| {
                set(
                    v,
                    &tp("/spec/hostAliases"),
                    json!([{"ip": "10.0.0.1", "hostnames": ["x"]}]),
                )
            }),
        ),
        (
            "image-pull-secrets",
            None,
            Box::new(move |v: &mut Value| {
                set(v, &tp("/spec/imagePullSecrets"), json!([{"name": "reg"}]))
            }),
        ),
        (
            "topology-spread",
            None,
            Box::new(move |v: &mut Value| {
                set(
                    v,
                    &tp("/spec/topologySpreadConstraints"),
                    json!([
            {"maxSkew": 1, "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule", "labelSelector": {"matchLabels": {"app": "web"}}}]),
                )
            }),
        ),
    ]
}

fn cases() -> Vec<Case> {
    let mut out: Vec<Case> = vec![];
    let mut add = |prefix: &str,
                   base: fn() -> Value,
                   initial_edit: Option<Edit>,
                   name: &str,
                   other: Other,
                   edit: &dyn Fn(&mut Value)| {
        let mut initial = base();
        if let Some(e) = initial_edit {
            e(&mut initial);
        }
        let mut edited = initial.clone();
        edit(&mut edited);
        out.push(Case {
            name: format!("{prefix}-{name}"),
            initial,
            other,
            edited,
        });
    };

    // Deployment: every template edit, plus object-level ones.
    for (name, other, edit) in template_cases("/spec/template") {
        add("deploy", deployment, None, name, other, &*edit);
    }
    let deploy_cases: Vec<(&str, Option<Edit>, Other, Edit)> = vec![
        ("unchanged", None, None, |_| {}),
        (
            "unchanged-after-scale",
            None,
            sm(json!({"spec": {"replicas": 5}})),
            |_| {},
        ),
        (
            "replicas",
            None,
            sm(json!({"spec": {"replicas": 5}})),
            |v| set(v, "/spec/replicas", json!(3)),
        ),
        (
            "replicas-dropped-keeps-scale",
            None,
            sm(json!({"spec": {"replicas": 5}})),
            |v| rm(v, "/spec/replicas"),
        ),
        (
            "label-add",
            None,
            sm(json!({"metadata": {"labels": {"other": "x"}}})),
            |v| set(v, "/metadata/labels/new", json!("y")),
        ),
        (
            "label-remove",
            None,
            sm(json!({"metadata": {"labels": {"other": "x"}}})),
            |v| rm(v, "/metadata/labels/tier"),
        ),
        ("labels-all-removed", None, None, |v| {
            rm(v, "/metadata/labels")
        }),
        (
            "annotation-add",
            None,
            sm(json!({"metadata": {"annotations": {"other": "x"}}})),
            |v| set(v, "/metadata/annotations", json!({"mine": "1"})),
        ),
        (
            "finalizer-add",
            None,
            sm(json!({"metadata": {"finalizers": ["other.io/f"]}})),
            |v| set(v, "/metadata/finalizers", json!(["mine.io/f"])),
        ),
        (
            "finalizer-remove",
            Some(|v| set(v, "/metadata/finalizers", json!(["a.io/f", "b.io/f"]))),
            None,
            |v| set(v, "/metadata/finalizers", json!(["b.io/f"])),
        ),
        (
            "finalizers-reorder",
            Some(|v| set(v, "/metadata/finalizers", json!(["a.io/f", "b.io/f"]))),
            None,
            |v| set(v, "/metadata/finalizers", json!(["b.io/f", "a.io/f"])),
        ),
        (
            "strategy-recreate",
            Some(|v| {
                set(
                    v,
                    "/spec/strategy",
                    json!({"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1}}),
                )
            }),
            None,
            |v| set(v, "/spec/strategy", json!({"type": "Recreate"})),
        ),
        ("strategy-params", None, None, |v| {
            set(
                v,
                "/spec/strategy",
                json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0}}),
            )
        }),
        (
            "strategy-removed",
            Some(|v| set(v, "/spec/strategy", json!({"type": "Recreate"}))),
            None,
            |v| rm(v, "/spec/strategy"),
        ),
        (
            "min-ready-and-history",
            None,
            sm(json!({"spec": {"revisionHistoryLimit": 3}})),
            |v| set(v, "/spec/minReadySeconds", json!(5)),
        ),
        (
            "paused-by-other",
            None,
            sm(json!({"spec": {"paused": true}})),
            |v| {
                set(
                    v,
                    "/spec/template/spec/containers/0/image",
                    json!("nginx:1.26"),
                )
            },
        ),
        (
            "json-patched-by-other",
            None,
            Some((
                "json",
                json!([{"op": "add", "path": "/metadata/labels/jp", "value": "1"}]),
            )),
            |v| rm(v, "/metadata/labels/tier"),
        ),
        (
            "two-containers-remove-first",
            Some(|v| {
                push(
                    v,
                    "/spec/template/spec/containers",
                    json!({"name": "second", "image": "busybox"}),
                )
            }),
            None,
            |v| rm(v, "/spec/template/spec/containers/0"),
        ),
        (
            "two-containers-reorder",
            Some(|v| {
                push(
                    v,
                    "/spec/template/spec/containers",
                    json!({"name": "second", "image": "busybox"}),
                )
            }),
            None,
            |v| swap(v, "/spec/template/spec/containers", 0, 1),
        ),
        ("init-container-add", None, None, |v| {
            set(
                v,
                "/spec/template/spec/initContainers",
                json!([{"name": "init", "image": "busybox", "command": ["true"]}]),
            )
        }),
    ];
    for (name, init, other, edit) in deploy_cases {
        add("deploy", deployment, init, name, other, &edit);
    }

    // Other workloads: a sample of template edits each.
    let sample = [
        "image",
        "env-add",
        "env-remove",
        "sidecar-add",
        "volume-and-mount-add",
        "volume-source-change",
        "template-label-add",
        "ports-removed",
    ];
    for (prefix, base, t) in [
        ("ds", daemonset as fn() -> Value, "/spec/template"),
        ("sts", statefulset, "/spec/template"),
        ("job", job, "/spec/template"),
        ("cron", cronjob, "/spec/jobTemplate/spec/template"),
        ("pod", pod, ""),
    ] {
        for (name, other, edit) in template_cases(t) {
            if sample.contains(&name) || (prefix == "pod" && name == "image-after-other-image") {
                add(prefix, base, None, name, other, &*edit);
            }
        }
    }
    let more: Vec<KindCase> = vec![
        ("ds", daemonset, None, "update-strategy", None, |v| {
            set(v, "/spec/updateStrategy", json!({"type": "OnDelete"}))
        }),
        (
            "sts",
            statefulset,
            None,
            "replicas-after-scale",
            sm(json!({"spec": {"replicas": 3}})),
            |v| set(v, "/spec/replicas", json!(2)),
        ),
        ("sts", statefulset, None, "vct-add", None, |v| {
            set(
                v,
                "/spec/volumeClaimTemplates",
                json!([{"metadata": {"name": "pvc"},
            "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}}]),
            )
        }),
        (
            "job",
            job,
            None,
            "backoff",
            sm(json!({"spec": {"activeDeadlineSeconds": 100}})),
            |v| set(v, "/spec/backoffLimit", json!(4)),
        ),
        (
            "cron",
            cronjob,
            None,
            "schedule",
            sm(json!({"spec": {"suspend": true}})),
            |v| set(v, "/spec/schedule", json!("0 * * * *")),
        ),
        ("cron", cronjob, None, "history", None, |v| {
            set(v, "/spec/successfulJobsHistoryLimit", json!(1))
        }),
        // Service
        ("svc", service, None, "port-change", None, |v| {
            set(v, "/spec/ports/0/targetPort", json!(9090))
        }),
        (
            "svc",
            service,
            None,
            "port-add",
            sm(json!({"spec": {"ports": [{"name": "other", "port": 9000}]}})),
            |v| push(v, "/spec/ports", json!({"name": "grpc", "port": 50051})),
        ),
        (
            "svc",
            service,
            None,
            "port-remove",
            sm(json!({"spec": {"ports": [{"name": "other", "port": 9000}]}})),
            |v| rm(v, "/spec/ports/1"),
        ),
        ("svc", service, None, "ports-reorder", None, |v| {
            swap(v, "/spec/ports", 0, 1)
        }),
        ("svc", service, None, "selector-change", None, |v| {
            set(v, "/spec/selector", json!({"app": "web2"}))
        }),
        ("svc", service, None, "type-nodeport", None, |v| {
            set(v, "/spec/type", json!("NodePort"))
        }),
        (
            "svc",
            service,
            None,
            "label-kept",
            sm(json!({"metadata": {"labels": {"other": "x"}}})),
            |v| set(v, "/metadata/labels/app", json!("api")),
        ),
        ("svc", service, None, "session-affinity", None, |v| {
            set(v, "/spec/sessionAffinity", json!("ClientIP"))
        }),
        // ConfigMap / Secret
        ("cm", configmap, None, "data-change", None, |v| {
            set(v, "/data/a", json!("10"))
        }),
        (
            "cm",
            configmap,
            None,
            "data-add",
            sm(json!({"data": {"other": "x"}})),
            |v| set(v, "/data/c", json!("3")),
        ),
        (
            "cm",
            configmap,
            None,
            "data-remove",
            sm(json!({"data": {"other": "x"}})),
            |v| rm(v, "/data/b"),
        ),
        (
            "cm",
            configmap,
            None,
            "data-all-removed",
            sm(json!({"data": {"other": "x"}})),
            |v| rm(v, "/data"),
        ),
        ("cm", configmap, None, "binary-data", None, |v| {
            set(v, "/binaryData", json!({"bin": "AAEC"}))
        }),
        (
            "cm",
            configmap,
            None,
            "unchanged-after-other",
            sm(json!({"data": {"a": "changed"}})),
            |_| {},
        ),
        (
            "cm",
            configmap,
            None,
            "labels-replaced",
            mp(json!({"metadata": {"labels": {"other": "x"}}})),
            |v| set(v, "/metadata/labels", json!({"new": "1"})),
        ),
        (
            "cm",
            configmap,
            None,
            "annotations-special-chars",
            None,
            |v| {
                set(
                    v,
                    "/metadata/annotations",
                    json!({"html": "<a href=\"x\">&</a>"}),
                )
            },
        ),
        ("cm", configmap, None, "immutable", None, |v| {
            set(v, "/immutable", json!(false))
        }),
        ("secret", secret, None, "data-change", None, |v| {
            set(v, "/data/pass", json!("bmV3"))
        }),
        (
            "secret",
            secret,
            None,
            "string-data",
            sm(json!({"data": {"other": "eA=="}})),
            |v| set(v, "/stringData", json!({"token": "abc"})),
        ),
        ("secret", secret, None, "data-remove", None, |v| {
            rm(v, "/data/user")
        }),
        // Ingress
        ("ing", ingress, None, "rule-add", None, |v| {
            push(
                v,
                "/spec/rules",
                json!({"host": "b.example.com", "http": {"paths": [
            {"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "b", "port": {"number": 80}}}}]}}),
            )
        }),
        ("ing", ingress, None, "path-change", None, |v| {
            set(v, "/spec/rules/0/http/paths/0/path", json!("/api"))
        }),
        (
            "ing",
            ingress,
            None,
            "tls-removed",
            sm(json!({"metadata": {"annotations": {"other": "y"}}})),
            |v| rm(v, "/spec/tls"),
        ),
        (
            "ing",
            ingress,
            None,
            "class-and-annotation",
            sm(json!({"metadata": {"annotations": {"other": "y"}}})),
            |v| {
                set(v, "/spec/ingressClassName", json!("nginx"));
                rm(v, "/metadata/annotations/x");
            },
        ),
        // RBAC, ServiceAccount
        ("role", role, None, "verbs", None, |v| {
            set(v, "/rules/0/verbs", json!(["get", "list", "watch"]))
        }),
        (
            "role",
            role,
            None,
            "rule-add",
            sm(json!({"metadata": {"labels": {"other": "x"}}})),
            |v| {
                push(
                    v,
                    "/rules",
                    json!({"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["get"]}),
                )
            },
        ),
        (
            "sa",
            serviceaccount,
            None,
            "pull-secret-add",
            sm(json!({"imagePullSecrets": [{"name": "other"}]})),
            |v| push(v, "/imagePullSecrets", json!({"name": "reg2"})),
        ),
        (
            "sa",
            serviceaccount,
            None,
            "pull-secret-remove",
            sm(json!({"imagePullSecrets": [{"name": "other"}]})),
            |v| rm(v, "/imagePullSecrets"),
        ),
        ("sa", serviceaccount, None, "automount", None, |v| {
            set(v, "/automountServiceAccountToken", json!(false))
        }),
        // PodDisruptionBudget: selector has patchStrategy replace
        ("pdb", pdb, None, "selector-replace", None, |v| {
            set(v, "/spec/selector", json!({"matchLabels": {"app": "web"}}))
        }),
        ("pdb", pdb, None, "min-to-max", None, |v| {
            rm(v, "/spec/minAvailable");
            set(v, "/spec/maxUnavailable", json!(1));
        }),
        (
            "pdb",
            pdb,
            None,
            "selector-expressions",
            sm(json!({"metadata": {"labels": {"other": "x"}}})),
            |v| {
                set(
                    v,
                    "/spec/selector",
                    json!({"matchExpressions": [{"key": "app", "operator": "In", "values": ["web"]}]}),
                )
            },
        ),
        // NetworkPolicy, HPA
        ("netpol", networkpolicy, None, "ingress-add", None, |v| {
            push(v, "/spec/ingress", json!({"from": [{"podSelector": {}}]}))
        }),
        ("netpol", networkpolicy, None, "policy-types", None, |v| {
            set(v, "/spec/policyTypes", json!(["Ingress", "Egress"]))
        }),
        (
            "hpa",
            hpa,
            None,
            "max",
            sm(json!({"spec": {"minReplicas": 2}})),
            |v| set(v, "/spec/maxReplicas", json!(10)),
        ),
        ("hpa", hpa, None, "metric-target", None, |v| {
            set(
                v,
                "/spec/metrics/0/resource/target/averageUtilization",
                json!(50),
            )
        }),
        // Pod object-level
        (
            "pod",
            pod,
            None,
            "label-remove",
            sm(json!({"metadata": {"labels": {"other": "x"}}})),
            |v| rm(v, "/metadata/labels/app"),
        ),
        ("pod", pod, None, "active-deadline", None, |v| {
            set(v, "/spec/activeDeadlineSeconds", json!(30))
        }),
        // Custom resource: JSON merge patch
        ("cr", widget, None, "scalar", None, |v| {
            set(v, "/spec/size", json!("M"))
        }),
        (
            "cr",
            widget,
            None,
            "scalar-after-other",
            mp(json!({"spec": {"size": "S", "other": 1}})),
            |v| set(v, "/spec/size", json!("M")),
        ),
        (
            "cr",
            widget,
            None,
            "field-removed",
            mp(json!({"spec": {"other": 1}})),
            |v| rm(v, "/spec/size"),
        ),
        (
            "cr",
            widget,
            None,
            "list-replaced",
            mp(json!({"spec": {"tags": ["a", "b", "theirs"]}})),
            |v| push(v, "/spec/tags", json!("c")),
        ),
        ("cr", widget, None, "list-of-maps", None, |v| {
            set(v, "/spec/items/0/v", json!(10))
        }),
        (
            "cr",
            widget,
            None,
            "nested-remove",
            mp(json!({"spec": {"nested": {"z": 3}}})),
            |v| rm(v, "/spec/nested/x"),
        ),
        (
            "cr",
            widget,
            None,
            "nested-all-removed",
            mp(json!({"spec": {"nested": {"z": 3}}})),
            |v| rm(v, "/spec/nested"),
        ),
        (
            "cr",
            widget,
            None,
            "label-add",
            mp(json!({"metadata": {"labels": {"other": "x"}}})),
            |v| set(v, "/metadata/labels/new", json!("1")),
        ),
        (
            "cr",
            widget,
            None,
            "unchanged-after-other",
            mp(json!({"spec": {"size": "XL"}})),
            |_| {},
        ),
        ("cr", widget, None, "empty-map-added", None, |v| {
            set(v, "/spec/empty", json!({}))
        }),
        ("cr", widget, None, "type-change", None, |v| {
            set(v, "/spec/nested", json!("flat"))
        }),
        ("cr", widget, None, "floats", None, |v| {
            set(v, "/spec/ratio", json!(2.5));
            set(v, "/spec/whole", json!(3.0));
        }),
        (
            "cr",
            widget,
            Some(|v| set(v, "/spec/whole", json!(3.0))),
            "float-equal-to-int",
            None,
            |v| set(v, "/spec/size", json!("S")),
        ),
        (
            "deploy",
            deployment,
            Some(|v| set(v, "/spec/progressDeadlineSeconds", json!(600.0))),
            "float-in-builtin",
            None,
            |v| set(v, "/spec/replicas", json!(3.0)),
        ),
        // Objects made by `kubectl create`: no last-applied annotation, so nothing is deleted.
        ("deploy", deployment, None, "via-create-image", None, |v| {
            set(
                v,
                "/spec/template/spec/containers/0/image",
                json!("nginx:1.26"),
            )
        }),
        (
            "cm",
            configmap,
            None,
            "via-create-data-remove",
            sm(json!({"data": {"other": "x"}})),
            |v| rm(v, "/data/b"),
        ),
        ("svc", service, None, "via-create-unchanged", None, |_| {}),
        ("cr", widget, None, "via-create-field-removed", None, |v| {
            rm(v, "/spec/size")
        }),
        // Explicit nulls in the manifest.
        (
            "deploy",
            deployment,
            Some(|v| {
                set(
                    v,
                    "/spec/template/spec/nodeSelector",
                    json!({"disk": "ssd"}),
                )
            }),
            "explicit-null-map",
            None,
            |v| set(v, "/spec/template/spec/nodeSelector", Value::Null),
        ),
        ("cm", configmap, None, "explicit-null-label", None, |v| {
            set(v, "/metadata/labels/app", Value::Null)
        }),
        (
            "cr",
            widget,
            None,
            "explicit-null",
            mp(json!({"spec": {"other": 1}})),
            |v| set(v, "/spec/size", Value::Null),
        ),
        // Merge keys of other lists.
        (
            "cm",
            configmap,
            None,
            "owner-refs",
            sm(json!({"metadata": {"ownerReferences": [
            {"apiVersion": "v1", "kind": "ConfigMap", "name": "o", "uid": "u-other"}]}})),
            |v| {
                set(
                    v,
                    "/metadata/ownerReferences",
                    json!([{"apiVersion": "v1", "kind": "ConfigMap", "name": "m", "uid": "u-mine"}]),
                )
            },
        ),
        ("svc", service, None, "udp-port-add", None, |v| {
            push(
                v,
                "/spec/ports",
                json!({"name": "dns", "port": 53, "protocol": "UDP"}),
            )
        }),
        ("deploy", deployment, None, "container-rename", None, |v| {
            set(v, "/spec/template/spec/containers/0/name", json!("web2"))
        }),
        ("deploy", deployment, None, "env-value-from", None, |v| {
            set(
                v,
                "/spec/template/spec/containers/0/env/0",
                json!({"name": "A", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}),
            )
        }),
        (
            "deploy",
            deployment,
            Some(|v| {
                for n in ["C", "D", "E"] {
                    push(
                        v,
                        "/spec/template/spec/containers/0/env",
                        json!({"name": n, "value": n}),
                    );
                }
            }),
            "env-many-changes",
            sm(
                json!({"spec": {"template": {"spec": {"containers": [{"name": "web", "env": [{"name": "Z", "value": "z"}]}]}}}}),
            ),
            |v| {
                rm(v, "/spec/template/spec/containers/0/env/1");
                set(
                    v,
                    "/spec/template/spec/containers/0/env/2/value",
                    json!("dd"),
                );
                v.pointer_mut("/spec/template/spec/containers/0/env")
                    .unwrap()
                    .as_array_mut()
                    .unwrap()
                    .insert(0, json!({"name": "F", "value": "f"}));
                swap(v, "/spec/template/spec/containers/0/env", 1, 3);
            },
        ),
        (
            "deploy",
            deployment,
            Some(|v| {
                push(
                    v,
                    "/spec/template/spec/volumes",
                    json!({"name": "cache", "emptyDir": {"medium": "Memory"}}),
                );
                push(
                    v,
                    "/spec/template/spec/volumes",
                    json!({"name": "cfg", "configMap": {"name": "c"}}),
                );
            }),
            "volumes-mixed",
            sm(
                json!({"spec": {"template": {"spec": {"volumes": [{"name": "theirs", "emptyDir": {}}]}}}}),
            ),
            |v| {
                rm(v, "/spec/template/spec/volumes/1");
                set(
                    v,
                    "/spec/template/spec/volumes/1",
                    json!({"name": "cfg", "secret": {"secretName": "s"}}),
                );
                push(
                    v,
                    "/spec/template/spec/volumes",
                    json!({"name": "new", "emptyDir": {}}),
                );
            },
        ),
        (
            "sts",
            statefulset,
            None,
            "same-env-changed-by-both",
            sm(
                json!({"spec": {"template": {"spec": {"containers": [{"name": "web", "env": [{"name": "A", "value": "theirs"}]}]}}}}),
            ),
            |v| {
                set(
                    v,
                    "/spec/template/spec/containers/0/env/0/value",
                    json!("mine"),
                )
            },
        ),
        (
            "deploy",
            deployment,
            Some(|v| set(v, "/metadata/finalizers", json!(["mine.io/f"]))),
            "finalizers-removed-others-kept",
            sm(json!({"metadata": {"finalizers": ["theirs.io/f"]}})),
            |v| rm(v, "/metadata/finalizers"),
        ),
        (
            "ds",
            daemonset,
            Some(|v| {
                set(
                    v,
                    "/spec/template/spec/tolerations",
                    json!([{"operator": "Exists"}]),
                )
            }),
            "tolerations-removed",
            None,
            |v| rm(v, "/spec/template/spec/tolerations"),
        ),
        ("pod", pod, None, "readiness-probe", None, |v| {
            set(
                v,
                "/spec/containers/0/readinessProbe",
                json!({"httpGet": {"path": "/", "port": 80}, "periodSeconds": 5}),
            )
        }),
        ("deploy", deployment, None, "security-context", None, |v| {
            set(
                v,
                "/spec/template/spec/securityContext",
                json!({"runAsNonRoot": true, "runAsUser": 1000}),
            )
        }),
        ("deploy", deployment, None, "affinity", None, |v| {
            set(
                v,
                "/spec/template/spec/affinity",
                json!({"nodeAffinity": {
            "requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{"matchExpressions": [{"key": "zone", "operator": "In", "values": ["a"]}]}]}}}),
            )
        }),
        ("cm", configmap, None, "unicode-and-escapes", None, |v| {
            set(v, "/data/u", json!("h\u{e9}llo \u{2028} \t tab \"q\" \\"))
        }),
    ];
    for (prefix, base, init, name, other, edit) in more {
        add(prefix, base, init, name, other, &edit);
    }
    out
}

// ------------------------------------------------------------------------------------------
// Running a case.

fn resource_of(kind: &str) -> String {
    kind.to_lowercase()
}

/// `strconv.Unquote`-like decoding of klog's quoted `body="…"` value.
fn go_unquote(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('u') => {
                let hex: String = it.by_ref().take(4).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some('U') => {
                let hex: String = it.by_ref().take(8).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some('x') => {
                let hex: String = it.by_ref().take(2).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The body of the PATCH kubectl sent, from its request log; None when it sent none. `-v=9`
/// rather than 8: at 8 client-go cuts bodies after 1024 bytes (rest/request.go truncateBody),
/// and the last-applied annotation alone is often longer.
fn patch_body(stderr: &str) -> Result<Option<Value>, String> {
    let mut last = None;
    for line in stderr.lines() {
        if let Some(i) = line.find("\"Request Body\" body=\"") {
            if line.contains("[truncated") {
                return Err(format!("kubectl truncated the body: {line}"));
            }
            let q = &line[i + "\"Request Body\" body=\"".len()..];
            let q = q.strip_suffix('"').unwrap_or(q);
            if !q.is_empty() {
                last = Some(q.to_string());
            }
        }
        if line.contains("PATCH https://") {
            let body = last.take().ok_or("PATCH without a logged body")?;
            return serde_json::from_str(&go_unquote(&body))
                .map(Some)
                .map_err(|e| format!("PATCH body is not JSON ({e}): {body}"));
        }
    }
    Ok(None)
}

fn with_ns(obj: &Value, name: &str, ns: &str) -> Value {
    let mut o = obj.clone();
    set(&mut o, "/metadata/name", json!(name));
    set(&mut o, "/metadata/namespace", json!(ns));
    o
}

fn get(sb: &Sandbox, res: &str, name: &str, ns: &str) -> Result<Value, String> {
    let out = sb.kubectl(&["get", res, name, "-n", ns, "-o", "json"], None);
    if !out.status.success() {
        return Err(format!(
            "get {res}/{name} -n {ns}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())
}

fn run(sb: &Sandbox, args: &[&str], input: Option<&str>) -> Result<String, String> {
    let out = sb.kubectl(args, input);
    if !out.status.success() {
        return Err(format!(
            "kubectl {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stderr).into_owned())
}

fn kctl_patch(live: &Value, edited: &Value) -> Result<(PatchType, Value), String> {
    let original = original_configuration(live).map_err(|e| e.to_string())?;
    let modified = modified_configuration(edited);
    let av = edited["apiVersion"].as_str().unwrap_or_default();
    let kind = edited["kind"].as_str().unwrap_or_default();
    three_way_patch(
        original.as_ref(),
        &modified,
        live,
        Schema::builtin_for(av, kind),
        true,
    )
    .map_err(|e| e.to_string())
}

/// The object without what differs between two namespaces and two runs.
fn normalized(mut o: Value) -> Value {
    for f in [
        "uid",
        "resourceVersion",
        "creationTimestamp",
        "namespace",
        "managedFields",
        "selfLink",
    ] {
        if let Some(m) = o["metadata"].as_object_mut() {
            m.remove(f);
        }
    }
    if let Some(m) = o.as_object_mut() {
        m.remove("status");
    }
    // A Job's selector and template labels carry its own uid (set by the API server).
    for labels in [
        "/spec/selector/matchLabels",
        "/spec/template/metadata/labels",
        "/metadata/labels",
    ] {
        if let Some(m) = o.pointer_mut(labels).and_then(Value::as_object_mut) {
            for key in ["controller-uid", "batch.kubernetes.io/controller-uid"] {
                if m.contains_key(key) {
                    m.insert(key.to_string(), Value::String("<uid>".into()));
                }
            }
        }
    }
    if let Some(spec) = o.get_mut("spec").and_then(Value::as_object_mut) {
        spec.remove("clusterIP");
        spec.remove("clusterIPs");
        if let Some(Value::Array(ports)) = spec.get_mut("ports") {
            for p in ports {
                if let Some(p) = p.as_object_mut() {
                    p.remove("nodePort");
                }
            }
        }
    }
    let la = "kubectl.kubernetes.io/last-applied-configuration";
    if let Some(s) = o
        .pointer(&format!("/metadata/annotations/{}", la.replace('/', "~1")))
        .and_then(Value::as_str)
    {
        let mut parsed: Value = serde_json::from_str(s).unwrap_or(Value::Null);
        if let Some(m) = parsed["metadata"].as_object_mut() {
            m.remove("namespace");
        }
        o["metadata"]["annotations"][la] = parsed;
    }
    o
}

/// Runs one case; Ok(true) when kubectl sent a PATCH (and kctl the same), Err describes the
/// mismatch.
fn run_case(sb: &Sandbox, idx: usize, case: &Case) -> Result<bool, String> {
    let name = format!("m{idx}");
    let kind = case.initial["kind"].as_str().unwrap();
    let res = resource_of(kind);
    let mut sent_patch = false;
    for ns in ["a", "b"] {
        let initial = with_ns(&case.initial, &name, ns);
        let verb = if case.name.contains("via-create") {
            "create"
        } else {
            "apply"
        };
        run(sb, &[verb, "-f", "-"], Some(&initial.to_string()))?;
        if let Some((ty, p)) = &case.other {
            run(
                sb,
                &[
                    "patch",
                    &res,
                    &name,
                    "-n",
                    ns,
                    "--type",
                    ty,
                    "-p",
                    &p.to_string(),
                ],
                None,
            )?;
        }
        let live = get(sb, &res, &name, ns)?;
        let edited = with_ns(&case.edited, &name, ns);
        let (ty, patch) = kctl_patch(&live, &edited)?;
        if ns == "a" {
            let stderr = run(sb, &["apply", "-f", "-", "-v=9"], Some(&edited.to_string()))?;
            let sent = patch_body(&stderr)?.unwrap_or_else(|| json!({}));
            sent_patch = sent != json!({});
            if sent != patch {
                return Err(format!(
                    "patch differs\n  kubectl: {sent}\n  kctl:    {patch}\n  last-applied: {}\n  live: {live}",
                    live["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"]
                ));
            }
        } else {
            // kctl's own `apply` on the twin object: the patch above, end to end.
            let _ = ty;
            run_kctl(sb, &["apply", "-f", "-"], &edited.to_string())?;
        }
    }
    let a = normalized(get(sb, &res, &name, "a")?);
    let b = normalized(get(sb, &res, &name, "b")?);
    if a != b {
        return Err(format!(
            "final objects differ\n  kubectl's: {a}\n  kctl's:    {b}"
        ));
    }
    Ok(sent_patch)
}

/// Runs `kctl` against the sandbox with `input` on stdin; Err with its stderr on failure.
fn run_kctl(sb: &Sandbox, args: &[&str], input: &str) -> Result<String, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(crate::support::kctl())
        .args(args)
        .env("KUBECONFIG", &sb.kubeconfig)
        .env("HOME", &sb.home)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(input.as_bytes())
            .map_err(|e| e.to_string())?;
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!(
            "kctl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn corpus_is_large_enough() {
    let cases = cases();
    assert!(cases.len() >= 100, "only {} cases", cases.len());
    let mut names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "case names are unique");
    for c in &cases {
        assert!(
            c.initial != c.edited
                || c.name.contains("unchanged")
                || c.name.starts_with("deploy-keep"),
            "{} edits nothing",
            c.name
        );
    }
}

#[test]
fn three_way_corpus_matches_kubectl() {
    let Some(sb) = Sandbox::start_without_controllers() else {
        return;
    };
    for ns in ["a", "b"] {
        sb.ok(&["create", "namespace", ns], None);
    }
    sb.ok(&["apply", "-f", "-"], Some(CRD));
    let cases = cases();
    let failures = Mutex::new(Vec::new());
    let patched = Mutex::new(0usize);
    let next = Mutex::new(0usize);
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                loop {
                    let i = {
                        let mut n = next.lock().unwrap();
                        let i = *n;
                        *n += 1;
                        i
                    };
                    let Some(case) = cases.get(i) else { break };
                    match run_case(&sb, i, case) {
                        Ok(true) => *patched.lock().unwrap() += 1,
                        Ok(false) => {}
                        Err(e) => failures
                            .lock()
                            .unwrap()
                            .push(format!("[{i}] {}: {e}", case.name)),
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    let patched = patched.into_inner().unwrap();
    eprintln!(
        "{} cases, kubectl sent a PATCH in {patched}, {} mismatches",
        cases.len(),
        failures.len()
    );
    // Only the "unchanged" cases may send nothing.
    let unchanged = cases
        .iter()
        .filter(|c| c.name.contains("unchanged"))
        .count();
    assert!(
        failures.len() + patched + unchanged >= cases.len(),
        "too few PATCHes seen: {patched}"
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
