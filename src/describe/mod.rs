//! kubectl's describers (`k8s.io/kubectl/pkg/describe/describe.go`) as pure functions: an
//! object plus the related objects kubectl would fetch, rendered to the exact text kubectl
//! prints. No I/O here: the `describe` verb fetches what `related_requests` asks for.

pub mod writer;

mod configmap;
mod csr;
mod deployment;
mod endpoints;
mod endpointslice;
mod generic;
mod hpa;
mod ingress;
mod misc;
mod namespace;
mod networkpolicy;
mod node;
mod pod;
pub mod quantity;
mod rbac;
mod replicaset;
mod secret;
mod service;
mod serviceaccount;
mod storage;
mod storageclass;
pub mod util;
mod workloads;

use serde_json::Value;

use util::{s, selector_string};

/// The objects a describer shows beside the described one. Each list holds whole objects as
/// the server returns them (`items` of a list); the describers filter and sort as kubectl does.
#[derive(Debug, Default, Clone)]
pub struct Related {
    /// Events about the object (`involvedObject` field selector). `None` when events are not
    /// shown (`--show-events=false`): the Events section is left out entirely.
    pub events: Option<Vec<Value>>,
    /// ReplicaSets in the namespace matching a deployment's selector.
    pub replica_sets: Vec<Value>,
    /// Pods matching a controller's selector, or a node's non-terminated pods.
    pub pods: Vec<Value>,
    /// EndpointSlices labelled `kubernetes.io/service-name=<service>`.
    pub endpoint_slices: Vec<Value>,
    /// A namespace's ResourceQuotas; `None` when the server does not serve them.
    pub resource_quotas: Option<Vec<Value>>,
    /// A namespace's LimitRanges; `None` when the server does not serve them.
    pub limit_ranges: Option<Vec<Value>>,
    /// The namespace's Secrets (a service account's tokens and missing references); `None`
    /// when they could not be listed.
    pub secrets: Option<Vec<Value>>,
    /// The namespace's Services (an ingress's backends).
    pub services: Vec<Value>,
    /// A node's Lease in `kube-node-lease`; `None` when it could not be fetched (kubectl then
    /// prints the not-found error in its place).
    pub lease: Option<Value>,
}

/// What a `RelatedQuery` result fills in `Related`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelatedSlot {
    Events,
    ReplicaSets,
    Pods,
    EndpointSlices,
    ResourceQuotas,
    LimitRanges,
    Secrets,
    Services,
    /// A single object (`get`), not a list: a node's lease.
    Lease,
}

/// One list request the verb makes for a describer (kubectl makes them with `limit` =
/// `--chunk-size` and follows `continue`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelatedQuery {
    pub slot: RelatedSlot,
    /// `v1`, `apps/v1`, `discovery.k8s.io/v1`.
    pub api_version: &'static str,
    /// Plural resource name.
    pub resource: &'static str,
    /// `None` lists across all namespaces.
    pub namespace: Option<String>,
    pub label_selector: Option<String>,
    pub field_selector: Option<String>,
}

/// Which describer renders a GroupKind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Describer {
    Namespace,
    Pod,
    Deployment,
    ReplicaSet,
    Service,
    Endpoints,
    ConfigMap,
    Secret,
    StorageClass,
    ResourceQuota,
    LimitRange,
    ServiceAccount,
    DaemonSet,
    StatefulSet,
    Job,
    CronJob,
    Role,
    RoleBinding,
    PodDisruptionBudget,
    PriorityClass,
    IngressClass,
    Ingress,
    NetworkPolicy,
    EndpointSlice,
    PersistentVolumeClaim,
    PersistentVolume,
    Node,
    HorizontalPodAutoscaler,
    ReplicationController,
    VolumeAttributesClass,
    CSINode,
    ServiceCIDR,
    IPAddress,
    CertificateSigningRequest,
    Generic,
}

