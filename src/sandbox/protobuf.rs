//! Decoding of the Kubernetes protobuf envelope (`k8s\0` + runtime.Unknown) that kubectl's typed
//! clientset sends for `kubectl create <kind>`, into the JSON object the rest of the server works
//! on. Only the messages those commands produce are described (field numbers from k8s.io/api
//! `generated.proto`); unknown fields are skipped. Go's generated marshallers write every
//! non-pointer field, so zero values are dropped unless the field is a pointer (`keep`), which
//! reproduces what the JSON (omitempty) encoding would have carried. Pure functions.

use base64::Engine;
use serde_json::{Map, Value, json};

#[derive(Clone, Copy)]
enum T {
    Str,
    Int,
    Bool,
    Bytes,
    Msg(&'static str),
    MapStr,
    MapBytes,
    MapQty,
    Time,
    IntOrStr,
    /// A Go struct embedded with `json:",inline"`: its fields land in the parent object.
    Inline(&'static str),
}

#[derive(Clone, Copy)]
struct F {
    no: u64,
    name: &'static str,
    ty: T,
    rep: bool,
    keep: bool,
}

const fn f(no: u64, name: &'static str, ty: T) -> F {
    F {
        no,
        name,
        ty,
        rep: false,
        keep: false,
    }
}
const fn r(no: u64, name: &'static str, ty: T) -> F {
    F {
        no,
        name,
        ty,
        rep: true,
        keep: false,
    }
}
/// A pointer field: present means set, even when zero.
const fn k(no: u64, name: &'static str, ty: T) -> F {
    F {
        no,
        name,
        ty,
        rep: false,
        keep: true,
    }
}

use T::*;

/// A `'static` field table (const-evaluated, so `const fn` calls are allowed).
macro_rules! s {
    ($($x:expr),* $(,)?) => {{
        const A: &[F] = &[$($x),*];
        A
    }};
}

fn schema(msg: &str) -> &'static [F] {
    match msg {
        "ObjectMeta" => s![
            f(1, "name", Str),
            f(2, "generateName", Str),
            f(3, "namespace", Str),
            f(5, "uid", Str),
            f(6, "resourceVersion", Str),
            f(7, "generation", Int),
            f(8, "creationTimestamp", Time),
            f(11, "labels", MapStr),
            f(12, "annotations", MapStr),
            r(13, "ownerReferences", Msg("OwnerReference")),
            r(14, "finalizers", Str),
        ],
        "OwnerReference" => s![
            f(1, "kind", Str),
            f(3, "name", Str),
            f(4, "uid", Str),
            f(5, "apiVersion", Str),
            k(6, "controller", Bool),
            k(7, "blockOwnerDeletion", Bool),
        ],
        "SelfSubjectAccessReview" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("SelfSubjectAccessReviewSpec"))
        ],
        "SelfSubjectAccessReviewSpec" => s![
            f(1, "resourceAttributes", Msg("ResourceAttributes")),
            f(2, "nonResourceAttributes", Msg("NonResourceAttributes"))
        ],
        "ResourceAttributes" => s![
            f(1, "namespace", Str),
            f(2, "verb", Str),
            f(3, "group", Str),
            f(4, "version", Str),
            f(5, "resource", Str),
            f(6, "subresource", Str),
            f(7, "name", Str)
        ],
        "NonResourceAttributes" => s![f(1, "path", Str), f(2, "verb", Str)],
        "SelfSubjectRulesReview" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("SelfSubjectRulesReviewSpec"))
        ],
        "SelfSubjectRulesReviewSpec" => s![f(1, "namespace", Str)],
        "ConfigMap" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "data", MapStr),
            f(3, "binaryData", MapBytes),
            k(4, "immutable", Bool)
        ],
        "Secret" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "data", MapBytes),
            f(3, "type", Str),
            f(4, "stringData", MapStr),
            k(5, "immutable", Bool),
        ],
        "Namespace" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("NamespaceSpec"))
        ],
        "NamespaceSpec" => s![r(1, "finalizers", Str)],
        "ServiceAccount" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            r(2, "secrets", Msg("ObjectReference")),
            r(3, "imagePullSecrets", Msg("LocalObjectReference")),
            k(4, "automountServiceAccountToken", Bool),
        ],
        "ObjectReference" => s![
            f(1, "kind", Str),
            f(2, "namespace", Str),
            f(3, "name", Str),
            f(4, "uid", Str),
            f(5, "apiVersion", Str),
            f(6, "resourceVersion", Str),
            f(7, "fieldPath", Str),
        ],
        "LocalObjectReference" => s![f(1, "name", Str)],
        "Deployment" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("DeploymentSpec"))
        ],
        "DeploymentSpec" => s![
            k(1, "replicas", Int),
            f(2, "selector", Msg("LabelSelector")),
            f(3, "template", Msg("PodTemplateSpec")),
            f(4, "strategy", Msg("DeploymentStrategy")),
            f(5, "minReadySeconds", Int),
            k(6, "revisionHistoryLimit", Int),
            f(7, "paused", Bool),
            k(9, "progressDeadlineSeconds", Int),
        ],
        "DeploymentStrategy" => s![
            f(1, "type", Str),
            f(2, "rollingUpdate", Msg("RollingUpdateDeployment"))
        ],
        "RollingUpdateDeployment" => {
            s![k(1, "maxUnavailable", IntOrStr), k(2, "maxSurge", IntOrStr)]
        }
        "LabelSelector" => s![
            f(1, "matchLabels", MapStr),
            r(2, "matchExpressions", Msg("LabelSelectorRequirement"))
        ],
        "LabelSelectorRequirement" => {
            s![f(1, "key", Str), f(2, "operator", Str), r(3, "values", Str)]
        }
        "PodTemplateSpec" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("PodSpec"))
        ],
        "PodSpec" => s![
            r(2, "containers", Msg("Container")),
            f(3, "restartPolicy", Str),
            k(4, "terminationGracePeriodSeconds", Int),
            k(5, "activeDeadlineSeconds", Int),
            f(6, "dnsPolicy", Str),
            f(7, "nodeSelector", MapStr),
            f(8, "serviceAccountName", Str),
            f(9, "serviceAccount", Str),
            f(10, "nodeName", Str),
            f(11, "hostNetwork", Bool),
            r(15, "imagePullSecrets", Msg("LocalObjectReference")),
            f(16, "hostname", Str),
            f(17, "subdomain", Str),
            f(19, "schedulerName", Str),
            r(20, "initContainers", Msg("Container")),
            k(21, "automountServiceAccountToken", Bool),
            r(22, "tolerations", Msg("Toleration")),
            f(24, "priorityClassName", Str),
        ],
        "Container" => s![
            f(1, "name", Str),
            f(2, "image", Str),
            r(3, "command", Str),
            r(4, "args", Str),
            f(5, "workingDir", Str),
            r(6, "ports", Msg("ContainerPort")),
            r(7, "env", Msg("EnvVar")),
            f(8, "resources", Msg("ResourceRequirements")),
            r(9, "volumeMounts", Msg("VolumeMount")),
            f(13, "terminationMessagePath", Str),
            f(14, "imagePullPolicy", Str),
            f(16, "stdin", Bool),
            f(17, "stdinOnce", Bool),
            f(18, "tty", Bool),
            f(20, "terminationMessagePolicy", Str),
        ],
        "ContainerPort" => s![
            f(1, "name", Str),
            f(2, "hostPort", Int),
            k(3, "containerPort", Int),
            f(4, "protocol", Str),
            f(5, "hostIP", Str)
        ],
        "EnvVar" => s![f(1, "name", Str), f(2, "value", Str)],
        "ResourceRequirements" => s![f(1, "limits", MapQty), f(2, "requests", MapQty)],
        "VolumeMount" => s![
            f(1, "name", Str),
            f(2, "readOnly", Bool),
            f(3, "mountPath", Str),
            f(4, "subPath", Str)
        ],
        "Toleration" => s![
            f(1, "key", Str),
            f(2, "operator", Str),
            f(3, "value", Str),
            f(4, "effect", Str),
            k(5, "tolerationSeconds", Int)
        ],
        "Service" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("ServiceSpec"))
        ],
        "ServiceSpec" => s![
            r(1, "ports", Msg("ServicePort")),
            f(2, "selector", MapStr),
            f(3, "clusterIP", Str),
            f(4, "type", Str),
            r(5, "externalIPs", Str),
            f(7, "sessionAffinity", Str),
            f(8, "loadBalancerIP", Str),
            f(10, "externalName", Str),
            f(11, "externalTrafficPolicy", Str),
        ],
        "ServicePort" => s![
            f(1, "name", Str),
            f(2, "protocol", Str),
            k(3, "port", Int),
            f(4, "targetPort", IntOrStr),
            f(5, "nodePort", Int),
            k(6, "appProtocol", Str),
        ],
        "Job" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("JobSpec"))
        ],
        "JobSpec" => s![
            k(1, "parallelism", Int),
            k(2, "completions", Int),
            k(3, "activeDeadlineSeconds", Int),
            f(4, "selector", Msg("LabelSelector")),
            k(5, "manualSelector", Bool),
            f(6, "template", Msg("PodTemplateSpec")),
            k(7, "backoffLimit", Int),
            k(8, "ttlSecondsAfterFinished", Int),
            k(9, "completionMode", Str),
            k(10, "suspend", Bool),
        ],
        "CronJob" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("CronJobSpec"))
        ],
        "CronJobSpec" => s![
            f(1, "schedule", Str),
            k(2, "startingDeadlineSeconds", Int),
            f(3, "concurrencyPolicy", Str),
            k(4, "suspend", Bool),
            f(5, "jobTemplate", Msg("JobTemplateSpec")),
            k(6, "successfulJobsHistoryLimit", Int),
            k(7, "failedJobsHistoryLimit", Int),
            k(8, "timeZone", Str),
        ],
        "JobTemplateSpec" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("JobSpec"))
        ],
        "Role" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            r(2, "rules", Msg("PolicyRule"))
        ],
        "ClusterRole" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            r(2, "rules", Msg("PolicyRule")),
            k(3, "aggregationRule", Msg("AggregationRule"))
        ],
        "AggregationRule" => s![r(1, "clusterRoleSelectors", Msg("LabelSelector"))],
        "PolicyRule" => s![
            r(1, "verbs", Str),
            r(2, "apiGroups", Str),
            r(3, "resources", Str),
            r(4, "resourceNames", Str),
            r(5, "nonResourceURLs", Str),
        ],
        "RoleBinding" | "ClusterRoleBinding" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            r(2, "subjects", Msg("Subject")),
            f(3, "roleRef", Msg("RoleRef"))
        ],
        "Subject" => s![
            f(1, "kind", Str),
            f(2, "apiGroup", Str),
            f(3, "name", Str),
            f(4, "namespace", Str)
        ],
        "RoleRef" => s![k(1, "apiGroup", Str), f(2, "kind", Str), f(3, "name", Str)],
        "ResourceQuota" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("ResourceQuotaSpec"))
        ],
        "ResourceQuotaSpec" => s![f(1, "hard", MapQty), r(2, "scopes", Str)],
        "PodDisruptionBudget" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("PodDisruptionBudgetSpec"))
        ],
        "PodDisruptionBudgetSpec" => s![
            k(1, "minAvailable", IntOrStr),
            f(2, "selector", Msg("LabelSelector")),
            k(3, "maxUnavailable", IntOrStr),
        ],
        "TokenRequest" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("TokenRequestSpec"))
        ],
        "TokenRequestSpec" => s![r(1, "audiences", Str), k(4, "expirationSeconds", Int)],
        "Ingress" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("IngressSpec"))
        ],
        "IngressSpec" => s![
            f(1, "defaultBackend", Msg("IngressBackend")),
            r(2, "tls", Msg("IngressTLS")),
            r(3, "rules", Msg("IngressRule")),
            k(4, "ingressClassName", Str),
        ],
        "IngressBackend" => s![
            f(3, "resource", Msg("TypedLocalObjectReference")),
            f(4, "service", Msg("IngressServiceBackend"))
        ],
        "TypedLocalObjectReference" => {
            s![k(1, "apiGroup", Str), f(2, "kind", Str), f(3, "name", Str)]
        }
        "IngressServiceBackend" => s![f(1, "name", Str), f(2, "port", Msg("ServiceBackendPort"))],
        "ServiceBackendPort" => s![f(1, "name", Str), f(2, "number", Int)],
        "IngressTLS" => s![r(1, "hosts", Str), f(2, "secretName", Str)],
        "IngressRule" => s![
            f(1, "host", Str),
            f(2, "ingressRuleValue", Inline("IngressRuleValue"))
        ],
        "IngressRuleValue" => s![f(1, "http", Msg("HTTPIngressRuleValue"))],
        "HTTPIngressRuleValue" => s![r(1, "paths", Msg("HTTPIngressPath"))],
        "HTTPIngressPath" => s![
            f(1, "path", Str),
            f(2, "backend", Msg("IngressBackend")),
            k(3, "pathType", Str)
        ],
        "Pod" => s![
            f(1, "metadata", Msg("ObjectMeta")),
            f(2, "spec", Msg("PodSpec"))
        ],
        "Quantity" => s![f(1, "string", Str)],
        "Time" => s![f(1, "seconds", Int), f(2, "nanos", Int)],
        "IntOrString" => s![f(1, "type", Int), f(2, "intVal", Int), f(3, "strVal", Str)],
        "MapEntry" => s![f(1, "key", Str), f(2, "value", Bytes)],
        "Unknown" => s![f(1, "typeMeta", Msg("TypeMeta")), f(2, "raw", Bytes)],
        "TypeMeta" => s![f(1, "apiVersion", Str), f(2, "kind", Str)],
        _ => s![],
    }
}

