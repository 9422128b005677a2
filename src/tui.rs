//! The terminal session: set up, event loop, and restoring the terminal on every way out.

use crate::app::{App, Mouse};
use crate::keys;
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::execute;
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::{Position, Rect};
use ratatui::Terminal;
use std::io::{self, IsTerminal, Stdout};
use std::sync::atomic::{AtomicBool, Ordering};

/// Runs the reader until the user quits. Errors when stdout is not a terminal.
pub fn run(mut app: App) -> io::Result<()> {
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        return Err(io::Error::other(
            "the reader needs a terminal; use `sitrep facts` for output to a pipe or file",
        ));
    }
    install_panic_hook();
    let _guard = Guard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.clear()?;
    let size = terminal.size()?;
    app.resize(Rect::new(0, 0, size.width, size.height));
    // For the end-to-end test that a panic leaves the terminal as it was found.
    let panic_for_test = std::env::var_os("SITREP_TEST_PANIC").is_some();
    while !app.quit {
        terminal.draw(|frame| crate::ui::draw(frame, &app))?;
        if panic_for_test {
            panic!("SITREP_TEST_PANIC is set: panicking on purpose");
        }
        handle(&mut app, event::read()?);
    }
    Ok(())
}

/// Applies one terminal event to the app.
pub fn handle(app: &mut App, event: Event) {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            if let Some(action) = keys::lookup(app.mode(), key) {
                app.update(action);
            }
        }
        Event::Mouse(mouse) => {
            let kind = match mouse.kind {
                MouseEventKind::ScrollUp => Mouse::ScrollUp,
                MouseEventKind::ScrollDown => Mouse::ScrollDown,
                MouseEventKind::Down(MouseButton::Left) => Mouse::Click,
                _ => return,
            };
            app.mouse(kind, Position::new(mouse.column, mouse.row));
        }
        Event::Resize(width, height) => app.resize(Rect::new(0, 0, width, height)),
        _ => {}
    }
}

/// Raw mode, alternate screen and mouse capture, undone when dropped.
struct Guard;

impl Guard {
    fn enter() -> io::Result<Guard> {
        enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        let guard = Guard;
        execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
        Ok(guard)
    }
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
