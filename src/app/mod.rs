//! Application state and how actions change it. No drawing, no IO.

pub use crate::keys::action;
mod component;
pub mod document;
pub mod events;
pub mod facts;
pub mod filter;
mod message;
pub mod messages;
mod mouse;
mod narrow;
pub mod picker;
pub mod prompt;
mod search;
pub mod sort;
mod view;

pub use action::Action;
pub use component::EventState;
pub use events::EventsView;
pub use filter::{Legend, RegionCount, RegionFilter};
pub use message::Message;
pub use picker::Picker;
pub use prompt::Completion;
pub use sort::Sort;

pub use crate::text::find::Finder;

use crate::corpus::{Article, Corpus};
use crate::layout::{self, Panes};
use document::DocLine;
use facts::Row;
use ratatui::layout::{Position, Rect};
use std::rc::Rc;

/// The pane that keys move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Body,
    Facts,
}

impl Focus {
    pub fn name(self) -> &'static str {
        match self {
            Focus::List => "Reports",
            Focus::Body => "Text",
            Focus::Facts => "Facts",
        }
    }
}

/// A popup over the main screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Popup {
    Help {
        scroll: usize,
    },
    Messages {
        scroll: usize,
    },
    Picker(Picker),
    /// `:`: the name to save the query under, as typed.
    SaveAs(String),
    /// `e`: the events of the listed reports, with a timeline.
    Events(EventsView),
}

/// The query typed after `/` (see `crate::query`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    pub query: String,
    /// Keys go to the query while the prompt is open.
    pub editing: bool,
    /// The query as reopened with `/`, shown selected: a typed letter replaces it, Backspace empties it,
    /// any other key keeps it.
    pub selected: bool,
    /// The last query that parsed: what the list shows while a later one is malformed.
    pub parsed: crate::query::Query,
    /// What is wrong with the query as typed, and where.
    pub error: Option<crate::query::QueryError>,
    /// Tab's offers for the word being typed.
    pub completion: Option<Completion>,
    /// Every match in the listed articles, in list order, found when the search is kept (Enter).
    pub hits: Vec<Hit>,
    /// The match shown (index into `hits`).
    pub current: Option<usize>,
    /// The archive's full-text answer to the kept search (content hashes, best first); `None` for a
    /// plain-text search.
    pub ranked: Option<Vec<String>>,
}

impl Search {
    /// What to highlight and step through: the query as typed for a plain search, its words (quotes,
    /// `*` and operators dropped) for a full-text one.
    pub fn finder(&self) -> Finder {
        if self.ranked.is_some() {
            Finder::words(&self.query)
        } else {
            Finder::any(&self.parsed.words())
        }
    }
}

/// One occurrence of the search in an article's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into `corpus.articles`.
    pub article: usize,
    pub span: [usize; 2],
}

/// A background load under way: reports listed so far out of those found, and facts read behind the
/// list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Loading {
    /// Reports listed (sent by the load, with their facts or with them pending).
    pub done: usize,
    /// Reports found in the inputs; `None` until the inputs are read.
    pub total: Option<usize>,
    /// Reports listed with their facts pending, and how many of those have them now.
    pub facts: (usize, usize),
}

/// The fact whose evidence is highlighted in the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    /// Index into `Article::facts`.
    pub fact: usize,
    /// Which piece of its evidence.
    pub evidence: usize,
}

/// Mouse events the app reacts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mouse {
    ScrollUp,
    ScrollDown,
    Click,
}

