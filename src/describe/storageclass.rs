//! StorageClass describer (`describeStorageClass`).

use serde_json::Value;

use super::util::{arr, arr_at, at, print_bool_ptr, s};
use super::writer::{self, Writer};
use crate::dw;

/// `storageutil.IsDefaultAnnotationText`: the GA annotation, then the beta one.
fn is_default_text(sc: &Value) -> &'static str {
    let ann = at(sc, "/metadata/annotations");
    for key in [
        "storageclass.kubernetes.io/is-default-class",
        "storageclass.beta.kubernetes.io/is-default-class",
    ] {
        if ann.get(key).and_then(Value::as_str) == Some("true") {
            return "Yes";
        }
    }
    "No"
}

pub fn describe(sc: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(sc, "/metadata/name"));
    dw!(w, 0, "IsDefaultClass:\t{}\n", is_default_text(sc));
    dw!(
        w,
        0,
        "Annotations:\t{}\n",
        writer::format_labels(at(sc, "/metadata/annotations"))
    );
    dw!(w, 0, "Provisioner:\t{}\n", s(sc, "/provisioner"));
    dw!(
        w,
        0,
        "Parameters:\t{}\n",
        writer::format_labels(at(sc, "/parameters"))
    );
    dw!(
        w,
        0,
        "AllowVolumeExpansion:\t{}\n",
        print_bool_ptr(sc, "/allowVolumeExpansion")
    );
    let options = arr_at(sc, "/mountOptions");
    if options.is_empty() {
        w.write(0, "MountOptions:\t<none>\n");
    } else {
        w.write(0, "MountOptions:\n");
        for o in options {
            dw!(w, 1, "{}\n", o.as_str().unwrap_or_default());
        }
    }
    if sc.pointer("/reclaimPolicy").is_some() {
        dw!(w, 0, "ReclaimPolicy:\t{}\n", s(sc, "/reclaimPolicy"));
    }
    if sc.pointer("/volumeBindingMode").is_some() {
        dw!(
            w,
            0,
            "VolumeBindingMode:\t{}\n",
            s(sc, "/volumeBindingMode")
        );
    }
    // kubectl tests the slice for nil: an absent field prints nothing, an empty one `<none>`.
    if let Some(topologies) = sc.pointer("/allowedTopologies").filter(|v| !v.is_null()) {
        allowed_topologies(&mut w, arr(topologies));
    }
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

fn allowed_topologies(w: &mut Writer, terms: &[Value]) {
    w.write(0, "AllowedTopologies:\t");
    if terms.is_empty() {
        w.line("<none>");
        return;
    }
    w.line("");
    for (i, term) in terms.iter().enumerate() {
        dw!(w, 1, "Term {i}:\t");
        let reqs = arr_at(term, "/matchLabelExpressions");
        if reqs.is_empty() {
            w.line("<none>");
            continue;
        }
        for (j, req) in reqs.iter().enumerate() {
            if j != 0 {
                w.write(1, "\t");
            }
            let mut expr = format!("{} in", s(req, "/key"));
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The seed transcript `describe storageclass standard` (seeds-features.md §2,
    /// 000:904–916): the last-applied value ends in a newline, which breaks the tab-aligned
    /// block, so the fields after it align on their own.
    #[test]
    fn seed_storage_class() {
        let last_applied = "{\"apiVersion\":\"storage.k8s.io/v1\",\"kind\":\"StorageClass\",\"metadata\":{\"annotations\":{\"storageclass.beta.kubernetes.io/is-default-class\":\"true\"},\"labels\":{\"addonmanager.kubernetes.io/mode\":\"EnsureExists\",\"kubernetes.io/cluster-service\":\"true\"},\"name\":\"standard\"},\"provisioner\":\"kubernetes.io/cinder\"}\n";
        let sc = json!({
            "metadata": {"name": "standard", "annotations": {
                "kubectl.kubernetes.io/last-applied-configuration": last_applied,
                "storageclass.beta.kubernetes.io/is-default-class": "true"}},
            "provisioner": "kubernetes.io/cinder",
            "reclaimPolicy": "Delete",
            "volumeBindingMode": "Immediate"
        });
        let now: jiff::Timestamp = "2024-01-01T00:00:00Z".parse().unwrap();
        let want = format!(
            "Name:            standard
IsDefaultClass:  Yes
Annotations:     kubectl.kubernetes.io/last-applied-configuration={}
,storageclass.beta.kubernetes.io/is-default-class=true
Provisioner:           kubernetes.io/cinder
Parameters:            <none>
AllowVolumeExpansion:  <unset>
MountOptions:          <none>
ReclaimPolicy:         Delete
VolumeBindingMode:     Immediate
Events:                <none>
",
            last_applied.trim_end()
        );
        assert_eq!(describe(&sc, Some(&[]), now), want);
    }
}
