//! The terminal session: set up, event loop, and restoring the terminal on every way out.

use crate::app::{Action, App, Message, Mouse};
use crate::keys;
use crate::pipeline::LoadEvent;
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEvent, KeyEventKind,
    KeyModifiers, MouseButton, MouseEventKind,
};
use crossterm::execute;
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::{Position, Rect};
use ratatui::Terminal;
use std::io::{self, IsTerminal, Stdout, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::Arc;
use std::time::Duration;

/// How often the loop looks for a termination signal while no key comes.
const SIGNAL_POLL: Duration = Duration::from_millis(100);

/// How the reader ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// A terminating signal (TERM, HUP, INT, QUIT, USR1, USR2, ALRM) ended it (the signal's number).
    Signal(i32),
    /// The background load finished with no report: the problems say why.
    NothingLoaded(Vec<crate::corpus::Problem>),
}

/// Why the reader cannot start without a terminal.
pub const NO_TERMINAL: &str =
    "the reader needs a terminal; use `sitrep facts` for output to a pipe or file";

/// True when the screen is a terminal and keys can be read from one: stdin, or the controlling terminal
/// when stdin carries a report (`sitrep -`).
pub fn has_terminal() -> bool {
    io::stdout().is_terminal()
        && (io::stdin().is_terminal() || std::fs::File::open("/dev/tty").is_ok())
}

/// What the reader reads beyond its inputs: the configured sources (for `R`), where the config is (for
/// saved queries) and how often to fetch unasked (`reload_every`).
pub struct Run {
    pub sources: Vec<crate::config::Source>,
    pub config_path: Option<std::path::PathBuf>,
    pub reload_every: Option<Duration>,
}

impl Run {
    /// `config_path` defaults to the usual config file.
    pub fn new(
        sources: Vec<crate::config::Source>,
        config_path: Option<std::path::PathBuf>,
        reload_every: Option<Duration>,
    ) -> Run {
        Run {
            sources,
            config_path: config_path.or_else(crate::config::default_path),
            reload_every,
        }
    }
}

/// How often the loop looks for loaded articles while no key comes.
const LOAD_POLL: Duration = Duration::from_millis(30);

/// Runs the reader until the user quits, a signal ends it, or `load` (a background load feeding `app`)
/// finishes with nothing; the terminal is restored either way. Errors when stdout is not a terminal.
/// Keys work while the load goes on.
pub fn run(
    mut app: App,
    load: Option<Receiver<LoadEvent>>,
    store: Option<crate::archive::Archive>,
    run: Run,
) -> io::Result<Exit> {
    let (sources, config_path, reload_every) = (run.sources, run.config_path, run.reload_every);
    let (mut load, mut last_reload) = (load, std::time::Instant::now());
    if !has_terminal() {
        return Err(io::Error::other(NO_TERMINAL));
    }
    if let Some(store) = &store {
        store.set_busy_timeout(MARK_WAIT);
    }
    install_panic_hook();
    let signal = termination_signal()?;
    watchdog(Arc::clone(&signal));
    let stop = stop_signal()?;
    let _guard = Guard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.clear()?;
    let size = terminal.size()?;
    app.resize(Rect::new(0, 0, size.width, size.height));
    // For the end-to-end test that a panic leaves the terminal as it was found.
    let panic_for_test = std::env::var_os("SITREP_TEST_PANIC").is_some();
    let mut dirty = true;
    while !app.quit {
        if dirty {
            terminal.draw(|frame| crate::ui::draw(frame, &app))?;
            dirty = false;
        }
        if panic_for_test {
            panic!("SITREP_TEST_PANIC is set: panicking on purpose");
        }
        let received = signal.load(Ordering::SeqCst);
        if received != 0 {
            // A terminating signal: leave like `q` does; the guard restores the terminal.
            return Ok(Exit::Signal(received as i32));
        }
        if stop.swap(false, Ordering::SeqCst) {
            // SIGTSTP from outside (`kill -TSTP`): stopped as by Ctrl-Z.
            suspend(&mut terminal, &mut app)?;
            dirty = true;
            continue;
        }
        if let Some(rx) = load.as_ref().filter(|_| app.loading.is_some()) {
            dirty |= take_loaded(&mut app, rx);
            if app.loading.is_none() && app.corpus.articles.is_empty() {
                return Ok(Exit::NothingLoaded(std::mem::take(
                    &mut app.corpus.problems,
                )));
            }
        }
        // `reload_every`: a fetch as `R` starts one, when none is running.
        if reload_every.is_some_and(|every| last_reload.elapsed() >= every) && app.loading.is_none()
        {
            last_reload = std::time::Instant::now();
            let fetching = reload(&mut app, store.as_ref(), &sources)?;
            load = fetching.or(load);
            dirty = true;
        }
        // Poll often while a load sends articles.
        let wait = app.loading.as_ref().map_or(SIGNAL_POLL, |_| LOAD_POLL);
        if !event::poll(wait)? {
            continue;
        }
        let config = config_path.as_deref();
        take_event(
            &mut terminal,
            &mut app,
            store.as_ref(),
            &sources,
            config,
            &mut load,
        )?;
        dirty = true;
    }
    Ok(Exit::Quit)
}

