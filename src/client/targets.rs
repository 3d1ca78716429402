//! Command-line arguments → what to fetch (kubectl's `resource.Builder` argument rules):
//! `TYPE`, `TYPE NAME…`, `TYPE1,TYPE2 [NAME…]`, `TYPE/NAME…`. Pure: no network.

use super::discovery::{ApiResource, Discovery};

/// One resource type and either every object of it or the named ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub resource: ApiResource,
    /// Empty: list the collection.
    pub names: Vec<String>,
    /// Set when the objects came from a manifest that names its namespace.
    pub namespace: Option<String>,
}

/// The arguments as typed, before discovery.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgForm {
    /// `TYPE[,TYPE…] [NAME…]`
    Types {
        types: Vec<String>,
        names: Vec<String>,
    },
    /// `TYPE/NAME…`, in order.
    Pairs(Vec<(String, String)>),
}

/// Why the arguments cannot name anything; `Display` is kubectl's text without `error: `.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TargetError {
    #[error(
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. '{program} get resource/<resource_name>' instead of '{program} get resource resource/<resource_name>'"
    )]
    MixedForms { program: String },
    #[error("the server doesn't have a resource type {0:?}")]
    UnknownType(String),
    #[error("arguments in resource/name form must have a single resource and name")]
    BadPair,
}

