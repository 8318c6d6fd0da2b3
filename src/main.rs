//! The command line: picks a mode (reader, --json, --jsonl, --plain) and reports errors.
#![forbid(unsafe_code)]

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, ValueEnum};
use serde_json::Value;

use quoth::input::{self, Source};
use quoth::reader::config::{self, Config};
use quoth::reader::remember::{self, Store};
use quoth::{analyze, json, plain, reader, Lang, Options};

const AFTER_HELP: &str = "With no FILE, quoth opens a built-in sample article (a dpa report). \
    --help shows examples, the files quoth reads and writes, and its exit statuses.";

const AFTER_LONG_HELP: &str = "\
Examples:
  quoth article.txt                    read an article in the reader
  quoth https://example.org/news/1     fetch a page and read its article
  curl -s https://example.org/a | quoth -
  quoth article.html | less -R         not a terminal: the article as text, statements marked
  quoth --json article.md | jq '.statements[].text'
  quoth --print-config > ~/.config/quoth/config.toml
  quoth --completions bash > ~/.local/share/bash-completion/completions/quoth
  quoth --man > ~/.local/share/man/man1/quoth.1

Files:
  config.toml in the platform's config folder: $XDG_CONFIG_HOME/quoth/ (~/.config/quoth/) on
  Linux, ~/Library/Application Support/quoth/ on macOS; --config PATH reads another. A part of
  it that cannot be used is named on standard error (file, line, key) and keeps its default.
  positions.json in the platform's state folder ($XDG_STATE_HOME/quoth/, ~/.local/state/quoth/):
  where you were in each file you read, and what you folded; --no-remember leaves it alone.

Environment:
  NO_COLOR (not empty) means the monochrome theme; COLORTERM=truecolor gives 24-bit colours.

