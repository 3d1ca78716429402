//! Services and Ingresses: `create service clusterip|nodeport|loadbalancer|externalname`
//! (create_service.go), the service `expose` builds (expose.go `createService`) and
//! `create ingress` (create_ingress.go). Pure.

use serde_json::{Map, Value, json};

use super::{GenError, GenResult, int_or_string, meta, parse_labels, validation};

/// `create service TYPE` options.
#[derive(Debug, Clone, Default)]
pub struct CreateService {
    pub name: String,
    pub namespace: Option<String>,
    /// `ClusterIP`, `NodePort`, `LoadBalancer`, `ExternalName`.
    pub service_type: String,
    pub tcp: Vec<String>,
    pub cluster_ip: String,
    pub node_port: i64,
    pub external_name: String,
}

/// utils/net `ParsePort(s, true)`'s errors are strconv's.
fn parse_port(text: &str) -> GenResult<i64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(GenError::new(format!(
            "strconv.ParseUint: parsing {text:?}: invalid syntax"
        )));
    }
    match text.parse::<u16>() {
        Ok(p) => Ok(p as i64),
        Err(_) => Err(GenError::new(format!(
            "strconv.ParseUint: parsing {text:?}: value out of range"
        ))),
    }
}

/// `parsePorts`: `port[:targetPort]`, the target a number or a port name.
fn parse_tcp(spec: &str) -> GenResult<(i64, Value)> {
    let parts: Vec<&str> = spec.split(':').collect();
    let port = parse_port(parts[0])?;
    if parts.len() == 1 {
        return Ok((port, json!(port)));
    }
    let target = parts[1];
    match target.parse::<i64>() {
        Ok(n) => {
            let errs = validation::port_num_errors(n);
            if !errs.is_empty() {
                return Err(GenError::new(errs.join(",")));
            }
            Ok((port, json!(n)))
        }
        Err(_) => {
            let errs = validation::port_name_errors(target);
            if !errs.is_empty() {
                return Err(GenError::new(errs.join(",")));
            }
            Ok((port, json!(target)))
        }
    }
}

impl CreateService {
    /// `ServiceOptions.Validate`.
    pub fn validate(&self) -> GenResult<()> {
        if self.cluster_ip == "None" && self.service_type != "ClusterIP" {
            return Err(GenError::new(
                "ClusterIP=None can only be used with ClusterIP service type",
            ));
        }
        if self.cluster_ip != "None" && self.tcp.is_empty() && self.service_type != "ExternalName" {
            return Err(GenError::new(
                "at least one tcp port specifier must be provided",
            ));
        }
        if self.service_type == "ExternalName"
            && !validation::is_dns1123_subdomain(&self.external_name)
        {
            return Err(GenError::new(format!(
                "invalid service external name {}",
                self.external_name
            )));
        }
        Ok(())
    }

    pub fn generate(&self) -> GenResult<Value> {
        let mut ports = Vec::new();
        for spec in &self.tcp {
            let (port, target) = parse_tcp(spec)?;
            let mut p = Map::new();
            p.insert("name".into(), json!(spec.replace(':', "-")));
            p.insert("protocol".into(), json!("TCP"));
            p.insert("port".into(), json!(port));
            p.insert("targetPort".into(), target);
            if self.node_port != 0 {
                p.insert("nodePort".into(), json!(self.node_port));
            }
            ports.push(Value::Object(p));
        }
        let labels = json!({"app": self.name});
        let mut metadata = meta(&self.name, self.namespace.as_deref());
        metadata["labels"] = labels.clone();
        let mut spec = Map::new();
        if !ports.is_empty() {
            spec.insert("ports".into(), json!(ports));
        }
        spec.insert("selector".into(), labels);
        if !self.cluster_ip.is_empty() {
            spec.insert("clusterIP".into(), json!(self.cluster_ip));
        }
        spec.insert("type".into(), json!(self.service_type));
        if !self.external_name.is_empty() {
            spec.insert("externalName".into(), json!(self.external_name));
        }
        Ok(json!({
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": metadata,
            "spec": spec,
            "status": {"loadBalancer": {}},
        }))
    }
}

