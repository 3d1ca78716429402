//! PersistentVolumeClaim and PersistentVolume describers (`describePersistentVolumeClaim`,
//! `printPersistentVolumeClaim`, `describePersistentVolume`).

use serde_json::Value;

use super::Related;
use super::pod::{claim_class, csi_attributes, volume_source};
use super::util::{arr_at, at, boolean, go_string_slice, has, s};
use super::writer::{self, Writer};
use crate::dw;

/// `storageutil.GetAccessModesAsString`: RWO, ROX, RWX, RWOP in that order, once each.
pub fn access_modes(modes: &Value) -> String {
    let list: Vec<&str> = arr_at(modes, "").iter().filter_map(Value::as_str).collect();
    let list = if list.is_empty() {
        modes
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    } else {
        list
    };
    [
        ("ReadWriteOnce", "RWO"),
        ("ReadOnlyMany", "ROX"),
        ("ReadWriteMany", "RWX"),
        ("ReadWriteOncePod", "RWOP"),
    ]
    .iter()
    .filter(|(m, _)| list.contains(m))
    .map(|(_, short)| *short)
    .collect::<Vec<_>>()
    .join(",")
}

/// `GetPersistentVolumeClass`: the beta annotation, else the field.
fn pv_class(pv: &Value) -> &str {
    pv.pointer("/metadata/annotations/volume.beta.kubernetes.io~1storage-class")
        .and_then(Value::as_str)
        .unwrap_or_else(|| s(pv, "/spec/storageClassName"))
}

fn status_line(w: &mut Writer, obj: &Value, now: jiff::Timestamp) {
    if has(obj, "/metadata/deletionTimestamp") {
        dw!(
            w,
            0,
            "Status:\tTerminating (lasts {})\n",
            writer::since(obj, "/metadata/deletionTimestamp", now)
        );
    } else {
        dw!(w, 0, "Status:\t{}\n", s(obj, "/status/phase"));
    }
}

