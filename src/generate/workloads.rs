//! Generators for workloads: `create deployment|job|cronjob` (create_deployment.go,
//! create_job.go, create_cronjob.go) and the pod of `run` (generate/versioned/run.go
//! `BasicPod`). Pure.

use serde_json::{Map, Value, json};

use super::{GenError, GenResult, meta, random_suffix, validation};

/// `create deployment` options.
#[derive(Debug, Clone, Default)]
pub struct Deployment {
    pub name: String,
    pub namespace: Option<String>,
    pub images: Vec<String>,
    pub replicas: i32,
    /// `-1` (the flag's default) for no port.
    pub port: i32,
    pub command: Vec<String>,
}

/// The container name kubectl derives from an image reference: the last path segment without
/// tag or digest; `_` and `.` become `-` plus a random suffix (`sanitizeAndUniquify`).
pub fn container_name_for_image(image: &str) -> String {
    let last = image.rsplit('/').next().unwrap_or(image);
    let mut name = last.split(':').next().unwrap_or(last);
    name = name.split('@').next().unwrap_or(name);
    if name.contains(['_', '.']) {
        format!("{}-{}", name.replace(['_', '.'], "-"), random_suffix(5))
    } else {
        name.to_string()
    }
}

fn container(name: &str, image: &str, command: &[String]) -> Map<String, Value> {
    let mut c = Map::new();
    c.insert("name".into(), json!(name));
    c.insert("image".into(), json!(image));
    if !command.is_empty() {
        c.insert("command".into(), json!(command));
    }
    c.insert("resources".into(), json!({}));
    c
}

impl Deployment {
    /// `CreateDeploymentOptions.Validate`.
    pub fn validate(&self) -> GenResult<()> {
        if self.images.len() > 1 && !self.command.is_empty() {
            return Err(GenError::new(
                "cannot specify multiple --image options and command",
            ));
        }
        Ok(())
    }

    pub fn generate(&self) -> Value {
        let labels = json!({"app": self.name});
        let mut containers: Vec<Value> = self
            .images
            .iter()
            .map(|image| {
                Value::Object(container(
                    &container_name_for_image(image),
                    image,
                    &self.command,
                ))
            })
            .collect();
        if self.port >= 0
            && let Some(first) = containers.first_mut().and_then(Value::as_object_mut)
        {
            first.insert("ports".into(), json!([{"containerPort": self.port}]));
        }
        let mut metadata = meta(&self.name, self.namespace.as_deref());
        metadata["labels"] = labels.clone();
        json!({
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": metadata,
            "spec": {
                "replicas": self.replicas,
                "selector": {"matchLabels": labels},
                "template": {
                    "metadata": {"creationTimestamp": null, "labels": labels},
                    "spec": {"containers": containers},
                },
                "strategy": {},
            },
            "status": {},
        })
    }
}

/// `create job NAME --image` (not `--from`).
pub fn job(name: &str, namespace: Option<&str>, image: &str, command: &[String]) -> Value {
    json!({
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": meta(name, namespace),
        "spec": {
            "template": {
                "metadata": {"creationTimestamp": null},
                "spec": {
                    "containers": [container(name, image, command)],
                    "restartPolicy": "Never",
                },
            },
        },
        "status": {},
    })
}

/// `create job NAME --from=cronjob/X`: the CronJob's job template, owned by the CronJob
/// (`createJobFromCronJob`; `controller: true` without `blockOwnerDeletion` on purpose there).
pub fn job_from_cronjob(name: &str, namespace: Option<&str>, cronjob: &Value) -> Value {
    let template = &cronjob["spec"]["jobTemplate"];
    let mut annotations = Map::new();
    annotations.insert("cronjob.kubernetes.io/instantiate".into(), json!("manual"));
    if let Some(extra) = template["metadata"]["annotations"].as_object() {
        for (k, v) in extra {
            annotations.insert(k.clone(), v.clone());
        }
    }
    let mut metadata = meta(name, namespace);
    if let Some(labels) = template["metadata"]["labels"].as_object()
        && !labels.is_empty()
    {
        metadata["labels"] = Value::Object(labels.clone());
    }
    metadata["annotations"] = Value::Object(annotations);
    let mut owner = Map::new();
    owner.insert("apiVersion".into(), json!("batch/v1"));
    owner.insert("kind".into(), json!("CronJob"));
    owner.insert("name".into(), cronjob["metadata"]["name"].clone());
    owner.insert(
        "uid".into(),
        json!(cronjob["metadata"]["uid"].as_str().unwrap_or_default()),
    );
    owner.insert("controller".into(), json!(true));
    metadata["ownerReferences"] = json!([owner]);
    let mut spec = template.get("spec").cloned().unwrap_or(json!({}));
    if let Some(pod_template) = spec.get_mut("template") {
        super::ensure_template_meta(pod_template);
    } else {
        spec["template"] =
            json!({"metadata": {"creationTimestamp": null}, "spec": {"containers": null}});
    }
    json!({
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": metadata,
        "spec": spec,
        "status": {},
    })
}

/// `create cronjob`.
pub fn cronjob(
    name: &str,
    namespace: Option<&str>,
    image: &str,
    schedule: &str,
    restart: &str,
    command: &[String],
) -> Value {
    let mut pod_spec = Map::new();
    pod_spec.insert(
        "containers".into(),
        json!([container(name, image, command)]),
    );
    if !restart.is_empty() {
        pod_spec.insert("restartPolicy".into(), json!(restart));
    }
    json!({
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": meta(name, namespace),
        "spec": {
            "schedule": schedule,
            "jobTemplate": {
                "metadata": {"name": name, "creationTimestamp": null},
                "spec": {
                    "template": {
                        "metadata": {"creationTimestamp": null},
                        "spec": pod_spec,
                    },
                },
            },
        },
        "status": {},
    })
}

