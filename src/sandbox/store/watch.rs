//! Watch events as the store emits them (fan-out by tokio broadcast, replay from a history
//! window). No HTTP or JSON encoding here.

use std::sync::Arc;

use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventType {
    Added,
    Modified,
    Deleted,
}

impl EventType {
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Added => "ADDED",
            EventType::Modified => "MODIFIED",
            EventType::Deleted => "DELETED",
        }
    }
}

/// One committed change.
#[derive(Debug, Clone)]
pub struct Event {
    pub kind: EventType,
    pub rv: u64,
    /// `group/plural`, e.g. `apps/deployments`, `/pods`.
    pub store_kind: String,
    pub namespace: String,
    pub object: Arc<Value>,
    /// The object before a MODIFIED change (to tell selector enter/leave apart).
    pub prev: Option<Arc<Value>>,
}

/// Size of the in-memory replay window (events); older `resourceVersion`s get 410 Gone.
pub const HISTORY: usize = 10_000;
/// Capacity of the live broadcast channel; a watcher further behind is closed.
pub const CHANNEL: usize = 16_384;
