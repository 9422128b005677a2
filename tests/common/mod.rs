//! Helpers shared by the end-to-end tests: loopback servers on 127.0.0.1 only, started by the test.

use std::io::{BufRead, BufReader, Write};

/// A loopback server answering each of `answers` (whole HTTP responses, head and body) once, in order;
/// its base URL.
pub fn serve_raw(answers: Vec<Vec<u8>>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for (answer, stream) in answers.into_iter().zip(listener.incoming()) {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let _ = stream.write_all(&answer);
            let _ = stream.flush();
        }
    });
    base
}

/// A `200 OK` response with `ctype`, `headers` (each ending in CRLF) and `body`.
pub fn ok_response(ctype: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    [head.as_bytes(), body].concat()
}

/// A loopback server answering each of `bodies` once, in order, with its content type.
pub fn serve_bytes(bodies: Vec<(&'static str, Vec<u8>)>) -> String {
    serve_raw(
        bodies
            .into_iter()
            .map(|(ctype, body)| ok_response(ctype, "", &body))
            .collect(),
    )
}
