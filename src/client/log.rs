//! kubectl's request logging (client-go `transport/round_trippers.go`) at `-v=6` to `-v=9`.
//! Credentials never appear: the client logs `Bearer <masked>` / `Basic <masked>`.

use std::time::Duration;

use http::{Method, StatusCode};

use crate::klog;

fn status_text(status: StatusCode) -> String {
    format!(
        "{} {}",
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    )
}

pub fn request(method: &Method, url: &str, headers: &[(String, String)], body: Option<&[u8]>) {
    if klog::enabled(8) {
        let text = body
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default();
        klog::info(
            8,
            "request.go:1351",
            &format!("\"Request Body\" body={text:?}"),
        );
    }
    if klog::enabled(9) {
        let mut curl = format!("curl -v -X{method} ");
        for (k, v) in headers {
            curl.push_str(&format!(" -H \"{k}: {v}\""));
        }
        curl.push_str(&format!(" '{url}'"));
        klog::info(9, "round_trippers.go:473", &curl);
    } else if klog::enabled(7) {
        klog::info(7, "round_trippers.go:470", &format!("{method} {url}"));
        klog::info(7, "round_trippers.go:476", "Request Headers:");
        for (k, v) in headers {
            klog::info(7, "round_trippers.go:480", &format!("    {k}: {v}"));
        }
    }
}

pub fn response(
    method: &Method,
    url: &str,
    status: StatusCode,
    elapsed: Duration,
    headers: &[(String, String)],
    body: &[u8],
) {
    let ms = elapsed.as_millis();
    if klog::enabled(9) || !klog::enabled(7) {
        klog::info(
            6,
            "round_trippers.go:560",
            &format!(
                "{method} {url} {} in {ms} milliseconds",
                status_text(status)
            ),
        );
    } else {
        klog::info(
            7,
            "round_trippers.go:581",
            &format!(
                "Response Status: {} in {ms} milliseconds",
                status_text(status)
            ),
        );
    }
    if klog::enabled(8) {
        klog::info(8, "round_trippers.go:584", "Response Headers:");
        for (k, v) in headers {
            klog::info(8, "round_trippers.go:587", &format!("    {k}: {v}"));
        }
        klog::info(
            8,
            "request.go:1351",
            &format!("\"Response Body\" body={:?}", String::from_utf8_lossy(body)),
        );
    }
}
