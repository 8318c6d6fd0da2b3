//! `quoth http://...`: pages fetched from a server on 127.0.0.1 that the test starts itself (no test
//! touches the internet), read like saved pages; each failure named in one line, exit status 2.

mod input_run;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use input_run::{json, quoth, stderr};

const PAGE: &str = include_str!("fixtures/tram-line.html");
const ARTICLE_TEXT: &str = include_str!("fixtures/tram-line.txt");
/// The server stops by itself after this, or after this many connections.
const SERVER_LIFETIME: Duration = Duration::from_secs(90);
const MAX_CONNECTIONS: usize = 20;

/// A server on 127.0.0.1 answering a fixed set of paths; it records the requests it saw.
struct Server {
    port: u16,
    requests: Arc<Mutex<Vec<String>>>,
    _thread: JoinHandle<()>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port on 127.0.0.1");
        let port = listener.local_addr().expect("its address").port();
        listener.set_nonblocking(true).expect("non-blocking accept");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        let thread = std::thread::spawn(move || {
            let start = Instant::now();
            let mut served = 0;
            while served < MAX_CONNECTIONS && start.elapsed() < SERVER_LIFETIME {
                match listener.accept() {
                    Ok((stream, _)) => {
                        served += 1;
                        let seen = Arc::clone(&seen);
                        std::thread::spawn(move || answer(stream, &seen));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        Server {
            port,
            requests,
            _thread: thread,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

/// Reads one request head and answers it by its path.
fn answer(mut stream: TcpStream, seen: &Mutex<Vec<String>>) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(20)));
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 16_384 {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => break,
        }
        if head.first() == Some(&0x16) {
            // A TLS handshake to a plain server: answer in plain HTTP, as a misconfigured one would.
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            return;
        }
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let accepts_gzip = head.to_ascii_lowercase().contains("accept-encoding: gzip");
    if let Ok(mut seen) = seen.lock() {
        seen.push(head);
    }
    let respond = |stream: &mut TcpStream, status: &str, headers: &str, body: &[u8]| {
        let head = format!(
            "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(body);
    };
    let html = "Content-Type: text/html; charset=utf-8\r\n";
    match path.as_str() {
        "/article" => respond(&mut stream, "200 OK", html, PAGE.as_bytes()),
        "/gzip" if accepts_gzip => {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            let _ = gz.write_all(PAGE.as_bytes());
            let body = gz.finish().unwrap_or_default();
            let headers = format!("{html}Content-Encoding: gzip\r\n");
            respond(&mut stream, "200 OK", &headers, &body);
        }
        "/moved" => respond(&mut stream, "301 Moved", "Location: /article\r\n", b""),
        "/loop" => respond(&mut stream, "302 Found", "Location: /loop\r\n", b""),
        "/text" => respond(
            &mut stream,
            "200 OK",
            "Content-Type: text/plain\r\n",
            ARTICLE_TEXT.as_bytes(),
        ),
        "/latin1" => {
            let page = b"<html><head><title>Gr\xfc\xdfe</title></head><body>\
                <p>\xabWir kommen\xbb, sagte M\xfcller.</p></body></html>";
            let ct = "Content-Type: text/html; charset=ISO-8859-1\r\n";
            respond(&mut stream, "200 OK", ct, page);
        }
        "/image" => respond(
            &mut stream,
            "200 OK",
            "Content-Type: image/png\r\n",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        ),
        "/empty" => respond(
            &mut stream,
            "200 OK",
            html,
            b"<html><body><script>app()</script>",
        ),
        "/huge" => {
            // Says it is 30 MB and sends until the client hangs up.
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\
                        Content-Length: 30000000\r\nConnection: close\r\n\r\n<html><body><p>";
            let _ = stream.write_all(head.as_bytes());
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..(30_000_000 / chunk.len()) {
                if stream.write_all(&chunk).is_err() {
                    break;
                }
            }
        }
        "/broken" => respond(&mut stream, "500 Internal Server Error", html, b"oops"),
        _ => respond(&mut stream, "404 Not Found", html, b"<p>Not found</p>"),
    }
}

#[test]
fn a_page_is_fetched_and_read_like_a_saved_one() {
    let server = Server::start();
    let fetched = json(&quoth(&["--json", &server.url("/article")], None));
    let saved_path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tram-line.html");
    let saved = json(&quoth(&["--json", saved_path], None));
    assert_eq!(fetched["text"], saved["text"]);
    assert_eq!(fetched["statements"], saved["statements"]);
    let requests = server.requests.lock().expect("requests").clone();
    let head = requests.first().expect("one request").to_ascii_lowercase();
    assert!(head.starts_with("get /article "), "{head}");
    assert!(
        head.contains("user-agent: quoth/"),
        "quoth names itself: {head}"
    );
}

#[test]
fn redirects_are_followed_and_text_and_charsets_are_understood() {
    let server = Server::start();
    let moved = json(&quoth(&["--json", &server.url("/moved")], None));
    assert_eq!(
        moved["title"],
        "City council approves new tram line after heated debate"
    );
    let text = json(&quoth(&["--json", &server.url("/text")], None));
    assert!(text.get("format").is_none(), "plain text is read as it is");
    let said = |v: &serde_json::Value| -> Vec<(String, String)> {
        v["statements"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| (s["kind"].to_string(), s["text"].to_string()))
            .collect()
    };
    assert_eq!(said(&text), said(&moved));
    let latin1 = json(&quoth(&["--json", &server.url("/latin1")], None));
    assert_eq!(latin1["title"], "Grüße");
    assert!(latin1["text"]
        .as_str()
        .is_some_and(|t| t.contains("«Wir kommen», sagte Müller.")));
}

/// Runs quoth on `url` and returns its one line of error, checking exit status 2 and no output.
fn failure(url: &str) -> String {
    let o = quoth(&["--plain", url], None);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{url}: {err}");
    assert!(o.stdout.is_empty(), "{url}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(!err.contains('\x1b'));
    err
}

#[test]
fn each_failure_says_what_failed() {
    let server = Server::start();
    let cases = [
        ("/missing", "HTTP 404"),
        ("/broken", "HTTP 500"),
        ("/loop", "redirects"),
        ("/image", "image/png"),
        ("/huge", "larger than 20 MB"),
        ("/empty", "no article text"),
    ];
    for (path, says) in cases {
        let err = failure(&server.url(path));
        assert!(err.contains(says), "{path}: {err}");
    }
    let tls = failure(&format!("https://127.0.0.1:{}/article", server.port));
    assert!(tls.contains("TLS"), "{tls}");
}

#[test]
fn a_gzip_encoded_page_is_read_like_a_plain_one() {
    let server = Server::start();
    let plain = json(&quoth(&["--json", &server.url("/article")], None));
    let gzipped = json(&quoth(&["--json", &server.url("/gzip")], None));
    assert_eq!(gzipped["text"], plain["text"]);
    assert_eq!(gzipped["statements"], plain["statements"]);
}

#[test]
fn an_unknown_host_is_named_as_such() {
    // ".invalid" never resolves (RFC 2606), with a network or without.
    let err = failure("http://no-such-host.invalid/");
    assert!(err.contains("could not be resolved"), "{err}");
}

#[test]
fn a_closed_port_cannot_connect() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
        listener.local_addr().expect("its address").port()
    };
    let err = failure(&format!("http://127.0.0.1:{port}/"));
    assert!(err.contains("could not connect"), "{err}");
}

#[test]
fn a_hostile_address_is_echoed_harmlessly() {
    let err = failure("http://127.0.0.1:1/\x1b]52;c;aGk=\x07");
    assert!(!err.chars().any(|c| c.is_control() && c != '\n'), "{err:?}");
}