/// Everything the screen shows, and nothing about how.
pub struct App {
    pub corpus: Corpus,
    pub focus: Focus,
    pub popup: Option<Popup>,
    pub filter: RegionFilter,
    pub search: Search,
    /// Regions of the corpus, most mentioned first; the first nine are the digit hotkeys.
    pub regions: Vec<RegionCount>,
    /// Indices into `corpus.articles` that pass the filter.
    pub visible: Vec<usize>,
    /// Index into `visible`.
    pub cursor: usize,
    pub list_offset: usize,
    pub body_scroll: usize,
    /// Row index (into `facts::rows`) of the selected fact.
    pub fact_cursor: usize,
    pub fact_offset: usize,
    pub shown: Option<Shown>,
    /// A one-off message for the status bar (cleared by the next action).
    pub flash: Option<String>,
    /// How the list shows dates.
    pub list_dates: ListDates,
    /// Set while reports are still loading in the background.
    pub loading: Option<Loading>,
    /// Read and bookmark marks changed since the terminal loop last stored them: (hash, read, bookmarked).
    pub marked: Vec<(String, bool, bool)>,
    /// A standing word for the status bar (how to add sources), shown when nothing else is.
    pub notice: Option<String>,
    /// The status bar's messages once gone (newest last, the last 50): `m` shows them in full.
    pub said: Vec<String>,
    /// The reports come from the archive: a kept search is full-text there.
    pub full_text: bool,
    /// The list's order (`s`).
    pub sort: Sort,
    /// Queries saved in the config: F1–F9 run the first nine.
    pub saved: Vec<crate::config::SavedQuery>,
    /// The day `newer:` counts back from.
    pub today: chrono::NaiveDate,
    /// NO_COLOR is set: draw without colours.
    pub no_color: bool,
    /// The config's `[colors]`: (colour of the screen, colour drawn instead).
    pub palette: Vec<(ratatui::style::Color, ratatui::style::Color)>,
    /// Something for the terminal loop to do outside the screen (open or copy a link), taken by it.
    pub effect: Option<Effect>,
    pub quit: bool,
    panes: Option<Panes>,
    /// The whole terminal, as last told by `resize`.
    area: Rect,
    document: Option<CachedDocument>,
    /// The query line's last list, for the next key that extends its query.
    narrowing: Option<narrow::Narrowing>,
}

/// How the list shows dates: month and day for reports of the current year, the whole date for any other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListDates {
    /// The year of `App::today`: the one shown without its number.
    pub current_year: i32,
    /// Cells of the date column: 5 ("07-18"), or 10 when some report is of another year.
    pub width: usize,
}

impl ListDates {
    pub fn of(articles: &[crate::corpus::Article], today: chrono::NaiveDate) -> ListDates {
        use chrono::Datelike;
        let current_year = today.year();
        let other_year = articles
            .iter()
            .filter_map(|a| a.date)
            .any(|d| d.date.year() != current_year);
        let width = if other_year { 10 } else { 5 };
        ListDates {
            current_year,
            width,
        }
    }
}

/// Work outside the screen that an action asks of the terminal loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Open this link with `$BROWSER`, else the system's opener.
    Open(String),
    /// Put this text on the clipboard with OSC 52.
    Copy(String),
    /// Ask the archive's full-text index (FTS5) for this query.
    Search(String),
    /// Fetch every source in the background (`R`).
    Fetch,
    /// Add this query to the config's `[[queries]]`.
    SaveQuery(crate::config::SavedQuery),
}

/// The laid-out body of one article (by id) at one width.
type CachedDocument = (usize, usize, Rc<Vec<DocLine>>);

/// Screen lines per article in the list: title line, then its top regions.
pub const LIST_ROW_LINES: usize = 2;

/// Lines scrolled by one mouse wheel step.
const WHEEL_LINES: usize = 3;

impl App {
    pub fn new(corpus: Corpus) -> App {
        let regions = filter::corpus_regions(&corpus.articles);
        let visible = (0..corpus.articles.len()).collect();
        let today = chrono::Local::now().date_naive();
        let list_dates = ListDates::of(&corpus.articles, today);
        let mut app = App {
            corpus,
            focus: Focus::List,
            popup: None,
            filter: RegionFilter::default(),
            search: Search::default(),
            regions,
            visible,
            cursor: 0,
            list_offset: 0,
            body_scroll: 0,
            fact_cursor: 0,
            fact_offset: 0,
            shown: None,
            flash: None,
            effect: None,
            list_dates,
            loading: None,
            marked: Vec::new(),
            notice: None,
            said: Vec::new(),
            full_text: false,
            sort: Sort::default(),
            saved: Vec::new(),
            today,
            no_color: false,
            palette: Vec::new(),
            quit: false,
            panes: None,
            area: Rect::new(0, 0, 80, 24),
            document: None,
            narrowing: None,
        };
        app.reset_article_view();
        app
    }

    /// An app with nothing loaded yet, waiting for a background load's `LoadEvent`s.
    pub fn loading() -> App {
        let mut app = App::new(Corpus::default());
        app.loading = Some(Loading::default());
        app
    }

    /// Sets the day `newer:` counts back from and the list's current year (the clock's, unless a test
    /// says otherwise).
    pub fn set_today(&mut self, today: chrono::NaiveDate) {
        self.today = today;
        self.narrowing = None;
        self.list_dates = ListDates::of(&self.corpus.articles, today);
    }

    /// The legend line at the terminal's width: which digits act.
    pub fn legend(&self) -> filter::Legend {
        let saved: Vec<&str> = self.saved.iter().map(|q| q.name.as_str()).collect();
        filter::Legend::of(&saved, &self.regions, self.area.width as usize)
    }

