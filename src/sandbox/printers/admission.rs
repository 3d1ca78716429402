//! Printers for admissionregistration policies, flowcontrol (API priority and fairness) and
//! storage.k8s.io VolumeAttributesClasses, after kubernetes `pkg/printers/internalversion/printers.go`
//! 1.32. FlowSchema lists are re-ordered by the caller (see [`flow_schema_order`]).

use std::cmp::Ordering;

use serde_json::Value;

use super::descriptions as d;
use super::util::{
    SelectorString, age, arr, ci, cs, get, i, label_selector_string, name, opt_i, opt_s, s,
};
use super::{Column, Printer, Row};

pub(crate) fn lookup(group: &str, resource: &str) -> Option<&'static Printer> {
    Some(match (group, resource) {
        ("admissionregistration.k8s.io", "validatingadmissionpolicies") => &VALIDATING_POLICIES,
        ("admissionregistration.k8s.io", "mutatingadmissionpolicies") => &MUTATING_POLICIES,
        ("admissionregistration.k8s.io", "validatingadmissionpolicybindings")
        | ("admissionregistration.k8s.io", "mutatingadmissionpolicybindings") => &POLICY_BINDINGS,
        ("flowcontrol.apiserver.k8s.io", "flowschemas") => &FLOW_SCHEMAS,
        ("flowcontrol.apiserver.k8s.io", "prioritylevelconfigurations") => &PRIORITY_LEVELS,
        ("storage.k8s.io", "volumeattributesclasses") => &VOLUME_ATTRIBUTES_CLASSES,
        _ => return None,
    })
}

const PARAM_KIND: &str =
    "ParamKind specifies the kind of resources used to parameterize this policy";

fn param_kind(o: &Value) -> String {
    match get(o, &["spec", "paramKind"]).filter(|v| v.is_object()) {
        Some(p) => format!("{}/{}", s(p, &["apiVersion"]), s(p, &["kind"])),
        None => "<unset>".into(),
    }
}

pub(crate) static VALIDATING_POLICIES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new(
            "Validations",
            "integer",
            "Validations indicates the number of validation rules defined in this configuration",
        ),
        Column::new("ParamKind", "string", PARAM_KIND),
        Column::age(),
    ],
    print: |o, ctx| {
        Row::new(vec![
            cs(name(o)),
            ci(arr(o, &["spec", "validations"]).len() as i64),
            cs(param_kind(o)),
            age(o, ctx),
        ])
    },
};

pub(crate) static MUTATING_POLICIES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new(
            "Mutations",
            "integer",
            "Mutation indicates the number of mutations rules defined in this configuration",
        ),
        Column::new("ParamKind", "string", PARAM_KIND),
        Column::age(),
    ],
    print: |o, ctx| {
        Row::new(vec![
            cs(name(o)),
            ci(arr(o, &["spec", "mutations"]).len() as i64),
            cs(param_kind(o)),
            age(o, ctx),
        ])
    },
};

pub(crate) static POLICY_BINDINGS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new(
            "PolicyName",
            "string",
            "PolicyName indicates the policy definition which the policy binding binded to",
        ),
        Column::new(
            "ParamRef",
            "string",
            "ParamRef indicates the param resource which sets the configration param",
        ),
        Column::age(),
    ],
    print: |o, ctx| {
        let param = match get(o, &["spec", "paramRef"]).filter(|v| v.is_object()) {
            None => "<unset>".to_string(),
            Some(pr) if !s(pr, &["name"]).is_empty() => {
                let ns = s(pr, &["namespace"]);
                // Params without a namespace may be cluster-scoped: upstream prints `*/name`.
                format!(
                    "{}/{}",
                    if ns.is_empty() { "*" } else { ns },
                    s(pr, &["name"])
                )
            }
            // Upstream prints the Go struct's String() here; the selector text is an approximation.
            Some(pr) => match get(pr, &["selector"]).filter(|v| v.is_object()) {
                Some(sel) => match label_selector_string(Some(sel)) {
                    SelectorString::Ok(text) => text,
                    SelectorString::Invalid => "<error>".into(),
                },
                None => "<unset>".into(),
            },
        };
        Row::new(vec![
            cs(name(o)),
            cs(s(o, &["spec", "policyName"])),
            cs(param),
            age(o, ctx),
        ])
    },
};

