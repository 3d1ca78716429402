//! The seeds' workflows (W1–W27 in `shared/research/seeds-features.md` §4), the steps that
//! change objects: the same command sequence run by kubectl 1.32 on one fresh sandbox and by
//! kctl on another must print the same bytes, exit the same way and leave the same objects.
//!
//! Seed forms that kubectl 1.32 rejects are written the 1.32 way (`run` makes a Pod, so the
//! seeds' `run` of a deployment is `create deployment`; `exec` needs `--`). Steps that only
//! stream (logs, exec, port-forward, rollout status) belong to other suites.

pub(crate) mod harness;

use harness::{
    Workflow, capture, check, file, quiet, run, run_args, script, stdin, wait_for, wait_for_args,
};

/// Everything the workflows create, for the final comparison.
const KINDS: &str = "namespaces,pods,deployments,replicasets,daemonsets,statefulsets,services,configmaps,secrets,serviceaccounts,persistentvolumeclaims,roles,rolebindings,networkpolicies,storageclasses";

fn ready(out: &str) -> bool {
    // `get deploy NAME -o jsonpath={.status.readyReplicas}/{.spec.replicas}` → `3/3`.
    matches!(out.split_once('/'), Some((a, b)) if !a.is_empty() && a == b)
}

const HELLO_POD: &str = r#"apiVersion: v1
kind: Pod
metadata:
  name: hello-pod
  namespace: kubernetes-101
  labels:
    app: hello
spec:
  containers:
  - name: hello
    image: busybox
    command: ["sh", "-c", "echo Hello; sleep 3600"]
"#;

const GOODBYE_POD: &str = r#"apiVersion: v1
kind: Pod
metadata:
  name: goodbye-pod
  namespace: kubernetes-101
spec:
  containers:
  - name: goodbye
    image: busybox
    command: ["sh", "-c", "echo Goodbye; sleep 3600"]
"#;

/// W2 + W3: a pod from a file, another from stdin, deleted and re-created.
#[test]
fn w02_w03_pods_from_files_and_stdin() {
    check(Workflow {
        name: "W2/W3",
        steps: vec![
            run("create namespace kubernetes-101"),
            file("pod.yaml", HELLO_POD),
            run("apply -f pod.yaml"),
            run("apply -f pod.yaml"),
            stdin("-n kubernetes-101 apply -f -", GOODBYE_POD),
            run("-n kubernetes-101 delete pod goodbye-pod"),
            stdin("-n kubernetes-101 apply -f -", GOODBYE_POD),
            run("-n kubernetes-101 get pods -o name"),
        ],
        kinds: KINDS,
    });
}

const CLIENT_AND_WEBSITE: &str = r#"---
apiVersion: v1
kind: Pod
metadata:
  name: sample-client
  namespace: kubernetes-101
spec:
  containers:
  - name: shell
    image: busybox
    command: ["sh", "-c", "sleep 3600"]
---
apiVersion: v1
kind: Pod
metadata:
  name: sample-website
  namespace: kubernetes-101
  labels:
    app: sample-website
spec:
  containers:
  - name: nginx
    image: nginx
    ports:
    - containerPort: 80
"#;

const WEBSITE_SERVICES: &str = r#"apiVersion: v1
kind: Service
metadata:
  name: my-super-web-site
  namespace: kubernetes-101
spec:
  selector:
    app: sample-website
  ports:
  - protocol: TCP
    port: 80
    targetPort: 80
---

---
apiVersion: v1
kind: Service
metadata:
  name: sample-external-service
  namespace: kubernetes-101
spec:
  type: LoadBalancer
  selector:
    app: sample-website
  ports:
  - port: 80
"#;

/// W4: two pods from one multi-document stdin (leading `---`), services, a LoadBalancer.
#[test]
fn w04_services() {
    check(Workflow {
        name: "W4",
        steps: vec![
            run("create namespace kubernetes-101"),
            stdin("-n kubernetes-101 apply -f -", CLIENT_AND_WEBSITE),
            stdin("-n kubernetes-101 apply -f -", WEBSITE_SERVICES),
            stdin("-n kubernetes-101 apply -f -", WEBSITE_SERVICES),
            run("-n kubernetes-101 delete pod sample-website"),
        ],
        kinds: KINDS,
    });
}

