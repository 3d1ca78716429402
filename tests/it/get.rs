//! `kctl get` against kubectl 1.32 on the same sandbox: every flag of the get issue over pods,
//! deployments, services, nodes, namespaces, configmaps, secrets, events and a custom
//! resource, in every output format, errors included — stdout, stderr and exit code equal.

use std::ffi::OsString;

use crate::support::parity_failures;
use crate::support_sandbox::Sandbox;

const OBJECTS: &str = r#"
apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: blue}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop, labels: {app: web, tier: front}}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: nginx, image: "nginx:1.25", ports: [{containerPort: 80}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop, labels: {app: api}}
spec:
  replicas: 1
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: api, image: "example/api:2"}]}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop, labels: {app: web}}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: web-np, namespace: shop}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 8080, targetPort: 80, nodePort: 30080}]
---
apiVersion: v1
kind: Pod
metadata: {name: web-pod-1, namespace: shop, labels: {app: web, tier: front}}
spec: {containers: [{name: nginx, image: "nginx:1.25"}]}
---
apiVersion: v1
kind: Pod
metadata: {name: lonely, namespace: default, labels: {solo: "yes"}}
spec: {containers: [{name: c, image: busybox, command: [sleep, "3600"]}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: shop}
data: {color: blue, "long.key": "a value with spaces <and> & symbols"}
---
apiVersion: v1
kind: Secret
metadata: {name: creds, namespace: shop}
type: Opaque
stringData: {password: hunter2}
---
apiVersion: v1
kind: Event
metadata: {name: web.1, namespace: shop}
involvedObject: {kind: Deployment, name: web, namespace: shop}
reason: ScalingReplicaSet
message: Scaled up replica set web-abc to 2
type: Normal
source: {component: deployment-controller}
firstTimestamp: "2026-01-01T00:00:00Z"
lastTimestamp: "2026-01-01T00:00:00Z"
count: 1
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget, shortNames: [wd]}
  versions:
  - name: v1
    served: true
    storage: true
    schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
    additionalPrinterColumns:
    - {name: Size, type: integer, jsonPath: .spec.size}
    - {name: Color, type: string, jsonPath: .spec.color, priority: 1}
"#;

const WIDGETS: &str = r#"
apiVersion: example.com/v1
kind: Widget
metadata: {name: small, namespace: shop, labels: {size: s}}
spec: {size: 1, color: red}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: big, namespace: shop}
spec: {size: 100}
"#;