Exit status:
  0    done
  1    --jsonl: some lines could not be analysed (each got an {\"id\", \"error\"} line)
  2    the input could not be read (no such file, not text, too large, the web address could not
       be fetched, ...), or a usage error
  143  the reader was ended by SIGTERM (the terminal is given back first)";

#[derive(Parser, Debug)]
#[command(
    name = "quoth",
    version,
    about = "Who says what: read a news article with every quotation coloured by its speaker.",
    after_help = AFTER_HELP,
    after_long_help = AFTER_LONG_HELP
)]
struct Cli {
    /// The article: a text, HTML or Markdown file, an http(s):// address, or - for standard input.
    file: Option<String>,
    /// Print the analysis as one JSON object.
    #[arg(long, conflicts_with_all = ["jsonl", "plain"])]
    json: bool,
    /// Read JSON lines {"id", "text", "lang"} on standard input; print one analysis a line.
    #[arg(long, conflicts_with_all = ["plain", "file"])]
    jsonl: bool,
    /// Print the article as text with its statements marked, instead of opening the reader.
    #[arg(long)]
    plain: bool,
    /// The article's language.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    lang: LangArg,
    /// Colours in --plain output (and, with never, in the reader).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// The reader's text column: at most N columns wide (0: as wide as the screen) [default: the
    /// config's width, else 100].
    #[arg(long, value_name = "N")]
    width: Option<usize>,
    /// The reader's colours [default: the config's theme, else dark].
    #[arg(long, value_enum)]
    theme: Option<ThemeArg>,
    /// Read the config from PATH instead of the platform's config folder.
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Print the default config (every setting, commented) and exit.
    #[arg(long, conflicts_with_all = ["file", "json", "jsonl", "plain", "completions", "man"])]
    print_config: bool,
    /// Neither restore nor keep where you were in the file.
    #[arg(long)]
    no_remember: bool,
    /// Print a completion script for SHELL and exit.
    #[arg(long, value_name = "SHELL", value_enum, conflicts_with_all = ["file", "json", "jsonl", "plain", "man"])]
    completions: Option<clap_complete::Shell>,
    /// Print the man page (roff) and exit: quoth --man > ~/.local/share/man/man1/quoth.1
    #[arg(long, conflicts_with_all = ["file", "json", "jsonl", "plain"])]
    man: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ThemeArg {
    Dark,
    Light,
    Monochrome,
}

impl ThemeArg {
    fn name(self) -> reader::ThemeName {
        match self {
            ThemeArg::Dark => reader::ThemeName::Dark,
            ThemeArg::Light => reader::ThemeName::Light,
            ThemeArg::Monochrome => reader::ThemeName::Monochrome,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum LangArg {
    De,
    En,
    Auto,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

impl LangArg {
    fn lang(self) -> Option<Lang> {
        match self {
            LangArg::De => Some(Lang::De),
            LangArg::En => Some(Lang::En),
            LangArg::Auto => None,
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    match run(&cli) {
        Ok(code) => code,
        Err(Failure::Input(e)) => {
            eprintln!("quoth: {e}");
            ExitCode::from(2)
        }
        // The reader of our output went away (`quoth --json | head`): nothing more to say.
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => {
            eprintln!("quoth: cannot write output: {e}");
            ExitCode::from(2)
        }
    }
}

/// A usage error, or --help and --version: clap's message, which may echo an argument, made
/// harmless like everything else quoth prints.
fn usage_error(e: &clap::Error) -> ExitCode {
    let message = e.render().to_string();
    let message = input::sanitize(&message);
    if e.use_stderr() {
        eprint!("{message}");
    } else {
        print!("{message}");
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

enum Failure {
    Input(input::InputError),
    Output(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Output(e)
    }
}

fn run(cli: &Cli) -> Result<ExitCode, Failure> {
    let mut stdout = io::stdout().lock();
    if cli.print_config {
        stdout.write_all(Config::default().to_toml().as_bytes())?;
        stdout.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(shell) = cli.completions {
        clap_complete::generate(shell, &mut Cli::command(), "quoth", &mut stdout);
        stdout.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    if cli.man {
        clap_mangen::Man::new(Cli::command()).render(&mut stdout)?;
        stdout.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    drop(stdout);
    if cli.jsonl {
        return run_jsonl();
    }
    let source = match cli.file.as_deref() {
        Some(arg) => input::open(arg).map_err(Failure::Input)?,
        None => input::builtin_sample(),
    };
    let options = Options {
        lang: cli.lang.lang(),
    };
    let analysis = analyze(&source.text, &options);
    let mut out = io::BufWriter::new(io::stdout().lock());
    if cli.json {
        let mut value = json::to_value(&source.text, &analysis, None);
        // Offsets refer to the text quoth analysed; for a page or Markdown that is not the file,
        // so the object carries it.
        if source.format != input::Format::Text {
            if let Value::Object(fields) = &mut value {
                fields.insert("format".into(), source.format.name().into());
                fields.insert("text".into(), source.text.clone().into());
            }
        }
        serde_json::to_writer_pretty(&mut out, &value).map_err(io::Error::from)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    if !cli.plain && io::stdout().is_terminal() {
        drop(out);
        let file = cli.file.as_deref().and_then(local_file);
        return run_reader(cli, source, analysis, file);
    }
    print_plain(cli, &source, &analysis, &mut out)?;
    Ok(ExitCode::SUCCESS)
}

/// The canonical path of an argument that names a file on this machine (not `-`, not a web
/// address): what the reader's place is remembered by.
fn local_file(arg: &str) -> Option<String> {
    if arg == "-" || arg.contains("://") {
        return None;
    }
    let path = Path::new(arg);
    path.is_file()
        .then(|| path.canonicalize().ok())
        .flatten()
        .map(|p| p.to_string_lossy().into_owned())
}

/// The config from `--config` or the platform's config folder. Every problem is one line on
/// standard error (file, line, key); the parts named keep their defaults. Returns the config and
/// how many problems it had.
fn load_config(cli: &Cli) -> (Config, usize) {
    let (path, asked) = match &cli.config {
        Some(path) => (path.clone(), true),
        None => match directories::ProjectDirs::from("", "", "quoth") {
            Some(dirs) => (dirs.config_dir().join("config.toml"), false),
            None => return (Config::default(), 0),
        },
    };
    let shown = input::sanitize(&path.to_string_lossy()).into_owned();
    match std::fs::read_to_string(&path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound && !asked => (Config::default(), 0),
        Err(e) => {
            eprintln!("quoth: cannot read the config {shown}: {e}; using the defaults");
            (Config::default(), 1)
        }
        Ok(text) => {
            let (config, problems) = config::parse(&text);
            for p in &problems {
                let key = if p.key.is_empty() {
                    String::new()
                } else {
                    format!(" {}:", p.key)
                };
                let message = input::sanitize(&p.message);
                eprintln!(
                    "quoth: {shown}:{}:{key} {message} (the default applies)",
                    p.line
                );
            }
            (config, problems.len())
        }
    }
}

/// The interactive reader, for a terminal.
fn run_reader(
    cli: &Cli,
    source: Source,
    analysis: quoth::Analysis,
    file: Option<String>,
) -> Result<ExitCode, Failure> {
    let (config, problems) = load_config(cli);
    let name = cli.theme.map_or(config.theme, ThemeArg::name);
    let mut theme = reader::Theme::named_from_env(name);
    if cli.color == ColorArg::Never {
        theme = reader::Theme::no_color();
    }
    let options = reader::Options {
        max_width: cli.width.unwrap_or(config.width),
        center: config.center,
        panel_side: config.panel_side,
        panel_width: config.panel_width,
        theme,
        mouse: config.mouse,
        keymap: config.keymap,
    };
    // Laid out once for the screen as it is; a resize lays out again.
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = reader::App::new(&source.name, source.text, analysis, options, size);
    if problems > 0 {
        let s = if problems == 1 { "" } else { "s" };
        app.message = Some(format!(
            "{problems} problem{s} in the config (on the terminal after you quit): defaults used"
        ));
    }
    let store = file
        .as_ref()
        .filter(|_| !cli.no_remember)
        .and_then(|_| Store::default_location());
    if let (Some(store), Some(file)) = (&store, &file) {
        match store.load(file) {
            Ok(Some(place)) => remember::restore(&mut app, &place),
            Ok(None) => {}
            Err(e) => eprintln!(
                "quoth: ignoring the unreadable {}: {}",
                input::sanitize(&store.path.to_string_lossy()),
                input::sanitize(&e)
            ),
        }
    }
    let exit = reader::run(&mut app)?;
    if let (Some(store), Some(file)) = (&store, &file) {
        if let Err(e) = store.save(file, remember::place_of(&app)) {
            eprintln!(
                "quoth: cannot keep your place in {}: {e}",
                input::sanitize(&store.path.to_string_lossy())
            );
        }
    }
    match exit {
        reader::Exit::Quit => Ok(ExitCode::SUCCESS),
        // As a shell reports a process ended by SIGTERM and the like.
        reader::Exit::Signal => Ok(ExitCode::from(143)),
    }
}

fn print_plain(
    cli: &Cli,
    source: &Source,
    analysis: &quoth::Analysis,
    out: &mut impl Write,
) -> io::Result<()> {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match cli.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => io::stdout().is_terminal() && !no_color,
    };
    out.write_all(plain::render(&source.text, analysis, color).as_bytes())?;
    out.flush()
}

/// One analysis a line; a bad line gets an error object and the run goes on (exit status 1).
fn run_jsonl() -> Result<ExitCode, Failure> {
    let stdin = io::stdin().lock();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for line in stdin.split(b'\n') {
        let line = line.map_err(|e| {
            Failure::Input(input::InputError::Unreadable("standard input".into(), e))
        })?;
        let line = String::from_utf8_lossy(&line);
        if line.trim().is_empty() {
            continue;
        }
        let result = match serde_json::from_str::<Value>(&line) {
            Err(e) => Err((Value::Null, format!("not valid JSON: {e}"))),
            Ok(doc) => {
                let id = doc.get("id").cloned().unwrap_or(Value::Null);
                match doc.get("text").and_then(Value::as_str) {
                    None => Err((id, "no \"text\" string in this line".to_string())),
                    Some(text) => {
                        let lang = match doc.get("lang").and_then(Value::as_str) {
                            Some("de") => Some(Lang::De),
                            Some("en") => Some(Lang::En),
                            _ => None,
                        };
                        let analysis = analyze(text, &Options { lang });
                        Ok(json::to_value(text, &analysis, Some(&id)))
                    }
                }
            }
        };
        let value = result.unwrap_or_else(|(id, error)| {
            failed = true;
            serde_json::json!({"id": id, "error": error})
        });
        serde_json::to_writer(&mut out, &value).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