const PVC_AND_DEPLOYMENT: &str = r#"apiVersion: v1
kind: Service
metadata:
  name: sample-website
  namespace: kubernetes-101
spec:
  selector:
    app: sample-website
  ports:
  - port: 80
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: htdocs-pvc
  namespace: kubernetes-101
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: sample-website
  namespace: kubernetes-101
spec:
  replicas: 2
  selector:
    matchLabels:
      app: sample-website
  template:
    metadata:
      labels:
        app: sample-website
    spec:
      containers:
      - name: nginx
        image: nginx
        volumeMounts:
        - name: htdocs
          mountPath: /usr/share/nginx/html
      volumes:
      - name: htdocs
        persistentVolumeClaim:
          claimName: htdocs-pvc
"#;

/// W5 + W6: a PVC, then a Service + PVC + Deployment in one apply (`unchanged` for the PVC).
#[test]
fn w05_w06_deployment_with_storage() {
    check(Workflow {
        name: "W5/W6",
        steps: vec![
            run("create namespace kubernetes-101"),
            file(
                "pvc.yaml",
                PVC_AND_DEPLOYMENT.split("---").nth(1).unwrap_or(""),
            ),
            run("apply -f pvc.yaml"),
            stdin("-n kubernetes-101 apply -f -", PVC_AND_DEPLOYMENT),
            wait_for(
                "-n kubernetes-101 get deploy sample-website -o jsonpath={.status.readyReplicas}/{.spec.replicas}",
                ready,
            ),
        ],
        kinds: KINDS,
    });
}

const OBJ: &str = r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  color: blue
  size: large
"#;

/// Replaces `blue` by `green` in the file kubectl hands the editor.
const SED_EDITOR: &str = "#!/bin/sh\nsed -i 's/blue/green/' \"$1\"\n";

/// W9: a context with a namespace, apply twice, edit, delete -f, label and unlabel.
#[test]
fn w09_generic_crud_and_labels() {
    check(Workflow {
        name: "W9",
        steps: vec![
            run(
                "config set-context my-context --namespace=mystuff --cluster=sandbox --user=sandbox-admin",
            ),
            run("config use-context my-context"),
            run("create namespace mystuff"),
            file("obj.yaml", OBJ),
            run("apply -f obj.yaml"),
            run("apply -f obj.yaml"),
            script("editor.sh", SED_EDITOR),
            run("edit configmap settings"),
            run("delete -f obj.yaml"),
            run("run bar --image=nginx"),
            run("label pods bar color=red"),
            run("label pods bar color=blue"),
            run("label pods bar color=blue --overwrite"),
            run("label pods bar color-"),
        ],
        kinds: KINDS,
    });
}

/// W11: pingpong (1.32: `run` makes a pod; the deployment comes from `create deployment`),
/// scaled, a pod deleted and replaced.
#[test]
fn w11_pingpong() {
    check(Workflow {
        name: "W11",
        steps: vec![
            run("run pingpong --image alpine ping 1.1.1.1"),
            run("create deployment pingpong --image=alpine -- ping 1.1.1.1"),
            run("scale deploy/pingpong --replicas 8"),
            wait_for(
                "get deploy pingpong -o jsonpath={.status.readyReplicas}/{.spec.replicas}",
                ready,
            ),
            run("delete pod pingpong"),
            wait_for(
                "get deploy pingpong -o jsonpath={.status.readyReplicas}/{.spec.replicas}",
                ready,
            ),
        ],
        kinds: KINDS,
    });
}

/// W12: httpenv with 10 replicas, exposed on 8888; the misspelt type's error.
#[test]
fn w12_httpenv() {
    check(Workflow {
        name: "W12",
        steps: vec![
            run("create deployment httpenv --image=jpetazzo/httpenv --replicas=10"),
            run("expose deploy/httpenv --port 8888"),
            quiet("get svc httpenv -o go-template --template {{.spec.clusterIP}}"),
            run("get endpoint"),
        ],
        kinds: KINDS,
    });
}