/// The options of `expose` once the exposed object filled in what the flags left out.
#[derive(Debug, Clone, Default)]
pub struct Expose {
    pub name: String,
    pub default_name: String,
    pub namespace: Option<String>,
    pub selector: String,
    pub labels: String,
    pub port: String,
    /// Several ports found on the object, comma-separated.
    pub ports: String,
    pub protocol: String,
    /// `port/PROTO,…` found on the object.
    pub protocols: Vec<(String, String)>,
    pub target_port: String,
    pub external_ip: String,
    pub service_type: String,
    pub load_balancer_ip: String,
    pub session_affinity: String,
    pub cluster_ip: String,
}

impl Expose {
    /// expose.go `createService`.
    pub fn generate(&self) -> GenResult<Value> {
        if self.selector.is_empty() {
            return Err(GenError::new("selector must be specified"));
        }
        let selector = parse_labels(&self.selector)?;
        let labels = if self.labels.is_empty() {
            None
        } else {
            Some(parse_labels(&self.labels)?)
        };
        let name = if self.name.is_empty() {
            &self.default_name
        } else {
            &self.name
        };
        if name.is_empty() {
            return Err(GenError::new("name must be specified"));
        }
        let port_string = if self.ports.is_empty() {
            &self.port
        } else {
            &self.ports
        };
        let mut ports: Vec<Value> = Vec::new();
        if !port_string.is_empty() {
            let list: Vec<&str> = port_string.split(',').collect();
            for (i, text) in list.iter().enumerate() {
                let port: i64 = text.parse().map_err(|_| {
                    GenError::new(format!("strconv.Atoi: parsing {text:?}: invalid syntax"))
                })?;
                let port_name = if list.len() > 1 {
                    format!("port-{}", i + 1)
                } else {
                    String::new()
                };
                let found: Vec<&str> = self
                    .protocols
                    .iter()
                    .filter(|(p, _)| p == text)
                    .map(|(_, proto)| proto.as_str())
                    .collect();
                let protocol = if !self.protocol.is_empty() {
                    self.protocol.clone()
                } else if found.len() > 1 {
                    for proto in &found {
                        ports.push(service_port(
                            &format!("port-{}-{}", i + 1, proto.to_lowercase()),
                            proto,
                            port,
                        ));
                    }
                    continue;
                } else {
                    found.first().copied().unwrap_or("TCP").to_string()
                };
                ports.push(service_port(&port_name, &protocol, port));
            }
        }
        let target = if self.target_port.is_empty() {
            None
        } else {
            Some(int_or_string(&self.target_port))
        };
        for p in ports.iter_mut() {
            p["targetPort"] = target.clone().unwrap_or_else(|| p["port"].clone());
        }
        let mut metadata = meta(name, self.namespace.as_deref());
        if let Some(labels) = labels {
            metadata["labels"] = Value::Object(labels);
        }
        let mut spec = Map::new();
        if !ports.is_empty() {
            spec.insert("ports".into(), json!(ports));
        }
        spec.insert("selector".into(), Value::Object(selector));
        if !self.external_ip.is_empty() {
            spec.insert("externalIPs".into(), json!([self.external_ip]));
        }
        if !self.service_type.is_empty() {
            spec.insert("type".into(), json!(self.service_type));
        }
        if self.service_type == "LoadBalancer" && !self.load_balancer_ip.is_empty() {
            spec.insert("loadBalancerIP".into(), json!(self.load_balancer_ip));
        }
        match self.session_affinity.as_str() {
            "" => {}
            "None" | "ClientIP" => {
                spec.insert("sessionAffinity".into(), json!(self.session_affinity));
            }
            other => {
                return Err(GenError::new(format!("unknown session affinity: {other}")));
            }
        }
        if !self.cluster_ip.is_empty() {
            spec.insert("clusterIP".into(), json!(self.cluster_ip));
        }
        Ok(json!({
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": metadata,
            "spec": spec,
            "status": {"loadBalancer": {}},
        }))
    }
}

