//! Resource verbs as kube-apiserver's generic registry answers them: get, list (selectors,
//! limit/continue), create, update, patch (json / merge / strategic / apply), delete (finalizers,
//! propagation), deletecollection, and the status and scale subresources. Watches are in
//! `watch.rs`.

use std::sync::Arc;

use base64::Engine;
use hyper::Response;
use serde_json::{Value, json};

use super::routes::{Req, Target};
use super::{AppState, Body, json_response};
use crate::merge::{Schema, strategic};
use crate::sandbox::printers::{self, IncludeObject};
use crate::sandbox::registry::Resource;
use crate::sandbox::selectors::{FieldError, FieldSelector, LabelSelector};
use crate::sandbox::status::ApiError;
use crate::sandbox::store::StoreError;
use crate::sandbox::{defaults, managed, patch};

pub(super) use super::delete::*;
pub(super) use super::subresources::*;
pub(super) use super::validate::*;

pub(super) type R = Result<Response<Body>, ApiError>;

pub fn now_rfc3339() -> String {
    jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

pub(super) fn store_err(e: StoreError, res: &Resource, name: &str) -> ApiError {
    match e {
        StoreError::NotFound => ApiError::not_found(&res.group, &res.plural, name),
        StoreError::AlreadyExists => ApiError::already_exists(&res.group, &res.plural, name),
        StoreError::Conflict => ApiError::conflict(&res.group, &res.plural, name),
        StoreError::Gone { requested, oldest } => ApiError::gone(requested, oldest),
        StoreError::Db(m) => ApiError::internal(m),
    }
}

/// Sets the apiVersion/kind the request was made with.
pub fn with_type(res: &Resource, mut obj: Value) -> Value {
    if let Some(m) = obj.as_object_mut() {
        m.insert("apiVersion".into(), json!(res.api_version()));
        m.insert("kind".into(), json!(res.kind));
    }
    obj
}

/// Kinds whose objects carry metadata.generation (their strategies bump it on spec changes).
pub(super) fn has_generation(res: &Resource) -> bool {
    res.crd.is_some()
        || matches!(
            (res.group.as_str(), res.plural.as_str()),
            ("apps", _)
                | ("batch", _)
                | ("", "replicationcontrollers")
                | ("autoscaling", _)
                | ("networking.k8s.io", "ingresses" | "networkpolicies")
                | ("policy", _)
                | ("apiextensions.k8s.io", _)
        )
}

/// `?includeObject=`; an unknown value is a 400 as in kube-apiserver.
pub fn include_object(req: &Req) -> Result<IncludeObject, ApiError> {
    IncludeObject::from_query(req.q("includeObject").unwrap_or_default())
        .map_err(ApiError::bad_request)
}

pub fn table_for(res: &Resource, req: &Req, objs: &[Value], list_meta: Value) -> Value {
    let typed: Vec<Value> = objs.iter().map(|o| with_type(res, o.clone())).collect();
    printers::table(
        &res.group,
        &res.plural,
        &typed,
        include_object(req).unwrap_or_default(),
        res.crd.as_ref(),
        list_meta,
        jiff::Timestamp::now(),
    )
}

pub(super) fn respond_object(res: &Resource, req: &Req, code: u16, obj: Value) -> Response<Body> {
    let obj = with_type(res, obj);
    if req.wants_table() {
        let rv = obj["metadata"]["resourceVersion"].clone();
        let meta = if rv.is_null() {
            json!({})
        } else {
            json!({"resourceVersion": rv})
        };
        return json_response(code, &table_for(res, req, &[obj], meta));
    }
    json_response(code, &obj)
}

pub(super) fn namespace_of(t: &Target) -> &str {
    t.namespace.as_deref().unwrap_or_default()
}

pub(super) fn get_obj(state: &AppState, t: &Target, name: &str) -> Result<Value, ApiError> {
    state
        .store
        .get(&t.res.store_kind(), namespace_of(t), name)
        .ok_or_else(|| ApiError::not_found(&t.res.group, &t.res.plural, name))
}

pub fn get(state: &Arc<AppState>, req: &Req, t: &Target, name: &str) -> R {
    include_object(req)?;
    let obj = get_obj(state, t, name)?;
    Ok(respond_object(&t.res, req, 200, obj))
}

/// Parsed list options shared by list, watch and deletecollection.
pub struct Filter {
    pub labels: LabelSelector,
    pub fields: FieldSelector,
}

impl Filter {
    pub fn from_req(req: &Req, res: &Resource) -> Result<Filter, ApiError> {
        let labels = LabelSelector::parse(req.q("labelSelector").unwrap_or_default())?;
        let fields = FieldSelector::parse(
            req.q("fieldSelector").unwrap_or_default(),
            &res.store_kind(),
        )
        .map_err(|e| match e {
            FieldError::Syntax(m) => ApiError::bad_request(m),
            FieldError::Unsupported(f) => {
                ApiError::bad_request(format!("field label not supported: {f}"))
            }
        })?;
        Ok(Filter { labels, fields })
    }
    pub fn matches(&self, obj: &Value) -> bool {
        self.labels.matches(&obj["metadata"]["labels"]) && self.fields.matches(obj)
    }
    fn is_empty(&self) -> bool {
        self.labels == LabelSelector::default() && self.fields == FieldSelector::default()
    }
}

pub(super) fn key_of(o: &Value) -> String {
    format!(
        "{}/{}",
        o["metadata"]["namespace"].as_str().unwrap_or_default(),
        o["metadata"]["name"].as_str().unwrap_or_default()
    )
}

/// Continue tokens as kube-apiserver encodes them: base64url(JSON {v, rv, start}).
pub fn encode_continue(rv: u64, start_after: &str) -> String {
    let j = json!({"v": "meta.k8s.io/v1", "rv": rv, "start": format!("{start_after}\u{0}")});
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(j.to_string())
}

pub fn decode_continue(token: &str) -> Result<(u64, String), ApiError> {
    let bad = || {
        ApiError::bad_request(
            "continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)",
        )
    };
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(token.trim_end_matches('='))
        .map_err(|_| bad())?;
    let j: Value = serde_json::from_slice(&raw).map_err(|_| bad())?;
    let rv = j["rv"].as_u64().ok_or_else(bad)?;
    let start = j["start"]
        .as_str()
        .ok_or_else(bad)?
        .trim_end_matches('\u{0}')
        .to_string();
    Ok((rv, start))
}

/// One page of a list: items, list metadata.
pub fn list_page(state: &AppState, req: &Req, t: &Target) -> Result<(Vec<Value>, Value), ApiError> {
    let filter = Filter::from_req(req, &t.res)?;
    let start = match req.q("continue").filter(|c| !c.is_empty()) {
        Some(c) => Some(decode_continue(c)?),
        None => None,
    };
    let after = start
        .as_ref()
        .map(|(_, k)| k.split_once('/').unwrap_or(("", k.as_str())));
    let limit: usize = req.q("limit").and_then(|l| l.parse().ok()).unwrap_or(0);
    let mut items = Vec::new();
    let mut more = false;
    let mut remaining = 0usize;
    // Counting the rest is only needed for remainingItemCount (unfiltered lists).
    let count_rest = filter.is_empty();
    let rv = state
        .store
        .scan(&t.res.store_kind(), t.namespace.as_deref(), after, |o| {
            if !filter.matches(o) {
                return true;
            }
            if limit > 0 && items.len() >= limit {
                more = true;
                remaining += 1;
                return count_rest;
            }
            items.push(o.clone());
            true
        });
    let list_rv = start.map(|(rv, _)| rv).unwrap_or(rv);
    let mut meta = json!({"resourceVersion": list_rv.to_string()});
    if more {
        if let Some(last) = items.last() {
            meta["continue"] = json!(encode_continue(list_rv, &key_of(last)));
        }
        if count_rest {
            meta["remainingItemCount"] = json!(remaining);
        }
    }
    Ok((items, meta))
}

pub fn list(state: &Arc<AppState>, req: &Req, t: &Target) -> R {
    let (items, meta) = list_page(state, req, t)?;
    include_object(req)?;
    if req.wants_table() {
        return Ok(json_response(200, &table_for(&t.res, req, &items, meta)));
    }
    let items: Vec<Value> = items.into_iter().map(|o| list_item(&t.res, o)).collect();
    Ok(json_response(
        200,
        &json!({"kind": t.res.list_kind(), "apiVersion": t.res.api_version(), "metadata": meta, "items": items}),
    ))
}

/// Items of built-in lists carry no apiVersion/kind (typed Go lists); custom resources do.
pub(super) fn list_item(res: &Resource, o: Value) -> Value {
    if res.crd.is_some() {
        return with_type(res, o);
    }
    let mut o = o;
    if let Some(m) = o.as_object_mut() {
        m.remove("apiVersion");
        m.remove("kind");
    }
    o
}

pub(super) fn parse_body(req: &Req) -> Result<Value, ApiError> {
    if req
        .content_type
        .starts_with("application/vnd.kubernetes.protobuf")
    {
        return crate::sandbox::protobuf::decode_object(&req.body).map_err(|e| ApiError {
            code: 415,
            reason: "UnsupportedMediaType",
            message: format!("the body of the request was in an unknown format - accepted media types include: application/json, application/yaml ({e})"),
            details: None,
        });
    }
    let v: Value = serde_json::from_slice(&req.body).map_err(|e| {
        ApiError::bad_request(format!("the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf ({e})"))
    })?;
    if !v.is_object() {
        return Err(ApiError::bad_request(
            "Object 'Kind' is missing in request body",
        ));
    }
    Ok(v)
}

pub(super) fn random_suffix() -> String {
    // utilrand.String(5): consonants and digits that cannot spell words.
    const ALPHA: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    let u = uuid::Uuid::new_v4();
    u.as_bytes()
        .iter()
        .take(5)
        .map(|b| ALPHA[*b as usize % ALPHA.len()] as char)
        .collect()
}

/// The field manager name: `fieldManager=` or the User-Agent's program name (kube-apiserver's
/// `prefixFromUserAgent`).
pub(super) fn field_manager(req: &Req, apply: bool) -> String {
    if let Some(m) = req.q("fieldManager").filter(|m| !m.is_empty()) {
        return m.to_string();
    }
    if apply {
        return String::new();
    }
    req.user_agent
        .split('/')
        .next()
        .unwrap_or("unknown")
        .to_string()
}

pub(super) fn status_separate(res: &Resource) -> bool {
    res.has_sub("status")
}

/// kube-apiserver's apply-conflict error (fieldmanager `NewConflictError`).
pub(super) fn apply_conflict(c: managed::Conflicts) -> ApiError {
    let causes: Vec<Value> = c
        .causes
        .iter()
        .map(|(field, msg)| json!({"reason": "FieldManagerConflict", "message": msg, "field": field}))
        .collect();
    ApiError {
        code: 409,
        reason: "Conflict",
        message: c.message,
        details: Some(json!({"causes": causes})),
    }
}

pub(super) fn namespace_check(
    state: &AppState,
    res: &Resource,
    ns: &str,
    name: &str,
) -> Result<(), ApiError> {
    let Some(nso) = state.store.get("/namespaces", "", ns) else {
        return Err(ApiError::not_found("", "namespaces", ns));
    };
    if nso["status"]["phase"] == "Terminating" {
        return Err(ApiError::forbidden_terminating_ns(
            &res.group,
            &res.plural,
            name,
            ns,
        ));
    }
    Ok(())
}

/// Builds the object to store for a create (metadata, defaults, validation). No write.
pub(super) fn prepare_create(
    state: &AppState,
    req: &Req,
    t: &Target,
    mut obj: Value,
    manager: &str,
    applied: Option<&Value>,
) -> Result<Value, ApiError> {
    let res = &t.res;
    obj = with_type(res, obj);
    strict_check(req, res, &mut obj, true)?;
    if !obj["metadata"].is_object() {
        obj["metadata"] = json!({});
    }
    if res.namespaced {
        let url_ns = namespace_of(t);
        match obj["metadata"]["namespace"].as_str() {
            Some(ns) if !ns.is_empty() && ns != url_ns => {
                return Err(ApiError::bad_request(
                    "the namespace of the provided object does not match the namespace sent on the request",
                ));
            }
            _ => obj["metadata"]["namespace"] = json!(url_ns),
        }
    } else if let Some(m) = obj["metadata"].as_object_mut() {
        m.remove("namespace");
    }
    let name = obj["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    if name.is_empty() {
        match obj["metadata"]["generateName"]
            .as_str()
            .filter(|g| !g.is_empty())
        {
            Some(g) => obj["metadata"]["name"] = json!(format!("{g}{}", random_suffix())),
            None => {
                return Err(ApiError::invalid(
                    &res.group,
                    &res.kind,
                    "",
                    &[(
                        "FieldValueRequired".into(),
                        "metadata.name".into(),
                        "Required value: name or generateName is required".into(),
                    )],
                ));
            }
        }
    }
    let name = obj["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    if obj["metadata"]["resourceVersion"]
        .as_str()
        .is_some_and(|s| !s.is_empty())
    {
        return Err(ApiError::bad_request(
            "resourceVersion should not be set on objects to be created",
        ));
    }
    if res.namespaced {
        namespace_check(state, res, namespace_of(t), &name)?;
    }
    if let Some(m) = obj["metadata"].as_object_mut() {
        m.insert("uid".into(), json!(uuid::Uuid::new_v4().to_string()));
        m.insert("creationTimestamp".into(), json!(now_rfc3339()));
        m.remove("deletionTimestamp");
        m.remove("deletionGracePeriodSeconds");
        m.remove("managedFields");
        m.remove("selfLink");
        if has_generation(res) {
            m.insert("generation".into(), json!(1));
        } else {
            m.remove("generation");
        }
    }
    if res.has_sub("status")
        && res.plural != "nodes"
        && res.plural != "namespaces"
        && let Some(m) = obj.as_object_mut()
    {
        m.remove("status");
    }
    defaults::apply(state, res, &mut obj, None)?;
    validate(res, &obj)?;
    let now = now_rfc3339();
    match applied {
        Some(a) => {
            obj = managed::apply(
                &json!({}),
                a,
                obj,
                manager,
                &res.api_version(),
                true,
                status_separate(res),
                &now,
            )
            .map_err(apply_conflict)?;
        }
        None => managed::record_update(
            None,
            &mut obj,
            manager,
            &res.api_version(),
            None,
            status_separate(res),
            &now,
        ),
    }
    Ok(obj)
}

pub(super) fn crd_created(state: &AppState, res: &Resource, obj: &mut Value) {
    if res.group == "apiextensions.k8s.io" {
        let names = obj["spec"]["names"].clone();
        let now = now_rfc3339();
        obj["status"] = json!({
            "acceptedNames": names,
            "conditions": [
                {"type": "NamesAccepted", "status": "True", "lastTransitionTime": now, "reason": "NoConflicts", "message": "no conflicts found"},
                {"type": "Established", "status": "True", "lastTransitionTime": now, "reason": "InitialNamesAccepted", "message": "the initial names have been accepted"}
            ],
            "storedVersions": obj["spec"]["versions"].as_array().into_iter().flatten()
                .filter(|v| v["storage"] == true).map(|v| v["name"].clone()).collect::<Vec<_>>(),
        });
        let _ = state;
    }
}

pub(super) fn after_write(state: &AppState, res: &Resource, obj: &Value, deleted: bool) {
    if res.group == "apiextensions.k8s.io" && res.plural == "customresourcedefinitions" {
        let name = obj["metadata"]["name"].as_str().unwrap_or_default();
        state
            .registry
            .set_crd(name, if deleted { None } else { Some(obj) });
        if deleted {
            let kind = format!(
                "{}/{}",
                obj["spec"]["group"].as_str().unwrap_or_default(),
                obj["spec"]["names"]["plural"].as_str().unwrap_or_default()
            );
            for o in state.store.list_kind(&kind) {
                let _ = state.store.delete(
                    &kind,
                    o["metadata"]["namespace"].as_str().unwrap_or_default(),
                    o["metadata"]["name"].as_str().unwrap_or_default(),
                    None,
                );
            }
        }
    }
}

pub(super) fn create_obj(
    state: &AppState,
    req: &Req,
    t: &Target,
    obj: Value,
    manager: &str,
    applied: Option<&Value>,
) -> Result<Value, ApiError> {
    let mut obj = prepare_create(state, req, t, obj, manager, applied)?;
    crd_created(state, &t.res, &mut obj);
    let name = obj["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    if req.dry_run() {
        if state
            .store
            .get(&t.res.store_kind(), namespace_of(t), &name)
            .is_some()
        {
            return Err(ApiError::already_exists(&t.res.group, &t.res.plural, &name));
        }
        return Ok(obj);
    }
    let stored = state
        .store
        .create(&t.res.store_kind(), obj)
        .map_err(|e| store_err(e, &t.res, &name))?;
    after_write(state, &t.res, &stored, false);
    if t.res.group.is_empty() && t.res.plural == "namespaces" {
        // The controllers' work in a new namespace, done at once.
        for (kind, o) in
            crate::sandbox::seed::namespace_contents(&name, &state.pki.ca_cert_pem, &now_rfc3339())
        {
            let _ = state.store.create(kind, o);
        }
    }
    Ok(stored)
}

pub fn create(state: &Arc<AppState>, req: &Req, t: &Target) -> R {
    let body = parse_body(req)?;
    let manager = field_manager(req, false);
    let obj = create_obj(state, req, t, body, &manager, None)?;
    Ok(respond_object(&t.res, req, 201, obj))
}

/// Compares two objects ignoring resourceVersion and the managedFields timestamps; an update
/// manager's ownership changes only count for applies (no-op writes keep the RV).
pub(super) fn same_content(a: &Value, b: &Value, ownership_matters: bool) -> bool {
    let strip = |v: &Value| {
        let mut v = v.clone();
        if let Some(m) = v.get_mut("metadata").and_then(Value::as_object_mut) {
            m.remove("resourceVersion");
            if !ownership_matters {
                m.remove("managedFields");
            } else if let Some(list) = m.get_mut("managedFields").and_then(Value::as_array_mut) {
                for e in list.iter_mut().filter_map(Value::as_object_mut) {
                    e.remove("time");
                }
            }
        }
        v
    };
    strip(a) == strip(b)
}

pub(super) fn spec_part(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(m) = v.as_object_mut() {
        m.remove("metadata");
        m.remove("status");
        m.remove("apiVersion");
        m.remove("kind");
    }
    v
}

/// Turns a proposed new object into the stored one (immutable metadata, status handling,
/// generation, defaults), then writes it unless nothing changed.
#[allow(clippy::too_many_arguments)]
pub(super) fn finish_update(
    state: &AppState,
    req: &Req,
    t: &Target,
    old: &Value,
    mut new: Value,
    sub: Option<&str>,
    manager: &str,
    operation: &str,
) -> Result<Value, StoreError> {
    let res = &t.res;
    new = with_type(res, new);
    if sub == Some("status") {
        let mut merged = old.clone();
        merged["status"] = new["status"].clone();
        new = merged;
    } else if res.has_sub("status") {
        match old.get("status") {
            Some(s) => new["status"] = s.clone(),
            None => {
                if let Some(m) = new.as_object_mut() {
                    m.remove("status");
                }
            }
        }
    }
    for k in [
        "uid",
        "creationTimestamp",
        "deletionTimestamp",
        "deletionGracePeriodSeconds",
        "generation",
        "namespace",
        "name",
    ] {
        match old["metadata"].get(k) {
            Some(v) => new["metadata"][k] = v.clone(),
            None => {
                if let Some(m) = new["metadata"].as_object_mut() {
                    m.remove(k);
                }
            }
        }
    }
    if let Some(mf) = old["metadata"].get("managedFields")
        && new["metadata"].get("managedFields").is_none()
    {
        new["metadata"]["managedFields"] = mf.clone();
    }
    let _ = defaults::apply(state, res, &mut new, Some(old));
    if has_generation(res) && spec_part(&new) != spec_part(old) {
        let g = old["metadata"]["generation"].as_i64().unwrap_or(0);
        new["metadata"]["generation"] = json!(g + 1);
    }
    if res.group == "apiextensions.k8s.io" && sub.is_none() {
        crd_created(state, res, &mut new);
    }
    new["metadata"]["resourceVersion"] = old["metadata"]["resourceVersion"].clone();
    if same_content(&new, old, operation == "Apply") {
        return Ok(old.clone());
    }
    if operation != "Apply" {
        managed::record_update(
            Some(old),
            &mut new,
            manager,
            &res.api_version(),
            sub,
            status_separate(res),
            &now_rfc3339(),
        );
    }
    // Finalizers all gone on an object being deleted: the delete completes now.
    let deleting = new["metadata"]["deletionTimestamp"].is_string();
    let no_finalizers = new["metadata"]["finalizers"]
        .as_array()
        .is_none_or(|f| f.is_empty());
    let expected = old["metadata"]["resourceVersion"]
        .as_str()
        .and_then(|s| s.parse().ok());
    if req.dry_run() {
        return Ok(new);
    }
    if deleting && no_finalizers {
        let name = new["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        state.store.update(&res.store_kind(), new, expected)?;
        let gone = state
            .store
            .delete(&res.store_kind(), namespace_of(t), &name, None)?;
        after_write(state, res, &gone, true);
        return Ok(gone);
    }
    let stored = state.store.update(&res.store_kind(), new, expected)?;
    after_write(state, res, &stored, false);
    Ok(stored)
}

pub fn update(state: &Arc<AppState>, req: &Req, t: &Target, name: &str, sub: Option<&str>) -> R {
    if sub == Some("scale") {
        return update_scale(state, req, t, name, None);
    }
    if matches!(sub, Some(s) if s != "status") {
        return Err(ApiError::method_not_allowed());
    }
    let mut body = with_type(&t.res, parse_body(req)?);
    strict_check(req, &t.res, &mut body, true)?;
    let body_name = body["metadata"]["name"].as_str().unwrap_or_default();
    if body_name != name {
        return Err(ApiError::bad_request(format!(
            "the name of the object ({body_name}) does not match the name on the URL ({name})"
        )));
    }
    let old = get_obj(state, t, name)?;
    if let Some(rv) = body["metadata"]["resourceVersion"]
        .as_str()
        .filter(|s| !s.is_empty())
        && old["metadata"]["resourceVersion"].as_str() != Some(rv)
    {
        return Err(ApiError::conflict(&t.res.group, &t.res.plural, name));
    }
    let manager = field_manager(req, false);
    let mut new = body;
    if t.res.namespaced {
        new["metadata"]["namespace"] = json!(namespace_of(t));
    }
    validate(&t.res, &with_type(&t.res, new.clone()))?;
    let stored = finish_update(state, req, t, &old, new, sub, &manager, "Update")
        .map_err(|e| store_err(e, &t.res, name))?;
    Ok(respond_object(&t.res, req, 200, stored))
}

pub(super) enum PatchKind {
    Json,
    Merge,
    Strategic,
    Apply,
}

pub(super) fn patch_kind(ct: &str) -> Option<PatchKind> {
    let base = ct.split(';').next().unwrap_or_default().trim();
    match base {
        "application/json-patch+json" => Some(PatchKind::Json),
        "application/merge-patch+json" => Some(PatchKind::Merge),
        "application/strategic-merge-patch+json" => Some(PatchKind::Strategic),
        "application/apply-patch+yaml" | "application/apply-patch+cbor" => Some(PatchKind::Apply),
        _ => None,
    }
}

pub(super) fn apply_patch(
    kind: &PatchKind,
    res: &Resource,
    cur: &Value,
    body: &Value,
) -> Result<Value, ApiError> {
    // Custom resources have no patch metadata (strategic patches of them are refused before
    // this; server-side apply merges their maps and replaces their lists).
    let schema = if res.crd.is_some() {
        Schema::Opaque
    } else {
        Schema::builtin(&res.group, &res.version, &res.kind).unwrap_or(Schema::Opaque)
    };
    match kind {
        PatchKind::Json => patch::json_patch(cur, body).map_err(|e| ApiError {
            code: 422,
            reason: "Invalid",
            message: e,
            details: None,
        }),
        PatchKind::Merge => Ok(patch::merge_patch(cur, body)),
        PatchKind::Strategic | PatchKind::Apply => {
            strategic::apply(cur, body, schema).map_err(|e| ApiError::bad_request(e.to_string()))
        }
    }
}

pub fn patch(state: &Arc<AppState>, req: &Req, t: &Target, name: &str, sub: Option<&str>) -> R {
    let Some(kind) = patch_kind(&req.content_type) else {
        return Err(ApiError::unsupported_media_type(&req.content_type));
    };
    if sub == Some("scale") {
        return update_scale(state, req, t, name, Some(kind));
    }
    if matches!(sub, Some(s) if s != "status") {
        return Err(ApiError::method_not_allowed());
    }
    if matches!(kind, PatchKind::Strategic) && t.res.crd.is_some() {
        return Err(ApiError {
            code: 415,
            reason: "UnsupportedMediaType",
            message: "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml".into(),
            details: None,
        });
    }
    let body: Value = serde_json::from_slice(&req.body)
        .map_err(|e| ApiError::bad_request(format!("error decoding patch: {e}")))?;
    let is_apply = matches!(kind, PatchKind::Apply);
    let manager = field_manager(req, is_apply);
    if is_apply && manager.is_empty() {
        return Err(ApiError::bad_request(
            "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch",
        ));
    }
    let operation = if is_apply { "Apply" } else { "Update" };
    for _ in 0..8 {
        let cur = match state.store.get(&t.res.store_kind(), namespace_of(t), name) {
            Some(c) => c,
            None if is_apply && sub.is_none() => {
                strict_check(req, &t.res, &mut body.clone(), false)?;
                let mut obj = body.clone();
                obj["metadata"]["name"] = json!(name);
                let created = create_obj(state, req, t, obj, &manager, Some(&body))?;
                return Ok(respond_object(&t.res, req, 201, created));
            }
            None => return Err(ApiError::not_found(&t.res.group, &t.res.plural, name)),
        };
        if is_apply {
            strict_check(req, &t.res, &mut body.clone(), false)?;
        }
        let mut new = apply_patch(&kind, &t.res, &with_type(&t.res, cur.clone()), &body)?;
        if !is_apply {
            // kube-apiserver decodes the patched object strictly (patch.go).
            new = with_type(&t.res, new);
            strict_check(req, &t.res, &mut new, false)?;
        }
        if let Some(rv) = body["metadata"]["resourceVersion"].as_str()
            && cur["metadata"]["resourceVersion"].as_str() != Some(rv)
        {
            return Err(ApiError::conflict(&t.res.group, &t.res.plural, name));
        }
        new["metadata"]["name"] = json!(name);
        validate(&t.res, &with_type(&t.res, new.clone()))?;
        if is_apply {
            let force = req.q_bool("force");
            let typed_cur = with_type(&t.res, cur.clone());
            new = managed::apply(
                &typed_cur,
                &body,
                new,
                &manager,
                &t.res.api_version(),
                force,
                status_separate(&t.res),
                &now_rfc3339(),
            )
            .map_err(apply_conflict)?;
        }
        match finish_update(state, req, t, &cur, new, sub, &manager, operation) {
            Ok(stored) => return Ok(respond_object(&t.res, req, 200, stored)),
            Err(StoreError::Conflict) => continue,
            Err(e) => return Err(store_err(e, &t.res, name)),
        }
    }
    Err(ApiError::conflict(&t.res.group, &t.res.plural, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continue_token_roundtrip() {
        let t = encode_continue(42, "default/web");
        assert_eq!(
            decode_continue(&t).unwrap(),
            (42, "default/web".to_string())
        );
        assert!(decode_continue("!!").is_err());
    }

    #[test]
    fn subdomain_names() {
        for (n, ok) in [
            ("web", true),
            ("a.b-c", true),
            ("Web", false),
            ("-a", false),
            ("", false),
            ("a_b", false),
        ] {
            assert_eq!(valid_subdomain(n), ok, "{n}");
        }
    }
}