/// One raw field: number and value (varint or length-delimited bytes).
enum Raw<'a> {
    Varint(u64),
    Bytes(&'a [u8]),
}

fn varint(b: &[u8], i: &mut usize) -> Result<u64, String> {
    let mut v: u64 = 0;
    for shift in (0..64).step_by(7) {
        let byte = *b.get(*i).ok_or("truncated varint")?;
        *i += 1;
        v |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(v);
        }
    }
    Err("varint too long".into())
}

fn fields(b: &[u8]) -> Result<Vec<(u64, Raw<'_>)>, String> {
    let mut i = 0;
    let mut out = Vec::new();
    while i < b.len() {
        let key = varint(b, &mut i)?;
        let (no, wt) = (key >> 3, key & 7);
        match wt {
            0 => out.push((no, Raw::Varint(varint(b, &mut i)?))),
            1 => i += 8,
            2 => {
                let len = usize::try_from(varint(b, &mut i)?).map_err(|_| "length overflow")?;
                let end = i
                    .checked_add(len)
                    .filter(|e| *e <= b.len())
                    .ok_or("truncated field")?;
                out.push((no, Raw::Bytes(&b[i..end])));
                i = end;
            }
            5 => i += 4,
            _ => return Err(format!("unsupported wire type {wt}")),
        }
    }
    Ok(out)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn map_entry(b: &[u8]) -> Result<(String, &[u8]), String> {
    let mut key = String::new();
    let mut val: &[u8] = &[];
    for (no, raw) in fields(b)? {
        match (no, raw) {
            (1, Raw::Bytes(x)) => key = text(x),
            (2, Raw::Bytes(x)) => val = x,
            _ => {}
        }
    }
    Ok((key, val))
}

fn is_zero(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Number(n) => n.as_i64() == Some(0),
        Value::Bool(b) => !b,
        Value::Object(m) => m.is_empty(),
        Value::Array(a) => a.is_empty(),
    }
}

