//! `kctl::describe` against kubectl 1.32's `describe` on the sandbox: every kind in a minimal
//! and a populated shape, rendered from the objects `kubectl get -o json` returns and compared
//! byte for byte. Events are created with fixed 2020 timestamps, so their ages ("5y…") do not
//! tick between the two runs; nothing is normalised.

use serde_json::{Value, json};

use crate::support::diff;
use crate::support_sandbox::Sandbox;
use kctl::describe::{self, Related, RelatedSlot};

/// One object to describe: kubectl's resource argument, its GroupKind, and the manifest.
struct Case {
    resource: &'static str,
    group: &'static str,
    kind: &'static str,
    name: &'static str,
    namespace: Option<&'static str>,
    manifest: Value,
    /// Merged into `.status` through the status subresource.
    status: Option<Value>,
    /// Events to create about the object (reason, message, count).
    events: &'static [(&'static str, &'static str, &'static str, i64)],
}

const NS: &str = "desc";

fn meta(name: &str, ns: Option<&str>, extra: Value) -> Value {
    let mut m = json!({ "name": name });
    if let Some(ns) = ns {
        m["namespace"] = json!(ns);
    }
    if let (Some(m), Some(extra)) = (m.as_object_mut(), extra.as_object()) {
        for (k, v) in extra {
            m.insert(k.clone(), v.clone());
        }
    }
    m
}

fn full_meta(name: &str, ns: Option<&str>) -> Value {
    meta(
        name,
        ns,
        json!({
            "labels": {"app": "web", "tier": "front", "a.example.com/long-key": "v"},
            "annotations": {
                "note": "short",
                "multi": "line one\nline two\n",
                "long": "x".repeat(180),
            }
        }),
    )
}

fn pod_spec_full() -> Value {
    json!({
        "serviceAccountName": "default",
        "priorityClassName": "",
        "nodeSelector": {"disk": "ssd", "zone": "a"},
        "tolerations": [
            {"key": "k1", "operator": "Equal", "value": "v1", "effect": "NoSchedule"},
            {"key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300},
            {"operator": "Exists"}
        ],
        "topologySpreadConstraints": [
            {"maxSkew": 1, "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule",
             "labelSelector": {"matchLabels": {"app": "web"}}}
        ],
        "initContainers": [{"name": "init", "image": "busybox", "command": ["sh", "-c", "echo hi\necho there"]}],
        "containers": [{
            "name": "main",
            "image": "nginx:1.25",
            "args": ["--port", "8080"],
            "ports": [{"containerPort": 8080, "protocol": "TCP"}, {"containerPort": 9090, "hostPort": 9090, "protocol": "UDP"}],
            "resources": {"limits": {"cpu": "500m", "memory": "128Mi"}, "requests": {"cpu": "250m", "memory": "64Mi"}},
            "livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080, "scheme": "HTTP"}, "initialDelaySeconds": 3, "timeoutSeconds": 1, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 3},
            "readinessProbe": {"tcpSocket": {"port": "http"}, "timeoutSeconds": 1, "periodSeconds": 5, "successThreshold": 1, "failureThreshold": 3},
            "startupProbe": {"exec": {"command": ["cat", "/tmp/ok"]}, "timeoutSeconds": 1, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 30},
            "envFrom": [{"configMapRef": {"name": "cm-full"}}, {"secretRef": {"name": "sec-full", "optional": true}, "prefix": "S_"}],
            "env": [
                {"name": "PLAIN", "value": "v"},
                {"name": "MULTI", "value": "a\nb"},
                {"name": "POD_NAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.name"}}},
                {"name": "NODE", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "spec.nodeName"}}},
                {"name": "CPU_LIMIT", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": "1m"}}},
                {"name": "MEM_REQ", "valueFrom": {"resourceFieldRef": {"resource": "requests.memory"}}},
                {"name": "SECRET", "valueFrom": {"secretKeyRef": {"name": "sec-full", "key": "password"}}},
                {"name": "CONF", "valueFrom": {"configMapKeyRef": {"name": "cm-full", "key": "k", "optional": true}}}
            ],
            "volumeMounts": [
                {"name": "data", "mountPath": "/data"},
                {"name": "conf", "mountPath": "/etc/conf", "readOnly": true, "subPath": "app.conf"}
            ]
        }],
        "volumes": [
            {"name": "data", "emptyDir": {"sizeLimit": "1Gi"}},
            {"name": "conf", "configMap": {"name": "cm-full"}},
            {"name": "sec", "secret": {"secretName": "sec-full", "optional": true}},
            {"name": "host", "hostPath": {"path": "/var/log", "type": "Directory"}},
            {"name": "claim", "persistentVolumeClaim": {"claimName": "pvc-1", "readOnly": true}},
            {"name": "nfs", "nfs": {"server": "10.0.0.1", "path": "/exports"}},
            {"name": "down", "downwardAPI": {"items": [{"path": "labels", "fieldRef": {"fieldPath": "metadata.labels"}}]}},
            {"name": "proj", "projected": {"sources": [
                {"serviceAccountToken": {"path": "token", "expirationSeconds": 3600}},
                {"configMap": {"name": "kube-root-ca.crt"}},
                {"downwardAPI": {"items": [{"path": "namespace", "fieldRef": {"fieldPath": "metadata.namespace"}}]}}
            ]}},
            {"name": "csi", "csi": {"driver": "csi.example.com", "volumeAttributes": {"b": "2", "a": "1"}}},
            {"name": "gce", "gcePersistentDisk": {"pdName": "disk-1", "fsType": "ext4", "partition": 1}},
            {"name": "ebs", "awsElasticBlockStore": {"volumeID": "vol-1", "readOnly": true}},
            {"name": "eph", "ephemeral": {"volumeClaimTemplate": {"metadata": {"labels": {"a": "b", "c": "d"}}, "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": "fast", "resources": {"requests": {"storage": "1Gi"}}}}}},
            {"name": "git", "gitRepo": {"repository": "https://example.com/r.git", "revision": "main"}}
        ]
    })
}