/// W13: DockerCoins — a registry on a NodePort, redis, the four services, exposed, scaled.
#[test]
fn w13_dockercoins() {
    let mut steps = vec![
        run("create deployment registry --image=registry"),
        run("expose deploy/registry --port=5000 --type=NodePort"),
        run("create deployment redis --image=redis"),
    ];
    for service in ["hasher", "rng", "webui", "worker"] {
        steps.push(run(&format!(
            "create deployment {service} --image=dockercoins/{service}:v0.1"
        )));
    }
    steps.extend([
        run("expose deployment redis --port 6379"),
        run("expose deployment rng --port 80"),
        run("expose deployment hasher --port 80"),
        run("expose deploy/webui --type=NodePort --port=80"),
        run("scale deploy/worker --replicas=10"),
        run("scale deploy/worker --replicas=10 --current-replicas=3"),
        wait_for(
            "get deploy worker -o jsonpath={.status.readyReplicas}/{.spec.replicas}",
            ready,
        ),
    ]);
    check(Workflow {
        name: "W13",
        steps,
        kinds: KINDS,
    });
}

/// The exported deployment turned into a DaemonSet by hand, as the seed does with an editor.
/// The seed's `--export` dropped what the server set; without it the user deletes those lines.
fn deployment_to_daemonset(yaml: &str) -> String {
    let mut out = String::new();
    for line in yaml.lines() {
        if line.starts_with("status:") {
            break;
        }
        let server_set = [
            "  creationTimestamp:",
            "  resourceVersion:",
            "  uid:",
            "  generation:",
        ]
        .iter()
        .any(|p| line.starts_with(p));
        if !server_set {
            out.push_str(&line.replace("kind: Deployment", "kind: DaemonSet"));
            out.push('\n');
        }
    }
    out
}

/// W17: a Deployment exported and re-applied as a DaemonSet (refused with `replicas`, then
/// `--validate=false`), pods selected with set-based labels, deleted, patched.
#[test]
fn w17_deployment_to_daemonset() {
    check(Workflow {
        name: "W17",
        steps: vec![
            run("create deployment rng --image=dockercoins/rng:v0.1"),
            run("expose deployment rng --port 80"),
            wait_for(
                "get deploy rng -o jsonpath={.status.readyReplicas}/{.spec.replicas}",
                ready,
            ),
            capture("get deploy/rng -o yaml", "rng.yml", deployment_to_daemonset),
            run("apply -f rng.yml"),
            run("apply -f rng.yml --validate=false"),
            // Every daemon pod exists before labelling: one created later would miss the label.
            wait_for(
                "get ds rng -o jsonpath={.status.numberReady}/{.status.desiredNumberScheduled}/{.status.updatedNumberScheduled}/{.status.currentNumberScheduled}",
                daemons_ready,
            ),
            // Prints generated pod names: compared through the final objects instead.
            quiet("label pods -l app=rng isactive=yes"),
            run("get pods -l app=rng,isactive!=yes -o name"),
            run_args(&[
                "patch",
                "service",
                "rng",
                "-p",
                "spec:\n  selector:\n    isactive: \"yes\"\n",
            ]),
            run("delete deployment rng"),
        ],
        kinds: KINDS,
    });
}

/// `N/N/N/N` with N > 0: every eligible node runs an up-to-date, ready daemon pod.
fn daemons_ready(out: &str) -> bool {
    let parts: Vec<&str> = out.split('/').collect();
    parts.len() == 4
        && parts[0] != "0"
        && !parts[0].is_empty()
        && parts.iter().all(|p| *p == parts[0])
}

/// The broken rollout has begun: its replica set holds one (unpullable) pod next to the
/// three of v0.2, so what the patch finds does not depend on timing.
fn broken_rollout_started(out: &str) -> bool {
    let sets: Vec<&str> = out.split(';').filter(|s| !s.is_empty()).collect();
    sets.len() == 3
        && sets.contains(&"dockercoins/worker:v0.3-does-not-exist=1/1")
        && sets.contains(&"dockercoins/worker:v0.2=3/3")
        && sets.contains(&"dockercoins/worker:v0.1=0/0")
}

const SETTLED: &str = "get deploy worker -o jsonpath={.status.updatedReplicas}/{.status.availableReplicas}/{.status.replicas}/{.status.observedGeneration}/{.metadata.generation}";

