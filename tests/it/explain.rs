//! `kctl explain` against kubectl 1.32 on one sandbox: built-in kinds and their fields (through
//! `$ref`, `allOf`, arrays and maps), `--recursive`, `--api-version`, a CRD's schema in two
//! versions, and the errors for unknown types, fields, versions and formats.

use std::ffi::OsString;

use crate::support::{parity_failures, wait_until};
use crate::support_sandbox::Sandbox;

const CRD: &str = r#"
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crontabs.stable.example.com
spec:
  group: stable.example.com
  scope: Namespaced
  names: {plural: crontabs, singular: crontab, kind: CronTab, shortNames: [ct]}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        description: A cron tab runs a command on a schedule, in the cluster, for as long as it exists.
        properties:
          spec:
            type: object
            description: What to run and when.
            required: [cronSpec]
            properties:
              cronSpec: {type: string, description: "The schedule, in cron format."}
              image: {type: string}
              replicas: {type: integer, minimum: 1, enum: [1, 2, 3]}
              tags: {type: array, items: {type: string}}
              extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
  - name: v2
    served: true
    storage: false
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec: {type: object, properties: {schedule: {type: string}}}
"#;

const CASES: &[&[&str]] = &[
    &["explain", "pods"],
    &["explain", "Pod"],
    &["explain", "po.spec"],
    &["explain", "pods.spec.containers"],
    &["explain", "pods.spec.containers.ports"],
    &["explain", "pods.spec.containers.resources.limits"],
    &["explain", "pods.metadata.labels"],
    &["explain", "pods.spec.restartPolicy"],
    &["explain", "pods", "--recursive"],
    &["explain", "pods.spec.affinity", "--recursive"],
    &["explain", "deploy"],
    &["explain", "deployments.apps"],
    &["explain", "deployments.v1.apps"],
    &["explain", "deployments.apps.spec.strategy"],
    &["explain", "deployment.spec.template.spec.volumes.configMap"],
    &["explain", "deploy", "--api-version=apps/v1"],
    &["explain", "deploy.spec", "--api-version=apps/v1"],
    &["explain", "services.spec.ports.targetPort"],
    &["explain", "nodes.status"],
    &["explain", "secrets.data"],
    &["explain", "ing.spec.rules"],
    &["explain", "hpa.spec.metrics"],
    &["explain", "cronjobs.spec.jobTemplate"],
    &["explain", "sts.spec.volumeClaimTemplates"],
    &["explain", "crd.spec.versions.schema"],
    &["explain", "crd", "--recursive"],
    &["explain", "clusterrolebindings.subjects"],
    &["explain", "netpol.spec.ingress"],
    &["explain", "endpointslices"],
    &["explain", "crontabs"],
    &["explain", "ct.spec"],
    &["explain", "ct.spec.replicas"],
    &["explain", "crontabs.stable.example.com.spec"],
    &["explain", "ct", "--recursive"],
    &["explain", "ct", "--api-version=stable.example.com/v2"],
    &["explain", "ct.spec.tags"],
    &["explain", "ct.metadata.name"],
    // Errors.
    &["explain"],
    &["explain", "pods", "nodes"],
    &["explain", "podz"],
    &["explain", "pods.foo"],
    &["explain", "pods.spec.containers.image.foo"],
    &["explain", "pods.spec.containers[0]"],
    &["explain", "deploy", "--api-version=apps/v2"],
    &["explain", "deploy", "--api-version=v2"],
    &["explain", "deploy", "-o", "json"],
    &["explain", "deploy", "-o", "plaintext-openapiv2"],
];

#[test]
fn explain_matches_kubectl() {
    let Some(sandbox) = Sandbox::start_without_controllers() else {
        return;
    };
    sandbox.ok(&["apply", "-f", "-"], Some(CRD));
    wait_until("the CRD's resources to be served", || {
        let out = sandbox.kubectl(&["get", "crontabs"], None);
        out.status.success().then_some(())
    });
    let env: Vec<(&str, OsString)> = vec![
        ("HOME", sandbox.home.clone().into_os_string()),
        ("KUBECONFIG", sandbox.kubeconfig.clone().into_os_string()),
    ];
    let failures = parity_failures(&sandbox.kubectl, CASES, &sandbox.home, &env, false);
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}