fn cases() -> Vec<Case> {
    let ns = Some(NS);
    vec![
        Case {
            resource: "namespace",
            group: "",
            kind: "Namespace",
            name: "desc-empty",
            namespace: None,
            manifest: json!({"apiVersion": "v1", "kind": "Namespace", "metadata": meta("desc-empty", None, json!({}))}),
            status: None,
            events: &[],
        },
        Case {
            resource: "namespace",
            group: "",
            kind: "Namespace",
            name: NS,
            namespace: None,
            manifest: json!({"apiVersion": "v1", "kind": "Namespace", "metadata": full_meta(NS, None)}),
            status: None,
            events: &[],
        },
        Case {
            resource: "resourcequota",
            group: "",
            kind: "ResourceQuota",
            name: "quota",
            namespace: ns,
            manifest: json!({"apiVersion": "v1", "kind": "ResourceQuota", "metadata": meta("quota", ns, json!({})),
                "spec": {"hard": {"pods": "10", "requests.cpu": "2", "limits.memory": "2Gi"}, "scopes": ["NotBestEffort"]}}),
            status: Some(
                json!({"hard": {"pods": "10", "requests.cpu": "2", "limits.memory": "2Gi"}, "used": {"pods": "1", "requests.cpu": "250m"}}),
            ),
            events: &[],
        },
        Case {
            resource: "limitrange",
            group: "",
            kind: "LimitRange",
            name: "limits",
            namespace: ns,
            manifest: json!({"apiVersion": "v1", "kind": "LimitRange", "metadata": meta("limits", ns, json!({})),
                "spec": {"limits": [{"type": "Container", "max": {"cpu": "2"}, "min": {"cpu": "100m"}, "default": {"cpu": "500m"}, "defaultRequest": {"cpu": "200m"}}]}}),
            status: None,
            events: &[],
        },
        Case {
            resource: "pod",
            group: "",
            kind: "Pod",
            name: "pod-min",
            namespace: ns,
            manifest: json!({"apiVersion": "v1", "kind": "Pod", "metadata": meta("pod-min", ns, json!({})),
                "spec": {"containers": [{"name": "c", "image": "nginx"}]}}),
            status: None,
            events: &[(
                "Scheduled",
                "Successfully assigned desc/pod-min to node-1",
                "default-scheduler",
                1,
            )],
        },
        Case {
            resource: "pod",
            group: "",
            kind: "Pod",
            name: "pod-full",
            namespace: ns,
            manifest: json!({"apiVersion": "v1", "kind": "Pod", "metadata": full_meta("pod-full", ns), "spec": pod_spec_full()}),
            status: Some(json!({
                "phase": "Running",
                "hostIP": "10.0.0.5",
                "podIP": "10.244.0.7",
                "podIPs": [{"ip": "10.244.0.7"}, {"ip": "fd00::7"}],
                "startTime": "2020-01-02T03:04:05Z",
                "qosClass": "Burstable",
                "conditions": [
                    {"type": "Initialized", "status": "True", "lastTransitionTime": "2020-01-02T03:04:05Z"},
                    {"type": "Ready", "status": "False", "lastTransitionTime": "2020-01-02T03:04:05Z"}
                ],
                "initContainerStatuses": [{"name": "init", "image": "busybox", "imageID": "docker.io/busybox@sha256:1", "containerID": "containerd://i1", "ready": true, "restartCount": 0,
                    "state": {"terminated": {"exitCode": 0, "reason": "Completed", "startedAt": "2020-01-02T03:04:06Z", "finishedAt": "2020-01-02T03:04:07Z"}}}],
                "containerStatuses": [{"name": "main", "image": "nginx:1.25", "imageID": "docker.io/nginx@sha256:2", "containerID": "containerd://m1", "ready": false, "restartCount": 3,
                    "state": {"waiting": {"reason": "CrashLoopBackOff"}},
                    "lastState": {"terminated": {"exitCode": 137, "reason": "OOMKilled", "message": "killed", "startedAt": "2020-01-02T03:05:00Z", "finishedAt": "2020-01-02T03:06:00Z"}}}]
            })),
            events: &[
                (
                    "Pulled",
                    "Container image \"nginx:1.25\" already present on machine",
                    "kubelet",
                    4,
                ),
                (
                    "BackOff",
                    "Back-off restarting failed container",
                    "kubelet",
                    1,
                ),
            ],
        },
        Case {
            resource: "deployment",
            group: "apps",
            kind: "Deployment",
            name: "dep-min",
            namespace: ns,
            manifest: json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta("dep-min", ns, json!({})),
                "spec": {"selector": {"matchLabels": {"app": "dep-min"}}, "template": {"metadata": {"labels": {"app": "dep-min"}}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}}}}),
            status: None,
            events: &[],
        },
        Case {
            resource: "deployment",
            group: "apps",
            kind: "Deployment",
            name: "dep-full",
            namespace: ns,
            manifest: json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": full_meta("dep-full", ns),
                "spec": {"replicas": 3, "minReadySeconds": 5,
                    "selector": {"matchLabels": {"app": "web"}, "matchExpressions": [{"key": "tier", "operator": "In", "values": ["front", "back"]}]},
                    "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "25%", "maxSurge": 1}},
                    "template": {"metadata": {"labels": {"app": "web", "tier": "front"}, "annotations": {"t": "1"}}, "spec": pod_spec_full()}}}),
            status: Some(
                json!({"replicas": 3, "updatedReplicas": 2, "availableReplicas": 1, "unavailableReplicas": 2, "readyReplicas": 1,
                "conditions": [
                    {"type": "Available", "status": "False", "reason": "MinimumReplicasUnavailable", "message": "m", "lastUpdateTime": "2020-01-02T03:04:05Z", "lastTransitionTime": "2020-01-02T03:04:05Z"},
                    {"type": "Progressing", "status": "True", "reason": "ReplicaSetUpdated", "message": "m", "lastUpdateTime": "2020-01-02T03:04:05Z", "lastTransitionTime": "2020-01-02T03:04:05Z"}
                ]}),
            ),
            events: &[(
                "ScalingReplicaSet",
                "Scaled up replica set dep-full-abc to 3",
                "deployment-controller",
                1,
            )],
        },
        Case {
            resource: "replicaset",
            group: "apps",
            kind: "ReplicaSet",
            name: "rs-min",
            namespace: ns,
            manifest: json!({"apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": meta("rs-min", ns, json!({})),
                "spec": {"selector": {"matchLabels": {"app": "rs-min"}}, "template": {"metadata": {"labels": {"app": "rs-min"}}, "spec": {"containers": [{"name": "c", "image": "nginx", "ports": [{"containerPort": 80}]}]}}}}),
            status: None,
            events: &[],
        },
        Case {
            resource: "replicaset",
            group: "apps",
            kind: "ReplicaSet",
            name: "rs-full",
            namespace: ns,
            manifest: json!({"apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": full_meta("rs-full", ns),
                "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}},
                    "template": {"metadata": {"labels": {"app": "web"}}, "spec": pod_spec_full()}}}),
            status: Some(json!({"replicas": 1, "fullyLabeledReplicas": 1,
                "conditions": [{"type": "ReplicaFailure", "status": "True", "reason": "FailedCreate", "message": "quota", "lastTransitionTime": "2020-01-02T03:04:05Z"}]})),
            events: &[(
                "SuccessfulCreate",
                "Created pod: rs-full-x",
                "replicaset-controller",
                2,
            )],
        },
        Case {
            resource: "service",
            group: "",
            kind: "Service",
            name: "svc-min",
            namespace: ns,
            manifest: json!({"apiVersion": "v1", "kind": "Service", "metadata": meta("svc-min", ns, json!({})),
                "spec": {"ports": [{"port": 80}]}}),
            status: None,
            events: &[],
        },
        Case {
            resource: "service",
            group: "",
            kind: "Service",
            name: "svc-full",
            namespace: ns,
            manifest: json!({"apiVersion": "v1", "kind": "Service", "metadata": full_meta("svc-full", ns),
                "spec": {"type": "NodePort", "selector": {"app": "web", "tier": "front"}, "externalIPs": ["1.2.3.4"], "sessionAffinity": "ClientIP",
                    "ports": [{"name": "http", "port": 80, "targetPort": "http", "nodePort": 30080}, {"name": "dns", "port": 53, "protocol": "UDP", "targetPort": 5353}]}}),
            status: None,
            events: &[],
        },
        Case {
            resource: "endpoints",
            group: "",
            kind: "Endpoints",
            name: "svc-full",
            namespace: ns,
            manifest: json!({"apiVersion": "v1", "kind": "Endpoints", "metadata": meta("svc-full", ns, json!({})),
                "subsets": [{"addresses": [{"ip": "10.0.0.1"}, {"ip": "10.0.0.2"}], "notReadyAddresses": [{"ip": "10.0.0.3"}],
                    "ports": [{"name": "http", "port": 8080, "protocol": "TCP"}, {"port": 5353, "protocol": "UDP"}]},
                    {"addresses": [{"ip": "10.0.1.1"}]}]}),
            status: None,
            events: &[],
        },
        Case {
            resource: "configmap",
            group: "",
            kind: "ConfigMap",
            name: "cm-min",
            namespace: ns,
            manifest: json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta("cm-min", ns, json!({}))}),
            status: None,
            events: &[],
        },
        Case {
            resource: "configmap",
            group: "",
            kind: "ConfigMap",
            name: "cm-full",
            namespace: ns,
            // One key each: kubectl prints data in Go map order.
            manifest: json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": full_meta("cm-full", ns),
                "data": {"app.conf": "port=8080\nhost=x\n"}, "binaryData": {"blob": "AAECAw=="}}),
            status: None,
            events: &[],
        },
        Case {
            resource: "secret",
            group: "",
            kind: "Secret",
            name: "sec-full",
            namespace: ns,
            manifest: json!({"apiVersion": "v1", "kind": "Secret", "metadata": full_meta("sec-full", ns),
                "type": "Opaque", "data": {"password": "c2VjcmV0"}}),
            status: None,
            events: &[],
        },
        Case {
            resource: "secret",
            group: "",
            kind: "Secret",
            name: "sec-min",
            namespace: ns,
            manifest: json!({"apiVersion": "v1", "kind": "Secret", "metadata": meta("sec-min", ns, json!({}))}),
            status: None,
            events: &[],
        },
        Case {
            resource: "storageclass",
            group: "storage.k8s.io",
            kind: "StorageClass",
            name: "sc-min",
            namespace: None,
            manifest: json!({"apiVersion": "storage.k8s.io/v1", "kind": "StorageClass", "metadata": meta("sc-min", None, json!({})),
                "provisioner": "example.com/none"}),
            status: None,
            events: &[],
        },
        Case {
            resource: "storageclass",
            group: "storage.k8s.io",
            kind: "StorageClass",
            name: "sc-full",
            namespace: None,
            manifest: json!({"apiVersion": "storage.k8s.io/v1", "kind": "StorageClass",
                "metadata": meta("sc-full", None, json!({"annotations": {"storageclass.kubernetes.io/is-default-class": "true"}})),
                "provisioner": "k8s.io/minikube-hostpath", "parameters": {"type": "pd-ssd", "fs": "ext4"},
                "reclaimPolicy": "Retain", "volumeBindingMode": "WaitForFirstConsumer", "allowVolumeExpansion": true,
                "mountOptions": ["debug", "ro"],
                "allowedTopologies": [{"matchLabelExpressions": [{"key": "zone", "values": ["a", "b"]}]}]}),
            status: None,
            events: &[],
        },
        Case {
            resource: "lease",
            group: "coordination.k8s.io",
            kind: "Lease",
            name: "lease-full",
            namespace: ns,
            manifest: json!({"apiVersion": "coordination.k8s.io/v1", "kind": "Lease", "metadata": full_meta("lease-full", ns),
                "spec": {"holderIdentity": "node-1", "leaseDurationSeconds": 40, "renewTime": "2020-01-02T03:04:05.000000Z"}}),
            status: None,
            events: &[],
        },
    ]
}