/// `N/N/N/G/G`: every replica updated and available, none of an older template left, the
/// latest generation observed.
fn settled(out: &str) -> bool {
    let parts: Vec<&str> = out.split('/').collect();
    matches!(parts.as_slice(), [n, a, r, g, h] if !n.is_empty() && n == a && a == r && g == h)
}

/// Three pods, all of one replica set (`pod/worker-HASH-xxxxx`): the rollout is over.
fn one_replica_set_of_three(out: &str) -> bool {
    let stems: std::collections::BTreeSet<&str> = out
        .lines()
        .filter_map(|l| l.rsplit_once('-').map(|(stem, _)| stem))
        .collect();
    out.lines().count() == 3 && stems.len() == 1
}

const WORKER_PATCH: &str = r#"
spec:
  template:
    spec:
      containers:
      - name: worker
        image: dockercoins/worker:v0.1
  strategy:
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
  minReadySeconds: 10
"#;

/// W18: images updated (one that cannot be pulled), then patched back with a YAML body.
#[test]
fn w18_set_image_and_patch() {
    check(Workflow {
        name: "W18",
        steps: vec![
            run("create deployment worker --image=dockercoins/worker:v0.1 --replicas=3"),
            wait_for(
                "get deploy worker -o jsonpath={.status.readyReplicas}/{.spec.replicas}",
                ready,
            ),
            run("set image deploy worker worker=dockercoins/worker:v0.2"),
            // Each rollout step scales replica sets (bumping their generations); waiting for
            // one rollout to end before the next starts keeps both runs on the same steps.
            wait_for(SETTLED, settled),
            run("set image deploy worker worker=dockercoins/worker:v0.3-does-not-exist"),
            wait_for_args(
                &[
                    "get",
                    "rs",
                    "-l",
                    "app=worker",
                    "-o",
                    "jsonpath={range .items[*]}{.spec.template.spec.containers[0].image}={.spec.replicas}/{.status.replicas};{end}",
                ],
                broken_rollout_started,
            ),
            run("set image deploy worker nope=dockercoins/worker:v0.3"),
            run_args(&["patch", "deployment", "worker", "-p", WORKER_PATCH]),
            // The patch starts a rollout; patching again mid-rollout races the controller's
            // status writes (`patched` vs `patched (no change)`), as on a real cluster.
            wait_for("get pods -l app=worker -o name", one_replica_set_of_three),
            wait_for(SETTLED, settled),
            run_args(&["patch", "deployment", "worker", "-p", WORKER_PATCH]),
        ],
        kinds: KINDS,
    });
}

const CONFIG_V1: &str = r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: echo-server-config-v1
data:
  PORT: "3000"
"#;

const CONFIG_V2: &str = r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: echo-server-config-v2
data:
  PORT: "4000"
"#;

fn echo_deployment(config: &str) -> String {
    format!(
        r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: echo-server
spec:
  replicas: 2
  selector:
    matchLabels:
      app: echo-server
  template:
    metadata:
      labels:
        app: echo-server
    spec:
      containers:
      - name: echo-server
        image: ealen/echo-server
        envFrom:
        - configMapRef:
            name: {config}
"#
    )
}

/// W19: ConfigMap versions behind a Deployment, re-pointed, the old one deleted.
#[test]
fn w19_configmap_versions() {
    check(Workflow {
        name: "W19",
        steps: vec![
            stdin("apply -f -", CONFIG_V1),
            stdin("apply -f -", &echo_deployment("echo-server-config-v1")),
            stdin("apply -f -", CONFIG_V2),
            stdin("apply -f -", &echo_deployment("echo-server-config-v2")),
            run("delete configmap echo-server-config-v1"),
            // The second apply starts a rollout: compare once it is over.
            wait_for(
                "get deploy echo-server -o jsonpath={.status.updatedReplicas}/{.status.availableReplicas}/{.status.replicas}/{.status.observedGeneration}/{.metadata.generation}",
                settled,
            ),
        ],
        kinds: KINDS,
    });
}

const NAMESPACE_GREEN: &str = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: green\n";

