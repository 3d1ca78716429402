//! Streaming GETs (`pods/log`, `?follow=true`): the response body is handed over chunk by chunk
//! as it arrives, so a log of any size passes through in constant memory. Error statuses are
//! read whole and become kubectl's `Error from server` message, as client-go's `Stream` does.

use std::time::Instant;

use bytes::Bytes;
use http::{Method, Request};
use http_body_util::BodyExt;

use super::{Client, log, status_error};
use crate::error::{Error, Result};

/// An open response body, read with [`Chunks::next`].
pub struct Chunks {
    body: kube::client::Body,
}

impl Chunks {
    /// The next piece of the body; `None` at its end.
    pub async fn next(&mut self) -> Option<Result<Bytes>> {
        loop {
            let frame = self.body.frame().await?;
            match frame {
                Err(e) => return Some(Err(Error::msg(e.to_string()))),
                Ok(frame) => {
                    if let Ok(data) = frame.into_data() {
                        return Some(Ok(data));
                    }
                }
            }
        }
    }
}

impl Client {
    /// GETs `path_and_query` and returns its body unread; a non-2xx answer is its error.
    pub async fn stream(&self, path_and_query: &str) -> Result<Chunks> {
        let url = format!("{}{}", self.server, path_and_query);
        let mut headers: Vec<(String, String)> = self.logged_headers.clone();
        headers.push(("Accept".to_string(), "*/*".to_string()));
        headers.push(("User-Agent".to_string(), self.user_agent.clone()));
        log::request(&Method::GET, &url, &headers, None);
        let request = Request::builder()
            .method(Method::GET)
            .uri(path_and_query)
            .header(http::header::ACCEPT, "*/*")
            .body(kube::client::Body::from(Vec::new()))
            .map_err(|e| Error::msg(e.to_string()))?;
        let started = Instant::now();
        let response = self
            .kube
            .send(request)
            .await
            .map_err(|e| self.transport_error(&e))?;
        let status = response.status();
        super::print_warnings(response.headers());
        log::response(&Method::GET, &url, status, started.elapsed(), &[], b"");
        let body = response.into_body();
        if !status.is_success() {
            let bytes = body
                .collect()
                .await
                .map_err(|e| Error::msg(e.to_string()))?
                .to_bytes();
            return Err(status_error(status, &bytes));
        }
        Ok(Chunks { body })
    }
}