fn scalar(ty: T, raw: &Raw<'_>) -> Result<Value, String> {
    Ok(match (ty, raw) {
        (Str, Raw::Bytes(b)) => json!(text(b)),
        (Bytes, Raw::Bytes(b)) => json!(base64::engine::general_purpose::STANDARD.encode(b)),
        // int32 negatives arrive sign-extended to 64 bits.
        (Int, Raw::Varint(v)) => json!(*v as i64),
        (Bool, Raw::Varint(v)) => json!(*v != 0),
        (Msg(m), Raw::Bytes(b)) => decode_msg(m, b)?,
        (Time, Raw::Bytes(b)) => {
            let t = decode_msg("Time", b)?;
            let secs = t["seconds"].as_i64().unwrap_or(0);
            if secs == 0 {
                Value::Null
            } else {
                let ts = jiff::Timestamp::from_second(secs).map_err(|e| e.to_string())?;
                json!(ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
            }
        }
        (IntOrStr, Raw::Bytes(b)) => {
            let v = decode_msg("IntOrString", b)?;
            if v["type"].as_i64() == Some(1) {
                json!(v["strVal"].as_str().unwrap_or_default())
            } else {
                json!(v["intVal"].as_i64().unwrap_or(0))
            }
        }
        _ => return Err("wire type does not match the field".into()),
    })
}

fn decode_msg(msg: &str, b: &[u8]) -> Result<Value, String> {
    let sch = schema(msg);
    let mut out = Map::new();
    for (no, raw) in fields(b)? {
        let Some(fd) = sch.iter().find(|x| x.no == no) else {
            continue;
        };
        let v = match fd.ty {
            MapStr | MapBytes | MapQty => {
                let Raw::Bytes(e) = raw else {
                    return Err("map entry must be bytes".into());
                };
                let (key, val) = map_entry(e)?;
                let v = match fd.ty {
                    MapStr => json!(text(val)),
                    MapBytes => json!(base64::engine::general_purpose::STANDARD.encode(val)),
                    _ => decode_msg("Quantity", val)?["string"].clone(),
                };
                let m = out.entry(fd.name).or_insert_with(|| json!({}));
                m[key] = v;
                continue;
            }
            Inline(m) => {
                let Raw::Bytes(b) = raw else {
                    return Err("inline field must be bytes".into());
                };
                if let Value::Object(inner) = decode_msg(m, b)? {
                    out.extend(inner);
                }
                continue;
            }
            ty => scalar(ty, &raw)?,
        };
        if fd.rep {
            match out.entry(fd.name).or_insert_with(|| json!([])) {
                Value::Array(a) => a.push(v),
                _ => return Err(format!("field {} repeated oddly", fd.name)),
            }
        } else {
            out.insert(fd.name.to_string(), v);
        }
    }
    // Drop zero values of non-pointer fields (their JSON form omits them).
    out.retain(|name, v| {
        sch.iter()
            .find(|x| x.name == name)
            .is_some_and(|fd| fd.keep && !v.is_null())
            || !is_zero(v)
    });
    Ok(Value::Object(out))
}

/// Decodes a `application/vnd.kubernetes.protobuf` request body into a JSON object.
pub fn decode_object(body: &[u8]) -> Result<Value, String> {
    let rest = body
        .strip_prefix(b"k8s\0")
        .ok_or("missing protobuf magic")?;
    let mut api_version = String::new();
    let mut kind = String::new();
    let mut raw: &[u8] = &[];
    for (no, v) in fields(rest)? {
        match (no, v) {
            (1, Raw::Bytes(tm)) => {
                let t = decode_msg("TypeMeta", tm)?;
                api_version = t["apiVersion"].as_str().unwrap_or_default().to_string();
                kind = t["kind"].as_str().unwrap_or_default().to_string();
            }
            (2, Raw::Bytes(r)) => raw = r,
            _ => {}
        }
    }
    if schema(&kind).is_empty() {
        return Err(format!(
            "protobuf bodies of kind {kind:?} are not supported; send JSON"
        ));
    }
    let mut obj = decode_msg(&kind, raw)?;
    obj["apiVersion"] = json!(api_version);
    obj["kind"] = json!(kind);
    if !obj["metadata"].is_object() {
        obj["metadata"] = json!({});
    }
    Ok(obj)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(no: u64, wt: u64) -> Vec<u8> {
        vec![((no << 3) | wt) as u8]
    }
    fn bytes_field(no: u64, b: &[u8]) -> Vec<u8> {
        let mut v = key(no, 2);
        v.push(b.len() as u8);
        v.extend_from_slice(b);
        v
    }

    #[test]
    fn decodes_a_configmap_envelope() {
        let typemeta = [bytes_field(1, b"v1"), bytes_field(2, b"ConfigMap")].concat();
        let meta = [
            bytes_field(1, b"cm"),
            bytes_field(2, b""),
            bytes_field(8, &[]),
        ]
        .concat();
        let entry = [bytes_field(1, b"a"), bytes_field(2, b"b")].concat();
        let cm = [
            bytes_field(1, &meta),
            bytes_field(2, &entry),
            key(4, 0),
            vec![0],
        ]
        .concat();
        let body = [
            b"k8s\0".to_vec(),
            bytes_field(1, &typemeta),
            bytes_field(2, &cm),
        ]
        .concat();
        let obj = decode_object(&body).unwrap();
        assert_eq!(
            obj,
            json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cm"}, "data": {"a": "b"}, "immutable": false})
        );
        assert!(decode_object(b"{}").is_err());
    }
}
