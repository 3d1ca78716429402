//! Persistent volumes as kube-controller-manager's persistentvolume controller, the
//! pvc-protection / pv-protection controllers and kind's local-path provisioner handle them:
//! claims without a class get the default class (retroactive default), claims bind to a
//! matching Available volume or get one provisioned (`pvc-<claim uid>`; with
//! WaitForFirstConsumer only once a pod using the claim is on a node), the binding annotations
//! and phases, released volumes deleted or kept per reclaim policy, and the protection
//! finalizers removed once nothing uses a deleted claim or volume.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::events::{Event, Source, record};
use super::{Api, is_deleting, kinds, name_of, ns_of, pod_active, uid_of};

const MANAGER: &str = "kube-controller-manager";
const PV_CONTROLLER: Source<'static> = Source::controller("persistentvolume-controller");
const DEFAULT_CLASS: &str = "storageclass.kubernetes.io/is-default-class";
const PVC_PROTECTION: &str = "kubernetes.io/pvc-protection";
const PV_PROTECTION: &str = "kubernetes.io/pv-protection";
const BIND_COMPLETED: &str = "pv.kubernetes.io/bind-completed";
const BOUND_BY_CONTROLLER: &str = "pv.kubernetes.io/bound-by-controller";
const SELECTED_NODE: &str = "volume.kubernetes.io/selected-node";
const PROVISIONER_BETA: &str = "volume.beta.kubernetes.io/storage-provisioner";
const PROVISIONER: &str = "volume.kubernetes.io/storage-provisioner";
/// The identity kind's local-path-provisioner records its events under.
const LOCAL_PATH_IDENTITY: &str = "rancher.io/local-path_local-path-provisioner-7dc846544d-sandbox_6b2b6c4e-1f0e-4a41-9a1e-2d7c0c1f5a10";

/// What the volume controller remembers between passes: claims already told they wait.
#[derive(Default)]
pub struct Volumes {
    waiting_reported: HashSet<String>,
}

fn event(api: &Api, obj: &Value, source: Source, reason: &'static str, message: String) {
    record(
        api,
        Event {
            object: obj,
            field_path: None,
            warning: false,
            reason,
            message,
            source,
        },
    );
}

/// Parses a quantity's value for comparison (binary and decimal suffixes).
pub fn quantity_bytes(q: &str) -> Option<f64> {
    let q = q.trim();
    let split = q.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(q.len());
    let (num, suffix) = q.split_at(split);
    let n: f64 = num.parse().ok()?;
    let mult = match suffix {
        "" => 1.0,
        "k" => 1e3,
        "M" => 1e6,
        "G" => 1e9,
        "T" => 1e12,
        "P" => 1e15,
        "E" => 1e18,
        "Ki" => 1024.0,
        "Mi" => 1024f64.powi(2),
        "Gi" => 1024f64.powi(3),
        "Ti" => 1024f64.powi(4),
        "Pi" => 1024f64.powi(5),
        "Ei" => 1024f64.powi(6),
        "m" => 1e-3,
        _ => return None,
    };
    Some(n * mult)
}

fn request(pvc: &Value) -> &str {
    pvc["spec"]["resources"]["requests"]["storage"]
        .as_str()
        .unwrap_or("0")
}

fn class_of(o: &Value) -> &str {
    o["spec"]["storageClassName"].as_str().unwrap_or_default()
}

