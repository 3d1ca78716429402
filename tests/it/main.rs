//! kctl's integration tests: one binary, a module per area.

mod support;

mod api_resources;
mod apply;
mod cascade;
mod cli;
mod client;
mod config;
mod config_concurrency;
mod config_extras;
mod controllers;
mod create;
mod delete_scale_label;
mod describe;
mod describe_verb;
mod docs;
mod get;
mod get_watch;
mod gotemplate;
mod jsonpath;
mod logs;
mod merge;
mod no_network;
mod patch_edit;
mod rbac;
mod rollout;
mod sandbox;
mod sandbox_cli;
mod seed_workflows;
mod streams;
mod streams_cmd;
mod support_sandbox;
mod version;
mod workflows;
mod workloads;
mod yaml;
