//! `-o json` of a typed object: kubectl prints the objects its generators build (and the typed
//! clients' answers) with Go's `encoding/json` over the Go structs, so keys come in struct field
//! order, not sorted. This module knows that order for the types kctl generates; maps (labels,
//! data, selectors) stay sorted as Go sorts map keys, and a field it does not know is written
//! after the known ones, sorted. Pure formatting: no I/O beyond the given string.

use serde_json::Value;

use crate::output::json;

/// What a field holds.
#[derive(Clone, Copy)]
enum T {
    /// A Go struct, by its name in `STRUCTS`.
    S(&'static str),
    /// A list of Go structs.
    L(&'static str),
    /// A map or an opaque value: keys sorted.
    Any,
}

use T::{Any, L, S};

type Fields = &'static [(&'static str, T)];

const META: (&str, T) = ("metadata", S("ObjectMeta"));

/// Go struct field order (k8s.io/api types.go) for the structs generated objects use.
static STRUCTS: &[(&str, Fields)] = &[
    (
        "ObjectMeta",
        &[
            ("name", Any),
            ("generateName", Any),
            ("namespace", Any),
            ("selfLink", Any),
            ("uid", Any),
            ("resourceVersion", Any),
            ("generation", Any),
            ("creationTimestamp", Any),
            ("deletionTimestamp", Any),
            ("deletionGracePeriodSeconds", Any),
            ("labels", Any),
            ("annotations", Any),
            ("ownerReferences", L("OwnerReference")),
            ("finalizers", Any),
            ("managedFields", L("ManagedFieldsEntry")),
        ],
    ),
    (
        "OwnerReference",
        &[
            ("apiVersion", Any),
            ("kind", Any),
            ("name", Any),
            ("uid", Any),
            ("controller", Any),
            ("blockOwnerDeletion", Any),
        ],
    ),
    (
        "ManagedFieldsEntry",
        &[
            ("manager", Any),
            ("operation", Any),
            ("apiVersion", Any),
            ("time", Any),
            ("fieldsType", Any),
            ("fieldsV1", Any),
            ("subresource", Any),
        ],
    ),
    (
        "Pod",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", S("PodSpec")),
            ("status", S("PodStatus")),
        ],
    ),
    (
        "Deployment",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", S("DeploymentSpec")),
            ("status", S("DeploymentStatus")),
        ],
    ),
    (
        "DeploymentSpec",
        &[
            ("replicas", Any),
            ("selector", S("LabelSelector")),
            ("template", S("PodTemplateSpec")),
            ("strategy", S("DeploymentStrategy")),
            ("minReadySeconds", Any),
            ("revisionHistoryLimit", Any),
            ("paused", Any),
            ("progressDeadlineSeconds", Any),
        ],
    ),
    (
        "DeploymentStrategy",
        &[("type", Any), ("rollingUpdate", S("RollingUpdate"))],
    ),
    (
        "RollingUpdate",
        &[("maxUnavailable", Any), ("maxSurge", Any)],
    ),
    (
        "DeploymentStatus",
        &[
            ("observedGeneration", Any),
            ("replicas", Any),
            ("updatedReplicas", Any),
            ("readyReplicas", Any),
            ("availableReplicas", Any),
            ("unavailableReplicas", Any),
            ("terminatingReplicas", Any),
            ("conditions", L("Condition")),
            ("collisionCount", Any),
        ],
    ),
    // apps/v1 ReplicaSet, DaemonSet, StatefulSet: what `rollout history -o json` prints.
    (
        "ReplicaSet",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", S("ReplicaSetSpec")),
            ("status", S("ReplicaSetStatus")),
        ],
    ),
    (
        "ReplicaSetSpec",
        &[
            ("replicas", Any),
            ("minReadySeconds", Any),
            ("selector", S("LabelSelector")),
            ("template", S("PodTemplateSpec")),
        ],
    ),
    (
        "ReplicaSetStatus",
        &[
            ("replicas", Any),
            ("fullyLabeledReplicas", Any),
            ("readyReplicas", Any),
            ("availableReplicas", Any),
            ("terminatingReplicas", Any),
            ("observedGeneration", Any),
            ("conditions", L("Condition")),
        ],
    ),
    (
        "DaemonSet",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", S("DaemonSetSpec")),
            ("status", S("DaemonSetStatus")),
        ],
    ),
    (
        "DaemonSetSpec",
        &[
            ("selector", S("LabelSelector")),
            ("template", S("PodTemplateSpec")),
            ("updateStrategy", S("DeploymentStrategy")),
            ("minReadySeconds", Any),
            ("revisionHistoryLimit", Any),
        ],
    ),
    (
        "DaemonSetStatus",
        &[
            ("currentNumberScheduled", Any),
            ("numberMisscheduled", Any),
            ("desiredNumberScheduled", Any),
            ("numberReady", Any),
            ("observedGeneration", Any),
            ("updatedNumberScheduled", Any),
            ("numberAvailable", Any),
            ("numberUnavailable", Any),
            ("collisionCount", Any),
            ("conditions", L("Condition")),
        ],
    ),
    (
        "StatefulSet",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", S("StatefulSetSpec")),
            ("status", S("StatefulSetStatus")),
        ],
    ),
    (
        "StatefulSetSpec",
        &[
            ("replicas", Any),
            ("selector", S("LabelSelector")),
            ("template", S("PodTemplateSpec")),
            ("volumeClaimTemplates", Any),
            ("serviceName", Any),
            ("podManagementPolicy", Any),
            ("updateStrategy", S("StatefulSetUpdateStrategy")),
            ("revisionHistoryLimit", Any),
            ("minReadySeconds", Any),
            (
                "persistentVolumeClaimRetentionPolicy",
                S("StatefulSetPVCRetentionPolicy"),
            ),
            ("ordinals", Any),
        ],
    ),
    (
        "StatefulSetUpdateStrategy",
        &[
            ("type", Any),
            ("rollingUpdate", S("RollingUpdateStatefulSet")),
        ],
    ),
    (
        "RollingUpdateStatefulSet",
        &[("partition", Any), ("maxUnavailable", Any)],
    ),
    (
        "StatefulSetPVCRetentionPolicy",
        &[("whenDeleted", Any), ("whenScaled", Any)],
    ),
    (
        "StatefulSetStatus",
        &[
            ("observedGeneration", Any),
            ("replicas", Any),
            ("readyReplicas", Any),
            ("currentReplicas", Any),
            ("updatedReplicas", Any),
            ("currentRevision", Any),
            ("updateRevision", Any),
            ("collisionCount", Any),
            ("conditions", L("Condition")),
            ("availableReplicas", Any),
        ],
    ),
    (
        "Condition",
        &[
            ("type", Any),
            ("status", Any),
            ("observedGeneration", Any),
            ("lastProbeTime", Any),
            ("lastUpdateTime", Any),
            ("lastTransitionTime", Any),
            ("reason", Any),
            ("message", Any),
        ],
    ),
    (
        "LabelSelector",
        &[
            ("matchLabels", Any),
            ("matchExpressions", L("LabelSelectorRequirement")),
        ],
    ),
    (
        "LabelSelectorRequirement",
        &[("key", Any), ("operator", Any), ("values", Any)],
    ),
    ("PodTemplateSpec", &[META, ("spec", S("PodSpec"))]),
    (
        "PodSpec",
        &[
            ("volumes", Any),
            ("initContainers", L("Container")),
            ("containers", L("Container")),
            ("ephemeralContainers", Any),
            ("restartPolicy", Any),
            ("terminationGracePeriodSeconds", Any),
            ("activeDeadlineSeconds", Any),
            ("dnsPolicy", Any),
            ("nodeSelector", Any),
            ("serviceAccountName", Any),
            ("serviceAccount", Any),
            ("automountServiceAccountToken", Any),
            ("nodeName", Any),
            ("hostNetwork", Any),
            ("hostPID", Any),
            ("hostIPC", Any),
            ("shareProcessNamespace", Any),
            ("securityContext", Any),
            ("imagePullSecrets", Any),
            ("hostname", Any),
            ("subdomain", Any),
            ("affinity", Any),
            ("schedulerName", Any),
            ("tolerations", L("Toleration")),
            ("hostAliases", Any),
            ("priorityClassName", Any),
            ("priority", Any),
            ("dnsConfig", Any),
            ("readinessGates", Any),
            ("runtimeClassName", Any),
            ("enableServiceLinks", Any),
            ("preemptionPolicy", Any),
            ("overhead", Any),
            ("topologySpreadConstraints", Any),
            ("setHostnameAsFQDN", Any),
            ("os", Any),
            ("hostUsers", Any),
            ("schedulingGates", Any),
            ("resourceClaims", Any),
            ("resources", S("ResourceRequirements")),
        ],
    ),
    (
        "Toleration",
        &[
            ("key", Any),
            ("operator", Any),
            ("value", Any),
            ("effect", Any),
            ("tolerationSeconds", Any),
        ],
    ),
    (
        "Container",
        &[
            ("name", Any),
            ("image", Any),
            ("command", Any),
            ("args", Any),
            ("workingDir", Any),
            ("ports", L("ContainerPort")),
            ("envFrom", Any),
            ("env", L("EnvVar")),
            ("resources", S("ResourceRequirements")),
            ("resizePolicy", Any),
            ("restartPolicy", Any),
            ("volumeMounts", Any),
            ("volumeDevices", Any),
            ("livenessProbe", Any),
            ("readinessProbe", Any),
            ("startupProbe", Any),
            ("lifecycle", Any),
            ("terminationMessagePath", Any),
            ("terminationMessagePolicy", Any),
            ("imagePullPolicy", Any),
            ("securityContext", S("SecurityContext")),
            ("stdin", Any),
            ("stdinOnce", Any),
            ("tty", Any),
        ],
    ),
    (
        "ContainerPort",
        &[
            ("name", Any),
            ("hostPort", Any),
            ("containerPort", Any),
            ("protocol", Any),
            ("hostIP", Any),
        ],
    ),
    (
        "EnvVar",
        &[("name", Any), ("value", Any), ("valueFrom", Any)],
    ),
    (
        "ResourceRequirements",
        &[("limits", Any), ("requests", Any), ("claims", Any)],
    ),
    (
        "SecurityContext",
        &[
            ("capabilities", Any),
            ("privileged", Any),
            ("seLinuxOptions", Any),
            ("windowsOptions", Any),
            ("runAsUser", Any),
            ("runAsGroup", Any),
            ("runAsNonRoot", Any),
            ("readOnlyRootFilesystem", Any),
            ("allowPrivilegeEscalation", Any),
            ("procMount", Any),
            ("seccompProfile", Any),
            ("appArmorProfile", Any),
        ],
    ),
    (
        "PodStatus",
        &[
            ("phase", Any),
            ("conditions", L("Condition")),
            ("message", Any),
            ("reason", Any),
            ("nominatedNodeName", Any),
            ("hostIP", Any),
            ("hostIPs", Any),
            ("podIP", Any),
            ("podIPs", Any),
            ("startTime", Any),
            ("initContainerStatuses", Any),
            ("containerStatuses", Any),
            ("qosClass", Any),
            ("ephemeralContainerStatuses", Any),
            ("resize", Any),
            ("resourceClaimStatuses", Any),
        ],
    ),
    (
        "Job",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", S("JobSpec")),
            ("status", Any),
        ],
    ),
    (
        "JobSpec",
        &[
            ("parallelism", Any),
            ("completions", Any),
            ("activeDeadlineSeconds", Any),
            ("podFailurePolicy", Any),
            ("successPolicy", Any),
            ("backoffLimit", Any),
            ("backoffLimitPerIndex", Any),
            ("maxFailedIndexes", Any),
            ("selector", S("LabelSelector")),
            ("manualSelector", Any),
            ("template", S("PodTemplateSpec")),
            ("ttlSecondsAfterFinished", Any),
            ("completionMode", Any),
            ("suspend", Any),
            ("podReplacementPolicy", Any),
            ("managedBy", Any),
        ],
    ),
    (
        "CronJob",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", S("CronJobSpec")),
            ("status", Any),
        ],
    ),
    (
        "CronJobSpec",
        &[
            ("schedule", Any),
            ("timeZone", Any),
            ("startingDeadlineSeconds", Any),
            ("concurrencyPolicy", Any),
            ("suspend", Any),
            ("jobTemplate", S("JobTemplateSpec")),
            ("successfulJobsHistoryLimit", Any),
            ("failedJobsHistoryLimit", Any),
        ],
    ),
    ("JobTemplateSpec", &[META, ("spec", S("JobSpec"))]),
    (
        "ConfigMap",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("immutable", Any),
            ("data", Any),
            ("binaryData", Any),
        ],
    ),
    (
        "Secret",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("immutable", Any),
            ("data", Any),
            ("stringData", Any),
            ("type", Any),
        ],
    ),
    (
        "Service",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", S("ServiceSpec")),
            ("status", S("ServiceStatus")),
        ],
    ),
    (
        "ServiceSpec",
        &[
            ("ports", L("ServicePort")),
            ("selector", Any),
            ("clusterIP", Any),
            ("clusterIPs", Any),
            ("type", Any),
            ("externalIPs", Any),
            ("sessionAffinity", Any),
            ("loadBalancerIP", Any),
            ("loadBalancerSourceRanges", Any),
            ("externalName", Any),
            ("externalTrafficPolicy", Any),
            ("healthCheckNodePort", Any),
            ("publishNotReadyAddresses", Any),
            ("sessionAffinityConfig", Any),
            ("ipFamilies", Any),
            ("ipFamilyPolicy", Any),
            ("allocateLoadBalancerNodePorts", Any),
            ("loadBalancerClass", Any),
            ("internalTrafficPolicy", Any),
            ("trafficDistribution", Any),
        ],
    ),
    (
        "ServicePort",
        &[
            ("name", Any),
            ("protocol", Any),
            ("appProtocol", Any),
            ("port", Any),
            ("targetPort", Any),
            ("nodePort", Any),
        ],
    ),
    (
        "ServiceStatus",
        &[("loadBalancer", Any), ("conditions", L("Condition"))],
    ),
    (
        "Namespace",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", Any),
            ("status", Any),
        ],
    ),
    (
        "ServiceAccount",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("secrets", Any),
            ("imagePullSecrets", Any),
            ("automountServiceAccountToken", Any),
        ],
    ),
    (
        "Role",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("rules", L("PolicyRule")),
        ],
    ),
    (
        "ClusterRole",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("rules", L("PolicyRule")),
            ("aggregationRule", S("AggregationRule")),
        ],
    ),
    (
        "PolicyRule",
        &[
            ("verbs", Any),
            ("apiGroups", Any),
            ("resources", Any),
            ("resourceNames", Any),
            ("nonResourceURLs", Any),
        ],
    ),
    (
        "AggregationRule",
        &[("clusterRoleSelectors", L("LabelSelector"))],
    ),
    (
        "RoleBinding",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("subjects", L("Subject")),
            ("roleRef", S("RoleRef")),
        ],
    ),
    (
        "ClusterRoleBinding",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("subjects", L("Subject")),
            ("roleRef", S("RoleRef")),
        ],
    ),
    (
        "Subject",
        &[
            ("kind", Any),
            ("apiGroup", Any),
            ("name", Any),
            ("namespace", Any),
        ],
    ),
    (
        "RoleRef",
        &[("apiGroup", Any), ("kind", Any), ("name", Any)],
    ),
    (
        "Ingress",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", S("IngressSpec")),
            ("status", Any),
        ],
    ),
    (
        "IngressSpec",
        &[
            ("ingressClassName", Any),
            ("defaultBackend", S("IngressBackend")),
            ("tls", L("IngressTLS")),
            ("rules", L("IngressRule")),
        ],
    ),
    (
        "IngressBackend",
        &[("service", S("IngressServiceBackend")), ("resource", Any)],
    ),
    (
        "IngressServiceBackend",
        &[("name", Any), ("port", S("ServiceBackendPort"))],
    ),
    ("ServiceBackendPort", &[("name", Any), ("number", Any)]),
    ("IngressTLS", &[("hosts", Any), ("secretName", Any)]),
    (
        "IngressRule",
        &[("host", Any), ("http", S("HTTPIngressRuleValue"))],
    ),
    ("HTTPIngressRuleValue", &[("paths", L("HTTPIngressPath"))]),
    (
        "HTTPIngressPath",
        &[
            ("path", Any),
            ("pathType", Any),
            ("backend", S("IngressBackend")),
        ],
    ),
    (
        "ResourceQuota",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", S("ResourceQuotaSpec")),
            ("status", S("ResourceQuotaStatus")),
        ],
    ),
    (
        "ResourceQuotaSpec",
        &[("hard", Any), ("scopes", Any), ("scopeSelector", Any)],
    ),
    ("ResourceQuotaStatus", &[("hard", Any), ("used", Any)]),
    (
        "PodDisruptionBudget",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", S("PodDisruptionBudgetSpec")),
            ("status", S("PodDisruptionBudgetStatus")),
        ],
    ),
    (
        "PodDisruptionBudgetSpec",
        &[
            ("minAvailable", Any),
            ("selector", S("LabelSelector")),
            ("maxUnavailable", Any),
            ("unhealthyPodEvictionPolicy", Any),
        ],
    ),
    (
        "PodDisruptionBudgetStatus",
        &[
            ("observedGeneration", Any),
            ("disruptedPods", Any),
            ("disruptionsAllowed", Any),
            ("currentHealthy", Any),
            ("desiredHealthy", Any),
            ("expectedPods", Any),
            ("conditions", L("Condition")),
        ],
    ),
    (
        "PriorityClass",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("value", Any),
            ("globalDefault", Any),
            ("description", Any),
            ("preemptionPolicy", Any),
        ],
    ),
    (
        "TokenRequest",
        &[
            ("kind", Any),
            ("apiVersion", Any),
            META,
            ("spec", S("TokenRequestSpec")),
            ("status", S("TokenRequestStatus")),
        ],
    ),
    (
        "TokenRequestSpec",
        &[
            ("audiences", Any),
            ("expirationSeconds", Any),
            ("boundObjectRef", Any),
        ],
    ),
    (
        "TokenRequestStatus",
        &[("token", Any), ("expirationTimestamp", Any)],
    ),
];

