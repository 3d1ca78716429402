//! CertificateSigningRequest describer (`describeCertificateSigningRequest`), with the small
//! part of a PKCS#10 DER reader it needs: subject attributes and the subjectAltName
//! extension request. No I/O here.

use base64::Engine;
use serde_json::Value;

use super::util::{arr_at, at, has, int, s};
use super::writer::{self, Writer};
use crate::duration::human_duration_nanos;
use crate::dw;

/// One DER element: tag byte and contents.
struct Der<'a> {
    tag: u8,
    body: &'a [u8],
}

/// Splits `input` into its DER elements (definite lengths only, as DER requires).
fn elements(mut input: &[u8]) -> Option<Vec<Der<'_>>> {
    let mut out = Vec::new();
    while !input.is_empty() {
        let tag = *input.first()?;
        let first = *input.get(1)?;
        let (len, header) = if first < 0x80 {
            (usize::from(first), 2)
        } else {
            let n = usize::from(first & 0x7f);
            if n == 0 || n > 4 {
                return None;
            }
            let mut len = 0usize;
            for b in input.get(2..2 + n)? {
                len = (len << 8) | usize::from(*b);
            }
            (len, 2 + n)
        };
        let body = input.get(header..header + len)?;
        out.push(Der { tag, body });
        input = &input[header + len..];
    }
    Some(out)
}

/// The fields kubectl prints from an `x509.CertificateRequest`.
#[derive(Debug, Default, PartialEq)]
pub struct Request {
    pub common_name: String,
    pub serial_number: String,
    pub organization: Vec<String>,
    pub organizational_unit: Vec<String>,
    pub country: Vec<String>,
    pub locality: Vec<String>,
    pub province: Vec<String>,
    pub street_address: Vec<String>,
    pub postal_code: Vec<String>,
    pub dns_names: Vec<String>,
    pub emails: Vec<String>,
    pub uris: Vec<String>,
    pub ips: Vec<String>,
}

const OID_EXTENSION_REQUEST: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x0e];
const OID_SUBJECT_ALT_NAME: &[u8] = &[0x55, 0x1d, 0x11];

