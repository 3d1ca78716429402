//! data extracted from the struct tags of k8s.io/api v0.32.9 and apimachinery v0.32.9 meta/v1: the patch metadata of the built-in types (no I/O, do not edit).

use super::schema::{BuiltinField, BuiltinKind};

/// Per struct: the JSON fields with a patch strategy, a merge key, or a struct below them that
/// has one; `ty` indexes this table for the field's (element) type.
pub(super) static TYPES: &[(&str, &[BuiltinField])] = &[
    ("admissionregistration/v1.MutatingWebhookConfiguration", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "webhooks", strategy: "merge", merge_key: "name", ty: Some(2) },
    ]),
    ("meta/v1.ObjectMeta", &[
        BuiltinField { name: "finalizers", strategy: "merge", merge_key: "", ty: None },
        BuiltinField { name: "ownerReferences", strategy: "merge", merge_key: "uid", ty: None },
    ]),
    ("admissionregistration/v1.MutatingWebhook", &[
        BuiltinField { name: "matchConditions", strategy: "merge", merge_key: "name", ty: None },
    ]),
    ("admissionregistration/v1.MutatingWebhookConfigurationList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(0) },
    ]),
    ("admissionregistration/v1.ValidatingAdmissionPolicy", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(5) },
    ]),
    ("admissionregistration/v1.ValidatingAdmissionPolicySpec", &[
        BuiltinField { name: "matchConditions", strategy: "merge", merge_key: "name", ty: None },
        BuiltinField { name: "variables", strategy: "merge", merge_key: "name", ty: None },
    ]),
    ("admissionregistration/v1.ValidatingAdmissionPolicyBinding", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("admissionregistration/v1.ValidatingAdmissionPolicyBindingList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(6) },
    ]),
    ("admissionregistration/v1.ValidatingAdmissionPolicyList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(4) },
    ]),
    ("admissionregistration/v1.ValidatingWebhookConfiguration", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "webhooks", strategy: "merge", merge_key: "name", ty: Some(10) },
    ]),
    ("admissionregistration/v1.ValidatingWebhook", &[
        BuiltinField { name: "matchConditions", strategy: "merge", merge_key: "name", ty: None },
    ]),
    ("admissionregistration/v1.ValidatingWebhookConfigurationList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(9) },
    ]),
    ("admissionregistration/v1alpha1.MutatingAdmissionPolicy", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(13) },
    ]),
    ("admissionregistration/v1alpha1.MutatingAdmissionPolicySpec", &[
        BuiltinField { name: "matchConditions", strategy: "merge", merge_key: "name", ty: None },
    ]),
    ("admissionregistration/v1alpha1.MutatingAdmissionPolicyBinding", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("admissionregistration/v1alpha1.MutatingAdmissionPolicyBindingList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(14) },
    ]),
    ("admissionregistration/v1alpha1.MutatingAdmissionPolicyList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(12) },
    ]),
    ("admissionregistration/v1alpha1.ValidatingAdmissionPolicy", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(18) },
    ]),
    ("admissionregistration/v1alpha1.ValidatingAdmissionPolicySpec", &[
        BuiltinField { name: "matchConditions", strategy: "merge", merge_key: "name", ty: None },
        BuiltinField { name: "variables", strategy: "merge", merge_key: "name", ty: None },
    ]),
    ("admissionregistration/v1alpha1.ValidatingAdmissionPolicyBinding", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("admissionregistration/v1alpha1.ValidatingAdmissionPolicyBindingList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(19) },
    ]),
    ("admissionregistration/v1alpha1.ValidatingAdmissionPolicyList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(17) },
    ]),
    ("admissionregistration/v1beta1.MutatingWebhookConfiguration", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "webhooks", strategy: "merge", merge_key: "name", ty: Some(23) },
    ]),
    ("admissionregistration/v1beta1.MutatingWebhook", &[
        BuiltinField { name: "matchConditions", strategy: "merge", merge_key: "name", ty: None },
    ]),
    ("admissionregistration/v1beta1.MutatingWebhookConfigurationList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(22) },
    ]),
    ("admissionregistration/v1beta1.ValidatingAdmissionPolicy", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(26) },
    ]),
    ("admissionregistration/v1beta1.ValidatingAdmissionPolicySpec", &[
        BuiltinField { name: "matchConditions", strategy: "merge", merge_key: "name", ty: None },
        BuiltinField { name: "variables", strategy: "merge", merge_key: "name", ty: None },
    ]),
    ("admissionregistration/v1beta1.ValidatingAdmissionPolicyBinding", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("admissionregistration/v1beta1.ValidatingAdmissionPolicyBindingList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(27) },
    ]),
    ("admissionregistration/v1beta1.ValidatingAdmissionPolicyList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(25) },
    ]),
    ("admissionregistration/v1beta1.ValidatingWebhookConfiguration", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "webhooks", strategy: "merge", merge_key: "name", ty: Some(31) },
    ]),
    ("admissionregistration/v1beta1.ValidatingWebhook", &[
        BuiltinField { name: "matchConditions", strategy: "merge", merge_key: "name", ty: None },
    ]),
    ("admissionregistration/v1beta1.ValidatingWebhookConfigurationList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(30) },
    ]),
    ("apidiscovery/v2.APIGroupDiscovery", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("apidiscovery/v2.APIGroupDiscoveryList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(33) },
    ]),
    ("apidiscovery/v2beta1.APIGroupDiscovery", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("apidiscovery/v2beta1.APIGroupDiscoveryList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(35) },
    ]),
    ("apiserverinternal/v1alpha1.StorageVersion", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("apiserverinternal/v1alpha1.StorageVersionList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(37) },
    ]),
    ("apps/v1.ControllerRevision", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("apps/v1.ControllerRevisionList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(39) },
    ]),
    ("apps/v1.DaemonSet", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(42) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(50) },
    ]),
    ("apps/v1.DaemonSetSpec", &[
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("core/v1.PodTemplateSpec", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(44) },
    ]),
    ("core/v1.PodSpec", &[
        BuiltinField { name: "containers", strategy: "merge", merge_key: "name", ty: Some(48) },
        BuiltinField { name: "ephemeralContainers", strategy: "merge", merge_key: "name", ty: Some(49) },
        BuiltinField { name: "hostAliases", strategy: "merge", merge_key: "ip", ty: None },
        BuiltinField { name: "imagePullSecrets", strategy: "merge", merge_key: "name", ty: None },
        BuiltinField { name: "initContainers", strategy: "merge", merge_key: "name", ty: Some(48) },
        BuiltinField { name: "resourceClaims", strategy: "merge,retainKeys", merge_key: "name", ty: None },
        BuiltinField { name: "schedulingGates", strategy: "merge", merge_key: "name", ty: None },
        BuiltinField { name: "topologySpreadConstraints", strategy: "merge", merge_key: "topologyKey", ty: None },
        BuiltinField { name: "volumes", strategy: "merge,retainKeys", merge_key: "name", ty: Some(45) },
    ]),
    ("core/v1.Volume", &[
        BuiltinField { name: "ephemeral", strategy: "", merge_key: "", ty: Some(46) },
    ]),
    ("core/v1.EphemeralVolumeSource", &[
        BuiltinField { name: "volumeClaimTemplate", strategy: "", merge_key: "", ty: Some(47) },
    ]),
    ("core/v1.PersistentVolumeClaimTemplate", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("core/v1.Container", &[
        BuiltinField { name: "env", strategy: "merge", merge_key: "name", ty: None },
        BuiltinField { name: "ports", strategy: "merge", merge_key: "containerPort", ty: None },
        BuiltinField { name: "volumeDevices", strategy: "merge", merge_key: "devicePath", ty: None },
        BuiltinField { name: "volumeMounts", strategy: "merge", merge_key: "mountPath", ty: None },
    ]),
    ("core/v1.EphemeralContainer", &[
        BuiltinField { name: "env", strategy: "merge", merge_key: "name", ty: None },
        BuiltinField { name: "ports", strategy: "merge", merge_key: "containerPort", ty: None },
        BuiltinField { name: "volumeDevices", strategy: "merge", merge_key: "devicePath", ty: None },
        BuiltinField { name: "volumeMounts", strategy: "merge", merge_key: "mountPath", ty: None },
    ]),
    ("apps/v1.DaemonSetStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("apps/v1.DaemonSetList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(41) },
    ]),
    ("apps/v1.Deployment", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(53) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(54) },
    ]),
    ("apps/v1.DeploymentSpec", &[
        BuiltinField { name: "strategy", strategy: "retainKeys", merge_key: "", ty: None },
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("apps/v1.DeploymentStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("apps/v1.DeploymentList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(52) },
    ]),
    ("apps/v1.ReplicaSet", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(57) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(58) },
    ]),
    ("apps/v1.ReplicaSetSpec", &[
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("apps/v1.ReplicaSetStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("apps/v1.ReplicaSetList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(56) },
    ]),
    ("apps/v1.StatefulSet", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(61) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(64) },
    ]),
    ("apps/v1.StatefulSetSpec", &[
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
        BuiltinField { name: "volumeClaimTemplates", strategy: "", merge_key: "", ty: Some(62) },
    ]),
    ("core/v1.PersistentVolumeClaim", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(63) },
    ]),
    ("core/v1.PersistentVolumeClaimStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("apps/v1.StatefulSetStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("apps/v1.StatefulSetList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(60) },
    ]),
    ("apps/v1beta1.ControllerRevision", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("apps/v1beta1.ControllerRevisionList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(66) },
    ]),
    ("apps/v1beta1.Deployment", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(69) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(70) },
    ]),
    ("apps/v1beta1.DeploymentSpec", &[
        BuiltinField { name: "strategy", strategy: "retainKeys", merge_key: "", ty: None },
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("apps/v1beta1.DeploymentStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("apps/v1beta1.DeploymentList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(68) },
    ]),
    ("apps/v1beta1.Scale", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("apps/v1beta1.StatefulSet", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(74) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(75) },
    ]),
    ("apps/v1beta1.StatefulSetSpec", &[
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
        BuiltinField { name: "volumeClaimTemplates", strategy: "", merge_key: "", ty: Some(62) },
    ]),
    ("apps/v1beta1.StatefulSetStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("apps/v1beta1.StatefulSetList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(73) },
    ]),
    ("apps/v1beta2.ControllerRevision", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("apps/v1beta2.ControllerRevisionList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(77) },
    ]),
    ("apps/v1beta2.DaemonSet", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(80) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(81) },
    ]),
    ("apps/v1beta2.DaemonSetSpec", &[
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("apps/v1beta2.DaemonSetStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("apps/v1beta2.DaemonSetList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(79) },
    ]),
    ("apps/v1beta2.Deployment", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(84) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(85) },
    ]),
    ("apps/v1beta2.DeploymentSpec", &[
        BuiltinField { name: "strategy", strategy: "retainKeys", merge_key: "", ty: None },
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("apps/v1beta2.DeploymentStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("apps/v1beta2.DeploymentList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(83) },
    ]),
    ("apps/v1beta2.ReplicaSet", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(88) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(89) },
    ]),
    ("apps/v1beta2.ReplicaSetSpec", &[
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("apps/v1beta2.ReplicaSetStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("apps/v1beta2.ReplicaSetList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(87) },
    ]),
    ("apps/v1beta2.Scale", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("apps/v1beta2.StatefulSet", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(93) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(94) },
    ]),
    ("apps/v1beta2.StatefulSetSpec", &[
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
        BuiltinField { name: "volumeClaimTemplates", strategy: "", merge_key: "", ty: Some(62) },
    ]),
    ("apps/v1beta2.StatefulSetStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("apps/v1beta2.StatefulSetList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(92) },
    ]),
    ("authentication/v1.SelfSubjectReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authentication/v1.TokenRequest", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authentication/v1.TokenReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authentication/v1alpha1.SelfSubjectReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authentication/v1beta1.SelfSubjectReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authentication/v1beta1.TokenReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authorization/v1.LocalSubjectAccessReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authorization/v1.SelfSubjectAccessReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authorization/v1.SelfSubjectRulesReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authorization/v1.SubjectAccessReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authorization/v1beta1.LocalSubjectAccessReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authorization/v1beta1.SelfSubjectAccessReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authorization/v1beta1.SelfSubjectRulesReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("authorization/v1beta1.SubjectAccessReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("autoscaling/v1.HorizontalPodAutoscaler", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("autoscaling/v1.HorizontalPodAutoscalerList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(110) },
    ]),
    ("autoscaling/v1.Scale", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("autoscaling/v2.HorizontalPodAutoscaler", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(114) },
    ]),
    ("autoscaling/v2.HorizontalPodAutoscalerStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("autoscaling/v2.HorizontalPodAutoscalerList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(113) },
    ]),
    ("autoscaling/v2beta1.HorizontalPodAutoscaler", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("autoscaling/v2beta1.HorizontalPodAutoscalerList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(116) },
    ]),
    ("autoscaling/v2beta2.HorizontalPodAutoscaler", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("autoscaling/v2beta2.HorizontalPodAutoscalerList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(118) },
    ]),
    ("batch/v1.CronJob", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(121) },
    ]),
    ("batch/v1.CronJobSpec", &[
        BuiltinField { name: "jobTemplate", strategy: "", merge_key: "", ty: Some(122) },
    ]),
    ("batch/v1.JobTemplateSpec", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(123) },
    ]),
    ("batch/v1.JobSpec", &[
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("batch/v1.CronJobList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(120) },
    ]),
    ("batch/v1.Job", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(123) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(126) },
    ]),
    ("batch/v1.JobStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("batch/v1.JobList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(125) },
    ]),
    ("batch/v1beta1.CronJob", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(129) },
    ]),
    ("batch/v1beta1.CronJobSpec", &[
        BuiltinField { name: "jobTemplate", strategy: "", merge_key: "", ty: Some(130) },
    ]),
    ("batch/v1beta1.JobTemplateSpec", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(123) },
    ]),
    ("batch/v1beta1.CronJobList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(128) },
    ]),
    ("certificates/v1.CertificateSigningRequest", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("certificates/v1.CertificateSigningRequestList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(132) },
    ]),
    ("certificates/v1alpha1.ClusterTrustBundle", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("certificates/v1alpha1.ClusterTrustBundleList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(134) },
    ]),
    ("certificates/v1beta1.CertificateSigningRequest", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("certificates/v1beta1.CertificateSigningRequestList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(136) },
    ]),
    ("coordination/v1.Lease", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("coordination/v1.LeaseList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(138) },
    ]),
    ("coordination/v1alpha2.LeaseCandidate", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("coordination/v1alpha2.LeaseCandidateList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(140) },
    ]),
    ("coordination/v1beta1.Lease", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("coordination/v1beta1.LeaseList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(142) },
    ]),
    ("core/v1.Binding", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("core/v1.ComponentStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("core/v1.ComponentStatusList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(145) },
    ]),
    ("core/v1.ConfigMap", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("core/v1.ConfigMapList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(147) },
    ]),
    ("core/v1.Endpoints", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("core/v1.EndpointsList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(149) },
    ]),
    ("core/v1.Event", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("core/v1.EventList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(151) },
    ]),
    ("core/v1.LimitRange", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("core/v1.LimitRangeList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(153) },
    ]),
    ("core/v1.Namespace", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(156) },
    ]),
    ("core/v1.NamespaceStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("core/v1.NamespaceList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(155) },
    ]),
    ("core/v1.Node", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(159) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(160) },
    ]),
    ("core/v1.NodeSpec", &[
        BuiltinField { name: "podCIDRs", strategy: "merge", merge_key: "", ty: None },
    ]),
    ("core/v1.NodeStatus", &[
        BuiltinField { name: "addresses", strategy: "merge", merge_key: "type", ty: None },
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("core/v1.NodeList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(158) },
    ]),
    ("core/v1.PersistentVolume", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("core/v1.PersistentVolumeClaimList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(62) },
    ]),
    ("core/v1.PersistentVolumeList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(162) },
    ]),
    ("core/v1.Pod", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(44) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(166) },
    ]),
    ("core/v1.PodStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
        BuiltinField { name: "containerStatuses", strategy: "", merge_key: "", ty: Some(167) },
        BuiltinField { name: "ephemeralContainerStatuses", strategy: "", merge_key: "", ty: Some(167) },
        BuiltinField { name: "hostIPs", strategy: "merge", merge_key: "ip", ty: None },
        BuiltinField { name: "initContainerStatuses", strategy: "", merge_key: "", ty: Some(167) },
        BuiltinField { name: "podIPs", strategy: "merge", merge_key: "ip", ty: None },
        BuiltinField { name: "resourceClaimStatuses", strategy: "merge,retainKeys", merge_key: "name", ty: None },
    ]),
    ("core/v1.ContainerStatus", &[
        BuiltinField { name: "allocatedResourcesStatus", strategy: "merge", merge_key: "name", ty: None },
        BuiltinField { name: "volumeMounts", strategy: "merge", merge_key: "mountPath", ty: None },
    ]),
    ("core/v1.PodList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(165) },
    ]),
    ("core/v1.PodStatusResult", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(166) },
    ]),
    ("core/v1.PodTemplate", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("core/v1.PodTemplateList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(170) },
    ]),
    ("core/v1.RangeAllocation", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("core/v1.ReplicationController", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(174) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(175) },
    ]),
    ("core/v1.ReplicationControllerSpec", &[
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("core/v1.ReplicationControllerStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("core/v1.ReplicationControllerList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(173) },
    ]),
    ("core/v1.ResourceQuota", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("core/v1.ResourceQuotaList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(177) },
    ]),
    ("core/v1.Secret", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("core/v1.SecretList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(179) },
    ]),
    ("core/v1.Service", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(182) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(183) },
    ]),
    ("core/v1.ServiceSpec", &[
        BuiltinField { name: "ports", strategy: "merge", merge_key: "port", ty: None },
    ]),
    ("core/v1.ServiceStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("core/v1.ServiceAccount", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "secrets", strategy: "merge", merge_key: "name", ty: None },
    ]),
    ("core/v1.ServiceAccountList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(184) },
    ]),
    ("core/v1.ServiceList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(181) },
    ]),
    ("discovery/v1.EndpointSlice", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("discovery/v1.EndpointSliceList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(187) },
    ]),
    ("discovery/v1beta1.EndpointSlice", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("discovery/v1beta1.EndpointSliceList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(189) },
    ]),
    ("events/v1.Event", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("events/v1.EventList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(191) },
    ]),
    ("events/v1beta1.Event", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("events/v1beta1.EventList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(193) },
    ]),
    ("extensions/v1beta1.DaemonSet", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(196) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(197) },
    ]),
    ("extensions/v1beta1.DaemonSetSpec", &[
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("extensions/v1beta1.DaemonSetStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("extensions/v1beta1.DaemonSetList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(195) },
    ]),
    ("extensions/v1beta1.Deployment", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(200) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(201) },
    ]),
    ("extensions/v1beta1.DeploymentSpec", &[
        BuiltinField { name: "strategy", strategy: "retainKeys", merge_key: "", ty: None },
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("extensions/v1beta1.DeploymentStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("extensions/v1beta1.DeploymentList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(199) },
    ]),
    ("extensions/v1beta1.Ingress", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("extensions/v1beta1.IngressList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(203) },
    ]),
    ("extensions/v1beta1.NetworkPolicy", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("extensions/v1beta1.NetworkPolicyList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(205) },
    ]),
    ("extensions/v1beta1.ReplicaSet", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(208) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(209) },
    ]),
    ("extensions/v1beta1.ReplicaSetSpec", &[
        BuiltinField { name: "template", strategy: "", merge_key: "", ty: Some(43) },
    ]),
    ("extensions/v1beta1.ReplicaSetStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("extensions/v1beta1.ReplicaSetList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(207) },
    ]),
    ("extensions/v1beta1.Scale", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("flowcontrol/v1.FlowSchema", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(213) },
    ]),
    ("flowcontrol/v1.FlowSchemaStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("flowcontrol/v1.FlowSchemaList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(212) },
    ]),
    ("flowcontrol/v1.PriorityLevelConfiguration", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(216) },
    ]),
    ("flowcontrol/v1.PriorityLevelConfigurationStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("flowcontrol/v1.PriorityLevelConfigurationList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(215) },
    ]),
    ("flowcontrol/v1beta1.FlowSchema", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("flowcontrol/v1beta1.FlowSchemaList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(218) },
    ]),
    ("flowcontrol/v1beta1.PriorityLevelConfiguration", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("flowcontrol/v1beta1.PriorityLevelConfigurationList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(220) },
    ]),
    ("flowcontrol/v1beta2.FlowSchema", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("flowcontrol/v1beta2.FlowSchemaList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(222) },
    ]),
    ("flowcontrol/v1beta2.PriorityLevelConfiguration", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("flowcontrol/v1beta2.PriorityLevelConfigurationList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(224) },
    ]),
    ("flowcontrol/v1beta3.FlowSchema", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(227) },
    ]),
    ("flowcontrol/v1beta3.FlowSchemaStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("flowcontrol/v1beta3.FlowSchemaList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(226) },
    ]),
    ("flowcontrol/v1beta3.PriorityLevelConfiguration", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(230) },
    ]),
    ("flowcontrol/v1beta3.PriorityLevelConfigurationStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("flowcontrol/v1beta3.PriorityLevelConfigurationList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(229) },
    ]),
    ("imagepolicy/v1alpha1.ImageReview", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("networking/v1.Ingress", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("networking/v1.IngressClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("networking/v1.IngressClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(234) },
    ]),
    ("networking/v1.IngressList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(233) },
    ]),
    ("networking/v1.NetworkPolicy", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("networking/v1.NetworkPolicyList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(237) },
    ]),
    ("networking/v1alpha1.IPAddress", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("networking/v1alpha1.IPAddressList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(239) },
    ]),
    ("networking/v1alpha1.ServiceCIDR", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(242) },
    ]),
    ("networking/v1alpha1.ServiceCIDRStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("networking/v1alpha1.ServiceCIDRList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(241) },
    ]),
    ("networking/v1beta1.IPAddress", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("networking/v1beta1.IPAddressList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(244) },
    ]),
    ("networking/v1beta1.Ingress", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("networking/v1beta1.IngressClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("networking/v1beta1.IngressClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(247) },
    ]),
    ("networking/v1beta1.IngressList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(246) },
    ]),
    ("networking/v1beta1.ServiceCIDR", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(251) },
    ]),
    ("networking/v1beta1.ServiceCIDRStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("networking/v1beta1.ServiceCIDRList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(250) },
    ]),
    ("node/v1.RuntimeClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("node/v1.RuntimeClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(253) },
    ]),
    ("node/v1alpha1.RuntimeClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("node/v1alpha1.RuntimeClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(255) },
    ]),
    ("node/v1beta1.RuntimeClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("node/v1beta1.RuntimeClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(257) },
    ]),
    ("policy/v1.Eviction", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("policy/v1.PodDisruptionBudget", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(261) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(262) },
    ]),
    ("policy/v1.PodDisruptionBudgetSpec", &[
        BuiltinField { name: "selector", strategy: "replace", merge_key: "", ty: None },
    ]),
    ("policy/v1.PodDisruptionBudgetStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("policy/v1.PodDisruptionBudgetList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(260) },
    ]),
    ("policy/v1beta1.Eviction", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("policy/v1beta1.PodDisruptionBudget", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(266) },
    ]),
    ("policy/v1beta1.PodDisruptionBudgetStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("policy/v1beta1.PodDisruptionBudgetList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(265) },
    ]),
    ("rbac/v1.ClusterRole", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("rbac/v1.ClusterRoleBinding", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("rbac/v1.ClusterRoleBindingList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(269) },
    ]),
    ("rbac/v1.ClusterRoleList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(268) },
    ]),
    ("rbac/v1.Role", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("rbac/v1.RoleBinding", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("rbac/v1.RoleBindingList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(273) },
    ]),
    ("rbac/v1.RoleList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(272) },
    ]),
    ("rbac/v1alpha1.ClusterRole", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("rbac/v1alpha1.ClusterRoleBinding", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("rbac/v1alpha1.ClusterRoleBindingList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(277) },
    ]),
    ("rbac/v1alpha1.ClusterRoleList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(276) },
    ]),
    ("rbac/v1alpha1.Role", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("rbac/v1alpha1.RoleBinding", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("rbac/v1alpha1.RoleBindingList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(281) },
    ]),
    ("rbac/v1alpha1.RoleList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(280) },
    ]),
    ("rbac/v1beta1.ClusterRole", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("rbac/v1beta1.ClusterRoleBinding", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("rbac/v1beta1.ClusterRoleBindingList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(285) },
    ]),
    ("rbac/v1beta1.ClusterRoleList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(284) },
    ]),
    ("rbac/v1beta1.Role", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("rbac/v1beta1.RoleBinding", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("rbac/v1beta1.RoleBindingList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(289) },
    ]),
    ("rbac/v1beta1.RoleList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(288) },
    ]),
    ("resource/v1alpha3.DeviceClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("resource/v1alpha3.DeviceClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(292) },
    ]),
    ("resource/v1alpha3.ResourceClaim", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(295) },
    ]),
    ("resource/v1alpha3.ResourceClaimStatus", &[
        BuiltinField { name: "reservedFor", strategy: "merge", merge_key: "uid", ty: None },
    ]),
    ("resource/v1alpha3.ResourceClaimList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(294) },
    ]),
    ("resource/v1alpha3.ResourceClaimTemplate", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(298) },
    ]),
    ("resource/v1alpha3.ResourceClaimTemplateSpec", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("resource/v1alpha3.ResourceClaimTemplateList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(297) },
    ]),
    ("resource/v1alpha3.ResourceSlice", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("resource/v1alpha3.ResourceSliceList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(300) },
    ]),
    ("resource/v1beta1.DeviceClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("resource/v1beta1.DeviceClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(302) },
    ]),
    ("resource/v1beta1.ResourceClaim", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(305) },
    ]),
    ("resource/v1beta1.ResourceClaimStatus", &[
        BuiltinField { name: "reservedFor", strategy: "merge", merge_key: "uid", ty: None },
    ]),
    ("resource/v1beta1.ResourceClaimList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(304) },
    ]),
    ("resource/v1beta1.ResourceClaimTemplate", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(308) },
    ]),
    ("resource/v1beta1.ResourceClaimTemplateSpec", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("resource/v1beta1.ResourceClaimTemplateList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(307) },
    ]),
    ("resource/v1beta1.ResourceSlice", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("resource/v1beta1.ResourceSliceList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(310) },
    ]),
    ("scheduling/v1.PriorityClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("scheduling/v1.PriorityClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(312) },
    ]),
    ("scheduling/v1alpha1.PriorityClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("scheduling/v1alpha1.PriorityClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(314) },
    ]),
    ("scheduling/v1beta1.PriorityClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("scheduling/v1beta1.PriorityClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(316) },
    ]),
    ("storage/v1.CSIDriver", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("storage/v1.CSIDriverList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(318) },
    ]),
    ("storage/v1.CSINode", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(321) },
    ]),
    ("storage/v1.CSINodeSpec", &[
        BuiltinField { name: "drivers", strategy: "merge", merge_key: "name", ty: None },
    ]),
    ("storage/v1.CSINodeList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(320) },
    ]),
    ("storage/v1.CSIStorageCapacity", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("storage/v1.CSIStorageCapacityList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(323) },
    ]),
    ("storage/v1.StorageClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("storage/v1.StorageClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(325) },
    ]),
    ("storage/v1.VolumeAttachment", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("storage/v1.VolumeAttachmentList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(327) },
    ]),
    ("storage/v1alpha1.CSIStorageCapacity", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("storage/v1alpha1.CSIStorageCapacityList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(329) },
    ]),
    ("storage/v1alpha1.VolumeAttachment", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("storage/v1alpha1.VolumeAttachmentList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(331) },
    ]),
    ("storage/v1alpha1.VolumeAttributesClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("storage/v1alpha1.VolumeAttributesClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(333) },
    ]),
    ("storage/v1beta1.CSIDriver", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("storage/v1beta1.CSIDriverList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(335) },
    ]),
    ("storage/v1beta1.CSINode", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "spec", strategy: "", merge_key: "", ty: Some(338) },
    ]),
    ("storage/v1beta1.CSINodeSpec", &[
        BuiltinField { name: "drivers", strategy: "merge", merge_key: "name", ty: None },
    ]),
    ("storage/v1beta1.CSINodeList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(337) },
    ]),
    ("storage/v1beta1.CSIStorageCapacity", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("storage/v1beta1.CSIStorageCapacityList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(340) },
    ]),
    ("storage/v1beta1.StorageClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("storage/v1beta1.StorageClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(342) },
    ]),
    ("storage/v1beta1.VolumeAttachment", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("storage/v1beta1.VolumeAttachmentList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(344) },
    ]),
    ("storage/v1beta1.VolumeAttributesClass", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
    ]),
    ("storage/v1beta1.VolumeAttributesClassList", &[
        BuiltinField { name: "items", strategy: "", merge_key: "", ty: Some(346) },
    ]),
    ("storagemigration/v1alpha1.StorageVersionMigration", &[
        BuiltinField { name: "metadata", strategy: "", merge_key: "", ty: Some(1) },
        BuiltinField { name: "status", strategy: "", merge_key: "", ty: Some(349) },
    ]),
    ("storagemigration/v1alpha1.StorageVersionMigrationStatus", &[
        BuiltinField { name: "conditions", strategy: "merge", merge_key: "type", ty: None },
    ]),
    ("storagemigration/v1alpha1.StorageVersionMigrationList", &[
        BuiltinField { name: "items", strategy: "merge", merge_key: "type", ty: Some(348) },
    ]),
];

