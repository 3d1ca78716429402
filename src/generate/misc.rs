//! The small generators: namespace, serviceaccount, quota, poddisruptionbudget, priorityclass
//! (create_namespace.go, create_serviceaccount.go, create_quota.go, create_pdb.go,
//! create_priorityclass.go). Pure.

use serde_json::{Map, Value, json};

use super::{GenError, GenResult, int_or_string, meta};
use crate::describe::quantity::Quantity;

pub fn namespace(name: &str) -> Value {
    json!({
        "apiVersion": "v1",
        "kind": "Namespace",
        "metadata": meta(name, None),
        "spec": {},
        "status": {},
    })
}

pub fn service_account(name: &str, namespace: Option<&str>) -> Value {
    json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": meta(name, namespace)})
}

/// apimachinery's `ParseQuantity`, printed canonically as a Quantity marshals.
fn quantity(text: &str) -> GenResult<String> {
    let well_formed = {
        let t = text.strip_prefix(['+', '-']).unwrap_or(text);
        let digits = t
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(t.len());
        digits > 0
            && t[digits..].bytes().all(|b| {
                b"eEinumkKMGTP".contains(&b) || b.is_ascii_digit() || b == b'-' || b == b'+'
            })
    };
    if !well_formed || text.is_empty() {
        return Err(GenError::new(
            "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
        ));
    }
    Quantity::parse(text)
        .map(|q| q.to_string())
        .ok_or_else(|| GenError::new("unable to parse quantity's suffix"))
}

/// `create quota`.
pub fn quota(name: &str, namespace: Option<&str>, hard: &str, scopes: &str) -> GenResult<Value> {
    let mut spec = Map::new();
    if !hard.is_empty() {
        let mut list = Map::new();
        for statement in hard.split(',') {
            let parts: Vec<&str> = statement.split('=').collect();
            if parts.len() != 2 {
                return Err(GenError::new(format!(
                    "Invalid argument syntax {statement}, expected <resource>=<value>"
                )));
            }
            list.insert(parts[0].to_string(), json!(quantity(parts[1])?));
        }
        spec.insert("hard".into(), Value::Object(list));
    }
    if !scopes.is_empty() {
        let mut list = Vec::new();
        for scope in scopes.split(',') {
            if scope.is_empty() {
                return Err(GenError::new("invalid resource quota scope \"\""));
            }
            list.push(json!(scope));
        }
        spec.insert("scopes".into(), json!(list));
    }
    Ok(json!({
        "apiVersion": "v1",
        "kind": "ResourceQuota",
        "metadata": meta(name, namespace),
        "spec": spec,
        "status": {},
    }))
}

/// `create poddisruptionbudget` options.
#[derive(Debug, Clone, Default)]
pub struct Pdb {
    pub name: String,
    pub namespace: Option<String>,
    pub selector: String,
    pub min_available: String,
    pub max_unavailable: String,
}

fn count_or_percent(s: &str) -> bool {
    let digits = s.strip_suffix('%').unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// metav1 `ParseToLabelSelector` for the equality forms (`a=b`, `a==b`, `a!=b`, `a`, `!a`).
fn label_selector(spec: &str) -> GenResult<Value> {
    let mut labels = Map::new();
    let mut expressions = Vec::new();
    for term in spec.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if let Some((k, v)) = term.split_once("!=") {
            expressions.push(json!({"key": k.trim(), "operator": "NotIn", "values": [v.trim()]}));
        } else if let Some((k, v)) = term.split_once("==").or_else(|| term.split_once('=')) {
            labels.insert(k.trim().to_string(), json!(v.trim()));
        } else if let Some(k) = term.strip_prefix('!') {
            expressions.push(json!({"key": k.trim(), "operator": "DoesNotExist"}));
        } else if term.contains([' ', '(']) {
            return Err(GenError::new(format!(
                "unable to parse requirement: {term}"
            )));
        } else {
            expressions.push(json!({"key": term, "operator": "Exists"}));
        }
    }
    let mut selector = Map::new();
    if !labels.is_empty() {
        selector.insert("matchLabels".into(), Value::Object(labels));
    }
    if !expressions.is_empty() {
        selector.insert("matchExpressions".into(), json!(expressions));
    }
    Ok(Value::Object(selector))
}

impl Pdb {
    pub fn validate(&self) -> GenResult<()> {
        if self.selector.is_empty() {
            return Err(GenError::new("a selector must be specified"));
        }
        if self.max_unavailable.is_empty() && self.min_available.is_empty() {
            return Err(GenError::new(
                "one of min-available or max-unavailable must be specified",
            ));
        }
        if !self.max_unavailable.is_empty() && !self.min_available.is_empty() {
            return Err(GenError::new(
                "min-available and max-unavailable cannot be both specified",
            ));
        }
        if !self.min_available.is_empty() && !count_or_percent(&self.min_available) {
            return Err(GenError::new("invalid format specified for min-available"));
        }
        if !self.max_unavailable.is_empty() && !count_or_percent(&self.max_unavailable) {
            return Err(GenError::new(
                "invalid format specified for max-unavailable",
            ));
        }
        Ok(())
    }

    pub fn generate(&self) -> GenResult<Value> {
        let mut spec = Map::new();
        if !self.min_available.is_empty() {
            spec.insert("minAvailable".into(), int_or_string(&self.min_available));
        }
        spec.insert("selector".into(), label_selector(&self.selector)?);
        if !self.max_unavailable.is_empty() {
            spec.insert(
                "maxUnavailable".into(),
                int_or_string(&self.max_unavailable),
            );
        }
        Ok(json!({
            "apiVersion": "policy/v1",
            "kind": "PodDisruptionBudget",
            "metadata": meta(&self.name, self.namespace.as_deref()),
            "spec": spec,
            "status": {
                "disruptionsAllowed": 0,
                "currentHealthy": 0,
                "desiredHealthy": 0,
                "expectedPods": 0,
            },
        }))
    }
}

/// `create priorityclass`.
pub fn priority_class(
    name: &str,
    value: i32,
    global_default: bool,
    description: &str,
    preemption_policy: &str,
) -> Value {
    let mut pc = json!({
        "apiVersion": "scheduling.k8s.io/v1",
        "kind": "PriorityClass",
        "metadata": meta(name, None),
        "value": value,
        "preemptionPolicy": preemption_policy,
    });
    if global_default {
        pc["globalDefault"] = json!(true);
    }
    if !description.is_empty() {
        pc["description"] = json!(description);
    }
    pc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_canonical_quantities() {
        let q = quota("q", None, "cpu=1000m,memory=1024Mi,pods=2", "").unwrap();
        assert_eq!(
            q["spec"]["hard"],
            json!({"cpu": "1", "memory": "1Gi", "pods": "2"})
        );
        assert!(quota("q", None, "cpu=x", "").is_err());
        assert_eq!(
            quota("q", None, "a", "").unwrap_err().to_string(),
            "Invalid argument syntax a, expected <resource>=<value>"
        );
    }

    #[test]
    fn pdb_checks() {
        let p = Pdb {
            name: "p".into(),
            selector: "a=b".into(),
            min_available: "50%".into(),
            ..Default::default()
        };
        assert!(p.validate().is_ok());
        assert_eq!(p.generate().unwrap()["spec"]["minAvailable"], json!("50%"));
    }
}
