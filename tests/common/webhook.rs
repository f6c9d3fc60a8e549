//! A webhook receiver for tests: records each POST body with an id header, answers 200.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use serde_json::Value;

/// A webhook receiver: records each POST body, answers 200.
pub struct Receiver {
    bodies: Arc<Mutex<Vec<(String, Value)>>>,
}

impl Receiver {
    /// Records the value of header `id_header` (lower case) with each body.
    pub fn listen(id_header: &'static str, listener: TcpListener) -> Receiver {
        let bodies = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&bodies);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let (mut length, mut id) = (0usize, String::new());
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    let lower = line.to_ascii_lowercase();
                    if let Some(v) = lower.strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                    if let Some(v) = lower.strip_prefix(id_header) {
                        if let Some(v) = v.strip_prefix(':') {
                            id = v.trim().to_string();
                        }
                    }
                }
                let mut body = vec![0; length];
                reader.read_exact(&mut body).unwrap();
                let _ = stream.write_all(
                    b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                );
                sink.lock()
                    .unwrap()
                    .push((id, serde_json::from_slice(&body).unwrap()));
            }
        });
        Receiver { bodies }
    }

    pub fn received(&self) -> Vec<(String, Value)> {
        self.bodies.lock().unwrap().clone()
    }
}
