//! The binary as a user meets it: modes, input from files and standard input, errors and exit statuses.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn quoth(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quoth"))
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("quoth starts");
    let mut input = child.stdin.take().expect("stdin");
    if let Some(bytes) = stdin {
        input.write_all(bytes).expect("write stdin");
    }
    drop(input);
    child.wait_with_output().expect("quoth ends")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

const DPA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/samples/de/dpa-ukraine-verhandlungen.txt"
);

#[test]
fn no_file_and_a_pipe_on_standard_input_reads_the_pipe() {
    // `cat article.txt | quoth`, as `less` and `bat` read it: not the built-in sample.
    let bytes = std::fs::read(DPA).unwrap();
    let o = quoth(&[], Some(&bytes));
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("## USA warnen vor Eskalation"), "{out}");
    assert!(out.contains("„Wir warten auf eine Antwort"));
    assert!(
        !out.contains('\x1b'),
        "no colour when not asked and not a terminal"
    );
    let o = quoth(
        &["--json"],
        Some("Anna Ruiz sagte: „Der Zug ist voll.“".as_bytes()),
    );
    assert!(o.status.success());
    let a: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(a["statements"][0]["text"], "„Der Zug ist voll.“");
    assert_eq!(a["actors"][0]["name"], "Anna Ruiz");
}

#[test]
fn plain_with_colour_when_asked() {
    let o = quoth(&["--plain", "--color", "always", DPA], None);
    assert!(o.status.success());
    assert!(stdout(&o).contains("\x1b["));
}

#[test]
fn json_of_a_file_and_of_standard_input_agree() {
    let from_file = quoth(&["--json", DPA], None);
    let bytes = std::fs::read(DPA).unwrap();
    let from_stdin = quoth(&["--json", "-"], Some(&bytes));
    assert!(from_file.status.success() && from_stdin.status.success());
    let a: serde_json::Value = serde_json::from_slice(&from_file.stdout).unwrap();
    let b: serde_json::Value = serde_json::from_slice(&from_stdin.stdout).unwrap();
    assert_eq!(a["statements"], b["statements"]);
    assert_eq!(a["sections"].as_array().unwrap().len(), 4);
}

#[test]
fn lang_flag_overrides_detection() {
    let o = quoth(&["--json", "--lang", "en", DPA], None);
    let a: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(a["lang"], "en");
}

#[test]
fn jsonl_keeps_ids_and_order_and_reports_bad_lines() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"„Wir kommen“, sagte er.\", \"lang\": \"de\"}\n",
        "this is not json\n",
        "{\"id\": 7, \"lang\": null}\n",
        "{\"id\": \"b\", \"text\": \"\\\"We will go,\\\" she said.\"}\n"
    );
    let o = quoth(&["--jsonl"], Some(input.as_bytes()));
    assert_eq!(o.status.code(), Some(1), "bad lines make the exit status 1");
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["lang"], "de");
    assert_eq!(
        lines[0]["statements"][0]["spans"][0],
        serde_json::json!([0, 12])
    );
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["id"], 7);
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[3]["id"], "b");
    assert_eq!(lines[3]["lang"], "en");
}

#[test]
fn errors_are_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("picture.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let missing = dir.path().join("missing.txt");
    for (path, says) in [
        (missing.to_str().unwrap(), "no such file"),
        (dir.path().to_str().unwrap(), "directory"),
        (png.to_str().unwrap(), "PNG"),
    ] {
        let o = quoth(&[path], None);
        assert_eq!(o.status.code(), Some(2), "{path}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(says), "{err}");
        assert!(o.stdout.is_empty());
    }
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_exits_2() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.txt");
    std::fs::write(&path, "Text.").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        return; // running as root: permissions do not stop us
    }
    let o = quoth(&[path.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn an_empty_file_is_an_empty_article() {
    let o = quoth(&["--json", "-"], Some(b""));
    assert!(o.status.success());
    let a: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(a["statements"], serde_json::json!([]));
    assert_eq!(a["sections"].as_array().unwrap().len(), 1);
}

#[test]
fn offsets_refer_to_the_decoded_text() {
    // Windows-1252 with CRLF line ends: offsets count decoded characters, CR included.
    let text = "Titel der Meldung\r\n\r\nDer B\u{fc}rgermeister sagte: \u{201e}Wir bleiben hier.\u{201c}\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let o = quoth(&["--json", "-"], Some(&bytes));
    let a: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let span = &a["statements"][0]["spans"][0];
    let start = text.chars().position(|c| c == '\u{201e}').unwrap();
    assert_eq!(span[0], start);
    assert_eq!(span[1], start + "„Wir bleiben hier.“".chars().count());
    assert_eq!(a["title"], "Titel der Meldung");
}

#[test]
fn print_config_reads_back_as_the_default_config() {
    let o = quoth(&["--print-config"], None);
    assert!(o.status.success());
    let text = stdout(&o);
    let (config, problems) = quoth::reader::config::parse(&text);
    assert_eq!(problems, vec![], "{text}");
    assert_eq!(config, quoth::reader::config::Config::default());
    // Every action is there to edit.
    for b in &quoth::reader::keymap::Keymap::default().bindings {
        assert!(text.contains(&format!("\n{} = [", b.name)), "{}", b.name);
    }
}

#[test]
fn help_version_completions_and_man_page() {
    let help = quoth(&["--help"], None);
    assert!(help.status.success());
    let help = stdout(&help);
    for part in [
        "Examples:",
        "Exit status:",
        "--config",
        "--print-config",
        "--no-remember",
        "143",
    ] {
        assert!(help.contains(part), "--help lacks {part}:\n{help}");
    }
    let version = stdout(&quoth(&["--version"], None));
    assert_eq!(
        version.trim(),
        format!("quoth {}", env!("CARGO_PKG_VERSION"))
    );
    for (shell, sign) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef quoth"),
        ("fish", "complete -c quoth"),
    ] {
        let o = quoth(&["--completions", shell], None);
        assert!(o.status.success(), "{shell}");
        let script = stdout(&o);
        assert!(script.contains(sign), "{shell}: {script}");
        assert!(
            script.contains("print-config"),
            "{shell} completes the flags"
        );
    }
    let man = quoth(&["--man"], None);
    assert!(man.status.success());
    let man = stdout(&man);
    assert!(man.starts_with(".ie") || man.contains(".TH quoth"), "{man}");
    for section in [
        ".SH OPTIONS",
        ".SH EXAMPLES",
        ".SH FILES",
        ".SH \"EXIT STATUS\"",
        "143",
    ] {
        assert!(
            man.contains(section),
            "the man page lacks {section}:\n{man}"
        );
    }
    // A shell that clap_complete does not know is a usage error.
    assert_eq!(
        quoth(&["--completions", "tcsh"], None).status.code(),
        Some(2)
    );
}

#[test]
fn a_config_named_on_the_command_line_is_checked_outside_the_reader_too() {
    let o = quoth(
        &["--plain", "--config", "/nonexistent/quoth-config.toml", DPA],
        None,
    );
    assert!(o.status.success(), "the article is still printed");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("cannot read the config /nonexistent/quoth-config.toml"),
        "{err}"
    );
    assert!(stdout(&o).contains("„Wir warten auf eine Antwort"));
}

#[test]
fn a_closed_pipe_on_standard_output_ends_every_mode_quietly() {
    // The reading end closed before quoth writes: `quoth --help | true` at its most abrupt.
    for args in [
        &["--help"][..],
        &["--version"],
        &["--completions", "bash"],
        &["--man"],
        &["--print-config"],
        &["--json", DPA],
        &["--plain", DPA],
    ] {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let o = Command::new(env!("CARGO_BIN_EXE_quoth"))
            .args(args)
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .expect("quoth runs");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn a_file_name_that_is_not_utf8_is_read() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"Bericht-\xe4nderung.txt"));
    std::fs::write(&path, "„Wir kommen“, sagte sie.\n").unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_quoth"))
        .arg("--json")
        .arg(&path)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["statements"][0]["kind"], "direct");
    let missing = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"fehlt-\xe4.txt"));
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_quoth"))
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("fehlt-") && err.contains("no such file"),
        "{err}"
    );
}

