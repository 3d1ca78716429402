//! Printers for storage.k8s.io kinds (storageclasses, csidrivers, csinodes, volumeattachments),
//! after kubernetes `pkg/printers/internalversion/printers.go` 1.32.

use serde_json::Value;

use super::descriptions as d;
use super::util::{age, arr, b, ci, cs, name, opt_b, opt_s, s};
use super::{Column, Printer, Row};

pub(crate) fn lookup(group: &str, resource: &str) -> Option<&'static Printer> {
    Some(match (group, resource) {
        ("storage.k8s.io", "storageclasses") => &STORAGE_CLASSES,
        ("storage.k8s.io", "csidrivers") => &CSI_DRIVERS,
        ("storage.k8s.io", "csinodes") => &CSI_NODES,
        ("storage.k8s.io", "volumeattachments") => &VOLUME_ATTACHMENTS,
        _ => return None,
    })
}

/// `storageutil.IsDefaultAnnotation`: the GA or beta is-default-class annotation equals "true".
fn is_default_class(o: &Value) -> bool {
    [
        "storageclass.kubernetes.io/is-default-class",
        "storageclass.beta.kubernetes.io/is-default-class",
    ]
    .iter()
    .any(|k| opt_s(o, &["metadata", "annotations", k]) == Some("true"))
}

pub(crate) static STORAGE_CLASSES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Provisioner", "string", d::SC_PROVISIONER),
        Column::new("ReclaimPolicy", "string", d::SC_RECLAIM),
        Column::new("VolumeBindingMode", "string", d::SC_BINDING_MODE),
        Column::new("AllowVolumeExpansion", "string", d::SC_EXPANSION),
        Column::age(),
    ],
    print: |o, ctx| {
        let mut n = name(o).to_string();
        if is_default_class(o) {
            n.push_str(" (default)");
        }
        Row::new(vec![
            cs(n),
            cs(s(o, &["provisioner"])),
            cs(opt_s(o, &["reclaimPolicy"]).unwrap_or("Delete")),
            cs(opt_s(o, &["volumeBindingMode"]).unwrap_or("Immediate")),
            Value::Bool(opt_b(o, &["allowVolumeExpansion"]).unwrap_or(false)),
            age(o, ctx),
        ])
    },
};

pub(crate) static CSI_DRIVERS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("AttachRequired", "boolean", d::CSI_ATTACH_REQUIRED),
        Column::new("PodInfoOnMount", "boolean", d::CSI_POD_INFO),
        Column::new("StorageCapacity", "boolean", d::CSI_STORAGE_CAPACITY),
        Column::new("TokenRequests", "string", d::CSI_TOKEN_REQUESTS),
        Column::new("RequiresRepublish", "boolean", d::CSI_REPUBLISH),
        Column::new("Modes", "string", d::CSI_MODES),
        Column::age(),
    ],
    print: |o, ctx| {
        let modes: Vec<&str> = arr(o, &["spec", "volumeLifecycleModes"])
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let token_requests = match o.pointer("/spec/tokenRequests").and_then(Value::as_array) {
            Some(t) => t
                .iter()
                .map(|x| s(x, &["audience"]))
                .collect::<Vec<_>>()
                .join(","),
            None => "<unset>".to_string(),
        };
        Row::new(vec![
            cs(name(o)),
            Value::Bool(opt_b(o, &["spec", "attachRequired"]).unwrap_or(true)),
            Value::Bool(b(o, &["spec", "podInfoOnMount"])),
            Value::Bool(b(o, &["spec", "storageCapacity"])),
            cs(token_requests),
            Value::Bool(b(o, &["spec", "requiresRepublish"])),
            cs(if modes.is_empty() {
                "<none>".to_string()
            } else {
                modes.join(",")
            }),
            age(o, ctx),
        ])
    },
};

pub(crate) static CSI_NODES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new(
            "Drivers",
            "integer",
            "Drivers indicates the number of CSI drivers registered on the node",
        ),
        Column::age(),
    ],
    print: |o, ctx| {
        Row::new(vec![
            cs(name(o)),
            ci(arr(o, &["spec", "drivers"]).len() as i64),
            age(o, ctx),
        ])
    },
};

pub(crate) static VOLUME_ATTACHMENTS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Attacher", "string", d::VA_ATTACHER).format("name"),
        Column::new("PV", "string", d::VA_PV),
        Column::new("Node", "string", d::VA_NODE),
        Column::new("Attached", "boolean", d::VA_ATTACHED),
        Column::age(),
    ],
    print: |o, ctx| {
        Row::new(vec![
            cs(name(o)),
            cs(s(o, &["spec", "attacher"])),
            cs(opt_s(o, &["spec", "source", "persistentVolumeName"]).unwrap_or("")),
            cs(s(o, &["spec", "nodeName"])),
            Value::Bool(b(o, &["status", "attached"])),
            age(o, ctx),
        ])
    },
};
