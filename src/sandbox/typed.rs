//! The k8s-openapi type behind each built-in kind the sandbox serves, for the code that needs
//! the typed view of an object: the unknown-field round trip and the OpenAPI schemas.

use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Something done with the Rust type of a kind, chosen at run time by group and kind.
pub trait KindVisitor {
    type Output;
    fn visit<T: DeserializeOwned + Serialize + JsonSchema>(self) -> Self::Output;
}

/// Calls `visitor` with the type of the built-in kind `group`/`kind`; `None` for kinds without
/// one here (custom resources).
pub fn with_kind<V: KindVisitor>(group: &str, kind: &str, visitor: V) -> Option<V::Output> {
    use k8s_openapi::api::{
        apps::v1 as apps, autoscaling::v2 as autoscaling, batch::v1 as batch,
        coordination::v1 as coordination, core::v1 as core, discovery::v1 as discovery,
        networking::v1 as networking, policy::v1 as policy, rbac::v1 as rbac,
        scheduling::v1 as scheduling, storage::v1 as storage,
    };
    use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1 as apiextensions;
    let output = match (group, kind) {
        ("", "ConfigMap") => visitor.visit::<core::ConfigMap>(),
        ("", "Endpoints") => visitor.visit::<core::Endpoints>(),
        ("", "Event") => visitor.visit::<core::Event>(),
        ("", "LimitRange") => visitor.visit::<core::LimitRange>(),
        ("", "Namespace") => visitor.visit::<core::Namespace>(),
        ("", "Node") => visitor.visit::<core::Node>(),
        ("", "PersistentVolumeClaim") => visitor.visit::<core::PersistentVolumeClaim>(),
        ("", "PersistentVolume") => visitor.visit::<core::PersistentVolume>(),
        ("", "Pod") => visitor.visit::<core::Pod>(),
        ("", "PodTemplate") => visitor.visit::<core::PodTemplate>(),
        ("", "ReplicationController") => visitor.visit::<core::ReplicationController>(),
        ("", "ResourceQuota") => visitor.visit::<core::ResourceQuota>(),
        ("", "Secret") => visitor.visit::<core::Secret>(),
        ("", "ServiceAccount") => visitor.visit::<core::ServiceAccount>(),
        ("", "Service") => visitor.visit::<core::Service>(),
        ("apps", "ControllerRevision") => visitor.visit::<apps::ControllerRevision>(),
        ("apps", "DaemonSet") => visitor.visit::<apps::DaemonSet>(),
        ("apps", "Deployment") => visitor.visit::<apps::Deployment>(),
        ("apps", "ReplicaSet") => visitor.visit::<apps::ReplicaSet>(),
        ("apps", "StatefulSet") => visitor.visit::<apps::StatefulSet>(),
        ("batch", "CronJob") => visitor.visit::<batch::CronJob>(),
        ("batch", "Job") => visitor.visit::<batch::Job>(),
        ("autoscaling", "HorizontalPodAutoscaler") => {
            visitor.visit::<autoscaling::HorizontalPodAutoscaler>()
        }
        ("networking.k8s.io", "Ingress") => visitor.visit::<networking::Ingress>(),
        ("networking.k8s.io", "IngressClass") => visitor.visit::<networking::IngressClass>(),
        ("networking.k8s.io", "NetworkPolicy") => visitor.visit::<networking::NetworkPolicy>(),
        ("policy", "PodDisruptionBudget") => visitor.visit::<policy::PodDisruptionBudget>(),
        ("rbac.authorization.k8s.io", "ClusterRoleBinding") => {
            visitor.visit::<rbac::ClusterRoleBinding>()
        }
        ("rbac.authorization.k8s.io", "ClusterRole") => visitor.visit::<rbac::ClusterRole>(),
        ("rbac.authorization.k8s.io", "RoleBinding") => visitor.visit::<rbac::RoleBinding>(),
        ("rbac.authorization.k8s.io", "Role") => visitor.visit::<rbac::Role>(),
        ("storage.k8s.io", "StorageClass") => visitor.visit::<storage::StorageClass>(),
        ("scheduling.k8s.io", "PriorityClass") => visitor.visit::<scheduling::PriorityClass>(),
        ("coordination.k8s.io", "Lease") => visitor.visit::<coordination::Lease>(),
        ("discovery.k8s.io", "EndpointSlice") => visitor.visit::<discovery::EndpointSlice>(),
        ("apiextensions.k8s.io", "CustomResourceDefinition") => {
            visitor.visit::<apiextensions::CustomResourceDefinition>()
        }
        _ => return None,
    };
    Some(output)
}