fn service_port(name: &str, protocol: &str, port: i64) -> Value {
    let mut p = Map::new();
    if !name.is_empty() {
        p.insert("name".into(), json!(name));
    }
    p.insert("protocol".into(), json!(protocol));
    p.insert("port".into(), json!(port));
    Value::Object(p)
}

/// `create ingress` options.
#[derive(Debug, Clone, Default)]
pub struct Ingress {
    pub name: String,
    pub namespace: Option<String>,
    pub class: String,
    pub rules: Vec<String>,
    pub default_backend: String,
    pub annotations: Vec<String>,
}

/// Characters of Go's `\w` plus `-` (the svcname/svcport/secret classes of the rule regex).
fn word_dash(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// `ruleRegex`: `^[\w*.-]*/.*=[\w-]+:[\w-]+(,tls=?[\w-]+?)?` (unanchored at the end, so any
/// tail after a valid prefix passes, as in kubectl).
fn rule_matches(rule: &str) -> bool {
    let Some(slash) = rule.find('/') else {
        return false;
    };
    let host = &rule[..slash];
    if !host
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'*' | b'-' | b'.'))
    {
        return false;
    }
    // The path is `.*` (greedy, with backtracking): some `=svc:port` must follow it.
    let rest = &rule[slash..];
    rest.match_indices('=').any(|(i, _)| {
        let after = &rest[i + 1..];
        let Some((svc, tail)) = after.split_once(':') else {
            return false;
        };
        let port: String = tail
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        word_dash(svc) && !port.is_empty()
    })
}

fn backend(service: &str) -> Value {
    let mut parts = service.split(':');
    let name = parts.next().unwrap_or_default();
    let port = parts.next().unwrap_or_default();
    let port_json = match int_or_string(port) {
        Value::Number(n) => json!({"number": n}),
        other => json!({"name": other}),
    };
    json!({"service": {"name": name, "port": port_json}})
}

fn http_path(pathsvc: &str) -> Value {
    let mut split = pathsvc.split('=');
    let mut path = format!("/{}", split.next().unwrap_or_default());
    let service = split.next().unwrap_or_default();
    let mut path_type = "Exact";
    if path.ends_with('*') {
        path_type = "Prefix";
        path.pop();
    }
    json!({"path": path, "pathType": path_type, "backend": backend(service)})
}

impl Ingress {
    /// `CreateIngressOptions.Validate`.
    pub fn validate(&self) -> GenResult<()> {
        if self.default_backend.is_empty() && self.rules.is_empty() {
            return Err(GenError::new(
                "not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)",
            ));
        }
        for rule in &self.rules {
            if !rule_matches(rule) {
                return Err(GenError::new(format!(
                    "rule {rule} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]"
                )));
            }
        }
        for a in &self.annotations {
            if !a.contains('=') {
                return Err(GenError::new(format!(
                    "annotation {a} is invalid and should be in format key=[value]"
                )));
            }
        }
        if !self.default_backend.is_empty() && self.default_backend.split(':').count() != 2 {
            return Err(GenError::new(
                "default-backend should be in format servicename:serviceport",
            ));
        }
        Ok(())
    }

