//! Table-driven tests of strategic.rs (cases checked against apimachinery's patch_test.go
//! semantics and kubectl 1.32's behaviour).

use super::*;
use serde_json::json;

fn pod() -> Schema<'static> {
    Schema::builtin("", "v1", "Pod").unwrap()
}

fn deploy() -> Schema<'static> {
    Schema::builtin("apps", "v1", "Deployment").unwrap()
}

#[test]
fn apply_cases() {
    let o = json!({"spec": {"containers": [{"name": "a", "image": "x", "ports": [{"containerPort": 80}]}, {"name": "b"}],
                            "args": ["1", "2"]},
                   "metadata": {"labels": {"x": "1", "y": "2"}, "finalizers": ["f1"]}});
    let cases = [
        // merge by name; an item the live list lacks goes first (mergeSortedSlice)
        (
            json!({"spec": {"containers": [{"name": "b", "image": "z"}, {"name": "c", "image": "w"}]}}),
            json!([{"name": "a", "image": "x", "ports": [{"containerPort": 80}]}, {"name": "b", "image": "z"}, {"name": "c", "image": "w"}]),
            "/spec/containers",
        ),
        (
            json!({"spec": {"containers": [{"name": "c"}]}}),
            json!([{"name": "c"}, {"name": "a", "image": "x", "ports": [{"containerPort": 80}]}, {"name": "b"}]),
            "/spec/containers",
        ),
        // delete an element by merge key
        (
            json!({"spec": {"containers": [{"name": "a", "$patch": "delete"}]}}),
            json!([{"name": "b"}]),
            "/spec/containers",
        ),
        // $setElementOrder reorders
        (
            json!({"spec": {"$setElementOrder/containers": [{"name": "b"}, {"name": "a"}]}}),
            json!([{"name": "b"}, {"name": "a", "image": "x", "ports": [{"containerPort": 80}]}]),
            "/spec/containers",
        ),
        // null deletes a key
        (
            json!({"metadata": {"labels": {"x": null}}}),
            json!({"y": "2"}),
            "/metadata/labels",
        ),
        // ports merge by containerPort
        (
            json!({"spec": {"containers": [{"name": "a", "ports": [{"containerPort": 81}]}]}}),
            json!([{"containerPort": 81}, {"containerPort": 80}]),
            "/spec/containers/0/ports",
        ),
        // primitive merge list
        (
            json!({"metadata": {"finalizers": ["f2"]}}),
            json!(["f2", "f1"]),
            "/metadata/finalizers",
        ),
        (
            json!({"metadata": {"finalizers": ["f1", "f2"]}}),
            json!(["f1", "f2"]),
            "/metadata/finalizers",
        ),
        (
            json!({"metadata": {"$deleteFromPrimitiveList/finalizers": ["f1"]}}),
            json!([]),
            "/metadata/finalizers",
        ),
        // other lists replace
        (json!({"spec": {"args": ["3"]}}), json!(["3"]), "/spec/args"),
        // $patch: replace on a map
        (
            json!({"metadata": {"labels": {"$patch": "replace", "z": "3"}}}),
            json!({"z": "3"}),
            "/metadata/labels",
        ),
        // $patch: delete on a map leaves it empty
        (
            json!({"metadata": {"labels": {"$patch": "delete"}}}),
            json!({}),
            "/metadata/labels",
        ),
        // $patch: replace in a merging list
        (
            json!({"spec": {"containers": [{"name": "q"}, {"$patch": "replace"}]}}),
            json!([{"name": "q"}]),
            "/spec/containers",
        ),
        // $retainKeys
        (
            json!({"metadata": {"labels": {"$retainKeys": ["y"]}}}),
            json!({"y": "2"}),
            "/metadata/labels",
        ),
        // nulls inside a new field are dropped
        (
            json!({"spec": {"new": {"a": null, "b": 1}}}),
            json!({"b": 1}),
            "/spec/new",
        ),
    ];
    for (p, want, ptr) in cases {
        let got = apply(&o, &p, pod()).unwrap();
        assert_eq!(got.pointer(ptr), Some(&want), "{p}");
    }
}