/// `certificate.ParseCSR`: the PEM block, then the DER request.
pub fn parse_csr(pem: &[u8]) -> Option<Request> {
    let text = std::str::from_utf8(pem).ok()?;
    let start = text.find("-----BEGIN CERTIFICATE REQUEST-----")?;
    let rest = &text[start..];
    let body_start = rest.find('\n')? + 1;
    let end = rest.find("-----END CERTIFICATE REQUEST-----")?;
    let b64: String = rest[body_start..end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let der = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    parse_der(&der)
}

fn parse_der(der: &[u8]) -> Option<Request> {
    let outer = elements(der)?;
    let info = elements(outer.first()?.body)?;
    let info = elements(info.first()?.body)?;
    // version, subject, subjectPKInfo, [0] attributes
    let mut req = Request::default();
    for rdn in elements(info.get(1)?.body)? {
        for atv in elements(rdn.body)? {
            let parts = elements(atv.body)?;
            let oid = parts.first()?.body;
            let value = String::from_utf8_lossy(parts.get(1)?.body).into_owned();
            match oid {
                [0x55, 0x04, 0x03] => req.common_name = value,
                [0x55, 0x04, 0x05] => req.serial_number = value,
                [0x55, 0x04, 0x0a] => req.organization.push(value),
                [0x55, 0x04, 0x0b] => req.organizational_unit.push(value),
                [0x55, 0x04, 0x06] => req.country.push(value),
                [0x55, 0x04, 0x07] => req.locality.push(value),
                [0x55, 0x04, 0x08] => req.province.push(value),
                [0x55, 0x04, 0x09] => req.street_address.push(value),
                [0x55, 0x04, 0x11] => req.postal_code.push(value),
                _ => {}
            }
        }
    }
    if let Some(attrs) = info.get(3).filter(|d| d.tag == 0xa0) {
        for attr in elements(attrs.body)? {
            let parts = elements(attr.body)?;
            if parts.first()?.body != OID_EXTENSION_REQUEST {
                continue;
            }
            for set_item in elements(parts.get(1)?.body)? {
                for ext in elements(set_item.body)? {
                    let fields = elements(ext.body)?;
                    if fields.first()?.body != OID_SUBJECT_ALT_NAME {
                        continue;
                    }
                    let octets = fields.last()?.body;
                    let names = elements(octets)?;
                    for name in elements(names.first()?.body)? {
                        match name.tag {
                            0x81 => req.emails.push(String::from_utf8_lossy(name.body).into()),
                            0x82 => req
                                .dns_names
                                .push(String::from_utf8_lossy(name.body).into()),
                            0x86 => req.uris.push(String::from_utf8_lossy(name.body).into()),
                            0x87 => req.ips.push(ip_string(name.body)),
                            _ => {}
                        }
                    }
                }
            }
        }
    }
    Some(req)
}

/// `net.IP.String()`.
fn ip_string(bytes: &[u8]) -> String {
    match bytes.len() {
        4 => std::net::Ipv4Addr::new(bytes[0], bytes[1], bytes[2], bytes[3]).to_string(),
        16 => {
            let mut a = [0u8; 16];
            a.copy_from_slice(bytes);
            let v6 = std::net::Ipv6Addr::from(a);
            match v6.to_ipv4_mapped() {
                Some(v4) => v4.to_string(),
                None => v6.to_string(),
            }
        }
        _ => {
            let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            format!("?{hex}")
        }
    }
}

/// `extractCSRStatus`.
fn status(csr: &Value) -> String {
    let types: Vec<&str> = arr_at(csr, "/status/conditions")
        .iter()
        .map(|c| s(c, "/type"))
        .collect();
    let mut out = if types.contains(&"Denied") {
        "Denied".to_string()
    } else if types.contains(&"Approved") {
        "Approved".to_string()
    } else {
        "Pending".to_string()
    };
    if types.contains(&"Failed") {
        out.push_str(",Failed");
    }
    if !s(csr, "/status/certificate").is_empty() {
        out.push_str(",Issued");
    }
    out
}

fn list(w: &mut Writer, name: &str, values: &[String]) {
    if values.is_empty() {
        return;
    }
    w.write(0, &format!("\t{name}:\t"));
    w.write(0, &values.join("\n\t\t"));
    w.write(0, "\n");
}

/// The describer; `Err` carries kubectl's message for an unparsable request.
pub fn describe(
    csr: &Value,
    events: Option<&[Value]>,
    now: jiff::Timestamp,
) -> Result<String, String> {
    let raw = base64::engine::general_purpose::STANDARD
        .decode(s(csr, "/spec/request"))
        .unwrap_or_default();
    let Some(req) = parse_csr(&raw) else {
        return Err("Error parsing CSR: PEM block type must be CERTIFICATE REQUEST".to_string());
    };
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(csr, "/metadata/name"));
    dw!(
        w,
        0,
        "Labels:\t{}\n",
        writer::format_labels(at(csr, "/metadata/labels"))
    );
    dw!(
        w,
        0,
        "Annotations:\t{}\n",
        writer::format_labels(at(csr, "/metadata/annotations"))
    );
    dw!(
        w,
        0,
        "CreationTimestamp:\t{}\n",
        writer::time_field(csr, "/metadata/creationTimestamp")
    );
    dw!(w, 0, "Requesting User:\t{}\n", s(csr, "/spec/username"));
    let signer = s(csr, "/spec/signerName");
    if !signer.is_empty() {
        dw!(w, 0, "Signer:\t{signer}\n");
    }
    if has(csr, "/spec/expirationSeconds") {
        let secs = i128::from(int(csr, "/spec/expirationSeconds"));
        dw!(
            w,
            0,
            "Requested Duration:\t{}\n",
            human_duration_nanos(secs * 1_000_000_000)
        );
    }
    dw!(w, 0, "Status:\t{}\n", status(csr));
    w.write(0, "Subject:\n");
    dw!(w, 0, "\tCommon Name:\t{}\n", req.common_name);
    dw!(w, 0, "\tSerial Number:\t{}\n", req.serial_number);
    list(&mut w, "Organization", &req.organization);
    list(&mut w, "Organizational Unit", &req.organizational_unit);
    list(&mut w, "Country", &req.country);
    list(&mut w, "Locality", &req.locality);
    list(&mut w, "Province", &req.province);
    list(&mut w, "StreetAddress", &req.street_address);
    list(&mut w, "PostalCode", &req.postal_code);
    if req.dns_names.len() + req.emails.len() + req.ips.len() + req.uris.len() > 0 {
        w.write(0, "Subject Alternative Names:\n");
        list(&mut w, "DNS Names", &req.dns_names);
        list(&mut w, "Email Addresses", &req.emails);
        list(&mut w, "URIs", &req.uris);
        list(&mut w, "IP Addresses", &req.ips);
    }
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    Ok(w.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The layout follows the tab-writer rules the sandbox tests confirm for other kinds;
    /// the sandbox does not serve CSRs yet, so this one is not compared with kubectl.
    #[test]
    fn parses_subject_and_alt_names() {
        let mut params = rcgen::CertificateParams::new(vec![
            "a.example.com".to_string(),
            "10.0.0.1".to_string(),
        ])
        .unwrap();
        params.distinguished_name = rcgen::DistinguishedName::new();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "system:node:n1");
        params
            .distinguished_name
            .push(rcgen::DnType::OrganizationName, "system:nodes");
        let key = rcgen::KeyPair::generate().unwrap();
        let pem = params.serialize_request(&key).unwrap().pem().unwrap();
        let req = parse_csr(pem.as_bytes()).expect("parses");
        assert_eq!(req.common_name, "system:node:n1");
        assert_eq!(req.organization, ["system:nodes"]);
        assert_eq!(req.dns_names, ["a.example.com"]);
        assert_eq!(req.ips, ["10.0.0.1"]);

        let csr = serde_json::json!({
            "metadata": {"name": "n1", "creationTimestamp": "2020-01-02T03:04:05Z"},
            "spec": {"request": base64::engine::general_purpose::STANDARD.encode(pem.as_bytes()),
                     "signerName": "kubernetes.io/kubelet-serving", "username": "system:node:n1",
                     "expirationSeconds": 86400},
            "status": {"conditions": [{"type": "Approved", "status": "True"}]}
        });
        let out = describe(&csr, None, "2024-01-01T00:00:00Z".parse().unwrap()).unwrap();
        let tail: Vec<&str> = out.lines().skip(5).collect();
        assert_eq!(
            tail,
            [
                "Signer:              kubernetes.io/kubelet-serving",
                "Requested Duration:  24h",
                "Status:              Approved",
                "Subject:",
                "  Common Name:    system:node:n1",
                "  Serial Number:  ",
                "  Organization:   system:nodes",
                "Subject Alternative Names:",
                "  DNS Names:     a.example.com",
                "  IP Addresses:  10.0.0.1",
            ]
        );
    }
}
