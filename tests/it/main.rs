//! kctl's integration tests: one binary, a module per area.

mod support;

mod config;
mod config_concurrency;
mod jsonpath;
mod no_network;
mod version;
mod yaml;