/// W20 + W22: namespaces two ways, a service account and its role binding.
#[test]
fn w20_w22_namespaces_and_rbac() {
    check(Workflow {
        name: "W20/W22",
        steps: vec![
            run("create namespace blue"),
            run("create namespace blue"),
            stdin("apply -f-", NAMESPACE_GREEN),
            run("-n blue get svc"),
            run("create serviceaccount viewer"),
            run(
                "create rolebinding viewercanview --clusterrole=view --serviceaccount=default:viewer",
            ),
            run(
                "create rolebinding viewercanview --clusterrole=view --serviceaccount=default:viewer --dry-run=client -o yaml",
            ),
        ],
        kinds: KINDS,
    });
}

const DENY_ALL: &str = r#"kind: NetworkPolicy
apiVersion: networking.k8s.io/v1
metadata:
  name: deny-all-for-testweb
spec:
  podSelector:
    matchLabels:
      run: testweb
  ingress: []
---
kind: NetworkPolicy
apiVersion: networking.k8s.io/v1
metadata:
  name: allow-testcurl-for-testweb
spec:
  podSelector:
    matchLabels:
      run: testweb
  ingress:
  - from:
    - podSelector:
        matchLabels:
          run: testcurl
"#;

/// W21: network policies applied and deleted with `--all`.
#[test]
fn w21_network_policies() {
    check(Workflow {
        name: "W21",
        steps: vec![
            run("run testweb --image=nginx"),
            stdin("apply -f -", DENY_ALL),
            run("delete networkpolicies --all"),
            run("delete networkpolicies --all"),
        ],
        kinds: KINDS,
    });
}

const HAPROXY_CFG: &str = "global\n  daemon\n  maxconn 256\n\ndefaults\n  mode tcp\n";

/// W24: ConfigMaps from a file and from literals.
#[test]
fn w24_configmaps() {
    check(Workflow {
        name: "W24",
        steps: vec![
            file("haproxy.cfg", HAPROXY_CFG),
            run("create configmap haproxy --from-file=haproxy.cfg"),
            run("create configmap registry --from-literal=http.addr=0.0.0.0:80"),
            run("create configmap registry --from-literal=http.addr=0.0.0.0:80"),
        ],
        kinds: KINDS,
    });
}

const CONSUL: &str = r#"apiVersion: v1
kind: Service
metadata:
  name: consul
spec:
  clusterIP: None
  selector:
    app: consul
  ports:
  - port: 8500
    name: http
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: consul
spec:
  serviceName: consul
  replicas: 3
  selector:
    matchLabels:
      app: consul
  template:
    metadata:
      labels:
        app: consul
    spec:
      containers:
      - name: consul
        image: consul:1.4.0
        args: ["agent", "-bootstrap-expect=3", "-retry-join=consul-0.consul"]
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: ["ReadWriteOnce"]
      resources:
        requests:
          storage: 1Gi
"#;

/// W25: a StatefulSet with a headless service, a generated secret, every node labelled.
#[test]
fn w25_statefulset() {
    check(Workflow {
        name: "W25",
        steps: vec![
            stdin("apply -f -", CONSUL),
            run("create secret generic postgres --from-literal=password=s3cr3tpassw0rd12"),
            run("label nodes --all px/enabled=remove --overwrite"),
            // Ordered start: the final objects are compared once every replica is up.
            wait_for(
                "get sts consul -o jsonpath={.status.readyReplicas}/{.spec.replicas}",
                ready,
            ),
        ],
        kinds: KINDS,
    });
}

const NGINX_DEPLOYMENT: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 2
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
"#;

const NGINX_DAEMONSET: &str = r#"apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: nginx-deployment
spec:
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
"#;

const HELLO_SERVICES: &str = r#"apiVersion: v1
kind: Service
metadata:
  name: hello
spec:
  selector:
    app: nginx
  ports:
  - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: hello-nodeport
spec:
  type: NodePort
  selector:
    app: nginx
  ports:
  - port: 80
    nodePort: 30000
"#;