/// Whether an Available volume can serve `pvc` (`findMatchingVolume`, simplified: class,
/// capacity, access modes, volume mode, a claimRef pre-binding it to another claim).
pub fn volume_matches(pv: &Value, pvc: &Value) -> bool {
    if class_of(pv) != class_of(pvc) {
        return false;
    }
    let claim = &pv["spec"]["claimRef"];
    if claim.is_object()
        && (claim["name"] != pvc["metadata"]["name"]
            || claim["namespace"] != pvc["metadata"]["namespace"]
            || claim["uid"].as_str().is_some_and(|u| u != uid_of(pvc)))
    {
        return false;
    }
    let have = pv["spec"]["capacity"]["storage"]
        .as_str()
        .and_then(quantity_bytes)
        .unwrap_or(0.0);
    let want = quantity_bytes(request(pvc)).unwrap_or(0.0);
    if have < want {
        return false;
    }
    let modes = |o: &Value| -> Vec<String> {
        o["spec"]["accessModes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| m.as_str().map(str::to_string))
            .collect()
    };
    let pv_modes = modes(pv);
    if !modes(pvc).iter().all(|m| pv_modes.contains(m)) {
        return false;
    }
    pv["spec"]["volumeMode"].as_str().unwrap_or("Filesystem")
        == pvc["spec"]["volumeMode"].as_str().unwrap_or("Filesystem")
}

/// The volume the provisioner makes for `pvc` (local-path's shape).
pub fn provisioned_volume(pvc: &Value, class: &Value, node: Option<&str>) -> Value {
    let provisioner = class["provisioner"].as_str().unwrap_or_default();
    let name = format!("pvc-{}", uid_of(pvc));
    let mut annotations = json!({"pv.kubernetes.io/provisioned-by": provisioner});
    let mut spec = json!({
        "accessModes": pvc["spec"]["accessModes"],
        "capacity": {"storage": request(pvc)},
        "claimRef": {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "name": name_of(pvc),
                     "namespace": ns_of(pvc), "resourceVersion": pvc["metadata"]["resourceVersion"],
                     "uid": uid_of(pvc)},
        "hostPath": {"path": format!("/var/local-path-provisioner/{name}_{}_{}", ns_of(pvc), name_of(pvc)),
                     "type": "DirectoryOrCreate"},
        "persistentVolumeReclaimPolicy": class["reclaimPolicy"].as_str().unwrap_or("Delete"),
        "storageClassName": name_of(class),
        "volumeMode": pvc["spec"]["volumeMode"].as_str().unwrap_or("Filesystem"),
    });
    if let Some(n) = node {
        annotations["local.path.provisioner/selected-node"] = json!(n);
        spec["nodeAffinity"] = json!({"required": {"nodeSelectorTerms": [{"matchExpressions": [
            {"key": "kubernetes.io/hostname", "operator": "In", "values": [n]}]}]}});
    }
    if let Some(mo) = class["mountOptions"].as_array() {
        spec["mountOptions"] = json!(mo);
    }
    json!({"apiVersion": "v1", "kind": "PersistentVolume",
           "metadata": {"name": name, "annotations": annotations, "finalizers": [PV_PROTECTION]},
           "spec": spec, "status": {"phase": "Pending"}})
}

/// Pods (not finished) that mount claim `name` in `ns`.
fn users<'a>(pods: &'a [Value], ns: &str, name: &str) -> Vec<&'a Value> {
    pods.iter()
        .filter(|p| ns_of(p) == ns && pod_active(p) || ns_of(p) == ns && is_deleting(p))
        .filter(|p| {
            p["spec"]["volumes"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|v| v["persistentVolumeClaim"]["claimName"] == name)
        })
        .collect()
}

