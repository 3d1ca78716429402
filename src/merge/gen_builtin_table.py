#!/usr/bin/env python3
"""Generates builtin_table.rs: the patch metadata of the built-in types.

Reads the Go struct definitions of k8s.io/api and apimachinery's meta/v1 (git trees given as
arguments, at the tag kubectl 1.32 vendors) and keeps, per struct, the fields that carry a
`patchStrategy`/`patchMergeKey` tag or lead to a struct that does. This is the information
kubectl's `strategicpatch.NewPatchMetaFromStruct` reads by reflection from its compiled-in scheme.

usage: gen_builtin_table.py API_GIT_DIR API_TAG APIMACHINERY_GIT_DIR APIMACHINERY_TAG > builtin_table.rs
"""

import re
import subprocess
import sys

api_dir, api_tag, am_dir, am_tag = sys.argv[1:5]


def git(d, *args):
    return subprocess.run(["git", "-C", d, *args], check=True, capture_output=True, text=True).stdout


def go_files(d, tag, prefix):
    names = git(d, "ls-tree", "-r", "--name-only", tag, prefix).split()
    return [n for n in names if n.endswith(".go") and not n.endswith("_test.go")
            and "generated" not in n and "zz_" not in n]


# package id -> {type name -> ("struct", [fields]) | ("alias", typeexpr)}
packages = {}
groups = {}
FIELD = re.compile(r'^\s*(?:(\w+)\s+)?([\w\.\[\]\*]+)\s+`([^`]*)`')
TAG = re.compile(r'(\w+):"([^"]*)"')


def resolve_import(path):
    if path.startswith("k8s.io/api/"):
        return path[len("k8s.io/api/"):]
    if path == "k8s.io/apimachinery/pkg/apis/meta/v1":
        return "meta/v1"
    return None


def parse(pkg, text):
    imports = {}
    for m in re.finditer(r'^\s*(\w+)?\s*"([^"]+)"\s*$', text, re.M):
        alias, path = m.group(1), m.group(2)
        alias = alias or path.rsplit("/", 1)[-1]
        imports[alias] = resolve_import(path)
    m = re.search(r'const GroupName = "([^"]*)"', text)
    if m:
        groups[pkg] = m.group(1)
    types = packages.setdefault(pkg, {})
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r'^type (\w+) struct \{', line)
        if m:
            name = m.group(1)
            fields = []
            depth = 1
            i += 1
            while i < len(lines) and depth > 0:
                l = lines[i]
                if re.match(r'^\}', l):
                    break
                fm = FIELD.match(l)
                if fm and not l.strip().startswith("//"):
                    fname, ftype, tag = fm.group(1), fm.group(2), fm.group(3)
                    tags = dict(TAG.findall(tag))
                    tags["embedded"] = fname is None
                    fields.append((fname or ftype, qualify(ftype, imports, pkg), tags))
                i += 1
            types[name] = ("struct", fields)
        else:
            m = re.match(r'^type (\w+) ([\w\.\[\]\*]+)\s*$', line)
            if m:
                types[m.group(1)] = ("alias", qualify(m.group(2), imports, pkg))
        i += 1


def qualify(t, imports, pkg):
    """Rewrites `[]*corev1.Foo` to `[]*core/v1.Foo`; builtin Go types stay bare."""
    m = re.match(r'^((?:\[\]|\*|map\[[\w\.]+\])*)(?:(\w+)\.)?(\w+)$', t)
    if not m:
        return t
    prefix, alias, name = m.groups()
    if alias:
        target = imports.get(alias)
        return prefix + (f"{target}.{name}" if target else f"?.{name}")
    if name[0].isupper():
        return prefix + f"{pkg}.{name}"
    return prefix + name


for f in go_files(api_dir, api_tag, "."):
    pkg = f.rsplit("/", 1)[0]
    if pkg.count("/") != 1:
        continue
    parse(pkg, git(api_dir, "show", f"{api_tag}:{f}"))