fn fields(name: &str) -> Option<Fields> {
    STRUCTS.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// Fills in what Go's typed decode of a server answer always prints: structs that are not
/// pointers (`status: {}`, a Namespace's `spec: {}`, `loadBalancer: {}`, the zero counters of a
/// PodDisruptionBudget) and the `creationTimestamp: null` of embedded ObjectMetas.
pub fn typed_defaults(object: &mut Value) {
    let kind = object["kind"].as_str().unwrap_or_default().to_string();
    let Some(map) = object.as_object_mut() else {
        return;
    };
    let ensure = |m: &mut serde_json::Map<String, Value>, key: &str, value: Value| {
        if !m.contains_key(key) || m[key].is_null() {
            m.insert(key.to_string(), value);
        }
    };
    let has_status = matches!(
        kind.as_str(),
        "Pod"
            | "Deployment"
            | "Job"
            | "CronJob"
            | "Namespace"
            | "ResourceQuota"
            | "Service"
            | "Ingress"
            | "PodDisruptionBudget"
            | "TokenRequest"
    );
    if has_status {
        ensure(map, "status", Value::Object(serde_json::Map::new()));
    }
    if kind == "Namespace" {
        ensure(map, "spec", Value::Object(serde_json::Map::new()));
    }
    // `rules` has no omitempty: a nil list prints as null.
    if matches!(kind.as_str(), "Role" | "ClusterRole") {
        map.entry("rules").or_insert(Value::Null);
    }
    if let Some(status) = map.get_mut("status").and_then(Value::as_object_mut) {
        match kind.as_str() {
            "Service" | "Ingress" => ensure(
                status,
                "loadBalancer",
                Value::Object(serde_json::Map::new()),
            ),
            "PodDisruptionBudget" => {
                for k in [
                    "disruptionsAllowed",
                    "currentHealthy",
                    "desiredHealthy",
                    "expectedPods",
                ] {
                    ensure(status, k, Value::from(0));
                }
            }
            _ => {}
        }
    }
    if let Some(meta) = map.get_mut("metadata").and_then(Value::as_object_mut) {
        meta.entry("creationTimestamp").or_insert(Value::Null);
    }
    let templates: &[&[&str]] = match kind.as_str() {
        "Deployment" | "Job" => &[&["spec", "template"]],
        "CronJob" => &[
            &["spec", "jobTemplate"],
            &["spec", "jobTemplate", "spec", "template"],
        ],
        _ => &[],
    };
    for path in templates {
        if let Some(template) = object_at(map, path) {
            let meta = template
                .entry("metadata")
                .or_insert_with(|| Value::Object(serde_json::Map::new()));
            if let Some(meta) = meta.as_object_mut() {
                meta.entry("creationTimestamp").or_insert(Value::Null);
            }
        }
    }
}

fn object_at<'a>(
    map: &'a mut serde_json::Map<String, Value>,
    path: &[&str],
) -> Option<&'a mut serde_json::Map<String, Value>> {
    match path.split_first() {
        None => Some(map),
        Some((first, rest)) => object_at(map.get_mut(*first)?.as_object_mut()?, rest),
    }
}