/// The next terminal event: the app takes it, then the effect it asked for is carried out (a fetch
/// replaces `load`) and changed marks are kept.
fn take_event(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &mut App,
    store: Option<&crate::archive::Archive>,
    sources: &[crate::config::Source],
    config_path: Option<&std::path::Path>,
    load: &mut Option<Receiver<LoadEvent>>,
) -> io::Result<()> {
    if handle(app, event::read()?) == Some(Action::Suspend) {
        suspend(terminal, app)?;
    }
    if let Some(effect) = app.effect.take() {
        if let Some(fetching) = carry_out(app, effect, store, sources, config_path)? {
            *load = Some(fetching);
        }
    }
    keep_marks(app, store);
    Ok(())
}

/// A background fetch started unasked, as `R` starts one.
fn reload(
    app: &mut App,
    store: Option<&crate::archive::Archive>,
    sources: &[crate::config::Source],
) -> io::Result<Option<Receiver<LoadEvent>>> {
    app.update(Action::Fetch);
    match app.effect.take() {
        Some(effect) => carry_out(app, effect, store, sources, None),
        None => Ok(None),
    }
}

/// Hands the app what the load has sent so far, for at most a frame's time so keys stay live; true when
/// anything came.
fn take_loaded(app: &mut App, rx: &Receiver<LoadEvent>) -> bool {
    let until = std::time::Instant::now() + Duration::from_millis(16);
    let mut any = false;
    while std::time::Instant::now() < until {
        match rx.try_recv() {
            Ok(event) => {
                app.receive(event);
                any = true;
            }
            Err(TryRecvError::Empty) => break,
            Err(TryRecvError::Disconnected) => {
                // The loader ended without `Done` (it panicked): stop waiting for it.
                app.receive(LoadEvent::Done);
                return true;
            }
        }
    }
    any
}

/// The number of the last terminating signal received (every catchable one whose default ends the
/// process: TERM, HUP, INT, QUIT, USR1, USR2, ALRM), 0 while none came.
fn termination_signal() -> io::Result<Arc<AtomicUsize>> {
    use signal_hook::consts::{SIGALRM, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2};
    let flag = Arc::new(AtomicUsize::new(0));
    for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM] {
        signal_hook::flag::register_usize(sig, Arc::clone(&flag), sig as usize)?;
    }
    Ok(flag)
}

/// How long a mark waits for a fetch's write before it is queued instead.
const MARK_WAIT: Duration = Duration::from_millis(200);

/// How long the loop has to leave by itself after a termination signal before the watchdog ends the process.
const SIGNAL_GRACE: Duration = Duration::from_secs(1);

/// A thread that ends the process after a termination signal when the event loop cannot: when the
/// terminal is gone (its window closed), crossterm's read of the dead terminal spins and never returns
/// to the loop. The watchdog restores what it can and exits with 128 + the signal's number.
fn watchdog(signal: Arc<AtomicUsize>) {
    std::thread::spawn(move || loop {
        std::thread::sleep(SIGNAL_POLL);
        let received = signal.load(Ordering::SeqCst);
        if received == 0 {
            continue;
        }
        std::thread::sleep(SIGNAL_GRACE);
        restore(&mut io::stdout());
        std::process::exit(128 + received as i32);
    });
}

/// Set when a SIGTSTP comes from outside (`kill -TSTP`, a job control stop while the terminal is
/// not raw): caught, so the loop can give the terminal back before it stops.
fn stop_signal() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    signal_hook::flag::register(signal_hook::consts::SIGTSTP, Arc::clone(&flag))?;
    Ok(flag)
}

/// Ctrl-Z or SIGTSTP: give the terminal back as it was found, stop until `fg`, then take it again,
/// at the size it has now, and redraw all of it.
fn suspend(terminal: &mut Terminal<CrosstermBackend<Stdout>>, app: &mut App) -> io::Result<()> {
    restore(&mut io::stdout());
    // SIGTSTP is caught (`stop_signal`): the default action, a stop, is done by hand.
    #[cfg(unix)]
    signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
    // Execution resumes here after SIGCONT (`fg`).
    enter_modes()?;
    terminal.clear()?;
    let size = terminal.size()?;
    app.resize(Rect::new(0, 0, size.width, size.height));
    Ok(())
}

/// Stores the read and bookmark marks that changed, at once: a mark is never lost to a crash later. An
/// archive busy with a fetch gets them queued beside it (the reader's busy timeout is short, so a key
/// never freezes the screen).
fn keep_marks(app: &mut App, store: Option<&crate::archive::Archive>) {
    for (hash, read, bookmarked) in std::mem::take(&mut app.marked) {
        match store.map(|s| s.set_marks(&hash, read, bookmarked)) {
            Some(Err(e)) => app.receive(Message::Said(format!("Mark not kept: {e}"))),
            Some(Ok(crate::archive::Kept::Queued)) => app.receive(Message::Said(
                "Archive busy: mark queued, it is kept when the fetch ends".into(),
            )),
            _ => {}
        }
    }
}