fn describer_for(group: &str, kind: &str) -> Describer {
    match (group, kind) {
        ("", "Namespace") => Describer::Namespace,
        ("", "Pod") => Describer::Pod,
        ("apps", "Deployment") | ("extensions", "Deployment") => Describer::Deployment,
        ("apps", "ReplicaSet") | ("extensions", "ReplicaSet") => Describer::ReplicaSet,
        ("", "Service") => Describer::Service,
        ("", "Endpoints") => Describer::Endpoints,
        ("", "ConfigMap") => Describer::ConfigMap,
        ("", "Secret") => Describer::Secret,
        ("storage.k8s.io", "StorageClass") => Describer::StorageClass,
        ("", "ResourceQuota") => Describer::ResourceQuota,
        ("", "LimitRange") => Describer::LimitRange,
        ("", "ServiceAccount") => Describer::ServiceAccount,
        ("apps", "DaemonSet") | ("extensions", "DaemonSet") => Describer::DaemonSet,
        ("apps", "StatefulSet") => Describer::StatefulSet,
        ("batch", "Job") => Describer::Job,
        ("batch", "CronJob") => Describer::CronJob,
        ("rbac.authorization.k8s.io", "Role" | "ClusterRole") => Describer::Role,
        ("policy", "PodDisruptionBudget") => Describer::PodDisruptionBudget,
        ("scheduling.k8s.io", "PriorityClass") => Describer::PriorityClass,
        ("networking.k8s.io", "IngressClass") => Describer::IngressClass,
        ("networking.k8s.io", "NetworkPolicy") => Describer::NetworkPolicy,
        ("discovery.k8s.io", "EndpointSlice") => Describer::EndpointSlice,
        ("", "PersistentVolumeClaim") => Describer::PersistentVolumeClaim,
        ("", "PersistentVolume") => Describer::PersistentVolume,
        ("", "Node") => Describer::Node,
        ("", "ReplicationController") => Describer::ReplicationController,
        ("storage.k8s.io", "VolumeAttributesClass") => Describer::VolumeAttributesClass,
        ("storage.k8s.io", "CSINode") => Describer::CSINode,
        ("networking.k8s.io", "ServiceCIDR") => Describer::ServiceCIDR,
        ("networking.k8s.io", "IPAddress") => Describer::IPAddress,
        ("certificates.k8s.io", "CertificateSigningRequest") => {
            Describer::CertificateSigningRequest
        }
        ("autoscaling", "HorizontalPodAutoscaler") => Describer::HorizontalPodAutoscaler,
        ("networking.k8s.io", "Ingress") | ("extensions", "Ingress") => Describer::Ingress,
        ("rbac.authorization.k8s.io", "RoleBinding" | "ClusterRoleBinding") => {
            Describer::RoleBinding
        }
        _ => Describer::Generic,
    }
}

/// Why a describer could not render an object (kubectl fails the same way).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DescribeError {
    /// A CertificateSigningRequest whose `spec.request` is not a PEM CSR; the text is
    /// kubectl's message.
    #[error("{0}")]
    BadCsr(String),
}

/// Renders `object` (of this group and kind) as `kubectl describe` prints it; the text of
/// the error where kubectl would fail (see `try_describe`).
///
/// Objects are expected in the versions kubectl 1.32 reads first: autoscaling/v2 HPAs,
/// networking.k8s.io/v1 Ingresses and IngressClasses, discovery.k8s.io/v1 EndpointSlices,
/// batch/v1 CronJobs, policy/v1 PodDisruptionBudgets, certificates.k8s.io/v1 CSRs.
pub fn describe(
    group: &str,
    kind: &str,
    object: &Value,
    related: &Related,
    now: jiff::Timestamp,
) -> String {
    try_describe(group, kind, object, related, now).unwrap_or_else(|e| format!("error: {e}\n"))
}

/// `DescribePodTemplate` written straight onto a buffer (no tab alignment), as
/// `rollout history --revision` and `rollout undo --dry-run` print a revision's template
/// (polymorphichelpers `printTemplate`).
pub fn pod_template_untabbed(template: &Value) -> String {
    let mut w = writer::Writer::new();
    pod::pod_template(&mut w, template);
    w.into_raw()
}