/// group, version, kind → index into TYPES (every kind of k8s.io/api kubectl 1.32 knows).
pub(super) static KINDS: &[BuiltinKind] = &[
    BuiltinKind { group: "", version: "v1", kind: "Binding", ty: 144 },
    BuiltinKind { group: "", version: "v1", kind: "ComponentStatus", ty: 145 },
    BuiltinKind { group: "", version: "v1", kind: "ComponentStatusList", ty: 146 },
    BuiltinKind { group: "", version: "v1", kind: "ConfigMap", ty: 147 },
    BuiltinKind { group: "", version: "v1", kind: "ConfigMapList", ty: 148 },
    BuiltinKind { group: "", version: "v1", kind: "Endpoints", ty: 149 },
    BuiltinKind { group: "", version: "v1", kind: "EndpointsList", ty: 150 },
    BuiltinKind { group: "", version: "v1", kind: "Event", ty: 151 },
    BuiltinKind { group: "", version: "v1", kind: "EventList", ty: 152 },
    BuiltinKind { group: "", version: "v1", kind: "LimitRange", ty: 153 },
    BuiltinKind { group: "", version: "v1", kind: "LimitRangeList", ty: 154 },
    BuiltinKind { group: "", version: "v1", kind: "Namespace", ty: 155 },
    BuiltinKind { group: "", version: "v1", kind: "NamespaceList", ty: 157 },
    BuiltinKind { group: "", version: "v1", kind: "Node", ty: 158 },
    BuiltinKind { group: "", version: "v1", kind: "NodeList", ty: 161 },
    BuiltinKind { group: "", version: "v1", kind: "PersistentVolume", ty: 162 },
    BuiltinKind { group: "", version: "v1", kind: "PersistentVolumeClaim", ty: 62 },
    BuiltinKind { group: "", version: "v1", kind: "PersistentVolumeClaimList", ty: 163 },
    BuiltinKind { group: "", version: "v1", kind: "PersistentVolumeList", ty: 164 },
    BuiltinKind { group: "", version: "v1", kind: "Pod", ty: 165 },
    BuiltinKind { group: "", version: "v1", kind: "PodList", ty: 168 },
    BuiltinKind { group: "", version: "v1", kind: "PodStatusResult", ty: 169 },
    BuiltinKind { group: "", version: "v1", kind: "PodTemplate", ty: 170 },
    BuiltinKind { group: "", version: "v1", kind: "PodTemplateList", ty: 171 },
    BuiltinKind { group: "", version: "v1", kind: "RangeAllocation", ty: 172 },
    BuiltinKind { group: "", version: "v1", kind: "ReplicationController", ty: 173 },
    BuiltinKind { group: "", version: "v1", kind: "ReplicationControllerList", ty: 176 },
    BuiltinKind { group: "", version: "v1", kind: "ResourceQuota", ty: 177 },
    BuiltinKind { group: "", version: "v1", kind: "ResourceQuotaList", ty: 178 },
    BuiltinKind { group: "", version: "v1", kind: "Secret", ty: 179 },
    BuiltinKind { group: "", version: "v1", kind: "SecretList", ty: 180 },
    BuiltinKind { group: "", version: "v1", kind: "Service", ty: 181 },
    BuiltinKind { group: "", version: "v1", kind: "ServiceAccount", ty: 184 },
    BuiltinKind { group: "", version: "v1", kind: "ServiceAccountList", ty: 185 },
    BuiltinKind { group: "", version: "v1", kind: "ServiceList", ty: 186 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1", kind: "MutatingWebhookConfiguration", ty: 0 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1", kind: "MutatingWebhookConfigurationList", ty: 3 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1", kind: "ValidatingAdmissionPolicy", ty: 4 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1", kind: "ValidatingAdmissionPolicyBinding", ty: 6 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1", kind: "ValidatingAdmissionPolicyBindingList", ty: 7 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1", kind: "ValidatingAdmissionPolicyList", ty: 8 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1", kind: "ValidatingWebhookConfiguration", ty: 9 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1", kind: "ValidatingWebhookConfigurationList", ty: 11 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1alpha1", kind: "MutatingAdmissionPolicy", ty: 12 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1alpha1", kind: "MutatingAdmissionPolicyBinding", ty: 14 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1alpha1", kind: "MutatingAdmissionPolicyBindingList", ty: 15 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1alpha1", kind: "MutatingAdmissionPolicyList", ty: 16 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1alpha1", kind: "ValidatingAdmissionPolicy", ty: 17 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1alpha1", kind: "ValidatingAdmissionPolicyBinding", ty: 19 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1alpha1", kind: "ValidatingAdmissionPolicyBindingList", ty: 20 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1alpha1", kind: "ValidatingAdmissionPolicyList", ty: 21 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1beta1", kind: "MutatingWebhookConfiguration", ty: 22 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1beta1", kind: "MutatingWebhookConfigurationList", ty: 24 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1beta1", kind: "ValidatingAdmissionPolicy", ty: 25 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1beta1", kind: "ValidatingAdmissionPolicyBinding", ty: 27 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1beta1", kind: "ValidatingAdmissionPolicyBindingList", ty: 28 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1beta1", kind: "ValidatingAdmissionPolicyList", ty: 29 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1beta1", kind: "ValidatingWebhookConfiguration", ty: 30 },
    BuiltinKind { group: "admissionregistration.k8s.io", version: "v1beta1", kind: "ValidatingWebhookConfigurationList", ty: 32 },
    BuiltinKind { group: "apidiscovery.k8s.io", version: "v2", kind: "APIGroupDiscovery", ty: 33 },
    BuiltinKind { group: "apidiscovery.k8s.io", version: "v2", kind: "APIGroupDiscoveryList", ty: 34 },
    BuiltinKind { group: "apidiscovery.k8s.io", version: "v2beta1", kind: "APIGroupDiscovery", ty: 35 },
    BuiltinKind { group: "apidiscovery.k8s.io", version: "v2beta1", kind: "APIGroupDiscoveryList", ty: 36 },
    BuiltinKind { group: "apps", version: "v1", kind: "ControllerRevision", ty: 39 },
    BuiltinKind { group: "apps", version: "v1", kind: "ControllerRevisionList", ty: 40 },
    BuiltinKind { group: "apps", version: "v1", kind: "DaemonSet", ty: 41 },
    BuiltinKind { group: "apps", version: "v1", kind: "DaemonSetList", ty: 51 },
    BuiltinKind { group: "apps", version: "v1", kind: "Deployment", ty: 52 },
    BuiltinKind { group: "apps", version: "v1", kind: "DeploymentList", ty: 55 },
    BuiltinKind { group: "apps", version: "v1", kind: "ReplicaSet", ty: 56 },
    BuiltinKind { group: "apps", version: "v1", kind: "ReplicaSetList", ty: 59 },
    BuiltinKind { group: "apps", version: "v1", kind: "StatefulSet", ty: 60 },
    BuiltinKind { group: "apps", version: "v1", kind: "StatefulSetList", ty: 65 },
    BuiltinKind { group: "apps", version: "v1beta1", kind: "ControllerRevision", ty: 66 },
    BuiltinKind { group: "apps", version: "v1beta1", kind: "ControllerRevisionList", ty: 67 },
    BuiltinKind { group: "apps", version: "v1beta1", kind: "Deployment", ty: 68 },
    BuiltinKind { group: "apps", version: "v1beta1", kind: "DeploymentList", ty: 71 },
    BuiltinKind { group: "apps", version: "v1beta1", kind: "Scale", ty: 72 },
    BuiltinKind { group: "apps", version: "v1beta1", kind: "StatefulSet", ty: 73 },
    BuiltinKind { group: "apps", version: "v1beta1", kind: "StatefulSetList", ty: 76 },
    BuiltinKind { group: "apps", version: "v1beta2", kind: "ControllerRevision", ty: 77 },
    BuiltinKind { group: "apps", version: "v1beta2", kind: "ControllerRevisionList", ty: 78 },
    BuiltinKind { group: "apps", version: "v1beta2", kind: "DaemonSet", ty: 79 },
    BuiltinKind { group: "apps", version: "v1beta2", kind: "DaemonSetList", ty: 82 },
    BuiltinKind { group: "apps", version: "v1beta2", kind: "Deployment", ty: 83 },
    BuiltinKind { group: "apps", version: "v1beta2", kind: "DeploymentList", ty: 86 },
    BuiltinKind { group: "apps", version: "v1beta2", kind: "ReplicaSet", ty: 87 },
    BuiltinKind { group: "apps", version: "v1beta2", kind: "ReplicaSetList", ty: 90 },
    BuiltinKind { group: "apps", version: "v1beta2", kind: "Scale", ty: 91 },
    BuiltinKind { group: "apps", version: "v1beta2", kind: "StatefulSet", ty: 92 },
    BuiltinKind { group: "apps", version: "v1beta2", kind: "StatefulSetList", ty: 95 },
    BuiltinKind { group: "authentication.k8s.io", version: "v1", kind: "SelfSubjectReview", ty: 96 },
    BuiltinKind { group: "authentication.k8s.io", version: "v1", kind: "TokenRequest", ty: 97 },
    BuiltinKind { group: "authentication.k8s.io", version: "v1", kind: "TokenReview", ty: 98 },
    BuiltinKind { group: "authentication.k8s.io", version: "v1alpha1", kind: "SelfSubjectReview", ty: 99 },
    BuiltinKind { group: "authentication.k8s.io", version: "v1beta1", kind: "SelfSubjectReview", ty: 100 },
    BuiltinKind { group: "authentication.k8s.io", version: "v1beta1", kind: "TokenReview", ty: 101 },
    BuiltinKind { group: "authorization.k8s.io", version: "v1", kind: "LocalSubjectAccessReview", ty: 102 },
    BuiltinKind { group: "authorization.k8s.io", version: "v1", kind: "SelfSubjectAccessReview", ty: 103 },
    BuiltinKind { group: "authorization.k8s.io", version: "v1", kind: "SelfSubjectRulesReview", ty: 104 },
    BuiltinKind { group: "authorization.k8s.io", version: "v1", kind: "SubjectAccessReview", ty: 105 },
    BuiltinKind { group: "authorization.k8s.io", version: "v1beta1", kind: "LocalSubjectAccessReview", ty: 106 },
    BuiltinKind { group: "authorization.k8s.io", version: "v1beta1", kind: "SelfSubjectAccessReview", ty: 107 },
    BuiltinKind { group: "authorization.k8s.io", version: "v1beta1", kind: "SelfSubjectRulesReview", ty: 108 },
    BuiltinKind { group: "authorization.k8s.io", version: "v1beta1", kind: "SubjectAccessReview", ty: 109 },
    BuiltinKind { group: "autoscaling", version: "v1", kind: "HorizontalPodAutoscaler", ty: 110 },
    BuiltinKind { group: "autoscaling", version: "v1", kind: "HorizontalPodAutoscalerList", ty: 111 },
    BuiltinKind { group: "autoscaling", version: "v1", kind: "Scale", ty: 112 },
    BuiltinKind { group: "autoscaling", version: "v2", kind: "HorizontalPodAutoscaler", ty: 113 },
    BuiltinKind { group: "autoscaling", version: "v2", kind: "HorizontalPodAutoscalerList", ty: 115 },
    BuiltinKind { group: "autoscaling", version: "v2beta1", kind: "HorizontalPodAutoscaler", ty: 116 },
    BuiltinKind { group: "autoscaling", version: "v2beta1", kind: "HorizontalPodAutoscalerList", ty: 117 },
    BuiltinKind { group: "autoscaling", version: "v2beta2", kind: "HorizontalPodAutoscaler", ty: 118 },
    BuiltinKind { group: "autoscaling", version: "v2beta2", kind: "HorizontalPodAutoscalerList", ty: 119 },
    BuiltinKind { group: "batch", version: "v1", kind: "CronJob", ty: 120 },
    BuiltinKind { group: "batch", version: "v1", kind: "CronJobList", ty: 124 },
    BuiltinKind { group: "batch", version: "v1", kind: "Job", ty: 125 },
    BuiltinKind { group: "batch", version: "v1", kind: "JobList", ty: 127 },
    BuiltinKind { group: "batch", version: "v1beta1", kind: "CronJob", ty: 128 },
    BuiltinKind { group: "batch", version: "v1beta1", kind: "CronJobList", ty: 131 },
    BuiltinKind { group: "certificates.k8s.io", version: "v1", kind: "CertificateSigningRequest", ty: 132 },
    BuiltinKind { group: "certificates.k8s.io", version: "v1", kind: "CertificateSigningRequestList", ty: 133 },
    BuiltinKind { group: "certificates.k8s.io", version: "v1alpha1", kind: "ClusterTrustBundle", ty: 134 },
    BuiltinKind { group: "certificates.k8s.io", version: "v1alpha1", kind: "ClusterTrustBundleList", ty: 135 },
    BuiltinKind { group: "certificates.k8s.io", version: "v1beta1", kind: "CertificateSigningRequest", ty: 136 },
    BuiltinKind { group: "certificates.k8s.io", version: "v1beta1", kind: "CertificateSigningRequestList", ty: 137 },
    BuiltinKind { group: "coordination.k8s.io", version: "v1", kind: "Lease", ty: 138 },
    BuiltinKind { group: "coordination.k8s.io", version: "v1", kind: "LeaseList", ty: 139 },
    BuiltinKind { group: "coordination.k8s.io", version: "v1alpha2", kind: "LeaseCandidate", ty: 140 },
    BuiltinKind { group: "coordination.k8s.io", version: "v1alpha2", kind: "LeaseCandidateList", ty: 141 },
    BuiltinKind { group: "coordination.k8s.io", version: "v1beta1", kind: "Lease", ty: 142 },
    BuiltinKind { group: "coordination.k8s.io", version: "v1beta1", kind: "LeaseList", ty: 143 },
    BuiltinKind { group: "discovery.k8s.io", version: "v1", kind: "EndpointSlice", ty: 187 },
    BuiltinKind { group: "discovery.k8s.io", version: "v1", kind: "EndpointSliceList", ty: 188 },
    BuiltinKind { group: "discovery.k8s.io", version: "v1beta1", kind: "EndpointSlice", ty: 189 },
    BuiltinKind { group: "discovery.k8s.io", version: "v1beta1", kind: "EndpointSliceList", ty: 190 },
    BuiltinKind { group: "events.k8s.io", version: "v1", kind: "Event", ty: 191 },
    BuiltinKind { group: "events.k8s.io", version: "v1", kind: "EventList", ty: 192 },
    BuiltinKind { group: "events.k8s.io", version: "v1beta1", kind: "Event", ty: 193 },
    BuiltinKind { group: "events.k8s.io", version: "v1beta1", kind: "EventList", ty: 194 },
    BuiltinKind { group: "extensions", version: "v1beta1", kind: "DaemonSet", ty: 195 },
    BuiltinKind { group: "extensions", version: "v1beta1", kind: "DaemonSetList", ty: 198 },
    BuiltinKind { group: "extensions", version: "v1beta1", kind: "Deployment", ty: 199 },
    BuiltinKind { group: "extensions", version: "v1beta1", kind: "DeploymentList", ty: 202 },
    BuiltinKind { group: "extensions", version: "v1beta1", kind: "Ingress", ty: 203 },
    BuiltinKind { group: "extensions", version: "v1beta1", kind: "IngressList", ty: 204 },
    BuiltinKind { group: "extensions", version: "v1beta1", kind: "NetworkPolicy", ty: 205 },
    BuiltinKind { group: "extensions", version: "v1beta1", kind: "NetworkPolicyList", ty: 206 },
    BuiltinKind { group: "extensions", version: "v1beta1", kind: "ReplicaSet", ty: 207 },
    BuiltinKind { group: "extensions", version: "v1beta1", kind: "ReplicaSetList", ty: 210 },
    BuiltinKind { group: "extensions", version: "v1beta1", kind: "Scale", ty: 211 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1", kind: "FlowSchema", ty: 212 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1", kind: "FlowSchemaList", ty: 214 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1", kind: "PriorityLevelConfiguration", ty: 215 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1", kind: "PriorityLevelConfigurationList", ty: 217 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1beta1", kind: "FlowSchema", ty: 218 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1beta1", kind: "FlowSchemaList", ty: 219 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1beta1", kind: "PriorityLevelConfiguration", ty: 220 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1beta1", kind: "PriorityLevelConfigurationList", ty: 221 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1beta2", kind: "FlowSchema", ty: 222 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1beta2", kind: "FlowSchemaList", ty: 223 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1beta2", kind: "PriorityLevelConfiguration", ty: 224 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1beta2", kind: "PriorityLevelConfigurationList", ty: 225 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1beta3", kind: "FlowSchema", ty: 226 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1beta3", kind: "FlowSchemaList", ty: 228 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1beta3", kind: "PriorityLevelConfiguration", ty: 229 },
    BuiltinKind { group: "flowcontrol.apiserver.k8s.io", version: "v1beta3", kind: "PriorityLevelConfigurationList", ty: 231 },
    BuiltinKind { group: "imagepolicy.k8s.io", version: "v1alpha1", kind: "ImageReview", ty: 232 },
    BuiltinKind { group: "internal.apiserver.k8s.io", version: "v1alpha1", kind: "StorageVersion", ty: 37 },
    BuiltinKind { group: "internal.apiserver.k8s.io", version: "v1alpha1", kind: "StorageVersionList", ty: 38 },
    BuiltinKind { group: "networking.k8s.io", version: "v1", kind: "Ingress", ty: 233 },
    BuiltinKind { group: "networking.k8s.io", version: "v1", kind: "IngressClass", ty: 234 },
    BuiltinKind { group: "networking.k8s.io", version: "v1", kind: "IngressClassList", ty: 235 },
    BuiltinKind { group: "networking.k8s.io", version: "v1", kind: "IngressList", ty: 236 },
    BuiltinKind { group: "networking.k8s.io", version: "v1", kind: "NetworkPolicy", ty: 237 },
    BuiltinKind { group: "networking.k8s.io", version: "v1", kind: "NetworkPolicyList", ty: 238 },
    BuiltinKind { group: "networking.k8s.io", version: "v1alpha1", kind: "IPAddress", ty: 239 },
    BuiltinKind { group: "networking.k8s.io", version: "v1alpha1", kind: "IPAddressList", ty: 240 },
    BuiltinKind { group: "networking.k8s.io", version: "v1alpha1", kind: "ServiceCIDR", ty: 241 },
    BuiltinKind { group: "networking.k8s.io", version: "v1alpha1", kind: "ServiceCIDRList", ty: 243 },
    BuiltinKind { group: "networking.k8s.io", version: "v1beta1", kind: "IPAddress", ty: 244 },
    BuiltinKind { group: "networking.k8s.io", version: "v1beta1", kind: "IPAddressList", ty: 245 },
    BuiltinKind { group: "networking.k8s.io", version: "v1beta1", kind: "Ingress", ty: 246 },
    BuiltinKind { group: "networking.k8s.io", version: "v1beta1", kind: "IngressClass", ty: 247 },
    BuiltinKind { group: "networking.k8s.io", version: "v1beta1", kind: "IngressClassList", ty: 248 },
    BuiltinKind { group: "networking.k8s.io", version: "v1beta1", kind: "IngressList", ty: 249 },
    BuiltinKind { group: "networking.k8s.io", version: "v1beta1", kind: "ServiceCIDR", ty: 250 },
    BuiltinKind { group: "networking.k8s.io", version: "v1beta1", kind: "ServiceCIDRList", ty: 252 },
    BuiltinKind { group: "node.k8s.io", version: "v1", kind: "RuntimeClass", ty: 253 },
    BuiltinKind { group: "node.k8s.io", version: "v1", kind: "RuntimeClassList", ty: 254 },
    BuiltinKind { group: "node.k8s.io", version: "v1alpha1", kind: "RuntimeClass", ty: 255 },
    BuiltinKind { group: "node.k8s.io", version: "v1alpha1", kind: "RuntimeClassList", ty: 256 },
    BuiltinKind { group: "node.k8s.io", version: "v1beta1", kind: "RuntimeClass", ty: 257 },
    BuiltinKind { group: "node.k8s.io", version: "v1beta1", kind: "RuntimeClassList", ty: 258 },
    BuiltinKind { group: "policy", version: "v1", kind: "Eviction", ty: 259 },
    BuiltinKind { group: "policy", version: "v1", kind: "PodDisruptionBudget", ty: 260 },
    BuiltinKind { group: "policy", version: "v1", kind: "PodDisruptionBudgetList", ty: 263 },
    BuiltinKind { group: "policy", version: "v1beta1", kind: "Eviction", ty: 264 },
    BuiltinKind { group: "policy", version: "v1beta1", kind: "PodDisruptionBudget", ty: 265 },
    BuiltinKind { group: "policy", version: "v1beta1", kind: "PodDisruptionBudgetList", ty: 267 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1", kind: "ClusterRole", ty: 268 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1", kind: "ClusterRoleBinding", ty: 269 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1", kind: "ClusterRoleBindingList", ty: 270 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1", kind: "ClusterRoleList", ty: 271 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1", kind: "Role", ty: 272 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1", kind: "RoleBinding", ty: 273 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1", kind: "RoleBindingList", ty: 274 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1", kind: "RoleList", ty: 275 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1alpha1", kind: "ClusterRole", ty: 276 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1alpha1", kind: "ClusterRoleBinding", ty: 277 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1alpha1", kind: "ClusterRoleBindingList", ty: 278 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1alpha1", kind: "ClusterRoleList", ty: 279 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1alpha1", kind: "Role", ty: 280 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1alpha1", kind: "RoleBinding", ty: 281 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1alpha1", kind: "RoleBindingList", ty: 282 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1alpha1", kind: "RoleList", ty: 283 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1beta1", kind: "ClusterRole", ty: 284 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1beta1", kind: "ClusterRoleBinding", ty: 285 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1beta1", kind: "ClusterRoleBindingList", ty: 286 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1beta1", kind: "ClusterRoleList", ty: 287 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1beta1", kind: "Role", ty: 288 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1beta1", kind: "RoleBinding", ty: 289 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1beta1", kind: "RoleBindingList", ty: 290 },
    BuiltinKind { group: "rbac.authorization.k8s.io", version: "v1beta1", kind: "RoleList", ty: 291 },
    BuiltinKind { group: "resource.k8s.io", version: "v1alpha3", kind: "DeviceClass", ty: 292 },
    BuiltinKind { group: "resource.k8s.io", version: "v1alpha3", kind: "DeviceClassList", ty: 293 },
    BuiltinKind { group: "resource.k8s.io", version: "v1alpha3", kind: "ResourceClaim", ty: 294 },
    BuiltinKind { group: "resource.k8s.io", version: "v1alpha3", kind: "ResourceClaimList", ty: 296 },
    BuiltinKind { group: "resource.k8s.io", version: "v1alpha3", kind: "ResourceClaimTemplate", ty: 297 },
    BuiltinKind { group: "resource.k8s.io", version: "v1alpha3", kind: "ResourceClaimTemplateList", ty: 299 },
    BuiltinKind { group: "resource.k8s.io", version: "v1alpha3", kind: "ResourceSlice", ty: 300 },
    BuiltinKind { group: "resource.k8s.io", version: "v1alpha3", kind: "ResourceSliceList", ty: 301 },
    BuiltinKind { group: "resource.k8s.io", version: "v1beta1", kind: "DeviceClass", ty: 302 },
    BuiltinKind { group: "resource.k8s.io", version: "v1beta1", kind: "DeviceClassList", ty: 303 },
    BuiltinKind { group: "resource.k8s.io", version: "v1beta1", kind: "ResourceClaim", ty: 304 },
    BuiltinKind { group: "resource.k8s.io", version: "v1beta1", kind: "ResourceClaimList", ty: 306 },
    BuiltinKind { group: "resource.k8s.io", version: "v1beta1", kind: "ResourceClaimTemplate", ty: 307 },
    BuiltinKind { group: "resource.k8s.io", version: "v1beta1", kind: "ResourceClaimTemplateList", ty: 309 },
    BuiltinKind { group: "resource.k8s.io", version: "v1beta1", kind: "ResourceSlice", ty: 310 },
    BuiltinKind { group: "resource.k8s.io", version: "v1beta1", kind: "ResourceSliceList", ty: 311 },
    BuiltinKind { group: "scheduling.k8s.io", version: "v1", kind: "PriorityClass", ty: 312 },
    BuiltinKind { group: "scheduling.k8s.io", version: "v1", kind: "PriorityClassList", ty: 313 },
    BuiltinKind { group: "scheduling.k8s.io", version: "v1alpha1", kind: "PriorityClass", ty: 314 },
    BuiltinKind { group: "scheduling.k8s.io", version: "v1alpha1", kind: "PriorityClassList", ty: 315 },
    BuiltinKind { group: "scheduling.k8s.io", version: "v1beta1", kind: "PriorityClass", ty: 316 },
    BuiltinKind { group: "scheduling.k8s.io", version: "v1beta1", kind: "PriorityClassList", ty: 317 },
    BuiltinKind { group: "storage.k8s.io", version: "v1", kind: "CSIDriver", ty: 318 },
    BuiltinKind { group: "storage.k8s.io", version: "v1", kind: "CSIDriverList", ty: 319 },
    BuiltinKind { group: "storage.k8s.io", version: "v1", kind: "CSINode", ty: 320 },
    BuiltinKind { group: "storage.k8s.io", version: "v1", kind: "CSINodeList", ty: 322 },
    BuiltinKind { group: "storage.k8s.io", version: "v1", kind: "CSIStorageCapacity", ty: 323 },
    BuiltinKind { group: "storage.k8s.io", version: "v1", kind: "CSIStorageCapacityList", ty: 324 },
    BuiltinKind { group: "storage.k8s.io", version: "v1", kind: "StorageClass", ty: 325 },
    BuiltinKind { group: "storage.k8s.io", version: "v1", kind: "StorageClassList", ty: 326 },
    BuiltinKind { group: "storage.k8s.io", version: "v1", kind: "VolumeAttachment", ty: 327 },
    BuiltinKind { group: "storage.k8s.io", version: "v1", kind: "VolumeAttachmentList", ty: 328 },
    BuiltinKind { group: "storage.k8s.io", version: "v1alpha1", kind: "CSIStorageCapacity", ty: 329 },
    BuiltinKind { group: "storage.k8s.io", version: "v1alpha1", kind: "CSIStorageCapacityList", ty: 330 },
    BuiltinKind { group: "storage.k8s.io", version: "v1alpha1", kind: "VolumeAttachment", ty: 331 },
    BuiltinKind { group: "storage.k8s.io", version: "v1alpha1", kind: "VolumeAttachmentList", ty: 332 },
    BuiltinKind { group: "storage.k8s.io", version: "v1alpha1", kind: "VolumeAttributesClass", ty: 333 },
    BuiltinKind { group: "storage.k8s.io", version: "v1alpha1", kind: "VolumeAttributesClassList", ty: 334 },
    BuiltinKind { group: "storage.k8s.io", version: "v1beta1", kind: "CSIDriver", ty: 335 },
    BuiltinKind { group: "storage.k8s.io", version: "v1beta1", kind: "CSIDriverList", ty: 336 },
    BuiltinKind { group: "storage.k8s.io", version: "v1beta1", kind: "CSINode", ty: 337 },
    BuiltinKind { group: "storage.k8s.io", version: "v1beta1", kind: "CSINodeList", ty: 339 },
    BuiltinKind { group: "storage.k8s.io", version: "v1beta1", kind: "CSIStorageCapacity", ty: 340 },
    BuiltinKind { group: "storage.k8s.io", version: "v1beta1", kind: "CSIStorageCapacityList", ty: 341 },
    BuiltinKind { group: "storage.k8s.io", version: "v1beta1", kind: "StorageClass", ty: 342 },
    BuiltinKind { group: "storage.k8s.io", version: "v1beta1", kind: "StorageClassList", ty: 343 },
    BuiltinKind { group: "storage.k8s.io", version: "v1beta1", kind: "VolumeAttachment", ty: 344 },
    BuiltinKind { group: "storage.k8s.io", version: "v1beta1", kind: "VolumeAttachmentList", ty: 345 },
    BuiltinKind { group: "storage.k8s.io", version: "v1beta1", kind: "VolumeAttributesClass", ty: 346 },
    BuiltinKind { group: "storage.k8s.io", version: "v1beta1", kind: "VolumeAttributesClassList", ty: 347 },
    BuiltinKind { group: "storagemigration.k8s.io", version: "v1alpha1", kind: "StorageVersionMigration", ty: 348 },
    BuiltinKind { group: "storagemigration.k8s.io", version: "v1alpha1", kind: "StorageVersionMigrationList", ty: 350 },
];