#[test]
fn apply_errors() {
    let o = json!({"spec": {"containers": [{"name": "a"}]}});
    let cases = [
        json!({"spec": {"containers": [{"image": "x"}]}}),
        json!({"spec": {"containers": [{"name": "x", "$patch": "merge"}]}}),
        json!({"spec": {"$patch": "bogus"}}),
        json!({"spec": {"$retainKeys": ["a"], "b": 1}}),
        json!([1]),
    ];
    for p in cases {
        assert!(apply(&o, &p, pod()).is_err(), "{p}");
    }
}

#[test]
fn opaque_schema_replaces_lists() {
    let o = json!({"spec": {"containers": [{"name": "a"}]}, "m": {"a": 1}});
    let got = apply(
        &o,
        &json!({"spec": {"containers": [{"name": "b"}]}, "m": {"b": 2}}),
        Schema::Opaque,
    )
    .unwrap();
    assert_eq!(
        got,
        json!({"spec": {"containers": [{"name": "b"}]}, "m": {"a": 1, "b": 2}})
    );
}

#[test]
fn two_way_cases() {
    let cases = [
        (json!({"a": 1}), json!({"a": 1}), json!({})),
        (
            json!({"a": 1}),
            json!({"a": 2, "b": 3}),
            json!({"a": 2, "b": 3}),
        ),
        (json!({"a": 1, "b": 2}), json!({"a": 1}), json!({"b": null})),
        // int → float is a type change
        (json!({"a": 1}), json!({"a": 1.5}), json!({"a": 1.5})),
        (
            json!({"spec": {"containers": [{"name": "a", "image": "1"}, {"name": "b"}]}}),
            json!({"spec": {"containers": [{"name": "a", "image": "2"}]}}),
            json!({"spec": {"$setElementOrder/containers": [{"name": "a"}],
                            "containers": [{"name": "a", "image": "2"}, {"name": "b", "$patch": "delete"}]}}),
        ),
        // order change alone
        (
            json!({"spec": {"containers": [{"name": "a"}, {"name": "b"}]}}),
            json!({"spec": {"containers": [{"name": "b"}, {"name": "a"}]}}),
            json!({"spec": {"$setElementOrder/containers": [{"name": "b"}, {"name": "a"}]}}),
        ),
        // primitive merge list
        (
            json!({"metadata": {"finalizers": ["a", "b"]}}),
            json!({"metadata": {"finalizers": ["c", "a"]}}),
            json!({"metadata": {"$deleteFromPrimitiveList/finalizers": ["b"],
                                "$setElementOrder/finalizers": ["c", "a"], "finalizers": ["c"]}}),
        ),
        // retainKeys on volumes
        (
            json!({"spec": {"volumes": [{"name": "v", "emptyDir": {}}]}}),
            json!({"spec": {"volumes": [{"name": "v", "hostPath": {"path": "/x"}}]}}),
            json!({"spec": {"$setElementOrder/volumes": [{"name": "v"}],
                            "volumes": [{"$retainKeys": ["hostPath", "name"], "emptyDir": null,
                                         "hostPath": {"path": "/x"}, "name": "v"}]}}),
        ),
    ];
    for (o, m, want) in cases {
        assert_eq!(two_way(&o, &m, pod()).unwrap(), want, "{o} → {m}");
    }
}