/// `describe`, with the failures kubectl reports as errors kept apart.
pub fn try_describe(
    group: &str,
    kind: &str,
    object: &Value,
    related: &Related,
    now: jiff::Timestamp,
) -> Result<String, DescribeError> {
    let events = related.events.as_deref();
    Ok(match describer_for(group, kind) {
        Describer::Namespace => namespace::describe(object, related),
        Describer::Pod => pod::describe(object, events, now),
        Describer::Deployment => deployment::describe(object, related, now),
        Describer::ReplicaSet => replicaset::describe(object, related, now),
        Describer::Service => service::describe(object, related, now),
        Describer::Endpoints => endpoints::describe(object, events, now),
        Describer::ConfigMap => configmap::describe(object, events, now),
        Describer::Secret => secret::describe(object),
        Describer::StorageClass => storageclass::describe(object, events, now),
        Describer::ResourceQuota => namespace::describe_quota(object),
        Describer::LimitRange => namespace::describe_limit_range(object),
        Describer::ServiceAccount => serviceaccount::describe(object, related, now),
        Describer::DaemonSet => workloads::describe_daemonset(object, related, now),
        Describer::StatefulSet => workloads::describe_statefulset(object, related, now),
        Describer::Job => workloads::describe_job(object, events, now),
        Describer::CronJob => workloads::describe_cronjob(object, events, now),
        Describer::Role => rbac::describe_role(object),
        Describer::RoleBinding => rbac::describe_binding(object),
        Describer::PodDisruptionBudget => misc::describe_pdb(object, events, now),
        Describer::PriorityClass => misc::describe_priority_class(object, events, now),
        Describer::IngressClass => misc::describe_ingress_class(object, events, now),
        Describer::Ingress => ingress::describe(object, related, now),
        Describer::NetworkPolicy => networkpolicy::describe(object),
        Describer::EndpointSlice => endpointslice::describe(object, events, now),
        Describer::PersistentVolumeClaim => storage::describe_pvc(object, related, now),
        Describer::PersistentVolume => storage::describe_pv(object, events, now),
        Describer::Node => node::describe(object, related, now),
        Describer::HorizontalPodAutoscaler => hpa::describe(object, events, now),
        Describer::ReplicationController => replicaset::describe_rc(object, related, now),
        Describer::VolumeAttributesClass => misc::describe_vac(object, events, now),
        Describer::CSINode => misc::describe_csinode(object, events, now),
        Describer::ServiceCIDR => misc::describe_service_cidr(object, events, now),
        Describer::IPAddress => misc::describe_ip_address(object, events, now),
        Describer::CertificateSigningRequest => {
            csr::describe(object, events, now).map_err(DescribeError::BadCsr)?
        }
        Describer::Generic => generic::describe(object, events, now),
    })
}

/// `searchEvents`' field selector (`EventInterface.GetFieldSelector`): name, namespace, and
/// kind and uid when known. kubectl clears the kind for pods (and uses a mirror pod's
/// annotation as the uid).
fn events_query(kind: &str, object: &Value) -> RelatedQuery {
    let name = s(object, "/metadata/name");
    let namespace = s(object, "/metadata/namespace");
    let mut uid = s(object, "/metadata/uid");
    let mut fields = vec![
        format!("involvedObject.name={name}"),
        format!("involvedObject.namespace={namespace}"),
    ];
    if kind == "Pod" {
        if let Some(mirror) = object
            .pointer("/metadata/annotations/kubernetes.io~1config.mirror")
            .and_then(Value::as_str)
        {
            uid = mirror;
        }
    } else if !kind.is_empty() {
        fields.push(format!("involvedObject.kind={kind}"));
    }
    if !uid.is_empty() {
        fields.push(format!("involvedObject.uid={uid}"));
    }
    fields.sort();
    RelatedQuery {
        slot: RelatedSlot::Events,
        api_version: "v1",
        resource: "events",
        // A cluster-scoped object's events are searched in every namespace.
        namespace: (!namespace.is_empty()).then(|| namespace.to_string()),
        label_selector: None,
        field_selector: Some(fields.join(",")),
    }
}

fn list(
    slot: RelatedSlot,
    api_version: &'static str,
    resource: &'static str,
    namespace: &str,
    label_selector: Option<String>,
) -> RelatedQuery {
    RelatedQuery {
        slot,
        api_version,
        resource,
        namespace: Some(namespace.to_string()),
        label_selector,
        field_selector: None,
    }
}