impl Volumes {
    pub fn sync_all(&mut self, api: &Api) {
        let classes = api.list(kinds::STORAGECLASSES, None);
        let default_class = classes
            .iter()
            .filter(|c| c["metadata"]["annotations"][DEFAULT_CLASS] == "true")
            .max_by_key(|c| {
                c["metadata"]["creationTimestamp"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string()
            })
            .cloned();
        let pods = api.list(kinds::PODS, None);
        for pvc in api.list(kinds::PVCS, None) {
            self.sync_claim(api, pvc, &classes, default_class.as_ref(), &pods);
        }
        self.sync_volumes(api);
    }

    fn sync_claim(
        &mut self,
        api: &Api,
        mut pvc: Value,
        classes: &[Value],
        default_class: Option<&Value>,
        pods: &[Value],
    ) {
        let key = format!("{}/{}", ns_of(&pvc), name_of(&pvc));
        let finalizers: Vec<Value> = pvc["metadata"]["finalizers"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        if is_deleting(&pvc) {
            // pvc-protection: the finalizer goes once no pod uses the claim.
            if users(pods, ns_of(&pvc), name_of(&pvc)).is_empty() {
                let rest: Vec<Value> = finalizers
                    .iter()
                    .filter(|f| *f != PVC_PROTECTION)
                    .cloned()
                    .collect();
                if rest.is_empty() {
                    api.delete(kinds::PVCS, &pvc);
                    self.waiting_reported.remove(&key);
                } else if rest.len() != finalizers.len() {
                    let mut n = pvc.clone();
                    n["metadata"]["finalizers"] = Value::Array(rest);
                    api.update(kinds::PVCS, &pvc, n, MANAGER, None);
                }
            }
            return;
        }
        let mut n = pvc.clone();
        if !finalizers.iter().any(|f| f == PVC_PROTECTION) {
            // What the StorageObjectInUseProtection admission plugin adds on create.
            let mut f = finalizers.clone();
            f.push(json!(PVC_PROTECTION));
            n["metadata"]["finalizers"] = Value::Array(f);
        }
        if n["spec"].get("storageClassName").is_none_or(Value::is_null)
            && let Some(c) = default_class
        {
            // RetroactiveDefaultStorageClass: a claim without a class gets the default one.
            n["spec"]["storageClassName"] = json!(name_of(c));
        }
        if n != pvc {
            match api.update(kinds::PVCS, &pvc, n, MANAGER, None) {
                Some(s) => pvc = s,
                None => return,
            }
        }
        if pvc["status"]["phase"] == "Bound" {
            return;
        }
        if let Some(vol) = pvc["spec"]["volumeName"].as_str().filter(|v| !v.is_empty()) {
            // Pre-bound by the user: complete the binding when the volume is there.
            if let Some(pv) = api.get(kinds::PVS, "", vol) {
                self.bind(api, &pvc, &pv, false);
            }
            return;
        }
        let available = api.list(kinds::PVS, None).into_iter().find(|pv| {
            (pv["status"]["phase"] == "Available"
                || pv["spec"]["claimRef"]["uid"] == pvc["metadata"]["uid"])
                && volume_matches(pv, &pvc)
        });
        if let Some(pv) = available {
            self.bind(api, &pvc, &pv, true);
            return;
        }
        let Some(class) = classes.iter().find(|c| name_of(c) == class_of(&pvc)) else {
            return;
        };
        let provisioner = class["provisioner"].as_str().unwrap_or_default();
        if provisioner.is_empty() || provisioner == "kubernetes.io/no-provisioner" {
            return;
        }
        let wait = class["volumeBindingMode"] == "WaitForFirstConsumer";
        let node = users(pods, ns_of(&pvc), name_of(&pvc))
            .iter()
            .find_map(|p| p["spec"]["nodeName"].as_str().filter(|n| !n.is_empty()))
            .map(str::to_string);
        if wait && node.is_none() {
            if self.waiting_reported.insert(key) {
                event(
                    api,
                    &pvc,
                    PV_CONTROLLER,
                    "WaitForFirstConsumer",
                    "waiting for first consumer to be created before binding".into(),
                );
            }
            return;
        }
        // The scheduler's selected node and the controller's provisioner annotations.
        let mut n = pvc.clone();
        let ann = &mut n["metadata"]["annotations"];
        ann[PROVISIONER_BETA] = json!(provisioner);
        ann[PROVISIONER] = json!(provisioner);
        if wait && let Some(node) = &node {
            ann[SELECTED_NODE] = json!(node);
        }
        if n != pvc {
            match api.update(kinds::PVCS, &pvc, n, MANAGER, None) {
                Some(s) => pvc = s,
                None => return,
            }
            event(
                api,
                &pvc,
                PV_CONTROLLER,
                "ExternalProvisioning",
                format!(
                    "Waiting for a volume to be created either by the external provisioner '{provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered."
                ),
            );
        }
        let identity = if provisioner == "rancher.io/local-path" {
            LOCAL_PATH_IDENTITY.to_string()
        } else {
            format!("{provisioner}_sandbox")
        };
        let source = Source::controller(&identity);
        event(
            api,
            &pvc,
            source,
            "Provisioning",
            format!(
                "External provisioner is provisioning volume for claim \"{}/{}\"",
                ns_of(&pvc),
                name_of(&pvc)
            ),
        );
        let pv = provisioned_volume(&pvc, class, node.as_deref().filter(|_| wait));
        let pv_name = name_of(&pv).to_string();
        let Some(pv) = api
            .create(kinds::PVS, pv, "local-path-provisioner")
            .or_else(|| api.get(kinds::PVS, "", &pv_name))
        else {
            return;
        };
        event(
            api,
            &pvc,
            source,
            "ProvisioningSucceeded",
            format!("Successfully provisioned volume {pv_name}"),
        );
        self.bind(api, &pvc, &pv, true);
    }

    /// `bind`: the volume's claimRef and phase, then the claim's volumeName, annotations and
    /// status.
    fn bind(&mut self, api: &Api, pvc: &Value, pv: &Value, by_controller: bool) {
        let mut v = pv.clone();
        if v["spec"]["claimRef"]["uid"] != pvc["metadata"]["uid"] {
            v["spec"]["claimRef"] = json!({"apiVersion": "v1", "kind": "PersistentVolumeClaim",
                "name": name_of(pvc), "namespace": ns_of(pvc),
                "resourceVersion": pvc["metadata"]["resourceVersion"], "uid": uid_of(pvc)});
            if by_controller {
                v["metadata"]["annotations"][BOUND_BY_CONTROLLER] = json!("yes");
            }
        }
        let pv = if v != *pv {
            match api.update(kinds::PVS, pv, v, MANAGER, None) {
                Some(s) => s,
                None => return,
            }
        } else {
            pv.clone()
        };
        if pv["status"]["phase"] != "Bound" {
            let mut v = pv.clone();
            v["status"]["phase"] = json!("Bound");
            if api
                .update(kinds::PVS, &pv, v, MANAGER, Some("status"))
                .is_none()
            {
                return;
            }
        }
        let mut c = pvc.clone();
        c["spec"]["volumeName"] = json!(name_of(&pv));
        let ann = &mut c["metadata"]["annotations"];
        ann[BIND_COMPLETED] = json!("yes");
        if by_controller {
            ann[BOUND_BY_CONTROLLER] = json!("yes");
        }
        let Some(c2) = api.update(kinds::PVCS, pvc, c, MANAGER, None) else {
            return;
        };
        let mut s = c2.clone();
        s["status"] = json!({"phase": "Bound", "accessModes": pv["spec"]["accessModes"],
                             "capacity": pv["spec"]["capacity"]});
        api.update(kinds::PVCS, &c2, s, MANAGER, Some("status"));
        self.waiting_reported
            .remove(&format!("{}/{}", ns_of(pvc), name_of(pvc)));
    }

    /// Volumes whose claim is gone: Released, then deleted (reclaim policy Delete) or kept;
    /// pv-protection lets a deleted volume go once it is not Bound.
    fn sync_volumes(&mut self, api: &Api) {
        for pv in api.list(kinds::PVS, None) {
            if is_deleting(&pv) {
                if pv["status"]["phase"] != "Bound" {
                    api.delete(kinds::PVS, &pv);
                }
                continue;
            }
            let claim = &pv["spec"]["claimRef"];
            let phase = pv["status"]["phase"].as_str().unwrap_or_default();
            if !claim.is_object() {
                if phase != "Available" {
                    let mut v = pv.clone();
                    v["status"]["phase"] = json!("Available");
                    api.update(kinds::PVS, &pv, v, MANAGER, Some("status"));
                }
                continue;
            }
            let ns = claim["namespace"].as_str().unwrap_or_default();
            let name = claim["name"].as_str().unwrap_or_default();
            let live = api
                .get(kinds::PVCS, ns, name)
                .is_some_and(|c| claim["uid"].is_null() || c["metadata"]["uid"] == claim["uid"]);
            if live || claim["uid"].is_null() {
                if phase == "Pending" && claim["uid"].is_null() {
                    let mut v = pv.clone();
                    v["status"]["phase"] = json!("Available");
                    api.update(kinds::PVS, &pv, v, MANAGER, Some("status"));
                }
                continue;
            }
            match pv["spec"]["persistentVolumeReclaimPolicy"].as_str() {
                Some("Delete") => {
                    api.delete(kinds::PVS, &pv);
                }
                _ if phase != "Released" => {
                    let mut v = pv.clone();
                    v["status"]["phase"] = json!("Released");
                    api.update(kinds::PVS, &pv, v, MANAGER, Some("status"));
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities() {
        for (q, want) in [
            ("1Gi", Some(1073741824.0)),
            ("500Mi", Some(524288000.0)),
            ("1G", Some(1e9)),
            ("10", Some(10.0)),
            ("1.5Ki", Some(1536.0)),
            ("x", None),
        ] {
            assert_eq!(quantity_bytes(q), want, "{q}");
        }
    }

    #[test]
    fn matching_volumes() {
        let pvc = json!({"metadata": {"name": "c", "namespace": "ns", "uid": "u"},
            "spec": {"storageClassName": "", "accessModes": ["ReadWriteOnce"],
                     "resources": {"requests": {"storage": "1Gi"}}}});
        let pv = |size: &str, modes: Value, class: &str| {
            json!({"spec": {"storageClassName": class,
            "capacity": {"storage": size}, "accessModes": modes}})
        };
        assert!(volume_matches(
            &pv("2Gi", json!(["ReadWriteOnce"]), ""),
            &pvc
        ));
        assert!(!volume_matches(
            &pv("512Mi", json!(["ReadWriteOnce"]), ""),
            &pvc
        ));
        assert!(!volume_matches(
            &pv("2Gi", json!(["ReadOnlyMany"]), ""),
            &pvc
        ));
        assert!(!volume_matches(
            &pv("2Gi", json!(["ReadWriteOnce"]), "fast"),
            &pvc
        ));
        let mut taken = pv("2Gi", json!(["ReadWriteOnce"]), "");
        taken["spec"]["claimRef"] = json!({"name": "other", "namespace": "ns"});
        assert!(!volume_matches(&taken, &pvc));
    }

    #[test]
    fn provisioned_volume_shape() {
        let pvc = json!({"metadata": {"name": "www-web-0", "namespace": "default", "uid": "abc", "resourceVersion": "7"},
            "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}});
        let class = json!({"metadata": {"name": "standard"}, "provisioner": "rancher.io/local-path",
                           "reclaimPolicy": "Delete"});
        let pv = provisioned_volume(&pvc, &class, Some("w1"));
        assert_eq!(pv["metadata"]["name"], "pvc-abc");
        assert_eq!(pv["spec"]["claimRef"]["uid"], "abc");
        assert_eq!(pv["spec"]["storageClassName"], "standard");
        assert_eq!(pv["spec"]["persistentVolumeReclaimPolicy"], "Delete");
        assert_eq!(
            pv["spec"]["hostPath"]["path"],
            "/var/local-path-provisioner/pvc-abc_default_www-web-0"
        );
        assert_eq!(
            pv["metadata"]["annotations"]["local.path.provisioner/selected-node"],
            "w1"
        );
    }
}
