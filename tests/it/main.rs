//! kctl's integration tests: one binary, a module per area.

mod support;

mod cli;
mod config;
mod config_concurrency;
mod config_extras;
mod controllers;
mod docs;
mod gotemplate;
mod jsonpath;
mod no_network;
mod sandbox;
mod sandbox_cli;
mod support_sandbox;
mod version;
mod yaml;