#[test]
fn three_way_cases() {
    // (last applied, manifest, live, want)
    let cases = [
        // unchanged, with others' fields
        (
            json!({"spec": {"replicas": 1}}),
            json!({"spec": {"replicas": 1}}),
            json!({"spec": {"replicas": 1, "paused": false}}),
            json!({}),
        ),
        // a field removed from the manifest is deleted, one set by others stays
        (
            json!({"metadata": {"labels": {"a": "1", "b": "2"}}}),
            json!({"metadata": {"labels": {"a": "1"}}}),
            json!({"metadata": {"labels": {"a": "1", "b": "2", "other": "x"}}}),
            json!({"metadata": {"labels": {"b": null}}}),
        ),
        // someone changed a field the manifest sets: the manifest wins
        (
            json!({"spec": {"replicas": 1}}),
            json!({"spec": {"replicas": 1}}),
            json!({"spec": {"replicas": 5}}),
            json!({"spec": {"replicas": 1}}),
        ),
        // a container removed from the manifest; one added by others stays
        (
            json!({"spec": {"template": {"spec": {"containers": [{"name": "a", "image": "1"}, {"name": "b", "image": "1"}]}}}}),
            json!({"spec": {"template": {"spec": {"containers": [{"name": "a", "image": "1"}]}}}}),
            json!({"spec": {"template": {"spec": {"containers": [
                {"name": "a", "image": "1"}, {"name": "b", "image": "1"}, {"name": "side", "image": "1"}]}}}}),
            json!({"spec": {"template": {"spec": {
                "$setElementOrder/containers": [{"name": "a"}],
                "containers": [{"name": "b", "$patch": "delete"}]}}}}),
        ),
        // strategy type change: retainKeys clears rollingUpdate
        (
            json!({"spec": {"strategy": {"type": "RollingUpdate"}}}),
            json!({"spec": {"strategy": {"type": "Recreate"}}}),
            json!({"spec": {"strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%"}}}}),
            json!({"spec": {"strategy": {"$retainKeys": ["type"], "type": "Recreate"}}}),
        ),
    ];
    for (o, m, c, want) in cases {
        assert_eq!(
            three_way(&o, &m, &c, deploy()).unwrap(),
            want,
            "{o} {m} {c}"
        );
    }
}

#[test]
fn go_helpers() {
    assert_eq!(
        dedupe_scalars(vec![json!(1), json!(2), json!(1), json!(3)]),
        vec![json!(1), json!(2), json!(3)]
    );
    assert_eq!(
        dedupe_scalars(vec![json!("a"), json!("a"), json!("b"), json!("c")]),
        vec![json!("a"), json!("c"), json!("b")]
    );
    assert_eq!(go_v(&json!(1.5)), "1.5");
    assert_eq!(go_v(&json!(1e21)), "1e+21");
    assert_eq!(go_v(&json!(0.00001)), "1e-05");
    assert_eq!(go_v(&json!(true)), "true");
    assert_eq!(go_v(&json!({"b": 1, "a": "x"})), "map[a:x b:1]");
}

#[test]
fn conflicts_without_overwrite() {
    // (last applied, manifest, live, conflict?)
    let cases = [
        // someone changed replicas, the manifest changes it too: conflict
        (
            json!({"spec": {"replicas": 1}}),
            json!({"spec": {"replicas": 2}}),
            json!({"spec": {"replicas": 5}}),
            true,
        ),
        // someone changed replicas to what the manifest says: no conflict
        (
            json!({"spec": {"replicas": 1}}),
            json!({"spec": {"replicas": 5}}),
            json!({"spec": {"replicas": 5}}),
            false,
        ),
        // someone changed another field: no conflict
        (
            json!({"spec": {"replicas": 1}}),
            json!({"spec": {"replicas": 2}}),
            json!({"spec": {"replicas": 1, "paused": true}}),
            false,
        ),
        // the manifest deletes a label someone changed
        (
            json!({"metadata": {"labels": {"a": "1"}}}),
            json!({"metadata": {"labels": {}}}),
            json!({"metadata": {"labels": {"a": "2"}}}),
            true,
        ),
    ];
    for (o, m, c, conflict) in cases {
        let got = three_way_checked(&o, &m, &c, deploy(), false);
        assert_eq!(
            matches!(got, Err(StrategicError::Conflict { .. })),
            conflict,
            "{o} {m} {c}: {got:?}"
        );
        assert!(three_way_checked(&o, &m, &c, deploy(), true).is_ok());
    }
}