pub(crate) static FLOW_SCHEMAS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("PriorityLevel", "string", d::FS_PRIORITY_LEVEL),
        Column::new("MatchingPrecedence", "string", d::FS_PRECEDENCE),
        Column::new("DistinguisherMethod", "string", d::FS_DISTINGUISHER),
        Column::age(),
        Column::new(
            "MissingPL",
            "string",
            "references a broken or non-existent PriorityLevelConfiguration",
        ),
    ],
    print: |o, ctx| {
        let distinguisher = get(o, &["spec", "distinguisherMethod"])
            .filter(|v| v.is_object())
            .map(|m| s(m, &["type"]).to_string())
            .unwrap_or_else(|| "<none>".into());
        let missing = arr(o, &["status", "conditions"])
            .iter()
            .find(|c| s(c, &["type"]) == "Dangling")
            .map(|c| s(c, &["status"]).to_string())
            .unwrap_or_else(|| "?".into());
        Row::new(vec![
            cs(name(o)),
            cs(s(o, &["spec", "priorityLevelConfiguration", "name"])),
            // matchingPrecedence defaults to 1000.
            ci(opt_i(o, &["spec", "matchingPrecedence"]).unwrap_or(1000)),
            cs(distinguisher),
            age(o, ctx),
            cs(missing),
        ])
    },
};

/// `printFlowSchemaList` sorts by `apihelpers.FlowSchemaSequence`: matching precedence, then name.
pub(crate) fn flow_schema_order(a: &Value, b: &Value) -> Ordering {
    let pa = opt_i(a, &["spec", "matchingPrecedence"]).unwrap_or(1000);
    let pb = opt_i(b, &["spec", "matchingPrecedence"]).unwrap_or(1000);
    pa.cmp(&pb).then_with(|| name(a).cmp(name(b)))
}

pub(crate) static PRIORITY_LEVELS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Type", "string", d::PLC_TYPE),
        Column::new("NominalConcurrencyShares", "string", d::PLC_NCS),
        Column::new("Queues", "string", d::PLC_QUEUES),
        Column::new("HandSize", "string", d::PLC_HAND_SIZE),
        Column::new("QueueLengthLimit", "string", d::PLC_QUEUE_LENGTH),
        Column::age(),
    ],
    print: |o, ctx| {
        let none = || cs("<none>");
        let (mut ncs, mut queues, mut hand, mut qll) = (none(), none(), none(), none());
        if let Some(l) = get(o, &["spec", "limited"]).filter(|v| v.is_object()) {
            ncs = ci(opt_i(l, &["nominalConcurrencyShares"]).unwrap_or(30));
            if let Some(q) = get(l, &["limitResponse", "queuing"]).filter(|v| v.is_object()) {
                queues = ci(i(q, &["queues"]));
                hand = ci(i(q, &["handSize"]));
                qll = ci(i(q, &["queueLengthLimit"]));
            }
        }
        Row::new(vec![
            cs(name(o)),
            cs(s(o, &["spec", "type"])),
            ncs,
            queues,
            hand,
            qll,
            age(o, ctx),
        ])
    },
};

pub(crate) static VOLUME_ATTRIBUTES_CLASSES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("DriverName", "string", d::VAC_DRIVER),
        Column::age(),
    ],
    print: |o, ctx| {
        let mut n = name(o).to_string();
        // storageutil.IsDefaultAnnotationForVolumeAttributesClass
        if opt_s(
            o,
            &[
                "metadata",
                "annotations",
                "storage.kubernetes.io/is-default-class",
            ],
        ) == Some("true")
        {
            n.push_str(" (default)");
        }
        Row::new(vec![cs(n), cs(s(o, &["driverName"])), age(o, ctx)])
    },
};
