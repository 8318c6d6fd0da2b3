//! The real terminal: raw mode, the alternate screen and the mouse, given back on every way out
//! (quit, error, panic, SIGTERM/SIGHUP/SIGINT), and while the reader is suspended (Ctrl-z or
//! SIGTSTP), to be taken again when the shell's `fg` continues it (SIGCONT).

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, TryRecvError};
use std::sync::Arc;
use std::time::Duration;

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::Terminal;

use super::action::Action;
use super::app::App;
use super::copy::send_clipboard;
use super::draw::draw;
use super::keymap::Key;
use super::preview::{draw_preview, Preview};
use super::update::{handle_key, update};

/// How the reader ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// A signal asked us to stop (the terminal was still given back).
    Signal,
    /// The work `run_after` waited for failed, for this reason (said once the terminal is back).
    Failed(String),
}

/// Lines the mouse wheel scrolls per notch.
const WHEEL_LINES: isize = 3;

/// More events than anyone can type between two frames: the terminal is gone.
const MAX_EVENTS_AT_ONCE: usize = 100_000;

/// Runs the reader until the user quits or a signal arrives; `app` is left as the reader was
/// (its position is remembered from it).
pub fn run(app: &mut App) -> io::Result<Exit> {
    let signals = on_signals()?;
    let _screen = Screen::enter(app.options.mouse)?;
    watch_for_the_end(Arc::clone(&signals.stop));
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    main_loop(&mut terminal, app, &signals)
}

/// Shows `preview`, then runs `build` on a thread of its own (the caller's work: the analysis and
/// the App made of it) and the reader with the App it returns. The preview is drawn first, so
/// that the work does not delay it. Keys pressed in the meantime are kept and act once the App is
/// there; the quit keys act at once. Returns how it ended and the App, if it came; when the work
/// fails, `Exit::Failed` with its reason.
pub fn run_after(
    preview: &Preview,
    build: impl FnOnce() -> Result<App, String> + Send + 'static,
) -> io::Result<(Exit, Option<App>)> {
    let signals = on_signals()?;
    let _screen = Screen::enter(preview.options.mouse)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let quit_keys = preview
        .options
        .keymap
        .binding("quit")
        .map(|b| b.keys.clone())
        .unwrap_or_default();
    let mut kept: Vec<Event> = Vec::new();
    terminal.draw(|frame| draw_preview(frame, preview))?;
    // After the first frame, which starting a thread would only delay.
    watch_for_the_end(Arc::clone(&signals.stop));
    let (done, ready) = mpsc::channel();
    std::thread::spawn(move || {
        // The reader may have been left already; then no one waits for this.
        let _ = done.send(build());
    });
    let mut dirty = false;
    let mut app = loop {
        if signals.stop.load(Ordering::Relaxed) {
            return Ok((Exit::Signal, None));
        }
        dirty |= signals.serve(&mut terminal, None, preview.options.mouse)?;
        if dirty {
            terminal.draw(|frame| draw_preview(frame, preview))?;
            dirty = false;
        }
        match ready.try_recv() {
            Ok(Ok(app)) => break app,
            Ok(Err(why)) => return Ok((Exit::Failed(why), None)),
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => {
                return Err(io::Error::other("the analysis of the article failed"));
            }
        }
        if !event::poll(Duration::from_millis(5))? {
            continue;
        }
        let event = event::read()?;
        match &event {
            Event::Key(key) if quit_keys.contains(&vec![Key::from_event(*key)]) => {
                return Ok((Exit::Quit, None));
            }
            Event::Resize(..) => dirty = true,
            _ => {}
        }
        if kept.len() < MAX_EVENTS_AT_ONCE {
            kept.push(event);
        }
    };
    for event in kept {
        handle(&mut app, event);
    }
    let exit = if app.quit {
        Exit::Quit
    } else {
        main_loop(&mut terminal, &mut app, &signals)?
    };
    Ok((exit, Some(app)))
}

/// The flags signals raise: `stop` (SIGTERM, SIGHUP, SIGINT, SIGQUIT), `suspend` (SIGTSTP: the
/// terminal is given back before the process stops) and `resumed` (SIGCONT: it is taken again
/// and the screen drawn whole).
struct Signals {
    stop: Arc<AtomicBool>,
    suspend: Arc<AtomicBool>,
    resumed: Arc<AtomicBool>,
}

/// Registers the signal flags and the panic hook that gives the terminal back.
fn on_signals() -> io::Result<Signals> {
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    let signals = Signals {
        stop: Arc::new(AtomicBool::new(false)),
        suspend: Arc::new(AtomicBool::new(false)),
        resumed: Arc::new(AtomicBool::new(false)),
    };
    for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
        signal_hook::flag::register(signal, Arc::clone(&signals.stop))?;
    }
    signal_hook::flag::register(SIGTSTP, Arc::clone(&signals.suspend))?;
    signal_hook::flag::register(SIGCONT, Arc::clone(&signals.resumed))?;
    install_panic_hook();
    Ok(signals)
}

