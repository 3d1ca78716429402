//! Small describers: PodDisruptionBudget, PriorityClass, IngressClass
//! (`describePodDisruptionBudgetV1`, `describePriorityClass`, `describeIngressClassV1`).

use serde_json::Value;

use super::util::{at, boolean, format_label_selector, has, int, int_or_string, s};
use super::writer::{self, Writer};
use crate::dw;

pub fn describe_pdb(pdb: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(pdb, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(pdb, "/metadata/namespace"));
    if has(pdb, "/spec/minAvailable") {
        dw!(
            w,
            0,
            "Min available:\t{}\n",
            int_or_string(at(pdb, "/spec/minAvailable"))
        );
    } else if has(pdb, "/spec/maxUnavailable") {
        dw!(
            w,
            0,
            "Max unavailable:\t{}\n",
            int_or_string(at(pdb, "/spec/maxUnavailable"))
        );
    }
    if has(pdb, "/spec/selector") {
        dw!(
            w,
            0,
            "Selector:\t{}\n",
            format_label_selector(at(pdb, "/spec/selector"))
        );
    } else {
        w.write(0, "Selector:\t<unset>\n");
    }
    w.write(0, "Status:\n");
    dw!(
        w,
        2,
        "Allowed disruptions:\t{}\n",
        int(pdb, "/status/disruptionsAllowed")
    );
    dw!(w, 2, "Current:\t{}\n", int(pdb, "/status/currentHealthy"));
    dw!(w, 2, "Desired:\t{}\n", int(pdb, "/status/desiredHealthy"));
    dw!(w, 2, "Total:\t{}\n", int(pdb, "/status/expectedPods"));
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

pub fn describe_priority_class(
    pc: &Value,
    events: Option<&[Value]>,
    now: jiff::Timestamp,
) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(pc, "/metadata/name"));
    dw!(w, 0, "Value:\t{}\n", int(pc, "/value"));
    dw!(w, 0, "GlobalDefault:\t{}\n", boolean(pc, "/globalDefault"));
    dw!(w, 0, "PreemptionPolicy:\t{}\n", s(pc, "/preemptionPolicy"));
    dw!(w, 0, "Description:\t{}\n", s(pc, "/description"));
    dw!(
        w,
        0,
        "Annotations:\t{}\n",
        writer::format_labels(at(pc, "/metadata/annotations"))
    );
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

pub fn describe_ingress_class(
    ic: &Value,
    events: Option<&[Value]>,
    now: jiff::Timestamp,
) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(ic, "/metadata/name"));
    writer::labels_multiline(&mut w, "Labels", at(ic, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(ic, "/metadata/annotations"));
    dw!(w, 0, "Controller:\t{}\n", s(ic, "/spec/controller"));
    if has(ic, "/spec/parameters") {
        w.write(0, "Parameters:\n");
        if let Some(g) = ic
            .pointer("/spec/parameters/apiGroup")
            .and_then(Value::as_str)
        {
            dw!(w, 1, "APIGroup:\t{g}\n");
        }
        dw!(w, 1, "Kind:\t{}\n", s(ic, "/spec/parameters/kind"));
        dw!(w, 1, "Name:\t{}\n", s(ic, "/spec/parameters/name"));
    }
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

/// `describeVolumeAttributesClass`.
pub fn describe_vac(vac: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(vac, "/metadata/name"));
    dw!(
        w,
        0,
        "Annotations:\t{}\n",
        writer::format_labels(at(vac, "/metadata/annotations"))
    );
    dw!(w, 0, "DriverName:\t{}\n", s(vac, "/driverName"));
    dw!(
        w,
        0,
        "Parameters:\t{}\n",
        writer::format_labels(at(vac, "/parameters"))
    );
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

/// `describeCSINode`.
pub fn describe_csinode(csi: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(csi, "/metadata/name"));
    writer::labels_multiline(&mut w, "Labels", at(csi, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(csi, "/metadata/annotations"));
    dw!(
        w,
        0,
        "CreationTimestamp:\t{}\n",
        writer::time_field(csi, "/metadata/creationTimestamp")
    );
    w.write(0, "Spec:\n");
    if has(csi, "/spec/drivers") {
        w.write(1, "Drivers:\n");
        for d in super::util::arr_at(csi, "/spec/drivers") {
            dw!(w, 2, "{}:\n", s(d, "/name"));
            dw!(w, 3, "Node ID:\t{}\n", s(d, "/nodeID"));
            if has(d, "/allocatable/count") {
                w.write(3, "Allocatables:\n");
                dw!(w, 4, "Count:\t{}\n", int(d, "/allocatable/count"));
            }
            if has(d, "/topologyKeys") {
                dw!(
                    w,
                    3,
                    "Topology Keys:\t{}\n",
                    super::util::go_string_slice(at(d, "/topologyKeys"))
                );
            }
        }
    }
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

/// `describeServiceCIDRV1beta1`.
pub fn describe_service_cidr(
    cidr: &Value,
    events: Option<&[Value]>,
    now: jiff::Timestamp,
) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(cidr, "/metadata/name"));
    writer::labels_multiline(&mut w, "Labels", at(cidr, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(cidr, "/metadata/annotations"));
    let cidrs: Vec<&str> = super::util::arr_at(cidr, "/spec/cidrs")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    dw!(w, 0, "CIDRs:\t{}\n", cidrs.join(", "));
    let conditions = super::util::arr_at(cidr, "/status/conditions");
    if !conditions.is_empty() {
        w.write(0, "Status:\n");
        w.write(0, "Conditions:\n");
        w.write(1, "Type\tStatus\tLastTransitionTime\tReason\tMessage\n");
        w.write(1, "----\t------\t------------------\t------\t-------\n");
        for c in conditions {
            dw!(
                w,
                1,
                "{}\t{}\t{}\t{}\t{}\n",
                s(c, "/type"),
                s(c, "/status"),
                writer::time_field(c, "/lastTransitionTime"),
                s(c, "/reason"),
                s(c, "/message")
            );
        }
    }
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

/// `describeIPAddressV1beta1`.
pub fn describe_ip_address(ip: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(ip, "/metadata/name"));
    writer::labels_multiline(&mut w, "Labels", at(ip, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(ip, "/metadata/annotations"));
    if has(ip, "/spec/parentRef") {
        w.write(0, "Parent Reference:\n");
        for (title, field) in [
            ("Group", "group"),
            ("Resource", "resource"),
            ("Namespace", "namespace"),
            ("Name", "name"),
        ] {
            dw!(
                w,
                1,
                "{title}:\t{}\n",
                s(ip, &format!("/spec/parentRef/{field}"))
            );
        }
    }
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}
