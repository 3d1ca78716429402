//! Pod describer and the pieces other describers share: containers, volumes, the pod
//! template (`describePod`, `describeContainers`, `describeVolumes`, `DescribePodTemplate`).

use serde_json::Value;

use super::quantity::canonical;
use super::util::{
    arr_at, at, boolean, format_label_selector, go_string_slice, has, int, int_or_string, key_str,
    non_empty, or_none, print_bool, print_controller, quantity_value, s, sorted_keys,
};
use super::writer::{self, Writer};
use crate::dw;

pub fn describe(pod: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(pod, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(pod, "/metadata/namespace"));
    if let Some(p) = pod.pointer("/spec/priority").and_then(Value::as_i64) {
        dw!(w, 0, "Priority:\t{p}\n");
    }
    let pcn = s(pod, "/spec/priorityClassName");
    if !pcn.is_empty() {
        dw!(w, 0, "Priority Class Name:\t{pcn}\n");
    }
    let rcn = s(pod, "/spec/runtimeClassName");
    if !rcn.is_empty() {
        dw!(w, 0, "Runtime Class Name:\t{rcn}\n");
    }
    let sa = s(pod, "/spec/serviceAccountName");
    if !sa.is_empty() {
        dw!(w, 0, "Service Account:\t{sa}\n");
    }
    let node = s(pod, "/spec/nodeName");
    if node.is_empty() {
        w.write(0, "Node:\t<none>\n");
    } else {
        dw!(w, 0, "Node:\t{node}/{}\n", s(pod, "/status/hostIP"));
    }
    if has(pod, "/status/startTime") {
        dw!(
            w,
            0,
            "Start Time:\t{}\n",
            writer::time_field(pod, "/status/startTime")
        );
    }
    writer::labels_multiline(&mut w, "Labels", at(pod, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(pod, "/metadata/annotations"));
    let phase = s(pod, "/status/phase");
    if has(pod, "/metadata/deletionTimestamp") && phase != "Failed" && phase != "Succeeded" {
        dw!(
            w,
            0,
            "Status:\tTerminating (lasts {})\n",
            writer::since(pod, "/metadata/deletionTimestamp", now)
        );
        dw!(
            w,
            0,
            "Termination Grace Period:\t{}s\n",
            int(pod, "/metadata/deletionGracePeriodSeconds")
        );
    } else {
        dw!(w, 0, "Status:\t{phase}\n");
    }
    let reason = s(pod, "/status/reason");
    if !reason.is_empty() {
        dw!(w, 0, "Reason:\t{reason}\n");
    }
    let message = s(pod, "/status/message");
    if !message.is_empty() {
        dw!(w, 0, "Message:\t{message}\n");
    }
    if has(pod, "/spec/securityContext/seccompProfile") {
        let t = s(pod, "/spec/securityContext/seccompProfile/type");
        dw!(w, 0, "SeccompProfile:\t{t}\n");
        if t == "Localhost" {
            dw!(
                w,
                0,
                "LocalhostProfile:\t{}\n",
                s(pod, "/spec/securityContext/seccompProfile/localhostProfile")
            );
        }
    }
    dw!(w, 0, "IP:\t{}\n", s(pod, "/status/podIP"));
    let ips = arr_at(pod, "/status/podIPs");
    if ips.is_empty() {
        w.write(0, "IPs:\t<none>\n");
    } else {
        w.write(0, "IPs:\n");
        for ip in ips {
            dw!(w, 1, "IP:\t{}\n", s(ip, "/ip"));
        }
    }
    let controlled_by = print_controller(pod);
    if !controlled_by.is_empty() {
        dw!(w, 0, "Controlled By:\t{controlled_by}\n");
    }
    let nominated = s(pod, "/status/nominatedNodeName");
    if !nominated.is_empty() {
        dw!(w, 0, "NominatedNodeName:\t{nominated}\n");
    }
    if has(pod, "/spec/resources") {
        w.write(0, "Resources:\n");
        resources(&mut w, at(pod, "/spec/resources"), 1);
    }
    if non_empty(pod, "/spec/initContainers") {
        containers(
            &mut w,
            "Init Containers",
            arr_at(pod, "/spec/initContainers"),
            Some(arr_at(pod, "/status/initContainerStatuses")),
            Some(pod),
            "",
        );
    }
    containers(
        &mut w,
        "Containers",
        arr_at(pod, "/spec/containers"),
        Some(arr_at(pod, "/status/containerStatuses")),
        Some(pod),
        "",
    );
    if non_empty(pod, "/spec/ephemeralContainers") {
        containers(
            &mut w,
            "Ephemeral Containers",
            arr_at(pod, "/spec/ephemeralContainers"),
            Some(arr_at(pod, "/status/ephemeralContainerStatuses")),
            Some(pod),
            "",
        );
    }
    let conditions = arr_at(pod, "/status/conditions");
    let gates = arr_at(pod, "/spec/readinessGates");
    if !gates.is_empty() {
        w.write(0, "Readiness Gates:\n  Type\tStatus\n");
        for g in gates {
            let t = s(g, "/conditionType");
            let status = conditions
                .iter()
                .find(|c| s(c, "/type") == t)
                .map(|c| s(c, "/status"))
                .unwrap_or("<none>");
            dw!(w, 1, "{t} \t{status} \n");
        }
    }
    if !conditions.is_empty() {
        w.write(0, "Conditions:\n  Type\tStatus\n");
        for c in conditions {
            dw!(w, 1, "{} \t{} \n", s(c, "/type"), s(c, "/status"));
        }
    }
    volumes(&mut w, arr_at(pod, "/spec/volumes"), "");
    dw!(w, 0, "QoS Class:\t{}\n", qos_class(pod));
    writer::labels_multiline(&mut w, "Node-Selectors", at(pod, "/spec/nodeSelector"));
    writer::tolerations_multiline(&mut w, "", "Tolerations", at(pod, "/spec/tolerations"));
    topology_spread(&mut w, arr_at(pod, "/spec/topologySpreadConstraints"), "");
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

/// `qos.GetPodQOS`: the status field, else computed from requests and limits.
pub fn qos_class(pod: &Value) -> String {
    let status = s(pod, "/status/qosClass");
    if !status.is_empty() {
        return status.to_string();
    }
    compute_qos(pod).to_string()
}

fn compute_qos(pod: &Value) -> &'static str {
    use std::collections::BTreeMap;
    let mut requests: BTreeMap<String, f64> = BTreeMap::new();
    let mut limits: BTreeMap<String, f64> = BTreeMap::new();
    let mut guaranteed = true;
    let positive = |list: &Value| -> Vec<(String, f64)> {
        list.as_object()
            .into_iter()
            .flatten()
            .filter(|(k, _)| *k == "cpu" || *k == "memory")
            .filter_map(|(k, v)| {
                let q = quantity_value(v.as_str().unwrap_or_default())?;
                (q > 0.0).then(|| (k.clone(), q))
            })
            .collect()
    };
    let add = |target: &mut BTreeMap<String, f64>, list: &Value| {
        for (k, q) in positive(list) {
            *target.entry(k).or_insert(0.0) += q;
        }
    };
    let mut scan = |res: &Value, guaranteed: &mut bool| {
        add(&mut requests, at(res, "/requests"));
        add(&mut limits, at(res, "/limits"));
        let lim: Vec<String> = positive(at(res, "/limits"))
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        if !(lim.iter().any(|k| k == "cpu") && lim.iter().any(|k| k == "memory")) {
            *guaranteed = false;
        }
    };
    if has(pod, "/spec/resources") {
        let res = at(pod, "/spec/resources");
        add_only_requests_then_limits(res, &mut guaranteed, &mut scan);
    } else {
        for c in arr_at(pod, "/spec/containers")
            .iter()
            .chain(arr_at(pod, "/spec/initContainers"))
        {
            scan(at(c, "/resources"), &mut guaranteed);
        }
    }
    if requests.is_empty() && limits.is_empty() {
        return "BestEffort";
    }
    if guaranteed {
        for (k, r) in &requests {
            if limits.get(k) != Some(r) {
                guaranteed = false;
                break;
            }
        }
    }
    if guaranteed && requests.len() == limits.len() {
        "Guaranteed"
    } else {
        "Burstable"
    }
}

/// Pod-level resources: kubectl only checks the limits for guaranteed-ness when limits are
/// set at all.
fn add_only_requests_then_limits(
    res: &Value,
    guaranteed: &mut bool,
    scan: &mut dyn FnMut(&Value, &mut bool),
) {
    if has(res, "/limits") {
        scan(res, guaranteed);
    } else {
        let mut ignored = true;
        scan(res, &mut ignored);
    }
}

/// `describeResources`.
pub fn resources(w: &mut Writer, res: &Value, level: usize) {
    let limits = sorted_keys(res, "/limits");
    if !limits.is_empty() {
        w.write(level, "Limits:\n");
    }
    for name in &limits {
        dw!(
            w,
            level + 1,
            "{name}:\t{}\n",
            canonical(key_str(res, "/limits", name))
        );
    }
    let requests = sorted_keys(res, "/requests");
    if !requests.is_empty() {
        w.write(level, "Requests:\n");
    }
    for name in &requests {
        dw!(
            w,
            level + 1,
            "{name}:\t{}\n",
            canonical(key_str(res, "/requests", name))
        );
    }
}

/// `describeContainers`. `statuses` is `None` for templates (no status section), `pod` is
/// `None` where kubectl passes no env resolver.
pub fn containers(
    w: &mut Writer,
    label: &str,
    list: &[Value],
    statuses: Option<&Vec<Value>>,
    pod: Option<&Value>,
    space: &str,
) {
    let none = if list.is_empty() { " <none>" } else { "" };
    dw!(w, 0, "{space}{label}:{none}\n");
    for c in list {
        let name = s(c, "/name");
        let status = statuses.and_then(|st| st.iter().rev().find(|x| s(x, "/name") == name));
        basic_info(w, c, status, space);
        command(w, c);
        if let Some(st) = status {
            state(w, "State", at(st, "/state"));
            if has(st, "/lastState/terminated") {
                state(w, "Last State", at(st, "/lastState"));
            }
            dw!(w, 2, "Ready:\t{}\n", print_bool(boolean(st, "/ready")));
            dw!(w, 2, "Restart Count:\t{}\n", int(st, "/restartCount"));
        }
        resources(w, at(c, "/resources"), 2);
        for (field, title) in [
            ("/livenessProbe", "Liveness"),
            ("/readinessProbe", "Readiness"),
            ("/startupProbe", "Startup"),
        ] {
            if has(c, field) {
                dw!(w, 2, "{title}:\t{}\n", probe(at(c, field)));
            }
        }
        if non_empty(c, "/envFrom") {
            env_from(w, c);
        }
        env(w, c, pod);
        mounts(w, c);
    }
}

fn basic_info(w: &mut Writer, c: &Value, status: Option<&Value>, space: &str) {
    let indent = if space.is_empty() { "" } else { " " };
    dw!(w, 1, "{indent}{}:\n", s(c, "/name"));
    if let Some(st) = status {
        dw!(w, 2, "Container ID:\t{}\n", s(st, "/containerID"));
    }
    dw!(w, 2, "Image:\t{}\n", s(c, "/image"));
    if let Some(st) = status {
        dw!(w, 2, "Image ID:\t{}\n", s(st, "/imageID"));
    }
    let ports = arr_at(c, "/ports");
    let port_list = |field: &str| {
        ports
            .iter()
            .map(|p| format!("{}/{}", int(p, field), s(p, "/protocol")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let container_ports = port_list("/containerPort");
    if container_ports.contains(',') {
        dw!(w, 2, "Ports:\t{container_ports}\n");
    } else {
        dw!(w, 2, "Port:\t{}\n", or_none(&container_ports));
    }
    let host_ports = port_list("/hostPort");
    if host_ports.contains(',') {
        dw!(w, 2, "Host Ports:\t{host_ports}\n");
    } else {
        dw!(w, 2, "Host Port:\t{}\n", or_none(&host_ports));
    }
    if has(c, "/securityContext/seccompProfile") {
        let t = s(c, "/securityContext/seccompProfile/type");
        dw!(w, 2, "SeccompProfile:\t{t}\n");
        if t == "Localhost" {
            dw!(
                w,
                3,
                "LocalhostProfile:\t{}\n",
                s(c, "/securityContext/seccompProfile/localhostProfile")
            );
        }
    }
}

fn command(w: &mut Writer, c: &Value) {
    for (field, title) in [("/command", "Command"), ("/args", "Args")] {
        let items = arr_at(c, field);
        if items.is_empty() {
            continue;
        }
        dw!(w, 2, "{title}:\n");
        for item in items {
            for line in item.as_str().unwrap_or_default().split('\n') {
                dw!(w, 3, "{line}\n");
            }
        }
    }
}

fn state(w: &mut Writer, name: &str, st: &Value) {
    if has(st, "/running") {
        dw!(w, 2, "{name}:\tRunning\n");
        dw!(
            w,
            3,
            "Started:\t{}\n",
            writer::time_field(st, "/running/startedAt")
        );
    } else if has(st, "/waiting") {
        dw!(w, 2, "{name}:\tWaiting\n");
        let reason = s(st, "/waiting/reason");
        if !reason.is_empty() {
            dw!(w, 3, "Reason:\t{reason}\n");
        }
    } else if has(st, "/terminated") {
        dw!(w, 2, "{name}:\tTerminated\n");
        let reason = s(st, "/terminated/reason");
        if !reason.is_empty() {
            dw!(w, 3, "Reason:\t{reason}\n");
        }
        let message = s(st, "/terminated/message");
        if !message.is_empty() {
            dw!(w, 3, "Message:\t{message}\n");
        }
        dw!(w, 3, "Exit Code:\t{}\n", int(st, "/terminated/exitCode"));
        let signal = int(st, "/terminated/signal");
        if signal > 0 {
            dw!(w, 3, "Signal:\t{signal}\n");
        }
        dw!(
            w,
            3,
            "Started:\t{}\n",
            writer::time_field(st, "/terminated/startedAt")
        );
        dw!(
            w,
            3,
            "Finished:\t{}\n",
            writer::time_field(st, "/terminated/finishedAt")
        );
    } else {
        dw!(w, 2, "{name}:\tWaiting\n");
    }
}

/// `DescribeProbe`.
pub fn probe(p: &Value) -> String {
    let attrs = format!(
        "delay={}s timeout={}s period={}s #success={} #failure={}",
        int(p, "/initialDelaySeconds"),
        int(p, "/timeoutSeconds"),
        int(p, "/periodSeconds"),
        int(p, "/successThreshold"),
        int(p, "/failureThreshold")
    );
    if has(p, "/exec") {
        format!("exec {} {attrs}", go_string_slice(at(p, "/exec/command")))
    } else if has(p, "/httpGet") {
        let scheme = s(p, "/httpGet/scheme").to_lowercase();
        let host = s(p, "/httpGet/host");
        let port = int_or_string(at(p, "/httpGet/port"));
        let hostport = if port.is_empty() {
            host.to_string()
        } else if host.contains(':') {
            format!("[{host}]:{port}")
        } else {
            format!("{host}:{port}")
        };
        let path = s(p, "/httpGet/path");
        format!("http-get {} {attrs}", go_url(&scheme, &hostport, path))
    } else if has(p, "/tcpSocket") {
        format!(
            "tcp-socket {}:{} {attrs}",
            s(p, "/tcpSocket/host"),
            int_or_string(at(p, "/tcpSocket/port"))
        )
    } else if has(p, "/grpc") {
        format!(
            "grpc <pod>:{} {} {attrs}",
            int(p, "/grpc/port"),
            s(p, "/grpc/service")
        )
    } else {
        format!("unknown {attrs}")
    }
}

/// `url.URL{Scheme, Host, Path}.String()` for the simple paths probes use.
fn go_url(scheme: &str, host: &str, path: &str) -> String {
    let mut out = String::new();
    if !scheme.is_empty() {
        out.push_str(scheme);
        out.push(':');
    }
    if !scheme.is_empty() || !host.is_empty() {
        out.push_str("//");
        out.push_str(host);
    }
    if !path.is_empty() && !path.starts_with('/') && !host.is_empty() {
        out.push('/');
    }
    for c in path.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '?' => out.push_str("%3F"),
            '#' => out.push_str("%23"),
            '%' => out.push_str("%25"),
            c => out.push(c),
        }
    }
    out
}

fn env_from(w: &mut Writer, c: &Value) {
    w.write(2, "Environment Variables from:\n");
    for e in arr_at(c, "/envFrom") {
        let (from, name, optional) = if has(e, "/configMapRef") {
            (
                "ConfigMap",
                s(e, "/configMapRef/name"),
                boolean(e, "/configMapRef/optional"),
            )
        } else if has(e, "/secretRef") {
            (
                "Secret",
                s(e, "/secretRef/name"),
                boolean(e, "/secretRef/optional"),
            )
        } else {
            ("", "", false)
        };
        let prefix = s(e, "/prefix");
        if prefix.is_empty() {
            dw!(w, 3, "{name}\t{from}\tOptional: {optional}\n");
        } else {
            dw!(
                w,
                3,
                "{name}\t{from} with prefix '{prefix}'\tOptional: {optional}\n"
            );
        }
    }
}

/// `fieldpath.ExtractFieldPathAsString` on the pod: only metadata fields resolve.
fn field_ref_value(pod: &Value, path: &str) -> String {
    let quoted_map = |m: &Value| {
        writer::string_map(m)
            .iter()
            .map(|(k, v)| format!("{k}={v:?}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    if let Some(rest) = path.strip_suffix("']")
        && let Some((field, key)) = rest.split_once("['")
    {
        let map = match field {
            "metadata.annotations" => at(pod, "/metadata/annotations"),
            "metadata.labels" => at(pod, "/metadata/labels"),
            _ => return String::new(),
        };
        return map
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
    }
    match path {
        "metadata.annotations" => quoted_map(at(pod, "/metadata/annotations")),
        "metadata.labels" => quoted_map(at(pod, "/metadata/labels")),
        "metadata.name" => s(pod, "/metadata/name").to_string(),
        "metadata.namespace" => s(pod, "/metadata/namespace").to_string(),
        "metadata.uid" => s(pod, "/metadata/uid").to_string(),
        _ => String::new(),
    }
}

/// `resourcehelper.ExtractContainerResourceValue` (cpu rounds up to the divisor, as Go's
/// `convertResourceCPUToString`; other resources likewise).
fn resource_field_value(c: &Value, rf: &Value) -> String {
    let resource = s(rf, "/resource");
    let Some((kind, name)) = resource.split_once('.') else {
        return String::new();
    };
    if kind != "limits" && kind != "requests" {
        return String::new();
    }
    let quantity = s(c, &format!("/resources/{kind}/{name}"));
    let value = quantity_value(if quantity.is_empty() { "0" } else { quantity }).unwrap_or(0.0);
    let divisor = match s(rf, "/divisor") {
        "" | "0" => 1.0,
        d => quantity_value(d).unwrap_or(1.0),
    };
    let divisor = if name == "cpu" && divisor == 0.0 {
        1.0
    } else {
        divisor
    };
    let result = (value / divisor).ceil();
    format!("{}", result as i64)
}

fn env(w: &mut Writer, c: &Value, pod: Option<&Value>) {
    let list = arr_at(c, "/env");
    let none = if list.is_empty() { "\t<none>" } else { "" };
    dw!(w, 2, "Environment:{none}\n");
    for e in list {
        let name = s(e, "/name");
        if !has(e, "/valueFrom") {
            for (i, line) in s(e, "/value").split('\n').enumerate() {
                if i == 0 {
                    dw!(w, 3, "{name}:\t{line}\n");
                } else {
                    dw!(w, 3, "\t{line}\n");
                }
            }
            continue;
        }
        let vf = at(e, "/valueFrom");
        if has(vf, "/fieldRef") {
            let path = s(vf, "/fieldRef/fieldPath");
            let value = pod.map(|p| field_ref_value(p, path)).unwrap_or_default();
            dw!(
                w,
                3,
                "{name}:\t{value} ({}:{path})\n",
                s(vf, "/fieldRef/apiVersion")
            );
        } else if has(vf, "/resourceFieldRef") {
            let rf = at(vf, "/resourceFieldRef");
            let resource = s(rf, "/resource");
            let mut value = resource_field_value(c, rf);
            if value == "0" && (resource == "limits.cpu" || resource == "limits.memory") {
                value = "node allocatable".to_string();
            }
            dw!(w, 3, "{name}:\t{value} ({resource})\n");
        } else if has(vf, "/secretKeyRef") {
            dw!(
                w,
                3,
                "{name}:\t<set to the key '{}' in secret '{}'>\tOptional: {}\n",
                s(vf, "/secretKeyRef/key"),
                s(vf, "/secretKeyRef/name"),
                boolean(vf, "/secretKeyRef/optional")
            );
        } else if has(vf, "/configMapKeyRef") {
            dw!(
                w,
                3,
                "{name}:\t<set to the key '{}' of config map '{}'>\tOptional: {}\n",
                s(vf, "/configMapKeyRef/key"),
                s(vf, "/configMapKeyRef/name"),
                boolean(vf, "/configMapKeyRef/optional")
            );
        }
    }
}

fn mounts(w: &mut Writer, c: &Value) {
    let mut list: Vec<&Value> = arr_at(c, "/volumeMounts").iter().collect();
    let none = if list.is_empty() { "\t<none>" } else { "" };
    dw!(w, 2, "Mounts:{none}\n");
    list.sort_by(|a, b| s(a, "/mountPath").cmp(s(b, "/mountPath")));
    for m in list {
        let mut flags = vec![if boolean(m, "/readOnly") { "ro" } else { "rw" }.to_string()];
        let sub = s(m, "/subPath");
        if !sub.is_empty() {
            flags.push(format!("path={sub:?}"));
        }
        dw!(
            w,
            3,
            "{} from {} ({})\n",
            s(m, "/mountPath"),
            s(m, "/name"),
            flags.join(",")
        );
    }
    let mut devices: Vec<&Value> = arr_at(c, "/volumeDevices").iter().collect();
    if !devices.is_empty() {
        dw!(w, 2, "Devices:{none}\n");
        devices.sort_by(|a, b| s(a, "/devicePath").cmp(s(b, "/devicePath")));
        for d in devices {
            dw!(w, 3, "{} from {}\n", s(d, "/devicePath"), s(d, "/name"));
        }
    }
}

/// Go's `%v` of a `*bool`: kubectl prints the pointer itself for projected sources, which is
/// an address when set; `<nil>` is the only reproducible form.
fn bool_ptr_v(v: &Value, pointer: &str) -> String {
    match v.pointer(pointer).and_then(Value::as_bool) {
        Some(b) => b.to_string(),
        None => "<nil>".to_string(),
    }
}

/// `describeVolumes`.
pub fn volumes(w: &mut Writer, list: &[Value], space: &str) {
    if list.is_empty() {
        dw!(w, 0, "{space}Volumes:\t<none>\n");
        return;
    }
    dw!(w, 0, "{space}Volumes:\n");
    let indent = if space.is_empty() { "" } else { " " };
    for v in list {
        dw!(w, 1, "{indent}{}:\n", s(v, "/name"));
        volume_source(w, v);
    }
}

pub(super) fn volume_source(w: &mut Writer, v: &Value) {
    if has(v, "/hostPath") {
        let t = s(v, "/hostPath/type");
        dw!(
            w,
            2,
            "Type:\tHostPath (bare host directory volume)\n    Path:\t{}\n    HostPathType:\t{}\n",
            s(v, "/hostPath/path"),
            if v.pointer("/hostPath/type").is_some() {
                t
            } else {
                "<none>"
            }
        );
    } else if has(v, "/emptyDir") {
        let limit = s(v, "/emptyDir/sizeLimit");
        let limit = if quantity_value(limit).is_some_and(|q| q > 0.0) {
            limit
        } else {
            "<unset>"
        };
        dw!(
            w,
            2,
            "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t{}\n    SizeLimit:\t{limit}\n",
            s(v, "/emptyDir/medium")
        );
    } else if has(v, "/gcePersistentDisk") {
        dw!(
            w,
            2,
            "Type:\tGCEPersistentDisk (a Persistent Disk resource in Google Compute Engine)\n    PDName:\t{}\n    FSType:\t{}\n    Partition:\t{}\n    ReadOnly:\t{}\n",
            s(v, "/gcePersistentDisk/pdName"),
            s(v, "/gcePersistentDisk/fsType"),
            int(v, "/gcePersistentDisk/partition"),
            boolean(v, "/gcePersistentDisk/readOnly")
        );
    } else if has(v, "/awsElasticBlockStore") {
        dw!(
            w,
            2,
            "Type:\tAWSElasticBlockStore (a Persistent Disk resource in AWS)\n    VolumeID:\t{}\n    FSType:\t{}\n    Partition:\t{}\n    ReadOnly:\t{}\n",
            s(v, "/awsElasticBlockStore/volumeID"),
            s(v, "/awsElasticBlockStore/fsType"),
            int(v, "/awsElasticBlockStore/partition"),
            boolean(v, "/awsElasticBlockStore/readOnly")
        );
    } else if has(v, "/gitRepo") {
        dw!(
            w,
            2,
            "Type:\tGitRepo (a volume that is pulled from git when the pod is created)\n    Repository:\t{}\n    Revision:\t{}\n",
            s(v, "/gitRepo/repository"),
            s(v, "/gitRepo/revision")
        );
    } else if has(v, "/secret") {
        dw!(
            w,
            2,
            "Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t{}\n    Optional:\t{}\n",
            s(v, "/secret/secretName"),
            boolean(v, "/secret/optional")
        );
    } else if has(v, "/configMap") {
        dw!(
            w,
            2,
            "Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t{}\n    Optional:\t{}\n",
            s(v, "/configMap/name"),
            boolean(v, "/configMap/optional")
        );
    } else if has(v, "/nfs") {
        dw!(
            w,
            2,
            "Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t{}\n    Path:\t{}\n    ReadOnly:\t{}\n",
            s(v, "/nfs/server"),
            s(v, "/nfs/path"),
            boolean(v, "/nfs/readOnly")
        );
    } else if has(v, "/persistentVolumeClaim") {
        dw!(
            w,
            2,
            "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t{}\n    ReadOnly:\t{}\n",
            s(v, "/persistentVolumeClaim/claimName"),
            boolean(v, "/persistentVolumeClaim/readOnly")
        );
    } else if has(v, "/ephemeral") {
        w.write(
            2,
            "Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)\n",
        );
        if has(v, "/ephemeral/volumeClaimTemplate") {
            ephemeral_claim(w, at(v, "/ephemeral/volumeClaimTemplate"));
        }
    } else if has(v, "/downwardAPI") {
        w.write(
            2,
            "Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n",
        );
        for item in arr_at(v, "/downwardAPI/items") {
            let path = s(item, "/path");
            if has(item, "/fieldRef") {
                dw!(w, 3, "{} -> {path}\n", s(item, "/fieldRef/fieldPath"));
            }
            if has(item, "/resourceFieldRef") {
                dw!(
                    w,
                    3,
                    "{} -> {path}\n",
                    s(item, "/resourceFieldRef/resource")
                );
            }
        }
    } else if has(v, "/projected") {
        w.write(
            2,
            "Type:\tProjected (a volume that contains injected data from multiple sources)\n",
        );
        for src in arr_at(v, "/projected/sources") {
            if has(src, "/secret") {
                dw!(
                    w,
                    2,
                    "SecretName:\t{}\n    SecretOptionalName:\t{}\n",
                    s(src, "/secret/name"),
                    bool_ptr_v(src, "/secret/optional")
                );
            } else if has(src, "/downwardAPI") {
                w.write(2, "DownwardAPI:\ttrue\n");
            } else if has(src, "/configMap") {
                dw!(
                    w,
                    2,
                    "ConfigMapName:\t{}\n    ConfigMapOptional:\t{}\n",
                    s(src, "/configMap/name"),
                    bool_ptr_v(src, "/configMap/optional")
                );
            } else if has(src, "/serviceAccountToken") {
                dw!(
                    w,
                    2,
                    "TokenExpirationSeconds:\t{}\n",
                    int(src, "/serviceAccountToken/expirationSeconds")
                );
            }
        }
    } else if has(v, "/csi") {
        dw!(
            w,
            2,
            "Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t{}\n    FSType:\t{}\n    ReadOnly:\t{}\n",
            s(v, "/csi/driver"),
            s(v, "/csi/fsType"),
            boolean(v, "/csi/readOnly")
        );
        csi_attributes(w, at(v, "/csi/volumeAttributes"));
    } else if has(v, "/image") {
        dw!(
            w,
            2,
            "Type:\tImage (a container image or OCI artifact)\n    Reference:\t{}\n    PullPolicy:\t{}\n",
            s(v, "/image/reference"),
            s(v, "/image/pullPolicy")
        );
    } else {
        w.write(1, "<unknown>\n");
    }
}

/// `printCSIPersistentVolumeAttributesMultilineIndent`.
pub fn csi_attributes(w: &mut Writer, attrs: &Value) {
    w.write(2, "VolumeAttributes:\t");
    let map = writer::string_map(attrs);
    if map.is_empty() {
        w.line("<none>");
        return;
    }
    for (i, (k, v)) in map.iter().enumerate() {
        if i != 0 {
            w.write(2, "");
            w.write(2, "\t");
        }
        let line = format!("{k}={v}");
        if line.len() > 140 {
            dw!(w, 2, "{}\n", writer::shorten(&line, 140));
        } else {
            dw!(w, 2, "{line}\n");
        }
    }
}

/// `storageutil.GetPersistentVolumeClaimClass`: the beta annotation wins over the field.
pub fn claim_class(pvc: &Value) -> String {
    if let Some(class) = pvc
        .pointer("/metadata/annotations/volume.beta.kubernetes.io~1storage-class")
        .and_then(Value::as_str)
    {
        return class.to_string();
    }
    s(pvc, "/spec/storageClassName").to_string()
}

/// `printPersistentVolumeClaim(NewNestedPrefixWriter(w, 2), …, false)` for an ephemeral
/// volume's claim template (no volume name, so no capacity or access modes).
fn ephemeral_claim(w: &mut Writer, tpl: &Value) {
    w.nested(2, |w| {
        dw!(w, 0, "StorageClass:\t{}\n", claim_class(tpl));
        dw!(w, 0, "Volume:\t{}\n", s(tpl, "/spec/volumeName"));
        writer::labels_multiline(w, "Labels", at(tpl, "/metadata/labels"));
        writer::annotations_multiline(w, "Annotations", at(tpl, "/metadata/annotations"));
        let bound = !s(tpl, "/spec/volumeName").is_empty();
        let capacity = if bound {
            s(tpl, "/status/capacity/storage")
        } else {
            ""
        };
        w.write(0, &format!("Capacity:\t{capacity}\n"));
        w.write(0, "Access Modes:\t\n");
        if let Some(mode) = tpl.pointer("/spec/volumeMode").and_then(Value::as_str) {
            dw!(w, 0, "VolumeMode:\t{mode}\n");
        }
    });
}

/// `describeTopologySpreadConstraints`.
pub fn topology_spread(w: &mut Writer, list: &[Value], space: &str) {
    if list.is_empty() {
        return;
    }
    let mut sorted: Vec<&Value> = list.iter().collect();
    sorted.sort_by(|a, b| s(a, "/topologyKey").cmp(s(b, "/topologyKey")));
    dw!(w, 0, "{space}Topology Spread Constraints:\t");
    for (i, t) in sorted.iter().enumerate() {
        if i != 0 {
            w.write(0, space);
            w.write(0, "\t");
        }
        dw!(w, 0, "{}:", s(t, "/topologyKey"));
        dw!(w, 0, "{}", s(t, "/whenUnsatisfiable"));
        dw!(w, 0, " when max skew {} is exceeded", int(t, "/maxSkew"));
        if has(t, "/labelSelector") {
            dw!(
                w,
                0,
                " for selector {}",
                format_label_selector(at(t, "/labelSelector"))
            );
        }
        w.write(0, "\n");
    }
}

/// `DescribePodTemplate`.
pub fn pod_template(w: &mut Writer, tpl: &Value) {
    w.write(0, "Pod Template:\n");
    writer::labels_multiline(w, "  Labels", at(tpl, "/metadata/labels"));
    if non_empty(tpl, "/metadata/annotations") {
        writer::annotations_multiline(w, "  Annotations", at(tpl, "/metadata/annotations"));
    }
    let sa = s(tpl, "/spec/serviceAccountName");
    if !sa.is_empty() {
        dw!(w, 1, "Service Account:\t{sa}\n");
    }
    if non_empty(tpl, "/spec/initContainers") {
        containers(
            w,
            "Init Containers",
            arr_at(tpl, "/spec/initContainers"),
            None,
            None,
            "  ",
        );
    }
    containers(
        w,
        "Containers",
        arr_at(tpl, "/spec/containers"),
        None,
        None,
        "  ",
    );
    volumes(w, arr_at(tpl, "/spec/volumes"), "  ");
    topology_spread(w, arr_at(tpl, "/spec/topologySpreadConstraints"), "  ");
    let pcn = s(tpl, "/spec/priorityClassName");
    if !pcn.is_empty() {
        dw!(w, 1, "Priority Class Name:\t{pcn}\n");
    }
    writer::labels_multiline(w, "  Node-Selectors", at(tpl, "/spec/nodeSelector"));
    writer::tolerations_multiline(w, "  ", "Tolerations", at(tpl, "/spec/tolerations"));
}