/// The list requests kubectl makes to describe `object` (events included; leave them out for
/// `--show-events=false`).
pub fn related_requests(group: &str, kind: &str, object: &Value) -> Vec<RelatedQuery> {
    let ns = s(object, "/metadata/namespace");
    let name = s(object, "/metadata/name");
    match describer_for(group, kind) {
        // kubectl's namespace describer shows no events.
        Describer::Namespace => vec![
            list(
                RelatedSlot::ResourceQuotas,
                "v1",
                "resourcequotas",
                name,
                None,
            ),
            list(RelatedSlot::LimitRanges, "v1", "limitranges", name, None),
        ],
        // kubectl's secret, quota and limit range describers show no events.
        Describer::Secret
        | Describer::ResourceQuota
        | Describer::LimitRange
        | Describer::Role
        | Describer::RoleBinding
        | Describer::NetworkPolicy => Vec::new(),
        Describer::Deployment => vec![
            events_query(kind, object),
            list(
                RelatedSlot::ReplicaSets,
                "apps/v1",
                "replicasets",
                ns,
                Some(selector_string(util::at(object, "/spec/selector"))),
            ),
        ],
        // kubectl gets each backend's service and lists its slices; one list of each
        // covers every backend.
        Describer::Ingress => vec![
            events_query(kind, object),
            list(RelatedSlot::Services, "v1", "services", ns, None),
            list(
                RelatedSlot::EndpointSlices,
                "discovery.k8s.io/v1",
                "endpointslices",
                ns,
                None,
            ),
        ],
        Describer::ReplicationController => {
            let sel = writer::string_map(util::at(object, "/spec/selector"))
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(",");
            vec![
                list(RelatedSlot::Pods, "v1", "pods", ns, Some(sel)),
                events_query(kind, object),
            ]
        }
        // getPodsForPVC lists every pod in the namespace.
        Describer::PersistentVolumeClaim => vec![
            list(RelatedSlot::Pods, "v1", "pods", ns, None),
            events_query(kind, object),
        ],
        // kubectl lists the node's pods with a field selector (all namespaces), gets the
        // lease, and searches events twice: by the node's uid and by its name as uid.
        Describer::Node => {
            let mut by_name = events_query(kind, object);
            let mut fields: Vec<String> = by_name
                .field_selector
                .iter()
                .flat_map(|f| f.split(','))
                .filter(|f| !f.starts_with("involvedObject.uid="))
                .map(str::to_string)
                .collect();
            fields.push(format!("involvedObject.uid={name}"));
            fields.sort();
            by_name.field_selector = Some(fields.join(","));
            vec![
                RelatedQuery {
                    slot: RelatedSlot::Pods,
                    api_version: "v1",
                    resource: "pods",
                    namespace: None,
                    label_selector: None,
                    field_selector: Some(format!(
                        "spec.nodeName={name},status.phase!=Succeeded,status.phase!=Failed"
                    )),
                },
                RelatedQuery {
                    slot: RelatedSlot::Lease,
                    api_version: "coordination.k8s.io/v1",
                    resource: "leases",
                    namespace: Some("kube-node-lease".to_string()),
                    label_selector: None,
                    field_selector: Some(format!("metadata.name={name}")),
                },
                events_query(kind, object),
                by_name,
            ]
        }
        Describer::ServiceAccount => vec![
            list(RelatedSlot::Secrets, "v1", "secrets", ns, None),
            events_query(kind, object),
        ],
        Describer::ReplicaSet | Describer::DaemonSet | Describer::StatefulSet => vec![
            list(
                RelatedSlot::Pods,
                "v1",
                "pods",
                ns,
                Some(selector_string(util::at(object, "/spec/selector"))),
            ),
            events_query(kind, object),
        ],
        Describer::Service => vec![
            list(
                RelatedSlot::EndpointSlices,
                "discovery.k8s.io/v1",
                "endpointslices",
                ns,
                Some(format!("kubernetes.io/service-name={name}")),
            ),
            events_query(kind, object),
        ],
        _ => vec![events_query(kind, object)],
    }
}

/// False for the kinds kubectl describes with a typed describer that kctl does not have yet
/// (kctl would render them with the generic describer, which kubectl does not). Every kind
/// in kubectl 1.32's describer map is covered now.
pub fn is_supported(_group: &str, _kind: &str) -> bool {
    true
}