/// Opens or copies a link, asks the archive's full-text index, or saves a query to the config; a
/// failure is said in the status bar.
fn carry_out(
    app: &mut App,
    effect: crate::app::Effect,
    store: Option<&crate::archive::Archive>,
    sources: &[crate::config::Source],
    config_path: Option<&std::path::Path>,
) -> io::Result<Option<Receiver<LoadEvent>>> {
    match effect {
        // `R`: a fetch feeds the list as a load does.
        crate::app::Effect::Fetch => match store.filter(|_| !sources.is_empty()) {
            Some(s) => {
                let known = app.corpus.articles.iter().map(|a| a.hash.clone()).collect();
                return Ok(Some(crate::pipeline::fetch_in_background(
                    sources.to_vec(),
                    s.path().to_path_buf(),
                    known,
                )));
            }
            None => app.receive(Message::NothingToFetch),
        },
        crate::app::Effect::Search(query) => {
            if let Some(store) = store {
                app.receive(Message::Ranked(store.search(&query)));
            }
        }
        crate::app::Effect::Open(url) => {
            if let Err(e) = crate::link::open(&url) {
                app.receive(Message::Said(e));
            }
        }
        crate::app::Effect::SaveQuery(saved) => {
            let kept = config_path
                .ok_or_else(|| "no place for the config: give --config PATH".to_string())
                .and_then(|path| crate::config::append_query(path, &saved));
            if let Err(e) = kept {
                app.receive(Message::Said(format!("Query not saved: {e}")));
            }
        }
        crate::app::Effect::Copy(text) => {
            let mut out = io::stdout();
            out.write_all(crate::link::osc52(&text).as_bytes())?;
            out.flush()?;
        }
    }
    Ok(None)
}

/// Applies one terminal event to the app; returns the key's action, if any.
pub fn handle(app: &mut App, event: Event) -> Option<Action> {
    match event {
        // Esc and a key typed right after it can reach us in one read, which crossterm takes for Alt and
        // the key (the terminals' Meta encoding). sitrep binds no Alt keys: it is the two presses.
        Event::Key(mut key)
            if key.kind != KeyEventKind::Release
                && key.modifiers.contains(KeyModifiers::ALT)
                && key.code != KeyCode::Esc =>
        {
            handle(
                app,
                Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
            );
            key.modifiers.remove(KeyModifiers::ALT);
            return handle(app, Event::Key(key));
        }
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            let action = keys::lookup(app.mode(), key)?;
            app.update(action);
            return Some(action);
        }
        Event::Mouse(mouse) => {
            let kind = match mouse.kind {
                MouseEventKind::ScrollUp => Mouse::ScrollUp,
                MouseEventKind::ScrollDown => Mouse::ScrollDown,
                MouseEventKind::Down(MouseButton::Left) => Mouse::Click,
                _ => return None,
            };
            app.mouse(kind, Position::new(mouse.column, mouse.row));
        }
        Event::Resize(width, height) => app.resize(Rect::new(0, 0, width, height)),
        _ => {}
    }
    None
}

/// Raw mode, alternate screen and mouse capture, undone when dropped.
struct Guard;

impl Guard {
    fn enter() -> io::Result<Guard> {
        enter_modes()?;
        Ok(Guard)
    }
}

/// Raw mode, alternate screen and mouse capture; `restore` undoes them.
fn enter_modes() -> io::Result<()> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore(&mut io::stdout());
    }
}

/// Whether the terminal is in the reader's modes, so `restore` undoes them once only: leaving the
/// alternate screen twice would move the cursor back over a panic message.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Leaves the terminal as it was found. Safe to call more than once.
fn restore(out: &mut Stdout) {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = execute!(
        out,
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
}

/// A panic restores the terminal before the message is printed.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore(&mut io::stdout());
        previous(info);
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Popup;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    /// Esc then q typed fast arrive as Alt-q: the messages popup closes, then the reader quits, as the two
    /// keys one at a time do.
    #[test]
    fn an_alt_key_is_esc_then_the_key() {
        let mut app = App::new(crate::corpus::Corpus::default());
        app.update(Action::OpenMessages);
        assert!(matches!(app.popup, Some(Popup::Messages { .. })));
        handle(&mut app, press(KeyCode::Char('q'), KeyModifiers::ALT));
        assert!(app.popup.is_none());
        assert!(app.quit);
        // One key at a time, the same.
        let mut app = App::new(crate::corpus::Corpus::default());
        app.update(Action::OpenMessages);
        handle(&mut app, press(KeyCode::Esc, KeyModifiers::NONE));
        assert!(app.popup.is_none() && !app.quit);
        handle(&mut app, press(KeyCode::Char('q'), KeyModifiers::NONE));
        assert!(app.quit);
    }
}