for f in go_files(am_dir, am_tag, "pkg/apis/meta/v1"):
    if f.count("/") != 4:
        continue
    parse("meta/v1", git(am_dir, "show", f"{am_tag}:{f}"))


def lookup(qname):
    pkg, name = qname.rsplit(".", 1)
    return packages.get(pkg, {}).get(name)


def element(t):
    """Strips pointers, slices and maps down to the named type (kubectl looks through them)."""
    while True:
        if t.startswith("*"):
            t = t[1:]
        elif t.startswith("[]"):
            t = t[2:]
        elif t.startswith("map["):
            t = t[t.index("]") + 1:]
        else:
            break
    d = lookup(t) if "." in t else None
    if d and d[0] == "alias":
        return element(d[1])
    return t


def json_fields(qname, seen=()):
    """The fields encoding/json sees for a struct, embedded structs flattened."""
    d = lookup(qname)
    if not d or d[0] != "struct" or qname in seen:
        return []
    out = []
    for fname, ftype, tags in d[1]:
        js = tags.get("json", "")
        jname = js.split(",")[0]
        if jname == "-":
            continue
        embedded = tags.get("embedded", False)
        if (embedded or ",inline" in js) and jname == "":
            out.extend(json_fields(element(ftype), seen + (qname,)))
            continue
        if jname == "":
            jname = fname
        out.append((jname, element(ftype), tags.get("patchStrategy", ""), tags.get("patchMergeKey", "")))
    return out


# Which structs carry metadata somewhere below (fixed point).
interesting = {}


def has_meta(qname, stack=()):
    if qname in interesting:
        return interesting[qname]
    if qname in stack:
        return False
    res = False
    for _, child, strat, key in json_fields(qname):
        if strat or key or ("." in child and has_meta(child, stack + (qname,))):
            res = True
    interesting[qname] = res
    return res


kinds = []
for pkg, types in sorted(packages.items()):
    if pkg == "meta/v1" or pkg not in groups:
        continue
    version = pkg.split("/")[1]
    for name, d in sorted(types.items()):
        if d[0] != "struct":
            continue
        if any(t == "meta/v1.TypeMeta" for _, t, _ in d[1]):
            kinds.append((groups[pkg], version, name, f"{pkg}.{name}"))

order = []
index = {}


def visit(qname):
    if qname in index or not has_meta(qname):
        return
    index[qname] = len(order)
    order.append(qname)
    for _, child, _, _ in json_fields(qname):
        if "." in child:
            visit(child)


for k in kinds:
    visit(k[3])

print("//! GENERATED by gen_builtin_table.py from k8s.io/api " + api_tag + " and apimachinery "
      + am_tag + " meta/v1: the patch metadata of the built-in types (no I/O, do not edit).")
print()
print("use super::schema::{BuiltinField, BuiltinKind};")
print()
print("/// Per struct: the JSON fields with a patch strategy, a merge key, or a struct below them that")
print("/// has one; `ty` indexes this table for the field's (element) type.")
print("pub(super) static TYPES: &[(&str, &[BuiltinField])] = &[")
for q in order:
    print(f"    (\"{q}\", &[")
    for jname, child, strat, key in sorted(json_fields(q)):
        ty = index.get(child)
        if not strat and not key and ty is None:
            continue
        tys = "None" if ty is None else f"Some({ty})"
        print(f"        BuiltinField {{ name: \"{jname}\", strategy: \"{strat}\", merge_key: \"{key}\", ty: {tys} }},")
    print("    ]),")
print("];")
print()
print("/// group, version, kind → index into TYPES (every kind of k8s.io/api kubectl 1.32 knows).")
print("pub(super) static KINDS: &[BuiltinKind] = &[")
for g, v, k, q in sorted(kinds):
    if q in index:
        print(f"    BuiltinKind {{ group: \"{g}\", version: \"{v}\", kind: \"{k}\", ty: {index[q]} }},")
print("];")