    /// Tells the app the terminal size, so paging and clicks know the panes.
    pub fn resize(&mut self, area: Rect) {
        self.panes = layout::panes(area);
        self.area = area;
        self.clamp_offsets();
        self.relayout();
    }

    /// The article shown in the body, if any passes the filter.
    pub fn article(&self) -> Option<&Article> {
        self.visible
            .get(self.cursor)
            .and_then(|&i| self.corpus.articles.get(i))
    }

    /// The body of the current article laid out for the body pane's width: the layout made in `update`,
    /// `receive` or `resize`, or, when state was changed some other way, laid out now (and not kept).
    pub fn document(&self) -> Rc<Vec<DocLine>> {
        let Some(article) = self.article() else {
            return Rc::new(Vec::new());
        };
        let width = self.body_text_width();
        match &self.document {
            Some((id, w, doc)) if *id == article.id && *w == width => Rc::clone(doc),
            _ => Rc::new(document::layout(article, width)),
        }
    }

    /// Lays the current article out again when the kept layout is of another article or width.
    fn relayout(&mut self) {
        let Some(article) = self.article() else {
            self.document = None;
            return;
        };
        let width = self.body_text_width();
        if !matches!(&self.document, Some((id, w, _)) if *id == article.id && *w == width) {
            let doc = Rc::new(document::layout(article, width));
            self.document = Some((article.id, width, doc));
        }
    }

    /// The body's layout, made and kept first when it is stale.
    fn laid_out(&mut self) -> Rc<Vec<DocLine>> {
        self.relayout();
        self.document()
    }

    /// Width of the text inside the body pane.
    pub fn body_text_width(&self) -> usize {
        self.panes
            .map(|p| layout::inner(p.body).width as usize)
            .unwrap_or(80)
    }

    /// Text rows of the body pane (below its header line).
    pub fn body_rows(&self) -> usize {
        self.panes
            .map(|p| layout::inner(p.body).height.saturating_sub(2) as usize)
            .unwrap_or(20)
            .max(1)
    }

    /// Articles that fit in the list pane (each takes `LIST_ROW_LINES` lines).
    pub fn list_rows(&self) -> usize {
        self.panes
            .map(|p| layout::inner(p.list).height as usize / LIST_ROW_LINES)
            .unwrap_or(10)
            .max(1)
    }

    fn facts_rows(&self) -> usize {
        self.panes
            .map(|p| layout::inner(p.facts).height as usize)
            .unwrap_or(10)
            .max(1)
    }

    /// The rows of the facts pane for the current article.
    pub fn fact_rows(&self) -> Vec<Row> {
        self.article().map(facts::rows).unwrap_or_default()
    }

    /// Which key table applies now.
    pub fn mode(&self) -> crate::keys::Mode {
        match self.popup {
            Some(Popup::Picker(_)) => crate::keys::Mode::Picker,
            Some(Popup::SaveAs(_)) => crate::keys::Mode::Name,
            _ if self.search.editing => crate::keys::Mode::Search,
            _ => crate::keys::Mode::Main,
        }
    }

    /// Carries out one action; the body is laid out again when the article or its width changed, so
    /// drawing finds it ready.
    pub fn update(&mut self, action: Action) {
        self.keep_narrowing(action);
        self.dispatch(action);
        self.relayout();
    }

    /// A key on the main screen: moving in the panes (`navigate`), the filter and the order
    /// (`filter_key`), then what is left.
    fn update_main(&mut self, action: Action) {
        if self.navigate(action) == EventState::Consumed
            || self.filter_key(action) == EventState::Consumed
        {
            return;
        }
        match action {
            Action::OpenSearch => {
                self.search.editing = true;
                self.search.selected = !self.search.query.is_empty();
                self.search.completion = None;
            }
            Action::SaveQuery => self.open_save(),
            Action::RunSaved(n) => self.run_saved(n as usize),
            Action::OpenEvents => self.open_events(),
            Action::OpenMessages => self.popup = Some(Popup::Messages { scroll: 0 }),
            Action::OpenHelp => self.popup = Some(Popup::Help { scroll: 0 }),
            Action::OpenLink | Action::CopyLink => self.link_effect(action),
            Action::ToggleRead => self.mark(|a| a.read = !a.read),
            Action::ToggleBookmark => self.mark(|a| a.bookmarked = !a.bookmarked),
            Action::NextUnread => self.next_unread(),
            Action::MarkAllRead => self.mark_all_read(),
            Action::Fetch if self.loading.is_some() => {
                self.flash = Some("Still loading: fetch again when it is done".into())
            }
            Action::Fetch => {
                self.loading = Some(Loading::default());
                self.effect = Some(Effect::Fetch);
            }
            // Esc undoes what is active before it quits: the search, then the region filter.
            Action::Back if !self.search.query.is_empty() => {
                self.search = Search::default();
                self.apply_filter();
                self.flash = Some("Search cleared".into());
            }
            Action::Back if !self.filter.is_empty() => {
                self.filter.selected.clear();
                self.apply_filter();
                self.flash = Some("Region filter cleared".into());
            }
            // Esc with nothing to clear does nothing: q quits.
            Action::Quit | Action::ForceQuit => self.quit = true,
            _ => {}
        }
    }