/// W26: deployment applied, scaled, deleted with `-f`; a DaemonSet; services.
#[test]
fn w26_lke_walkthrough() {
    check(Workflow {
        name: "W26",
        steps: vec![
            file("deployment.yaml", NGINX_DEPLOYMENT),
            run("apply -f deployment.yaml"),
            run("scale deployment nginx-deployment --replicas=4"),
            wait_for(
                "get deploy nginx-deployment -o jsonpath={.status.readyReplicas}/{.spec.replicas}",
                ready,
            ),
            run("delete -f deployment.yaml"),
            file("daemonset.yaml", NGINX_DAEMONSET),
            run("apply -f daemonset.yaml"),
            file("services.yaml", HELLO_SERVICES),
            run("apply -f services.yaml"),
        ],
        kinds: KINDS,
    });
}

const ECHO_POD: &str = r#"apiVersion: v1
kind: Pod
metadata:
  name: echo-server
  labels:
    app: echo-server
spec:
  containers:
  - name: echo-server
    image: ealen/echo-server
    ports:
    - containerPort: 3000
"#;

const ECHO_RS: &str = r#"apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: echo-server
spec:
  replicas: 3
  selector:
    matchLabels:
      app: echo-server
  template:
    metadata:
      labels:
        app: echo-server
    spec:
      containers:
      - name: echo-server
        image: ealen/echo-server
"#;

/// Sets the ReplicaSet's replicas to 2 in the editor.
const REPLICAS_EDITOR: &str = "#!/bin/sh\nsed -i 's/^  replicas: 3$/  replicas: 2/' \"$1\"\n";

/// W27: a pod, a namespace, a ReplicaSet edited and deleted.
#[test]
fn w27_echo_server() {
    check(Workflow {
        name: "W27",
        steps: vec![
            file("echo-server.yaml", ECHO_POD),
            run("apply -f echo-server.yaml"),
            run("delete pod echo-server"),
            run("create namespace my-namespace-name"),
            file("rs.yaml", ECHO_RS),
            run("apply -f rs.yaml"),
            script("editor.sh", REPLICAS_EDITOR),
            run("edit replicaset echo-server"),
            run("delete replicaset echo-server"),
        ],
        kinds: KINDS,
    });
}

/// W1: contexts and a user without rights (through `--as`, as the seed's second user).
#[test]
fn w01_contexts_and_permissions() {
    check(Workflow {
        name: "W1",
        steps: vec![
            run("config get-contexts"),
            run("create namespace efas-dev"),
            run("get ns --as efas-dev"),
            run("create rolebinding dev --clusterrole=edit --user=efas-dev -n efas-dev"),
            run("-n efas-dev get pods --as efas-dev"),
            run("-n efas-dev create configmap c --from-literal=a=b --as efas-dev"),
            run("-n default create configmap c --from-literal=a=b --as efas-dev"),
        ],
        kinds: KINDS,
    });
}

const KUARD_POD: &str = r#"apiVersion: v1
kind: Pod
metadata:
  name: kuard
spec:
  containers:
  - image: gcr.io/kuar-demo/kuard-amd64:blue
    name: kuard
    ports:
    - containerPort: 8080
      name: http
      protocol: TCP
"#;

/// W7: kuard run, deleted, applied from a file and deleted with `-f`.
#[test]
fn w07_kuard_pod_lifecycle() {
    check(Workflow {
        name: "W7",
        steps: vec![
            run("run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue"),
            run("delete pods/kuard"),
            file("kuard-pod.yaml", KUARD_POD),
            run("apply -f kuard-pod.yaml"),
            run("delete -f kuard-pod.yaml"),
            run("delete -f kuard-pod.yaml"),
        ],
        kinds: KINDS,
    });
}

/// W23: the cheeses run and exposed (as deployments: 1.32's `run` makes pods only).
#[test]
fn w23_cheeses() {
    let mut steps = Vec::new();
    for cheese in ["cheddar", "stilton", "wensleydale"] {
        steps.push(run(&format!(
            "create deployment {cheese} --image=errm/cheese:{cheese}"
        )));
        steps.push(run(&format!("expose deployment {cheese} --port=80")));
    }
    steps.push(run_args(&[
        "create",
        "ingress",
        "cheese",
        "--rule=cheddar.localhost/*=cheddar:80",
        "--rule=stilton.localhost/*=stilton:80",
        "--rule=wensleydale.localhost/*=wensleydale:80",
    ]));
    check(Workflow {
        name: "W23",
        steps,
        kinds: "deployments,services,ingresses",
    });
}