const CASES: &[&[&str]] = &[
    &["get", "pods"],
    &["get", "pods", "-n", "shop"],
    &["get", "pods", "-A"],
    &["get", "pods", "-A", "-o", "wide"],
    &["get", "po", "-n", "shop", "--show-labels"],
    &[
        "get",
        "pods",
        "-n",
        "shop",
        "-L",
        "app",
        "-L",
        "tier,missing",
    ],
    &["get", "pods", "-n", "shop", "--no-headers"],
    &["get", "pods", "-n", "shop", "--show-kind"],
    &["get", "pods", "-n", "shop", "-l", "app=web"],
    &["get", "pods", "-A", "-l", "app in (web,api),tier"],
    &["get", "pods", "-A", "-l", "!solo"],
    &[
        "get",
        "pods",
        "-A",
        "--field-selector",
        "metadata.name=lonely",
    ],
    &["get", "pods", "-n", "shop", "-l", "app=nope"],
    &["get", "pod", "lonely"],
    &["get", "pod/lonely", "-o", "yaml"],
    &["get", "pod", "lonely", "-o", "json"],
    &["get", "pods", "-n", "shop", "-o", "yaml"],
    &["get", "pods", "-A", "-o", "json"],
    &["get", "pods", "-A", "-o", "name"],
    &[
        "get",
        "pods",
        "-A",
        "-o",
        "jsonpath={.items[*].metadata.name}",
    ],
    &[
        "get",
        "pods",
        "-A",
        "-o",
        "jsonpath={range .items[*]}{.metadata.namespace}/{.metadata.name}{\"\\n\"}{end}",
    ],
    &[
        "get",
        "pods",
        "-A",
        "-o",
        "go-template={{range .items}}{{.metadata.name}} {{end}}",
    ],
    &["get", "pods", "-A", "--chunk-size=1", "-o", "name"],
    &["get", "pods", "-A", "--chunk-size=1"],
    &["get", "pods", "-A", "--chunk-size=1", "-o", "json"],
    &["get", "pods", "-A", "--chunk-size=0", "-o", "yaml"],
    &["get", "deploy", "-n", "shop"],
    &["get", "deployments.apps", "-n", "shop", "-o", "wide"],
    &[
        "get",
        "deployment.v1.apps",
        "web",
        "-n",
        "shop",
        "-o",
        "yaml",
    ],
    &[
        "get",
        "deploy/web",
        "deploy/api",
        "-n",
        "shop",
        "-o",
        "name",
    ],
    &["get", "svc", "-A"],
    &["get", "services", "-n", "shop", "-o", "wide"],
    &["get", "svc,deploy", "-n", "shop"],
    &["get", "svc,deploy", "-n", "shop", "--no-headers"],
    &["get", "pods,svc", "-n", "shop", "-o", "json"],
    &["get", "all", "-n", "shop"],
    &["get", "all", "-A"],
    &["get", "nodes"],
    &["get", "nodes", "-o", "wide"],
    &["get", "no", "sandbox-worker", "-o", "yaml"],
    &["get", "nodes", "--show-labels"],
    &["get", "ns"],
    &["get", "namespaces", "--show-labels", "-l", "team"],
    &["get", "namespace", "shop", "-o", "json"],
    &["get", "cm", "-n", "shop"],
    &["get", "configmaps", "-n", "shop", "settings", "-o", "yaml"],
    &[
        "get",
        "configmap",
        "settings",
        "-n",
        "shop",
        "-o",
        "jsonpath={.data}",
    ],
    &["get", "secrets", "-n", "shop"],
    &[
        "get",
        "secret",
        "creds",
        "-n",
        "shop",
        "-o",
        "go-template={{.data.password | base64decode}}",
    ],
    &["get", "events", "-n", "shop"],
    &["get", "ev", "-A", "-o", "wide"],
    &["get", "widgets", "-n", "shop"],
    &["get", "wd", "-n", "shop", "-o", "wide"],
    &["get", "widgets.example.com", "-A"],
    &["get", "widget", "small", "-n", "shop", "-o", "yaml"],
    &["get", "widgets", "-n", "shop", "-o", "json"],
    &["get", "crd"],
    &[
        "get",
        "pods",
        "-A",
        "-o",
        "custom-columns=NAME:.metadata.name,NS:.metadata.namespace,IMAGES:.spec.containers[*].image,NONE:.nope",
    ],
    &[
        "get",
        "svc",
        "-n",
        "shop",
        "-o",
        "custom-columns=NAME:metadata.name,PORTS:.spec.ports[*].port",
        "--no-headers",
    ],
    &[
        "get",
        "pod",
        "lonely",
        "-o",
        "custom-columns=NAME:.metadata.name,LABELS:.metadata.labels",
    ],
    &["get", "pods", "-o", "custom-columns=BROKEN"],
    &["get", "pods", "-A", "--sort-by=.metadata.name"],
    &[
        "get",
        "pods",
        "-A",
        "--sort-by",
        "{.metadata.namespace}",
        "-o",
        "name",
    ],
    &[
        "get",
        "svc",
        "-A",
        "--sort-by=.spec.ports[0].port",
        "-o",
        "wide",
    ],
    &[
        "get",
        "pods",
        "-A",
        "--sort-by=.metadata.name",
        "-o",
        "json",
    ],
    &["get", "nodes", "--sort-by=.status.capacity.memory"],
    &["get", "pods", "-A", "--sort-by=.nope"],
    &["get", "pods", "-A", "--sort-by=.nope", "-o", "name"],
    &["get", "-f", "objects.yaml"],
    &["get", "-f", "objects.yaml", "-o", "name"],
    &["get", "-f", "manifests", "-R"],
    &["get", "-f", "manifests"],
    &["get", "-f", "missing.yaml"],
    &["get", "-f", "manifests/b.json", "-n", "default"],
    &["get", "-f", "manifests/b.json", "-o", "yaml"],
    &[
        "get",
        "-f",
        "manifests/b.json",
        "-f",
        "manifests/a.yaml",
        "-o",
        "name",
    ],
    &["get", "pods", "-f", "objects.yaml"],
    &["get", "pods", "nope"],
    &["get", "pods", "nope", "lonely", "nope2"],
    &["get", "pods", "nope", "--ignore-not-found"],
    &["get", "pods", "nope", "-o", "json"],
    &["get", "podz"],
    &["get", "pods", "x/y"],
    &["get", "pods", "-o", "jsonpath={.items[0].metadata.name"],
    &[
        "get",
        "pods",
        "-o",
        "jsonpath={.nope}",
        "--allow-missing-template-keys=false",
    ],
    &["get", "pods", "-o", "go-template={{.nope"],
    &["get", "pods", "-o", "bogus"],
    &["get", "pods", "-l", "a in (b"],
    &["get", "pods", "lonely", "-l", "a=b"],
    &["get"],
    &["get", "--raw", "/api/v1/namespaces/default/pods/lonely"],
    &["get", "--raw", "/api/v1/namespaces/default/pods/nope"],
];

#[test]
fn get_matches_kubectl() {
    let Some(sandbox) = Sandbox::start_without_controllers() else {
        return;
    };
    sandbox.ok(&["apply", "-f", "-"], Some(OBJECTS));
    // The CRD's resources are served once it exists; wait for discovery to show them.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !sandbox
        .kubectl(&["apply", "-f", "-"], Some(WIDGETS))
        .status
        .success()
    {
        assert!(
            std::time::Instant::now() < deadline,
            "widgets never became available"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    std::fs::write(sandbox.home.join("objects.yaml"), OBJECTS).expect("write");
    std::fs::create_dir_all(sandbox.home.join("manifests/nested")).expect("mkdir");
    std::fs::write(
        sandbox.home.join("manifests/a.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n",
    )
    .expect("write");
    std::fs::write(sandbox.home.join("manifests/b.json"), r#"{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "shop"}}"#).expect("write");
    std::fs::write(sandbox.home.join("manifests/notes.txt"), "ignored").expect("write");
    std::fs::write(
        sandbox.home.join("manifests/nested/c.yml"),
        "apiVersion: v1\nkind: Pod\nmetadata: {name: lonely, namespace: default}\n",
    )
    .expect("write");
    let env: Vec<(&str, OsString)> = vec![
        ("HOME", sandbox.home.clone().into_os_string()),
        ("KUBECONFIG", sandbox.kubeconfig.clone().into_os_string()),
    ];
    let failures = parity_failures(&sandbox.kubectl, CASES, &sandbox.home, &env, true);
    assert!(
        failures.is_empty(),
        "{} of {} get cases differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}
