//! The command line: picks a mode (reader, --json, --jsonl, --plain) and reports errors.
#![forbid(unsafe_code)]

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, ValueEnum};

use quoth::input::{self, Source};
use quoth::reader::config::{self, Config};
use quoth::reader::remember::{self, Store};
use quoth::{analyze, json, plain, reader, Lang, Options};

const AFTER_HELP: &str =
    "With no FILE, quoth reads standard input when it is a pipe or a file, and opens \
    a built-in sample article (a dpa report) when it is a terminal. \
    --help shows examples, the files quoth reads and writes, and its exit statuses.";

/// (command, what it does): in --help and the man page.
const EXAMPLES: &[(&str, &str)] = &[
    ("quoth article.txt", "read an article in the reader"),
    (
        "quoth https://example.org/news/1",
        "fetch a page and read its article",
    ),
    (
        "curl -s https://example.org/a | quoth -",
        "read standard input",
    ),
    (
        "quoth article.html | less -R",
        "not a terminal: the article as text, statements marked",
    ),
    (
        "quoth --json article.md | jq '.statements[].text'",
        "the analysis for scripts",
    ),
    (
        "quoth --print-config > ~/.config/quoth/config.toml",
        "a config to edit",
    ),
    (
        "quoth --completions bash > ~/.local/share/bash-completion/completions/quoth",
        "completions (also zsh, fish, elvish, powershell)",
    ),
    (
        "quoth --man > ~/.local/share/man/man1/quoth.1",
        "this manual, for man quoth",
    ),
];

const FILES: &[(&str, &str)] = &[
    (
        "$XDG_CONFIG_HOME/quoth/config.toml",
        "The config (~/.config/quoth/config.toml; on macOS ~/Library/Application Support/quoth/config.toml); --config PATH reads another. A part of it that cannot be used is named on standard error (file, line, key) and keeps its default.",
    ),
    (
        "$XDG_STATE_HOME/quoth/positions.json",
        "Where you were in each file you read, and what you folded (~/.local/state/quoth/; on macOS in ~/Library/Application Support/quoth/); --no-remember leaves it alone.",
    ),
];

const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "NO_COLOR",
        "Not empty: the monochrome theme, and no colour in --plain.",
    ),
    (
        "COLORTERM",
        "truecolor or 24bit: 24-bit colours instead of the 256-colour palette.",
    ),
];

const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "done"),
    ("1", "--jsonl: some lines could not be analysed (each got an {\"id\", \"error\"} line)"),
    ("2", "the input could not be read (no such file, not text, too large, a web address that could not be fetched, ...), or a usage error"),
    ("143", "the reader was ended by SIGTERM (the terminal is given back first)"),
];

/// The end of --help: examples, files, environment and exit statuses.
fn long_help() -> String {
    let mut out = String::from("Examples:\n");
    for (cmd, what) in EXAMPLES {
        out.push_str(&format!("  {cmd}\n      {what}\n"));
    }
    for (title, entries) in [
        ("Files", FILES),
        ("Environment", ENVIRONMENT),
        ("Exit status", EXIT_STATUS),
    ] {
        out.push_str(&format!("\n{title}:\n"));
        for (name, what) in entries {
            out.push_str(&format!("  {name}\n      {what}\n"));
        }
    }
    out
}

/// The command line as clap knows it, with the long help that `derive` cannot compute.
fn command() -> clap::Command {
    Cli::command().after_long_help(long_help())
}

/// The man page: clap's sections from the same definitions, then examples, files, environment
/// and exit statuses as roff.
fn man_page(out: &mut impl Write) -> io::Result<()> {
    use roff::{bold, roman, Roff};
    let man = clap_mangen::Man::new(Cli::command());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    let mut roff = Roff::new();
    for (title, entries) in [
        ("EXAMPLES", EXAMPLES),
        ("FILES", FILES),
        ("ENVIRONMENT", ENVIRONMENT),
        ("EXIT STATUS", EXIT_STATUS),
    ] {
        roff.control("SH", [title]);
        for (name, what) in entries {
            roff.control("TP", []);
            roff.text([bold(*name)]);
            roff.text([roman(*what)]);
        }
    }
    roff.to_writer(&mut page)?;
    man.render_version_section(&mut page)?;
    out.write_all(&page)
}