impl Signals {
    /// Acts on SIGTSTP, SIGCONT and the app's own requests (Ctrl-z, Ctrl-l); true if the screen
    /// must be drawn whole.
    fn serve(
        &self,
        terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
        request: Option<Action>,
        mouse: bool,
    ) -> io::Result<bool> {
        let mut redraw = request == Some(Action::Redraw);
        if self.suspend.swap(false, Ordering::Relaxed) || request == Some(Action::Suspend) {
            restore();
            // Stops here, as SIGTSTP's default would, until SIGCONT.
            signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
            self.resumed.store(true, Ordering::Relaxed);
        }
        if self.resumed.swap(false, Ordering::Relaxed) {
            // The shell had the terminal: raw mode and the screen are taken again.
            Screen::take(mouse)?;
            redraw = true;
        }
        if redraw {
            // Not `Terminal::clear`, which asks the terminal where its cursor is: one that does
            // not answer would end the reader. Both buffers reset, the next frame is drawn whole.
            execute!(io::stdout(), Clear(ClearType::All))?;
            terminal.swap_buffers();
            terminal.swap_buffers();
        }
        Ok(redraw)
    }
}

/// Draws, waits for events and acts on them until the user quits or a signal arrives.
fn main_loop(
    terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
    app: &mut App,
    signals: &Signals,
) -> io::Result<Exit> {
    let stop = &signals.stop;
    let mut dirty = true;
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(Exit::Signal);
        }
        let request = app.terminal_request.take();
        dirty |= signals.serve(terminal, request, app.options.mouse)?;
        if dirty {
            let size = terminal.size()?;
            if (size.width, size.height) != (app.width, app.height) {
                update(app, Action::Resize(size.width, size.height));
            }
            // Before the frame, so that a failure to start the opener is on it.
            super::links::send_open(app);
            terminal.draw(|frame| draw(frame, app))?;
            // After the frame, through the same writer, so the sequence never splits one.
            send_clipboard(app, terminal.backend_mut())?;
            dirty = false;
        }
        if !event::poll(Duration::from_millis(200))? {
            continue;
        }
        // Take every event already waiting before drawing again, so held keys never queue up;
        // but look at the signal flag between events, and give up after a flood that no one
        // typed: a terminal that went away (the window closed) can report input without end.
        let mut taken = 0usize;
        loop {
            if stop.load(Ordering::Relaxed) {
                return Ok(Exit::Signal);
            }
            handle(app, event::read()?);
            taken += 1;
            if taken > MAX_EVENTS_AT_ONCE {
                return Err(io::Error::new(
                    io::ErrorKind::BrokenPipe,
                    "the terminal stopped answering",
                ));
            }
            if app.quit || !event::poll(Duration::ZERO)? {
                break;
            }
        }
        if app.quit {
            return Ok(Exit::Quit);
        }
        dirty = true;
    }
}

fn handle(app: &mut App, event: Event) {
    match event {
        Event::Key(key) => handle_key(app, key),
        Event::Resize(w, h) => update(app, Action::Resize(w, h)),
        Event::Mouse(m) => {
            let action = match m.kind {
                MouseEventKind::ScrollDown => Action::Wheel(m.column, m.row, WHEEL_LINES),
                MouseEventKind::ScrollUp => Action::Wheel(m.column, m.row, -WHEEL_LINES),
                MouseEventKind::Down(MouseButton::Left) => Action::Click(m.column, m.row),
                _ => return,
            };
            update(app, action);
        }
        _ => {}
    }
}

/// A thread that ends the process when the main loop cannot: crossterm's input reader can spin
/// inside `poll` once its terminal is gone (reading end-of-file without end), where neither the
/// signal flag nor a key is ever looked at. A signal, or a terminal that no longer answers a size
/// query, gives the terminal back (if it is there) and exits.
fn watch_for_the_end(stop: Arc<AtomicBool>) {
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(250));
        let signalled = stop.load(Ordering::Relaxed);
        let terminal_gone = ratatui::crossterm::terminal::size().is_err();
        if signalled || terminal_gone {
            // Give the main loop a moment to leave on its own, with its exit status.
            std::thread::sleep(Duration::from_millis(500));
            restore();
            std::process::exit(if signalled { 143 } else { 1 });
        }
    });
}

/// Raw mode, the alternate screen and (unless turned off) mouse reports, for as long as it lives.
struct Screen;

impl Screen {
    fn enter(mouse: bool) -> io::Result<Screen> {
        enable_raw_mode()?;
        let screen = Screen;
        Screen::take(mouse)?;
        Ok(screen)
    }

    /// Raw mode, the alternate screen, the cursor hidden and the mouse: again after a suspension.
    fn take(mouse: bool) -> io::Result<()> {
        enable_raw_mode()?;
        execute!(io::stdout(), EnterAlternateScreen, cursor::Hide)?;
        if mouse {
            execute!(io::stdout(), EnableMouseCapture)?;
        }
        Ok(())
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        restore();
    }
}

/// Gives the terminal back. Safe to call more than once.
pub fn restore() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// A panic gives the terminal back before its message is printed, so the message is readable.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