    /// Changes the selected article's marks and queues them to be kept.
    fn mark(&mut self, change: impl FnOnce(&mut Article)) {
        let Some(&i) = self.visible.get(self.cursor) else {
            return;
        };
        let article = &mut self.corpus.articles[i];
        change(article);
        self.marked
            .push((article.hash.clone(), article.read, article.bookmarked));
    }

    /// Marks every listed article read; the changed marks are kept like any other.
    fn mark_all_read(&mut self) {
        let mut changed = 0;
        for &i in &self.visible {
            let article = &mut self.corpus.articles[i];
            if !article.read {
                article.read = true;
                self.marked
                    .push((article.hash.clone(), true, article.bookmarked));
                changed += 1;
            }
        }
        self.flash = Some(format!("Marked {changed} listed reports read"));
    }

    /// Unread articles in the corpus.
    pub fn unread(&self) -> usize {
        self.corpus.articles.iter().filter(|a| !a.read).count()
    }

    /// `U`: the next unread article in the list after the selected one, wrapping around.
    fn next_unread(&mut self) {
        let n = self.visible.len();
        let found = (1..=n)
            .map(|k| (self.cursor + k) % n)
            .find(|&row| !self.corpus.articles[self.visible[row]].read);
        match found {
            Some(row) => {
                self.cursor = row;
                self.reset_article_view();
            }
            None => self.flash = Some("No unread report in the list".into()),
        }
    }

    /// `o` / `y` on the open article: an effect for the terminal loop, or a message saying why not.
    fn link_effect(&mut self, action: Action) {
        let url = self.article().and_then(|a| a.url.clone());
        let Some(url) = url else {
            self.flash = Some("This report has no link".into());
            return;
        };
        if !crate::link::is_clean(&url) {
            self.flash = Some("This link holds control characters or spaces: left alone".into());
            return;
        }
        if action == Action::OpenLink && !crate::link::is_web(&url) {
            self.flash = Some("Only http(s) links are opened".into());
            return;
        }
        self.flash = Some(match action {
            Action::OpenLink => format!("Opening {}", crate::text::printable(&url)),
            _ => format!("Copied {}", crate::text::printable(&url)),
        });
        self.effect = Some(match action {
            Action::OpenLink => Effect::Open(url),
            _ => Effect::Copy(url),
        });
    }
}

/// Apps over reports written for a test.
#[cfg(test)]
pub(crate) mod testing {
    use super::App;
    use crate::corpus::{Corpus, Loaded};
    use ratatui::layout::Rect;

    /// A report of a port hit by drones, most shot down, for the app's tests: `(path, source, text)`.
    pub const ODESA_DRONES: (&str, &str, &str) = (
        "a.txt",
        "Harbour Post",
        "Odesa port hit\n\nOn March 3, 2024, Russia launched 20 Shahed drones at Odesa; 18 were \
         shot down.\n",
    );

    /// A report of two missiles on Kharkiv, with a toll, for the app's tests.
    pub const KHARKIV_MISSILES: (&str, &str, &str) = (
        "b.txt",
        "Steppe Daily",
        "Kharkiv shelled\n\nOn March 4, 2024, Russia fired two Iskander-M missiles at Kharkiv. One \
         person was killed and three were injured.\n",
    );

    /// An app at 120×40 over `(path, source, text)` reports.
    pub fn app_of(reports: &[(&str, &str, &str)]) -> App {
        let loaded = reports
            .iter()
            .map(|&(path, source, text)| {
                let mut l = Loaded::new(path, text);
                l.meta.source = Some(source.to_string());
                l
            })
            .collect();
        let mut app = App::new(Corpus::from_loaded(loaded));
        app.resize(Rect::new(0, 0, 120, 40));
        app
    }
}

#[cfg(test)]
mod tests;