/// The parameters of `run`'s pod generator.
#[derive(Debug, Clone, Default)]
pub struct RunPod {
    pub name: String,
    pub namespace: Option<String>,
    pub image: String,
    /// `--labels`; empty gives `run=NAME`.
    pub labels: String,
    pub annotations: Vec<String>,
    pub env: Vec<String>,
    pub port: String,
    pub restart: String,
    pub image_pull_policy: String,
    pub command: bool,
    pub args: Vec<String>,
    pub stdin: bool,
    pub leave_stdin_open: bool,
    pub tty: bool,
    pub privileged: bool,
}

/// `parseEnvs`.
fn parse_envs(envs: &[String]) -> GenResult<Vec<Value>> {
    envs.iter()
        .map(|env| {
            let Some((name, value)) = env.split_once('=') else {
                return Err(GenError::new(format!("invalid env: {env}")));
            };
            if name.is_empty() || !validation::env_var_name_errors(name).is_empty() {
                return Err(GenError::new(format!("invalid env: {env}")));
            }
            Ok(json!({"name": name, "value": value}))
        })
        .collect()
}

/// cmdutil `ParsePairs(…, "annotations", false)`: `key=value` pairs, the last one wins; every
/// malformed pair is listed in one error.
fn parse_annotations(pairs: &[String]) -> GenResult<Map<String, Value>> {
    let mut out = Map::new();
    let mut invalid: Vec<&str> = Vec::new();
    for pair in pairs {
        match pair.split_once('=') {
            Some((k, v)) if !k.is_empty() => {
                out.insert(k.to_string(), json!(v));
            }
            _ => invalid.push(pair),
        }
    }
    if invalid.is_empty() {
        Ok(out)
    } else {
        Err(GenError::new(format!(
            "invalid annotations format: {}",
            invalid.join(", ")
        )))
    }
}

impl RunPod {
    pub fn generate(&self) -> GenResult<Value> {
        let env = parse_envs(&self.env)?;
        let annotations = parse_annotations(&self.annotations)?;
        let labels = if self.labels.is_empty() {
            json!({"run": self.name})
        } else {
            Value::Object(super::parse_labels(&self.labels)?)
        };
        let mut c = Map::new();
        c.insert("name".into(), json!(self.name));
        c.insert("image".into(), json!(self.image));
        if !self.args.is_empty() {
            let key = if self.command { "command" } else { "args" };
            c.insert(key.into(), json!(self.args));
        }
        if !self.port.is_empty() {
            let port: i64 = self.port.parse().map_err(|_| {
                GenError::new(format!(
                    "strconv.Atoi: parsing {:?}: invalid syntax",
                    self.port
                ))
            })?;
            c.insert("ports".into(), json!([{"containerPort": port as i32}]));
        }
        if !env.is_empty() {
            c.insert("env".into(), json!(env));
        }
        c.insert("resources".into(), json!({}));
        if !self.image_pull_policy.is_empty() {
            c.insert("imagePullPolicy".into(), json!(self.image_pull_policy));
        }
        if self.privileged {
            c.insert("securityContext".into(), json!({"privileged": true}));
        }
        if self.stdin {
            c.insert("stdin".into(), json!(true));
            if !self.leave_stdin_open {
                c.insert("stdinOnce".into(), json!(true));
            }
        }
        if self.tty {
            c.insert("tty".into(), json!(true));
        }
        let mut metadata = meta(&self.name, self.namespace.as_deref());
        metadata["labels"] = labels;
        if !annotations.is_empty() {
            metadata["annotations"] = Value::Object(annotations);
        }
        let restart = if self.restart.is_empty() {
            "Always"
        } else {
            &self.restart
        };
        Ok(json!({
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": metadata,
            "spec": {
                "containers": [c],
                "restartPolicy": restart,
                "dnsPolicy": "ClusterFirst",
            },
            "status": {},
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn container_names_from_images() {
        assert_eq!(container_name_for_image("nginx"), "nginx");
        assert_eq!(container_name_for_image("a/b/busybox:1.2"), "busybox");
        assert_eq!(container_name_for_image("x@sha256:abc"), "x");
        let n = container_name_for_image("my_img");
        assert!(n.starts_with("my-img-") && n.len() == 12, "{n}");
    }

    #[test]
    fn deployment_port_on_first_container() {
        let d = Deployment {
            name: "web".into(),
            images: vec!["nginx".into(), "redis".into()],
            replicas: 2,
            port: 80,
            ..Default::default()
        };
        let v = d.generate();
        assert_eq!(
            v["spec"]["template"]["spec"]["containers"][0]["ports"],
            json!([{"containerPort": 80}])
        );
        assert!(v["spec"]["template"]["spec"]["containers"][1]["ports"].is_null());
    }

    #[test]
    fn run_pod_errors() {
        let pod = RunPod {
            name: "p".into(),
            image: "i".into(),
            env: vec!["1A=b".into()],
            ..Default::default()
        };
        assert_eq!(pod.generate().unwrap_err().to_string(), "invalid env: 1A=b");
    }
}