pub fn parse_args(args: &[String], program: &str) -> Result<ArgForm, TargetError> {
    if args.iter().any(|a| a.contains('/')) {
        let mut pairs = Vec::new();
        for a in args {
            match a.split_once('/') {
                Some((t, n)) if !t.is_empty() && !n.is_empty() && !n.contains('/') => {
                    pairs.push((t.to_string(), n.to_string()))
                }
                Some(_) => return Err(TargetError::BadPair),
                None => {
                    return Err(TargetError::MixedForms {
                        program: program.to_string(),
                    });
                }
            }
        }
        return Ok(ArgForm::Pairs(pairs));
    }
    let types = args
        .first()
        .map(|t| {
            t.split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    Ok(ArgForm::Types {
        types,
        names: args.iter().skip(1).cloned().collect(),
    })
}

/// Resolves the argument form against discovery, keeping kubectl's order: types in the order
/// given (a category expands in place), pairs grouped by consecutive type.
pub fn resolve(form: &ArgForm, discovery: &Discovery) -> Result<Vec<Target>, TargetError> {
    let lookup = |t: &str| {
        let found = discovery.resolve(t);
        if found.is_empty() {
            Err(TargetError::UnknownType(t.to_string()))
        } else {
            Ok(found)
        }
    };
    let mut targets: Vec<Target> = Vec::new();
    match form {
        ArgForm::Types { types, names } => {
            for t in types {
                for resource in lookup(t)? {
                    targets.push(Target {
                        resource,
                        names: names.clone(),
                        namespace: None,
                    });
                }
            }
        }
        ArgForm::Pairs(pairs) => {
            for (t, name) in pairs {
                let resource = lookup(t)?.remove(0);
                match targets.last_mut() {
                    Some(last) if last.resource == resource => last.names.push(name.clone()),
                    _ => targets.push(Target {
                        resource,
                        names: vec![name.clone()],
                        namespace: None,
                    }),
                }
            }
        }
    }
    Ok(targets)
}

/// Targets for manifest objects (`-f`), in file order; consecutive objects of one type and
/// namespace share a target. `explicit_namespace` is `-n` when given: an object in another
/// namespace is an error, as in kubectl.
pub fn from_manifests(
    manifests: &[crate::manifest::Manifest],
    discovery: &Discovery,
    explicit_namespace: Option<&str>,
) -> Result<(Vec<Target>, Vec<String>), String> {
    let mut targets: Vec<Target> = Vec::new();
    let mut skipped: Vec<String> = Vec::new();
    for m in manifests {
        let api_version = m.object["apiVersion"].as_str().unwrap_or_default();
        let kind = m.object["kind"].as_str().unwrap_or_default();
        let (group, version) = match api_version.split_once('/') {
            Some((g, v)) => (g, v),
            None => ("", api_version),
        };
        let Some(resource) = discovery
            .resources
            .iter()
            .find(|r| r.group == group && r.version == version && r.kind == kind)
            .cloned()
        else {
            return Err(format!(
                "resource mapping not found for name: {:?} namespace: {:?} from {:?}: no matches for kind {kind:?} in version {api_version:?}\nensure CRDs are installed first",
                m.object["metadata"]["name"].as_str().unwrap_or_default(),
                m.object["metadata"]["namespace"]
                    .as_str()
                    .unwrap_or_default(),
                m.source
            ));
        };
        let name = m.object["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let object_ns = m.object["metadata"]["namespace"]
            .as_str()
            .filter(|s| !s.is_empty());
        if let (Some(flag), Some(obj)) = (explicit_namespace, object_ns)
            && resource.namespaced
            && flag != obj
        {
            // One object in the wrong namespace does not stop the others (ContinueOnError).
            skipped.push(format!(
                "the namespace from the provided object {obj:?} does not match the namespace {flag:?}. You must pass '--namespace={obj}' to perform this operation."
            ));
            continue;
        }
        let namespace = object_ns.map(str::to_string);
        match targets.last_mut() {
            Some(last) if last.resource == resource && last.namespace == namespace => {
                last.names.push(name)
            }
            _ => targets.push(Target {
                resource,
                names: vec![name],
                namespace,
            }),
        }
    }
    Ok((targets, skipped))
}

/// What a verb's arguments name: the argument form, or the objects of `-f` manifests.
pub enum Source {
    Args(ArgForm),
    Manifests(Vec<crate::manifest::Manifest>),
}

impl Source {
    /// Reads `-f` manifests when given, else parses the arguments (`program` words kubectl's
    /// mixed-form error).
    pub fn read(
        args: &[String],
        filenames: &[String],
        recursive: bool,
        program: &str,
        input: &mut dyn std::io::Read,
    ) -> crate::error::Result<Source> {
        if filenames.is_empty() {
            parse_args(args, program)
                .map(Source::Args)
                .map_err(|e| crate::error::Error::msg(e.to_string()))
        } else {
            crate::manifest::read_all(filenames, recursive, input).map(Source::Manifests)
        }
    }

    fn resolve(
        &self,
        discovery: &Discovery,
        explicit_namespace: Option<&str>,
    ) -> Result<(Vec<Target>, Vec<String>), String> {
        match self {
            Source::Args(form) => resolve(form, discovery)
                .map(|t| (t, Vec::new()))
                .map_err(|e| e.to_string()),
            Source::Manifests(manifests) => {
                from_manifests(manifests, discovery, explicit_namespace)
            }
        }
    }
}

/// Resolves against cached discovery, refreshing it once when something is not found (a
/// CRD created since the cache was written). Returns the targets and per-object errors.
pub async fn resolve_with_refresh(
    client: &super::Client,
    cache_dir: &std::path::Path,
    source: &Source,
    explicit_namespace: Option<&str>,
) -> crate::error::Result<(Vec<Target>, Vec<String>)> {
    let discovery = client.discovery(cache_dir, false).await?;
    match source.resolve(&discovery, explicit_namespace) {
        Ok(found) => Ok(found),
        Err(_) => {
            let fresh = client.discovery(cache_dir, true).await?;
            source
                .resolve(&fresh, explicit_namespace)
                .map_err(crate::error::Error::msg)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn argument_forms() {
        assert_eq!(
            parse_args(&s(&["pods,svc", "a", "b"]), "kubectl"),
            Ok(ArgForm::Types {
                types: s(&["pods", "svc"]),
                names: s(&["a", "b"])
            })
        );
        assert_eq!(
            parse_args(&s(&["pod/a", "svc/b"]), "kubectl"),
            Ok(ArgForm::Pairs(vec![
                ("pod".into(), "a".into()),
                ("svc".into(), "b".into())
            ]))
        );
        assert_eq!(
            parse_args(&s(&["pods", "x/y"]), "kctl"),
            Err(TargetError::MixedForms {
                program: "kctl".into()
            })
        );
    }
}