pub fn describe_pvc(pvc: &Value, related: &Related, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(pvc, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(pvc, "/metadata/namespace"));
    dw!(w, 0, "StorageClass:\t{}\n", claim_class(pvc));
    status_line(&mut w, pvc, now);
    let volume = s(pvc, "/spec/volumeName");
    dw!(w, 0, "Volume:\t{volume}\n");
    writer::labels_multiline(&mut w, "Labels", at(pvc, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(pvc, "/metadata/annotations"));
    dw!(
        w,
        0,
        "Finalizers:\t{}\n",
        go_string_slice(at(pvc, "/metadata/finalizers"))
    );
    let (capacity, modes) = if volume.is_empty() {
        (String::new(), String::new())
    } else {
        let cap = match s(pvc, "/status/capacity/storage") {
            "" => "0".to_string(),
            c => c.to_string(),
        };
        (cap, access_modes(at(pvc, "/status/accessModes")))
    };
    dw!(w, 0, "Capacity:\t{capacity}\n");
    dw!(w, 0, "Access Modes:\t{modes}\n");
    if let Some(mode) = pvc.pointer("/spec/volumeMode").and_then(Value::as_str) {
        dw!(w, 0, "VolumeMode:\t{mode}\n");
    }
    if has(pvc, "/spec/dataSource") {
        w.write(0, "DataSource:\n");
        if let Some(g) = pvc
            .pointer("/spec/dataSource/apiGroup")
            .and_then(Value::as_str)
        {
            dw!(w, 1, "APIGroup:\t{g}\n");
        }
        dw!(w, 1, "Kind:\t{}\n", s(pvc, "/spec/dataSource/kind"));
        dw!(w, 1, "Name:\t{}\n", s(pvc, "/spec/dataSource/name"));
    }
    // getPodsForPVC: pods mounting the claim (once per mounting volume), then owner pods.
    let name = s(pvc, "/metadata/name");
    let mut users: Vec<&Value> = Vec::new();
    for p in &related.pods {
        for v in arr_at(p, "/spec/volumes") {
            if s(v, "/persistentVolumeClaim/claimName") == name && has(v, "/persistentVolumeClaim")
            {
                users.push(p);
            }
        }
    }
    for owner in arr_at(pvc, "/metadata/ownerReferences") {
        if s(owner, "/kind") != "Pod" {
            continue;
        }
        let uid = s(owner, "/uid");
        if let Some(p) = related.pods.iter().find(|p| s(p, "/metadata/uid") == uid)
            && !users.iter().any(|u| s(u, "/metadata/uid") == uid)
        {
            users.push(p);
        }
    }
    users.sort_by(|a, b| s(a, "/metadata/name").cmp(s(b, "/metadata/name")));
    w.write(0, "Used By:\t");
    if users.is_empty() {
        w.line("<none>");
    } else {
        for (i, p) in users.iter().enumerate() {
            if i != 0 {
                w.write(0, "\t");
            }
            dw!(w, 0, "{}\n", s(p, "/metadata/name"));
        }
    }
    let conditions = arr_at(pvc, "/status/conditions");
    if !conditions.is_empty() {
        w.write(0, "Conditions:\n");
        w.write(
            1,
            "Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n",
        );
        w.write(
            1,
            "----\t------\t-----------------\t------------------\t------\t-------\n",
        );
        for c in conditions {
            dw!(
                w,
                1,
                "{} \t{} \t{} \t{} \t{} \t{}\n",
                s(c, "/type"),
                s(c, "/status"),
                writer::time_field(c, "/lastProbeTime"),
                writer::time_field(c, "/lastTransitionTime"),
                s(c, "/reason"),
                s(c, "/message")
            );
        }
    }
    if let Some(ev) = related.events.as_deref() {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

pub fn describe_pv(pv: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(pv, "/metadata/name"));
    writer::labels_multiline(&mut w, "Labels", at(pv, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(pv, "/metadata/annotations"));
    dw!(
        w,
        0,
        "Finalizers:\t{}\n",
        go_string_slice(at(pv, "/metadata/finalizers"))
    );
    dw!(w, 0, "StorageClass:\t{}\n", pv_class(pv));
    status_line(&mut w, pv, now);
    if has(pv, "/spec/claimRef") {
        dw!(
            w,
            0,
            "Claim:\t{}/{}\n",
            s(pv, "/spec/claimRef/namespace"),
            s(pv, "/spec/claimRef/name")
        );
    } else {
        w.write(0, "Claim:\t\n");
    }
    dw!(
        w,
        0,
        "Reclaim Policy:\t{}\n",
        s(pv, "/spec/persistentVolumeReclaimPolicy")
    );
    dw!(
        w,
        0,
        "Access Modes:\t{}\n",
        access_modes(at(pv, "/spec/accessModes"))
    );
    if let Some(mode) = pv.pointer("/spec/volumeMode").and_then(Value::as_str) {
        dw!(w, 0, "VolumeMode:\t{mode}\n");
    }
    let cap = match s(pv, "/spec/capacity/storage") {
        "" => "0",
        c => c,
    };
    dw!(w, 0, "Capacity:\t{cap}\n");
    w.write(0, "Node Affinity:\t");
    if !has(pv, "/spec/nodeAffinity/required") {
        w.line("<none>");
    } else {
        w.line("");
        w.write(1, "Required Terms:\t");
        let terms = arr_at(pv, "/spec/nodeAffinity/required/nodeSelectorTerms");
        if terms.is_empty() {
            w.line("<none>");
        } else {
            w.line("");
            for (i, term) in terms.iter().enumerate() {
                dw!(w, 2, "Term {i}:\t");
                let reqs = arr_at(term, "/matchExpressions");
                if reqs.is_empty() {
                    w.line("<none>");
                    continue;
                }
                for (j, req) in reqs.iter().enumerate() {
                    if j != 0 {
                        w.write(2, "\t");
                    }
                    let mut expr =
                        format!("{} {}", s(req, "/key"), s(req, "/operator").to_lowercase());
                    let values: Vec<&str> = arr_at(req, "/values")
                        .iter()
                        .filter_map(Value::as_str)
                        .collect();
                    if !values.is_empty() {
                        expr = format!("{expr} [{}]", values.join(", "));
                    }
                    dw!(w, 0, "{expr}\n");
                }
            }
        }
    }
    dw!(w, 0, "Message:\t{}\n", s(pv, "/status/message"));
    w.write(0, "Source:\n");
    let spec = at(pv, "/spec");
    if has(spec, "/local") {
        dw!(
            w,
            2,
            "Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t{}\n",
            s(spec, "/local/path")
        );
    } else if has(spec, "/csi") {
        dw!(
            w,
            2,
            "Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t{}\n    FSType:\t{}\n    VolumeHandle:\t{}\n    ReadOnly:\t{}\n",
            s(spec, "/csi/driver"),
            s(spec, "/csi/fsType"),
            s(spec, "/csi/volumeHandle"),
            boolean(spec, "/csi/readOnly")
        );
        csi_attributes(&mut w, at(spec, "/csi/volumeAttributes"));
    } else if has(spec, "/hostPath")
        || has(spec, "/nfs")
        || has(spec, "/gcePersistentDisk")
        || has(spec, "/awsElasticBlockStore")
    {
        volume_source(&mut w, spec);
    } else {
        w.write(1, "<unknown>\n");
    }
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}