/// Whether kctl knows the Go field order of this kind.
pub fn knows(kind: &str) -> bool {
    fields(kind).is_some()
}

/// `json.MarshalIndent(obj, "", "    ")` of the typed object `object` (its `kind` picks the Go
/// type), without the trailing newline. An unknown kind is written sorted.
pub fn to_indented_string(object: &Value) -> String {
    let kind = object["kind"].as_str().unwrap_or_default();
    let ty = if knows(kind) {
        S(kind_static(kind))
    } else {
        Any
    };
    let mut out = String::new();
    write(&mut out, object, ty, 0);
    out
}

/// `json.Marshal(obj)` of the typed object: compact, Go struct order.
pub fn to_compact_string(object: &Value) -> String {
    let kind = object["kind"].as_str().unwrap_or_default();
    let ty = if knows(kind) {
        S(kind_static(kind))
    } else {
        Any
    };
    let mut out = String::new();
    write_compact(&mut out, object, ty);
    out
}

fn write_compact(out: &mut String, v: &Value, ty: T) {
    match (v, ty) {
        (Value::Object(map), S(name)) => {
            let known = fields(name).unwrap_or(&[]);
            out.push('{');
            let mut first = true;
            let mut emit = |out: &mut String, k: &str, item: &Value, fty: T| {
                if !first {
                    out.push(',');
                }
                first = false;
                out.push_str(&json::to_compact_string(&Value::String(k.to_string())));
                out.push(':');
                write_compact(out, item, fty);
            };
            for (field, fty) in known {
                if let Some(item) = map.get(*field) {
                    emit(out, field, item, *fty);
                }
            }
            for (k, item) in map {
                if !known.iter().any(|(f, _)| f == k) {
                    emit(out, k, item, Any);
                }
            }
            out.push('}');
        }
        (Value::Array(items), L(name)) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_compact(out, item, S(name));
            }
            out.push(']');
        }
        _ => out.push_str(&json::to_compact_string(v)),
    }
}