#[test]
fn jsonl_on_several_threads_answers_as_on_one() {
    let mut input = String::new();
    for i in 0..24 {
        input.push_str(&format!(
            "{{\"id\": {i}, \"text\": \"„Wir kommen {i}“, sagte Anna Weber. {}\"}}\n",
            "Wort ".repeat(i * 10)
        ));
    }
    input.push_str("broken\n");
    let one = quoth(&["--jsonl", "--threads", "1"], Some(input.as_bytes()));
    let three = quoth(&["--jsonl", "--threads", "3"], Some(input.as_bytes()));
    assert_eq!(one.status.code(), Some(1), "the broken line");
    assert_eq!(three.status.code(), Some(1));
    assert_eq!(stdout(&one).lines().count(), 25);
    assert_eq!(stdout(&three), stdout(&one));
    // Standard error is no terminal here: no progress line, nothing at all.
    assert!(one.stderr.is_empty() && three.stderr.is_empty());
    for bad in [&["--jsonl", "--threads", "0"][..], &["--threads", "2"][..]] {
        let o = quoth(bad, None);
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
    }
}

#[test]
fn a_saved_page_with_no_article_is_refused_as_a_fetched_one_is() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("menu.html");
    std::fs::write(
        &page,
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <script>app()</script></body></html>",
    )
    .unwrap();
    let page = page.to_str().unwrap();
    for args in [vec!["--json", page], vec!["--plain", page]] {
        let o = quoth(&args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty());
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("no article text"), "{err}");
    }
}

#[test]
fn a_text_in_another_language_is_refused_unless_its_language_is_given() {
    let french = "Le président de la République a annoncé mardi une série de mesures pour \
        soutenir les entreprises touchées par la crise. « Nous ne laisserons personne sur le \
        bord de la route », a-t-il déclaré dans une allocution télévisée. Les syndicats ont \
        salué cette décision, mais ils demandent plus de moyens pour les salariés. Selon le \
        ministre, le plan coûtera plusieurs milliards et sera financé par la dette. Les partis \
        estiment que ces mesures arrivent trop tard et qu'elles ne sont pas à la hauteur des \
        enjeux. Le gouvernement doit présenter le texte au Parlement dans les prochaines semaines.";
    let o = quoth(&["--json", "-"], Some(french.as_bytes()));
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("in French") && err.contains("--lang"), "{err}");
    let o = quoth(&["--json", "--lang", "en", "-"], Some(french.as_bytes()));
    assert!(o.status.success());
    let line = |lang: &str| {
        let doc = serde_json::json!({"id": "fr", "text": french, "lang": lang});
        let o = quoth(&["--jsonl"], Some(format!("{doc}\n").as_bytes()));
        serde_json::from_str::<serde_json::Value>(stdout(&o).trim()).unwrap()
    };
    let detected = {
        let doc = serde_json::json!({"id": "fr", "text": french});
        let o = quoth(&["--jsonl"], Some(format!("{doc}\n").as_bytes()));
        assert_eq!(o.status.code(), Some(1));
        serde_json::from_str::<serde_json::Value>(stdout(&o).trim()).unwrap()
    };
    assert!(detected["error"].as_str().unwrap().contains("French"));
    assert_eq!(line("en")["lang"], "en");
}