    pub fn generate(&self) -> Value {
        let annotations: Map<String, Value> = self
            .annotations
            .iter()
            .filter_map(|a| a.split_once('='))
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect();
        let mut spec = Map::new();
        if !self.class.is_empty() {
            spec.insert("ingressClassName".into(), json!(self.class));
        }
        if !self.default_backend.is_empty() {
            spec.insert("defaultBackend".into(), backend(&self.default_backend));
        }
        // buildTLSRules: hosts grouped by secret, each host once.
        let mut tls: Vec<(Vec<String>, String)> = Vec::new();
        let mut seen_hosts: Vec<String> = Vec::new();
        for rule in &self.rules {
            let pieces: Vec<&str> = rule.split(',').collect();
            if pieces.len() != 2 {
                continue;
            }
            let host = rule.split('/').next().unwrap_or_default().to_string();
            let secret = pieces[1].split('=').nth(1).unwrap_or_default().to_string();
            if seen_hosts.contains(&host) {
                continue;
            }
            if let Some(entry) = tls.iter_mut().find(|(_, s)| *s == secret) {
                entry.0.push(host.clone());
                seen_hosts.push(host);
                continue;
            }
            let hosts = if host.is_empty() {
                Vec::new()
            } else {
                vec![host.clone()]
            };
            if !secret.is_empty() || !hosts.is_empty() {
                tls.push((hosts, secret));
            }
            seen_hosts.push(host);
        }
        if !tls.is_empty() {
            let entries: Vec<Value> = tls
                .into_iter()
                .map(|(hosts, secret)| {
                    let mut e = Map::new();
                    if !hosts.is_empty() {
                        e.insert("hosts".into(), json!(hosts));
                    }
                    if !secret.is_empty() {
                        e.insert("secretName".into(), json!(secret));
                    }
                    Value::Object(e)
                })
                .collect();
            spec.insert("tls".into(), json!(entries));
        }
        let mut rules: Vec<(String, Vec<Value>)> = Vec::new();
        for rule in &self.rules {
            let without_tls = rule.split(',').next().unwrap_or_default();
            let (host, pathsvc) = without_tls.split_once('/').unwrap_or((without_tls, ""));
            let path = http_path(pathsvc);
            match rules.iter_mut().find(|(h, _)| h == host) {
                Some((_, paths)) => paths.push(path),
                None => rules.push((host.to_string(), vec![path])),
            }
        }
        if !rules.is_empty() {
            let entries: Vec<Value> = rules
                .into_iter()
                .map(|(host, paths)| {
                    let mut e = Map::new();
                    if !host.is_empty() {
                        e.insert("host".into(), json!(host));
                    }
                    e.insert("http".into(), json!({"paths": paths}));
                    Value::Object(e)
                })
                .collect();
            spec.insert("rules".into(), json!(entries));
        }
        let mut metadata = meta(&self.name, self.namespace.as_deref());
        if !annotations.is_empty() {
            metadata["annotations"] = Value::Object(annotations);
        }
        json!({
            "apiVersion": "networking.k8s.io/v1",
            "kind": "Ingress",
            "metadata": metadata,
            "spec": spec,
            "status": {"loadBalancer": {}},
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tcp_specs() {
        assert_eq!(parse_tcp("80:8080").unwrap(), (80, json!(8080)));
        assert_eq!(parse_tcp("443").unwrap(), (443, json!(443)));
        assert_eq!(parse_tcp("80:http").unwrap(), (80, json!("http")));
        assert_eq!(
            parse_tcp("abc").unwrap_err().to_string(),
            "strconv.ParseUint: parsing \"abc\": invalid syntax"
        );
        assert_eq!(
            parse_tcp("80:0").unwrap_err().to_string(),
            "must be between 1 and 65535, inclusive"
        );
    }

    #[test]
    fn ingress_rules() {
        assert!(rule_matches("foo.com/bar*=svc:8080,tls=sec"));
        assert!(rule_matches("/=svc:http"));
        assert!(!rule_matches("foo"));
        assert!(!rule_matches("foo.com/bar=svc"));
    }

    #[test]
    fn expose_multi_protocol_ports() {
        let e = Expose {
            default_name: "x".into(),
            selector: "a=b".into(),
            port: "53".into(),
            protocols: vec![("53".into(), "TCP".into()), ("53".into(), "UDP".into())],
            ..Default::default()
        };
        let v = e.generate().unwrap();
        assert_eq!(
            v["spec"]["ports"],
            json!([
                {"name": "port-1-tcp", "protocol": "TCP", "port": 53, "targetPort": 53},
                {"name": "port-1-udp", "protocol": "UDP", "port": 53, "targetPort": 53}
            ])
        );
    }
}