fn kind_static(kind: &str) -> &'static str {
    STRUCTS
        .iter()
        .find(|(n, _)| *n == kind)
        .map(|(n, _)| *n)
        .unwrap_or("")
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("    ");
    }
}

fn write(out: &mut String, v: &Value, ty: T, level: usize) {
    match (v, ty) {
        (Value::Object(map), S(name)) if !map.is_empty() => {
            let known = fields(name).unwrap_or(&[]);
            let mut entries: Vec<(&str, &Value, T)> = Vec::with_capacity(map.len());
            for (field, fty) in known {
                if let Some(item) = map.get(*field) {
                    entries.push((field, item, *fty));
                }
            }
            for (k, item) in map {
                if !known.iter().any(|(f, _)| f == k) {
                    entries.push((k, item, Any));
                }
            }
            write_entries(out, &entries, level);
        }
        (Value::Array(items), L(name)) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                indent(out, level + 1);
                write(out, item, S(name), level + 1);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            indent(out, level);
            out.push(']');
        }
        _ => {
            let mut buf = Vec::new();
            // Writing into a Vec cannot fail.
            let _ = json::write_indented(&mut buf, v, level);
            out.push_str(&String::from_utf8_lossy(&buf));
        }
    }
}

fn write_entries(out: &mut String, entries: &[(&str, &Value, T)], level: usize) {
    out.push_str("{\n");
    for (i, (k, item, ty)) in entries.iter().enumerate() {
        indent(out, level + 1);
        out.push_str(&json::to_compact_string(&Value::String((*k).to_string())));
        out.push_str(": ");
        write(out, item, *ty, level + 1);
        out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
    }
    indent(out, level);
    out.push('}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn struct_order_and_sorted_maps() {
        let cm = json!({"apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "c", "creationTimestamp": null, "labels": {"z": "1", "a": "2"}},
            "data": {"b": "x", "a": "y"}});
        assert_eq!(
            to_indented_string(&cm),
            "{\n    \"kind\": \"ConfigMap\",\n    \"apiVersion\": \"v1\",\n    \"metadata\": {\n        \"name\": \"c\",\n        \"creationTimestamp\": null,\n        \"labels\": {\n            \"a\": \"2\",\n            \"z\": \"1\"\n        }\n    },\n    \"data\": {\n        \"a\": \"y\",\n        \"b\": \"x\"\n    }\n}"
        );
    }

    #[test]
    fn unknown_fields_follow_known_ones() {
        let sub = json!({"name": "n", "zeta": 1, "kind": "User", "alpha": 2});
        let mut out = String::new();
        write(&mut out, &sub, S("Subject"), 0);
        assert_eq!(
            out,
            "{\n    \"kind\": \"User\",\n    \"name\": \"n\",\n    \"alpha\": 2,\n    \"zeta\": 1\n}"
        );
    }
}
