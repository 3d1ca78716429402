//! kctl's integration tests: one binary, a module per area.

mod support;

mod api_resources;
mod apply;
mod cli;
mod client;
mod config;
mod config_concurrency;
mod config_extras;
mod controllers;
mod describe;
mod describe_verb;
mod docs;
mod get;
mod get_watch;
mod gotemplate;
mod jsonpath;
mod merge;
mod no_network;
mod sandbox;
mod sandbox_cli;
mod support_sandbox;
mod version;
mod yaml;
