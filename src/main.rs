//! The command line: picks a mode (reader, --json, --jsonl, --plain) and reports errors.
#![forbid(unsafe_code)]

use std::io::{self, BufRead, IsTerminal, Write};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use serde_json::Value;

use quoth::input::{self, Source};
use quoth::{analyze, json, plain, reader, Lang, Options};

#[derive(Parser, Debug)]
#[command(
    name = "quoth",
    version,
    about = "Who says what: read a news article with every quotation coloured by its speaker.",
    after_help = "With no FILE, quoth opens a built-in sample article (a dpa report). \
                  Exit status: 0 ok, 1 some --jsonl lines failed, 2 the input could not be read \
                  (or a usage error)."
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
    /// The reader's text column: at most N columns wide (0: as wide as the screen).
    #[arg(long, value_name = "N", default_value_t = quoth::reader::geometry::DEFAULT_MAX_WIDTH)]
    width: usize,
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
        return run_reader(cli, source, analysis);
    }
    print_plain(cli, &source, &analysis, &mut out)?;
    Ok(ExitCode::SUCCESS)
}

/// The interactive reader, for a terminal.
fn run_reader(cli: &Cli, source: Source, analysis: quoth::Analysis) -> Result<ExitCode, Failure> {
    let mut theme = reader::Theme::from_env();
    if cli.color == ColorArg::Never {
        theme = reader::Theme::no_color();
    }
    let options = reader::Options {
        max_width: cli.width,
        theme,
    };
    // Laid out once for the screen as it is; a resize lays out again.
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let app = reader::App::new(&source.name, source.text, analysis, options, size);
    match reader::run(app)? {
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
