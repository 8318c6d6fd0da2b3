//! Running the quoth binary for the input tests: arguments and standard input in, output out,
//! killed at a deadline so a hang fails the test instead of stalling it. The deadline catches
//! hangs only; it is no claim about speed.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Generous: a 10 MB article takes seconds in a debug build, more on a busy machine.
pub const HANG_DEADLINE: Duration = Duration::from_secs(120);

/// Runs quoth with `args`, feeding `stdin`; panics if it runs past `HANG_DEADLINE`.
pub fn quoth(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quoth"))
        .args(args)
        .env_remove("NO_COLOR")
        // Tests talk to 127.0.0.1 only: no proxy may stand in between.
        .env_remove("http_proxy")
        .env_remove("https_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("HTTPS_PROXY")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("quoth starts");
    let input = child.stdin.take().expect("stdin");
    let bytes = stdin.map(<[u8]>::to_vec);
    let feeder = std::thread::spawn(move || {
        let mut input = input;
        if let Some(bytes) = bytes {
            // quoth may stop reading early (too large): a broken pipe is no failure here.
            let _ = input.write_all(&bytes);
        }
    });
    let stdout = drain(child.stdout.take().expect("stdout"));
    let stderr = drain(child.stderr.take().expect("stderr"));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        if start.elapsed() > HANG_DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("quoth {args:?} ran past {HANG_DEADLINE:?} and was killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = feeder.join();
    Output {
        status,
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
    }
}

fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "quoth failed: {}", stderr(o));
    serde_json::from_slice(&o.stdout).expect("JSON output")
}