#[derive(Parser, Debug)]
#[command(
    name = "quoth",
    version,
    about = "Who says what: read a news article with every quotation coloured by its speaker.",
    after_help = AFTER_HELP
)]
struct Cli {
    /// The article: a text, HTML or Markdown file, an http(s):// address, or - for standard input.
    file: Option<std::ffi::OsString>,
    /// Print the analysis as one JSON object.
    #[arg(long, conflicts_with_all = ["jsonl", "plain"])]
    json: bool,
    /// Read JSON lines {"id", "text", "lang"} on standard input; print one analysis a line.
    #[arg(long, conflicts_with_all = ["plain", "file"])]
    jsonl: bool,
    /// With --jsonl: analyse documents on N threads (default: one a core); the output keeps the
    /// input's order.
    #[arg(long, value_name = "N", requires = "jsonl", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
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
    let cli = match command()
        .try_get_matches()
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    match run(&cli) {
        Ok(code) => code,
        Err(Failure::Input(e)) => {
            eprintln!("quoth: {e}");
            ExitCode::from(2)
        }
        Err(Failure::Language(name, language)) => {
            eprintln!(
                "quoth: cannot read '{}': it seems to be in {language}, and quoth reads German \
                 and English (--lang de or --lang en reads it anyway)",
                input::sanitize_line(&name)
            );
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
    // Written, not printed: `quoth --help | true` closes the pipe, and a closed pipe is no
    // reason to panic (as `cat` does, quoth then stops quietly).
    let _ = if e.use_stderr() {
        io::stderr().lock().write_all(message.as_bytes())
    } else {
        io::stdout()
            .lock()
            .write_all(message.as_bytes())
            .and_then(|()| io::stdout().lock().flush())
    };
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

enum Failure {
    Input(input::InputError),
    /// A text in a language quoth does not read (its name), with no --lang: (source, language).
    Language(String, &'static str),
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
        // Into memory first: clap_complete panics when its writer fails (a closed pipe).
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut command(), "quoth", &mut script);
        stdout.write_all(&script)?;
        stdout.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    if cli.man {
        man_page(&mut stdout)?;
        stdout.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    drop(stdout);
    if cli.jsonl {
        return run_jsonl(cli);
    }
    // With no FILE, a pipe on standard input is the article (as `less` and `bat` read it);
    // only a terminal there opens the built-in sample.
    let file = match cli.file.as_deref() {
        None if !io::stdin().is_terminal() => Some(std::ffi::OsStr::new("-")),
        file => file,
    };
    let options = Options {
        lang: cli.lang.lang(),
    };
    let to_reader = !cli.json && !cli.plain && io::stdout().is_terminal();
    if let Some(path) = file.filter(|_| to_reader).map(Path::new) {
        // A long text file: the reader shows its beginning while it reads the whole.
        let local = path.to_str().is_none_or(|p| !input::is_url(p));
        let beginning = match local {
            true => input::beginning(path).map_err(Failure::Input)?,
            false => None,
        };
        if let Some(text) = beginning {
            let name = path.to_string_lossy().into_owned();
            check_language(&name, &text, &options)?;
            let opening = Opening::Beginning {
                name,
                text,
                path: path.to_path_buf(),
            };
            return run_reader(cli, opening, options, file.and_then(local_file));
        }
    }
    open_whole(cli, file, options)
}

/// Refuses a text clearly in a language quoth does not read, unless `--lang` names one it does.
fn check_language(name: &str, text: &str, options: &Options) -> Result<(), Failure> {
    match options.lang {
        None => match quoth::analysis::lang::unsupported(text) {
            Some(language) => Err(Failure::Language(name.to_string(), language)),
            None => Ok(()),
        },
        Some(_) => Ok(()),
    }
}

/// What the reader opens with: the whole article, or the beginning of a long text file, which
/// the reader reads whole while it shows the beginning.
enum Opening {
    Whole(Source),
    Beginning {
        name: String,
        text: String,
        path: std::path::PathBuf,
    },
}

/// Reads the article whole and shows it as asked: reader, JSON or plain text.
fn open_whole(
    cli: &Cli,
    file: Option<&std::ffi::OsStr>,
    options: Options,
) -> Result<ExitCode, Failure> {
    let source = match file {
        Some(arg) => input::open(arg).map_err(Failure::Input)?,
        None => input::builtin_sample(),
    };
    check_language(&source.name, &source.text, &options)?;
    if !cli.json && !cli.plain && io::stdout().is_terminal() {
        let file = cli.file.as_deref().and_then(local_file);
        return run_reader(cli, Opening::Whole(source), options, file);
    }
    // A config named on the command line is read even where nothing in it applies, so that a
    // mistyped path or a broken file is reported and not silently passed over.
    if cli.config.is_some() {
        load_config(cli);
    }
    let analysis = analyze(&source.text, &options);
    let mut out = io::BufWriter::new(io::stdout().lock());
    if cli.json {
        // Offsets refer to the text quoth analysed; for a page or Markdown that is not the file,
        // so the object carries it.
        let extracted = source.format != input::Format::Text;
        let extra = json::Extra {
            id: None,
            format: extracted.then(|| source.format.name()),
            links: extracted.then_some(&source.links[..]),
        };
        json::write(&mut out, &source.text, &analysis, extra, true)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    print_plain(cli, &source, &analysis, &mut out)?;
    Ok(ExitCode::SUCCESS)
}

/// The canonical path of an argument that names a file on this machine (not `-`, not a web
/// address): what the reader's place is remembered by.
fn local_file(arg: &std::ffi::OsStr) -> Option<String> {
    if arg == "-" || arg.to_str().is_some_and(input::is_url) {
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
                let outcome = if p.applied {
                    ""
                } else {
                    " (the default applies)"
                };
                eprintln!("quoth: {shown}:{}:{key} {message}{outcome}", p.line);
            }
            (config, problems.len())
        }
    }
}

/// The interactive reader, for a terminal.
/// The reader. The analysis runs on a thread of its own while the first page of the text is
/// already on screen; the reader takes over when it is done.
fn run_reader(
    cli: &Cli,
    mut opening: Opening,
    analysis_options: Options,
    file: Option<String>,
) -> Result<ExitCode, Failure> {
    let (config, problems) = load_config(cli);
    let name = cli.theme.map_or(config.theme, ThemeArg::name);
    let mut theme = reader::Theme::named_from_env(name);
    if cli.color == ColorArg::Never {
        theme = reader::Theme::no_color();
    }
    let mut options = reader::Options::from_config(&config, theme);
    options.opener = reader::links::system_opener();
    if let Some(width) = cli.width {
        options.max_width = width;
    }
    let store = file
        .as_ref()
        .filter(|_| !cli.no_remember)
        .and_then(|_| Store::default_location());
    let mut place = None;
    if let (Some(store), Some(file)) = (&store, &file) {
        match store.load(file) {
            Ok(found) => place = found,
            Err(e) => eprintln!(
                "quoth: ignoring the unreadable {}: {}",
                input::sanitize(&store.path.to_string_lossy()),
                input::sanitize(&e)
            ),
        }
    }
    let offset = place.as_ref().map_or(0, |p| p.offset);
    if let Opening::Beginning { text, path, .. } = &opening {
        // The place kept is at or past the beginning's end: the first screen needs the whole.
        if offset > 0 && offset + input::BEGINNING_BYTES / 4 > text.len() {
            opening = Opening::Whole(input::read_path(path).map_err(Failure::Input)?);
        }
    }
    let (name, text) = match &opening {
        Opening::Whole(source) => (&source.name, &source.text),
        Opening::Beginning { name, text, .. } => (name, text),
    };
    let preview = reader::preview::Preview::new(name, text, offset, options.clone());
    // Laid out once for the screen as it is; a resize lays out again.
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let build = move || {
        let source = match opening {
            Opening::Whole(source) => source,
            Opening::Beginning { path, .. } => {
                input::read_path(&path).map_err(|e| e.to_string())?
            }
        };
        let analysis = analyze(&source.text, &analysis_options);
        let mut app = reader::App::new(&source.name, source.text, analysis, options, size)
            .with_links(source.links);
        if problems > 0 {
            let s = if problems == 1 { "" } else { "s" };
            app.message = Some(format!(
                "{problems} problem{s} in the config (on the terminal after you quit)"
            ));
        }
        if let Some(place) = place {
            remember::restore(&mut app, &place);
        }
        Ok(app)
    };
    let (exit, app) = reader::run_after(&preview, build)?;
    if let (Some(store), Some(file), Some(app)) = (&store, &file, &app) {
        if let Err(e) = store.save(file, remember::place_of(app)) {
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
        reader::Exit::Failed(why) => {
            eprintln!("quoth: {why}");
            Ok(ExitCode::from(2))
        }
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
fn run_jsonl(cli: &Cli) -> Result<ExitCode, Failure> {
    let out = io::BufWriter::new(io::stdout().lock());
    let threads = cli.threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        usize::from,
    );
    // Standard input, read through a buffer of its own on the reader thread.
    let input = io::BufReader::with_capacity(1 << 16, io::stdin());
    let bar = io::stderr().is_terminal().then(progress_bar);
    let mut bytes = 0u64;
    let progress = |read: u64| {
        if let Some(bar) = &bar {
            bytes += read;
            bar.inc(1);
            let seconds = bar.elapsed().as_secs_f64().max(1e-3);
            let mb = bytes as f64 / 1e6;
            let per_second = bar.position() as f64 / seconds;
            bar.set_message(format!(
                "{mb:.1} MB · {per_second:.0} documents/s · {:.2} MB/s",
                mb / seconds
            ));
        }
    };
    let run = quoth::jsonl::run(input, out, threads, progress);
    if let Some(bar) = &bar {
        // The last count stays on screen: how much was done, and how fast.
        bar.finish();
    }
    match run {
        Ok(false) => Ok(ExitCode::SUCCESS),
        Ok(true) => Ok(ExitCode::from(1)),
        Err(quoth::jsonl::Failure::Read(e)) => Err(Failure::Input(input::InputError::Unreadable(
            "standard input".into(),
            e,
        ))),
        Err(quoth::jsonl::Failure::Write(e)) => Err(Failure::Output(e)),
    }
}

/// The line on standard error that `--jsonl` keeps up to date while it works: documents, MB read,
/// documents a second, MB a second and the time taken.
fn progress_bar() -> indicatif::ProgressBar {
    let style = indicatif::ProgressStyle::with_template(
        "{spinner} {human_pos} documents · {msg} · {elapsed}",
    )
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
    let bar =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr())
            .with_style(style);
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}
