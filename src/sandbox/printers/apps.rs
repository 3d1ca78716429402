//! Printers for apps/v1 kinds (deployments, replicasets, daemonsets, statefulsets,
//! controllerrevisions), after kubernetes `pkg/printers/internalversion/printers.go` 1.32.

use serde_json::Value;

use super::descriptions as d;
use super::util::{
    SelectorString, age, arr, ci, cs, format_label_selector, format_labels, get, i,
    label_selector_string, layout_containers, name, obj, opt_i, s,
};
use super::{Column, Ctx, Printer, Row};

pub(crate) fn lookup(group: &str, resource: &str) -> Option<&'static Printer> {
    Some(match (group, resource) {
        ("apps", "deployments") => &DEPLOYMENTS,
        ("apps", "replicasets") => &REPLICASETS,
        ("apps", "daemonsets") => &DAEMONSETS,
        ("apps", "statefulsets") => &STATEFULSETS,
        ("apps", "controllerrevisions") => &CONTROLLER_REVISIONS,
        _ => return None,
    })
}

const CONTAINERS: Column = Column::new(
    "Containers",
    "string",
    "Names of each container in the template.",
)
.wide();
const IMAGES: Column = Column::new(
    "Images",
    "string",
    "Images referenced by each container in the template.",
)
.wide();

fn template_containers(o: &Value) -> (String, String) {
    layout_containers(arr(o, &["spec", "template", "spec", "containers"]))
}

/// `spec.replicas`, which the API server defaults to 1 for all of these kinds.
fn replicas(o: &Value) -> i64 {
    opt_i(o, &["spec", "replicas"]).unwrap_or(1)
}

pub(crate) static DEPLOYMENTS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Ready", "string", "Number of the pod with ready state"),
        Column::new("Up-to-date", "string", d::DEPLOY_UPDATED),
        Column::new("Available", "string", d::DEPLOY_AVAILABLE),
        Column::age(),
        CONTAINERS,
        IMAGES,
        Column::new("Selector", "string", d::DEPLOY_SELECTOR).wide(),
    ],
    print: print_deployment,
};

/// `printDeployment`: the selector is `LabelSelectorAsSelector(...).String()` (empty, not `<none>`,
/// for an empty selector; `<invalid>` on error).
fn print_deployment(o: &Value, ctx: &Ctx) -> Row {
    let (names, images) = template_containers(o);
    let selector = match label_selector_string(get(o, &["spec", "selector"])) {
        SelectorString::Ok(s) => s,
        SelectorString::Invalid => "<invalid>".to_string(),
    };
    Row::new(vec![
        cs(name(o)),
        cs(format!(
            "{}/{}",
            i(o, &["status", "readyReplicas"]),
            replicas(o)
        )),
        ci(i(o, &["status", "updatedReplicas"])),
        ci(i(o, &["status", "availableReplicas"])),
        age(o, ctx),
        cs(names),
        cs(images),
        cs(selector),
    ])
}

pub(crate) static REPLICASETS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Desired", "integer", d::RS_SPEC_REPLICAS),
        Column::new("Current", "integer", d::RS_STATUS_REPLICAS),
        Column::new("Ready", "integer", d::RS_STATUS_READY),
        Column::age(),
        CONTAINERS,
        IMAGES,
        Column::new("Selector", "string", d::RS_SELECTOR).wide(),
    ],
    print: |o, ctx| {
        let (names, images) = template_containers(o);
        Row::new(vec![
            cs(name(o)),
            ci(replicas(o)),
            ci(i(o, &["status", "replicas"])),
            ci(i(o, &["status", "readyReplicas"])),
            age(o, ctx),
            cs(names),
            cs(images),
            cs(format_label_selector(get(o, &["spec", "selector"]))),
        ])
    },
};

pub(crate) static DAEMONSETS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Desired", "integer", d::DS_DESIRED),
        Column::new("Current", "integer", d::DS_CURRENT),
        Column::new("Ready", "integer", d::DS_READY),
        Column::new("Up-to-date", "integer", d::DS_UPDATED),
        Column::new("Available", "integer", d::DS_AVAILABLE),
        Column::new("Node Selector", "string", d::POD_NODE_SELECTOR),
        Column::age(),
        CONTAINERS,
        IMAGES,
        Column::new("Selector", "string", d::DS_SELECTOR).wide(),
    ],
    print: |o, ctx| {
        let (names, images) = template_containers(o);
        Row::new(vec![
            cs(name(o)),
            ci(i(o, &["status", "desiredNumberScheduled"])),
            ci(i(o, &["status", "currentNumberScheduled"])),
            ci(i(o, &["status", "numberReady"])),
            ci(i(o, &["status", "updatedNumberScheduled"])),
            ci(i(o, &["status", "numberAvailable"])),
            cs(format_labels(obj(
                o,
                &["spec", "template", "spec", "nodeSelector"],
            ))),
            age(o, ctx),
            cs(names),
            cs(images),
            cs(format_label_selector(get(o, &["spec", "selector"]))),
        ])
    },
};

pub(crate) static STATEFULSETS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Ready", "string", "Number of the pod with ready state"),
        Column::age(),
        CONTAINERS,
        IMAGES,
    ],
    print: |o, ctx| {
        let (names, images) = template_containers(o);
        Row::new(vec![
            cs(name(o)),
            cs(format!(
                "{}/{}",
                i(o, &["status", "readyReplicas"]),
                replicas(o)
            )),
            age(o, ctx),
            cs(names),
            cs(images),
        ])
    },
};

pub(crate) static CONTROLLER_REVISIONS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Controller", "string", "Controller of the object"),
        Column::new("Revision", "string", d::CR_REVISION),
        Column::age(),
    ],
    print: print_controller_revision,
};

/// `printControllerRevision`: `kind.group/name` of the controlling owner, lower-cased kind.group.
fn print_controller_revision(o: &Value, ctx: &Ctx) -> Row {
    let controller = arr(o, &["metadata", "ownerReferences"])
        .iter()
        .find(|r| r.get("controller").and_then(Value::as_bool) == Some(true))
        .map(|r| {
            let api_version = s(r, &["apiVersion"]);
            let group = match api_version.split_once('/') {
                Some((g, _)) => g,
                None => "",
            };
            let kind = s(r, &["kind"]);
            let gk = if group.is_empty() {
                kind.to_string()
            } else {
                format!("{kind}.{group}")
            };
            if gk.is_empty() {
                s(r, &["name"]).to_string()
            } else {
                format!("{}/{}", gk.to_lowercase(), s(r, &["name"]))
            }
        })
        .unwrap_or_else(|| "<none>".to_string());
    Row::new(vec![
        cs(name(o)),
        cs(controller),
        ci(i(o, &["revision"])),
        age(o, ctx),
    ])
}