/// The second batch: workloads, networking, storage, RBAC, policy, nodes.
fn more_cases() -> Vec<Case> {
    let ns = Some(NS);
    let tpl = json!({"metadata": {"labels": {"app": "w"}}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}});
    let c = |resource: &'static str,
             group: &'static str,
             kind: &'static str,
             name: &'static str,
             namespace: Option<&'static str>,
             manifest: Value| Case {
        resource,
        group,
        kind,
        name,
        namespace,
        manifest,
        status: None,
        events: &[],
    };
    vec![
        c(
            "serviceaccount",
            "",
            "ServiceAccount",
            "sa-min",
            ns,
            json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": meta("sa-min", ns, json!({}))}),
        ),
        c(
            "serviceaccount",
            "",
            "ServiceAccount",
            "sa-full",
            ns,
            json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": full_meta("sa-full", ns),
                "secrets": [{"name": "sec-full"}, {"name": "gone"}], "imagePullSecrets": [{"name": "pull"}, {"name": "sec-min"}]}),
        ),
        c(
            "daemonset",
            "apps",
            "DaemonSet",
            "ds-min",
            ns,
            json!({"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": meta("ds-min", ns, json!({})),
                "spec": {"selector": {"matchLabels": {"app": "w"}}, "template": tpl}}),
        ),
        Case {
            status: Some(
                json!({"desiredNumberScheduled": 3, "currentNumberScheduled": 2, "updatedNumberScheduled": 1, "numberAvailable": 1, "numberMisscheduled": 0, "numberReady": 1}),
            ),
            ..c(
                "daemonset",
                "apps",
                "DaemonSet",
                "ds-full",
                ns,
                json!({"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": full_meta("ds-full", ns),
                "spec": {"selector": {"matchLabels": {"app": "web"}}, "template": {"metadata": {"labels": {"app": "web"}}, "spec": pod_spec_full()}}}),
            )
        },
        c(
            "statefulset",
            "apps",
            "StatefulSet",
            "ss-min",
            ns,
            json!({"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": meta("ss-min", ns, json!({})),
                "spec": {"serviceName": "x", "selector": {"matchLabels": {"app": "w"}}, "template": tpl}}),
        ),
        c(
            "statefulset",
            "apps",
            "StatefulSet",
            "ss-full",
            ns,
            json!({"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": full_meta("ss-full", ns),
                "spec": {"serviceName": "x", "replicas": 2, "selector": {"matchLabels": {"app": "w"}}, "template": tpl,
                    "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": 1}},
                    "volumeClaimTemplates": [{"metadata": {"name": "data", "labels": {"a": "b"}}, "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": "fast", "resources": {"requests": {"storage": "1Gi"}}}}]}}),
        ),
        c(
            "job",
            "batch",
            "Job",
            "job-min",
            ns,
            json!({"apiVersion": "batch/v1", "kind": "Job", "metadata": meta("job-min", ns, json!({})),
                "spec": {"template": {"spec": {"restartPolicy": "Never", "containers": [{"name": "c", "image": "busybox"}]}}}}),
        ),
        Case {
            status: Some(
                json!({"startTime": "2020-01-02T03:04:05Z", "completionTime": "2020-01-02T03:09:08Z", "succeeded": 3, "ready": 0, "completedIndexes": "0-2"}),
            ),
            ..c(
                "job",
                "batch",
                "Job",
                "job-full",
                ns,
                json!({"apiVersion": "batch/v1", "kind": "Job", "metadata": full_meta("job-full", ns),
                "spec": {"completions": 3, "parallelism": 2, "completionMode": "Indexed", "backoffLimit": 2, "activeDeadlineSeconds": 600, "ttlSecondsAfterFinished": 100,
                    "template": {"spec": {"restartPolicy": "Never", "containers": [{"name": "c", "image": "busybox", "command": ["true"]}]}}}}),
            )
        },
        c(
            "cronjob",
            "batch",
            "CronJob",
            "cj-min",
            ns,
            json!({"apiVersion": "batch/v1", "kind": "CronJob", "metadata": meta("cj-min", ns, json!({})),
                "spec": {"schedule": "*/5 * * * *", "jobTemplate": {"spec": {"template": {"spec": {"restartPolicy": "OnFailure", "containers": [{"name": "c", "image": "busybox"}]}}}}}}),
        ),
        Case {
            status: Some(
                json!({"lastScheduleTime": "2020-01-02T03:04:05Z", "active": [{"kind": "Job", "name": "cj-full-1", "namespace": NS}, {"kind": "Job", "name": "cj-full-2", "namespace": NS}]}),
            ),
            ..c(
                "cronjob",
                "batch",
                "CronJob",
                "cj-full",
                ns,
                json!({"apiVersion": "batch/v1", "kind": "CronJob", "metadata": full_meta("cj-full", ns),
                "spec": {"schedule": "0 * * * *", "suspend": true, "startingDeadlineSeconds": 30, "concurrencyPolicy": "Forbid",
                    "jobTemplate": {"spec": {"completions": 2, "activeDeadlineSeconds": 60, "template": {"metadata": {"labels": {"x": "y"}}, "spec": {"restartPolicy": "OnFailure", "containers": [{"name": "c", "image": "busybox"}]}}}}}}),
            )
        },
        c(
            "ingressclass",
            "networking.k8s.io",
            "IngressClass",
            "ic-full",
            None,
            json!({"apiVersion": "networking.k8s.io/v1", "kind": "IngressClass", "metadata": full_meta("ic-full", None),
                "spec": {"controller": "example.com/ingress", "parameters": {"apiGroup": "k8s.example.com", "kind": "Params", "name": "p", "scope": "Cluster"}}}),
        ),
        c(
            "ingress",
            "networking.k8s.io",
            "Ingress",
            "ing-min",
            ns,
            json!({"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": meta("ing-min", ns, json!({})),
                "spec": {"defaultBackend": {"service": {"name": "missing", "port": {"number": 80}}}}}),
        ),
        Case {
            status: Some(
                json!({"loadBalancer": {"ingress": [{"ip": "5.6.7.8"}, {"hostname": "lb.example.com"}]}}),
            ),
            ..c(
                "ingress",
                "networking.k8s.io",
                "Ingress",
                "ing-full",
                ns,
                json!({"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": full_meta("ing-full", ns),
                "spec": {"ingressClassName": "ic-full", "tls": [{"hosts": ["a.example.com"], "secretName": "tls"}, {"hosts": ["b.example.com"]}],
                    "rules": [{"host": "a.example.com", "http": {"paths": [
                        {"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "svc-full", "port": {"name": "http"}}}},
                        {"path": "/api", "pathType": "Exact", "backend": {"resource": {"apiGroup": "k8s.example.com", "kind": "Bucket", "name": "b"}}}]}},
                        {"http": {"paths": [{"path": "/x", "pathType": "Prefix", "backend": {"service": {"name": "svc-min", "port": {"number": 80}}}}]}}]}}),
            )
        },
        c(
            "persistentvolume",
            "",
            "PersistentVolume",
            "pv-min",
            None,
            json!({"apiVersion": "v1", "kind": "PersistentVolume", "metadata": meta("pv-min", None, json!({})),
                "spec": {"capacity": {"storage": "1Gi"}, "accessModes": ["ReadWriteOnce"], "hostPath": {"path": "/tmp/pv"}}}),
        ),
        c(
            "persistentvolume",
            "",
            "PersistentVolume",
            "pv-full",
            None,
            json!({"apiVersion": "v1", "kind": "PersistentVolume", "metadata": full_meta("pv-full", None),
                "spec": {"capacity": {"storage": "10Gi"}, "accessModes": ["ReadWriteMany", "ReadWriteOnce"], "persistentVolumeReclaimPolicy": "Retain",
                    "storageClassName": "fast", "volumeMode": "Filesystem", "claimRef": {"namespace": NS, "name": "pvc-1"},
                    "local": {"path": "/mnt/disk"},
                    "nodeAffinity": {"required": {"nodeSelectorTerms": [{"matchExpressions": [{"key": "kubernetes.io/hostname", "operator": "In", "values": ["node-1", "node-2"]}, {"key": "gpu", "operator": "Exists"}]}]}}}}),
        ),
        c(
            "persistentvolumeclaim",
            "",
            "PersistentVolumeClaim",
            "pvc-min",
            ns,
            json!({"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": meta("pvc-min", ns, json!({})),
                "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}}),
        ),
        Case {
            status: Some(
                json!({"phase": "Bound", "accessModes": ["ReadWriteOnce"], "capacity": {"storage": "10Gi"}}),
            ),
            ..c(
                "persistentvolumeclaim",
                "",
                "PersistentVolumeClaim",
                "pvc-1",
                ns,
                json!({"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": full_meta("pvc-1", ns),
                "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": "fast", "volumeName": "pv-full", "volumeMode": "Filesystem",
                    "resources": {"requests": {"storage": "5Gi"}}}}),
            )
        },
        c(
            "role",
            "rbac.authorization.k8s.io",
            "Role",
            "role-full",
            ns,
            json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": full_meta("role-full", ns),
                "rules": [{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list"]},
                          {"apiGroups": ["apps"], "resources": ["deployments"], "resourceNames": ["web"], "verbs": ["get", "patch"]},
                          {"apiGroups": [""], "resources": ["pods"], "verbs": ["watch"]}]}),
        ),
        c(
            "clusterrole",
            "rbac.authorization.k8s.io",
            "ClusterRole",
            "cr-full",
            None,
            json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": meta("cr-full", None, json!({})),
                "rules": [{"nonResourceURLs": ["/healthz", "/metrics"], "verbs": ["get"]}, {"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}]}),
        ),
        c(
            "rolebinding",
            "rbac.authorization.k8s.io",
            "RoleBinding",
            "rb-full",
            ns,
            json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": full_meta("rb-full", ns),
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "role-full"},
                "subjects": [{"kind": "ServiceAccount", "name": "sa-full", "namespace": NS}, {"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "jane"}]}),
        ),
        c(
            "clusterrolebinding",
            "rbac.authorization.k8s.io",
            "ClusterRoleBinding",
            "crb-min",
            None,
            json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": meta("crb-min", None, json!({})),
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cr-full"}}),
        ),
        c(
            "horizontalpodautoscaler",
            "autoscaling",
            "HorizontalPodAutoscaler",
            "hpa-min",
            ns,
            json!({"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": meta("hpa-min", ns, json!({})),
                "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "dep-min"}, "maxReplicas": 3}}),
        ),
        Case {
            status: Some(json!({"currentReplicas": 2, "desiredReplicas": 3,
                "currentMetrics": [{"type": "Resource", "resource": {"name": "cpu", "current": {"averageUtilization": 70, "averageValue": "350m"}}}],
                "conditions": [{"type": "AbleToScale", "status": "True", "reason": "ReadyForNewScale", "message": "ok", "lastTransitionTime": "2020-01-02T03:04:05Z"}]})),
            ..c(
                "horizontalpodautoscaler",
                "autoscaling",
                "HorizontalPodAutoscaler",
                "hpa-full",
                ns,
                json!({"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": full_meta("hpa-full", ns),
                "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "dep-full"}, "minReplicas": 2, "maxReplicas": 10,
                    "metrics": [
                        {"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 60}}},
                        {"type": "Resource", "resource": {"name": "memory", "target": {"type": "AverageValue", "averageValue": "500Mi"}}},
                        {"type": "Pods", "pods": {"metric": {"name": "qps"}, "target": {"type": "AverageValue", "averageValue": "10"}}},
                        {"type": "External", "external": {"metric": {"name": "queue"}, "target": {"type": "Value", "value": "30"}}}],
                    "behavior": {"scaleDown": {"stabilizationWindowSeconds": 300, "policies": [{"type": "Percent", "value": 10, "periodSeconds": 60}]}}}}),
            )
        },
        c(
            "poddisruptionbudget",
            "policy",
            "PodDisruptionBudget",
            "pdb-min",
            ns,
            json!({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": meta("pdb-min", ns, json!({})),
                "spec": {"minAvailable": 1, "selector": {"matchLabels": {"app": "web"}}}}),
        ),
        Case {
            status: Some(
                json!({"disruptionsAllowed": 1, "currentHealthy": 3, "desiredHealthy": 2, "expectedPods": 3, "observedGeneration": 1}),
            ),
            ..c(
                "poddisruptionbudget",
                "policy",
                "PodDisruptionBudget",
                "pdb-full",
                ns,
                json!({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": full_meta("pdb-full", ns),
                "spec": {"maxUnavailable": "25%", "selector": {"matchExpressions": [{"key": "app", "operator": "In", "values": ["web"]}]}}}),
            )
        },
        c(
            "networkpolicy",
            "networking.k8s.io",
            "NetworkPolicy",
            "np-min",
            ns,
            json!({"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": meta("np-min", ns, json!({})),
                "spec": {"podSelector": {}}}),
        ),
        c(
            "networkpolicy",
            "networking.k8s.io",
            "NetworkPolicy",
            "np-full",
            ns,
            json!({"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": full_meta("np-full", ns),
                "spec": {"podSelector": {"matchLabels": {"app": "web"}}, "policyTypes": ["Ingress", "Egress"],
                    "ingress": [{"from": [{"ipBlock": {"cidr": "10.0.0.0/8", "except": ["10.1.0.0/16"]}}, {"namespaceSelector": {"matchLabels": {"team": "a"}}, "podSelector": {"matchLabels": {"role": "fe"}}}],
                                 "ports": [{"protocol": "TCP", "port": 80}, {"port": 8000, "endPort": 9000}]}, {}],
                    "egress": [{"to": [{"podSelector": {"matchLabels": {"app": "db"}}}], "ports": [{"port": "dns", "protocol": "UDP"}]}]}}),
        ),
        c(
            "priorityclass",
            "scheduling.k8s.io",
            "PriorityClass",
            "pc-full",
            None,
            json!({"apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": meta("pc-full", None, json!({"annotations": {"a": "b"}})),
                "value": 1000, "globalDefault": false, "description": "high priority"}),
        ),
        c(
            "endpointslice",
            "discovery.k8s.io",
            "EndpointSlice",
            "svc-full-abc",
            ns,
            json!({"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "metadata": meta("svc-full-abc", ns, json!({"labels": {"kubernetes.io/service-name": "svc-full"}})),
                "addressType": "IPv4",
                "ports": [{"name": "http", "port": 8080, "protocol": "TCP"}, {"name": "dns", "port": 5353, "protocol": "UDP"}],
                "endpoints": [
                    {"addresses": ["10.0.0.1"], "conditions": {"ready": true}, "nodeName": "node-1", "zone": "a", "targetRef": {"kind": "Pod", "name": "p1", "namespace": NS}},
                    {"addresses": ["10.0.0.2"], "conditions": {"ready": false}},
                    {"addresses": ["10.0.0.3"], "hostname": "h3"},
                    {"addresses": ["10.0.0.4"]},
                    {"addresses": ["10.0.0.5"]}]}),
        ),
        c(
            "endpointslice",
            "discovery.k8s.io",
            "EndpointSlice",
            "eps-min",
            ns,
            json!({"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "metadata": meta("eps-min", ns, json!({})), "addressType": "IPv4", "endpoints": []}),
        ),
        Case {
            status: Some(json!({
                "capacity": {"cpu": "4", "memory": "8Gi", "pods": "110", "ephemeral-storage": "100Gi", "example.com/gpu": "2"},
                "allocatable": {"cpu": "3800m", "memory": "7Gi", "pods": "110", "ephemeral-storage": "90Gi", "example.com/gpu": "2"},
                "addresses": [{"type": "InternalIP", "address": "10.0.0.5"}, {"type": "Hostname", "address": "node-1"}],
                "conditions": [{"type": "Ready", "status": "True", "reason": "KubeletReady", "message": "kubelet is posting ready status",
                    "lastHeartbeatTime": "2020-01-02T03:04:05Z", "lastTransitionTime": "2020-01-02T03:04:05Z"}],
                "nodeInfo": {"machineID": "m", "systemUUID": "u", "bootID": "b", "kernelVersion": "6.1", "osImage": "Debian", "containerRuntimeVersion": "containerd://1.7",
                    "kubeletVersion": "v1.32.0", "kubeProxyVersion": "v1.32.0", "operatingSystem": "linux", "architecture": "amd64"}})),
            ..c(
                "node",
                "",
                "Node",
                "node-1",
                None,
                json!({"apiVersion": "v1", "kind": "Node", "metadata": meta("node-1", None, json!({"labels": {"node-role.kubernetes.io/control-plane": "", "kubernetes.io/hostname": "node-1"}})),
                "spec": {"podCIDR": "10.244.0.0/24", "podCIDRs": ["10.244.0.0/24"], "providerID": "kind://node-1",
                    "taints": [{"key": "node-role.kubernetes.io/control-plane", "effect": "NoSchedule"}, {"key": "a", "value": "b", "effect": "NoExecute"}]}}),
            )
        },
        c(
            "node",
            "",
            "Node",
            "node-2",
            None,
            json!({"apiVersion": "v1", "kind": "Node", "metadata": meta("node-2", None, json!({}))}),
        ),
        c(
            "lease",
            "coordination.k8s.io",
            "Lease",
            "node-1",
            Some("kube-node-lease"),
            json!({"apiVersion": "coordination.k8s.io/v1", "kind": "Lease", "metadata": meta("node-1", Some("kube-node-lease"), json!({})),
                "spec": {"holderIdentity": "node-1", "leaseDurationSeconds": 40, "renewTime": "2020-01-02T03:04:05.000000Z"}}),
        ),
        Case {
            status: None,
            ..c(
                "pod",
                "",
                "Pod",
                "on-node",
                ns,
                json!({"apiVersion": "v1", "kind": "Pod", "metadata": meta("on-node", ns, json!({})),
                "spec": {"nodeName": "node-1", "containers": [{"name": "c", "image": "nginx", "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}, "limits": {"memory": "128Mi", "example.com/gpu": "1"}}}]}}),
            )
        },
    ]
}

/// Applies a manifest; returns the stored object, or why the sandbox refused it (a kind it
/// does not serve yet).
fn create(sb: &Sandbox, c: &Case) -> Result<Value, String> {
    let out = sb.kubectl(
        &["apply", "--validate=false", "-f", "-"],
        Some(&c.manifest.to_string()),
    );
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    if let Some(status) = &c.status {
        let patch = json!({ "status": status }).to_string();
        let mut args = vec![
            "patch",
            c.resource,
            c.name,
            "--subresource=status",
            "--type=merge",
            "-p",
            &patch,
        ];
        if let Some(ns) = c.namespace {
            args.extend(["-n", ns]);
        }
        sb.ok(&args, None);
    }
    Ok(get_one(sb, c))
}

fn get_one(sb: &Sandbox, c: &Case) -> Value {
    let mut args = vec!["get", c.resource, c.name, "-o", "json"];
    if let Some(ns) = c.namespace {
        args.extend(["-n", ns]);
    }
    serde_json::from_str(&sb.ok(&args, None)).expect("object json")
}

fn create_events(sb: &Sandbox, c: &Case, obj: &Value) {
    for (i, (reason, message, component, count)) in c.events.iter().enumerate() {
        let ns = c.namespace.unwrap_or("default");
        let ev = json!({
            "apiVersion": "v1", "kind": "Event",
            "metadata": {"name": format!("{}.{i}", c.name), "namespace": ns},
            "involvedObject": {"kind": c.kind, "name": c.name, "namespace": c.namespace.unwrap_or(""),
                "uid": obj["metadata"]["uid"], "apiVersion": obj["apiVersion"]},
            "reason": reason, "message": message, "type": if *reason == "BackOff" { "Warning" } else { "Normal" },
            "source": {"component": component},
            "count": count,
            "firstTimestamp": "2020-01-02T03:04:05Z",
            "lastTimestamp": format!("2020-01-0{}T03:04:05Z", 2 + i),
        });
        sb.ok(
            &["create", "--validate=false", "-f", "-"],
            Some(&ev.to_string()),
        );
    }
}

/// Objects owned by others (their uids are known only now): a deployment's new and old
/// ReplicaSets, and a replica set's pods in two phases plus an orphan.
fn create_owned(sb: &Sandbox) {
    let uid = |resource: &str, name: &str| {
        let out = sb.ok(
            &[
                "get",
                resource,
                name,
                "-n",
                NS,
                "-o",
                "jsonpath={.metadata.uid}",
            ],
            None,
        );
        out.trim().to_string()
    };
    let owner = |kind: &str, name: &str, uid: &str| json!([{"apiVersion": "apps/v1", "kind": kind, "name": name, "uid": uid, "controller": true, "blockOwnerDeletion": true}]);
    let dep_uid = uid("deployment", "dep-full");
    let dep: Value = serde_json::from_str(&sb.ok(
        &["get", "deployment", "dep-full", "-n", NS, "-o", "json"],
        None,
    ))
    .expect("deployment json");
    let mut new_tpl = dep["spec"]["template"].clone();
    new_tpl["metadata"]["labels"]["pod-template-hash"] = json!("5d9c8b7f6");
    let mut old_tpl = new_tpl.clone();
    old_tpl["metadata"]["labels"]["pod-template-hash"] = json!("6f7d8c9b");
    old_tpl["spec"]["containers"][0]["image"] = json!("nginx:1.24");
    for (name, tpl, replicas, created) in [
        ("dep-full-5d9c8b7f6", new_tpl, 3, 2),
        ("dep-full-6f7d8c9b", old_tpl, 0, 0),
    ] {
        let mut labels = tpl["metadata"]["labels"].clone();
        labels["extra"] = json!("x");
        let rs = json!({"apiVersion": "apps/v1", "kind": "ReplicaSet",
            "metadata": {"name": name, "namespace": NS, "labels": labels, "ownerReferences": owner("Deployment", "dep-full", &dep_uid)},
            "spec": {"replicas": replicas, "selector": dep["spec"]["selector"], "template": tpl}});
        sb.ok(
            &["apply", "--validate=false", "-f", "-"],
            Some(&rs.to_string()),
        );
        let patch = json!({"status": {"replicas": created}}).to_string();
        sb.ok(
            &[
                "patch",
                "replicaset",
                name,
                "-n",
                NS,
                "--subresource=status",
                "--type=merge",
                "-p",
                &patch,
            ],
            None,
        );
    }
    let rs_uid = uid("replicaset", "rs-full");
    for (name, phase, owned) in [
        ("rs-full-a", "Running", true),
        ("rs-full-b", "Pending", true),
        ("rs-full-c", "Failed", true),
        ("rs-full-orphan", "Running", false),
    ] {
        let mut metadata = json!({"name": name, "namespace": NS, "labels": {"app": "web"}});
        if owned {
            metadata["ownerReferences"] = owner("ReplicaSet", "rs-full", &rs_uid);
        }
        let pod = json!({"apiVersion": "v1", "kind": "Pod", "metadata": metadata,
            "spec": {"containers": [{"name": "c", "image": "nginx"}]}});
        sb.ok(
            &["apply", "--validate=false", "-f", "-"],
            Some(&pod.to_string()),
        );
        let patch = json!({"status": {"phase": phase}}).to_string();
        sb.ok(
            &[
                "patch",
                "pod",
                name,
                "-n",
                NS,
                "--subresource=status",
                "--type=merge",
                "-p",
                &patch,
            ],
            None,
        );
    }
}

/// Fetches what `related_requests` asks for, with kubectl.
fn fetch_related(sb: &Sandbox, c: &Case, obj: &Value) -> Related {
    let mut related = Related::default();
    for q in describe::related_requests(c.group, c.kind, obj) {
        let resource = match q.api_version.split_once('/') {
            Some((group, _)) => format!("{}.{group}", q.resource),
            None => q.resource.to_string(),
        };
        let mut args = vec!["get".to_string(), resource, "-o".into(), "json".into()];
        match &q.namespace {
            Some(ns) if !ns.is_empty() => args.extend(["-n".into(), ns.clone()]),
            Some(_) => args.extend(["-n".into(), "default".into()]),
            None => args.push("-A".into()),
        }
        if let Some(l) = &q.label_selector {
            args.extend(["-l".into(), l.clone()]);
        }
        if let Some(f) = &q.field_selector {
            args.extend(["--field-selector".into(), f.clone()]);
        }
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = sb.kubectl(&refs, None);
        let items = if out.status.success() {
            let list: Value = serde_json::from_slice(&out.stdout).expect("list json");
            Some(list["items"].as_array().cloned().unwrap_or_default())
        } else {
            None
        };
        match q.slot {
            // A node's two event searches are merged, as kubectl appends them.
            RelatedSlot::Events => related
                .events
                .get_or_insert_with(Vec::new)
                .extend(items.unwrap_or_default()),
            RelatedSlot::Lease => related.lease = items.and_then(|i| i.into_iter().next()),
            RelatedSlot::ReplicaSets => related.replica_sets = items.unwrap_or_default(),
            RelatedSlot::Pods => related.pods = items.unwrap_or_default(),
            RelatedSlot::EndpointSlices => related.endpoint_slices = items.unwrap_or_default(),
            RelatedSlot::ResourceQuotas => related.resource_quotas = items,
            RelatedSlot::LimitRanges => related.limit_ranges = items,
            RelatedSlot::Secrets => related.secrets = items,
            RelatedSlot::Services => related.services = items.unwrap_or_default(),
        }
    }
    related
}

#[test]
fn describers_match_kubectl() {
    let Some(sb) = Sandbox::start_without_controllers() else {
        return;
    };
    let mut cases = cases();
    cases.extend(more_cases());
    // The node lease namespace, as a cluster has it (ignored when the sandbox already does).
    let _ = sb.kubectl(&["create", "namespace", "kube-node-lease"], None);
    let mut served = Vec::new();
    for c in &cases {
        match create(&sb, c) {
            Ok(obj) => {
                create_events(&sb, c, &obj);
                served.push(c);
            }
            Err(e) => eprintln!(
                "skipping {} {}: sandbox refused it: {e}",
                c.resource, c.name
            ),
        }
    }
    create_owned(&sb);
    let mut failures = String::new();
    for c in served {
        let mut args = vec!["describe", c.resource, c.name];
        if let Some(ns) = c.namespace {
            args.extend(["-n", ns]);
        }
        // kubectl reads its clock somewhere between these two instants; ages that tick (a
        // node's pods were created seconds ago) match the rendering at one of them.
        let before = jiff::Timestamp::now();
        let out = sb.kubectl(&args, None);
        let after = jiff::Timestamp::now();
        let expected = String::from_utf8_lossy(&out.stdout).into_owned();
        if !out.status.success() {
            failures.push_str(&format!(
                "== kubectl {args:?} failed: {}\n",
                String::from_utf8_lossy(&out.stderr)
            ));
            continue;
        }
        if std::env::var_os("KCTL_DESCRIBE_DUMP").is_some() {
            eprintln!("== kubectl {args:?}\n{expected}");
        }
        let obj = get_one(&sb, c);
        let related = fetch_related(&sb, c, &obj);
        let early = describe::describe(c.group, c.kind, &obj, &related, before);
        let actual = describe::describe(c.group, c.kind, &obj, &related, after);
        if actual != expected && early != expected {
            failures.push_str(&format!(
                "== {} {} differs (- kubectl, + kctl):\n{}",
                c.resource,
                c.name,
                diff(&expected, &actual)
            ));
        }
    }
    assert!(failures.is_empty(), "{failures}");
}
